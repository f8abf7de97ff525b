#!/usr/bin/env python3
"""Generator for blind set 224: paraphrased AWS Certification account-merge mail.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import string
from datetime import datetime, timedelta, timezone

from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(224)
LABELS = {}

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))


# ----------------------------------------------------------------- helpers
def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64r(n):
    al = string.ascii_letters + string.digits + "+/"
    return "".join(rng.choice(al) for _ in range(n))


def alnum(n, al=string.ascii_letters + string.digits):
    return "".join(rng.choice(al) for _ in range(n))


def D(y, mo, d, hh, mi, ss=0, tz=UTC):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def case15(dt):
    """15-digit case id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), rng.randint(0, 99999))


def ses_id(dt, host="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12), host)


def fold(name, value, width=76):
    """Fold an ASCII header at spaces."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def enc_header(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return fold(name, value)
    except UnicodeEncodeError:
        return name + ": " + Header(value, charset, header_name=name).encode(
            maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


ACC_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)")


def acc_ids(text):
    return sorted({"AWS" + m.group(1) for m in ACC_RE.finditer(text)})


# ----------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, codec=None):
    """A text/* leaf. label = charset written in header (may be wrong on
    purpose), codec = codec actually used for the bytes."""
    label = label or charset
    codec = codec or charset
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label)
    raw = text.replace("\r\n", "\n").encode(codec)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def esc(s):
    return htmlmod.escape(s, quote=False)


def text_to_html(text):
    """Plain text -> simple HTML: paragraphs, bullet lists, links kept."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(re.match(r"\s*([-*\u2022]|\d+[.)])\s", l) for l in lines):
            tag = "ol" if re.match(r"\s*\d", lines[0]) else "ul"
            items = "".join("<li>%s</li>" % esc(re.sub(r"^\s*([-*\u2022]|\d+[.)])\s+", "", l))
                            for l in lines)
            out.append("<%s>%s</%s>" % (tag, items, tag))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    h = "\n".join(out)
    h = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', h)
    return h


def quote_html(qtext):
    """Quoted history given as plain text with '>' prefixes or header blocks:
    rendered as a blockquote (Gmail style) keeping the text."""
    lines = [re.sub(r"^>\s?", "", l) for l in qtext.strip("\n").split("\n")]
    return ('<div class="gmail_quote"><blockquote class="gmail_quote" '
            'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + text_to_html("\n".join(lines)) + "</blockquote></div>")


def aws_html(inner, title="Amazon Web Services"):
    return """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="64"></td></tr>
<tr><td style="padding:24px">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
</td></tr>
</table></td></tr></table>
</body></html>
""" % (esc(title), inner)


def credly_html(inner, button_text=None, button_url=None):
    btn = ""
    if button_text:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
               '<td style="background:#ff6b00;border-radius:4px;padding:12px 28px">'
               '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
               '</td></tr></table>' % (button_url, esc(button_text)))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head><body style="background-color:#f5f5f5;margin:0">
<center><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96" /></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:22px">
%s
%s
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888888">
Credly, Inc. &middot; 25 W 36th St, New York, NY 10018<br />
<a href="https://www.credly.com/notifications/unsubscribe?token=%s">Manage e-mail preferences</a>
</td></tr></table></center></body></html>
""" % (inner, btn, alnum(40))


# ----------------------------------------------------------------- trace
RELAYS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"),
          ("a48-110.smtp-out.amazonses.com", "54.240.48.110"),
          ("a11-84.smtp-out.amazonses.com", "54.240.11.84"),
          ("a27-185.smtp-out.us-west-2.amazonses.com", "54.240.27.185"),
          ("a9-55.smtp-out.amazonses.com", "54.240.9.55")]

DKIM_SEL = {"amazon.com": "kmc6rbtmphi64bn5gfl4u6h5guv5sf7m",
            "amazonses.com": "224i4yxa5dv7c2xz3womw6peuasteono",
            "credly.com": "s1", "youracclaim.com": "s1",
            "sendgrid.info": "smtpapi", "github.com": "pf2023",
            "certmetrics.com": "selector1", "pearson.com": "selector2",
            "gitlab.com": "mg", "sellercentral.amazon.com": "kmc6rbtmphi64bn5gfl4u6h5guv5sf7m"}


def dkim_sig(domain, dt, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    sel = DKIM_SEL.get(domain, "s%d" % rng.randint(1, 9))
    t = int(dt.timestamp())
    b = b64r(344)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (sel, domain, t, headers, b64r(43), "\n\t ".join(bl)))


def fmt_local(dt, tz):
    s = format_datetime(dt.astimezone(tz))
    if tz is PDT:
        s += " (PDT)"
    elif tz is PST:
        s += " (PST)"
    return s


def trace(provider, rcpt, dt, mailfrom, relay, dkim=(), ar=None, extra=(),
          forged_ar=None):
    """Return list of raw header blocks (top first).

    provider: gmail | outlook | nifty | ocn | biglobe | yahoo | fastmail | none
    ar: dict spf/dkim/dmarc/from for the Authentication-Results header.
    dkim: list of domains that signed (DKIM-Signature lines are emitted).
    forged_ar: a raw Authentication-Results header placed below the sender's
               Received (i.e. untrusted, written by the sender).
    """
    host, ip = relay
    arr = dt + timedelta(seconds=rng.randint(1, 9))
    hs = []
    dkd = ar.get("dkim_d") if ar else None
    frd = ar.get("from") if ar else None
    mfd = mailfrom.split("@")[-1]
    if provider == "gmail":
        tz = PST if dt.month in (1, 2, 12) or (dt.month == 11 and dt.day > 3) or (dt.month == 3 and dt.day < 9) else PDT
        lt = fmt_local(arr, tz)
        hs.append("Delivered-To: %s" % rcpt)
        hs.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                  % (hx(4), hx(3), hx(3), hx(3), hx(4), alnum(10, string.ascii_lowercase + string.digits) + "csp" + str(rng.randint(100000, 999999)), lt))
        hs.append("X-Google-Smtp-Source: AGHT+I%s" % b64r(60))
        hs.append("X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
                  % (hx(3), hx(3), hx(3), hx(3), hx(4), alnum(20, string.ascii_lowercase + string.digits), rng.randint(1, 99), int(arr.timestamp()), lt))
        if ar:
            arv = gmail_ar(ar, mailfrom, ip)
            hs.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                      % (int(arr.timestamp()), b64r(70)))
            hs.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s"
                      % (b64r(43), b64r(43), b64r(70)))
            hs.append("ARC-Authentication-Results: i=1; " + arv)
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (host, host, ip, alnum(16, string.ascii_lowercase + string.digits), rng.randint(1, 99), int(arr.timestamp()), rcpt, lt))
        if ar:
            if ar.get("spf", "pass") == "pass":
                hs.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                          % (mailfrom, ip, ip))
            else:
                hs.append("Received-SPF: %s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;"
                          % (ar["spf"], mailfrom, ip, ip))
            hs.append("Authentication-Results: " + arv)
    elif provider == "outlook":
        fe = "%s%s.namprd%02d.prod.outlook.com" % (rng.choice(["SA1PR", "CH3PR", "BN8PR", "DM6PR"]), rng.randint(10, 19), rng.randint(1, 20))
        lt = format_datetime(arr.astimezone(UTC))
        hs.append("Received: from %s (2603:10b6:806:%s::%s) by\n %s with HTTPS; %s" % (fe, hx(3), hx(2), fe.replace("PR", "P").upper(), lt))
        hs.append("Received: from BN9P221CA%s.NAMP221.PROD.OUTLOOK.COM (2603:10b6:408:10a::%s)\n by %s (2603:10b6:806:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d;\n %s"
                  % (rng.randint(1000, 9999), hx(2), fe, hx(3), hx(2), rng.randint(10, 40), lt))
        if ar:
            hs.append(outlook_ar(ar, mfd, ip))
            if ar.get("spf", "pass") == "pass":
                hs.append("Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                          % (mfd, ip, ip, host))
            else:
                hs.append("Received-SPF: %s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;"
                          % (ar["spf"].capitalize(), mfd, ip, ip, host))
        hs.append("Received: from %s (%s) by\n BN2PEPF0000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d\n via Frontend Transport; %s"
                  % (host, ip, hx(4).upper(), rng.randint(2, 250), rng.randint(10, 40), lt))
    elif provider in ("nifty", "ocn", "biglobe", "docomo"):
        srv = {"nifty": "mx.nifty.com", "ocn": "ocn.ne.jp", "biglobe": "biglobe.ne.jp",
               "docomo": "mfsmax.docomo.ne.jp"}[provider]
        lt = format_datetime(arr.astimezone(JST))
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Delivered-To: %s" % rcpt)
        hs.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
                  % (host, host, ip, {"nifty": "mta-snd-e05.mail.nifty.com", "ocn": "mx-ocn-a02.ocn.ad.jp",
                                      "biglobe": "mx-r3.biglobe.ne.jp", "docomo": "mfsmax.docomo.ne.jp"}[provider],
                     alnum(9, string.ascii_letters + string.digits), rcpt, lt))
        if ar:
            s = "Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s" % (
                srv, ar.get("spf", "pass"), mailfrom, ar.get("dkim", "pass"), dkd or frd,
                ar.get("dmarc", "pass"), frd)
            hs.insert(1, s)
    elif provider == "yahoo":
        lt = format_datetime(arr.astimezone(UTC))
        hs.append("Received: from 127.0.0.1\n by atlas%d.free.mail.bf1.yahoo.com with HTTP; %s" % (rng.randint(100, 330), lt))
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from %s (EHLO %s)\n by %d.mail.bf1.yahoo.com with SMTPs; %s" % (ip, host, rng.randint(100, 330), lt))
        hs.append("X-Originating-Ip: [%s]" % ip)
        hs.append("Received-SPF: %s (domain of %s designates %s as permitted sender)" % (ar.get("spf", "pass"), mfd, ip))
        hs.append("Authentication-Results: atlas%d.free.mail.bf1.yahoo.com;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=QUARANTINE) header.from=%s;"
                  % (rng.randint(100, 330), ar.get("dkim", "pass"), dkd, DKIM_SEL.get(dkd, "s1"), ar.get("spf", "pass"), mfd, ar.get("dmarc", "pass"), frd))
        hs.append("X-Apparently-To: %s; %s" % (rcpt, lt))
    elif provider == "fastmail":
        lt = format_datetime(arr.astimezone(timezone(timedelta(hours=-4))))
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s"
                  % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(40, 50), rng.randint(30, 60), hx(8), lt))
        hs.append("X-Cyrus-Session-Id: sloti%d-%d-%d" % (rng.randint(30, 60), int(arr.timestamp()), rng.randint(1000000, 9999999)))
        hs.append("X-Sieve: CMU Sieve 3.0")
        hs.append("X-Spam-known-sender: no")
        hs.append("Authentication-Results: mx%d.messagingengine.com;\n    dkim=%s (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n    dmarc=%s policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    spf=%s smtp.mailfrom=%s smtp.helo=%s"
                  % (rng.randint(1, 9), ar.get("dkim", "pass"), dkd, dkd, b64r(8), DKIM_SEL.get(dkd, "s1"),
                     ar.get("dmarc", "pass"), frd, ar.get("spf", "pass"), mailfrom, host))
        hs.append("Received: from %s (%s [%s])\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s"
                  % (host, host, ip, rng.randint(1, 9), rcpt, lt))
    elif provider == "plain":
        # self-hosted / corporate relay, no Authentication-Results at all
        lt = format_datetime(arr.astimezone(UTC))
        hs.append("Return-Path: <%s>" % mailfrom)
        hs.append("Received: from mail-gw.internal (mail-gw.internal [10.1.4.12])\n\tby imap.internal (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (alnum(22), rcpt, lt))
        hs.append("Received: from %s (%s [%s])\n\tby mail-gw.internal (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (host, host, ip, hx(10).upper(), rcpt, lt))
    if forged_ar:
        hs.append(forged_ar)
    for x in extra:
        hs.append(x)
    for d in dkim:
        hs.append(dkim_sig(d, dt))
    return hs


def gmail_ar(ar, mailfrom, ip):
    parts = []
    for d, res in ar.get("dkims", [(ar.get("dkim_d"), ar.get("dkim", "pass"))]):
        if d is None:
            continue
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, DKIM_SEL.get(d, "s1"), b64r(8)))
    if not parts:
        parts.append("dkim=none")
    spf = ar.get("spf", "pass")
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    dm = ar.get("dmarc", "pass")
    pol = ar.get("policy", "QUARANTINE")
    if dm is not None:
        dis = ar.get("dis", "QUARANTINE") if dm == "fail" else "NONE"
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dm, pol, pol, dis, ar["from"]))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def outlook_ar(ar, mfd, ip):
    spf = ar.get("spf", "pass")
    dk = ar.get("dkim", "pass")
    dm = ar.get("dmarc", "pass")
    dkt = {"pass": "pass (signature was verified)", "none": "none (message not signed)",
           "fail": "fail (body hash did not verify)"}[dk]
    act = "none" if dm in ("pass", "none", "bestguesspass") else "quarantine"
    comp = "pass reason=100" if dm == "pass" else ("fail reason=001" if dm == "fail" else "softpass reason=201")
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (spf, ip, mfd, dkt, ar.get("dkim_d") or "none", dm, act, ar["from"], comp))


# ----------------------------------------------------------------- assemble
def build(no, slug, kind, case_id, lang, frm, to, subject, date, text=None,
          quoted="", html=None, structure="alt", charset="utf-8",
          cte="quoted-printable", html_cte=None, label=None, codec=None,
          hs=(), msgid=None, extra_after=(), subj_charset=None,
          verified=None, acc_extra_text=""):
    """Create one .eml.

    text: NEW plain text of the mail (top part, with signature/footer).
    quoted: quoted history appended below text (plain form).
    html: HTML body (full document) or None to derive one.
    structure: alt | text | html
    """
    fname = "%03d-%s.eml" % (no, slug)
    body_text = (text or "") + (("\n" + quoted) if quoted else "")
    if structure in ("alt", "html") and html is None:
        inner = text_to_html(text)
        if quoted:
            inner += "\n" + quote_html(quoted)
        html = aws_html(inner)
    hcte = html_cte or cte
    if structure == "alt":
        m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), int(date.timestamp() * 1000)))
        m.attach(part(body_text, "plain", charset, cte, label, codec))
        m.attach(part(html, "html", charset, hcte, label, codec))
    elif structure == "text":
        m = part(body_text, "plain", charset, cte, label, codec)
    elif structure == "html":
        m = part(html, "html", charset, hcte, label, codec)
    else:
        m = structure  # prebuilt MIME object
    for sub in m.walk():
        if sub is not m:
            del sub["MIME-Version"]
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep="\n")).flatten(m)
    mime_bytes = buf.getvalue()
    # reorder: MIME-Version first among the MIME headers
    hdr_lines = list(hs)
    hdr_lines.append("From: " + frm)
    hdr_lines.append("To: " + to)
    hdr_lines.append(enc_header("Subject", subject, subj_charset or ("utf-8" if charset in ("us-ascii", "iso-8859-1") else charset)))
    hdr_lines.append("Date: " + (date if isinstance(date, str) else format_datetime(date)))
    hdr_lines.append("Message-ID: " + (msgid or "<%s@%s>" % (alnum(24), "mail.example.net")))
    hdr_lines.extend(extra_after)
    data = ("\n".join(hdr_lines) + "\n").encode("ascii") + mime_bytes
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    newtext_for_ids = subject + "\n" + (text or "") + "\n" + acc_extra_text
    if structure == "html" and text is None:
        newtext_for_ids = subject + "\n" + re.sub(r"<[^>]+>", " ", html)
    LABELS[fname] = {"kind": kind, "case_id": case_id,
                     "account_ids": acc_ids(newtext_for_ids),
                     "sender_verified": verified, "language": lang}
    return fname


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# common sender identities
AWS_FORM = formataddr(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com"))
AWS_NOREPLY = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
CREDLY = formataddr(("Amazon Web Services Training and Certification via Credly", "admin@credly.com"))


def ses_mailfrom(dt):
    return "%s@email.amazonses.com" % ses_id(dt)[1:].split("@")[0]


def aws_gmail(rcpt, dt, dmarc="pass"):
    mf = ses_mailfrom(dt)
    return trace("gmail", rcpt, dt, mf, rng.choice(RELAYS), dkim=["amazon.com", "amazonses.com"],
                 ar={"dkims": [("amazon.com", "pass"), ("amazonses.com", "pass")],
                     "from": "amazon.com", "dmarc": dmarc}, extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(43)])


def aws_outlook(rcpt, dt):
    mf = ses_mailfrom(dt)
    return trace("outlook", rcpt, dt, mf, rng.choice(RELAYS), dkim=["amazon.com", "amazonses.com"],
                 ar={"dkim_d": "amazon.com", "from": "amazon.com"},
                 extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(43)])


def aws_jp(provider, rcpt, dt):
    mf = ses_mailfrom(dt)
    return trace(provider, rcpt, dt, mf, rng.choice(RELAYS), dkim=["amazon.com", "amazonses.com"],
                 ar={"dkim_d": "amazon.com", "from": "amazon.com"},
                 extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(43)])


def aws_other(provider, rcpt, dt):
    mf = ses_mailfrom(dt)
    return trace(provider, rcpt, dt, mf, rng.choice(RELAYS), dkim=["amazon.com", "amazonses.com"],
                 ar={"dkim_d": "amazon.com", "from": "amazon.com"},
                 extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(43)])


def credly_gmail(rcpt, dt, dom="credly.com", provider="gmail"):
    mf = "bounces+%d-%s-%s=%s@em.%s" % (rng.randint(1000000, 9999999), hx(4), rcpt.split("@")[0], rcpt.split("@")[1], dom)
    if provider != "gmail":
        return trace(provider, rcpt, dt, mf, ("o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), "em." + dom), "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
                     dkim=[dom, "sendgrid.info"], ar={"dkim_d": dom, "from": dom})
    return trace("gmail", rcpt, dt, mf, ("o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), "em." + dom), "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
                 dkim=[dom, "sendgrid.info"],
                 ar={"dkims": [(dom, "pass"), ("sendgrid.info", "pass")], "from": dom, "dmarc": "pass", "policy": "NONE"})


def SIG_RATE(case_id, url_kind="console"):
    return ("\nWe value your feedback. Please share your experience by rating this and other\n"
            "correspondences in the AWS Support Center. You can rate a correspondence by\n"
            "selecting the stars in the top right corner of the correspondence.\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n" % case_id)


# ================================================================= MAILS
# ---------------------------------------------------------------- thread T1
# Daniel Okafor, Gmail, web-form case (15 digits)
T1_OPEN = D(2025, 5, 12, 9, 14, 22)
T1_CASE = "174704126208413"
T1_TO = formataddr(("Daniel Okafor", "d.okafor84@gmail.com"))
T1_RC = "d.okafor84@gmail.com"
T1_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1_CASE

T1_FORM = """Name: Daniel Okafor
Email: d.okafor84@gmail.com
AWS candidate ID: AWS11640295
Inquiry type: Certification
Detail: Account Merge
Message: Hi, I accidentally created a second CertMetrics account when I sat
the SAA exam. My old one is AWS03918274 (Cloud Practitioner, 2019). Could you
merge them so all my certs are in one place? Thanks!"""


def mails_01():
    dt = T1_OPEN + timedelta(seconds=41)
    build(1, "form-request-received-reference", "case_created", T1_CASE, "en",
          formataddr(("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
          T1_TO,
          "[CASE %s] We have your message - AWS Training and Certification" % T1_CASE, dt,
          text="""Hello,

Thanks for writing to AWS Training and Certification. Your request reached us
and has been given the reference number %s. Please keep that number
handy in case you need to get in touch with us about the same topic.

What happens next: a person on our team reads every request and will answer
you by e-mail, normally within 24 hours. Sending the same request again will
not make it faster (it can actually slow things down), so if you have
something to add, just reply to this thread.

For your records, this is what you sent us:

Topic: Certification account assistance
Candidate ID: AWS11640295
Your message: "Hi, I accidentally created a second CertMetrics account when
I sat the SAA exam. My old one is AWS03918274 (Cloud Practitioner, 2019)."

Regards,
AWS Training and Certification
https://aws.amazon.com/training/
""" % T1_CASE,
          hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 13, 16, 40, 5)
    build(2, "agent-asks-signin-addresses-and-keeper", "support_reply", T1_CASE, "en",
          AWS_FORM, T1_TO, T1_SUBJ, dt,
          text="""Hi Daniel,

Thank you for your patience while I looked into this.

I can see two certification profiles that appear to belong to you:

- AWS03918274, opened in 2019
- AWS11640295, opened in 2023

Before anything can be changed I need two small things from you:

1. The e-mail address you use to sign in to each of the two profiles.
2. Which of the two you would like to go on using afterwards.

As soon as I have these I'll set out the next steps for you.

Kind regards,
Rohan M.
AWS Training and Certification
""",
          quoted="""-----Original Message-----
From: Daniel Okafor <d.okafor84@gmail.com>
Sent: Monday, May 12, 2025 9:14 AM
Subject: [AWS Training and Certification Form Submission] - account-assistance

""" + T1_FORM + "\n",
          structure="text", hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 15, 8, 5, 51)
    build(3, "agent-lays-out-plan-asks-yes", "merge_confirmation_requested", T1_CASE, "en",
          AWS_FORM, T1_TO, T1_SUBJ, dt,
          text="""Hello Daniel,

Thanks for coming back to me with the sign-in details.

Here is what we are planning, so you can look it over before anything
happens:

  Profile to be retired:  AWS03918274  (d.okafor@outlook.com)
  Profile that stays:     AWS11640295  (d.okafor84@gmail.com)

All certifications, exam history and any unused benefits on the retired
profile will be moved across to the one that stays. The older profile is then
switched off and you will no longer be able to sign in to it. Please be aware
that this is permanent: there is no way for us to split the two apart again
later.

If that is what you want, reply to this e-mail with a short "yes, that's
right" and we will go ahead. If anything above looks wrong, tell me what to
change and I'll adjust it.

Best,
Camille D.
AWS Training and Certification
""",
          quoted="""On Wed, May 14, 2025 at 10:22 PM Daniel Okafor <d.okafor84@gmail.com> wrote:
> Hi Rohan,
>
> Old one: d.okafor@outlook.com
> New one: d.okafor84@gmail.com -- I'd like to keep this one please.
>
> Thanks,
> Daniel
>
> On Tue, May 13, 2025 at 4:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Daniel,
> > I can see two certification profiles that appear to belong to you:
> > - AWS03918274, opened in 2019
> > - AWS11640295, opened in 2023
> > 1. The e-mail address you use to sign in to each of the two profiles.
> > 2. Which of the two you would like to go on using afterwards.
""",
          hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 15, 14, 30, 12)
    build(4, "agent-thanks-for-yes-handed-over", "support_reply", T1_CASE, "en",
          AWS_FORM, T1_TO, T1_SUBJ, dt,
          text="""Hi Daniel, thanks for the quick yes. I've handed this to the team that does the actual work on the profiles; you'll hear from us again once they're finished, usually within 2-3 working days.

Joaquín
AWS T&C Support
""",
          quoted="""On Thu, May 15, 2025 at 9:47 AM Daniel Okafor <d.okafor84@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
> Daniel
""",
          structure="text", cte="8bit", hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 16, 19, 12, 40)
    build(5, "agent-everything-now-under-one-profile", "merge_completed", T1_CASE, "en",
          AWS_FORM, T1_TO, T1_SUBJ, dt,
          text="""Hi Daniel,

Good news: the work on your profiles is finished.

Everything that used to sit under AWS03918274 now lives in AWS11640295 - both
certifications, the exam history and your 50% discount voucher. The older
login (d.okafor@outlook.com) has been switched off, so please use
d.okafor84@gmail.com from now on.

A couple of things worth knowing:
- It can take up to 5 business days before Credly shows the badges on the right profile.
- If anything looks missing when you sign in at https://www.aws.training/Certification, reply here and I'll take a look.

Warm regards,
Hannah
AWS Training and Certification
""" + SIG_RATE(T1_CASE),
          cte="base64", hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 19, 20, 0, 3)
    inner = """<p style="font-size:18px;font-weight:bold">We'd like to hear from you</p>
<p>Hello Daniel,</p>
<p>We have marked your request <b>%s</b> as resolved, since we haven't heard anything further from you.</p>
<p>Did we sort things out for you?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;padding:10px 24px"><a style="color:#fff;text-decoration:none" href="https://aws.amazon.com/feedback/case?displayId=%s&amp;resolved=YES&amp;t=%s">YES</a></td>
<td style="background:#545b64;padding:10px 24px"><a style="color:#fff;text-decoration:none" href="https://aws.amazon.com/feedback/case?displayId=%s&amp;resolved=NO&amp;t=%s">NO</a></td>
</tr></table>
<p>It takes less than a minute and your answer goes straight to the people who handled your request. If you still need help, just reply and the request will be reopened.</p>
<p>AWS Training and Certification</p>""" % (T1_CASE, T1_CASE, hx(32), T1_CASE, hx(32))
    build(6, "resolved-notice-yes-no-buttons", "survey", T1_CASE, "en",
          AWS_FORM, T1_TO, "How did we do? [CASE %s]" % T1_CASE, dt,
          html=aws_html(inner, "How did we do?"), structure="html",
          hs=aws_gmail(T1_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 5, 20, 3, 26, 18)
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Daniel, you've been awarded a badge!

AWS Training and Certification has recognised your achievement with the
AWS Certified Solutions Architect - Associate badge.

Claim it now to add it to your Credly profile and share it with your
network:
%s

Why claim? Verified digital credentials make it easy for employers to see
what you can do.

Credly, Inc. | 25 W 36th St, New York, NY 10018
Manage e-mail preferences: https://www.credly.com/notifications
""" % url
    html = credly_html("<p><b>Daniel, you've been awarded a badge!</b></p>"
                       "<p>AWS Training and Certification has recognised your achievement with the "
                       "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>"
                       "<p>Claim it now to add it to your Credly profile and share it with your network.</p>",
                       "Claim your badge", url)
    build(7, "credly-sa-associate-awarded", "credly_badge_issued", None, "en",
          CREDLY, T1_TO, "Daniel, a new badge from AWS Training and Certification is waiting", dt,
          text=txt, html=html, hs=credly_gmail(T1_RC, dt),
          msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)


# ---------------------------------------------------------------- thread T2
# Priya Raman, Outlook.com, console case (11 digits, 2023), three profiles
T2_CASE = "11829304711"
T2_TO = formataddr(("Priya Raman", "priya.raman@outlook.com"))
T2_RC = "priya.raman@outlook.com"
T2_SUBJ = "RE:[CASE %s] Combine three certification profiles into one" % T2_CASE


def mails_02():
    dt = D(2023, 3, 7, 11, 2, 19)
    build(8, "console-request-logged-do-not-reply", "case_created", T2_CASE, "en",
          AWS_NOREPLY, T2_TO,
          "Amazon Web Services: your request %s is now with our Support team" % T2_CASE, dt,
          text="""Hello,

Thank you for getting in touch with Amazon Web Services. We've logged your
request as case %s and it is now waiting for one of our Training and
Certification specialists.

Case ID: %s
Subject: Combine three certification profiles into one
Severity: General guidance

You can see this case, or add information to it, at any time here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this e-mail: this address does not accept incoming
messages. Use the link above instead.

Sincerely,
Amazon Web Services
""" % (T2_CASE, T2_CASE, T2_CASE),
          hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2023, 3, 8, 6, 51, 2)
    build(9, "console-notice-someone-replied", "support_reply", T2_CASE, "en",
          AWS_NOREPLY, T2_TO, "[Case %s] There is a new reply on your case" % T2_CASE, dt,
          text="""Hello,

Someone from AWS Support has responded to your case.

Case ID: %s
Subject: Combine three certification profiles into one

To read the reply and answer it, open the Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en

This mailbox isn't monitored.

Amazon Web Services
""" % (T2_CASE, T2_CASE),
          structure="text", cte="7bit", charset="us-ascii",
          hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2023, 3, 8, 6, 50, 40)
    build(10, "agent-kindly-share-login-mail-and-primary", "support_reply", T2_CASE, "en",
          AWS_NOREPLY, T2_TO, T2_SUBJ, dt,
          text="""Dear Priya,

Greetings from AWS Training and Certification!

As per our verification, we have found below three profiles which are
registered in your name:

AWS00472619 - priya.raman@outlook.com
aws09921384 - priya.raman@infyworks.in
AWS 05517730 - (no login e-mail available in our records)

Kindly help us with below details so that we can proceed further:
a) login e-mail id for the third profile AWS 05517730
b) which profile you wish to retain as primary one

Request you to revert on the same case only and do not raise a new case for
this request, as it will delay the process.

Thanks and regards,
Yusuf K.
Amazon Web Services
""" + SIG_RATE(T2_CASE),
          structure="text", hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2023, 3, 10, 17, 25, 7)
    build(11, "agent-final-picture-bulleted-awaiting-ok", "merge_confirmation_requested", T2_CASE, "en",
          AWS_NOREPLY, T2_TO, T2_SUBJ, dt,
          text="""Hi Priya,

Thanks for the extra details. Below is the final picture we are going to work
from:

Profiles being folded in (these will be closed afterwards):
\u2022 AWS00472619 \u2014 priya.raman@outlook.com
\u2022 AWS05517730 \u2014 p.raman@alumni.example.edu

Profile carrying on:
\u2022 AWS09921384 \u2014 priya.raman@infyworks.in

Once we start, it can't be rolled back. Could you answer on the case to say
this matches what you want? Nothing will be touched until we hear from you.

Regards,
Greta
Amazon Web Services
""" + SIG_RATE(T2_CASE),
          hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2023, 3, 13, 9, 4, 33)
    build(12, "agent-one-liner-now-living-inside", "merge_completed", T2_CASE, "en",
          AWS_NOREPLY, T2_TO, T2_SUBJ, dt,
          text="""Done \u2013 AWS00472619 and AWS05517730 now live inside AWS09921384; please sign in with priya.raman@infyworks.in from here on.

Obinna
Amazon Web Services
""",
          quoted="""________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Friday, March 10, 2023 6:02 PM
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE:[CASE 11829304711] Combine three certification profiles into one

Hi Greta,

Yes, that is all correct - please go ahead and merge AWS00472619 and
AWS05517730 into AWS09921384.

Thanks,
Priya
""",
          structure="text", cte="quoted-printable",
          hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2023, 3, 14, 10, 0, 0)
    build(13, "closed-tell-us-two-minutes", "survey", T2_CASE, "en",
          AWS_NOREPLY, T2_TO, "Tell us about your experience with case %s" % T2_CASE, dt,
          text="""Hi Priya,

Case %s has now been closed.

We'd really appreciate two minutes of your time. How likely are you to
recommend AWS Support to a friend or colleague?

  0  1  2  3  4  5  6  7  8  9  10
  https://pulse.aws/feedback/%s?displayId=%s

And one more: was your issue resolved?   Yes / No

Your answers are anonymous and help us decide where to improve.

Thank you,
AWS Support
""" % (T2_CASE, hx(16), T2_CASE),
          hs=aws_outlook(T2_RC, dt), msgid=ses_id(dt), verified=True)


# ---------------------------------------------------------------- thread T3
# Kenji Watanabe, nifty.com, Japanese form case (15 digits)
T3_CASE = "174882781105527"
T3_RC = "k-watanabe@nifty.com"
T3_TO = addr("渡辺 健二", T3_RC, "iso-2022-jp")
T3_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T3_CASE


def mails_03():
    dt = D(2025, 6, 2, 1, 30, 48)
    build(14, "ja-form-received-iso2022jp", "case_created", T3_CASE, "ja",
          AWS_FORM, T3_TO,
          "[CASE %s] お問い合わせを承りました - AWS トレーニングと認定" % T3_CASE, dt,
          text="""渡辺 健二 様

AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
お送りいただいた内容は、受付番号 %s にて確かに承りました。

担当者が内容を確認のうえ、原則として24時間以内にメールにてご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。
同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございますので、
あらかじめご了承ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 サポートチーム
""" % T3_CASE,
          structure="text", charset="iso-2022-jp", cte="7bit",
          hs=aws_jp("nifty", T3_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 6, 3, 2, 17, 9)
    build(15, "ja-keigo-plan-reply-if-correct-sjis", "merge_confirmation_requested", T3_CASE, "ja",
          AWS_FORM, T3_TO, T3_SUBJ, dt,
          text="""渡辺 様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。

ご返信いただき、ありがとうございます。いただいた情報をもとに、
以下の内容で作業を進める予定でございます。

■ 作業後に閉鎖される認定アカウント
　AWS07781203（ご登録メール: kenji.w@example.co.jp）
■ 引き続きご利用いただく認定アカウント
　AWS02290466（ご登録メール: k-watanabe@nifty.com）

閉鎖されるアカウントの認定資格、受験履歴および特典は、すべて
引き続きご利用いただくアカウントへ移行されます。
なお、本作業は一度実施いたしますと元に戻すことができませんので、
あらかじめご了承くださいますようお願い申し上げます。

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認でき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定
""",
          quoted="""2025年6月2日(月) 19:45 渡辺健二 <k-watanabe@nifty.com>:
> お世話になります。
> 古いアカウントは AWS07781203（kenji.w@example.co.jp）です。
> 新しい方の AWS02290466 を残したいです。
> よろしくお願いします。
""",
          structure="text", charset="shift_jis", label="Shift_JIS", cte="base64",
          subj_charset="iso-2022-jp",
          hs=aws_jp("nifty", T3_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 6, 4, 9, 3, 55)
    build(16, "en-status-one-more-day-plus-address-question", "support_reply", T3_CASE, "en",
          AWS_FORM, formataddr(("Kenji Watanabe", "kenji@watanabe-lab.jp")), T3_SUBJ, dt,
          text="""Hello Kenji-san,

Sorry for writing in English - our Japanese-speaking colleague is out today
and I didn't want to leave you without news.

Quick status: your request is with the specialist team. They have told me
they need roughly one more business day. There is nothing you need to do
right now.

One unrelated question while I have you: the mailing address on AWS02290466
is still in Osaka. If you have moved, you can update it yourself under
Profile > Personal information; we are not able to change it from our side.
Would you like me to send you the steps?

Best regards,
Marcus
AWS Training and Certification
""",
          structure="text", charset="us-ascii", cte="7bit",
          hs=trace("plain", "kenji@watanabe-lab.jp", dt, ses_mailfrom(dt), rng.choice(RELAYS),
                   dkim=["amazon.com", "amazonses.com"]),
          msgid=ses_id(dt), verified=None)

    dt = D(2025, 6, 5, 6, 40, 21)
    build(17, "ja-records-moved-sign-in-with", "merge_completed", T3_CASE, "ja",
          AWS_FORM, T3_TO, T3_SUBJ, dt,
          text="""渡辺 様

AWS トレーニングと認定の高橋でございます。

大変お待たせいたしました。AWS07781203 に登録されていた認定資格と受験履歴は、
すべて AWS02290466 へ移し終えました。今後は k-watanabe@nifty.com で
サインインしていただけますと幸いです。

Credly のバッジにつきましては、反映までに数日かかる場合がございます。
1週間ほど経っても表示されない場合は、お手数ですが本メールにご返信ください。

このたびはご不便をおかけいたしました。

高橋
AWS トレーニングと認定

今回の対応はいかがでしたか。サポートセンターで評価をお寄せください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % T3_CASE,
          quoted="""2025年6月3日(火) 22:10 渡辺健二 <k-watanabe@nifty.com>:
> 佐々木様
> 内容に間違いありません。統合をお願いします。
> 渡辺
""",
          cte="base64", hs=aws_jp("nifty", T3_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 6, 6, 0, 15, 0)
    txt = """渡辺 健二 様

受付番号 %s のお問い合わせは、対応を終了いたしました。

今回の担当者の対応について、ご意見をお聞かせいただけますでしょうか。
所要時間は1分程度です。

　問題は解決しましたか？　はい / いいえ
　https://aws.amazon.com/jp/feedback/?displayId=%s&lang=ja

いただいたご意見は、今後のサービス向上のために活用させていただきます。

AWS トレーニングと認定
""" % (T3_CASE, T3_CASE)
    html = aws_html(text_to_html(txt).replace("はい / いいえ",
                    '<a href="https://aws.amazon.com/jp/feedback/?displayId=%s&amp;r=1">はい</a> / '
                    '<a href="https://aws.amazon.com/jp/feedback/?displayId=%s&amp;r=0">いいえ</a>' % (T3_CASE, T3_CASE)),
                    "ご意見をお聞かせください").replace("charset=utf-8", "charset=iso-2022-jp")
    build(18, "ja-closed-please-share-opinion", "survey", T3_CASE, "ja",
          AWS_FORM, T3_TO,
          "[CASE %s] ご意見をお聞かせください：AWS トレーニングと認定へのお問い合わせについて" % T3_CASE, dt,
          text=txt, html=html, charset="iso-2022-jp", cte="7bit",
          hs=aws_jp("nifty", T3_RC, dt), msgid=ses_id(dt), verified=True)


# ---------------------------------------------------------------- thread T4
# Marta Kowalczyk, Google Workspace, 2019 case (10 digits)
T4_CASE = "6581209934"
T4_RC = "marta.kowalczyk@softhaus.pl"
T4_TO = formataddr(("Marta Kowalczyk", T4_RC))
T4_SUBJ = "RE:[CASE %s] Two certification logins - please join" % T4_CASE


def mails_04():
    dt = D(2019, 6, 10, 13, 22, 45)
    build(19, "chaser-still-need-old-login-72h", "support_reply", T4_CASE, "en",
          AWS_FORM, T4_TO, T4_SUBJ, dt,
          text="""Hello Marta,

I'm following up on my note from 3 June, as I haven't seen an answer yet.

To carry on with bringing your two certification profiles together, I still
need the e-mail address you use to sign in to the older one. If you no longer
have access to that mailbox, that's fine - just say so and I'll suggest
another way to check that it's you.

If we don't hear back within 72 hours this case will be closed
automatically, but you can reopen it at any time by replying.

Thank you,
Siobhan
Amazon Web Services
""",
          structure="text", charset="us-ascii", cte="7bit",
          hs=aws_gmail(T4_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2019, 6, 12, 8, 47, 30)
    build(20, "long-what-moves-what-stays-reply-to-go-ahead", "merge_confirmation_requested", T4_CASE, "en",
          AWS_FORM, T4_TO, T4_SUBJ, dt,
          text="""Dear Marta,

Thank you for sending the sign-in address for your older profile. I have now
been able to match both profiles to you, and I'd like to walk you through
exactly what will happen, because the change is permanent and I want to be
sure it is what you expect.

WHAT WE HAVE FOUND
Profile A: AWS00193348, created March 2016, sign-in marta.k@poczta.example.pl.
  Holds: AWS Certified Solutions Architect - Associate (2016, recertified 2018).
Profile B: AWS04407721, created January 2019, sign-in marta.kowalczyk@softhaus.pl.
  Holds: AWS Certified Developer - Associate (2019).

WHAT WE WILL DO
Profile A will be folded into Profile B. After that, Profile B is the only one
you will use. Your certification history, exam transcripts, the remaining
exam discount from Profile A and your digital badges will be carried over.
Profile A will be deactivated and its sign-in will stop working.

WHAT WILL NOT CARRY OVER
Exam appointments that are currently scheduled (you have none at the moment)
and any practice-exam vouchers that have already expired.

WHAT WE NEED FROM YOU
If everything above reads right to you, a short reply saying so is all we
need before we go ahead. If you would rather keep Profile A as your main one,
or if any of the details above look wrong, tell me and I'll change the plan.
Nothing will happen until we have your answer.

Kind regards,
Dmitri V.
Training and Certification Customer Support
Amazon Web Services
""",
          quoted="""From: Marta Kowalczyk <marta.kowalczyk@softhaus.pl>
Sent: Tuesday, June 11, 2019 7:58 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 6581209934] Two certification logins - please join

Hi Siobhan,

Sorry for the delay, I was travelling. The old login is
marta.k@poczta.example.pl (candidate id AWS00193348 I think).

Best,
Marta
""",
          hs=aws_gmail(T4_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2019, 6, 14, 15, 5, 12)
    build(21, "records-together-marking-resolved-rate", "merge_completed", T4_CASE, "en",
          AWS_FORM, T4_TO, T4_SUBJ, dt,
          text="""Hi Marta,

Your records are now together under AWS04407721, and the old sign-in
(marta.k@poczta.example.pl) no longer works. Since there's nothing left for
us to do, I'm going to mark this case as resolved.

If you have a moment, I'd be grateful if you rated this reply - it is the
main way our team learns what works.

All the best,
Aoife
Amazon Web Services
""" + SIG_RATE(T4_CASE),
          quoted="""> Thanks Dmitri, that all reads right. Go ahead.
> Marta
""",
          cte="quoted-printable", hs=aws_gmail(T4_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2019, 6, 18, 22, 31, 5)
    url = "https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Marta,

Your AWS Certified Solutions Architect - Associate badge, issued by Amazon
Web Services Training and Certification, has been moved to the Acclaim
account linked to marta.kowalczyk@softhaus.pl following the update to your
certification profile.

Accept it to show it on your profile and share it:
%s

Acclaim | Pittsburgh, PA
""" % url
    html = credly_html("<p>Hi Marta,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> badge, "
                       "issued by Amazon Web Services Training and Certification, has been moved to the Acclaim "
                       "account linked to marta.kowalczyk@softhaus.pl following the update to your certification profile.</p>",
                       "Accept badge", url).replace("Credly, Inc. &middot; 25 W 36th St, New York, NY 10018", "Acclaim &middot; Pittsburgh, PA")
    build(22, "acclaim-badge-moved-to-new-account", "credly_badge_issued", None, "en",
          formataddr(("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")),
          T4_TO, "Marta, your badge from Amazon Web Services Training and Certification has moved", dt,
          text=txt, html=html, hs=credly_gmail(T4_RC, dt, dom="youracclaim.com"),
          msgid="<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (alnum(22), rng.randint(1, 200)), verified=True)


# ---------------------------------------------------------------- thread T5
# Luis Ferreira, Yahoo, form case (15 digits), exam booked on one profile
T5_CASE = "174371794012906"
T5_RC = "luis.ferreira77@yahoo.com"
T5_TO = formataddr(("Luis Ferreira", T5_RC))
T5_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T5_CASE


def aws_yahoo(dt):
    return aws_other("yahoo", T5_RC, dt)


def mails_05():
    dt = D(2025, 4, 3, 22, 6, 15)
    inner = """<h2 style="font-size:20px;margin:0 0 16px 0">Thanks, we've got it from here</h2>
<p>Hi Luis,</p>
<p>Your message to AWS Training and Certification arrived safely. Our reference for it is <b>%s</b>.</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td style="color:#687078">Topic</td><td>Certification &ndash; account assistance</td></tr>
<tr><td style="color:#687078">Candidate ID</td><td>aws10293847</td></tr>
<tr><td style="color:#687078">Received</td><td>Thu, 3 Apr 2025 22:05 UTC</td></tr>
</table>
<p>A specialist will read it and get back to you by e-mail, normally within one business day. Please keep everything about this request in this thread rather than starting a new one &ndash; that way your history stays in one place.</p>
<p>AWS Training and Certification</p>""" % T5_CASE
    build(23, "html-only-arrived-safely-reference", "case_created", T5_CASE, "en",
          AWS_FORM, T5_TO, "Thanks for contacting AWS Training and Certification [CASE %s]" % T5_CASE, dt,
          html=aws_html(inner, "AWS Training and Certification"), structure="html",
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 4, 18, 2, 44)
    build(24, "exam-booked-wait-or-now-question", "support_reply", T5_CASE, "en",
          AWS_FORM, T5_TO, T5_SUBJ, dt,
          text="""Hi Luis,

Thanks for the details - I've found both profiles and I'm happy to bring them
together for you.

Quick heads-up first, though: the profile AWS-10555612 has an exam booked with
Pearson VUE for 14 April (AWS Certified Developer - Associate). If we move
things around while an appointment is pending, the booking can get lost and
you might have to reschedule.

So my question is: would you like us to wait until after your exam, or would
you rather cancel the appointment and have us go ahead now?

Cheers,
Noor
AWS Training and Certification
""",
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 16, 11, 30, 9)
    build(25, "after-exam-keeping-retiring-say-yes", "merge_confirmation_requested", T5_CASE, "en",
          AWS_FORM, T5_TO, T5_SUBJ, dt,
          text="""Hello again Luis,

Congratulations on passing on Monday! Now that the exam is behind you, here
is how things would look afterwards:

  Keeping:  aws10293847  (luis.ferreira77@yahoo.com)
  Retiring: AWS-10555612 (l.ferreira@cloudnova.example)

Your new Developer - Associate result will come across together with the
rest. Bear in mind that once the two are joined there's no way to separate
them again.

Give us a yes on this thread and we'll get started.

Thanks,
Viktor
AWS Training and Certification
""",
          quoted="""On Friday, April 4, 2025 at 04:11:52 PM GMT-3, Luis Ferreira <luis.ferreira77@yahoo.com> wrote:

Hi Noor, please wait until after the exam, I don't want to lose the slot.
Thanks!
""",
          structure="text", cte="quoted-printable",
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 17, 9, 12, 0)
    build(26, "got-it-with-back-office-team", "support_reply", T5_CASE, "en",
          AWS_FORM, T5_TO, T5_SUBJ, dt,
          text="""Got it, thanks Luis. The request is now with our back-office team, who will
write to you as soon as they've finished. No need to do anything in the
meantime.

Best,
Farah | AWS Training and Certification
""",
          quoted="""On Wednesday, April 16, 2025 at 09:05:33 PM GMT-3, Luis Ferreira <luis.ferreira77@yahoo.com> wrote:

Yes, please go ahead and merge AWS-10555612 into aws10293847.

Luis
""",
          structure="text", charset="us-ascii", cte="7bit",
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 22, 20, 44, 51)
    build(27, "two-records-joined-voucher-carried", "merge_completed", T5_CASE, "en",
          AWS_FORM, T5_TO, T5_SUBJ, dt,
          text="""Hi Luis,

The two records have now been joined. When you sign in as
luis.ferreira77@yahoo.com you should see both certifications, your full exam
history and the 50% voucher you earned from the Developer exam.

The old login (l.ferreira@cloudnova.example) has been switched off.

Could you also let us know whether you still get mail from Credly at the old
address? If so we'll ask them to update it.

Regards,
Mateus
AWS Training and Certification
""" + SIG_RATE(T5_CASE),
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 25, 21, 0, 0)
    inner = """<p>Hi Luis,</p>
<p>Case <b>%s</b> was closed on 25 April 2025.</p>
<p style="background:#f2f3f3;padding:12px"><b>Resolution summary:</b> the two certification profiles were combined under aws10293847 as requested.</p>
<p>Was your issue resolved?</p>
<p><a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;answer=YES">YES</a> &nbsp;|&nbsp; <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;answer=NO">NO</a></p>
<p>How would you rate the support you received? <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;rate=1">1</a> <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;rate=2">2</a> <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;rate=3">3</a> <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;rate=4">4</a> <a href="https://aws.amazon.com/feedback/case?displayId=%s&amp;rate=5">5</a></p>
<p>Thanks for helping us improve,<br>AWS Training and Certification</p>""" % ((T5_CASE,) * 8)
    txt = """Hi Luis,

Case %s was closed on 25 April 2025.

Resolution summary: the two certification profiles were combined under
aws10293847 as requested.

Was your issue resolved?
YES: https://aws.amazon.com/feedback/case?displayId=%s&answer=YES
NO:  https://aws.amazon.com/feedback/case?displayId=%s&answer=NO

How would you rate the support you received? (1-5)
https://aws.amazon.com/feedback/case?displayId=%s

Thanks for helping us improve,
AWS Training and Certification
""" % ((T5_CASE,) * 4)
    build(28, "closed-resolution-summary-yes-no", "survey", T5_CASE, "en",
          AWS_FORM, T5_TO, "Your case %s has been closed" % T5_CASE, dt,
          text=txt, html=aws_html(inner, "Case closed"),
          hs=aws_yahoo(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 4, 28, 14, 9, 37)
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Congratulations, Luis!

Amazon Web Services Training and Certification has given you the
AWS Certified Developer - Associate badge.

Add it to your profile:
%s

Once it's on your profile you can share it on LinkedIn, add it to your e-mail
signature, or download a certificate.

Credly, Inc. | 25 W 36th St, New York, NY 10018
""" % url
    html = credly_html("<p><b>Congratulations, Luis!</b></p><p>Amazon Web Services Training and Certification has given you the "
                       "<b>AWS Certified Developer - Associate</b> badge.</p><p>Once it's on your profile you can share it on LinkedIn, "
                       "add it to your e-mail signature, or download a certificate.</p>", "Add to my profile", url)
    build(29, "credly-developer-badge-add-to-profile", "credly_badge_issued", None, "en",
          CREDLY, T5_TO, "You've been given a badge: AWS Certified Developer - Associate", dt,
          text=txt, html=html, cte="base64", hs=credly_gmail(T5_RC, dt, provider="yahoo"),
          msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)


# ---------------------------------------------------------------- thread T6
# Aisha Bello, Gmail, console case (11 digits, 2022)
T6_CASE = "12104958273"
T6_RC = "aisha.bello.cloud@gmail.com"
T6_TO = formataddr(("Aisha Bello", T6_RC))
T6_SUBJ = "RE:[CASE %s] Certification profiles - two IDs" % T6_CASE


def mails_06():
    dt = D(2022, 9, 19, 10, 44, 2)
    build(30, "console-opened-for-you-case-block", "case_created", T6_CASE, "en",
          AWS_NOREPLY, T6_TO, "Amazon Web Services: We've opened case %s for you" % T6_CASE, dt,
          text="""Hello,

Thank you for reaching out to Amazon Web Services. Your request has been
logged and we'll be in touch soon.

Case ID: %s
Subject: Certification profiles - two IDs
Severity: Low
Service: Training and Certification

Follow progress or add a note:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This is an automated notification - replies sent to this address are not
read.

Amazon Web Services
""" % (T6_CASE, T6_CASE),
          structure="text", charset="us-ascii", cte="7bit",
          hs=aws_gmail(T6_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2022, 9, 20, 14, 10, 26)
    txt = """Hello Aisha,

I'm Kwame and I'll be looking after your request.

I've located the two IDs you mentioned:
- AWS06613290 (signs in with aisha.bello.cloud@gmail.com)
- AWS08872104 (signs in with a.bello@lagos-tech.example)

To move ahead I need a little more from you:
- the reason you'd like them brought together (for example, a new employer or a lost mailbox);
- the address where you'd like to receive certification notifications from now on;
- whether there is any exam currently scheduled on either ID.

You can answer right here on the case.

Best regards,
Kwame
Amazon Web Services
""" + SIG_RATE(T6_CASE)
    build(31, "kwame-three-questions-list", "support_reply", T6_CASE, "en",
          AWS_NOREPLY, T6_TO, T6_SUBJ, dt, text=txt,
          hs=aws_gmail(T6_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2022, 9, 22, 9, 58, 13)
    build(32, "voucher-expiring-and-ok-to-fold", "merge_confirmation_requested", T6_CASE, "en",
          AWS_NOREPLY, T6_TO, T6_SUBJ, dt,
          text="""Hi Aisha,

Something you may want to know first: the 50% discount voucher on
AWS08872104 runs out on 31 October. It will travel with everything else, but
it keeps its original expiry date, so plan your next exam before then.

Now the main point. Based on your answers, we'd fold AWS08872104 into
AWS06613290 and keep AWS06613290 as your only ID, with notifications going to
aisha.bello.cloud@gmail.com. AWS08872104 would stop working afterwards, and
this can't be reversed.

Are you happy for us to do exactly that? A one-word answer on the case is
fine.

Thanks,
Lucía
Amazon Web Services
""" + SIG_RATE(T6_CASE),
          cte="base64", hs=aws_gmail(T6_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2022, 9, 26, 16, 20, 45)
    build(33, "everything-moved-over-wrong-charset-label", "merge_completed", T6_CASE, "en",
          AWS_NOREPLY, T6_TO, T6_SUBJ, dt,
          text="""Hi Aisha,

Everything has been moved over to AWS06613290 \u2013 certifications, exam
history and the voucher (still valid until 31 October). The older ID,
AWS08872104, has been retired and won\u2019t accept sign-ins any more.

Your Credly badges should follow within a few days; if they haven\u2019t
shown up by next week, let us know on this case.

Kind regards,
Bartholomew
Amazon Web Services
""" + SIG_RATE(T6_CASE),
          structure="text", charset="utf-8", label="us-ascii", cte="8bit",
          hs=aws_gmail(T6_RC, dt), msgid=ses_id(dt), verified=True)

    dt = D(2022, 9, 27, 0, 5, 0)
    stars = "".join('<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=%d" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' % (T6_CASE, i) for i in range(1, 6))
    inner = """<p>Hi Aisha,</p>
<p>How would you rate the help you got from <b>Bartholomew</b> on case %s?</p>
<p>%s</p>
<p style="color:#687078;font-size:12px">One tap is enough. If you'd like to tell us more, there's space for comments on the next page.</p>
<p>Amazon Web Services Support</p>""" % (T6_CASE, stars)
    build(34, "html-only-stars-for-agent", "survey", T6_CASE, "en",
          AWS_NOREPLY, T6_TO, "One quick question about case %s" % T6_CASE, dt,
          html=aws_html(inner, "How did we do?"), structure="html", cte="quoted-printable",
          hs=aws_gmail(T6_RC, dt), msgid=ses_id(dt), verified=True)


# ---------------------------------------------------------------- thread T7
# Tom Henley, Fastmail, console case (15 digits) + an accidental second case
T7_CASE = "175310568203471"
T7_CASE2 = "175334493051220"
T7_RC = "tom@henley.fm"
T7_TO = formataddr(("Tom Henley", T7_RC))
T7_SUBJ = "RE:[CASE %s] Two cert accounts, same person" % T7_CASE


def aws_fm(dt):
    return aws_other("fastmail", T7_RC, dt)


def mails_07():
    dt = D(2025, 7, 21, 13, 48, 40)
    build(35, "console-thanks-logged-details-block", "case_created", T7_CASE, "en",
          AWS_NOREPLY, T7_TO,
          "Amazon Web Services: Thanks, Tom - we're looking at %s" % T7_CASE, dt,
          text="""Thanks, Tom - we've logged your request and someone will pick it up shortly.

  Case ID:   %s
  Subject:   Two cert accounts, same person
  Severity:  General guidance
  Opened:    2025-07-21 13:48 UTC

Check progress: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s

Replies to this address can't be received - please use the Support Center.

Amazon Web Services
""" % (T7_CASE, T7_CASE),
          hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 7, 22, 19, 3, 17)
    build(36, "one-liner-ok-to-go", "merge_confirmation_requested", T7_CASE, "en",
          AWS_NOREPLY, T7_TO, T7_SUBJ, dt,
          text="""Tom - AWS04120987 into AWS04120988, keeping the latter; it's one-way. OK to go?

- Wei, AWS Support
""",
          structure="text", charset="us-ascii", cte="7bit",
          hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 7, 24, 8, 16, 4)
    build(37, "second-request-logged", "case_created", T7_CASE2, "en",
          AWS_NOREPLY, T7_TO,
          "Amazon Web Services: New support request %s received" % T7_CASE2, dt,
          text="""Hello,

We've received your request and given it the number %s.

Case ID: %s
Subject: still waiting - cert accounts AWS04120987 / AWS04120988
Severity: General guidance

An engineer will look at it soon. You can follow it here:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s

Please don't reply to this message.

Amazon Web Services
""" % (T7_CASE2, T7_CASE2, T7_CASE2),
          hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 7, 24, 12, 40, 29)
    build(38, "duplicate-request-closing-other-one", "support_reply", T7_CASE, "en",
          AWS_NOREPLY, T7_TO, T7_SUBJ, dt,
          text="""Hi Tom,

I noticed you opened a second request (%s) about the same two
accounts. No problem at all - I've closed that one so nothing gets done
twice, and we'll carry on here on %s.

We're still waiting on your answer to Wei's question from Tuesday, though.
Could you have a look at the message above and let us know?

Thanks,
Esperanza
Amazon Web Services
""" % (T7_CASE2, T7_CASE),
          quoted="""> Tom - AWS04120987 into AWS04120988, keeping the latter; it's one-way. OK to go?
> - Wei, AWS Support
""",
          hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 7, 25, 10, 1, 55)
    build(39, "security-cert-on-both-and-notification-question", "support_reply", T7_CASE, "en",
          AWS_NOREPLY, T7_TO, T7_SUBJ, dt,
          text="""Hi Tom,

Thanks for the go-ahead yesterday. We'll take it from here.

Two small points while the team works on it:

1. AWS Certified Security - Specialty shows up on both AWS04120987 and
   AWS04120988 (you seem to have sat it twice). We'll keep the later pass
   date, which gives you the longer validity. Shout if you'd prefer otherwise.
2. Separate from this request: do you want certification notifications to
   go to tom@henley.fm or to your work address? At the moment it's the work
   one.

Kind regards,
Ravi
Amazon Web Services
""",
          cte="quoted-printable", hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    dt = D(2025, 7, 29, 7, 45, 10)
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Tom,

Good news - 2 badges from Amazon Web Services Training and Certification are
ready for you to claim. They were moved here from the Credly account
attached to your other certification profile:

  * AWS Certified Security - Specialty
  * AWS Certified SysOps Administrator - Associate

Claim them here: %s

The Credly Team
""" % url
    html = credly_html("<p>Hi Tom,</p><p>Good news &ndash; 2 badges from Amazon Web Services Training and Certification are ready "
                       "for you to claim. They were moved here from the Credly account attached to your other certification profile:</p>"
                       "<ul><li>AWS Certified Security &ndash; Specialty</li><li>AWS Certified SysOps Administrator &ndash; Associate</li></ul>",
                       "Claim badges", url)
    build(40, "credly-two-badges-ready-moved-here", "credly_badge_issued", None, "en",
          CREDLY, T7_TO, "Tom, 2 badges are ready for you to claim", dt,
          text=txt, html=html, hs=credly_gmail(T7_RC, dt, provider="fastmail"),
          msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)


# ---------------------------------------------------------------- phishing
# about the merge: content kind kept, sender_verified false


def mails_08():
    # look-alike domain, passes its own DMARC -> still not AWS
    dt = D(2025, 8, 27, 6, 12, 50)
    rc = "j.mendes.dev@gmail.com"
    mf = "bounce-%s@mail.aws-account-services.com" % hx(10)
    hs = trace("gmail", rc, dt, mf, ("mail.aws-account-services.com", "185.234.72.19"),
               dkim=["aws-account-services.com"],
               ar={"dkims": [("aws-account-services.com", "pass")], "from": "aws-account-services.com",
                   "dmarc": "pass", "policy": "NONE"})
    txt = """Dear Candidate,

Our records show two certification profiles registered to you:

    AWS31572904
    AWS31572940

To protect your credentials we must verify the consolidation of these
profiles within 24 hours. If we do not receive your approval, BOTH profiles
will be suspended and your certifications will be invalidated.

Reference: CASE 175618329077001

Approve now: https://aws-account-services.com/certification/verify?ref=175618329077001

Sign in with your AWS Certification e-mail and password to approve.

AWS Certification Security Team
"""
    build(41, "lookalike-domain-approve-within-24h", "merge_confirmation_requested", "175618329077001", "en",
          formataddr(("AWS Certification", "certification@aws-account-services.com")),
          formataddr(("Joana Mendes", rc)),
          "Action required: approve your certification profile consolidation", dt,
          text=txt, html="<html><body style=\"font-family:Arial\">" + text_to_html(txt) + "</body></html>",
          hs=hs, msgid="<%s@aws-account-services.com>" % hx(24), verified=False)

    # spoofed amazon.com, topmost (Outlook) verdict fails; a forged pass lower down
    dt = D(2025, 9, 2, 3, 30, 0)
    rc = "m.oduya@outlook.com"
    forged = ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=kmc6rbtmphi64bn5gfl4u6h5guv5sf7m;\n"
              "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
    hs = trace("outlook", rc, dt, "info@vps-21977.hostcloud.example", ("vps-21977.hostcloud.example", "45.141.87.203"),
               ar={"spf": "fail", "dkim": "none", "dmarc": "fail", "dkim_d": None, "from": "amazon.com"},
               forged_ar=forged)
    txt = """Hello,

Your AWS certification accounts have been unified into one profile.

To keep your 50% exam voucher and your certification status active after
this change, you must re-validate the card on file within 48 hours:

https://aws-certs-billing.co/revalidate?u=m.oduya

If no action is taken, the unified profile will be locked.

Amazon Web Services
"""
    build(42, "spoofed-amazon-unified-revalidate-card", "merge_completed", None, "en",
          AWS_NOREPLY, formataddr(("Michael Oduya", rc)),
          "Your AWS certification accounts are now one profile", dt,
          text=txt, structure="text", cte="quoted-printable",
          hs=hs, msgid="<%s@vps-21977.hostcloud.example>" % alnum(20), verified=False)

    # look-alike ticket system with an HTML attachment
    dt = D(2025, 8, 30, 15, 2, 7)
    rc = "sarah.lindqvist@outlook.com"
    hs = trace("outlook", rc, dt, "support@aws-training-certification.net",
               ("smtp.aws-training-certification.net", "91.92.243.66"),
               ar={"spf": "pass", "dkim": "none", "dmarc": "none", "dkim_d": None,
                   "from": "aws-training-certification.net"})
    txt = """Dear Sarah,

Thank you for contacting AWS Training & Certification. Your request to bring
your certification profiles together has been registered.

Case number: 4471902236
Status: Awaiting documents

To avoid delays, open the attached form, sign in with your AWS Certification
credentials and upload a photo of your ID. Requests without documents are
discarded after 3 days.

AWS Training & Certification Support
"""
    alt = MIMEMultipart("alternative")
    alt.attach(part(txt, "plain", "utf-8", "quoted-printable"))
    alt.attach(part("<html><body>" + text_to_html(txt) + "</body></html>", "html", "utf-8", "quoted-printable"))
    mixed = MIMEMultipart("mixed")
    mixed.attach(alt)
    att = MIMENonMultipart("text", "html")
    att.set_param("charset", "utf-8")
    att.add_header("Content-Disposition", "attachment", filename="Case_4471902236_form.html")
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(b"<html><body><form action=\"https://aws-training-certification.net/collect\" method=\"post\">"
                                       b"<input name=\"email\"><input name=\"password\" type=\"password\"><input type=\"file\" name=\"id\">"
                                       b"</form></body></html>").decode())
    mixed.attach(att)
    build(43, "fake-ticket-registered-attached-form", "case_created", "4471902236", "en",
          formataddr(("AWS Training & Certification", "support@aws-training-certification.net")),
          formataddr(("Sarah Lindqvist", rc)),
          "Case 4471902236 registered - certification profiles", dt,
          text=txt, structure=mixed,
          hs=hs, msgid="<%s@aws-training-certification.net>" % alnum(18), verified=False)

    # Credly look-alike to a Japanese provider
    dt = D(2025, 9, 4, 23, 55, 41)
    rc = "hiro.tanaka@ocn.ne.jp"
    hs = trace("ocn", rc, dt, "noreply@credly-badges.com", ("mta1.credly-badges.com", "103.224.182.9"),
               ar={"spf": "pass", "dkim": "none", "dmarc": "none", "dkim_d": "credly-badges.com",
                   "from": "credly-badges.com"})
    url = "https://credly-badges.com/claim?token=%s" % alnum(32)
    txt = """Hi Hiro,

After your two AWS certification profiles were combined, 3 badges were
transferred to you and are waiting to be accepted:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate
  - AWS Certified AI Practitioner

Unclaimed badges are removed after 7 days. Sign in to accept them:
%s

Credly Team
""" % url
    build(44, "lookalike-credly-transferred-badges-7-days", "credly_badge_issued", None, "en",
          formataddr(("Credly", "admin@credly-badges.com")), formataddr(("Hiro Tanaka", rc)),
          "Hiro, 3 transferred badges are waiting for you", dt,
          text=txt, html=credly_html(text_to_html(txt.split("\n\n", 1)[1].rsplit("Credly Team", 1)[0]), "Accept badges", url),
          hs=hs, msgid="<%s@credly-badges.com>" % alnum(20), verified=False)

    # rating lure
    dt = D(2025, 9, 8, 12, 20, 0)
    rc = "aisha.bello.cloud@gmail.com"
    hs = trace("gmail", rc, dt, "mailer@amaz0n-survey.com", ("srv1.amaz0n-survey.com", "194.26.29.114"),
               ar={"dkims": [], "spf": "softfail", "from": "amaz0n-survey.com", "dmarc": "none", "policy": "NONE"})
    inner = """<p>Dear customer,</p>
<p>Your request to join your AWS certification profiles (case 13057721940) was handled by our team last week.</p>
<p>Tell us how we did and receive a <b>$50 AWS credit</b> as a thank-you. Only 3 questions!</p>
<p><a href="https://amaz0n-survey.com/aws/rate?c=13057721940">Rate your experience</a></p>
<p>Offer valid for 24 hours.</p>
<p>AWS Customer Experience</p>"""
    build(45, "rate-us-get-50-credit-lookalike", "survey", "13057721940", "en",
          formataddr(("AWS Customer Experience", "feedback@amaz0n-survey.com")), formataddr(("Aisha Bello", rc)),
          "Rate your AWS Support experience - $50 credit inside", dt,
          html=aws_html(inner, "Rate us"), structure="html", cte="base64",
          hs=hs, msgid="<%s@amaz0n-survey.com>" % alnum(20), verified=False)

    # display-name trick asking for passwords
    dt = D(2025, 9, 10, 1, 14, 33)
    rc = "y-kato@mbd.biglobe.ne.jp"
    hs = trace("biglobe", rc, dt, "notice@mail-secure-aws.jp", ("mail-secure-aws.jp", "150.95.24.77"),
               ar={"spf": "pass", "dkim": "none", "dmarc": "none", "dkim_d": "mail-secure-aws.jp",
                   "from": "mail-secure-aws.jp"})
    build(46, "display-name-trick-asks-passwords", "support_reply", None, "en",
          formataddr(("aws-cs-trainingcertification-form@amazon.com", "notice@mail-secure-aws.jp")),
          formataddr(("Yuki Kato", rc)),
          "RE: your certification profile request", dt,
          text="""Dear Yuki Kato,

We are processing your request about the profiles AWS77120458 and
AWS 77120485. To continue, our system needs to check both accounts.

Please reply to this mail with the sign-in e-mail AND password of each
profile. Without this information your request can not be finished.

Best regards,
AWS Training and Certification
""",
          structure="text", charset="us-ascii", cte="7bit",
          hs=hs, msgid="<%s@mail-secure-aws.jp>" % alnum(20), verified=False)


# ---------------------------------------------------------------- unrelated look-alikes (1)


def gen_gmail(rc, dt, mailfrom, relay, dom, dmarc="pass", policy="NONE"):
    return trace("gmail", rc, dt, mailfrom, relay, dkim=[dom],
                 ar={"dkims": [(dom, "pass")], "from": dom, "dmarc": dmarc, "policy": policy})


def mails_09():
    # Seller Central case: same subject style, "combined" detail pages
    sc_case = "9931457720"
    dt = D(2024, 10, 8, 17, 33, 12)
    rc = "d.okafor84@gmail.com"
    build(47, "seller-central-detail-pages-combined", "unrelated", sc_case, "en",
          formataddr(("Amazon Selling Partner Support", "sellingpartner-support@amazon.com")),
          formataddr(("Daniel Okafor", rc)),
          "RE:[CASE %s] Duplicate detail pages for the same product" % sc_case, dt,
          text="""Hello,

Thank you for your patience.

We reviewed the two detail pages you reported (ASIN B0C7X2L9QK and
ASIN B0C7X2M1TR). They have now been combined into a single page, and your
offer has been moved to the page that remains, B0C7X2L9QK. It can take up to
24 hours for the change to show on the Amazon website.

Was this answer helpful? Let us know by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&helpful=yes
No:  https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&helpful=no

Regards,
Renata
Amazon Selling Partner Support
""" % (sc_case, sc_case),
          hs=aws_gmail(rc, dt), msgid=ses_id(dt), verified=True)

    # other AWS support case: billing, "consolidated"
    bc = "173917157561204"
    dt = D(2025, 2, 11, 20, 5, 38)
    rc = "priya.raman@outlook.com"
    build(48, "aws-billing-case-linked-account-charges", "unrelated", bc, "en",
          AWS_NOREPLY, formataddr(("Priya Raman", rc)),
          "RE:[CASE %s] Charges on linked account after joining organization" % bc, dt,
          text="""Hello Priya,

Thank you for your patience while I reviewed your invoices.

The account 4419-8820-1735 finished joining your organization on
3 February. From that moment its usage has been billed through the
management account under consolidated billing. The charges you noticed for
1-2 February were still billed to the member account directly, which is
expected behaviour, so nothing was charged twice.

If you'd still like me to raise a credit request for those two days, please
let me know on the case and I'll submit it to our billing team.

Best regards,
Hamid S.
Amazon Web Services
""" + SIG_RATE(bc),
          hs=aws_outlook(rc, dt), msgid=ses_id(dt), verified=True)

    # other AWS support case: quota increase opened (template words!)
    qc = "173194320984410"
    dt = D(2024, 11, 18, 15, 20, 51)
    rc = "tom@henley.fm"
    build(49, "aws-quota-increase-case-opened", "unrelated", qc, "en",
          AWS_NOREPLY, formataddr(("Tom Henley", rc)),
          "Amazon Web Services: You have opened a new Support case: %s" % qc, dt,
          text="""Dear Amazon Web Services customer,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-west-1
Primary Instance Type: Running On-Demand G and VT instances
New limit value: 64

You can view your case or add correspondence here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services
""" % (qc, qc, qc),
          hs=aws_fm(dt), msgid=ses_id(dt), verified=True)

    # CertMetrics exam feedback request (not AWS support, not Credly)
    dt = D(2025, 5, 21, 14, 0, 12)
    rc = "d.okafor84@gmail.com"
    build(50, "certmetrics-wants-to-hear-from-you", "unrelated", None, "en",
          formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), formataddr(("Daniel Okafor", rc)),
          "AWS Certification wants to hear from you", dt,
          text="""Hello Daniel,

You recently took an AWS Certification exam. We'd like to know how it went:
the registration, the test centre or online proctoring, and the exam itself.

The questionnaire takes about 5 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s

Candidate ID: AWS11640295

Thank you,
AWS Certification

This is an unmonitored mailbox. Please do not reply.
""" % alnum(24),
          hs=gen_gmail(rc, dt, "bounce@certmetrics.com", ("smtp2.certmetrics.com", "40.107.94.%d" % rng.randint(2, 250)), "certmetrics.com"),
          msgid="<%s@certmetrics.com>" % alnum(20), verified=False)

    # Credly self-service account merge code
    dt = D(2025, 7, 30, 18, 22, 9)
    rc = "tom@henley.fm"
    url = "https://www.credly.com/users/account_merge/complete?token=%s" % alnum(40)
    txt = """Hi Tom,

You asked to combine another Credly account into this one. Enter this code
on the page where you started, or use the button below:

    482913

Complete Account Merge: %s

The code expires in 30 minutes. If you didn't ask for this, ignore this
e-mail - nothing will change.

The Credly Team
""" % url
    build(51, "credly-own-account-merge-code", "unrelated", None, "en",
          formataddr(("Credly", "admin@credly.com")), formataddr(("Tom Henley", rc)),
          "Your Credly account merge code", dt,
          text=txt, html=credly_html("<p>Hi Tom,</p><p>You asked to combine another Credly account into this one. Enter this code on the page where you started, or use the button below:</p>"
                                     "<p style=\"font-size:28px;letter-spacing:6px;font-weight:bold\">482913</p><p>The code expires in 30 minutes. If you didn't ask for this, ignore this e-mail - nothing will change.</p>",
                                     "Complete Account Merge", url),
          hs=credly_gmail(rc, dt, provider="fastmail"),
          msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)

    # Credly expiry reminder
    dt = D(2025, 8, 14, 9, 30, 0)
    rc = "aisha.bello.cloud@gmail.com"
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Aisha,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services
Training and Certification, expires in 60 days (on 13 October 2025).

To keep it, follow the recertification steps from the issuer before then.
View badge: %s

The Credly Team
""" % url
    build(52, "credly-badge-expires-in-60-days", "unrelated", None, "en",
          formataddr(("Credly", "admin@credly.com")), formataddr(("Aisha Bello", rc)),
          "Your AWS Certified Cloud Practitioner badge expires in 60 days", dt,
          text=txt, html=credly_html(text_to_html(txt), "View badge", url), cte="base64",
          hs=credly_gmail(rc, dt), msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)

    # GitHub merged notification
    dt = D(2025, 7, 23, 16, 48, 2)
    rc = "d.okafor84@gmail.com"
    build(53, "github-pr-merged-into-main", "unrelated", None, "en",
          formataddr(("Kofi Mensah", "notifications@github.com")), "acme/infra <infra@noreply.github.com>",
          "Re: [acme/infra] Merge cert-account-sync into main (PR #412)", dt,
          text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme/infra/pull/412#event-%d
You are receiving this because you were mentioned.
""" % rng.randint(10**10, 10**11),
          html="""<p></p><p>Merged <a class="issue-link" href="https://github.com/acme/infra/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/acme/infra/pull/412">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""",
          charset="utf-8", cte="7bit",
          hs=gen_gmail(rc, dt, "noreply@github.com", ("out-%d.smtp.github.com" % rng.randint(10, 30), "192.30.252.%d" % rng.randint(190, 210)), "github.com", policy="REJECT"),
          msgid="<acme/infra/pull/412/issue_event/%d@github.com>" % rng.randint(10**10, 10**11),
          extra_after=["In-Reply-To: <acme/infra/pull/412@github.com>", "References: <acme/infra/pull/412@github.com>",
                       "List-ID: acme/infra <infra.acme.github.com>", "X-GitHub-Reason: mention"],
          verified=False)


# ---------------------------------------------------------------- unrelated look-alikes (2) + last badge


def mails_10():
    # GitLab approval request
    dt = D(2025, 8, 5, 11, 7, 44)
    rc = "tom@henley.fm"
    hs = trace("fastmail", rc, dt, "bounce+%s@mg.gitlab.com" % hx(12), ("mail-%d.mg.gitlab.com" % rng.randint(1, 9), "69.72.35.%d" % rng.randint(1, 250)),
               dkim=["gitlab.com"], ar={"dkim_d": "gitlab.com", "from": "gitlab.com"})
    build(54, "gitlab-approval-requested-mr-88", "unrelated", None, "en",
          formataddr(("Jordan Diaz", "gitlab@mg.gitlab.com")).replace("mg.gitlab.com", "gitlab.com"), formataddr(("Tom Henley", rc)),
          "platform/iam | Combine duplicated IAM roles (!88)", dt,
          text="""Jordan Diaz requested your approval on merge request !88.

Combine duplicated IAM roles
Source branch: dedupe-roles -> Target branch: main

Please review and approve so it can be merged before Friday's release.

View it on GitLab: https://gitlab.com/platform/iam/-/merge_requests/88
You're receiving this email because of your account on gitlab.com.
""",
          hs=hs, msgid="<merge_request_%d@gitlab.com>" % rng.randint(10**8, 10**9),
          extra_after=["X-GitLab-Project: iam", "X-GitLab-MergeRequest-IID: 88", "X-GitLab-NotificationReason: approver"],
          verified=False)

    # Pearson VUE appointment (candidate id present in new text)
    dt = D(2025, 4, 5, 2, 18, 30)
    build(55, "pearson-vue-appointment-booked", "unrelated", None, "en",
          formataddr(("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), formataddr(("Luis Ferreira", T5_RC)),
          "Your AWS Certification exam appointment", dt,
          text="""Dear Luis Ferreira,

Thank you for scheduling your exam with Pearson VUE. Please keep this
e-mail for your records.

Candidate ID: AWS10555612
Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Monday, April 14, 2025, 10:00 AM BRT
Delivery: OnVUE online proctored
Registration ID: 512947731

You can reschedule or cancel up to 24 hours before the appointment at
https://home.pearsonvue.com/aws

Sincerely,
Pearson VUE
""",
          hs=trace("yahoo", T5_RC, dt, "bounce@pearson.com", ("mail-gw%d.pearson.com" % rng.randint(1, 9), "159.182.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))),
                   dkim=["pearson.com"], ar={"dkim_d": "pearson.com", "from": "pearson.com"}),
          msgid="<%s@pearson.com>" % alnum(20), verified=False)

    # AWS Builder ID code, no Authentication-Results at all
    dt = D(2025, 6, 1, 23, 58, 10)
    rc = "kenji@watanabe-lab.jp"
    build(56, "builder-id-verification-code", "unrelated", None, "en",
          formataddr(("AWS", "no-reply@signin.aws")), rc,
          "Verify your AWS Builder ID email address", dt,
          text="""Hello,

To finish creating your AWS Builder ID, enter the following verification
code:

Verification code: 602318

This code expires 30 minutes after it was sent. If you didn't try to create
an AWS Builder ID, you can ignore this message.

Amazon Web Services
""",
          hs=trace("plain", rc, dt, ses_mailfrom(dt), rng.choice(RELAYS), dkim=["signin.aws", "amazonses.com"]),
          msgid=ses_id(dt), verified=None)

    # AWS T&C newsletter (genuine amazon.com)
    dt = D(2025, 7, 9, 16, 0, 0)
    rc = "priya.raman@outlook.com"
    build(57, "training-newsletter-july", "unrelated", None, "en",
          formataddr(("AWS Training and Certification", "aws-training-certification@amazon.com")), formataddr(("Priya Raman", rc)),
          "New this month: 30 free courses and what's changing for exams", dt,
          text="""Hi Priya,

Here's what's new at AWS Training and Certification this month.

- 30 new free digital courses on AWS Skill Builder, including generative AI
  essentials.
- Bring all your learning together: your Skill Builder transcript now shows
  classroom and digital training in one view.
- Exam update: AWS Certified Machine Learning - Specialty retires on
  31 March 2026.

Start learning: https://skillbuilder.aws/

You are receiving this e-mail because you subscribed to AWS Training and
Certification news. Unsubscribe: https://pages.awscloud.com/unsubscribe.html

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""",
          hs=aws_outlook(rc, dt), msgid=ses_id(dt), verified=True,
          extra_after=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % alnum(40)])

    # Seller Central rating request
    sc_case = "9931457720"
    dt = D(2024, 10, 11, 17, 40, 0)
    rc = "d.okafor84@gmail.com"
    build(58, "seller-central-how-did-we-do", "unrelated", sc_case, "en",
          formataddr(("Amazon Selling Partner Support", "sellingpartner-support@amazon.com")),
          formataddr(("Daniel Okafor", rc)),
          "How did we do? Case %s" % sc_case, dt,
          html=aws_html("""<p>Hello,</p><p>Your Selling Partner Support case <b>%s</b> (Duplicate detail pages for the same product) was resolved.</p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://sellercentral.amazon.com/cu/feedback?caseID=%s&amp;r=5">Very satisfied</a> | <a href="https://sellercentral.amazon.com/cu/feedback?caseID=%s&amp;r=3">Neutral</a> | <a href="https://sellercentral.amazon.com/cu/feedback?caseID=%s&amp;r=1">Dissatisfied</a></p>
<p>Amazon Selling Partner Support</p>""" % ((sc_case,) * 4), "Seller feedback"),
          structure="html", hs=aws_gmail(rc, dt), msgid=ses_id(dt), verified=True)

    # billing case resolved + rating (other AWS case)
    bc = "173917157561204"
    dt = D(2025, 2, 15, 20, 10, 0)
    rc = "priya.raman@outlook.com"
    build(59, "aws-billing-case-resolved-rate", "unrelated", bc, "en",
          AWS_NOREPLY, formataddr(("Priya Raman", rc)),
          "Amazon Web Services: your case %s has been resolved" % bc, dt,
          text="""Hello,

We've resolved your case %s (Charges on linked account after joining
organization) because we believe your question has been answered.

If you still need help, reopen the case from the Support Center within
14 days.

Was this resolution helpful? Rate it here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (bc, bc),
          hs=aws_outlook(rc, dt), msgid=ses_id(dt), verified=True)

    # Priya's badges after the profiles were brought together (2023)
    dt = D(2023, 3, 16, 5, 12, 48)
    url = "https://www.credly.com/earner/earned/share/%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Priya,

Three badges from Amazon Web Services Training and Certification have been
added to your Credly wallet now that your AWS profiles were brought together:

1. AWS Certified Cloud Practitioner
2. AWS Certified Solutions Architect - Associate
3. AWS Certified Data Analytics - Specialty

Accept them to make them visible on your public profile:
%s

Credly, Inc. | 25 W 36th St, New York, NY 10018
""" % url
    build(60, "credly-three-badges-added-to-wallet", "credly_badge_issued", None, "en",
          CREDLY, formataddr(("Priya Raman", "priya.raman@infyworks.in")),
          "3 new badges are in your Credly wallet", dt,
          text=txt, html=credly_html(text_to_html(txt.rsplit("Credly, Inc.", 1)[0]), "Accept your badges", url),
          hs=credly_gmail("priya.raman@infyworks.in", dt, provider="outlook"),
          msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), rng.randint(1, 40)), verified=True)


# === END MAILS ===


def main():
    for n in sorted(k for k in globals() if k.startswith("mails_")):
        globals()[n]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
    print("wrote", len(LABELS), "mails")
    check()


def check():
    import email
    from email.header import decode_header, make_header
    from email.utils import parsedate_to_datetime
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    problems = []
    if set(files) != set(labels):
        problems.append("file/label mismatch: %s" % (set(files) ^ set(labels)))
    kinds = {}
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        msg = email.message_from_bytes(raw)
        lab = labels.get(f)
        if lab is None:
            continue
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        subj = str(make_header(decode_header(msg.get("Subject", ""))))
        txt = [subj]
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                b = p.get_payload(decode=True)
                cs = p.get_content_charset() or "us-ascii"
                try:
                    txt.append(b.decode(cs))
                except (UnicodeDecodeError, LookupError):
                    txt.append(b.decode("utf-8", "replace"))
        full = "\n".join(txt)
        found = set(acc_ids(full))
        for a in lab["account_ids"]:
            if a not in found:
                problems.append("%s: account id %s not in text" % (f, a))
        if lab["case_id"]:
            if not re.fullmatch(r"\d+", lab["case_id"]) or lab["case_id"] not in full:
                problems.append("%s: case id %s not in text" % (f, lab["case_id"]))
            if len(lab["case_id"]) == 15:
                opened = int(lab["case_id"][:10])
                sent = parsedate_to_datetime(msg["Date"]).timestamp()
                if opened > sent:
                    problems.append("%s: case opened after Date" % f)
        if lab["kind"] not in ("case_created", "merge_confirmation_requested", "merge_completed",
                               "survey", "credly_badge_issued", "support_reply", "unrelated"):
            problems.append("%s: bad kind" % f)
        has_ar = "Authentication-Results" in msg
        if (lab["sender_verified"] is None) == has_ar:
            problems.append("%s: sender_verified vs Authentication-Results presence" % f)
    print("kinds:", dict(sorted(kinds.items())))
    print("problems:" if problems else "all checks passed")
    for p in problems:
        print("  ", p)


if __name__ == "__main__":
    main()
