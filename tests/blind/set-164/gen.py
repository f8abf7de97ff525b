#!/usr/bin/env python3
"""Generator for blind set 164: whole AWS Certification account-merge cases of
nine users (plus mailbox noise).  Writes NNN-*.eml and labels.json next to it."""
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
from email.message import Message
from email.header import Header
from email.policy import compat32
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
POL = compat32.clone(max_line_length=0)   # we fold headers ourselves
RND = random.Random(164)
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")

MAILS = []          # (fname, bytes, label, new_text)


# ---------------------------------------------------------------- utilities
def T(s):
    """ISO string (UTC) -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def rfc(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def rfc_named(d, tz, name):
    return format_datetime(d.astimezone(tz)) + " (%s)" % name


def b64rand(n):
    return base64.b64encode(bytes(RND.getrandbits(8) for _ in range(n))).decode()


def hexrand(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RND.choice(chars) for _ in range(n))


def fold_b(value, first=0, width=74, indent="\t"):
    """Fold a long opaque token list (b= values) into continuation lines."""
    out, line = [], ""
    for i in range(0, len(value), width):
        out.append(value[i:i + width])
    return ("\n" + indent).join(out)


def ses_msgid(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, uuid.UUID(int=RND.getrandbits(128)))


def enc_header(s, charset="utf-8"):
    """Encoded-word header value folded over lines (as MUAs/SES do)."""
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def addr(name, email_addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         declared=None, codec=None, extra=""):
    codec = codec or charset
    raw = text.replace("\n", "\r\n").encode(codec) if cte == "base64" else text.encode(codec)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, declared or charset, extra)
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    m.set_payload(payload)
    return m


def multi(subtype, parts, preamble=None):
    m = Message()
    b = "----=_Part_%d_%d.%d" % (RND.randint(100000, 999999), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))
    if subtype == "alternative" and RND.random() < 0.4:
        b = "000000000000" + hexrand(16)          # Gmail-ish
    m["Content-Type"] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    m.set_payload(list(parts))
    m.set_boundary(b)
    if preamble:
        m.preamble = preamble
    return m


def text_to_html(text, font="Arial, sans-serif"):
    """Very small plain->HTML converter for agent bodies; '> ' quoting becomes
    blockquotes."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                       % text_to_html(inner, font))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in lines))
    return "\n".join(out)


def html_doc(inner, font="Arial, Helvetica, sans-serif", size="14px"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s;font-size:%s;color:#16191f">\n%s\n</body></html>\n'
            % (font, size, inner))


# ---------------------------------------------------------------- quoting styles
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_quote(when, tz, name, email_addr, text):
    d = when.astimezone(tz)
    hdr = "On %s, %s at %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b %-d, %Y"), d.strftime("%-I:%M %p"), name, email_addr)
    return hdr + "\n\n" + q(text)


def outlook_quote(from_, sent, to, subject, text, cc=None):
    s = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (from_, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subject, text.strip("\n"))


def original_message(from_, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (from_, sent, to, subject, text.strip("\n")))


WD_JA = "月火水木金土日"


def jp_quote(when, name, email_addr, text):
    d = when.astimezone(JST)
    hdr = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()],
                                              d.hour, d.minute, name, email_addr)
    return hdr + "\n" + q(text)


# ---------------------------------------------------------------- trace headers
SES_IPS = ["54.240.8.%d" % i for i in (21, 32, 45, 77, 88)] + ["54.240.11.%d" % i for i in (12, 40, 96)] + \
          ["54.240.48.%d" % i for i in (102, 115, 130)]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def dkim_sig(domain, selector, h, d, bhlen=32):
    t = int(d.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, t, h, base64.b64encode(os.urandom(0) + bytes(RND.getrandbits(8) for _ in range(bhlen))).decode(),
               fold_b(b64rand(256))))


AWS_H = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
SES_H = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"


def aws_dkim(d, domain="amazon.com"):
    sel1 = RND.choice(["m7bpgo4yn4obbtjqzmmnyv6ajk7ohaak", "pqskmghtyopmwqebocbnnbrtvaqd3vht"])
    sel2 = RND.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"])
    return [("DKIM-Signature", dkim_sig(domain, sel1, AWS_H, d)),
            ("DKIM-Signature", dkim_sig("amazonses.com", sel2, SES_H, d))]


def gmail_trace(rcpt, ip, host, envfrom, d, results, arc=True):
    """results: list of strings like 'dkim=pass header.i=@amazon.com ...'."""
    pdt = "PDT" if d.astimezone(PT).dst() else "PST"
    recv = d + dt.timedelta(seconds=RND.randint(1, 4))
    ar = "mx.google.com;\n       " + ";\n       ".join(results)
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:7%03x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s"
          % (RND.randint(0, 4095), RND.randint(4096, 65535), RND.randint(256, 4095), RND.randint(4096, 65535),
             RND.randint(4096, 65535), alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"),
             rfc_named(recv, PT, pdt))),
         ("X-Google-Smtp-Source", "AGHT+I" + b64rand(48)[:62]),
         ("X-Received", "by 2002:a05:6214:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s"
          % (RND.randint(4096, 65535), RND.randint(256, 4095), RND.randint(4096, 65535), RND.randint(4096, 65535),
             alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), RND.randint(1, 300), RND.randint(10**14, 10**15),
             rfc_named(recv, PT, pdt)))]
    if arc:
        t = int(recv.timestamp())
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (t, fold_b(b64rand(256), width=70, indent="        "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
               "        bh=%s;\n        fh=%s;\n        b=%s"
               % (b64rand(32), b64rand(32), fold_b(b64rand(256), width=70, indent="        "))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % envfrom),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n"
           "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
           % (host, host, ip, alnum(30, "abcdefghijklmnopqrstuvwxyz0123456789"), RND.randint(1, 99),
              RND.randint(10**15, 10**16), rcpt, rfc_named(recv, PT, pdt))),
          ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
           % ("pass", envfrom, ip, ip)),
          ("Authentication-Results", ar)]
    return h


def outlook_trace(rcpt_domain_consumer, ip, host, envdom, d, ar, spf="Pass"):
    """Microsoft 365 / Outlook.com: Authentication-Results without authserv-id."""
    recv = d + dt.timedelta(seconds=RND.randint(1, 5))
    pre = "namprd%02d" % RND.choice([4, 11, 12, 13])
    a = "%s%dMB%d.%s.prod.outlook.com" % (RND.choice(["SN7PR", "PH0PR", "BY5PR", "DM6PR", "CH3PR"]), RND.randint(10, 19), RND.randint(1000, 9999), pre)
    b = "%s%dCA%04d.%s.prod.outlook.com" % (RND.choice(["BN9PR", "MW4PR", "SJ0PR"]), RND.randint(2, 9), RND.randint(1, 9999), pre)
    c = "%sPEPF0000%04X.%s.prod.outlook.com" % (RND.choice(["BN2", "CO1", "DS3"]), RND.randint(0, 65535), pre)
    ipv6 = lambda: "2603:10b6:%x:%x::%x" % (RND.randint(256, 4095), RND.randint(1, 4095), RND.randint(1, 255))
    f = rfc(recv, UTC)
    return [
        ("Received", "from %s (%s)\n by %s with HTTPS; %s" % (a, ipv6(), a.replace("MB", "MB1"), f)),
        ("Received", "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (b, ipv6(), a, ipv6(), RND.randint(8000, 9200), RND.randint(10, 40), f)),
        ("Received", "from %s\n (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (c.replace(".prod.outlook.com", ".mail.protection.outlook.com" if False else ".prod.outlook.com"), ipv6(), b, ipv6(),
            RND.randint(8000, 9200), RND.randint(10, 40), f)),
        ("Authentication-Results", ar),
        ("Received-SPF", ("Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
         " client-ip=%s; helo=%s; pr=C" % (envdom, ip, ip, host)) if spf.lower() == "pass" else
         ("Fail (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com;\n"
         " client-ip=%s; helo=%s;" % (envdom, ip, ip, host))),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s"
         % (host, ip, c.replace(".prod.outlook.com", ".mail.protection.outlook.com"), RND.randint(1, 254), RND.randint(1, 254),
            RND.randint(8000, 9200), RND.randint(10, 40), rfc(d + dt.timedelta(seconds=1), UTC))),
    ]


def ms_ar(mailfrom_dom, ip, dkim_doms, from_dom, dmarc="pass", compauth="pass reason=100", action="none", spf="pass"):
    dk = "".join("dkim=pass (signature was verified)\n header.d=%s;" % x for x in dkim_doms) or "dkim=none (message not signed)\n header.d=none;"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dk, dmarc, action, from_dom, compauth))


def jp_trace(rcpt, authserv, mx_host, ip, host, envfrom, d, ar_tail):
    recv = d + dt.timedelta(seconds=RND.randint(1, 6))
    return [("Return-Path", "<%s>" % envfrom),
            ("Delivered-To", rcpt),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
             % (host, host, ip, mx_host, alnum(10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), rcpt,
                rfc_named(recv, JST, "JST"))),
            ("Authentication-Results", "%s;\n\t%s" % (authserv, ar_tail))]


def aws_gmail_ar(envfrom, ip, dkim_ok=True, dmarc="pass"):
    res = []
    if dkim_ok:
        res.append("dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (RND.choice(["m7bpgo4yn4obbtjqzmmnyv6ajk7ohaak", "pqskmghtyopmwqebocbnnbrtvaqd3vht"]), b64rand(6)[:8]))
        res.append("dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (RND.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]), b64rand(6)[:8]))
    res.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (envfrom, ip, envfrom))
    res.append("dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % dmarc)
    return res


def aws_envfrom(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "%s%012x-%s-000000@amazonses.com" % (region, ms, uuid.UUID(int=RND.getrandbits(128)))


# ---------------------------------------------------------------- assembling
def finalize(headers, body):
    root = Message()
    for k, v in headers:
        root[k] = v
    for k, v in body.items():
        root[k] = v
    root._payload = body._payload
    root.preamble = body.preamble
    return root.as_bytes(policy=POL)


def gmx_trace(rcpt, ip, host, envfrom, d):
    """GMX adds no Authentication-Results header."""
    return [("Return-Path", "<%s>" % envfrom),
            ("Received", "from %s ([%s]) by mx-ha.gmx.net (mxgmx%03d\n [212.227.15.%d]) with ESMTPS (Nemesis) id 1M%s for <%s>;\n %s"
             % (host, ip, RND.randint(1, 120), RND.randint(1, 60), alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                rcpt, rfc(d + dt.timedelta(seconds=3), CET))),
            ("Envelope-To", "<%s>" % rcpt),
            ("X-GMX-Antispam", "0 (Mail was not recognized as spam); Detail=V3;"),
            ("X-Spam-Flag", "NO"),
            ("X-UI-Filterresults", "notjunk:1;V03:K0:%s" % b64rand(30))]


def aws_mail(rcpt, from_name, from_addr, subject, d, body, provider="gmail", to_hdr=None,
             extra_hdrs=(), dmarc="pass", lang_hdr=None, subj_charset=None):
    """Genuine AWS (SES) mail as delivered to a given mailbox provider."""
    ip = RND.choice(SES_IPS)
    host = ses_host(ip)
    envfrom = aws_envfrom(d)
    if provider == "gmail":
        tr = gmail_trace(rcpt, ip, host, envfrom, d, aws_gmail_ar(envfrom, ip, dmarc=dmarc))
    elif provider == "outlook":
        tr = outlook_trace(True, ip, host, "amazonses.com", d,
                           ms_ar("amazonses.com", ip, ["amazon.com", "amazonses.com"], "amazon.com"))
    elif provider.startswith("jp:"):
        _, authserv, mx = provider.split(":")
        tr = jp_trace(rcpt, authserv, mx, ip, host, envfrom, d,
                      "spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com"
                      % (envfrom, RND.choice(["m7bpgo4yn4obbtjqzmmnyv6ajk7ohaak", "pqskmghtyopmwqebocbnnbrtvaqd3vht"])))
    elif provider == "none":
        tr = gmx_trace(rcpt, ip, host, envfrom, d)
    else:
        raise ValueError(provider)
    subj = enc_header(subject, subj_charset) if subj_charset else subject
    h = list(tr) + aws_dkim(d) + [
        ("Date", rfc(d, UTC)),
        ("From", addr(from_name, from_addr)),
        ("To", to_hdr or rcpt),
        ("Message-ID", ses_msgid(d)),
        ("Subject", subj),
        ("MIME-Version", "1.0"),
    ]
    if lang_hdr:
        h.append(("Content-Language", lang_hdr))
    h += list(extra_hdrs)
    h += [("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip)),
          ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64rand(32)[:43].replace("/", "x"))]
    return finalize(h, body)


def add(fname, label, data, new_text):
    MAILS.append((fname, data, label, new_text))


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def agent_body(new, quote="", html=True, cte="quoted-printable", charset="utf-8", html_inner=None,
               plain_cte=None, declared=None):
    """Plain + HTML alternative for an agent reply: new text on top, history below."""
    full = new.rstrip("\n") + ("\n\n" + quote.strip("\n") if quote else "") + "\n"
    p = part(full, "plain", charset, plain_cte or cte, declared=declared)
    if not html:
        return p
    inner = html_inner or text_to_html(full)
    hpart = part(html_doc(inner), "html", charset, cte, declared=declared)
    return multi("alternative", [p, hpart])


# ================================================================ THE MAILS
# Shared people / ids ---------------------------------------------------------
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def other_mail(rcpt, from_hdr, subject, d, body, envfrom, ip, host, dkim_dom, from_dom, selector="s1",
               provider="gmail", dmarc="pass", msgid=None, extra_hdrs=(), to_hdr=None, spf="pass",
               dkim_ok=True, subj_charset=None, dmarc_policy="NONE", ar_override=None):
    """Mail from a non-SES sender, delivered to gmail/outlook/jp."""
    if provider == "gmail":
        res = []
        if dkim_ok:
            res.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_dom, selector, b64rand(6)[:8]))
        else:
            res.append("dkim=neutral (no key) header.i=@%s header.s=%s header.b=%s" % (dkim_dom, selector, b64rand(6)[:8]))
        res.append("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                   % (spf, envfrom, ip, envfrom) if spf == "pass" else
                   "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                   % (spf, envfrom, ip, envfrom))
        res.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                   % (dmarc, dmarc_policy, dmarc_policy, "NONE" if dmarc == "pass" else "QUARANTINE", from_dom))
        tr = gmail_trace(rcpt, ip, host, envfrom, d, ar_override or res)
    elif provider == "outlook":
        tr = outlook_trace(True, ip, host, envfrom.split("@")[-1], d, spf=spf, ar=
                           ar_override or ms_ar(envfrom.split("@")[-1], ip, [dkim_dom] if dkim_ok else [], from_dom,
                                                dmarc=dmarc, spf=spf,
                                                compauth="pass reason=100" if dmarc == "pass" else "fail reason=000",
                                                action="none" if dmarc == "pass" else "quarantine"))
    elif provider.startswith("jp:"):
        _, authserv, mx = provider.split(":")
        tr = jp_trace(rcpt, authserv, mx, ip, host, envfrom, d,
                      ar_override or "spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s"
                      % (spf, envfrom, "pass" if dkim_ok else "fail", dkim_dom, dmarc, from_dom))
    elif provider == "none":
        tr = gmx_trace(rcpt, ip, host, envfrom, d)
    else:
        raise ValueError(provider)
    h = list(tr)
    if dkim_dom:
        h.append(("DKIM-Signature", dkim_sig(dkim_dom, selector, "from:subject:to:mime-version:content-type:date:message-id", d)))
    h += [("Date", rfc(d, UTC) if provider != "none" else rfc(d, UTC)),
          ("From", from_hdr),
          ("To", to_hdr or rcpt),
          ("Message-ID", msgid or "<%s@%s>" % (uuid.UUID(int=RND.getrandbits(128)), from_dom)),
          ("Subject", enc_header(subject, subj_charset) if subj_charset else subject),
          ("MIME-Version", "1.0")]
    h += list(extra_hdrs)
    return finalize(h, body)


CREDLY_FROM = "Amazon Web Services Training and Certification via Credly <admin@credly.com>"


def credly_mail(rcpt, subject, d, body, provider="gmail", acclaim=False):
    ip = "149.72.%d.%d" % (RND.randint(100, 250), RND.randint(1, 250))
    dom = "youracclaim.com" if acclaim else "credly.com"
    host = "o%d.ptr%d.%s" % (RND.randint(1, 9), RND.randint(1000, 9999), dom)
    local = rcpt.replace("@", "=")
    envfrom = "bounces+%d-%s-%s@em%d.%s" % (RND.randint(1000000, 9999999), hexrand(4), local, RND.randint(100, 999), dom)
    frm = CREDLY_FROM if not acclaim else "Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>"
    msgid = "<%s@geopod-ismtpd-%d>" % (b64rand(16).rstrip("=").replace("/", "_").replace("+", "-"), RND.randint(1, 40))
    return other_mail(rcpt, frm, subject, d, body, envfrom, ip, host, dom, dom, provider=provider, msgid=msgid,
                      extra_hdrs=[("X-SG-EID", b64rand(60)), ("X-Entity-ID", b64rand(16))])


def credly_badge_body(first, badge, issuer="Amazon Web Services Training and Certification", url_id=None,
                      intro=None, cte="quoted-printable"):
    url_id = url_id or str(uuid.UUID(int=RND.getrandbits(128)))
    intro = intro or ("%s has issued you a badge for earning the %s certification." % (issuer, badge))
    plain = ("Hi %s,\n\n%s\n\nAccept your badge:\nhttps://www.credly.com/earner/earned/badge/%s\n\n"
             "Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature and "
             "let employers verify your skills.\n\nThe Credly Team\n\n--\nYou are receiving this e-mail because "
             "%s issued you a badge through Credly.\nCredly, Inc. | 3 Columbus Circle, Suite 1725 | New York, NY 10019\n"
             "Unsubscribe: https://www.credly.com/notification_preferences\n" % (first, intro, url_id, issuer))
    html = ('<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo-credly.png" alt="Credly" width="96"></td></tr>'
            '<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi %s,</h1><p>%s</p>'
            '<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"></p>'
            '<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s" '
            'style="background:#0d8ba8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
            '<p>Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature and let employers verify your skills.</p>'
            '<p>The Credly Team</p></td></tr>'
            '<tr><td style="padding:24px;font-size:11px;color:#777">You are receiving this e-mail because %s issued you a badge through Credly.<br>'
            'Credly, Inc. | 3 Columbus Circle, Suite 1725 | New York, NY 10019<br>'
            '<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></td></tr></table></td></tr></table>'
            % (htmlmod.escape(first), htmlmod.escape(intro), uuid.UUID(int=RND.getrandbits(128)), htmlmod.escape(badge),
               url_id, htmlmod.escape(issuer)))
    return multi("alternative", [part(plain, "plain", "utf-8", cte), part(html_doc(html), "html", "utf-8", cte)]), plain


AWS_FOOTER = ("\n\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
              "trademark of Amazon.com, Inc.\nThis message was produced and distributed by Amazon Web Services, Inc., "
              "410 Terry Ave. North, Seattle, WA 98109-5210")

# ============================================================== CASE A: Priya (form desk, Gmail)
PRIYA = "priya.raman.dev@gmail.com"
PRIYA_N = "Priya Raman"
A_OPEN = T("2025-05-12T06:43:07")
A_CASE = str(int(A_OPEN.timestamp())) + "00412"
A_SUBJ_RE = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)

# 001 acknowledgement (HTML-only template)
d = A_OPEN + dt.timedelta(seconds=9)
new = ("Hello,\n\nThank you for contacting AWS Training and Certification Customer Support. This is an automated "
       "message to let you know that we have received your inquiry and a case has been created.\n\n"
       "Case ID: %s\n\nA member of our team will review your request and get back to you. We aim to respond within "
       "24 hours, Monday through Friday.\n\nIf you want to add information, simply reply to this e-mail and keep the "
       "case ID in the subject line. Please do not submit a new request for the same issue, as duplicate requests "
       "may delay our response.\n\nKind regards,\nAWS Training and Certification Customer Support" % A_CASE)
inner = ('<table width="100%%" style="max-width:640px"><tr><td style="background:#232f3e;padding:14px">'
         '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>'
         '<tr><td style="padding:20px">%s</td></tr>'
         '<tr><td style="font-size:11px;color:#687078;padding:20px">%s</td></tr></table>'
         % (text_to_html(new), htmlmod.escape(AWS_FOOTER.strip("\n-"))))
body = part(html_doc(inner), "html", "utf-8", "quoted-printable")
add("001-priya-form-ack.eml", L("case_created", A_CASE, [], True),
    aws_mail(PRIYA, "AWS Training and Certification", FORM[1],
             "[CASE %s] We have received your request - AWS Training and Certification" % A_CASE, d, body),
    new)

# 002 agent asks for the missing details
d = T("2025-05-13T10:05:41")
A_FORM_ECHO = ("---------- Original request ----------\nName: Priya Raman\nEmail: %s\nInquiry type: AWS Certification\n"
               "Inquiry detail: Account Merge\nAWS candidate ID: AWS11902386\nDescription: Hi, I have two certification "
               "accounts, one was created with my old work e-mail. I would like everything under my personal "
               "account please. Thanks!" % PRIYA)
A2_NEW = ("Hello Priya,\n\nThank you for contacting AWS Training and Certification.\n\nI understand that you would like "
          "to combine your two AWS Certification accounts into one. I will be happy to help you with this.\n\n"
          "In your request you have provided the candidate ID AWS11902386. To locate the second account and process "
          "your request, could you please reply with the following:\n\n"
          "1. The AWS candidate ID of the other account (the letters AWS followed by 8 digits). You can find it in "
          "your Certification Account under your profile.\n"
          "2. The e-mail address used to sign in to each of the accounts.\n"
          "3. Which of the two accounts you would like to keep as your primary account.\n\n"
          "As soon as we receive this information we will be able to move forward.\n\n"
          "Best regards,\n\nNadia K.\nAmazon Web Services\nAWS Training and Certification Customer Support\n\n"
          "To continue the conversation, please reply to this e-mail and keep the case number in the subject line.")
body = agent_body(A2_NEW, A_FORM_ECHO)
add("002-priya-agent-asks-details.eml", L("support_reply", A_CASE, ["AWS11902386"], True),
    aws_mail(PRIYA, *FORM, A_SUBJ_RE, d, body), A2_NEW)

# 003 user answered only half; agent asks again
d = T("2025-05-14T08:31:10")
A3_USER = "Hi Nadia,\n\nThe other one is aws04718253.\n\nThanks,\nPriya"
A3_QUOTE = gmail_quote(T("2025-05-13T22:12:40"), PT, PRIYA_N, PRIYA,
                       A3_USER + "\n\n" + "On Tue, May 13, 2025 at 3:05 AM Amazon Web Services <%s> wrote:\n\n%s"
                       % (FORM[1], q(A2_NEW.split("To continue")[0].strip())))
A3_NEW = ("Hello Priya,\n\nThank you for getting back to me with the second candidate ID (AWS04718253). I was able "
          "to locate that account.\n\nHowever, I still need two more details from you before I can go ahead:\n\n"
          "- the e-mail address you use to sign in to each of the two accounts, and\n"
          "- which account should stay active (the other one will be closed).\n\n"
          "Both accounts hold certification records, so we need your explicit choice here; we are not able to "
          "decide this on your behalf.\n\nLooking forward to your reply.\n\nBest regards,\n\nNadia K.\n"
          "Amazon Web Services")
body = agent_body(A3_NEW, A3_QUOTE)
add("003-priya-agent-asks-again.eml", L("support_reply", A_CASE, ["AWS04718253"], True),
    aws_mail(PRIYA, *FORM, A_SUBJ_RE, d, body), A3_NEW)

# 004 confirmation requested (base64)
d = T("2025-05-15T09:47:22")
A4_USER = ("Hi,\n\nSorry, here you go:\n- old account (aws04718253): priya.raman@northwind-analytics.com -- I no "
           "longer have access to that mailbox\n- new account: %s\n\nPlease keep the new one (the gmail).\n\nPriya" % PRIYA)
A4_QUOTE = gmail_quote(T("2025-05-14T16:02:05"), PT, PRIYA_N, PRIYA,
                       A4_USER + "\n\nOn Wed, May 14, 2025 at 1:31 AM Amazon Web Services <%s> wrote:\n\n%s"
                       % (FORM[1], q(A3_NEW)))
A4_NEW = ("Hello Priya,\n\nThank you for providing the requested information.\n\nI have verified the details of both "
          "Certification accounts:\n\n"
          "  Account to be merged:   AWS04718253  (priya.raman@northwind-analytics.com)\n"
          "  Primary account:        AWS11902386  (%s) - will remain active\n\n"
          "All certifications, exam history and benefits from AWS04718253 will be moved to AWS11902386. After "
          "the merge you will only be able to sign in with %s.\n\nPlease be aware that a merge is permanent and "
          "cannot be reversed once it has been carried out.\n\nIf the above is correct, please reply to this e-mail "
          "confirming that you would like us to go ahead.\n\nBest regards,\n\nTomasz W.\nAmazon Web Services" % (PRIYA, PRIYA))
body = agent_body(A4_NEW, A4_QUOTE, cte="base64")
add("004-priya-confirm-merge-request.eml", L("merge_confirmation_requested", A_CASE, ["AWS04718253", "AWS11902386"], True),
    aws_mail(PRIYA, *FORM, A_SUBJ_RE, d, body), A4_NEW)

# 005 thanks for confirming, we will proceed
d = T("2025-05-15T17:02:55")
A5_QUOTE = gmail_quote(T("2025-05-15T15:40:12"), PT, PRIYA_N, PRIYA,
                       "The details are correct. Please proceed with the merge.\n\nThank you!\nPriya\n\n"
                       "On Thu, May 15, 2025 at 2:47 AM Amazon Web Services <%s> wrote:\n\n%s" % (FORM[1], q(A4_NEW)))
A5_NEW = ("Hello Priya,\n\nThank you for your confirmation. I have passed your request on to the team that carries "
          "out account merges; there is nothing else you need to do at this point.\n\nOnce the merge is complete you "
          "will receive a follow-up e-mail from us. Your badges should then move to the Credly profile linked to "
          "%s within a few days.\n\nBest regards,\n\nTomasz W.\nAmazon Web Services" % PRIYA)
body = agent_body(A5_NEW, A5_QUOTE)
add("005-priya-thanks-will-proceed.eml", L("support_reply", A_CASE, [], True),
    aws_mail(PRIYA, *FORM, A_SUBJ_RE, d, body), A5_NEW)

# 006 completed (no 'merge' word in the key sentence)
d = T("2025-05-16T11:20:03")
A6_NEW = ("Hello Priya,\n\nGood news: your two Certification accounts are now combined. Everything that was stored "
          "under AWS04718253 (certifications, exam history and your 50%% exam discount benefit) is available in "
          "AWS11902386.\n\nAWS04718253 has been deactivated, so please sign in with %s from now on.\n\n"
          "Your Credly badges will be re-issued to the e-mail address of the active account. Please allow up to 5 "
          "business days for Credly to send the acceptance e-mails.\n\nIf you notice anything missing, just reply to "
          "this message.\n\nBest regards,\n\nTomasz W.\nAmazon Web Services" % PRIYA)
body = agent_body(A6_NEW, "", cte="quoted-printable")
add("006-priya-accounts-combined.eml", L("merge_completed", A_CASE, ["AWS04718253", "AWS11902386"], True),
    aws_mail(PRIYA, *FORM, A_SUBJ_RE, d, body), A6_NEW)

# 007 survey (HTML-only)
d = T("2025-05-16T11:21:40")
A7_NEW = ("Hello Priya,\n\nYour case %s (account-assistance) has been marked as resolved.\n\nWas your issue resolved?\n"
          "YES | NO\n\nHow would you rate the support you received from Tomasz W.?\n1 2 3 4 5\n\n"
          "If you need further help with this issue, reply to this e-mail within 14 days and your case will be "
          "reopened automatically.\n\nThank you,\nAWS Training and Certification Customer Support" % A_CASE)
inner = ('<div style="max-width:600px"><p>Hello Priya,</p><p>Your case <b>%s</b> (account-assistance) has been marked as resolved.</p>'
         '<p style="font-size:16px"><b>Was your issue resolved?</b></p>'
         '<p><a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 20px">YES</a> '
         '<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=no" style="background:#eaeded;color:#000;padding:8px 20px">NO</a></p>'
         '<p>How would you rate the support you received from Tomasz W.?</p><p>%s</p>'
         '<p>If you need further help with this issue, reply to this e-mail within 14 days and your case will be reopened automatically.</p>'
         '<p>Thank you,<br>AWS Training and Certification Customer Support</p>'
         '<p style="font-size:11px;color:#687078">%s</p></div>'
         % (A_CASE, A_CASE, A_CASE,
            " ".join('<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;rating=%d">%d</a>' % (A_CASE, i, i) for i in range(1, 6)),
            htmlmod.escape(AWS_FOOTER.strip("\n-"))))
body = part(html_doc(inner), "html", "utf-8", "base64")
add("007-priya-case-resolved-survey.eml", L("survey", A_CASE, [], True),
    aws_mail(PRIYA, "AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com",
             "How did we do? Your AWS case %s has been resolved" % A_CASE, d, body), A7_NEW)

# 008 Credly badge re-issued
d = T("2025-05-19T14:02:18")
body, txt = credly_badge_body("Priya", "AWS Certified Developer – Associate")
add("008-priya-credly-badge.eml", L("credly_badge_issued", None, [], True),
    credly_mail(PRIYA, "Priya, accept your AWS Certified Developer – Associate badge", d, body), txt)

# ============================================================== CASE B: Kenji (form desk in Japanese, nifty)
KENJI = "kwatanabe@nifty.com"
KENJI_N = "渡辺健二"
NIFTY = "jp:mx.nifty.com:mtain-e03.mail.nifty.com"
B_OPEN = T("2025-06-02T01:17:45")
B_CASE = str(int(B_OPEN.timestamp())) + "00937"
B_SUBJ_RE = "RE:[CASE %s] %s" % (B_CASE, FORM_SUBJ)

# 009 acknowledgement in Japanese, ISO-2022-JP
d = B_OPEN + dt.timedelta(seconds=6)
B1_NEW = ("渡辺 健二 様\n\nAWS トレーニングと認定カスタマーサポートにお問い合わせいただき、誠にありがとうございます。\n"
          "本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n"
          "ケース番号: %s\n\n"
          "内容を確認のうえ、通常 24 時間以内（土日祝日を除く）に担当者よりご連絡いたします。\n"
          "追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n"
          "同じ内容で新たにお問い合わせいただきますと、回答が遅れる場合がございますのでご注意ください。\n\n"
          "今後ともよろしくお願いいたします。\n\nAWS トレーニングと認定カスタマーサポート\n" % B_CASE)
body = part(B1_NEW, "plain", "iso-2022-jp", "7bit")
add("009-kenji-form-ack-ja.eml", L("case_created", B_CASE, [], True, "ja"),
    aws_mail(KENJI, "AWS Training and Certification", FORM[1],
             "[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % B_CASE, d, body,
             provider=NIFTY, subj_charset="iso-2022-jp"), B1_NEW)

# 010 agent: the source id given does not exist (wrong id) -> support_reply
d = T("2025-06-03T02:40:11")
B2_NEW = ("渡辺 健二 様\n\nいつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n"
          "AWS カスタマーサポートの佐々木でございます。\n\n"
          "アカウント統合のご依頼につきまして、ご連絡いただいた受験者 ID を確認いたしました。\n"
          "統合先としてご指定の AWS20581174 につきましては、渡辺様のアカウントであることを確認できました。\n\n"
          "一方、統合元としてご記載いただいた AWS07733591 につきましては、当方のシステムで該当するアカウントが"
          "見つかりませんでした。\n"
          "大変お手数をおかけいたしますが、以下の 2 点をご確認のうえ、本メールにご返信いただけますでしょうか。\n\n"
          "・統合元アカウントの受験者 ID（認定アカウントにサインイン後、プロフィール画面でご確認いただけます）\n"
          "・統合元アカウントのサインインに使用されていたメールアドレス\n\n"
          "ご不便をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。\n\n"
          "佐々木\nアマゾン ウェブ サービス\nAWS トレーニングと認定カスタマーサポート\n")
B_FORM_ECHO = ("---------- お問い合わせ内容 ----------\nお名前: 渡辺 健二\nメールアドレス: %s\n"
               "お問い合わせの種類: AWS Certification\n詳細: Account Merge\n受験者 ID: AWS20581174\n"
               "内容: 以前の会社のメールアドレスで作成した認定アカウント（AWS07733591）があり、現在のアカウントに"
               "統合をお願いしたいです。" % KENJI)
body = agent_body(B2_NEW, B_FORM_ECHO, cte="base64")
add("010-kenji-agent-id-not-found-ja.eml", L("support_reply", B_CASE, ["AWS07733591", "AWS20581174"], True, "ja"),
    aws_mail(KENJI, *FORM, B_SUBJ_RE, d, body, provider=NIFTY), B2_NEW)

# 011 corrected id -> confirmation requested
d = T("2025-06-04T05:12:40")
B3_USER = ("佐々木様\n\nお世話になっております。渡辺です。\n"
           "ご確認ありがとうございます。大変失礼いたしました、統合元の ID は AWS07733519 の誤りでした。\n"
           "サインインに使っていたメールアドレスは kenji.watanabe@kitanomori-sys.co.jp です。\n\n"
           "よろしくお願いいたします。\n\n渡辺 健二")
B3_QUOTE = jp_quote(T("2025-06-03T12:05:33"), KENJI_N, KENJI,
                    B3_USER + "\n\n" + "2025年6月3日(火) 11:40 Amazon Web Services <%s>:\n%s" % (FORM[1], q(B2_NEW)))
B3_NEW = ("渡辺 健二 様\n\nご返信いただきありがとうございます。AWS カスタマーサポートの佐々木でございます。\n\n"
          "ご連絡いただいた受験者 ID（AWS07733519）にて、統合元のアカウントを確認することができました。\n"
          "つきましては、以下の内容でアカウントの統合を進めてもよろしいか、ご確認をお願いいたします。\n\n"
          "　統合元（統合後に無効化）: AWS07733519（kenji.watanabe@kitanomori-sys.co.jp）\n"
          "　統合先（存続するアカウント）: AWS20581174（%s）\n\n"
          "統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。\n"
          "なお、統合処理は一度実行すると元に戻すことができませんので、あらかじめご了承ください。\n\n"
          "上記の内容でよろしければ、本メールへのご返信にて、統合に同意いただける旨をお知らせください。\n\n"
          "佐々木\nアマゾン ウェブ サービス\n" % KENJI)
body = agent_body(B3_NEW, B3_QUOTE, cte="quoted-printable")
add("011-kenji-confirm-merge-request-ja.eml",
    L("merge_confirmation_requested", B_CASE, ["AWS07733519", "AWS20581174"], True, "ja"),
    aws_mail(KENJI, *FORM, B_SUBJ_RE, d, body, provider=NIFTY), B3_NEW)

# 012 completed + closure + survey in one mail -> merge_completed
d = T("2025-06-05T08:03:55")
B4_USER = "佐々木様\n\n内容に相違ございません。統合に同意します。\nどうぞよろしくお願いいたします。\n\n渡辺"
B4_QUOTE = jp_quote(T("2025-06-04T13:30:02"), KENJI_N, KENJI,
                    B4_USER + "\n\n" + "2025年6月4日(水) 14:12 Amazon Web Services <%s>:\n%s" % (FORM[1], q(B3_NEW)))
B4_NEW = ("渡辺 健二 様\n\nAWS カスタマーサポートの佐々木でございます。\nご同意いただき、ありがとうございました。\n\n"
          "ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。\n"
          "今後は AWS20581174 のアカウント（%s）にてサインインしてください。\n\n"
          "Credly のデジタルバッジにつきましては、数日以内に Credly から受け取りのご案内メールが届く予定です。\n\n"
          "本件はこれをもちましてクローズとさせていただきます。\n"
          "今回の対応について、アンケートにご協力いただけますと幸いです。\n"
          "　問題は解決しましたか？　はい ／ いいえ\n"
          "　https://support.aws.amazon.com/survey?caseId=%s\n\n"
          "佐々木\nアマゾン ウェブ サービス\n" % (KENJI, B_CASE))
plain = part(B4_NEW + "\n" + B4_QUOTE + "\n", "plain", "iso-2022-jp", "7bit")
hpart = part(html_doc(text_to_html(B4_NEW + "\n\n" + B4_QUOTE)), "html", "utf-8", "base64")
body = multi("alternative", [plain, hpart])
add("012-kenji-merge-done-and-closed-ja.eml", L("merge_completed", B_CASE, ["AWS20581174"], True, "ja"),
    aws_mail(KENJI, *FORM, B_SUBJ_RE, d, body, provider=NIFTY), B4_NEW)

# 013 Credly badge after the merge (English mail to a Japanese mailbox)
d = T("2025-06-07T23:48:10")
body, txt = credly_badge_body("Kenji", "AWS Certified Solutions Architect – Professional",
                              intro="Your AWS Certified Solutions Architect – Professional badge has been issued to this "
                                    "e-mail address following an update to your AWS Certification account. "
                                    "Accept it to add it to your Credly profile.")
add("013-kenji-credly-badge.eml", L("credly_badge_issued", None, [], True),
    credly_mail(KENJI, "You have a new badge from Amazon Web Services Training and Certification", d, body,
                provider=NIFTY), txt)

# 014 Pearson VUE appointment (unrelated, carries the candidate id)
d = T("2025-06-10T04:15:27")
PV = ("Dear Kenji Watanabe,\n\nThank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.\n\n"
      "Exam: SCS-C02: AWS Certified Security - Specialty\nCandidate ID: AWS20581174\nRegistration ID: 512908834\n"
      "Date: Saturday, June 28, 2025\nTime: 10:00 AM Japan Standard Time\nLanguage: Japanese\n"
      "Location: OnVUE online proctored exam\n\nBefore your exam, please run the system test on the computer you will "
      "use and review the OnVUE technical requirements.\n\nTo reschedule or cancel, sign in to your AWS Certification "
      "account at least 24 hours before your appointment.\n\nSincerely,\nPearson VUE\n\nThis e-mail was sent from a "
      "notification-only address. Please do not reply.\n")
body = multi("alternative", [part(PV, "plain", "utf-8", "quoted-printable"),
                             part(html_doc(text_to_html(PV)), "html", "utf-8", "quoted-printable")])
add("014-kenji-pearson-vue-appointment.eml", L("unrelated", None, ["AWS20581174"], False),
    other_mail(KENJI, "Pearson VUE <pearsonvuecustomerservice@pearson.com>",
               "Pearson VUE Confirmation of Booking", d, body,
               "bounce-md_30850198.6847b1ff.v1-%s@mandrillapp.com" % hexrand(32), "198.2.%d.%d" % (RND.randint(128, 191), RND.randint(1, 250)),
               "mail%d.us4.mandrillapp.com" % RND.randint(100, 250), "pearson.com", "pearson.com", selector="mte1",
               provider=NIFTY), PV)

# ============================================================== CASE C: Michael (console case 2023, 11 digits, M365)
MIKE = "michael.oconnor@contoso-logistics.com"
C_CASE = "13052846611"
C_SUBJ = "Merge three AWS Certification accounts into one"
CONSOLE_TAIL = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS "
                "Support Center link at the end of this correspondence. Each correspondence can also be rated by "
                "selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
                "Best regards,\nAmazon Web Services\n\n======================\n"
                "To see all the correspondence for this case or reply, please use the following link:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above to respond from your AWS Support Center.\n"
                "======================\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is "
                "a registered trademark of Amazon.com, Inc. or its affiliates.")

# 015 console: case opened
d = T("2023-08-14T13:05:02")
C1_NEW = ("Dear Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your "
          "issue.\n\nThe details of your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n\n"
          "You can view and update your case from the AWS Support Center:\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
          "Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this "
          "case, please use the link above.\n\nAmazon Web Services" % (C_CASE, C_CASE, C_SUBJ, C_CASE))
body = agent_body(C1_NEW, "", cte="quoted-printable")
add("015-michael-console-case-opened.eml", L("case_created", C_CASE, [], True),
    aws_mail(MIKE, *NOREPLY, "Amazon Web Services: You have opened a new Support case: %s" % C_CASE, d, body,
             provider="outlook"), C1_NEW)

# 016 console: new correspondence notice (HTML-only)
d = T("2023-08-15T09:12:48")
C2_NEW = ("Hello,\n\nA new correspondence has been added to your AWS Support case.\n\nCase ID: %s\nSubject: %s\n\n"
          "To read the correspondence and respond, sign in to the AWS Support Center:\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
          "This mailbox is not monitored.\n\nAmazon Web Services" % (C_CASE, C_SUBJ, C_CASE))
body = part(html_doc(text_to_html(C2_NEW), font="Amazon Ember, Helvetica, Arial, sans-serif"), "html", "utf-8", "quoted-printable")
add("016-michael-new-correspondence-notice.eml", L("support_reply", C_CASE, [], True),
    aws_mail(MIKE, *NOREPLY, "[Case %s] New correspondence added" % C_CASE, d, body, provider="outlook"), C2_NEW)

# 017 agent: confirm step one (two accounts), third account later
d = T("2023-08-16T15:30:19")
C3_NEW = ("Hello Michael,\n\nThanks for the details you added to the case.\n\nI've reviewed the three accounts. Two of "
          "them can be combined straight away; the third needs a small extra step first:\n\n"
          "* AWS00348812 (michael.oconnor@brightwave.io) - to be merged into AWS12877403\n"
          "* AWS 05529170 - the name on this profile is \"Mike O'Connor\", which doesn't match the other two "
          "profiles. We'll handle this one separately once the names match (see below).\n"
          "* AWS12877403 (%s) - remains as your primary account\n\n"
          "Before we carry out the first step, please confirm in the Support Center that you want AWS00348812 merged "
          "into AWS12877403, with AWS12877403 remaining active. Please keep in mind that a merge can't be undone.\n\n"
          "For AWS 05529170, you can update the profile name yourself in the Certification Account (Profile > Edit). "
          "Let us know once done and we'll take care of it.\n\nBest regards,\n\nDaniel R.\nAmazon Web Services" % MIKE)
body = agent_body(C3_NEW + CONSOLE_TAIL % C_CASE, "", html=False)
add("017-michael-confirm-step1.eml",
    L("merge_confirmation_requested", C_CASE, ["AWS00348812", "AWS05529170", "AWS12877403"], True),
    aws_mail(MIKE, *NOREPLY, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), d, body, provider="outlook"),
    C3_NEW + CONSOLE_TAIL % C_CASE)

# 018 agent: step one done, second still pending
d = T("2023-08-17T18:44:07")
C4_NEW = ("Hello Michael,\n\nThank you for confirming. The first part of your request has been completed: "
          "AWS00348812 has been merged into AWS12877403, and your certifications from 2017 are now listed on "
          "AWS12877403.\n\nThe remaining account, AWS 05529170, is still pending. I can see that you have already "
          "updated the name on that profile - thank you. You will receive a separate confirmation request for it "
          "shortly.\n\nBest regards,\n\nDaniel R.\nAmazon Web Services")
body = agent_body(C4_NEW + CONSOLE_TAIL % C_CASE, "", cte="quoted-printable")
add("018-michael-step1-merged.eml",
    L("merge_completed", C_CASE, ["AWS00348812", "AWS05529170", "AWS12877403"], True),
    aws_mail(MIKE, *NOREPLY, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), d, body, provider="outlook"),
    C4_NEW + CONSOLE_TAIL % C_CASE)

# 019 agent: confirm step two
d = T("2023-08-18T10:02:51")
C5_NEW = ("Hello Michael,\n\nMy name is Aisha and I'm following up on the second part of your request while Daniel is "
          "out of office.\n\nThe profile name on aws05529170 now matches your other account, so we can move ahead. "
          "Please confirm that we may merge AWS-05529170 into AWS12877403. AWS12877403 stays your active account; "
          "aws05529170 will be closed and can't be restored afterwards.\n\nSimply reply in the Support Center with "
          "\"Confirmed\" and I'll take it from there.\n\nKind regards,\n\nAisha M.\nAmazon Web Services")
body = agent_body(C5_NEW + CONSOLE_TAIL % C_CASE, "", cte="base64")
add("019-michael-confirm-step2.eml",
    L("merge_confirmation_requested", C_CASE, ["AWS05529170", "AWS12877403"], True),
    aws_mail(MIKE, *NOREPLY, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), d, body, provider="outlook"),
    C5_NEW + CONSOLE_TAIL % C_CASE)

# 020 agent: all done, will resolve
d = T("2023-08-21T16:20:33")
C6_NEW = ("Hello Michael,\n\nAll done - AWS05529170 has now been folded into AWS12877403 as well. You have a single "
          "Certification account holding all of your certifications, and your exam benefits have been carried over.\n\n"
          "I'm going to mark this case as resolved. If anything looks off, just reopen it from the Support Center.\n\n"
          "Kind regards,\n\nAisha M.\nAmazon Web Services")
body = agent_body(C6_NEW + CONSOLE_TAIL % C_CASE, "", cte="quoted-printable")
add("020-michael-step2-done.eml", L("merge_completed", C_CASE, ["AWS05529170", "AWS12877403"], True),
    aws_mail(MIKE, *NOREPLY, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), d, body, provider="outlook"),
    C6_NEW + CONSOLE_TAIL % C_CASE)

# 021 console: case resolved - how did we do
d = T("2023-08-28T16:25:10")
C7_NEW = ("Hello,\n\nYour AWS Support case %s (\"%s\") has been resolved.\n\nWe'd like to hear about your "
          "experience. Was your issue resolved?\n\n  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true\n"
          "  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false\n\n"
          "The survey takes less than a minute. If your issue is not resolved, you can reopen the case from the AWS "
          "Support Center within 14 days.\n\nThank you for using AWS Support.\nAmazon Web Services" % (C_CASE, C_SUBJ, C_CASE, C_CASE))
body = agent_body(C7_NEW, "", cte="quoted-printable")
add("021-michael-case-resolved-feedback.eml", L("survey", C_CASE, [], True),
    aws_mail(MIKE, *NOREPLY, "[Case %s] Your case has been resolved - tell us how we did" % C_CASE, d, body,
             provider="outlook"), C7_NEW)

# 022 GitHub 'merged' notification (unrelated)
d = T("2023-08-22T08:14:51")
GH = ("Merged #482 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
      "https://github.com/contoso-logistics/route-planner/pull/482#event-10157732211\n"
      "You are receiving this because you authored the thread.\n\nMessage ID: <contoso-logistics/route-planner/pull/482/issue_event/10157732211@github.com>")
GHH = ('<p>Merged <a class="issue-link" href="https://github.com/contoso-logistics/route-planner/pull/482">#482</a> into main.</p>\n'
       '<p style="font-size:small;color:#666">&mdash;<br />Reply to this email directly, '
       '<a href="https://github.com/contoso-logistics/route-planner/pull/482#event-10157732211">view it on GitHub</a>.<br />'
       'You are receiving this because you authored the thread.</p>')
body = multi("alternative", [part(GH + "\n", "plain", "utf-8", "7bit"), part(html_doc(GHH), "html", "utf-8", "7bit")])
add("022-michael-github-pr-merged.eml", L("unrelated", None, [], False),
    other_mail(MIKE, '"Sam Okafor" <notifications@github.com>',
               "Re: [contoso-logistics/route-planner] Merge account-merge-service refactor into main (PR #482)", d, body,
               "noreply@github.com", "192.30.252.%d" % RND.randint(192, 210), "out-%d.smtp.github.com" % RND.randint(20, 28),
               "github.com", "github.com", selector="pf2023", provider="outlook",
               msgid="<contoso-logistics/route-planner/pull/482/issue_event/10157732211@github.com>",
               extra_hdrs=[("In-Reply-To", "<contoso-logistics/route-planner/pull/482@github.com>"),
                           ("References", "<contoso-logistics/route-planner/pull/482@github.com>"),
                           ("List-ID", "contoso-logistics/route-planner <route-planner.contoso-logistics.github.com>"),
                           ("X-GitHub-Reason", "author")],
               to_hdr="contoso-logistics/route-planner <route-planner@noreply.github.com>"), GH)

# ============================================================== CASE D: Sofia (form desk, Outlook.com, badges late)
SOFIA = "sofia.martinez.q@hotmail.com"
SOFIA_N = "Sofía Martínez"
D_OPEN = T("2025-03-18T14:22:31")
D_CASE = str(int(D_OPEN.timestamp())) + "00186"
D_SUBJ_RE = "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ)

# 023 ack echoing the submitted form (ids are in the mail's own text); wrong charset label
d = D_OPEN + dt.timedelta(seconds=11)
D1_NEW = ("Hello Sofía Martínez,\n\nThank you for reaching out to AWS Training and Certification. Your request has been "
          "received and assigned case number %s. Our team typically responds within 24 hours.\n\n"
          "Here is a copy of your submission for your records:\n\n"
          "  Name: Sofía Martínez\n  Email: %s\n  Inquiry type: AWS Certification\n  Inquiry detail: Account Merge\n"
          "  AWS candidate ID: AWS13370815\n"
          "  Description: Hello, I have 2 accounts. The old one is aws09164452 from my university email, please merge "
          "it into AWS13370815. I want keep the new one. ¡Gracias!\n\n"
          "To add details, reply to this e-mail without changing the subject. Please don't open another request for "
          "the same issue.\n\nAWS Training and Certification Customer Support" % (D_CASE, SOFIA))
body = multi("alternative", [part(D1_NEW, "plain", "utf-8", "quoted-printable", declared="iso-8859-1"),
                             part(html_doc(text_to_html(D1_NEW)), "html", "utf-8", "quoted-printable", declared="iso-8859-1")])
add("023-sofia-form-ack-with-copy.eml", L("case_created", D_CASE, ["AWS09164452", "AWS13370815"], True),
    aws_mail(SOFIA, "AWS Training and Certification", FORM[1],
             "Case %s received - AWS Training and Certification" % D_CASE, d, body, provider="outlook",
             to_hdr="%s <%s>" % (Header(SOFIA_N, "utf-8").encode(), SOFIA)), D1_NEW)

# 024 confirmation request, non-native agent English
d = T("2025-03-20T07:18:44")
D2_NEW = ("Dear Sofía,\n\nGreetings from AWS Training and Certification!\n\nThank you for your patience and sorry for the "
          "delay in responding.\n\nAs per your request, kindly find below the details of the merge:\n\n"
          "Source account (will be merged): AWS09164452 - sofia.martinez@alumnos.upm.es\n"
          "Target account (will be retained): AWS13370815 - %s\n\n"
          "Please to note that once the accounts are merged the action can not be reverted, and you will be able to "
          "login only with the target account.\n\nKindly revert back to this email with your confirmation so that we "
          "can proceed further with the merge request.\n\nThanks & Regards,\nKarthik S.\n"
          "AWS Training and Certification Support" % SOFIA)
body = agent_body(D2_NEW, "", cte="quoted-printable")
add("024-sofia-confirm-merge-request.eml",
    L("merge_confirmation_requested", D_CASE, ["AWS09164452", "AWS13370815"], True),
    aws_mail(SOFIA, *FORM, D_SUBJ_RE, d, body, provider="outlook"), D2_NEW)

# 025 completed; Outlook-style history below
d = T("2025-03-21T12:40:09")
D3_QUOTE = outlook_quote("Sofía Martínez <%s>" % SOFIA, "Thursday, March 20, 2025 9:02 AM",
                         "Amazon Web Services <%s>" % FORM[1], D_SUBJ_RE,
                         "Hello Karthik,\n\nYes I confirm, the details are correct. Please proceed.\n\nBest regards,\nSofía\n\n"
                         + outlook_quote("Amazon Web Services <%s>" % FORM[1], "Thursday, March 20, 2025 8:18 AM",
                                         "Sofía Martínez <%s>" % SOFIA, D_SUBJ_RE, D2_NEW))
D3_NEW = ("Dear Sofía,\n\nThank you for your confirmation.\n\nWe are glad to inform you that your merge request has been "
          "completed successfully. All your certifications are now available in the account AWS13370815. Kindly login "
          "to your Certification account and check the same.\n\nThe Credly badges will get transferred automatically "
          "within 3-5 working days.\n\nThanks & Regards,\nKarthik S.\nAWS Training and Certification Support")
body = agent_body(D3_NEW, D3_QUOTE, cte="quoted-printable")
add("025-sofia-merge-completed.eml", L("merge_completed", D_CASE, ["AWS13370815"], True),
    aws_mail(SOFIA, *FORM, D_SUBJ_RE, d, body, provider="outlook"), D3_NEW)

# 026 closure + rating (HTML-only, different template)
d = T("2025-03-21T12:41:30")
D4_NEW = ("Your case has been closed\n\nHi Sofía,\n\nWe have closed case %s. We hope we were able to help.\n\n"
          "Please take a moment to rate your experience with Karthik S.\n"
          "Very dissatisfied / Dissatisfied / Neutral / Satisfied / Very satisfied\n\n"
          "Need more help with this issue? Reply to this e-mail within 14 days to reopen the case.\n\n"
          "AWS Training and Certification" % D_CASE)
stars = " ".join('<a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=%d" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' % (D_CASE, i) for i in range(1, 6))
inner = ('<h2 style="font-weight:normal">Your case has been closed</h2><p>Hi Sofía,</p><p>We have closed case %s. We hope we were able to help.</p>'
         '<p>Please take a moment to rate your experience with Karthik S.</p><p>%s</p>'
         '<p style="font-size:12px">Very dissatisfied &nbsp;&nbsp; &rarr; &nbsp;&nbsp; Very satisfied</p>'
         '<p>Need more help with this issue? Reply to this e-mail within 14 days to reopen the case.</p><p>AWS Training and Certification</p>'
         % (D_CASE, stars))
body = part(html_doc(inner), "html", "utf-8", "quoted-printable")
add("026-sofia-case-closed-rate.eml", L("survey", D_CASE, [], True),
    aws_mail(SOFIA, "AWS Training and Certification", FORM[1], "How did we do? Case %s" % D_CASE, d, body,
             provider="outlook"), D4_NEW)

# 027 Credly self-service merge code (unrelated: Credly's own merge)
d = T("2025-03-31T16:49:03")
CM = ("Hi Sofía,\n\nWe received a request to merge the Credly account registered to sofia.martinez@alumnos.upm.es into "
      "this account.\n\nYour verification code is: 482913\n\nOr click the button below to finish:\n"
      "Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n"
      "This code expires in 30 minutes. If you did not request this, you can ignore this e-mail; no changes will be made.\n\n"
      "The Credly Team\n" % hexrand(40))
body = multi("alternative", [part(CM, "plain", "utf-8", "quoted-printable"),
                             part(html_doc(text_to_html(CM)), "html", "utf-8", "quoted-printable")])
ip = "149.72.%d.%d" % (RND.randint(100, 250), RND.randint(1, 250))
add("027-sofia-credly-self-merge-code.eml", L("unrelated", None, [], True),
    other_mail(SOFIA, "Credly <admin@credly.com>", "Your Credly account merge verification code", d, body,
               "bounces+2904113-%s-sofia.martinez.q=hotmail.com@em4721.credly.com" % hexrand(4), ip,
               "o2.ptr4721.credly.com", "credly.com", "credly.com", provider="outlook"), CM)

# 028 reopened: badges still on the old Credly profile
d = T("2025-04-01T09:10:55")
D5_QUOTE = outlook_quote("Sofía Martínez <%s>" % SOFIA, "Monday, March 31, 2025 6:55 PM",
                         "AWS Training and Certification <%s>" % FORM[1], "RE: How did we do? Case %s" % D_CASE,
                         "Hi,\n\nThe merge worked but my badges from the old account (AWS09164452) are still in my old "
                         "Credly with the university email, they did not move to the new one. I tried the merge in "
                         "Credly myself but it ask me a code and then says the account is managed by issuer. Can you "
                         "help please?\n\nSofía")
D5_NEW = ("Hello Sofía,\n\nThank you for letting us know. I have reopened your case and reviewed it.\n\n"
          "The certification records were moved correctly, but the Credly badges earned under AWS09164452 are still "
          "linked to the Credly profile that uses your university address. I have raised a request with our Credly "
          "team to transfer them to the profile linked to %s.\n\nThis usually takes 3 to 5 business days. You don't "
          "need to do anything in the meantime (please don't finish the self-service merge in Credly, as that can "
          "complicate the transfer). I will update you as soon as I hear back.\n\nBest regards,\n\nMei L.\n"
          "Amazon Web Services" % SOFIA)
body = agent_body(D5_NEW, D5_QUOTE, cte="quoted-printable")
add("028-sofia-case-reopened-badges.eml", L("support_reply", D_CASE, ["AWS09164452"], True),
    aws_mail(SOFIA, *FORM, D_SUBJ_RE, d, body, provider="outlook"), D5_NEW)

# 029 Credly: badges moved after the merge
d = T("2025-04-07T14:33:20")
body, txt = credly_badge_body("Sofía", "AWS Certified Machine Learning – Specialty",
                              intro="Badges from Amazon Web Services Training and Certification have been issued to this "
                                    "e-mail address after your AWS Certification accounts were consolidated: "
                                    "AWS Certified Cloud Practitioner and AWS Certified Machine Learning – Specialty. "
                                    "Accept them to display them on your profile.")
add("029-sofia-credly-badges-moved.eml", L("credly_badge_issued", None, [], True),
    credly_mail(SOFIA, "Sofía, you have 2 new badges to accept", d, body, provider="outlook"), txt)

# 030 second closure (plain text)
d = T("2025-04-08T10:02:47")
D7_NEW = ("Hello Sofía,\n\nYour case %s has been resolved and closed.\n\nWas your issue resolved?\n"
          "YES - https://support.aws.amazon.com/survey?caseId=%s&answer=yes\n"
          "NO  - https://support.aws.amazon.com/survey?caseId=%s&answer=no\n\n"
          "Your feedback helps us improve. If you still need help, reply within 14 days.\n\n"
          "AWS Training and Certification Customer Support" % (D_CASE, D_CASE, D_CASE))
body = part(D7_NEW, "plain", "utf-8", "quoted-printable")
add("030-sofia-case-closed-again.eml", L("survey", D_CASE, [], True),
    aws_mail(SOFIA, "AWS Training and Certification", FORM[1],
             enc_header("Case %s closed – was your issue resolved?" % D_CASE, "utf-8").replace("=?utf-8?", "=?UTF-8?"),
             d, body, provider="outlook"), D7_NEW)

# ============================================================== CASE E: Yuki (form desk in Japanese, OCN)
YUKI = "yuki.tanaka@ocn.ne.jp"
YUKI_N = "田中由紀"
OCN = "jp:ocn.ad.jp:mfgw12.ocn.ad.jp"
E_OPEN = T("2025-07-07T05:08:52")
E_CASE = str(int(E_OPEN.timestamp())) + "00053"
E_SUBJ_RE = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)

# 031 ack, Shift_JIS (another template wording)
d = E_OPEN + dt.timedelta(seconds=4)
E1_NEW = ("田中 由紀 様\n\nお問い合わせありがとうございます。\n"
          "AWS トレーニングと認定へのお問い合わせを下記の番号で承りました。\n\n"
          "　お問い合わせ番号（ケース ID）: %s\n\n"
          "担当者が内容を確認し、原則として 1 営業日以内にご連絡いたします。\n"
          "恐れ入りますが、同じ内容で重ねてお問い合わせいただくことはお控えください。\n"
          "補足事項がある場合は、件名を変更せずにこのメールへご返信ください。\n\n"
          "※本メールはシステムより自動送信されています。\n\n"
          "AWS トレーニングと認定 カスタマーサポート\n" % E_CASE)
body = part(E1_NEW, "plain", "shift_jis", "base64")
add("031-yuki-form-ack-ja.eml", L("case_created", E_CASE, [], True, "ja"),
    aws_mail(YUKI, "AWS Training and Certification", FORM[1],
             "【AWS トレーニングと認定】お問い合わせ受付のお知らせ [CASE %s]" % E_CASE, d, body,
             provider=OCN, subj_charset="iso-2022-jp"), E1_NEW)

# 032 agent asks which account to keep + e-mail addresses
d = T("2025-07-08T01:22:10")
E_FORM_ECHO = ("---------- お問い合わせ内容 ----------\nお名前: 田中 由紀\nメールアドレス: %s\n"
               "お問い合わせの種類: AWS Certification / Account Merge\n受験者 ID: AWS16620948\n"
               "内容: 大学のメールアドレスで作成した古いアカウント AWS03391275 があります。1 つにまとめたいです。" % YUKI)
E2_NEW = ("田中 由紀 様\n\nお問い合わせいただき、誠にありがとうございます。\n"
          "AWS トレーニングと認定 カスタマーサポートの山本と申します。\n\n"
          "ご依頼の件、AWS16620948 および AWS03391275 の 2 つの認定アカウントを確認いたしました。\n"
          "アカウントの統合を進めるにあたり、恐れ入りますが以下の 2 点をご教示いただけますでしょうか。\n\n"
          "　1. 統合後に存続させるアカウント（どちらの受験者 ID を残すか）\n"
          "　2. それぞれのアカウントにご登録のメールアドレス\n\n"
          "ご本人確認のため、上記の情報が必要となります。お手数をおかけいたしますが、よろしくお願い申し上げます。\n\n"
          "山本\nアマゾン ウェブ サービス\nAWS トレーニングと認定 カスタマーサポート\n")
body = agent_body(E2_NEW, E_FORM_ECHO, cte="quoted-printable")
add("032-yuki-agent-asks-keep-and-emails-ja.eml",
    L("support_reply", E_CASE, ["AWS03391275", "AWS16620948"], True, "ja"),
    aws_mail(YUKI, *FORM, E_SUBJ_RE, d, body, provider=OCN), E2_NEW)

# 033 user answered only one of two questions -> asked again (Shift_JIS, plain only)
d = T("2025-07-09T00:47:36")
E3_USER = ("山本様\n\nご連絡ありがとうございます。\n残すのは新しい方（AWS16620948）でお願いします。\n\n田中")
E3_QUOTE = jp_quote(T("2025-07-08T13:15:20"), YUKI_N, YUKI,
                    E3_USER + "\n\n" + "2025年7月8日(火) 10:22 Amazon Web Services <%s>:\n%s" % (FORM[1], q(E2_NEW)))
E3_NEW = ("田中 由紀 様\n\nご返信いただき、ありがとうございます。山本でございます。\n\n"
          "存続させるアカウントとして AWS16620948 をご指定いただいたこと、承知いたしました。\n"
          "恐れ入りますが、もう 1 点、各アカウントにご登録のメールアドレス（特に統合元となる AWS03391275 のもの）を"
          "お知らせいただけますでしょうか。\n"
          "こちらのご回答をいただき次第、統合内容のご確認のご連絡を差し上げます。\n\n"
          "何度もお手数をおかけし申し訳ございませんが、よろしくお願いいたします。\n\n山本\nアマゾン ウェブ サービス\n")
body = part(E3_NEW + "\n" + E3_QUOTE + "\n", "plain", "shift_jis", "base64")
add("033-yuki-agent-asks-again-ja.eml", L("support_reply", E_CASE, ["AWS03391275", "AWS16620948"], True, "ja"),
    aws_mail(YUKI, *FORM, E_SUBJ_RE, d, body, provider=OCN), E3_NEW)

# 034 confirmation request
d = T("2025-07-10T02:05:00")
E4_USER = ("山本様\n\n失礼しました。\nAWS16620948: %s\nAWS03391275: y.tanaka@stu.kobe-tech.ac.jp（現在は使えません）\n\n"
           "よろしくお願いします。\n田中" % YUKI)
E4_QUOTE = jp_quote(T("2025-07-09T11:02:44"), YUKI_N, YUKI,
                    E4_USER + "\n\n" + "2025年7月9日(水) 9:47 Amazon Web Services <%s>:\n%s" % (FORM[1], q(E3_NEW)))
E4_NEW = ("田中 由紀 様\n\nご回答いただき、ありがとうございます。山本でございます。\n\n"
          "いただいた情報をもとに確認いたしました。以下の内容で統合を実施してよろしいでしょうか。\n\n"
          "　・統合元（統合後は利用できなくなります）: aws03391275 / y.tanaka@stu.kobe-tech.ac.jp\n"
          "　・統合先（引き続きご利用いただけます）: AWS 16620948 / %s\n\n"
          "統合後は元に戻すことができません。\n"
          "内容にお間違いがなければ、本メールにご返信のうえ、実施してよい旨をお知らせください。\n\n"
          "山本\nアマゾン ウェブ サービス\n" % YUKI)
body = agent_body(E4_NEW, E4_QUOTE, cte="base64")
add("034-yuki-confirm-merge-request-ja.eml",
    L("merge_confirmation_requested", E_CASE, ["AWS03391275", "AWS16620948"], True, "ja"),
    aws_mail(YUKI, *FORM, E_SUBJ_RE, d, body, provider=OCN), E4_NEW)

# 035 completed ('一本化')
d = T("2025-07-11T06:30:12")
E5_USER = "山本様\n\n内容に間違いありません。実施をお願いいたします。\n\n田中"
E5_QUOTE = jp_quote(T("2025-07-10T12:48:09"), YUKI_N, YUKI,
                    E5_USER + "\n\n" + "2025年7月10日(木) 11:05 Amazon Web Services <%s>:\n%s" % (FORM[1], q(E4_NEW)))
E5_NEW = ("田中 由紀 様\n\nお待たせいたしました。山本でございます。\n\n"
          "ご依頼のとおり、認定アカウントを AWS16620948 に一本化する作業が完了いたしました。\n"
          "旧アカウントの認定資格および受験履歴は、すべて AWS16620948 でご確認いただけます。\n\n"
          "なお、Credly のデジタルバッジは、数日以内に %s 宛てに受け取りのご案内が届きます。\n"
          "1 週間経っても届かない場合は、本メールにご返信ください。\n\n山本\nアマゾン ウェブ サービス\n" % YUKI)
body = agent_body(E5_NEW, E5_QUOTE, cte="quoted-printable")
add("035-yuki-accounts-unified-ja.eml", L("merge_completed", E_CASE, ["AWS16620948"], True, "ja"),
    aws_mail(YUKI, *FORM, E_SUBJ_RE, d, body, provider=OCN), E5_NEW)

# 036 Credly badge for Yuki after the accounts were unified
d = T("2025-07-15T02:12:44")
body, txt = credly_badge_body("Yuki", "AWS Certified Solutions Architect – Associate",
                              intro="Amazon Web Services Training and Certification has issued the AWS Certified "
                                    "Solutions Architect – Associate badge to this e-mail address. It was previously "
                                    "issued to another e-mail address and has been moved here at the issuer's request.",
                              cte="base64")
add("036-yuki-credly-badge-moved.eml", L("credly_badge_issued", None, [], True),
    credly_mail(YUKI, "Yuki, your badge from Amazon Web Services Training and Certification is ready", d, body,
                provider=OCN), txt)

# ============================================================== CASE F: Arjun (first case never answered, phishing)
ARJUN = "arjun.mehta91@gmail.com"
ARJUN_N = "Arjun Mehta"
F_OPEN1 = T("2025-09-01T16:40:12")
F_CASE1 = str(int(F_OPEN1.timestamp())) + "00771"
F_OPEN2 = T("2025-09-09T03:55:40")
F_CASE2 = str(int(F_OPEN2.timestamp())) + "00218"
F_SUBJ_RE = "RE: [CASE %s] %s" % (F_CASE2, FORM_SUBJ)


def form_ack_en(case_id, greeting="Hello"):
    return ("%s,\n\nThank you for contacting AWS Training and Certification. We've received your inquiry and opened "
            "case %s.\n\nWhat happens next?\nA support specialist will review your request and reply to this e-mail "
            "address, usually within 24 hours on business days.\n\nTo add more details, reply to this message and keep "
            "\"[CASE %s]\" in the subject. Submitting another request for the same issue creates a new case and may "
            "slow things down.\n\nThank you,\nAWS Training and Certification Customer Support" % (greeting, case_id, case_id))


# 037 ack of the first case (which never got an answer)
d = F_OPEN1 + dt.timedelta(seconds=7)
F1_NEW = form_ack_en(F_CASE1)
body = agent_body(F1_NEW, "", cte="quoted-printable")
add("037-arjun-first-case-ack.eml", L("case_created", F_CASE1, [], True),
    aws_mail(ARJUN, "AWS Training and Certification", FORM[1],
             "[CASE %s] Thank you for contacting AWS Training and Certification" % F_CASE1, d, body), F1_NEW)

# 038 ack of the second case, eight days later
d = F_OPEN2 + dt.timedelta(seconds=5)
F2_NEW = form_ack_en(F_CASE2, "Hello Arjun")
body = agent_body(F2_NEW, "", cte="base64")
add("038-arjun-second-case-ack.eml", L("case_created", F_CASE2, [], True),
    aws_mail(ARJUN, "AWS Training and Certification", FORM[1],
             "[CASE %s] Thank you for contacting AWS Training and Certification" % F_CASE2, d, body), F2_NEW)

# 039 agent on case 2: duplicate closed, asks for info
d = T("2025-09-10T11:26:30")
F3_NEW = ("Hi Arjun,\n\nThank you for contacting AWS Training and Certification, and I'm sorry for the wait.\n\n"
          "I see that you had already submitted the same request on 1 September under case %s. That submission "
          "reached us without a contact e-mail address, which is why you never heard back - apologies for that. I have "
          "closed the older case and will handle everything here. To avoid further delays, please keep replying on "
          "this case rather than opening new ones.\n\nTo proceed, could you please:\n"
          "  a) tell me the e-mail address you use to sign in to AWS06275539, and\n"
          "  b) confirm which of your two accounts you would like to keep?\n\n"
          "Best regards,\n\nHana J.\nAmazon Web Services\nTraining and Certification Customer Support" % F_CASE1)
body = agent_body(F3_NEW, "", cte="quoted-printable")
add("039-arjun-agent-duplicate-and-questions.eml", L("support_reply", F_CASE2, ["AWS06275539"], True),
    aws_mail(ARJUN, *FORM, F_SUBJ_RE, d, body), F3_NEW)

# 040 phishing about the merge (look-alike domain, passes its own DMARC)
d = T("2025-09-10T19:02:14")
PH = ("Dear Candidate,\n\nWe have received a request to merge your AWS Certification account AWS06275539 into "
      "AWS18804412.\n\nTo confirm this merge and avoid the suspension of your certifications, you must verify your "
      "identity within 24 hours:\n\n  CONFIRM MERGE: https://aws-certification-merge.com/verify/candidate?ref=%s\n\n"
      "If we do not receive your confirmation, both accounts will be locked for security reasons.\n\n"
      "Regards,\nAWS Training & Certification Account Team\n" % hexrand(24))
body = multi("alternative", [part(PH, "plain", "utf-8", "quoted-printable"),
                             part(html_doc(text_to_html(PH).replace(
                                 "CONFIRM MERGE: ", '<a href="https://aws-certification-merge.com/verify/candidate" '
                                 'style="background:#ff9900;padding:10px 18px;color:#000">CONFIRM MERGE</a> ')),
                                 "html", "utf-8", "quoted-printable")])
add("040-arjun-phish-confirm-merge.eml",
    L("merge_confirmation_requested", None, ["AWS06275539", "AWS18804412"], False),
    other_mail(ARJUN, '"AWS Training & Certification" <support@aws-certification-merge.com>',
               "Action Required: Confirm your AWS Certification account merge", d, body,
               "bounce@mail.aws-certification-merge.com", "185.225.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)),
               "mail.aws-certification-merge.com", "aws-certification-merge.com", "aws-certification-merge.com",
               selector="default"), PH)

# 041 genuine confirmation request
d = T("2025-09-11T08:15:44")
F5_USER = ("Hi Hana,\n\nNo problem, thanks for sorting it out.\na) AWS06275539 was created with arjun.mehta@infosyn-tech.com\n"
           "b) please keep AWS18804412 (this gmail address)\n\nBy the way I got another mail asking me to confirm the "
           "merge through a link, was that you?\n\nThanks,\nArjun")
F5_QUOTE = gmail_quote(T("2025-09-10T20:44:51"), dt.timezone(dt.timedelta(hours=5, minutes=30)), ARJUN_N, ARJUN,
                       F5_USER + "\n\nOn Wed, 10 Sept 2025 at 16:56, Amazon Web Services <%s> wrote:\n\n%s"
                       % (FORM[1], q(F3_NEW)))
F5_NEW = ("Hi Arjun,\n\nThank you for the quick reply.\n\nPlease review the following carefully:\n\n"
          "  AWS-06275539 (arjun.mehta@infosyn-tech.com)  ->  will be merged into\n"
          "  AWS-18804412 (%s)  ->  stays active as your only account\n\n"
          "Please note that this cannot be reversed. If everything is correct, simply reply \"I confirm\" to this e-mail "
          "and we will go ahead.\n\nRegarding the other message: that e-mail did not come from us. We will never ask you "
          "to sign in through a link to confirm a merge; a reply to this case is all we need. Please delete it and do "
          "not enter your credentials.\n\nBest regards,\n\nHana J.\nAmazon Web Services" % ARJUN)
body = agent_body(F5_NEW, F5_QUOTE, cte="quoted-printable")
add("041-arjun-confirm-merge-request.eml",
    L("merge_confirmation_requested", F_CASE2, ["AWS06275539", "AWS18804412"], True),
    aws_mail(ARJUN, *FORM, F_SUBJ_RE, d, body), F5_NEW)

# 042 completed; '-----Original Message-----' history
d = T("2025-09-12T14:50:02")
F6_QUOTE = original_message("%s <%s>" % (ARJUN_N, ARJUN), "Thursday, September 11, 2025 10:31 AM",
                            FORM[1], F_SUBJ_RE, "I confirm.\n\nArjun\n\n" + q(F5_NEW))
F6_NEW = ("Hi Arjun,\n\nThanks for confirming. The merge has been carried out and AWS18804412 is now your only "
          "Certification account. Your earlier certifications and the 50%% exam discount you had on the other account "
          "are visible there as well.\n\nYour Credly badges will follow; Credly will e-mail you at %s when they "
          "are ready to be accepted.\n\nBest regards,\n\nHana J.\nAmazon Web Services" % ARJUN)
body = agent_body(F6_NEW, F6_QUOTE, cte="quoted-printable")
add("042-arjun-merge-carried-out.eml", L("merge_completed", F_CASE2, ["AWS18804412"], True),
    aws_mail(ARJUN, *FORM, F_SUBJ_RE, d, body), F6_NEW)

# 043 Credly reminder: badge waiting to be accepted
d = T("2025-09-19T15:05:40")
body, txt = credly_badge_body("Arjun", "AWS Certified DevOps Engineer – Professional",
                              intro="Reminder: your AWS Certified DevOps Engineer – Professional badge from Amazon Web "
                                    "Services Training and Certification is still waiting for you. Accept it to start "
                                    "sharing it.")
add("043-arjun-credly-accept-reminder.eml", L("credly_badge_issued", None, [], True),
    credly_mail(ARJUN, "Reminder: Accept your AWS Certified DevOps Engineer – Professional badge", d, body), txt)

# 044 CertMetrics survey mail (unrelated; names the candidate id)
d = T("2025-09-22T18:20:33")
CMX = ("AWS Certification wants to hear from you\n\nHello Arjun,\n\nThank you for being an AWS Certified individual "
       "(candidate ID AWS18804412). We are running a short survey about your certification experience and the "
       "benefits portal.\n\nTake the survey: https://www.certmetrics.com/amazon/survey/%s\n\nIt takes about five "
       "minutes. Your answers are anonymous.\n\nThank you,\nAWS Training and Certification\n\nThis message was sent "
       "from an unmonitored mailbox. Please do not reply.\n" % hexrand(32))
body = multi("alternative", [part(CMX, "plain", "us-ascii", "7bit"), part(html_doc(text_to_html(CMX)), "html", "utf-8", "quoted-printable")])
add("044-arjun-certmetrics-survey.eml", L("unrelated", None, ["AWS18804412"], False),
    other_mail(ARJUN, "AWS Certification <do-not-reply@certmetrics.com>", "AWS Certification wants to hear from you", d,
               body, "do-not-reply@certmetrics.com", "52.%d.%d.%d" % (RND.randint(0, 99), RND.randint(0, 250), RND.randint(1, 250)),
               "mail%d.certmetrics.com" % RND.randint(1, 9), "certmetrics.com", "certmetrics.com", selector="k1"), CMX)

# ============================================================== CASE G: Lukas (2020, 10-digit case, GMX: no AR header)
LUKAS = "lukas.becker@gmx.de"
LUKAS_N = "Lukas Becker"
G_CASE = "6791043251"
G_FROM = ("AWS Training and Certification", "aws-training-cert-support@amazon.com")
G_SUBJ_RE = "RE: [CASE %s] AWS Certification - Account Merge" % G_CASE

# 045 ack (2020 template)
d = T("2020-02-11T08:52:19")
G1_NEW = ("Hello,\n\nThank you for contacting AWS Training and Certification.\n\nThis is an automated response to let you "
          "know we received your request. Your case number is %s.\n\nWe will respond within 1 business day. "
          "Please reference your case number in any future correspondence.\n\nRegards,\nAWS Training and Certification"
          % G_CASE)
body = part(G1_NEW, "plain", "us-ascii", "7bit")
add("045-lukas-2020-ack.eml", L("case_created", G_CASE, [], None),
    aws_mail(LUKAS, *G_FROM, "[CASE %s] AWS Certification - Account Merge" % G_CASE, d, body, provider="none"), G1_NEW)

# 046 confirmation request (ids written with a space)
d = T("2020-02-12T17:03:40")
G2_NEW = ("Dear Lukas,\n\nThank you for contacting AWS Training and Certification.\n\nWe are able to merge your "
          "certification accounts. Before we do so, please confirm the following:\n\n"
          "Account to be retained: AWS 02267781 (%s)\nAccount to be merged and deactivated: AWS 00912334 "
          "(l.becker@tu-dortmund.de)\n\nAll certifications will be listed under AWS 02267781 once the merge is complete. "
          "This process cannot be reversed.\n\nPlease reply to this e-mail with \"confirm\" if this is correct.\n\n"
          "Kind regards,\nJ. Fischer\nAWS Training and Certification" % LUKAS)
body = part(G2_NEW, "plain", "utf-8", "quoted-printable")
add("046-lukas-2020-confirm-request.eml",
    L("merge_confirmation_requested", G_CASE, ["AWS00912334", "AWS02267781"], None),
    aws_mail(LUKAS, *G_FROM, G_SUBJ_RE, d, body, provider="none"), G2_NEW)

# 047 completed; Thunderbird German quote header
d = T("2020-02-14T10:11:58")
G3_QUOTE = ("Am 12.02.20 um 20:41 schrieb Lukas Becker:\n" +
            q("Hello,\n\nconfirm. Thank you!\n\nBest regards\nLukas\n\n"
              "Am 12.02.20 um 18:03 schrieb AWS Training and Certification:\n" + q(G2_NEW)))
G3_NEW = ("Dear Lukas,\n\nThank you for your confirmation. Your accounts have been merged. You can now sign in with "
          "%s and view all of your certifications under AWS 02267781.\n\nPlease allow up to 48 hours for your "
          "transcript and your Acclaim badges to update.\n\nKind regards,\nJ. Fischer\nAWS Training and Certification" % LUKAS)
body = part(G3_NEW + "\n\n" + G3_QUOTE + "\n", "plain", "utf-8", "quoted-printable")
add("047-lukas-2020-merged.eml", L("merge_completed", G_CASE, ["AWS02267781"], None),
    aws_mail(LUKAS, *G_FROM, G_SUBJ_RE, d, body, provider="none"), G3_NEW)

# 048 Acclaim (old Credly) badge
d = T("2020-02-17T21:30:05")
body, txt = credly_badge_body("Lukas", "AWS Certified SysOps Administrator - Associate",
                              intro="Amazon Web Services Training and Certification has issued you a new badge: AWS "
                                    "Certified SysOps Administrator - Associate. Claim it to share your achievement.")
txt = txt.replace("credly.com", "youracclaim.com").replace("The Credly Team", "The Acclaim Team").replace("Credly", "Acclaim")
body = multi("alternative", [part(txt, "plain", "utf-8", "quoted-printable"),
                             part(html_doc(text_to_html(txt).replace("Accept your badge:", '<a href="https://www.youracclaim.com/earner/earned">Accept your badge</a>')),
                                  "html", "utf-8", "quoted-printable")])
ip = "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250))
add("048-lukas-acclaim-badge.eml", L("credly_badge_issued", None, [], None),
    other_mail(LUKAS, "Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>",
               "Lukas, claim your AWS Certified SysOps Administrator - Associate badge", d, body,
               "bounces+4483177-%s-lukas.becker=gmx.de@em.youracclaim.com" % hexrand(4), ip,
               "o%d.email.youracclaim.com" % RND.randint(1, 9), "youracclaim.com", "youracclaim.com", provider="none"), txt)

# ============================================================== CASE H: Emily (console 2025, Outlook.com, chaser, spoof)
EMILY = "emily.chen@outlook.com"
H_OPEN = T("2025-10-20T21:14:03")
H_CASE = str(int(H_OPEN.timestamp())) + "00364"
H_SUBJ = "Please merge my two certification accounts"

# 049 console: case opened (plain only)
d = H_OPEN + dt.timedelta(seconds=3)
H1_NEW = ("Amazon Web Services\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your "
          "issue.\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence language: English\n\n"
          "To view or add to your case, visit the AWS Support Center:\n"
          "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
          "This e-mail address cannot accept replies.\n\nSincerely,\nAmazon Web Services" % (H_CASE, H_CASE, H_SUBJ, H_CASE))
body = part(H1_NEW, "plain", "utf-8", "7bit")
add("049-emily-console-case-opened.eml", L("case_created", H_CASE, [], True),
    aws_mail(EMILY, *NOREPLY, "Amazon Web Services: You have opened a new Support case: %s" % H_CASE, d, body,
             provider="outlook"), H1_NEW)

# 050 confirmation request
d = T("2025-10-22T16:40:27")
H2_NEW = ("Hello Emily,\n\nThank you for reaching out. My name is Carlos and I'll be assisting you today.\n\n"
          "I located both of the Certification accounts you mentioned:\n\n"
          "- AWS10093317, registered to emily.chen@ucsd-alumni.org (created 2019)\n"
          "- AWS14458026, registered to %s (created 2023)\n\n"
          "As you requested, AWS10093317 would be merged into AWS14458026. AWS14458026 will be the surviving account "
          "and you'll keep signing in with %s.\n\nBefore I submit this, I need your confirmation. Merges are final "
          "and can't be undone. Could you please reply to this case to confirm that the above is correct?\n\n"
          "Best regards,\n\nCarlos V.\nAmazon Web Services" % (EMILY, EMILY))
body = agent_body(H2_NEW + CONSOLE_TAIL % H_CASE, "", cte="quoted-printable")
add("050-emily-confirm-merge-request.eml",
    L("merge_confirmation_requested", H_CASE, ["AWS10093317", "AWS14458026"], True),
    aws_mail(EMILY, *NOREPLY, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), d, body, provider="outlook"),
    H2_NEW + CONSOLE_TAIL % H_CASE)

# 051 chaser (no accounts named)
d = T("2025-10-27T17:02:10")
H3_NEW = ("Hello Emily,\n\nI'm following up on my previous message. We're still waiting for your reply so that we can "
          "move forward with your request.\n\nIf we don't hear from you within the next 7 days, this case will be "
          "closed automatically. You can reopen it at any time from the Support Center.\n\nBest regards,\n\n"
          "Carlos V.\nAmazon Web Services")
body = agent_body(H3_NEW + CONSOLE_TAIL % H_CASE, "", cte="quoted-printable")
add("051-emily-chaser.eml", L("support_reply", H_CASE, [], True),
    aws_mail(EMILY, *NOREPLY, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), d, body, provider="outlook"),
    H3_NEW + CONSOLE_TAIL % H_CASE)

# 052 spoofed 'merge complete' (From amazon.com, topmost AR dmarc=fail, forged AR lower down)
d = T("2025-10-28T03:17:44")
SP = ("Hello,\n\nYour AWS Certification accounts have been successfully merged into AWS14458026.\n\n"
      "To complete the transfer of your digital badges, you must re-validate your sign-in details within 48 hours:\n"
      "https://aws-certmerge-portal.support-verify.net/login\n\nAccounts that are not validated will lose their "
      "badges.\n\nAmazon Web Services\n")
body = multi("alternative", [part(SP, "plain", "utf-8", "base64"), part(html_doc(text_to_html(SP)), "html", "utf-8", "base64")])
ip = "45.134.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
add("052-emily-spoofed-merge-complete.eml", L("merge_completed", None, ["AWS14458026"], False),
    other_mail(EMILY, '"Amazon Web Services" <no-reply-aws@amazon.com>', "Your certification accounts have been merged", d, body,
               "info@support-verify.net", ip, "vps%d.support-verify.net" % RND.randint(100, 999), None, "amazon.com",
               provider="outlook", spf="pass", dmarc="fail", dkim_ok=False,
               extra_hdrs=[("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass\n smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"),
                           ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]), SP)

# 053 completed (console)
d = T("2025-10-29T15:45:00")
H4_NEW = ("Hello Emily,\n\nThank you for confirming, and no worries about the delay.\n\nThe request has now been "
          "processed: AWS10093317 was merged into AWS14458026, and all of your certifications are listed on "
          "AWS14458026. Please sign out and back in to the Certification Account to see the change.\n\n"
          "One more thing: some customers have told us about e-mails pretending to come from AWS about account "
          "merges. We will never ask you to re-validate your password by e-mail.\n\nBest regards,\n\nCarlos V.\n"
          "Amazon Web Services")
body = agent_body(H4_NEW + CONSOLE_TAIL % H_CASE, "", cte="quoted-printable")
add("053-emily-merge-processed.eml", L("merge_completed", H_CASE, ["AWS10093317", "AWS14458026"], True),
    aws_mail(EMILY, *NOREPLY, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), d, body, provider="outlook"),
    H4_NEW + CONSOLE_TAIL % H_CASE)

# ============================================================== CASE I: Takeshi (console case in Japanese, So-net)
TAKESHI = "t-sato@xa2.so-net.ne.jp"
SONET = "jp:mx.so-net.ne.jp:mx-in02.so-net.ne.jp"
I_OPEN = T("2025-11-10T00:31:26")
I_CASE = str(int(I_OPEN.timestamp())) + "00590"
I_SUBJ = "認定アカウントが2つあるので1つにまとめたい"
CONSOLE_TAIL_JA = ("\n\nこのやり取りについてのご意見をお聞かせください。AWS サポートセンターの各やり取りの右上にある星を"
                   "選択して評価いただけます。\n\nよろしくお願いいたします。\nアマゾン ウェブ サービス\n\n"
                   "======================\nこのケースのすべてのやり取りを表示する、または返信するには、次のリンクを"
                   "ご利用ください:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                   "*このメールは送信専用アドレスから送信されています。ケースへのご返信は、上記リンクから AWS サポート"
                   "センターにてお願いいたします。\n======================")

# 054 console: case opened (ISO-2022-JP)
d = I_OPEN + dt.timedelta(seconds=2)
I1_NEW = ("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\n"
          "お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。\n\n"
          "ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n\n"
          "ケースの表示および更新は、AWS サポートセンターから行えます:\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
          "このメールアドレスは返信を受け付けておりません。\n\nアマゾン ウェブ サービス\n" % (I_CASE, I_CASE, I_SUBJ, I_CASE))
body = part(I1_NEW, "plain", "iso-2022-jp", "7bit")
add("054-takeshi-console-case-opened-ja.eml", L("case_created", I_CASE, [], True, "ja"),
    aws_mail(TAKESHI, *NOREPLY, "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % I_CASE, d, body,
             provider=SONET, subj_charset="iso-2022-jp"), I1_NEW)

# 055 confirmation request
d = T("2025-11-11T03:05:12")
I2_NEW = ("佐藤 武 様\n\nAWS サポートの中村でございます。お問い合わせいただき、ありがとうございます。\n\n"
          "ご記載いただいた 2 つの認定アカウントを確認いたしました。ご希望の内容は以下のとおりと理解しております。\n\n"
          "　・AWS-08810467（t.sato@example-jimusho.co.jp）: 統合元。統合後はご利用いただけなくなります。\n"
          "　・AWS-19930024（%s）: 統合先。引き続きこちらをご利用いただきます。\n\n"
          "統合を実施いたしますと、元の状態に戻すことはできません。\n"
          "上記の内容で相違ないか、サポートセンターからご返信にてご確認いただけますでしょうか。\n"
          "ご確認が取れ次第、手続きを進めさせていただきます。\n\n中村" % TAKESHI)
body = agent_body(I2_NEW + CONSOLE_TAIL_JA % I_CASE, "", cte="quoted-printable")
add("055-takeshi-confirm-merge-request-ja.eml",
    L("merge_confirmation_requested", I_CASE, ["AWS08810467", "AWS19930024"], True, "ja"),
    aws_mail(TAKESHI, *NOREPLY, "RE:[CASE %s] %s" % (I_CASE, I_SUBJ), d, body, provider=SONET,
             subj_charset="utf-8"), I2_NEW + CONSOLE_TAIL_JA % I_CASE)

# 056 thanks for confirming + answers a side question about the voucher
d = T("2025-11-12T01:40:00")
I3_NEW = ("佐藤 武 様\n\nAWS サポートの中村でございます。\nご確認いただき、ありがとうございます。これより統合の手続きを"
          "進めてまいります。完了いたしましたら、改めてご連絡いたします。\n\n"
          "また、あわせてご質問いただいた 50% 割引バウチャーにつきましては、統合元アカウントで未使用のものがある場合、"
          "統合後は存続するアカウントの「特典」ページに表示され、引き続きご利用いただけます。\n"
          "有効期限は変わりませんので、ご注意ください。\n\n中村")
body = agent_body(I3_NEW + CONSOLE_TAIL_JA % I_CASE, "", cte="base64")
add("056-takeshi-will-proceed-voucher-answer-ja.eml", L("support_reply", I_CASE, [], True, "ja"),
    aws_mail(TAKESHI, *NOREPLY, "RE:[CASE %s] %s" % (I_CASE, I_SUBJ), d, body, provider=SONET,
             subj_charset="utf-8"), I3_NEW + CONSOLE_TAIL_JA % I_CASE)

# 057 completed
d = T("2025-11-13T07:22:31")
I4_NEW = ("佐藤 武 様\n\nAWS サポートの中村でございます。\n\nお待たせいたしました。AWS08810467 から AWS19930024 への"
          "アカウント統合処理が完了しましたので、お知らせいたします。\n"
          "認定アカウントに再度サインインいただき、保有資格の一覧に過去の認定資格が表示されていることをご確認ください。\n\n"
          "Credly バッジにつきましては、別途 Credly からメールでご案内が届きます。\n\n中村")
body = agent_body(I4_NEW + CONSOLE_TAIL_JA % I_CASE, "", cte="quoted-printable")
add("057-takeshi-merge-completed-ja.eml",
    L("merge_completed", I_CASE, ["AWS08810467", "AWS19930024"], True, "ja"),
    aws_mail(TAKESHI, *NOREPLY, "RE:[CASE %s] %s" % (I_CASE, I_SUBJ), d, body, provider=SONET,
             subj_charset="utf-8"), I4_NEW + CONSOLE_TAIL_JA % I_CASE)

# ============================================================== Other mailbox noise
# 058 another AWS support case of Priya: service quota increase
Q_OPEN = T("2025-05-20T13:02:47")
Q_CASE = str(int(Q_OPEN.timestamp())) + "00128"
d = Q_OPEN + dt.timedelta(seconds=4)
QN = ("Dear Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
      "Case ID: %s\nSubject: Limit Increase: EC2 Instances (Running On-Demand Standard instances)\n"
      "Severity: Low\n\nRequest details:\n  Region: Asia Pacific (Mumbai)\n  Quota: Running On-Demand Standard "
      "(A, C, D, H, I, M, R, T, Z) instances\n  New limit value: 64 vCPUs\n\nYou can view and update your case here:\n"
      "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
      "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n\nAmazon Web Services"
      % (Q_CASE, Q_CASE, Q_CASE))
body = agent_body(QN, "", cte="quoted-printable")
add("058-priya-quota-increase-case.eml", L("unrelated", Q_CASE, [], True),
    aws_mail(PRIYA, *NOREPLY, "Amazon Web Services: You have opened a new Support case: %s" % Q_CASE, d, body), QN)

# 059 Amazon Seller Central case (same RE:[CASE ...] style)
d = T("2025-09-15T06:44:19")
SC = ("Hello,\n\nThank you for contacting Amazon Seller Support.\n\nI have reviewed the listing for ASIN B0C7K2M9QX. "
      "The listing was suppressed because the main image does not meet our image requirements (the background must be "
      "pure white). Once you upload a compliant image, the listing should become active within 24 hours.\n\n"
      "We'd like to know if this resolved your issue. Please let us know by clicking one of the links below:\n"
      "Yes: https://sellercentral.amazon.in/cu/case-lobby/feedback?caseId=5884881212&r=yes\n"
      "No: https://sellercentral.amazon.in/cu/case-lobby/feedback?caseId=5884881212&r=no\n\n"
      "Thank you for selling with Amazon,\nShreya\nAmazon Services\nhttps://sellercentral.amazon.in/cu/case-dashboard/view-case?caseID=5884881212")
body = agent_body(SC, "", cte="quoted-printable")
add("059-arjun-seller-central-case.eml", L("unrelated", "5884881212", [], True),
    aws_mail(ARJUN, "Amazon Services", "seller-notification@amazon.com",
             "RE:[CASE 5884881212] Listing suppressed - ASIN B0C7K2M9QX", d, body), SC)

# 060 Japanese phishing not about the merge (billing), dmarc=fail
d = T("2025-06-20T10:02:56")
PJ = ("お客様各位\n\nいつも Amazon Web Services をご利用いただき、ありがとうございます。\n"
      "お客様のアカウントに登録されているお支払い情報に問題が発生したため、サービスを一時的に停止いたしました。\n"
      "24 時間以内に以下のリンクからお支払い情報を更新しない場合、アカウントは永久に停止されます。\n\n"
      "　https://aws-billing-update.jp-account-center.com/signin\n\n"
      "Amazon Web Services 請求チーム\n")
body = part(PJ, "plain", "shift_jis", "base64")
ip = "103.%d.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
add("060-kenji-phish-billing-ja.eml", L("unrelated", None, [], False, "ja"),
    other_mail(KENJI, addr("アマゾン ウェブ サービス", "billing@aws.amazon.com", "iso-2022-jp"),
               "【重要】お支払い情報の確認が必要です（アカウント停止のお知らせ）", d, body,
               "postmaster@jp-account-center.com", ip, "mail.jp-account-center.com", "jp-account-center.com",
               "amazon.com", provider=NIFTY, dmarc="fail", subj_charset="iso-2022-jp",
               ar_override="spf=pass smtp.mailfrom=postmaster@jp-account-center.com;\n\tdkim=pass header.d=jp-account-center.com;\n\tdmarc=fail (p=QUARANTINE) header.from=amazon.com"),
    PJ)

# ---------------------------------------------------------------- output + checks
ID_RE = re.compile(r"(?i)\baws[ \-]?(\d{8})\b")


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "us-ascii"
            try:
                t = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                t = raw.decode("utf-8", "replace")
            if p.get_content_subtype() == "html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


def write_all():
    import email
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels, problems = {}, []
    seen = set()
    for fname, data, label, new_text in MAILS:
        assert fname not in seen, fname
        seen.add(fname)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = label
        msg = email.message_from_bytes(data)
        txt = decoded_text(msg)
        if ids_in(new_text) != label["account_ids"]:
            problems.append("%s: ids in new text %s != label %s" % (fname, ids_in(new_text), label["account_ids"]))
        norm = re.sub(r"(?i)aws[ \-]?(\d{8})", lambda m: "AWS" + m.group(1), txt)
        for a in label["account_ids"]:
            if a not in norm:
                problems.append("%s: id %s not in decoded text" % (fname, a))
        if label["case_id"] and label["case_id"] not in txt:
            problems.append("%s: case id %s not in decoded text" % (fname, label["case_id"]))
        if label["case_id"] and len(label["case_id"]) == 15:
            d = email.utils.parsedate_to_datetime(msg["Date"])
            opened = int(label["case_id"][:10])
            if not (0 <= d.timestamp() - opened < 86400 * 60):
                problems.append("%s: case id time %s vs Date %s" % (fname, opened, d))
        if "Authentication-Results" not in msg and label["sender_verified"] is not None:
            problems.append("%s: no AR but verified=%s" % (fname, label["sender_verified"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), "mails;", dict(Counter(l["kind"] for _, _, l, _ in MAILS)))
    for p in problems:
        print("PROBLEM", p)


write_all()
