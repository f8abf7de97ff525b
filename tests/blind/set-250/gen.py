#!/usr/bin/env python3
"""Generator for blind set 250: AWS Certification account-merge mailbox, with an
emphasis on non-native / machine-translated English from support agents.
Run: python3 make_set.py  -> writes NNN-*.eml and labels.json next to this file."""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
RND = random.Random(250)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
IST = timezone(timedelta(hours=5, minutes=30))
PHT = timezone(timedelta(hours=8))
KST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))
BRT = timezone(timedelta(hours=-3))


def T(s, tz=UTC):
    """'2025-03-11 09:14:33' in tz -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened, tail):
    return "%d%s" % (int(opened.timestamp()), tail)


def hexs(n, seed):
    h = hashlib.sha256(seed.encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n]


def b64s(n, seed):
    raw = hashlib.sha512(seed.encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def ses_msgid(d, seed, region=None):
    ms = int(d.timestamp() * 1000) - RND.randint(300, 4000)
    h = hexs(40, seed)
    dom = "%s.amazonses.com" % region if region else "email.amazonses.com"
    pre = "010f" if region else "0100"
    return "<%s%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        pre, ms, h[0:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)


def dkim(d, domain, selector, dt, seed, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
         c="relaxed/simple"):
    b = b64s(344, seed + domain)
    bfold = "\n\t".join([b[i:i + 72] for i in range(0, len(b), 72)])
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (c, selector, domain, int(dt.timestamp()), headers, b64s(43, seed + "bh" + domain), bfold))


def fmt_date(d):
    return format_datetime(d)


def gdate(d):
    """Gmail style received-time string in Pacific time"""
    p = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
    tz = "(PDT)" if 3 <= d.month <= 10 else "(PST)"
    return format_datetime(p) + " " + tz


# ---------------------------------------------------------------- transport
def transport(provider, rcpt, dt, seed, *, from_dom="amazon.com", mailfrom=None, ip="54.240.8.44",
              relay="a8-44.smtp-out.amazonses.com", dkim_list=(("amazon.com", "pass"), ("amazonses.com", "pass")),
              spf="pass", dmarc="pass", dmarc_policy="QUARANTINE", extra_ar=None, arc=True, host=None, tz=None):
    """Return list of (name, value) trace headers, topmost first."""
    if mailfrom is None:
        mailfrom = ses_msgid(dt, seed + "rp").split("@")[0][1:] + "@amazonses.com"
    mdom = mailfrom.split("@")[1]
    hdrs = []
    if provider == "gmail":
        rx = dt + timedelta(seconds=RND.randint(1, 6))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4, seed + "1"), hexs(3, seed + "2"), hexs(4, seed + "3"), hexs(4, seed + "4"),
            hexs(4, seed + "5"), gdate(rx))))
        hdrs.append(("X-Google-Smtp-Source", b64s(60, seed + "gss")))
        hdrs.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexs(4, seed + "x1"), hexs(3, seed + "x2"), hexs(4, seed + "x3"), hexs(4, seed + "x4"),
            hexs(12, seed + "x5"), RND.randint(1, 9), int(rx.timestamp()), gdate(rx))))
        if arc:
            hdrs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                int(rx.timestamp()), b64s(120, seed + "arcs"))))
            hdrs.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (
                b64s(43, seed + "ab"), b64s(43, seed + "af"), b64s(110, seed + "amb"))))
        ar = ["mx.google.com"]
        for dd, res in dkim_list:
            ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dd, hexs(8, dd + seed)[:8], b64s(8, dd + seed)))
        ar.append("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            spf, mailfrom, ip, mailfrom) if spf == "pass" else
            "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            spf, mailfrom, ip, mailfrom))
        if dmarc:
            ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                dmarc, dmarc_policy, dmarc_policy, "NONE" if dmarc == "pass" else dmarc_policy, from_dom))
        if arc:
            hdrs.append(("ARC-Authentication-Results", "i=1; " + ";\n       ".join(ar)))
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            relay, relay, ip, hexs(20, seed + "mx"), RND.randint(1, 9), int(rx.timestamp()), rcpt, gdate(rx))))
        hdrs.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)))
        hdrs.append(("Authentication-Results", ";\n       ".join(ar)))
    elif provider == "outlook":
        rx = dt + timedelta(seconds=RND.randint(1, 9))
        r = format_datetime(rx.astimezone(UTC)).replace("-0000", "+0000")
        hdrs.append(("Received", "from PH7PR11MB%04d.namprd11.prod.outlook.com (2603:10b6:510:1f3::%x)\n by SA1PR11MB%04d.namprd11.prod.outlook.com with HTTPS; %s" % (
            RND.randint(1000, 9999), RND.randint(16, 250), RND.randint(1000, 9999), r)))
        hdrs.append(("Received", "from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:13e::%x)\n by PH7PR11MB%04d.namprd11.prod.outlook.com (2603:10b6:510:1f3::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.%d; %s" % (
            RND.randint(1000, 9999), RND.randint(16, 250), RND.randint(1000, 9999), RND.randint(16, 250), RND.randint(10, 40), r)))
        ar = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (spf, ip, mdom)]
        for dd, res in dkim_list:
            ar.append("dkim=%s (%s)\n header.d=%s" % (res, "signature was verified" if res == "pass" else "signature did not verify", dd))
        if dmarc:
            ar.append("dmarc=%s action=%s\n header.from=%s" % (dmarc, "none" if dmarc == "pass" else "quarantine", from_dom))
        ar.append("compauth=%s reason=%s" % ("pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))
        hdrs.append(("Authentication-Results", ";".join(ar)))
        hdrs.append(("Received-SPF", "%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            "Pass" if spf == "pass" else "Fail", mdom, ip, ip, relay)))
        hdrs.append(("Received", "from %s (%s) by\n BN2PEPF000044A%d.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.%d via\n Frontend Transport; %s" % (
            relay, ip, RND.randint(1, 9), RND.randint(2, 250), RND.randint(10, 40), r)))
    elif provider == "jp":
        # Japanese ISP style; host e.g. mx.nifty.com / mfilter.ocn.ad.jp
        rx = (dt + timedelta(seconds=RND.randint(2, 20))).astimezone(tz or JST)
        h = host or "mx.nifty.com"
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (
            relay, relay, ip, h, hexs(8, seed + "jp").upper(), rcpt, format_datetime(rx))))
        ar = ["%s" % h, "spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
        for dd, res in dkim_list:
            ar.append("dkim=%s header.d=%s" % (res, dd))
        if dmarc:
            ar.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
        hdrs.append(("Authentication-Results", ";\n\t".join(ar)))
    elif provider is None:
        # no provider verdict at all (archive export, internal relay)
        rx = dt + timedelta(seconds=RND.randint(2, 30))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby mail.%s (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%s>; %s" % (
            relay, relay, ip, rcpt.split("@")[1], hexs(14, seed + "n").upper(), rcpt, format_datetime(rx))))
    if extra_ar:
        # forged / lower headers supplied by the sender (appear below the real trace)
        for x in extra_ar:
            hdrs.append(x)
    return hdrs


# ---------------------------------------------------------------- MIME bodies
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, fmt=None):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if fmt:
        p.set_param("format", fmt)
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    raw = text.encode(codec)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    del p["MIME-Version"]
    return p


def alt(plain, html, charset="utf-8", cte="quoted-printable", html_cte=None, label=None):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(tpart(plain, "plain", charset, cte, label))
    m.attach(tpart(html, "html", charset, html_cte or cte, label))
    return m


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    """plain text -> simple html; lines starting with '>' become blockquote"""
    out = []
    paras = text.split("\n\n")
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % to_html(inner, ""))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    body = "\n".join(out)
    if style:
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="%s">\n%s\n</div></body></html>\n' % (style, body)
    return body


AWS_LOGO = "https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png"


def aws_html(text, case_id=None, footer=None):
    """AWS support style html template around a plain body"""
    inner = to_html(text, "")
    link = ""
    if case_id:
        link = '<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View case in Support Center</a></p>' % case_id
    foot = footer or "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Amazon Web Services</title></head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f3f3">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="%s" alt="Amazon Web Services" width="90" /></td></tr>\n'
            '<tr><td style="padding:24px;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#16191f">\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#687078;border-top:1px solid #eaeded">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (AWS_LOGO, inner, link, esc(foot))


# ---------------------------------------------------------------- writer
def enc_hdr(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode(maxlinelen=76)


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def write(fname, *, trace, frm, to, subject, date, body, label, msgid, subj_charset="utf-8",
          extra=(), cc=None, reply_to=None, dkim_sigs=(), xmailer=None, in_reply_to=None, references=None):
    assert fname not in LABELS, fname
    hdrs = list(trace)
    for s in dkim_sigs:
        hdrs.append(("DKIM-Signature", s))
    hdrs.extend(extra)
    hdrs.append(("Date", fmt_date(date)))
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("Subject", enc_hdr(subject, subj_charset)))
    if xmailer:
        hdrs.append(("X-Mailer", xmailer))
    head = "".join("%s: %s\n" % (n, v) for n, v in hdrs)
    del body["MIME-Version"]
    body["MIME-Version"] = "1.0"
    data = head.encode("ascii") + body.as_bytes()
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    kind, case_id, ids, ver, lang = label
    norm = sorted(set(re.sub(r"[^0-9]", "", i).rjust(8, "0") for i in ids))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ["AWS" + n for n in norm],
                     "sender_verified": ver, "language": lang}


def L(kind, case_id, ids, ver, lang="en"):
    return (kind, case_id, ids, ver, lang)


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_dkim(dt, seed):
    return [dkim(None, "amazon.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", dt, seed),
            dkim(None, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt, seed,
                 headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")]


def feedback(seed):
    return ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43, seed + "fb").replace("/", "x"))


# ================================================================= MAILS
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ================================================================= thread A
# Indian-English agent, form case, 15-digit id, Gmail recipient
A_OPEN = T("2025-03-11 09:14:33")
A_CASE = case15(A_OPEN, "08817")
A_USER = "marco.bianchi.it@gmail.com"
A_TO = "Marco Bianchi <%s>" % A_USER
A_OLD, A_NEW = "AWS04718825", "AWS09163340"
A_ORIG = """-----Original Message-----
Inquiry Type: AWS Training and Certification
Inquiry Detail: Account Merge
AWS candidate ID: AWS09163340
Message: Hi, I have one certification account from my old employer (AWS04718825) and one personal (AWS09163340). Please merge them into the personal one. Thanks, Marco"""


@mail
def m001():
    d = A_OPEN + timedelta(seconds=41)
    s = "a001"
    txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and opened case %s for it.

Regarding: AWS candidate ID AWS09163340
Inquiry: Certification - Account Merge

A member of our team will review your request and respond within 24 hours. If you need to add information, reply to this email and keep the case number in the subject line. Please do not submit a new form for the same request, because duplicate cases can delay our response.

Sincerely,
AWS Training and Certification
Amazon Web Services

This email was sent from an address that accepts replies for this case only.""" % A_CASE
    write("001-form-ack-regarding-candidate-id.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d,
          msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("case_created", A_CASE, [A_NEW], True))


@mail
def m002():
    d = T("2025-03-12 06:41:09")
    s = "a002"
    txt = """Hello Marco,

Greetings from AWS Training and Certification!

Thank you for reaching out to us. I am Harshitha and I will be assisting you on this case.

I have gone through your request regarding the merging of your certification accounts AWS-09163340 and AWS-04718825. In order to proceed further with the request, kindly revert back with the below details:

1. Login e-mail address of both the accounts
2. Which account you would like to retain as primary
3. Reason for having two accounts (if any)

Once we receive the above details we will be able to assist you further in this regard.

Request you to reply on this same email thread only and not to create a new case, as it may delay the process.

Thanks & Regards,
Harshitha M
AWS Training and Certification
Amazon Web Services

""" + A_ORIG
    write("002-indian-agent-asks-login-emails.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d,
          msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="base64"),
          label=L("support_reply", A_CASE, [A_OLD, A_NEW], True))


A_USER_R1 = """From: marco.bianchi.it@gmail.com
Sent: 3/12/2025 10:15 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

Hello Harshitha,

1. AWS04718825 -> marco.bianchi@oldcorp-consulting.it (I no longer have access to this mailbox)
   AWS09163340 -> marco.bianchi.it@gmail.com
2. Please keep AWS09163340
3. The first one was created by my former company for a voucher.

Thank you,
Marco""" % (A_CASE, FORM_SUBJ)


@mail
def m003():
    d = T("2025-03-13 05:02:51")
    s = "a003"
    txt = """Hello Marco,

Thank you for revert with the requested details.

As per the information shared by you, please find below the details of the accounts which will be merged:

Source account (will be merged and deactivated): AWS04718825 - marco.bianchi@oldcorp-consulting.it
Target account (will be retained): AWS09163340 - marco.bianchi.it@gmail.com

Please be informed that once the accounts are merged, the same cannot be reverted back. All the certifications, exam history and benefits from the source account will be moved to the target account.

Kindly confirm the above details are correct by replying to this email, so that we can proceed with the merge request.

Looking forward for your response.

Thanks & Regards,
Harshitha M
AWS Training and Certification
Amazon Web Services

""" + A_USER_R1
    write("003-indian-agent-source-target-listed.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d,
          msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("merge_confirmation_requested", A_CASE, [A_OLD, A_NEW], True))


@mail
def m004():
    d = T("2025-03-13 14:30:02")
    s = "a004"
    txt = """Hello Marco,

Thank you for the confirmation.

I have now escalated your request to our internal team for the needful. Kindly allow us 2-3 business days time for the same. Once the merge is completed, you will be receiving a confirmation email from our end and your certifications will be reflecting in the retained account.

Meanwhile request you to not to make any changes in both the accounts and not to schedule any exam till then.

Thanks & Regards,
Harshitha M
AWS Training and Certification
Amazon Web Services

From: marco.bianchi.it@gmail.com
Sent: 3/13/2025 9:47 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

The details are correct. Please proceed with the merge.

Marco

> Source account (will be merged and deactivated): AWS04718825 - marco.bianchi@oldcorp-consulting.it
> Target account (will be retained): AWS09163340 - marco.bianchi.it@gmail.com
> > 1. AWS04718825 -> marco.bianchi@oldcorp-consulting.it""" % (A_CASE, FORM_SUBJ)
    write("004-indian-agent-escalated-to-internal-team.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d,
          msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="quoted-printable", html_cte="base64"),
          label=L("support_reply", A_CASE, [], True))


@mail
def m005():
    d = T("2025-03-15 08:12:37")
    s = "a005"
    txt = """Hello Marco,

Greetings of the day!

This is with reference to your case regarding the AWS Certification accounts.

We are happy to inform you that the accounts AWS04718825 and AWS09163340 has been successfully merged and now all your certification details are available under the AWS Certification account AWS09163340. You can login with marco.bianchi.it@gmail.com to view the same.

Kindly note that the Credly badges may take upto 48 hours for reflecting. In case you do not receive it, please do let us know on this same thread.

Hope the above information is helpful.

Thanks & Regards,
Mohammed Irfan
AWS Training and Certification
Amazon Web Services"""
    write("005-indian-agent-accounts-has-been-merged.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d,
          msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), html_cte="base64"),
          label=L("merge_completed", A_CASE, [A_OLD, A_NEW], True))


@mail
def m006():
    d = T("2025-03-15 08:13:58")
    s = "a006"
    html = aws_html("""Hello,

We have marked your case %s as resolved. We hope that our response was helpful.

Was your issue resolved?

YES  |  NO

Please take a moment to rate the support you received. Your feedback helps us improve AWS Training and Certification.

If you still need help with this case, reply to this email within 14 days and the case will be reopened automatically.

Sincerely,
AWS Training and Certification""" % A_CASE).replace(
        "YES  |  NO",
        '<a href="https://aws-tc-feedback.amazon.com/survey?case=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">YES</a> &nbsp; '
        '<a href="https://aws-tc-feedback.amazon.com/survey?case=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a>' % (A_CASE, A_CASE))
    write("006-form-case-resolved-yes-no.eml",
          trace=transport("gmail", A_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=A_USER, subject="Your case %s has been resolved" % A_CASE, date=d,
          msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "quoted-printable"),
          label=L("survey", A_CASE, [], True))

# ================================================================= thread B
# Filipino-English agent, console case, 11-digit id (2023), Outlook recipient
B_CASE = "12934470681"
B_USER = "d.kowalczyk@northwind-analytics.com"
B_TO = "Dariusz Kowalczyk <%s>" % B_USER
B_KEEP, B_GONE = "AWS61027734", "AWS55810029"
B_SUBJ = "Merge two certification accounts"
CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================
To see all messages on this case or to reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above."""


def ms_extra():
    return [("X-MS-Exchange-Organization-SCL", "1"),
            ("X-MS-Exchange-Organization-AuthSource", "BN2PEPF000044A6.namprd02.prod.outlook.com"),
            ("X-MS-Has-Attach", ""), ("X-Microsoft-Antispam", "BCL:0;")]


@mail
def m007():
    d = T("2023-06-20 03:27:44")
    s = "b007"
    txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS61027734 (company email) and AWS 55810029 (old private email). Can you merge them so all my certifications are in AWS61027734? Thanks

We will get back to you as quickly as possible. If you need more information about AWS Support, see the AWS Support Center FAQs.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    write("007-console-opened-new-support-case.eml",
          trace=transport("outlook", B_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_NOREPLY, to=B_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % B_CASE,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, B_CASE), cte="base64"),
          label=L("case_created", B_CASE, [B_KEEP, B_GONE], True))


@mail
def m008():
    d = T("2023-06-21 01:05:12")
    s = "b008"
    txt = """Hello,

New correspondence has been added to your AWS Support case %s ("%s").

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""" % (B_CASE, B_SUBJ, B_CASE)
    write("008-console-new-correspondence-added.eml",
          trace=transport("outlook", B_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_NOREPLY, to=B_USER, subject="[Case %s] New correspondence added" % B_CASE,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, B_CASE)),
          label=L("support_reply", B_CASE, [], True))


@mail
def m009():
    d = T("2023-06-21 01:04:57")
    s = "b009"
    txt = """Hello Dariusz,

Good day! Thank you for reaching out to AWS Training and Certification Customer Support. My name is Kristine and I will be the one assisting you with your concern today.

Upon checking, I was able to locate two (2) certification accounts under your name. To be able to proceed, kindly confirm the below details first:

Account that will be retained: AWS 61027734 (d.kowalczyk@northwind-analytics.com)
Account that will be merged: AWS 55810029 (dariusz.kow@outlook.com)

Please be advised that once the merging is done, this can no longer be undone and you will only be able to log in using the email address of the retained account. All certifications and exam history from AWS 55810029 will be transferred to AWS 61027734.

Kindly reply "I confirm" on this case so we can process your request right away.

Thank you for your patience and understanding.

Ma. Kristine D.
AWS Training and Certification Customer Support

""" + CONSOLE_FOOT % B_CASE
    write("009-filipino-agent-retained-and-merged-account.eml",
          trace=transport("outlook", B_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_NOREPLY, to=B_USER, subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, B_CASE), html_cte="base64"),
          label=L("merge_confirmation_requested", B_CASE, [B_KEEP, B_GONE], True))


@mail
def m010():
    d = T("2023-06-22 09:48:30")
    s = "b010"
    txt = """Hello Dariusz,

Good day!

We are pleased to inform you that your two certification accounts are already consolidated. You may now log in to your AWS Certification account AWS61027734 using d.kowalczyk@northwind-analytics.com and you will see all of your certifications there. The other account was already deactivated.

With this, I will now be resolving this case. Should you have further concern, please do not hesitate to reopen this case or create a new one and we will be glad to assist you.

Have a great day ahead and keep safe!

Ma. Kristine D.
AWS Training and Certification Customer Support

""" + CONSOLE_FOOT % B_CASE
    write("010-filipino-agent-consolidated-and-resolving.eml",
          trace=transport("outlook", B_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_NOREPLY, to=B_USER, subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, B_CASE), cte="quoted-printable"),
          label=L("merge_completed", B_CASE, [B_KEEP], True))


@mail
def m011():
    d = T("2023-06-29 10:02:15")
    s = "b011"
    txt = """Hello,

Your AWS Support case %s, "%s", has been resolved. We hope we were able to help.

How would you rate the service you received?

[1 star] [2 stars] [3 stars] [4 stars] [5 stars]

Your case will remain available in the Support Center. If the issue returns, you can reopen the case from the Support Center within 14 days.

Thank you for using AWS Support.""" % (B_CASE, B_SUBJ)
    html = aws_html(txt, B_CASE).replace("[1 star] [2 stars] [3 stars] [4 stars] [5 stars]", " ".join(
        '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d">&#9733;</a>' % (B_CASE, i) for i in range(1, 6)))
    write("011-console-case-resolved-star-rating.eml",
          trace=transport("outlook", B_USER, d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_NOREPLY, to=B_USER, subject="Your AWS Support case %s has been resolved" % B_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "base64"),
          label=L("survey", B_CASE, [], True))

# ================================================================= thread C
# Chinese-English agent, form case, 10-digit id (2019), self-hosted mailbox without
# any Authentication-Results header (sender_verified null)
C_CASE = "6315027841"
C_USER = "lukas@schneider-it.de"
C_KEEP, C_GONE = "AWS00813527", "AWS01947702"


def c_trace(d, s):
    return transport(None, C_USER, d, s, relay="a9-31.smtp-out.amazonses.com", ip="54.240.9.31")


@mail
def m012():
    d = T("2019-09-03 02:18:40")
    s = "c012"
    txt = """Dear Lukas,

Hope this email finds you well.

For proceed your request, we need you kindly provide below information:
1. The email address you use to login each account.
2. Which account you want to keep as main account.

I have found the account AWS00813527 in our system, but for another account, seems the candidate ID you provided (AWS01947702) the name is not same as the first one, please kindly double check it and let us know.

Any question please feel free contact us.

Best Regards,
Yuqing
AWS Training and Certification

-----Original Message-----
Inquiry Type: Certification
Inquiry Detail: Account Merge
Candidate ID: AWS00813527
Message: hi, i passed SAA with my work mail and DVA with private mail, now i have 2 accounts AWS00813527 and AWS01947702. please merge, Lukas"""
    write("012-chinese-agent-kindly-provide-login-mail.eml",
          trace=c_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=C_USER, subject="RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, to_html(txt)),
          label=L("support_reply", C_CASE, [C_KEEP, C_GONE], None))


@mail
def m013():
    d = T("2019-09-05 01:55:02")
    s = "c013"
    txt = """Dear Lukas,

Thanks for your information.

Please kindly help to confirm below information is correct, after you confirm we will arrange the merge for you immediately.

Main account (keep): AWS00813527 / lukas@schneider-it.de
Account will merge into main account and then be closed: AWS01947702 / l.schneider@gmx.de

Notice: after merge, this operation can not rollback, and the closed account can not login anymore.

Waiting for your reply.

Best Regards,
Yuqing
AWS Training and Certification

On Wed, Sep 4, 2019 at 8:03 PM Lukas Schneider <lukas@schneider-it.de> wrote:
> Hello Yuqing,
> sorry, second account was created with my old name spelling "Lucas". Login
> mails: AWS00813527 = lukas@schneider-it.de, AWS01947702 = l.schneider@gmx.de.
> Please keep AWS00813527.
>
> > For proceed your request, we need you kindly provide below information:
> > 1. The email address you use to login each account.
> > 2. Which account you want to keep as main account."""
    write("013-chinese-agent-please-kindly-help-to-confirm.eml",
          trace=c_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=C_USER, subject="RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, to_html(txt), cte="base64"),
          label=L("merge_confirmation_requested", C_CASE, [C_KEEP, C_GONE], None))


@mail
def m014():
    d = T("2019-09-06 07:40:19")
    s = "c014"
    # charset label says gb2312 but the bytes are UTF-8 (curly apostrophe) - a wrong label
    txt = """Dear Lukas,

Your two accounts merge is finished already. Now you can use lukas@schneider-it.de login to account AWS00813527, all 3 certifications are showing in this account. The account AWS01947702 is closed, please don\u2019t use it again.

If any question, feel free to contact us.

Best Regards,
Yuqing
AWS Training and Certification"""
    write("014-chinese-agent-merge-is-finished-already.eml",
          trace=c_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=C_USER, subject="RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "utf-8", "8bit", label="gb2312"),
          label=L("merge_completed", C_CASE, [C_KEEP, C_GONE], None))


@mail
def m015():
    d = T("2019-09-06 07:41:02")
    s = "c015"
    txt = """Dear Customer,

Thank you for contacting AWS Training and Certification. Your case %s is now closed.

We would like to hear about your experience. Please take 1 minute to answer our short survey:
https://aws-tc-survey.amazon.com/s/?case=%s

This mailbox is not monitored. If you have a new question, please submit a new request on the contact form.

AWS Training and Certification""" % (C_CASE, C_CASE)
    write("015-closed-one-minute-survey-2019.eml",
          trace=c_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm='"AWS Training and Certification" <no-reply@amazon.com>', to=C_USER,
          subject="Case %s closed - tell us how we did" % C_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "us-ascii", "7bit"),
          label=L("survey", C_CASE, [], None))


# ================================================================= thread D
# Japanese agent (keigo), form case, 15-digit id, nifty mailbox
D_OPEN = T("2025-05-27 23:02:11")
D_CASE = case15(D_OPEN, "30519")
D_USER = "t-yamada@nifty.com"
D_KEEP, D_GONE = "AWS07265591", "AWS03390418"
D_SIG = """
--
AWS トレーニングと認定 カスタマーサポート
佐藤 美咲
Amazon Web Services"""


def d_trace(d, s):
    return transport("jp", D_USER, d, s, host="mx.nifty.com", relay="a11-87.smtp-out.amazonses.com", ip="54.240.11.87")


def jp_alt(plain, html_charset="utf-8", html_cte="base64"):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(tpart(plain, "plain", "iso-2022-jp", "7bit"))
    m.attach(tpart(to_html(plain, "font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px").replace(
        "charset=utf-8", "charset=" + html_charset), "html", html_charset, html_cte))
    return m


@mail
def m016():
    d = D_OPEN + timedelta(seconds=37)
    s = "d016"
    txt = """山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールはシステムより自動で送信しております。

お問い合わせを受け付け、以下のケースを作成いたしました。

ケース ID: %s
お問い合わせの種類: 認定 - アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますので、あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート""" % D_CASE
    write("016-japanese-form-ack-iso2022jp.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER,
          subject="【AWS トレーニングと認定】お問い合わせを受け付けました [CASE %s]" % D_CASE,
          subj_charset="iso-2022-jp", date=d, msgid=ses_msgid(d, s),
          body=jp_alt(txt, "iso-2022-jp", "7bit"),
          label=L("case_created", D_CASE, [], True, "ja"))


@mail
def m017():
    d = T("2025-05-29 01:36:48")
    s = "d017"
    txt = """山田 太郎 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
お客様のお名前で、以下の 2 つの認定アカウントが登録されていることを確認いたしました。

・AWS07265591(ログインメールアドレス: t-yamada@nifty.com)
・AWS03390418(ログインメールアドレス: taro.yamada@example-sier.co.jp)

統合にあたりまして、どちらのアカウントを存続させるご希望か、ご教示いただけますでしょうか。
なお、存続しない側のアカウントは統合後にご利用いただけなくなりますので、ご留意くださいませ。

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、お願い申し上げます。
""" + D_SIG
    write("017-japanese-agent-which-account-to-keep.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER, subject="RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=jp_alt(txt),
          label=L("support_reply", D_CASE, [D_KEEP, D_GONE], True, "ja"))


@mail
def m018():
    d = T("2025-05-30 00:12:05")
    s = "d018"
    txt = """山田 太郎 様

ご返信いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

いただいた内容に基づき、以下のとおりアカウントの統合を実施いたします。

統合元(統合後に無効となるアカウント): AWS03390418
統合先(存続するアカウント): AWS07265591

統合を実施いたしますと、元に戻すことはできかねます。
上記の内容にお間違いがなければ、その旨を本メールへご返信いただけますでしょうか。
ご確認いただけ次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。
""" + D_SIG + """

2025年5月29日(木) 21:15 山田 太郎 <t-yamada@nifty.com>:
> 佐藤様
>
> ご連絡ありがとうございます。
> 個人のアドレスの AWS07265591 を残していただきたいです。
> よろしくお願いいたします。
>
> > 統合にあたりまして、どちらのアカウントを存続させるご希望か、ご教示いただけますでしょうか。"""
    write("018-japanese-agent-integration-source-and-target.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER, subject="RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=jp_alt(txt, "iso-2022-jp", "quoted-printable"),
          label=L("merge_confirmation_requested", D_CASE, [D_KEEP, D_GONE], True, "ja"))


@mail
def m019():
    d = T("2025-05-30 06:44:31")
    s = "d019"
    txt = """山田 太郎 様

ご確認いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

承知いたしました。これより統合の手続きを進めてまいります。
完了までに 2 から 3 営業日ほどお時間を頂戴する場合がございます。
手続きが完了いたしましたら、改めてご連絡を差し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。
""" + D_SIG + """

2025年5月30日(金) 12:20 山田 太郎 <t-yamada@nifty.com>:
> 佐藤様
> 内容に間違いありません。統合をお願いいたします。
>
> > 統合元(統合後に無効となるアカウント): AWS03390418
> > 統合先(存続するアカウント): AWS07265591"""
    write("019-japanese-agent-proceeding-will-contact-again.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER, subject="RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "iso-2022-jp", "7bit"),
          label=L("support_reply", D_CASE, [], True, "ja"))


@mail
def m020():
    d = T("2025-06-02 02:58:16")
    s = "d020"
    txt = """山田 太郎 様

大変お待たせいたしました。
カスタマーサポートの佐藤でございます。

ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告申し上げます。
今後は AWS07265591(t-yamada@nifty.com)にてサインインいただけます。
統合元のアカウントに登録されていた認定資格および受験履歴は、すべて上記アカウントへ移行しております。

なお、Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。
ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
""" + D_SIG
    write("020-japanese-agent-integration-done-shiftjis.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER, subject="RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "shift_jis", "base64"),
          label=L("merge_completed", D_CASE, [D_KEEP], True, "ja"))


@mail
def m021():
    d = T("2025-06-02 03:00:40")
    s = "d021"
    txt = """山田 太郎 様

ケース %s はクローズされました。

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。
今回のサポートはいかがでしたでしょうか。サービス向上のため、簡単なアンケートへのご協力をお願いいたします。

問題は解決しましたか?   はい  /  いいえ

ケースのクローズから 14 日以内であれば、本メールにご返信いただくことでケースを再開できます。

AWS トレーニングと認定""" % D_CASE
    html = aws_html(txt, footer="Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。").replace(
        "はい  /  いいえ", '<a href="https://aws-tc-feedback.amazon.com/survey?case=%s&amp;r=yes&amp;lang=ja">はい</a> / '
        '<a href="https://aws-tc-feedback.amazon.com/survey?case=%s&amp;r=no&amp;lang=ja">いいえ</a>' % (D_CASE, D_CASE))
    write("021-japanese-case-closed-questionnaire.eml",
          trace=d_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=D_USER,
          subject="【AWS トレーニングと認定】ケースがクローズされました - サポートに関するアンケートのお願い (ケース %s)" % D_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "base64"),
          label=L("survey", D_CASE, [], True, "ja"))

# ================================================================= thread E
# Korean-English agent, console case, 15-digit id, Gmail recipient
E_OPEN = T("2025-08-18 05:40:12")
E_CASE = case15(E_OPEN, "21044")
E_USER = "lan.nguyen.cloud@gmail.com"
E_KEEP, E_GONE = "AWS11572904", "AWS10488237"
E_SUBJ = "Certification account merge request"


def e_trace(d, s):
    return transport("gmail", E_USER, d, s, relay="a48-112.smtp-out.amazonses.com", ip="54.240.48.112")


@mail
def m022():
    d = E_OPEN + timedelta(seconds=19)
    s = "e022"
    txt = """Hello,

We've opened case %s for your request. A support agent will respond through the Support Center.

Case ID: %s
Subject: %s
Severity: General question
Service: Training and Certification
Category: Certification account

You can view and update this case at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for contacting Amazon Web Services.

This email was sent from an address that can't receive replies.""" % (E_CASE, E_CASE, E_SUBJ, E_CASE)
    write("022-console-case-opened-short-template.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % E_CASE,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, E_CASE)),
          label=L("case_created", E_CASE, [], True))


@mail
def m023():
    d = T("2025-08-19 00:21:37")
    s = "e023"
    txt = """Hello Lan,

Thank you for contact AWS Support. I am Jiwon and I will help your case.

I am checking your request about the certification accounts. For the merge, please let me know which account you want to remain as main account between AWS11572904 and AWS10488237.

Also, I found there is one exam booking on account AWS10488237 (August 30). Before merge, this exam booking must be finished or cancelled, because scheduled exam is not possible to move to other account. Please understand this point.

When you decide, please reply in Support Center.

Best regards,
Jiwon K.
Amazon Web Services

""" + CONSOLE_FOOT % E_CASE
    write("023-korean-agent-which-remain-main-account.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, E_CASE), cte="base64"),
          label=L("support_reply", E_CASE, [E_KEEP, E_GONE], True))


@mail
def m024():
    d = T("2025-09-01 01:09:55")
    s = "e024"
    txt = """Hello Lan,

Thank you for your answer and congratulation for your exam result.

Please confirm below contents for the merge.

- Main account (remain): AWS11572904
- Merge account (will be removed after merge): AWS10488237

After merge is done, it is impossible to restore to before. If above contents is correct, please reply "Confirm" in this case. Then I will request merge to related team.

Best regards,
Jiwon K.
Amazon Web Services

""" + CONSOLE_FOOT % E_CASE
    write("024-korean-agent-please-confirm-below-contents.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, E_CASE)),
          label=L("merge_confirmation_requested", E_CASE, [E_KEEP, E_GONE], True))


@mail
def m025():
    d = T("2025-09-05 02:30:11")
    s = "e025"
    txt = """Hello Lan,

This is follow up for your case.

We did not receive your reply for my previous correspondence yet. If you still want to proceed, please reply to previous correspondence in Support Center. If there is no response during 5 days, this case will be closed automatically, but you can reopen it anytime.

Best regards,
Jiwon K.
Amazon Web Services

""" + CONSOLE_FOOT % E_CASE
    write("025-korean-agent-follow-up-no-reply-yet.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, E_CASE)),
          label=L("support_reply", E_CASE, [], True))


@mail
def m026():
    d = T("2025-09-09 07:51:26")
    s = "e026"
    txt = """Hello Lan,

Thank you for waiting.

Related team informed me that work for your two accounts is finished now. From now you can see all of your certifications in account AWS11572904, and account AWS10488237 is not used anymore. Your exam voucher benefit is also moved.

If you can not see Credly badge after few days, please tell me in this case.

Best regards,
Jiwon K.
Amazon Web Services

""" + CONSOLE_FOOT % E_CASE
    write("026-korean-agent-related-team-work-finished.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="RE:[CASE %s] %s" % (E_CASE, E_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, E_CASE), html_cte="base64"),
          label=L("merge_completed", E_CASE, [E_KEEP, E_GONE], True))


# ================================================================= thread F
# Spanish-English agent (Latin America), form case, 15-digit id, Outlook.es mailbox
F_OPEN = T("2025-01-20 16:05:48")
F_CASE = case15(F_OPEN, "77302")
F_USER = "rafa.ortega@outlook.es"
F_KEEP, F_GONE = "AWS08740013", "AWS05521876"


def f_trace(d, s):
    return transport("outlook", F_USER, d, s, relay="a8-59.smtp-out.amazonses.com", ip="54.240.8.59")


@mail
def m027():
    d = F_OPEN + timedelta(seconds=52)
    s = "f027"
    txt = """Thank you for your message.

We have received your request and created case %s. Our team usually responds within one business day.

Please reply to this message if you would like to add more details. Keep "[CASE %s]" in the subject so that your reply is added to the same case.

AWS Training and Certification Customer Service""" % (F_CASE, F_CASE)
    write("027-form-ack-one-business-day.eml",
          trace=f_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_FORM, to=F_USER, subject="[CASE %s] We received your request" % F_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "utf-8", "quoted-printable", fmt="flowed"),
          label=L("case_created", F_CASE, [], True))


@mail
def m028():
    d = T("2025-01-22 14:37:09")
    s = "f028"
    txt = """Dear Rafael,

Thank you for writing us. My name is Valentina and I will be attending your case.

I made the revision of your profiles and I can confirm that exist two certification accounts in your name. According to what you indicated us, the account AWS 05521876 will be absorbed into the account AWS 08740013, which is the one that will stay active with the email rafa.ortega@outlook.es.

Before to proceed, it is necessary that you confirm us by this same way that you are agree with this unification, since once it is realized it is not possible to revert it.

We remain attentive to your confirmation.

Cordially,

Valentina R.
AWS Training and Certification
Amazon Web Services"""
    write("028-spanish-agent-absorbed-into-confirm-us.eml",
          trace=f_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_FORM, to=F_USER, subject="RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("merge_confirmation_requested", F_CASE, [F_KEEP, F_GONE], True))


@mail
def m029():
    d = T("2025-01-22 20:11:45")
    s = "f029"
    txt = """Dear Rafael,

Thank you for your confirmation. We are going to proceed with the unification of the accounts; once it is finished we will let you know by this same way. The process can take until 3 working days.

Cordially,

Valentina R.
AWS Training and Certification
Amazon Web Services

________________________________
De: Rafael Ortega <rafa.ortega@outlook.es>
Enviado: miércoles, 22 de enero de 2025 12:02
Para: aws-cs-trainingcertification-form@amazon.com
Asunto: RE:[CASE %s] %s

Hola Valentina, yes I agree, please go ahead with the merge.

Rafael

> the account AWS 05521876 will be absorbed into the account AWS 08740013""" % (F_CASE, FORM_SUBJ)
    write("029-spanish-agent-we-are-going-to-proceed.eml",
          trace=f_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_FORM, to=F_USER, subject="RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="base64"),
          label=L("support_reply", F_CASE, [], True))


@mail
def m030():
    d = T("2025-01-24 15:26:30")
    s = "f030"
    txt = """Dear Rafael,

We inform you that the unification of your profiles was realized successfully. From now, all your certifications appear in the account AWS 08740013, and the account AWS 05521876 was deactivated.

We recommend you to verify in your account that your badges and your benefits are correct. In case of any inconvenient, do not hesitate to contact us.

It was a pleasure to attend you.

Cordially,

Valentina R.
AWS Training and Certification
Amazon Web Services"""
    write("030-spanish-agent-unification-realized-successfully.eml",
          trace=f_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm=AWS_FORM, to=F_USER, subject="RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("merge_completed", F_CASE, [F_KEEP, F_GONE], True))


@mail
def m031():
    d = T("2025-01-24 15:29:03")
    s = "f031"
    txt = """How did we do?

Your case %s with AWS Training and Certification has been closed.

Please tell us about your experience. The survey has 3 questions and takes less than 2 minutes:
https://aws-tc-feedback.amazon.com/survey?case=%s&src=email

Did we resolve your issue?  Yes / No
How satisfied are you with the agent who helped you? (1-5)

Thank you,
AWS Training and Certification""" % (F_CASE, F_CASE)
    write("031-how-did-we-do-three-questions.eml",
          trace=f_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)] + ms_extra(),
          frm='"AWS Training and Certification" <no-reply@amazon.com>', to=F_USER,
          subject="How did we do? Case %s" % F_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(txt, "plain", "utf-8", "quoted-printable"),
          label=L("survey", F_CASE, [], True))

# ================================================================= thread G
# Eastern-European English agent (dropped articles), form case, 15-digit id, Gmail
G_OPEN = T("2024-11-04 10:22:05")
G_CASE = case15(G_OPEN, "46190")
G_USER = "tomasz.wisniewski.pl@gmail.com"
G_KEEP, G_GONE = "AWS06637181", "AWS02259914"


def g_trace(d, s):
    return transport("gmail", G_USER, d, s, relay="a8-30.smtp-out.amazonses.com", ip="54.240.8.30")


@mail
def m032():
    d = G_OPEN + timedelta(seconds=28)
    s = "g032"
    txt = """We got your request

Case number: %s

What happens next: an agent will look at your request and answer you by email, usually within 24 hours. You don't need to do anything now.

Want to add something? Reply to this email. Please keep the case number in the subject line.

AWS Training and Certification""" % G_CASE
    html = aws_html(txt)
    write("032-form-ack-we-got-your-request-html-only.eml",
          trace=g_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=G_USER, subject="[CASE %s] Thank you for contacting AWS Training and Certification" % G_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "base64"),
          label=L("case_created", G_CASE, [], True))


@mail
def m033():
    d = T("2024-11-05 08:03:52")
    s = "g033"
    txt = """Hello Tomasz,

Thank you for contacting AWS Training and Certification.

In your request you wrote only account AWS06637181. To process merge request, please provide following information:

- candidate ID or login e-mail of second account
- login e-mail of account AWS06637181
- reason why two accounts were created

Without this information we are not able to continue with request. Please answer to this e-mail and do not create new case, then request will go faster.

Best regards,
Milena P.
AWS Training and Certification
Amazon Web Services"""
    write("033-eastern-european-agent-provide-following-information.eml",
          trace=g_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=G_USER, subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="quoted-printable"),
          label=L("support_reply", G_CASE, [G_KEEP], True))


@mail
def m034():
    d = T("2024-11-06 09:15:40")
    s = "g034"
    txt = """Hello Tomasz,

Thank you for information.

Please confirm that account AWS02259914 (tomasz.w@softline-krakow.pl) will be joined to account AWS06637181 (tomasz.wisniewski.pl@gmail.com). After this operation account AWS02259914 will be closed and it is not possible to restore it. All certifications and exam history will be moved to account AWS06637181.

If everything is correct, please write us "I confirm" in answer to this e-mail.

Best regards,
Milena P.
AWS Training and Certification
Amazon Web Services

-----Original Message-----
From: Tomasz Wisniewski <tomasz.wisniewski.pl@gmail.com>
Sent: Tuesday, November 5, 2024 3:41 PM
Subject: Re: RE:[CASE %s] %s

Hi Milena,
second account is AWS-02259914, login tomasz.w@softline-krakow.pl (old job, company made it for me).
AWS06637181 login is this gmail. Keep the gmail one please.
Tomasz

> -----Original Message-----
> In your request you wrote only account AWS06637181.""" % (G_CASE, FORM_SUBJ)
    write("034-eastern-european-agent-will-be-joined-to.eml",
          trace=g_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=G_USER, subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="base64"),
          label=L("merge_confirmation_requested", G_CASE, [G_KEEP, G_GONE], True))


@mail
def m035():
    d = T("2024-11-08 12:48:03")
    s = "g035"
    txt = """Hello Tomasz,

Accounts are merged. All certificates are now on account AWS06637181, you can check it after login in CertMetrics. Old account is closed.

If some badges in Credly are missing after 2-3 days, write us. Case will be closed now.

Best regards,
Milena P.
AWS Training and Certification
Amazon Web Services"""
    write("035-eastern-european-agent-accounts-are-merged.eml",
          trace=g_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=G_USER, subject="RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("merge_completed", G_CASE, [G_KEEP], True))


@mail
def m036():
    d = T("2024-11-08 12:50:11")
    s = "g036"
    stars = " ".join('<a href="https://aws-tc-feedback.amazon.com/rate?c=%s&amp;s=%d" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' % (G_CASE, i) for i in range(1, 6))
    html = aws_html("""Hi,

Your case %s is closed.

How would you rate your experience with AWS Training and Certification Customer Service?

STARS

1 = very dissatisfied, 5 = very satisfied

Your answers are anonymous and help us to improve.""" % G_CASE).replace("STARS", stars)
    write("036-case-closed-rate-experience-stars.eml",
          trace=g_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=G_USER, subject="Rate your experience - case %s" % G_CASE,
          date=d, msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "quoted-printable"),
          label=L("survey", G_CASE, [], True))


# ================================================================= thread H
# machine-translated English (Portuguese agent through a translator), form case, Gmail
H_OPEN = T("2025-10-06 13:47:26")
H_CASE = case15(H_OPEN, "60158")
H_USER = "felipe.araujo.dev@gmail.com"
H_KEEP, H_GONE = "AWS13385016", "AWS12093348"


def h_trace(d, s):
    return transport("gmail", H_USER, d, s, relay="a8-94.smtp-out.amazonses.com", ip="54.240.8.94")


@mail
def m037():
    d = H_OPEN + timedelta(seconds=33)
    s = "h037"
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request was received and case %s was created.

What to expect
- An agent will reply to this email address, normally within 24 hours.
- To add information, reply to this email without changing the subject.
- Please do not submit another request for the same issue.

AWS Training and Certification""" % H_CASE
    html = aws_html(txt)
    write("037-form-ack-what-to-expect.eml",
          trace=h_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=H_USER, subject="[CASE %s] %s" % (H_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=tpart(html, "html", "utf-8", "base64"),
          label=L("case_created", H_CASE, [], True))


@mail
def m038():
    d = T("2025-10-07 18:20:14")
    s = "h038"
    txt = """Hello Felipe,

Thank you for contacting with us.

Before to follow with the request of your accounts, we need to verify a point about the voucher of 50% of discount. In the account AWS 12093348 exists a voucher of discount not used that expires in the day 15/11/2025. Vouchers not used can be lost in the moment of the union of the accounts.

You desire to use the voucher before, or do you accept to lose it? Please respond us this question so that we can give continuity.

We stay to the disposal.

Att.,
Juliana M.
AWS Training and Certification"""
    write("038-machine-translated-voucher-question.eml",
          trace=h_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=H_USER, subject="RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("support_reply", H_CASE, [H_GONE], True))


@mail
def m039():
    d = T("2025-10-13 12:05:39")
    s = "h039"
    txt = """Hello Felipe,

We thank the return.

We ask that you confirm to us the fusion of the following accounts:

Account of origin (will be eliminated): AWS 12093348
Account of destination (will remain): AWS 13385016

The fusion is irreversible. If the data are correct, respond this email with the word CONFIRM and we will realize the procedure.

We stay to the disposal.

Att.,
Juliana M.
AWS Training and Certification

Em seg., 13 de out. de 2025 às 08:41, Felipe Araujo <felipe.araujo.dev@gmail.com> escreveu:
> Hi Juliana, I already used the voucher on 10/10, passed the exam :) you can continue.
> Keep AWS13385016 please."""
    write("039-machine-translated-fusion-of-accounts.eml",
          trace=h_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=H_USER, subject="RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt), cte="quoted-printable", html_cte="base64"),
          label=L("merge_confirmation_requested", H_CASE, [H_KEEP, H_GONE], True))


@mail
def m040():
    d = T("2025-10-15 19:33:08")
    s = "h040"
    txt = """Hello Felipe,

We communicate that the consolidation of your accounts was concluded with success. Your certifications now are in the account AWS 13385016 and the account of origin was deactivated.

The badges of Credly can take until 72 hours to appear.

We thank the contact.

Att.,
Juliana M.
AWS Training and Certification"""
    write("040-machine-translated-consolidation-concluded.eml",
          trace=h_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_FORM, to=H_USER, subject="RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("merge_completed", H_CASE, [H_KEEP], True))


# ================================================================= thread I
# duplicate case: form case never answered, user opens a console case a week later
I_OLD_OPEN = T("2025-04-07 11:02:40")
I_OLD = case15(I_OLD_OPEN, "19273")
I_OPEN = T("2025-04-14 16:55:03")
I_CASE = case15(I_OPEN, "02688")
I_USER = "emily.carter.aws@gmail.com"
I_SUBJ = "Follow up - account merge request, no response"


def i_trace(d, s):
    return transport("gmail", I_USER, d, s, relay="a8-53.smtp-out.amazonses.com", ip="54.240.8.53")


@mail
def m041():
    d = I_OPEN + timedelta(seconds=14)
    s = "i041"
    txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I submitted the certification contact form a week ago (case %s) asking to merge my two certification accounts and never heard back. Could someone please look at it?

We will get back to you as quickly as possible.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services""" % (I_CASE, I_CASE, I_SUBJ, I_OLD, I_CASE)
    write("041-console-opened-case-mentions-older-case.eml",
          trace=i_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=I_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % I_CASE,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, I_CASE), cte="base64"),
          label=L("case_created", I_CASE, [], True))


@mail
def m042():
    d = T("2025-04-15 05:12:49")
    s = "i042"
    txt = """Hello Emily,

Thank you for contacting AWS Support and apologies for the delay caused in responding to your earlier request.

I could see that you already have an existing case %s opened for the same merge request of the accounts AWS 03318872 and AWS 07719054. In order to avoid duplicate efforts, I have prioritized the existing case and the concerned team will reach out to you on that case within 24-48 hours with the next steps.

Hence, I will be marking this case as resolved. Kindly do not reply on this case and please keep a watch on your inbox (including the spam folder) for the e-mail from aws-cs-trainingcertification-form@amazon.com.

Thanks for your patience and understanding.

Best regards,
Rohit S.
Amazon Web Services

""" % I_OLD + CONSOLE_FOOT % I_CASE
    write("042-indian-agent-duplicate-case-existing-one.eml",
          trace=i_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=I_USER, subject="RE:[CASE %s] %s" % (I_CASE, I_SUBJ),
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, I_CASE)),
          label=L("support_reply", I_CASE, ["AWS03318872", "AWS07719054"], True))


# ================================================================= thread J
# three accounts, Russian-English agent, console case, 11-digit id (2022), Yandex mailbox
J_CASE = "11208573346"
J_USER = "ivan.petrenko@yandex.ru"


@mail
def m043():
    d = T("2022-03-16 07:44:21")
    s = "j043"
    txt = """Hello Ivan,

Thank you for waiting.

We kindly ask you to confirm merging of three accounts. Accounts aws04410297 and aws 09902135 will be merged into account AWS08815563 (this one will stay). After merge, two first accounts will be closed and impossible to restore them. All certifications and exam history will be on account AWS08815563, login e-mail ivan.petrenko@yandex.ru.

Please confirm in answer on this correspondence. Without confirmation we can not start.

With best regards,
Dmitrij V.
Amazon Web Services

""" + CONSOLE_FOOT % J_CASE
    write("043-russian-agent-three-accounts-confirm.eml",
          trace=transport("jp", J_USER, d, s, host="mxfront2o.mail.yandex.net", tz=timezone(timedelta(hours=3)),
                          relay="a8-124.smtp-out.amazonses.com", ip="54.240.8.124"),
          dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=J_USER, subject="RE:[CASE %s] Merge of certification accounts (3 accounts)" % J_CASE,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, J_CASE), cte="quoted-printable"),
          label=L("merge_confirmation_requested", J_CASE, ["AWS04410297", "AWS09902135", "AWS08815563"], True))

# ================================================================= Credly
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_trace(provider, rcpt, d, s, **kw):
    mf = "bounces+%d-%s-%s@em6190.credly.com" % (RND.randint(1000000, 9999999), hexs(4, s), rcpt.replace("@", "="))
    return transport(provider, rcpt, d, s, from_dom="credly.com", mailfrom=mf,
                     relay="o%d.ptr%d.credly.com" % (RND.randint(1, 9), RND.randint(1000, 9999)),
                     ip="149.72.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254)),
                     dkim_list=(("credly.com", "pass"), ("sendgrid.info", "pass")), dmarc_policy="REJECT", **kw)


def credly_dkim(d, s, dom="credly.com"):
    return [dkim(None, dom, "s1", d, s, headers="from:to:subject:mime-version:content-type:cc:content-type:from:subject:to",
                 c="relaxed/relaxed")]


def credly_msgid(d, s, dom="credly.com"):
    return "<%s%s_%s@credly-mailer-%d.mail>" % (hexs(13, s), "", hexs(12, s + "m"), RND.randint(1, 20)) if dom == "credly.com" \
        else "<%s.%s@%s>" % (hexs(16, s), int(d.timestamp()), dom)


def credly_html(greeting, lead, badge, button, url, extra=""):
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:4px">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e5e5e5"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:32px;color:#303030;font-size:16px;line-height:24px">
<h1 style="font-size:24px;margin:0 0 16px">%s</h1>
<p>%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/e3c9d5a8-aws-cert.png" width="170" alt="%s"><br><strong>%s</strong><br><span style="color:#767676">Issued by Amazon Web Services Training and Certification</span></p>
%s
<p style="text-align:center;margin:32px 0"><a href="%s" style="background:#ff6b00;color:#ffffff;padding:14px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#767676;border-top:1px solid #e5e5e5">Credly, Inc. &middot; 1 Pearl St, Suite 200 &middot; Brooklyn, NY 11201<br>
You are receiving this email because a badge was issued to this address. <a href="https://www.credly.com/notification_preferences">Notification preferences</a></td></tr>
</table></td></tr></table></body></html>
""" % (greeting, lead, esc(badge), esc(badge), extra, url, button)


@mail
def m044():
    d = T("2025-03-16 02:14:05")
    s = "k044"
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hexs(8, s), hexs(4, s + "a"), hexs(4, s + "b"), hexs(4, s + "c"), hexs(12, s + "d"))
    txt = """Congratulations, Marco!

Amazon Web Services Training and Certification has issued you a new badge: %s.

Accept your badge to share it on LinkedIn, add it to your email signature and let employers verify your achievement:
%s

Credly, Inc. - 1 Pearl St, Suite 200 - Brooklyn, NY 11201""" % (badge, url)
    html = credly_html("Congratulations, Marco!", "Amazon Web Services Training and Certification has issued you a new badge.",
                       badge, "Accept your badge", url)
    write("044-credly-new-badge-accept.eml",
          trace=credly_trace("gmail", A_USER, d, s), dkim_sigs=credly_dkim(d, s),
          frm=CREDLY_FROM, to=A_USER, subject="Amazon Web Services Training and Certification has issued you a new badge",
          date=d, msgid=credly_msgid(d, s), body=alt(txt, html),
          label=L("credly_badge_issued", None, [], True))


@mail
def m045():
    d = T("2019-09-07 16:22:51")
    s = "k045"
    badge = "AWS Certified Developer - Associate"
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % hexs(36, s)
    txt = """Lukas, you've earned a badge!

Amazon Web Services Training and Certification has issued you the %s badge. The badge is ready for you to accept.

Accept Badge: %s

Once accepted, you can share your badge on social networks and in your email signature.

Acclaim | Credly, Inc.""" % (badge, url)
    html = credly_html("Lukas, you've earned a badge!", "Amazon Web Services Training and Certification has issued you a badge. It is ready for you to accept.",
                       badge, "Accept Badge", url).replace("credly-logo", "acclaim-logo")
    write("045-acclaim-badge-ready-to-accept-2019.eml",
          trace=transport(None, C_USER, d, s, relay="o3.email.youracclaim.com", ip="167.89.12.44"),
          dkim_sigs=credly_dkim(d, s, "youracclaim.com"),
          frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to=C_USER,
          subject="Lukas, you've earned the AWS Certified Developer - Associate badge",
          date=d, msgid=credly_msgid(d, s, "youracclaim.com"), body=alt(txt, html, cte="base64"),
          label=L("credly_badge_issued", None, [], None))


@mail
def m046():
    d = T("2024-11-09 18:40:27")
    s = "k046"
    url = "https://www.credly.com/users/tomasz-wisniewski.%s/badges" % hexs(6, s)
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Developer \u2013 Associate"]
    txt = """Hi Tomasz,

Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued 2 badges to this email address:

- %s
- %s

These badges were previously held under a different email address. Accept them to add them to your Credly profile:
%s

Questions? Visit support.credly.com.

Credly, Inc.""" % (badges[0], badges[1], url)
    html = credly_html("Your badges have been moved", "Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued 2 badges to this email address.",
                       badges[0], "Accept your badges", url,
                       extra="<p style=\"text-align:center\"><strong>%s</strong></p>" % esc(badges[1]))
    write("046-credly-badges-moved-after-account-merge.eml",
          trace=credly_trace("gmail", G_USER, d, s), dkim_sigs=credly_dkim(d, s),
          frm=CREDLY_FROM, to=G_USER, subject="2 badges from Amazon Web Services Training and Certification are waiting for you",
          date=d, msgid=credly_msgid(d, s), body=alt(txt, html, html_cte="base64"),
          label=L("credly_badge_issued", None, [], True))


@mail
def m047():
    d = T("2025-06-04 09:03:40")
    s = "k047"
    badge = "AWS Certified Data Engineer \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s" % hexs(36, s)
    html = credly_html("Your badge is ready", "Taro, a badge from Amazon Web Services Training and Certification has been issued to you and is ready to accept.",
                       badge, "Accept badge", url)
    write("047-credly-badge-ready-html-only.eml",
          trace=credly_trace("jp", D_USER, d, s, host="mx.nifty.com"), dkim_sigs=credly_dkim(d, s),
          frm=CREDLY_FROM, to=D_USER, subject="Taro, your %s badge is ready" % badge,
          date=d, msgid=credly_msgid(d, s), body=tpart(html, "html", "utf-8", "base64"),
          label=L("credly_badge_issued", None, [], True))


@mail
def m048():
    d = T("2025-09-10 11:27:14")
    s = "k048"
    url = "http://credly-badge-transfer.com/accept?u=%s" % hexs(20, s)
    txt = """Dear Lan Nguyen,

After your AWS Certification account merge (AWS 10488237 -> AWS 11572904), your 3 digital badges was transferred and issued to your new profile.

To keep the badges please accept them in 48 hours, otherwise the badges will be revoked permanent:
%s

Credly Badge Team""" % url
    html = credly_html("Your badges was transferred", "After your AWS Certification account merge (AWS 10488237 -&gt; AWS 11572904), your 3 digital badges was transferred and issued to your new profile. Accept in 48 hours or badges will be revoked permanent.",
                       "AWS Certified Solutions Architect - Associate", "Accept badges now", url)
    write("048-lookalike-credly-badges-transferred-48-hours.eml",
          trace=transport("gmail", E_USER, d, s, from_dom="credly-badge-transfer.com",
                          mailfrom="info@credly-badge-transfer.com", relay="mail.credly-badge-transfer.com", ip="185.213.27.66",
                          dkim_list=(("credly-badge-transfer.com", "pass"),), dmarc="pass", dmarc_policy="NONE"),
          dkim_sigs=credly_dkim(d, s, "credly-badge-transfer.com"),
          frm='"Credly via AWS Training" <badges@credly-badge-transfer.com>', to=E_USER,
          subject="Accept your transferred badges after account merge",
          date=d, msgid=credly_msgid(d, s, "credly-badge-transfer.com"), body=alt(txt, html),
          label=L("credly_badge_issued", None, [E_KEEP, E_GONE], False))


@mail
def m049():
    d = T("2023-06-23 14:55:09")
    s = "k049"
    badge = "AWS Certified SysOps Administrator \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s" % hexs(36, s)
    txt = """Dariusz, your badge is waiting

Amazon Web Services Training and Certification issued you the %s badge. Claim it now to showcase your skills.

Accept your badge: %s

Credly, Inc.""" % (badge, url)
    html = credly_html("Dariusz, your badge is waiting", "Amazon Web Services Training and Certification issued you a badge. Claim it now to showcase your skills.",
                       badge, "Accept your badge", url)
    write("049-credly-badge-waiting-outlook.eml",
          trace=credly_trace("outlook", B_USER, d, s), dkim_sigs=credly_dkim(d, s), extra=ms_extra(),
          frm=CREDLY_FROM, to=B_USER, subject="Dariusz, your badge from Amazon Web Services Training and Certification is waiting",
          date=d, msgid=credly_msgid(d, s), body=alt(txt, html, cte="quoted-printable", html_cte="base64"),
          label=L("credly_badge_issued", None, [], True))

# ================================================================= unrelated look-alikes
@mail
def m050():
    # Amazon Seller Central case about merging *seller* accounts - not the AWS flow
    d = T("2025-04-22 10:31:08")
    s = "u050"
    cid = "6021749935"
    txt = """Hello,

Greetings from Amazon Selling Partner Support.

I understand that you wish to merge your two seller accounts (Merchant Token A2K9X7Q1LMN3PZ and A31YH0D8TQ6RW5) in to single account as both are belonging to the same business. I have gone through your case and kindly be informed that as per the policy, the accounts can be linked under Global Selling only, the inventory and reviews cannot be transferred from one account to another.

If you still want to close the second account, kindly revert back with the written confirmation from the primary account owner and we will do the needful.

We value your feedback. Please share your experience by rating this and other emails using the links below.

Thank you for selling with Amazon,
Deepak R.
Amazon Selling Partner Support

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s""" % cid
    write("050-seller-central-merge-seller-accounts-case.eml",
          trace=transport("gmail", I_USER, d, s, relay="a9-104.smtp-out.amazonses.com", ip="54.240.9.104"),
          dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=I_USER,
          subject="RE:[CASE %s] Merge two seller accounts of same business" % cid,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, to_html(txt), cte="quoted-printable"),
          label=L("unrelated", cid, [], True))


@mail
def m051():
    # other AWS support case of the same user: quota increase, "merged" two requests
    opened = T("2025-07-02 03:12:48")
    cid = case15(opened, "55091")
    d = T("2025-07-02 09:47:20")
    s = "u051"
    txt = """Hello Lan,

Thank you for contact AWS Support.

I see you have submitted two requests for same quota, so I merged them into this one case for easy tracking. Your request of quota increase for "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in region ap-southeast-1 from 32 to 128 vCPU is approved and now reflected in your account.

Please allow around 30 minutes before new quota is effective. You can check the value in Service Quotas console.

Best regards,
Wei L.
Amazon Web Services

""" + CONSOLE_FOOT % cid
    write("051-quota-increase-case-two-requests-merged.eml",
          trace=e_trace(d, s), dkim_sigs=aws_dkim(d, s), extra=[feedback(s)],
          frm=AWS_NOREPLY, to=E_USER, subject="RE:[CASE %s] Limit Increase: EC2 Instances" % cid,
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt, cid)),
          label=L("unrelated", cid, [], True))


@mail
def m052():
    d = T("2025-04-02 15:00:12")
    s = "u052"
    txt = """Dear Marco Bianchi,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion helps shape the future of AWS Certification. Please take 10 minutes to complete our annual candidate survey:
https://www.certmetrics.com/amazon/survey/candidate.aspx?t=%s

AWS Candidate ID: AWS09163340

This survey is voluntary and your responses are confidential.

AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.""" % hexs(24, s)
    write("052-certmetrics-wants-to-hear-from-you.eml",
          trace=transport("gmail", A_USER, d, s, from_dom="certmetrics.com", mailfrom="bounce@mail.certmetrics.com",
                          relay="mail.certmetrics.com", ip="198.2.181.40", dkim_list=(("certmetrics.com", "pass"),),
                          dmarc_policy="NONE"),
          dkim_sigs=[dkim(None, "certmetrics.com", "k1", d, s)],
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=A_USER,
          subject="AWS Certification wants to hear from you",
          date=d, msgid="<%s@certmetrics.com>" % hexs(32, s), body=alt(txt, to_html(txt)),
          label=L("unrelated", None, [A_NEW], False))


@mail
def m053():
    d = T("2025-08-19 12:08:33")
    s = "u053"
    txt = """Pearson VUE Confirmation of Booking

Dear Lan Nguyen,

Thank you for scheduling your exam. Please keep this email for your records.

Candidate ID: AWS10488237
Registration ID: 489271533
Exam: SAA-C03: AWS Certified Solutions Architect \u2013 Associate
Date and time: Saturday, August 30, 2025 \u2013 09:00 AM (Asia/Ho_Chi_Minh)
Delivery method: Online (OnVUE)

Before the exam, run the system test on the computer you will use for the exam. Check-in opens 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE"""
    write("053-pearson-vue-confirmation-of-booking.eml",
          trace=transport("gmail", E_USER, d, s, from_dom="pearson.com", mailfrom="bounce-7731@mail.pearsonvue.com",
                          relay="mail-dm6nam10.outbound.protection.outlook.com", ip="40.107.93.83",
                          dkim_list=(("pearson.com", "pass"),), dmarc_policy="REJECT"),
          dkim_sigs=[dkim(None, "pearson.com", "selector1", d, s)],
          frm='"Pearson VUE" <PearsonVUEConfirmation@pearson.com>', to=E_USER,
          subject="Pearson VUE Confirmation of Booking",
          date=d, msgid="<%s@pearson.com>" % hexs(24, s),
          body=alt(txt, to_html(txt).replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252", cte="quoted-printable"),
          label=L("unrelated", None, [E_GONE], False))


@mail
def m054():
    d = T("2025-10-06 13:31:02")
    s = "u054"
    txt = """Verify your AWS Builder ID email address

Thanks for signing up for an AWS Builder ID. To finish creating your profile, enter this verification code:

Verification code: 482913

This code expires 10 minutes after it was sent.

If you didn't request this code, you can ignore this email.

Amazon Web Services"""
    write("054-builder-id-verification-code.eml",
          trace=transport("gmail", H_USER, d, s, from_dom="signin.aws", relay="a8-18.smtp-out.amazonses.com", ip="54.240.8.18",
                          dkim_list=(("signin.aws", "pass"), ("amazonses.com", "pass"))),
          dkim_sigs=[dkim(None, "signin.aws", "ee8cerkbdgwgvhd6gv3ixr3bqfoxxatd", d, s)], extra=[feedback(s)],
          frm='"AWS Builder ID" <no-reply@signin.aws>', to=H_USER,
          subject="Verify your AWS Builder ID email address",
          date=d, msgid=ses_msgid(d, s), body=alt(txt, aws_html(txt)),
          label=L("unrelated", None, [], True))


@mail
def m055():
    d = T("2024-11-07 13:22:45")
    s = "u055"
    txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/cloudguild/cert-tracker/pull/42#event-%d
You are receiving this because you were mentioned.

Message ID: <cloudguild/cert-tracker/pull/42/issue_event/%d@github.com>""" % (15123456789, 15123456789)
    html = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/cloudguild/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/cloudguild/cert-tracker/pull/42#event-15123456789">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>
"""
    write("055-github-pr-merge-duplicate-accounts-roster.eml",
          trace=transport("gmail", G_USER, d, s, from_dom="github.com", mailfrom="noreply@github.com",
                          relay="out-21.smtp.github.com", ip="192.30.252.204", dkim_list=(("github.com", "pass"),),
                          dmarc_policy="REJECT"),
          dkim_sigs=[dkim(None, "github.com", "pf2023", d, s)],
          frm='"Agnieszka Nowak" <notifications@github.com>', to="cloudguild/cert-tracker <cert-tracker@noreply.github.com>",
          cc="Tomasz Wisniewski <tomasz.wisniewski.pl@gmail.com>, Mention <mention@noreply.github.com>",
          reply_to="cloudguild/cert-tracker <reply+AB3KQ%s@reply.github.com>" % hexs(20, s).upper(),
          subject="Re: [cloudguild/cert-tracker] Merge duplicate AWS certification accounts in team roster (PR #42)",
          date=d, msgid="<cloudguild/cert-tracker/pull/42/issue_event/15123456789@github.com>",
          in_reply_to="<cloudguild/cert-tracker/pull/42@github.com>", references="<cloudguild/cert-tracker/pull/42@github.com>",
          body=alt(txt, html), label=L("unrelated", None, [], False))


@mail
def m056():
    d = T("2025-09-12 08:15:51")
    s = "u056"
    url = "https://www.credly.com/account/merge/confirm?token=%s" % hexs(40, s)
    txt = """Hi Lan,

We received a request to merge another Credly account (lan.nguyen@saigon-dataworks.vn) into this account.

Your verification code is: 739201

Enter the code on the merge page or click the button below to finish.

Complete Account Merge: %s

If you did not request this, you can ignore this email and nothing will change.

Credly Support""" % url
    html = credly_html("Confirm your account merge", "We received a request to merge another Credly account (lan.nguyen@saigon-dataworks.vn) into this account. Your verification code is: <strong>739201</strong>",
                       "Credly", "Complete Account Merge", url)
    write("056-credly-self-service-account-merge-code.eml",
          trace=credly_trace("gmail", E_USER, d, s), dkim_sigs=credly_dkim(d, s),
          frm='"Credly" <admin@credly.com>', to=E_USER, subject="Your Credly account merge verification code",
          date=d, msgid=credly_msgid(d, s), body=alt(txt, html),
          label=L("unrelated", None, [], True))


@mail
def m057():
    d = T("2025-12-01 17:40:09")
    s = "u057"
    badge = "AWS Certified Cloud Practitioner"
    url = "https://www.credly.com/earner/earned/badge/%s" % hexs(36, s)
    txt = """Hi Dariusz,

Your %s badge from Amazon Web Services Training and Certification will expire on March 1, 2026.

To keep your credential active, complete the recertification requirements before the expiration date. Learn more: https://aws.amazon.com/certification/recertification/

View badge: %s

Credly, Inc.""" % (badge, url)
    html = credly_html("Your badge expires in 90 days", "Your badge from Amazon Web Services Training and Certification will expire on March 1, 2026.",
                       badge, "View badge", url)
    write("057-credly-badge-expires-in-90-days.eml",
          trace=credly_trace("outlook", B_USER, d, s), dkim_sigs=credly_dkim(d, s), extra=ms_extra(),
          frm=CREDLY_FROM, to=B_USER, subject="Your AWS Certified Cloud Practitioner badge expires in 90 days",
          date=d, msgid=credly_msgid(d, s), body=alt(txt, html, html_cte="base64"),
          label=L("unrelated", None, [], True))


@mail
def m058():
    d = T("2025-10-20 04:12:37")
    s = "u058"
    txt = """Dear AWS Candidate,

We regret to inform that your exam result of SAA-C03 has been revoked due to irregular activity was detected by our proctor team.

For appeal the decision, you must verify your identity and to pay the review fee of USD 35 in 48 hour, otherwise your certification and all badge will be permanently cancel.

Verify now: http://aws-exam-review.net/appeal?id=%s

Regards,
AWS Certification Integrity Team""" % hexs(12, s)
    write("058-phish-exam-result-revoked-review-fee.eml",
          trace=transport("gmail", H_USER, d, s, from_dom="aws-exam-review.net", mailfrom="noreply@srv1.aws-exam-review.net",
                          relay="srv1.aws-exam-review.net", ip="91.215.85.12", dkim_list=(), spf="softfail",
                          dmarc=None, arc=False),
          frm='"AWS Certification" <integrity@aws-exam-review.net>', to=H_USER,
          subject="Urgent: Your AWS Certification exam result is revoked",
          date=d, msgid="<%s@srv1.aws-exam-review.net>" % hexs(20, s), xmailer="PHPMailer 6.8.0",
          body=alt(txt, to_html(txt), cte="base64"),
          label=L("unrelated", None, [], False))


@mail
def m059():
    # spoofed From amazon.com; top (trusted) verdict dmarc=fail, forged "pass" header lower down
    fake_open = T("2025-03-15 01:13:08")
    cid = case15(fake_open, "04421")
    d = T("2025-03-17 06:55:40")
    s = "p059"
    forged = [("Received", "from mail-relay.srv-notify.top (unknown [45.137.21.9])\n\tby srv-notify.top (Postfix) with ESMTP id 9F2A11C0\n\t; Mon, 17 Mar 2025 06:55:38 +0000"),
              ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=6gbrjpgwjsk;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")]
    txt = """Dear Customer,

Your AWS Certification accounts merge has been completed successfully.

For finalize the process and to avoid lose of your certifications and benefits, you must login and verify your profile in next 24 hours:
http://aws-certmetrics-verify.com/login?case=%s

If you not verify, the merged account will be locked for security reason.

Best regards,
AWS Training and Certification
Amazon Web Services""" % cid
    write("059-spoofed-merge-completed-dmarc-fail.eml",
          trace=transport("gmail", A_USER, d, s, mailfrom="bounce@srv-notify.top", relay="mail-relay.srv-notify.top",
                          ip="45.137.21.9", dkim_list=(), spf="pass", dmarc="fail", arc=False, extra_ar=forged),
          frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] Account merge completed - action required" % cid,
          date=d, msgid="<%s@srv-notify.top>" % hexs(24, s),
          body=alt(txt, aws_html(txt)),
          label=L("merge_completed", cid, [], False))


@mail
def m060():
    opened = T("2025-04-16 03:41:17")
    cid = case15(opened, "00153")
    d = T("2025-04-16 07:02:50")
    s = "p060"
    txt = """Dear Candidate,

Good day! We detect two certification profile registered under your name: AWS 03318872 and AWS 07719054.

To comply with policy of one candidate one account, kindly confirm that the profile AWS 03318872 will be merge into AWS 07719054 by login in below portal within 24 hours, otherwise both account will be suspended and exam results will be hold.

Confirm merge: https://aws-certification-desk.com/merge/confirm?c=%s

Thank you for your kind understanding.

AWS Certification Support Desk""" % cid
    write("060-lookalike-domain-confirm-merge-24-hours.eml",
          trace=transport("gmail", I_USER, d, s, from_dom="aws-certification-desk.com", mailfrom="support@aws-certification-desk.com",
                          relay="mail.aws-certification-desk.com", ip="193.149.176.22",
                          dkim_list=(("aws-certification-desk.com", "pass"),), dmarc_policy="NONE"),
          dkim_sigs=[dkim(None, "aws-certification-desk.com", "default", d, s)],
          frm='"AWS Certification Support" <support@aws-certification-desk.com>', to=I_USER,
          subject="[CASE %s] Action Required: Confirm your certification account merge" % cid,
          date=d, msgid="<%s@aws-certification-desk.com>" % hexs(24, s),
          body=alt(txt, aws_html(txt), cte="quoted-printable"),
          label=L("merge_confirmation_requested", cid, ["AWS03318872", "AWS07719054"], False))

# ---- END OF MAILS ----


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
