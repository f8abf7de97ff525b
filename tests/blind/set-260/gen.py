#!/usr/bin/env python3
"""Generator for blind set 260: paraphrased AWS Certification account-merge mail.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json next to this file)
"""
import base64
import glob
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(260)
MAILS = []


# ----------------------------------------------------------------- helpers
def U(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_msgid(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    if region:
        return f"<0102{ms:012x}-{ruuid()}-000000@{region}.amazonses.com>"
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def ses_envfrom(msgid):
    return msgid.strip("<>").split("@")[0] + "@amazonses.com"


def tz(dt, hours, minutes=0):
    return dt.astimezone(timezone(timedelta(hours=hours, minutes=minutes)))


def rfcdate(dt):
    return format_datetime(dt)


def gdate(dt):
    """Gmail Received date (Pacific-ish)."""
    p = tz(dt, -7)
    return format_datetime(p) + " (PDT)"


SES_IPS = ["54.240.8.30", "54.240.8.85", "54.240.48.94", "54.240.11.102",
           "54.240.27.19", "54.240.9.47", "23.251.234.12", "54.240.4.7"]


def ses_host(ip):
    a = ip.split(".")
    return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"


def dkim(d, sel, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID",
         canon="relaxed/simple"):
    t = int(dt.timestamp())
    return (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c={canon};\n"
            f"\ts={sel}; d={d}; t={t};\n"
            f"\th={hdrs};\n"
            f"\tbh={rb64(43)}=;\n"
            f"\tb={rb64(64)}\n\t{rb64(64)}\n\t{rb64(44)}=")


AMZ_SEL = "rjt5ydl3bzvbbjyulgxgzwcowzgcrgc7"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def aws_dkim(dt, d="amazon.com"):
    return [dkim(d, AMZ_SEL if d == "amazon.com" else "k" + rhex(30), dt),
            dkim("amazonses.com", SES_SEL, dt,
                 "From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID")]


# ---- trace blocks: each returns a list of raw header strings, topmost first
def trace_gmail(rcpt, dt, ip, host, envfrom, ar, from_domain, arc=True, spf="pass"):
    recv = dt + timedelta(seconds=R.randint(1, 4))
    smtpid = rb64(24).replace("/", "").replace("+", "")
    h = [f"Delivered-To: {rcpt}",
         f"Received: by 2002:a05:7{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
         f"{rhex(4)}csp{R.randint(100000, 9999999)};\n        {gdate(recv)}",
         f"X-Google-Smtp-Source: AGHT+I{rb64(80)}",
         f"X-Received: by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
         f"{rhex(16)}mr{R.randint(1000000, 99999999)}qvb.{R.randint(10, 99)}.{recv.strftime('%s')}{R.randint(100, 999)};\n"
         f"        {gdate(recv)}"]
    if arc:
        h += [f"ARC-Seal: i=1; a=rsa-sha256; t={int(recv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
              f"        b={rb64(60)}\n         {rb64(60)}==",
              f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
              f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
              f"        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(60)}\n         {rb64(40)}==;\n"
              f"        dara=google.com",
              "ARC-Authentication-Results: i=1; " + ar]
    h += [f"Return-Path: <{envfrom}>",
          f"Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
          f"{rhex(16)}si{R.randint(1000000, 9999999)}.{R.randint(100, 999)}.{recv.year}.{recv.month:02d}.{recv.day:02d}.{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
          f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(recv)}",
          (f"Received-SPF: pass (google.com: domain of {envfrom} designates {ip} as permitted sender) client-ip={ip};"
           if spf == "pass" else
           f"Received-SPF: {spf} (google.com: domain of transitioning {envfrom} does not designate {ip} as permitted sender) client-ip={ip};"),
          "Authentication-Results: " + ar]
    return h


def ar_gmail(envfrom, ip, dkims, dmarc, from_domain, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", spf="pass"):
    """dkims: list of (domain, result)."""
    parts = ["mx.google.com"]
    for d, res in dkims:
        parts.append(f"dkim={res} header.i=@{d} header.s={(AMZ_SEL if d == 'amazon.com' else SES_SEL if d == 'amazonses.com' else 's' + rhex(6))} header.b={rb64(8)}")
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {envfrom} does not designate {ip} as permitted sender) smtp.mailfrom={envfrom}")
    dis = "NONE" if dmarc == "pass" else "QUARANTINE"
    parts.append(f"dmarc={dmarc} ({policy.replace('dis=NONE', 'dis=' + dis)}) header.from={from_domain}")
    return ";\n       ".join(parts)


def trace_outlook(rcpt, dt, ip, host, envfrom_domain, dkim_d, dkim_res, dmarc, from_domain, compauth="pass reason=100",
                  spf="pass"):
    recv = dt + timedelta(seconds=R.randint(1, 5))
    fe = f"{R.choice(['BN8NAM11FT', 'DM6NAM12FT', 'CO1PEPF0000', 'SN1PEPF000', 'AM4PEPF0002'])}{R.randint(100, 999):03d}"
    be = f"{R.choice(['PH0PR11MB', 'SA1PR12MB', 'DM4PR02MB', 'MW4PR03CA0', 'DB9PR07MB'])}{R.randint(1000, 9999)}"
    d = recv.strftime("%a, %-d %b %Y %H:%M:%S +0000")
    act = "none" if dmarc == "pass" else "quarantine"
    ar = (f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={envfrom_domain}; dkim={dkim_res} (signature was verified)\n"
          f" header.d={dkim_d};dmarc={dmarc} action={act}\n header.from={from_domain};compauth={compauth}")
    if dkim_res == "none":
        ar = ar.replace("(signature was verified)", "(message not signed)")
    elif dkim_res != "pass":
        ar = ar.replace("(signature was verified)", "(signature did not verify)")
    return [
        f"Received: from {be}.namprd{R.randint(10, 22)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n"
        f" by {be[:-2]}{R.randint(10, 99)}.namprd{R.randint(10, 22)}.prod.outlook.com with HTTPS; {d}",
        f"Received: from {fe}.namprd{R.randint(10, 22)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}:cafe::{rhex(2)}) by\n"
        f" {be}.namprd{R.randint(10, 22)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft\n"
        f" SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{R.randint(7000, 9200)}.{R.randint(10, 40)}; {d}",
        ar,
        f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {envfrom_domain} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C",
        f"Received: from {host} ({ip}) by\n {fe}.mail.protection.outlook.com (10.13.{R.randint(100, 200)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n"
        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 9200)}.{R.randint(10, 40)} via Frontend\n Transport; {d}",
        f"X-MS-Exchange-Organization-AuthSource: {fe}.namprd{R.randint(10, 22)}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
    ]


def trace_jp(rcpt, dt, ip, host, envfrom, authserv, dkim_d, dkim_res, dmarc, from_domain, mta, offset=9):
    """Receiver-side trace of a non-Gmail/Outlook provider (Japanese ISPs, posteo, fastmail)."""
    recv = tz(dt + timedelta(seconds=R.randint(1, 6)), offset)
    d = format_datetime(recv)
    return [
        f"Return-Path: <{envfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {mta} (localhost [127.0.0.1])\n\tby {mta} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {d}",
        f"Authentication-Results: {authserv}; spf=pass smtp.mailfrom={envfrom.split('@')[1]};\n"
        f"\tdkim={dkim_res} header.d={dkim_d} header.s={AMZ_SEL if dkim_d == 'amazon.com' else 'k1'} header.b={rb64(8)};\n"
        f"\tdmarc={dmarc} header.from={from_domain}",
        f"Received: from {host} ({host} [{ip}])\n\tby {mta} with ESMTPS id {rhex(12)}\n\tfor <{rcpt}>; {d}",
    ]


def trace_plain(rcpt, dt, ip, host, mta):
    """No Authentication-Results at all (old corporate relay / archive export)."""
    recv = dt + timedelta(seconds=R.randint(2, 9))
    return [
        f"Received: from {mta} ([10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
        f"\tby mailstore{R.randint(1, 9)}.{rcpt.split('@')[1]} with LMTP id {rb64(16)}\n\tfor <{rcpt}>; {format_datetime(recv)}",
        f"Received: from {host} ({host} [{ip}])\n\tby {mta} (Postfix) with ESMTPS id {rhex(11).upper()}\n"
        f"\tfor <{rcpt}>; {format_datetime(recv)}",
    ]


# ---- body parts
def cs(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    return c


def tpart(text, sub="plain", charset="utf-8", enc="qp"):
    if charset.lower() in ("shift_jis", "euc-jp", "windows-1252", "iso-8859-1", "cp932"):
        return raw_part(text, sub, charset, real=charset, enc=enc)
    return MIMEText(text, sub, cs(charset, enc))


def raw_part(text, sub, label, real="utf-8", enc="qp"):
    """A part whose bytes are `real` but whose charset label says `label` (a wrong label)."""
    p = MIMENonMultipart("text", sub, charset=label)
    data = text.encode(real)
    if enc == "qp":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        p.set_payload(base64.encodebytes(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    return p


def alt(plain, html_):
    m = MIMEMultipart("alternative", boundary="=_" + rhex(28))
    m.attach(plain)
    m.attach(html_)
    return m


def esc(s):
    return htmlmod.escape(s, quote=False)


def text_to_html(text):
    """Plain text -> simple HTML: paragraphs, '>' lines into blockquotes."""
    out = []
    lines = text.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(esc(x) for x in para) + "</p>")
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:][1:] if lines[i][1:2] == " " else lines[i][1:])
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + text_to_html("\n".join(q)) + "</blockquote>")
            continue
        if ln.strip() == "":
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    return "\n".join(out)


def aws_html(text, title="Amazon Web Services", footer=None):
    foot = footer or ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
                      "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
                      "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
{text_to_html(text)}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">{esc(foot)}</td></tr>
</table></td></tr></table>
</body></html>
"""


def simple_html(text, font="Calibri, sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{text_to_html(text)}\n</div></body></html>\n')


# ---- quoting styles
def q_prefix(text):
    return "\n".join((">" + ln) if ln.startswith(">") else ("> " + ln if ln else ">") for ln in text.split("\n"))


def q_gmail(dt, name, addr, text, offset=0):
    d = tz(dt, offset)
    when = d.strftime("%a, %-d %b %Y at %H:%M")
    return f"On {when}, {name} <{addr}> wrote:\n{q_prefix(text)}"


def q_gmail_us(dt, name, addr, text, offset=-5):
    d = tz(dt, offset)
    when = d.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {when} {name} <{addr}> wrote:\n{q_prefix(text)}"


def q_outlook(dt, frm, to, subject, text, offset=0):
    d = tz(dt, offset)
    return ("________________________________\n"
            f"From: {frm}\nSent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\nSubject: {subject}\n\n{text}")


def q_original(dt, frm, to, subject, text, offset=0):
    d = tz(dt, offset)
    return ("-----Original Message-----\n"
            f"From: {frm}\nSent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\nSubject: {subject}\n\n{text}")


JP_WD = "月火水木金土日"


def q_jp(dt, name, addr, text):
    d = tz(dt, 9)
    return f"{d.year}年{d.month}月{d.day}日({JP_WD[d.weekday()]}) {d.hour}:{d.minute:02d} {name} <{addr}>:\n{q_prefix(text)}"


# ---- assembly
def assemble(body, main, top):
    """body: MIME object; main: list of (name, value); top: list of raw trace strings (topmost first).
    Main headers are written by hand (str values unfolded, Header values folded at 76)."""
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" in body:
        del body["MIME-Version"]
    lines = []
    for k, v in main:
        if isinstance(v, Header):
            lines.append(f"{k}: " + v.encode(maxlinelen=76))
        else:
            lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    raw = body.as_bytes()
    toptxt = "".join(h.rstrip("\n") + "\n" for h in top)
    return toptxt.encode("ascii") + "\n".join(lines).encode("ascii") + b"\n" + raw


def subj(s, charset=None):
    if charset:
        return Header(s, charset, maxlinelen=76, header_name="Subject")
    return s


def addr(name, a, charset=None):
    charset = charset or ("iso-2022-jp" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name) else "utf-8")
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def add(slug, kind, case_id, accounts, verified, lang, raw):
    MAILS.append(dict(slug=slug, kind=kind, case_id=case_id, accounts=accounts, verified=verified, lang=lang, raw=raw))


def norm_ids(ids):
    out = set()
    for x in ids:
        m = re.fullmatch(r"(?i)aws[\s\-]?(\d{8})", x.strip())
        assert m, x
        out.add("AWS" + m.group(1))
    return sorted(out)


# standard AWS sender set-up -----------------------------------------------
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")


def aws_mail(slug, kind, case_id, accounts, lang, *, body, frm, to, subject, dt, via="gmail", rcpt=None,
             verified=True, extra=None, region=None, dmarc="pass", dkim_ok=True, jp=None, mid=None):
    """Genuine-looking AWS mail via SES, delivered to gmail / outlook / jp ISP / plain relay."""
    rcpt = rcpt or to[1]
    msgid = mid or ses_msgid(dt, region)
    envfrom = ses_envfrom(msgid)
    ip = R.choice(SES_IPS)
    host = ses_host(ip)
    fdom = frm[1].split("@")[1]
    if via == "gmail":
        ar = ar_gmail(envfrom, ip, [("amazon.com", "pass" if dkim_ok else "fail"), ("amazonses.com", "pass")], dmarc, fdom)
        top = trace_gmail(rcpt, dt, ip, host, envfrom, ar, fdom)
    elif via == "outlook":
        top = trace_outlook(rcpt, dt, ip, host, "amazonses.com", "amazon.com", "pass" if dkim_ok else "fail", dmarc, fdom)
    elif via == "jp":
        authserv, mta, *off = jp
        top = trace_jp(rcpt, dt, ip, host, envfrom, authserv, "amazon.com", "pass" if dkim_ok else "fail", dmarc, fdom, mta,
                       *off)
    else:
        top = trace_plain(rcpt, dt, ip, host, via)
    top = top + aws_dkim(dt)
    main = [("From", addr(*frm)), ("To", addr(*to) if isinstance(to, tuple) else to),
            ("Subject", subject), ("Date", rfcdate(dt)), ("Message-ID", msgid)]
    main += extra or []
    main += [("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"),
             ("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + f"-{ip}")]
    if via not in ("gmail", "outlook", "jp"):
        verified = None
    add(slug, kind, case_id, accounts, verified, lang, assemble(body, main, top))


def ext_mail(slug, kind, case_id, accounts, lang, *, body, frm, to, subject, dt, verified, via="gmail", rcpt=None,
             envfrom, ip, host, dkim_d, dkim_res="pass", dmarc="pass", spf="pass", policy="p=REJECT sp=REJECT dis=NONE",
             msgid=None, extra=None, jp=None, extra_top=None, sign=True):
    """Mail from any non-SES sender (Credly, phishers, GitHub, Pearson ...)."""
    rcpt = rcpt or to[1]
    fdom = frm[1].split("@")[1]
    if via == "gmail":
        dk = [(dkim_d, dkim_res)] if dkim_d else []
        ar = ar_gmail(envfrom, ip, dk, dmarc, fdom, policy=policy, spf=spf)
        top = trace_gmail(rcpt, dt, ip, host, envfrom, ar, fdom, spf=spf)
    elif via == "outlook":
        top = trace_outlook(rcpt, dt, ip, host, envfrom.split("@")[1], dkim_d or "none", dkim_res, dmarc, fdom,
                            compauth="pass reason=100" if dmarc == "pass" else "fail reason=000", spf=spf)
    elif via == "jp":
        authserv, mta, *off = jp
        top = trace_jp(rcpt, dt, ip, host, envfrom, authserv, dkim_d or "none", dkim_res, dmarc, fdom, mta, *off)
    else:
        top = trace_plain(rcpt, dt, ip, host, via)
        verified = None
    if sign and dkim_d:
        top = top + [dkim(dkim_d, "s" + str(R.randint(1, 2)) if "credly" in dkim_d else "k" + rhex(5), dt)]
    top = top + (extra_top or [])
    main = [("From", addr(*frm)), ("To", addr(*to) if isinstance(to, tuple) else to),
            ("Subject", subject), ("Date", rfcdate(dt)),
            ("Message-ID", msgid or f"<{rhex(24)}@{host.split('.', 1)[1] if '.' in host else host}>")]
    main += extra or []
    add(slug, kind, case_id, accounts, verified, lang, assemble(body, main, top))


# ======================================================================== MAILS
# ---------------------------------------------------------------- thread T1
# Priya Raman, form desk, 15-digit case, formal-legal agent
T1_OPEN = U(2025, 3, 11, 9, 14, 22)
T1 = case15(T1_OPEN, "00517")
T1_USER = ("Priya Raman", "priya.raman86@gmail.com")
T1_SUBJ = f"[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance"


def t1():
    # ack: case_created, but avoids "case"/"opened"
    txt = f"""Hello,

This is a short note to let you know that your message to AWS Training and Certification has reached us. It has been logged under reference number {T1}.

A member of our customer service team will look at it and get back to you, normally within one business day. Please don't fill in the contact form again for the same question - a second submission goes to the back of the queue and only slows things down. If there is something you'd like to add, just reply to this email and leave the reference in the subject line as it is.

Kind regards,
AWS Training and Certification Customer Service

This message was sent from an address that routes replies back to our team. Please do not change the subject line."""
    aws_mail("tc-form-reference-number", "case_created", T1, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T1_USER, subject=T1_SUBJ, dt=T1_OPEN + timedelta(seconds=41))

    # formal-legal confirmation request
    d = U(2025, 3, 12, 14, 40, 3)
    txt = f"""Dear Ms Raman,

Further to your submission of 11 March 2025, we have identified two AWS Certification profiles which appear to belong to you:

   (a) AWS03817462, registered to p.raman@northwind-analytics.com
   (b) AWS11958034, registered to priya.raman86@gmail.com

Subject to your authorisation, every certification record, examination result and associated benefit presently held under profile (a) will be transferred to profile (b). Profile (b) shall thereafter constitute your sole record, and the credentials for profile (a) will cease to function.

You should be aware that this operation is permanent. Once it has been carried out, AWS Training and Certification cannot separate the records again, nor restore profile (a).

We are not in a position to act without your express written authority. Accordingly, we should be grateful if you would respond to this message stating, in your own words, that you have read the above and that you agree to it. Your response will be retained as part of the record of this matter. In the absence of such a statement, no action will be taken.

Yours sincerely,

Margaret H.
AWS Training and Certification Customer Service
Amazon Web Services"""
    aws_mail("formal-authorisation-letter", "merge_confirmation_requested", T1, ["AWS03817462", "AWS11958034"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="b64")),
             frm=FORM, to=T1_USER, subject="RE:" + T1_SUBJ, dt=d)
    t1_conf_txt = txt

    # thanks-for-confirming: support_reply; user's reply quoted (gmail), with agent text nested below
    u = U(2025, 3, 12, 18, 2, 51)
    user_reply = f"""Dear Margaret,

I have read the above and I agree: please move everything from AWS03817462 into AWS11958034 and keep AWS11958034.

Thanks,
Priya

""" + q_gmail(d, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", t1_conf_txt.split("You should be aware")[0].rstrip(), offset=0)
    d2 = U(2025, 3, 13, 8, 5, 30)
    txt = f"""Dear Ms Raman,

Thank you for your written authority, which has been recorded against this matter.

We have now referred your request to the team that maintains certification records. We will write to you again once the records have been transferred; you do not need to take any further action in the meantime. We would ask that you refrain from scheduling or sitting an examination under either profile until you hear from us.

Yours sincerely,

Margaret H.
AWS Training and Certification Customer Service

""" + q_gmail(u, T1_USER[0], T1_USER[1], user_reply)
    aws_mail("authority-recorded-referred", "support_reply", T1, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T1_USER, subject=subj("RE:" + T1_SUBJ, "us-ascii"), dt=d2)

    # completion that never says done
    d3 = U(2025, 3, 14, 17, 22, 10)
    txt = f"""Dear Ms Raman,

We refer to your authorisation of 12 March 2025.

With effect from today, the examination history, certifications and benefits formerly recorded under AWS03817462 are held under AWS11958034. The former profile has been deactivated and can no longer be used to sign in.

Please use priya.raman86@gmail.com to access your remaining profile. Any digital badges will be re-sent by Credly to that address; please allow up to two working days for them to arrive. Should anything appear to be missing from your transcript, kindly let us know by reply within 30 days.

Yours sincerely,

Margaret H.
AWS Training and Certification Customer Service"""
    aws_mail("records-now-held-under", "merge_completed", T1, ["AWS03817462", "AWS11958034"], "en",
             body=alt(tpart(txt, enc="b64"), tpart(aws_html(txt), "html", enc="b64")),
             frm=FORM, to=T1_USER, subject=subj("RE:" + T1_SUBJ, "us-ascii"), dt=d3)

    # survey (HTML only)
    d4 = d3 + timedelta(minutes=3, seconds=12)
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your feedback</title></head>
<body style="font-family:Arial,sans-serif;color:#16191f;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#232f3e;padding:12px 20px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:20px">
<p>Hello Priya,</p>
<p>We believe the matter you raised with us (reference {T1}) has been taken care of, so we have marked it as closed. If it turns out something is still outstanding, replying to this message within 14 days will bring it back to our team.</p>
<p style="font-weight:bold">Did we sort things out for you?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;border-radius:2px"><a href="https://feedback.aws.amazon.com/tc/r?ref={T1}&amp;a=1" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none">Yes</a></td>
<td style="background:#545b64;border-radius:2px"><a href="https://feedback.aws.amazon.com/tc/r?ref={T1}&amp;a=0" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none">No</a></td>
</tr></table>
<p>It takes one click and helps us look after the next person.</p>
<p>AWS Training and Certification Customer Service</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></body></html>"""
    aws_mail("one-click-question", "survey", T1, [], "en",
             body=tpart(h, "html", enc="qp"),
             frm=FORM, to=T1_USER, subject=subj(f"Reference {T1} \u2013 how did we do?", "utf-8"), dt=d4)


t1()


# ---------------------------------------------------------------- thread T2 (Japanese)
T2_OPEN = U(2025, 6, 2, 0, 41, 7)
T2 = case15(T2_OPEN, "00263")
T2_USER = ("渡辺 健二", "k.watanabe.1987@nifty.com")
T2_SUBJ = f"[CASE {T2}] [AWS Training and Certification Form Submission] - account-assistance"
T2_JP = ("mx.nifty.com", "mta-snd-w04.mail.nifty.com")


def t2():
    txt = f"""渡辺 健二 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容は、受付番号 {T2} にて承りました。

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
同じ内容でフォームを再度送信されますと、かえってご回答が遅れる場合がございますので、ご遠慮くださいますようお願いいたします。
補足がございましたら、件名を変更せずに本メールへそのままご返信ください。

――――――――――――――――
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services
"""
    aws_mail("uketsuke-bangou", "case_created", T2, [], "ja",
             body=tpart(txt, charset="iso-2022-jp", enc="7bit"),
             frm=FORM, to=T2_USER, subject=T2_SUBJ, dt=T2_OPEN + timedelta(seconds=58), via="jp", jp=T2_JP)

    d = U(2025, 6, 3, 1, 15, 44)
    txt = f"""渡辺 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

お問い合わせの件につきまして、ご本人様確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各アカウントへのサインインに使用されているメールアドレス
2. 各アカウントに登録されている通知用メールアドレス（サインイン用と異なる場合）
3. 今後お使いになりたいアカウント

また、フォームにご記入いただいた認定 ID（AWS 20456719）以外に、もう一方のアカウントの認定 ID がお分かりでしたら、あわせてご教示いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    aws_mail("honnin-kakunin-onegai", "support_reply", T2, ["AWS20456719"], "ja",
             body=alt(tpart(txt, charset="shift_jis", enc="b64"),
                      tpart(simple_html(txt, "'Meiryo UI', sans-serif").replace("utf-8", "shift_jis"), "html",
                            charset="shift_jis", enc="b64")),
             frm=FORM, to=T2_USER, subject="RE:" + T2_SUBJ, dt=d, via="jp", jp=T2_JP)

    u = U(2025, 6, 3, 3, 12, 5)
    user = """佐藤様

ご連絡ありがとうございます。
1. AWS20456719 は k.watanabe@kitasora-sys.co.jp、もう一つは k.watanabe.1987@nifty.com です
2. 同じです
3. 個人のメールの方（AWS20931175）を残したいです

よろしくお願いします。
渡辺"""
    d2 = U(2025, 6, 4, 0, 52, 19)
    txt = f"""渡辺 様

ご返信いただき、誠にありがとうございます。佐藤でございます。

お知らせいただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントが見つかりました。

　・AWS20456719（サインイン：k.watanabe@kitasora-sys.co.jp）
　・AWS20931175（サインイン：k.watanabe.1987@nifty.com）

ご希望に沿って、AWS20456719 に記録されている認定資格・受験履歴・特典を AWS20931175 へ移し、AWS20931175 を残す形で対応させていただく予定でございます。
なお、移行後は AWS20456719 へサインインできなくなり、元の状態に戻すことはできかねますので、あらかじめご了承ください。

上記の内容でお間違いがなければ、お手数ですが本メールに「はい」とだけご返信いただけますでしょうか。
ご返信を確認でき次第、手続きに入らせていただきます。

佐藤
AWS トレーニングと認定 カスタマーサービス

""" + q_jp(u, "渡辺 健二", T2_USER[1], user)
    aws_mail("hai-to-dake-gohenshin", "merge_confirmation_requested", T2, ["AWS20456719", "AWS20931175"], "ja",
             body=tpart(txt, charset="iso-2022-jp", enc="7bit"),
             frm=FORM, to=T2_USER, subject=subj(f"RE:[CASE {T2}] アカウント統合に関するご確認のお願い", "iso-2022-jp"),
             dt=d2, via="jp", jp=T2_JP)

    d3 = U(2025, 6, 5, 6, 30, 2)
    txt = f"""渡辺 様

いつもお世話になっております。佐藤でございます。

先日ご了承いただいた件につきまして、AWS20456719 に記録されておりました認定資格・受験履歴・特典は、本日付ですべて AWS20931175 に移っております。
今後は k.watanabe.1987@nifty.com にて AWS20931175 へサインインし、ご利用くださいますようお願い申し上げます。

Credly のデジタルバッジにつきましては、反映までに数日ほどかかる場合がございます。一週間ほど経っても届かない場合は、本メールにご返信いただけますと幸いです。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    aws_mail("honjitsuzuke-utsushimashita", "merge_completed", T2, ["AWS20456719", "AWS20931175"], "ja",
             body=alt(tpart(txt, enc="b64"), tpart(aws_html(txt), "html", enc="b64")),
             frm=FORM, to=T2_USER, subject=subj(f"RE:[CASE {T2}] アカウント統合に関するご確認のお願い", "utf-8"),
             dt=d3, via="jp", jp=T2_JP)


t2()


# ---------------------------------------------------------------- thread T3 (console, 11 digits, curt agent, M365)
T3 = "10954312871"
T3_OPEN = U(2022, 9, 20, 15, 2, 37)
T3_USER = ("Marcus Oyelaran", "marcus.oyelaran@halvorsen-eng.com")
T3_CSUBJ = "Merge my two certification logins"
T3_URL = f"https://console.aws.amazon.com/support/home#/case/?displayId={T3}&language=en"


def t3():
    txt = f"""Hello,

Thanks for getting in touch with Amazon Web Services. We've logged your request and an engineer will pick it up shortly.

Case ID: {T3}
Subject: {T3_CSUBJ}
Severity: General guidance
Correspondence: I have one cert account from my old job and one from now. Can you join them?

You can follow progress or add details at any time from the Support Center:
{T3_URL}

Please don't answer this email - this mailbox isn't monitored, so anything sent here won't reach the team. Use the link above instead.

Amazon Web Services"""
    aws_mail("console-logged-request", "case_created", T3, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T3_USER, subject=f"AWS Support: we've got your request ({T3})",
             dt=T3_OPEN + timedelta(seconds=19), via="outlook")

    d = U(2022, 9, 21, 9, 44, 2)
    txt = f"""Hello,

There's something new on your support case {T3} ("{T3_CSUBJ}").

The text isn't included in this email. To read it and to answer, sign in to the Support Center:
{T3_URL}

Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Replies to this address are not read."""
    aws_mail("console-something-new", "support_reply", T3, [], "en",
             body=alt(tpart(txt, enc="7bit", charset="us-ascii"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T3_USER, subject=f"[Case {T3}] Update available", dt=d, via="outlook")

    d2 = d + timedelta(seconds=6)
    txt = f"""Hi Marcus,

Found two profiles on our side:

AWS00718236 - marcus.oyelaran@halvorsen-eng.com
AWS05529104 - m.oyelaran@fastmail.com

Which one do you want to keep long-term? And briefly, why two - job change?

Dev
AWS Training & Certification

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{T3_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue."""
    aws_mail("which-one-stays", "support_reply", T3, ["AWS00718236", "AWS05529104"], "en",
             body=tpart(txt, enc="qp"),
             frm=NOREPLY, to=T3_USER, subject=f"RE:[CASE {T3}] {T3_CSUBJ}", dt=d2, via="outlook")

    d3 = U(2022, 9, 22, 8, 11, 40)
    txt = f"""Marcus,

Plan:
  AWS00718236 -> goes into AWS05529104
  AWS05529104 -> stays (login m.oyelaran@fastmail.com)

Can't be reversed afterwards. A one-word "go" from you in the Support Center and I'll start.

Dev
AWS Training & Certification

To contact us again about this case, please return to the AWS Support Center using the following URL:
{T3_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
    aws_mail("one-word-go", "merge_confirmation_requested", T3, ["AWS00718236", "AWS05529104"], "en",
             body=tpart(txt, enc="7bit", charset="us-ascii"),
             frm=NOREPLY, to=T3_USER, subject=f"RE:[CASE {T3}] {T3_CSUBJ}", dt=d3, via="outlook")

    d4 = U(2022, 9, 23, 19, 3, 55)
    txt = f"""Marcus,

AWS00718236 is folded into AWS05529104. Old login won't work any more.

Sign in with m.oyelaran@fastmail.com and check the transcript; shout if an exam is missing.

Dev
AWS Training & Certification

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{T3_URL}"""
    aws_mail("folded-into", "merge_completed", T3, ["AWS00718236", "AWS05529104"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T3_USER, subject=f"RE:[CASE {T3}] {T3_CSUBJ}", dt=d4, via="outlook")

    d5 = U(2022, 9, 27, 2, 0, 14)
    txt = f"""Hello,

Support case {T3} ("{T3_CSUBJ}") has been closed, as there has been no further activity on it for three days.

If you still need help with the same issue, you can reopen it from the Support Center within the next 14 days:
{T3_URL}

How did we do? Rate the correspondence on this case - it takes under a minute:
https://console.aws.amazon.com/support/home#/case/?displayId={T3}&language=en&rate=true

Amazon Web Services"""
    aws_mail("console-inactivity-close", "survey", T3, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="b64")),
             frm=NOREPLY, to=T3_USER, subject=f"AWS Support case {T3} is closed", dt=d5, via="outlook")


t3()


# ---------------------------------------------------------------- thread T4 (2019, 10 digits, corporate relay without Authentication-Results)
T4 = "6218804551"
T4_OPEN = U(2019, 7, 8, 12, 30, 51)
T4_USER = ("Sofia Lindqvist", "sofia.lindqvist@brannstrom-it.se")
T4_MTA = "mx2.brannstrom-it.se"
T4_SUBJ = f"[CASE {T4}] [AWS Training and Certification Form Submission] - account-assistance"


def t4():
    txt = f"""Dear Sofia Lindqvist,

Your inquiry to AWS Training and Certification has been assigned ticket number {T4}.

Our specialists answer inquiries in the order they arrive, generally within 24 hours. You may add information by replying to this message; please keep the ticket number in the subject so that your reply is filed correctly.

Sincerely,
AWS Training and Certification"""
    aws_mail("ticket-number-assigned", "case_created", T4, [], "en",
             body=tpart(txt, charset="us-ascii", enc="7bit"),
             frm=FORM, to=T4_USER, subject=T4_SUBJ, dt=T4_OPEN + timedelta(seconds=33), via=T4_MTA)

    d = U(2019, 7, 12, 10, 5, 0)
    txt = f"""Dear Sofia,

We wrote to you on 9 July asking which of your two Certification profiles, AWS91220463 or AWS90017358, you would like to go on using. We have not heard back from you yet.

We will keep this request open until 19 July. If we have no answer by then it will be set aside, although you are welcome to write to us again at any time.

Sincerely,
Joanne
AWS Training and Certification"""
    aws_mail("still-waiting-which-profile", "support_reply", T4, ["AWS91220463", "AWS90017358"], "en",
             body=tpart(txt, charset="us-ascii", enc="7bit"),
             frm=FORM, to=T4_USER, subject="RE:" + T4_SUBJ, dt=d, via=T4_MTA)

    u = U(2019, 7, 15, 7, 48, 0)
    user = f"""Hi Joanne,

Sorry for the slow answer, I was on holiday. I want to keep AWS90017385 - sorry, typo, AWS90017358. The other one was created by my previous employer's training portal.

Best regards,
Sofia Lindqvist
Senior Consultant | Brannstrom IT AB
+46 8 555 019 22"""
    d2 = U(2019, 7, 15, 13, 20, 9)
    txt = f"""Dear Sofia,

Welcome back, and thank you for letting us know.

Before I hand this over to our records team I need one thing from you in writing. Please reply with the following sentence, copied exactly as it is:

"I authorise AWS Training and Certification to combine AWS91220463 into AWS90017358."

I'm sorry to be so formal about it, but the change is permanent - AWS91220463 will stop working and nothing can be split apart again afterwards - so we cannot act on an implied yes.

Sincerely,
Joanne
AWS Training and Certification

""" + q_original(u, "Sofia Lindqvist <sofia.lindqvist@brannstrom-it.se>", "aws-cs-trainingcertification-form@amazon.com",
                 "RE:" + T4_SUBJ, user, offset=2)
    aws_mail("copy-this-sentence", "merge_confirmation_requested", T4, ["AWS91220463", "AWS90017358"], "en",
             body=tpart(txt, charset="us-ascii", enc="7bit"),
             frm=FORM, to=T4_USER, subject="RE:" + T4_SUBJ, dt=d2, via=T4_MTA)

    d3 = U(2019, 7, 17, 15, 2, 44)
    txt = f"""Dear Sofia,

Thank you for your authorisation.

Your certification history \u2013 including the \u201cAWS Certified Solutions Architect \u2013 Associate\u201d you earned in 2017 \u2013 now sits under AWS90017358. AWS91220463 has been retired and will no longer accept a sign-in.

Please sign in at https://www.aws.training/Certification with sofia.lindqvist@brannstrom-it.se and have a look at your transcript. If anything is not where you expect it, just reply here.

Sincerely,
Joanne
AWS Training and Certification"""
    p = raw_part(txt, "plain", "windows-1252", real="utf-8", enc="qp")
    aws_mail("history-now-sits-under", "merge_completed", T4, ["AWS91220463", "AWS90017358"], "en",
             body=p, frm=FORM, to=T4_USER, subject="RE:" + T4_SUBJ, dt=d3, via=T4_MTA)

    # Credly (then Acclaim), 2019, no Authentication-Results either
    d4 = U(2019, 7, 18, 21, 7, 30)
    vnum = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    txt = f"""Sofia, your credential is waiting for you

Amazon Web Services Training and Certification has recognised your achievement with the following badge:

AWS Certified Solutions Architect - Associate

Claim it now to display it on your professional profiles and email signature:
https://www.youracclaim.com/earner/earned/badge/{ruuid()}

Badge validation number: {vnum}

This badge was sent to {T4_USER[1]}. If this isn't you, please let us know at support@youracclaim.com.

Acclaim | 1100 Hammond Drive, Suite 400, Atlanta, GA 30328"""
    ext_mail("acclaim-credential-waiting", "credly_badge_issued", None, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Helvetica, Arial, sans-serif"), "html", enc="qp")),
             frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
             to=T4_USER, subject="Sofia, claim your AWS Certified Solutions Architect - Associate badge", dt=d4,
             verified=None, via=T4_MTA, envfrom="bounces+4710224-9b1e-sofia.lindqvist=brannstrom-it.se@em.youracclaim.com",
             ip="167.89.32.17", host="o7.em.youracclaim.com", dkim_d="youracclaim.com")


t4()


# ---------------------------------------------------------------- thread T5 (non-native agent, three profiles, gmail)
T5_OPEN = U(2024, 11, 18, 5, 3, 40)
T5 = case15(T5_OPEN, "00094")
T5_USER = ("Rahul Deshpande", "rahul.deshpande.cloud@gmail.com")
T5_SUBJ = f"[CASE {T5}] [AWS Training and Certification Form Submission] - account-assistance"


def t5():
    d = U(2024, 11, 19, 11, 26, 3)
    txt = f"""Dear Rahul,

Greetings from AWS Training and Certification!

Thank you for your patience. While checking the three profiles shared by you, we noticed that one exam appointment is booked under aws44962031 for 29-Nov-2024 (AWS Certified Developer - Associate, Pearson VUE online).

Kindly note the profiles cannot be combined while an appointment is pending on any of them, as the result will not be able to post correctly. Request you to please let us know which of the below you prefer:

1) You will appear for the exam on 29-Nov first, and we will take up the request after your result is published, or
2) You will cancel / reschedule the appointment from Pearson VUE, and then inform us so we can take it up immediately.

Awaiting your response.

Thanks & Regards,
Sneha R.
AWS Training and Certification Customer Service"""
    aws_mail("pending-appointment-choose", "support_reply", T5, ["AWS44962031"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=FORM, to=T5_USER, subject="RE: " + T5_SUBJ, dt=d)

    u = U(2024, 12, 2, 4, 51, 27)
    user = f"""Hi Sneha,

I gave the exam on 29th and passed :) Result is visible now in AWS44962031. Please go ahead with combining, I want to keep AWS45003318.

Regards
Rahul"""
    d2 = U(2024, 12, 3, 9, 12, 48)
    txt = f"""Dear Rahul,

Greetings of the day and congratulations on clearing the exam!

As discussed, please find below the details of the profiles to be combined:

Primary profile (will be retained): AWS45003318 - rahul.deshpande.cloud@gmail.com
Secondary profile 1: AWS-44810297 - rahul.d@infyzen-tech.in
Secondary profile 2: AWS-44962031 - rdeshpande.aws@gmail.com

All certifications, exam history and benefits of both secondary profiles will be moved to the primary profile, and the secondary profiles will be deactivated. Kindly note this activity is irreversible.

Kindly revert back with your consent on the same mail thread by writing "Agreed" so that we may proceed further with the request.

Thanks & Regards,
Sneha R.
AWS Training and Certification Customer Service

""" + q_gmail_us(u, T5_USER[0], T5_USER[1], user, offset=5.5)
    aws_mail("revert-with-agreed", "merge_confirmation_requested", T5, ["AWS45003318", "AWS44810297", "AWS44962031"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=FORM, to=T5_USER, subject="RE: " + T5_SUBJ, dt=d2)

    d3 = U(2024, 12, 5, 6, 40, 12)
    txt = f"""Dear Rahul,

Greetings of the day!

We are happy to inform that as per your consent, all the three profiles are now combined into the single profile AWS45003318, and the other two IDs (AWS44810297, AWS44962031) are deactivated from our end.

Kindly login with rahul.deshpande.cloud@gmail.com and verify that all 4 certifications are reflecting in your transcript. Your digital badges will be received from Credly within 2-3 working days.

Please feel free to reach out for any further queries.

Thanks & Regards,
Sneha R.
AWS Training and Certification Customer Service"""
    aws_mail("three-into-single-profile", "merge_completed", T5, ["AWS45003318", "AWS44810297", "AWS44962031"], "en",
             body=alt(tpart(txt, enc="b64"), tpart(simple_html(txt, "Arial"), "html", enc="b64")),
             frm=FORM, to=T5_USER, subject="RE: " + T5_SUBJ, dt=d3)


t5()


# ---------------------------------------------------------------- thread T6 (chatty agent, outlook.com)
T6_OPEN = U(2025, 8, 4, 16, 22, 9)
T6 = case15(T6_OPEN, "00871")
T6_USER = ("Elena Petrova", "elena.petrova.dev@outlook.com")
T6_SUBJ = f"[CASE {T6}] [AWS Training and Certification Form Submission] - account-assistance"


def t6():
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:600px;margin:0 auto">
<div style="border-bottom:3px solid #ff9900;padding:10px 0"><b>AWS Training &amp; Certification</b></div>
<p>Hi Elena,</p>
<p>Your note is in our queue. We've given it the number <b>{T6}</b> &mdash; you'll see it in the subject of everything we send you about this.</p>
<p>A real person will read it and write back, usually within a day. Meanwhile:</p>
<ul>
<li>Need to add something? Reply to this email.</li>
<li>Please don't send the form a second time; it creates a separate request and can delay the answer.</li>
</ul>
<p>Talk soon,<br>AWS Training &amp; Certification Customer Service</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. | 410 Terry Ave N | Seattle, WA 98109 | <a href="https://aws.amazon.com/privacy/">Privacy</a></p>
</div></body></html>"""
    aws_mail("in-our-queue", "case_created", T6, [], "en",
             body=tpart(h, "html", enc="qp"),
             frm=FORM, to=T6_USER, subject=T6_SUBJ, dt=T6_OPEN + timedelta(seconds=72), via="outlook")

    d = U(2025, 8, 5, 13, 3, 20)
    txt = f"""Hi Elena!

Thanks so much for reaching out - and sorry in advance for giving you a bit of homework.

To be sure I'm joining up the right records, could you tell me the email address you use to sign in to each of your certification profiles? On the form you gave us AWS62039815; if you happen to know the number of the other one too, even better (it's on your transcript, top right).

Oh, and one more: which of the two would you like to hang on to? Most people keep the one tied to a personal email, since work addresses tend to disappear when you change jobs, but it's completely your call.

Cheers,
Tamsin
AWS Training & Certification Customer Service"""
    aws_mail("bit-of-homework", "support_reply", T6, ["AWS62039815"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=FORM, to=T6_USER, subject="RE:" + T6_SUBJ, dt=d, via="outlook")

    u = U(2025, 8, 5, 19, 40, 2)
    user = """Hi Tamsin,

No worries! The old one (AWS62039815) is elena.petrova@brightlane.io, the newer one is this outlook address, AWS61877420. I'd like to keep the outlook one please.

Elena"""
    d2 = U(2025, 8, 6, 10, 17, 45)
    txt = f"""Hi again Elena,

Perfect, that's everything I needed. Here's the plan as I understand it:

\u2022 AWS62039815 (elena.petrova@brightlane.io) \u2192 its certs, exam history and benefits move across
\u2022 AWS61877420 (elena.petrova.dev@outlook.com) \u2192 stays, and becomes your one and only profile

One small but important thing: there's no undo button on this. Once I send it off, the brightlane profile is gone for good.

So before I touch anything, I'd love you to tell me I've got it the right way round. A quick "yep, that's right" is honestly all I need - a thumbs-up emoji counts too \U0001F642

Cheers,
Tamsin
AWS Training & Certification Customer Service

""" + q_outlook(u, "Elena Petrova <elena.petrova.dev@outlook.com>", "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                "RE:" + T6_SUBJ, user, offset=2)
    aws_mail("thumbs-up-counts", "merge_confirmation_requested", T6, ["AWS62039815", "AWS61877420"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=FORM, to=T6_USER, subject="RE:" + T6_SUBJ, dt=d2, via="outlook")

    d3 = U(2025, 8, 6, 15, 58, 1)
    txt = f"""Hi Elena,

Thanks for the thumbs-up! \U0001F44D

Quick heads-up on where things are: I've handed your request to the team that looks after certification records. These usually take a day or two at their end. Once the merge is complete I'll drop you a line, and from then on you'll just sign in with your outlook address.

Nothing for you to do in the meantime - just maybe hold off on booking an exam until you hear from me.

Cheers,
Tamsin"""
    aws_mail("handed-to-records-team", "support_reply", T6, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=FORM, to=T6_USER, subject="RE:" + T6_SUBJ, dt=d3, via="outlook")

    d4 = U(2025, 8, 8, 9, 2, 33)
    txt = f"""Hi Elena,

Good news! When you sign in with elena.petrova.dev@outlook.com you'll now find your SysOps Administrator cert sitting right next to your Cloud Practitioner, all under AWS61877420. The brightlane profile (AWS62039815) has been switched off, and your 50% voucher came across with everything else - it's under Benefits.

Since that wraps up everything you asked for, I'm going to close this case from my side. You may get a short survey from us; if you have a minute, I'd be really grateful.

Take care, and good luck with the next exam!
Tamsin
AWS Training & Certification Customer Service"""
    aws_mail("good-news-and-closing", "merge_completed", T6, ["AWS61877420", "AWS62039815"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=FORM, to=T6_USER, subject="RE:" + T6_SUBJ, dt=d4, via="outlook")

    d5 = d4 + timedelta(minutes=1, seconds=40)
    txt = f"""Hello Elena,

Request {T6} has been closed.

Summary: Certification profiles consolidated; benefits carried over.

Tell us about your experience. On a scale of 1 (poor) to 5 (excellent), how would you rate the help you received?

  1  https://feedback.aws.amazon.com/tc/r?ref={T6}&s=1
  2  https://feedback.aws.amazon.com/tc/r?ref={T6}&s=2
  3  https://feedback.aws.amazon.com/tc/r?ref={T6}&s=3
  4  https://feedback.aws.amazon.com/tc/r?ref={T6}&s=4
  5  https://feedback.aws.amazon.com/tc/r?ref={T6}&s=5

Your answers are anonymous and are used only to improve our service.

AWS Training & Certification"""
    aws_mail("scale-of-one-to-five", "survey", T6, [], "en",
             body=alt(tpart(txt, enc="7bit", charset="us-ascii"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T6_USER, subject=f"Request {T6}: a quick question about our service", dt=d5, via="outlook")

    # Credly: badges moved after the merge
    d6 = U(2025, 8, 9, 2, 14, 8)
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;color:#333">
<table align="center" width="600" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/assets/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="font-size:20px;padding-top:18px">Elena, your badges have a new home</td></tr>
<tr><td style="font-size:14px;line-height:21px;padding-top:10px">
<p>Amazon Web Services Training and Certification has updated the records behind your credentials. The badges below are now linked to <b>elena.petrova.dev@outlook.com</b>:</p>
<ul><li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>Accept them to keep showing them on LinkedIn and wherever else you share your achievements.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{ruuid()}" style="background:#0072ce;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Accept your badges</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:20px">Credly, a Pearson company | 11 Broadway, Suite 1050, New York, NY 10004<br>You received this email because Amazon Web Services Training and Certification issued credentials to you on Credly.</td></tr>
</table></body></html>"""
    ext_mail("badges-new-home", "credly_badge_issued", None, [], "en",
             body=alt(tpart("Elena, your badges have a new home.\n\nAmazon Web Services Training and Certification has updated the records behind your credentials. "
                            "The badges below are now linked to elena.petrova.dev@outlook.com:\n\n- AWS Certified SysOps Administrator - Associate\n- AWS Certified Cloud Practitioner\n\n"
                            "Accept them: https://www.credly.com/earner/earned\n\nCredly, a Pearson company", enc="qp"),
                      tpart(h, "html", enc="qp")),
             frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
             to=T6_USER, subject="Your badges from Amazon Web Services Training and Certification have moved",
             dt=d6, verified=True, via="outlook", envfrom="bounces+2081137-4c7d-elena.petrova.dev=outlook.com@em.credly.com",
             ip="149.72.154.87", host="o3.em.credly.com", dkim_d="credly.com")


t6()


# ---------------------------------------------------------------- thread T7 (duplicate request, voucher question, gmail)
T7_OPEN = U(2025, 10, 6, 7, 55, 31)
T7 = case15(T7_OPEN, "00342")
T7B_OPEN = U(2025, 10, 8, 19, 40, 2)
T7B = case15(T7B_OPEN, "00915")
T7_USER = ("Tom Becker", "tom.becker.ffm@gmail.com")
T7_SUBJ = f"[CASE {T7}] [AWS Training and Certification Form Submission] - account-assistance"


def t7():
    # acknowledgement of the SECOND request he sent
    txt = f"""Hello Tom,

Thank you for writing to AWS Training and Certification.

A new request, number {T7B}, has been created for you and placed with our customer service team. We aim to respond within one business day.

If you have already written to us about the same topic, there is no need to do anything: our team will link the two. Replying to this message adds information to request {T7B}.

AWS Training and Certification"""
    aws_mail("new-request-number", "case_created", T7B, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T7_USER,
             subject=f"[CASE {T7B}] [AWS Training and Certification Form Submission] - account-assistance",
             dt=T7B_OPEN + timedelta(seconds=27))

    d = U(2025, 10, 9, 8, 31, 12)
    txt = f"""Hi Tom,

I see you sent us the same request a second time, under {T7B}. No harm done - I've merged that one into this case ({T7}) so everything stays in one place. Please keep replying on this thread from now on.

Before I set anything up for your two profiles, a quick question on something else: the 50% discount voucher you received after your Developer exam in July - have you already used it? Unused vouchers sometimes need to be re-issued by hand, and I'd like to know before I start.

Thanks,
Bogdan
AWS Training and Certification"""
    aws_mail("two-requests-one-thread", "support_reply", T7, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=FORM, to=T7_USER, subject="RE:" + T7_SUBJ, dt=d)

    u = U(2025, 10, 9, 10, 4, 55)
    user = f"""Hi Bogdan,

sorry for the double request, I thought the first one got lost. The voucher is not used yet. Old account is AWS70215538 (work email), new one AWS70664102 (this gmail).

Thanks
Tom

""" + q_gmail(d, "Amazon Web Services", FORM[1], txt, offset=2)
    d2 = U(2025, 10, 10, 7, 48, 26)
    txt2 = f"""Hi Tom,

Thanks, that helps. Here's what would happen:

- AWS70215538 (tom.becker@kraemer-logistik.de) is absorbed into AWS70664102 (tom.becker.ffm@gmail.com).
- AWS70664102 remains; the other profile stops working and can't be brought back.

Once the merge is complete we'll re-issue your unused voucher on the remaining profile and Credly will move your badges over.

Does that match what you had in mind? If it does, just tell me so and I'll get it moving. If you'd rather keep the work profile, say that instead and I'll flip it around.

Thanks,
Bogdan
AWS Training and Certification

""" + q_gmail(u, T7_USER[0], T7_USER[1], user, offset=2)
    aws_mail("does-that-match", "merge_confirmation_requested", T7, ["AWS70215538", "AWS70664102"], "en",
             body=alt(tpart(txt2, enc="qp"), tpart(simple_html(txt2), "html", enc="qp")),
             frm=FORM, to=T7_USER, subject="RE:" + T7_SUBJ, dt=d2)

    d3 = U(2025, 10, 13, 12, 9, 40)
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tom,</p>
<p>Your transcript on <b>AWS 70664102</b> now lists all three of your certifications, and a fresh 50% voucher is waiting under <i>Benefits</i>. The work profile (AWS&nbsp;70215538) is no longer active, so please sign in with tom.becker.ffm@gmail.com from now on.</p>
<p>Credly usually catches up within 48 hours. If your badges still point to the old email after that, reply here and I'll chase it.</p>
<p>Thanks,<br>Bogdan<br>AWS Training and Certification</p>
<hr>
<p style="font-size:11px;color:#777">Reference: {T7}</p>
</div></body></html>"""
    aws_mail("transcript-lists-all-three", "merge_completed", T7, ["AWS70664102", "AWS70215538"], "en",
             body=tpart(h, "html", enc="b64"),
             frm=FORM, to=T7_USER, subject="RE:" + T7_SUBJ, dt=d3)


t7()


# ---------------------------------------------------------------- thread T8 (console, 11 digits, 2023, formal; HTML-only confirmation)
T8 = "13285560472"
T8_USER = ("Lukas Brandt", "lukas.brandt@posteo.de")
T8_CSUBJ = "Certification: two candidate IDs for one person"
T8_URL = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={T8}&language=en"


def t8():
    d = U(2023, 5, 16, 13, 2, 7)
    txt = f"""Dear Mr. Brandt,

Thank you for your patience while we reviewed the records attached to your enquiry.

We are prepared to consolidate the following candidate records:

  Record to be retired:  AWS 38820417  (l.brandt@tu-kessel.de)
  Record to be retained: AWS 39105566  (lukas.brandt@posteo.de)

Upon consolidation, all certifications, examination results and benefits attached to the retired record will be attached to the retained record. The retired record cannot subsequently be reinstated.

To give your consent, please open this case in the Support Center, choose "Reply", and state that you accept the outcome described above. We will not proceed on the basis of silence or of a reply that does not expressly accept it.

Best regards,
Ines
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{T8_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
    body = tpart(aws_html(txt), "html", enc="qp")
    # posteo adds its own Authentication-Results (authserv-id = posteo host)
    aws_mail("state-that-you-accept", "merge_confirmation_requested", T8, ["AWS38820417", "AWS39105566"], "en",
             body=body, frm=NOREPLY, to=T8_USER, subject=f"RE:[CASE {T8}] {T8_CSUBJ}", dt=d, via="jp",
             jp=("mx04.posteo.de", "mx04.posteo.de", 2))

    d2 = U(2023, 5, 18, 16, 45, 51)
    txt = f"""Dear Mr. Brandt,

We write to inform you that, in accordance with the consent you gave on 16 May 2023, the candidate record AWS 38820417 has been consolidated into AWS 39105566.

All certifications, examination results and benefits formerly attached to AWS 38820417 are now attached to AWS 39105566. The record AWS 38820417 has been retired. You may verify your transcript by signing in at https://www.aws.training with lukas.brandt@posteo.de.

Best regards,
Ines
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
{T8_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
    aws_mail("record-consolidation-notice", "merge_completed", T8, ["AWS38820417", "AWS39105566"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T8_USER, subject=f"RE:[CASE {T8}] {T8_CSUBJ}", dt=d2, via="jp",
             jp=("mx04.posteo.de", "mx04.posteo.de", 2))


t8()


# ---------------------------------------------------------------- more of T1/T2/T3/T5: surveys, Credly, status
def credly_gmail(slug, user, subject, dt, plain, html_, enc="qp", verified=True, via="gmail", html_only=False, jp=None):
    body = tpart(html_, "html", enc=enc) if html_only else alt(tpart(plain, enc=enc), tpart(html_, "html", enc=enc))
    ext_mail(slug, "credly_badge_issued", None, [], "en", body=body,
             frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
             to=user, subject=subject, dt=dt, verified=verified, via=via,
             envfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{user[1].replace('@', '=')}@em.credly.com",
             ip=R.choice(["149.72.154.87", "149.72.131.200", "167.89.101.14"]), host=f"o{R.randint(1, 9)}.em.credly.com",
             dkim_d="credly.com", jp=jp)


def credly_html(greeting, lines, button, url):
    lis = "".join(f"<p style='margin:0 0 12px'>{x}</p>" for x in lines)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#2a2a2a">
<table role="presentation" align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/assets/credly_logo_orange.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;font-weight:bold">{greeting}</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px">{lis}
<a href="{url}" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#8c8c8c">Credly, Inc. &middot; 11 Broadway, Suite 1050 &middot; New York, NY 10004<br>
<a href="https://www.credly.com/notification_preferences" style="color:#8c8c8c">Manage email preferences</a> &middot; <a href="https://credly.com/privacy" style="color:#8c8c8c">Privacy</a></td></tr>
</table></body></html>"""


def extras1():
    # T2 survey, Japanese
    d = U(2025, 6, 5, 6, 33, 47)
    txt = f"""渡辺 健二 様

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございました。
受付番号 {T2} のお問い合わせにつきましては、解決済みとしてクローズさせていただきました。

今後のサービス向上のため、今回の対応についてご意見をお聞かせいただけますと幸いです（所要時間：約 1 分）。

　お問い合わせは解決しましたか？
　　はい　　: https://feedback.aws.amazon.com/tc/r?ref={T2}&a=1&lang=ja
　　いいえ　: https://feedback.aws.amazon.com/tc/r?ref={T2}&a=0&lang=ja

まだ解決していない点がございましたら、14 日以内に本メールへご返信いただければ、引き続き対応させていただきます。

AWS トレーニングと認定 カスタマーサービス
"""
    aws_mail("goiken-okikase", "survey", T2, [], "ja",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T2_USER, subject=subj("【AWS トレーニングと認定】今回の対応に関するアンケートのお願い", "iso-2022-jp"),
             dt=d, via="jp", jp=T2_JP)

    # T5: consent recorded, forwarded (support_reply)
    u = U(2024, 12, 3, 13, 30, 9)
    conf_snip = """Kindly revert back with your consent on the same mail thread by writing "Agreed" so that we may proceed further with the request."""
    user = "Agreed.\n\nRahul\n\n" + q_gmail_us(U(2024, 12, 3, 9, 12, 48), "Amazon Web Services", FORM[1], conf_snip, offset=5.5)
    d = U(2024, 12, 3, 17, 2, 31)
    txt = f"""Dear Rahul,

Greetings of the day!

Thank you for sharing your consent. We have forwarded your request to the concerned team for further processing. Kindly allow us 2-3 business days, and we will update you once the activity is completed from our end.

Request you to not schedule any new exam till then.

Thanks & Regards,
Sneha R.
AWS Training and Certification Customer Service

""" + q_gmail_us(u, T5_USER[0], T5_USER[1], user, offset=5.5)
    aws_mail("consent-forwarded-concerned-team", "support_reply", T5, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=FORM, to=T5_USER, subject="RE: " + T5_SUBJ, dt=d)

    # T5 survey
    d = U(2024, 12, 5, 6, 41, 2)
    txt = f"""Hello,

We hope we were able to help. Your request {T5} is now archived, and no further replies will be sent on it.

Would you take two minutes to tell us about the service you received? Your opinion goes straight to the team that handled your request.

Start the survey: https://feedback.aws.amazon.com/tc/s?ref={T5}

If your issue isn't resolved, reply to this email within 14 days and your request will be reopened.

AWS Training and Certification Customer Service"""
    aws_mail("two-minutes-opinion", "survey", T5, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=FORM, to=T5_USER, subject=f"We'd value your opinion - request {T5}", dt=d)

    # Credly for T1 (after merge)
    d = U(2025, 3, 15, 22, 40, 19)
    url = f"https://www.credly.com/earner/earned/badge/{ruuid()}"
    credly_gmail("new-credential-priya", T1_USER,
                 "Priya, you have a new credential from Amazon Web Services Training and Certification", d,
                 f"Priya, a new credential is waiting for you.\n\nAmazon Web Services Training and Certification has recognized you with:\nAWS Certified Data Engineer - Associate\n\nAdd it to your Credly profile: {url}\n\nCredly, Inc. 11 Broadway, Suite 1050, New York, NY 10004",
                 credly_html("A new credential is waiting for you, Priya",
                             ["Amazon Web Services Training and Certification has recognized you with <b>AWS Certified Data Engineer &ndash; Associate</b>.",
                              "Add it to your profile to share it with your network and let employers verify it in one click."],
                             "Add to my profile", url))

    # Credly for T3 (2022), HTML only, base64, M365
    d = U(2022, 9, 25, 14, 18, 3)
    url = f"https://www.credly.com/earner/earned/badge/{ruuid()}"
    credly_gmail("marcus-recognize-achievement", ("Marcus Oyelaran", "m.oyelaran@fastmail.com"),
                 subj("Marcus, showcase your AWS Certified Developer \u2013 Associate badge on LinkedIn and beyond", "utf-8"), d, "",
                 credly_html("Congratulations, Marcus!",
                             ["Amazon Web Services Training and Certification has awarded you the <b>AWS Certified Developer &ndash; Associate</b> badge.",
                              "The badge is now linked to m.oyelaran@fastmail.com. Claim it to display it on LinkedIn, in your email signature and anywhere else you like."],
                             "Claim badge", url),
                 enc="b64", via="jp", html_only=True, jp=("mx3.messagingengine.com", "mx3.messagingengine.com", -4))

    # Credly for T5: three badges ready, with hex / validation distractors
    d = U(2024, 12, 7, 3, 5, 57)
    hexid = rhex(32)
    url = f"https://www.credly.com/earner/earned/share/{ruuid()}"
    credly_gmail("three-badges-ready", T5_USER,
                 "3 badges from Amazon Web Services Training and Certification are ready for you", d,
                 f"Hi Rahul,\n\nAmazon Web Services Training and Certification has sent three badges to rahul.deshpande.cloud@gmail.com:\n\n"
                 f"- AWS Certified Solutions Architect - Associate\n- AWS Certified Developer - Associate\n- AWS Certified Cloud Practitioner\n\n"
                 f"Accept them here: {url}\n\nRef: {hexid}\n\nCredly, Inc.",
                 credly_html("3 badges are ready for you, Rahul",
                             ["Amazon Web Services Training and Certification has sent three badges to rahul.deshpande.cloud@gmail.com:",
                              "AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate<br>AWS Certified Cloud Practitioner",
                              f"<span style='color:#999;font-size:11px'>Ref: {hexid}</span>"],
                             "Accept badges", url))


extras1()


# ---------------------------------------------------------------- look-alikes / phishing about the merge
def phishing():
    # P1: look-alike domain, passes its own DMARC -> case_created, not verified
    v = ("Nadia Köhler", "nadia.koehler.it@gmail.com")
    d = U(2025, 9, 2, 6, 11, 48)
    pid = case15(d - timedelta(minutes=3), "00388")
    txt = f"""Hello,

Your certification account consolidation request has been registered with AWS Training & Certification Support.

  Case number: {pid}
  Candidate ID: AWS58120347
  Status: Awaiting identity check

To avoid your request being discarded, please complete the identity check within 24 hours:
https://aws-certification-desk.com/verify?case={pid}

Requests without a completed identity check are closed automatically.

AWS Training & Certification Support Team"""
    ext_mail("consolidation-registered-identity-check", "case_created", pid, ["AWS58120347"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=("AWS Training & Certification", "support@aws-certification-desk.com"), to=v,
             subject=f"[CASE {pid}] Account consolidation request registered", dt=d, verified=False,
             envfrom="bounce@mail.aws-certification-desk.com", ip="45.133.216.40", host="mail.aws-certification-desk.com",
             dkim_d="aws-certification-desk.com", policy="p=NONE sp=NONE dis=NONE")

    # P2: From amazon.com spoofed from a VPS: spf softfail, no DKIM, dmarc=fail -> confirmation, not verified
    v2 = ("Hiroshi Tanaka", "h.tanaka.cloud@gmail.com")
    d = U(2025, 7, 21, 23, 4, 12)
    pid2 = case15(U(2025, 7, 20, 4, 12, 9), "00051")
    txt = f"""Dear Candidate,

We are contacting you regarding the merge of your AWS Certification accounts:

   AWS 33019482  ->  AWS 33577160

For security reasons the merge must be approved by the account holder before it can continue. Please sign in below and press "Approve" within 48 hours. If we do not hear from you, both accounts will be locked and your certifications will be revoked.

   Approve the merge: https://aws-tc-verify.support-portal.ru/approve?id={pid2}

Amazon Web Services
Training and Certification"""
    ext_mail("approve-within-48-hours", "merge_confirmation_requested", pid2, ["AWS33019482", "AWS33577160"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=FORM, to=v2, subject=f"RE:[CASE {pid2}] Action required: approve your account merge", dt=d,
             verified=False, envfrom="www-data@vps-41822.hostsrv-eu.net", ip="185.212.47.19",
             host="vps-41822.hostsrv-eu.net", dkim_d=None, dmarc="fail", spf="softfail",
             policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")

    # P3: look-alike domain via Outlook, own DMARC pass -> confirmation, not verified
    v3 = ("Carla Mendes", "carla.mendes@nordhavn-data.com")
    d = U(2025, 11, 3, 14, 55, 0)
    txt = """Hi Carla,

Our records show two AWS Certification profiles registered in your name (AWS-71820035 and AWS-71934410). We will be bringing them together into a single profile as part of our annual clean-up.

To let us know that the profile AWS-71934410 is the one you want to keep, please tick the box on the form below. It only takes a minute and you'll need your AWS Certification password to hand.

https://amazon-training-certification.com/profile/keep?ref=71934410

Thank you,
Certification Records Team
Amazon Web Services"""
    ext_mail("tick-the-box-to-keep", "merge_confirmation_requested", None, ["AWS71820035", "AWS71934410"], "en",
             body=alt(tpart(txt, enc="b64"), tpart(simple_html(txt), "html", enc="b64")),
             frm=("AWS Certification Records", "records@amazon-training-certification.com"), to=v3,
             subject="Your two AWS Certification profiles", dt=d, verified=False, via="outlook",
             envfrom="noreply@amazon-training-certification.com", ip="103.224.182.9",
             host="smtp.amazon-training-certification.com", dkim_d="amazon-training-certification.com")

    # P4: completion look-alike with attachment-style lure, Japanese provider, dmarc none on look-alike
    v4 = ("Yuki Morimoto", "y.morimoto@ybb.ne.jp")
    d = U(2025, 4, 9, 1, 20, 45)
    txt = """Dear Yuki Morimoto,

Your AWS Certification profiles AWS26610358 and AWS26719904 are now unified under AWS26719904.

As a thank-you for your patience, a 100% exam voucher has been added to your profile. To unlock it, sign in through the secure link below and re-enter your payment card for identity verification (you will not be charged).

https://awscertification-notify.net/voucher/unlock

AWS Certification Program"""
    ext_mail("profiles-unified-voucher-unlock", "merge_completed", None, ["AWS26610358", "AWS26719904"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt), "html", enc="qp")),
             frm=("AWS Certification Program", "info@awscertification-notify.net"), to=v4,
             subject="Your certification profiles are now unified", dt=d, verified=False, via="jp",
             jp=("ybbsmtp.ybb.ne.jp", "mx4.ybb.ne.jp"), envfrom="info@awscertification-notify.net",
             ip="91.215.85.143", host="mail.awscertification-notify.net", dkim_d="awscertification-notify.net",
             dmarc="none")

    # P5: survey look-alike about the merge case, dmarc=fail
    v5 = ("Owen Gallagher", "owen.gallagher@gmail.com")
    d = U(2025, 5, 14, 17, 33, 8)
    pid5 = case15(U(2025, 5, 6, 10, 0, 41), "00720")
    h = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear Customer,</p>
<p>Your recent request to merge your AWS Certification accounts (case {pid5}) has been closed.</p>
<p>Please tell us how we did. As a thank-you, every completed survey receives a <b>$50 AWS Promotional Credit</b>.</p>
<p><a href="https://aws-feedback-survey.info/s/{pid5}" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">Rate your experience</a></p>
<p>To receive the credit you will be asked to confirm the card on file.</p>
<p>Amazon Web Services Customer Experience</p></body></html>"""
    ext_mail("rate-and-get-credit", "survey", pid5, [], "en",
             body=tpart(h, "html", enc="qp"),
             frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=v5,
             subject=f"[Case {pid5}] Tell us about your experience - $50 credit inside", dt=d, verified=False,
             envfrom="survey@aws-feedback-survey.info", ip="194.87.31.77", host="mx.aws-feedback-survey.info",
             dkim_d="aws-feedback-survey.info", dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")

    # P6: Credly look-alike about badges moved after the merge
    v6 = ("Aisha Bello", "aisha.bello.tech@gmail.com")
    d = U(2025, 10, 21, 9, 41, 30)
    txt = """Hi Aisha,

Following the recent merge of your AWS Certification accounts, your digital badges have been moved to this email address.

Accept your badges within 7 days to keep them visible on your profile:
https://credly-badges.net/accept?u=aisha.bello.tech

The Credly Team"""
    ext_mail("badges-moved-accept-7-days", "credly_badge_issued", None, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Helvetica"), "html", enc="qp")),
             frm=("Amazon Web Services Training and Certification via Credly", "admin@credly-badges.net"), to=v6,
             subject="Your AWS badges are waiting for you", dt=d, verified=False,
             envfrom="admin@credly-badges.net", ip="5.181.80.52", host="mail.credly-badges.net",
             dkim_d="credly-badges.net", policy="p=NONE sp=NONE dis=NONE")

    # P7: spoofed amazon.com with a forged lower Authentication-Results claiming pass -> support_reply, not verified
    v7 = ("Daniel Okafor", "daniel.okafor.ng@gmail.com")
    d = U(2025, 8, 27, 12, 2, 19)
    pid7 = case15(U(2025, 8, 25, 15, 30, 2), "00436")
    txt = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification about your account merge.

Before our team can move your certifications from AWS 40913372 to AWS 40998215, we must verify that you own both accounts. Please reply to this email with:

 - the sign-in email and password of each account
 - the 6-digit code we just sent to your phone

We will delete this information as soon as the verification is finished.

Best regards,
Mark T.
AWS Training and Certification"""
    forged = ["Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjt5ydl3bzvbbjyulgxgzwcowzgcrgc7;\n"
              "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
              "Received: from localhost (localhost [127.0.0.1])\n\tby vps-77120.cheapvps.example with SMTP; " + rfcdate(d - timedelta(seconds=3))]
    ext_mail("verify-ownership-passwords", "support_reply", pid7, ["AWS40913372", "AWS40998215"], "en",
             body=tpart(txt, enc="7bit", charset="us-ascii"),
             frm=FORM, to=v7, subject=f"RE:[CASE {pid7}] [AWS Training and Certification Form Submission] - account-assistance",
             dt=d, verified=False, envfrom="support@vps-77120.cheapvps.example", ip="176.97.210.33",
             host="vps-77120.cheapvps.example", dkim_d=None, dmarc="fail", spf="softfail",
             policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", extra_top=forged)


phishing()


# ---------------------------------------------------------------- unrelated look-alikes
def unrelated():
    # U1 Seller Central case that talks about "merging" listings
    sc = "9071346628"
    d = U(2025, 2, 24, 18, 7, 12)
    txt = f"""Hello,

Thank you for your patience while we looked into this.

I have merged the two detail pages you reported (ASIN B0C7KQ2M4T and B0C7KR9VZL) into one variation family under the parent ASIN B0C7KQ0000. It can take up to 48 hours for the change to appear on the storefront. Your inventory and reviews from both pages are now combined.

If the listing still shows as two pages after that time, please reply to this case and include a screenshot.

We'd appreciate your feedback. Please let us know whether this resolved your issue by selecting Yes or No below:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={sc}&r=1
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={sc}&r=0

Thank you,
Harish
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc}"""
    aws_mail("seller-detail-pages-merged", "unrelated", sc, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=("Amazon Selling Partner Support", "seller-support-noreply@amazon.com"),
             to=("Lindqvist Home AB", "sofia@lindqvisthome.se"),
             subject=f"RE:[CASE {sc}] Duplicate detail pages for my product", dt=d)

    # U2 AWS billing case acknowledgement (console, same account owner as T1)
    d = U(2025, 4, 2, 8, 50, 17)
    bc = case15(d - timedelta(seconds=25), "00149")
    txt = f"""Hello,

Thanks for getting in touch with Amazon Web Services. We've logged your request and someone from the billing team will reply soon.

Case ID: {bc}
Subject: Unexpected NAT Gateway charges in eu-central-1
Severity: General guidance
Account: 483920175526

You can follow progress or add information at any time in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={bc}&language=en

Please don't reply to this email; this mailbox isn't monitored.

Amazon Web Services"""
    aws_mail("billing-nat-gateway-logged", "unrelated", bc, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T1_USER, subject=f"AWS Support: we've got your request ({bc})", dt=d)

    # U3 quota increase case resolved + rating
    d = U(2022, 10, 4, 21, 15, 2)
    qc = "11047736029"
    txt = f"""Hello,

We're happy to let you know that your request to raise the Amazon EC2 "Running On-Demand Standard instances" quota in us-east-1 from 640 to 1,280 vCPUs has been approved and applied to account 602219384471.

Because nothing further is needed, case {qc} has been resolved. If you feel we have not solved your issue, you can reopen it from the Support Center.

Was this response helpful? Rate this correspondence:
https://console.aws.amazon.com/support/home#/case/?displayId={qc}&language=en

Best regards,
Amazon Web Services"""
    aws_mail("ec2-vcpu-quota-resolved", "unrelated", qc, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt), "html", enc="qp")),
             frm=NOREPLY, to=T3_USER, subject=f"RE:[CASE {qc}] Service Quota Increase: EC2 vCPU limit", dt=d, via="outlook")

    # U4 CertMetrics
    d = U(2025, 3, 20, 16, 0, 5)
    txt = """Dear Priya Raman,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. Please take a 5-minute survey about your exam experience and the preparation resources you used. Your answers help us improve our exams.

Candidate ID: AWS11958034
Survey link: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=9b1f44e0c2a8

Thank you,
AWS Certification

This is an automated message from CertMetrics. Please do not reply."""
    ext_mail("certmetrics-hear-from-you", "unrelated", None, ["AWS11958034"], "en",
             body=alt(tpart(txt, enc="7bit", charset="us-ascii"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=T1_USER,
             subject="AWS Certification wants to hear from you", dt=d, verified=False,
             envfrom="bounce@certmetrics.com", ip="52.10.77.201", host="mail02.certmetrics.com",
             dkim_d="certmetrics.com", policy="p=NONE sp=NONE dis=NONE")

    # U5 Pearson VUE booking (T5's pending appointment)
    d = U(2024, 11, 10, 12, 44, 36)
    txt = """Dear Rahul Deshpande,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Appointment: Friday, November 29, 2024 at 10:00 AM India Standard Time
Delivery: OnVUE online proctored
Registration ID: 478552301
AWS Candidate ID: AWS44962031

Check in up to 30 minutes before your appointment. Run the system test on the computer you will use on exam day.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE
This is an unmonitored mailbox."""
    ext_mail("pearson-vue-appointment", "unrelated", None, ["AWS44962031"], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Arial"), "html", enc="qp")),
             frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=T5_USER,
             subject="Pearson VUE Confirmation of Booking", dt=d, verified=False,
             envfrom="bounces@pearson.com", ip="159.182.5.21", host="smtp-out2.pearson.com", dkim_d="pearson.com")

    # U6 AWS Builder ID code, delivered via a relay that adds no Authentication-Results
    d = U(2024, 3, 12, 11, 3, 2)
    txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To confirm it's you, enter the following verification code when prompted.

Verification code: 482913

The code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services will never email you asking you to disclose or verify your password, credit card, or banking account number."""
    ext_mail("builder-id-code", "unrelated", None, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(aws_html(txt, "AWS Builder ID"), "html", enc="qp")),
             frm=("AWS", "no-reply@signin.aws"), to=("Ana Souza", "ana.souza@labmetrica.com.br"),
             subject="Verify your AWS Builder ID email address", dt=d, verified=None, via="smtp1.labmetrica.com.br",
             envfrom=ses_envfrom(ses_msgid(d)), ip="54.240.8.85", host="a8-85.smtp-out.amazonses.com",
             dkim_d="signin.aws", msgid=ses_msgid(d))

    # U7 GitHub "merged" notification about account records
    d = U(2025, 6, 18, 13, 26, 44)
    txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitasora-sys/cert-tracker/pull/482#event-13412205593
You are receiving this because you were mentioned.

Message ID: <kitasora-sys/cert-tracker/pull/482/issue_event/13412205593@github.com>"""
    ext_mail("github-pr-482-merged", "unrelated", None, [], "en",
             body=alt(tpart(txt, enc="7bit", charset="us-ascii"),
                      tpart(f"<p>Merged <a href=\"https://github.com/kitasora-sys/cert-tracker/pull/482\">#482</a> into main.</p>"
                            "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
                            "<a href=\"https://github.com/kitasora-sys/cert-tracker/pull/482#event-13412205593\">view it on GitHub</a>."
                            "<br>You are receiving this because you were mentioned.</p>", "html", enc="7bit", charset="us-ascii")),
             frm=("Hana Ueda", "notifications@github.com"), to=("kitasora-sys/cert-tracker", "cert-tracker@noreply.github.com"),
             rcpt="k.watanabe.1987@nifty.com",
             subject="Re: [kitasora-sys/cert-tracker] Merge duplicate AWS certification account records (PR #482)",
             dt=d, verified=False, via="jp", jp=T2_JP, envfrom="noreply@github.com", ip="192.30.252.205",
             host="out-22.smtp.github.com", dkim_d="github.com",
             extra=[("Cc", "Kenji Watanabe <k.watanabe.1987@nifty.com>, Mention <mention@noreply.github.com>"),
                    ("In-Reply-To", "<kitasora-sys/cert-tracker/pull/482@github.com>"),
                    ("References", "<kitasora-sys/cert-tracker/pull/482@github.com>"),
                    ("List-ID", "kitasora-sys/cert-tracker <cert-tracker.kitasora-sys.github.com>"),
                    ("X-GitHub-Reason", "mention")])

    # U8 Credly self-service account merge code
    d = U(2025, 8, 9, 9, 30, 12)
    txt = """Hi Elena,

We received a request to merge the Credly account registered to elena.petrova@brightlane.io into your account elena.petrova.dev@outlook.com.

Your verification code is: 739204

Enter the code on the merge screen, or click the button below to finish. The code is valid for 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=8c1d2b7e

If you did not request this, you can ignore this email and nothing will change.

The Credly Team"""
    ext_mail("credly-merge-code", "unrelated", None, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Helvetica"), "html", enc="qp")),
             frm=("Credly", "admin@credly.com"), to=T6_USER,
             subject="Confirm your Credly account merge", dt=d, verified=True, via="outlook",
             envfrom="bounces+2081137-77aa-elena.petrova.dev=outlook.com@em.credly.com", ip="149.72.154.87",
             host="o3.em.credly.com", dkim_d="credly.com")

    # U9 Credly expiry reminder
    d = U(2025, 12, 1, 15, 5, 41)
    txt = """Hi Marcus,

Your AWS Certified Developer - Associate badge expires on March 1, 2026.

Recertify before then to keep your badge active and continue showing your verified skills. Learn how to recertify: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/""" + ruuid() + """

Credly, Inc."""
    credly_like = dict(envfrom="bounces+5520147-0b2c-m.oyelaran=fastmail.com@em.credly.com", ip="149.72.131.200",
                       host="o5.em.credly.com", dkim_d="credly.com")
    ext_mail("credly-expires-march", "unrelated", None, [], "en",
             body=alt(tpart(txt, enc="qp"), tpart(simple_html(txt, "Helvetica"), "html", enc="qp")),
             frm=("Credly", "admin@credly.com"), to=("Marcus Oyelaran", "m.oyelaran@fastmail.com"),
             subject="Your badge is expiring soon", dt=d, verified=True, via="jp",
             jp=("mx3.messagingengine.com", "mx3.messagingengine.com", -4), **credly_like)

    # U10 Newsletter mentioning merging
    d = U(2025, 9, 10, 17, 0, 0)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification - September</title></head>
<body style="margin:0;background:#fafafa;font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#232f3e;color:#fff;padding:18px 24px;font-size:20px">AWS Training and Certification &middot; September update</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:21px;color:#16191f">
<h3>New: AWS Certified Generative AI Developer &ndash; Professional (beta)</h3>
<p>Registration for the beta opens this month. Beta candidates receive a 50% discount.</p>
<h3>Tip of the month: one person, one certification account</h3>
<p>Took an exam with a work email years ago and another with a personal one? Ask our customer service team to bring the two accounts together so that all your certifications and benefits show in one place. Start from the Contact Us form and pick <i>Account Merge</i>.</p>
<h3>Free on AWS Skill Builder</h3>
<p>Over 600 free digital courses, including new labs on Amazon Bedrock.</p>
<p><a href="https://aws.amazon.com/training/" style="color:#0073bb">Browse training</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications.
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></body></html>"""
    aws_mail("september-training-update", "unrelated", None, [], "en",
             body=tpart(h, "html", enc="qp"),
             frm=("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=T7_USER,
             subject="New beta exam, and a tip for people with two certification accounts", dt=d,
             extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

    # U11 phishing not about the merge
    d = U(2025, 11, 18, 3, 12, 9)
    txt = """Dear AWS Customer,

We were unable to process the payment for your latest invoice. Your AWS account has been suspended and all running resources will be deleted in 24 hours.

To restore access, update your payment information now:
https://aws-billing-restore.amazon-invoices-support.com/login

Amazon Web Services Billing"""
    ext_mail("account-suspended-payment", "unrelated", None, [], "en",
             body=alt(tpart(txt, enc="b64"), tpart(simple_html(txt, "Arial"), "html", enc="b64")),
             frm=("Amazon Web Services", "billing@amazon-invoices-support.com"), to=T7_USER,
             subject="Urgent: your AWS account is suspended", dt=d, verified=False,
             envfrom="billing@amazon-invoices-support.com", ip="193.42.33.101", host="mx1.amazon-invoices-support.com",
             dkim_d="amazon-invoices-support.com", dkim_res="fail", spf="softfail", dmarc="fail",
             policy="p=NONE sp=NONE dis=NONE")


unrelated()


# === END MAILS ===


def main():
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    order = list(range(len(MAILS)))
    random.Random(2600).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": norm_ids(m["accounts"]),
                        "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print(f"wrote {len(labels)} mails")


if __name__ == "__main__":
    main()
