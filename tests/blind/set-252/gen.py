#!/usr/bin/env python3
"""Generator for blind set 252: paraphrased English AWS Certification
account-merge mail (plus look-alikes).  Writes NNN-*.eml and labels.json
next to this script.  Deterministic (seeded)."""
import base64
import datetime as dt
import glob
import html
import json
import os
import quopri
import random
import re
from email import charset as ecs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(252033)
LABELS = {}
COUNT = [0]
PT = ZoneInfo("America/Los_Angeles")
for _f in glob.glob(os.path.join(OUT, "*.eml")):
    os.remove(_f)
JST = ZoneInfo("Asia/Tokyo")

# --------------------------------------------------------------- basics


def utc(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc)


def ts(t):
    return int(t.timestamp())


def case15(t, tail):
    return f"{ts(t)}{tail:05d}"


def later(t, **kw):
    return t + dt.timedelta(**kw)


def rfc(t, tz=dt.timezone.utc):
    return format_datetime(t.astimezone(tz))


def rfc_pt(t):
    z = t.astimezone(PT)
    return format_datetime(z) + f" ({z.tzname()})"


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def fold_b64(s, first=60, width=72, sep="\n\t "):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return sep.join(out)


def ses_local(t):
    ms = int(t.timestamp() * 1000)
    return (f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-"
            f"{rhex(12)}-000000")


SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
AMZ_SEL = "rjs5axbrjz3mgjmnvgyo6cj4mt3dpldp"
AMZ_SEL_OLD = "224i4yxa5dv7c2xz3womw6peuasteono"
def ses_sel(t):
    return SES_SEL if t.year >= 2022 else AMZ_SEL_OLD


SES_HOSTS = [("a8-93.smtp-out.amazonses.com", "54.240.8.93"),
             ("a48-112.smtp-out.amazonses.com", "54.240.48.112"),
             ("a27-45.smtp-out.us-west-2.amazonses.com", "54.240.27.45"),
             ("a8-41.smtp-out.amazonses.com", "54.240.8.41"),
             ("a11-79.smtp-out.amazonses.com", "54.240.11.79")]


def dkim(d, s, t, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
         canon="relaxed/simple"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={canon};\n\ts={s}; d={d}; "
            f"t={ts(t)};\n\th={h};\n\tbh={rb64(32)};\n\tb="
            + fold_b64(rb64(256)))


def subj(s, cs="utf-8", q=False, maxlen=76):
    """Subject header value: plain if ASCII, else RFC 2047 words folded."""
    try:
        s.encode("ascii")
        return fold_ascii(s)
    except UnicodeEncodeError:
        c = ecs.Charset(cs)
        if cs.lower() in ("shift_jis", "euc-jp"):
            c.output_charset = c.output_codec = cs.lower()
            c.header_encoding = ecs.BASE64
        if q:
            c.header_encoding = ecs.QP
        return Header(s, c, header_name="Subject").encode(
            linesep="\n", maxlinelen=maxlen)


def fold_ascii(s, width=76, first=67):
    words = s.split(" ")
    lines, cur, lim = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, lim = w, width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs)


# --------------------------------------------------------------- MIME parts

def tpart(text, sub="plain", cs="utf-8", cte="qp", label=None):
    data = text.encode(cs)
    p = MIMENonMultipart("text", sub)
    p.set_param("charset", label or cs)
    del p["MIME-Version"]
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    else:  # 7bit / 8bit: raw bytes kept through surrogateescape
        payload = data.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None, sub="mixed"):
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def java_boundary(t):
    return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp()*1000)}"


def gmail_boundary():
    return "000000000000" + rhex(16)


def ol_boundary():
    return "_000_" + ralnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"


# --------------------------------------------------------------- HTML

def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px '
                       'solid #ccc;padding-left:1ex">' + paras_html(inner)
                       + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines)
                       + "</p>")
    return "\n".join(out)


def aws_html(text, title="Amazon Web Services", footer=""):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="80"></td></tr>
<tr><td style="padding:20px;line-height:1.5">
{paras_html(text)}
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded">{footer or 'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210'}</td></tr>
</table></td></tr></table></body></html>
"""


def simple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body><div dir="ltr">\n' + paras_html(text)
            + "\n</div></body></html>\n")


# --------------------------------------------------------------- quoting

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip()
                     for l in text.strip("\n").split("\n"))


def gmail_quote(t, name, a, text, tz=dt.timezone.utc):
    z = t.astimezone(tz)
    d = z.strftime("%a, %b ") + str(z.day) + z.strftime(", %Y at ") + \
        z.strftime("%I:%M %p").lstrip("0")
    return f"On {d} {name} <{a}> wrote:\n" + q(text)


def outlook_quote(frm, t, to, subject, text, tz=dt.timezone.utc):
    z = t.astimezone(tz)
    sent = z.strftime("%A, %B ") + str(z.day) + z.strftime(", %Y ") + \
        z.strftime("%I:%M %p").lstrip("0")
    return ("________________________________\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n"
            + text.strip("\n"))


def original_quote(frm, t, to, subject, text):
    return ("-----Original Message-----\n"
            f"From: {frm}\nSent: {rfc(t)}\nTo: {to}\nSubject: {subject}\n\n"
            + text.strip("\n"))


def jp_quote(t, name, a, text):
    z = t.astimezone(JST)
    wd = "月火水木金土日"[z.weekday()]
    return (f"{z.year}年{z.month}月{z.day}日({wd}) {z.hour}:{z.minute:02d} "
            f"{name} <{a}>:\n" + q(text))


# --------------------------------------------------------------- trace headers

def ar_google(dkims, spf, dmarc):
    """dkims: [(result, i, selector)], spf: (result, mailfrom, ip),
    dmarc: (result, policy, from_domain) or None."""
    parts = []
    for res, i, s in dkims:
        if res == "none":
            parts.append("dkim=none")
        else:
            parts.append(f"dkim={res} header.i=@{i} header.s={s} header.b={rb64(6)[:8]}")
    sres, mf, ip = spf
    dom = mf.split("@")[-1]
    if sres == "pass":
        parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as "
                     f"permitted sender) smtp.mailfrom={mf}")
    elif sres == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does "
                     f"not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={sres} (google.com: {ip} is neither permitted nor denied "
                     f"by best guess record for domain of {mf}) smtp.mailfrom={mf}")
    if dmarc:
        r, pol, fd = dmarc
        parts.append(f"dmarc={r} ({pol}) header.from={fd}")
    return ";\n       ".join(parts)


def arcsel(t):
    return "arc-20160816" if t.year < 2023 else "arc-20160816" if t < utc(2024, 6, 10, 0, 0) else "arc-20240605"


def trace_gmail(to, t, mailfrom, helo, ip, ar, delay=2, spf="pass"):
    rt = later(t, seconds=delay)
    if spf == "pass":
        rspf = (f"pass (google.com: domain of {mailfrom} designates {ip} as "
                f"permitted sender) client-ip={ip};")
    elif spf == "softfail":
        rspf = (f"softfail (google.com: domain of transitioning {mailfrom} does "
                f"not designate {ip} as permitted sender) client-ip={ip};")
    else:
        rspf = (f"neutral (google.com: {ip} is neither permitted nor denied by best "
                f"guess record for domain of {mailfrom}) client-ip={ip};")
    ip6 = f"2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)}"
    return [
        ("Delivered-To", to),
        ("Received", f"by {ip6} with SMTP id {ralnum(8)}csp{R.randint(100000, 9999999)};\n        {rfc_pt(rt)}"),
        ("X-Google-Smtp-Source", ("APXvYq" if t.year < 2020 else "ABdhPJ" if t.year < 2022 else "AMrXdX" if t.year < 2023 else "AGHT+I") + rb64(60)[:74]),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20)}.{R.randint(10, 999)}.{R.randint(1000000000000, 9999999999999)};\n        {rfc_pt(rt)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={ts(rt)}; cv=none;\n        d=google.com; s={arcsel(t)};\n        b=" + fold_b64(rb64(256), 58, 68, "\n         ")),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arcsel(t)};\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b=" + fold_b64(rb64(256), 58, 68, "\n         ")),
        ("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ar),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(11)}si{R.randint(1000000, 9999999)}{ralnum(2)}.{R.randint(100, 999)}.{rt.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc_pt(rt)}"),
        ("Received-SPF", rspf),
        ("Authentication-Results", "mx.google.com;\n       " + ar),
    ]


def ar_outlook(ip, mailfrom_dom, dkim_res, dkim_d, dmarc_res, from_dom,
               compauth="pass reason=100", action="none"):
    dk = (f"dkim={dkim_res} (signature was verified) header.d={dkim_d}"
          if dkim_res == "pass" else f"dkim={dkim_res} (message not signed) header.d=none")
    return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; {dk};"
            f"dmarc={dmarc_res}\n action={action} header.from={from_dom};"
            f"compauth={compauth}")


def trace_outlook(to, t, mailfrom_dom, helo, ip, ar, delay=3, tenant=False, spf_word="Pass"):
    rt = later(t, seconds=delay)
    pre = R.choice(["SN7PR19MB", "PH0PR11MB", "DM6PR02MB", "CH3PR20MB", "SA1PR12MB"])
    mb = f"{pre}{R.randint(1000, 9999)}.namprd{pre[5:7]}.prod.outlook.com"
    fe = f"BN9PR03CA{R.randint(1000, 9999)}.namprd03.prod.outlook.com"
    eop = f"BN{R.randint(1, 3)}PEPF0000{R.randint(1000, 9999)}.namprd{R.randint(2, 9):02d}.prod.outlook.com"
    d = rfc(rt)
    hdrs = [
        ("Received", f"from {mb} (::1) by\n {mb.replace(pre, 'MN2PR19MB', 1)} with HTTPS; {d}"),
        ("Received", f"from {fe} (2603:10b6:408:13a::{R.randint(10, 99)}) by\n {mb} (2603:10b6:806:{rhex(3)}::{R.randint(5, 20)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 9200)}.{R.randint(10, 40)}; {d}"),
        ("Received", f"from {eop}\n (2603:10b6:408:13a:cafe::{rhex(2)}) by {fe}\n (2603:10b6:408:13a::{R.randint(10, 99)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 9200)}.{R.randint(10, 40)} via Frontend\n Transport; {d}"),
        ("Authentication-Results", ar),
        ("Received-SPF", (f"Pass (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C") if spf_word == "Pass" else (f"{spf_word} (protection.outlook.com: domain of {mailfrom_dom} does\n not designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};")),
        ("Received", f"from {helo} ({ip}) by\n {eop} (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 9200)}.{R.randint(10, 40)} via Frontend Transport; {d}"),
    ]
    return hdrs


def trace_generic(authserv_host, to, t, mailfrom, helo, ip, ar, rcv_host,
                  delay=4, tz=dt.timezone.utc, ar_name="Authentication-Results"):
    rt = later(t, seconds=delay)
    hdrs = [("Return-Path", f"<{mailfrom}>"),
            ("Delivered-To", to),
            ("Received", f"from {helo} ({helo} [{ip}])\n\tby {rcv_host} with ESMTPS id {ralnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\n\tfor <{to}>; {rfc(rt, tz)}")]
    if ar is not None:
        hdrs.insert(2, (ar_name, f"{authserv_host};\n\t" + ar))
    return hdrs


def aws_sender(t, frm, to, subject, local=None, mid_dom="email.amazonses.com",
               sel=AMZ_SEL, extra=()):
    local = local or ses_local(t)
    h = [("DKIM-Signature", dkim("amazon.com", sel, t)),
         ("DKIM-Signature", dkim("amazonses.com", ses_sel(t), t,
                                 h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")),
         ("Date", rfc(t)),
         ("From", frm),
         ("To", to),
         ("Subject", subject),
         ("Message-ID", f"<{local}@{mid_dom}>")]
    h += list(extra)
    h += [("Feedback-ID", f"::1.us-east-1.{rb64(30)[:40]}=:AmazonSES"),
          ("X-SES-Outgoing", f"{t.strftime('%Y.%m.%d')}-{R.choice(SES_HOSTS)[1]}")]
    return h


def ses_route(t, region="us-east-1"):
    """returns (local, mailfrom, helo, ip)"""
    local = ses_local(t)
    helo, ip = R.choice([h for h in SES_HOSTS if "us-west-2" not in h[0]] if region == "us-east-1" else SES_HOSTS[2:3])
    dom = "email.amazonses.com" if region == "us-east-1" else f"{region}.amazonses.com"
    return local, f"{local}@{dom}", helo, ip


def aws_gmail_pass(to, t, frm, subject, extra=()):
    local, mf, helo, ip = ses_route(t)
    ar = ar_google([("pass", "amazon.com", AMZ_SEL), ("pass", "amazonses.com", ses_sel(t))],
                   ("pass", mf, ip),
                   ("pass", "p=QUARANTINE sp=QUARANTINE dis=NONE", "amazon.com"))
    return trace_gmail(to, t, mf, helo, ip, ar) + aws_sender(t, frm, to, subject, local, extra=extra)


def aws_outlook_pass(to, t, frm, subject, extra=()):
    local, mf, helo, ip = ses_route(t)
    ar = ar_outlook(ip, "email.amazonses.com", "pass", "amazon.com", "pass", "amazon.com")
    return trace_outlook(to, t, "email.amazonses.com", helo, ip, ar) + \
        aws_sender(t, frm, to, subject, local, extra=extra)


# --------------------------------------------------------------- output

def emit(slug, label, headers, mime):
    kind, case_id, ids, verified, lang = label
    assert kind in {"case_created", "merge_confirmation_requested", "merge_completed",
                    "survey", "credly_badge_issued", "support_reply", "unrelated"}, kind
    for i in ids:
        assert re.fullmatch(r"AWS\d{8}", i), i
    COUNT[0] += 1
    name = f"{COUNT[0]:03d}-{slug}.eml"
    mime["MIME-Version"] = "1.0"
    raw = mime.as_bytes()
    head, body = raw.split(b"\n\n", 1)
    top = "".join(f"{k}: {v}\n" for k, v in headers)
    data = top.encode("ascii") + head + b"\n\n" + body
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    LABELS[name] = {"kind": kind, "case_id": case_id,
                    "account_ids": sorted(set(ids)),
                    "sender_verified": verified, "language": lang}


AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_AWS = addr("AWS Training and Certification via Credly", "admin@credly.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# =============================================================== THREAD A
# Priya Raman, Gmail, form desk, 15-digit case. Old AWS04418273 -> keep AWS11956402
PRIYA = addr("Priya Raman", "priya.raman84@gmail.com")
PRIYA_A = "priya.raman84@gmail.com"
tA = utc(2025, 5, 19, 8, 42, 1)
CA = case15(tA, 371)

user_form_A = ("AWS candidate ID: AWS04418273\n"
               "I have two certification accounts, one made with my old work email "
               "and one with my personal Gmail. Can you merge them into one please? "
               "I passed SAA-C03 on the personal one last month.")

# A1 case_created -------------------------------------------------------
t = later(tA, seconds=29)
txt = f"""Hello Priya,

Thanks for writing to AWS Training and Certification. This is just a quick note
to let you know your message reached us and is now in our queue under
reference number {CA}.

Someone from our team will read it and get back to you, normally within 24
hours. If you think of anything else we should know, simply reply to this email
and keep the reference number in the subject line so it lands in the right
place. There's no need to fill in the form again - a second request only puts
you further back in the line.

Here is a copy of what you sent us:

  Inquiry type: AWS Training and Certification
  Category: Certification
  Detail: Account assistance
  Name: Priya Raman
  Email: priya.raman84@gmail.com
  AWS candidate ID: AWS04418273
  Message: I have two certification accounts, one made with my old work email
  and one with my personal Gmail. Can you merge them into one please? I passed
  SAA-C03 on the personal one last month.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/certification/
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
S = subj(f"We've got your message [CASE {CA}] {FORM_SUBJ}")
emit("form-ack-reference-number", ("case_created", CA, ["AWS04418273"], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, S), m)

# A2 support_reply: asks which to keep + login emails --------------------
t = utc(2025, 5, 20, 15, 10, 37)
txt = f"""Hi Priya,

Thanks for your patience while I looked into this.

I found the profile you mentioned, AWS04418273, which is registered to
priya.raman@northwind-logistics.com. I can also see a second profile in your
name, but before I do anything with either of them I need a couple of things
from you:

1. The email address you use to sign in to each profile. Sign-in and
   notification addresses aren't always the same, so please send both if you
   know them.
2. Which of the two you'd like to keep using from now on. Whichever you pick
   is the one that holds all of your certifications at the end; the other one
   stops working.

If you can't get into the old work mailbox any more, that's fine - just tell
me and we'll work around it.

Best,
Kevin M.
AWS Training and Certification Customer Support

----- Original message -----
From: Priya Raman <priya.raman84@gmail.com>
Sent: {rfc(tA)}
Subject: AWS Training and Certification Form Submission

{user_form_A}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-asks-which-profile-to-keep", ("support_reply", CA, ["AWS04418273"], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, f"RE:[CASE {CA}] {FORM_SUBJ}"), m)

# A3 merge_confirmation_requested ----------------------------------------
tA_u1 = utc(2025, 5, 20, 19, 2, 11)
user_A1 = """Hi Kevin,

The old one signs in with priya.raman@northwind-logistics.com, I don't have
that mailbox any more since I left the company. The newer one is AWS11956402,
it uses this gmail for both. I'd like to keep the gmail one.

Thanks,
Priya"""
t = utc(2025, 5, 21, 10, 5, 52)
txt = f"""Hi Priya,

Thanks, that's everything I needed.

Here's what I'm planning to do, so you can look it over before anything
happens:

  - AWS04418273 (priya.raman@northwind-logistics.com): this one goes away. Its
    exam history, certifications and any unused benefits get moved across.
  - AWS11956402 (priya.raman84@gmail.com): this is the one you keep. You'll sign
    in with the Gmail address from now on.

One thing to be aware of: there's no undo. Once everything has been moved
across we can't split the two profiles apart again.

If that's right, just reply "yes, go ahead" (or tell me what's wrong) and I'll
hand it to the team who carries it out. I won't touch anything until I hear
back from you.

Best,
Kevin M.
AWS Training and Certification Customer Support

{gmail_quote(tA_u1, "Priya Raman", PRIYA_A, user_A1)}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-lays-out-plan-asks-go-ahead",
     ("merge_confirmation_requested", CA, ["AWS04418273", "AWS11956402"], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, f"RE:[CASE {CA}] {FORM_SUBJ}"), m)
txt_A3 = txt.split("\n\nOn ")[0]

# A4 support_reply: thanks for the go-ahead, handed over -----------------
tA_u2 = utc(2025, 5, 21, 11, 20, 3)
user_A2 = ("Yes, that's correct. Please proceed with the merge of AWS04418273 "
           "into AWS11956402.\n\nPriya")
t = utc(2025, 5, 21, 18, 30, 14)
txt = f"""Hi Priya,

Perfect, thank you for the quick reply.

I've sent your request through to our back-office team. They normally need two
to three business days. When they're finished I'll write to you again, and from
that point you should see all of your certifications under the Gmail login.

In the meantime, please hold off on booking any exams on either profile so that
nothing gets stuck halfway.

Best,
Kevin M.
AWS Training and Certification Customer Support

{gmail_quote(tA_u2, "Priya Raman", PRIYA_A, user_A2 + chr(10) + chr(10) + gmail_quote(t.replace(hour=10, minute=5), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", txt_A3))}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-thanks-for-ok-passed-to-backoffice", ("support_reply", CA, [], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, f"RE:[CASE {CA}] {FORM_SUBJ}"), m)

# A5 merge_completed -----------------------------------------------------
t = utc(2025, 5, 23, 9, 12, 40)
txt = f"""Hi Priya,

Good news: the back-office team has finished, and everything from your old
profile now sits under AWS11956402.

You can sign in at https://www.aws.training/Certification with
priya.raman84@gmail.com. You should see both your Cloud Practitioner and your
Solutions Architect - Associate on the one profile. The old login
(AWS04418273) no longer works, so you can forget about it.

Your Credly badges will be sent again to the Gmail address; that can take a
day or two. If they haven't shown up by the end of next week, reply here and
I'll chase it for you.

Thanks for your patience with all this,
Kevin M.
AWS Training and Certification Customer Support
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-old-profile-now-under-gmail-one",
     ("merge_completed", CA, ["AWS04418273", "AWS11956402"], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, f"RE:[CASE {CA}] {FORM_SUBJ}"), m)

# A6 survey (HTML only) --------------------------------------------------
t = utc(2025, 5, 23, 9, 14, 2)
link = f"https://aws-tc-feedback.amazon.com/r/{rhex(24)}?c={CA}"
h = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" style="background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#ffffff;padding:16px 24px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.6;color:#16191f">
<p>Hi Priya,</p>
<p>We've marked your request <b>{CA}</b> as resolved.</p>
<p>We'd love to hear how it went. It takes about a minute.</p>
<p><b>Did we sort out what you wrote to us about?</b></p>
<p><a href="{link}&amp;a=yes" style="background:#ff9900;color:#16191f;padding:8px 18px;text-decoration:none;border-radius:3px">Yes</a>
&nbsp; <a href="{link}&amp;a=no" style="background:#d5dbdb;color:#16191f;padding:8px 18px;text-decoration:none;border-radius:3px">No</a></p>
<p><b>How would you rate the help you got from Kevin?</b><br>
<a href="{link}&amp;r=1">1</a> &middot; <a href="{link}&amp;r=2">2</a> &middot; <a href="{link}&amp;r=3">3</a> &middot; <a href="{link}&amp;r=4">4</a> &middot; <a href="{link}&amp;r=5">5</a></p>
<p>If something still isn't right, just reply to this email within 14 days and we'll pick it back up.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""
m = tpart(h, "html", cte="qp")
emit("request-resolved-rate-kevin", ("survey", CA, [], True, "en"),
     aws_gmail_pass(PRIYA_A, t, AWS_FORM, f"How did we do? [CASE {CA}]"), m)


def credly_headers(to, t, subject, provider="gmail", frm=CREDLY_AWS):
    local = f"{ralnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
    mf = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{to.replace('@', '=')}@em.credly.com"
    ip = f"149.72.{R.randint(1, 250)}.{R.randint(1, 250)}"
    helo = f"o{R.randint(1, 20)}.em.credly.com"
    if provider == "gmail":
        ar = ar_google([("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
                       ("pass", mf, ip), ("pass", "p=REJECT sp=REJECT dis=NONE", "credly.com"))
        tr = trace_gmail(to, t, mf, helo, ip, ar)
    else:
        ar = ar_outlook(ip, "em.credly.com", "pass", "credly.com", "pass", "credly.com")
        tr = trace_outlook(to, t, "em.credly.com", helo, ip, ar)
    return tr + [
        ("DKIM-Signature", dkim("credly.com", "s1", t, h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to", canon="relaxed/relaxed")),
        ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", t, h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to:feedback-id", canon="relaxed/relaxed")),
        ("Date", rfc(t)),
        ("From", frm),
        ("Reply-To", "support@credly.com"),
        ("To", to),
        ("Subject", subject),
        ("Message-ID", f"<{local}@geopod-ismtpd-{R.randint(1, 40)}>"),
        ("X-SG-EID", rb64(60)),
        ("X-Entity-ID", rb64(16)[:22]),
    ]


def credly_html(greeting, body_html, button, link, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width" /></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96" /></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px;font-weight:normal">{greeting}</h1>
{body_html}
<p style="text-align:center;padding:18px 0"><a href="{link}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
{extra}
</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#888">Credly, Inc. &middot; 50 Milk Street, 16th Floor, Boston, MA 02109<br />
You received this email because AWS Training and Certification uses Credly to recognize your achievements. <a href="https://www.credly.com/notification_settings">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>
"""


# A7 credly_badge_issued --------------------------------------------------
t = utc(2025, 5, 24, 2, 31, 19)
badge = "AWS Certified Solutions Architect – Associate"
blink = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
plain = f"""Priya, a new badge is waiting for you

AWS Training and Certification has awarded you a badge:
{badge}

Claim it to add it to your Credly profile, then share it on LinkedIn or in
your email signature so people can see what you've achieved.

Accept your badge: {blink}

Questions? Visit https://support.credly.com

Credly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109
"""
hb = (f"<p>AWS Training and Certification has awarded you a badge:</p>"
      f"<p style=\"font-size:18px\"><b>{html.escape(badge)}</b></p>"
      "<p>Claim it to add it to your Credly profile, then share it on LinkedIn or in "
      "your email signature so people can see what you've achieved.</p>")
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Priya, a new badge is waiting for you", hb, "Accept your badge", blink), "html", cte="qp"),
        boundary=rhex(60)[:60])
emit("credly-saa-badge-waiting", ("credly_badge_issued", None, [], True, "en"),
     credly_headers(PRIYA_A, t, subj(f"Priya, your {badge} badge is waiting", q=True)), m)

# ======================================================================
# (further threads appended below)
# ======================================================================

# =============================================================== THREAD B
# Marco Bellini, outlook.com, console case (11 digits, 2023).
# keep AWS20331985, fold AWS07746120 + AWS31100458
MARCO_A = "marco.bellini@outlook.com"
CB = "12873940561"
tB = utc(2023, 6, 5, 14, 20, 44)
B_SUBJ = "Three certification accounts, need only one"
CONSOLE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en"
RATE_FOOTER = """We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all the correspondence on this request, go to the Support Center:
{link}

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this request, please follow the link above and reply in
the Support Center.
======================================================

Amazon Web Services, Inc. and its affiliates are subsidiaries of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was
produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210"""

ANA_FOOT = RATE_FOOTER.format(link=CONSOLE_LINK.format(CB)).replace(
    "Best regards,", "Best regards,\nAna R.", 1)

# B1 case_created (console) ----------------------------------------------
t = later(tB, seconds=3)
txt = f"""Hello,

Thanks for getting in touch with Amazon Web Services. We've logged your
request, and an AWS Support agent will pick it up as soon as one is free.
Here's a summary for your records:

Case ID: {CB}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hi, I ended up with three AWS Certification accounts over the
years (university email, work email and personal). I want everything on my
personal one, AWS20331985. Thank you, Marco

To add more details or attachments, or to read replies when they arrive, go to
the Support Center:
{CONSOLE_LINK.format(CB)}

Please don't reply to this email: this address doesn't receive incoming mail.

Kind regards,
Amazon Web Services
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("console-request-logged-three-accounts", ("case_created", CB, ["AWS20331985"], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY,
                      f"Amazon Web Services: You have opened a new Support case: {CB}"), m)

# B2 support_reply: notification of new reply ------------------------------
t = utc(2023, 6, 6, 9, 2, 10)
txt = f"""Hello,

There's a new reply from AWS Support on your request {CB}
("{B_SUBJ}").

To read it and write back, sign in to the Support Center:
{CONSOLE_LINK.format(CB)}

This address can't receive replies, so please answer in the Support Center
rather than by email.

Amazon Web Services
"""
m = tpart(txt, cte="7bit")
emit("console-notice-new-reply-waiting", ("support_reply", CB, [], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY, f"[Case {CB}] You have a new reply from AWS Support"), m)

# B3 merge_confirmation_requested (non-native agent) ------------------------
t = utc(2023, 6, 6, 9, 2, 11)
txt = f"""Hello Marco,

Thank you for contacting AWS Training and Certification and for your patience
while I was checking on this.

I have located three Certification accounts under your name:

 1) AWS20331985 - marco.bellini@outlook.com (created 2020)
 2) AWS-07746120 - m.bellini@stud.polimi.it (created 2018)
 3) aws31100458 - marco@bellini-consulting.it (created 2022)

As I understood from your message, you wish to keep the number 1 and to bring
all the exams and certifications of number 2 and number 3 inside of it. After
this, the accounts 2 and 3 will be closed and it will not be possible to revert
them back, also not by our team.

Before I go further, kindly write me one short line in the Support Center
saying that the above is correct, or let me know if you prefer to keep a
different one. I will not do any action until I have your answer.

{ANA_FOOT}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-lists-three-ids-asks-ok-before-action",
     ("merge_confirmation_requested", CB, ["AWS07746120", "AWS20331985", "AWS31100458"], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY, f"RE:[CASE {CB}] {B_SUBJ}"), m)

# B3b support_reply: side question about bouncing address -------------------
t = utc(2023, 6, 7, 8, 47, 30)
txt = f"""Hello Marco,

Thank you for your answer, it is clear for me.

Only one small point, and it does not stop anything: the notification e-mail on
the third account (AWS 31100458), marco@bellini-consulting.it, gives us a bounce
message. Do you still use this address? If not, I can note in your profile that
all the future messages must go to marco.bellini@outlook.com only.

You can answer me whenever you have a moment.

{ANA_FOOT}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-asks-about-bouncing-address", ("support_reply", CB, ["AWS31100458"], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY, f"RE:[CASE {CB}] {B_SUBJ}"), m)

# B4 merge_completed (non-native) -----------------------------------------
t = utc(2023, 6, 8, 16, 45, 9)
txt = f"""Hello Marco,

I am glad to inform you that our team finished the work on your request.

The records from AWS07746120 and AWS31100458 are now all inside AWS20331985,
and the two old accounts are deactivated. From today please use only
marco.bellini@outlook.com to log in. You should see your 4 certifications there;
the 50% discount voucher from your SAA recertification is also visible under
Benefits.

If something is missing, please reply here within the next 7 days.

{ANA_FOOT}
"""
m = alt(tpart(txt, cte="b64"), tpart(aws_html(txt), "html", cte="b64"),
        boundary=java_boundary(t))
emit("agent-records-now-inside-one-account",
     ("merge_completed", CB, ["AWS07746120", "AWS20331985", "AWS31100458"], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY, f"RE:[CASE {CB}] {B_SUBJ}"), m)

# B5 survey (HTML only, console style) ------------------------------------
t = utc(2023, 6, 8, 16, 47, 51)
fl = f"https://console.aws.amazon.com/support/feedback?displayId={CB}&token={rhex(32)}"
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:620px;margin:0 auto">
<div style="background:#232f3e;padding:12px 18px;color:#fff;font-weight:bold">AWS Support</div>
<div style="padding:18px">
<p>Hello,</p>
<p>Your support request <b>{CB}</b> ({html.escape(B_SUBJ)}) was recently resolved.
Could you spare a moment to tell us how things went?</p>
<p style="font-weight:bold">Did Ana answer your question?</p>
<table cellpadding="6"><tr>
<td><a href="{fl}&amp;q1=1" style="color:#0073bb">Yes, fully</a></td>
<td><a href="{fl}&amp;q1=2" style="color:#0073bb">Partly</a></td>
<td><a href="{fl}&amp;q1=3" style="color:#0073bb">Not at all</a></td></tr></table>
<p style="font-weight:bold">Overall, how happy are you with the help you got?</p>
<p><a href="{fl}&amp;s=1">&#9733;</a><a href="{fl}&amp;s=2">&#9733;&#9733;</a><a href="{fl}&amp;s=3">&#9733;&#9733;&#9733;</a><a href="{fl}&amp;s=4">&#9733;&#9733;&#9733;&#9733;</a><a href="{fl}&amp;s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>Your answers go straight to the team and help us get better.</p>
<p>Thanks,<br>Amazon Web Services</p>
</div>
<div style="font-size:11px;color:#687078;padding:0 18px 18px">This address does not accept replies. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</div>
</div></body></html>
"""
m = tpart(h, "html", cte="qp")
emit("console-resolved-tell-us-how-it-went", ("survey", CB, [], True, "en"),
     aws_outlook_pass(MARCO_A, t, AWS_NOREPLY,
                      f"How did we do with your AWS Support request {CB}?"), m)

# B6 credly: badges moved after the accounts were joined ------------------
t = utc(2023, 6, 10, 11, 3, 27)
blink = f"https://www.credly.com/earner/earned?ref={rhex(10)}"
names = ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect – Associate",
         "AWS Certified Developer – Associate", "AWS Certified Solutions Architect – Professional"]
plain = "Marco, your badges are on their way to one place\n\n" + \
    "Because your AWS Certification profile was updated, AWS Training and\n" + \
    "Certification has issued the following badges again to\n" + \
    "marco.bellini@outlook.com:\n\n" + "\n".join("  * " + n for n in names) + \
    f"\n\nAccept them here: {blink}\n\nBadges that were on your other Credly\n" + \
    "accounts will show as replaced.\n\nCredly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109\n"
hb = ("<p>Because your AWS Certification profile was updated, AWS Training and Certification "
      "has issued the following badges again to <b>marco.bellini@outlook.com</b>:</p><ul>"
      + "".join(f"<li>{html.escape(n)}</li>" for n in names) + "</ul>"
      "<p>Badges that were on your other Credly accounts will show as replaced.</p>")
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Marco, your badges are on their way to one place", hb, "Accept your badges", blink), "html", cte="qp"),
        boundary=rhex(60))
emit("credly-four-badges-reissued-after-profile-update", ("credly_badge_issued", None, [], True, "en"),
     credly_headers(MARCO_A, t, "You have 4 new badges from AWS Training and Certification", provider="outlook"), m)

# =============================================================== THREAD C
# Sarah O'Connell, 2019, 10-digit case, Gmail. keep AWS00952210, fold AWS00813377
SARAH_A = "sarah.oc.cloud@gmail.com"
CC = "6290314578"
tC = utc(2019, 8, 6, 17, 3, 22)
C_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# C1 case_created (old HTML-only template, base64) --------------------------
t = later(tC, seconds=40)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana,Arial,sans-serif;font-size:12px">
<tr><td><img src="https://d1.awsstatic.com/training-and-certification/tc-header-600.png" alt="AWS Training and Certification"></td></tr>
<tr><td style="padding:14px">
<p>Dear Customer,</p>
<p>We have received your enquiry and given it the reference number <strong>{CC}</strong>.</p>
<p>A member of the AWS Training and Certification team will look at it as soon as possible, normally within one business day.</p>
<p>Please keep this reference number in the subject line of any further emails about this matter, so that we can keep everything together.</p>
<p>In the meantime, you may find an answer to your question on our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a> page.</p>
<p>Kind regards,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:14px">&copy; 2019, Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>
</table></body></html>
"""
m = tpart(h, "html", cte="b64")
emit("2019-enquiry-received-html-only", ("case_created", CC, [], True, "en"),
     aws_gmail_pass(SARAH_A, t, AWS_FORM, f"[CASE {CC}] {C_SUBJ}"), m)

# C2 support_reply: asks for login emails and names ----------------------
tC_u = tC
user_C = """Hello,
I have passed two AWS exams but they are on different accounts, one from when
I was in college. Could you put them together? My candidate number for the
newer one is AWS00952210.
Thanks
Sarah O'Connell"""
t = utc(2019, 8, 7, 10, 26, 3)
txt = f"""Hi Sarah,

Thanks for getting in touch. I'd be glad to help you bring your two
certification profiles together.

I can see AWS00952210, the number you gave us, but I can't find a second
profile under the address on your form. To track it down I'll need:

- the email address you used to log in to the older profile (if you remember
  the college address, that's perfect)
- your full name exactly as it appears on both, in case there's a small
  difference in spelling

Once I have those I can take it from there.

All the best,
Fiona
AWS Training and Certification Support

-----Original Message-----
From: Sarah O'Connell <{SARAH_A}>
Sent: {rfc(tC_u)}
To: aws-cs-trainingcertification-form@amazon.com
Subject: AWS Training and Certification Form Submission

{user_C}
"""
m = tpart(txt, cte="7bit", cs="us-ascii")
emit("2019-agent-needs-college-login", ("support_reply", CC, ["AWS00952210"], True, "en"),
     aws_gmail_pass(SARAH_A, t, AWS_FORM, f"RE:[CASE {CC}] {C_SUBJ}"), m)

# C3 merge_confirmation_requested -----------------------------------------
tC_u2 = utc(2019, 8, 7, 20, 12, 44)
user_C2 = """Hi Fiona,
The old one was sarah.oconnell@ucdconnect.ie. Name is the same on both.
I'd like to keep my gmail one as I don't have the college email anymore.
Sarah"""
t = utc(2019, 8, 8, 9, 41, 15)
txt = f"""Hi Sarah,

Thanks for sending those on, I found it straight away.

Just so we're on the same page before I send anything off:

  AWS00813377 - sarah.oconnell@ucdconnect.ie  -> moves over and is then
                                                 switched off
  AWS00952210 - {SARAH_A}     -> stays, and ends up holding both
                                                 of your certifications

After this the UCD login won't work any more, and there's no going back once
it's been done.

Are you happy for me to go ahead on that basis? A quick yes by return is all I
need.

All the best,
Fiona
AWS Training and Certification Support

{gmail_quote(tC_u2, "Sarah O'Connell", SARAH_A, user_C2)}
"""
m = tpart(txt, cte="7bit", cs="us-ascii")
emit("2019-agent-are-you-happy-for-me-to-go-ahead",
     ("merge_confirmation_requested", CC, ["AWS00813377", "AWS00952210"], True, "en"),
     aws_gmail_pass(SARAH_A, t, AWS_FORM, f"RE:[CASE {CC}] {C_SUBJ}"), m)

# C4 merge_completed + closure in the same mail ---------------------------
tC_u3 = utc(2019, 8, 8, 11, 2, 50)
t = utc(2019, 8, 12, 14, 18, 36)
txt = f"""Hi Sarah,

That's all sorted now. Your transcript on AWS00952210 shows both the Cloud
Practitioner and the Developer - Associate, and AWS00813377 has been switched
off.

As there's nothing else outstanding I'll close off this ticket. You'll probably
get a short note asking how we got on - we'd really appreciate it if you filled
it in, good or bad.

Sl\u00e1n go f\u00f3ill,
Fiona
AWS Training and Certification Support

{gmail_quote(tC_u3, "Sarah O'Connell", SARAH_A, "Yes please go ahead, thanks a million!")}
"""
m = tpart(txt, cte="qp")
emit("2019-agent-all-sorted-closing-ticket",
     ("merge_completed", CC, ["AWS00813377", "AWS00952210"], True, "en"),
     aws_gmail_pass(SARAH_A, t, AWS_FORM, f"RE:[CASE {CC}] {C_SUBJ}"), m)

# C5 credly (Acclaim, 2019), no Authentication-Results -----------------------
t = utc(2019, 8, 14, 3, 55, 12)
to = "sarah.oconnell@eircom.net"
blink = f"https://www.youracclaim.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
plain = f"""Congratulations, Sarah!

AWS Training and Certification has sent you a badge for:
AWS Certified Developer - Associate

Claim your badge to share it with your network and let employers verify your
skills in seconds.

Accept your badge: {blink}

Acclaim | Credly, Inc. | 1 Penn Plaza, Suite 2830, New York, NY 10119
"""
m = alt(tpart(plain, cte="7bit", cs="us-ascii"),
        tpart(credly_html("Congratulations, Sarah!", "<p>AWS Training and Certification has sent you a badge for:</p><p><b>AWS Certified Developer - Associate</b></p><p>Claim your badge to share it with your network and let employers verify your skills in seconds.</p>", "Accept your badge", blink).replace("credly-logo.png", "acclaim-logo.png"), "html", cte="qp"),
        boundary=rhex(28))
hdrs = [("Return-Path", f"<bounces+4412873-{rhex(4)}-sarah.oconnell=eircom.net@sendgrid.net>"),
        ("Received", f"from mail-relay.eircom.net (10.12.3.41) by mbox14.eircom.net\n\t(8.14.4/8.14.4) with ESMTP id x7E3tF{ralnum(6)}; {rfc(later(t, seconds=6), dt.timezone(dt.timedelta(hours=1)))}"),
        ("Received", f"from o1.email.youracclaim.com (o1.email.youracclaim.com [167.89.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mail-relay.eircom.net with ESMTP; {rfc(later(t, seconds=5), dt.timezone(dt.timedelta(hours=1)))}"),
        ("X-Mozilla-Status", "0001"),
        ("X-Mozilla-Status2", "00000000"),
        ("DKIM-Signature", dkim("youracclaim.com", "s1", t, h="from:to:subject:mime-version:content-type", canon="relaxed/relaxed")),
        ("Date", rfc(t)),
        ("From", addr("AWS Training and Certification via Acclaim", "admin@youracclaim.com")),
        ("To", to),
        ("Subject", "Sarah, you've earned a badge from AWS Training and Certification"),
        ("Message-ID", f"<{ralnum(22)}@ismtpd0012p1lon1.sendgrid.net>")]
emit("2019-acclaim-developer-badge-no-auth-results", ("credly_badge_issued", None, [], None, "en"),
     hdrs, m)

# =============================================================== THREAD D
# Tomasz Wisniewski, Google Workspace domain, form desk, 15-digit case (2024-11)
# keep AWS55012983, fold AWS48870031
TOMASZ_A = "tomasz@kwadrat-it.pl"
TOMASZ = addr("Tomasz Wiśniewski", TOMASZ_A)
tD = utc(2024, 11, 12, 13, 27, 22)
CD = case15(tD, 1146)
user_D = """AWS candidate ID: aws55012983
Hello, I have 2 accounts for certification, first one is from my private
email t.wisniewski@o2.pl where I did SAA and SAP, second one is company email.
Please join them, I want to keep company one because the voucher is there.
Regards Tomasz"""

# D1 case_created, chattier template -------------------------------------
t = later(tD, seconds=31)
txt = f"""Hi Tomasz,

Got it - thanks for reaching out to AWS Training and Certification.

Your request reference is {CD}. Hang on to it; it's the quickest way for us
to find your conversation if you need to get in touch again.

What happens next?
A real person on our team reads every request, and you'll usually hear from
us within one business day. We'll reply to this email address.

Need to add something? Just reply to this message. Please don't send the form
a second time for the same question - it creates a separate request and can
slow things down.

What you told us:
-------------------------------------------------
{user_D}
-------------------------------------------------

Thanks,
AWS Training and Certification
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("form-got-it-reference-what-happens-next", ("case_created", CD, ["AWS55012983"], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, subj(f"[CASE {CD}] Thanks - we've got your request")), m)

# D2 merge_confirmation_requested (two days later) -------------------------
t = utc(2024, 11, 14, 9, 55, 48)
txt = f"""Hello Tomasz,

Sorry for the wait - it's been a busy couple of days on our side.

I've gone through both of your profiles and this is what we'd do:

  Staying:  AWS55012983   (tomasz@kwadrat-it.pl)
  Going:    AWS 48870031  (t.wisniewski@o2.pl)

Everything on the second one - exam results, the SAA and SAP certifications,
your transcript - would be carried across to the first, and after that the
second one would be shut down for good. That last bit is permanent, so please
take a careful look.

Does that all look right to you? If it does, reply and say so and I'll get it
moving. If you'd rather keep the o2.pl one after all, tell me and I'll flip it
around.

Cheers,
Raj
AWS Training & Certification Support

----- Original message -----
From: {TOMASZ_A}
Date: {rfc(tD)}

{user_D}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-staying-going-table-does-it-look-right",
     ("merge_confirmation_requested", CD, ["AWS48870031", "AWS55012983"], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, f"RE:[CASE {CD}] {FORM_SUBJ}"), m)
txt_D2 = txt.split("\n\n----- Original")[0]

# D3 support_reply: chaser ------------------------------------------------
t = utc(2024, 11, 18, 8, 14, 5)
txt = f"""Hello Tomasz,

Just circling back on my note from last Thursday (copied below). I haven't
heard from you yet, and I can't start on anything until you've had a look at
the details and told me they're right.

If you've changed your mind, no problem at all - just let me know. If I don't
hear back within five business days I'll assume you're all set and close the
request; you can always write to us again later.

Cheers,
Raj
AWS Training & Certification Support

{original_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", utc(2024, 11, 14, 9, 55, 48), TOMASZ_A, f"RE:[CASE {CD}] {FORM_SUBJ}", txt_D2)}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-circling-back-no-answer-yet", ("support_reply", CD, [], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, f"RE:[CASE {CD}] {FORM_SUBJ}"), m)

# D4 support_reply: status update after the user said yes ---------------------
tD_u = utc(2024, 11, 19, 7, 40, 12)
user_D2 = """Hello Raj, sorry, I was on holiday. Yes everything is correct, please
merge them as you wrote. Thank you!
Tomasz"""
t = utc(2024, 11, 21, 12, 3, 40)
txt = f"""Hi Tomasz,

Quick update so you're not left wondering: the team is still on it. Two of the
older exam records on the o2.pl profile needed a manual fix before they could
be moved, which is why it's taking a bit longer than usual.

There's nothing you need to do. I'll be in touch as soon as there's news,
hopefully by the end of the week.

Cheers,
Raj
AWS Training & Certification Support

{gmail_quote(tD_u, "Tomasz Wiśniewski", TOMASZ_A, user_D2)}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-quick-update-still-on-it", ("support_reply", CD, [], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, f"RE:[CASE {CD}] {FORM_SUBJ}"), m)

# D5 merge_completed -------------------------------------------------------
t = utc(2024, 11, 22, 15, 40, 2)
txt = f"""Hello Tomasz,

Good news - it's done. Your profile AWS55012983 now has everything on it: the
SAA and SAP certifications, the full exam history and the 50% voucher. The
t.wisniewski@o2.pl sign-in has been switched off, so from now on please use
tomasz@kwadrat-it.pl only.

Your Credly badges should follow within a couple of days.

Cheers,
Raj
AWS Training & Certification Support
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-good-news-its-done", ("merge_completed", CD, ["AWS55012983"], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, f"RE:[CASE {CD}] {FORM_SUBJ}"), m)

# D6 survey: closure notice, plain base64 ------------------------------------
t = utc(2024, 11, 22, 15, 41, 30)
fl = f"https://pulse.aws/r/{ralnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}?ref={CD}"
txt = f"""Hello,

Your request {CD} with AWS Training and Certification has now been closed.

If things aren't sorted, reply to this email within 7 days and it will open
up again automatically.

We'd be grateful for a minute of your time to tell us how we did:
{fl}

Thank you,
AWS Training and Certification
"""
m = tpart(txt, cte="b64")
emit("request-closed-minute-of-your-time", ("survey", CD, [], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_FORM, f"[CASE {CD}] Your request has been closed"), m)

# D7 credly -------------------------------------------------------------------
t = utc(2024, 11, 23, 20, 12, 9)
badge = "AWS Certified Solutions Architect – Professional"
blink = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
plain = f"""Tomasz, claim your new badge

AWS Training and Certification has issued you the {badge} badge.
Accept it to show your skills on your Credly profile and share it anywhere.

Accept your badge: {blink}

Badge ID: {rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

Credly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109
"""
m = alt(tpart(plain, cte="b64"),
        tpart(credly_html("Tomasz, claim your new badge", f"<p>AWS Training and Certification has issued you the <b>{html.escape(badge)}</b> badge.</p><p>Accept it to show your skills on your Credly profile and share it anywhere.</p>", "Accept your badge", blink), "html", cte="b64"),
        boundary=rhex(60))
emit("credly-sap-claim-your-new-badge", ("credly_badge_issued", None, [], True, "en"),
     credly_headers(TOMASZ_A, t, subj(f"Tomasz, claim your {badge} badge")), m)

# =============================================================== THREAD E
# Yuki Tanaka, nifty.com, form desk, 15-digit case (2024-05). ja agent.
# keep AWS62290147, fold AWS09931856
YUKI_A = "yuki.tanaka@nifty.com"
YUKI_N = "田中 由紀"
tE = utc(2024, 5, 28, 23, 2, 10)
CE = case15(tE, 592)


def aws_nifty(t, frm, subject, dmarc=True):
    local, mf, helo, ip = ses_route(t)
    ar = (f"spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.i=@amazon.com header.s={AMZ_SEL};\n\t"
          f"dkim=pass header.i=@amazonses.com header.s={ses_sel(t)}")
    if dmarc:
        ar += ";\n\tdmarc=pass header.from=amazon.com"
    tr = trace_generic("nifty.com", YUKI_A, t, mf, helo, ip, ar,
                       f"mta-rcv-{R.randint(1100, 1399)}.nifty.com", tz=JST)
    return tr + aws_sender(t, frm, YUKI_A, subject, local)


# E1 case_created (English, auto) --------------------------------------------
t = later(tE, seconds=28)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

Your inquiry has reached us and has been logged as {CE}. A member of our
support team will review it and respond, in most cases within 24 hours.

You may reply to this email if you need to add information. Please do not
submit a new request for the same issue.

Best regards,
AWS Training and Certification
"""
m = alt(tpart(txt, cte="7bit", cs="us-ascii"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("form-inquiry-logged-nifty", ("case_created", CE, [], True, "en"),
     aws_nifty(t, AWS_FORM, f"[CASE {CE}] {FORM_SUBJ}"), m)

# E2 merge_confirmation_requested (ja, ISO-2022-JP) ----------------------------
user_E = """AWS トレーニングと認定 ご担当者様

認定アカウントが2つあるようです。
AWS62290147（yuki.tanaka@nifty.com）と、以前の勤務先のメールで作った
AWS09931856 です。nifty の方にまとめていただけますでしょうか。

田中"""
t = utc(2024, 5, 30, 1, 15, 33)
txt = f"""田中 由紀 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただき、誠にありがとうございます。

お客様のご依頼内容を拝見いたしました。以下のとおり、2つの認定アカウントを
1つにまとめる手続きを進める予定でございます。

　・今後お使いいただくアカウント：AWS62290147（yuki.tanaka@nifty.com）
　・移行元（手続き後に閉鎖）　　：AWS09931856（y.tanaka@mitsuboshi-denki.co.jp）

手続き後は、AWS09931856 に登録されている受験履歴および認定資格がすべて
AWS62290147 へ移され、AWS09931856 ではサインインいただけなくなります。
なお、本手続きは一度実施いたしますと元に戻すことができませんので、
あらかじめご了承くださいませ。

上記の内容で差し支えないかどうか、本メールへのご返信にてお知らせいただけます
でしょうか。ご返信を拝見したうえで、手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

{jp_quote(tE, YUKI_N, YUKI_A, user_E)}
"""
m = tpart(txt, cs="iso-2022-jp", cte="7bit")
emit("ja-agent-asks-if-plan-is-acceptable",
     ("merge_confirmation_requested", CE, ["AWS09931856", "AWS62290147"], True, "ja"),
     aws_nifty(t, AWS_FORM, f"RE:[CASE {CE}] {FORM_SUBJ}"), m)
txt_E2 = txt.split("\n\n" + str(tE.astimezone(JST).year) + "年")[0]

# E3 merge_completed (ja, Shift_JIS, base64; A-R without dmarc, DKIM aligned) --
tE_u = utc(2024, 5, 30, 3, 31, 0)
user_E2 = """佐藤様

ご連絡ありがとうございます。内容に間違いありません。
統合を進めてください。よろしくお願いいたします。

田中"""
t = utc(2024, 5, 31, 6, 40, 18)
txt = f"""田中 由紀 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご返信いただき、ありがとうございました。大変お待たせいたしました。
AWS09931856 の受験履歴および認定資格を AWS62290147 へ移す作業が終わり
ましたので、ご報告申し上げます。

今後は yuki.tanaka@nifty.com にてサインインいただけます。
AWS09931856 は本日をもってご利用いただけなくなりました。

Credly のバッジにつきましては、反映までに最大で 48 時間ほどかかる場合が
ございます。

ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
今後ともよろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート

{jp_quote(tE_u, YUKI_N, YUKI_A, user_E2 + chr(10) + chr(10) + jp_quote(utc(2024, 5, 30, 1, 15, 33), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", txt_E2))}
"""
m = tpart(txt, cs="shift_jis", cte="b64")
emit("ja-agent-reports-work-finished-sjis",
     ("merge_completed", CE, ["AWS09931856", "AWS62290147"], True, "ja"),
     aws_nifty(t, AWS_FORM, subj(f"RE:[CASE {CE}] 認定アカウントの件（作業終了のご報告）", cs="shift_jis"),
               dmarc=False), m)

# =============================================================== THREAD F
# Daniel Okafor, Yahoo. First request X got lost (no notification address);
# second request Y. keep AWS27761340 (yahoo), fold AWS90022817
DAN_A = "daniel.okafor@yahoo.com"
tX = utc(2025, 2, 3, 19, 5, 13)
CX = case15(tX, 218)
tY = utc(2025, 2, 10, 20, 11, 47)
CY = case15(tY, 904)


def aws_yahoo(to, t, frm, subject):
    local, mf, helo, ip = ses_route(t)
    rt = later(t, seconds=3)
    node = f"atlas{R.randint(100, 399)}.free.mail.ne1.yahoo.com"
    inner = f"10.197.{R.randint(1, 250)}.{R.randint(1, 250)}"
    tr = [("Received", f"from {inner}\n by {node} with HTTPS; {rfc(rt)}"),
          ("Return-Path", f"<{mf}>"),
          ("Received", f"from {ip} (EHLO {helo})\n by {inner} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(rt)}"),
          ("X-Originating-Ip", f"[{ip}]"),
          ("Received-SPF", f"pass (domain of email.amazonses.com designates {ip} as permitted sender)"),
          ("Authentication-Results", f"{node};\n dkim=pass header.i=@amazon.com header.s={AMZ_SEL};\n dkim=pass header.i=@amazonses.com header.s={ses_sel(t)};\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;"),
          ("X-Apparently-To", f"{to}; {rfc(rt)}")]
    return tr + aws_sender(t, frm, to, subject, local)


# F2 case_created for the second request (Y) ------------------------------
t = later(tY, seconds=27)
txt = f"""Hello Daniel,

We've received your message and it's now with our team.

Your reference: {CY}

What you sent:
  Inquiry type: AWS Training and Certification
  Detail: Account assistance
  AWS candidate ID: AWS-90022817
  Notification email: {DAN_A}
  Message: I sent a request last week about joining my two certification
  accounts and never heard anything back. Trying again. The one from my old
  job is dokafor@lagos-fintech.ng.

You can expect a reply from one of our specialists, usually within one
business day. To add to your request, reply to this email and leave the
subject line as it is.

Regards,
AWS Training and Certification
"""
m = alt(tpart(txt, cte="b64"), tpart(aws_html(txt), "html", cte="b64"),
        boundary=java_boundary(t))
emit("form-second-request-now-with-our-team", ("case_created", CY, ["AWS90022817"], True, "en"),
     aws_yahoo(DAN_A, t, AWS_FORM, f"[CASE {CY}] {FORM_SUBJ}"), m)

# F3 support_reply on Y ---------------------------------------------------------
t = utc(2025, 2, 11, 16, 20, 4)
txt = f"""Hi Daniel,

Thanks for your patience, and I'm sorry nobody got back to you on your first
request. It looks like that form came through without a contact address, so our
answer had nowhere to go.

I'll look after everything from here under {CY}, so there's no need to send
anything else through the form.

I've found AWS90022817 under dokafor@lagos-fintech.ng, and a second profile
under {DAN_A}. Which of the two would you like to hang on to? Whichever one
you choose will end up with all of your exams and certifications on it.

Also, if you still have the candidate number for the Yahoo profile handy,
please send it over - it helps me make sure I'm looking at the right record.

Many thanks,
Mei
AWS Training and Certification Customer Support
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-sorry-first-request-lost-which-to-keep", ("support_reply", CY, ["AWS90022817"], True, "en"),
     aws_yahoo(DAN_A, t, AWS_FORM, f"RE:[CASE {CY}] {FORM_SUBJ}"), m)

# F4 survey: the first request (X) closed as duplicate ------------------------
t = utc(2025, 2, 11, 16, 25, 40)
fl = f"https://aws-tc-feedback.amazon.com/r/{rhex(24)}?c={CX}"
txt = f"""Hello,

We've closed your request {CX}.

The same question is being looked after under request {CY}, so we'll carry
on the conversation there and you don't need to do anything with this one.

If you think we've closed this by mistake, reply within 14 days.

How did we do? It takes about 30 seconds to rate your experience:
{fl}

Thank you,
AWS Training and Certification
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("first-request-closed-duplicate-rate-us", ("survey", CX, [], True, "en"),
     aws_yahoo(DAN_A, t, AWS_FORM, f"[CASE {CX}] We've closed your request"), m)

# F5 merge_confirmation_requested on Y -----------------------------------------
tY_u = utc(2025, 2, 11, 21, 48, 0)
user_F = """Hi Mei,
Thanks. Keep the yahoo one please, number is AWS27761340.
Daniel
Sent from Yahoo Mail for iPhone"""
t = utc(2025, 2, 12, 11, 0, 27)
txt = f"""Hi Daniel,

Thanks, that matches what I see.

To recap what you've asked for:

  AWS90022817 (dokafor@lagos-fintech.ng)
     --> everything moves onto -->
  AWS27761340 ({DAN_A})

AWS27761340 is the account that carries on; AWS90022817 gets retired and you
won't be able to sign in to it again. Heads up that this is one-way: we can't
reverse it afterwards.

Could you give me a quick thumbs up by replying to this email? Nothing happens
on our side until you do.

Many thanks,
Mei
AWS Training and Certification Customer Support

On Tuesday, February 11, 2025, 9:48 PM, Daniel Okafor <{DAN_A}> wrote:

{q(user_F)}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-recap-asks-for-thumbs-up",
     ("merge_confirmation_requested", CY, ["AWS27761340", "AWS90022817"], True, "en"),
     aws_yahoo(DAN_A, t, AWS_FORM, f"RE:[CASE {CY}] {FORM_SUBJ}"), m)

# =============================================================== THREAD H
# Aisha Khan, hotmail (Outlook), form desk, 15-digit case (2025-09)
# keep AWS73310924, fold AWS14477065
AISHA_A = "aisha.khan91@hotmail.com"
tH = utc(2025, 9, 8, 6, 50, 31)
CH = case15(tH, 77)
H_SUBJ = f"RE:[CASE {CH}] {FORM_SUBJ}"

# H1 merge_confirmation_requested + a side question ---------------------------
t = utc(2025, 9, 9, 13, 5, 12)
txt = f"""Hi Aisha,

Thanks for bearing with us. Here's where we've landed:

\u2022 AWS73310924 \u2014 {AISHA_A} \u2014 this is the one that stays
\u2022 AWS14477065 \u2014 a.khan@brightpath-edu.org \u2014 its records move across, then it closes

A heads-up before you answer: it's a one-way street. We can't pull the two
apart again afterwards.

Can you reply and let us know you're happy with the above?

Also, unrelated, but while I've got you: you mentioned a voucher in your
message. Was that the 50% discount from a previous certification, or a free
retake? I'd like to make sure it ends up in the right place.

Kind regards,
Tom
AWS Training and Certification Customer Support
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-one-way-street-happy-with-above",
     ("merge_confirmation_requested", CH, ["AWS14477065", "AWS73310924"], True, "en"),
     aws_outlook_pass(AISHA_A, t, AWS_FORM, H_SUBJ), m)
txt_H1 = txt

# H2 support_reply: question about the voucher, not about the accounts --------
tH_u = utc(2025, 9, 9, 18, 22, 0)
user_H = """Hi Tom,

Yes that's all fine, please go ahead and merge them.
The voucher was the 50% one I got after passing Cloud Practitioner, code
was in my old account's Benefits page.

Thanks
Aisha"""
t = utc(2025, 9, 10, 8, 30, 55)
txt = f"""Hi Aisha,

Thanks for the go-ahead and for the voucher details. We've started on it.

One more question, and this one isn't about the accounts: the 50% voucher from
your Cloud Practitioner shows as already used on 2 September, for an exam
booking with Pearson VUE. Was that you? If it wasn't, let me know and I'll
raise it with our exam security team separately.

Kind regards,
Tom
AWS Training and Certification Customer Support

{outlook_quote(f"Aisha Khan <{AISHA_A}>", tH_u, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", H_SUBJ, user_H + chr(10) + chr(10) + outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", utc(2025, 9, 9, 13, 5, 12), AISHA_A, H_SUBJ, txt_H1))}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-started-asks-about-used-voucher", ("support_reply", CH, [], True, "en"),
     aws_outlook_pass(AISHA_A, t, AWS_FORM, H_SUBJ), m)

# H3 merge_completed ---------------------------------------------------------
tH_u2 = utc(2025, 9, 10, 10, 2, 0)
t = utc(2025, 9, 11, 15, 2, 44)
txt = f"""Hi Aisha,

All sorted. AWS73310924 now holds everything that was on AWS14477065: both
certifications, your exam history and the transcript. You'll sign in with
{AISHA_A} from now on; the brightpath-edu.org login has been retired.

One thing we can't do from here: Credly badges live in a separate system. If
your badges haven't appeared on your Credly profile in a few days, reply to
this email and we'll ask Credly to move them across.

Kind regards,
Tom
AWS Training and Certification Customer Support

{outlook_quote(f"Aisha Khan <{AISHA_A}>", tH_u2, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", H_SUBJ, "Yes, that was me - I booked SAA for next month. Thanks for checking!")}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-all-sorted-badges-separate-system",
     ("merge_completed", CH, ["AWS14477065", "AWS73310924"], True, "en"),
     aws_outlook_pass(AISHA_A, t, AWS_FORM, H_SUBJ), m)

# H4 survey HTML only base64 ---------------------------------------------------
t = utc(2025, 9, 11, 15, 5, 3)
fl = f"https://aws-tc-feedback.amazon.com/r/{rhex(24)}?c={CH}"
h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:15px;color:#16191f;background:#fafafa">
<div style="max-width:560px;margin:20px auto;background:#fff;padding:28px;border:1px solid #e9ebed">
<p>Hi Aisha,</p>
<p>Your request {CH} is now closed.</p>
<h2 style="font-size:18px">Did we sort things out for you?</h2>
<p><a href="{fl}&amp;resolved=1" style="display:inline-block;padding:10px 22px;background:#037f0c;color:#fff;text-decoration:none">Yes, all good</a>
&nbsp;&nbsp;<a href="{fl}&amp;resolved=0" style="display:inline-block;padding:10px 22px;background:#d91515;color:#fff;text-decoration:none">No, I still need help</a></p>
<p>Got another minute? <a href="{fl}&amp;agent=1">Tell us how Tom did</a>.</p>
<p style="color:#5f6b7a;font-size:12px">AWS Training and Certification &middot; Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></body></html>
"""
m = tpart(h, "html", cte="b64")
emit("did-we-sort-things-out-buttons", ("survey", CH, [], True, "en"),
     aws_outlook_pass(AISHA_A, t, AWS_FORM, f"Quick question about your AWS request {CH}"), m)

# H5 credly: badges moved from the other Credly account -------------------------
t = utc(2025, 9, 15, 9, 44, 21)
blink = f"https://www.credly.com/earner/earned?tab=badges&ref={rhex(12)}"
plain = f"""Aisha, your AWS badges are now in one place

At the request of AWS Training and Certification, 2 badges that were held by
a.khan@brightpath-edu.org have been issued to this account ({AISHA_A}):

  - AWS Certified Cloud Practitioner
  - AWS Certified AI Practitioner

Accept them to make them visible on your profile: {blink}

Credly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109
"""
hb = (f"<p>At the request of AWS Training and Certification, 2 badges that were held by "
      f"a.khan@brightpath-edu.org have been issued to this account ({AISHA_A}):</p>"
      "<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified AI Practitioner</li></ul>"
      "<p>Accept them to make them visible on your profile.</p>")
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Aisha, your AWS badges are now in one place", hb, "Accept your badges", blink), "html", cte="qp"),
        boundary=rhex(60))
emit("credly-badges-from-other-address-issued-here", ("credly_badge_issued", None, [], True, "en"),
     credly_headers(AISHA_A, t, "Your AWS badges are now in one place", provider="outlook"), m)

# =============================================================== THREAD I
# Li Wei, corporate Exchange Online tenant, console case 15-digit (2025-10)
# keep AWS36618002, fold AWS80245519
LI_A = "wei.li@helix-analytics.com"
tI = utc(2025, 10, 14, 2, 15, 9)
CI = case15(tI, 530)
I_SUBJ = "Two certification IDs for the same person"
BEN_FOOT = RATE_FOOTER.format(link=CONSOLE_LINK.format(CI)).replace(
    "Best regards,", "Best regards,\nBen T.", 1)

# I1 case_created (console, paraphrased) ---------------------------------------
t = later(tI, seconds=2)
txt = f"""Hello,

We have your request and it's in the queue for AWS Support.

Reference:  {CI}
Subject:    {I_SUBJ}
Severity:   General question

You'll get an email when someone replies. You can follow along, add details
or upload files in the Support Center:
{CONSOLE_LINK.format(CI)}

Replies to this email aren't monitored.

Amazon Web Services
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("console-we-have-your-request-in-queue", ("case_created", CI, [], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"AWS Support - request {CI} received"), m)

# I2 merge_confirmation_requested ---------------------------------------------
t = utc(2025, 10, 15, 7, 40, 18)
txt = f"""Hi Li Wei,

Thanks for the details you added yesterday.

Before I press the button on this, I want to make doubly sure we've got it the
right way round, because it can't be reversed:

  AWS80245519 (liwei.cloud@163.com) folds into AWS36618002 ({LI_A}).

AWS36618002 is the survivor - same sign-in as today, but with the exam history
and certifications of the other ID added to it. AWS80245519 stops existing.

Please answer in the Support Center with a short "OK" if that's what you want,
or tell me if it should be the other way round.

{BEN_FOOT}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-before-i-press-the-button-which-way-round",
     ("merge_confirmation_requested", CI, ["AWS36618002", "AWS80245519"], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"RE:[CASE {CI}] {I_SUBJ}"), m)

# I3 support_reply: got your OK ----------------------------------------------
t = utc(2025, 10, 15, 12, 10, 2)
txt = f"""Hi Li Wei,

Got your OK, thank you. I've handed this to the team that does the work in the
back end, and I'll let you know here when they're done. Nothing more is needed
from you for now.

If you have an exam booked in the next few days, tell me and I'll ask them to
wait until after it.

{BEN_FOOT}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-got-your-ok-handed-to-back-end", ("support_reply", CI, [], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"RE:[CASE {CI}] {I_SUBJ}"), m)

# I4 merge_completed (HTML only) -------------------------------------------------
t = utc(2025, 10, 16, 22, 5, 37)
txt = f"""Hi Li Wei,

The back-end team has finished. Your two certification IDs are now one:
AWS36618002 is the only ID you'll need from here on, and it now shows your
Data Engineer - Associate alongside your Solutions Architect - Associate.
AWS80245519 has been retired.

It can take up to 48 hours for the change to show in Credly and in the
certification verification tool.

{BEN_FOOT}
"""
m = tpart(aws_html(txt), "html", cte="qp")
emit("agent-two-ids-are-now-one-html-only",
     ("merge_completed", CI, ["AWS36618002", "AWS80245519"], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"RE:[CASE {CI}] {I_SUBJ}"), m)

# I5 survey: closure notice ------------------------------------------------------
t = utc(2025, 10, 16, 22, 6, 12)
txt = f"""Hello,

We've resolved your AWS Support request {CI} ("{I_SUBJ}").

If you still need help with it, you can reopen it from the Support Center
within 14 days:
{CONSOLE_LINK.format(CI)}

Tell us how we did: open the request and pick a star rating next to the
reply from our team.

Amazon Web Services
"""
m = tpart(txt, cte="7bit", cs="us-ascii")
emit("console-request-resolved-pick-star-rating", ("survey", CI, [], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"[Case {CI}] Request resolved"), m)

# I6 credly -------------------------------------------------------------------------
t = utc(2025, 10, 18, 1, 2, 33)
badge = "AWS Certified Data Engineer – Associate"
blink = f"https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
plain = f"""Li, your badge is ready to accept

AWS Training and Certification has issued you a new badge:
{badge}

Accept your badge: {blink}

This email was sent to {LI_A}.
Credly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109
"""
m = alt(tpart(plain, cte="qp", cs="utf-8", label="windows-1252"),
        tpart(credly_html("Li, your badge is ready to accept", f"<p>AWS Training and Certification has issued you a new badge:</p><p><b>{html.escape(badge)}</b></p>", "Accept your badge", blink), "html", cte="qp"),
        boundary=rhex(60))
emit("credly-data-engineer-ready-wrong-charset-label", ("credly_badge_issued", None, [], True, "en"),
     credly_headers(LI_A, t, subj(f"Li, your {badge} badge is ready"), provider="outlook"), m)

# =============================================================== THREAD J
# Ben Carter, on-prem Exchange behind Postfix gateway: no Authentication-Results
BEN_A = "ben.carter@carterandhale.co.uk"
CJ = "10482219375"
t = utc(2022, 4, 27, 13, 48, 6)
local, mf, helo, ip = ses_route(t)
BST = dt.timezone(dt.timedelta(hours=1))
trace = [
    ("Received", f"from EXCH02.carterandhale.local (10.0.1.12) by\n EXCH01.carterandhale.local (10.0.1.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2375.24\n via Mailbox Transport; {rfc(later(t, seconds=9), BST)}"),
    ("Received", f"from mailgw.carterandhale.co.uk (192.168.10.5) by\n EXCH02.carterandhale.local (10.0.1.12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2375.24;\n {rfc(later(t, seconds=8), BST)}"),
    ("Received", f"from {helo} ({helo} [{ip}])\n\tby mailgw.carterandhale.co.uk (Postfix) with ESMTPS id 4KpQ{ralnum(8, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{BEN_A}>; {rfc(later(t, seconds=7), BST)}"),
    ("X-MS-Exchange-Organization-AuthSource", "EXCH02.carterandhale.local"),
    ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ("Return-Path", f"<{mf}>"),
]
txt = f"""Hi Ben,

Just to let you know that's sorted now. Everything that was under your old
number now lives on AWS43307718, and AWS43307718 is the only ID you'll need from
here on. The old one (AWS 85519064) can't be used to sign in any more.

If anything looks off when you log in, give me a shout on this thread.

Thanks,
Grace
AWS Training and Certification
"""
m = tpart(txt, cte="qp", cs="iso-8859-1")
emit("agent-thats-sorted-now-no-auth-results",
     ("merge_completed", CJ, ["AWS43307718", "AWS85519064"], None, "en"),
     trace + aws_sender(t, AWS_FORM, BEN_A, f"RE:[CASE {CJ}] {FORM_SUBJ}", local), m)

# =============================================================== THREAD K
# Elena Petrova, self-hosted Postfix, no Authentication-Results
ELENA_A = "elena@petrova.dev"
tK = utc(2025, 3, 17, 10, 4, 55)
CK = case15(tK, 411)


def noar_postfix(t):
    local, mf, helo, ip = ses_route(t)
    tr = [("Return-Path", f"<{mf}>"),
          ("X-Original-To", ELENA_A),
          ("Delivered-To", ELENA_A),
          ("Received", f"from {helo} ({helo} [{ip}])\n\tby mail.petrova.dev (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{ELENA_A}>; {rfc(later(t, seconds=5), dt.timezone(dt.timedelta(hours=1)))}")]
    return tr, local


# K1 support_reply: names don't match, asks for ID ----------------------------
t = utc(2025, 3, 18, 14, 37, 50)
tr, local = noar_postfix(t)
txt = f"""Hi Elena,

Thanks for your message. I've had a look at both AWS61120093 and AWS61120871.

Before we can bring them together there's one snag: the first is under the name
"Elena Petrova" and the second under "Olena Petrova". For two records to be
joined the legal names need to match exactly.

Could you tell us which spelling is correct, and send a photo of a
government-issued ID that shows it? You're welcome to black out the document
number and photo; we only need the name. Once we've fixed the spelling on the
other record we can carry on with your request.

Best wishes,
Sam
AWS Training and Certification Customer Support
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("agent-names-dont-match-needs-id-photo",
     ("support_reply", CK, ["AWS61120093", "AWS61120871"], None, "en"),
     tr + aws_sender(t, AWS_FORM, ELENA_A, f"RE:[CASE {CK}] {FORM_SUBJ}", local), m)

# K2 survey: closed for no answer + questionnaire (QP) -------------------------
t = utc(2025, 3, 26, 9, 0, 14)
tr, local = noar_postfix(t)
fl = f"https://aws-tc-feedback.amazon.com/r/{rhex(24)}?c={CK}"
txt = f"""Hello Elena,

We haven't heard from you for a week, so we've closed request {CK} for now.
You can pick it up again at any time by replying to this email \u2013 everything
you've already sent us stays on file.

We'd also really like to know how we did. There's a two-minute questionnaire
here: {fl}

Thank you,
AWS Training and Certification
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("closed-for-no-answer-two-minute-questionnaire", ("survey", CK, [], None, "en"),
     tr + aws_sender(t, AWS_FORM, ELENA_A, subj(f"[CASE {CK}] We\u2019ve closed your request", q=True), local), m)

# =============================================================== PHISHING about the merge

# P1 case_created from a look-alike domain (own domain passes) ----------------
t = utc(2025, 5, 25, 16, 20, 3)
CP1 = case15(utc(2025, 5, 25, 16, 19, 40), 518)
mf = f"bounce-{rhex(10)}@mail.aws-certification-helpdesk.com"
ip = "185.213.27.144"
helo = "mail.aws-certification-helpdesk.com"
ar = ar_google([("pass", "aws-certification-helpdesk.com", "default")], ("pass", mf, ip),
               ("pass", "p=NONE sp=NONE dis=NONE", "aws-certification-helpdesk.com"))
hdrs = trace_gmail(PRIYA_A, t, mf, helo, ip, ar) + [
    ("DKIM-Signature", dkim("aws-certification-helpdesk.com", "default", t, canon="relaxed/relaxed")),
    ("Date", rfc(t)),
    ("From", addr("AWS Certification Support", "support@aws-certification-helpdesk.com")),
    ("To", PRIYA_A),
    ("Subject", f"[CASE {CP1}] Your account unification request has been registered"),
    ("Message-ID", f"<{rhex(16)}.{ts(t)}@aws-certification-helpdesk.com>"),
    ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
txt = f"""Dear Candidate,

Thank you for contacting AWS Training & Certification. Your request to unify
your certification profiles has been registered under the reference {CP1}.

To avoid your request being cancelled, please verify your candidate ID
AWS11956402 and your sign-in details within 24 hours:

https://aws-certification-helpdesk.com/verify?ref={CP1}

Requests that are not verified will be closed automatically and your
certifications may become temporarily unavailable.

Regards,
AWS Training & Certification Support Team
"""
m = alt(tpart(txt, cte="qp", cs="iso-8859-1"), tpart(simple_html(txt), "html", cte="qp", cs="iso-8859-1"),
        boundary=f"b1_{rhex(32)}")
emit("lookalike-domain-request-registered-verify-now",
     ("case_created", CP1, ["AWS11956402"], False, "en"), hdrs, m)

# P2 merge_confirmation_requested from look-alike, no DKIM, DMARC none ---------------
t = utc(2025, 9, 9, 20, 4, 51)
CP2 = case15(utc(2025, 9, 8, 11, 30, 19), 462)
ip = "45.138.16.201"
helo = "vps-16201.amazon-training-support.net"
ar = ("spf=pass (sender IP is 45.138.16.201)\n smtp.mailfrom=amazon-training-support.net; dkim=none (message not signed)\n"
      " header.d=none;dmarc=none action=none\n header.from=amazon-training-support.net;compauth=fail reason=001")
hdrs = trace_outlook(AISHA_A, t, "amazon-training-support.net", helo, ip, ar) + [
    ("Date", rfc(t)),
    ("From", addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon-training-support.net")),
    ("To", AISHA_A),
    ("Subject", f"RE:[CASE {CP2}] Action needed: approve your account change"),
    ("Message-ID", f"<{rhex(24)}@amazon-training-support.net>")]
txt = f"""Hello Aisha,

We are about to join certification account AWS14477065 into AWS73310924 as
you asked. AWS73310924 will be the account you keep.

To approve this change, sign in within 24 hours using the secure link below.
If we do not receive your approval, both accounts will be locked for your
protection.

  Approve now: https://amazon-training-support.net/approve/{rhex(20)}

Kind regards,
Training and Certification Team
Amazon Web Services
"""
m = tpart(simple_html(txt), "html", cte="b64")
emit("lookalike-approve-account-change-link",
     ("merge_confirmation_requested", CP2, ["AWS14477065", "AWS73310924"], False, "en"), hdrs, m)

# P3 merge_completed spoofing amazon.com: topmost A-R dmarc=fail, forged pass below --
t = utc(2024, 11, 24, 7, 33, 12)
mf = f"info@certif-update.top"
ip = "194.87.233.18"
helo = "mail.certif-update.top"
ar = ar_google([], ("pass", mf, ip),
               ("fail", "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", "amazon.com"))
hdrs = trace_gmail(TOMASZ_A, t, mf, helo, ip, ar) + [
    ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.certif-update.top (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{TOMASZ_A}>; {rfc(t)}"),
    ("Authentication-Results", "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com"),
    ("Date", rfc(t)),
    ("From", AWS_NOREPLY),
    ("To", TOMASZ_A),
    ("Subject", "Your certification accounts have been unified"),
    ("Message-ID", f"<{ses_local(t)}@email.amazonses.com>")]
txt = f"""Hello,

Your AWS Certification accounts have been unified. All your certifications are
now available under AWS55012983.

To keep your 50% exam voucher active after this change, please re-enter your
billing details within 48 hours:

https://aws-certification.certif-update.top/benefits/voucher

If you do not update your details, the voucher will be cancelled.

Amazon Web Services
"""
m = alt(tpart(txt, cte="8bit", cs="us-ascii"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=gmail_boundary())
emit("spoofed-amazon-accounts-unified-voucher-dmarc-fail",
     ("merge_completed", None, ["AWS55012983"], False, "en"), hdrs, m)

# P4 credly_badge_issued about the merge from look-alike domain ------------------
t = utc(2023, 6, 12, 17, 45, 0)
ip = "103.224.182.77"
helo = "smtp.credly-notify.com"
ar = ar_outlook(ip, "credly-notify.com", "pass", "credly-notify.com", "pass", "credly-notify.com")
hdrs = trace_outlook(MARCO_A, t, "credly-notify.com", helo, ip, ar) + [
    ("DKIM-Signature", dkim("credly-notify.com", "k1", t, canon="relaxed/relaxed")),
    ("Date", rfc(t)),
    ("From", addr("Credly", "badges@credly-notify.com")),
    ("To", MARCO_A),
    ("Subject", "4 badges are ready after your AWS account consolidation"),
    ("Message-ID", f"<{rhex(20)}@credly-notify.com>")]
blink = f"https://credly-notify.com/claim?u={rhex(16)}"
plain = f"""Hi Marco,

Following the consolidation of your AWS Certification accounts, AWS Training
and Certification has issued 4 badges to your new profile.

Accept your badges before 30 June, or they will be archived:
{blink}

The Credly Team
"""
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Your badges are ready", "<p>Following the consolidation of your AWS Certification accounts, AWS Training and Certification has issued <b>4 badges</b> to your new profile.</p><p>Accept your badges before 30 June, or they will be archived.</p>", "Accept your badges", blink), "html", cte="qp"),
        boundary=rhex(30))
emit("lookalike-credly-badges-after-consolidation",
     ("credly_badge_issued", None, [], False, "en"), hdrs, m)

# P5 unrelated phishing: "certification will be revoked" ---------------------------
t = utc(2025, 10, 20, 4, 12, 40)
ip = "91.215.85.40"
helo = "srv40.amaz0n-training.com"
ar = ("spf=fail (sender IP is 91.215.85.40)\n smtp.mailfrom=amaz0n-training.com; dkim=none (message not signed)\n"
      " header.d=none;dmarc=fail action=quarantine\n header.from=amaz0n-training.com;compauth=fail reason=000")
hdrs = trace_outlook(LI_A, t, "amaz0n-training.com", helo, ip, ar, spf_word="Fail") + [
    ("Date", rfc(t)),
    ("From", addr("AWS Certification", "certification@amaz0n-training.com")),
    ("To", LI_A),
    ("Subject", "Final notice: your AWS Certification will be revoked"),
    ("Message-ID", f"<{rhex(18)}@srv40.amaz0n-training.com>")]
txt = """Dear Certified Professional,

Our exam security team detected unusual activity on your certification record.

Candidate ID: AWS36618002
Status: Pending revocation

To keep your certifications, verify your identity within 12 hours:
https://amaz0n-training.com/secure/verify

AWS Certification Security
"""
m = tpart(txt, cte="7bit", cs="us-ascii")
emit("phish-certification-revoked-verify-identity",
     ("unrelated", None, ["AWS36618002"], False, "en"), hdrs, m)

# =============================================================== UNRELATED look-alikes


def generic_gmail(to, t, frm_dom, selector, mf, helo, ip, policy="p=REJECT sp=REJECT dis=NONE"):
    ar = ar_google([("pass", frm_dom, selector)], ("pass", mf, ip), ("pass", policy, frm_dom))
    return trace_gmail(to, t, mf, helo, ip, ar)


# U1 GitHub "Merged #412" notification --------------------------------------------
t = utc(2025, 6, 3, 14, 9, 27)
mf = f"noreply@github.com"
hdrs = generic_gmail(PRIYA_A, t, "github.com", "pf2023", mf, "out-21.smtp.github.com", "192.30.252.204") + [
    ("DKIM-Signature", dkim("github.com", "pf2023", t, h="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From", canon="relaxed/relaxed")),
    ("Date", rfc(t)),
    ("From", addr("Dmitri K.", "notifications@github.com")),
    ("Reply-To", "priyaraman/cert-tracker <reply+ABCD3F" + rhex(20).upper() + "@reply.github.com>"),
    ("To", "priyaraman/cert-tracker <cert-tracker@noreply.github.com>"),
    ("Cc", "Priya Raman <priya.raman84@gmail.com>, Author <author@noreply.github.com>"),
    ("Message-ID", f"<priyaraman/cert-tracker/pull/412/issue_event/{R.randint(10**10, 10**11)}@github.com>"),
    ("In-Reply-To", "<priyaraman/cert-tracker/pull/412@github.com>"),
    ("References", "<priyaraman/cert-tracker/pull/412@github.com>"),
    ("Subject", "Re: [priyaraman/cert-tracker] Merge duplicate candidate accounts into a\n single profile record (PR #412)"),
    ("List-ID", "priyaraman/cert-tracker <cert-tracker.priyaraman.github.com>"),
    ("List-Unsubscribe", "<mailto:unsub+ABCD3F@reply.github.com>, <https://github.com/notifications/unsubscribe/ABCD3F>"),
    ("X-GitHub-Reason", "author")]
plain = """Merged #412 into main.

The duplicate-account merge is complete; CI passed on the final commit.

--
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-tracker/pull/412#event-17731005521
You are receiving this because you authored the thread.

Message ID: <priyaraman/cert-tracker/pull/412/issue_event/17731005521@github.com>
"""
hh = ('<p>Merged <a href="https://github.com/priyaraman/cert-tracker/pull/412">#412</a> into main.</p>'
      "<p>The duplicate-account merge is complete; CI passed on the final commit.</p>"
      '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
      '<a href="https://github.com/priyaraman/cert-tracker/pull/412#event-17731005521">view it on GitHub</a>.<br>'
      "You are receiving this because you authored the thread.</p>")
m = alt(tpart(plain, cte="7bit", cs="UTF-8"), tpart(hh, "html", cte="7bit", cs="UTF-8"),
        boundary=f"--==_mimepart_{rhex(13)}_{R.randint(10, 99)}")
emit("github-pr-merged-into-main", ("unrelated", None, [], False, "en"), hdrs, m)

# U2 Credly's own self-service account merge code ------------------------------------
t = utc(2025, 5, 27, 18, 2, 45)
code = "482913"
blink = f"https://www.credly.com/users/merge/confirm?token={rhex(40)}"
plain = f"""Hi Priya,

Someone (hopefully you) asked to merge the Credly account
priya.raman@northwind-logistics.com into the account for {PRIYA_A}.

Your verification code is: {code}

Enter it on the merge page, or use the button below. The code expires in 30
minutes.

Complete Account Merge: {blink}

If you didn't ask for this, you can ignore this email - nothing will change.

The Credly Team
"""
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Verify your account merge", f"<p>Someone (hopefully you) asked to merge the Credly account priya.raman@northwind-logistics.com into the account for {PRIYA_A}.</p><p>Your verification code is: <b style=\"font-size:22px;letter-spacing:3px\">{code}</b></p><p>The code expires in 30 minutes.</p>", "Complete Account Merge", blink).replace("You received this email because AWS Training and Certification uses Credly to recognize your achievements.", "You received this email because of activity on your Credly account."), "html", cte="qp"),
        boundary=rhex(60))
emit("credly-self-service-account-merge-code",
     ("unrelated", None, [], True, "en"),
     credly_headers(PRIYA_A, t, f"Your Credly account merge code: {code}", frm=addr("Credly", "admin@credly.com")), m)

# U3 Credly badge expiry reminder ----------------------------------------------------
t = utc(2022, 7, 11, 15, 30, 5)
blink = "https://aws.amazon.com/certification/recertification/"
plain = """Sarah, your badge expires soon

Your AWS Certified Cloud Practitioner badge from AWS Training and
Certification expires on August 10, 2022.

To keep it active, complete the recertification requirements before it
expires: https://aws.amazon.com/certification/recertification/

Credly, Inc. - 50 Milk Street, 16th Floor, Boston, MA 02109
"""
m = alt(tpart(plain, cte="qp"),
        tpart(credly_html("Sarah, your badge expires soon", "<p>Your <b>AWS Certified Cloud Practitioner</b> badge from AWS Training and Certification expires on <b>August 10, 2022</b>.</p><p>To keep it active, complete the recertification requirements before it expires.</p>", "Learn how to recertify", blink), "html", cte="qp"),
        boundary=rhex(60))
emit("credly-badge-expires-in-30-days", ("unrelated", None, [], True, "en"),
     credly_headers(SARAH_A, t, "Your AWS Certified Cloud Practitioner badge expires in 30 days"), m)

# U4 CertMetrics "wants to hear from you" ----------------------------------------------
t = utc(2023, 7, 3, 16, 0, 22)
ip = "52.247.112.9"
helo = "mail9.certmetrics.com"
ar = ar_outlook(ip, "certmetrics.com", "pass", "certmetrics.com", "pass", "certmetrics.com")
hdrs = trace_outlook(MARCO_A, t, "certmetrics.com", helo, ip, ar) + [
    ("DKIM-Signature", dkim("certmetrics.com", "cm1", t, canon="relaxed/relaxed")),
    ("Date", rfc(t)),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", MARCO_A),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Message-ID", f"<{rhex(32)}@certmetrics.com>")]
txt = f"""Dear Marco Bellini,

AWS Certification is asking a small group of certified individuals about their
experience with the program. The questionnaire takes about 10 minutes and your
answers are anonymous.

Candidate ID: AWS20331985

Start here: https://www.certmetrics.com/amazon/public/survey.aspx?t={rhex(24)}

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification.
Please do not reply to this message.
"""
m = alt(tpart(txt, cte="qp"), tpart(simple_html(txt), "html", cte="qp"),
        boundary=ol_boundary())
emit("certmetrics-wants-to-hear-from-you", ("unrelated", None, ["AWS20331985"], False, "en"), hdrs, m)

# U5 other AWS support case: billing, opened ---------------------------------------
tb = utc(2024, 12, 3, 9, 44, 2)
CBILL = case15(tb, 1873)
t = later(tb, seconds=2)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CBILL} to
address your issue.

The details of your case are as follows:

Case ID: {CBILL}
Subject: Unexpected charges after closing a member account
Severity: General guidance
Correspondence: Hi, I closed our old sandbox account in October but the November
invoice still shows EC2 and NAT Gateway charges on it. Can you check and refund?

To update your case, reply to correspondence, or see all the correspondence on
your case, go to the Support Center:
{CONSOLE_LINK.format(CBILL)}

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails.
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("aws-billing-case-opened-other-topic", ("unrelated", CBILL, [], True, "en"),
     aws_gmail_pass(TOMASZ_A, t, AWS_NOREPLY,
                    f"Amazon Web Services: You have opened a new Support case: {CBILL}"), m)

# U6 other AWS support case: quota increase finished --------------------------------------
tq = utc(2025, 8, 4, 3, 17, 55)
CQ = case15(tq, 1022)
t = utc(2025, 8, 4, 9, 2, 31)
txt = f"""Hello,

Thank you for your patience. We've approved and processed your request for a
limit increase:

  Service: EC2 Instances
  Region: eu-central-1
  Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  New limit value: 256 vCPUs

Your request is now complete. It can take up to 30 minutes for the new value to
show in the Service Quotas console.

{RATE_FOOTER.format(link=CONSOLE_LINK.format(CQ)).replace("Best regards,", "Best regards," + chr(10) + "Nikhil P.", 1)}
"""
m = alt(tpart(txt, cte="qp"), tpart(aws_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("aws-quota-increase-request-complete", ("unrelated", CQ, [], True, "en"),
     aws_outlook_pass(LI_A, t, AWS_NOREPLY, f"RE:[CASE {CQ}] Limit Increase: EC2 Instances"), m)

# U7 Amazon Seller Central case: detail pages merged + rate us ----------------------------
CS = "15876214021"
t = utc(2024, 3, 19, 22, 40, 8)
local, mf, helo, ip = ses_route(t)
node = f"atlas{R.randint(100, 399)}.free.mail.bf1.yahoo.com"
hdrs = [("Received", f"from 10.217.{R.randint(1, 250)}.{R.randint(1, 250)}\n by {node} with HTTPS; {rfc(later(t, seconds=2))}"),
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from {ip} (EHLO {helo})\n by 10.217.137.11 with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(later(t, seconds=2))}"),
        ("Authentication-Results", f"{node};\n dkim=pass header.i=@amazon.com header.s={AMZ_SEL};\n dkim=pass header.i=@amazonses.com header.s={ses_sel(t)};\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;"),
        ("X-Apparently-To", f"{DAN_A}; {rfc(later(t, seconds=2))}")] + \
    aws_sender(t, addr("Amazon Seller Central", "seller-notification@amazon.com"), DAN_A,
               f"RE:[CASE {CS}] Duplicate detail pages for ASIN B0C7XK21PL", local)
txt = f"""Hello,

I'm Irfan from Amazon Selling Partner Support.

The two detail pages you reported (B0C7XK21PL and B0C7XK9QZT) have been merged.
Your offers now appear on B0C7XK21PL, and B0C7XK9QZT will stop being shown in
search within 24 hours.

Was this email helpful?
  Yes: https://sellercentral.amazon.com/cu/case-dashboard/rate?caseID={CS}&r=1
  No:  https://sellercentral.amazon.com/cu/case-dashboard/rate?caseID={CS}&r=0

We will close this case if we don't hear from you in 3 days.

Thank you for selling on Amazon,
Irfan K.
Amazon Selling Partner Support
"""
m = alt(tpart(txt, cte="qp"), tpart(simple_html(txt), "html", cte="qp"),
        boundary=java_boundary(t))
emit("seller-central-detail-pages-merged-was-this-helpful",
     ("unrelated", CS, [], True, "en"), hdrs, m)

# U8 Pearson VUE appointment confirmation -------------------------------------------------
t = utc(2025, 9, 2, 11, 26, 40)
ip = "159.182.30.12"
helo = "mx-out2.pearson.com"
ar = ar_outlook(ip, "pearson.com", "pass", "pearson.com", "pass", "pearson.com")
hdrs = trace_outlook(AISHA_A, t, "pearson.com", helo, ip, ar) + [
    ("DKIM-Signature", dkim("pearson.com", "pvue2", t, canon="relaxed/relaxed")),
    ("Date", rfc(t)),
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
    ("To", AISHA_A),
    ("Subject", "Confirmation of your AWS Certified Solutions Architect - Associate\n exam appointment"),
    ("Message-ID", f"<{R.randint(10**11, 10**12)}.{R.randint(1000, 9999)}.JavaMail.pvue@pearson.com>")]
txt = """Dear Aisha Khan,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Saturday, October 4, 2025
Time: 10:00 AM BST
Delivery: OnVUE online proctored
Candidate ID: AWS73310924
Registration ID: 487221904

Please check in 30 minutes before your appointment. Make sure your system
passes the system test before exam day.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
m = alt(tpart(txt, cte="qp", cs="iso-8859-1"), tpart(simple_html(txt), "html", cte="qp", cs="iso-8859-1"),
        boundary=ol_boundary())
emit("pearson-vue-appointment-confirmation", ("unrelated", None, ["AWS73310924"], False, "en"), hdrs, m)

# @@CONTINUE@@


# =============================================================== checks

def check():
    import email
    from email.header import decode_header, make_header
    files = sorted(glob.glob(os.path.join(OUT, "*.eml")))
    names = {os.path.basename(f) for f in files}
    assert names == set(LABELS), (names ^ set(LABELS))
    bad = 0
    for f in files:
        n = os.path.basename(f)
        msg = email.message_from_bytes(open(f, "rb").read())
        text = str(make_header(decode_header(msg.get("Subject", ""))))
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            cs = part.get_content_charset() or "us-ascii"
            try:
                text += "\n" + part.get_payload(decode=True).decode(cs, "replace")
            except LookupError:
                text += "\n" + part.get_payload(decode=True).decode("latin-1")
        found = {"AWS" + d for d in re.findall(r"(?i)\baws[\s\-_]?(\d{8})\b", text)}
        lab = LABELS[n]
        for i in lab["account_ids"]:
            if i not in found:
                print("MISSING id", n, i)
                bad += 1
        extra = found - set(lab["account_ids"])
        if extra:
            print("  (info) ids only in quoted/other text:", n, sorted(extra))
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[ \u00a0]", "", text):
            print("MISSING case", n, lab["case_id"])
            bad += 1
        ars = msg.get_all("Authentication-Results") or []
        if lab["sender_verified"] is None and ars:
            print("A-R present but null", n)
            bad += 1
        if lab["sender_verified"] is not None and not ars:
            print("no A-R but not null", n)
            bad += 1
    print(f"{len(files)} files checked, {bad} problems")
    from collections import Counter
    print(Counter(v["kind"] for v in LABELS.values()))


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
    check()
