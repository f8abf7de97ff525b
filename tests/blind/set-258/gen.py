#!/usr/bin/env python3
"""Generator for blind set 258: AWS Certification account-merge mailbox,
emphasis on non-native / machine-translated English agents.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json here)
"""
import base64
import hashlib
import json
import os
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []  # (fname, raw_bytes, label)

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
JST = timezone(timedelta(hours=9), "JST")
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))
SGT = timezone(timedelta(hours=8))


# ---------------------------------------------------------------- utilities
def h(seed, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}:{i}".encode()).digest()
        for b in d:
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def b64blob(seed, n=172):
    raw = hashlib.sha512(seed.encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def dt(y, mo, d, hh, mi, ss=0, tz=UTC):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def rfcdate(t):
    return format_datetime(t)


def case15(t_open, tail):
    """15-digit case id: Unix time of opening + 5 digits."""
    return f"{int(t_open.timestamp())}{tail:05d}"


def ses_id(t, region="0100"):
    ms = int(t.timestamp() * 1000)
    s = f"{ms:012x}"
    u = h(f"ses{ms}", 32)
    return (f"<{region}{s}-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
            f"-000000@email.amazonses.com>")


def ses_bounce(t, region="0100"):
    return ses_id(t, region)[1:-1].replace("@email.amazonses.com", "@amazonses.com")


def encword(s, charset="UTF-8", enc="B", first=9):
    """RFC 2047 encoded words, folded over lines (each word <= ~75 chars)."""
    codec = {"UTF-8": "utf-8", "ISO-2022-JP": "iso-2022-jp",
             "Shift_JIS": "shift_jis", "utf-8": "utf-8"}[charset]
    words, chunk = [], ""
    limit = 40 if enc == "B" else 22
    for ch in s:
        test = chunk + ch
        if len(test.encode(codec)) > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = test
    if chunk:
        words.append(chunk)
    enc_words = []
    for w in words:
        data = w.encode(codec)
        if enc == "B":
            payload = base64.b64encode(data).decode()
        else:
            payload = "".join(
                chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122)
                else ("_" if c == 32 else f"={c:02X}") for c in data)
        enc_words.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(enc_words)


def fold(value):
    """Allow writing multi-line header values with '\n' + indentation."""
    return value


# ------------------------------------------------------------ MIME leaves
def leaf(text, sub="plain", cs="utf-8", cte="qp", label=None, params="",
         codec=None):
    """A text/* part; body encoded with `codec` (default cs), charset label
    `label` (default cs) -- a different label simulates a wrong charset."""
    codec = codec or cs
    data = text.encode(codec)
    p = MIMENonMultipart("text", sub)
    del p["Content-Type"]
    p["Content-Type"] = f'text/{sub}; charset="{label or cs}"{params}'
    if cte == "qp":
        enc = quopri.encodestring(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        enc = base64.encodebytes(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        enc = data.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        enc = data.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    p.set_payload(enc)
    return p


_BCOUNT = [0]


def _bnd(boundary):
    if boundary:
        return boundary
    _BCOUNT[0] += 1
    k = _BCOUNT[0]
    style = k % 4
    if style == 0:
        return f"000000000000{h('g%d' % k, 12)}"
    if style == 1:
        return f"----=_Part_{h('p%d' % k, 6, '0123456789')}_{h('q%d' % k, 9, '0123456789')}.17{h('r%d' % k, 11, '0123456789')}"
    if style == 2:
        return f"_000_{h('o%d' % k, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
    return f"=_{h('s%d' % k, 32)}"


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=_bnd(boundary))
    for x in parts:
        del x["MIME-Version"]
        m.attach(x)
    return m


def mixed(*parts, boundary=None, sub="mixed"):
    m = MIMEMultipart(sub, boundary=_bnd(boundary))
    for x in parts:
        del x["MIME-Version"]
        m.attach(x)
    return m


def attachment(data, maintype, subtype, filename, inline=False, cid=None):
    a = MIMEBase(maintype, subtype, name=filename)
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    a["Content-Transfer-Encoding"] = "base64"
    a["Content-Disposition"] = (f'{"inline" if inline else "attachment"}; '
                                f'filename="{filename}"')
    if cid:
        a["Content-ID"] = f"<{cid}>"
    return a


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def entity_bytes(ent):
    buf = BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32)
    g.flatten(ent)
    return buf.getvalue()


# --------------------------------------------------------- trace headers
def ses_side(t, frm_domain="amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono",
             region="0100", seed=""):
    """Sender-side headers of an SES mail: DKIM signatures, feedback id."""
    ts = int(t.timestamp())
    return [
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
         f"\ts={sel}; d={frm_domain}; t={ts};\n"
         "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
         f"\tbh={b64blob('bh'+seed, 43)}=;\n"
         f"\tb={b64blob('b1'+seed, 76)}\n\t{b64blob('b2'+seed, 96)}="),
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
         f"\ts=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw; d=amazonses.com; t={ts};\n"
         "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n"
         f"\tbh={b64blob('bh'+seed, 43)}=;\n"
         f"\tb={b64blob('b3'+seed, 76)}\n\t{b64blob('b4'+seed, 96)}="),
    ]


def ses_received(t, ip="54.240.8.30"):
    a, b, c, d = ip.split(".")
    return (f"from a{c}-{d}.smtp-out.amazonses.com (a{c}-{d}.smtp-out.amazonses.com [{ip}])")


def gmail_block(to, t, ip, helo, mailfrom, ar_body, seed, arc=True):
    """Headers Gmail puts on top (newest first)."""
    t1 = t + timedelta(seconds=2)
    d = rfcdate(t1.astimezone(PDT if t1.month in range(3, 11) else PST))
    gid = h("gid" + seed, 10)
    hs = [("Delivered-To", to),
          ("Received", f"by 2002:a05:6a10:{h('r1'+seed,4)}:b0:{h('r2'+seed,3)}:{h('r3'+seed,4)}:{h('r4'+seed,4)} with SMTP id {h('r5'+seed,2)}csp{int(h('r6'+seed,6,'0123456789'))};\n        {d}"),
          ("X-Google-Smtp-Source", f"AGHT+I{b64blob('xg'+seed, 60)}"),
          ("X-Received", f"by 2002:a05:620a:{h('x1'+seed,4)}:b0:7c5:{h('x2'+seed,4)}:{h('x3'+seed,4)} with SMTP id af79cd13be357-7d0{h('x4'+seed,7)}a.{int(h('x5'+seed,2,'0123456789'))}.{t1.year}.{t1.month:02d}.{t1.day:02d}.{t1.hour:02d}.{t1.minute:02d}.{t1.second:02d};\n        {d}")]
    if arc:
        hs += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64blob('as'+seed, 70)}\n         {b64blob('as2'+seed, 70)}=="),
               ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64blob('ab'+seed, 43)}=;\n        fh={b64blob('fh'+seed, 43)}=;\n        b={b64blob('amb'+seed, 70)}=="),
               ("ARC-Authentication-Results", "i=1; " + ar_body)]
    hs += [("Return-Path", f"<{mailfrom}>"),
           ("Received", f"{helo}\n        by mx.google.com with ESMTPS id {gid}-{h('gq'+seed,8)}si{int(h('gn'+seed,7,'0123456789'))}.{int(h('gm'+seed,3,'0123456789'))}.{t1.year}.{t1.month:02d}.{t1.day:02d}.{t1.hour:02d}.{t1.minute:02d}.{t1.second:02d}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d}"),
           ("Received-SPF", (f"softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"
                             if "spf=softfail" in ar_body else
                             f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};")),
           ("Authentication-Results", ar_body)]
    return hs


def ar_google(dkim_list, mailfrom, ip, dmarc=None, spf="pass"):
    """Gmail-style AR body with authserv-id mx.google.com.
    dkim_list: list of (result, domain, selector)."""
    parts = ["mx.google.com"]
    for res, dom, sel in dkim_list:
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={b64blob(dom+sel,8).replace('+','x').replace('/','y')}")
    spfdom = mailfrom.split("@")[1]
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    if dmarc:
        parts.append(dmarc)
    return ";\n       ".join(parts)


def outlook_block(to, t, ip, helo_host, mailfrom_dom, ar_body, seed, mailfrom=None):
    t1 = t + timedelta(seconds=3)
    d = rfcdate(t1.astimezone(UTC)).replace("-0000", "+0000")
    pod, reg = [("TYCPR01MB", "jpnprd01"), ("OS3PR01MB", "jpnprd01"), ("AM9PR07MB", "eurprd07"),
                ("DU2PR04MB", "eurprd04"), ("BY5PR12MB", "namprd12")][int(h(seed, 1, "01234"))]
    n = int(h("n"+seed, 4, "0123456789"))
    return [
        ("Received", f"from {pod}{n}.{reg}.prod.outlook.com (2603:1096:400:{h('o1'+seed,3)}::{h('o2'+seed,2)})\n by {pod}{n+7}.{reg}.prod.outlook.com with HTTPS; {d}"),
        ("Received", f"from SG2PEPF000{h('o3'+seed,5,'0123456789')}.apcprd03.prod.outlook.com\n (2603:1096:4:{h('o4'+seed,3)}::{h('o5'+seed,2)}) by {pod}{n}.{reg}.prod.outlook.com\n (2603:1096:400:{h('o1'+seed,3)}::{h('o2'+seed,2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.29; {d}"),
        ("Authentication-Results", ar_body),
        ("Received-SPF", f"Pass (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo_host}; pr=C"),
        ("Received", f"from {helo_host} ({ip}) by\n SG2PEPF000{h('o3'+seed,5,'0123456789')}.mail.protection.outlook.com (10.167.241.{int(h('o6'+seed,2,'0123456789'))}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.15 via\n Frontend Transport; {d}"),
    ]


def ar_outlook(mailfrom_dom, ip, dkim="pass", dkim_d="amazon.com", dmarc="pass",
               hfrom="amazon.com", compauth="pass reason=100", spf="pass"):
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dkim} (signature was verified)\n"
            f" header.d={dkim_d};dmarc={dmarc} action={'none' if dmarc=='pass' else 'quarantine'}\n"
            f" header.from={hfrom};compauth={compauth}")


# --------------------------------------------------------------- assembly
def build(fname, label, headers, entity, eol="\n"):
    """headers: list of (name, value); value may contain '\n' + indent."""
    lines = []
    for name, value in headers:
        lines.append(f"{name}: {value}")
    head = ("\n".join(lines) + "\n").encode("utf-8")
    body = entity_bytes(entity)
    raw = head + body
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MAILS.append((fname, raw, label))


def L(kind, case_id, accts, verified, lang="en"):
    norm = sorted(set(a.upper() for a in accts))
    return {"kind": kind, "case_id": case_id, "account_ids": norm,
            "sender_verified": verified, "language": lang}


def ses_mail(fname, label, *, to, t, frm, subject, entity, seed,
             reply_to=None, client="gmail", ip="54.240.8.30", eol="\n",
             extra=(), region="0100", msgid=None, ar=None, frm_domain="amazon.com"):
    """A genuine AWS mail sent via SES, received at gmail/outlook/jp."""
    mailfrom = ses_bounce(t, region)
    helo = ses_received(t, ip)
    if client == "gmail":
        arb = ar or ar_google([("pass", frm_domain, "224i4yxa5dv7c2xz3womw6peuasteono"),
                               ("pass", "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                              mailfrom, ip,
                              dmarc=f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={frm_domain}")
        top = gmail_block(to, t, ip, helo, mailfrom, arb, seed)
    elif client == "outlook":
        arb = ar or ar_outlook("amazonses.com", ip, hfrom=frm_domain, dkim_d=frm_domain)
        host = helo.split()[1]
        top = outlook_block(to, t, ip, host, "amazonses.com", arb, seed)
    else:  # pre-built list of top headers
        top = client
    hs = list(top)
    hs += ses_side(t, frm_domain=frm_domain, seed=seed)
    hs += [("From", frm)]
    if reply_to:
        hs += [("Reply-To", reply_to)]
    hs += [("To", to), ("Subject", subject), ("Date", rfcdate(t)),
           ("Message-ID", msgid or ses_id(t, region))]
    hs += list(extra)
    hs += [("Feedback-ID", f"::1.us-east-1.{b64blob('fb'+seed,43).replace('/','=')}=:AmazonSES"),
           ("X-SES-Outgoing", f"{t.year}.{t.month:02d}.{t.day:02d}-{ip}")]
    build(fname, label, hs, entity, eol)


# ================================================================== MAILS
# ---------------------------------------------------------------- helpers for bodies
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l and not l.startswith(">") else (">" + l if l.startswith(">") else ">")
                     for l in text.split("\n"))


def q_gmail(when, who, text):
    return f"On {when} {who} wrote:\n" + quote(text)


def q_outlook(frm, sent, to, subject, text, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{text}"


def q_orig(frm, sent, subject, text, to=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\n"
    if to:
        s += f"To: {to}\n"
    return s + f"Subject: {subject}\n\n{text}"


def q_ja(when, name, addr, text):
    return f"{when} {name} <{addr}>:\n" + quote(text)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, quoted=None, style="font-family:Arial,sans-serif;font-size:14px", qstyle="gmail"):
    body = "<br>\n".join(esc(l) for l in text.split("\n"))
    q = ""
    if quoted:
        hdr, _, rest = quoted.partition("\n")
        qb = "<br>\n".join(esc(l[2:] if l.startswith("> ") else l) for l in rest.split("\n"))
        if qstyle == "gmail":
            q = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(hdr)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qb}</blockquote></div>')
        else:
            q = '<br><div style="border-top:1px solid #ccc;padding-top:6px">' + "<br>\n".join(esc(l) for l in quoted.split("\n")) + '</div>'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">{body}</div>{q}</body></html>\n')


def form_footer(case):
    return ("\n\nWe value your feedback. Please share your experience by rating this correspondence "
            "using the AWS Support Center link at the end of this correspondence. Each correspondence "
            "can also be rated by selecting the stars in top right corner of each correspondence "
            "within the AWS Support Center.\n\n"
            "To respond to this case, please reply to this email. Do not change the subject line, "
            f"it contains the case number [CASE {case}] we need to find your case.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. or its affiliates.")


def console_footer(case, lang="en-US"):
    return ("\n\nWe value your feedback. Please share your experience by rating this and other "
            "correspondences in the AWS Support Center. You can rate a correspondence by selecting "
            "the stars in the top right corner of the correspondence.\n\n"
            "Best regards,\nAmazon Web Services\n\n"
            "======================================================\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the "
            "following URL:\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case}%26language={lang}\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "====================================================================\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. or its affiliates.\n"
            "====================================================================")


def jp_block(provider, to, t, ip, helo, mailfrom, ar_body, seed):
    t1 = t + timedelta(seconds=4)
    d = rfcdate(t1.astimezone(JST))
    hosts = {"nifty": ("mx.nifty.com", "mta-snd01002.nifty.com"),
             "biglobe": ("mx.biglobe.ne.jp", "mwinf5c11.biglobe.ne.jp"),
             "sakura": ("www3215.sakura.ne.jp", "www3215.sakura.ne.jp"),
             "ocn": ("mfilter-in104.ocn.ad.jp", "mbox-cp.ocn.ad.jp")}
    mx, inner = hosts[provider]
    qid = h("jq" + seed, 10, "0123456789ABCDEF")
    return [("Return-Path", f"<{mailfrom}>"),
            ("Delivered-To", to),
            ("Received", f"from {mx} (localhost [127.0.0.1])\n\tby {inner} (Postfix) with ESMTP id {qid}\n\tfor <{to}>; {d}"),
            ("Authentication-Results", ar_body),
            ("Received", f"{helo}\n\tby {mx} with ESMTPS id {h('jr'+seed,14,'0123456789abcdefghijklmnopqrstuvwxyz')}\n\tfor <{to}>; {d}")]


def credly_mail(fname, label, *, to, t, frm, subject, entity, seed, client="gmail", frm_domain="credly.com", ip="167.89.12.84", extra=(), msgid=None, ar=None):
    mailfrom = f"bounces+{int(h('cb'+seed,8,'0123456789'))}-{h('cc'+seed,4)}-{to.replace('@','=')}@em{h('cd'+seed,4,'0123456789')}.{frm_domain}"
    helo = f"from o{int(h('ce'+seed,1,'123456789'))}.email.{frm_domain} (o{int(h('ce'+seed,1,'123456789'))}.email.{frm_domain} [{ip}])"
    if client == "gmail":
        arb = ar or ar_google([("pass", frm_domain, "s1"), ("pass", "sendgrid.info", "smtpapi")],
                              mailfrom, ip, dmarc=f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={frm_domain}")
        top = gmail_block(to, t, ip, helo, mailfrom, arb, seed)
    elif client == "outlook":
        arb = ar or ar_outlook(mailfrom.split("@")[1], ip, dkim_d=frm_domain, hfrom=frm_domain)
        top = outlook_block(to, t, ip, helo.split()[1], mailfrom.split("@")[1], arb, seed)
    else:
        top = client
    hs = list(top)
    hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={frm_domain};\n\th=content-type:from:mime-version:subject:to:cc:content-type:from:\n\tsubject:to;\n\ts=s1; bh={b64blob('cbh'+seed,43)}=;\n\tb={b64blob('cb1'+seed,76)}\n\t{b64blob('cb2'+seed,96)}=")]
    hs += [("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")), ("From", frm), ("Mime-Version", "1.0"),
           ("Message-ID", msgid or f"<{h('cm'+seed,22,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@geopod-ismtpd-{int(h('cg'+seed,2,'0123456789'))}>"),
           ("Subject", subject), ("To", to)]
    hs += list(extra)
    hs += [("X-SG-EID", f"\n {b64blob('sg'+seed,70)}\n {b64blob('sg2'+seed,70)}"),
           ("X-Entity-ID", f"u001.{b64blob('eid'+seed,20)}==")]
    build(fname, label, hs, entity)


# =========================================================== thread T1 (Priya)
P_TO = "priya.raman.dev@gmail.com"
P_NAME = "Priya Raman"
T1_OPEN = dt(2025, 3, 11, 4, 12, 37)
T1 = case15(T1_OPEN, 418)
T1_SUBJ = f"RE:[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance"
P_OLD, P_NEW = "AWS04817263", "AWS11930582"
P_FORM_TEXT = (f"Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: {P_NEW}\n"
               f"Description: Hi, I have two certification accounts. Old one AWS 04817263 is with my previous "
               f"employer email priya.r@infosolve-tech.com which I can not access anymore. Please merge it into "
               f"my current account aws11930582. Thank you, Priya")

t = T1_OPEN + timedelta(seconds=41)
txt = (f"Hello Priya,\n\nThank you for contacting AWS Training and Certification. This is an automated "
       f"message to let you know that we received your request and created case {T1}.\n\n"
       f"Case ID: {T1}\nInquiry type: Certification\nDetail: Account Merge\n"
       f"AWS candidate ID provided: {P_NEW}\nSubmitted: March 11, 2025 04:12 AM UTC\n\n"
       "A member of our team will review your request and respond within 24 hours. To add information to "
       "this case, reply to this email and keep the case number in the subject line. Please do not open a "
       "second case for the same request, this can delay our response.\n\n"
       "In the meantime, many questions are answered in the AWS Certification FAQs:\n"
       "https://aws.amazon.com/certification/faqs/\n\n"
       "Regards,\nAWS Training and Certification\n\n"
       "This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, "
       "410 Terry Ave. North, Seattle, WA 98109.")
ses_mail("001-form-ack-priya.eml", L("case_created", T1, [P_NEW], True),
         to=P_TO, t=t, frm=FORM,
         subject=f"[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt, cte="qp"), leaf(to_html(txt), "html", cte="qp"),
                    boundary=f"----=_Part_{h('b001',7,'0123456789')}_{h('b001b',9,'0123456789')}.{int(t.timestamp()*1000)}"),
         seed="001")

t2 = dt(2025, 3, 12, 5, 40, 11)
txt2 = (f"Dear Priya,\n\nGreetings from AWS Training and Certification!\n\n"
        "Thank you for reaching out to us and apologies for the delay in response.\n\n"
        "As per your request, I have checked from my end and could see there are two certification "
        "accounts which is registered under your name:\n\n"
        f"1. {P_OLD} - priya.r@infosolve-tech.com (created on 2019)\n"
        f"2. {P_NEW} - {P_TO}\n\n"
        "Kindly confirm the below merge details so that we can proceed further:\n\n"
        f"Account to be merged (will be deactivated): {P_OLD}\n"
        f"Surviving account (primary): {P_NEW}\n\n"
        "Please do note that once the merge is done it cannot be reverted back. All the certification "
        f"history, exam transcript and benefits of {P_OLD} will be moving to {P_NEW}, and post merge you will "
        "be able to login only with the primary account credentials.\n\n"
        "Request you to kindly revert back on this same email thread with your confirmation so that we can "
        "do the needful at the earliest.\n\nLooking forward to hear from you.\n\n"
        "Thanks & Regards,\nRahul S.\nAWS Training and Certification\nAmazon Web Services"
        + form_footer(T1))
q2 = q_orig(f"{P_NAME} <{P_TO}>", "Tuesday, March 11, 2025 4:12 AM", "AWS Training and Certification Form Submission - account-assistance", P_FORM_TEXT)
ses_mail("002-confirm-request-rahul-indian-english.eml",
         L("merge_confirmation_requested", T1, [P_OLD, P_NEW], True),
         to=P_TO, t=t2, frm=FORM, subject=T1_SUBJ,
         entity=alt(leaf(txt2 + "\n\n" + q2, cte="qp"),
                    leaf(to_html(txt2, q2, qstyle="plain"), "html", cte="qp")),
         seed="002")

# 003 GitHub merged notification (unrelated, authentic but not AWS)
t3 = dt(2025, 3, 12, 14, 3, 52)
gh_mf = f"bounces+{h('gh',6,'0123456789')}@github.com"
gh_ip = "192.30.252.204"
gh_ar = ar_google([("pass", "github.com", "pf2023")], gh_mf, gh_ip,
                  dmarc="dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com")
gh_txt = ("Merged #48 into main.\n\n\u2014\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/priyaraman/terraform-labs/pull/48#event-16701952334\n"
          "You are receiving this because you authored the thread.\n\nMessage ID: "
          "<priyaraman/terraform-labs/pull/48/issue_event/16701952334@github.com>")
gh_html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priyaraman/terraform-labs/pull/48">#48</a> into main.</p>\n'
           '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
           '<a href="https://github.com/priyaraman/terraform-labs/pull/48#event-16701952334">view it on GitHub</a>.<br />'
           'You are receiving this because you authored the thread.</p>\n')
hs = gmail_block(P_TO, t3, gh_ip, f"from out-21.smtp.github.com (out-21.smtp.github.com. [{gh_ip}])", gh_mf, gh_ar, "003")
hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=github.com;\n\ts=pf2023; t={int(t3.timestamp())};\n\tbh={b64blob('ghbh',43)}=;\n\th=Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:\n\t List-Archive:List-Post:List-Unsubscribe:From;\n\tb={b64blob('ghb',76)}"),
       ("Date", rfcdate(t3.astimezone(PDT))), ("From", "Kenta Mori <notifications@github.com>"),
       ("Reply-To", "priyaraman/terraform-labs <reply+AB3KQ2XH7PZCV6YQ6MBRHFGF2RKNTEVBNHHKHZ6B5E@reply.github.com>"),
       ("To", "priyaraman/terraform-labs <terraform-labs@noreply.github.com>"),
       ("Cc", f"{P_NAME} <{P_TO}>, Author <author@noreply.github.com>"),
       ("Message-ID", "<priyaraman/terraform-labs/pull/48/issue_event/16701952334@github.com>"),
       ("In-Reply-To", "<priyaraman/terraform-labs/pull/48@github.com>"),
       ("References", "<priyaraman/terraform-labs/pull/48@github.com>"),
       ("Subject", "Re: [priyaraman/terraform-labs] Merge account-vpc module into shared network stack (PR #48)"),
       ("List-ID", "priyaraman/terraform-labs <terraform-labs.priyaraman.github.com>"),
       ("List-Unsubscribe", "<mailto:unsub+AB3KQ2XH@reply.github.com>"),
       ("X-GitHub-Sender", "kmori"), ("X-GitHub-Reason", "author"), ("X-Auto-Response-Suppress", "All")]
build("003-github-pr-merged.eml", L("unrelated", None, [], False), hs,
      alt(leaf(gh_txt, cte="7bit" if gh_txt.isascii() else "qp"), leaf(gh_html, "html", cte="7bit"),
          boundary=f"--==_mimepart_{h('ghbd',13)}_{h('ghbe',2,'0123456789')}"))

# 004 thanks for confirming, will proceed (support_reply)
t4 = dt(2025, 3, 12, 11, 27, 5)
user_conf = (f"Hi Rahul,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n\n"
             + q_gmail("Wed, Mar 12, 2025 at 11:10 AM", f"Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                       "Dear Priya,\n\nKindly confirm the below merge details so that we can proceed further:\n\n"
                       f"Account to be merged (will be deactivated): {P_OLD}\nSurviving account (primary): {P_NEW}\n\n"
                       "Thanks & Regards,\nRahul S."))
txt4 = ("Dear Priya,\n\nThank you for your confirmation.\n\n"
        "We have forwarded your merge request to our concerned team and they will be working on the same. "
        "Usually the merging get completed within 3-5 business days. Once it is done, you will be receiving a "
        "confirmation mail from our end and then you can login to verify.\n\n"
        "Meanwhile kindly do not create any new case for same request, as it may delay the process.\n\n"
        "Have a great day ahead!\n\nThanks & Regards,\nRahul S.\nAWS Training and Certification\nAmazon Web Services"
        + form_footer(T1))
q4 = q_orig(P_TO, "2025-03-12 11:04:46 UTC", f"Re: {T1_SUBJ}", user_conf)
ses_mail("004-thanks-for-confirming-will-proceed.eml", L("support_reply", T1, [], True),
         to=P_TO, t=t4, frm=FORM, subject=T1_SUBJ, entity=leaf(txt4 + "\n\n" + q4, cte="qp"), seed="004")

# 005 completion, wrong tense
t5 = dt(2025, 3, 14, 6, 2, 48)
txt5 = ("Dear Priya,\n\nGreetings of the day!\n\n"
        f"This is to inform you that we merge your account yesterday as per your confirmation. Now all your "
        f"certifications from {P_OLD} is reflecting under {P_NEW} and the old account is deactivated from our side.\n\n"
        "Kindly login to your AWS Certification Account with your current email and check the certification "
        "history once. Your Credly badges will be updated automatically in 2-3 business days, if not please let us "
        "know by replying this mail.\n\n"
        "It was a pleasure assisting you. Have a nice weekend ahead!\n\n"
        "Thanks & Regards,\nAnil Kumar\nAWS Training and Certification\nAmazon Web Services" + form_footer(T1))
ses_mail("005-merge-done-we-merge-yesterday.eml", L("merge_completed", T1, [P_OLD, P_NEW], True),
         to=P_TO, t=t5, frm=FORM, subject=T1_SUBJ,
         entity=alt(leaf(txt5, cte="b64"), leaf(to_html(txt5), "html", cte="b64")), seed="005")

# 006 closure + survey
t6 = dt(2025, 3, 14, 6, 3, 30)
txt6 = (f"Hello,\n\nYour case {T1} \"account-assistance\" has been resolved.\n\n"
        "If your issue is not resolved, you can reply to this email within 14 days and the case will be reopened "
        "automatically.\n\nWas your issue resolved?\n\n"
        f"YES: https://support.aws.amazon.com/survey?caseId={T1}&r=yes&t=1a9f0c\n"
        f"NO:  https://support.aws.amazon.com/survey?caseId={T1}&r=no&t=1a9f0c\n\n"
        "How would you rate the support you received from Anil Kumar?\n"
        "1 (Poor)  2  3  4  5 (Excellent)\n\n"
        "Your feedback helps us to improve. It takes less than 1 minute.\n\n"
        "Thank you,\nAWS Training and Certification")
html6 = (f'<html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#16191f">'
         f'<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#232f3e;padding:16px">'
         f'<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>'
         f'<tr><td style="padding:24px"><p>Hello,</p><p>Your case <b>{T1}</b> &quot;account-assistance&quot; has been resolved.</p>'
         f'<p>If your issue is not resolved, you can reply to this email within 14 days and the case will be reopened automatically.</p>'
         f'<p style="font-size:18px"><b>Was your issue resolved?</b></p>'
         f'<a href="https://support.aws.amazon.com/survey?caseId={T1}&amp;r=yes&amp;t=1a9f0c" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;'
         f'<a href="https://support.aws.amazon.com/survey?caseId={T1}&amp;r=no&amp;t=1a9f0c" style="background:#eaeded;color:#000;padding:8px 24px;text-decoration:none">NO</a>'
         f'<p>How would you rate the support you received from Anil Kumar?</p>'
         + "".join(f'<a href="https://support.aws.amazon.com/survey?caseId={T1}&amp;rating={i}&amp;t=1a9f0c">{i}</a> ' for i in range(1, 6)) +
         '<p style="color:#545b64;font-size:12px">Your feedback helps us to improve. It takes less than 1 minute.</p>'
         '<p>Thank you,<br>AWS Training and Certification</p></td></tr></table></body></html>\n')
ses_mail("006-case-resolved-survey.eml", L("survey", T1, [], True),
         to=P_TO, t=t6, frm=FORM, subject=f"Your case {T1} has been resolved - tell us how we did",
         entity=alt(leaf(txt6, cte="7bit"), leaf(html6, "html", cte="qp")), seed="006")

# 007 Credly badge after merge
t7 = dt(2025, 3, 16, 17, 45, 9)
bid = "8c2f51e3-6a0d-4b7e-9f3c-21d4e7b0a915"
txt7 = ("Amazon Web Services Training and Certification has issued you a badge.\n\n"
        "Priya, congratulations on earning your AWS Certified Developer \u2013 Associate badge!\n\n"
        "Claim your badge, then share it with your network and let them know about your achievement. "
        "Your badge also gives you access to labor market insights, such as jobs and salaries "
        "related to your skills.\n\n"
        f"Accept your badge: https://www.credly.com/badges/{bid}?source=email_notifications&ci=3df72c0b91e54a6fb8cc41d8a0e2f7a6\n\n"
        "Badge: AWS Certified Developer \u2013 Associate\nIssued by: Amazon Web Services Training and Certification\n"
        "Issued on: March 16, 2025\n\n"
        "Questions? Visit our support center: https://support.credly.com\n\n"
        "You are receiving this email because a badge was issued to priya.raman.dev@gmail.com.\n"
        "Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611\n"
        "Unsubscribe: https://www.credly.com/notifications/unsubscribe?token=eyJhbGciOiJIUzI1NiJ9")
html7 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head><body style="margin:0;background:#f4f4f4">'
         '<table role="presentation" width="100%"><tr><td align="center"><table width="600" style="background:#ffffff">'
         '<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="AWS Certified Developer &ndash; Associate"></td></tr>'
         '<tr><td style="padding:0 24px;font-family:Helvetica,Arial,sans-serif"><p style="font-size:14px;color:#555">Amazon Web Services Training and Certification has issued you a badge.</p>'
         '<h1 style="font-size:22px">Priya, congratulations on earning your AWS Certified Developer &ndash; Associate badge!</h1>'
         '<p>Claim your badge, then share it with your network and let them know about your achievement.</p>'
         f'<p><a href="https://www.credly.com/badges/{bid}?source=email_notifications&amp;ci=3df72c0b91e54a6fb8cc41d8a0e2f7a6" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>'
         '</td></tr><tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611<br>'
         '<a href="https://www.credly.com/notifications/unsubscribe?token=eyJhbGciOiJIUzI1NiJ9">Unsubscribe</a></td></tr></table></td></tr></table></body></html>\n')
credly_mail("007-credly-badge-after-merge.eml", L("credly_badge_issued", None, [], True),
            to=P_TO, t=t7, frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
            subject="Priya, you've earned a new badge from Amazon Web Services Training and Certification",
            entity=alt(leaf(txt7, cte="qp"), leaf(html7, "html", cte="qp")), seed="007")

# =========================================================== thread T2 (Tanaka, ja, console)
M_TO = "misaki.tanaka@nifty.com"
T2_OPEN = dt(2025, 5, 27, 23, 2, 14)
T2 = case15(T2_OPEN, 731)
T2_A, T2_B = "AWS09284416", "AWS13572048"


def nifty_ses(fname, label, t, subject, entity, seed, frm=CONSOLE):
    mf = ses_bounce(t)
    ip = "54.240.27.18"
    ar = (f"mx.nifty.com; spf=pass smtp.mailfrom={mf.split('@')[1]};\n"
          f"\tdkim=pass header.d=amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={b64blob('nb'+seed,8)};\n"
          f"\tdkim=pass header.d=amazonses.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw;\n"
          f"\tdmarc=pass header.from=amazon.com")
    top = jp_block("nifty", M_TO, t, ip, ses_received(t, ip), mf, ar, seed)
    ses_mail(fname, label, to=M_TO, t=t, frm=frm, subject=subject, entity=entity, seed=seed,
             client=top, ip=ip)


t8 = T2_OPEN + timedelta(seconds=19)
txt8 = (f"Amazon Web Services をご利用いただき、ありがとうございます。お客様からのお問い合わせにつきまして、"
        f"ケース {T2} をオープンいたしました。\n\n"
        "ケースの詳細は以下のとおりです。\n\n"
        f"ケース ID: {T2}\n件名: 認定アカウントの統合について\n重大度: 一般的なガイダンス\n"
        "お問い合わせ内容: 以前の勤務先のメールアドレスで作成した認定アカウントと、現在のアカウントを"
        "一つにまとめたいです。よろしくお願いします。\n\n"
        "担当エンジニアが内容を確認のうえ、ご連絡いたします。\n\n"
        "ケースの確認や返信は、以下の URL から AWS サポートセンターをご利用ください。\n\n"
        f"https://console.aws.amazon.com/support/home#/case/?displayId={T2}%26language=ja\n\n"
        "※本メールは送信専用アドレスから送信されています。このメールに返信されても対応いたしかねますので、"
        "あらかじめご了承ください。\n\n"
        "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")
nifty_ses("008-ja-console-case-opened.eml", L("case_created", T2, [], True, "ja"), t8,
          "Amazon Web Services: " + encword(f"新しいサポートケースがオープンされました: {T2}", "ISO-2022-JP"),
          leaf(txt8, cs="iso-2022-jp", cte="7bit"), "008")

t9 = dt(2025, 5, 28, 6, 15, 40)
txt9 = ("田中 様\n\n"
        "AWS サポートの佐藤でございます。\n"
        "この度はお問い合わせいただき、誠にありがとうございます。\n\n"
        "お客様のお名前でご登録されている認定アカウントをお調べいたしましたところ、以下の 2 件を確認いたしました。\n\n"
        f"・{T2_A}(ログインメールアドレス: m.tanaka@kaisha-example.co.jp)\n"
        f"・{T2_B}(ログインメールアドレス: {M_TO})\n\n"
        f"お客様のご要望に基づき、{T2_A} を {T2_B} に統合し、{T2_B} を存続アカウントとさせていただく予定でございます。\n"
        "統合後は元に戻すことができかねますので、あらかじめご了承くださいませ。\n\n"
        "上記の内容でお間違いがないか、本ケースにてご返信いただけますでしょうか。"
        "ご確認いただけ次第、統合作業を進めさせていただきます。\n\n"
        "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
        "佐藤 健一\nAmazon Web Services\n\n"
        "======================================================\n"
        "このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n"
        f"https://console.aws.amazon.com/support/home#/case/?displayId={T2}%26language=ja\n\n"
        "※このメールは送信専用アドレスから送信されています。")
nifty_ses("009-ja-confirm-request-keigo.eml", L("merge_confirmation_requested", T2, [T2_A, T2_B], True, "ja"), t9,
          encword(f"RE:[CASE {T2}] 認定アカウントの統合について", "ISO-2022-JP"),
          alt(leaf(txt9, cs="iso-2022-jp", cte="7bit"),
              leaf(to_html(txt9, style="font-family:'Meiryo',sans-serif;font-size:14px"), "html", cte="qp")), "009")

# =========================================================== thread T4 (Markus, Outlook, 2022, 11 digits)
K_TO = "m.schneider@brightwave-gmbh.de"
T4 = "10487263519"
T4_SUBJ = f"RE:[CASE {T4}] [AWS Training and Certification Form Submission] - account-assistance"
K_A, K_B = "AWS02291745", "AWS06638120"
t10 = dt(2022, 6, 9, 13, 22, 3)
k_form = (f"Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: {K_B}\n"
          "Description: Hello, I think I have 2 accounts, one from my private mail and one from company. "
          "Please merge them. Regards Markus Schneider")
txt10 = ("Hello Markus,\n\nThank you for contact to AWS Training and Certification.\n\n"
         "I have been revising your request and I found in our system two accounts of certification that are "
         "associated to your name:\n\n"
         f"- {K_A}, registered with the e-mail markus.schneider@gmx.de\n"
         f"- {K_B}, registered with the e-mail {K_TO}\n\n"
         "Before to do the merge, please can you indicate us which of both accounts you want to conserve as the "
         "principal one? The other account will be eliminated after the process and its certifications will pass "
         "to the principal account.\n\n"
         "Also, if it is possible, confirm us please the e-mail that you use actually for login in each account, "
         "because in one of them the e-mail of notification is different of the e-mail of login.\n\n"
         "I remain attentive to your answer.\n\n"
         "Best regards,\nMar\u00eda Jos\u00e9 R.\nAmazon Web Services" + form_footer(T4))
q10 = q_outlook(f"Markus Schneider <{K_TO}>", "Wednesday, June 8, 2022 9:47 AM",
                "aws-cs-trainingcertification-form@amazon.com",
                "AWS Training and Certification Form Submission - account-assistance", k_form)
ses_mail("010-which-account-to-keep-spanish-speaker.eml", L("support_reply", T4, [K_A, K_B], True),
         to=K_TO, t=t10, frm=FORM, subject=T4_SUBJ, client="outlook", ip="54.240.9.101",
         entity=alt(leaf(txt10 + "\n\n" + q10, cte="qp"), leaf(to_html(txt10, q10, qstyle="plain"), "html", cte="qp")),
         seed="010")

# =========================================================== thread T8 (Lukas, Gmail)
N_TO = "lukas.novak92@gmail.com"
# 011 Seller Central look-alike (same RE:[CASE] style)
t11 = dt(2024, 11, 6, 9, 31, 0)
txt11 = ("Hello from Amazon Seller Support,\n\n"
         "I understood that you would like to know the reason why your listing for ASIN B0CX7Q2LMN is showing as "
         "\"Suppressed\" in your inventory.\n\n"
         "I have checked and I see the listing was suppressed because the main image is not meeting our image "
         "requirement (pure white background RGB 255,255,255). To resolve, please update main image from Inventory > "
         "Manage All Inventory > Edit > Images tab. After the update it can take up to 24 hours for the listing "
         "become active again.\n\n"
         "Also I see you have asked to merge the two product detail pages for same item. This request is handled by "
         "the Catalog team, I have forwarded it to them and they will contact you.\n\n"
         "I hope this information is helpful. If you have any further question, please reply to this case.\n\n"
         "Was this answer helpful? Please rate it: https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=5884881212&survey=1\n\n"
         "Thank you,\nRavi\nAmazon Selling Partner Support\n\n"
         "Please do not reply directly to this message, use the Case Log in Seller Central.")
ses_mail("011-seller-central-case-lookalike.eml", L("unrelated", "5884881212", [], True),
         to=N_TO, t=t11, frm='"Amazon Seller Support" <seller-notification@amazon.com>',
         subject="RE:[CASE 5884881212] Listing suppressed - ASIN B0CX7Q2LMN", region="0102", ip="54.240.4.12",
         entity=alt(leaf(txt11, cte="qp"), leaf(to_html(txt11), "html", cte="qp")), seed="011")

T8_OPEN = dt(2024, 11, 4, 8, 51, 27)
T8 = case15(T8_OPEN, 267)
N_A, N_B = "AWS05519033", "AWS12087764"
t12 = dt(2024, 11, 5, 2, 14, 55)
txt12 = ("Dear Lukas,\n\nThanks for your contacting with AWS Training and Certification.\n\n"
         "According your description, we have checked there are 2 accounts under your name. Please help to confirm "
         "the below information is correct, after you confirm, we will do the merge for you.\n\n"
         "Source account (will be merged and closed): AWS-05519033, email: l.novak@student.cvut.cz\n"
         "Target account (will keep): AWS-12087764, email: lukas.novak92@gmail.com\n\n"
         "Kindly note, after merge the source account cannot be recover, all the exam records will move into target "
         "account together.\n\n"
         "If above information is no problem, please reply \"confirm\" to this email directly. If anything need to "
         "change, also please let us know.\n\n"
         "Best Regards,\nWei Z.\nAmazon Web Services" + form_footer(T8))
ses_mail("012-confirm-request-chinese-speaker-hyphen-ids.eml",
         L("merge_confirmation_requested", T8, [N_A, N_B], True),
         to=N_TO, t=t12, frm=FORM,
         subject=f"RE: [CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt12, cte="b64"), leaf(to_html(txt12), "html", cte="b64")), seed="012")

# =========================================================== thread T3 (Sofia, outlook.com, console)
S_TO = "sofia.marchetti@outlook.com"
T3_OPEN = dt(2025, 1, 20, 15, 3, 44)
T3 = case15(T3_OPEN, 912)
S_A, S_B = "AWS07765012", "AWS10023981"
t13 = T3_OPEN + timedelta(seconds=27)
txt13 = (f"Thank you for contacting Amazon Web Services. We have opened case {T3} to address your issue.\n\n"
         "The details of your case are as follows:\n\n"
         f"Case ID: {T3}\nSubject: Merge two AWS Certification accounts\nSeverity: General guidance\n"
         "Correspondence: Hello, by mistake I passed my two exams with two different certification accounts "
         "(AWS 07765012 with my university mail and AWS 10023981 with my personal mail). I would like to have "
         "everything in the personal one. Thank you, Sofia\n\n"
         "You can view the status of your case and reply to it from the AWS Support Center.\n\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={T3}%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link "
         "above if you need to contact us again about this same issue.\n\n"
         "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of "
         "Amazon.com, Inc. or its affiliates.")
ses_mail("013-console-case-opened-outlook.eml", L("case_created", T3, [S_A, S_B], True),
         to=S_TO, t=t13, frm=CONSOLE, client="outlook",
         subject=f"Amazon Web Services: You have opened a new Support case: {T3}",
         entity=leaf(txt13, cte="7bit"), seed="013")

t14 = dt(2025, 1, 22, 10, 48, 2)
txt14 = ("Hello Sofia,\n\n"
         "I am glad to inform you that the merge of your accounts is successfully finished. Now the account "
         f"{S_B} is main one and all certifications from {S_A} were transferred there. Account {S_A} is not more "
         "active, please do not use it for login.\n\n"
         "Please, check in your Certification Account profile that both of your certifications are visible. Digital "
         "badges in Credly will come during next 24-48 hours on e-mail of main account.\n\n"
         "If you will have any other questions, we are always glad to help.\n\n"
         "Best regards,\nDmitrii K." + console_footer(T3))
ses_mail("014-merge-finished-russian-speaker.eml", L("merge_completed", T3, [S_A, S_B], True),
         to=S_TO, t=t14, frm=CONSOLE, client="outlook",
         subject=f"RE:[CASE {T3}] Merge two AWS Certification accounts",
         entity=alt(leaf(txt14, cte="qp"), leaf(to_html(txt14), "html", cte="qp")), seed="014")

t15 = dt(2025, 1, 22, 10, 49, 30)
txt15 = ("Hello,\n\n"
         f"We're contacting you to let you know that AWS Support case {T3} has been resolved. If you have more "
         "questions about this issue, you can reopen the case within 14 days from the AWS Support Center.\n\n"
         f"Case ID: {T3}\nSubject: Merge two AWS Certification accounts\n\n"
         "How did we do? Tell us about your experience with this case:\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={T3}&feedback=true\n\n"
         "Thank you for using AWS Support.\n\n"
         "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.")
ses_mail("015-console-case-resolved-crlf.eml", L("survey", T3, [], True),
         to=S_TO, t=t15, frm=CONSOLE, client="outlook", eol="\r\n",
         subject=f"Amazon Web Services: Your Support case {T3} has been resolved",
         entity=leaf(txt15, cte="7bit"), seed="015")

# 016 CertMetrics survey-like look-alike (unrelated, authentic but not AWS/Credly)
t16 = dt(2025, 3, 20, 16, 0, 12)
cm_mf = "bounce-mc.us14_109245793.2207145-priya.raman.dev=gmail.com@mail241.atl81.mcsv.net"
cm_ip = "198.2.141.241"
cm_ar = ar_google([("pass", "certmetrics.com", "k1"), ("pass", "mcsv.net", "k3")], cm_mf, cm_ip,
                  dmarc="dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com")
txt16 = ("Dear Priya Raman,\n\n"
         "AWS Certification wants to hear from you!\n\n"
         "You recently took the AWS Certified Developer - Associate exam. Please take 5 minutes to tell us about "
         "your exam experience. Your answers are confidential and help us improve the certification program.\n\n"
         "Candidate ID: AWS11930582\n\n"
         "Start the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n\n"
         "Thank you,\nAWS Certification\n\n"
         "This email was sent from an unmonitored mailbox. Do not reply.\n"
         "Update your communication preferences in your AWS Certification Account.")
hs = gmail_block(P_TO, t16, cm_ip, f"from mail241.atl81.mcsv.net (mail241.atl81.mcsv.net. [{cm_ip}])", cm_mf, cm_ar, "016")
hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=certmetrics.com;\n\ts=k1; t={int(t16.timestamp())};\n\tbh={b64blob('cmbh',43)}=;\n\th=From:Subject:Message-ID:To:Date:MIME-Version:Content-Type;\n\tb={b64blob('cmb',76)}"),
       ("Subject", "AWS Certification wants to hear from you"),
       ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", f"Priya Raman <{P_TO}>"),
       ("Date", rfcdate(t16)), ("Message-ID", f"<{h('cmid',20,'0123456789abcdef')}.{h('cmid2',8,'0123456789')}@mail241.atl81.mcsv.net>"),
       ("X-Mailer", "Mailchimp Mailer - **CID4c4e9a8f1b2d3e4f5a6b**"),
       ("List-Unsubscribe", "<https://certmetrics.us14.list-manage.com/unsubscribe?u=2207145&id=9a1b2c>")]
build("016-certmetrics-wants-to-hear.eml", L("unrelated", None, ["AWS11930582"], False), hs,
      alt(leaf(txt16, cte="qp"), leaf(to_html(txt16), "html", cte="qp")))

# 017 phishing confirm-merge from look-alike domain (dmarc passes for the look-alike itself)
t17 = dt(2025, 1, 24, 3, 11, 40)
FAKE17 = "173742012300551"
ph_ip = "185.212.47.19"
ph_dom = "aws-certification-services.com"
txt17 = ("Dear Candidate,\n\n"
         "We are received your request for merge the AWS Certification accounts. Before we can complete merging, you "
         "must confirm the accounts within 24 hours, otherwise your certifications and Credly badges can be "
         "permanently deleted from both profiles.\n\n"
         f"Primary account (will remain): {S_B}\n"
         "Secondary account (will be merged): detected automatically\n\n"
         "To confirm the merge please sign in with your AWS Certification credentials on the secure page below:\n"
         f"https://{ph_dom}/merge/confirm?id={S_B}&token=6a1f0e2d9c8b\n\n"
         f"Case reference: {FAKE17}\n\n"
         "Thank you for your cooperation.\nAWS Training & Certification Team\n"
         "\u00a9 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.")
html17 = ('<html><body style="font-family:Arial"><div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span> '
          '<span style="color:#fff">Training &amp; Certification</span></div><div style="padding:20px">'
          + "<br>\n".join(esc(l) for l in txt17.split("\n")).replace(
              f"https://{ph_dom}/merge/confirm?id={S_B}&amp;token=6a1f0e2d9c8b",
              f'<a href="https://{ph_dom}/merge/confirm?id={S_B}&amp;token=6a1f0e2d9c8b" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">CONFIRM MERGE</a>')
          + '</div></body></html>\n')
ar17 = ar_outlook(ph_dom, ph_ip, dkim_d=ph_dom, hfrom=ph_dom)
hs = outlook_block(S_TO, t17, ph_ip, f"mail.{ph_dom}", ph_dom, ar17, "017")
hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={ph_dom}; s=default;\n\tt={int(t17.timestamp())}; bh={b64blob('p17',43)}=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb={b64blob('p17b',76)}"),
       ("From", f'"AWS Certification Support" <support@{ph_dom}>'), ("To", S_TO),
       ("Subject", f"Action required: confirm merge of your AWS Certification accounts [CASE {FAKE17}]"),
       ("Date", rfcdate(t17)), ("Message-ID", f"<{h('m17',24)}@{ph_dom}>"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
build("017-phish-lookalike-confirm-merge.eml", L("merge_confirmation_requested", FAKE17, [S_B], False), hs,
      alt(leaf(txt17, cte="qp"), leaf(html17, "html", cte="qp")))

# 018 chaser (German speaker), Outlook-style quoted history
t18 = dt(2022, 6, 16, 8, 5, 31)
txt18 = ("Hello Mr. Schneider,\n\n"
         "we are still waiting on your feedback to our mail from 09.06.2022. Without your answer we cannot go further "
         "with your request.\n\n"
         "If we hear nothing from you until 23.06.2022, the case will be closed automatically from our system. Of "
         "course you can open it again when you answer on this mail.\n\n"
         "With kind regards\nJ\u00fcrgen H.\nAmazon Web Services" + form_footer(T4))
q18 = q_outlook("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Thursday, June 9, 2022 3:22 PM",
                f"Markus Schneider <{K_TO}>", T4_SUBJ, txt10)
ses_mail("018-chaser-german-speaker.eml", L("support_reply", T4, [], True),
         to=K_TO, t=t18, frm=FORM, subject=T4_SUBJ, client="outlook", ip="54.240.9.101",
         entity=alt(leaf(txt18 + "\n\n" + q18, cte="qp"), leaf(to_html(txt18, q18, qstyle="plain"), "html", cte="qp")),
         seed="018")

# =========================================================== thread T6 (Tomasz, university mail, no AR, 2019/2020)
W_TO = "t.wisniewski@student.uw-example.edu.pl"


def noar_top(t, helo, seed):
    d = rfcdate(t.astimezone(CET) + timedelta(seconds=5))
    return [("Received", f"from mx1.uw-example.edu.pl (192.0.2.25) by exch02.uw-example.edu.pl\n (192.0.2.40) with Microsoft SMTP Server (TLS) id 15.1.1847.3; {d}"),
            ("Received", f"{helo}\n\tby mx1.uw-example.edu.pl (Postfix) with ESMTPS id 47Qx{h('nq'+seed,6,'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}\n\tfor <{W_TO}>; {d}")]


t19 = dt(2020, 2, 3, 19, 20, 41)
txt19 = ("Amazon Web Services Training and Certification has issued you a badge.\n\n"
         "Tomasz, you've earned a badge!\n\n"
         "AWS Certified Solutions Architect - Associate\n\n"
         "Accept your badge to share your achievement with your professional network and see what you can do next.\n\n"
         "Accept badge: https://www.youracclaim.com/earner/earned/badge/0f4a9c2e-7d31-4b58-a6e0-5c9b8d2f1e73?key=c41fa0e9d82b7736\n\n"
         "Acclaim | Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n"
         "Manage email preferences: https://www.youracclaim.com/settings/notifications")
credly_mail("019-acclaim-badge-2020-no-ar.eml", L("credly_badge_issued", None, [], None),
            to=W_TO, t=t19, frm="Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>",
            subject="Amazon Web Services Training and Certification has issued you a badge",
            client=noar_top(t19, "from o3.email.youracclaim.com (o3.email.youracclaim.com [167.89.35.11])", "019"),
            frm_domain="youracclaim.com", entity=alt(leaf(txt19, cs="us-ascii", cte="7bit"),
                                                     leaf(to_html(txt19), "html", cte="qp")), seed="019")

# 020 Pearson VUE booking confirmation (unrelated) with candidate id
t20 = dt(2025, 2, 5, 18, 42, 7)
pv_ip = "159.182.56.71"
pv_mf = "pearsonvuecustomerservice@pearson.com"
txt20 = ("Dear Sofia Marchetti,\n\n"
         "Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n"
         "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
         "Date: Saturday, March 8, 2025\nTime: 10:00 AM CET\nLocation: OnVUE online proctored\n"
         "Registration ID: 512904377\nAWS candidate ID: AWS10023981\n\n"
         "Please check in 30 minutes before your appointment. Run the system test on the computer you will use.\n\n"
         "To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the exam.\n\n"
         "Sincerely,\nPearson VUE")
ar20 = ar_outlook("pearson.com", pv_ip, dkim_d="pearson.com", hfrom="pearson.com")
hs = outlook_block(S_TO, t20, pv_ip, "mta4.pearsonvue.com", "pearson.com", ar20, "020")
hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=pearson.com; s=pvue2021;\n\tt={int(t20.timestamp())}; bh={b64blob('pv',43)}=;\n\th=From:To:Subject:Date:Message-ID;\n\tb={b64blob('pvb',76)}"),
       ("From", f"Pearson VUE <{pv_mf}>"), ("To", S_TO),
       ("Subject", "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional"),
       ("Date", rfcdate(t20)), ("Message-ID", f"<{h('pv20',16,'0123456789')}.JavaMail.pvue@mta4.pearsonvue.com>")]
build("020-pearson-vue-booking.eml", L("unrelated", None, ["AWS10023981"], False), hs,
      mixed(alt(leaf(txt20, cs="iso-8859-1", cte="qp"), leaf(to_html(txt20), "html", cte="qp")),
            attachment(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nBEGIN:VEVENT\r\n"
                        "UID:512904377@pearsonvue.com\r\nDTSTART:20250308T090000Z\r\nDTEND:20250308T113000Z\r\n"
                        "SUMMARY:SAP-C02 AWS Certified Solutions Architect - Professional (OnVUE)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode(),
                       "text", "calendar", "PearsonVUE_Appointment.ics")))

# =========================================================== T9 (Karim, French-speaking agent)
KB_TO = "karim.benali.cloud@gmail.com"
T9_OPEN = dt(2024, 9, 16, 7, 44, 10)
T9 = case15(T9_OPEN, 48)
KB_A, KB_B = "AWS03356178", "AWS08841290"
t21 = dt(2024, 9, 17, 13, 5, 22)
html21 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
          "<body><div style=\"font-family:Calibri,Arial;font-size:11pt\">"
          "<p>Hello Karim,</p>"
          "<p>We have well received your demand concerning the fusion of your two certification accounts, and we thank "
          "you for your patience.</p>"
          "<p>After verification, here is what we propose :</p><ul>"
          "<li>the account <b>AWS 03356178</b> (k.benali@conseil-example.fr) will be fusioned inside the account "
          f"<b>AWS 08841290</b> ({KB_TO}) ;</li>"
          "<li>the account AWS 08841290 will stay actif and will keep all your certifications, your history of exams "
          "and your benefits (vouchers of 50%, etc.).</li></ul>"
          "<p><b>Attention :</b> this operation is definitive, it is not possible to go back after. The account "
          "AWS 03356178 will not be usable anymore for the connexion.</p>"
          "<p>Could you please confirm us by return of mail that you are agree with this proposition\u00a0? As soon as we "
          "will receive your confirmation, we will realise the operation. If it is the contrary that you prefer "
          "(to keep the account AWS 03356178), please precise it in your response.</p>"
          "<p>Cordially,</p><p>Pierre L.<br>Amazon Web Services</p>"
          "<p style=\"color:#777;font-size:9pt\">We value your feedback. Please share your experience by rating this "
          "correspondence. To respond to this case, please reply to this email and don\u2019t change the subject line "
          f"[CASE {T9}].</p></div></body></html>\n")
ses_mail("021-confirm-request-french-calques-html-only-wrong-charset.eml",
         L("merge_confirmation_requested", T9, [KB_A, KB_B], True),
         to=KB_TO, t=t21, frm=FORM, region="0102", ip="54.240.6.82",
         subject=f"RE:[CASE {T9}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=leaf(html21, "html", cs="windows-1252", label="iso-8859-1", cte="qp"), seed="021")

# 022 T8: endorsed to back-end, once completed we will send email (support_reply)
t22 = dt(2024, 11, 5, 9, 40, 18)
txt22 = ("Hi Lukas,\n\n"
         "Good day! Thank you for the confirmation.\n\n"
         "Please be informed that your request for merging of the accounts is already endorsed to our back-end team "
         "for processing. Once the merging is completed, you will receive an email confirmation from us, so no need "
         "to follow up in the meantime.\n\n"
         "Kindly take note that the turnaround time is 3 to 5 business days. Thank you for your patience and "
         "understanding.\n\n"
         "Warm regards,\nMark Anthony D.\nAWS Training and Certification\nAmazon Web Services" + form_footer(T8))
q22 = q_gmail("Tue, Nov 5, 2024 at 10:02 AM", f"Lukas Novak <{N_TO}>",
              "confirm\n\nLukas\n\n" + q_gmail("Tue, 5 Nov 2024 at 03:14, Amazon Web Services", "<aws-cs-trainingcertification-form@amazon.com>",
                                                "Dear Lukas,\n\nSource account (will be merged and closed): AWS-05519033\n"
                                                "Target account (will keep): AWS-12087764\n\n"
                                                "If above information is no problem, please reply \"confirm\" to this email directly."))
ses_mail("022-endorsed-once-completed-will-email.eml", L("support_reply", T8, [], True),
         to=N_TO, t=t22, frm=FORM,
         subject=f"RE: [CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt22 + "\n\n" + q22, cte="qp"), leaf(to_html(txt22, q22), "html", cte="qp")), seed="022")

# 023 T2 completion in Japanese, cp932 characters labelled Shift_JIS
t23 = dt(2025, 5, 29, 2, 31, 5)
txt23 = ("田中 美咲 様\n\n"
         "いつも Amazon Web Services をご利用いただき、誠にありがとうございます。\n"
         "AWS サポートの佐藤でございます。\n\n"
         "ご確認のご返信をいただき、ありがとうございました。\n"
         "お客様の認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n"
         f"① 統合元アカウント: {T2_A}(無効化済み)\n"
         f"② 存続アカウント: {T2_B}\n\n"
         f"今後は {T2_B} にてサインインのうえ、認定資格の一覧および特典(50% 割引バウチャー等)が表示されていることを"
         "ご確認いただけますと幸いです。\n"
         "なお、Credly のデジタルバッジにつきましては、反映までに 24～48 時間ほどかかる場合がございます。\n\n"
         "ご不明な点がございましたら、お気軽に本ケースよりお問い合わせくださいませ。\n\n"
         "佐藤 健一\nAmazon Web Services\n\n"
         "======================================================\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={T2}%26language=ja\n"
         "※このメールは送信専用アドレスから送信されています。")
nifty_ses("023-ja-merge-done-cp932-labelled-sjis.eml", L("merge_completed", T2, [T2_A, T2_B], True, "ja"), t23,
          encword(f"RE:[CASE {T2}] 認定アカウントの統合について", "Shift_JIS"),
          leaf(txt23, cs="cp932", label="Shift_JIS", cte="b64"), "023")

# 024 T2 survey in Japanese
t24 = dt(2025, 5, 29, 2, 32, 40)
txt24 = ("田中 美咲 様\n\n"
         "このたびは AWS サポートをご利用いただき、誠にありがとうございました。\n"
         f"ケース {T2}「認定アカウントの統合について」は解決済みとしてクローズされました。\n\n"
         "サービス向上のため、今回のサポートについて簡単なアンケートにご協力をお願いいたします(所要時間: 約 1 分)。\n\n"
         "問題は解決しましたか?\n"
         f"はい: https://support.aws.amazon.com/survey?displayId={T2}&lang=ja&a=1\n"
         f"いいえ: https://support.aws.amazon.com/survey?displayId={T2}&lang=ja&a=0\n\n"
         "担当者の対応を 5 段階で評価してください。\n\n"
         "引き続き問題が解決しない場合は、14 日以内にサポートセンターからケースを再オープンしていただけます。\n\n"
         "Amazon Web Services")
nifty_ses("024-ja-survey-case-closed.eml", L("survey", T2, [], True, "ja"), t24,
          encword(f"Amazon Web Services: ケース {T2} は解決済みになりました", "ISO-2022-JP"),
          leaf(txt24, cs="iso-2022-jp", cte="7bit"), "024")

# 025 T2 user's other AWS case (quota) in Japanese -> unrelated
T2Q_OPEN = dt(2025, 6, 2, 1, 10, 3)
T2Q = case15(T2Q_OPEN, 1187)
t25 = dt(2025, 6, 2, 5, 55, 49)
txt25 = ("田中 様\n\n"
         "AWS サポートの山本です。お問い合わせいただきありがとうございます。\n\n"
         "ご依頼いただきました東京リージョン (ap-northeast-1) における Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) "
         "インスタンスの vCPU 上限緩和につきまして、上限値を 32 から 64 に引き上げました。\n"
         "反映まで最大 30 分程度かかる場合がございます。\n\n"
         "現在の上限値は Service Quotas コンソールからご確認いただけます。\n"
         "https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A\n\n"
         "その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
         "山本 翔太\nAmazon Web Services" + console_footer(T2Q, "ja"))
nifty_ses("025-ja-other-case-ec2-quota.eml", L("unrelated", T2Q, [], True, "ja"), t25,
          encword(f"RE:[CASE {T2Q}] 上限緩和リクエスト: EC2 vCPU (ap-northeast-1)", "UTF-8"),
          leaf(txt25, cte="b64"), "025")

# =========================================================== T5 (Rafael, Brazilian-Portuguese agent)
R_TO = "rafael.oliveira.dev@gmail.com"
T5_OPEN = dt(2024, 7, 8, 12, 20, 5)
T5 = case15(T5_OPEN, 155)
R_A, R_B = "AWS07712345", "AWS03318870"
T5_SUBJ = f"RE:[CASE {T5}] [AWS Training and Certification Form Submission] - account-assistance"
t26 = T5_OPEN + timedelta(seconds=33)
html26 = ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
          '<title>AWS Training and Certification</title></head><body style="margin:0;padding:0;background:#f2f3f3">'
          '<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">'
          '<table role="presentation" width="640" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">'
          '<tr><td style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>'
          '<tr><td style="padding:24px">'
          '<p>Hello Rafael,</p>'
          f'<p>We received your request. Your case ID is <strong>{T5}</strong>.</p>'
          '<p>Here is a copy of the information you submitted:</p>'
          '<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">'
          '<tr><td><b>Inquiry type</b></td><td>AWS Training and Certification</td></tr>'
          '<tr><td><b>Detail</b></td><td>Account Merge</td></tr>'
          '<tr><td><b>AWS candidate ID</b></td><td>aws07712345</td></tr>'
          '<tr><td><b>Description</b></td><td>Ol\u00e1, I have one account with old company email and other with personal gmail '
          '(AWS 03318870). I want to keep only the gmail one. Obrigado!</td></tr></table>'
          '<p>Our team will respond within 24 hours. You can reply to this message to add more details; please keep the '
          'case ID in the subject. Opening a new case for the same request can delay the response.</p>'
          '<p>Sincerely,<br>AWS Training and Certification</p>'
          '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, '
          'Seattle, WA 98109-5210. This message was sent to rafael.oliveira.dev@gmail.com.</td></tr></table></td></tr></table></body></html>\n')
ses_mail("026-form-ack-html-only-echoes-ids.eml", L("case_created", T5, [R_A, R_B], True),
         to=R_TO, t=t26, frm=FORM,
         subject=f"[CASE {T5}] We received your request - AWS Training and Certification",
         entity=mixed(leaf(html26.replace('<tr><td style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px">',
                                           '<tr><td style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px"><img src="cid:aws-logo@tc" width="40" alt="AWS"> '),
                           "html", cte="b64"),
                      attachment(PNG_1x1, "image", "png", "aws-logo.png", inline=True, cid="aws-logo@tc"), sub="related"),
         seed="026")

t27 = dt(2024, 7, 9, 16, 47, 12)
txt27 = ("Hello Rafael, good afternoon!\n\n"
         "Thank you for contact the AWS Training and Certification.\n\n"
         "Following your solicitation, I verified that exist two accounts of certification in your name:\n\n"
         f"\u2022 {R_A} \u2014 rafael@agencia-example.com.br\n"
         f"\u2022 {R_B} \u2014 {R_TO}\n\n"
         f"Please, confirm to us that you desire to unify the account {R_A} into the account {R_B}, being this last "
         "one the one that will remain active. We remember that after the unification it is not possible to revert the "
         "process.\n\n"
         "We stay waiting your return to give continuity to the attendance.\n\n"
         "Att.,\nJo\u00e3o P.\nAmazon Web Services" + form_footer(T5))
q27 = q_gmail("Mon, Jul 8, 2024 at 9:20 AM", f"Rafael Oliveira <{R_TO}>",
              "Olá, I have one account with old company email and other with personal gmail (AWS 03318870). "
              "I want to keep only the gmail one. Obrigado!")
ses_mail("027-confirm-request-portuguese-speaker.eml", L("merge_confirmation_requested", T5, [R_A, R_B], True),
         to=R_TO, t=t27, frm=FORM, subject=T5_SUBJ,
         entity=alt(leaf(txt27 + "\n\n" + q27, cte="qp"), leaf(to_html(txt27, q27), "html", cte="qp")), seed="027")

t28 = dt(2024, 7, 10, 11, 3, 58)
txt28 = ("Hello Rafael!\n\n"
         "Thank you for the confirmation. I already sent the request for our specialized team, they will realize the "
         "unification in the next 3 to 5 business days. When they finish I return to you in this same case.\n\n"
         "Att.,\nJo\u00e3o P.\nAmazon Web Services" + form_footer(T5))
q28 = q_gmail("Tue, Jul 9, 2024 at 8:15 PM", f"Rafael Oliveira <{R_TO}>",
              "Hi João, yes I confirm. Please proceed.\n\n" + q_gmail("Tue, Jul 9, 2024 at 1:47 PM", f"Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", txt27.split("\n\nWe value")[0]))
ses_mail("028-thanks-confirmation-will-realize-nested-quote.eml", L("support_reply", T5, [], True),
         to=R_TO, t=t28, frm=FORM, subject=T5_SUBJ,
         entity=leaf(txt28 + "\n\n" + q28, cte="qp"), seed="028")

t29 = dt(2024, 7, 16, 19, 12, 30)
txt29 = ("Hello Rafael, good evening.\n\n"
         "Sorry for the delay, we had one instability in the system during the last week.\n\n"
         f"I inform that your accounts were unified with success. The certifications that were in the account {R_A} "
         f"now appear in the account {R_B}, and the old account was desactivated.\n\n"
         "If the badges in Credly do not appear in 48 hours, please respond this e-mail that we verify.\n\n"
         "Att.,\nJo\u00e3o P.\nAmazon Web Services" + form_footer(T5))
ses_mail("029-unified-with-success-8bit.eml", L("merge_completed", T5, [R_A, R_B], True),
         to=R_TO, t=t29, frm=FORM, subject=T5_SUBJ, entity=leaf(txt29, cte="8bit"), seed="029")

# 030 T4: closure that also says merge is done (German speaker)
t30 = dt(2022, 6, 28, 12, 40, 2)
txt30 = ("Hello Mr. Schneider,\n\n"
         "thank you for your answer and sorry for the long waiting time.\n\n"
         f"I am happy to tell you that the merge of your both accounts is done now. All your certifications are now in "
         f"the account {K_B}, the account {K_A} does not exist anymore.\n\n"
         "Because your request is solved with this, I close this case now. If you have questions to this topic, you can "
         "answer on this mail in the next 14 days and the case opens again.\n\n"
         "It would be very nice if you take one minute to rate my support, the link you find below.\n\n"
         "With kind regards\nJ\u00fcrgen H.\nAmazon Web Services\n\n"
         f"Rate this correspondence: https://support.aws.amazon.com/rate?displayId={T4}&c=3")
q30 = q_orig(f"Markus Schneider <{K_TO}>", "Monday, June 20, 2022 5:12 PM", T4_SUBJ,
             f"Hello,\n\nsorry for late answer, I was in holiday. Please keep {K_B} (company mail), login of the other "
             "one is markus.schneider@gmx.de.\n\nBR Markus")
ses_mail("030-closure-that-also-says-merge-done.eml", L("merge_completed", T4, [K_A, K_B], True),
         to=K_TO, t=t30, frm=FORM, subject=T4_SUBJ, client="outlook", ip="54.240.9.101",
         entity=alt(leaf(txt30 + "\n\n" + q30, cte="qp"), leaf(to_html(txt30, q30, qstyle="plain"), "html", cte="qp")),
         seed="030")

# 031 Credly: badges moved after merge (HTML-only, outlook)
t31 = dt(2025, 1, 23, 14, 2, 16)
html31 = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;margin:0">'
          '<table width="100%" role="presentation"><tr><td align="center"><table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
          '<tr><td style="padding:20px"><img src="https://www.credly.com/assets/credly-logo-email.png" alt="Credly" width="96"></td></tr>'
          '<tr><td style="padding:0 24px"><h1 style="font-size:22px">Sofia, your badges are ready</h1>'
          '<p>Amazon Web Services Training and Certification has issued 2 badges to you. These badges were previously '
          'issued to another email address and have now been added to your profile.</p>'
          '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>'
          '<p><a href="https://www.credly.com/earner/earned?source=email_badges_ready&amp;ref=7f3e91c0a2b84d56be10c9f2a4d86e31" '
          'style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badges</a></p>'
          '<p style="font-size:12px;color:#777">Questions? Visit support.credly.com</p></td></tr>'
          '<tr><td style="padding:20px;font-size:11px;color:#999">Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611</td></tr>'
          '</table></td></tr></table></body></html>\n')
credly_mail("031-credly-badges-moved-after-merge-html-only.eml", L("credly_badge_issued", None, [], True),
            to=S_TO, t=t31, frm="Credly <admin@credly.com>", client="outlook",
            subject="Sofia, your badges from Amazon Web Services Training and Certification are ready to accept",
            entity=leaf(html31, "html", cte="qp"), seed="031")

# 032 Credly's own self-service account merge code -> unrelated
t32 = dt(2024, 11, 20, 20, 14, 3)
txt32 = ("Hi Lukas,\n\n"
         "We received a request to merge the Credly account l.novak@student.cvut.cz into your Credly account.\n\n"
         "Your verification code is: 738201\n\n"
         "Enter this code on the merge page, or click the button below to finish:\n"
         "Complete Account Merge: https://www.credly.com/users/merge/confirm?token=f0c39b2a7e6d41858a1c3e9b7d2f6a40\n\n"
         "The code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made.\n\n"
         "The Credly Team")
credly_mail("032-credly-self-service-merge-code.eml", L("unrelated", None, [], True),
            to=N_TO, t=t32, frm="Credly <admin@credly.com>",
            subject="Your Credly account merge verification code",
            entity=alt(leaf(txt32, cs="us-ascii", cte="7bit"), leaf(to_html(txt32), "html", cte="qp")), seed="032")

def quote_sp(text):
    """Thunderbird/mutt style: always '> ' so nested levels read '> >'."""
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_html_quote(frm, sent, to, subject, text):
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>From:</b> {esc(frm)}<br><b>Sent:</b> {esc(sent)}<br><b>To:</b> {esc(to)}<br><b>Subject:</b> {esc(subject)}</font>'
            '<div>&nbsp;</div></div><div>' + "<br>\n".join(esc(l) for l in text.split("\n")) + '</div>')


def yahoo_block(to, t, ip, helo_host, mailfrom, ar_body, seed):
    d = rfcdate((t + timedelta(seconds=2)).astimezone(UTC)).replace("-0000", "+0000")
    return [("X-Apparently-To", f"{to}; {d}"),
            ("Return-Path", f"<{mailfrom}>"),
            ("Received-SPF", f"pass (domain of {mailfrom.split('@')[1]} designates {ip} as permitted sender)"),
            ("Authentication-Results", ar_body),
            ("X-Originating-Ip", f"[{ip}]"),
            ("Received", f"from {ip} (EHLO {helo_host})\n by 10.217.151.{int(h('y'+seed,2,'0123456789'))} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {d}")]


# 033 Credly badge-expiry reminder (unrelated)
t33 = dt(2025, 5, 12, 14, 0, 5)
txt33 = ("Hi Rafael,\n\n"
         "Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires in 30 days, "
         "on June 11, 2025.\n\n"
         "Check with the issuer to learn how to renew it. Once renewed, a new badge will be issued to you.\n\n"
         "View badge: https://www.credly.com/badges/2b7d0e94-15ac-4f3e-8d61-c9a07b3e5f28?source=email_expiration_reminder\n\n"
         "Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611")
credly_mail("033-credly-badge-expires-in-30-days.eml", L("unrelated", None, [], True),
            to=R_TO, t=t33, frm="Credly <admin@credly.com>",
            subject="Your AWS Certified Cloud Practitioner badge expires in 30 days",
            entity=alt(leaf(txt33, cs="us-ascii", cte="7bit"), leaf(to_html(txt33), "html", cte="qp")), seed="033")

# =========================================================== T10 (Elena, Yahoo, 2023, Korean-speaking agent)
E_TO = "elena.popescu@yahoo.com"
T10 = "13261579084"
T10_SUBJ = f"RE:[CASE {T10}] [AWS Training and Certification Form Submission] - account-assistance"
E_A, E_B = "AWS09913357", "AWS11275906"


def yahoo_ses(fname, label, t, subject, entity, seed, frm=FORM):
    ip = "54.240.8.31"
    mf = ses_bounce(t)
    ar = (f"atlas216.free.mail.ne1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n"
          f" dkim=pass header.i=@amazonses.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw;\n"
          f" spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;")
    top = yahoo_block(E_TO, t, ip, "a8-31.smtp-out.amazonses.com", mf, ar, seed)
    ses_mail(fname, label, to=E_TO, t=t, frm=frm, subject=subject, entity=entity, seed=seed, client=top, ip=ip)


t34 = dt(2023, 8, 14, 9, 12, 42)
txt34 = ("Hello Elena,\n\n"
         "This is Seo-yeon from AWS Training and Certification team.\n\n"
         "For proceed the merge of your accounts, below information is additionally needed to us.\n\n"
         "1. The e-mail address which is used to sign in each of accounts (AWS 09913357, AWS 11275906)\n"
         "2. Which account you are wanting to keep as main account after the merge\n"
         "3. The reason why two accounts were created (for example company change, e-mail change, etc.)\n\n"
         "If you provide above information, we will be able to proceed next step quickly.\n\n"
         "Thank you for your understanding in advance.\n\n"
         "Best regards,\nSeo-yeon L.\nAWS Training and Certification" + form_footer(T10))
yahoo_ses("034-asks-login-emails-korean-speaker-yahoo.eml", L("support_reply", T10, [E_A, E_B], True),
          t34, T10_SUBJ, alt(leaf(txt34, cte="qp"), leaf(to_html(txt34), "html", cte="qp")), "034")

# =========================================================== T11 (Omar, Outlook, Arabic-speaking agent)
O_TO = "omar.haddad@falconeng-example.ae"
T11_OPEN = dt(2025, 2, 10, 6, 30, 51)
T11 = case15(T11_OPEN, 2209)
O_A, O_B = "AWS06120573", "AWS13398261"
t35 = dt(2025, 2, 11, 8, 19, 7)
txt35 = ("Dear Omar,\n\n"
         "Greetings from AWS Training & Certification.\n\n"
         f"Kindly be informed that as per your request we will merge the account {O_A} to the account {O_B}. Please "
         f"note that after merging, the account {O_A} will be closed and it can not be recovered anymore, and all of your "
         f"certifications will be appearing under {O_B} only.\n\n"
         "Kindly reply with your approval on the above so we can proceed with the merging from our side.\n\n"
         "Your cooperation is highly appreciated.\n\n"
         "Best Regards,\nMohammed A.\nAWS Training & Certification")
o_form = (f"Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: {O_B}\n"
          "Description: Dear team, I have old account from 2021 (omar.h@oldcompany-example.com) and new one. Please merge "
          "old one to the new. Thanks")
html35 = (to_html(txt35).replace("</body></html>\n", "")
          + outlook_html_quote(f"Omar Haddad <{O_TO}>", "Monday, February 10, 2025 10:30 AM",
                               "aws-cs-trainingcertification-form@amazon.com",
                               "AWS Training and Certification Form Submission - account-assistance", o_form)
          + "</body></html>\n")
ses_mail("035-confirm-request-arabic-speaker-outlook.eml", L("merge_confirmation_requested", T11, [O_A, O_B], True),
         to=O_TO, t=t35, frm=FORM, client="outlook", ip="54.240.9.44",
         subject=f"RE:[CASE {T11}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt35 + form_footer(T11) + "\n\n" + q_orig(f"Omar Haddad <{O_TO}>", "Monday, February 10, 2025 10:30 AM",
                                                                    "AWS Training and Certification Form Submission - account-assistance", o_form),
                         cte="qp"),
                    leaf(html35, "html", cte="qp")), seed="035")

# 036 phishing about the merge asking for password: spoofed amazon.com From, real AR says fail,
#     a forged "pass" AR lower down
t36 = dt(2024, 9, 18, 2, 44, 19)
FAKE36 = "172651123400719"
ip36 = "45.153.231.77"
mf36 = "bounce@mx-relay7.kundenservice-example.top"
ar36 = ar_google([("none", "amazon.com", "")][:0], mf36, ip36,
                 dmarc="dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com", spf="softfail")
ar36 = ar36.replace("mx.google.com;\n", "mx.google.com;\n       dkim=none (no signature);\n", 1) if "dkim=" not in ar36 else ar36
txt36 = ("Hello Karim,\n\n"
         "For to complete the merge of your certification accounts our system need verify your identity. Please reply "
         "to this email with:\n\n"
         "- password of your AWS Certification Account\n"
         "- photo of your passport or ID card (both side)\n"
         "- the 6-digit code you will receive on your phone\n\n"
         f"Without this information the merge will be cancelled and your account AWS08841290 may be suspended after 48 hours.\n\n"
         "Regards,\nAWS Training and Certification\nAmazon Web Services")
hs = gmail_block(KB_TO, t36, ip36, f"from mx-relay7.kundenservice-example.top (mx-relay7.kundenservice-example.top. [{ip36}])", mf36, ar36, "036", arc=False)
hs += [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass; dmarc=pass header.from=amazon.com"),
       ("Received", f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby mx-relay7.kundenservice-example.top (Postfix) with ESMTPSA id 9C1F2A0412\n\tfor <{KB_TO}>; {rfcdate(t36)}"),
       ("From", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>'),
       ("Reply-To", "aws-merge-verification@protonmail-example.com"),
       ("To", KB_TO), ("Subject", f"RE:[CASE {FAKE36}] Account merge - identity verification required"),
       ("Date", rfcdate(t36)), ("Message-ID", f"<{h('m36',20)}@mx-relay7.kundenservice-example.top>"),
       ("X-Mailer", "Microsoft Outlook 16.0")]
build("036-phish-spoofed-amazon-asks-password.eml", L("support_reply", FAKE36, [KB_B], False), hs,
      leaf(txt36, cs="us-ascii", cte="7bit"))

# 037 AWS Builder ID verification code (unrelated, genuine AWS sender)
t37 = dt(2024, 11, 8, 18, 26, 40)
mf37 = ses_bounce(t37)
ar37 = ar_google([("pass", "signin.aws", "ve5gh3pqnvyg4b4tsk2trxvwvkhc3u2z"), ("pass", "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                 mf37, "54.240.8.77", dmarc="dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws")
txt37 = ("Verify your AWS Builder ID email address\n\n"
         "Thanks for starting the AWS Builder ID sign-up process. Use the verification code below to confirm "
         "that this is your email address.\n\n"
         "Verification code: 482913\n\n"
         "This code expires 30 minutes after it was sent.\n\n"
         "If you didn't request this code, you can ignore this message.\n\n"
         "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
ses_mail("037-aws-builder-id-code.eml", L("unrelated", None, [], True),
         to=N_TO, t=t37, frm='"AWS" <no-reply@signin.aws>', frm_domain="signin.aws", ip="54.240.8.77",
         subject="Verify your AWS Builder ID email address",
         client=gmail_block(N_TO, t37, "54.240.8.77", ses_received(t37, "54.240.8.77"), mf37, ar37, "037"),
         entity=alt(leaf(txt37, cte="qp"), leaf(to_html(txt37), "html", cte="qp")), seed="037")

# =========================================================== T6 (Tomasz, 2019, 10 digits, no AR)
T6 = "6288136471"
T6_SUBJ = f"RE:[CASE {T6}] [AWS Training and Certification Form Submission] - account-assistance"
W_A, W_B = "AWS00581342", "AWS01266478"


def noar_ses(fname, label, t, subject, entity, seed, frm=FORM):
    ip = "54.240.8.12"
    hs = noar_top(t, ses_received(t, ip), seed)
    ses_mail(fname, label, to=W_TO, t=t, frm=frm, subject=subject, entity=entity, seed=seed, client=hs, ip=ip)


t38 = dt(2019, 8, 19, 10, 3, 55)
txt38 = ("Hello,\n\n"
         "Thank you for contacting AWS Training and Certification. We have received your request and a case has been opened.\n\n"
         f"Case ID: {T6}\n\n"
         "We will respond within 1-2 business days. Please reply to this email if you have additional information. "
         "Do not change the subject line.\n\n"
         "Regards,\nAWS Training and Certification")
noar_ses("038-form-ack-2019-10digit-no-ar.eml", L("case_created", T6, [], None), t38,
         f"[CASE {T6}] [AWS Training and Certification Form Submission] - account-assistance",
         leaf(txt38, cs="us-ascii", cte="7bit"), "038")

t39 = dt(2019, 8, 20, 14, 37, 12)
txt39 = ("Hi Tomasz,\n\n"
         f"I have looked into your accounts and I see you have 2 of them in the system: {W_A} (tomasz.wisniewski@gmail.com) and "
         f"{W_B} ({W_TO}). I can merge them for you. The account {W_A} will be merged to {W_B} and this one will be "
         "your primary account afterwards.\n\n"
         "Can you confirm it is OK for you? Please have in mind the merge is irreversible, after it is done we can not "
         "split the accounts back.\n\n"
         "Regards,\nAgnieszka W.\nAWS Training and Certification")
noar_ses("039-confirm-request-polish-speaker-no-ar.eml", L("merge_confirmation_requested", T6, [W_A, W_B], None), t39,
         T6_SUBJ, leaf(txt39, cs="us-ascii", cte="7bit"), "039")

t40 = dt(2019, 8, 23, 9, 2, 40)
txt40 = ("Hi Tomasz,\n\n"
         f"Merge is done already, I have checked and all is fine. You can log in now to {W_B} and you will see there "
         "both of your certifications. The old account is closed.\n\n"
         "Regards,\nAgnieszka W.\nAWS Training and Certification")
q40 = (f"On 21.08.2019 08:55, Tomasz Wiśniewski wrote:\n"
       + quote_sp("Yes, it is OK. Please merge.\n\nTomasz\n\nOn 20.08.2019 16:37, Amazon Web Services wrote:\n"
                  + quote_sp(txt39)))
noar_ses("040-merge-done-already-no-ar-nested-quote.eml", L("merge_completed", T6, [W_B], None), t40,
         T6_SUBJ, leaf(txt40 + "\n\n" + q40, cs="utf-8", cte="qp"), "040")

# =========================================================== T12 (Chloe, Gmail, Vietnamese agent)
C_TO = "chloe.tan.sg@gmail.com"
T12_OPEN = dt(2025, 4, 2, 3, 15, 8)
T12 = case15(T12_OPEN, 3340)
t41 = dt(2025, 4, 3, 8, 22, 51)
txt41 = ("Dear Chloe,\n\n"
         "We are working on your case. Because the merge request need to be checked by other team, the result will be "
         "have in 2-3 working days. We apologize for the inconvenient and thank you for your patient.\n\n"
         "Please do not reply this email or open new case, we will update to you soon.\n\n"
         "Best regards,\nLan N.\nAWS Training and Certification" + form_footer(T12))
ses_mail("041-working-on-it-vietnamese-speaker.eml", L("support_reply", T12, [], True),
         to=C_TO, t=t41, frm=FORM,
         subject=f"RE:[CASE {T12}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt41, cte="b64"), leaf(to_html(txt41), "html", cte="b64")), seed="041")

# 042 T10 auto-closure, non-native -> survey
t42 = dt(2023, 8, 22, 9, 30, 0)
txt42 = ("Hello Elena,\n\n"
         f"Because we have not received your response for 7 days, we assume your issue was solved and this case {T10} is "
         "now closed. If you still need help with the merge, you can reply this email during 14 days and case will be "
         "re-opened.\n\n"
         "Please to rate our service, your opinion is much important for us:\n"
         f"Was your issue resolved?  YES  https://support.aws.amazon.com/survey?caseId={T10}&r=1   "
         f"NO  https://support.aws.amazon.com/survey?caseId={T10}&r=0\n\n"
         "Best regards,\nSeo-yeon L.\nAWS Training and Certification")
yahoo_ses("042-auto-closed-no-response-rate-us.eml", L("survey", T10, [], True), t42,
          T10_SUBJ, leaf(txt42, cte="qp"), "042")

# 043 phishing not about the merge (unrelated)
t43 = dt(2025, 4, 9, 22, 7, 33)
ip43 = "103.124.105.36"
dom43 = "aws-certificatlon.com"
mf43 = f"info@{dom43}"
ar43 = ar_google([("pass", dom43, "default")], mf43, ip43,
                 dmarc=f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom43}")
txt43 = ("Dear AWS Certified Professional,\n\n"
         "We detect unusual activity in your certification profile. Your AWS Certified credentials will revoke in 48 hours "
         "unless you verify your identity and pay the recertification fee of 49 USD.\n\n"
         f"Verify now: https://{dom43}/verify?u=chloe.tan.sg\n\n"
         "AWS Certification Security Team")
hs = gmail_block(C_TO, t43, ip43, f"from mail.{dom43} (mail.{dom43}. [{ip43}])", mf43, ar43, "043")
hs += [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom43}; s=default; h=From:To:Subject:Date;\n\tbh={b64blob('p43',43)}=;\n\tb={b64blob('p43b',76)}"),
       ("From", f'"AWS Certification" <{mf43}>'), ("To", C_TO),
       ("Subject", "Urgent: your AWS Certification will be revoked"),
       ("Date", rfcdate(t43)), ("Message-ID", f"<{h('m43',18)}@{dom43}>")]
build("043-phish-certification-revoked-not-merge.eml", L("unrelated", None, [], False), hs,
      alt(leaf(txt43, cs="us-ascii", cte="7bit"), leaf(to_html(txt43), "html", cte="qp")))

# =========================================================== T13 (Jonas, Outlook, 2023, Turkish-speaking agent)
J_TO = "jonas.berg@nordlys-example.no"
T13 = "12566083917"
J_A, J_B = "AWS08034719", "AWS12470033"
t44 = dt(2023, 3, 7, 11, 58, 30)
txt44 = ("Hello Jonas,\n\n"
         "Your two accounts we have found in the system:\n"
         f"- {J_A} (jonas.berg@hotmail.com), created 2020\n"
         f"- {J_B} ({J_TO}), created 2023\n\n"
         f"As you wrote in your request, the older one will be merged into the newer one, so {J_B} is going to stay and "
         f"{J_A} is going to be closed. All exams and certificates are moving to {J_B}.\n\n"
         "Please confirm us this is correct so we can start the process. After the merge is done, it is not possible to "
         "take it back.\n\n"
         "Kind regards,\nAy\u015fe K.\nAWS Training and Certification" + form_footer(T13))
q44 = q_orig(f"Jonas Berg <{J_TO}>", "6. mars 2023 14:02",
             "AWS Training and Certification Form Submission - account-assistance",
             "Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: AWS-12470033\n"
             "Description: I have an old account AWS-08034719 on my hotmail. Please move everything to my new account.")
ses_mail("044-confirm-request-turkish-speaker-word-order.eml", L("merge_confirmation_requested", T13, [J_A, J_B], True),
         to=J_TO, t=t44, frm=FORM, client="outlook", ip="54.240.9.15",
         subject=f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt44 + "\n\n" + q44, cte="qp"), leaf(to_html(txt44, q44, qstyle="plain"), "html", cte="qp")),
         seed="044")

# 045 T1: follow-up about the exam voucher (a question other than the merge)
t45 = dt(2025, 3, 18, 7, 11, 2)
txt45 = ("Dear Priya,\n\n"
         "Greetings from AWS Training and Certification!\n\n"
         "Regarding your query on the 50% exam discount voucher, kindly note that the benefit is available under the "
         "Benefits tab of your AWS Certification Account and it can be used only one time, within 12 months from the date "
         "of your certification. In case it is not showing there, kindly clear the browser cache and check once again, "
         "sometimes it takes 24 hours to reflect.\n\n"
         "Also request you to kindly share a screenshot of Benefits page if issue persists, so that we can check further.\n\n"
         "Thanks & Regards,\nRahul S.\nAWS Training and Certification\nAmazon Web Services" + form_footer(T1))
q45 = q_gmail("Mon, Mar 17, 2025 at 6:40 PM", f"Priya Raman <{P_TO}>",
              "Hi,\n\nThanks, the merge looks fine and I see both certifications now. But I can not find my 50% discount "
              "voucher which I had in old account. Where can I see it?\n\nPriya")
ses_mail("045-voucher-question-not-about-merge.eml", L("support_reply", T1, [], True),
         to=P_TO, t=t45, frm=FORM, subject=T1_SUBJ,
         entity=alt(leaf(txt45 + "\n\n" + q45, cte="qp"), leaf(to_html(txt45, q45), "html", cte="qp")), seed="045")

# 046 Credly in Japanese, received at nifty
t46 = dt(2025, 5, 30, 9, 40, 12)
txt46 = ("田中 美咲 様\n\n"
         "Amazon Web Services Training and Certification からバッジが発行されました。\n\n"
         "AWS Certified Solutions Architect – Associate\n\n"
         "バッジを受け取って、あなたの実績をネットワークで共有しましょう。\n\n"
         "バッジを受け取る: https://www.credly.com/badges/5e0c7a21-93bd-4f62-a8e4-1d7c6b9f0a34?source=email_notifications&locale=ja\n\n"
         "ご不明な点は support.credly.com をご覧ください。\n"
         "Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611")
mf46 = "bounces+2318840-ab12-misaki.tanaka=nifty.com@em4512.credly.com"
ar46 = (f"mx.nifty.com; spf=pass smtp.mailfrom=em4512.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1;\n"
        f"\tdkim=pass header.d=sendgrid.info header.s=smtpapi;\n\tdmarc=pass header.from=credly.com")
top46 = jp_block("nifty", M_TO, t46, "167.89.12.90", "from o1.email.credly.com (o1.email.credly.com [167.89.12.90])", mf46, ar46, "046")
credly_mail("046-ja-credly-badge-issued.eml", L("credly_badge_issued", None, [], True, "ja"),
            to=M_TO, t=t46, frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
            subject=encword("Amazon Web Services Training and Certification から新しいバッジが届きました", "UTF-8", "Q"),
            client=top46, entity=alt(leaf(txt46, cte="qp"), leaf(to_html(txt46), "html", cte="qp")), seed="046")

# 047 form ack 2021, 11 digits, regional template wording (Outlook)
A_TO = "arjun.mehta@infra-example.in"
T15 = "90381726405"
t47 = dt(2021, 10, 4, 6, 41, 19)
txt47 = ("Dear Customer,\n\n"
         "Thank you for reach out to AWS Training and Certification. This email is to acknowledge that your request has been "
         f"received and a case number {T15} has been assigned to it.\n\n"
         "Our team will get back to you within 24 hours (business days). Kindly do not raise a new case for the same "
         "request as it will create duplicate and delay in resolution.\n\n"
         "Regards,\nAWS T&C Support Team\n\n"
         f"To respond to this case, reply to this email. Do not change the subject line [CASE {T15}].")
ses_mail("047-form-ack-2021-regional-wording.eml", L("case_created", T15, [], True),
         to=A_TO, t=t47, frm=FORM, client="outlook", ip="54.240.9.66",
         subject=f"[CASE {T15}] Case received - AWS Training and Certification Form Submission",
         entity=alt(leaf(txt47, cte="7bit"), leaf(to_html(txt47), "html", cte="qp")), seed="047")

# 048 T8 completion (Chinese speaker), source id only in quoted history
t48 = dt(2024, 11, 8, 3, 27, 44)
txt48 = ("Dear Lukas,\n\n"
         "The merge is done for your two accounts already. Please login with AWS-12087764 and check the certifications are "
         "display correct. Your Credly badges will also move, maybe need 1-2 days.\n\n"
         "If any question, please feel free reply this email.\n\n"
         "Best Regards,\nWei Z.\nAmazon Web Services" + form_footer(T8))
q48 = q_gmail("Tue, Nov 5, 2024 at 10:02 AM", f"Lukas Novak <{N_TO}>",
              "confirm\n\nLukas\n\n" + q_gmail("Tue, 5 Nov 2024 at 03:14, Amazon Web Services", "<aws-cs-trainingcertification-form@amazon.com>",
                                                "Source account (will be merged and closed): AWS-05519033, email: l.novak@student.cvut.cz\n"
                                                "Target account (will keep): AWS-12087764, email: lukas.novak92@gmail.com"))
ses_mail("048-merge-done-already-chinese-speaker.eml", L("merge_completed", T8, [N_B], True),
         to=N_TO, t=t48, frm=FORM,
         subject=f"RE: [CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt48 + "\n\n" + q48, cte="b64"), leaf(to_html(txt48, q48), "html", cte="b64")), seed="048")

# 049 T3 console "new correspondence added" notice
t49 = dt(2025, 1, 21, 9, 14, 25)
txt49 = ("Hello,\n\n"
         f"A new correspondence has been added to your AWS Support case {T3}.\n\n"
         f"Case ID: {T3}\nSubject: Merge two AWS Certification accounts\n\n"
         "To view the correspondence and reply, sign in to the AWS Support Center:\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={T3}%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
         "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.")
ses_mail("049-console-new-correspondence-notice.eml", L("support_reply", T3, [], True),
         to=S_TO, t=t49, frm=CONSOLE, client="outlook",
         subject=f"[Case {T3}] New correspondence added", entity=leaf(txt49, cte="7bit"), seed="049")

# 050 AWS billing case about "merging" AWS accounts (Organizations) -> unrelated
T16_OPEN = dt(2025, 3, 3, 13, 2, 9)
T16 = case15(T16_OPEN, 514)
t50 = dt(2025, 3, 4, 7, 50, 37)
txt50 = ("Hello Omar,\n\n"
         "Thank you for contacting AWS Billing and Accounts support. My name is Youssef and I will be assisting you today.\n\n"
         "I understand that you would like to merge your two AWS accounts (4821-7730-1952 and 6604-3318-2271) so that you "
         "receive only one invoice every month. Please be informed that it is not possible to merge two AWS accounts into "
         "one, however you can achieve the same result with the consolidated billing feature of AWS Organizations: you invite "
         "the second account into the organization of the first one, and from then you will receive a single bill.\n\n"
         "Please find the steps here:\nhttps://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html\n\n"
         "Kindly note your AWS Certification account is not related to your AWS billing accounts and it will not be affected.\n\n"
         "Best regards,\nYoussef M.\nAmazon Web Services" + console_footer(T16))
ses_mail("050-billing-case-merge-aws-accounts-lookalike.eml", L("unrelated", T16, [], True),
         to=O_TO, t=t50, frm=CONSOLE, client="outlook", ip="54.240.9.44",
         subject=f"RE:[CASE {T16}] Merge two AWS accounts into one bill",
         entity=alt(leaf(txt50, cte="qp"), leaf(to_html(txt50), "html", cte="qp")), seed="050")

# 051 T12 rating request, HTML-only
t51 = dt(2025, 4, 7, 10, 5, 0)
html51 = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fafafa">'
          '<table width="600" align="center" style="background:#fff;border:1px solid #eaeded"><tr><td style="padding:24px">'
          f'<h2 style="margin-top:0">How did we do?</h2><p>Hi Chloe,</p><p>Your case <b>{T12}</b> was closed. We would love to know '
          'about your experience with AWS Training and Certification support.</p>'
          '<p>Please rate your experience:</p><p style="font-size:28px">'
          + "".join(f'<a href="https://support.aws.amazon.com/csat?displayId={T12}&amp;score={i}" style="text-decoration:none;color:#ff9900">&#9733;</a>' for i in range(1, 6)) +
          '</p><p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied</p>'
          '<p>Thank you,<br>AWS Training and Certification</p></td></tr></table></body></html>\n')
ses_mail("051-rate-your-experience-html-only.eml", L("survey", T12, [], True),
         to=C_TO, t=t51, frm=FORM, subject=f"How did we do? Rate your experience with case {T12}",
         entity=leaf(html51, "html", cte="qp"), seed="051")

# 052 T12 confirmation request (Malay/Indonesian speaker), ids with a space
C_A, C_B = "AWS10558214", "AWS13009657"
t52 = dt(2025, 4, 5, 2, 48, 9)
txt52 = ("Hi Chloe,\n\n"
         "Thank you for your patience. Per our checking, your account AWS 10558214 (registered with "
         "chloe.tan@ntu-example.edu.sg) and AWS 13009657 (registered with chloe.tan.sg@gmail.com) are both belong to you. "
         "We will merge the old into the new one, and the new one will be remain as your main account.\n\n"
         "Please reply \"Yes, I confirm\" to proceed. Please be noted merge cannot be revert once done.\n\n"
         "Thank you.\nSiti N.\nAWS Training and Certification" + form_footer(T12))
q52 = q_orig(f"Chloe Tan <{C_TO}>", "Wednesday, April 2, 2025 11:15 AM",
             "AWS Training and Certification Form Submission - account-assistance",
             "Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: AWS13009657\n"
             "Description: I have one more account from my uni email. Please combine into this one.")
ses_mail("052-confirm-request-malay-speaker.eml", L("merge_confirmation_requested", T12, [C_A, C_B], True),
         to=C_TO, t=t52, frm=FORM,
         subject=f"RE:[CASE {T12}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt52 + "\n\n" + q52, cte="qp"), leaf(to_html(txt52, q52, qstyle="plain"), "html", cte="qp")),
         seed="052")

# 053 ja support_reply asking for info, Shift_JIS, ids only in Japanese-style quoted history
D_TO = "d.suzuki@biglobe.ne.jp"
T7 = "14027719385"
t53 = dt(2023, 11, 15, 4, 20, 33)
txt53 = ("鈴木 大輔 様\n\n"
         "AWS トレーニングと認定 サポートの高橋でございます。\n"
         "お問い合わせいただき、誠にありがとうございます。\n\n"
         "アカウントの統合を進めるにあたり、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。\n\n"
         "1. 各アカウントのサインインに使用されているメールアドレス\n"
         "2. 統合後に存続させたいアカウントの認定候補者 ID\n"
         "3. 各アカウントに登録されている氏名(ローマ字表記)\n\n"
         "いただいた情報をもとに確認を行い、改めて統合内容のご確認をお願いするご連絡をいたします。\n\n"
         "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
         "高橋 由美\nAWS トレーニングと認定\nAmazon Web Services")
q53 = q_ja("2023年11月14日(火) 21:47", "鈴木 大輔", D_TO,
           "お世話になっております。\n認定アカウントが2つあります。AWS04471920 と AWS12208845 を統合してください。\nよろしくお願いします。")
mf53 = ses_bounce(t53)
ar53 = (f"mx.biglobe.ne.jp; spf=pass smtp.mailfrom={mf53.split('@')[1]};\n"
        f"\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b={b64blob('bg53',8)}")
top53 = jp_block("biglobe", D_TO, t53, "54.240.27.61", ses_received(t53, "54.240.27.61"), mf53, ar53, "053")
ses_mail("053-ja-asks-info-sjis-ja-quote-header.eml", L("support_reply", T7, [], True, "ja"),
         to=D_TO, t=t53, frm=FORM, client=top53, ip="54.240.27.61",
         subject=encword(f"RE:[CASE {T7}] 認定アカウントの統合について", "Shift_JIS"),
         entity=leaf(txt53 + "\n\n" + q53, cs="shift_jis", cte="b64"), seed="053")

# 054 phishing "merge completed" from look-alike (compauth fail)
t54 = dt(2023, 3, 10, 17, 20, 45)
dom54 = "amazon-trainlng.com"
ip54 = "194.87.216.140"
txt54 = ("Dear customer,\n\n"
         "Your accounts merge has been completed successfully. Your primary certification account is AWS12470033.\n\n"
         "To keep the merged certifications active, you must login and verify your profile within 72 hours, otherwise "
         "the merged account will be locked for security reason.\n\n"
         f"Verify merged account: https://{dom54}/certification/verify?acc=AWS12470033\n\n"
         "Sincerely,\nAWS Certification Team")
ar54 = ar_outlook(dom54, ip54, dkim="none", dkim_d="none", dmarc="none", hfrom=dom54, compauth="fail reason=451").replace(
    "dkim=none (signature was verified)", "dkim=none (message not signed)")
hs = outlook_block(J_TO, t54, ip54, f"vps{h('v54',5,'0123456789')}.hosted-example.ru", dom54, ar54, "054")
hs += [("From", f'"AWS Certification" <no-reply@{dom54}>'), ("To", J_TO),
       ("Subject", "Your AWS Certification accounts merge is completed"),
       ("Date", rfcdate(t54)), ("Message-ID", f"<{h('m54',26)}@{dom54}>")]
build("054-phish-lookalike-merge-completed.eml", L("merge_completed", None, [J_B], False), hs,
      alt(leaf(txt54, cs="us-ascii", cte="7bit"), leaf(to_html(txt54), "html", cte="b64")))

# 055 AWS Training newsletter (genuine amazon.com, unrelated) with "merged" wording
t55 = dt(2025, 2, 18, 16, 30, 0)
txt55 = ("AWS Training and Certification | February update\n\n"
         "Hi Sofia,\n\n"
         "We merged Exam Prep plans and the Standard Exam Prep course into one Skill Builder subscription, so you can find "
         "all official practice exams in one place.\n\n"
         "New this month:\n- AWS Certified AI Practitioner: free exam prep course\n- 3 new Builder Labs for Amazon Bedrock\n"
         "- Webinar: Preparing for the SAP-C02 exam\n\n"
         "Explore: https://skillbuilder.aws/?trk=email_feb25\n\n"
         "You are receiving this email because you subscribed to AWS Training and Certification updates.\n"
         "Unsubscribe: https://pages.awscloud.com/communication-preferences.html\n"
         "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210")
ses_mail("055-aws-training-newsletter-merged-plans.eml", L("unrelated", None, [], True),
         to=S_TO, t=t55, frm='"AWS Training and Certification" <aws-training-info@amazon.com>', client="outlook",
         subject=encword("What\u2019s new in AWS Training \u2013 February: one subscription for all exam prep", "UTF-8", "Q"),
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
         entity=alt(leaf(txt55, cte="qp"), leaf(to_html(txt55), "html", cte="qp")), seed="055")

# 056 T11: duplicate case notice + waiting for approval (support_reply)
T11D = case15(dt(2025, 2, 12, 5, 1, 40), 2350)
t56 = dt(2025, 2, 12, 9, 33, 18)
txt56 = ("Dear Omar,\n\n"
         f"Kindly note that we have noticed you have opened another case with number {T11D} for the same request of merging "
         f"your accounts. To avoid any confusion, we will close the new case and continue assisting you on this case {T11} only.\n\n"
         "We are still waiting for your approval on our previous email to proceed. Kindly reply on this email only.\n\n"
         "Best Regards,\nMohammed A.\nAWS Training & Certification" + form_footer(T11))
ses_mail("056-duplicate-case-continue-here.eml", L("support_reply", T11, [], True),
         to=O_TO, t=t56, frm=FORM, client="outlook", ip="54.240.9.44",
         subject=f"RE:[CASE {T11}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt56, cte="qp"), leaf(to_html(txt56), "html", cte="qp")), seed="056")

# 057 Credly reminder to accept badge (badge ready to accept)
t57 = dt(2025, 2, 20, 15, 12, 55)
txt57 = ("Omar, don't forget to accept your badge!\n\n"
         "Amazon Web Services Training and Certification issued you the AWS Certified Solutions Architect \u2013 Associate "
         "badge on February 14, 2025. It is waiting for you to accept it.\n\n"
         "Accept badge: https://www.credly.com/badges/a7d3e2c1-0f94-4b8a-9e6d-52c8f1b07a3e?source=email_badge_reminder\n\n"
         "Credly, Inc. | 600 N. Michigan Ave, Suite 700 | Chicago, IL 60611")
credly_mail("057-credly-reminder-accept-badge.eml", L("credly_badge_issued", None, [], True),
            to=O_TO, t=t57, frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
            client="outlook", subject="Reminder: your badge from Amazon Web Services Training and Certification is ready to accept",
            entity=alt(leaf(txt57, cte="qp"), leaf(to_html(txt57), "html", cte="qp")), seed="057")

# 058 Italian-speaking agent, confirmation request, user at Sakura (JP provider), quoted JP-style header
H_TO = "kobayashi@kobayashi-design.jp"
T14_OPEN = dt(2025, 6, 10, 0, 15, 2)
T14 = case15(T14_OPEN, 77)
H_A, H_B = "AWS02774519", "AWS12661080"
t58 = dt(2025, 6, 12, 8, 44, 10)
txt58 = ("Dear Mr. Kobayashi,\n\n"
         "thank you for your patience. After the verifications, we are able to proceed with the unification of the two "
         "profiles. Before to proceed, we kindly ask you to give us your ok on the following:\n\n"
         "- profile AWS 02774519 (h.kobayashi@oldagency-example.co.jp) --> will be deleted\n"
         f"- profile AWS 12661080 ({H_TO}) --> will be kept, with all the certifications\n\n"
         "Once that you will give us the confirmation, the operation will be done within few days. Please consider that it "
         "will not be possible to restore the deleted profile.\n\n"
         "Remaining at disposal for any doubt,\nBest regards\nLuca B.\nAWS Training and Certification" + form_footer(T14))
q58 = q_orig(f"Hiroshi Kobayashi <{H_TO}>", "Wednesday, June 11, 2025 9:15 AM",
             f"Re: RE:[CASE {T14}] [AWS Training and Certification Form Submission] - account-assistance",
             "Hello, the old one is AWS02774519 and login mail is h.kobayashi@oldagency-example.co.jp. Please keep new one.\n\n"
             + q_ja("2025年6月10日(火) 18:02", "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                    "Dear Mr. Kobayashi,\n\nfor verify the ownership, can you please tell us the login e-mail of the old profile?\n\nLuca B."))
mf58 = ses_bounce(t58)
ar58 = (f"www3215.sakura.ne.jp;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.a=rsa-sha256 "
        f"header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={b64blob('sk58',8)};\n"
        f"\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com;\n"
        f"\tspf=pass (www3215.sakura.ne.jp: domain of {mf58} designates 54.240.8.90 as permitted sender) smtp.mailfrom={mf58};\n"
        f"\tdmarc=pass (policy=quarantine) header.from=amazon.com")
top58 = jp_block("sakura", H_TO, t58, "54.240.8.90", ses_received(t58, "54.240.8.90"), mf58, ar58, "058")
ses_mail("058-confirm-request-italian-speaker-sakura.eml", L("merge_confirmation_requested", T14, [H_A, H_B], True),
         to=H_TO, t=t58, frm=FORM, client=top58, ip="54.240.8.90",
         subject=f"RE:[CASE {T14}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt58 + "\n\n" + q58, cte="qp"), leaf(to_html(txt58, q58, qstyle="plain"), "html", cte="qp")),
         seed="058")

# 059 T10: new console case after the first one was auto-closed (two case ids in text)
T10N = "13318805261"
t59 = dt(2023, 9, 1, 12, 4, 17)
txt59 = (f"Thank you for contacting Amazon Web Services. We have opened case {T10N} to address your issue.\n\n"
         "The details of your case are as follows:\n\n"
         f"Case ID: {T10N}\nSubject: Certification account merge (previous case closed)\nSeverity: General guidance\n"
         f"Correspondence: Hello, my previous case {T10} was closed because I did not see your email, sorry. I still need to "
         "merge my accounts aws09913357 and AWS 11275906. I want to keep AWS 11275906. Login emails: e.popescu@firma-example.ro "
         "and elena.popescu@yahoo.com. I made new account when I changed job.\n\n"
         "You can view and reply to your case in the AWS Support Center:\n"
         f"https://console.aws.amazon.com/support/home#/case/?displayId={T10N}%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
         "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.")
yahoo_ses("059-new-case-after-auto-close-two-case-ids.eml", L("case_created", T10N, [E_A, E_B], True), t59,
          f"Amazon Web Services: You have opened a new Support case: {T10N}", leaf(txt59, cte="qp"), "059", frm=CONSOLE)

# 060 T11: Credly badges still on old Credly account -> escalated (Thai speaker)
t60 = dt(2025, 2, 25, 4, 10, 2)
txt60 = ("Dear Omar,\n\n"
         "Thank you for your reply.\n\n"
         "Regarding to your badges that still show in the old Credly account, we has raised the ticket to Credly team to move "
         "them into your current Credly profile. They will contact to you directly by email within 5-7 business days. Please "
         "kindly check also your spam folder.\n\n"
         "If you did not receive any email after that, please reply us in this case.\n\n"
         "Best regards,\nSomchai P.\nAWS Training & Certification" + form_footer(T11))
q60 = q_outlook(f"Omar Haddad <{O_TO}>", "Monday, February 24, 2025 6:02 PM",
                "aws-cs-trainingcertification-form@amazon.com",
                f"RE:[CASE {T11}] [AWS Training and Certification Form Submission] - account-assistance",
                f"Hello, thank you. I can see all certifications in {O_B} now but my Credly badges are still in my old Credly "
                "account (omar.h@oldcompany-example.com). Can you move them?")
ses_mail("060-credly-escalation-thai-speaker.eml", L("support_reply", T11, [], True),
         to=O_TO, t=t60, frm=FORM, client="outlook", ip="54.240.9.44",
         subject=f"RE:[CASE {T11}] [AWS Training and Certification Form Submission] - account-assistance",
         entity=alt(leaf(txt60 + "\n\n" + q60, cte="qp"), leaf(to_html(txt60, q60, qstyle="plain"), "html", cte="qp")),
         seed="060")

# @@END_MAILS@@


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, raw, label in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fp:
            fp.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, indent=1, ensure_ascii=False, sort_keys=True)
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()
