#!/usr/bin/env python3
"""Generator for blind set 268: AWS Certification account-merge mailbox (paraphrase round).

Run: python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(268)
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Stockholm")
LABELS = {}
COUNTER = [0]


# ---------------------------------------------------------------- utilities
def T(s):
    """'2025-03-10 09:14:22' (UTC) -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def case15(opened, suffix):
    return "%d%s" % (int(T(opened).timestamp()), suffix)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ses_msgid(dt, region="email"):
    ms = int(dt.timestamp() * 1000)
    prefix = "0100" if region in ("email", "us-east-1") else "0101"
    dom = "email.amazonses.com" if region == "email" else "%s.amazonses.com" % region
    return "<%s%012x-%s-000000@%s>" % (prefix, ms, ruuid(), dom)


def ses_bounce(dt):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, ruuid())


def fmt(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def rcvdate(dt, tz):
    d = dt.astimezone(tz)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)").replace(" 0", " ", 1) if False else \
        "%s, %d %s %s (%s)" % (d.strftime("%a"), d.day, d.strftime("%b %Y %H:%M:%S"), d.strftime("%z"), d.strftime("%Z"))


def dkim_sig(d, s, headers, dt):
    t = int(dt.timestamp())
    h = ":".join(headers)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=="
            % (s, d, t, h, rb64(43), rb64(64), rb64(64), rb64(42)))


# ---------------------------------------------------------------- MIME parts
CODEC = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp", "us-ascii": "ascii"}


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, raw=None):
    """One text part. label = charset written in the header (may be wrong on purpose)."""
    if raw is None:
        raw = text.encode(CODEC.get(charset.lower(), charset))
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def alt(*parts, kind="alternative"):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (kind, "----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(10 ** 12, 10 ** 13)))
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (title, inner))


def to_html(text):
    """Plain text -> simple HTML paragraphs (agent template style)."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    return html_wrap("\n".join("<p>%s</p>" % p for p in paras))


# ---------------------------------------------------------------- transport headers
SES_HOSTS = [("a8-29.smtp-out.amazonses.com", "54.240.8.29"), ("a9-30.smtp-out.amazonses.com", "54.240.9.30"),
             ("a48-108.smtp-out.amazonses.com", "54.240.48.108"), ("a11-72.smtp-out.amazonses.com", "54.240.11.72"),
             ("a27-41.smtp-out.us-west-2.amazonses.com", "54.240.27.41")]


def gmail_route(rcpt, dt, mailfrom, host, ip, ar_lines, extra_top=()):
    """Headers a Gmail mailbox shows, topmost first. ar_lines: list of verdict strings."""
    d1 = dt + timedelta(seconds=RNG.randint(1, 3))
    hs = [("Delivered-To", rcpt),
          ("Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
           % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(10).replace("+", "x").replace("/", "y"), rcvdate(d1, PT))),
          ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)),
          ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s"
           % (rhex(4), rhex(3), rhex(4), rb64(10).replace("+", "q").replace("/", "z"), rcvdate(d1, PT))),
          ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=="
           % (int(d1.timestamp()), rb64(70), rb64(60))),
          ]
    hs += list(extra_top)
    hs += [("Return-Path", "<%s>" % mailfrom),
           ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, "d75a77b69052e-" + rhex(12) + "si" + str(RNG.randint(10**7, 10**8)), RNG.randint(100, 999), dt.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, rcvdate(dt, PT)))]
    dom = mailfrom.split("@")[1]
    hs.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
              if "spf=pass" in " ".join(ar_lines) else
              ("Received-SPF", "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)))
    hs.append(("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(ar_lines)))
    return hs


def g_ar_aws(mailfrom, ip, dkim_from="amazon.com", dmarc="pass", hdr_from="amazon.com", ses=True, spf="pass"):
    lines = []
    if dkim_from:
        lines.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_from, rb64(10).lower()[:10], rb64(8)))
    if ses:
        lines.append("dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % ("224i4yxa5dv7c2xz3womw6peuasteono", rb64(8)))
    lines.append("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        pol = "QUARANTINE" if hdr_from.endswith("amazon.com") else "REJECT"
        lines.append("dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" % (dmarc, pol, pol, hdr_from))
    return lines


def outlook_route(rcpt, dt, mailfrom, host, ip, verdict, tenant_host="outlook.office365.com"):
    """Microsoft 365 / Outlook.com: Authentication-Results without authserv-id."""
    d1 = dt + timedelta(seconds=RNG.randint(1, 4))
    n1 = "%s%s%s.namprd%02d.prod.outlook.com" % (RNG.choice(["SA1", "PH0", "BN8", "CH3", "DM6"]), "PR", "%02dMB%04d" % (RNG.randint(1, 20), RNG.randint(1000, 9999)), RNG.randint(2, 20))
    n2 = "%s.namprd%02d.prod.outlook.com" % (RNG.choice(["BN1PEPF0000468B", "SN1PEPF000252A0", "DS3PEPF0000C37F"]), RNG.randint(2, 20))
    return [("Received", "from %s (2603:10b6:806:%s::%s)\n by %s with HTTPS; %s" % (n2, rhex(3), rhex(2), n1, fmt(d1))),
            ("Received", "from %s (2603:10b6:%s::%s) by %s\n (2603:10b6:806:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
             % (n2, rhex(3), rhex(2), n1, rhex(3), rhex(2), RNG.randint(8000, 8999), RNG.randint(10, 40), fmt(d1))),
            ("Authentication-Results", verdict),
            ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C"
             % (mailfrom.split("@")[1], ip, ip, host)),
            ("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
             % (host, ip, n2, RNG.randint(2, 250), RNG.randint(8000, 8999), RNG.randint(10, 40), fmt(dt))),
            ("Return-Path", mailfrom)]


def o_ar(mailfrom_dom, ip, dkim_d, dmarc="pass", hfrom="amazon.com", dkim="pass", spf="pass", compauth="pass reason=100"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dkim, dkim_d, dmarc, "none" if dmarc == "pass" else "quarantine", hfrom, compauth))


def jp_route(rcpt, dt, mailfrom, host, ip, provider, verdict):
    """Japanese ISP mailbox (nifty, biglobe, docomo, so-net)."""
    mx = {"nifty": "mta-snd-e%02d.mail.nifty.com" % RNG.randint(1, 12), "biglobe": "mx-p%02d.mail.biglobe.ne.jp" % RNG.randint(1, 9),
          "docomo": "mfsmax.docomo.ne.jp", "so-net": "mx%02d.so-net.ne.jp" % RNG.randint(1, 6)}[provider]
    authserv = {"nifty": "mx.nifty.com", "biglobe": "biglobe.ne.jp", "docomo": "mfsmax.docomo.ne.jp", "so-net": "so-net.ne.jp"}[provider]
    d1 = dt + timedelta(seconds=RNG.randint(1, 5))
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from %s by %s with ESMTP\n          id <%s%s@%s> for <%s>;\n          %s"
             % (mx, "mail-inbound.%s" % authserv, rhex(8), rhex(6), authserv, rcpt, fmt(d1, JST))),
            ("Authentication-Results", "%s; %s" % (authserv, verdict)),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, mx, rhex(10).upper(), rcpt, fmt(dt, JST)))]


def jp_ar(mailfrom, dkim_d="amazon.com", dmarc="pass", hfrom="amazon.com", spf="pass", dkim="pass"):
    v = "spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s" % (spf, mailfrom, dkim, dkim_d, rb64(8).lower())
    if dmarc:
        v += ";\n\tdmarc=%s header.from=%s" % (dmarc, hfrom)
    return v


def aws_dkim(dt, d="amazon.com", s=None):
    hl = ["Content-Type", "Content-Transfer-Encoding", "From", "To", "Subject", "MIME-Version", "Date", "Message-ID"]
    out = [("DKIM-Signature", dkim_sig(d, s or rb64(32).lower().replace("+", "a").replace("/", "b"), hl, dt))]
    if d.endswith("amazon.com"):
        out.append(("DKIM-Signature", dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", hl + ["Feedback-ID"], dt)))
    return out


# ---------------------------------------------------------------- writer
def emit(slug, label, transport, head, body, extra=()):
    """transport: list of (name, value) topmost-first; head: From/To/Subject/Date/... in order."""
    COUNTER[0] += 1
    fn = "%03d-%s.eml" % (COUNTER[0], slug)
    m = Message()
    for k, v in list(transport) + list(head) + list(extra):
        if isinstance(v, Header):
            v = v.encode(maxlinelen=76, linesep="\n")
        elif k in ("Subject", "To", "Cc") and len(v) + len(k) > 76 and "\n" not in v:
            v = Header(v, header_name=k).encode(maxlinelen=78, linesep="\n")
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # keep raw (8bit surrogate-escaped) payload as is
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(m)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(buf.getvalue())
    lab = dict(kind=label[0], case_id=label[1], account_ids=sorted(set(label[2])), sender_verified=label[3], language=label[4])
    LABELS[fn] = lab
    return fn


def H(s, cs="utf-8"):
    return Header(s, cs)


def addr(name, email_addr, cs="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email_addr)


AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")


def aws_head(frm, to, subject, dt, msgid=None, region="email", extra=()):
    hs = [("From", addr(*frm)), ("To", to), ("Subject", subject), ("Date", fmt(dt)),
          ("Message-ID", msgid or ses_msgid(dt, region))]
    hs += list(extra)
    hs += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43).replace("/", "x")),
           ("X-SES-Outgoing", dt.strftime("%Y.%m.%d-") + "54.240.%d.%d" % (RNG.randint(8, 11), RNG.randint(2, 120)))]
    return hs


def ses_transport(kind, rcpt, dt, dkim_d="amazon.com", dmarc="pass", hfrom="amazon.com", provider="nifty", host_ip=None):
    host, ip = host_ip or RNG.choice(SES_HOSTS)
    mf = ses_bounce(dt)
    if kind == "gmail":
        tr = gmail_route(rcpt, dt, mf, host, ip, g_ar_aws(mf, ip, dkim_from=dkim_d, dmarc=dmarc, hdr_from=hfrom))
    elif kind == "outlook":
        tr = outlook_route(rcpt, dt, mf, host, ip, o_ar("amazonses.com", ip, dkim_d or "amazonses.com", dmarc=dmarc, hfrom=hfrom))
    elif kind == "jp":
        tr = jp_route(rcpt, dt, mf, host, ip, provider, jp_ar(mf, dkim_d=dkim_d or "amazonses.com", dmarc=dmarc, hfrom=hfrom))
    else:
        tr = [("Return-Path", "<%s>" % mf),
              ("Received", "from %s (%s [%s])\n\tby mail.%s with ESMTP id %s\n\tfor <%s>; %s" % (host, host, ip, rcpt.split("@")[1], rhex(12), rcpt, fmt(dt)))]
    return tr + aws_dkim(dt, dkim_d or "amazonses.com")


# ---------------------------------------------------------------- people
PRIYA = ("Priya Raman", "priya.raman.dev@gmail.com")
KENJI = ("渡辺 健二", "k-watanabe@nifty.com")
SOFIA = ("Sofia Lindqvist", "sofia.lindqvist@nordvik-analytics.se")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@outlook.com")
DIEGO = ("Diego Hernández", "diego.hdz.cloud@gmail.com")
TOMOKO = ("斎藤 智子", "tomoko.saito@biglobe.ne.jp")
OLIVER = ("Oliver Brandt", "oliver.brandt@gmail.com")

# ==== MAILS ====

# ---------------------------------------------------------------- footers
FOOT_LEGAL = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of\n"
              "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.\n"
              "North, Seattle, WA 98109-5210.")
FOOT_RATE = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support\n"
             "Center link at the end of this correspondence. Each correspondence can also be rated by selecting the\n"
             "stars in top right corner of each correspondence within the AWS Support Center.")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ================================================================ Priya (Gmail, form desk, 15-digit case)
P_CASE = case15("2025-03-10 09:14:22", "00231")
P_OLD, P_KEEP = "AWS04418273", "AWS09921546"
P_FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 001 acknowledgement that never says "case"/"created"
dt = T("2025-03-10 09:14:31")
txt = f"""Hello,

Thanks for getting in touch with AWS Training and Certification.

This is a quick note to let you know that your request reached us and is now in
the queue for our Certification team. Your reference number is {P_CASE}.
A team member will write back to this address, normally within 24 hours.

Keep the reference number handy. If you need to add something, reply to this
message without changing the subject line. Sending the same request through the
form again opens a second thread and usually slows things down.

A copy of what you sent us:

  Inquiry type: AWS Training and Certification
  Inquiry detail: Account Merge
  AWS candidate ID: {P_KEEP}
  Description: Hi, I have two certification accounts. One was set up by my
  previous employer (AWS 04418273) and the other is my personal one
  ({P_KEEP}). Could you combine them into the personal one please?

This message was sent automatically. Please do not reply only to say thank you.

Amazon Web Services

{FOOT_LEGAL}
"""
html = html_wrap(
    '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb"><tr><td style="background:#232f3e;padding:16px">'
    '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>'
    '<tr><td style="padding:20px">' + to_html(txt).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0] + '</td></tr></table>',
    "AWS Training and Certification")
emit("form-ack-reference-number", ("case_created", P_CASE, [P_OLD, P_KEEP], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], f"We have your message (ref. {P_CASE}) {P_FORM_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")))

# 002 agent asks for sign-in addresses and which profile to keep -> support_reply
dt = T("2025-03-11 16:40:05")
p_orig = f"""Hi, I have two certification accounts. One was set up by my previous employer
(AWS 04418273) and the other is my personal one ({P_KEEP}). Could you combine them
into the personal one please?"""
txt = f"""Hello Priya,

Thank you for writing to AWS Training and Certification.

I have located both certification profiles you mentioned, {P_OLD} and {P_KEEP}.
Before I can take this any further I need a couple of details from you:

1. The e-mail address you use to sign in to each of the two profiles.
2. Whether you still have access to the mailbox linked to {P_OLD}. If you no
   longer do, please let me know, as we will then need to update the contact
   address on that profile first.

You mentioned you would like to go on using your personal profile. If that has
changed, just say so in your reply.

Simply reply to this e-mail with the information above; there is no need to
submit the form again.

Best regards,

Anjali M.
Amazon Web Services
Training and Certification Customer Support

{FOOT_LEGAL}

-----Original Message-----
From: {PRIYA[1]}
Sent: 2025-03-10 09:14 UTC
Subject: {P_FORM_SUBJ}

Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: {P_KEEP}
{p_orig}
"""
emit("agent-asks-login-emails", ("support_reply", P_CASE, [P_OLD, P_KEEP], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], f"RE:[CASE {P_CASE}] {P_FORM_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="base64")))

# 003 request for go-ahead without the word "confirm" -> merge_confirmation_requested
dt = T("2025-03-13 08:02:47")
p_reply = f"""Hi Anjali,

Thanks for the quick reply.

{P_OLD}: priya.raman@contoso-logistics.com (I can still read this one, my old
team forwards it to me)
{P_KEEP}: {PRIYA[1]}

Yes, I would like to keep the personal one.

Priya"""
txt = f"""Hello Priya,

Thank you for the details. Here is what we are planning to do:

  Profile that will be retired:   {P_OLD} (priya.raman@contoso-logistics.com)
  Profile that will stay active:  {P_KEEP} ({PRIYA[1]})

Your certifications, exam history and any benefits held on the first profile
will be moved across to the second one, and the first profile will then be
closed. Please be aware that once this has been carried out it cannot be
reversed.

If the above is what you want, please reply to this e-mail and tell us to go
ahead. We will not make any changes until we hear back from you.

Best regards,

Anjali M.
Amazon Web Services
Training and Certification Customer Support

{FOOT_LEGAL}

-----Original Message-----
From: {PRIYA[1]}
Sent: 2025-03-12 21:52 UTC
Subject: Re: RE:[CASE {P_CASE}] {P_FORM_SUBJ}

{p_reply}
"""
emit("plan-awaiting-go-ahead", ("merge_confirmation_requested", P_CASE, [P_OLD, P_KEEP], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], f"RE:[CASE {P_CASE}] {P_FORM_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 004 "thanks for the go-ahead, handing over" -> support_reply
dt = T("2025-03-13 19:25:10")
txt = f"""Hi Priya,

Many thanks for getting back to us so quickly.

I have passed your request on to the colleagues who look after certification
records, and they will carry out the work on our side. There is nothing more you
need to do for now. You will hear from us again as soon as they have finished.

Kind regards,

Daniel R.
Amazon Web Services
Training and Certification Customer Support

> The details are correct. Please go ahead.
>
> Priya
>
> On Thu, 13 Mar 2025 at 08:02, Amazon Web Services <{AWS_FORM[1]}> wrote:
> > Hello Priya,
> >
> > Thank you for the details. Here is what we are planning to do:
> >
> >   Profile that will be retired:   {P_OLD} (priya.raman@contoso-logistics.com)
> >   Profile that will stay active:  {P_KEEP} ({PRIYA[1]})
> >
> > If the above is what you want, please reply to this e-mail and tell us to
> > go ahead.
"""
emit("handed-to-records-team", ("support_reply", P_CASE, [], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], f"RE:[CASE {P_CASE}] {P_FORM_SUBJ}", dt),
     part(txt, cte="quoted-printable"))

# 005 done, without "merged"/"complete" -> merge_completed
dt = T("2025-03-14 22:11:58")
txt = f"""Hello Priya,

Good news: the work on your certification profiles has now been carried out.

Everything that was held on {P_OLD} - your certifications, exam history and
your 50% exam discount benefit - now sits on {P_KEEP}, and the old profile has
been closed. From now on, please sign in with {PRIYA[1]} only.

Your digital badges are handled by Credly and should be moved over within the
next few days. If they have not appeared after a week, reply to this e-mail and
we will chase it up.

Best regards,

Daniel R.
Amazon Web Services
Training and Certification Customer Support

{FOOT_LEGAL}
"""
emit("profiles-now-one", ("merge_completed", P_CASE, [P_OLD, P_KEEP], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], f"RE:[CASE {P_CASE}] {P_FORM_SUBJ}", dt),
     alt(part(txt, cte="7bit", charset="us-ascii"), part(to_html(txt), "html", cte="quoted-printable")))

# 006 closure + rating request, HTML-only -> survey
dt = T("2025-03-14 22:12:40")
html = html_wrap(f"""<table width="600" align="center" style="border-collapse:collapse"><tr><td style="padding:24px">
<p>Hello,</p>
<p>We have marked your request <b>{P_CASE}</b> as resolved. If anything is still outstanding, simply reply within the next 14 days and it will be reopened automatically.</p>
<p>Would you take a moment to tell us how we did?</p>
<p style="font-size:16px"><b>Did we solve your problem?</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/s?d={P_CASE}&amp;a=1&amp;t={rhex(24)}" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://aws-tc-feedback.amazon.com/s?d={P_CASE}&amp;a=0&amp;t={rhex(24)}" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>Your answer goes straight to the team that helped you and takes less than a minute.</p>
<p style="color:#687078;font-size:11px">{FOOT_LEGAL.replace(chr(10), ' ')}</p>
</td></tr></table>""", "How did we do?")
emit("resolved-how-did-we-do", ("survey", P_CASE, [], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     aws_head(AWS_FORM, PRIYA[1], H(f"How did we do? – your AWS Training and Certification request {P_CASE}"), dt),
     part(html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- non-AWS transport helper
def ext_transport(kind, rcpt, dt, mailfrom, host, ip, dkim_d, hfrom, dmarc="pass", spf="pass", dkim="pass", provider="nifty", sel="s1"):
    if kind == "gmail":
        lines = []
        if dkim_d:
            lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_d, sel, rb64(8)))
        lines.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
        if dmarc:
            pol = {"pass": "REJECT", "fail": "QUARANTINE"}.get(dmarc, "NONE")
            lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, pol, pol, "QUARANTINE" if dmarc == "fail" else "NONE", hfrom))
        tr = gmail_route(rcpt, dt, mailfrom, host, ip, lines)
    elif kind == "outlook":
        tr = outlook_route(rcpt, dt, mailfrom, host, ip, o_ar(mailfrom.split("@")[1], ip, dkim_d or "none", dmarc=dmarc, hfrom=hfrom, dkim=dkim, spf=spf,
                                                              compauth="pass reason=100" if dmarc == "pass" else "fail reason=000"))
    else:
        tr = jp_route(rcpt, dt, mailfrom, host, ip, provider, jp_ar(mailfrom, dkim_d=dkim_d or "none", dmarc=dmarc, hfrom=hfrom, spf=spf, dkim=dkim))
    if dkim_d:
        tr.append(("DKIM-Signature", dkim_sig(dkim_d, sel, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], dt)))
    return tr


def credly_transport(kind, rcpt, dt, provider="nifty", dom="credly.com"):
    mf = "bounces+%d-%s-%s@em.%s" % (RNG.randint(1000000, 9999999), rhex(4), rcpt.replace("@", "="), dom)
    return ext_transport(kind, rcpt, dt, mf, "o%d.em.%s" % (RNG.randint(1, 9), dom), "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250)),
                         dom, dom, provider=provider, sel="s1")


def credly_head(issuer, rcpt, subject, dt, frm="admin@credly.com"):
    return [("From", addr("%s via Credly" % issuer, frm)), ("Reply-To", "no-reply@credly.com" if "credly" in frm else "no-reply@youracclaim.com"),
            ("To", rcpt), ("Subject", subject), ("Date", fmt(dt)),
            ("Message-ID", "<%s%s@%s>" % (rhex(8), "." + rhex(12), "mailer.credly.com" if "credly" in frm else "youracclaim.com")),
            ("X-SG-EID", rb64(60)), ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?token=%s>" % rhex(32))]


ISSUER = "Amazon Web Services Training and Certification"


def credly_html(greeting, lead, badges, btn, foot_extra=""):
    cards = "".join('<tr><td style="padding:12px;border:1px solid #e0e0e0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="80" alt="">'
                    '<p style="font-weight:bold">%s</p><p style="color:#666">Issued by %s</p></td></tr>' % (ruuid(), b, ISSUER) for b in badges)
    return html_wrap('<table width="560" align="center" style="font-family:Helvetica,Arial">'
                     '<tr><td><img src="https://www.credly.com/assets/credly-logo.png" width="110" alt="Credly"></td></tr>'
                     '<tr><td><h2>%s</h2><p>%s</p></td></tr>%s'
                     '<tr><td style="padding:18px 0"><a href="https://www.credly.com/earner/earned/badge/%s?ref=email" '
                     'style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">%s</a></td></tr>'
                     '<tr><td style="font-size:11px;color:#888">%sCredly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007<br>'
                     '<a href="https://www.credly.com/notifications/unsubscribe">Manage email preferences</a></td></tr></table>'
                     % (greeting, lead, cards, ruuid(), btn, foot_extra), "Credly")


# 007 Credly: badge waiting after the profile work -> credly_badge_issued
dt = T("2025-03-16 03:47:12")
badges = ["AWS Certified Developer – Associate", "AWS Certified Cloud Practitioner"]
txt = f"""Hi Priya,

Good news! {ISSUER} has added 2 badges to your Credly profile
after your certification records were brought together:

  * {badges[0]}
  * {badges[1]}

They're waiting for you to claim them. Claiming puts them on your profile so you
can share them on LinkedIn, in your email signature, or anywhere else.

Claim your badges:
https://www.credly.com/earner/earned?ref=email_badge_issued

Questions? Visit https://support.credly.com

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-two-badges-waiting", ("credly_badge_issued", None, [], True, "en"),
     credly_transport("gmail", PRIYA[1], dt),
     credly_head(ISSUER, PRIYA[1], H("Priya, 2 badges from AWS Training and Certification are waiting for you"), dt),
     alt(part(txt, cte="quoted-printable"),
         part(credly_html("Priya, your badges are ready",
                          f"{ISSUER} has added 2 badges to your Credly profile after your certification records were brought together. They're waiting for you to claim them.",
                          badges, "Claim your badges"), "html", cte="quoted-printable")))

# 008 GitHub "Merged" notification -> unrelated
dt = T("2025-03-12 14:03:55")
txt = f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/priya-raman/cert-tracker/pull/482#event-{RNG.randint(10**10, 10**11)}
You are receiving this because you authored the thread.

Message ID: <priya-raman/cert-tracker/pull/482/issue_event/{RNG.randint(10**10, 10**11)}@github.com>
"""
html = html_wrap(f'<p>Merged <a href="https://github.com/priya-raman/cert-tracker/pull/482">#482</a> into main.</p>'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/priya-raman/cert-tracker/pull/482">view it on GitHub</a>.<br>'
                 'You are receiving this because you authored the thread.</p>')
mf = "bounces+%d-%s-%s@sgmail.github.com" % (RNG.randint(100000, 999999), rhex(4), PRIYA[1].replace("@", "="))
emit("github-merged-482", ("unrelated", None, [], False, "en"),
     ext_transport("gmail", PRIYA[1], dt, mf, "out-21.smtp.github.com", "192.30.252.204", "github.com", "github.com", sel="pf2023"),
     [("From", '"Kaito Ishikawa" <notifications@github.com>'), ("Reply-To", "priya-raman/cert-tracker <reply+ABCDQ3X7@reply.github.com>"),
      ("To", "priya-raman/cert-tracker <cert-tracker@noreply.github.com>"), ("Cc", "Priya Raman <priya.raman.dev@gmail.com>, Author <author@noreply.github.com>"),
      ("Subject", "Re: [priya-raman/cert-tracker] Merge duplicate certification accounts in tracker DB (PR #482)"), ("Date", fmt(dt)),
      ("Message-ID", "<priya-raman/cert-tracker/pull/482/issue_event/%d@github.com>" % RNG.randint(10**10, 10**11)),
      ("In-Reply-To", "<priya-raman/cert-tracker/pull/482@github.com>"), ("References", "<priya-raman/cert-tracker/pull/482@github.com>"),
      ("List-ID", "priya-raman/cert-tracker <cert-tracker.priya-raman.github.com>"), ("X-GitHub-Reason", "author")],
     alt(part(txt, cte="7bit", charset="UTF-8"), part(html, "html", cte="7bit", charset="UTF-8")))

# 009 CertMetrics "wants to hear from you" -> unrelated (look-alike survey)
dt = T("2025-03-18 17:20:00")
txt = f"""AWS Certification wants to hear from you

Dear Priya Raman,

Thank you for being part of the AWS Certification community. We are gathering
feedback about your recent experience with the AWS Certification program,
including scheduling, testing, and your AWS Certification Account.

The survey takes about 10 minutes. Your answers are anonymous.

  Take the survey: https://www.certmetrics.com/amazon/survey/?c={rhex(32)}

AWS Certification ID: {P_KEEP}

Sincerely,
AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not
reply to this message.
"""
mf = "bounce-%s@mail.certmetrics.com" % rhex(10)
emit("certmetrics-feedback-invite", ("unrelated", None, [P_KEEP], False, "en"),
     ext_transport("gmail", PRIYA[1], dt, mf, "mail-out2.certmetrics.com", "198.2.180.%d" % RNG.randint(2, 250), "certmetrics.com", "certmetrics.com", sel="k1"),
     [("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", PRIYA[1]),
      ("Subject", "AWS Certification wants to hear from you"), ("Date", fmt(dt)),
      ("Message-ID", "<%s@certmetrics.com>" % ruuid())],
     alt(part(txt, cte="quoted-printable", charset="iso-8859-1"), part(to_html(txt), "html", cte="quoted-printable", charset="iso-8859-1")))

# ================================================================ Kenji (nifty, console, Japanese, 15-digit case)
K_CASE = case15("2025-05-27 23:02:41", "00518")
K_OLD, K_KEEP = "AWS03318870", "AWS07765120"
K_SUBJ = "認定アカウントの統合について"
K_URL = f"https://console.aws.amazon.com/support/home?region=us-east-1#/?displayId={K_CASE}&language=ja"
JA_FOOT = """Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）より配信されています。"""

# 010 console acknowledgement in Japanese, without ケース/作成 -> case_created
dt = T("2025-05-27 23:02:49")
txt = f"""渡辺 健二 様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

お問い合わせ番号: {K_CASE}
件名: {K_SUBJ}
重要度: 一般的なガイダンス

内容を確認のうえ、担当者より順次ご連絡いたします。今しばらくお待ちください。

本メールは送信専用アドレスからお送りしております。このメールに返信されてもお受けできませんので、
追加の情報はサポートセンターからお送りください。
{K_URL}

Amazon Web Services

{JA_FOOT}
"""
emit("console-uketsuke-ja", ("case_created", K_CASE, [], True, "ja"),
     ses_transport("jp", KENJI[1], dt, provider="nifty"),
     aws_head(AWS_NOREPLY, KENJI[1], H(f"Amazon Web Services: お問い合わせ {K_CASE} を受け付けました"), dt),
     alt(part(txt, cte="base64"), part(to_html(txt), "html", cte="base64")))

# 011 Japanese request for approval, never 確認 -> merge_confirmation_requested
dt = T("2025-05-29 02:15:20")
k_q = f"""AWS 認定のアカウントが2つあります。古い方（AWS03318870）は前職の会社のメールアドレスで登録したもので、
現在は AWS07765120 を使っています。2つを AWS07765120 にまとめていただけますでしょうか。"""
txt = f"""渡辺様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

お申し出いただきました 2 つの認定アカウントにつきまして、以下のとおり一本化を行う予定でございます。

　・統合元（手続き後に閉鎖されるアカウント）: {K_OLD}
　・統合先（今後ご利用いただくアカウント）　: {K_KEEP}

統合元アカウントに記録されている認定資格、受験履歴および特典は、すべて統合先へ引き継がれます。
なお、一度お手続きを行いますと元に戻すことはできかねますので、あらかじめご了承くださいませ。

上記の内容で差し支えございませんでしたら、その旨をサポートセンターよりご返信いただけますでしょうか。
お返事を頂戴し次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐々木
Amazon Web Services

サポートセンターでこのお問い合わせを表示するには、次のリンクをクリックしてください:
{K_URL}

ご意見をお聞かせください。サポートセンターの各返信の右上にある星を選択して、この対応を評価していただけます。

{JA_FOOT}

---------------------------------------------
2025年5月28日(水) 8:02 渡辺 健二 <{KENJI[1]}>:
{k_q}
"""
emit("console-ichihonka-onegai-ja", ("merge_confirmation_requested", K_CASE, [K_OLD, K_KEEP], True, "ja"),
     ses_transport("jp", KENJI[1], dt, provider="nifty"),
     aws_head(AWS_NOREPLY, KENJI[1], H(f"RE:[CASE {K_CASE}] {K_SUBJ}"), dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="base64")))

# 012 Japanese status update -> support_reply
dt = T("2025-05-30 05:41:02")
txt = f"""渡辺様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご返信いただき、ありがとうございました。
現在、担当部署にてお手続きを進めております。作業には通常 2～3 営業日ほどお時間を頂戴しております。
進捗がございましたら、改めてこちらからご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は認定アカウントへのサインインが一時的にできない場合がございます。ご不便をおかけいたしますが、ご了承ください。

佐々木
Amazon Web Services

{K_URL}

{JA_FOOT}

> 佐々木様
> 内容に問題ありません。よろしくお願いいたします。
> 渡辺
"""
emit("console-sagyouchuu-ja", ("support_reply", K_CASE, [], True, "ja"),
     ses_transport("jp", KENJI[1], dt, provider="nifty"),
     aws_head(AWS_NOREPLY, KENJI[1], H(f"RE:[CASE {K_CASE}] {K_SUBJ}"), dt),
     part(txt, cte="base64"))

# 013 Japanese completion without 完了/統合されました, ISO-2022-JP -> merge_completed
dt = T("2025-06-02 08:03:37")
txt = f"""渡辺様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

大変お待たせいたしました。
{K_OLD} に記録されていた認定資格および受験履歴を、すべて {K_KEEP} へ移し終えました。
{K_OLD} は本日付で閉鎖しております。

今後は {K_KEEP} に登録されているメールアドレスでサインインしてください。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐々木
Amazon Web Services

{K_URL}
"""
emit("console-utsushi-oemashita-iso2022jp", ("merge_completed", K_CASE, [K_OLD, K_KEEP], True, "ja"),
     ses_transport("jp", KENJI[1], dt, provider="nifty"),
     aws_head(AWS_NOREPLY, KENJI[1], H(f"RE:[CASE {K_CASE}] {K_SUBJ}", "iso-2022-jp"), dt),
     part(txt, charset="iso-2022-jp", cte="7bit"))

# 014 Japanese closure + survey, HTML-only -> survey
dt = T("2025-06-02 08:04:10")
html = html_wrap(f"""<div style="max-width:600px">
<p>渡辺 健二 様</p>
<p>お問い合わせ番号 {K_CASE}（{K_SUBJ}）は解決済みとなりました。</p>
<p>今回のサポートの対応について、簡単なアンケートにご協力ください。所要時間は 1 分ほどです。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;answer=yes&amp;lang=ja">はい</a> ｜
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;answer=no&amp;lang=ja">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください:
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;r=1">1</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;r=2">2</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;r=3">3</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;r=4">4</a>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId={K_CASE}&amp;r=5">5</a></p>
<p style="font-size:11px;color:#777">{JA_FOOT.replace(chr(10), '<br>')}</p>
</div>""", "アンケートのお願い")
emit("kaiketsu-anketo-ja", ("survey", K_CASE, [], True, "ja"),
     ses_transport("jp", KENJI[1], dt, provider="nifty"),
     aws_head(AWS_NOREPLY, KENJI[1], H("Amazon Web Services: サポートの対応はいかがでしたか？"), dt),
     part(html, "html", cte="quoted-printable"))

# 015 Credly to Kenji: badges moved over -> credly_badge_issued
dt = T("2025-06-03 11:26:44")
badges = ["AWS Certified Solutions Architect – Associate"]
txt = f"""Hello Kenji,

{ISSUER} sent you a badge:

  {badges[0]}

This badge was previously held on another account and has now been
reissued to you. Accept it to display it on your Credly profile.

Accept badge: https://www.credly.com/earner/earned/badge/{ruuid()}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-badge-reissued-kenji", ("credly_badge_issued", None, [], True, "en"),
     credly_transport("jp", KENJI[1], dt, provider="nifty"),
     credly_head(ISSUER, KENJI[1], H(f"{ISSUER} sent you a badge"), dt),
     alt(part(txt, cte="quoted-printable"),
         part(credly_html("Kenji, you have a new badge", f"{ISSUER} sent you a badge. It was previously held on another account and has now been reissued to you.",
                          badges, "Accept badge"), "html", cte="quoted-printable")))

# 016 Pearson VUE appointment -> unrelated ("confirm" look-alike)
dt = T("2025-06-20 03:10:05")
txt = f"""Dear Kenji Watanabe,

Thank you for scheduling your exam with Pearson VUE. Please review the appointment
details below and keep this email for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 4{RNG.randint(10**8, 10**9 - 1)}
Candidate ID: {K_KEEP}
Date: Saturday, July 12, 2025
Time: 10:00 AM JST
Location: OnVUE online proctored exam

Please confirm your appointment details are correct. If anything is wrong, contact
Pearson VUE customer service before your appointment.

Reschedule or cancel at least 24 hours before your appointment:
https://home.pearsonvue.com/aws

Sincerely,
Pearson VUE
"""
mf = "bounce@e.pearsonvue.com"
emit("pearsonvue-appointment", ("unrelated", None, [K_KEEP], False, "en"),
     ext_transport("jp", KENJI[1], dt, mf, "mta4.e.pearsonvue.com", "13.111.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "pearson.com", "pearson.com", provider="nifty", sel="200608"),
     [("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", KENJI[1]),
      ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", fmt(dt)), ("Message-ID", "<%s@e.pearsonvue.com>" % ruuid())],
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# ================================================================ Sofia (Microsoft 365, form desk, three profiles)
S_CASE = case15("2025-06-16 07:31:05", "00977")
S_A, S_B, S_KEEP = "AWS01122334", "AWS05566778", "AWS09988776"
S_TO = "Sofia Lindqvist <sofia.lindqvist@nordvik-analytics.se>"

# 017 HTML-only acknowledgement, no "case"/"created" -> case_created
dt = T("2025-06-16 07:31:19")
html = html_wrap(f"""<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:18px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hi Sofia,</p>
<p>Thank you for writing to us. We've logged your request and one of our Certification specialists will be in touch with you by e-mail, usually within one business day.</p>
<table style="background:#f2f3f3;padding:12px;margin:12px 0" cellpadding="4">
<tr><td><b>Reference</b></td><td>{S_CASE}</td></tr>
<tr><td><b>Topic</b></td><td>Certification &ndash; Account Merge</td></tr>
<tr><td><b>Submitted</b></td><td>16 June 2025, 07:31 UTC</td></tr>
</table>
<p>Need to add something? Reply to this e-mail and keep the reference in the subject line. Please don't send the same request through the form a second time &ndash; duplicates are handled separately and can delay our answer.</p>
<p>Kind regards,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">This is an automated message. {FOOT_LEGAL.replace(chr(10), ' ')}</td></tr>
</table>""", "We've logged your request")
emit("html-only-logged-your-request", ("case_created", S_CASE, [], True, "en"),
     ses_transport("outlook", S_TO.split("<")[1][:-1], dt),
     aws_head(AWS_FORM, S_TO, f"We've logged your request - reference {S_CASE}", dt),
     part(html, "html", cte="base64"))

# 018 agent: which of the three should stay, and why -> support_reply
dt = T("2025-06-17 09:02:33")
txt = f"""Hello Sofia,

Thank you for reaching out to AWS Training and Certification.

While looking into your request I found three certification profiles that seem to
belong to you:

  - {S_A}, registered with sofia.l@nordvik.io
  - {S_B}, registered with s.lindqvist@kth.se
  - {S_KEEP}, registered with sofia.lindqvist@nordvik-analytics.se

Only one of them can remain after we bring them together. Could you let me know
which one you'd like to keep using? It would also help to know why the extra
profiles were set up (for example, an exam booked through an employer or a
university), as this sometimes affects vouchers linked to them.

Once I have your answer I'll write back with the exact steps before anything is
changed.

Best regards,

Lukas W.
Amazon Web Services
Training and Certification Customer Support

{FOOT_LEGAL}
"""
emit("which-of-three-to-keep", ("support_reply", S_CASE, [S_A, S_B, S_KEEP], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_FORM, S_TO, f"RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 019 plan written out, "a short reply saying yes" -> merge_confirmation_requested
dt = T("2025-06-19 13:47:09")
txt = f"""Hello Sofia,

Thanks for the details.

Before we go ahead, here is the plan in writing so there are no surprises:

  AWS01122334 and AWS-05566778 will be folded into AWS 09988776, which is the
  profile that stays. Certifications, exam history and the unused 50% voucher
  on AWS-05566778 will move across; the two other profiles will be closed.

This can't be reversed afterwards, so please read it through carefully. If it
all looks right, a short reply saying "yes, please go ahead" is all we need.
If anything is off, tell us what to change.

Best regards,

Lukas W.
Amazon Web Services
Training and Certification Customer Support

________________________________
From: Sofia Lindqvist <sofia.lindqvist@nordvik-analytics.se>
Sent: Wednesday, June 18, 2025 10:12 AM
To: Amazon Web Services <{AWS_FORM[1]}>
Subject: Re: RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hi Lukas,

Please keep {S_KEEP}, that is my current work address. {S_A} was from a
start-up I worked at and {S_B} from my master's programme at KTH.

Thanks,
Sofia
"""
emit("plan-in-writing-reply-yes", ("merge_confirmation_requested", S_CASE, [S_A, S_B, S_KEEP], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_FORM, S_TO, f"RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 020 chaser, no ids -> support_reply
dt = T("2025-06-24 10:15:51")
txt = f"""Hello Sofia,

I'm following up on my message of 19 June. We haven't yet heard back from you
about the plan for your certification profiles, so nothing has been changed so
far.

If you still want us to go ahead, just reply to this e-mail. If we don't hear
from you within the next 5 days, we'll assume the request is no longer needed and
close it; you can always write to us again later.

Best regards,

Lukas W.
Amazon Web Services
Training and Certification Customer Support
"""
emit("chaser-no-answer-yet", ("support_reply", S_CASE, [], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_FORM, S_TO, f"RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance", dt),
     part(txt, cte="7bit", charset="us-ascii"))

# 021 "All done" -> merge_completed
dt = T("2025-06-26 15:30:02")
txt = f"""Hello Sofia,

All done. {S_KEEP} is now the only certification profile in your name: the
certifications and exam history from {S_A} and {S_B} live there now, together
with the unused 50% voucher. The other two profiles have been closed and can no
longer be used to sign in.

A couple of things worth checking over the next few days:
  - sign in at https://www.aws.training/Certification and look at your
    certification list;
  - your Credly badges may take up to 48 hours to show up on the account
    linked to {S_KEEP}.

Best regards,

Lukas W.
Amazon Web Services
Training and Certification Customer Support

________________________________
From: Sofia Lindqvist <sofia.lindqvist@nordvik-analytics.se>
Sent: Tuesday, June 24, 2025 11:02 AM
Subject: Re: RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Sorry for the delay, I was travelling. Yes, please go ahead.
"""
emit("all-done-one-profile-left", ("merge_completed", S_CASE, [S_A, S_B, S_KEEP], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_FORM, S_TO, f"RE:[CASE {S_CASE}] [AWS Training and Certification Form Submission] - account-assistance", dt),
     alt(part(txt, cte="base64"), part(to_html(txt), "html", cte="base64")))

# 022 rating request, HTML-only -> survey
dt = T("2025-06-27 15:30:40")
stars = "".join('<a href="https://aws-tc-feedback.amazon.com/r?ref=%s&amp;score=%d" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' % (S_CASE, i) for i in range(1, 6))
html = html_wrap(f"""<table width="600" align="center"><tr><td style="padding:24px">
<p>Hi Sofia,</p>
<p>You recently heard from Lukas W. about your request {S_CASE}. We'd be grateful if you could rate the help you received.</p>
<p>{stars}</p>
<p>1 star = very dissatisfied, 5 stars = very satisfied.</p>
<p>Thank you for helping us improve,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">{FOOT_LEGAL.replace(chr(10), ' ')}</p></td></tr></table>""", "Rate your experience")
emit("rate-the-help-stars", ("survey", S_CASE, [], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_FORM, S_TO, "Tell us about your recent experience with AWS Training and Certification", dt),
     part(html, "html", cte="quoted-printable"))

# 023 console billing case opened -> unrelated (look-alike acknowledgement)
B_CASE = case15("2025-06-18 12:00:41", "00342")
dt = T("2025-06-18 12:00:49")
txt = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {B_CASE} to address your issue.

The details of your case are as follows:

Case ID: {B_CASE}
Subject: Invoice EUINSE25-1184 shows charges after account closure
Severity: General guidance
Correspondence: Hello, our May invoice for account 4417-2093-8815 still shows EC2 charges although
the account was closed on 28 April. Please advise.

To view the case or add correspondence, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services

{FOOT_LEGAL}
"""
emit("billing-support-case-opened", ("unrelated", B_CASE, [], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_NOREPLY, S_TO, f"Amazon Web Services: You have opened a new Support case: {B_CASE}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 024 quota increase processed -> unrelated (look-alike completion)
Q_CASE = case15("2025-06-20 08:12:03", "00815")
dt = T("2025-06-20 16:44:17")
txt = f"""Hello,

We have approved and processed your limit increase request(s). It can sometimes take up to 30
minutes for this to propagate and become available for use. I hope this helps, but please reopen
this case if you encounter any issues.

Summary of limit(s) requested for increase:

[US-East-1]: EC2 Instances / Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances,
New limit = 256

Best regards,
Amazon Web Services

{FOOT_RATE}

To see all of your cases please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}%26language=en

{FOOT_LEGAL}
"""
emit("quota-increase-processed", ("unrelated", Q_CASE, [], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_NOREPLY, S_TO, f"RE:[CASE {Q_CASE}] Limit Increase: EC2 Instances", dt),
     part(txt, cte="quoted-printable"))

# 025 survey for the quota case -> unrelated (look-alike survey)
dt = T("2025-06-21 16:45:02")
html = html_wrap(f"""<p>Hello,</p>
<p>Your recent AWS Support case <b>{Q_CASE}</b> (Limit Increase: EC2 Instances) has been resolved.</p>
<p>How would you rate the support you received?</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}&amp;rating=good">Good</a> |
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}&amp;rating=poor">Poor</a></p>
<p style="font-size:11px">{FOOT_LEGAL.replace(chr(10), ' ')}</p>""", "AWS Support")
emit("quota-case-rating", ("unrelated", Q_CASE, [], True, "en"),
     ses_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     aws_head(AWS_NOREPLY, S_TO, f"How was your AWS Support experience? Case {Q_CASE}", dt),
     part(html, "html", cte="base64"))

# 026 Credly for Sofia -> credly_badge_issued
dt = T("2025-06-27 08:12:30")
badges = ["AWS Certified Data Engineer – Associate", "AWS Certified Machine Learning – Specialty", "AWS Certified Cloud Practitioner"]
txt = f"""Sofia, you have new badges!

{ISSUER} issued the following badges to you:

  {badges[0]}
  {badges[1]}
  {badges[2]}

Accept them to start sharing your achievements.
https://www.credly.com/earner/earned?ref=email

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-three-badges-sofia", ("credly_badge_issued", None, [], True, "en"),
     credly_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt),
     credly_head(ISSUER, "sofia.lindqvist@nordvik-analytics.se", H("Sofia, you have new badges from Amazon Web Services Training and Certification"), dt),
     alt(part(txt, cte="quoted-printable"), part(credly_html("Sofia, you have new badges!", f"{ISSUER} issued the following badges to you.", badges, "Accept badges"), "html", cte="quoted-printable")))

# 027 internal IT ticket "merge completed", no Authentication-Results -> unrelated, null
dt = T("2025-06-19 06:58:14")
txt = """Hi Sofia,

Your request RITM0041873 "Merge AD accounts (slindqvist / sofia.lindqvist)" has been completed.

Your mailbox, OneDrive and group memberships from the old account have been merged into
sofia.lindqvist. The old account slindqvist has been disabled and will be deleted after 30 days.

If something is missing, reply to this e-mail and the ticket will be reopened.

Kind regards,
Nordvik IT Service Desk
ext. 4400 | servicedesk@nordvik-analytics.se
"""
emit("it-desk-ad-accounts-merge", ("unrelated", None, [], None, "en"),
     [("Received", "from SN7PR12MB8104.namprd12.prod.outlook.com (2603:10b6:806:34c::9) by\n SA1PR12MB6921.namprd12.prod.outlook.com with HTTPS; %s" % fmt(dt + timedelta(seconds=2))),
      ("Received", "from nvk-snow01.nordvik.local (10.20.4.17) by SN7PR12MB8104.namprd12.prod.outlook.com\n (2603:10b6:806:34c::9) with Microsoft SMTP Server id 15.20.8857.21; %s" % fmt(dt))],
     [("From", "Nordvik IT Service Desk <servicedesk@nordvik-analytics.se>"), ("To", S_TO),
      ("Subject", "RITM0041873 - Merge AD accounts - Completed"), ("Date", fmt(dt, CET)),
      ("Message-ID", "<Email.%s@nordvik.service-now.com>" % rhex(20).upper()), ("X-ServiceNow-Generated", "true")],
     part(txt, cte="quoted-printable", charset="us-ascii"))

# ================================================================ Marcus (outlook.com, 11-digit cases, 2022, non-native agent)
M_CASE, M_CASE2 = "10947362815", "11032875604"
M_OLD, M_KEEP = "AWS02233445", "AWS06677889"
M_RCPT = "marcus.oyelaran@outlook.com"
M_FORM_SUBJ = "[AWS Training and Certification Form Submission] - Certification"

# 028 2022 acknowledgement, "acknowledge receipt of your query" -> case_created
dt = T("2022-08-09 18:22:40")
txt = f"""Dear Marcus,

Greetings from AWS Training and Certification!

We acknowledge the receipt of your query and thank you for writing to us. Your
reference ID is {M_CASE}. Our team shall respond to you within 24 hours.

Kindly quote the above reference ID in all future communication regarding this
query.

Thanks & Regards,
AWS Training and Certification

*** This is an auto-generated e-mail. ***
"""
emit("acknowledgement-reference-id-2022", ("case_created", M_CASE, [], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     aws_head(AWS_FORM, M_RCPT, f"Acknowledgement: your query to AWS Training and Certification [Ref:{M_CASE}]", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 029 second submission acknowledged (duplicate) -> case_created
dt = T("2022-08-16 07:05:12")
txt = f"""Hi Marcus,

Thanks - we've got it. Your submission has been recorded under ID {M_CASE2}.

Our team reads every message and will answer by e-mail, usually within one business
day. If you have already written to us about the same topic, you don't
need to do anything else: we will link the two and answer you once.

Details you gave us:
  Topic: Certification / Account Merge
  AWS candidate ID: aws06677889
  Message: I wrote a week ago and have not heard back. Please combine my two
  accounts, AWS02233445 (old) into aws06677889.

AWS Training and Certification
(automatic message)
"""
emit("second-submission-recorded", ("case_created", M_CASE2, [M_OLD, M_KEEP], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     aws_head(AWS_FORM, M_RCPT, f"Submission received: {M_CASE2}", dt),
     part(txt, cte="base64"))

# 030 non-native "revert with your approval", charset label wrong (us-ascii on UTF-8) -> merge_confirmation_requested
dt = T("2022-08-17 05:48:33")
txt = f"""Dear Marcus,

Greetings from AWS Training and Certification!

Apologies for the delay in response. We have cancelled your duplicate request
{M_CASE2} and will handle everything on this one.

As per your request, please find below the details of the profiles which will be
consolidated:

Source profile (to be deactivated) : {M_OLD}
Destination profile (to be retained) : {M_KEEP}

Kindly note that post consolidation the source profile will be deactivated and the
same can’t be rolled back. All certifications, exam history and benefits will be
shifted to the destination profile.

Request you to kindly revert on this e-mail with your approval so that we can
proceed further. Kindly write “Yes, proceed” in your reply.

Looking forward for your response.

Thanks & Regards,
Ramesh K.
Amazon Web Services
Training and Certification Customer Support

{FOOT_LEGAL}
"""
emit("revert-with-approval-wrong-charset", ("merge_confirmation_requested", M_CASE, [M_OLD, M_KEEP], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     aws_head(AWS_FORM, M_RCPT, f"RE:[CASE {M_CASE}] {M_FORM_SUBJ}", dt),
     part(txt, cte="quoted-printable", raw=txt.encode("utf-8"), label="us-ascii"))

# 031 non-native completion without merged/complete -> merge_completed
dt = T("2022-08-19 11:31:09")
txt = f"""Dear Marcus,

Greetings from AWS Training and Certification!

This is to inform you that the consolidation activity for your profiles has
been done successfully. Now all your certifications and exam history are
reflecting under {M_KEEP}.

Kindly login with the e-mail ID linked to {M_KEEP} going forward. The older
profile {M_OLD} is deactivated and cannot be used.

Thanks & Regards,
Ramesh K.
Amazon Web Services
Training and Certification Customer Support

-----Original Message-----
From: Marcus Oyelaran <{M_RCPT}>
Sent: Wednesday, August 17, 2022 8:14 PM
To: Amazon Web Services <{AWS_FORM[1]}>
Subject: RE: RE:[CASE {M_CASE}] {M_FORM_SUBJ}

Yes, proceed.

Marcus
"""
emit("consolidation-done-successfully", ("merge_completed", M_CASE, [M_OLD, M_KEEP], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     aws_head(AWS_FORM, M_RCPT, f"RE:[CASE {M_CASE}] {M_FORM_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 032 closure notice with yes/no -> survey
dt = T("2022-08-19 11:32:15")
txt = f"""Dear Marcus,

We have closed your request {M_CASE} as resolved. If you need more help on the
same topic, reply to this e-mail within 14 days.

Was your issue resolved?

  YES: https://aws-tc-feedback.amazon.com/s?d={M_CASE}&a=1
  NO:  https://aws-tc-feedback.amazon.com/s?d={M_CASE}&a=0

Your feedback helps us serve you better.

AWS Training and Certification
"""
emit("request-closed-was-it-resolved", ("survey", M_CASE, [], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     aws_head(AWS_FORM, M_RCPT, f"Your request {M_CASE} has been closed", dt),
     alt(part(txt, cte="7bit", charset="us-ascii"), part(to_html(txt), "html", cte="quoted-printable")))

# 033 Seller Central case: detail pages merged -> unrelated
dt = T("2022-09-02 21:14:50")
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the duplicate detail pages for ASIN B0B7QK2M4L and
B0B7QN8X1R. The pages have now been merged; all offers are listed under B0B7QK2M4L. It may
take up to 48 hours for the change to be visible to customers.

Did I solve your problem?
If yes, please click here: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=5884881212&resolved=yes
If no, please click here: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=5884881212&resolved=no

We value your feedback. Please rate my response using the link above.

Thank you for selling with Amazon,
Arjun S.
Amazon.com
https://sellercentral.amazon.com
"""
emit("seller-central-detail-pages-merged", ("unrelated", "5884881212", [], True, "en"),
     ses_transport("outlook", M_RCPT, dt),
     [("From", '"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>'), ("To", M_RCPT),
      ("Subject", "RE:[CASE 5884881212] Merge duplicate detail pages"), ("Date", fmt(dt)), ("Message-ID", ses_msgid(dt))],
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# ================================================================ Diego (Gmail, form desk, 15-digit case, Sept 2025)
D_CASE = case15("2025-09-02 14:55:10", "00064")
D_OLD, D_KEEP = "AWS01987654", "AWS08123456"
D_RCPT = DIEGO[1]
D_SUBJ = f"RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# 034 plain text QP acknowledgement -> case_created
dt = T("2025-09-02 14:55:21")
txt = f"""Hi there,

We've got your message - thanks for writing to AWS Training and Certification.

It's now with our Certification support team under the number {D_CASE}. You can
expect an answer by e-mail, typically within 24 hours (it can take a little
longer at busy times).

Please reply to this e-mail rather than filling in the form again if you want to
add anything.

Cheers,
AWS Training and Certification
This mailbox is monitored by our support team, but this particular message was sent automatically.
"""
emit("message-received-number", ("case_created", D_CASE, [], True, "en"),
     ses_transport("gmail", D_RCPT, dt),
     aws_head(AWS_FORM, addr(*DIEGO), H(f"AWS Training and Certification – we’ve got your message #{D_CASE}"), dt),
     part(txt, cte="quoted-printable"))

# 035 "if you give us the green light" with Gmail-style quote -> merge_confirmation_requested
dt = T("2025-09-03 16:20:48")
txt = f"""Hi Diego,

Thanks for your patience. Here's what will happen once you give us the green light:

 • the profile aws01987654 (diego.h@oldcorp.mx) will be absorbed into {D_KEEP}
   (diego.hdz.cloud@gmail.com);
 • your certifications and exam history move to {D_KEEP};
 • aws01987654 is then shut down for good. There is no way back after this step.

Just reply "go ahead" to this e-mail and we'll get started. If you'd rather keep
the other profile instead, tell us and we'll turn it around.

Best regards,
Camila P.
Amazon Web Services
Training and Certification Customer Support

On Tue, Sep 2, 2025 at 4:55 PM Diego Hernández <{D_RCPT}> wrote:
> Hello, I have two AWS certification accounts because I took my first exam with my
> old company e-mail. Old one: AWS01987654, new one: AWS08123456. Please join them,
> keeping the new one. Thanks!
"""
emit("green-light-gmail-quote", ("merge_confirmation_requested", D_CASE, [D_OLD, D_KEEP], True, "en"),
     ses_transport("gmail", D_RCPT, dt),
     aws_head(AWS_FORM, addr(*DIEGO), D_SUBJ, dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 036 "once the merge is complete we will re-issue" -> support_reply
dt = T("2025-09-04 09:03:15")
txt = f"""Hi Diego,

Thank you, we have your go-ahead and the request is now with our back-office
team.

One thing to be aware of: the 50% exam voucher on aws01987654 does not move by
itself. Once the merge is complete we will re-issue it on {D_KEEP} and let you
know, so please don't buy a full-price exam in the meantime.

Best regards,
Camila P.
Amazon Web Services
Training and Certification Customer Support

On Wed, Sep 3, 2025 at 11:40 PM Diego Hernández <{D_RCPT}> wrote:
> go ahead :)
>
> On Wed, Sep 3, 2025 at 4:20 PM Amazon Web Services <{AWS_FORM[1]}> wrote:
> > Hi Diego,
> >
> > Here's what will happen once you give us the green light:
> >  • the profile aws01987654 will be absorbed into {D_KEEP}
> >  • aws01987654 is then shut down for good.
"""
emit("back-office-voucher-once-merge-done", ("support_reply", D_CASE, [D_OLD, D_KEEP], True, "en"),
     ses_transport("gmail", D_RCPT, dt),
     aws_head(AWS_FORM, addr(*DIEGO), D_SUBJ, dt),
     part(txt, cte="quoted-printable"))

# 037 closure that also says it is done -> merge_completed (boundary)
dt = T("2025-09-05 20:47:31")
txt = f"""Hi Diego,

Your request has been resolved and we are closing it.

Your two profiles are now one: everything that was on aws01987654 is on
{D_KEEP}, and the 50% voucher has been re-issued there (you'll find it under
Benefits). aws01987654 no longer exists.

Was this helpful?
  Yes: https://aws-tc-feedback.amazon.com/s?d={D_CASE}&a=1
  No:  https://aws-tc-feedback.amazon.com/s?d={D_CASE}&a=0

Best regards,
Camila P.
Amazon Web Services
Training and Certification Customer Support
"""
emit("closing-two-profiles-now-one", ("merge_completed", D_CASE, [D_OLD, D_KEEP], True, "en"),
     ses_transport("gmail", D_RCPT, dt),
     aws_head(AWS_FORM, addr(*DIEGO), D_SUBJ, dt),
     alt(part(txt, cte="base64"), part(to_html(txt), "html", cte="base64")))

# 038 Credly: badge ready to accept -> credly_badge_issued
dt = T("2025-09-08 13:02:09")
badges = ["AWS Certified SysOps Administrator – Associate"]
txt = f"""Diego, your badge is ready to accept

{ISSUER} has recognized your achievement with the
{badges[0]} badge.

Accept your badge: https://www.credly.com/earner/earned/badge/{ruuid()}

Once accepted, you can share it and let employers verify it in one click.

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-ready-to-accept", ("credly_badge_issued", None, [], True, "en"),
     credly_transport("gmail", D_RCPT, dt),
     credly_head(ISSUER, D_RCPT, "Diego, your badge is ready to accept", dt),
     alt(part(txt, cte="quoted-printable"), part(credly_html("Diego, your badge is ready to accept", f"{ISSUER} has recognized your achievement.", badges, "Accept your badge"), "html", cte="quoted-printable")))

# 039 agent about the Credly side (after the work) -> support_reply
dt = T("2025-09-10 10:12:44")
txt = f"""Hi Diego,

Thanks for letting us know that two of your older badges are still sitting on
the Credly account registered to diego.h@oldcorp.mx.

I've asked the Credly team to move them to the Credly account linked to
{D_KEEP}. They usually take 3-5 business days; you'll get an e-mail from Credly
when the badges arrive. I'll keep this request open until then.

Best regards,
Camila P.
Amazon Web Services
Training and Certification Customer Support

On Tue, Sep 9, 2025 at 8:01 PM Diego Hernández <{D_RCPT}> wrote:
> Hi Camila, all good on the certification side, thanks. Only problem: my old
> Cloud Practitioner and Developer badges are still on my old Credly account.
> Can you fix that too?
"""
emit("asked-credly-to-move-badges", ("support_reply", D_CASE, [D_KEEP], True, "en"),
     ses_transport("gmail", D_RCPT, dt),
     aws_head(AWS_FORM, addr(*DIEGO), D_SUBJ, dt),
     part(txt, cte="quoted-printable"))

# 040 Credly expiry reminder -> unrelated
dt = T("2025-10-01 14:00:03")
txt = f"""Hi Diego,

Your AWS Certified Cloud Practitioner badge issued by {ISSUER}
expires on December 30, 2025.

To keep it, recertify before it expires. Visit the issuer's page to learn how:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/{ruuid()}

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-badge-expires-soon", ("unrelated", None, [], True, "en"),
     credly_transport("gmail", D_RCPT, dt),
     credly_head("Credly", D_RCPT, "Your badge is expiring soon", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# ================================================================ Tomoko (biglobe, form desk, Japanese, Jan 2025)
T_CASE = case15("2025-01-20 01:40:27", "00119")
T_OLD, T_KEEP = "AWS04455667", "AWS02288990"
T_RCPT = TOMOKO[1]
T_SUBJ = f"RE:[CASE {T_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
t_orig = f"""AWS認定のアカウントが二つ存在しているようです。
旧アカウント：AWS04455667（派遣先のメールアドレスで登録）
現アカウント：AWS02288990
現アカウントに一本化をお願いできますでしょうか。"""

# 041 Japanese acknowledgement ISO-2022-JP, DKIM-only verdict (no dmarc) -> case_created
dt = T("2025-01-20 01:40:36")
txt = f"""斎藤 智子 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせは受付番号 {T_CASE} にて承りました。

担当者より 24 時間以内を目安にご連絡いたします。
追加のご連絡がある場合は、件名を変更せずに本メールへご返信ください。
同じ内容でフォームから再度お送りいただくと、回答が遅れる場合がございます。

※本メールはシステムより自動でお送りしております。

AWS トレーニングと認定
"""
mf = ses_bounce(dt)
host, ip = SES_HOSTS[2]
emit("uketsuke-bangou-iso2022jp", ("case_created", T_CASE, [], True, "ja"),
     jp_route(T_RCPT, dt, mf, host, ip, "biglobe", jp_ar(mf, dmarc=None)) + aws_dkim(dt),
     aws_head(AWS_FORM, T_RCPT, H(f"【AWS トレーニングと認定】お問い合わせを承りました（受付番号 {T_CASE}）", "iso-2022-jp"), dt),
     part(txt, charset="iso-2022-jp", cte="7bit"))

# 042 Shift_JIS (cp932 circled digits) request, form desk -> merge_confirmation_requested
dt = T("2025-01-21 06:12:19")
txt = f"""斎藤 様

AWS トレーニングと認定 カスタマーサポートの山本と申します。
お問い合わせいただきありがとうございます。

ご依頼の件につきまして、以下の内容で手続きを進めさせていただく予定です。

①今後ご利用いただくアカウント：{T_KEEP}
②手続き後に閉鎖されるアカウント：{T_OLD}

②に登録されている認定資格・受験履歴・特典は、すべて①へ移行いたします。
手続き後は元に戻すことができませんので、ご注意ください。

上記の内容でご了承いただけましたら、本メールにそのままご返信ください。
ご返信をいただくまで、手続きは行いませんのでご安心ください。

よろしくお願いいたします。

山本
Amazon Web Services
Training and Certification Customer Support

2025年1月20日(月) 10:40 斎藤 智子 <{T_RCPT}>:
{quote(t_orig)}
"""
mf = ses_bounce(dt)
emit("tetsuzuki-yotei-shiftjis", ("merge_confirmation_requested", T_CASE, [T_OLD, T_KEEP], True, "ja"),
     jp_route(T_RCPT, dt, mf, host, ip, "biglobe", jp_ar(mf)) + aws_dkim(dt),
     aws_head(AWS_FORM, T_RCPT, T_SUBJ, dt),
     part(txt, charset="shift_jis", cte="8bit", label="Shift_JIS"))

# 043 Japanese completion without 完了/統合 -> merge_completed
dt = T("2025-01-23 02:55:40")
txt = f"""斎藤 様

AWS トレーニングと認定 カスタマーサポートの山本です。

お待たせいたしました。ご依頼いただいた作業がすべて終わりました。
旧アカウント {T_OLD} に記録されていた認定資格と受験履歴は、{T_KEEP} へすべて移しております。
{T_OLD} は閉鎖済みのため、今後はサインインにご利用いただけません。

お手数ですが、{T_KEEP} にサインインのうえ、認定資格の一覧に漏れがないかご覧ください。

山本
Amazon Web Services
Training and Certification Customer Support

> 山本様
> 内容に問題ございません。手続きをお願いいたします。
> 斎藤
"""
mf = ses_bounce(dt)
emit("sagyou-owarimashita-ja", ("merge_completed", T_CASE, [T_OLD, T_KEEP], True, "ja"),
     jp_route(T_RCPT, dt, mf, host, ip, "biglobe", jp_ar(mf)) + aws_dkim(dt),
     aws_head(AWS_FORM, T_RCPT, T_SUBJ, dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 044 Japanese answer to a voucher question (not about the merge itself) -> support_reply
dt = T("2025-01-25 04:30:12")
txt = f"""斎藤 様

山本です。ご質問いただきありがとうございます。

お尋ねの 50% 割引バウチャーにつきましては、{T_KEEP} の「特典」ページに引き続き表示されております。
有効期限は元の発行日から変わりませんので、2025年6月30日までにご利用ください。
Pearson VUE での試験予約時に、特典ページに表示されているコードを入力していただければ割引が適用されます。

引き続きよろしくお願いいたします。

山本
Amazon Web Services
Training and Certification Customer Support

2025年1月24日(金) 21:15 斎藤 智子 <{T_RCPT}>:
> 山本様
>
> ありがとうございます。一覧は問題ありませんでした。
> 一点だけ質問ですが、旧アカウントで持っていた割引バウチャーはどこで見られますか。
>
> 2025年1月23日(木) 11:55 Amazon Web Services <{AWS_FORM[1]}>:
> > 斎藤 様
> > お待たせいたしました。ご依頼いただいた作業がすべて終わりました。
> > 旧アカウント {T_OLD} に記録されていた認定資格と受験履歴は、{T_KEEP} へすべて移しております。
"""
mf = ses_bounce(dt)
emit("voucher-question-answer-ja", ("support_reply", T_CASE, [T_KEEP], True, "ja"),
     jp_route(T_RCPT, dt, mf, host, ip, "biglobe", jp_ar(mf)) + aws_dkim(dt),
     aws_head(AWS_FORM, T_RCPT, T_SUBJ, dt),
     part(txt, cte="base64"))

# 045 CertMetrics recertification congratulations -> unrelated
dt = T("2025-02-14 09:00:00")
txt = f"""Congratulations, Tomoko Saito!

You have successfully recertified your AWS Certified Solutions Architect - Associate
certification. Your new expiration date is February 14, 2028.

AWS Certification Account: {T_KEEP}
Validation Number: 7QKXM2LD4B1EW9ZP
Validate at: https://aws.amazon.com/verification

Your digital badge will be issued by Credly within 3 business days.

AWS Training and Certification
This is an automated message from CertMetrics. Please do not reply.
"""
mf = "bounce-%s@mail.certmetrics.com" % rhex(10)
emit("certmetrics-recertified", ("unrelated", None, [T_KEEP], False, "en"),
     ext_transport("jp", T_RCPT, dt, mf, "mail-out1.certmetrics.com", "198.2.180.%d" % RNG.randint(2, 250), "certmetrics.com", "certmetrics.com", provider="biglobe", sel="k1"),
     [("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", T_RCPT),
      ("Subject", "Congratulations on your AWS Certification recertification"), ("Date", fmt(dt)),
      ("Message-ID", "<%s@certmetrics.com>" % ruuid())],
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# ================================================================ Oliver (Gmail, console, 10-digit case, 2020)
O_CASE = "7194837261"
O_OLD, O_KEEP = "AWS01357924", "AWS02468013"
O_RCPT = OLIVER[1]
O_SUBJ = "Two AWS Certification accounts - please combine"
O_URL = f"https://console.aws.amazon.com/support/home#/case/?displayId={O_CASE}%26language=en"

# 046 "New correspondence added" notice -> support_reply
dt = T("2020-11-04 10:31:55")
txt = f"""Hello,

There is a new reply from AWS Support about your request "{O_SUBJ}".

To read it and respond, sign in to the AWS Support Center:
{O_URL}

Please do not reply to this e-mail; this address cannot receive messages.

Amazon Web Services

{FOOT_LEGAL}
"""
emit("new-correspondence-notice-2020", ("support_reply", O_CASE, [], True, "en"),
     ses_transport("gmail", O_RCPT, dt),
     aws_head(AWS_NOREPLY, O_RCPT, f"[Case {O_CASE}] New correspondence added", dt),
     alt(part(txt, cte="7bit", charset="UTF-8"), part(to_html(txt), "html", cte="quoted-printable")))

# 047 German agent, "reply with Agree" -> merge_confirmation_requested
dt = T("2020-11-05 08:14:03")
txt = f"""Hello Oliver,

thank you for your patience.

I checked both accounts. Could you please reply in the Support Center with
"Agree", so we can move ahead with combining aws-01357924 into AWS02468013?
AWS02468013 is the account that stays; aws-01357924 will be closed afterwards.

Please note: after this step your old login will not work anymore, and this is
permanent. Your certifications and exam history will be on AWS02468013.

Best regards,

Jonas H.
Amazon Web Services

{FOOT_RATE}

To contact us again about this case, please return to the AWS Support Center
using the following URL:
{O_URL}

(Sign in with your AWS account to see all of your cases.)

{FOOT_LEGAL}
"""
emit("reply-with-agree-2020", ("merge_confirmation_requested", O_CASE, [O_OLD, O_KEEP], True, "en"),
     ses_transport("gmail", O_RCPT, dt),
     aws_head(AWS_NOREPLY, O_RCPT, f"RE:[CASE {O_CASE}] {O_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 048 "records have been consolidated" -> merge_completed
dt = T("2020-11-06 15:40:20")
txt = f"""Hello Oliver,

your certification records have been consolidated into {O_KEEP}. The old
account {O_OLD} is closed, and from now on please use only the e-mail address
of {O_KEEP} to sign in. Your badges on Acclaim will follow in the next days.

If you see anything missing, just reply here in the Support Center.

Best regards,

Jonas H.
Amazon Web Services

{FOOT_RATE}

{O_URL}
"""
emit("records-consolidated-2020", ("merge_completed", O_CASE, [O_OLD, O_KEEP], True, "en"),
     ses_transport("gmail", O_RCPT, dt),
     aws_head(AWS_NOREPLY, O_RCPT, f"RE:[CASE {O_CASE}] {O_SUBJ}", dt),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 049 Acclaim-era Credly sender (admin@youracclaim.com) -> credly_badge_issued
dt = T("2020-11-09 17:22:48")
badges = ["AWS Certified DevOps Engineer – Professional"]
txt = f"""Oliver,

{ISSUER} has issued you a badge:
{badges[0]}

Accept your badge to start sharing your verified achievement:
https://www.youracclaim.com/earner/earned/badge/{ruuid()}

Acclaim, Credly | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("acclaim-badge-issued-2020", ("credly_badge_issued", None, [], True, "en"),
     credly_transport("gmail", O_RCPT, dt, dom="youracclaim.com"),
     credly_head(ISSUER, O_RCPT, "Oliver, you have a new badge to accept", dt, frm="admin@youracclaim.com"),
     alt(part(txt, cte="quoted-printable"), part(credly_html("Oliver, you have a new badge", f"{ISSUER} has issued you a badge.", badges, "Accept your badge"), "html", cte="quoted-printable")))

# 050 closure + rating -> survey
dt = T("2020-11-13 15:41:00")
txt = f"""Hello,

We haven't heard back from you, so we have set your request "{O_SUBJ}"
({O_CASE}) to resolved. You can reopen it from the Support Center at any time.

Please take a moment to let us know how we did:
https://console.aws.amazon.com/support/home#/case/?displayId={O_CASE}&rate=true

Amazon Web Services
"""
emit("set-to-resolved-rate-us-2020", ("survey", O_CASE, [], True, "en"),
     ses_transport("gmail", O_RCPT, dt),
     aws_head(AWS_NOREPLY, O_RCPT, f"[Case {O_CASE}] Resolved - please rate our support", dt),
     part(txt, cte="quoted-printable"))

# 051 AWS Builder ID code, own mail server without Authentication-Results -> unrelated, null
dt = T("2024-04-22 19:03:11")
txt = """Verify your AWS Builder ID email address

Thanks for starting the registration process for AWS Builder ID. Use the following
verification code to continue:

Verification code: 418265

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
"""
emit("builder-id-verification-code", ("unrelated", None, [], None, "en"),
     [("Return-Path", "<%s>" % ses_bounce(dt)),
      ("Received", "from a48-108.smtp-out.amazonses.com (a48-108.smtp-out.amazonses.com [54.240.48.108])\n\tby mail.brandt-it.de (Postfix) with ESMTPS id 4VNc9Z2k1Pz7Lq\n\tfor <oliver@brandt-it.de>; %s" % fmt(dt, CET))],
     [("From", "AWS <no-reply@signin.aws>"), ("To", "oliver@brandt-it.de"),
      ("Subject", "Verify your AWS Builder ID email address"), ("Date", fmt(dt)), ("Message-ID", ses_msgid(dt))],
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# ================================================================ look-alikes and phishing
# 052 phishing acknowledgement from a look-alike domain -> case_created, false
dt = T("2025-03-10 11:02:17")
txt = """Dear Customer,

We received your account consolidation request for AWS Certification.
Ticket number: 8841290377

To keep your place in the queue, please verify your identity within 24 hours:
http://aws-certification-desk.com/verify?t=8841290377&u=priya.raman.dev

Requests that are not verified are removed automatically.

AWS Certification Support Team
"""
mf = "bounce@aws-certification-desk.com"
emit("lookalike-desk-ticket-received", ("case_created", "8841290377", [], False, "en"),
     ext_transport("gmail", PRIYA[1], dt, mf, "mail.aws-certification-desk.com", "185.244.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                   "aws-certification-desk.com", "aws-certification-desk.com", sel="default"),
     [("From", "AWS Certification Support <support@aws-certification-desk.com>"), ("To", PRIYA[1]),
      ("Subject", "Your request was received - Ticket 8841290377"), ("Date", fmt(dt)), ("Message-ID", "<%s@aws-certification-desk.com>" % rhex(16))],
     alt(part(txt, cte="7bit", charset="us-ascii"), part(to_html(txt), "html", cte="quoted-printable")))

# 053 spoofed amazon.com, topmost verdict dmarc=fail, forged pass lower down -> merge_confirmation_requested, false
X_CASE = case15("2025-05-28 05:01:33", "00917")
dt = T("2025-05-28 14:40:02")
txt = f"""Dear Candidate,

Two certification profiles were found under your name: AWS03318870 and AWS07765120.
To finalize combining them, please sign in and approve the request within 48 hours.
Profiles that are not approved in time will both be suspended.

Approve now: http://aws-cert-profiles.support/approve?id={X_CASE}

Amazon Web Services
Training and Certification
"""
mf = "www-data@vps-2231.hostkey-srv.ru"
ip = "45.87.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
emit("spoofed-amazon-approve-within-48h", ("merge_confirmation_requested", X_CASE, [K_OLD, K_KEEP], False, "en"),
     jp_route(KENJI[1], dt, mf, "vps-2231.hostkey-srv.ru", ip, "nifty", "spf=fail smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=fail (p=QUARANTINE) header.from=amazon.com" % mf)
     + [("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
        ("Received", "from localhost (localhost [127.0.0.1]) by vps-2231.hostkey-srv.ru (Postfix) with ESMTP id 7C1A2E0153; %s" % fmt(dt))],
     [("From", addr(*AWS_FORM)), ("To", KENJI[1]), ("Subject", f"RE:[CASE {X_CASE}] Action needed on your certification profiles"),
      ("Date", fmt(dt)), ("Message-ID", "<%s@vps-2231.hostkey-srv.ru>" % rhex(20)), ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
     part(to_html(txt), "html", cte="base64"))

# 054 look-alike domain says profiles were unified -> merge_completed, false
dt = T("2025-06-28 07:12:45")
txt = f"""Hello Sofia,

Your AWS certification profiles have been unified into AWS09988776.

To keep your 50% exam discount active on the unified profile, re-enter your billing
details within 72 hours:
https://amazon-certification.com/benefits/reactivate?p=AWS09988776

AWS Training and Certification
"""
mf = "noreply@amazon-certification.com"
ip = "91.215.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
emit("lookalike-profiles-unified", ("merge_completed", None, [S_KEEP], False, "en"),
     ext_transport("outlook", "sofia.lindqvist@nordvik-analytics.se", dt, mf, "mx1.amazon-certification.com", ip,
                   "amazon-certification.com", "amazon-certification.com"),
     [("From", "AWS Training and Certification <noreply@amazon-certification.com>"), ("To", S_TO),
      ("Subject", "Your certification profiles are now unified"), ("Date", fmt(dt)), ("Message-ID", "<%s@amazon-certification.com>" % ruuid())],
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 055 fake Credly about badges moved after the consolidation -> credly_badge_issued, false
dt = T("2025-09-06 22:31:50")
txt = """Hi Diego,

Following your AWS account consolidation, 3 badges were transferred to you.
Claim them within 48 hours or they will be returned to the issuer.

Claim your badges: http://credly-notify.com/claim?u=diego.hdz.cloud

Credly Badges Team
"""
mf = "mailer@credly-notify.com"
emit("fake-credly-transferred-badges", ("credly_badge_issued", None, [], False, "en"),
     ext_transport("gmail", D_RCPT, dt, mf, "smtp.credly-notify.com", "193.149.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                   "credly-notify.com", "credly-notify.com", sel="mail"),
     [("From", "Credly Badges <badges@credly-notify.com>"), ("To", D_RCPT),
      ("Subject", "3 badges were transferred to you"), ("Date", fmt(dt)), ("Message-ID", "<%s@credly-notify.com>" % rhex(18))],
     alt(part(txt, cte="7bit", charset="us-ascii"), part(to_html(txt), "html", cte="7bit", charset="us-ascii")))

# 056 phishing not about the merge (billing suspension) -> unrelated, false
dt = T("2025-09-12 03:05:27")
txt = """Dear AWS customer,

We were unable to process the payment for your AWS account. Your account and all running
services will be suspended in 24 hours unless you update your payment method:

https://amaz0n-aws-billing.com/console/billing/update

Amazon Web Services Billing
"""
mf = "info@amaz0n-aws-billing.com"
emit("phish-billing-suspension", ("unrelated", None, [], False, "en"),
     ext_transport("gmail", D_RCPT, dt, mf, "mail.amaz0n-aws-billing.com", "103.151.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                   None, "amaz0n-aws-billing.com", dmarc="none", spf="softfail"),
     [("From", "Amazon Web Services <billing@amaz0n-aws-billing.com>"), ("To", D_RCPT),
      ("Subject", "Action required: your AWS account will be suspended"), ("Date", fmt(dt)), ("Message-ID", "<%s@amaz0n-aws-billing.com>" % rhex(18))],
     part(to_html(txt), "html", cte="quoted-printable"))

# 057 look-alike survey about the profile request with a gift card -> survey, false
dt = T("2025-03-16 12:44:09")
html = html_wrap("""<p>Dear Priya,</p>
<p>Your recent request to combine your AWS Certification profiles has been closed.</p>
<p>Tell us how we did in our 2-question survey and receive a <b>$50 AWS Training voucher</b>.</p>
<p><a href="https://aws-training-survey.net/s/8f21c?u=priya.raman.dev">Rate your experience</a></p>
<p>AWS Training &amp; Certification</p>""", "Rate your experience")
mf = "feedback@aws-training-survey.net"
emit("lookalike-survey-gift-voucher", ("survey", None, [], False, "en"),
     ext_transport("gmail", PRIYA[1], dt, mf, "mta.aws-training-survey.net", "45.138.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                   "aws-training-survey.net", "aws-training-survey.net", sel="s2024"),
     [("From", "AWS Training & Certification <feedback@aws-training-survey.net>"), ("To", PRIYA[1]),
      ("Subject", "Rate your experience and receive a $50 voucher"), ("Date", fmt(dt)), ("Message-ID", "<%s@aws-training-survey.net>" % ruuid())],
     part(html, "html", cte="base64"))

# 058 look-alike asking for sign-in details of both accounts -> support_reply, false
dt = T("2022-08-12 16:20:33")
txt = """Hello Marcus,

Thank you for writing to us about your two certification accounts.

Before our team can combine them we need to verify ownership. Please reply with the sign-in
e-mail and current password of each account (AWS02233445 and AWS06677889).

Regards,
AWS Support
Case reference: 10988412330
"""
mf = "support@amazon-supportdesk.com"
emit("lookalike-asks-passwords", ("support_reply", "10988412330", [M_OLD, M_KEEP], False, "en"),
     ext_transport("outlook", M_RCPT, dt, mf, "mail.amazon-supportdesk.com", "176.97.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                   "amazon-supportdesk.com", "amazon-supportdesk.com", dmarc="pass", sel="default"),
     [("From", "AWS Support <support@amazon-supportdesk.com>"), ("To", M_RCPT),
      ("Subject", "RE:[CASE 10988412330] Certification account verification"), ("Date", fmt(dt)), ("Message-ID", "<%s@amazon-supportdesk.com>" % rhex(18))],
     part(txt, cte="quoted-printable"))

# 059 Credly's own account-merge code -> unrelated (genuine Credly, true)
dt = T("2025-09-09 18:40:12")
txt = """Hi Diego,

Someone (hopefully you) asked to bring two Credly accounts together:

  diego.h@oldcorp.mx  ->  diego.hdz.cloud@gmail.com

Enter this code on the Credly page where you started:

  731904

The code is valid for 30 minutes. After you enter it, the badges and settings of
diego.h@oldcorp.mx will be moved, and that account will be closed.

If you didn't ask for this, ignore this email.

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
"""
emit("credly-own-account-join-code", ("unrelated", None, [], True, "en"),
     credly_transport("gmail", D_RCPT, dt),
     credly_head("Credly", D_RCPT, "Your Credly verification code: 731904", dt, frm="admin@credly.com"),
     alt(part(txt, cte="quoted-printable"), part(to_html(txt), "html", cte="quoted-printable")))

# 060 AWS Training newsletter -> unrelated
dt = T("2025-04-08 16:00:00")
html = html_wrap("""<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:20px">AWS Training and Certification &ndash; April update</td></tr>
<tr><td style="padding:20px">
<h3>New: AWS Certified AI Practitioner study plan</h3>
<p>We combined our two foundational learning plans into a single path, so you can finish in less time.</p>
<h3>Your certification, your way</h3>
<p>Book online proctored exams seven days a week through Pearson VUE.</p>
<h3>Keep your benefits up to date</h3>
<p>Sign in to your AWS Certification Account to see your exam discounts and digital badges.</p>
<p><a href="https://aws.amazon.com/training/?trk=newsletter_apr25">Explore training</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification updates.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</td></tr></table>""", "AWS Training and Certification")
emit("training-newsletter-april", ("unrelated", None, [], True, "en"),
     ses_transport("gmail", PRIYA[1], dt),
     [("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"), ("To", PRIYA[1]),
      ("Subject", H("AWS Training and Certification – April update: one path instead of two")), ("Date", fmt(dt)), ("Message-ID", ses_msgid(dt)),
      ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=%s>" % rhex(24))],
     part(html, "html", cte="quoted-printable"))

# ==== MAIN ====
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print("wrote %d mails" % len(LABELS))
