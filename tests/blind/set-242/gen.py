#!/usr/bin/env python3
"""Generator for blind set 242: AWS Certification account-merge mailbox.

Emphasis: non-native / machine-translated English from agents of many first
languages, plus look-alikes.  Run:  python3 make_set.py
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(242)
LABELS = {}
POL = policy.compat32.clone(max_line_length=None)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


# ---------------------------------------------------------------- helpers
def rb64(n):
    return base64.b64encode(rnd.randbytes(n)).decode()


def rhex(n):
    return rnd.randbytes(n).hex()


def ruuid():
    return str(uuid.UUID(bytes=rnd.randbytes(16), version=4))


def case15(dt):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), rnd.randint(100, 99999))


def ses_msgid(dt, region="0100"):
    ms = int(dt.timestamp() * 1000)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, ruuid())


def ses_mailfrom(dt, region="0100"):
    ms = int(dt.timestamp() * 1000)
    return "%s%012x-%s-000000@email.amazonses.com" % (region, ms, ruuid())


def gdate(dt):
    """Date as Gmail's Received lines print it (Pacific time)."""
    dt = dt.astimezone(PDT if 3 < dt.month < 11 else PST)
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z") + (
        " (PDT)" if dt.utcoffset() == timedelta(hours=-7) else
        " (PST)" if dt.utcoffset() == timedelta(hours=-8) else "")


def fold_b(s, width=76):
    """Fold a long base64 value over continuation lines."""
    out, line = [], ""
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return "\n\t ".join(out)


def dkim_sig(d, s, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple"):
    t = int(dt.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (c, s, d, t, hdrs, rb64(32), fold_b(rb64(256))))


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


# ------------------------------------------------------------ trace sets
AWS_SES_IPS = ["54.240.8.33", "54.240.11.87", "54.240.9.41", "54.240.48.102", "54.240.27.12", "23.251.234.7"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def _spf_res(ar):
    m = re.search(r"spf=(\w+)", ar)
    return m.group(1) if m else "none"


def _gspf(ar, mailfrom, ip):
    r = _spf_res(ar)
    if r == "pass":
        return "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
    if r == "softfail":
        return "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
    return "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (r, mailfrom, ip, ip)


def _ospf(ar, mailfrom, ip, host):
    r = _spf_res(ar)
    dom = mailfrom.split("@")[-1]
    if r == "pass":
        return "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (dom, ip, ip, host)
    return "%s (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (r.capitalize(), dom, ip, ip, host)


def gmail_trace(to, dt, ip, host, mailfrom, ar, dkims=(), arrive=17):
    """Headers Gmail adds on delivery.  ar: Authentication-Results body."""
    t = dt + timedelta(seconds=arrive)
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7300:%s with SMTP id %s;\n        %s"
         % (rhex(2) + ":b0:" + rhex(2) + ":" + rhex(2) + ":" + rhex(2), "x" + rhex(3) + "csp" + str(rnd.randint(100000, 9999999)) + "dyb", gdate(t))),
        ("X-Google-Smtp-Source", rb64(48)),
        ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n        %s"
         % (rhex(2), rhex(2), rhex(2), "af79cd13be357-" + rhex(5), rnd.randint(1, 999), int(t.timestamp() * 1000), gdate(t))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t.timestamp()), fold_b(rb64(128), 64).replace("\n\t ", "\n         "))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, rhex(6) + "si" + str(rnd.randint(100000, 999999)) + "qkj", rnd.randint(1, 999),
            t.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), to, gdate(t))),
        ("Received-SPF", _gspf(ar, mailfrom, ip)),
        ("Authentication-Results", ar),
    ]
    for d in dkims:
        h.append(("DKIM-Signature", d))
    return h


def ar_gmail(dkim=(), spf="pass", mailfrom="", ip="", dmarc=None):
    """dkim: list of (result, domain, selector); dmarc: (result, policy, from_domain) or None."""
    parts = []
    for res, d, s in dkim:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, s, rb64(6)[:8]))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        r, p, fd = dmarc
        if r == "pass":
            parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (p, p, fd))
        else:
            parts.append("dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (p, p, "QUARANTINE" if p != "NONE" else "NONE", fd))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(spf="pass", ip="", mailfrom_dom="", dkim=(), dmarc="pass", from_dom="", action="none", compauth="pass reason=100"):
    """Exchange Online style: no authserv-id."""
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mailfrom_dom) if spf == "pass" else \
        "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mailfrom_dom)
    for res, d in dkim:
        s += " dkim=%s (%s)\n header.d=%s;" % (res, "signature was verified" if res == "pass" else "no signature" if res == "none" else "signature did not verify", d)
    s += "dmarc=%s action=%s\n header.from=%s;compauth=%s" % (dmarc, action, from_dom, compauth)
    return s


def outlook_trace(to, dt, ip, host, mailfrom, ar, dkims=(), tenant="outlook.com", arrive=9):
    t = dt + timedelta(seconds=arrive)
    mx = rnd.choice(["AM4PEPF00027A5F", "SN1PEPF0002BA4C", "DB5PEPF00014B9B", "BN2PEPF000044A8", "SG2PEPF000B66CB"])
    mb = rnd.choice(["PAXPR83MB0542", "DM6PR11MB4187", "SEZPR06MB5696", "MW4PR04MB7393", "TYCPR01MB8451"])
    fe = rnd.choice(["AM6P195CA0071", "BN9PR03CA0412", "DS7PR05CA0088", "SI2PR02CA0017"])
    d = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    h = [
        ("Received", "from %s.%s.prod.outlook.com (2603:10a6:20b:%s::%s) by\n %s.%s.prod.outlook.com with HTTPS; %s"
         % (mx, mx[:3].lower() + "prd05", rhex(2), rhex(1), mb, mb[:4].lower() + "r83", d)),
        ("Received", "from %s.%s.prod.outlook.com (2603:10a6:20b:%s::%s)\n by %s.%s.prod.outlook.com (2603:10a6:102:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (fe, fe[:4].lower() + "5", rhex(2), rhex(1), mb, mb[:4].lower() + "r83", rhex(2), rhex(1), rnd.randint(8000, 9200), rnd.randint(10, 40), d)),
        ("Received", "from %s (%s) by %s.mail.protection.outlook.com\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (host, ip, mx, ip, rnd.randint(8000, 9200), rnd.randint(10, 40), d)),
        ("Authentication-Results", ar),
        ("Received-SPF", _ospf(ar, mailfrom, ip, host)),
    ]
    for dk in dkims:
        h.append(("DKIM-Signature", dk))
    return h


def ar_jp(authserv, spf="pass", mailfrom="", dkim=(), dmarc=None, from_dom=""):
    s = "%s;\n\tspf=%s smtp.mailfrom=%s" % (authserv, spf, mailfrom)
    for res, d in dkim:
        s += ";\n\tdkim=%s header.d=%s" % (res, d)
    if dmarc:
        s += ";\n\tdmarc=%s header.from=%s" % (dmarc, from_dom)
    return s


def jp_trace(to, dt, ip, host, mailfrom, ar, mta, dkims=(), arrive=6):
    t = (dt + timedelta(seconds=arrive)).astimezone(JST)
    d = t.strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")
    h = [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (mta, mta, rb64(9).replace("/", "x").replace("+", "y")[:10], to, d)),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (host, host, ip, mta, rb64(9).replace("/", "x").replace("+", "y")[:10], to, d)),
    ]
    for dk in dkims:
        h.append(("DKIM-Signature", dk))
    return h


def plain_trace(to, dt, ip, host, relay, arrive=30):
    """No Authentication-Results at all (on-prem / old relay)."""
    t = dt + timedelta(seconds=arrive)
    return [
        ("Return-Path", "<bounce@%s>" % host.split(".", 1)[-1]),
        ("Received", "from %s ([%s]) by %s\n with ESMTP id %s for <%s>; %s" % (host, ip, relay, rhex(6).upper(), to, format_datetime(t))),
    ]


def aws_trace(kind, to, dt, from_dom="amazon.com", dmarc="pass", **kw):
    """Typical genuine SES/amazon.com delivery to a given provider."""
    ip = kw.get("ip") or rnd.choice(AWS_SES_IPS)
    host = ses_host(ip)
    mf = ses_mailfrom(dt)
    sel = kw.get("sel", "rte02" if from_dom == "amazon.com" else "amazonses")
    dk = [dkim_sig(from_dom, sel, dt), dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt,
                                                 hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]
    if kind == "gmail":
        ar = ar_gmail(dkim=[("pass", from_dom, sel), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                      mailfrom=mf, ip=ip, dmarc=(dmarc, "QUARANTINE", from_dom))
        return gmail_trace(to, dt, ip, host, mf, ar, dk)
    if kind == "outlook":
        ar = ar_outlook(ip=ip, mailfrom_dom="amazonses.com", dkim=[("pass", from_dom), ("pass", "amazonses.com")],
                        dmarc=dmarc, from_dom=from_dom)
        return outlook_trace(to, dt, ip, host, mf, ar, dk)
    if kind == "jp":
        mta = kw["mta"]
        ar = ar_jp(kw["authserv"], mailfrom=mf, dkim=[("pass", from_dom), ("pass", "amazonses.com")], dmarc=dmarc, from_dom=from_dom)
        return jp_trace(to, dt, ip, host, mf, ar, mta, dk)
    raise ValueError(kind)


# ----------------------------------------------------------- body parts
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, quote_param=True):
    label = label or charset
    raw = text.encode(charset) if isinstance(text, str) else text
    m = Message()
    if quote_param:
        m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label)
    else:
        m["Content-Type"] = "text/%s; charset=%s" % (subtype, label)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def to_html(new, quoted="", style="plain", brand=None):
    """Turn plain text into simple HTML (agent mail client / template)."""
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in block.split("\n")) + "</p>")
        return "\n".join(out)
    body = paras(new)
    if quoted:
        q = "<br>\n".join(htmlmod.escape(l) for l in quoted.strip("\n").split("\n"))
        body += '\n<div class="quote" style="border-left:1px solid #ccc;padding-left:8px;color:#555">\n' + q + "\n</div>"
    if style == "aws":
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                "<title>Amazon Web Services</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
                '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
                '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">\n'
                '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr>\n'
                '<tr><td style="padding:24px">\n' + body + "\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body dir="ltr">\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body + "\n</div>\n</body></html>\n"


# ------------------------------------------------------------- quoting
WD_JA = "月火水木金土日"


def q_gmail(dt, name, a, text, nest=">"):
    head = "On %s, %s at %s %s <%s> wrote:" % (dt.strftime("%a"), dt.strftime("%b %-d, %Y"), dt.strftime("%-I:%M %p"), name, a)
    return head + "\n" + "\n".join(("> " + l) if l and not l.startswith(">") else (nest + l if l.startswith(">") else ">") for l in text.strip("\n").split("\n"))


def q_prefix(text, p="> "):
    return "\n".join((p + l) if l and not l.startswith(">") else (">" + l if l.startswith(">") else ">") for l in text.strip("\n").split("\n"))


def q_ja(dt, name, a, text):
    head = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute, name, a)
    return head + "\n" + q_prefix(text)


def q_outlook(frm, dt, to, subject, text, cc=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, text.strip("\n"))
    return "________________________________\n" + s


def q_orig(frm, dt, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, format_datetime(dt), to, subject, text.strip("\n")))


# ----------------------------------------------------------- the writer
ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?![0-9])")


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def write(fname, kind, lang, sv, case_id, *, frm, to, subject, date, trace, new, quoted="",
          sep="\n\n", html="alt", html_style="plain", charset="utf-8", cte="quoted-printable", label=None,
          html_charset=None, html_cte=None, html_label=None, html_text=None, extra=(), msgid=None,
          subj_charset="utf-8", crlf=False, ids=None, reply_to=None, cc=None, quote_param=True):
    """html: 'alt' (plain+html), 'only' (html only), None (plain only)."""
    plain = new.rstrip("\n") + "\n"
    if quoted:
        plain += sep + quoted.rstrip("\n") + "\n"
    if html_text is None:
        html_text = to_html(new, quoted, html_style)
    hc = html_charset or charset
    hcte = html_cte or cte
    if html == "alt":
        root = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (rnd.randint(100000, 999999), rnd.randint(10 ** 8, 10 ** 9), int(date.timestamp() * 1000)))
        root.attach(leaf(plain, "plain", charset, cte, label, quote_param))
        root.attach(leaf(html_text, "html", hc, hcte, html_label, quote_param))
        del root["MIME-Version"]
    elif html == "only":
        root = leaf(html_text, "html", hc, hcte, html_label, quote_param)
    else:
        root = leaf(plain, "plain", charset, cte, label, quote_param)
    content = list(root._headers)
    hdrs = list(trace)
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_subject(subject, subj_charset)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", msgid or "<%s@%s>" % (rhex(10), "mail.example.net")))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    root._headers = hdrs + content
    data = root.as_bytes(policy=POL.clone(linesep="\r\n" if crlf else "\n"))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    if ids is None:
        ids = ids_in(new)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": sv, "language": lang}


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
SES_EXTRA = lambda: [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]),
                     ("X-SES-Outgoing", "2025.%02d.%02d-54.240.8.%d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1, 99)))]


def ses_extra(dt):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]),
            ("X-SES-Outgoing", "%s-%s" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), rnd.choice(AWS_SES_IPS)))]


MAILS = []


def mail(f):
    MAILS.append(f)
    return f


# =====================================================================
#                                 MAILS
# =====================================================================


# ---------------------------------------------------------------- thread A
# Vietnamese user on Gmail, form desk, agent writing Indian English.
A_USER = ("Nguyen Van Minh", "minh.nguyenvan.dev@gmail.com")
A_OPEN = datetime(2025, 5, 27, 6, 41, 12, tzinfo=UTC)
A_CASE = case15(A_OPEN)
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_FORM_TEXT = """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418273
Description: Hello team, I have 2 certification account. One is created by my old company email when I take Cloud Practitioner (AWS09927361), other one is my personal. Please merge them into my personal account AWS04418273. Thank you so much."""


@mail
def m001():
    dt = A_OPEN + timedelta(seconds=41)
    new = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to confirm we have received your request. Your case number is %s. A member of our team will review your inquiry and respond, in principle, within 24 hours.

Please do not submit a new form for the same request; it can delay our response. If you need to add information, reply to this email and keep the case number in the subject line.

Summary of your submission:
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418273
Description: Hello team, I have 2 certification account. One is created by my old company email when I take Cloud Practitioner (AWS09927361), other one is my personal. Please merge them into my personal account AWS04418273. Thank you so much.

Sincerely,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % A_CASE
    write("001-form-request-received-ack.eml", "case_created", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="[CASE %s] %s" % (A_CASE, A_SUBJ), date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


A_REPLY1 = """Hi Rahul,

Thanks for quick answer. I want keep AWS04418273, it is my personal gmail (minh.nguyenvan.dev@gmail.com). The old one login email is minh.nv@saigontek.vn but I cannot login it anymore because I left that company. I think there is also very old account AWS05530192 from 2019 exam but I am not sure, please check also.

Best regards,
Minh"""


@mail
def m002():
    dt = datetime(2025, 5, 28, 4, 18, 55, tzinfo=UTC)
    new = """Dear Minh,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your certification accounts. I am Rahul and I will be assisting you on this case.

As per our records I could able to locate below account(s) under your name:

1) AWS04418273 - registered with minh.nguyenvan.dev@gmail.com
2) AWS 09927361 - registered with an email address ending in @saigontek.vn

Before we can proceed further, kindly revert back with below details:

a) Which of the above account you wish to retain as your primary account (the other account will be merged into it and deactivated).
b) The login email address used for each of the account.
c) In case you have any other candidate account apart from the above, kindly mention the same.

Request you to please reply on this same email thread and do not create a new case for the same, as it will delay the resolution.

Awaiting for your response.

Thanks & Regards,
Rahul K.
AWS Training and Certification Customer Support
Amazon Web Services"""
    quoted = q_orig("%s <%s>" % A_USER, A_OPEN, "aws-cs-trainingcertification-form@amazon.com", A_SUBJ, A_FORM_TEXT)
    write("002-agent-asks-which-account-to-keep.eml", "support_reply", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A_CASE, A_SUBJ), date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m003():
    dt = datetime(2025, 5, 29, 9, 2, 31, tzinfo=UTC)
    udt = datetime(2025, 5, 28, 21, 7, tzinfo=tz(7))
    new = """Dear Minh,

Thank you for providing the requested information.

We have checked thoroughly and the old account you have mentioned from 2019 is not existing in our system, hence only the following two accounts are eligible for merging:

Primary account (will be retained): AWS04418273 - minh.nguyenvan.dev@gmail.com
Secondary account (will be merged and deactivated): AWS09927361 - minh.nv@saigontek.vn

Please be noted that after merging, all the certification(s), exam history and benefits of the secondary account will be moved to the primary account, and you will not be able to login with the secondary account anymore. This action is irreversible and cannot be revert back once done.

Kindly go through the above details carefully and confirm us by replying to this email that the details are correct, so that we can proceed with the merge.

Thanks & Regards,
Rahul K.
AWS Training and Certification Customer Support
Amazon Web Services"""
    quoted = q_gmail(udt, *A_USER, A_REPLY1)
    write("003-agent-lists-primary-secondary-asks-confirm.eml", "merge_confirmation_requested", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A_CASE, A_SUBJ), date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt), cte="base64", html_cte="quoted-printable")


@mail
def m004():
    dt = datetime(2025, 5, 30, 3, 55, 9, tzinfo=UTC)
    udt = datetime(2025, 5, 29, 19, 30, tzinfo=tz(7))
    new = """Dear Minh,

Thank you for the confirmation.

We have forwarded your request to our concern team for processing the merge of your accounts. Usually it takes 2-3 business days to complete. You will be getting a separate email once the merge is completed from our end.

Meanwhile, we request you to not schedule any exam with either of the account till the process is done.

Thanks & Regards,
Rahul K.
AWS Training and Certification Customer Support
Amazon Web Services"""
    quoted = q_gmail(udt, *A_USER, """Hello,

The details are correct. Please proceed with the merge.

Thank you,
Minh""")
    write("004-thanks-for-confirming-forwarded-to-team.eml", "support_reply", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A_CASE, A_SUBJ), date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m005():
    dt = datetime(2025, 6, 2, 11, 24, 40, tzinfo=UTC)
    new = """Dear Minh,

Hope you are doing well.

This is to inform you that your request has been actioned successfully. Both the accounts are now combined into one and your primary candidate ID is AWS04418273. The account AWS09927361 has been deactivated.

You can now login with minh.nguyenvan.dev@gmail.com and see all your certifications under one profile. Your Credly badges will be re-issued to the same email in next 24-48 hours, please accept them from the Credly email.

In case of any further query please feel free to reply on this email.

Thanks & Regards,
Rahul K.
AWS Training and Certification Customer Support
Amazon Web Services"""
    write("005-request-actioned-accounts-combined.eml", "merge_completed", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A_CASE, A_SUBJ), date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m006():
    dt = datetime(2025, 6, 2, 11, 31, 2, tzinfo=UTC)
    new = """Hello,

Your case %s has been resolved and is now closed.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s?c=%s&r=yes
NO: https://survey.aws-tc-support.amazon.com/s?c=%s&r=no

Tell us how we did. Your feedback helps us improve the support experience for everyone. The survey takes less than one minute.

If you need more help with this request, reply to this email within 14 days and your case will be reopened.

AWS Training and Certification Customer Support""" % (A_CASE, A_CASE, A_CASE)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Case closed</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" style="background:#ffffff;border-radius:4px">
<tr><td style="background:#232f3e;color:#ffffff;padding:14px 24px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your case <strong>%s</strong> has been resolved and is now closed.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table role="presentation"><tr>
<td style="background:#ec7211;border-radius:2px"><a href="https://survey.aws-tc-support.amazon.com/s?c=%s&amp;r=yes" style="display:inline-block;padding:10px 28px;color:#fff;text-decoration:none">YES</a></td>
<td width="12"></td>
<td style="background:#545b64;border-radius:2px"><a href="https://survey.aws-tc-support.amazon.com/s?c=%s&amp;r=no" style="display:inline-block;padding:10px 28px;color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p>Tell us how we did. Your feedback helps us improve the support experience for everyone. The survey takes less than one minute.</p>
<p>If you need more help with this request, reply to this email within 14 days and your case will be reopened.</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
""" % (A_CASE, A_CASE, A_CASE)
    write("006-case-closed-was-issue-resolved.eml", "survey", "en", True, A_CASE,
          frm=AWS_FORM, to=A_USER[1], subject="Your case %s is closed - tell us how we did" % A_CASE, date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, html="only", html_text=html,
          msgid=ses_msgid(dt), extra=ses_extra(dt))


def credly_trace_gmail(to, dt, from_dom="credly.com", dmarc="pass", dkim_res="pass"):
    ip = "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    host = "o%d.ptr%d.credly.com" % (rnd.randint(1, 20), rnd.randint(1000, 9999))
    mf = "bounces+%d-%s-%s=%s@em%d.credly.com" % (rnd.randint(1000000, 9999999), rhex(2), to.split("@")[0], to.split("@")[1], rnd.randint(1000, 9999))
    dk = [dkim_sig(from_dom, "s1", dt, hdrs="from:content-type:mime-version:subject:to:cc:content-type:from:subject:to"),
          dkim_sig("sendgrid.info", "smtpapi", dt, hdrs="from:content-type:mime-version:subject:to:cc")]
    ar = ar_gmail(dkim=[(dkim_res, from_dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], mailfrom=mf, ip=ip,
                  dmarc=(dmarc, "NONE" if from_dom != "credly.com" else "QUARANTINE", from_dom))
    return gmail_trace(to, dt, ip, host, mf, ar, dk)


CREDLY_FOOT = """You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.
Credly, Inc. | 12 East 49th Street, 11th Floor, New York, NY 10017
Privacy Policy: https://info.credly.com/privacy-policy | Unsubscribe: https://www.credly.com/notification_settings"""


@mail
def m007():
    dt = datetime(2025, 6, 3, 2, 12, 48, tzinfo=UTC)
    new = """Nguyen Van Minh,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Cloud Practitioner.

Earners of this badge have demonstrated a fundamental understanding of IT services and their uses in the AWS Cloud.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Once accepted, you can share your badge on LinkedIn, add it to your email signature and verify it anytime.

%s""" % (ruuid(), CREDLY_FOOT)
    write("007-credly-new-badge-cloud-practitioner.eml", "credly_badge_issued", "en", True, None,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
          to=A_USER[1], subject="Amazon Web Services Training and Certification sent you a new badge", date=dt,
          trace=credly_trace_gmail(A_USER[1], dt), new=new, html="alt",
          msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rnd.randint(1, 40)))


# ---------------------------------------------------------------- thread B
# Japanese user on nifty, form desk answering in Japanese (keigo).
B_USER = ("田中 健太", "k.tanaka@nifty.com")
B_OPEN = datetime(2025, 7, 14, 10, 5, 37, tzinfo=JST)
B_CASE = case15(B_OPEN)
B_JP = dict(mta="mfilter-%d.nifty.com" % rnd.randint(10, 40), authserv="nifty.com")


@mail
def m008():
    dt = (B_OPEN + timedelta(seconds=52)).astimezone(UTC)
    new = """田中 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
お客様のお問い合わせはケース番号 %s として登録されました。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
恐れ入りますが、同じ内容で新しいお問い合わせを送信されますと回答が遅れる場合がございますので、
追加の情報がある場合は件名のケース番号を変更せずに本メールへご返信ください。

お問い合わせ内容:
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS07731846

AWS トレーニングと認定 カスタマーサポート

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。""" % B_CASE
    write("008-ja-form-auto-ack-iso2022jp.eml", "case_created", "ja", True, B_CASE,
          frm=AWS_FORM, to=B_USER[1], subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % B_CASE, date=dt,
          trace=aws_trace("jp", B_USER[1], dt, **B_JP), new=new, html=None, charset="iso-2022-jp", cte="7bit",
          subj_charset="iso-2022-jp", msgid=ses_msgid(dt), extra=ses_extra(dt))


B_CONFIRM_NEW = """田中 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お客様のお名前で登録されているアカウントを確認いたしましたところ、以下の 2 件が見つかりました。

・統合先(存続するアカウント): AWS07731846 (k.tanaka@nifty.com)
・統合元(統合後に無効となるアカウント): AWS02284519 (kenta.tanaka@shinsei-dx.co.jp)

統合を実施いたしますと、統合元アカウントの認定資格、受験履歴、および特典(次回受験 50% 割引バウチャー等)はすべて統合先アカウントへ移行されます。
なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合を進めてよろしいかお知らせいただけますでしょうか。
ご確認のほど、何卒よろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""


@mail
def m009():
    dt = datetime(2025, 7, 15, 1, 48, 20, tzinfo=UTC)
    new = B_CONFIRM_NEW
    html = to_html(new).replace("charset=utf-8", "charset=shift_jis")
    write("009-ja-confirm-merge-shift-jis-base64.eml", "merge_confirmation_requested", "ja", True, B_CASE,
          frm=AWS_FORM, to=B_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CASE,
          date=dt, trace=aws_trace("jp", B_USER[1], dt, **B_JP), new=new, html="alt", html_text=html,
          charset="shift_jis", cte="base64", html_cte="base64", quote_param=False,
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m010():
    dt = datetime(2025, 7, 16, 6, 12, 3, tzinfo=UTC)
    udt = datetime(2025, 7, 15, 19, 40, tzinfo=JST)
    user_reply = """山本様

ご連絡ありがとうございます。
内容に相違ございません。統合を進めてください。
The details are correct. Please proceed with the merge.

田中"""
    quoted = q_ja(udt, *B_USER, user_reply + "\n\n" + q_ja(datetime(2025, 7, 15, 10, 48, tzinfo=JST),
                                                           "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                                                           B_CONFIRM_NEW))
    new = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご確認いただき、誠にありがとうございました。

お待たせいたしました。アカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は受験者 ID AWS07731846 (k.tanaka@nifty.com) にてサインインいただきますと、すべての認定資格および受験履歴をご確認いただけます。

Credly のデジタルバッジにつきましては、数日以内に統合先のメールアドレス宛てに再発行のご案内が届く予定でございます。
万が一届かない場合は、お手数ですが本ケースにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
    write("010-ja-merge-done-with-quoted-thread.eml", "merge_completed", "ja", True, B_CASE,
          frm=AWS_FORM, to=B_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CASE,
          date=dt, trace=aws_trace("jp", B_USER[1], dt, **B_JP), new=new, quoted=quoted, html=None,
          charset="iso-2022-jp", cte="7bit", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m011():
    dt = datetime(2025, 7, 16, 6, 20, 44, tzinfo=UTC)
    new = """田中 健太 様

ケース %s は解決済みとしてクローズされました。

お問い合わせの問題は解決しましたか?
はい: https://survey.aws-tc-support.amazon.com/s?c=%s&r=yes&l=ja
いいえ: https://survey.aws-tc-support.amazon.com/s?c=%s&r=no&l=ja

今回の対応について、ぜひ 5 段階でご評価ください。いただいたご意見はサービス向上のために活用させていただきます。
アンケートの所要時間は 1 分程度です。

14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート""" % (B_CASE, B_CASE, B_CASE)
    write("011-ja-case-closed-rating-request.eml", "survey", "ja", True, B_CASE,
          frm=AWS_FORM, to=B_USER[1], subject="ケース %s はクローズされました - ご評価のお願い" % B_CASE,
          date=dt, trace=aws_trace("jp", B_USER[1], dt, **B_JP), new=new, html="only",
          html_style="aws", cte="base64", subj_charset="utf-8", msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread C
# Filipino agent, 11-digit case (2022), user on outlook.com.
C_USER = ("Maria Santos", "maria.santos88@outlook.com")
C_CASE = "10938472615"
C_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
C_CONFIRM_NEW = """Hi Maria,

Good day!

Thank you for patiently waiting. Please be informed that upon checking, we were able to locate two (2) certification accounts under your name:

Account to be retained: AWS 06612093 - maria.santos88@outlook.com
Account to be merged: AWS 03381427 - m.santos@pinnacle-bpo.ph

Kindly take note that once the merge has been processed, it can no longer be undone. All certifications and exam history under AWS 03381427 will be transferred to AWS 06612093 and the merged account will be deactivated.

To proceed, please reply to this email and confirm that the above information is correct. Once we received your confirmation, we will endorse your request to our Certification team.

Should you have other concerns, please don't hesitate to reach out.

Warm regards,
Jonalyn D.
AWS Training and Certification Customer Support"""


@mail
def m012():
    dt = datetime(2022, 9, 6, 2, 33, 15, tzinfo=UTC)
    udt = datetime(2022, 9, 5, 21, 10, tzinfo=tz(8))
    quoted = q_outlook("Maria Santos <maria.santos88@outlook.com>", udt, "aws-cs-trainingcertification-form@amazon.com",
                       "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), """Hello,

I have 2 accounts, one from my previous employer (m.santos@pinnacle-bpo.ph) and my personal one. I would like to keep my personal email. My candidate ID in the personal account is AWS06612093.

Thank you,
Maria""")
    write("012-filipino-agent-confirm-retained-merged.eml", "merge_confirmation_requested", "en", True, C_CASE,
          frm=AWS_FORM, to=C_USER[1], subject="RE:[CASE %s] %s" % (C_CASE, C_SUBJ), date=dt,
          trace=aws_trace("outlook", C_USER[1], dt), new=C_CONFIRM_NEW, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt), crlf=True)


@mail
def m013():
    dt = datetime(2022, 9, 9, 3, 1, 47, tzinfo=UTC)
    pdt = datetime(2022, 9, 6, 2, 33, 15, tzinfo=UTC)
    new = """Hi Maria,

Good day!

This is just a follow-up on our previous email. We have not yet received your response regarding the account details below.

Please be advised that if we do not hear from you within three (3) business days, this case will be automatically closed. You may still reply to this same thread anytime to reopen it.

Thank you and have a great day ahead!

Warm regards,
Jonalyn D.
AWS Training and Certification Customer Support"""
    quoted = q_orig('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', pdt, C_USER[1],
                    "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), C_CONFIRM_NEW)
    write("013-filipino-agent-follow-up-no-response.eml", "support_reply", "en", True, C_CASE,
          frm=AWS_FORM, to=C_USER[1], subject="RE:[CASE %s] %s" % (C_CASE, C_SUBJ), date=dt,
          trace=aws_trace("outlook", C_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt), crlf=True)


@mail
def m014():
    dt = datetime(2022, 9, 13, 7, 45, 2, tzinfo=UTC)
    new = """Hi Maria,

Good day!

We are happy to let you know that your certification accounts have now been consolidated. Your AWS Certified Developer - Associate and AWS Certified Cloud Practitioner are now both reflecting under candidate ID AWS06612093.

You may log in to your AWS Certification Account using maria.santos88@outlook.com. The other account can no longer be accessed.

For your Credly badges, please allow 2-3 business days for these to be sent to your primary email.

Warm regards,
Jonalyn D.
AWS Training and Certification Customer Support"""
    write("014-filipino-agent-accounts-consolidated.eml", "merge_completed", "en", True, C_CASE,
          frm=AWS_FORM, to=C_USER[1], subject="RE:[CASE %s] %s" % (C_CASE, C_SUBJ), date=dt,
          trace=aws_trace("outlook", C_USER[1], dt), new=new, html="only",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread D
# Spanish-speaking agent, 10-digit case (2020), user on hotmail.
D_USER = ("Diego Ramírez", "diego.ramirez.mx@hotmail.com")
D_CASE = "7294815360"


@mail
def m015():
    dt = datetime(2020, 10, 21, 16, 2, 11, tzinfo=UTC)
    udt = datetime(2020, 10, 20, 9, 14, tzinfo=tz(-5))
    new = """Hello Diego Ramírez,

Thank you for your patience.

I want to inform you that your request is in process with the Certification team, they are realizing the necessary validations over both accounts (AWS08842210 and AWS01957306). This can take some days more because of the high volume of requests of this month.

As soon as I have an answer of them I will communicate with you by this same way. It is not necessary to open a new case.

We remain attentive to any concern.

Kind regards,
Alejandra Muñoz
AWS Training and Certification Support"""
    quoted = q_orig("Diego Ramírez <diego.ramirez.mx@hotmail.com>", udt, "aws-cs-trainingcertification-form@amazon.com",
                    "RE:[CASE %s] AWS Certification - Account Merge" % D_CASE,
                    "Hi, any news about my case? It was 1 week already. Thanks, Diego")
    # body is UTF-8 but declared as ISO-8859-1 (wrong label)
    write("015-spanish-agent-in-process-wrong-charset.eml", "support_reply", "en", True, D_CASE,
          frm=AWS_FORM, to=D_USER[1], subject="RE:[CASE %s] AWS Certification - Account Merge" % D_CASE, date=dt,
          trace=aws_trace("outlook", D_USER[1], dt), new=new, quoted=quoted, html=None,
          charset="utf-8", label="iso-8859-1", cte="8bit", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m016():
    dt = datetime(2020, 10, 26, 18, 40, 29, tzinfo=UTC)
    new = """Hello Diego Ramírez,

We are glad to inform you that the unification of your accounts was realized with success. From now you can access with the candidate ID AWS08842210 and there you will find all your certifications, including the one that was in the account AWS01957306, which already is not active.

Since your request was resolved, we proceed to close this case. If you have one moment, we would appreciate that you qualify our attention in the survey that you will receive.

It was a pleasure to help you.

Kind regards,
Alejandra Muñoz
AWS Training and Certification Support"""
    write("016-spanish-agent-unification-done-closing-case.eml", "merge_completed", "en", True, D_CASE,
          frm=AWS_FORM, to=D_USER[1], subject="RE:[CASE %s] AWS Certification - Account Merge" % D_CASE, date=dt,
          trace=aws_trace("outlook", D_USER[1], dt), new=new, html="alt", charset="iso-8859-1", cte="quoted-printable",
          html_charset="utf-8", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m017():
    dt = datetime(2020, 10, 28, 13, 5, 51, tzinfo=UTC)
    ip = "167.89.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    host = "o%d.email.youracclaim.com" % rnd.randint(1, 9)
    mf = "bounces+%d-%s-diego.ramirez.mx=hotmail.com@email.youracclaim.com" % (rnd.randint(1000000, 9999999), rhex(2))
    ar = ar_outlook(ip=ip, mailfrom_dom="email.youracclaim.com", dkim=[("pass", "youracclaim.com")], dmarc="pass",
                    from_dom="youracclaim.com")
    trace = outlook_trace(D_USER[1], dt, ip, host, mf, ar, [dkim_sig("youracclaim.com", "s1", dt)])
    new = """Diego Ramírez, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Issued: October 28, 2020
Expires: February 14, 2023

Accept Badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim helps you represent your skills with verified, data-rich digital badges. Claim your badge to share it on social networks and in your email signature.

Acclaim, a Credly service | Pearson Education, Inc.
To manage your email preferences visit https://www.youracclaim.com/notification_settings""" % ruuid()
    write("017-acclaim-badge-after-unification-2020.eml", "credly_badge_issued", "en", True, None,
          frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
          to=D_USER[1], subject="Diego, Amazon Web Services Training and Certification has issued you a badge", date=dt,
          trace=trace, new=new, html="alt", msgid="<%s@ismtpd0%d.sendgrid.net>" % (rb64(15).replace("/", "_").replace("+", "-"), rnd.randint(10, 99)))


# ---------------------------------------------------------------- thread E
# Chinese agent on a console case, three accounts.
E_USER = ("Li Wei", "liwei.cloud@gmail.com")
E_OPEN = datetime(2025, 4, 8, 1, 17, 40, tzinfo=UTC)
E_CASE = case15(E_OPEN)
E_SUBJ = "Merge my 3 certification accounts into one"


def console_footer(case):
    return """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see all correspondences and to respond to this message, please visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""" % case


@mail
def m018():
    dt = datetime(2025, 4, 9, 3, 26, 14, tzinfo=UTC)
    new = """Hello Li Wei,

Thanks for your patient waiting. I am Zhang from AWS Training and Certification team, it's my pleasure to help you on this case.

According to your description, I have checked in our system and found totally 3 certification accounts belong to you:

1. AWS-05172039 (liwei.cloud@gmail.com) -- this one will be kept as main account
2. AWS-09384411 (wei.li@huaxin-tech.cn)
3. AWS-02260958 (liwei_2018@163.com)

After the operation, account 2 and account 3 will be combined into account 1, all the certifications and exam history records will be moved together, and account 2 and 3 will be disabled. Please kindly note the operation can not be rolled back after finish.

Could you please help to double confirm above information is correct and you agree us to do it? Once get your confirmation, I will submit the request to the backend team immediately.

Looking forward to your reply.

Best regards,
Zhang Yu
Amazon Web Services

""" + console_footer(E_CASE)
    write("018-chinese-agent-three-accounts-double-confirm.eml", "merge_confirmation_requested", "en", True, E_CASE,
          frm=AWS_NOREPLY, to=E_USER[1], subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ), date=dt,
          trace=aws_trace("gmail", E_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m019():
    dt = datetime(2025, 4, 11, 8, 50, 37, tzinfo=UTC)
    new = """Hello Li Wei,

Thanks for your confirmation on the case.

I want to update you the progress: the backend team already received the request and is processing now. Because there are 3 accounts need to combine, it need a little more time than usual, normally 3-5 working days. I will keep following with them and update you as soon as possible, please don't worry.

During this period, please do not register new exam in any of the accounts, otherwise the process may be impacted.

Thanks for your understanding and have a nice day!

Best regards,
Zhang Yu
Amazon Web Services

""" + console_footer(E_CASE)
    write("019-chinese-agent-progress-update.eml", "support_reply", "en", True, E_CASE,
          frm=AWS_NOREPLY, to=E_USER[1], subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ), date=dt,
          trace=aws_trace("gmail", E_USER[1], dt), new=new, html="only", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread F
# Korean desk, machine-translated English, 11-digit case (2021), M365 tenant.
F_USER = ("박지훈", "jihoon.park@hanbit-soft.co.kr")
F_CASE = "90417263358"


def m365_aws_trace(to, dt):
    return aws_trace("outlook", to, dt)


@mail
def m020():
    dt = datetime(2021, 11, 22, 5, 14, 9, tzinfo=UTC)
    new = """Dear Customer,

Your inquiry has been received normally. We appreciate for contacting to AWS Training and Certification.

Case number of your inquiry is %s. Please keep this number for the reference.

The person in charge will check the contents and contact you within 24 hours in principle. If you submit the same inquiry again, the reply can be delayed, so please wait for a while.

[Contents of receipt]
Inquiry category : Certification / Account Merge
Candidate ID : AWS01144872
Name : Park Jihoon

This mail is sent automatically. AWS Training and Certification Customer Support""" % F_CASE
    write("020-korean-desk-mt-receipt-notice.eml", "case_created", "en", True, F_CASE,
          frm=AWS_FORM, to=addr(*F_USER), subject="[CASE %s] Your inquiry is received - AWS Training and Certification" % F_CASE, date=dt,
          trace=m365_aws_trace(F_USER[1], dt), new=new, html=None, cte="7bit", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m021():
    dt = datetime(2021, 11, 23, 1, 37, 50, tzinfo=UTC)
    udt = datetime(2021, 11, 22, 14, 14, tzinfo=tz(9))
    new = """Hello, this is AWS Training and Certification Customer Center.

Thank you for your inquiry. For proceeding the account integration which you requested, the confirmation of below contents is necessary.

1. Reason of the integration request
2. The e-mail address which is registered at each account
3. Which account do you want to maintain (the account AWS01144872 which you informed, or other account)

If you reply the above contents to this mail, we will guide you quickly. We ask for your understanding that we cannot proceed without this information.

Thank you.

Seo-yeon Kim
AWS Training and Certification Customer Support"""
    quoted = q_orig("박지훈 <jihoon.park@hanbit-soft.co.kr>", udt, "aws-cs-trainingcertification-form@amazon.com",
                    "[AWS Training and Certification Form Submission] - account-assistance",
                    "Inquiry type: Certification\nInquiry detail: Account Merge\nAWS candidate ID: AWS01144872\nDescription: I have two accounts. please merge.")
    write("021-korean-desk-mt-asks-reason-and-emails.eml", "support_reply", "en", True, F_CASE,
          frm=AWS_FORM, to=addr(*F_USER), subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE,
          date=dt, trace=m365_aws_trace(F_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread G
# German agent, user on Gmail, 15-digit case.
G_USER = ("Stefan Becker", "stefan.becker.it@gmail.com")
G_OPEN = datetime(2025, 3, 3, 13, 2, 8, tzinfo=UTC)
G_CASE = case15(G_OPEN)
G_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


@mail
def m022():
    dt = datetime(2025, 3, 4, 9, 11, 55, tzinfo=UTC)
    udt = datetime(2025, 3, 3, 14, 2, tzinfo=tz(1))
    new = """Hello Mr. Becker,

Many thanks for your request.

I have looked into the matter and can confirm you that we have found the following two accounts on your name:

- Candidate ID AWS06671025, Login: stefan.becker.it@gmail.com
- Candidate ID AWS03319847, Login: s.becker@nordwerk-systems.de

The account AWS03319847 would be merged into the account AWS06671025, which stays existing. All certifications, the exam history and your benefits will be taken over into the remaining account.

Please consider that this step is final and can not be made undone afterwards.

Please confirm us shortly by reply mail that we may carry out the merge as described above. Without your confirmation we are not allowed to execute it.

With kind regards

Jana Hoffmann
AWS Training and Certification Customer Support
Amazon Web Services"""
    quoted = "Am Mo., 3. März 2025 um 14:02 Uhr schrieb Stefan Becker <stefan.becker.it@gmail.com>:\n" + q_prefix(
        "Hello,\n\nplease merge my old company account into my private account. Candidate ID private: AWS06671025.\n\nThanks,\nStefan Becker")
    write("022-german-agent-please-confirm-us-shortly.eml", "merge_confirmation_requested", "en", True, G_CASE,
          frm=AWS_FORM, to=G_USER[1], subject="RE:[CASE %s] %s" % (G_CASE, G_SUBJ), date=dt,
          trace=aws_trace("gmail", G_USER[1], dt), new=new, quoted=quoted, html="alt", charset="iso-8859-1",
          cte="quoted-printable", html_charset="utf-8", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m023():
    dt = datetime(2025, 3, 5, 8, 29, 3, tzinfo=UTC)
    udt = datetime(2025, 3, 4, 19, 45, tzinfo=tz(1))
    new = """Hello Mr. Becker,

thank you for your fast answer.

Before I hand over the request, I have one further question regarding your exam voucher: in the account AWS03319847 there is still an unused 50% discount voucher, which is valid until 30.04.2025. Shall we take it over, or would you like to use it before? Please note that a voucher can only be used once and the validity date will not be extended.

Please let me know your decision, then I will continue.

With kind regards

Jana Hoffmann
AWS Training and Certification Customer Support
Amazon Web Services"""
    quoted = "Am Di., 4. März 2025 um 19:45 Uhr schrieb Stefan Becker <stefan.becker.it@gmail.com>:\n" + q_prefix(
        "Hello Ms. Hoffmann,\n\nyes, the data is correct, please go ahead.\n\nBest regards\nStefan")
    write("023-german-agent-question-about-voucher.eml", "support_reply", "en", True, G_CASE,
          frm=AWS_FORM, to=G_USER[1], subject="RE:[CASE %s] %s" % (G_CASE, G_SUBJ), date=dt,
          trace=aws_trace("gmail", G_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread H
# French agent, user on outlook.fr, 15-digit case.
H_USER = ("Claire Dubois", "claire.dubois@outlook.fr")
H_OPEN = datetime(2025, 9, 15, 7, 48, 30, tzinfo=UTC)
H_CASE = case15(H_OPEN)


@mail
def m024():
    dt = datetime(2025, 9, 18, 12, 3, 41, tzinfo=UTC)
    new = """Hello Mrs. Dubois,

I come back to you concerning your request of fusion of your certification accounts.

I have the pleasure to inform you that the fusion is now effective: your certifications are from now on regrouped on the account AWS02938475. The account AWS07720164 has been closed and can not be used anymore for the connection.

Your digital badges will be sent again by Credly in the next days, on the e-mail address of the account AWS02938475.

I remain at your entire disposal for any complementary question.

Cordially,

Mathilde Girard
AWS Training and Certification Customer Support
Amazon Web Services"""
    write("024-french-agent-fusion-now-effective.eml", "merge_completed", "en", True, H_CASE,
          frm=AWS_FORM, to=H_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CASE,
          date=dt, trace=aws_trace("outlook", H_USER[1], dt), new=new, html="alt", cte="base64", html_cte="base64",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m025():
    dt = datetime(2025, 9, 18, 12, 9, 13, tzinfo=UTC)
    new = """Hello Mrs. Dubois,

As your request is now treated, I proceed to the closing of the case %s.

Would you accept to give one minute to evaluate the quality of the assistance you received? Your opinion is precious for us.

Evaluate my assistance: https://survey.aws-tc-support.amazon.com/s?c=%s&a=mgirard

Very satisfied / Satisfied / Neutral / Dissatisfied / Very dissatisfied

In case the problem would persist, it is sufficient to reply to this e-mail within 14 days, the case will re-open automatically.

Cordially,

Mathilde Girard
AWS Training and Certification Customer Support""" % (H_CASE, H_CASE)
    write("025-french-agent-closing-evaluate-assistance.eml", "survey", "en", True, H_CASE,
          frm=AWS_FORM, to=H_USER[1], subject="[CASE %s] Your opinion counts - evaluate our assistance" % H_CASE,
          date=dt, trace=aws_trace("outlook", H_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread I
# Brazilian agent: "as soon as the merge is concluded ..." (not done yet).
I_USER = ("Rafael Costa", "rafael.costa.dev@gmail.com")
I_OPEN = datetime(2025, 8, 4, 18, 22, 51, tzinfo=UTC)
I_CASE = case15(I_OPEN)


@mail
def m026():
    dt = datetime(2025, 8, 6, 14, 37, 12, tzinfo=UTC)
    udt = datetime(2025, 8, 6, 9, 5, tzinfo=tz(-3))
    new = """Hello Rafael, all good?

I received your confirmation, thank you very much!

I already sent your solicitation to the responsible team. As soon as the merge is concluded, we will send you an e-mail informing, and your badges of Credly will be transferred to the account that stays (AWS04410928).

Until there, please don't use the account AWS09155603 for schedule exams or redeem vouchers, because this can cause problems in the process.

I stay at disposal for any doubt.

Hugs,
Fernanda Lima
AWS Training and Certification Customer Support"""
    quoted = q_gmail(udt, *I_USER, """Hi Fernanda,

Yes, is correct. Can proceed with the merge of AWS09155603 to AWS04410928.

Obrigado,
Rafael""")
    write("026-brazilian-agent-as-soon-as-merge-concluded.eml", "support_reply", "en", True, I_CASE,
          frm=AWS_FORM, to=I_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE,
          date=dt, trace=aws_trace("gmail", I_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread J
# Russian agent, user on yandex.ru.
J_USER = ("Ольга Иванова", "olga.ivanova@yandex.ru")
J_OPEN = datetime(2025, 2, 10, 9, 40, 2, tzinfo=UTC)
J_CASE = case15(J_OPEN)


def yandex_aws_trace(to, dt):
    ip = rnd.choice(AWS_SES_IPS)
    host = ses_host(ip)
    mf = ses_mailfrom(dt)
    mx = "mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net" % rnd.randint(10, 99)
    ar = ("%s;\n\tspf=pass (%s: domain of email.amazonses.com designates %s as permitted sender, rule=[ip4:54.240.0.0/18]) smtp.mail=%s;\n"
          "\tdkim=pass header.i=@amazon.com;\n\tdkim=pass header.i=@amazonses.com;\n\tdmarc=pass header.from=amazon.com" % (mx, mx, ip, mf))
    t = (dt + timedelta(seconds=4)).astimezone(tz(3))
    return [
        ("Received", "from mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:%s::%s])\n\tby mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id %s-%s\n\tfor <%s>; %s"
         % (rnd.randint(10, 99), rnd.randint(10, 99), rhex(2), rhex(1), rnd.randint(10, 99), rb64(6), rb64(6), to, format_datetime(t))),
        ("Received", "from %s (%s [%s])\n\tby %s (mxfront/Yandex) with ESMTPS id %s-%s;\n\t%s" % (host, host, ip, mx, rb64(6), rb64(6), format_datetime(t))),
        ("X-Yandex-Fwd", "1"),
        ("Authentication-Results", ar),
        ("Return-Path", "<%s>" % mf),
        ("DKIM-Signature", dkim_sig("amazon.com", "rte02", dt)),
        ("DKIM-Signature", dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt)),
    ]


def yandex_generic(to, dt, ip, host, mf, ar_tail):
    mx = "mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net" % rnd.randint(10, 99)
    t = (dt + timedelta(seconds=5)).astimezone(tz(3))
    return [
        ("Received", "from %s by mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id %s-%s\n\tfor <%s>; %s"
         % (mx, rnd.randint(10, 99), rb64(6), rb64(6), to, format_datetime(t))),
        ("Received", "from %s (%s [%s])\n\tby %s (mxfront/Yandex) with ESMTP id %s-%s;\n\t%s" % (host, host, ip, mx, rb64(6), rb64(6), format_datetime(t))),
        ("X-Yandex-Spam", "1"),
        ("Authentication-Results", mx + ";\n\t" + (ar_tail % mx if "%s" in ar_tail else ar_tail)),
        ("Return-Path", "<%s>" % mf),
    ]


@mail
def m027():
    dt = datetime(2025, 2, 11, 10, 15, 26, tzinfo=UTC)
    new = """Hello Olga,

Thank you for contacting.

We checked the information which you provided. Following accounts will be merged:

Main account (stays): AWS 05539018, e-mail olga.ivanova@yandex.ru
Account for merge (will be closed): AWS 08810332, e-mail o.ivanova@sever-it.ru

Attention: after merge it is impossible to return back previous state of accounts. Certificates from second account will be shown in main account.

Please, confirm by answer to this letter that all data is correct and we can start procedure. Without confirmation we will not do any changes.

Best regards,
Dmitry S.
AWS Training and Certification Customer Support"""
    write("027-russian-agent-confirm-by-answer-to-letter.eml", "merge_confirmation_requested", "en", True, J_CASE,
          frm=AWS_FORM, to=addr(*J_USER), subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE,
          date=dt, trace=yandex_aws_trace(J_USER[1], dt), new=new, html=None, cte="quoted-printable",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread K
# Arabic-speaking agent asks for notification e-mails.
K_USER = ("Ahmed Hassan", "ahmed.h.eng@gmail.com")
K_OPEN = datetime(2025, 10, 5, 6, 12, 49, tzinfo=UTC)
K_CASE = case15(K_OPEN)


@mail
def m028():
    dt = datetime(2025, 10, 6, 8, 44, 0, tzinfo=UTC)
    new = """Dear Ahmed,

Hope this email finds you well.

Thank you for contacting AWS Training and Certification. With reference to your request of merging your certification accounts, kindly we need from your side to provide the notification email address of each account, as the login email you have provided (ahmed.h.eng@gmail.com) is not matching with our records for the candidate ID aws07741192.

Kindly to note that we can not proceed in the request without this information, for the security of your account.

Your cooperation is highly appreciated.

Best Regards,
Mohammed Al-Amin
AWS Training and Certification Customer Support
Amazon Web Services"""
    write("028-arabic-agent-needs-notification-emails.eml", "support_reply", "en", True, K_CASE,
          frm=AWS_FORM, to=K_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CASE,
          date=dt, trace=aws_trace("gmail", K_USER[1], dt), new=new, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread L
# Turkish agent, merge done.
L_USER = ("Emre Yılmaz", "emre.yilmaz.cloud@gmail.com")
L_OPEN = datetime(2025, 6, 23, 11, 8, 19, tzinfo=UTC)
L_CASE = case15(L_OPEN)


@mail
def m029():
    dt = datetime(2025, 6, 25, 13, 56, 47, tzinfo=UTC)
    udt = datetime(2025, 6, 24, 22, 31, tzinfo=tz(3))
    new = """Dear Emre,

Your accounts merge operation has been successfully completed. From now on all your certifications are appearing on the AWS01773520 account. The AWS06629014 account is not usable anymore.

If you see any missing certification please write us back.

Have a nice day,
Kind regards,
Burak T.
AWS Training and Certification Customer Support"""
    quoted = q_gmail(udt, *L_USER, """Hello Burak Bey,

I confirm, you can merge AWS06629014 into AWS01773520.

Thanks
Emre

""" + q_gmail(datetime(2025, 6, 24, 9, 12, tzinfo=UTC), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
              "Dear Emre,\n\nWe found AWS01773520 and AWS06629014. Which one will stay? Please confirm.\n\nBurak T."), nest="> ")
    write("029-turkish-agent-merge-operation-completed.eml", "merge_completed", "en", True, L_CASE,
          frm=AWS_FORM, to=addr(*L_USER), subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % L_CASE,
          date=dt, trace=aws_trace("gmail", L_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread N
# Polish user, console case.
N_USER = ("Kamil Nowak", "kamil.nowak.pl@outlook.com")
N_OPEN = datetime(2025, 11, 3, 8, 29, 44, tzinfo=UTC)
N_CASE = case15(N_OPEN)
N_SUBJ = "Certification account merge - two candidate IDs"


@mail
def m030():
    dt = N_OPEN + timedelta(seconds=3)
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Dzień dobry,
I have two certification accounts because I used my university email for my first exam. Candidate IDs are AWS03340981 (old, university) and aws08127764 (current). Please join them into one, I want to keep AWS08127764.
Thank you in advance,
Kamil Nowak

We will respond to your case as soon as possible. You can view the case or add correspondence at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.""" % (N_CASE, N_CASE, N_SUBJ, N_CASE)
    write("030-console-new-support-case-opened.eml", "case_created", "en", True, N_CASE,
          frm=AWS_NOREPLY, to=N_USER[1], subject="Amazon Web Services: You have opened a new Support case: %s" % N_CASE,
          date=dt, trace=aws_trace("outlook", N_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m031():
    dt = datetime(2025, 11, 4, 10, 2, 19, tzinfo=UTC)
    new = """Hello,

A new correspondence has been added to your AWS Support case %s.

Subject: %s

To view the correspondence and to reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail. This mailbox is not monitored.

Sincerely,
Amazon Web Services""" % (N_CASE, N_SUBJ, N_CASE)
    write("031-console-new-correspondence-added.eml", "support_reply", "en", True, N_CASE,
          frm=AWS_NOREPLY, to=N_USER[1], subject="[Case %s] New correspondence added" % N_CASE,
          date=dt, trace=aws_trace("outlook", N_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m032():
    O_USER = ("Giulia Romano", "giulia.romano.dev@gmail.com")
    o_open = datetime(2025, 1, 20, 15, 3, 27, tzinfo=UTC)
    o_case = case15(o_open)
    dt = datetime(2025, 1, 24, 9, 18, 5, tzinfo=UTC)
    new = """Dear Giulia,

we inform you that your case %s was closed from our operator Marco.

We would be very grateful if you would dedicate few minutes to compile our satisfaction questionnaire about the assistance you received. Your valuation is very important for improving our service.

How much are you satisfied of the assistance received?
1 - Very unsatisfied   2   3   4   5 - Very satisfied
Answer the questionnaire: https://survey.aws-tc-support.amazon.com/s?c=%s&lang=en

If the problem was not resolved, you can answer to this e-mail within 14 days and the case will be opened again.

Thanks for the collaboration,
AWS Training and Certification Customer Support""" % (o_case, o_case)
    write("032-italian-closed-satisfaction-questionnaire.eml", "survey", "en", True, o_case,
          frm=AWS_FORM, to=O_USER[1], subject="[CASE %s] Satisfaction questionnaire about the assistance received" % o_case,
          date=dt, trace=aws_trace("gmail", O_USER[1], dt), new=new, html="only", html_style="aws", cte="quoted-printable",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m033():
    P_USER = ("Trần Thị Lan", "lan.tran@mekongsoft.vn")
    p_open = datetime(2025, 8, 19, 2, 45, 12, tzinfo=UTC)
    p_case = case15(p_open)
    dt = datetime(2025, 8, 20, 4, 2, 33, tzinfo=UTC)
    new = """Dear Ms. Lan,

Thank you for your waiting.

We would like to inform that we have find 2 certification accounts which are belong to you:

- AWS 02651187 (lan.tran@mekongsoft.vn)
- AWS 05098832 (tranthilan.92@yahoo.com)

As you requested, after merging, the account AWS 02651187 will be remain and the account AWS 05098832 will be merged to it. All your certifications and exam history will be show in the remain account. Please be aware this action can not undo.

Please reply us your confirmation if the information above are correct so we can proceed next step.

Best regards,
Hoang Anh
AWS Training and Certification Customer Support
Amazon Web Services"""
    write("033-vietnamese-agent-html-only-reply-us-confirmation.eml", "merge_confirmation_requested", "en", True, p_case,
          frm=AWS_FORM, to=addr(*P_USER), subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % p_case,
          date=dt, trace=aws_trace("outlook", P_USER[1], dt), new=new, html="only", cte="base64",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ---------------------------------------------------------------- thread Q
# Japanese user on so-net: Shift_JIS label with CP932-only characters.
Q_USER = ("佐藤 美咲", "misaki-sato@m01.so-net.ne.jp")
Q_OPEN = datetime(2025, 12, 8, 13, 20, 5, tzinfo=JST)
Q_CASE = case15(Q_OPEN)
Q_JP = dict(mta="mx-so-net-%02d.so-net.ne.jp" % rnd.randint(1, 20), authserv="so-net.ne.jp")


@mail
def m034():
    dt = (Q_OPEN + timedelta(seconds=38)).astimezone(UTC)
    new = """佐藤 美咲 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

■ケース ID:%s
■お問い合わせの種類:認定 - アカウントの統合
■AWS 受験者 ID:AWS03972215

今後の流れ
① 担当者がお問い合わせ内容を確認いたします。
② 原則 24 時間以内に、担当者よりメールにてご連絡いたします。
③ ご本人確認のため、追加の情報をお伺いする場合がございます。

※本メールは送信専用アドレスから自動送信されています。
※同じ内容のお問い合わせを重複して送信されますと、対応が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート""" % Q_CASE
    write("034-ja-receipt-shift-jis-label-cp932-chars.eml", "case_created", "ja", True, Q_CASE,
          frm=AWS_FORM, to=addr(*Q_USER, charset="iso-2022-jp"),
          subject="【AWS トレーニングと認定】お問い合わせを受け付けました(ケース ID:%s)" % Q_CASE,
          subj_charset="iso-2022-jp", date=dt, trace=aws_trace("jp", Q_USER[1], dt, **Q_JP), new=new, html=None,
          charset="cp932", label="Shift_JIS", cte="base64", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m035():
    dt = datetime(2025, 12, 9, 2, 31, 56, tzinfo=UTC)
    new = """佐藤 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村と申します。

アカウント統合のご依頼につきまして、ご連絡いただきありがとうございます。
お客様のアカウントを特定するため、恐れ入りますが以下の情報をご教示いただけますでしょうか。

1. 統合したいもう一方のアカウントのログインメールアドレス(または受験者 ID)
2. 各アカウントの通知先メールアドレス
3. 統合後に存続させたいアカウント(AWS03972215 を存続させる想定でよろしいでしょうか)

上記の情報を確認でき次第、統合内容のご案内をお送りいたします。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

中村 翔太
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
    write("035-ja-agent-asks-other-account-details.eml", "support_reply", "ja", True, Q_CASE,
          frm=AWS_FORM, to=addr(*Q_USER, charset="iso-2022-jp"),
          subject="RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合のご依頼について" % Q_CASE,
          subj_charset="iso-2022-jp", date=dt, trace=aws_trace("jp", Q_USER[1], dt, **Q_JP), new=new, html="alt",
          charset="iso-2022-jp", cte="7bit", html_charset="utf-8", html_cte="quoted-printable",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m036():
    R_USER = ("Arjun Mehta", "arjun.mehta.tokyo@gmail.com")
    r_open = datetime(2025, 10, 27, 3, 12, 40, tzinfo=UTC)
    r_case = case15(r_open)
    dt = datetime(2025, 10, 28, 6, 55, 8, tzinfo=UTC)
    new = """Dear Arjun Mehta sama

We are always indebted to you. This is Suzuki of AWS Training and Certification support.

About the account integration which you requested, we confirmed the following contents.

Integration destination (account which remains): AWS01836472
Integration source (account which disappears): AWS09461237

When the integration is carried out, it is not possible to return it to the origin. In addition, the qualification and the examination history of the integration source are carried over to the integration destination.

If there is no problem in the above contents, may we ask you to reply to this mail that you agree? After your reply is confirmed, we will start the work.

Thank you for your continued support.

Suzuki Haruka
AWS Training and Certification Customer Support"""
    quoted = q_ja(datetime(2025, 10, 27, 12, 12, tzinfo=JST), "Arjun Mehta", R_USER[1],
                  "Hello, I did one exam with my Japan office account and others with personal. Please merge AWS09461237 into AWS01836472. Thanks, Arjun")
    write("036-mt-japanese-english-integration-destination.eml", "merge_confirmation_requested", "en", True, r_case,
          frm=AWS_FORM, to=R_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % r_case,
          date=dt, trace=aws_trace("gmail", R_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m037():
    dt = datetime(2025, 11, 7, 14, 40, 2, tzinfo=UTC)
    new = """Hello,

We have resolved your AWS Support case %s.

Subject: %s

If you feel your issue has not been resolved, you can reopen the case within 14 days from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do? Please take a moment to rate your support experience:
https://console.aws.amazon.com/support/feedback?displayId=%s

Sincerely,
Amazon Web Services""" % (N_CASE, N_SUBJ, N_CASE, N_CASE)
    write("037-console-case-resolved-rate-experience.eml", "survey", "en", True, N_CASE,
          frm=AWS_NOREPLY, to=N_USER[1], subject="Amazon Web Services: Your Support case %s has been resolved" % N_CASE,
          date=dt, trace=aws_trace("outlook", N_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m038():
    S_USER = ("Priya Raghavan", "priya.raghavan@infotrends-corp.in")
    s_case = "5839201746"
    dt = datetime(2019, 6, 11, 10, 27, 14, tzinfo=UTC)
    ip = rnd.choice(AWS_SES_IPS)
    trace = [
        ("Received", "from mailgw01.infotrends-corp.in (10.20.1.11) by EXCH02.infotrends-corp.in\n (10.20.1.25) with Microsoft SMTP Server (TLS) id 15.1.1713.5; %s" % format_datetime((dt + timedelta(seconds=40)).astimezone(tz(5, 30)))),
        ("Received", "from %s ([%s]) by mailgw01.infotrends-corp.in with ESMTP id x5BAR%s for <%s>; %s"
         % (ses_host(ip), ip, rhex(4), S_USER[1], format_datetime((dt + timedelta(seconds=31)).astimezone(tz(5, 30))))),
        ("Return-Path", "<%s>" % ses_mailfrom(dt)),
        ("DKIM-Signature", dkim_sig("amazon.com", "rte02", dt)),
        ("DKIM-Signature", dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt)),
    ]
    new = """Hello,

Thank you for contacting AWS Training and Certification. We have received your message and created case %s.

A member of our support team will get back to you within 1-2 business days. Please reference this case number in any future correspondence regarding this matter.

What you submitted:
Topic: Certification Account
Sub-topic: Merge duplicate accounts
AWS Certification Account ID: AWS-02210938
Comments: I have two certification accounts with AWS-02210938 and AWS-07665190, please merge these and keep the first one.

Thank you,
AWS Training and Certification""" % s_case
    write("038-2019-ack-10-digit-no-auth-results.eml", "case_created", "en", None, s_case,
          frm=AWS_FORM, to=addr(*S_USER), subject="[CASE %s] AWS Training and Certification - We've received your request" % s_case,
          date=dt, trace=trace, new=new, html=None, cte="7bit", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m039():
    T_USER = ("Yusuf Adeyemi", "yusuf.adeyemi.ng@gmail.com")
    first_open = datetime(2025, 9, 1, 9, 10, 33, tzinfo=UTC)
    first_case = case15(first_open)
    t_open = datetime(2025, 9, 9, 7, 55, 21, tzinfo=UTC)
    t_case = case15(t_open)
    dt = t_open + timedelta(seconds=29)
    new = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to confirm we have received your request. Your case number is %s. A member of our team will review your inquiry and respond, in principle, within 24 hours.

Please do not submit a new form for the same request; it can delay our response. If you need to add information, reply to this email and keep the case number in the subject line.

Summary of your submission:
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS 06390427
Description: Good day. I submitted a request for merging my accounts on 1st September (case %s) but I never received any reply till date. Kindly assist to merge AWS 01582274 into AWS 06390427. My notification email is yusuf.adeyemi.ng@gmail.com.

Sincerely,
AWS Training and Certification Customer Support""" % (t_case, first_case)
    write("039-second-case-ack-after-no-reply.eml", "case_created", "en", True, t_case,
          frm=AWS_FORM, to=T_USER[1], subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % t_case,
          date=dt, trace=aws_trace("gmail", T_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m040():
    dt = datetime(2025, 4, 17, 22, 41, 9, tzinfo=UTC)
    new = """Hi Li Wei,

You have 3 badges waiting to be accepted from Amazon Web Services Training and Certification:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

These badges were issued to liwei.cloud@gmail.com. Accept them to start sharing your achievements.

Accept your badges: https://www.credly.com/users/%s/badges?accept=true

Not sure what this is? Credly is the digital credential platform used by Amazon Web Services Training and Certification to recognise your verified skills.

%s""" % ("li-wei." + rhex(3), CREDLY_FOOT)
    write("040-credly-three-badges-waiting-to-accept.eml", "credly_badge_issued", "en", True, None,
          frm='"Credly" <admin@credly.com>', to=E_USER[1],
          subject="Li Wei, you have 3 badges ready to accept", date=dt,
          trace=credly_trace_gmail(E_USER[1], dt), new=new, html="alt",
          msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rnd.randint(1, 40)))


@mail
def m041():
    dt = datetime(2025, 9, 20, 4, 15, 30, tzinfo=UTC)
    badge = ruuid()
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Credly</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<center>
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:20px 30px;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90" /></td></tr>
<tr><td align="center" style="padding:10px 30px;"><img src="https://images.credly.com/size/340x340/images/aws-certified-solutions-architect-professional.png" width="170" alt="AWS Certified Solutions Architect &ndash; Professional" /></td></tr>
<tr><td style="padding:10px 30px;font-size:22px;color:#212121;text-align:center;">Congratulations, Claire!</td></tr>
<tr><td style="padding:10px 30px;font-size:15px;line-height:22px;color:#424242;">Amazon Web Services Training and Certification has issued you the <strong>AWS Certified Solutions Architect &ndash; Professional</strong> badge. Your badge is ready to be claimed.</td></tr>
<tr><td align="center" style="padding:20px 30px;"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#ffffff;padding:14px 34px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badge</a></td></tr>
<tr><td style="padding:10px 30px;font-size:13px;color:#757575;">Your badge is a verified representation of your achievement. Share it with your network on LinkedIn and let employers verify your skills in one click.</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#9e9e9e;border-top:1px solid #eeeeee;">You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.<br />Credly, Inc. | 12 East 49th Street, 11th Floor, New York, NY 10017<br /><a href="https://www.credly.com/notification_settings" style="color:#9e9e9e;">Unsubscribe</a> | <a href="https://info.credly.com/privacy-policy" style="color:#9e9e9e;">Privacy Policy</a></td></tr>
</table>
</center>
</body></html>
""" % badge
    ip = "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = "bounces+%d-%s-claire.dubois=outlook.fr@em%d.credly.com" % (rnd.randint(1000000, 9999999), rhex(2), rnd.randint(1000, 9999))
    ar = ar_outlook(ip=ip, mailfrom_dom="em4521.credly.com", dkim=[("pass", "credly.com"), ("pass", "sendgrid.info")],
                    dmarc="pass", from_dom="credly.com")
    trace = outlook_trace(H_USER[1], dt, ip, "o%d.ptr%d.credly.com" % (rnd.randint(1, 20), rnd.randint(1000, 9999)), mf, ar,
                          [dkim_sig("credly.com", "s1", dt)])
    write("041-credly-html-only-badge-ready-to-claim.eml", "credly_badge_issued", "en", True, None,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=H_USER[1],
          subject="Claire, your AWS Certified Solutions Architect – Professional badge is ready", date=dt, trace=trace,
          new="", html="only", html_text=html, cte="quoted-printable",
          msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rnd.randint(1, 40)))


@mail
def m042():
    U_USER = ("Putri Wulandari", "putri.wulandari88@gmail.com")
    u_open = datetime(2025, 7, 28, 2, 33, 9, tzinfo=UTC)
    u_case = case15(u_open)
    dt = datetime(2025, 7, 31, 7, 20, 45, tzinfo=UTC)
    udt = datetime(2025, 7, 29, 20, 1, tzinfo=tz(7))
    new = """Dear Ibu Putri,

Greetings from AWS Training and Certification.

We would like to inform you that the process for merging your account has been finished. Now all of your certification are under the candidate ID AWS03127755, and the account AWS08894120 already not active anymore.

Please kindly check in your AWS Certification Account, and if there is something not correct, do not hesitate to contact us again through this email.

Thank you for your patience.

Best regards,
Agus Setiawan
AWS Training and Certification Customer Support"""
    quoted = q_gmail(udt, *U_USER, """Dear Pak Agus,

Yes it is correct, please proceed.

Terima kasih,
Putri""")
    write("042-indonesian-agent-merging-process-finished.eml", "merge_completed", "en", True, u_case,
          frm=AWS_FORM, to=U_USER[1], subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % u_case,
          date=dt, trace=aws_trace("gmail", U_USER[1], dt), new=new, quoted=quoted, html="alt",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


# ------------------------------------------------------- phishing (merge)
def generic_gmail(to, dt, ip, host, mailfrom, from_dom, dkim_res="pass", spf="pass", dmarc="pass", p="NONE", sel="s1",
                  sign=True):
    dk = [dkim_sig(from_dom, sel, dt)] if sign else []
    dkr = [(dkim_res, from_dom, sel)] if sign else []
    ar = ar_gmail(dkim=dkr, spf=spf, mailfrom=mailfrom, ip=ip, dmarc=(dmarc, p, from_dom) if dmarc else None)
    return gmail_trace(to, dt, ip, host, mailfrom, ar, dk)


def generic_outlook(to, dt, ip, host, mailfrom, from_dom, dkim_res="pass", spf="pass", dmarc="pass", compauth="pass reason=100",
                    sign=True, action="none"):
    dk = [dkim_sig(from_dom, "selector1", dt)] if sign else []
    ar = ar_outlook(spf=spf, ip=ip, mailfrom_dom=mailfrom.split("@")[-1], dkim=[(dkim_res, from_dom)] if sign else [("none", from_dom)],
                    dmarc=dmarc, from_dom=from_dom, compauth=compauth, action=action)
    return outlook_trace(to, dt, ip, host, mailfrom, ar, dk)


@mail
def m043():
    dt = datetime(2025, 8, 5, 21, 4, 52, tzinfo=UTC)
    ip = "185.234.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    fake_case = "175442" + "%09d" % rnd.randint(0, 10 ** 9 - 1)
    new = """Dear Candidate,

We have received a request to merge your AWS Certification accounts. According to our system the following accounts are concerned:

Primary account: AWS04410928
Secondary account: AWS09155603

To confirm this merge please verify you are the owner of both accounts by sign in with the credentials of EACH account on the secure page below within 24 hours. If we do not receive your confirmation your certifications may be revoked and the merge request will be cancelled.

Confirm merge now: https://aws-certification-merge.com/confirm?case=%s&token=%s

Case reference: %s

Regards,
AWS Certification Merge Team
Amazon Web Services""" % (fake_case, rhex(12), fake_case)
    write("043-phish-lookalike-domain-confirm-merge.eml", "merge_confirmation_requested", "en", False, fake_case,
          frm='"AWS Certification" <support@aws-certification-merge.com>', to=I_USER[1],
          subject="Action required: confirm your AWS Certification account merge [Case %s]" % fake_case, date=dt,
          trace=generic_gmail(I_USER[1], dt, ip, "mail.aws-certification-merge.com", "bounce@aws-certification-merge.com",
                              "aws-certification-merge.com", p="NONE", sel="default"),
          new=new, html="alt", html_style="aws", msgid="<%s@aws-certification-merge.com>" % rhex(12))


@mail
def m044():
    dt = datetime(2025, 6, 4, 16, 33, 10, tzinfo=UTC)
    ip = "45.137.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    vps = "vps%d.hostkey-cloud.net" % rnd.randint(100, 999)
    mf = "info@" + vps
    ar = ar_gmail(dkim=[], spf="softfail", mailfrom=mf, ip=ip, dmarc=("fail", "QUARANTINE", "amazon.com"))
    trace = gmail_trace(A_USER[1], dt, ip, vps, mf, ar, [])
    # forged, lower header written by the sender
    trace += [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rte02;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
              ("Received", "from localhost (localhost [127.0.0.1]) by vps-mailer with SMTP; %s" % format_datetime(dt))]
    new = """Dear Customer,

Your AWS Certification accounts merge is now completed successfully. The account AWS09927361 was merged into AWS04418273.

Due to the merge, your exam benefits must be re-validated. Please sign in with your AWS Certification credentials in the next 48 hours to keep your 50% voucher and your certifications active:

https://aws-certmetrics-login.co/signin?ref=merge-completed

If you not sign in, the benefits will be lost and can not be restored.

Best regards,
Amazon Web Services Training and Certification"""
    write("044-phish-spoofed-amazon-merge-completed-dmarc-fail.eml", "merge_completed", "en", False, None,
          frm=AWS_NOREPLY, to=A_USER[1], subject="Your certification accounts merge is completed - action needed", date=dt,
          trace=trace, new=new, html="only", html_style="aws", msgid="<%s@vps-mailer>" % rhex(10))


@mail
def m045():
    dt = datetime(2025, 9, 21, 10, 2, 44, tzinfo=UTC)
    ip = "91.215.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    new = """Hello Claire,

After your AWS accounts merge, your badge AWS Certified Solutions Architect - Professional has been issued again to your new account.

Please accept your badge in the 72 hours, after this time the badge will be expired and you will need to pass the exam again.

Accept your badge: https://credly-notifications.net/accept?b=%s

Credly Team""" % rhex(16)
    write("045-phish-credly-lookalike-badge-after-merge.eml", "credly_badge_issued", "en", False, None,
          frm='"Credly" <badges@credly-notifications.net>', to=H_USER[1],
          subject="Your AWS badge is issued after account merge - accept now", date=dt,
          trace=generic_outlook(H_USER[1], dt, ip, "mx1.credly-notifications.net", "bounce@credly-notifications.net",
                                "credly-notifications.net"),
          new=new, html="alt", msgid="<%s@credly-notifications.net>" % rhex(12))


@mail
def m046():
    dt = datetime(2025, 7, 17, 3, 12, 5, tzinfo=UTC)
    ip = "103.224.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = "survey@aws-support-survey.com"
    ar = ar_jp("nifty.com", spf="pass", mailfrom=mf, dkim=[("none", "aws-support-survey.com")], dmarc="none",
               from_dom="aws-support-survey.com")
    trace = jp_trace(B_USER[1], dt, ip, "smtp.aws-support-survey.com", mf, ar, B_JP["mta"])
    new = """Dear Valued Customer,

Your support case %s (Account merge) is closed. We want to know your opinion!

Please rate our support from 1 to 10 and receive a $50 AWS Promotional Credit as a thank you. To receive the credit you must enter the payment card of your AWS account for verification.

Start survey: https://aws-support-survey.com/rate?c=%s

Thank you for helping us to improve,
AWS Customer Experience Team""" % (B_CASE, B_CASE)
    write("046-phish-survey-promised-credit-lookalike.eml", "survey", "en", False, B_CASE,
          frm='"AWS Support Feedback" <survey@aws-support-survey.com>', to=B_USER[1],
          subject="[Case %s] Rate your support experience and get $50 credit" % B_CASE, date=dt,
          trace=trace, new=new, html="alt", msgid="<%s@aws-support-survey.com>" % rhex(12))


@mail
def m047():
    dt = datetime(2025, 2, 12, 19, 48, 30, tzinfo=UTC)
    ip = "194.87.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    fake_case = "173937" + "%09d" % rnd.randint(0, 10 ** 9 - 1)
    new = """Hello Olga,

This is regarding your account merge request. For continue the merge our security team need to verify your identity.

Please reply to this e-mail with the following informations:
- Login e-mail and password of account AWS08810332
- Login e-mail and password of account AWS05539018
- Last 4 digit of the card used for exam payment

Without this information the merge can not continue and the case will be closed.

Best regards,
AWS Training & Certification Support"""
    write("047-phish-asks-passwords-to-continue-merge.eml", "support_reply", "en", False, fake_case,
          frm='"AWS Training & Certification" <aws-cs-trainingcertification-form@amazon-certification.support>',
          to=J_USER[1], subject="RE:[CASE %s] Verification required to continue your request" % fake_case, date=dt,
          trace=yandex_generic(J_USER[1], dt, ip, "host-%s.vds.example-hosting.ru" % ip.replace(".", "-"),
                               "root@host-%s.vds.example-hosting.ru" % ip.replace(".", "-"),
                               "spf=softfail (%%s: domain of host-%s.vds.example-hosting.ru does not designate %s as permitted sender, rule=[~all]) smtp.mail=root@host-%s.vds.example-hosting.ru;\n"
                               "\tdkim=none;\n\tdmarc=none header.from=amazon-certification.support" % (ip.replace(".", "-"), ip, ip.replace(".", "-"))),
          new=new, html=None, msgid="<%s@amazon-certification.support>" % rhex(12))


# --------------------------------------------------------------- unrelated
@mail
def m048():
    dt = datetime(2025, 5, 30, 9, 12, 44, tzinfo=UTC)
    sc_case = "7718263540"
    new = """Hello from Amazon Selling Partner Support,

Thank you for your patience while we was working on your case.

I am glad to inform you that the duplicate detail pages you reported have been merged. The ASIN B0CX7Q2LMN is now merged into ASIN B0CX7Q1KJH and all offers are showing under the one detail page. Please allow up to 24 hours for the changes to reflect on the website.

If you have any other question, please reply to this email or contact us through Seller Central.

Was this email helpful? Please let us know by clicking the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&rating=1

We hope this information is helpful.

Thank you,
Neha R.
Amazon Selling Partner Support""" % sc_case
    write("048-seller-central-case-detail-pages-merged.eml", "unrelated", "en", True, sc_case,
          frm='"Amazon Selling Partner Support" <seller-support@amazon.com>', to=A_USER[1],
          subject="RE:[CASE %s] Request to merge duplicate ASIN detail pages" % sc_case, date=dt,
          trace=aws_trace("gmail", A_USER[1], dt), new=new, html="alt", msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m049():
    b_open = datetime(2025, 11, 5, 2, 51, 8, tzinfo=UTC)
    b_case = case15(b_open)
    dt = b_open + timedelta(seconds=4)
    subj = "Unexpected charge for NAT Gateway on October invoice"
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, on my October invoice there is a charge of 38.42 USD for NAT Gateway in eu-central-1 but I deleted the VPC in September. Account 4471-2093-8815. Can you check please and refund if possible? Thank you, Kamil

We will respond to your case as soon as possible. You can view the case or add correspondence at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.""" % (b_case, b_case, subj, b_case)
    write("049-console-billing-case-opened-not-merge.eml", "unrelated", "en", True, b_case,
          frm=AWS_NOREPLY, to=N_USER[1], subject="Amazon Web Services: You have opened a new Support case: %s" % b_case,
          date=dt, trace=aws_trace("outlook", N_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m050():
    q_open = datetime(2025, 3, 18, 4, 30, 2, tzinfo=UTC)
    q_case = case15(q_open)
    dt = datetime(2025, 3, 18, 11, 5, 39, tzinfo=UTC)
    new = """Hello,

Greetings from AWS Support!

We have received and processed your request for a limit increase. As per your request, the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances limit has been increased to 64 vCPUs in the Asia Pacific (Mumbai) region for your account.

Kindly note it can sometimes take up to 30 minutes for the new limit to be reflected in all the services.

Please do let us know if you need any further assistance, we will be happy to help.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Sandeep P.
Amazon Web Services

To see all correspondences and to respond to this message, please visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en""" % q_case
    write("050-quota-increase-case-reply-not-merge.eml", "unrelated", "en", True, q_case,
          frm=AWS_NOREPLY, to=G_USER[1], subject="RE:[CASE %s] Limit Increase: EC2 Instances" % q_case, date=dt,
          trace=aws_trace("gmail", G_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt))


@mail
def m051():
    dt = datetime(2025, 6, 10, 15, 0, 21, tzinfo=UTC)
    ip = "13.111.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    new = """AWS Certification wants to hear from you

Hello Nguyen Van Minh,

You recently took an AWS Certification exam. We would like to know about your experience, from registration until receiving your result.

Candidate ID: AWS04418273

The survey takes approximately 5 minutes. Your answers are anonymous and will help us to improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.""" % rhex(8)
    write("051-certmetrics-wants-to-hear-from-you.eml", "unrelated", "en", False, None,
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=A_USER[1],
          subject="AWS Certification wants to hear from you", date=dt,
          trace=generic_gmail(A_USER[1], dt, ip, "mta%d.certmetrics.com" % rnd.randint(1, 9), "bounce@mail.certmetrics.com",
                              "certmetrics.com", p="REJECT", sel="cm1"),
          new=new, html="alt", msgid="<%s@certmetrics.com>" % ruuid())


@mail
def m052():
    dt = datetime(2025, 4, 2, 19, 44, 3, tzinfo=UTC)
    ip = "13.111.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    trace = [
        ("Received", "from mailgw02.infotrends-corp.in (10.20.1.12) by EXCH01.infotrends-corp.in\n (10.20.1.24) with Microsoft SMTP Server (TLS) id 15.2.1544.9; %s" % format_datetime((dt + timedelta(seconds=50)).astimezone(tz(5, 30)))),
        ("Received", "from mta3.certmetrics.com ([%s]) by mailgw02.infotrends-corp.in with ESMTP id 532JH%s for <priya.raghavan@infotrends-corp.in>; %s"
         % (ip, rhex(4), format_datetime((dt + timedelta(seconds=44)).astimezone(tz(5, 30))))),
        ("Return-Path", "<bounce@mail.certmetrics.com>"),
        ("DKIM-Signature", dkim_sig("certmetrics.com", "cm1", dt)),
    ]
    new = """Congratulations on your recertification!

Dear Priya Raghavan,

Congratulations! You have successfully recertified AWS Certified Solutions Architect - Associate. Your certification is now valid through April 2, 2028.

Your digital badge will be issued through Credly in the next few days, and your updated certificate is available in your AWS Certification Account.

Candidate ID: AWS-02210938
Validation Number: 7QK2M9XRT1VBJ4PW

Sincerely,
AWS Training and Certification"""
    write("052-certmetrics-recertification-no-auth-results.eml", "unrelated", "en", None, None,
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', to='"Priya Raghavan" <priya.raghavan@infotrends-corp.in>',
          subject="Congratulations on recertifying your AWS Certification", date=dt,
          trace=trace, new=new, html="only", msgid="<%s@certmetrics.com>" % ruuid())


@mail
def m053():
    dt = datetime(2025, 8, 12, 6, 30, 17, tzinfo=UTC)
    ip = "159.182.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    new = """Pearson VUE Confirmation of Booking

Dear Rafael Costa,

Thank you for scheduling your AWS Certified Solutions Architect - Professional (SAP-C02) exam. Your appointment details are below.

Candidate ID: AWS04410928
Registration ID: 512739048
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Tuesday, September 2, 2025
Time: 10:00 AM BRT
Location: OnVUE online proctored exam
Language: English

Please run the system test on the computer and network you will use for the exam before your appointment. Check-in opens 30 minutes before the scheduled time.

To reschedule or cancel, go to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE"""
    write("053-pearson-vue-booking-confirmation.eml", "unrelated", "en", False, None,
          frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=I_USER[1],
          subject="Pearson VUE Confirmation of Booking", date=dt,
          trace=generic_gmail(I_USER[1], dt, ip, "mx-out%d.pearson.com" % rnd.randint(1, 6), "bounces@pearson.com",
                              "pearson.com", p="REJECT", sel="pvue"),
          new=new, html="alt", msgid="<%s.JavaMail.pvue@prod-ns%d>" % (rhex(8), rnd.randint(1, 9)))


@mail
def m054():
    dt = datetime(2025, 11, 3, 8, 20, 1, tzinfo=UTC)
    ip = rnd.choice(AWS_SES_IPS)
    mf = ses_mailfrom(dt)
    ar = ar_outlook(ip=ip, mailfrom_dom="amazonses.com", dkim=[("pass", "signin.aws"), ("pass", "amazonses.com")],
                    dmarc="pass", from_dom="signin.aws")
    trace = outlook_trace(N_USER[1], dt, ip, ses_host(ip), mf, ar, [dkim_sig("signin.aws", "ak3m4", dt)])
    new = """Verify your AWS Builder ID email address

Hello,

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code: 582913

(This code is valid for 10 minutes)

AWS will never email you and ask you to disclose or verify your password, credit card, or banking account number.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
    write("054-aws-builder-id-verification-code.eml", "unrelated", "en", True, None,
          frm='"AWS" <no-reply@signin.aws>', to=N_USER[1], subject="Verify your AWS Builder ID email address", date=dt,
          trace=trace, new=new, html="alt", html_style="aws", msgid=ses_msgid(dt))


@mail
def m055():
    dt = datetime(2025, 6, 3, 12, 7, 55, tzinfo=UTC)
    ip = "192.30.252.%d" % rnd.randint(190, 210)
    new = """Merged #128 into main.

@svenl: LGTM, merged. Now the two AWS accounts (staging and prod) is using the same SCP and the account-merge module from terraform-aws-org. Please don't forget to run `terraform apply` in the root before Friday.

--
Reply to this email directly, view it on GitHub:
https://github.com/saigontek-platform/infra-terraform/pull/128#event-%d
You are receiving this because you authored the thread.""" % rnd.randint(10 ** 10, 10 ** 11)
    write("055-github-pull-request-merged.eml", "unrelated", "en", False, None,
          frm='"Sven Lindqvist" <notifications@github.com>', to='"saigontek-platform/infra-terraform" <infra-terraform@noreply.github.com>',
          cc='Nguyen Van Minh <minh.nguyenvan.dev@gmail.com>, Author <author@noreply.github.com>',
          subject="Re: [saigontek-platform/infra-terraform] Merge staging account config into prod org (PR #128)", date=dt,
          trace=generic_gmail(A_USER[1], dt, ip, "out-%d.smtp.github.com" % rnd.randint(10, 30), "noreply@github.com",
                              "github.com", p="REJECT", sel="pf2023"),
          new=new, html="alt", msgid="<saigontek-platform/infra-terraform/pull/128/issue_event/%d@github.com>" % rnd.randint(10 ** 10, 10 ** 11),
          extra=[("In-Reply-To", "<saigontek-platform/infra-terraform/pull/128@github.com>"),
                 ("References", "<saigontek-platform/infra-terraform/pull/128@github.com>"),
                 ("List-ID", "saigontek-platform/infra-terraform <infra-terraform.saigontek-platform.github.com>"),
                 ("X-GitHub-Reason", "author")])


@mail
def m056():
    dt = datetime(2025, 2, 14, 8, 41, 12, tzinfo=UTC)
    ip = "192.237.158.%d" % rnd.randint(10, 250)
    new = """Merge request !57 was merged

Project: olga.ivanova / aws-cert-notes
Branch: feature/merge-accounts-notes -> main
Author: Olga Ivanova

Merge request: https://gitlab.com/olga.ivanova/aws-cert-notes/-/merge_requests/57

You're receiving this email because of your account on gitlab.com. Manage all notifications: https://gitlab.com/-/profile/notifications"""
    ar = ("mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net;\n\tspf=pass (mail-nwsmtp-mxfront: domain of mg.gitlab.com designates %s as permitted sender) smtp.mail=bounce+%s@mg.gitlab.com;\n"
          "\tdkim=pass header.i=@gitlab.com;\n\tdmarc=pass header.from=gitlab.com" % (rnd.randint(10, 99), ip, rhex(4)))
    trace = [
        ("Received", "from mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net by mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id %s\n\tfor <%s>; %s"
         % (rnd.randint(10, 99), rnd.randint(10, 99), rb64(8), J_USER[1], format_datetime((dt + timedelta(seconds=3)).astimezone(tz(3))))),
        ("Authentication-Results", ar),
        ("Received", "from mail-%s.mg.gitlab.com (mail-%s.mg.gitlab.com [%s])\n\tby mail-nwsmtp-mxfront-production-main-%d.vla.yp-c.yandex.net (mxfront/Yandex) with ESMTPS id %s; %s"
         % (ip.replace(".", "-"), ip.replace(".", "-"), ip, rnd.randint(10, 99), rb64(8), format_datetime((dt + timedelta(seconds=2)).astimezone(tz(3))))),
        ("DKIM-Signature", dkim_sig("gitlab.com", "mailo", dt)),
    ]
    write("056-gitlab-merge-request-merged.eml", "unrelated", "en", False, None,
          frm='"GitLab" <gitlab@mg.gitlab.com>', to=addr(*J_USER),
          subject="aws-cert-notes | Merge request !57 was merged (feature/merge-accounts-notes)", date=dt,
          trace=trace, new=new, html="alt", msgid="<merge_request_%d@gitlab.com>" % rnd.randint(10 ** 8, 10 ** 9),
          extra=[("X-GitLab-Project", "aws-cert-notes"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "")])


@mail
def m057():
    dt = datetime(2025, 6, 8, 23, 15, 40, tzinfo=UTC)
    new = """Hi Nguyen Van Minh,

We received a request to merge another Credly account (minh.nv@saigontek.vn) into your Credly account.

To complete the account merge, enter this verification code:

604718

Or click the button below:
Complete Account Merge: https://www.credly.com/account_merges/%s/confirm

All badges from the other account will be moved to this account and the other account will be closed. If you did not request this, you can safely ignore this email.

The Credly Team

%s""" % (rhex(12), "Credly, Inc. | 12 East 49th Street, 11th Floor, New York, NY 10017")
    write("057-credly-self-service-account-merge-code.eml", "unrelated", "en", True, None,
          frm='"Credly" <admin@credly.com>', to=A_USER[1], subject="Confirm your Credly account merge", date=dt,
          trace=credly_trace_gmail(A_USER[1], dt), new=new, html="alt",
          msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rnd.randint(1, 40)))


@mail
def m058():
    dt = datetime(2025, 12, 1, 14, 2, 8, tzinfo=UTC)
    ip = "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = "bounces+%d-%s-maria.santos88=outlook.com@em4521.credly.com" % (rnd.randint(1000000, 9999999), rhex(2))
    new = """Hi Maria,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on December 31, 2025.

To keep your certification active, recertify before the expiration date. Visit AWS Training and Certification to learn about recertification options.

View your badge: https://www.credly.com/badges/%s

%s""" % (ruuid(), CREDLY_FOOT)
    ar = ar_outlook(ip=ip, mailfrom_dom="em4521.credly.com", dkim=[("pass", "credly.com")], dmarc="pass", from_dom="credly.com")
    write("058-credly-badge-expiring-reminder.eml", "unrelated", "en", True, None,
          frm='"Credly" <admin@credly.com>', to=C_USER[1], subject="Your AWS Certified Developer - Associate badge expires in 30 days",
          date=dt, trace=outlook_trace(C_USER[1], dt, ip, "o%d.ptr%d.credly.com" % (rnd.randint(1, 20), rnd.randint(1000, 9999)), mf, ar,
                                       [dkim_sig("credly.com", "s1", dt)]),
          new=new, html="alt", msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rnd.randint(1, 40)))


@mail
def m059():
    dt = datetime(2025, 10, 14, 2, 55, 30, tzinfo=UTC)
    ip = "80.94.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = "billing@aws-billing-alerts.info"
    new = """Dear AWS Customer,

We was unable to process the payment for your AWS account for the billing period of September 2025. Your account and all the running services is now suspended.

To avoid permanent deletion of your resources and data, please update your payment method within 24 hours:

https://aws-billing-alerts.info/console/billing/update-payment

Amount due: 214.37 USD

Thank you for your urgent attention.
Amazon Web Services Billing Department"""
    write("059-phish-account-suspended-payment-not-merge.eml", "unrelated", "en", False, None,
          frm='"Amazon Web Services" <billing@aws-billing-alerts.info>', to=K_USER[1],
          subject="URGENT: Your AWS account is suspended - update payment", date=dt,
          trace=generic_gmail(K_USER[1], dt, ip, "mail.aws-billing-alerts.info", mf, "aws-billing-alerts.info",
                              dkim_res="fail", dmarc="fail", p="NONE"),
          new=new, html="only", html_style="aws", msgid="<%s@aws-billing-alerts.info>" % rhex(12))


@mail
def m060():
    dt = datetime(2025, 9, 24, 16, 0, 4, tzinfo=UTC)
    new = """AWS Training and Certification | September 2025

Hi Maria,

NEW: AWS Certified Generative AI Developer - Professional (beta)
Be among the first to earn the new Professional certification. Beta exam registration is open until October 31, with 50% off the exam fee.

Get ready with AWS Skill Builder
- Exam Prep Plan: AWS Certified AI Practitioner (free)
- Official practice question sets for all Associate exams
- New hands-on labs for Amazon Bedrock

Tip of the month: Keep one certification account
Did you use different emails for your exams? Sign in to your AWS Certification Account with the email you use most, and contact AWS Training and Certification Customer Support if you need help combining your records.

Explore AWS Skill Builder: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and Certification communications. Unsubscribe: https://pages.awscloud.com/communication-preferences.html

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
    write("060-aws-training-newsletter-not-merge.eml", "unrelated", "en", True, None,
          frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', to=C_USER[1],
          subject="New beta exam, free exam prep, and a tip for your certification account", date=dt,
          trace=aws_trace("outlook", C_USER[1], dt), new=new, html="alt", html_style="aws",
          msgid=ses_msgid(dt), extra=ses_extra(dt) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")])


# ==== END MAILS ====


def main():
    for f in MAILS:
        f()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
