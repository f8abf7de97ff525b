#!/usr/bin/env python3
"""Generator for blind set 294: AWS Certification account-merge mailbox fixtures.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(294)
MAILS = []          # (filename, bytes)
LABELS = {}

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")
JST = timezone(timedelta(hours=9), "JST")
CET = timezone(timedelta(hours=2), "CEST")

ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-_]?(\d{8})(?!\d)", re.I)


# ---------------------------------------------------------------- helpers
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ralnum(n, lower=True):
    a = "abcdefghijklmnopqrstuvwxyz0123456789" if lower else "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(R.choice(a) for _ in range(n))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


def rfcdate(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def rfcdate_tzname(d):
    return rfcdate(d) + " (%s)" % (d.tzname() or "UTC")


def ses_msgid(d, region="us-east-1"):
    ms = int(d.timestamp() * 1000)
    pre = ("0100" if region == "us-east-1" else "0102") + format(ms, "012x")
    u = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    dom = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return "%s-%s-000000@%s" % (pre, u, dom)


def enc_words(s, charset="utf-8", mode="B", maxbytes=42):
    """Encode s as RFC 2047 encoded-words, folded over lines."""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset, errors="strict")) > maxbytes and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def text_to_html(text):
    """Plain text -> simple HTML, '>' quoted lines become blockquotes."""
    out, para, depth = [], [], 0

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        lvl = m.group(1).count(">")
        body = m.group(2)
        if lvl != depth:
            flush()
            while depth < lvl:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                depth += 1
            while depth > lvl:
                out.append("</blockquote>")
                depth -= 1
        if body.strip() == "":
            flush()
        else:
            esc = htmlmod.escape(body)
            esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
            para.append(esc)
    flush()
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    return "\n".join(out)


def aws_html(inner, lang="en"):
    foot = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
    if lang == "ja":
        foot = ("Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. "
                "の登録商標です。本メッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA "
                "98109-5210 により作成・配信されています。")
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
        "<title>Amazon Web Services</title></head>\n"
        '<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;'
        'font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f;">\n'
        '<tr><td style="background:#232f3e;padding:16px 24px;">'
        '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/'
        'PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80" /></td></tr>\n'
        '<tr><td style="padding:24px;line-height:1.5;">\n' + inner + "\n</td></tr>\n"
        '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">'
        + htmlmod.escape(foot) + "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", encode_as=None, fmt_flowed=False):
    raw = text.replace("\r\n", "\n").encode(encode_as or charset)
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


# ---------------------------------------------------------------- transport / trace headers
SES_IPS = ["54.240.8.%d" % i for i in (17, 35, 62, 88, 101)] + ["54.240.48.%d" % i for i in (103, 116, 52)] + \
          ["23.251.234.%d" % i for i in (7, 12)]

GMAIL_SMTP = "2002:a05:%s:%s:b0:%s:%s" % ("7010", rhex(4), rhex(3), rhex(4))


def fold(name, value):
    return "%s: %s" % (name, value)


def dkim_sig(domain, selector, d, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", a="rsa-sha256"):
    b = rb64(344)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=%s; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s") % (a, selector, domain, int(d.timestamp()), headers, rb64(43), "\n\t".join(lines))


AWS_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def trace(profile, to, d, sender="aws", auth="pass", mailfrom=None, from_domain="amazon.com",
          ip=None, helo=None, extra_lower=None, dkim_domain=None):
    """Return list of raw header strings (top first) as seen in the recipient's mailbox.

    profile: gmail | outlook | nifty | ocn | biglobe | sakura | sonet | corp (no AR) | yahoo | fastmail
    auth: pass | dmarcfail | softfail-none | nonaligned
    """
    ip = ip or R.choice(SES_IPS)
    if sender == "aws":
        helo = helo or "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
        mailfrom = mailfrom or "%s@email.amazonses.com" % ses_msgid(d).split("@")[0]
        dkim_domain = dkim_domain or "amazon.com"
    recv = d + timedelta(seconds=R.randint(1, 4))
    mf_dom = mailfrom.split("@")[1]
    hs = []
    # auth verdicts
    spf = "pass"
    dk = "pass"
    dm = "pass"
    if auth == "dmarcfail":
        dk = "fail" if sender == "aws" else "none"
        spf = "softfail" if sender != "aws" else "pass"
        dm = "fail"
    elif auth == "nonaligned":
        dm = "none"
    elif auth == "dmarcfail_nodkim":
        dk, spf, dm = "none", "fail", "fail"
    elif auth == "spoof":
        dk, spf, dm = "none", "pass", "fail"
    aligned_dkim = dkim_domain if dk == "pass" else None

    if profile == "gmail":
        hs.append("Delivered-To: %s" % to)
        hs.append("Received: by %s with SMTP id %s;\n        %s" % (
            GMAIL_SMTP, ralnum(4) + "csp" + str(R.randint(100000, 999999)), rfcdate_tzname(recv.astimezone(PDT)).replace("+0000", "-0700")))
        hs.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        hs.append("X-Received: by 2002:a05:622a:%s:b0:%s:%s with SMTP id d75a77b69052e-%sf.%d.%d;\n        %s" % (
            rhex(3), rhex(3), rhex(4), rhex(10), R.randint(10, 999), int(recv.timestamp()), rfcdate_tzname(recv.astimezone(PDT))))
        arcsel = "arc-20240605" if recv.year >= 2024 else "arc-20160816"
        arc_seal = ("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=" + arcsel + ";\n        b=%s") % (
            int(recv.timestamp()), rb64(70) + "\n         " + rb64(70) + "\n         " + rb64(52) + "==")
        arc_ms = ("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=" + arcsel + ";\n"
                  
                  "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                  "         :dkim-signature:dkim-signature;\n"
                  "        bh=%s=;\n        fh=%s=;\n        b=%s==;\n        dara=google.com") % (
            rb64(43), rb64(43), rb64(70) + "\n        " + rb64(62))
        ar_lines = []
        if sender == "aws" or dkim_domain:
            if dk == "pass":
                ar_lines.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_domain, AWS_SEL if sender == "aws" else "s1", rb64(8)))
            elif dk == "fail":
                ar_lines.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (from_domain, AWS_SEL, rb64(8)))
        if sender == "aws":
            ar_lines.append("dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, rb64(8)))
        spf_txt = {"pass": "designates %s as permitted sender" % ip,
                   "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
                   "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip)}[spf]
        if spf == "pass":
            ar_lines.append("spf=pass (google.com: domain of %s %s) smtp.mailfrom=%s" % (mailfrom, spf_txt, mailfrom))
        else:
            ar_lines.append("spf=%s (google.com: %s) smtp.mailfrom=%s" % (spf, spf_txt, mailfrom))
        pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if from_domain == "amazon.com" else "(p=NONE sp=NONE dis=NONE)"
        if dm == "fail" and from_domain == "amazon.com":
            pol = "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
        if dm != "none":
            ar_lines.append("dmarc=%s %s header.from=%s" % (dm, pol, from_domain))
        ar = "mx.google.com;\n       " + ";\n       ".join(ar_lines)
        hs.append(arc_seal)
        hs.append(arc_ms)
        hs.append("ARC-Authentication-Results: i=1; " + ar)
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id d75a77b69052e-%ssi%d.%d.%s\n"
                  "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                      helo or "mail.%s" % mf_dom, helo or "mail.%s" % mf_dom, ip, rhex(10), R.randint(100000, 9999999),
                      R.randint(100, 999), recv.astimezone(PDT).strftime("%Y.%m.%d.%H.%M.%S"), to, rfcdate_tzname(recv.astimezone(PDT))))
        hs.append("Received-SPF: %s (google.com: domain of %s %s) client-ip=%s;" % (spf, mailfrom, spf_txt, ip))
        hs.append("Authentication-Results: " + ar)
    elif profile in ("outlook", "outlookcorp"):
        tenant = "outlook.com" if profile == "outlook" else "prod.outlook.com"
        srv = R.choice(["TYCPR01MB%d" % R.randint(1000, 9999), "SA1PR12MB%d" % R.randint(1000, 9999),
                        "DB9PR08MB%d" % R.randint(1000, 9999), "OS3PR01MB%d" % R.randint(1000, 9999)])
        edge = R.choice(["BN8NAM11FT0%d" % R.randint(10, 99), "TY2PEPF0000%d" % R.randint(1000, 9999),
                         "AMS0EPF000001%d" % R.randint(10, 99)])
        nprd = R.randint(1, 20)
        hs.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            srv, nprd, rhex(3), rhex(2), srv, nprd, rfcdate(recv)))
        hs.append("Received: from %s.mail.protection.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com\n"
                  " (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n"
                  " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                      edge, rhex(3), rhex(2), srv, nprd, rhex(3), rhex(2), R.randint(8000, 8999), R.randint(10, 40), rfcdate(recv)))
        parts = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (spf, ip, mf_dom)]
        if dk == "pass":
            parts.append(" dkim=pass (signature was verified)\n header.d=%s" % dkim_domain)
        elif dk == "fail":
            parts.append(" dkim=fail (body hash did not verify)\n header.d=%s" % from_domain)
        else:
            parts.append(" dkim=none (message not signed)\n header.d=none")
        if sender == "aws":
            parts.append("dkim=pass (signature was verified)\n header.d=amazonses.com")
        if dm == "pass":
            parts.append("dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % from_domain)
        elif dm == "fail":
            parts.append("dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % from_domain)
        else:
            parts.append("dmarc=bestguesspass action=none\n header.from=%s;compauth=pass reason=109" % from_domain)
        hs.append("Authentication-Results: " + ";".join(parts))
        hs.append("Received-SPF: %s (protection.outlook.com: domain of %s%s\n %s as permitted sender) receiver=protection.outlook.com;\n"
                  " client-ip=%s; helo=%s; pr=C" % (
                      spf.capitalize(), mf_dom, " designates" if spf == "pass" else " does not designate", ip, ip, helo or "mail." + mf_dom))
        hs.append("Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
                  " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (
                      helo or "mail." + mf_dom, ip, edge, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 8999), R.randint(10, 40), rfcdate(recv)))
        hs.append("X-MS-Exchange-Organization-ExpirationStartTime: %s" % recv.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)")
        hs.append("X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
        hs.append("Return-Path: %s" % mailfrom)
    elif profile in ("nifty", "ocn", "biglobe", "sakura", "sonet", "yahoo", "fastmail"):
        authserv = {"nifty": "mx.nifty.com", "ocn": "ocn.ne.jp", "biglobe": "biglobe.ne.jp",
                    "sakura": "www3%d.sakura.ne.jp" % R.randint(100, 999), "sonet": "mta.so-net.ne.jp",
                    "yahoo": "yahoo.co.jp", "fastmail": "mx6.messagingengine.com"}[profile]
        mx = {"nifty": "mta-snd.nifty.com", "ocn": "mgw%d.ocn.ad.jp" % R.randint(1, 9), "biglobe": "mx.biglobe.ne.jp",
              "sakura": authserv, "sonet": "mx-in.so-net.ne.jp", "yahoo": "mx.mail.yahoo.co.jp",
              "fastmail": "mx6.messagingengine.com"}[profile]
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Delivered-To: %s" % to)
        bits = ["spf=%s smtp.mailfrom=%s" % (spf, mf_dom if profile != "fastmail" else mailfrom)]
        if dk == "pass":
            bits.append("dkim=pass header.d=%s header.i=@%s" % (dkim_domain, dkim_domain))
        elif dk == "fail":
            bits.append("dkim=fail header.d=%s" % from_domain)
        else:
            bits.append("dkim=none")
        if sender == "aws":
            bits.append("dkim=pass header.d=amazonses.com")
        if dm != "none":
            bits.append("dmarc=%s header.from=%s" % (dm, from_domain))
        if profile == "fastmail":
            hs.append("X-ME-Sender: <xms:%s>" % rb64(24))
            hs.append("Authentication-Results: mx6.messagingengine.com;\n    " + ";\n    ".join(bits) +
                      ";\n    x-me-sender=none")
        else:
            hs.append("Authentication-Results: %s; " % authserv + ";\n\t".join(bits))
        hs.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo or "mail." + mf_dom, helo or "mail." + mf_dom, ip, mx, ralnum(12, lower=False), to,
            rfcdate(recv.astimezone(JST) if profile not in ("fastmail",) else recv)))
    elif profile == "corp":
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from mailgw01.%s (mailgw01.%s [10.20.1.11])\n\tby mbox02.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            to.split("@")[1], to.split("@")[1], to.split("@")[1], rhex(10).upper(), to, rfcdate(recv)))
        hs.append("Received: from %s (%s [%s])\n\tby mailgw01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo or "mail." + mf_dom, helo or "mail." + mf_dom, ip, to.split("@")[1], rhex(10).upper(), to, rfcdate(recv)))
    if extra_lower:
        hs.extend(extra_lower)
    return [h for h in hs if h]


def aws_dkim(d):
    return [dkim_sig("amazon.com", AWS_SEL, d, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
            dkim_sig("amazonses.com", SES_SEL, d, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")]


# ---------------------------------------------------------------- message assembly
def make_body(plain=None, html=None, charset="utf-8", cte="quoted-printable", html_cte=None, html_charset=None,
              encode_as=None, flowed=False):
    if plain is not None and html is not None:
        m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
        m.attach(textpart(plain, "plain", charset, cte, encode_as))
        m.attach(textpart(html, "html", html_charset or charset, html_cte or cte, encode_as if not html_charset else None))
        del m["MIME-Version"]
        return m
    if html is not None:
        return textpart(html, "html", html_charset or charset, html_cte or cte, encode_as)
    return textpart(plain, "plain", charset, cte, encode_as, fmt_flowed=flowed)


def emit(slug, kind, *, headers, body, case_id, lang, new_text, sv, ids=None, extra_top=None):
    """headers: list of raw header strings in order (trace first). body: Message (content part)."""
    n = len(MAILS) + 1
    name = "%03d-%s.eml" % (n, slug)
    bio = BytesIO()
    gen = BytesGenerator(bio, mangle_from_=False, policy=compat32.clone(max_line_length=0, linesep="\n"))
    gen.flatten(body)
    content = bio.getvalue()
    head = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    data = head.encode("ascii") + content
    if not data.endswith(b"\n"):
        data += b"\n"
    auto_ids = ids_in(new_text)
    if ids is not None and sorted(ids) != auto_ids:
        raise SystemExit("%s: ids mismatch %s vs %s" % (name, ids, auto_ids))
    MAILS.append((name, data))
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": auto_ids, "sender_verified": sv,
                    "language": lang}
    return name


def std_headers(trace_hs, dkims, date, frm, to, subject, msgid, extra=(), cc=None, reply_to=None):
    hs = list(trace_hs) + list(dkims)
    hs.append("Date: %s" % date)
    hs.append("From: %s" % frm)
    if reply_to:
        hs.append("Reply-To: %s" % reply_to)
    hs.append("To: %s" % to)
    if cc:
        hs.append("Cc: %s" % cc)
    hs.append("Message-ID: <%s>" % msgid)
    hs.append("Subject: %s" % subject)
    hs.extend(extra)
    return hs


def aws_mail(slug, kind, *, to, d, subject, new, quoted="", profile="gmail", lang="en", case_id=None,
             frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', html=True,
             html_only=False, charset="utf-8", cte="quoted-printable", html_cte=None, encode_as=None,
             auth="pass", extra_lower=None, ids=None, sv=True, from_domain="amazon.com", html_inner=None,
             extra=(), region="us-east-1", dkims=None, mailfrom=None, ip=None, html_charset=None):
    plain = new + (("\n" + quoted) if quoted else "")
    th = trace(profile, to.split("<")[-1].strip(">"), d, "aws", auth, from_domain=from_domain,
               extra_lower=extra_lower, mailfrom=mailfrom, ip=ip)
    mid = ses_msgid(d, region)
    hdr_extra = ["X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip or R.choice(SES_IPS)),
                 "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43)] + list(extra)
    hs = std_headers(th, aws_dkim(d) if dkims is None else dkims, rfcdate(d), frm, to, subject, mid, hdr_extra)
    htm = None
    if html or html_only:
        htm = aws_html(html_inner if html_inner is not None else text_to_html(plain), lang)
    body = make_body(None if html_only else plain, htm, charset, cte, html_cte, html_charset, encode_as)
    return emit(slug, kind, headers=hs, body=body, case_id=case_id, lang=lang, new_text=new, sv=sv, ids=ids)


# ================================================================= THE MAILS
# Common footers / signatures
FORM_FOOT = ("To contact us again about this case, please reply to this email. Please do not change the "
             "subject line, as it contains the reference we use to route your message.\n\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
             "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 "
             "Terry Ave. North, Seattle, WA 98109-5210")

CONSOLE_FOOT = ("We value your feedback. Please share your experience by rating this and other correspondences "
                "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
                "corner of the correspondence.\n\n"
                "Best regards,\nAmazon Web Services\n\n"
                "======================================================\n"
                "To see all the correspondence on this case, or to add a reply, please sign in to the AWS Support "
                "Center: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above.\n"
                "======================================================\n\n"
                "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
                "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry "
                "Ave. North, Seattle, WA 98109-5210")

CONSOLE_FOOT_JA = ("今回のお問い合わせへの対応について、AWS サポートセンターで評価をお寄せください。各回答の右上にある"
                   "星を選択して評価できます。\n\n"
                   "よろしくお願いいたします。\nAmazon Web Services\n\n"
                   "======================================================\n"
                   "このケースのすべてのやり取りを確認したり、返信を追加したりするには、AWS サポートセンターにサインインしてください: "
                   "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
                   "*このメールは送信専用アドレスから送信されています。ご返信いただいても受信できません。\n"
                   "このケースに返信するには、上記のリンクからお手続きください。\n"
                   "======================================================\n\n"
                   "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。")

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def gmail_attr(d, name, addr):
    d2 = d
    return "On %s at %s %s <%s> wrote:" % (d2.strftime("%a, %b %-d, %Y"), d2.strftime("%-I:%M %p"), name, addr)


def quote(text, level=1):
    out = []
    for line in text.split("\n"):
        pre = "> " * level
        out.append((pre + line).rstrip())
    return "\n".join(out)


WD_JA = "月火水木金土日"


def ja_attr(d, name, addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, addr)


def outlook_block(frm, sent, to, subject, ja=False):
    if ja:
        return "差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s" % (frm, sent, to, subject)
    return "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, sent, to, subject)


def outlook_sent(d):
    return d.strftime("%A, %B %-d, %Y %-I:%M %p")


def other_mail(slug, kind, *, to, d, frm, subject, new, quoted="", profile="gmail", lang="en", case_id=None,
               html=None, html_only=False, plain=None, charset="utf-8", cte="quoted-printable", html_cte=None,
               auth="pass", mailfrom=None, ip=None, helo=None, dkim_domain=None, from_domain=None, sv=False,
               msgid=None, extra=(), ids=None, encode_as=None, dkim=True, extra_lower=None, cc=None,
               reply_to=None, html_charset=None, flowed=False):
    from_domain = from_domain or frm.split("@")[-1].strip(">").strip()
    dkim_domain = dkim_domain if dkim_domain is not None else from_domain
    th = trace(profile, to.split("<")[-1].strip(">"), d, "other", auth, mailfrom=mailfrom, from_domain=from_domain,
               ip=ip, helo=helo, dkim_domain=dkim_domain if auth not in ("dmarcfail_nodkim",) else None,
               extra_lower=extra_lower)
    dk = [dkim_sig(dkim_domain, "s1", d)] if dkim and dkim_domain else []
    hs = std_headers(th, dk, rfcdate(d), frm, to, subject, msgid or ("%s@%s" % (rhex(24), from_domain)),
                     list(extra), cc=cc, reply_to=reply_to)
    if plain is None and not html_only:
        plain = new + (("\n" + quoted) if quoted else "")
    body = make_body(None if html_only else plain, html, charset, cte, html_cte, html_charset, encode_as, flowed)
    return emit(slug, kind, headers=hs, body=body, case_id=case_id, lang=lang, new_text=new, sv=sv, ids=ids)


def credly_html(title, lines, button, url):
    inner = "".join("<p style=\"margin:0 0 16px 0;\">%s</p>" % htmlmod.escape(l) for l in lines)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
        "<body style=\"margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;\">\n"
        "<table role=\"presentation\" width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"560\" style=\"background:#fff;margin:24px 0;\"><tr><td style=\"padding:32px;\">\n"
        "<img src=\"https://images.credly.com/images/credly-logo.png\" alt=\"Credly\" width=\"96\"><h1 style=\"font-size:22px;color:#222;\">%s</h1>\n"
        "%s\n<p><a href=\"%s\" style=\"display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;"
        "border-radius:4px;text-decoration:none;font-weight:bold;\">%s</a></p>\n"
        "<p style=\"font-size:11px;color:#888;\">Credly, Inc. | 25 Broadway, 12th Floor, New York, NY 10004<br>"
        "<a href=\"https://www.credly.com/notifications/unsubscribe\">Manage email preferences</a></p>\n"
        "</td></tr></table></td></tr></table></body></html>\n") % (htmlmod.escape(title), htmlmod.escape(title), inner, url, button)


def sendgrid_from(to, dom="em.credly.com"):
    return "bounces+%d-%s-%s@%s" % (R.randint(1000000, 9999999), rhex(4), to.replace("@", "="), dom)


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for name, data in MAILS:
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
    print("wrote %d mails" % len(MAILS))



# ================================================================= MAILS

# ---------------------------------------------------------------- T1: Daniel Okafor, form desk, Gmail
T1_TO = "Daniel Okafor <dokafor.cloud@gmail.com>"
T1_OPEN = dt(2025, 5, 27, 13, 41, 22)
T1_CASE = case15(T1_OPEN)
T1_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1_CASE

aws_mail("form-ack-account-merge", "case_created", to=T1_TO, d=T1_OPEN + timedelta(seconds=38), case_id=T1_CASE,
         subject=T1_SUBJ, new="""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support.

This message confirms that we have received your request. Your case number is %s. A member of our team will review it and get back to you, generally within 24 hours. To help us serve you faster, please do not submit a new form for the same request; you can add information by replying to this email.

A copy of your submission is included below for your records.

Inquiry type: AWS Certification
Detail: Account Merge
First name: Daniel
Last name: Okafor
Email: dokafor.cloud@gmail.com
AWS candidate ID: AWS10592263
Description: I have two Certification accounts. The older one (AWS04417832) is registered with my previous employer's address d.okafor@northwind-logistics.com which I can no longer access. I'd like everything moved to AWS10592263 please.

Kind regards,
AWS Training and Certification Customer Support

%s""" % (T1_CASE, FORM_FOOT))

T1_REQ_D = dt(2025, 5, 28, 16, 12, 5)
T1_REQ = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification, and for the details in your submission.

I have located both of your certification profiles:

  - AWS04417832 - d.okafor@northwind-logistics.com - 1 active certification (AWS Certified Cloud Practitioner)
  - AWS10592263 - dokafor.cloud@gmail.com - 1 active certification (AWS Certified Solutions Architect - Associate)

As requested, AWS04417832 will be merged into AWS10592263. AWS10592263 will remain as your active account, and the exam history, certifications and any unused benefits from AWS04417832 will be transferred to it. Once the process is finished, AWS04417832 will be closed and you will no longer be able to sign in with it.

Please be aware that a merge cannot be undone after it has been processed.

Before I submit this to our back-end team, could you please reply to this email and confirm that the information above is correct and that you would like us to go ahead?

Best regards,

Harriet M.
AWS Training and Certification Customer Support

%s""" % FORM_FOOT
aws_mail("re-form-please-confirm-merge", "merge_confirmation_requested", to=T1_TO, d=T1_REQ_D, case_id=T1_CASE,
         subject="RE:" + T1_SUBJ, new=T1_REQ, ids=["AWS04417832", "AWS10592263"])

T1_USER_REPLY_D = dt(2025, 5, 28, 17, 3, 44)
T1_Q = """%s
> Hi Harriet,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Daniel
>
> %s
> %s""" % (gmail_attr(T1_USER_REPLY_D.astimezone(PDT), "Daniel Okafor", "dokafor.cloud@gmail.com"),
          gmail_attr(T1_REQ_D.astimezone(PDT), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com"),
          quote(T1_REQ.split("\n\nTo contact us again")[0]).replace("\n", "\n> ").replace("> >", "> >"))
aws_mail("re-form-thanks-we-will-proceed", "support_reply", to=T1_TO, d=dt(2025, 5, 29, 2, 27, 51), case_id=T1_CASE,
         subject="RE:" + T1_SUBJ, new="""Dear Daniel,

Greetings from AWS Training and Certification!

Thank you for your confirmation. I have now raised the request to our internal team to merge the account AWS04417832 into AWS10592263. Kindly allow 2-3 business days for the same to be completed. I will update you on this case as soon as I hear back from them.

Meanwhile, please do not schedule any new exam on either account, as this may delay the process.

Regards,
Pooja S.
AWS Training and Certification Customer Support

%s
""" % FORM_FOOT, quoted=T1_Q, ids=["AWS04417832", "AWS10592263"])

aws_mail("re-form-merge-done", "merge_completed", to=T1_TO, d=dt(2025, 5, 30, 18, 4, 17), case_id=T1_CASE,
         subject="RE:" + T1_SUBJ, new="""Hello Daniel,

Good news: the two certification accounts have been successfully merged. All of your certifications and exam history now appear under AWS10592263, which is the account you will use going forward.

A few things to check on your side:
 * Sign out of aws.training and sign back in so the change is picked up.
 * Your Certification benefits (including the 50%% exam discount voucher) are listed under Benefits in your account.
 * Your Credly badges may take up to 48 hours to appear in the Credly account linked to dokafor.cloud@gmail.com.

If anything looks off, just reply to this email and we will take a look.

Best regards,

Harriet M.
AWS Training and Certification Customer Support

%s""" % FORM_FOOT, ids=["AWS10592263"])

T1_SURVEY_INNER = """<p>Hello Daniel,</p>
<p>Your case <b>%s</b> has been marked as resolved.</p>
<p>We would love to hear about your experience with AWS Training and Certification Customer Support.</p>
<p style="font-weight:bold;">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#1d8102;border-radius:2px;"><a href="https://survey.training.aws/s/csat?c=%s&amp;r=yes" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none;">YES</a></td>
<td style="background:#d13212;border-radius:2px;"><a href="https://survey.training.aws/s/csat?c=%s&amp;r=no" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none;">NO</a></td>
</tr></table>
<p>If you need further help with this request, simply reply to this email within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>""" % (T1_CASE, T1_CASE, T1_CASE)
aws_mail("form-case-resolved-survey", "survey", to=T1_TO, d=dt(2025, 5, 30, 18, 6, 2), case_id=T1_CASE,
         subject="Your case %s has been resolved - tell us how we did" % T1_CASE,
         new="""Hello Daniel,

Your case %s has been marked as resolved.

We would love to hear about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?
YES: https://survey.training.aws/s/csat?c=%s&r=yes
NO: https://survey.training.aws/s/csat?c=%s&r=no

If you need further help with this request, simply reply to this email within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification Customer Support""" % (T1_CASE, T1_CASE, T1_CASE), html_inner=T1_SURVEY_INNER, cte="7bit")

T1_CRED_D = dt(2025, 5, 31, 9, 14, 40)
T1_CRED_URL = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
other_mail("credly-badge-issued-after-merge", "credly_badge_issued", to="dokafor.cloud@gmail.com", d=T1_CRED_D,
           frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
           subject="Daniel, you've been issued a badge: AWS Certified Cloud Practitioner",
           mailfrom=sendgrid_from("dokafor.cloud@gmail.com"), ip="149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), dkim_domain="credly.com", sv=True,
           new="""Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

This badge was moved to this Credly account as part of an update to your AWS Certification profile. Accept your badge to add it to your profile and share it with your network.

Accept your badge: %s

Badge details
Issued: May 31, 2025
Expires: Feb 12, 2027

Questions? Visit https://support.credly.com

Credly, Inc. | 25 Broadway, 12th Floor, New York, NY 10004
Manage email preferences: https://www.credly.com/notifications/unsubscribe""" % T1_CRED_URL,
           html=credly_html("You've been issued a badge", [
               "Hi Daniel,",
               "Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.",
               "This badge was moved to this Credly account as part of an update to your AWS Certification profile. "
               "Accept your badge to add it to your profile and share it with your network.",
               "Issued: May 31, 2025 - Expires: Feb 12, 2027"], "Accept your badge", T1_CRED_URL),
           extra=["X-SG-EID: %s" % rb64(60), "X-Entity-ID: %s==" % rb64(22)])

# ---------------------------------------------------------------- T2: Priya Raman, form desk, outlook.com, 11-digit
T2_TO = "priya.raman@outlook.com"
T2_CASE = "12457093381"
T2_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T2_CASE
T2_ASK_D = dt(2023, 3, 15, 11, 2, 9)
T2_ASK = """Hi Priya,

Thank you for contacting AWS Training & Certification.

Upon checking, we found three AWS Certification accounts under your name:

1. AWS02938475 - registered with priya.raman@outlook.com (created 2019)
2. AWS07731946 - registered with praman@brightpath-it.co.uk (created 2021)
3. AWS08820113 - registered with priya.r@hexalon.io (created 2022)

In order to merge the accounts, we need to know which one of the above you would like to keep as your primary account. All the other accounts will be merged into the primary one and will be deactivated afterwards. Also please let us know the email address you want to use for login and for receiving the notifications going forward.

Looking forward for your response.

Regards,
Ramesh K.
AWS Training and Certification Support

%s""" % FORM_FOOT
aws_mail("re-form-which-account-to-keep", "support_reply", to=T2_TO, d=T2_ASK_D, case_id=T2_CASE, profile="outlook",
         subject="RE:" + T2_SUBJ, new=T2_ASK, cte="base64",
         ids=["AWS02938475", "AWS07731946", "AWS08820113"])

T2_USER1_D = dt(2023, 3, 15, 19, 48, 0)
T2_REQ_D = dt(2023, 3, 16, 9, 31, 27)
T2_REQ = """Hello Priya,

Greetings of the day!

Thank you for the information. As per your response, we would like to merge the below mentioned accounts:

Source accounts: aws 07731946 and AWS-08820113
Target (primary) account: AWS 02938475

Login and notification email after merge: priya.raman@outlook.com

Kindly confirm us the same so we can proceed further with the merge request. Please note that once the accounts are merged it can not be reverted back.

Regards,
Ramesh K.
AWS Training and Certification Support

%s""" % FORM_FOOT
T2_REQ_Q = """
%s

Hi Ramesh,

Thanks for checking. Please keep AWS02938475 (the personal one, priya.raman@outlook.com) - I no longer have access to the two company mailboxes.

Best,
Priya

Sent from Outlook for iOS

%s

%s""" % ("_" * 32, outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                  outlook_sent(T2_ASK_D), "priya.raman@outlook.com <priya.raman@outlook.com>",
                                  "RE:" + T2_SUBJ), T2_ASK.split("\n\nTo contact us again")[0])
T2_REQ_Q = T2_REQ_Q.replace("%s\n\nHi Ramesh" % ("_" * 32), "%s\n%s\n\nHi Ramesh" % ("_" * 32, outlook_block(
    "Priya Raman <priya.raman@outlook.com>", outlook_sent(T2_USER1_D),
    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "RE:" + T2_SUBJ)))
aws_mail("re-form-kindly-confirm-us-the-same", "merge_confirmation_requested", to=T2_TO, d=T2_REQ_D, case_id=T2_CASE,
         profile="outlook", subject="RE:" + T2_SUBJ, new=T2_REQ, quoted=T2_REQ_Q, html=False, cte="7bit",
         ids=["AWS02938475", "AWS07731946", "AWS08820113"])

T2_CHASE_D = dt(2023, 3, 18, 10, 5, 40)
T2_CHASE = """Hello Priya,

We are writing to follow up on your case with AWS Training and Certification.

We have not yet received a response to our previous email. Kindly go through the details shared in our last message and reply to us at your earliest convenience so that we can move forward with your request.

If you have already responded, please ignore this email.

Regards,
Ramesh K.
AWS Training and Certification Support

%s""" % FORM_FOOT
aws_mail("re-form-follow-up-no-response", "support_reply", to=T2_TO, d=T2_CHASE_D, case_id=T2_CASE, profile="outlook",
         subject="RE:" + T2_SUBJ, new=T2_CHASE, cte="quoted-printable",
         quoted="\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
                "Sent: %s\nTo: priya.raman@outlook.com\nSubject: RE:%s\n\n%s" % (
                    outlook_sent(T2_REQ_D), T2_SUBJ, T2_REQ.split("\n\nTo contact us again")[0]), ids=[])

T2_REM2_D = dt(2023, 3, 21, 8, 44, 12)
T2_REM2 = """Hello Priya,

This is our second follow-up on your case.

We are still awaiting your confirmation before we can process the merge of your AWS Certification accounts. To recap, the request is:

  AWS07731946 -> merged into AWS02938475
  AWS08820113 -> merged into AWS02938475

AWS02938475 will be retained as your primary account.

Please reply with "Yes, proceed" if the above is correct. If we do not hear back within 3 business days, this case will be closed; you can still reopen it by replying to this email.

Regards,
Ramesh K.
AWS Training and Certification Support"""
aws_mail("re-form-second-follow-up-recap", "merge_confirmation_requested", to=T2_TO, d=T2_REM2_D, case_id=T2_CASE,
         profile="outlook", subject="RE:" + T2_SUBJ, new=T2_REM2, html_only=True, cte="base64",
         ids=["AWS02938475", "AWS07731946", "AWS08820113"])

# ---------------------------------------------------------------- T3: 山田 健太, console case in Japanese, Gmail
T3_TO = "k.yamada.aws@gmail.com"
T3_OPEN = dt(2025, 6, 9, 1, 15, 40)
T3_CASE = case15(T3_OPEN)
T3_CSUBJ = "AWS 認定アカウントの統合について"
T3_FOOT = CONSOLE_FOOT_JA.replace("{cid}", T3_CASE)

aws_mail("console-case-opened-ja", "case_created", to=T3_TO, d=T3_OPEN + timedelta(seconds=21), case_id=T3_CASE,
         frm=CONSOLE_FROM, lang="ja", html=False, charset="iso-2022-jp", cte="7bit",
         subject=enc_words("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % T3_CASE, "iso-2022-jp"),
         new="""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
サービス: Training and Certification
カテゴリ: 認定アカウント

担当者より、通常 24 時間以内にご連絡いたします。ケースの詳細の確認や情報の追加は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

同じ内容で新しいケースを作成されますと、対応が遅れる場合がございます。あらかじめご了承ください。

よろしくお願いいたします。
Amazon Web Services

*このメールは送信専用アドレスから送信されています。ご返信いただいても受信できません。""" % (T3_CASE, T3_CASE, T3_CSUBJ, T3_CASE))

T3_RE_SUBJ = enc_words("RE:[CASE %s] %s" % (T3_CASE, T3_CSUBJ), "iso-2022-jp")
aws_mail("console-ja-ask-login-emails", "support_reply", to=T3_TO, d=dt(2025, 6, 10, 3, 22, 18), case_id=T3_CASE,
         frm=CONSOLE_FROM, lang="ja", charset="iso-2022-jp", cte="7bit", html_charset="utf-8",
         html_cte="quoted-printable", subject=T3_RE_SUBJ, ids=["AWS05518820", "AWS09912034"],
         new="""山田 健太 様

AWS Training and Certification サポートの田中でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お知らせいただいた受験者 ID (AWS05518820 / AWS09912034) について確認いたしましたところ、いずれも山田様のお名前で登録されていることを確認いたしました。

統合のお手続きを進めるにあたり、恐れ入りますが、以下の情報をご提供いただけますでしょうか。

1. 各アカウントにご登録のメールアドレス(サインインに使用しているもの)
2. 統合後に残すアカウント(統合先)のご希望
3. 統合をご希望される理由(例: 転職に伴うメールアドレスの変更など)

ご不便をおかけいたしますが、ご協力のほどよろしくお願いいたします。

田中 真理子
Amazon Web Services

""" + T3_FOOT)

T3_REQ_D = dt(2025, 6, 11, 2, 10, 3)
T3_REQ = """山田 健太 様

お世話になっております。AWS Training and Certification サポートの田中でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに、以下の内容で認定アカウントの統合を行う予定です。

  統合元(統合後に無効となるアカウント): AWS-05518820 (kenta.yamada@tsubasa-systems.co.jp)
  統合先(引き続きご利用いただくアカウント): AWS09912034 (k.yamada.aws@gmail.com)

統合後は、統合元アカウントの認定資格、受験履歴、特典(次回受験の 50% 割引バウチャー等)はすべて統合先アカウントへ移行され、統合元アカウントにはサインインできなくなります。
なお、一度実施した統合は取り消すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがないかご確認のうえ、問題がなければサポートセンターの本ケースより「上記内容で統合を進めてください」とご返信いただけますでしょうか。
ご確認が取れ次第、手続きを開始いたします。

田中 真理子
Amazon Web Services

"""
aws_mail("console-ja-merge-kakunin-onegai", "merge_confirmation_requested", to=T3_TO, d=T3_REQ_D, case_id=T3_CASE,
         frm=CONSOLE_FROM, lang="ja", html=False, charset="iso-2022-jp", cte="7bit", subject=T3_RE_SUBJ,
         new=T3_REQ + T3_FOOT, ids=["AWS05518820", "AWS09912034"])

aws_mail("console-ja-reminder-no-ids", "support_reply", to=T3_TO, d=dt(2025, 6, 14, 1, 5, 55), case_id=T3_CASE,
         frm=CONSOLE_FROM, lang="ja", charset="utf-8", cte="base64", subject=T3_RE_SUBJ, ids=[],
         new="""山田 健太 様

いつもお世話になっております。AWS Training and Certification サポートの田中でございます。

6月11日にご案内いたしましたアカウント統合の件につきまして、その後ご確認いただけましたでしょうか。
お手すきの際に、サポートセンターの本ケースよりご返信をいただけますと幸いです。

すでにご返信いただいている場合は、行き違いとなり大変失礼いたしました。
なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますので、あらかじめご了承ください。

田中 真理子
Amazon Web Services
""", quoted="---------- 前回のご案内 (2025/06/11) ----------\n" + quote(T3_REQ.strip()) + "\n\n" + T3_FOOT)

aws_mail("console-ja-tougou-kanryou", "merge_completed", to=T3_TO, d=dt(2025, 6, 16, 6, 40, 12), case_id=T3_CASE,
         frm=CONSOLE_FROM, lang="ja", html=False, charset="iso-2022-jp", cte="7bit", subject=T3_RE_SUBJ,
         ids=["AWS09912034"],
         new="""山田 健太 様

お世話になっております。AWS Training and Certification サポートの田中でございます。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいておりました認定アカウントの統合作業が本日完了いたしましたので、ご報告いたします。
今後は AWS09912034 (k.yamada.aws@gmail.com) にてサインインしてください。旧アカウントで取得された認定資格および受験履歴も、こちらのアカウントでご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに 1〜2 営業日程度かかる場合がございます。数日経過しても表示されない場合は、本ケースにてお知らせください。

このたびはご協力いただき、誠にありがとうございました。

田中 真理子
Amazon Web Services

""" + T3_FOOT)

T3_SURV_D = dt(2025, 6, 16, 6, 41, 30)
T3_SURV = """山田 健太 様

ケース %s (%s) は解決済みとしてクローズされました。

今回の AWS サポートの対応について、ご意見をお聞かせください。所要時間は 1 分程度です。

問題は解決しましたか?
  はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

ケースを再開する必要がある場合は、14 日以内に AWS サポートセンターから返信を追加してください。

Amazon Web Services""" % (T3_CASE, T3_CSUBJ, T3_CASE, T3_CASE)
aws_mail("console-ja-case-closed-survey", "survey", to=T3_TO, d=T3_SURV_D, case_id=T3_CASE, frm=CONSOLE_FROM,
         lang="ja", html_only=True, charset="utf-8", cte="base64",
         subject=enc_words("Amazon Web Services: ケース %s がクローズされました - ご意見をお聞かせください" % T3_CASE, "utf-8"),
         new=T3_SURV, ids=[])

# ---------------------------------------------------------------- T4: 佐藤 美咲, form desk in Japanese, Exchange Online
T4_TO = "=?UTF-8?B?5L2Q6JekIOe+juWSsg==?= <misaki.sato@kaede-denki.co.jp>"
T4_ADDR = "misaki.sato@kaede-denki.co.jp"
T4_OPEN = dt(2025, 7, 2, 0, 48, 10)
T4_CASE = case15(T4_OPEN)
T4_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T4_CASE

aws_mail("form-ack-ja", "case_created", to=T4_TO, d=T4_OPEN + timedelta(seconds=44), case_id=T4_CASE,
         profile="outlookcorp", lang="ja", subject=T4_SUBJ, ids=["AWS11380962"],
         new="""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました。ケース番号は %s です。
通常 24 時間以内に担当者よりご連絡いたします。追加の情報がございましたら、本メールにご返信ください。同じ内容で再度フォームを送信されますと、対応が遅れる場合がございますのでご注意ください。

以下は送信いただいた内容の控えです。

お問い合わせの種類: AWS 認定
詳細: アカウントの統合
氏名: 佐藤 美咲
メールアドレス: misaki.sato@kaede-denki.co.jp
AWS 受験者 ID: AWS11380962
お問い合わせ内容: 以前、個人のメールアドレスで作成した認定アカウントがあり、会社のアカウントと二重になっています。会社のアカウントに一本化したいです。

AWS トレーニングと認定 カスタマーサポート

本メールは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 より送信されています。""" % T4_CASE)

T4_REQ_D = dt(2025, 7, 3, 1, 12, 37)
T4_REQ = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。
お問い合わせいただき、誠にありがとうございます。

ご依頼のアカウント統合につきまして、お客様のお名前で登録されている認定アカウントを確認いたしました。以下の内容で承ります。

① 統合されるアカウント: AWS 06120457 (misaki.s.0612@yahoo.co.jp)
② 統合後も残るアカウント: AWS 11380962 (misaki.sato@kaede-denki.co.jp)

統合完了後、①のアカウントで取得された認定(AWS Certified Developer - Associate)および受験履歴は②へ移行され、①のアカウントはご利用いただけなくなります。
また、統合は一度実施しますと元に戻すことができません。

お手数ではございますが、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認をいただいた後、統合の手続きを開始いたします。

今後ともどうぞよろしくお願い申し上げます。

小林 由紀
AWS トレーニングと認定 カスタマーサポート
"""
# body uses CP932-only characters (circled digits) but is labelled Shift_JIS, as some mailers do
aws_mail("re-form-ja-sjis-kakunin", "merge_confirmation_requested", to=T4_TO, d=T4_REQ_D, case_id=T4_CASE,
         profile="outlookcorp", lang="ja", subject="RE:" + T4_SUBJ, html=False, charset="Shift_JIS",
         encode_as="cp932", cte="8bit", new=T4_REQ, ids=["AWS06120457", "AWS11380962"])

T4_USER_D = dt(2025, 7, 3, 5, 20, 0).astimezone(JST)
T4_REM_D = dt(2025, 7, 4, 0, 31, 50)
T4_REM = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご質問をいただき、ありがとうございます。

①のアカウントに付与されている 50% 割引バウチャーにつきましては、有効期限内であれば統合後も②のアカウントでご利用いただけます。どうぞご安心ください。

あらためて、統合の内容を以下に記載いたします。

  統合されるアカウント: AWS06120457
  統合後も残るアカウント: AWS11380962

こちらの内容で統合を進めてよろしいでしょうか。恐れ入りますが、「問題ありません」など、本メールへのご返信にてご確認をお願いいたします。

小林 由紀
AWS トレーニングと認定 カスタマーサポート"""
T4_REM_Q = """
%s

小林様

ご連絡ありがとうございます。佐藤です。
統合の前に一点確認させてください。
個人アカウントのほうに、前回の合格時にもらった 50%% 割引のバウチャーが残っていると思うのですが、統合後も使えますでしょうか。

よろしくお願いいたします。

----------------------------------------
楓電機株式会社 情報システム部
佐藤 美咲
TEL: 03-5577-2140
----------------------------------------

%s

%s""" % (outlook_block("佐藤 美咲 <misaki.sato@kaede-denki.co.jp>", "%d年%d月%d日 %d:%02d" % (
    T4_USER_D.year, T4_USER_D.month, T4_USER_D.day, T4_USER_D.hour, T4_USER_D.minute),
    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "RE: RE:" + T4_SUBJ, ja=True),
    outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "2025年7月3日 10:12",
                  "佐藤 美咲 <misaki.sato@kaede-denki.co.jp>", "RE:" + T4_SUBJ, ja=True),
    T4_REQ.strip())
aws_mail("re-form-ja-voucher-answer-and-reconfirm", "merge_confirmation_requested", to=T4_TO, d=T4_REM_D,
         case_id=T4_CASE, profile="outlookcorp", lang="ja", subject="RE:" + T4_SUBJ, charset="utf-8",
         cte="base64", new=T4_REM, quoted=T4_REM_Q.replace("%%", "%"),
         ids=["AWS06120457", "AWS11380962"])

T4_USER2_D = dt(2025, 7, 4, 0, 58, 0).astimezone(JST)
aws_mail("re-form-ja-arigatou-tetsuzuki-kaishi", "support_reply", to=T4_TO, d=dt(2025, 7, 4, 6, 15, 2),
         case_id=T4_CASE, profile="outlookcorp", lang="ja", subject="RE:" + T4_SUBJ, charset="utf-8",
         cte="quoted-printable", ids=["AWS06120457", "AWS11380962"],
         new="""佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご確認いただき、誠にありがとうございます。

それでは、AWS06120457 を AWS11380962 に統合するお手続きを開始いたします。
完了までには通常 3〜5 営業日ほどお時間をいただいております。完了いたしましたら、あらためて本ケースにてご連絡いたします。

それまでの間、いずれのアカウントでも新たな試験のご予約はお控えいただけますようお願いいたします。

小林 由紀
AWS トレーニングと認定 カスタマーサポート
""", quoted="""
%s
> 小林様
>
> お世話になっております。佐藤です。
> 問題ありません。記載の内容で統合を進めてください。
>
> よろしくお願いいたします。
> 佐藤""" % ja_attr(T4_USER2_D, "佐藤 美咲", "misaki.sato@kaede-denki.co.jp"))

# ---------------------------------------------------------------- T5: Marco Bianchi, 2019, 10-digit case, HTML-only
T5_TO = "Marco Bianchi <marco.bianchi.it@gmail.com>"
T5_CASE = "6384920175"
T5_SUBJ = "RE:[CASE %s] Certification Account Merge Request" % T5_CASE
T5_FROM = '"AWS Certification" <aws-certification@amazon.com>'
T5_NEW = """Dear Marco,

Thank you for contacting AWS Certification.

We have reviewed your request and we are able to combine your two AWS Certification accounts. Please review the details below carefully:

Account to be retired: AWS00741285 (marco.bianchi@solare-energia.it)
Account to be kept: AWS01983340 (marco.bianchi.it@gmail.com)

All certifications, exam history and transcripts will be moved to the account to be kept. The retired account will no longer be accessible. This action is permanent.

Please respond to this email to confirm that you would like us to proceed with the merge as described above.

Sincerely,
Jonathan P.
AWS Certification Support"""
T5_INNER = """<p>Dear Marco,</p>
<p>Thank you for contacting AWS Certification.</p>
<p>We have reviewed your request and we are able to combine your two AWS Certification accounts. Please review the details below carefully:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr style="background:#f2f3f3;"><th align="left">&nbsp;</th><th align="left">Candidate ID</th><th align="left">Email</th></tr>
<tr><td>Account to be retired</td><td>AWS00741285</td><td>marco.bianchi@solare-energia.it</td></tr>
<tr><td><b>Account to be kept</b></td><td><b>AWS01983340</b></td><td>marco.bianchi.it@gmail.com</td></tr>
</table>
<p>All certifications, exam history and transcripts will be moved to the account to be kept. The retired account will no longer be accessible. <b>This action is permanent.</b></p>
<p>Please respond to this email to confirm that you would like us to proceed with the merge as described above.</p>
<p>Sincerely,<br>Jonathan P.<br>AWS Certification Support</p>
<p style="font-size:11px;color:#687078;">Case ID: %s</p>""" % T5_CASE
aws_mail("2019-html-only-please-confirm", "merge_confirmation_requested", to=T5_TO, d=dt(2019, 9, 18, 20, 14, 9),
         case_id=T5_CASE, frm=T5_FROM, subject=T5_SUBJ, new=T5_NEW, html_only=True, html_inner=T5_INNER,
         cte="base64", ids=["AWS00741285", "AWS01983340"])

aws_mail("2019-records-consolidated", "merge_completed", to=T5_TO, d=dt(2019, 9, 21, 0, 2, 48), case_id=T5_CASE,
         frm=T5_FROM, subject=T5_SUBJ, cte="quoted-printable", ids=["AWS01983340"],
         new="""Dear Marco,

Thank you for your patience.

The consolidation of your certification records has been completed. Your certifications and exam history from both accounts are now available under AWS01983340, and you can sign in to the AWS Certification Account with marco.bianchi.it@gmail.com as usual.

Your digital badges on Acclaim will be updated to reflect this change within 2-3 business days.

Sincerely,
Jonathan P.
AWS Certification Support""",
         quoted="""
> Hi Jonathan,
> yes, that's correct, please go ahead.
> Grazie,
> Marco
>
> %s
> > Dear Marco,
> >
> > Thank you for contacting AWS Certification.
> >
> > We have reviewed your request and we are able to combine your two AWS Certification accounts. Please review the details below carefully:
> >
> > Account to be retired: AWS00741285 (marco.bianchi@solare-energia.it)
> > Account to be kept: AWS01983340 (marco.bianchi.it@gmail.com)
> > [...]""" % ("Il giorno mer 18 set 2019 alle ore 22:14 AWS Certification <aws-certification@amazon.com> ha scritto:"))

# ---------------------------------------------------------------- T6: Lukas Wagner, form desk, Fastmail
T6_TO = "Lukas Wagner <lukas.wagner@fastmail.com>"
T6_OPEN = dt(2025, 8, 11, 7, 55, 3)
T6_CASE = case15(T6_OPEN)
T6_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T6_CASE
T6_ASK_D = dt(2025, 8, 12, 9, 3, 30)
T6_ASK = """Hello Lukas,

Thanks for getting in touch with AWS Training and Certification.

I was able to find the account AWS12044718, which is registered with lukas.wagner@fastmail.com. However, I could not locate a second Certification account using the details in your form.

So that I can find it, could you please send me:

 - the e-mail address you used to sign in to the other account (the login e-mail), and
 - the notification e-mail address of that account, if it is different, and
 - if you have it, the candidate ID shown on your score report or certificate.

Once I have located both accounts I will let you know the next steps.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT
aws_mail("re-form-need-login-emails", "support_reply", to=T6_TO, d=T6_ASK_D, case_id=T6_CASE, profile="fastmail",
         subject=T6_SUBJ, new=T6_ASK, cte="quoted-printable", region="eu-west-1", ids=["AWS12044718"])

T6_USER1_D = dt(2025, 8, 12, 18, 40, 0).astimezone(CET)
aws_mail("re-form-please-confirm-identity", "support_reply", to=T6_TO, d=dt(2025, 8, 13, 8, 47, 12), case_id=T6_CASE,
         profile="fastmail", subject=T6_SUBJ, cte="base64", region="eu-west-1", ids=["AWS03317790"],
         new="""Hello Lukas,

Thank you for the additional information.

Using the address you provided (l.wagner@kronberg-consulting.de) I have found the account AWS03317790. The name on this account is recorded as "L. Wagner" and the country as Austria, which differs slightly from your current profile.

Before I can go any further, I need to verify that this account belongs to you. Could you please confirm:

 1. your full legal name exactly as it appears on the ID you presented at the test centre, and
 2. the name and approximate date of the last exam you took on that account.

Please note that this is only a verification step; I will send you the details of the merge for your review afterwards.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT, quoted="""
On %s, Lukas Wagner wrote:
> Hi Oliver,
>
> the old account should be under l.wagner@kronberg-consulting.de (my
> previous employer). The notification address was the same, I think.
> I don't have the candidate ID, sorry.
>
> Best regards
> Lukas""" % T6_USER1_D.strftime("%a, %d %b %Y, at %H:%M"))

T6_USER2_D = dt(2025, 8, 13, 12, 5, 0).astimezone(CET)
T6_REQ = """Hello Lukas,

Many thanks for verifying your details - everything matches our records.

Here is what we are going to do, so that you can check it before anything changes:

   From: AWS03317790 (l.wagner@kronberg-consulting.de)
   Into: AWS12044718 (lukas.wagner@fastmail.com)

Your AWS Certified SysOps Administrator - Associate from 2022 and the related exam records will be carried across to AWS12044718, and AWS03317790 will then be switched off for good. There is no way to reverse this afterwards.

If you are happy with this, just reply "Confirmed" to this e-mail and I will pass it on to our back-office team. If anything is not right, let me know what should change.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT
aws_mail("re-form-here-is-what-we-will-do", "merge_confirmation_requested", to=T6_TO, d=dt(2025, 8, 13, 15, 29, 41),
         case_id=T6_CASE, profile="fastmail", subject=T6_SUBJ, cte="quoted-printable", region="eu-west-1",
         new=T6_REQ, ids=["AWS03317790", "AWS12044718"], quoted="""
On %s, Lukas Wagner wrote:
> Hello Oliver,
>
> 1. Lukas Johannes Wagner
> 2. AWS Certified SysOps Administrator - Associate, around November 2022
>
> Lukas""" % T6_USER2_D.strftime("%a, %d %b %Y, at %H:%M"))

aws_mail("re-form-update-with-back-office", "support_reply", to=T6_TO, d=dt(2025, 8, 15, 10, 11, 20), case_id=T6_CASE,
         profile="fastmail", subject=T6_SUBJ, html=False, cte="7bit", region="eu-west-1", ids=[],
         new="""Hello Lukas,

Just a quick update so you are not left wondering: your request is now with our back-office team and is being worked on.

Once the merge is complete I will confirm it here, and you should then also receive an e-mail from Credly asking you to accept your badges on the remaining account. There is nothing you need to do in the meantime.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT)

aws_mail("re-form-done-and-closing", "merge_completed", to=T6_TO, d=dt(2025, 8, 18, 13, 52, 7), case_id=T6_CASE,
         profile="fastmail", subject=T6_SUBJ, cte="quoted-printable", region="eu-west-1", ids=["AWS12044718"],
         new="""Hello Lukas,

I'm pleased to let you know that our back-office team has finished the work: your old account has been merged and everything now sits under AWS12044718. Your SysOps Administrator certification from 2022 shows in your certification history alongside your newer certifications.

As everything is now in order, I'll mark this case as resolved. You may receive a short survey about your experience - we'd be grateful if you could take a minute to fill it in.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT)

# ---------------------------------------------------------------- T7: Kim Nguyen, console case (en), Gmail
T7_TO = "kim.nguyen.ops@gmail.com"
T7_OPEN = dt(2025, 9, 2, 14, 20, 11)
T7_CASE = case15(T7_OPEN)
T7_CSUBJ = "Merge two AWS Certification accounts"
T7_FOOT = CONSOLE_FOOT.replace("{cid}", T7_CASE)

aws_mail("console-new-case-opened", "case_created", to=T7_TO, d=T7_OPEN + timedelta(seconds=15), case_id=T7_CASE,
         frm=CONSOLE_FROM, subject="Amazon Web Services: You have opened a new Support case: %s" % T7_CASE,
         cte="quoted-printable", ids=[],
         new="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts under different e-mail addresses and would like them combined into one. Candidate IDs are in the attached screenshot. Thanks, Kim

You can view the case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % (T7_CASE, T7_CASE, T7_CSUBJ, T7_CASE))

aws_mail("console-new-correspondence-notice", "support_reply", to=T7_TO, d=dt(2025, 9, 3, 11, 5, 49), case_id=T7_CASE,
         frm=CONSOLE_FROM, subject="[Case %s] New correspondence added" % T7_CASE, html=False, cte="7bit", ids=[],
         new="""Hello,

AWS Support has added a new correspondence to case %s: "%s".

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.""" % (T7_CASE, T7_CSUBJ, T7_CASE))

aws_mail("console-re-case-confirm-before-merge", "merge_confirmation_requested", to=T7_TO, d=dt(2025, 9, 3, 11, 5, 52),
         case_id=T7_CASE, frm=CONSOLE_FROM, subject="RE:[CASE %s] %s" % (T7_CASE, T7_CSUBJ), cte="base64",
         ids=["AWS07004512", "AWS13350928"],
         new="""Hello Kim,

Thank you for your patience while I looked into this. From the screenshot you attached I was able to identify both accounts:

* AWS-07004512 - created 2021, e-mail kim.nguyen@larkspur-health.org
* AWS13350928 - created 2024, e-mail kim.nguyen.ops@gmail.com

I will proceed to merge AWS-07004512 into AWS13350928, keeping AWS13350928 (kim.nguyen.ops@gmail.com) as your surviving account. Please keep in mind that the merge is irreversible.

Could you confirm that you agree with this? As this e-mail address cannot receive replies, please respond through the Support Center using the link below. No action will be taken until I hear from you.

Best regards,
Sandeep R.
Amazon Web Services

""" + T7_FOOT)

T7_OPEN2 = dt(2025, 9, 4, 2, 37, 8)
T7_CASE2 = case15(T7_OPEN2)
aws_mail("console-second-case-opened", "case_created", to=T7_TO, d=T7_OPEN2 + timedelta(seconds=12),
         case_id=T7_CASE2, frm=CONSOLE_FROM, html=False, cte="quoted-printable", ids=[],
         subject="Amazon Web Services: You have opened a new Support case: %s" % T7_CASE2,
         new="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Re: Merge two AWS Certification accounts - yes please go ahead
Severity: General guidance

You can view the case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % (T7_CASE2, T7_CASE2, T7_CASE2))

aws_mail("console-duplicate-case-will-close", "support_reply", to=T7_TO, d=dt(2025, 9, 4, 9, 12, 30), case_id=T7_CASE2,
         frm=CONSOLE_FROM, subject="RE:[CASE %s] Re: Merge two AWS Certification accounts - yes please go ahead" % T7_CASE2,
         cte="quoted-printable", ids=[],
         new="""Hello Kim,

Thank you for reaching out. I can see that this request is already being handled by my colleague in case %s, so to keep everything in one place I will close this case as a duplicate.

I have copied your message into case %s and let my colleague know that you have replied. There is nothing else you need to do here; further updates will come on the original case.

For future messages about this request, please use "Reply" on case %s in the Support Center rather than opening a new case, as new cases go back into the queue and can slow things down.

Best regards,
Mei L.
Amazon Web Services

""" % (T7_CASE, T7_CASE, T7_CASE) + CONSOLE_FOOT.replace("{cid}", T7_CASE2))

aws_mail("console-duplicate-case-resolved-rate", "survey", to=T7_TO, d=dt(2025, 9, 4, 9, 13, 2), case_id=T7_CASE2,
         frm=CONSOLE_FROM, subject="Amazon Web Services: Your Support case %s has been resolved" % T7_CASE2,
         cte="quoted-printable", ids=[],
         new="""Hello,

Your support case %s ("Re: Merge two AWS Certification accounts - yes please go ahead") has been resolved.

How was your experience? Take our 2-minute survey and help us improve AWS Support:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&survey=true

If your issue is not resolved, you can reopen the case from the Support Center within 14 days.

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % (T7_CASE2, T7_CASE2))

# ---------------------------------------------------------------- T8: Aisha Bello, form desk, hotmail (Outlook)
T8_TO = "Aisha Bello <aisha_bello@hotmail.com>"
T8_OPEN = dt(2025, 10, 6, 16, 2, 47)
T8_CASE = case15(T8_OPEN)
T8_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T8_CASE
T8_USER0_D = dt(2025, 10, 6, 16, 2, 0)
T8_REQ_D = dt(2025, 10, 7, 19, 40, 16)
T8_REQ = """Hi Aisha,

Thank you for contacting AWS Training and Certification.

The candidate ID in your form appears to contain a typo, but using your personal e-mail address I found the correct account. These are the two accounts that will be merged:

- AWS05566104 (aisha_bello@hotmail.com), will be merged into
- AWS09230871 (aisha.bello@corvanta.com), which will be kept as your primary account.

After the merge, you will sign in with aisha.bello@corvanta.com. Your certifications, exam history and benefits from AWS05566104 will appear under AWS09230871. Please note that this process cannot be reversed.

Kindly reply to this e-mail to confirm that the above is correct and that we may proceed with the merge.

Best regards,
Grace N.
AWS Training and Certification Customer Support

""" + FORM_FOOT
T8_Q0 = """
%s

Hello,

I have 2 certification accounts, my old one AWS00718266 (personal email aisha_bello@hotmail.com) and my current one AWS09230871 (work email aisha.bello@corvanta.com). Please merge the old one into the current one.

Thank you
Aisha Bello""" % outlook_block("Aisha Bello <aisha_bello@hotmail.com>", outlook_sent(T8_USER0_D),
                                "aws-cs-trainingcertification-form@amazon.com", "AWS Training and Certification Form Submission")
aws_mail("re-form-typo-id-please-confirm", "merge_confirmation_requested", to=T8_TO, d=T8_REQ_D, case_id=T8_CASE,
         profile="outlook", subject=T8_SUBJ, new=T8_REQ, quoted=T8_Q0, cte="quoted-printable",
         ids=["AWS05566104", "AWS09230871"])

T8_USER1_D = dt(2025, 10, 8, 7, 15, 0)
T8_ANS = """Hi Aisha,

Thanks for your question. Yes - the free practice exam and the 50% discount voucher you earned on the old account will carry over. Benefits that have already been used or have expired cannot be restored, but anything still valid will be available on your primary account after the merge.

We are still waiting for your go-ahead on the details I sent in my previous e-mail. As soon as you reply to confirm, I will submit the request.

Best regards,
Grace N.
AWS Training and Certification Customer Support

""" + FORM_FOOT
aws_mail("re-form-voucher-question-still-waiting", "support_reply", to=T8_TO, d=dt(2025, 10, 8, 14, 22, 3),
         case_id=T8_CASE, profile="outlook", subject=T8_SUBJ, cte="base64", ids=[], new=T8_ANS,
         quoted="""
%s

Hi Grace,

Before I confirm, will my 50%% discount voucher from the old account still be usable after the merge?

Aisha

%s

%s""".replace("%%", "%%") % (outlook_block("Aisha Bello <aisha_bello@hotmail.com>", outlook_sent(T8_USER1_D),
                                        "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", T8_SUBJ),
                          outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                        outlook_sent(T8_REQ_D), "Aisha Bello <aisha_bello@hotmail.com>", T8_SUBJ),
                          T8_REQ.split("\n\nTo contact us again")[0]))

T8_USER2_D = dt(2025, 10, 8, 18, 3, 0)
T8_REQ2_D = dt(2025, 10, 9, 13, 57, 38)
T8_REQ2 = """Hi Aisha,

Understood, thank you for letting me know. I have updated the request as follows:

- AWS09230871 (aisha.bello@corvanta.com) will be merged into
- AWS05566104 (aisha_bello@hotmail.com), which will now be kept as your primary account.

You will therefore sign in with aisha_bello@hotmail.com after the merge, and your work address will no longer be linked to any Certification account. As before, this cannot be reversed once done.

Could you please reply once more to confirm this updated arrangement? I will not submit anything until I receive your confirmation.

Best regards,
Grace N.
AWS Training and Certification Customer Support

""" + FORM_FOOT
aws_mail("re-form-updated-direction-confirm-again", "merge_confirmation_requested", to=T8_TO, d=T8_REQ2_D,
         case_id=T8_CASE, profile="outlook", subject=T8_SUBJ, cte="quoted-printable",
         ids=["AWS05566104", "AWS09230871"], new=T8_REQ2,
         quoted="""
%s

Hi Grace,

Thanks! Actually, on second thought I'd rather keep the personal account (hotmail) as the main one, since I might change jobs next year. Can we do it the other way round?

Aisha

%s

%s""" % (outlook_block("Aisha Bello <aisha_bello@hotmail.com>", outlook_sent(T8_USER2_D),
                        "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", T8_SUBJ),
          outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                        outlook_sent(dt(2025, 10, 8, 14, 22, 3)), "Aisha Bello <aisha_bello@hotmail.com>", T8_SUBJ),
          T8_ANS.split("\n\nTo contact us again")[0]))

aws_mail("re-form-confirmed-submitting-now", "support_reply", to=T8_TO, d=dt(2025, 10, 10, 9, 8, 44),
         case_id=T8_CASE, profile="outlook", subject=T8_SUBJ, html=False, cte="quoted-printable",
         ids=["AWS05566104", "AWS09230871"],
         new="""Hi Aisha,

Thank you for confirming. I have now submitted the request to merge AWS09230871 into AWS05566104.

Our back-end team usually completes these within 2 to 4 business days. Once the merge is complete, your 50% voucher will be listed under Benefits on AWS05566104, and your Credly badges will be moved to the Credly account that uses aisha_bello@hotmail.com. I will update this case when it is done.

Best regards,
Grace N.
AWS Training and Certification Customer Support

""" + FORM_FOOT, quoted="""
-----Original Message-----
From: Aisha Bello <aisha_bello@hotmail.com>
Sent: %s
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: %s

Yes, confirmed. Please go ahead with the updated direction (keep the hotmail one).
Aisha""" % (outlook_sent(dt(2025, 10, 9, 20, 30, 0)), T8_SUBJ))

aws_mail("re-form-profiles-combined", "merge_completed", to=T8_TO, d=dt(2025, 10, 13, 17, 26, 9), case_id=T8_CASE,
         profile="outlook", subject=T8_SUBJ, cte="base64", ids=["AWS05566104"],
         new="""Hi Aisha,

Your two Certification profiles have now been combined into a single profile, AWS05566104. Please sign in with aisha_bello@hotmail.com; your certifications, exam history and the 50% voucher are all available there.

The Credly badges have also been transferred; you should receive e-mails from Credly shortly asking you to accept them.

Thank you for your patience, and congratulations again on your certifications!

Best regards,
Grace N.
AWS Training and Certification Customer Support

""" + FORM_FOOT)

# ---------------------------------------------------------------- T9: 中村 翔, bilingual form desk, OCN
T9_TO = "nakamura.sho@ocn.ne.jp"
T9_OPEN = dt(2025, 11, 17, 23, 10, 5)
T9_CASE = case15(T9_OPEN)
T9_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T9_CASE
T9_REQ = """中村 翔 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございます。
担当の Chen と申します。日本語と英語を併記してご案内いたします。

ご依頼の内容を確認いたしました。以下の 2 つのアカウントを統合いたします。

  統合元: AWS08104426 (sho.nakamura@minato-soft.jp)
  統合先 (存続するアカウント): AWS13972215 (nakamura.sho@ocn.ne.jp)

統合後、AWS08104426 の認定履歴はすべて AWS13972215 に移され、AWS08104426 はご利用いただけなくなります。この操作は元に戻せません。

内容にお間違いがなければ、本メールにご返信のうえ、統合の実施についてご承認をお願いいたします。

--- English ---

Dear Sho Nakamura,

We will merge the following accounts:
  Source: AWS08104426 (sho.nakamura@minato-soft.jp)
  Target (will be kept): AWS13972215 (nakamura.sho@ocn.ne.jp)

This cannot be undone. Please reply to this e-mail to approve the merge if the details are correct.

Chen W.
AWS Training and Certification Customer Support

""" + FORM_FOOT
aws_mail("re-form-bilingual-ja-en-approve", "merge_confirmation_requested", to=T9_TO, d=dt(2025, 11, 19, 2, 44, 51),
         case_id=T9_CASE, profile="ocn", lang="ja", subject=T9_SUBJ, new=T9_REQ, cte="base64",
         ids=["AWS08104426", "AWS13972215"])

T9_USER_D = dt(2025, 11, 19, 9, 1, 0).astimezone(JST)
aws_mail("re-form-ja-credly-hai-to-gohenshin", "support_reply", to=T9_TO, d=dt(2025, 11, 20, 1, 30, 26),
         case_id=T9_CASE, profile="ocn", lang="ja", subject=T9_SUBJ, html=False, charset="iso-2022-jp", cte="7bit",
         ids=["AWS13972215"],
         new="""中村 翔 様

ご承認のご返信をいただき、誠にありがとうございます。AWS トレーニングと認定 カスタマーサポートの Chen でございます。
統合の手続きにつきましては、このまま進めてまいります。

一点、Credly (デジタルバッジ) についてご確認させてください。
旧アカウントで発行されたバッジは、統合後 AWS13972215 にご登録のメールアドレス (nakamura.sho@ocn.ne.jp) 宛てに再発行される予定です。
sho.nakamura@minato-soft.jp の Credly アカウントに残っているバッジは削除されますが、こちらでよろしいでしょうか。

問題がなければ「はい」とだけご返信ください。

Chen W.
AWS トレーニングと認定 カスタマーサポート
""", quoted="""
%s
> Chen 様
>
> ご連絡ありがとうございます。
> 内容に間違いありません。統合をお願いします。
>
> 中村""" % ja_attr(T9_USER_D, "中村 翔", "nakamura.sho@ocn.ne.jp"))

T9_URL = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
other_mail("credly-badge-ready-to-accept", "credly_badge_issued", to=T9_TO, d=dt(2025, 11, 24, 3, 2, 11),
           frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
           subject="Your badge from Amazon Web Services Training and Certification is ready to accept",
           profile="ocn", mailfrom=sendgrid_from(T9_TO), ip="167.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), dkim_domain="credly.com", sv=True,
           cte="quoted-printable",
           new="""Hi Sho,

Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate badge. It is ready for you to accept.

Accept your badge: %s

Once accepted, you can share it on LinkedIn, add it to your e-mail signature or download a certificate.

If you already had this badge on another Credly account, it has been re-issued here following a change to your AWS Certification profile.

Credly, Inc. | 25 Broadway, 12th Floor, New York, NY 10004""" % T9_URL,
           html=credly_html("Your badge is ready", [
               "Hi Sho,",
               "Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate badge. It is ready for you to accept.",
               "If you already had this badge on another Credly account, it has been re-issued here following a change to your AWS Certification profile."],
               "Accept badge", T9_URL))

# ---------------------------------------------------------------- T10: Ethan Brooks, console case, 2022, 11-digit
T10_TO = "ethan.brooks.cloud@gmail.com"
T10_CASE = "10894457321"
T10_CSUBJ = "Need help merging my certification accounts"
T10_SUBJ = "RE:[CASE %s] %s" % (T10_CASE, T10_CSUBJ)
T10_FOOT = CONSOLE_FOOT.replace("{cid}", T10_CASE)
T10_REQ = """Hi Ethan,

Thanks for your patience. I checked with the Training and Certification team and both of the accounts you mentioned belong to you. The proposal is:

   aws-02245718 (ebrooks@finchley-digital.com) ---> aws-06690342 (ethan.brooks.cloud@gmail.com)

i.e. the first account is merged into the second one, and aws-06690342 survives. Once done, it is permanent.

To go ahead we need your explicit approval. Please reply YES to this correspondence through the Support Center (this mailbox is not monitored).

Cheers,
Liam F.
Amazon Web Services

"""
aws_mail("console-2022-reply-yes-via-support-center", "merge_confirmation_requested", to=T10_TO,
         d=dt(2022, 11, 8, 22, 16, 40), case_id=T10_CASE, frm=CONSOLE_FROM, subject=T10_SUBJ, cte="quoted-printable",
         new=T10_REQ + T10_FOOT, ids=["AWS02245718", "AWS06690342"])

aws_mail("console-2022-reminder-restates-accounts", "merge_confirmation_requested", to=T10_TO,
         d=dt(2022, 11, 11, 17, 2, 4), case_id=T10_CASE, frm=CONSOLE_FROM, subject=T10_SUBJ, html=False, cte="7bit",
         ids=["AWS02245718", "AWS06690342"],
         new="""Hi Ethan,

Just a friendly reminder: we still need your approval before we merge AWS02245718 into AWS06690342 (AWS06690342 is the account that will be kept).

If that's what you want, please reply YES on the case in the Support Center. If you would prefer to keep AWS02245718 instead, let us know that too.

Cheers,
Liam F.
Amazon Web Services

""" + T10_FOOT)

aws_mail("console-2022-last-chaser-auto-resolve", "support_reply", to=T10_TO, d=dt(2022, 11, 15, 16, 40, 31),
         case_id=T10_CASE, frm=CONSOLE_FROM, subject=T10_SUBJ, cte="quoted-printable", ids=[],
         new="""Hi Ethan,

We have not heard back from you on this case since my last two messages. If we don't receive a reply within the next 3 days, the case will be resolved automatically.

No worries if you're busy - you can always reopen it from the Support Center later and we'll pick up where we left off.

Cheers,
Liam F.
Amazon Web Services

""" + T10_FOOT)

T10_SURV_INNER = """<p>Hello,</p>
<p>We haven't heard from you in a while, so we have resolved your support case <b>%s</b> (&quot;%s&quot;).</p>
<p>If you still need help, you can reopen the case from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p><b>How would you rate the support you received?</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733; Excellent</a><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">&#9733;&#9733;&#9733; Average</a><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">&#9733; Poor</a></p>
<p>Best regards,<br>Amazon Web Services</p>""" % ((T10_CASE, T10_CSUBJ) + (T10_CASE,) * 4)
aws_mail("console-2022-resolved-no-response-rate", "survey", to=T10_TO, d=dt(2022, 11, 18, 17, 0, 12), case_id=T10_CASE,
         frm=CONSOLE_FROM, subject="Amazon Web Services: Your support case %s has been resolved" % T10_CASE,
         cte="quoted-printable", html_inner=T10_SURV_INNER, ids=[],
         new="""Hello,

We haven't heard from you in a while, so we have resolved your support case %s ("%s").

If you still need help, you can reopen the case from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How would you rate the support you received?
Excellent: https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
Average: https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3
Poor: https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1

Best regards,
Amazon Web Services""" % ((T10_CASE, T10_CSUBJ) + (T10_CASE,) * 4))

# ---------------------------------------------------------------- T2 epilogue: Priya's form case closed, rating request
aws_mail("form-2023-how-did-we-do", "survey", to=T2_TO, d=dt(2023, 3, 27, 12, 30, 0), case_id=T2_CASE,
         profile="outlook", subject=enc_words("How did we do? Your AWS Training & Certification case %s \u2013 we\u2019d love your feedback" % T2_CASE, "utf-8", "Q", 60),
         cte="quoted-printable", ids=[],
         new="""Hi Priya,

Your case %s with AWS Training and Certification Customer Support is now closed.

Please take a moment to tell us about your experience. On a scale from 1 to 5, how satisfied were you with the support you received from Ramesh K.?

1 - Very dissatisfied   2   3   4   5 - Very satisfied
https://survey.training.aws/s/csat?c=%s

Your feedback helps us improve.

AWS Training and Certification Customer Support""" % (T2_CASE, T2_CASE))

# ---------------------------------------------------------------- phishing
PH1_TO = "rohit.menon.dev@gmail.com"
PH1_URL = "https://aws-certification-merge.com/verify/merge?token=%s" % ralnum(32)
other_mail("lookalike-domain-confirm-merge", "merge_confirmation_requested", to=PH1_TO, d=dt(2025, 10, 21, 4, 12, 55),
           frm='"AWS Certification Team" <support@aws-certification-merge.com>',
           subject="Action required: confirm your AWS Certification account merge",
           mailfrom="bounce@mail.aws-certification-merge.com", ip="185.209.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="mail.aws-certification-merge.com", dkim_domain="aws-certification-merge.com",
           from_domain="aws-certification-merge.com", sv=False, cte="quoted-printable",
           new="""Dear Candidate,

We have received a request to merge your AWS Certification accounts:

    AWS11209834 -> AWS04456671

To protect your certifications, the merge must be confirmed by the account holder. Please confirm the merge within 24 hours by signing in with your AWS Certification credentials:

%s

If the merge is not confirmed, both accounts may be temporarily suspended and your active certifications will not be visible to employers.

Thank you,
AWS Certification Team
Amazon Web Services""" % PH1_URL,
           html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p><img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="70"></p>
<p>Dear Candidate,</p>
<p>We have received a request to merge your AWS Certification accounts:</p>
<p style="font-size:16px;"><b>AWS11209834 &rarr; AWS04456671</b></p>
<p>To protect your certifications, the merge must be confirmed by the account holder. Please confirm the merge within <b>24 hours</b>:</p>
<p><a href="%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">CONFIRM MERGE</a></p>
<p>If the merge is not confirmed, both accounts may be temporarily suspended and your active certifications will not be visible to employers.</p>
<p>Thank you,<br>AWS Certification Team<br>Amazon Web Services</p></body></html>""" % PH1_URL)

PH2_TO = "h-ishikawa@kwa.biglobe.ne.jp"
PH2_CASE = "176301223400417"
PH2_URL = "http://aws-amazon-certification.jp-support.top/merge/confirm?id=%s" % ralnum(20)
other_mail("ja-spoofed-amazon-dmarc-fail-merge-kakunin", "merge_confirmation_requested", to=PH2_TO,
           d=dt(2025, 11, 14, 8, 31, 9, JST), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
           subject=enc_words("【重要】RE:[CASE %s] AWS認定アカウント統合の最終確認のお願い" % PH2_CASE, "iso-2022-jp"),
           profile="biglobe", lang="ja", auth="spoof", mailfrom="info@mail.jp-support.top",
           ip="45.137.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="mail.jp-support.top",
           dkim_domain=None, dkim=False, from_domain="amazon.com", sv=False, charset="iso-2022-jp", cte="7bit",
           msgid="%s.%s@jp-support.top" % (ralnum(12), ralnum(8)),
           extra_lower=["Authentication-Results: mx.amazon.co.jp; spf=pass smtp.mailfrom=amazon.com;\n"
                        "\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"],
           new="""石川 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。

ケース番号 %s にてご依頼いただいた認定アカウントの統合について、最終確認が完了していません。
下記の内容で統合を実行いたしますので、24 時間以内に以下のリンクよりご本人確認のうえ、統合をご承認ください。

  統合元アカウント: aws 10077452
  統合先アカウント: aws 03881509

%s

期限内にご承認いただけない場合、セキュリティ保護のため両方のアカウントが一時的に停止されます。

Amazon Web Services 認定サポートセンター""" % (PH2_CASE, PH2_URL), ids=["AWS03881509", "AWS10077452"])

PH3_URL = "http://aws-certify-center.net/candidate/verify?session=%s" % ralnum(24)
other_mail("phish-cert-suspension-verify-details", "unrelated", to="kim.nguyen.ops@gmail.com",
           d=dt(2025, 9, 20, 13, 44, 2), frm='"AWS Training & Certification" <noreply@aws-certify-center.net>',
           subject="Your AWS Certification status: verification needed to avoid suspension",
           mailfrom="noreply@aws-certify-center.net", ip="91.92.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="vps-%d.aws-certify-center.net" % R.randint(1000, 9999), auth="dmarcfail", dkim=False,
           dkim_domain="", from_domain="aws-certify-center.net", sv=False, cte="base64",
           new="""Hello,

During a routine review we were unable to verify the identity details on your AWS Certification profile. To keep your certifications active, please confirm your details (full name, date of birth and payment card used for your last exam) within 48 hours:

%s

Failure to do so will result in suspension of your digital badges and exam benefits.

AWS Training & Certification
Compliance Department""" % PH3_URL)

# ---------------------------------------------------------------- unrelated: Credly, T&C desk other matters, look-alikes
CRM_URL = "https://www.credly.com/users/merge/confirm?token=%s" % ralnum(40)
other_mail("credly-self-service-merge-code", "unrelated", to="dokafor.cloud@gmail.com", d=dt(2025, 6, 2, 8, 20, 41),
           frm='"Credly" <admin@credly.com>', subject="Confirm your Credly account merge",
           mailfrom=sendgrid_from("dokafor.cloud@gmail.com"), ip="149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), dkim_domain="credly.com", sv=True,
           cte="quoted-printable",
           new="""Hi Daniel,

We received a request to merge the Credly account d.okafor@northwind-logistics.com into your account dokafor.cloud@gmail.com.

Your verification code is: 583204

Enter this code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: %s

If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team""" % CRM_URL,
           html=credly_html("Confirm your account merge", [
               "Hi Daniel,",
               "We received a request to merge the Credly account d.okafor@northwind-logistics.com into your account dokafor.cloud@gmail.com.",
               "Your verification code is: 583204",
               "The code expires in 30 minutes. If you did not request this, you can ignore this e-mail."],
               "Complete Account Merge", CRM_URL))

CRE_URL = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
other_mail("credly-badge-expiring-soon", "unrelated", to=T2_TO, d=dt(2023, 8, 1, 14, 0, 9), profile="outlook",
           frm='"Credly" <admin@credly.com>',
           subject="Your AWS Certified Cloud Practitioner badge expires in 60 days",
           mailfrom=sendgrid_from(T2_TO), ip="167.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
           helo="o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), dkim_domain="credly.com", sv=True,
           cte="quoted-printable",
           new="""Hi Priya,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on September 30, 2023.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. Once you recertify, a new badge will be issued to you automatically.

View your badge: %s

The Credly Team""" % CRE_URL,
           html=credly_html("Your badge expires soon", [
               "Hi Priya,",
               "Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on September 30, 2023.",
               "To keep your badge active, complete the recertification requirements before the expiration date."],
               "View badge", CRE_URL))

U_NAME_OPEN = dt(2025, 6, 20, 10, 4, 55)
U_NAME_CASE = case15(U_NAME_OPEN)
aws_mail("tc-desk-name-change-confirm-spelling", "unrelated", to=T1_TO, d=dt(2025, 6, 21, 15, 37, 2),
         case_id=U_NAME_CASE, ids=["AWS10592263"],
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - profile-update" % U_NAME_CASE,
         new="""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I understand you would like the name on your certifications and Credly badges updated to include your middle name. I can make this change on your account AWS10592263.

So that there are no mistakes, could you please confirm the name exactly as it should appear (including capitalisation and spacing)? Based on your message, I have:

    Daniel Chukwuemeka Okafor

Please note that the name must match the government-issued ID you present at the test centre. Once you confirm, I will update your profile and request new certificates; the change usually takes 3-5 business days to reflect on Credly.

Best regards,

Harriet M.
AWS Training and Certification Customer Support

""" + FORM_FOOT)

U_VOU_OPEN = dt(2025, 7, 1, 4, 12, 30)
U_VOU_CASE = case15(U_VOU_OPEN)
aws_mail("tc-desk-ja-voucher-refund-kakunin", "unrelated", to=T3_TO, d=dt(2025, 7, 2, 5, 48, 19), case_id=U_VOU_CASE,
         lang="ja", html=False, charset="iso-2022-jp", cte="7bit", ids=["AWS09912034"],
         subject=enc_words("RE:[CASE %s] [AWS Training and Certification Form Submission] - 試験バウチャーについて" % U_VOU_CASE, "iso-2022-jp"),
         new="""山田 健太 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
お問い合わせいただき、誠にありがとうございます。

AWS09912034 にて 2025年6月28日にご予約いただいた AWS Certified Solutions Architect - Professional 試験につきまして、50% 割引バウチャーが適用されずに通常料金でお支払いいただいていることを確認いたしました。

大変ご迷惑をおかけし、申し訳ございません。
つきましては、お支払いいただいた受験料のうち割引相当額 (150 USD) を、ご予約時のクレジットカードに返金する手続きを行いたいと存じます。
返金先がご予約時のカードでよろしいか、ご確認いただけますでしょうか。ご返信をいただき次第、手続きを進めさせていただきます。

なお、ご予約いただいている試験日時に変更はございません。

佐々木 亮
AWS トレーニングと認定 カスタマーサポート

ご返信の際は件名を変更せずに本メールにご返信ください。""")

U_ACC_OPEN = dt(2025, 9, 1, 12, 30, 44)
U_ACC_CASE = case15(U_ACC_OPEN)
aws_mail("tc-desk-esl-accommodation-please-confirm", "unrelated", to=T6_TO, d=dt(2025, 9, 2, 9, 58, 33),
         case_id=U_ACC_CASE, profile="fastmail", region="eu-west-1", cte="base64", ids=["AWS12044718"],
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % U_ACC_CASE,
         new="""Hello Lukas,

Thank you for your request for an exam accommodation.

As English is not your primary language, you are eligible for the ESL +30 MINUTES accommodation, which adds 30 minutes to the duration of English-language exams. The accommodation is applied to your Certification account and then applies to all future exams you book in English.

Could you please confirm that you would like ESL +30 MINUTES added to account AWS12044718? Please note that once it is applied, you need to book your exam after the accommodation shows as approved in your account; existing appointments are not updated automatically.

Kind regards,

Oliver T.
AWS Training and Certification Customer Support

""" + FORM_FOOT)

SC_CASE = "16193752841"
aws_mail("seller-central-merge-listings-confirm", "unrelated", to="orders@kintsugi-homewares.co.uk",
         d=dt(2025, 8, 26, 10, 19, 5), case_id=SC_CASE, frm='"Amazon Seller Central" <seller-notification@amazon.com>',
         profile="outlook", cte="quoted-printable", ids=[],
         subject="RE:[CASE %s] Merge duplicate variation listings" % SC_CASE,
         new="""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the duplicate listings for your "Kintsugi Repair Kit" product. The following child ASINs would be merged into the parent variation family B0CQ7XK2LM:

  B0CQ7WZ81D
  B0CR1AF3TT

After the merge, reviews from both detail pages will appear on a single detail page. This cannot be undone.

Please confirm that you would like us to proceed with merging these listings by replying to this case in Seller Central.

To reply, go to the Case Log: https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID=%s

We appreciate your business.

Thank you,
Dinesh
Amazon Selling Partner Support""" % SC_CASE)

other_mail("certmetrics-wants-to-hear-from-you", "unrelated", to="kim.nguyen.ops@gmail.com",
           d=dt(2025, 9, 12, 16, 3, 40), frm='"AWS Certification" <do-not-reply@certmetrics.com>',
           subject="AWS Certification wants to hear from you", mailfrom="bounce@certmetrics.com",
           ip="52.165.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="smtp.certmetrics.com",
           dkim_domain="certmetrics.com", sv=False, cte="quoted-printable", ids=["AWS13350928"],
           new="""Dear Kim Nguyen,

Candidate ID: AWS13350928

Thank you for being an AWS Certified professional. We'd like to know about your experience preparing for and taking your recent exam, AWS Certified Solutions Architect - Associate.

The survey takes about 5 minutes. Please respond by September 26, 2025.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.""" % ralnum(16))

other_mail("pearson-vue-appointment-reply-y", "unrelated", to=T10_TO, d=dt(2022, 12, 1, 15, 0, 22),
           frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
           subject="Please confirm your AWS exam appointment - Registration 462919834",
           mailfrom="bounce-mc.us7_%d@mail%d.us7.mcsv.net" % (R.randint(1000000, 9999999), R.randint(10, 99)),
           ip="198.2.%d.%d" % (R.randint(128, 191), R.randint(1, 250)), helo="mail%d.us7.mcsv.net" % R.randint(10, 99),
           dkim_domain="pearson.com", sv=False, cte="quoted-printable", ids=[],
           new="""Dear Ethan Brooks,

This is a reminder of your upcoming exam appointment:

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Thursday, December 8, 2022
Time: 9:00 AM GMT
Location: Online (OnVUE)
Registration number: 462919834

Please confirm that you will attend by selecting Yes below. If you cannot attend, you can reschedule or cancel up to 24 hours before the appointment without a fee.

Yes, I will attend: https://home.pearsonvue.com/confirm?reg=462919834&r=y
Reschedule or cancel: https://home.pearsonvue.com/aws

Please run the system test before exam day: https://home.pearsonvue.com/aws/onvue

Sincerely,
Pearson VUE""")

other_mail("builder-id-verification-code", "unrelated", to="tom.harper@meridianfreight.com",
           d=dt(2025, 10, 2, 7, 41, 18), frm='"AWS Builder ID" <no-reply@signin.aws>', profile="corp",
           subject="Verify your AWS Builder ID email address",
           mailfrom="%s@us-east-1.amazonses.com" % ses_msgid(dt(2025, 10, 2, 7, 41, 18)).split("@")[0],
           ip="54.240.8.62", helo="a8-62.smtp-out.amazonses.com", dkim_domain="signin.aws", sv=None,
           msgid=ses_msgid(dt(2025, 10, 2, 7, 41, 18)), cte="quoted-printable", ids=[],
           new="""Hello,

To finish creating your AWS Builder ID, enter the following verification code:

    846 205

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services""",
           html="""<html><body style="font-family:Arial,sans-serif;"><p>Hello,</p>
<p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px;">846 205</p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you didn't try to create an AWS Builder ID, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>""")

other_mail("github-pr-merged-notification", "unrelated", to="dokafor.cloud@gmail.com", d=dt(2025, 5, 29, 10, 14, 9),
           frm='"Tunde Adeyemi" <notifications@github.com>', reply_to="northwind-ops/infra-modules <reply+AB3K%s@reply.github.com>" % ralnum(40, lower=False),
           subject="Re: [northwind-ops/infra-modules] Merge account-baseline into main (PR #214)",
           mailfrom="noreply@github.com", ip="192.30.252.%d" % R.randint(190, 210), helo="out-%d.smtp.github.com" % R.randint(20, 30),
           dkim_domain="github.com", sv=False, cte="7bit", msgid="northwind-ops/infra-modules/pull/214/issue_event/%d@github.com" % R.randint(10**10, 10**11),
           extra=["List-ID: northwind-ops/infra-modules <infra-modules.northwind-ops.github.com>",
                  "X-GitHub-Reason: review_requested"],
           new="""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-ops/infra-modules/pull/214#event-%d
You are receiving this because your review was requested.""" % R.randint(10**10, 10**11))

U_Q_OPEN = dt(2025, 9, 15, 20, 7, 31)
U_Q_CASE = case15(U_Q_OPEN)
aws_mail("console-quota-increase-confirm-region", "unrelated", to=T7_TO, d=dt(2025, 9, 16, 3, 22, 47), case_id=U_Q_CASE,
         frm=CONSOLE_FROM, cte="quoted-printable", ids=[],
         subject="RE:[CASE %s] Limit Increase: EC2 Instances" % U_Q_CASE,
         new="""Hello,

Thank you for submitting your request to increase the Running On-Demand G and VT instances quota.

Before I forward this to the service team, could you please confirm the following:

1. The Region in which you need the increase (the request form shows both us-east-1 and eu-west-1).
2. The new quota value in vCPUs (your request says 64 instances; this quota is measured in vCPUs).

Once you confirm these details, I will submit the request right away.

Best regards,
Ana G.
Amazon Web Services

""" + CONSOLE_FOOT.replace("{cid}", U_Q_CASE))

# ================================================================= END
def check():
    """Sanity checks: parse, labelled ids present in decoded text, one label per file."""
    import email
    from email import policy
    from email.utils import parsedate_to_datetime
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    problems = []
    if set(files) != set(labels):
        problems.append("label/file mismatch: %s" % (set(files) ^ set(labels)))
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        texts = [str(m.get("Subject", ""))]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs))
                except (UnicodeDecodeError, LookupError):
                    texts.append(payload.decode(cs if cs != "shift_jis" else "cp932", errors="replace"))
        full = "\n".join(texts)
        norm = {"AWS" + x for x in ID_RE.findall(full)}
        lab = labels[f]
        for a in lab["account_ids"]:
            if a not in norm:
                problems.append("%s: id %s not in text" % (f, a))
        if lab["case_id"] and lab["case_id"] not in full:
            problems.append("%s: case %s not in text" % (f, lab["case_id"]))
        if lab["case_id"] and len(lab["case_id"]) == 15:
            opened = int(lab["case_id"][:10])
            sent = parsedate_to_datetime(m["Date"]).timestamp()
            if not (0 <= sent - opened < 86400 * 40):
                problems.append("%s: case id time %d vs date %d" % (f, opened, sent))
        has_ar = "Authentication-Results" in m
        if (lab["sender_verified"] is None) == has_ar:
            problems.append("%s: sender_verified %s but AR present=%s" % (f, lab["sender_verified"], has_ar))
    kinds = {}
    for v in labels.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print("kinds:", kinds)
    print("languages:", {l: sum(1 for v in labels.values() if v["language"] == l) for l in ("en", "ja")})
    print("problems:", problems or "none")
    return not problems


if __name__ == "__main__":
    main()
    check()
