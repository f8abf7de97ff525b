#!/usr/bin/env python3
"""Generator for blind test set 147: mails around an AWS Certification account merge.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this script.
"""
import base64, hashlib, json, os, quopri, random, re, uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.charset import Charset, QP, BASE64, SHORTEST
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(max_line_length=0, linesep="\n")
rnd = random.Random(147)

MAILS = []      # (fname, bytes)
LABELS = {}

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
BST = timezone(timedelta(hours=1))


# ----------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(opened, tail):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), tail)


def rfc(d):
    return format_datetime(d)


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(a) for _ in range(n))


def ses_id(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, uuid.UUID(int=rnd.getrandbits(128), version=4))


def fold_b(value, width=70):
    """fold a long base64 blob for DKIM b= style"""
    out, line = [], ""
    for i in range(0, len(value), width):
        out.append(value[i:i + width])
    return "\n\t ".join(out)


def dkim(domain, selector, d, headers="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID"):
    ts = int(d.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s" %
            (selector, domain, ts, headers, b64s(43), fold_b(b64s(342) + "=")))


AMZ_SEL = "rjt5dnz5mhkd6ax4gcjkakktbsgmhaxz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"


def ses_ip():
    return "54.240.%d.%d" % (rnd.choice([8, 9, 11, 48]), rnd.randint(10, 250))


def ehdr(s, charset="utf-8", enc="b"):
    """encoded-word header (folded by email.header)"""
    cs = Charset(charset)
    if enc == "q":
        cs.header_encoding = QP
    elif enc == "b":
        cs.header_encoding = BASE64
    return Header(s, cs, header_name="Subject").encode(linesep="\n", maxlinelen=76)


def addr(name, a, charset=None):
    if not name:
        return a
    if charset:
        cs = Charset(charset)
        cs.header_encoding = BASE64
        return "%s <%s>" % (Header(name, cs).encode(), a)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


# ---- trace header builders (topmost first) --------------------------------
def gmail_trace(rcpt, d, mailfrom, ip, helo, dkims=(), spf="pass", dmarc="pass",
                hfrom=None, dmarc_pol="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    """dkims: list of (result, i_domain, selector)"""
    t_recv = d + timedelta(seconds=rnd.randint(1, 4))
    gid = b64s(12).replace("+", "a").replace("/", "b")
    ar = ["mx.google.com"]
    for res, dom, sel in dkims:
        ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, b64s(8).replace("/", "x")))
    ar.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (
        spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
    if dmarc:
        ar.append("dmarc=%s (%s) header.from=%s" % (dmarc, dmarc_pol, hfrom))
    arv = ";\n       ".join(ar)
    hs = [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(4), gid.lower()[:10], rfc(t_recv.astimezone(PDT if d.month in range(3, 11) else PST)))),
        ("X-Google-Smtp-Source", "AGHT+I" + b64s(80)),
        ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexs(4), hexs(3), hexs(4), gid.lower()[:12], rnd.randint(10, 99), int(t_recv.timestamp()),
            rfc(t_recv.astimezone(PDT if d.month in range(3, 11) else PST)))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(t_recv.timestamp()), b64s(60))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (
            b64s(43), b64s(43), b64s(70))),
        ("ARC-Authentication-Results", "i=1; " + arv),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            helo, helo, ip, hexs(20), rnd.randint(100000, 999999), hexs(4), rcpt,
            rfc(t_recv.astimezone(PDT if d.month in range(3, 11) else PST)))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", arv),
    ]
    return hs


def outlook_trace(rcpt, d, mailfrom, ip, helo, spf="pass", dkim_res="pass", dkim_d="amazon.com",
                  dmarc="pass", hfrom="amazon.com", compauth="pass reason=100"):
    t = d + timedelta(seconds=rnd.randint(1, 5))
    fe = "%s%dNAM%02dFT%03d" % (rnd.choice(["BN", "CO", "DM", "SN"]), rnd.randint(1, 3), rnd.randint(2, 12), rnd.randint(10, 99))
    be = "%sPR%02dMB%04d" % (rnd.choice(["BY5", "PH7", "SJ0", "CH3", "MW4"]), rnd.randint(10, 19), rnd.randint(1000, 9999))
    prd = rnd.randint(10, 19)
    arv = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, ip, mailfrom, dkim_res, dkim_d, dmarc, "none" if dmarc == "pass" else "quarantine", hfrom, compauth))
    return [
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%s)\n by %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            be, prd, hexs(3), hexs(2), be, prd, rfc(t + timedelta(seconds=2)))),
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:303:%s::%s)\n by %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s" % (
            fe, prd, hexs(3), hexs(2), be, prd, hexs(3), hexs(2), rnd.randint(10, 40), rfc(t + timedelta(seconds=1)))),
        ("Authentication-Results", arv),
        ("Received-SPF", ("%s (protection.outlook.com: domain of %s%s\n designates %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
            "Pass" if spf == "pass" else spf.capitalize(), mailfrom, "" if spf == "pass" else " does not", ip, ip, helo)).replace("does not\n designates", "does not\n designate")),
        ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via\n Frontend Transport; %s" % (
            helo, ip, fe, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(10, 40), rfc(t))),
    ]


def jp_trace(rcpt, d, mailfrom, ip, helo, mta, authserv, spf="pass", dkim_res="pass", dkim_d="amazon.com",
             dmarc="pass", hfrom="amazon.com"):
    t = (d + timedelta(seconds=rnd.randint(1, 6))).astimezone(JST)
    arv = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mailfrom, dkim_res, dkim_d, AMZ_SEL if dkim_d == "amazon.com" else "default", dmarc, hfrom)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", rcpt),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            mta, mta, hexs(10).upper(), rcpt, rfc(t + timedelta(seconds=1)))),
        ("Authentication-Results", arv),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, helo, ip, mta, hexs(11).upper(), rcpt, rfc(t))),
    ]


def ses_sender_headers(d, dkim_domains=(("amazon.com", AMZ_SEL), ("amazonses.com", SES_SEL))):
    hs = []
    for dom, sel in dkim_domains:
        hs.append(("DKIM-Signature", dkim(dom, sel, d)))
    return hs


def ses_tail(d, region="us-east-1", ip=None):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64s(43))),
            ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip or ses_ip()))]


# ---- body part builders ----------------------------------------------------
def enc_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte in ("7bit", "8bit"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None, extra=None):
    """text part; label = charset written in the header (may differ: wrong label)."""
    m = Message()
    data = text.encode(codec or charset)
    if cte == "7bit":
        data.decode("ascii")  # must be ascii-clean (iso-2022-jp is)
    m.set_payload(enc_body(data, cte))
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset) if rnd.random() < .5 else \
        "text/%s; charset=%s" % (subtype, label or charset)
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    return m


def alt(plain, html, boundary=None, **kw):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (
        rnd.randint(100000, 9999999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 10**13))))
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("000000000000%s" % hexs(16)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def gmail_boundary():
    return "000000000000" + hexs(16)


def html_wrap(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))


def t2h(text):
    """very small plain->html for agent mails"""
    import html as H
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + H.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---- quoting styles -------------------------------------------------------
def q_gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def q_gmail(when, who, text):
    return "On %s %s wrote:\n%s" % (when, who, q_gt(text))


def q_ja(head, text):
    """head like '2025年5月28日(水) 8:02 名前 <addr>'"""
    return "%s:\n%s" % (head, q_gt(text))


def q_outlook(frm, sent, to, subject, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, text.strip("\n")))


def q_orig(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, text.strip("\n")))


# ---- assembling --------------------------------------------------------------
ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)", re.I)


def norm_ids(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def emit(fname, kind, lang, case_id, verified, trace, sender, body, new_text, subject, account_ids=None):
    """trace: provider headers (top); sender: list of (k,v) after DKIM (Date, From, To, ...)."""
    msg = body
    content = [(k, v) for k, v in msg._headers]
    hdrs = list(trace) + list(sender)
    if not any(k.lower() == "mime-version" for k, _ in hdrs):
        hdrs.append(("MIME-Version", "1.0"))
    msg._headers = hdrs + content
    data = msg.as_bytes(policy=POL)
    if not data.endswith(b"\n"):
        data += b"\n"
    ids = norm_ids(subject + "\n" + new_text) if account_ids is None else sorted(account_ids)
    MAILS.append((fname, data))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": verified, "language": lang}


def std(d, frm, to, subject, msgid, extra=()):
    hs = [("Date", rfc(d)), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(MAILS))


# =============================================================== the mails
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

# ---- personas / cases ----------------------------------------------------
PRIYA = ("Priya Raman", "priya.raman87@gmail.com")
DANIEL = ("Daniel Okafor", "d.okafor@outlook.com")
KENJI = ("佐藤 健二", "k-sato.1984@biglobe.ne.jp")
LUKAS = ("Lukas Brenner", "lukas.brenner@brenner-it.de")
WEI = ("Wei Zhang", "wei@zhangwei.dev")
MISAKI = ("田中 美咲", "misaki_t0412@yahoo.co.jp")
SOFIA = ("Sofia Marquez", "sofia.marquez.cloud@gmail.com")
TOMAS = ("Tomás Herrera", "tomas.herrera@proton.me")

OPEN_A = dt(2025, 5, 27, 22, 41, 7)        # Priya, form desk
CASE_A = cid15(OPEN_A, 1093)
OPEN_B = dt(2025, 6, 10, 14, 3, 51)        # Daniel, console
CASE_B = cid15(OPEN_B, 352)
OPEN_C = dt(2025, 6, 17, 0, 12, 44)        # Kenji, console (ja)
CASE_C = cid15(OPEN_C, 127)
CASE_D = "10284733512"                     # Lukas, 2022, form desk
OPEN_D = dt(2022, 9, 14, 8, 17, 2)
CASE_E = "7254190831"                      # Wei, 2020, console
OPEN_E = dt(2020, 3, 3, 17, 55, 40)
OPEN_F = dt(2025, 7, 2, 3, 20, 15)         # Misaki, form desk (ja)
CASE_F = cid15(OPEN_F, 768)
OPEN_G = dt(2025, 8, 4, 19, 6, 33)         # Sofia, form desk
CASE_G = cid15(OPEN_G, 2210)
OPEN_H = dt(2025, 4, 22, 9, 48, 12)        # Tomas, form desk
CASE_H = cid15(OPEN_H, 415)

FOOT_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
           "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
           "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def aws_mail(n, slug, kind, lang, case_id, when, frm, to_pair, subject, body, new_text,
             provider="gmail", verified=True, extra=(), account_ids=None, mailfrom=None):
    """genuine SES-sent amazon.com mail, delivered to provider."""
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mf = mailfrom or ("%s%012x-%s-000000@amazonses.com" % ("0100", int(when.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128), version=4)))
    rcpt = to_pair[1]
    if provider == "gmail":
        tr = gmail_trace(rcpt, when, mf, ip, helo,
                         dkims=[("pass", "amazon.com", AMZ_SEL), ("pass", "amazonses.com", SES_SEL)],
                         hfrom="amazon.com")
    elif provider == "outlook":
        tr = outlook_trace(rcpt, when, mf, ip, helo)
    elif callable(provider):
        tr = provider(rcpt, when, mf, ip, helo)
    elif provider == "none":
        tr = [("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, helo, ip, rcpt.split("@")[1], hexs(10).upper(), rcpt, rfc(when + timedelta(seconds=3))))]
    else:  # ("jp", mta, authserv)
        tr = jp_trace(rcpt, when, mf, ip, helo, provider[1], provider[2])
    sender = ses_sender_headers(when) + std(when, frm, addr(*to_pair) if not re.search(r"[^\x00-\x7f]", to_pair[0]) else rcpt,
                                            subject, ses_id(when), extra) + ses_tail(when, ip=ip)
    emit("%03d-%s.eml" % (n, slug), kind, lang, case_id, verified, tr, sender, body, new_text, subject, account_ids)


# ---------------------------------------------------------------- 001
t = OPEN_A + timedelta(seconds=9)
txt = """Hello Priya,

Thank you for contacting AWS Training and Certification Customer Support.

This message confirms that we received your request and created a case for
you. Your case number is %s.

  Inquiry type:      Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  AWS04417825

A member of our team will review your request and respond by e-mail, in most
cases within 24 hours. If you need to add information, reply to this message
and keep the case number in the subject line. Please do not submit a new form
for the same request, as a second case can delay our response.

Regards,
AWS Training and Certification Customer Support

%s
""" % (CASE_A, FOOT_EN)
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:20px">
<p>Hello Priya,</p>
<p>Thank you for contacting AWS Training and Certification Customer Support.</p>
<p>This message confirms that we received your request and created a case for you. Your case number is <b>%s</b>.</p>
<table style="font-size:13px"><tr><td>Inquiry type:</td><td>Certification</td></tr>
<tr><td>Inquiry detail:</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID:</td><td>AWS04417825</td></tr></table>
<p>A member of our team will review your request and respond by e-mail, in most cases within 24 hours. If you need to add information, reply to this message and keep the case number in the subject line. Please do not submit a new form for the same request, as a second case can delay our response.</p>
<p>Regards,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#687078">%s</td></tr></table>""" % (CASE_A, FOOT_EN))
aws_mail(1, "form-desk-ack-account-merge", "case_created", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA,
         "[CASE %s] We have received your AWS Training and Certification inquiry" % CASE_A,
         alt(part(txt), part(html, "html")), txt)

# ---------------------------------------------------------------- 002
t = OPEN_B + timedelta(seconds=14)
corr = ("Hello, I passed SAA-C03 under one certification account (AWS05120987) and the Cloud "
        "Practitioner years ago under another one (AWS00784412) with my old work e-mail. Could "
        "you please combine them into one? I would like to keep the first one. Thanks, Daniel")
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Need to combine two certification profiles
Severity: General guidance
Correspondence: %s

To view the case or add correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services

%s
""" % (CASE_B, CASE_B, corr, CASE_B, FOOT_EN)
html = html_wrap("""<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: %s<br>Subject: Need to combine two certification profiles<br>Severity: General guidance<br>Correspondence: %s</p>
<p>To view the case or add correspondence, please visit the Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">%s</p>""" % (CASE_B, CASE_B, corr, CASE_B, CASE_B, FOOT_EN))
aws_mail(2, "console-new-case-opened", "case_created", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL,
         "Amazon Web Services: You have opened a new Support case: %s" % CASE_B,
         alt(part(txt, cte="quoted-printable"), part(html, "html", cte="base64")), txt, provider="outlook")

# ---------------------------------------------------------------- 003
t = OPEN_C + timedelta(seconds=11)
txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス

ケースの確認や情報の追加は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

注意: このメールは送信専用のアドレスから送信されています。このメールに返信されても受信できませんので、同じ件について再度ご連絡いただく場合は上記のリンクをご利用ください。

アマゾン ウェブ サービス
""" % (CASE_C, CASE_C, CASE_C)
aws_mail(3, "console-new-case-ja", "case_created", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI,
         ehdr("アマゾン ウェブ サービス: 新しいサポートケースがオープンされました: %s" % CASE_C, "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), txt,
         provider=("jp", "mta-snd-e04.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 004
t = OPEN_D + timedelta(seconds=20)
txt = """Dear Lukas Brenner,

We've logged your inquiry with AWS Training and Certification under reference
number %s. There is nothing further you need to do right now.

What you told us
----------------
Topic:               Certification > Account merge
Candidate ID(s):     AWS06650213, AWS-03319870
Preferred language:  English

What happens next
-----------------
Our team works through requests in the order they arrive. You can expect to
hear from a specialist within one business day. Replies to this e-mail are
added to your request automatically, so please keep the reference number in
the subject.

Kind regards,
AWS Training and Certification

%s
""" % (CASE_D, FOOT_EN.replace("Amazon Web Services Inc.,", "Amazon Web Services, Inc.,"))
aws_mail(4, "request-logged-reference-2022", "case_created", "en", CASE_D, t,
         addr(AWS_NAME, FORM), LUKAS,
         "AWS Training & Certification - Request received [Ref: %s]" % CASE_D,
         part(txt, charset="us-ascii", cte="7bit"), txt, provider="outlook")

# ---------------------------------------------------------------- 005
t = OPEN_E + timedelta(seconds=6)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account - duplicate
Severity: Low
Correspondence: I registered twice by mistake, once with wei.zhang@contoso-ltd.com. Please merge into my personal one.

To view the case or add correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_E, CASE_E, CASE_E)
aws_mail(5, "console-case-opened-2020-no-auth-results", "case_created", "en", CASE_E, t,
         addr(AWS_NAME, NOREPLY), WEI,
         "Amazon Web Services: You have opened a new Support case: %s" % CASE_E,
         part(txt, charset="UTF-8", cte="quoted-printable"), txt, provider="none", verified=None)

# ---------------------------------------------------------------- 006
t = OPEN_F + timedelta(seconds=8)
txt = """田中 美咲 様

この度は AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。

以下の内容でお問い合わせを受け付けいたしました。

　お問い合わせ番号：%s
　お問い合わせの種類：認定
　詳細：アカウントの統合
　受験者 ID：AWS07731046

担当者より、通常 24 時間以内にメールにてご連絡いたします。
追加の情報がございましたら、件名のお問い合わせ番号を変更せずに、本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますので、あらかじめご了承ください。

※本メールは受付完了を自動でお知らせするものです。

――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
――――――――――――――――――――
""" % CASE_F
aws_mail(6, "form-desk-ack-ja-sjis", "case_created", "ja", CASE_F, t,
         addr(AWS_NAME, FORM), MISAKI,
         ehdr("[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % CASE_F, "iso-2022-jp"),
         part(txt, charset="shift_jis", cte="base64", codec="cp932"), txt,
         provider=("jp", "mta5012.mail.kks.yahoo.co.jp", "yahoo.co.jp"))

# ---------------------------------------------------------------- 007
t = OPEN_G + timedelta(seconds=12)
html = html_wrap("""<div style="max-width:600px;margin:0 auto;border:1px solid #eaeded">
<div style="background:#232f3e;color:#fff;padding:18px 24px;font-size:18px">AWS Training and Certification</div>
<div style="padding:24px">
<h2 style="margin-top:0;font-size:20px">We got your message</h2>
<p>Hi Sofia,</p>
<p>Your request reached us and is now in our queue. Keep this number handy if you contact us about it later:</p>
<p style="font-size:22px;font-weight:bold;letter-spacing:1px">Case %s</p>
<table style="font-size:13px;color:#545b64"><tr><td style="padding-right:12px">Category</td><td>Certification &middot; Account Merge</td></tr>
<tr><td style="padding-right:12px">Candidate ID on the form</td><td>aws 08812034</td></tr>
<tr><td style="padding-right:12px">Submitted</td><td>August 4, 2025, 7:06 PM UTC</td></tr></table>
<p>One of our specialists will read it and write back, normally within 24 hours. Want to add something? Just reply to this e-mail.</p>
<p>&mdash; AWS Training and Certification Customer Support</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#879196;border-top:1px solid #eaeded">%s<br>
<a href="https://aws.amazon.com/privacy/">Privacy</a> | <a href="https://aws.amazon.com/terms/">Site terms</a></div>
</div>""" % (CASE_G, FOOT_EN), "Case received")
new = "We got your message Hi Sofia, Your request reached us and is now in our queue. Case %s Candidate ID on the form aws 08812034" % CASE_G
aws_mail(7, "we-got-your-message-html-only", "case_created", "en", CASE_G, t,
         addr("AWS Training and Certification", FORM), SOFIA,
         "We got your message (Case %s)" % CASE_G,
         part(html, "html", cte="base64"), new)

# ---------------------------------------------------------------- 008  phishing about the merge
t = dt(2025, 5, 29, 6, 12, 40)
fake = "174849752200318"
txt = """Dear Candidate,

Your request to merge AWS Certification accounts has been registered.

Case ID: %s
Status: Pending identity verification

To protect your certifications, our system requires you to verify both
accounts before the merge can be processed. Sign in within 24 hours using
the secure link below, otherwise the case will be cancelled and your
credentials may be suspended.

  https://aws-certification-merge.com/verify?case=%s

Thank you,
AWS Certification Account Services
""" % (fake, fake)
html = html_wrap(t2h(txt).replace("https://aws-certification-merge.com/verify?case=%s" % fake,
                                  '<a href="https://aws-certification-merge.com/verify?case=%s">Verify my accounts</a>' % fake))
ip = "185.244.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
tr = gmail_trace(PRIYA[1], t, "bounce@aws-certification-merge.com", ip, "mail.aws-certification-merge.com",
                 dkims=[("pass", "aws-certification-merge.com", "default")], hfrom="aws-certification-merge.com",
                 dmarc_pol="p=NONE sp=NONE dis=NONE")
sender = [("DKIM-Signature", dkim("aws-certification-merge.com", "default", t))] + std(
    t, addr("AWS Certification Support", "support@aws-certification-merge.com"), addr(*PRIYA),
    "Action required: your account merge case %s" % fake,
    "<%s@aws-certification-merge.com>" % hexs(24), [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])
emit("008-lookalike-merge-case-registered.eml", "case_created", "en", fake, False, tr, sender,
     alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")), txt,
     "Action required: your account merge case %s" % fake)

# ---------------------------------------------------------------- 009  spoofed amazon.com, top AR fails
t = dt(2025, 6, 11, 2, 33, 5)
fake2 = "174960918500441"
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request to merge certification accounts AWS05120987 and AWS00784412.

Case ID: %s
Subject: Certification account merge
Severity: Urgent

Before an agent can start, confirm ownership of the accounts in the Support Center:
https://console-aws-support.help-center.co/case/?displayId=%s

Amazon Web Services
""" % (fake2, fake2, fake2)
ip = "45.137.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
tr = outlook_trace(DANIEL[1], t, "info@mx-relay-77.net", ip, "mx-relay-77.net", spf="fail", dkim_res="none",
                   dkim_d="amazon.com", dmarc="fail", hfrom="amazon.com", compauth="fail reason=000")
tr[2] = ("Authentication-Results", "spf=fail (sender IP is %s)\n smtp.mailfrom=mx-relay-77.net; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000" % ip)
tr.append(("Authentication-Results", "amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"))
sender = std(t, addr(AWS_NAME, NOREPLY), addr(*DANIEL),
             "Amazon Web Services: You have opened a new Support case: %s" % fake2,
             "<%s.%s@mx-relay-77.net>" % (hexs(16), hexs(8)))
emit("009-spoofed-new-case-dmarc-fail.eml", "case_created", "en", fake2, False, tr, sender,
     part(txt, charset="utf-8", cte="8bit"), txt, "Amazon Web Services: You have opened a new Support case: %s" % fake2)

# ---------------------------------------------------------------- 010  protonmail, new template
t = OPEN_H + timedelta(seconds=17)
txt = """Hi Tomás,

Thanks for reaching out to AWS Training and Certification. We're on it.

Your case number is %s. A member of our team will get back to you
within one business day (Monday to Friday, excluding US holidays).

While you wait, a few things that help us move faster:
 - Have the e-mail address you use to sign in to each certification
   account at hand.
 - Tell us which of the accounts you want to keep, if you haven't already.
 - Reply to this e-mail rather than opening a new request.

Best,
The AWS Training and Certification Support Team
""" % CASE_H
ip = ses_ip()
helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
mf = "0100%012x-%s-000000@amazonses.com" % (int(t.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128), version=4))
tr = [
    ("Return-Path", "<%s>" % mf),
    ("X-Original-To", TOMAS[1]),
    ("Delivered-To", TOMAS[1]),
    ("Authentication-Results", "mail.protonmail.ch; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d=amazon.com header.i=@amazon.com\n    header.a=rsa-sha256; dkim=pass (Good 1024 bit rsa-sha256 signature)\n    header.d=amazonses.com header.i=@amazonses.com header.a=rsa-sha256"),
    ("Authentication-Results", "mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from=amazon.com"),
    ("Authentication-Results", "mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com"),
    ("Received", "from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature\n RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested)\n by mailin036.protonmail.ch (Postfix) with ESMTPS id 4ZhQ%s\n for <%s>; %s" % (
        helo, helo, ip, hexs(6), TOMAS[1], rfc(t + timedelta(seconds=2)))),
]
sender = ses_sender_headers(t) + std(t, addr(AWS_NAME, FORM), addr(*TOMAS),
                                     "[CASE %s] Thanks for contacting AWS Training and Certification" % CASE_H,
                                     ses_id(t)) + ses_tail(t)
emit("010-were-on-it-ack-protonmail.eml", "case_created", "en", CASE_H, True, tr, sender,
     alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt,
     "[CASE %s] Thanks for contacting AWS Training and Certification" % CASE_H)


# ================================================================ part 2: replies
def console_foot(case_id, lang="en"):
    if lang == "ja":
        return """このやり取りについてのご意見をお聞かせください。AWS サポートセンターで、各やり取りの右上にある星を選択して評価していただけます。

======================================================================
本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

(フェデレーションを使用して接続している場合は、リンクをクリックする前にログインしてください。)

※このメールは送信専用のアドレスから送信されています。本ケースへのご返信は、上記のリンクから AWS サポートセンターを通じて行ってください。
======================================================================
Amazon Web Services, Inc. およびその関連会社
""" % case_id
    return """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Cost Management:
https://aws.amazon.com/aws-cost-management/

AWS Training:
http://aws.amazon.com/training/

AWS Managed Services:
https://aws.amazon.com/managed-services/

Amazon Web Services, Inc. and affiliates
""" % case_id


FORM_FOOT = """To contact us again about this case, reply to this e-mail and keep the case number in the subject line.

%s""" % FOOT_EN

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 011  console: new correspondence notice
t = dt(2025, 6, 11, 9, 30, 12)
txt = """Hello,

A new correspondence has been added to your AWS Support case %s.

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CASE_B, CASE_B)
aws_mail(11, "console-new-correspondence-notice", "support_reply", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL, "[Case %s] New correspondence added" % CASE_B,
         alt(part(txt, cte="7bit", charset="us-ascii"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
         txt, provider="outlook")

# ---------------------------------------------------------------- 012  console: agent, working on it
t = dt(2025, 6, 11, 9, 30, 9)
new = """Hello Daniel,

Thank you for your patience while I looked into this.

I was able to find both certification profiles you mentioned, AWS05120987 and AWS00784412, and I have passed the request to our Certification Operations team, which handles this type of change. They are reviewing the records now.

I will update this case as soon as I hear back from them. This normally takes 2-3 business days. There is nothing you need to do at this point, and there is no need to open another case in the meantime.

Best regards,

Marcus T.
Amazon Web Services
"""
txt = new + "\n" + console_foot(CASE_B)
aws_mail(12, "console-agent-reviewing-with-ops-team", "support_reply", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL,
         "RE:[CASE %s] Need to combine two certification profiles" % CASE_B,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
         new, provider="outlook")

# ---------------------------------------------------------------- 013  form desk: which account to keep?
t = dt(2025, 5, 28, 17, 12, 40)
new = """Hello Priya,

Thank you for contacting AWS Training and Certification.

I have located two certification accounts that appear to belong to you:

1. AWS04417825 - registered with priya.raman87@gmail.com
2. AWS02290316 - registered with p.raman@tcs-cloudteam.example

Before we can go ahead, could you please let me know which of these two accounts you would like to keep as your primary account? The other one will be closed once its records are moved. Please also let me know which e-mail address should receive certification notifications going forward.

Looking forward to your reply.

Sincerely,
Ananya
AWS Training and Certification Customer Support
"""
orig = """Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04417825
Description: Hello, I have an old certification account from my previous employer where I passed the Cloud Practitioner exam. I now use my personal Gmail. Can you merge it with this one? Thank you.""" % CASE_A
txt = new + "\n" + FORM_FOOT + "\n\n" + q_orig("Priya Raman <%s>" % PRIYA[1], "Tuesday, May 27, 2025 10:41 PM", FORM,
                                              SUBJ_A, orig) + "\n"
aws_mail(13, "agent-asks-which-account-to-keep", "support_reply", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="base64")), new)

# ---------------------------------------------------------------- 014  form desk: confirmation request
t = dt(2025, 5, 29, 15, 20, 3)
new = """Hello Priya,

Thank you for getting back to me with the details.

Based on your reply, this is what will happen:

Account to be kept (primary): AWS04417825 (priya.raman87@gmail.com)
Account to be merged into it: AWS02290316 (p.raman@tcs-cloudteam.example)

All exam history, certifications and benefits on AWS02290316 will be moved to AWS04417825, and AWS02290316 will be deactivated. Please be aware that this action cannot be reversed once it has been carried out.

If the above is correct, please reply to this e-mail to confirm, and we will start the process.

Sincerely,
Ananya
AWS Training and Certification Customer Support
"""
user = """Hi Ananya,

Please keep AWS04417825 (the Gmail one) and use priya.raman87@gmail.com for notifications. The other account AWS02290316 can go.

Thanks,
Priya"""
hist = q_gmail("Wed, May 28, 2025 at 10:42 PM", "Priya Raman <%s>" % PRIYA[1],
               user + "\n\n" + q_gmail("Wed, May 28, 2025 at 5:12 PM", "Amazon Web Services <%s>" % FORM,
                                       "Hello Priya,\n\nI have located two certification accounts that appear to belong to you:\n\n1. AWS04417825 - registered with priya.raman87@gmail.com\n2. AWS02290316 - registered with p.raman@tcs-cloudteam.example\n\nCould you please let me know which of these two accounts you would like to keep as your primary account?\n\nSincerely,\nAnanya"))
txt = new + "\n" + FORM_FOOT + "\n\n" + hist + "\n"
aws_mail(14, "agent-confirm-merge-before-proceeding", "merge_confirmation_requested", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 015  thanks for confirming, will proceed
t = dt(2025, 5, 29, 21, 45, 30)
new = """Hello Priya,

Thank you for confirming. I have now submitted the request to the team that processes account merges. You will receive a separate e-mail from us as soon as the work is finished, which is usually within 1-3 business days.

In the meantime, please avoid scheduling a new exam on either account, as this could interfere with the process.

Sincerely,
Ananya
AWS Training and Certification Customer Support
"""
user = """The details are correct. Please proceed with the merge.

Priya"""
hist = q_gmail("Thu, May 29, 2025 at 9:32 PM", "Priya Raman <%s>" % PRIYA[1],
               user + "\n\n" + q_gmail("Thu, May 29, 2025 at 3:20 PM", "Amazon Web Services <%s>" % FORM,
                                       "Account to be kept (primary): AWS04417825 (priya.raman87@gmail.com)\nAccount to be merged into it: AWS02290316 (p.raman@tcs-cloudteam.example)\n\nIf the above is correct, please reply to this e-mail to confirm."))
txt = new + "\n" + FORM_FOOT + "\n\n" + hist + "\n"
aws_mail(15, "thanks-for-confirming-submitted", "support_reply", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 016  completion
t = dt(2025, 5, 31, 2, 10, 44)
new = """Hello Priya,

Good news: your two certification accounts have been consolidated.

Everything that was on AWS02290316 (exam history, your AWS Certified Cloud Practitioner certification and the related benefits) now sits on AWS04417825, and the old account has been deactivated. Please sign in with priya.raman87@gmail.com to check that all of your certifications are listed.

Your digital badges are handled by Credly and can take up to 48 hours to appear on your Credly profile. If they have not arrived by then, just reply to this e-mail.

Sincerely,
Ananya
AWS Training and Certification Customer Support
"""
txt = new + "\n" + FORM_FOOT + "\n"
aws_mail(16, "accounts-consolidated", "merge_completed", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 017  closure + YES/NO survey (no outcome stated)
t = dt(2025, 5, 31, 2, 11, 20)
txt = """Hello Priya,

Case %s has been marked as resolved.

Was your issue resolved?

YES: https://survey.aws-tc-support.amazon.com/s/%s?resolved=yes
NO:  https://survey.aws-tc-support.amazon.com/s/%s?resolved=no

It takes less than a minute, and every answer is read by our team. If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification Customer Support

%s
""" % (CASE_A, hexs(20), hexs(20), FOOT_EN)
html = html_wrap("""<p>Hello Priya,</p>
<p>Case %s has been marked as resolved.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table><tr>
<td style="background:#037f0c;padding:10px 28px"><a href="https://survey.aws-tc-support.amazon.com/s/%s?resolved=yes" style="color:#fff;text-decoration:none;font-weight:bold">YES</a></td>
<td width="16"></td>
<td style="background:#d13212;padding:10px 28px"><a href="https://survey.aws-tc-support.amazon.com/s/%s?resolved=no" style="color:#fff;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p>It takes less than a minute, and every answer is read by our team. If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">%s</p>""" % (CASE_A, hexs(20), hexs(20), FOOT_EN))
aws_mail(17, "case-resolved-yes-no-survey", "survey", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "[CASE %s] Was your issue resolved?" % CASE_A,
         alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")), txt)


# ---------------------------------------------------------------- credly helper
def credly_mail(n, slug, kind, when, to_pair, subject, txt, html, issuer="Amazon Web Services Training and Certification",
                domain="credly.com", provider="gmail", verified=True, new=None, account_ids=None):
    frm = '"%s via %s" <admin@%s>' % (issuer, "Acclaim" if domain == "youracclaim.com" else "Credly", domain)
    if issuer is None:
        frm = "Credly <admin@%s>" % domain
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (rnd.randint(1000000, 9999999), hexs(4), to_pair[1].split("@")[0], to_pair[1].split("@")[1], rnd.randint(1000, 9999), domain)
    ip = "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    helo = "o%d.ptr%d.%s" % (rnd.randint(1, 20), rnd.randint(1000, 9999), domain)
    if provider == "gmail":
        tr = gmail_trace(to_pair[1], when, mf, ip, helo, dkims=[("pass", domain, "s1"), ("pass", "sendgrid.info", "smtpapi")],
                         hfrom=domain, dmarc_pol="p=REJECT sp=REJECT dis=NONE")
    elif provider == "outlook":
        tr = outlook_trace(to_pair[1], when, mf, ip, helo, dkim_d=domain, hfrom=domain)
    elif provider == "none":
        tr = [("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, helo, ip, to_pair[1].split("@")[1], hexs(10).upper(), to_pair[1], rfc(when + timedelta(seconds=3))))]
    else:
        tr = provider(to_pair[1], when, mf, ip, helo)
    sender = [("DKIM-Signature", dkim(domain, "s1", when, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
              ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to:feedback-id"))]
    sender += std(when, frm, addr(*to_pair), subject, "<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "_").replace("+", "-"), rnd.randint(1, 40)),
                  [("X-SG-EID", b64s(60)), ("X-Entity-ID", b64s(22) + "==")])
    emit("%03d-%s.eml" % (n, slug), kind, "en", None, verified, tr, sender,
         alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")), new or txt, subject, account_ids)


# ---------------------------------------------------------------- 018  Credly badge after merge
t = dt(2025, 6, 1, 11, 3, 27)
txt = """Priya, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Questions? Visit our Help Center: https://support.credly.com

You are receiving this e-mail because Amazon Web Services Training and Certification issued you a badge through Credly.
Credly, 13801 Walsh Blvd, Suite 210, Beaverton, OR 97005
Unsubscribe: https://www.credly.com/notification_settings
""" % str(uuid.UUID(int=rnd.getrandbits(128), version=4))
html = html_wrap("""<table width="600" align="center" style="border-collapse:collapse"><tr><td align="center" style="padding:24px">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="140" alt="AWS Certified Cloud Practitioner">
<h1 style="font-size:24px">Priya, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Cloud Practitioner</p>
<p>Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because Amazon Web Services Training and Certification issued you a badge through Credly.<br>Credly, 13801 Walsh Blvd, Suite 210, Beaverton, OR 97005 &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>
</td></tr></table>""" % str(uuid.UUID(int=rnd.getrandbits(128), version=4)))
credly_mail(18, "credly-you-earned-a-badge", "credly_badge_issued", t, PRIYA,
            "Priya, you've earned a badge from Amazon Web Services Training and Certification", txt, html)

# ---------------------------------------------------------------- 019  ja console: asks for information
SUBJ_C = "認定アカウントが2つあるので1つにまとめたい"
t = dt(2025, 6, 18, 2, 30, 55)
new = """佐藤 健二 様

AWS サポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

1. 統合をご希望の各アカウントの受験者 ID (「AWS」に続く 8 桁の番号)
2. 各アカウントへのサインインにご使用のメールアドレス
3. 統合後に残すアカウント
4. 統合をご希望の理由 (例: 転職に伴いメールアドレスが変わった 等)

お手数をおかけいたしますが、ご返信は AWS サポートセンターの本ケースよりお願いいたします。

何卒よろしくお願い申し上げます。

山本 彩
アマゾン ウェブ サービス
"""
txt = new + "\n" + console_foot(CASE_C, "ja")
aws_mail(19, "ja-agent-asks-login-emails", "support_reply", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "utf-8", "b"),
         alt(part(txt, cte="base64"), part(html_wrap(t2h(txt)), "html", cte="base64")), new,
         provider=("jp", "mta-snd-e07.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 020  ja console: status update
t = dt(2025, 6, 19, 7, 44, 2)
new = """佐藤 健二 様

AWS サポートの山本でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに、現在、担当部署にてアカウントの状況を確認しております。
確認が取れ次第、統合内容のご確認のため改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、本件につきましては引き続き本ケースにて対応いたしますので、新たなケースを作成していただく必要はございません。

山本 彩
アマゾン ウェブ サービス
"""
txt = new + "\n" + console_foot(CASE_C, "ja")
aws_mail(20, "ja-agent-checking-with-team", "support_reply", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), new,
         provider=("jp", "mta-snd-e02.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 021  ja console: confirmation request
t = dt(2025, 6, 20, 5, 12, 18)
new = """佐藤 健二 様

大変お待たせいたしました。AWS サポートの山本でございます。

確認の結果、以下の 2 つのアカウントを統合させていただく予定です。
内容にお間違いがないか、ご確認をお願いいたします。

■ 統合後も残るアカウント (統合先)
　受験者 ID：AWS 03368102
　メールアドレス：k-sato.1984@biglobe.ne.jp

■ 統合されるアカウント (統合元)
　受験者 ID：AWS 01975544
　メールアドレス：kenji.sato@kaisha-old.co.jp

統合後、AWS 01975544 の受験履歴および認定はすべて AWS 03368102 に移行され、AWS 01975544 はご利用いただけなくなります。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本ケースにてその旨ご返信くださいますようお願いいたします。
ご返信を確認次第、お手続きを開始いたします。

山本 彩
アマゾン ウェブ サービス
"""
txt = new + "\n" + console_foot(CASE_C, "ja")
aws_mail(21, "ja-agent-please-confirm-merge", "merge_confirmation_requested", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), new,
         provider=("jp", "mta-snd-e04.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 022  ja console: completed + closing
t = dt(2025, 6, 23, 1, 55, 41)
new = """佐藤 健二 様

AWS サポートの山本でございます。
ご確認のご返信をいただき、誠にありがとうございました。

ご依頼いただいておりました認定アカウントの統合につきまして、本日お手続きが完了いたしましたのでご報告申し上げます。
今後は受験者 ID AWS03368102 のアカウントにサインインいただき、すべての認定が表示されていることをご確認ください。
Credly のデジタルバッジは、反映までに数日かかる場合がございます。

本件はこれにて解決とさせていただき、ケースをクローズいたします。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

山本 彩
アマゾン ウェブ サービス
"""
txt = new + "\n" + console_foot(CASE_C, "ja")
aws_mail(22, "ja-merge-done-case-closing", "merge_completed", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "utf-8", "q"),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="base64")), new,
         provider=("jp", "mta-snd-e04.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 023  ja survey
t = dt(2025, 6, 23, 2, 40, 10)
txt = """佐藤 健二 様

先日は AWS サポートをご利用いただき、誠にありがとうございました。

ケース ID %s に関するサポートの対応について、お客様のご意見をお聞かせください。
今後のサービス向上のため、以下のリンクから 5 段階で評価していただけますと幸いです。

  とても満足　: https://support-feedback.aws.amazon.com/ja/r/%s?score=5
  満足　　　　: https://support-feedback.aws.amazon.com/ja/r/%s?score=4
  どちらでもない: https://support-feedback.aws.amazon.com/ja/r/%s?score=3
  不満　　　　: https://support-feedback.aws.amazon.com/ja/r/%s?score=2
  とても不満　: https://support-feedback.aws.amazon.com/ja/r/%s?score=1

アンケートの所要時間は 1 分程度です。

アマゾン ウェブ サービス
※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""" % ((CASE_C,) + (CASE_C,) * 5)
aws_mail(23, "ja-support-satisfaction-survey", "survey", "ja", CASE_C, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("AWS サポートに関するアンケートのお願い (ケース ID: %s)" % CASE_C, "iso-2022-jp"),
         alt(part(txt, cte="base64"), part(html_wrap(t2h(txt)), "html", cte="base64")), txt,
         provider=("jp", "mta-snd-e02.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))


# ================================================================ part 3
def rspamd_trace(host, hfrom="amazon.com", dkim_d=("amazon.com", "amazonses.com"), dmarc="pass (policy=quarantine)"):
    def f(rcpt, when, mf, ip, helo):
        t = when + timedelta(seconds=rnd.randint(1, 4))
        ar = "%s;\n\t" % host + ";\n\t".join(
            "dkim=pass header.d=%s header.s=%s header.b=%s" % (d, AMZ_SEL if d == "amazon.com" else ("s1" if "acclaim" in d or "credly" in d else SES_SEL), b64s(8)) for d in dkim_d)
        ar += ";\n\tspf=pass (%s: domain of \"%s\" designates %s as permitted sender) smtp.mailfrom=\"%s\";\n\tdmarc=%s header.from=%s" % (
            host, mf, ip, mf, dmarc, hfrom)
        return [("Return-Path", "<%s>" % mf),
                ("Delivered-To", rcpt),
                ("Received", "from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
                    host, host, b64s(22), mf, rcpt, rfc(t + timedelta(seconds=1)))),
                ("Authentication-Results", ar),
                ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    helo, helo, ip, host, hexs(10).upper(), rcpt, rfc(t)))]
    return f


# ---------------------------------------------------------------- 024  Lukas: delay, still working (Outlook history)
SUBJ_D = "AWS Training & Certification - Request received [Ref: %s]" % CASE_D
t = dt(2022, 9, 19, 14, 26, 8)
new = """Dear Lukas,

Please accept our apologies for the delay in getting back to you. We are receiving a higher than usual number of requests at the moment, and it is taking us longer than we would like to respond.

Your request has now been assigned to me. I am going through the records of the two candidate IDs you provided and checking them against our exam vendor's data. I will contact you again as soon as I have finished, or sooner if I need anything else from you.

Thank you for your patience.

Kind regards,
Jessica M.
AWS Training and Certification Customer Support
"""
prev = q_outlook("Lukas Brenner <%s>" % LUKAS[1], "Monday, September 19, 2022 9:02 AM",
                 "Amazon Web Services <%s>" % FORM, "RE: " + SUBJ_D,
                 """Hello,

It has been five days since I submitted my request and I have not heard anything back. Could you please give me an update? I have an exam booked for October and would like the accounts sorted out before then.

Candidate IDs again: AWS06650213 (keep) and AWS03319870 (old employer account).

Mit freundlichen Gruessen / Best regards
Lukas Brenner
Brenner IT-Beratung GmbH | Schanzenstr. 12 | 20357 Hamburg
""") + "\n\n" + q_outlook("Amazon Web Services <%s>" % FORM, "Wednesday, September 14, 2022 10:17 AM",
                          "Lukas Brenner <%s>" % LUKAS[1], SUBJ_D,
                          "Dear Lukas Brenner,\n\nWe've logged your inquiry with AWS Training and Certification under reference\nnumber %s. There is nothing further you need to do right now." % CASE_D)
txt = new + "\n" + FORM_FOOT + "\n\n" + prev + "\n"
aws_mail(24, "apology-for-delay-still-reviewing-2022", "support_reply", "en", CASE_D, t,
         addr(AWS_NAME, FORM), LUKAS, "RE: " + SUBJ_D,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
         new, provider="outlook")

# ---------------------------------------------------------------- 025  Lukas: completed, wrong charset label
t = dt(2022, 9, 22, 16, 2, 51)
new = """Dear Lukas,

I’m pleased to let you know that the merge of your certification accounts has been completed.

AWS-03319870 has been merged into AWS06650213 – the latter is now your only active account, and your exam history from both accounts is listed there. Your upcoming October exam appointment was not affected.

Please allow up to 72 hours for the change to show up in Credly and in the certification portal. If anything looks wrong after that, simply reply to this message.

Kind regards,
Jessica M.
AWS Training and Certification Customer Support
"""
txt = new + "\n" + FORM_FOOT + "\n"
aws_mail(25, "merge-completed-2022-wrong-charset", "merge_completed", "en", CASE_D, t,
         addr(AWS_NAME, FORM), LUKAS, "RE: " + SUBJ_D,
         part(txt, charset="utf-8", label="iso-8859-1", cte="8bit"), new, provider="outlook")

# ---------------------------------------------------------------- 026  Lukas: rating request, HTML only (2022)
t = dt(2022, 9, 23, 9, 0, 37)
stars = "".join('<td style="padding:0 6px"><a href="https://feedback.aws-tc-support.amazon.com/r/%s?rating=%d" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a><br><span style="font-size:11px">%d</span></td>' % (hexs(16), i, i) for i in range(1, 6))
html = html_wrap("""<div style="max-width:560px;margin:auto">
<p style="font-size:20px;font-weight:bold">How did we do?</p>
<p>Hi Lukas,</p>
<p>You recently contacted AWS Training and Certification Customer Support (reference %s). Please rate the help you received from Jessica M.</p>
<table><tr>%s</tr></table>
<p style="font-size:12px;color:#545b64">1 = very dissatisfied, 5 = very satisfied. Your answer is anonymous and helps us coach our team.</p>
<p style="font-size:11px;color:#879196">%s<br>You received this one-time survey because you contacted AWS Training and Certification. </p>
</div>""" % (CASE_D, stars, FOOT_EN), "How did we do?")
new = "How did we do? Hi Lukas, reference %s. Please rate the help you received from Jessica M." % CASE_D
aws_mail(26, "how-did-we-do-star-rating-html-only", "survey", "en", CASE_D, t,
         addr("AWS Training and Certification", "aws-tc-customer-feedback@amazon.com"), LUKAS,
         "How did we do? Rate your recent support experience", part(html, "html", cte="quoted-printable"),
         new, provider="outlook")

# ---------------------------------------------------------------- 027  Wei (2020): chaser
SUBJ_E = "Certification account - duplicate"
t = dt(2020, 3, 9, 20, 14, 33)
new = """Hello Wei,

I'm following up on my message from March 4.

To go ahead with your request I still need the following from you:

- the candidate ID of the account registered with wei.zhang@contoso-ltd.com (it starts with "AWS" followed by 8 digits), or, if you don't have it, the approximate date and location of the exam you took with that account;
- confirmation that the account registered with wei@zhangwei.dev is the one you want to keep.

If I don't hear back from you within 5 days, this case will be resolved automatically. You can reopen it at any time from the Support Center by adding a reply.

Best regards,

Carlos R.
Amazon Web Services
"""
txt = new + "\n" + console_foot(CASE_E)
aws_mail(27, "console-chaser-still-need-info-2020", "support_reply", "en", CASE_E, t,
         addr(AWS_NAME, NOREPLY), WEI, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
         new, provider=rspamd_trace("mail.zhangwei.dev"))

# ---------------------------------------------------------------- 028  Wei (2020): auto-resolved for inactivity
t = dt(2020, 3, 15, 0, 5, 12)
txt = """Hello,

We haven't heard back from you regarding your AWS Support case %s ("%s"), so the case has been resolved.

If you still need help, you can reopen this case within 14 days by adding a correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do? Let us know by rating your experience in the Support Center, or answer one quick question:
Were you satisfied with the support you received?  Yes: https://console.aws.amazon.com/support/feedback?caseId=%s&answer=yes  |  No: https://console.aws.amazon.com/support/feedback?caseId=%s&answer=no

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_E, SUBJ_E, CASE_E, CASE_E, CASE_E)
aws_mail(28, "console-auto-resolved-no-response-2020", "survey", "en", CASE_E, t,
         addr(AWS_NAME, NOREPLY), WEI, "Your AWS Support case %s has been resolved" % CASE_E,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
         txt, provider=rspamd_trace("mail.zhangwei.dev"))

# ---------------------------------------------------------------- 029  Wei (2020): Acclaim badge
t = dt(2020, 4, 2, 18, 47, 9)
txt = """Congratulations, Wei!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge and share your achievement on LinkedIn, Twitter and Facebook.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/%s

Need help? https://support.youracclaim.com

Acclaim by Credly, Inc. | 1 Liberty Plaza, Floor 35 | New York, NY 10006
""" % str(uuid.UUID(int=rnd.getrandbits(128), version=4))
html = html_wrap(t2h(txt))
credly_mail(29, "acclaim-new-badge-2020", "credly_badge_issued", t, WEI,
            "Amazon Web Services Training and Certification has issued you a new badge", txt, html,
            domain="youracclaim.com", provider=rspamd_trace("mail.zhangwei.dev", hfrom="youracclaim.com",
                                                              dkim_d=("youracclaim.com",), dmarc="pass (policy=none)"))


# ================================================================ part 4
SUBJ_F = "[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % CASE_F
JP_YAHOO = ("jp", "mta5012.mail.kks.yahoo.co.jp", "yahoo.co.jp")

# ---------------------------------------------------------------- 030  Misaki: forwarded to team, will report when done
t = dt(2025, 7, 4, 1, 40, 26)
new = """田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご確認のご返信をいただき、誠にありがとうございます。

ご承認いただいた内容にて、アカウント統合の作業を担当部署へ依頼いたしました。
作業が完了いたしましたら、改めて本メールスレッドにてご連絡いたします。
通常、2～3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいませ。

引き続きよろしくお願い申し上げます。

中村 直子
AWS トレーニングと認定 カスタマーサポート
"""
hist = q_ja("2025年7月3日(木) 19:05 田中 美咲 <%s>" % MISAKI[1],
            """ご担当者様

ご連絡ありがとうございます。
記載いただいた内容で問題ございません。統合をお願いいたします。

田中

""" + q_ja("2025年7月3日(木) 10:15 Amazon Web Services <%s>" % FORM,
           """田中 美咲 様

以下の内容で統合を行います。
　残すアカウント：AWS07731046
　統合されるアカウント：AWS04180559
統合後は元に戻すことができません。よろしければ本メールにご返信ください。"""))
txt = new + "\n" + hist + "\n"
aws_mail(30, "ja-forwarded-to-team-will-report", "support_reply", "ja", CASE_F, t,
         addr(AWS_NAME, FORM), MISAKI, ehdr("RE: " + SUBJ_F, "utf-8", "b"),
         alt(part(txt, cte="base64"), part(html_wrap(t2h(txt)), "html", cte="base64")), new, provider=JP_YAHOO)

# ---------------------------------------------------------------- 031  Misaki: closure notice with outcome, Shift_JIS
t = dt(2025, 7, 8, 6, 2, 0)
txt = """田中 美咲 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

下記のお問い合わせは「解決済み」としてクローズされましたので、お知らせいたします。

　お問い合わせ番号：%s
　件名：アカウントの統合
　対応結果：ご依頼のアカウント統合は完了しております

今回の対応についてのご感想を、以下のアンケートにてお聞かせいただけますと幸いです（所要時間：約 1 分）。
https://survey.aws-tc-support.amazon.com/ja/s/%s

クローズ後 14 日以内であれば、本メールにご返信いただくことでお問い合わせを再開できます。

※本メールは送信専用アドレスから自動送信されています。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_F, hexs(24))
aws_mail(31, "ja-case-closed-notice-with-result-sjis", "survey", "ja", CASE_F, t,
         addr(AWS_NAME, FORM), MISAKI, ehdr("お問い合わせクローズのお知らせ [CASE %s]" % CASE_F, "shift_jis", "b"),
         part(txt, charset="shift_jis", cte="base64", codec="cp932"), txt, provider=JP_YAHOO)

# ---------------------------------------------------------------- 032  Sofia: looking into it
SUBJ_G = "We got your message (Case %s)" % CASE_G
t = dt(2025, 8, 5, 16, 27, 45)
new = """Hi Sofia,

Thanks for your patience. I just wanted to let you know that I've picked up your case and I'm looking into it now.

I can see the account you gave us on the form, but I still need to track down the second one you mentioned from your university days, so this may take a little longer than usual. I'll be back in touch by the end of the week at the latest.

Cheers,
Liam
AWS Training and Certification Customer Support
"""
txt = new + "\n" + FORM_FOOT + "\n"
aws_mail(32, "picked-up-your-case-looking-into-it", "support_reply", "en", CASE_G, t,
         addr(AWS_NAME, FORM), SOFIA, "RE: " + SUBJ_G,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 033  Sofia: confirmation request, ids in lower case
t = dt(2025, 8, 7, 13, 58, 2)
new = """Hi Sofia,

Good news, I found it! Here's what I have:

  - aws-05529017  -> created in 2019 with sofia.marquez@alumni.uc3m.es (no active certifications, 1 expired Cloud Practitioner)
  - aws08812034   -> your current account, sofia.marquez.cloud@gmail.com (SAA, DVA)

The plan would be to fold aws-05529017 into aws08812034, so aws08812034 stays and the 2019 account is closed for good. This can't be rolled back afterwards.

Can you give me a quick yes on this before I submit it? Just reply to this e-mail.

Cheers,
Liam
AWS Training and Certification Customer Support
"""
hist = q_gmail("Tue, Aug 5, 2025 at 6:40 PM", "Sofia Marquez <%s>" % SOFIA[1],
               "Thanks Liam! The old one should be under my uni address sofia.marquez@alumni.uc3m.es if that helps.\n\n" +
               q_gmail("Tue, Aug 5, 2025 at 4:27 PM", "Amazon Web Services <%s>" % FORM,
                       "Hi Sofia,\n\nThanks for your patience. I just wanted to let you know that I've picked up your case and I'm looking into it now."))
txt = new + "\n" + FORM_FOOT + "\n\n" + hist + "\n"
aws_mail(33, "quick-yes-before-i-submit", "merge_confirmation_requested", "en", CASE_G, t,
         addr(AWS_NAME, FORM), SOFIA, "RE: " + SUBJ_G,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 034  Sofia: completion, HTML only
t = dt(2025, 8, 11, 18, 33, 19)
html = html_wrap("""<p>Hi Sofia,</p>
<p>All done! Your old 2019 account has been folded into <b>AWS08812034</b>, and your exam history from both accounts is now in one place. The 2019 account can no longer be used to sign in.</p>
<p>A couple of things worth checking over the next day or two:</p>
<ul><li>your certifications page in the certification portal,</li>
<li>your 50%% exam discount benefit (it should appear under <i>Benefits</i>),</li>
<li>your badges on Credly.</li></ul>
<p>If something is missing, just hit reply.</p>
<p>Cheers,<br>Liam<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">To contact us again about this case, reply to this e-mail and keep the case number in the subject line.<br>%s</p>
<div style="border-left:2px solid #ccc;padding-left:8px;margin-top:16px;color:#555">
<p>On Thu, Aug 7, 2025 at 2:31 PM Sofia Marquez &lt;%s&gt; wrote:</p>
<p>Yes, go ahead please! Merge aws-05529017 into aws08812034.</p>
</div>""" % (FOOT_EN, SOFIA[1]))
new = "All done! Your old 2019 account has been folded into AWS08812034, and your exam history from both accounts is now in one place."
aws_mail(34, "all-done-folded-into-account-html-only", "merge_completed", "en", CASE_G, t,
         addr(AWS_NAME, FORM), SOFIA, "RE: " + SUBJ_G, part(html, "html", cte="base64"), new)

# ---------------------------------------------------------------- 035  Sofia: survey reminder
t = dt(2025, 8, 15, 15, 0, 4)
txt = """Hi Sofia,

A few days ago we asked for your thoughts on the help you got from AWS Training and Certification Customer Support (case #%s). We haven't heard from you yet, so here's a gentle reminder.

It's 3 questions and takes about a minute:
https://survey.aws-tc-support.amazon.com/s/%s

If you've already answered, thank you, and please ignore this message.

AWS Training and Certification

%s
""" % (CASE_G, hexs(24), FOOT_EN)
aws_mail(35, "reminder-tell-us-about-your-experience", "survey", "en", CASE_G, t,
         addr("AWS Training and Certification", "aws-tc-customer-feedback@amazon.com"), SOFIA,
         "Reminder: tell us about your recent support experience",
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt)


# ================================================================ part 5
SUBJ_H = "[CASE %s] Thanks for contacting AWS Training and Certification" % CASE_H
PROTON = None


def proton_trace(rcpt, when, mf, ip, helo):
    return [
        ("Return-Path", "<%s>" % mf),
        ("X-Original-To", rcpt),
        ("Delivered-To", rcpt),
        ("Authentication-Results", "mail.protonmail.ch; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d=amazon.com header.i=@amazon.com\n    header.a=rsa-sha256; dkim=pass (Good 1024 bit rsa-sha256 signature)\n    header.d=amazonses.com header.i=@amazonses.com header.a=rsa-sha256"),
        ("Authentication-Results", "mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from=amazon.com"),
        ("Authentication-Results", "mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com"),
        ("Received", "from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature\n RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested)\n by mailin0%d.protonmail.ch (Postfix) with ESMTPS id 4Z%s\n for <%s>; %s" % (
            helo, helo, ip, rnd.randint(10, 49), hexs(8), rcpt, rfc(when + timedelta(seconds=2)))),
    ]


# ---------------------------------------------------------------- 036  Tomás: agent asks reason + login e-mails
t = dt(2025, 4, 23, 15, 9, 40)
new = """Dear Tomás,

Greetings from AWS Training and Certification!

We have received your request regarding your certification accounts. In order to proceed further, kindly provide us below details:

1) The e-mail address used to login to each of the accounts
2) Full name as it appears in each account
3) Reason for the request (for example change of employer, duplicate registration)

Kindly note that we can only discuss account details with the account holder, hence please reply from the e-mail address registered on one of the accounts.

Do let us know if you have any queries.

Thanks & Regards,
Rohit K.
AWS Training and Certification Customer Support
"""
txt = new + "\n" + FORM_FOOT + "\n"
aws_mail(36, "kindly-provide-login-emails-and-reason", "support_reply", "en", CASE_H, t,
         addr(AWS_NAME, FORM), TOMAS, "RE:" + SUBJ_H,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new,
         provider=proton_trace)

# ---------------------------------------------------------------- 037  Tomás: duplicate case closed, continue here
DUP_H = cid15(dt(2025, 4, 23, 7, 27, 28), 961)
t = dt(2025, 4, 23, 15, 31, 2)
new = """Dear Tomás,

We noticed that a second case (%s) was opened today for the same account request. To avoid duplicate work and conflicting answers, we have closed that case and linked it to this one.

All further communication will happen in this case, %s. There is no need to re-submit your information; simply reply to our previous e-mail with the details requested.

Thanks & Regards,
Rohit K.
AWS Training and Certification Customer Support
""" % (DUP_H, CASE_H)
txt = new + "\n" + FORM_FOOT + "\n"
aws_mail(37, "duplicate-case-closed-continue-here", "support_reply", "en", CASE_H, t,
         addr(AWS_NAME, FORM), TOMAS, "RE:" + SUBJ_H,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new,
         provider=proton_trace)

# ---------------------------------------------------------------- 038  Tomás: confirmation request (non-native), nested quotes
t = dt(2025, 4, 25, 10, 48, 13)
new = """Dear Tomás,

Thank you for sharing the details.

As per our verification, we found below two accounts under your name:

Candidate ID: AWS-09134470 | Login: tomas.herrera@proton.me
Candidate ID: aws 02847115 | Login: therrera@globant-example.com

Kindly note that the account AWS-09134470 will be retained as primary and aws 02847115 will be merged to it. Please be informed that once the merge is done the action is irreversible and the old login will stop working.

Kindly revert back with your confirmation on the above so that we can proceed further.

Thanks & Regards,
Rohit K.
AWS Training and Certification Customer Support
"""
hist = q_gmail("Thu, Apr 24, 2025 at 9:15 PM", "Tomás Herrera <%s>" % TOMAS[1],
               """Hi Rohit,

1) tomas.herrera@proton.me for the main one (AWS0913447 I think) and therrera@globant-example.com for the old one, candidate id AWS02847115
2) Tomás Herrera on both, on the old one maybe without the accent
3) I changed employer and lost access to the old e-mail

Thank you!
Tomás

""" + q_gmail("Wed, Apr 23, 2025 at 3:09 PM", "Amazon Web Services <%s>" % FORM,
              "Dear Tomás,\n\nIn order to proceed further, kindly provide us below details:\n\n1) The e-mail address used to login to each of the accounts\n2) Full name as it appears in each account\n3) Reason for the request"))
txt = new + "\n" + FORM_FOOT + "\n\n" + hist + "\n"
aws_mail(38, "kindly-revert-with-confirmation", "merge_confirmation_requested", "en", CASE_H, t,
         addr(AWS_NAME, FORM), TOMAS, "RE:" + SUBJ_H,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new,
         provider=proton_trace)

# ---------------------------------------------------------------- 039  Tomás: system closure notice with outcome
t = dt(2025, 4, 29, 12, 0, 6)
txt = """Your case has been closed
==========================

Case number:        %s
Status:             Closed - Resolved
Resolution summary: Certification accounts merged (AWS-09134470 retained)
Closed on:          April 29, 2025

Tell us how we did
------------------
Please take a moment to rate the service you received on this case:
https://survey.aws-tc-support.amazon.com/s/%s

Need more help with the same issue? Reply to this e-mail within 14 days and the case will be reopened automatically. For a new question, please submit a new request at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification Customer Support

%s
""" % (CASE_H, hexs(24), FOOT_EN)
aws_mail(39, "case-closed-resolution-summary", "survey", "en", CASE_H, t,
         addr(AWS_NAME, FORM), TOMAS, "Your case %s has been closed" % CASE_H,
         alt(part(txt, cte="quoted-printable"), part(html_wrap("<pre style='font-family:Arial'>%s</pre>" % txt), "html", cte="quoted-printable")),
         txt, provider=proton_trace)

# ---------------------------------------------------------------- 040  Rahul (2023, 11-digit): reply-with-a-number rating
RAHUL = ("Rahul Verma", "rahul@vermahome.in")
CASE_R = "12934567801"
t = dt(2023, 3, 14, 6, 12, 55)
txt = """Hi Rahul,

Your recent request to AWS Training and Certification (case %s) has been closed.

How satisfied were you with the help you received? Simply reply to this e-mail with a number from 1 to 5:

  5 - Very satisfied
  4 - Satisfied
  3 - Neither satisfied nor dissatisfied
  2 - Dissatisfied
  1 - Very dissatisfied

Anything else you'd like to tell us? Add it below your number and it will go straight to the team lead.

Thank you for helping us improve,
AWS Training and Certification Customer Support
""" % CASE_R
aws_mail(40, "reply-with-a-number-1-to-5-2023", "survey", "en", CASE_R, t,
         addr(AWS_NAME, FORM), RAHUL, "[CASE %s] How satisfied were you? Reply with 1-5" % CASE_R,
         part(txt, charset="us-ascii", cte="7bit"), txt, provider="none", verified=None)

# ---------------------------------------------------------------- 041  Daniel: console confirmation request
t = dt(2025, 6, 13, 18, 2, 30)
new = """Hello Daniel,

Thank you for waiting. Certification Operations have finished checking both records and have prepared the change below. Before they apply it, I need your explicit approval.

Surviving account: AWS05120987 (d.okafor@outlook.com)
Account to be merged and closed: AWS00784412 (daniel.okafor@fabrikam-example.com)

What moves: all exam results and certifications, including the AWS Certified Cloud Practitioner earned on AWS00784412, and any unused benefits.
What does not move: the login for AWS00784412, which will stop working.

Please note that this cannot be undone. If this is what you want, please reply to this case with "I confirm" (or let me know what should be different).

Best regards,

Marcus T.
Amazon Web Services
"""
txt = new + "\n" + console_foot(CASE_B)
aws_mail(41, "console-approve-surviving-account", "merge_confirmation_requested", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL, "RE:[CASE %s] Need to combine two certification profiles" % CASE_B,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new,
         provider="outlook")

# ---------------------------------------------------------------- 042  Daniel: completion by agent + will resolve
t = dt(2025, 6, 16, 20, 41, 17)
new = """Hello Daniel,

Thanks for confirming on Friday. The change has now been applied: AWS00784412 was merged into AWS05120987, and your Cloud Practitioner and Solutions Architect - Associate certifications both show under AWS05120987. The old login no longer works, as expected.

As everything requested on this case has been taken care of, I will set it to resolved. You'll receive a short note about that separately; if you reply on the case within the next 14 days it will reopen.

Best regards,

Marcus T.
Amazon Web Services
"""
txt = new + "\n" + console_foot(CASE_B)
aws_mail(42, "console-change-applied-will-resolve", "merge_completed", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL, "RE:[CASE %s] Need to combine two certification profiles" % CASE_B,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new,
         provider="outlook")

# ---------------------------------------------------------------- 043  Daniel: console resolved + rate
t = dt(2025, 6, 16, 20, 44, 3)
txt = """Hello,

Your AWS Support case %s ("Need to combine two certification profiles") has been resolved.

Case ID: %s
Subject: Need to combine two certification profiles
Status: Resolved

We'd appreciate your feedback. Please rate your support experience in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

If your issue has not been resolved, you can reopen the case from the same link.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

%s
""" % (CASE_B, CASE_B, CASE_B, FOOT_EN)
aws_mail(43, "console-case-resolved-rate-experience", "survey", "en", CASE_B, t,
         addr(AWS_NAME, NOREPLY), DANIEL, "Amazon Web Services: Your Support case %s has been resolved" % CASE_B,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt,
         provider="outlook")


# ================================================================ part 6
# ---------------------------------------------------------------- 044  Credly: badges moved after merge
t = dt(2025, 6, 17, 13, 20, 48)
u1, u2 = (str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(2))
txt = """Hi Daniel,

Good news: the badges below, issued by Amazon Web Services Training and Certification, have been moved to this Credly account following an update to your certification profile.

  * AWS Certified Cloud Practitioner
  * AWS Certified Solutions Architect - Associate

Accept your badges to display them on your profile and share them with your network:
https://www.credly.com/earner/earned/badge/%s
https://www.credly.com/earner/earned/badge/%s

Badges that you previously accepted keep their original issue date.

The Credly Team
Credly, 13801 Walsh Blvd, Suite 210, Beaverton, OR 97005
""" % (u1, u2)
html = html_wrap("""<table width="600" align="center"><tr><td style="padding:24px">
<h2>Your badges have a new home</h2>
<p>Hi Daniel,</p>
<p>Good news: the badges below, issued by <b>Amazon Web Services Training and Certification</b>, have been moved to this Credly account following an update to your certification profile.</p>
<table><tr><td align="center" style="padding:8px"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="90"><br>AWS Certified Cloud Practitioner<br>
<a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:8px 18px;text-decoration:none;display:inline-block;margin-top:6px">Accept badge</a></td>
<td align="center" style="padding:8px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="90"><br>AWS Certified Solutions Architect - Associate<br>
<a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:8px 18px;text-decoration:none;display:inline-block;margin-top:6px">Accept badge</a></td></tr></table>
<p>Badges that you previously accepted keep their original issue date.</p>
<p style="font-size:11px;color:#888">The Credly Team &middot; Credly, 13801 Walsh Blvd, Suite 210, Beaverton, OR 97005</p>
</td></tr></table>""" % (u1, u2))
credly_mail(44, "credly-badges-moved-to-this-account", "credly_badge_issued", t, DANIEL,
            "Your Amazon Web Services Training and Certification badges are ready to accept", txt, html,
            provider="outlook")

# ---------------------------------------------------------------- 045  Priya: question about something else (benefit)
t = dt(2025, 6, 3, 19, 7, 12)
new = """Hello Priya,

Thank you for letting us know, and I'm glad to hear the Cloud Practitioner badge showed up on Credly.

About the benefit you mentioned: could you tell me which one you are missing? Is it the 50% discount voucher for your next exam, or the free practice exam? If it is the voucher, please also let me know whether you had already used a voucher from the old account before the change.

Once I have this I'll check it with our benefits team.

Sincerely,
Ananya
AWS Training and Certification Customer Support
"""
hist = q_gmail("Mon, Jun 2, 2025 at 8:15 AM", "Priya Raman <%s>" % PRIYA[1],
               """Hi Ananya,

Thanks a lot, everything looks good on AWS04417825 and the badge arrived on Credly. The only thing is I can't see my benefit any more. Can you check?

Priya""")
txt = new + "\n" + FORM_FOOT + "\n\n" + hist + "\n"
aws_mail(45, "which-benefit-are-you-missing", "support_reply", "en", CASE_A, t,
         addr(AWS_NAME, FORM), PRIYA, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)

# ---------------------------------------------------------------- 046  Daniel: NPS 0-10
t = dt(2025, 6, 18, 15, 30, 0)
cells = "".join('<td style="border:1px solid #aab7b8;padding:6px 9px"><a href="https://survey.aws.amazon.com/support/nps/%s?score=%d" style="color:#0972d3;text-decoration:none">%d</a></td>' % (hexs(16), i, i) for i in range(11))
txt = """Hi Daniel,

You recently worked with AWS Support on case %s.

On a scale from 0 to 10, how likely are you to recommend AWS Support to a friend or colleague?

Answer here: https://survey.aws.amazon.com/support/nps/%s

0 = not at all likely, 10 = extremely likely. The survey has one required question and one optional comment box.

Thank you,
The AWS Support team

%s
""" % (CASE_B, hexs(16), FOOT_EN)
html = html_wrap("""<p>Hi Daniel,</p><p>You recently worked with AWS Support on case %s.</p>
<p><b>On a scale from 0 to 10, how likely are you to recommend AWS Support to a friend or colleague?</b></p>
<table style="border-collapse:collapse"><tr>%s</tr></table>
<p style="font-size:12px">0 = not at all likely, 10 = extremely likely</p>
<p>Thank you,<br>The AWS Support team</p><p style="font-size:11px;color:#687078">%s</p>""" % (CASE_B, cells, FOOT_EN))
aws_mail(46, "nps-how-likely-to-recommend", "survey", "en", CASE_B, t,
         addr("AWS Support", "aws-support-survey@amazon.com"), DANIEL,
         "Daniel, how likely are you to recommend AWS Support?",
         alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")), txt, provider="outlook")

# ---------------------------------------------------------------- 047  unrelated: other console case (quota)
OPEN_Q = dt(2025, 6, 12, 10, 18, 4)
CASE_Q = cid15(OPEN_Q, 1547)
t = OPEN_Q + timedelta(seconds=10)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load test for our staging environment next week.

To view the case or add correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services

%s
""" % (CASE_Q, CASE_Q, CASE_Q, FOOT_EN)
aws_mail(47, "other-case-ec2-limit-increase-opened", "unrelated", "en", CASE_Q, t,
         addr(AWS_NAME, NOREPLY), DANIEL, "Amazon Web Services: You have opened a new Support case: %s" % CASE_Q,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt,
         provider="outlook")

# ---------------------------------------------------------------- 048  unrelated: billing case resolved + survey
OPEN_BL = dt(2025, 6, 5, 8, 51, 39)
CASE_BL = cid15(OPEN_BL, 8830)
t = dt(2025, 6, 6, 23, 10, 2)
new = """Hello Priya,

Thank you for your patience. I've reviewed your account and confirmed that the NAT Gateway charges on your May bill came from a gateway left running in eu-west-1 after your lab ended. As a one-time courtesy I have applied a credit of USD 31.84 to your account; it will appear on your June invoice.

To avoid similar charges, consider setting up an AWS Budgets alert: https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

As your billing question has been answered, I'll mark this case as resolved.

Best regards,

Sandra P.
Amazon Web Services
"""
txt = new + "\n" + console_foot(CASE_BL)
aws_mail(48, "other-case-billing-credit-resolved", "unrelated", "en", CASE_BL, t,
         addr(AWS_NAME, NOREPLY), PRIYA, "RE:[CASE %s] Billing: unexpected NAT Gateway charges" % CASE_BL,
         alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), new)


# ================================================================ part 7: look-alikes and other mail
def other_mail(n, slug, kind, lang, case_id, verified, when, frm, to_pair, subject, body, new_text,
               mailfrom, ip, helo, dkim_doms, hfrom, provider="gmail", dmarc="pass", spf="pass",
               dmarc_pol="p=REJECT sp=REJECT dis=NONE", msgid=None, extra=(), account_ids=None):
    rcpt = to_pair[1]
    if provider == "gmail":
        tr = gmail_trace(rcpt, when, mailfrom, ip, helo, dkims=[("pass", d, s) for d, s in dkim_doms], spf=spf,
                         dmarc=dmarc, hfrom=hfrom, dmarc_pol=dmarc_pol)
    elif provider == "outlook":
        tr = outlook_trace(rcpt, when, mailfrom, ip, helo, spf=spf, dkim_res="pass" if dkim_doms else "none",
                           dkim_d=dkim_doms[0][0] if dkim_doms else "none", dmarc=dmarc, hfrom=hfrom,
                           compauth="pass reason=100" if dmarc == "pass" else "fail reason=001")
    elif provider[0] == "jp":
        tr = jp_trace(rcpt, when, mailfrom, ip, helo, provider[1], provider[2], spf=spf,
                      dkim_d=dkim_doms[0][0], dmarc=dmarc, hfrom=hfrom)
    else:
        tr = provider[1](rcpt, when, mailfrom, ip, helo)
    sender = [("DKIM-Signature", dkim(d, s, when)) for d, s in dkim_doms]
    to_h = addr(*to_pair) if not re.search(r"[^\x00-\x7f]", to_pair[0]) else rcpt
    sender += std(when, frm, to_h, subject, msgid or "<%s@%s>" % (hexs(24), hfrom), extra)
    emit("%03d-%s.eml" % (n, slug), kind, lang, case_id, verified, tr, sender, body, new_text, subject, account_ids)


# ---------------------------------------------------------------- 049  Seller Central case reply (same subject style)
t = dt(2025, 7, 9, 4, 22, 50)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that your listing for ASIN B0C7K2M9QZ ("USB-C Travel Hub 7-in-1") was suppressed because the main image did not meet our image requirements.

I have checked the listing and can confirm the suppression was caused by a text overlay on the main image. Once you upload a main image with a pure white background and no text, the listing will become active again within 15 minutes.

You can find the image requirements here:
https://sellercentral.amazon.com/help/hub/reference/external/G1881

Was this e-mail helpful?
Yes: https://sellercentral.amazon.com/cu/case-feedback?caseID=5884881212&helpful=yes
No:  https://sellercentral.amazon.com/cu/case-feedback?caseID=5884881212&helpful=no

We hope to see you again soon.

Regards,
Edwin
Amazon.com
https://sellercentral.amazon.com
"""
other_mail(49, "seller-central-case-reply", "unrelated", "en", "5884881212", True, t,
           addr("Amazon Seller Central", "seller-notification@amazon.com"), DANIEL,
           "RE:[CASE 5884881212] Listing suppressed - main image", alt(part(txt, cte="quoted-printable"),
                                                                      part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
           txt, "%s@bounces.amazon.com" % hexs(20), "54.240.13.%d" % rnd.randint(1, 250), "a13-%d.smtp-out.amazonses.com" % rnd.randint(1, 250),
           [("amazon.com", AMZ_SEL), ("amazonses.com", SES_SEL)], "amazon.com", provider="outlook",
           msgid=ses_id(t))

# ---------------------------------------------------------------- 050  Seller Central JP survey
t = dt(2025, 7, 12, 2, 0, 33)
txt = """田中 美咲 様

先日は Amazon セラーサポートにお問い合わせいただき、ありがとうございました。

お問い合わせ ID：16283749501
件名：出品者アカウントの登録情報の変更

今回の対応について、ご満足いただけましたでしょうか。
以下のリンクから、簡単なアンケートにご協力ください。

https://sellercentral.amazon.co.jp/cu/survey?caseId=16283749501&lang=ja_JP

今後とも Amazon をよろしくお願いいたします。

Amazon.co.jp セラーサポート
"""
other_mail(50, "seller-central-jp-survey", "unrelated", "ja", "16283749501", True, t,
           addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "iso-2022-jp"), MISAKI,
           ehdr("セラーサポートへのお問い合わせに関するアンケートのお願い", "iso-2022-jp"),
           part(txt, charset="iso-2022-jp", cte="7bit"), txt,
           "%s@bounces.amazon.co.jp" % hexs(20), "52.95.%d.%d" % (rnd.randint(40, 60), rnd.randint(1, 250)),
           "a%d-%d.smtp-out.amazonses.com" % (rnd.randint(1, 60), rnd.randint(1, 250)),
           [("amazon.co.jp", "n5bpaofkbovzwu3ywyh3cnqqgvm6dsdf")], "amazon.co.jp", provider=JP_YAHOO, msgid=ses_id(t, "0106"))

# ---------------------------------------------------------------- 051  CertMetrics survey
t = dt(2025, 6, 9, 16, 45, 11)
txt = """Dear Priya Raman,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification experience, from preparing for your exam to using your certification at work. Your responses will help shape the future of the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

Candidate ID: AWS04417825

The survey closes on June 30, 2025.

Thank you,
AWS Certification

This is an automated message; please do not reply. You are receiving this e-mail because you hold an active AWS Certification. Manage your communication preferences in your AWS Certification Account.
""" % hexs(32)
other_mail(51, "certmetrics-aws-certification-wants-to-hear", "unrelated", "en", None, False, t,
           addr("AWS Certification", "do-not-reply@certmetrics.com"), PRIYA,
           "AWS Certification wants to hear from you", alt(part(txt, cte="quoted-printable"),
                                                          part(html_wrap(t2h(txt)), "html", cte="quoted-printable")),
           txt, "0100%012x-%s-000000@amazonses.com" % (int(t.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128), version=4)),
           ses_ip(), "a8-%d.smtp-out.amazonses.com" % rnd.randint(1, 250),
           [("certmetrics.com", "k2ofnb4kcgh7bcmyuyb7jzrx63qkmwc2"), ("amazonses.com", SES_SEL)], "certmetrics.com",
           dmarc_pol="p=NONE sp=NONE dis=NONE", msgid=ses_id(t))

# ---------------------------------------------------------------- 052  CertMetrics recertification
t = dt(2025, 8, 20, 9, 12, 0)
txt = """Hello Lukas,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate!

Your certification is now valid through August 19, 2028. You can download your updated certificate and view your benefits, including a 50% discount on your next exam, from your AWS Certification Account.

Candidate ID: AWS06650213
Validation Number: 7Q4JZ1C2LNE4QK3P

Sign in: https://www.aws.training/Certification

Best regards,
AWS Training and Certification

Please do not reply to this message. It was sent from an unmonitored e-mail address.
"""
other_mail(52, "certmetrics-recertification-congratulations", "unrelated", "en", None, False, t,
           addr("AWS Training and Certification", "do-not-reply@certmetrics.com"), LUKAS,
           "Congratulations on your AWS Certification recertification!",
           alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="base64")), txt,
           "0100%012x-%s-000000@amazonses.com" % (int(t.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128), version=4)),
           ses_ip(), "a9-%d.smtp-out.amazonses.com" % rnd.randint(1, 250),
           [("certmetrics.com", "k2ofnb4kcgh7bcmyuyb7jzrx63qkmwc2"), ("amazonses.com", SES_SEL)], "certmetrics.com",
           provider="outlook", msgid=ses_id(t))

# ---------------------------------------------------------------- 053  Pearson VUE
t = dt(2025, 7, 1, 3, 31, 20)
txt = """Dear Kenji Sato,

Thank you for scheduling your AWS Certification exam. This e-mail confirms your appointment.

Exam:             SAP-C02: AWS Certified Solutions Architect - Professional
Language:         Japanese
Date and time:    Saturday, July 26, 2025, 10:00 JST
Delivery:         Test center - Pearson Professional Centers-Tokyo, Japan
Registration ID:  471920385
Candidate ID:     AWS03368102

Please arrive 15 minutes before your appointment and bring two forms of valid identification. To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE on behalf of AWS Training and Certification
"""
other_mail(53, "pearson-vue-appointment-confirmation", "unrelated", "en", None, False, t,
           addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), KENJI,
           "Pearson VUE Confirmation of Exam Appointment - AWS Certification",
           alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt,
           "bounce-%s@pearson.com" % hexs(12), "159.182.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
           "mail%d.pearson.com" % rnd.randint(1, 9), [("pearson.com", "selector1")], "pearson.com",
           provider=("jp", "mta-snd-e03.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 054  AWS Builder ID code
t = dt(2025, 8, 6, 21, 3, 44)
txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code
482915

(This code is valid for 30 minutes)

AWS will never e-mail you and ask you to disclose or verify your password, credit card, or banking account number.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109. (c) 2025, Amazon Web Services, Inc. All rights reserved.
"""
other_mail(54, "aws-builder-id-verification-code", "unrelated", "en", None, True, t,
           addr("AWS", "no-reply@signin.aws"), SOFIA, "Verify your AWS Builder ID email address",
           alt(part(txt, cte="quoted-printable"), part(html_wrap(t2h(txt)), "html", cte="quoted-printable")), txt,
           "0100%012x-%s-000000@us-east-1.amazonses.com" % (int(t.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128), version=4)),
           ses_ip(), "a48-%d.smtp-out.amazonses.com" % rnd.randint(1, 250),
           [("signin.aws", "mj2tmqfxdbvkw5ld6ihcbl6gcqyvbtcd"), ("amazonses.com", SES_SEL2)], "signin.aws",
           dmarc_pol="p=REJECT sp=REJECT dis=NONE", msgid=ses_id(t))


# ---------------------------------------------------------------- 055  Credly self-service account merge code
t = dt(2025, 6, 2, 7, 15, 26)
txt = """Hi Priya,

We received a request to merge the Credly account registered to p.raman@tcs-cloudteam.example into your Credly account priya.raman87@gmail.com.

Your verification code is: 583920

Or use the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=%s

When the merge is complete, all badges from both accounts will appear on one profile and you will sign in with priya.raman87@gmail.com. This code expires in 24 hours. If you didn't request this, you can safely ignore this e-mail.

The Credly Team
""" % hexs(40)
html = html_wrap(t2h(txt).replace("Complete Account Merge: https://", '<a style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none" href="https://').replace(
    "%s</p>" % txt.split("token=")[1].split("\n")[0], '%s">Complete Account Merge</a></p>' % txt.split("token=")[1].split("\n")[0]))
credly_mail(55, "credly-own-account-merge-code", "unrelated", t, PRIYA,
            "Confirm your Credly account merge", txt, html, issuer=None)

# ---------------------------------------------------------------- 056  Credly expiry reminder
t = dt(2025, 1, 6, 15, 30, 12)
txt = """Hi Wei,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification, will expire on April 2, 2025.

To keep your badge active, complete the renewal requirements set by the issuer before the expiration date. Once you renew, a new badge will be issued to your Credly account.

View badge: https://www.credly.com/badges/%s

Learn about recertification: https://aws.amazon.com/certification/recertification/

The Credly Team
You are receiving this e-mail because you have a badge on Credly. Manage notifications: https://www.credly.com/notification_settings
""" % str(uuid.UUID(int=rnd.getrandbits(128), version=4))
credly_mail(56, "credly-badge-expires-soon", "unrelated", t, WEI,
            "Your AWS Certified Solutions Architect - Associate badge expires in 86 days", txt, html_wrap(t2h(txt)),
            provider=rspamd_trace("mail.zhangwei.dev", hfrom="credly.com", dkim_d=("credly.com",), dmarc="pass (policy=reject)"))

# ---------------------------------------------------------------- 057  GitHub merged notification
t = dt(2025, 8, 8, 10, 4, 57)
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nubecita-labs/infra-modules/pull/42#event-%d
You are receiving this because you authored the thread.

Message ID: <nubecita-labs/infra-modules/pull/42/issue_event/%d@github.com>
""" % (rnd.randint(10**10, 10**11), rnd.randint(10**10, 10**11))
html = html_wrap('<p>Merged <a href="https://github.com/nubecita-labs/infra-modules/pull/42">#42</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nubecita-labs/infra-modules/pull/42#event">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
other_mail(57, "github-pr-merged-into-main", "unrelated", "en", None, False, t,
           addr("Jonas Weber", "notifications@github.com"), SOFIA,
           "Re: [nubecita-labs/infra-modules] Merge account-baseline module into main (PR #42)",
           alt(part(txt, cte="7bit", charset="UTF-8"), part(html, "html", cte="7bit", charset="UTF-8")), txt,
           "noreply@github.com", "192.30.252.%d" % rnd.randint(200, 210), "out-%d.smtp.github.com" % rnd.randint(20, 30),
           [("github.com", "pf2023")], "github.com", dmarc_pol="p=REJECT sp=REJECT dis=NONE",
           msgid="<nubecita-labs/infra-modules/pull/42/issue_event/%d@github.com>" % rnd.randint(10**10, 10**11),
           extra=[("In-Reply-To", "<nubecita-labs/infra-modules/pull/42@github.com>"),
                  ("References", "<nubecita-labs/infra-modules/pull/42@github.com>"),
                  ("List-ID", "nubecita-labs/infra-modules <infra-modules.nubecita-labs.github.com>"),
                  ("X-GitHub-Reason", "author")])

# ---------------------------------------------------------------- 058  phishing, not about the merge
t = dt(2025, 8, 12, 4, 41, 9)
txt = """Dear AWS Certified Professional,

Our records show that your AWS Certification benefits will expire in 48 hours.

To keep your FREE exam voucher and 50%% renewal discount, confirm your candidate profile and payment method today:

https://aws-certification-benefits.net/claim?uid=%s

Benefits not claimed before the deadline cannot be restored.

AWS Training & Certification Rewards Team
""" % hexs(12)
other_mail(58, "phish-benefits-expire-voucher", "unrelated", "en", None, False, t,
           addr("AWS Training & Certification", "rewards@aws-certification-benefits.net"), SOFIA,
           "Final notice: your AWS Certification benefits expire in 48 hours",
           part(html_wrap(t2h(txt)), "html", cte="base64"), txt,
           "rewards@aws-certification-benefits.net", "103.152.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
           "vps%d.hostpanel-cloud.net" % rnd.randint(100, 999), [], "aws-certification-benefits.net",
           spf="softfail", dmarc="fail", dmarc_pol="p=NONE sp=NONE dis=NONE")

# ---------------------------------------------------------------- 059  ja other AWS case (billing) resolved
OPEN_JB = dt(2025, 7, 14, 5, 3, 11)
CASE_JB = cid15(OPEN_JB, 2264)
t = dt(2025, 7, 15, 9, 26, 40)
txt = """お客様

サポートケース %s (件名: 請求書払いへの変更について) は解決済みとなりました。

担当者からのご案内のとおり、お支払い方法を請求書払いに変更するお手続きは、翌月分のご請求から適用されます。

今回のサポートについて、AWS サポートセンターで評価をお寄せいただけますと幸いです:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

問題が解決していない場合は、上記リンクから本ケースを再開していただけます。

アマゾン ウェブ サービス

※このメールは送信専用のアドレスから送信されています。
""" % (CASE_JB, CASE_JB)
aws_mail(59, "ja-other-case-billing-resolved", "unrelated", "ja", CASE_JB, t,
         addr(AWS_NAME, NOREPLY), KENJI, ehdr("アマゾン ウェブ サービス: サポートケース %s は解決済みになりました" % CASE_JB, "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), txt,
         provider=("jp", "mta-snd-e04.mail.biglobe.ne.jp", "mx.biglobe.ne.jp"))

# ---------------------------------------------------------------- 060  newsletter
t = dt(2025, 6, 19, 16, 0, 0)
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Training and Certification &middot; June update</td></tr>
<tr><td style="padding:20px">
<h3>New in AWS Skill Builder</h3>
<p>Try the new AWS SimuLearn scenarios for generative AI, and prepare for the AWS Certified AI Practitioner exam with the updated Exam Prep Plan.</p>
<h3>Certification news</h3>
<p>The AWS Certified Machine Learning Engineer - Associate exam is now available in Japanese and Korean. Already certified? Remember that you can use your 50%% discount benefit for your next exam.</p>
<h3>Events</h3>
<p>Join us at AWS Summit Washington, DC for certification lounges and exam-prep sessions.</p>
<p><a href="https://skillbuilder.aws/?trk=%s">Start learning</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078">You are receiving this e-mail because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a><br>%s</td></tr>
</table>""" % (hexs(12), FOOT_EN))
new = "AWS Training and Certification June update New in AWS Skill Builder Certification news Events"
aws_mail(60, "training-newsletter-june-update", "unrelated", "en", None, t,
         addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), PRIYA,
         "What's new in AWS Training and Certification - June 2025", part(html, "html", cte="quoted-printable"), new,
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hexs(16)),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")])


if __name__ == "__main__":
    write_all()
