#!/usr/bin/env python3
"""Generator for blind set 323: AWS Certification account-merge mailbox (60 mails).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import hashlib
import html
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
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(323)
LABELS = {}
UTC = timezone.utc


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


PDT, PST, JST, CET, CEST, BST = tz(-7), tz(-8), tz(9), tz(1), tz(2), tz(1)


def d(y, mo, da, h, mi, s=0, zone=UTC):
    return datetime(y, mo, da, h, mi, s, tzinfo=zone)


def case15(opened, tail):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), tail)


def rdate(dt, zone=None, label=None):
    s = format_datetime(dt.astimezone(zone) if zone else dt)
    return s + (" (%s)" % label if label else "")


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alph) for _ in range(n))


def ses_msgid(dt, region="email"):
    ms = int(dt.timestamp() * 1000) - RNG.randint(200, 2500)
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, uuid.UUID(int=RNG.getrandbits(128)), region)


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000) - RNG.randint(200, 2500)
    return "0100%012x-%s-000000@amazonses.com" % (ms, uuid.UUID(int=RNG.getrandbits(128)))


SES_HOSTS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"),
             ("a9-112.smtp-out.amazonses.com", "54.240.9.112"),
             ("a48-108.smtp-out.amazonses.com", "54.240.48.108"),
             ("a27-55.smtp-out.us-west-2.amazonses.com", "54.240.27.55"),
             ("a11-77.smtp-out.amazonses.com", "54.240.11.77")]


def dkim(domain, selector, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    b = rb64(342)
    b = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (selector, domain, int(dt.timestamp()), hdrs, rb64(43), b))


AMZ_SEL = "rvqmmd2bwy3yq2h7tkq4o4zgkbgpgvdn"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


# ---------------------------------------------------------------- Authentication-Results
def ar_google(dkims, spf, mailfrom, ip, dmarc, hfrom, policy="QUARANTINE"):
    """dkims: list of (result, domain, selector)."""
    parts = ["mx.google.com"]
    for res, dom, sel in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, rb64(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, hfrom))
    return ";\n       ".join(parts)


def ar_outlook(ip, mailfrom_dom, dkims, dmarc, hfrom, compauth="pass reason=100"):
    s = "spf=pass (sender IP is %s) smtp.mailfrom=%s; " % (ip, mailfrom_dom)
    for res, dom in dkims:
        s += "dkim=%s (%s) header.d=%s;" % (res, "signature was verified" if res == "pass" else "signature did not verify", dom)
    s += "dmarc=%s action=%s header.from=%s;compauth=%s" % (
        dmarc, "none" if dmarc == "pass" else "quarantine", hfrom, compauth)
    return s


def ar_plain(authserv, spf, mailfrom, dkims, dmarc, hfrom):
    s = "%s; spf=%s smtp.mailfrom=%s" % (authserv, spf, mailfrom)
    for res, dom in dkims:
        s += ";\n\tdkim=%s header.d=%s" % (res, dom)
    if dmarc:
        s += ";\n\tdmarc=%s header.from=%s" % (dmarc, hfrom)
    return s


# ---------------------------------------------------------------- transport chains (top first)
def pac(t):
    """US Pacific zone (approximate DST window is good enough here)."""
    dst = (3, 10) < (t.month, t.day) < (11, 3) or (t.month, t.day) >= (3, 10) and t.month < 11
    return (PDT, "PDT") if dst else (PST, "PST")


def chain_gmail(rcpt, dt, host, ip, mailfrom, ar, arc=True):
    t1 = dt + timedelta(seconds=RNG.randint(1, 4))
    t2 = t1 + timedelta(seconds=1)
    z, zl = pac(t1)
    m = re.search(r"spf=(\w+)", ar)
    spf = m.group(1) if m else "none"
    if spf == "pass":
        rspf = "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
    elif spf == "softfail":
        rspf = "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
    else:
        rspf = "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip)
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
          % (rhex(4), rhex(3), rhex(4), rhex(4), "hy" + rhex(6) + "csp" + str(RNG.randint(100000, 999999)), rdate(t2, z, zl))),
         ("X-Google-Smtp-Source", "AGHT+I" + rb64(62)),
         ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%s;\n        %s"
          % (rhex(4), rhex(4), rhex(4), rhex(12), RNG.randint(100, 999), str(int(t2.timestamp()) * 1000 + RNG.randint(0, 999)),
             rdate(t2, z, zl)))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (int(t1.timestamp()), rb64(120))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s"
               % (rb64(43), rb64(43), rb64(120))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % mailfrom),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
           "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
           % (host, host, ip, "d75a77b69052e-%ssi%s.%d" % (rhex(11), rhex(7), RNG.randint(100, 999)), rcpt,
              rdate(t1, z, zl))),
          ("Received-SPF", rspf),
          ("Authentication-Results", ar)]
    return h


def chain_outlook(rcpt, dt, host, ip, ar, spf_dom="amazonses.com"):
    t = dt + timedelta(seconds=RNG.randint(2, 6))
    fe = "BN%dPEPF0000%s.namprd%02d.prod.outlook.com" % (RNG.randint(1, 3), rhex(4).upper(), RNG.randint(2, 8))
    mb = "PH%dPR%02dMB%04d.namprd%02d.prod.outlook.com" % (RNG.randint(0, 8), RNG.randint(10, 19), RNG.randint(1000, 9999), RNG.randint(2, 8))
    v6a, v6b = "2603:10b6:%s::%s" % (rhex(3), rhex(2)), "2603:10b6:%s:%s::%s" % (rhex(3), rhex(2), rhex(2))
    return [("Received", "from %s (%s) by\n %s with HTTPS; %s" % (mb.replace("PH", "SA", 1), v6a, mb, rdate(t + timedelta(seconds=2)))),
            ("Received", "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.25; %s"
             % (fe.replace("BN", "MN", 1), v6b, mb, v6a, rdate(t + timedelta(seconds=1)))),
            ("Received", "from %s\n (%s) by %s.outlook.office365.com\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n"
             " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.25 via Frontend Transport; %s"
             % (fe, v6b, fe.split(".")[0].replace("BN", "MN"), v6a, rdate(t + timedelta(seconds=1)))),
            ("Authentication-Results", ar),
            ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
             " client-ip=%s; helo=%s; pr=C" % (spf_dom, ip, ip, host)),
            ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n"
             " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.25 via Frontend Transport; %s" % (host, ip, fe, v6b, rdate(t))),
            ("X-MS-Exchange-Organization-AuthSource", fe),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1")]


def chain_jp(rcpt, dt, host, ip, mailfrom, mx, ar):
    t = dt + timedelta(seconds=RNG.randint(1, 5))
    return [("Return-Path", "<%s>" % mailfrom),
            ("Delivered-To", rcpt),
            ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (mx, mx, rhex(10).upper(), rcpt, rdate(t + timedelta(seconds=1), JST))),
            ("Authentication-Results", ar),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, mx, rhex(10).upper(), rcpt, rdate(t, JST)))]


def chain_plain(rcpt, dt, host, ip, mx):
    """Corporate relay that adds no Authentication-Results at all."""
    t = dt + timedelta(seconds=RNG.randint(1, 9))
    return [("Return-Path", "<bounce@%s>" % host.split(".", 1)[1]),
            ("Received", "from %s ([10.%d.%d.%d])\n\tby mail-int.%s with ESMTP id %s\n\tfor <%s>; %s"
             % (mx, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250), rcpt.split("@")[1], rhex(8),
                rcpt, rdate(t + timedelta(seconds=2)))),
            ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, mx, rhex(10), rcpt, rdate(t)))]


# ---------------------------------------------------------------- bodies
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "windows-1252": "cp1252",
         "iso-8859-1": "latin-1", "us-ascii": "ascii", "euc-jp": "euc_jp"}


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    """A text part; `label` may deliberately differ from the real encoding."""
    data = text.replace("\r\n", "\n").encode(codec or CODEC[charset])
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:  # 7bit
        payload = data.decode("ascii")
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def to_html(text, head="", foot="", font="Arial, Helvetica, sans-serif"):
    """Very small text->HTML: blank line = paragraph, '> ' lines = blockquote."""
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + to_html(inner, font=font, head="", foot="").split("<body>", 1)[-1].rsplit("</body>", 1)[0]
                       + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px;color:#16191f">\n%s%s\n%s</div></body></html>'
            % (font, head, "\n".join(out), foot))


# ---------------------------------------------------------------- writer
NUM = [0]


def norm_ids(ids):
    out = set()
    for i in ids:
        m = re.fullmatch(r"(?i)aws[\s-]?(\d{8})", i.strip())
        assert m, i
        out.add("AWS" + m.group(1))
    return sorted(out)


def write(slug, body, headers, kind, case_id, ids, verified, lang):
    NUM[0] += 1
    name = "%03d-%s.eml" % (NUM[0], slug)
    msg = body
    if "MIME-Version" not in msg:
        headers = headers + [("MIME-Version", "1.0")]
    # put transport/origin headers in front of the MIME headers of the body
    new = []
    for k, v in headers:
        new.append((k, v))
    msg._headers = new + [(k, v) for k, v in msg._headers if k.lower() != "mime-version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue().replace(b"\r\n", b"\n"))
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": norm_ids(ids),
                    "sender_verified": verified, "language": lang}
    return name


def H(s, cs="utf-8"):
    """Encoded-word header, folded over several lines."""
    return Header(s, cs).encode(maxlinelen=72)


def fold(s, width=76, first=10):
    """Fold an ASCII header value at spaces."""
    if "\n" in s or len(s) + first <= width:
        return s
    out, line = [], ""
    for w in s.split(" "):
        lim = width - (first if not out else 1)
        if line and len(line) + 1 + len(w) > lim:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


# ---------------------------------------------------------------- common senders
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"


def aws_origin(frm, to, subject, dt, msgid=None, extra=(), sign=True):
    h = []
    if sign:
        h += [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, dt)),
              ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]
    h += [("Date", format_datetime(dt)), ("From", frm), ("To", to), ("Subject", fold(subject) if subject.isascii() else subject),
          ("Message-ID", msgid or ses_msgid(dt))]
    h += list(extra)
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)), ("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + "-54.240.8.%d" % RNG.randint(10, 99))]
    return h


def aws_gmail(rcpt, dt, frm, to, subject, *, dmarc="pass", dkim_amz="pass", extra=(), hostidx=0, ar_override=None, lower=()):
    host, ip = SES_HOSTS[hostidx]
    mf = ses_mailfrom(dt)
    dk = []
    if dkim_amz:
        dk.append((dkim_amz, "amazon.com", AMZ_SEL))
    dk.append(("pass", "amazonses.com", SES_SEL))
    ar = ar_override or ar_google(dk, "pass", mf, ip, dmarc, "amazon.com")
    return chain_gmail(rcpt, dt, host, ip, mf, ar) + list(lower) + aws_origin(frm, to, subject, dt, extra=extra)


def aws_outlook(rcpt, dt, frm, to, subject, *, dmarc="pass", extra=(), hostidx=1):
    host, ip = SES_HOSTS[hostidx]
    ar = ar_outlook(ip, "amazonses.com", [("pass", "amazon.com"), ("pass", "amazonses.com")], dmarc, "amazon.com")
    return chain_outlook(rcpt, dt, host, ip, ar) + aws_origin(frm, to, subject, dt, extra=extra)


def aws_jp(rcpt, dt, frm, to, subject, mx, *, extra=(), hostidx=3, authserv=None):
    host, ip = SES_HOSTS[hostidx]
    mf = ses_mailfrom(dt)
    ar = ar_plain(authserv or mx, "pass", mf, [("pass", "amazon.com"), ("pass", "amazonses.com")], "pass", "amazon.com")
    return chain_jp(rcpt, dt, host, ip, mf, mx, ar) + aws_origin(frm, to, subject, dt, extra=extra)


AWS_FOOT_TXT = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
                "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
                "410 Terry Ave. North, Seattle, WA 98109-5210\n")

# ====================================================================== MAILS
# ---------------------------------------------------------------- Thread A: Priya, form case, Gmail, 15-digit
PRIYA = "priya.raman.dev@gmail.com"
A_OPEN = d(2025, 5, 14, 9, 12, 37)
CASE_A = case15(A_OPEN, 733)
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 001 form acknowledgement (echoes the form fields)
t = A_OPEN + timedelta(seconds=41)
txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case %s.

A member of our team will review your inquiry and respond by email, in most cases within 24 hours. To add information to this case, simply reply to this message and keep the case number in the subject line. Please do not submit a new form for the same request, as this can delay our response.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Detail: Account Merge
AWS candidate ID: AWS09152360
Additional details: I have two certification accounts. One is from my previous employer (login priya.raman@northwind-analytics.com, candidate ID aws04417829). I would like to move everything into my personal account so that all my certifications are in one place.

Sincerely,
AWS Training and Certification
""" % CASE_A
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("form-ack-account-merge", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "[CASE %s] %s" % (CASE_A, A_SUBJ)),
      "case_created", CASE_A, ["aws04417829", "AWS09152360"], True, "en")

# 002 agent asks to confirm direction (nothing done yet)
t = A_OPEN + timedelta(hours=25, minutes=7)
txt = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I was able to locate both certification profiles you mentioned. Before I submit anything, I would like to make sure we have the direction right:

  * Profile to be retired: AWS04417829 (priya.raman@northwind-analytics.com)
  * Profile that will remain active: AWS09152360 (priya.raman.dev@gmail.com)

After the merge, all certifications, exam history and benefits from AWS04417829 will be moved to AWS09152360, and from then on you will sign in with priya.raman.dev@gmail.com only. Please be aware that this cannot be reversed once it has been completed.

If the above is correct, please reply to this email confirming that you would like us to go ahead. We won't make any changes to either profile until we hear back from you.

Best regards,

Tomasz K.
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("agent-asks-confirm-direction", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, A_SUBJ)),
      "merge_confirmation_requested", CASE_A, ["AWS04417829", "AWS09152360"], True, "en")

# 003 thanks for confirming, we will now proceed (planned, not done); history quoted
t_user = A_OPEN + timedelta(hours=33, minutes=28)
t = A_OPEN + timedelta(hours=47, minutes=2)
txt = """Hi Priya,

Thanks for confirming. I've handed your request to our certification operations team and they will now carry out the merge. Once it is finished you will receive a separate email from us, and everything will then be visible under AWS09152360. There's nothing else you need to do in the meantime.

Best regards,

Tomasz K.
AWS Training and Certification

-----Original Message-----
From: Priya Raman <priya.raman.dev@gmail.com>
Sent: %s
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

> The details are correct. Please proceed with the merge of AWS04417829 into AWS09152360.
>
> Thanks,
> Priya
>
> On Thu, 15 May 2025 at 11:19, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Priya,
> > I was able to locate both certification profiles you mentioned.
> > * Profile to be retired: AWS04417829 (priya.raman@northwind-analytics.com)
> > * Profile that will remain active: AWS09152360 (priya.raman.dev@gmail.com)
> > If the above is correct, please reply to this email confirming that you would like us to go ahead.
""" % (format_datetime(t_user), CASE_A, A_SUBJ)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("thanks-for-confirming-will-proceed", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, A_SUBJ), hostidx=2),
      "support_reply", CASE_A, ["AWS09152360"], True, "en")

# 004 done, without the word "merge"; HTML-only, base64
t = A_OPEN + timedelta(days=3, hours=4, minutes=51)
txt = """Hello Priya,

Good news: the two certification profiles have now been combined. The transcript, exam history and active certifications that were held under AWS04417829 are all listed on AWS09152360, and the old profile has been deactivated.

Please sign in to the AWS Certification Account with priya.raman.dev@gmail.com and review your certifications and benefits (including any unused 50% exam discount). Your Credly badges may take up to 48 hours to show the change.

If anything looks wrong, just reply to this email and keep the case number in the subject.

Kind regards,

Tomasz K.
AWS Training and Certification
"""
h = to_html(txt, head='<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="120" alt="AWS"><br>',
            foot='<hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>')
body = part(h, "html", cte="base64")
write("profiles-combined-html-only", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, A_SUBJ)),
      "merge_completed", CASE_A, ["AWS04417829", "AWS09152360"], True, "en")

# 005 closure + rating request
t = A_OPEN + timedelta(days=3, hours=4, minutes=58)
txt = """Hello,

We've marked your AWS Training and Certification case %s as resolved.

Was your issue resolved?
  YES: https://support.aws.amazon.com/survey?displayId=%s&resolved=yes
  NO:  https://support.aws.amazon.com/survey?displayId=%s&resolved=no

How would you rate the support you received? It only takes a minute, and your feedback helps us improve.
  https://support.aws.amazon.com/survey?displayId=%s&rating=1-5

If you need more help with this request, reply to this email within 14 days and the case will be reopened automatically.

Thank you for choosing AWS Training and Certification.
""" % (CASE_A, CASE_A, CASE_A, CASE_A)
body = alt(part(txt + AWS_FOOT_TXT, cte="7bit", charset="us-ascii"), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("case-resolved-rating-request", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, NOREPLY), PRIYA, "Your case %s has been resolved - tell us how we did" % CASE_A, hostidx=4),
      "survey", CASE_A, [], True, "en")


def credly_hdrs(rcpt, dt, frm_name, subject, provider="gmail", dom="credly.com", dmarc="pass", dkim_res="pass", ip="149.72.123.45"):
    host = "o%d.email.%s" % (RNG.randint(1, 9), dom)
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (RNG.randint(1000000, 9999999), rhex(4), rcpt.split("@")[0], rcpt.split("@")[1], RNG.randint(1000, 9999), dom)
    frm = addr(frm_name, "admin@%s" % dom)
    if provider == "gmail":
        ar = ar_google([(dkim_res, dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", mf, ip, dmarc, dom, policy="NONE")
        ch = chain_gmail(rcpt, dt, host, ip, mf, ar)
    elif provider == "outlook":
        ar = ar_outlook(ip, "em.%s" % dom, [(dkim_res, dom)], dmarc, dom)
        ch = chain_outlook(rcpt, dt, host, ip, ar, spf_dom="em.%s" % dom)
    else:
        ar = ar_plain(provider, "pass", mf, [(dkim_res, dom)], dmarc, dom)
        ch = chain_jp(rcpt, dt, host, ip, mf, provider, ar)
    return ch + [("DKIM-Signature", dkim(dom, "s1", dt, "from:mime-version:subject:to:content-type:cc:x-feedback-id")),
                 ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", dt, "from:mime-version:subject:to:content-type:cc:x-feedback-id")),
                 ("Date", format_datetime(dt)), ("From", frm), ("Reply-To", "support@credly.com"), ("To", rcpt),
                 ("Subject", subject), ("Message-ID", "<%s@%s>" % (rb64(22).replace("/", "_").replace("+", "-"), "geopod-ismtpd-%d" % RNG.randint(1, 40))),
                 ("X-SG-EID", rb64(60)), ("X-Entity-ID", "u001." + rb64(22))]


# 006 Credly badge issued
t = A_OPEN + timedelta(days=4, hours=2, minutes=13)
txt = """Hi Priya,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Data Engineer - Associate

Accept your badge to share it with your professional network and keep track of your achievements in one place.

Accept your badge: https://www.credly.com/badges/5c1f0a93-8d2e-4b8f-9a0e-61d7c4b2e8aa/accept?trk=em_badge_issued

Issued to priya.raman.dev@gmail.com. If you already have a Credly account under a different email address, add this address to it before accepting so that all your badges stay together.

Credly, Inc. | 10 Hudson Yards, Suite 2301 | New York, NY 10001
Unsubscribe: https://www.credly.com/notifications/unsubscribe?token=f3b29c7d41e08a6b5d2c9e1f7a0b3c84
"""
htm = to_html(txt, head='<img src="https://images.credly.com/size/110x110/images/0f3e2c4a-data-engineer-associate.png" alt="badge"><br>',
              foot='<p><a href="https://www.credly.com/badges/5c1f0a93-8d2e-4b8f-9a0e-61d7c4b2e8aa/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>')
body = alt(part(txt), part(htm, "html"))
write("credly-new-badge-accept", body,
      credly_hdrs(PRIYA, t, "Amazon Web Services Training and Certification via Credly",
                  "Priya, you've been issued a badge from Amazon Web Services Training and Certification"),
      "credly_badge_issued", None, [], True, "en")


# ---------------------------------------------------------------- Thread B: Tanaka, console case, Japanese, corporate MX
TANAKA = "k-tanaka@hoshino-denki.co.jp"
TANAKA_MX = "mx01.hoshino-denki.co.jp"
B_OPEN = d(2025, 6, 2, 1, 5, 11)
CASE_B = case15(B_OPEN, 1182)
B_SUBJ = "認定アカウントの統合について（AWS06623017 / AWS01187452）"
CONSOLE_LINK = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja"

# 007 console case opened (Japanese template), ISO-2022-JP text + UTF-8 HTML
t = B_OPEN + timedelta(seconds=9)
txt = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細
ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: Training and Certification
カテゴリ: 認定アカウント

ケースの表示や返信の追加は、サポートセンターから行ってください。
%s

※このメールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (CASE_B, CASE_B, B_SUBJ, CONSOLE_LINK % CASE_B)
body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(to_html(txt, font="Meiryo, sans-serif"), "html"))
write("console-case-opened-ja", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA,
             H("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % CASE_B, "iso-2022-jp"), TANAKA_MX),
      "case_created", CASE_B, ["AWS06623017", "AWS01187452"], True, "ja")

# 008 console "new correspondence" notice (no content of the reply)
t = B_OPEN + timedelta(hours=26, minutes=40)
txt = """お客様

ケース %s に新しい返信が追加されました。

内容を確認し、必要に応じて返信するには、AWS サポートセンターにサインインしてください。
%s

このメッセージへの返信はサポート担当者に届きません。ケースへのご返信は必ずサポートセンターから行ってください。

アマゾン ウェブ サービス
""" % (CASE_B, CONSOLE_LINK % CASE_B)
body = part(txt, charset="utf-8", cte="base64")
write("new-correspondence-notice-ja", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, "[Case %s] New correspondence added" % CASE_B, TANAKA_MX),
      "support_reply", CASE_B, [], True, "ja")

# 009 agent asks WHICH account to keep (lists both, but no direction yet) - Shift_JIS base64, rating footer
t = B_OPEN + timedelta(hours=26, minutes=39)
txt = """田中 健一 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の山本でございます。

お客様よりご連絡いただいた以下の 2 つの認定アカウントを確認いたしました。
・AWS06623017（ご登録メールアドレス：k-tanaka@hoshino-denki.co.jp）
・AWS01187452（ご登録メールアドレス：kenichi.tanaka.aws@gmail.com）

統合のお手続きを進めるにあたり、どちらのアカウントを存続させるご希望か（統合先とするアカウント）をお知らせいただけますでしょうか。
あわせて、各アカウントの通知先メールアドレスに変更がないかもご確認いただけますと幸いです。

なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

サポートセンターより本ケースにご返信いただけますようお願い申し上げます。
%s

何卒よろしくお願いいたします。

山本 / Yamamoto
Amazon Web Services

==============================
今回の対応はいかがでしたか？ 評価をお寄せください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja#rate
==============================
""" % (CONSOLE_LINK % CASE_B, CASE_B)
body = part(txt, charset="shift_jis", cte="base64")
write("agent-asks-which-to-keep-sjis", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, H("RE:[CASE %s] %s" % (CASE_B, B_SUBJ), "shift_jis"), TANAKA_MX),
      "support_reply", CASE_B, ["AWS06623017", "AWS01187452"], True, "ja")

# 010 agent asks to confirm the stated direction (Japanese)
t = B_OPEN + timedelta(days=2, hours=3, minutes=12)
txt = """田中 健一 様

ご返信いただき、ありがとうございます。山本でございます。

いただいた内容をもとに、以下のとおり統合を行う予定です。お手数ですが、内容にお間違いがないかご確認ください。

　統合元（廃止されるアカウント）：AWS06623017
　統合先（存続するアカウント）：AWS01187452

統合後、AWS06623017 に紐づく認定資格・受験履歴・特典はすべて AWS01187452 に移行され、以降のサインインには kenichi.tanaka.aws@gmail.com をご利用いただくことになります。統合は取り消すことができません。

上記の内容でよろしければ、「上記内容で統合を希望します」とサポートセンターからご返信ください。ご返信を確認するまで、作業は行いません。

よろしくお願いいたします。

山本 / Yamamoto
Amazon Web Services
""" 
body = alt(part(txt, cte="base64"), part(to_html(txt, font="Meiryo, sans-serif"), "html", cte="base64"))
write("agent-asks-confirm-ja", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, H("RE:[CASE %s] %s" % (CASE_B, B_SUBJ)), TANAKA_MX),
      "merge_confirmation_requested", CASE_B, ["AWS06623017", "AWS01187452"], True, "ja")

# 011 completed (Japanese, ISO-2022-JP)
t = B_OPEN + timedelta(days=4, hours=6, minutes=3)
txt = """田中 健一 様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

大変お待たせいたしました。ご依頼いただいておりました AWS06623017 から AWS01187452 への認定アカウントの統合作業が、本日完了いたしました。

認定資格および受験履歴は、すべて AWS01187452 にてご確認いただけます。Credly のデジタルバッジへの反映には、数日程度かかる場合がございます。

ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

今後とも AWS をよろしくお願いいたします。

山本 / Yamamoto
Amazon Web Services
"""
body = part(txt, charset="iso-2022-jp", cte="7bit")
write("merge-done-ja-iso2022jp", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, H("RE:[CASE %s] %s" % (CASE_B, B_SUBJ), "iso-2022-jp"), TANAKA_MX),
      "merge_completed", CASE_B, ["AWS06623017", "AWS01187452"], True, "ja")

# 012 closure / survey (Japanese)
t = B_OPEN + timedelta(days=7, hours=6, minutes=5)
txt = """お客様

サポートケース %s は、解決済みとしてクローズされました。

問題は解決しましたか？
　はい　https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=true
　いいえ　https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=false

今後のサービス向上のため、担当者の対応について 5 段階で評価をお寄せください（所要時間は 1 分程度です）。

追加のご質問がある場合は、クローズから 14 日以内であればサポートセンターからケースを再オープンできます。

アマゾン ウェブ サービス
""" % (CASE_B, CASE_B, CASE_B)
body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(to_html(txt, font="Meiryo, sans-serif"), "html"))
write("case-closed-survey-ja", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, H("ケース %s はクローズされました - ご意見をお聞かせください" % CASE_B, "iso-2022-jp"), TANAKA_MX),
      "survey", CASE_B, [], True, "ja")

# ---------------------------------------------------------------- Thread C: Marco, Outlook/M365, 11-digit case (2022), non-native agent
MARCO = "marco.bianchi@veltra-logistics.eu"
CASE_C = "10961842231"
C_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 013 asks for login e-mails etc. (conditional: "once we receive ... we will")
t = d(2022, 9, 12, 6, 48, 2)
txt = """Dear Marco,

Greetings from AWS Training and Certification!

We have received your request for merging the certification accounts AWS-03388120 and aws07765401. In order to proceed further with the merge request, kindly provide us the below details:

1. Login email address of both the accounts
2. Which account you wish to keep as primary account
3. Notification email address on each account (if different from the login email)

Once we will receive the details, we will be able to process your request further. Request you to please not create a new case for same issue as it may delay the resolution.

Thanks and Regards,
Rahul S.
AWS Training and Certification Support
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT, font="Calibri, sans-serif"), "html"))
write("nonnative-asks-login-emails", body,
      aws_outlook(MARCO, t, addr(AWSNAME, FORM), MARCO, "RE: [CASE %s] %s" % (CASE_C, C_SUBJ)),
      "support_reply", CASE_C, ["AWS03388120", "AWS07765401"], True, "en")

# 014 non-native confirmation request; Outlook-style quoted reply under it
t = d(2022, 9, 14, 5, 2, 40)
txt = """Dear Marco,

Thank you for sharing the details.

As per the information provided by you, please find below the merge details:

Source Account (will be deactivated): AWS 03388120 - m.bianchi@transalp-freight.it
Target Account (will be retained): AWS07765401 - marco.bianchi@veltra-logistics.eu

Kindly note once the accounts are merged this action is irreversible and can not be undone. All the certifications will be reflecting under the Target Account only.

Request you to please revert back on this email with your confirmation so that we can proceed further.

Thanks and Regards,
Rahul S.
AWS Training and Certification Support

________________________________
From: Marco Bianchi <marco.bianchi@veltra-logistics.eu>
Sent: Tuesday, September 13, 2022 4:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE %s] %s

Hello Rahul,

1. AWS03388120: m.bianchi@transalp-freight.it (old job, I do not have access anymore to this mailbox); AWS07765401: marco.bianchi@veltra-logistics.eu
2. Please keep AWS07765401
3. Same as login

Best regards
Marco Bianchi
Cloud Platform Lead | Veltra Logistics
""" % (CASE_C, C_SUBJ)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT, font="Calibri, sans-serif"), "html"))
write("nonnative-confirm-merge-details", body,
      aws_outlook(MARCO, t, addr(AWSNAME, FORM), MARCO, "RE: [CASE %s] %s" % (CASE_C, C_SUBJ), hostidx=4),
      "merge_confirmation_requested", CASE_C, ["AWS03388120", "AWS07765401"], True, "en")

# 015 non-native completion; windows-1252 label on UTF-8 bytes (mojibake dash), base64
t = d(2022, 9, 16, 11, 27, 9)
txt = """Dear Marco,

This is to inform you that merging of your certification accounts has been successfully done from our end. Now all your certifications are reflecting under the account AWS07765401 – the account AWS03388120 is deactivated and can not be used for login anymore.

Also request you to kindly check your Credly badges after 24–48 hours.

Thanks and Regards,
Rahul S.
AWS Training and Certification Support
"""
body = part(txt + AWS_FOOT_TXT, charset="utf-8", label="windows-1252", cte="base64")
write("nonnative-merge-done-wrong-charset", body,
      aws_outlook(MARCO, t, addr(AWSNAME, FORM), MARCO, "RE: [CASE %s] %s" % (CASE_C, C_SUBJ)),
      "merge_completed", CASE_C, ["AWS03388120", "AWS07765401"], True, "en")

# ---------------------------------------------------------------- Thread D: Daniel, 2020, 10-digit case, outlook.com
DANIEL = "dokafor@outlook.com"
CASE_D = "7318841092"
t = d(2020, 8, 19, 17, 4, 51)
txt = """Hello Daniel,

I'm pleased to let you know your request has been completed. The certification history from account AWS00912384 has been moved into AWS02297716, which is now your only active certification account. Please log in to aws.training with dokafor@outlook.com to see all of your certifications in one place.

Your digital badges will follow within a few business days.

Regards,
Jennifer
AWS Training & Certification

-----Original Message-----
From: dokafor@outlook.com
Sent: 8/17/2020 9:31 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE 7318841092] Account Merge Request

Yes, that is correct. Please go ahead and merge AWS00912384 into AWS02297716.
Thank you,
Daniel
"""
body = alt(part(txt, charset="iso-8859-1"), part(to_html(txt), "html", charset="iso-8859-1"))
write("2020-request-completed-10digit", body,
      aws_outlook(DANIEL, t, addr(AWSNAME, FORM), DANIEL, "RE:[CASE %s] Account Merge Request" % CASE_D, hostidx=2),
      "merge_completed", CASE_D, ["AWS00912384", "AWS02297716"], True, "en")


# ---------------------------------------------------------------- undo requests (refused)
# 017 Priya asks to reverse; agent says it cannot be undone, offers something else
t = A_OPEN + timedelta(days=12, hours=1, minutes=30)
t_q = A_OPEN + timedelta(days=11, hours=23, minutes=32)
txt = """Hello Priya,

Thank you for getting back to us, and I'm sorry to hear this has caused trouble with your employer's partner portal.

Unfortunately, profiles that have been combined cannot be split apart again, so we're not able to restore AWS04417829 as a separate account. All of your certifications remain valid and are listed under AWS09152360.

If your employer needs to verify your certifications, you can share the validation numbers shown in your AWS Certification Account, or your Credly badge links. We can also add your work address as an additional notification email on AWS09152360. Would you like us to do that? Just reply to this email and let me know.

Best regards,

Tomasz K.
AWS Training and Certification

On %s, Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hi Tomasz,
>
> I've just realised that our APN partner portal looks up certifications by the old candidate ID AWS04417829, and since the merge it shows nothing for me.
> Is it possible to reverse the merge and separate the two accounts again? Sorry for the trouble.
>
> Priya
""" % t_q.astimezone(BST).strftime("%a, %d %b %Y at %H:%M")
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("undo-request-cannot-split", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, A_SUBJ), hostidx=1),
      "support_reply", CASE_A, ["AWS04417829", "AWS09152360"], True, "en")

# 018 Tanaka asks to undo (Japanese); agent declines, offers notification address
t = B_OPEN + timedelta(days=9, hours=2, minutes=17)
txt = """田中 健一 様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

統合の取り消しについてのご依頼、承知いたしました。
誠に恐れ入りますが、一度統合を行ったアカウントを分割し、AWS06623017 を元の状態に戻すことは、システムの仕様上いたしかねます。ご期待に沿えず申し訳ございません。

代替案として、存続アカウント AWS01187452 に会社のメールアドレス（k-tanaka@hoshino-denki.co.jp）を通知先として追加することは可能です。ご希望の場合は、その旨を本ケースにてお知らせいただけますでしょうか。

何卒ご理解を賜りますようお願い申し上げます。

山本 / Yamamoto
Amazon Web Services
"""
body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(to_html(txt, font="Meiryo, sans-serif"), "html", cte="base64"))
write("undo-request-declined-ja", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA, H("RE:[CASE %s] %s" % (CASE_B, B_SUBJ), "iso-2022-jp"), TANAKA_MX),
      "support_reply", CASE_B, ["AWS06623017", "AWS01187452"], True, "ja")

# ---------------------------------------------------------------- Thread E: refused for now (name mismatch + pending exam)
SARAH = "sarah.lindqvist@outlook.com"
E_OPEN = d(2025, 3, 3, 14, 22, 8)
CASE_E = case15(E_OPEN, 457)
t = E_OPEN + timedelta(days=2, hours=3, minutes=3)
txt = """Hi Sarah,

Thanks for your patience while we looked into this.

I've reviewed both candidate profiles, AWS05530912 and AWS08841267. Unfortunately we're not able to combine them at this time, for two reasons:

1) The legal name on AWS08841267 ("S. Lindqvist-Berg") doesn't match the name on AWS05530912, and we can't verify that both profiles belong to the same person.
2) AWS08841267 has an exam appointment scheduled for 18 March 2025. Profiles with an upcoming or pending exam can't be merged until the result has been posted.

Nothing has been changed on either profile. If both profiles are yours, please reply with your full legal name exactly as it appears on your government-issued ID, and let us know once your exam result is available. We'll then be happy to review the request again.

Kind regards,

Aditi
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("cannot-merge-yet-name-mismatch", body,
      aws_outlook(SARAH, t, addr(AWSNAME, FORM), SARAH, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E),
      "support_reply", CASE_E, ["AWS05530912", "AWS08841267"], True, "en")

# ---------------------------------------------------------------- Thread F: told (no question), planned
WEI = "wei.zhang.cloud@gmail.com"
CASE_F = "12044719853"
t = d(2023, 6, 7, 2, 55, 18)
txt = """Hello Wei,

Thank you for the clear details in your form submission.

Based on the information you have already provided, we will merge AWS02650391 into AWS04473318; AWS04473318 will remain your active account. No further confirmation is needed from your side.

We will let you know as soon as the process is finished, which normally takes 2-3 business days. Please don't schedule a new exam on either account until then.

Regards,
Hiroshi M.
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT, charset="us-ascii", cte="7bit"), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("told-will-merge-no-confirmation-needed", body,
      aws_gmail(WEI, t, addr(AWSNAME, FORM), WEI, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F, hostidx=3),
      "support_reply", CASE_F, ["AWS02650391", "AWS04473318"], True, "en")

# ---------------------------------------------------------------- Thread G: proposal asked as a question
LUCAS = "lferreira.dev@gmail.com"
G_OPEN = d(2024, 11, 20, 16, 40, 55)
CASE_G = case15(G_OPEN, 921)
t = G_OPEN + timedelta(hours=19, minutes=12)
txt = """Hi Lucas,

Thanks for contacting AWS Training and Certification.

I found two profiles that look like yours: AWS07012954 (lucas.ferreira@alunos.fatec-sp.br) and AWS03319406 (lferreira.dev@gmail.com). Since AWS03319406 holds your active Solutions Architect - Professional certification and your exam benefits, I'd suggest keeping that one and folding AWS07012954 into it.

Does that work for you? If so, just reply "confirm" and I'll submit it. If you'd rather keep the other profile, tell me and I'll set it up that way instead. Either way, nothing happens until I hear back from you, because this can't be undone afterwards.

Cheers,
Megan
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("proposal-does-that-work-for-you", body,
      aws_gmail(LUCAS, t, addr(AWSNAME, FORM), LUCAS, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G),
      "merge_confirmation_requested", CASE_G, ["AWS07012954", "AWS03319406"], True, "en")

# ---------------------------------------------------------------- merge notes inside other cases' mail
# 022 billing case reply with a P.S. about the certification merge
BILL_OPEN = d(2025, 5, 20, 7, 3, 19)
CASE_BILL = case15(BILL_OPEN, 215)
t = BILL_OPEN + timedelta(hours=5, minutes=44)
txt = """Hello,

Thank you for contacting AWS Billing and Accounts.

I reviewed the charges on your account for May. The USD 31.62 you noticed comes from a NAT Gateway in us-east-1 (NatGateway-Hours and NatGateway-Bytes) that is still running in the VPC created by your lab exercise. NAT Gateways are not included in the AWS Free Tier. Once you delete it, no further charges of this type will accrue.

As a one-time courtesy I have applied a credit of USD 31.62 to your account; it will appear on your May invoice.

P.S. You also mentioned the merge of your certification profiles AWS04417829 and AWS09152360. Our Billing team has no access to certification accounts; that request is handled by AWS Training and Certification under its own case, so no action is needed on this billing case.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Carlos V.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://aws.amazon.com/premiumsupport/knowledge-center/?icmpid=support_email_category

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.
""" % CASE_BILL
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("billing-case-reply-with-merge-ps", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, NOREPLY), PRIYA, "RE:[CASE %s] Unexpected charges on my account after Free Tier" % CASE_BILL, hostidx=4),
      "unrelated", CASE_BILL, ["AWS04417829", "AWS09152360"], True, "en")

# 023 closure survey of a quota-increase case
Q_OPEN = d(2025, 4, 9, 12, 0, 2)
CASE_Q = case15(Q_OPEN, 318)
t = Q_OPEN + timedelta(days=1, hours=2, minutes=7)
txt = """Hello,

Your AWS Support case %s, "Service Quotas: Running On-Demand Standard instances - eu-central-1", has been resolved.

Was your issue resolved?
YES https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

We'd love to hear about your experience. Please take a moment to rate the support you received.

If you need further assistance on this issue, you can reopen the case within 14 days from the AWS Support Center.

Sincerely,
Amazon Web Services
""" % (CASE_Q, CASE_Q, CASE_Q)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("quota-case-resolved-survey", body,
      aws_outlook(MARCO, t, addr(AWSNAME, NOREPLY), MARCO, "Your AWS Support case %s has been resolved" % CASE_Q, hostidx=0),
      "unrelated", CASE_Q, [], True, "en")

# 024 Seller Central case about linking/merging seller accounts (same RE:[CASE] style, says done)
AHMED = "ahmed.khan.uk@gmail.com"
t = d(2025, 2, 18, 15, 9, 33)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed your request to merge your Amazon.co.uk seller account into your Unified Account. Your listings, inventory and payment information are now managed from a single Seller Central login. Please allow up to 24 hours for all marketplaces to appear in the marketplace switcher.

If you have further questions, reply to this case from Seller Central > Help > Case Log.

Was this email helpful?
https://sellercentral.amazon.co.uk/cu/case-feedback?caseID=6120457738

Thank you for selling on Amazon,
Ramesh K.
Amazon.co.uk
"""
hdrs = aws_gmail(AHMED, t, addr("Amazon Seller Central", "seller-notification@amazon.com"), AHMED,
                 "RE:[CASE 6120457738] Account linking and merge request - Unified Account", hostidx=2)
body = alt(part(txt), part(to_html(txt), "html"))
write("seller-central-merge-case", body, hdrs, "unrelated", "6120457738", [], True, "en")

# 025 separate T&C case about the exam discount; mentions the merge case in passing
V_OPEN = d(2025, 5, 22, 10, 15, 0)
CASE_V = case15(V_OPEN, 562)
t = V_OPEN + timedelta(hours=22, minutes=31)
txt = """Hello Priya,

Thank you for contacting AWS Training and Certification about your 50%% exam discount.

I checked AWS09152360 and the discount earned with your Data Engineer - Associate certification is available under Benefits. It is valid until 14 May 2026 and can be used for any AWS Certification exam. Please note the voucher code is shown only once you schedule an exam through Pearson VUE from your AWS Certification Account.

For your information, your certification profiles were already combined under case %s last week, so benefits from the retired profile were carried over at that time. This case is only about the exam discount.

If you have any further questions about the discount, please reply to this email.

Best regards,
Nadia R.
AWS Training and Certification
""" % CASE_A
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("voucher-case-mentions-past-merge", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, FORM), PRIYA, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits" % CASE_V),
      "unrelated", CASE_V, ["AWS09152360"], True, "en")

# 026 duplicate case: agent redirects to the original case (support_reply on the duplicate)
DUP_OPEN = d(2024, 11, 27, 9, 14, 6)
CASE_DUP = case15(DUP_OPEN, 77)
t = DUP_OPEN + timedelta(hours=6, minutes=58)
txt = """Hi Lucas,

Thanks for reaching out again. This request is a duplicate of case %s, which is already open with our team. On November 21 we sent you a message on that case asking you to confirm which profile you would like to keep; it may have ended up in your spam folder.

To avoid delays, please reply on case %s instead of this one. Your request will not move forward until we receive your reply there. I'll mark this case as a duplicate.

Cheers,
Megan
AWS Training and Certification
""" % (CASE_G, CASE_G)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("duplicate-case-reply-on-original", body,
      aws_gmail(LUCAS, t, addr(AWSNAME, FORM), LUCAS, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_DUP, hostidx=2),
      "support_reply", CASE_DUP, [], True, "en")


# ---------------------------------------------------------------- look-alikes and phishing
def origin(frm, to, subject, dt, msgid, extra=(), dk=None):
    h = []
    if dk:
        h.append(("DKIM-Signature", dkim(dk[0], dk[1], dt, "from:to:subject:date:message-id:mime-version:content-type")))
    h += [("Date", format_datetime(dt)), ("From", frm), ("To", to),
          ("Subject", fold(subject) if isinstance(subject, str) and subject.isascii() else subject), ("Message-ID", msgid)]
    return h + list(extra)


# 027 look-alike domain asks to "confirm the merge" (content = confirmation request; not verified)
t = d(2025, 5, 16, 3, 12, 9)
LOOK = "amazon-certification-support.com"
mf = "bounce-%s@mail.%s" % (rhex(8), LOOK)
ip = "185.173.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_google([("pass", LOOK, "default")], "pass", mf, ip, "pass", LOOK, policy="NONE")
txt = """AWS Training and Certification

Case ID: 174731120400155
Status: Pending customer confirmation

Dear Candidate,

We received a request to merge your AWS Certification accounts AWS04417829 and AWS09152360. Before we proceed, please confirm that AWS04417829 should be merged into AWS09152360.

To confirm, sign in with your AWS Certification credentials and verify your identity within 24 hours:

https://%s/certification/merge/confirm?case=174731120400155&cid=AWS09152360

If we do not receive your confirmation, the request will be cancelled and both accounts may be locked for security reasons.

Thank you,
AWS Training and Certification Team
""" % LOOK
body = alt(part(txt), part(to_html(txt, foot='<p><a href="https://%s/certification/merge/confirm?case=174731120400155" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Confirm merge</a></p>' % LOOK), "html"))
write("lookalike-domain-confirm-merge", body,
      chain_gmail(PRIYA, t, "mail.%s" % LOOK, ip, mf, ar)
      + origin(addr("AWS Training and Certification", "aws-cs-trainingcertification-form@" + LOOK), PRIYA,
               "Action required: confirm your AWS Certification account merge [CASE 174731120400155]", t,
               "<%s@mail.%s>" % (uuid.UUID(int=RNG.getrandbits(128)), LOOK), dk=(LOOK, "default"),
               extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]),
      "merge_confirmation_requested", "174731120400155", ["AWS04417829", "AWS09152360"], False, "en")

# 028 spoofed amazon.com From, dmarc=fail; claims the merge is done and asks to "re-verify"
t = d(2025, 8, 14, 22, 40, 17)
mf = "info@vps-%s.hostkey-mail.ru" % rhex(5)
ip = "91.215.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_google([("fail", "amazon.com", AMZ_SEL)], "softfail", mf, ip, "fail", "amazon.com")
ar = ar.replace("dkim=fail header.i=@amazon.com", "dkim=fail (body hash did not verify) header.i=@amazon.com")
txt = """Hello,

Your AWS Certification accounts AWS06678120 and AWS01456723 have been merged successfully into your primary account (case 175491993000318).

To keep your certifications active after the merge, you must re-verify your sign-in details within 48 hours. Unverified accounts will be suspended and your certifications will no longer be visible to employers.

Re-verify now: http://aws-certmetrics-verify.top/login?ref=merge

Best regards,
Amazon Web Services
"""
body = part(to_html(txt), "html", cte="quoted-printable")
write("spoofed-merge-done-dmarc-fail", body,
      chain_gmail(AHMED, t, "vps-%s.hostkey-mail.ru" % rhex(5), ip, mf, ar, arc=False)
      + origin(addr(AWSNAME, NOREPLY), AHMED, "Your AWS Certification accounts have been merged - action required", t,
               "<%s.%s@vps.hostkey-mail.ru>" % (rhex(16), rhex(8)), dk=("amazon.com", AMZ_SEL)),
      "merge_completed", "175491993000318", ["AWS06678120", "AWS01456723"], False, "en")

# 029 phishing, not about the merge: "account suspended", Outlook verdict fails
t = d(2025, 3, 10, 6, 2, 51)
PH = "amazon-aws-billing.info"
ip = "45.87.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = "spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=%s;compauth=fail reason=001" % (ip, PH, PH)
txt = """Dear AWS Customer,

We were unable to process the payment for your latest AWS invoice. As a result your AWS account has been temporarily suspended and your running resources will be terminated within 24 hours.

To avoid data loss, please update your billing information immediately:
https://console-aws.%s/billing/update?session=8f2e91c4

AWS Billing Department
""" % PH
body = alt(part(txt, charset="us-ascii", cte="7bit"), part(to_html(txt), "html"))
write("phish-account-suspended-not-merge", body,
      chain_outlook(SARAH, t, "mail.%s" % PH, ip, ar, spf_dom=PH)
      + origin(addr("AWS Billing", "billing@" + PH), SARAH, "URGENT: Your AWS account has been suspended", t,
               "<%s@%s>" % (rhex(24), PH)),
      "unrelated", None, [], False, "en")

# 030 forged lower Authentication-Results; the provider's own (topmost) verdict is a failure
WEI_T = d(2025, 1, 29, 8, 30, 0)
mf = "support@certs-mailer.net"
ip = "103.151.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_google([("neutral", "amazon.com", AMZ_SEL)], "fail", mf, ip, "fail", "amazon.com")
ar = ar.replace("dkim=neutral header.i=@amazon.com", "dkim=neutral (no key for signature) header.i=@amazon.com")
forged = [("Authentication-Results", "amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com")]
txt = """Hello Wei,

Thank you for contacting AWS Training and Certification.

We have located the following accounts for your merge request:

Account to be merged: AWS02650391
Account to be retained: AWS04473318

Please confirm the merge by replying to this email with the sign-in email address and password of AWS02650391, so that our team can verify ownership before proceeding. The merge will not be processed until we receive your confirmation.

Regards,
AWS Training and Certification
Case 12066310427
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("forged-lower-auth-results-confirm", body,
      chain_gmail(WEI, WEI_T, "mx.certs-mailer.net", ip, mf, ar, arc=False) + forged
      + origin(addr(AWSNAME, FORM), WEI, "RE:[CASE 12066310427] Account merge - confirmation needed", WEI_T,
               "<%s@email.amazonses.com>" % rhex(20), extra=[("Reply-To", "aws-certification-desk@certs-mailer.net")],
               dk=("amazon.com", AMZ_SEL)),
      "merge_confirmation_requested", "12066310427", ["AWS02650391", "AWS04473318"], False, "en")

# 031 Credly look-alike domain: "badges moved after your merge"
t = d(2025, 5, 19, 13, 55, 40)
LC = "credly-mail.com"
mf = "noreply@%s" % LC
ip = "193.29.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_google([("pass", LC, "k1")], "pass", mf, ip, "pass", LC, policy="NONE")
txt = """Hi Priya,

Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued your badges to your new Credly profile:

- AWS Certified Cloud Practitioner
- AWS Certified Data Engineer - Associate

Accept your badges within 7 days to keep them: https://www.%s/badges/accept?user=priya.raman.dev

The Credly Team
""" % LC
body = alt(part(txt), part(to_html(txt), "html"))
write("credly-lookalike-accept-badges", body,
      chain_gmail(PRIYA, t, "mta1.%s" % LC, ip, mf, ar)
      + origin(addr("Amazon Web Services Training and Certification via Credly", "admin@" + LC), PRIYA,
               "Your badges are ready to accept", t, "<%s@%s>" % (rhex(20), LC), dk=(LC, "k1")),
      "credly_badge_issued", None, [], False, "en")

# ---------------------------------------------------------------- genuine Credly mail that is NOT a badge issue
# 032 expiry reminder
t = d(2025, 9, 2, 14, 0, 12)
txt = """Hi Wei,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on December 1, 2025.

To keep your badge active, complete the recertification requirements before it expires. Visit the issuer's page to learn more about recertification options.

View your badge: https://www.credly.com/badges/0a7c5f3e-2b91-4e4d-8f66-a1e2b3c4d5e6

You're receiving this email because you have a Credly account. Manage your email preferences: https://www.credly.com/notifications
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("credly-expiry-reminder", body,
      credly_hdrs(WEI, t, "Credly", "Your badge is expiring soon: AWS Certified Cloud Practitioner"),
      "unrelated", None, [], True, "en")

# 033 Credly's own self-service merge code (not the AWS merge)
t = d(2025, 6, 12, 8, 41, 3)
txt = """Hello,

We received a request to merge the Credly account registered to k-tanaka@hoshino-denki.co.jp into another Credly account.

Your verification code is: 482913

Enter this code on the merge screen, or click the button below to finish.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=9d41c2ab87e04f53b6a0e1d2c3f4a5b6

This code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made.

Credly, Inc.
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("credly-self-service-merge-code", body,
      credly_hdrs(TANAKA, t, "Credly", "Your Credly account merge verification code", provider=TANAKA_MX),
      "unrelated", None, [], True, "en")

# 034 older Acclaim sender: badges transferred after the AWS merge (2020)
t = d(2020, 8, 24, 16, 12, 55)
txt = """Hello Daniel,

Amazon Web Services Training and Certification has updated your certification record, and the following badges have been transferred to your Acclaim account:

  AWS Certified Developer - Associate
  AWS Certified SysOps Administrator - Associate

Accept your badges to start sharing them: https://www.youracclaim.com/earner/earned?trk=badges_transferred

Questions? Visit https://support.youracclaim.com

Acclaim | Credly, Inc.
"""
body = alt(part(txt, charset="us-ascii", cte="7bit"), part(to_html(txt), "html", cte="base64"))
write("acclaim-badges-transferred-2020", body,
      credly_hdrs(DANIEL, t, "Amazon Web Services Training and Certification via Acclaim",
                  "Your badges from Amazon Web Services Training and Certification are ready", provider="outlook", dom="youracclaim.com"),
      "credly_badge_issued", None, [], True, "en")

# ---------------------------------------------------------------- other certification ecosystem mail
# 035 CertMetrics survey invitation (shows the candidate id)
t = d(2025, 5, 28, 19, 4, 0)
mf = "bounces@mail.certmetrics.com"
ip = "167.89.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_google([("pass", "certmetrics.com", "s1")], "pass", mf, ip, "pass", "certmetrics.com", policy="NONE")
txt = """AWS Certification wants to hear from you

Hello Priya Raman,
Candidate ID: AWS09152360

You recently interacted with the AWS Certification program. Please take 5 minutes to tell us about your experience. Your answers are anonymous and help us improve the program.

Start the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=7d2a9f0c

Thank you,
AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("certmetrics-survey-invite", body,
      chain_gmail(PRIYA, t, "o2.mail.certmetrics.com", ip, mf, ar)
      + origin(addr("AWS Certification", "do-not-reply@certmetrics.com"), PRIYA, "AWS Certification wants to hear from you", t,
               "<%s@certmetrics.com>" % uuid.UUID(int=RNG.getrandbits(128)), dk=("certmetrics.com", "s1")),
      "unrelated", None, ["AWS09152360"], False, "en")

# 036 Pearson VUE booking confirmation
t = d(2025, 3, 6, 9, 18, 44)
ip = "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
ar = ar_outlook(ip, "pearson.com", [("pass", "pearson.com")], "pass", "pearson.com")
txt = """Dear Sarah Lindqvist-Berg,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Tuesday, March 18, 2025
Time: 10:00 AM CET
Location: OnVUE online proctored
AWS Candidate ID: AWS 08841267
Registration ID: 487215533

Please check in 30 minutes before your appointment and have your government-issued ID ready.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("pearson-vue-booking", body,
      chain_outlook(SARAH, t, "mx1.pearson.com", ip, ar, spf_dom="pearson.com")
      + origin(addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), SARAH,
               "Pearson VUE Confirmation of Booking - SAA-C03", t, "<%s@pearson.com>" % rhex(24), dk=("pearson.com", "selector1")),
      "unrelated", None, ["AWS08841267"], False, "en")

# 037 AWS Builder ID code through a relay that adds no Authentication-Results
MUELLER = "j.mueller@kanzlei-mueller.de"
t = d(2025, 10, 2, 7, 33, 12)
txt = """Verify your AWS Builder ID email address

Hello,

To finish signing up for AWS Builder ID, enter this verification code:

Verification code: 571 904

This code expires 30 minutes after it was sent.

If you did not request this code, you can safely ignore this email.

Amazon Web Services
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("builder-id-code-no-auth-results", body,
      chain_plain(MUELLER, t, "a11-77.smtp-out.amazonses.com", "54.240.11.77", "mx.kanzlei-mueller.de")
      + origin(addr("AWS", "no-reply@signin.aws"), MUELLER, "Verify your AWS Builder ID email address", t, ses_msgid(t), dk=("signin.aws", "rtsckbzwoq7jmmvxwqhuzoaxomfdpljx")),
      "unrelated", None, [], None, "en")

# 038 GitHub "merged" notification
t = d(2025, 5, 27, 18, 20, 41)
ip = "192.30.252.%d" % RNG.randint(200, 210)
mf = "noreply@github.com"
ar = ar_google([("pass", "github.com", "pf2023")], "pass", mf, ip, "pass", "github.com", policy="REJECT")
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lferreira-dev/cert-tracker/pull/42#event-17723140456
You are receiving this because you authored the thread.
"""
body = alt(part(txt), part(to_html(txt), "html"))
write("github-pr-merged", body,
      chain_gmail(LUCAS, t, "out-21.smtp.github.com", ip, mf, ar)
      + origin(addr("Joana Prado", "notifications@github.com"), addr("lferreira-dev/cert-tracker", "cert-tracker@noreply.github.com"),
               "Re: [lferreira-dev/cert-tracker] Merge duplicate certification records by candidate id (PR #42)", t,
               "<lferreira-dev/cert-tracker/pull/42/issue_event/17723140456@github.com>", dk=("github.com", "pf2023"),
               extra=[("Cc", addr("Lucas Ferreira", LUCAS) + ", Author <author@noreply.github.com>"),
                      ("In-Reply-To", "<lferreira-dev/cert-tracker/pull/42@github.com>"),
                      ("References", "<lferreira-dev/cert-tracker/pull/42@github.com>"),
                      ("List-ID", "lferreira-dev/cert-tracker <cert-tracker.lferreira-dev.github.com>"),
                      ("X-GitHub-Reason", "author")]),
      "unrelated", None, [], False, "en")


# ---------------------------------------------------------------- Thread K: request cancelled before anything was done
EMMA = "emma.schulz@nordwerk-energie.de"
CASE_K = "11458302716"
t = d(2022, 3, 9, 13, 5, 27)
txt = """Hello Emma,

Thank you for letting us know before we started.

As requested, we have cancelled your merge request. No changes were made to AWS02143387 or AWS06605128, and both remain active as separate certification accounts.

If you decide later that you would like to combine them, please submit a new request through the contact form and mention this case number.

Kind regards,
Oliver
AWS Training and Certification

________________________________
From: Emma Schulz <emma.schulz@nordwerk-energie.de>
Sent: Wednesday, March 9, 2022 10:41
To: aws-cs-trainingcertification-form@amazon.com
Subject: AW: RE:[CASE 11458302716] [AWS Training and Certification Form Submission] - account-assistance

Hello,

please do NOT merge the accounts yet. My employer still needs AWS02143387 for the partner tier renewal until end of March. Sorry for the confusion.

Emma
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT, font="Calibri, sans-serif"), "html"))
write("request-cancelled-nothing-changed", body,
      aws_outlook(EMMA, t, addr(AWSNAME, FORM), EMMA, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_K, hostidx=3),
      "support_reply", CASE_K, ["AWS02143387", "AWS06605128"], True, "en")

# 040 AWS T&C newsletter with a tip about consolidating accounts
t = d(2025, 6, 18, 16, 0, 4)
ip = "199.15.214.%d" % RNG.randint(10, 99)
mf = "%s@mktomail.amazon.com" % rhex(12)
ar = ar_google([("pass", "amazon.com", "m1"), ("pass", "mktomail.com", "m1")], "pass", mf, ip, "pass", "amazon.com")
txt = """AWS Training and Certification | June update

Hi Priya,

New this month
- AWS Certified AI Practitioner: new practice question sets on AWS Skill Builder
- Free digital course: Generative AI Essentials on AWS
- Exam prep webinars: Solutions Architect - Associate, June 24 and 26

Account tip: Have more than one AWS Certification account (for example one from a previous employer)? Duplicate accounts can be consolidated so that all your certifications and benefits appear in one place. Use the Training and Certification contact form and choose "Account Merge". You'll be asked to confirm before anything is changed.

Explore AWS Skill Builder: https://skillbuilder.aws/?trk=email_june

You received this email because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=MTEyLVRaTS03NjYAAAGa
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
body = alt(part(txt), part(to_html(txt), "html", cte="base64"))
write("tc-newsletter-consolidation-tip", body,
      chain_gmail(PRIYA, t, "sj-mta-%d.mktomail.com" % RNG.randint(10, 40), ip, mf, ar)
      + origin(addr("AWS Training and Certification", "aws-training-certification@amazon.com"), PRIYA,
               "Priya, new exam prep resources and your June update", t,
               "<%d.%s@sj-mta-21.mktomail.com>" % (RNG.randint(10 ** 8, 10 ** 9), rhex(10)), dk=("amazon.com", "m1"),
               extra=[("List-Unsubscribe", "<mailto:unsub-%s@mktomail.amazon.com>" % rhex(10))]),
      "unrelated", None, [], True, "en")

# 041 console acknowledgement of a billing case (case opened, but not the merge case)
t = BILL_OPEN + timedelta(seconds=12)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected charges on my account after Free Tier
Severity: General guidance
Correspondence: I was charged USD 31.62 this month although I only used Free Tier services for my certification lab. Please explain.

We will respond to your case as soon as possible. You can view and manage your case online here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.
""" % (CASE_BILL, CASE_BILL, CASE_BILL)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("billing-case-opened", body,
      aws_gmail(PRIYA, t, addr(AWSNAME, NOREPLY), PRIYA, "Amazon Web Services: You have opened a new Support case: %s" % CASE_BILL),
      "unrelated", CASE_BILL, [], True, "en")

# 042 chaser on Lucas' case (no new request; previous message quoted)
t = G_OPEN + timedelta(days=4, hours=18, minutes=5)
txt = """Hi Lucas,

I'm following up on my message from November 21. We still need your reply before we can go ahead with your request.

If we don't hear back from you within 5 business days, this case will be closed automatically; you can always reopen it by replying to this email.

Cheers,
Megan
AWS Training and Certification

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, November 21, 2024 11:53 AM
To: lferreira.dev@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

> Hi Lucas,
> I found two profiles that look like yours: AWS07012954 and AWS03319406. I'd suggest keeping AWS03319406 and folding AWS07012954 into it.
> Does that work for you? If so, just reply "confirm" and I'll submit it.
""" % CASE_G
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("chaser-still-need-your-reply", body,
      aws_gmail(LUCAS, t, addr(AWSNAME, FORM), LUCAS, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G, hostidx=1),
      "support_reply", CASE_G, [], True, "en")

# ---------------------------------------------------------------- Thread I: Ahmed, three accounts, console case
I_OPEN = d(2025, 8, 11, 13, 45, 30)
CASE_I = case15(I_OPEN, 318)
I_SUBJ = "Merge three AWS Certification accounts into AWS09934015"

# 043 partial progress: one of two source accounts moved, the other pending -> status update
t = I_OPEN + timedelta(days=5, hours=1, minutes=22)
txt = """Hello Ahmed,

Here's a quick update on your request.

Our certification records team has moved AWS01456723 into AWS09934015. The other profile, AWS06678120, could not be processed yet because it has an exam retake scheduled for 20 August 2025. We will finish that part once the retake result has been posted and will update you on this case at that point.

In the meantime you can already sign in with ahmed.khan.uk@gmail.com and see the certifications from AWS01456723.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Sofia L.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.
""" % CASE_I
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("partial-progress-one-account-pending", body,
      aws_gmail(AHMED, t, addr(AWSNAME, NOREPLY), AHMED, "RE:[CASE %s] %s" % (CASE_I, I_SUBJ), hostidx=4),
      "support_reply", CASE_I, ["AWS01456723", "AWS09934015", "AWS06678120"], True, "en")

# 044 Wei: "we have initiated" (in progress, not done)
t = d(2023, 6, 8, 4, 12, 40)
txt = """Hello Wei,

A short update: we have initiated the merge of AWS02650391 into AWS04473318. The process typically completes within 24-48 hours, and you will receive a confirmation email from us once it has finished.

Please do not sign in to AWS02650391 or schedule an exam on it during this time.

Regards,
Hiroshi M.
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT, charset="us-ascii", cte="7bit"), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("merge-initiated-not-finished", body,
      aws_gmail(WEI, t, addr(AWSNAME, FORM), WEI, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F, hostidx=3),
      "support_reply", CASE_F, ["AWS02650391", "AWS04473318"], True, "en")

# 045 Wei: completed, plus a question about something else (notification e-mail)
t = d(2023, 6, 9, 18, 47, 3)
txt = """Hello Wei,

The merge is now complete. AWS02650391 has been closed, and all of its certifications and exam history are now under AWS04473318.

One more thing: your form mentioned that you are changing employers. Would you also like us to update the notification email on AWS04473318 to your new work address? If so, please reply with the address. This is optional and does not affect the merge.

Regards,
Hiroshi M.
AWS Training and Certification
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html", cte="base64"))
write("merge-complete-plus-unrelated-question", body,
      aws_gmail(WEI, t, addr(AWSNAME, FORM), WEI, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F),
      "merge_completed", CASE_F, ["AWS02650391", "AWS04473318"], True, "en")

# 046 Marco: Credly follow-up after the merge (planned request to Credly), Outlook quote below
t = d(2022, 9, 21, 9, 36, 14)
txt = """Dear Marco,

Thank you for your email.

Regarding Credly, please note that Credly is a separate platform. The badges earned under your old account are still on the Credly profile registered with m.bianchi@transalp-freight.it, which is why they are not visible on your current Credly profile.

We have raised a request with Credly to transfer these badges to the Credly profile of marco.bianchi@veltra-logistics.eu. Once Credly has completed it, you will receive an email from Credly to accept the badges. Kindly allow 5-7 business days.

Thanks and Regards,
Rahul S.
AWS Training and Certification Support

________________________________
From: Marco Bianchi <marco.bianchi@veltra-logistics.eu>
Sent: Monday, September 19, 2022 9:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE 10961842231] [AWS Training and Certification Form Submission] - account-assistance

Hi Rahul,

thanks, the certifications are all visible under AWS07765401 now. But on Credly I still only see one badge, the two older badges from AWS03388120 are missing. Can you check?

Marco
"""
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT, font="Calibri, sans-serif"), "html"))
write("credly-transfer-requested-followup", body,
      aws_outlook(MARCO, t, addr(AWSNAME, FORM), MARCO, "RE: [CASE %s] %s" % (CASE_C, C_SUBJ)),
      "support_reply", CASE_C, [], True, "en")

# ---------------------------------------------------------------- Thread H: Sato, Japanese form case, Japanese ISP
SATO = "msato0412@ocn.ne.jp"
SATO_MX = "mx.ocn.ne.jp"
H_OPEN = d(2025, 7, 8, 0, 31, 44)
CASE_H = case15(H_OPEN, 2046)

# 047 Japanese form acknowledgement (ids written with a space / lower case)
t = H_OPEN + timedelta(seconds=37)
txt = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付をお知らせする自動送信メールです。

お問い合わせを受け付け、ケース番号 %s を発行いたしました。
担当者より、通常 24 時間以内にメールにてご連絡いたします。追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
なお、同じ内容で新たにフォームを送信されますと、対応が遅れる場合がございますのでご注意ください。

■ お問い合わせ内容
お問い合わせの種類：AWS 認定
詳細：アカウントの統合
AWS 候補者 ID：AWS 05561290
詳細内容：学生時代に作成したアカウント（aws08205573）があり、現在のアカウントにまとめたいです。

AWS トレーニングと認定
""" % CASE_H
body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(to_html(txt, font="Meiryo, sans-serif"), "html"))
write("form-ack-ja-iso2022jp", body,
      aws_jp(SATO, t, addr(AWSNAME, FORM), SATO, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H,
             SATO_MX, hostidx=3),
      "case_created", CASE_H, ["AWS05561290", "AWS08205573"], True, "ja")

# 048 Japanese agent asks for login addresses and the reason (conditional next step)
t = H_OPEN + timedelta(days=1, hours=5, minutes=48)
txt = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の中村と申します。

アカウント統合のご依頼につきまして、ご本人様確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. AWS08205573 および AWS05561290 それぞれのサインイン用メールアドレス
2. 統合をご希望される理由（例：転職、メールアドレスの変更など）

上記を確認でき次第、統合内容の最終確認のご案内をお送りいたします。現時点では、いずれのアカウントにも変更は加えておりません。

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

中村 / Nakamura
AWS トレーニングと認定
"""
body = part(txt, charset="utf-8", cte="quoted-printable")
write("ja-agent-asks-login-and-reason", body,
      aws_jp(SATO, t, addr(AWSNAME, FORM), SATO, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H,
             SATO_MX),
      "support_reply", CASE_H, ["AWS08205573", "AWS05561290"], True, "ja")


# 049 Japanese look-alike phishing asking to approve the merge (content = confirmation request)
t = d(2025, 7, 9, 23, 48, 10)
LJ = "aws-training-jp.com"
ip = "202.61.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
mf = "info@%s" % LJ
ar = ar_plain(SATO_MX, "pass", mf, [], "none", LJ)
txt = """佐藤 美咲 様

AWS トレーニングと認定 事務局でございます。

ケース番号 %s のアカウント統合につきまして、最終確認をお願いいたします。

　統合元：AWS08205573
　統合先：AWS05561290

上記の内容で統合を実行してよろしいでしょうか。以下のリンクからサインインのうえ、24 時間以内に統合内容をご承認ください。
https://www.%s/certification/merge/approve?case=%s

期限内にご承認いただけない場合、セキュリティ保護のため両アカウントの認定資格が一時停止されます。

AWS トレーニングと認定 事務局
""" % (CASE_H, LJ, CASE_H)
body = part(txt, charset="shift_jis", cte="quoted-printable")
write("ja-lookalike-approve-merge", body,
      chain_jp(SATO, t, "mail.%s" % LJ, ip, mf, SATO_MX, ar)
      + origin(addr("AWS トレーニングと認定", "support@" + LJ, "iso-2022-jp"), SATO,
               H("【重要】アカウント統合の最終確認のお願い（ケース番号 %s）" % CASE_H, "iso-2022-jp"), t,
               "<%s@%s>" % (rhex(18), LJ), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
      "merge_confirmation_requested", CASE_H, ["AWS08205573", "AWS05561290"], False, "ja")

# 050 Japanese console acknowledgement of a quota case (not the merge case)
EQ_OPEN = d(2025, 9, 29, 2, 11, 12)
CASE_EQ = case15(EQ_OPEN, 1420)
t = EQ_OPEN + timedelta(seconds=8)
txt = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細
ケース ID: %s
件名: EC2 オンデマンドインスタンスの上限緩和申請（ap-northeast-1）
重要度: 通常
サービス: Service Quotas
カテゴリ: 上限緩和

ケースの表示や返信の追加は、サポートセンターから行ってください。
%s

※このメールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (CASE_EQ, CASE_EQ, CONSOLE_LINK % CASE_EQ)
body = alt(part(txt, charset="iso-2022-jp", cte="7bit"), part(to_html(txt, font="Meiryo, sans-serif"), "html"))
write("ja-quota-case-opened", body,
      aws_jp(TANAKA, t, addr(AWSNAME, NOREPLY), TANAKA,
             H("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % CASE_EQ, "iso-2022-jp"), TANAKA_MX),
      "unrelated", CASE_EQ, [], True, "ja")

# 051 Credly (Japanese locale): badge re-issued to the surviving account's address
t = d(2025, 7, 14, 6, 20, 31)
txt = """佐藤 美咲 さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Cloud Practitioner

アカウント統合に伴い、以前のアカウントで取得されたバッジを、このメールアドレス宛てに発行し直しました。バッジを受け取ると、プロフィールで公開したり、SNS で共有したりできます。

バッジを受け取る：https://www.credly.com/badges/8e4b1d22-7c0f-4a9e-b3d1-5f6a7b8c9d0e/accept?locale=ja

Credly, Inc.
配信停止：https://www.credly.com/notifications/unsubscribe?token=4c2e8a1f9b3d7e6a5c4b3a2918f7e6d5
"""
body = alt(part(txt), part(to_html(txt, font="Meiryo, sans-serif"), "html"))
write("credly-badge-reissued-ja", body,
      credly_hdrs(SATO, t, "Amazon Web Services Training and Certification via Credly",
                  H("佐藤 美咲さん、Amazon Web Services Training and Certification からバッジが発行されました"), provider=SATO_MX),
      "credly_badge_issued", None, [], True, "ja")

# 052 Japanese "thank you for confirming, starting now" with Japanese-style quoted history
t = d(2025, 7, 10, 3, 11, 57)
txt = """佐藤 美咲 様

ご確認いただき、誠にありがとうございます。中村でございます。

いただいたご返信をもちまして、統合のお手続きを開始いたします。作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。
なお、完了のご連絡までは、AWS08205573 でのサインインや試験のご予約はお控えいただけますようお願いいたします。

中村 / Nakamura
AWS トレーニングと認定

2025年7月10日(木) 8:02 佐藤 美咲 <msato0412@ocn.ne.jp>:
> 中村様
>
> ご連絡ありがとうございます。
> 内容に相違ありません。AWS08205573 を AWS05561290 に統合してください。
>
> 2025年7月9日(水) 17:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 以下の内容で統合を行います。よろしければ本メールにご返信ください。
> > 　統合元：AWS08205573
> > 　統合先：AWS05561290
> > 統合後は元に戻すことができません。
"""
body = alt(part(txt, charset="shift_jis", cte="base64"), part(to_html(txt, font="Meiryo, sans-serif"), "html", cte="base64"))
write("ja-thanks-starting-now-quoted", body,
      aws_jp(SATO, t, addr(AWSNAME, FORM), SATO, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H,
             SATO_MX, hostidx=0),
      "support_reply", CASE_H, ["AWS08205573"], True, "ja")

# 053 Japanese refusal for now (name mismatch), cp932 characters under a Shift_JIS label
SUZUKI = "ichiro.suzuki@minato-soft.co.jp"
SUZUKI_MX = "mail.minato-soft.co.jp"
CASE_J = "11892045530"
t = d(2023, 5, 17, 7, 40, 22)
txt = """鈴木 一郎 様

お問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定の小林でございます。

ご依頼いただいた AWS04290817 と AWS07731542 の統合につきまして確認いたしましたところ、以下の理由により、現時点では統合を承ることができかねます。

① 両アカウントに登録されている氏名（ローマ字表記）が一致しないため（ICHIRO SUZUKI／ITIRO SUZUKI）
② AWS07731542 で受験された試験について、現在結果の確認手続き中であるため

氏名の表記を統一していただき、試験結果が確定しましたら、改めて本ケースにご返信くださいませ。その時点で再度確認させていただきます。
なお、現時点ではいずれのアカウントにも変更は加えておりませんので、ご安心ください。

ご不便をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。

小林 / Kobayashi
AWS トレーニングと認定
"""
body = part(txt, charset="shift_jis", cte="base64")
write("ja-cannot-merge-yet-cp932", body,
      aws_jp(SUZUKI, t, addr(AWSNAME, FORM), SUZUKI, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_J,
             SUZUKI_MX, hostidx=2),
      "support_reply", CASE_J, ["AWS04290817", "AWS07731542"], True, "ja")

# 054 console case opened (English) for Ahmed's three-account request
t = I_OPEN + timedelta(seconds=14)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I have three certification accounts from university, my old job and my personal email: aws01456723, AWS-06678120 and AWS09934015. Please combine them and keep AWS09934015.

We will respond to your case as soon as possible. You can view and manage your case online here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.
""" % (CASE_I, CASE_I, I_SUBJ, CASE_I)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("console-case-opened-three-accounts", body,
      aws_gmail(AHMED, t, addr(AWSNAME, NOREPLY), AHMED, "Amazon Web Services: You have opened a new Support case: %s" % CASE_I, hostidx=0),
      "case_created", CASE_I, ["AWS01456723", "AWS06678120", "AWS09934015"], True, "en")

# ---------------------------------------------------------------- Thread L: Julien, first case never answered, new case
JULIEN = "julien.moreau.cloud@gmail.com"
L_OLD = case15(d(2025, 10, 6, 19, 2, 33), 388)
L_OPEN = d(2025, 10, 14, 8, 20, 40)
CASE_L = case15(L_OPEN, 905)

# 055 acknowledgement of the re-submitted form (mentions the earlier case id in the echoed form)
t = L_OPEN + timedelta(seconds=52)
txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case %s.

A member of our team will review your inquiry and respond by email, in most cases within 24 hours. If you have already contacted us about this request, please reply to your existing case instead of submitting a new form.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Detail: Account Merge
AWS candidate ID: AWS05290418
Additional details: I submitted the same request on 6 October (case %s) but never received any answer, I think I left the notification email empty. Second account: AWS03071846. Please keep AWS05290418.

Sincerely,
AWS Training and Certification
""" % (CASE_L, L_OLD)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("form-ack-resubmitted-request", body,
      aws_gmail(JULIEN, t, addr(AWSNAME, FORM), JULIEN, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_L),
      "case_created", CASE_L, ["AWS05290418", "AWS03071846"], True, "en")

# 056 Sarah's case closed for inactivity (closure + survey)
t = E_OPEN + timedelta(days=16, hours=2, minutes=1)
txt = """Hello,

We haven't heard back from you on case %s, so we have closed it for now.

If you still need help with this request, simply reply to this email within 14 days and the case will be reopened. After that, please submit a new request and mention this case number.

Was your issue resolved?
Yes: https://support.aws.amazon.com/survey?displayId=%s&resolved=yes
No: https://support.aws.amazon.com/survey?displayId=%s&resolved=no

Please take a minute to rate your experience with AWS Training and Certification.

Thank you,
AWS Training and Certification
""" % (CASE_E, CASE_E, CASE_E)
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("closed-for-inactivity-survey", body,
      aws_outlook(SARAH, t, addr(AWSNAME, NOREPLY), SARAH, "Your case %s has been closed" % CASE_E, hostidx=0),
      "survey", CASE_E, [], True, "en")

# 057 Julien: rating request only
t = L_OPEN + timedelta(days=4, hours=3, minutes=10)
txt = """How did we do?

Hi Julien,

Recently you contacted AWS Training and Certification (case %s). We'd like to know how well we handled your request.

On a scale of 1 to 5, how satisfied are you with the support you received?
1 2 3 4 5  ->  https://support.aws.amazon.com/survey?displayId=%s&src=email

This survey takes less than a minute. Thank you for helping us improve.

AWS Training and Certification
""" % (CASE_L, CASE_L)
body = part(to_html(txt), "html", cte="quoted-printable")
write("rating-request-only", body,
      aws_gmail(JULIEN, t, addr(AWSNAME, NOREPLY), JULIEN, "How did we do? Your AWS Training and Certification case %s" % CASE_L, hostidx=1),
      "survey", CASE_L, [], True, "en")

# 058 Ahmed: three accounts, asks to confirm in the Support Center before anything is submitted
t = I_OPEN + timedelta(days=1, hours=2, minutes=40)
txt = """Hello Ahmed,

Thank you for contacting AWS Training and Certification.

We located all three profiles:
- aws01456723 (ahmed.khan@brightlane-consulting.co.uk)
- AWS-06678120 (a.khan7@newcastle.ac.uk)
- AWS09934015 (ahmed.khan.uk@gmail.com)

As you requested, AWS09934015 would be kept, and the other two profiles would be merged into it. Their certifications, exam history and benefits would then be available under AWS09934015 only, and this can't be reversed.

Before we submit this to our records team, please confirm via the Support Center that the above is correct. We have not made any changes yet.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Sofia L.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.
""" % CASE_I
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("three-accounts-confirm-in-console", body,
      aws_gmail(AHMED, t, addr(AWSNAME, NOREPLY), AHMED, "RE:[CASE %s] %s" % (CASE_I, I_SUBJ), hostidx=2),
      "merge_confirmation_requested", CASE_I, ["AWS01456723", "AWS06678120", "AWS09934015"], True, "en")

# 059 Julien: completion and closure in one agent mail
t = L_OPEN + timedelta(days=3, hours=22, minutes=15)
txt = """Hello Julien,

Thank you for your patience, and I'm sorry that your first request went unanswered.

Your two certification accounts have been merged: everything from AWS03071846 is now under AWS05290418, which is your active account. You can sign in with julien.moreau.cloud@gmail.com as usual.

Since your request is now complete, I'm closing this case. If anything looks off, reply within 14 days and the case will reopen.

Was your issue resolved? Yes / No
https://support.aws.amazon.com/survey?displayId=%s

Best regards,
Amina
AWS Training and Certification
""" % CASE_L
body = alt(part(txt + AWS_FOOT_TXT), part(to_html(txt + AWS_FOOT_TXT), "html"))
write("merged-and-case-closed", body,
      aws_gmail(JULIEN, t, addr(AWSNAME, FORM), JULIEN, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_L),
      "merge_completed", CASE_L, ["AWS03071846", "AWS05290418"], True, "en")

# 060 Credly badge issued to Ahmed (HTML-only, base64)
t = d(2025, 8, 25, 11, 3, 19)
txt = """Ahmed, your badge is ready to accept

Amazon Web Services Training and Certification issued you a badge: AWS Certified Developer - Associate.

Accept it to share on LinkedIn and add it to your Credly profile.

Accept badge: https://www.credly.com/badges/2f9d6e41-0b3c-4c7a-9d8e-7a6b5c4d3e2f/accept

Credly, Inc. | 10 Hudson Yards, New York, NY 10001
"""
body = part(to_html(txt, head='<img src="https://images.credly.com/size/110x110/images/b9feab85-developer-associate.png" alt="">'), "html", cte="base64")
write("credly-badge-ready-html-only", body,
      credly_hdrs(AHMED, t, "Amazon Web Services Training and Certification via Credly", "Ahmed, your badge is ready to accept"),
      "credly_badge_issued", None, [], True, "en")

# ====================================================================== END
if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")
