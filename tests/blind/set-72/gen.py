#!/usr/bin/env python3
"""Generate the blind set-72: realistic .eml files about AWS Certification account merges.

Run:  python3 make_set.py      (writes NNN-slug.eml files and labels.json next to this script)
"""
import base64
import calendar
import json
import os
import quopri
import random
import re
import time
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(72)
POL = policy.compat32.clone(max_line_length=0)

# --------------------------------------------------------------------------- helpers

def ts(s):
    return calendar.timegm(time.strptime(s, "%Y-%m-%d %H:%M:%S"))


def case15(opened, suffix):
    return f"{ts(opened)}{suffix:05d}"


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def rfc(d, tzh=0):
    return format_datetime(d.astimezone(timezone(timedelta(hours=tzh))))


def us_dst(d):
    """True when US daylight saving time is in effect (2025/2026 rules)."""
    y = d.year
    mar = datetime(y, 3, 8, 10, tzinfo=timezone.utc)
    while mar.weekday() != 6:
        mar += timedelta(days=1)
    nov = datetime(y, 11, 1, 9, tzinfo=timezone.utc)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    return mar <= d < nov


def pac(d):
    return rfc(d, -7 if us_dst(d) else -8)


def east(d):
    return rfc(d, -4 if us_dst(d) else -5)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ralnum(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def ses_msgid(d):
    ms = int(d.timestamp() * 1000) + R.randint(0, 900)
    return f"<0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@email.amazonses.com>"


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000) + R.randint(0, 900)
    return f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@amazonses.com"


def gmail_msgid():
    return f"<CA{ralnum(2)}{ralnum(40)}@mail.gmail.com>"


def ew(text, charset="utf-8", codec=None, chunk=10):
    """RFC 2047 B-encoded words, split over folded lines; each word self-contained."""
    codec = codec or charset
    words = []
    for i in range(0, len(text), chunk):
        seg = text[i:i + chunk]
        words.append(f"=?{charset}?B?{base64.b64encode(seg.encode(codec)).decode()}?=")
    return "\n ".join(words)


def ewq(text, charset="utf-8"):
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, label=None,
         extra_ct=""):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{label or charset}"{extra_ct}'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")  # 7bit: must be pure ASCII (ISO-2022-JP is)
    m.set_payload(payload)
    return m


def alt(*parts, kind="alternative"):
    m = MIMEMultipart(kind, boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}")
    for p in parts:
        m.attach(p)
    return m


def dkim(d, sel, dt, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; t={int(dt.timestamp())};\n"
            f"\th={hlist};\n\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(74)}==")


# --------------------------------------------------------------------------- senders

SES_IPS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"), ("a8-55.smtp-out.amazonses.com", "54.240.8.55"),
           ("a11-79.smtp-out.amazonses.com", "54.240.11.79"), ("a48-110.smtp-out.amazonses.com", "54.240.48.110"),
           ("a9-27.smtp-out.amazonses.com", "54.240.9.27"), ("a27-5.smtp-out.us-west-2.amazonses.com", "54.240.27.5")]


def aws_env(d):
    host, ip = R.choice(SES_IPS)
    return dict(host=host, ip=ip, mailfrom=ses_mailfrom(d), spf_domain="amazonses.com",
                from_domain="amazon.com",
                dkim=[("amazon.com", "rjs47r5klhzsh4mpw2r5fwyevxbmldbd"),
                      ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                dmarc="pass", dmarc_policy="QUARANTINE", spf="pass", dkim_res="pass")


def credly_env(d):
    ip = f"167.89.{R.randint(100, 120)}.{R.randint(2, 250)}"
    return dict(host=f"o{R.randint(1, 9)}.email.credly.com", ip=ip,
                mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-user=example.com@em7415.credly.com",
                spf_domain="em7415.credly.com", from_domain="credly.com",
                dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
                dmarc="pass", dmarc_policy="REJECT", spf="pass", dkim_res="pass")


def other_env(from_domain, host, ip, mailfrom, dkim_d, dmarc="pass", pol="NONE", spf="pass", dkim_res="pass"):
    return dict(host=host, ip=ip, mailfrom=mailfrom, spf_domain=mailfrom.split("@")[1], from_domain=from_domain,
                dkim=dkim_d, dmarc=dmarc, dmarc_policy=pol, spf=spf, dkim_res=dkim_res)


# --------------------------------------------------------------------------- receiving side

def recv_headers(provider, rcpt, env, d):
    """Trace + Authentication-Results headers as the receiving provider writes them (topmost first)."""
    t1 = d + timedelta(seconds=R.randint(1, 4))
    t2 = t1 + timedelta(seconds=R.randint(0, 2))
    h = []
    spf, dk, dm = env["spf"], env["dkim_res"], env["dmarc"]
    mf = env["mailfrom"]
    first_d = env["dkim"][0][0] if env["dkim"] else "none"
    if provider == "gmail":
        gid = f"{ralnum(2).lower()}{R.randint(10, 99)}-{ralnum(8)}"
        h.append(("Delivered-To", rcpt))
        h.append(("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6).lower()};\n        {pac(t2)}"))
        h.append(("X-Google-Smtp-Source", f"AGHT+I{rb64(70)}"))
        h.append(("X-Received", f"by 2002:a17:{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6).lower()}-{rhex(4)}.{R.randint(10,99)}.{int(t2.timestamp())};\n        {pac(t2)}"))
        h.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t2.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="))
        h.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh=/{rb64(43)}=;\n        b={rb64(70)}\n         {rb64(70)}=="))
        ar_lines = []
        for dd, sel in env["dkim"]:
            ar_lines.append(f"dkim={dk} header.i=@{dd} header.s={sel} header.b={rb64(8)}")
        ar_lines.append(f"spf={spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {env['ip']} as permitted sender) smtp.mailfrom={mf}")
        ar_lines.append(f"dmarc={dm} (p={env['dmarc_policy']} sp={env['dmarc_policy']} dis={'NONE' if dm == 'pass' else env['dmarc_policy']}) header.from={env['from_domain']}")
        h.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ";\n       ".join(ar_lines)))
        h.append(("Return-Path", f"<{mf}>"))
        h.append(("Received", f"from {env['host']} ({env['host']}. [{env['ip']}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t1)}"))
        h.append(("Received-SPF", f"{spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {env['ip']} as permitted sender) client-ip={env['ip']};"))
        h.append(("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(ar_lines)))
    elif provider == "o365":
        fe = f"{R.choice(['TYZPR','SA2PEPF','BN3PEPF','AM4PEPF','DB5PEPF','OS0PR01'])}{R.randint(10000,99999)}{R.choice(['A','C'])}{R.randint(10,99)}"
        h.append(("Received", f"from {R.choice(['PH0PR','CH3PR','TYCPR','OSZPR','AS8PR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,20)}.prod.outlook.com\n (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) by {R.choice(['SJ0PR','TY3PR','OS3PR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,20)}.prod.outlook.com with\n HTTPS; {rfc(t2)}"))
        h.append(("Received", f"from {fe}.namprd05.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {R.choice(['PH0PR','TYCPR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,20)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,30)}; {rfc(t2)}"))
        ar = (f"spf={spf} (sender IP is {env['ip']})\n smtp.mailfrom={env['spf_domain']}; dkim={dk} (signature was verified)\n"
              f" header.d={first_d};dmarc={dm} action={'none' if dm == 'pass' else 'quarantine'}\n header.from={env['from_domain']};compauth={'pass reason=100' if dm == 'pass' else 'fail reason=000'}")
        if env.get("o365_ar"):
            ar = env["o365_ar"]
        h.append(("Authentication-Results", ar))
        h.append(("Received-SPF", f"{spf.capitalize()} (protection.outlook.com: domain of {env['spf_domain']}\n {'designates' if spf == 'pass' else 'does not designate'} {env['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={env['ip']};\n helo={env['host']}; pr=C"))
        h.append(("Received", f"from {env['host']} ({env['ip']}) by\n {fe}.mail.protection.outlook.com (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,30)} via Frontend\n Transport; {rfc(t1)}"))
        h.append(("X-MS-Exchange-Organization-ExpirationStartTime", f"{t1.strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)"))
        h.append(("X-MS-Exchange-Organization-Network-Message-Id", f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"))
        h.append(("X-MS-Exchange-Organization-AuthSource", f"{fe}.namprd05.prod.outlook.com"))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        h.append(("X-MS-Exchange-Organization-SCL", "1" if dm == "pass" else "5"))
        h.append(("X-Forefront-Antispam-Report", f"CIP:{env['ip']};CTRY:US;LANG:{env.get('lang','en')};SCL:{'1' if dm == 'pass' else '5'};SRV:;IPV:NLI;SFV:{'NSPM' if dm == 'pass' else 'SPM'};H:{env['host']};PTR:{env['host']};CAT:{'NONE' if dm == 'pass' else 'SPOOF'};SFS:(13230040)(4022899009)(2066899003)(8096899003);DIR:INB;"))
    elif provider in ("nifty", "ocn", "biglobe", "yahoojp", "posteo", "fastmail", "icloud"):
        info = {
            "nifty": ("mta-ms01.nifty.com", "mfilter-rcvg{n}.nifty.com"),
            "ocn": ("mfsmax.ocn.ad.jp", "mx.ocn.ne.jp"),
            "biglobe": ("mail.biglobe.ne.jp", "mx.biglobe.ne.jp"),
            "yahoojp": ("mta{n}.mail.yahoo.co.jp", "mx.mail.yahoo.co.jp"),
            "posteo": ("mx04.posteo.de", "mx04.posteo.de"),
            "fastmail": ("mx3.messagingengine.com", "mx3.messagingengine.com"),
            "icloud": ("mx.icloud.com", "dmarc.icloud.com"),
        }[provider]
        by = info[0].format(n=R.randint(1, 9))
        authserv = info[1].format(n=R.randint(1, 9))
        if provider == "fastmail":
            h.append(("Return-Path", f"<{mf}>"))
            h.append(("Received", f"from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti{R.randint(10,60)}t{R.randint(1,9)} (Cyrus 3.13.0-alpha0-{rhex(7)}) with LMTPA;\n\t {east(t2)}"))
            h.append(("X-Cyrus-Session-Id", f"sloti{R.randint(10,60)}t{R.randint(1,9)}-{int(t2.timestamp())}-{R.randint(1000000,9999999)}-2-{R.randint(10**18,10**19)}"))
            h.append(("Authentication-Results", f"mx3.messagingengine.com;\n    dkim={dk} (2048-bit rsa key sha256) header.d={first_d}\n      header.i=@{first_d} header.b={rb64(8)} header.a=rsa-sha256\n      header.s={env['dkim'][0][1] if env['dkim'] else 'none'} x-bits=2048;\n    dmarc={dm} policy.published-domain-policy={env['dmarc_policy'].lower()}\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p={env['dmarc_policy'].lower()},d=none,d.eval=none,s=none,s.eval=none,d.pass=none,d.fail=none)\n      header.from={env['from_domain']};\n    spf={spf} smtp.mailfrom={mf}\n      smtp.helo={env['host']}"))
            h.append(("Received", f"from mx3.messagingengine.com ([10.202.2.202])\n  by compute3.internal (LMTPProxy); {east(t2)}"))
            h.append(("Received", f"from {env['host']} ({env['host']} [{env['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {east(t1)}"))
        elif provider == "icloud":
            h.append(("Received", f"from {R.choice(['p00-icloudmta-asmtp-us-west-1a','p00-icloudmta-asmtp-us-central-1c'])}-100-percent-{R.randint(1,9)} (ms-asmtp-me-k8s.p00.prod.me.com [17.57.{R.randint(150,160)}.{R.randint(1,250)}])\n\t by ms-me-{R.choice(['a','b'])}{R.randint(10,99)}.mail.icloud.com (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(t2)}"))
            h.append(("Authentication-Results", f"dmarc.icloud.com; dmarc={dm} header.from={env['from_domain']}"))
            h.append(("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim={dk} (2048-bit key) header.d={first_d} header.i=@{first_d} header.b={rb64(8)}"))
            h.append(("Authentication-Results", f"spf.icloud.com; spf={spf} (spf.icloud.com: domain of {mf} designates {env['ip']} as permitted sender) smtp.mailfrom={mf}"))
            h.append(("Received-SPF", f"{spf} (spf.icloud.com: domain of {mf} designates {env['ip']} as permitted sender) receiver=spf.icloud.com; client-ip={env['ip']}; helo={env['host']}; envelope-from={mf}"))
            h.append(("Received", f"from {env['host']} ({env['host']} [{env['ip']}])\n\tby mx.icloud.com (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(t1)}"))
        else:
            tz = 9 if provider in ("nifty", "ocn", "biglobe", "yahoojp") else 2
            h.append(("Return-Path", f"<{mf}>"))
            if provider == "yahoojp":
                h.append(("Received", f"from {env['host']} ({env['ip']})\n  by {by} with SMTP; {rfc(t1, tz)}"))
                h.append(("Authentication-Results", f"mta{R.randint(100,999)}.mail.kks.yahoo.co.jp;\n  spf={spf} smtp.mailfrom={env['spf_domain']};\n  dkim={dk} header.d={first_d};\n  dmarc={dm} header.from={env['from_domain']}"))
            elif provider == "posteo":
                h.append(("Received", f"from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot16.posteo.local (Dovecot) with LMTP id {ralnum(22)}\n\tfor <{rcpt}>; {rfc(t2, tz)}"))
                h.append(("Received", f"from proxy02.posteo.de ([127.0.0.1])\n\tby proxy02.posteo.name (Dovecot) with LMTP id {ralnum(22)}\n\t; {rfc(t2, tz)}"))
                h.append(("Authentication-Results", f"posteo.de; dmarc={dm} (p={env['dmarc_policy'].lower()} dis=none) header.from={env['from_domain']}"))
                h.append(("Authentication-Results", f"posteo.de; spf={spf} smtp.mailfrom={mf}"))
                h.append(("Authentication-Results", f"posteo.de;\n\tdkim={dk} (2048-bit key) header.d={first_d} header.i=@{first_d} header.b={rb64(8)};\n\tdkim-atps=neutral"))
                h.append(("Received", f"from mx04.posteo.de (mailin04.posteo.de [127.0.0.1])\n\tby proxy02.posteo.de (Postfix) with ESMTPS id {ralnum(12)}\n\tfor <{rcpt}>; {rfc(t1, tz)}"))
                h.append(("Received", f"from {env['host']} ({env['host']} [{env['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx04.posteo.de (Postfix) with ESMTPS id {ralnum(12)}\n\tfor <{rcpt}>; {rfc(t1, tz)}"))
            else:
                h.append(("Received", f"from {env['host']} ([{env['ip']}])\n          by {by} with ESMTP\n          id <{int(t1.timestamp())}.{R.randint(1000,9999)}.{rhex(6)}@{by}>\n          for <{rcpt}>; {rfc(t1, tz)}"))
                h.append(("Authentication-Results", f"{authserv}; spf={spf} smtp.mailfrom={mf};\n dkim={dk} header.d={first_d} header.s={env['dkim'][0][1] if env['dkim'] else 'none'} header.b={rb64(8)};\n dmarc={dm} header.from={env['from_domain']}"))
                h.append(("X-Received-SPF", f"{spf} (domain of {mf} designates {env['ip']} as permitted sender)"))
    elif provider.startswith("plain:"):
        # a server that adds no Authentication-Results at all
        mx = provider.split(":", 1)[1]
        tz = 9 if mx.endswith(".jp") else 0
        h.append(("Return-Path", f"<{mf}>"))
        h.append(("Received", f"from {mx} (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(t2, tz)}"))
        h.append(("Received", f"from {env['host']} ({env['host']} [{env['ip']}])\n\tby {mx} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(t1, tz)}"))
    else:
        raise ValueError(provider)
    return h


# --------------------------------------------------------------------------- assemble

MAILS = []
ID_RE = re.compile(r"(?i)\baws[\s\-]?(\d{8})\b")


def ids_in(*texts):
    found = set()
    for t in texts:
        t = re.sub(r"<[^>]+>", " ", t)  # html tags
        for m in ID_RE.finditer(t):
            found.add("AWS" + m.group(1))
    return sorted(found)


def mail(slug, kind, lang, case_id, sv, body, *, frm, to, subject, date, provider, env, new,
         tzh=0, msgid=None, sender_extra=(), in_reply_to=None, references=None, dkim_sign=True,
         cc=None, reply_to=None, forged_ar=None, rcpt=None):
    rcpt = rcpt or (re.search(r"<([^>]+)>", to).group(1) if "<" in to else to)
    hdrs = recv_headers(provider, rcpt, env, date) if provider else []
    if forged_ar:
        hdrs.append(("Authentication-Results", forged_ar))
    if dkim_sign:
        for dd, sel in env["dkim"]:
            if dd in ("sendgrid.info",):
                hdrs.append(("DKIM-Signature", dkim(dd, sel, date, "from:subject:x-feedback-id")))
            else:
                hdrs.append(("DKIM-Signature", dkim(dd, sel, date)))
    hdrs.append(("Date", rfc(date, tzh)))
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Message-ID", msgid or ses_msgid(date)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("Subject", subject))
    hdrs.extend(sender_extra)
    saved = [(k, v) for k, v in body.items() if k.lower() in ("content-type", "content-transfer-encoding")]
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in saved:
        body[k] = v
    data = body.as_bytes(policy=POL)
    fname = slug
    if isinstance(new, str):
        new = [new]
    MAILS.append((fname, data, {"kind": kind, "case_id": case_id, "account_ids": ids_in(*new),
                                "sender_verified": sv, "language": lang}))


def ses_extra(d):
    return [("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"),
            ("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-54.240.8.{R.randint(10, 99)}")]


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def sc_link(case, lang="en"):
    return f"https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}"


def survey_link(case):
    return f"https://support.aws.amazon.com/survey?caseId={case}&t={rb64(22).replace('+', '-').replace('/', '_')}"


# =========================================================================== threads / users

U1 = ("Daniel Okafor", "d.okafor.dev@gmail.com", "gmail")
U2 = ("Priya Raman", "priya.raman@lumenoptics.io", "o365")
U3 = ("佐藤 健太", "k-sato@nifty.com", "nifty")
U4 = ("山田 美咲", "misaki.yamada.0412@gmail.com", "gmail")
U5 = ("Marcus Lindqvist", "marcus.lindqvist@outlook.com", "o365")
U6 = ("高橋 優", "yu.takahashi@ocn.ne.jp", "ocn")
U7 = ("Elena Petrova", "elena.petrova.cloud@gmail.com", "gmail")
U8 = ("鈴木 大輔", "d-suzuki@hikari-systems.co.jp", "o365")
U9 = ("Tom Becker", "tbecker@posteo.de", "posteo")
U10 = ("中村 彩", "aya.nakamura@biglobe.ne.jp", "biglobe")
U11 = ("Rahul Mehta", "rahul.mehta.aws@gmail.com", "gmail")
U12 = ("Grace Liu", "grace.liu@icloud.com", "icloud")
U13 = ("伊藤 翔", "s-ito@marunaka-kogyo.co.jp", "plain:mail.marunaka-kogyo.co.jp")
U14 = ("小林 真央", "mao_kobayashi@yahoo.co.jp", "yahoojp")
U15 = ("渡辺 拓也", "takuya.watanabe.dev@gmail.com", "gmail")
U16 = ("Sam Whitaker", "sam.whitaker@fastmail.com", "fastmail")
U17 = ("Olivia Grant", "ogrant@harbourview-consulting.com", "plain:mx1.harbourview-consulting.com")

C1 = case15("2025-03-11 09:14:07", 612)
C2 = case15("2025-06-02 14:40:51", 347)
C2_DUP = case15("2025-06-02 14:45:03", 18)
C3 = "12984470351"
C4 = case15("2025-10-14 01:22:09", 163)
C5 = "4839201756"
C6 = case15("2026-02-03 05:31:44", 215)
C6_BILL = case15("2026-03-02 03:12:55", 904)
C7 = case15("2025-11-04 18:09:30", 951)
C7_FAKE = case15("2025-11-05 02:00:11", 77)
C8 = case15("2025-12-08 00:47:15", 472)
C9 = case15("2026-04-13 07:58:02", 184)
C10 = case15("2025-05-27 14:10:33", 288)
C10_DUP = case15("2025-05-27 14:06:12", 42)
C11 = case15("2025-07-21 12:30:19", 530)
C12 = case15("2025-09-09 00:46:04", 729)
C13 = case15("2026-03-16 02:18:40", 356)
C14 = case15("2025-04-07 11:03:27", 619)
C15 = case15("2026-05-11 04:40:58", 810)
C16 = case15("2025-02-17 16:20:33", 541)
C17 = case15("2025-12-12 20:05:12", 93)

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws(slug, kind, lang, case_id, body, user, subject, d, new, frm=FORM, sv=True, **kw):
    mail(slug, kind, lang, case_id, sv, body, frm=frm, to=user[1], subject=subject, date=d,
         provider=user[2], env=aws_env(d), new=new, sender_extra=ses_extra(d), **kw)


# =========================================================================== merge_completed

# --- T1 Daniel: records moved, old profile retired (QP, Gmail), with feedback footer and quoted thread
d = utc("2025-03-14 02:47:31")
new = """Hello Daniel,

Thank you for your patience while we worked on this.

All certification records, exam history and digital badges that were held under candidate ID AWS02917463 have now been moved to AWS04482931. The AWS02917463 profile has been retired, so please sign in to AWS Certification with the e-mail address associated with AWS04482931 from now on.

Your exam benefits (including the unused 50% discount voucher) now sit on the surviving account. Credly will re-issue your badges to the e-mail address on AWS04482931; this can take up to 5 business days.

If anything looks wrong when you sign in, just reply to this e-mail and keep the case number in the subject line.

Kind regards,
Joaquín R.
AWS Training and Certification Customer Support

We value your feedback. Please take a moment to tell us how we did:
""" + survey_link(C1) + "\n"
quoted = """
On Wed, Mar 12, 2025 at 5:40 PM Daniel Okafor <d.okafor.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Daniel
>
> On Wed, 12 Mar 2025 at 16:03, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hello Daniel,
>>
>> We found the following certification accounts associated with you:
>>
>> Account to keep: AWS04482931 (d.okafor.dev@gmail.com)
>> Account to merge: AWS02917463 (daniel.okafor@kestrelsoft.com)
>>
>> Please be aware that a merge cannot be reversed. Reply to this e-mail to confirm.
"""
aws("re-case-okafor-account-assistance", "merge_completed", "en", C1, part(new + quoted), U1,
    f"RE:[CASE {C1}] {FORM_SUBJ}", d, new)

# --- T2 Priya: HTML-only console reply, "now listed under", no word complete
d = utc("2025-06-05 09:12:44")
new = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>I&#39;ve finished consolidating your two certification profiles. Everything that was on
<b>AWS03318260</b> &mdash; your AWS Certified Cloud Practitioner and AWS Certified Developer &ndash; Associate
certifications, the full exam history and the discount voucher you earned &mdash; is now listed under
<b>AWS05190447</b>. The older ID can no longer be used to sign in.</p>
<p>You don&#39;t need to take any further action. Your transcript on the surviving profile already shows both
certifications; please allow a few days for the Credly badges to follow.</p>
<p>Best regards,<br>Keisha M.<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence:<br>
<a href="{survey_link(C2)}&amp;r=1">&#9733;</a> <a href="{survey_link(C2)}&amp;r=2">&#9733;&#9733;</a>
<a href="{survey_link(C2)}&amp;r=3">&#9733;&#9733;&#9733;</a> <a href="{survey_link(C2)}&amp;r=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="{survey_link(C2)}&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#545b64">To see all correspondence or to reply, go to the
<a href="{sc_link(C2)}">AWS Support Center</a>. Note: This e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
aws("case-raman-merge-certification-accounts", "merge_completed", "en", C2, part(new, "html", cte="quoted-printable"),
    U2, f"RE:[CASE {C2}] Merge certification accounts - personal and work email", d, new, frm=CONSOLE)

# --- T7 Elena: resolution notice that also says the work is done (multipart/alternative, parts differ)
d = utc("2025-11-07 13:55:09")
txt = f"""Hello Elena,

We're resolving case {C7} because the work you asked for has been carried out: AWS06038814 and AWS08812045 have both been consolidated into AWS02759903. Your certifications, exam appointments history and recertification dates are now attached to AWS02759903 only, and the two other IDs have been deactivated.

If something is missing, you can reopen this case within 14 days from the Support Center.

Was your issue resolved? Let us know: {survey_link(C7)}

Best regards,
Tomasz W.
Amazon Web Services

To see the details of your case, go to: {sc_link(C7)}
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Elena,</p>
<p>We&#39;re resolving case {C7} because the work you asked for has been carried out: the profiles
AWS06038814 and AWS08812045 have both been consolidated into <b>AWS02759903</b>. Your certifications and
recertification dates are now attached to AWS02759903 only, and the two other IDs have been deactivated.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse;margin:12px 0">
<tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td style="background:#ff9900"><a style="color:#fff;text-decoration:none" href="{survey_link(C7)}&amp;a=yes">YES</a></td>
<td style="background:#545b64"><a style="color:#fff;text-decoration:none" href="{survey_link(C7)}&amp;a=no">NO</a></td></tr>
</table>
<p>Best regards,<br>Tomasz W.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078"><a href="{sc_link(C7)}">View case {C7}</a></p>
</body></html>
"""
aws("case-petrova-resolved", "merge_completed", "en", C7,
    alt(part(txt), part(html, "html")), U7,
    f"Amazon Web Services: Your Support case {C7} has been resolved", d, [txt, html], frm=CONSOLE)

# --- T9 Tom: completion above a quoted confirmation request (nested > >); old id only in quotes
d = utc("2026-04-16 11:21:50")
new = """Hi Tom,

Good news: your request has been carried out. Everything from your former profile - the AWS Certified Security - Specialty and SysOps Administrator - Associate certifications, the exam history and your benefits - now appears under AWS02230961, which remains your only candidate ID. The former profile can no longer be signed in to.

No further action is needed from you. If your badges do not show up in Credly within a week, reply here and we will ask Credly to move them.

Kind regards,
Aditi
AWS Training and Certification Customer Support
"""
quoted = """
On Tue, 14 Apr 2026 at 21:13, Tom Becker <tbecker@posteo.de> wrote:
> Hello,
>
> yes, the details are correct. Please proceed with the merge.
>
> Tom
>
> On Tue, 14 Apr 2026 at 10:02, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Tom,
> >
> > Before we go ahead, please confirm the following:
> >
> >   Account to be kept:            AWS02230961
> >   Account to be merged into it:  AWS07120348
> >
> > Please note that this action is irreversible. Once merged, AWS07120348
> > cannot be restored. Reply to this e-mail to confirm and we will proceed.
> >
> > Kind regards,
> > Aditi
"""
aws("re-case-becker-form-submission", "merge_completed", "en", C9, part(new + quoted), U9,
    f"RE: [CASE {C9}] {FORM_SUBJ}", d, new, in_reply_to=f"<a8f1c2d4-{rhex(4)}-{rhex(4)}@posteo.de>")

# --- T5 Marcus: terse, "folded into", odd id spellings, Outlook quote block without markers
d = utc("2026-01-20 17:06:12")
new = """Hi Marcus,

Done - aws-02284519 has been folded into AWS 03967102. From now on please use the login for AWS 03967102 only; the other profile has been closed.

Let us know if any of your certifications are missing.

Best regards,
Priyanka S.
Amazon Web Services
"""
quoted = f"""
________________________________
From: Marcus Lindqvist <marcus.lindqvist@outlook.com>
Sent: Monday, January 19, 2026 8:41 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {C5}] Duplicate AWS Certification accounts

Confirmed, please go ahead. Keep AWS03967102 (the one on my outlook.com address).

Marcus
"""
aws("re-case-lindqvist-duplicate-accounts", "merge_completed", "en", C5, part(new + quoted, cte="7bit", charset="us-ascii"), U5,
    f"RE:[CASE {C5}] Duplicate AWS Certification accounts", d, new)

# --- T11 Rahul: merge done + conditional wording about Credly (still completed)
d = utc("2025-07-24 08:33:40")
new = f"""Hello Rahul,

I'm happy to let you know that your two certification profiles are now one. The transcript, active certifications and recertification dates from AWS05873321 have been carried over to AWS01468802, the account you asked us to keep.

What happens next:
  * Credly - once Credly syncs with the updated record (usually 24-72 hours), you'll receive an e-mail inviting you to accept your badges on the Credly account linked to AWS01468802.
  * Benefits - your 50% exam discount and the free practice exam are available from the Benefits page of AWS01468802.
  * Sign-in - please use the e-mail address you registered for AWS01468802. AWS05873321 will no longer accept sign-ins.

Thank you for contacting AWS Training and Certification.

Warm regards,
Nadia K.
AWS Training and Certification Customer Support

How did we do? {survey_link(C11)}
"""
aws("re-case-mehta-account-assistance", "merge_completed", "en", C11, part(new), U11,
    f"RE:[CASE {C11}] {FORM_SUBJ}", d, new)

# --- phishing completion: look-alike domain, DMARC passes for the look-alike (base64 multipart)
d = utc("2025-04-06 03:18:02")
fake_case = case15("2025-04-05 19:40:17", 458)
txt = f"""Dear Candidate,

Your AWS Certification account merge (Case #{fake_case}) has been completed successfully.

To keep access to your certifications, exam vouchers and digital badges, you must re-verify your identity within 48 hours. Accounts that are not verified will be suspended and all certifications will be revoked.

Verify now: https://aws-certification-center.com/merge/verify?ref={ralnum(16)}

AWS Training & Certification Team
"""
html = f"""<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-center.com/static/aws_logo.png" alt="aws" width="80">
<p>Dear Candidate,</p>
<p>Your AWS Certification account merge (Case #{fake_case}) has been <b>completed successfully</b>.</p>
<p>To keep access to your certifications, exam vouchers and digital badges, you must re-verify your identity
within <b>48 hours</b>. Accounts that are not verified will be suspended and all certifications will be revoked.</p>
<p><a href="https://aws-certification-center.com/merge/verify?ref={ralnum(16)}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:3px">Verify now</a></p>
<p>AWS Training &amp; Certification Team</p>
</body></html>
"""
env = other_env("aws-certification-center.com", "mail.aws-certification-center.com", "185.225.69.114",
                "bounce@aws-certification-center.com", [("aws-certification-center.com", "default")])
mail("aws-certification-account-merge-verify", "merge_completed", "en", fake_case, False,
     alt(part(txt, cte="base64"), part(html, "html", cte="base64")),
     frm='"AWS Training & Certification" <support@aws-certification-center.com>', to=U1[1],
     subject="Your AWS Certification account merge is complete - verify within 48 hours", date=d,
     provider="gmail", env=env, new=[txt, html], msgid=f"<{rhex(24)}@aws-certification-center.com>",
     sender_extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

# --- T12 Grace: lower-case ids, "retired the duplicate profile" (iCloud)
d = utc("2025-09-12 20:14:37")
new = f"""Hi Grace,

Quick update on case {C12}: we've retired the duplicate profile (aws-08349017). Its exam history, including the Machine Learning - Specialty result from 2023, is now visible under aws07702216 together with everything you already had there. Your login e-mail stays the same.

If you notice anything out of place on your transcript, reply to this message and we'll look into it.

Thanks,
Jordan
AWS Training and Certification Customer Support
"""
aws("re-case-liu-duplicate-profile", "merge_completed", "en", C12, part(new), U12,
    f"RE:[CASE {C12}] {FORM_SUBJ}", d, new)

# --- T3 佐藤: 統合が完了しました (ISO-2022-JP, nifty)
d = utc("2025-08-21 06:40:12")
new = """佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートでございます。

先日ご確認いただきました内容のとおり、認定アカウント AWS01875532 を AWS06623018 へ統合いたしました。
統合が完了しましたので、ご報告申し上げます。

今後は AWS06623018 にご登録のメールアドレスで AWS Certification アカウントへサインインしてください。
AWS01875532 はご利用いただけなくなっております。

Credly のデジタルバッジにつきましては、数日以内に AWS06623018 のメールアドレス宛てに
再発行のご案内が届く予定です。

その他ご不明な点がございましたら、本メールにご返信ください。

どうぞよろしくお願いいたします。

Amazon Web Services
トレーニングと認定 カスタマーサポート
小野寺
"""
aws("re-case-sato-account-assistance", "merge_completed", "ja", C3,
    part(new, charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"), U3,
    f"RE:[CASE {C3}] {FORM_SUBJ}", d, new)

# --- T6 高橋: 移行いたしました (Shift_JIS base64, ocn), subject in Shift_JIS encoded words
d = utc("2026-02-06 02:15:48")
new = f"""高橋 優 様

Amazon Web Services をご利用いただきありがとうございます。
担当の森でございます。

ご依頼いただきました件につきまして、旧アカウント（AWS05502871）に紐づいていた
認定資格、受験履歴および特典を、すべて存続アカウント AWS01146690 へ移行いたしました。
旧アカウントは閉鎖済みのため、今後はサインインできません。

AWS Certification アカウントにサインインのうえ、認定資格の一覧に漏れがないか
ご確認いただけますと幸いです。

本件に関するご連絡は、サポートセンターのケース {C6} からお願いいたします。
{sc_link(C6, 'ja')}

よろしくお願いいたします。

Amazon Web Services
森
"""
aws("case-takahashi-certification-accounts", "merge_completed", "ja", C6,
    part(new, charset="Shift_JIS", codec="shift_jis", cte="base64"), U6,
    f"RE:[CASE {C6}] " + ew("認定アカウントの統合について", "Shift_JIS", "shift_jis", 7), d, new, frm=CONSOLE)

# --- T4 山田: 統合作業が終わりました + survey (UTF-8 base64, gmail)
d = utc("2025-10-17 05:02:26")
new = f"""山田 美咲 様

お待たせいたしました。
AWS04019376 と AWS07751284 の統合作業が終わりましたので、お知らせいたします。
保有されている認定資格と受験履歴はすべて AWS07751284 にまとまっております。
今後は AWS07751284 のみをご利用ください。

Credly バッジの再発行には数日かかる場合がございます。

今回のサポートについて、アンケートへのご協力をお願いいたします（所要時間 1 分程度）。
{survey_link(C4)}

ご不明点がございましたら、下記サポートセンターからご返信ください。
{sc_link(C4, 'ja')}

Amazon Web Services
カスタマーサポート 吉岡
"""
aws("case-yamada-merge-notice", "merge_completed", "ja", C4, part(new, cte="base64"), U4,
    f"RE:[CASE {C4}] " + ew("AWS認定アカウントの統合のご依頼", chunk=8), d, new, frm=CONSOLE)

# --- T8 鈴木: closure that says the merge is reflected (HTML-only, O365)
d = utc("2025-12-11 07:30:03")
new = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px;color:#232f3e">
<p>鈴木 大輔 様</p>
<p>Amazon Web Services サポートをご利用いただき、ありがとうございます。</p>
<p>本ケースでご依頼いただいた AWS03390127 から <b>AWS04871156</b> へのアカウント統合は、本日付で反映済みとなりました。
AWS04871156 にサインインすると、すべての認定資格が表示されます。</p>
<p>以上をもちまして、ケース {C8} はクローズとさせていただきます。</p>
<div style="border:1px solid #eaeded;padding:12px;margin:16px 0">
<p style="margin:0 0 8px 0"><b>問題は解決しましたか?</b></p>
<a href="{survey_link(C8)}&amp;a=yes" style="background:#ec7211;color:#fff;padding:6px 16px;text-decoration:none">はい</a>
&nbsp;<a href="{survey_link(C8)}&amp;a=no" style="background:#545b64;color:#fff;padding:6px 16px;text-decoration:none">いいえ</a>
</div>
<p>Amazon Web Services<br>カスタマーサポート 川口</p>
<p style="font-size:12px;color:#687078">このメールアドレスは送信専用です。ケースの詳細は<a href="{sc_link(C8, 'ja')}">サポートセンター</a>でご確認ください。</p>
</body></html>
"""
aws("case-suzuki-closed", "merge_completed", "ja", C8, part(new, "html", cte="base64"), U8,
    "Amazon Web Services: " + ew(f"サポートケース {C8} はクローズされました", chunk=12), d, new, frm=CONSOLE)

# --- T10 中村: 集約いたしました, Japanese-style quoted thread with nested markers (biglobe)
d = utc("2025-05-30 01:48:55")
new = """中村 彩 様

ご返信ありがとうございました。
ご確認いただいた内容に基づき、AWS03054418 に登録されていた認定情報を
AWS06120937 へ集約いたしました。以降、AWS03054418 でのサインインはできません。

念のため、AWS06120937 にサインインのうえ、認定資格と特典の表示をご確認ください。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
石田
"""
quoted = """
2025年5月28日(水) 21:40 中村 彩 <aya.nakamura@biglobe.ne.jp>:
> 内容に相違ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 中村 彩 様
> >
> > 以下の内容でアカウントを統合いたします。統合後は元に戻すことができません。
> >   存続するアカウント: AWS06120937
> >   統合されるアカウント: AWS03054418
> > 内容にお間違いがなければ、本メールにご返信ください。
"""
aws("re-case-nakamura-account-assistance", "merge_completed", "ja", C10, part(new + quoted), U10,
    f"RE:[CASE {C10}] {FORM_SUBJ}", d, new)

# --- T13 伊藤: label Shift_JIS but body has CP932-only characters; no Authentication-Results at all
d = utc("2026-03-18 09:26:31")
new = """伊藤 翔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの髙橋でございます。

ご依頼のアカウント統合について、作業結果を以下のとおりご報告いたします。

　① 認定資格・受験履歴：AWS02604453 から AWS05718829 へ移動済み
　② 旧アカウント AWS02604453：無効化済み
　③ Credly バッジ：AWS05718829 のメールアドレス宛てに順次再発行

アカウント統合に関する作業は以上で終了となります。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
髙橋
"""
env = aws_env(d)
mail("re-case-ito-account-assistance", "merge_completed", "ja", C13, None,
     part(new, charset="Shift_JIS", codec="cp932", cte="base64"),
     frm=FORM, to=U13[1], subject=f"RE:[CASE {C13}] {FORM_SUBJ}", date=d, provider=U13[2], env=env,
     new=new, sender_extra=ses_extra(d))

# --- T14 小林: multipart/alternative where the text part is only a stub
d = utc("2025-04-10 02:11:19")
txt = """小林 真央 様

アカウント統合のお手続きが完了しました。
詳細は HTML 版のメールをご覧ください。

Amazon Web Services
"""
html = f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>小林 真央 様</p>
<p>お問い合わせいただいた認定アカウントの件、下記のとおり対応いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>統合元（削除）</th><td>AWS01390265</td></tr>
<tr><th>統合先（存続）</th><td>AWS06681473</td></tr>
<tr><th>移動した認定</th><td>AWS Certified Solutions Architect &ndash; Associate / AWS Certified AI Practitioner</td></tr>
</table>
<p>今後は AWS06681473 をご利用ください。旧アカウントの情報はすべて移し終えております。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>長谷川</p>
</body></html>
"""
aws("re-case-kobayashi-form-submission", "merge_completed", "ja", C14,
    alt(part(txt, cte="base64"), part(html, "html", cte="base64")), U14,
    f"RE:[CASE {C14}] {FORM_SUBJ}", d, [txt, html])

# --- T15 渡辺: spaced / dashed ids (QP utf-8, gmail)
d = utc("2026-05-15 03:57:08")
new = """渡辺 拓也 様

お世話になっております。
ご依頼の件、aws-02115870 の認定記録を AWS 07338491 に移し替え、旧 ID は削除いたしました。
今後は AWS 07338491 をお使いください。試験の予約や特典の利用も、こちらの ID から行えます。

Credly のバッジは、移し替え後の情報をもとに数日中に再発行されます。

AWS トレーニングと認定 カスタマーサポート
松本
"""
aws("re-case-watanabe-account-assistance", "merge_completed", "ja", C15, part(new), U15,
    f"RE:[CASE {C15}] {FORM_SUBJ}", d, new)


# =========================================================================== survey

# --- T2 Priya: resolved notice, rating request, no merge wording (multipart)
d = utc("2025-06-08 09:30:11")
txt = f"""Hello,

Your AWS Support case {C2}, "Merge certification accounts - personal and work email", has been resolved.

If you need more help with this issue, you can reopen the case from the Support Center within 14 days:
{sc_link(C2)}

How would you rate the support you received?
  Very satisfied:     {survey_link(C2)}&r=5
  Satisfied:          {survey_link(C2)}&r=4
  Neutral:            {survey_link(C2)}&r=3
  Dissatisfied:       {survey_link(C2)}&r=2
  Very dissatisfied:  {survey_link(C2)}&r=1

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>{C2}</b>, &quot;Merge certification accounts - personal and work email&quot;, has been resolved.</p>
<p>How would you rate the support you received?</p>
<p><a href="{survey_link(C2)}&amp;r=5">Very satisfied</a> | <a href="{survey_link(C2)}&amp;r=4">Satisfied</a> |
<a href="{survey_link(C2)}&amp;r=3">Neutral</a> | <a href="{survey_link(C2)}&amp;r=2">Dissatisfied</a> |
<a href="{survey_link(C2)}&amp;r=1">Very dissatisfied</a></p>
<p>If you need more help with this issue, you can <a href="{sc_link(C2)}">reopen the case</a> within 14 days.</p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>
"""
aws("case-raman-resolved-rating", "survey", "en", C2, alt(part(txt), part(html, "html")), U2,
    f"Amazon Web Services: Your Support case {C2} has been resolved", d, [txt, html], frm=CONSOLE)

# --- T1 Daniel: "How did we do?" short
d = utc("2025-03-14 02:49:05")
new = f"""Hi Daniel,

How did we do?

You recently contacted AWS Training and Certification Customer Support about case {C1}. We'd love to hear about your experience - it takes less than two minutes.

Was your issue resolved?   YES: {survey_link(C1)}&a=1   NO: {survey_link(C1)}&a=0

Your answers help us improve the support we give to every learner.

Thank you,
AWS Training and Certification
"""
aws("how-did-we-do-okafor", "survey", "en", C1, part(new), U1,
    f"How did we do? Your AWS Training and Certification case {C1}", d, new,
    frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>')

# --- T5 Marcus: reminder of an unanswered survey (Q-encoded subject with en dash)
d = utc("2026-01-27 15:00:42")
new = f"""Hello Marcus,

A few days ago we asked you to tell us about your recent experience with AWS Training and Certification support (case {C5}). We haven't received your response yet.

If you have a moment, please answer three short questions before the survey closes on February 3, 2026:
{survey_link(C5)}

If you have already responded, please disregard this message.

Thank you,
AWS Training and Certification Customer Experience
"""
aws("reminder-feedback-lindqvist", "survey", "en", C5, part(new), U5,
    "Reminder " + ewq("– we’d still like your feedback on case") + f" {C5}", d, new,
    frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>')

# --- T16 Sam: closed for inactivity, merge never done (fastmail)
d = utc("2025-03-06 18:44:20")
new = f"""Hello Sam,

We're closing case {C16} because we did not receive the information we requested on February 18 (the login e-mail address of the second certification account).

Your request to combine AWS06631094 with your other certification profile has therefore not been processed. If you still want to go ahead, simply reply to this e-mail within 14 days and the case will be reopened; after that, please submit a new request through the contact form.

We'd also appreciate a minute of your time to rate this interaction: {survey_link(C16)}

Regards,
AWS Training and Certification Customer Support
"""
aws("case-whitaker-closed", "survey", "en", C16, part(new), U16,
    f"RE:[CASE {C16}] {FORM_SUBJ} - Case closed", d, new)

# --- T3 佐藤: survey on top, the completion mail quoted below (ids only in quoted part)
d = utc("2025-08-21 06:45:30")
new = f"""佐藤 健太 様

このたびは AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、
ありがとうございました。本件 (CASE {C3}) はクローズとなりました。

今後のサービス向上のため、簡単なアンケートにご協力ください。
{survey_link(C3)}

※本メールは送信専用アドレスからお送りしています。

---- これまでのやり取り ----
"""
quoted = """> 佐藤 健太 様
>
> 先日ご確認いただきました内容のとおり、認定アカウント AWS01875532 を AWS06623018 へ統合いたしました。
> 統合が完了しましたので、ご報告申し上げます。
>
> 今後は AWS06623018 にご登録のメールアドレスで AWS Certification アカウントへサインインしてください。
>
> AWS トレーニングと認定 カスタマーサポート
> 小野寺
"""
aws("survey-sato-case-closed", "survey", "ja", C3, part(new + quoted), U3,
    ew("【アンケートのお願い】AWS トレーニングと認定 お問い合わせ", chunk=9) + f" (CASE {C3})", d, new,
    frm='"AWS Training and Certification" <no-reply-aws@amazon.com>')

# --- T4 山田: アンケート in ISO-2022-JP, no merge wording
d = utc("2025-10-17 05:04:51")
new = f"""山田 美咲 様

Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース {C4} でのサポート対応について、お客様のご意見をお聞かせください。
以下のリンクから、5 段階で評価いただけます。

  {survey_link(C4)}

アンケートは 1 分ほどで終わります。いただいたご意見は、サポート品質の向上に活用いたします。

Amazon Web Services
"""
aws("survey-yamada-support-experience", "survey", "ja", C4,
    part(new, charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"), U4,
    ew("AWS サポートのご利用に関するアンケート", "ISO-2022-JP", "iso-2022-jp", 8), d, new, frm=CONSOLE)

# --- T6 高橋: plain closure, no merge wording (QP)
d = utc("2026-02-09 06:00:17")
new = f"""高橋 優 様

サポートケース {C6} をクローズいたしました。

本ケースに関して追加のご質問がある場合は、14 日以内であればサポートセンターからケースを再開できます。
{sc_link(C6, 'ja')}

今回の対応について評価をお寄せいただけますと幸いです。
{survey_link(C6)}

Amazon Web Services
"""
aws("case-takahashi-closed-notice", "survey", "ja", C6, part(new), U6,
    "Amazon Web Services: " + ew(f"ケース {C6} がクローズされました", chunk=14), d, new, frm=CONSOLE)

# --- T8 鈴木: reminder of the unanswered survey (O365)
d = utc("2025-12-18 01:00:09")
new = f"""鈴木 大輔 様

先日お送りしたアンケートに、まだご回答いただいていないようです。
ケース {C8} でのサポート対応について、ご意見をお聞かせいただけますでしょうか。

▼アンケートはこちら（12月25日締め切り）
{survey_link(C8)}

すでにご回答いただいている場合は、本メールは破棄してください。

Amazon Web Services
カスタマーエクスペリエンスチーム
"""
aws("reminder-survey-suzuki", "survey", "ja", C8, part(new, cte="base64"), U8,
    ew("【リマインダー】アンケートへのご回答のお願い", chunk=8), d, new, frm=CONSOLE)

# --- T10 中村: resolved notice, HTML-only, YES/NO
d = utc("2025-06-02 02:10:45")
new = f"""<html><body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px">
<p>中村 彩 様</p>
<p>お問い合わせ（ケース ID: {C10}）は解決済みとしてクローズされました。</p>
<p>今回のお問い合わせで問題は解決しましたか?</p>
<p><a href="{survey_link(C10)}&amp;a=yes">はい</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="{survey_link(C10)}&amp;a=no">いいえ</a></p>
<p>担当者の対応についても評価をお願いいたします。<br>
<a href="{survey_link(C10)}&amp;r=5">★★★★★</a> <a href="{survey_link(C10)}&amp;r=4">★★★★</a>
<a href="{survey_link(C10)}&amp;r=3">★★★</a> <a href="{survey_link(C10)}&amp;r=2">★★</a> <a href="{survey_link(C10)}&amp;r=1">★</a></p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
aws("case-nakamura-resolved", "survey", "ja", C10, part(new, "html"), U10,
    ew("お問い合わせは解決済みになりました", chunk=9) + f" [CASE {C10}]", d, new)

# --- T14 小林: rating request, base64 utf-8
d = utc("2025-04-10 02:15:00")
new = f"""小林 真央 様

今回の対応はいかがでしたか？

AWS トレーニングと認定 カスタマーサポート（ケース {C14}）をご利用いただき、ありがとうございました。
担当者の対応について、以下から評価をお願いいたします。

とても満足  {survey_link(C14)}&r=5
満足        {survey_link(C14)}&r=4
ふつう      {survey_link(C14)}&r=3
不満        {survey_link(C14)}&r=2
とても不満  {survey_link(C14)}&r=1

AWS トレーニングと認定
"""
aws("rating-request-kobayashi", "survey", "ja", C14, part(new, cte="base64"), U14,
    ew("今回の対応はいかがでしたか？", chunk=7), d, new)


# =========================================================================== support_reply

# --- T9 Tom: "thank you for confirming, we will now proceed"
d = utc("2026-04-15 08:02:37")
new = """Hi Tom,

Thank you for confirming. We will now proceed with merging AWS07120348 into AWS02230961.

This usually takes one to three business days. You'll receive another e-mail from us as soon as it has been finished; there is no need to open a new case in the meantime.

Kind regards,
Aditi
AWS Training and Certification Customer Support
"""
quoted = """
On Tue, 14 Apr 2026 at 21:13, Tom Becker <tbecker@posteo.de> wrote:
> Hello,
>
> yes, the details are correct. Please proceed with the merge.
>
> Tom
"""
aws("re-case-becker-confirmed", "support_reply", "en", C9, part(new + quoted), U9,
    f"RE: [CASE {C9}] {FORM_SUBJ}", d, new, in_reply_to=f"<a8f1c2d4-{rhex(4)}-{rhex(4)}@posteo.de>")

# --- T7 Elena: conditional "once the merge is complete we will ..."
d = utc("2025-11-06 10:41:15")
new = f"""Hello Elena,

Thanks for the quick reply. I've passed all three profiles (AWS06038814, AWS08812045 and AWS02759903) to our certification operations team.

Once the merge is complete, we will close this case and you'll receive a short survey. Credly will then re-issue your badges to the e-mail address on AWS02759903. Until then, please don't schedule any exams on the two profiles that are being retired.

Please don't open a new case for this request; we'll keep you updated here.

Best regards,
Tomasz W.
Amazon Web Services

To see the details of your case, go to: {sc_link(C7)}
Note: This e-mail was sent from an address that cannot accept incoming e-mail.
"""
aws("case-petrova-handed-to-ops", "support_reply", "en", C7, part(new), U7,
    f"[Case {C7}] New correspondence added", d, new, frm=CONSOLE)

# --- T17 Olivia: "we're working on it", no Authentication-Results at all
d = utc("2025-12-15 16:27:50")
new = """Hello Olivia,

I wanted to let you know that your request is still in progress. It has been escalated to the team that manages candidate records, and they are reviewing AWS04427710 and AWS09013352 at the moment.

Requests that involve an exam taken under a different legal name can take a little longer, so thank you for your patience. I'll write again as soon as I have news.

Best regards,
Marco D.
AWS Training and Certification Customer Support
"""
env = aws_env(d)
mail("re-case-grant-status-update", "support_reply", "en", C17, None, part(new, cte="7bit", charset="us-ascii"),
     frm=FORM, to=U17[1], subject=f"RE:[CASE {C17}] {FORM_SUBJ}", date=d, provider=U17[2], env=env,
     new=new, sender_extra=ses_extra(d))

# --- T12 Grace: a preparatory step done, the merge itself not yet
d = utc("2025-09-10 22:03:12")
new = """Hi Grace,

A quick progress note. I've verified that both profiles belong to you, and I've released the e-mail address on AWS08349017 so it no longer clashes with the Builder ID you use for AWS07702216.

To be clear, your certification records have not been moved yet - that is the next step and is carried out by a separate team. I'll update you on this case as soon as they have done it.

Thanks,
Jordan
AWS Training and Certification Customer Support
"""
aws("re-case-liu-progress-note", "support_reply", "en", C12, part(new), U12,
    f"RE:[CASE {C12}] {FORM_SUBJ}", d, new)

# --- T2 Priya: duplicate *case* merged into this one (not the accounts)
d = utc("2025-06-03 07:18:29")
new = f"""Hello Priya,

It looks like two cases were opened for the same request ({C2_DUP} and {C2}). To avoid duplicate work, I have merged case {C2_DUP} into this case, and {C2_DUP} is now closed. Please use this case for any further correspondence.

Your request to combine AWS03318260 with AWS05190447 is in our queue; we will reply here with the next steps.

Best regards,
Keisha M.
Amazon Web Services

To see all correspondence or to reply, go to the AWS Support Center: {sc_link(C2)}
"""
aws("case-raman-duplicate-case", "support_reply", "en", C2, part(new), U2,
    f"RE:[CASE {C2}] Merge certification accounts - personal and work email", d, new, frm=CONSOLE)

# --- T11 Rahul: follow-up asking whether help is still needed
d = utc("2025-07-23 09:05:02")
new = f"""Hello Rahul,

We wanted to check whether you still need assistance with case {C11}.

On July 21 we asked for the e-mail address you used to register AWS05873321, so that we can verify the account before going further. We haven't heard back from you yet.

If you still need help, just reply to this e-mail with that information. If we don't hear from you within three business days, this case will be closed automatically.

Warm regards,
Nadia K.
AWS Training and Certification Customer Support
"""
aws("re-case-mehta-checking-in", "support_reply", "en", C11, part(new), U11,
    f"RE:[CASE {C11}] {FORM_SUBJ}", d, new)

# --- T15 渡辺: which account to keep?
d = utc("2026-05-12 01:34:20")
new = """渡辺 拓也 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございます。

お調べしたところ、お客様名義の認定アカウントが 2 件見つかりました。

  ・AWS07338491（takuya.watanabe.dev@gmail.com）
  ・AWS02115870（t-watanabe@sorano-tech.co.jp）

統合後に残すアカウントをご指定いただけますでしょうか。
なお、残すアカウントのメールアドレスが今後のサインインと通知先になります。

ご返信をお待ちしております。

AWS トレーニングと認定 カスタマーサポート
松本
"""
aws("re-case-watanabe-which-account", "support_reply", "ja", C15, part(new), U15,
    f"RE:[CASE {C15}] {FORM_SUBJ}", d, new)

# --- T4 山田: asks for more information
d = utc("2025-10-15 04:12:33")
new = f"""山田 美咲 様

Amazon Web Services サポートをご利用いただきありがとうございます。

アカウントの統合を進めるにあたり、以下の情報をご提供いただけますでしょうか。

1. AWS04019376 のサインインに使用しているメールアドレス
2. もう一方のアカウントの候補者 ID（分かる場合）とメールアドレス
3. 各アカウントの通知先メールアドレス
4. 統合を希望される理由（例：勤務先の変更など）

いただいた情報をもとに、統合の可否と手順をご案内いたします。
ご返信はサポートセンターのケース画面からお願いいたします。
{sc_link(C4, 'ja')}

Amazon Web Services
カスタマーサポート 吉岡
"""
aws("case-yamada-info-request", "support_reply", "ja", C4, part(new, cte="base64"), U4,
    f"[Case {C4}] " + ew("新しい返信が追加されました", chunk=7), d, new, frm=CONSOLE)

# --- T6 高橋: thanks for confirming, work starts now (the future "完了" is a plan)
d = utc("2026-02-05 00:48:09")
new = f"""高橋 優 様

ご確認いただき、ありがとうございます。
これより、AWS05502871 を AWS01146690 へ統合する作業を進めてまいります。

作業完了までは最大 3 営業日ほどお時間をいただく場合がございます。
完了しましたら、本ケースにてご連絡いたします。

Amazon Web Services
森
"""
aws("case-takahashi-proceeding", "support_reply", "ja", C6,
    part(new, charset="Shift_JIS", codec="shift_jis", cte="quoted-printable"), U6,
    f"RE:[CASE {C6}] " + ew("認定アカウントの統合について", "Shift_JIS", "shift_jis", 7), d, new, frm=CONSOLE)

# --- T8 鈴木: conditional "統合が完了しましたら ..."
d = utc("2025-12-09 05:20:44")
new = f"""鈴木 大輔 様

ご返信ありがとうございます。ご指定いただいたとおり、AWS04871156 を存続アカウントとして手続きを進めます。

統合が完了しましたら、改めて本ケースにてご連絡いたします。
また、完了後に Credly からバッジ受け取りのご案内メールが届きますので、あわせてご確認ください。

それまでの間、AWS03390127 で新たに試験を予約することはお控えください。

Amazon Web Services
カスタマーサポート 川口

ケースの詳細: {sc_link(C8, 'ja')}
"""
aws("case-suzuki-next-steps", "support_reply", "ja", C8, part(new), U8,
    f"[Case {C8}] " + ew("新しい返信が追加されました", chunk=6), d, new, frm=CONSOLE)

# --- T10 中村: duplicate *cases* were merged (統合いたしました about cases)
d = utc("2025-05-27 22:55:17")
new = f"""中村 彩 様

お問い合わせいただき、ありがとうございます。
同一のご依頼で 2 件のケース（{C10_DUP}、{C10}）が作成されておりましたため、
ケース {C10_DUP} を本ケースに統合いたしました。以後のご連絡は本ケースにてお願いいたします。

アカウントの件につきましては、現在内容を確認しております。
確認が済み次第、統合内容のご確認のご連絡を差し上げます。

AWS トレーニングと認定 カスタマーサポート
石田
"""
aws("re-case-nakamura-duplicate-cases", "support_reply", "ja", C10, part(new, cte="base64"), U10,
    f"RE:[CASE {C10}] {FORM_SUBJ}", d, new)

# --- T14 小林: escalated / in progress; Outlook-style Japanese header blocks with no quote markers
d = utc("2025-04-09 05:48:26")
new = """小林 真央 様

ご連絡ありがとうございます。
現在、担当部署にて統合作業を進めております。今しばらくお待ちくださいますようお願いいたします。

進捗がございましたら、本メールにてお知らせいたします。

AWS トレーニングと認定 カスタマーサポート
長谷川
"""
quoted = f"""
送信者: 小林 真央 <mao_kobayashi@yahoo.co.jp>
送信日時: 2025年4月8日 22:14
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE {C14}] {FORM_SUBJ}

内容に間違いありません。統合を進めてください。
The details are correct. Please proceed with the merge.

送信者: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年4月8日 11:30
宛先: mao_kobayashi@yahoo.co.jp
件名: RE:[CASE {C14}] {FORM_SUBJ}

小林 真央 様

以下のアカウントを統合いたします。統合は取り消すことができませんので、ご確認ください。
  統合先（存続）: AWS06681473
  統合元（削除）: AWS01390265
"""
aws("re-case-kobayashi-in-progress", "support_reply", "ja", C14, part(new + quoted, cte="base64"), U14,
    f"RE:[CASE {C14}] {FORM_SUBJ}", d, new)

# --- T3 佐藤: identity check, asks for more information (11-digit case)
d = utc("2025-08-19 03:27:54")
new = """佐藤 健太 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

アカウント統合の前に、ご本人確認のため以下をお知らせください。

・AWS01875532 と AWS06623018 のそれぞれに登録されている氏名（ローマ字表記）
・各アカウントで最後に受験された試験名と受験日（おおよそで構いません）

いただいた情報で確認が取れ次第、統合内容のご確認をお送りいたします。

どうぞよろしくお願いいたします。
"""
aws("re-case-sato-identity-check", "support_reply", "ja", C3,
    part(new, charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"), U3,
    f"RE:[CASE {C3}] {FORM_SUBJ}", d, new)


# =========================================================================== merge_confirmation_requested

# --- T1 Daniel: standard confirmation request (QP)
d = utc("2025-03-12 16:03:22")
new = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

We found the following certification accounts associated with you:

Account to keep: AWS04482931 (d.okafor.dev@gmail.com)
Account to merge: AWS02917463 (daniel.okafor@kestrelsoft.com)

After the merge, all certifications, exam history and benefits from AWS02917463 will be moved to AWS04482931, and AWS02917463 will be deactivated. Please be aware that a merge cannot be reversed.

Please reply to this e-mail to confirm that the details above are correct and that you would like us to proceed.

Kind regards,
Joaquín R.
AWS Training and Certification Customer Support
"""
aws("re-case-okafor-please-confirm", "merge_confirmation_requested", "en", C1, part(new), U1,
    f"RE:[CASE {C1}] {FORM_SUBJ}", d, new)

# --- phishing confirmation request from a look-alike domain (Outlook.com, DMARC passes for look-alike)
d = utc("2026-01-16 11:49:30")
txt = """Hello,

We received a request to merge the AWS Certification accounts registered to this e-mail address.

IMPORTANT: merging accounts is permanent. To confirm which account should be kept, please sign in and review the request within 24 hours. Unconfirmed requests are cancelled and the duplicate account may be locked.

Review and confirm merge: https://aws-certsupport.net/c/confirm?id=""" + ralnum(20) + """

Thank you,
AWS Certification Support
"""
env = other_env("aws-certsupport.net", "smtp.aws-certsupport.net", "45.88.91.203",
                "mailer@aws-certsupport.net", [("aws-certsupport.net", "mail")])
mail("confirm-merge-request-certsupport", "merge_confirmation_requested", "en", None, False,
     part(txt, cte="quoted-printable"),
     frm='"AWS Certification Support" <cases@aws-certsupport.net>', to=U5[1],
     subject="Action required: confirm your AWS Certification account merge", date=d,
     provider="o365", env=env, new=txt, msgid=f"<{rhex(16)}.{R.randint(1000,9999)}@aws-certsupport.net>")

# --- spoofed amazon.com: topmost Authentication-Results says dmarc=fail, a forged lower one says pass
d = utc("2025-11-05 02:03:51")
new = f"""Hello Elena,

Regarding case {C7_FAKE}: before we merge your accounts we need you to confirm the following.

Account to keep: AWS02759903
Accounts to be merged: AWS06038814, AWS08812045

This action is irreversible. To confirm, sign in with your AWS Builder ID on the secure page below within 12 hours:
https://aws-amazon-certification.support-verify.com/confirm/{ralnum(12)}

Best regards,
Amazon Web Services
"""
env = other_env("amazon.com", "vps-4412.hostingsrv.ru", "91.215.85.147", "info@hostingsrv.ru",
                [("hostingsrv.ru", "default")], dmarc="fail", pol="QUARANTINE", spf="softfail", dkim_res="pass")
mail("case-petrova-confirm-accounts", "merge_confirmation_requested", "en", C7_FAKE, False, part(new),
     frm=CONSOLE, to=U7[1], subject=f"RE:[CASE {C7_FAKE}] Please confirm your account merge", date=d,
     provider="gmail", env=env, new=new, msgid=ses_msgid(d),
     forged_ar="amazon.com; spf=pass smtp.mailfrom=amazonses.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com")

# --- T15 渡辺: confirmation request, spaced ids, ISO-2022-JP
d = utc("2026-05-13 02:09:40")
new = """渡辺 拓也 様

ご返信ありがとうございます。
ご指定いただいた内容で、以下のとおり統合を行います。

  存続するアカウント：AWS 07338491
  統合されるアカウント：AWS 02115870

統合後、AWS 02115870 の認定資格・受験履歴・特典はすべて AWS 07338491 に移り、
AWS 02115870 は使用できなくなります。この操作は元に戻すことができません。

上記の内容でよろしければ、本メールにご返信いただけますでしょうか。
ご確認いただいた後に作業を開始いたします。

AWS トレーニングと認定 カスタマーサポート
松本
"""
aws("re-case-watanabe-confirm", "merge_confirmation_requested", "ja", C15,
    part(new, charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"), U15,
    f"RE:[CASE {C15}] {FORM_SUBJ}", d, new)

# --- T10 中村: confirmation request, subject all encoded words split over lines
d = utc("2025-05-27 23:02:05")
new = """中村 彩 様

以下の内容でアカウントを統合いたします。統合後は元に戻すことができません。

  存続するアカウント: AWS06120937
  統合されるアカウント: AWS03054418

内容にお間違いがなければ、本メールにご返信ください。
ご返信を確認後、統合作業を開始いたします。

AWS トレーニングと認定 カスタマーサポート
石田
"""
aws("re-case-nakamura-confirm-details", "merge_confirmation_requested", "ja", C10, part(new), U10,
    ew(f"RE:[CASE {C10}] アカウント統合内容のご確認", chunk=11), d, new)


# =========================================================================== case_created

# --- T2 Priya: console case opened
d = utc("2025-06-02 14:40:58")
new = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: Merge certification accounts - personal and work email
Severity: General guidance
Correspondence: I have two AWS Certification accounts, AWS03318260 (personal e-mail) and AWS05190447 (work e-mail). Please merge them and keep AWS05190447.

We will respond to your case as soon as possible. You can view your case in the AWS Support Center: {sc_link(C2)}

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws("new-support-case-raman", "case_created", "en", C2, part(new), U2,
    f"Amazon Web Services: You have opened a new Support case: {C2}", d, new, frm=CONSOLE)

# --- T9 Tom: form acknowledgement
d = utc("2026-04-13 07:58:09")
new = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged under case {C9}.

A member of our team will get back to you, in most cases within 24 hours. To help us help you faster, please do not submit another request for the same issue; simply reply to this e-mail if you have more details to add.

Summary of your submission
  Inquiry type: AWS Training and Certification
  Category: Certification - Account Merge
  AWS candidate ID: AWS02230961
  Description: I have two certification accounts (second one from my previous employer). Please combine them.

AWS Training and Certification Customer Support
"""
aws("request-received-becker", "case_created", "en", C9, part(new, cte="7bit", charset="us-ascii"), U9,
    f"[CASE {C9}] {FORM_SUBJ}", d, new)

# --- T4 山田: console case opened in Japanese (base64)
d = utc("2025-10-14 01:22:16")
new = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、新しいケース {C4} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C4}
件名: AWS認定アカウントの統合のご依頼
重要度: 一般的なガイダンス
内容: 認定アカウントが 2 つあります（AWS04019376 ともう 1 つ）。1 つにまとめたいです。

担当者より順次ご連絡いたします。ケースはサポートセンターで確認できます。
{sc_link(C4, 'ja')}

Amazon Web Services
"""
aws("new-support-case-yamada", "case_created", "ja", C4, part(new, cte="base64"), U4,
    "Amazon Web Services: " + ew(f"新しいサポートケースを作成しました: {C4}", chunk=10), d, new, frm=CONSOLE)

# --- T3 佐藤: form acknowledgement in Shift_JIS, 11-digit case
d = utc("2025-08-18 01:05:40")
new = f"""佐藤 健太 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
受付番号（ケース ID）：{C3}

内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。
同じ内容で重複してお問い合わせいただくと、ご回答が遅れる場合がございます。
追加の情報がある場合は、本メールにそのままご返信ください。

――――――――――――――――
お問い合わせ内容
　種別：認定 / アカウントの統合
　AWS 候補者 ID：AWS06623018
――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
"""
aws("uketsuke-sato-inquiry", "case_created", "ja", C3,
    part(new, charset="Shift_JIS", codec="cp932", cte="base64"), U3,
    ew("お問い合わせを受け付けました", "ISO-2022-JP", "iso-2022-jp", 6) + f" [CASE {C3}]", d, new)

# --- T8 鈴木: console case opened, HTML only
d = utc("2025-12-08 00:47:23")
new = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>お客様</p>
<p>Amazon Web Services にお問い合わせいただきありがとうございます。ケース <b>{C8}</b> を作成しました。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>ケース ID</td><td>{C8}</td></tr>
<tr><td>件名</td><td>認定アカウント統合（AWS03390127 → AWS04871156）</td></tr>
<tr><td>重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p>担当者からの回答は、<a href="{sc_link(C8, 'ja')}">サポートセンター</a>でご確認いただけます。</p>
<p>Amazon Web Services</p>
<p style="font-size:11px;color:#879596">このメールアドレスは送信専用のため、ご返信いただいても対応できません。</p>
</body></html>
"""
aws("new-support-case-suzuki", "case_created", "ja", C8, part(new, "html", cte="quoted-printable"), U8,
    "Amazon Web Services: " + ew(f"新しいサポートケースを作成しました: {C8}", chunk=12), d, new, frm=CONSOLE)


# =========================================================================== credly_badge_issued

def credly(slug, kind, lang, body, user, subject, d, new, case_id=None):
    mail(slug, kind, lang, case_id, True, body, frm=CREDLY, to=user[1], subject=subject, date=d,
         provider=user[2], env=credly_env(d), new=new,
         msgid=f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>",
         sender_extra=[("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22) + "==")])


BADGE_URL = "https://www.credly.com/badges/{}/accept".format

# --- T1 Daniel: badge issued (multipart)
d = utc("2025-03-14 07:31:10")
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Accept your badge: {BADGE_URL(bid)}

Once you accept, you can share your badge on LinkedIn, add it to your e-mail signature, and let employers verify your achievement.

Credly, Inc. | 100 Broadway, 14th Floor, New York, NY 10005
Unsubscribe from these notifications: https://www.credly.com/earner/settings/notifications
"""
html = f"""<html><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px">Congratulations, Daniel!</p>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Solutions Architect &ndash; Associate</p>
<p><a href="{BADGE_URL(bid)}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Credly, Inc. | 100 Broadway, 14th Floor, New York, NY 10005</p>
</td></tr></table></body></html>
"""
credly("credly-badge-okafor", "credly_badge_issued", "en", alt(part(txt), part(html, "html")), U1,
       "Amazon Web Services Training and Certification issued you a new badge", d, [txt, html])

# --- T7 Elena: badges transferred after the merge
d = utc("2025-11-08 16:20:44")
txt = """Hi Elena,

Good news! Following the consolidation of your AWS Certification accounts, your badges from Amazon Web Services Training and Certification have been transferred to this Credly account:

  - AWS Certified Developer – Associate
  - AWS Certified DevOps Engineer – Professional
  - AWS Certified Cloud Practitioner

Some of them may need to be accepted before they appear on your public profile. Sign in to review them:
https://www.credly.com/earner/earned

The Credly Team
"""
credly("credly-badges-transferred-petrova", "credly_badge_issued", "en", part(txt), U7,
       "Your badges have been transferred to your Credly account", d, txt)

# --- T4 山田: Japanese Credly notice (multipart)
d = utc("2025-10-18 00:12:07")
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
txt = f"""おめでとうございます、美咲 さん！

Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Solutions Architect – Professional

バッジを受け取る: {BADGE_URL(bid)}

バッジを受け取ると、LinkedIn などで共有したり、雇用主が取得を確認できるようになります。

Credly, Inc.
"""
html = f"""<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<p style="font-size:20px">おめでとうございます、美咲 さん！</p>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
<p style="font-weight:bold">AWS Certified Solutions Architect &ndash; Professional</p>
<p><a href="{BADGE_URL(bid)}" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#666">Credly, Inc.</p></body></html>
"""
credly("credly-badge-yamada", "credly_badge_issued", "ja", alt(part(txt, cte="base64"), part(html, "html", cte="base64")), U4,
       ew("Amazon Web Services Training and Certification からバッジが発行されました", chunk=16), d, [txt, html])

# --- T5 Marcus: ready to accept, HTML only
d = utc("2026-01-21 19:45:02")
bid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
html = f"""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<h2 style="margin-top:0">Your badge is ready, Marcus</h2>
<p><b>AWS Certified Developer &ndash; Associate</b> from Amazon Web Services Training and Certification is waiting for you.</p>
<p><a href="{BADGE_URL(bid)}" style="display:inline-block;background:#1b1f24;color:#fff;padding:12px 26px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">You received this e-mail because a badge was issued to marcus.lindqvist@outlook.com.
<a href="https://www.credly.com/earner/settings/notifications">Manage notifications</a></p>
</div></body></html>
"""
credly("credly-ready-to-accept-lindqvist", "credly_badge_issued", "en", part(html, "html"), U5,
       "Your AWS Certified Developer - Associate badge is ready to accept", d, html)


# =========================================================================== unrelated

# --- T11 Rahul: Credly expiry reminder
d = utc("2025-09-30 14:02:51")
txt = """Hi Rahul,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on December 29, 2025.

To keep your credential active, check the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

The Credly Team
"""
credly("credly-expiry-mehta", "unrelated", "en", part(txt), U11,
       "Your AWS Certified Cloud Practitioner badge expires in 90 days", d, txt)

# --- T12 Grace: Credly's own account-merge verification code
d = utc("2025-09-15 03:10:29")
code = f"{R.randint(100000, 999999)}"
txt = f"""Hi Grace,

We received a request to merge another Credly account into the account registered to grace.liu@icloud.com.

Your verification code is: {code}

Enter this code on the merge screen, or click the link below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={ralnum(32)}

This code expires in 30 minutes. If you didn't request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
mail("credly-merge-code-liu", "unrelated", "en", None, True, part(txt),
     frm='"Credly" <no-reply@credly.com>', to=U12[1], subject=f"{code} is your Credly account merge code",
     date=d, provider=U12[2], env=credly_env(d), new=txt, msgid=f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1,40)}>")

# --- Daniel forwards the completion to his manager (From is Daniel's own Gmail)
d = utc("2025-03-14 09:12:03")
note = """Hi James,

FYI - AWS have finished merging my certification accounts. My old AWS02917463 has been folded into AWS04482931, so please use AWS04482931 for the partner portal from now on.

Cheers,
Daniel
"""
fwd = f"""
---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, Mar 14, 2025 at 2:47 AM
Subject: RE:[CASE {C1}] {FORM_SUBJ}
To: <d.okafor.dev@gmail.com>


Hello Daniel,

Thank you for your patience while we worked on this.

All certification records, exam history and digital badges that were held under candidate ID AWS02917463 have now been moved to AWS04482931. The AWS02917463 profile has been retired.

Kind regards,
Joaquín R.
AWS Training and Certification Customer Support
"""
fwd_html = "<div dir=\"ltr\">" + note.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + \
    "</div><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">" + \
    fwd.strip().replace("\n", "<br>\n") + "</div></div>\n"
env = other_env("gmail.com", "mail-wr1-f41.google.com", "209.85.221.41", "d.okafor.dev@gmail.com",
                [("gmail.com", "20230601")])
mail("fwd-aws-merge-okafor-to-manager", "unrelated", "en", C1, False,
     alt(part(note + fwd), part(fwd_html, "html")),
     frm="Daniel Okafor <d.okafor.dev@gmail.com>", to="James Hartley <j.hartley@brightwave-media.co.uk>",
     subject=f"Fwd: RE:[CASE {C1}] {FORM_SUBJ}", date=d, provider="o365", env=env, new=note,
     msgid=gmail_msgid(), references=ses_msgid(utc("2025-03-14 02:47:31")), in_reply_to=None)

# --- 鈴木 forwards the closure to his manager inside the company (Outlook, no quote markers)
d = utc("2025-12-11 08:05:40")
note = """部長

お疲れ様です。鈴木です。
AWS 認定アカウントの統合が終わりましたので、ご参考までに転送いたします。
今後のパートナー申請では AWS04871156 をお使いください。

よろしくお願いいたします。
"""
fwd = f"""
________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年12月11日 16:30
宛先: 鈴木 大輔 <d-suzuki@hikari-systems.co.jp>
件名: Amazon Web Services: サポートケース {C8} はクローズされました

鈴木 大輔 様

本ケースでご依頼いただいた AWS03390127 から AWS04871156 へのアカウント統合は、本日付で反映済みとなりました。
以上をもちまして、ケース {C8} はクローズとさせていただきます。
"""
env = other_env("hikari-systems.co.jp", "TYWPR01MB1234.jpnprd01.prod.outlook.com", "2603:1096:400:3a::5",
                "d-suzuki@hikari-systems.co.jp", [("hikari-systems.co.jp", "selector1")])
env["o365_ar"] = "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hikari-systems.co.jp;"
mail("fwd-suzuki-to-manager", "unrelated", "ja", C8, False, part(note + fwd, cte="base64"),
     frm=f"{ew('鈴木 大輔', chunk=5)} <d-suzuki@hikari-systems.co.jp>",
     to=f"{ew('田中 部長', chunk=5)} <t-tanaka@hikari-systems.co.jp>",
     subject=ew(f"転送: Amazon Web Services: サポートケース {C8} はクローズされました", chunk=14),
     date=d, tzh=9, provider="o365", env=env, new=note, dkim_sign=False,
     msgid=f"<TYWPR01MB{R.randint(1000,9999)}{ralnum(10).upper()}@TYWPR01MB1234.jpnprd01.prod.outlook.com>",
     sender_extra=[("Thread-Topic", ew("Amazon Web Services: サポートケース", chunk=10)), ("Content-Language", "ja-JP")])

# --- 高橋: an unrelated billing case resolved (genuine AWS sender)
d = utc("2026-03-03 08:41:16")
new = f"""高橋 優 様

Amazon Web Services をご利用いただきありがとうございます。

2 月分のご請求に関するお問い合わせ（ケース {C6_BILL}）について、
重複して請求されていた EC2 の料金 $18.42 を返金処理いたしました。
返金はお支払い方法に応じて 5〜10 営業日でお手元に反映されます。

本ケースは解決済みとしてクローズいたします。
今回の対応についてのご評価をお願いいたします: {survey_link(C6_BILL)}

Amazon Web Services
請求サポート 岡田
"""
aws("case-takahashi-billing-refund", "unrelated", "ja", C6_BILL, part(new, cte="base64"), U6,
    f"RE:[CASE {C6_BILL}] " + ew("2月分の請求について", chunk=6), d, new, frm=CONSOLE)

# --- Pearson VUE appointment confirmation in Japanese, no Authentication-Results at all
d = utc("2026-03-09 04:22:18")
new = """高橋 優 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02)
受験日時：2026年3月28日（土） 10:00 JST
受験方法：OnVUE（オンライン監督付き試験）
候補者 ID：AWS01146690
登録番号：487213345

試験開始の 30 分前からチェックインが可能です。事前にシステムテストを実施してください。

Pearson VUE
"""
env = other_env("pearson.com", "mx0b-00256801.pphosted.com", "148.163.139.203", "pvue-noreply@pearson.com",
                [("pearson.com", "selector1")])
mail("pearsonvue-yoyaku-takahashi", "unrelated", "ja", None, None, part(new, cte="base64"),
     frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', to="yu.takahashi@ocn.ne.jp",
     subject=ew("試験予約の確認 - AWS Certified Solutions Architect - Professional", chunk=12),
     date=d, provider="plain:mail.ocn-relay.ne.jp", env=env, new=new,
     msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.pvue@pvueprdmail03>")

# --- GitHub "merged" notification
d = utc("2025-04-22 13:37:55")
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/cloudcert/cert-dashboard/pull/482#event-17391025541
You are receiving this because you were mentioned.

Message ID: <cloudcert/cert-dashboard/pull/482/issue_event/17391025541@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/cloudcert/cert-dashboard/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/cloudcert/cert-dashboard/pull/482#event-17391025541">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
env = other_env("github.com", "out-21.smtp.github.com", "192.30.252.204",
                "noreply@github.com", [("github.com", "pf2023")])
mail("github-pr-482-merged", "unrelated", "en", None, False, alt(part(txt, cte="7bit", charset="UTF-8"), part(html, "html", cte="7bit", charset="UTF-8")),
     frm='"Sofia Brandt" <notifications@github.com>', to='cloudcert/cert-dashboard <cert-dashboard@noreply.github.com>',
     subject="Re: [cloudcert/cert-dashboard] Merge duplicate candidate records on account merge (PR #482)",
     date=d, provider="gmail", env=env, new=txt, rcpt=U1[1],
     msgid="<cloudcert/cert-dashboard/pull/482/issue_event/17391025541@github.com>",
     in_reply_to="<cloudcert/cert-dashboard/pull/482@github.com>",
     references="<cloudcert/cert-dashboard/pull/482@github.com>",
     cc="Daniel Okafor <d.okafor.dev@gmail.com>, Mention <mention@noreply.github.com>",
     sender_extra=[("List-ID", "cloudcert/cert-dashboard <cert-dashboard.cloudcert.github.com>"),
                   ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "sbrandt")])


# =========================================================================== write

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(7272).shuffle(order)
    labels = {}
    for i, idx in enumerate(order, 1):
        slug, data, lab = MAILS[idx]
        name = f"{i:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), "mails written")


if __name__ == "__main__":
    main()
