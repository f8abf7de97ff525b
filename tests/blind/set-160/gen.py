#!/usr/bin/env python3
"""Generator for blind set 160: mixed Japanese / English AWS Certification
account-merge cases (seven users) plus look-alikes.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json here.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(160)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

LAST_IP = "54.240.8.33"
MAILS = []  # (fname, raw bytes, label dict, new_text)

ID_RE = re.compile(r"(?i)\bAWS[\s\-_]?(\d{8})\b")


# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------
def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def case15(opened, suffix):
    return "%d%s" % (int(opened.timestamp()), suffix)


def rdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def gdate(d, tz=PDT):
    # Gmail style: "Tue, 27 May 2025 01:14:25 -0700 (PDT)"
    name = {PDT: "PDT", PST: "PST", UTC: "UTC", JST: "JST"}.get(tz, "")
    s = format_datetime(d.astimezone(tz))
    return s + (" (%s)" % name if name else "")


def h64(seed, n):
    b = hashlib.sha512(seed.encode()).digest()
    while len(b) * 4 // 3 < n:
        b += hashlib.sha512(b).digest()
    return base64.b64encode(b).decode()[:n]


def hexs(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ses_id(d, seed, region=""):
    ms = int(d.timestamp() * 1000)
    h = hexs(seed, 32)
    core = "0100%012x-%s-%s-%s-%s-%s-000000" % (
        ms, h[:8], h[8:12], "4" + h[13:16], "8" + h[17:20], hexs(seed + "x", 12))
    return core


def ew(s, charset="UTF-8", enc="B", chunk=14, codec=None):
    """RFC 2047 encoded words, folded over lines."""
    codec = codec or charset.lower()
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(codec)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = "".join(
                chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c)
                for c in b)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def fold_list(items, sep=";", indent="        "):
    return (sep + "\n" + indent).join(items)


# --------------------------------------------------------------------------
# MIME bodies (built with the email package)
# --------------------------------------------------------------------------
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable",
          label=None, codec=None, fmt_flowed=False):
    codec = codec or charset
    data = text.replace("\r\n", "\n").encode(codec)
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "7bit":
        m.set_payload(data.decode("ascii"))
    else:
        raise ValueError(cte)
    return m


def alt(parts, boundary):
    m = MIMEMultipart("alternative", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def mixed(parts, boundary, sub="mixed"):
    m = MIMEMultipart(sub, boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def single(part):
    part["MIME-Version"] = "1.0"
    # move MIME-Version to the front
    mv = part["MIME-Version"]
    del part["MIME-Version"]
    items = part._headers[:]
    part._headers = [("MIME-Version", mv)] + items
    return part


def linkify(s):
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def to_html_lines(text):
    out = []
    for line in text.split("\n"):
        out.append(linkify(html.escape(line)) if line.strip() else "")
    return "<br>\n".join(out)


def html_quote(qtext, style):
    """HTML rendering of a quoted history block."""
    if not qtext:
        return ""
    lines = qtext.split("\n")
    if style == "gmail":
        head, rest = lines[0], "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[1:])
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (html.escape(head), to_html_lines(rest)))
    if style == "outlook":
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">%s</font></div>' % to_html_lines(qtext))
    # generic: blockquote
    return ('<blockquote type="cite" style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">%s</blockquote>'
            % to_html_lines(qtext))


def simple_html(new, quote=None, style="generic", font="Arial, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">%s</div>%s</body></html>'
            % (font, to_html_lines(new), ("<br>" + html_quote(quote, style)) if quote else ""))


def aws_html(new, quote=None, title="Amazon Web Services", footer=""):
    """AWS-ish table template."""
    return """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>%s</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr>
<tr><td style="padding:24px">%s</td></tr>
%s
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table></body></html>""" % (
        html.escape(title), to_html_lines(new),
        ('<tr><td style="padding:0 24px 24px">%s</td></tr>' % html_quote(quote, "generic")) if quote else "",
        to_html_lines(footer))


# --------------------------------------------------------------------------
# transport / authentication header blocks  (lists of (name, value))
# --------------------------------------------------------------------------
SES_IPS = ["54.240.8.33", "54.240.9.41", "54.240.11.114", "54.240.48.96", "23.251.242.7", "54.240.27.19"]


def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3]) if ip.startswith("54.240") else "e242-7.smtp-out.amazonses.com"


def dkim_sig(d, s, dtm, seed, h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s"
            % (s, d, int(dtm.timestamp()), h, h64(seed + "bh", 43) + "=",
               h64(seed + "b1", 76), h64(seed + "b2", 96) + "="))


AMZ_SEL = "ldwlnxh2fztyzaxtfqkshfpzkfaqvdkg"   # amazon.com selectors (made up but shaped right)
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def aws_sender_headers(dtm, mid):
    """Headers AWS/SES put on the message (bottom of the header block)."""
    return [
        ("DKIM-Signature", dkim_sig("amazon.com", AMZ_SEL, dtm, mid)),
        ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, dtm, mid + "ses")),
    ]


def ar_text(kind, authserv, dk, spf, mailfrom, ip, dmarc, hfrom, policy="QUARANTINE"):
    """kind: gmail | outlook | jp"""
    if kind == "gmail":
        items = [authserv]
        for res, d, sel in dk:
            items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, h64(d + sel, 8)))
        items.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
        items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, hfrom))
        return fold_list(items, ";", "       ")
    if kind == "outlook":
        s = "spf=%s (sender IP is %s) smtp.mailfrom=%s; " % (spf, ip, mailfrom.split("@")[-1])
        for res, d, sel in dk:
            s += "dkim=%s (signature was verified) header.d=%s;" % (res, d) if res == "pass" else \
                "dkim=%s (signature did not verify) header.d=%s;" % (res, d)
        s += "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s" % (
            dmarc, "none" if dmarc == "pass" else "quarantine", hfrom,
            "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
        return s
    # Japanese providers: compact, one line per method
    items = [authserv]
    items.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    for res, d, sel in dk:
        items.append("dkim=%s header.d=%s header.s=%s" % (res, d, sel))
    items.append("dmarc=%s header.from=%s" % (dmarc, hfrom))
    return fold_list(items, ";", " ")


def gmail_block(to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom, policy="QUARANTINE", tz=PDT):
    seed = to + str(arrived)
    smtp_id = h64(seed + "sid", 15).replace("+", "a").replace("/", "b")
    ar = ar_text("gmail", "mx.google.com", dk, spf, mailfrom, ip, dmarc, hfrom, policy)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hexs(seed, 4), hexs(seed + "1", 3), hexs(seed + "2", 4), hexs(seed + "3", 4), smtp_id, gdate(arrived, tz))),
        ("X-Google-Smtp-Source", "AGHT+I" + h64(seed + "gss", 70)),
        ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s;\n        %s"
         % (hexs(seed + "4", 4), hexs(seed + "5", 3), hexs(seed + "6", 4), h64(seed + "7", 19), gdate(arrived + dt.timedelta(seconds=1), tz))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=="
         % (int(arrived.timestamp()), h64(seed + "as1", 70), h64(seed + "as2", 60))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
         "        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n"
         "        bh=%s=;\n        fh=%s=;\n        b=%s=="
         % (h64(seed + "ab", 43), h64(seed + "fh", 43), h64(seed + "amb", 80))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
         "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (relay, relay, ip, h64(seed + "esm", 36).replace("/", "x").replace("+", "y"), to, gdate(arrived, tz))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]


def outlook_block(to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom):
    seed = to + str(arrived)
    ar = ar_text("outlook", None, dk, spf, mailfrom, ip, dmarc, hfrom)
    d = rdate(arrived)
    return [
        ("Received", "from SA1PR19MB%s.namprd19.prod.outlook.com (2603:10b6:806:%s::%s)\n by "
         "PH0PR19MB%s.namprd19.prod.outlook.com with HTTPS; %s"
         % (hexs(seed, 4).upper(), hexs(seed + "a", 3), hexs(seed + "b", 2), hexs(seed + "c", 4).upper(), d)),
        ("Received", "from BN9PR03CA%s.namprd03.prod.outlook.com (2603:10b6:408:13e::%s)\n by "
         "SA1PR19MB%s.namprd19.prod.outlook.com (2603:10b6:806:%s::%s) with\n Microsoft SMTP Server "
         "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8632.25; %s"
         % (hexs(seed + "d", 4).upper(), hexs(seed + "e", 2), hexs(seed, 4).upper(), hexs(seed + "a", 3), hexs(seed + "b", 2), d)),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) "
         "receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C"
         % (spf.capitalize(), mailfrom.split("@")[-1], ip, ip, relay)),
        ("Received", "from %s (%s) by\n BN1PEPF0000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n"
         " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via\n Frontend Transport; %s"
         % (relay, ip, hexs(seed + "f", 4).upper(), RNG.randint(2, 250), d)),
        ("X-MS-Exchange-Organization-ExpirationStartTime", d),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (
            hexs(seed + "n", 8), hexs(seed + "m", 4), hexs(seed + "o", 4), hexs(seed + "p", 4), hexs(seed + "q", 12))),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|29132699027|2092899012|8062599012;"),
        ("Return-Path", mailfrom),
    ]


def jp_block(provider, to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom):
    seed = to + str(arrived)
    d = rdate(arrived, JST)
    if provider == "nifty":
        authserv = "nifty.com"
        recv = [("Received", "from mta-snd%02d.nifty.com by mta-rcv%02d.nifty.com with ESMTP\n"
                 "          id <%s@mta-rcv%02d.nifty.com>; %s" % (
                     RNG.randint(1, 9), RNG.randint(1, 20), hexs(seed, 24), RNG.randint(1, 20), d))]
        head = [("Return-Path", "<%s>" % mailfrom)] + recv
        inner = [("Received", "from %s ([%s])\n          by mta-snd.nifty.com with ESMTP\n          id <%s>\n"
                  "          for <%s>; %s" % (relay, ip, hexs(seed + "i", 20) + "@mta-snd.nifty.com", to, d))]
    elif provider == "yahoojp":
        authserv = "mta%d.mail.kks.yahoo.co.jp " % RNG.randint(500, 599)
        head = [("Return-Path", "<%s>" % mailfrom),
                ("X-YMail-JAS", h64(seed + "jas", 40)),
                ("X-Apparently-To", "%s; %s" % (to, d))]
        inner = [("Received", "from %s (EHLO %s) (%s)\n  by mta%d.mail.kks.yahoo.co.jp with SMTPS; %s"
                  % (relay, relay, ip, RNG.randint(500, 599), d))]
    else:
        raise ValueError(provider)
    ar = ar_text("jp", authserv.strip() if provider != "yahoojp" else authserv, dk, spf, mailfrom, ip, dmarc, hfrom)
    return head + [("Authentication-Results", ar)] + inner


def corp_block(to, arrived, relay, ip):
    """Corporate relay that adds no Authentication-Results at all."""
    seed = to + str(arrived)
    dom = to.split("@")[1]
    return [
        ("Return-Path", "<bounce-%s@%s>" % (hexs(seed, 10), relay.split(".", 1)[1] if relay.count(".") > 1 else relay)),
        ("Received", "from mx01.%s (mx01.%s [203.0.113.25])\n\tby mbox02.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
         % (dom, dom, dom, hexs(seed + "p", 11).upper(), to, rdate(arrived + dt.timedelta(seconds=2), JST))),
        ("Received", "from %s (%s [%s])\n\tby mx01.%s (8.15.2/8.15.2) with ESMTPS id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n\tfor <%s>; %s"
         % (relay, relay, ip, dom, hexs(seed + "q", 14), to, rdate(arrived, JST))),
        ("X-Virus-Scanned", "clamav-milter 0.103.8 at mbox02"),
    ]


# --------------------------------------------------------------------------
# assembling a message
# --------------------------------------------------------------------------
def header_text(pairs):
    out = []
    for k, v in pairs:
        out.append("%s: %s" % (k, v))
    return "\n".join(out) + "\n"


def add(slug, *, kind, case_id, lang, sv, transport, top, body, new_text, extra_ids=None):
    """transport: list of (name, value) added by receiving side (top first);
    top: sender-side headers (From, To, Subject, ...), body: email Message."""
    n = len(MAILS) + 1
    fname = "%03d-%s.eml" % (n, slug)
    if "MIME-Version" not in body:
        body = single(body)
    raw = header_text(transport + top).encode("ascii") + body.as_bytes()
    ids = sorted({"AWS" + m for m in ID_RE.findall(new_text)})
    label = {"kind": kind, "case_id": case_id, "account_ids": ids,
             "sender_verified": sv, "language": lang}
    MAILS.append((fname, raw, label, new_text))
    return fname


# AWS common pieces ---------------------------------------------------------
AWS_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'


def ses_transport(profile, to, arrived, seed, dmarc="pass", dk_ok=True, **kw):
    ip = kw.get("ip") or SES_IPS[int(hexs(seed, 2), 16) % len(SES_IPS)]
    relay = ses_host(ip)
    mid = ses_id(arrived, seed)
    mailfrom = mid + "@amazonses.com"
    dk = [("pass" if dk_ok else "fail", "amazon.com", AMZ_SEL[:8]), ("pass", "amazonses.com", SES_SEL[:8])]
    if profile == "gmail":
        tr = gmail_block(to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, "amazon.com", tz=kw.get("tz", PDT))
    elif profile == "outlook":
        tr = outlook_block(to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, "amazon.com")
    elif profile in ("nifty", "yahoojp"):
        tr = jp_block(profile, to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, "amazon.com")
    elif profile == "corp":
        tr = corp_block(to, arrived, relay, ip)
    elif profile == "yahoo":
        ar = ("atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n"
              " dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=amazonses.com;\n"
              " dmarc=%s(p=QUARANTINE) header.from=amazon.com;" % (AMZ_SEL, SES_SEL, dmarc))
        tr = [("Return-Path", "<%s>" % mailfrom),
              ("Received", "from 10.197.33.12\n by atlas303.free.mail.bf1.yahoo.com with HTTP; %s" % rdate(arrived)),
              ("Received", "from %s (EHLO %s)\n\t by 10.197.33.12 with SMTP; %s" % (relay, relay, rdate(arrived))),
              ("X-Originating-Ip", "[%s]" % ip),
              ("Received-SPF", "pass (domain of amazonses.com designates %s as permitted sender)" % ip),
              ("Authentication-Results", ar),
              ("X-Apparently-To", "%s; %s" % (to, rdate(arrived)))]
    else:
        raise ValueError(profile)
    sender = aws_sender_headers(arrived - dt.timedelta(seconds=2), mid)
    global LAST_IP
    LAST_IP = ip
    return tr + sender, mid


def aws_top(frm, to, subject, sent, mid, extra=None):
    top = [("From", frm), ("To", to), ("Subject", subject),
           ("Date", rdate(sent)), ("Message-ID", "<%s@email.amazonses.com>" % mid)]
    top += extra or []
    top += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % h64(mid, 43)),
            ("X-SES-Outgoing", "%s-%s" % (sent.strftime("%Y.%m.%d"), LAST_IP))]
    return top


def aws_bnd(seed):
    return "----=_Part_%d_%d.%d" % (int(hexs(seed, 6), 16) % 9000000, int(hexs(seed + "b", 6), 16) % 900000000,
                                    1700000000000 + int(hexs(seed + "c", 8), 16) % 99999999999)


# ==========================================================================
# MAILS
# ==========================================================================
# ---------------- quoting helpers & other senders --------------------------
def q(text, mark="> "):
    return "\n".join((mark + l) if l.strip() else mark.rstrip() for l in text.split("\n"))


def sf_quote(frm, sent, to, subject, body, ja=False):
    """Quote block the support desk's mail system puts under an agent reply."""
    if ja:
        hdr = ("---------- 元のメッセージ ----------\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n"
               % (frm, sent, to, subject))
    else:
        hdr = ("--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
               % (frm, sent, to, subject))
    return hdr + "\n" + body


def gmail_ja_attr(d, who):
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s:" % (d.year, d.month, d.day, wd, d.hour, d.minute, who)


def gmail_en_attr(d, who):
    return "On %s, %s wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def credly_transport(profile, to, arrived, seed, domain="credly.com", dmarc="pass", **kw):
    ip = kw.get("ip", "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(2, 250)))
    relay = "o%d.ptr%d.%s" % (RNG.randint(1, 9), RNG.randint(1000, 9999), "em." + domain if domain == "credly.com" else "mail." + domain)
    mailfrom = "bounces+%d-%s-%s=%s@em.%s" % (RNG.randint(1000000, 9999999), hexs(seed, 4),
                                             to.split("@")[0], to.split("@")[1], domain)
    dk = [("pass", domain, "s1"), ("pass", "sendgrid.info", "smtpapi")]
    if profile == "gmail":
        tr = gmail_block(to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, domain, policy="NONE", tz=kw.get("tz", PDT))
    elif profile == "outlook":
        tr = outlook_block(to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, domain)
    elif profile in ("nifty", "yahoojp"):
        tr = jp_block(profile, to, arrived, relay, ip, mailfrom, dk, "pass", dmarc, domain)
    elif profile == "corp":
        tr = corp_block(to, arrived, relay, ip)
    elif profile == "yahoo":
        ar = ("atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@%s header.s=s1;\n"
              " spf=pass smtp.mailfrom=em.%s;\n dmarc=%s(p=NONE) header.from=%s;" % (domain, domain, dmarc, domain))
        tr = [("Return-Path", "<%s>" % mailfrom),
              ("Received", "from 10.217.150.64\n by atlas208.free.mail.ne1.yahoo.com with HTTP; %s" % rdate(arrived)),
              ("Received", "from %s (EHLO %s)\n\t by 10.217.150.64 with SMTP; %s" % (relay, relay, rdate(arrived))),
              ("Authentication-Results", ar)]
    tr += [("DKIM-Signature", dkim_sig(domain, "s1", arrived, seed, h="from:subject:mime-version:to:content-type:cc:content-type:from:subject:to"))]
    return tr


def credly_body(first, badge, issuer, url_id, seed, moved=False, lang_note=None):
    acc = "https://www.credly.com/earner/earned/badge/%s" % url_id
    if moved:
        plain = ("Hi %s,\n\n%s has issued you a badge. Your %s badge is now available in your Credly account.\n\n"
                 "This badge was re-issued to you following an update to your certification records, so you "
                 "may see it listed with its original issue date.\n\nAccept your badge: %s\n\n"
                 "Once accepted, you can share your badge on LinkedIn, add it to your email signature, or "
                 "download it as an image.\n\nThanks,\nThe Credly Team\n\n--\nCredly, Inc. | 1400 Broadway, "
                 "Suite 1600 | New York, NY 10018\nUnsubscribe from badge notifications: https://www.credly.com/notifications\n"
                 % (first, issuer, badge, acc))
    else:
        plain = ("Congratulations, %s!\n\n%s has issued you a new badge:\n\n    %s\n\n"
                 "Accept your badge to share your achievement with your professional network and potential employers.\n\n"
                 "Accept your badge: %s\n\nWhy accept your badge?\n- Share it on LinkedIn, Twitter and Facebook\n"
                 "- Let employers verify your skills in one click\n- Discover jobs that match your skills\n\n"
                 "The Credly Team\n\nCredly, Inc. | 1400 Broadway, Suite 1600 | New York, NY 10018\n"
                 "You received this email because an organization issued you a badge. Manage email preferences: "
                 "https://www.credly.com/notifications\n" % (first, issuer, badge, acc))
    htm = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f5f5f5;margin:0"><center><table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td style="padding:0 24px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" alt="%s" width="170"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">%s</td></tr>
<tr><td align="center" style="padding:8px 24px 32px"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
</table></center></body></html>""" % (hexs(seed, 8) + "-" + hexs(seed + "1", 4) + "-" + hexs(seed + "2", 4) + "-" + hexs(seed + "3", 4) + "-" + hexs(seed + "4", 12),
                                      html.escape(badge), to_html_lines(plain.split("\n\nThe Credly Team")[0].split("\n\nThanks,")[0]), acc))
    return plain, htm


def credly_top(issuer, to, subject, sent, seed):
    return [("From", '"%s via Credly" <admin@credly.com>' % issuer), ("Reply-To", "no-reply@credly.com"),
            ("To", to), ("Subject", subject), ("Date", rdate(sent)),
            ("Message-ID", "<%s.%s@credly.com>" % (hexs(seed, 24), int(sent.timestamp()))),
            ("X-SG-EID", h64(seed + "sg", 60)), ("List-Unsubscribe", "<https://www.credly.com/notifications>")]


AWS_ISSUER = "Amazon Web Services Training and Certification"
FORM_FOOTER_EN = ("To help us serve you better, please reply to this email without changing the subject line.\n"
                  "This message was sent from a monitored mailbox; replies are added to your case automatically.")


# ==========================================================================
# USER 1 - 田中 由紀 (Gmail, Japanese), form case, 15-digit id
# ==========================================================================
U1 = "yuki.tanaka.0528@gmail.com"
U1_OPEN = T("2025-05-27 00:14:22")
C1 = case15(U1_OPEN, "00731")
U1_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1
U1_REF = "ref:_00D5f0Xy4d._500Rq1hB7kT:ref"

# 001 form acknowledgement -----------------------------------------------
d = U1_OPEN + dt.timedelta(seconds=4)
tr, mid = ses_transport("gmail", U1, d + dt.timedelta(seconds=2), "u1-001")
new = ("Hello,\n\n"
       "Thank you for contacting AWS Training and Certification. This is an automated message to let you know "
       "that we have received your request and a case has been created for it.\n\n"
       "Case ID: %s\n\n"
       "A member of our Customer Support team will review your request and get back to you, in most cases "
       "within 24 hours. Please do not submit a new request for the same issue; doing so may delay our response. "
       "If you need to add information, simply reply to this email.\n\n"
       "Summary of your request\n"
       "Inquiry type: AWS Training and Certification\n"
       "Category: Certification\n"
       "Detail: Account Merge\n"
       "AWS candidate ID: AWS03319054\n"
       "Description: 以前勤めていた会社のメールアドレスで作った認定アカウントがあり、今の個人アカウントと一つにまとめたいです。"
       "古いアカウントのログインメールは y.tanaka@kaisha-example.co.jp です。\n\n"
       "Sincerely,\nAWS Training and Certification Customer Support\n" % C1)
foot = "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\nAmazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"
b = alt([tpart(new + "\n" + foot), tpart(aws_html(new, footer=foot), "html")], aws_bnd("u1-001"))
add("form-ack-tanaka", kind="case_created", case_id=C1, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U1, "[CASE %s] We have received your request - AWS Training and Certification" % C1, d, mid),
    body=b, new_text=new)

# 002 agent (JA) asks for login e-mails / which to keep --------------------
d2 = T("2025-05-28 01:47:13")
tr, mid = ses_transport("gmail", U1, d2 + dt.timedelta(seconds=3), "u1-002")
new2 = ("田中 由紀 様\n\n"
        "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
        "カスタマーサポート担当の小林でございます。\n\n"
        "認定アカウントの統合のご依頼につきまして、承りました。\n"
        "お手続きを進めるにあたり、恐れ入りますが、以下の点を本メールへのご返信にてお知らせいただけますでしょうか。\n\n"
        "1. 旧アカウント(y.tanaka@kaisha-example.co.jp)の受験者 ID(AWS から始まる番号)\n"
        "   ※ご不明な場合は、旧アカウントで受験された試験名とおおよその受験日でも構いません。\n"
        "2. 統合後に残すアカウント\n"
        "   ご依頼フォームには AWS03319054 が記載されておりますが、こちらを存続アカウントとしてよろしいでしょうか。\n\n"
        "なお、同じご依頼で新しくお問い合わせを作成されますと、確認に時間を要する場合がございます。"
        "お手数ですが、本ケースへのご返信にてご連絡いただけますと幸いです。\n\n"
        "何卒よろしくお願い申し上げます。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n")
plain2 = new2 + "\n" + U1_REF + "\n"
b = alt([tpart(plain2, charset="utf-8", cte="base64"),
         tpart(simple_html(new2) .replace("</body>", "<p style=\"color:#fff;font-size:1px\">%s</p></body>" % U1_REF), "html", cte="base64")],
        aws_bnd("u1-002"))
add("agent-asks-ids-tanaka-ja", kind="support_reply", case_id=C1, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U1, U1_SUBJ, d2, mid), body=b, new_text=new2)

# 003 confirmation request (JA) -------------------------------------------
u1_reply1_time = T("2025-05-28 03:31:40")
u1_reply1 = ("小林様\n\nご連絡ありがとうございます。\n\n"
             "1. 旧アカウントの受験者IDは AWS01846372 でした(昔の認定メールに書いてありました)。\n"
             "2. はい、AWS03319054 を残したいです。\n\n"
             "よろしくお願いいたします。\n\n田中 由紀\n\n"
             + gmail_ja_attr(d2.astimezone(JST), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>") + "\n"
             + q(new2))
d3 = T("2025-05-29 02:05:51")
tr, mid = ses_transport("gmail", U1, d3 + dt.timedelta(seconds=2), "u1-003")
new3 = ("田中 由紀 様\n\n"
        "お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。\n"
        "ご返信いただき、ありがとうございます。\n\n"
        "いただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントを確認できました。\n\n"
        "・AWS01846372(サインイン: y.tanaka@kaisha-example.co.jp)\n"
        "・AWS03319054(サインイン: yuki.tanaka.0528@gmail.com)\n\n"
        "ご希望に沿って、AWS01846372 の認定履歴および特典を AWS03319054 へ移し、"
        "AWS03319054 を存続アカウントとして一本化いたします。\n"
        "処理後、AWS01846372 にはサインインできなくなり、この操作は元に戻すことができません。\n\n"
        "上記の内容でお間違いがないか、本メールへのご返信にてご確認をお願いできますでしょうか。"
        "ご承諾をいただけましたら、作業に着手いたします。\n\n"
        "よろしくお願いいたします。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n")
quote3 = sf_quote("田中 由紀 [yuki.tanaka.0528@gmail.com]", "2025/05/28 3:31", "aws-cs-trainingcertification-form@amazon.com",
                  "Re: " + U1_SUBJ, u1_reply1, ja=True)
b = alt([tpart(new3 + "\n" + quote3 + "\n\n" + U1_REF + "\n", cte="base64"),
         tpart(simple_html(new3, quote3), "html", cte="base64")], aws_bnd("u1-003"))
add("merge-confirm-request-tanaka-ja", kind="merge_confirmation_requested", case_id=C1, lang="ja", sv=True,
    transport=tr, top=aws_top(FORM_FROM, U1, U1_SUBJ, d3, mid), body=b, new_text=new3)

# 004 consent acknowledged, work starting (JA) ------------------------------
u1_consent_t = T("2025-05-29 12:40:02")
u1_consent = ("小林様\n\nご確認ありがとうございます。\n上記の内容で問題ありません。統合を進めてください。\n"
              "The details are correct. Please proceed with the merge.\n\n田中\n\n"
              + gmail_ja_attr(d3.astimezone(JST), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>") + "\n"
              + q(new3 + "\n" + quote3))
d4 = T("2025-05-30 00:52:18")
tr, mid = ses_transport("gmail", U1, d4 + dt.timedelta(seconds=2), "u1-004")
new4 = ("田中 由紀 様\n\n"
        "お世話になっております。小林でございます。\n\n"
        "ご確認いただき、誠にありがとうございます。\n"
        "頂戴したご承諾に基づき、これより担当部署にてアカウントの統合作業を進めてまいります。\n"
        "作業が完了いたしましたら、改めて本ケースにてご連絡差し上げます。"
        "通常、1〜2 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n"
        "引き続きよろしくお願いいたします。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート\n")
quote4 = sf_quote("田中 由紀 [yuki.tanaka.0528@gmail.com]", "2025/05/29 12:40", "aws-cs-trainingcertification-form@amazon.com",
                  "Re: " + U1_SUBJ, u1_consent, ja=True)
b = alt([tpart(new4 + "\n" + quote4 + "\n\n" + U1_REF + "\n", cte="quoted-printable"),
         tpart(simple_html(new4, quote4), "html", cte="quoted-printable")], aws_bnd("u1-004"))
add("consent-thanks-proceeding-tanaka-ja", kind="support_reply", case_id=C1, lang="ja", sv=True,
    transport=tr, top=aws_top(FORM_FROM, U1, U1_SUBJ, d4, mid), body=b, new_text=new4)

# 005 completed (JA) --------------------------------------------------------
d5 = T("2025-05-30 08:16:02")
tr, mid = ses_transport("gmail", U1, d5 + dt.timedelta(seconds=2), "u1-005")
new5 = ("田中 由紀 様\n\n"
        "お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n"
        "大変お待たせいたしました。\n"
        "ご依頼いただいておりました 2 つの認定アカウントの一本化が完了いたしましたので、ご報告いたします。\n\n"
        "今後は AWS03319054(yuki.tanaka.0528@gmail.com)にサインインしていただきますと、"
        "旧アカウントで取得された以下の認定もあわせてご確認いただけます。\n"
        "・AWS Certified Cloud Practitioner\n"
        "・AWS Certified Solutions Architect – Associate\n\n"
        "なお、50% 割引の受験特典も存続アカウントへ引き継がれております。"
        "Credly のデジタルバッジにつきましては、反映まで最大 48 時間ほどかかる場合がございます。\n\n"
        "その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n")
b = alt([tpart(new5 + "\n" + U1_REF + "\n", cte="base64"), tpart(simple_html(new5), "html", cte="base64")],
        aws_bnd("u1-005"))
add("merge-done-tanaka-ja", kind="merge_completed", case_id=C1, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U1, U1_SUBJ, d5, mid), body=b, new_text=new5)

# 006 closure + survey (HTML only, English template) ------------------------
d6 = d5 + dt.timedelta(seconds=41)
tr, mid = ses_transport("gmail", U1, d6 + dt.timedelta(seconds=2), "u1-006")
new6 = ("Hello,\n\nYour case %s has been closed.\n\n"
        "We'd love to hear about your experience with AWS Training and Certification Customer Support. "
        "It only takes a minute.\n\n"
        "Was your issue resolved?\n"
        "YES  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupport?CaseId=%s&Resolved=Yes\n"
        "NO   https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupport?CaseId=%s&Resolved=No\n\n"
        "If you still need help, reply to this email within 14 days and your case will be reopened.\n\n"
        "Thank you,\nAWS Training and Certification\n" % (C1, C1, C1))
htm6 = aws_html(new6, title="How did we do?", footer="This survey is administered by Amazon Web Services, Inc. "
                "Privacy: https://aws.amazon.com/privacy/")
add("case-closed-survey-tanaka", kind="survey", case_id=C1, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U1, "[CASE %s] Your case has been closed - tell us how we did" % C1, d6, mid),
    body=tpart(htm6, "html", cte="quoted-printable"), new_text=new6)

# 007 Credly badge ----------------------------------------------------------
d7 = T("2025-05-30 09:03:27")
plain7, htm7 = credly_body("Yuki", "AWS Certified Solutions Architect – Associate", AWS_ISSUER,
                           "6f1b2e0c-94a3-4d0e-b7a1-3c55e0d9a812", "u1-007", moved=True)
b = alt([tpart(plain7), tpart(htm7, "html")], "%s" % hexs("u1-007b", 40))
add("credly-badge-tanaka", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
    transport=credly_transport("gmail", U1, d7 + dt.timedelta(seconds=5), "u1-007"),
    top=credly_top(AWS_ISSUER, U1, "Yuki, you've been issued a badge from Amazon Web Services Training and Certification", d7, "u1-007"),
    body=b, new_text=plain7)


# ==========================================================================
# USER 2 - John Miller (Outlook.com, English), console case, three accounts
# ==========================================================================
U2 = "j.miller.cloud@outlook.com"
U2_OPEN = T("2025-03-10 15:22:07")
C2 = case15(U2_OPEN, "00468")
U2_CSUBJ = "Merge my AWS Certification accounts"
CONSOLE_LINK = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"
CONSOLE_FOOT = ("We value your feedback. Please share your experience by rating this and other correspondences in "
                "the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
                "corner of the correspondence.\n\nAmazon Web Services, Inc. and its affiliates are located at "
                "410 Terry Avenue North, Seattle, WA 98109. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.")


def console_reply(new, case, foot=CONSOLE_FOOT):
    return (new + "\n\nTo see the case or reply, sign in to the Support Center:\n" + (CONSOLE_LINK % case)
            + "\n\nNote: This e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n" + foot + "\n")


# 008 console case opened ---------------------------------------------------
d = U2_OPEN + dt.timedelta(seconds=3)
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-008")
new = ("Dear Customer,\n\n"
       "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
       "The details of your case are as follows:\n\n"
       "Case ID: %s\nSubject: %s\nSeverity: General guidance\n"
       "Correspondence: Hi, over the years I ended up with three AWS Certification accounts, one per employer: "
       "AWS00912834, aws02277160 and AWS-04419932. I would like all my certifications under AWS-04419932, which "
       "is tied to this email address. Thank you, John Miller\n\n"
       "We will be in touch with you soon.\n\n"
       "To contact us again about this issue, please use the Support Center: %s\n\n"
       "Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link "
       "above if you need to contact us again about this same issue.\n\n"
       "Amazon Web Services\n" % (C2, C2, U2_CSUBJ, CONSOLE_LINK % C2))
b = alt([tpart(new), tpart(aws_html(new, title="You have opened a new Support case"), "html")], aws_bnd("u2-008"))
add("console-case-opened-miller", kind="case_created", case_id=C2, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "Amazon Web Services: You have opened a new Support case: %s" % C2, d, mid),
    body=b, new_text=new)

# 009 "New correspondence added" notice ------------------------------------
d = T("2025-03-11 18:04:40")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=1), "u2-009")
new = ("Hello,\n\n"
       "We've added a new correspondence to your AWS Support case.\n\n"
       "Case ID: %s\nSubject: %s\n\n"
       "To view the correspondence and respond, sign in to the AWS Support Center:\n%s\n\n"
       "Thank you for using Amazon Web Services.\n\nAmazon Web Services\n" % (C2, U2_CSUBJ, CONSOLE_LINK % C2))
add("new-correspondence-notice-miller", kind="support_reply", case_id=C2, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "[Case %s] New correspondence added" % C2, d, mid),
    body=tpart(aws_html(new, title="New correspondence"), "html"), new_text=new)

# 010 agent asks for sign-in e-mails and which account to keep --------------
d = T("2025-03-11 18:04:38")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=4), "u2-010")
new = ("Hello John,\n\n"
       "Thank you for reaching out to AWS Training and Certification Support. My name is Daniel and I'll be "
       "assisting you with this case.\n\n"
       "I was able to locate the three candidate profiles you listed. Before we do anything with them I need to "
       "verify that they all belong to you, so could you please reply with:\n\n"
       "1. The email address you use to sign in to each account;\n"
       "2. The notification email shown on each profile, if it is different from the sign-in email;\n"
       "3. Which of the three accounts you would like to keep as your main account going forward.\n\n"
       "Please note that one of the profiles currently has an upcoming exam registration, so if you could also "
       "let me know whether you still plan to sit that exam, that would help.\n\n"
       "Best regards,\nDaniel R.\nAmazon Web Services")
plain = console_reply(new, C2)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u2-010"))
add("agent-asks-logins-keep-miller", kind="support_reply", case_id=C2, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "RE:[CASE %s] %s" % (C2, U2_CSUBJ), d, mid), body=b, new_text=plain)

# 011 chaser ------------------------------------------------------------------
d = T("2025-03-14 18:10:02")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-011")
new = ("Hello John,\n\n"
       "I'm following up on my message from March 11. We're still waiting on the sign-in email addresses for "
       "your certification profiles and your choice of which one to keep. We can't move forward with your "
       "request until we have this information.\n\n"
       "If we don't hear back from you, this case will be resolved automatically in 5 days. You can reopen it "
       "at any time from the Support Center, so there is no need to create a new case.\n\n"
       "Best regards,\nDaniel R.\nAmazon Web Services")
plain = console_reply(new, C2)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u2-011"))
add("chaser-awaiting-info-miller", kind="support_reply", case_id=C2, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "RE:[CASE %s] %s" % (C2, U2_CSUBJ), d, mid), body=b, new_text=plain)

# 012 confirmation requested ------------------------------------------------
d = T("2025-03-17 16:40:19")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-012")
new = ("Hello John,\n\n"
       "Thanks for getting back to me with the details. Based on your reply, this is what will happen:\n\n"
       "  - AWS 00912834 (sign-in: jmiller@northwind-traders.com) will be folded into AWS 04419932\n"
       "  - AWS 02277160 (sign-in: john.miller@fabrikamcloud.io) will be folded into AWS 04419932\n"
       "  - AWS 04419932 (sign-in: j.miller.cloud@outlook.com) remains as your only account\n\n"
       "All certifications, exam history and benefits from the first two profiles will be moved to AWS 04419932, "
       "and the other two profiles will then be deactivated. Please be aware this is permanent - once it is "
       "done we are not able to split the accounts again.\n\n"
       "If everything above looks right, please reply to this case with your confirmation and I'll submit the "
       "request to our certification operations team.\n\n"
       "Best regards,\nDaniel R.\nAmazon Web Services")
plain = console_reply(new, C2)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u2-012"))
add("merge-confirm-request-miller", kind="merge_confirmation_requested", case_id=C2, lang="en", sv=True,
    transport=tr, top=aws_top(AWS_FROM, U2, "RE:[CASE %s] %s" % (C2, U2_CSUBJ), d, mid), body=b, new_text=plain)

# 013 partial completion ----------------------------------------------------
d = T("2025-03-19 11:02:55")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-013")
new = ("Hello John,\n\n"
       "Quick update on your request. The first part is finished: AWS00912834 has been merged into "
       "AWS04419932, and your AWS Certified Solutions Architect - Associate (2019) and AWS Certified Developer - "
       "Associate now show on your surviving account.\n\n"
       "For AWS02277160 we had to pause: that profile has an open exam registration with Pearson VUE on "
       "March 22 (AWS Certified Security - Specialty), and a profile with a pending appointment can't be moved. "
       "Please sit the exam as scheduled. Once your result has posted I will finish the remaining step and let "
       "you know. No action is needed from you in the meantime, and I'll keep this case open.\n\n"
       "Best regards,\nDaniel R.\nAmazon Web Services")
plain = console_reply(new, C2)
b = alt([tpart(plain, label="us-ascii"), tpart(aws_html(plain), "html")], aws_bnd("u2-013"))
add("partial-merge-done-miller", kind="merge_completed", case_id=C2, lang="en", sv=True,
    transport=tr, top=aws_top(AWS_FROM, U2, "RE:[CASE %s] %s" % (C2, U2_CSUBJ), d, mid), body=b, new_text=plain)

# 014 remaining account merged --------------------------------------------------
d = T("2025-03-26 09:30:12")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-014")
new = ("Hello John,\n\n"
       "Good news \u2014 your Security Specialty result has posted, so I was able to complete the last step today. "
       "The profile AWS02277160 is now part of AWS04419932, which means all three of your former profiles are "
       "now consolidated into a single account. You'll find your complete certification history (including "
       "the new Security \u2013 Specialty certification) when you sign in with j.miller.cloud@outlook.com.\n\n"
       "Your Credly badges will be re-issued to the email on the surviving account within a few days. If they "
       "haven't arrived after 5 business days, just let us know on this case.\n\n"
       "Best regards,\nDaniel R.\nAmazon Web Services")
plain = console_reply(new, C2)
b = alt([tpart(plain, charset="utf-8", label="windows-1252"), tpart(aws_html(plain), "html")], aws_bnd("u2-014"))
add("remaining-merge-done-miller", kind="merge_completed", case_id=C2, lang="en", sv=True,
    transport=tr, top=aws_top(AWS_FROM, U2, "RE:[CASE %s] %s" % (C2, U2_CSUBJ), d, mid), body=b, new_text=plain)

# 015 resolved + rating ----------------------------------------------------------
d = T("2025-03-26 09:31:05")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "u2-015")
new = ("Hello,\n\n"
       "Your AWS Support case %s, \"%s\", has been resolved.\n\n"
       "How would you rate your support experience?\n"
       "Excellent  https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=4\n"
       "Good       https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=3\n"
       "Fair       https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=2\n"
       "Poor       https://support.console.aws.amazon.com/support/feedback?displayId=%s&rating=1\n\n"
       "If your issue has not been resolved, you can reopen this case from the Support Center within 14 days:\n%s\n\n"
       "Thank you for using Amazon Web Services.\n" % (C2, U2_CSUBJ, C2, C2, C2, C2, CONSOLE_LINK % C2))
add("case-resolved-rate-miller", kind="survey", case_id=C2, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "Amazon Web Services: Your Support case %s has been resolved" % C2, d, mid),
    body=tpart(aws_html(new, title="Case resolved"), "html", cte="base64"), new_text=new)

# 016 Credly badge -----------------------------------------------------------
d = T("2025-03-28 14:12:09")
plain, htm = credly_body("John", "AWS Certified Security \u2013 Specialty", AWS_ISSUER,
                         "0c3d7a55-2b61-4e0f-9f21-8ab4c6e0d3f7", "u2-016")
b = alt([tpart(plain), tpart(htm, "html")], hexs("u2-016b", 40))
add("credly-badge-miller", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
    transport=credly_transport("outlook", U2, d + dt.timedelta(seconds=4), "u2-016"),
    top=credly_top(AWS_ISSUER, U2, "Congratulations, John! You've earned a badge from Amazon Web Services Training and Certification", d, "u2-016"),
    body=b, new_text=plain)


# ==========================================================================
# USER 3 - 佐藤 健二 (nifty, Japanese, ISO-2022-JP agent mail), form case,
#          closed, then reopened for Credly
# ==========================================================================
U3 = "kenji_sato@nifty.com"
U3_OPEN = T("2025-02-03 03:05:41")
C3 = case15(U3_OPEN, "00152")
U3_SUBJ_ASCII = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3
SIG_ITO = ("伊藤 美咲\nAWS トレーニングと認定 カスタマーサポート\nアマゾン ウェブ サービス ジャパン合同会社\n")


def tb_attr(d, who):
    d = d.astimezone(JST)
    return "On %s, %s wrote:" % (d.strftime("%Y/%m/%d %H:%M"), who)


def jis_alt(plain, bnd, htmltext=None):
    parts = [tpart(plain, charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")]
    if htmltext:
        parts.append(tpart(htmltext, "html", charset="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))
        return alt(parts, bnd)
    return parts[0]


# 017 form acknowledgement (bilingual) -------------------------------------------
d = U3_OPEN + dt.timedelta(seconds=5)
tr, mid = ses_transport("nifty", U3, d + dt.timedelta(seconds=3), "u3-017")
new = ("佐藤 健二 様\n\n"
       "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
       "本メールは、お問い合わせの受付をお知らせする自動送信メールです。\n\n"
       "ケース ID: %s\n"
       "お問い合わせの種類: 認定 / アカウントの統合\n"
       "AWS 受験者 ID: AWS05561208\n\n"
       "担当者より、原則として 24 時間以内にご連絡いたします。\n"
       "追加の情報がございましたら、件名を変更せずに本メールへご返信ください。"
       "同じ内容で再度お問い合わせいただく必要はございません。\n\n"
       "AWS トレーニングと認定 カスタマーサポート\n\n"
       "----------------------------------------------------------------\n"
       "Thank you for contacting AWS Training and Certification. This automated message confirms that we "
       "have received your request. Your case ID is %s. We will respond within 24 hours in most cases.\n" % (C3, C3))
add("form-ack-sato-bilingual", kind="case_created", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, "[CASE %s] " % C3 + ew("お問い合わせを受け付けました - AWS トレーニングと認定", "UTF-8", "B", 12),
                d, mid),
    body=tpart(new, cte="quoted-printable"), new_text=new)

# 018 confirmation request (ISO-2022-JP) -------------------------------------------
d18 = T("2025-02-04 05:30:27")
tr, mid = ses_transport("nifty", U3, d18 + dt.timedelta(seconds=2), "u3-018")
form_echo = ("お問い合わせ内容:\n転職前に作成した認定アカウント(AWS02015573、ログインは sato.kenji@old-sier.co.jp)と、"
             "現在使っているアカウント AWS05561208 を一つにしたいです。残すのは AWS05561208 でお願いします。")
new18 = ("佐藤 健二 様\n\n"
         "平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n"
         "カスタマーサポートの伊藤と申します。\n\n"
         "この度は、認定アカウントの統合についてお問い合わせいただき、ありがとうございます。\n"
         "お送りいただいた内容を確認いたしましたところ、下記のとおり処理を行う予定でございます。\n\n"
         "  統合元(廃止されるアカウント): AWS02015573\n"
         "  統合先(存続するアカウント)  : AWS05561208\n\n"
         "統合元アカウントで取得された認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。\n"
         "恐れ入りますが、統合後に元の状態へ戻すことはできかねますので、あらかじめご了承ください。\n\n"
         "つきましては、上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。\n"
         "ご確認をいただき次第、速やかに手続きを進めさせていただきます。\n\n"
         "何卒よろしくお願い申し上げます。\n\n" + SIG_ITO)
quote18 = sf_quote("佐藤 健二 [kenji_sato@nifty.com]", "2025/02/03 12:05", "AWS Training and Certification",
                   "[AWS Training and Certification Form Submission] - account-assistance", form_echo, ja=True)
plain18 = new18 + "\n" + quote18 + "\n"
b = jis_alt(plain18, aws_bnd("u3-018"), simple_html(new18, quote18, font="'MS PGothic', sans-serif").replace("utf-8", "ISO-2022-JP"))
add("merge-confirm-request-sato-jis", kind="merge_confirmation_requested", case_id=C3, lang="ja", sv=True,
    transport=tr, top=aws_top(FORM_FROM, U3, U3_SUBJ_ASCII, d18, mid), body=b, new_text=new18)

# 019 chaser (no accounts in the new part) -----------------------------------------
d19 = T("2025-02-06 04:12:09")
tr, mid = ses_transport("nifty", U3, d19 + dt.timedelta(seconds=2), "u3-019")
new19 = ("佐藤 健二 様\n\n"
         "お世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤でございます。\n\n"
         "2 月 4 日にお送りいたしましたメールにつきまして、その後いかがでしょうか。\n"
         "現時点でご返信を確認できておりませんでしたので、念のため再度ご連絡いたしました。\n\n"
         "お手すきの際に下記メールの内容をご確認のうえ、ご返信いただけますと幸いです。\n"
         "なお、7 日間ご返信がない場合は、本ケースを一旦クローズさせていただきますのでご了承ください。"
         "クローズ後も、本メールへご返信いただければケースは再開されます。\n\n"
         "何卒よろしくお願い申し上げます。\n\n" + SIG_ITO)
quote19 = sf_quote("Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]", "2025/02/04 14:30",
                   "kenji_sato@nifty.com", U3_SUBJ_ASCII, new18, ja=True)
plain19 = new19 + "\n" + quote19 + "\n"
add("chaser-reminder-sato-jis", kind="support_reply", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, U3_SUBJ_ASCII + " " + ew("【リマインド】", "ISO-2022-JP", "B", 8), d19, mid),
    body=jis_alt(plain19, None), new_text=new19)

# 020 merge completed (ISO-2022-JP), quoting Thunderbird reply with nested quote ------
u3_consent = ("伊藤様\n\nご連絡が遅くなり申し訳ありません。\n内容に相違ございません。統合をお願いいたします。\n\n"
              "佐藤 健二\n\n" + tb_attr(d19, "Amazon Web Services") + "\n" + q(new19 + "\n" + quote19))
d20 = T("2025-02-07 02:48:31")
tr, mid = ses_transport("nifty", U3, d20 + dt.timedelta(seconds=2), "u3-020")
new20 = ("佐藤 健二 様\n\n"
         "お世話になっております。伊藤でございます。\n"
         "ご確認のご連絡をいただき、誠にありがとうございました。\n\n"
         "ご依頼の認定アカウントにつきまして、本日、統合の処理を完了いたしました。\n"
         "今後は AWS05561208 のアカウントにサインインしていただくことで、これまでに取得されたすべての認定をご確認いただけます。\n\n"
         "Credly のデジタルバッジは、数日以内に存続アカウントのメールアドレス宛てに再発行される見込みです。\n\n"
         "今後とも AWS トレーニングと認定をよろしくお願いいたします。\n\n" + SIG_ITO)
quote20 = sf_quote("佐藤 健二 [kenji_sato@nifty.com]", "2025/02/06 21:15", "aws-cs-trainingcertification-form@amazon.com",
                   "Re: " + U3_SUBJ_ASCII, u3_consent, ja=True)
plain20 = new20 + "\n" + quote20 + "\n"
add("merge-done-sato-jis", kind="merge_completed", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, U3_SUBJ_ASCII, d20, mid), body=jis_alt(plain20, None), new_text=new20)

# 021 closure survey (JA, HTML only) ---------------------------------------------------
d21 = d20 + dt.timedelta(seconds=50)
tr, mid = ses_transport("nifty", U3, d21 + dt.timedelta(seconds=2), "u3-021")
new21 = ("佐藤 健二 様\n\n"
         "お問い合わせいただいたケース(ケース ID: %s)はクローズされました。\n\n"
         "今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。\n\n"
         "問題は解決しましたか?\n"
         "はい  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupportJA?CaseId=%s&Resolved=Yes\n"
         "いいえ https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupportJA?CaseId=%s&Resolved=No\n\n"
         "引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。\n\n"
         "AWS トレーニングと認定\n" % (C3, C3, C3))
add("closed-survey-sato-ja", kind="survey", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, "[CASE %s] " % C3 + ew("ケースはクローズされました - アンケートのお願い", "UTF-8", "B", 10), d21, mid),
    body=tpart(aws_html(new21, title="アンケートのお願い"), "html", cte="base64"), new_text=new21)

# 022 reopened: Credly badges still on old account --------------------------------------
u3_reopen = ("伊藤様\n\nお世話になっております。佐藤です。\n"
             "アカウントの統合ありがとうございました。認定は AWS05561208 で確認できました。\n"
             "ただ、Credly のバッジが古いメールアドレス(sato.kenji@old-sier.co.jp)の Credly アカウントに残ったままで、"
             "新しい方には届いていません。確認いただけますでしょうか。\n\n佐藤 健二\n\n"
             + tb_attr(d20, "Amazon Web Services") + "\n" + q(new20 + "\n" + quote20))
d22 = T("2025-02-13 01:20:44")
tr, mid = ses_transport("nifty", U3, d22 + dt.timedelta(seconds=2), "u3-022")
new22 = ("佐藤 健二 様\n\n"
         "お世話になっております。伊藤でございます。\n"
         "ご連絡いただき、ありがとうございます。本ケースを再オープンいたしました。\n\n"
         "Credly のバッジが以前の Credly アカウントに残っている件につきまして、現在、担当チームへ確認を依頼しております。"
         "確認が取れ次第、あらためてご連絡いたしますので、今しばらくお待ちいただけますようお願い申し上げます。\n\n"
         "ご不便をおかけし申し訳ございません。\n\n" + SIG_ITO)
quote22 = sf_quote("佐藤 健二 [kenji_sato@nifty.com]", "2025/02/12 22:03", "aws-cs-trainingcertification-form@amazon.com",
                   "Re: " + U3_SUBJ_ASCII, u3_reopen, ja=True)
plain22 = new22 + "\n" + quote22 + "\n"
add("case-reopened-credly-check-sato-jis", kind="support_reply", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, U3_SUBJ_ASCII, d22, mid), body=jis_alt(plain22, None), new_text=new22)

# 023 agent asks for Credly e-mail addresses (question not about the AWS merge) -------
d23 = T("2025-02-14 06:05:10")
tr, mid = ses_transport("nifty", U3, d23 + dt.timedelta(seconds=2), "u3-023")
new23 = ("佐藤 健二 様\n\n"
         "お世話になっております。伊藤でございます。\n\n"
         "担当チームに確認いたしましたところ、Credly 側のアカウントが 2 つに分かれているため、"
         "バッジの移動には Credly アカウントの情報が必要とのことでした。\n"
         "恐れ入りますが、以下についてご返信いただけますでしょうか。\n\n"
         "・旧 Credly アカウントに登録されているメールアドレス\n"
         "・今後お使いになる Credly アカウントのメールアドレス\n"
         "・旧 Credly アカウントに、AWS 以外の団体から発行されたバッジがあるかどうか\n\n"
         "よろしくお願いいたします。\n\n" + SIG_ITO)
add("agent-asks-credly-emails-sato-jis", kind="support_reply", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, U3_SUBJ_ASCII, d23, mid),
    body=jis_alt(new23, aws_bnd("u3-023"), simple_html(new23).replace("utf-8", "ISO-2022-JP")), new_text=new23)

# 024 Credly: badges re-issued -----------------------------------------------------------
d = T("2025-02-18 03:41:56")
plain, htm = credly_body("Kenji", "AWS Certified Solutions Architect \u2013 Professional", AWS_ISSUER,
                         "9a07c3e4-51d2-4b8e-a6f0-2de1b94c70aa", "u3-024", moved=True)
b = alt([tpart(plain, cte="base64"), tpart(htm, "html", cte="base64")], hexs("u3-024b", 40))
add("credly-badge-reissued-sato", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
    transport=credly_transport("nifty", U3, d + dt.timedelta(seconds=6), "u3-024"),
    top=credly_top(AWS_ISSUER, U3, "Your AWS Certified Solutions Architect \u2013 Professional badge is waiting for you".encode("ascii", "replace").decode().replace("?", "-"), d, "u3-024"),
    body=b, new_text=plain)

# 025 closed again + survey (JA) -----------------------------------------------------------
d25 = T("2025-02-19 02:10:33")
tr, mid = ses_transport("nifty", U3, d25 + dt.timedelta(seconds=2), "u3-025")
new25 = ("佐藤 健二 様\n\n"
         "AWS トレーニングと認定をご利用いただき、ありがとうございます。\n"
         "ケース ID %s は、解決済みとしてクローズされました。\n\n"
         "担当者の対応はいかがでしたか? 5 段階で評価をお願いいたします。\n"
         "https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupportJA?CaseId=%s&Agent=ito\n\n"
         "このメールは送信専用アドレスから送信されています。\n" % (C3, C3))
add("reclosed-rating-sato-ja", kind="survey", case_id=C3, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U3, "[CASE %s] " % C3 + ew("サポート対応に関するアンケートのお願い", "ISO-2022-JP", "B", 9), d25, mid),
    body=alt([tpart(new25, charset="utf-8", cte="base64"), tpart(aws_html(new25, title="アンケート"), "html", cte="base64")],
             aws_bnd("u3-025")), new_text=new25)


# ==========================================================================
# USER 4 - Priya Raman (Gmail, English, non-native agent). First form case
#          never answered; second (console) case a week later.
# ==========================================================================
U4 = "priya.raman.dev@gmail.com"
U4_OPEN_A = T("2025-07-07 04:10:55")
U4_OPEN_B = T("2025-07-14 05:02:18")
C4A = case15(U4_OPEN_A, "00389")
C4B = case15(U4_OPEN_B, "00917")
U4_CSUBJ = "Certification account merge - request from 07 July not answered"
SIG_ANITHA = "Regards,\nAnitha S.\nAWS Training & Certification Support\nAmazon Web Services"

# 026 form acknowledgement (HTML only, different template) -------------------
d = U4_OPEN_A + dt.timedelta(seconds=6)
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-026", tz=PDT)
new = ("Greetings from AWS Training and Certification!\n\n"
       "We've got your message. Your inquiry has been logged under case number %s and routed to the right "
       "team. You can expect to hear from us within one business day.\n\n"
       "What you told us:\n"
       "  Inquiry type: Certification\n  Detail: Account Merge\n  AWS candidate ID: AWS 04761193\n\n"
       "Please keep the case number handy. If you need to add anything, reply to this email and keep the "
       "subject line as it is - there is no need to submit the form again.\n\n"
       "AWS Training and Certification Customer Support\n" % C4A)
add("form-ack-raman-first-case", kind="case_created", case_id=C4A, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U4, "[AWS Training and Certification Form Submission] - account-assistance [CASE %s]" % C4A, d, mid),
    body=tpart(aws_html(new, title="We received your inquiry"), "html", cte="quoted-printable"), new_text=new)

# 027 second case opened from the console --------------------------------------
d = U4_OPEN_B + dt.timedelta(seconds=2)
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-027")
new = ("Dear Customer,\n\n"
       "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
       "The details of your case are as follows:\n\n"
       "Case ID: %s\nSubject: %s\nSeverity: General guidance\n"
       "Correspondence: Hello, I submitted the Training and Certification form on 7 July (case %s) to merge my "
       "old certification account AWS01538820 (college email) into my current account AWS04761193, but I have "
       "not received any reply in a week. Could someone please help? Regards, Priya\n\n"
       "We will be in touch with you soon.\n\n"
       "To contact us again about this issue, please use the Support Center: %s\n\n"
       "Note: This e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
       "Amazon Web Services\n" % (C4B, C4B, U4_CSUBJ, C4A, CONSOLE_LINK % C4B))
b = alt([tpart(new), tpart(aws_html(new, title="You have opened a new Support case"), "html")], aws_bnd("u4-027"))
add("console-case-opened-raman-second", kind="case_created", case_id=C4B, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U4, "Amazon Web Services: You have opened a new Support case: %s" % C4B, d, mid),
    body=b, new_text=new)

# 028 agent: duplicate case noted, asks for login e-mails --------------------------
d = T("2025-07-14 11:47:03")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-028")
new = ("Hello Priya,\n\n"
       "Greetings from AWS Training and Certification Support! I am Anitha and I will be assisting you on this "
       "case.\n\n"
       "Firstly, sorry for the inconvenience caused. I have checked and could see that you have raised the same "
       "request earlier through the form on 7 July. The notification email was not captured on that form, due "
       "to which our response was not reached to you. To avoid confusion I will be handling your request here "
       "and the earlier case will be closed from our end, kindly do not open further cases for the same.\n\n"
       "To proceed further, kindly help us with below details:\n"
       "- Login email ID of both the certification accounts\n"
       "- Full name as mentioned in the accounts\n\n"
       "Awaiting for your response.\n\n" + SIG_ANITHA)
plain = console_reply(new, C4B)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u4-028"))
add("agent-duplicate-case-asks-logins-raman", kind="support_reply", case_id=C4B, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U4, "RE:[CASE %s] %s" % (C4B, U4_CSUBJ), d, mid), body=b, new_text=plain)

# 029 first case closed as duplicate (closure notice + survey) ---------------------
d = T("2025-07-14 11:52:40")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-029")
new = ("Hello,\n\n"
       "Your case %s has been closed. Our records show your request is being handled under case %s.\n\n"
       "Tell us about your experience - how satisfied were you with the support you received?\n"
       "Very satisfied  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupport?CaseId=%s&CSAT=5\n"
       "Very dissatisfied  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupport?CaseId=%s&CSAT=1\n\n"
       "Thank you,\nAWS Training and Certification\n" % (C4A, C4B, C4A, C4A))
add("first-case-closed-survey-raman", kind="survey", case_id=C4A, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U4, "[CASE %s] Your case has been closed - tell us how we did" % C4A, d, mid),
    body=tpart(aws_html(new, title="How did we do?"), "html", cte="base64"), new_text=new)

# 030 confirmation requested (non-native English) ------------------------------------
d = T("2025-07-15 09:18:26")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-030")
new = ("Hello Priya,\n\n"
       "Thank you for sharing the details.\n\n"
       "As per our verification, below are the certification accounts associated to you:\n"
       "1) aws01538820 - priya.r2019@vitstudent.ac.in\n"
       "2) aws04761193 - priya.raman.dev@gmail.com\n\n"
       "We will be merging the account aws01538820 to aws04761193, and aws04761193 will be retained as primary "
       "account. All the certifications and exam history will be moved to primary account.\n\n"
       "Please be informed that once merged, it cannot be reverted back. Kindly confirm by replying on the case "
       "if we can go ahead with the merge of above accounts.\n\n"
       "Awaiting for your confirmation.\n\n" + SIG_ANITHA)
plain = console_reply(new, C4B)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u4-030"))
add("merge-confirm-request-raman", kind="merge_confirmation_requested", case_id=C4B, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U4, "RE:[CASE %s] %s" % (C4B, U4_CSUBJ), d, mid), body=b, new_text=plain)

# 031 thanks for confirming, will proceed ------------------------------------------------
d = T("2025-07-16 06:03:51")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-031")
new = ("Hello Priya,\n\n"
       "Thank you for the confirmation.\n\n"
       "We have submitted your request to the concerned team and they will be processing it. Generally it takes "
       "3-5 business days. Once the merge is completed, we will update you on this case and the certifications "
       "will be visible in your primary account.\n\n"
       "Meanwhile, kindly do not schedule any exam from the older account.\n\n" + SIG_ANITHA)
plain = console_reply(new, C4B)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u4-031"))
add("thanks-will-proceed-raman", kind="support_reply", case_id=C4B, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U4, "RE:[CASE %s] %s" % (C4B, U4_CSUBJ), d, mid), body=b, new_text=plain)

# 032 merged + resolving the case in one mail ---------------------------------------------
d = T("2025-07-18 10:26:14")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "u4-032")
new = ("Hello Priya,\n\n"
       "Greetings of the day!\n\n"
       "We are happy to inform you that your certification accounts are now merged successfully. You can login "
       "with priya.raman.dev@gmail.com and see all your certifications under AWS04761193. The older account will "
       "not be accessible anymore.\n\n"
       "As your request is completed, we are resolving this case. If you are satisfied with the support, kindly "
       "rate this correspondence in the Support Center.\n\n" + SIG_ANITHA)
plain = console_reply(new, C4B)
b = alt([tpart(plain), tpart(aws_html(plain), "html")], aws_bnd("u4-032"))
add("merged-and-resolving-raman", kind="merge_completed", case_id=C4B, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U4, "RE:[CASE %s] %s" % (C4B, U4_CSUBJ), d, mid), body=b, new_text=plain)

# 033 Credly -------------------------------------------------------------------------------
d = T("2025-07-19 02:55:31")
plain, htm = credly_body("Priya", "AWS Certified Cloud Practitioner", AWS_ISSUER,
                         "d2e84f10-7a3c-4c55-9b12-5e0a6f3c81b4", "u4-033")
b = alt([tpart(plain), tpart(htm, "html")], hexs("u4-033b", 40))
add("credly-badge-raman", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
    transport=credly_transport("gmail", U4, d + dt.timedelta(seconds=3), "u4-033"),
    top=credly_top(AWS_ISSUER, U4, "Amazon Web Services Training and Certification sent you a badge", d, "u4-033"),
    body=b, new_text=plain)


# ==========================================================================
# USER 5 - 鈴木 美香 (corporate mailbox without Authentication-Results,
#          Outlook JA quoting), form case 2023, 11-digit id, EN then JA agent
# ==========================================================================
U5 = "mika.suzuki@hoshizora-denki.co.jp"
C5 = "13598201741"
U5_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5
U5_SIG = ("鈴木 美香\n星空電機株式会社 情報システム部 クラウド推進課\nTEL: 03-5555-0142\nmika.suzuki@hoshizora-denki.co.jp\n"
          "※本メールは機密情報を含む場合があります。誤って受信された場合は削除の上、ご連絡ください。")
SIG_YAMAGUCHI = "山口 拓也\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n"


def ol_ja_hdr(frm, d, to, subj, style="line"):
    wd = "月火水木金土日"[d.weekday()]
    dd = "%d年%d月%d日 %s曜日 %d:%02d" % (d.year, d.month, d.day, wd, d.hour, d.minute)
    first = "________________________________" if style == "line" else "-----Original Message-----"
    return "%s\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n" % (first, frm, dd, to, subj)


# 034 ack (2023 template, plain only) ----------------------------------------
d34 = T("2023-10-16 06:12:30")
tr, mid = ses_transport("corp", U5, d34 + dt.timedelta(seconds=4), "u5-034")
new34 = ("Hello,\n\n"
         "Thank you for contacting AWS Training and Certification. We have received your request and a "
         "member of our team will respond within 1 business day.\n\n"
         "Your case number is %s.\n\n"
         "In the meantime, you may find answers to common questions in our FAQ: "
         "https://aws.amazon.com/certification/faqs/\n\n"
         "Regards,\nAWS Training and Certification\n" % C5)
add("form-ack-suzuki-2023", kind="case_created", case_id=C5, lang="en", sv=None, transport=tr,
    top=aws_top(FORM_FROM, U5, "AWS Training and Certification: We have received your request (Case %s)" % C5, d34, mid),
    body=tpart(new34, charset="us-ascii", cte="7bit"), new_text=new34)

# 035 English agent asks the reason and which account to keep -----------------
d35 = T("2023-10-17 01:05:44")
tr, mid = ses_transport("corp", U5, d35 + dt.timedelta(seconds=3), "u5-035")
new35 = ("Hello Mika,\n\n"
         "Thank you for contacting AWS Training and Certification. My name is Sarah and I'm happy to help with "
         "your request.\n\n"
         "I can see two certification profiles under your name. So that we can look into this, could you "
         "please let us know:\n\n"
         "- how the second account came to be created (for example a company-sponsored exam booked with a "
         "different email), and\n"
         "- which of the two candidate IDs you would prefer to keep: AWS01730095 or AWS02964418.\n\n"
         "Please feel free to reply in Japanese if you prefer - a Japanese-speaking colleague can take over "
         "your case.\n\n"
         "Kind regards,\nSarah M.\nAWS Training and Certification Customer Support\n")
quote35 = sf_quote("鈴木 美香 [mika.suzuki@hoshizora-denki.co.jp]", "10/16/2023 6:12 AM", "AWS Training and Certification",
                   "[AWS Training and Certification Form Submission] - account-assistance",
                   "Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: AWS01730095\n"
                   "Description: 認定アカウントが2つあるようなので、1つにまとめてください。")
b = alt([tpart(new35 + "\n" + quote35 + "\n"), tpart(simple_html(new35, quote35), "html")], aws_bnd("u5-035"))
add("agent-asks-reason-keep-suzuki-en", kind="support_reply", case_id=C5, lang="en", sv=None, transport=tr,
    top=aws_top(FORM_FROM, U5, U5_SUBJ, d35, mid), body=b, new_text=new35)

# 036 JA agent: confirmation request; quotes Outlook JA reply ------------------
u5_r1 = ("Sarah 様\n\nご連絡ありがとうございます。\n"
         "2つ目のアカウント(AWS02964418)は、会社の研修で試験を予約した際に、研修会社経由で別のメールアドレス"
         "(m-suzuki@hoshizora-denki.co.jp)で作成されたものです。\n"
         "残したいアカウントは AWS01730095 です。\n日本語で対応いただけると助かります。\n\nよろしくお願いいたします。\n\n"
         + U5_SIG + "\n\n" + ol_ja_hdr("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                       d35.astimezone(JST), "鈴木 美香 <mika.suzuki@hoshizora-denki.co.jp>", U5_SUBJ)
         + "\n" + new35)
d36 = T("2023-10-18 02:40:09")
tr, mid = ses_transport("corp", U5, d36 + dt.timedelta(seconds=3), "u5-036")
new36 = ("鈴木 美香 様\n\n"
         "AWS トレーニングと認定 カスタマーサポートの山口と申します。\n"
         "以降は私が日本語にて対応させていただきます。\n\n"
         "経緯についてご説明いただき、ありがとうございます。\n"
         "ご希望を踏まえ、以下の内容で 2 つのプロファイルを 1 つにまとめる手続きを行う予定です。\n\n"
         "  ・存続するアカウント: AWS01730095(mika.suzuki@hoshizora-denki.co.jp)\n"
         "  ・吸収されるアカウント: AWS02964418(m-suzuki@hoshizora-denki.co.jp)\n\n"
         "AWS02964418 に記録されている認定および受験履歴は AWS01730095 に移され、AWS02964418 は閉鎖されます。"
         "手続き後に元の状態へ戻すことはできません。\n\n"
         "こちらの内容でよろしければ、その旨ご返信いただけますでしょうか。ご返信を確認後、手続きを開始いたします。\n\n"
         "よろしくお願いいたします。\n\n" + SIG_YAMAGUCHI)
quote36 = ol_ja_hdr("鈴木 美香 <mika.suzuki@hoshizora-denki.co.jp>", T("2023-10-17 05:22:00").astimezone(JST),
                    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "RE: " + U5_SUBJ) + "\n" + u5_r1
b = alt([tpart(new36 + "\n" + quote36 + "\n", cte="base64"),
         tpart(simple_html(new36, quote36, style="outlook"), "html", cte="base64")], aws_bnd("u5-036"))
add("merge-confirm-request-suzuki-ja", kind="merge_confirmation_requested", case_id=C5, lang="ja", sv=None,
    transport=tr, top=aws_top(FORM_FROM, U5, U5_SUBJ, d36, mid), body=b, new_text=new36)

# 037 consent received, work in progress -------------------------------------------
u5_r2 = ("山口様\n\nご対応ありがとうございます。\nご提示の内容で問題ございません。手続きをお願いいたします。\n\n"
         + U5_SIG + "\n\n" + ol_ja_hdr("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                       d36.astimezone(JST), "鈴木 美香 <mika.suzuki@hoshizora-denki.co.jp>", U5_SUBJ)
         + "\n" + new36 + "\n" + quote36)
d37 = T("2023-10-19 00:30:52")
tr, mid = ses_transport("corp", U5, d37 + dt.timedelta(seconds=3), "u5-037")
new37 = ("鈴木 美香 様\n\n"
         "お世話になっております。山口でございます。\n\n"
         "ご承諾のご連絡をいただき、ありがとうございます。\n"
         "本日、担当チームへ手続きを依頼し、現在作業を進めております。"
         "完了までに通常 3〜5 営業日ほどお時間をいただいておりますので、恐れ入りますが今しばらくお待ちください。\n"
         "作業の完了後、本ケースにて改めてご案内いたします。\n\n"
         "なお、作業期間中は、両方のアカウントで新たな試験の予約を行わないようお願いいたします。\n\n"
         + SIG_YAMAGUCHI)
quote37 = ol_ja_hdr("鈴木 美香 <mika.suzuki@hoshizora-denki.co.jp>", T("2023-10-18 08:11:00").astimezone(JST),
                    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "RE: " + U5_SUBJ, "orig") + "\n" + u5_r2
b = alt([tpart(new37 + "\n" + quote37 + "\n", cte="base64"),
         tpart(simple_html(new37, quote37, style="outlook"), "html", cte="base64")], aws_bnd("u5-037"))
add("consent-received-in-progress-suzuki-ja", kind="support_reply", case_id=C5, lang="ja", sv=None,
    transport=tr, top=aws_top(FORM_FROM, U5, U5_SUBJ, d37, mid), body=b, new_text=new37)

# 038 status update: still working --------------------------------------------------
d38 = T("2023-10-24 08:00:17")
tr, mid = ses_transport("corp", U5, d38 + dt.timedelta(seconds=3), "u5-038")
new38 = ("鈴木 美香 様\n\n"
         "お世話になっております。山口でございます。\n\n"
         "ご依頼いただいている手続きの進捗についてご報告いたします。\n"
         "現在も担当チームにて処理を継続しておりますが、受験履歴の移行に伴うシステム側の確認に追加でお時間をいただいております。\n"
         "ご不便をおかけし申し訳ございません。完了次第、速やかにご連絡いたします。\n\n"
         "引き続きよろしくお願いいたします。\n\n" + SIG_YAMAGUCHI)
add("status-update-still-working-suzuki-ja", kind="support_reply", case_id=C5, lang="ja", sv=None, transport=tr,
    top=aws_top(FORM_FROM, U5, U5_SUBJ, d38, mid),
    body=alt([tpart(new38, cte="quoted-printable"), tpart(simple_html(new38), "html", cte="quoted-printable")],
             aws_bnd("u5-038")), new_text=new38)

# 039 completed -----------------------------------------------------------------------
d39 = T("2023-10-26 05:15:40")
tr, mid = ses_transport("corp", U5, d39 + dt.timedelta(seconds=3), "u5-039")
new39 = ("鈴木 美香 様\n\n"
         "お世話になっております。山口でございます。\n"
         "長らくお待たせいたしました。\n\n"
         "AWS02964418 に記録されていた認定と受験履歴を、AWS01730095 へすべて移し終えました。"
         "これにより、お客様の認定情報は AWS01730095 のアカウントのみで管理されるようになっております。"
         "AWS02964418 へのサインインはできなくなっておりますのでご注意ください。\n\n"
         "サインイン後、認定の一覧や特典をご確認いただき、ご不明な点がございましたらお知らせください。\n\n"
         + SIG_YAMAGUCHI)
add("transfer-finished-suzuki-ja", kind="merge_completed", case_id=C5, lang="ja", sv=None, transport=tr,
    top=aws_top(FORM_FROM, U5, U5_SUBJ, d39, mid),
    body=alt([tpart(new39, cte="base64"), tpart(simple_html(new39), "html", cte="base64")], aws_bnd("u5-039")),
    new_text=new39)

# 040 closure survey (JA, HTML only) ------------------------------------------------------
d40 = d39 + dt.timedelta(seconds=61)
tr, mid = ses_transport("corp", U5, d40 + dt.timedelta(seconds=3), "u5-040")
new40 = ("鈴木 美香 様\n\n"
         "ケース %s は解決済みとなりました。\n"
         "AWS トレーニングと認定をご利用いただき、ありがとうございました。\n\n"
         "今回の対応について、ご意見をお聞かせください(所要時間 1 分)。\n"
         "https://amazonmr.au1.qualtrics.com/jfe/form/SV_3xTCsupportJA?CaseId=%s\n\n"
         "※このメールにご返信いただくと、ケースが再開されます。\n" % (C5, C5))
add("resolved-survey-suzuki-ja", kind="survey", case_id=C5, lang="ja", sv=None, transport=tr,
    top=aws_top(FORM_FROM, U5, ew("【AWS トレーニングと認定】ご対応に関するアンケート", "UTF-8", "B", 11) + " [CASE %s]" % C5, d40, mid),
    body=tpart(aws_html(new40, title="アンケート"), "html", cte="quoted-printable"), new_text=new40)


# ==========================================================================
# USER 6 - Carlos Mendes (Yahoo Mail, English), 2020 form case, 10-digit id,
#          Credly still "Acclaim"
# ==========================================================================
U6 = "carlos.mendes77@yahoo.com"
C6 = "7159283046"
U6_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6
EDT = dt.timezone(dt.timedelta(hours=-4))


def yahoo_attr(d, who):
    d = d.astimezone(EDT)
    return "On %s, %s EDT, %s wrote:" % (d.strftime("%A, %B %-d, %Y"), d.strftime("%I:%M:%S %p"), who)


# 041 ack (2020) -----------------------------------------------------------------
d41 = T("2020-06-22 13:48:05")
tr, mid = ses_transport("yahoo", U6, d41 + dt.timedelta(seconds=3), "u6-041")
new41 = ("Hello,\n\n"
         "Thank you for contacting AWS Training and Certification.\n\n"
         "This is an automatic reply to confirm that we have received your inquiry. Your case ID is %s. "
         "Our team will review your message and respond as soon as possible, typically within 24 hours.\n\n"
         "Please note that we are experiencing higher than usual volumes; we appreciate your patience.\n\n"
         "Thank you,\nAWS Training and Certification\n" % C6)
add("form-ack-mendes-2020", kind="case_created", case_id=C6, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U6, "[CASE %s] Thank you for contacting AWS Training and Certification" % C6, d41, mid),
    body=alt([tpart(new41, charset="us-ascii", cte="7bit"), tpart(aws_html(new41), "html")], aws_bnd("u6-041")),
    new_text=new41)

# 042 confirmation request (quotes the form) ----------------------------------------
d42 = T("2020-06-23 17:44:51")
tr, mid = ses_transport("yahoo", U6, d42 + dt.timedelta(seconds=3), "u6-042")
new42 = ("Hi Carlos,\n\n"
         "Thanks for reaching out, this is Priscila from the AWS Training & Certification team.\n\n"
         "I found both of your profiles. Just to double-check before I send this off to be processed:\n\n"
         "    Account that will be closed:   AWS00387721 (cmendes@lumenrio-tech.com.br)\n"
         "    Account you will keep:         AWS01190263 (carlos.mendes77@yahoo.com)\n\n"
         "Your Cloud Practitioner from 2018 will move over to AWS01190263 together with its exam history. "
         "Keep in mind that after the two are combined, we can't separate them again.\n\n"
         "Could you reply to this email to let me know this is OK?\n\n"
         "Cheers,\nPriscila\nAWS Training & Certification\n")
quote42 = ("-----Original Message-----\nFrom: Carlos Mendes <carlos.mendes77@yahoo.com>\nSent: Monday, June 22, 2020 1:48 PM\n"
           "Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n"
           "Inquiry type: Certification / Account Merge\nAWS candidate ID: AWS01190263\n"
           "Hi, I have an old account from my previous job in Brazil (AWS00387721). Please merge it into my "
           "current one. Obrigado!")
b = alt([tpart(new42 + "\n" + quote42 + "\n"), tpart(simple_html(new42, quote42), "html")], aws_bnd("u6-042"))
add("merge-confirm-request-mendes-2020", kind="merge_confirmation_requested", case_id=C6, lang="en", sv=True,
    transport=tr, top=aws_top(FORM_FROM, U6, U6_SUBJ, d42, mid), body=b, new_text=new42)

# 043 completed: "thank you for confirming" + done -------------------------------------
u6_consent = ("Hi Priscila,\n\nYes, that's correct, please go ahead.\n\nThanks!\nCarlos\n\n"
              + yahoo_attr(d42, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>") + "\n\n"
              + q(new42 + "\n" + quote42))
d43 = T("2020-06-25 12:09:33")
tr, mid = ses_transport("yahoo", U6, d43 + dt.timedelta(seconds=3), "u6-043")
new43 = ("Hi Carlos,\n\n"
         "Thank you for confirming. I'm happy to let you know that your two profiles have been combined - "
         "everything that was on your old account now lives under AWS01190263, and the old login no longer "
         "works. It can take up to a day for the Certification Account page to show your full history.\n\n"
         "Cheers,\nPriscila\nAWS Training & Certification\n")
quote43 = ("-----Original Message-----\nFrom: Carlos Mendes <carlos.mendes77@yahoo.com>\nSent: Tuesday, June 23, 2020 9:02 PM\n"
           "To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nSubject: Re: " + U6_SUBJ
           + "\n\n" + u6_consent)
b = alt([tpart(new43 + "\n" + quote43 + "\n", cte="quoted-printable"),
         tpart(simple_html(new43, quote43), "html")], aws_bnd("u6-043"))
add("profiles-combined-mendes-2020", kind="merge_completed", case_id=C6, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U6, U6_SUBJ, d43, mid), body=b, new_text=new43)

# 044 closure + survey (quotes the completion mail below) --------------------------------
d44 = T("2020-06-25 12:10:20")
tr, mid = ses_transport("yahoo", U6, d44 + dt.timedelta(seconds=3), "u6-044")
new44 = ("Hello Carlos,\n\n"
         "We're marking your case %s as resolved. Was your issue resolved?\n\n"
         "  YES: https://amazonmr.au1.qualtrics.com/jfe/form/SV_0TCsupport2020?c=%s&r=y\n"
         "  NO:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_0TCsupport2020?c=%s&r=n\n\n"
         "Your feedback helps us improve.\n\nAWS Training and Certification\n" % (C6, C6, C6))
quote44 = "--- Last message on this case ---\n" + new43
b = alt([tpart(new44 + "\n" + quote44 + "\n"), tpart(aws_html(new44, quote44, title="Was your issue resolved?"), "html")],
        aws_bnd("u6-044"))
add("resolved-survey-mendes-2020", kind="survey", case_id=C6, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U6, "[CASE %s] Was your issue resolved?" % C6, d44, mid), body=b, new_text=new44)

# 045 Acclaim (old Credly domain) badge ------------------------------------------------
d45 = T("2020-06-27 15:33:02")
plain45, htm45 = credly_body("Carlos", "AWS Certified Cloud Practitioner", AWS_ISSUER,
                             "b7e1f0a3-62cd-4f81-8a9e-71c2d5e04f66", "u6-045", moved=True)
plain45 = plain45.replace("www.credly.com", "www.youracclaim.com").replace("Credly account", "Acclaim account") \
    .replace("The Credly Team", "The Acclaim Team").replace("Credly, Inc. | 1400 Broadway, Suite 1600 | New York, NY 10018",
                                                           "Credly, Inc. | 25 West 43rd Street, Suite 1010 | New York, NY 10036")
htm45 = htm45.replace("www.credly.com", "www.youracclaim.com").replace("Credly account", "Acclaim account").replace(
    "images.credly.com", "images.youracclaim.com").replace('alt="Credly"', 'alt="Acclaim"')
tr = credly_transport("yahoo", U6, d45 + dt.timedelta(seconds=4), "u6-045", domain="youracclaim.com")
top = credly_top(AWS_ISSUER, U6, "Your AWS Certified Cloud Practitioner badge has been issued", d45, "u6-045")
top = [(k, v.replace("via Credly\" <admin@credly.com>", "via Acclaim\" <admin@youracclaim.com>")
        .replace("no-reply@credly.com", "no-reply@youracclaim.com").replace("@credly.com>", "@youracclaim.com>")
        .replace("www.credly.com", "www.youracclaim.com")) for k, v in top]
add("acclaim-badge-mendes-2020", kind="credly_badge_issued", case_id=None, lang="en", sv=True, transport=tr, top=top,
    body=alt([tpart(plain45), tpart(htm45, "html")], hexs("u6-045b", 40)), new_text=plain45)


# ==========================================================================
# USER 7 - 山本 翔 (Yahoo! JAPAN mail, Shift_JIS), form case 2025,
#          look-alike phishing in the middle of the case
# ==========================================================================
U7 = "sho_yamamoto1990@yahoo.co.jp"
U7_OPEN = T("2025-09-01 10:31:09")
C7 = case15(U7_OPEN, "00064")
U7_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7
SIG_NAKAMURA = "中村\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n"


def yj_quote(frm, to, d, subj, body):
    d = d.astimezone(JST)
    wd = "月火水木金土日"[d.weekday()]
    return ("----- Original Message -----\n> From: %s\n> To: %s\n> Date: %d/%d/%d %s %d:%02d\n> Subject: %s\n>\n%s"
            % (frm, to, d.year, d.month, d.day, wd, d.hour, d.minute, subj, q(body)))


# 046 ack ---------------------------------------------------------------------------
d46 = U7_OPEN + dt.timedelta(seconds=3)
tr, mid = ses_transport("yahoojp", U7, d46 + dt.timedelta(seconds=4), "u7-046")
new46 = ("Hello,\n\n"
         "Thank you for contacting AWS Training and Certification. This is an automated message to let you know "
         "that we have received your request and a case has been created for it.\n\n"
         "Case ID: %s\n\n"
         "A member of our Customer Support team will get back to you, in most cases within 24 hours. "
         "Please do not submit a new request for the same issue.\n\n"
         "Summary of your request\n"
         "Inquiry type: AWS Training and Certification\nCategory: Certification\nDetail: Account Merge\n"
         "AWS candidate ID: aws04087716\n"
         "Description: 認定アカウントが2つあります(もう1つは AWS00650349)。どちらを残すべきか相談したいです。\n\n"
         "Sincerely,\nAWS Training and Certification Customer Support\n" % C7)
add("form-ack-yamamoto", kind="case_created", case_id=C7, lang="en", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U7, "[CASE %s] We have received your request - AWS Training and Certification" % C7, d46, mid),
    body=tpart(new46, cte="quoted-printable"), new_text=new46)

# 047 agent asks which account to keep (Shift_JIS label, CP932 characters) -------------
d47 = T("2025-09-02 01:05:37")
tr, mid = ses_transport("yahoojp", U7, d47 + dt.timedelta(seconds=3), "u7-047")
new47 = ("山本 翔 様\n\n"
         "AWS トレーニングと認定 カスタマーサポートの中村でございます。\n"
         "お問い合わせいただき、ありがとうございます。\n\n"
         "お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。\n\n"
         "① AWS04087716(2021 年作成/AWS Certified Cloud Practitioner を保有)\n"
         "② AWS00650349(2024 年作成/AWS Certified SysOps Administrator – Associate を保有)\n\n"
         "どちらのアカウントを残すかはお客様にお選びいただけます。"
         "一般的には、今後お使いになるメールアドレスでサインインできるアカウントを残すことをおすすめしております。\n"
         "残すアカウントをお決めいただきましたら、本メールへのご返信にてお知らせください。\n\n"
         "よろしくお願いいたします。\n\n" + SIG_NAKAMURA).replace("–", "-")
add("agent-which-to-keep-yamamoto-sjis", kind="support_reply", case_id=C7, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U7, U7_SUBJ, d47, mid),
    body=tpart(new47, charset="cp932", label="Shift_JIS", cte="base64"), new_text=new47)

# 048 PHISHING: look-alike domain asking to "confirm the merge" -------------------------
d48 = T("2025-09-02 09:47:12")
phish_dom = "aws-certification-merge.com"
ip = "185.244.29.61"
seed = "u7-048"
pmf = "bounce@mail.%s" % phish_dom
tr = jp_block("yahoojp", U7, d48 + dt.timedelta(seconds=6), "mail.%s" % phish_dom, ip, pmf,
              [("pass", phish_dom, "default")], "pass", "pass", phish_dom)
tr += [("DKIM-Signature", dkim_sig(phish_dom, "default", d48, seed, h="From:To:Subject:Date:Message-ID"))]
new48 = ("山本 翔 様\n\n"
         "いつも AWS 認定をご利用いただきありがとうございます。\n\n"
         "お客様よりご依頼いただいた認定アカウント統合手続きの最終確認が完了しておりません。\n"
         "対象アカウント: AWS04087716 → AWS00650349\n\n"
         "24 時間以内に下記リンクからサインインし、統合内容をご承認ください。"
         "期限内にご承認いただけない場合、保有されている認定資格が無効となる可能性がございます。\n\n"
         "▼統合内容を確認する\nhttps://aws-certification-merge.com/verify?uid=sho_yamamoto1990&t=8f2a61c0\n\n"
         "Amazon Web Services 認定サポートセンター\n※本メールは送信専用です。\n")
top = [("From", '"Amazon Web Services" <support@%s>' % phish_dom), ("To", U7),
       ("Subject", ew("【重要】AWS認定アカウント統合の最終確認(24時間以内)", "UTF-8", "B", 10)),
       ("Date", rdate(d48, JST)), ("Message-ID", "<%s@mail.%s>" % (hexs(seed, 20), phish_dom)),
       ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
add("phish-lookalike-merge-confirm-yamamoto", kind="merge_confirmation_requested", case_id=None, lang="ja", sv=False,
    transport=tr, top=top,
    body=alt([tpart(new48, cte="base64"), tpart(simple_html(new48), "html", cte="base64")], "b1_" + hexs(seed, 32)),
    new_text=new48)

# 049 genuine confirmation request; quotes Yahoo! JAPAN reply ----------------------------
u7_r1 = ("中村様\n\nご連絡ありがとうございます。\n② の AWS00650349 を残したいです。\n"
         "あと、今朝 aws-certification-merge.com というところから統合の確認メールが来たのですが、これは御社からのものでしょうか?\n\n山本\n\n"
         + yj_quote('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', U7, d47, U7_SUBJ, new47))
d49 = T("2025-09-03 02:22:48")
tr, mid = ses_transport("yahoojp", U7, d49 + dt.timedelta(seconds=3), "u7-049")
new49 = ("山本 翔 様\n\n"
         "お世話になっております。中村でございます。\n"
         "ご返信いただきありがとうございます。\n\n"
         "まず、お問い合わせいただいた aws-certification-merge.com からのメールは、弊社から送信したものではございません。"
         "リンクは開かず、削除していただきますようお願いいたします。"
         "弊社からのご連絡は、本ケースの件名が付いたこのメールアドレスからのみお送りしております。\n\n"
         "さて、ご指定いただいた内容に基づき、次のとおり手続きを行います。\n\n"
         "  AWS04087716 → AWS00650349 へ統合(AWS00650349 を残します)\n\n"
         "AWS04087716 の Cloud Practitioner 認定は AWS00650349 へ移り、AWS04087716 はご利用いただけなくなります。"
         "統合後に取り消すことはできませんので、ご注意ください。\n\n"
         "この内容で進めてよろしいでしょうか。ご返信にてご了承をいただけましたら、手続きを開始いたします。\n\n"
         + SIG_NAKAMURA)
quote49 = sf_quote("山本 翔 [sho_yamamoto1990@yahoo.co.jp]", "2025/09/02 19:40", "aws-cs-trainingcertification-form@amazon.com",
                   "Re: " + U7_SUBJ, u7_r1, ja=True)
# the desk's mail system re-encodes to plain Shift_JIS: NEC circled digits become (1)/(2)
quote49 = quote49.replace("\u2460", "(1)").replace("\u2461", "(2)")
plain49 = new49 + "\n" + quote49 + "\n"
add("merge-confirm-request-yamamoto-sjis", kind="merge_confirmation_requested", case_id=C7, lang="ja", sv=True,
    transport=tr, top=aws_top(FORM_FROM, U7, U7_SUBJ, d49, mid),
    body=alt([tpart(plain49, charset="shift_jis", label="Shift_JIS", cte="base64"),
              tpart(simple_html(new49, quote49).replace("utf-8", "Shift_JIS"), "html", charset="shift_jis",
                    label="Shift_JIS", cte="quoted-printable")], aws_bnd("u7-049")),
    new_text=new49)

# 050 completed (certification side), Credly to follow ---------------------------------
u7_consent = ("中村様\n\n承知しました。その内容で進めてください。\nフィッシングの件も教えていただきありがとうございました。\n\n山本\n\n"
              + yj_quote('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', U7, d49, U7_SUBJ, new49))
d50 = T("2025-09-05 04:40:03")
tr, mid = ses_transport("yahoojp", U7, d50 + dt.timedelta(seconds=3), "u7-050")
new50 = ("山本 翔 様\n\n"
         "お世話になっております。中村でございます。\n\n"
         "お待たせいたしました。AWS04087716 から AWS00650349 への統合作業が完了いたしました。\n"
         "AWS00650349 にサインインのうえ、Cloud Practitioner と SysOps Administrator の両方が表示されていることをご確認ください。\n\n"
         "なお、Credly のデジタルバッジについては別のシステムで管理されているため、"
         "Credly から改めて通知メールが届くまで数日かかる場合がございます。\n\n"
         "ご不明な点がございましたら、本メールにご返信ください。\n\n" + SIG_NAKAMURA)
quote50 = sf_quote("山本 翔 [sho_yamamoto1990@yahoo.co.jp]", "2025/09/03 21:10", "aws-cs-trainingcertification-form@amazon.com",
                   "Re: " + U7_SUBJ, u7_consent, ja=True)
add("merge-done-yamamoto-ja", kind="merge_completed", case_id=C7, lang="ja", sv=True, transport=tr,
    top=aws_top(FORM_FROM, U7, U7_SUBJ, d50, mid),
    body=alt([tpart(new50 + "\n" + quote50 + "\n", cte="quoted-printable"),
              tpart(simple_html(new50, quote50), "html", cte="quoted-printable")], aws_bnd("u7-050")),
    new_text=new50)

# 051 Credly ----------------------------------------------------------------------------
d51 = T("2025-09-07 23:14:40")
plain51, htm51 = credly_body("Sho", "AWS Certified Cloud Practitioner", AWS_ISSUER,
                             "4c8e2b19-d07a-4e3f-b6a5-90f1e7c2d384", "u7-051", moved=True)
add("credly-badge-yamamoto", kind="credly_badge_issued", case_id=None, lang="en", sv=True,
    transport=credly_transport("yahoojp", U7, d51 + dt.timedelta(seconds=5), "u7-051"),
    top=credly_top(AWS_ISSUER, U7, "Action required: accept your AWS Certified Cloud Practitioner badge", d51, "u7-051"),
    body=alt([tpart(plain51), tpart(htm51, "html")], hexs("u7-051b", 40)), new_text=plain51)


# ==========================================================================
# UNRELATED look-alikes in the same mailboxes
# ==========================================================================
def generic_transport(profile, to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom, policy="NONE", sign=None):
    if profile == "gmail":
        tr = gmail_block(to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom, policy=policy)
    elif profile == "outlook":
        tr = outlook_block(to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom)
    elif profile in ("nifty", "yahoojp"):
        tr = jp_block(profile, to, arrived, relay, ip, mailfrom, dk, spf, dmarc, hfrom)
    elif profile == "corp":
        tr = corp_block(to, arrived, relay, ip)
    for d_, s_ in (sign or []):
        tr.append(("DKIM-Signature", dkim_sig(d_, s_, arrived, to + d_, h="From:To:Subject:Date:Message-ID:MIME-Version")))
    return tr


# 052 Amazon Seller Central case (same RE:[CASE ...] style) ------------------------
d = T("2025-07-21 16:02:11")
tr, mid = ses_transport("gmail", U4, d + dt.timedelta(seconds=2), "x-052")
new = ("Hello,\n\n"
       "Thank you for contacting Amazon Selling Partner Support.\n\n"
       "I have reviewed the listing for ASIN B0CJ7K2M9Q (Handwoven Cotton Table Runner, Indigo). The listing was "
       "suppressed because the main image does not meet our image requirements (the background is not pure white). "
       "Once you upload a compliant main image, the listing will become active again within 24 hours.\n\n"
       "To update the image: Catalog > Manage Inventory > Edit > Images.\n\n"
       "Were we able to resolve your issue? Please let us know by selecting Yes or No in Seller Central:\n"
       "https://sellercentral.amazon.in/cu/case-dashboard/view-case?caseID=5884881212\n\n"
       "Thank you for selling with Amazon,\nRavi K.\nAmazon Selling Partner Support\n")
b = alt([tpart(new), tpart(simple_html(new), "html")], aws_bnd("x-052"))
add("seller-central-case-raman", kind="unrelated", case_id="5884881212", lang="en", sv=True, transport=tr,
    top=aws_top('"Amazon Selling Partner Support" <seller-notification@amazon.com>', U4,
                "RE:[CASE 5884881212] Listing suppressed - ASIN B0CJ7K2M9Q", d, mid),
    body=b, new_text=new)

# 053 another AWS support case of the same user (billing) -----------------------------
C_BILL = case15(T("2025-03-24 20:11:45"), "00221")
d = T("2025-03-24 20:11:48")
tr, mid = ses_transport("outlook", U2, d + dt.timedelta(seconds=2), "x-053")
new = ("Dear Customer,\n\n"
       "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
       "The details of your case are as follows:\n\n"
       "Case ID: %s\nSubject: Charged twice for February invoice\nSeverity: General guidance\n"
       "Correspondence: Hi, my card was charged twice for invoice 2178443312 (AWS account ID 482910473361). "
       "Please refund the duplicate charge. John\n\n"
       "We will be in touch with you soon.\n\n"
       "To contact us again about this issue, please use the Support Center: %s\n\n"
       "Note: This e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
       "Amazon Web Services\n" % (C_BILL, C_BILL, CONSOLE_LINK % C_BILL))
add("billing-case-opened-miller", kind="unrelated", case_id=C_BILL, lang="en", sv=True, transport=tr,
    top=aws_top(AWS_FROM, U2, "Amazon Web Services: You have opened a new Support case: %s" % C_BILL, d, mid),
    body=alt([tpart(new), tpart(aws_html(new, title="You have opened a new Support case"), "html")], aws_bnd("x-053")),
    new_text=new)

# 054 CertMetrics "wants to hear from you" --------------------------------------------------
d = T("2025-02-10 14:00:31")
seed = "x-054"
new = ("Dear Kenji Sato,\n\n"
       "AWS Certification wants to hear from you!\n\n"
       "As an AWS Certified individual (Candidate ID: AWS05561208), your opinion matters to us. Please take "
       "10 minutes to complete our annual AWS Certification survey and tell us how we can improve the "
       "certification experience.\n\n"
       "Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=8841&cid=AWS05561208\n\n"
       "Thank you,\nAWS Training and Certification\n\n"
       "This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.\n")
tr = generic_transport("nifty", U3, d + dt.timedelta(seconds=7), "mail2.certmetrics.com", "52.4.117.90",
                       "bounce@certmetrics.com", [("pass", "certmetrics.com", "selector1")], "pass", "pass",
                       "certmetrics.com", sign=[("certmetrics.com", "selector1")])
top = [("From", '"AWS Certification" <do-not-reply@certmetrics.com>'), ("To", U3),
       ("Subject", "AWS Certification wants to hear from you"), ("Date", rdate(d)),
       ("Message-ID", "<%s@certmetrics.com>" % hexs(seed, 30))]
add("certmetrics-survey-sato", kind="unrelated", case_id=None, lang="en", sv=False, transport=tr, top=top,
    body=alt([tpart(new), tpart(simple_html(new), "html")], "--boundary_%s" % hexs(seed, 10)), new_text=new)

# 055 Pearson VUE appointment confirmation -----------------------------------------------------
d = T("2025-03-08 22:15:40")
seed = "x-055"
new = ("Dear John Miller,\n\n"
       "Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n"
       "Exam: SCS-C02: AWS Certified Security - Specialty\n"
       "Date and time: Saturday, March 22, 2025 at 9:00 AM Central Daylight Time\n"
       "Location: OnVUE online proctored\n"
       "Candidate ID: AWS02277160\n"
       "Registration ID: 512783946\n\n"
       "Please run the system test before your exam day and check in 30 minutes before your appointment.\n"
       "To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.\n\n"
       "Sincerely,\nPearson VUE\n")
tr = generic_transport("outlook", U2, d + dt.timedelta(seconds=5), "mail.pearsonvue.com", "159.182.52.20",
                       "noreply@pearsonvue.com", [("pass", "pearson.com", "s1024")], "pass", "pass", "pearson.com",
                       sign=[("pearson.com", "s1024")])
top = [("From", '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>'), ("To", U2),
       ("Subject", "Pearson VUE Confirmation of Booking for AWS Certified Security - Specialty"), ("Date", rdate(d, CDT := dt.timezone(dt.timedelta(hours=-6)))),
       ("Message-ID", "<%s.JavaMail.vue@pvwprdmail02>" % hexs(seed, 20))]
add("pearson-vue-appointment-miller", kind="unrelated", case_id=None, lang="en", sv=False, transport=tr, top=top,
    body=alt([tpart(new, charset="iso-8859-1", cte="quoted-printable"), tpart(simple_html(new), "html", charset="iso-8859-1")],
             "----=_Part_%s" % hexs(seed, 12)), new_text=new)

# 056 AWS Builder ID verification code (corporate mailbox, no Authentication-Results) -------
d = T("2023-10-20 03:12:09")
tr, mid = ses_transport("corp", U5, d + dt.timedelta(seconds=3), "x-056")
tr = [h for h in tr if h[0] != "DKIM-Signature"] + [
    ("DKIM-Signature", dkim_sig("signin.aws", "x6x2qpwkcuyswjtyzxwr3tqt4cg2pdhk", d, mid)),
    ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d, mid + "ses"))]
new = ("Verify your AWS Builder ID email address\n\n"
       "Hello,\n\nTo finish signing up for your AWS Builder ID, enter the following verification code:\n\n"
       "    481 927\n\n"
       "This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.\n\n"
       "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")
top = [("From", '"AWS Builder ID" <no-reply@signin.aws>'), ("To", U5),
       ("Subject", "Verify your AWS Builder ID email address"), ("Date", rdate(d)),
       ("Message-ID", "<%s@email.amazonses.com>" % mid)]
add("builder-id-code-suzuki", kind="unrelated", case_id=None, lang="en", sv=None, transport=tr, top=top,
    body=alt([tpart(new), tpart(aws_html(new, title="AWS Builder ID"), "html")], aws_bnd("x-056")), new_text=new)

# 057 GitHub "merged" notification --------------------------------------------------------------
d = T("2025-07-16 15:40:22")
seed = "x-057"
new = ("Merged #42 into main.\n\n"
       "--\nReply to this email directly, view it on GitHub:\n"
       "https://github.com/priya-raman/aws-cert-notes/pull/42#event-18471203321\n"
       "You are receiving this because you authored the thread.\n")
tr = generic_transport("gmail", U4, d + dt.timedelta(seconds=2), "out-21.smtp.github.com", "192.30.252.204",
                       "noreply@github.com", [("pass", "github.com", "pf2023")], "pass", "pass", "github.com",
                       sign=[("github.com", "pf2023")])
top = [("From", '"Meera Iyer" <notifications@github.com>'), ("Reply-To", "priya-raman/aws-cert-notes <reply+AB3XK7Q2@reply.github.com>"),
       ("To", "priya-raman/aws-cert-notes <aws-cert-notes@noreply.github.com>"), ("Cc", "Priya Raman <%s>, Author <author@noreply.github.com>" % U4),
       ("Subject", "Re: [priya-raman/aws-cert-notes] Merge old-account study notes into main (PR #42)"),
       ("Date", rdate(d, PDT)), ("Message-ID", "<priya-raman/aws-cert-notes/pull/42/issue_event/18471203321@github.com>"),
       ("In-Reply-To", "<priya-raman/aws-cert-notes/pull/42@github.com>"),
       ("List-ID", "priya-raman/aws-cert-notes <aws-cert-notes.priya-raman.github.com>"),
       ("X-GitHub-Reason", "author")]
add("github-pr-merged-raman", kind="unrelated", case_id=None, lang="en", sv=False, transport=tr, top=top,
    body=alt([tpart(new, cte="7bit"), tpart(simple_html(new), "html", cte="7bit")], "--==_mimepart_%s" % hexs(seed, 14)),
    new_text=new)

# 058 Credly's own self-service account merge code -------------------------------------------
d = T("2025-02-15 00:37:19")
seed = "x-058"
new = ("Hi Kenji,\n\n"
       "We received a request to merge the Credly account registered to sato.kenji@old-sier.co.jp into your "
       "account. To confirm that you own both accounts, enter this code on the merge page:\n\n"
       "    619204\n\n"
       "Or click the button below to finish:\n"
       "Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s\n\n"
       "Once the merge is complete, all badges from the other account will appear in this one. If you didn't "
       "request this, you can ignore this email.\n\nThe Credly Team\n" % hexs(seed, 32))
add("credly-self-service-merge-code-sato", kind="unrelated", case_id=None, lang="en", sv=True,
    transport=credly_transport("nifty", U3, d + dt.timedelta(seconds=4), seed),
    top=[("From", '"Credly" <admin@credly.com>'), ("To", U3), ("Subject", "Confirm your Credly account merge"),
         ("Date", rdate(d)), ("Message-ID", "<%s@credly.com>" % hexs(seed, 24))],
    body=alt([tpart(new), tpart(simple_html(new), "html")], hexs(seed + "b", 40)), new_text=new)

# 059 phishing NOT about the merge: spoofed amazon.com, dmarc=fail, forged lower AR -----------
d = T("2025-06-03 11:26:50")
seed = "x-059"
ip = "103.151.44.18"
tr = gmail_block(U1, d + dt.timedelta(seconds=3), "vps44-18.hostbox-asia.net", ip, "info@hostbox-asia.net",
                 [], "softfail", "fail", "amazon.com")
tr += [("Authentication-Results", "amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com")]
new = ("AWS お客様各位\n\n"
       "お客様のアカウントでお支払い情報の確認ができなかったため、AWS アカウントのご利用を一時的に制限しております。\n"
       "48 時間以内に以下のページからお支払い情報を更新してください。更新いただけない場合、アカウントおよび認定資格が停止されます。\n\n"
       "https://aws-billing-jp.support-verify.top/login\n\n"
       "Amazon Web Services\n")
top = [("From", '"Amazon Web Services" <no-reply-aws@amazon.com>'), ("To", U1),
       ("Subject", ew("【AWS】お支払い情報の確認のお願い(アカウント一時停止)", "UTF-8", "B", 12)),
       ("Date", rdate(d, JST)), ("Message-ID", "<%s@hostbox-asia.net>" % hexs(seed, 22))]
add("phish-spoofed-billing-tanaka", kind="unrelated", case_id=None, lang="ja", sv=False, transport=tr, top=top,
    body=alt([tpart(new, cte="base64"), tpart(simple_html(new), "html", cte="base64")], "=_" + hexs(seed, 28)),
    new_text=new)

# 060 Credly badge-expiry reminder ---------------------------------------------------------
d = T("2025-08-02 13:05:44")
seed = "x-060"
new = ("Hi Priya,\n\n"
       "Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification will "
       "expire on October 31, 2025.\n\n"
       "To keep your badge active, complete the recertification requirements set by the issuer before the "
       "expiration date. Expired badges remain in your profile but are marked as expired.\n\n"
       "View badge: https://www.credly.com/badges/d2e84f10-7a3c-4c55-9b12-5e0a6f3c81b4\n\n"
       "The Credly Team\n")
add("credly-expiry-reminder-raman", kind="unrelated", case_id=None, lang="en", sv=True,
    transport=credly_transport("gmail", U4, d + dt.timedelta(seconds=3), seed),
    top=credly_top(AWS_ISSUER, U4, "Your AWS Certified Cloud Practitioner badge expires soon", d, seed),
    body=alt([tpart(new), tpart(simple_html(new), "html")], hexs(seed + "b", 40)), new_text=new)


# ==== END OF MAILS ====


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, raw, label, _ in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    write_all()
