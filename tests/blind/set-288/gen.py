#!/usr/bin/env python3
"""Generator for blind set 288: eight users' AWS Certification account-merge
cases, start to end, with detours.  Writes NNN-*.eml and labels.json here."""
import base64, json, os, quopri, random, re, sys, uuid, html as htmlmod
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy as _policy
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Rome")
WAW = ZoneInfo("Europe/Warsaw")
LON = ZoneInfo("Europe/London")
SGT = ZoneInfo("Asia/Singapore")
ET = ZoneInfo("America/New_York")
rng = random.Random(288)

MAILS = []      # (fname, bytes, label, new_text)

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def t(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(dt, suffix):
    return "%d%05d" % (int(dt.timestamp()), suffix)


def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def gdate(dt, tz=PT):
    """Gmail style Received date: 'Wed, 12 Mar 2025 02:14:33 -0700 (PDT)'"""
    d = dt.astimezone(tz)
    return format_datetime(d) + " (%s)" % d.tzname()


def b64(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(dt, region="email", prefix="0100"):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    return "<%s%012x-%s-000000@%s.amazonses.com>" % (prefix, ms, u, region)


def ses_return_path(dt, prefix="0100"):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    return "%s%012x-%s-000000@amazonses.com" % (prefix, ms, u)


def fold_b(s, first=12, width=70, indent="\t "):
    """fold a long base64 blob over continuation lines"""
    out = [s[:width - first]]
    s = s[width - first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return ("\n" + indent).join(out)


def dkim(d, sel, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts=None, algo="rsa-sha256", c="relaxed/simple"):
    ts = ts or 1700000000
    v = ("v=1; a=%s; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
         % (algo, c, sel, d, ts, h, b64(32), fold_b(b64(192), 3)))
    return ("DKIM-Signature", v)


def ses_dkim(dt, region_sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    ts = int(dt.timestamp())
    return [dkim("amazon.com", "rjt5ob4d3rclf5ytj5ywpxbbytznfhqh", ts=ts,
                 h="Content-Type:MIME-Version:From:To:Subject:Message-ID:Date"),
            dkim("amazonses.com", region_sel, ts=ts,
                 h="Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID")]


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76).replace("\n", "\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def ses_ip():
    return "54.240.%d.%d" % (rng.choice([8, 9, 11, 48]), rng.randint(10, 250))


# ------------------------------------------------------------ transport
def gmail_in(to, dt, mailfrom, host, ip, ar, arc_ar=None, delay=2):
    """Inbound Gmail headers, topmost first. `ar` is the Authentication-Results
    value (without the 'mx.google.com;' prefix)."""
    rcv = dt + timedelta(seconds=delay)
    sid = "%s%s" % (rng.choice("abcdefghjkmnpqrstuvwxyz"), rng.randint(10, 99))
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
          % (hexs(4), hexs(4), hexs(3), hexs(4), hexs(4), sid, rng.randint(100000, 9999999),
             rng.choice(["mdb", "ndb", "lzb", "wrb"]), gdate(rcv))),
         ("X-Google-Smtp-Source", "AGHT+I" + fold_b(b64(60), 28, indent="         ")),
         ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%dad.%d.%d;\n        %s"
          % (hexs(4), hexs(4), hexs(3), hexs(4), hexs(4), hexs(13), hexs(11), rng.randint(10000000, 99999999),
             rng.randint(1, 99), int(rcv.timestamp() * 1000), gdate(rcv))),
         ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
          % (int(rcv.timestamp()), fold_b(b64(96), 10, indent="         "))),
         ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
          % (b64(32), b64(32), fold_b(b64(96), 10, indent="         "))),
         ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + (arc_ar or ar)),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%dad.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
          % (host, host, ip, hexs(13), hexs(11), rng.randint(100000000, 999999999), rng.randint(1, 99),
             rcv.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), to, gdate(rcv))),
         ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
          % ("pass", mailfrom, "designates", ip, ip)),
         ("Authentication-Results", "mx.google.com;\n" + ar)]
    return h


def g_ar_ses(mailfrom, ip, dkim_amazon="pass", dmarc="pass", from_dom="amazon.com"):
    return ("       dkim=%s header.i=@%s header.s=rjt5ob4d3rclf5ytj5ywpxbbytznfhqh header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dkim_amazon, from_dom, b64(6)[:8], b64(6)[:8], mailfrom, ip, mailfrom, dmarc, from_dom))


def outlook_in(dt, mailfrom_dom, ip, helo, ar, consumer=True, org_host=None, delay=3):
    rcv = dt + timedelta(seconds=delay)
    fe = "%s%02dMB%d%03d" % (rng.choice(["SN7PR", "PH0PR", "DM6PR", "BY5PR", "CH3PR"]),
                             rng.randint(1, 20), rng.randint(1, 9), rng.randint(100, 999))
    fe2 = "%s%02dCA%04d" % (rng.choice(["BN9PR", "MW4PR", "SA9PR"]), rng.randint(1, 20), rng.randint(1, 9999))
    eop = "%s.namprd%02d.prod.outlook.com" % (rng.choice(["BN2PEPF0000", "SJ1PEPF0000", "CO1PEPF0000"]) + str(rng.randint(1000, 9999)), rng.randint(2, 20))
    dom = "namprd%02d.prod.outlook.com" % rng.randint(2, 20)
    h = [("Received", "from %s.%s (2603:10b6:806:%x::%x) by\n %s.%s with HTTPS; %s"
          % (fe2, dom, rng.randint(256, 4095), rng.randint(1, 30), fe, dom, rfc(rcv))),
         ("Received", "from %s (2603:10b6:806:%x::%x) by\n %s.%s (2603:10b6:806:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\n %s"
          % (eop, rng.randint(256, 4095), rng.randint(1, 30), fe2, dom, rng.randint(256, 4095),
             rng.randint(1, 30), rng.randint(7000, 9200), rng.randint(10, 60), rfc(rcv))),
         ("Authentication-Results", ar),
         ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (mailfrom_dom, ip, ip, helo)),
         ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
          % (helo, ip, eop, rng.randint(1, 250), rng.randint(1, 250), rng.randint(7000, 9200), rng.randint(10, 60), rfc(rcv - timedelta(seconds=1))))]
    return h


def o_ar(mailfrom_dom, ip, d_list, dmarc="pass", from_dom="amazon.com", compauth="pass reason=100"):
    dk = ";".join("dkim=%s (signature was verified)\n header.d=%s" % (r, d) for d, r in d_list)
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=none\n header.from=%s;compauth=%s"
            % (ip, mailfrom_dom, dk, dmarc, from_dom, compauth))


# ------------------------------------------------------------ MIME bodies
def part(subtype, text, charset="utf-8", cte="quoted-printable", codec=None, fmt_flowed=False, name_cs=True):
    """One leaf part with explicit charset label, CTE and real codec."""
    codec = codec or charset
    raw = text.encode(codec, errors="strict")
    m = Message()
    ct = "text/%s; charset=%s" % (subtype, ('"%s"' % charset) if name_cs else charset)
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    if cte == "quoted-printable":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("=0D", ""))
    elif cte == "base64":
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:  # 7bit
        raw.decode("ascii")  # must be ascii-safe (e.g. ISO-2022-JP)
        m["Content-Transfer-Encoding"] = "7bit"
        m.set_payload(raw.decode("ascii"))
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999), rng.randint(10 ** 12, 10 ** 13))))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def related(*parts, boundary=None):
    m = MIMEMultipart("related", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def gb():
    return "000000000000" + hexs(16)


def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def quote_gt(text, depth=1):
    pre = "> " * depth
    return "\n".join((pre + l).rstrip() if l.strip() else pre.rstrip() for l in text.split("\n"))


def ja_date(dt, tz=JST):
    d = dt.astimezone(tz)
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, wd, d.hour, d.minute)


def en_gmail_date(dt, tz):
    d = dt.astimezone(tz)
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def outlook_date(dt, tz):
    d = dt.astimezone(tz)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


# ------------------------------------------------------------ assembly
def build(fname, label, headers, body, new_text, crlf=False):
    """headers: list of (name, value) in final order (topmost first);
    body: Message (root MIME part, without MIME-Version)."""
    assert not any(f == fname for f, *_ in MAILS), fname
    lines = []
    for n, v in headers:
        lines.append("%s: %s" % (n, v))
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(body)
    b = bio.getvalue()
    head = "\n".join(lines) + "\n"
    data = head.encode("ascii") + b
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MAILS.append((fname, data, label, new_text))


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
              "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
              "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

# ======================================================================
# CASES
# ======================================================================


def aws_std(dt, to, subject, frm=FORM, name="Amazon Web Services", reply_to=None, region="email",
            prefix="0100", extra=(), ip=None):
    """the sender-side headers of an SES-sent AWS mail (below the receiver's)"""
    mid = ses_msgid(dt, region, prefix)
    h = ses_dkim(dt)
    h += [("Date", rfc(dt)),
          ("From", addr(name, frm)),
          ]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("To", to),
          ("Message-ID", mid),
          ("Subject", subject),
          ("MIME-Version", "1.0")]
    h += list(extra)
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64(33)[:43]),
          ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), ip or ses_ip()))]
    return h, mid


def aws_to_gmail(dt, to, subject, **kw):
    mf = ses_return_path(dt, kw.get("prefix", "0100"))
    ip = ses_ip()
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    top = gmail_in(to, dt, mf, host, ip, g_ar_ses(mf, ip))
    std, mid = aws_std(dt, to, subject, ip=ip, **kw)
    return top + std, mid


def sig_html(lines):
    return "<p>" + "<br>\n".join(esc(l) for l in lines) + "</p>"


def aws_html(inner, title="Amazon Web Services"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:12px 20px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"60\"></td></tr>\n"
            "<tr><td style=\"padding:20px\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:12px 20px;font-size:11px;color:#687078\">%s</td></tr></table>\n</body></html>\n"
            % (title, inner, esc(AWS_FOOTER)))


def gmail_html_reply(new_text, attr, quoted_html):
    return ("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new_text.strip("\n").split("\n"))
            + "</div><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
              "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n"
            % (esc(attr), quoted_html))


def gmail_sent_headers(dt, frm, to, subject, in_reply_to=None, refs=None, cc=None, tz=PT):
    mid = "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "J", "K", "E"]), b64(40)[:52].replace("/", "_").replace("+", "-"))
    h = [dkim("gmail.com", "20230601", ts=int(dt.timestamp()),
              h="to:subject:message-id:date:from:in-reply-to:references\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to"),
         ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to;\n        bh=%s;\n        b=%s"
          % (int(dt.timestamp()), int(dt.timestamp()) + 604800, b64(32), fold_b(b64(96), 10))),
         ("X-Gm-Message-State", "AOJu0Y" + fold_b(b64(90), 26, indent="\t")),
         ("X-Google-Smtp-Source", "AGHT+I" + fold_b(b64(60), 28, indent="\t")),
         ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%dad.%d.%d;\n        %s"
          % (hexs(4), hexs(4), hexs(3), hexs(4), hexs(4), hexs(13), hexs(11), rng.randint(10000000, 99999999),
             rng.randint(1, 99), int(dt.timestamp() * 1000), gdate(dt + timedelta(seconds=1), tz))),
         ("MIME-Version", "1.0")]
    if refs:
        h.append(("References", refs))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    h += [("From", frm), ("Date", rfc(dt, tz)), ("Message-ID", mid), ("Subject", subject), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h, mid


# ---------------------------------------------------------------- CASE A
# Priya Raman, Gmail, form desk, 15-digit id, March 2025; merge AWS04418392 -> AWS11930557
A_USER = "priya.raman.dev@gmail.com"
A_NAME = "Priya Raman"
A_OPEN = t(2025, 3, 11, 14, 22, 7)
A_CASE = case15(A_OPEN, 391)
A_SUBJ = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)

# 001 acknowledgement
dt = A_OPEN + timedelta(seconds=14)
s = "[CASE %s] %s" % (A_CASE, FORM_SUBJ)
hd, A_M1 = aws_to_gmail(dt, A_USER, s, reply_to=FORM)
txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message confirming that we have received your request, and a case has been created for you.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge

A member of our Customer Support team will review your request and respond, typically within 24 hours. If you need to add information, you can reply to this email and it will be added to your case. Please do not submit a new request for the same issue, as duplicate cases may delay our response.

Thank you,
AWS Training and Certification Customer Support
""" % A_CASE
htm = aws_html(paras_html(txt))
body = alt(part("plain", txt + "\n" + AWS_FOOTER + "\n"), part("html", htm))
build("001-priya-form-ack.eml", L("case_created", A_CASE, [], True, "en"), hd, body, txt)

# 002 confirmation request (native English agent)
dt = t(2025, 3, 12, 9, 14, 21)
hd, A_M2 = aws_to_gmail(dt, A_USER, A_SUBJ, reply_to=FORM)
A_T2 = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I have located both of the certification accounts you mentioned, and I can combine them into a single account for you. Before I make any changes, please review the details below:

    Account to be merged (will be deactivated): AWS04418392 - priya.raman@northwind-mail.com
    Account that will remain (primary):         AWS 11930557 - priya.raman.dev@gmail.com

All certifications, exam history and benefits from AWS04418392 will be transferred to AWS11930557, and you will sign in with priya.raman.dev@gmail.com going forward. Please be aware that once two accounts are merged, the merge cannot be reversed.

If the above is correct, simply reply to this email confirming that you would like us to go ahead. If you would prefer to keep the other account as your primary, just let me know.

Best regards,

Jordan M.
AWS Training and Certification Customer Support
"""
htm = aws_html(paras_html(A_T2).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;"))
body = alt(part("plain", A_T2 + "\n" + AWS_FOOTER + "\n"), part("html", htm))
build("002-priya-confirm-request.eml", L("merge_confirmation_requested", A_CASE, ["AWS04418392", "AWS11930557"], True, "en"), hd, body, A_T2)

# 003 Priya's reply (Sent)
dt = t(2025, 3, 12, 15, 40, 52)
new = """Hi Jordan,

The details are correct. Please proceed with the merge and keep the gmail one as my main account.

Thanks a lot for the quick help!
Priya
"""
attr = "On %s %s <%s> wrote:" % (en_gmail_date(t(2025, 3, 12, 9, 14, 21), PT), "Amazon Web Services", FORM)
hd, A_M3 = gmail_sent_headers(dt, addr(A_NAME, A_USER), addr("Amazon Web Services", FORM), "Re: " + A_SUBJ, A_M2, A_M2)
plain = new + "\n" + attr + "\n\n" + quote_gt(A_T2.strip("\n")) + "\n"
htm = gmail_html_reply(new, attr, paras_html(A_T2))
body = alt(part("plain", plain, charset="UTF-8"), part("html", htm, charset="UTF-8"), boundary=gb())
build("003-priya-sent-confirm.eml", L("unrelated", A_CASE, [], None, "en"), hd, body, new)

# 004 merge completed (HTML only, base64, with the thread below in the agent's tool style)
dt = t(2025, 3, 13, 20, 5, 44)
hd, A_M4 = aws_to_gmail(dt, A_USER, A_SUBJ, reply_to=FORM)
new = """Hello Priya,

Thank you for your patience while we worked on this.

Good news: your two certification profiles are now one. Please sign in with priya.raman.dev@gmail.com from now on; your candidate ID is AWS11930557 and your full certification history is listed there. Your transcript and Credly badges may take up to 48 hours to reflect the change.

If anything looks wrong after that time, reply to this email and we will be glad to take another look.

Kind regards,

Jordan M.
AWS Training and Certification Customer Support
"""
hist = """---- Original Message ----
From: Priya Raman <priya.raman.dev@gmail.com>
Sent: 2025-03-12 15:40:52 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

Hi Jordan,

The details are correct. Please proceed with the merge and keep the gmail one as my main account.

Thanks a lot for the quick help!
Priya

On Wed, Mar 12, 2025 at 2:14 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (A_SUBJ, quote_gt(A_T2.strip("\n")))
htm = aws_html(paras_html(new) + "\n<hr>\n<div style=\"color:#545b64\">" + paras_html(hist) + "</div>")
body = part("html", htm, cte="base64")
build("004-priya-merge-done.eml", L("merge_completed", A_CASE, ["AWS11930557"], True, "en"), hd, body, new)

# 005 closure + survey
dt = t(2025, 3, 13, 20, 6, 3)
s = "[CASE %s] Your case has been resolved" % A_CASE
hd, _ = aws_to_gmail(dt, A_USER, s, frm=NOREPLY)
txt = """Hello,

Your case %s, "AWS Training and Certification Form Submission - account-assistance", has been marked as resolved.

Was your issue resolved?
YES: https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&resolved=yes
NO:  https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&resolved=no

Your feedback helps us improve. The survey takes less than a minute.

If your issue is not resolved, reply to the most recent message from our team within 14 days and the case will be reopened.

AWS Training and Certification Customer Support
""" % (A_CASE, A_CASE, A_CASE)
btn = ("<table cellpadding=\"0\" cellspacing=\"8\"><tr>"
       "<td style=\"background:#037f0c;border-radius:3px;padding:10px 24px\"><a style=\"color:#fff;text-decoration:none\" href=\"https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&amp;resolved=yes\">YES</a></td>"
       "<td style=\"background:#d91515;border-radius:3px;padding:10px 24px\"><a style=\"color:#fff;text-decoration:none\" href=\"https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&amp;resolved=no\">NO</a></td></tr></table>" % (A_CASE, A_CASE))
htm = aws_html("<p>Hello,</p><p>Your case <b>%s</b>, &quot;AWS Training and Certification Form Submission - account-assistance&quot;, has been marked as resolved.</p>"
               "<p style=\"font-size:18px\"><b>Was your issue resolved?</b></p>%s<p>Your feedback helps us improve. The survey takes less than a minute.</p>"
               "<p>If your issue is not resolved, reply to the most recent message from our team within 14 days and the case will be reopened.</p>"
               "<p>AWS Training and Certification Customer Support</p>" % (A_CASE, btn))
body = alt(part("plain", txt, cte="7bit", charset="us-ascii"), part("html", htm))
build("005-priya-resolved-survey.eml", L("survey", A_CASE, [], True, "en"), hd, body, txt)


def credly_to_gmail(dt, to, subject, issuer="Amazon Web Services Training and Certification", dom="credly.com", extra=()):
    ip = "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250))
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 9999999), hexs(4), to.split("@")[0], to.split("@")[1], rng.randint(1000, 9999), dom)
    ar = ("       dkim=pass header.i=@%s header.s=s1 header.b=%s;\n"
          "       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;\n"
          "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n"
          "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s" % (dom, b64(6)[:8], b64(6)[:8], mf, ip, mf, dom))
    top = gmail_in(to, dt, mf, "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom), ip, ar)
    mid = "<%s@geopod-ismtpd-%d>" % (b64(16)[:22].replace("/", "_").replace("+", "-"), rng.randint(1, 40))
    h = top + [dkim(dom, "s1", ts=int(dt.timestamp()), h="from:mime-version:subject:reply-to:to:content-type:cc:\n\tcontent-type:from:subject:to"),
               dkim("sendgrid.info", "smtpapi", ts=int(dt.timestamp()), h="from:mime-version:subject:reply-to:to:content-type:cc:\n\tcontent-type:from:subject:to"),
               ("Date", rfc(dt)),
               ("From", addr("%s via Credly" % issuer, "admin@" + dom)),
               ("Mime-Version", "1.0"),
               ("Message-ID", mid),
               ("Subject", subject),
               ("Reply-To", "no-reply@%s" % dom),
               ("X-SG-EID", fold_b(b64(120), 10, indent=" ")),
               ("X-SG-ID", fold_b(b64(60), 9, indent=" ")),
               ("To", to),
               ("X-Entity-ID", "u001.%s" % b64(12)[:16])] + list(extra)
    return h


def credly_html(inner):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta name=\"viewport\" content=\"width=device-width\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><title>Credly</title></head>\n"
            "<body style=\"margin:0;padding:0;background:#f5f5f5\"><table role=\"presentation\" width=\"100%\" style=\"background:#f5f5f5\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333\">"
            "<tr><td style=\"padding:24px\"><img src=\"https://images.credly.com/assets/credly-logo.png\" alt=\"Credly\" width=\"96\"></td></tr>\n"
            "<tr><td style=\"padding:0 24px 24px 24px;font-size:15px;line-height:22px\">\n" + inner + "\n</td></tr>\n"
            "<tr><td style=\"padding:16px 24px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee\">You are receiving this email because a badge was issued to this address on Credly."
            " <a href=\"https://www.credly.com/notification_settings\" style=\"color:#8a8a8a\">Notification settings</a> | <a href=\"https://credly.com/privacy\" style=\"color:#8a8a8a\">Privacy Policy</a><br>Credly, a Pearson company</td></tr>\n"
            "</table></td></tr></table></body></html>\n")


# 006 Credly badge issued
dt = t(2025, 3, 14, 3, 31, 12)
s = "Priya, you've earned a new badge from Amazon Web Services Training and Certification"
hd = credly_to_gmail(dt, A_USER, s)
tok = hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)
txt = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to show off your achievement and share it with your network:
https://www.credly.com/badges/%s/accept

Once accepted, your badge can be shared on LinkedIn, added to your email signature and verified by employers.

Questions about this badge? Contact the issuer: https://www.credly.com/organizations/amazon-web-services/badges

The Credly Team
""" % tok
inner = ("<p style=\"font-size:22px\"><b>Congratulations, Priya!</b></p>"
         "<p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
         "<p><img src=\"https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png\" width=\"140\" alt=\"badge\"><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>"
         "<p><a href=\"https://www.credly.com/badges/%s/accept\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Accept your badge</a></p>"
         "<p>Once accepted, your badge can be shared on LinkedIn, added to your email signature and verified by employers.</p>" % tok)
body = alt(part("plain", txt, charset="UTF-8"), part("html", credly_html(inner), charset="UTF-8"))
build("006-priya-credly-badge.eml", L("credly_badge_issued", None, [], True, "en"), hd, body, txt)

# 007 GitHub "merged" notification (detour)
dt = t(2025, 3, 15, 17, 2, 40)
ip = "192.30.252.%d" % rng.randint(200, 210)
mf = "bounces+%d-%s-%s=gmail.com@sgmail.github.com" % (rng.randint(1000000, 9999999), hexs(4), A_USER.split("@")[0])
ar = ("       dkim=pass header.i=@github.com header.s=pf2023 header.b=%s;\n"
      "       spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com;\n"
      "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com" % (b64(6)[:8], ip))
top = gmail_in(A_USER, dt, "noreply@github.com", "out-%d.smtp.github.com" % rng.randint(20, 28), ip, ar)
gh_mid = "<priyaraman/cert-tracker/pull/58/issue_event/%d@github.com>" % rng.randint(16000000000, 16999999999)
hd = top + [dkim("github.com", "pf2023", ts=int(dt.timestamp()), h="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:\n\t List-Archive:List-Post:List-Unsubscribe:From"),
            ("Date", rfc(dt, PT)),
            ("From", addr("Sam Liu", "notifications@github.com")),
            ("Reply-To", "priyaraman/cert-tracker <reply+ABCQ%s@reply.github.com>" % b64(30)[:40].replace("/", "").replace("+", "")),
            ("To", "priyaraman/cert-tracker <cert-tracker@noreply.github.com>"),
            ("Cc", "Priya Raman <%s>, Author <author@noreply.github.com>" % A_USER),
            ("Message-ID", gh_mid),
            ("In-Reply-To", "<priyaraman/cert-tracker/pull/58@github.com>"),
            ("References", "<priyaraman/cert-tracker/pull/58@github.com>"),
            ("Subject", "Re: [priyaraman/cert-tracker] Merge duplicate candidate records after account\n consolidation (PR #58)"),
            ("Mime-Version", "1.0"),
            ("X-GitHub-Reason", "author"),
            ("List-ID", "priyaraman/cert-tracker <cert-tracker.priyaraman.github.com>"),
            ("List-Archive", "https://github.com/priyaraman/cert-tracker"),
            ("List-Post", "<mailto:reply+ABCQ@reply.github.com>"),
            ("List-Unsubscribe", "<mailto:unsub+ABCQ@reply.github.com>,\n <https://github.com/notifications/unsubscribe/ABCQ%s>" % hexs(20).upper()),
            ("X-Auto-Response-Suppress", "All"),
            ("X-GitHub-Recipient-Address", A_USER)]
txt = """Merged #58 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-tracker/pull/58#event-%d
You are receiving this because you authored the thread.

Message ID: <priyaraman/cert-tracker/pull/58/issue_event/%s@github.com>
""" % (rng.randint(16000000000, 16999999999), gh_mid.split("/")[-1].split("@")[0])
htm = ("<p></p>\n<p>Merged <a class=\"issue-link js-issue-link\" href=\"https://github.com/priyaraman/cert-tracker/pull/58\">#58</a> into main.</p>\n\n"
       "<p style=\"font-size:small;-webkit-text-size-adjust:none;color:#666;\">&mdash;<br />Reply to this email directly, <a href=\"https://github.com/priyaraman/cert-tracker/pull/58\">view it on GitHub</a>.<br />"
       "You are receiving this because you authored the thread.<img src=\"https://github.com/notifications/beacon/ABCQ.gif\" height=\"1\" width=\"1\" alt=\"\" /></p>\n")
body = alt(part("plain", txt, charset="UTF-8", cte="7bit"), part("html", htm, charset="UTF-8", cte="7bit"), boundary="--==_mimepart_%s_%d" % (hexs(13), rng.randint(100, 999)))
build("007-priya-github-merged.eml", L("unrelated", None, [], False, "en"), hd, body, txt)


def aws_to_outlook(dt, to, subject, consumer=True, **kw):
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    ar = o_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")])
    top = outlook_in(dt, "amazonses.com", ip, helo, ar)
    std, mid = aws_std(dt, to, subject, ip=ip, **kw)
    tail = [("Return-Path", ses_return_path(dt, kw.get("prefix", "0100"))),
            ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % dt.strftime("%d %b %Y %H:%M:%S.0000 (UTC)")),
            ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=rng.getrandbits(128), version=4))),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:%d|%d;" % (rng.randint(10000, 99999), rng.randint(100000, 999999))),
            ("X-MS-Exchange-Organization-AuthSource", "%s.namprd%02d.prod.outlook.com" % ("CO1PEPF0000" + str(rng.randint(1000, 9999)), rng.randint(2, 20))),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    return top + std + tail, mid


CONSOLE_TAIL = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services
======================================================================
To see all the correspondence for this case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this email was sent from an address that cannot accept incoming email. To respond to this case, please follow the link above to the AWS Support Center.

"""

# ---------------------------------------------------------------- CASE B
# Marcus Oyelaran, outlook.com, console desk, 15-digit id, January 2025
B_USER = "marcus.oyelaran@outlook.com"
B_OPEN = t(2025, 1, 20, 16, 48, 31)
B_CASE = case15(B_OPEN, 602)
B_TOPIC = "Merge two AWS Certification accounts (candidate IDs)"

# 008 console: case opened
dt = B_OPEN + timedelta(seconds=9)
s = "Amazon Web Services: You have opened a new Support case: %s" % B_CASE
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance

You can view and update your case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this email was sent from an address that cannot accept incoming email. To update your case, please follow the link above.

Best regards,
Amazon Web Services

%s
""" % (B_CASE, B_CASE, B_TOPIC, B_CASE, AWS_FOOTER)
body = part("plain", txt, charset="UTF-8")
build("008-marcus-console-case-opened.eml", L("case_created", B_CASE, [], True, "en"), hd, body, txt, crlf=True)

# 009 console: new correspondence notice (agent's first reply is only visible in the console)
dt = t(2025, 1, 21, 11, 3, 50)
s = "[Case %s] New correspondence added" % B_CASE
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
txt = """Hello,

AWS Support has added a correspondence to your support case.

Case ID: %s
Subject: %s

To read the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

If you do not respond, the case may be resolved automatically after a period of inactivity.

Please do not reply to this email. This address is not monitored.

Amazon Web Services
""" % (B_CASE, B_TOPIC, B_CASE)
htm = aws_html(paras_html(txt).replace("https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en" % B_CASE,
               "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\">AWS Support Center</a>" % B_CASE))
body = alt(part("plain", txt), part("html", htm))
build("009-marcus-new-correspondence.eml", L("support_reply", B_CASE, [], True, "en"), hd, body, txt, crlf=True)

# 010 agent follow-up: which account to keep + e-mail addresses
dt = t(2025, 1, 23, 9, 27, 5)
s = "RE:[CASE %s] %s" % (B_CASE, B_TOPIC)
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
new = """Hello Marcus,

I hope you are doing well. I am following up on my previous correspondence as I did not receive your response yet.

I was able to locate the both candidate profiles from your case, AWS20561184 and AWS-07731920. To move further, kindly provide me the following:

1. Which of the two accounts you would like to keep as the main (surviving) account?
2. The email address registered on each of the accounts, so I can verify you are the owner of both.

Once I have these details, I will be able to share the summary of the request with you.

""" + CONSOLE_TAIL % ("Svetlana K.", B_CASE)
body = part("plain", new, charset="UTF-8")
build("010-marcus-which-account.eml", L("support_reply", B_CASE, ["AWS07731920", "AWS20561184"], True, "en"), hd, body, new, crlf=True)

# 011 detour: a different console case (service quota), same desk
B_Q_OPEN = t(2025, 1, 22, 2, 11, 46)
B_QCASE = case15(B_Q_OPEN, 145)
dt = B_Q_OPEN + timedelta(seconds=7)
s = "Amazon Web Services: You have opened a new Support case: %s" % B_QCASE
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances (Running On-Demand G and VT instances)
Severity: Normal

You can view and update your case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this email was sent from an address that cannot accept incoming email. To update your case, please follow the link above.

Best regards,
Amazon Web Services

%s
""" % (B_QCASE, B_QCASE, B_QCASE, AWS_FOOTER)
body = part("plain", txt, charset="UTF-8")
build("011-marcus-quota-case-opened.eml", L("unrelated", B_QCASE, [], True, "en"), hd, body, txt, crlf=True)

# 012 confirmation request
dt = t(2025, 1, 24, 8, 52, 17)
s = "RE:[CASE %s] %s" % (B_CASE, B_TOPIC)
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
new = """Hello Marcus,

Thank you for the information provided.

As per your reply, I have verified both of the accounts. Please find below the summary of your request:

- Source account: AWS-07731920 (marcus.o@lagosdevs.com.ng) - this account will be closed after the process
- Target account: AWS20561184 (marcus.oyelaran@outlook.com) - this account will be retained, and all of the certifications, exam history and benefits will be moved to it

Kindly note that this action is permanent and it cannot be reverted once done.

Could you please confirm, by replying to this case in the Support Center, that the above details are correct and that you would like us to go ahead?

""" + CONSOLE_TAIL % ("Svetlana K.", B_CASE)
body = part("plain", new, charset="UTF-8")
build("012-marcus-confirm-request.eml", L("merge_confirmation_requested", B_CASE, ["AWS07731920", "AWS20561184"], True, "en"), hd, body, new, crlf=True)

# 013 thanks for confirming, we will proceed
dt = t(2025, 1, 25, 10, 14, 39)
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
new = """Hello Marcus,

Thank you for confirming the details.

I have now forwarded your request to our Certification operations team to move everything from AWS-07731920 into AWS20561184. This kind of request usually takes 3 to 5 business days. Once the merge is complete, I will update you on this case, so no further action is needed from your side at the moment.

""" + CONSOLE_TAIL % ("Svetlana K.", B_CASE)
body = part("plain", new, charset="UTF-8")
build("013-marcus-thanks-proceeding.eml", L("support_reply", B_CASE, ["AWS07731920", "AWS20561184"], True, "en"), hd, body, new, crlf=True)

# 014 completion combined with resolution / rating
dt = t(2025, 1, 28, 14, 40, 2)
hd, _ = aws_to_outlook(dt, B_USER, s, frm=NOREPLY)
new = """Hello Marcus,

I am happy to inform you that our team has finished the process: your two certification profiles are now consolidated under AWS20561184, and you can sign in with marcus.oyelaran@outlook.com to see all of your certifications in one place.

As your request is now fulfilled, I will be marking this case as resolved. If you notice anything missing, you can reopen the case from the Support Center within 14 days.

It was a pleasure assisting you, and have a great day ahead!

""" + CONSOLE_TAIL % ("Svetlana K.", B_CASE)
body = part("plain", new, charset="UTF-8")
build("014-marcus-done-and-resolved.eml", L("merge_completed", B_CASE, ["AWS20561184"], True, "en"), hd, body, new, crlf=True)


# 015 Credly badges re-issued after the merge (to Outlook)
def credly_to_outlook(dt, to, subject, issuer="Amazon Web Services Training and Certification", dom="credly.com"):
    ip = "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250))
    helo = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom)
    mf_dom = "em%d.%s" % (rng.randint(1000, 9999), dom)
    ar = o_ar(mf_dom, ip, [(dom, "pass"), ("sendgrid.info", "pass")], from_dom=dom)
    top = outlook_in(dt, mf_dom, ip, helo, ar)
    mid = "<%s@geopod-ismtpd-%d>" % (b64(16)[:22].replace("/", "_").replace("+", "-"), rng.randint(1, 40))
    return top + [dkim(dom, "s1", ts=int(dt.timestamp()), h="from:mime-version:subject:reply-to:to:content-type:cc:\n\tcontent-type:from:subject:to"),
                  ("Date", rfc(dt)),
                  ("From", addr("%s via Credly" % issuer, "admin@" + dom)),
                  ("Mime-Version", "1.0"),
                  ("Message-ID", mid),
                  ("Subject", subject),
                  ("Reply-To", "no-reply@%s" % dom),
                  ("To", to),
                  ("Return-Path", "bounces+%d-%s@%s" % (rng.randint(1000000, 9999999), hexs(4), mf_dom)),
                  ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


dt = t(2025, 1, 29, 6, 12, 55)
s = "Marcus, Amazon Web Services Training and Certification sent you 2 badges"
hd = credly_to_outlook(dt, B_USER, s)
txt = """Hi Marcus,

Amazon Web Services Training and Certification has issued badges to you on Credly:

  * AWS Certified Cloud Practitioner
  * AWS Certified Developer - Associate

These badges were issued to marcus.oyelaran@outlook.com. Accept them to add them to your profile and share them:
https://www.credly.com/earner/earned

If you previously accepted these badges with another email address, they now appear under this account.

The Credly Team
"""
inner = ("<p>Hi Marcus,</p><p>Amazon Web Services Training and Certification has issued badges to you on Credly:</p>"
         "<ul><li><b>AWS Certified Cloud Practitioner</b></li><li><b>AWS Certified Developer &ndash; Associate</b></li></ul>"
         "<p>These badges were issued to marcus.oyelaran@outlook.com.</p>"
         "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Accept your badges</a></p>"
         "<p style=\"color:#666\">If you previously accepted these badges with another email address, they now appear under this account.</p>")
body = alt(part("plain", txt, charset="UTF-8"), part("html", credly_html(inner), charset="UTF-8"))
build("015-marcus-credly-badges.eml", L("credly_badge_issued", None, [], True, "en"), hd, body, txt, crlf=True)


def nifty_in(to, dt, mailfrom, host, ip, ar, delay=3):
    rcv = (dt + timedelta(seconds=delay)).astimezone(JST)
    return [("Return-Path", "<%s>" % mailfrom),
            ("Delivered-To", to),
            ("Received", "from mta-rbm%02d.mail.nifty.com (mta-rbm%02d.mail.nifty.com [10.126.%d.%d])\n\tby mbox-o%02d.mail.nifty.com (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s"
             % (rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 20), hexs(10).upper(), to, format_datetime(rcv) + " (JST)")),
            ("Received", "from %s (%s [%s])\n\tby mta-rbm%02d.mail.nifty.com with ESMTPS id <%s@mta-rbm.mail.nifty.com>\n\tfor <%s>; %s"
             % (host, host, ip, rng.randint(1, 12), hexs(24), to, format_datetime(rcv) + " (JST)")),
            ("Authentication-Results", "mx.nifty.com;\n\t" + ar),
            ("X-Nifty-SrcIP", "[%s]" % ip)]


def aws_to_nifty(dt, to, subject, **kw):
    ip = ses_ip()
    mf = ses_return_path(dt, kw.get("prefix", "0100"))
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    ar = "spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=rjt5ob4d3rclf5ytj5ywpxbbytznfhqh;\n\tdkim=pass header.i=@amazonses.com;\n\tdmarc=pass header.from=amazon.com" % mf
    std, mid = aws_std(dt, to, subject, ip=ip, **kw)
    return nifty_in(to, dt, mf, host, ip, ar) + std, mid


def tb_sent_headers(dt, frm, to, subject, in_reply_to, refs, dom="nifty.com", ua="Mozilla Thunderbird", lang="ja"):
    mid = "<%s@%s>" % (uuid.UUID(int=rng.getrandbits(128), version=4), dom)
    return [("Message-ID", mid),
            ("Date", rfc(dt, JST)),
            ("MIME-Version", "1.0"),
            ("User-Agent", ua),
            ("Subject", subject),
            ("Content-Language", lang),
            ("To", to),
            ("References", refs),
            ("From", frm),
            ("In-Reply-To", in_reply_to)], mid


# ---------------------------------------------------------------- CASE C
# 佐藤 健太, nifty.com, form desk in Japanese, 15-digit id, May 2025
C_USER = "kenta.sato@nifty.com"
C_NAME = "佐藤 健太"
C_OPEN = t(2025, 5, 27, 23, 2, 14)
C_CASE = case15(C_OPEN, 227)
C_SUBJ = "RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ)

# 016 auto-acknowledgement in Japanese (ISO-2022-JP, folded encoded-word subject)
dt = C_OPEN + timedelta(seconds=11)
s = subj("【AWS トレーニングと認定】お問い合わせを受け付けました [CASE %s]" % C_CASE, "iso-2022-jp")
hd, C_M1 = aws_to_nifty(dt, C_USER, s, reply_to=FORM)
txt = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID：%s
お問い合わせの種類：認定資格
詳細：アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。ケースに自動的に追加されます。
同じ内容で新たにお問い合わせを作成されますと、ご案内が遅れる場合がございますのでご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % C_CASE
body = part("plain", txt, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
build("016-sato-form-ack-ja.eml", L("case_created", C_CASE, [], True, "ja"), hd, body, txt)

# 017 agent asks for login e-mails (UTF-8 base64, text + html)
dt = t(2025, 5, 28, 8, 45, 9)
hd, C_M2 = aws_to_nifty(dt, C_USER, C_SUBJ, reply_to=FORM)
C_T2 = """佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

この度はアカウント統合についてお問い合わせいただき、誠にありがとうございます。
ご申告いただいた認定アカウント AWS30918274 および AWS02286645 につきまして、ご本人様確認のため、恐れ入りますが以下の情報をご返信いただけますでしょうか。

・各アカウントにサインインする際のメールアドレス
・各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）
・今後ご利用になるアカウント（統合後に残すアカウント）

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
htm = aws_html(paras_html(C_T2), title="AWS トレーニングと認定")
body = alt(part("plain", C_T2, cte="base64"), part("html", htm, cte="base64"))
build("017-sato-ask-login-emails-ja.eml", L("support_reply", C_CASE, ["AWS02286645", "AWS30918274"], True, "ja"), hd, body, C_T2)

# 018 Sato's reply (Sent, Thunderbird, ISO-2022-JP)
dt = t(2025, 5, 28, 13, 10, 33)
C_T3 = """高橋様

ご連絡ありがとうございます。佐藤です。
お問い合わせの件、以下のとおり回答いたします。

AWS30918274
  サインイン：kenta.sato@nifty.com
  通知先：同上
AWS 02286645
  サインイン：k.sato@hoshino-sys.co.jp
  通知先：同上（前職の会社のアドレスのため、現在は受信できません）

統合後は AWS30918274（個人のアドレスの方）を残したいと考えております。
お手数をおかけしますが、よろしくお願いいたします。

-- 
佐藤 健太
kenta.sato@nifty.com
"""
attr = "%s に Amazon Web Services さんは書きました:" % t(2025, 5, 28, 8, 45, 9).astimezone(JST).strftime("%Y/%m/%d %H:%M")
hd, C_M3 = tb_sent_headers(dt, addr(C_NAME, C_USER, "iso-2022-jp"), "Amazon Web Services <%s>" % FORM, "Re: " + C_SUBJ, C_M2, C_M2)
plain = C_T3 + "\n" + attr + "\n" + quote_gt(C_T2.strip("\n")) + "\n"
body = part("plain", plain, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp", name_cs=False)
build("018-sato-sent-login-emails-ja.eml", L("unrelated", C_CASE, ["AWS02286645", "AWS30918274"], None, "ja"), hd, body, C_T3)

# 019 confirmation request in Japanese, history below in the agent tool's style
dt = t(2025, 5, 29, 3, 20, 41)
hd, C_M4 = aws_to_nifty(dt, C_USER, C_SUBJ, reply_to=FORM)
C_T4 = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
ご回答いただき、誠にありがとうございます。

ご提供いただいた情報をもとに確認いたしましたところ、以下の内容でお手続きを承ることが可能でございます。

  統合元（お手続き後に無効となるアカウント）：AWS-02286645（k.sato@hoshino-sys.co.jp）
  統合先（引き続きご利用いただくアカウント）：AWS30918274（kenta.sato@nifty.com）

統合元アカウントの認定資格、受験履歴および特典（50% 割引バウチャー等）は、すべて統合先アカウントへ移行されます。
なお、本お手続きは一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、本メールにご返信いただき、その旨をお知らせくださいますようお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
hist = """-----Original Message-----
From: 佐藤 健太 <kenta.sato@nifty.com>
Sent: 2025-05-28 13:10:33 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

%s""" % (C_SUBJ, C_T3)
htm = aws_html(paras_html(C_T4) + "\n<br><div style=\"border-top:1px solid #ccc;color:#555\">" + paras_html(hist) + "</div>", title="AWS トレーニングと認定")
body = part("html", htm, cte="base64")
build("019-sato-confirm-request-ja.eml", L("merge_confirmation_requested", C_CASE, ["AWS02286645", "AWS30918274"], True, "ja"), hd, body, C_T4)

# 020 Sato confirms (Sent, Thunderbird, nested quote)
dt = t(2025, 5, 29, 11, 31, 2)
new = """高橋様

お世話になっております。佐藤です。

内容に相違ございません。
上記の内容でお手続きを進めていただけますよう、よろしくお願いいたします。

-- 
佐藤 健太
"""
# this one was written on his phone (Gmail app, Japanese UI) with the nifty account
attr = "%s Amazon Web Services <%s>:" % (ja_date(t(2025, 5, 29, 3, 20, 41)), FORM)
qt = C_T4 + "\n-----Original Message-----\nFrom: 佐藤 健太 <kenta.sato@nifty.com>\nSent: 2025-05-28 13:10:33 UTC\n\n" + C_T3
hd, C_M5 = tb_sent_headers(dt, addr(C_NAME, C_USER, "iso-2022-jp"), "Amazon Web Services <%s>" % FORM, "Re: " + C_SUBJ, C_M4, C_M2 + "\n <" + C_M3.strip("<>") + ">\n " + C_M4)
hd = [(n, "<CAH%s@mail.gmail.com>" % b64(36)[:48].replace("/", "_").replace("+", "-")) if n == "Message-ID" else (n, v) for n, v in hd if n not in ("User-Agent", "Content-Language")]
plain = new + "\n" + attr + "\n\n" + quote_gt(qt.strip("\n")) + "\n"
htm = gmail_html_reply(new, attr, paras_html(qt))
body = alt(part("plain", plain, charset="UTF-8", cte="base64"), part("html", htm, charset="UTF-8", cte="quoted-printable"), boundary=gb())
build("020-sato-sent-confirm-ja.eml", L("unrelated", C_CASE, [], None, "ja"), hd, body, new)

# 021 merge completed (Japanese, text/plain UTF-8 QP, quoted history with ">")
dt = t(2025, 5, 30, 6, 10, 18)
hd, _ = aws_to_nifty(dt, C_USER, C_SUBJ, reply_to=FORM)
new = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
ご確認いただき、ありがとうございました。

お申し付けいただいたアカウント統合のお手続きが完了いたしましたので、ご報告申し上げます。
今後は kenta.sato@nifty.com でサインインしていただきますと、AWS30918274 にてすべての認定資格をご確認いただけます。
なお、Credly バッジへの反映には最大 48 時間ほどかかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
qt = "> " + new.split("\n")[0] + "\n" + quote_gt("""高橋様

お世話になっております。佐藤です。

内容に相違ございません。
上記の内容でお手続きを進めていただけますよう、よろしくお願いいたします。

> 統合元（お手続き後に無効となるアカウント）：AWS-02286645（k.sato@hoshino-sys.co.jp）
> 統合先（引き続きご利用いただくアカウント）：AWS30918274（kenta.sato@nifty.com）""")
plain = new + "\n\n----- 佐藤 健太 <kenta.sato@nifty.com> からのメッセージ (2025/05/29 20:31) -----\n" + qt.split("\n", 1)[1] + "\n"
body = part("plain", plain)
build("021-sato-merge-done-ja.eml", L("merge_completed", C_CASE, ["AWS30918274"], True, "ja"), hd, body, new)

# 022 closure + survey in Japanese (ISO-2022-JP)
dt = t(2025, 5, 30, 6, 11, 0)
s = subj("[CASE %s] ケースはクローズされました - アンケートへのご協力のお願い" % C_CASE, "iso-2022-jp")
hd, _ = aws_to_nifty(dt, C_USER, s, frm=NOREPLY)
txt = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせのケース（ケース ID：%s）はクローズされました。

今回のお問い合わせは解決しましたか？
  はい：https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&lang=ja&resolved=yes
  いいえ：https://survey.aws-training.example.amazon.com/s/csat?caseId=%s&lang=ja&resolved=no

担当者の対応についての評価も、1 分ほどでご回答いただけます。
いただいたご意見は、今後のサービス向上のために活用させていただきます。

※本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % (C_CASE, C_CASE, C_CASE)
body = part("plain", txt, charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
build("022-sato-closed-survey-ja.eml", L("survey", C_CASE, [], True, "ja"), hd, body, txt)

# 023 phishing (look-alike domain) claiming the merge is complete, Shift_JIS label with CP932 bytes
dt = t(2025, 5, 31, 1, 44, 7)
ip = "45.152.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
mf = "bounce@mail.aws-certification-jp.com"
ar = "spf=pass smtp.mailfrom=mail.aws-certification-jp.com;\n\tdkim=none;\n\tdmarc=none header.from=aws-certification-jp.com"
hd = nifty_in(C_USER, dt, mf, "mail.aws-certification-jp.com", ip, ar)
hd += [("Date", rfc(dt, JST)),
       ("From", addr("AWS認定 事務局", "notice@aws-certification-jp.com", "shift_jis")),
       ("To", C_USER),
       ("Subject", subj("【重要】AWS認定アカウント統合完了のお知らせ（本人確認のお願い）", "shift_jis")),
       ("Message-ID", "<%s.%d@mail.aws-certification-jp.com>" % (hexs(20), int(dt.timestamp()))),
       ("MIME-Version", "1.0"),
       ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
txt = """AWS認定をご利用のお客様

いつもAWS認定プログラムをご利用いただき、誠にありがとうございます。

お客様よりご依頼いただいた認定アカウントの統合処理が完了いたしました。
統合後の認定資格を維持するため、以下の手順にて本人確認を行ってください。

① 下記URLにアクセスし、統合後アカウントにサインインしてください
② お支払い情報（認定維持手数料のお引き落とし先）をご確認ください

　https://aws-certification-jp.com/account/verify?id=8841～

※48時間以内にご確認いただけない場合、統合されたすべての認定資格が失効となります。

━━━━━━━━━━━━━━━━━━
AWS認定 事務局
Amazon Web Services Japan
━━━━━━━━━━━━━━━━━━
"""
body = part("plain", txt, charset="Shift_JIS", cte="base64", codec="cp932")
build("023-sato-phish-merge-done-ja.eml", L("merge_completed", None, [], False, "ja"), hd, body, txt)


# ---------------------------------------------------------------- CASE D
# Tomasz Wiśniewski, Gmail, console desk, 11-digit id, September 2022
D_USER = "tomasz.wisniewski84@gmail.com"
D_CASE = "10487219361"
D_TOPIC = "Certification account merge request"
D_SUBJ = "RE:[CASE %s] %s" % (D_CASE, D_TOPIC)
D_TAIL = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Arjun P.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://aws.amazon.com/premiumsupport/knowledge-center/?icmpid=support_email_category

======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this email was sent from an address that cannot accept incoming email. To respond to this case, please follow the link above to the AWS Support Center.
======================================================================

""" % D_CASE + AWS_FOOTER + "\n"

# 024 console case opened
dt = t(2022, 9, 5, 7, 31, 12)
s = "Amazon Web Services: You have opened a new Support case: %s" % D_CASE
hd, _ = aws_to_gmail(dt, D_USER, s, frm=NOREPLY)
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts after changing my job and I would like to have everything in one account.

You can view and update your case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please follow the link above.

Best regards,
Amazon Web Services

""" % (D_CASE, D_CASE, D_TOPIC, D_CASE) + AWS_FOOTER + "\n"
body = part("plain", txt, charset="UTF-8")
build("024-tomasz-console-case-opened.eml", L("case_created", D_CASE, [], True, "en"), hd, body, txt)

# 025 agent asks the reason and which account to keep (non-native English)
dt = t(2022, 9, 6, 13, 5, 44)
hd, _ = aws_to_gmail(dt, D_USER, D_SUBJ, frm=NOREPLY)
new = """Hello Tomasz,

Greetings from AWS Support!

I understand that you would like to have your two AWS Certification accounts combined into one. I will be happy to assist you with this request.

To proceed further, I would request you to kindly provide below information:

a) The reason for the request (for example change of employer, duplicate account created by mistake, etc.)
b) Which account you wish to keep as primary, AWS15562038 or aws00917453 ?

Please reply on this case from the Support Center with the requested details. Meanwhile, if you have any other queries, please feel free to reach out and I will be glad to assist.

""" + D_TAIL
body = part("plain", new, charset="UTF-8")
build("025-tomasz-ask-reason-and-primary.eml", L("support_reply", D_CASE, ["AWS00917453", "AWS15562038"], True, "en"), hd, body, new)

# 026 chaser (UTF-8 bytes under a wrong iso-8859-1 label)
dt = t(2022, 9, 9, 13, 10, 2)
hd, _ = aws_to_gmail(dt, D_USER, D_SUBJ, frm=NOREPLY)
new = """Hello Tomasz,

I’m writing to check if you had a chance to look into my previous correspondence – we are still waiting for the requested details to move ahead with your request.

Please note that if we don’t hear back from you, this case will be automatically resolved after 5 days. You can reopen it anytime from the Support Center by adding a reply.

""" + D_TAIL
body = part("plain", new, charset="iso-8859-1", codec="utf-8")
build("026-tomasz-chaser.eml", L("support_reply", D_CASE, [], True, "en"), hd, body, new)

# 030 is the phishing (built below, numbered by date order in the mailbox)

# 027 confirmation request
dt = t(2022, 9, 12, 8, 44, 29)
hd, _ = aws_to_gmail(dt, D_USER, D_SUBJ, frm=NOREPLY)
new = """Hello Tomasz,

Thank you for the details shared over the case.

Before I raise this with our internal team, please review the following and confirm that it is correct:

   Account which will stay (primary): AWS15562038 (tomasz.wisniewski84@gmail.com)
   Account which will be merged and closed: AWS00917453 (t.wisniewski@kraksoft.pl)

After the process, you will no longer be able to sign in with t.wisniewski@kraksoft.pl and all your certifications will show under the primary account. Please note that this process is irreversible.

Kindly confirm with "Yes, proceed" by replying to this case in the Support Center.

""" + D_TAIL
htm = aws_html(paras_html(new))
body = alt(part("plain", new, charset="UTF-8"), part("html", htm, charset="UTF-8"))
build("027-tomasz-confirm-request.eml", L("merge_confirmation_requested", D_CASE, ["AWS00917453", "AWS15562038"], True, "en"), hd, body, new)

# 028 completed
dt = t(2022, 9, 14, 16, 20, 37)
hd, _ = aws_to_gmail(dt, D_USER, D_SUBJ, frm=NOREPLY)
new = """Hello Tomasz,

Thank you for your patience.

We are glad to inform you that your request has been completed successfully by our internal team. All the certifications from account AWS00917453 are now reflected under AWS15562038, and the secondary account has been deactivated.

Kindly sign in to your AWS Certification account with tomasz.wisniewski84@gmail.com and verify that everything looks fine. Please allow up to 2 business days for the Credly badges to be updated.

""" + D_TAIL
body = part("plain", new, charset="UTF-8")
build("028-tomasz-merge-completed.eml", L("merge_completed", D_CASE, ["AWS00917453", "AWS15562038"], True, "en"), hd, body, new)

# 029 resolution + rating request (console)
dt = t(2022, 9, 19, 16, 21, 5)
s = "Amazon Web Services: Your support case %s has been resolved" % D_CASE
hd, _ = aws_to_gmail(dt, D_USER, s, frm=NOREPLY)
txt = """Hello,

We haven't heard from you in a while, so we have resolved your support case:

Case ID: %s
Subject: %s

If you still need help with this issue, you can reopen the case within 14 days from the Support Center.

How would you rate the support you received?
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en&rating=true
Excellent | Good | Fair | Poor | Very poor

Your feedback helps us improve AWS Support.

Amazon Web Services
""" % (D_CASE, D_TOPIC, D_CASE)
stars = "".join("<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en&amp;rating=%d\" style=\"font-size:28px;color:#ec7211;text-decoration:none\">&#9733;</a>" % (D_CASE, i) for i in range(1, 6))
htm = aws_html("<p>Hello,</p><p>We haven't heard from you in a while, so we have resolved your support case:</p>"
               "<table style=\"border:1px solid #d5dbdb\" cellpadding=\"6\"><tr><td><b>Case ID</b></td><td>%s</td></tr><tr><td><b>Subject</b></td><td>%s</td></tr></table>"
               "<p>If you still need help with this issue, you can reopen the case within 14 days from the Support Center.</p>"
               "<p><b>How would you rate the support you received?</b></p><p>%s</p><p>Your feedback helps us improve AWS Support.</p><p>Amazon Web Services</p>" % (D_CASE, D_TOPIC, stars))
body = alt(part("plain", txt, charset="UTF-8"), part("html", htm, charset="UTF-8"))
build("029-tomasz-resolved-rate.eml", L("survey", D_CASE, [], True, "en"), hd, body, txt)

# 030 phishing: spoofed amazon.com From, Gmail's verdict dmarc=fail, a forged "pass" header lower down
dt = t(2022, 9, 10, 22, 3, 51)
ip = "185.243.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
mf = "support@mx-awsnotify.top"
ar = ("       spf=pass (google.com: domain of support@mx-awsnotify.top designates %s as permitted sender) smtp.mailfrom=support@mx-awsnotify.top;\n"
      "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % ip)
top = gmail_in(D_USER, dt, mf, "mail.mx-awsnotify.top", ip, ar)
hd = top + [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjt5ob4d3rclf5ytj5ywpxbbytznfhqh;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
            ("Received", "from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.mx-awsnotify.top (Postfix) with ESMTPSA id 7F2C41A0B3\n\tfor <%s>; %s" % (D_USER, rfc(dt - timedelta(seconds=2)))),
            ("Date", rfc(dt)),
            ("From", "\"Amazon Web Services\" <no-reply-aws@amazon.com>"),
            ("Reply-To", "certification-merge@mx-awsnotify.top"),
            ("To", D_USER),
            ("Subject", "Action required: confirm the merge of your AWS Certification accounts"),
            ("Message-ID", "<%s@mail.mx-awsnotify.top>" % hexs(32)),
            ("MIME-Version", "1.0")]
new = """Dear AWS Certified professional,

We received a request to merge the AWS Certification account AWS15562038 with a secondary account registered to your name.

To complete the merge, you must confirm the request within 24 hours. If you do not confirm, both accounts will be suspended and your certifications will no longer be verifiable.

CONFIRM MERGE: https://aws-certify-verify.net/merge/confirm?u=tomasz.wisniewski84%40gmail.com

You will be asked to sign in with your AWS Certification credentials and to verify your identity with a payment card. No charge will be made.

Thank you,
AWS Training and Certification Team
"""
htm = ("<html><body style=\"font-family:Arial\"><div style=\"background:#232f3e;padding:10px\"><img src=\"https://aws-certify-verify.net/img/aws.png\" height=\"30\"></div>"
       "<p>Dear AWS Certified professional,</p><p>We received a request to merge the AWS Certification account <b>AWS15562038</b> with a secondary account registered to your name.</p>"
       "<p>To complete the merge, you must confirm the request <b>within 24 hours</b>. If you do not confirm, both accounts will be suspended and your certifications will no longer be verifiable.</p>"
       "<p><a href=\"https://aws-certify-verify.net/merge/confirm?u=tomasz.wisniewski84%40gmail.com\" style=\"background:#ec7211;color:#fff;padding:12px 24px;text-decoration:none\">CONFIRM MERGE</a></p>"
       "<p>You will be asked to sign in with your AWS Certification credentials and to verify your identity with a payment card. No charge will be made.</p>"
       "<p>Thank you,<br>AWS Training and Certification Team</p></body></html>\n")
body = alt(part("plain", new, charset="utf-8", cte="base64"), part("html", htm, charset="utf-8", cte="base64"))
build("030-tomasz-phish-confirm-merge.eml", L("merge_confirmation_requested", None, ["AWS15562038"], False, "en"), hd, body, new)


# ---------------------------------------------------------------- CASE E
# Chen Wei, corporate Exchange Online (Singapore), form desk, 10-digit id, February 2020
E_USER = "chen.wei@harbourline-analytics.com.sg"
E_CASE = "6987412305"
E_SUBJ = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)

# 031 acknowledgement (older template, HTML only, QP)
dt = t(2020, 2, 17, 3, 12, 40)
s = "Your AWS Training and Certification request has been received - Case %s" % E_CASE
hd, E_M1 = aws_to_outlook(dt, E_USER, s, reply_to=FORM)
new = """Greetings from AWS Training and Certification!

We have received your request and created case %s. Our Customer Support team will get back to you within 1 business day.

To help us serve you faster, please keep this case number for your reference and reply to this email if you have anything to add. There is no need to submit the form again.

Warm regards,
AWS Training and Certification
""" % E_CASE
htm = aws_html(paras_html(new).replace(E_CASE, "<b>%s</b>" % E_CASE, 1))
body = part("html", htm)
build("031-chen-form-ack.eml", L("case_created", E_CASE, [], True, "en"), hd, body, new)

# 032 confirmation request (windows-1252, QP)
dt = t(2020, 2, 18, 1, 5, 13)
hd, E_M2 = aws_to_outlook(dt, E_USER, E_SUBJ, reply_to=FORM)
E_T2 = """Hi Chen Wei,

Thanks for writing to AWS Training and Certification.

I’ve reviewed your request to consolidate your certification records. Here’s what we’ll do once you give us the go-ahead:

• Candidate ID AWS-01288876 (chen.wei@straitsbank.com.sg) – records will be moved and this profile will be retired
• Candidate ID AWS09923411 (chen.wei@harbourline-analytics.com.sg) – this profile stays active and will hold all of your certifications

Please note this can’t be undone. Reply to this email with your confirmation and we’ll take care of the rest.

Cheers,
Kavya
AWS Training and Certification Customer Support
"""
hist = """
----- Original submission -----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS09923411
Description: I changed employer last year and my older certificates are on a profile under my previous work email. Please merge into my current one.
"""
body = part("plain", E_T2 + hist, charset="windows-1252")
build("032-chen-confirm-request.eml", L("merge_confirmation_requested", E_CASE, ["AWS01288876", "AWS09923411"], True, "en"), hd, body, E_T2)

# 033 Chen's reply (Sent Items, Outlook desktop, Outlook header block)
dt = t(2020, 2, 18, 2, 31, 47)
new = """Hi Kavya,

Confirmed – please go ahead. AWS09923411 should be the one that remains.

Regards,
Chen Wei
Senior Data Engineer | Harbourline Analytics
+65 6123 4567
"""
blk = """From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
To: Chen Wei <chen.wei@harbourline-analytics.com.sg>
Subject: %s
""" % (outlook_date(t(2020, 2, 18, 1, 5, 13), SGT), E_SUBJ)
plain = new + "\n" + blk + "\n" + E_T2 + hist
mid = "<SG2PR06MB%d%s@SG2PR06MB%d.apcprd06.prod.outlook.com>" % (rng.randint(1000, 9999), hexs(16).upper(), rng.randint(1000, 9999))
hd = [("From", "Chen Wei <%s>" % E_USER),
      ("To", "Amazon Web Services <%s>" % FORM),
      ("Subject", subj("RE: " + E_SUBJ)),
      ("Thread-Topic", subj("[CASE %s] %s" % (E_CASE, FORM_SUBJ))),
      ("Thread-Index", "AQHV5f" + b64(24)[:26]),
      ("Date", rfc(dt, SGT)),
      ("Message-ID", mid),
      ("References", E_M2),
      ("In-Reply-To", E_M2),
      ("Accept-Language", "en-US, en-SG"),
      ("Content-Language", "en-US"),
      ("X-MS-Has-Attach", ""),
      ("X-MS-TNEF-Correlator", ""),
      ("MIME-Version", "1.0")]
ohtml = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"
         "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head><body lang=\"EN-SG\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n"
         + "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in new.strip("\n").split("\n"))
         + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; <br><b>Sent:</b> %s<br><b>To:</b> Chen Wei &lt;%s&gt;<br><b>Subject:</b> %s<o:p></o:p></p></div>\n"
         % (outlook_date(t(2020, 2, 18, 1, 5, 13), SGT), E_USER, esc(E_SUBJ))
         + "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in (E_T2 + hist).split("\n"))
         + "</div></body></html>\n")
bnd = "_000_%s_" % mid.strip("<>").split("@")[0]
body = alt(part("plain", plain, charset="windows-1252", name_cs=False),
           part("html", ohtml.replace("charset=us-ascii", "charset=windows-1252"), charset="windows-1252", name_cs=False), boundary=bnd)
build("033-chen-sent-confirm.eml", L("unrelated", E_CASE, ["AWS09923411"], None, "en"), hd, body, new)

# 034 merge completed (base64 text/plain)
dt = t(2020, 2, 20, 6, 40, 26)
hd, _ = aws_to_outlook(dt, E_USER, E_SUBJ, reply_to=FORM)
new = """Hi Chen Wei,

Happy to let you know that we’ve wrapped this up: your certification history now lives under AWS09923411, and you can keep signing in with chen.wei@harbourline-analytics.com.sg. The retired profile will no longer be accessible.

Your digital badges will be re-issued to this address over the next day or two. If you spot anything missing on your transcript, just reply here.

Cheers,
Kavya
AWS Training and Certification Customer Support
"""
qt = """

-----Original Message-----
From: Chen Wei <chen.wei@harbourline-analytics.com.sg>
Sent: %s
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: %s

Hi Kavya,

Confirmed – please go ahead. AWS09923411 should be the one that remains.

Regards,
Chen Wei
""" % (outlook_date(t(2020, 2, 18, 2, 31, 47), SGT), E_SUBJ)
body = part("plain", new + qt, cte="base64")
build("034-chen-merge-done.eml", L("merge_completed", E_CASE, ["AWS09923411"], True, "en"), hd, body, new)

# 035 Acclaim (Credly's older domain) badge mail
def acclaim_to_outlook(dt, to, subject):
    h = credly_to_outlook(dt, to, subject, dom="youracclaim.com")
    return [(n, v.replace("via Credly", "via Acclaim")) if n == "From" else (n, v) for n, v in h]


dt = t(2020, 2, 21, 9, 2, 11)
s = "Amazon Web Services Training and Certification sent you a badge"
hd = acclaim_to_outlook(dt, E_USER, s)
txt = """Chen Wei,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Big Data - Specialty.

Claim your badge, share it with your professional network, and add it to your email signature:
https://www.youracclaim.com/badges/%s/accept

Acclaim is a digital credential platform from Credly.
""" % str(uuid.UUID(int=rng.getrandbits(128), version=4))
inner = ("<p>Chen Wei,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p><p style=\"font-size:18px\"><b>AWS Certified Big Data &ndash; Specialty</b></p>"
         "<p><a href=\"%s\" style=\"background:#0077c8;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Accept Badge</a></p>"
         "<p>Share it with your professional network and add it to your email signature.</p>" % txt.split("\n")[5])
htm = credly_html(inner).replace("https://images.credly.com/assets/credly-logo.png", "https://www.youracclaim.com/assets/acclaim-logo.png").replace("Credly, a Pearson company", "Acclaim by Credly").replace("alt=\"Credly\"", "alt=\"Acclaim\"")
body = alt(part("plain", txt, charset="UTF-8"), part("html", htm, charset="UTF-8"))
build("035-chen-acclaim-badge.eml", L("credly_badge_issued", None, [], True, "en"), hd, body, txt)

# 036 closure notice with survey
dt = t(2020, 2, 20, 6, 41, 2)
s = "Case %s closed - tell us about your experience" % E_CASE
hd, _ = aws_to_outlook(dt, E_USER, s, frm=NOREPLY)
txt = """Hello,

Your AWS Training and Certification case %s has been closed.

We'd love to hear how we did. Please take our 2-question survey:
https://survey.aws-training.example.amazon.com/s/csat?caseId=%s

1. Was your issue resolved?  Yes / No
2. How satisfied are you with the support you received?  1 2 3 4 5

If you need more help with this request, reply to the last message from our agent and your case will be reopened.

AWS Training and Certification
""" % (E_CASE, E_CASE)
body = part("plain", txt, charset="us-ascii", cte="7bit")
build("036-chen-case-closed-survey.eml", L("survey", E_CASE, [], True, "en"), hd, body, txt)


def it_gmail_attr(dt, who):
    d = dt.astimezone(CET)
    wd = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][d.weekday()]
    mo = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"][d.month - 1]
    return "Il giorno %s %d %s %d alle ore %d:%02d %s ha scritto:" % (wd, d.day, mo, d.year, d.hour, d.minute, who)


# ---------------------------------------------------------------- CASE F
# Sofia Marchetti, Gmail (Italian UI), form desk, 15-digit ids, October 2024: first case never
# answered, second case a week later; Credly badges lag behind
F_USER = "sofia.marchetti.cloud@gmail.com"
F_NAME = "Sofia Marchetti"
F_OPEN1 = t(2024, 10, 2, 9, 15, 40)
F_CASE1 = case15(F_OPEN1, 518)
F_OPEN2 = t(2024, 10, 9, 18, 2, 5)
F_CASE2 = case15(F_OPEN2, 77)
F_SUBJ = "RE:[CASE %s] %s" % (F_CASE2, FORM_SUBJ)

# 037 ack of the first case (plain text only)
dt = F_OPEN1 + timedelta(seconds=21)
s = "[CASE %s] %s" % (F_CASE1, FORM_SUBJ)
hd, _ = aws_to_gmail(dt, F_USER, s, reply_to=FORM)
txt = """Hello,

Thank you for contacting AWS Training and Certification. We've received your message and opened case %s.

One of our agents will be in touch, usually within one business day. To add details to this request, reply to this email - please keep the case number in the subject line.

Regards,
AWS Training and Certification Customer Support
""" % F_CASE1
body = part("plain", txt, charset="UTF-8", cte="7bit", name_cs=False)
build("037-sofia-first-case-ack.eml", L("case_created", F_CASE1, [], True, "en"), hd, body, txt)

# 038 ack of the second case, a week later (mentions the candidate ID)
dt = F_OPEN2 + timedelta(seconds=16)
s = "[CASE %s] %s" % (F_CASE2, FORM_SUBJ)
hd, _ = aws_to_gmail(dt, F_USER, s, reply_to=FORM, region="eu-west-1", prefix="0102")
txt = """Hello,

Thank you for contacting AWS Training and Certification. We received your request regarding AWS candidate ID AWS22004719, and it is now logged as case %s.

What happens next: an agent will review the request and reply to this email address, usually within 24 hours. You can reply to this message at any time to add information.

Regards,
AWS Training and Certification Customer Support
""" % F_CASE2
body = alt(part("plain", txt), part("html", aws_html(paras_html(txt))))
build("038-sofia-second-case-ack.eml", L("case_created", F_CASE2, ["AWS22004719"], True, "en"), hd, body, txt)

# 039 confirmation request on the second case, closing the first as a duplicate
dt = t(2024, 10, 10, 14, 20, 52)
hd, F_M3 = aws_to_gmail(dt, F_USER, F_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
F_T3 = """Hi Sofia,

Thanks for getting in touch, and I'm sorry you didn't hear back on the request you sent last week. I can see it was logged as case %s; I've closed that one so we can keep everything together here. Please use this case for any further replies.

I've checked both candidate profiles on our side. Here is what I'm able to do:

  - AWS18830562 (sofia.marchetti@politecnico-alumni.it) would be folded into
  - AWS22004719 (sofia.marchetti.cloud@gmail.com), which stays as your one and only profile.

Your certifications, exam history and any active benefits would all end up on AWS22004719. Just so you know, this is a one-way change: once it's done we can't split the profiles again.

Could you reply with "I confirm" if that's what you'd like? If you'd rather keep the other profile, tell me and I'll switch it around.

All the best,
Hannah R.
AWS Training and Certification Customer Support
""" % F_CASE1
body = alt(part("plain", F_T3), part("html", aws_html(paras_html(F_T3))))
build("039-sofia-confirm-request-dup-closed.eml", L("merge_confirmation_requested", F_CASE2, ["AWS18830562", "AWS22004719"], True, "en"), hd, body, F_T3)

# 040 Sofia confirms and asks about her voucher (Sent, Gmail in Italian)
dt = t(2024, 10, 10, 19, 55, 8)
new = """Hi Hannah,

yes, I confirm: please merge AWS18830562 into AWS22004719.

One question: on the old profile I have a 50% discount voucher from my last exam, that I did not use yet. Will I lose it?

Thank you!
Sofia
"""
attr = it_gmail_attr(t(2024, 10, 10, 14, 20, 52), "Amazon Web Services <%s>" % FORM)
hd, F_M4 = gmail_sent_headers(dt, addr(F_NAME, F_USER), addr("Amazon Web Services", FORM), "Re: " + F_SUBJ, F_M3, F_M3, tz=CET)
plain = new + "\n" + attr + "\n\n" + quote_gt(F_T3.strip("\n")) + "\n"
body = alt(part("plain", plain, charset="UTF-8"), part("html", gmail_html_reply(new, attr, paras_html(F_T3)), charset="UTF-8"), boundary=gb())
build("040-sofia-sent-confirm-voucher-question.eml", L("unrelated", F_CASE2, ["AWS18830562", "AWS22004719"], None, "en"), hd, body, new)

# 041 agent answers the voucher question and says the merge will go ahead (nested quotes)
dt = t(2024, 10, 11, 10, 3, 30)
hd, _ = aws_to_gmail(dt, F_USER, F_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
new = """Hi Sofia,

Thanks for confirming - we're going ahead now.

About your voucher: no, you won't lose it. Benefits such as the 50% discount voucher travel with your certifications, so once the merge is complete you'll find it in the Benefits section of AWS22004719, with the same expiry date.

I'll write again as soon as it's finished; it normally takes a couple of business days.

All the best,
Hannah R.
AWS Training and Certification Customer Support
"""

hist = "On Thu, Oct 10, 2024 at 7:55 PM Sofia Marchetti <%s> wrote:\n" % F_USER + quote_gt(
    new_prev := ("Hi Hannah,\n\nyes, I confirm: please merge AWS18830562 into AWS22004719.\n\nOne question: on the old profile I have a 50% discount voucher from my last exam, that I did not use yet. Will I lose it?\n\nThank you!\nSofia\n\n"
                 + attr + "\n\n" + quote_gt(F_T3.strip("\n"))))
body = alt(part("plain", new + "\n" + hist + "\n"), part("html", aws_html(paras_html(new) + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">" + paras_html(hist) + "</blockquote>")))
build("041-sofia-voucher-answer-proceeding.eml", L("support_reply", F_CASE2, ["AWS22004719"], True, "en"), hd, body, new)

# 042 merge completed
dt = t(2024, 10, 14, 8, 30, 11)
hd, F_M6 = aws_to_gmail(dt, F_USER, F_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
new = """Hi Sofia,

All done! AWS18830562 has been merged into AWS22004719. When you sign in with sofia.marchetti.cloud@gmail.com you should now see all four of your certifications, and the discount voucher is listed under Benefits.

Your Credly badges are re-issued automatically to the email address on AWS22004719; this can take up to 48 hours.

All the best,
Hannah R.
AWS Training and Certification Customer Support
"""
body = alt(part("plain", new), part("html", aws_html(paras_html(new))))
build("042-sofia-merge-done.eml", L("merge_completed", F_CASE2, ["AWS18830562", "AWS22004719"], True, "en"), hd, body, new)

# 043 Sofia: badges still on the old Credly account (Sent)
dt = t(2024, 10, 16, 7, 12, 44)
new = """Hi Hannah,

thanks, I can see all the certifications now in the merged profile!

Only one thing: the Credly badges are still on my old Credly account (the one with sofia.marchetti@politecnico-alumni.it) and I did not receive anything on the gmail address. It is more than 48 hours now. Can you help?

Sofia
"""
attr2 = it_gmail_attr(t(2024, 10, 14, 8, 30, 11), "Amazon Web Services <%s>" % FORM)
hd, _ = gmail_sent_headers(dt, addr(F_NAME, F_USER), addr("Amazon Web Services", FORM), "Re: " + F_SUBJ, F_M6, F_M6, tz=CET)
plain = new + "\n" + attr2 + "\n\n" + quote_gt(
    "Hi Sofia,\n\nAll done! AWS18830562 has been merged into AWS22004719. When you sign in with sofia.marchetti.cloud@gmail.com you should now see all four of your certifications, and the discount voucher is listed under Benefits.\n\nYour Credly badges are re-issued automatically to the email address on AWS22004719; this can take up to 48 hours.") + "\n"
body = part("plain", plain, charset="UTF-8", name_cs=True)
build("043-sofia-sent-badges-missing.eml", L("unrelated", F_CASE2, [], None, "en"), hd, body, new)

# 044 agent: Credly badges being moved (support_reply)
dt = t(2024, 10, 16, 15, 48, 3)
hd, _ = aws_to_gmail(dt, F_USER, F_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
new = """Hi Sofia,

Thanks for letting me know, and glad the certifications look right.

Credly is a separate platform, so the badges you had accepted under your old email stayed with that Credly account. I've asked our badging team to re-issue them to sofia.marchetti.cloud@gmail.com; you should get an email from Credly for each badge within 2-3 business days.

If you'd rather not wait, you can also combine the two Credly accounts yourself: sign in to Credly, go to Settings > Account > Merge accounts, and follow the steps (Credly will email you a code).

All the best,
Hannah R.
AWS Training and Certification Customer Support
"""
body = part("plain", new, charset="UTF-8")
build("044-sofia-credly-followup.eml", L("support_reply", F_CASE2, [], True, "en"), hd, body, new)

# 045 Credly's own self-service account-merge code (not the AWS merge)
dt = t(2024, 10, 16, 18, 30, 27)
s = "Complete your Credly account merge"
hd = credly_to_gmail(dt, F_USER, s)
hd = [(n, "Credly <admin@credly.com>") if n == "From" else (n, v) for n, v in hd]
code = "%06d" % rng.randint(100000, 999999)
txt = """Hi Sofia,

We received a request to merge the Credly account registered to sofia.marchetti@politecnico-alumni.it into your account sofia.marchetti.cloud@gmail.com.

Your verification code is: %s

Or select the link below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

After the merge, all badges from the other account will appear on this account and the other account will be closed. This code expires in 30 minutes.

If you didn't request this, you can ignore this email.

The Credly Team
""" % (code, hexs(40))
inner = ("<p>Hi Sofia,</p><p>We received a request to merge the Credly account registered to <b>sofia.marchetti@politecnico-alumni.it</b> into your account <b>sofia.marchetti.cloud@gmail.com</b>.</p>"
         "<p>Your verification code is:</p><p style=\"font-size:30px;letter-spacing:6px\"><b>%s</b></p>"
         "<p><a href=\"https://www.credly.com/users/merge/confirm\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Complete Account Merge</a></p>"
         "<p>After the merge, all badges from the other account will appear on this account and the other account will be closed. This code expires in 30 minutes.</p>"
         "<p style=\"color:#666\">If you didn't request this, you can ignore this email.</p>" % code)
body = alt(part("plain", txt, charset="UTF-8"), part("html", credly_html(inner), charset="UTF-8"))
build("045-sofia-credly-self-merge-code.eml", L("unrelated", None, [], True, "en"), hd, body, txt)

# 046 Credly: badges re-issued to the new address
dt = t(2024, 10, 18, 11, 5, 48)
s = "Sofia, your AWS badges are ready to accept"
hd = credly_to_gmail(dt, F_USER, s)
txt = """Hi Sofia,

Amazon Web Services Training and Certification has issued the following badges to sofia.marchetti.cloud@gmail.com:

  AWS Certified Cloud Practitioner
  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate
  AWS Certified Data Engineer - Associate

Accept your badges: https://www.credly.com/earner/earned

The Credly Team
"""
inner = ("<p>Hi Sofia,</p><p>Amazon Web Services Training and Certification has issued the following badges to sofia.marchetti.cloud@gmail.com:</p>"
         "<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Data Engineer &ndash; Associate</li></ul>"
         "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Accept your badges</a></p>")
body = alt(part("plain", txt, charset="UTF-8"), part("html", credly_html(inner), charset="UTF-8"))
build("046-sofia-credly-badges-reissued.eml", L("credly_badge_issued", None, [], True, "en"), hd, body, txt)


def docomo_in(to, dt, mailfrom, host, ip, ar, delay=4):
    rcv = (dt + timedelta(seconds=delay)).astimezone(JST)
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from mfsmax.docomo.ne.jp (mfsmax%02d.docomo.ne.jp [10.100.%d.%d])\n\tby mfbs%02d.docomo.ne.jp (Postfix) with ESMTP id 4bX%s\n\tfor <%s>; %s"
             % (rng.randint(1, 30), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 20), hexs(9).upper(), to, format_datetime(rcv) + " (JST)")),
            ("Received", "from %s (%s [%s])\n\tby mfsmax.docomo.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, hexs(10).upper(), to, format_datetime(rcv) + " (JST)")),
            ("Authentication-Results", "mfsmax.docomo.ne.jp; " + ar)]


def aws_to_docomo(dt, to, subject, **kw):
    ip = ses_ip()
    mf = ses_return_path(dt, kw.get("prefix", "0100"))
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    ar = "spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass (p=quarantine) header.from=amazon.com"
    std, mid = aws_std(dt, to, subject, ip=ip, **kw)
    return docomo_in(to, dt, mf, host, ip, ar) + std, mid


# ---------------------------------------------------------------- CASE G
# 山本 彩, docomo.ne.jp, console desk in Japanese, 15-digit id, July 2025
G_USER = "aya.yamamoto.0815@docomo.ne.jp"
G_OPEN = t(2025, 7, 7, 1, 12, 55)
G_CASE = case15(G_OPEN, 4410)
G_TOPIC = "認定アカウントの統合について"
G_SUBJ = subj("RE:[CASE %s] %s" % (G_CASE, G_TOPIC))
G_TAIL = """
本メッセージへの評価をお願いいたします。サポートセンターの各メッセージ右上の星を選択して評価いただけます。

よろしくお願いいたします。
%s
Amazon Web Services
======================================================================
このケースに関するすべてのやり取りは、以下の URL からご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできません。ケースへのご返信は、上記のリンクからサポートセンターにてお願いいたします。
"""

# 047 console: case opened (Japanese, UTF-8 QP)
dt = G_OPEN + timedelta(seconds=8)
s = subj("Amazon Web Services: 新しいサポートケースを作成しました: %s" % G_CASE)
hd, _ = aws_to_docomo(dt, G_USER, s, frm=NOREPLY)
txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

ケースの確認および更新は、以下のリンクから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

※このメールは送信専用のアドレスから送信されています。ケースを更新するには、上記のリンクをご利用ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (G_CASE, G_CASE, G_TOPIC, G_CASE)
body = part("plain", txt)
build("047-yamamoto-console-case-opened-ja.eml", L("case_created", G_CASE, [], True, "ja"), hd, body, txt)

# 048 agent asks which account to keep (Shift_JIS label, CP932 circled digits)
dt = t(2025, 7, 8, 5, 30, 12)
hd, _ = aws_to_docomo(dt, G_USER, G_SUBJ, frm=NOREPLY)
new = """山本 彩 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS サポートの中村でございます。

このたびは AWS 認定アカウントに関するお問い合わせをいただき、ありがとうございます。
お知らせいただいた AWS40127733 と AWS39900218 の 2 つのアカウントを確認いたしました。

お手続きを進めるにあたり、恐れ入りますが以下の 2 点についてご教示いただけますでしょうか。

① 今後も引き続きご利用になりたいアカウント（どちらの候補者 ID を残すか）
② 各アカウントに登録されている通知先メールアドレス

サポートセンターのケースからご返信いただけますと幸いです。
"""
body = part("plain", new + G_TAIL % ("中村", G_CASE), charset="Shift_JIS", cte="base64", codec="cp932")
build("048-yamamoto-which-account-ja.eml", L("support_reply", G_CASE, ["AWS39900218", "AWS40127733"], True, "ja"), hd, body, new)

# 049 confirmation request (UTF-8 base64, text + html)
dt = t(2025, 7, 9, 6, 2, 40)
hd, _ = aws_to_docomo(dt, G_USER, G_SUBJ, frm=NOREPLY)
new = """山本 彩 様

AWS サポートの中村でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしました結果、以下の内容でお手続きを行う予定でございます。

  ・統合元: AWS39900218（aya.yamamoto@kansai-webworks.jp）
  ・統合先: aws40127733（aya.yamamoto.0815@docomo.ne.jp）※統合後もこちらのアカウントをご利用いただけます

統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントへ移行されます。
恐れ入りますが、お手続き実施後は元の状態に戻すことができません。

上記の内容でよろしければ、サポートセンターより「承認します」とご返信くださいますようお願い申し上げます。
ご返信を確認次第、お手続きを開始いたします。
"""
full = new + G_TAIL % ("中村", G_CASE)
body = alt(part("plain", full, cte="base64"), part("html", aws_html(paras_html(full), title="Amazon Web Services"), cte="base64"))
build("049-yamamoto-confirm-request-ja.eml", L("merge_confirmation_requested", G_CASE, ["AWS39900218", "AWS40127733"], True, "ja"), hd, body, new)

# 050 completed (ISO-2022-JP)
dt = t(2025, 7, 11, 2, 40, 5)
hd, _ = aws_to_docomo(dt, G_USER, subj("RE:[CASE %s] %s" % (G_CASE, G_TOPIC), "iso-2022-jp"), frm=NOREPLY)
new = """山本 彩 様

AWS サポートの中村でございます。
お待たせいたしました。

ご承認いただきましたお手続きが完了いたしましたので、ご報告いたします。
AWS39900218 の認定資格および受験履歴は、すべて AWS40127733 へ移行済みでございます。
今後は aya.yamamoto.0815@docomo.ne.jp にてサインインしてご利用ください。

Credly のデジタルバッジは、数日以内に統合先のメールアドレス宛てに改めて発行される予定です。
"""
body = part("plain", new + G_TAIL % ("中村", G_CASE), charset="ISO-2022-JP", cte="7bit", codec="iso-2022-jp")
build("050-yamamoto-merge-done-ja.eml", L("merge_completed", G_CASE, ["AWS39900218", "AWS40127733"], True, "ja"), hd, body, new)

# 051 resolved + rating request (Shift_JIS, QP)
dt = t(2025, 7, 14, 2, 45, 31)
s = subj("Amazon Web Services: サポートケース %s は解決済みになりました" % G_CASE, "shift_jis")
hd, _ = aws_to_docomo(dt, G_USER, s, frm=NOREPLY)
txt = """お客様

以下のサポートケースは解決済みとしてマークされました。

ケース ID: %s
件名: %s

今回のサポートはいかがでしたか。1 分ほどで終わるアンケートにご協力ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja&rating=true

とても満足 / 満足 / どちらでもない / 不満 / とても不満

引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。

アマゾン ウェブ サービス
""" % (G_CASE, G_TOPIC, G_CASE)
body = part("plain", txt, charset="Shift_JIS", cte="quoted-printable", codec="shift_jis")
build("051-yamamoto-resolved-rating-ja.eml", L("survey", G_CASE, [], True, "ja"), hd, body, txt)


# 052 Credly badge to docomo
def credly_to_docomo(dt, to, subject):
    ip = "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250))
    mf = "bounces+%d-%s-%s=docomo.ne.jp@em%d.credly.com" % (rng.randint(1000000, 9999999), hexs(4), to.split("@")[0], rng.randint(1000, 9999))
    ar = "spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=credly.com;\n\tdkim=pass header.d=sendgrid.info;\n\tdmarc=pass (p=reject) header.from=credly.com" % mf.split("@")[1]
    top = docomo_in(to, dt, mf, "o%d.ptr%d.credly.com" % (rng.randint(1, 9), rng.randint(1000, 9999)), ip, ar)
    return top + [dkim("credly.com", "s1", ts=int(dt.timestamp())),
                  ("Date", rfc(dt)),
                  ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
                  ("Mime-Version", "1.0"),
                  ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64(16)[:22].replace("/", "_").replace("+", "-"), rng.randint(1, 40))),
                  ("Subject", subject),
                  ("To", to)]


dt = t(2025, 7, 12, 22, 15, 9)
s = "Amazon Web Services Training and Certification issued you a new badge"
hd = credly_to_docomo(dt, G_USER, s)
txt = """Hi Aya,

Congratulations! Amazon Web Services Training and Certification has issued you the AWS Certified AI Practitioner badge.

Accept badge: https://www.credly.com/badges/%s/accept

Badges help you verify your skills and share your achievements with employers and your network.

The Credly Team
""" % str(uuid.UUID(int=rng.getrandbits(128), version=4))
inner = ("<p>Hi Aya,</p><p>Congratulations! Amazon Web Services Training and Certification has issued you the <b>AWS Certified AI Practitioner</b> badge.</p>"
         "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block\">Accept badge</a></p>"
         "<p>Badges help you verify your skills and share your achievements with employers and your network.</p>")
body = alt(part("plain", txt, charset="UTF-8"), part("html", credly_html(inner), charset="UTF-8"))
build("052-yamamoto-credly-badge.eml", L("credly_badge_issued", None, [], True, "en"), hd, body, txt)

# 053 CertMetrics "wants to hear from you" (survey look-alike, not the case)
dt = t(2025, 7, 16, 15, 0, 21)
ip = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 250))
ar = "spf=pass smtp.mailfrom=mail.certmetrics.com;\n\tdkim=pass header.d=certmetrics.com;\n\tdmarc=pass (p=none) header.from=certmetrics.com"
hd = docomo_in(G_USER, dt, "bounce-%s@mail.certmetrics.com" % hexs(12), "mail%d.certmetrics.com" % rng.randint(1, 9), ip, ar)
hd += [dkim("certmetrics.com", "k1", ts=int(dt.timestamp())),
       ("Date", rfc(dt, ET)),
       ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
       ("To", "Aya Yamamoto <%s>" % G_USER),
       ("Subject", "AWS Certification wants to hear from you"),
       ("Message-ID", "<%s@certmetrics.com>" % uuid.UUID(int=rng.getrandbits(128), version=4)),
       ("MIME-Version", "1.0")]
txt = """Hello Aya,

You recently earned an AWS Certification. Congratulations!

We would like to hear about your experience with the AWS Certification program, from preparing for your exam to receiving your digital badge. The survey takes about 5 minutes.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s

Your responses are anonymous and will help us improve the program.

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.
""" % hexs(32)
body = alt(part("plain", txt, charset="us-ascii", cte="7bit"), part("html", "<html><body>" + paras_html(txt) + "</body></html>\n", charset="us-ascii", cte="7bit"))
build("053-yamamoto-certmetrics-survey.eml", L("unrelated", None, [], False, "en"), hd, body, txt)


def proton_in(to, dt, mailfrom, host, ip, ar_list, delay=2):
    rcv = dt + timedelta(seconds=delay)
    h = [("Return-Path", "<%s>" % mailfrom),
         ("X-Original-To", to),
         ("Delivered-To", to)]
    h += [("Authentication-Results", "mail.protonmail.ch; " + a) for a in ar_list]
    h += [("Received", "from %s (%s [%s]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mailin%03d.protonmail.ch (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s"
           % (host, host, ip, rng.randint(1, 60), hexs(10).upper(), to, format_datetime(rcv.astimezone(UTC)).replace("+0000", "+0000 (UTC)"))),
          ("X-Pm-Spam", "0yeg%s" % b64(60)[:70]),
          ("X-Pm-Origin", "external"),
          ("X-Pm-Transfer-Encryption", "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"),
          ("X-Pm-Content-Encryption", "on-delivery")]
    return h


def aws_to_proton(dt, to, subject, **kw):
    ip = ses_ip()
    mf = ses_return_path(dt, kw.get("prefix", "0100"))
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    ars = ["dmarc=pass (p=quarantine dis=none) header.from=amazon.com",
           "spf=pass smtp.mailfrom=amazonses.com",
           "arc=none smtp.remote-ip=%s" % ip,
           "dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=\"%s\";\n dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=\"%s\"" % (b64(6)[:8], b64(6)[:8])]
    std, mid = aws_std(dt, to, subject, ip=ip, **kw)
    return proton_in(to, dt, mf, host, ip, ars) + std, mid


def proton_attr(dt, who, tz=LON):
    d = dt.astimezone(tz)
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return "On %s, %s %d%s, %d at %s, %s wrote:" % (d.strftime("%A"), d.strftime("%B"), day, suf, d.year, d.strftime("%I:%M %p").lstrip("0"), who)


def proton_sent(dt, to, subject, irt, refs, new, attr, quoted_plain):
    mid = "<%s=@proton.me>" % b64(60)[:80].replace("/", "_").replace("+", "-")
    hd = [("Date", rfc(dt, UTC)),
          ("To", to),
          ("From", "Daniel Okafor <daniel.okafor@proton.me>"),
          ("Subject", subject),
          ("Message-ID", mid),
          ("In-Reply-To", irt),
          ("References", refs),
          ("Feedback-ID", "%s:user:proton" % b64(60)[:86]),
          ("X-Pm-Message-ID", hexs(40)),
          ("MIME-Version", "1.0")]
    plain = new + "\n\n" + attr + "\n\n" + quote_gt(quoted_plain.strip("\n")) + "\n"
    htm = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">" + "".join("%s<br>" % esc(l) for l in new.strip("\n").split("\n")) + "</div>"
           "<div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><br></div><div class=\"protonmail_signature_block\"><div class=\"protonmail_signature_block-user protonmail_signature_block-empty\"></div>"
           "<div class=\"protonmail_signature_block-proton\">Sent with <a target=\"_blank\" href=\"https://proton.me/mail/home\">Proton Mail</a> secure email.</div></div>"
           "<div class=\"protonmail_quote\">\n        %s<br>\n        <blockquote class=\"protonmail_quote\" type=\"cite\">\n%s\n</blockquote></div>\n" % (esc(attr), paras_html(quoted_plain)))
    body = alt(part("plain", plain, charset="utf-8", cte="quoted-printable"), part("html", htm, charset="utf-8", cte="base64"),
               boundary="b1=_%s" % b64(30)[:40].replace("/", "").replace("+", ""))
    return hd, body, mid


# ---------------------------------------------------------------- CASE H
# Daniel Okafor, Proton Mail (London), form desk, 15-digit id, August 2025, three accounts
H_USER = "daniel.okafor@proton.me"
H_OPEN = t(2025, 8, 4, 20, 47, 33)
H_CASE = case15(H_OPEN, 1196)
H_SUBJ = "RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ)

# 054 acknowledgement (HTML only)
dt = H_OPEN + timedelta(seconds=12)
s = "[CASE %s] %s" % (H_CASE, FORM_SUBJ)
hd, _ = aws_to_proton(dt, H_USER, s, reply_to=FORM, region="eu-west-1", prefix="0102")
new = """Hi there,

We've got your request - thanks for contacting AWS Training and Certification.

Your case number is %s. Our team aims to reply within 24 hours (a little longer at weekends). You don't need to do anything else right now; if you want to add details, reply to this email and keep the case number in the subject.

AWS Training and Certification Customer Support
""" % H_CASE
body = part("html", aws_html(paras_html(new)))
build("054-daniel-form-ack.eml", L("case_created", H_CASE, [], True, "en"), hd, body, new)

# 055 first confirmation request, three accounts (non-native English)
dt = t(2025, 8, 6, 10, 2, 18)
hd, H_M2 = aws_to_proton(dt, H_USER, H_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
H_T2 = """Dear Daniel,

Greetings from AWS Training and Certification!

As per our records, there are three candidate accounts associated with you:

1. AWS51200987 - daniel.okafor@proton.me (created March 2024)
2. AWS50018832 - d.okafor@brightwave-consulting.co.uk
3. AWS49177310 - daniel.okafor@outlook.com

We will be merging accounts 2 and 3 into account 1 (AWS51200987), which will be the surviving account. All certifications, exam history and benefits will be available in AWS51200987 after the process, and accounts 2 and 3 will be deactivated. Kindly note that this action cannot be reverted.

Request you to please reply to this email to confirm the above details so that we can proceed further.

Thanks and regards,
Nikhil S.
AWS Training and Certification Customer Support
"""
body = alt(part("plain", H_T2), part("html", aws_html(paras_html(H_T2))))
build("055-daniel-confirm-request-3-accounts.eml", L("merge_confirmation_requested", H_CASE, ["AWS49177310", "AWS50018832", "AWS51200987"], True, "en"), hd, body, H_T2)

# 056 Daniel corrects which account should survive (Sent, Proton)
dt = t(2025, 8, 6, 18, 20, 41)
H_T3 = """Hi Nikhil,

Thanks for this. One correction before you go ahead: please keep AWS50018832 as the surviving account, not AWS51200987. The 50018832 one has my Professional certs and the full exam history going back to 2019, and I'd rather not lose that record.

If possible, could you change the sign-in email on it to daniel.okafor@proton.me? The brightwave address will stop working at the end of the month.

Everything else is correct.

Cheers,
Daniel"""
attr = proton_attr(t(2025, 8, 6, 10, 2, 18), "Amazon Web Services <%s>" % FORM)
hd, body, H_M3 = proton_sent(dt, "Amazon Web Services <%s>" % FORM, "Re: " + H_SUBJ, H_M2, H_M2, H_T3, attr, H_T2)
build("056-daniel-sent-correction.eml", L("unrelated", H_CASE, ["AWS50018832", "AWS51200987"], None, "en"), hd, body, H_T3)

# 057 revised confirmation request (history below with nested quotes)
dt = t(2025, 8, 7, 9, 11, 55)
hd, H_M4 = aws_to_proton(dt, H_USER, H_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
H_T4 = """Dear Daniel,

Thank you for the clarification. I have updated the request as per your reply. Please find the revised details:

Surviving account: AWS50018832 (sign-in email will be changed to daniel.okafor@proton.me)
Accounts to be merged into it: AWS51200987 and AWS 49177310

After the process, AWS51200987 and AWS49177310 will be deactivated and all of your certifications, exam history and benefits will show under AWS50018832. As mentioned earlier, this cannot be reverted once done.

Kindly reply with "I confirm" so that we can proceed further.

Thanks and regards,
Nikhil S.
AWS Training and Certification Customer Support
"""
hist = (proton_attr(t(2025, 8, 6, 18, 20, 41), "Daniel Okafor <%s>" % H_USER) + "\n" + quote_gt(H_T3 + "\n\n" + attr + "\n" + quote_gt(H_T2.strip("\n"))))
body = alt(part("plain", H_T4 + "\n" + hist + "\n"), part("html", aws_html(paras_html(H_T4) + "<div style=\"color:#555\">" + paras_html(hist) + "</div>")))
build("057-daniel-revised-confirm-request.eml", L("merge_confirmation_requested", H_CASE, ["AWS49177310", "AWS50018832", "AWS51200987"], True, "en"), hd, body, H_T4)

# 058 Daniel confirms (Sent, Proton, quote contains nested quotes)
dt = t(2025, 8, 7, 12, 40, 3)
new = """I confirm. The details are correct, please proceed.

Thanks,
Daniel"""
attr2 = proton_attr(t(2025, 8, 7, 9, 11, 55), "Amazon Web Services <%s>" % FORM)
hd, body, H_M5 = proton_sent(dt, "Amazon Web Services <%s>" % FORM, "Re: " + H_SUBJ, H_M4, H_M2 + " " + H_M3 + " " + H_M4, new, attr2, H_T4 + "\n" + hist)
build("058-daniel-sent-confirm.eml", L("unrelated", H_CASE, [], None, "en"), hd, body, new)

# 059 merge completed
dt = t(2025, 8, 11, 13, 26, 40)
hd, _ = aws_to_proton(dt, H_USER, H_SUBJ, reply_to=FORM, region="eu-west-1", prefix="0102")
new = """Dear Daniel,

Thank you for your patience.

This is to inform you that your request is now completed. Your three profiles have been consolidated into AWS50018832 and the sign-in email has been updated to daniel.okafor@proton.me. Please sign in and check your certifications and benefits; the Credly badges will be re-issued to the new email within 2-3 business days.

In case you find any discrepancy, please feel free to reply to this email.

Thanks and regards,
Nikhil S.
AWS Training and Certification Customer Support
"""
body = alt(part("plain", new, cte="base64"), part("html", aws_html(paras_html(new)), cte="base64"))
build("059-daniel-merge-completed.eml", L("merge_completed", H_CASE, ["AWS50018832"], True, "en"), hd, body, new)

# 060 Amazon Seller Central case (same subject style, not AWS Certification)
dt = t(2025, 8, 8, 16, 2, 12)
SC_CASE = "15948826611"
ip = "52.95.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
mf = "20250808160212%s@bounces.amazon.co.uk" % hexs(8)
ars = ["dmarc=pass (p=quarantine dis=none) header.from=amazon.co.uk",
       "spf=pass smtp.mailfrom=bounces.amazon.co.uk",
       "arc=none smtp.remote-ip=%s" % ip,
       "dkim=pass (1024-bit key) header.d=amazon.co.uk header.i=@amazon.co.uk header.b=\"%s\"" % b64(6)[:8]]
hd = proton_in(H_USER, dt, mf, "smtp-out-%d.amazon.co.uk" % rng.randint(10, 99), ip, ars)
hd += [dkim("amazon.co.uk", "rte02", ts=int(dt.timestamp())),
       ("Date", rfc(dt)),
       ("From", "Amazon Selling Partner Support <sellersupport-noreply@amazon.co.uk>"),
       ("To", H_USER),
       ("Message-ID", "<%s.%s@email.amazon.co.uk>" % (hexs(16), int(dt.timestamp()))),
       ("Subject", "RE:[CASE %s] FBA inventory reimbursement - shipment FBA18Z4K2PQ" % SC_CASE),
       ("MIME-Version", "1.0")]
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed shipment FBA18Z4K2PQ. Our records show that 3 units were received damaged at the fulfilment centre. A reimbursement of GBP 41.97 has been issued to your account and will appear in your next settlement.

If you have questions about this case, reply from the Case Log in Seller Central. Please do not open a new case for the same shipment.

Was this email helpful?
Yes: https://sellercentral.amazon.co.uk/cu/case-dashboard/feedback?caseID=%s&helpful=yes
No: https://sellercentral.amazon.co.uk/cu/case-dashboard/feedback?caseID=%s&helpful=no

Thank you,
Ravi
Amazon Selling Partner Support
""" % (SC_CASE, SC_CASE)
body = alt(part("plain", txt, charset="UTF-8"), part("html", "<html><body>" + paras_html(txt) + "</body></html>\n", charset="UTF-8"))
build("060-daniel-seller-central-case.eml", L("unrelated", SC_CASE, [], True, "en"), hd, body, txt)


# === END CASES ===

ID_RE = re.compile(r"(?i)\baws[ \-]?(\d{8})(?!\d)")


def norm_ids(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = []
    for h in ("Subject",):
        v = msg.get(h)
        if v:
            out.append(str(make_header(decode_header(v))))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "us-ascii"
            try:
                txt = raw.decode(cs, errors="replace")
            except LookupError:
                txt = raw.decode("utf-8", errors="replace")
            if p.get_content_subtype() == "html":
                txt = htmlmod.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
    return "\n".join(out)


def check_all():
    import email
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    bad = 0
    assert set(files) == set(labels), (set(files) ^ set(labels))
    newmap = {f: n for f, _, _, n in MAILS}
    for f in files:
        data = open(os.path.join(OUT, f), "rb").read()
        msg = email.message_from_bytes(data)
        if msg.defects:
            print(f, "DEFECTS", msg.defects); bad += 1
        txt = decoded_text(msg)
        lab = labels[f]
        if lab["case_id"] and lab["case_id"] not in txt:
            print(f, "case id missing", lab["case_id"]); bad += 1
        if lab["case_id"] and not re.fullmatch(r"\d{10}|\d{11}|\d{15}", lab["case_id"]):
            print(f, "case id length", lab["case_id"]); bad += 1
        present = set(norm_ids(txt))
        for i in lab["account_ids"]:
            if i not in present:
                print(f, "id missing", i); bad += 1
        auto = norm_ids(newmap[f])
        if auto != lab["account_ids"]:
            print(f, "new-text ids", auto, "!= label", lab["account_ids"]); bad += 1
        has_ar = "Authentication-Results" in msg
        if (lab["sender_verified"] is None) == has_ar:
            print(f, "AR presence vs sender_verified mismatch"); bad += 1
        for p in msg.walk():
            for d in p.defects:
                print(f, "part defect", d); bad += 1
    from collections import Counter
    print(Counter(l["kind"] for l in labels.values()))
    print("problems:", bad)


# === MAIN ===
def write_all():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fname, data, label, new in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    write_all()
    check_all()
