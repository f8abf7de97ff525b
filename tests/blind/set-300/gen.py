#!/usr/bin/env python3
"""Generator for blind set 300: AWS Certification account-merge mailbox.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import json
import random
import re
import uuid
from pathlib import Path
from email import charset as _cs
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.utils import format_datetime
from email import encoders

OUT = Path(__file__).resolve().parent
R = random.Random(30039)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")


# ---------------------------------------------------------------- helpers
def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold(s, width=72, first=0):
    """Fold a long opaque token string into header continuation lines."""
    out, line = [], ""
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return "\n\t ".join(out)


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def case15(when, tail=None):
    """15-digit case id: Unix time of opening + 5 digits."""
    tail = tail if tail is not None else R.randint(0, 99999)
    return f"{int(when.timestamp())}{tail:05d}"


def rfc(when):
    return format_datetime(when)


def ses_msgid(when):
    ms = int(when.timestamp() * 1000)
    return f"0100{ms:012x}-{ruuid()}-000000"


# ------------------------------------------------------------ senders
def sender_ses(msgid_local, d_from="amazon.com", region_ip=None, when=None):
    ip = region_ip or f"54.240.{R.choice([8, 9, 11, 27, 48])}.{R.randint(10, 250)}"
    a = ip.split(".")
    host = f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"
    return dict(
        ip=ip, helo=host, mailfrom=f"{msgid_local}@email.amazonses.com",
        mailfrom_dom="amazonses.com",
        dkims=[(d_from, ralnum(32)), ("amazonses.com", ralnum(32))],
        extra=[("Feedback-ID", f"::1.us-east-1.{rb64(33)[:43]}=:AmazonSES"),
               ("X-SES-Outgoing", (when or dt.datetime(2025, 10, 14)).strftime("%Y.%m.%d-") + ip)],
    )


def sender_generic(ip, helo, mailfrom, dkims, extra=None):
    return dict(ip=ip, helo=helo, mailfrom=mailfrom,
                mailfrom_dom=mailfrom.split("@")[1], dkims=dkims, extra=extra or [])


def dkim_header(dom, sel, when, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    t = int(when.timestamp())
    b = fold(rb64(192), 70)
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\t"
            f"s={sel}; d={dom}; t={t};\n\th={hdrs};\n\tbh={rb64(32)};\n\tb={b}")


# -------------------------------------------------- auth results verdicts
def ar_gmail(snd, from_dom, dkim_res=None, spf="pass", dmarc="pass", policy="QUARANTINE"):
    parts = []
    dkim_res = dkim_res or ["pass"] * len(snd["dkims"])
    for (dom, sel), res in zip(snd["dkims"], dkim_res):
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]}")
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {snd['mailfrom']} designates {snd['ip']} "
                     f"as permitted sender) smtp.mailfrom={snd['mailfrom']}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {snd['mailfrom']} does not designate "
                     f"{snd['ip']} as permitted sender) smtp.mailfrom={snd['mailfrom']}")
    if dmarc:
        parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis="
                     f"{'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy == 'QUARANTINE' else 'NONE')})"
                     f" header.from={from_dom}")
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(snd, from_dom, dkim_res="pass", spf="pass", dmarc="pass", compauth="pass reason=100"):
    dk = snd["dkims"][0][0] if snd["dkims"] else None
    if dkim_res == "pass":
        dks = f"dkim=pass (signature was verified) header.d={dk}"
    elif dkim_res == "none":
        dks = "dkim=none (message not signed) header.d=none"
    else:
        dks = f"dkim=fail (signature did not verify) header.d={dk}"
    act = "none" if dmarc == "pass" else "quarantine"
    return (f"spf={spf} (sender IP is {snd['ip']})\n smtp.mailfrom={snd['mailfrom_dom']}; "
            f"{dks};dmarc={dmarc} action={act}\n header.from={from_dom};compauth={compauth}")


def ar_simple(authserv, snd, from_dom, dkim_res="pass", spf="pass", dmarc="pass"):
    dk = snd["dkims"][0][0] if snd["dkims"] else from_dom
    s = (f"{authserv};\n\tspf={spf} smtp.mailfrom={snd['mailfrom']};\n"
         f"\tdkim={dkim_res} header.d={dk} header.s={snd['dkims'][0][1] if snd['dkims'] else 'none'};\n")
    if dmarc:
        s += f"\tdmarc={dmarc} header.from={from_dom}"
    else:
        s = s.rstrip(";\n")
    return s


# ----------------------------------------------------------- trace blocks
def trace_gmail(to_addr, when, snd, ar):
    t1 = when + dt.timedelta(seconds=R.randint(1, 4))
    t2 = t1 + dt.timedelta(seconds=1)
    ts = int(t1.timestamp())
    arc_ar = ar.replace("mx.google.com;", "i=1; mx.google.com;", 1)
    return [
        ("Delivered-To", to_addr),
        ("Received", f"by 2002:a05:7{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
                     f"{ralnum(3)}csp{R.randint(100000, 999999)}{ralnum(3)};\n        {rfc(t2)}"),
        ("X-Google-Smtp-Source", f"AGHT+I{rb64(60)[:78]}"),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id "
                       f"{ralnum(20)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {rfc(t2)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n"
                     f"        b={fold(rb64(96), 64).replace(chr(10) + chr(9) + ' ', chr(10) + '         ')}"),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                                  f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                                  f"         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n"
                                  f"        fh={rb64(32)};\n        b={rb64(60)}"),
        ("ARC-Authentication-Results", arc_ar),
        ("Return-Path", f"<{snd['mailfrom']}>"),
        ("Received", f"from {snd['helo']} ({snd['helo']}. [{snd['ip']}])\n        by mx.google.com with ESMTPS id "
                     f"{ralnum(20)}.{R.randint(100, 999)}.{R.randint(2020, 2025)}.{R.randint(10, 99)}.{R.randint(10, 99)}"
                     f".{R.randint(10, 99)}\n        for <{to_addr}>\n"
                     f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(t1)}"),
        ("Received-SPF", f"pass (google.com: domain of {snd['mailfrom']} designates {snd['ip']} as permitted "
                         f"sender) client-ip={snd['ip']};" if "spf=pass" in ar else
                         f"softfail (google.com: domain of transitioning {snd['mailfrom']} does not designate "
                         f"{snd['ip']} as permitted sender) client-ip={snd['ip']};"),
        ("Authentication-Results", ar),
    ]


def trace_outlook(to_addr, when, snd, ar, tenant="contoso-eng.com"):
    t1 = when + dt.timedelta(seconds=R.randint(1, 3))
    t2 = t1 + dt.timedelta(seconds=R.randint(0, 2))
    fe = f"BN{R.randint(1, 9)}PEPF{R.randint(10000000, 99999999):08X}.namprd{R.randint(2, 19):02d}.prod.outlook.com"
    ca = f"SA{R.randint(1, 9)}P{R.randint(220, 223)}CA{R.randint(1000, 9999):04d}.NAMP{R.randint(220, 223)}.PROD.OUTLOOK.COM"
    mb = f"DM{R.randint(4, 8)}PR{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(2, 19):02d}.prod.outlook.com"
    return [
        ("Received", f"from {mb} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {mb.replace('MB', 'MB1', 1)} with HTTPS; {rfc(t2)}"),
        ("Received", f"from {ca} (2603:10b6:806:{rhex(3)}::{rhex(2)})\n by {mb} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server\n"
                     f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {rfc(t2)}"),
        ("Received", f"from {fe}\n (2603:10b6:806:{rhex(3)}:cafe::{rhex(2)}) by {ca}\n"
                     f" (2603:10b6:806:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                     f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {rfc(t1)}"),
        ("Authentication-Results", ar),
        ("Received-SPF", f"Pass (protection.outlook.com: domain of {snd['mailfrom_dom']} designates\n {snd['ip']} as permitted sender)"
                         f" receiver=protection.outlook.com;\n client-ip={snd['ip']}; helo={snd['helo']}; pr=C"
                         if "spf=pass" in ar else
                         f"SoftFail (protection.outlook.com: domain of transitioning\n {snd['mailfrom_dom']} discourages use of {snd['ip']} as permitted sender)"),
        ("Received", f"from {snd['helo']} ({snd['ip']}) by\n {fe} (10.167.243.{R.randint(10, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                     f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {rfc(t1)}"),
        ("X-MS-Exchange-Organization-ExpirationStartTime", t1.strftime("%d %b %Y %H:%M:%S.") + f"{R.randint(1000000, 9999999)} (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
        ("X-MS-Exchange-Organization-AuthSource", fe),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1" if "dmarc=pass" in ar else "5"),
        ("Return-Path", snd["mailfrom"]),
    ]


def trace_generic(to_addr, when, snd, ar, mx_host, by_desc="ESMTP"):
    t1 = when + dt.timedelta(seconds=R.randint(1, 6))
    inner = mx_host.replace("mx", "mbox", 1) if "mx" in mx_host else "mbox01." + mx_host
    return [
        ("Return-Path", f"<{snd['mailfrom']}>"),
        ("Received", f"from {mx_host} ({mx_host} [{R.randint(100, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                     f"\tby {inner} with ESMTP id {ralnum(12).upper()}\n\tfor <{to_addr}>; {rfc(t1.astimezone(JST) if mx_host.endswith('.jp') else t1)}"),
        ("Authentication-Results", ar),
        ("Received", f"from {snd['helo']} ({snd['helo']} [{snd['ip']}])\n\tby {mx_host} with {by_desc} id {ralnum(10)}\n"
                     f"\tfor <{to_addr}>; {rfc(t1.astimezone(JST) if mx_host.endswith('.jp') else t1)}"),
    ]


# ------------------------------------------------------------ body parts
def cs(name, enc):
    c = _cs.Charset(name)
    c.body_encoding = {"qp": _cs.QP, "b64": _cs.BASE64, "7bit": None, "8bit": None}[enc]
    if name.lower() in ("iso-2022-jp", "shift_jis", "euc-jp"):
        c.output_charset = name
        c.output_codec = name.replace("-", "_").lower()
    return c


def part(text, sub="plain", charset="utf-8", enc="qp", label=None):
    p = MIMEText(text, sub, cs(charset, enc))
    if enc == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    if label:  # deliberately wrong/odd charset label
        p.set_param("charset", label)
    return p


def alt(text, html, charset="utf-8", enc="qp", henc=None):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}")
    for sub in (part(text, "plain", charset, enc), part(html, "html", charset, henc or enc)):
        del sub["MIME-Version"]
        m.attach(sub)
    return m


def html_wrap(inner, title="Amazon Web Services", foot=None):
    foot = foot or ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
                    "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
                    "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">body{{margin:0;padding:0;font-family:'Amazon Ember',Arial,sans-serif;}} .btn{{background:#ff9900;color:#232f3e;padding:10px 18px;text-decoration:none;border-radius:3px;}}</style>
</head><body style="background:#f2f3f3;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="background:#232f3e;padding:14px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="120" /></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#16191f;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">{foot}</td></tr>
</table></td></tr></table></body></html>
"""


def t2h(text):
    """plain text -> simple html paragraphs (agent replies rendered by the case tool)."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    return "\n".join("<p>" + p.replace("\n", "<br />\n") + "</p>" for p in paras)


# ----------------------------------------------------------- quoting
def q(text, prefix="> "):
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.split("\n"))


def gmail_q(when, name, addr, text):
    h = when.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {h} {name} <{addr}> wrote:\n\n{q(text)}"


def outlook_q(frm, when, to, subject, text, sent_fmt="%A, %B %-d, %Y %-I:%M %p"):
    return ("________________________________\n"
            f"From: {frm}\nSent: {when.strftime(sent_fmt)}\nTo: {to}\nSubject: {subject}\n\n{text}")


def original_q(frm, when, to, subject, text):
    return ("-----Original Message-----\n"
            f"From: {frm}\nSent: {when.strftime('%a, %d %b %Y %H:%M:%S %z')}\nTo: {to}\nSubject: {subject}\n\n{text}")


JA_WD = "月火水木金土日"


def ja_q(when, name, addr, text):
    w = JA_WD[when.weekday()]
    return f"{when.year}年{when.month}月{when.day}日({w}) {when.hour}:{when.minute:02d} {name} <{addr}>:\n{q(text)}"


# ----------------------------------------------------------- assemble
def enc_hdr(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


def emit(n, slug, label, *, trace, msg_headers, body):
    """trace: list of (k, v) (top first); msg_headers: list of (k, v); body: MIME object."""
    name = f"{n:03d}-{slug}.eml"
    lines = []
    for k, v in trace + msg_headers:
        lines.append(f"{k}: {v}")
    head = "\n".join(lines) + "\n"
    raw = head.encode("utf-8") + body.as_bytes()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (OUT / name).write_bytes(raw)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[name] = lab


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified,
            "language": lang}


def std_headers(frm, to, subject, when, msgid, extra=None, subj_charset="utf-8", date_str=None):
    h = [("From", frm), ("To", to), ("Subject", enc_hdr(subject, subj_charset)),
         ("Date", date_str or rfc(when)), ("Message-ID", f"<{msgid}>")]
    return h + (extra or [])


# ------------------------------------------------------------ AWS texts
AWS_NAME = "Amazon Web Services"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"


def console_footer(case_id, lang="en"):
    return f"""
=========================================

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Learn to use the AWS Support Center: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def aws_mail(n, slug, label, *, to, subject, when, text=None, html=None, route="gmail", frm=None,
             body=None, tenant=None, charset="utf-8", enc="qp", subj_charset="utf-8", jp_mx=None,
             reply_to=None):
    """Genuine AWS mail sent via SES."""
    local = ses_msgid(when)
    snd = sender_ses(local, when=when)
    frm = frm or addr(AWS_NAME, FORM)
    from_dom = "amazon.com"
    to_a = re.search(r"<([^>]+)>", to).group(1) if "<" in to else to
    if body is None:
        if text and html:
            body = alt(text, html, charset, enc)
        elif html:
            body = part(html, "html", charset, enc)
        else:
            body = part(text, "plain", charset, enc)
    if route == "gmail":
        tr = trace_gmail(to_a, when, snd, ar_gmail(snd, from_dom))
    elif route == "outlook":
        tr = trace_outlook(to_a, when, snd, ar_outlook(snd, from_dom))
    elif route == "none":
        tr = [("Return-Path", f"<{snd['mailfrom']}>")]
    else:  # (authserv, mx_host)
        authserv, mx = route
        tr = trace_generic(to_a, when, snd, ar_simple(authserv, snd, from_dom), mx)
    dk = [dkim_header(dom, sel, when) for dom, sel in snd["dkims"]]
    extra = []
    if reply_to:
        extra.append(("Reply-To", reply_to))
    hdrs = dk + std_headers(frm, to, subject, when, local + "@email.amazonses.com", extra,
                            subj_charset) + snd["extra"]
    emit(n, slug, label, trace=tr, msg_headers=hdrs, body=body)


def other_mail(n, slug, label, *, snd, from_dom, frm, to, subject, when, body, route="gmail",
               ar_kw=None, msgid=None, extra=None, forged_ar=None, subj_charset="utf-8", sign=True,
               date_str=None):
    """Mail from any non-SES sender. forged_ar: a sender-inserted A-R placed below the trusted one."""
    ar_kw = ar_kw or {}
    to_a = re.search(r"<([^>]+)>", to).group(1) if "<" in to else to
    if route == "gmail":
        tr = trace_gmail(to_a, when, snd, ar_gmail(snd, from_dom, **ar_kw))
    elif route == "outlook":
        tr = trace_outlook(to_a, when, snd, ar_outlook(snd, from_dom, **ar_kw))
    elif route == "none":
        tr = [("Return-Path", f"<{snd['mailfrom']}>"),
              ("Received", f"from {snd['helo']} ({snd['helo']} [{snd['ip']}])\n\tby imap.example.net; {rfc(when)}")]
    else:
        authserv, mx = route
        tr = trace_generic(to_a, when, snd, ar_simple(authserv, snd, from_dom, **ar_kw), mx)
    if forged_ar:
        tr = tr + [("Authentication-Results", forged_ar)]
    dk = [dkim_header(dom, sel, when) for dom, sel in snd["dkims"]] if sign else []
    msgid = msgid or f"{ralnum(24)}@{snd['mailfrom_dom']}"
    hdrs = dk + std_headers(frm, to, subject, when, msgid, extra, subj_charset, date_str) + snd["extra"]
    emit(n, slug, label, trace=tr, msg_headers=hdrs, body=body)


def sender_credly(to_a, old=False):
    dom = "youracclaim.com" if old else "credly.com"
    em = f"em{R.randint(1000, 9999)}.{dom}"
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(1, 250)}"
    u, h = to_a.split("@")
    return sender_generic(ip, f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.{dom}",
                          f"bounces+{R.randint(10**6, 10**7)}-{rhex(4)}-{u}={h}@{em}",
                          [(dom, "s1"), ("sendgrid.info", "smtpapi")],
                          [("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(16)[:22])])


def credly_html(inner, old=False):
    brand = "Acclaim" if old else "Credly"
    return f"""<html><head><meta charset="utf-8"><title>{brand}</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="{brand}"></td></tr>
<tr><td style="padding:16px 32px 24px 32px;font-size:15px;line-height:22px;">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee;">
You are receiving this email because an organization issued a badge to this email address using {brand}.<br>
<a href="https://www.credly.com/notifications/unsubscribe?token={ralnum(40)}" style="color:#888;">Manage email preferences</a> &middot; {brand} by Pearson, 210 Pine Street, Suite 400, ... <br>
&copy; 2025 Credly, Inc.</td></tr></table></td></tr></table></body></html>
"""


# ================================================================= MAILS
def build():
    part1()
    part2()
    part3()
    part4()
    part5()
    part6()


def part1():
    # ---- Thread A: Priya, Gmail, web-form case, 15-digit id
    to = addr("Priya Raman", "priya.raman@gmail.com")
    opened = d(2025, 10, 14, 9, 12, 33)
    cid = f"{int(opened.timestamp())}00427"
    old, keep = "AWS04418207", "AWS11930265"
    subj_re = f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"

    t = f"""Hello,

Your message to AWS Training and Certification has reached us.

Reference: {cid}

Please keep this number. If you need to write to us again about the same matter, reply to this e-mail so that your message stays with the same request.

A member of our team will reply to this address; most requests get an answer within one business day.

Please do not submit the form a second time for the same request - it creates a duplicate and can delay the reply.

AWS Training and Certification
https://aws.amazon.com/training/
"""
    h = html_wrap(f"""<p>Hello,</p>
<p>Your message to AWS Training and Certification has reached us.</p>
<p style="font-size:16px;"><b>Reference:</b> {cid}</p>
<p>Please keep this number. If you need to write to us again about the same matter, reply to this e-mail so that your message stays with the same request.</p>
<p>A member of our team will reply to this address; most requests get an answer within one business day.</p>
<p>Please do not submit the form a second time for the same request &ndash; it creates a duplicate and can delay the reply.</p>
<p>AWS Training and Certification</p>""")
    aws_mail(1, "form-reference-number", L("case_created", cid, [], True), to=to,
             subject=f"[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=opened + dt.timedelta(seconds=9), text=t, html=h)

    form_text = f"""Inquiry Type: AWS Certification
Detail: Account Merge
AWS Candidate ID: {old}
Full name: Priya Raman
Email: priya.raman@gmail.com
Description: Hi, I have two certification accounts. {old} was created with my old work email at Northwind Analytics and {keep} is my personal one. Can these be combined? Thanks, Priya"""
    t2 = f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification.

I was able to locate both of the profiles you mentioned, {old} and {keep}. Before anything is changed I'd like to be sure I understand what you have in mind, so could you let me know:

1. Which of the two would you like to carry on using afterwards?
2. The {old} profile signs in with a northwind-analytics.com address. Do you still have access to that mailbox, or should everything from now on go to priya.raman@gmail.com?

As soon as I have your answers I'll prepare the next step for you.

Warm regards,
Marisol D.
AWS Training and Certification Customer Support

---------- Original Message ----------
{form_text}
"""
    a2 = opened + dt.timedelta(days=1, hours=5, minutes=14, seconds=51)
    aws_mail(2, "form-which-profile-question", L("support_reply", cid, [old, keep], True), to=to,
             subject=subj_re, when=a2, text=t2, enc="qp")

    u1 = a2 + dt.timedelta(hours=4, minutes=21)
    user1 = f"""Hi Marisol,

Thank you for the quick answer. I'd like to keep {keep} (the personal one). I don't have access to the Northwind mailbox anymore, I left the company in 2023.

Best,
Priya"""
    a3 = u1 + dt.timedelta(hours=14, minutes=40)
    t3 = f"""Hello Priya,

Thank you, that's very clear. Here is the change as I understand it - please tell me whether I've got it right:

  Profile to be folded in and then retired:  {old}  (priya.raman@northwind-analytics.com)
  Profile you will keep using:               {keep}  (priya.raman@gmail.com)

Afterwards everything earned under the first profile - exam history, your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate credentials, any unused benefits - would sit under {keep}, and you would sign in only with priya.raman@gmail.com.

Is that what you intend? There is no way to separate the two profiles again once this has been done, so I will wait for a short reply from you saying yes before I hand it over to be carried out.

Warm regards,
Marisol D.
AWS Training and Certification Customer Support

{gmail_q(u1.astimezone(dt.timezone(dt.timedelta(hours=-7))), "Priya Raman", "priya.raman@gmail.com", user1 + chr(10) + chr(10) + gmail_q(a2, "Amazon Web Services", FORM, t2.split("---------- Original")[0].rstrip()))}
"""
    aws_mail(3, "form-is-this-what-you-intend", L("merge_confirmation_requested", cid, [old, keep], True),
             to=to, subject=subj_re, when=a3, text=t3, enc="qp")

    u2 = a3 + dt.timedelta(hours=3, minutes=2)
    user2 = f"""Yes, that's right. Please go ahead.

Priya"""
    a4 = u2 + dt.timedelta(hours=3, minutes=33)
    t4 = f"""Hi Priya,

Appreciate the go-ahead. I've passed your request to the team that carries these changes out. It normally takes them two to three business days, and I'll write to you again as soon as they've finished - there's nothing further you need to do in the meantime.

If you have an exam booked in the next few days, please let me know, as it's best to avoid sitting an exam while the change is in progress.

Warm regards,
Marisol D.
AWS Training and Certification Customer Support

{gmail_q(u2.astimezone(dt.timezone(dt.timedelta(hours=-7))), "Priya Raman", "priya.raman@gmail.com", user2 + chr(10) + chr(10) + gmail_q(a3, "Amazon Web Services", FORM, t3.split("Warm regards")[0].rstrip()))}
"""
    aws_mail(4, "form-handed-over", L("support_reply", cid, [], True), to=to, subject=subj_re,
             when=a4, text=t4, html=html_wrap(t2h(t4)), enc="qp")

    a5 = a4 + dt.timedelta(days=2, hours=1, minutes=7)
    t5 = f"""Hello Priya,

From today you only need one login. When you sign in to your AWS Certification account with priya.raman@gmail.com you'll find your full history in one place under {keep} - including the Cloud Practitioner and Solutions Architect - Associate credentials that used to be listed separately. The 50% discount voucher from your most recent certification is available there too, ready for your next exam.

The old northwind-analytics.com login no longer opens anything, so you can safely forget about it.

Your Credly badges should follow within a few days. If they haven't appeared on your Credly profile by the end of next week, just reply to this e-mail and I'll chase it.

Warm regards,
Marisol D.
AWS Training and Certification Customer Support

{gmail_q(u2.astimezone(dt.timezone(dt.timedelta(hours=-7))), "Priya Raman", "priya.raman@gmail.com", user2 + chr(10) + chr(10) + gmail_q(a3, "Amazon Web Services", FORM, t3.split("Warm regards")[0].rstrip()))}
"""
    aws_mail(5, "form-one-login-now", L("merge_completed", cid, [keep], True), to=to, subject=subj_re,
             when=a5, text=t5, html=html_wrap(t2h(t5)), enc="qp")

    a6 = a5 + dt.timedelta(minutes=3, seconds=12)
    h6 = html_wrap(f"""<p>Hello Priya,</p>
<p>We've marked the following request as closed.</p>
<table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d5dbdb;font-size:13px;">
<tr><td style="color:#687078;">Reference</td><td>{cid}</td></tr>
<tr><td style="color:#687078;">What you asked</td><td>Bring two AWS Certification profiles together</td></tr>
<tr><td style="color:#687078;">What we did</td><td>Moved all records from {old} to {keep}; {old} is no longer active</td></tr>
<tr><td style="color:#687078;">Handled by</td><td>Marisol D.</td></tr>
</table>
<p><b>Did we sort this out for you?</b></p>
<p><a class="btn" href="https://survey.amazonwebservices.com/r/tc?cid={cid}&amp;a=yes&amp;t={ralnum(24)}">Yes</a>&nbsp;&nbsp;
<a class="btn" href="https://survey.amazonwebservices.com/r/tc?cid={cid}&amp;a=no&amp;t={ralnum(24)}">No</a></p>
<p>It takes less than a minute, and every answer is read by the team.</p>
<p>If something still isn't right, reply to this e-mail within 14 days and the request will be reopened.</p>""")
    aws_mail(6, "form-closed-recap-yes-no", L("survey", cid, [old, keep], True), to=to,
             frm=addr(AWS_NAME, NOREPLY), subject=f"How did we do? Reference {cid}",
             when=a6, html=h6, enc="b64")

    a7 = a5 + dt.timedelta(days=1, hours=9, minutes=41)
    snd = sender_credly("priya.raman@gmail.com")
    ctext = f"""Priya, there's a credential with your name on it.

Amazon Web Services Training and Certification has recorded that you hold AWS Certified Solutions Architect – Associate and has placed the badge on your Credly profile.

Claim it to add it to your profile and share it on LinkedIn or in your e-mail signature:
https://www.credly.com/earner/earned/badge/{ruuid()}?key={rhex(16)}

Not expecting this? You can ignore this message and the badge will remain unclaimed.

Credly by Pearson
"""
    chtml = credly_html(f"""<p style="font-size:20px;font-weight:bold;">Priya, there&rsquo;s a credential with your name on it.</p>
<p><img src="https://images.credly.com/size/220x220/images/{ruuid()}/image.png" width="120" alt="AWS Certified Solutions Architect &ndash; Associate"></p>
<p>Amazon Web Services Training and Certification has recorded that you hold <b>AWS Certified Solutions Architect &ndash; Associate</b> and has placed the badge on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{ruuid()}?key={rhex(16)}" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:3px;text-decoration:none;">Claim it now</a></p>
<p style="font-size:13px;color:#666;">Not expecting this? You can ignore this message and the badge will remain unclaimed.</p>""")
    other_mail(7, "credly-credential-waiting", L("credly_badge_issued", None, [], True), snd=snd,
               from_dom="credly.com",
               frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=to, subject="Priya, your AWS Certified Solutions Architect – Associate credential is waiting",
               when=a7, body=alt(ctext, chtml, enc="qp"), ar_kw=dict(policy="REJECT"),
               extra=[("Reply-To", "no-reply@credly.com")])



def part2():
    # ---- Thread B: Daniel, Exchange Online, console case, 11-digit id (2022)
    to = addr("Daniel Okafor", "d.okafor@contoso-eng.com")
    cid = "10463829175"
    a1, a2, keep = "AWS30071846", "AWS52790013", "AWS30288419"
    opened = d(2022, 6, 7, 13, 48, 10)
    nr = addr(AWS_NAME, NOREPLY)
    cs_subj = "Combine my certification accounts"
    t = f"""Hello,

We've logged your request. Please keep the details below for your records.

Case ID: {cid}
Subject: {cs_subj}
Severity: General guidance

You can read the case, add information or attachments at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Messages sent to this address are not read.

Amazon Web Services
"""
    aws_mail(8, "console-logged-case-details", L("case_created", cid, [], True), to=to, frm=nr,
             subject=f"Your AWS Support request {cid}", when=opened + dt.timedelta(seconds=14),
             text=t, html=html_wrap(t2h(t)), route="outlook", enc="qp")

    b2 = opened + dt.timedelta(days=1, hours=2, minutes=5)
    t2 = f"""Hello,

Someone from AWS Support has written on your case.

Case ID: {cid}
Subject: {cs_subj}

Sign in to the Support Center to read the message and respond:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

Amazon Web Services
"""
    aws_mail(9, "console-someone-has-written", L("support_reply", cid, [], True), to=to, frm=nr,
             subject=f"[Case {cid}] Update waiting for you", when=b2, text=t2, route="outlook",
             enc="7bit", charset="us-ascii")

    t3 = f"""Hello Daniel,

Thank you for your patience. I am Ravi from AWS Training and Certification team and I will be assisting you on this case.

I have checked the candidate IDs you have shared: {a1}, {keep} and AWS-{a2[3:]}. Kindly help me with below points so I can move forward:

1) Are all three of these accounts belonging to you? The account AWS-{a2[3:]} is registered through a partner organisation, so I need to be sure it is not used by your company for someone else.
2) Please share the e-mail address you use to sign in to each of the three accounts.
3) In the end, which one you are wishing to keep as your main account?

Once I receive above details, I will be able to proceed further.

Best regards,
Ravi K.
Amazon Web Services
{console_footer(cid)}"""
    aws_mail(10, "console-three-ids-questions", L("support_reply", cid, [a1, a2, keep], True), to=to, frm=nr,
             subject=f"RE:[CASE {cid}] {cs_subj}", when=b2 - dt.timedelta(seconds=20), text=t3,
             route="outlook", enc="qp")

    b4 = b2 + dt.timedelta(days=1, hours=4, minutes=12)
    t4 = f"""Hello Daniel,

Thank you for sharing the details.

As per your response, below is the plan:

  - {a1} (daniel.okafor@hotmail.com)  ->  to be brought into {keep}
  - {a2} (dokafor@partners.contoso-eng.com)  ->  to be brought into {keep}
  - {keep} (d.okafor@contoso-eng.com)  ->  remains as your only account

Could you please check and tell me this is matching with your expectation? Kindly note that after the records are combined there is no option of reverting it back, and the two other sign-ins will stop working.

If all is fine, just reply "yes, proceed" here in the Support Center and I will submit it to our internal team.

Best regards,
Ravi K.
Amazon Web Services
{console_footer(cid)}"""
    aws_mail(11, "console-plan-matching-expectation", L("merge_confirmation_requested", cid, [a1, a2, keep], True),
             to=to, frm=nr, subject=f"RE:[CASE {cid}] {cs_subj}", when=b4, text=t4, route="outlook", enc="b64")

    b5 = b4 + dt.timedelta(days=2, hours=20, minutes=31)
    t5 = f"""Hello Daniel,

I am glad to inform you that from now, when you sign in with d.okafor@contoso-eng.com, you will see all your certifications and exam history from the other two accounts showing under {keep}. The sign-ins for the other two accounts are deactivated and cannot be used anymore.

Please allow up to 48 hours for the digital badges to reflect on Credly. Also, the partner organisation will still see your certifications, as your {keep} is now linked to it.

Best regards,
Ravi K.
Amazon Web Services
{console_footer(cid)}"""
    aws_mail(12, "console-you-will-see-all", L("merge_completed", cid, [keep], True), to=to, frm=nr,
             subject=f"RE:[CASE {cid}] {cs_subj}", when=b5, text=t5, html=html_wrap(t2h(t5)),
             route="outlook", enc="qp")

    b6 = b5 + dt.timedelta(days=3, minutes=2)
    t6 = f"""Hello,

We've wrapped up case {cid} ("{cs_subj}").

A short summary of what happened:
  * You asked for three AWS Certification accounts to be brought together.
  * Records from {a1} and {a2} now sit under {keep}.
  * Ravi K. confirmed the outcome on {b5.strftime('%B %-d, %Y')}.

If something is still not right, you can reopen the case from the Support Center within 14 days.

How would you rate the help you received?
  1 - Very poor   2   3   4   5 - Excellent
https://console.aws.amazon.com/support/feedback?displayId={cid}&token={ralnum(32)}

Amazon Web Services
"""
    aws_mail(13, "console-wrapped-up-summary", L("survey", cid, [a1, a2, keep], True), to=to, frm=nr,
             subject=f"We've wrapped up case {cid}", when=b6, text=t6,
             html=html_wrap(t2h(t6)), route="outlook", enc="qp")

    # ---- Thread C: Japanese web-form case (nifty), 15-digit id
    to = addr("渡辺 健二", "kenji.watanabe@nifty.com")
    opened = d(2025, 5, 27, 23, 14, 5)
    cid = f"{int(opened.timestamp())}07713"
    old, keep = "AWS71120458", "AWS71338804"
    nifty = ("mx.nifty.com", "mx.nifty.com")
    t = f"""渡辺 健二 様

AWS トレーニングと認定へご連絡いただき、誠にありがとうございます。
以下の番号にてご依頼を承りました。

　受付番号：{cid}

本件について追加でお伝えいただきたいことがございましたら、このメールにそのままご返信ください。
同じ内容でフォームを再度送信されますと、別件として扱われ、ご回答が遅れる場合がございます。

担当者より、通常1営業日以内にご連絡いたします。今しばらくお待ちくださいませ。

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(14, "ja-form-uketsuke-bango", L("case_created", cid, [], True, "ja"), to=to,
             subject=f"[CASE {cid}] お問い合わせを承りました", when=opened + dt.timedelta(seconds=11),
             text=t, charset="iso-2022-jp", enc="7bit", subj_charset="iso-2022-jp", route=nifty)

    u1 = d(2025, 5, 29, 7, 45, tz=JST)
    user1 = f"""ご担当者様

お世話になっております。渡辺です。
残したいアカウントは {keep} です。{old} は前職の会社で作成したもので、現在はログインできません。
よろしくお願いいたします。

渡辺 健二"""
    j2 = u1 + dt.timedelta(hours=6, minutes=20)
    t2 = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご返信いただき、ありがとうございます。

頂戴した内容をもとに、以下のとおり対応させていただく予定でございます。

　統合元（手続き後に無効となるアカウント）：{old}
　統合先（今後ご利用いただくアカウント）　：{keep}

{old} に登録されている認定資格および受験履歴は、すべて {keep} に引き継がれます。

上記の内容で渡辺様のご意向に相違ございませんでしょうか。
なお、手続き完了後に元の状態へ戻すことはできかねますため、お手数ではございますが、
本メールにご返信のうえ、ご確認のお返事をいただけますと幸いです。
お返事を頂戴してから手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート

{ja_q(u1, "渡辺 健二", "kenji.watanabe@nifty.com", user1)}
"""
    aws_mail(15, "ja-form-goiko-soui-nai-ka", L("merge_confirmation_requested", cid, [old, keep], True, "ja"),
             to=to, subject=f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=j2.astimezone(UTC), text=t2, charset="iso-2022-jp", enc="7bit", route=nifty)

    u2 = j2 + dt.timedelta(hours=3, minutes=11)
    user2 = """佐藤様

ご確認ありがとうございます。記載の内容で問題ございません。
手続きを進めていただけますようお願いいたします。

渡辺"""
    j3 = u2 + dt.timedelta(days=1, hours=22, minutes=4)
    t3 = f"""渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

お待たせいたしました。本日より、{keep} にサインインしていただくと、
以前のアカウントでご取得された認定資格も含め、すべての履歴を一か所でご確認いただけます。
また、次回受験時にご利用いただける 50% 割引の特典も、引き続き {keep} にてお使いいただけます。

以前のアカウントへのサインインはできなくなっておりますので、ご了承くださいませ。

Credly のデジタルバッジの反映には数日かかる場合がございます。
一週間ほど経っても反映されない場合は、お手数ですが本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート

{ja_q(u2, "渡辺 健二", "kenji.watanabe@nifty.com", user2 + chr(10) + chr(10) + ja_q(j2, "Amazon Web Services", FORM, t2.split("何卒")[0].rstrip()))}
"""
    aws_mail(16, "ja-form-ikkasho-de-gokakunin", L("merge_completed", cid, [keep], True, "ja"), to=to,
             subject=f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=j3.astimezone(UTC), text=t3, charset="shift_jis", enc="b64", route=nifty)

    j4 = j3 + dt.timedelta(minutes=5)
    h4 = html_wrap(f"""<p>渡辺 健二 様</p>
<p>このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。<br>
以下のお問い合わせへの対応を終了いたしましたので、お知らせいたします。</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;font-size:13px;">
<tr><td>受付番号</td><td>{cid}</td></tr>
<tr><td>ご依頼内容</td><td>認定アカウントの統合</td></tr>
<tr><td>対応結果</td><td>{old} の記録を {keep} へ移行済み</td></tr>
</table>
<p>今回の対応でお困りごとは解決しましたか？</p>
<p><a class="btn" href="https://survey.amazonwebservices.com/r/tc?cid={cid}&amp;lang=ja&amp;a=yes">はい</a>&nbsp;
<a class="btn" href="https://survey.amazonwebservices.com/r/tc?cid={cid}&amp;lang=ja&amp;a=no">いいえ</a></p>
<p>担当者の対応について、5段階でご評価いただけますと幸いです（所要時間 約1分）。</p>""",
        foot="本メールは送信専用アドレスから配信しております。Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")
    aws_mail(17, "ja-taiou-shuuryou-anketo", L("survey", cid, [old, keep], True, "ja"), to=to,
             frm=addr(AWS_NAME, NOREPLY),
             subject=f"【AWS トレーニングと認定】お問い合わせ対応終了のお知らせとアンケートのお願い（受付番号 {cid}）",
             when=j4.astimezone(UTC), html=h4, enc="b64", route=nifty)


def part3():
    # ---- Thread D: Marta, outlook.com, 10-digit form case (2019)
    to = addr("Marta Kowalska", "marta.kowalska@outlook.com")
    cid = "6358201947"
    keep, old = "AWS00912364", "AWS01377520"
    subj = f"RE:[CASE {cid}] AWS Certification - Account Merge"
    um = d(2019, 9, 9, 8, 31, 0, dt.timezone(dt.timedelta(hours=2)))
    user = f"""Hello,

I have two accounts in the certification system, one with my private e-mail and one from my previous job. I would like to have only one, the private one (marta.kowalska@outlook.com). The IDs are aws00912364 and aws01377520.

Regards,
Marta Kowalska"""
    m1 = d(2019, 9, 10, 11, 2, 44)
    t = f"""Dear Marta,

Greetings from AWS Certification!

I understood from your previous mail that you are having two candidate profiles and you wish to continue with only one of them. Please find below how we would be doing it:

Primary (retained)   : {keep} - marta.kowalska@outlook.com
Secondary (to be closed after moving the records) : {old} - m.kowalska@fabrikam.pl

Request you to kindly revert back to us confirming the above is correct, as this action is permanent in nature and cannot be reversed later. We will initiate the request only after hearing from you.

Thanks & Regards,
Sunil
AWS Certification Support

{original_q("Marta Kowalska <marta.kowalska@outlook.com>", um, "aws-certification@amazon.com", "AWS Certification - Account Merge", user)}
"""
    aws_mail(18, "2019-primary-secondary-revert", L("merge_confirmation_requested", cid, [keep, old], True), to=to,
             subject=subj, when=m1, text=t, route="outlook", enc="7bit", charset="us-ascii")

    m2 = m1 + dt.timedelta(days=3, hours=4, minutes=20)
    t2 = f"""Dear Marta,

Thank you for your confirmation.

This is to inform you that the exam records which were under your profile {old} are now available under {keep}. Going forward kindly use marta.kowalska@outlook.com for login to the certification portal and for scheduling of the exams. Your transcript and certificates will show all the certifications with the same validation numbers as before.

As the request is fulfilled, we are proceeding to close this case. Should you have any other query, please don’t hesitate to write to us.

Thanks & Regards,
Sunil
AWS Certification Support
"""
    aws_mail(19, "2019-records-now-available", L("merge_completed", cid, [keep, old], True), to=to,
             subject=subj, when=m2, body=part(t2, "plain", "utf-8", "qp", label="windows-1252"), route="outlook")

    # ---- Alex Chen, gmail: console case (15 digits) + phishing look-alikes
    to = addr("Alex Chen", "alexchen.dev@gmail.com")
    opened = d(2025, 11, 3, 16, 2, 51)
    cid = case15(opened, 40219)
    t = f"""Hello,

Thanks for getting in touch with AWS Support. Your reference is {cid}.

Case ID: {cid}
Subject: Two AWS Certification accounts - need one
Severity: General guidance

We'll answer in the Support Center, and you'll get an e-mail here when we do:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

This mailbox isn't monitored, so please don't reply to this message.

Amazon Web Services
"""
    aws_mail(20, "console-your-reference-is", L("case_created", cid, [], True), to=to,
             frm=addr(AWS_NAME, NOREPLY), subject=f"Amazon Web Services Support: reference {cid}",
             when=opened + dt.timedelta(seconds=6), text=t, enc="7bit", charset="us-ascii")

    # phishing look-alike acknowledgement (look-alike domain, passes its own DMARC)
    ph = d(2025, 11, 4, 2, 17, 3)
    pcid = case15(d(2025, 11, 4, 2, 15, 40), 11873)
    snd = sender_generic("185.243.218.77", "mail.aws-certification-services.com",
                         "bounce@aws-certification-services.com",
                         [("aws-certification-services.com", "default")])
    ph_html = html_wrap(f"""<p>Dear Candidate,</p>
<p>We have received your request to combine AWS Certification accounts <b>AWS 58102276</b> and <b>AWS 58410093</b>.</p>
<p>Reference: <b>{pcid}</b></p>
<p>To keep this request active, please verify the identity of the account holder within <b>24 hours</b>. Requests that are not verified are cancelled automatically and the accounts may be locked for security reasons.</p>
<p><a class="btn" href="https://aws-certification-services.com/verify?ref={pcid}&amp;u={ralnum(18)}">Verify identity</a></p>
<p>Thank you,<br>AWS Certification Team</p>""")
    other_mail(22, "request-registered-verify-24h", L("case_created", pcid, ["AWS58102276", "AWS58410093"], False),
               snd=snd, from_dom="aws-certification-services.com",
               frm=addr("AWS Certification", "support@aws-certification-services.com"), to=to,
               subject=f"Your request has been registered - Ref {pcid}", when=ph,
               body=part(ph_html, "html", "utf-8", "b64"), ar_kw=dict(policy="NONE"))

    # spoofed amazon.com From, dmarc=fail at Gmail, forged pass header below
    ph2 = d(2025, 11, 5, 7, 40, 12)
    snd2 = sender_generic("45.138.16.202", "vps-4471.hostsrv-eu.net", "www-data@vps-4471.hostsrv-eu.net", [])
    forged = ("amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n"
              "       dmarc=pass header.from=amazon.com")
    t2 = f"""Hello Alex,

Following up on case {cid}: before our team can continue, we need you to approve the following change to your certification profiles.

    AWS58102276 will be merged into AWS58410093 (AWS58410093 remains active)

Do you agree with this? Please sign in and approve within 48 hours, otherwise the request will expire and both profiles will be suspended pending review:

https://aws-training-certification.support-verify.net/case/{cid}/approve

Best regards,
Amazon Web Services
Training and Certification
"""
    other_mail(23, "re-case-approve-within-48h", L("merge_confirmation_requested", cid, ["AWS58102276", "AWS58410093"], False),
               snd=snd2, from_dom="amazon.com", frm=addr(AWS_NAME, FORM), to=to,
               subject=f"RE:[CASE {cid}] Action required: approve change to your profiles", when=ph2,
               body=part(t2, "plain", "utf-8", "qp"),
               ar_kw=dict(spf="softfail", dmarc="fail"), forged_ar=forged, sign=False,
               msgid=f"{ralnum(16)}@vps-4471.hostsrv-eu.net")

    # ---- Lukas (fastmail): web-form acknowledgement, HTML only, base64
    to = addr("Lukas Meier", "lukas@meier.fastmail.com")
    opened = d(2025, 11, 3, 15, 25, 22)
    lcid = case15(opened, 4118)
    h = html_wrap(f"""<h2 style="font-weight:normal;margin-top:0;">We have your message</h2>
<p>Hi Lukas,</p>
<p>Thanks for writing to AWS Training and Certification. Your request is in our queue under <b>Case #{lcid}</b>.</p>
<p>You'll get an answer by e-mail, usually within 24 hours. If you think of something to add, reply to this e-mail and keep the case number in the subject line.</p>
<p style="color:#687078;font-size:12px;">Please don't open a second request for the same question.</p>
<p>AWS Training and Certification</p>""")
    aws_mail(21, "form-we-have-your-message-html", L("case_created", lcid, [], True), to=to,
             subject=f"[CASE {lcid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=opened + dt.timedelta(seconds=8), html=h, enc="b64",
             route=("mx3.messagingengine.com", "mx3.messagingengine.com"))

    # ---- Sophie (gmail): 11-digit form case (2023)
    to = addr("Sophie Laurent", "slaurent.cloud@gmail.com")
    scid = "12894410376"
    s_keep, s_old = "AWS41663920", "AWS40871155"
    subj = f"RE:[CASE {scid}] [AWS Training and Certification Form Submission] - account-assistance"
    su = d(2023, 3, 14, 21, 5, 0, dt.timezone(dt.timedelta(hours=1)))
    suser = f"""Hello,
I passed the SAA exam last week but it went to a new account ({s_keep}) because I signed in with Amazon.com account instead of my old one. My older certification (Cloud Practitioner) is on AWS40871155. Can you please put them together?
Thank you
Sophie"""
    s1 = d(2023, 3, 15, 17, 40, 3)
    t = f"""Hi Sophie,

Thank you for contacting AWS Training and Certification.

I've had a look at both accounts. Would you like {s_keep} - the newer one, where your Solutions Architect - Associate result sits - to be the account you keep, with {s_old} and its Cloud Practitioner history folded into it? That would leave you with a single sign-in, the Amazon.com one.

Please let me know if that's what you'd like us to do. I'm asking first because once the two are brought together they can't be separated again.

Kind regards,
Joanna
AWS Training and Certification

{original_q("Sophie Laurent <slaurent.cloud@gmail.com>", su, "aws-cs-trainingcertification-form@amazon.com", "[AWS Training and Certification Form Submission] - account-assistance", suser)}
"""
    aws_mail(24, "form-would-you-like-newer-kept", L("merge_confirmation_requested", scid, [s_keep, s_old], True),
             to=to, subject=subj, when=s1, text=t, html=html_wrap(t2h(t)), enc="qp")

    s2 = s1 + dt.timedelta(days=1, hours=2, minutes=10)
    suser2 = "Yes, please do that. Thanks!\nSophie"
    t = f"""Hi Sophie,

Thanks for your reply. One thing before we go ahead: I can see an exam appointment for AWS Certified Developer - Associate booked with Pearson VUE on 28 March under {s_old}. Changes to the account can cancel a booking that is still open.

Would you prefer to sit that exam first and have us make the change afterwards, or would you rather reschedule the appointment so that it is booked under {s_keep}?

Kind regards,
Joanna
AWS Training and Certification

{gmail_q(s2 - dt.timedelta(hours=3), "Sophie Laurent", "slaurent.cloud@gmail.com", suser2)}
"""
    aws_mail(28, "form-exam-booked-question", L("support_reply", scid, [s_keep, s_old], True), to=to,
             subject=subj, when=s2, text=t, enc="qp")

    s3 = s2 + dt.timedelta(days=6, hours=1)
    t28 = t.split("\nKind regards")[0].rstrip() + "\n\nKind regards,\nJoanna\nAWS Training and Certification"
    t = f"""Hi Sophie,

I'm writing to follow up on my message of {s2.strftime('%-d %B')}, as I haven't seen a reply yet. We're holding your request until we know how you'd like to handle the exam appointment.

If we don't hear from you within the next five working days, this case will be closed automatically. You can reopen it at any time by replying to this e-mail.

Kind regards,
Joanna
AWS Training and Certification

{original_q("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", s2, "slaurent.cloud@gmail.com", subj, t28)}
"""
    aws_mail(26, "form-holding-until-we-hear", L("support_reply", scid, [], True), to=to, subject=subj,
             when=s3, text=t, enc="b64")

    # ---- Tom (Exchange Online, fabrikam.co.uk): console case 15 digits
    to = addr("Tom Hughes", "tom.hughes@fabrikam.co.uk")
    opened = d(2025, 8, 18, 10, 30, 7)
    tcid = case15(opened, 60032)
    t_old, t_keep = "AWS58823017", "AWS58990142"
    tsubj = f"RE:[CASE {tcid}] Certification accounts - duplicate"
    t1 = opened + dt.timedelta(days=1, hours=3, minutes=40)
    t = f"""Hello Tom,

Thanks for your patience while I looked into this.

Just to check before we touch anything: is the idea that everything on aws58823017 (the one registered to tom.hughes@fabrikam.co.uk) moves across to AWS 58990142 (thughes.cloud@outlook.com), and that aws58823017 is then closed for good? That would make AWS 58990142 your only account, and the Fabrikam address would no longer sign you in.

If that's what you're after, could you reply here in the Support Center to say you're happy for us to go ahead? Please bear in mind it's a one-way change - we can't split the accounts again afterwards.

Best regards,
Fiona M.
Amazon Web Services
{console_footer(tcid)}"""
    aws_mail(25, "console-is-the-idea-that", L("merge_confirmation_requested", tcid, [t_old, t_keep], True),
             to=to, frm=addr(AWS_NAME, NOREPLY), subject=tsubj, when=t1, text=t, route="outlook", enc="b64")

    t2_ = t1 + dt.timedelta(hours=20, minutes=5)
    t = f"""Hello Tom,

Thanks, that's everything I needed. I've raised it with our back-office team, who carry these changes out; it usually takes them a couple of working days, and I'll update you here as soon as I hear back.

Best regards,
Fiona M.
Amazon Web Services
{console_footer(tcid)}"""
    aws_mail(27, "console-thats-everything-i-needed", L("support_reply", tcid, [], True), to=to,
             frm=addr(AWS_NAME, NOREPLY), subject=tsubj, when=t2_, text=t, route="outlook", enc="qp")

    t3_ = t2_ + dt.timedelta(days=3, hours=1, minutes=12)
    t = f"""Hello Tom,

A quick update: your request is still with the specialist team. There's nothing you need to do at the moment.

Once the merge is complete I'll let you know here, and shortly after that Credly should send you notifications to accept your badges on the remaining account. In the meantime please avoid booking a new exam on aws58823017.

Best regards,
Fiona M.
Amazon Web Services
{console_footer(tcid)}"""
    aws_mail(29, "console-still-with-specialists", L("support_reply", tcid, [t_old], True), to=to,
             frm=addr(AWS_NAME, NOREPLY), subject=tsubj, when=t3_, text=t, html=html_wrap(t2h(t)),
             route="outlook", enc="qp")

    # ---- Yuki (biglobe), Japanese console case, asks sign-in addresses
    to = addr("佐藤 由紀", "yuki.sato@biglobe.ne.jp")
    opened = d(2025, 7, 1, 0, 52, 40)
    ycid = case15(opened, 81105)
    y1, y2 = "AWS66218830", "AWS66730154"
    j = opened + dt.timedelta(days=1, hours=5, minutes=3)
    t = f"""佐藤 由紀 様

AWS サポートへお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定担当の中村でございます。

お知らせいただいた {y1} と {y2} の二つのアカウントについて確認を進めております。
恐れ入りますが、ご本人様確認のため、以下の点についてお知らせいただけますでしょうか。

１．それぞれのアカウントにサインインされる際のメールアドレス
２．通知メールを受け取っていらっしゃるメールアドレス（サインイン用と異なる場合）
３．今後お使いになりたいのは、どちらのアカウントでしょうか

上記を頂戴でき次第、改めてご案内を差し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村
Amazon Web Services

=========================================

本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={ycid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
    aws_mail(30, "ja-console-signin-address-onegai", L("support_reply", ycid, [y1, y2], True, "ja"), to=to,
             frm=addr(AWS_NAME, NOREPLY), subject=f"RE:[CASE {ycid}] 認定アカウントの統合について",
             when=j, text=t, charset="iso-2022-jp", enc="7bit", subj_charset="iso-2022-jp",
             route=("biglobe.ne.jp", "mx.biglobe.ne.jp"))


def part4():
    priya = addr("Priya Raman", "priya.raman@gmail.com")
    p_cid = "176043315300427"
    alex = addr("Alex Chen", "alexchen.dev@gmail.com")
    a_cid = case15(d(2025, 11, 3, 16, 2, 51), 40219)
    lukas = addr("Lukas Meier", "lukas@meier.fastmail.com")
    l_cid = case15(d(2025, 11, 3, 15, 25, 22), 4118)
    tom = addr("Tom Hughes", "tom.hughes@fabrikam.co.uk")
    t_cid = case15(d(2025, 8, 18, 10, 30, 7), 60032)
    fm = ("mx3.messagingengine.com", "mx3.messagingengine.com")
    nr = addr(AWS_NAME, NOREPLY)

    # 031 support_reply: one id not found (a 7-digit typo that is NOT an id)
    maya = addr("Maya Goldberg", "maya.goldberg@gmail.com")
    opened = d(2025, 9, 22, 18, 4, 55)
    m_cid = case15(opened, 2291)
    w = opened + dt.timedelta(days=1, hours=15, minutes=26)
    t = f"""Hi Maya,

Thank you for writing in.

I found your profile AWS19234471 without any trouble. The second number in your message, AWS1923447, has only seven digits and doesn't match any profile on our side - I suspect a digit went missing along the way.

Could you double-check it? The easiest place to find it is the top right of the AWS Certification account page after you sign in, or on any score report you've received. If you no longer have access to that account, the e-mail address you used to register for the exam will do just as well.

With that I can carry on.

Best wishes,
Tomasz
AWS Training and Certification
"""
    aws_mail(31, "form-seven-digit-number", L("support_reply", m_cid, ["AWS19234471"], True), to=maya,
             subject=f"RE:[CASE {m_cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=w, text=t, enc="qp")

    # 032 support_reply: Credly follow-up after completion (Priya)
    pu = d(2025, 10, 27, 8, 12, tz=dt.timezone(dt.timedelta(hours=-7)))
    puser = """Hi Marisol,

Everything looks fine on the certification side, thanks! But my Credly badges are still on the Credly account with my old Northwind e-mail, and nothing arrived at my gmail.

Priya"""
    w = pu.astimezone(UTC) + dt.timedelta(hours=22, minutes=8)
    t = f"""Hi Priya,

Thanks for letting me know, and sorry for the extra step.

Badges are held by Credly rather than by us, so when they stay on an older Credly account I have to ask Credly's team to move them. I've done that this morning for the two badges on the Credly profile registered to your Northwind address. When they've moved, Credly will send a message to priya.raman@gmail.com asking you to accept them - it can take up to five business days.

If you'd rather have your old Credly profile closed afterwards, you can do that yourself from Credly's account settings.

Warm regards,
Marisol D.
AWS Training and Certification Customer Support

{gmail_q(pu, "Priya Raman", "priya.raman@gmail.com", puser)}
"""
    aws_mail(32, "form-asked-credly-team", L("support_reply", p_cid, [], True), to=priya,
             subject=f"RE:[CASE {p_cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=w, text=t, html=html_wrap(t2h(t)), enc="qp")

    # 033 support_reply: duplicate request notice (sent on the duplicate)
    dup_open = d(2025, 11, 4, 7, 55, 41)
    dup = case15(dup_open, 4377)
    w = dup_open + dt.timedelta(hours=5, minutes=18)
    t = f"""Hi Lukas,

Thanks for your message. It looks like this is the same question you sent us yesterday, which we're already working on under case {l_cid}.

To keep everything in one place I'll close this request ({dup}) and carry on with the earlier one - you don't need to do anything, and you won't lose your place in the queue. If you'd like to add anything, please reply to the e-mail you received for case {l_cid}.

Regards,
Chiara
AWS Training and Certification
"""
    aws_mail(33, "form-same-question-yesterday", L("support_reply", dup, [], True), to=lukas,
             subject=f"RE:[CASE {dup}] [AWS Training and Certification Form Submission] - account-assistance",
             when=w, text=t, enc="qp", route=fm)

    # 034 merge_completed as what the user can now do (Lukas)
    w = d(2025, 11, 6, 13, 44, 9)
    l_old, l_keep = "AWS77310285", "AWS77452019"
    t = f"""Hi Lukas,

Good news: from today a single login - lukas@meier.fastmail.com - takes you to every exam record you have with us, including the ones that were on AWS-77310285. Everything now lives under AWS-77452019, and the 50% voucher from your Security Specialty exam came along too, so you can use it for your next booking.

The old login (lukas.meier@contoso-partner.de) won't work any longer. Your badges should show up on Credly in the next few days.

Regards,
Chiara
AWS Training and Certification

{outlook_q("Lukas Meier <lukas@meier.fastmail.com>", d(2025, 11, 4, 20, 3), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", f"Re: [CASE {l_cid}] [AWS Training and Certification Form Submission] - account-assistance", f"Yes, I confirm - please move everything from {l_old} to {l_keep}.{chr(10)}{chr(10)}Lukas")}
"""
    aws_mail(34, "form-single-login-takes-you", L("merge_completed", l_cid, [l_old, l_keep], True), to=lukas,
             subject=f"RE:[CASE {l_cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=w, text=t, html=html_wrap(t2h(t)), enc="qp", route=fm)

    # 035 merge_completed, HTML only (Alex, console)
    w = d(2025, 11, 7, 19, 2, 31)
    inner = f"""<p>Hello Alex,</p>
<p>You're all set. The next time you sign in to AWS Certification you'll be looking at one profile, <b>AWS58410093</b>, with your Developer &ndash; Associate and SysOps Administrator history in it. Nothing is left behind on AWS58102276, which has been retired, so please use only alexchen.dev@gmail.com to sign in from now on.</p>
<p>If anything looks off &ndash; a missing exam, a certificate with the wrong date &ndash; just tell me here in the case and I'll look into it.</p>
<p>Best regards,<br>Keiko S.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078;">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.<br>
To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={a_cid}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={a_cid}&amp;language=en</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>"""
    aws_mail(35, "console-youre-all-set-html", L("merge_completed", a_cid, ["AWS58102276", "AWS58410093"], True),
             to=alex, frm=nr, subject=f"RE:[CASE {a_cid}] Two AWS Certification accounts - need one",
             when=w, html=html_wrap(inner), enc="qp")

    # 036 merge_completed phishing: look-alike domain passing its own DMARC (Tom, Exchange Online)
    snd = sender_generic("193.29.56.140", "mta2.aws-trainingcert.com", "bounces@mta2.aws-trainingcert.com",
                         [("aws-trainingcert.com", "k1")])
    w = d(2025, 8, 26, 4, 12, 50)
    h = html_wrap(f"""<p>Dear Tom Hughes,</p>
<p>Your AWS Certification accounts have now been combined into <b>AWS58990142</b>.</p>
<p>You can now sign in with your new credentials to download updated certificates and transcripts. For security reasons your previous password has been reset.</p>
<p><a class="btn" href="https://aws-trainingcert.com/portal/login?c={ralnum(20)}">Sign in to your account</a></p>
<p>If you do not sign in within 72 hours your certifications may be marked as inactive.</p>
<p>AWS Training &amp; Certification</p>""")
    other_mail(36, "accounts-combined-sign-in-72h", L("merge_completed", None, ["AWS58990142"], False),
               snd=snd, from_dom="aws-trainingcert.com",
               frm=addr("AWS Training & Certification", "no-reply@aws-trainingcert.com"), to=tom,
               subject="Your certification accounts are now combined", when=w,
               body=alt("Your AWS Certification accounts have now been combined into AWS58990142. Sign in: "
                        f"https://aws-trainingcert.com/portal/login?c={ralnum(20)}\n", h),
               route="outlook", ar_kw=dict(compauth="pass reason=109"))

    # 037 merge_completed, non-native phrasing, 11-digit console case (Carlos)
    carlos = addr("Carlos Mendes", "carlos.mendes@hotmail.com")
    c_cid = "11692034587"
    c_old, c_keep = "AWS20388214", "AWS20417759"
    w = d(2023, 2, 12, 6, 40, 2)
    t = f"""Hello Carlos,

Greetings of the day!

The request which was raised for you has been actioned by the concerned team. Going forward you can login with carlos.mendes@hotmail.com and the account AWS 20417759 will be showing all your 4 certifications along with the exam history. The earlier login of AWS 20388214 will not be working now.

For the digital badges kindly allow 2-3 business days for them to appear in Credly.

Best regards,
Pooja R.
Amazon Web Services
{console_footer(c_cid)}"""
    aws_mail(37, "console-actioned-by-concerned-team", L("merge_completed", c_cid, [c_old, c_keep], True),
             to=carlos, frm=nr, subject=f"RE:[CASE {c_cid}] Merge two certification accounts",
             when=w, text=t, route="outlook", enc="qp")

    # 038 survey: rating request only (Tom)
    w = d(2025, 8, 25, 16, 3, 0)
    h = html_wrap(f"""<p>Hello,</p>
<p>Fiona M. recently helped you with case <b>{t_cid}</b>. Would you take a moment to tell us how it went?</p>
<p><b>Overall, how satisfied are you with the support you received?</b></p>
<table cellspacing="4"><tr>
""" + "".join(f'<td><a href="https://console.aws.amazon.com/support/feedback?displayId={t_cid}&amp;score={i}" style="display:block;width:36px;text-align:center;border:1px solid #879596;padding:6px 0;color:#16191f;text-decoration:none;">{i}</a></td>' for i in range(1, 6)) + """
</tr></table>
<p style="font-size:12px;color:#687078;">1 = very dissatisfied, 5 = very satisfied. Your answer goes straight to the AWS Support team.</p>""")
    aws_mail(38, "console-how-satisfied-1-to-5", L("survey", t_cid, [], True), to=tom, frm=nr,
             subject="Tell us about your recent experience with AWS Support", when=w, html=h, enc="b64",
             route="outlook")

    # 039 survey: closure that states the merge was done (Carlos)
    w = d(2023, 2, 15, 6, 40, 30)
    t = f"""Hello,

Your case {c_cid} has been resolved.

Resolution summary: The merge of {c_old} into {c_keep} was completed on February 12, 2023. {c_keep} is now your only AWS Certification account.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId={c_cid}&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId={c_cid}&resolved=no

If you need more help with this issue, you can reopen the case within 14 days from the AWS Support Center.

Amazon Web Services
"""
    aws_mail(39, "console-resolved-summary-yes-no", L("survey", c_cid, [c_old, c_keep], True), to=carlos,
             frm=nr, subject=f"Amazon Web Services: Case {c_cid} resolved", when=w, text=t,
             route="outlook", enc="7bit", charset="us-ascii")

    # 040 survey: auto-closure after inactivity, short recap (Alex)
    w = d(2025, 11, 14, 19, 5, 0)
    t = f"""Hello,

Because we haven't heard from you for a week after our last message, case {a_cid} ("Two AWS Certification accounts - need one") has now been closed. Our last reply told you that your certification history was brought together under one profile.

Did we answer your question? Let us know in one click:
https://console.aws.amazon.com/support/feedback?displayId={a_cid}&helpful=yes
https://console.aws.amazon.com/support/feedback?displayId={a_cid}&helpful=no

Changed your mind? You can reopen this case within 14 days from the Support Center.

Amazon Web Services
"""
    aws_mail(40, "console-closed-after-a-week", L("survey", a_cid, [], True), to=alex, frm=nr,
             subject=f"Case {a_cid} has been closed - did we help?", when=w, text=t,
             html=html_wrap(t2h(t)), enc="qp")

    # 041 credly: badges re-issued after the change (Tom)
    snd = sender_credly("tom.hughes@fabrikam.co.uk")
    w = d(2025, 8, 27, 9, 31, 14)
    badges = ["AWS Certified Solutions Architect \u2013 Professional", "AWS Certified Developer \u2013 Associate",
              "AWS Certified Cloud Practitioner"]
    txt = ("Tom, your badges have moved.\n\nFollowing a change to your AWS Certification account, Amazon Web Services "
           "Training and Certification has issued the following badges again to this e-mail address:\n\n"
           + "".join(f"  - {b}\n" for b in badges) +
           f"\nAccept them to keep them on your Credly profile:\nhttps://www.credly.com/earner/earned?token={ralnum(32)}\n\n"
           "The copies on your previous Credly profile will be revoked.\n\nCredly by Pearson\n")
    html = credly_html("<p style=\"font-size:20px;font-weight:bold;\">Tom, your badges have moved.</p>"
                       "<p>Following a change to your AWS Certification account, Amazon Web Services Training and "
                       "Certification has issued the following badges again to this e-mail address:</p><ul>"
                       + "".join(f"<li>{b.replace(chr(8211), '&ndash;')}</li>" for b in badges) +
                       f"</ul><p><a href=\"https://www.credly.com/earner/earned?token={ralnum(32)}\" "
                       "style=\"background:#ff6b00;color:#fff;padding:12px 22px;border-radius:3px;text-decoration:none;\">"
                       "Accept badges</a></p><p style=\"font-size:13px;color:#666;\">The copies on your previous Credly "
                       "profile will be revoked.</p>")
    other_mail(41, "credly-your-badges-have-moved", L("credly_badge_issued", None, [], True), snd=snd,
               from_dom="credly.com", frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=tom, subject="Tom, your badges have moved", when=w, body=alt(txt, html, enc="qp"),
               route="outlook")

    # 042 credly (Acclaim era, 2019): Marta
    snd = sender_credly("marta.kowalska@outlook.com", old=True)
    w = d(2019, 9, 14, 12, 5, 40)
    txt = ("Hi Marta,\n\nAmazon Web Services Training and Certification has recognized your achievement: "
           "AWS Certified SysOps Administrator - Associate.\n\nYour badge is ready. Claim it here:\n"
           f"https://www.youracclaim.com/badges/{ruuid()}/accept?token={ralnum(24)}\n\n"
           "Once accepted you can share it on LinkedIn, Twitter, or in your e-mail signature.\n\nThe Acclaim Team\n")
    other_mail(42, "acclaim-recognized-achievement", L("credly_badge_issued", None, [], True), snd=snd,
               from_dom="youracclaim.com",
               frm=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
               to=addr("Marta Kowalska", "marta.kowalska@outlook.com"),
               subject="Amazon Web Services Training and Certification recognized your achievement",
               when=w, body=alt(txt, credly_html(t2h(txt), old=True), enc="qp"), route="outlook")

    # 043 credly look-alike about the merge, look-alike domain (Priya)
    snd = sender_generic("91.215.85.19", "out.credly-mail.net", "noreply@credly-mail.net",
                         [("credly-mail.net", "mail")])
    w = d(2025, 10, 20, 3, 48, 2)
    h = credly_html(f"""<p style="font-size:20px;font-weight:bold;">4 badges are waiting after your account merge</p>
<p>Because your AWS Certification accounts were merged, your badges must be accepted again on your Credly profile. Sign in with your AWS Certification e-mail and password to accept them.</p>
<p><a href="https://credly-mail.net/accept?m={ralnum(30)}" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:3px;text-decoration:none;">Accept 4 badges</a></p>
<p style="font-size:12px;">Badges not accepted within 5 days will be permanently removed.</p>""")
    other_mail(43, "badges-waiting-after-merge-5-days", L("credly_badge_issued", None, [], False), snd=snd,
               from_dom="credly-mail.net", frm=addr("Credly Badges", "badges@credly-mail.net"), to=priya,
               subject="Action needed: accept your badges after your account merge", when=w,
               body=part(h, "html", "utf-8", "qp"), ar_kw=dict(policy="NONE"))

    # 044 credly: two badges waiting (Daniel, Exchange Online, 2022)
    snd = sender_credly("d.okafor@contoso-eng.com")
    w = d(2022, 6, 11, 15, 20, 33)
    txt = ("Daniel, you have 2 new badges waiting.\n\nAmazon Web Services Training and Certification sent badges "
           "for AWS Certified Data Analytics \u2013 Specialty and AWS Certified Solutions Architect \u2013 Associate "
           "to d.okafor@contoso-eng.com.\n\nView and accept:\n"
           f"https://www.credly.com/earner/earned?token={ralnum(32)}\n\nCredly\n")
    other_mail(44, "credly-two-new-waiting", L("credly_badge_issued", None, [], True), snd=snd,
               from_dom="credly.com", frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=addr("Daniel Okafor", "d.okafor@contoso-eng.com"), subject="Daniel, you have 2 new badges waiting",
               when=w, body=alt(txt, credly_html(t2h(txt)), enc="b64"), route="outlook")

    # 045 unrelated: Credly expiry reminder (genuine)
    snd = sender_credly("priya.raman@gmail.com")
    w = d(2025, 12, 2, 14, 0, 5)
    txt = ("Priya, your AWS Certified Cloud Practitioner badge expires on January 2, 2026.\n\n"
           "After it expires it will still be visible on your profile, marked as expired. To keep it current, "
           "follow the recertification steps from the issuer:\nhttps://aws.amazon.com/certification/recertification/\n\n"
           f"View badge: https://www.credly.com/badges/{ruuid()}\n\nCredly\n")
    other_mail(45, "credly-expires-january", L("unrelated", None, [], True), snd=snd, from_dom="credly.com",
               frm=addr("Credly", "admin@credly.com"), to=priya,
               subject="Your AWS Certified Cloud Practitioner badge expires in 31 days", when=w,
               body=alt(txt, credly_html(t2h(txt)), enc="qp"), ar_kw=dict(policy="REJECT"))


def part5():
    priya = addr("Priya Raman", "priya.raman@gmail.com")
    alex = addr("Alex Chen", "alexchen.dev@gmail.com")
    tom = addr("Tom Hughes", "tom.hughes@fabrikam.co.uk")
    nr = addr(AWS_NAME, NOREPLY)

    # 046 unrelated: Credly's own account-merge code (genuine Credly)
    snd = sender_credly("alexchen.dev@gmail.com")
    w = d(2025, 11, 10, 22, 14, 7)
    code = "608143"
    txt = (f"Hi Alex,\n\nSomeone (hopefully you) asked to bring another Credly account into this one.\n\n"
           f"Your verification code is: {code}\n\nEnter it on the Account Merge page, or use this link:\n"
           f"https://www.credly.com/users/merge/confirm?token={ralnum(40)}\n\nThe code expires in 30 minutes. "
           "If you didn't ask for this, you can ignore this e-mail - nothing will change.\n\nCredly Support\n")
    html = credly_html(f"<p>Hi Alex,</p><p>Someone (hopefully you) asked to bring another Credly account into this one.</p>"
                       f"<p style=\"font-size:28px;letter-spacing:6px;font-weight:bold;\">{code}</p>"
                       f"<p><a href=\"https://www.credly.com/users/merge/confirm?token={ralnum(40)}\" style=\"background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;\">Complete Account Merge</a></p>"
                       "<p style=\"font-size:13px;color:#666;\">The code expires in 30 minutes. If you didn't ask for this, you can ignore this e-mail.</p>")
    other_mail(46, "credly-verification-code-30-min", L("unrelated", None, [], True), snd=snd, from_dom="credly.com",
               frm=addr("Credly", "support@credly.com"), to=alex, subject="Your Credly verification code",
               when=w, body=alt(txt, html, enc="qp"), ar_kw=dict(policy="REJECT"))

    # 047 unrelated: CertMetrics feedback request (authentic, but not AWS/Credly)
    snd = sender_generic("198.21.5.44", "mail5.certmetrics.com", "bounce@mail.certmetrics.com",
                         [("certmetrics.com", "cm1")])
    w = d(2025, 10, 21, 17, 30, 0)
    txt = """Hello Priya,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. Please take 5 minutes to tell us about your exam experience and how you prepare for certification. Your feedback helps us improve the program for everyone.

Start the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=4471&t=%s

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.
""" % ralnum(20)
    other_mail(47, "certmetrics-wants-to-hear", L("unrelated", None, [], False), snd=snd, from_dom="certmetrics.com",
               frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=priya,
               subject="AWS Certification wants to hear from you", when=w, body=part(txt, "plain", "us-ascii", "7bit"),
               ar_kw=dict(policy="NONE"))

    # 048 unrelated: Pearson VUE appointment confirmation with .ics; shows candidate id
    yuki_ids = ("AWS66218830", "AWS66730154")
    snd = sender_generic("162.247.219.12", "smtp2.pearsonvue.com", "bounce-vue@notifications.pearsonvue.com",
                         [("pearsonvue.com", "pv2024")])
    w = d(2025, 6, 20, 1, 12, 45)
    mix = MIMEMultipart("mixed")
    body_t = """Dear Yuki Sato,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Japanese
Date: Saturday, July 12, 2025
Time: 10:00 JST
Test centre: Pearson VUE Testing Center Tokyo Shinjuku
Registration ID: 531889044
AWS Candidate ID: AWS66730154

Arrive 30 minutes early and bring two forms of valid identification. To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
    a = alt(body_t, "<html><body><pre style=\"font-family:Arial\">" + body_t + "</pre></body></html>", "utf-8", "qp")
    del a["MIME-Version"]
    mix.attach(a)
    ics = MIMEBase("text", "calendar", method="PUBLISH", name="exam-appointment.ics")
    ics.set_payload("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nMETHOD:PUBLISH\r\n"
                    "BEGIN:VEVENT\r\nUID:531889044@pearsonvue.com\r\nDTSTART:20250712T010000Z\r\n"
                    "DTEND:20250712T031000Z\r\nSUMMARY:AWS Certified Solutions Architect - Associate\r\n"
                    "LOCATION:Pearson VUE Testing Center Tokyo Shinjuku\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    encoders.encode_base64(ics)
    ics.add_header("Content-Disposition", "attachment", filename="exam-appointment.ics")
    del ics["MIME-Version"]
    mix.attach(ics)
    other_mail(48, "pearson-vue-appointment-ics", L("unrelated", None, [yuki_ids[1]], False), snd=snd,
               from_dom="pearsonvue.com", frm=addr("Pearson VUE", "noreply@pearsonvue.com"),
               to=addr("Yuki Sato", "yuki.sato@biglobe.ne.jp"),
               subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate",
               when=w, body=mix, route=("biglobe.ne.jp", "mx.biglobe.ne.jp"))

    # 049 unrelated: AWS Builder ID code, no Authentication-Results at all (downloaded via POP)
    snd = sender_generic("54.240.27.19", "a27-19.smtp-out.us-west-2.amazonses.com",
                         f"{ses_msgid(d(2025, 11, 3, 15, 10))}@us-west-2.amazonses.com",
                         [("signin.aws", ralnum(32)), ("amazonses.com", ralnum(32))])
    w = d(2025, 11, 3, 15, 10, 2)
    h = html_wrap("""<p>Hello,</p><p>To finish signing in to your AWS Builder ID, enter this verification code:</p>
<p style="font-size:30px;font-weight:bold;letter-spacing:4px;">418 273</p>
<p>The code expires in 10 minutes. If you didn't try to sign in, you can ignore this message.</p>""")
    other_mail(49, "builder-id-code", L("unrelated", None, [], None), snd=snd, from_dom="signin.aws",
               frm=addr("AWS Builder ID", "no-reply@signin.aws"), to="lukas@meier.fastmail.com",
               subject="Verify your AWS Builder ID email address", when=w,
               body=alt("Your AWS Builder ID verification code: 418273\nThe code expires in 10 minutes.\n", h),
               route="none", msgid=f"{ses_msgid(w)}@email.amazonses.com")

    # 050 unrelated: Amazon Seller Central case reply about merging detail pages (genuine amazon.com)
    w = d(2025, 9, 30, 11, 3, 27)
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request regarding the two detail pages for your stainless steel water bottle (ASIN B0CX4M7T2Q and ASIN B0CX4N8RZ1). I'm happy to let you know that the pages have now been combined into B0CX4M7T2Q, and your offer is listed on that page. Please allow up to 24 hours for the change to show on the website.

Was this information helpful? Please let us know by choosing one of the options below:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&helpful=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&helpful=no

We hope to see you again soon.

Thank you,
Ankit P.
Amazon.com
"""
    aws_mail(50, "seller-detail-pages-combined", L("unrelated", "5884881212", [], True), to=alex,
             frm=addr("Amazon Seller Central", "sellercentral-notifications@amazon.com"),
             subject="RE:[CASE 5884881212] Merge duplicate ASIN detail pages", when=w, text=t, enc="qp")

    # 051 unrelated: AWS billing case opened (same template family)
    opened = d(2025, 11, 12, 8, 41, 19)
    b_cid = case15(opened, 73560)
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {b_cid} to address your issue.

The details of your case are as follows:

Case ID: {b_cid}
Subject: Charged twice for Savings Plan in October
Severity: General guidance
Correspondence: Hello, my October invoice shows the Compute Savings Plan commitment twice. Could you check and refund the duplicate charge? Account 4471-0938-2216.

You can view or add to this case at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={b_cid}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services
"""
    aws_mail(51, "billing-savings-plan-twice", L("unrelated", b_cid, [], True), to=tom, frm=nr,
             subject=f"Amazon Web Services: You have opened a new Support case: {b_cid}",
             when=opened + dt.timedelta(seconds=5), text=t, route="outlook", enc="qp")

    # 052 unrelated: quota-increase case resolved + survey
    q_cid = "11735180201"
    w = d(2023, 8, 2, 22, 15, 40)
    t = f"""Hello,

We've resolved your case {q_cid} ("Service Quotas: Running On-Demand Standard instances - eu-west-1").

The quota for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in EU (Ireland) has been raised from 32 to 256 vCPUs.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId={q_cid}&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId={q_cid}&resolved=no

Amazon Web Services
"""
    aws_mail(52, "quota-vcpu-resolved-yes-no", L("unrelated", q_cid, [], True), to=alex, frm=nr,
             subject=f"Amazon Web Services: Case {q_cid} resolved", when=w, text=t, enc="7bit", charset="us-ascii")

    # 053 unrelated: GitHub merged notification
    snd = sender_generic("192.30.252.206", "out-23.smtp.github.com", "noreply@github.com",
                         [("github.com", "pf2023")])
    w = d(2025, 10, 16, 14, 2, 11)
    t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/482#event-17239981204
You are receiving this because you authored the thread.
"""
    other_mail(53, "github-merged-482", L("unrelated", None, [], False), snd=snd, from_dom="github.com",
               frm=addr("Jordan Blake", "notifications@github.com"), to=priya,
               subject="Re: [northwind-analytics/cert-tracker] Merge AWS cert accounts list into one CSV (PR #482)",
               when=w, body=alt(t, "<p>Merged <a href=\"https://github.com/northwind-analytics/cert-tracker/pull/482\">#482</a> into main.</p>"),
               ar_kw=dict(policy="REJECT"),
               extra=[("List-ID", "northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>"),
                      ("X-GitHub-Reason", "author"), ("In-Reply-To", "<northwind-analytics/cert-tracker/pull/482@github.com>")])

    # 054 unrelated: GitLab merge request merged
    snd = sender_generic("192.237.158.143", "mg.gitlab.com", "bounce+8a1b2c@mg.gitlab.com",
                         [("gitlab.com", "mg"), ("mg.gitlab.com", "mailo")])
    w = d(2025, 8, 20, 9, 44, 0)
    t = """Merge request !77 was merged

Project: infra / certification-inventory
Branch: feature/dedupe-candidate-ids -> main
Title: Dedupe AWS candidate IDs after account consolidation

Merged by Tom Hughes.

View it on GitLab: https://gitlab.com/fabrikam/infra/certification-inventory/-/merge_requests/77
"""
    other_mail(54, "gitlab-mr-77-merged", L("unrelated", None, [], False), snd=snd, from_dom="gitlab.com",
               frm=addr("GitLab", "gitlab@mg.gitlab.com"), to=tom,
               subject="infra / certification-inventory | Dedupe AWS candidate IDs after account consolidation (!77)",
               when=w, body=part(t, "plain", "utf-8", "qp"), route="outlook")

    # 055 unrelated: T&C newsletter (genuine amazon.com)
    w = d(2025, 10, 28, 16, 0, 0)
    h = html_wrap("""<h2 style="font-weight:normal;">Your October skills digest</h2>
<p>&bull; New: AWS Certified Generative AI Developer &ndash; Professional (beta) registration is open.</p>
<p>&bull; Combine your learning: Skill Builder subscriptions now include exam prep for every Associate certification.</p>
<p>&bull; Recertify for less: certified? Use your 50% discount benefit on your next exam.</p>
<p><a class="btn" href="https://aws.amazon.com/training/?trk=newsletter-oct">Explore training</a></p>
<p style="font-size:11px;color:#687078;">You're receiving this because you subscribed to AWS Training and Certification news. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>""")
    aws_mail(55, "tc-october-digest", L("unrelated", None, [], True), to=priya,
             frm=addr("AWS Training and Certification", "aws-training-news@amazon.com"),
             subject="Your October skills digest: new exams, prep and your 50% benefit", when=w,
             html=h, enc="qp")

    # 056 unrelated phishing (not about the merge): spoofed billing, dmarc=fail
    snd = sender_generic("103.151.122.9", "srv1.cloudnet-hosting.in", "info@srv1.cloudnet-hosting.in", [])
    w = d(2025, 11, 8, 1, 2, 33)
    h = html_wrap("""<p>Dear Customer,</p><p>We were unable to process the payment for your AWS account. Your services will be suspended within 24 hours unless your billing information is updated.</p>
<p><a class="btn" href="https://aws-billing-update.support-console.io/login">Update payment method</a></p><p>AWS Billing</p>""")
    other_mail(56, "billing-suspended-24h", L("unrelated", None, [], False), snd=snd, from_dom="amazon.com",
               frm=addr("AWS Billing", "aws-billing@amazon.com"), to=alex,
               subject="\u26a0 Your AWS account will be suspended \u2013 payment method declined, action required within 24 hours",
               when=w, body=part(h, "html", "utf-8", "b64"), ar_kw=dict(spf="softfail", dmarc="fail"), sign=False,
               msgid=f"{ralnum(20)}@srv1.cloudnet-hosting.in")

    # 057 unrelated: AWS Organizations account joined (genuine)
    w = d(2025, 8, 22, 12, 18, 0)
    t = """Hello,

Your AWS account 4471-0938-2216 has joined the organization o-7xk2m9q4pd, managed by the management account 9921-0047-5513 (aws-admin@fabrikam.co.uk).

From now on, this account's charges appear on the management account's bill, and policies set by the organization may apply to it.

If you didn't expect this, contact your organization administrator.

Sincerely,
Amazon Web Services
"""
    aws_mail(57, "organizations-account-joined", L("unrelated", None, [], True), to=tom, frm=nr,
             subject="AWS Organizations: your account has joined an organization", when=w, text=t,
             route="outlook", enc="7bit", charset="us-ascii")


def part6():
    nr = addr(AWS_NAME, NOREPLY)

    # 058 support_reply (ja): thanks for confirming, will proceed; CP932 text labelled Shift_JIS
    yuki = addr("佐藤 由紀", "yuki.sato@biglobe.ne.jp")
    ycid = case15(d(2025, 7, 1, 0, 52, 40), 81105)
    y1, y2 = "AWS66218830", "AWS66730154"
    yu = d(2025, 7, 3, 21, 10, tz=JST)
    yuser = f"""中村様

ご連絡ありがとうございます。
① サインイン用メールアドレス：{y1} は yuki.sato@biglobe.ne.jp、{y2} は y.sato@example-univ.ac.jp です。
② 通知メールも同じアドレスです。
③ 今後は {y2} を使いたいです。{y1} の内容を {y2} にまとめていただけますか。

以上、よろしくお願いいたします。
佐藤"""
    w = yu + dt.timedelta(hours=13, minutes=37)
    t = f"""佐藤 由紀 様

AWS トレーニングと認定担当の中村でございます。
ご丁寧にお知らせいただき、誠にありがとうございます。

ご指示いただいた内容にて、担当部署へ手続きを依頼いたしました。
通常、２～３営業日ほどで完了いたしますので、今しばらくお待ちいただけますと幸いです。
完了いたしましたら、本ケースにて改めてご連絡差し上げます。

なお、手続き中は新たな試験のご予約をお控えいただきますよう、お願い申し上げます。

中村
Amazon Web Services

{ja_q(yu, "佐藤 由紀", "yuki.sato@biglobe.ne.jp", yuser)}

=========================================
本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={ycid}&language=ja
"""
    p = MIMEText("", "plain", "us-ascii")
    p.set_payload(base64.encodebytes(t.encode("cp932")).decode("ascii"))
    del p["Content-Transfer-Encoding"]
    p["Content-Transfer-Encoding"] = "base64"
    p.set_param("charset", "Shift_JIS")
    aws_mail(58, "ja-console-tetsuzuki-irai-shimashita", L("support_reply", ycid, [], True, "ja"), to=yuki,
             frm=nr, subject=f"RE:[CASE {ycid}] 認定アカウントの統合について", when=w.astimezone(UTC),
             body=p, subj_charset="iso-2022-jp", route=("biglobe.ne.jp", "mx.biglobe.ne.jp"))

    # 059 case_created: new request after an unanswered one (Yahoo)
    ines = addr("Inês Duarte", "ines.duarte84@yahoo.com")
    opened = d(2025, 10, 22, 12, 7, 58)
    icid = case15(opened, 19064)
    t = f"""Olá / Hello Inês,

This is to let you know that what you sent through the AWS Training and Certification contact form is with us.

Ref. {icid}

If you wrote to us before about the same thing and didn't get an answer, there's no need to do anything else - this new request will be picked up. From here on, reply to this e-mail if you want to add something.

AWS Training and Certification
"""
    aws_mail(59, "form-what-you-sent-is-with-us", L("case_created", icid, [], True), to=ines,
             subject=f"[CASE {icid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=opened + dt.timedelta(seconds=12), text=t, html=html_wrap(t2h(t)), enc="b64",
             route=("atlas212.free.mail.ne1.yahoo.com", "mta1005.mail.ne1.yahoo.com"))

    # 060 merge_confirmation_requested with nested > > history (Maya)
    maya = addr("Maya Goldberg", "maya.goldberg@gmail.com")
    m_cid = case15(d(2025, 9, 22, 18, 4, 55), 2291)
    prev = d(2025, 9, 24, 9, 31, 0)
    prev_t = """Hi Maya,

Thank you for writing in.

I found your profile AWS19234471 without any trouble. The second number in your message, AWS1923447, has only seven digits and doesn't match any profile on our side - I suspect a digit went missing along the way.

Could you double-check it?

Best wishes,
Tomasz
AWS Training and Certification"""
    mu = d(2025, 9, 24, 20, 48, tz=dt.timezone(dt.timedelta(hours=3)))
    muser = "Sorry about that! It's AWS19234478. That's the one I used for my most recent exam (ML Specialty).\n\nMaya"
    w = mu.astimezone(UTC) + dt.timedelta(hours=16, minutes=2)
    t = f"""Hi Maya,

Thanks - AWS19234478 is there, with your Machine Learning - Specialty result on it.

So that I don't get this the wrong way round: you'd like AWS19234478 to be the profile you keep, and everything on AWS19234471 (your Cloud Practitioner and Developer - Associate history) moved into it, after which AWS19234471 is switched off - is that right?

If so, a short "yes" in reply is all I need. I'll only send it through once I have that from you, because it can't be undone.

Best wishes,
Tomasz
AWS Training and Certification

{gmail_q(mu, "Maya Goldberg", "maya.goldberg@gmail.com", muser + chr(10) + chr(10) + gmail_q(prev, "Amazon Web Services", FORM, prev_t))}
"""
    aws_mail(60, "form-so-i-dont-get-it-backwards", L("merge_confirmation_requested", m_cid, ["AWS19234471", "AWS19234478"], True),
             to=maya, subject=f"RE:[CASE {m_cid}] [AWS Training and Certification Form Submission] - account-assistance",
             when=w, text=t, enc="qp")


# ==== END PARTS
if __name__ == "__main__":
    build()
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n")
    print(len(LABELS), "mails written")
