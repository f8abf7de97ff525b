#!/usr/bin/env python3
"""Generate blind set 151: mails from the middle of an AWS Certification
account-merge case (confirmation requests, consent handling, chasers,
partial completions) plus look-alikes.  Writes NNN-*.eml and labels.json."""
import base64
import calendar
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import quopri
import random
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(151)
LABELS = {}
COUNTER = [0]

FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_ADDR = "no-reply-aws@amazon.com"


# ---------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, s=0):
    """UTC unix time."""
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))


def rfcdate(unix, off_min=0, tzname=None):
    tz = _dt.timezone(_dt.timedelta(minutes=off_min))
    d = _dt.datetime.fromtimestamp(unix, tz)
    sign = "+" if off_min >= 0 else "-"
    o = abs(off_min)
    s = d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, o // 60, o % 60)
    if tzname:
        s += " (%s)" % tzname
    return s


def local(unix, off_min):
    return _dt.datetime.fromtimestamp(unix, _dt.timezone(_dt.timedelta(minutes=off_min)))


# ------------------------------------------------------------- random helpers
def b64rand(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexrand(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fold_b(value, width=70, indent="\t "):
    """Fold a long base64 string for DKIM b= / ARC values."""
    out, line = [], ""
    for ch in value:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return ("\n" + indent).join(out)


def ses_msgid(unix):
    ms = unix * 1000 + rng.randint(0, 999)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=rng.getrandbits(128)))


def ses_bounce(unix):
    ms = unix * 1000 + rng.randint(0, 999)
    return "0100%012x-%s-000000@amazonses.com" % (ms, uuid.UUID(int=rng.getrandbits(128)))


SES_IPS = ["54.240.8.29", "54.240.8.30", "54.240.8.31", "54.240.8.47", "54.240.11.112",
           "54.240.9.96", "54.240.48.92", "23.251.234.7"]


def ses_host(ip):
    parts = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (parts[2], parts[3])


def dkim_amazon(unix, domain="amazon.com", extra_ses=True):
    lines = [
        "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
        "\ts=%s; d=%s; t=%d;\n"
        "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
        "\tbh=%s;\n"
        "\tb=%s" % ("rjt5ai7dfq3oqvnmwmxq7gnj7ne2a4mc" if domain == "amazon.com" else hexrand(32),
                     domain, unix, b64rand(32), fold_b(b64rand(256)))]
    if extra_ses:
        lines.append(
            "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug; d=amazonses.com; t=%d;\n"
            "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n"
            "\tbh=%s;\n"
            "\tb=%s" % (unix, b64rand(32), fold_b(b64rand(128))))
    return lines


def dkim_generic(unix, domain, selector, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n"
            "\th=%s;\n\ts=%s; t=%d; bh=%s;\n\tb=%s"
            % (domain, hdrs, selector, unix, b64rand(32), fold_b(b64rand(256))))


# ------------------------------------------------------- receiving providers
def trace_gmail(to, unix, ip, helo, mailfrom, ar_body, dkim_lines, spf="pass",
                pdt=True, arc=True):
    """Gmail-style trace block: newest first. ar_body: text after 'mx.google.com;'."""
    off = -420 if pdt else -480
    tzn = "PDT" if pdt else "PST"
    rdate = rfcdate(unix + rng.randint(1, 4), off, tzn)
    spfword = {"pass": "designates", "fail": "does not designate",
               "softfail": "does not designate", "neutral": "neither permitted nor denied by best guess record for"}[spf]
    if spf == "pass":
        spf_text = "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip)
    else:
        spf_text = "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (spf, mailfrom, spfword, ip, ip)
    h = []
    h.append("Delivered-To: %s" % to)
    h.append("Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %scsp%d%s;\n        %s"
             % (rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), hexrand(3), rng.randint(100000, 999999),
                rng.choice(["pxb", "lqh", "nkc", "vqa"]), rdate))
    h.append("X-Google-Smtp-Source: AGHT+I%s" % b64rand(60)[:88])
    h.append("X-Received: by 2002:a05:620a:%x:b0:7c5:%x:%x with SMTP id af79cd13be357-%d%s.%d.%d;\n        %s"
             % (rng.randint(0x1000, 0x4fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                rng.randint(1000000000, 9999999999), hexrand(2), rng.randint(1000, 99999), rng.randint(1700000000000, 1760000000000) % 10**13, rdate))
    if arc:
        h.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                 % (unix, fold_b(b64rand(220), 68, "        ")))
        h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                 "        h=feedback-id:date:message-id:mime-version:subject:to:from\n"
                 "         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
                 % (b64rand(32), b64rand(32), fold_b(b64rand(220), 68, "        ")))
        h.append("ARC-Authentication-Results: i=1; mx.google.com;\n" + ar_body)
    h.append("Return-Path: <%s>" % mailfrom)
    gid = "%s-%s%dsi%d%s.%d.%s" % (rng.choice(["d75a77b69052e", "6a1803df08f44", "af79cd13be357", "41be03b00d2f7"]),
                                    hexrand(3), rng.randint(1000000, 9999999), rng.randint(100000, 999999),
                                    rng.choice(["qf", "cf", "ad", "wr"]), rng.randint(1, 999),
                                    local(unix + 1, off).strftime("%Y.%m.%d.%H.%M.%S"))
    h.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
             "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
             % (helo, helo, ip, gid, to, rfcdate(unix + 1, off, tzn)))
    h.append("Received-SPF: " + spf_text)
    h.append("Authentication-Results: mx.google.com;\n" + ar_body)
    h.extend(dkim_lines)
    return h


def ar_gmail_amazon(mailfrom, ip, sel="rjt5ai7d", dmarc=True):
    s = ("       dkim=pass header.i=@amazon.com header.s=rjt5ai7dfq3oqvnmwmxq7gnj7ne2a4mc header.b=%s;\n"
         "       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=%s;\n"
         "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
         % (b64rand(6)[:8], b64rand(6)[:8], mailfrom, ip, mailfrom))
    if dmarc:
        s += ";\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"
    return s


def trace_outlook(to, unix, ip, helo, mailfrom, ar_value, dkim_lines, tenant_prefix="SN7PR19MB", spf="Pass"):
    """Outlook.com / Microsoft 365: AR has no authserv-id."""
    a = "%s%d" % (tenant_prefix, rng.randint(1000, 9999))
    b = "%s%d" % (tenant_prefix.replace("SN7", "PH0"), rng.randint(1000, 9999))
    fe = "BN%dPEPF0000%04X" % (rng.randint(1, 3), rng.randint(0, 0xffff))
    d0 = rfcdate(unix + 2, 0)
    h = []
    h.append("Received: from %s.namprd19.prod.outlook.com (2603:10b6:806:%x::%x) by\n %s.namprd19.prod.outlook.com with HTTPS; %s"
             % (a, rng.randint(0x100, 0xfff), rng.randint(1, 0xff), b, d0))
    h.append("Received: from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%x::%x)\n by %s.namprd19.prod.outlook.com (2603:10b6:806:%x::%x) with\n"
             " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s"
             % (rng.randint(0, 9999), rng.randint(0x10, 0xff), rng.randint(1, 0xff), a, rng.randint(0x100, 0xfff),
                rng.randint(1, 0xff), rng.randint(10, 40), d0))
    h.append("Received: from %s.namprd03.prod.outlook.com\n (2603:10b6:408:%x:cafe::%x) by BN9PR03CA%04d.outlook.office365.com\n"
             " (2603:10b6:408:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; %s"
             % (fe, rng.randint(0x10, 0xff), rng.randint(1, 0xff), rng.randint(0, 9999), rng.randint(0x10, 0xff),
                rng.randint(1, 0xff), rng.randint(10, 40), rfcdate(unix + 1, 0)))
    h.append("Authentication-Results: " + ar_value)
    if spf == "Pass":
        h.append("Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                 % (mailfrom.split("@")[-1], ip, ip, helo))
    else:
        h.append("Received-SPF: %s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;"
                 % (spf, mailfrom.split("@")[-1], ip, ip, helo))
    h.append("Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n"
             " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend\n Transport; %s"
             % (helo, ip, fe, rng.randint(2, 250), rng.randint(10, 40), rfcdate(unix + 1, 0)))
    h.extend(dkim_lines)
    return h


def ar_outlook_amazon(ip, mailfrom_dom="amazonses.com", dmarc="pass"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=%s action=none\n"
            " header.from=amazon.com;compauth=pass reason=100" % (ip, mailfrom_dom, dmarc))


def trace_nifty(to, unix, ip, helo, mailfrom, ar_value, dkim_lines):
    d = rfcdate(unix + 2, 540)
    h = []
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Received: from mta-snd-w%02d.mail.nifty.com by mta-rcv-w%02d.mail.nifty.com with ESMTP\n"
             "          id <%s.%s@mta-rcv-w%02d.mail.nifty.com>\n          for <%s>; %s"
             % (rng.randint(1, 12), rng.randint(1, 12), rng.randint(20250000000000, 20259999999999), hexrand(6),
                rng.randint(1, 12), to, d))
    h.append("Authentication-Results: mx.nifty.com;\n\t" + ar_value)
    h.append("Received: from %s ([%s])\n\tby mx.nifty.com with ESMTPS id %s\n\tfor <%s>; %s"
             % (helo, ip, hexrand(12).upper(), to, d))
    h.append("X-Nifty-SrcIP: [%s]" % ip)
    h.extend(dkim_lines)
    return h


def trace_fastmail(to, unix, ip, helo, mailfrom, ar_body, dkim_lines):
    d = rfcdate(unix + 2, 0)
    h = []
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n"
             "\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s-fm-2025%s) with LMTPA;\n\t %s"
             % (3, 3, rng.randint(40, 60), rng.randint(10, 60), hexrand(8), rng.randint(1000, 9999), d.replace(" +0000", " -0400")))
    h.append("X-Cyrus-Session-Id: sloti%d-%d-%d-2-%d" % (rng.randint(10, 60), unix, rng.randint(100000, 999999), rng.randint(10**17, 10**18)))
    h.append("X-Sieve: CMU Sieve 3.0")
    h.append("X-Resolved-to: %s" % to)
    h.append("X-Delivered-to: %s" % to)
    h.append("X-Mail-from: %s" % mailfrom)
    h.append("Received: from mx6 ([10.202.2.205])\n  by compute3.internal (LMTPProxy); %s" % d.replace(" +0000", " -0400"))
    h.append("Authentication-Results: mx6.messagingengine.com;\n" + ar_body)
    h.append("Received-SPF: pass\n    (" + mailfrom.split("@")[-1] + ": %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:%s/19' matched))\n"
             "    receiver=mx6.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"%s\";\n    helo=%s;\n    client-ip=%s"
             % (ip, mailfrom, ".".join(ip.split(".")[:3]) + ".0", mailfrom, helo, ip))
    h.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s"
             % (helo, helo, ip, to, d.replace(" +0000", " -0400")))
    h.extend(dkim_lines)
    return h


def ar_fastmail(domain, ip, mailfrom, helo, dmarc="pass", policy_="quarantine", dkim_ok=True):
    dk = "pass" if dkim_ok else "fail"
    return ("    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s\n"
            "      header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
            "    dmarc=%s policy.published-domain-policy=%s\n"
            "      policy.applied-disposition=none policy.evaluated-disposition=none\n"
            "      (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n"
            "    iprev=pass smtp.remote-ip=%s (%s);\n"
            "    spf=pass smtp.mailfrom=%s smtp.helo=%s"
            % (dk, domain, domain, b64rand(6)[:8], hexrand(10), dmarc, policy_, policy_, domain, ip, helo, mailfrom, helo))


def trace_noar(to, unix, ip, helo, mailfrom, dkim_lines, host="mail.okaforconsult.com", off=60):
    d = rfcdate(unix + 3, off)
    h = []
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Delivered-To: %s" % to)
    h.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (host, hexrand(10).upper(), to, d))
    h.append("X-Virus-Scanned: Debian amavisd-new at %s" % host)
    h.append("X-Spam-Flag: NO")
    h.append("X-Spam-Score: -0.098")
    h.append("X-Spam-Level: ")
    h.append("X-Spam-Status: No, score=-0.098 required=6.31 tests=[DKIM_SIGNED=0.1,\n\tDKIM_VALID=-0.1, HTML_MESSAGE=0.001, RCVD_IN_DNSWL_NONE=-0.0001,\n\tSPF_HELO_PASS=-0.001, SPF_PASS=-0.001] autolearn=ham autolearn_force=no")
    h.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
             "\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (helo, helo, ip, host, hexrand(10).upper(), to, d))
    h.extend(dkim_lines)
    return h


# ------------------------------------------------------------ MIME helpers
CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8", "us-ascii": "ascii",
          "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None,
         quote_charset=True, extra=None):
    """A leaf text part. label = charset name written in the header (may be wrong on purpose)."""
    codec = codec or CODECS.get(charset.lower(), charset)
    data = text.replace("\n", "\r\n").encode(codec) if cte == "base64" else text.encode(codec)
    label = label or charset
    m = Message()
    cs = ('"%s"' % label) if quote_charset else label
    m["Content-Type"] = "text/%s; charset=%s" % (subtype, cs)
    m["Content-Transfer-Encoding"] = cte
    if extra:
        for k, v in extra:
            m[k] = v
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def boundary():
    return rng.choice(["0000000000", "----=_Part_", "_000_", "--==_mimepart_", "===============", "b1_"]) + hexrand(24)


def multi(subtype, *parts, bnd=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, bnd or boundary())
    m.set_payload(list(parts))
    return m


def to_html(text, wrap="plain", lang="en"):
    """Turn plain text (with '>' quote lines) into simple HTML."""
    out, quote_depth = [], 0
    for line in text.split("\n"):
        depth = 0
        s = line
        while s.startswith(">"):
            depth += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " else s[1:]
        while quote_depth < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            out.append("</blockquote>")
            quote_depth -= 1
        esc = _html.escape(s)
        if esc.startswith("http"):
            esc = '<a href="%s">%s</a>' % (esc, esc)
        out.append(esc + "<br>")
    out.extend("</blockquote>" for _ in range(quote_depth))
    inner = "\n".join(out)
    if wrap == "aws":
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<title>Amazon Web Services</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr>\n'
                '<tr><td style="padding:16px">\n%s\n</td></tr></table>\n</body></html>\n' % (lang, inner))
    if wrap == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return "<html><body>\n%s\n</body></html>\n" % inner


def alt(text, charset="utf-8", cte="quoted-printable", wrap="aws", lang="en", html=None,
        html_cte=None, label=None):
    h = html if html is not None else to_html(text, wrap, lang)
    return multi("alternative",
                 part(text, "plain", charset, cte, label=label),
                 part(h, "html", charset, html_cte or cte, label=label))


# ------------------------------------------------------------ header helpers
def enc(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject", maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset).encode(), a)


def emit(desc, trace, head, body, label):
    """trace: list of raw header strings (newest first); head: list of (name, value) raw."""
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], desc)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32).flatten(body)
    lines = list(trace) + ["%s: %s" % (k, v) for k, v in head]
    raw = ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()
    raw = raw.replace(b"\r\n", b"\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    lab = {"kind": label["kind"], "case_id": label.get("case_id"),
           "account_ids": sorted(set(label.get("account_ids", []))),
           "sender_verified": label.get("sender_verified"), "language": label.get("language", "en")}
    LABELS[fname] = lab
    return fname


# ---------------------------------------------------------- AWS senders
def aws_mail(desc, *, to, unix, subject, body, label, provider="gmail", frm=None, from_name="Amazon Web Services",
             subj_charset="utf-8", extra_head=None, pdt=True, reply_to=None, to_name=None):
    """A genuine AWS (amazon.com via SES) mail delivered to `provider`."""
    frm = frm or FORM_ADDR
    ip = rng.choice(SES_IPS)
    helo = ses_host(ip)
    mailfrom = ses_bounce(unix)
    dk = dkim_amazon(unix)
    if provider == "gmail":
        tr = trace_gmail(to, unix, ip, helo, mailfrom, ar_gmail_amazon(mailfrom, ip), dk, pdt=pdt)
    elif provider == "outlook":
        tr = trace_outlook(to, unix, ip, helo, mailfrom, ar_outlook_amazon(ip), dk)
    elif provider == "o365":
        tr = trace_outlook(to, unix, ip, helo, mailfrom, ar_outlook_amazon(ip), dk, tenant_prefix="DM6PR08MB")
    elif provider == "nifty":
        ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.i=@amazon.com;\n"
              "\tdkim=pass header.d=amazonses.com header.i=@amazonses.com;\n\tdmarc=pass header.from=amazon.com" % mailfrom)
        tr = trace_nifty(to, unix, ip, helo, mailfrom, ar, dk)
    elif provider == "fastmail":
        tr = trace_fastmail(to, unix, ip, helo, mailfrom, ar_fastmail("amazon.com", ip, mailfrom, helo), dk)
    elif provider == "noar":
        tr = trace_noar(to, unix, ip, helo, mailfrom, dk)
    else:
        raise ValueError(provider)
    head = [("From", addr(from_name, frm, subj_charset)), ]
    if reply_to:
        head.append(("Reply-To", reply_to))
    head += [("To", addr(to_name, to, subj_charset) if to_name else to),
             ("Subject", enc(subject, subj_charset)),
             ("MIME-Version", "1.0"),
             ("Date", rfcdate(unix, 0)),
             ("Message-ID", ses_msgid(unix))]
    if extra_head:
        head += extra_head
    head += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64rand(33)[:44]),
             ("X-SES-Outgoing", "%s-%s" % (local(unix, 0).strftime("%Y.%m.%d"), ip))]
    ver = {"gmail": True, "outlook": True, "o365": True, "nifty": True, "fastmail": True, "noar": None}[provider]
    label = dict(label)
    label.setdefault("sender_verified", ver)
    return emit(desc, tr, head, body, label)


FORM_FOOTER = """
To contact us again about this case, please reply to this email. Please do not remove the case ID from the subject line.

Was this response helpful? Please rate it: https://support.aws.amazon.com/rate?displayId={cid}&corresId={corr}

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all the details of this case, reply, or rate the correspondence, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

CONSOLE_FOOTER_JA = """
お客様のご意見をお聞かせください。AWS サポートセンターで本ケースの各回答を評価いただけます。回答の右上にある星マークを選択してください。

======================================================
ケースの詳細の確認、返信、評価は以下のリンクから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。本ケースについて再度お問い合わせいただく場合は、上記リンクをご利用ください。

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


def ffoot(cid):
    return FORM_FOOTER.replace("{cid}", cid).replace("{corr}", hexrand(8) + "-" + hexrand(4))


def cfoot(cid, lang="en"):
    return (CONSOLE_FOOTER if lang == "en" else CONSOLE_FOOTER_JA).replace("{cid}", cid).replace("{lang}", lang)


def form_subject(cid, prefix="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (prefix, cid)



def deliver(provider, to, unix, ip, helo, mailfrom, ar, dkim_lines, **kw):
    """Generic trace for non-SES senders. ar = provider-specific AR body text."""
    if provider == "gmail":
        return trace_gmail(to, unix, ip, helo, mailfrom, ar, dkim_lines, **kw)
    if provider in ("outlook", "o365"):
        return trace_outlook(to, unix, ip, helo, mailfrom, ar, dkim_lines,
                             tenant_prefix="DM6PR08MB" if provider == "o365" else "SN7PR19MB")
    if provider == "nifty":
        return trace_nifty(to, unix, ip, helo, mailfrom, ar, dkim_lines)
    if provider == "fastmail":
        return trace_fastmail(to, unix, ip, helo, mailfrom, ar, dkim_lines)
    if provider == "noar":
        return trace_noar(to, unix, ip, helo, mailfrom, dkim_lines, **kw)
    raise ValueError(provider)


def other_mail(desc, *, provider, to, unix, ip, helo, mailfrom, ar, dkim_lines, head, body, label, **kw):
    return emit(desc, deliver(provider, to, unix, ip, helo, mailfrom, ar, dkim_lines, **kw), head, body, label)


def credly_trace(provider, to, unix, older=False):
    dom = "youracclaim.com" if older else "credly.com"
    ip = "149.72.%d.%d" % (rng.randint(100, 250), rng.randint(2, 250))
    helo = "o%d.ptr%d.em.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom)
    mailfrom = "bounces+%d-%s-%s@em.%s" % (rng.randint(1000000, 9999999), hexrand(4), to.replace("@", "="), dom)
    dk = [dkim_generic(unix, dom, "s1", "mime-version:from:subject:content-type:to:cc:content-type:from:subject:to"),
          dkim_generic(unix, "sendgrid.info", "smtpapi", "mime-version:from:subject:content-type:to:cc:content-type:from:subject:to")]
    if provider == "gmail":
        ar = ("       dkim=pass header.i=@%s header.s=s1 header.b=%s;\n"
              "       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n"
              "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (dom, b64rand(6)[:8], b64rand(6)[:8], mailfrom, ip, mailfrom, dom))
    elif provider in ("outlook", "o365"):
        ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em.%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, dom, dom, dom))
    elif provider == "fastmail":
        ar = ar_fastmail(dom, ip, mailfrom, helo, policy_="none")
    else:
        ar = "spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s;\n\tdmarc=pass header.from=%s" % (mailfrom, dom, dom)
    return deliver(provider, to, unix, ip, helo, mailfrom, ar, dk)


def credly_badge_html(first, issuer, badge, img, accept, older=False):
    brand = "Acclaim" if older else "Credly"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{_html.escape(issuer)} sent you a badge</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f5f5f5;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:24px 32px;"><img src="https://images.{'youracclaim' if older else 'credly'}.com/email/{brand.lower()}-logo.png" alt="{brand}" width="96" /></td></tr>
<tr><td align="center" style="padding:8px 32px;"><img src="{img}" alt="{_html.escape(badge)}" width="160" height="160" /></td></tr>
<tr><td style="padding:8px 32px;font-size:22px;color:#1a1a1a;">Congratulations, {_html.escape(first)}!</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#333;">{_html.escape(issuer)} has issued you a new badge: <strong>{_html.escape(badge)}</strong>. Accept your badge to add it to your profile and share it on LinkedIn, Twitter and more.</td></tr>
<tr><td align="center" style="padding:20px 32px;"><a href="{accept}" style="background:#ff6b00;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;font-weight:bold;display:inline-block;">Accept your badge</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777;">This email was sent to you by {brand} on behalf of {_html.escape(issuer)}. {brand}, 13809 Research Blvd, Suite 500, Austin, TX 78750. <a href="https://www.credly.com/notification_preferences">Notification preferences</a> | <a href="https://www.credly.com/privacy">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""


# ======================================================================
# MAILS
# ======================================================================

# ---------------------------------------------------------------- Persona A
# Priya Raman, Gmail, form-desk case opened 2025-05-27 14:03:12 UTC
A_TO = "priya.raman.dev@gmail.com"
A_T0 = T(2025, 5, 27, 14, 3, 12)
A_CID = "%d00731" % A_T0            # 15 digits, starts with Unix open time
A_KEEP, A_OLD = "AWS01876543", "AWS02345671"

A_FORM = """First name: Priya
Last name: Raman
Email: priya.raman.dev@gmail.com
AWS Candidate ID: AWS01876543
Inquiry type: Certification
Inquiry detail: Account Merge
Description: Hello, I have two certification accounts. The old one (AWS02345671) was created with my previous employer's email, which I no longer have access to. I want to keep AWS01876543 and move everything from the old one into it. Thank you."""

txt = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that we have received your inquiry and a support case has been created for you.

Case ID: {A_CID}
Inquiry type: Certification
Inquiry detail: Account Merge

A member of our team will review your request and respond, in most cases within 24 hours. If you need to add information, simply reply to this email and keep the case ID in the subject line. Please do not submit a new form for the same request, as duplicate cases can delay our response.

Best regards,
AWS Training and Certification Customer Support
""" + ffoot(A_CID)
aws_mail("form-ack-case-opened", to=A_TO, unix=A_T0 + 7,
         subject=form_subject(A_CID, prefix=""), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="case_created", case_id=A_CID, account_ids=[]))

txt = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like to combine your two certification accounts, {A_KEEP} and {A_OLD}, into a single profile. I will be glad to help you with this.

To locate both profiles and verify that they belong to you, could you please reply with the following details:

1. The email address you use to sign in to each account ({A_KEEP} and {A_OLD})
2. The notification email address shown on each profile, if it is different from the sign-in email

Once I have this information I will review both records and get back to you with the next steps.

Best regards,
Nikhil S.
Amazon Web Services
Training and Certification Customer Support

-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 5/27/2025 2:03 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

{A_FORM}
""" + ffoot(A_CID)
aws_mail("agent-asks-login-emails-of-both-accounts", to=A_TO, unix=T(2025, 5, 28, 9, 41, 22),
         subject=form_subject(A_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=A_CID, account_ids=[A_KEEP, A_OLD]))

A_CONF = f"""Hello Priya,

Thank you for sending the sign-in details. I was able to find both profiles:

- {A_KEEP} - sign-in email priya.raman.dev@gmail.com (3 active certifications)
- {A_OLD} - sign-in email priya.r@infosolve-tech.com (1 expired certification)

As requested, we would merge {A_OLD} into {A_KEEP}. After the merge, {A_KEEP} will be your only account: the exam history, certifications and benefits from {A_OLD} will be moved to it, and {A_OLD} will be deactivated. You will no longer be able to sign in with priya.r@infosolve-tech.com.

Please be aware that a merge cannot be reversed once it has been processed.

Could you please reply to this email to confirm that the above is correct, so that I can submit the merge?

Kind regards,
Fiona
Amazon Web Services"""

txt = A_CONF + f"""

-----Original Message-----
From: Priya Raman <priya.raman.dev@gmail.com>
Sent: 5/28/2025 4:26 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {A_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hi Nikhil,

Sure. {A_KEEP}: priya.raman.dev@gmail.com (same for notifications)
{A_OLD}: priya.r@infosolve-tech.com (notifications went to the same address)

Regards,
Priya
""" + ffoot(A_CID)
aws_mail("agent-asks-to-confirm-merge-old-into-new", to=A_TO, unix=T(2025, 5, 29, 6, 12, 40),
         subject=form_subject(A_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=A_CID, account_ids=[A_KEEP, A_OLD]))

quoted = "\n".join(("> " + l) if l else ">" for l in A_CONF.split("\n"))
txt = f"""Hi Priya,

Thank you for confirming. I have now passed your request to our Certification Operations team, who will move everything from the old profile into {A_KEEP}.

Once the merge is complete we will let you know on this case. Processing normally takes one to three business days. There is nothing you need to do in the meantime - please just avoid signing in to the old profile while the request is being processed.

Kind regards,
Fiona
Amazon Web Services

-----Original Message-----
From: Priya Raman <priya.raman.dev@gmail.com>
Sent: 5/29/2025 7:51 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {A_CID}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Thanks,
Priya

On Thu, 29 May 2025 at 11:42, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{quoted}
""" + ffoot(A_CID)
aws_mail("thanks-for-confirming-will-proceed", to=A_TO, unix=T(2025, 5, 29, 17, 30, 5),
         subject=form_subject(A_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=A_CID, account_ids=[A_KEEP]))

txt = f"""Hello Priya,

Good news: the merge has been completed. The certification record from {A_OLD} now appears under {A_KEEP}, including your exam history for AWS Certified Cloud Practitioner. The profile {A_OLD} has been deactivated.

Please sign in at https://www.aws.training/Certification with priya.raman.dev@gmail.com and check that everything looks right - certifications, exam history and your benefits. Your digital badges will be re-issued to the Credly account linked to {A_KEEP}; Credly will email you separately, which can take up to 48 hours.

If anything is missing, simply reply to this email within 7 days and we will look into it.

Kind regards,
Arjun
Amazon Web Services
""" + ffoot(A_CID)
aws_mail("merge-done-badges-to-follow", to=A_TO, unix=T(2025, 5, 30, 11, 2, 51),
         subject=form_subject(A_CID), body=alt(txt, cte="base64"),
         label=dict(kind="merge_completed", case_id=A_CID, account_ids=[A_KEEP, A_OLD]))

surl = "https://support.aws.amazon.com/survey?displayId=%s&t=%s" % (A_CID, hexrand(20))
html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Your case has been resolved</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px">
<p>Hello,</p>
<p>We have marked your case <b>{A_CID}</b> as resolved. If you still need help with this request, reply to this email within the next 14 days and your case will be reopened automatically.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<p><a href="{surl}&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="{surl}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the service provided by Arjun?</p>
<p><a href="{surl}&amp;rating=5">Excellent</a> | <a href="{surl}&amp;rating=4">Good</a> | <a href="{surl}&amp;rating=3">Fair</a> | <a href="{surl}&amp;rating=2">Poor</a> | <a href="{surl}&amp;rating=1">Very poor</a></p>
<p>Your feedback helps us improve AWS Training and Certification support.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
aws_mail("case-resolved-was-your-issue-resolved", to=A_TO, unix=T(2025, 5, 30, 11, 3, 34),
         subject="[CASE %s] Your case has been resolved - tell us how we did" % A_CID,
         body=part(html, "html", "utf-8", "quoted-printable"),
         label=dict(kind="survey", case_id=A_CID, account_ids=[]))

u = T(2025, 5, 31, 2, 15, 9)
acc = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s?accept=1" % (hexrand(8), hexrand(4), hexrand(4), hexrand(4), hexrand(12))
html = credly_badge_html("Priya", "Amazon Web Services Training and Certification",
                         "AWS Certified Solutions Architect - Associate",
                         "https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png", acc)
plain = f"""Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge: {acc}

Accept your badge to add it to your Credly profile and share it with your network.

This email was sent to you by Credly on behalf of Amazon Web Services Training and Certification.
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
head = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
        ("To", A_TO),
        ("Subject", "Priya, you've been issued a new badge by Amazon Web Services Training and Certification"),
        ("Date", rfcdate(u, 0)),
        ("Message-ID", "<%s_%s@credly.com>" % (hexrand(24), rng.randint(10**8, 10**9))),
        ("MIME-Version", "1.0"),
        ("X-SG-EID", b64rand(60)[:80])]
emit("credly-badge-issued-after-merge", credly_trace("gmail", A_TO, u), head,
     multi("alternative", part(plain, "plain", "utf-8", "quoted-printable"), part(html, "html", "utf-8", "quoted-printable")),
     dict(kind="credly_badge_issued", case_id=None, account_ids=[], sender_verified=True))

# ---------------------------------------------------------------- Persona B
# Kenta Tanaka, nifty.com, console case in Japanese opened 2025-03-10 01:22:05 UTC
B_TO = "k-tanaka@nifty.com"
B_T0 = T(2025, 3, 10, 1, 22, 5)
B_CID = "%d00218" % B_T0
B_KEEP, B_OLD = "AWS03141592", "AWS02718281"
B_SUBJ = "認定アカウントの統合について"

txt = f"""田中 健太 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お問い合わせに対応するため、ケース {B_CID} をオープンいたしました。

ケース ID: {B_CID}
件名: {B_SUBJ}
重要度: 一般的なガイダンス
サービス: 認定 (Certification)
カテゴリ: アカウントの統合

担当者が内容を確認のうえ、順次ご連絡いたします。同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

ケースの詳細は以下のリンクからご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、上記リンクをご利用ください。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("ja-console-case-opened", to=B_TO, unix=B_T0 + 5, provider="nifty", frm=CONSOLE_ADDR,
         subject=f"Amazon Web Services: 新しいサポートケースがオープンされました: {B_CID}",
         subj_charset="iso-2022-jp", body=part(txt, "plain", "iso-2022-jp", "7bit"),
         label=dict(kind="case_created", case_id=B_CID, account_ids=[], language="ja"))

txt = f"""田中 健太 様

AWS サポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた候補者 ID をもとに確認いたしましたところ、お客様名義で以下の 2 つの認定アカウントが登録されていることを確認いたしました。

・{B_KEEP}(登録メールアドレス: k-tanaka@nifty.com)
・{B_OLD}(登録メールアドレス: kenta.tanaka@mitsuboshi-sys.co.jp)

統合後に存続させるアカウント、すなわち今後もログインにご利用になるアカウントはどちらをご希望でしょうか。
存続させない側のアカウントは統合後にご利用いただけなくなりますので、あわせてご留意くださいませ。

お手数をおかけいたしますが、サポートセンターの本ケースよりご返信くださいますようお願い申し上げます。

何卒よろしくお願いいたします。

山本
Amazon Web Services
""" + cfoot(B_CID, "ja")
aws_mail("ja-agent-asks-which-account-to-keep", to=B_TO, unix=T(2025, 3, 11, 2, 10, 44), provider="nifty", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {B_CID}] {B_SUBJ}", body=alt(txt, cte="base64", lang="ja"),
         label=dict(kind="support_reply", case_id=B_CID, account_ids=[B_KEEP, B_OLD], language="ja"))

B_CONF = f"""田中 健太 様

AWS サポートの山本でございます。
ご返信いただき、ありがとうございます。

ご希望を踏まえ、以下の内容でアカウントの統合を実施させていただく予定です。

① 統合元(統合後に無効化されるアカウント): {B_OLD}
② 統合先(存続するアカウント): {B_KEEP}

①のアカウントに登録されている認定資格、受験履歴、特典は、すべて②のアカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがないか、本ケースにてご承諾の旨をご返信いただけますでしょうか。
ご承諾を確認でき次第、統合の手続きを進めさせていただきます。

何卒よろしくお願いいたします。

山本
Amazon Web Services"""
txt = B_CONF + f"""

2025年3月11日(火) 20:05 田中 健太 <k-tanaka@nifty.com>:
> 山本様
>
> ご連絡ありがとうございます。
> 残したいのは {B_KEEP} の方です。{B_OLD} は前職の会社アドレスで作成したもので、
> 現在はログインできません。
>
> 田中
""" + cfoot(B_CID, "ja")
aws_mail("ja-sjis-confirm-merge-source-target", to=B_TO, unix=T(2025, 3, 12, 0, 45, 12), provider="nifty", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {B_CID}] {B_SUBJ}", subj_charset="shift_jis",
         body=part(txt, "plain", "shift_jis", "base64", label="Shift_JIS"),
         label=dict(kind="merge_confirmation_requested", case_id=B_CID, account_ids=[B_KEEP, B_OLD], language="ja"))

qconf = "\n".join(("> > " + l) if l else "> >" for l in B_CONF.split("\n"))
txt = f"""田中 健太 様

AWS サポートの山本でございます。
統合内容についてご承諾いただき、誠にありがとうございます。

本日、担当部署へ {B_OLD} から {B_KEEP} への統合を依頼いたしました。
作業の完了までには、通常 2〜3 営業日ほどお時間をいただいております。完了いたしましたら、本ケースにて改めてご連絡差し上げます。

恐れ入りますが、それまでの間は統合元アカウントへのログインをお控えいただけますと幸いです。

引き続きよろしくお願いいたします。

山本
Amazon Web Services

2025年3月12日(水) 13:02 田中 健太 <k-tanaka@nifty.com>:
> 山本様
>
> 内容に相違ありません。統合を進めてください。
> よろしくお願いいたします。
>
> 2025年3月12日(水) 9:45 Amazon Web Services <no-reply-aws@amazon.com>:
{qconf}
""" + cfoot(B_CID, "ja")
aws_mail("ja-consent-received-handed-to-team", to=B_TO, unix=T(2025, 3, 12, 6, 20, 31), provider="nifty", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {B_CID}] {B_SUBJ}", body=alt(txt, cte="quoted-printable", lang="ja"),
         label=dict(kind="support_reply", case_id=B_CID, account_ids=[B_KEEP, B_OLD], language="ja"))

txt = f"""田中 健太 様

AWS サポートの山本でございます。
大変お待たせいたしました。アカウントの統合作業が完了いたしましたので、ご報告いたします。

現在、{B_KEEP} には以下の認定資格が登録されております。
・AWS Certified Solutions Architect - Associate
・AWS Certified Developer - Associate
統合元のアカウントは無効化されており、今後はログインできません。

なお、1 点確認させていただけますでしょうか。
統合元アカウントに紐づいていた Credly のデジタルバッジについて、現在ご利用中の Credly アカウントへの移行をご希望でしょうか。ご希望の場合は、Credly にご登録のメールアドレスをお知らせください。

よろしくお願いいたします。

山本
Amazon Web Services
""" + cfoot(B_CID, "ja")
aws_mail("ja-merge-done-asks-about-credly", to=B_TO, unix=T(2025, 3, 13, 8, 0, 17), provider="nifty", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {B_CID}] {B_SUBJ}", subj_charset="iso-2022-jp",
         body=part(txt, "plain", "iso-2022-jp", "7bit"),
         label=dict(kind="merge_completed", case_id=B_CID, account_ids=[B_KEEP], language="ja"))

txt = f"""田中 健太 様

ケース {B_CID}「{B_SUBJ}」は解決済みとなりました。

今回のサポートはいかがでしたか。今後のサービス向上のため、1 分程度のアンケートにご協力いただけますと幸いです。

このケースで問題は解決しましたか?
はい: https://console.aws.amazon.com/support/survey?displayId={B_CID}&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/survey?displayId={B_CID}&resolved=no&language=ja

引き続きサポートが必要な場合は、サポートセンターからケースを再開していただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=ja

※このメールは送信専用アドレスから送信されています。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("ja-case-resolved-survey", to=B_TO, unix=T(2025, 3, 14, 1, 10, 2), provider="nifty", frm=CONSOLE_ADDR,
         subject=f"Amazon Web Services: ケース {B_CID} は解決済みになりました",
         body=part(txt, "plain", "utf-8", "8bit"),
         label=dict(kind="survey", case_id=B_CID, account_ids=[], language="ja"))

# ---------------------------------------------------------------- Persona C
# Marco Bianchi, outlook.com, console case (11-digit id, 2023)
C_TO = "marco.bianchi@outlook.com"
C_CID = "12873460591"
C_KEEP, C_OLD = "AWS01957730", "AWS00412398"
C_SUBJ = "Merge two AWS Certification accounts"

html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Marco,</p>
<p>Thanks for your patience while I looked into your profiles. Here is what I found, and what we propose to do:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>Email on file</th><th>After the merge</th></tr>
<tr><td><b>Source</b> (will be closed)</td><td>{C_OLD}</td><td>m.bianchi@studenti.polimi.it</td><td>Deactivated</td></tr>
<tr><td><b>Destination</b> (will be kept)</td><td>{C_KEEP}</td><td>marco.bianchi@outlook.com</td><td>Active &ndash; holds all certifications</td></tr>
</table>
<p>Your AWS Certified Cloud Practitioner (2019) and AWS Certified Developer &ndash; Associate (2021) records will both appear on {C_KEEP} once we are done.</p>
<p><b>Important:</b> this is permanent. We are not able to split the profiles again afterwards.</p>
<p>If the table above is accurate, please tell us by replying through the Support Center link below (this mailbox does not accept replies). A short &quot;Yes, please go ahead&quot; is enough. If anything is wrong &ndash; for example you would rather keep {C_OLD} &ndash; just let us know and we will adjust the request.</p>
<p>Best regards,<br>Tomasz K.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>
<p style="font-size:12px;color:#545b64">To see all the details of this case, reply, or rate the correspondence, please use the following link:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&amp;language=en</a></p>
<p style="font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
aws_mail("html-table-source-destination-confirm", to=C_TO, unix=T(2023, 8, 22, 15, 40, 9), provider="outlook", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {C_CID}] {C_SUBJ}", body=part(html, "html", "utf-8", "quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=C_CID, account_ids=[C_KEEP, C_OLD]))

txt = f"""Hello Marco,

I'm following up on my message from 22 August. Before our team can combine your certification profiles, we still need your go-ahead on the plan below:

    {C_OLD} (m.bianchi@studenti.polimi.it)  -->  merged into  {C_KEEP} (marco.bianchi@outlook.com)

{C_KEEP} would remain as your only account. Please reply through the Support Center to confirm this, or tell us if you would like a different arrangement. If we do not hear from you within the next 7 days, this case will be closed automatically - you can reopen it at any time.

Best regards,
Tomasz K.
Amazon Web Services
""" + cfoot(C_CID)
aws_mail("chaser-restates-plan-awaiting-go-ahead", to=C_TO, unix=T(2023, 8, 25, 16, 5, 47), provider="outlook", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {C_CID}] {C_SUBJ}", body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=C_CID, account_ids=[C_KEEP, C_OLD]))

txt = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {C_CID}
Subject: {C_SUBJ}

To read the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("console-new-correspondence-notice", to=C_TO, unix=T(2023, 8, 28, 9, 12, 3), provider="outlook", frm=CONSOLE_ADDR,
         subject=f"[Case {C_CID}] New correspondence added",
         body=part(txt, "plain", "us-ascii", "7bit", quote_charset=False),
         label=dict(kind="support_reply", case_id=C_CID, account_ids=[]))

txt = f"""Hello Marco,

Thanks again for your reply on Saturday. Your certification profiles have now been combined: {C_KEEP} holds both certifications and your full exam history, and the old student profile has been closed.

One part is still in progress. Moving your Credly badges is handled by a separate team and can take up to five business days. You will get an email from Credly when the badges are ready to accept; there is nothing you need to do until then.

Best regards,
Tomasz K.
Amazon Web Services
""" + cfoot(C_CID)
aws_mail("profiles-combined-credly-still-pending", to=C_TO, unix=T(2023, 8, 29, 10, 30, 40), provider="outlook", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {C_CID}] {C_SUBJ}", body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_completed", case_id=C_CID, account_ids=[C_KEEP]))

surl = "https://survey.aws.amazon.com/survey/support?caseId=%s&cid=%s" % (C_CID, hexrand(16))
txt = f"""Hello,

You recently contacted AWS Support about case {C_CID} ("{C_SUBJ}"). We'd like to hear about your experience.

Please take two minutes to answer three questions:
{surl}

Was your issue resolved?  Yes / No
How satisfied are you with the support you received?  1 2 3 4 5

Your answers go directly to the AWS Support leadership team and help us improve.

Thank you,
AWS Support

You are receiving this email because you recently opened a case with AWS Support. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("tell-us-about-your-support-experience", to=C_TO, unix=T(2023, 9, 1, 14, 0, 26), provider="outlook", frm="aws-support-survey@amazon.com",
         from_name="AWS Support", subject=f"How did we do? Your AWS Support case {C_CID}",
         body=alt(txt, cte="quoted-printable", wrap="plain"),
         label=dict(kind="survey", case_id=C_CID, account_ids=[]))

u = T(2023, 9, 2, 18, 44, 13)
acc = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (hexrand(8), hexrand(4), hexrand(4), hexrand(4), hexrand(12))
html = credly_badge_html("Marco", "Amazon Web Services Training and Certification",
                         "AWS Certified Developer \u2013 Associate",
                         "https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png", acc)
plain = f"""Hi Marco,

Your badge AWS Certified Developer \u2013 Associate from Amazon Web Services Training and Certification is ready.

Accept your badge: {acc}

Once accepted, you can share it on LinkedIn and add it to your email signature.

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
head = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
        ("To", "Marco Bianchi <%s>" % C_TO),
        ("Subject", enc("Your badge AWS Certified Developer \u2013 Associate is ready to accept")),
        ("Date", rfcdate(u, 0)),
        ("Message-ID", "<%s.%s@credly.com>" % (hexrand(20), rng.randint(10**6, 10**7))),
        ("MIME-Version", "1.0")]
emit("credly-badge-ready-to-accept", credly_trace("outlook", C_TO, u), head,
     multi("alternative", part(plain, "plain", "utf-8", "quoted-printable"), part(html, "html", "utf-8", "base64")),
     dict(kind="credly_badge_issued", case_id=None, account_ids=[], sender_verified=True))

# ---------------------------------------------------------------- Persona D
# Sarah Kim, Microsoft 365 tenant, console case with a 10-digit id (2020)
D_TO = "sarah.kim@northwindlabs.com"
D_CID = "7184402931"
D_KEEP, D_OLD = "AWS00731550", "AWS00288164"
D_SUBJ = "Two certification accounts - please combine"

txt = f"""Dear Sarah Kim,

Thank you for contacting Amazon Web Services. We have opened case {D_CID} to address your issue.

The details of your case are as follows:

Case ID: {D_CID}
Subject: {D_SUBJ}
Severity: General guidance
Correspondence: Hi, when I changed jobs I ended up creating a second certification account by mistake. Could you combine them so that everything sits under my work email? Thanks, Sarah

We will respond to you as soon as possible. You can view the status of your case at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={D_CID}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("console-you-have-opened-a-new-case-2020", to=D_TO, unix=T(2020, 6, 2, 13, 55, 20), provider="o365", frm=CONSOLE_ADDR,
         subject=f"Amazon Web Services: You have opened a new Support case: {D_CID}",
         body=part(txt, "plain", "utf-8", "quoted-printable"), to_name="Sarah Kim",
         label=dict(kind="case_created", case_id=D_CID, account_ids=[]))

txt = f"""Hello Sarah,

Thank you for contacting AWS Certification support.

I have located both of your certification accounts. Before we proceed, please confirm that the following details are correct:

Account to be retained:              AWS 00731550 (sarah.kim@northwindlabs.com)
Account to be merged and deactivated: AWS 00288164 (skim.cloud@gmail.com)

All certifications, transcripts and exam history on AWS 00288164 will be transferred to AWS 00731550. Please note that this action is irreversible.

Kindly respond with "I confirm" through the Support Center link below so that we may proceed with your request.

Best regards,
Daniela R.
Amazon Web Services
""" + cfoot(D_CID)
aws_mail("retained-vs-deactivated-please-confirm", to=D_TO, unix=T(2020, 6, 3, 17, 20, 55), provider="o365", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {D_CID}] {D_SUBJ}", body=part(txt, "plain", "utf-8", "quoted-printable"), to_name="Sarah Kim",
         label=dict(kind="merge_confirmation_requested", case_id=D_CID, account_ids=[D_KEEP, D_OLD]))

txt = f"""Hi Sarah,

Just a quick update from my side: I have escalated your request to our Certification Operations team and they are working on it now. Requests like this usually take three to five business days, so I will keep this case open and update you as soon as I hear back from them.

You don't need to do anything at this time. Thank you for your patience!

Best,
Daniela R.
Amazon Web Services
""" + cfoot(D_CID)
aws_mail("escalated-team-working-on-it", to=D_TO, unix=T(2020, 6, 5, 21, 2, 31), provider="o365", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {D_CID}] {D_SUBJ}", body=alt(txt, cte="quoted-printable"), to_name="Sarah Kim",
         label=dict(kind="support_reply", case_id=D_CID, account_ids=[]))

txt = f"""Hello Sarah,

An update on your request: the first stage is now complete. Our team has verified that both profiles belong to you and the identity check has been approved.

The consolidation of {D_OLD} into {D_KEEP} itself has been scheduled and will be carried out by our Operations team in the next processing window, typically within two business days. I will write to you again as soon as it has gone through.

Best regards,
Daniela R.
Amazon Web Services
""" + cfoot(D_CID)
aws_mail("stage-one-verified-merge-scheduled", to=D_TO, unix=T(2020, 6, 8, 15, 45, 2), provider="o365", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {D_CID}] {D_SUBJ}", body=alt(txt, cte="base64"), to_name="Sarah Kim",
         label=dict(kind="support_reply", case_id=D_CID, account_ids=[D_KEEP, D_OLD]))

txt = f"""Hello Sarah,

I'm happy to let you know that your accounts are now merged. {D_KEEP} shows all four of your certifications, including the AWS Certified SysOps Administrator - Associate that was on your old account, and your full exam history has been carried over.

One question before I close this case: the 50% exam discount benefit that was on your old account expired on May 31. Would you like me to ask the team whether a replacement voucher can be issued on {D_KEEP}? Just reply through the Support Center and let me know.

Best regards,
Daniela R.
Amazon Web Services
""" + cfoot(D_CID)
aws_mail("accounts-merged-question-about-voucher", to=D_TO, unix=T(2020, 6, 10, 18, 3, 11), provider="o365", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {D_CID}] {D_SUBJ}", body=alt(txt, cte="quoted-printable"), to_name="Sarah Kim",
         label=dict(kind="merge_completed", case_id=D_CID, account_ids=[D_KEEP]))

u = T(2020, 6, 12, 4, 31, 50)
acc = "https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hexrand(8), hexrand(4), hexrand(4), hexrand(4), hexrand(12))
html = credly_badge_html("Sarah", "Amazon Web Services Training and Certification",
                         "AWS Certified SysOps Administrator - Associate",
                         "https://images.youracclaim.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png", acc, older=True)
html = html.replace("has issued you a new badge:", "has issued you a badge after an update to your certification profile:")
plain = f"""Sarah, Amazon Web Services Training and Certification has issued you a badge after an update to your certification profile: AWS Certified SysOps Administrator - Associate.

Accept your badge: {acc}

Acclaim, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
head = [("From", "Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>"),
        ("To", "Sarah Kim <%s>" % D_TO),
        ("Subject", "Sarah, Amazon Web Services Training and Certification has issued you a badge"),
        ("Date", rfcdate(u, 0)),
        ("Message-ID", "<%s@youracclaim.com>" % hexrand(24)),
        ("MIME-Version", "1.0")]
emit("acclaim-badge-reissued-2020", credly_trace("o365", D_TO, u, older=True), head,
     multi("alternative", part(plain, "plain", "utf-8", "7bit"), part(html, "html", "utf-8", "quoted-printable")),
     dict(kind="credly_badge_issued", case_id=None, account_ids=[], sender_verified=True))

txt = f"""Hello,

We haven't heard back from you, so we have resolved case {D_CID} ("{D_SUBJ}").

If you still need help with this issue, you can reopen the case in the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={D_CID}&language=en

How did we do? Please take a moment to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={D_CID}&language=en&rate=true

Thank you for choosing Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("case-resolved-no-reply-rate-us", to=D_TO, unix=T(2020, 6, 17, 18, 5, 0), provider="o365", frm=CONSOLE_ADDR,
         subject=f"Amazon Web Services: Your case {D_CID} has been resolved", to_name="Sarah Kim",
         body=alt(txt, cte="quoted-printable"),
         label=dict(kind="survey", case_id=D_CID, account_ids=[]))

# ---------------------------------------------------------------- Persona E
# Ahmed Al-Farsi, Gmail, form case (15 digits) + a duplicate case he opened later
E_TO = "ahmed.alfarsi88@gmail.com"
E_T0 = T(2025, 1, 14, 8, 15, 40)
E_CID = "%d00419" % E_T0
E_DUP = "%d00256" % T(2025, 1, 20, 19, 2, 11)
E_KEEP, E_OLD = "AWS04455120", "AWS03391876"

txt = f"""Dear Ahmed,

Thank you for contacting AWS Training and Certification. Your request has been received and assigned case number {E_CID}.

Summary of your submission
  Inquiry Type: Certification
  Inquiry Detail: Account Merge
  AWS Candidate ID: {E_KEEP}
  Country: United Arab Emirates

Our team aims to respond within 24 hours. You can reply to this email to add more details to your case; please keep the case number in the subject line.

Sincerely,
AWS Training and Certification
""" + ffoot(E_CID)
aws_mail("form-ack-with-submission-summary", to=E_TO, unix=E_T0 + 9, pdt=False,
         subject=f"We received your request [CASE {E_CID}]", body=part(txt, "plain", "utf-8", "base64"),
         label=dict(kind="case_created", case_id=E_CID, account_ids=[E_KEEP]))

E_FORM = f"""First name: Ahmed
Last name: Al-Farsi
Email: ahmed.alfarsi88@gmail.com
AWS Candidate ID: {E_KEEP}
Inquiry type: Certification
Inquiry detail: Account Merge
Description: i have 2 account please merge, other one is AWS03391876 from my old company"""
txt = f"""Dear Ahmed,

Greetings from AWS Training and Certification!

As per checking, we have noted that you are requesting to merge your certification account aws03391876 with {E_KEEP}. In order for us to proceed further, kindly provide us the below informations:

- The email address which is registered on both candidate ID ({E_KEEP} and aws03391876)
- Which account you would like to retain after merging
- Reason of merging the accounts

Upon receiving of the above details, we will be glad to assist you further.

Should you have any further concern, please do not hesitate to reach out.

Thank you and have a nice day ahead!

Best regards,
Ma. Cristina
AWS Training and Certification Support

-----Original Message-----
From: ahmed.alfarsi88@gmail.com
Sent: 1/14/2025 8:15 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

{E_FORM}
""" + ffoot(E_CID)
aws_mail("kindly-provide-emails-and-account-to-retain", to=E_TO, unix=T(2025, 1, 15, 10, 22, 37), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=E_CID, account_ids=[E_KEEP, E_OLD]))

E_CONF = f"""Dear Ahmed,

Thank you for your response and for providing the needed details.

Please kindly revert back with your confirmation on the below details before we will proceed for the merging:

Primary account (to be retain): {E_KEEP} - ahmed.alfarsi88@gmail.com
Secondary account (to be merge and deactivate): {E_OLD} - ahmed.f@gulfnet-solutions.ae

Kindly take note that once the accounts has been merged, it can not be undo and the secondary account will not be accessible anymore.

Looking forward for your positive response.

Best regards,
Ma. Cristina
AWS Training and Certification Support"""
txt = E_CONF + f"""

From: Ahmed Al-Farsi <ahmed.alfarsi88@gmail.com>
Sent: Thursday, January 16, 2025 5:14 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {E_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hello,
{E_KEEP} email is ahmed.alfarsi88@gmail.com, i want keep this one.
{E_OLD} email is ahmed.f@gulfnet-solutions.ae (old company, i left)
Reason: i don't have access to old company email anymore.
Thanks
""" + ffoot(E_CID)
aws_mail("kindly-revert-with-confirmation-primary-secondary", to=E_TO, unix=T(2025, 1, 17, 3, 40, 2), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=E_CID, account_ids=[E_KEEP, E_OLD]))

q = "\n".join(("> " + l) if l else ">" for l in E_CONF.split("\n"))
txt = f"""Dear Ahmed,

Noted with thanks on your confirmation.

I have already forwarded your request to our internal team for the merging of AWS-03391876 into AWS-04455120. Kindly allow 3-5 business days for the team to complete the process. We will update you once we received the feedback from them.

Thank you for your patience and understanding.

Best regards,
Ma. Cristina
AWS Training and Certification Support

-----Original Message-----
From: Ahmed Al-Farsi <ahmed.alfarsi88@gmail.com>
Sent: 1/17/2025 2:02 PM
Subject: Re: RE:[CASE {E_CID}] [AWS Training and Certification Form Submission] - account-assistance

Yes i confirm, please proceed.

On Fri, Jan 17, 2025 at 7:40 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{q}
""" + ffoot(E_CID)
aws_mail("noted-with-thanks-forwarded-to-internal-team", to=E_TO, unix=T(2025, 1, 18, 5, 10, 19), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=E_CID, account_ids=[E_KEEP, E_OLD]))

txt = f"""Dear Ahmed,

Good day!

We noticed that you have submitted another request under case {E_DUP} for the same concern. To avoid any confusion, we have closed that case and we will continue to assist you here on this case ({E_CID}). Kindly refrain from opening new case for the same request, as it can cause delay.

Please be informed that your request is still in progress with our internal team. We appreciate your patience.

Best regards,
Ma. Cristina
AWS Training and Certification Support
""" + ffoot(E_CID)
aws_mail("duplicate-case-closed-continue-here", to=E_TO, unix=T(2025, 1, 21, 6, 30, 48), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=E_CID, account_ids=[]))

txt = f"""Dear Ahmed,

We would like to give you an update regarding your request. Our internal team is still working on it, and due to the high volume of requests it is taking longer than usual. We sincerely apologize for the delay.

Rest assured that we are closely monitoring your case and we will inform you immediately once it is done.

Best regards,
Ma. Cristina
AWS Training and Certification Support

-----Original Message-----
From: Ahmed Al-Farsi <ahmed.alfarsi88@gmail.com>
Sent: 1/23/2025 7:48 PM
Subject: Re: RE:[CASE {E_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hi any update?? its been almost one week. i need the merged account for my new exam booking
""" + ffoot(E_CID)
aws_mail("still-in-progress-apologies-for-delay", to=E_TO, unix=T(2025, 1, 24, 9, 0, 6), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=E_CID, account_ids=[]))

txt = f"""Dear Ahmed,

Greetings!

We are pleased to inform you that your both accounts has been consolidated successfully. All of your certifications and exam history are now reflecting under candidate ID {E_KEEP}, and the account {E_OLD} has been deactivated.

Kindly login to your account to verify. For the Credly badges, you will receive a separate email from Credly within 24-48 hours.

If there is nothing else, we will proceed to close this case.

Best regards,
Ma. Cristina
AWS Training and Certification Support
""" + ffoot(E_CID)
aws_mail("both-accounts-consolidated-successfully", to=E_TO, unix=T(2025, 1, 27, 12, 15, 33), pdt=False,
         subject=form_subject(E_CID), body=alt(txt, cte="base64"),
         label=dict(kind="merge_completed", case_id=E_CID, account_ids=[E_KEEP, E_OLD]))

# ---------------------------------------------------------------- Persona F
# Yuki Sato, Gmail, form case in Japanese opened 2025-09-02 03:30:55 UTC
F_TO = "yuki.sato.0412@gmail.com"
F_T0 = T(2025, 9, 2, 3, 30, 55)
F_CID = "%d00588" % F_T0
F_KEEP, F_OLD = "AWS05550123", "AWS01209874"

txt = f"""佐藤 由紀 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {F_CID}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で再度フォームを送信されますと、対応が遅れる場合がございますのでご了承ください。

AWS トレーニングと認定 カスタマーサポート
"""
aws_mail("ja-form-ack-iso2022jp", to=F_TO, unix=F_T0 + 6,
         subject=f"[CASE {F_CID}] お問い合わせを受け付けました - AWS トレーニングと認定",
         subj_charset="iso-2022-jp", body=part(txt, "plain", "iso-2022-jp", "7bit"),
         label=dict(kind="case_created", case_id=F_CID, account_ids=[], language="ja"))

F_CONF = f"""佐藤 由紀 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
担当の中村と申します。

お問い合わせいただいたアカウントの統合につきまして、下記のとおり手続きを行う予定でございます。

■ 統合の内容
・存続するアカウント: {F_KEEP}(yuki.sato.0412@gmail.com)
・統合により閉鎖されるアカウント: {F_OLD}(y.sato@kumo-tech.co.jp)

■ ご注意事項
・閉鎖されるアカウントの認定資格および受験履歴は、存続するアカウントへ引き継がれます。
・統合後、閉鎖されたアカウントにはログインできなくなります。
・統合処理は取り消すことができません。

上記の内容でよろしければ、本メールに「上記内容で統合を希望します」とご返信いただけますでしょうか。
ご返信を確認いたしましたら、速やかに手続きを開始いたします。

どうぞよろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート"""
txt = F_CONF + f"""

-----Original Message-----
From: yuki.sato.0412@gmail.com
Sent: 2025/09/02 3:30
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

姓: 佐藤
名: 由紀
AWS Candidate ID: {F_KEEP}
お問い合わせの種類: 認定
詳細: アカウントの統合
内容: 転職前の会社のメールアドレスで作成したアカウント({F_OLD})があり、現在のアカウントにまとめたいです。
""" + ffoot(F_CID)
aws_mail("ja-planned-merge-reply-to-accept", to=F_TO, unix=T(2025, 9, 3, 5, 12, 26),
         subject=form_subject(F_CID), body=alt(txt, cte="base64", lang="ja"),
         label=dict(kind="merge_confirmation_requested", case_id=F_CID, account_ids=[F_KEEP, F_OLD], language="ja"))

q = "\n".join(("> " + l) if l else ">" for l in F_CONF.split("\n"))
txt = f"""佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

9月3日にお送りしたご案内につきまして、その後いかがでしょうか。
現時点でご返信を確認できておりませんため、念のためご連絡いたしました。

お手数をおかけいたしますが、前回のメールの内容をご確認のうえ、ご返信をいただけますと幸いです。
なお、本メールの送信後 5 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。クローズ後であっても、本メールへご返信いただければケースは再開されます。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025/09/03 14:12
To: yuki.sato.0412@gmail.com
Subject: RE:[CASE {F_CID}] [AWS Training and Certification Form Submission] - account-assistance

{q}
""" + ffoot(F_CID)
aws_mail("ja-gentle-reminder-no-reply-yet", to=F_TO, unix=T(2025, 9, 8, 2, 0, 40),
         subject=form_subject(F_CID), body=alt(txt, cte="quoted-printable", lang="ja"),
         label=dict(kind="support_reply", case_id=F_CID, account_ids=[], language="ja"))

txt = f"""佐藤 由紀 様

中村でございます。
ご返信いただき、ありがとうございました。

アカウントの統合手続きが完了いたしました。
{F_OLD} に登録されていた認定資格(AWS Certified Solutions Architect - Professional)および受験履歴は、{F_KEEP} へ移行済みでございます。

一方で、Credly のデジタルバッジにつきましては Credly 側での処理が別途必要となるため、現時点ではまだ移行が完了しておりません。数日以内に Credly からバッジ受け取りのご案内メールが届く予定です。1 週間を過ぎても届かない場合は、本ケースへご返信ください。

よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート

2025年9月9日(火) 22:14 佐藤 由紀 <yuki.sato.0412@gmail.com>:
> 中村様
>
> ご連絡が遅くなり申し訳ありません。
> 上記内容で統合を希望します。
> よろしくお願いいたします。
>
> 佐藤
""" + ffoot(F_CID)
aws_mail("ja-merge-done-credly-separately", to=F_TO, unix=T(2025, 9, 10, 7, 30, 14),
         subject=form_subject(F_CID), body=alt(txt, cte="quoted-printable", lang="ja"),
         label=dict(kind="merge_completed", case_id=F_CID, account_ids=[F_KEEP, F_OLD], language="ja"))

surl = "https://support.aws.amazon.com/survey?displayId=%s&lang=ja&t=%s" % (F_CID, hexrand(20))
html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>佐藤 由紀 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
ケース <b>{F_CID}</b> は対応完了としてクローズされました。</p>
<p>今後のサービス向上のため、今回の対応について評価をお願いいたします。</p>
<p style="font-weight:bold">お問い合わせの内容は解決しましたか?</p>
<p><a href="{surl}&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>&nbsp;
<a href="{surl}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応はいかがでしたか?<br>
<a href="{surl}&amp;rating=5">とても満足</a> | <a href="{surl}&amp;rating=4">満足</a> | <a href="{surl}&amp;rating=3">普通</a> | <a href="{surl}&amp;rating=2">不満</a> | <a href="{surl}&amp;rating=1">とても不満</a></p>
<p>引き続きお困りの場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
aws_mail("ja-case-closed-please-rate", to=F_TO, unix=T(2025, 9, 10, 7, 31, 5),
         subject=f"[CASE {F_CID}] ケースクローズのお知らせとアンケートのお願い",
         body=part(html, "html", "utf-8", "base64"),
         label=dict(kind="survey", case_id=F_CID, account_ids=[], language="ja"))

u = T(2025, 9, 12, 23, 2, 41)
acc = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hexrand(8), hexrand(4), hexrand(4), hexrand(4), hexrand(12))
html = credly_badge_html("Yuki", "Amazon Web Services Training and Certification",
                         "AWS Certified Solutions Architect \u2013 Professional",
                         "https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png", acc)
head = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
        ("To", F_TO),
        ("Subject", enc("You've earned AWS Certified Solutions Architect \u2013 Professional \u2014 accept your badge")),
        ("Date", rfcdate(u, 0)),
        ("Message-ID", "<%s@credly.com>" % uuid.UUID(int=rng.getrandbits(128))),
        ("MIME-Version", "1.0")]
emit("credly-html-only-accept-badge", credly_trace("gmail", F_TO, u), head,
     part(html, "html", "utf-8", "quoted-printable"),
     dict(kind="credly_badge_issued", case_id=None, account_ids=[], sender_verified=True))

# ---------------------------------------------------------------- Persona G
# Daniel Okafor, own Postfix server without Authentication-Results, form case 2024-11
G_TO = "daniel.okafor@okaforconsult.com"
G_T0 = T(2024, 11, 5, 16, 20, 0)
G_CID = "%d00147" % G_T0
G_KEEP, G_OLD = "AWS01122334", "AWS02233445"

G_WRONG = f"""Hi Daniel,

Thanks for getting back to me with the sign-in addresses - that made things quick to check.

Here's exactly what will happen if you give us the green light:

  1. Everything on {G_KEEP} (exam history, certifications, benefits) gets moved onto {G_OLD}.
  2. {G_KEEP} is then closed for good, and you'd sign in with the address on {G_OLD} from then on.
  3. Your Credly badges follow the certifications to the profile that stays.

There's no undo button on this, which is why I'd like to hear back from you first. If it all looks right, a one-line reply to this email is all I need and I'll put it through.

Cheers,
Sam
Amazon Web Services | Training and Certification"""
aws_mail("green-light-needed-numbered-plan", to=G_TO, unix=T(2024, 11, 6, 14, 5, 27), provider="noar", pdt=False,
         subject=form_subject(G_CID), body=alt(G_WRONG + "\n" + ffoot(G_CID), cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=G_CID, account_ids=[G_KEEP, G_OLD]))

G_FIX = f"""Hi Daniel,

You're absolutely right, and apologies for the mix-up - I had the two profiles the wrong way round.

Corrected plan:
  - Profile that stays: {G_KEEP} (daniel.okafor@okaforconsult.com)
  - Profile that gets folded into it and closed: {G_OLD} (d.okafor@firstmeridianbank.com.ng)

Could you reply once more to say this version is right? I won't submit anything until I hear back from you.

Cheers,
Sam
Amazon Web Services | Training and Certification"""
txt = G_FIX + f"""

________________________________
From: Daniel Okafor <daniel.okafor@okaforconsult.com>
Sent: Wednesday, November 6, 2024 3:42 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {G_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hi Sam,

I think it's the other way round - I want to keep {G_KEEP}, that's the one with my current email. The other one is from my bank days.

Daniel
""" + ffoot(G_CID)
aws_mail("apologies-accounts-reversed-please-reconfirm", to=G_TO, unix=T(2024, 11, 6, 15, 10, 52), provider="noar", pdt=False,
         subject=form_subject(G_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=G_CID, account_ids=[G_KEEP, G_OLD]))

fix_indented = "\n".join(l for l in G_FIX.split("\n"))
txt = f"""Hi Daniel,

Thanks for the quick reply. Before I hand this over to the team, one thing I noticed: there is an unused 50% exam voucher sitting on {G_OLD} that expires on 30 November. Vouchers don't always survive the move, so would you prefer to use it before we go ahead, or shall we try to carry it over to {G_KEEP}? Either way, the rest of the request stays exactly as agreed.

Cheers,
Sam
Amazon Web Services | Training and Certification

________________________________
From: Daniel Okafor <daniel.okafor@okaforconsult.com>
Sent: Thursday, November 7, 2024 9:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {G_CID}] [AWS Training and Certification Form Submission] - account-assistance

Yes, that's correct now. Please go ahead.

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 6, 2024 4:10 PM
To: Daniel Okafor <daniel.okafor@okaforconsult.com>
Subject: RE:[CASE {G_CID}] [AWS Training and Certification Form Submission] - account-assistance

{fix_indented}
""" + ffoot(G_CID)
aws_mail("before-handing-over-question-about-voucher", to=G_TO, unix=T(2024, 11, 7, 10, 30, 8), provider="noar", pdt=False,
         subject=form_subject(G_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=G_CID, account_ids=[G_KEEP, G_OLD]))

rate = "https://support.aws.amazon.com/rate?displayId=%s&corresId=%s" % (G_CID, hexrand(12))
txt = f"""Hi Daniel,

All done - the merge went through this afternoon. {G_KEEP} now shows all five of your certifications, and the team was able to carry the voucher across as well (still valid until 30 November).

As everything is sorted, I'll mark this case as resolved. If you have a moment, I'd really appreciate it if you could rate my reply using the link below - it helps a lot.

Rate this response: {rate}

Cheers,
Sam
Amazon Web Services | Training and Certification

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
aws_mail("all-done-marking-resolved-rate-me", to=G_TO, unix=T(2024, 11, 12, 17, 45, 30), provider="noar", pdt=False,
         subject=form_subject(G_CID), body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_completed", case_id=G_CID, account_ids=[G_KEEP]))

# ---------------------------------------------------------------- Persona H
# Lena Fischer, Fastmail, console case opened 2025-07-15 12:00:33 UTC, three profiles
H_TO = "lena@fischer.dev"
H_T0 = T(2025, 7, 15, 12, 0, 33)
H_CID = "%d00962" % H_T0
H_KEEP, H_A, H_B = "AWS01764320", "AWS00983412", "AWS02011895"
H_SUBJ = "Three certification profiles - consolidate into one"

txt = f"""Hello Lena,

Thank you for your patience. I searched our records using the details you provided and found three certification profiles that appear to belong to you:

  {H_A}  -  lena.fischer@tum.de  -  created 2018
  {H_KEEP}  -  lena@fischer.dev  -  created 2022
  {H_B}  -  l.schmidt@contoso-consulting.de  -  created 2020 (name on profile: Lena Schmidt)

Following your request, we would consolidate {H_A} and {H_B} into {H_KEEP}. {H_KEEP} would be the only profile left afterwards; the other two would be deactivated, and all certifications, exam history and benefits would be moved across.

Since this cannot be undone, I need your explicit approval before I submit it. Please reply in the Support Center with "Approved", or let me know what you would like changed.

Kind regards,
Jonas
Amazon Web Services
""" + cfoot(H_CID)
aws_mail("three-profiles-need-explicit-approval", to=H_TO, unix=T(2025, 7, 16, 9, 20, 14), provider="fastmail", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {H_CID}] {H_SUBJ}", body=alt(txt, cte="quoted-printable"),
         label=dict(kind="merge_confirmation_requested", case_id=H_CID, account_ids=[H_KEEP, H_A, H_B]))

txt = f"""Hello Lena,

Thank you for approving the plan. Before we can go ahead there is one more thing we need: the profile {H_B} is registered under the name \u201cLena Schmidt\u201d, while the other two are under \u201cLena Fischer\u201d. Our team has to verify the name change first \u2013 could you please upload a copy of a document that shows both names (for example a marriage certificate or an official letter) through the Support Center? You can black out everything except the names and the date.

We will continue as soon as we have it.

Kind regards,
Jonas M\u00fcller
Amazon Web Services
""" + cfoot(H_CID)
aws_mail("thanks-for-approving-need-name-change-document", to=H_TO, unix=T(2025, 7, 17, 11, 5, 48), provider="fastmail", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {H_CID}] {H_SUBJ}",
         body=multi("alternative",
                    part(txt, "plain", "utf-8", "8bit", label="windows-1252"),
                    part(to_html(txt, "aws"), "html", "utf-8", "quoted-printable")),
         label=dict(kind="support_reply", case_id=H_CID, account_ids=[H_B]))

txt = f"""Hello Lena,

A quick update: we have started processing your request, but we have run into a blocker. {H_A} has a Pearson VUE exam appointment scheduled for 24 July 2025 (AWS Certified Security - Specialty), and a profile with a pending appointment cannot be merged until the exam result has been posted.

You have two options:

  a) keep the appointment - we merge {H_B} now and {H_A} once your result is final (usually up to 5 business days after the exam), or
  b) cancel or reschedule the appointment in your Pearson VUE account, and we do everything in one go.

Which would you prefer?

Kind regards,
Jonas
Amazon Web Services
""" + cfoot(H_CID)
aws_mail("blocked-by-pending-exam-which-option", to=H_TO, unix=T(2025, 7, 19, 8, 40, 21), provider="fastmail", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {H_CID}] {H_SUBJ}", body=alt(txt, cte="quoted-printable"),
         label=dict(kind="support_reply", case_id=H_CID, account_ids=[H_A, H_B]))

txt = f"""Hello Lena,

As agreed, we have gone ahead with the first part: {H_B} has now been merged into {H_KEEP}. Its certification (AWS Certified Cloud Practitioner) and exam history are showing there, and the "Lena Schmidt" profile has been deactivated.

{H_A} will follow after your exam on 24 July. I will keep this case open and come back to you once that part is done too. Good luck with the exam!

Kind regards,
Jonas
Amazon Web Services
""" + cfoot(H_CID)
aws_mail("first-profile-merged-second-after-exam", to=H_TO, unix=T(2025, 7, 21, 13, 15, 2), provider="fastmail", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {H_CID}] {H_SUBJ}", body=alt(txt, cte="base64"),
         label=dict(kind="merge_completed", case_id=H_CID, account_ids=[H_KEEP, H_A, H_B]))

# ---------------------------------------------------------------- look-alikes and unrelated
def gmail_ar(dom, ip, mailfrom, dkim="pass", spf="pass", dmarc="pass", pol="NONE"):
    s = []
    if dkim == "pass":
        s.append("       dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, rng.choice(["s1", "google", "k1", "selector1", "mail"]), b64rand(6)[:8]))
    elif dkim:
        s.append("       dkim=%s" % dkim)
    if spf == "pass":
        s.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        s.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    s.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, pol, pol, "NONE" if dmarc == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE"), dom))
    return ";\n".join(s)


# U1: Seller Central case chasing a listing-merge confirmation (Marco, Outlook)
txt = """Hello,

We are following up on your case because we have not heard back from you.

On October 2 we asked you to confirm that the two detail pages below describe exactly the same product, so that our catalog team can merge them into one listing:

  ASIN B0C7K2M9QX - "Moka pot 6 cups, aluminium, red"
  ASIN B0C7K2N1TZ - "Moka pot 6-cup aluminium (red)"

Please reply to this message and confirm whether we should merge these ASINs. Once the detail pages are merged, the change cannot be undone from Seller Central.

If we do not hear from you within 3 days, we will consider this issue resolved and close the case.

Was this email helpful? Please rate it: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6123447890

We appreciate your partnership.

Thank you,
Ilaria
Amazon Selling Partner Support
https://sellercentral.amazon.com
"""
aws_mail("seller-central-chaser-confirm-asin-merge", to=C_TO, unix=T(2023, 10, 5, 7, 22, 18), provider="outlook",
         frm="seller-support@amazon.com", from_name="Amazon Selling Partner Support",
         subject="RE:[CASE 6123447890] Duplicate detail pages - request to merge ASINs",
         body=alt(txt, cte="quoted-printable", wrap="plain"),
         label=dict(kind="unrelated", case_id="6123447890", account_ids=[]))

# U2: a different AWS case of Priya's (billing) - "we are working on it"
U2_CID = "%d00033" % T(2025, 6, 9, 18, 44, 2)
txt = f"""Hello Priya,

Thank you for your patience.

I have reached out to our billing specialists about the NAT Gateway charges on your May invoice for account 4471-8820-3915, and they are currently working on it. As part of the review they are checking whether the charges were caused by the test environment you mentioned was left running over the weekend.

I will update you on this case within 2-3 business days, or sooner if I hear back. There is nothing you need to do right now.

Best regards,
Rohan K.
Amazon Web Services
""" + cfoot(U2_CID)
aws_mail("billing-case-working-on-nat-gateway-charges", to=A_TO, unix=T(2025, 6, 10, 13, 7, 45), frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {U2_CID}] Unexpected NAT Gateway charges on May invoice",
         body=alt(txt, cte="quoted-printable"),
         label=dict(kind="unrelated", case_id=U2_CID, account_ids=[]))

# U3: AWS Organizations / billing case asking to confirm moving an account (Lena, Fastmail)
U3_CID = "%d00571" % T(2025, 8, 1, 9, 12, 40)
txt = f"""Hello Lena,

Thank you for contacting AWS Account and Billing support.

Before we proceed, please confirm the following change:

  Member account to move:  4821-0937-1156 (fischer-dev-sandbox)
  Current organization:    o-7xk2q9ab1c
  New management account:  3390-1275-8842 (Fischer Consulting)

After the move, charges for 4821-0937-1156 will be consolidated on the invoice of the new management account from the next billing period, and any Reserved Instance and Savings Plans sharing will follow the new organization. Unused credits on the member account do not transfer.

Please reply on this case to confirm that you want us to proceed.

Best regards,
Ana P.
Amazon Web Services
""" + cfoot(U3_CID)
aws_mail("organizations-move-account-please-confirm", to=H_TO, unix=T(2025, 8, 4, 10, 1, 30), provider="fastmail", frm=CONSOLE_ADDR,
         subject=f"RE:[CASE {U3_CID}] Move member account to a new organization",
         body=alt(txt, cte="quoted-printable"),
         label=dict(kind="unrelated", case_id=U3_CID, account_ids=[]))

# U4: Credly's own self-service account merge code (Yuki, Gmail)
u = T(2025, 9, 13, 0, 40, 12)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Confirm your account merge</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:28px">
<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96">
<h2 style="font-weight:normal">Confirm your account merge</h2>
<p>Hi Yuki,</p>
<p>We received a request to merge the Credly account <b>y.sato@kumo-tech.co.jp</b> into your account <b>yuki.sato.0412@gmail.com</b>. Badges, evidence and connections from the first account will be moved and the first account will be closed.</p>
<p>Your verification code is:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>
<p>The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/account_merges/{hexrand(16)}/confirm" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777">If you did not request this, you can ignore this email; no changes will be made. Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</td></tr></table></body></html>
"""
head = [("From", "Credly <admin@credly.com>"), ("To", F_TO),
        ("Subject", "Your Credly account merge verification code"),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%s@credly.com>" % hexrand(32)), ("MIME-Version", "1.0")]
emit("credly-self-service-merge-code", credly_trace("gmail", F_TO, u), head, part(html, "html", "utf-8", "quoted-printable"),
     dict(kind="unrelated", case_id=None, account_ids=[], sender_verified=True))

# U5: Credly badge expiry reminder (Sarah, Microsoft 365)
u = T(2023, 3, 2, 15, 0, 5)
plain = """Hi Sarah,

Your badge AWS Certified SysOps Administrator - Associate, issued by Amazon Web Services Training and Certification, will expire on May 31, 2023.

To keep your certification active, recertify before the expiration date. Visit https://aws.amazon.com/certification/recertification/ to learn about your options.

View your badge: https://www.credly.com/badges/%s

You are receiving this email because you have a badge on Credly. Manage notifications: https://www.credly.com/notification_preferences
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
""" % uuid.UUID(int=rng.getrandbits(128))
head = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
        ("To", "Sarah Kim <%s>" % D_TO),
        ("Subject", "Your AWS Certified SysOps Administrator - Associate badge expires in 90 days"),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%s@credly.com>" % hexrand(32)), ("MIME-Version", "1.0")]
emit("credly-badge-expiry-reminder", credly_trace("o365", D_TO, u), head,
     multi("alternative", part(plain, "plain", "utf-8", "7bit"), part(to_html(plain, "plain"), "html", "utf-8", "quoted-printable")),
     dict(kind="unrelated", case_id=None, account_ids=[], sender_verified=True))

# U6: CertMetrics survey mail (Priya, Gmail) - authentic, but not AWS/Credly
u = T(2025, 6, 14, 16, 30, 0)
ip = "198.2.%d.%d" % (rng.randint(128, 190), rng.randint(2, 250))
mf = "bounce-mc.us12_%d.%d-%s@mail%d.suw%d.mcdlv.net" % (rng.randint(10**7, 10**8), rng.randint(10**5, 10**6), A_TO.replace("@", "="), rng.randint(10, 99), rng.randint(10, 99))
txt = """AWS Certification wants to hear from you

Hello Priya Raman,

Candidate ID: AWS01876543

You recently had a change made to your AWS Certification account. We would love to hear about your experience with AWS Certification so far. The survey takes about 5 minutes.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?id=%s

Thank you,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
""" % hexrand(32)
head = [("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", A_TO),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", rfcdate(u, -300)), ("Message-ID", "<%s@certmetrics.com>" % uuid.UUID(int=rng.getrandbits(128))),
        ("MIME-Version", "1.0")]
other_mail("certmetrics-wants-to-hear-from-you", provider="gmail", to=A_TO, unix=u, ip=ip, helo="mail%d.suw%d.mcdlv.net" % (rng.randint(10, 99), rng.randint(10, 99)),
           mailfrom=mf, ar=gmail_ar("certmetrics.com", ip, mf), dkim_lines=[dkim_generic(u, "certmetrics.com", "k1")],
           head=head, body=alt(txt, cte="quoted-printable", wrap="plain"),
           label=dict(kind="unrelated", case_id=None, account_ids=["AWS01876543"], sender_verified=False))

# U7: Pearson VUE booking confirmation (Lena, Fastmail)
u = T(2025, 7, 15, 19, 2, 44)
ip = "159.182.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
mf = "pearsonvueconfirmation@pearson.com"
txt = """Dear Lena Fischer,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Candidate ID: AWS00983412
Registration ID: 512748093
Exam: SCS-C02: AWS Certified Security - Specialty
Language: English
Appointment: Thursday, July 24, 2025, 9:00 AM Central European Summer Time
Test centre: Pearson Professional Centers-Munich, Germany

Please arrive 15 minutes before your appointment and bring two forms of valid identification. The names on your identification must match the name on your AWS Certification account.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
head = [("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"), ("To", "Lena Fischer <%s>" % H_TO),
        ("Subject", "Pearson VUE Confirmation of Booking"),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%d.%d.JavaMail.vue@pvuepsrvp%02d>" % (rng.randint(10**8, 10**9), rng.randint(10**12, 10**13), rng.randint(1, 20))),
        ("MIME-Version", "1.0")]
other_mail("pearson-vue-booking-confirmation", provider="fastmail", to=H_TO, unix=u, ip=ip, helo="mx%d.pearson.com" % rng.randint(1, 9),
           mailfrom=mf, ar=ar_fastmail("pearson.com", ip, mf, "mx3.pearson.com", policy_="reject"),
           dkim_lines=[dkim_generic(u, "pearson.com", "pvue2023")],
           head=head, body=part(txt, "plain", "iso-8859-1", "quoted-printable"),
           label=dict(kind="unrelated", case_id=None, account_ids=["AWS00983412"], sender_verified=False))

# U8: AWS Builder ID verification code (Daniel, own server, no Authentication-Results)
u = T(2024, 11, 4, 9, 12, 7)
txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an account, you can ignore this message.

Verification code: 715224

(This code is valid for 10 minutes)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
ip = rng.choice(SES_IPS)
head = [("From", "AWS <no-reply@signin.aws>"), ("To", G_TO),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", rfcdate(u, 0)), ("Message-ID", ses_msgid(u)), ("MIME-Version", "1.0")]
other_mail("builder-id-verification-code", provider="noar", to=G_TO, unix=u, ip=ip, helo=ses_host(ip), mailfrom=ses_bounce(u),
           ar=None, dkim_lines=[dkim_generic(u, "signin.aws", hexrand(32)), dkim_amazon(u)[1]],
           head=head, body=alt(txt, cte="quoted-printable"),
           label=dict(kind="unrelated", case_id=None, account_ids=[], sender_verified=None))

# U9: GitHub "merged" notification (Priya, Gmail)
u = T(2025, 5, 28, 12, 4, 55)
ip = "192.30.252.%d" % rng.randint(190, 210)
mf = "noreply@github.com"
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/terraform-modules/pull/482#event-17823409912
You are receiving this because you authored the thread.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/acme-cloud/terraform-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/acme-cloud/terraform-modules/pull/482#event-17823409912">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
head = [("From", "Lukas Brandt <notifications@github.com>"), ("Reply-To", "acme-cloud/terraform-modules <reply+AAKX7Q%s@reply.github.com>" % b64rand(30)[:40].replace("/", "Q").replace("+", "Z")),
        ("To", "acme-cloud/terraform-modules <terraform-modules@noreply.github.com>"),
        ("Cc", "Priya Raman <%s>, Author <author@noreply.github.com>" % A_TO),
        ("Subject", "Re: [acme-cloud/terraform-modules] Merge accounts module into core and drop legacy IAM users (PR #482)"),
        ("Date", rfcdate(u, -420)), ("Message-ID", "<acme-cloud/terraform-modules/pull/482/issue_event/17823409912@github.com>"),
        ("In-Reply-To", "<acme-cloud/terraform-modules/pull/482@github.com>"),
        ("References", "<acme-cloud/terraform-modules/pull/482@github.com>"),
        ("MIME-Version", "1.0"), ("List-ID", "acme-cloud/terraform-modules <terraform-modules.acme-cloud.github.com>"),
        ("X-GitHub-Reason", "author")]
other_mail("github-pr-merged-notification", provider="gmail", to=A_TO, unix=u, ip=ip, helo="out-%d.smtp.github.com" % rng.randint(10, 30),
           mailfrom=mf, ar=gmail_ar("github.com", ip, mf, pol="REJECT"), dkim_lines=[dkim_generic(u, "github.com", "pf2023")],
           head=head, body=multi("alternative", part(txt, "plain", "UTF-8", "7bit"), part(html, "html", "UTF-8", "7bit")),
           label=dict(kind="unrelated", case_id=None, account_ids=[], sender_verified=False))

# U10: phishing not about the merge (Ahmed, Gmail) - look-alike domain, "suspension"
u = T(2025, 2, 3, 22, 17, 40)
ip = "45.137.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
mf = "info@aws-certify-portal.com"
txt = """Dear Candidate,

Our records show that your AWS Certification profile (Candidate ID: AWS 04455120) has not completed the mandatory 2025 identity re-validation.

To avoid suspension of your certifications and digital badges, please sign in and update your payment verification within 24 hours:

https://aws-certify-portal.com/secure/validate?cid=AWS04455120

If no action is taken, your profile will be suspended and your certification status will be shown as "Revoked".

AWS Certification Team
"""
head = [("From", "AWS Certification <info@aws-certify-portal.com>"), ("To", E_TO),
        ("Subject", "Action required: your AWS Certification profile will be suspended"),
        ("Date", rfcdate(u, 180)), ("Message-ID", "<%s@aws-certify-portal.com>" % hexrand(20)), ("MIME-Version", "1.0"),
        ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
other_mail("phish-profile-suspension-not-merge", provider="gmail", to=E_TO, unix=u, ip=ip, helo="vps-%d.hostedvm.net" % rng.randint(1000, 9999),
           mailfrom=mf, ar=gmail_ar("aws-certify-portal.com", ip, mf, dkim="pass", dmarc="pass"),
           dkim_lines=[dkim_generic(u, "aws-certify-portal.com", "default")], pdt=False,
           head=head, body=part(txt, "plain", "utf-8", "quoted-printable"),
           label=dict(kind="unrelated", case_id=None, account_ids=["AWS04455120"], sender_verified=False))

# P1: phishing confirmation request from a look-alike domain, reusing Priya's case id
u = T(2025, 6, 2, 8, 51, 3)
ip = "103.75.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
mf = "support@amazon-certification-support.com"
txt = f"""Hello Priya,

To finalize the merge of your AWS Certification accounts we need one last confirmation.

Account to be merged: {A_OLD}
Account to be kept:   {A_KEEP}

For security reasons this confirmation must be given through our secure portal. Please sign in with your AWS Certification credentials and click "Confirm merge":

https://amazon-certification-support.com/case/{A_CID}/confirm

If we do not receive your confirmation within 24 hours, both accounts will be locked for review.

Kind regards,
AWS Training and Certification Customer Support
"""
head = [("From", "Amazon Web Services <aws-cs-trainingcertification-form@amazon-certification-support.com>"), ("To", A_TO),
        ("Subject", form_subject(A_CID)),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%s@amazon-certification-support.com>" % uuid.UUID(int=rng.getrandbits(128))),
        ("MIME-Version", "1.0")]
other_mail("lookalike-domain-confirm-merge-phish", provider="gmail", to=A_TO, unix=u, ip=ip, helo="mail.amazon-certification-support.com",
           mailfrom=mf, ar=gmail_ar("amazon-certification-support.com", ip, mf), dkim_lines=[dkim_generic(u, "amazon-certification-support.com", "mail")],
           head=head, body=alt(txt, cte="quoted-printable"),
           label=dict(kind="merge_confirmation_requested", case_id=A_CID, account_ids=[A_KEEP, A_OLD], sender_verified=False))

# P2: spoofed amazon.com "merge completed" - provider AR says dmarc=fail; a forged AR lower down says pass
u = T(2023, 9, 5, 6, 12, 39)
ip = "185.234.72.%d" % rng.randint(2, 250)
helo = "srv%d.fastvps-host.ru" % rng.randint(100, 999)
ar = ("spf=fail (sender IP is %s)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000" % ip)
tr = trace_outlook(C_TO, u, ip, helo, "no-reply-aws@amazon.com", ar, [], spf="Fail")
tr.append("Authentication-Results: amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com")
txt = """Hello,

Your AWS Certification accounts have been successfully merged.

To keep access to your certifications, digital badges and exam benefits on the merged account, you must verify your sign-in within 48 hours. Unverified merged accounts are deactivated automatically.

Verify now: http://aws-training-verify.support/login?session=8f3a1c

Best regards,
Amazon Web Services
"""
head = [("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", C_TO),
        ("Subject", "Your certification accounts have been merged - action required"),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%s@%s>" % (hexrand(16), helo)), ("MIME-Version", "1.0")]
emit("spoofed-amazon-merge-done-dmarc-fail", tr, head, alt(txt, cte="quoted-printable"),
     dict(kind="merge_completed", case_id=None, account_ids=[], sender_verified=False))

# P3: look-alike Credly "badges moved after merge" (Yuki, Gmail)
u = T(2025, 9, 11, 14, 3, 22)
ip = "91.215.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
mf = "bounce@credly-badges.net"
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badges.net/img/logo.png" alt="Credly" width="96"></p>
<p>Hi Yuki,</p>
<p>Following the merge of your AWS Certification accounts, <b>2 badges</b> from Amazon Web Services Training and Certification have been transferred to you and are ready to accept:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://credly-badges.net/accept?u={hexrand(12)}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badges</a></p>
<p>Badges not accepted within 7 days will be returned to the issuer.</p>
<p style="font-size:12px;color:#777">Credly, Austin, TX</p>
</body></html>
"""
head = [("From", "Credly <notifications@credly-badges.net>"), ("To", F_TO),
        ("Subject", "Your badges have been transferred - accept them now"),
        ("Date", rfcdate(u, 0)), ("Message-ID", "<%s@credly-badges.net>" % hexrand(24)), ("MIME-Version", "1.0")]
other_mail("lookalike-credly-badges-moved", provider="gmail", to=F_TO, unix=u, ip=ip, helo="mail.credly-badges.net",
           mailfrom=mf, ar=gmail_ar("credly-badges.net", ip, mf, dkim="none", spf="softfail", dmarc="none"),
           dkim_lines=[], head=head, body=part(html, "html", "utf-8", "base64"),
           label=dict(kind="credly_badge_issued", case_id=None, account_ids=[], sender_verified=False))

# === END MAILS ===


def finish():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")


finish()
