#!/usr/bin/env python3
"""Generator for blind set 163: acknowledgements, closures and surveys (and
their look-alikes) around an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json here.
"""
import base64
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

from email import charset as _cs
from email.charset import Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from email import encoders
from zoneinfo import ZoneInfo
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(163)
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))
PDT = timezone(timedelta(hours=-7))
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))

WD_JA = "月火水木金土日"


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def hexr(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold_b64(s, first=8, width=70, indent="\t "):
    """Fold a long base64 token over lines the way DKIM signers do."""
    out, line = [], s[:first]
    s = s[first:]
    while s:
        out.append(line)
        line, s = s[:width], s[width:]
    out.append(line)
    return ("\n" + indent).join(out)


def case15(dt, suffix):
    """15-digit display id: unix time the case opened + 5 digits."""
    return f"{int(dt.timestamp())}{suffix}"


def ses_msgid(dt, region="us-east-1"):
    ms = int(dt.timestamp() * 1000)
    pre = "0100" if region == "us-east-1" else "0101"
    dom = "email.amazonses.com" if region == "us-east-1" else f"{region}.amazonses.com"
    return f"<{pre}{ms:012x}-{uid()}-000000@{dom}>"


def ses_bounce(dt, region="us-east-1"):
    ms = int(dt.timestamp() * 1000)
    pre = "0100" if region == "us-east-1" else "0101"
    dom = "amazonses.com" if region == "us-east-1" else f"{region}.amazonses.com"
    return f"{pre}{ms:012x}-{uid()}-000000@{dom}"


def rfc(dt):
    return format_datetime(dt)


def ja_date(dt):
    """2025年5月28日(水) 8:02"""
    return f"{dt.year}年{dt.month}月{dt.day}日({WD_JA[dt.weekday()]}) {dt.hour}:{dt.minute:02d}"


# --------------------------------------------------------------------------
# DKIM / trace header builders (all return raw header text, "\n"-joined)
# --------------------------------------------------------------------------
SES_SELECTOR = "224i4yxa5dv7c2xz3womw6peuasteono"


def dkim(d, s, dt, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", i=None):
    t = int(dt.timestamp())
    ipart = f" i=@{i};" if i else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d};{ipart} t={t};\n"
            f"\th={h};\n"
            f"\tbh={b64r(32)};\n"
            f"\tb={fold_b64(b64r(256))}")


def ses_dkims(dt, d="amazon.com", sel=None):
    sel = sel or alnum(32, "abcdefghijklmnopqrstuvwxyz234567")
    return [dkim(d, sel, dt, h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version"),
            dkim("amazonses.com", SES_SELECTOR, dt,
                 h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID")]


SES_IPS = ["54.240.8.33", "54.240.8.52", "54.240.9.41", "54.240.11.12", "54.240.27.18",
           "54.240.48.92", "54.240.4.7", "23.251.234.5"]


def ses_host(ip):
    a = ip.split(".")
    return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"


def gmail_trace(rcpt, dt, *, mailfrom, ip, helo, ar_lines, extra_top=None):
    """Headers a Gmail mailbox shows on top of a received message."""
    g_ip = f"2002:a05:{R.randint(6000,7000):x}:{R.randint(1,0xffff):x}:b0:{R.randint(1,0xfff):x}:{R.randint(1,0xffff):x}:{R.randint(1,0xffff):x}"
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    t0 = t1 + timedelta(seconds=R.randint(0, 1))
    la = ZoneInfo("America/Los_Angeles")
    l0, l1 = t0.astimezone(la), t1.astimezone(la)
    gid = (f"{hexr(13)}-{alnum(11)}si{R.randint(100000000,999999999)}{alnum(3)}.{R.randint(100,999)}."
           f"{t1.year}.{t1.month:02d}.{t1.day:02d}.{t1.hour:02d}.{t1.minute:02d}.{t1.second:02d}")
    lines = [f"Delivered-To: {rcpt}",
             f"Received: by {g_ip} with SMTP id {alnum(8)}csp{R.randint(100000,999999)}{alnum(3)};\n"
             f"        {rfc(l0)} ({l0.strftime('%Z')})",
             f"X-Google-Smtp-Source: AGHT+I{b64r(60)[:70]}",
             f"X-Received: by 2002:a05:6214:{R.randint(1000,9999)}:b0:6f5:{alnum(4,'0123456789abcdef')}:{alnum(4,'0123456789abcdef')} with SMTP id {alnum(14)}.{R.randint(10,99)}.{int(t0.timestamp())}{R.randint(100,999)};\n"
             f"        {rfc(l0)} ({l0.strftime('%Z')})",
             f"ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n"
             f"        d=google.com; s=arc-20240605;\n"
             f"        b={fold_b64(b64r(256), first=60, width=70, indent='         ')}",
             f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
             f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
             f"         :dkim-signature:dkim-signature;\n"
             f"        bh={b64r(32)};\n"
             f"        fh={b64r(32)};\n"
             f"        b={fold_b64(b64r(256), first=60, width=70, indent='         ')}",
             "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(ar_lines),
             f"Return-Path: <{mailfrom}>",
             f"Received: from {helo} ({helo} [{ip}])\n"
             f"        by mx.google.com with ESMTPS id {gid}\n"
             f"        for <{rcpt}>\n"
             f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
             f"        {rfc(l1)} ({l1.strftime('%Z')})",
             f"Received-SPF: pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};",
             "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(ar_lines),
             ]
    if extra_top:
        lines = extra_top + lines
    return lines


def gmail_ar_ses(mailfrom, ip, from_dom="amazon.com", dmarc="pass", policy="QUARANTINE",
                 dkim_doms=("amazon.com", "amazonses.com")):
    out = []
    for d in dkim_doms:
        out.append(f"dkim=pass header.i=@{d} header.s={alnum(32,'abcdefghijklmnopqrstuvwxyz234567') if d!='amazonses.com' else SES_SELECTOR} header.b={b64r(6)[:8]}")
    out.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    out.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={from_dom}")
    return out


def outlook_trace(dt, *, ip, helo, mailfrom_dom, ar, rcpt_dom="outlook.com", spf="Pass"):
    """Exchange Online: Authentication-Results without authserv-id."""
    t = dt + timedelta(seconds=R.randint(1, 5))
    srv = lambda: f"{R.choice(['SA1PR12MB','DM6PR12MB','PH7PR11MB','BY5PR19MB','DB9PR07MB','AM0PR04MB','PAXPR08MB','LV3PR12MB'])}{R.randint(1000,9999)}"
    a, b, c = srv(), srv(), f"{R.choice(['BN2PEPF','SN1PEPF','AM4PEPF','DU6PEPF'])}0000{R.randint(1000,9999):X}"
    region = "namprd12" if "outlook.com" in rcpt_dom else "eurprd04"
    v6 = lambda: f"2603:10b6:{R.randint(100,999)}:{R.randint(1,0xfff):x}::{R.randint(1,0xff):x}"
    return [
        f"Received: from {a}.{region}.prod.outlook.com ({v6()}) by\n {b}.{region}.prod.outlook.com with HTTPS; {rfc(t)}",
        f"Received: from {c}.{region}.prod.outlook.com ({v6()}) by\n {a}.{region}.prod.outlook.com ({v6()}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}; {rfc(t)}",
        f"Authentication-Results: {ar}",
        f"Received-SPF: {spf} (protection.outlook.com: domain of {mailfrom_dom}\n"
        f" {'designates' if spf=='Pass' else 'does not designate'} {ip} as permitted sender) receiver=protection.outlook.com;\n"
        f" client-ip={ip}; helo={helo}; pr=C",
        f"Received: from {helo} ({ip}) by\n {c}.mail.protection.outlook.com ({v6()}) with Microsoft SMTP\n"
        f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}\n"
        f" via Frontend Transport; {rfc(t)}",
    ]


def outlook_ar_pass(ip, mailfrom_dom, hd="amazon.com", extra_d=("amazonses.com",)):
    s = f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n header.d={hd};"
    for d in extra_d:
        s += f"dkim=pass (signature was verified)\n header.d={d};"
    s += f"dmarc=pass action=none\n header.from={hd};compauth=pass reason=100"
    return s


def generic_trace(dt, *, authserv, ar_body, rcvd_host, ip, helo, rcpt, extra_received=None):
    """Japanese ISPs / Fastmail / iCloud style."""
    t = dt + timedelta(seconds=R.randint(1, 6))
    lines = []
    if extra_received:
        lines += extra_received
    lines += [
        f"Received: from {helo} ({helo} [{ip}])\n\tby {rcvd_host} with ESMTPS id {alnum(12).upper()}\n\tfor <{rcpt}>; {rfc(t.astimezone(dt.tzinfo))}",
        (f"Authentication-Results: {authserv} " + ";\n\t".join(ar_body)) if authserv.endswith(" ")
        else (f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(ar_body)),
    ]
    return lines


# --------------------------------------------------------------------------
# MIME body builders
# --------------------------------------------------------------------------
def cs(name, body):
    c = Charset(name)
    c.body_encoding = {"qp": _cs.QP, "b64": _cs.BASE64, "8bit": None, "7bit": None}[body]
    if name.lower() == "iso-2022-jp":
        c.body_encoding = None
    return c


def text(body, charset="utf-8", cte="qp", subtype="plain", label=None, raw_bytes=None, fmt=None):
    """A text/* part. label overrides the declared charset (to fake a wrong
    label); raw_bytes gives the exact payload bytes before transfer encoding."""
    if raw_bytes is None:
        enc = {"shift_jis": "cp932"}.get(charset.lower(), charset)
        raw_bytes = body.encode(enc)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if fmt:
        p.set_param("format", fmt)
    if cte == "qp":
        p.set_payload(quopri.encodestring(raw_bytes).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(raw_bytes).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        p.set_payload(raw_bytes.decode("ascii"))
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        p.set_payload(raw_bytes.decode("utf-8", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
    del p["MIME-Version"]
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def related(html_part, *others):
    m = MIMEMultipart("related")
    del m["MIME-Version"]
    m.attach(html_part)
    for o in others:
        m.attach(o)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def enc_hdr(value, charset="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    return formataddr((name, email_), charset=charset)


# --------------------------------------------------------------------------
# quoting helpers
# --------------------------------------------------------------------------
def q(text_, prefix="> "):
    return "\n".join((prefix + l) if l and not l.startswith(">") else ((">" + l) if l.startswith(">") else prefix.rstrip()) for l in text_.split("\n"))


def qg(text_):
    """Gmail-style quoting: every line gets '> ', already quoted ones become '> >'."""
    out = []
    for l in text_.split("\n"):
        if l.startswith(">"):
            out.append("> " + l)
        elif l:
            out.append("> " + l)
        else:
            out.append(">")
    return "\n".join(out)


def gmail_on(dt, name, email_):
    d = dt.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {d} {name} <{email_}> wrote:"


def outlook_block(frm, sent_dt, to, subject, body, cc=None):
    s = "________________________________\n"
    s += f"From: {frm}\nSent: {sent_dt.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n{body}"
    return s


def original_message(frm, sent_dt, to, subject, body):
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent_dt.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
            f"To: {to}\nSubject: {subject}\n\n{body}")


def ja_on(dt, name, email_):
    return f"{ja_date(dt)} {name} <{email_}>:"


# --------------------------------------------------------------------------
# writer
# --------------------------------------------------------------------------
CRLF_FILES = {"002", "011", "013", "025", "030", "041", "049", "060"}  # saved with CRLF line ends


def emit(fname, *, trace, headers, body, label, crlf=False):
    """trace: list of raw header strings (top first), placed above headers.
    headers: list of (name, value) already encoded if needed."""
    blk = list(trace)
    for n, v in headers:
        blk.append(f"{n}: {v}")
    root = body
    blk.append("MIME-Version: 1.0")
    raw_body = root.as_bytes()
    raw = ("\n".join(blk) + "\n").encode("ascii") + raw_body
    if crlf or fname[:3] in CRLF_FILES:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    assert fname not in LABELS, fname
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {k: lab[k] for k in ("kind", "case_id", "account_ids", "sender_verified", "language")}


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified,
            "language": lang}


# --------------------------------------------------------------------------
# common AWS text blocks
# --------------------------------------------------------------------------
FORM_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")
SC_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"
SC_URL_JA = "https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"
AWS_ADDR_FOOT = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
                 "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
                 "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
AWS_ADDR_FOOT_JA = ("アマゾン ウェブ サービス ジャパン合同会社\n〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア")


def aws_html(inner, *, title="Amazon Web Services", lang="en", foot=None):
    foot = foot or AWS_ADDR_FOOT
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{margin:0;padding:0;background:#f2f3f3;font-family:'Amazon Ember',Helvetica,Arial,sans-serif}}
.wrap{{max-width:640px;margin:0 auto;background:#ffffff}} .hd{{background:#232f3e;padding:18px 24px}}
.bd{{padding:24px;color:#16191f;font-size:14px;line-height:20px}} .ft{{padding:16px 24px;color:#687078;font-size:11px}}
a.btn{{display:inline-block;background:#ff9900;color:#16191f;text-decoration:none;padding:8px 18px;border-radius:2px;font-weight:bold}}
</style></head>
<body><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">
<table role="presentation" class="wrap" width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td class="hd"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="Amazon Web Services"></td></tr>
<tr><td class="bd">
{inner}
</td></tr>
<tr><td class="ft">{foot.replace(chr(10), '<br>')}</td></tr>
</table></td></tr></table></body></html>
"""


# --------------------------------------------------------------------------
# convenience: a whole trace for SES-sent AWS mail in various mailboxes
# --------------------------------------------------------------------------
def ses_extra(dt, ip):
    return [("Feedback-ID", f"::1.us-east-1.{b64r(30)[:40]}=:AmazonSES"),
            ("X-SES-Outgoing", f"{dt.strftime('%Y.%m.%d')}-{ip}")]


def via_gmail(rcpt, dt, *, from_dom="amazon.com", dmarc="pass", dkim_doms=None, policy="QUARANTINE",
              mailfrom=None, ip=None, helo=None, sign=True, sign_doms=None):
    ip = ip or R.choice(SES_IPS)
    helo = helo or ses_host(ip)
    mf = mailfrom or ses_bounce(dt)
    doms = dkim_doms if dkim_doms is not None else (from_dom, "amazonses.com")
    ar = gmail_ar_ses(mf, ip, from_dom=from_dom, dmarc=dmarc, policy=policy, dkim_doms=doms)
    tr = gmail_trace(rcpt, dt, mailfrom=mf, ip=ip, helo=helo, ar_lines=ar)
    if sign:
        sd = sign_doms if sign_doms is not None else doms
        tr += [dkim(d, SES_SELECTOR if d == "amazonses.com" else alnum(32, "abcdefghijklmnopqrstuvwxyz234567"), dt)
               for d in sd]
    return tr, ip


def via_outlook(dt, *, rcpt_dom="outlook.com", hd="amazon.com", ip=None, mf_dom="amazonses.com", ar=None,
                sign=True):
    ip = ip or R.choice(SES_IPS)
    helo = ses_host(ip) if "amazonses" in mf_dom else f"mail.{mf_dom}"
    ar = ar or outlook_ar_pass(ip, mf_dom, hd=hd, extra_d=("amazonses.com",) if "amazonses" in mf_dom else ())
    tr = outlook_trace(dt, ip=ip, helo=helo, mailfrom_dom=mf_dom, ar=ar, rcpt_dom=rcpt_dom)
    if sign:
        tr += ses_dkims(dt, d=hd) if "amazonses" in mf_dom else [dkim(hd, "s1", dt)]
    return tr, ip


def via_generic(dt, *, authserv, rcvd_host, rcpt, ar_body, ip=None, helo=None, sign=("amazon.com", "amazonses.com"),
                extra_received=None, return_path=None):
    ip = ip or R.choice(SES_IPS)
    helo = helo or ses_host(ip)
    tr = []
    if return_path is not False:
        tr.append(f"Return-Path: <{return_path or ses_bounce(dt)}>")
    tr += generic_trace(dt, authserv=authserv, ar_body=ar_body, rcvd_host=rcvd_host, ip=ip, helo=helo, rcpt=rcpt,
                        extra_received=extra_received)
    tr += [dkim(d, SES_SELECTOR if d == "amazonses.com" else alnum(32, "abcdefghijklmnopqrstuvwxyz234567"), dt)
           for d in sign]
    return tr, ip


# --------------------------------------------------------------------------
# people and cases
# --------------------------------------------------------------------------
# P1 Daniel Okafor - form desk, 2025, Gmail
P1 = ("Daniel Okafor", "daniel.okafor@gmail.com")
C1_OPEN = datetime(2025, 3, 11, 14, 22, 7, tzinfo=UTC)
C1 = case15(C1_OPEN, "03317")
P1_OLD, P1_NEW = "AWS04417732", "AWS09120548"
# P2 Yamada Kenta - console case in Japanese, 2025, nifty
P2 = ("山田 健太", "k-yamada@nifty.com")
C2_OPEN = datetime(2025, 5, 27, 23, 2, 11, tzinfo=UTC)
C2 = case15(C2_OPEN, "00514")
P2_OLD, P2_NEW = "AWS01838265", "AWS06675104"
# P3 Priya Raman - form desk 2023, 11-digit, outlook.com
P3 = ("Priya Raman", "priya.raman@outlook.com")
C3 = "13284756190"
P3_A, P3_B, P3_KEEP = "AWS03392817", "AWS07756021", "AWS05501934"
# P4 Marek Nowak - 2020, 10-digit, corporate mailbox without auth results
P4 = ("Marek Nowak", "marek.nowak@tarnowskie-sieci.pl")
C4, C4_DUP = "7081234561", "7093345120"
P4_OLD, P4_NEW = "AWS00872344", "AWS02219875"
# P5 Sato Misaki - form desk in Japanese, 2024, yahoo.co.jp
P5 = ("佐藤 美咲", "misaki_sato0412@yahoo.co.jp")
C5_OPEN = datetime(2024, 11, 5, 1, 47, 33, tzinfo=UTC)
C5 = case15(C5_OPEN, "01288")
P5_OLD, P5_NEW = "AWS08830112", "AWS05006719"
# P6 Lucas Ferreira - console case 2025, Microsoft 365 corporate
P6 = ("Lucas Ferreira", "lucas.ferreira@brightpath-analytics.com")
C6_OPEN = datetime(2025, 7, 8, 12, 5, 49, tzinfo=UTC)
C6 = case15(C6_OPEN, "00871")
P6_A, P6_B = "AWS06120987", "AWS03348811"
C6Q_OPEN = datetime(2025, 6, 2, 17, 40, 12, tzinfo=UTC)
C6Q = case15(C6Q_OPEN, "00093")
# P7 Chen Wei - third-party help desk ticket, 2024, iCloud
P7 = ("Chen Wei", "chen.wei88@icloud.com")
T7 = "482130"
# P8 Sofia Lindqvist - console case 2024, Fastmail
P8 = ("Sofia Lindqvist", "sofia@lindqvist.se")
C8_OPEN = datetime(2024, 2, 19, 8, 41, 2, tzinfo=UTC)
C8 = case15(C8_OPEN, "00246")
P8_KEEP, P8_OLD = "AWS05123390", "AWS01944873"
C8B_OPEN = datetime(2024, 1, 5, 10, 3, 55, tzinfo=UTC)
C8B = case15(C8B_OPEN, "00417")
# P9 Ahmed Hassan - form desk 2025, Gmail
P9 = ("Ahmed Hassan", "ahmed.hassan.dev@gmail.com")
C9_OPEN = datetime(2025, 9, 2, 6, 18, 44, tzinfo=UTC)
C9 = case15(C9_OPEN, "02061")
P9_A, P9_B = "AWS07781204", "AWS03065518"
# P10 Suzuki Daisuke - form desk over New Year 2025, OCN
P10 = ("鈴木 大輔", "d-suzuki@dream.ocn.ne.jp")
C10_OPEN = datetime(2025, 1, 4, 4, 20, 38, tzinfo=UTC)
C10 = case15(C10_OPEN, "00758")
P10_A, P10_B = "AWS04598832", "AWS07214460"
# P11 Tom Becker - help desk on Salesforce 2022, Exchange Online corporate
P11 = ("Tom Becker", "t.becker@kessler-engineering.de")
C11 = "00841937"
P11_OLD, P11_NEW = "AWS06632019", "AWS02870446"
# P12 Ana Souza - Amazon seller, Gmail
P12 = ("Ana Souza", "ana.souza.store@gmail.com")

# ==========================================================================
# case_created
# ==========================================================================
def m001():
    dt = C1_OPEN + timedelta(seconds=33)
    tr, ip = via_gmail(P1[1], dt)
    body_t = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. This is an automated
message to let you know that we have received your request and opened case
{C1}. A member of our team will review it and respond within 24 hours.

Case details
------------
Case ID: {C1}
Inquiry type: AWS Certification
Detail: Account Merge
Your message:
  Hi, I ended up with two certification accounts - AWS04417732 (created with
  my old employer e-mail) and aws-09120548 (my personal one). Could you merge
  them please? I'd like to keep the personal account.

To add information to this case, reply to this e-mail and keep the case ID in
the subject line. Please do not open a new case for the same request; doing so
can delay our response.

Sincerely,
AWS Training and Certification Customer Support

{AWS_ADDR_FOOT}
"""
    inner = f"""<p>Hello Daniel,</p>
<p>Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and opened case <b>{C1}</b>. A member of our team will review it and respond within 24&nbsp;hours.</p>
<table cellpadding="4" cellspacing="0" border="0" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td><b>Case ID</b></td><td>{C1}</td></tr>
<tr><td><b>Inquiry type</b></td><td>AWS Certification</td></tr>
<tr><td><b>Detail</b></td><td>Account Merge</td></tr>
<tr><td valign="top"><b>Your message</b></td><td>Hi, I ended up with two certification accounts - AWS04417732 (created with my old employer e-mail) and aws-09120548 (my personal one). Could you merge them please? I'd like to keep the personal account.</td></tr>
</table>
<p>To add information to this case, reply to this e-mail and keep the case ID in the subject line. Please do not open a new case for the same request; doing so can delay our response.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", FORM_FROM), ("To", P1[1]),
           ("Subject", f"[CASE {C1}] We received your request - AWS Training and Certification"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("001-formdesk-ack-en.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C1, [P1_OLD, P1_NEW], True))


def m002():
    dt = C6_OPEN + timedelta(seconds=21)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {C6} to address your issue.

The details of your case are as follows:

Case ID: {C6}
Subject: Merge two AWS Certification accounts (AWS 06120987 / AWS 03348811)
Severity: General guidance
Correspondence: Hello,
I sat the SAA-C03 exam last month and only afterwards noticed it was booked under a second
certification account (AWS 03348811). My original account AWS 06120987 holds CLF-C02 and
DVA-C02. I would like to have all certifications on one account. Please advise.
Thanks, Lucas

You will receive an email when the status of your case changes. To see all of your support
cases or add correspondence, please visit the Support Center:
{SC_URL.format(cid=C6)}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To
respond, please use the link above.

Best regards,
Amazon Web Services

{AWS_ADDR_FOOT}
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"Amazon Web Services: You have opened a new Support case: {C6}"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("002-console-ack-en.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C6, [P6_A, P6_B], True))


def m003():
    dt = C2_OPEN + timedelta(seconds=18)
    ip = R.choice(SES_IPS)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx11.nifty.com",
                         rcpt=P2[1], ip=ip,
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com",
                                  "dkim=pass header.d=amazon.com header.s=" + alnum(32, "abcdefghijklmnopqrstuvwxyz234567"),
                                  "dkim=pass header.d=amazonses.com",
                                  "dmarc=pass (p=QUARANTINE) header.from=amazon.com"])
    body_t = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {C2} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {C2}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
やり取り: お世話になっております。
AWS 認定のアカウントが 2 つ存在しているようです（AWS01838265 と AWS06675104）。
転職前に会社のメールアドレスで作成したものと、個人で作成したものです。
旧アカウントの認定を新しいアカウントにまとめていただくことは可能でしょうか。
よろしくお願いいたします。
山田

ケースのステータスが変更されると、メールでお知らせいたします。すべてのサポートケースの確認、またはやり取りの追加は、サポートセンターから行ってください。
{SC_URL_JA.format(cid=C2)}

※本メールは送信専用のアドレスからお送りしています。本メールにご返信いただいてもお答えできませんので、あらかじめご了承ください。

よろしくお願いいたします。
アマゾン ウェブ サービス

{AWS_ADDR_FOOT_JA}
"""
    body = text(body_t, charset="iso-2022-jp", cte="7bit", raw_bytes=body_t.encode("iso-2022-jp"))
    hdr = [("From", CONSOLE_FROM), ("To", P2[1]),
           ("Subject", enc_hdr(f"Amazon Web Services: 新しいサポートケースをオープンしました: {C2}", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("003-console-ack-ja-iso2022jp.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C2, [P2_OLD, P2_NEW], True, "ja"))


def m004():
    dt = C5_OPEN + timedelta(seconds=41)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mta5012.mail.kks.yahoo.co.jp ", rcvd_host="mta5012.mail.kks.yahoo.co.jp",
                         rcpt=P5[1],
                         ar_body=["from=amazon.com", "domainkey=neutral (no sig)",
                                  "dkim=pass (ok) header.i=@amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com"])
    body_t = f"""佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
お問い合わせ番号（ケース ID）：{C5}
お問い合わせの種類：AWS 認定
詳細：アカウントの統合
お問い合わせ内容：
  認定アカウントが重複しています。aws08830112（旧姓の鈴木で登録）と
  AWS05006719（現在の氏名）です。AWS05006719 の方を残したいです。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、ご回答が遅れる場合がございますのでご注意ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
    inner = "".join(f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body_t.strip().split("\n\n"))
    body = alt(text(body_t, cte="b64"),
               text(aws_html(inner, lang="ja", title="お問い合わせを受け付けました", foot=AWS_ADDR_FOOT_JA), subtype="html", cte="b64"))
    hdr = [("From", addr("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", addr("佐藤 美咲", P5[1])),
           ("Subject", enc_hdr(f"[CASE {C5}] AWS トレーニングと認定：お問い合わせを受け付けました", "utf-8")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("004-formdesk-ack-ja-utf8-b64.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C5, [P5_OLD, P5_NEW], True, "ja"))


def m005():
    dt = datetime(2023, 9, 15, 19, 48, 52, tzinfo=PDT).astimezone(UTC)
    tr, ip = via_outlook(dt, rcpt_dom="outlook.com")
    body_t = f"""Hi Priya,

Thanks for reaching out to AWS Training and Certification Customer Service.

We received your request on Friday, September 15 at 7:48 PM (PDT), which is outside our
regular support hours (Monday to Friday, 6:00 AM - 6:00 PM Pacific Time). Your case
number is {C3}. One of our associates will get back to you on the next business day.

While you wait, many certification questions are answered in our FAQ:
https://aws.amazon.com/certification/faqs/

If you have more details to share, just reply to this message. There is no need to
submit another request.

Kind regards,
AWS Training and Certification Customer Service
"""
    body = text(body_t, charset="utf-8", cte="7bit", raw_bytes=body_t.encode())
    hdr = [("From", FORM_FROM), ("To", addr(*P3)),
           ("Subject", f"Re: [CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance [Auto-Reply]"),
           ("Auto-Submitted", "auto-replied"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("005-after-hours-autoreply-en.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C3, [], True))


def m006():
    dt = datetime(2024, 8, 14, 21, 12, 40, tzinfo=PDT)
    zip_ = "192.161.151.12"
    t = dt + timedelta(seconds=3)
    tr = [
        f"Return-Path: <support+id{T7}@awscertification.zendesk.com>",
        f"Received: from p00-icloudmta-asmtp-us-west-3a-100-percent-4.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-3a.k8s.cloud.apple.com by\n"
        f" p21-mailgateway-smtp-7d9bf97d4-8qh6n (mailgateway 2425B78) with SMTP id 3f2d5c1e-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}\n"
        f" for <{P7[1]}>; {rfc(t.astimezone(UTC))}",
        "X-Apple-MoveToFolder: INBOX ",
        "X-Apple-Action: MOVE_TO_FOLDER/INBOX",
        "X-Apple-UUID: " + uid(),
        "Received: from outbyoip12.pod27.use1.zdsys.com (outbyoip12.pod27.use1.zdsys.com [192.161.151.12])\n"
        f"\tby p00-icloudmta-asmtp-us-west-3a-60-percent-1 (Postfix) with ESMTPS id {alnum(12).upper()}\n"
        f"\tfor <{P7[1]}>; {rfc(t.astimezone(UTC))}",
        "Authentication-Results: bimi.icloud.com; bimi=none",
        "Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=awscertification.zendesk.com",
        "Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=awscertification.zendesk.com header.i=@awscertification.zendesk.com header.b=" + b64r(6)[:8],
        f"Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of support+id{T7}@awscertification.zendesk.com designates {zip_} as permitted sender) smtp.mailfrom=support+id{T7}@awscertification.zendesk.com",
        "Received-SPF: pass (spf.icloud.com: domain of awscertification.zendesk.com designates 192.161.151.12 as permitted sender)",
        dkim("awscertification.zendesk.com", "zendesk1", dt),
    ]
    body_t = f"""##- Please type your reply above this line -##

Your request ({T7}) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Chen Wei, Aug 14, 2024, 21:12 PDT

Hello, I have two candidate accounts because I used a different email when I booked
my second exam. I want to keep only one and have both certifications together on it.
Thank you.

--------------------------------
This email is a service from AWS Certification Support.
[{alnum(6).upper()}-{alnum(5).upper()}]
"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<style type="text/css">table td {{border-collapse: collapse;}}</style></head>
<body style="width: 100%!important; margin: 0; padding: 0;">
<div style="padding: 10px; line-height: 1.5; font-family: 'Lucida Grande',Verdana,Arial,sans-serif; font-size: 12px; color:#444444;">
<div style="color: #b5b5b5;">##- Please type your reply above this line -##</div>
<p dir="ltr">Your request ({T7}) has been received and is being reviewed by our support staff.</p><p dir="ltr">To add additional comments, reply to this email.</p>
<div style="margin-top: 25px"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed;"><tr><td valign="top" style="padding: 0 15px 0 15px; width: 40px;"><img width="40" height="40" alt="" style="height: auto; line-height: 100%; outline: none; text-decoration: none; border-radius: 5px;" src="https://awscertification.zendesk.com/system/images/default-avatar-80.png"/></td>
<td width="100%" style="padding: 0; margin: 0;" valign="top"><p style="font-family: 'Lucida Grande','Lucida Sans Unicode','Lucida Sans',Verdana,Tahoma,sans-serif; font-size: 15px; line-height: 18px; margin-bottom: 0; margin-top: 0; padding: 0; color:#1b1d1e;"><strong>Chen Wei</strong></p>
<p style="font-size: 13px; color:#bbbbbb; margin: 0;">Aug 14, 2024, 21:12 PDT</p>
<div class="zd-comment" dir="auto" style="color: #2b2e2f; line-height: 22px; margin: 15px 0"><p dir="auto">Hello, I have two candidate accounts because I used a different email when I booked my second exam. I want to keep only one and have both certifications together on it. Thank you.</p></div>
</td></tr></table></td></tr></table></div></div>
<div style="padding: 10px; font-size: 11px; color: #aaaaaa;">This email is a service from AWS Certification Support.</div>
<span style="color:#FFFFFF" aria-hidden="true">[{alnum(6).upper()}-{alnum(5).upper()}]</span></body></html>
"""
    body = alt(text(body_t, cte="qp"), text(html, subtype="html", cte="qp"))
    hdr = [("Date", rfc(dt)), ("From", addr("AWS Certification Support", "support@awscertification.zendesk.com")),
           ("Reply-To", addr("AWS Certification Support", "support+id482130@awscertification.zendesk.com")),
           ("To", addr(*P7)),
           ("Message-ID", f"<{alnum(5).upper()}{alnum(6).upper()}_{hexr(13)}_sprut@zendesk.com>"),
           ("Subject", "[AWS Certification Support] Re: Merge my two candidate accounts"),
           ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", hexr(7)),
           ("X-Zendesk-Email-Id", alnum(26).upper()), ("Auto-Submitted", "auto-generated")]
    emit("006-thirdparty-helpdesk-ack.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", T7, [], False))


def m007():
    dt = datetime(2020, 6, 17, 9, 31, 5, tzinfo=UTC)
    ip = R.choice(SES_IPS)
    t = dt + timedelta(seconds=6)
    tr = [
        f"Received: from EXCH02.tarnowskie-sieci.local (10.20.1.12) by EXCH01.tarnowskie-sieci.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.1.2044.4; {rfc(t.astimezone(CEST))}",
        f"Received: from mx1.tarnowskie-sieci.pl (10.20.0.25) by EXCH02.tarnowskie-sieci.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2044.4 via Frontend Transport;\n {rfc(t.astimezone(CEST))}",
        f"Received: from {ses_host(ip)} ({ses_host(ip)} [{ip}])\n\tby mx1.tarnowskie-sieci.pl (Postfix) with ESMTPS id 49n{alnum(9).upper()}\n\tfor <{P4[1]}>; {rfc(t.astimezone(CEST))}",
    ] + ses_dkims(dt)
    body_t = f"""Hello,

Thank you for contacting AWS Training and Certification. Your case has been created.

Case number: {C4_DUP}
Submitted: 06/17/2020 09:30 UTC
Category: Certification - Account Merge
Description:
Follow-up to my request from 3 June - I have not received an answer yet. Please merge
certification account AWS00872344 into AWS02219875. Both are mine, the first one was
created with my university e-mail.

Our team aims to respond within 1 business day. Response times may be longer than usual
at this time.

Thank you,
AWS Training and Certification
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", P4[1]), ("Subject", f"Your AWS Training and Certification case {C4_DUP} has been created"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)),
           ("Return-Path", f"<{ses_bounce(dt)}>"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
           ("X-MS-Exchange-Organization-AuthSource", "EXCH02.tarnowskie-sieci.local")] + ses_extra(dt, ip)
    emit("007-duplicate-case-ack-2020-noauth.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C4_DUP, [P4_OLD, P4_NEW], None))


def m008():
    dt = C8_OPEN + timedelta(seconds=26)
    ip = R.choice(SES_IPS)
    sel = alnum(32, "abcdefghijklmnopqrstuvwxyz234567")
    tr, ip = via_generic(dt, authserv="mx6.messagingengine.com", rcvd_host="mx6.messagingengine.com (Postfix)",
                         rcpt=P8[1], ip=ip,
                         ar_body=[f"dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={sel} x-bits=1024",
                                  f"dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={SES_SELECTOR} x-bits=1024",
                                  "dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com",
                                  f"iprev=pass smtp.remote-ip={ip} ({ses_host(ip)})",
                                  "spf=pass smtp.mailfrom=amazonses.com smtp.helo=" + ses_host(ip),
                                  "x-aligned-from=pass (Address match)",
                                  "x-me-sender=none", "x-ptr=pass smtp.helo=" + ses_host(ip) + " policy.ptr=" + ses_host(ip)])
    inner = f"""<p style="font-size:16px"><b>Thank you for contacting Amazon Web Services.</b></p>
<p>We have opened case <a href="{SC_URL.format(cid=C8)}">{C8}</a> to address your issue.</p>
<table cellpadding="6" cellspacing="0" border="0" width="100%" style="border-top:1px solid #eaeded;border-bottom:1px solid #eaeded">
<tr><td width="130" style="color:#545b64">Case ID</td><td>{C8}</td></tr>
<tr><td style="color:#545b64">Subject</td><td>Combine certification profiles</td></tr>
<tr><td style="color:#545b64">Severity</td><td>General guidance</td></tr>
<tr><td style="color:#545b64" valign="top">Correspondence</td><td>Hej! I have accidentally created a second certification profile when I registered for the Security Specialty exam. Please combine my certification profiles AWS05123390 and aws 01944873 &ndash; I would like to keep the first one (AWS05123390). Best, Sofia</td></tr>
</table>
<p>You will receive an email when the status of your case changes.</p>
<p><a class="btn" href="{SC_URL.format(cid=C8)}">View case in the Support Center</a></p>
<p style="color:#687078;font-size:12px">Please note: this email was sent from an address that cannot accept incoming email. To respond, use the link above.</p>
<p>Best regards,<br>Amazon Web Services</p>"""
    body = text(aws_html(inner), subtype="html", cte="b64")
    hdr = [("From", CONSOLE_FROM), ("To", P8[1]),
           ("Subject", f"Amazon Web Services: You have opened a new Support case: {C8}"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("008-console-ack-html-only.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C8, [P8_KEEP, P8_OLD], True))


def m009():
    dt = C9_OPEN + timedelta(seconds=47)
    tr, ip = via_gmail(P9[1], dt)
    body_t = f"""Hi Ahmed,

We've got your message and a case has been logged for you.

  Case:     {C9}
  Topic:    AWS Certification > Account Merge
  Received: September 2, 2025, 06:18 UTC

What you told us:
  "I have 2 candidate profiles, AWS07781204 and AWS03065518. Please unify them into
   AWS07781204, the other one was created by Pearson VUE by mistake."

What happens next
Someone from our Training & Certification team will pick this up, usually within one
business day. If we need anything else from you, we'll write to this address.

Need to add something? Reply to this email - the case number in the subject keeps it
attached to the right request.

Thanks,
AWS Training & Certification
"""
    inner = f"""<p>Hi Ahmed,</p><p>We&rsquo;ve got your message and a case has been logged for you.</p>
<table cellpadding="3" style="font-size:13px"><tr><td>Case:</td><td><b>{C9}</b></td></tr><tr><td>Topic:</td><td>AWS Certification &gt; Account Merge</td></tr><tr><td>Received:</td><td>September 2, 2025, 06:18 UTC</td></tr></table>
<p><b>What you told us</b><br><i>&ldquo;I have 2 candidate profiles, AWS07781204 and AWS03065518. Please unify them into AWS07781204, the other one was created by Pearson VUE by mistake.&rdquo;</i></p>
<p><b>What happens next</b><br>Someone from our Training &amp; Certification team will pick this up, usually within one business day. If we need anything else from you, we&rsquo;ll write to this address.</p>
<p>Need to add something? Reply to this email &ndash; the case number in the subject keeps it attached to the right request.</p>
<p>Thanks,<br>AWS Training &amp; Certification</p>"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    subj = Header(f"[CASE {C9}] Your request has been received — AWS Training & Certification Customer Support",
                  "utf-8", header_name="Subject", maxlinelen=76).encode()
    hdr = [("From", FORM_FROM), ("To", addr(*P9)), ("Subject", subj),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("009-formdesk-ack-folded-subject.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C9, [P9_A, P9_B], True))


def m010():
    dt = C10_OPEN + timedelta(seconds=52)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mfilter-s-119-004.mf.ocn.ad.jp",
                         rcvd_host="mfilter-s-119-004.mf.ocn.ad.jp (Postfix)", rcpt=P10[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com",
                                  "dkim=pass header.d=amazon.com",
                                  "dmarc=pass header.from=amazon.com"])
    body_t = f"""鈴木 大輔 様

このメールは自動送信されています。

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、以下のケースを作成いたしました。

　■ケース番号：{C10}
　■受付日時　：2025年1月4日(土) 13:20
　■お問い合わせ内容（抜粋）：
　　候補者ID AWS04598832 と AWS07214460 の統合を希望します。

誠に恐れ入りますが、現在は年末年始の休業期間（12月28日～1月5日）のため、
担当者からのご連絡は1月6日(月)以降、受付順となります。
あらかじめご了承くださいますようお願い申し上げます。

なお、下記の点にご留意ください。
　① 本メールへの返信で情報を追加いただけます（件名は変更しないでください）。
　② 同じ内容で重ねてお問い合わせいただく必要はございません。

AWS トレーニングと認定 カスタマーサポート
"""
    body = text(body_t, charset="shift_jis", cte="b64", label="Shift_JIS")
    hdr = [("From", addr("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp")),
           ("To", P10[1]),
           ("Subject", enc_hdr(f"【自動返信】お問い合わせ受付のお知らせ（営業時間外） [CASE {C10}]", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)), ("Auto-Submitted", "auto-replied")] + ses_extra(dt, ip)
    emit("010-after-hours-autoreply-ja-sjis.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C10, [P10_A, P10_B], True, "ja"))


def m011():
    dt = datetime(2022, 10, 10, 7, 55, 19, tzinfo=UTC)
    ip = "13.110.6.221"
    mf = f"bounce-{hexr(10)}@{hexr(6)}.na213.bnc.salesforce.com"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=na213.bnc.salesforce.com; dkim=pass (signature was verified)\n"
          f" header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100")
    tr = outlook_trace(dt, ip=ip, helo="smtp07-ia4-sp3.mta.salesforce.com", mailfrom_dom="na213.bnc.salesforce.com",
                       ar=ar, rcpt_dom="kessler-engineering.de")
    tr += [f"Return-Path: {mf}", dkim("amazon.com", "sf102022", dt)]
    ref = "ref:_00D5f0hjK._5004W1aBcDe:ref"
    body_t = f"""Dear Tom,

Thank you for contacting AWS Training and Certification Support.

Your case number is {C11}. Our team has received your request and will get back to you
within 1-2 business days. Please reference this number in any future correspondence.

Summary of your request
Category: Certification Account
Subject: Duplicate certification accounts
Description: Hello, please merge my old certification account AWS06632019 into my current
account AWS02870446. I no longer have access to the e-mail of the old one.

Kind regards,
AWS Training and Certification Support

[ {ref} ]
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Tom,</p><p>Thank you for contacting AWS Training and Certification Support.</p>
<p>Your case number is <b>{C11}</b>. Our team has received your request and will get back to you within 1-2 business days. Please reference this number in any future correspondence.</p>
<p><u>Summary of your request</u><br>Category: Certification Account<br>Subject: Duplicate certification accounts<br>
Description: Hello, please merge my old certification account AWS06632019 into my current account AWS02870446. I no longer have access to the e-mail of the old one.</p>
<p>Kind regards,<br>AWS Training and Certification Support</p>
<p style="color:#ffffff;font-size:1px">[ {ref} ]</p></body></html>"""
    body = alt(text(body_t, charset="iso-8859-1", cte="qp"), text(html, charset="iso-8859-1", subtype="html", cte="qp"))
    hdr = [("Date", rfc(dt)), ("From", addr("AWS T&C Support", "awstc-support@amazon.com")),
           ("To", addr(*P11)),
           ("Message-ID", f"<{alnum(20)}0000000000000000000000000000000000000000000000{alnum(8).upper()}@sfdc.net>"),
           ("Subject", f"Case #{C11}: We have received your request [ {ref} ]"),
           ("X-SFDC-LK", "00D5f0000000hjK"), ("X-SFDC-User", "0054W00000" + alnum(5)), ("X-Sender", "postmaster@salesforce.com"),
           ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
           ("X-SFDC-EmailCategory", "apiSingleMail"), ("X-SFDC-Interface", "internal")]
    emit("011-helpdesk-salesforce-ack.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", C11, [P11_OLD, P11_NEW], True))


def m012():
    dt = datetime(2025, 3, 12, 2, 14, 9, tzinfo=UTC)
    fake_case = case15(dt - timedelta(minutes=3), "07721")
    ip = "198.54.117.212"
    dom = "aws-certification-support.com"
    mf = f"bounces+{R.randint(1000000,9999999)}@{dom}"
    ar = [f"dkim=pass header.i=@{dom} header.s=default header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}"]
    tr = gmail_trace(P1[1], dt, mailfrom=mf, ip=ip, helo=f"mail.{dom}", ar_lines=ar) + [dkim(dom, "default", dt)]
    body_t = f"""AWS Training & Certification

Your account merge case has been registered

Case ID: {fake_case}
Status: Pending identity verification

Dear Candidate,

We have received your request to merge your AWS Certification accounts. Before our team
can process it, both candidate profiles must be verified. Please verify your identity within
24 hours, otherwise the request will be cancelled automatically and your certifications may
be suspended.

Verify now: http://{dom}/verify?case={fake_case}&t={hexr(24)}

Thank you,
AWS Training & Certification Team
"""
    inner = f"""<h2 style="margin-top:0">Your account merge case has been registered</h2>
<p><b>Case ID:</b> {fake_case}<br><b>Status:</b> <span style="color:#d13212">Pending identity verification</span></p>
<p>Dear Candidate,</p><p>We have received your request to merge your AWS Certification accounts. Before our team can process it, both candidate profiles must be verified. Please verify your identity within <b>24 hours</b>, otherwise the request will be cancelled automatically and your certifications may be suspended.</p>
<p><a class="btn" href="http://{dom}/verify?case={fake_case}&amp;t={hexr(24)}">Verify now</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p>"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", addr("AWS Training & Certification", f"case-notification@{dom}")), ("To", P1[1]),
           ("Subject", f"[CASE {fake_case}] Account merge request received - verification required"),
           ("Message-ID", f"<{hexr(32)}@{dom}>"), ("Date", rfc(dt)), ("X-Mailer", "PHPMailer 6.8.1")]
    emit("012-phishing-lookalike-ack.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", fake_case, [], False))


def m013():
    dt = datetime(2025, 7, 9, 16, 41, 33, tzinfo=UTC)
    fake_case = case15(dt - timedelta(minutes=1), "00412")
    ip = "185.234.72.19"
    ar = (f"spf=fail (sender IP is {ip})\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000")
    tr = outlook_trace(dt, ip=ip, helo="vps-2291.hostkey-srv.net", mailfrom_dom="amazon.com", ar=ar,
                       rcpt_dom="brightpath-analytics.com", spf="Fail")
    tr += ["X-MS-Exchange-Organization-SCL: 5",
           f"Received: from ip-10-0-3-77.ec2.internal (localhost [127.0.0.1])\n\tby vps-2291.hostkey-srv.net (Postfix) with ESMTP id 4bC{alnum(7).upper()}\n\tfor <{P6[1]}>; {rfc(dt)}",
           "Authentication-Results: mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com"]
    body_t = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {fake_case} to address your issue.

Case ID: {fake_case}
Subject: Certification account merge - identity confirmation required
Severity: Urgent
Candidate ID on file: AWS-06120987

To proceed with merging your certification accounts, we must confirm your identity. Please
sign in within 12 hours using the secure link below and confirm the payment method on file.

https://support-console-aws.com/case/?displayId={fake_case}&verify=1

Best regards,
Amazon Web Services
"""
    body = text(body_t, charset="utf-8", cte="8bit", raw_bytes=body_t.encode())
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"Amazon Web Services: You have opened a new Support case: {fake_case}"),
           ("Message-ID", f"<{hexr(16)}.{R.randint(10000,99999)}@vps-2291.hostkey-srv.net>"), ("Date", rfc(dt))]
    emit("013-spoofed-ack-dmarc-fail.eml", trace=tr, headers=hdr, body=body,
         label=L("case_created", fake_case, [P6_A], False))


# ==========================================================================
# survey (closures and rating requests)
# ==========================================================================
def p3_chaser_text():
    return """Hello Priya,

I hope you are doing well. I am following up on my previous email below regarding your
certification accounts.

We have not yet received any response from your end. Kindly revert at your earliest
convenience so that we can move forward with your request.

Best regards,
Rohan
AWS Training and Certification"""


def m014():
    dt = datetime(2023, 9, 26, 16, 2, 40, tzinfo=UTC)
    tr, ip = via_outlook(dt)
    chaser_dt = datetime(2023, 9, 22, 10, 31, tzinfo=PDT)
    body_t = f"""Hello Priya,

We haven’t heard back from you on this request, so we're going to resolve this case for now.

If you still need help, just reply to this email within the next 14 days and your case will
be reopened automatically - there is no need to submit a new request.

How did we do? Your feedback helps us improve – please take a minute to rate your experience:
https://aws.amazon.com/certification/feedback/?caseId={C3}&src=closure

Kind regards,
AWS Training and Certification Customer Service

{outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', chaser_dt,
               'priya.raman@outlook.com', f'RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance',
               p3_chaser_text())}
"""
    body = text(body_t, charset="utf-8", label="windows-1252", cte="qp")  # wrong label on purpose
    hdr = [("From", FORM_FROM), ("To", P3[1]),
           ("Subject", f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("014-closure-no-reply-en.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C3, [], True))


def m015():
    dt = datetime(2025, 3, 14, 18, 5, 11, tzinfo=UTC)
    tr, ip = via_gmail(P1[1], dt)
    inner = f"""<p>Hello Daniel,</p>
<p>Your case <b>{C1}</b> (Account Merge) has been marked as <b>resolved</b>. We&rsquo;re glad we could help with your certification accounts.</p>
<p style="margin-top:20px"><b>Was your issue resolved?</b></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><a class="btn" href="https://aws.amazon.com/tc-feedback/?c={C1}&amp;r=yes">YES</a></td>
<td><a class="btn" style="background:#eaeded" href="https://aws.amazon.com/tc-feedback/?c={C1}&amp;r=no">NO</a></td></tr></table>
<p style="margin-top:20px"><b>How would you rate the support you received?</b></p>
<p>{' '.join(f'<a href="https://aws.amazon.com/tc-feedback/?c={C1}&amp;score={i}" style="display:inline-block;width:28px;height:28px;line-height:28px;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none">{i}</a>' for i in range(1, 6))}</p>
<p style="font-size:12px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied</p>
<p>If you need further assistance with this matter, reply to this email within 14 days and the case will be reopened.</p>
<p>Thank you for choosing AWS Training and Certification.</p>"""
    body = text(aws_html(inner, title="Your case has been resolved"), subtype="html", cte="qp")
    hdr = [("From", FORM_FROM), ("To", P1[1]),
           ("Subject", f"[CASE {C1}] Your case has been resolved - tell us how we did"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("015-closure-after-merge-yes-no-html.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C1, [], True))


def m016():
    dt = datetime(2025, 7, 21, 13, 30, 2, tzinfo=UTC)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Hello,

A few days ago we worked with you on AWS Support case {C6}:
"Merge two AWS Certification accounts (AWS 06120987 / AWS 03348811)".

We'd like to hear about your experience. The survey has 3 questions and takes less than two
minutes.

Start the survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{alnum(15)}?caseId={C6}&lang=en

Your answers are confidential and are used only to improve AWS Support.

Thank you,
AWS Support Customer Experience Team

You are receiving this email because you recently contacted AWS Support. To stop receiving
survey invitations, visit https://aws.amazon.com/support/survey-preferences/
{AWS_ADDR_FOOT}
"""
    inner = f"""<p>Hello,</p><p>A few days ago we worked with you on AWS Support case <b>{C6}</b>:<br><i>&ldquo;Merge two AWS Certification accounts (AWS 06120987 / AWS 03348811)&rdquo;</i>.</p>
<p>We&rsquo;d like to hear about your experience. The survey has 3 questions and takes less than two minutes.</p>
<p><a class="btn" href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{alnum(15)}?caseId={C6}&amp;lang=en">Start the survey</a></p>
<p style="font-size:12px;color:#687078">Your answers are confidential and are used only to improve AWS Support.</p>
<p>Thank you,<br>AWS Support Customer Experience Team</p>
<p style="font-size:11px;color:#879596">You are receiving this email because you recently contacted AWS Support. <a href="https://aws.amazon.com/support/survey-preferences/">Stop receiving survey invitations</a>.</p>"""
    body = alt(text(body_t, cte="b64"), text(aws_html(inner), subtype="html", cte="b64"))
    hdr = [("From", addr("AWS Support", "aws-support-survey@amazon.com")), ("To", P6[1]),
           ("Subject", f"How was your recent experience with AWS Support? (Case {C6})"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)),
           ("List-Unsubscribe", "<https://aws.amazon.com/support/survey-preferences/>")] + ses_extra(dt, ip)
    # subject line of the case quoted as the survey's reference: ids are part of this mail's own text
    emit("016-survey-days-later.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C6, [P6_A, P6_B], True))


def m017():
    dt = datetime(2024, 2, 26, 9, 12, 45, tzinfo=UTC)
    tr, ip = via_generic(dt, authserv="mx3.messagingengine.com", rcvd_host="mx3.messagingengine.com (Postfix)",
                         rcpt=P8[1],
                         ar_body=[f"dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64r(6)[:8]} header.a=rsa-sha256",
                                  "dmarc=pass policy.published-domain-policy=quarantine header.from=amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com", "x-aligned-from=pass (Address match)"])
    cells = "".join(
        f'<td align="center" style="padding:2px"><a href="https://survey.aws.amazon.com/nps?c={C8}&amp;s={i}" '
        f'style="display:block;width:34px;height:34px;line-height:34px;background:{"#d13212" if i < 7 else ("#ff9900" if i < 9 else "#1d8102")};'
        f'color:#ffffff;text-decoration:none;font-weight:bold">{i}</a></td>' for i in range(11))
    inner = f"""<p>Hi Sofia,</p>
<p>Thank you for contacting AWS Support about case {C8}.</p>
<p style="font-size:16px"><b>How likely are you to recommend AWS Support to a friend or colleague?</b></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>{cells}</tr>
<tr><td colspan="5" style="font-size:11px;color:#687078">Not at all likely</td><td></td><td colspan="5" align="right" style="font-size:11px;color:#687078">Extremely likely</td></tr></table>
<p>Click a number to answer &ndash; you can add a comment on the next page.</p>
<p>Thanks,<br>AWS Support</p>"""
    body_t = f"""Hi Sofia,

Thank you for contacting AWS Support about case {C8}.

How likely are you to recommend AWS Support to a friend or colleague?
(0 = Not at all likely, 10 = Extremely likely)

""" + "\n".join(f"  {i:>2}: https://survey.aws.amazon.com/nps?c={C8}&s={i}" for i in range(11)) + """

Thanks,
AWS Support
"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", addr("AWS Support", "aws-support-survey@amazon.com")), ("To", addr(*P8)),
           ("Subject", "One question about your recent AWS Support case"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("017-nps-question.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C8, [], True))


def m018():
    dt = datetime(2025, 5, 31, 6, 44, 20, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx12.nifty.com", rcpt=P2[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dkim=pass header.d=amazonses.com", "dmarc=pass (p=QUARANTINE) header.from=amazon.com"])
    yes = f"https://support.console.aws.amazon.com/support/feedback?displayId={C2}&resolved=yes&language=ja"
    no = f"https://support.console.aws.amazon.com/support/feedback?displayId={C2}&resolved=no&language=ja"
    body_t = f"""お客様

サポートケース {C2}「認定アカウントの統合について」は解決済みとしてクローズされました。

問題は解決しましたか？
　はい: {yes}
　いいえ: {no}

ご回答いただいた内容は、サポート品質の向上のために活用させていただきます。
引き続きお困りの点がございましたら、サポートセンターからケースを再度オープンしてください。
{SC_URL_JA.format(cid=C2)}

※本メールは送信専用アドレスからお送りしています。

アマゾン ウェブ サービス
"""
    inner = f"""<p>お客様</p>
<p>サポートケース <b>{C2}</b>「認定アカウントの統合について」は解決済みとしてクローズされました。</p>
<p style="font-size:16px;margin-top:24px"><b>問題は解決しましたか？</b></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:10px"><a class="btn" href="{yes.replace('&', '&amp;')}">はい</a></td>
<td><a class="btn" style="background:#ffffff;border:1px solid #545b64" href="{no.replace('&', '&amp;')}">いいえ</a></td></tr></table>
<p>ご回答いただいた内容は、サポート品質の向上のために活用させていただきます。</p>
<p>引き続きお困りの点がございましたら、<a href="{SC_URL_JA.format(cid=C2)}">サポートセンター</a>からケースを再度オープンしてください。</p>
<p style="font-size:12px;color:#687078">※本メールは送信専用アドレスからお送りしています。</p>
<p>アマゾン ウェブ サービス</p>"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner, lang="ja", foot=AWS_ADDR_FOOT_JA), subtype="html", cte="qp"))
    hdr = [("From", CONSOLE_FROM), ("To", P2[1]),
           ("Subject", enc_hdr(f"Amazon Web Services: サポートケース {C2} が解決されました", "utf-8")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("018-was-this-resolved-buttons-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C2, [], True, "ja"))


def m019():
    dt = datetime(2024, 11, 8, 2, 30, 4, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mta5007.mail.kks.yahoo.co.jp ", rcvd_host="mta5007.mail.kks.yahoo.co.jp",
                         rcpt=P5[1],
                         ar_body=["from=amazon.com", "domainkey=neutral (no sig)",
                                  "dkim=pass (ok) header.i=@amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com"])
    body_t = f"""佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの森田でございます。

先日ご案内いたしましたとおり、アカウント統合のお手続きは完了しておりますので、
本ケース（ケース ID：{C5}）はこれをもちましてクローズとさせていただきます。

今後のサービス向上のため、よろしければ以下のアンケートへのご協力をお願いいたします。
所要時間は 1 分程度です。
https://aws.amazon.com/jp/certification/feedback/?case={C5}

なお、ご不明な点がございましたら、14 日以内に本メールへご返信いただけましたら、
ケースを再開のうえ対応させていただきます。

今後ともどうぞよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
森田 彩
AWS トレーニングと認定 カスタマーサポート
━━━━━━━━━━━━━━━━━━━━
"""
    body = text(body_t, cte="b64")
    hdr = [("From", addr("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", addr("佐藤 美咲", P5[1])),
           ("Subject", enc_hdr(f"RE:[CASE {C5}] [AWS Training and Certification Form Submission] - ケースのクローズについて", "utf-8")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("019-closure-after-merge-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C5, [], True, "ja"))


def m020():
    dt = datetime(2025, 1, 17, 1, 5, 37, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mfilter-s-119-006.mf.ocn.ad.jp",
                         rcvd_host="mfilter-s-119-006.mf.ocn.ad.jp (Postfix)", rcpt=P10[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dmarc=pass header.from=amazon.com"])
    prev_dt = datetime(2025, 1, 7, 10, 15, tzinfo=JST)
    prev = f"""鈴木 大輔 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

候補者ID {P10_A} と {P10_B} の統合につきまして、ご本人様確認のため、
それぞれのアカウントにご登録のログイン用メールアドレスをお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

高橋"""
    body_t = f"""鈴木 大輔 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。

1月7日にご連絡いたしました件につきまして、その後ご返信が確認できませんでしたため、
誠に勝手ながら本ケースはクローズとさせていただきます。

引き続きご対応をご希望の場合は、本メールにそのままご返信いただければ、
ケースを再開させていただきます。

よろしければ、今回の対応についてアンケートにご協力ください。
https://aws.amazon.com/jp/certification/feedback/?case={C10}

何卒よろしくお願い申し上げます。

高橋

{ja_on(prev_dt, 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')}
{qg(prev)}
"""
    body = text(body_t, charset="iso-2022-jp", cte="7bit", raw_bytes=body_t.encode("iso-2022-jp"))
    hdr = [("From", addr("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp")),
           ("To", P10[1]),
           ("Subject", enc_hdr(f"RE:[CASE {C10}] お問い合わせのクローズについて", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("020-closure-no-reply-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C10, [], True, "ja"))


def zendesk_icloud_trace(dt, rcpt, tid):
    t = dt + timedelta(seconds=4)
    return [
        f"Return-Path: <support+id{tid}@awscertification.zendesk.com>",
        f"Received: from p00-icloudmta-asmtp-us-west-3a-60-percent-2 by\n p21-mailgateway-smtp-7d9bf97d4-mw2zt (mailgateway 2425B78) with SMTP id {uid()}\n for <{rcpt}>; {rfc(t.astimezone(UTC))}",
        "X-Apple-MoveToFolder: INBOX ",
        "X-Apple-Action: MOVE_TO_FOLDER/INBOX",
        "Received: from outbyoip9.pod27.use1.zdsys.com (outbyoip9.pod27.use1.zdsys.com [192.161.151.9])\n"
        f"\tby p00-icloudmta-asmtp-us-west-3a-60-percent-2 (Postfix) with ESMTPS id {alnum(12).upper()}\n\tfor <{rcpt}>; {rfc(t.astimezone(UTC))}",
        "Authentication-Results: bimi.icloud.com; bimi=none",
        "Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=awscertification.zendesk.com",
        "Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=awscertification.zendesk.com header.i=@awscertification.zendesk.com header.b=" + b64r(6)[:8],
        f"Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of support+id{tid}@awscertification.zendesk.com designates 192.161.151.9 as permitted sender) smtp.mailfrom=support+id{tid}@awscertification.zendesk.com",
        dkim("awscertification.zendesk.com", "zendesk1", dt),
    ]


def m021():
    dt = datetime(2024, 8, 20, 11, 3, 51, tzinfo=PDT)
    tr = zendesk_icloud_trace(dt, P7[1], T7)
    good = f"https://awscertification.zendesk.com/requests/{T7}/satisfaction/new/{alnum(20)}?locale=1&intention=16"
    bad = f"https://awscertification.zendesk.com/requests/{T7}/satisfaction/new/{alnum(20)}?locale=1&intention=4"
    body_t = f"""##- Please type your reply above this line -##

Hello Chen,

Your request ({T7}) "Merge my two candidate accounts" has been solved. If you believe it
has not been solved, simply reply to this email and the request will reopen.

We'd love to hear what you think of our customer service. Please take a moment to answer
one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
{good}

Bad, I'm unsatisfied
{bad}

Here's a reminder of what your request was about:

----------------------------------------------

Sam (AWS Certification Support), Aug 19, 2024, 16:40 PDT

Hi Chen, the two profiles are now one. You can log in with your iCloud address and
you will see both certifications there.

--------------------------------
This email is a service from AWS Certification Support.
"""
    html = f"""<html><body style="font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:12px;color:#444">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Hello Chen,</p><p>Your request ({T7}) &quot;Merge my two candidate accounts&quot; has been solved. If you believe it has not been solved, simply reply to this email and the request will reopen.</p>
<p>We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:</p>
<p style="font-size:14px"><b>How would you rate the support you received?</b></p>
<p><a href="{good.replace('&','&amp;')}" style="background:#59bb59;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Good, I'm satisfied</a>
&nbsp;&nbsp;<a href="{bad.replace('&','&amp;')}" style="background:#d9534f;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Bad, I'm unsatisfied</a></p>
<p>Here's a reminder of what your request was about:</p>
<div style="border-top:1px dotted #c5c5c5;padding-top:15px"><p><strong>Sam</strong> (AWS Certification Support)<br><span style="color:#bbb">Aug 19, 2024, 16:40 PDT</span></p>
<p>Hi Chen, the two profiles are now one. You can log in with your iCloud address and you will see both certifications there.</p></div>
<div style="font-size:11px;color:#aaa">This email is a service from AWS Certification Support.</div></body></html>"""
    body = alt(text(body_t, cte="qp"), text(html, subtype="html", cte="qp"))
    hdr = [("Date", rfc(dt)), ("From", addr("AWS Certification Support", "support@awscertification.zendesk.com")),
           ("Reply-To", addr("AWS Certification Support", f"support+id{T7}@awscertification.zendesk.com")),
           ("To", addr(*P7)), ("Message-ID", f"<{alnum(5).upper()}{alnum(6).upper()}_{hexr(13)}_sprut@zendesk.com>"),
           ("Subject", f"[AWS Certification Support] Request #{T7}: How would you rate the support you received?"),
           ("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")]
    emit("021-thirdparty-helpdesk-solved-csat.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", T7, [], False))


def m022():
    dt = datetime(2025, 9, 5, 20, 14, 2, tzinfo=UTC)
    tr, ip = via_gmail(P9[1], dt)
    y = f"https://aws.amazon.com/certification/case-feedback?case={C9}&resolved=1"
    n = f"https://aws.amazon.com/certification/case-feedback?case={C9}&resolved=0"
    body_t = f"""Hello Ahmed,

Case {C9} has been closed.

Was your issue resolved?
  YES  {y}
  NO   {n}

Please also let us know how satisfied you were with the agent who handled your request -
the next page has a 1-5 rating and space for comments.

If you need more help on this topic, reply within 14 days to reopen the case. For a new
topic, please submit a new request through the contact form.

AWS Training and Certification Customer Support
"""
    inner = f"""<p>Hello Ahmed,</p><p>Case <b>{C9}</b> has been closed.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a class="btn" href="{y.replace('&','&amp;')}">&#10003; YES</a>&nbsp;&nbsp;&nbsp;<a class="btn" style="background:#d5dbdb" href="{n.replace('&','&amp;')}">&#10007; NO</a></p>
<p>Please also let us know how satisfied you were with the agent who handled your request &ndash; the next page has a 1&ndash;5 rating and space for comments.</p>
<p style="font-size:12px;color:#687078">If you need more help on this topic, reply within 14 days to reopen the case. For a new topic, please submit a new request through the contact form.</p>
<p>AWS Training and Certification Customer Support</p>"""
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", FORM_FROM), ("To", addr(*P9)),
           ("Subject", f"[CASE {C9}] Case closed: was your issue resolved?"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("022-formdesk-closed-yes-no.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C9, [], True))


def m023():
    dt = datetime(2023, 10, 2, 14, 27, 40, tzinfo=UTC)
    dom = "aws-training-survey.net"
    ip = "45.89.127.66"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={dom}; dkim=pass (signature was verified)\n header.d={dom};dmarc=pass action=none\n header.from={dom};compauth=pass reason=100")
    tr, _ = via_outlook(dt, ip=ip, mf_dom=dom, hd=dom, ar=ar)
    inner = f"""<p>Dear AWS Certified professional,</p>
<p>Your <b>account merge case</b> with AWS Training and Certification has been closed. We hope your certifications are now together in one place!</p>
<p>Tell us how we did in a 30-second survey and, as a thank-you, receive a <b>50% discount voucher</b> for your next AWS Certification exam.</p>
<p><a class="btn" href="https://{dom}/s/merge-feedback?u={hexr(20)}">Rate your experience &amp; claim voucher</a></p>
<p style="font-size:12px">To receive the voucher you will be asked to sign in with your AWS Certification account credentials so we can attach it to the correct candidate ID. The offer expires in 48 hours.</p>
<p>AWS Training and Certification</p>"""
    body = text(aws_html(inner), subtype="html", cte="qp")
    hdr = [("From", addr("AWS Training and Certification", f"feedback@{dom}")), ("To", P3[1]),
           ("Subject", "Your account merge case is closed - rate us and get 50% off your next exam"),
           ("Message-ID", f"<{hexr(24)}@{dom}>"), ("Date", rfc(dt))]
    emit("023-phishing-survey-voucher.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", None, [], False))


def m024():
    dt = datetime(2025, 3, 19, 15, 0, 12, tzinfo=UTC)
    dom = "survey.medallia.com"
    ip = "209.85.220.41"
    ip = "136.147.177.12"
    mf = f"bounce-{hexr(12)}@{dom}"
    ar = [f"dkim=pass header.i=@{dom} header.s=mdla1 header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}"]
    tr = gmail_trace(P1[1], dt, mailfrom=mf, ip=ip, helo="mta12.survey.medallia.com", ar_lines=ar) + [dkim(dom, "mdla1", dt)]
    link = f"https://survey.medallia.com/?aws-tc&c={C1}&e={hexr(16)}"
    body_t = f"""Hi Daniel,

Last week you contacted AWS Training and Certification (case {C1}). We sent you a short
survey about that experience and haven't heard back yet - it's not too late!

It only takes two minutes: {link}

This survey link will expire in 7 days.

Thank you for helping us improve,
AWS Training and Certification

This survey is administered by Medallia on behalf of Amazon Web Services, Inc.
Privacy notice: https://aws.amazon.com/privacy/
Unsubscribe from AWS survey invitations: https://survey.medallia.com/unsub?e={hexr(16)}
"""
    inner = f"""<p>Hi Daniel,</p><p>Last week you contacted AWS Training and Certification (case {C1}). We sent you a short survey about that experience and haven&rsquo;t heard back yet &ndash; it&rsquo;s not too late!</p>
<p><a class="btn" href="{link}">Take the 2-minute survey</a></p><p style="font-size:12px;color:#687078">This survey link will expire in 7 days.</p>
<p>Thank you for helping us improve,<br>AWS Training and Certification</p>"""
    foot = ("This survey is administered by Medallia on behalf of Amazon Web Services, Inc.\n"
            "<a href='https://aws.amazon.com/privacy/'>Privacy notice</a> | <a href='https://survey.medallia.com/unsub'>Unsubscribe</a>")
    body = alt(text(body_t, charset="us-ascii", cte="7bit"), text(aws_html(inner, foot=foot), subtype="html", cte="qp"))
    hdr = [("From", addr("AWS Training and Certification", f"aws-feedback@{dom}")),
           ("Reply-To", "no-reply@survey.medallia.com"), ("To", P1[1]),
           ("Subject", "Reminder: tell us about your recent AWS Training and Certification support experience"),
           ("Message-ID", f"<{uid()}@mta12.survey.medallia.com>"), ("Date", rfc(dt)),
           ("List-Unsubscribe", f"<https://survey.medallia.com/unsub?e={hexr(16)}>")]
    emit("024-survey-reminder-vendor.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C1, [], False))


def m025():
    dt = datetime(2022, 10, 14, 8, 2, 30, tzinfo=UTC)
    ip = "13.110.6.219"
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=na213.bnc.salesforce.com; dkim=pass (signature was verified)\n"
          f" header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100")
    tr = outlook_trace(dt, ip=ip, helo="smtp05-ia4-sp3.mta.salesforce.com", mailfrom_dom="na213.bnc.salesforce.com",
                       ar=ar, rcpt_dom="kessler-engineering.de")
    tr += [dkim("amazon.com", "sf102022", dt)]
    ref = "ref:_00D5f0hjK._5004W1aBcDe:ref"
    prev_dt = datetime(2022, 10, 12, 15, 14, tzinfo=CEST)
    tom_dt = datetime(2022, 10, 11, 9, 48, tzinfo=CEST)
    prev = f"""Dear Tom,

Thank you for your patience. I'm happy to confirm that your certification account
{P11_OLD} has been merged into {P11_NEW}. Your AWS Certified Solutions Architect -
Professional and AWS Certified DevOps Engineer - Professional now both appear under
{P11_NEW}.

Best regards,
Karolina
AWS Training and Certification Support

{original_message('Tom Becker <t.becker@kessler-engineering.de>', tom_dt, 'AWS T&C Support', f'RE: Case #{C11}', 'Yes, I confirm. Please go ahead.')}"""
    body_t = f"""Dear Tom,

We are writing to let you know that your case {C11} has been closed.

If you feel that your issue has not been fully resolved, please reply to this email and
your case will be reopened.

We would appreciate it if you could take a few moments to complete our short survey about
the service you received:
https://awstc.secure.force.com/survey?caseId=5004W1aBcDe&lang=en_US

Kind regards,
AWS Training and Certification Support

{outlook_block('AWS T&C Support <awstc-support@amazon.com>', prev_dt, 'Tom Becker <t.becker@kessler-engineering.de>', f'Case #{C11}: Duplicate certification accounts [ {ref} ]', prev)}

[ {ref} ]
"""
    body = text(body_t, charset="iso-8859-1", cte="qp")
    hdr = [("Date", rfc(dt)), ("From", addr("AWS T&C Support", "awstc-support@amazon.com")), ("To", addr(*P11)),
           ("Message-ID", f"<{alnum(20)}00000000000000000000000000000000000000000{alnum(8).upper()}@sfdc.net>"),
           ("Subject", f"Case #{C11} has been closed [ {ref} ]"),
           ("X-SFDC-LK", "00D5f0000000hjK"), ("X-Sender", "postmaster@salesforce.com"),
           ("X-SFDC-EmailCategory", "workflowActionAlert")]
    emit("025-helpdesk-closed-quoted-completion.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C11, [], True))


def m026():
    dt = datetime(2020, 6, 24, 12, 40, 18, tzinfo=UTC)
    ip = R.choice(SES_IPS)
    t = dt + timedelta(seconds=5)
    tr = [
        f"Received: from EXCH02.tarnowskie-sieci.local (10.20.1.12) by EXCH01.tarnowskie-sieci.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.1.2044.4; {rfc(t.astimezone(CEST))}",
        f"Received: from mx1.tarnowskie-sieci.pl (10.20.0.25) by EXCH02.tarnowskie-sieci.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2044.4 via Frontend Transport;\n {rfc(t.astimezone(CEST))}",
        f"Received: from {ses_host(ip)} ({ses_host(ip)} [{ip}])\n\tby mx1.tarnowskie-sieci.pl (Postfix) with ESMTPS id 49p{alnum(9).upper()}\n\tfor <{P4[1]}>; {rfc(t.astimezone(CEST))}",
    ] + ses_dkims(dt)
    body_t = f"""Hello Marek,

We're writing to let you know that case {C4} has been resolved.

We hope we were able to help. If anything is still not right, reply to this message and
your case will be reopened.

One quick question: Did we resolve your issue?
Yes: https://aws.amazon.com/training/survey?case={C4}&a=y
No:  https://aws.amazon.com/training/survey?case={C4}&a=n

Thank you,
AWS Training and Certification
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", P4[1]), ("Subject", f"Case {C4} resolved - did we solve your issue?"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)), ("Return-Path", f"<{ses_bounce(dt)}>")] + ses_extra(dt, ip)
    emit("026-closure-2020-noauth.eml", trace=tr, headers=hdr, body=body,
         label=L("survey", C4, [], None))


# ==========================================================================
# merge_confirmation_requested
# ==========================================================================
P1_CONFIRM_DT = datetime(2025, 3, 12, 15, 40, 26, tzinfo=UTC)
P1_CONFIRM_TXT = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Jessica and I'll be
assisting you with this case.

I've located both certification accounts associated with your request:

  • {P1_OLD} - d.okafor@northwind-logistics.com (2 certifications)
  • {P1_NEW} - daniel.okafor@gmail.com (1 certification)

As requested, {P1_OLD} will be merged into {P1_NEW}. {P1_NEW} will remain your active
account, and {P1_OLD} will be deactivated. Your certification history, transcripts and
any unused benefits will be moved to {P1_NEW}.

Please be aware that a merge cannot be undone once it has been completed.

Before I go ahead, please reply to this email to confirm that the information above is
correct.

Best regards,
Jessica M.
AWS Training and Certification"""


def m027():
    dt = P1_CONFIRM_DT
    tr, ip = via_gmail(P1[1], dt)
    body = text(P1_CONFIRM_TXT + "\n", cte="qp")
    hdr = [("From", FORM_FROM), ("To", P1[1]),
           ("Subject", f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("027-confirm-request-en.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_confirmation_requested", C1, [P1_OLD, P1_NEW], True))


CONSOLE_FOOT_JA = """このやり取りを評価してください。
サポートセンターの各やり取りの右上にある星を選択して評価していただくこともできます。

よろしくお願いいたします。
アマゾン ウェブ サービス
======================================================
すべてのサポートケースの確認、またはやり取りの追加は、サポートセンターから行ってください。
{url}

*注意: 本メールは受信専用のアドレスから送信されています。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。"""

CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================================================
To see all of your support cases or add correspondence, please visit the Support Center:
{url}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue."""


def m028():
    dt = datetime(2025, 5, 29, 1, 37, 50, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx11.nifty.com", rcpt=P2[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dkim=pass header.d=amazonses.com", "dmarc=pass (p=QUARANTINE) header.from=amazon.com"])
    body_t = f"""山田 健太 様

アマゾン ウェブ サービス、トレーニングと認定サポートの小林でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきましたアカウントの統合につきまして、以下の内容で承ります。

　統合元（削除されるアカウント）：{P2_OLD}
　統合先（残るアカウント）　　　：{P2_NEW}

統合後は、{P2_OLD} に紐づく認定資格、試験履歴および特典はすべて {P2_NEW} へ移行され、
{P2_OLD} にはログインできなくなります。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、サポートセンターより本ケースに「上記の内容で統合を
お願いします」とご返信くださいますようお願い申し上げます。
ご確認いただけ次第、作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

小林
アマゾン ウェブ サービス

{CONSOLE_FOOT_JA.format(url=SC_URL_JA.format(cid=C2))}
"""
    body = text(body_t, cte="qp")
    hdr = [("From", CONSOLE_FROM), ("To", P2[1]),
           ("Subject", enc_hdr(f"RE:[CASE {C2}] 認定アカウントの統合について", "utf-8")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("028-confirm-request-ja-keigo.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_confirmation_requested", C2, [P2_OLD, P2_NEW], True, "ja"))


def m029():
    dt = datetime(2023, 9, 19, 9, 12, 3, tzinfo=UTC)
    tr, ip = via_outlook(dt)
    form_dt = datetime(2023, 9, 15, 19, 48, tzinfo=PDT)
    form = f"""Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {P3_KEEP}
First name: Priya
Last name: Raman
Description: Hello, I seem to have three different certification accounts from different
jobs/emails. I would like to keep only {P3_KEEP} (my current Gmail) and have the
others moved there."""
    body_t = f"""Dear Priya,

Greetings from AWS Training and Certification!

As per your request, kindly find below the accounts which are found under your name:

1. {P3_A} - priya.r@infosolve.co.in
2. {P3_B} - priya.raman@outlook.com
3. {P3_KEEP} - priya.raman.work@gmail.com

As discussed, the accounts {P3_A} and {P3_B} will be merged into {P3_KEEP}, which will
be the primary account going forward. Please be informed that merging is permanent action
and can not be reverted.

Request you to kindly revert back with your confirmation so that we can proceed further.

Thanks & Regards,
Rohan
AWS Training and Certification

{original_message('Priya Raman <priya.raman@outlook.com>', form_dt, 'aws-cs-trainingcertification-form@amazon.com', '[AWS Training and Certification Form Submission] - account-assistance', form)}
"""
    body = text(body_t, charset="utf-8", cte="qp")
    hdr = [("From", FORM_FROM), ("To", P3[1]),
           ("Subject", f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("029-confirm-request-nonnative-three-accounts.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_confirmation_requested", C3, [P3_A, P3_B, P3_KEEP], True))


def m030():
    dt = datetime(2025, 7, 11, 14, 22, 9, tzinfo=UTC)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Hello Lucas,

Thanks for getting back to me with the login details.

Here is a summary of what we would do:
- Account to keep: AWS 06120987 (lucas.ferreira@brightpath-analytics.com)
- Account to be closed: AWS 03348811 (lferreira.dev@gmail.com)
- Your SAA-C03 certification will be moved to AWS 06120987 and will appear together with
  CLF-C02 and DVA-C02.

Please be aware that this action is permanent: the closed account cannot be restored later.

Could you confirm, by replying to this case in the Support Center, that you want us to go
ahead with this? We will not make any change until we hear back from you.

Best regards,
Mateus S.
Amazon Web Services

{CONSOLE_FOOT_EN.format(url=SC_URL.format(cid=C6))}
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"RE:[CASE {C6}] Merge two AWS Certification accounts (AWS 06120987 / AWS 03348811)"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("030-confirm-request-console.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_confirmation_requested", C6, [P6_A, P6_B], True))


def m031():
    dt = datetime(2025, 9, 3, 22, 51, 7, tzinfo=UTC)
    fake_case = case15(dt - timedelta(hours=5), "01173")
    ip = "103.151.45.12"
    mf = "info@mx-relay.duckdns.org"
    ar = ["dkim=none",
          f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}",
          "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"]
    tr = gmail_trace(P9[1], dt, mailfrom=mf, ip=ip, helo="mx-relay.duckdns.org", ar_lines=ar)
    tr[tr.index([x for x in tr if x.startswith("Received-SPF")][0])] = (
        f"Received-SPF: softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) client-ip={ip};")
    body_t = f"""Hello,

This is regarding your AWS Certification account merge request (case {fake_case}).

We found the following candidate profiles linked to your name:
  Primary account:   AWS0****1204
  Secondary account: AWS0****5518

Before we merge the secondary account into the primary account, please confirm the merge
and re-validate your login by signing in here:

  https://aws-certmetrics-portal.com/merge/confirm?c={fake_case}

If we do not receive your confirmation within 24 hours, the request will be cancelled and
both profiles may be locked for security reasons.

Regards,
AWS Training and Certification
"""
    body = text(body_t, charset="utf-8", cte="b64")
    hdr = [("From", FORM_FROM), ("To", P9[1]),
           ("Subject", f"RE:[CASE {fake_case}] Action required: confirm your account merge"),
           ("Message-ID", f"<{hexr(20)}@mx-relay.duckdns.org>"), ("Date", rfc(dt)), ("X-Priority", "1")]
    emit("031-phishing-confirm-dmarc-fail.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_confirmation_requested", fake_case, [], False))


# ==========================================================================
# merge_completed
# ==========================================================================
def m032():
    dt = datetime(2025, 3, 14, 17, 52, 38, tzinfo=UTC)
    tr, ip = via_gmail(P1[1], dt)
    body_t = f"""Hello Daniel,

Thanks again for confirming the details. I'm pleased to let you know that your accounts
have now been merged: {P1_OLD} was merged into {P1_NEW}, and all of your certifications
now appear under {P1_NEW}.

A few things you may want to check:
  - Sign in to your AWS Certification Account with daniel.okafor@gmail.com and confirm
    that all three certifications are listed.
  - Your unused 50% exam discount benefit has been carried over to {P1_NEW}.
  - Credly badges are re-issued to the e-mail address on the surviving account. This
    usually happens within 3-5 business days; you'll get an e-mail from Credly to accept
    them.

As the request has been fulfilled, I'll go ahead and resolve this case. If anything looks
wrong, simply reply to this e-mail within 14 days.

Best regards,
Jessica M.
AWS Training and Certification
"""
    inner = "".join(f"<p>{p_.replace(chr(10), '<br>')}</p>\n" for p_ in body_t.strip().split("\n\n"))
    body = alt(text(body_t, cte="qp"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", FORM_FROM), ("To", P1[1]),
           ("Subject", f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("032-merge-completed-en.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_completed", C1, [P1_OLD, P1_NEW], True))


def m033():
    dt = datetime(2025, 5, 31, 5, 10, 44, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx12.nifty.com", rcpt=P2[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dkim=pass header.d=amazonses.com", "dmarc=pass (p=QUARANTINE) header.from=amazon.com"])
    body_t = f"""山田 健太 様

いつもお世話になっております。
アマゾン ウェブ サービス、トレーニングと認定サポートの小林でございます。

お待たせいたしました。
ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

　統合元：{P2_OLD}（ご利用いただけなくなりました）
　統合先：{P2_NEW}

お手数ではございますが、{P2_NEW} にサインインいただき、認定資格および試験履歴が
正しく表示されていることをご確認いただけますと幸いです。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

小林
アマゾン ウェブ サービス

{CONSOLE_FOOT_JA.format(url=SC_URL_JA.format(cid=C2))}
"""
    body = text(body_t, charset="iso-2022-jp", cte="7bit", raw_bytes=body_t.encode("iso-2022-jp"))
    hdr = [("From", CONSOLE_FROM), ("To", P2[1]),
           ("Subject", enc_hdr(f"RE:[CASE {C2}] 認定アカウントの統合について", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("033-merge-completed-ja-iso2022jp.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_completed", C2, [P2_OLD, P2_NEW], True, "ja"))


def m034():
    dt = datetime(2023, 9, 28, 11, 46, 29, tzinfo=UTC)
    tr, ip = via_outlook(dt)
    priya_dt = datetime(2023, 9, 27, 21, 3, tzinfo=IST)
    priya = """Hi Rohan,

Sorry for the late reply, I was travelling and the case got closed. Yes, I confirm - please
go ahead and move everything to the Gmail account.

Thanks,
Priya"""
    body_t = f"""Dear Priya,

Thank you for your confirmation.

This is to inform you that we have consolidated all three of your certification profiles
into {P3_KEEP}. The IDs {P3_A} and {P3_B} are now deactivated and you will not be able to
sign in with them anymore. All your certifications, exam history and benefits are now
showing under {P3_KEEP}.

Since your request is fulfilled, we are closing this case from our end. You may receive
a survey about your experience, kindly share your valuable feedback.

Thanks & Regards,
Rohan
AWS Training and Certification

{original_message('Priya Raman <priya.raman@outlook.com>', priya_dt, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', f'RE: RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance', priya)}
"""
    body = text(body_t, charset="iso-8859-1", label="iso-8859-1", cte="qp")
    hdr = [("From", FORM_FROM), ("To", P3[1]),
           ("Subject", f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("034-merge-completed-nonnative-paraphrase.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_completed", C3, [P3_A, P3_B, P3_KEEP], True))


def p4_trace(dt):
    ip = R.choice(SES_IPS)
    t = dt + timedelta(seconds=5)
    return [
        f"Received: from EXCH02.tarnowskie-sieci.local (10.20.1.12) by EXCH01.tarnowskie-sieci.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.1.2044.4; {rfc(t.astimezone(CEST))}",
        f"Received: from mx1.tarnowskie-sieci.pl (10.20.0.25) by EXCH02.tarnowskie-sieci.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2044.4 via Frontend Transport;\n {rfc(t.astimezone(CEST))}",
        f"Received: from {ses_host(ip)} ({ses_host(ip)} [{ip}])\n\tby mx1.tarnowskie-sieci.pl (Postfix) with ESMTPS id 49q{alnum(9).upper()}\n\tfor <{P4[1]}>; {rfc(t.astimezone(CEST))}",
    ] + ses_dkims(dt), ip


def m035():
    dt = datetime(2020, 6, 22, 15, 8, 12, tzinfo=UTC)
    tr, ip = p4_trace(dt)
    marek_dt = datetime(2020, 6, 18, 8, 20, tzinfo=CEST)
    marek = f"""Hello,

Login for AWS00872344 is marek.nowak@student.agh.edu.pl (I can still receive mail there),
login for AWS02219875 is my work address marek.nowak@tarnowskie-sieci.pl.
Please keep AWS02219875.

Best regards
Marek Nowak"""
    body_t = f"""Hello Marek,

Thank you for the information. Your certification account AWS00872344 has been merged into
AWS02219875. You can now log in at https://www.aws.training/Certification with
marek.nowak@tarnowskie-sieci.pl and you will see the AWS Certified Cloud Practitioner and
AWS Certified Developer - Associate in one place.

Regards,
Agnieszka
AWS Training and Certification

{original_message('Marek Nowak <marek.nowak@tarnowskie-sieci.pl>', marek_dt, 'aws-cs-trainingcertification-form@amazon.com', f'RE: [CASE {C4}] Account merge', marek)}
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", P4[1]), ("Subject", f"RE: [CASE {C4}] Account merge"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)), ("Return-Path", f"<{ses_bounce(dt)}>")] + ses_extra(dt, ip)
    emit("035-merge-completed-2020-noauth.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_completed", C4, [P4_OLD, P4_NEW], None))


def m036():
    dt = datetime(2024, 11, 7, 1, 20, 55, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mta5003.mail.kks.yahoo.co.jp ", rcvd_host="mta5003.mail.kks.yahoo.co.jp",
                         rcpt=P5[1],
                         ar_body=["from=amazon.com", "domainkey=neutral (no sig)",
                                  "dkim=pass (ok) header.i=@amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com"])
    agent_dt = datetime(2024, 11, 6, 9, 12, tzinfo=JST)
    user_dt = datetime(2024, 11, 6, 21, 40, tzinfo=JST)
    agent = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの森田でございます。
下記の内容で統合を進めてよろしいか、ご確認をお願いいたします。

　統合元：{P5_OLD}（旧姓）
　統合先：{P5_NEW}

森田"""
    user = f"""森田様

ご連絡ありがとうございます。
内容に間違いありません。統合をお願いいたします。

佐藤

{ja_on(agent_dt, 'アマゾン ウェブ サービス', 'aws-cs-trainingcertification-form@amazon.com')}
{qg(agent)}"""
    body_t = f"""佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサポートの森田でございます。

ご確認いただきありがとうございました。
ご依頼のアカウント統合が完了いたしましたので、ご連絡申し上げます。

　統合後のアカウント：{P5_NEW}
　（{P5_OLD} の認定資格・受験履歴はすべて上記アカウントへ移行済みです）

今後は {P5_NEW} にてサインインしてください。
なお、Credly のデジタルバッジの移行には数日を要する場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

森田 彩
AWS トレーニングと認定 カスタマーサポート

{ja_on(user_dt, '佐藤 美咲', P5[1])}
{qg(user)}
"""
    body = text(body_t, charset="shift_jis", cte="b64", label="Shift_JIS")
    hdr = [("From", addr("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp")),
           ("To", addr("佐藤 美咲", P5[1], "iso-2022-jp")),
           ("Subject", enc_hdr(f"RE:[CASE {C5}] アカウント統合完了のご連絡", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("036-merge-completed-ja-sjis-quoted.eml", trace=tr, headers=hdr, body=body,
         label=L("merge_completed", C5, [P5_OLD, P5_NEW], True, "ja"))


# ==========================================================================
# credly_badge_issued
# ==========================================================================
def credly_html(title, lines_html, btn, url, lang="en"):
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="border-radius:4px">
<tr><td style="padding:24px 32px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly"></td></tr>
<tr><td style="padding:32px;color:#333;font-size:15px;line-height:22px">
{lines_html}
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:3px;text-decoration:none;font-weight:bold">{btn}</a></p>
</td></tr>
<tr><td style="padding:16px 32px;color:#999;font-size:11px">Credly, Inc. | 2 Park Avenue, Suite 1800, New York, NY 10016 | <a href="https://www.credly.com/privacy" style="color:#999">Privacy Policy</a> | <a href="https://www.credly.com/earner/settings/notifications" style="color:#999">Notification settings</a></td></tr>
</table></td></tr></table></body></html>"""


def credly_gmail(rcpt, dt):
    ip = f"149.72.{R.randint(100,250)}.{R.randint(2,250)}"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(4)}-{rcpt.replace('@','=')}@em.credly.com"
    ar = [f"dkim=pass header.i=@credly.com header.s=s1 header.b={b64r(6)[:8]}",
          f"dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom=\"{mf}\"",
          "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com"]
    return gmail_trace(rcpt, dt, mailfrom=mf, ip=ip, helo=f"o{R.randint(1,30)}.em.credly.com", ar_lines=ar) + [
        dkim("credly.com", "s1", dt, h="content-type:from:mime-version:subject:x-feedback-id:to"),
        dkim("sendgrid.info", "smtpapi", dt, h="content-type:from:mime-version:subject:x-feedback-id:to")]


def m037():
    dt = datetime(2025, 3, 15, 4, 11, 9, tzinfo=UTC)
    tr = credly_gmail(P1[1], dt)
    badge = uid()
    url = f"https://www.credly.com/badges/{badge}/accept?utm_campaign=badge_issued&utm_medium=email&utm_source=credly"
    lines = """<p>Hi Daniel,</p>
<p><b>AWS Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px;text-align:center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt=""><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>This badge was moved to your account after your AWS Certification accounts were combined. Accept it to add it to your profile and share it with your network.</p>"""
    html = credly_html("You have a new badge", lines, "Accept your badge", url)
    body_t = f"""Hi Daniel,

AWS Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

This badge was moved to your account after your AWS Certification accounts were combined.
Accept it to add it to your profile and share it with your network.

Accept your badge: {url}

Credly, Inc. | 2 Park Avenue, Suite 1800, New York, NY 10016
"""
    body = alt(text(body_t, cte="qp"), text(html, subtype="html", cte="qp"))
    hdr = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", P1[1]),
           ("Subject", "Daniel, you have a badge from AWS Training and Certification waiting for you"),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"), ("Date", rfc(dt)),
           ("X-Feedback-ID", f"{R.randint(1000000,9999999)}:SG")]
    emit("037-credly-badge-after-merge.eml", trace=tr, headers=hdr, body=body,
         label=L("credly_badge_issued", None, [], True))


def m038():
    dt = datetime(2020, 6, 23, 19, 2, 41, tzinfo=UTC)
    t = dt + timedelta(seconds=5)
    tr = [
        f"Received: from EXCH02.tarnowskie-sieci.local (10.20.1.12) by EXCH01.tarnowskie-sieci.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.1.2044.4; {rfc(t.astimezone(CEST))}",
        f"Received: from mx1.tarnowskie-sieci.pl (10.20.0.25) by EXCH02.tarnowskie-sieci.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2044.4 via Frontend Transport;\n {rfc(t.astimezone(CEST))}",
        f"Received: from o7.em.youracclaim.com (o7.em.youracclaim.com [167.89.16.{R.randint(2,250)}])\n\tby mx1.tarnowskie-sieci.pl (Postfix) with ESMTPS id 49r{alnum(9).upper()}\n\tfor <{P4[1]}>; {rfc(t.astimezone(CEST))}",
        dkim("youracclaim.com", "s1", dt, h="content-type:from:mime-version:subject:to"),
    ]
    badge = uid()
    url = f"https://www.youracclaim.com/badges/{badge}/accept"
    body_t = f"""Marek,

AWS Training and Certification has issued you a new badge!

  AWS Certified Developer - Associate

Your badge is waiting for you. Accept your badge to claim it and share your achievement.

Accept Badge: {url}

Questions? Visit https://support.youracclaim.com

Acclaim, powered by Credly
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", addr("AWS Training and Certification via Acclaim", "admin@youracclaim.com")), ("To", P4[1]),
           ("Subject", "You've been issued a badge from AWS Training and Certification"),
           ("Message-ID", f"<{alnum(22)}@ismtpd0{R.randint(1,9)}p1mdw1.sendgrid.net>"), ("Date", rfc(dt))]
    emit("038-acclaim-badge-2020-noauth.eml", trace=tr, headers=hdr, body=body,
         label=L("credly_badge_issued", None, [], None))


def m039():
    dt = datetime(2024, 11, 9, 3, 28, 16, tzinfo=UTC)
    ip = f"149.72.{R.randint(100,250)}.{R.randint(2,250)}"
    tr, _ = via_generic(dt.astimezone(JST), authserv="mta5004.mail.kks.yahoo.co.jp ", rcvd_host="mta5004.mail.kks.yahoo.co.jp",
                        rcpt=P5[1], ip=ip, helo="o12.em.credly.com", sign=("credly.com", "sendgrid.info"),
                        return_path=f"bounces+{R.randint(1000000,9999999)}@em.credly.com",
                        ar_body=["from=credly.com", "domainkey=neutral (no sig)", "dkim=pass (ok) header.i=@credly.com",
                                 "spf=pass smtp.mailfrom=em.credly.com"])
    badge = uid()
    url = f"https://www.credly.com/badges/{badge}/accept?locale=ja"
    lines = """<p>佐藤 美咲 様</p>
<p><b>AWS Training and Certification</b> からバッジが発行されました。</p>
<p style="font-size:18px;text-align:center"><b>AWS Certified Cloud Practitioner</b></p>
<p>バッジを受け取って、プロフィールに追加したり、ネットワークで共有したりしましょう。</p>"""
    html = credly_html("新しいバッジ", lines, "バッジを受け取る", url, lang="ja")
    body_t = f"""佐藤 美咲 様

AWS Training and Certification からバッジが発行されました。

AWS Certified Cloud Practitioner

バッジを受け取って、プロフィールに追加したり、ネットワークで共有したりしましょう。

バッジを受け取る: {url}
"""
    body = alt(text(body_t, cte="b64"), text(html, subtype="html", cte="b64"))
    hdr = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", P5[1]),
           ("Subject", enc_hdr("おめでとうございます！AWS Training and Certification からバッジが届いています", "utf-8")),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"), ("Date", rfc(dt))]
    emit("039-credly-badge-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("credly_badge_issued", None, [], True, "ja"))


def m040():
    dt = datetime(2025, 6, 2, 10, 44, 3, tzinfo=UTC)
    dom = "credly-notify.com"
    ip = "91.215.85.140"
    tr, _ = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx13.nifty.com", rcpt=P2[1],
                        ip=ip, helo=f"mail.{dom}", sign=(dom,), return_path=f"noreply@{dom}",
                        ar_body=[f"spf=pass smtp.mailfrom={dom}", f"dkim=pass header.d={dom}",
                                 f"dmarc=pass (p=NONE) header.from={dom}"])
    url = f"http://{dom}/claim?id={hexr(32)}"
    lines = """<p>Hello,</p>
<p>Following the merge of your AWS Certification accounts, <b>3 badges</b> from AWS Training and Certification have been issued to your new profile.</p>
<p>Sign in with your Credly and AWS Certification credentials to accept them. Unclaimed badges are removed after 72 hours.</p>"""
    html = credly_html("Badges issued", lines, "Accept your badges", url)
    body = text(html, subtype="html", cte="qp")
    hdr = [("From", addr("Credly", f"badges@{dom}")), ("To", P2[1]),
           ("Subject", "3 badges were issued to you after your account merge - accept now"),
           ("Message-ID", f"<{hexr(24)}@{dom}>"), ("Date", rfc(dt))]
    emit("040-credly-lookalike-badges.eml", trace=tr, headers=hdr, body=body,
         label=L("credly_badge_issued", None, [], False))


# ==========================================================================
# support_reply
# ==========================================================================
def m041():
    dt = datetime(2025, 7, 9, 15, 3, 27, tzinfo=UTC)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Hello Lucas,

Thank you for contact AWS Support. My name is Mateus and I will help you with this case.

I checked and I could find the two certification accounts mentioned, AWS 06120987 and
AWS 03348811. To continue I need some information from you:

1. Which account you would like to keep as the main account?
2. The login e-mail of each account, so we can verify you are the owner of both.
3. Is there any exam currently scheduled in any of the accounts?

As soon I have this information I will prepare the merge request and send it for your
confirmation.

Best regards,
Mateus S.
Amazon Web Services

{CONSOLE_FOOT_EN.format(url=SC_URL.format(cid=C6))}
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"RE:[CASE {C6}] Merge two AWS Certification accounts (AWS 06120987 / AWS 03348811)"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("041-ask-which-account-to-keep.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C6, [P6_A, P6_B], True))


def m042():
    dt = datetime(2025, 3, 13, 13, 11, 47, tzinfo=UTC)
    tr, ip = via_gmail(P1[1], dt)
    dan_dt = datetime(2025, 3, 12, 16, 5, tzinfo=EDT)
    jes_dt = P1_CONFIRM_DT.astimezone(EDT)
    dan = f"""Hi Jessica,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

{gmail_on(jes_dt, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')}
{qg(P1_CONFIRM_TXT)}"""
    body_t = f"""Hello Daniel,

Thank you for confirming. I've now submitted your request to our accounts team and the
merge is in progress. Once the merge is complete, I'll send you a separate e-mail with
the details - no further action is needed from you in the meantime.

Please avoid booking or rescheduling exams until you hear back from me.

Best regards,
Jessica M.
AWS Training and Certification

{gmail_on(dan_dt, 'Daniel Okafor', P1[1])}
{qg(dan)}
"""
    body = text(body_t, cte="qp")
    hdr = [("From", FORM_FROM), ("To", P1[1]),
           ("Subject", f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("042-thanks-for-confirming-will-proceed.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C1, [], True))


def m043():
    dt = datetime(2025, 5, 30, 0, 58, 12, tzinfo=UTC)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mx.nifty.com", rcvd_host="mta-mx11.nifty.com", rcpt=P2[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dkim=pass header.d=amazonses.com", "dmarc=pass (p=QUARANTINE) header.from=amazon.com"])
    body_t = f"""山田 健太 様

アマゾン ウェブ サービス、トレーニングと認定サポートの小林でございます。

ご確認いただき、誠にありがとうございます。
これより担当部署にて統合作業を進めてまいります。
作業が完了いたしましたら、本ケースにて改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は一時的に認定アカウントへサインインできない場合がございます。あらかじめご了承ください。

小林
アマゾン ウェブ サービス

{CONSOLE_FOOT_JA.format(url=SC_URL_JA.format(cid=C2))}
"""
    body = text(body_t, cte="b64")
    hdr = [("From", CONSOLE_FROM), ("To", P2[1]),
           ("Subject", enc_hdr(f"RE:[CASE {C2}] 認定アカウントの統合について", "utf-8")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("043-thanks-will-proceed-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C2, [], True, "ja"))


def m044():
    dt = datetime(2023, 9, 22, 17, 31, 8, tzinfo=UTC)
    tr, ip = via_outlook(dt)
    prev_dt = datetime(2023, 9, 19, 2, 12, tzinfo=PDT)
    prev = f"""Dear Priya,

Greetings from AWS Training and Certification!

As per your request, kindly find below the accounts which are found under your name:

1. {P3_A} - priya.r@infosolve.co.in
2. {P3_B} - priya.raman@outlook.com
3. {P3_KEEP} - priya.raman.work@gmail.com

As discussed, the accounts {P3_A} and {P3_B} will be merged into {P3_KEEP}, which will
be the primary account going forward. Please be informed that merging is permanent action
and can not be reverted.

Request you to kindly revert back with your confirmation so that we can proceed further.

Thanks & Regards,
Rohan
AWS Training and Certification"""
    body_t = p3_chaser_text() + "\n\n" + outlook_block(
        "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", prev_dt, "priya.raman@outlook.com",
        f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance", prev) + "\n"
    body = text(body_t, cte="qp")
    hdr = [("From", FORM_FROM), ("To", P3[1]),
           ("Subject", f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("044-chaser-no-response.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C3, [], True))


def m045():
    dt = datetime(2025, 7, 14, 9, 15, 40, tzinfo=UTC)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Hello,

A new correspondence has been added to your AWS Support case {C6}.

To read it and reply, sign in to the AWS Support Center:
{SC_URL.format(cid=C6)}

This message was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
"""
    inner = f"""<p>Hello,</p><p>A new correspondence has been added to your AWS Support case <b>{C6}</b>.</p>
<p><a class="btn" href="{SC_URL.format(cid=C6)}">View correspondence</a></p>
<p style="font-size:12px;color:#687078">This message was sent from an address that cannot accept incoming e-mail.</p><p>Amazon Web Services</p>"""
    body = alt(text(body_t, charset="us-ascii", cte="7bit"), text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"[Case {C6}] New correspondence added"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("045-console-new-correspondence-notice.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C6, [], True))


def m046():
    dt = datetime(2025, 9, 3, 18, 26, 55, tzinfo=UTC)
    tr, ip = via_gmail(P9[1], dt)
    body_t = f"""Hi Ahmed,

Just a quick update on your case.

I've passed your request to our back-office team that handles account consolidations.
Because the second profile (aws03065518) was created by the test centre when you booked
your exam, they first need to make sure your most recent exam result has finished
processing before anything is moved. This normally takes up to 5 business days after the
exam.

No action is needed from you for now - I'll write again as soon as I hear back from them.

Thanks for your patience,
Li Na
AWS Training & Certification Customer Support
"""
    body = text(body_t, cte="qp")
    hdr = [("From", FORM_FROM), ("To", addr(*P9)),
           ("Subject", f"RE:[CASE {C9}] Account Merge - status update"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("046-status-update-working-on-it.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C9, [P9_B], True))


def m047():
    dt = datetime(2024, 2, 20, 13, 7, 31, tzinfo=UTC)
    tr, ip = via_generic(dt, authserv="mx6.messagingengine.com", rcvd_host="mx6.messagingengine.com (Postfix)",
                         rcpt=P8[1],
                         ar_body=[f"dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64r(6)[:8]} header.a=rsa-sha256",
                                  f"dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b={b64r(6)[:8]} header.a=rsa-sha256",
                                  "dmarc=pass policy.published-domain-policy=quarantine header.from=amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com", "x-aligned-from=pass (Address match)"])
    body_t = f"""Hello Sofia,

Thank you for your patience.

Before we go any further, I have a question about something else I noticed: there is an
AWS Certified Security - Specialty exam booked for 4 March 2024 on profile AWS-01944873,
the one you would like to retire. Would you prefer to sit that exam first, or would you
like to cancel and rebook it under AWS-05123390?

Exam appointments cannot be moved between profiles, so once the merge is complete we will
not be able to bring a booking along. Let me know what works best for you and I will plan
the next steps accordingly.

Best regards,
Henrik
Amazon Web Services

{CONSOLE_FOOT_EN.format(url=SC_URL.format(cid=C8))}
"""
    body = text(body_t, cte="qp")
    hdr = [("From", CONSOLE_FROM), ("To", P8[1]),
           ("Subject", f"RE:[CASE {C8}] Combine certification profiles"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("047-question-about-scheduled-exam.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C8, [P8_KEEP, P8_OLD], True))


def m048():
    dt = datetime(2020, 6, 17, 14, 2, 9, tzinfo=UTC)
    tr, ip = p4_trace(dt)
    body_t = f"""Hello Marek,

Thank you for contacting AWS Training and Certification, and please accept my apologies
for the delay in getting back to you.

I can see you also opened case {C4_DUP} for the same request. I have closed that one so
that we can keep everything together here, in case {C4}.

I was able to find both certification accounts, AWS00872344 and AWS02219875. To verify
that you own both of them, could you please reply with the e-mail address you use to sign
in to each account, and let me know which one you would like to keep?

Regards,
Agnieszka
AWS Training and Certification
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
           ("To", P4[1]), ("Subject", f"RE: [CASE {C4}] Account merge"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt)), ("Return-Path", f"<{ses_bounce(dt)}>")] + ses_extra(dt, ip)
    emit("048-duplicate-closed-continue-here-2020.eml", trace=tr, headers=hdr, body=body,
         label=L("support_reply", C4, [P4_OLD, P4_NEW], None))


# ==========================================================================
# unrelated (look-alikes)
# ==========================================================================
def m049():
    dt = C6Q_OPEN + timedelta(seconds=19)
    tr, ip = via_outlook(dt, rcpt_dom="brightpath-analytics.com")
    body_t = f"""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {C6Q} to address your issue.

The details of your case are as follows:

Case ID: {C6Q}
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Service: EC2 Instances
Region: eu-west-1
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 256
------------
Use case description: Scaling out our batch analytics cluster for Q3 reporting.

You will receive an email when the status of your case changes. To see all of your support
cases or add correspondence, please visit the Support Center:
{SC_URL.format(cid=C6Q)}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To
respond, please use the link above.

Best regards,
Amazon Web Services

{AWS_ADDR_FOOT}
"""
    body = text(body_t, charset="us-ascii", cte="7bit")
    hdr = [("From", CONSOLE_FROM), ("To", P6[1]),
           ("Subject", f"Amazon Web Services: You have opened a new Support case: {C6Q}"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("049-other-case-opened-quota.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", C6Q, [], True))


def m050():
    dt = datetime(2024, 1, 9, 16, 20, 5, tzinfo=UTC)
    tr, ip = via_generic(dt, authserv="mx6.messagingengine.com", rcvd_host="mx6.messagingengine.com (Postfix)",
                         rcpt=P8[1],
                         ar_body=[f"dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64r(6)[:8]} header.a=rsa-sha256",
                                  "dmarc=pass policy.published-domain-policy=quarantine header.from=amazon.com",
                                  "spf=pass smtp.mailfrom=amazonses.com", "x-aligned-from=pass (Address match)"])
    body_t = f"""Hello,

Your AWS Support case {C8B} "Unexpected NAT Gateway data processing charges" has been
resolved.

If you need additional help with this issue, you can reopen the case within 14 days from
the Support Center:
{SC_URL.format(cid=C8B)}

How did we do?
Please rate your experience with AWS Billing and Account support - it takes less than a minute:
https://console.aws.amazon.com/support/feedback?displayId={C8B}&type=resolution

Thank you for using Amazon Web Services.

Amazon Web Services

{AWS_ADDR_FOOT}
"""
    inner = f"""<p>Hello,</p><p>Your AWS Support case <b>{C8B}</b> &ldquo;Unexpected NAT Gateway data processing charges&rdquo; has been resolved.</p>
<p>If you need additional help with this issue, you can reopen the case within 14 days from the <a href="{SC_URL.format(cid=C8B)}">Support Center</a>.</p>
<p style="font-size:16px"><b>How did we do?</b></p>
<p>{''.join(f'<a href="https://console.aws.amazon.com/support/feedback?displayId={C8B}&amp;rating={i}" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
<p>Thank you for using Amazon Web Services.</p>"""
    body = alt(text(body_t, charset="utf-8", cte="qp"), text(aws_html(inner), subtype="html", cte="b64"))
    hdr = [("From", CONSOLE_FROM), ("To", P8[1]),
           ("Subject", f"Amazon Web Services: Your Support case {C8B} has been resolved"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("050-billing-case-resolved-survey.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", C8B, [], True))


def m051():
    dt = datetime(2025, 4, 22, 19, 33, 48, tzinfo=UTC)
    tr, ip = via_gmail(P12[1], dt)
    sc = "5884881212"
    body_t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your listing for ASIN B0CX7QK2L9 and reinstated it. It can take up to
24 hours for the change to be visible on the detail page.

Were you satisfied with this response? Please rate it:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/rate?caseID={sc}&rating=yes
No:  https://sellercentral.amazon.com/cu/case-dashboard/rate?caseID={sc}&rating=no

We will close this case if we do not hear from you within 4 days.

Regards,
Ishaan S.
Amazon.com Selling Partner Support

To contact us again about this issue, visit:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc}
"""
    body = text(body_t, charset="utf-8", cte="qp")
    hdr = [("From", addr("Amazon Selling Partner Support", "seller-notification@amazon.com")), ("To", P12[1]),
           ("Subject", f"RE:[CASE {sc}] Listing suppressed - ASIN B0CX7QK2L9"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("051-seller-central-case-reply.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", sc, [], True))


def m052():
    dt = datetime(2025, 3, 20, 16, 45, 0, tzinfo=UTC)
    dom = "certmetrics.com"
    ip = "52.4.87.201"
    mf = f"do-not-reply@{dom}"
    ar = [f"dkim=pass header.i=@{dom} header.s=cm2022 header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}"]
    tr = gmail_trace(P1[1], dt, mailfrom=mf, ip=ip, helo="mail.certmetrics.com", ar_lines=ar) + [dkim(dom, "cm2022", dt)]
    inner = f"""<p>Dear Daniel Okafor,</p>
<p><b>AWS Certification wants to hear from you!</b></p>
<p>As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification journey &ndash; how you prepared, how the exam went, and how certification has helped your career.</p>
<p>Candidate ID: AWS09120548</p>
<p><a class="btn" href="https://www.certmetrics.com/amazon/survey/?id={hexr(32)}">Start the survey</a></p>
<p>Thank you,<br>AWS Certification Program</p>"""
    foot = "This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email."
    body = text(aws_html(inner, foot=foot), subtype="html", cte="qp")
    hdr = [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", P1[1]),
           ("Subject", "AWS Certification wants to hear from you"),
           ("Message-ID", f"<{uid()}@certmetrics.com>"), ("Date", rfc(dt))]
    emit("052-certmetrics-survey.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [P1_NEW], False))


def m053():
    dt = datetime(2025, 8, 29, 21, 10, 33, tzinfo=UTC)
    dom = "pearson.com"
    ip = "159.182.1.86"
    mf = f"pearsonvuecustomerservice@{dom}"
    ar = [f"dkim=pass header.i=@{dom} header.s=pvue header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}"]
    tr = gmail_trace(P9[1], dt, mailfrom=mf, ip=ip, helo="mx1.pearson.com", ar_lines=ar) + [dkim(dom, "pvue", dt)]
    body_t = f"""Dear Ahmed Hassan,

Thank you for testing with Pearson VUE. We'd like to know about your experience.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Test date: August 27, 2025
Registration ID: 512984307

Please take our 5-minute survey. Your responses help us improve the testing experience.
https://pearsonvue.az1.qualtrics.com/jfe/form/SV_{alnum(15)}?reg=512984307

Sincerely,
Pearson VUE Customer Service
"""
    body = text(body_t, charset="windows-1252", cte="qp")
    hdr = [("From", addr("Pearson VUE", mf)), ("To", P9[1]),
           ("Subject", "How was your testing experience? Tell us in 5 minutes"),
           ("Message-ID", f"<{hexr(16)}.{R.randint(100000,999999)}@pearson.com>"), ("Date", rfc(dt))]
    emit("053-pearson-vue-survey.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], False))


def m054():
    dt = datetime(2025, 3, 16, 10, 22, 14, tzinfo=UTC)
    tr = credly_gmail(P1[1], dt)
    code = "482913"
    url = f"https://www.credly.com/earner/account_merge/confirm?token={hexr(40)}"
    lines = f"""<p>Hi Daniel,</p>
<p>We received a request to merge another Credly account into your account. To continue, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center"><b>{code}</b></p>
<p>Or click the button below. This code expires in 30 minutes. If you did not request this, you can ignore this email.</p>"""
    html = credly_html("Complete your account merge", lines, "Complete Account Merge", url)
    body_t = f"""Hi Daniel,

We received a request to merge another Credly account into your account. To continue,
enter this verification code: {code}

Or go to: {url}

This code expires in 30 minutes. If you did not request this, you can ignore this email.
"""
    body = alt(text(body_t, cte="qp"), text(html, subtype="html", cte="qp"))
    hdr = [("From", addr("Credly", "admin@credly.com")), ("To", P1[1]),
           ("Subject", "Your Credly account merge verification code"),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"), ("Date", rfc(dt))]
    emit("054-credly-self-service-merge-code.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], True))


def m055():
    dt = datetime(2025, 9, 2, 6, 2, 51, tzinfo=UTC)
    dom = "signin.aws"
    tr, ip = via_gmail(P9[1], dt, from_dom=dom, dkim_doms=(dom, "amazonses.com"))
    inner = """<p style="font-size:18px"><b>Verify your AWS Builder ID email address</b></p>
<p>Thanks for creating an AWS Builder ID. Enter the following verification code when prompted:</p>
<p style="font-size:30px;letter-spacing:4px"><b>648213</b></p>
<p>The code expires 10 minutes after this email was sent.</p>
<p style="font-size:12px;color:#687078">Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.</p>"""
    body = alt(text("Verify your AWS Builder ID email address\n\nVerification code: 648213\n\n"
                    "The code expires 10 minutes after this email was sent.\n", charset="us-ascii", cte="7bit"),
               text(aws_html(inner), subtype="html", cte="qp"))
    hdr = [("From", addr("AWS", "no-reply@signin.aws")), ("To", P9[1]),
           ("Subject", "Verify your AWS Builder ID email address"),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("055-builder-id-code.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], True))


def m056():
    dt = datetime(2025, 3, 13, 21, 4, 18, tzinfo=UTC)
    dom = "github.com"
    ip = "192.30.252.203"
    mf = f"noreply@{dom}"
    ar = [f"dkim=pass header.i=@{dom} header.s=pf2023 header.b={b64r(6)[:8]}",
          f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}"]
    tr = gmail_trace(P1[1], dt, mailfrom=mf, ip=ip, helo="out-20.smtp.github.com", ar_lines=ar) + [dkim(dom, "pf2023", dt)]
    body_t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-logistics/infra-accounts/pull/214#event-16820339921
You are receiving this because you authored the thread.

Message ID: <northwind-logistics/infra-accounts/pull/214/issue_event/16820339921@github.com>
"""
    html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-logistics/infra-accounts/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-logistics/infra-accounts/pull/214#event-16820339921">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    body = alt(text(body_t, cte="7bit", charset="us-ascii"), text(html, subtype="html", cte="qp"))
    hdr = [("Date", rfc(dt)), ("From", addr("Priyanka Sharma", "notifications@github.com")),
           ("Reply-To", "northwind-logistics/infra-accounts <reply+ABCDEF2K3M4N5@reply.github.com>"),
           ("To", "northwind-logistics/infra-accounts <infra-accounts@noreply.github.com>"),
           ("Cc", f"Daniel Okafor <{P1[1]}>, Author <author@noreply.github.com>"),
           ("Message-ID", "<northwind-logistics/infra-accounts/pull/214/issue_event/16820339921@github.com>"),
           ("In-Reply-To", "<northwind-logistics/infra-accounts/pull/214@github.com>"),
           ("References", "<northwind-logistics/infra-accounts/pull/214@github.com>"),
           ("Subject", "Re: [northwind-logistics/infra-accounts] Merge legacy IAM accounts into org root (PR #214)"),
           ("List-ID", "northwind-logistics/infra-accounts <infra-accounts.northwind-logistics.github.com>"),
           ("X-GitHub-Reason", "author")]
    emit("056-github-pr-merged.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], False))


def m057():
    dt = datetime(2024, 9, 3, 2, 41, 12, tzinfo=UTC)
    tid = "3918274"
    t = dt + timedelta(seconds=4)
    tr = [
        f"Return-Path: <support+id{tid}@udemy.zendesk.com>",
        f"Received: from p00-icloudmta-asmtp-us-west-3a-60-percent-3 by\n p21-mailgateway-smtp-7d9bf97d4-x2kq8 (mailgateway 2425B78) with SMTP id {uid()}\n for <{P7[1]}>; {rfc(t)}",
        "Received: from outbyoip7.pod17.euw1.zdsys.com (outbyoip7.pod17.euw1.zdsys.com [188.172.138.7])\n"
        f"\tby p00-icloudmta-asmtp-us-west-3a-60-percent-3 (Postfix) with ESMTPS id {alnum(12).upper()}\n\tfor <{P7[1]}>; {rfc(t)}",
        "Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=udemy.com",
        "Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=udemy.com header.i=@udemy.com header.b=" + b64r(6)[:8],
        f"Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of support+id{tid}@udemy.zendesk.com designates 188.172.138.7 as permitted sender) smtp.mailfrom=support+id{tid}@udemy.zendesk.com",
        dkim("udemy.com", "zendesk1", dt),
    ]
    body_t = f"""##- Please type your reply above this line -##

Your request ({tid}) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Chen Wei, Sep 2, 2024, 19:41 PDT

Hi, the name on my certificate of completion for "Ultimate AWS Certified Solutions
Architect Associate" is misspelled. Can you fix it?

--------------------------------
This email is a service from Udemy Support.
"""
    body = text(body_t, cte="qp")
    hdr = [("Date", rfc(dt)), ("From", addr("Udemy Support", "support@udemy.com")), ("To", addr(*P7)),
           ("Reply-To", f"Udemy Support <support+id{tid}@udemy.zendesk.com>"),
           ("Message-ID", f"<{alnum(5).upper()}{alnum(6).upper()}_{hexr(13)}_sprut@zendesk.com>"),
           ("Subject", f"[Udemy Support] Re: Certificate name misspelled [#{tid}]"),
           ("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")]
    emit("057-other-vendor-helpdesk-ack.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", tid, [], False))


def m058():
    dt = datetime(2024, 4, 15, 14, 0, 7, tzinfo=UTC)
    ip = f"149.72.{R.randint(100,250)}.{R.randint(2,250)}"
    tr, _ = via_generic(dt, authserv="mx6.messagingengine.com", rcvd_host="mx6.messagingengine.com (Postfix)",
                        rcpt=P8[1], ip=ip, helo="o3.em.credly.com", sign=("credly.com",),
                        return_path=f"bounces+{R.randint(1000000,9999999)}@em.credly.com",
                        ar_body=[f"dkim=pass (2048-bit rsa key sha256) header.d=credly.com header.i=@credly.com header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s=s1",
                                 "dmarc=pass policy.published-domain-policy=quarantine header.from=credly.com",
                                 "spf=pass smtp.mailfrom=em.credly.com", "x-aligned-from=pass (Address match)"])
    url = f"https://www.credly.com/badges/{uid()}"
    lines = """<p>Hi Sofia,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b> issued by AWS Training and Certification will expire on <b>July 14, 2024</b>.</p>
<p>To keep your credential active, check the recertification requirements from the issuer before the expiration date.</p>"""
    html = credly_html("Your badge is expiring soon", lines, "View badge", url)
    body = text(html, subtype="html", cte="qp")
    hdr = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", P8[1]),
           ("Subject", "Your AWS Certified Developer - Associate badge expires in 90 days"),
           ("Message-ID", f"<{alnum(22)}@geopod-ismtpd-{R.randint(1,40)}>"), ("Date", rfc(dt))]
    emit("058-credly-expiry-reminder.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], True))


def m059():
    opened = datetime(2025, 2, 10, 0, 31, 5, tzinfo=UTC)
    cid = case15(opened, "00133")
    dt = opened + timedelta(seconds=24)
    tr, ip = via_generic(dt.astimezone(JST), authserv="mfilter-s-119-004.mf.ocn.ad.jp",
                         rcvd_host="mfilter-s-119-004.mf.ocn.ad.jp (Postfix)", rcpt=P10[1],
                         ar_body=["spf=pass smtp.mailfrom=amazonses.com", "dkim=pass header.d=amazon.com",
                                  "dmarc=pass header.from=amazon.com"])
    body_t = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {cid} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {cid}
件名: 1月分の請求が二重に計上されている
重要度: 一般的なガイダンス
やり取り: 1月分の請求書（請求書番号 EUINJP25-0123456）が2回クレジットカードに請求されています。確認をお願いします。

ケースのステータスが変更されると、メールでお知らせいたします。すべてのサポートケースの確認、またはやり取りの追加は、サポートセンターから行ってください。
{SC_URL_JA.format(cid=cid)}

※本メールは送信専用のアドレスからお送りしています。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    body = text(body_t, charset="iso-2022-jp", cte="7bit", raw_bytes=body_t.encode("iso-2022-jp"))
    hdr = [("From", CONSOLE_FROM), ("To", P10[1]),
           ("Subject", enc_hdr(f"Amazon Web Services: 新しいサポートケースをオープンしました: {cid}", "iso-2022-jp")),
           ("Message-ID", ses_msgid(dt)), ("Date", rfc(dt))] + ses_extra(dt, ip)
    emit("059-billing-case-opened-ja.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", cid, [], True, "ja"))


def m060():
    dt = datetime(2023, 10, 5, 6, 12, 44, tzinfo=UTC)
    ip = "194.87.31.118"
    ar = (f"spf=fail (sender IP is {ip})\n smtp.mailfrom=aws.amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=aws.amazon.com;compauth=fail reason=000")
    tr = outlook_trace(dt, ip=ip, helo="srv118.vdsina-host.ru", mailfrom_dom="aws.amazon.com", ar=ar, spf="Fail")
    inner = """<p>Dear Customer,</p>
<p>We were unable to validate the payment method associated with your AWS account. As a result, your account has been <b>temporarily suspended</b> and your running resources will be terminated within 24 hours.</p>
<p>To restore access, update your billing information now:</p>
<p><a class="btn" href="http://aws-billing-restore.com/login">Update billing information</a></p>
<p>Sincerely,<br>Amazon Web Services Billing</p>"""
    body = text(aws_html(inner), subtype="html", cte="b64")
    hdr = [("From", addr("Amazon Web Services", "billing@aws.amazon.com")), ("To", P3[1]),
           ("Subject", "Action required: your AWS account has been suspended"),
           ("Message-ID", f"<{hexr(20)}@srv118.vdsina-host.ru>"), ("Date", rfc(dt))]
    emit("060-phishing-account-suspended.eml", trace=tr, headers=hdr, body=body,
         label=L("unrelated", None, [], False))


# ==========================================================================
# run + self-check
# ==========================================================================
ALL = [globals()[f"m{i:03d}"] for i in range(1, 61)]


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for f in ALL:
        f()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
