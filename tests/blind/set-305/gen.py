#!/usr/bin/env python3
"""Generator for blind set 305: AWS Certification account-merge mailbox test data.

Acknowledgements and the middle of the case: acks of many templates, first replies
asking for details, status updates, waiting messages, escalations, chasers, reopen
notices, EN + JA, plus look-alikes from other AWS support cases.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email import charset as _cs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
import io

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(305)
LABELS = {}
UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9))
PDT = _dt.timezone(_dt.timedelta(hours=-7))
CEST = _dt.timezone(_dt.timedelta(hours=2))
BST = _dt.timezone(_dt.timedelta(hours=1))
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
EDT = _dt.timezone(_dt.timedelta(hours=-4))


# ----------------------------------------------------------------- small helpers
def D(y, mo, d, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def case15(opened):
    """15-digit case id: unix time the case opened + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), RNG.randrange(0, 99999))


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_msgid(dt, region=None):
    host = "email.amazonses.com" if region is None else "%s.amazonses.com" % region
    return "<%s@%s>" % (ses_id(dt), host)


def fold_plain(value, width=76):
    """Fold a plain ASCII header value at spaces (RFC 5322 style)."""
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def dkim_sig(d, s, dt, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
             c="relaxed/simple", a="rsa-sha256"):
    b = rb64(256)
    blines = [b[i:i + 66] for i in range(0, len(b), 66)]
    return ("DKIM-Signature: v=1; a=%s; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (a, c, s, d, int(dt.timestamp()), headers, rb64(32),
               "\n\t".join(blines)))


AMZ_SEL = "rjd4umjqfbb7yjyaijarmkvtfpvc7xmk"
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL_W2 = "hsbnp7p3ensaochzwyq5wwmceodymuwv"


def rfc_date(dt):
    return format_datetime(dt)


def ses_ip():
    return "54.240.%d.%d" % (RNG.choice([8, 9, 48, 27]), RNG.randrange(2, 250))


# ----------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, encoder_charset=None, fmt_flowed=False):
    """Build a text part with full control of charset label and transfer encoding.

    label: the charset written in the header (may be wrong on purpose)
    encoder_charset: the codec really used to turn text into bytes
    """
    enc = encoder_charset or charset
    raw = text.replace("\n", "\r\n").encode(enc)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if fmt_flowed:
        p.set_param("format", "flowed")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    payload = payload.replace("\r\n", "\n")
    del p["MIME-Version"]
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts_):
    m = MIMEMultipart("alternative")
    for p in parts_:
        m.attach(p)
    return m


def mixed(*parts_):
    m = MIMEMultipart("mixed")
    for p in parts_:
        m.attach(p)
    return m


def related(*parts_):
    m = MIMEMultipart("related")
    for p in parts_:
        m.attach(p)
    return m


def image_part(name="logo.png", cid=None):
    p = MIMENonMultipart("image", "png")
    p.set_param("name", name)
    raw = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61") + bytes(RNG.getrandbits(8) for _ in range(180))
    p.set_payload(base64.encodebytes(raw).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    if cid:
        p["Content-ID"] = "<%s>" % cid
    p["Content-Disposition"] = 'inline; filename="%s"' % name
    return p


def hdr(text, charset="utf-8"):
    """Encoded-word header value (folded by Header)."""
    return Header(text, charset, maxlinelen=76, header_name="Subject")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def quote(text, prefix="> ", tight=False):
    """Quote text; nested quotes become '> >' (Gmail) or '>>' when tight."""
    out = []
    for line in text.split("\n"):
        if tight and line.startswith(">"):
            out.append(">" + line)
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def text_to_html(text, font="Arial, sans-serif"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:%s;font-size:14px\">\n%s\n</div></body></html>" % (font, "\n".join(out)))


# ----------------------------------------------------------------- delivery traces
def trace_gmail(dt, rcpt, mailfrom, ip, helo, ar_clauses, extra_top=(), arc=True, forged_lower=None):
    """Gmail: topmost Authentication-Results from mx.google.com."""
    local = dt.astimezone(PDT)
    gid = ralnum(6, "abcdefghijklmnopqrstuvwxyz") + "%d" % RNG.randrange(1000, 9999)
    ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(ar_clauses)
    lines = list(extra_top)
    lines.append("Delivered-To: %s" % rcpt)
    lines.append("Received: by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                 % (rhex(4), rhex(3), rhex(4), rhex(4), "%scsp%d%s" % (ralnum(3, "abcdefghijklmnopqrstuvwxyz"), RNG.randrange(100000, 9999999), ralnum(3, "abcdefghijklmnopqrstuvwxyz")),
                    rfc_date(local + _dt.timedelta(seconds=2)) + " (PDT)"))
    lines.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60)[:86])
    lines.append("X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
                 % (rhex(4), rhex(3), rhex(4), rhex(4), ralnum(14), RNG.randrange(1, 9), int(dt.timestamp()), rfc_date(local + _dt.timedelta(seconds=1)) + " (PDT)"))
    if arc:
        arcsel = "arc-20240605" if dt.year >= 2024 else "arc-20160816"
        lines.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=%s;\n        b=%s"
                     % (int(dt.timestamp()), arcsel, rb64(90)))
        lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=" + arcsel + ";\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
                     % (rb64(32), rb64(32), rb64(90)))
        lines.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(ar_clauses))
    lines.append("Return-Path: <%s>" % mailfrom)
    lines.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                 % (helo, helo, ip, ralnum(16), RNG.randrange(1, 600), RNG.randrange(1, 99), rcpt, rfc_date(local) + " (PDT)"))
    spf = re.search(r"spf=(\w+)", " ".join(ar_clauses)).group(1)
    if spf == "pass":
        lines.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
    elif spf == "neutral":
        lines.append("Received-SPF: neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;" % (ip, mailfrom, ip))
    else:
        lines.append("Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip))
    lines.append(ar)
    if forged_lower:
        lines.append(forged_lower)
    return lines


def gmail_ar_aws(mailfrom, ip, ok=True, d="amazon.com", hfrom="amazon.com"):
    if ok:
        return ["dkim=pass header.i=@%s header.s=%s header.b=%s" % (d, AMZ_SEL, rb64(6)[:8]),
                "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, rb64(6)[:8]),
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                % (mailfrom, ip, mailfrom),
                "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % hfrom]
    raise ValueError


def trace_outlook(dt, rcpt, mailfrom_dom, ip, helo, ar_value, consumer=True):
    """Outlook/Exchange Online: AR without authserv-id."""
    t = dt.astimezone(UTC)
    fe = "%s.mail.protection.outlook.com" % ("BN1PEPF0000%04X" % RNG.randrange(0, 0xffff))
    mbx = "%s.namprd%02d.prod.outlook.com" % ("SJ0PR%02dMB%04d" % (RNG.randrange(10, 19), RNG.randrange(1000, 9999)), RNG.randrange(1, 20))
    lines = []
    lines.append("Received: from %s (::1) by %s with HTTPS; %s" % (mbx, mbx, rfc_date(t + _dt.timedelta(seconds=3))))
    lines.append("Received: from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21;\n %s"
                 % ("CH2PR%02dCA%04d.namprd%02d.prod.outlook.com" % (RNG.randrange(10, 20), RNG.randrange(1000, 9999), RNG.randrange(1, 20)), rhex(3), rhex(2), mbx, rhex(3), rhex(2), rfc_date(t + _dt.timedelta(seconds=2))))
    lines.append("Received: from %s (2603:10b6:%s:cafe::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; %s"
                 % (fe, rhex(3), rhex(2), "CH2PR%02dCA%04d.outlook.office365.com" % (RNG.randrange(10, 20), RNG.randrange(1000, 9999)), rhex(3), rhex(2), rfc_date(t + _dt.timedelta(seconds=1))))
    lines.append("Authentication-Results: " + ar_value)
    lines.append("Received-SPF: %s (protection.outlook.com: domain of %s %s %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C"
                 % ("Pass" if "spf=pass" in ar_value else "Fail", mailfrom_dom,
                    "designates" if "spf=pass" in ar_value else "does not designate", ip, ip, helo))
    lines.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; %s"
                 % (helo, ip, fe, RNG.randrange(1, 255), RNG.randrange(1, 255), rfc_date(t)))
    return lines


def outlook_ar_aws(ip, ok=True, hfrom="amazon.com"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d=%s;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, hfrom, hfrom))
    raise ValueError


def trace_generic(dt, rcpt, host, mailfrom, ip, helo, ar_line, tz=JST, extra=()):
    """Japanese ISP / other providers: Received + AR with their authserv-id."""
    local = dt.astimezone(tz)
    lines = list(extra)
    lines.append("Return-Path: <%s>" % mailfrom)
    lines.append("Delivered-To: %s" % rcpt)
    if ar_line:
        lines.append("Authentication-Results: " + ar_line)
    lines.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (helo, helo, ip, host, ralnum(11, "0123456789ABCDEF"), rcpt, rfc_date(local + _dt.timedelta(seconds=1))))
    return lines


# ----------------------------------------------------------------- writer
def write(fn, label, body, *, frm, to, subject, date, msgid, trace, sender_hdrs=(),
          extra=(), cc=None, reply_to=None):
    m = body
    # strip any headers email package set, then set in our order
    for k in ("From", "To", "Cc", "Subject", "Date", "Message-ID", "Reply-To"):
        del m[k]
    hdrs = []
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if isinstance(subject, Header):
        subject = subject.encode()
    elif len(subject) > 68 and "\n" not in subject:
        subject = fold_plain(subject)
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", rfc_date(date)))
    hdrs.append(("Message-ID", msgid))
    for k, v in extra:
        hdrs.append((k, v))
    # rebuild: our headers first, then content headers from body
    content = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        m[k] = v
    if "MIME-Version" not in [k for k, _ in content]:
        m["MIME-Version"] = "1.0"
    for k, v in content:
        m[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=0)).flatten(m)
    raw = buf.getvalue()
    top = "\n".join(list(trace) + list(sender_hdrs)) + "\n"
    data = top.encode("ascii") + raw
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    LABELS[fn] = label


def L(kind, case_id, ids, sv, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": sv, "language": lang}


# ----------------------------------------------------------------- common senders
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"


def aws_sender_headers(dt, region="us-east-1", d="amazon.com"):
    sel2 = SES_SEL if region == "us-east-1" else SES_SEL_W2
    return [dkim_sig(d, AMZ_SEL, dt, headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID"),
            dkim_sig("amazonses.com", sel2, dt, headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"),
            ]


def aws_extra(dt, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(33)[:43])),
            ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), ses_ip()))]


def aws_gmail(dt, rcpt):
    sid = ses_id(dt)
    mailfrom = sid + "@amazonses.com"
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    return trace_gmail(dt, rcpt, mailfrom, ip, helo, gmail_ar_aws(mailfrom, ip)), "<%s@email.amazonses.com>" % sid


def aws_outlook(dt, rcpt):
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    return trace_outlook(dt, rcpt, "amazonses.com", ip, helo, outlook_ar_aws(ip))


def aws_jp(dt, rcpt, host, authserv, dmarc=True):
    sid = ses_id(dt)
    mailfrom = sid + "@amazonses.com"
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    if dmarc:
        ar = "%s;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.i=@amazon.com;\n\tdkim=pass header.i=@amazonses.com;\n\tdmarc=pass header.from=amazon.com" % authserv
    else:
        ar = "%s; spf=pass smtp.mailfrom=%s;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s" % (authserv, mailfrom, rb64(6)[:8])
    return trace_generic(dt, rcpt, host, mailfrom, ip, helo, ar)


# =================================================================== MAILS
AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
              "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
              "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
CONSOLE_RATE = ("We value your feedback. Please share your experience by rating this and other\n"
                "correspondences in the AWS Support Center. You can rate a correspondence by\n"
                "selecting the stars in the top right corner of the correspondence.")


def m_thread_a():
    """Priya, outlook.com, form desk, 15-digit case."""
    to = "Priya Raman <priya.raman@outlook.com>"
    rc = "priya.raman@outlook.com"
    opened = D(2025, 5, 27, 23, 58, 21)
    cid = case15(opened)
    keep, drop = "AWS05519320", "AWS02847193"
    subj_base = "[AWS Training and Certification Form Submission] - account-assistance"

    # 001 acknowledgement (form desk)
    dt = opened + _dt.timedelta(seconds=47)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to confirm that we have received your request. A member of our team
will review it and respond, typically within 24 hours.

Your case number is {cid}. Please keep this number for your reference.

Here is a copy of what you submitted:

  Inquiry type:      AWS Certification
  Category:          Account Assistance
  Detail:            Account Merge
  AWS candidate ID:  {keep}
  Description:       I have two certification profiles. One was created
                     with my work email when my employer bought a voucher
                     (AWS 02847193) and the other is my personal one
                     ({keep}). Please combine them into the personal one.

To add information to this case, reply to this email and keep the case number
in the subject line. Please do not submit a new form for the same request, as
this may delay our response.

Sincerely,
AWS Training and Certification

{AWS_FOOTER}
"""
    html = text_to_html(txt, font="Amazon Ember, Helvetica, Arial, sans-serif")
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("001-form-ack-received-request.eml", L("case_created", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"[CASE {cid}] {subj_base}",
          date=dt, msgid=ses_msgid(dt), trace=aws_outlook(dt, rc),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 002 first agent reply asking for login e-mails (not yet a confirmation)
    dt2 = D(2025, 5, 28, 18, 40, 12)
    txt2 = f"""Hello Priya,

Greetings from AWS Training and Certification!

I understand that you would like to combine your certification accounts
{drop} and AWS 05519320 into a single profile. I will be glad to assist you
with this.

In order to proceed further, kindly provide below details:

1. The login email address associated with each of the above account
2. Which account you would like to keep as the primary (the other one will
   be deactivated)
3. Any upcoming exam appointment scheduled on either account, if any

Once I receive the information, I will check the records and get back to you
with next steps.

Best regards,
Rhea S.
AWS Training and Certification Customer Support

{AWS_FOOTER}
"""
    body = alt(part(txt2, cte="quoted-printable"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    write("002-form-agent-asks-login-emails.eml", L("support_reply", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt2, msgid=ses_msgid(dt2), trace=aws_outlook(dt2, rc),
          sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 003 agent chaser, new text has no ids; quoted history (Outlook block) has them
    dt3 = D(2025, 5, 31, 16, 5, 44)
    quoted = txt2.split("\n\n" + AWS_FOOTER)[0]
    txt3 = f"""Hello Priya,

I hope you are doing well.

I am following up on my previous email as we have not received a response
from you yet. To move forward with your request we still need the details
mentioned below.

Please reply to this email at your earliest convenience. If we do not hear
from you within the next 5 business days, the case will be automatically
marked as resolved; you can reopen it anytime by replying.

Best regards,
Rhea S.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, May 28, 2025 6:40 PM
To: {rc}
Subject: RE:[CASE {cid}] {subj_base}

{quoted}
"""
    body = alt(part(txt3, cte="quoted-printable"), part(text_to_html(txt3), "html", cte="quoted-printable"))
    write("003-form-agent-chaser-no-response.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt3, msgid=ses_msgid(dt3), trace=aws_outlook(dt3, rc),
          sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 004 confirmation request
    dt4 = D(2025, 6, 2, 20, 11, 3)
    user_reply = f"""Hi Rhea,

Sorry for the delay, I was travelling.

1. {keep} - priya.raman@outlook.com
   AWS02847193 - priya.r@contoso-analytics.com
2. Please keep {keep} (personal)
3. No exams booked.

Thanks,
Priya"""
    txt4 = f"""Hello Priya,

Thank you for sharing the details.

Before I submit the request, please review the summary below carefully:

  Account to be retained : {keep}  (priya.raman@outlook.com)
  Account to be merged   : AWS-02847193 (priya.r@contoso-analytics.com)

After the merge, all certifications, exam history and benefits from
AWS-02847193 will be moved to {keep}, and AWS-02847193 will no longer be
accessible. Please note that this action is permanent and cannot be reversed.

If the above information is correct, kindly reply to this email with your
confirmation so that we can go ahead.

Best regards,
Rhea S.
AWS Training and Certification Customer Support

________________________________
From: Priya Raman <{rc}>
Sent: Monday, June 2, 2025 9:02 AM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {cid}] {subj_base}

{user_reply}
"""
    body = alt(part(txt4, cte="quoted-printable"), part(text_to_html(txt4), "html", cte="quoted-printable"))
    write("004-form-agent-confirm-retained-account.eml", L("merge_confirmation_requested", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt4, msgid=ses_msgid(dt4), trace=aws_outlook(dt4, rc),
          sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))

    # 005 thanks for confirming, we will proceed (not completed)
    dt5 = D(2025, 6, 3, 14, 27, 50)
    txt5 = f"""Hello Priya,

Thank you for confirming.

I have now submitted your request to our internal team to merge the accounts.
Please allow 3 to 5 business days for processing. Once the merge is complete,
we will send you an email and you will be able to sign in to {keep} with
priya.raman@outlook.com and see all your certifications there.

Please do not schedule or cancel any exam in the meantime.

Best regards,
Rhea S.
AWS Training and Certification Customer Support

________________________________
From: Priya Raman <{rc}>
Sent: Tuesday, June 3, 2025 2:15 AM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {cid}] {subj_base}

Yes, I confirm. The details are correct, please proceed with the merge.

Priya
"""
    body = alt(part(txt5, cte="quoted-printable"), part(text_to_html(txt5), "html", cte="quoted-printable"))
    write("005-form-agent-thanks-will-proceed.eml", L("support_reply", cid, [keep], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt5, msgid=ses_msgid(dt5), trace=aws_outlook(dt5, rc),
          sender_hdrs=aws_sender_headers(dt5), extra=aws_extra(dt5))


CONSOLE_JA_FOOTER = ("お客様からのフィードバックをお待ちしております。サポートセンターで各対応履歴の右上にある\n"
                     "星を選択し、この対応の評価をお願いいたします。")


def m_thread_b():
    """Kenji, gmail, console case opened in Japanese."""
    rc = "kenji.watanabe.dev@gmail.com"
    opened = D(2025, 7, 14, 1, 12, 9)
    cid = case15(opened)
    a1, a2 = "AWS01783346", "AWS07740215"
    csubj = "AWS認定アカウントの統合のお願い"
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"

    # 006 console ack, Japanese
    dt = opened + _dt.timedelta(seconds=31)
    txt = f"""Amazon Web Services をご利用いただきありがとうございます。お客様の問題に対応するため、ケース {cid} をオープンしました。

ケース ID: {cid}
件名: {csubj}
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS認定のアカウントが2つあります。会社のメールアドレスで作成した {a2} と、個人の {a1} です。
個人のアカウントに統合していただけますでしょうか。よろしくお願いいたします。

このケースを確認して返信するには、サポートセンターにサインインしてください:
{link}

* このメールは受信専用のアドレスから送信されています。このメールに返信しないでください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    html = text_to_html(txt, font="'Meiryo', 'Hiragino Sans', sans-serif")
    body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(html, "html", cte="base64"))
    subj = hdr(f"Amazon Web Services: 新しいサポートケースをオープンしました: {cid}", "iso-2022-jp")
    tr, mid = aws_gmail(dt, rc)
    write("006-console-ack-ja-new-case.eml", L("case_created", cid, [a1, a2], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=subj, date=dt, msgid=mid,
          trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 007 new correspondence notice
    dt2 = D(2025, 7, 15, 3, 20, 55)
    txt2 = f"""お客様

ケース {cid} に新しい対応履歴が追加されました。

内容を確認して返信するには、AWS サポートセンターにサインインしてください:
{link}

* このメールアドレスは返信を受け付けておりません。

Amazon Web Services
"""
    body = part(txt2, cte="base64")
    tr, mid = aws_gmail(dt2, rc)
    write("007-console-new-correspondence-ja.eml", L("support_reply", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"[Case {cid}] New correspondence added",
          date=dt2, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 008 agent reply asking details, Shift_JIS label but cp932 characters
    dt3 = dt2 + _dt.timedelta(seconds=4)
    txt3 = f"""渡辺 健二 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS サポートの佐藤でございます。

この度は認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お申し出のございました下記 2 つのアカウントについて確認いたしました。

　・AWS-01783346
　・aws07740215

お手続きを進めるにあたり、恐れ入りますが以下の情報をご教示いただけますでしょうか。

①各アカウントにサインインされる際のメールアドレス
②統合後に残すアカウント（もう一方のアカウントは無効化されます）
③統合をご希望される理由（例：会社のメールアドレスで重複して作成した、など）

本メールはサポートセンターからの通知のため、ご返信はサポートセンターのケース画面から
お願いいたします。

いただいた情報を確認でき次第、統合内容をあらためてご案内いたします。
何卒よろしくお願い申し上げます。

佐藤
Amazon Web Services

{CONSOLE_JA_FOOTER}
{link}
"""
    body = part(txt3, charset="shift_jis", cte="8bit", encoder_charset="cp932")
    tr, mid = aws_gmail(dt3, rc)
    write("008-console-agent-ja-asks-details-sjis.eml", L("support_reply", cid, [a1, a2], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=hdr(f"RE:[CASE {cid}] {csubj}", "utf-8"),
          date=dt3, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 009 status update / waiting
    dt4 = D(2025, 7, 17, 6, 2, 18)
    txt4 = f"""渡辺 健二 様

いつもお世話になっております。AWS サポートの佐藤でございます。

ご回答いただきありがとうございました。お待たせしており申し訳ございません。
頂戴した情報をもとに、現在担当チームにて両アカウントの登録内容を確認しております。
確認には通常 2〜3 営業日ほどお時間を頂戴しております。

進捗がございましたら、あらためてご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

佐藤
Amazon Web Services

{CONSOLE_JA_FOOTER}
{link}
"""
    body = part(txt4, charset="iso-2022-jp", cte="7bit")
    tr, mid = aws_gmail(dt4, rc)
    write("009-console-agent-ja-status-checking.eml", L("support_reply", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=hdr(f"RE:[CASE {cid}] {csubj}", "iso-2022-jp"),
          date=dt4, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))

    # 010 escalation
    dt5 = D(2025, 7, 22, 8, 45, 0)
    txt5 = f"""渡辺 健二 様

AWS サポートの佐藤でございます。

大変お待たせしております。本件につきましては、アカウントの統合処理を担当する
認定オペレーションチームへエスカレーションいたしました。
同チームからの回答を受領次第、速やかにご連絡いたします。

なお、統合後に残るアカウントは、ご指定いただいた {a1} を予定しております。
統合が完了するまでは、いずれのアカウントでも試験の予約・変更はお控えいただけますと幸いです。

ご不便をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。

佐藤
Amazon Web Services

{CONSOLE_JA_FOOTER}
{link}
"""
    body = alt(part(txt5, cte="base64"), part(text_to_html(txt5, "'Meiryo', sans-serif"), "html", cte="base64"))
    tr, mid = aws_gmail(dt5, rc)
    write("010-console-agent-ja-escalated.eml", L("support_reply", cid, [a1], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=hdr(f"RE:[CASE {cid}] {csubj}", "utf-8"),
          date=dt5, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt5), extra=aws_extra(dt5))


def m_thread_c():
    """Tomoko, nifty (Japanese ISP), form desk in Japanese."""
    rc = "t-saito@nifty.com"
    host, authserv = "mx06.nifty.com", "mx.nifty.com"
    opened = D(2025, 9, 3, 23, 40, 12)
    cid = case15(opened)
    keep, drop = "AWS03361982", "AWS09127745"
    subj_base = "[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ"

    # 011 ack (form desk, Japanese)
    dt = opened + _dt.timedelta(seconds=52)
    txt = f"""※本メールはシステムより自動送信されています。

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。
担当者より、原則として 24 時間以内にご連絡いたします。

ケース番号：{cid}

■お問い合わせ種別：AWS 認定
■詳細：アカウントの統合
■AWS 候補者 ID：{keep}
■お問い合わせ内容：
以前の勤務先のメールアドレスで作成したアカウント（AWS09127745）があり、
認定が2つのアカウントに分かれてしまっています。{keep} に統合をお願いします。

追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにフォームを送信されますと、ご回答が遅れる場合がございます。

AWS トレーニングと認定
"""
    body = part(txt, charset="iso-2022-jp", cte="base64")
    write("011-form-ack-ja-uketsuke.eml", L("case_created", cid, [keep, drop], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=hdr(f"[CASE {cid}] {subj_base}", "iso-2022-jp"),
          date=dt, msgid=ses_msgid(dt), trace=aws_jp(dt, rc, host, authserv, dmarc=False),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 012 first reply: asks for registered emails and name spelling
    dt2 = D(2025, 9, 5, 1, 33, 40)
    txt2 = f"""斎藤 知子 様

AWS トレーニングと認定 カスタマーサポートの山本と申します。
お問い合わせいただき、ありがとうございます。

AWS 03361982 と AWS 09127745 の統合をご希望と承りました。
お手続きにあたり、恐れ入りますが下記についてご回答をお願いできますでしょうか。

1. 各アカウントのご登録メールアドレス
2. 両アカウントで氏名の表記が異なっております（「TOMOKO SAITO」と「Saito Tomoko」）。
   統合後のアカウントで使用する氏名の表記をご指定ください。
   ※氏名は本人確認書類の表記と一致している必要がございます。

ご回答は本メールへの返信にてお送りください。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
{txt}"""
    body = alt(part(txt2, charset="iso-2022-jp", cte="7bit"),
               part(text_to_html(txt2, "'MS PGothic', sans-serif"), "html", cte="quoted-printable"))
    write("012-form-agent-ja-asks-emails-and-name.eml", L("support_reply", cid, [keep, drop], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=hdr(f"RE:[CASE {cid}] {subj_base}", "iso-2022-jp"),
          date=dt2, msgid=ses_msgid(dt2), trace=aws_jp(dt2, rc, host, authserv),
          sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 013 confirmation request, Japanese
    dt3 = D(2025, 9, 8, 2, 5, 11)
    user = f"""山本様

ご連絡ありがとうございます。

1. {keep}：t-saito@nifty.com
   {drop}：tomoko.saito@old-company.co.jp（現在は使用できません）
2. 「TOMOKO SAITO」でお願いします。

よろしくお願いいたします。
斎藤"""
    txt3 = f"""斎藤 知子 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご回答いただき、ありがとうございました。

下記の内容で統合を実施いたします。

　統合先（残るアカウント）　：{keep}（t-saito@nifty.com）
　統合元（無効化されるアカウント）：{drop}
　統合後の氏名表記　　　　　：TOMOKO SAITO

統合後は元の状態に戻すことができません。
上記内容でよろしければ、本メールにご返信のうえ、ご承認の旨をお知らせください。
ご承認をいただいた後に作業を開始いたします。

山本
AWS トレーニングと認定 カスタマーサポート

差出人: 斎藤 知子 <{rc}>
送信日時: 2025年9月6日 10:14
宛先: Amazon Web Services <{FORM}>
件名: Re: RE:[CASE {cid}] {subj_base}

{user}
"""
    body = part(txt3, charset="iso-2022-jp", cte="7bit")
    write("013-form-agent-ja-please-approve-merge.eml", L("merge_confirmation_requested", cid, [keep, drop], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=hdr(f"RE:[CASE {cid}] {subj_base}", "iso-2022-jp"),
          date=dt3, msgid=ses_msgid(dt3), trace=aws_jp(dt3, rc, host, authserv),
          sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 014 thanks for approving, will proceed (Japanese)
    dt4 = D(2025, 9, 9, 0, 48, 27)
    user2 = "山本様\n\n内容に相違ありません。統合をお願いいたします。\n\n斎藤\n"
    q_prev = quote("\n".join(txt3.split("\n")[:16]))
    txt4 = f"""斎藤 知子 様

山本でございます。
ご確認いただき、誠にありがとうございます。

ご承認を賜りましたので、これより統合作業を進めてまいります。
作業完了までに 3〜5 営業日ほどお時間をいただく場合がございます。
完了いたしましたら、あらためて本メールにてご連絡差し上げます。

引き続きよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート

2025年9月8日(月) 19:30 斎藤 知子 <{rc}>:
{quote(user2)}
>
> 2025年9月8日(月) 11:05 Amazon Web Services <{FORM}>:
{quote(q_prev, tight=True)}
"""
    body = part(txt4, cte="base64")
    write("014-form-agent-ja-thanks-proceeding.eml", L("support_reply", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=hdr(f"RE:[CASE {cid}] {subj_base}", "utf-8"),
          date=dt4, msgid=ses_msgid(dt4), trace=aws_jp(dt4, rc, host, authserv),
          sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))


CONSOLE_NOTE = ("*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n"
                "To update an existing case, please use the link above.")


def m_thread_d():
    """Marco, gmail, console case 2023 with 11-digit id."""
    rc = "marco.bianchi.it@gmail.com"
    cid = "13587420961"
    keep, drop = "AWS00428815", "AWS06615309"
    csubj = "Merge two AWS Certification accounts"
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"

    # 015 console ack EN (older template)
    dt = D(2023, 9, 12, 7, 14, 2)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {csubj}
Severity: General guidance
Correspondence: Hello, I passed Cloud Practitioner with this email (candidate id {keep})
and Solutions Architect Associate with my old university email (candidate id aws06615309).
I would like to have all in one account, {keep}. Thank you, Marco

To contact us again about this case, please return to the Support Center using the following URL:

{link}

(If you are connecting by federation, log in before following the link.)

{CONSOLE_NOTE}

Thank you for using Amazon Web Services.
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="2" style="font-size:13px">
<tr><td><b>Case ID:</b></td><td>{cid}</td></tr>
<tr><td><b>Subject:</b></td><td>{esc(csubj)}</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I passed Cloud Practitioner with this email (candidate id {keep})
and Solutions Architect Associate with my old university email (candidate id aws06615309).
I would like to have all in one account, {keep}. Thank you, Marco</td></tr>
</table>
<p>To contact us again about this case, please return to the Support Center using the following URL:</p>
<p><a href="{esc(link)}">{esc(link)}</a></p>
<p>(If you are connecting by federation, log in before following the link.)</p>
<p><i>{esc(CONSOLE_NOTE)}</i></p>
<p>Thank you for using Amazon Web Services.</p>
</body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt, rc)
    write("015-console-ack-en-2023-11digit.eml", L("case_created", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: You have opened a new Support case: {cid}",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 016 status update
    dt2 = D(2023, 9, 13, 15, 2, 44)
    txt2 = f"""Hello Marco,

Thanks for your patience while I looked into this.

I have shared the details of both candidate profiles with our Training and
Certification team, who own this process. They have acknowledged the request
and it is currently in their queue. From what I see, requests like this are
usually handled within 3-5 business days, although it can take a bit longer
during busy periods.

I will keep this case open and update you as soon as I hear back from them.
There is nothing you need to do in the meantime.

Best regards,

Jonas W.
Amazon Web Services

{CONSOLE_RATE}

To see the case and respond, please sign in to the Support Center:
{link}

{CONSOLE_NOTE}
"""
    body = alt(part(txt2, cte="quoted-printable"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt2, rc)
    write("016-console-agent-status-with-tc-team.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"RE:[CASE {cid}] {csubj}",
          date=dt2, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 017 reopen notice
    dt3 = D(2023, 9, 25, 9, 40, 13)
    txt3 = f"""Hello,

Your AWS Support case {cid} has been reopened because new correspondence was added
to it. An AWS Support engineer will review the update.

Case ID: {cid}
Subject: {csubj}
Status: Reopened

To see the case and respond, please sign in to the Support Center:
{link}

{CONSOLE_NOTE}

Amazon Web Services
"""
    body = part(txt3, charset="us-ascii", cte="7bit")
    tr, mid = aws_gmail(dt3, rc)
    write("017-console-case-reopened-notice.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: Support case {cid} has been reopened",
          date=dt3, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 018 merge completed (non-native agent)
    dt4 = D(2023, 9, 18, 4, 22, 31)
    txt4 = f"""Hello Marco,

Good day!

I am happy to inform you that the Training and Certification team has
successfully merged your both certification profiles. Now all of your
certifications and exam history are showing under the account {keep} and
the old profile {drop} is deactivated.

Kindly note it may take up to 48 hours for your Credly badges to reflect in
your Credly wallet. If you do not receive the badges after this time, please
let us know by replying to this case.

Have a nice day ahead!

Best regards,

Nisha P.
Amazon Web Services

{CONSOLE_RATE}

To see the case and respond, please sign in to the Support Center:
{link}

{CONSOLE_NOTE}
"""
    body = alt(part(txt4, cte="quoted-printable"), part(text_to_html(txt4), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt4, rc)
    write("018-console-agent-profiles-merged.eml", L("merge_completed", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"RE:[CASE {cid}] {csubj}",
          date=dt4, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))

    # 019 resolved + survey
    dt5 = D(2023, 9, 21, 4, 30, 5)
    txt5 = f"""Hello,

We haven't heard back from you regarding case {cid}, so we have marked it as resolved.
If you still need help, you can reopen the case from the Support Center within 14 days.

Case ID: {cid}
Subject: {csubj}

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=no

Please take a moment to tell us about your experience. Your feedback helps us
improve AWS Support.

{CONSOLE_NOTE}

Amazon Web Services
"""
    html = text_to_html(txt5)
    body = alt(part(txt5, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt5, rc)
    write("019-console-resolved-was-issue-resolved.eml", L("survey", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: Your Support case {cid} has been resolved",
          date=dt5, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt5), extra=aws_extra(dt5))


def yahoo_trace(dt, rc, mailfrom, ip, helo, ar):
    local = dt.astimezone(EDT)
    return ["X-Apparently-To: %s; %s" % (rc, rfc_date(local)),
            "Return-Path: <%s>" % mailfrom,
            "Received-SPF: pass (domain of amazonses.com designates %s as permitted sender)" % ip,
            "Authentication-Results: " + ar,
            "X-Originating-IP: [%s]" % ip,
            "Received: from %s (EHLO %s)\n by atlas%d.free.mail.bf1.yahoo.com with SMTPS; %s"
            % (ip, helo, RNG.randrange(100, 330), rfc_date(local))]


def aws_yahoo(dt, rc):
    sid = ses_id(dt)
    mailfrom = sid + "@amazonses.com"
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    ar = ("atlas%d.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;"
          % (RNG.randrange(100, 330), AMZ_SEL, SES_SEL))
    return yahoo_trace(dt, rc, mailfrom, ip, helo, ar), "<%s@email.amazonses.com>" % sid


def m_thread_e():
    """Daniel, yahoo.com, form desk, 15-digit case."""
    rc = "daniel.okafor@yahoo.com"
    opened = D(2025, 3, 10, 14, 3, 37)
    cid = case15(opened)
    keep, drop = "AWS04419026", "AWS08830154"
    subj_base = "[AWS Training and Certification Form Submission] - account-assistance"

    # 020 HTML-only acknowledgement, different wording
    dt = opened + _dt.timedelta(minutes=1, seconds=5)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td>
<p>Hi there,</p>
<p>Thanks for getting in touch. This email confirms that your request has reached our
support team and a case has been created for you.</p>
<table cellpadding="4" style="font-size:14px;border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>{cid}</td></tr>
<tr><td><b>Topic</b></td><td>Certification &rsaquo; Account Assistance &rsaquo; Account Merge</td></tr>
<tr><td><b>Candidate ID</b></td><td>{keep}</td></tr>
</table>
<p>What happens next: a support specialist will look at your request and get back to you,
usually within 24 hours (it may take longer on weekends and public holidays).</p>
<p>Need to add something? Simply reply to this email. Submitting the form again will create a
separate case and can slow things down.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">{esc(AWS_FOOTER).replace(chr(10), ' ')}</td></tr>
</table></td></tr></table>
</body></html>
"""
    body = part(html, "html", cte="quoted-printable")
    tr, mid = aws_yahoo(dt, rc)
    write("020-form-ack-html-only-case-created.eml", L("case_created", cid, [keep], True), body,
          frm=addr(AWS_NAME, FORM), to=rc,
          subject=f"We've received your request [CASE {cid}]",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 021 first reply: asks notification e-mail + a voucher question (not a merge confirmation)
    dt2 = D(2025, 3, 12, 17, 51, 20)
    txt2 = f"""Hi Daniel,

Thank you for reaching out to AWS Training and Certification, my name is Kofi and I
will be assisting you with your request to combine your two candidate profiles.

I was able to locate both profiles on our end: {keep} and AWS08830154. Before we can
move forward, I need a couple of things from you:

- Please confirm the email address you want us to use for notifications once the
  profiles are combined (at the moment {keep} uses daniel.okafor@yahoo.com and
  AWS08830154 uses dokafor@northwind-logistics.com).
- I also noticed an unused 50% exam discount voucher on AWS08830154 that expires on
  April 30, 2025. Would you like to use it before we proceed, or should we request that
  it be carried over?

Once I have your answers I will share a summary of the request with you for a final
review.

Kind regards,
Kofi A.
AWS Training and Certification Support
"""
    body = alt(part(txt2, cte="quoted-printable"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    tr, mid = aws_yahoo(dt2, rc)
    write("021-form-agent-asks-notification-email-voucher.eml", L("support_reply", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt2, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 022 escalation
    dt3 = D(2025, 3, 14, 13, 7, 56)
    user = f"""Hi Kofi,

Notifications to daniel.okafor@yahoo.com please. I already used the voucher last week
for the DVA exam so no need to carry it over.

Thanks
Daniel"""
    txt3 = f"""Hi Daniel,

Thank you for the quick reply and for the clarification about the voucher.

While reviewing the two profiles I noticed that the legal name is recorded differently
("Daniel Okafor" and "Daniel C. Okafor"). Because of this, the request needs a manual
review, so I have escalated your case to our Certification Operations team. They will
verify the records and I will get back to you with the next step.

I appreciate your patience while this is being reviewed.

Kind regards,
Kofi A.
AWS Training and Certification Support

-----Original Message-----
From: Daniel Okafor <{rc}>
Sent: Thursday, March 13, 2025 10:22 PM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {cid}] {subj_base}

{user}
"""
    body = alt(part(txt3, cte="quoted-printable"), part(text_to_html(txt3), "html", cte="quoted-printable"))
    tr, mid = aws_yahoo(dt3, rc)
    write("022-form-agent-escalated-ops-review.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt3, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 023 gentle reminder (agent chases the user for a document)
    dt4 = D(2025, 3, 19, 15, 30, 2)
    txt4 = f"""Hi Daniel,

This is a gentle reminder regarding case {cid}.

Our Certification Operations team has asked for one more detail before they can act on
your request: please confirm your full legal name exactly as it appears on the
government-issued ID you use at the test center. This will be the name shown on your
certificates afterwards.

Please reply to this email with the information. If we don't hear back from you in
7 days, this case will be closed automatically, but you can always reply to reopen it.

Kind regards,
Kofi A.
AWS Training and Certification Support
"""
    html = text_to_html(txt4)
    body = alt(part(txt4, cte="base64"), part(html, "html", cte="base64"))
    tr, mid = aws_yahoo(dt4, rc)
    write("023-form-agent-gentle-reminder-legal-name.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt4, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))

    # 024 waiting message after the user chased
    dt5 = D(2025, 3, 31, 12, 12, 12)
    user_chase = f"""Hello,

Any update on this? It has been almost two weeks since I sent my legal name. I just
want {drop} and {keep} combined before my next exam.

Daniel"""
    txt5 = f"""Hi Daniel,

I am sorry for the delay and I understand your frustration.

I have just checked with the Certification Operations team: your request is still in
their queue and has been marked as a priority. Unfortunately I can't give an exact
date yet, but I am following up with them daily and will let you know as soon as there
is any progress.

In the meantime you can still take your exam as planned, it will simply appear under
the profile you book it with and will be included when the profiles are combined.

Kind regards,
Kofi A.
AWS Training and Certification Support

________________________________
From: Daniel Okafor <{rc}>
Sent: Sunday, March 30, 2025 6:48 PM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {cid}] {subj_base}

{user_chase}

________________________________
From: Amazon Web Services <{FORM}>
Sent: Wednesday, March 19, 2025 11:30 AM
To: {rc}
Subject: RE:[CASE {cid}] {subj_base}

{txt4}"""
    body = alt(part(txt5, cte="quoted-printable"), part(text_to_html(txt5), "html", cte="quoted-printable"))
    tr, mid = aws_yahoo(dt5, rc)
    write("024-form-agent-still-in-queue-apology.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt5, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt5), extra=aws_extra(dt5))


def corp_trace(dt, rc, helo, ip):
    """On-premises corporate relay that adds no Authentication-Results."""
    local = dt.astimezone(JST)
    return ["Return-Path: <%s@amazonses.com>" % ses_id(dt),
            "Received: from mx1.mitsuba-denki.co.jp (mx1.mitsuba-denki.co.jp [203.0.113.25])\n\tby mbox02.mitsuba-denki.co.jp (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s"
            % (ralnum(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), rc, rfc_date(local + _dt.timedelta(seconds=2))),
            "Received: from %s (%s [%s])\n\tby mx1.mitsuba-denki.co.jp (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, ralnum(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), rc, rfc_date(local + _dt.timedelta(seconds=1))),
            "X-Virus-Scanned: clamav-milter 0.103.8 at mx1.mitsuba-denki.co.jp"]


def aws_corp(dt, rc):
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    return corp_trace(dt, rc, helo, ip)


def m_thread_f():
    """Yuki, corporate mailbox (no AR header), duplicate case."""
    rc = "hayashi.yuki@mitsuba-denki.co.jp"
    orig_opened = D(2025, 10, 2, 1, 20, 5)
    orig = case15(orig_opened)
    opened = D(2025, 10, 6, 5, 12, 44)
    cid = case15(opened)
    acc = "AWS06012284"
    subj_base = "[AWS Training and Certification Form Submission] - account-assistance"

    # 025 ack of the second (duplicate) submission, short template
    dt = opened + _dt.timedelta(seconds=40)
    txt = f"""Hello,

We've received your message and created case {cid}.

Our team will get back to you within 1 business day. You can reply to this email if you
want to add details to your request.

Thank you,
AWS Training and Certification Customer Support

Case {cid} | AWS Training and Certification
"""
    body = alt(part(txt, charset="us-ascii", cte="7bit"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("025-form-ack-short-corporate-no-auth.eml", L("case_created", cid, [], None), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"[CASE {cid}] {subj_base}",
          date=dt, msgid=ses_msgid(dt), trace=aws_corp(dt, rc),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 026 duplicate notice: continue in the original case
    dt2 = D(2025, 10, 6, 22, 3, 9)
    txt2 = f"""Dear Yuki Hayashi,

Thank you for contacting AWS Training and Certification.

We noticed that this request (merging your candidate profile AWS 06012284 with your
second profile) is already being handled in case {orig}, which you opened on
October 2. To avoid confusion, we will continue working on your request in that case
and close this one ({cid}).

Our team is still reviewing the information you provided there; you will receive
our next update on case {orig}. There is no need to submit a new request.

We appreciate your understanding.

Regards,
Marisol T.
AWS Training and Certification Customer Support
"""
    body = alt(part(txt2, cte="quoted-printable"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    write("026-form-agent-duplicate-continue-in-original.eml", L("support_reply", cid, [acc], None), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt2, msgid=ses_msgid(dt2), trace=aws_corp(dt2, rc),
          sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 027 closure + rating request of the duplicate case
    dt3 = dt2 + _dt.timedelta(minutes=3, seconds=12)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your case <b>{cid}</b> has been closed.</p>
<p>We'd love to hear about your experience. How satisfied were you with the support you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={cid}&amp;s=1">1</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={cid}&amp;s=2">2</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={cid}&amp;s=3">3</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={cid}&amp;s=4">4</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={cid}&amp;s=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied</td></tr></table>
<p>The survey takes less than a minute.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
"""
    body = part(html, "html", cte="base64")
    write("027-form-case-closed-rate-us-html.eml", L("survey", cid, [], None), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"Your case {cid} has been closed - tell us how we did",
          date=dt3, msgid=ses_msgid(dt3), trace=aws_corp(dt3, rc),
          sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))


def credly_gmail(dt, rc, hfrom="credly.com", ok=True):
    mailfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (RNG.randrange(1000000, 9999999), rhex(4), rc.split("@")[0], rc.split("@")[1], RNG.randrange(1000, 9999), hfrom)
    ip = "149.72.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    helo = "o%d.ptr%d.%s" % (RNG.randrange(1, 99), RNG.randrange(1000, 9999), hfrom)
    ar = ["dkim=pass header.i=@%s header.s=s1 header.b=%s" % (hfrom, rb64(6)[:8]),
          "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % rb64(6)[:8],
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (mailfrom, ip, mailfrom),
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % hfrom]
    tr = trace_gmail(dt, rc, mailfrom, ip, helo, ar)
    sh = [dkim_sig(hfrom, "s1", dt, headers="from:mime-version:subject:x-feedback-id:to:content-type:cc:content-type:from:subject:to", c="relaxed/relaxed"),
          dkim_sig("sendgrid.info", "smtpapi", dt, headers="from:mime-version:subject:x-feedback-id:to:content-type:cc", c="relaxed/relaxed")]
    mid = "<%s@geopod-ismtpd-%d>" % (rb64(16).rstrip("=").replace("/", "_").replace("+", "-"), RNG.randrange(1, 40))
    return tr, sh, mid


def m_thread_g():
    """Ana, gmail, 2020 console case with a 10-digit id; Credly badge after merge."""
    rc = "ana.souza.tech@gmail.com"
    cid = "7198834561"
    keep, drop = "AWS01129853", "AWS05530046"
    csubj = "Merge certification accounts"
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"

    # 028 old console ack, text only
    dt = D(2020, 8, 3, 12, 41, 9)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {csubj}
Severity: Low
Correspondence: Hi team, I have two AWS Certification accounts by mistake,
AWS01129853 (ana.souza.tech@gmail.com) and AWS 05530046 (asouza@fatec-alunos.edu.br).
Can you please merge them and keep the first one? Obrigada!

To contact us again about this case, please return to the Support Center using the following URL:

{link}

(If you are connecting by federation, log in before following the link.)

{CONSOLE_NOTE}

Thank you for using Amazon Web Services.
"""
    body = part(txt, charset="us-ascii", cte="7bit")
    tr, mid = aws_gmail(dt, rc)
    write("028-console-ack-2020-10digit.eml", L("case_created", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: New Support case: {cid}",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 029 confirmation request, 2020
    dt2 = D(2020, 8, 5, 19, 3, 27)
    txt2 = f"""Hello Ana,

Thank you for your patience.

I have been in touch with the AWS Training and Certification team regarding your request.
Before they can combine the accounts, they need you to verify the following is correct:

Primary account (will remain active): {keep}
Secondary account (will be merged into the primary and closed): {drop}

All certifications and transcripts from the secondary account will be moved to the
primary one. Please be aware this cannot be undone once completed.

Please respond to this case to confirm the above, and I will pass your confirmation to
the team.

Best regards,

Thiago M.
Amazon Web Services

{CONSOLE_RATE}

To see the case and respond, please sign in to the Support Center:
{link}

{CONSOLE_NOTE}
"""
    body = alt(part(txt2, charset="us-ascii", cte="7bit"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt2, rc)
    write("029-console-agent-2020-verify-primary-secondary.eml", L("merge_confirmation_requested", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"RE:[CASE {cid}] {csubj}",
          date=dt2, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 030 Credly (older youracclaim.com domain) badge issued after the merge
    dt3 = D(2020, 8, 12, 16, 22, 40)
    tr, sh, mid = credly_gmail(dt3, rc, hfrom="youracclaim.com")
    badge_url = "https://www.youracclaim.com/badges/%s-%s-%s-%s-%s?source=email" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt3 = f"""Amazon Web Services Training and Certification has issued you a badge.

Hi Ana,

Congratulations! Amazon Web Services Training and Certification has issued you the
AWS Certified Developer - Associate badge. Accept your badge to start sharing it
with your network.

Accept your badge: {badge_url}

Badges are digital representations of the skills and achievements you've earned.
Once accepted, you can share your badge on LinkedIn, Twitter, Facebook and in your
email signature.

Acclaim is now Credly. Same badges, same platform.

You are receiving this email because Amazon Web Services Training and Certification
issued you a badge on Credly. Credly, 13 E 37th St, New York, NY 10016
"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<p style="font-size:20px">Amazon Web Services Training and Certification has issued you a badge.</p>
<p>Hi Ana,</p>
<p>Congratulations! Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Developer - Associate</b> badge. Accept your badge to start sharing it with your network.</p>
<p><a href="{badge_url}" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Acclaim is now Credly. Same badges, same platform.</p>
<p style="font-size:11px;color:#888">Credly, 13 E 37th St, New York, NY 10016</p>
</div></body></html>
"""
    body = alt(part(txt3, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("030-credly-acclaim-badge-issued-2020.eml", L("credly_badge_issued", None, [], True), body,
          frm=addr("Amazon Web Services Training and Certification via Credly", "admin@youracclaim.com"),
          to=rc, subject="Amazon Web Services Training and Certification issued you a new badge",
          date=dt3, msgid=mid, trace=tr, sender_hdrs=sh)


def m_thread_h():
    """Aisha, gmail, form desk: ask, reminder, auto-close, reopen, hand-off."""
    rc = "aisha.khan.dev@gmail.com"
    opened = D(2025, 11, 17, 10, 5, 51)
    cid = case15(opened)
    keep, drop = "AWS02093371", "AWS07265518"
    subj_base = "[AWS Training and Certification Form Submission] - account-assistance"

    # 031 acknowledgement: another wording
    dt = opened + _dt.timedelta(seconds=58)
    txt = f"""Dear Customer,

Thank you for contacting AWS Training and Certification.

Your request has been logged under case number {cid}. One of our support
specialists will be in touch with you shortly - in most cases within one business day.

Summary of your request
-----------------------
Topic: Certification - Account Merge
Candidate ID: AWS-02093371
Message: Please merge my older account AWS-07265518 into AWS-02093371. The older one
has my Cloud Practitioner, the newer one has ML Engineer Associate.

Please do not reply with sensitive information such as passwords or payment card
numbers.

Best regards,
AWS Training and Certification Customer Support
"""
    body = alt(part(txt, cte="base64"), part(text_to_html(txt), "html", cte="base64"))
    tr, mid = aws_gmail(dt, rc)
    write("031-form-ack-request-logged-dear-customer.eml", L("case_created", cid, [keep, drop], True), body,
          frm=addr("AWS Training and Certification", FORM), to=rc,
          subject=f"[CASE {cid}] Thank you for contacting AWS Training and Certification",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 032 first reply: reason + ownership ("confirm" but not a merge confirmation)
    dt2 = D(2025, 11, 18, 9, 16, 2)
    txt2 = f"""Hello Aisha,

Thank you for contacting AWS Training and Certification. My name is Deepak and I will
be working on your case.

I have located both candidate profiles, AWS07265518 and AWS02093371. For security
reasons, could you please confirm that you still have access to the email addresses
registered on each profile, and let me know the reason for having two profiles (for
example, a second profile created through an employer or a training partner)?

Additionally, do you have any exam currently scheduled with Pearson VUE under either
profile? If so, please share the date so that we can plan the request around it.

Looking forward to your reply.

Thanks & regards,
Deepak R.
AWS Training and Certification Customer Support
"""
    body = alt(part(txt2, cte="quoted-printable"), part(text_to_html(txt2), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt2, rc)
    write("032-form-agent-asks-reason-and-ownership.eml", L("support_reply", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt2, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt2), extra=aws_extra(dt2))

    # 033 hand-off after confirmation: "once the merge is complete..."
    dt3 = D(2025, 12, 2, 11, 48, 39)
    user = f"""On Mon, Dec 1, 2025 at 8:31 PM Amazon Web Services <{FORM}> wrote:
> Hello Aisha,
>
> Please confirm that you would like AWS07265518 to be merged into AWS02093371.
> This cannot be reversed.
>"""
    txt3 = f"""Hello Aisha,

Thank you for your confirmation.

I have forwarded your request to our back-end team for processing. Once the merge is
complete, you will receive a confirmation email from us and you will be able to see
all your certifications under {keep}. Your Credly badges are usually moved within 48
hours after that.

Thanks & regards,
Deepak R.
AWS Training and Certification Customer Support

On Tue, Dec 2, 2025 at 4:12 AM Aisha Khan <{rc}> wrote:
> Confirmed, please go ahead.
>
> Aisha
>
{quote(user)}
"""
    body = alt(part(txt3, cte="quoted-printable"), part(text_to_html(txt3), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt3, rc)
    write("033-form-agent-forwarded-to-backend-once-complete.eml", L("support_reply", cid, [keep], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] {subj_base}",
          date=dt3, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt3), extra=aws_extra(dt3))

    # 034 automatic pending-reply reminder
    dt4 = D(2025, 11, 21, 9, 16, 30)
    txt4 = f"""Hello,

Your case {cid} is waiting for your response.

We asked you for some information on November 18, 2025 and have not received a reply
yet. To help us resolve your request, please reply to this email with the details
requested.

If we don't receive a response within 4 days, the case will be closed automatically.

AWS Training and Certification Customer Support

This is an automated message.
"""
    body = part(txt4, charset="us-ascii", cte="7bit")
    tr, mid = aws_gmail(dt4, rc)
    write("034-form-auto-reminder-awaiting-your-reply.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc,
          subject=f"Action required: your case {cid} is awaiting your reply",
          date=dt4, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt4), extra=aws_extra(dt4))

    # 035 auto-closure with survey
    dt5 = D(2025, 11, 25, 9, 17, 2)
    txt5 = f"""Hello,

Since we haven't heard back from you, case {cid} has now been closed.

If you still need assistance, just reply to this email within 14 days and the case will
be reopened automatically.

How did we do? Tell us in 2 quick questions:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}?caseId={cid}

Thank you,
AWS Training and Certification Customer Support
"""
    body = alt(part(txt5, cte="quoted-printable"), part(text_to_html(txt5), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt5, rc)
    write("035-form-auto-closed-no-response-survey.eml", L("survey", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"Your case {cid} has been closed",
          date=dt5, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt5), extra=aws_extra(dt5))

    # 036 reopen notice
    dt6 = D(2025, 11, 27, 14, 2, 51)
    txt6 = f"""Hello,

Thank you for your reply. Case {cid} has been reopened and returned to our support
queue. A member of our team will review your message and respond as soon as possible.

You don't need to create a new request.

AWS Training and Certification Customer Support
"""
    body = part(txt6, cte="quoted-printable")
    tr, mid = aws_gmail(dt6, rc)
    write("036-form-case-reopened-after-reply.eml", L("support_reply", cid, [], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"[CASE {cid}] Your case has been reopened",
          date=dt6, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt6), extra=aws_extra(dt6))


def m_completion_and_badges():
    # 037 Japanese completion that also closes the case (Tomoko, thread C)
    rc = "t-saito@nifty.com"
    cid = LABELS["011-form-ack-ja-uketsuke.eml"]["case_id"]
    keep, drop = "AWS03361982", "AWS09127745"
    dt = D(2025, 9, 12, 5, 40, 3)
    txt = f"""斎藤 知子 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
大変お待たせいたしました。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は {keep} にサインインいただくことで、これまでに取得された認定をすべてご確認いただけます。
なお、{drop} はすでに無効化されております。

Credly のデジタルバッジは、反映まで最大 48 時間ほどかかる場合がございます。

本件はこれをもちましてクローズとさせていただきます。
後ほど、対応品質向上のためのアンケートをお送りいたしますので、ご協力いただけますと幸いです。

このたびはご利用いただき、誠にありがとうございました。

山本
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(part(txt, charset="iso-2022-jp", cte="7bit"),
               part(text_to_html(txt, "'MS PGothic', sans-serif"), "html", cte="base64"))
    write("037-form-agent-ja-merge-done-and-closing.eml", L("merge_completed", cid, [keep, drop], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc,
          subject=hdr(f"RE:[CASE {cid}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ", "iso-2022-jp"),
          date=dt, msgid=ses_msgid(dt), trace=aws_jp(dt, rc, "mx06.nifty.com", "mx.nifty.com"),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 038 Credly badge issued after merge, delivered to Outlook
    rc = "priya.raman@outlook.com"
    dt = D(2025, 6, 9, 17, 4, 45)
    ip = "149.72.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em7311.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
    tr = trace_outlook(dt, rc, "em7311.credly.com", ip, "o%d.ptr%d.credly.com" % (RNG.randrange(1, 50), RNG.randrange(1000, 9999)), ar)
    sh = [dkim_sig("credly.com", "s1", dt, headers="from:mime-version:subject:to:content-type", c="relaxed/relaxed")]
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to add it to your profile and share it with your network.

Accept badge: {url}

Why am I receiving this? Your AWS Certification records were updated and the badge has
been issued to the Credly account connected to this email address.

Credly, Inc. | 100 Park Ave, New York, NY 10017
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center" cellpadding="20"><tr><td>
<p>Hi Priya,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect - Associate</p>
<p><a href="{url}" style="background:#ff5f00;color:#ffffff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Your AWS Certification records were updated and the badge has been issued to the Credly account connected to this email address.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 100 Park Ave, New York, NY 10017</p>
</td></tr></table></body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("038-credly-new-badge-after-merge-outlook.eml", L("credly_badge_issued", None, [], True), body,
          frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
          to=rc, subject="You've been issued a new badge: AWS Certified Solutions Architect - Associate",
          date=dt, msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).rstrip("=").replace("/", "_").replace("+", "-"), RNG.randrange(1, 40)),
          trace=tr, sender_hdrs=sh)

    # 039 Credly: badge ready to accept (Kenji, gmail)
    rc = "kenji.watanabe.dev@gmail.com"
    dt = D(2025, 8, 1, 2, 10, 33)
    tr, sh, mid = credly_gmail(dt, rc)
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = f"""<html><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:28px">
<h2 style="font-weight:normal">Your badge is waiting for you</h2>
<p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Developer - Associate</b>
badge. It is ready to accept.</p>
<p><a href="{url}?source=accept_email" style="background:#ff5f00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p>Once you accept it you can share it on LinkedIn or add it to your email signature.</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">You received this email because a badge was issued to kenji.watanabe.dev@gmail.com on Credly.<br>
Credly, Inc. | 100 Park Ave, New York, NY 10017</p>
</div></body></html>
"""
    body = part(html, "html", cte="base64")
    write("039-credly-badge-ready-to-accept-html.eml", L("credly_badge_issued", None, [], True), body,
          frm=addr("Credly", "admin@credly.com"), to=rc,
          subject="Reminder: accept your AWS Certified Developer - Associate badge",
          date=dt, msgid=mid, trace=tr, sender_hdrs=sh)

    # 040 Japanese survey (Kenji's console case)
    cid = LABELS["006-console-ack-ja-new-case.eml"]["case_id"]
    dt = D(2025, 7, 31, 9, 0, 12)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"
    txt = f"""お客様

ケース {cid} は解決済みとなりました。

今回の AWS サポートの対応はいかがでしたか？
お客様の問題は解決しましたか？

　はい　: https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=no&language=ja

アンケートへのご回答は 1 分ほどで完了します。いただいたご意見は、サービス向上のために活用させていただきます。

ケースの内容は、サポートセンターからご確認いただけます:
{link}

* このメールは受信専用のアドレスから送信されています。

Amazon Web Services
"""
    body = alt(part(txt, cte="base64"), part(text_to_html(txt, "'Meiryo', sans-serif"), "html", cte="base64"))
    tr, mid = aws_gmail(dt, rc)
    write("040-console-ja-resolved-survey.eml", L("survey", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=hdr(f"Amazon Web Services: サポートケース {cid} の対応に関するアンケート", "utf-8"),
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))


def generic_gmail(dt, rc, dom, ip, helo, dmarc="pass", spf="pass", dkim="pass", p="NONE", sel="s1", mailfrom=None):
    mailfrom = mailfrom or "bounce-%s@%s" % (rhex(10), dom)
    ar = []
    if dkim:
        ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dom, sel, rb64(6)[:8]))
    if spf == "pass":
        ar.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        ar.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    ar.append("dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" % (dmarc, p, p, dom))
    return trace_gmail(dt, rc, mailfrom, ip, helo, ar)


def m_phishing():
    # 041 look-alike domain asks to confirm the merge (passes its own DMARC)
    rc = "aisha.khan.dev@gmail.com"
    dom = "aws-certification-support.com"
    fake = case15(D(2025, 11, 16, 21, 4, 50))
    dt = D(2025, 11, 19, 6, 33, 12)
    ip = "185.234.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    tr = generic_gmail(dt, rc, dom, ip, "mail.%s" % dom)
    sh = [dkim_sig(dom, "s1", dt, c="relaxed/relaxed")]
    txt = f"""Dear Candidate,

We are processing the merge of your AWS Certification accounts under case {fake}.

  Source account : AWS07265518
  Target account : AWS02093371

To avoid losing your certifications, you must confirm this merge within 24 hours by
signing in with both accounts on our verification portal:

  https://{dom}/merge/confirm?case={fake}

If the merge is not confirmed in time, both accounts will be suspended for security
reasons and your active certifications may be revoked.

AWS Training and Certification
Account Merge Team
"""
    html = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Candidate,</p>
<p>We are processing the merge of your AWS Certification accounts under case {fake}.</p>
<p>Source account : <b>AWS07265518</b><br>Target account : <b>AWS02093371</b></p>
<p>To avoid losing your certifications, you must confirm this merge within 24 hours by signing in with both accounts on our verification portal:</p>
<p><a href="https://{dom}/merge/confirm?case={fake}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">CONFIRM MERGE</a></p>
<p>If the merge is not confirmed in time, both accounts will be suspended for security reasons and your active certifications may be revoked.</p>
<p>AWS Training and Certification<br>Account Merge Team</p></body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("041-phish-lookalike-domain-confirm-merge.eml",
          L("merge_confirmation_requested", fake, ["AWS07265518", "AWS02093371"], False), body,
          frm=addr("AWS Training and Certification", "no-reply@" + dom), to=rc,
          subject=f"RE:[CASE {fake}] Action required: confirm your certification account merge",
          date=dt, msgid="<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), dom), trace=tr, sender_hdrs=sh)

    # 042 spoofed amazon.com "case opened" about a merge; top AR dmarc=fail, forged pass below
    rc = "kenji.watanabe.dev@gmail.com"
    dt = D(2025, 7, 20, 11, 2, 40)
    fake = case15(dt - _dt.timedelta(minutes=3))
    ip = "45.141.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "support@mx7.casenotify-srv.net"
    ar = ["dkim=fail header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_SEL, rb64(6)[:8]),
          "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
          "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"]
    forged = ("Authentication-Results: amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com")
    tr = trace_gmail(dt, rc, mailfrom, ip, "mx7.casenotify-srv.net", ar, forged_lower=forged)
    link = f"https://console-aws-support.casenotify-srv.net/support/home?displayId={fake}"
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake} to address your issue.

Case ID: {fake}
Subject: Certification account merge - AWS01783346
Severity: Urgent

To prevent the deletion of your certification history during the merge, you must
verify your identity within 12 hours using the link below:

{link}

Note: This e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("042-spoofed-case-opened-merge-dmarc-fail.eml", L("case_created", fake, ["AWS01783346"], False), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: You have opened a new Support case: {fake}",
          date=dt, msgid="<%s.%d@casenotify-srv.net>" % (rhex(16), RNG.randrange(1000, 9999)), trace=tr)

    # 043 phishing not about the merge (billing suspension), look-alike domain, no DMARC record
    rc = "marco.bianchi.it@gmail.com"
    dt = D(2025, 10, 14, 3, 51, 7)
    dom = "aws-billing-notice.net"
    ip = "91.215.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "info@" + dom
    ar = ["spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (ip, mailfrom, mailfrom),
          "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s" % dom]
    tr = trace_gmail(dt, rc, mailfrom, ip, "vps-%d.hosted-srv.ru" % RNG.randrange(100, 999), ar)
    html = f"""<html><body style="font-family:Arial">
<p><img src="https://{dom}/img/aws-logo.png" alt="aws"></p>
<p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your latest invoice. Your AWS account and all
running resources will be <b>suspended within 24 hours</b> unless you update your billing information.</p>
<p><a href="https://{dom}/billing/update">Update payment method</a></p>
<p>Amazon Web Services Billing Department</p>
</body></html>"""
    body = part(html, "html", cte="base64")
    write("043-phish-billing-suspension-not-merge.eml", L("unrelated", None, [], False), body,
          frm=addr("AWS Billing", mailfrom), to=rc,
          subject="Urgent: Your AWS account will be suspended",
          date=dt, msgid="<%s@%s>" % (rhex(24), dom), trace=tr)


def m_other_aws_cases():
    # 044 console ack: service quota increase (other case, same user)
    rc = "marco.bianchi.it@gmail.com"
    opened = D(2025, 4, 22, 13, 15, 2)
    cid = case15(opened)
    dt = opened + _dt.timedelta(seconds=36)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-south-1
Primary Instance Type: All G instances
Limit name: Running On-Demand G and VT instances
New limit value: 16
------------
Use case description: GPU training jobs for our computer vision team.

To contact us again about this case, please return to the Support Center using the following URL:

{link}

(If you are connecting by federation, log in before following the link.)

{CONSOLE_NOTE}

Thank you for using Amazon Web Services.
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt, rc)
    write("044-console-ack-quota-increase-other-case.eml", L("unrelated", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=f"Amazon Web Services: You have opened a new Support case: {cid}",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 045 billing case: agent asks for details (same tone as the merge mails)
    rc = "priya.raman@outlook.com"
    opened = D(2025, 6, 4, 8, 44, 18)
    cid = case15(opened)
    dt = D(2025, 6, 4, 21, 9, 51)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en"
    txt = f"""Hello Priya,

Thank you for contacting AWS Billing and Accounts. My name is Arturo and I will be
assisting you today.

I understand you were charged for an Amazon RDS instance that you believe was deleted
in April. To investigate further, could you please confirm the following:

1. The Region where the instance was running
2. The DB instance identifier
3. The approximate date when you deleted it

Once I have this information, I will review your usage records and let you know whether
you are eligible for a billing adjustment.

Best regards,

Arturo G.
Amazon Web Services

{CONSOLE_RATE}

To see the case and respond, please sign in to the Support Center:
{link}

{CONSOLE_NOTE}
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("045-console-billing-case-asks-details.eml", L("unrelated", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"RE:[CASE {cid}] Charges for deleted RDS instance",
          date=dt, msgid=ses_msgid(dt), trace=aws_outlook(dt, rc),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 046 "new correspondence" for a billing case, names the subject
    rc = "daniel.okafor@yahoo.com"
    opened = D(2025, 3, 27, 19, 0, 5)
    cid = case15(opened)
    dt = D(2025, 3, 28, 10, 12, 40)
    txt = f"""Hello,

New correspondence has been added to your AWS Support case.

Case ID: {cid}
Subject: Refund request for duplicate Savings Plan purchase
Category: Billing

To see the correspondence and respond, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

{CONSOLE_NOTE}

Amazon Web Services
"""
    body = part(txt, charset="us-ascii", cte="7bit")
    tr, mid = aws_yahoo(dt, rc)
    write("046-console-new-correspondence-billing-case.eml", L("unrelated", cid, [], True), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc, subject=f"[Case {cid}] New correspondence added",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 047 Seller Central case about merging duplicate ASIN pages
    rc = "aisha.khan.dev@gmail.com"
    cid = "5884881212"
    dt = D(2025, 10, 29, 16, 27, 3)
    tr, mid = aws_gmail(dt, rc)
    txt = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the duplicate detail pages for ASIN B0C7QX4L2M and
B0C7QX9T1R. Before I can forward this to the catalog team, please confirm which ASIN
should remain as the primary listing and provide a link to the brand's website showing
the product.

Please reply through Seller Central using the link below. Replies to this email address
are not monitored.

https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={cid}

Thank you for selling with Amazon,
Rafael
Amazon Selling Partner Support
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("047-seller-central-merge-duplicate-asin.eml", L("unrelated", cid, [], True), body,
          frm=addr("Amazon Seller Central", "seller-notification@amazon.com"), to=rc,
          subject=f"RE:[CASE {cid}] Merge duplicate detail pages",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 048 T&C form ack for a different topic (voucher not applied)
    rc = "ana.souza.tech@gmail.com"
    opened = D(2025, 2, 11, 18, 20, 33)
    cid = case15(opened)
    dt = opened + _dt.timedelta(seconds=44)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to confirm that we have received your request. A member of our team
will review it and respond, typically within 24 hours.

Your case number is {cid}. Please keep this number for your reference.

Here is a copy of what you submitted:

  Inquiry type:      AWS Certification
  Category:          Exam Registration
  Detail:            Benefit voucher not applied
  AWS candidate ID:  AWS01129853
  Description:       My 50% discount voucher from the SAA exam was not accepted
                     when I tried to schedule the DVA-C02 exam.

To add information to this case, reply to this email and keep the case number
in the subject line.

Sincerely,
AWS Training and Certification

{AWS_FOOTER}
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    tr, mid = aws_gmail(dt, rc)
    write("048-form-ack-other-topic-voucher.eml", L("unrelated", cid, ["AWS01129853"], True), body,
          frm=addr(AWS_NAME, FORM), to=rc,
          subject=f"[CASE {cid}] [AWS Training and Certification Form Submission] - exam-registration",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))


def m_non_aws():
    # 049 CertMetrics survey mail
    rc = "marco.bianchi.it@gmail.com"
    dt = D(2025, 5, 6, 15, 0, 21)
    ip = "168.245.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    tr = generic_gmail(dt, rc, "certmetrics.com", ip, "o%d.sendgrid.net" % RNG.randrange(1, 99))
    sh = [dkim_sig("certmetrics.com", "s1", dt, c="relaxed/relaxed")]
    txt = """Hello Marco,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. Please take 5 minutes to tell us about your
preparation and exam experience. Your answers help us improve our exams and resources.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=8812

Thank you,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply
to this message.
"""
    body = alt(part(txt, charset="us-ascii", cte="7bit"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("049-certmetrics-wants-to-hear-from-you.eml", L("unrelated", None, [], False), body,
          frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=rc,
          subject="AWS Certification wants to hear from you",
          date=dt, msgid="<%s@certmetrics.com>" % uuid.UUID(int=RNG.getrandbits(128)), trace=tr, sender_hdrs=sh)

    # 050 Pearson VUE appointment confirmation, Japanese
    rc = "kenji.watanabe.dev@gmail.com"
    dt = D(2025, 8, 4, 3, 12, 9)
    ip = "159.182.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    tr = generic_gmail(dt, rc, "pearson.com", ip, "mail%d.pearsonvue.com" % RNG.randrange(1, 9), p="REJECT", sel="selector1")
    sh = [dkim_sig("pearson.com", "selector1", dt, c="relaxed/relaxed")]
    txt = """渡辺 健二 様

Pearson VUE にて以下の試験のご予約を承りました。

試験名　　：AWS Certified Solutions Architect - Professional (SAP-C02)
日時　　　：2025年8月23日(土) 13:00 JST
会場　　　：オンライン監督試験 (OnVUE)
登録番号　：452918837

試験開始 30 分前からチェックインが可能です。有効な本人確認書類をご用意ください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    write("050-pearson-vue-appointment-ja.eml", L("unrelated", None, [], False, "ja"), body,
          frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=rc,
          subject=hdr("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
          date=dt, msgid="<%s@pearsonvue.com>" % rhex(32), trace=tr, sender_hdrs=sh)

    # 051 AWS Builder ID verification code to corporate mailbox (no AR header)
    rc = "hayashi.yuki@mitsuba-denki.co.jp"
    dt = D(2025, 10, 3, 0, 41, 16)
    code = "%06d" % RNG.randrange(0, 999999)
    txt = f"""AWS Builder ID

Verify your email address

Your verification code is: {code}

This code will expire 10 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = alt(part(txt, charset="us-ascii", cte="7bit"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("051-builder-id-verification-code-no-auth.eml", L("unrelated", None, [], None), body,
          frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=rc,
          subject="Verify your AWS Builder ID email address",
          date=dt, msgid=ses_msgid(dt, "us-west-2"), trace=aws_corp(dt, rc),
          sender_hdrs=[dkim_sig("signin.aws", "x7nbq3r2vbsxrbcppqptf33jmjn4r2ef", dt)], extra=aws_extra(dt, "us-west-2"))

    # 052 Credly's own account-merge code
    rc = "priya.raman@outlook.com"
    dt = D(2025, 6, 12, 10, 18, 44)
    ip = "149.72.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em7311.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
    tr = trace_outlook(dt, rc, "em7311.credly.com", ip, "o%d.ptr%d.credly.com" % (RNG.randrange(1, 50), RNG.randrange(1000, 9999)), ar)
    sh = [dkim_sig("credly.com", "s1", dt, c="relaxed/relaxed")]
    code = "%06d" % RNG.randrange(0, 999999)
    txt = f"""Hi Priya,

We received a request to merge another Credly account into your account
(priya.raman@outlook.com).

Your verification code is: {code}

Enter this code on the merge screen, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={rhex(40)}

All badges from the other account will be moved to this account. If you did not
request this, you can ignore this email and no changes will be made.

The Credly Team
"""
    body = alt(part(txt, cte="quoted-printable"), part(text_to_html(txt), "html", cte="quoted-printable"))
    write("052-credly-self-service-account-merge-code.eml", L("unrelated", None, [], True), body,
          frm=addr("Credly", "admin@credly.com"), to=rc, subject="Confirm your Credly account merge",
          date=dt, msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).rstrip("=").replace("/", "_").replace("+", "-"), RNG.randrange(1, 40)),
          trace=tr, sender_hdrs=sh)

    # 053 Credly badge expiry reminder
    rc = "marco.bianchi.it@gmail.com"
    dt = D(2025, 7, 9, 14, 2, 0)
    tr, sh, mid = credly_gmail(dt, rc)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Marco,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification
will expire in <b>60 days</b>.</p>
<p>To keep your badge active, recertify before the expiration date. Learn more about recertification on the
AWS Certification website.</p>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 100 Park Ave, New York, NY 10017</p>
</body></html>"""
    body = part(html, "html", cte="quoted-printable")
    write("053-credly-badge-expiring-reminder.eml", L("unrelated", None, [], True), body,
          frm=addr("Credly", "admin@credly.com"), to=rc,
          subject="Your AWS Certified Cloud Practitioner badge expires soon",
          date=dt, msgid=mid, trace=tr, sender_hdrs=sh)

    # 054 GitHub merged PR
    rc = "aisha.khan.dev@gmail.com"
    dt = D(2025, 11, 20, 8, 44, 3)
    ip = "192.30.252.%d" % RNG.randrange(190, 210)
    tr = generic_gmail(dt, rc, "github.com", ip, "out-%d.smtp.github.com" % RNG.randrange(10, 30), p="REJECT", sel="pf2023",
                       mailfrom="noreply@github.com")
    sh = [dkim_sig("github.com", "pf2023", dt, c="relaxed/relaxed")]
    txt = """Merged #42 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/aishak/cert-tracker/pull/42#event-15520391845
You are receiving this because you authored the thread.

Message ID: <aishak/cert-tracker/pull/42/issue_event/15520391845@github.com>
"""
    html = """<p>Merged <a href="https://github.com/aishak/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/aishak/cert-tracker/pull/42#event-15520391845">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    body = alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="7bit", charset="us-ascii"))
    write("054-github-pr-merged-notification.eml", L("unrelated", None, [], False), body,
          frm=addr("Ravi Menon", "notifications@github.com"), to="aishak/cert-tracker <cert-tracker@noreply.github.com>",
          cc="Aisha Khan <%s>, Author <author@noreply.github.com>" % rc,
          subject="Re: [aishak/cert-tracker] Merge certification accounts script: handle duplicate candidate IDs (PR #42)",
          date=dt, msgid="<aishak/cert-tracker/pull/42/issue_event/15520391845@github.com>", trace=tr, sender_hdrs=sh,
          reply_to="aishak/cert-tracker <reply+AB3KX%s@reply.github.com>" % rhex(20).upper())

    # 055 AWS Training and Certification newsletter
    rc = "daniel.okafor@yahoo.com"
    dt = D(2025, 4, 15, 16, 5, 0)
    tr, mid = aws_yahoo(dt, rc)
    html = """<html><body style="margin:0;background:#fafafa;font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="font-size:22px">What's new in AWS Training and Certification - April 2025</h1>
<p><b>New exam:</b> AWS Certified AI Practitioner is now generally available.</p>
<p><b>Free digital training:</b> 600+ courses on AWS Skill Builder.</p>
<p><b>Tip:</b> Keep your certification benefits in one place - sign in with the same email every time you
schedule an exam.</p>
<p><a href="https://aws.amazon.com/certification/">Explore certifications</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you subscribed to AWS Training and Certification updates.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>"""
    body = part(html, "html", cte="quoted-printable")
    write("055-aws-tc-newsletter.eml", L("unrelated", None, [], True), body,
          frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=rc,
          subject="What's new in AWS Training and Certification - April 2025",
          date=dt, msgid=mid, trace=tr, sender_hdrs=aws_sender_headers(dt),
          extra=aws_extra(dt) + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % rb64(30))])

    # 056 Japanese technical support case (Lambda), same console template as the merge case
    rc = "haruto.ishikawa@yahoo.co.jp"
    opened = D(2025, 8, 19, 4, 10, 58)
    cid = case15(opened)
    dt = D(2025, 8, 19, 9, 27, 33)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"
    txt = f"""石川 陽翔 様

AWS サポートの大西でございます。
お問い合わせいただき、ありがとうございます。

Lambda 関数が 3 秒でタイムアウトする事象について確認いたしました。
関数の設定でタイムアウト値が既定の 3 秒のままとなっております。
処理時間に合わせて、タイムアウト値を延長していただけますでしょうか。

また、VPC 内の Lambda 関数から外部 API を呼び出している場合は、NAT ゲートウェイの
設定も併せてご確認ください。

ご不明な点がございましたら、サポートセンターからご返信ください。

大西
Amazon Web Services

{CONSOLE_JA_FOOTER}
{link}
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    write("056-console-ja-lambda-timeout-other-case.eml", L("unrelated", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=hdr(f"RE:[CASE {cid}] Lambda 関数のタイムアウトについて", "iso-2022-jp"),
          date=dt, msgid=ses_msgid(dt), trace=aws_jp(dt, rc, "mta5023.mail.kks.yahoo.co.jp", "mta5023.mail.kks.yahoo.co.jp"),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))


def m_last():
    # 057 Japanese chaser from the form desk with Gmail-style Japanese quoting (nested)
    rc = "haruto.ishikawa@yahoo.co.jp"
    opened = D(2025, 6, 16, 0, 31, 7)
    cid = case15(opened)
    a1, a2 = "AWS05841207", "AWS03018864"
    subj_base = "[AWS Training and Certification Form Submission] - account-assistance"
    dt = D(2025, 6, 20, 1, 5, 48)
    orig_user = f"""お世話になります。
認定アカウントが {a1} と {a2} の2つに分かれてしまっているので、統合をお願いします。
石川"""
    first = f"""石川 陽翔 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
{a1} と {a2} の統合について承りました。

お手続きにあたり、以下をお知らせいただけますでしょうか。
・統合後に残すアカウント
・各アカウントのご登録メールアドレス

中村

2025年6月16日(月) 9:31 石川 陽翔 <{rc}>:
{quote(orig_user)}"""
    txt = f"""石川 陽翔 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

先日ご依頼いたしました情報につきまして、まだご返信を確認できておりませんでしたので、
念のため再度ご連絡いたしました。

お手数ではございますが、統合後に残すアカウントと、各アカウントのご登録メールアドレスを
本メールへのご返信にてお知らせいただけますでしょうか。

なお、本日より 7 日以内にご返信が確認できない場合、本ケースは自動的にクローズされます。
クローズ後も、本メールにご返信いただければケースは再開されますのでご安心ください。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート

2025年6月17日(火) 10:12 Amazon Web Services <{FORM}>:
{quote(first)}
"""
    body = part(txt, charset="shift_jis", cte="base64")
    write("057-form-agent-ja-chaser-awaiting-reply.eml", L("support_reply", cid, [], True, "ja"), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=hdr(f"RE:[CASE {cid}] {subj_base}", "iso-2022-jp"),
          date=dt, msgid=ses_msgid(dt), trace=aws_jp(dt, rc, "mta5011.mail.kks.yahoo.co.jp", "mta5011.mail.kks.yahoo.co.jp"),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # Lukas, company tenant on Exchange Online
    rc = "lukas.meyer@brandtwerk-gmbh.de"
    opened = D(2025, 4, 7, 7, 55, 19)
    cid = case15(opened)
    keep, drop = "AWS09901432", "AWS04478261"

    # 060 (earlier in time) asks to confirm the notification e-mail, not the merge
    dt0 = D(2025, 4, 8, 11, 30, 7)
    txt0 = f"""Hello Lukas,

Thank you for contacting AWS Training and Certification.

We have received your request to combine the candidate accounts aws09901432 and
aws04478261. Both accounts are registered with company e-mail addresses
(lukas.meyer@brandtwerk-gmbh.de and l.meyer@brandtwerk.de).

Could you please confirm to which e-mail address we should send the notifications
from now on? In case you leave the company in future, we recommend to use a personal
address, because the login e-mail can be changed only via a new support request.

After we receive your answer, we will prepare the details of the request and send them
to you.

Kind regards,
Sergio L.
AWS Training and Certification Customer Support
"""
    body = alt(part(txt0, charset="iso-8859-1", label="iso-8859-1", cte="quoted-printable"),
               part(text_to_html(txt0), "html", cte="quoted-printable"))
    write("060-form-agent-confirm-notification-address.eml", L("support_reply", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance",
          date=dt0, msgid=ses_msgid(dt0), trace=aws_outlook(dt0, rc),
          sender_hdrs=aws_sender_headers(dt0), extra=aws_extra(dt0))

    # 058 confirmation request, non-native English, German Outlook quote header
    dt = D(2025, 4, 10, 9, 2, 55)
    user = f"""Hello Sergio,

please use my private address lukas.meyer.hh@gmx.de for the notifications and keep the
account {keep}. The other one ({drop}) can be removed.

Best regards / Mit freundlichen Grüßen
Lukas Meyer
Cloud Engineer | Brandtwerk GmbH"""
    txt = f"""Hello Lukas,

thank you for the information.

Kindly find below the details of your request and confirm us if everything is correct:

Surviving account: AWS-09901432 (notifications to lukas.meyer.hh@gmx.de)
Account which will be merged into it: AWS-04478261

Please be informed that after the merge the account AWS-04478261 will be deactivated and
the process cannot be reverted. All exams, certifications and benefits will be visible
in AWS-09901432.

Please reply with "Yes, I confirm" if you agree, so we can start the process.

Kind regards,
Sergio L.
AWS Training and Certification Customer Support

Von: Lukas Meyer <{rc}>
Gesendet: Mittwoch, 9. April 2025 16:47
An: Amazon Web Services <{FORM}>
Betreff: AW: RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance

{user}
"""
    # mislabelled charset: body is UTF-8 but header says windows-1252
    body = alt(part(txt, charset="utf-8", label="windows-1252", cte="quoted-printable"),
               part(text_to_html(txt), "html", cte="base64"))
    write("058-form-agent-confirm-surviving-account-nonnative.eml", L("merge_confirmation_requested", cid, [keep, drop], True), body,
          frm=addr(AWS_NAME, FORM), to=rc, subject=f"RE:[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance",
          date=dt, msgid=ses_msgid(dt), trace=aws_outlook(dt, rc),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))

    # 059 Japanese console ack, HTML only (so-net)
    rc = "mei.nakamura@so-net.ne.jp"
    opened = D(2025, 12, 1, 2, 44, 36)
    cid = case15(opened)
    dt = opened + _dt.timedelta(seconds=29)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px;margin:0 auto;padding:20px;border-top:4px solid #ff9900">
<p>Amazon Web Services にお問い合わせいただきありがとうございます。</p>
<p>ケース <b>{cid}</b> を作成しました。担当者が内容を確認し、ご連絡いたします。</p>
<table style="border-collapse:collapse;font-size:14px" cellpadding="6">
<tr><th align="left" style="background:#f2f3f3">ケース ID</th><td>{cid}</td></tr>
<tr><th align="left" style="background:#f2f3f3">件名</th><td>AWS 認定アカウントの統合について</td></tr>
<tr><th align="left" style="background:#f2f3f3">重要度</th><td>一般的なガイダンス</td></tr>
<tr><th align="left" style="background:#f2f3f3" valign="top">内容</th><td>転職に伴いアカウントを新しく作成してしまいました。<br>
旧アカウント aws08126634 を新アカウント AWS-02267710 に統合していただきたいです。</td></tr>
</table>
<p>ケースの確認や返信は、<a href="{esc(link)}">サポートセンター</a>から行ってください。</p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。このメールに返信されても対応できませんのでご了承ください。</p>
<p style="font-size:12px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</div></body></html>
"""
    body = part(html, "html", cte="quoted-printable")
    write("059-console-ack-ja-html-only.eml", L("case_created", cid, ["AWS02267710", "AWS08126634"], True, "ja"), body,
          frm=addr(AWS_NAME, NOREPLY), to=rc,
          subject=hdr(f"Amazon Web Services: 新しいサポートケースが作成されました: {cid}", "utf-8"),
          date=dt, msgid=ses_msgid(dt), trace=aws_jp(dt, rc, "mx.so-net.ne.jp", "mx.so-net.ne.jp"),
          sender_hdrs=aws_sender_headers(dt), extra=aws_extra(dt))


if __name__ == "__main__":
    m_thread_a()
    m_thread_b()
    m_thread_c()
    m_thread_d()
    m_thread_e()
    m_thread_f()
    m_thread_g()
    m_thread_h()
    m_completion_and_badges()
    m_phishing()
    m_other_aws_cases()
    m_non_aws()
    m_last()
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), "mails")
