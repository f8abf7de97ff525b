#!/usr/bin/env python3
"""Generator for blind set 271: end-of-case mail around an AWS Certification
account merge (completions, closures, surveys, Credly mail and look-alikes).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json here.
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
import string
from datetime import datetime, timedelta, timezone

from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(27117)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def utc(*a):
    return datetime(*a, tzinfo=UTC)


def case15(opened, tail):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{tail:05d}"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    a = string.ascii_letters + string.digits + "+/"
    return "".join(R.choice(a) for _ in range(n))


def fmt(dt):
    return format_datetime(dt)


def gmail_rfmt(dt):
    # Gmail Received style: "Tue, 27 May 2025 01:12:33 -0700 (PDT)"
    d = dt.astimezone(PDT if dt.month in range(4, 11) else PST)
    tzn = "PDT" if d.utcoffset() == timedelta(hours=-7) else "PST"
    return d.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({tzn})"


def ses_msgid(dt, region="us-east-1"):
    ms = int(dt.timestamp() * 1000)
    pre = "0100" if region == "us-east-1" else "0101"
    return (f"<{pre}{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
            f"-000000@email.amazonses.com>")


def ses_local(msgid):
    return msgid.strip("<>").split("@")[0]


# ---------------------------------------------------------------- headers

def dkim_sig(d, s, dt, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
             c="relaxed/simple"):
    b = rb64(342) + "=="
    bfold = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s" % (c, s, d, int(dt.timestamp()), h, rb64(43), bfold))


SEL_AMZ = "rlntogby6xbwvcgpbhrgrw3oqbvdnlbn"
SEL_SES = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
SEL_AMZ2 = "szqgv33erturdv5cvz4vtb5qcbq5ioiy"


def sender_ses(dt, ip=None, from_dom="amazon.com", sel=SEL_AMZ, region="us-east-1"):
    msgid = ses_msgid(dt, region)
    if ip is None:
        ip = R.choice(["54.240.8.30", "54.240.8.87", "54.240.27.51", "54.240.48.112",
                       "54.240.9.44", "54.240.27.170"])
    a, b, c_, d = ip.split(".")
    return dict(host=f"a{c_}-{d}.smtp-out.amazonses.com", ip=ip,
                mailfrom=f"{ses_local(msgid)}@amazonses.com", msgid=msgid,
                dkim=[(from_dom, sel), ("amazonses.com", SEL_SES)],
                from_dom=from_dom)


def sender_generic(host, ip, mailfrom, dkim, from_dom, msgid):
    return dict(host=host, ip=ip, mailfrom=mailfrom, msgid=msgid, dkim=dkim,
                from_dom=from_dom)


def sender_credly(dt, rcpt, dom="credly.com"):
    uid = R.randint(2000000, 9999999)
    msgid = f"<{ralnum(22, string.ascii_letters + string.digits)}@geopod-ismtpd-{R.randint(1, 40)}>"
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    return dict(host=f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.{dom}", ip=ip,
                mailfrom=f"bounces+{uid}-{rhex(4)}-{rcpt.replace('@', '=')}@em{R.randint(100, 9999)}.{dom}",
                msgid=msgid, dkim=[(dom, "s1"), ("sendgrid.info", "smtpapi")],
                from_dom=dom)


def ar_gmail(s, spf="pass", dkim=None, dmarc="pass", policy="QUARANTINE", rcpt=""):
    """Gmail Authentication-Results. dkim: list of (domain, result)."""
    if dkim is None:
        dkim = [(d, "pass") for d, _ in s["dkim"]]
    parts = []
    for d, res in dkim:
        sel = dict(s["dkim"]).get(d, "s1")
        if res == "pass":
            parts.append(f"dkim=pass header.i=@{d} header.s={sel} header.b={rb64(8)}")
        else:
            parts.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={rb64(8)}")
    mf = s["mailfrom"]
    mfdom = mf.split("@")[1]
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mf} designates {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    elif spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    elif spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {mf} does not designate {s['ip']} as permitted sender) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={spf} (google.com: {s['ip']} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}")
    if dmarc:
        if policy:
            parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={s['from_dom']}")
        else:
            parts.append(f"dmarc={dmarc} header.from={s['from_dom']}")
    return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(s, spf="pass", dkim="pass", dkim_d=None, dmarc="pass", action="none",
               compauth="pass reason=100"):
    mfdom = s["mailfrom"].split("@")[1]
    d = dkim_d or s["dkim"][0][0]
    dk = f"dkim={dkim} (signature was verified)" if dkim == "pass" else f"dkim={dkim} (no signature)" if dkim == "none" else f"dkim={dkim} (body hash did not verify)"
    return (f"Authentication-Results: spf={spf} (sender IP is {s['ip']})\n"
            f" smtp.mailfrom={mfdom}; {dk}\n"
            f" header.d={d};dmarc={dmarc} action={action}\n"
            f" header.from={s['from_dom']};compauth={compauth}")


def ar_generic(authserv, s, spf="pass", dkim=None, dmarc="pass", style=0):
    if dkim is None:
        dkim = [(s["dkim"][0][0], "pass")]
    parts = [f"spf={spf} smtp.mailfrom={s['mailfrom']}"]
    for d, res in dkim:
        parts.append(f"dkim={res} header.d={d}" + (f" header.s={dict(s['dkim']).get(d, 's1')}" if style else f" header.i=@{d}"))
    if dmarc:
        parts.append(f"dmarc={dmarc} header.from={s['from_dom']}")
    sep = ";\n\t" if style else ";\n "
    return f"Authentication-Results: {authserv}" + sep + sep.join(parts)


def trace(provider, rcpt, dt, s, ar=None, extra_lower=()):
    """Return list of trace header strings (top first) for the receiving provider.
    ar: the provider's Authentication-Results header (string) or None."""
    out = []
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    t2 = t1 + timedelta(seconds=R.randint(0, 2))
    if provider in ("gmail", "workspace"):
        out.append(f"Delivered-To: {rcpt}")
        out.append(f"Received: by 2002:a05:{R.randint(6000, 7999)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(2)}{R.randint(10, 999)}csp{R.randint(100000, 9999999)}{ralnum(3)};\n"
                   f"        {gmail_rfmt(t2)}")
        out.append(f"X-Google-Smtp-Source: AGHT+I{rb64(62)}")
        out.append(f"X-Received: by 2002:a05:{R.randint(6000, 7999)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(12)}{R.randint(10, 99)}{ralnum(2)}.{R.randint(1, 300)}.{int(t2.timestamp() * 1000)};\n"
                   f"        {gmail_rfmt(t2)}")
        out.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n"
                   f"        d=google.com; s=arc-20240605;\n"
                   f"        b={rb64(70)}\n         {rb64(70)}\n         {rb64(30)}==")
        out.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                   f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                   f"         :dkim-signature:dkim-signature;\n"
                   f"        bh={rb64(43)}=;\n"
                   f"        fh={rb64(43)}=;\n"
                   f"        b={rb64(70)}\n         {rb64(40)}==;\n"
                   f"        dara=google.com")
        if ar:
            out.append("ARC-Authentication-Results: i=1; mx.google.com;" + ar.split("mx.google.com;", 1)[1])
        out.append(f"Return-Path: <{s['mailfrom']}>")
        out.append(f"Received: from {s['host']} ({s['host']}. [{s['ip']}])\n"
                   f"        by mx.google.com with ESMTPS id {ralnum(13)}-{rhex(10)}si{R.randint(1000000, 99999999)}{ralnum(3)}.{R.randint(10, 999)}.{t1.astimezone(PDT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                   f"        for <{rcpt}>\n"
                   f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                   f"        {gmail_rfmt(t1)}")
        out.append(f"Received-SPF: pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) client-ip={s['ip']};"
                   if (ar and "spf=pass" in ar) else
                   f"Received-SPF: {('softfail' if ar and 'softfail' in ar else 'neutral')} (google.com: domain of {s['mailfrom']} does not designate {s['ip']} as permitted sender) client-ip={s['ip']};")
        if ar:
            out.append(ar)
    elif provider == "outlook":
        prd = R.randint(10, 20)
        loc = R.choice(["SN7PR04MB", "BN8PR10MB", "DM6PR12MB", "CH3PR11MB", "PH0PR19MB"]) + str(R.randint(1000, 9999)) + f".namprd{prd}.prod.outlook.com"
        loc2 = R.choice(["BN1PEPF", "SN1PEPF", "CO1PEPF", "DS3PEPF"]) + "0000" + f"{R.randint(1000, 9999):X}"
        mbx = f"{R.choice(['MW4PR', 'SA1PR', 'LV3PR'])}{prd}MB{R.randint(1000, 9999)}.namprd{prd}.prod.outlook.com"
        ip6 = f"2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
        tt = t2.astimezone(UTC)
        out.append(f"Received: from {loc} ({ip6})\n"
                   f" by {mbx} with HTTPS; {fmt(tt)}")
        out.append(f"Received: from {loc2}.namprd{prd}.prod.outlook.com (2603:10b6:{rhex(3)}:cafe::{rhex(2)}) by\n"
                   f" {loc} ({ip6}) with Microsoft SMTP Server (version=TLS1_2,\n"
                   f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {fmt(tt)}")
        if ar:
            out.append(ar)
        out.append(f"Received-SPF: Pass (protection.outlook.com: domain of {s['mailfrom'].split('@')[1]}\n"
                   f" designates {s['ip']} as permitted sender) receiver=protection.outlook.com;\n"
                   f" client-ip={s['ip']}; helo={s['host']}; pr=C")
        out.append(f"Received: from {s['host']} ({s['ip']}) by\n"
                   f" {loc2}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                   f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {fmt(t1.astimezone(UTC))}")
        out.append(f"X-MS-Exchange-Organization-ExpirationStartTime: {t1.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3]} (UTC)")
        out.append("X-MS-Exchange-Organization-Network-Message-Id: " + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}")
        out.append(f"X-MS-Exchange-Organization-SCL: {R.choice([1, 1, 1, 5]) if not ar or 'dmarc=pass' in ar else 5}")
        out.append(f"Return-Path: {s['mailfrom']}")
    elif provider in ("ocn", "biglobe", "yahoojp", "nifty", "sonet", "fastmail", "corp"):
        t1j = t1.astimezone(JST) if provider != "fastmail" else t1.astimezone(timezone(timedelta(hours=-4)))
        t2j = t2.astimezone(JST) if provider != "fastmail" else t2.astimezone(timezone(timedelta(hours=-4)))
        host = {"ocn": f"mfilter{R.randint(100, 999)}-d.ocn.ad.jp", "biglobe": f"mtain{R.randint(1, 40):02d}.biglobe.ne.jp",
                "yahoojp": f"mta{R.randint(500, 599)}.mail.kks.yahoo.co.jp", "nifty": f"mta-snd-e{R.randint(1, 12):02d}.mail.nifty.com",
                "sonet": f"mx{R.randint(1, 9)}.so-net.ne.jp", "fastmail": f"mx{R.randint(1, 9)}.messagingengine.com",
                "corp": f"mx{R.randint(1, 3)}.hanwell-systems.co.uk"}[provider]
        out.append(f"Return-Path: <{s['mailfrom']}>")
        if provider == "fastmail":
            cn = R.randint(1, 9)
            out.append(f"Received: from compute{cn}.internal (compute{cn}.nyi.internal [10.202.2.{R.randint(40, 50)}])\n"
                       f"\t by sloti{R.randint(10, 60)}t{R.randint(1, 9)} (Cyrus 3.1.7-{R.randint(100, 900)}-g{rhex(7)}-fm-20200306.001-g{rhex(8)}) with LMTPA;\n"
                       f"\t {t2j.strftime('%a, %d %b %Y %H:%M:%S %z')}")
        else:
            out.append(f"Received: from {host} (localhost [127.0.0.1])\n\tby {host} with ESMTP id {rhex(10).upper()};\n\t{t2j.strftime('%a, %d %b %Y %H:%M:%S %z')} (JST)" if provider != "corp" else
                       f"Received: from {host} ([10.20.1.{R.randint(2, 90)}]) by exch{R.randint(1, 4)}.hanwell-systems.co.uk\n\twith Microsoft SMTP Server id 15.1.2507.{R.randint(10, 50)}; {t2.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S %z')}")
        if ar:
            out.append(ar)
        out.append(f"Received: from {s['host']} ({s['host']} [{s['ip']}])\n\tby {host} (Postfix) with ESMTPS id {rhex(12).upper()}\n\tfor <{rcpt}>; {t1j.strftime('%a, %d %b %Y %H:%M:%S %z')}" +
                   (" (JST)" if provider not in ("fastmail", "corp") else ""))
    elif provider == "none":
        pass
    out.extend(extra_lower)
    return out


# ---------------------------------------------------------------- bodies

def _enc(text, codec, cte):
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("ascii")  # 7bit (ascii or iso-2022-jp)


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable",
             codec=None, label=None, extra=None):
    codec = codec or charset
    if charset.lower() == "iso-2022-jp":
        cte = "7bit"
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(_enc(text, codec, cte))
    return p


def alt(parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or gmail_boundary())
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(parts, boundary=None, subtype="mixed"):
    m = MIMEMultipart(subtype, boundary=boundary or gmail_boundary())
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def gmail_boundary():
    return "000000000000" + rhex(16)


def javamail_boundary(dt):
    return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10000000, 999999999)}.{int(dt.timestamp() * 1000)}"


def to_html(text, style="aws"):
    """Plain text -> simple HTML the way case tools render it."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        e = htmlmod.escape(ln)
        e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
        out.append(e)
    body = "<br>\n".join(out)
    if style == "aws":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body><div style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #16191f;">\n'
                + body + "\n</div></body></html>\n")
    return '<div dir="ltr">' + body + "</div>\n"


def quote_block(text, prefix="> "):
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.split("\n"))


# ---------------------------------------------------------------- writing

MAILS = []
ID_RE = re.compile(r"aws[\s\-_]?(\d{8})(?!\d)", re.I)


def ids_of(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def addr_header(name, addr, charset=None):
    if charset:
        return Header(name, charset).encode() + f" <{addr}>"
    if name and re.search(r"[^\w\s]", name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>" if name else addr


def subj_header(subject, charset=None, enc="b"):
    if charset:
        h = Header(subject, charset, header_name="Subject")
        return h.encode()
    return subject


def build(trace_hdrs, top_hdrs, body):
    """trace_hdrs/top_hdrs: lists of 'Name: value' strings. body: MIME part."""
    b = body.as_bytes()
    return ("\n".join(trace_hdrs + top_hdrs + ["MIME-Version: 1.0"]) + "\n").encode("ascii") + b


def add(name, kind, case_id, lang, sv, new_text, raw, ids=None):
    if ids is None:
        ids = ids_of(new_text)
    MAILS.append(dict(name=name, raw=raw, label={
        "kind": kind, "case_id": case_id, "account_ids": ids,
        "sender_verified": sv, "language": lang}))


# ================================================================= the mails
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_std_headers(s, from_name, from_addr, to, subject, dt, extra=()):
    hs = [dkim_sig(s["dkim"][0][0], s["dkim"][0][1], dt),
          dkim_sig("amazonses.com", SEL_SES, dt, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")]
    hs += [f"From: {addr_header(from_name, from_addr)}", f"To: {to}", f"Subject: {subject}",
           f"Date: {fmt(dt)}", f"Message-ID: {s['msgid']}"]
    hs += list(extra)
    hs.append(f"Feedback-ID: ::1.us-east-1.{rb64(43).replace('/', 'x').replace('+', 'y')}=:AmazonSES")
    hs.append(f"X-SES-Outgoing: {dt.astimezone(UTC).strftime('%Y.%m.%d')}-{s['ip']}")
    return hs


# ---------------------------------------------------------------- thread: Daniel (form desk, 15-digit, Gmail)
DAN = "dan.okafor.dev@gmail.com"
DAN_OPEN = utc(2025, 5, 26, 9, 14, 7)
DAN_CASE = case15(DAN_OPEN, 31842)

DAN_REQ = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located both of the AWS Certification accounts that you mentioned. Before I continue, please review the details below:

Account that will remain active: AWS02947183 (dan.okafor.dev@gmail.com)
Account that will be merged into it: AWS05518806 (d.okafor@lumenpay.ng)

Please be aware that once two accounts are merged, the merge cannot be reversed. All certifications, exam history and benefits will be listed under AWS02947183 only.

If the above is correct, please reply to this email confirming that you would like us to proceed.

Kind regards,
Ruth M.
AWS Training and Certification"""


def m001():
    dt = utc(2025, 5, 28, 19, 22, 41)
    s = sender_ses(dt)
    new = f"""Hello Daniel,

Thank you for your patience while we worked on your request.

I'm pleased to let you know that your two AWS Certification accounts have now been merged. Here is a summary of what was done:

  - Account kept (primary): AWS02947183 - dan.okafor.dev@gmail.com
  - Account merged and deactivated: AWS05518806 - d.okafor@lumenpay.ng

Your certification history, exam results and active benefits from the old account have been moved across. From now on, please sign in to your AWS Certification Account with dan.okafor.dev@gmail.com only; the old login will no longer show a certification profile.

It can take up to 3 business days for the change to reach Credly. If your badges are not showing on your Credly profile after that, just reply to this email and we will look into it for you.

Best regards,

Ruth M.
AWS Training and Certification
https://aws.amazon.com/certification/"""
    quoted = f"""

-------- Original Message --------
From: Daniel Okafor <{DAN}>
Sent: 27/05/2025, 15:40
To: {FORM}
Subject: Re: RE:[CASE {DAN_CASE}] {FORM_SUBJ}

Hi Ruth,

The details are correct. Please proceed with the merge.

Thanks a lot,
Daniel

On Tue, May 27, 2025 at 9:02 AM Amazon Web Services <{FORM}> wrote:

{quote_block(DAN_REQ)}"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, DAN, f"RE:[CASE {DAN_CASE}] {FORM_SUBJ}", dt)
    add("001-merge-done-summary-form-desk.eml", "merge_completed", DAN_CASE, "en", True, new,
        build(hdrs, top, body))


def m002():
    dt = utc(2025, 5, 28, 19, 24, 5)
    s = sender_ses(dt)
    new = f"""Hello,

This is an automated message to let you know that your case {DAN_CASE} has been marked as resolved.

CASE SUMMARY
Topic: AWS Certification - account assistance
Request: Merge of AWS Certification accounts
Outcome: Completed. AWS05518806 was combined into AWS02947183, which is now your only active AWS Certification account.

Was your issue resolved?
YES  https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&r=1
NO   https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&r=0

How would you rate the service you received? It takes less than a minute:
https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&survey=csat

If you need more help with this request, reply to this email within 14 days and your case will be reopened. After 14 days, please submit a new request through the contact form.

Thank you for choosing AWS Training and Certification.

This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your case has been resolved</title></head>
<body style="margin:0;background:#f2f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS"></td></tr>
<tr><td><p>Hello,</p>
<p>This is an automated message to let you know that your case <b>{DAN_CASE}</b> has been marked as resolved.</p>
<table style="border:1px solid #d5dbdb;font-size:13px" cellpadding="6">
<tr><td colspan="2"><b>CASE SUMMARY</b></td></tr>
<tr><td>Topic</td><td>AWS Certification - account assistance</td></tr>
<tr><td>Request</td><td>Merge of AWS Certification accounts</td></tr>
<tr><td>Outcome</td><td>Completed. AWS05518806 was combined into AWS02947183, which is now your only active AWS Certification account.</td></tr>
</table>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&amp;r=1" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&amp;r=0" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the service you received? It takes less than a minute: <a href="https://pages.awscloud.com/tc-case-feedback.html?c={DAN_CASE}&amp;survey=csat">Rate your experience</a></p>
<p>If you need more help with this request, reply to this email within 14 days and your case will be reopened. After 14 days, please submit a new request through the contact form.</p>
<p>Thank you for choosing AWS Training and Certification.</p></td></tr>
<tr><td style="font-size:11px;color:#687078">This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</td></tr>
</table></td></tr></table></body></html>"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, DAN,
                          f"[CASE {DAN_CASE}] Your case has been resolved - AWS Training and Certification", dt)
    add("002-auto-resolved-notice-recap-yes-no.eml", "survey", DAN_CASE, "en", True, new, build(hdrs, top, body))


def credly_html(greeting, lines, button, link, footer_to):
    ps = "".join(f'<p style="margin:0 0 16px 0">{l}</p>\n' for l in lines)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Credly</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333;font-size:15px;line-height:22px">
<tr><td style="padding:28px 32px 0 32px"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly" /></td></tr>
<tr><td style="padding:24px 32px 8px 32px">
<p style="margin:0 0 16px 0">{greeting}</p>
{ps}<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td bgcolor="#ff6b00" style="border-radius:4px">
<a href="{link}" style="display:inline-block;padding:12px 28px;color:#ffffff;font-weight:bold;text-decoration:none">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:24px 32px 28px 32px;font-size:12px;line-height:18px;color:#777777">
This email was sent to {footer_to}. <a href="https://www.credly.com/notifications/preferences" style="color:#777777">Manage your email preferences</a><br />
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036<br />
<a href="https://www.credly.com/privacy" style="color:#777777">Privacy Policy</a> | <a href="https://www.credly.com/terms" style="color:#777777">Terms of Use</a>
</td></tr></table></td></tr></table></body></html>"""


def credly_headers(s, from_name, to, subject, dt, list_unsub=True):
    hs = [dkim_sig("credly.com", "s1", dt, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
          dkim_sig("sendgrid.info", "smtpapi", dt, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")]
    hs += [f"From: {addr_header(from_name, 'admin@credly.com')}", f"Reply-To: support@credly.com", f"To: {to}",
           f"Subject: {subject}", f"Date: {fmt(dt)}", f"Message-ID: {s['msgid']}"]
    if list_unsub:
        hs.append(f"List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe?token={rhex(40)}>")
    hs.append(f"X-SG-EID: u001.{rb64(60).replace('/', '_')}")
    hs.append(f"X-Entity-ID: u001.{rb64(22)}==")
    return hs


def m003():
    dt = utc(2025, 5, 30, 6, 51, 12)
    s = sender_credly(dt, DAN)
    uuid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    link = f"https://www.credly.com/earner/earned/badge/{uuid}?key=accept&utm_source=email&utm_medium=transactional"
    new = f"""Daniel,

AWS Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

This badge was issued to your Credly account following an update to your AWS Certification record. Accept your badge to display it on your profile and share it with your network.

Accept your badge:
{link}

Badges are verified by Credly. Issued by AWS Training and Certification on May 30, 2025.

This email was sent to {DAN}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Daniel,", [
        "AWS Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.",
        "This badge was issued to your Credly account following an update to your AWS Certification record. Accept your badge to display it on your profile and share it with your network.",
        '<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect - Associate" />',
    ], "Accept your badge", link, DAN)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")],
               boundary=rhex(60))
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = credly_headers(s, "AWS Training and Certification via Credly", DAN,
                         "Daniel, AWS Training and Certification has issued you a new badge", dt)
    add("003-credly-new-badge-after-merge.eml", "credly_badge_issued", None, "en", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Sato (Japanese form case, OCN)
SATO = "kenta.sato@ocn.ne.jp"
SATO_OPEN = utc(2025, 6, 2, 1, 37, 52)
SATO_CASE = case15(SATO_OPEN, 40177)

SATO_REQ = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の中村と申します。

お客様よりご依頼いただきましたアカウント統合の件につきまして、以下の内容で
手続きを進めさせていただく予定です。実行前に、内容に相違がないかご確認ください。

　統合元（統合後は無効となるアカウント）：AWS06612094（kenta.sato.0412@gmail.com）
　統合先（今後ご利用いただくアカウント）：AWS03380157（kenta.sato@ocn.ne.jp）

統合後は、AWS06612094 に紐づく認定資格、受験履歴および特典はすべて
AWS03380157 に移行されます。なお、一度統合したアカウントを元に戻すことは
できませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信いただき、統合の実施にご同意いただける
旨をお知らせくださいますようお願い申し上げます。

何卒よろしくお願いいたします。

中村 彩
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社"""


def m004():
    dt = utc(2025, 6, 3, 0, 48, 19)
    s = sender_ses(dt)
    new = SATO_REQ
    quoted = f"""

--- お問い合わせ内容 ---
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS03380157
Email: {SATO}
Description:
転職前の会社のメールアドレスで作成した認定アカウント（AWS06612094）と、
現在使用しているアカウントが別々になっております。
SAA と SOA をそれぞれ別のアカウントで取得しているため、1つにまとめたいです。"""
    text = new + quoted
    body = textpart(text, charset="iso-2022-jp")
    ar = ar_generic("mfilter417-d.ocn.ad.jp", s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, SATO, f"RE:[CASE {SATO_CASE}] {FORM_SUBJ}", dt)
    add("004-ja-merge-confirm-request-iso2022.eml", "merge_confirmation_requested", SATO_CASE, "ja", True, new,
        build(hdrs, top, body))


def m005():
    dt = utc(2025, 6, 3, 5, 2, 44)
    s = sender_ses(dt)
    new = """佐藤 健太 様

ご返信いただき、誠にありがとうございます。
統合内容についてご確認いただけましたので、これより統合作業に着手いたします。

作業が完了いたしましたら、改めて本ケースにてご連絡させていただきます。
通常、完了までに 1 から 3 営業日ほどお時間を頂戴しておりますので、
今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は認定アカウントへのサインインや、試験の新規予約を
お控えいただけますと幸いです。

中村 彩
AWS トレーニングと認定 カスタマーサポート"""
    quoted = f"""

-----Original Message-----
From: 佐藤 健太 <{SATO}>
Sent: 2025/06/03 12:15
To: {FORM}
Subject: Re: RE:[CASE {SATO_CASE}] {FORM_SUBJ}

中村様

お世話になっております。佐藤です。
ご連絡いただいた内容で相違ございません。統合の手続きを進めてください。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。
佐藤 健太

差出人: Amazon Web Services <{FORM}>
送信日時: 2025年6月3日 9:48
宛先: {SATO}
件名: RE:[CASE {SATO_CASE}] {FORM_SUBJ}

{quote_block(SATO_REQ)}"""
    text = new + quoted
    body = alt([textpart(text, cte="base64"), textpart(to_html(text), "html", cte="base64")],
               boundary=javamail_boundary(dt))
    ar = ar_generic("mfilter422-d.ocn.ad.jp", s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, SATO, f"RE:[CASE {SATO_CASE}] {FORM_SUBJ}", dt)
    add("005-ja-thanks-confirmed-will-proceed.eml", "support_reply", SATO_CASE, "ja", True, new,
        build(hdrs, top, body))


for _f in (m001, m002, m003, m004, m005):
    _f()


def m006():
    dt = utc(2025, 6, 4, 7, 10, 33)
    s = sender_ses(dt)
    new = """佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
中村でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの
統合作業が本日完了いたしましたので、ご報告申し上げます。

　■ 統合後にご利用いただくアカウント：AWS03380157
　■ 統合により無効化されたアカウント：aws06612094

これまで旧アカウントでお持ちだった認定資格（AWS Certified SysOps
Administrator - Associate）および受験履歴は、AWS03380157 にてご確認
いただけます。今後は kenta.sato@ocn.ne.jp にてサインインしてください。

Credly のデジタルバッジへの反映には数日ほどかかる場合がございます。
1 週間ほど経過しても反映されない場合は、本メールにご返信ください。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

中村 彩
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社"""
    quoted = f"""

2025年6月3日(火) 12:15 佐藤 健太 <{SATO}>:
> 中村様
>
> お世話になっております。佐藤です。
> ご連絡いただいた内容で相違ございません。統合の手続きを進めてください。
>
> 2025年6月3日(火) 9:48 Amazon Web Services <{FORM}>:
{quote_block(SATO_REQ, "> > ")}"""
    text = new + quoted
    body = textpart(text, charset="iso-2022-jp")
    ar = ar_generic("mfilter417-d.ocn.ad.jp", s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    subj = subj_header(f"RE:[CASE {SATO_CASE}] 【完了のご連絡】AWS 認定アカウントの統合について", "iso-2022-jp")
    top = aws_std_headers(s, "Amazon Web Services", FORM, SATO, subj, dt)
    add("006-ja-merge-complete-iso2022-subject.eml", "merge_completed", SATO_CASE, "ja", True, new,
        build(hdrs, top, body))


def m007():
    dt = utc(2025, 6, 4, 7, 12, 2)
    s = sender_ses(dt)
    fb = f"https://pages.awscloud.com/tc-case-feedback-jp.html?c={SATO_CASE}"
    new = f"""佐藤 健太 様

AWS トレーニングと認定 サポートをご利用いただき、誠にありがとうございました。
お問い合わせ（ケース ID：{SATO_CASE}）は、解決済みとしてクローズされました。

■ 対応内容
AWS 認定アカウントの統合（AWS06612094 → AWS03380157）を実施いたしました。

■ 問題は解決しましたか？
はい：{fb}&r=1
いいえ：{fb}&r=0

今後のサービス向上のため、担当者の対応について 5 段階での評価にご協力ください。
所要時間は 1 分程度です。
{fb}&survey=csat

本件について引き続きサポートが必要な場合は、14 日以内に本メールへご返信
いただくとケースが再開されます。

AWS トレーニングと認定
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定 サポートをご利用いただき、誠にありがとうございました。<br>
お問い合わせ（ケース ID：<b>{SATO_CASE}</b>）は、解決済みとしてクローズされました。</p>
<p><b>■ 対応内容</b><br>AWS 認定アカウントの統合（AWS06612094 → AWS03380157）を実施いたしました。</p>
<p><b>■ 問題は解決しましたか？</b></p>
<p><a href="{fb}&amp;r=1" style="background:#ec7211;color:#fff;padding:6px 20px;text-decoration:none">はい</a>
&nbsp;<a href="{fb}&amp;r=0" style="background:#545b64;color:#fff;padding:6px 20px;text-decoration:none">いいえ</a></p>
<p>今後のサービス向上のため、担当者の対応について 5 段階での評価にご協力ください。所要時間は 1 分程度です。<br>
<a href="{fb}&amp;survey=csat">アンケートに回答する</a></p>
<p>本件について引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p style="font-size:11px;color:#687078">AWS トレーニングと認定<br>Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</body></html>"""
    body = alt([textpart(new, cte="base64"), textpart(html, "html", cte="base64")], boundary=javamail_boundary(dt))
    ar = ar_generic("mfilter422-d.ocn.ad.jp", s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    subj = subj_header(f"[CASE {SATO_CASE}] お問い合わせはクローズされました - AWS トレーニングと認定", "utf-8")
    top = aws_std_headers(s, "Amazon Web Services", FORM, SATO, subj, dt)
    add("007-ja-case-closed-recap-survey.eml", "survey", SATO_CASE, "ja", True, new, build(hdrs, top, body))


def m008():
    dt = utc(2025, 6, 6, 2, 14, 50)
    s = sender_credly(dt, SATO)
    uuid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    link = f"https://www.credly.com/earner/earned/badge/{uuid}?key=accept&locale=ja"
    new = f"""佐藤 健太 さん

AWS Training and Certification から、新しいバッジ「AWS Certified SysOps Administrator - Associate」が発行されました。

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る：
{link}

このメールは {SATO} 宛てに送信されました。メール配信設定の変更：https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("佐藤 健太 さん", [
        "AWS Training and Certification から、新しいバッジ「<b>AWS Certified SysOps Administrator &ndash; Associate</b>」が発行されました。",
        "バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。",
    ], "バッジを受け取る", link, SATO).replace("This email was sent to", "このメールの送信先：")
    body = alt([textpart(new, cte="base64"), textpart(html, "html", cte="base64")], boundary=rhex(60))
    ar = ar_generic("mfilter419-d.ocn.ad.jp", s, dkim=[("credly.com", "pass"), ("sendgrid.info", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    subj = subj_header("佐藤 健太 さん、AWS Training and Certification から新しいバッジが届いています", "utf-8")
    top = credly_headers(s, "AWS Training and Certification via Credly", SATO, subj, dt)
    add("008-ja-credly-badge-issued.eml", "credly_badge_issued", None, "ja", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Priya (form desk, 11-digit, 2023, Outlook)
PRI = "priya.raman88@outlook.com"
PRI_CASE = "12873345901"
PRI_SUBJ = f"RE: [CASE {PRI_CASE}] {FORM_SUBJ}"


def m009():
    dt = utc(2023, 9, 12, 16, 5, 27)
    s = sender_ses(dt)
    new = f"""Hello Priya,

Thank you for your patience.

I wanted to give you an update on your merge request. I was able to complete part of it today:

- AWS07009361 has been merged into AWS01184572. Your AWS Certified Cloud Practitioner and AWS Certified Developer - Associate records are now held under AWS01184572.

Unfortunately I could not merge the third account, AWS04452218, yet. That account has an exam appointment booked with Pearson VUE for 21 September 2023, and accounts with an upcoming appointment cannot be merged until the appointment has been taken or cancelled. Please do not cancel it on our account - simply sit the exam as planned. Once the result has posted, reply to this email (this reopens the case) and we will merge AWS04452218 into AWS01184572 as well.

Best regards,

Siddharth K.
AWS Training and Certification Support"""
    quoted = f"""

From: Priya Raman <{PRI}>
Sent: Monday, September 11, 2023 8:14 PM
To: {FORM}
Subject: RE: [CASE {PRI_CASE}] {FORM_SUBJ}

Hi Siddharth,

Yes, that is correct, please merge AWS07009361 and AWS04452218 into AWS01184572 and keep my outlook address as the login.

Regards,
Priya

________________________________
From: Amazon Web Services <{FORM}>
Sent: Monday, September 11, 2023 11:52 AM
To: {PRI}
Subject: RE: [CASE {PRI_CASE}] {FORM_SUBJ}

Hello Priya,

Please confirm that you would like the following accounts merged. This cannot be undone.

Primary (kept): AWS01184572 - {PRI}
To be merged: AWS07009361 - praman@technova-solutions.in
To be merged: AWS04452218 - priya.r.cloud@gmail.com

Best regards,
Siddharth K."""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, PRI, PRI_SUBJ, dt)
    add("009-partial-merge-third-account-blocked.eml", "merge_completed", PRI_CASE, "en", True, new,
        build(hdrs, top, body))


def m010():
    dt = utc(2023, 9, 15, 16, 30, 4)
    s = sender_ses(dt)
    link = f"https://pages.awscloud.com/tc-case-feedback.html?c={PRI_CASE}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>AWS Training and Certification</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e;background:#ffffff">
<div style="max-width:600px;margin:0 auto;padding:20px">
<div style="background:#232f3e;padding:14px"><span style="color:#ffffff;font-size:18px;font-weight:bold">AWS Training and Certification</span></div>
<p>Hello,</p>
<p>We haven&#39;t heard from you for a few days, so we have set case <strong>{PRI_CASE}</strong> to <em>Resolved</em>. Your case will stay available for 14 days. If you still need help, just reply to this email and the case will be reopened with the same agent.</p>
<p><strong>Did we solve your problem?</strong></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:10px"><a href="{link}&amp;r=1" style="display:inline-block;border:1px solid #ec7211;color:#ec7211;padding:8px 24px;text-decoration:none">Yes</a></td>
<td><a href="{link}&amp;r=0" style="display:inline-block;border:1px solid #545b64;color:#545b64;padding:8px 24px;text-decoration:none">No</a></td>
</tr></table>
<p>Please also take a moment to rate your agent. Your feedback helps us improve.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <a href="{link}&amp;survey=csat">Rate this support experience</a></p>
<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</div></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    body = textpart(html, "html", cte="quoted-printable")
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, PRI,
                          f"[CASE {PRI_CASE}] Did we solve your problem?", dt)
    add("010-html-only-resolved-did-we-solve.eml", "survey", PRI_CASE, "en", True, new, build(hdrs, top, body))


def m011():
    dt = utc(2023, 9, 22, 10, 40, 51)
    s = sender_ses(dt)
    new = f"""Hello Priya,

Thank you for reopening this case, and congratulations on passing the Solutions Architect - Associate exam!

I can see that your result has now posted to AWS04452218 and there are no more appointments on that account, so nothing is blocking the last step anymore. I have passed the request to our Certification operations team to merge AWS04452218 into AWS01184572 as previously agreed - there is no need to confirm again.

Once the merge is complete we will update this case, and your new certification will appear together with the other two. This usually takes 2-3 business days.

Best regards,

Siddharth K.
AWS Training and Certification Support"""
    quoted = f"""

From: Priya Raman <{PRI}>
Sent: Friday, September 22, 2023 9:02 AM
To: {FORM}
Subject: RE: [CASE {PRI_CASE}] {FORM_SUBJ}

Hi Siddharth,

I passed the SAA-C03 yesterday and the score report is on my old account now. Can you please finish the merge of AWS04452218?

Thanks,
Priya"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, PRI, PRI_SUBJ, dt)
    add("011-reopened-passed-to-ops-will-update.eml", "support_reply", PRI_CASE, "en", True, new,
        build(hdrs, top, body))


def m012():
    dt = utc(2023, 9, 25, 14, 18, 9)
    s = sender_ses(dt)
    new = f"""Hello Priya,

Good news - the last part of your request is finished. AWS04452218 is now merged into AWS01184572, which means all three of your certifications (Cloud Practitioner, Developer - Associate and Solutions Architect - Associate) sit under a single candidate ID.

The 50% discount benefit you earned with the new certification is listed under Benefits in your AWS Certification Account.

I will keep this case open for another 3 days in case you notice anything missing; after that it will be resolved automatically.

Best regards,

Siddharth K.
AWS Training and Certification Support"""
    quoted = f"""

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Friday, September 22, 2023 12:40 PM
To: {PRI}
Subject: RE: [CASE {PRI_CASE}] {FORM_SUBJ}

Hello Priya,

Thank you for reopening this case, and congratulations on passing the Solutions Architect - Associate exam!
[...]
Once the merge is complete we will update this case, and your new certification will appear together with the other two."""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, PRI, PRI_SUBJ, dt)
    add("012-after-reopen-remaining-account-merged.eml", "merge_completed", PRI_CASE, "en", True, new,
        build(hdrs, top, body))


def m013():
    dt = utc(2023, 9, 28, 14, 20, 37)
    s = sender_ses(dt)
    sv = f"https://amazonexteu.qualtrics.com/jfe/form/SV_4Z2gYq8kTcLvA1w?caseid={PRI_CASE}&src=tc"
    new = f"""Hi Priya,

Your AWS Training and Certification case {PRI_CASE} was closed on September 28, 2023.

We'd love to hear how it went. This 3-question survey takes about a minute:
{sv}

  1. Overall, how satisfied are you with the support you received?
  2. How easy was it to get your issue handled?
  3. Anything we could have done better?

Your answers go directly to the AWS Training and Certification team and are not shared with the agent by name.

Thank you,
AWS Training and Certification

You are receiving this one-time survey because you recently contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109."""
    body = textpart(new, cte="7bit", charset="us-ascii")
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "AWS Training and Certification", "tc-feedback@amazon.com", PRI,
                          "How did we do? A quick question about your recent support case", dt)
    add("013-qualtrics-survey-after-close.eml", "survey", PRI_CASE, "en", True, new, build(hdrs, top, body))


for _f in (m006, m007, m008, m009, m010, m011, m012, m013):
    _f()


# ---------------------------------------------------------------- thread: Marco (2020, 10-digit, Fastmail)
MAR = "marco@bellini.dev"
MAR_CASE = "6402217789"


def ar_fastmail(s, dkim="pass", dmarc="pass"):
    d = s["dkim"][0][0]
    return ("Authentication-Results: mx4.messagingengine.com;\n"
            "    arc=none (no signatures found);\n"
            f"    dkim={dkim} (2048-bit rsa key sha256) header.d={d} header.i=@{d}\n"
            f"      header.b={rb64(8)} x-bits=2048 x-keytype=rsa x-algorithm=sha256\n"
            f"      x-selector={s['dkim'][0][1]};\n"
            f"    dmarc={dmarc} policy.published-domain-policy=quarantine\n"
            "      policy.applied-disposition=none policy.evaluated-disposition=none\n"
            f"      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n"
            f"      header.from={s['from_dom']};\n"
            f"    spf=pass smtp.mailfrom={s['mailfrom']}\n"
            f"      smtp.helo={s['host']}")


def m014():
    dt = utc(2020, 3, 18, 21, 7, 45)
    s = sender_ses(dt)
    new = f"""Dear Marco,

Thank you for your reply.

As requested, I have merged candidate record AWS00893152 into AWS00641827. Your transcript under AWS00641827 now lists both the AWS Certified Solutions Architect - Associate (2018) and the AWS Certified DevOps Engineer - Professional (2020), and the exam history from the old record has been carried over as well.

The old record can no longer be used to sign in to aws.training or the Certification Account. Your digital badges are issued through Acclaim; please allow 24 hours for them to be re-issued to the e-mail address on AWS00641827.

Have a great day!

Kevin
AWS Training and Certification"""
    quoted = f"""

-----Original Message-----
From: Marco Bellini [mailto:{MAR}]
Sent: Tuesday, March 17, 2020 6:55 PM
To: {FORM}
Subject: Re: RE:[CASE {MAR_CASE}] AWS Certification - Account Merge

Hi Kevin,

yes, please merge AWS00893152 (old work account) into AWS00641827. I confirm I understand it cannot be undone.

Thanks,
Marco Bellini"""
    text = new + quoted
    body = textpart(text, charset="us-ascii", cte="7bit")
    ar = ar_fastmail(s)
    hdrs = trace("fastmail", MAR, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, MAR, f"RE:[CASE {MAR_CASE}] AWS Certification - Account Merge", dt)
    add("014-2020-10digit-merged-plain-original-message.eml", "merge_completed", MAR_CASE, "en", True, new,
        build(hdrs, top, body))


def m015():
    dt = utc(2020, 3, 19, 14, 2, 10)
    s = sender_credly(dt, MAR, dom="youracclaim.com")
    uuid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    link = f"https://www.youracclaim.com/earner/earned/badge/{uuid}?key=accept"
    new = f"""Marco,

AWS Training and Certification has issued you a badge: AWS Certified DevOps Engineer - Professional.

Accept your badge to let your professional network know about your achievement. Once accepted, you can share it on LinkedIn, Twitter and Facebook, add it to your email signature, or embed it in a website.

Accept Badge: {link}

Questions? Visit https://support.youracclaim.com

You received this email because AWS Training and Certification issued you a badge through Acclaim.
Acclaim | Credly, Inc. | 1 Union Square West, Suite 506, New York, NY 10003"""
    html = credly_html("Marco,", [
        "AWS Training and Certification has issued you a badge: <b>AWS Certified DevOps Engineer &ndash; Professional</b>.",
        "Accept your badge to let your professional network know about your achievement. Once accepted, you can share it on LinkedIn, Twitter and Facebook, add it to your email signature, or embed it in a website.",
    ], "Accept Badge", link, MAR).replace("images.credly.com/images/credly-logo-orange.png", "www.youracclaim.com/assets/acclaim-logo.png").replace("alt=\"Credly\"", "alt=\"Acclaim\"")
    body = alt([textpart(new, cte="7bit", charset="us-ascii"), textpart(html, "html", cte="quoted-printable")],
               boundary=f"--==_mimepart_{rhex(13)}_{R.randint(1000, 9999)}")
    ar = ar_fastmail(s)
    hdrs = trace("fastmail", MAR, dt, s, ar)
    top = [dkim_sig("youracclaim.com", "s1", dt, h="from:to:subject:mime-version:content-type"),
           f"From: AWS Training and Certification via Acclaim <admin@youracclaim.com>", f"To: {MAR}",
           "Subject: Marco, accept your AWS Certified DevOps Engineer - Professional badge",
           f"Date: {fmt(dt)}", f"Message-ID: {s['msgid']}"]
    add("015-2020-acclaim-accept-badge.eml", "credly_badge_issued", None, "en", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Yamada (Yahoo! JAPAN, 15-digit)
YAM = "misaki.yamada@yahoo.co.jp"
YAM_OPEN = utc(2025, 4, 8, 3, 21, 9)
YAM_CASE = case15(YAM_OPEN, 6620)


def ar_yahoojp(s, dkim="pass", dmarc="pass", spf="pass"):
    return (f"Authentication-Results: mta{R.randint(500, 599)}.mail.kks.yahoo.co.jp  ; spf={spf}\n"
            f" smtp.mailfrom={s['mailfrom']}; dkim={dkim}\n"
            f" header.d={s['dkim'][0][0]}; dmarc={dmarc} header.from={s['from_dom']}")


def m016():
    dt = utc(2025, 4, 10, 8, 45, 2)
    s = sender_ses(dt)
    new = f"""山田 美咲 様

お世話になっております。
AWS トレーニングと認定 サポートの高橋でございます。

ご依頼いただいておりましたアカウント統合につきまして、作業が完了いたしました。
詳細は以下のとおりです。

① 存続アカウント：AWS-08815206（{YAM}）
② 統合済み（無効化）アカウント：AWS-02267719（m.yamada@shinsei-dx.co.jp）

統合に伴い、②でご取得の AWS Certified Cloud Practitioner は①のアカウントに
表示されるようになります。画面への反映まで 24～48 時間程度かかる場合がございます。

今後は①のメールアドレスで AWS 認定アカウントへサインインしてください。

引き続きよろしくお願い申し上げます。

高橋 直樹
AWS トレーニングと認定 カスタマーサポート"""
    quoted = f"""

2025/04/09 10:03、山田 美咲 <{YAM}>のメール:

> 高橋様
>
> ご確認ありがとうございます。
> 記載の内容（AWS-02267719 を AWS-08815206 に統合）で問題ございません。
> 手続きをお願いいたします。
>
> 山田"""
    text = new + quoted
    # Labelled Shift_JIS, actually encoded as cp932 (circled digits, fullwidth tilde)
    body = textpart(text, charset="shift_jis", codec="cp932", cte="base64", label="Shift_JIS")
    ar = ar_yahoojp(s)
    hdrs = trace("yahoojp", YAM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, YAM, f"RE:[CASE {YAM_CASE}] {FORM_SUBJ}", dt)
    add("016-ja-merge-done-shiftjis-cp932.eml", "merge_completed", YAM_CASE, "ja", True, new, build(hdrs, top, body))


def m017():
    dt = utc(2025, 4, 11, 2, 31, 40)
    s = sender_ses(dt)
    new = f"""山田 美咲 様

お世話になっております。AWS トレーニングと認定 サポートの高橋でございます。

統合後のアカウント（AWS08815206）の特典ページに、50% 割引バウチャーが
表示されていないとのご連絡をいただき、ありがとうございます。

状況を確認させていただきたく、恐れ入りますが以下の点をお知らせいただけますでしょうか。

・特典の対象となった認定資格の名称と取得日
・特典ページの画面のスクリーンショット（差し支えなければ）

いただいた情報をもとに、担当部署にて確認いたします。
お手数をおかけいたしますが、よろしくお願い申し上げます。

高橋 直樹
AWS トレーニングと認定 カスタマーサポート"""
    quoted = f"""

2025/04/10 21:12、山田 美咲 <{YAM}>のメール:

> 高橋様
>
> 統合していただきありがとうございました。資格が一つのアカウントにまとまったことを確認しました。
> ただ、以前のアカウントにあった 50% 割引のバウチャーが特典ページに見当たりません。
> 確認していただけますでしょうか。
>
> 山田"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_yahoojp(s)
    hdrs = trace("yahoojp", YAM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, YAM, f"RE:[CASE {YAM_CASE}] {FORM_SUBJ}", dt)
    add("017-ja-voucher-question-after-merge.eml", "support_reply", YAM_CASE, "ja", True, new, build(hdrs, top, body))


def m018():
    dt = utc(2025, 4, 16, 0, 5, 55)
    s = sender_ses(dt)
    link = f"https://pages.awscloud.com/tc-case-feedback-jp.html?c={YAM_CASE}"
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="margin:0;padding:0;background:#fafafa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:14px;line-height:1.7;color:#16191f">
<tr><td style="border-bottom:3px solid #ff9900"><b>AWS トレーニングと認定</b></td></tr>
<tr><td>
<p>山田 美咲 様</p>
<p>先日は AWS トレーニングと認定 サポートにお問い合わせいただき、ありがとうございました。<br>
ケース ID {YAM_CASE} の対応は終了いたしました。</p>
<p>より良いサポートをご提供するため、簡単なアンケートへのご協力をお願いしております。</p>
<p><b>今回の担当者の対応に、どの程度満足されましたか？</b></p>
<p><a href="{link}&amp;score=5">とても満足</a> ｜ <a href="{link}&amp;score=4">満足</a> ｜ <a href="{link}&amp;score=3">普通</a> ｜ <a href="{link}&amp;score=2">不満</a> ｜ <a href="{link}&amp;score=1">とても不満</a></p>
<p>回答は 1 分ほどで完了します。いただいたご意見は今後のサービス改善に活用させていただきます。</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</td></tr>
</table></td></tr></table></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    body = textpart(html, "html", cte="quoted-printable")
    ar = ar_yahoojp(s)
    hdrs = trace("yahoojp", YAM, dt, s, ar)
    subj = subj_header(f"【AWS】サポートに関するアンケートのお願い（ケース ID：{YAM_CASE}）", "utf-8")
    top = aws_std_headers(s, "AWS トレーニングと認定", "tc-feedback@amazon.com", YAM, subj, dt)
    top[2] = "From: " + Header("AWS トレーニングと認定", "utf-8").encode() + " <tc-feedback@amazon.com>"
    add("018-ja-html-only-satisfaction-survey.eml", "survey", YAM_CASE, "ja", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Tomasz (console case, Workspace)
TOM = "t.nowak@kestrel-data.pl"
TOM_OPEN = utc(2025, 2, 17, 13, 2, 55)
TOM_CASE = case15(TOM_OPEN, 617)
TOM_SUBJ = "Merge my two AWS Certification accounts"

CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and affiliates"""


def console_tail(case):
    return f"""

To see all correspondence and to rate this reply, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center."""


def m019():
    dt = utc(2025, 2, 19, 9, 31, 16)
    s = sender_ses(dt)
    new = f"""Hello Tomasz,

Thank you for waiting. The request has been carried out: the account AWS05903318 has been folded into AWS03127764, and the exam and certification history of both now appears under AWS03127764. The account AWS05903318 is closed and can no longer be used.

One question before I set this case to resolved: the surviving account still has tomasz.nowak@arvena-group.com as its notification e-mail, which you mentioned is your former employer's address. Would you like me to change the notification e-mail to {TOM}? Please just let me know in the Support Center.

Best regards,

Agnieszka W.
Amazon Web Services

{CONSOLE_FOOT}"""
    text = new + console_tail(TOM_CASE)
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, TOM, f"RE:[CASE {TOM_CASE}] {TOM_SUBJ}", dt)
    add("019-console-merged-plus-notification-email-question.eml", "merge_completed", TOM_CASE, "en", True, text,
        build(hdrs, top, body))


def m020():
    dt = utc(2025, 2, 20, 8, 12, 40)
    s = sender_ses(dt)
    new = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {TOM_CASE}
Subject: {TOM_SUBJ}

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={TOM_CASE}&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. Please do not reply to this message."""
    body = textpart(new, cte="7bit", charset="us-ascii")
    ar = ar_gmail(s)
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, TOM, f"[Case {TOM_CASE}] New correspondence added", dt)
    add("020-console-new-correspondence-notice.eml", "support_reply", TOM_CASE, "en", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Lucas (form desk, Gmail, non-native agent)
LUC = "lucas.ferreira.ti@gmail.com"
LUC_OPEN = utc(2025, 7, 7, 18, 40, 12)
LUC_CASE = case15(LUC_OPEN, 52290)


def m021():
    dt = utc(2025, 7, 10, 2, 16, 33)
    s = sender_ses(dt)
    new = f"""Dear Lucas,

Greetings from AWS Training and Certification!

Hope this mail finds you well. As per your confirmation, kindly be informed that the merging of your both certification accounts is now done successfully from our end. Please find the details of same below:

Primary Candidate ID : AWS 07624185
Secondary Candidate ID (merged) : AWS 03991402

Request you to please login with the primary account email id ({LUC}) and verify all your certifications are reflecting properly. In case of any discrepancy, do revert back on this same email thread and we will be happy to assist you further.

Thanks & Regards,
Pooja
AWS Training & Certification Customer Service"""
    quoted = f"""

On Wed, 9 Jul 2025 at 11:20, Lucas Ferreira <{LUC}> wrote:
> Hello Pooja,
> I confirm: merge aws03991402 into aws07624185. Thank you!
> Lucas
>
> On Tue, 8 Jul 2025 at 21:47, Amazon Web Services <{FORM}> wrote:
> > Dear Lucas,
> > Kindly confirm below details so we can proceed further with merge request:
> > Primary: AWS07624185
> > Secondary: AWS03991402
> > Please note merge is irreversible."""
    text = new + quoted
    body = alt([textpart(text, cte="base64"), textpart(to_html(text), "html", cte="base64")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, LUC, f"RE:[CASE {LUC_CASE}] {FORM_SUBJ}", dt)
    add("021-nonnative-merge-done-base64.eml", "merge_completed", LUC_CASE, "en", True, new, build(hdrs, top, body))


def m022():
    dt = utc(2025, 7, 9, 15, 58, 1)
    s = sender_ses(dt)
    new = f"""Dear Lucas,

Thank you for confirming the details.

We have forwarded your request to the concerned internal team and same is currently under process. Once the merge is complete we will inform you on this same email thread. Kindly note it may take 2-3 business days.

Meanwhile, we request you to not schedule any new exam with the account AWS03991402 until the process is completed.

Thanks & Regards,
Pooja
AWS Training & Certification Customer Service"""
    quoted = f"""

On Wed, 9 Jul 2025 at 11:20, Lucas Ferreira <{LUC}> wrote:
> Hello Pooja,
> I confirm: merge aws03991402 into aws07624185. Thank you!
> Lucas"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, LUC, f"RE:[CASE {LUC_CASE}] {FORM_SUBJ}", dt)
    add("022-nonnative-once-merge-complete-will-inform.eml", "support_reply", LUC_CASE, "en", True, new,
        build(hdrs, top, body))


def m023():
    dt = utc(2025, 7, 17, 13, 0, 19)
    s = sender_credly(dt, LUC)
    uuid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    link = f"https://www.credly.com/earner/earned/badge/{uuid}?key=accept&utm_campaign=pending_reminder"
    new = f"""Lucas,

You still have a badge waiting for you! AWS Training and Certification issued you the AWS Certified Developer - Associate badge on July 11, 2025, and it hasn't been accepted yet.

Accepting takes just a moment. Once accepted, your badge will appear on your Credly profile where you can share it and let employers verify your skills.

Accept your badge: {link}

This email was sent to {LUC}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Lucas,", [
        "You still have a badge waiting for you! AWS Training and Certification issued you the <b>AWS Certified Developer &ndash; Associate</b> badge on July 11, 2025, and it hasn&#39;t been accepted yet.",
        "Accepting takes just a moment. Once accepted, your badge will appear on your Credly profile where you can share it and let employers verify your skills.",
    ], "Accept your badge", link, LUC)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = credly_headers(s, "Credly", LUC, "Reminder: your AWS Training and Certification badge is waiting", dt)
    add("023-credly-pending-accept-reminder.eml", "credly_badge_issued", None, "en", True, new, build(hdrs, top, body))


for _f in (m014, m015, m016, m017, m018, m019, m020, m021, m022, m023):
    _f()


# ---------------------------------------------------------------- Credly look-alikes, other issuers, phishing
HAN = "hannah.k.schmidt@gmail.com"


def m024():
    dt = utc(2025, 8, 4, 15, 30, 2)
    s = sender_credly(dt, HAN)
    link = "https://www.credly.com/users/hannah-schmidt.8c1f2a/badges?utm_campaign=expiration_60"
    new = f"""Hannah,

Your AWS Certified Cloud Practitioner badge, issued by AWS Training and Certification, will expire on October 3, 2025.

After that date the badge will still be shown on your profile but will be marked as expired. To keep your credential active, check the issuer's recertification requirements before the expiration date.

View your badge: {link}

This email was sent to {HAN}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Hannah,", [
        "Your <b>AWS Certified Cloud Practitioner</b> badge, issued by AWS Training and Certification, will expire on <b>October 3, 2025</b>.",
        "After that date the badge will still be shown on your profile but will be marked as expired. To keep your credential active, check the issuer&#39;s recertification requirements before the expiration date.",
    ], "View your badge", link, HAN)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = credly_headers(s, "Credly", HAN, "Your AWS Certified Cloud Practitioner badge expires in 60 days", dt)
    add("024-credly-badge-expiry-reminder.eml", "unrelated", None, "en", True, new, build(hdrs, top, body))


def m025():
    dt = utc(2025, 7, 21, 19, 44, 8)
    s = sender_credly(dt, LUC)
    link = f"https://www.credly.com/account-merge/confirm?token={rhex(48)}"
    new = f"""Hi Lucas,

We received a request to merge the Credly account registered to lucas.ferreira@vortexsistemas.com.br into your account {LUC}.

Your verification code is: 482913

Enter this code on the merge screen, or select Complete Account Merge below. The code is valid for 30 minutes. Once the accounts are merged, all badges and profile information from the secondary account will be moved to your primary account and the secondary account will be closed.

Complete Account Merge: {link}

If you did not request this, you can ignore this email and no changes will be made.

The Credly Team
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Hi Lucas,", [
        f"We received a request to merge the Credly account registered to <b>lucas.ferreira@vortexsistemas.com.br</b> into your account <b>{LUC}</b>.",
        'Your verification code is: <span style="font-size:22px;font-weight:bold;letter-spacing:3px">482913</span>',
        "Enter this code on the merge screen, or select Complete Account Merge below. The code is valid for 30 minutes. Once the accounts are merged, all badges and profile information from the secondary account will be moved to your primary account and the secondary account will be closed.",
        "If you did not request this, you can ignore this email and no changes will be made.",
    ], "Complete Account Merge", link, LUC)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = credly_headers(s, "Credly", LUC, "Your Credly account merge verification code", dt, list_unsub=False)
    add("025-credly-self-service-merge-code.eml", "unrelated", None, "en", True, new, build(hdrs, top, body))


def m026():
    dt = utc(2025, 6, 10, 14, 0, 0)
    msgid = f"<{R.randint(100, 999)}.{rhex(20)}.{int(dt.timestamp())}@email.credly.com>"
    s = sender_generic(f"mta-{R.randint(10, 99)}-{R.randint(10, 99)}.email.credly.com", f"13.111.{R.randint(1, 250)}.{R.randint(1, 250)}",
                       f"bounce-{R.randint(100000, 999999)}_HTML-{R.randint(10000000, 99999999)}-{R.randint(100000, 999999)}-{R.randint(1000000, 9999999)}-1@bounce.email.credly.com",
                       [("email.credly.com", "200608"), ("s7.exacttarget.com", "s7")], "email.credly.com", msgid)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Credly Digest</title></head>
<body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-digest-header.png" width="552" alt="The Credly Digest - June 2025"></td></tr>
<tr><td style="padding:0 24px;font-size:15px;line-height:23px;color:#222">
<h2 style="font-size:22px">Your badges, working harder for you</h2>
<p>Hi Daniel,</p>
<p>Cloud skills are still the most requested credentials in job postings this quarter. Here&#39;s what&#39;s new on Credly this month:</p>
<p><b>1. Skills-based job matches.</b> Earners who accept and share their badges see up to 6x more profile views. Make sure every badge you&#39;ve earned is accepted and public.</p>
<p><b>2. Top 5 issuers in June:</b> AWS Training and Certification, IBM, Microsoft, Cisco and (ISC)&sup2;.</p>
<p><b>3. New: add badges to your LinkedIn Featured section in one click.</b></p>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/earner/dashboard?utm_source=digest&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Go to my dashboard</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You are receiving this newsletter because you have a Credly account. <a href="https://www.credly.com/notifications/unsubscribe?list=digest">Unsubscribe</a> | <a href="https://www.credly.com/privacy">Privacy</a><br>Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036</td></tr>
</table></center></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    text = """The Credly Digest - June 2025

Your badges, working harder for you

Hi Daniel,

Cloud skills are still the most requested credentials in job postings this quarter. Here's what's new on Credly this month:

1. Skills-based job matches. Earners who accept and share their badges see up to 6x more profile views. Make sure every badge you've earned is accepted and public.
2. Top 5 issuers in June: AWS Training and Certification, IBM, Microsoft, Cisco and (ISC)2.
3. New: add badges to your LinkedIn Featured section in one click.

Go to my dashboard: https://www.credly.com/earner/dashboard?utm_source=digest&utm_medium=email

Unsubscribe: https://www.credly.com/notifications/unsubscribe?list=digest"""
    body = alt([textpart(text, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")],
               boundary=f"----msg_border_{rhex(8).upper()}")
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = [dkim_sig("email.credly.com", "200608", dt, h="From:To:Subject:Date:MIME-Version:Content-Type:List-Unsubscribe:Message-ID"),
           dkim_sig("s7.exacttarget.com", "s7", dt),
           "From: Credly <news@email.credly.com>", f"To: {DAN}",
           "Subject: The Credly Digest: make your badges work harder for you", f"Date: {fmt(dt)}",
           f"Message-ID: {msgid}", "List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe?list=digest>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "x-job: 7210458_41223"]
    add("026-credly-digest-newsletter.eml", "unrelated", None, "en", True, text, build(hdrs, top, body))


def m027():
    dt = utc(2025, 6, 18, 9, 12, 33)
    msgid = f"<{rhex(24)}@accredible.com>"
    s = sender_generic(f"a{R.randint(10, 48)}-{R.randint(10, 200)}.smtp-out.amazonses.com", f"54.240.{R.randint(10, 48)}.{R.randint(10, 200)}",
                       f"{rhex(16)}-{rhex(8)}-000000@amazonses.com", [("accredible.com", "dkim1"), ("amazonses.com", SEL_SES)],
                       "accredible.com", msgid)
    link = f"https://www.credential.net/{R.randint(10000000, 99999999)}?key=view"
    new = f"""Hi Tomasz,

Congratulations! Google Cloud has issued you a new credential:

Professional Cloud Architect
Issued: June 18, 2025 - Expires: June 18, 2027

View and share your credential: {link}

Add it to your LinkedIn profile, download a PDF certificate, or share the verification link with your employer.

Google Cloud Certification
Sent via Accredible on behalf of Google Cloud"""
    html = f"""<html><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
<p>Hi Tomasz,</p><p>Congratulations! Google Cloud has issued you a new credential:</p>
<p style="font-size:18px"><b>Professional Cloud Architect</b><br><span style="color:#5f6368;font-size:13px">Issued: June 18, 2025 &middot; Expires: June 18, 2027</span></p>
<p><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">View and share credential</a></p>
<p>Add it to your LinkedIn profile, download a PDF certificate, or share the verification link with your employer.</p>
<p style="font-size:12px;color:#5f6368">Google Cloud Certification<br>Sent via Accredible on behalf of Google Cloud</p></body></html>"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=gmail_boundary())
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = [dkim_sig("accredible.com", "dkim1", dt), dkim_sig("amazonses.com", SEL_SES, dt),
           "From: Google Cloud <certificates@accredible.com>", f"To: {TOM}",
           "Subject: Tomasz, your Google Cloud credential is ready", f"Date: {fmt(dt)}", f"Message-ID: {msgid}"]
    add("027-accredible-other-issuer-credential.eml", "unrelated", None, "en", False, new, build(hdrs, top, body))


def m028():
    dt = utc(2025, 6, 7, 22, 41, 5)
    msgid = f"<{rhex(32)}@credly-badges.net>"
    s = sender_generic("mail.credly-badges.net", "185.212.44.71", "notify@credly-badges.net",
                       [("credly-badges.net", "default")], "credly-badges.net", msgid)
    link = "https://credly-badges.net/earner/accept?ref=aws-merge&u=" + rhex(20)
    new = f"""Dear Certified Professional,

Following the recent merge of your AWS Certification accounts, your AWS badges have been transferred to a new Credly wallet linked to your surviving account.

Transferred badges (3):
 - AWS Certified Solutions Architect - Associate
 - AWS Certified SysOps Administrator - Associate
 - AWS Certified Cloud Practitioner

To keep these badges you must accept the transfer within 48 hours. Badges that are not accepted will be revoked and cannot be re-issued.

ACCEPT TRANSFERRED BADGES: {link}

You will be asked to sign in with your Credly password to confirm ownership.

Credly Badge Services
on behalf of AWS Training and Certification"""
    html = to_html(new).replace(link, link)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=gmail_boundary())
    ar = ar_gmail(s, dkim=[("credly-badges.net", "pass")], spf="pass", dmarc=None)
    hdrs = trace("gmail", SATO.replace("ocn.ne.jp", "gmail.com").replace("kenta.sato", "kenta.sato.0412"), dt, s, ar)
    top = [dkim_sig("credly-badges.net", "default", dt),
           '"AWS Training and Certification via Credly" <admin@credly-badges.net>'.join(["From: ", ""]),
           "To: kenta.sato.0412@gmail.com",
           "Subject: Action required: accept your transferred AWS badges within 48 hours", f"Date: {fmt(dt)}",
           f"Message-ID: {msgid}", "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]
    add("028-phish-credly-lookalike-badges-transferred.eml", "credly_badge_issued", None, "en", False, new,
        build(hdrs, top, body))


def m029():
    dt = utc(2025, 6, 5, 3, 12, 48)
    fake_case = case15(utc(2025, 6, 1, 11, 5, 40), 88213)
    msgid = f"<{rhex(12)}.{R.randint(1000, 9999)}@srv{R.randint(10, 99)}.mx-notify-secure.com>"
    s = sender_generic(f"srv{R.randint(10, 99)}.mx-notify-secure.com", "45.141.87.19", "bounce@mx-notify-secure.com",
                       [("mx-notify-secure.com", "mail")], "amazon.com", msgid)
    new = f"""Dear Customer,

Your AWS Certification accounts AWS06612094 and AWS03380157 have been successfully merged (Case {fake_case}).

To activate your merged certification profile, you must verify your sign-in details within 24 hours. Unverified merged profiles are suspended and all certifications will be temporarily hidden from your transcript and Credly.

Verify your merged account: https://aws-certification-verify.com/merge/activate?case={fake_case}

Thank you,
AWS Training and Certification Support Team"""
    body = alt([textpart(new, cte="base64"), textpart(to_html(new), "html", cte="base64")], boundary=gmail_boundary())
    ar = ar_gmail(s, dkim=[("mx-notify-secure.com", "pass")], spf="pass", dmarc="fail", policy="QUARANTINE")
    forged = ("Authentication-Results: amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n"
              "\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")
    hdrs = trace("gmail", "kenta.sato.0412@gmail.com", dt, s, ar,
                 extra_lower=[forged, f"Received: from [10.0.0.12] (unknown [102.88.34.7])\n\tby srv21.mx-notify-secure.com (Postfix) with ESMTPSA id 4F1C21A0B2\n\tfor <kenta.sato.0412@gmail.com>; {fmt(dt)}"])
    top = [dkim_sig("mx-notify-secure.com", "mail", dt),
           f"From: AWS Training and Certification <{FORM}>", "To: kenta.sato.0412@gmail.com",
           f"Subject: RE:[CASE {fake_case}] Account merge completed - verification required",
           f"Date: {fmt(dt)}", f"Message-ID: {msgid}"]
    add("029-phish-spoofed-amazon-merge-completed-dmarc-fail.eml", "merge_completed", fake_case, "en", False, new,
        build(hdrs, top, body))


def m030():
    dt = utc(2023, 9, 29, 7, 3, 11)
    msgid = f"<{rhex(16)}@aws-supportsurvey.com>"
    s = sender_generic("mta1.aws-supportsurvey.com", "193.29.104.211", "survey@aws-supportsurvey.com",
                       [("aws-supportsurvey.com", "k1")], "aws-supportsurvey.com", msgid)
    new = f"""Hello Priya,

Your AWS Training and Certification case {PRI_CASE} (account merge) has been closed.

As a thank-you for taking part in our short satisfaction survey about this case, you will receive a USD 50 AWS Promotional Credit, applied to your account within 3 days.

Take the survey (2 minutes): https://aws-supportsurvey.com/s/{PRI_CASE}?reward=50

To receive the credit, please sign in with the AWS account email and password that you used for the merge so we can match your survey to the case.

Kind regards,
AWS Customer Feedback Team"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=f"_=_swift_{int(dt.timestamp())}_{rhex(32)}_=_")
    ar = ar_outlook(s, spf="pass", dkim="pass", dmarc="pass", action="none", compauth="pass reason=100")
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = [dkim_sig("aws-supportsurvey.com", "k1", dt),
           f'From: "AWS Support Feedback" <survey@aws-supportsurvey.com>', f"To: {PRI}",
           f"Subject: Case {PRI_CASE} closed - rate us and receive a $50 AWS credit",
           f"Date: {fmt(dt)}", f"Message-ID: {msgid}", "X-Mailer: Swift Mailer"]
    add("030-phish-lookalike-survey-gift-credit.eml", "survey", PRI_CASE, "en", False, new, build(hdrs, top, body))


def m031():
    dt = utc(2025, 6, 12, 17, 20, 0)
    msgid = f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@certmetrics.com>"
    s = sender_generic(f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.certmetrics.com", f"168.245.{R.randint(1, 120)}.{R.randint(2, 250)}",
                       f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{SATO.replace('@', '=')}@em.certmetrics.com",
                       [("certmetrics.com", "s1"), ("sendgrid.info", "smtpapi")], "certmetrics.com", msgid)
    new = f"""AWS Certification wants to hear from you

Dear Kenta Sato,

Thank you for being an AWS Certified professional. We are always looking for ways to improve the AWS Certification program and would appreciate your feedback about your recent certification experience.

Candidate ID: AWS03380157

The survey takes about 10 minutes and is anonymous. Take the survey:
https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=tc2025q2&cid={rhex(12)}

Thank you,
AWS Certification

This message was sent by the AWS Certification program through CertMetrics. Please do not reply to this email."""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_generic("mfilter419-d.ocn.ad.jp", s, dkim=[("certmetrics.com", "pass"), ("sendgrid.info", "pass")], style=1)
    hdrs = trace("ocn", SATO, dt, s, ar)
    top = [dkim_sig("certmetrics.com", "s1", dt), f"From: AWS Certification <do-not-reply@certmetrics.com>", f"To: {SATO}",
           "Subject: AWS Certification wants to hear from you", f"Date: {fmt(dt)}", f"Message-ID: {msgid}"]
    add("031-certmetrics-wants-to-hear-from-you.eml", "unrelated", None, "en", False, new, build(hdrs, top, body))


def m032():
    dt = utc(2025, 3, 6, 23, 15, 9)
    bill_case = case15(utc(2025, 3, 3, 8, 47, 21), 71105)
    s = sender_ses(dt)
    new = f"""Hello,

We haven't heard back from you regarding your case, so we've resolved it. If you still need help, you can reopen the case from the Support Center within 14 days.

Case ID: {bill_case}
Subject: Unexpected NAT Gateway charges on February invoice
Severity: General guidance
Correspondence: The charges on invoice EUINDE25-0412297 were reviewed and a credit of USD 38.72 has been applied to your account.

How did we do? Please rate this support experience so we can improve:
https://console.aws.amazon.com/support/home#/case/?displayId={bill_case}&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. Please do not reply to this message."""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, TOM,
                          f"Amazon Web Services: Your Support case {bill_case} has been resolved", dt)
    add("032-aws-billing-case-resolved-rate-us.eml", "unrelated", bill_case, "en", True, new, build(hdrs, top, body))


def m033():
    dt = utc(2025, 5, 14, 18, 2, 57)
    s = sender_ses(dt)
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported (ASIN B0CJ7RZ4QH and ASIN B0CJ7S1M2K). As they describe the same product, our catalog team has merged them. The merge is now complete and all offers are listed under ASIN B0CJ7RZ4QH. It can take up to 48 hours for the change to show on the website.

Was this helpful? Please let us know by selecting Yes or No in Case Log.

We value your feedback. Use the links in Seller Central to rate my reply.

Thank you for selling with Amazon,
Ravi K.
Amazon.com
https://sellercentral.amazon.com"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Seller Central", "seller-notification@amazon.com", DAN,
                          "RE:[CASE 5884881212] Duplicate detail pages for the same product", dt)
    add("033-seller-central-case-asin-merged.eml", "unrelated", "5884881212", "en", True, new, build(hdrs, top, body))


def m034():
    dt = utc(2025, 2, 19, 11, 48, 20)
    msgid = "<kestrel-data/infra-terraform/pull/412/issue_event/16483920117@github.com>"
    s = sender_generic("out-21.smtp.github.com", "192.30.252.204",
                       "noreply@github.com", [("github.com", "pf2023")], "github.com", msgid)
    new = f"""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-data/infra-terraform/pull/412#event-16483920117
You are receiving this because you were mentioned.

Message ID: <kestrel-data/infra-terraform/pull/412/issue_event/16483920117@github.com>"""
    html = f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kestrel-data/infra-terraform/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kestrel-data/infra-terraform/pull/412#event-16483920117">view it on GitHub</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3{rb64(40)}.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;kestrel-data/infra-terraform/pull/412/issue_event/16483920117@github.com&gt;</span></span></p>"""
    body = alt([textpart(new, cte="7bit", charset="UTF-8"), textpart(html, "html", cte="7bit", charset="UTF-8")],
               boundary=f"--==_mimepart_{rhex(13)}_{R.randint(10, 99)}")
    ar = ar_gmail(s, dkim=[("github.com", "pass")], policy="REJECT")
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = [dkim_sig("github.com", "pf2023", dt), '"Ana Silva" <notifications@github.com>'.join(["From: ", ""]),
           "Reply-To: kestrel-data/infra-terraform <reply+AB3K2J5QXQ7V@reply.github.com>", f"To: kestrel-data/infra-terraform <infra-terraform@noreply.github.com>",
           f"Cc: Tomasz Nowak <{TOM}>, Mention <mention@noreply.github.com>",
           "Subject: Re: [kestrel-data/infra-terraform] Merge the two AWS account modules into one workspace (PR #412)",
           f"Date: {fmt(dt)}", f"Message-ID: {msgid}",
           "In-Reply-To: <kestrel-data/infra-terraform/pull/412@github.com>",
           "References: <kestrel-data/infra-terraform/pull/412@github.com>",
           "List-ID: kestrel-data/infra-terraform <infra-terraform.kestrel-data.github.com>",
           "X-GitHub-Reason: mention", "X-GitHub-Sender: anasilva-kd"]
    add("034-github-pr-merged-notification.eml", "unrelated", None, "en", False, new, build(hdrs, top, body))


def m035():
    dt = utc(2023, 9, 6, 12, 40, 2)
    msgid = f"<{R.randint(100000000, 999999999)}.{R.randint(1000, 9999)}.{int(dt.timestamp() * 1000)}@vue-app{R.randint(1, 9)}.pearson.com>"
    s = sender_generic(f"mx-out{R.randint(1, 6)}.pearson.com", f"159.182.{R.randint(1, 250)}.{R.randint(1, 250)}",
                       "pearsonvueconfirmation@pearson.com", [("pearson.com", "pvue2021")], "pearson.com", msgid)
    new = """Pearson VUE Confirmation of Exam Appointment

Dear Priya Raman,

Thank you for scheduling your AWS Certification exam. Below are the details of your appointment. Please keep this email for your records.

Candidate ID: AWS04452218
Registration ID: 451187320
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
Appointment: Thursday, September 21, 2023, 10:00 AM India Standard Time
Location: Pearson Professional Centers - Bengaluru, India

Please arrive 15 minutes before your appointment and bring a valid government-issued ID. To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE"""
    body = textpart(new, cte="quoted-printable", charset="iso-8859-1")
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = [dkim_sig("pearson.com", "pvue2021", dt), "From: Pearson VUE <pearsonvueconfirmation@pearson.com>", f"To: {PRI}",
           "Subject: Pearson VUE Confirmation of Exam Appointment", f"Date: {fmt(dt)}", f"Message-ID: {msgid}"]
    add("035-pearson-vue-appointment-confirmation.eml", "unrelated", None, "en", False, new, build(hdrs, top, body))


def m036():
    dt = utc(2025, 7, 18, 8, 2, 14)
    s = sender_ses(dt, from_dom="signin.aws")
    new = """Verify your AWS Builder ID email address

Thanks for starting the sign-up process for your AWS Builder ID. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code: 718402

(This code expires 10 minutes after it was sent.)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109."""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    hdrs = [f"Received: from mx2.hanwell-systems.co.uk ([10.20.1.14]) by exch2.hanwell-systems.co.uk\n\twith Microsoft SMTP Server id 15.1.2507.39; {fmt(dt + timedelta(seconds=3))}",
            f"Received: from {s['host']} ({s['host']} [{s['ip']}])\n\tby mx2.hanwell-systems.co.uk (Postfix) with ESMTPS id 9C4D21203F\n\tfor <lucas.ferreira@hanwell-systems.co.uk>; {fmt(dt + timedelta(seconds=2))}",
            f"Return-Path: <{s['mailfrom']}>"]
    top = [dkim_sig("signin.aws", SEL_AMZ2, dt), dkim_sig("amazonses.com", SEL_SES, dt),
           "From: AWS <no-reply@signin.aws>", "To: lucas.ferreira@hanwell-systems.co.uk",
           "Subject: Verify your AWS Builder ID email address", f"Date: {fmt(dt)}", f"Message-ID: {s['msgid']}"]
    add("036-builder-id-code-no-auth-results.eml", "unrelated", None, "en", None, new, build(hdrs, top, body))


def m037():
    dt = utc(2025, 5, 22, 16, 0, 7)
    s = sender_ses(dt)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:20px"><span style="color:#fff;font-size:20px">AWS Training and Certification | May 2025</span></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<h1 style="font-size:24px">Validate your AI skills with the new AWS Certified AI Practitioner</h1>
<p>Hi Priya,</p>
<p>Get ready for the AI era: the AWS Certified AI Practitioner and AWS Certified Machine Learning Engineer &ndash; Associate exams are now generally available. Already AWS Certified? Use the 50% discount benefit in your AWS Certification Account toward your next exam.</p>
<p><b>Also this month</b><br>&bull; Updated exam guide for AWS Certified Solutions Architect &ndash; Professional<br>&bull; Free Exam Prep Plans on AWS Skill Builder<br>&bull; AWS Certified? Share your digital badge and join the AWS Certified Global Community</p>
<p><a href="https://aws.amazon.com/certification/?trk=newsletter_2505" style="background:#ff9900;color:#16191f;padding:10px 22px;text-decoration:none;font-weight:bold">Explore AWS Certification</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    body = textpart(html, "html", cte="base64")
    ar = ar_outlook(s)
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = aws_std_headers(s, "AWS Training and Certification", "aws-marketing-email-replies@amazon.com", PRI,
                          "New AWS Certifications are here - validate your AI skills", dt,
                          extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"])
    add("037-aws-tc-newsletter-html-only.eml", "unrelated", None, "en", True, new, build(hdrs, top, body))


for _f in (m024, m025, m026, m027, m028, m029, m030, m031, m032, m033, m034, m035, m036, m037):
    _f()


# ---------------------------------------------------------------- acknowledgements
def m038():
    dt = LUC_OPEN + timedelta(seconds=21)
    s = sender_ses(dt)
    new = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and opened case {LUC_CASE}. A member of our support team will review it and get back to you, in principle within 24 hours.

Your request:
Inquiry type: Certification
Detail: Account Merge
Name: Lucas Ferreira

To help us resolve your request faster, please do not open a new case for the same issue. If you need to add information, simply reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification Customer Service
https://aws.amazon.com/training/"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, LUC, f"[CASE {LUC_CASE}] {FORM_SUBJ}", dt)
    add("038-form-ack-case-opened.eml", "case_created", LUC_CASE, "en", True, new, build(hdrs, top, body))


KOB = "t-kobayashi@sf.so-net.ne.jp"
KOB_OPEN = utc(2025, 8, 19, 5, 12, 44)
KOB_CASE = case15(KOB_OPEN, 309)
KOB_SUBJ = "アカウント統合後に Credly バッジが移行されていない"


def m039():
    dt = KOB_OPEN + timedelta(seconds=9)
    s = sender_ses(dt)
    new = f"""Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {KOB_CASE} をオープンしました。

ケース ID：{KOB_CASE}
件名：{KOB_SUBJ}
重要度：一般的なガイダンス
ケースの内容：
先月、AWS 認定アカウントの統合を行っていただきましたが、Credly のデジタルバッジが
旧アカウントのメールアドレスに紐づいたままになっています。統合後のアカウントに
バッジを移していただくことは可能でしょうか。

ケースの詳細の確認や情報の追加は、サポートセンターから行うことができます：
https://console.aws.amazon.com/support/home#/case/?displayId={KOB_CASE}&language=ja

よろしくお願いいたします。
Amazon Web Services

*このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。"""
    body = alt([textpart(new, cte="base64"), textpart(to_html(new), "html", cte="base64")], boundary=javamail_boundary(dt))
    ar = ar_generic("mx3.so-net.ne.jp", s, dkim=[("amazon.com", "pass")], style=0)
    hdrs = trace("sonet", KOB, dt, s, ar)
    subj = subj_header(f"Amazon Web Services: 新しいサポートケースをオープンしました: {KOB_CASE}", "utf-8")
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, KOB, subj, dt)
    add("039-ja-console-new-case-opened.eml", "case_created", KOB_CASE, "ja", True, new, build(hdrs, top, body))


AIK = "aiko.fujimoto@kfa.biglobe.ne.jp"
AIK_OPEN = utc(2025, 9, 1, 0, 22, 10)
AIK_CASE = case15(AIK_OPEN, 14452)


def ar_biglobe(s, dkim=None, dmarc="pass"):
    return ar_generic(f"mtain{R.randint(1, 30):02d}.biglobe.ne.jp", s, dkim=dkim, dmarc=dmarc, style=1)


def m040():
    dt = AIK_OPEN + timedelta(seconds=14)
    s = sender_ses(dt)
    new = f"""藤本 愛子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {AIK_CASE} にて承りました。

担当者より、原則として 24 時間以内にご連絡いたします。
なお、同じ内容で新たにお問い合わせいただきますと、ご回答までにお時間を
いただく場合がございますので、追加の情報がございましたら本メールに
ご返信ください（件名のケース番号は変更しないでください）。

お問い合わせの種類：認定
詳細：アカウントの統合

AWS トレーニングと認定 カスタマーサポート"""
    body = textpart(new, charset="iso-2022-jp")
    ar = ar_biglobe(s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")])
    hdrs = trace("biglobe", AIK, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, AIK, f"[CASE {AIK_CASE}] {FORM_SUBJ}", dt)
    add("040-ja-form-ack-iso2022.eml", "case_created", AIK_CASE, "ja", True, new, build(hdrs, top, body))


# ---------------------------------------------------------------- thread: Hannah (console, 11-digit, 2022)
HAN_CASE = "11093554720"
HAN_SUBJ = "Combine two certification accounts"


def m041():
    dt = utc(2022, 11, 16, 13, 27, 50)
    s = sender_ses(dt)
    new = f"""Hello Hannah,

Thank you for letting us know that your badges are still showing on your old Credly profile.

The merge on the AWS Certification side carried your certifications over, but Credly keeps its own accounts, so badges do not always follow automatically. I have now raised a request with our Credly team to move the badges from hannah.schmidt@bergmann-it.de to {HAN}. They usually action these within 5 to 7 business days, and Credly will e-mail you when the badges are available to accept.

There is nothing else you need to do for now. I'll keep this case open until you confirm the badges have arrived.

Best regards,

Jonas
Amazon Web Services

{CONSOLE_FOOT}"""
    text = new + console_tail(HAN_CASE)
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, HAN, f"RE:[CASE {HAN_CASE}] {HAN_SUBJ}", dt)
    add("041-console-credly-transfer-raised-wait.eml", "support_reply", HAN_CASE, "en", True, new, build(hdrs, top, body))


def m042():
    dt = utc(2023, 9, 27, 4, 55, 31)
    s = sender_credly(dt, PRI)
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Developer &ndash; Associate",
              "AWS Certified Solutions Architect &ndash; Associate"]
    rows = "".join(f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee"><img src="https://images.credly.com/size/80x80/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="48" align="absmiddle" alt=""> &nbsp;{b}</td></tr>' for b in badges)
    link = "https://www.credly.com/earner/earned?utm_source=email&utm_campaign=bulk_issue"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Credly</title></head>
<body style="margin:0;background:#f5f5f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
<tr><td style="padding:28px 32px 0"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:24px 32px 8px">
<p>Priya,</p>
<p>AWS Training and Certification has issued you 3 badges. Your certification records were recently consolidated, so these badges are now connected to this email address.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table>
<p style="margin-top:20px">Accept your badges to add them to your profile and start sharing your achievements.</p>
<p><a href="{link}" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;font-weight:bold;text-decoration:none">Accept your badges</a></p>
</td></tr>
<tr><td style="padding:24px 32px 28px;font-size:12px;line-height:18px;color:#777">This email was sent to {PRI}. <a href="https://www.credly.com/notifications/preferences" style="color:#777">Manage your email preferences</a><br>Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036</td></tr>
</table></td></tr></table></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    body = textpart(html, "html", cte="quoted-printable")
    ar = ar_outlook(s, dkim_d="credly.com")
    hdrs = trace("outlook", PRI, dt, s, ar)
    top = credly_headers(s, "AWS Training and Certification via Credly", PRI,
                         "Priya, you have 3 new badges from AWS Training and Certification", dt)
    add("042-credly-html-only-three-badges-after-consolidation.eml", "credly_badge_issued", None, "en", True, new,
        build(hdrs, top, body))


def m043():
    dt = utc(2022, 11, 8, 10, 3, 12)
    s = sender_ses(dt)
    new = f"""Hello Hannah,

Thank you for contacting AWS Support.

I found two AWS Certification accounts in your name:

  1) AWS-06218845 - {HAN} (created 2021, holds AWS Certified Cloud Practitioner)
  2) aws01937760 - hannah.schmidt@bergmann-it.de (created 2019, holds AWS Certified Solutions Architect - Associate)

As discussed, account 1) would be kept and account 2) would be merged into it. After the merge you would sign in with {HAN} only, and all certifications would be shown under AWS-06218845.

Please note that this operation is permanent and cannot be undone. Before I submit it, could you please reply in the Support Center to confirm that the above is correct and that you would like me to proceed?

Best regards,

Jonas
Amazon Web Services

{CONSOLE_FOOT}"""
    text = new + console_tail(HAN_CASE)
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, HAN, f"RE:[CASE {HAN_CASE}] {HAN_SUBJ}", dt)
    add("043-console-confirm-which-survives-mixed-id-styles.eml", "merge_confirmation_requested", HAN_CASE, "en", True,
        new, build(hdrs, top, body))


def m044():
    dt = utc(2022, 11, 9, 6, 48, 2)
    msgid = f"<{rhex(20)}@aws-certification-support.com>"
    s = sender_generic("mail.aws-certification-support.com", "91.92.251.38", "noreply@aws-certification-support.com",
                       [("aws-certification-support.com", "s1")], "aws-certification-support.com", msgid)
    new = """Dear AWS Certified Candidate,

We detected two AWS Certification profiles registered under your name:

   Primary profile:   AWS 03315980
   Secondary profile: AWS 07702146

To avoid losing your certifications and exam vouchers, the profiles must be merged. Please confirm that we may merge the secondary profile into the primary profile by signing in below within 72 hours. If we do not receive your confirmation, both profiles will be locked.

CONFIRM MERGE: https://aws-certification-support.com/confirm-merge?id=7702146

Regards,
AWS Training & Certification Account Team"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=gmail_boundary())
    ar = ar_gmail(s, dkim=[("aws-certification-support.com", "pass")], spf="pass", dmarc=None)
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = [dkim_sig("aws-certification-support.com", "s1", dt),
           "From: AWS Training & Certification <noreply@aws-certification-support.com>", f"To: {HAN}",
           "Subject: Action needed: confirm the merge of your AWS Certification profiles", f"Date: {fmt(dt)}",
           f"Message-ID: {msgid}"]
    add("044-phish-lookalike-confirm-merge.eml", "merge_confirmation_requested", None, "en", False, new,
        build(hdrs, top, body))


def m045():
    dt = utc(2025, 9, 4, 6, 30, 18)
    s = sender_ses(dt)
    new = f"""藤本 愛子 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
いつもお世話になっております。

先日ご同意をいただきました認定アカウントの統合につきまして、本日作業を
完了いたしました。今後は AWS 07240315 のアカウントのみをご利用ください。
AWS 05581129 に登録されていた AWS Certified Data Engineer - Associate の
認定情報は、統合後のアカウントに引き継がれております。

ご依頼いただいた内容はすべて対応が完了いたしましたので、本件はこれにて
クローズとさせていただきます。後ほど、サポート品質向上のためのアンケートを
お送りいたしますので、ご協力いただけますと幸いです。

このたびはお問い合わせいただき、誠にありがとうございました。

佐々木 恵
AWS トレーニングと認定 カスタマーサポート"""
    quoted = f"""

----- Original Message -----
From: 藤本 愛子 <{AIK}>
To: {FORM}
Date: 2025/09/03 (水) 08:41
Subject: Re: RE:[CASE {AIK_CASE}] {FORM_SUBJ}

佐々木様

お世話になっております。藤本です。
統合元 AWS05581129、統合先 AWS07240315 で間違いございません。
統合の手続きをお願いいたします。

藤本 愛子"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_biglobe(s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")])
    hdrs = trace("biglobe", AIK, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, AIK, f"RE:[CASE {AIK_CASE}] {FORM_SUBJ}", dt)
    add("045-ja-merge-done-and-closing-case.eml", "merge_completed", AIK_CASE, "ja", True, new, build(hdrs, top, body))


def m046():
    dt = utc(2025, 9, 4, 6, 33, 40)
    s = sender_ses(dt)
    fb = f"https://pages.awscloud.com/tc-case-feedback-jp.html?c={AIK_CASE}"
    new = f"""藤本 愛子 様

お問い合わせ（ケース {AIK_CASE}）は解決済みとなりました。

【対応の概要】
お客様の AWS 認定アカウント AWS05581129 を AWS07240315 に統合しました。
統合後のアカウントで認定資格および受験履歴をご確認いただけます。

【アンケートのお願い】
今回のお問い合わせで問題は解決しましたか？
　はい　　：{fb}&r=1
　いいえ　：{fb}&r=0

担当者の対応を 5 段階で評価してください：
{fb}&survey=csat

追加のご質問がある場合は、14 日以内にこのメールへ返信するとケースを再開できます。

AWS トレーニングと認定"""
    body = textpart(new, charset="iso-2022-jp")
    ar = ar_biglobe(s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")])
    hdrs = trace("biglobe", AIK, dt, s, ar)
    subj = subj_header(f"[CASE {AIK_CASE}] 【解決済み】お問い合わせ対応完了のお知らせとアンケートのお願い", "iso-2022-jp")
    top = aws_std_headers(s, "Amazon Web Services", FORM, AIK, subj, dt)
    add("046-ja-auto-closure-recap-iso2022.eml", "survey", AIK_CASE, "ja", True, new, build(hdrs, top, body))


def m047():
    dt = utc(2022, 11, 10, 15, 44, 8)
    s = sender_ses(dt)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={HAN_CASE}&language=en"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #16191f;">
<p>Hello Hannah,</p>
<p>Thanks for confirming. I submitted the request straight away and it has gone through: <b>aws01937760</b> no longer exists as a separate account, and its Solutions Architect &ndash; Associate certification now sits next to your Cloud Practitioner under <b>AWS-06218845</b>.</p>
<p>Next time you sign in with {HAN} you should see both certifications and the full exam history. Credly badges are handled separately and may take a few days to follow.</p>
<p>Best regards,<br><br>Jonas<br>Amazon Web Services</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p>Amazon Web Services, Inc. and affiliates</p>
<hr>
<p>To see all correspondence and to rate this reply, please visit: <a href="{link}">{link}</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.<br>To respond to this case, please follow the link above to respond from your AWS Support Center.</p>
</div></body></html>"""
    new = re.sub(r"<[^>]+>", " ", html)
    body = textpart(html, "html", cte="quoted-printable")
    ar = ar_gmail(s)
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, HAN, f"RE:[CASE {HAN_CASE}] {HAN_SUBJ}", dt)
    add("047-console-html-only-merged-thanks-for-confirming.eml", "merge_completed", HAN_CASE, "en", True, new,
        build(hdrs, top, body))


def m048():
    dt = utc(2022, 11, 24, 15, 50, 30)
    s = sender_ses(dt)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={HAN_CASE}&language=en"
    new = f"""Hello,

Your AWS Support case {HAN_CASE} has been resolved.

Case ID: {HAN_CASE}
Subject: {HAN_SUBJ}

Was your issue resolved?

YES: {link}&resolved=yes
NO: {link}&resolved=no

If you need further assistance, you can reopen this case from the AWS Support Center within 14 days.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. Please do not reply to this message."""
    body = alt([textpart(new, cte="7bit", charset="UTF-8"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, HAN,
                          f"Amazon Web Services: Your Support case {HAN_CASE} has been resolved", dt)
    add("048-console-case-resolved-yes-no.eml", "survey", HAN_CASE, "en", True, new, build(hdrs, top, body))


def m049():
    dt = utc(2025, 2, 21, 10, 5, 12)
    s = sender_ses(dt)
    new = f"""Hello Tomasz,

Thank you for your reply. I have updated the notification e-mail of your certification account to {TOM} as requested.

About the AWS Certified Security - Specialty that you say is missing: I checked your account AWS03127764 and it currently lists four active certifications, including Security - Specialty (earned 2023-06-14). It is possible that your browser is still showing a cached version of the page.

Could you please sign out, clear your browser cache, sign in again and let me know whether it appears now? If it is still missing, a screenshot of the Certifications page would help me investigate further.

Best regards,

Agnieszka W.
Amazon Web Services

{CONSOLE_FOOT}"""
    text = new + console_tail(TOM_CASE)
    body = alt([textpart(text, cte="quoted-printable"), textpart(to_html(text), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, TOM, f"RE:[CASE {TOM_CASE}] {TOM_SUBJ}", dt)
    add("049-console-missing-cert-asks-screenshot.eml", "support_reply", TOM_CASE, "en", True, new, build(hdrs, top, body))


OLI = "oliver.grant@hanwell-systems.co.uk"
OLI_CASE = "10482219376"


def m050():
    dt = utc(2021, 6, 30, 12, 14, 55)
    s = sender_ses(dt)
    new = f"""Hi Oliver,

Many thanks for getting back to us so quickly.

That's all sorted now. Your records have been consolidated under AWS08452231, so your Developer - Associate and your new DevOps Engineer - Professional certifications sit in one place, with the complete exam history. The profile that was created with your personal address (AWS01367904) has been retired.

Your recertification dates haven't changed, and the DevOps Engineer - Professional recertifies the Developer - Associate automatically.

Kind regards,
Emily
AWS Training and Certification"""
    quoted = f"""

From: Oliver Grant <{OLI}>
Sent: 30 June 2021 09:02
To: Amazon Web Services <{FORM}>
Subject: RE: [CASE {OLI_CASE}] AWS Certification - account merge request

Hi Emily,

Yes, please go ahead - keep AWS08452231 (work address).

Oliver

> -----Original Message-----
> From: Amazon Web Services <{FORM}>
> Sent: 29 June 2021 18:40
> To: Oliver Grant <{OLI}>
> Subject: RE: [CASE {OLI_CASE}] AWS Certification - account merge request
>
> Hi Oliver,
>
> Could you confirm that AWS01367904 should be merged into AWS08452231?
> > Hello, I have two AWS certification accounts, AWS01367904 and
> > AWS08452231, and would like them merged into one.
>
> Kind regards,
> Emily"""
    text = new + quoted
    body = alt([textpart(text, cte="quoted-printable", charset="iso-8859-1"),
                textpart(to_html(text), "html", cte="quoted-printable", charset="iso-8859-1")],
               boundary=javamail_boundary(dt))
    ar = ar_generic("mx1.hanwell-systems.co.uk", s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")], style=1)
    hdrs = trace("corp", OLI, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, OLI, f"RE: [CASE {OLI_CASE}] AWS Certification - account merge request", dt)
    add("050-corp-consolidated-retired-nested-quotes.eml", "merge_completed", OLI_CASE, "en", True, new,
        build(hdrs, top, body))


for _f in (m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048, m049, m050):
    _f()


def m051():
    dt = utc(2025, 9, 6, 1, 18, 27)
    s = sender_credly(dt, AIK)
    uuid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    link = f"https://www.credly.com/earner/earned/badge/{uuid}?key=accept"
    new = f"""Aiko,

Your badge is ready to accept! AWS Training and Certification has issued you the AWS Certified Data Engineer - Associate badge.

Claim it now to add it to your Credly profile. From there you can share it on LinkedIn, add it to your resume and let employers verify your skills in one click.

Accept your badge: {link}

This email was sent to {AIK}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Aiko,", [
        "Your badge is ready to accept! AWS Training and Certification has issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.",
        "Claim it now to add it to your Credly profile. From there you can share it on LinkedIn, add it to your resume and let employers verify your skills in one click.",
    ], "Accept your badge", link, AIK)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_biglobe(s, dkim=[("credly.com", "pass"), ("sendgrid.info", "pass")])
    hdrs = trace("biglobe", AIK, dt, s, ar)
    top = credly_headers(s, "AWS Training and Certification via Credly", AIK,
                         "Your AWS Certified Data Engineer - Associate badge is ready to accept", dt)
    add("051-credly-badge-ready-to-accept-biglobe.eml", "credly_badge_issued", None, "en", True, new, build(hdrs, top, body))


def m052():
    dt = utc(2025, 9, 1, 15, 0, 41)
    s = sender_credly(dt, HAN)
    new = f"""Hannah,

Here's how your badges performed in August:

  Profile views: 14
  Badge views: 23
  Most viewed: AWS Certified Solutions Architect - Associate (issued by AWS Training and Certification)
  Shares: 1

Employers and recruiters verify badges directly on Credly. Keep your profile up to date by adding skills and making sure all your badges are public.

See your full stats: https://www.credly.com/earner/insights?utm_campaign=monthly_stats

This email was sent to {HAN}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Hannah,", [
        "Here&#39;s how your badges performed in August:",
        "Profile views: <b>14</b><br />Badge views: <b>23</b><br />Most viewed: <b>AWS Certified Solutions Architect &ndash; Associate</b> (issued by AWS Training and Certification)<br />Shares: <b>1</b>",
        "Employers and recruiters verify badges directly on Credly. Keep your profile up to date by adding skills and making sure all your badges are public.",
    ], "See your full stats", "https://www.credly.com/earner/insights?utm_campaign=monthly_stats", HAN)
    body = alt([textpart(new, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable")], boundary=rhex(60))
    ar = ar_gmail(s, policy="NONE")
    hdrs = trace("gmail", HAN, dt, s, ar)
    top = credly_headers(s, "Credly", HAN, "Your badges were viewed 23 times in August", dt)
    add("052-credly-monthly-badge-stats.eml", "unrelated", None, "en", True, new, build(hdrs, top, body))


def m053():
    dt = utc(2025, 8, 20, 2, 40, 3)
    s = sender_ses(dt)
    new = f"""小林 拓也 様

お問い合わせいただき、ありがとうございます。
AWS サポートの村上でございます。

統合後の AWS 認定アカウント（AWS01876543）の記録を確認いたしましたところ、
認定資格は正しく統合されていることを確認いたしました。Credly のバッジにつきましては、
Credly 側のアカウントが別になっているため、こちらから移行の依頼を行う必要がございます。

恐れ入りますが、移行手続きのため、以下の情報をサポートセンターよりお知らせいただけますでしょうか。

1. 現在バッジが表示されている Credly アカウントのメールアドレス
2. バッジの移行先としてご希望の Credly アカウントのメールアドレス

情報をいただき次第、Credly の担当チームへ依頼いたします。
どうぞよろしくお願いいたします。

村上 亮
Amazon Web Services

ご意見をお聞かせください。このメッセージの下にある AWS サポートセンターのリンクから、本回答の評価にご協力ください。"""
    text = new + f"""

すべてのやり取りの確認と本回答の評価は、こちらから行えます：https://console.aws.amazon.com/support/home#/case/?displayId={KOB_CASE}&language=ja

*このメールは送信専用のアドレスから送信されています。
このケースに返信する場合は、上記のリンクから AWS サポートセンターにアクセスしてください。"""
    body = textpart(text, charset="iso-2022-jp")
    ar = ar_generic("mx3.so-net.ne.jp", s, dkim=[("amazon.com", "pass")], dmarc=None, style=0)
    hdrs = trace("sonet", KOB, dt, s, ar)
    subj = subj_header(f"RE:[CASE {KOB_CASE}] {KOB_SUBJ}", "iso-2022-jp")
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, KOB, subj, dt)
    add("053-ja-console-asks-credly-emails-no-dmarc.eml", "support_reply", KOB_CASE, "ja", True, new, build(hdrs, top, body))


def m054():
    dt = utc(2025, 9, 12, 5, 47, 36)
    s = sender_ses(dt)
    new = f"""藤本 愛子 様

いつもお世話になっております。AWS トレーニングと認定 サポートの佐々木です。

ケースを再開してご連絡いただいた件につきまして、ご報告いたします。
ご指摘いただいた 3 つ目のアカウント（AWS09130466、学生時代のメールアドレスで
作成されたもの）についても、AWS07240315 への統合が完了いたしました。

これにより、藤本様の認定資格はすべて AWS07240315 にまとまりました。
AWS Certified Cloud Practitioner の認定証明書は、統合後のアカウントから
再ダウンロードいただけます。

ご不明な点がございましたら、本メールにご返信ください。

佐々木 恵
AWS トレーニングと認定 カスタマーサポート"""
    quoted = f"""

On 2025/09/10 22:15, 藤本 愛子 wrote:
> 佐々木様
>
> 先日は統合いただきありがとうございました。
> 大学在学中に作成したアカウントがもう一つあることに気付きました（AWS09130466）。
> こちらも AWS07240315 に統合していただくことは可能でしょうか。
> 内容に相違はありませんので、そのまま統合をお願いいたします。
>
> 藤本"""
    text = new + quoted
    body = textpart(text, charset="shift_jis", cte="base64")
    ar = ar_biglobe(s, dkim=[("amazon.com", "pass"), ("amazonses.com", "pass")])
    hdrs = trace("biglobe", AIK, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, AIK, f"RE:[CASE {AIK_CASE}] {FORM_SUBJ}", dt)
    add("054-ja-reopened-third-account-merged-sjis.eml", "merge_completed", AIK_CASE, "ja", True, new, build(hdrs, top, body))


def m055():
    dt = utc(2025, 7, 14, 16, 2, 10)
    s = sender_ses(dt)
    sv = f"https://amazonexteu.qualtrics.com/jfe/form/SV_4Z2gYq8kTcLvA1w?caseid={LUC_CASE}&src=tc&rem=1"
    new = f"""Hi Lucas,

A few days ago we asked for your thoughts on your recent AWS Training and Certification support case ({LUC_CASE}). If you haven't had a chance yet, we'd still love to hear from you - it only takes a minute.

Rate your experience: {sv}

This is the only reminder we will send about this case.

Thank you,
AWS Training and Certification

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109."""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("gmail", LUC, dt, s, ar)
    top = aws_std_headers(s, "AWS Training and Certification", "tc-feedback@amazon.com", LUC,
                          "Reminder: we'd still like your feedback", dt)
    add("055-survey-reminder-one-minute.eml", "survey", LUC_CASE, "en", True, new, build(hdrs, top, body))


def m056():
    dt = utc(2025, 3, 12, 20, 8, 45)
    q_case = case15(utc(2025, 3, 11, 9, 30, 2), 50813)
    s = sender_ses(dt)
    new = f"""Hello,

We're writing to let you know that the service quota increase requested in case {q_case} has been approved and applied in the EU (Frankfurt) region.

Service: Amazon EC2
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New value: 256 vCPUs

It can take up to 30 minutes for the new quota to take effect. As your request has been fulfilled, this case has been resolved. If you need additional help, you can reopen the case from the Support Center.

To see all correspondence and rate this reply, visit: https://console.aws.amazon.com/support/home#/case/?displayId={q_case}&language=en

Sincerely,
Amazon Web Services"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ar_gmail(s)
    hdrs = trace("workspace", TOM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", NOREPLY, TOM,
                          f"RE:[CASE {q_case}] Limit Increase: EC2 Instances", dt)
    add("056-aws-quota-increase-case-resolved.eml", "unrelated", q_case, "en", True, new, build(hdrs, top, body))


def m057():
    dt = utc(2025, 6, 2, 23, 51, 17)
    s = sender_ses(dt, from_dom="amazon.com")
    s["dkim"] = [("amazonses.com", SEL_SES)]
    new = """Dear AWS customer,

We were unable to process the payment for your latest AWS invoice. As a result, your AWS account and all associated services, including AWS Certification and AWS Skill Builder access, have been temporarily suspended.

To restore access, update your payment information within 24 hours:
https://aws-billing-restore.com/console/billing/update

If no action is taken, your resources will be permanently deleted.

Regards,
AWS Billing Team"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=gmail_boundary())
    ar = ar_gmail(s, dkim=[("amazonses.com", "pass")], spf="pass", dmarc="fail")
    hdrs = trace("gmail", DAN, dt, s, ar)
    top = [dkim_sig("amazonses.com", SEL_SES, dt), "From: AWS Billing <no-reply-aws@amazon.com>", f"To: {DAN}",
           "Subject: Your AWS account has been suspended - action required", f"Date: {fmt(dt)}",
           f"Message-ID: {s['msgid']}"]
    add("057-phish-ses-abuse-account-suspended-dmarc-fail.eml", "unrelated", None, "en", False, new, build(hdrs, top, body))


AHM = "ahmed.alfarsi@hotmail.com"
AHM_OPEN = utc(2025, 10, 6, 7, 55, 31)
AHM_CASE = case15(AHM_OPEN, 21077)


def m058():
    dt = utc(2025, 10, 8, 11, 3, 40)
    s = sender_ses(dt)
    new = f"""Dear Ahmed,

Thank you for your patience on this matter — I’m glad to share that the account merge you requested is finalized.

Your certifications from AWS05012384 are now showing under your main candidate ID AWS02290817, which is the one linked to {AHM}. The account AWS05012384 was deactivated as part of the merge and can’t be used to sign in anymore.

A small request: kindly don’t create a new AWS Certification account with your old e‑mail in future, as this would create a duplicate profile again.

Best wishes,
Mohammed S.
AWS Training & Certification Support"""
    quoted = f"""

From: Ahmed Al-Farsi <{AHM}>
Sent: Tuesday, October 7, 2025 21:15
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {AHM_CASE}] {FORM_SUBJ}

Hi Mohammed,
Yes I confirm, please keep AWS02290817 and merge the other one.
Ahmed"""
    text = new + quoted
    # Mislabelled: bytes are UTF-8, header says windows-1252
    body = alt([textpart(text, cte="quoted-printable", codec="utf-8", label="windows-1252"),
                textpart(to_html(text).replace("charset=utf-8", "charset=windows-1252"), "html",
                         cte="quoted-printable", codec="utf-8", label="windows-1252")],
               boundary=javamail_boundary(dt))
    ar = ar_outlook(s)
    hdrs = trace("outlook", AHM, dt, s, ar)
    top = aws_std_headers(s, "Amazon Web Services", FORM, AHM, f"RE:[CASE {AHM_CASE}] {FORM_SUBJ}", dt)
    add("058-merge-finalized-wrong-charset-label.eml", "merge_completed", AHM_CASE, "en", True, new, build(hdrs, top, body))


SOF = "sofia.marin@proton.me"
SOF_OPEN = utc(2025, 3, 10, 14, 22, 5)
SOF_CASE = case15(SOF_OPEN, 2398)


def m059():
    dt = utc(2025, 3, 24, 14, 25, 51)
    s = sender_ses(dt)
    fb = f"https://pages.awscloud.com/tc-case-feedback.html?c={SOF_CASE}"
    new = f"""Hello Sofia,

We have not received a reply from you since March 17, so your case {SOF_CASE} has now been closed automatically.

Summary of your case: you asked us to merge your AWS Certification accounts AWS04471906 and AWS06603857. We sent you the merge details for confirmation, but without your confirmation no changes were made to either account.

If you still want the accounts merged, reply to this email within 14 days to reopen the case.

Was your issue resolved?  YES: {fb}&r=1   NO: {fb}&r=0
Tell us how we did: {fb}&survey=csat

AWS Training and Certification"""
    body = alt([textpart(new, cte="quoted-printable"), textpart(to_html(new), "html", cte="quoted-printable")],
               boundary=javamail_boundary(dt))
    ar = ("Authentication-Results: mail.protonmail.ch; dkim=pass (Good 2048 bit\n"
          f"    rsa-sha256 signature) header.d=amazon.com header.a=rsa-sha256;\n"
          f"    dkim=pass (Good 2048 bit rsa-sha256 signature) header.d=amazonses.com\n"
          f"    header.a=rsa-sha256\n"
          "Authentication-Results: mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n"
          " header.from=amazon.com\n"
          f"Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com")
    t = dt + timedelta(seconds=2)
    hdrs = [f"Return-Path: <{s['mailfrom']}>", "X-Original-To: " + SOF, f"Delivered-To: {SOF}", ar,
            f"Received: from {s['host']} ({s['host']} [{s['ip']}]) (using TLSv1.3 with cipher\n"
            f" TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)\n"
            f" server-digest SHA256) (No client certificate requested) by mailin0{R.randint(10, 99)}.protonmail.ch\n"
            f" (Postfix) with ESMTPS id 4Z{ralnum(10).upper()} for <{SOF}>; {fmt(t)}",
            "X-Pm-Spam-Action: inbox"]
    top = aws_std_headers(s, "Amazon Web Services", FORM, SOF, f"[CASE {SOF_CASE}] Your case has been closed", dt)
    add("059-auto-closed-no-reply-merge-not-done.eml", "survey", SOF_CASE, "en", True, new, build(hdrs, top, body))


def m060():
    dt = utc(2025, 10, 9, 22, 37, 4)
    s = sender_credly(dt, AHM)
    link = "https://www.credly.com/earner/earned?utm_source=email&utm_campaign=badge_transfer"
    new = f"""Hi Ahmed,

Good news: the badges issued to you by AWS Training and Certification have been moved to this Credly account ({AHM}) after your AWS Certification records were merged.

Moved to your account:
  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate

Review the badges and accept them to show them on your public profile.

Review and accept: {link}

This email was sent to {AHM}. Manage your email preferences: https://www.credly.com/notifications/preferences
Credly, Inc. | 3 Bryant Park, 1095 Avenue of the Americas, 15th Floor, New York, NY 10036"""
    html = credly_html("Hi Ahmed,", [
        f"Good news: the badges issued to you by AWS Training and Certification have been moved to this Credly account ({AHM}) after your AWS Certification records were merged.",
        "Moved to your account:<br />&bull; AWS Certified Cloud Practitioner<br />&bull; AWS Certified Solutions Architect &ndash; Associate",
        "Review the badges and accept them to show them on your public profile.",
    ], "Review and accept", link, AHM)
    body = alt([textpart(new, cte="base64"), textpart(html, "html", cte="base64")], boundary=rhex(60))
    ar = ar_outlook(s, dkim_d="credly.com")
    hdrs = trace("outlook", AHM, dt, s, ar)
    top = credly_headers(s, "Credly", AHM, "Your AWS Training and Certification badges have been moved to your account", dt)
    add("060-credly-badges-moved-after-merge.eml", "credly_badge_issued", None, "en", True, new, build(hdrs, top, body))


for _f in (m051, m052, m053, m054, m055, m056, m057, m058, m059, m060):
    _f()

# ==== END MAILS ====


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    names = set()
    for m in MAILS:
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        with open(os.path.join(OUT, m["name"]), "wb") as fh:
            fh.write(m["raw"])
        labels[m["name"]] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=1, ensure_ascii=False)
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()
