#!/usr/bin/env python3
"""Generator for blind set 212: seven users' AWS Certification account-merge
cases from start to end (with detours), plus look-alikes.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to it.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
from email import message_from_bytes
from email.generator import BytesGenerator
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(212)
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
LABELS = {}
NEWTEXT = {}          # file -> new (non-quoted) plain text, for self-checks

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def T(s, tz=UTC):
    """'2025-03-11 14:22:07' in tz -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def gmail_rcvd_date(d):
    d = d.astimezone(PT)
    return format_datetime(d) + (" (PDT)" if d.utcoffset().total_seconds() == -7 * 3600 else " (PST)")


def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RND.choice(a) for _ in range(n))


def ralnum(n):
    return "".join(RND.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ruuid():
    return f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"


def ses_id(d, region="us-east-1"):
    ms = int(d.timestamp() * 1000) - RND.randint(200, 900)
    u = ruuid()
    return f"<0100{ms:012x}-{u}-000000@email.amazonses.com>", f"0100{ms:012x}-{u}-000000@{'amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'}"


def fold_b(s, width=70, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(d, s, date, hdrs="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID", a="rsa-sha256"):
    t = int(date.timestamp()) - RND.randint(0, 3)
    v = (f"v=1; a={a}; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};\n"
         f"\th={hdrs};\n\tbh={rb64(43)}=;\n\tb={fold_b(rb64(342) + '==', 66, chr(9))}")
    return ("DKIM-Signature", v)


def mkhdr(s, charset="utf-8"):
    """encoded-word (folded) header value if needed"""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', r'\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return Header(name, charset).encode(maxlinelen=76, linesep="\n") + f" <{email}>"


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, htm, boundary=None, **kw):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(htm)
    return m


def gmail_boundary():
    return "000000000000" + rhex(16)


def ses_boundary():
    return f"----=_Part_{RND.randint(100000, 999999)}_{RND.randint(100000000, 999999999)}.{RND.randint(10**12, 10**13 - 1)}"


def text_to_html(t):
    """plain paragraphs -> simple html; lines starting with '>' become blockquote"""
    out = []
    for para in t.strip("\n").split("\n\n"):
        lines = para.split("\n")
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in lines) + "</p>")
    return "\n".join(out)


def quote(t, prefix="> "):
    return "\n".join((prefix + x).rstrip() if x else prefix.rstrip() for x in t.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# trace header sets
# --------------------------------------------------------------------------

SES_IPS = ["54.240.8.31", "54.240.8.87", "54.240.9.114", "54.240.48.92", "54.240.27.19", "54.240.11.102"]


def gmail_trace(rcpt, date, env_from, ip, helo, dkims, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com", spf="pass", extra_ar=None):
    """headers Gmail adds on inbound mail; dkims: list of (d, s, result)"""
    r = date + dt.timedelta(seconds=RND.randint(1, 4))
    gid = rb64(34).replace("+", "a").replace("/", "b")
    h = [("Delivered-To", rcpt),
         ("Received", f"by 2002:a05:6a10:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10)}csp{RND.randint(100000, 9999999)}pxb;\n        {gmail_rcvd_date(r)}"),
         ("X-Google-Smtp-Source", rb64(80) + "="),
         ("X-Received", f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(22)}.{RND.randint(10, 999)}.{RND.randint(1000000000000, 9999999999999)};\n        {gmail_rcvd_date(r)}"),
         ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(rb64(342) + '==', 70, '         ')}"),
         ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={fold_b(rb64(342) + '==', 70, '         ')}"),
         ]
    dk = "".join(f";\n       dkim={res} header.i=@{d} header.s={s} header.b={rb64(8)}" for d, s, res in dkims)
    arc_ar = f"i=1; mx.google.com{dk};\n       spf={spf} (google.com: domain of {env_from} designates {ip} as permitted sender) smtp.mailfrom={env_from};\n       dmarc={dmarc}"
    h.append(("ARC-Authentication-Results", arc_ar))
    h.append(("Return-Path", f"<{env_from}>"))
    h.append(("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(11)}si{RND.randint(1000000, 9999999)}{ralnum(3)}.{RND.randint(10, 999)}.{r.astimezone(PT):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gmail_rcvd_date(r)}"))
    h.append(("Received-SPF", f"{spf} (google.com: domain of {env_from} designates {ip} as permitted sender) client-ip={ip};"))
    h.append(("Authentication-Results", f"mx.google.com{dk};\n       spf={spf} (google.com: domain of {env_from} designates {ip} as permitted sender) smtp.mailfrom={env_from};\n       dmarc={dmarc}"))
    if extra_ar:
        h += extra_ar
    return h


def ses_gmail(rcpt, date, dmarc="pass", region="us-east-1", from_dom="amazon.com"):
    """Gmail trace for a genuine SES/amazon.com mail; returns (headers, ses_msgid)"""
    mid, envid = ses_id(date, region)
    ip = RND.choice(SES_IPS)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.{'' if region == 'us-east-1' else region + '.'}amazonses.com"
    h = gmail_trace(rcpt, date, envid, ip, helo,
                    [(from_dom, "b6rvjbsrfzw2vsdymvp4zlsstkh2i4e3", "pass"),
                     ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                    dmarc=f"{dmarc} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}")
    return h, mid, envid


def outlook_trace(rcpt, date, env_from, ip, helo, ar, spf_line, tenant_host="protection.outlook.com", consumer=True):
    r = date + dt.timedelta(seconds=RND.randint(1, 5))
    srv = f"{RND.choice(['SA1PR19MB', 'PH0PR19MB', 'MN2PR19MB', 'DM6PR19MB', 'CH3PR19MB'])}{RND.randint(1000, 9999)}.namprd19.prod.outlook.com"
    edge = f"{RND.choice(['BN8NAM12FT', 'BN1PEPF0000', 'DS3PEPF0000', 'SN1PEPF0002'])}{RND.randint(10, 99)}.mail.protection.outlook.com"
    h = [("Received", f"from {srv} (::1) by\n {srv.replace('MB', 'MB', 1)} with HTTPS; {format_datetime(r)}"),
         ("Received", f"from {edge.split('.')[0].replace('FT', 'CA')}{RND.randint(1, 9)}.namprd04.prod.outlook.com\n (2603:10b6:408:{rhex(3)}::{RND.randint(10, 99)}) by {srv} (2603:10b6:806:{rhex(3)}::{RND.randint(10, 20)})\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RND.randint(8000, 9300)}.{RND.randint(10, 40)}; {format_datetime(r)}"),
         ("Authentication-Results", ar),
         ("Received-SPF", spf_line),
         ("Received", f"from {helo} ({ip}) by\n {edge} ({ip.replace('.', '.')}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.{RND.randint(8000, 9300)}.{RND.randint(10, 40)} via Frontend Transport; {format_datetime(r)}"),
         ]
    return h


def ses_outlook(rcpt, date, dmarc="pass", region="us-east-1"):
    mid, envid = ses_id(date, region)
    ip = RND.choice(SES_IPS)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    mfrom = envid.split("@")[1]
    ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mfrom}; dkim=pass (signature was verified)\n"
          f" header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc={dmarc} action=none\n"
          f" header.from=amazon.com;compauth=pass reason=100")
    spf = (f"Pass ({'protection.outlook.com'}: domain of {mfrom}\n designates {ip} as permitted sender)\n"
           f" receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    h = outlook_trace(rcpt, date, envid, ip, helo, ar, spf)
    return h, mid, envid


def ses_sign(date, from_dom="amazon.com"):
    return [dkim(from_dom, "b6rvjbsrfzw2vsdymvp4zlsstkh2i4e3", date),
            dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", date,
                 hdrs="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID")]


def ses_tail(date, region="us-east-1"):
    return [("Feedback-ID", f"::1.{region}.{rb64(43).replace('/', 'x').replace('+', 'y')}=:AmazonSES"),
            ("X-SES-Outgoing", f"{date:%Y.%m.%d}-{RND.choice(SES_IPS)}")]


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def flatten(obj):
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(obj)
    return bio.getvalue()


def norm_ids(text):
    t = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m for m in re.findall(r"(?i)(?<![A-Za-z0-9])AWS[\s\-_]?(\d{8})(?!\d)", t)})


def write(fname, headers, body, kind, case_id, ids, sv, lang, new):
    """headers: list of (name, value) placed before the MIME headers of body"""
    if isinstance(body, MIMEMultipart) or isinstance(body, MIMENonMultipart):
        if "MIME-Version" not in body:
            body["MIME-Version"] = "1.0"
            # move MIME-Version to front of body headers
        mv = [(k, v) for k, v in body._headers if k == "MIME-Version"]
        rest = [(k, v) for k, v in body._headers if k != "MIME-Version"]
        body._headers = mv + rest
    hb = "".join(f"{k}: {v}\n" for k, v in headers if k)
    data = hb.encode("ascii") + flatten(body)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    ids = sorted(set(ids))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": sv, "language": lang}
    NEWTEXT[fname] = new
    got = norm_ids(new)
    if got != ids:
        print(f"!! {fname}: labelled ids {ids} but new text has {got}")


def msg_alt(plain_t, html_t, charset="utf-8", cte="quoted-printable", boundary=None, codec=None,
            html_charset=None, html_cte=None):
    return alt(part(plain_t, "plain", charset, cte, codec),
               part(html_t, "html", html_charset or charset, html_cte or cte, codec),
               boundary=boundary)


def single(t, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    p = part(t, subtype, charset, cte, codec)
    return p


# ==========================================================================
# shared texts
# ==========================================================================

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_html(body_html, footer=True, case_id=None):
    ft = ""
    if footer:
        ft = ("<p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
              "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by "
              "Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>")
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            + body_html + "\n" + ft + "\n</body></html>\n")



def aws_hdrs(trace, date, frm, to, subject, mid, from_dom="amazon.com", tail=True, extra=(), scs="utf-8"):
    h = list(trace) + ses_sign(date, from_dom)
    h += [("Date", rfc(date)), ("From", frm), ("To", to), ("Message-ID", mid), ("Subject", mkhdr(subject, scs))]
    h += list(extra)
    if tail:
        h += ses_tail(date)
    return h


def gmail_sent_hdrs(date, frm, to, subject, irt=None, tzname=None, cc=None):
    h = [("Received", f"by 2002:a05:7300:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with HTTP; {format_datetime(date)}")] if False else []
    h += [("Date", format_datetime(date))]
    if irt:
        h += [("References", irt), ("In-Reply-To", irt)]
    h += [("Message-ID", f"<CA{rb64(12).replace('/', 'J').replace('+', 'k')}{rb64(40).replace('/', '_').replace('+', '-')}@mail.gmail.com>"),
          ("Subject", mkhdr(subject)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h


# ==========================================================================
# USER A - Emily Carter, Gmail, form desk, 15-digit case.
# Detour: agent first names the wrong surviving account.
# ==========================================================================
A_MAIL = "emily.carter.dev@gmail.com"
A_FROM = addr("Emily Carter", A_MAIL)
A_CASE = "174170292702119"          # opened 2025-03-11 14:22:07 UTC
A_OLD, A_NEW = "AWS04418273", "AWS17730592"
A_SUBJ = f"RE:[CASE {A_CASE}] {FORM_SUBJ}"
A_FORMFROM = addr(AWSNAME, FORM)

# ---- 001 acknowledgement -------------------------------------------------
d = T("2025-03-11 14:22:09")
tr, mid, _ = ses_gmail(A_MAIL, d)
t001 = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and created a case for it.

Case ID: {A_CASE}
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge

Summary of your submission
Name: Emily Carter
Email: {A_MAIL}
AWS candidate ID: {A_NEW}
Description: I have two certification accounts. The second one was created with my former employer's email address when I took the Cloud Practitioner exam in 2021. I would like to have everything under one account.

A member of our team will review your request and reply to this email address, usually within 24 hours. If you need to add information, reply to this email and keep the case ID in the subject line. Please do not submit a new form for the same request; duplicate cases can delay our response.

Regards,
AWS Training and Certification
https://aws.amazon.com/certification/
"""
h001 = aws_html(f"""<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and created a case for it.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Case ID:</b></td><td>{A_CASE}</td></tr>
<tr><td><b>Inquiry type:</b></td><td>AWS Training and Certification</td></tr>
<tr><td><b>Category:</b></td><td>Certification</td></tr>
<tr><td><b>Detail:</b></td><td>Account Merge</td></tr></table>
<p><b>Summary of your submission</b><br>Name: Emily Carter<br>Email: {A_MAIL}<br>AWS candidate ID: {A_NEW}<br>
Description: I have two certification accounts. The second one was created with my former employer&#39;s email address when I took the Cloud Practitioner exam in 2021. I would like to have everything under one account.</p>
<p>A member of our team will review your request and reply to this email address, usually within 24 hours. If you need to add information, reply to this email and keep the case ID in the subject line. Please do not submit a new form for the same request; duplicate cases can delay our response.</p>
<p>Regards,<br>AWS Training and Certification<br><a href="https://aws.amazon.com/certification/">https://aws.amazon.com/certification/</a></p>""")
write("001-emily-form-acknowledgement.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, f"[CASE {A_CASE}] {FORM_SUBJ}", mid),
      msg_alt(t001, h001, boundary=ses_boundary()),
      "case_created", A_CASE, [A_NEW], True, "en", t001)

# ---- 002 agent asks for details -------------------------------------------
d = T("2025-03-12 14:03:51")
tr, mid, _ = ses_gmail(A_MAIL, d)
t002 = f"""Hello Emily,

Thank you for contacting AWS Training and Certification. My name is Daniel and I will be assisting you with this case.

I understand you would like to combine two certification profiles into one. I was able to locate the account {A_NEW}, which is registered to {A_MAIL}. However, I could not find a second profile with the details provided in the form.

To help me locate it, could you please reply with the following:

1. The email address you used to sign in to the other account (and, if different, the notification email on that account)
2. The candidate ID of that account, if you have it (it can be found under "My Profile" in the AWS Certification Account)
3. Which of the two accounts you would like to keep as your primary account

As soon as I have these details I will prepare the request and send you a summary for your review.

Best regards,
Daniel M.
AWS Training and Certification
"""
write("002-emily-agent-asks-login-emails.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, A_SUBJ, mid),
      msg_alt(t002, aws_html(text_to_html(t002)), boundary=ses_boundary()),
      "support_reply", A_CASE, [A_NEW], True, "en", t002)
A_Q002 = t002

# ---- 003 Emily's reply (Sent folder, Gmail web) ----------------------------
d = T("2025-03-12 11:40:18", ZoneInfo("America/New_York"))
n003 = f"""Hi Daniel,

Thanks for the quick reply. The other account is AWS-04418273. I used emily.carter@northwind-analytics.com to sign in to it (that was my work address at Northwind, I no longer have access to that mailbox). I think the notification email on it is the same address.

I'd like to keep {A_NEW} (the one on my Gmail) as the primary account.

Thanks,
Emily
"""
qh = "On Wed, Mar 12, 2025 at 10:03\u202fAM Amazon Web Services <\naws-cs-trainingcertification-form@amazon.com> wrote:"
t003 = n003 + "\n" + qh + "\n\n" + quote(A_Q002) + "\n"
h003 = ('<div dir="ltr">' + "".join(f"<div>{html.escape(x) if x else '<br>'}</div>" for x in n003.strip().split("\n"))
        + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, Mar 12, 2025 at 10:03\u202fAM Amazon Web Services &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div>'
        + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + text_to_html(A_Q002) + "</blockquote></div>\n")
write("003-emily-sent-reply-with-old-account.eml",
      gmail_sent_hdrs(d, A_FROM, A_FORMFROM, "Re: " + A_SUBJ, irt=mid),
      msg_alt(t003, h003, boundary=gmail_boundary()),
      "unrelated", A_CASE, [A_OLD, A_NEW], None, "en", n003)

# ---- 004 confirmation request naming the WRONG survivor -------------------
d = T("2025-03-13 12:47:02")
tr, mid, _ = ses_gmail(A_MAIL, d)
t004 = f"""Hello Emily,

Thank you for providing the additional information. I have located both profiles.

Please review the details of the requested merge below:

Account that will be merged (source): {A_NEW} - {A_MAIL}
Account that will remain (destination): {A_OLD} - emily.carter@northwind-analytics.com

After the merge, all certifications, exam history and benefits from the source account will be moved to the destination account, and the source account will be deactivated. Please note that this process cannot be reversed once it has been completed.

If the information above is correct, please reply to this email confirming that you would like us to proceed with the merge.

Best regards,
Daniel M.
AWS Training and Certification
"""
write("004-emily-confirm-request-wrong-survivor.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, A_SUBJ, mid),
      msg_alt(t004, aws_html(text_to_html(t004)), boundary=ses_boundary()),
      "merge_confirmation_requested", A_CASE, [A_NEW, A_OLD], True, "en", t004)
A_Q004 = t004
A_MID004 = mid

# ---- 005 Emily corrects it from her iPhone (Sent, Apple Mail quoting) ------
d = T("2025-03-13 09:21:40", ZoneInfo("America/New_York"))
n005 = f"""Hi Daniel, sorry but I think it's the other way round. I want to KEEP {A_NEW} (gmail) and close aws04418273. I can't log in to the northwind address anymore so it can't be the one that stays.

Please don't go ahead with the version below.

Emily

Sent from my iPhone"""
t005 = (n005 + "\n\n> On Mar 13, 2025, at 8:47\u202fAM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n>\n"
        + quote(A_Q004) + "\n")
h005 = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        + "".join(f"<div dir=\"ltr\">{html.escape(x) if x else '<br>'}</div>" for x in n005.split("\n"))
        + '<div dir="ltr"><br><blockquote type="cite">On Mar 13, 2025, at 8:47\u202fAM, Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br><br></blockquote></div>'
        + '<blockquote type="cite"><div dir="ltr">\ufeff' + text_to_html(A_Q004) + "</div></blockquote></body></html>\n")
h = [("Content-Type", None)]
hd = [("From", A_FROM), ("Mime-Version", None), ("Date", format_datetime(d)), ("Subject", "Re: " + A_SUBJ),
      ("Message-Id", f"<{ruuid().upper()}@gmail.com>"), ("References", A_MID004), ("In-Reply-To", A_MID004),
      ("To", A_FORMFROM), ("X-Mailer", "iPhone Mail (22D82)")]
body = msg_alt(t005, h005, boundary=f"Apple-Mail-{ruuid().upper()}")
write("005-emily-sent-correction-from-iphone.eml",
      [x for x in hd if x[1]], body,
      "unrelated", A_CASE, [A_NEW, A_OLD], None, "en", n005)

# ---- 006 corrected confirmation request (quotes Emily's phone reply) -------
d = T("2025-03-14 09:31:27")
tr, mid, _ = ses_gmail(A_MAIL, d)
n006 = f"""Hello Emily,

My apologies for the mix-up in my previous email, and thank you for catching it before anything was changed. Nothing has been modified on either account.

Here are the corrected details:

- Account to be retired: {A_OLD} (emily.carter@northwind-analytics.com)
- Account to be kept: {A_NEW} ({A_MAIL})

Everything currently on {A_OLD} (certifications, exam history, digital badges and any unused benefits) will be transferred to {A_NEW}, and {A_OLD} will be closed afterwards. This cannot be undone.

Could you please reply to confirm that these details are correct and that you would like us to go ahead?

Best regards,
Daniel M.
AWS Training and Certification
"""
q006 = "On 13/03/2025 13:21, Emily Carter <emily.carter.dev@gmail.com> wrote:\n" + quote(n005.replace("\n\nSent from my iPhone", ""))
t006 = n006 + "\n" + q006 + "\n"
h006 = aws_html(text_to_html(n006) + "\n<p>On 13/03/2025 13:21, Emily Carter &lt;emily.carter.dev@gmail.com&gt; wrote:</p>\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
                + text_to_html(n005.replace("\n\nSent from my iPhone", "")) + "</blockquote>")
write("006-emily-corrected-confirm-request.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, A_SUBJ, mid),
      msg_alt(t006, h006, boundary=ses_boundary()),
      "merge_confirmation_requested", A_CASE, [A_OLD, A_NEW], True, "en", n006)

# ---- 007 "thank you for confirming, we will now proceed" (nested history) --
d = T("2025-03-15 16:12:40")
tr, mid, _ = ses_gmail(A_MAIL, d)
n007 = f"""Hello Emily,

Thank you for confirming. We will now proceed with your request and I have passed it to our certification operations team.

This usually takes 2 to 5 business days. Once the merge is complete we will send you a confirmation, and you will then be able to sign in with {A_MAIL} and see all of your certifications in one place. There is nothing you need to do in the meantime.

Kind regards,
Aisha
AWS Training and Certification
"""
emily_conf = "Yes, those details are correct now. Please proceed.\n\nThank you!\nEmily\n"
inner = ("On Fri, Mar 14, 2025 at 5:31\u202fAM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
         + quote(t006))
q007 = ("-----Original Message-----\nFrom: Emily Carter <emily.carter.dev@gmail.com>\nSent: Friday, March 14, 2025 3:02 PM UTC\n"
        f"To: {FORM}\nSubject: Re: {A_SUBJ}\n\n" + emily_conf + "\n" + inner)
t007 = n007 + "\n\n" + q007 + "\n"
write("007-emily-thanks-for-confirming-proceeding.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, A_SUBJ, mid),
      single(t007, cte="quoted-printable"),
      "support_reply", A_CASE, [], True, "en", n007)

# ---- 008 completion (avoids the word "merge") ------------------------------
d = T("2025-03-18 20:55:09")
tr, mid, _ = ses_gmail(A_MAIL, d)
t008 = f"""Hello Emily,

Good news: the consolidation of your certification profiles has been completed. All certifications and exam history previously held under {A_OLD} are now associated with {A_NEW}, and {A_OLD} has been deactivated.

Please sign in to your AWS Certification Account with {A_MAIL} to check that everything appears as expected. Your digital badges will be reissued through Credly to the email address on your account, which can take up to 48 hours. Benefits such as your 50% exam discount have carried over as well.

If anything looks wrong, simply reply to this email within 14 days and we will be happy to take another look.

Kind regards,
Aisha
AWS Training and Certification
"""
write("008-emily-profiles-consolidated.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, A_SUBJ, mid),
      msg_alt(t008, aws_html(text_to_html(t008)), boundary=ses_boundary(), cte="base64"),
      "merge_completed", A_CASE, [A_OLD, A_NEW], True, "en", t008)

# ---- 009 closure + survey (HTML only) --------------------------------------
d = T("2025-03-18 20:56:30")
tr, mid, _ = ses_gmail(A_MAIL, d)
h009 = aws_html(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-size:20px;margin:0 0 12px 0">Your case has been closed</h2>
<p>Hi Emily,</p>
<p>We have marked case {A_CASE} as resolved. We hope we were able to help.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={A_CASE}&amp;Resolved=yes" style="background:#ff9900;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={A_CASE}&amp;Resolved=no" style="background:#eaeded;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a></p>
<p>It takes less than a minute, and your feedback helps us improve AWS Training and Certification support.</p>
<p>If you still need help with this request, reply to this email within 14 days and your case will be reopened.</p>
</td></tr></table>""")
write("009-emily-case-closed-survey.eml",
      aws_hdrs(tr, d, A_FORMFROM, A_MAIL, f"How did we do? Case {A_CASE}", mid),
      single(h009, "html", cte="quoted-printable"),
      "survey", A_CASE, [], True, "en", h009)


# ---- Credly helpers ---------------------------------------------------------
def credly_gmail(rcpt, date, dmarc="pass"):
    ip = f"167.89.{RND.randint(100, 120)}.{RND.randint(2, 250)}"
    env = f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.credly.com"
    tr = gmail_trace(rcpt, date, env, ip, f"o{RND.randint(1, 9)}.email.credly.com",
                     [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                     dmarc=f"{dmarc} (p=REJECT sp=REJECT dis=NONE) header.from=credly.com")
    return tr


def credly_hdrs(trace, date, frm, to, subject):
    mid = f"<{rb64(22).replace('/', 'x').replace('+', 'Q')}@geopod-ismtpd-{RND.randint(1, 40)}>"
    return (list(trace) + [dkim("credly.com", "s1", date, "from:mime-version:subject:list-unsubscribe:to:cc:content-type:cc:content-type:from:subject:to"),
                          dkim("sendgrid.info", "smtpapi", date, "from:mime-version:subject:list-unsubscribe:to:cc:content-type")]
            + [("Date", rfc(date)), ("From", frm), ("Mime-Version", None), ("Subject", mkhdr(subject)), ("To", to),
               ("List-Unsubscribe", f"<https://www.credly.com/earner/settings/notifications?u={rhex(32)}>"),
               ("Message-ID", mid), ("X-SG-EID", rb64(120)), ("X-Entity-ID", rb64(22) + "==")])


def credly_badge(first, badge, badge_id, moved=False):
    intro = (f"Good news, {first}! Amazon Web Services Training and Certification has issued you a new badge." if not moved else
             f"Hi {first}, your badge from Amazon Web Services Training and Certification has been transferred to this account and is ready for you.")
    t = f"""{intro}

{badge}
Issued by: Amazon Web Services Training and Certification

Accept your badge:
https://www.credly.com/badges/{badge_id}?source=email&utm_medium=email&utm_campaign=badge_issued

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website. Your badge is verified by Credly and can be validated by anyone you share it with.

Questions? Visit https://support.credly.com

Credly, Inc. | 13 E 37th St, 8th Floor | New York, NY 10016
You are receiving this email because a badge was issued to {{email}}.
Unsubscribe: https://www.credly.com/earner/settings/notifications
"""
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;margin:24px 0" cellpadding="24">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="font-size:16px;color:#333">
<p>{html.escape(intro)}</p>
<p style="font-size:20px;font-weight:bold">{html.escape(badge)}</p>
<p style="color:#666">Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/{badge_id}?source=email&amp;utm_medium=email&amp;utm_campaign=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:13px;color:#666">Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Credly, Inc. | 13 E 37th St, 8th Floor | New York, NY 10016<br>
<a href="https://www.credly.com/earner/settings/notifications" style="color:#999">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    return t, h


# ---- 010 Credly badge after the consolidation ------------------------------
d = T("2025-03-19 18:40:12")
t010, h010 = credly_badge("Emily", "AWS Certified Solutions Architect \u2013 Associate", ruuid(), moved=False)
t010 = t010.replace("{email}", A_MAIL)
write("010-emily-credly-badge-issued.eml",
      [x for x in credly_hdrs(credly_gmail(A_MAIL, d), d, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
                              A_MAIL, "Emily, you've been issued a badge from Amazon Web Services Training and Certification") if x[1]],
      msg_alt(t010, h010, boundary=rhex(60)),
      "credly_badge_issued", None, [], True, "en", t010)


# ==========================================================================
# USER B - 山本 健, Gmail (Japanese UI), Japanese form desk, 15-digit case.
# Detour: Credly badges stay on the old Credly account after the merge.
# ==========================================================================
B_MAIL = "takeshi.yamamoto.jp@gmail.com"
B_CASE = "174835456107734"          # opened 2025-05-27 14:02:41 UTC (23:02 JST)
B_OLD, B_NEW = "AWS20583316", "AWS31947702"
B_SUBJ = f"RE:[CASE {B_CASE}] {FORM_SUBJ}"
B_FORMFROM = addr(AWSNAME, FORM)

# ---- 011 acknowledgement (ISO-2022-JP) -------------------------------------
d = T("2025-05-27 14:02:44")
tr, mid, _ = ses_gmail(B_MAIL, d)
t011 = f"""山本 健 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {B_CASE}
お問い合わせの種類: AWS トレーニングと認定
カテゴリー: 認定 / アカウントの統合
AWS 候補者 ID: {B_NEW}

担当者が内容を確認のうえ、通常 24 時間以内に本メールアドレス宛にご連絡いたします。
追加の情報がある場合は、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定
https://aws.amazon.com/jp/certification/
"""
write("011-yamamoto-form-acknowledgement-ja.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, f"[CASE {B_CASE}] {FORM_SUBJ}", mid),
      single(t011, charset="iso-2022-jp", cte="7bit"),
      "case_created", B_CASE, [B_NEW], True, "ja", t011)

# ---- 012 confirmation request (Shift_JIS label, CP932 chars, base64) -------
d = T("2025-05-27 23:02:15")
tr, mid, _ = ses_gmail(B_MAIL, d)
t012 = f"""山本 健 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の佐藤でございます。

お問い合わせいただきました認定アカウントの統合につきまして、以下の内容で手続きを進めさせていただく予定です。

① 統合元アカウント（統合後に無効化されます）
　候補者 ID: {B_OLD}
　サインイン用メールアドレス: t.yamamoto@hoshizora-sys.co.jp

② 統合先アカウント（統合後も引き続きご利用いただけます）
　候補者 ID: {B_NEW}
　サインイン用メールアドレス: {B_MAIL}

統合元アカウントに登録されている認定資格、受験履歴、特典（受験割引バウチャー等）はすべて統合先アカウントへ移行されます。なお、一度統合を実施すると元に戻すことはできませんので、あらかじめご了承ください。

上記内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承認いただけますでしょうか。ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
write("012-yamamoto-confirm-request-ja-sjis.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, B_SUBJ, mid),
      single(t012, charset="Shift_JIS", cte="base64", codec="cp932"),
      "merge_confirmation_requested", B_CASE, [B_OLD, B_NEW], True, "ja", t012)
B_MID012 = mid

# ---- 013 Yamamoto's reply (Sent, Gmail JA quoting) -------------------------
d = T("2025-05-28 12:15:07", JST)
n013 = """佐藤様

ご連絡ありがとうございます。山本です。
記載いただいた内容で相違ありません。統合を進めてください。
(The details are correct. Please proceed with the merge.)

よろしくお願いいたします。

山本 健
"""
t013 = n013 + "\n2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n\n" + quote(t012) + "\n"
h013 = ('<div dir="ltr">' + "".join(f"<div>{html.escape(x) if x else '<br>'}</div>" for x in n013.strip().split("\n"))
        + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">2025年5月28日(水) 8:02 Amazon Web Services &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt;:<br></div>'
        + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + text_to_html(t012) + "</blockquote></div>\n")
write("013-yamamoto-sent-approval-ja.eml",
      gmail_sent_hdrs(d, addr("山本 健", B_MAIL), B_FORMFROM, "Re: " + B_SUBJ, irt=B_MID012),
      msg_alt(t013, h013, boundary=gmail_boundary(), cte="base64"),
      "unrelated", B_CASE, [], None, "ja", n013)

# ---- 014 "we will now start" (ISO-2022-JP) ---------------------------------
d = T("2025-05-29 02:31:50")
tr, mid, _ = ses_gmail(B_MAIL, d)
t014 = """山本 健 様

いつもお世話になっております。AWS トレーニングと認定の佐藤でございます。

ご承認のご連絡をいただき、ありがとうございます。
本日、担当部署へ統合作業を依頼いたしました。作業の完了までには、通常 3〜5 営業日ほどお時間を頂戴しております。

作業が完了いたしましたら、改めて本メールアドレス宛にご連絡いたします。
それまでの間、新しい試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
write("014-yamamoto-work-started-ja.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, B_SUBJ, mid),
      single(t014, charset="iso-2022-jp", cte="7bit"),
      "support_reply", B_CASE, [], True, "ja", t014)

# ---- 015 completion (UTF-8 QP, html alternative) ---------------------------
d = T("2025-05-31 05:10:33")
tr, mid, _ = ses_gmail(B_MAIL, d)
t015 = f"""山本 健 様

AWS トレーニングと認定の佐藤でございます。
お待たせいたしました。認定アカウントの統合作業が完了いたしましたので、ご報告いたします。

旧アカウント（{B_OLD}）に登録されていた認定資格および受験履歴は、すべて {B_NEW} へ移行済みです。
今後は {B_MAIL} でサインインしてご利用ください。

Credly のデジタルバッジは、統合先アカウントのメールアドレス宛に、48 時間以内を目安に改めて発行されます。
万一、内容に不備がございましたら、14 日以内に本メールへご返信ください。

このたびはご利用いただき、誠にありがとうございました。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
write("015-yamamoto-merge-completed-ja.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, B_SUBJ, mid),
      msg_alt(t015, aws_html(text_to_html(t015), footer=False), boundary=ses_boundary()),
      "merge_completed", B_CASE, [B_OLD, B_NEW], True, "ja", t015)

# ---- 016 closure survey (HTML only, ISO-2022-JP, folded JA subject) --------
d = T("2025-05-31 05:12:04")
tr, mid, _ = ses_gmail(B_MAIL, d)
h016 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>山本 健 様</p>
<p>ケース {B_CASE} はクローズされました。</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間は 1 分程度です）。</p>
<p><b>お問い合わせの問題は解決しましたか？</b></p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={B_CASE}&amp;Q_Language=JA&amp;Resolved=Yes">はい</a>
&nbsp;｜&nbsp;
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={B_CASE}&amp;Q_Language=JA&amp;Resolved=No">いいえ</a></p>
<p>引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
"""
write("016-yamamoto-closure-survey-ja.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, f"【AWS トレーニングと認定】ケース {B_CASE} クローズのお知らせとアンケートご協力のお願い", mid, scs="iso-2022-jp"),
      single(h016, "html", charset="iso-2022-jp", cte="7bit"),
      "survey", B_CASE, [], True, "ja", h016)

# ---- 017 reopened: badges missing on Credly (UTF-8 base64) -----------------
d = T("2025-06-05 01:44:21")
tr, mid, _ = ses_gmail(B_MAIL, d)
n017 = f"""山本 健 様

AWS トレーニングと認定の田中と申します。
ケースを再開いただき、ありがとうございます。佐藤に代わりまして、私よりご回答いたします。

統合後、Credly のデジタルバッジが表示されないとのこと、ご不便をおかけしており申し訳ございません。
確認いたしましたところ、バッジが旧アカウントのメールアドレスに紐づく Credly アカウントに残ったままとなっておりました。

現在、{B_NEW} に登録のメールアドレス宛にバッジを移行するよう、Credly 側へ依頼しております。
移行には数営業日かかる場合がございます。移行が完了しますと、Credly からバッジ受け取りのご案内メールが届きますので、「Accept your badge」よりお受け取りください。

なお、認定資格自体は統合先アカウントに正しく反映されておりますので、ご安心ください。

田中
AWS トレーニングと認定 カスタマーサポート
"""
q017 = f"""----- 元のメッセージ -----
差出人: 山本 健 <{B_MAIL}>
送信日時: 2025年6月4日 21:37
宛先: {FORM}
件名: Re: {B_SUBJ}

お世話になっております。山本です。
統合の件、ありがとうございました。
ただ、Credly に旧アカウント（{B_OLD}）で取得したバッジが表示されていません。
ご確認いただけますでしょうか。
"""
t017 = n017 + "\n" + q017
write("017-yamamoto-reopened-credly-badges-ja.eml",
      aws_hdrs(tr, d, B_FORMFROM, B_MAIL, B_SUBJ, mid),
      single(t017, charset="utf-8", cte="base64"),
      "support_reply", B_CASE, [B_NEW], True, "ja", n017)

# ---- 018 Credly: badge moved to the surviving account ----------------------
d = T("2025-06-09 07:03:55")
t018, h018 = credly_badge("Takeshi", "AWS Certified Developer \u2013 Associate", ruuid(), moved=True)
t018 = t018.replace("{email}", B_MAIL)
write("018-yamamoto-credly-badge-transferred.eml",
      [x for x in credly_hdrs(credly_gmail(B_MAIL, d), d, addr("Credly", "admin@credly.com"), B_MAIL,
                              "Your AWS Certified Developer \u2013 Associate badge is ready to accept") if x[1]],
      msg_alt(t018, h018, boundary=rhex(60)),
      "credly_badge_issued", None, [], True, "en", t018)

# ---- 019 CertMetrics survey (unrelated, not AWS/Credly sender) -------------
d = T("2025-06-12 16:20:00")
ip = "52.17.226.81"
env = "bounce-" + rhex(10) + "@mail.certmetrics.com"
tr = gmail_trace(B_MAIL, d, env, ip, "mail.certmetrics.com", [("certmetrics.com", "cm2023", "pass")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com")
t019 = """Hello Takeshi,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. We would like to learn more about your experience preparing for and taking the exam. The survey takes about 10 minutes to complete and your answers are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=7f3c0a9e1b2d4c5f8e6a7b9c0d1e2f3a

Thank you for helping us improve AWS Certification.

AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
"""
h = tr + [dkim("certmetrics.com", "cm2023", d), ("Date", rfc(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
          ("To", B_MAIL), ("Subject", "AWS Certification wants to hear from you"),
          ("Message-ID", f"<{ruuid()}@certmetrics.com>")]
write("019-yamamoto-certmetrics-survey.eml", h, single(t019, cte="quoted-printable"),
      "unrelated", None, [], False, "en", t019)


# ==========================================================================
# USER C - Priya Raman, Outlook.com, console case (11 digits, 2023).
# Detours: name mismatch / pending exam question; case reopened because one
# certification did not come across.
# ==========================================================================
C_MAIL = "priya.raman@outlook.com"
C_CASE = "12846633071"
C_OLD, C_NEW = "AWS55102938", "AWS68820147"
C_CSUBJ = "Merge two AWS Certification accounts into one"
C_NRFROM = addr(AWSNAME, NOREPLY)
CONSOLE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en"


def ms_extra():
    return [("X-MS-Exchange-Organization-ExpirationStartTime", ""), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-SCL", "1"), ("X-Microsoft-Antispam", "BCL:0;ARA:1444111002|29080200010|1800799024|461199028;"),
            ("X-MS-Exchange-Organization-AuthSource", "BN1PEPF00004680.namprd04.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def console_footer(case_id):
    return f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all the correspondence for this case, and to respond, please visit the AWS Support Center at:
{CONSOLE_LINK.format(case_id)}

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def ol_hdrs(trace, date, frm, to, subject, mid, scs="utf-8"):
    h = aws_hdrs(trace, date, frm, to, subject, mid, scs=scs)
    return h[:len(trace)] + [x for x in ms_extra() if x[1]] + h[len(trace):]


# ---- 020 console case opened -----------------------------------------------
d = T("2023-02-06 17:40:15")
tr, mid, _ = ses_outlook(C_MAIL, d)
t020 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.

The details of your case are as follows:

Case ID: {C_CASE}
Subject: {C_CSUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts because I registered again with a new email after changing jobs. Account AWS 55102938 has my Cloud Practitioner and Security Specialty, account AWS 68820147 has my Solutions Architect Associate. I would like to keep the second one (AWS 68820147) as it uses my personal email. Thank you!

We will respond to your case as soon as possible. You can view the case and add correspondence at:
{CONSOLE_LINK.format(C_CASE)}

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. To contact us about this case, use the link above.
"""
h020 = aws_html(f"""<p>Dear Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C_CASE} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {C_CASE}<br><b>Subject:</b> {C_CSUBJ}<br><b>Severity:</b> General guidance<br>
<b>Correspondence:</b> Hello, I have two AWS Certification accounts because I registered again with a new email after changing jobs. Account AWS 55102938 has my Cloud Practitioner and Security Specialty, account AWS 68820147 has my Solutions Architect Associate. I would like to keep the second one (AWS 68820147) as it uses my personal email. Thank you!</p>
<p>We will respond to your case as soon as possible. You can view the case and add correspondence at:<br>
<a href="{CONSOLE_LINK.format(C_CASE)}">{CONSOLE_LINK.format(C_CASE)}</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px">This email was sent from an address that cannot accept incoming email. To contact us about this case, use the link above.</p>""")
write("020-priya-console-case-opened.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"Amazon Web Services: You have opened a new Support case: {C_CASE}", mid),
      msg_alt(t020, h020, boundary=ses_boundary()),
      "case_created", C_CASE, [C_OLD, C_NEW], True, "en", t020)

# ---- 021 agent asks about name mismatch and pending exam -------------------
d = T("2023-02-07 11:26:48")
tr, mid, _ = ses_outlook(C_MAIL, d)
n021 = f"""Hello Priya,

Thank you for your patience while I checked both of your accounts.

I could see that the legal name on aws55102938 is "Priya R" whereas on aws68820147 it is "Priya Raman". Kindly update the name on the first account so it matches your government issued ID, as our team is not able to process the request while the names are different. You can do this from the "Profile" section of the AWS Certification Account.

Also, may I know if you have any exam currently scheduled with Pearson VUE on either account? If yes, please share the exam date, because a pending appointment need to be completed or cancelled first.

Once you update the case with above information I will proceed further.

Regards,
Rahul S.
Amazon Web Services
"""
t021 = n021 + console_footer(C_CASE)
write("021-priya-agent-asks-name-and-exam.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"RE:[CASE {C_CASE}] {C_CSUBJ}", mid),
      single(t021, cte="quoted-printable"),
      "support_reply", C_CASE, [C_OLD, C_NEW], True, "en", t021)

# ---- 022 confirmation request (console) ------------------------------------
d = T("2023-02-09 09:04:31")
tr, mid, _ = ses_outlook(C_MAIL, d)
n022 = f"""Hello Priya,

Thank you for updating the name and confirming there is no exam scheduled.

Please find below the details of the merge request for your review:

Primary account (will be kept): AWS-68820147 / {C_MAIL}
Secondary account (will be merged into primary and then deactivated): AWS-55102938 / p.raman@veltrix-consulting.com

All the certifications and exam history of the secondary account will be moved to the primary account. Kindly note this action is irreversible.

Kindly reply to this case in the Support Center and confirm that above details are correct so I can submit the merge. As this email address cannot receive replies, please use the link below.

Regards,
Rahul S.
Amazon Web Services
"""
t022 = n022 + console_footer(C_CASE)
write("022-priya-console-confirm-request.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"RE:[CASE {C_CASE}] {C_CSUBJ}", mid),
      msg_alt(t022, aws_html(text_to_html(t022), footer=False), boundary=ses_boundary()),
      "merge_confirmation_requested", C_CASE, [C_OLD, C_NEW], True, "en", t022)

# ---- 023 completion that also resolves the case ----------------------------
d = T("2023-02-13 15:47:09")
tr, mid, _ = ses_outlook(C_MAIL, d)
n023 = f"""Hello Priya,

I am happy to inform you that your two certification accounts have now been merged. Your certifications from AWS55102938 are now showing under AWS68820147 and you can login with {C_MAIL}.

Since the request is completed I will be resolving this case. If you notice anything missing, you can reopen the case from the Support Center within 14 days and I will be glad to assist.

It was pleasure assisting you, have a nice day ahead!

Regards,
Rahul S.
Amazon Web Services
"""
t023 = n023 + console_footer(C_CASE)
write("023-priya-merged-and-resolving.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"RE:[CASE {C_CASE}] {C_CSUBJ}", mid),
      single(t023, cte="base64"),
      "merge_completed", C_CASE, [C_OLD, C_NEW], True, "en", t023)

# ---- 024 resolved + rating request -----------------------------------------
d = T("2023-02-13 15:48:40")
tr, mid, _ = ses_outlook(C_MAIL, d)
t024 = f"""Hello,

Your support case {C_CASE} has been resolved.

Subject: {C_CSUBJ}

How would you rate the support you received? Please take a moment to tell us:
{CONSOLE_LINK.format(C_CASE)}&rating=true

Was your issue resolved?  YES: https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&resolved=yes   NO: https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&resolved=no

If your issue is not resolved, you can reopen this case within 14 days from the AWS Support Center.

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
"""
h024 = aws_html(f"""<div style="max-width:600px">
<p>Hello,</p><p>Your support case <b>{C_CASE}</b> has been resolved.</p><p>Subject: {C_CSUBJ}</p>
<p><b>How would you rate the support you received?</b></p>
<p>{''.join(f'<a href="{CONSOLE_LINK.format(C_CASE)}&amp;rating={i}" style="font-size:22px;color:#ec7211;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
<p><b>Was your issue resolved?</b>&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;resolved=yes">YES</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId={C_CASE}&amp;resolved=no">NO</a></p>
<p>If your issue is not resolved, you can reopen this case within 14 days from the AWS Support Center.</p></div>""")
write("024-priya-case-resolved-rating.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"Your AWS Support case {C_CASE} has been resolved", mid),
      msg_alt(t024, h024, boundary=ses_boundary()),
      "survey", C_CASE, [], True, "en", t024)

# ---- 025 reopened: Security Specialty missing -------------------------------
d = T("2023-02-16 10:13:57")
tr, mid, _ = ses_outlook(C_MAIL, d)
n025 = f"""Hello Priya,

Thank you for reopening the case and sorry for the trouble.

I understand that your AWS Certified Security - Specialty is not visible in {C_NEW} after the merge, while the Cloud Practitioner came across fine. I checked and it seems the Specialty record was linked to an older exam registration, which is why it was not moved with the rest.

I have raised this with our certification operations team to move the record manually. They usually need 3-5 business days. I will update you on this case as soon as I hear back, no action is needed from your side for now.

Regards,
Rahul S.
Amazon Web Services
"""
t025 = n025 + console_footer(C_CASE)
write("025-priya-reopened-specialty-missing.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"RE:[CASE {C_CASE}] {C_CSUBJ}", mid),
      single(t025, cte="quoted-printable"),
      "support_reply", C_CASE, [C_NEW], True, "en", t025)

# ---- 026 merge now fully complete ------------------------------------------
d = T("2023-02-21 08:39:02")
tr, mid, _ = ses_outlook(C_MAIL, d)
n026 = f"""Hello Priya,

Good news! Our operations team has moved the AWS Certified Security - Specialty record, so the merge of your accounts is now fully complete. All three certifications are now listed under {C_NEW}, and the digital badge will be issued to you by Credly within 2 business days.

Please check at your end and let us know if anything is still not correct. Otherwise the case will be resolved automatically after a few days.

Regards,
Rahul S.
Amazon Web Services
"""
t026 = n026 + console_footer(C_CASE)
write("026-priya-merge-fully-complete.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"RE:[CASE {C_CASE}] {C_CSUBJ}", mid),
      msg_alt(t026, aws_html(text_to_html(t026), footer=False), boundary=ses_boundary()),
      "merge_completed", C_CASE, [C_NEW], True, "en", t026)

# ---- 027 unrelated: her other console case (service quota) -----------------
d = T("2023-03-02 13:55:40")
tr, mid, _ = ses_outlook(C_MAIL, d)
q_case = "13011894561"
t027 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {q_case} to address your issue.

The details of your case are as follows:

Case ID: {q_case}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Mumbai)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load testing for a customer workshop next month.

We will respond to your case as soon as possible. You can view the case and add correspondence at:
{CONSOLE_LINK.format(q_case)}

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. To contact us about this case, use the link above.
"""
write("027-priya-other-case-ec2-limit.eml",
      ol_hdrs(tr, d, C_NRFROM, C_MAIL, f"Amazon Web Services: You have opened a new Support case: {q_case}", mid),
      single(t027, cte="quoted-printable"),
      "unrelated", q_case, [], True, "en", t027)


# ==========================================================================
# USER D - Marco Bianchi, own domain (Postfix + OpenDKIM/OpenDMARC),
# Thunderbird (Italian UI), 2020, 10-digit cases.
# Detour: first case never answered, second case opened a week later; the
# first one is closed as a duplicate.
# ==========================================================================
D_MAIL = "marco@bianchi-studio.it"
D_CASE1, D_CASE2 = "7283915460", "7319026615"
D_KEEP, D_GONE = "AWS00917364", "AWS03385120"
CEST = ZoneInfo("Europe/Rome")


def postfix_trace(rcpt, date, env, ip, helo, ars):
    r = (date + dt.timedelta(seconds=RND.randint(2, 6))).astimezone(CEST)
    qid = "4B" + "".join(RND.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(10))
    rr = format_datetime(r) + " (CEST)"
    h = [("Return-Path", f"<{env}>"), ("X-Original-To", rcpt), ("Delivered-To", rcpt),
         ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.bianchi-studio.it (Postfix) with ESMTP id {qid[:-1]}Q\n\tfor <{rcpt}>; {rr}")]
    h += [("Authentication-Results", a) for a in ars]
    h += [("Received-SPF", f"Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={env}; receiver=<UNKNOWN>"),
          ("Received", f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mail.bianchi-studio.it (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {rr}")]
    return h


def ses_postfix(rcpt, date, dmarc_ar=True):
    mid, env = ses_id(date)
    ip = RND.choice(SES_IPS)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    ars = []
    if dmarc_ar:
        ars.append("mail.bianchi-studio.it; dmarc=pass (p=quarantine dis=none) header.from=amazon.com")
    ars.append(f"mail.bianchi-studio.it;\n\tdkim=pass (1024-bit key; unprotected) header.d=amazon.com header.i=@amazon.com header.b=\"{rb64(8)}\";\n"
               f"\tdkim=pass (1024-bit key; unprotected) header.d=amazonses.com header.i=@amazonses.com header.b=\"{rb64(8)}\";\n"
               "\tdkim-atps=neutral")
    return postfix_trace(rcpt, date, env, ip, helo, ars), mid


D_FORMFROM = addr(AWSNAME, FORM)


def d_ack(case_id, date, desc):
    return f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your inquiry and created case {case_id}. A member of our support team will get back to you within 1 business day.

Inquiry type: Certification
Category: Account Merge
AWS candidate ID: {D_KEEP}
Your message: {desc}

To add more details, reply to this email without changing the subject line.

Thank you,
AWS Training and Certification
"""


# ---- 028 first acknowledgement (OpenDKIM only, no DMARC line) ---------------
d = T("2020-09-07 08:15:03")
tr, mid = ses_postfix(D_MAIL, d, dmarc_ar=False)
t028 = d_ack(D_CASE1, d, "Hello, I have 2 certification accounts, one from my university time. Please merge them into one.")
write("028-marco-first-case-acknowledgement.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"[CASE {D_CASE1}] {FORM_SUBJ}", mid),
      single(t028, charset="us-ascii", cte="7bit"),
      "case_created", D_CASE1, [D_KEEP], True, "en", t028)

# ---- 029 second acknowledgement, a week later -------------------------------
d = T("2020-09-14 07:50:04")
tr, mid = ses_postfix(D_MAIL, d)
t029 = d_ack(D_CASE2, d, "Second request. I opened a case one week ago (7283915460) for merging my two certification accounts but I never received an answer. Can someone please help?")
write("029-marco-second-case-acknowledgement.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"[CASE {D_CASE2}] {FORM_SUBJ}", mid),
      single(t029, charset="us-ascii", cte="7bit"),
      "case_created", D_CASE2, [D_KEEP], True, "en", t029)

# ---- 030 agent: duplicate noticed, asks for details ------------------------
d = T("2020-09-15 16:03:27")
tr, mid = ses_postfix(D_MAIL, d)
t030 = f"""Hello Marco,

Thank you for contacting AWS Training and Certification and apologies for the delay.

I see you have opened also the case {D_CASE1} for the same request. I am sorry you did not received an answer there: the notification e-mail was missing in that submission, so our team could not reach you. I will continue to assist you on this case ({D_CASE2}) and I will close the other one, so you do not need to follow it.

So that I can proceed, could you please provide:

- the candidate ID of both accounts (the one in your form is {D_KEEP})
- the e-mail address linked to each account
- which account you would like to keep
- the reason for having two accounts

Thank you in advance.

Best regards,
Oksana
AWS Training and Certification
"""
write("030-marco-agent-duplicate-and-questions.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"RE:[CASE {D_CASE2}] {FORM_SUBJ}", mid),
      single(t030, charset="utf-8", cte="quoted-printable"),
      "support_reply", D_CASE2, [D_KEEP], True, "en", t030)
D_MID030, D_T030 = mid, t030

# ---- 031 first case closed as duplicate ("merged into" another CASE) -------
d = T("2020-09-15 16:05:12")
tr, mid = ses_postfix(D_MAIL, d)
t031 = f"""Hello,

Your case {D_CASE1} has been closed.

This case was merged into case {D_CASE2}, which contains the same request. All further communication will take place on case {D_CASE2}.

We would appreciate your feedback on the service you received. Please rate your experience here:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={D_CASE1}

Thank you,
AWS Training and Certification
"""
write("031-marco-duplicate-case-closed.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"[CASE {D_CASE1}] Case closed", mid),
      single(t031, charset="us-ascii", cte="7bit"),
      "survey", D_CASE1, [], True, "en", t031)

# ---- 032 Marco's reply (Sent, Thunderbird 68, Italian quote header) --------
d = T("2020-09-15 19:22:41", CEST)
n032 = f"""Hello Oksana,

thank you for your answer. Here the details:

- AWS00917364 - marco@bianchi-studio.it -> this is the one I want to keep
- AWS03385120 - marco.bianchi@studenti.unimi.example.it -> old account from university, I passed the Cloud Practitioner with it in 2019

I created the second account by mistake when I booked the Developer exam last year, I did not remember I already had one.

Best regards
Marco Bianchi

-- 
Marco Bianchi - Bianchi Studio
Web & Cloud Consulting
Via Tortona 27, 20144 Milano
"""
t032 = n032 + f"\nIl 15/09/2020 18:03, Amazon Web Services ha scritto:\n" + quote(D_T030, "> ") + "\n"
p = part(t032, "plain", "utf-8", "7bit")
p.set_param("format", "flowed")
hd = [("Subject", f"Re: RE:[CASE {D_CASE2}] {FORM_SUBJ}"), ("To", D_FORMFROM),
      ("References", D_MID030), ("From", addr("Marco Bianchi", D_MAIL)),
      ("Message-ID", f"<{ruuid()}@bianchi-studio.it>"), ("Date", format_datetime(d)),
      ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101\n Thunderbird/68.12.0"),
      ("In-Reply-To", D_MID030), ("Content-Language", "it-IT")]
write("032-marco-sent-reply-thunderbird.eml", hd, p,
      "unrelated", D_CASE2, [D_KEEP, D_GONE], None, "en", n032)

# ---- 033 confirmation request (non-native agent) ---------------------------
d = T("2020-09-16 14:40:09")
tr, mid = ses_postfix(D_MAIL, d)
n033 = f"""Hello Marco,

Thank you for the information.

Kindly find below the details of the merge we are going to perform:

Surviving account: AWS00917364 (marco@bianchi-studio.it)
Account to be merged: AWS03385120 (marco.bianchi@studenti.unimi.example.it)

Please to note that the merge is permanent and the account AWS03385120 will not be accessible anymore after it. Your Cloud Practitioner certification and all the exam history will appear in the surviving account.

Could you please reply with "Yes, I confirm" so that we can proceed?

Best regards,
Oksana
AWS Training and Certification
"""
q033 = "\n---------- Original Message ----------\n" + n032
t033 = n033 + q033
write("033-marco-confirm-request.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"RE:[CASE {D_CASE2}] {FORM_SUBJ}", mid),
      single(t033, charset="utf-8", cte="quoted-printable"),
      "merge_confirmation_requested", D_CASE2, [D_KEEP, D_GONE], True, "en", n033)

# ---- 034 completion ----------------------------------------------------------
d = T("2020-09-18 10:12:55")
tr, mid = ses_postfix(D_MAIL, d)
t034 = f"""Hello Marco,

Thank you for your confirmation.

I would like to inform you that your accounts AWS00917364 and AWS03385120 have been successfully combined. From now please use only AWS00917364 with your e-mail marco@bianchi-studio.it. Your certifications and the exam history are visible there.

Please allow up to 2 days to see the badges in Credly.

Best regards,
Oksana
AWS Training and Certification
"""
write("034-marco-accounts-combined.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"RE:[CASE {D_CASE2}] {FORM_SUBJ}", mid),
      msg_alt(t034, aws_html(text_to_html(t034)), boundary=ses_boundary()),
      "merge_completed", D_CASE2, [D_KEEP, D_GONE], True, "en", t034)

# ---- 035 closure survey ------------------------------------------------------
d = T("2020-09-18 10:14:30")
tr, mid = ses_postfix(D_MAIL, d)
t035 = f"""Hello,

We have closed your case {D_CASE2}. Was your issue resolved?

YES - https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={D_CASE2}&Resolved=Yes
NO  - https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={D_CASE2}&Resolved=No

Your feedback helps us to improve. The survey takes about one minute.

Thank you,
AWS Training and Certification
"""
write("035-marco-closure-survey.eml",
      aws_hdrs(tr, d, D_FORMFROM, D_MAIL, f"[CASE {D_CASE2}] Was your issue resolved?", mid),
      single(t035, charset="us-ascii", cte="7bit"),
      "survey", D_CASE2, [], True, "en", t035)


# ==========================================================================
# USER E - 鈴木 愛子, company mail on a Japanese hosting provider, Outlook (JA),
# Japanese form desk, 2022, 11-digit case.
# Detour: she typed a wrong candidate id; agent cannot find it.
# ==========================================================================
E_MAIL = "a.suzuki@kizuna-soft.co.jp"
E_CASE = "10493827561"
E_TYPO, E_NEW, E_OLD = "AWS37710024", "AWS37710042", "AWS29018455"
E_SUBJ = f"RE:[CASE {E_CASE}] {FORM_SUBJ}"
E_FORMFROM = addr(AWSNAME, FORM)


def xserver_trace(rcpt, date, env, ip, helo, ar):
    r = (date + dt.timedelta(seconds=RND.randint(2, 9))).astimezone(JST)
    return [("Return-Path", f"<{env}>"), ("Delivered-To", rcpt),
            ("Received", f"from sv8712.xserver.jp\n\tby sv8712.xserver.jp with LMTP\n\tid {rb64(22).replace('/', 'q').replace('+', 'Z')}\n\t(envelope-from <{env}>)\n\tfor <{rcpt}>; {format_datetime(r)}"),
            ("Authentication-Results", ar),
            ("Received", f"from {helo} ({helo} [{ip}])\n\tby sv8712.xserver.jp (Postfix) with ESMTPS id {rhex(11).upper()}\n\tfor <{rcpt}>; {format_datetime(r)} (JST)")]


def ses_xserver(rcpt, date):
    mid, env = ses_id(date)
    ip = RND.choice(SES_IPS)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    ar = (f"sv8712.xserver.jp;\n\tspf=pass (sv8712.xserver.jp: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n"
          f"\tdkim=pass header.d=amazon.com header.s=b6rvjbsrfzw2vsdymvp4zlsstkh2i4e3 header.b={rb64(8)};\n"
          f"\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={rb64(8)};\n"
          "\tdmarc=pass (policy=quarantine) header.from=amazon.com")
    return xserver_trace(rcpt, date, env, ip, helo, ar), mid


E_SIG = """高橋
AWS トレーニングと認定 カスタマーサービス
"""

# ---- 036 acknowledgement (typo id in the submission) ------------------------
d = T("2022-11-08 01:12:06")
tr, mid = ses_xserver(E_MAIL, d)
t036 = f"""鈴木 愛子 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {E_CASE}
お問い合わせ内容: 認定 - アカウント統合
AWS 候補者 ID: {E_TYPO}
詳細: 転職前に作成した認定アカウント（{E_OLD}）と、現在のアカウントを一つにまとめたいです。現在のアカウントを残したいと考えております。

担当者より、1 営業日以内にご連絡いたします。
本メールにご返信いただくことで、情報を追加することができます。

AWS トレーニングと認定
"""
write("036-suzuki-form-acknowledgement-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, f"[CASE {E_CASE}] {FORM_SUBJ}", mid),
      msg_alt(t036, aws_html(text_to_html(t036), footer=False), charset="iso-2022-jp", cte="7bit", boundary=ses_boundary()),
      "case_created", E_CASE, [E_TYPO, E_OLD], True, "ja", t036)

# ---- 037 agent: id not found ------------------------------------------------
d = T("2022-11-09 02:40:51")
tr, mid = ses_xserver(E_MAIL, d)
t037 = f"""鈴木 愛子 様

お世話になっております。AWS トレーニングと認定の高橋と申します。
アカウント統合についてお問い合わせいただき、ありがとうございます。

確認いたしましたところ、フォームにご記載の候補者 ID「{E_TYPO}」に該当する認定アカウントが見つかりませんでした。
お手数をおかけいたしますが、以下の情報をご返信にてお知らせいただけますでしょうか。

・現在ご利用中のアカウントの候補者 ID（AWS Certification アカウントにサインイン後、「プロフィール」画面でご確認いただけます）
・そのアカウントにサインインする際のメールアドレス
・統合後に残すアカウント

情報を確認でき次第、統合内容をご案内いたします。
どうぞよろしくお願いいたします。

{E_SIG}"""
write("037-suzuki-agent-id-not-found-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, E_SUBJ, mid),
      single(t037, charset="iso-2022-jp", cte="7bit"),
      "support_reply", E_CASE, [E_TYPO], True, "ja", t037)
E_T037, E_D037 = t037, d

# ---- 038 Suzuki's reply (Sent, Outlook JA, full-width id) -------------------
d = T("2022-11-09 13:05:44", JST)
n038 = f"""高橋様

お世話になっております。キズナソフトの鈴木です。
ご確認いただきありがとうございます。

フォームの候補者 ID を誤って記載しておりました。大変失礼いたしました。
正しくは以下のとおりです。

・現在のアカウント：ＡＷＳ３７７１００４２（サインイン用メールアドレス：{E_MAIL}）
・以前のアカウント：{E_OLD}（サインイン用メールアドレス：aiko.suzuki@mitsuboshi-it.co.jp）

統合後は、現在のアカウントを残していただけますと幸いです。
お手数をおかけいたしますが、よろしくお願いいたします。

--
株式会社キズナソフト　開発部
鈴木 愛子
"""
q038 = f"""
差出人: Amazon Web Services <{FORM}>
送信日時: 2022年11月9日 11:40
宛先: {E_MAIL}
件名: {E_SUBJ}

""" + E_T037
t038 = n038 + q038
hd = [("From", addr("鈴木 愛子", E_MAIL, "iso-2022-jp")), ("To", E_FORMFROM), ("Subject", mkhdr("RE: " + E_SUBJ)),
      ("Thread-Topic", mkhdr("RE: " + E_SUBJ)), ("Thread-Index", "AQHY9Dr1" + rb64(24)),
      ("Date", format_datetime(d)), ("Message-ID", f"<TYCPR01MB{RND.randint(1000, 9999)}{rhex(16).upper()}@TYCPR01MB{RND.randint(1000, 9999)}.jpnprd01.prod.outlook.com>"),
      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
write("038-suzuki-sent-corrected-id-ja.eml", [x for x in hd if x[1]],
      single(t038, charset="iso-2022-jp", cte="7bit"),
      "unrelated", E_CASE, [E_NEW, E_OLD], None, "ja", n038)

# ---- 039 confirmation request ---------------------------------------------------
d = T("2022-11-10 01:55:20")
tr, mid = ses_xserver(E_MAIL, d)
t039 = f"""鈴木 愛子 様

お世話になっております。AWS トレーニングと認定の高橋でございます。
正しい候補者 ID をお知らせいただき、ありがとうございます。両方のアカウントを確認できました。

以下の内容でアカウントを統合いたします。

　統合元（統合後は利用できなくなります）： {E_OLD}
　統合先（今後ご利用いただくアカウント）： {E_NEW}

統合元アカウントの認定資格、受験履歴、および未使用の特典は、すべて統合先アカウントへ移行されます。
統合の処理は取り消すことができませんので、ご注意ください。

上記の内容でよろしければ、その旨を本メールにご返信ください。ご承認をいただいてから手続きを開始いたします。

{E_SIG}"""
write("039-suzuki-confirm-request-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, E_SUBJ, mid),
      msg_alt(t039, aws_html(text_to_html(t039), footer=False), charset="utf-8", cte="quoted-printable", boundary=ses_boundary()),
      "merge_confirmation_requested", E_CASE, [E_OLD, E_NEW], True, "ja", t039)
E_T039 = t039

# ---- 040 "thank you for approving, request submitted" (history below) -------
d = T("2022-11-11 00:48:13")
tr, mid = ses_xserver(E_MAIL, d)
n040 = f"""鈴木 愛子 様

お世話になっております。高橋でございます。

ご承認いただき、ありがとうございます。
ただいま、統合の手続きを担当チームへ依頼いたしました。完了まで 2〜3 営業日ほどお待ちいただけますでしょうか。
統合が完了しましたら、あらためてご連絡いたします。

{E_SIG}"""
q040 = f"""
-----Original Message-----
差出人: 鈴木 愛子 <{E_MAIL}>
送信日時: 2022年11月10日 17:20
宛先: Amazon Web Services <{FORM}>
件名: RE: {E_SUBJ}

高橋様

お世話になっております。鈴木です。
内容を確認いたしました。記載の内容で問題ございませんので、統合をお願いいたします。

鈴木

> 差出人: Amazon Web Services <{FORM}>
> 送信日時: 2022年11月10日 10:55
>
""" + quote(E_T039) + "\n"
t040 = n040 + q040
write("040-suzuki-approval-received-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, E_SUBJ, mid),
      single(t040, charset="utf-8", cte="base64"),
      "support_reply", E_CASE, [], True, "ja", n040)

# ---- 041 completion ----------------------------------------------------------------
d = T("2022-11-14 04:30:02")
tr, mid = ses_xserver(E_MAIL, d)
t041 = f"""鈴木 愛子 様

お世話になっております。AWS トレーニングと認定の高橋でございます。

お待たせいたしました。アカウントの統合が完了いたしました。
{E_OLD} に登録されていた認定資格および受験履歴は、{E_NEW} でご確認いただけます。
デジタルバッジにつきましては、Credly より順次メールでご案内が届きます。

ご不明な点がございましたら、本メールにご返信ください。

{E_SIG}"""
write("041-suzuki-merge-completed-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, E_SUBJ, mid),
      single(t041, charset="iso-2022-jp", cte="base64"),
      "merge_completed", E_CASE, [E_OLD, E_NEW], True, "ja", t041)

# ---- 042 closure survey that also mentions the merge being done ---------------
d = T("2022-11-17 04:31:40")
tr, mid = ses_xserver(E_MAIL, d)
t042 = f"""鈴木 愛子 様

アカウント統合は完了済みのため、ケース {E_CASE} をクローズいたしました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。
今回のお問い合わせは解決しましたか？

　はい： https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={E_CASE}&Q_Language=JA&Resolved=Yes
　いいえ： https://amazonwebservices.qualtrics.com/jfe/form/SV_3z8hTc0yqH1bLpQ?CaseId={E_CASE}&Q_Language=JA&Resolved=No

担当者の対応についても、5 段階でご評価いただけます。

AWS トレーニングと認定
"""
write("042-suzuki-closure-survey-ja.eml",
      aws_hdrs(tr, d, E_FORMFROM, E_MAIL, f"ケース {E_CASE} クローズのお知らせ（アンケートのお願い）", mid, scs="iso-2022-jp"),
      single(t042, charset="iso-2022-jp", cte="7bit"),
      "survey", E_CASE, [], True, "ja", t042)

# ---- 043 unrelated: Pearson VUE appointment confirmation (JA) ----------------
d = T("2022-12-01 06:10:00")
ip = "159.182.2.77"
env = "pearsonvueconfirmation@pearson.com"
ar = (f"sv8712.xserver.jp;\n\tspf=pass (sv8712.xserver.jp: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n"
      f"\tdkim=pass header.d=pearson.com header.s=selector1 header.b={rb64(8)};\n\tdmarc=pass (policy=reject) header.from=pearson.com")
tr = xserver_trace(E_MAIL, d, env, ip, "mx-out2.pearson.com", ar)
t043 = """鈴木 愛子 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の試験のご予約が確定しましたのでお知らせいたします。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)（日本語）
日時: 2022年12月17日（土） 10:00 JST
会場: オンライン監督試験（OnVUE）
登録 ID: 448291736
予約番号: 52961783

試験当日は、開始時刻の 30 分前からチェックインが可能です。有効な身分証明書をご用意ください。
ご予約の変更・キャンセルは、試験開始の 24 時間前までに承ります。

Pearson VUE
このメールは送信専用です。ご返信いただいてもお答えできません。
"""
h = tr + [dkim("pearson.com", "selector1", d), ("Date", rfc(d)),
          ("From", addr("Pearson VUE", env)), ("To", E_MAIL),
          ("Subject", mkhdr("ピアソン VUE 試験予約確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp")),
          ("Message-ID", f"<{RND.randint(10**9, 10**10)}.{RND.randint(1000, 9999)}@pearsonvue.com>")]
write("043-suzuki-pearson-vue-confirmation-ja.eml", h,
      single(t043, charset="iso-2022-jp", cte="7bit"),
      "unrelated", None, [], False, "ja", t043)


# ==========================================================================
# USER F - James O'Connor, iCloud Mail, console case (15 digits, 2025).
# Detours: a look-alike phishing "confirm the merge" mail; badges not moved
# on Credly, Credly self-service merge code, badges transferred later.
# ==========================================================================
F_MAIL = "james.oconnor@icloud.com"
F_CASE = "175553314400517"          # opened 2025-08-18 16:05:44 UTC
F_KEEP, F_GONE = "AWS48261930", "AWS50739184"
F_CSUBJ = "Combine two AWS Certification accounts (candidate IDs inside)"


def icloud_trace(rcpt, date, env, ip, helo, from_dom, dkims, dmarc="pass", spf="pass", bimi=False):
    r = date + dt.timedelta(seconds=RND.randint(1, 5))
    gmt = r.strftime("%a, %d %b %Y %H:%M:%S GMT")
    mta = f"p00-icloudmta-asmtp-us-west-{RND.choice(['1a', '1b', '3a'])}-{RND.randint(10, 99)}-percent-{RND.randint(1, 12)}"
    h = [("Received", f"from {mta} (smtpclient.apple [17.58.{RND.randint(10, 60)}.{RND.randint(2, 250)}])\n\tby p{RND.randint(30, 70)}-mailgateway-smtp-{rhex(10)}-{ralnum(5)} (mailgateway 2531B{RND.randint(10, 99)})\n\twith SMTP id {ruuid()}\n\tfor <{rcpt}>; {gmt}"),
         ("Return-Path", f"<{env}>"),
         ("X-ARC-Info", "policy=fail; arc=none")]
    if bimi:
        h.append(("Authentication-Results", 'bimi.icloud.com; bimi=skipped reason="insufficient dmarc"'))
    h.append(("Authentication-Results", f"dmarc.icloud.com; dmarc={dmarc} header.from={from_dom}"))
    dk = ";\n\t".join(f"dkim={res} ({bits}-bit key) header.d={d} header.i=@{d} header.b={rb64(8)}" for d, bits, res in dkims)
    h.append(("Authentication-Results", f"dkim-verifier.icloud.com;\n\t{dk}"))
    h.append(("Authentication-Results", f"spf.icloud.com; spf={spf} (spf.icloud.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}"))
    h.append(("Received-SPF", f"{spf} (spf.icloud.com: domain of {env} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={env}"))
    h.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby {mta.replace('asmtp', 'mx')} (Postfix) with ESMTPS id {rhex(12).upper()}\n\tfor <{rcpt}>; {format_datetime(r)} (UTC)"))
    return h


def ses_icloud(rcpt, date):
    mid, env = ses_id(date)
    ip = RND.choice(SES_IPS)
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    return icloud_trace(rcpt, date, env, ip, helo, "amazon.com", [("amazon.com", 2048, "pass"), ("amazonses.com", 1024, "pass")]), mid


F_NRFROM = addr(AWSNAME, NOREPLY)

# ---- 044 console case opened --------------------------------------------------
d = T("2025-08-18 16:05:47")
tr, mid = ses_icloud(F_MAIL, d)
t044 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {F_CASE} to address your issue.

The details of your case are as follows:

Case ID: {F_CASE}
Subject: {F_CSUBJ}
Severity: General guidance
Correspondence: Hi there - I ended up with two certification accounts. Main one: AWS48261930 (this email). Older one: aws-50739184, registered with james.oconnor@brightwave-media.ie, which I can still access. Please keep the main one. Cheers, James

We will respond to your case as soon as possible. You can view the case and add correspondence at:
{CONSOLE_LINK.format(F_CASE)}

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. To contact us about this case, use the link above.
"""
write("044-james-console-case-opened.eml",
      aws_hdrs(tr, d, F_NRFROM, F_MAIL, f"Amazon Web Services: You have opened a new Support case: {F_CASE}", mid),
      msg_alt(t044, aws_html(text_to_html(t044)), boundary=ses_boundary()),
      "case_created", F_CASE, [F_KEEP, F_GONE], True, "en", t044)

# ---- 045 confirmation request, paraphrased --------------------------------------
d = T("2025-08-19 19:31:12")
tr, mid = ses_icloud(F_MAIL, d)
n045 = f"""Hi James,

Thanks for getting in touch, I'm Megan and I'll be looking after your case.

Before I hand this over to our certification team, I'd like to make sure we get it exactly right. Here is what will happen:

* AWS50739184 (james.oconnor@brightwave-media.ie) will be folded into your main account and then closed
* AWS48261930 ({F_MAIL}) is the account that stays, with everything from both accounts on it

Please be aware we can't split the accounts again afterwards.

If that's what you'd like, just add a short reply on this case in the Support Center saying you agree, and I'll take it from there.

Best regards,
Megan R.
Amazon Web Services
"""
t045 = n045 + console_footer(F_CASE)
write("045-james-console-confirm-request.eml",
      aws_hdrs(tr, d, F_NRFROM, F_MAIL, f"RE:[CASE {F_CASE}] {F_CSUBJ}", mid),
      msg_alt(t045, aws_html(text_to_html(t045), footer=False), boundary=ses_boundary(), cte="base64"),
      "merge_confirmation_requested", F_CASE, [F_GONE, F_KEEP], True, "en", n045)

# ---- 046 PHISHING: look-alike domain asks to confirm the merge ---------------------
d = T("2025-08-20 03:12:40")
ip = "185.244.151.37"
env = "bounce@mail.aws-certificatlon-support.com"
tr = icloud_trace(F_MAIL, d, env, ip, "mail.aws-certificatlon-support.com", "aws-certificatlon-support.com",
                  [("aws-certificatlon-support.com", 2048, "pass")], bimi=True)
t046 = """Dear Candidate,

We received a request to merge your AWS Certification accounts. For security reasons the merge must be confirmed by the account owner within 24 hours, otherwise both accounts will be temporarily suspended and your active certifications may be revoked.

Please confirm the merge by signing in with your AWS Certification credentials:

https://aws-certificatlon-support.com/merge/confirm?ref=8f3a2c7d19e04b6a

After confirmation, your certifications will be transferred to your primary account within 2 hours.

Thank you,
AWS Training & Certification Support Team
"""
h046 = f"""<html><body style="font-family:Arial,sans-serif">
<div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span> <span style="color:#fff">Training &amp; Certification</span></div>
<p>Dear Candidate,</p>
<p>We received a request to <b>merge your AWS Certification accounts</b>. For security reasons the merge must be confirmed by the account owner within <b>24 hours</b>, otherwise both accounts will be temporarily suspended and your active certifications may be revoked.</p>
<p><a href="https://aws-certificatlon-support.com/merge/confirm?ref=8f3a2c7d19e04b6a" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>After confirmation, your certifications will be transferred to your primary account within 2 hours.</p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p></body></html>
"""
hd = tr + [dkim("aws-certificatlon-support.com", "default", d), ("Date", rfc(d)),
           ("From", addr("AWS Certification", "no-reply@aws-certificatlon-support.com")), ("To", F_MAIL),
           ("Subject", "Action required: confirm your certification account merge"),
           ("Message-ID", f"<{rhex(24)}@aws-certificatlon-support.com>"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
write("046-james-phishing-confirm-merge-lookalike.eml", hd,
      msg_alt(t046, h046, boundary="b1_" + rhex(40)),
      "merge_confirmation_requested", None, [], False, "en", t046)

# ---- 047 completion -------------------------------------------------------------
d = T("2025-08-22 14:20:58")
tr, mid = ses_icloud(F_MAIL, d)
n047 = f"""Hi James,

Thanks for confirming on the case. I\u2019m glad to let you know that our certification team has finished: your two accounts are now one. Everything from AWS50739184 has been moved over to AWS48261930, and the older account has been closed.

You can sign in as usual with {F_MAIL} \u2013 your exam history and your 50% discount voucher are on the remaining account.

Best regards,
Megan R.
Amazon Web Services
"""
t047 = n047 + console_footer(F_CASE)
write("047-james-console-merge-done.eml",
      aws_hdrs(tr, d, F_NRFROM, F_MAIL, f"RE:[CASE {F_CASE}] {F_CSUBJ}", mid),
      single(t047, charset="iso-8859-1", cte="quoted-printable", codec="utf-8"),   # wrong charset label
      "merge_completed", F_CASE, [F_GONE, F_KEEP], True, "en", n047)

# ---- 048 reopened: Credly badges still on the old profile --------------------------
d = T("2025-08-27 10:02:33")
tr, mid = ses_icloud(F_MAIL, d)
n048 = f"""Hi James,

Thank you for reopening the case and for the screenshots.

You're right: your certifications are all on AWS48261930, but the digital badges are still sitting on the Credly profile that belongs to james.oconnor@brightwave-media.ie. Credly profiles are separate from AWS Certification accounts, so they are not combined automatically.

I've asked our badging team to re-issue the badges to {F_MAIL}; this normally takes 3-5 business days and you'll get an email from Credly when they're ready. If you'd rather not wait, you can also combine the two Credly profiles yourself from your Credly account settings (Settings > Account > Merge accounts). Could you let me know on the case which option you prefer, so we don't end up with duplicate badges?

Best regards,
Megan R.
Amazon Web Services
"""
t048 = n048 + console_footer(F_CASE)
write("048-james-reopened-credly-badges.eml",
      aws_hdrs(tr, d, F_NRFROM, F_MAIL, f"RE:[CASE {F_CASE}] {F_CSUBJ}", mid),
      msg_alt(t048, aws_html(text_to_html(t048), footer=False), boundary=ses_boundary()),
      "support_reply", F_CASE, [F_KEEP], True, "en", n048)


def credly_icloud(rcpt, date):
    ip = f"167.89.{RND.randint(100, 120)}.{RND.randint(2, 250)}"
    env = f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.credly.com"
    return icloud_trace(rcpt, date, env, ip, f"o{RND.randint(1, 9)}.email.credly.com", "credly.com",
                        [("credly.com", 2048, "pass"), ("sendgrid.info", 1024, "pass")])


# ---- 049 Credly's own merge code (unrelated) ----------------------------------------
d = T("2025-08-27 18:44:10")
t049 = """Hi James,

You requested to merge another Credly account into this one. To continue, enter the verification code below on the Credly website:

    583019

This code expires in 30 minutes. Then select "Complete Account Merge" to finish. Badges from the other account will then appear on this profile.

If you didn't request this, you can safely ignore this email.

The Credly Team
"""
h049 = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f2f2f2">
<table width="560" align="center" style="background:#fff" cellpadding="24"><tr><td>
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
<p>Hi James,</p>
<p>You requested to merge another Credly account into this one. To continue, enter the verification code below on the Credly website:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">583019</p>
<p>This code expires in 30 minutes. Then select <b>Complete Account Merge</b> to finish. Badges from the other account will then appear on this profile.</p>
<p><a href="https://www.credly.com/earner/settings/account_merge?token={rhex(32)}" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>
<p style="color:#999;font-size:12px">If you didn't request this, you can safely ignore this email.</p>
</td></tr></table></body></html>
"""
write("049-james-credly-own-account-merge-code.eml",
      [x for x in credly_hdrs(credly_icloud(F_MAIL, d), d, addr("Credly", "admin@credly.com"), F_MAIL,
                              "Your Credly account merge verification code") if x[1]],
      msg_alt(t049, h049, boundary=rhex(60)),
      "unrelated", None, [], True, "en", t049)

# ---- 050 Credly: badges transferred ----------------------------------------------------
d = T("2025-09-01 09:15:27")
t050 = f"""Hi James,

Amazon Web Services Training and Certification has transferred 2 badges to your Credly account ({F_MAIL}). They are ready for you to accept:

- AWS Certified Cloud Practitioner
- AWS Certified Data Engineer \u2013 Associate

Accept your badges: https://www.credly.com/earner/earned?source=email&utm_campaign=badge_transfer

After you accept them you can share them on LinkedIn or add them to your email signature.

Credly, Inc. | 13 E 37th St, 8th Floor | New York, NY 10016
"""
h050 = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f2f2f2">
<table width="560" align="center" style="background:#fff" cellpadding="24"><tr><td>
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
<p>Hi James,</p>
<p>Amazon Web Services Training and Certification has transferred <b>2 badges</b> to your Credly account ({F_MAIL}). They are ready for you to accept:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Data Engineer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?source=email&amp;utm_campaign=badge_transfer" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Accept your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 13 E 37th St, 8th Floor | New York, NY 10016</p>
</td></tr></table></body></html>
"""
write("050-james-credly-badges-transferred.eml",
      [x for x in credly_hdrs(credly_icloud(F_MAIL, d), d, addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), F_MAIL,
                              "2 badges from Amazon Web Services Training and Certification are waiting for you") if x[1]],
      msg_alt(t050, h050, boundary=rhex(60)),
      "credly_badge_issued", None, [], True, "en", t050)

# ---- 051 console case resolved / feedback ------------------------------------------------
d = T("2025-09-04 10:05:19")
tr, mid = ses_icloud(F_MAIL, d)
t051 = f"""Hello,

We haven't heard back from you in a while, so case {F_CASE} ("{F_CSUBJ}") has been resolved automatically.

Tell us about your experience. On a scale of 1 to 5, how satisfied were you with the support you received?

1  2  3  4  5
{CONSOLE_LINK.format(F_CASE)}&feedback=true

Need more help? You can reopen the case from the AWS Support Center.

Amazon Web Services
"""
write("051-james-case-auto-resolved-feedback.eml",
      aws_hdrs(tr, d, F_NRFROM, F_MAIL, f"[Case {F_CASE}] Your case has been resolved - tell us how we did", mid),
      msg_alt(t051, aws_html(text_to_html(t051)), boundary=ses_boundary()),
      "survey", F_CASE, [], True, "en", t051)


# ==========================================================================
# USER G - Chen Wei, corporate Microsoft 365, Outlook desktop, form desk,
# 15-digit case, THREE accounts. Detours: name mismatch question, a chaser
# because he was slow to confirm.
# ==========================================================================
G_MAIL = "wei.chen@harborline-logistics.com"
G_CASE = "175975723911840"          # opened 2025-10-06 13:27:19 UTC
G_KEEP, G_B, G_C = "AWS61193357", "AWS62004718", "AWS73385016"
G_SUBJ = f"RE:[CASE {G_CASE}] {FORM_SUBJ}"
G_FORMFROM = addr(AWSNAME, FORM)

# ---- 052 acknowledgement ---------------------------------------------------------
d = T("2025-10-06 13:27:22")
tr, mid, _ = ses_outlook(G_MAIL, d)
t052 = f"""Hello Chen,

We've got your request. Your case number is {G_CASE}.

Our AWS Training and Certification support team will review it and get back to you at this address, normally within one business day. You can reply to this message if you want to add anything; please don't open another case for the same topic.

What you told us:
AWS candidate ID: {G_KEEP}
Topic: Certification > Account Merge
Message: I have three certification accounts (AWS61193357, AWS62004718, AWS73385016) due to different employers. Please consolidate them into AWS61193357.

AWS Training and Certification
"""
write("052-chen-form-acknowledgement.eml",
      ol_hdrs(tr, d, G_FORMFROM, G_MAIL, f"[CASE {G_CASE}] {FORM_SUBJ}", mid),
      msg_alt(t052, aws_html(text_to_html(t052)), boundary=ses_boundary()),
      "case_created", G_CASE, [G_KEEP, G_B, G_C], True, "en", t052)

# ---- 053 agent: name mismatch question -------------------------------------------------
d = T("2025-10-07 15:58:40")
tr, mid, _ = ses_outlook(G_MAIL, d)
t053 = f"""Hello Chen,

Thank you for contacting AWS Training and Certification. My name is Tomasz and I am handling your case.

I have located all three accounts. Before I can prepare the request, I need to clarify one point: the accounts AWS61193357 and AWS73385016 are registered under the name "Chen Wei", while AWS62004718 is registered as "Wei Chen" with a different date of birth on file (1990-03-14 instead of 1990-04-13).

Could you please confirm that AWS62004718 belongs to you, and which date of birth is correct? If the date on AWS62004718 is wrong, I will ask you to correct it before we continue.

Best regards,
Tomasz K.
AWS Training and Certification
"""
write("053-chen-agent-name-dob-question.eml",
      ol_hdrs(tr, d, G_FORMFROM, G_MAIL, G_SUBJ, mid),
      msg_alt(t053, aws_html(text_to_html(t053)), boundary=ses_boundary()),
      "support_reply", G_CASE, [G_KEEP, G_B, G_C], True, "en", t053)
G_T053 = t053

# ---- 054 Chen's reply (Sent Items, Outlook desktop) ---------------------------------------
d = T("2025-10-08 09:12:05", ZoneInfo("Asia/Singapore"))
n054 = f"""Hi Tomasz,

Yes, AWS62004718 is mine. The correct date of birth is 13 April 1990, I must have swapped day and month when I created that account. I've corrected it in the profile this morning.

So to confirm, please keep AWS61193357 and bring AWS62004718 and AWS73385016 into it.

Thanks,
Chen Wei
Cloud Platform Lead | Harborline Logistics
"""
q054 = f"""
________________________________
From: Amazon Web Services <{FORM}>
Sent: Tuesday, October 7, 2025 11:58 PM
To: Chen Wei <{G_MAIL}>
Subject: {G_SUBJ}

""" + G_T053
t054 = n054 + q054
h054 = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>'
        '<body lang="EN-SG"><div class="WordSection1">'
        + "".join(f'<p class="MsoNormal">{html.escape(x) if x else "&nbsp;"}</p>' for x in n054.strip().split("\n"))
        + '<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + f'<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Tuesday, October 7, 2025 11:58 PM<br><b>To:</b> Chen Wei &lt;{G_MAIL}&gt;<br><b>Subject:</b> {html.escape(G_SUBJ)}</p></div>'
        + text_to_html(G_T053) + "</div></div></body></html>\n")
hd = [("From", addr("Chen Wei", G_MAIL)), ("To", G_FORMFROM), ("Subject", "RE: " + G_SUBJ),
      ("Thread-Topic", G_SUBJ), ("Thread-Index", "AQHcN1x2" + rb64(30)), ("Date", format_datetime(d)),
      ("Message-ID", f"<SEZPR06MB{RND.randint(1000, 9999)}{rhex(16).upper()}@SEZPR06MB{RND.randint(1000, 9999)}.apcprd06.prod.outlook.com>"),
      ("Accept-Language", "en-SG, en-US"), ("Content-Language", "en-SG"),
      ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", "SEZPR06MB5270.apcprd06.prod.outlook.com")]
write("054-chen-sent-reply-outlook.eml", hd,
      msg_alt(t054, h054, boundary=f"_000_SEZPR06MB{RND.randint(1000, 9999)}{rhex(16).upper()}_"),
      "unrelated", G_CASE, [G_KEEP, G_B, G_C], None, "en", n054)

# ---- 055 confirmation request, three accounts ----------------------------------------------
d = T("2025-10-09 12:20:31")
tr, mid, _ = ses_outlook(G_MAIL, d)
t055 = f"""Hello Chen,

Thank you for correcting the date of birth, I can see the update on AWS62004718.

Here is a summary of the request. Please read it carefully:

Account that will remain:  AWS61193357 ({G_MAIL})
Accounts to be merged into it and then deactivated:
  - AWS62004718 (chen.wei@northgate-freight.com)
  - AWS73385016 (cwei.cloud@gmail.com)

All certifications, exam history and benefits from the two accounts listed above will be transferred to AWS61193357. A merge is permanent and cannot be reversed.

Please reply to this email to confirm that the details above are correct and that you want us to proceed. We will not take any action until we receive your confirmation.

Best regards,
Tomasz K.
AWS Training and Certification
"""
write("055-chen-confirm-request-three-accounts.eml",
      ol_hdrs(tr, d, G_FORMFROM, G_MAIL, G_SUBJ, mid),
      msg_alt(t055, aws_html(text_to_html(t055)), boundary=ses_boundary()),
      "merge_confirmation_requested", G_CASE, [G_KEEP, G_B, G_C], True, "en", t055)
G_T055 = t055

# ---- 056 chaser (history below) ---------------------------------------------------------------
d = T("2025-10-14 08:45:10")
tr, mid, _ = ses_outlook(G_MAIL, d)
n056 = """Hello Chen,

I am following up on my email below. We have not yet received your confirmation, and we cannot go ahead without it.

If you still want to continue, simply reply "I confirm" to this email. If we do not hear from you within 5 business days, this case will be closed; you can reopen it at any time by replying.

Best regards,
Tomasz K.
AWS Training and Certification
"""
t056 = n056 + "\n-----Original Message-----\nFrom: Amazon Web Services\nSent: 09/10/2025 12:20 UTC\nTo: " + G_MAIL + "\nSubject: " + G_SUBJ + "\n\n" + G_T055
write("056-chen-chaser-awaiting-confirmation.eml",
      ol_hdrs(tr, d, G_FORMFROM, G_MAIL, G_SUBJ, mid),
      single(t056, cte="quoted-printable"),
      "support_reply", G_CASE, [], True, "en", n056)

# ---- 057 completion ---------------------------------------------------------------------------
d = T("2025-10-17 06:33:48")
tr, mid, _ = ses_outlook(G_MAIL, d)
t057 = f"""Hello Chen,

Thank you for your confirmation on 15 October.

The merge has been carried out successfully. AWS61193357 now holds the certifications and exam history of all three accounts; AWS62004718 and AWS73385016 have been deactivated and can no longer be used to sign in.

Credly will send you new badge invitations to {G_MAIL} over the next 1-2 days. If an older badge still shows on a previous Credly profile, let us know and we will have it moved.

As everything is now in place, I am closing this case. Thank you for your patience.

Best regards,
Tomasz K.
AWS Training and Certification
"""
write("057-chen-merge-carried-out.eml",
      ol_hdrs(tr, d, G_FORMFROM, G_MAIL, G_SUBJ, mid),
      msg_alt(t057, aws_html(text_to_html(t057)), boundary=ses_boundary(), cte="base64"),
      "merge_completed", G_CASE, [G_KEEP, G_B, G_C], True, "en", t057)


# ==========================================================================
# Look-alikes in the same mailboxes
# ==========================================================================

# ---- 058 GitHub "merged" notification (Chen's corporate mailbox) --------------------------
d = T("2025-10-20 07:41:02")
ip = "192.30.252.201"
env = f"noreply@github.com"
ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=github.com; dkim=pass (signature was verified)\n header.d=github.com;dmarc=pass action=none\n header.from=github.com;compauth=pass reason=100")
spf = f"Pass (protection.outlook.com: domain of github.com designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo=out-18.smtp.github.com; pr=C"
tr = outlook_trace(G_MAIL, d, env, ip, "out-18.smtp.github.com", ar, spf)
t058 = """Merged #57 into main.

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/harborline/cert-tracker/pull/57#event-20419388712
You are receiving this because you were mentioned.
"""
h058 = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/harborline/cert-tracker/pull/57">#57</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/harborline/cert-tracker/pull/57#event-20419388712">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
hd = tr + [x for x in ms_extra() if x[1]] + [dkim("github.com", "pf2023", d, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"),
           ("Date", format_datetime(d.astimezone(ZoneInfo("America/Los_Angeles")))),
           ("From", addr("Dana Whitfield", "notifications@github.com")),
           ("Reply-To", "harborline/cert-tracker <reply+AAB3KQ" + rhex(20).upper() + "@reply.github.com>"),
           ("To", "harborline/cert-tracker <cert-tracker@noreply.github.com>"),
           ("Cc", f"Chen Wei <{G_MAIL}>, Mention <mention@noreply.github.com>"),
           ("Message-ID", "<harborline/cert-tracker/pull/57/issue_event/20419388712@github.com>"),
           ("In-Reply-To", "<harborline/cert-tracker/pull/57@github.com>"),
           ("References", "<harborline/cert-tracker/pull/57@github.com>"),
           ("Subject", "Re: [harborline/cert-tracker] Update team certification tracker after AWS account\n merge (PR #57)"),
           ("List-ID", "harborline/cert-tracker <cert-tracker.harborline.github.com>"),
           ("X-GitHub-Sender", "dwhitfield"), ("X-GitHub-Recipient", "chenwei-hl"), ("X-GitHub-Reason", "mention")]
write("058-chen-github-pr-merged.eml", hd,
      msg_alt(t058, h058, boundary=f"--==_mimepart_{rhex(13)}_{RND.randint(100, 999)}", cte="7bit", charset="UTF-8") if False else
      alt(part(t058, "plain", "UTF-8", "quoted-printable"), part(h058, "html", "UTF-8", "7bit"), boundary=f"--==_mimepart_{rhex(13)}_{RND.randint(100, 999)}"),
      "unrelated", None, [], False, "en", t058)

# ---- 059 Amazon Seller Central case that "merged" ASIN pages (Emily's Gmail) --------------
d = T("2025-04-02 21:14:09")
tr, mid, _ = ses_gmail(A_MAIL, d)
sc_case = "16254479031"
t059 = f"""Hello,

I'm Rohit from Amazon Selling Partner Support.

Thank you for your patience. I'm happy to inform you that the two duplicate detail pages you reported (ASIN B0CX7K2M9L and ASIN B0CX7K4QZT) have been merged. Your offer is now listed on ASIN B0CX7K2M9L, and the reviews from both pages have been combined. It may take up to 24 hours for the change to show in Seller Central.

Were we able to resolve your issue? Please let us know by selecting one of the options below:

Yes: https://sellercentral.amazon.com/cu/contact-us/case-feedback?caseID={sc_case}&resolved=yes
No:  https://sellercentral.amazon.com/cu/contact-us/case-feedback?caseID={sc_case}&resolved=no

Thank you for selling with Amazon,
Rohit
Amazon Selling Partner Support
"""
write("059-emily-seller-central-asin-merge.eml",
      aws_hdrs(tr, d, addr("Amazon Selling Partner Support", "seller-support@amazon.com"), A_MAIL,
               f"RE:[CASE {sc_case}] Duplicate detail pages for the same product", mid),
      msg_alt(t059, aws_html(text_to_html(t059), footer=False), boundary=ses_boundary()),
      "unrelated", sc_case, [], True, "en", t059)

# ---- 060 spoofed amazon.com phishing, not about the merge; forged lower AR ---------------
d = T("2024-04-10 06:02:55")
ip = "45.133.1.88"
env = "support@amazon.com"
ar = (f"spf=fail (sender IP is {ip})\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000")
spf = f"Fail (protection.outlook.com: domain of amazon.com does not\n designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo=vps-88.hostpark.example.net;"
tr = outlook_trace(C_MAIL, d, env, ip, "vps-88.hostpark.example.net", ar, spf)
t060 = """Dear AWS Certified Professional,

During a routine review of exam sessions, our Exam Security team flagged irregularities in one of your recent AWS Certification exams. Your certification status has been placed ON HOLD.

To avoid permanent revocation of your certifications, you must verify your identity within 48 hours:

https://aws-training-verification.help/verify?session=4e1f9a

Regards,
AWS Training and Certification - Exam Security
"""
hd = tr + [x for x in ms_extra() if x[1]] + [
    ("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
    ("Received", f"from [127.0.0.1] (localhost [127.0.0.1]) by vps-88.hostpark.example.net with ESMTPA; {format_datetime(d)}"),
    ("Date", format_datetime(d)), ("From", addr("AWS Training and Certification", "support@amazon.com")),
    ("To", C_MAIL), ("Subject", "=?UTF-8?B?4pqgIFlvdXIgQVdTIENlcnRpZmljYXRpb24gaXMgb24gaG9sZCDigJMgdmVyaWZ5?=\n =?UTF-8?B?IHdpdGhpbiA0OCBob3Vycw==?="),
    ("Message-ID", f"<{rhex(32)}@vps-88.hostpark.example.net>")]
write("060-priya-spoofed-amazon-phish-not-merge.eml", hd,
      single(t060, charset="iso-8859-1", cte="quoted-printable", codec="utf-8") if False else single(t060, cte="base64"),
      "unrelated", None, [], False, "en", t060)


# ==========================================================================
# labels + sanity checks
# ==========================================================================
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)


def decoded_text(m):
    out = []
    for k in ("Subject", "From", "To"):
        if m[k]:
            out.append(str(make_header(decode_header(m[k]))))
    for p in m.walk():
        if p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True)
        cs = (p.get_content_charset() or "us-ascii").lower()
        if cs in ("shift_jis", "shift-jis", "sjis"):
            cs = "cp932"
        try:
            out.append(raw.decode(cs))
        except (UnicodeDecodeError, LookupError):
            out.append(raw.decode("utf-8", "replace"))
    return "\n".join(out)


def check():
    problems = 0
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if set(files) != set(LABELS):
        print("!! label/file mismatch", set(files) ^ set(LABELS)); problems += 1
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        m = message_from_bytes(raw)
        lab = LABELS[fn]
        txt = decoded_text(m)
        found = set(norm_ids(txt))
        for i in lab["account_ids"]:
            if i not in found:
                print(f"!! {fn}: id {i} not in decoded text"); problems += 1
        if not re.fullmatch(r"AWS\d{8}", "".join(lab["account_ids"][:1]) or "AWS00000000"):
            print(f"!! {fn}: bad id format"); problems += 1
        if lab["case_id"]:
            if lab["case_id"] not in txt:
                print(f"!! {fn}: case id not in text"); problems += 1
            if len(lab["case_id"]) == 15:
                from email.utils import parsedate_to_datetime
                opened = int(lab["case_id"][:10])
                sent = parsedate_to_datetime(m["Date"]).timestamp()
                if not (opened <= sent + 1 and sent - opened < 60 * 86400):
                    print(f"!! {fn}: 15-digit case id time {opened} vs Date {sent}"); problems += 1
        has_ar = m.get_all("Authentication-Results") is not None
        if (lab["sender_verified"] is None) == has_ar:
            print(f"!! {fn}: sender_verified {lab['sender_verified']} but AR present={has_ar}"); problems += 1
        ja = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", NEWTEXT[fn]))
        if ja != (lab["language"] == "ja"):
            print(f"!! {fn}: language {lab['language']} vs ja-chars={ja}"); problems += 1
        if m.defects:
            print(f"!! {fn}: defects {m.defects}"); problems += 1
    from collections import Counter
    print("files:", len(files), " kinds:", dict(Counter(v["kind"] for v in LABELS.values())))
    print("sender_verified:", dict(Counter(str(v["sender_verified"]) for v in LABELS.values())),
          " lang:", dict(Counter(v["language"] for v in LABELS.values())))
    print("problems:", problems)


check()
