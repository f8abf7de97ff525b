#!/usr/bin/env python3
"""Generator for blind set 213: AWS Certification account-merge mailbox.

Emphasis: non-native English agents/users (Spanish, Hindi, Chinese, Portuguese,
Vietnamese, Arabic), plus Japanese, plus look-alikes.

Run: python3 make_set.py   -> writes NNN-*.eml and labels.json into this folder.
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(213)
LABELS = {}
NEWTEXT = {}  # fname -> new text (for sanity checks)

# ---------------------------------------------------------------- time helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

UTC = tz(0)
PDT = tz(-7)
PST = tz(-8)
JST = tz(9)
IST = tz(5, 30)
BRT = tz(-3)
CST6 = tz(-6)
ICT = tz(7)
AST3 = tz(3)
CET = tz(1)
CEST = tz(2)
CN8 = tz(8)


def D(y, mo, d, h, mi, s=0, z=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=z)


def rfc(d):
    return format_datetime(d)


def case15(opened, tail):
    """15-digit case id: 10-digit Unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), tail)


# ---------------------------------------------------------------- random bits
def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(al) for _ in range(n))


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, str(uuid.UUID(int=rnd.getrandbits(128))))


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, str(uuid.UUID(int=rnd.getrandbits(128))))


def fold_b(s, width=72, indent="         "):
    out, line = [], ""
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return ("\n" + indent).join(out)


def dkim_sig(domain, selector, d, signed="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, int(d.timestamp()), signed, b64s(43) + "=",
               fold_b(b64s(342) + "=", 70, "\t")))


AMZ_SEL = "rjt5bkvbgfu4ub7s3tbthqzr3ud6bnaz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def amazon_dkim(d):
    return [("DKIM-Signature", dkim_sig("amazon.com", AMZ_SEL, d)),
            ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d,
                                        "From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"))]


SES_IPS = ["54.240.8.30", "54.240.8.61", "54.240.9.114", "54.240.48.34", "54.240.27.18",
           "54.240.11.102", "54.240.13.47", "54.240.48.91"]


def ses_host(ip):
    a, b, c, e = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, e)


# ---------------------------------------------------------------- A-R builders
def ar_gmail(spf, spf_dom, mailfrom, ip, dkims, dmarc, from_dom, policy="QUARANTINE"):
    parts = []
    for res, dom, sel in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, b64s(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(spf, mailfrom_dom, ip, dkim_res, dkim_dom, dmarc, from_dom, compauth="pass reason=100"):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, ip, mailfrom_dom, dkim_res, dkim_dom, dmarc,
        "none" if dmarc == "pass" else "quarantine", from_dom, compauth)
    if dkim_res != "pass":
        s = s.replace("(signature was verified)", "(signature did not verify)" if dkim_res == "fail" else "(no signature)")
    return s


def ar_jp(authserv, spf, mailfrom, dkim_res, dkim_dom, dmarc, from_dom):
    return "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mailfrom, dkim_res, dkim_dom, dmarc, from_dom)


# ---------------------------------------------------------------- routes
def route_gmail(rcpt, d, src_host, src_ip, ar, return_path, arc=True):
    """Headers added by Gmail, topmost first."""
    d1 = d + dt.timedelta(seconds=rnd.randint(1, 4))
    loc = d1.astimezone(PDT if 3 < d1.month < 11 else PST)
    ds = rfc(loc) + (" (PDT)" if loc.utcoffset() == dt.timedelta(hours=-7) else " (PST)")
    smtpid = b64s(2).lower() + hexs(2) + "a" + hexs(3) + "." + str(rnd.randint(100, 999))
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:7%03d:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
          % (rnd.randint(100, 999), hexs(4), hexs(3), hexs(3), hexs(4), smtpid, ds)),
         ("X-Google-Smtp-Source", b64s(68) + "=="),
         ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
          % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(16), rnd.randint(10, 99), rnd.randint(1000000000000, 9999999999999), ds))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (int(d1.timestamp()), fold_b(b64s(340) + "==", 68, "        "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s"
               % (b64s(43), b64s(43), fold_b(b64s(340) + "==", 68, "        "))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % return_path),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
           % (src_host, src_host, src_ip, hexs(16), rnd.randint(10, 99), "2025" if d.year >= 2025 else str(d.year),
              "%02d" % d.month, "%02d" % d.day, rcpt, ds)),
          ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
           % ("pass" if "spf=pass" in ar else ("softfail" if "spf=softfail" in ar else "fail"), return_path,
              "designates" if "spf=pass" in ar else "does not designate", src_ip, src_ip)),
          ("Authentication-Results", ar)]
    return h


def route_outlook(rcpt, d, src_host, src_ip, ar, return_path):
    d1 = d + dt.timedelta(seconds=rnd.randint(1, 5))
    ds = rfc(d1.astimezone(UTC)).replace("-0000", "+0000")
    n1 = rnd.randint(1, 9)
    pfx = rnd.choice(["PH0PR11MB", "SA1PR12MB", "DM6PR02MB", "BY5PR18MB", "MW4PR84MB", "AS8PR04MB", "DB9PR10MB"])
    pfx2 = rnd.choice(["SN1PEPF0002", "BN2PEPF0000", "DS3PEPF0000", "AMS0EPF0000"])
    h = [("Received", "from %s%04d.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s%04d.namprd%02d.prod.outlook.com with HTTPS; %s"
          % (pfx, rnd.randint(1000, 9999), n1, hexs(3), hexs(3), rnd.randint(10, 30), pfx, rnd.randint(1000, 9999), n1, ds)),
         ("Received", "from %s%s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d)\n by %s%04d.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
          % (pfx2, hexs(3).upper(), n1, hexs(3), hexs(3), rnd.randint(10, 99), pfx, rnd.randint(1000, 9999), n1,
             hexs(3), hexs(3), rnd.randint(10, 30), rnd.randint(8000, 8999), rnd.randint(10, 40), ds)),
         ("Authentication-Results", ar),
         ("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
          % ("Pass" if "spf=pass" in ar else "Fail", return_path.split("@")[-1],
             "designates" if "spf=pass" in ar else "does not designate", src_ip, src_ip, src_host)),
         ("Received", "from %s (%s) by\n %s%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
          % (src_host, src_ip, pfx2, hexs(3).upper(), rnd.randint(1, 250), rnd.randint(1, 250),
             rnd.randint(8000, 8999), rnd.randint(10, 40), ds)),
         ("X-MS-Exchange-Organization-ExpirationStartTime", ds.split(", ", 1)[-1].replace(" +0000", "") + ".%04dZ" % rnd.randint(0, 9999)),
         ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=rnd.getrandbits(128)))),
         ("X-MS-Exchange-Organization-SCL", "1"),
         ("Return-Path", return_path)]
    return h


def route_jp(rcpt, d, src_host, src_ip, ar, return_path, mta):
    d1 = (d + dt.timedelta(seconds=rnd.randint(1, 6))).astimezone(JST)
    h = [("Return-Path", "<%s>" % return_path),
         ("Delivered-To", rcpt),
         ("Received", "from %s by %s (%s) with LMTP id %s\n\tfor <%s>; %s"
          % (mta.replace("mta", "mbox", 1), mta.replace("mta", "mbox", 1), "Dovecot", b64s(22), rcpt, rfc(d1))),
         ("Authentication-Results", ar),
         ("Received", "from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
          % (src_host, src_host, src_ip, mta, hexs(12).upper(), rcpt, rfc(d1)))]
    return h


def route_plain(rcpt, d, src_host, src_ip, return_path, mx):
    """No Authentication-Results anywhere (e.g. corporate relay / POP)."""
    d1 = d + dt.timedelta(seconds=rnd.randint(1, 6))
    return [("Return-Path", "<%s>" % return_path),
            ("Received", "from %s ([%s]) by %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (src_host, src_ip, mx, hexs(11).upper(), rcpt, rfc(d1))),
            ("X-Spam-Status", "No, score=-0.%d required=5.0 tests=HTML_MESSAGE,RCVD_IN_DNSWL_NONE\n\tautolearn=ham autolearn_force=no version=3.4.6" % rnd.randint(1, 9))]


def ses_trace(d):
    """The Received line SES adds itself (sometimes visible)."""
    return []


# ---------------------------------------------------------------- quoting styles
def qprefix(text, p="> "):
    return "\n".join((p + l) if l.strip() else p.rstrip() for l in text.strip("\n").split("\n"))


def q_gmail(d, name, addr, text):
    hr = d.strftime("%-I:%M %p")
    return "On %s at %s %s <%s> wrote:\n%s" % (d.strftime("%a, %b %-d, %Y"), hr, name, addr, qprefix(text))


def q_outlook(name, addr, d, to, subject, text, bar=True):
    s = ("________________________________\n" if bar else "")
    s += "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        name, addr, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text.strip("\n"))
    return s


def q_original(name, addr, d, to, subject, text):
    return "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        name, addr, d.strftime("%a %d/%m/%Y %H:%M"), to, subject, text.strip("\n"))


WD_JA = "月火水木金土日"


def q_jp(d, name, addr, text):
    d = d.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, addr, qprefix(text))


# ---------------------------------------------------------------- MIME leaves
def leaf(subtype, text, charset="utf-8", cte="quoted-printable", label=None, fmt_flowed=False):
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if fmt_flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii").replace("\r\n", "\n")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def to_html(new, quoted="", style="generic", footer_html=""):
    def paras(t):
        out = []
        for block in re.split(r"\n\s*\n", t.strip("\n")):
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in block.split("\n")) + "</p>")
        return "\n".join(out)
    body = paras(new)
    if quoted:
        body += ('\n<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                 + paras(quoted) + "\n</blockquote></div>")
    if style == "aws":
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f}</style></head>\n'
                '<body>\n<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px">\n'
                + body + "\n" + footer_html + "\n</td></tr></table>\n</body></html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="ltr">'
            + body + footer_html + "</div>\n</body></html>\n")


# ---------------------------------------------------------------- writer
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?![0-9])", re.I)


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def hdr(name, value):
    return "%s: %s\n" % (name, value)


def enc_subject(s, charset=None):
    if charset is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(s, charset, header_name="Subject").encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def write(num, slug, *, kind, case_id, lang, sv, frm, to, subject, date, new, quoted="",
          route, msgid, body=None, html=None, html_only=False, charset="utf-8", cte="quoted-printable",
          label_charset=None, subj_charset=None, from_charset="utf-8", pre_headers=(), post_headers=(),
          dkim=(), reply_to=None, cc=None, ids=None, plain_text=None, flowed=False, xmailer=None,
          in_reply_to=None, references=None, html_cte=None, html_charset=None, attach=None):
    fname = "%03d-%s.eml" % (num, slug)
    text = plain_text if plain_text is not None else (new.rstrip("\n") + ("\n\n" + quoted.strip("\n") if quoted else "") + "\n")
    # body
    if body is not None:
        m = body
    elif html_only:
        m = leaf("html", html if html is not None else to_html(new, quoted), html_charset or charset, html_cte or cte, label_charset)
    elif html is not None or html_cte is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(leaf("plain", text, charset, cte, label_charset, flowed))
        alt.attach(leaf("html", html if html is not None else to_html(new, quoted), html_charset or charset,
                        html_cte or cte, label_charset))
        m = alt
    else:
        m = leaf("plain", text, charset, cte, label_charset, flowed)
    if attach is not None:
        mixed = MIMEMultipart("mixed")
        mixed.attach(m)
        for a in attach:
            mixed.attach(a)
        m = mixed
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    # headers (trace first)
    h = ""
    for n, v in route:
        h += hdr(n, v)
    for n, v in pre_headers:
        h += hdr(n, v)
    for n, v in dkim:
        h += hdr(n, v)
    h += hdr("From", frm if isinstance(frm, str) else enc_addr(frm[0], frm[1], from_charset))
    if reply_to:
        h += hdr("Reply-To", reply_to)
    h += hdr("To", to if isinstance(to, str) else enc_addr(to[0], to[1], from_charset))
    if cc:
        h += hdr("Cc", cc)
    h += hdr("Subject", enc_subject(subject, subj_charset))
    h += hdr("Date", rfc(date))
    h += hdr("Message-ID", msgid)
    if in_reply_to:
        h += hdr("In-Reply-To", in_reply_to)
    if references:
        h += hdr("References", references)
    if xmailer:
        h += hdr("X-Mailer", xmailer)
    for n, v in post_headers:
        h += hdr(n, v)
    # email package output: move MIME-Version to the top of its block
    mb = m.as_bytes()
    hb, bb = mb.split(b"\n\n", 1)
    lines = hb.split(b"\n")
    # unfold into header entries
    entries = []
    for l in lines:
        if l[:1] in (b" ", b"\t") and entries:
            entries[-1] += b"\n" + l
        else:
            entries.append(l)
    mv = [e for e in entries if e.lower().startswith(b"mime-version")]
    rest = [e for e in entries if not e.lower().startswith(b"mime-version")]
    full = h.encode("ascii") + b"\n".join(mv + rest) + b"\n\n" + bb
    full = full.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(full)
    found = ids_in(new)
    if ids is not None:
        assert sorted(ids) == found, (fname, ids, found)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": found,
                     "sender_verified": sv, "language": lang}
    NEWTEXT[fname] = new
    return fname


# ---------------------------------------------------------------- shared text
AWS_FOOTER_FORM = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{agent}
Amazon Web Services
"""

AWS_LEGAL = """Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""


def console_footer(case, lang="en"):
    return ("""
To see all of your cases, please visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language={l}

Was this response helpful? Please rate it here: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language={l}&rate=true

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

""".format(c=case, l=lang) + AWS_LEGAL)


FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_FROM = ("Amazon Web Services", FORM_ADDR)
NOREPLY_FROM = ("Amazon Web Services", NOREPLY)


def aws_mail_gmail(rcpt, d, from_dom="amazon.com", dkim_ok=True, dmarc="pass"):
    """Route + dkim for a genuine AWS mail delivered to Gmail."""
    ip = rnd.choice(SES_IPS)
    mf = ses_mailfrom(d)
    dk = [("pass" if dkim_ok else "fail", from_dom, AMZ_SEL), ("pass", "amazonses.com", SES_SEL)]
    ar = ar_gmail("pass", "amazonses.com", mf, ip, dk, dmarc, from_dom)
    return route_gmail(rcpt, d, ses_host(ip), ip, ar, mf), amazon_dkim(d)


def aws_mail_outlook(rcpt, d, from_dom="amazon.com"):
    ip = rnd.choice(SES_IPS)
    mf = ses_mailfrom(d)
    ar = ar_outlook("pass", "amazonses.com", ip, "pass", from_dom, "pass", from_dom)
    return route_outlook(rcpt, d, ses_host(ip), ip, ar, mf), amazon_dkim(d)


def aws_mail_jp(rcpt, d, authserv, mta, from_dom="amazon.com"):
    ip = rnd.choice(SES_IPS)
    mf = ses_mailfrom(d)
    ar = ar_jp(authserv, "pass", mf, "pass", from_dom, "pass", from_dom)
    return route_jp(rcpt, d, ses_host(ip), ip, ar, mf, mta), amazon_dkim(d)


SES_POST = lambda d: [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)),
                      ("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d-") + rnd.choice(SES_IPS))]


# ============================================================================
# MAILS
# ============================================================================
def build():
    pass  # filled below in parts


MAILS = []


def mail(f):
    MAILS.append(f)
    return f


# (mail definitions follow)

# ---------------------------------------------------------------- people
CARLOS = ("Carlos Méndez Ruiz", "carlos.mendez.ruiz@gmail.com")
PRIYA = ("Priya Raghunathan", "priya.raghunathan@outlook.com")
WEI_163 = ("Zhang Wei", "zhangwei_88@163.com")
WEI = ("Wei Zhang", "wei.zhang@huaxin-tech.cn")
JOAO = ("João Pereira", "joao.pereira.ti@hotmail.com")
LAN = ("Nguyễn Thị Lan", "lan.nguyen.thi@gmail.com")
AHMED = ("Ahmed Al-Harbi", "ahmed.alharbi87@outlook.com")
TANAKA = ("田中 健太", "k-tanaka@nifty.com")
SATO = ("佐藤 美咲", "misaki.sato@biglobe.ne.jp")
ANA = ("Ana Lucía Torres", "analucia.torres@gmail.com")
ARJUN = ("Arjun Mehta", "arjun.mehta.cloud@gmail.com")
FATIMA = ("Fatima Zahra Benali", "fz.benali@outlook.com")
MINH = ("Trần Quang Minh", "minh.tran.dev@gmail.com")
RAFAEL = ("Rafael Souza", "rafael.souza.aws@gmail.com")

# case ids
C_CARLOS = case15(D(2025, 5, 26, 21, 12, 7), 8841)      # form
C_PRIYA = case15(D(2025, 6, 3, 5, 40, 51), 21337)       # console
C_TANAKA = case15(D(2025, 5, 27, 23, 2, 15), 60412)     # console, ja
C_WEI = "10873342151"                                   # 2022 form
C_LAN = "6284019931"                                    # 2019 form
C_SATO = case15(D(2025, 7, 8, 1, 31, 44), 3906)         # form, ja
C_JOAO = case15(D(2025, 4, 14, 12, 5, 33), 77120)       # form
C_MINH = "11502836417"                                  # 2023 form
C_AHMED = case15(D(2025, 8, 18, 7, 22, 9), 45018)       # form
C_ANA = case15(D(2025, 9, 2, 16, 48, 2), 12094)         # form
C_ARJUN = case15(D(2025, 3, 10, 9, 15, 40), 50233)      # console
C_FATIMA = case15(D(2025, 10, 6, 10, 3, 27), 99107)     # form
C_RAFAEL = "7391025846"                                 # 2020 console
C_LAN2 = "10390557728"                                  # 2022 form (Lan, new account)

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


@mail
def m001():
    d = D(2025, 5, 26, 21, 12, 41)
    route, dk = aws_mail_gmail(CARLOS[1], d)
    new = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and a support case has been created for you.

Case ID: {c}
Inquiry type: AWS Training and Certification
Detail: Account Merge

A member of our team will review your request and respond as soon as possible, normally within 24 hours. To help us serve you faster, please do not submit another request for the same issue; if you need to add information, reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification Customer Support

""".format(c=C_CARLOS) + AWS_LEGAL
    html = to_html(new, style="aws")
    return dict(num=1, slug="form-ack-case-opened", kind="case_created", case_id=C_CARLOS, lang="en", sv=True,
                frm=FORM_FROM, to=CARLOS[1], subject="[CASE %s] %s" % (C_CARLOS, FORM_SUBJ), date=d,
                new=new, html=html, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m002():
    d = D(2025, 6, 3, 5, 41, 2)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    new = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Need to merge my 2 certification account
Severity: General guidance
Correspondence: Hello team, I am having two candidate account, one is from my previous company mail id and one personal. Both have certificates. IDs are AWS03318460 (old company) and AWS01975532 (personal). Please merge into one, I want to keep the personal one. Thank you.

We will get back to you as quickly as possible. If you would like to provide additional information, please use the Support Center link below.

Best regards,
Amazon Web Services
""".format(c=C_PRIYA) + console_footer(C_PRIYA)
    return dict(num=2, slug="console-new-support-case-opened", kind="case_created", case_id=C_PRIYA, lang="en", sv=True,
                frm=NOREPLY_FROM, to=PRIYA[1],
                subject="Amazon Web Services: You have opened a new Support case: %s" % C_PRIYA, date=d,
                new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS01975532", "AWS03318460"])


@mail
def m003():
    d = D(2025, 5, 27, 23, 2, 30)
    route, dk = aws_mail_jp(TANAKA[1], d, "nifty.com", "mta-b04.nifty.com")
    new = """田中 健太 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {c} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {c}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス

できるだけ早くご連絡いたします。追加情報がある場合は、以下のサポートセンターのリンクからご提供ください。

サポートセンターですべてのケースを確認するには、次のリンクにアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス
""".format(c=C_TANAKA)
    return dict(num=3, slug="ja-console-case-opened", kind="case_created", case_id=C_TANAKA, lang="ja", sv=True,
                frm=("アマゾン ウェブ サービス", NOREPLY), from_charset="iso-2022-jp", to=TANAKA[1],
                subject="Amazon Web Services: 新しいサポートケースがオープンされました: %s" % C_TANAKA,
                subj_charset="iso-2022-jp", date=d, new=new, charset="iso-2022-jp", cte="7bit",
                route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m004():
    d = D(2022, 9, 19, 2, 27, 55)
    ip = "54.240.8.61"
    mf = ses_mailfrom(d)
    route = [("Return-Path", "<%s>" % mf),
             ("Received", "from %s (unknown [%s])\n\tby mx45 (Coremail) with SMTP id %s;\n\t%s"
              % (ses_host(ip), ip, b64s(24), rfc(d.astimezone(CN8) + dt.timedelta(seconds=3)))),
             ("X-CM-TRANSID", b64s(24)),
             ("X-Coremail-Antispam", "1Uf129KBjvJXoW7Jr4fKr1DGw1kJF1fWrWkZwb_yoW3KrbEgF"),
             ("X-Originating-IP", "[%s]" % ip)]
    new = """Hello,

We've received your request. Thank you for reaching out to AWS Training and Certification Customer Support.

Your case number is {c}. Please keep this number for your reference.

Our team will respond to you within 1 business day. Replies to this message will be added to your case.

For answers to frequently asked questions about AWS Certification, visit https://aws.amazon.com/certification/faqs/

Thank you,
AWS Training and Certification Customer Support
""".format(c=C_WEI)
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80" /></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We&#39;ve received your request. Thank you for reaching out to AWS Training and Certification Customer Support.</p>
<p>Your case number is <b>{c}</b>. Please keep this number for your reference.</p>
<p>Our team will respond to you within 1 business day. Replies to this message will be added to your case.</p>
<p>For answers to frequently asked questions about AWS Certification, visit <a href="https://aws.amazon.com/certification/faqs/">the AWS Certification FAQ</a>.</p>
<p>Thank you,<br />AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.<br />Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
""".format(c=C_WEI)
    return dict(num=4, slug="html-only-form-ack-2022", kind="case_created", case_id=C_WEI, lang="en", sv=None,
                frm=FORM_FROM, to=WEI_163[1], subject="[CASE %s] We received your request - AWS Training and Certification" % C_WEI,
                date=d, new=new, html=html, html_only=True, cte="base64", route=route, msgid=ses_msgid(d),
                dkim=amazon_dkim(d), ids=[])


@mail
def m005():
    d = D(2019, 11, 4, 3, 18, 9)
    ip = "54.240.27.18"
    mf = ses_mailfrom(d)
    ar = ar_gmail("pass", "amazonses.com", mf, ip, [("pass", "amazon.com", "taugkaknmfkhefxl3e3f6jm3gmaz7mgq"),
                                                    ("pass", "amazonses.com", SES_SEL)], "pass", "amazon.com")
    route = route_gmail(LAN[1], d, ses_host(ip), ip, ar, mf, arc=False)
    new = """Dear Customer,

Thank you for contacting AWS Training & Certification Customer Support. This message is to confirm we have received your inquiry and opened case {c}.

Summary of your submission:
  Inquiry Type: Certification
  Inquiry Detail: Account merge
  AWS Candidate ID: AWS00892714

A Customer Support representative will contact you within 1-2 business days. Please do not open a new case for the same request, as this may delay our response.

Regards,
AWS Training & Certification Customer Support
""".format(c=C_LAN)
    return dict(num=5, slug="old-2019-ack-with-candidate-id", kind="case_created", case_id=C_LAN, lang="en", sv=True,
                frm=("AWS Training & Certification", FORM_ADDR), to=LAN[1],
                subject="Case %s: We have received your inquiry" % C_LAN, date=d, new=new, cte="7bit",
                route=route, dkim=[("DKIM-Signature", dkim_sig("amazon.com", "taugkaknmfkhefxl3e3f6jm3gmaz7mgq", d))],
                msgid=ses_msgid(d), ids=["AWS00892714"])


@mail
def m006():
    d = D(2025, 6, 11, 14, 7, 19)
    ip = "185.212.47.130"
    mf = "bounce-7731@mail.aws-certification-helpdesk.com"
    ar = ar_gmail("pass", "aws-certification-helpdesk.com", mf, ip,
                  [("pass", "aws-certification-helpdesk.com", "k1")], "pass", "aws-certification-helpdesk.com", policy="NONE")
    route = route_gmail(ARJUN[1], d, "mail.aws-certification-helpdesk.com", ip, ar, mf)
    fake = case15(D(2025, 6, 11, 13, 58, 40), 31550)
    new = """Dear Candidate,

Thank you for contacting AWS Training & Certification. A support case was open for your request of Certification Account Merge.

Case ID: {c}
Status: Pending verification

To proceed with merging your certification accounts, our system require you to verify ownership of both candidate accounts within 24 hours. If the verification is not complete, the case will be cancelled automatically and your certifications may be suspend.

Verify now: https://aws-certification-helpdesk.com/verify?case={c}

Regards,
AWS Certification Support Team
""".format(c=fake)
    html = to_html(new, style="aws")
    return dict(num=6, slug="lookalike-domain-case-opened-phish", kind="case_created", case_id=fake, lang="en", sv=False,
                frm=("AWS Training & Certification", "support@aws-certification-helpdesk.com"), to=ARJUN[1],
                subject="[CASE %s] Your account merge request has been opened" % fake, date=d, new=new, html=html,
                route=route, dkim=[("DKIM-Signature", dkim_sig("aws-certification-helpdesk.com", "k1", d))],
                msgid="<%s@aws-certification-helpdesk.com>" % hexs(24), xmailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
                ids=[])


@mail
def m007():
    d = D(2025, 7, 8, 1, 32, 10)
    route, dk = aws_mail_jp(SATO[1], d, "biglobe.ne.jp", "mta-rx07.biglobe.ne.jp")
    new = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

お客様からのお問い合わせを受け付けました。本メールは自動送信です。

ケース ID: {c}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。同じ内容で新たにお問い合わせを作成されますと、回答が遅れる場合がございますのでご注意ください。追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
""".format(c=C_SATO)
    return dict(num=7, slug="ja-form-ack-shift-jis", kind="case_created", case_id=C_SATO, lang="ja", sv=True,
                frm=("AWS トレーニングと認定", FORM_ADDR), from_charset="shift_jis", to=SATO[1],
                subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % C_SATO, subj_charset="shift_jis",
                date=d, new=new, charset="shift_jis", cte="base64", route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m008():
    d = D(2025, 5, 27, 18, 40, 12)
    route, dk = aws_mail_gmail(CARLOS[1], d)
    new = """Hello Carlos,

Thank you for contact with AWS Training and Certification.

I have revised your petition and I found the two accounts that you mention. Before to proceed, I need that you confirm me the next information:

Account that will be merged (it will be deactivated): AWS04417723 - carlos.mendez@itsol-mx.com
Account that will remain as principal: AWS02291856 - carlos.mendez.ruiz@gmail.com

All the certifications and the history of exams of the first account will pass to the principal account. Please have in consideration that this process is not reversible, once the accounts are merged we cannot separate them again.

About the third ID that you mention in your petition, I could not locate it in our system, so it will not be part of this process.

If the information is correct, please response this email with your confirmation so we can continue with the process.

I stay attentive.
""" + AWS_FOOTER_FORM.format(agent="Valentina R.")
    quoted = """---------- Original Message ----------
From: Carlos Méndez Ruiz
Sent: 2025-05-26 21:12:07 UTC
Subject: account-assistance

First name: Carlos
Last name: Méndez Ruiz
Email: carlos.mendez.ruiz@gmail.com
AWS candidate ID: AWS02291856
Inquiry type: AWS Training and Certification
Detail: Account Merge
Description: Hello, I have 2 accounts of certification, the first one AWS04417723 with my old job email and this AWS02291856. Also maybe exist a third one aws03990021 from a exam in 2019 but I am not sure. I want keep only AWS02291856 please. Thanks!"""
    return dict(num=8, slug="confirm-request-spanish-agent", kind="merge_confirmation_requested", case_id=C_CARLOS,
                lang="en", sv=True, frm=FORM_FROM, to=CARLOS[1], subject="RE:[CASE %s] %s" % (C_CARLOS, FORM_SUBJ),
                date=d, new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS02291856", "AWS04417723"])


@mail
def m009():
    d = D(2025, 6, 4, 8, 12, 48)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    new = """Dear Priya,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification support. This is Rohit and I will be assisting you on this case.

As per the details shared by you, I have checked both the candidate IDs in our system. Kindly find below the details of the merging:

Primary account (to be retained) : AWS-01975532 (priya.raghunathan@outlook.com)
Secondary account (to be merged and closed) : AWS-03318460 (priya.r@techvriddhi.in)

Post merging, all the certifications, exam history and benefits will reflect under the primary account and the secondary account will be deactivated permanently. Please note that merge once done can not be reverted back.

Kindly revert back on this case with your confirmation so that we can go ahead with the merge. As this e-mail id does not accept replies, request you to respond through the Support Center link given below.

Thanks and regards,
Rohit K.
Amazon Web Services
""" + console_footer(C_PRIYA)
    return dict(num=9, slug="confirm-request-hindi-agent-console", kind="merge_confirmation_requested", case_id=C_PRIYA,
                lang="en", sv=True, frm=NOREPLY_FROM, to=PRIYA[1],
                subject="RE:[CASE %s] Need to merge my 2 certification account" % C_PRIYA,
                date=d, new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS01975532", "AWS03318460"])


@mail
def m010():
    d = D(2022, 9, 20, 7, 3, 22)
    ip = "54.240.9.114"
    mf = ses_mailfrom(d)
    route = [("Return-Path", "<%s>" % mf),
             ("Received", "from %s (unknown [%s])\n\tby mx45 (Coremail) with SMTP id %s;\n\t%s"
              % (ses_host(ip), ip, b64s(24), rfc(d.astimezone(CN8) + dt.timedelta(seconds=4)))),
             ("X-CM-TRANSID", b64s(24)),
             ("X-Coremail-Antispam", "1Uf129KBjvJXoWxAr1fJw47Wr1DKFyxuw1xZwb_yoWrZF1rpF"),
             ("X-Originating-IP", "[%s]" % ip)]
    new = """Dear Zhang Wei,

Thanks for your patient waiting.

According to your request, we have found below 2 certification accounts under your name. Please kindly confirm below information is correct or not:

- Source account (will be merged and closed): aws05562019, email: zhangwei_88@163.com
- Target account (will be keep): aws00783341, email: wei.zhang@huaxin-tech.cn

After merge, all of your certifications and exam records will move to the target account, and source account will be not able to login anymore. The merge operation is can not be undo.

If above information is correct, please directly reply this email with "confirm", then we will arrange the merge for you.

Best regards,
Lina Z.
Amazon Web Services
"""
    quoted = q_original("Zhang Wei", WEI_163[1], D(2022, 9, 19, 2, 27, 0, CN8), FORM_ADDR, "account-assistance",
                        """Hello AWS,
I have two account for certification. One is aws05562019 (this email), another one is AWS00783341 use my company email. I want to merge them into company one because I pass SAA with company account. Please help, thanks.

Zhang Wei""")
    return dict(num=10, slug="confirm-request-chinese-agent-base64", kind="merge_confirmation_requested", case_id=C_WEI,
                lang="en", sv=None, frm=FORM_FROM, to=WEI_163[1],
                subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_WEI,
                date=d, new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), cte="base64",
                route=route, dkim=amazon_dkim(d), msgid=ses_msgid(d), ids=["AWS00783341", "AWS05562019"])


@mail
def m011():
    d = D(2025, 4, 16, 13, 27, 5)
    route, dk = aws_mail_outlook(JOAO[1], d)
    new = """Hello João,

Thank you for contacting the AWS Training and Certification.

I verified your solicitation and we can do the unification of your two certification profiles. For this, I need that you confirm the following points:

• The profile AWS 02640917 (joao.pereira@constrular.com.br) will be incorporated to the profile AWS 04128805 (joao.pereira.ti@hotmail.com).
• The profile AWS 04128805 will continue active and will keep all the certifications, exams history and benefits of both.
• The profile AWS 02640917 will be desactivated after the procedure and you will not be able to access it.

Attention: after realized, this procedure cannot be reversed.

Could you please answer this e-mail confirming that the above informations are correct? Only after your confirmation we will be able to continue.

Atenciosamente / Best regards,
Thiago M.
Amazon Web Services
"""
    quoted = q_original("João Pereira", JOAO[1], D(2025, 4, 14, 9, 5, 0, BRT), FORM_ADDR, "account-assistance",
                        """Good morning,

I have 2 profiles in AWS Certification, the old one AWS02640917 was create with e-mail of my ex company and the new one AWS04128805. I would like to stay only with the new one. It is possible?

Obrigado,
João Pereira""")
    return dict(num=11, slug="confirm-unification-portuguese-agent", kind="merge_confirmation_requested", case_id=C_JOAO,
                lang="en", sv=True, frm=FORM_FROM, to=JOAO[1], subject="RE:[CASE %s] %s" % (C_JOAO, FORM_SUBJ),
                date=d, new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS02640917", "AWS04128805"])


@mail
def m012():
    d = D(2023, 5, 23, 3, 51, 40)
    route, dk = aws_mail_gmail(MINH[1], d)
    new = """Dear Minh,

Thank you for contact AWS Training and Certification Support and provide the information.

Could you please help to confirm the accounts merge as below?

1. Account AWS01120458 (email: minh.tq@fsoft-partner.vn) - this account will be merged into account number 2 and will be deactivate.
2. Account AWS03377206 (email: minh.tran.dev@gmail.com) - this account will be keep as main account.

After merging, you can only use account number 2 to login the AWS Certification account. All the certifications on account 1 will be show in account 2.

Kindly note that we can not undo the merge after it is done.

Please reply us to confirm so we can process.

Best regards,
Huong P.
AWS Training and Certification
"""
    inner = """Dear customer,

To help us locate your accounts, could you please provide the email address that you use to login each of the certification account?

Best regards,
Huong P."""
    minh = """Hi Huong,

Thank you. The first one is minh.tq@fsoft-partner.vn (AWS01120458), the second one is minh.tran.dev@gmail.com (AWS03377206). I want to keep the gmail one.

Best,
Minh

""" + q_gmail(D(2023, 5, 22, 9, 2, 0, ICT), "Amazon Web Services", FORM_ADDR, inner)
    quoted = q_gmail(D(2023, 5, 22, 20, 14, 0, ICT), "Trần Quang Minh", MINH[1], minh)
    return dict(num=12, slug="confirm-request-vietnamese-agent-2023", kind="merge_confirmation_requested", case_id=C_MINH,
                lang="en", sv=True, frm=FORM_FROM, to=MINH[1], subject="RE:[CASE %s] %s" % (C_MINH, FORM_SUBJ),
                date=d, new=new, quoted=quoted, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d),
                ids=["AWS01120458", "AWS03377206"])


@mail
def m013():
    d = D(2025, 8, 19, 6, 14, 57)
    route, dk = aws_mail_outlook(AHMED[1], d)
    new = """Dear Ahmed,

Greetings, and hope this email finds you in good health.

Kindly be informed that we have received your request regarding merging your certification accounts, and we have located the below accounts in our records:

- Candidate ID AWS00614492 - registered with email ahmed.harbi@gulfnet-sa.com
- Candidate ID AWS05230178 - registered with email ahmed.alharbi87@outlook.com

As per your request, the account AWS00614492 shall be merged into AWS05230178 which will be the surviving account. Please be noted that this action is permanent and cannot be reversed.

Before we proceed, we need your kind confirmation on the above by replying to this email. Once the merge is complete we will send you a confirmation email and you will be able to see all your certifications under the surviving account.

Your cooperation is highly appreciated.
""" + AWS_FOOTER_FORM.format(agent="Omar S.")
    return dict(num=13, slug="confirm-request-arabic-agent-once-complete", kind="merge_confirmation_requested",
                case_id=C_AHMED, lang="en", sv=True, frm=FORM_FROM, to=AHMED[1],
                subject="RE: [CASE %s] %s" % (C_AHMED, FORM_SUBJ), date=d, new=new,
                html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d),
                ids=["AWS00614492", "AWS05230178"])


@mail
def m014():
    d = D(2025, 5, 29, 2, 47, 13)
    route, dk = aws_mail_jp(TANAKA[1], d, "nifty.com", "mta-b02.nifty.com")
    new = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お申し出いただきました認定アカウントの統合につきまして、以下の内容で作業を実施させていただきたく存じます。

統合元アカウント（統合後に無効となります）: AWS01846220
統合先アカウント（統合後も存続いたします）: AWS04409311

統合後は、統合元アカウントで取得された認定資格および受験履歴がすべて統合先アカウントへ移行されます。なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

恐れ入りますが、上記の内容にお間違いがないか、サポートセンターより本ケースへご返信いただけますでしょうか。ご確認をいただき次第、作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

山本
アマゾン ウェブ サービス

サポートセンターですべてのケースを確認するには、次のリンクにアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja
""".format(c=C_TANAKA)
    return dict(num=14, slug="ja-confirm-request-keigo", kind="merge_confirmation_requested", case_id=C_TANAKA,
                lang="ja", sv=True, frm=("アマゾン ウェブ サービス", NOREPLY), from_charset="iso-2022-jp", to=TANAKA[1],
                subject="RE:[CASE %s] 認定アカウントの統合について" % C_TANAKA, subj_charset="iso-2022-jp", date=d,
                new=new, html=to_html(new, style="aws"), charset="utf-8", cte="base64", route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS01846220", "AWS04409311"])


@mail
def m015():
    d = D(2025, 9, 4, 22, 16, 3)
    ip = "91.215.85.44"
    mf = "noreply@amazon-certification-services.com"
    ar = ar_gmail("pass", "amazon-certification-services.com", mf, ip, [], "pass",
                  "amazon-certification-services.com", policy="NONE")
    route = route_gmail(ANA[1], d, "vps-2281.hostcloudnet.ru", ip, ar, mf)
    fake = case15(D(2025, 9, 4, 20, 1, 55), 40776)
    new = """Dear Valued Customer,

We are writing you regarding of your certification account merge request.

Our records shows the following accounts are linked to your name:

    AWS02718830
    AWS05501247

Account AWS02718830 will be merged into the AWS05501247 and this one will be the main. To confirm the merge you must sign in with your AWS Certification credentials on the secure page below within 12 hours, otherwise your request will be reject and the certifications can be lost.

  CONFIRM MERGE NOW >> https://amazon-certification-services.com/merge/confirm?ref={c}

Reference case: {c}

Thank you,
AWS Training and Certification Team
""".format(c=fake)
    return dict(num=15, slug="lookalike-confirm-merge-phish", kind="merge_confirmation_requested", case_id=fake,
                lang="en", sv=False, frm=("AWS Training and Certification", "noreply@amazon-certification-services.com"),
                to=ANA[1], subject="Action required: confirm your AWS Certification account merge", date=d, new=new,
                html=to_html(new, style="aws"), route=route, msgid="<%s.%s@amazon-certification-services.com>" % (hexs(12), hexs(8)),
                xmailer="Microsoft Outlook 16.0", ids=["AWS02718830", "AWS05501247"])


@mail
def m016():
    d = D(2025, 10, 9, 4, 55, 31)
    ip = "45.133.1.72"
    ar = ("spf=fail (sender IP is 45.133.1.72)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n"
          " header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000")
    route = route_outlook(FATIMA[1], d, "mx1.secure-mailer-eu.net", ip, ar, "aws-cs-trainingcertification-form@amazon.com")
    forged = [("Authentication-Results", "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com"),
              ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    fake = case15(D(2025, 10, 8, 11, 30, 12), 20558)
    new = """Dear Fatima,

Greetings from AWS Training and Certification!

This is regarding your request for merging of certification accounts. We have verified and found the below accounts:

Account to be closed : AWS04960381
Account to be retained : AWS01537744

Request you to kindly confirm the above details by filling the verification form in the below link and upload a copy of your passport or national ID for security purpose. Kindly do the needful at the earliest, the merge will be done only after the verification.

https://aws-training-verify.com/case/{c}

Thanks & Regards,
Sanjay P.
Amazon Web Services
""".format(c=fake)
    return dict(num=16, slug="spoofed-amazon-dmarc-fail-confirm", kind="merge_confirmation_requested", case_id=fake,
                lang="en", sv=False, frm=FORM_FROM, to=FATIMA[1], subject="RE:[CASE %s] %s" % (fake, FORM_SUBJ),
                date=d, new=new, route=route, pre_headers=forged, msgid="<%s@amazon.com>" % str(uuid.UUID(int=rnd.getrandbits(128))),
                cte="7bit", charset="us-ascii", ids=["AWS01537744", "AWS04960381"])


@mail
def m017():
    d = D(2025, 3, 12, 2, 9, 26)
    route, dk = aws_mail_gmail(ARJUN[1], d)
    new = """Hello Arjun,

Thank you for your patience.

We have checked your request and found total 3 certification accounts which belong to you. As you requested, we will combine them into one account. Please confirm below plan is correct:

Account to keep (surviving): AWS00277364 - arjun.mehta.cloud@gmail.com
Account to merge in: AWS02004518 - arjun.m@zenlytics.io
Account to merge in: AWS03651129 - arjun_mehta@student.iitb.ac.in

After the merge, only AWS00277364 can be used, and the other two will be deactivated. This operation is irreversible.

Please reply in the Support Center and confirm "yes, please merge" if everything is right. If you want to keep a different account, also please let us know.

Best regards,
Xiaoming L.
Amazon Web Services
"""
    foot = console_footer(C_ARJUN)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Arjun,</p>
<p>Thank you for your patience.</p>
<p>We have checked your request and found total 3 certification accounts which belong to you. As you requested, we will combine them into one account. Please confirm below plan is correct:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Role</th><th>Candidate ID</th><th>Email</th></tr>
<tr><td>Account to keep (surviving)</td><td>AWS00277364</td><td>arjun.mehta.cloud@gmail.com</td></tr>
<tr><td>Account to merge in</td><td>AWS02004518</td><td>arjun.m@zenlytics.io</td></tr>
<tr><td>Account to merge in</td><td>AWS03651129</td><td>arjun_mehta@student.iitb.ac.in</td></tr>
</table>
<p>After the merge, only AWS00277364 can be used, and the other two will be deactivated. This operation is irreversible.</p>
<p>Please reply in the Support Center and confirm &quot;yes, please merge&quot; if everything is right. If you want to keep a different account, also please let us know.</p>
<p>Best regards,<br>Xiaoming L.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#555">To see all of your cases, please visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;language=en">Support Center</a>.</p>
<p style="font-size:12px;color:#555">Was this response helpful? <a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;language=en&amp;rate=true">Click here to rate it</a>.</p>
<p style="font-size:12px;color:#555">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</body></html>
""".replace("{c}", C_ARJUN)
    return dict(num=17, slug="html-only-console-confirm-three-accounts", kind="merge_confirmation_requested",
                case_id=C_ARJUN, lang="en", sv=True, frm=NOREPLY_FROM, to=ARJUN[1],
                subject="RE:[CASE %s] Combine my 3 AWS certification accounts" % C_ARJUN, date=d, new=new + foot,
                html=html, html_only=True, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d),
                ids=["AWS00277364", "AWS02004518", "AWS03651129"])


@mail
def m018():
    d = D(2025, 9, 3, 15, 22, 48)
    route, dk = aws_mail_gmail(ANA[1], d)
    new = """Hello Ana Lucía,

Thanks for write us to AWS Training and Certification.

I have localized two accounts of certification associated to your name:

  - AWS03140692, created in 2021 with the e-mail analucia.torres@uniandes-mail.co
  - AWS00958213, created in 2024 with the e-mail analucia.torres@gmail.com

For continue with your request, could you please indicate us which of both accounts you desire to conserve as the principal one? Also, confirm us please the e-mail of notifications that you prefer to use after the process, because only one will stay.

When we receive your answer we will send you the resume of the process for your final approval.

Kind regards,
Mariana G.
Amazon Web Services
"""
    quoted = q_gmail(D(2025, 9, 2, 11, 48, 0, tz(-5)), "Ana Lucía Torres", ANA[1], """Hello, I have two accounts of AWS Certification because I forget the password of the old one and I create a new one. Please I need to put together in only one account. Thank you very much!""")
    return dict(num=18, slug="spanish-agent-asks-which-account-to-keep", kind="support_reply", case_id=C_ANA, lang="en",
                sv=True, frm=FORM_FROM, to=ANA[1], subject="RE:[CASE %s] %s" % (C_ANA, FORM_SUBJ), date=d, new=new,
                quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS00958213", "AWS03140692"])


@mail
def m019():
    d = D(2025, 3, 11, 4, 36, 10)
    route, dk = aws_mail_gmail(ARJUN[1], d)
    new = """Hello Arjun,

Greetings from Amazon Web Services!

I understand that you wish to merge your certification accounts into a single one. I will be glad to help you on this.

In order to assist you further, request you to kindly share the below details:

1) Email id's registered with each of the candidate IDs mentioned by you (AWS02004518 and aws03651129)
2) If you have any other candidate ID, kindly share that also
3) Which candidate ID you would like to retain as primary

Once we receive the above information, we shall check the same with our internal team and update you accordingly. Awaiting for your response.

Thanks and regards,
Deepak S.
Amazon Web Services
""" + console_footer(C_ARJUN)
    return dict(num=19, slug="hindi-agent-asks-login-emails", kind="support_reply", case_id=C_ARJUN, lang="en", sv=True,
                frm=NOREPLY_FROM, to=ARJUN[1], subject="RE:[CASE %s] Combine my 3 AWS certification accounts" % C_ARJUN,
                date=d, new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS02004518", "AWS03651129"])


@mail
def m020():
    d = D(2025, 4, 17, 12, 2, 44)
    route, dk = aws_mail_outlook(JOAO[1], d)
    new = """Hello João,

Thank you for the confirmation.

I already forwarded your solicitation to our responsible team, which will realize the procedure in the next 2 to 3 business days. As soon as it is finalized, we will send you one e-mail informing.

Meanwhile, we ask you to not schedule new exams in any of the two profiles, to avoid problems during the process.

Atenciosamente / Best regards,
Thiago M.
Amazon Web Services
"""
    agent = """Hello João,

Thank you for contacting the AWS Training and Certification.

I verified your solicitation and we can do the unification of your two certification profiles. For this, I need that you confirm the following points:

• The profile AWS 02640917 (joao.pereira@constrular.com.br) will be incorporated to the profile AWS 04128805 (joao.pereira.ti@hotmail.com).
• The profile AWS 04128805 will continue active and will keep all the certifications, exams history and benefits of both.

Attention: after realized, this procedure cannot be reversed.

Thiago M.
Amazon Web Services"""
    joao = """Hello Thiago,

Yes, the informations are correct. Please proceed with the unification, AWS04128805 is the one to keep.

Obrigado!
João Pereira

""" + q_outlook("Amazon Web Services", FORM_ADDR, D(2025, 4, 16, 10, 27, 0, BRT), "joao.pereira.ti@hotmail.com",
                "RE:[CASE %s] %s" % (C_JOAO, FORM_SUBJ), agent, bar=False)
    quoted = q_outlook("João Pereira", JOAO[1], D(2025, 4, 16, 19, 48, 0, BRT), "Amazon Web Services <%s>" % FORM_ADDR,
                       "Re: RE:[CASE %s] %s" % (C_JOAO, FORM_SUBJ), joao)
    return dict(num=20, slug="portuguese-agent-thanks-for-confirming-will-proceed", kind="support_reply", case_id=C_JOAO,
                lang="en", sv=True, frm=FORM_FROM, to=JOAO[1], subject="RE:[CASE %s] %s" % (C_JOAO, FORM_SUBJ), date=d,
                new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m021():
    d = D(2025, 6, 5, 10, 9, 30)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    new = """Hello,

There is new correspondence on your AWS Support case.

Case ID: {c}
Subject: Need to merge my 2 certification account
Status: Pending customer action

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

""".format(c=C_PRIYA) + AWS_LEGAL
    return dict(num=21, slug="console-new-correspondence-notice", kind="support_reply", case_id=C_PRIYA, lang="en",
                sv=True, frm=NOREPLY_FROM, to=PRIYA[1], subject="[Case %s] New correspondence added" % C_PRIYA, date=d,
                new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m022():
    d = D(2022, 10, 14, 2, 30, 7)
    route, dk = aws_mail_gmail(LAN[1], d)
    new = """Dear Lan,

Hope you are doing well.

We would like to follow up the case regarding to your request for certification account merge. We had sent you an email on 10 Oct to confirm the information of the accounts, but until now we have not received your response yet.

Could you please kindly check and reply us at your earliest convenient? If we do not hear from you within 3 business days, this case will be temporary resolved. You can always reopen it by reply to this email.

Thank you and have a nice day!

Best regards,
Thao N.
AWS Training and Certification
"""
    prev = """Dear Lan,

Thank you for contact us. Please help to confirm below merge request:
- Account AWS00892714 will be merged into account AWS04081365
- Account AWS04081365 will be the main account after merging

Please note the merge can not be undo. Kindly reply to confirm.

Best regards,
Thao N."""
    quoted = q_gmail(D(2022, 10, 10, 9, 12, 0, ICT), "Amazon Web Services", FORM_ADDR, prev)
    return dict(num=22, slug="vietnamese-agent-chaser-no-response", kind="support_reply", case_id=C_LAN2, lang="en",
                sv=True, frm=FORM_FROM, to=LAN[1], subject="RE:[CASE %s] %s" % (C_LAN2, FORM_SUBJ), date=d, new=new,
                quoted=quoted, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m023():
    d = D(2025, 10, 7, 8, 41, 19)
    route, dk = aws_mail_outlook(FATIMA[1], d)
    new = """Dear Fatima,

Thank you for contacting AWS Training and Certification, and we hope you are doing well.

In order to proceed with your request regarding the accounts AWS02269015 and AWS04718836, kindly provide us with the following information:

1. The reason for the merge request (for example: duplicate account, change of employer, etc.)
2. The notification e-mail address used on each of the two accounts
3. Which one of the accounts you wish to keep active

Please note that we cannot take any action on the accounts until we receive the above information from the account owner.

We are looking forward to hear from you.
""" + AWS_FOOTER_FORM.format(agent="Yousef A.")
    return dict(num=23, slug="arabic-agent-asks-reason-and-notification-emails", kind="support_reply", case_id=C_FATIMA,
                lang="en", sv=True, frm=FORM_FROM, to=FATIMA[1], subject="RE:[CASE %s] %s" % (C_FATIMA, FORM_SUBJ),
                date=d, new=new, html=to_html(new, style="aws"), html_cte="base64", route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS02269015", "AWS04718836"])


@mail
def m024():
    d = D(2025, 7, 10, 5, 3, 51)
    route, dk = aws_mail_jp(SATO[1], d, "biglobe.ne.jp", "mta-rx03.biglobe.ne.jp")
    new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご返信いただき、誠にありがとうございます。

お送りいただきました情報をもとに、現在担当部署にてアカウント統合の可否を確認しております。確認に数日ほどお時間を頂戴する場合がございますので、恐縮ではございますが、今しばらくお待ちくださいますようお願い申し上げます。

進捗がございましたら、改めて本ケースにてご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = q_jp(D(2025, 7, 9, 10, 15, 0, JST), "佐藤 美咲", SATO[1], """ご担当者様

お世話になっております。佐藤です。
ご依頼の件、旧アカウントは AWS03005127、現在のアカウントは AWS01440968 です。
旧アカウントのログインメールアドレスは m.sato@kanto-sys.co.jp です。
AWS01440968 を残していただけますと幸いです。

よろしくお願いいたします。
佐藤""")
    return dict(num=24, slug="ja-status-update-shift-jis-qp", kind="support_reply", case_id=C_SATO, lang="ja", sv=True,
                frm=("AWS トレーニングと認定", FORM_ADDR), from_charset="iso-2022-jp", to=SATO[1],
                subject="RE:[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % C_SATO,
                subj_charset="iso-2022-jp", date=d, new=new, quoted=quoted, charset="shift_jis", cte="quoted-printable",
                route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m025():
    d = D(2025, 6, 2, 16, 55, 2)
    route, dk = aws_mail_gmail(CARLOS[1], d)
    new = """Hello Carlos,

Thanks for write us again.

About your question of the 50% discount voucher from your last certification: I revised and the benefit is showing correctly in the Benefits section of your principal account AWS02291856, with the same expiration date as before. If you cannot see it, please try to close the session and enter again, sometimes the page keep the old information in cache.

About the Credly badge, it can take until 5 business days to appear. If after this time you do not see it, please tell us and we will escalate.

Is there something more in what I can help you?
""" + AWS_FOOTER_FORM.format(agent="Valentina R.")
    quoted = q_gmail(D(2025, 6, 1, 20, 31, 0, CST6), "Carlos Méndez Ruiz", CARLOS[1], """Hello Valentina, thank you very much! I see all my certifications now in the account. One question, the voucher of 50% that I had in the old account AWS04417723, is it lost? I don't see it. Regards, Carlos""")
    return dict(num=25, slug="spanish-agent-answers-voucher-question", kind="support_reply", case_id=C_CARLOS, lang="en",
                sv=True, frm=FORM_FROM, to=CARLOS[1], subject="RE:[CASE %s] %s" % (C_CARLOS, FORM_SUBJ), date=d,
                new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS02291856"])


@mail
def m026():
    d = D(2025, 6, 6, 6, 18, 33)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    dup = case15(D(2025, 6, 5, 18, 2, 11), 67340)
    new = """Dear Priya,

Greetings of the day!

We noticed that you have raised one more case ({dup}) for the same request. To avoid any confusion and delay, we have merged that case with the present case and resolved the duplicate one. Kindly continue the communication on this case only.

Your request is already under process with our internal team and we will update you as soon as we hear back from them. Request you to not open new cases for the same issue as it may delay the resolution.

Thanks and regards,
Rohit K.
Amazon Web Services
""".format(dup=dup) + console_footer(C_PRIYA)
    return dict(num=26, slug="hindi-agent-duplicate-case-merged-notice", kind="support_reply", case_id=C_PRIYA, lang="en",
                sv=True, frm=NOREPLY_FROM, to=PRIYA[1],
                subject="RE:[CASE %s] Need to merge my 2 certification account" % C_PRIYA,
                date=d, new=new, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m027():
    d = D(2025, 5, 29, 19, 6, 51)
    route, dk = aws_mail_gmail(CARLOS[1], d)
    new = """Hello Carlos,

I am glad to inform you that the fusion of your accounts was realized with success.

From now, the account AWS02291856 contains all your certifications and the history of your exams. The account AWS04417723 is not more active and you will not be able to enter with it.

Please consider that the changes can take until 48 hours to be reflected in all the systems, including Credly. If you see something strange after this time, do not hesitate in write us.

It was a pleasure to help you.
""" + AWS_FOOTER_FORM.format(agent="Valentina R.")
    agent = """Hello Carlos,

Account that will be merged (it will be deactivated): AWS04417723 - carlos.mendez@itsol-mx.com
Account that will remain as principal: AWS02291856 - carlos.mendez.ruiz@gmail.com

If the information is correct, please response this email with your confirmation so we can continue with the process.

Valentina R.
Amazon Web Services"""
    carlos = """Hi Valentina,

The details are correct. Please proceed with the merge.

Thank you!
Carlos

""" + q_gmail(D(2025, 5, 27, 12, 40, 0, CST6), "Amazon Web Services", FORM_ADDR, agent)
    quoted = q_gmail(D(2025, 5, 27, 21, 3, 0, CST6), "Carlos Méndez Ruiz", CARLOS[1], carlos)
    return dict(num=27, slug="spanish-agent-fusion-realized", kind="merge_completed", case_id=C_CARLOS, lang="en", sv=True,
                frm=FORM_FROM, to=CARLOS[1], subject="RE:[CASE %s] %s" % (C_CARLOS, FORM_SUBJ), date=d, new=new,
                quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS02291856", "AWS04417723"])


@mail
def m028():
    d = D(2025, 6, 9, 11, 44, 15)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    new = """Dear Priya,

Greetings of the day!

This is to inform you that as per your confirmation, your candidate IDs have been merged successfully by our internal team.

Post merging, kindly login with your personal email id priya.raghunathan@outlook.com. All the certifications from AWS-03318460 are now reflecting under AWS-01975532. The old candidate ID will not be accessible henceforth.

In case of any further query, kindly feel free to reach out to us. Have a nice day ahead!

Thanks and regards,
Rohit K.
Amazon Web Services
""" + console_footer(C_PRIYA)
    return dict(num=28, slug="hindi-agent-candidate-ids-merged", kind="merge_completed", case_id=C_PRIYA, lang="en",
                sv=True, frm=NOREPLY_FROM, to=PRIYA[1], subject="RE:[CASE %s] Need to merge my 2 certification account" % C_PRIYA,
                date=d, new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS01975532", "AWS03318460"])


@mail
def m029():
    d = D(2022, 9, 22, 9, 15, 38)
    ip = "54.240.48.91"
    mf = ses_mailfrom(d)
    route = [("Return-Path", "<%s>" % mf),
             ("Received", "from %s (unknown [%s])\n\tby mx42 (Coremail) with SMTP id %s;\n\t%s"
              % (ses_host(ip), ip, b64s(24), rfc(d.astimezone(CN8) + dt.timedelta(seconds=2)))),
             ("X-CM-TRANSID", b64s(24)),
             ("X-Originating-IP", "[%s]" % ip)]
    new = """Dear Zhang Wei,

Your accounts are merged already.

The aws05562019 is not valid anymore, please use AWS00783341 (wei.zhang@huaxin-tech.cn) to login Certification account from now on. Your SAA and CLF certifications are both showing in this account now.

If any certification or exam record is missing, please feel free let us know by reply this email.

Best regards,
Lina Z.
Amazon Web Services
"""
    quoted = """------------------ Original ------------------
From:  "Zhang Wei"<zhangwei_88@163.com>;
Date:  Tue, Sep 20, 2022 06:21 PM
To:  "Amazon Web Services"<aws-cs-trainingcertification-form@amazon.com>;
Subject:  Re: RE:[CASE 10873342151] [AWS Training and Certification Form Submission] - account-assistance

confirm. Source aws05562019, target aws00783341. Thank you Lina!
"""
    return dict(num=29, slug="chinese-agent-merged-already-foxmail-quote", kind="merge_completed", case_id=C_WEI,
                lang="en", sv=None, frm=FORM_FROM, to=WEI_163[1],
                subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_WEI,
                date=d, new=new, quoted=quoted, cte="base64", route=route, dkim=amazon_dkim(d), msgid=ses_msgid(d),
                ids=["AWS00783341", "AWS05562019"])


@mail
def m030():
    d = D(2025, 4, 22, 17, 30, 9)
    route, dk = aws_mail_outlook(JOAO[1], d)
    new = """Hello João,

Good news! The unification of your profiles was concluded with success. Now all your certifications, the exam history and the benefits are available in the profile AWS 04128805, and the old profile was desactivated.

One question: do you want that we also request the transference of your Credly badges to the e-mail of the remaining profile? If yes, please inform us the e-mail that you use in Credly, and we open the request with the Credly team.

Atenciosamente / Best regards,
Thiago M.
Amazon Web Services
"""
    return dict(num=30, slug="portuguese-agent-unification-concluded-asks-credly", kind="merge_completed",
                case_id=C_JOAO, lang="en", sv=True, frm=FORM_FROM, to=JOAO[1],
                subject="RE:[CASE %s] %s" % (C_JOAO, FORM_SUBJ), date=d, new=new, html=to_html(new, style="aws"),
                route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS04128805"])


@mail
def m031():
    d = D(2023, 5, 26, 4, 22, 0)
    route, dk = aws_mail_gmail(MINH[1], d)
    new = """Dear Minh,

Thank you for your confirm.

We have finished combine your 2 accounts. From now on, please use the account AWS03377206 (minh.tran.dev@gmail.com) to login and to schedule your exams. The certifications from the old account are now show in this account.

Please allow up to 2-3 days for the badges appear in Credly.

Best regards,
Huong P.
AWS Training and Certification
"""
    quoted = q_gmail(D(2023, 5, 23, 21, 5, 0, ICT), "Trần Quang Minh", MINH[1], """Hi Huong,

Yes I confirm, please merge AWS01120458 into AWS03377206.

Thanks,
Minh""")
    return dict(num=31, slug="vietnamese-agent-finished-combine", kind="merge_completed", case_id=C_MINH, lang="en",
                sv=True, frm=FORM_FROM, to=MINH[1], subject="RE:[CASE %s] %s" % (C_MINH, FORM_SUBJ), date=d, new=new,
                quoted=quoted, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), flowed=False,
                ids=["AWS03377206"])


@mail
def m032():
    d = D(2025, 8, 21, 9, 2, 40)
    route, dk = aws_mail_outlook(AHMED[1], d)
    new = """Dear Ahmed,

Greetings.

Kindly note that the requested merge has been completed successfully, and all your certifications history are now reflected under the surviving account AWS05230178.

As your request has been fulfilled, we will proceed to close this case. Should you require any further assistance, please do not hesitate to contact us again.

We would be grateful if you could take a moment to rate our service using the link at the end of this correspondence.
""" + AWS_FOOTER_FORM.format(agent="Omar S.")
    quoted = q_original("Ahmed Al-Harbi", AHMED[1], D(2025, 8, 19, 12, 30, 0, AST3), "Amazon Web Services",
                        "RE: [CASE %s] %s" % (C_AHMED, FORM_SUBJ), """Dear Omar,

I confirm the details. Please merge AWS00614492 into AWS05230178.

Best regards,
Ahmed""")
    return dict(num=32, slug="arabic-agent-merge-completed-closing-case", kind="merge_completed", case_id=C_AHMED,
                lang="en", sv=True, frm=FORM_FROM, to=AHMED[1], subject="RE: [CASE %s] %s" % (C_AHMED, FORM_SUBJ),
                date=d, new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=["AWS05230178"])


@mail
def m033():
    d = D(2025, 5, 30, 6, 12, 8)
    route, dk = aws_mail_jp(TANAKA[1], d, "nifty.com", "mta-b04.nifty.com")
    new = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご確認のご返信をいただき、誠にありがとうございました。

お申し出いただきました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は AWS04409311 のアカウントにてサインインいただけます。統合元のアカウントで取得された認定資格および受験履歴も、こちらのアカウントにてご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに数日ほどお時間をいただく場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせくださいませ。

山本
アマゾン ウェブ サービス

サポートセンターですべてのケースを確認するには、次のリンクにアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja
""".format(c=C_TANAKA)
    return dict(num=33, slug="ja-merge-completed-iso2022jp", kind="merge_completed", case_id=C_TANAKA, lang="ja", sv=True,
                frm=("アマゾン ウェブ サービス", NOREPLY), from_charset="iso-2022-jp", to=TANAKA[1],
                subject="RE:[CASE %s] 認定アカウントの統合について" % C_TANAKA, subj_charset="iso-2022-jp", date=d,
                new=new, charset="iso-2022-jp", cte="7bit", route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=["AWS04409311"])


@mail
def m034():
    d = D(2020, 8, 14, 13, 48, 2)
    ip = "54.240.11.102"
    mf = ses_mailfrom(d)
    ar = ar_gmail("pass", "amazonses.com", mf, ip, [("pass", "amazon.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"),
                                                    ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                  "pass", "amazon.com")
    route = route_gmail(RAFAEL[1], d, ses_host(ip), ip, ar, mf, arc=False)
    new = """Hello Rafael,

Your request has been completed.

Both of your certification accounts are now one. Please use AWS01773905 to sign in to the AWS Certification Account from now on; the account aws-00391266 was retired and its certification (AWS Certified Cloud Practitioner) was moved to AWS01773905.

If you have any other question, let us know.

Best regards,
Sebastián C.
Amazon Web Services
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial;font-size:13px">
<p>Hello Rafael,</p>
<p>Your request has been completed.</p>
<p>Both of your certification accounts are now one. Please use <b>AWS01773905</b> to sign in to the AWS Certification Account from now on; the account aws-00391266 was retired and its certification (AWS Certified Cloud Practitioner) was moved to AWS01773905.</p>
<p>If you have any other question, let us know.</p>
<p>Best regards,<br>Sebasti&aacute;n C.<br>Amazon Web Services</p>
<br>
<p style="color:#666;font-size:11px">To see all of your cases, please visit the Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;language=en</a></p>
<p style="color:#666;font-size:11px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p style="color:#666;font-size:11px">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
""".replace("{c}", C_RAFAEL)
    return dict(num=34, slug="html-only-console-2020-request-completed", kind="merge_completed", case_id=C_RAFAEL,
                lang="en", sv=True, frm=NOREPLY_FROM, to=RAFAEL[1],
                subject="RE:[CASE %s] Two certification accounts - please unify" % C_RAFAEL, date=d, new=new, html=html,
                html_only=True, route=route,
                dkim=[("DKIM-Signature", dkim_sig("amazon.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", d)),
                      ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d))],
                msgid=ses_msgid(d), ids=["AWS00391266", "AWS01773905"])


@mail
def m035():
    d = D(2025, 6, 20, 3, 40, 11)
    ip = "103.151.123.9"
    mf = "info@aws-trainingandcertification.com"
    ar = ar_gmail("pass", "aws-trainingandcertification.com", mf, ip,
                  [("pass", "aws-trainingandcertification.com", "default")], "pass", "aws-trainingandcertification.com",
                  policy="NONE")
    route = route_gmail(RAFAEL[1], d, "mail.aws-trainingandcertification.com", ip, ar, mf)
    new = """Hello Certified Professional,

Great news! Your AWS Certification accounts has been merged successfully and all of your certifications are now in one account.

As a thank you for your patience, you are eligible for a FREE exam voucher (value USD 300). To activate the voucher on your merged account, sign in with your AWS account email and password before 25 June 2025:

https://aws-trainingandcertification.com/merged-account/voucher

Vouchers not claimed will be expired automatically.

AWS Training and Certification
"""
    return dict(num=35, slug="lookalike-merge-done-free-voucher-phish", kind="merge_completed", case_id=None, lang="en",
                sv=False, frm=("AWS Certification", "info@aws-trainingandcertification.com"), to=RAFAEL[1],
                subject="Your accounts merge is completed - claim your free voucher", date=d, new=new,
                html=to_html(new, style="aws"), route=route,
                dkim=[("DKIM-Signature", dkim_sig("aws-trainingandcertification.com", "default", d))],
                msgid="<%s@aws-trainingandcertification.com>" % hexs(20), ids=[])


@mail
def m036():
    d = D(2025, 4, 24, 17, 31, 0)
    route, dk = aws_mail_outlook(JOAO[1], d)
    new = """Hello,

We're reaching out to let you know that your case {c} with AWS Training and Certification has been resolved.

We'd love to hear about your experience. Your feedback helps us improve.

Was your issue resolved?

YES: https://survey.aws-tc.com/s/csat?case={c}&resolved=yes
NO: https://survey.aws-tc.com/s/csat?case={c}&resolved=no

If you need more help with this request, simply reply to this email within 7 days and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support

""".format(c=C_JOAO) + AWS_LEGAL
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#232f3e">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Hello,</p>
<p>We're reaching out to let you know that your case <b>{c}</b> with AWS Training and Certification has been resolved.</p>
<p>We'd love to hear about your experience. Your feedback helps us improve.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ff9900;padding:10px 28px"><a href="https://survey.aws-tc.com/s/csat?case={c}&amp;resolved=yes" style="color:#fff;text-decoration:none;font-weight:bold">YES</a></td>
<td style="background:#545b64;padding:10px 28px"><a href="https://survey.aws-tc.com/s/csat?case={c}&amp;resolved=no" style="color:#fff;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p>If you need more help with this request, simply reply to this email within 7 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.<br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
""".replace("{c}", C_JOAO)
    return dict(num=36, slug="form-case-resolved-yes-no-survey", kind="survey", case_id=C_JOAO, lang="en", sv=True,
                frm=("AWS Training and Certification", FORM_ADDR), to=JOAO[1],
                subject="[CASE %s] Your case has been resolved - tell us how we did" % C_JOAO, date=d, new=new,
                html=html, route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


@mail
def m037():
    d = D(2025, 6, 12, 11, 50, 27)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    new = """Hello,

Your support case {c} has been resolved. If you still need help with this issue, you can reopen the case from the Support Center within 14 days.

Case ID: {c}
Subject: Need to merge my 2 certification account

How did we do? Please take a moment to rate your support experience:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en&rate=true

Your feedback helps us improve AWS Support.

Best regards,
Amazon Web Services
""".format(c=C_PRIYA) + console_footer(C_PRIYA).split("\n\n*Please note")[0].split("Was this response helpful?")[0] + "\n" + AWS_LEGAL
    return dict(num=37, slug="console-case-resolved-rate-experience", kind="survey", case_id=C_PRIYA, lang="en", sv=True,
                frm=NOREPLY_FROM, to=PRIYA[1],
                subject="Amazon Web Services: Your support case %s has been resolved" % C_PRIYA, date=d, new=new,
                html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d),
                ids=[])


@mail
def m038():
    d = D(2023, 5, 26, 4, 30, 44)
    route, dk = aws_mail_gmail(MINH[1], d)
    new = """Hello,

Your case {c} has been marked as resolved.

Resolution summary: Certification accounts AWS01120458 and AWS03377206 were merged. AWS03377206 is the active account.

If your issue is not resolved, reply to this email within 14 days and the case will be reopened automatically.

Tell us how we did - it only takes 1 minute:
https://survey.aws-tc.com/s/case-closure?case={c}

Thank you for contacting AWS Training and Certification.
""".format(c=C_MINH)
    return dict(num=38, slug="closure-notice-with-resolution-summary", kind="survey", case_id=C_MINH, lang="en", sv=True,
                frm=("AWS Training and Certification", FORM_ADDR), to=MINH[1],
                subject="[CASE %s] Case resolved" % C_MINH, date=d, new=new, route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), cte="7bit", charset="us-ascii", ids=["AWS01120458", "AWS03377206"])


@mail
def m039():
    d = D(2025, 5, 30, 6, 20, 45)
    route, dk = aws_mail_jp(TANAKA[1], d, "nifty.com", "mta-b02.nifty.com")
    new = """田中 健太 様

このたびは AWS サポートをご利用いただき、誠にありがとうございました。

お客様のサポートケース {c} は解決済みとなりました。

今後のサービス向上のため、今回のサポート対応についてのアンケートにご協力いただけますと幸いです。所要時間は 1 分程度です。

アンケートに回答する:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja&rate=true

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開いただけます。

アマゾン ウェブ サービス

※このメールは送信専用のアドレスから送信されています。
""".format(c=C_TANAKA)
    return dict(num=39, slug="ja-survey-case-resolved", kind="survey", case_id=C_TANAKA, lang="ja", sv=True,
                frm=("アマゾン ウェブ サービス", NOREPLY), from_charset="iso-2022-jp", to=TANAKA[1],
                subject="AWS サポートに関するアンケートのお願い（ケース %s）" % C_TANAKA, subj_charset="iso-2022-jp",
                date=d, new=new, html=to_html(new, style="aws"), charset="iso-2022-jp", cte="7bit",
                html_charset="utf-8", html_cte="quoted-printable", route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m040():
    d = D(2022, 10, 20, 2, 31, 5)
    route, dk = aws_mail_gmail(LAN[1], d)
    new = """Hello,

We have not heard back from you regarding case {c}, so we have closed it.

If you still need help, just reply to this email and the case will be reopened, or submit a new request on our contact page.

Please tell us about your experience with AWS Training and Certification Customer Support. Was your issue resolved?

  Yes - https://survey.aws-tc.com/s/csat?case={c}&r=1
  No  - https://survey.aws-tc.com/s/csat?case={c}&r=0

Thank you,
AWS Training and Certification Customer Support
""".format(c=C_LAN2)
    return dict(num=40, slug="auto-closed-no-response-survey", kind="survey", case_id=C_LAN2, lang="en", sv=True,
                frm=("AWS Training and Certification", FORM_ADDR), to=LAN[1],
                subject="[CASE %s] We have closed your case" % C_LAN2, date=d, new=new,
                html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d), post_headers=SES_POST(d),
                ids=[])


@mail
def m041():
    d = D(2025, 3, 14, 6, 5, 50)
    route, dk = aws_mail_gmail(ARJUN[1], d)
    new = """Hello Arjun,

Hope you are doing good!

As your request is now completed, I am going ahead and resolving this case from my end.

Your feedback is very much important for us. Kindly spare 1 minute of your valuable time to rate my support on this case by clicking the stars at top right corner of this correspondence in the Support Center. If you are satisfied with my support, kindly give 5 stars, it will help me a lot.

Link: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en&rate=true

Thanks and regards,
Deepak S.
Amazon Web Services
""".format(c=C_ARJUN)
    return dict(num=41, slug="hindi-agent-rate-my-support-request", kind="survey", case_id=C_ARJUN, lang="en", sv=True,
                frm=NOREPLY_FROM, to=ARJUN[1], subject="RE:[CASE %s] Combine my 3 AWS certification accounts" % C_ARJUN,
                date=d, new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


# ---------------------------------------------------------------- Credly helpers
def sg_ip():
    return "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))


def sg_mailfrom(dom):
    return "bounces+%d-%s-%s=%s@em%d.%s" % (rnd.randint(1000000, 9999999), hexs(4), "user", "x", rnd.randint(100, 9999), dom)


def credly_gmail(rcpt, d, dom="credly.com"):
    ip = sg_ip()
    mf = sg_mailfrom(dom)
    ar = ar_gmail("pass", dom, mf, ip, [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", dom,
                  policy="REJECT" if dom == "credly.com" else "NONE")
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 20), rnd.randint(1000, 9999), dom)
    return (route_gmail(rcpt, d, host, ip, ar, mf),
            [("DKIM-Signature", dkim_sig(dom, "s1", d, "content-type:from:mime-version:subject:x-feedback-id:to:cc")),
             ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", d, "content-type:from:mime-version:subject:x-feedback-id:to:cc"))])


def credly_outlook(rcpt, d, dom="credly.com"):
    ip = sg_ip()
    mf = sg_mailfrom(dom)
    ar = ar_outlook("pass", "em.%s" % dom, ip, "pass", dom, "pass", dom)
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 20), rnd.randint(1000, 9999), dom)
    return (route_outlook(rcpt, d, host, ip, ar, mf),
            [("DKIM-Signature", dkim_sig(dom, "s1", d, "content-type:from:mime-version:subject:x-feedback-id:to:cc"))])


def credly_msgid():
    return "<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "_").replace("+", "-"), rnd.randint(1, 40))


CREDLY_FOOT = """
Credly, Inc. | 13355 Noel Rd, Suite 1100 | Dallas, TX 75240
You are receiving this email because a badge was issued to you by Amazon Web Services Training and Certification.
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""


def credly_html(greet, lines, button, url, badge_img=None):
    ps = "\n".join("<p style=\"margin:0 0 14px\">%s</p>" % htmlmod.escape(l) for l in lines)
    img = ('<img src="%s" width="120" height="120" alt="badge" style="display:block;margin:0 auto 16px">' % badge_img) if badge_img else ""
    return """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<tr><td style="padding:24px 32px;border-bottom:3px solid #ff6b00"><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:32px">""" + img + """
<h1 style="font-size:22px;margin:0 0 16px">""" + htmlmod.escape(greet) + """</h1>
""" + ps + """
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:20px auto"><tr><td style="background:#ff6b00;border-radius:4px">
<a href=\"""" + url + """\" style="display:inline-block;padding:12px 32px;color:#ffffff;font-weight:bold;text-decoration:none">""" + htmlmod.escape(button) + """</a></td></tr></table>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">Credly, Inc. | 13355 Noel Rd, Suite 1100 | Dallas, TX 75240<br>
You are receiving this email because a badge was issued to you by Amazon Web Services Training and Certification.<br>
<a href="https://www.credly.com/earner/settings/notifications" style="color:#888">Unsubscribe from badge notifications</a></td></tr>
</table></td></tr></table></body></html>
"""


CREDLY_FROM = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


@mail
def m042():
    d = D(2025, 5, 31, 14, 2, 19)
    route, dk = credly_gmail(CARLOS[1], d)
    url = "https://www.credly.com/badges/%s/accept" % str(uuid.UUID(int=rnd.getrandbits(128)))
    lines = ["Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Associate.",
             "Accept your badge to add it to your Credly profile and share your achievement with your network."]
    new = "Carlos, you earned a badge!\n\n" + "\n\n".join(lines) + "\n\nAccept your badge: " + url + "\n" + CREDLY_FOOT
    return dict(num=42, slug="credly-new-badge-issued", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
                frm=CREDLY_FROM, to=CARLOS[1],
                subject="Amazon Web Services Training and Certification has issued you a new badge", date=d, new=new,
                html=credly_html("Carlos, you earned a badge!", lines, "Accept your badge", url,
                                 "https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png"),
                route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m043():
    d = D(2019, 11, 28, 17, 44, 3)
    route, dk = credly_gmail(LAN[1], d, dom="youracclaim.com")
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % str(uuid.UUID(int=rnd.getrandbits(128)))
    new = """Congratulations, Lan!

Amazon Web Services Training and Certification has issued you a badge for AWS Certified Cloud Practitioner.

Your badge is ready to accept. Once you accept it, you can share it on LinkedIn, Twitter and Facebook, add it to your email signature or embed it in your website.

Accept badge: {u}

Acclaim is a digital credential platform by Credly.
Credly, Inc. | 1 Penn Plaza #2424 | New York, NY 10119
""".format(u=url)
    return dict(num=43, slug="acclaim-2019-badge-ready-to-accept", kind="credly_badge_issued", case_id=None, lang="en",
                sv=True, frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
                to=LAN[1], subject="Lan, you've earned a badge from Amazon Web Services Training and Certification",
                date=d, new=new, html=to_html(new), route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m044():
    d = D(2025, 4, 25, 20, 15, 41)
    route, dk = credly_outlook(JOAO[1], d)
    url = "https://www.credly.com/earner/earned"
    lines = ["Following an update to your AWS Certification account, Amazon Web Services Training and Certification has issued the badges below to this email address:",
             "• AWS Certified Cloud Practitioner",
             "• AWS Certified Developer – Associate",
             "• AWS Certified Solutions Architect – Associate",
             "Accept your badges to keep showing your achievements. Badges that were issued to your previous email address remain visible there until you accept the new ones."]
    new = "João, your badges are waiting for you\n\n" + "\n".join(lines) + "\n\nAccept your badges: " + url + "\n" + CREDLY_FOOT
    return dict(num=44, slug="credly-badges-reissued-after-merge", kind="credly_badge_issued", case_id=None, lang="en",
                sv=True, frm=CREDLY_FROM, to=JOAO[1],
                subject="You have 3 new badges from Amazon Web Services Training and Certification", date=d, new=new,
                html=credly_html("João, your badges are waiting for you", lines, "Accept your badges", url),
                route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m045():
    d = D(2025, 8, 22, 5, 58, 30)
    route, dk = credly_outlook(AHMED[1], d)
    url = "https://www.credly.com/badges/%s/accept" % str(uuid.UUID(int=rnd.getrandbits(128)))
    lines = ["You've earned the AWS Certified Security – Specialty badge from Amazon Web Services Training and Certification.",
             "Claim your badge now and let your network know about your new skills. Your badge includes verified information about what you did to earn it."]
    new = "Congratulations, Ahmed!\n\n" + "\n\n".join(lines) + "\n\nAccept your badge: " + url + "\n" + CREDLY_FOOT
    return dict(num=45, slug="credly-congratulations-earned-badge", kind="credly_badge_issued", case_id=None, lang="en",
                sv=True, frm=CREDLY_FROM, to=AHMED[1],
                subject="Congratulations, Ahmed! Claim your AWS Certified Security – Specialty badge", date=d, new=new,
                html=credly_html("Congratulations, Ahmed!", lines, "Accept your badge", url),
                html_cte="base64", route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m046():
    d = D(2025, 10, 10, 19, 3, 14)
    ip = "194.87.31.206"
    mf = "notify@credly-badges.net"
    ar = ("spf=pass (sender IP is 194.87.31.206)\n smtp.mailfrom=credly-badges.net; dkim=none (message not signed)\n"
          " header.d=none;dmarc=none action=none\n header.from=credly-badges.net;compauth=softpass reason=201")
    route = route_outlook(FATIMA[1], d, "srv1.credly-badges.net", ip, ar, mf)
    new = """Dear Fatima,

Following your AWS Certification account merge, your digital badges has been moved to your new account and are ready to be claimed.

To accept your badges you need to re-verify your identity with your AWS Certification login within 48 hours. Unclaimed badges will be revoked.

Accept my badges: https://credly-badges.net/aws/accept?u=fz.benali

Credly Support Team
"""
    return dict(num=46, slug="credly-lookalike-badges-moved-after-merge-phish", kind="credly_badge_issued", case_id=None,
                lang="en", sv=False, frm=("Credly", "notify@credly-badges.net"), to=FATIMA[1],
                subject="Action needed: your AWS badges were moved after account merge", date=d, new=new,
                html=to_html(new), route=route, msgid="<%s@credly-badges.net>" % hexs(16), ids=[])


@mail
def m047():
    d = D(2022, 9, 25, 1, 12, 56)
    ip = sg_ip()
    mf = sg_mailfrom("credly.com")
    route = [("Return-Path", "<%s>" % mf),
             ("Received", "from o3.ptr4471.credly.com (unknown [%s])\n\tby mx42 (Coremail) with SMTP id %s;\n\t%s"
              % (ip, b64s(24), rfc(d.astimezone(CN8) + dt.timedelta(seconds=5)))),
             ("X-CM-TRANSID", b64s(24)),
             ("X-Originating-IP", "[%s]" % ip)]
    url = "https://www.credly.com/badges/%s/accept" % str(uuid.UUID(int=rnd.getrandbits(128)))
    lines = ["Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.",
             "Your badge is ready! Accept it to start sharing."]
    new = "Zhang, you earned a badge!\n\n" + "\n\n".join(lines) + "\n\nAccept your badge: " + url + "\n" + CREDLY_FOOT
    return dict(num=47, slug="credly-badge-issued-no-auth-results", kind="credly_badge_issued", case_id=None, lang="en",
                sv=None, frm=CREDLY_FROM, to=WEI[1],
                subject="Amazon Web Services Training and Certification has issued you a badge", date=d, new=new,
                html=credly_html("Zhang, you earned a badge!", lines, "Accept your badge", url), route=route,
                dkim=[("DKIM-Signature", dkim_sig("credly.com", "s1", d, "content-type:from:mime-version:subject:x-feedback-id:to:cc"))],
                msgid=credly_msgid(), ids=[])


@mail
def m048():
    d = D(2020, 8, 17, 22, 40, 7)
    route, dk = credly_gmail(RAFAEL[1], d, dom="youracclaim.com")
    url = "https://www.youracclaim.com/badges/%s/accept" % str(uuid.UUID(int=rnd.getrandbits(128)))
    new = """Rafael, you’ve got a new badge!

Amazon Web Services Training and Certification issued you the “AWS Certified Cloud Practitioner” badge. It’s waiting for you – accept it to show the world what you’ve achieved.

Accept your badge: {u}

Questions? Visit our support center: https://support.youracclaim.com
Credly, Inc. · 1 Penn Plaza #2424 · New York, NY 10119
""".format(u=url)
    # body is UTF-8 but the part is labelled windows-1252 (sender bug)
    return dict(num=48, slug="acclaim-badge-wrong-charset-label", kind="credly_badge_issued", case_id=None, lang="en",
                sv=True, frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
                to=RAFAEL[1], subject="Rafael, you’ve got a new badge from Amazon Web Services Training and Certification",
                date=d, new=new, charset="utf-8", label_charset="windows-1252", cte="quoted-printable", route=route,
                dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m049():
    d = D(2025, 7, 2, 13, 27, 45)
    ip = "54.240.13.47"
    mf = "202507021327457d1b3e0a4c5f4c0b8f9c9d2a1e5b6-%s@bounces.amazon.com" % hexs(6)
    ar = ar_gmail("pass", "bounces.amazon.com", mf, ip, [("pass", "amazon.com", "rhvwe5n3g4d7ohfqqcx7l4qqwa4a6z7w")],
                  "pass", "amazon.com")
    route = route_gmail(RAFAEL[1], d, "a13-47.smtp-out.amazonses.com", ip, ar, mf)
    new = """Hello from Amazon Seller Support,

I understood that you want to merge your two seller accounts (the one registered in Brazil and the one in United States) in only one account.

I am sorry, but is not possible to merge seller accounts. What you can do is to link both accounts in the Unified Account option, so you can manage the listings of both marketplaces with the same login. For this, please follow the steps:

1. Go to Settings > Account Info > Unified Account
2. Click in "Link account" and sign in with the credentials of the second account
3. Follow the instructions in the screen

If you have more questions, please reply to this case.

Was this email helpful? Yes / No

Thank you for selling on Amazon,
Rosa M.
Amazon.com Seller Support
https://sellercentral.amazon.com
"""
    return dict(num=49, slug="seller-central-case-merge-seller-accounts", kind="unrelated", case_id="5884881212", lang="en",
                sv=True, frm=("Amazon Seller Support", "seller-notification@amazon.com"), to=RAFAEL[1],
                subject="RE:[CASE 5884881212] Merge my two seller accounts", date=d, new=new, html=to_html(new),
                route=route, dkim=[("DKIM-Signature", dkim_sig("amazon.com", "rhvwe5n3g4d7ohfqqcx7l4qqwa4a6z7w", d))],
                msgid="<%s@email.amazonses.com>" % ("0100%012x-%s-000000" % (int(d.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128)))),
                ids=[])


@mail
def m050():
    d = D(2025, 3, 20, 19, 12, 3)
    route, dk = aws_mail_gmail(ARJUN[1], d)
    qc = case15(D(2025, 3, 19, 22, 47, 30), 71802)
    new = """Hello,

Thank you for contacting AWS Support.

I'm happy to let you know that your service quota increase request for "Running On-Demand G and VT instances" in the US East (N. Virginia) region has been approved. Your new quota is 64 vCPUs.

Please note it can take up to 30 minutes for the new value to appear in the Service Quotas console.

Best regards,
Karthik V.
Amazon Web Services
""" + console_footer(qc)
    return dict(num=50, slug="other-aws-case-service-quota-increase", kind="unrelated", case_id=qc, lang="en", sv=True,
                frm=NOREPLY_FROM, to=ARJUN[1], subject="RE:[CASE %s] Limit Increase: EC2 Instances" % qc, date=d,
                new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m051():
    d = D(2023, 2, 8, 6, 55, 18)
    route, dk = aws_mail_outlook(PRIYA[1], d)
    bc = "11893047725"
    new = """Dear Priya,

Greetings from AWS Billing and Accounts!

I understand that you would like to merge your two AWS accounts (123456789012 and 210987654321) so that all resources and charges are under a single account.

I would like to inform you that it is not possible to merge two AWS accounts into one. However, you can link both the accounts under AWS Organizations and use consolidated billing, so that you will receive one single bill for both accounts. Kindly refer the below document for the steps:

https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html

Also, as requested, I have applied a one-time credit of USD 18.40 for the Elastic IP charges of January, it will reflect in your account within 24 hours.

Thanks and regards,
Swati N.
Amazon Web Services
""" + console_footer(bc)
    return dict(num=51, slug="billing-case-merge-aws-accounts-organizations", kind="unrelated", case_id=bc, lang="en",
                sv=True, frm=NOREPLY_FROM, to=PRIYA[1], subject="RE:[CASE %s] Merge 2 AWS accounts and refund EIP charges" % bc,
                date=d, new=new, html=to_html(new, style="aws"), route=route, dkim=dk, msgid=ses_msgid(d),
                post_headers=SES_POST(d), ids=[])


@mail
def m052():
    d = D(2025, 6, 25, 15, 0, 44)
    ip = "198.2.%d.%d" % (rnd.randint(128, 190), rnd.randint(1, 250))
    mf = "bounce-mc.us5_%d.%d-carlos.mendez.ruiz=gmail.com@mail%d.suw121.mcdlv.net" % (rnd.randint(10**7, 10**8), rnd.randint(10**5, 10**6), rnd.randint(100, 999))
    ar = ar_gmail("pass", "mcdlv.net", mf, ip, [("pass", "certmetrics.com", "k2"), ("pass", "mcdlv.net", "k3")],
                  "pass", "certmetrics.com", policy="NONE")
    route = route_gmail(CARLOS[1], d, "mail%d.suw121.mcdlv.net" % rnd.randint(100, 999), ip, ar, mf)
    new = """AWS Certification wants to hear from you

Dear Carlos Méndez Ruiz,

Thank you for being an AWS Certified professional. We are conducting a short survey about your certification experience and how you use your AWS Certification in your job.

AWS Candidate ID: AWS02291856

The survey takes about 10 minutes. Your answers are anonymous and will help us improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
""" % hexs(32)
    return dict(num=52, slug="certmetrics-wants-to-hear-from-you", kind="unrelated", case_id=None, lang="en", sv=False,
                frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=CARLOS[1],
                subject="AWS Certification wants to hear from you", date=d, new=new, html=to_html(new),
                route=route, dkim=[("DKIM-Signature", dkim_sig("certmetrics.com", "k2", d))],
                msgid="<%s@certmetrics.com>" % hexs(32), ids=["AWS02291856"])


@mail
def m053():
    d = D(2025, 9, 12, 16, 20, 9)
    ip = "40.107.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = "donotreply@pearson.com"
    ar = ar_gmail("pass", "pearson.com", mf, ip, [("pass", "pearson.com", "selector1")], "pass", "pearson.com",
                  policy="REJECT")
    route = route_gmail(ANA[1], d, "mail-%s.outbound.protection.outlook.com" % hexs(6), ip, ar, mf)
    new = """Confirmation of your AWS Certified Solutions Architect - Associate exam appointment

Dear Ana Lucia Torres,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Wednesday, October 1, 2025
Time: 9:00 AM COT
Location: OnVUE online proctored
Candidate ID: AWS00958213
Registration ID: 512948803

Please check in 30 minutes before your appointment. Make sure that your ID matches exactly the name in your profile.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
"""
    return dict(num=53, slug="pearson-vue-appointment-confirmation", kind="unrelated", case_id=None, lang="en", sv=False,
                frm=("Pearson VUE", "donotreply@pearson.com"), to=ANA[1],
                subject="Pearson VUE Confirmation of Booking", date=d, new=new, html=to_html(new), route=route,
                dkim=[("DKIM-Signature", dkim_sig("pearson.com", "selector1", d))],
                msgid="<%s@pearsonvue.com>" % hexs(24), ids=["AWS00958213"])


@mail
def m054():
    d = D(2023, 5, 20, 8, 3, 55)
    ip = "54.240.27.%d" % rnd.randint(1, 250)
    mf = ses_mailfrom(d).replace("amazonses.com", "signin.aws")
    route = [("Return-Path", "<%s>" % mf),
             ("Received", "from %s (%s [%s])\n\tby mail.fsoft-partner.vn (Postfix) with ESMTPS id %s\n\tfor <minh.tq@fsoft-partner.vn>; %s"
              % (ses_host(ip), ses_host(ip), ip, hexs(10).upper(), rfc(d.astimezone(ICT) + dt.timedelta(seconds=2)))),
             ("X-Forwarded-To", MINH[1]),
             ("X-Spam-Status", "No, score=-0.1 required=5.0")]
    new = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code: 482913

(This code is valid for 30 minutes)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    return dict(num=54, slug="aws-builder-id-verification-code", kind="unrelated", case_id=None, lang="en", sv=None,
                frm=("AWS Builder ID", "no-reply@signin.aws"), to="minh.tq@fsoft-partner.vn",
                subject="Verify your AWS Builder ID email address", date=d, new=new, html=to_html(new, style="aws"),
                route=route, msgid=ses_msgid(d), ids=[])


@mail
def m055():
    d = D(2025, 10, 8, 12, 44, 30)
    ip = "192.30.252.%d" % rnd.randint(200, 210)
    mf = "noreply@github.com"
    ar = ar_outlook("pass", "github.com", ip, "pass", "github.com", "pass", "github.com")
    route = route_outlook(FATIMA[1], d, "out-%d.smtp.github.com" % rnd.randint(20, 28), ip, ar, mf)
    new = """Merged #412 into main.

@yassine-dev merged commit 3f9c2a1 into main

"Merge duplicate candidate accounts in cert-tracker (fix #398)"

—
Reply to this email directly, view it on GitHub:
https://github.com/cloudcert-ma/cert-tracker/pull/412#event-18123344551
You are receiving this because you authored the thread.
"""
    return dict(num=55, slug="github-merged-pr-notification", kind="unrelated", case_id=None, lang="en", sv=False,
                frm=("Yassine El Amrani", "notifications@github.com"), to="cert-tracker <cert-tracker@noreply.github.com>",
                subject="Re: [cloudcert-ma/cert-tracker] Merge duplicate candidate accounts in cert-tracker (PR #412)",
                date=d, new=new, html=to_html(new), route=route,
                dkim=[("DKIM-Signature", dkim_sig("github.com", "pf2023", d))],
                msgid="<cloudcert-ma/cert-tracker/pull/412/issue_event/18123344551@github.com>",
                in_reply_to="<cloudcert-ma/cert-tracker/pull/412@github.com>",
                references="<cloudcert-ma/cert-tracker/pull/412@github.com>",
                post_headers=[("List-ID", "cloudcert-ma/cert-tracker <cert-tracker.cloudcert-ma.github.com>"),
                              ("X-GitHub-Reason", "author")], ids=[])


@mail
def m056():
    d = D(2025, 8, 23, 10, 7, 52)
    route, dk = credly_outlook(AHMED[1], d)
    new = """Complete your account merge

Hi Ahmed,

We received a request to merge the Credly account ahmed.harbi@gulfnet-sa.com into your account ahmed.alharbi87@outlook.com.

Your verification code is: 739104

Enter this code on the merge page, or click the button below to complete the account merge. All badges from the secondary account will be moved to this account, and the secondary account will be closed.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

If you did not request this, you can ignore this email.

The Credly Team
""" % hexs(40)
    return dict(num=56, slug="credly-self-service-account-merge-code", kind="unrelated", case_id=None, lang="en", sv=True,
                frm=("Credly", "admin@credly.com"), to=AHMED[1], subject="Your Credly account merge verification code",
                date=d, new=new, html=to_html(new), route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m057():
    d = D(2025, 9, 15, 14, 30, 0)
    route, dk = credly_outlook(JOAO[1], d)
    new = """João, your badge is expiring soon

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on October 15, 2025.

To keep your badge active, complete the recertification requirements before the expiration date. Visit the AWS Certification recertification page for details:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s
""" % str(uuid.UUID(int=rnd.getrandbits(128))) + CREDLY_FOOT
    return dict(num=57, slug="credly-badge-expiry-reminder", kind="unrelated", case_id=None, lang="en", sv=True,
                frm=CREDLY_FROM, to=JOAO[1], subject="Your AWS Certified Cloud Practitioner badge expires in 30 days",
                date=d, new=new, html=to_html(new), route=route, dkim=dk, msgid=credly_msgid(), ids=[])


@mail
def m058():
    d = D(2025, 7, 21, 23, 51, 8)
    ip = "176.113.115.%d" % rnd.randint(2, 250)
    ar = ("spf=softfail (sender IP is %s)\n smtp.mailfrom=aws-billing-alerts.com; dkim=none (message not signed)\n"
          " header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000" % ip)
    route = route_outlook(PRIYA[1], d, "mx.aws-billing-alerts.com", ip, ar, "billing@aws-billing-alerts.com")
    new = """Dear AWS Customer,

We was unable to process the payment for your AWS account. Your account has been temporary suspended and all running services will be terminated in 24 hours.

To restore your account please update your payment information immediately:

https://aws-billing-alerts.com/console/billing/update

Amazon Web Services Billing
"""
    return dict(num=58, slug="phish-account-suspended-not-merge", kind="unrelated", case_id=None, lang="en", sv=False,
                frm=("Amazon Web Services", "billing@amazon.com"), to=PRIYA[1],
                subject="URGENT: Your AWS account has been suspended", date=d, new=new, html=to_html(new, style="aws"),
                route=route, msgid="<%s@aws-billing-alerts.com>" % hexs(18), ids=[])


@mail
def m059():
    d = D(2025, 8, 5, 1, 0, 12)
    route, dk = aws_mail_jp(SATO[1], d, "biglobe.ne.jp", "mta-rx05.biglobe.ne.jp")
    new = """AWS トレーニングと認定 ニュースレター 2025年8月号

佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。今月の新着情報をお届けします。

■ 新しい認定試験のご案内
AWS Certified AI Practitioner の日本語版試験が受験可能になりました。

■ 無料のデジタルトレーニング
AWS Skill Builder に生成 AI に関する 20 以上の新しいコースが追加されました。

■ AWS Summit Japan のアーカイブ配信
セッション動画をオンデマンドでご視聴いただけます。

配信停止をご希望の場合は、こちらから設定を変更してください: https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
    return dict(num=59, slug="ja-training-newsletter", kind="unrelated", case_id=None, lang="ja", sv=True,
                frm=("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), from_charset="utf-8",
                to=SATO[1], subject="【AWS トレーニングと認定】ニュースレター 2025年8月号 - 新しい認定試験のご案内",
                date=d, new=new, html=to_html(new, style="aws"), charset="utf-8", cte="base64", route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")],
                ids=[])


@mail
def m060():
    d = D(2025, 11, 4, 14, 18, 36)
    route, dk = aws_mail_gmail(RAFAEL[1], d)
    ec = case15(D(2025, 11, 3, 21, 55, 9), 30817)
    new = """Hello Rafael,

Thank you for contacting the AWS Training and Certification.

I verified your solicitation about the online exam that was interrupted by connection problem on 1 November. I already opened a review with Pearson VUE, and as a exception the exam voucher was reactivated in your account. You will be able to schedule again the exam SAA-C03 without additional cost in the next 30 days.

Please, before the next attempt, execute the system test of OnVUE to avoid the same problem.

Atenciosamente / Best regards,
Thiago M.
Amazon Web Services
""" + AWS_FOOTER_FORM.format(agent="Thiago M.").split("\nBest regards")[0]
    quoted = q_gmail(D(2025, 11, 3, 18, 55, 0, BRT), "Rafael Souza", RAFAEL[1], """Hello, my exam today was stopped in the middle because my internet was fall. My candidate ID is AWS01773905. Can I do the exam again without pay? Thanks, Rafael""")
    return dict(num=60, slug="tc-case-exam-interrupted-not-merge", kind="unrelated", case_id=ec, lang="en", sv=True,
                frm=FORM_FROM, to=RAFAEL[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-issue" % ec,
                date=d, new=new, quoted=quoted, html=to_html(new, quoted, style="aws"), route=route, dkim=dk,
                msgid=ses_msgid(d), post_headers=SES_POST(d), ids=[])


# ============================================================================ MAIN
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        kw = fn()
        num = kw.pop("num")
        slug = kw.pop("slug")
        write(num, slug, **kw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
