#!/usr/bin/env python3
"""Generate blind set 74: ordinary AWS Certification account-merge case mail (2025-2026),
about two thirds English and one third Japanese, plus the unrelated mail around it."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import string
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email import policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(7474)
UTC = dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
ROM = ZoneInfo("Europe/Rome")
POL = policy.compat32.clone(max_line_length=None, linesep="\n")

LABELS = {}
FILES = []


# ----------------------------------------------------------------------------- helpers
def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def rnd(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64rnd(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def cid15(d):
    return f"{int(d.timestamp())}{R.randint(0, 99999):05d}"


def ses_mid(d, region="0100"):
    ms = int(d.timestamp() * 1000) + R.randint(0, 900)
    return f"<{region}{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@email.amazonses.com>"


def rfcdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def enc(s, charset="utf-8"):
    """Encode a header text (display name or subject) if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()'):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email_addr}>"


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, quote_cs=True):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    cs = f'"{charset}"' if quote_cs else charset
    m["Content-Type"] = f"text/{subtype}; charset={cs}"
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode()
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randint(100000, 9999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m


def html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    """Very plain HTML rendering of a text body (paragraph per blank-line block)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head>\n<body style=\"%s\">\n%s\n</body></html>\n" % (style, "\n".join(out)))


def dkim(d_domain, selector, d, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    t = int(d.timestamp())
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={d_domain}; t={t};\n"
            f"\th={hdrs};\n\tbh={b64rnd(32)};\n\tb={b64rnd(96)[:86]}\n\t{b64rnd(96)[:86]}\n\t{b64rnd(80)[:44]}")


# ------------------------------------------------------------------ sender profiles
AMZ_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_sender(d, from_domain="amazon.com", region="0100"):
    mid = ses_mid(d, region)
    local = mid[1:].split("@")[0]
    n = R.choice([8, 9, 11, 29, 30, 35, 48, 49])
    ip = f"54.240.{R.choice([8, 9, 48, 11])}.{n}"
    return dict(mid=mid, mailfrom=f"{local}@email.amazonses.com", mf_domain="email.amazonses.com",
                ip=ip, helo=f"a{ip.split('.')[2]}-{n}.smtp-out.amazonses.com",
                dkims=[(from_domain, AMZ_SEL if from_domain == "amazon.com" else rnd(32, string.ascii_lowercase + string.digits)),
                       ("amazonses.com", SES_SEL)],
                from_domain=from_domain, policy="QUARANTINE", spf="pass", dkim="pass", dmarc="pass")


def sendgrid_sender(d, from_domain, sub="em", user="user"):
    ip = f"167.89.{R.randint(100, 127)}.{R.randint(2, 250)}"
    host = f"o{R.randint(1, 40)}.{sub}.{from_domain}"
    return dict(mid=f"<{rnd(22)}@geopod-ismtpd-{R.randint(1, 40)}>", mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{rnd(4, 'abcdef0123456789')}-{user}@{sub}.{from_domain}",
                mf_domain=f"{sub}.{from_domain}", ip=ip, helo=host,
                dkims=[(from_domain, "s1"), ("sendgrid.info", "smtpapi")],
                from_domain=from_domain, policy="NONE", spf="pass", dkim="pass", dmarc="pass")


def plain_sender(from_domain, ip, helo, mailfrom, mid, selector="s1", policy_="NONE", dmarc="pass", spf="pass", dkim_r="pass", dkim_domain=None):
    return dict(mid=mid, mailfrom=mailfrom, mf_domain=mailfrom.split("@")[1], ip=ip, helo=helo,
                dkims=[(dkim_domain or from_domain, selector)] if dkim_r != "none" else [],
                from_domain=from_domain, policy=policy_, spf=spf, dkim=dkim_r, dmarc=dmarc)


# ------------------------------------------------------------------ receiving providers
def trace_gmail(to, d, s):
    rd = d + dt.timedelta(seconds=R.randint(1, 4))
    pt = rd.astimezone(PT)
    when = pt.strftime("%a, %-d %b %Y %H:%M:%S %z (%Z)")
    smtpid = rnd(40, string.ascii_letters + string.digits + "-")
    h = [("Delivered-To", to),
         ("Received", f"by 2002:a05:{R.randint(6000, 7999):x}:{R.randint(1, 65535):x}:b0:{R.randint(1, 999):x}:{R.randint(1, 4095):x} with SMTP id {rnd(10, 'abcdefghijklmnopqrstuvwxyz0123456789')};\n        {when}"),
         ("X-Google-Smtp-Source", b64rnd(60)[:78]),
         ("X-Received", f"by 2002:a17:{R.randint(900, 999):x}:{R.randint(1, 65535):x}:b0:{R.randint(1, 999):x}:{R.randint(1, 4095):x} with SMTP id {rnd(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(10, 999)}.{R.randint(1000000000000, 9999999999999)};\n        {when}"),
         ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(rd.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64rnd(60)}"),
         ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature;\n        bh={b64rnd(32)};\n        fh={b64rnd(32)};\n        b={b64rnd(60)}"),
         ("ARC-Authentication-Results", "i=1; " + gmail_ar_body(s)),
         ("Return-Path", f"<{s['mailfrom']}>"),
         ("Received", f"from {s['helo']} ({s['helo']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {rnd(13, 'abcdef0123456789')}-{rnd(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}si{R.randint(100000, 9999999)}{rnd(2, 'abcdefghijklmnopqrstuvwxyz')}.{R.randint(10, 999)}.{pt.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {when}"),
         ("Received-SPF", f"{s['spf']} (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) client-ip={s['ip']};"
          if s["spf"] == "pass" else f"{s['spf']} (google.com: domain of transitioning {s['mailfrom']} does not designate {s['ip']} as permitted sender) client-ip={s['ip']};"),
         ("Authentication-Results", gmail_ar_body(s))]
    return h


def gmail_ar_body(s):
    lines = ["mx.google.com;"]
    hb = s.setdefault("hb", [rnd(8) for _ in s["dkims"]])
    for (dom, sel), b in zip(s["dkims"], hb):
        lines.append(f"       dkim={s['dkim']} header.i=@{dom} header.s={sel} header.b={b};")
    if s["spf"] == "pass":
        lines.append(f"       spf=pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};")
    else:
        lines.append(f"       spf={s['spf']} (google.com: domain of transitioning {s['mailfrom']} does not designate {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};")
    dis = "NONE" if s["dmarc"] == "pass" else s["policy"]
    lines.append(f"       dmarc={s['dmarc']} (p={s['policy']} sp={s['policy']} dis={dis}) header.from={s['from_domain']}")
    return "\n".join(lines)


def trace_o365(to, d, s, consumer=False):
    rd = d + dt.timedelta(seconds=R.randint(1, 6))
    when = format_datetime(rd.astimezone(UTC)).replace("-0000", "+0000")
    fe = f"{R.choice(['BN8NAM12', 'CO1PEPF0000', 'SN1PEPF0002', 'DS3PEPF0000', 'AM4PEPF0002'])}{R.randint(1000, 9999):X}.{'namprd' if R.random() < .5 else 'eurprd'}{R.randint(10, 22)}.prod.outlook.com"
    be = f"{R.choice(['PH0PR', 'DM6PR', 'AS8PR', 'DB9PR', 'LV3PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.{'namprd' if R.random() < .5 else 'eurprd'}{R.randint(10, 22)}.prod.outlook.com"
    if s["dmarc"] == "pass":
        comp = "compauth=pass reason=100"
        act = "none"
    else:
        comp = "compauth=fail reason=000"
        act = "quarantine" if s["policy"].lower() == "quarantine" else "none"
    dk = s["dkims"][0][0] if s["dkims"] else s["from_domain"]
    dkim_txt = "dkim=pass (signature was verified)" if s["dkim"] == "pass" else ("dkim=none (message not signed)" if s["dkim"] == "none" else "dkim=fail (body hash did not verify)")
    if s["dkim"] == "none":
        dk = "none"
    if s["dmarc"] == "none":
        comp = "compauth=fail reason=001"
    spf_txt = f"spf={s['spf']} (sender IP is {s['ip']})" if s["spf"] == "pass" else f"spf={s['spf']} (sender IP is {s['ip']})"
    ar = (f"{spf_txt}\n smtp.mailfrom={s['mf_domain']}; {dkim_txt}\n header.d={dk};dmarc={s['dmarc']} action={act}\n header.from={s['from_domain']};{comp}")
    h = []
    if not consumer:
        h.append(("Received", f"from {be} ({R.choice(['2603:10b6:', '2603:10a6:'])}{R.randint(100, 999)}:{R.randint(1, 255):x}::{R.randint(1, 30):x})\n by {be.replace('MB', 'MB' + str(R.randint(1, 9)))} with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 30)}; {when}"))
    h += [("Received", f"from {fe} ({R.choice(['2603:10b6:', '2603:10a6:'])}{R.randint(100, 999)}:{R.randint(1, 255):x}:cafe::{R.randint(1, 99)})\n by {be} ({R.choice(['2603:10b6:', '2603:10a6:'])}{R.randint(100, 999)}:{R.randint(1, 255):x}::{R.randint(1, 30):x}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 30)} via Frontend Transport; {when}"),
          ("Authentication-Results", ar),
          ("Received-SPF", f"{s['spf'].capitalize()} ({'protection.outlook.com' if not consumer else 'protection.outlook.com'}: domain of\n {s['mf_domain']} {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']}; helo={s['helo']};{' pr=C' if s['spf'] == 'pass' else ''}"),
          ("Received", f"from {s['helo']} ({s['ip']}) by\n {fe} ({R.choice(['10.167.', '10.97.'])}{R.randint(1, 255)}.{R.randint(1, 255)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 30)} via Frontend Transport; {when}")]
    if consumer:
        h.insert(0, ("X-MS-Exchange-Organization-ExpirationStartTime", when.split(", ", 1)[1]))
    return h


def trace_jp(to, d, s, provider):
    """Japanese ISP style (biglobe / so-net / corporate)."""
    rd = d + dt.timedelta(seconds=R.randint(1, 8))
    when = format_datetime(rd.astimezone(JST))
    host = {"biglobe": "mx.biglobe.ne.jp", "so-net": "mfilter.so-net.ne.jp"}[provider]
    inner = {"biglobe": f"mbox{R.randint(10, 40)}.biglobe.ne.jp", "so-net": f"mspool{R.randint(1, 9)}.so-net.ne.jp"}[provider]
    if provider == "biglobe":
        ar = (f"{host}; spf={s['spf']} smtp.mailfrom={s['mailfrom']};\n\t"
              + ("".join(f"dkim={s['dkim']} header.d={dom} header.s={sel};\n\t" for dom, sel in s["dkims"]) or "dkim=none;\n\t")
              + f"dmarc={s['dmarc']} header.from={s['from_domain']}")
    else:
        ar = (f"{host};\n\tspf={s['spf']} (so-net.ne.jp: domain of {s['mf_domain']} {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};\n\t"
              + "".join(f"dkim={s['dkim']} header.i=@{dom} header.s={sel};\n\t" for dom, sel in s["dkims"])
              + f"dmarc={s['dmarc']} (p={s['policy'].lower()} dis={'none' if s['dmarc'] == 'pass' else s['policy'].lower()}) header.from={s['from_domain']}")
    return [("Return-Path", f"<{s['mailfrom']}>"),
            ("Delivered-To", to),
            ("Received", f"from {host} ([{R.randint(10, 172)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}])\n\tby {inner} with LMTP id {rnd(12)}\n\tfor <{to}>; {when}"),
            ("Authentication-Results", ar),
            ("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby {host} (Postfix) with ESMTPS id {rnd(11, 'ABCDEF0123456789')}\n\tfor <{to}>; {when}")]


def trace_selfhost(to, d, s):
    rd = d + dt.timedelta(seconds=R.randint(1, 5))
    when = format_datetime(rd.astimezone(UTC))
    return [("Return-Path", f"<{s['mailfrom']}>"),
            ("Delivered-To", to),
            ("Received", f"from mail.bello.dev\n\tby mail.bello.dev with LMTP\n\tid {rnd(22)}\n\t(envelope-from <{s['mailfrom']}>)\n\tfor <{to}>; {when}"),
            ("Received-SPF", f"Pass (mailfrom) identity=mailfrom; client-ip={s['ip']}; helo={s['helo']}; envelope-from={s['mailfrom']}; receiver=<UNKNOWN>"),
            ("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.bello.dev (Postfix) with ESMTPS id {rnd(10, 'ABCDEF0123456789')}\n\tfor <{to}>; {when}")]


def trace_internal(to, d, org="northwindlabs.io"):
    when = format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")
    be = f"DU{R.randint(0, 9)}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd{R.randint(10, 19)}.prod.outlook.com"
    be0 = f"AS{R.randint(1, 8)}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd{R.randint(10, 19)}.prod.outlook.com"
    return [("Received", f"from {be0} ({R.choice(['2603:10a6:'])}{R.randint(100, 999)}:{R.randint(1, 255):x}::{R.randint(1, 30):x}) by\n {be} ({R.choice(['2603:10a6:'])}{R.randint(100, 999)}:{R.randint(1, 255):x}::{R.randint(1, 30):x}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 30)}; {when}"),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"),
            ("X-MS-Exchange-Organization-AuthSource", be),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]


# ------------------------------------------------------------------ writing
JOBS = []


def emit(slug, body, *, frm, to, subject, date, kind, case_id, accounts, verified, lang,
         trace=(), sender=None, extra=(), mid=None, in_reply_to=None, references=None,
         date_tz=UTC, dkim_sigs=True, extra_top=()):
    if mid is None:
        mid = sender["mid"] if sender else f"<{uuid.UUID(int=R.getrandbits(128))}@mail.example>"
    dkim_hdrs = [dkim(dom, sel, date) for dom, sel in sender["dkims"]] if (sender and dkim_sigs) else []

    def write(n):
        name = f"{n:03d}-{slug}.eml"
        msg = body
        content = [(k, v) for k, v in msg.items()]
        for k in {k for k, _ in content}:
            del msg[k]
        for k, v in extra_top:
            msg[k] = v
        for k, v in trace:
            msg[k] = v
        for v in dkim_hdrs:
            msg["DKIM-Signature"] = v
        msg["Date"] = rfcdate(date, date_tz)
        msg["From"] = frm
        msg["To"] = to
        msg["Message-ID"] = mid
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
        if references:
            msg["References"] = references
        msg["Subject"] = subject
        msg["MIME-Version"] = "1.0"
        for k, v in content:
            if k.lower() != "mime-version":
                msg[k] = v
        for k, v in extra:
            msg[k] = v
        data = msg.as_bytes(policy=POL)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        FILES.append(name)
        LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accounts)),
                        "sender_verified": verified, "language": lang}

    JOBS.append((date, len(JOBS), write))
    return mid


def ses_extra(d):
    return [("Feedback-ID", f"::1.us-east-1.{rnd(43)}=:AmazonSES"),
            ("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-54.240.{R.choice([8, 9, 48])}.{R.randint(2, 99)}")]


FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"


def gmail_on(d, tz, name, a, uk=False):
    l = d.astimezone(tz)
    if uk:
        return f"On {l.strftime('%a')}, {l.day} {l.strftime('%b %Y')} at {l.strftime('%H:%M')}, {name} <{a}> wrote:"
    return f"On {l.strftime('%a, %b')} {l.day}, {l.year} at {l.strftime('%I:%M %p').lstrip('0')} {name} <{a}> wrote:"


WD = "月火水木金土日"


def ja_on(d, name, a):
    l = d.astimezone(JST)
    return f"{l.year}年{l.month}月{l.day}日({WD[l.weekday()]}) {l.hour}:{l.minute:02d} {name} <{a}>:"


def q(text, marker="> "):
    return "\n".join((marker + l).rstrip() if l.strip() else marker.rstrip() for l in text.strip("\n").split("\n"))


def outlook_hdr(d, tz, frm, to, subject, sep=True):
    l = d.astimezone(tz)
    s = "________________________________\n" if sep else ""
    return (f"{s}From: {frm}\nSent: {l.strftime('%A, %B')} {l.day}, {l.year} {l.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\nSubject: {subject}\n")


CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

==============================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

==============================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """今回のサポートにご満足いただけましたでしょうか。AWS サポートセンターで本回答の右上にある星を選択して、評価をお寄せください。

==============================================================

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、上記のリンクから AWS サポートセンターにてご返信ください。

=============================================================="""

# ============================================================================ mail content
# (executed by make_set.py)

# ---------------------------------------------------------------- people
DAN = ("Daniel Okafor", "daniel.okafor.dev@gmail.com")
PRI = ("Priya Raman", "priya.raman@northwindlabs.io")
KEN = ("佐藤 健太", "kenta-sato@xk9.biglobe.ne.jp")
MIS = ("田中 美咲", "misaki.tanaka.cloud@gmail.com")
MAR = ("Marco Rossi", "marco.rossi84@outlook.com")
AIS = ("Aisha Bello", "aisha@bello.dev")
ICH = ("鈴木 一郎", "ichiro-s@ba2.so-net.ne.jp")


def who(p, cs="utf-8"):
    return addr(p[0], p[1], cs)


AWS_FORM = addr(AWSNAME, FORM)
AWS_CONSOLE = addr(AWSNAME, CONSOLE)
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_form_mail(slug, body, d, to, subject, kind, cid, accts, trace_fn, lang="en", verified=True, **kw):
    s = ses_sender(d)
    return emit(slug, body, frm=AWS_FORM, to=who(to), subject=subject, date=d, kind=kind, case_id=cid,
                accounts=accts, verified=verified, lang=lang, trace=trace_fn(to[1], d, s), sender=s,
                extra=ses_extra(d), **kw)


def aws_console_mail(slug, body, d, to, subject, kind, cid, accts, trace_fn, lang="en", verified=True, **kw):
    s = ses_sender(d)
    return emit(slug, body, frm=AWS_CONSOLE, to=to[1], subject=subject, date=d, kind=kind, case_id=cid,
                accounts=accts, verified=verified, lang=lang, trace=trace_fn(to[1], d, s), sender=s,
                extra=ses_extra(d), **kw)


def credly_mail(slug, to, d, badge, greeting_name, trace_fn, subject, transferred=False, lang="en"):
    s = sendgrid_sender(d, "credly.com")
    bid = uuid.UUID(int=R.getrandbits(128))
    extra_line = ("\nThis badge was issued to this Credly account following an update to your AWS Certification "
                  "profile. If you already accepted it on another Credly account, that copy will be retired.\n"
                  if transferred else "")
    txt = f"""Hi {greeting_name},

Amazon Web Services Training and Certification has issued you a new badge:

{badge}
{extra_line}
Accept your badge to add it to your Credly profile, where you can share it on LinkedIn and other networks and let employers verify it with one click.

Accept your badge:
https://www.credly.com/earner/earned/badge/{bid}

Once accepted, your badge will be public on your profile. You can change this in your privacy settings at any time.

Thanks,
The Credly Team

--
You received this e-mail because Amazon Web Services Training and Certification issued a badge to {to[1]}.
Credly, Inc. | 1 Penn Plaza, Suite 1915 | New York, NY 10119
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe?token={rnd(24)}
"""
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{badge}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px;font-size:16px;color:#222">
<p>Hi {greeting_name},</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:20px;font-weight:bold">{badge}</p>
{'<p>' + extra_line.strip() + '</p>' if transferred else ''}
<p><a href="https://www.credly.com/earner/earned/badge/{bid}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:13px;color:#666">Once accepted, your badge will be public on your profile.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 1 Penn Plaza, Suite 1915 | New York, NY 10119</td></tr>
</table></td></tr></table></body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(htm, "html", cte="quoted-printable"))
    return emit(slug, body, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                to=to[1], subject=subject, date=d, kind="credly_badge_issued", case_id=None, accounts=[],
                verified=True, lang=lang, trace=trace_fn(to[1], d, s), sender=s,
                extra=[("X-SG-EID", b64rnd(45)), ("X-Entity-ID", b64rnd(16))])


# =============================================================== CASE A  (Daniel, form, Gmail)
A_OPEN = T("2026-01-12 08:41:07")
CA = cid15(A_OPEN)
A_KEEP, A_OLD = "AWS04417362", "AWS08823107"

# Builder ID code just before opening the form (unrelated)
d = T("2026-01-12 08:33:51")
s = ses_sender(d, "signin.aws")
BCODE = R.randint(100000, 999999)
BID_TXT = f"""Verify your AWS Builder ID email address

Thanks for starting the sign-in process. We need to make sure it's you. Enter the following verification code when prompted:

Verification code: {BCODE}

(This code expires 10 minutes after it was sent.)

If you didn't request this code, you can ignore this message.

Amazon Web Services will never e-mail you and ask you to disclose or verify your password, credit card, or banking account number.
"""
emit("builder-id-verification-code",
     alt(part(BID_TXT, cte="7bit", charset="UTF-8", quote_cs=False), part(html(BID_TXT), "html", charset="UTF-8", quote_cs=False)),
     frm='"AWS" <no-reply@signin.aws>', to=DAN[1], subject="Verify your AWS Builder ID email address",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=trace_gmail(DAN[1], d, s), sender=s, extra=ses_extra(d))

# A1 acknowledgement
d = A_OPEN + dt.timedelta(seconds=47)
aws_form_mail("request-received", part(f"""Hello,

Thanks for reaching out to AWS Training and Certification.

This is an automatic note to let you know that your submission has reached our team and has been given the reference number below. Please keep it for your records; there is no need to send the form again.

Reference number: {CA}

A copy of what you sent us:

  Inquiry type: AWS Training and Certification
  Topic: Certification - Account Merge
  AWS candidate ID: {A_KEEP}
  Description: I have two certification profiles, one created with my old work e-mail. I would like everything under the one linked to this address.

Someone from our team will look at your request and write back to this address, normally within 24 hours. If there is anything you want to add in the meantime, reply to this e-mail and leave the reference number in the subject line.

Regards,
AWS Training and Certification
""", cte="quoted-printable"), d, DAN, f"[CASE {CA}] {FORM_SUBJ}", "case_created", CA, [A_KEEP], trace_gmail)

# A2 confirmation request
d = T("2026-01-13 14:05:32")
A2_TXT = f"""Hello Daniel,

Thank you for your patience while I looked into your certification profiles.

I found two candidate records that appear to belong to you:

  1. {A_KEEP} - sign-in e-mail daniel.okafor.dev@gmail.com - this record will remain active
  2. {A_OLD} - sign-in e-mail d.okafor@brightwave-consulting.com - this record will be folded into the one above

Afterwards, the exam history, active certifications and benefits currently held by {A_OLD} will appear under {A_KEEP}, and you will sign in with daniel.okafor.dev@gmail.com only.

Please be aware that we are not able to separate the records again once this has been carried out. Before I submit anything, could you reply to this e-mail and let me know that the details above are accurate and that you would like us to go ahead?

Best regards,

Rachel M.
AWS Training and Certification Customer Support
"""
A2_MID = aws_form_mail("please-check-profile-details", part(A2_TXT, cte="quoted-printable"), d, DAN,
                       f"RE:[CASE {CA}] {FORM_SUBJ}", "merge_confirmation_requested", CA, [A_KEEP, A_OLD], trace_gmail)
A2_DATE = d

# A3 thank you for confirming, proceeding  (ids only in quoted history)
d = T("2026-01-13 19:48:10")
A_USER_REPLY = T("2026-01-13 16:22:40")
A3_TXT = f"""Hi Daniel,

Thanks for getting back to me so quickly. I've passed your request to the team that looks after profile consolidation and they will pick it up from here. There's nothing else you need to do for now - I'll write again as soon as I hear back from them.

Kind regards,

Rachel M.
AWS Training and Certification Customer Support


{gmail_on(A_USER_REPLY, LON, DAN[0], DAN[1], uk=True)}
> Hi Rachel,
>
> Yes, that's all correct - please keep {A_KEEP} and fold the other one into it.
>
> Thanks,
> Daniel
>
{q(gmail_on(A2_DATE, LON, AWSNAME, FORM, uk=True))}
{q(q(A2_TXT))}
"""
aws_form_mail("re-profile-details-thanks", part(A3_TXT, cte="8bit", charset="utf-8"), d, DAN,
              f"RE:[CASE {CA}] {FORM_SUBJ}", "support_reply", CA, [], trace_gmail)

# A4 completed
d = T("2026-01-15 02:31:18")
aws_form_mail("profiles-consolidated", part(f"""Hello Daniel,

Good news: the consolidation of your certification profiles has now been carried out.

Everything previously held under {A_OLD} - your exam history, the AWS Certified Developer \u2013 Associate credential and its benefits - now sits on {A_KEEP}. The older record has been deactivated and can no longer be used to sign in.

Please sign in to your AWS Certification account with daniel.okafor.dev@gmail.com and check that everything appears as you expect. It can take up to 48 hours for your digital badges to show on your Credly profile.

If anything looks wrong, just reply to this message within 7 days and I will pick it up again.

Best regards,

Rachel M.
AWS Training and Certification Customer Support
""", cte="base64"), d, DAN, f"RE:[CASE {CA}] {FORM_SUBJ}", "merge_completed", CA, [A_KEEP, A_OLD], trace_gmail)

# A5 closure survey
d = T("2026-01-15 02:33:02")
SURV = f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{rnd(15)}?caseid={CA}"
A5_TXT = f"""Hello,

Your recent request to AWS Training and Certification (reference {CA}) has been marked as resolved and the case is now closed.

We'd appreciate a minute of your time to tell us how it went.

Was your issue resolved?
YES: {SURV}&r=1
NO: {SURV}&r=0

How would you rate the help you received from Rachel?
{SURV}&q=agent

Your answers go directly to the team that reviews our service and are not shared with the agent by name.

This mailbox is not monitored. If you need more help, please submit a new request through the contact form.

AWS Training and Certification
"""
aws_form_mail("how-did-we-do", alt(part(A5_TXT, cte="quoted-printable"), part(html(A5_TXT), "html", cte="quoted-printable")),
              d, DAN, f"How did we do? Your AWS Training and Certification request {CA}", "survey", CA, [], trace_gmail)

# A6 Credly
credly_mail("credly-developer-associate", DAN, T("2026-01-15 21:06:44"), "AWS Certified Developer \u2013 Associate", "Daniel",
            trace_gmail, "Amazon Web Services Training and Certification has issued you a badge")

# GitHub "merged" (unrelated)
d = T("2026-01-14 11:27:05")
gh = plain_sender("github.com", f"192.30.252.{R.randint(200, 210)}", "out-23.smtp.github.com",
                  f"noreply@github.com", f"<northwind-oss/cert-tracker/pull/412/issue_event/{R.randint(10**10, 10**11)}@github.com>",
                  selector="pf2023", policy_="REJECT")
gh_txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-oss/cert-tracker/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <northwind-oss/cert-tracker/pull/412/issue_event/%d@github.com>
""" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
emit("github-pr-412-merged", alt(part(gh_txt, cte="7bit", charset="UTF-8", quote_cs=False),
                                  part("<p>Merged <a href=\"https://github.com/northwind-oss/cert-tracker/pull/412\">#412</a> into main.</p>\n<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, view it on GitHub.<br>You are receiving this because you authored the thread.</p>\n", "html", cte="7bit", charset="UTF-8", quote_cs=False)),
     frm='"Kwame Asante" <notifications@github.com>', to='"northwind-oss/cert-tracker" <cert-tracker@noreply.github.com>',
     subject="Re: [northwind-oss/cert-tracker] Merge duplicate account rows before import (PR #412)",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=trace_gmail(DAN[1], d, gh), sender=gh, mid=gh["mid"],
     in_reply_to="<northwind-oss/cert-tracker/pull/412@github.com>", references="<northwind-oss/cert-tracker/pull/412@github.com>",
     extra=[("List-ID", "northwind-oss/cert-tracker <cert-tracker.northwind-oss.github.com>"),
            ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "kasante")])

# Look-alike phishing confirmation request (content kind kept)
d = T("2026-01-20 06:12:55")
ph = plain_sender("aws-certification-center.com", "185.213.26.77", "mail.aws-certification-center.com",
                  "bounce@aws-certification-center.com", f"<{rnd(20)}@aws-certification-center.com>", selector="default")
ph_case = cid15(T("2026-01-19 22:02:11"))
ph_txt = f"""Dear Candidate,

We received a request to consolidate the AWS Certification profiles associated with your e-mail address (Case #{ph_case}).

  Primary profile: {A_KEEP}
  Profile to be merged: AWS0**** (hidden for your security)

Because this action is permanent, we need you to verify your identity and approve the merge within 24 hours. If we do not receive your approval, your certifications may be suspended until the duplicate profile is resolved.

Confirm merge now: https://aws-certification-center.com/verify?case={ph_case}&c={rnd(12)}

AWS Certification Support Team
Amazon Web Services
"""
emit("confirm-your-certification-merge", alt(part(ph_txt, cte="quoted-printable"), part(html(ph_txt), "html", cte="quoted-printable")),
     frm='"AWS Certification Support" <support@aws-certification-center.com>', to=DAN[1],
     subject="Action required: approve merge of your AWS Certification accounts",
     date=d, kind="merge_confirmation_requested", case_id=ph_case, accounts=[A_KEEP], verified=False, lang="en",
     trace=trace_gmail(DAN[1], d, ph), sender=ph)

# Unrelated AWS billing case (console)
B_OPEN = T("2026-02-02 22:17:40")
CBILL = cid15(B_OPEN)
d = T("2026-02-03 17:42:09")
aws_console_mail("re-nat-gateway-charges", part(f"""Hello Daniel,

Thank you for contacting AWS Billing and Accounts. My name is Joaquín and I will be assisting you with your case today.

I've reviewed the charges on your January invoice. The increase you noticed comes from NAT Gateway data processing in eu-west-2: about 1.9 TB was processed between January 18 and January 24, which lines up with the container image pulls from your build environment.

To keep this from happening again you could add a gateway VPC endpoint for Amazon S3 and an interface endpoint for Amazon ECR, so that this traffic no longer passes through the NAT Gateway. I've also included a link to setting up a budget alert in AWS Budgets below.

Because this usage reflects resources that were actually consumed, I'm not able to apply a credit for it, but please let me know if you have any other questions about the bill.

https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

Best regards,
Joaquín R.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CBILL), cte="quoted-printable"), d, DAN,
                 f"RE:[CASE {CBILL}] Unexpected increase in January bill", "unrelated", CBILL, [], trace_gmail)

# CertMetrics recertification congratulations (id in new text)
d = T("2026-03-04 15:20:33")
cm = sendgrid_sender(d, "certmetrics.com", sub="mail")
cm_txt = f"""Dear Daniel Okafor,

Congratulations! You have successfully recertified and maintained your AWS Certified Developer \u2013 Associate certification.

Candidate ID: {A_KEEP}
Certification: AWS Certified Developer \u2013 Associate
Validation Number: {rnd(16, string.ascii_uppercase + string.digits)}
Expiration Date: March 3, 2029

You can download your certificate and view your benefits by signing in to your AWS Certification Account.

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
"""
emit("recertification-congratulations", alt(part(cm_txt, cte="quoted-printable"), part(html(cm_txt), "html", cte="base64")),
     frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=DAN[1],
     subject="Congratulations on recertifying your AWS Certification",
     date=d, kind="unrelated", case_id=None, accounts=[A_KEEP], verified=False, lang="en",
     trace=trace_gmail(DAN[1], d, cm), sender=cm)


# =============================================================== CASE B  (Priya, console, Office 365)
B_OPEN = T("2025-10-06 13:22:48")
CB = cid15(B_OPEN)
B_KEEP, B_OLD1, B_OLD2 = "AWS11598240", "AWS10027735", "AWS10377914"
B_SUBJ = "Request to combine duplicate certification profiles"
o365 = lambda to, d, s: trace_o365(to, d, s)

# B1 console case opened
d = B_OPEN + dt.timedelta(seconds=21)
B1_TXT = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {CB} to address your issue.

The details of your case are as follows:

Case ID: {CB}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hello, over the years I've ended up with three AWS Certification accounts ({B_KEEP}, {B_OLD1} and {B_OLD2}) because each employer registered me separately. I'd like them combined into {B_KEEP}, which is linked to this e-mail address. Thanks, Priya

You can view the case at https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

Please do not reply to this e-mail; this mailbox is not monitored. To add information to your case, use the link above.

Sincerely,
Amazon Web Services
"""
aws_console_mail("new-support-case-opened", alt(part(B1_TXT, cte="quoted-printable"), part(html(B1_TXT), "html", cte="quoted-printable")),
                 d, PRI, f"Amazon Web Services: You have opened a new Support case: {CB}", "case_created", CB,
                 [B_KEEP, B_OLD1, B_OLD2], o365)

# B2 new correspondence notice + B3 agent reply asking for info
d = T("2025-10-07 09:10:02")
B2_TXT = f"""Dear Amazon Web Services Customer,

We've updated your case {CB} with new correspondence.

To view the update and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109.
"""
aws_console_mail("case-new-correspondence", alt(part(B2_TXT, cte="7bit", charset="UTF-8", quote_cs=False), part(html(B2_TXT), "html", cte="quoted-printable", charset="UTF-8", quote_cs=False)),
                 d, PRI, f"[Case {CB}] New correspondence added", "support_reply", CB, [], o365)

d = T("2025-10-07 09:10:05")
B3_TXT = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. My name is Tomás and I'll be looking after your request.

I've checked the three candidate IDs you listed. Before I can pass the request on, I need a little more information, because one of the profiles isn't linked to an address I can match to you:

- For {B_OLD2}: which e-mail address did you use to sign in, and which address received its notifications?
- Please confirm the full name on that profile exactly as it appeared on your exam score report.
- You mentioned that {B_KEEP} should be the one you keep. Is that still what you want?

Once I have these details I'll review everything and come back to you with the next steps.

Best regards,
Tomás
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CB)
aws_console_mail("re-combine-profiles-need-details", part(B3_TXT, cte="quoted-printable"), d, PRI,
                 f"RE:[CASE {CB}] {B_SUBJ}", "support_reply", CB, [B_OLD2, B_KEEP], o365)

# B4 confirmation request, alternative parts differ in layout and id spelling
d = T("2025-10-08 15:41:27")
B4_TXT = f"""Hello Priya,

Thanks for the extra details - they match what we have on file.

This is what we are ready to do:

Profile that stays:                 {B_KEEP} (priya.raman@northwindlabs.io)
Profiles to be combined into it:    AWS 10027735 (priya.raman@fabrikam-retail.com)
                                    aws-10377914 (p.raman@contoso-analytics.com)

When this is done, the two secondary profiles will be closed for good; we can't reverse it afterwards. Your certifications, transcripts and any unused exam benefits will move to {B_KEEP}.

Please reply in the Support Center to let us know that this is correct and that we may go ahead. Nothing will be changed until we hear from you.

Best regards,
Ines
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CB)
B4_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p>Thanks for the extra details - they match what we have on file. This is what we are ready to do:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th></tr>
<tr><td>Stays (primary)</td><td>{B_KEEP}</td><td>priya.raman@northwindlabs.io</td></tr>
<tr><td>Combined into primary</td><td>{B_OLD1}</td><td>priya.raman@fabrikam-retail.com</td></tr>
<tr><td>Combined into primary</td><td>{B_OLD2}</td><td>p.raman@contoso-analytics.com</td></tr>
</table>
<p><b>Please note:</b> once completed, the secondary profiles are closed permanently and this can't be reversed.</p>
<p>Please reply in the Support Center to confirm that this is correct and that we may go ahead. Nothing will be changed until we hear from you.</p>
<p>Best regards,<br>Ines<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#555">To respond, visit <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CB}&amp;language=en">the AWS Support Center</a>. This e-mail address cannot accept incoming e-mails.</p>
</body></html>
"""
aws_console_mail("re-combine-profiles-please-confirm", alt(part(B4_TXT, cte="quoted-printable"), part(B4_HTML, "html", cte="quoted-printable")),
                 d, PRI, f"RE:[CASE {CB}] {B_SUBJ}", "merge_confirmation_requested", CB, [B_KEEP, B_OLD1, B_OLD2], o365)

# B5 conditional / proceeding
d = T("2025-10-09 08:02:44")
aws_console_mail("re-combine-profiles-submitted", part(f"""Hello Priya,

Thank you for confirming. I've submitted the request to our certification operations team; they usually finish this kind of request within 2-3 business days.

As soon as the profiles have been combined I'll update this case, and from then on you should see all of your certifications under {B_KEEP}. Badges on Credly may take another day or two after that to move across.

Best regards,
Ines
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CB), cte="base64"), d, PRI, f"RE:[CASE {CB}] {B_SUBJ}", "support_reply", CB, [B_KEEP], o365)

# B6 done + closing (HTML only)
d = T("2025-10-13 16:14:09")
B6_TXT = f"""Hello Priya,

I'm happy to let you know that our operations team has finished: {B_OLD1} and {B_OLD2} are now part of {B_KEEP}. All five of your certifications, your exam history and your remaining 50% exam voucher are showing on that profile, and the two older profiles have been closed.

Since everything you asked for is in place, I'll mark this case as resolved. If you have a moment, please rate this correspondence in the Support Center - it helps us a lot.

Best regards,
Ines
Amazon Web Services
"""
B6_BODY = html(B6_TXT) .replace("</body>", f"""<hr><p style="font-size:12px;color:#555">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={CB}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={CB}&amp;language=en</a><br>
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body>""")
aws_console_mail("re-combine-profiles-finished", part(B6_BODY, "html", cte="quoted-printable"), d, PRI,
                 f"RE:[CASE {CB}] {B_SUBJ}", "merge_completed", CB, [B_KEEP, B_OLD1, B_OLD2], o365)
B6_DATE = d

# B7 Priya forwards to her manager (internal, no Authentication-Results)
d = T("2025-10-13 16:40:55")
fw_txt = f"""Hi Jonas,

FYI - the certification profiles are finally sorted, so the partner portal should only show {B_KEEP} for me from now on. Could you update the partner tier sheet when you get a chance?

Thanks,
Priya

{outlook_hdr(B6_DATE, LON, AWS_CONSOLE, PRI[1], f"RE:[CASE {CB}] {B_SUBJ}")}
{B6_TXT}"""
emit("fw-certification-profiles-sorted", alt(part(fw_txt, cte="quoted-printable", charset="us-ascii" if False else "utf-8"),
                                                part(html(fw_txt, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"), "html", cte="quoted-printable")),
     frm=who(PRI), to='Jonas Weber <jonas.weber@northwindlabs.io>', subject=f"FW: RE:[CASE {CB}] {B_SUBJ}",
     date=d, kind="unrelated", case_id=CB, accounts=[B_KEEP], verified=None, lang="en",
     trace=trace_internal("jonas.weber@northwindlabs.io", d), mid=f"<DU0PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}{rnd(12, string.ascii_uppercase + string.digits)}@DU0PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd{R.randint(10, 19)}.prod.outlook.com>",
     extra=[("Thread-Topic", f"RE:[CASE {CB}] {B_SUBJ}"), ("Thread-Index", b64rnd(22)), ("Content-Language", "en-GB"),
            ("X-MS-Exchange-Organization-SCL", "-1")])

# B8 Credly transferred badge
credly_mail("credly-badge-ready-to-accept", PRI, T("2025-10-14 10:30:51"), "AWS Certified Solutions Architect \u2013 Professional",
            "Priya", o365, "Your AWS Certified Solutions Architect \u2013 Professional badge is ready to accept", transferred=True)

# Credly's own account-merge verification code (unrelated)
d = T("2025-10-16 12:03:37")
s = sendgrid_sender(d, "credly.com")
ccode = R.randint(100000, 999999)
cm_txt = f"""Hi Priya,

We received a request to merge another Credly account into the account registered to {PRI[1]}.

Your verification code is: {ccode}

Enter this code on the merge page, or use the button below, to finish. The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/merge/confirm?token={rnd(32)}

If you didn't ask for this, you can ignore this e-mail and nothing will change.

The Credly Team
"""
emit("credly-merge-verification-code", alt(part(cm_txt, cte="quoted-printable"), part(html(cm_txt), "html", cte="quoted-printable")),
     frm='"Credly" <admin@credly.com>', to=PRI[1], subject="Your Credly account merge verification code",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=o365(PRI[1], d, s), sender=s)

# colleague (internal, no Authentication-Results)
d = T("2025-10-21 08:47:12")
col_txt = f"""Hi Priya,

Jonas mentioned you managed to get your AWS cert accounts combined. I'm in the same boat - one from my Contoso days and one I made for the ML exam last spring.

Did you go through the Training & Certification contact form or the support console? And roughly how long did it take before someone got back to you? I'd like to have it done before the partner review in November.

Cheers,
Sam

--
Sam Whitfield
Senior Cloud Engineer | Northwind Labs
"""
emit("question-about-cert-accounts", part(col_txt, cte="7bit", charset="us-ascii"),
     frm="Sam Whitfield <sam.whitfield@northwindlabs.io>", to=who(PRI), subject="quick question - AWS cert accounts",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=None, lang="en",
     trace=trace_internal(PRI[1], d), mid=f"<AM9PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}{rnd(12, string.ascii_uppercase + string.digits)}@AM9PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd{R.randint(10, 19)}.prod.outlook.com>",
     extra=[("Thread-Topic", "quick question - AWS cert accounts"), ("Content-Language", "en-GB")])

# EC2 quota case opened (unrelated)
Q_OPEN = T("2025-11-03 14:55:02")
CQ = cid15(Q_OPEN)
d = Q_OPEN + dt.timedelta(seconds=18)
q_txt = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {CQ} to address your issue.

The details of your case are as follows:

Case ID: {CQ}
Subject: Service Quota Increase: Running On-Demand G and VT instances (eu-central-1)
Severity: Low
Correspondence: Requesting an increase of the vCPU limit for Running On-Demand G and VT instances in eu-central-1 from 8 to 64 for model evaluation jobs.

You can view the case at https://console.aws.amazon.com/support/home#/case/?displayId={CQ}&language=en

Please do not reply to this e-mail; this mailbox is not monitored.

Sincerely,
Amazon Web Services
"""
aws_console_mail("new-support-case-quota", alt(part(q_txt, cte="quoted-printable"), part(html(q_txt), "html", cte="quoted-printable")),
                 d, PRI, f"Amazon Web Services: You have opened a new Support case: {CQ}", "unrelated", CQ, [], o365)

# Credly expiry reminder (unrelated)
d = T("2025-12-01 14:00:12")
s = sendgrid_sender(d, "credly.com")
ex_txt = """Hi Priya,

Your badge AWS Certified Machine Learning \u2013 Specialty will expire on March 1, 2026.

To keep your credential current, review the recertification options offered by Amazon Web Services Training and Certification. After expiry the badge will remain on your profile, marked as expired.

View badge: https://www.credly.com/badges/%s

The Credly Team
""" % uuid.UUID(int=R.getrandbits(128))
emit("credly-badge-expiring", alt(part(ex_txt, cte="quoted-printable"), part(html(ex_txt), "html", cte="quoted-printable")),
     frm='"Credly" <admin@credly.com>', to=PRI[1], subject="Your badge expires in 90 days",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=o365(PRI[1], d, s), sender=s)

# AWS Training newsletter (unrelated)
d = T("2026-02-10 17:05:40")
s = ses_sender(d)
nl_txt = """AWS Training and Certification - February update

New this month
- Three new hands-on courses on generative AI security in AWS Skill Builder
- AWS Certified Machine Learning Engineer \u2013 Associate: updated exam guide now available
- Exam prep webinars: register for live sessions with AWS instructors

Reminder: if you hold more than one certification account, please sign in with the account where your certifications are listed to see your benefits.

Manage your subscription preferences: https://pages.awscloud.com/communication-preferences.html

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
emit("training-newsletter-february", alt(part(nl_txt, cte="quoted-printable"), part(html(nl_txt), "html", cte="base64")),
     frm='"AWS Training and Certification" <aws-training-certification@amazon.com>', to=PRI[1],
     subject="What's new in AWS Training and Certification this February",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=True, lang="en",
     trace=o365(PRI[1], d, s), sender=s, extra=ses_extra(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>")])


# =============================================================== CASE C  (佐藤, form, Japanese, BIGLOBE)
C_OPEN = T("2025-06-02 01:15:33")
CC = cid15(C_OPEN)
C_KEEP, C_OLD = "AWS06612093", "AWS09170446"
bg = lambda to, d, s: trace_jp(to, d, s, "biglobe")

# C1 ack, ISO-2022-JP
d = C_OPEN + dt.timedelta(seconds=35)
C1 = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お送りいただいた内容は、下記の受付番号にて承りました。担当者が内容を確認したうえで、原則として24時間以内に本メールアドレス宛てにご連絡いたします。

受付番号: {CC}
お問い合わせの種類: 認定 - アカウントの統合
AWS 受験者 ID: {C_KEEP}

同じ内容でフォームを再度送信されますと、ご回答が遅れる場合がございます。恐れ入りますが、担当者からの連絡をお待ちください。追加でお知らせいただきたい情報がある場合は、件名の受付番号を変更せずに、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
aws_form_mail("uketsuke-kanryo", part(C1, charset="iso-2022-jp", cte="7bit"), d, KEN, f"[CASE {CC}] {FORM_SUBJ}",
              "case_created", CC, [C_KEEP], bg, lang="ja")

# C2 agent asks for details, Shift_JIS 8bit
d = T("2025-06-03 02:20:48")
C2 = f"""佐藤 健太 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの中村でございます。

アカウントの統合についてご依頼いただいた件、ご連絡いただいた {C_KEEP} のほかに、同じお名前で登録されているアカウントがあることを確認いたしました。
手続きを進めるにあたり、恐れ入りますが、以下の点についてお知らせいただけますでしょうか。

1. もう一方のアカウントにサインインする際にお使いのメールアドレス
2. 今後引き続きお使いになりたいアカウント (どちらの受験者 ID を残すか)
3. アカウントが複数になった経緯 (例: 勤務先の変更など)

ご返信をいただき次第、確認を進めさせていただきます。
何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
aws_form_mail("kakunin-no-onegai", part(C2, charset="Shift_JIS", cte="8bit", codec="cp932"), d, KEN,
              f"RE:[CASE {CC}] {FORM_SUBJ}", "support_reply", CC, [C_KEEP], bg, lang="ja")

# C3 confirmation request, UTF-8 QP
d = T("2025-06-04 02:02:15")
C3 = f"""佐藤 健太 様

ご回答いただきありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の2つのアカウントについて統合の手続きが可能です。

  存続するアカウント: {C_KEEP} (kenta-sato@xk9.biglobe.ne.jp)
  統合されるアカウント: aws-09170446 (k.sato@minato-denshi.co.jp)

手続き後は、aws-09170446 に紐づく認定資格および受験履歴はすべて {C_KEEP} に移され、aws-09170446 ではサインインできなくなります。
なお、この手続きは一度実施しますと元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえ、手続きの実施をご承認ください。ご承認をいただくまでは、何も変更いたしません。

中村
AWS トレーニングと認定 カスタマーサポート
"""
aws_form_mail("tougou-naiyou-no-gokakunin", part(C3, cte="quoted-printable"), d, KEN,
              f"RE:[CASE {CC}] {FORM_SUBJ}", "merge_confirmation_requested", CC, [C_KEEP, C_OLD], bg, lang="ja")
C3_DATE = d

# C4 completed, base64, with Japanese-style quoted history
d = T("2025-06-05 06:30:40")
C_USER = T("2025-06-04 09:40:12")
C4 = f"""佐藤 健太 様

お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了いたしました。

{C_OLD} に登録されていた認定資格および受験履歴は、すべて {C_KEEP} へ移行いたしました。今後は kenta-sato@xk9.biglobe.ne.jp で AWS Certification アカウントにサインインしてください。

Credly のデジタルバッジにつきましては、反映まで最大で48時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート

{ja_on(C_USER, KEN[0], KEN[1])}
> 中村様
>
> ご確認ありがとうございます。記載の内容で問題ありません。
> 手続きを進めていただけますようお願いいたします。
>
> 佐藤
>
{q(ja_on(C3_DATE, AWSNAME, FORM))}
{q(q(C3))}
"""
aws_form_mail("re-tougou-kanryo", part(C4, cte="base64"), d, KEN, f"RE:[CASE {CC}] {FORM_SUBJ}",
              "merge_completed", CC, [C_KEEP, C_OLD], bg, lang="ja")

# C5 survey
d = T("2025-06-05 06:31:58")
SURVJ = f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{rnd(15)}?caseid={CC}&lang=ja"
C5 = f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
お問い合わせ (受付番号 {CC}) は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は1分ほどです。

問題は解決しましたか?
はい: {SURVJ}&r=1
いいえ: {SURVJ}&r=0

担当者の対応はいかがでしたか?
{SURVJ}&q=agent

このメールは送信専用アドレスから送信されています。

AWS トレーニングと認定
"""
aws_form_mail("anketo-no-onegai", alt(part(C5, cte="base64"), part(html(C5), "html", cte="base64")), d, KEN,
              enc(f"アンケートのお願い: お問い合わせ {CC} について"), "survey", CC, [], bg, lang="ja")

# C6 Credly
credly_mail("credly-saa-badge", KEN, T("2025-06-06 00:12:09"), "AWS Certified Solutions Architect \u2013 Associate",
            "Kenta", bg, "Congratulations, Kenta! You've earned a badge from Amazon Web Services Training and Certification")

# Japanese phishing: spoofed amazon.com, provider says dmarc=fail, forged lower AR says pass
d = T("2025-06-03 11:48:20")
PH_CASE = cid15(T("2025-06-03 10:02:51"))
phj = plain_sender("amazon.com", "45.141.87.203", "vps-2231.hostline-srv.net", "info@hostline-srv.net",
                   f"<{rnd(16)}.{int(d.timestamp())}@hostline-srv.net>", dmarc="fail", spf="pass", dkim_r="none",
                   policy_="QUARANTINE")
phj["mf_domain"] = "hostline-srv.net"
phj_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサポートです。<br>
お客様のアカウント統合のご依頼 (ケース番号 {PH_CASE}) について、本人確認が完了しておりません。</p>
<p>存続するアカウント: {C_KEEP}<br>
統合されるアカウント: 確認中</p>
<p>統合は取り消しができない手続きのため、<b>24時間以内</b>に下記よりサインインのうえ、統合内容をご承認ください。期限内にご承認いただけない場合、認定資格が一時的に無効となる場合がございます。</p>
<p><a href="https://aws-certify-jp.com/approve?id={rnd(10)}">統合内容を確認して承認する</a></p>
<p>Amazon Web Services</p>
</body></html>
"""
emit("tougou-shounin-kigen", part(phj_html, "html", cte="base64"),
     frm=AWS_CONSOLE, to=KEN[1], subject=enc("【重要】アカウント統合の承認期限が迫っています"),
     date=d, kind="merge_confirmation_requested", case_id=PH_CASE, accounts=[C_KEEP], verified=False, lang="ja",
     trace=trace_jp(KEN[1], d, phj, "biglobe") + [
         ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")],
     sender=phj, dkim_sigs=False, extra=[("X-Mailer", "PHPMailer 6.8.1")])

# Pearson VUE (Japanese, unrelated)
d = T("2025-07-15 04:22:10")
pv = plain_sender("pearson.com", f"159.112.{R.randint(240, 250)}.{R.randint(2, 200)}", "mx-out.pearson.com",
                  "pearsonvuecustomerservice@pearson.com", f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.vue@pearson.com>",
                  selector="selector2", policy_="REJECT")
pv_txt = f"""佐藤 健太 様

ピアソン VUE をご利用いただきありがとうございます。以下の内容で試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年8月23日(土) 10:00 (日本時間)
会場: ピアソン VUE 公認テストセンター 東京都港区
登録番号: {R.randint(400000000, 499999999)}

試験当日は、予約時間の15分前までにお越しください。有効な本人確認書類 (2点) が必要です。

予約の変更・キャンセルは、試験開始の24時間前までに AWS Certification アカウントから行ってください。

ピアソン VUE
"""
emit("pearson-vue-yoyaku-kakunin", alt(part(pv_txt, cte="base64"), part(html(pv_txt), "html", cte="base64")),
     frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=KEN[1],
     subject=enc("試験予約確認 - AWS Certified Solutions Architect - Professional"),
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="ja",
     trace=bg(KEN[1], d, pv), sender=pv)

# Japanese billing case (console, unrelated)
J_OPEN = T("2025-09-08 03:12:45")
CJB = cid15(J_OPEN)
d = T("2025-09-09 01:40:31")
jb = f"""佐藤様

Amazon Web Services にお問い合わせいただきありがとうございます。請求およびアカウント担当の西田です。

8月分のご請求に含まれる Amazon RDS の料金についてお問い合わせいただいた件、確認いたしました。
ap-northeast-1 リージョンで 8月12日に作成された db.r6g.large インスタンスが停止されないまま稼働しており、月末までの稼働時間分が課金されております。今後ご利用の予定がない場合は、スナップショットを取得したうえでインスタンスを削除していただくことをご検討ください。

今回の料金は実際のリソース利用に基づくものであるため、返金の対象外となります。何卒ご了承ください。

西田
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=CJB)
aws_console_mail("re-seikyu-rds", alt(part(jb, cte="base64"), part(html(jb), "html", cte="base64")), d, KEN,
                 enc(f"RE:[CASE {CJB}] 8月分の請求額について"), "unrelated", CJB, [], bg, lang="ja")


# =============================================================== CASE D  (田中, console, Japanese, Gmail)
D_OPEN = T("2025-11-17 00:48:12")
CD = cid15(D_OPEN)
D_KEEP, D_OLD = "AWS12240581", "AWS07753318"
D_SUBJ = "認定アカウントの統合について"

# D1 case opened
d = D_OPEN + dt.timedelta(seconds=26)
D1 = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {CD} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {CD}
件名: {D_SUBJ}
重要度: 一般的なガイダンス
内容: 前職の会社で受験したときのアカウント (AWS07753318) と、現在使っているアカウント (AWS12240581) の2つがあります。現在のアカウントに一本化したいので、手続きをお願いできますでしょうか。

ケースの確認およびご返信は、次の URL から AWS サポートセンターにて行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja

このメールアドレスは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
"""
aws_console_mail("support-case-sakusei", alt(part(D1, cte="base64"), part(html(D1), "html", cte="base64")), d, MIS,
                 enc(f"Amazon Web Services: 新しいサポートケースを作成しました: {CD}"), "case_created", CD,
                 [D_KEEP, D_OLD], trace_gmail, lang="ja")

# D2 confirmation request
d = T("2025-11-18 01:12:40")
D2 = f"""田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの山本と申します。お問い合わせいただきありがとうございます。

2つのアカウントを確認いたしました。以下の内容で一本化の作業を行う予定です。

  残るアカウント: {D_KEEP} (misaki.tanaka.cloud@gmail.com)
  統合元のアカウント: {D_OLD} (m-tanaka@sakura-logistics.co.jp)

作業後は {D_OLD} の認定資格・受験履歴・特典が {D_KEEP} に引き継がれ、{D_OLD} は閉鎖されます。この作業は後から取り消すことができませんので、上記の内容でお間違いないか、サポートセンターからご返信いただけますでしょうか。
ご返信を確認するまで、作業は行いません。

山本
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=CD)
aws_console_mail("re-tougou-naiyou-kakunin", alt(part(D2, cte="quoted-printable"), part(html(D2), "html", cte="quoted-printable")),
                 d, MIS, enc(f"RE:[CASE {CD}] {D_SUBJ}"), "merge_confirmation_requested", CD, [D_KEEP, D_OLD],
                 trace_gmail, lang="ja")
D2_DATE = d

# D3 proceeding, previous correspondence appended without any quote marker
d = T("2025-11-19 00:30:05")
D_USER = T("2025-11-18 12:55:31")
D3 = f"""田中 美咲 様

ご確認いただきありがとうございます。
これより担当部署にて作業を開始いたします。作業が終わり次第、本ケースにてご報告いたしますので、今しばらくお待ちください。

山本
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=CD) + f"""

-----------------------------------------
{D_USER.astimezone(JST).strftime('%Y/%m/%d %H:%M')} お客様からの返信:
山本様
内容を確認しました。記載のとおりで問題ありません。よろしくお願いいたします。
田中

-----------------------------------------
{D2_DATE.astimezone(JST).strftime('%Y/%m/%d %H:%M')} Amazon Web Services からの返信:
""" + D2.split("\n\n山本\nAmazon Web Services")[0] + "\n"
aws_console_mail("re-sagyou-kaishi", part(D3, cte="base64"), d, MIS, enc(f"RE:[CASE {CD}] {D_SUBJ}"),
                 "support_reply", CD, [], trace_gmail, lang="ja")

# D4 completed + resolved + rating (HTML only)
d = T("2025-11-21 05:05:17")
D4 = f"""田中 美咲 様

お待たせいたしました。アカウントの統合が完了しました。

{D_OLD} に登録されていた認定資格 (AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate) と受験履歴は、{D_KEEP} でご確認いただけます。旧アカウントは閉鎖済みです。

ご依頼いただいた内容はすべて対応いたしましたので、本ケースは解決済みとさせていただきます。よろしければ、サポートセンターで本回答の評価をお願いいたします。

山本
Amazon Web Services
"""
D4_HTML = html(D4, "font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px").replace(
    "</body>", f'<hr><p style="font-size:12px">このケースについて再度お問い合わせいただく場合は <a href="https://console.aws.amazon.com/support/home#/case/?displayId={CD}&amp;language=ja">AWS サポートセンター</a> にアクセスしてください。このメールは送信専用アドレスから送信されています。</p></body>')
aws_console_mail("re-tougou-kanryou-kaiketsu", part(D4_HTML, "html", cte="quoted-printable"), d, MIS,
                 enc(f"RE:[CASE {CD}] {D_SUBJ}"), "merge_completed", CD, [D_KEEP, D_OLD], trace_gmail, lang="ja")
D4_DATE = d

# D5 survey
d = T("2025-11-21 05:06:40")
D5 = f"""お客様

ケース {CD} は解決済みとなりました。

この度は AWS サポートをご利用いただき、ありがとうございました。サポートの品質向上のため、アンケートへのご協力をお願いいたします。

アンケートに回答する:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja&survey=true

このケースについてさらにサポートが必要な場合は、サポートセンターからケースを再開できます。

Amazon Web Services
"""
aws_console_mail("case-anketo", alt(part(D5, cte="base64"), part(html(D5), "html", cte="base64")), d, MIS,
                 enc(f"[Case {CD}] サポートに関するアンケートのお願い"), "survey", CD, [], trace_gmail, lang="ja")

# D6 Misaki forwards to her manager (Gmail -> Google Workspace)
d = T("2025-11-21 06:20:33")
gm = plain_sender("gmail.com", f"209.85.220.{R.randint(41, 80)}", f"mail-sor-f{R.randint(41, 80)}.google.com",
                  MIS[1], f"<CA+{rnd(40)}@mail.gmail.com>", selector="20230601", policy_="NONE")
D4_PLAIN = D4
D6 = f"""小川部長

お疲れさまです。田中です。
AWS 認定のアカウントが一つにまとまりましたので、ご報告いたします。
パートナー登録の資格者リストは、今後 {D_KEEP} で更新をお願いできますでしょうか。

田中

---------- Forwarded message ---------
From: Amazon Web Services <{CONSOLE}>
Date: {D4_DATE.astimezone(JST).year}年{D4_DATE.astimezone(JST).month}月{D4_DATE.astimezone(JST).day}日({WD[D4_DATE.astimezone(JST).weekday()]}) {D4_DATE.astimezone(JST).hour}:{D4_DATE.astimezone(JST).minute:02d}
Subject: RE:[CASE {CD}] {D_SUBJ}
To: <{MIS[1]}>


{D4_PLAIN}"""
emit("fwd-ninte-account-houkoku", alt(part(D6, cte="base64"), part(html(D6), "html", cte="quoted-printable")),
     frm=who(MIS), to=addr("小川 浩二", "k.ogawa@kumo-works.jp"), subject=enc(f"Fwd: RE:[CASE {CD}] {D_SUBJ}"),
     date=d, kind="unrelated", case_id=CD, accounts=[D_KEEP], verified=False, lang="ja",
     trace=trace_gmail("k.ogawa@kumo-works.jp", d, gm), sender=gm, date_tz=JST)

# AWS Japan newsletter
d = T("2026-01-22 02:00:05")
s = ses_sender(d)
nlj = """AWS トレーニングと認定 ニュースレター 2026年1月号

■ 新着コース
・生成 AI アプリケーションのセキュリティ (日本語字幕付き)
・AWS Certified AI Practitioner 試験対策 無料ウェビナー

■ 認定試験に関するお知らせ
・日本語で受験可能な試験が追加されました
・受験予約は AWS Certification アカウントから行えます

配信停止をご希望の場合は、以下の URL から設定を変更してください。
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
"""
emit("training-newsletter-jp", alt(part(nlj, charset="Shift_JIS", cte="base64", codec="cp932"), part(html(nlj).replace("utf-8", "Shift_JIS"), "html", charset="Shift_JIS", cte="base64", codec="cp932")),
     frm=addr("AWS トレーニングと認定", "aws-jp-training@amazon.com"), to=MIS[1],
     subject=enc("【AWS トレーニングと認定】1月のニュースレター"),
     date=d, kind="unrelated", case_id=None, accounts=[], verified=True, lang="ja",
     trace=trace_gmail(MIS[1], d, s), sender=s, extra=ses_extra(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>")])


# =============================================================== CASE E  (Marco, form, outlook.com)
olc = lambda to, d, s: trace_o365(to, d, s, consumer=True)
E_OPEN1 = T("2025-08-04 16:03:55")
E_OPEN2 = T("2025-08-11 07:30:10")
CE1, CE2 = cid15(E_OPEN1), cid15(E_OPEN2)
E_KEEP, E_OLD = "AWS03389105", "AWS05520987"

E_ACK = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged under case {cid}.

One of our specialists will review it and respond by e-mail, generally within one business day. Please don't submit the form again for the same issue - duplicate requests are handled in the order received and can slow things down.

To add details to this request, reply to this message without changing the subject line.

Summary of your submission
--------------------------
Category: Certification
Sub-category: Account Merge
Candidate ID: {cand}
Message: {msg}

Thank you,
AWS Training and Certification Support
"""
d = E_OPEN1 + dt.timedelta(seconds=52)
aws_form_mail("case-logged", part(E_ACK.format(cid=CE1, cand=E_KEEP,
              msg=f"Hi, I have two AWS certification accounts ({E_KEEP} and {E_OLD}). Please merge them, keeping {E_KEEP}. Thank you."),
              cte="7bit", charset="us-ascii"), d, MAR, f"[CASE {CE1}] {FORM_SUBJ}", "case_created", CE1, [E_KEEP, E_OLD], olc)

d = E_OPEN2 + dt.timedelta(seconds=44)
aws_form_mail("case-logged-again", part(E_ACK.format(cid=CE2, cand=E_KEEP,
              msg=f"Second request - I opened one last week (case {CE1}) but never heard back. Two accounts: {E_KEEP} (keep) and {E_OLD}. Notification e-mail: {MAR[1]}"),
              cte="quoted-printable", charset="us-ascii"), d, MAR, f"[CASE {CE2}] {FORM_SUBJ}", "case_created", CE2, [E_KEEP, E_OLD], olc)

# E3 duplicate handling + asks for info, Outlook-style original below
d = T("2025-08-12 10:15:26")
E3 = f"""Hello Marco,

Thank you for contacting AWS Training and Certification, and I'm sorry you didn't hear from us last week. Your first request ({CE1}) reached us without a notification address, so our reply could not be delivered. I've closed that one so we can carry on here under {CE2}.

To move forward I need one more thing from you: the e-mail address you use to sign in to {E_OLD}, and whether that address is still active. If you no longer have access to it, just let me know and I'll explain the alternative verification steps.

Kind regards,
Kofi A.
AWS Training and Certification Customer Support

-----Original Message-----
From: {MAR[1]}
Sent: {E_OPEN2.strftime('%a %b %d %H:%M:%S UTC %Y')}
Subject: AWS Training and Certification Form Submission - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
Candidate ID: {E_KEEP}
Message: Second request - I opened one last week (case {CE1}) but never heard back. Two accounts: {E_KEEP} (keep) and {E_OLD}.
"""
aws_form_mail("re-case-need-signin-email", part(E3, cte="quoted-printable"), d, MAR,
              f"RE:[CASE {CE2}] {FORM_SUBJ}", "support_reply", CE2, [E_OLD], olc)

# E4 confirmation request; UTF-8 bytes mislabelled as ISO-8859-1
d = T("2025-08-13 08:02:37")
E4 = f"""Hello Marco,

Thanks \u2013 I\u2019ve matched {MAR[1]} and marco.rossi@tecnoservizi-mi.it to the two profiles you mentioned.

Here\u2019s the change I\u2019d like you to approve:

\u2022 Keep: {E_KEEP}
\u2022 Close and bring into {E_KEEP}: aws05520987

All certifications, exam results and benefits on aws05520987 will move to {E_KEEP}. This step is final \u2013 once it\u2019s done we can\u2019t split the profiles again.

If that\u2019s right, simply reply \u201cconfirmed\u201d to this e-mail and I\u2019ll put it through.

Kind regards,
Kofi A.
AWS Training and Certification Customer Support
"""
E4_MID = aws_form_mail("re-approve-change", part(E4, charset="iso-8859-1", codec="utf-8", cte="quoted-printable"), d, MAR,
                       f"RE:[CASE {CE2}] {FORM_SUBJ}", "merge_confirmation_requested", CE2, [E_KEEP, E_OLD], olc)
E4_DATE = d

# E5 completed with NPS, Outlook-quoted history
d = T("2025-08-15 13:20:02")
E_USER = T("2025-08-13 08:40:19")
E5 = f"""Hello Marco,

This is Sven from AWS Training and Certification, following up on Kofi's note. Your certification records have been moved over to {E_KEEP} and the duplicate profile has been retired, so from now on you'll only need the one sign-in.

Please allow up to two days for Credly to reflect the change.

If you have a moment, we'd love to know how we did: https://amazonwebservices.qualtrics.com/jfe/form/SV_{rnd(15)}?case={CE2}

Best,
Sven L.
AWS Training and Certification Customer Support

________________________________
From: Marco Rossi <{MAR[1]}>
Sent: {E_USER.astimezone(ROM).strftime('%A, %B %d, %Y %I:%M %p')}
To: Amazon Web Services <{FORM}>
Subject: RE:[CASE {CE2}] {FORM_SUBJ}

confirmed, thank you!

Marco

{outlook_hdr(E4_DATE, ROM, f"Amazon Web Services <{FORM}>", MAR[1], f"RE:[CASE {CE2}] {FORM_SUBJ}", sep=False)}
{E4}"""
E5_HTML = html(E5)
aws_form_mail("re-records-moved", alt(part(E5, cte="quoted-printable"), part(E5_HTML, "html", cte="quoted-printable")), d, MAR,
              f"RE:[CASE {CE2}] {FORM_SUBJ}", "merge_completed", CE2, [E_KEEP], olc)

# E6 Credly follow-up from support
d = T("2025-08-19 09:05:48")
E_Q = T("2025-08-18 19:47:03")
E6 = f"""Hi Marco,

Thanks for letting us know. The badges are still attached to the Credly account that used your old work address, so I've asked our Credly team to move them to the one that goes with {E_KEEP}; this normally takes 1-2 business days.

You'll get an e-mail from Credly when the badges are ready to accept. Is there anything else I can help with in the meantime?

Best,
Sven L.
AWS Training and Certification Customer Support

________________________________
From: Marco Rossi <{MAR[1]}>
Sent: {E_Q.astimezone(ROM).strftime('%A, %B %d, %Y %I:%M %p')}
To: Amazon Web Services <{FORM}>
Subject: RE:[CASE {CE2}] {FORM_SUBJ}

Hi Sven, everything looks fine on the certification site, but Credly still shows no badges on my account. Do I need to do anything?

Marco
"""
aws_form_mail("re-credly-badges-pending", part(E6, cte="quoted-printable"), d, MAR,
              f"RE:[CASE {CE2}] {FORM_SUBJ}", "support_reply", CE2, [E_KEEP], olc)

# E7 Credly badge
credly_mail("credly-cloud-practitioner", MAR, T("2025-08-21 02:44:31"), "AWS Certified Cloud Practitioner", "Marco",
            olc, "You've been issued a badge: AWS Certified Cloud Practitioner", transferred=True)

# CertMetrics feedback request (unrelated)
d = T("2025-08-25 16:10:03")
cm = sendgrid_sender(d, "certmetrics.com", sub="mail")
fb = """Hello Marco,

AWS Certification wants to hear from you!

We're always looking for ways to improve the certification experience. Please take a few minutes to answer a short survey about your recent interactions with AWS Certification, including the exam registration process and your certification account.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply.
""" % rnd(20)
emit("aws-certification-wants-to-hear", alt(part(fb, cte="quoted-printable"), part(html(fb), "html", cte="quoted-printable")),
     frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=MAR[1], subject="AWS Certification wants to hear from you",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=olc(MAR[1], d, cm), sender=cm)

# Seller Central case (unrelated, 10-digit)
d = T("2025-09-16 21:33:50")
CSC = "5884" + f"{R.randint(100000, 999999)}"
s = ses_sender(d)
sc = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the listing for ASIN B0D{rnd(7, string.ascii_uppercase + string.digits)} that you mentioned. The listing was suppressed because the main image does not meet our image requirements (the product must fill at least 85% of the frame on a pure white background). Once a compliant image is uploaded, the listing will become active again within 24 hours.

To view or reply to this case, go to Seller Central > Help > Case Log.

Were my responses helpful? Click here to rate: https://sellercentral.amazon.it/cu/contact-us?caseID={CSC}&rating=1

We appreciate your business.

Thank you,
Giulia
Amazon Selling Partner Support
"""
emit("seller-support-listing-suppressed", alt(part(sc, cte="quoted-printable"), part(html(sc), "html", cte="quoted-printable")),
     frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', to=MAR[1],
     subject=f"RE:[CASE {CSC}] Listing suppressed - main image",
     date=d, kind="unrelated", case_id=CSC, accounts=[], verified=True, lang="en",
     trace=olc(MAR[1], d, s), sender=s, extra=ses_extra(d))

# Look-alike phishing not about the merge (unrelated)
d = T("2025-09-24 05:51:18")
ph2 = plain_sender("aws-billing-notice.net", "91.215.85.114", "smtp.aws-billing-notice.net", "noreply@aws-billing-notice.net",
                   f"<{rnd(24)}@aws-billing-notice.net>", dmarc="none", dkim_r="none", spf="softfail")
p2 = """Dear AWS customer,

We were unable to process the payment for your latest invoice. To avoid suspension of your AWS account and the deletion of your resources, please update your payment information within 48 hours.

Update payment method: https://aws-billing-notice.net/console/billing/update?session=%s

Amazon Web Services Billing
""" % rnd(18)
emit("payment-issue-notice", part(html(p2), "html", cte="quoted-printable"),
     frm='"AWS Billing" <noreply@aws-billing-notice.net>', to=MAR[1],
     subject="[Action Required] Your AWS account will be suspended",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=olc(MAR[1], d, ph2), sender=ph2, dkim_sigs=False)

# Pearson VUE (English, unrelated)
d = T("2025-10-02 14:18:27")
pv = plain_sender("pearson.com", f"159.112.{R.randint(240, 250)}.{R.randint(2, 200)}", "mx-out.pearson.com",
                  "pearsonvuecustomerservice@pearson.com", f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.vue@pearson.com>",
                  selector="selector2", policy_="REJECT")
pve = f"""Dear Marco Rossi,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment:

Exam: AWS Certified Data Engineer - Associate (DEA-C01)
Date and time: Saturday, October 25, 2025 at 09:30 CEST
Delivery: OnVUE online proctored exam
Registration ID: {R.randint(400000000, 499999999)}

Before exam day, please run the system test on the computer you will use and make sure you have a valid government-issued ID.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE
"""
emit("pearson-vue-appointment", alt(part(pve, cte="quoted-printable"), part(html(pve), "html", cte="quoted-printable")),
     frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=MAR[1],
     subject="Your Pearson VUE exam appointment confirmation",
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="en",
     trace=olc(MAR[1], d, pv), sender=pv)


# =============================================================== CASE F  (Aisha, 11-digit id, self-hosted, no A-R)
CF = "14627305918"
F_A, F_B = "AWS02264719", "AWS14470358"
F_SUBJ = f"RE:[CASE {CF}] [AWS Training and Certification Form Submission] - account-assistance"

d = T("2025-04-23 15:02:11")
F1 = f"""Hello Aisha,

Thank you for your message, and apologies for the wait - we are handling a higher volume of requests than usual.

Your request is with our back-office team for review. While they look at the two profiles ({F_A} and {F_B}), could you tell me which one you would like to keep as your main account? Both have a certification on them, so we can't decide this for you. The other profile's certifications and history would be brought over to the one you choose.

Kind regards,
Hannah
AWS Training and Certification Customer Support
"""
s = ses_sender(d)
emit("re-which-profile-to-keep", part(F1, cte="7bit", charset="us-ascii"), frm=AWS_FORM, to=who(AIS), subject=F_SUBJ,
     date=d, kind="support_reply", case_id=CF, accounts=[F_A, F_B], verified=None, lang="en",
     trace=trace_selfhost(AIS[1], d, s), sender=s, extra=ses_extra(d))

d = T("2025-04-30 14:48:39")
F2 = f"""Hello Aisha,

I'm following up on my e-mail of April 23 about your AWS Certification profiles. We haven't received a reply yet, so I wanted to check: do you still need help with this?

If you do, just let me know which profile you would like to keep and we'll continue from there. If we don't hear from you within the next five business days, we'll assume the request is no longer needed and close the case. You're welcome to reply to this e-mail at any time to pick it up again.

Kind regards,
Hannah
AWS Training and Certification Customer Support

> Hello Aisha,
>
> Thank you for your message, and apologies for the wait - we are handling a higher volume of requests than usual.
>
> Your request is with our back-office team for review. While they look at the two profiles ({F_A} and {F_B}), could you tell me which one you would like to keep as your main account?
"""
s = ses_sender(d)
emit("re-still-need-help", part(F2, cte="quoted-printable", charset="us-ascii"), frm=AWS_FORM, to=who(AIS), subject=F_SUBJ,
     date=d, kind="support_reply", case_id=CF, accounts=[], verified=None, lang="en",
     trace=trace_selfhost(AIS[1], d, s), sender=s, extra=ses_extra(d))

d = T("2025-05-08 16:00:04")
F3 = f"""Hello,

We haven't heard back from you, so your AWS Training and Certification case {CF} has been closed.

If you still need help, reply to this e-mail within 14 days and the case will be reopened automatically.

Tell us about your experience - it takes less than a minute:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{rnd(15)}?caseid={CF}

Thank you,
AWS Training and Certification
"""
s = ses_sender(d)
emit("case-closed-tell-us", alt(part(F3, cte="7bit", charset="us-ascii"), part(html(F3), "html", cte="quoted-printable")),
     frm=AWS_FORM, to=who(AIS), subject=f"Your AWS Training and Certification case {CF} has been closed",
     date=d, kind="survey", case_id=CF, accounts=[], verified=None, lang="en",
     trace=trace_selfhost(AIS[1], d, s), sender=s, extra=ses_extra(d))


# =============================================================== CASE G  (鈴木, form, Japanese, So-net)
sn = lambda to, d, s: trace_jp(to, d, s, "so-net")
G_OPEN = T("2026-02-24 05:10:41")
CG = cid15(G_OPEN)
G_KEEP, G_OLD = "AWS13305862", "AWS08816204"

# colleague mail before the case (Japanese, ISO-2022-JP, company domain passes DMARC)
d = T("2026-02-20 09:14:52")
hs = plain_sender("hinode-sys.co.jp", "203.141.146.23", "mx01.hinode-sys.co.jp", "takahashi.r@hinode-sys.co.jp",
                  f"<{rnd(8, string.digits)}.{rnd(6)}@hinode-sys.co.jp>", selector="hs2024", policy_="NONE")
cj = """鈴木さん

お疲れさまです。高橋です。

先日話していた AWS 認定のアカウントが二つある件、サポートに統合をお願いすると一つにまとめてもらえるようです。
私も昨年やってもらいましたが、問い合わせフォームから送って、数日で終わりました。

パートナー申請の資格者リストを3月中に出したいので、可能であれば今月中に手続きしておいてもらえると助かります。

よろしくお願いします。

--
高橋 涼子
日の出システムズ株式会社 クラウド推進部
"""
emit("ninte-account-no-ken", part(cj, charset="ISO-2022-JP", cte="7bit", quote_cs=False),
     frm=addr("高橋 涼子", "takahashi.r@hinode-sys.co.jp", "iso-2022-jp"), to=ICH[1],
     subject=Header("AWS認定アカウントの件", "iso-2022-jp").encode(),
     date=d, kind="unrelated", case_id=None, accounts=[], verified=False, lang="ja",
     trace=sn(ICH[1], d, hs), sender=hs, date_tz=JST, extra=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")])

# G1 ack, ISO-2022-JP subject split over several encoded words
d = G_OPEN + dt.timedelta(seconds=51)
G1 = f"""鈴木 一郎 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

受付番号: {CG}

内容を確認のうえ、担当者より本メールアドレス宛てにご連絡いたします。通常、1営業日以内にご返信しております。
同じお問い合わせを重ねて送信されますと対応が遅れる場合がありますので、ご了承ください。

ご送信内容
  お問い合わせの種類: 認定
  詳細: アカウントの統合
  AWS 受験者 ID: aws 13305862
  内容: 転職前のアカウントと現在のアカウントが別になっているため、一つにまとめたいです。

AWS トレーニングと認定 カスタマーサポート
"""
aws_form_mail("uketsuke", part(G1, charset="iso-2022-jp", cte="7bit"), d, ICH,
              Header(f"【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE {CG}]", "iso-2022-jp").encode(maxlinelen=60),
              "case_created", CG, [G_KEEP], sn, lang="ja")

# G2 confirmation request, HTML only
d = T("2026-02-25 03:30:19")
G2_TXT = f"""鈴木 一郎 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林です。

お知らせいただいた内容をもとに確認し、以下の2つの受験者 ID がお客様のものであることを確認いたしました。

統合先 (今後お使いいただく ID): AWS 13305862
統合元 (閉鎖される ID): aws08816204

統合元の ID に登録されている認定資格、受験履歴、受験特典は、統合先の ID に引き継がれます。統合元の ID は閉鎖され、一度実施した統合は取り消すことができません。

上記の内容で統合を進めてよろしいか、このメールにご返信のうえお知らせください。

小林
AWS トレーニングと認定 カスタマーサポート
"""
G2_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<div>鈴木 一郎 様</div><br>
<div>お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林です。</div><br>
<div>お知らせいただいた内容をもとに確認し、以下の2つの受験者 ID がお客様のものであることを確認いたしました。</div><br>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr><td>統合先 (今後お使いいただく ID)</td><td>AWS 13305862</td></tr>
<tr><td>統合元 (閉鎖される ID)</td><td>aws08816204</td></tr>
</table><br>
<div>統合元の ID に登録されている認定資格、受験履歴、受験特典は、統合先の ID に引き継がれます。統合元の ID は閉鎖され、<b>一度実施した統合は取り消すことができません。</b></div><br>
<div>上記の内容で統合を進めてよろしいか、このメールにご返信のうえお知らせください。</div><br>
<div>小林<br>AWS トレーニングと認定 カスタマーサポート</div>
</body></html>
"""
aws_form_mail("re-tougou-kakunin-onegai", part(G2_HTML, "html", charset="UTF-8", cte="quoted-printable", quote_cs=False), d, ICH,
              f"RE:[CASE {CG}] {FORM_SUBJ}", "merge_confirmation_requested", CG, [G_KEEP, G_OLD], sn, lang="ja")
G2_DATE = d

# G3 conditional: after approval, "once done we'll let you know", nested quotes
d = T("2026-02-26 01:05:33")
G_USER = T("2026-02-25 13:14:08")
G3 = f"""鈴木 一郎 様

ご承認いただきありがとうございます。担当部署へ依頼いたしました。

統合の作業が終わりましたら、改めてこちらからご連絡いたします。完了後は、Credly のデジタルバッジも統合先のアカウントに移される予定です。
作業中は AWS Certification アカウントの表示が一時的に変わることがありますが、ご心配には及びません。

小林
AWS トレーニングと認定 カスタマーサポート

{ja_on(G_USER, ICH[0], ICH[1])}
> 小林様
>
> ご連絡ありがとうございます。
> 内容に間違いありませんので、統合を進めてください。
>
> 鈴木
>
{q(ja_on(G2_DATE, AWSNAME, FORM))}
{q(q(G2_TXT))}
"""
aws_form_mail("re-shounin-arigatou", part(G3, cte="base64"), d, ICH, f"RE:[CASE {CG}] {FORM_SUBJ}",
              "support_reply", CG, [], sn, lang="ja")

# G4 completed, ISO-2022-JP
d = T("2026-02-27 08:45:02")
G4 = f"""鈴木 一郎 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林です。

先日ご依頼いただいた件、統合作業が完了いたしましたのでご報告いたします。
{G_OLD} でお持ちだった AWS Certified Solutions Architect - Associate および受験履歴は、{G_KEEP} に移行済みです。{G_OLD} は閉鎖されました。

AWS Certification アカウントにサインインして、認定資格と特典が正しく表示されていることをご確認ください。

引き続きよろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
"""
aws_form_mail("re-tougou-sagyou-kanryou", part(G4, charset="iso-2022-jp", cte="7bit"), d, ICH, f"RE:[CASE {CG}] {FORM_SUBJ}",
              "merge_completed", CG, [G_KEEP, G_OLD], sn, lang="ja")

# G5 Credly
credly_mail("credly-saa-badge-issued", ICH, T("2026-02-28 00:20:14"), "AWS Certified Solutions Architect \u2013 Associate",
            "Ichiro", sn, "Amazon Web Services Training and Certification sent you a badge", transferred=True)


# ============================================================================ write out, in date order

for i, (_, _, job) in enumerate(sorted(JOBS, key=lambda j: (j[0], j[1])), 1):
    job(i)

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
print(len(FILES), "files written")
