#!/usr/bin/env python3
"""Generator for blind set 176: acknowledgements, closures, surveys and look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid

from email import policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(176)
LABELS = {}
COUNTER = [0]


# ---------------------------------------------------------------- helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


UTC = tz(0)
JST = tz(9)
PDT = tz(-7)
PST = tz(-8)
CEST = tz(2)
BST = tz(1)
IST = tz(5, 30)


def D(y, mo, d, H, M, S=0, off=UTC):
    return dt.datetime(y, mo, d, H, M, S, tzinfo=off)


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def case15(opened):
    """15-digit display id: Unix time of opening + 5 digits."""
    return str(int(opened.timestamp())) + rdigits(5)


def rfc(d):
    return format_datetime(d)


def gdate(d):
    """Gmail Received-style date with zone comment."""
    names = {-7: "PDT", -8: "PST", 0: "UTC", 9: "JST"}
    off = int(d.utcoffset().total_seconds() // 3600)
    s = format_datetime(d)
    return s + (" (%s)" % names[off] if off in names else "")


def ses_id(d, region="email"):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128)))
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, u, region)


def ses_bounce(d):
    return ses_id(d)[1:-1]


def dkim(d_dom, sel, when, heads="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", extra=""):
    t = int(when.timestamp())
    b = rb64(342) + "=="
    bfold = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t"
            "h=%s%s;\n\tbh=%s=;\n\tb=%s") % (sel, d_dom, t, heads, extra, rb64(43), bfold)


def subj(text, charset="utf-8"):
    """Encoded-word subject, folded by the email package."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject").encode(maxlinelen=76)


def addr(name, mail, charset="utf-8"):
    if name is None:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), mail)


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable",
             codec=None, quote_cs=False, extra_ct=""):
    """A leaf text part whose bytes we control (codec may differ from label)."""
    codec = codec or charset
    raw = text.replace("\r\n", "\n").encode(codec)
    p = Message()
    cs = '"%s"' % charset if quote_cs else charset
    p["Content-Type"] = "text/%s; charset=%s%s" % (subtype, cs, extra_ct)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart("related")
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename, cte="base64"):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    p["Content-Transfer-Encoding"] = cte
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def html_wrap(inner, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f2f3f3\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">"
            "<tr><td align=\"center\">\n<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#ffffff;%s\">\n%s\n</table>\n</td></tr></table>\n</body>\n</html>\n") % (title, style, inner)


# ------------------------------------------------- transport header chains
def gmail_chain(rcpt, when, *, helo, ip, mailfrom, ar, arc=True, spf="pass"):
    """Headers added by Gmail, topmost first.  `ar` = body of Authentication-Results."""
    t1 = when + dt.timedelta(seconds=R.randint(1, 4))
    t0 = t1.astimezone(PDT if 3 <= t1.month <= 10 else PST)
    gid = rdigits(7)
    h = [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:7022:%s:b0:%s:%s:%s with SMTP id %scsp%s;\n        %s"
         % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(3), gid, gdate(t0))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(62)),
        ("X-Received", "by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id d2e1a72fcca58-%s.%s.%s;\n        %s"
         % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(12), rdigits(2), rdigits(13), gdate(t0))),
    ]
    if arc:
        h += [
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
             % (int(t1.timestamp()), rb64(70))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
             "        h=feedback-id:mime-version:subject:message-id:to:from:date\n        :dkim-signature;\n"
             "        bh=%s=;\n        fh=%s=;\n        b=%s" % (rb64(43), rb64(43), rb64(70))),
            ("ARC-Authentication-Results", "i=1; " + ar),
        ]
    h += [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, "d9443c01a7336-%ssi%s%s.%d.%s" % (rhex(11), rdigits(7), R.choice(["ad", "a1d", "qt", "b3a"]),
                                  R.randint(100, 999), t0.strftime("%Y.%m.%d.%H.%M.%S").replace(".0", ".")),
            rcpt, gdate(t0))),
        ("Received-SPF", ("pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                          if spf == "pass" else
                          "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;")
         % (mailfrom, ip, ip)),
        ("Authentication-Results", ar),
    ]
    return h


def g_ar(*, dkims=(), mailfrom, ip, spf="pass", dmarc="pass", from_dom, p="QUARANTINE", sp=None, dis="NONE"):
    """Gmail Authentication-Results body.  dkims = [(result, header.i domain, selector)]."""
    parts = ["mx.google.com;"]
    for res, dom, sel in dkims:
        parts.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (res, dom, sel, rb64(8)))
    if spf == "pass":
        parts.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (spf, mailfrom, ip, mailfrom))
    sp = sp or p
    parts.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, p, sp, dis, from_dom))
    return "\n".join(parts)


def outlook_chain(rcpt, when, *, helo, ip, mailfrom, ar, tenant_host="TYCP286MB2345.JPNP286.PROD.OUTLOOK.COM"):
    """Headers as seen in an Exchange Online / Outlook.com message, topmost first."""
    t = when + dt.timedelta(seconds=R.randint(1, 5))
    tt = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    front = "OS3P286CA%s.JPNP286.PROD.OUTLOOK.COM" % rdigits(4)
    return [
        ("Received", "from %s (2603:1096:604:%s::%s) by\n %s with HTTPS; %s"
         % (front, rhex(3), rhex(2), tenant_host, tt)),
        ("Received", "from %s (2603:1096:400:%s::%s)\n by %s (2603:1096:604:%s::%s) with\n"
         " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%s.%s; %s"
         % ("OSA0EPF000000%s.apcprd02.prod.outlook.com" % rdigits(2), rhex(3), rhex(2), front, rhex(3), rhex(2),
            rdigits(4), rdigits(2), tt)),
        ("Authentication-Results", ar),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
         " client-ip=%s; helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, helo)),
        ("Received", "from %s (%s) by\n OSA0EPF000000%s.mail.protection.outlook.com (10.167.240.%s) with Microsoft SMTP\n"
         " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%s.%s via Frontend\n Transport; %s"
         % (helo, ip, rdigits(2), R.randint(10, 99), rdigits(4), rdigits(2), tt)),
        ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % t.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.0%f")[:-3] + " (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128)))),
        ("Return-Path", mailfrom),
    ]


def o_ar(*, mailfrom_dom, ip, spf="pass", dkim_res="pass", dkim_d, dmarc="pass", from_dom, action="none",
         compauth="pass reason=100", dkim2=None):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;" % (
        spf, ip, mailfrom_dom, dkim_res if dkim_res != "fail" else "fail (body hash did not verify)", dkim_d)
    if dkim2:
        s += "dkim=pass (signature was verified)\n header.d=%s;" % dkim2
    s += "dmarc=%s action=%s\n header.from=%s;compauth=%s" % (dmarc, action, from_dom, compauth)
    return s


def jp_chain(rcpt, when, *, mx, helo, ip, mailfrom, ar):
    """A Japanese ISP mailbox (nifty, biglobe, so-net, ...)."""
    t = (when + dt.timedelta(seconds=R.randint(2, 9))).astimezone(JST)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s by %s\n          with ESMTP\n          id <%s%s@%s>\n          for <%s>;\n          %s"
         % ("mta-%s.%s" % (rdigits(2), mx.split(".", 1)[1]), "mbox%s.%s" % (rdigits(2), mx.split(".", 1)[1]),
            rdigits(14), rhex(6), mx, rcpt, rfc(t))),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
         % (helo, helo, ip, mx, rb64(9).replace("+", "x").replace("/", "y"), rcpt, rfc(t))),
    ]


def jp_ar(mx, *, spf="pass", mailfrom, dkim_res="pass", dkim_d, dmarc="pass", from_dom, ip):
    return ("%s;\n\tspf=%s smtp.mailfrom=%s smtp.remote-ip=%s;\n\tdkim=%s header.d=%s header.s=%s;\n"
            "\tdmarc=%s header.from=%s") % (mx, spf, mailfrom, ip, dkim_res, dkim_d, rb64(6).lower(), dmarc, from_dom)


def ses_transport(when):
    """SES delivery path data for a genuine amazon.com sender."""
    ip = "54.240.%d.%d" % (R.choice([8, 9, 11, 13, 27, 48]), R.randint(2, 250))
    helo = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    return ip, helo, ses_bounce(when)


# ------------------------------------------------------------------ output
def set_boundaries(body, style):
    n = [0]
    for part in body.walk():
        if part.is_multipart():
            n[0] += 1
            if style == "javamail":
                b = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 1999999999),
                                              R.randint(1700000000000, 1760000000000))
            elif style == "gmail":
                b = "000000000000%s" % rhex(16)
            elif style == "outlook":
                b = "_%03d_%s_" % (n[0] - 1, rb64(40).replace("+", "A").replace("/", "B"))
            elif style == "ruby":
                b = "--==_mimepart_%s_%s" % (rhex(12), rdigits(6))
            elif style == "jp":
                b = "=_NextPart_%s_%s" % (rhex(8).upper(), rhex(8).upper())
            else:
                continue
            part.set_boundary(b)


def emit(desc, label, head, body, *, top=None, bstyle="javamail"):
    """head: list of (name, value) message headers (From, To, ...).  top: transport headers."""
    COUNTER[0] += 1
    if body.is_multipart():
        set_boundaries(body, bstyle)
    fn = "%03d-%s.eml" % (COUNTER[0], desc)
    lines = []
    for name, value in (top or []) + head:
        lines.append("%s: %s" % (name, value))
    if "MIME-Version" in body:
        del body["MIME-Version"]
    if not any(n.lower() == "mime-version" for n, _ in head):
        lines.append("MIME-Version: 1.0")
    b = body.as_bytes(policy=policy.compat32)
    data = ("\n".join(lines) + "\n").encode("ascii") + b
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fn] = {k: lab.get(k) for k in ("kind", "case_id", "account_ids", "sender_verified", "language")}
    return fn


def L(kind, case_id, ids, ver, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": ver, "language": lang}


def std_head(frm, to, subject, date, msgid, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", rfc(date) if not isinstance(date, str) else date),
         ("Message-ID", msgid)]
    h += list(extra)
    return h


# ---------------------------------------------------------- people/mailboxes
ME_G = "takumi.hayashi.dev@gmail.com"          # Gmail user (EN mostly)
ME_O = "priya.raman@contoso-analytics.com"     # Exchange Online user
ME_J = "m-kobayashi@nifty.com"                 # Japanese ISP user
ME_J2 = "sato.yui@outlook.jp"                  # Outlook.jp user (JA)
ME_B = "lucas.moreau@biglobe.ne.jp"            # expat on biglobe

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"


def aws_gmail(rcpt, when, from_dom="amazon.com", dmarc="pass", dkim_res="pass"):
    ip, helo, mf = ses_transport(when)
    ar = g_ar(dkims=[(dkim_res, from_dom, rb64(32).lower().replace("+", "a").replace("/", "b")),
                     ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
              mailfrom=mf, ip=ip, dmarc=dmarc, from_dom=from_dom)
    return gmail_chain(rcpt, when, helo=helo, ip=ip, mailfrom=mf, ar=ar)


def aws_outlook(rcpt, when, from_dom="amazon.com"):
    ip, helo, mf = ses_transport(when)
    ar = o_ar(mailfrom_dom="email.amazonses.com", ip=ip, dkim_d=from_dom, dkim2="amazonses.com", from_dom=from_dom)
    return outlook_chain(rcpt, when, helo=helo, ip=ip, mailfrom=mf, ar=ar)


def aws_jp(rcpt, when, mx="mx.nifty.com", from_dom="amazon.com"):
    ip, helo, mf = ses_transport(when)
    ar = jp_ar(mx, mailfrom=mf, dkim_d=from_dom, from_dom=from_dom, ip=ip)
    return jp_chain(rcpt, when, mx=mx, helo=helo, ip=ip, mailfrom=mf, ar=ar)


def aws_dkim_heads(when, from_dom="amazon.com"):
    return [("DKIM-Signature", dkim(from_dom, rb64(32).lower().replace("+", "q").replace("/", "z"), when)),
            ("DKIM-Signature", dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", when,
                                    extra=":Feedback-ID"))]


def ses_extra(when):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)),
            ("X-SES-Outgoing", when.astimezone(UTC).strftime("%Y.%m.%d") + "-54.240.8.%d" % R.randint(2, 99))]


# ================================================================== MAILS
MAILS = []


def mail(f):
    MAILS.append(f)
    return f



# ---- storyline constants (computed once, deterministic) ----
OPEN_A = D(2025, 5, 26, 23, 41, 7)             # Takumi, form desk, EN
CASE_A = case15(OPEN_A)
ACC_A_OLD, ACC_A_KEEP = "AWS10483920", "AWS27719364"
OPEN_B = D(2024, 11, 12, 9, 14, 3)             # Priya, console, EN, three accounts
CASE_B = case15(OPEN_B)
ACC_B = ["AWS04418275", "AWS39920461", "AWS58107733"]
OPEN_C = D(2025, 2, 17, 1, 5, 44)              # Kobayashi, form desk, JA
CASE_C = case15(OPEN_C)
ACC_C_OLD, ACC_C_KEEP = "AWS61529038", "AWS70384415"
OPEN_D = D(2025, 9, 3, 4, 22, 51)              # Sato, console, JA
CASE_D = case15(OPEN_D)
ACC_D_OLD, ACC_D_KEEP = "AWS83310276", "AWS90015542"
CASE_E = "7034518862"                          # Lucas, 2020, 10 digits
ACC_E_OLD, ACC_E_KEEP = "AWS00918834", "AWS01266790"
CASE_F = "10293847561"                         # Priya, 2022, 11 digits
ACC_F = ["AWS22805193", "AWS31177640"]


@mail
def m_form_ack_en():
    when = OPEN_A + dt.timedelta(seconds=38)
    text = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A case has been created for you with the following reference number:

    Case ID: %s

A member of our Customer Support team will review your inquiry and get back to you, in most cases within 24 hours. If you have additional information that may help us, you can simply reply to this email - your reply will be added to the same case.

Please do not submit another request through the contact form for the same issue. Duplicate requests are placed at the back of the queue and may delay our response.

Inquiry type: AWS Certification
Inquiry detail: Account Merge

Sincerely,
AWS Training and Certification Customer Support

--
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CASE_A
    body = textpart(text, charset="UTF-8", cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_G,
                    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                    when, ses_id(when), ses_extra(when))
    emit("form-desk-ack-en", L("case_created", CASE_A, [], True, "en"), head, body,
         top=aws_gmail(ME_G, when) + aws_dkim_heads(when))


@mail
def m_console_opened_html():
    when = OPEN_B + dt.timedelta(seconds=11)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_B
    corr = ("Hello, over the years I ended up with three AWS Certification accounts: %s (work e-mail, "
            "current), %s (old employer) and aws%s (personal gmail from 2019). I would like all "
            "certifications on %s please." % (ACC_B[0], ACC_B[1], ACC_B[2][3:], ACC_B[0]))
    plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge three AWS Certification accounts into one
Severity: General guidance
Correspondence: %s

We will notify you by email when there is an update to your case. To view or update this case, visit the AWS Support Center:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this email was sent from an address that cannot accept incoming email. To update an existing case, please use the link above.

Thank you for choosing Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_B, CASE_B, corr, url)
    rows = "".join('<tr><td style="padding:4px 12px 4px 0;color:#545b64;white-space:nowrap">%s</td><td style="padding:4px 0">%s</td></tr>' % kv
                   for kv in [("Case ID", CASE_B), ("Subject", "Merge three AWS Certification accounts into one"),
                              ("Severity", "General guidance"), ("Correspondence", corr)])
    inner = """<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>
<p>The details of your case are as follows:</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="font-size:14px">%s</table>
<p>We will notify you by email when there is an update to your case.</p>
<p style="margin:24px 0"><a href="%s" style="background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none;border-radius:2px">View case in Support Center</a></p>
<p style="font-size:12px;color:#687078">(If you are connecting by federation, log in before following the link.)<br>
*Please note: this email was sent from an address that cannot accept incoming email. To update an existing case, please use the link above.</p>
<p>Thank you for choosing Amazon Web Services.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>""" % (CASE_B, rows, url)
    body = alt(textpart(plain, cte="quoted-printable"),
               textpart(html_wrap(inner, "AWS Support"), "html", cte="quoted-printable"))
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O,
                    "Amazon Web Services: You have opened a new Support case: %s" % CASE_B,
                    when, ses_id(when), ses_extra(when))
    emit("console-case-opened-html", L("case_created", CASE_B, ACC_B, True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_pearson_registration():
    when = D(2025, 6, 9, 14, 3, 27)
    appt = "Tuesday, July 1, 2025 at 9:30 AM Japan Standard Time"
    plain = """Dear Takumi Hayashi,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Appointment: %s
Delivery method: Online proctored (OnVUE)
Registration ID: 518840271
AWS Candidate ID: %s

Before exam day
- Run the system test on the computer you will use for the exam.
- Make sure the name on your ID matches the name in your AWS Certification account exactly.
- Check in 30 minutes before your appointment time.

Need to reschedule or cancel? Sign in to your AWS Certification account at https://www.aws.training/Certification and select "Manage Pearson VUE Exams". Changes must be made at least 24 hours before your appointment.

Sincerely,
Pearson VUE

This is an automatically generated email. Please do not reply.
Pearson VUE | 5601 Green Valley Drive | Bloomington, MN 55437 | USA
Privacy policy: https://home.pearsonvue.com/privacy
""" % (appt, ACC_A_KEEP)
    html = html_wrap("""<tr><td style="padding:20px 28px;background:#003057;color:#fff;font-size:20px">Pearson | VUE</td></tr>
<tr><td style="padding:24px 28px">
<p>Dear Takumi Hayashi,</p>
<p>Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.</p>
<table cellpadding="4" style="font-size:14px;border-collapse:collapse">
<tr><td><b>Exam</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>Language</b></td><td>English</td></tr>
<tr><td><b>Appointment</b></td><td>%s</td></tr>
<tr><td><b>Delivery method</b></td><td>Online proctored (OnVUE)</td></tr>
<tr><td><b>Registration ID</b></td><td>518840271</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>%s</td></tr>
</table>
<p><b>Before exam day</b></p><ul><li>Run the system test on the computer you will use for the exam.</li>
<li>Make sure the name on your ID matches the name in your AWS Certification account exactly.</li>
<li>Check in 30 minutes before your appointment time.</li></ul>
<p>Need to reschedule or cancel? Sign in to your AWS Certification account and select &quot;Manage Pearson VUE Exams&quot;.</p>
<p>Sincerely,<br>Pearson VUE</p></td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#666">This is an automatically generated email. Please do not reply.</td></tr>""" % (appt, ACC_A_KEEP), "Appointment confirmation")
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:518840271@pearsonvue.com
DTSTART:20250701T003000Z
DTEND:20250701T033000Z
SUMMARY:AWS Certified Solutions Architect - Professional (OnVUE)
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(textpart(plain, charset="us-ascii", cte="7bit"), textpart(html, "html", cte="quoted-printable")),
                 attachment(ics, "text/calendar", "appointment.ics"))
    ip = "159.182.%d.%d" % (R.randint(1, 200), R.randint(2, 250))
    mf = "bounce-%s@notifications.pearsonvue.com" % rdigits(9)
    ar = g_ar(dkims=[("pass", "pearsonvue.com", "pv2023")], mailfrom=mf, ip=ip, from_dom="pearsonvue.com",
              p="REJECT")
    when_id = "<%s.%s@notifications.pearsonvue.com>" % (rdigits(13), rhex(10))
    head = std_head(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_G,
                    "Exam appointment confirmation - AWS Certified Solutions Architect - Professional",
                    when, when_id)
    head[0] = ("From", addr("Pearson VUE", "noreply@pearsonvue.com"))
    emit("pearson-vue-appointment-en", L("unrelated", None, [ACC_A_KEEP], False, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="mta2.notifications.pearsonvue.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("pearsonvue.com", "pv2023", when))])


@mail
def m_form_ack_ja_sjis():
    when = OPEN_C + dt.timedelta(seconds=52)
    text = """小林 真人 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせフォームからの送信を受け付けたことをお知らせする自動送信メールです。

お問い合わせ番号（ケース ID）：%s

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。同じケースに記録されます。
同じ内容で再度フォームを送信されますと、回答が遅れる場合がございますのでご注意ください。

―――――― 受付内容 ――――――
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 候補者 ID：%s
統合したいアカウント：AWS %s
お名前：小林 真人
連絡先メールアドレス：%s
内容：以前の会社のメールアドレスで作成したアカウントと、現在のアカウントを統合したいです。
――――――――――――――――

今後ともよろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
""" % (CASE_C, ACC_C_KEEP, ACC_C_OLD[3:], ME_J)
    body = textpart(text, charset="Shift_JIS", cte="base64", codec="cp932")
    head = std_head(addr("アマゾン ウェブ サービス", TC_FORM, "iso-2022-jp"), ME_J,
                    subj("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % CASE_C, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("form-desk-ack-ja-sjis", L("case_created", CASE_C, [ACC_C_KEEP, ACC_C_OLD], True, "ja"), head, body,
         top=aws_jp(ME_J, when) + aws_dkim_heads(when))


ME_E = "lucas@moreau-lab.net"


def own_server_chain(rcpt, when, *, helo, ip, mailfrom, host="mail.moreau-lab.net"):
    """Self-hosted Postfix without any Authentication-Results (old archive)."""
    t = when + dt.timedelta(seconds=R.randint(2, 6))
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("X-Original-To", rcpt),
        ("Delivered-To", rcpt),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
         % (helo, helo, ip, host, rhex(10).upper(), rcpt, rfc(t.astimezone(CEST)))),
    ]


@mail
def m_newsletter_tc():
    when = D(2025, 4, 15, 16, 2, 11)
    inner = """<tr><td style="background:#232f3e;padding:18px 30px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:28px 30px">
<h1 style="font-size:22px;margin:0 0 12px">Your April certification digest</h1>
<p>Hi Takumi,</p>
<p>Here's what's new for AWS Certified individuals this month.</p>
<h2 style="font-size:16px">New: AWS Certified AI Practitioner study plan</h2>
<p>Our free 4-week plan on AWS Skill Builder pairs short videos with hands-on labs. <a href="https://click.mail.aws/?qs=a8f0">Start learning</a></p>
<h2 style="font-size:16px">Use your 50% exam benefit</h2>
<p>Certified individuals can find a 50% discount voucher for their next exam in the Benefits section of their AWS Certification account.</p>
<h2 style="font-size:16px">Housekeeping tip: one person, one certification account</h2>
<p>Did you take exams under different email addresses over the years? Having more than one AWS Certification account can mean your benefits and badges end up split. Learn how to keep your certification history in one place in our <a href="https://click.mail.aws/?qs=c41e">Certification FAQ</a>.</p>
<h2 style="font-size:16px">Upcoming events</h2>
<ul><li>AWS Summit Japan - June 25-26, Makuhari Messe</li><li>Exam Prep webinar: Solutions Architect - Associate, May 8</li></ul>
</td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
You are receiving this email because you are an AWS Certified individual. <a href="https://pages.awscloud.com/communication-preferences">Manage preferences</a> | <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a><br>
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210. &copy;2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>"""
    body = textpart(html_wrap(inner, "AWS Certification digest"), "html", cte="quoted-printable")
    frm = addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")
    head = std_head(frm, ME_G, "Your April certification digest: AI Practitioner plan, exam benefits & more", when,
                    "<%s.%s@mail.aws>" % (rdigits(12), rhex(16)),
                    [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?u=%s>, <mailto:unsub-%s@mail.aws>" % (rhex(24), rhex(12))),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-Campaign", "TC-DIGEST-2025-04")])
    ip, helo, mf = ses_transport(when)
    ar = g_ar(dkims=[("pass", "amazon.com", "ee4k7hcn4rtfyd6ybmyvrxyq3nhlnadg")], mailfrom=mf, ip=ip, from_dom="amazon.com")
    emit("tc-newsletter-april", L("unrelated", None, [], True, "en"), head, body,
         top=gmail_chain(ME_G, when, helo=helo, ip=ip, mailfrom=mf, ar=ar) + aws_dkim_heads(when)[:1])


@mail
def m_survey_reminder_console():
    when = D(2024, 11, 22, 17, 30, 2)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_B
    plain = """Hello,

About a week ago we let you know that your AWS Support case was resolved. We noticed you haven't had a chance to tell us how it went yet.

Case ID: %s
Subject: Merge three AWS Certification accounts into one

Your feedback goes directly to the team that handled your case and helps us improve. It takes less than a minute.

How satisfied were you with the support you received?

Very satisfied:   https://amazonwebservices.qualtrics.com/jfe/form/SV_a5kQZ?cid=%s&r=5
Satisfied:        https://amazonwebservices.qualtrics.com/jfe/form/SV_a5kQZ?cid=%s&r=4
Neutral:          https://amazonwebservices.qualtrics.com/jfe/form/SV_a5kQZ?cid=%s&r=3
Dissatisfied:     https://amazonwebservices.qualtrics.com/jfe/form/SV_a5kQZ?cid=%s&r=2
Very dissatisfied: https://amazonwebservices.qualtrics.com/jfe/form/SV_a5kQZ?cid=%s&r=1

You can still view the case history in the Support Center:
%s

This is the last reminder we'll send about this case.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % ((CASE_B,) + (CASE_B,) * 5 + (url,))
    body = textpart(plain, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O,
                    "Reminder: tell us about your recent AWS Support experience (case %s)" % CASE_B,
                    when, ses_id(when), ses_extra(when))
    emit("survey-reminder-console", L("survey", CASE_B, [], True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_ack_2020_no_ar():
    when = D(2020, 3, 4, 13, 27, 40)
    text = """Dear Lucas Moreau,

Thank you for reaching out to AWS Training and Certification.

We have received your request and assigned it case number %s. Please
reference this number in any future communication about this request.

Our team handles requests in the order they are received. You can expect
to hear from us within 1-2 business days. Response times may be longer
during periods of high volume.

While you wait, you may find an answer in our Frequently Asked Questions:
https://aws.amazon.com/certification/faqs/

Regards,
AWS Training and Certification Support Team

This message and any attachments are intended only for the named
recipient(s). Please do not reply to this automated notification.
""" % CASE_E
    body = textpart(text, charset="us-ascii", cte="7bit")
    ip, helo, mf = ses_transport(when)
    head = std_head(addr("AWS Training and Certification", "aws-certification-support@amazon.com"), ME_E,
                    "Your request has been received [Case %s]" % CASE_E, when, ses_id(when), ses_extra(when))
    emit("ack-2020-selfhosted", L("case_created", CASE_E, [], None, "en"), head, body,
         top=own_server_chain(ME_E, when, helo=helo, ip=ip, mailfrom=mf) + aws_dkim_heads(when))


@mail
def m_console_opened_ja():
    when = OPEN_D + dt.timedelta(seconds=9)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % CASE_D
    text = """こんにちは

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス

ケースが更新されると、E メールでお知らせします。ケースを表示または更新するには、AWS サポートセンターにアクセスしてください。

%s

（フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。）

※このメールは送信専用アドレスから送信されているため、ご返信いただいても受信できません。既存のケースを更新するには、上記のリンクをご利用ください。

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""" % (CASE_D, CASE_D, url)
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_J2,
                    subj("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % CASE_D, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("console-case-opened-ja-jis", L("case_created", CASE_D, [], True, "ja"), head, body,
         top=aws_outlook(ME_J2, when) + aws_dkim_heads(when))


@mail
def m_certmetrics_survey():
    when = D(2025, 7, 8, 20, 15, 33)
    plain = """AWS Certification wants to hear from you

Hello Takumi,

Thank you for earning your AWS Certified Solutions Architect - Professional certification! We are always looking for ways to improve the certification experience, and your opinion matters.

Please take our 10-minute survey about your exam and your experience with your AWS Certification account (%s):

https://www.certmetrics.com/amazon/survey/?s=%s

The survey closes on July 31, 2025. Responses are anonymous and used only to improve the AWS Certification program.

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.
""" % (ACC_A_KEEP, rhex(32))
    body = textpart(plain, charset="utf-8", cte="7bit")
    ip = "198.61.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounces+%s@em.certmetrics.com" % rdigits(8)
    ar = g_ar(dkims=[("pass", "certmetrics.com", "s1")], mailfrom=mf, ip=ip, from_dom="certmetrics.com", p="NONE")
    head = std_head(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_G,
                    "AWS Certification wants to hear from you", when,
                    "<%s@ismtpd0012p1iad2.sendgrid.net>" % rb64(22).replace("/", "_").replace("+", "-"))
    emit("certmetrics-wants-to-hear", L("unrelated", None, [ACC_A_KEEP], False, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="o1.em.certmetrics.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("certmetrics.com", "s1", when))])


@mail
def m_confirm_request_en():
    when = D(2025, 5, 27, 18, 10, 55)
    text = """Hello Takumi,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located the following two AWS Certification accounts under your name:

  1. AWS 10483920 - registered with takumi.h@st.kyoto-tech.ac.jp
  2. AWS27719364 - registered with takumi.hayashi.dev@gmail.com

Based on your message, we will merge account AWS10483920 into AWS27719364. After the merge, AWS27719364 will be your only active account; your exam history, certifications and benefits from AWS10483920 will be transferred to it, and AWS10483920 will be deactivated.

Please be aware that a merge is permanent and cannot be undone once it has been processed.

To go ahead, please reply to this email to confirm that the above details are correct. Once we receive your confirmation, we'll process the merge, which usually takes 2-3 business days. We will let you know as soon as it is completed.

Best regards,

Joanna M.
AWS Training and Certification Customer Support
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.
"""
    body = alt(textpart(text, cte="quoted-printable"),
               textpart(html_wrap("<tr><td style=\"padding:20px\">" + text.replace("&", "&amp;").replace("<", "&lt;")
                                  .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</td></tr>"), "html",
                        cte="quoted-printable"))
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_G,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-confirm-request", L("merge_confirmation_requested", CASE_A, [ACC_A_OLD, ACC_A_KEEP], True, "en"),
         head, body, top=aws_gmail(ME_G, when) + aws_dkim_heads(when))


@mail
def m_survey_form_later():
    when = D(2025, 6, 3, 9, 0, 14)
    base = "https://survey.aws-tc.support/r/%s" % rhex(20)
    inner = """<tr><td style="background:#232f3e;padding:16px 28px;color:#fff;font-size:17px">AWS Training and Certification</td></tr>
<tr><td style="padding:26px 28px">
<p>Hello,</p>
<p>A few days ago you contacted AWS Training and Certification Customer Support about your certification account (case <b>%s</b>). We would love to know how we did.</p>
<p style="font-size:16px;margin-top:22px"><b>Was your issue resolved?</b></p>
<table role="presentation"><tr>
<td style="padding:0 10px 0 0"><a href="%s?q1=yes" style="display:inline-block;background:#1d8102;color:#fff;padding:9px 26px;text-decoration:none">YES</a></td>
<td><a href="%s?q1=no" style="display:inline-block;background:#d13212;color:#fff;padding:9px 26px;text-decoration:none">NO</a></td>
</tr></table>
<p style="font-size:16px;margin-top:22px"><b>How would you rate the agent who helped you?</b></p>
<p>%s</p>
<p style="font-size:12px;color:#687078">The survey takes about one minute. Your answers are confidential and are used only to improve our service.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#687078">This survey link is unique to your case. Please do not forward this email. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>""" % (
        CASE_A, base, base, " ".join('<a href="%s?agent=%d" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' % (base, i) for i in range(1, 6)))
    body = textpart(html_wrap(inner, "How did we do?"), "html", charset="UTF-8", cte="base64")
    head = std_head(addr("AWS Training and Certification", NOREPLY), ME_G,
                    "How did we do? Your feedback on case %s" % CASE_A, when, ses_id(when), ses_extra(when))
    emit("survey-days-later-html", L("survey", CASE_A, [], True, "en"), head, body,
         top=aws_gmail(ME_G, when) + aws_dkim_heads(when))


@mail
def m_confirm_request_ja():
    when = D(2025, 2, 18, 6, 41, 20)
    text = """小林 真人 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきましたアカウントの統合につきまして、以下の内容で手続きを進めさせていただく予定でございます。

　統合元アカウント（統合後に無効となるアカウント）：AWS%s
　統合先アカウント（統合後も引き続きご利用いただくアカウント）：AWS%s

統合後は、統合元アカウントの受験履歴、認定資格および特典が統合先アカウントへ移行されます。
なお、アカウントの統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、大変お手数ではございますが、本メールにご返信のうえ、統合に同意いただける旨をお知らせくださいますようお願い申し上げます。
ご確認が取れ次第、手続きを開始させていただきます。

ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
""" % (ACC_C_OLD[3:], ACC_C_KEEP[3:])
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    head = std_head(addr("アマゾン ウェブ サービス", TC_FORM, "iso-2022-jp"), ME_J,
                    subj("RE:[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % CASE_C, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-confirm-request-ja", L("merge_confirmation_requested", CASE_C, [ACC_C_OLD, ACC_C_KEEP], True, "ja"),
         head, body, top=aws_jp(ME_J, when) + aws_dkim_heads(when))


def credly_gmail(rcpt, when, dmarc="pass"):
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounces+%s-%s-%s@em.credly.com" % (rdigits(7), rhex(4), rcpt.replace("@", "="))
    ar = g_ar(dkims=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], mailfrom=mf, ip=ip,
              from_dom="credly.com", dmarc=dmarc, p="REJECT")
    return (gmail_chain(rcpt, when, helo="o%d.em.credly.com" % R.randint(1, 9), ip=ip, mailfrom=mf, ar=ar)
            + [("DKIM-Signature", dkim("credly.com", "s1", when, heads="from:mime-version:subject:to:content-type:x-feedback-id")),
               ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when, heads="from:mime-version:subject:to:content-type:x-feedback-id"))])


@mail
def m_credly_badge():
    when = D(2025, 6, 2, 3, 14, 9)
    badge = "AWS Certified Solutions Architect - Professional"
    accept = "https://www.credly.com/earner/earned/badge/%s" % str(uuid.UUID(int=R.getrandbits(128)))
    plain = """Amazon Web Services Training and Certification has issued you a new badge!

Hi Takumi,

Congratulations! You've earned the %s badge.

Accept your badge: %s

Once accepted, you can share your badge on LinkedIn, X and other networks, add it to your email signature, or embed it in your website.

Questions? Visit https://support.credly.com

Credly, Inc., 1 Penn Plaza, Suite 1900, New York, NY 10119
You're receiving this email because Amazon Web Services Training and Certification issued you a badge on Credly.
""" % (badge, accept)
    html = html_wrap("""<tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="170" alt="badge">
<h1 style="font-size:22px">Amazon Web Services Training and Certification has issued you a new badge!</h1>
<p>Hi Takumi,</p><p>Congratulations! You've earned the <b>%s</b> badge.</p>
<p><a href="%s" style="display:inline-block;background:#1e87b4;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:13px;color:#555">Once accepted, you can share your badge on LinkedIn, X and other networks.</p>
</td></tr><tr><td style="padding:16px;font-size:11px;color:#888;text-align:center">Credly, Inc., 1 Penn Plaza, Suite 1900, New York, NY 10119</td></tr>""" % (badge, accept), "Credly")
    body = alt(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable"))
    head = std_head(addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), ME_G,
                    "Amazon Web Services Training and Certification has issued you a new badge", when,
                    "<%s@credly.com>" % rhex(24), [("X-Feedback-ID", "%s:SG" % rdigits(8))])
    emit("credly-badge-issued", L("credly_badge_issued", None, [], True, "en"), head, body,
         top=credly_gmail(ME_G, when), bstyle="ruby")


@mail
def m_billing_case_opened():
    when = D(2025, 10, 28, 2, 55, 41)
    cid = case15(when - dt.timedelta(seconds=6))
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % cid
    plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected NAT Gateway charges on October invoice
Severity: General guidance
Correspondence: Our October invoice for account 4417-2093-8861 shows about USD 1,900 in NAT Gateway data processing in ap-northeast-1. Could you help us understand where it comes from? We also want to know if a credit is possible.

We will notify you by email when there is an update to your case. To view or update this case, visit the AWS Support Center:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this email was sent from an address that cannot accept incoming email. To update an existing case, please use the link above.

Thank you for choosing Amazon Web Services.
""" % (cid, cid, url)
    body = textpart(plain, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O,
                    "Amazon Web Services: You have opened a new Support case: %s" % cid, when, ses_id(when),
                    ses_extra(when))
    emit("billing-case-opened", L("unrelated", cid, [], True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_status_update_ja():
    when = D(2025, 9, 4, 8, 3, 30)
    text = """佐藤 結衣 様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。
AWS サポートの中村でございます。

お問い合わせいただいておりました認定アカウントの統合の件につきまして、現在、AWS トレーニングと認定の担当チームにて確認を進めております。
お待たせしており大変申し訳ございませんが、担当チームより回答があり次第、本ケースにてご連絡いたしますので、今しばらくお待ちいただけますでしょうか。

なお、確認の過程で追加の情報が必要となった場合には、改めてご連絡させていただく場合がございます。

引き続きどうぞよろしくお願い申し上げます。

中村
アマゾン ウェブ サービス

─────────────────
このやり取りに対するご評価をお願いいたします。下記のリンクからサポートセンターにサインインし、評価をご入力ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
─────────────────
""" % CASE_D
    body = textpart(text, charset="UTF-8", cte="base64")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_J2,
                    subj("RE:[CASE %s] 認定アカウントの統合のお願い" % CASE_D, "utf-8"),
                    when, ses_id(when), ses_extra(when))
    emit("console-status-update-ja", L("support_reply", CASE_D, [], True, "ja"), head, body,
         top=aws_outlook(ME_J2, when) + aws_dkim_heads(when))


@mail
def m_completed_2020_quoted():
    when = D(2020, 3, 9, 16, 2, 7)
    text = """Hello Lucas,

Thank you for your patience.

I'm happy to confirm that your certification accounts have been merged. Your exam history and your AWS Certified Developer - Associate certification from AWS%s now appear under AWS%s, which is your active account going forward. You can sign in with lucas@moreau-lab.net as before.

Please allow up to 48 hours for your digital badges to show on the surviving account. If they don't appear after that, just let us know by replying to this email.

Kind regards,
Mehmet
AWS Training and Certification Support

On Fri, Mar 6, 2020 at 9:12 AM Lucas Moreau <lucas@moreau-lab.net> wrote:
> Hi,
>
> Yes that's correct, please merge AWS%s into AWS%s. Thanks!
>
> Lucas
>
> On Thu, Mar 5, 2020 at 6:40 PM AWS Training and Certification wrote:
> > Hello Lucas,
> > We found two accounts: AWS%s (lmoreau@old-employer.fr) and AWS%s
> > (lucas@moreau-lab.net). Please confirm you want the first merged into
> > the second. This cannot be reversed.
""" % (ACC_E_OLD[3:], ACC_E_KEEP[3:], ACC_E_OLD[3:], ACC_E_KEEP[3:], ACC_E_OLD[3:], ACC_E_KEEP[3:])
    body = textpart(text, charset="us-ascii", cte="7bit")
    ip, helo, mf = ses_transport(when)
    head = std_head(addr("AWS Training and Certification", "aws-certification-support@amazon.com"), ME_E,
                    "RE: Your request has been received [Case %s]" % CASE_E, when, ses_id(when), ses_extra(when))
    emit("completed-2020-quoted", L("merge_completed", CASE_E, [ACC_E_OLD, ACC_E_KEEP], None, "en"), head, body,
         top=own_server_chain(ME_E, when, helo=helo, ip=ip, mailfrom=mf) + aws_dkim_heads(when))


@mail
def m_phish_case_opened():
    when = D(2025, 5, 28, 11, 20, 3)
    fake = case15(when - dt.timedelta(minutes=3))
    plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge - identity verification required
Severity: Urgent

To allow us to merge your AWS Certification accounts, we must verify that you own both accounts. Please sign in within 24 hours using the secure link below. Cases that are not verified are closed and the merge request is cancelled.

https://aws-supportcenter.com/verify/?displayId=%s

*Please note: this email was sent from an address that cannot accept incoming email.

Thank you for choosing Amazon Web Services.
""" % (fake, fake, fake)
    body = textpart(plain, charset="utf-8", cte="quoted-printable")
    ip = "185.231.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce@aws-supportcenter.com"
    ar = g_ar(dkims=[("pass", "aws-supportcenter.com", "default")], mailfrom=mf, ip=ip,
              from_dom="aws-supportcenter.com", p="NONE")
    head = std_head(addr("Amazon Web Services", "no-reply-aws@aws-supportcenter.com"), ME_G,
                    "Amazon Web Services: You have opened a new Support case: %s" % fake, when,
                    "<%s@aws-supportcenter.com>" % rhex(20))
    emit("case-opened-lookalike-domain", L("case_created", fake, [], False, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="mail.aws-supportcenter.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("aws-supportcenter.com", "default", when))])


ME_P2 = "priya.raman.home@gmail.com"


@mail
def m_console_opened_2022():
    when = D(2022, 8, 10, 5, 48, 12)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_F
    plain = """Hello,

We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Two certification accounts - need them combined
Severity: Low

You can view the case and reply in the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
""" % (CASE_F, CASE_F, url)
    body = textpart(plain, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_P2,
                    "Amazon Web Services: You have opened a new Support case: %s" % CASE_F, when, ses_id(when),
                    ses_extra(when))
    emit("console-case-opened-2022", L("case_created", CASE_F, [], True, "en"), head, body,
         top=aws_gmail(ME_P2, when) + aws_dkim_heads(when))


@mail
def m_resolved_2022_yes_no():
    when = D(2022, 8, 16, 22, 4, 51)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s" % CASE_F
    plain = """Hello,

Your AWS Support case %s has been resolved. We hope we were able to help.

Subject: Two certification accounts - need them combined

Was your issue resolved?

YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you need more help with this issue, you can reopen the case from the Support Center within 14 days:
%s

After 14 days, please open a new case and reference case %s.

Best regards,
Amazon Web Services
""" % (CASE_F, CASE_F, CASE_F, url, CASE_F)
    html = html_wrap("""<tr><td style="padding:24px">
<p>Hello,</p><p>Your AWS Support case <b>%s</b> has been resolved. We hope we were able to help.</p>
<p>Subject: Two certification accounts - need them combined</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes">YES</a> &nbsp;|&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no">NO</a></p>
<p>If you need more help with this issue, you can <a href="%s">reopen the case</a> from the Support Center within 14 days.</p>
<p>Best regards,<br>Amazon Web Services</p></td></tr>""" % (CASE_F, CASE_F, CASE_F, url))
    body = alt(textpart(plain, charset="us-ascii", cte="7bit"), textpart(html, "html", cte="quoted-printable"))
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_P2,
                    "[Case %s] Your case has been resolved" % CASE_F, when, ses_id(when), ses_extra(when))
    emit("case-resolved-2022-yes-no", L("survey", CASE_F, [], True, "en"), head, body,
         top=aws_gmail(ME_P2, when) + aws_dkim_heads(when))


@mail
def m_closure_ja_sjis():
    when = D(2025, 2, 21, 2, 30, 0)
    text = """小林 真人 様

AWS トレーニングと認定 カスタマーサポートでございます。

お問い合わせいただきましたケース（ケース番号：%s）につきまして、本日をもちましてクローズとさせていただきました。
ご協力いただき、誠にありがとうございました。

サービス品質向上のため、今回の対応についての簡単なアンケートにご協力いただけますと幸いです（所要時間：約1分）。

▼アンケートはこちら
https://survey.aws-tc.support/ja/r/%s

【ご評価】　とても満足 ／ 満足 ／ どちらでもない ／ 不満 ／ とても不満

本件に関して追加のご質問がございましたら、クローズから14日以内であれば本メールにご返信いただくことでケースを再開できます。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_C, rhex(20))
    body = textpart(text, charset="Shift_JIS", cte="quoted-printable", codec="cp932")
    head = std_head(addr("アマゾン ウェブ サービス", TC_FORM, "iso-2022-jp"), ME_J,
                    subj("ケース %s クローズのお知らせとアンケートのお願い" % CASE_C, "shift_jis"),
                    when, ses_id(when), ses_extra(when))
    emit("closure-rating-ja-sjis", L("survey", CASE_C, [], True, "ja"), head, body,
         top=aws_jp(ME_J, when) + aws_dkim_heads(when))


@mail
def m_amazon_order():
    when = D(2025, 1, 6, 15, 41, 29)
    order = "112-%s-%s" % (rdigits(7), rdigits(7))
    plain = """Amazon.com order confirmation

Hello Priya,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #%s
Placed on Monday, January 6, 2025

Arriving: Thursday, January 9
Ship to: Priya Raman, SEATTLE, WA

AWS Certified Solutions Architect Official Study Guide: Associate Exam, 2nd Edition
Sold by: Amazon.com Services LLC
$38.49

AWS Certified Cloud Practitioner Exam Practice Questions (Kindle Edition)
$9.99

Order Total: $52.28

View or manage your order: https://www.amazon.com/gp/your-account/order-details?orderID=%s

By placing your order, you agree to Amazon.com's Conditions of Use and Privacy Notice.
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""" % (order, order)
    html = html_wrap("""<tr><td style="padding:18px 24px"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="100" alt="amazon"></td></tr>
<tr><td style="padding:0 24px 24px"><h2 style="font-size:20px">Ordered</h2><p>Hello Priya, thank you for shopping with us.</p>
<p><b>Order #%s</b><br>Arriving: <b>Thursday, January 9</b></p>
<table cellpadding="6" style="font-size:14px"><tr><td>AWS Certified Solutions Architect Official Study Guide: Associate Exam, 2nd Edition</td><td>$38.49</td></tr>
<tr><td>AWS Certified Cloud Practitioner Exam Practice Questions (Kindle Edition)</td><td>$9.99</td></tr>
<tr><td><b>Order Total</b></td><td><b>$52.28</b></td></tr></table>
<p><a href="https://www.amazon.com/gp/your-account/order-details?orderID=%s" style="background:#ffd814;color:#0f1111;padding:8px 16px;border-radius:8px;text-decoration:none">View or manage order</a></p></td></tr>""" % (order, order))
    body = alt(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable"))
    ip = "54.240.%d.%d" % (R.choice([10, 13, 0]), R.randint(2, 250))
    mf = "20250106154129%s@bounces.amazon.com" % rhex(16)
    ar = o_ar(mailfrom_dom="bounces.amazon.com", ip=ip, dkim_d="amazon.com", from_dom="amazon.com")
    head = std_head(addr("Amazon.com", "auto-confirm@amazon.com"), ME_O,
                    "Your Amazon.com order #%s" % order, when,
                    "<01000194%s.%s@email.amazonses.com>" % (rhex(8), rhex(8)))
    emit("amazon-order-study-guide", L("unrelated", None, [], True, "en"), head, body,
         top=outlook_chain(ME_O, when, helo="a10-%d.smtp-out.amazonses.com" % R.randint(2, 99), ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("amazon.com", "rjnzqdjjmcmyxcu5uimz6o6n3dvd2oj5", when))])


@mail
def m_credly_selfservice_merge():
    when = D(2025, 6, 5, 1, 8, 44)
    code = rdigits(6)
    plain = """Merge your Credly accounts

Hi Takumi,

We received a request to merge the Credly account registered to takumi.h@st.kyoto-tech.ac.jp into your account takumi.hayashi.dev@gmail.com.

Your verification code is: %s

Enter the code on the merge screen, or click the button below to complete the merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If you did not request this, you can ignore this email and no changes will be made.

The Credly Team
""" % (code, rhex(40))
    body = alt(textpart(plain, cte="quoted-printable"),
               textpart(html_wrap("<tr><td style=\"padding:28px\"><h2>Merge your Credly accounts</h2><p>Hi Takumi,</p>"
                                  "<p>We received a request to merge the Credly account registered to takumi.h@st.kyoto-tech.ac.jp into your account takumi.hayashi.dev@gmail.com.</p>"
                                  "<p style=\"font-size:28px;letter-spacing:6px\"><b>%s</b></p><p><a href=\"https://www.credly.com/users/merge/confirm\" "
                                  "style=\"background:#1e87b4;color:#fff;padding:10px 22px;text-decoration:none\">Complete Account Merge</a></p>"
                                  "<p>If you did not request this, you can ignore this email.</p><p>The Credly Team</p></td></tr>" % code), "html",
                        cte="quoted-printable"))
    head = std_head(addr("Credly", "admin@credly.com"), ME_G, "Your Credly account merge code", when,
                    "<%s@credly.com>" % rhex(24))
    emit("credly-selfservice-merge-code", L("unrelated", None, [], True, "en"), head, body,
         top=credly_gmail(ME_G, when), bstyle="ruby")


@mail
def m_closure_with_done_console():
    when = D(2024, 11, 15, 1, 12, 38)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_B
    plain = """Hello,

We're writing to let you know that case %s has been resolved.

Case summary from your agent:
"The certification accounts AWS%s and AWS%s were merged into AWS%s at your request. All exam records and active certifications are now on AWS%s, which is the only account you should use from now on. Please sign in with your work email."

If the issue is not resolved, you can reopen this case within 14 days from the Support Center:
%s

How did we do? Please rate your experience with this case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&rate=true

Thank you for choosing Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_B, ACC_B[1][3:], ACC_B[2][3:], ACC_B[0][3:], ACC_B[0][3:], url, CASE_B)
    body = textpart(plain, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O, "[Case %s] Your case has been resolved" % CASE_B,
                    when, ses_id(when), ses_extra(when))
    emit("case-resolved-summary-merged", L("merge_completed", CASE_B, ACC_B, True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_new_correspondence():
    when = D(2024, 11, 13, 19, 2, 17)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_B
    plain = """Hello,

There is new correspondence on your AWS Support case %s. To view the correspondence and reply, sign in to the AWS Support Center:

%s

Case ID: %s
Subject: Merge three AWS Certification accounts into one

(If you are connecting by federation, log in before following the link.)

*Please note: this email was sent from an address that cannot accept incoming email. To update an existing case, please use the link above.

Thank you for choosing Amazon Web Services.
""" % (CASE_B, url, CASE_B)
    body = alt(textpart(plain, cte="7bit", charset="us-ascii"),
               textpart(html_wrap("<tr><td style=\"padding:24px\"><p>Hello,</p><p>There is new correspondence on your AWS Support case <b>%s</b>.</p>"
                                  "<p><a href=\"%s\">View and reply in the Support Center</a></p><p>Case ID: %s<br>Subject: Merge three AWS Certification accounts into one</p>"
                                  "<p style=\"font-size:12px\">*Please note: this email was sent from an address that cannot accept incoming email.</p></td></tr>"
                                  % (CASE_B, url, CASE_B)), "html", cte="quoted-printable"))
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O, "[Case %s] New correspondence added" % CASE_B,
                    when, ses_id(when), ses_extra(when))
    emit("console-new-correspondence", L("support_reply", CASE_B, [], True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_credly_zendesk_ack():
    when = D(2025, 6, 4, 12, 31, 6)
    tid = "2384756"
    plain = """##- Please type your reply above this line -##

Your request (#%s) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Takumi Hayashi, Jun 4, 2025, 21:31 JST

Hello, AWS merged my two certification accounts last week but my badges are still on my old Credly profile (takumi.h@st.kyoto-tech.ac.jp). Can you move them to the profile under takumi.hayashi.dev@gmail.com?

----------------------------------------------

Credly Support | https://support.credly.com
[%s-%s]
""" % (tid, rb64(6).upper().replace("/", "Q").replace("+", "P"), rb64(6).upper().replace("/", "Q").replace("+", "P"))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#%s) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<hr style="border:none;border-top:1px solid #ddd">
<table><tr><td><img src="https://credly.zendesk.com/system/photos/default-avatar-80.png" width="40"></td>
<td><b>Takumi Hayashi</b><br><span style="color:#bbb">Jun 4, 2025, 21:31 JST</span></td></tr></table>
<p>Hello, AWS merged my two certification accounts last week but my badges are still on my old Credly profile (takumi.h@st.kyoto-tech.ac.jp). Can you move them to the profile under takumi.hayashi.dev@gmail.com?</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="color:#aaa;font-size:12px">This email is a service from Credly Support. Delivered by <a href="https://www.zendesk.com">Zendesk</a></p>
</body></html>
""" % tid
    body = alt(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="quoted-printable"))
    ip = "192.161.%d.%d" % (R.randint(144, 159), R.randint(1, 250))
    mf = "support+id%s@credly.zendesk.com" % tid
    ar = g_ar(dkims=[("pass", "credly.com", "zendesk1"), ("pass", "zendesk.com", "zendesk1")], mailfrom=mf, ip=ip,
              from_dom="credly.com", p="REJECT")
    head = std_head(addr("Credly Support", "support@credly.com"), ME_G,
                    "[Credly Support] Re: Badges not moved after AWS account merge", when,
                    "<%s_%s_sprut@zendesk.com>" % (rb64(13).replace("/", "x").replace("+", "y"), rdigits(6)),
                    [("Reply-To", "Credly Support <support+id%s@credly.zendesk.com>" % tid),
                     ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", rhex(7)),
                     ("Auto-Submitted", "auto-generated")])
    emit("credly-helpdesk-request-received", L("case_created", tid, [], True, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="out%d.mail.zendesk.com" % R.randint(10, 99), ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("credly.com", "zendesk1", when))])


ME_R = "ravi.krishnan88@gmail.com"
CASE_G1 = "13572048896"                        # Ravi 2023 (11 digits), went stale
OPEN_G2 = D(2024, 3, 11, 6, 19, 27)            # Ravi 2024 form case
CASE_G2 = case15(OPEN_G2)
ACC_G_OLD, ACC_G_KEEP = "AWS45120987", "AWS66203418"
OPEN_A2 = D(2025, 6, 2, 22, 58, 40)            # Takumi opens a second form case (badges)
CASE_A2 = case15(OPEN_A2)


@mail
def m_ravi_2023_ask_which():
    when = D(2023, 7, 19, 10, 44, 2)
    text = """Hello Ravi,

Thank you for reaching out to AWS Training and Certification.

I can see one certification account, AWS%s, registered under the email address you wrote from. To look for the other account and combine them, I will need a bit more information:

1. The email address(es) you used to sign in to the other certification account(s), and the name on that account if it was different.
2. Which account you would like to keep as your primary (surviving) account.
3. Optionally, the exam you passed on each account, to help us make sure we have the right records.

Once I have these details I can check the accounts and come back to you with the next steps.

Best regards,
Anjali
AWS Training and Certification
""" % ACC_G_KEEP[3:]
    body = textpart(text, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G1,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-ask-which-account", L("support_reply", CASE_G1, [ACC_G_KEEP], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2023_chaser():
    when = D(2023, 7, 24, 11, 2, 45)
    text = """Hello Ravi,

I hope you are doing well. I am following up on my previous email regarding your certification accounts, as we have not yet received the information we need to continue.

Could you please reply with the sign-in email address of your other certification account and let us know which account you would like to keep?

If we do not hear back from you within 3 days, this case will be closed automatically. Don't worry - you can still reply to this email afterwards and we will be happy to pick it up again.

Best regards,
Anjali
AWS Training and Certification
"""
    body = textpart(text, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G1,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-chaser-3-days", L("support_reply", CASE_G1, [], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2023_autoresolved():
    when = D(2023, 7, 28, 0, 5, 19)
    plain = """Hello,

We haven't heard back from you, so case %s has been closed.

If you still need help with this request, simply reply to this email within 14 days and the case will be reopened. After that, please submit a new request through the AWS Training and Certification contact form.

Tell us about your experience
Even though this case was closed without a resolution, we'd appreciate your feedback. It takes less than a minute:
https://survey.aws-tc.support/r/%s

Thank you,
AWS Training and Certification Customer Support
""" % (CASE_G1, rhex(20))
    body = textpart(plain, charset="utf-8", cte="base64")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "[CASE %s] Your case has been closed" % CASE_G1, when, ses_id(when), ses_extra(when))
    emit("case-closed-no-response", L("survey", CASE_G1, [], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2024_ack():
    when = OPEN_G2 + dt.timedelta(seconds=44)
    plain = """Thank you for contacting AWS Training & Certification

Hi Ravi Krishnan,

We've received your message and a support case has been opened for you.

Case number: %s
Submitted: March 11, 2024
Topic: Certification > Account Merge

What happens next?
Our team will review your request and reply to this email address. Most requests receive a first response within 24 hours.

To help us resolve your request faster, please do not open a new case for the same question - reply to this email instead.

AWS Training & Certification
https://aws.amazon.com/training
""" % CASE_G2
    html = html_wrap("""<tr><td style="background:#232f3e;padding:16px 26px;color:#fff;font-size:17px">Thank you for contacting AWS Training &amp; Certification</td></tr>
<tr><td style="padding:24px 26px"><p>Hi Ravi Krishnan,</p><p>We've received your message and a support case has been opened for you.</p>
<table cellpadding="5" style="background:#f2f3f3;font-size:14px;width:100%%"><tr><td style="width:130px">Case number</td><td><b>%s</b></td></tr>
<tr><td>Submitted</td><td>March 11, 2024</td></tr><tr><td>Topic</td><td>Certification &gt; Account Merge</td></tr></table>
<h3 style="font-size:15px">What happens next?</h3><p>Our team will review your request and reply to this email address. Most requests receive a first response within 24 hours.</p>
<p>To help us resolve your request faster, please do not open a new case for the same question - reply to this email instead.</p>
<p>AWS Training &amp; Certification</p></td></tr>""" % CASE_G2)
    body = alt(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="base64"))
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "Thank you for contacting AWS Training & Certification - Case %s" % CASE_G2, when, ses_id(when),
                    ses_extra(when))
    emit("form-ack-html-case-number", L("case_created", CASE_G2, [], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2024_confirm():
    when = D(2024, 3, 13, 4, 27, 33)
    text = """Dear Ravi,

Greetings from AWS Training and Certification!

Thank you for sharing the requested details. As per your request, we will be merging below accounts:

Source account (will be deactivated): AWS 45120987 - ravi.k@infosys-mail.com
Target account (will remain active): AWS-66203418 - ravi.krishnan88@gmail.com

Please note that the merge once done can not be reverted. All the exam history and certifications of the source account will be moved to target account.

Kindly confirm by replying to this email so that we can proceed further. Once the merge is complete we will send you a confirmation email, and after that the login of source account will not work.

Thanks and regards,
Sandeep
AWS Training and Certification Support
"""
    body = textpart(text, charset="iso-8859-1", cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G2,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-kindly-confirm", L("merge_confirmation_requested", CASE_G2, [ACC_G_OLD, ACC_G_KEEP], True, "en"),
         head, body, top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2024_thanks_proceed():
    when = D(2024, 3, 13, 15, 51, 8)
    text = """Dear Ravi,

Thank you for confirming. We will now proceed with the merge of your accounts and will update you on this case once it is done. Usually it takes 3-5 business days.

Meanwhile, please do not schedule or take any exam on either account, as this may delay the process.

Thanks and regards,
Sandeep
AWS Training and Certification Support

-----Original Message-----
From: Ravi Krishnan <ravi.krishnan88@gmail.com>
Sent: Wednesday, March 13, 2024 9:14 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Sandeep,

Yes, I confirm. Please merge AWS45120987 into AWS66203418.

Regards,
Ravi
""" % CASE_G2
    body = textpart(text, charset="iso-8859-1", cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G2,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-thanks-will-proceed", L("support_reply", CASE_G2, [], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2024_completed_html():
    when = D(2024, 3, 15, 9, 37, 50)
    inner = """<tr><td style="padding:24px;font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Dear Ravi,</p>
<p>Greetings from AWS Training and Certification!</p>
<p>We are pleased to inform you that your AWS Certification accounts has been successfully merged. Your active account is now <b>AWS66203418</b> and all your certifications and exam history are available there.</p>
<p>Kindly sign in with <a href="mailto:ravi.krishnan88@gmail.com">ravi.krishnan88@gmail.com</a> going forward. The old login will not work anymore.</p>
<p>Your Credly badges will be updated within 3-5 business days. If you don't receive them, kindly let us know.</p>
<p>Thanks and regards,<br>Sandeep<br>AWS Training and Certification Support</p>
<p style="font-size:12px;color:#687078">We value your feedback. Please share your experience by rating this correspondence.</p>
</td></tr>"""
    body = textpart(html_wrap(inner), "html", charset="utf-8", cte="base64")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G2,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-merged-html-only", L("merge_completed", CASE_G2, [ACC_G_KEEP], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_ravi_2024_closed_rating():
    when = D(2024, 3, 15, 9, 41, 2)
    plain = """Hello,

Your case %s has been marked as resolved.

Was your issue resolved?
  Yes - https://survey.aws-tc.support/r/%s?resolved=1
  No  - https://survey.aws-tc.support/r/%s?resolved=0

How would you rate the support you received? (1 = poor, 5 = excellent)
  https://survey.aws-tc.support/r/%s?csat=

If you need further help on this topic, reply to this email within 14 days to reopen the case.

Thank you,
AWS Training and Certification Customer Support
""" % ((CASE_G2,) + (rhex(20),) * 3)
    body = textpart(plain, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_R,
                    "[CASE %s] Was your issue resolved?" % CASE_G2, when, ses_id(when), ses_extra(when))
    emit("case-resolved-rate-us", L("survey", CASE_G2, [], True, "en"), head, body,
         top=aws_gmail(ME_R, when) + aws_dkim_heads(when))


@mail
def m_takumi_second_ack_portal():
    when = OPEN_A2 + dt.timedelta(seconds=21)
    portal = "https://support.aws.training/s/case/%s" % CASE_A2
    inner = """<tr><td style="padding:22px 28px;border-bottom:4px solid #ff9900"><span style="font-size:18px;font-weight:bold">AWS Training and Certification</span> <span style="color:#687078">| Customer Support</span></td></tr>
<tr><td style="padding:24px 28px">
<p>Hello Takumi,</p>
<p>We've got your message. Your request has been logged in our support system under the reference below - keep it handy if you need to contact us about the same topic.</p>
<p style="font-size:20px;margin:18px 0">Reference: <b>%s</b></p>
<p>You can check the status of this request at any time in the support portal:</p>
<p><a href="%s" style="display:inline-block;background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none">Track my request</a></p>
<p>A specialist will get back to you shortly, usually within one business day.</p>
<p style="font-size:12px;color:#687078">Already have an open request on this topic? Please reply to that thread instead of opening a new one. Duplicate requests can slow us down.</p>
<p>Thanks,<br>AWS Training and Certification Customer Support</p></td></tr>""" % (CASE_A2, portal)
    body = textpart(html_wrap(inner, "Request received"), "html", charset="UTF-8", cte="quoted-printable")
    head = std_head(addr("AWS Training and Certification", TC_FORM), ME_G,
                    "We've got your message (ref. %s)" % CASE_A2, when, ses_id(when), ses_extra(when))
    emit("form-ack-portal-html-only", L("case_created", CASE_A2, [], True, "en"), head, body,
         top=aws_gmail(ME_G, when) + aws_dkim_heads(when))


ME_T = "h-tanaka@ab.so-net.ne.jp"
OPEN_H = D(2025, 7, 7, 3, 12, 9)               # Tanaka, form desk, JA
CASE_H = case15(OPEN_H)
ACC_H = ["AWS12098834", "AWS55671209"]
ME_Z = "zoe.mueller@fastmail.com"
OPEN_I = D(2025, 3, 20, 8, 47, 30)             # Zoe, form desk, EN
CASE_I = case15(OPEN_I)
ACC_I_OLD, ACC_I_KEEP = "AWS73300128", "AWS73419902"


def aws_fastmail(rcpt, when, from_dom="amazon.com"):
    ip, helo, mf = ses_transport(when)
    t = when + dt.timedelta(seconds=R.randint(1, 4))
    ar = ("mx4.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
          "    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=224i4yxa5dv7c2xz3womw6peuasteono x-bits=1024;\n"
          "    dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n"
          "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
          % (from_dom, from_dom, rb64(8), rb64(32).lower(), rb64(8), from_dom, ip, helo, mf, helo))
    return [
        ("Return-Path", "<%s>" % mf),
        ("Received", "from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti%s (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s"
         % (rdigits(2), rhex(7), rfc(t.astimezone(tz(-4))))),
        ("X-Cyrus-Session-Id", "sloti%s-%s" % (rdigits(2), rhex(20))),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("Received", "from mx4 ([10.202.2.203])\n  by compute3.internal (LMTPProxy); %s" % rfc(t.astimezone(tz(-4)))),
        ("Authentication-Results", ar),
        ("Received-SPF", "pass\n    (amazonses.com: %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx4.messagingengine.com; identity=mailfrom; envelope-from=\"%s\"; helo=%s; client-ip=%s"
         % (ip, mf, mf, helo, ip)),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s"
         % (helo, helo, ip, rcpt, rfc(t.astimezone(tz(-4))))),
    ]


@mail
def m_sato_completed_ja():
    when = D(2025, 9, 8, 6, 15, 44)
    text = """佐藤 結衣 様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。
AWS サポートの中村でございます。

大変お待たせいたしました。AWS トレーニングと認定の担当チームより、ご依頼いただいておりました認定アカウントの統合作業が完了した旨の連絡がございました。

　統合後のアカウント：%s
　（%s の受験履歴および認定資格は、上記アカウントに移行済みです）

今後は上記アカウントにてサインインのうえ、認定資格や特典（次回受験の 50%% 割引バウチャー等）が正しく表示されていることをご確認いただけますと幸いです。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

中村
アマゾン ウェブ サービス

─────────────────
このやり取りに対するご評価をお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
─────────────────
""" % (ACC_D_KEEP, ACC_D_OLD, CASE_D)
    body = textpart(text, charset="UTF-8", cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_J2,
                    subj("RE:[CASE %s] 認定アカウントの統合のお願い" % CASE_D, "utf-8"),
                    when, ses_id(when), ses_extra(when))
    emit("console-merged-ja", L("merge_completed", CASE_D, [ACC_D_OLD, ACC_D_KEEP], True, "ja"), head, body,
         top=aws_outlook(ME_J2, when) + aws_dkim_heads(when))


@mail
def m_sato_resolved_ja():
    when = D(2025, 9, 11, 6, 20, 3)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % CASE_D
    text = """こんにちは

ケース %s は解決済みとしてクローズされました。

件名: 認定アカウントの統合のお願い

このケースについてさらにサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再開できます。

%s

14 日を過ぎた場合は、新しいケースを作成し、本ケースの ID をお知らせください。

※このメールは送信専用アドレスから送信されています。

アマゾン ウェブ サービス
""" % (CASE_D, url)
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_J2,
                    subj("[ケース %s] ケースは解決済みになりました" % CASE_D, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("console-resolved-ja-no-rating", L("survey", CASE_D, [], True, "ja"), head, body,
         top=aws_outlook(ME_J2, when) + aws_dkim_heads(when))


@mail
def m_sato_survey_ja_html():
    when = D(2025, 9, 16, 1, 0, 27)
    base = "https://amazonwebservices.qualtrics.com/jfe/form/SV_9Y5jp?cid=%s" % CASE_D
    stars = "".join('<td style="padding:0 4px"><a href="%s&amp;s=%d" style="display:inline-block;width:40px;height:40px;line-height:40px;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none">%d</a></td>' % (base, i, i) for i in range(1, 6))
    inner = """<tr><td style="background:#232f3e;padding:16px 26px;color:#fff">AWS サポート</td></tr>
<tr><td style="padding:24px 26px;font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif">
<p>AWS サポートをご利用いただき、ありがとうございました。</p>
<p>先日クローズされたケース（ケース ID：%s、件名：認定アカウントの統合のお願い）について、アンケートへのご協力をお願いいたします。</p>
<p><b>今回のサポートにどの程度満足されましたか？</b></p>
<table role="presentation"><tr>%s</tr></table>
<p style="font-size:12px;color:#687078">1 = まったく満足していない　5 = 非常に満足している</p>
<p>いただいたご意見は、サービス改善のために活用させていただきます。所要時間は 1 分程度です。</p>
<p>アマゾン ウェブ サービス</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#687078">このメールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。</td></tr>""" % (CASE_D, stars)
    body = textpart(html_wrap(inner, "アンケートのお願い"), "html", charset="utf-8", cte="base64")
    head = std_head(addr("AWS サポート", NOREPLY, "utf-8"), ME_J2,
                    subj("【AWS サポート】アンケートご協力のお願い（ケース %s）" % CASE_D, "utf-8"),
                    when, ses_id(when), ses_extra(when))
    emit("survey-ja-html-days-later", L("survey", CASE_D, [], True, "ja"), head, body,
         top=aws_outlook(ME_J2, when) + aws_dkim_heads(when))


@mail
def m_takumi_completed_quoted():
    when = D(2025, 5, 30, 20, 5, 12)
    text = """Hello Takumi,

Good news - the merge you requested has been completed. From now on please sign in with takumi.hayashi.dev@gmail.com; your certification account is %s and it now holds the exam history and certifications from both accounts.

A few things worth checking over the next days:
- your certifications are listed under "Certifications" in your account,
- the 50%% exam discount benefit appears under "Benefits",
- your Credly badges show on the Credly profile linked to this email address (this can take up to 5 business days).

If anything looks wrong, just reply to this email.

Best regards,

Joanna M.
AWS Training and Certification Customer Support
Amazon Web Services

On Wed, May 28, 2025 at 8:02 AM Takumi Hayashi <takumi.hayashi.dev@gmail.com> wrote:
> Hello Joanna,
>
> The details are correct. Please proceed with the merge.
>
> Thank you,
> Takumi
>
> On Tue, May 27, 2025 at 6:10 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Takumi,
> >
> > I have reviewed your request and located the following two AWS Certification accounts under your name:
> >
> >   1. AWS 10483920 - registered with takumi.h@st.kyoto-tech.ac.jp
> >   2. AWS27719364 - registered with takumi.hayashi.dev@gmail.com
> >
> > Based on your message, we will merge account AWS10483920 into AWS27719364.
> > Please be aware that a merge is permanent and cannot be undone.
""" % ACC_A_KEEP
    body = textpart(text, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_G,
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-merge-done-quoted", L("merge_completed", CASE_A, [ACC_A_KEEP], True, "en"), head, body,
         top=aws_gmail(ME_G, when) + aws_dkim_heads(when))


@mail
def m_kobayashi_completed_ja():
    when = D(2025, 2, 20, 8, 55, 1)
    text = """小林 真人 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
ご確認のご連絡をいただき、誠にありがとうございました。

お待たせいたしました。アカウントの統合手続きが完了いたしましたので、ご報告申し上げます。
今後は %s にてサインインいただき、認定資格および受験履歴が表示されていることをご確認くださいませ。

ご不明な点がございましたら、本メールにご返信ください。
引き続きよろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート

2025年2月18日(火) 16:02 小林 真人 <m-kobayashi@nifty.com>:
> 山口様
>
> ご連絡ありがとうございます。
> 内容に相違ございません。統合をお願いいたします。
>
> 小林
>
> > 小林 真人 様
> >
> > 　統合元アカウント（統合後に無効となるアカウント）：AWS%s
> > 　統合先アカウント（統合後も引き続きご利用いただくアカウント）：AWS%s
> >
> > なお、アカウントの統合は一度実施いたしますと元に戻すことができません。
""" % (ACC_C_KEEP, ACC_C_OLD[3:], ACC_C_KEEP[3:])
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    head = std_head(addr("アマゾン ウェブ サービス", TC_FORM, "iso-2022-jp"), ME_J,
                    subj("RE:[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % CASE_C, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-merged-ja-quoted", L("merge_completed", CASE_C, [ACC_C_KEEP], True, "ja"), head, body,
         top=aws_jp(ME_J, when) + aws_dkim_heads(when))


@mail
def m_tanaka_ack_wrong_charset():
    when = OPEN_H + dt.timedelta(seconds=35)
    inner = """<tr><td style="padding:20px 26px;border-bottom:3px solid #ff9900;font-size:18px"><b>AWS トレーニングと認定</b></td></tr>
<tr><td style="padding:22px 26px;font-family:'ＭＳ Ｐゴシック','Meiryo',sans-serif;font-size:14px">
<p>田中 浩 様</p>
<p>お問い合わせいただき、ありがとうございます。以下の内容でお問い合わせを受け付けました。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="background:#f2f3f3">受付番号</td><td><b>%s</b></td></tr>
<tr><td style="background:#f2f3f3">カテゴリ</td><td>認定 ＞ アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>2025年7月7日 12:12</td></tr>
</table>
<p><b>今後の流れ</b></p>
<p>①担当者がお問い合わせ内容を確認いたします。<br>
②原則として 24 時間以内に、担当者よりメールにてご連絡いたします。<br>
③追加情報が必要な場合は、本メールへの返信でお送りください。</p>
<p>※同じ内容のお問い合わせを重複して送信されますと、回答までにお時間をいただく場合がございます。</p>
<p>アマゾン ウェブ サービス ジャパン合同会社<br>AWS トレーニングと認定 カスタマーサポート</p></td></tr>""" % CASE_H
    html = html_wrap(inner, "受付完了").replace('charset=utf-8', 'charset=Shift_JIS')
    body = textpart(html, "html", charset="Shift_JIS", cte="quoted-printable", codec="cp932")
    ip, helo, mf = ses_transport(when)
    ar = jp_ar("mx.so-net.ne.jp", mailfrom=mf, dkim_d="amazon.com", from_dom="amazon.com", ip=ip)
    head = std_head(addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp"), ME_T,
                    subj("【受付完了】お問い合わせ番号 %s" % CASE_H, "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("form-ack-ja-html-cp932", L("case_created", CASE_H, [], True, "ja"), head, body,
         top=jp_chain(ME_T, when, mx="mx.so-net.ne.jp", helo=helo, ip=ip, mailfrom=mf, ar=ar) + aws_dkim_heads(when),
         bstyle="jp")


@mail
def m_tanaka_name_question():
    when = D(2025, 7, 8, 2, 40, 18)
    text = """田中 浩 様

AWS トレーニングと認定 カスタマーサポートの井上と申します。
お問い合わせいただき、ありがとうございます。

統合のご依頼をいただいた 2 つのアカウントを確認いたしましたところ、ご登録の氏名表記が以下のとおり異なっておりました。

　・%s：田中 浩
　・%s：Hiroshi Tanaka

認定証および Credly のバッジには、ご登録の氏名がそのまま表示されます。統合後のアカウントでは、どちらの表記をご希望でしょうか。
また、試験会場では身分証明書の氏名と登録氏名の一致を確認いたしますので、お手元の身分証明書の表記もあわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

井上
AWS トレーニングと認定 カスタマーサポート
""" % (ACC_H[0], ACC_H[1])
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    ip, helo, mf = ses_transport(when)
    ar = jp_ar("mx.so-net.ne.jp", mailfrom=mf, dkim_d="amazon.com", from_dom="amazon.com", ip=ip)
    head = std_head(addr("アマゾン ウェブ サービス", TC_FORM, "iso-2022-jp"), ME_T,
                    subj("RE:[CASE %s] 【受付完了】お問い合わせ番号 %s" % (CASE_H, CASE_H), "iso-2022-jp"),
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-name-question-ja", L("support_reply", CASE_H, ACC_H, True, "ja"), head, body,
         top=jp_chain(ME_T, when, mx="mx.so-net.ne.jp", helo=helo, ip=ip, mailfrom=mf, ar=ar) + aws_dkim_heads(when))


@mail
def m_zoe_ack_folded_subject():
    when = OPEN_I + dt.timedelta(seconds=29)
    text = """Hallo Zoë Müller,

thank you for getting in touch with AWS Training and Certification – we're on it.

Your request has been recorded as case %s. Please keep this number for your reference. Our specialists usually answer within 24 hours (Monday–Friday).

If you would like to add details, you can reply to this email; please keep the case number in the subject line so your reply reaches the right place.

Kind regards
AWS Training and Certification Customer Support
""" % CASE_I
    body = alt(textpart(text, charset="UTF-8", cte="quoted-printable"),
               textpart(html_wrap("<tr><td style=\"padding:24px\">" + text.replace("&", "&amp;").replace("\n\n", "</p><p>")
                                  .replace("\n", "<br>") + "</td></tr>"), "html", charset="UTF-8", cte="quoted-printable"))
    head = std_head(addr("AWS Training and Certification", TC_FORM), addr("Zoë Müller", ME_Z),
                    subj("[CASE %s] Zoë Müller – we've received your AWS Training and Certification request" % CASE_I),
                    when, ses_id(when), ses_extra(when))
    emit("form-ack-utf8-folded-subject", L("case_created", CASE_I, [], True, "en"), head, body,
         top=aws_fastmail(ME_Z, when) + aws_dkim_heads(when))


@mail
def m_zoe_confirm_paraphrase():
    when = D(2025, 3, 21, 13, 5, 50)
    text = """Hi Zoë,

Thanks for your patience while I looked into this.

I found both profiles. Here's what I'd do:

  • AWS 73300128 (zoe.mueller@uni-heidelberg.de) would be folded into
  • aws73419902 (zoe.mueller@fastmail.com), which stays as your one and only account.

Your exam history and both certifications would end up on aws73419902, and the university profile would be closed. Bear in mind there's no way to split them apart again afterwards.

If that all looks right to you, just reply "yes" and I'll take it from there. If you would rather keep the university profile instead, tell me and I'll swap them around.

Cheers,
Liam
AWS Training and Certification Customer Support
"""
    body = textpart(text, charset="UTF-8", cte="8bit")
    head = std_head(addr("Amazon Web Services", TC_FORM), addr("Zoë Müller", ME_Z),
                    subj("RE:[CASE %s] Zoë Müller – we've received your AWS Training and Certification request" % CASE_I),
                    when, ses_id(when), ses_extra(when))
    emit("form-reply-does-this-look-right", L("merge_confirmation_requested", CASE_I, [ACC_I_OLD, ACC_I_KEEP], True, "en"),
         head, body, top=aws_fastmail(ME_Z, when) + aws_dkim_heads(when))


@mail
def m_zoe_closed_no_rating():
    when = D(2025, 4, 7, 7, 30, 12)
    text = """Hello,

This is an automated notice that case %s has been closed.

No further action is needed from you. Should you have further questions about this topic within the next 14 days, you can reply to this email and the case will be reopened automatically.

AWS Training and Certification Customer Support
""" % CASE_I
    body = textpart(text, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_Z, "Case %s closed" % CASE_I,
                    when, ses_id(when), ses_extra(when))
    emit("case-closed-notice-plain", L("survey", CASE_I, [], True, "en"), head, body,
         top=aws_fastmail(ME_Z, when) + aws_dkim_heads(when))


OPEN_E2 = D(2025, 1, 14, 0, 33, 52)            # Lucas, console, 2025 (third account)
CASE_E2 = case15(OPEN_E2)
ACC_E3 = "AWS80466521"


@mail
def m_lucas_console_ack_biglobe():
    when = OPEN_E2 + dt.timedelta(seconds=14)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_E2
    plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Found a third certification account - please combine with my main one
Severity: General guidance
Correspondence: In 2020 you merged my two accounts into AWS%s. I just found out that my 2023 exam went to a new account, %s (lucas.moreau@biglobe.ne.jp). Could this one be added as well?

We will notify you by email when there is an update to your case. To view or update this case, visit the AWS Support Center:

%s

*Please note: this email was sent from an address that cannot accept incoming email. To update an existing case, please use the link above.

Thank you for choosing Amazon Web Services.
""" % (CASE_E2, CASE_E2, ACC_E_KEEP[3:], ACC_E3.lower(), url)
    body = textpart(plain, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_B,
                    "Amazon Web Services: You have opened a new Support case: %s" % CASE_E2, when, ses_id(when),
                    ses_extra(when))
    emit("console-case-opened-biglobe", L("case_created", CASE_E2, [ACC_E_KEEP, ACC_E3], True, "en"), head, body,
         top=aws_jp(ME_B, when, mx="mx.biglobe.ne.jp") + aws_dkim_heads(when))


@mail
def m_lucas_reopened():
    when = D(2025, 1, 24, 10, 3, 29)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_E2
    plain = """Hello,

Case %s has been reopened.

Case ID: %s
Subject: Found a third certification account - please combine with my main one
Status: Pending Amazon action

An agent will review the case and respond. You can view the case history and add correspondence in the Support Center:
%s

*Please note: this email was sent from an address that cannot accept incoming email.

Thank you for choosing Amazon Web Services.
""" % (CASE_E2, CASE_E2, url)
    body = textpart(plain, charset="us-ascii", cte="7bit")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_B, "[Case %s] Case reopened" % CASE_E2, when,
                    ses_id(when), ses_extra(when))
    emit("console-case-reopened", L("support_reply", CASE_E2, [], True, "en"), head, body,
         top=aws_jp(ME_B, when, mx="mx.biglobe.ne.jp") + aws_dkim_heads(when))


@mail
def m_lucas_qualtrics_survey():
    when = D(2025, 2, 3, 18, 12, 7)
    link = "https://amazonwebservices.qualtrics.com/jfe/form/SV_3k9LxQ?Q_DL=%s_%s&cid=%s" % (rb64(15).replace("/", "_").replace("+", "-"), rb64(10).replace("/", "_").replace("+", "-"), CASE_E2)
    plain = """Dear customer,

You recently worked with AWS Support on case %s ("Found a third certification account - please combine with my main one"), which is now closed.

We would appreciate a few minutes of your time to tell us about your experience. Please click the link below to start the survey:

%s

Thank you for helping us improve.

AWS Support Customer Experience Team

Follow the link to opt out of future emails:
https://amazonwebservices.qualtrics.com/CP/Register.php?OptOut=true&RID=%s
""" % (CASE_E2, link, rhex(16))
    body = alt(textpart(plain, charset="UTF-8", cte="quoted-printable"),
               textpart("<html><body style=\"font-family:Arial\"><p>Dear customer,</p><p>You recently worked with AWS Support on case %s, which is now closed.</p>"
                        "<p>We would appreciate a few minutes of your time to tell us about your experience.</p><p><a href=\"%s\">Take the survey</a></p>"
                        "<p>Thank you for helping us improve.<br>AWS Support Customer Experience Team</p></body></html>" % (CASE_E2, link.replace("&", "&amp;")),
                        "html", charset="UTF-8", cte="quoted-printable"))
    ip = "13.56.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce-%s@qemailserver.com" % rhex(12)
    ar = jp_ar("mx.biglobe.ne.jp", mailfrom=mf, dkim_d="qemailserver.com", from_dom="qemailserver.com", ip=ip)
    head = std_head(addr("AWS Support Feedback", "noreply@qemailserver.com"), ME_B,
                    "Tell us about your recent AWS Support case", when,
                    "<%s@qemailserver.com>" % rhex(30), [("Reply-To", "noreply@qemailserver.com")])
    emit("support-survey-qualtrics", L("survey", CASE_E2, [], False, "en"), head, body,
         top=jp_chain(ME_B, when, mx="mx.biglobe.ne.jp", helo="smtp%s.qemailserver.com" % rdigits(2), ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("qemailserver.com", "qualtrics", when))], bstyle="gmail")


@mail
def m_credly_zendesk_satisfaction():
    when = D(2025, 6, 12, 12, 40, 55)
    tid = "2384756"
    plain = """##- Please type your reply above this line -##

Hello Takumi,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://support.credly.com/requests/%s/satisfaction/new/%s?locale=1&intention=16

Bad, I'm unsatisfied
https://support.credly.com/requests/%s/satisfaction/new/%s?locale=1&intention=4

Here's a reminder of what your request (#%s) was about:

Takumi Hayashi, Jun 4, 2025, 21:31 JST
Hello, AWS merged my two certification accounts last week but my badges are still on my old Credly profile. Can you move them?

Credly Support
""" % (tid, rb64(16).replace("/", "x"), tid, rb64(16).replace("/", "x"), tid)
    body = textpart(plain, cte="quoted-printable")
    ip = "192.161.%d.%d" % (R.randint(144, 159), R.randint(1, 250))
    mf = "support+id%s@credly.zendesk.com" % tid
    ar = g_ar(dkims=[("pass", "credly.com", "zendesk1"), ("pass", "zendesk.com", "zendesk1")], mailfrom=mf, ip=ip,
              from_dom="credly.com", p="REJECT")
    head = std_head(addr("Credly Support", "support@credly.com"), ME_G,
                    "[Credly Support] Rate your support experience: Badges not moved after AWS account merge", when,
                    "<%s_%s_sprut@zendesk.com>" % (rb64(13).replace("/", "x").replace("+", "y"), rdigits(6)),
                    [("Reply-To", "Credly Support <support+id%s@credly.zendesk.com>" % tid), ("X-Mailer", "Zendesk Mailer"),
                     ("Auto-Submitted", "auto-generated")])
    emit("credly-helpdesk-satisfaction", L("survey", tid, [], True, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="out%d.mail.zendesk.com" % R.randint(10, 99), ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("credly.com", "zendesk1", when))])


@mail
def m_phish_survey_ja():
    when = D(2025, 3, 4, 9, 17, 40)
    text = """小林 様

先日は AWS 認定アカウント統合サポートをご利用いただき、誠にありがとうございました。
お手続きが完了したお客様を対象に、サポート品質に関するアンケートを実施しております。

ご回答いただいた方全員に、Amazon ギフトカード 5,000 円分をプレゼントいたします。

▼アンケートに回答する（所要時間 2 分）
http://aws-certification-jp.net/survey/?id=%s

※ギフトカード送付のため、ご回答の最後に AWS アカウントのサインイン情報の確認がございます。
※回答期限：2025年3月7日

AWS 認定サポート事務局
""" % rhex(12)
    body = textpart(text, charset="utf-8", cte="base64")
    ip = "45.142.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "info@aws-certification-jp.net"
    ar = jp_ar("mx.nifty.com", spf="softfail", mailfrom=mf, dkim_res="none", dkim_d="aws-certification-jp.net",
               dmarc="none", from_dom="aws-certification-jp.net", ip=ip)
    head = std_head(addr("AWS 認定サポート", "support@aws-certification-jp.net", "utf-8"), ME_J,
                    subj("【AWS】アカウント統合サポートに関するアンケートのお願い（ギフトカード進呈）", "utf-8"), when,
                    "<%s@aws-certification-jp.net>" % rhex(18), [("X-Mailer", "PHPMailer 6.8.1")])
    emit("survey-lookalike-giftcard-ja", L("survey", None, [], False, "ja"), head, body,
         top=jp_chain(ME_J, when, mx="mx.nifty.com", helo="vps-%s.hostingsrv.net" % rdigits(5), ip=ip, mailfrom=mf, ar=ar))


@mail
def m_phish_confirm_spoofed():
    when = D(2025, 2, 11, 14, 2, 33)
    fake = case15(when - dt.timedelta(hours=20))
    text = """Hello Priya,

This is AWS Training and Certification Customer Support regarding your recent account merge request (case %s).

Before we merge the accounts below, we need you to confirm the request:

  Account to be merged: AWS%s
  Account that will remain: AWS 88120457

IMPORTANT: If we do not receive your confirmation within 48 hours, all certifications on both accounts will be suspended until the request is verified.

Confirm the merge here: https://aws-training-verify.com/merge/confirm?c=%s

Best regards,
AWS Training and Certification Customer Support
""" % (fake, ACC_B[0][3:], fake)
    body = alt(textpart(text, charset="windows-1252", cte="quoted-printable"),
               textpart("<html><body><p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                        "html", charset="windows-1252", cte="quoted-printable"))
    ip = "103.75.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "postmaster@mail-relay77.xyz"
    top_ar = o_ar(mailfrom_dom="mail-relay77.xyz", ip=ip, spf="pass", dkim_res="none", dkim_d="mail-relay77.xyz",
                  dmarc="fail", from_dom="amazon.com", action="quarantine", compauth="fail reason=000")
    top_ar = top_ar.replace("dkim=none (signature was verified)\n header.d=mail-relay77.xyz", "dkim=none (message not signed)\n header.d=none")
    forged = ("mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=amazon201209;\n"
              "       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")
    head = std_head(addr("Amazon Web Services", TC_FORM), ME_O,
                    "RE:[CASE %s] Action required: confirm your certification account merge" % fake, when,
                    "<%s@mail-relay77.xyz>" % rhex(16), [("X-Mailer", "Microsoft Outlook 16.0")])
    top = outlook_chain(ME_O, when, helo="mail-relay77.xyz", ip=ip, mailfrom=mf, ar=top_ar)
    top += [("Authentication-Results", forged),
            ("Received", "from localhost (unknown [10.0.0.7]) by mail-relay77.xyz (Postfix) with ESMTPA id 4F2A81C0;\n\t%s" % rfc(when))]
    emit("confirm-request-spoofed-dmarc-fail", L("merge_confirmation_requested", fake, [ACC_B[0], "AWS88120457"], False, "en"),
         head, body, top=top, bstyle="outlook")


@mail
def m_youracclaim_2020():
    when = D(2020, 3, 12, 19, 45, 3)
    plain = """Lucas, you've been issued a badge by Amazon Web Services Training and Certification

AWS Certified Developer - Associate

Your badge was moved to this account as part of an update to your AWS Certification records. Accept your badge to display it on your Acclaim profile and share it.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim by Credly
""" % str(uuid.UUID(int=R.getrandbits(128)))
    body = textpart(plain, charset="us-ascii", cte="7bit")
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 250))
    mf = "bounces+%s@em.youracclaim.com" % rdigits(7)
    head = std_head(addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), ME_E,
                    "Lucas, claim your AWS Certified Developer - Associate badge", when, "<%s@youracclaim.com>" % rhex(24))
    emit("acclaim-badge-2020", L("credly_badge_issued", None, [], None, "en"), head, body,
         top=own_server_chain(ME_E, when, helo="o%d.em.youracclaim.com" % R.randint(1, 9), ip=ip, mailfrom=mf)
         + [("DKIM-Signature", dkim("youracclaim.com", "s1", when))])


@mail
def m_credly_transferred_outlook():
    when = D(2024, 11, 19, 16, 22, 40)
    plain = """Your badges have been transferred

Hi Priya,

Amazon Web Services Training and Certification has transferred 3 badges to your Credly account after your AWS Certification accounts were combined:

- AWS Certified Solutions Architect - Associate
- AWS Certified Data Engineer - Associate
- AWS Certified Cloud Practitioner

These badges are ready for you. Accept them to add them to your profile: https://www.credly.com/users/priya-raman/badges

Credly, Inc.
"""
    body = alt(textpart(plain, cte="quoted-printable"),
               textpart(html_wrap("<tr><td style=\"padding:26px\"><h2>Your badges have been transferred</h2><p>Hi Priya,</p>"
                                  "<p>Amazon Web Services Training and Certification has transferred <b>3 badges</b> to your Credly account after your AWS Certification accounts were combined.</p>"
                                  "<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Data Engineer - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>"
                                  "<p><a href=\"https://www.credly.com/users/priya-raman/badges\" style=\"background:#1e87b4;color:#fff;padding:10px 22px;text-decoration:none\">Accept your badges</a></p></td></tr>"),
                        "html", cte="quoted-printable"))
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounces+%s@em.credly.com" % rdigits(7)
    ar = o_ar(mailfrom_dom="em.credly.com", ip=ip, dkim_d="credly.com", from_dom="credly.com", action="none")
    head = std_head(addr("Credly", "admin@credly.com"), ME_O, "3 badges were transferred to your Credly account", when,
                    "<%s@credly.com>" % rhex(24))
    emit("credly-badges-transferred", L("credly_badge_issued", None, [], True, "en"), head, body,
         top=outlook_chain(ME_O, when, helo="o3.em.credly.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("credly.com", "s1", when))], bstyle="ruby")


@mail
def m_credly_badge_nifty():
    when = D(2025, 2, 24, 22, 10, 5)
    plain = """Masato, your badge is ready to accept

Amazon Web Services Training and Certification issued you the AWS Certified SysOps Administrator - Associate badge.

Accept badge: https://www.credly.com/earner/earned/badge/%s

Showcase your achievement on LinkedIn and share it with your network.

Credly, Inc., 1 Penn Plaza, Suite 1900, New York, NY 10119
""" % str(uuid.UUID(int=R.getrandbits(128)))
    body = alt(textpart(plain, charset="utf-8", cte="base64"),
               textpart(html_wrap("<tr><td style=\"padding:26px;text-align:center\"><h2>Masato, your badge is ready to accept</h2>"
                                  "<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified SysOps Administrator - Associate</b> badge.</p>"
                                  "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#1e87b4;color:#fff;padding:10px 22px;text-decoration:none\">Accept badge</a></p></td></tr>"),
                        "html", charset="utf-8", cte="base64"))
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounces+%s@em.credly.com" % rdigits(7)
    ar = jp_ar("mx.nifty.com", mailfrom=mf, dkim_d="credly.com", from_dom="credly.com", ip=ip)
    head = std_head(addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), ME_J,
                    "Masato, your badge is ready to accept", when, "<%s@credly.com>" % rhex(24))
    emit("credly-badge-ready-nifty", L("credly_badge_issued", None, [], True, "en"), head, body,
         top=jp_chain(ME_J, when, mx="mx.nifty.com", helo="o2.em.credly.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("credly.com", "s1", when))], bstyle="ruby")


@mail
def m_quota_case_resolved_rating():
    when = D(2025, 8, 20, 23, 48, 31)
    cid = case15(D(2025, 8, 18, 4, 2, 10))
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % cid
    plain = """Hello,

We're writing to let you know that case %s has been resolved.

Subject: Service Quotas: Running On-Demand G and VT instances (ap-northeast-1) - increase to 64 vCPUs
Case summary: Your request to increase the quota for Running On-Demand G and VT instances in Asia Pacific (Tokyo) to 64 vCPUs has been approved. It can take up to 30 minutes for the new value to take effect.

If you need further assistance with this issue, you can reopen this case within 14 days:
%s

How did we do? Please rate your experience with this case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&rate=true

Thank you for choosing Amazon Web Services.
""" % (cid, url, cid)
    body = textpart(plain, cte="quoted-printable")
    head = std_head(addr("Amazon Web Services", NOREPLY), ME_O, "[Case %s] Your case has been resolved" % cid,
                    when, ses_id(when), ses_extra(when))
    emit("quota-case-resolved-rating", L("unrelated", cid, [], True, "en"), head, body,
         top=aws_outlook(ME_O, when) + aws_dkim_heads(when))


@mail
def m_seller_central_merge_variations():
    when = D(2025, 4, 2, 21, 14, 9)
    cid = "6120937745"
    text = """Hello,

I am Karthik from Amazon Selling Partner Support and I will be happy to assist you today.

I understand that you would like to merge your two listings of the "Bamboo Cable Organizer" into one variation family so that the colour options appear on a single detail page.

I have reviewed the ASINs B0CQ7M2KJ8 and B0CQ7NZL44 and submitted them to our catalogue team. The variation merge has been completed and both child ASINs now sit under parent ASIN B0CR1T6W3P. Please allow up to 24 hours for the detail page to update.

If the merge does not show after 24 hours, please reply to this case and I will be glad to check again.

We hope this resolves your concern. Please help us improve Seller Support by rating this response.

Thank you for selling with Amazon.

Karthik
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % cid
    body = textpart(text, charset="UTF-8", cte="quoted-printable")
    ip, helo, mf = ses_transport(when)
    ar = g_ar(dkims=[("pass", "amazon.com", "rjnzqdjjmcmyxcu5uimz6o6n3dvd2oj5")], mailfrom=mf, ip=ip, from_dom="amazon.com")
    head = std_head(addr("Amazon Seller Support", "seller-support-no-reply@amazon.com"), ME_P2,
                    "RE:[CASE %s] Merge two listings into one variation family" % cid, when, ses_id(when), ses_extra(when))
    emit("seller-central-variation-merge", L("unrelated", cid, [], True, "en"), head, body,
         top=gmail_chain(ME_P2, when, helo=helo, ip=ip, mailfrom=mf, ar=ar) + aws_dkim_heads(when)[:1])


@mail
def m_pearson_ja():
    when = D(2025, 3, 10, 5, 33, 18)
    text = """小林 真人 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名　　：SOA-C02: AWS Certified SysOps Administrator - Associate（日本語）
受験日時　：2025年4月5日(土) 13:30
受験会場　：テストセンター 東京・新宿（東京都新宿区西新宿）
登録番号　：427719035
AWS 候補者 ID：%s

■受験当日について
・予約時刻の 15 分前までに受付をお済ませください。
・有効な身分証明書を 2 点ご持参ください。登録氏名と身分証明書の氏名が一致している必要があります。

■予約の変更・キャンセル
AWS 認定アカウントにサインインし、「Pearson VUE 試験の管理」から、受験日の 24 時間前までに手続きしてください。

本メールは送信専用です。ご返信いただいてもお答えできません。

ピアソンVUE
""" % ACC_C_KEEP
    body = textpart(text, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
    ip = "159.182.%d.%d" % (R.randint(1, 200), R.randint(2, 250))
    mf = "bounce-%s@notifications.pearsonvue.com" % rdigits(9)
    ar = jp_ar("mx.nifty.com", mailfrom=mf, dkim_d="pearsonvue.com", from_dom="pearsonvue.com", ip=ip)
    head = std_head(addr("ピアソンVUE", "noreply@pearsonvue.com", "iso-2022-jp"), ME_J,
                    subj("試験予約確認：AWS Certified SysOps Administrator - Associate", "iso-2022-jp"), when,
                    "<%s.%s@notifications.pearsonvue.com>" % (rdigits(13), rhex(10)))
    emit("pearson-vue-yoyaku-ja", L("unrelated", None, [ACC_C_KEEP], False, "ja"), head, body,
         top=jp_chain(ME_J, when, mx="mx.nifty.com", helo="mta3.notifications.pearsonvue.com", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("pearsonvue.com", "pv2023", when))])


@mail
def m_pearson_cs_case_ack():
    when = D(2024, 2, 27, 13, 20, 44)
    cno = "08451276"
    plain = """Thank you for contacting Pearson VUE Customer Service.

Your case number is %s.

We have received your inquiry regarding: Reschedule request - technical issue during online exam (AWS Certified Solutions Architect - Associate, SAA-C03).

A Pearson VUE agent will review your case and respond within 2 business days. Please do not create a new case for this inquiry; you can add information by replying to this email and keeping the case number in the subject line.

Sincerely,
Pearson VUE Customer Service

ref:_00D30bB4x._500Qp%s:ref
""" % (cno, rb64(10).replace("/", "x").replace("+", "y"))
    body = alt(textpart(plain, charset="UTF-8", cte="quoted-printable"),
               textpart("<html><body style=\"font-family:Arial;font-size:13px\"><p>Thank you for contacting Pearson VUE Customer Service.</p>"
                        "<p>Your case number is <b>%s</b>.</p><p>We have received your inquiry regarding: Reschedule request - technical issue during online exam (AWS Certified Solutions Architect - Associate, SAA-C03).</p>"
                        "<p>A Pearson VUE agent will review your case and respond within 2 business days.</p><p>Sincerely,<br>Pearson VUE Customer Service</p></body></html>" % cno,
                        "html", charset="UTF-8", cte="quoted-printable"))
    ip = "13.110.%d.%d" % (R.randint(1, 120), R.randint(1, 250))
    mf = "bounce@%s.bnc.salesforce.com" % rhex(10)
    ar = g_ar(dkims=[("pass", "pearson.com", "sf112018")], mailfrom=mf, ip=ip, from_dom="pearson.com", p="REJECT")
    head = std_head(addr("Pearson VUE Customer Service", "pvamericas@pearson.com"), ME_R,
                    "Pearson VUE Case %s has been created" % cno, when,
                    "<%s@sfdc.net>" % rb64(20).replace("/", "x").replace("+", "y"))
    emit("pearson-vue-case-created", L("unrelated", cno, [], False, "en"), head, body,
         top=gmail_chain(ME_R, when, helo="smtp%s-ia4.mta.salesforce.com" % rdigits(2), ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("pearson.com", "sf112018", when))])


@mail
def m_credly_expiry():
    when = D(2025, 12, 1, 15, 0, 2)
    plain = """Your badge expires soon

Hi Ravi,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification will expire on January 14, 2026.

To keep your credential active, visit Amazon Web Services Training and Certification to learn about recertification requirements: https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s

Credly, Inc.
""" % str(uuid.UUID(int=R.getrandbits(128)))
    body = alt(textpart(plain, cte="quoted-printable"),
               textpart(html_wrap("<tr><td style=\"padding:26px\"><h2>Your badge expires soon</h2><p>Hi Ravi,</p><p>Your <b>AWS Certified Developer - Associate</b> badge will expire on <b>January 14, 2026</b>.</p>"
                                  "<p><a href=\"https://aws.amazon.com/certification/recertification/\">Learn about recertification</a></p></td></tr>"), "html",
                        cte="quoted-printable"))
    head = std_head(addr("Credly", "admin@credly.com"), ME_R, "Your AWS Certified Developer - Associate badge expires soon",
                    when, "<%s@credly.com>" % rhex(24))
    emit("credly-expiry-reminder", L("unrelated", None, [], True, "en"), head, body, top=credly_gmail(ME_R, when),
         bstyle="ruby")


@mail
def m_reseller_voucher_order_ja():
    when = D(2025, 7, 1, 1, 48, 0, JST)
    order = "TC-2025070100%s" % rdigits(4)
    text = """田中 浩 様

この度は「クラウド資格ストア」をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

━━━━━━━━━━━━━━━━━━━━━━━━
■ご注文番号：%s
■ご注文日時：2025年7月1日 01:47
━━━━━━━━━━━━━━━━━━━━━━━━
商品名：AWS 認定試験 受験バウチャー（アソシエイト）＋模擬試験セット
数量　：1
金額　：￥19,800（税込）
お支払い方法：クレジットカード
━━━━━━━━━━━━━━━━━━━━━━━━

バウチャーコードは、お支払い確認後 1 営業日以内に別途メールにてお送りいたします。
受験のお申し込みは、AWS 認定アカウントにサインインのうえ、ご自身で行ってください。
※お持ちのアカウントが複数ある場合は、ご利用予定のアカウントでお申し込みください。

ご不明な点は、本メールにご返信ください。

────────────────────
クラウド資格ストア（株式会社クラウドラーニング）
〒150-0002 東京都渋谷区渋谷2-XX-X
support@cloud-shikaku.jp
────────────────────
""" % order
    body = textpart(text, charset="Shift_JIS", cte="base64", codec="cp932")
    ip = "202.172.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "order@cloud-shikaku.jp"
    ar = jp_ar("mx.so-net.ne.jp", mailfrom=mf, dkim_d="cloud-shikaku.jp", from_dom="cloud-shikaku.jp", ip=ip)
    head = std_head(addr("クラウド資格ストア", "order@cloud-shikaku.jp", "iso-2022-jp"), ME_T,
                    subj("【クラウド資格ストア】ご注文ありがとうございます（ご注文番号：%s）" % order, "iso-2022-jp"), when,
                    "<%s.%s@cloud-shikaku.jp>" % (rdigits(14), rhex(8)))
    emit("voucher-order-confirmation-ja", L("unrelated", None, [], False, "ja"), head, body,
         top=jp_chain(ME_T, when, mx="mx.so-net.ne.jp", helo="mail.cloud-shikaku.jp", ip=ip, mailfrom=mf, ar=ar)
         + [("DKIM-Signature", dkim("cloud-shikaku.jp", "default", when))])


@mail
def m_phish_account_suspended():
    when = D(2025, 8, 5, 6, 33, 12)
    text = """Dear AWS Customer,

We were unable to validate the payment method on file for your AWS account. As a result, your account has been temporarily restricted and some services may be suspended within 24 hours.

To restore full access, please update your billing information:

https://aws-billing-update.support-console.info/signin

If no action is taken, your resources (EC2, S3, RDS) will be permanently deleted.

Regards,
Amazon Web Services Billing Department
"""
    body = alt(textpart(text, charset="utf-8", cte="quoted-printable"),
               textpart("<html><body><p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                        "html", charset="utf-8", cte="quoted-printable"))
    ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "noreply@billing-aws-notice.com"
    ar = g_ar(dkims=[("fail", "amazon.com", "amazon201209")], mailfrom=mf, ip=ip, spf="softfail", dmarc="fail",
              from_dom="amazon.com")
    head = std_head(addr("AWS Billing", "aws-billing@amazon.com"), ME_G,
                    "Action required: your AWS account has been restricted", when, "<%s@billing-aws-notice.com>" % rhex(20))
    emit("phish-billing-suspended", L("unrelated", None, [], False, "en"), head, body,
         top=gmail_chain(ME_G, when, helo="mx.billing-aws-notice.com", ip=ip, mailfrom=mf, ar=ar, arc=False, spf="softfail"), bstyle="gmail")

# ==== END MAILS


def decoded_text(msg):
    """Subject + all text parts decoded with their declared charset."""
    from email.header import decode_header
    out = []
    for hn in ("Subject", "From"):
        for chunk, cs in decode_header(msg.get(hn, "")):
            out.append(chunk.decode(cs or "ascii", "replace") if isinstance(chunk, bytes) else chunk)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            try:
                out.append(raw.decode(cs, "replace"))
            except LookupError:
                out.append(raw.decode("latin-1"))
    return "\n".join(out)


def check():
    import email
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert set(files) == set(LABELS), "labels/file mismatch"
    for f in files:
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read())
        if msg.defects:
            print("DEFECTS", f, msg.defects)
        txt = decoded_text(msg)
        found = {"AWS" + m for m in re.findall(r"(?i)aws[ -]?(\d{8})(?!\d)", txt)}
        lab = LABELS[f]
        for a in lab["account_ids"]:
            if a not in found:
                print("MISSING ID", f, a); bad += 1
        if lab["case_id"] and lab["case_id"] not in txt:
            print("MISSING CASE", f, lab["case_id"]); bad += 1
        has_ar = "Authentication-Results" in msg
        if (lab["sender_verified"] is None) == has_ar:
            print("AR/verified mismatch", f); bad += 1
    print("checked", len(files), "files,", bad, "problems")


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for f in MAILS:
        f()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")
    check()
