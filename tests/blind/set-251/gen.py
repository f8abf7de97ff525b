#!/usr/bin/env python3
"""Generator for blind set 251: hard boundaries (done vs planned, asked vs told,
who acts). Writes NNN-*.eml and labels.json into this folder."""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
from email import policy as _policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(251)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
PDT = dt.timezone(dt.timedelta(hours=-7))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EST = dt.timezone(dt.timedelta(hours=-5))

GEN = _policy.compat32.clone(linesep="\n", max_line_length=78)


# ---------------------------------------------------------------- helpers
def D(s, tz=UTC):
    """'2025-05-21 09:14:03' -> aware datetime in tz (given as local time)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def cid15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rnd_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rnd_alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return "0100%s-%s-%s-%s-%s-000000" % (
        "%012x" % ms, rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(12))


def ses_msgid(when):
    return "<%s@email.amazonses.com>" % ses_id(when)


def rfc(d):
    return format_datetime(d)


def fold_b(value, indent="\t", width=74):
    """fold a long token (like a signature) across lines"""
    out, line = [], ""
    for ch in value:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return ("\n" + indent).join(out)


def enc_header(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


# ---------------------------------------------------------------- MIME parts
def text_part(text, subtype="plain", charset="utf-8", cte="qp", label=None,
              codec=None):
    """Build a text/* part. codec: python codec used for the bytes (defaults to
    charset); label: charset name written in the header (defaults to charset)."""
    label = label or charset
    codec = codec or charset
    raw = text.replace("\n", "\r\n").encode(codec) if cte == "b64" else text.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=label)
    if cte == "qp":
        body = quopri.encodestring(raw).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(body)
    elif cte == "b64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "7bit":
        p["Content-Transfer-Encoding"] = "7bit"
        p.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return p


def alt(plain, htmlp):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10**12, 10**13)))
    m.attach(plain)
    m.attach(htmlp)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("000000000000" + rnd_hex(16)))
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart("related", boundary="--==_mimepart_" + rnd_hex(13) + "_" + str(R.randint(1000, 9999)))
    for p in parts:
        m.attach(p)
    return m


def gmail_alt(plain, htmlp):
    m = MIMEMultipart("alternative", boundary="000000000000" + rnd_hex(16))
    m.attach(plain)
    m.attach(htmlp)
    return m


# ---------------------------------------------------------------- text -> html
def _block_html(lines):
    out, buf = [], []

    def flush():
        if buf:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in buf) + "</p>")
            buf.clear()
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                q.append(s)
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + _block_html(q) + "</blockquote>")
            continue
        if l.strip() == "":
            flush()
        else:
            buf.append(l)
        i += 1
    flush()
    return "\n".join(out)


def to_html(text, style="aws"):
    body = _block_html(text.split("\n"))
    if style == "aws":
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
                "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
                "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#232f3e;padding:12px\">"
                "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"Amazon Web Services\" height=\"30\"></td></tr>\n"
                "<tr><td style=\"padding:16px\">\n" + body + "\n</td></tr></table>\n</body></html>\n")
    if style == "gmail":
        return "<div dir=\"ltr\">" + body + "</div>\n"
    if style == "outlook":
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head>"
                "<body lang=\"EN-US\"><div class=\"WordSection1\">\n" + body.replace("<p>", "<p class=\"MsoNormal\">")
                + "\n</div></body></html>\n")
    return "<html><body>\n" + body + "\n</body></html>\n"


# ---------------------------------------------------------------- quoting
def q(text, prefix="> ", tight=False):
    """quote text; nested quotes become '> >' (or '>>' when tight)"""
    out = []
    for l in text.rstrip("\n").split("\n"):
        if not l:
            out.append(">")
        elif l.startswith(">") and tight:
            out.append(">" + l)
        else:
            out.append(prefix + l)
    return "\n".join(out) + "\n"


def gmail_attr(when, name, addr):
    s = when.strftime("%a, %b %-d, %Y at %-I:%M\u202f%p")
    return "On %s %s <%s> wrote:\n" % (s, name, addr)


def gmail_attr_old(when, name, addr):
    s = when.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return "On %s, %s <%s> wrote:\n" % (s, name, addr)


WD_JA = "月火水木金土日"


def ja_attr(when, name, addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n" % (
        when.year, when.month, when.day, WD_JA[when.weekday()], when.hour, when.minute, name, addr)


def outlook_block(frm, sent, to, subject, cc=None):
    s = ("________________________________\n"
         "From: %s\nSent: %s\nTo: %s\n" % (frm, sent.strftime("%A, %B %-d, %Y %-I:%M %p"), to))
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n" % subject
    return s


def orig_msg_block(frm, sent, to, subject):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n"
            % (frm, sent.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject))


# ---------------------------------------------------------------- senders
SES_IPS = ["54.240.8.33", "54.240.8.87", "54.240.9.41", "54.240.11.102", "54.240.48.94",
           "54.240.27.18", "54.240.13.71", "23.251.232.5"]


def ses_sender(when, dkim_domain="amazon.com"):
    ip = R.choice(SES_IPS)
    host = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4])
    sid = ses_id(when)
    return {"mailfrom": sid + "@email.amazonses.com", "ip": ip, "host": host,
            "dkim": [(dkim_domain, R.choice(["jvyphxmd4sn4ww6cj4ac6d5hqm2blhtq", "rf2e3rdtcdaflq6cubmfnmjcd5klbyuk",
                                             "a5uaqbxnjzhsvbsbdomiagrwqz3ybwdv"])),
                     ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
            "msgid": "<%s@email.amazonses.com>" % sid}


def credly_sender(when, domain="credly.com"):
    ip = R.choice(["149.72.154.210", "149.72.171.25", "167.89.12.44"])
    return {"mailfrom": "bounces+%d-%s-%s=%s@em.%s" % (R.randint(1000000, 9999999), rnd_hex(4), "user", "gmail.com", domain),
            "ip": ip, "host": "o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), "sendgrid.net" if domain == "credly.com" else domain),
            "dkim": [(domain, "s1"), ("sendgrid.info", "smtpapi")],
            "msgid": "<%s@%s>" % (rnd_alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                  "geopod-ismtpd-%d" % R.randint(1, 40))}


def generic_sender(mailfrom, ip, host, dkim, msgid_domain):
    return {"mailfrom": mailfrom, "ip": ip, "host": host, "dkim": dkim,
            "msgid": "<%s.%s@%s>" % (rnd_hex(16), R.randint(10**9, 10**10), msgid_domain)}


# ---------------------------------------------------------------- traces
def dkim_sig_lines(sender, when, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"):
    out = []
    for d, s in sender["dkim"]:
        out.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
                   "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
                   % (s, d, int(when.timestamp()), hdrs, rnd_b64(32), fold_b(rnd_b64(192))))
    return out


def ar_body(res, sender, style="gmail", rcpt_dom="gmail.com"):
    """res: dict spf=pass, dkim=[(domain, result)], dmarc=(result, header_from, policy)"""
    parts = []
    sel = dict(sender["dkim"]) if sender.get("dkim") else {}
    if style == "gmail":
        for d, r in res.get("dkim", []):
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, sel.get(d, "s1"), rnd_b64(6)[:8]))
        spf = res.get("spf", "pass")
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (sender["mailfrom"], sender["ip"], sender["mailfrom"]))
        elif spf == "softfail":
            parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (sender["mailfrom"], sender["ip"], sender["mailfrom"]))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, sender["mailfrom"], sender["ip"], sender["mailfrom"]))
        if res.get("dmarc"):
            r, hf, pol = res["dmarc"]
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                r, pol, pol, "NONE" if r == "pass" or pol == "NONE" else pol, hf))
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if style == "outlook":
        spf = res.get("spf", "pass")
        s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (spf, sender["ip"], sender["mailfrom"].split("@")[-1])
        dk = res.get("dkim", [])
        if dk:
            d, r = dk[0]
            s += "dkim=%s (%s)\n header.d=%s;" % (r, "signature was verified" if r == "pass" else "signature did not verify", d)
        else:
            s += "dkim=none (message not signed)\n header.d=none;"
        if res.get("dmarc"):
            r, hf, pol = res["dmarc"]
            act = "none" if r == "pass" else ("quarantine" if pol.upper() == "QUARANTINE" else "none")
            s += "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s" % (
                r, act, hf, "pass" if r == "pass" else "fail", "100" if r == "pass" else "000")
        return s
    # Japanese providers: authserv-id given in style ("jp:mx.nifty.com")
    authserv = style.split(":", 1)[1]
    s = authserv + ";\n\tspf=%s smtp.mailfrom=%s" % (res.get("spf", "pass"), sender["mailfrom"])
    for d, r in res.get("dkim", []):
        s += ";\n\tdkim=%s header.d=%s header.s=%s" % (r, d, sel.get(d, "s1"))
    if res.get("dmarc"):
        r, hf, pol = res["dmarc"]
        s += ";\n\tdmarc=%s header.from=%s" % (r, hf)
    return s


def trace(provider, sender, when, rcpt, res=None, forged=None, delay=3):
    """Return list of header lines (top first). provider: gmail | outlook |
    jp:<authserv> | none | gsuite:<domain>. forged: raw AR value added by the
    sender (appears below the provider's)."""
    rt = when + dt.timedelta(seconds=delay)
    lines = []
    if provider in ("gmail",) or provider.startswith("gsuite:"):
        lines.append("Delivered-To: %s" % rcpt)
        lines.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                     % (rnd_hex(4), rnd_hex(3), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(10), rfc(rt.astimezone(PDT))))
        lines.append("X-Google-Smtp-Source: AGHT+I%s" % rnd_b64(60)[:82])
        lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
                     % (rnd_hex(4), rnd_hex(3), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(22), R.randint(1, 99),
                        int(rt.timestamp()), rfc(rt.astimezone(PDT))))
        arv = ar_body(res, sender, "gmail")
        lines.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                     % (int(rt.timestamp()), fold_b(rnd_b64(140), "         ", 68)))
        lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                     "        h=feedback-id:date:message-id:mime-version:subject:to:from:dkim-signature;\n"
                     "        bh=%s;\n        fh=%s;\n        b=%s" % (rnd_b64(32), rnd_b64(32), fold_b(rnd_b64(140), "         ", 68)))
        lines.append("ARC-Authentication-Results: i=1; " + arv)
        lines.append("Return-Path: <%s>" % sender["mailfrom"])
        lines.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                     % (sender["host"], sender["host"], sender["ip"], rnd_alnum(22), R.randint(1, 99),
                        int(rt.timestamp()), rcpt, rfc(rt.astimezone(PDT))))
        spf = res.get("spf", "pass")
        lines.append("Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
                     % (spf, sender["mailfrom"], "designates" if spf == "pass" else "does not designate",
                        sender["ip"], sender["ip"]))
        lines.append("Authentication-Results: " + arv)
    elif provider == "outlook":
        lines.append("Received: from %s (::1) by %s with HTTPS; %s"
                     % ("SA1PR12MB%d.namprd12.prod.outlook.com" % R.randint(1000, 9999),
                        "PH0PR12MB%d.namprd12.prod.outlook.com" % R.randint(1000, 9999), rfc(rt)))
        lines.append("Received: from %s (2603:10b6:a03:%s::%s) by %s\n (2603:10b6:a03:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n"
                     " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                     % ("CH2PR12CA00%02d.namprd12.prod.outlook.com" % R.randint(1, 99), rnd_hex(3), rnd_hex(2),
                        "SA1PR12MB%d.namprd12.prod.outlook.com" % R.randint(1000, 9999), rnd_hex(3), rnd_hex(2),
                        R.randint(7000, 8999), R.randint(10, 40), rfc(rt)))
        lines.append("Authentication-Results: " + ar_body(res, sender, "outlook"))
        spf = res.get("spf", "pass")
        lines.append("Received-SPF: %s (protection.outlook.com: domain of\n %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                     % ("Pass" if spf == "pass" else "Fail", sender["mailfrom"].split("@")[-1],
                        "designates" if spf == "pass" else "does not designate", sender["ip"], sender["ip"], sender["host"]))
        lines.append("Received: from %s (%s) by\n CH2PEPF0000%s.mail.protection.outlook.com (10.167.244.%d) with Microsoft SMTP\n"
                     " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
                     % (sender["host"], sender["ip"], rnd_hex(4).upper(), R.randint(2, 250), R.randint(7000, 8999),
                        R.randint(10, 40), rfc(rt)))
    elif provider.startswith("jp:"):
        authserv = provider[3:]
        lines.append("Return-Path: <%s>" % sender["mailfrom"])
        lines.append("Delivered-To: %s" % rcpt)
        lines.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % (sender["host"], sender["host"], sender["ip"], authserv.replace("mx.", "mx%d." % R.randint(1, 9), 1)
                        if authserv.startswith("mx.") else "mta%d.%s" % (R.randint(1, 9), authserv), rnd_hex(10).upper(),
                        rcpt, rfc(rt.astimezone(JST)).replace("+0900", "+0900 (JST)")))
        lines.append("Authentication-Results: " + ar_body(res, sender, "jp:" + authserv))
    elif provider == "sent":
        pass  # copy from the user's own Sent folder: no trace headers at all
    elif provider == "none":
        lines.append("Return-Path: <%s>" % sender["mailfrom"])
        lines.append("Received: from %s (%s [%s])\n\tby mail.%s with ESMTP id %s\n\tfor <%s>; %s"
                     % (sender["host"], sender["host"], sender["ip"], rcpt.split("@")[1], rnd_alnum(12),
                        rcpt, rfc(rt)))
    else:
        raise ValueError(provider)
    if forged:
        lines.append("Authentication-Results: " + forged)
    if sender.get("dkim"):
        lines.extend(dkim_sig_lines(sender, when))
    return lines


# ---------------------------------------------------------------- assembly
MAILS = []  # list of (slug, bytes, label, new_text, full_text_for_check)


def build(slug, label, *, frm, to, subject, date, mime, trace_lines, msgid=None, cc=None,
          reply_to=None, extra=(), new=None, subj_charset="utf-8", name_charset="utf-8",
          in_reply_to=None, references=None, x_mailer=None, order="aws"):
    frm_s = enc_addr(frm[0], frm[1], name_charset)
    to_s = enc_addr(to[0], to[1], name_charset) if isinstance(to, tuple) else to
    subj = enc_header(subject, subj_charset)
    main = []
    main.append(("Date", rfc(date)))
    main.append(("From", frm_s))
    if reply_to:
        main.append(("Reply-To", reply_to))
    main.append(("To", to_s))
    if cc:
        main.append(("Cc", cc))
    main.append(("Message-ID", msgid or "<%s@%s>" % (rnd_hex(24), frm[1].split("@")[1])))
    if in_reply_to:
        main.append(("In-Reply-To", in_reply_to))
    if references:
        main.append(("References", references))
    main.append(("Subject", subj))
    if x_mailer:
        main.append(("X-Mailer", x_mailer))
    if order == "aws":
        # SES puts Subject before MIME-Version; keep that, extras go after the MIME headers
        pass
    for part in mime.walk():
        if part is not mime and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" not in mime:
        mime["MIME-Version"] = "1.0"
    raw = mime.as_bytes(policy=GEN)
    mhdr, body = raw.split(b"\n\n", 1)
    # MIMEMultipart adds MIME-Version first; keep it (compat32)
    top = "".join(l + "\n" for l in trace_lines)
    top += "".join("%s: %s\n" % kv for kv in main)
    out = top.encode("utf-8") + mhdr + b"\n" + "".join("%s\n" % e for e in extra).encode() + b"\n" + body
    if not out.endswith(b"\n"):
        out += b"\n"
    MAILS.append((slug, out, label, new))


def L(kind, case_id, accounts, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accounts)),
            "sender_verified": verified, "language": lang}


AWS_PASS = lambda: {"spf": "pass", "dkim": [("amazon.com", "pass"), ("amazonses.com", "pass")],
                    "dmarc": ("pass", "amazon.com", "QUARANTINE")}
CREDLY_PASS = lambda d="credly.com": {"spf": "pass", "dkim": [(d, "pass"), ("sendgrid.info", "pass")],
                                      "dmarc": ("pass", d, "NONE")}

def SES_EXTRA(d=None, ip=None):
    d = d or dt.datetime(2025, 1, 1, tzinfo=UTC)
    return ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rnd_b64(33)[:43],
            "X-SES-Outgoing: %s-%s" % (d.astimezone(UTC).strftime("%Y.%m.%d"), ip or R.choice(SES_IPS))]

CONSOLE_FOOTER_EN = (
    "To see all the correspondence on this case, or to reply, please sign in to the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
    "Was this response helpful? Please rate it here:\n"
    "https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
    "Please use the link above to respond to this case.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
    "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
    "410 Terry Ave. North, Seattle, WA 98109-5210\n")

CONSOLE_FOOTER_JA = (
    "このケースのすべてのやり取りの確認や返信は、AWS サポートセンターにサインインして行ってください:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
    "この回答はお役に立ちましたか? 評価はこちらから:\n"
    "https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja\n\n"
    "※このメールアドレスは送信専用です。このメールに返信されても回答できませんので、上記のリンクからご返信ください。\n\n"
    "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。\n")

FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_ADDR = "no-reply-aws@amazon.com"


# ================================================================ MAILS
# ---------------- Thread A: Priya Raman, form desk, Gmail, 15-digit case
A_OPEN = D("2025-05-20 14:07:31")
A_CID = cid15(A_OPEN, 412)
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_USER = ("Priya Raman", "priya.raman.dev@gmail.com")
A_OLD, A_KEEP = "AWS04817263", "AWS09921534"


def thread_a():
    # A1: form acknowledgement (case_created) - talks about the merge only as a plan
    d = A_OPEN + dt.timedelta(seconds=41)
    s = ses_sender(d)
    new = ("Hello,\n\n"
           "Thank you for contacting AWS Training and Certification. This message confirms that we have "
           "received your inquiry and that case %s has been created for it.\n\n"
           "A member of our team will review your request and get back to you, in most cases within 24 hours. "
           "If you need to add information, simply reply to this e-mail and keep the case number in the "
           "subject line. Please do not submit the form again for the same request, as a second case may "
           "delay our response.\n\n"
           "Summary of your submission\n"
           "Inquiry type: AWS Training and Certification\n"
           "Detail: Account Merge\n"
           "AWS candidate ID: AWS09921534\n"
           "Description: Hi, I have two certification accounts. The old one (aws04817263) is under my "
           "previous employer e-mail which I can no longer access. Please merge it into my current account.\n\n"
           "What happens next: once we have reviewed both accounts, we will e-mail you the details of the "
           "proposed merge and ask for your confirmation. Nothing will be changed on your accounts before "
           "you confirm.\n\n"
           "Kind regards,\n"
           "AWS Training and Certification Customer Support\n" % A_CID)
    mime = alt(text_part(new, "plain", "utf-8", "qp"), text_part(to_html(new), "html", "utf-8", "qp"))
    build("form-ack-priya", L("case_created", A_CID, [A_OLD, A_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=new)

    # A2: agent asks for login e-mail (support_reply): asked, not told
    d = D("2025-05-21 10:32:18")
    s = ses_sender(d)
    new = ("Hello Priya,\n\n"
           "Greetings from AWS Training and Certification!\n\n"
           "I understand you would like to combine your two certification accounts. I was able to find "
           "AWS09921534, which is registered to priya.raman.dev@gmail.com.\n\n"
           "For the second account, I need to verify ownership before I can go any further. Could you "
           "please reply with:\n\n"
           "1. the e-mail address you used to sign in to the older account, and\n"
           "2. the notification e-mail address on that account, if it is different.\n\n"
           "As soon as I have this information I will come back to you with the details for your review. "
           "Please note that nothing has been changed on either account yet.\n\n"
           "Best regards,\n"
           "Rohan M.\n"
           "AWS Training and Certification Customer Support\n")
    mime = alt(text_part(new, "plain", "utf-8", "qp"), text_part(to_html(new), "html", "utf-8", "qp"))
    build("form-reply-priya-login-email", L("support_reply", A_CID, [A_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=new)

    # A4: confirmation request (merge_confirmation_requested): planned, asks the user
    d = D("2025-05-22 08:15:51")
    s = ses_sender(d)
    new = ("Hello Priya,\n\n"
           "Thank you for sending the login details.\n\n"
           "I have now located both accounts:\n\n"
           "  - AWS04817263 (p.raman@infosolve-tech.com) - to be merged and closed\n"
           "  - AWS09921534 (priya.raman.dev@gmail.com) - to be kept\n\n"
           "After the merge, all certifications, exam history and benefits from AWS04817263 will be moved "
           "to AWS09921534, and you will sign in with priya.raman.dev@gmail.com only. Please be aware that "
           "a merge is permanent and cannot be reversed.\n\n"
           "If the above is correct, please reply to this e-mail to confirm that we may go ahead. We will "
           "merge the accounts as soon as we receive your confirmation.\n\n"
           "Best regards,\n"
           "Sneha K.\n"
           "AWS Training and Certification Customer Support\n")
    prev = ("Hi Rohan,\n\nThe old account's login was p.raman@infosolve-tech.com, notification e-mail was "
            "the same.\n\nThanks\nPriya\n")
    body = new + "\n" + gmail_attr(D("2025-05-21 16:40:00", UTC).astimezone(IST), A_USER[0], A_USER[1]) + q(prev)
    mime = alt(text_part(body, "plain", "utf-8", "qp"), text_part(to_html(body), "html", "utf-8", "qp"))
    build("form-reply-priya-two-accounts", L("merge_confirmation_requested", A_CID, [A_OLD, A_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=new)
    a4_text, a4_date, a4_id = new, d, s["msgid"]

    # A3: the user's own confirmation, from her Sent folder (user acts -> not a support kind)
    d = D("2025-05-22 20:03:12", IST)
    new = ("Hi Sneha,\n\nThe details are correct. Please proceed with the merge - AWS09921534 is the one "
           "I want to keep.\n\nThanks,\nPriya\n")
    body = new + "\n" + gmail_attr(a4_date.astimezone(IST), "Amazon Web Services", FORM_ADDR) + q(a4_text)
    mime = gmail_alt(text_part(body, "plain", "UTF-8", "qp"), text_part(to_html(body, "gmail"), "html", "UTF-8", "qp"))
    build("sent-priya-confirms", L("unrelated", A_CID, [A_KEEP], None),
          frm=A_USER, to=FORM_ADDR, subject="Re: RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime,
          msgid="<CAH%s@mail.gmail.com>" % rnd_alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"),
          in_reply_to=a4_id, references=a4_id,
          trace_lines=trace("sent", {"dkim": []}, d, FORM_ADDR), new=new)
    a3_text, a3_date = body, d

    # A5: "thank you for confirming, we will now proceed" (support_reply): planned
    d = D("2025-05-23 07:50:09")
    s = ses_sender(d)
    new = ("Hello Priya,\n\n"
           "Thank you for confirming. I have passed your request to our Certification operations team, "
           "who will now carry out the merge of AWS04817263 into AWS09921534. This normally takes one to "
           "three business days.\n\n"
           "You will hear from us again as soon as it is finished, so there is nothing you need to do in the "
           "meantime. Please avoid signing in to the old account while the work is in progress.\n\n"
           "Best regards,\n"
           "Sneha K.\n"
           "AWS Training and Certification Customer Support\n")
    body = new + "\n" + gmail_attr(a3_date, A_USER[0], A_USER[1]) + q(a3_text)
    mime = alt(text_part(body, "plain", "utf-8", "qp"), text_part(to_html(body), "html", "utf-8", "qp"))
    build("form-reply-priya-proceeding", L("support_reply", A_CID, [A_OLD, A_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=new)

    # A6: completed - "we merged as you confirmed"
    d = D("2025-05-24 16:05:33")
    s = ses_sender(d)
    new = ("Hello Priya,\n\n"
           "Following your confirmation, we merged your accounts today. The former account AWS04817263 has "
           "been retired, and its certifications (AWS Certified Cloud Practitioner and AWS Certified "
           "Developer - Associate) together with your exam history now sit under AWS09921534.\n\n"
           "Please sign in at https://www.aws.training/Certification with priya.raman.dev@gmail.com and check "
           "that everything is listed. Your Credly badges will be re-issued to the e-mail address of the "
           "surviving account within a few business days; Credly will write to you separately.\n\n"
           "If anything is missing, just reply to this e-mail and keep the case number in the subject.\n\n"
           "Best regards,\n"
           "Sneha K.\n"
           "AWS Training and Certification Customer Support\n")
    mime = alt(text_part(new, "plain", "utf-8", "qp"), text_part(to_html(new), "html", "utf-8", "qp"))
    build("form-reply-priya-done", L("merge_completed", A_CID, [A_OLD, A_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="RE:[CASE %s] %s" % (A_CID, A_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=new)

    # A7: closure + survey, HTML only
    d = D("2025-05-24 16:06:02")
    s = ses_sender(d)
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>How did we do?</title></head>"
         "<body style=\"margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif\">\n"
         "<table role=\"presentation\" width=\"600\" align=\"center\" style=\"background:#ffffff\">"
         "<tr><td style=\"background:#232f3e;padding:14px 24px;color:#ffffff;font-size:18px\">AWS Training and Certification</td></tr>\n"
         "<tr><td style=\"padding:24px\">\n"
         "<p>Hello Priya,</p>\n"
         "<p>Your case <b>%s</b> has been marked as resolved and is now closed. If you need further help with this "
         "request, you can reopen it by replying to this message within 14 days.</p>\n"
         "<p style=\"font-size:16px;font-weight:bold\">Was your issue resolved?</p>\n"
         "<p><a href=\"https://survey.aws.training/s/tc-support?case=%s&amp;resolved=yes\" style=\"background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none\">YES</a>&nbsp;&nbsp;"
         "<a href=\"https://survey.aws.training/s/tc-support?case=%s&amp;resolved=no\" style=\"background:#545b64;color:#fff;padding:8px 22px;text-decoration:none\">NO</a></p>\n"
         "<p>It takes less than a minute, and your answer goes straight to the team that handled your request.</p>\n"
         "<p>Thank you for being an AWS Certified professional.</p>\n"
         "</td></tr><tr><td style=\"padding:12px 24px;font-size:11px;color:#687078\">Amazon Web Services, Inc., 410 Terry Ave. North, "
         "Seattle, WA 98109-5210. This is a service message about your support case.</td></tr></table></body></html>\n"
         % (A_CID, A_CID, A_CID))
    mime = text_part(h, "html", "utf-8", "qp")
    build("form-priya-resolved-yes-no", L("survey", A_CID, [], True),
          frm=("Amazon Web Services", FORM_ADDR), to=A_USER[1],
          subject="Case %s: Was your issue resolved?" % A_CID, date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s['ip']), new=h)

    # A8: Credly badge issued after the merge
    d = D("2025-05-26 13:44:20")
    s = credly_sender(d)
    badge = "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
    new = ("Priya, you have a badge waiting\n\n"
           "Amazon Web Services Training and Certification has issued you the following badge:\n\n"
           "AWS Certified Developer - Associate\n\n"
           "Accept your badge to add it to your Credly profile, then share it on LinkedIn or add it to your "
           "e-mail signature.\n\n"
           "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n"
           "Why am I getting this? Your certification record was updated by the issuer. If you already hold "
           "this badge on another Credly account, you can merge the two accounts in your Credly settings.\n\n"
           "Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n"
           "Unsubscribe: https://www.credly.com/notifications/unsubscribe?token=%s\n" % (badge, rnd_hex(32)))
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><table width=\"100%%\"><tr><td align=\"center\">"
         "<img src=\"https://images.credly.com/images/credly-logo.png\" alt=\"Credly\" width=\"120\">"
         "<h1 style=\"font-size:22px\">Priya, you have a badge waiting</h1>"
         "<p>Amazon Web Services Training and Certification has issued you the following badge:</p>"
         "<p><img src=\"https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png\" width=\"170\"><br>"
         "<b>AWS Certified Developer - Associate</b></p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/%s\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none\">Accept your badge</a></p>"
         "<p style=\"font-size:12px;color:#666\">Why am I getting this? Your certification record was updated by the issuer. "
         "If you already hold this badge on another Credly account, you can merge the two accounts in your Credly settings.</p>"
         "</td></tr></table></body></html>" % badge)
    mime = alt(text_part(new, "plain", "utf-8", "qp"), text_part(h, "html", "utf-8", "qp"))
    build("credly-priya-developer", L("credly_badge_issued", None, [], True),
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=A_USER[1],
          subject="Priya, you have a new badge from Amazon Web Services Training and Certification",
          date=d, mime=mime, msgid=s["msgid"], reply_to="Credly <support@credly.com>",
          trace_lines=trace("gmail", s, d, A_USER[1], CREDLY_PASS()), new=new)


thread_a()

# ---------------- Thread B: Kenji Watanabe, console case in Japanese, nifty
B_OPEN = D("2025-03-04 01:15:02")
B_CID = cid15(B_OPEN, 3017)
B_SUBJ = "認定アカウントの統合について"
B_USER = ("渡辺 健二", "kenji.watanabe@nifty.com")
B_OLD, B_KEEP = "AWS03381920", "AWS07755102"


def ja_console(slug, label, d, subject, new, html_too=True, cte="7bit", charset="iso-2022-jp", footer=True):
    s = ses_sender(d)
    body = new + ("\n" + CONSOLE_FOOTER_JA.format(cid=B_CID) if footer else "")
    if html_too:
        mime = alt(text_part(body, "plain", charset, cte), text_part(to_html(body), "html", charset, cte))
    else:
        mime = text_part(body, "plain", charset, cte)
    build(slug, label, frm=("Amazon Web Services", CONSOLE_ADDR), to=B_USER[1], subject=subject, date=d,
          mime=mime, msgid=s["msgid"], trace_lines=trace("jp:mx.nifty.com", s, d, B_USER[1], AWS_PASS()),
          extra=SES_EXTRA(d, s["ip"]), new=new, subj_charset="iso-2022-jp")


def thread_b():
    d = B_OPEN + dt.timedelta(seconds=9)
    new = ("Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、"
           "ケース %s をオープンしました。\n\n"
           "ケース ID: %s\n件名: %s\n重大度: 一般的なガイダンス\nサービス: Training and Certification\n"
           "カテゴリ: 認定アカウント\n\n"
           "お問い合わせ内容:\n"
           "お世話になっております。AWS 認定のアカウントが2つあることに気づきました。\n"
           "AWS03381920（前職のメールアドレスで作成）と AWS07755102（個人のメールアドレス）です。\n"
           "個人の方に一本化していただくことは可能でしょうか。よろしくお願いいたします。\n\n"
           "担当のサポートエンジニアが内容を確認のうえ、ご連絡いたします。"
           "統合の可否や手順につきましては、担当者より改めてご案内いたします。\n"
           % (B_CID, B_CID, B_SUBJ))
    ja_console("console-opened-watanabe", L("case_created", B_CID, [B_OLD, B_KEEP], True, "ja"), d,
               "Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CID, new, html_too=False)

    d = D("2025-03-05 02:40:27")
    new = ("渡辺 様\n\n"
           "Amazon Web Services サポートの小林でございます。\n"
           "この度はお問い合わせいただき、誠にありがとうございます。\n\n"
           "AWS 認定アカウントの一本化をご希望とのこと、承知いたしました。\n"
           "お手続きを進めるにあたり、ご本人様確認のため、以下の情報をお知らせいただけますでしょうか。\n\n"
           "1. 各アカウント（AWS03381920 / AWS07755102）へのサインインにご使用のメールアドレス\n"
           "2. 各アカウントにご登録の氏名（ローマ字表記）\n\n"
           "なお、現時点ではいずれのアカウントにも変更は加えておりません。\n"
           "情報を確認でき次第、具体的な内容をご案内いたします。\n\n"
           "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
           "小林\nAmazon Web Services\n")
    ja_console("console-reply-watanabe-signin-mail", L("support_reply", B_CID, [B_OLD, B_KEEP], True, "ja"), d,
               "RE:[CASE %s] %s" % (B_CID, B_SUBJ), new)

    d = D("2025-03-06 05:12:44")
    new = ("渡辺 様\n\n"
           "ご返信いただきありがとうございます。小林でございます。\n\n"
           "いただいた情報をもとに確認いたしましたところ、以下の内容でアカウントを統合させていただく予定です。\n\n"
           "  統合元（統合後に閉鎖されるアカウント）: AWS03381920（k.watanabe@tdk-sys.co.jp）\n"
           "  統合先（引き続きご利用いただくアカウント）: AWS07755102（kenji.watanabe@nifty.com）\n\n"
           "統合後は、統合元の認定資格・受験履歴・特典がすべて統合先へ移行され、統合元のアカウントは"
           "ご利用いただけなくなります。また、一度統合したアカウントを元に戻すことはできませんので、"
           "あらかじめご了承ください。\n\n"
           "上記の内容でよろしければ、サポートセンターより「上記の内容で統合を希望します」とご返信ください。"
           "ご承諾のご連絡をいただいてから作業に着手いたします。\n\n"
           "どうぞよろしくお願いいたします。\n\n小林\nAmazon Web Services\n")
    ja_console("console-reply-watanabe-tougou-naiyou", L("merge_confirmation_requested", B_CID, [B_OLD, B_KEEP], True, "ja"),
               d, "RE:[CASE %s] %s" % (B_CID, B_SUBJ), new)

    d = D("2025-03-07 01:05:16")
    new = ("渡辺 様\n\n"
           "小林でございます。\n"
           "統合内容についてご確認いただき、ありがとうございます。\n\n"
           "本日、担当部署へ統合作業を依頼いたしました。作業には通常 2～3 営業日ほどお時間をいただいております。\n"
           "作業が完了しましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n"
           "作業中は旧アカウントへのサインインをお控えいただけますと幸いです。\n\n"
           "小林\nAmazon Web Services\n").replace("～", "〜")
    ja_console("console-reply-watanabe-irai-zumi", L("support_reply", B_CID, [], True, "ja"), d,
               "RE:[CASE %s] %s" % (B_CID, B_SUBJ), new)

    d = D("2025-03-10 08:30:52")
    new = ("渡辺 様\n\n"
           "お待たせいたしました。小林でございます。\n\n"
           "担当部署より、アカウントの統合作業が完了した旨の報告がございましたのでお知らせいたします。\n"
           "AWS03381920 に登録されていた認定資格および受験履歴は、すべて AWS07755102 に移行済みです。\n\n"
           "お手数ですが、kenji.watanabe@nifty.com で AWS Certification アカウントにサインインし、"
           "認定資格が正しく表示されていることをご確認いただけますでしょうか。\n"
           "Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールでご案内が届きます。\n\n"
           "ほかにご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。\n\n"
           "小林\nAmazon Web Services\n")
    ja_console("console-reply-watanabe-kanryou", L("merge_completed", B_CID, [B_OLD, B_KEEP], True, "ja"), d,
               "RE:[CASE %s] %s" % (B_CID, B_SUBJ), new)

    d = D("2025-03-13 09:00:07")
    new = ("渡辺 健二 様\n\n"
           "ケース %s（%s）について、最後のご連絡から 72 時間お客様からのご返信がなかったため、"
           "本ケースを解決済みとしてクローズいたしました。\n\n"
           "問題が解決していない場合は、サポートセンターからケースを再度開くことができます。\n\n"
           "今回のサポートはいかがでしたか? サービス向上のため、以下のアンケートへのご協力をお願いいたします（所要時間 1 分）。\n"
           "https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja&survey=closure\n\n"
           "今後とも Amazon Web Services をよろしくお願いいたします。\n" % (B_CID, B_SUBJ, B_CID))
    ja_console("console-closed-watanabe-anketo", L("survey", B_CID, [], True, "ja"), d,
               "Amazon Web Services: サポートケース %s がクローズされました" % B_CID, new, footer=False)

    # Credly in Japanese
    d = D("2025-03-12 04:18:33")
    s = credly_sender(d)
    badge = "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
    new = ("健二さん、新しいバッジが届いています\n\n"
           "Amazon Web Services Training and Certification から、次のバッジが発行されました。\n\n"
           "AWS Certified Solutions Architect – Associate\n\n"
           "バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。\n\n"
           "バッジを受け取る: https://www.credly.com/earner/earned/badge/%s\n\n"
           "このメールは、発行元によってお客様の認定記録が更新されたため送信されています。\n\n"
           "Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n"
           "配信停止: https://www.credly.com/notifications/unsubscribe?token=%s\n" % (badge, rnd_hex(32)))
    h = ("<html><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\"><table width=\"100%%\"><tr><td align=\"center\">"
         "<img src=\"https://images.credly.com/images/credly-logo.png\" alt=\"Credly\" width=\"120\">"
         "<h1 style=\"font-size:20px\">健二さん、新しいバッジが届いています</h1>"
         "<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>"
         "<p><b>AWS Certified Solutions Architect – Associate</b></p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/%s\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none\">バッジを受け取る</a></p>"
         "</td></tr></table></body></html>" % badge)
    mime = alt(text_part(new, "plain", "utf-8", "b64"), text_part(h, "html", "utf-8", "b64"))
    build("credly-watanabe-saa", L("credly_badge_issued", None, [], True, "ja"),
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=B_USER[1],
          subject="健二さん、Amazon Web Services Training and Certification から新しいバッジが発行されました",
          date=d, mime=mime, msgid=s["msgid"], reply_to="Credly <support@credly.com>",
          trace_lines=trace("jp:mx.nifty.com", s, d, B_USER[1], CREDLY_PASS()), new=new)


thread_b()

# ---------------- Thread C: Daniel Okafor, form desk, Outlook.com, 11-digit case (2023)
C_CID = "12874630591"
C_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
C_USER = ("Daniel Okafor", "dokafor@outlook.com")
C_OLD, C_KEEP = "AWS02291847", "AWS05520318"
C_SIG = ("\nRegards,\nAkhil R.\nAWS Training & Certification Customer Service\n"
         "Please do not remove the case number from the subject line when you reply.\n")


def c_mail(slug, label, d, new, quoted="", subject=None):
    s = ses_sender(d)
    body = new + quoted
    mime = alt(text_part(body, "plain", "utf-8", "qp"), text_part(to_html(body), "html", "utf-8", "qp"))
    build(slug, label, frm=("Amazon Web Services", FORM_ADDR), to=C_USER[1],
          subject=subject or "RE: [CASE %s] %s" % (C_CID, C_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("outlook", s, d, C_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s["ip"]), new=new)


def thread_c():
    d1 = D("2023-02-14 06:22:10")
    n1 = ("Dear Daniel,\n\nGreetings of the day!\n\n"
          "Thank you for reaching out to AWS Training and Certification. I have gone through your request and "
          "I can see two accounts in your name: AWS05520318 and AWS02291847.\n\n"
          "Kindly let us know which account you would like to retain as the primary one, as the other account "
          "will be deactivated after the process. Also kindly share the reason for having two accounts, this is "
          "required for our records.\n" + C_SIG)
    c_mail("form-reply-okafor-which-one", L("support_reply", C_CID, [C_OLD, C_KEEP], True), d1, n1)

    d2 = D("2023-02-17 05:02:48")
    n2 = ("Dear Daniel,\n\n"
          "This is a gentle follow-up on my previous email. We have not yet received the information requested "
          "to take your request forward.\n\n"
          "Request you to kindly revert at the earliest. If we do not hear back within 3 business days, we will "
          "consider the query resolved and the case will be closed from our end.\n" + C_SIG)
    qt = outlook_block("Amazon Web Services <%s>" % FORM_ADDR, d1.astimezone(EST), C_USER[1],
                       "RE: [CASE %s] %s" % (C_CID, C_SUBJ)) + n1
    c_mail("form-reply-okafor-follow-up", L("support_reply", C_CID, [], True), d2, n2, "\n" + qt)

    d3 = D("2023-02-18 09:37:05")
    u = ("Hi,\n\nSorry for the late reply, I was travelling. Please keep AWS05520318, that's the one with my "
         "current email. The other one I created in 2019 by mistake when I booked my first exam.\n\n"
         "Thanks\nDaniel\n")
    n3 = ("Dear Daniel,\n\nThank you for the revert.\n\n"
          "As per your request, please find below the details of the merge:\n\n"
          "Source account (will be merged and deactivated): AWS 02291847\n"
          "Destination account (will be retained): AWS 05520318\n\n"
          "Kindly note that once the accounts are merged, the action cannot be undone.\n\n"
          "Request you to kindly confirm the above details by replying \"I confirm\" on this email so that we "
          "can proceed further.\n" + C_SIG)
    qt = outlook_block("Daniel Okafor <%s>" % C_USER[1], D("2023-02-18 07:55:00", UTC).astimezone(EST),
                       "Amazon Web Services <%s>" % FORM_ADDR, "RE: [CASE %s] %s" % (C_CID, C_SUBJ)) + u
    c_mail("form-reply-okafor-source-destination", L("merge_confirmation_requested", C_CID, [C_OLD, C_KEEP], True),
           d3, n3, "\n" + qt)

    d4 = D("2023-02-21 11:14:59")
    n4 = ("Dear Daniel,\n\nGreetings!\n\n"
          "We are pleased to inform you that your request has been actioned. Account AWS-02291847 has been merged "
          "with AWS-05520318 and all your certifications and exam history are now available on the retained "
          "account.\n\n"
          "Kindly login with dokafor@outlook.com and verify the same at your end. Request you to kindly confirm "
          "if we can close the case.\n" + C_SIG)
    u2 = "I confirm.\n\nDaniel\n"
    qt = (outlook_block("Daniel Okafor <%s>" % C_USER[1], D("2023-02-18 15:02:00", UTC).astimezone(EST),
                        "Amazon Web Services <%s>" % FORM_ADDR, "RE: [CASE %s] %s" % (C_CID, C_SUBJ)) + u2)
    c_mail("form-reply-okafor-actioned", L("merge_completed", C_CID, [C_OLD, C_KEEP], True), d4, n4, "\n" + qt)

    d5 = D("2023-02-24 18:00:31")
    s = ses_sender(d5)
    n5 = ("Hello Daniel,\n\n"
          "Your recent case with AWS Training and Certification Customer Service (case %s) has been closed.\n\n"
          "How would you rate the support you received?\n\n"
          "  Very satisfied:     https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&r=5\n"
          "  Satisfied:          https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&r=4\n"
          "  Neutral:            https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&r=3\n"
          "  Dissatisfied:       https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&r=2\n"
          "  Very dissatisfied:  https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&r=1\n\n"
          "Your feedback helps us improve. Thank you for being an AWS Training and Certification customer.\n\n"
          "This survey is sent from an unmonitored mailbox.\n" % ((C_CID,) * 6))
    h = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello Daniel,</p>"
         "<p>Your recent case with AWS Training and Certification Customer Service (case %s) has been closed.</p>"
         "<p><b>How would you rate the support you received?</b></p><p>" % C_CID
         + "".join("<a href=\"https://amazonwebservices.qualtrics.com/jfe/form/SV_9tcsupport?c=%s&amp;r=%d\">"
                   "<img src=\"https://d1.awsstatic.com/support/star-%d.png\" alt=\"%d stars\"></a> " % (C_CID, i, i, i)
                   for i in range(5, 0, -1))
         + "</p><p>Your feedback helps us improve.</p></body></html>")
    mime = alt(text_part(n5, "plain", "us-ascii", "7bit"), text_part(h, "html", "us-ascii", "7bit"))
    build("form-okafor-rate-support", L("survey", C_CID, [], True), frm=("Amazon Web Services", FORM_ADDR),
          to=C_USER[1], subject="How did we do? Your AWS Training and Certification case %s" % C_CID, date=d5,
          mime=mime, msgid=s["msgid"], trace_lines=trace("outlook", s, d5, C_USER[1], AWS_PASS()),
          extra=SES_EXTRA(d5, s["ip"]), new=n5)


thread_c()


# ---------------- Thread D: Marta Kowalska, 10-digit case (2020), Gmail
D_CID = "6958302714"
D_USER = ("Marta Kowalska", "marta.kowalska.pl@gmail.com")
D_OLD, D_KEEP = "AWS00417752", "AWS01998305"


def thread_d():
    d0 = D("2020-04-14 12:01:00")
    req = ("Hello Marta,\n\nWe have reviewed your request. Please confirm that you would like us to merge "
           "AWS00417752 into AWS01998305. AWS01998305 will be your active account afterwards.\n\n"
           "Regards,\nTom\nAWS Certification Support\n")
    rep = ("Hi Tom,\n\nYes, please go ahead \u2013 AWS01998305 is the one I use now. Dzi\u0119kuj\u0119!\n\nMarta\n\n"
           + gmail_attr_old(d0.astimezone(CEST), "Amazon Web Services", FORM_ADDR) + q(req))
    d = D("2020-04-16 15:47:22")
    s = ses_sender(d)
    new = ("Hi Marta,\n\n"
           "I have completed the consolidation of your certification accounts. Your AWS Certified SysOps "
           "Administrator - Associate and AWS Certified Solutions Architect - Associate now both show under "
           "AWS01998305, and AWS00417752 has been deactivated.\n\n"
           "You may need to sign out and back in before the transcript refreshes.\n\n"
           "Regards,\nTom\nAWS Certification Support\n")
    body = new + "\n" + outlook_block("Marta Kowalska <%s>" % D_USER[1], D("2020-04-14 21:10:00", UTC).astimezone(PDT),
                                      "Amazon Web Services <%s>" % FORM_ADDR,
                                      "Re: RE:[CASE %s] AWS Certification - Account Merge" % D_CID) + rep
    # the agent tool sends UTF-8 bytes but labels them ISO-8859-1 (wrong charset label)
    mime = alt(text_part(body, "plain", "utf-8", "qp", label="iso-8859-1"),
               text_part(to_html(body), "html", "utf-8", "qp", label="iso-8859-1"))
    build("form-reply-kowalska-consolidated", L("merge_completed", D_CID, [D_OLD, D_KEEP], True),
          frm=("Amazon Web Services", FORM_ADDR), to=D_USER[1],
          subject="RE:[CASE %s] AWS Certification - Account Merge" % D_CID, date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, D_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s["ip"]), new=new)

    # old Acclaim (Credly) mail for the moved badge
    d = D("2020-04-18 09:12:40")
    s = credly_sender(d, "youracclaim.com")
    badge = "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
    new = ("Marta, you've earned a badge!\n\n"
           "Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps "
           "Administrator - Associate.\n\n"
           "Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s\n\n"
           "Once accepted, you can share your badge on social networks, add it to your email signature, and more.\n\n"
           "Acclaim | Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n" % badge)
    h = ("<html><body><center><img src=\"https://www.youracclaim.com/assets/acclaim-logo.png\" alt=\"Acclaim\">"
         "<h2>Marta, you've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you a badge: "
         "<b>AWS Certified SysOps Administrator - Associate</b>.</p>"
         "<p><a href=\"https://www.youracclaim.com/earner/earned/badge/%s\">Accept your badge</a></p></center></body></html>" % badge)
    mime = alt(text_part(new, "plain", "UTF-8", "qp"), text_part(h, "html", "UTF-8", "qp"))
    build("acclaim-kowalska-sysops", L("credly_badge_issued", None, [], True),
          frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), to=D_USER[1],
          subject="Marta, you've earned a badge from Amazon Web Services Training and Certification!", date=d,
          mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, D_USER[1], CREDLY_PASS("youracclaim.com")), new=new)


thread_d()

# ---------------- Thread E: Tomoko Sato, form desk in Japanese, biglobe, 15-digit case
E_OPEN = D("2024-11-12 06:41:55")
E_CID = cid15(E_OPEN, 868)
E_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
E_USER = ("佐藤 智子", "t-sato.0712@biglobe.ne.jp")
E_OLD, E_KEEP = "AWS06612049", "AWS08830417"
E_SIG = ("\n--\nAWS トレーニングと認定 カスタマーサポート\n"
         "※ご返信の際は、件名のケース番号を削除せずにそのままご返信ください。\n")


def e_mail(slug, label, d, body, new, charset, cte, label_cs=None, codec=None, subject=None, html_too=False):
    s = ses_sender(d)
    if html_too:
        mime = alt(text_part(body, "plain", charset, cte, label_cs, codec),
                   text_part(to_html(body), "html", charset, cte, label_cs, codec))
    else:
        mime = text_part(body, "plain", charset, cte, label_cs, codec)
    build(slug, label, frm=("Amazon Web Services", FORM_ADDR), to=E_USER[1],
          subject=subject or "RE:[CASE %s] %s" % (E_CID, E_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("jp:biglobe.ne.jp", s, d, E_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s["ip"]),
          new=new, subj_charset="iso-2022-jp")


def thread_e():
    d = E_OPEN + dt.timedelta(seconds=28)
    new = ("佐藤 智子 様\n\n"
           "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
           "以下の内容でお問い合わせを受け付けました。ケース番号: %s\n\n"
           "担当者が内容を確認し、通常 24 時間以内にご連絡いたします。\n"
           "追加の情報がある場合は、件名を変更せずに本メールへご返信ください。\n"
           "同じ内容でフォームを再送信されますと、別のケースとして扱われ回答が遅れる場合がございますので、ご遠慮ください。\n\n"
           "■ お問い合わせ内容\n"
           "お問い合わせの種類: AWS Training and Certification\n"
           "詳細: Account Merge\n"
           "AWS 候補者 ID: AWS08830417\n"
           "内容: 認定アカウントが重複しています。旧アカウント（AWS-06612049）を現在のアカウントにまとめたいです。\n\n"
           "アカウントの統合をご希望の場合、担当者が両アカウントを確認したうえで、統合内容のご確認をお願いするメールをお送りします。\n"
           % E_CID + E_SIG)
    e_mail("form-uketsuke-sato", L("case_created", E_CID, [E_OLD, E_KEEP], True, "ja"), d, new, new,
           "shift_jis", "b64", subject="[CASE %s] %s" % (E_CID, E_SUBJ))

    d = D("2024-11-13 02:25:40")
    u = ("ご担当者様\n\n先ほどフォームから問い合わせた佐藤です。\n"
         "旧アカウント AWS06612049 のログイン用メールアドレスは tomoko.sato@hinode-soft.co.jp です（現在は使用できません）。\n"
         "よろしくお願いいたします。\n\n佐藤 智子\n")
    new = ("佐藤 智子 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの中村でございます。\n"
           "お問い合わせいただき、誠にありがとうございます。\n\n"
           "いただいた情報をもとに、2 つのアカウントを確認いたしました。\n"
           "下記のとおりアカウントを統合してもよろしいでしょうか。\n\n"
           "  引き続きご利用いただくアカウント: AWS08830417（t-sato.0712@biglobe.ne.jp）\n"
           "  統合され、閉鎖されるアカウント: aws06612049（tomoko.sato@hinode-soft.co.jp）\n\n"
           "統合後は元に戻すことができません。内容にお間違いがなければ、本メールにご返信いただき、"
           "ご了承の旨をお知らせくださいますようお願いいたします。ご返信を確認後、統合作業を開始いたします。\n" + E_SIG)
    body = new + "\n" + ja_attr(D("2024-11-12 16:03:00", JST), E_USER[0], E_USER[1]) + q(u)
    e_mail("form-reply-sato-yoroshii-deshouka", L("merge_confirmation_requested", E_CID, [E_OLD, E_KEEP], True, "ja"),
           d, body, new, "iso-2022-jp", "7bit", html_too=True)

    d = D("2024-11-14 04:10:03")
    u = "中村様\n\n内容に間違いありません。統合をお願いいたします。\n\n佐藤\n"
    new = ("佐藤 智子 様\n\n"
           "ご返信ありがとうございます。中村でございます。\n\n"
           "統合作業の準備を進めておりましたところ、統合されるアカウント（AWS06612049）に、"
           "12 月 3 日の試験予約（Pearson VUE）が残っていることが分かりました。\n"
           "試験予約が残っている状態では統合を実施することができないため、恐れ入りますが、"
           "以下のいずれかをご対応いただけますでしょうか。\n\n"
           "  1. 該当の予約をキャンセルし、統合完了後に AWS08830417 から予約を取り直す\n"
           "  2. 予約どおり受験し、試験結果の反映後に本メールへご返信いただく\n\n"
           "ご対応いただいたことが確認でき次第、統合作業を再開いたします。\n"
           "ご不便をおかけし申し訳ございません。\n" + E_SIG)
    body = new + "\n" + ja_attr(D("2024-11-13 19:47:00", JST), E_USER[0], E_USER[1]) + q(u)
    e_mail("form-reply-sato-shiken-yoyaku", L("support_reply", E_CID, [E_OLD, E_KEEP], True, "ja"), d, body, new,
           "iso-2022-jp", "7bit")

    # completion: cp932 bytes (circled digits) labelled Shift_JIS
    d = D("2024-11-19 07:55:18")
    u = "中村様\n\n予約をキャンセルしました。ご確認よろしくお願いいたします。\n\n佐藤\n"
    new = ("佐藤 智子 様\n\n"
           "中村でございます。\n"
           "試験予約のキャンセルを確認いたしましたので統合作業を行い、本日、統合が完了いたしました。\n\n"
           "① 旧アカウント AWS06612049 の認定資格（AWS Certified Cloud Practitioner）は AWS08830417 に移行済みです。\n"
           "② 50% 割引バウチャーなどの特典も、AWS08830417 でご利用いただけます。\n"
           "③ 旧アカウントにはサインインできなくなっております。\n\n"
           "お手数ですが、t-sato.0712@biglobe.ne.jp でサインインいただき、表示内容をご確認ください。\n" + E_SIG)
    body = new + "\n" + ja_attr(D("2024-11-18 22:30:00", JST), E_USER[0], E_USER[1]) + q(u)
    e_mail("form-reply-sato-kanryou-shimashita", L("merge_completed", E_CID, [E_OLD, E_KEEP], True, "ja"), d, body,
           new, "shift_jis", "b64", label_cs="Shift_JIS", codec="cp932")

    # closing + survey, quoting the user's thanks which quotes the completion
    d = D("2024-11-20 01:02:45")
    u = ("中村様\n\n確認できました。認定もバウチャーも表示されています。\n"
         "丁寧にご対応いただきありがとうございました。\n\n佐藤\n\n"
         + ja_attr(D("2024-11-19 16:55:00", JST), "Amazon Web Services", FORM_ADDR)
         + q("佐藤 智子 様\n\n中村でございます。\n試験予約のキャンセルを確認いたしましたので統合作業を行い、本日、統合が完了いたしました。\n"
             "旧アカウント AWS06612049 の認定資格は AWS08830417 に移行済みです。\n"))
    new = ("佐藤 智子 様\n\n"
           "ご確認いただき、ありがとうございます。中村でございます。\n\n"
           "問題なくご利用いただけているとのことで、安心いたしました。\n"
           "本件はこれにてクローズとさせていただきます。\n\n"
           "今後のサービス向上のため、今回の対応について簡単なアンケートにご協力いただけますと幸いです。\n"
           "https://survey.aws.training/s/tc-support?case=%s&lang=ja\n\n"
           "またのお問い合わせをお待ちしております。\n" % E_CID + E_SIG)
    body = new + "\n" + ja_attr(D("2024-11-19 21:14:00", JST), E_USER[0], E_USER[1]) + q(u)
    e_mail("form-reply-sato-close-anketo", L("survey", E_CID, [], True, "ja"), d, body, new, "utf-8", "b64",
           html_too=True)


thread_e()

# ---------------- Thread F: Lucas Ferreira, console case in English, Gmail
F_OPEN = D("2025-08-18 16:22:09")
F_CID = cid15(F_OPEN, 7731)
F_SUBJ = "Merge two AWS Certification accounts"
F_USER = ("Lucas Ferreira", "lucas.ferreira.br@gmail.com")
F_OLD, F_KEEP = "AWS07120936", "AWS02654418"


def en_console(slug, label, d, subject, new, cid, rcpt, provider="gmail", footer=True, res=None,
               html_only=False, plain_cs="utf-8", cte="qp"):
    s = ses_sender(d)
    body = new + ("\n" + CONSOLE_FOOTER_EN.format(cid=cid) if footer else "")
    if html_only:
        mime = text_part(to_html(body), "html", plain_cs, cte)
    else:
        mime = alt(text_part(body, "plain", plain_cs, cte), text_part(to_html(body), "html", plain_cs, cte))
    build(slug, label, frm=("Amazon Web Services", CONSOLE_ADDR), to=rcpt, subject=subject, date=d, mime=mime,
          msgid=s["msgid"], trace_lines=trace(provider, s, d, rcpt, res or AWS_PASS()),
          extra=SES_EXTRA(d, s["ip"]), new=new)


def thread_f():
    d = F_OPEN + dt.timedelta(seconds=6)
    new = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
           "The details of your case are as follows:\n\n"
           "Case ID: %s\nSubject: %s\nSeverity: General guidance\n"
           "Correspondence: Hello, I passed the Solutions Architect Associate on an account I created with my "
           "university e-mail (AWS-07120936) and my older certs are on aws02654418. I'd like everything under the "
           "second one, please. Thanks, Lucas\n\n"
           "Our team will review the information you provided and respond as soon as possible. You can view "
           "the status of your case and add correspondence at any time in the Support Center.\n\n"
           "Best regards,\nAmazon Web Services\n" % (F_CID, F_CID, F_SUBJ))
    en_console("console-opened-ferreira", L("case_created", F_CID, [F_OLD, F_KEEP], True), d,
               "Amazon Web Services: You have opened a new Support case: %s" % F_CID, new, F_CID, F_USER[1])

    d = D("2025-08-19 21:03:37")
    new = ("Hello Lucas,\n\n"
           "Thanks for your patience. My name is Carla and I'm with the AWS Training and Certification team.\n\n"
           "I looked at both profiles. Here is what would happen once you give us the go-ahead:\n\n"
           "  Account that goes away:  AWS07120936 (lucas.ferreira@alunos.ufsc.br)\n"
           "  Account that stays:      AWS02654418 (lucas.ferreira.br@gmail.com)\n\n"
           "Everything on the first account - the Solutions Architect Associate, your exam history and any "
           "unused benefit - would be moved to the second one. This can't be reversed afterwards.\n\n"
           "If that matches what you want, please reply to this case in the Support Center and tell us you "
           "agree. We won't touch either account until we hear back from you.\n\n"
           "Best regards,\nCarla D.\nAmazon Web Services\n")
    en_console("console-reply-ferreira-go-ahead", L("merge_confirmation_requested", F_CID, [F_OLD, F_KEEP], True), d,
               "RE:[CASE %s] %s" % (F_CID, F_SUBJ), new, F_CID, F_USER[1])

    d = D("2025-08-20 14:41:12")
    s = ses_sender(d)
    new = ("Hello,\n\n"
           "A new correspondence has been added to your AWS Support case %s (%s).\n\n"
           "To view the correspondence and respond, sign in to the AWS Support Center:\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
           "Please do not reply to this e-mail; replies to this address are not monitored.\n\n"
           "Sincerely,\nAmazon Web Services\n" % (F_CID, F_SUBJ, F_CID))
    mime = text_part(new, "plain", "us-ascii", "7bit")
    build("console-notice-ferreira-new-corr", L("support_reply", F_CID, [], True),
          frm=("Amazon Web Services", CONSOLE_ADDR), to=F_USER[1],
          subject="[Case %s] New correspondence added" % F_CID, date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, F_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s["ip"]), new=new)

    d = D("2025-08-21 18:26:50")
    new = ("Hello,\n\n"
           "A new correspondence has been added to your AWS Support case %s (%s):\n\n"
           "--------------------------------------------------\n"
           "Hi Lucas,\n\n"
           "All set on our side. Your certification history from AWS07120936 now lives under AWS02654418, "
           "and the older profile has been retired, so from now on please sign in only with "
           "lucas.ferreira.br@gmail.com. It can take up to a day before the transcript page shows the "
           "Solutions Architect Associate.\n\n"
           "Thanks for confirming so quickly, and congratulations on the new certification!\n\n"
           "Carla D.\nAmazon Web Services\n"
           "--------------------------------------------------\n" % (F_CID, F_SUBJ))
    en_console("console-notice-ferreira-all-set", L("merge_completed", F_CID, [F_OLD, F_KEEP], True), d,
               "[Case %s] New correspondence added" % F_CID, new, F_CID, F_USER[1])

    d = D("2025-08-25 18:30:04")
    new = ("Hello,\n\n"
           "We're writing to let you know that your AWS Support case %s has been resolved and closed.\n\n"
           "Subject: %s\n"
           "Resolution: Certification accounts merged as requested; records consolidated under the retained "
           "account.\n\n"
           "Was your issue resolved?\n"
           "Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
           "No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
           "If you need more help with this issue, you can reopen the case from the Support Center within "
           "14 days.\n\n"
           "Sincerely,\nAmazon Web Services\n" % (F_CID, F_SUBJ, F_CID, F_CID))
    en_console("console-closed-ferreira-resolved", L("survey", F_CID, [], True), d,
               "Amazon Web Services: Your Support case %s has been resolved" % F_CID, new, F_CID, F_USER[1],
               footer=False, html_only=True)


thread_f()


# ---------------- Thread G: Aisha Rahman, form desk, corporate Office 365
G_OPEN = D("2025-01-27 09:03:44")
G_CID = cid15(G_OPEN, 259)
G_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
G_USER = ("Aisha Rahman", "aisha.rahman@northwind-analytics.com")
G_OLD, G_KEEP = "AWS08473310", "AWS05038867"
G_SIG = "\nKind regards,\n\nJonas\nAWS Training and Certification Support\n"


def g_mail(slug, label, d, new, quoted="", subject=None, html_only=False, cs="utf-8", cte="qp", res=None):
    s = ses_sender(d)
    body = new + quoted
    if html_only:
        mime = text_part(to_html(body), "html", cs, cte)
    else:
        mime = alt(text_part(body, "plain", cs, cte), text_part(to_html(body), "html", cs, cte))
    build(slug, label, frm=("Amazon Web Services", FORM_ADDR), to=G_USER[1],
          subject=subject or "RE:[CASE %s] %s" % (G_CID, G_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("outlook", s, d, G_USER[1], res or AWS_PASS()), extra=SES_EXTRA(d, s["ip"]), new=new)


def thread_g():
    u0 = ("Hello,\n\nThe other account is under aisha.r@gmail.com, candidate ID AWS08473310. My current one is "
          "AWS05038867 with my work e-mail.\n\nBest,\nAisha\n")
    d1 = D("2025-01-28 13:20:05")
    n1 = ("Hi Aisha,\n\n"
          "Thanks for the details, that helps a lot.\n\n"
          "Based on what you sent, here is the plan: AWS05038867 will be folded into AWS08473310, and "
          "AWS08473310 will be the account you keep. All certifications and exam history will end up on that "
          "one account.\n\n"
          "Please keep in mind that a merge is final. Just reply \"confirmed\" to this e-mail and we will "
          "merge the two accounts once your confirmation reaches us.\n" + G_SIG)
    g_mail("form-reply-rahman-plan", L("merge_confirmation_requested", G_CID, [G_OLD, G_KEEP], True), d1, n1,
           "\n" + outlook_block("Aisha Rahman <%s>" % G_USER[1], D("2025-01-28 10:02:00", UTC),
                                "Amazon Web Services <%s>" % FORM_ADDR, "RE:[CASE %s] %s" % (G_CID, G_SUBJ)) + u0)

    d2 = D("2025-01-29 08:47:31")
    u1 = ("Hi Jonas,\n\nHang on - that's the wrong way round. I want to KEEP AWS05038867 (work e-mail). "
          "The Gmail one should be merged away.\n\nAisha\n")
    n2 = ("Hi Aisha,\n\n"
          "You are absolutely right, and I apologise - I had the direction reversed in my last e-mail. Nothing "
          "has been changed yet.\n\n"
          "The corrected plan is:\n\n"
          "  Merged away:  AWS08473310 (aisha.r@gmail.com)\n"
          "  Kept:         AWS05038867 (aisha.rahman@northwind-analytics.com)\n\n"
          "Could you please confirm once more, by replying to this e-mail, that this is how you want the "
          "accounts combined? We will only start after your reply.\n" + G_SIG)
    qt = (outlook_block("Aisha Rahman <%s>" % G_USER[1], D("2025-01-28 15:12:00", UTC),
                        "Amazon Web Services <%s>" % FORM_ADDR, "RE:[CASE %s] %s" % (G_CID, G_SUBJ)) + u1
          + "\n" + orig_msg_block("Amazon Web Services <%s>" % FORM_ADDR, d1, G_USER[1],
                                  "RE:[CASE %s] %s" % (G_CID, G_SUBJ)) + n1)
    g_mail("form-reply-rahman-corrected", L("merge_confirmation_requested", G_CID, [G_OLD, G_KEEP], True), d2, n2,
           "\n" + qt)

    d3 = D("2025-01-31 16:05:09")
    u2 = "Confirmed - please merge AWS08473310 into AWS05038867.\n\nThanks,\nAisha\n"
    n3 = ("Hi Aisha,\n\n"
          "Good news: we merged AWS08473310 into AWS05038867 as you confirmed. The Gmail account has been "
          "closed and your four certifications are now on your work account.\n\n"
          "Could you please sign in and confirm that you can see all four certifications, including the "
          "Security - Specialty you earned on the old account? If anything is missing, let me know and I will "
          "look into it.\n" + G_SIG)
    g_mail("form-reply-rahman-merged-check", L("merge_completed", G_CID, [G_OLD, G_KEEP], True), d3, n3,
           "\n" + outlook_block("Aisha Rahman <%s>" % G_USER[1], D("2025-01-29 11:30:00", UTC),
                                "Amazon Web Services <%s>" % FORM_ADDR, "RE:[CASE %s] %s" % (G_CID, G_SUBJ)) + u2)

    d4 = D("2025-02-04 10:18:44")
    u3 = ("Hi Jonas,\n\nAll four certs are there, thanks! But my Credly badges are still on the Gmail address. "
          "Can you move them too?\n\nAisha\n")
    n4 = ("Hi Aisha,\n\n"
          "Thank you for checking. I have asked our Credly team to move your badges to "
          "aisha.rahman@northwind-analytics.com, and I can see that the request was processed on their side "
          "this morning.\n\n"
          "Could you please confirm that you have received the badge e-mails from Credly and that all four "
          "badges now appear on your Credly profile? Once you confirm, I will close the case.\n" + G_SIG)
    g_mail("form-reply-rahman-badge-check", L("support_reply", G_CID, [], True), d4, n4,
           "\n" + outlook_block("Aisha Rahman <%s>" % G_USER[1], D("2025-02-03 09:41:00", UTC),
                                "Amazon Web Services <%s>" % FORM_ADDR, "RE:[CASE %s] %s" % (G_CID, G_SUBJ)) + u3)

    # Credly reminder: badge ready to accept
    d = D("2025-02-06 14:00:12")
    s = credly_sender(d)
    badge = "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"background:#f5f5f5\">"
         "<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\"><tr><td style=\"padding:30px\">"
         "<img src=\"https://images.credly.com/images/credly-logo.png\" width=\"110\" alt=\"Credly\">"
         "<h1 style=\"font-size:22px\">Reminder: your badge is waiting</h1>"
         "<p>Hi Aisha,</p><p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Security &ndash; Specialty</b> "
         "badge a few days ago, and it hasn't been accepted yet.</p>"
         "<p>Accepting takes a few seconds and lets you share your achievement and verify it anywhere.</p>"
         "<p style=\"text-align:center\"><a href=\"https://www.credly.com/earner/earned/badge/%s\" "
         "style=\"background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px\">Accept Badge</a></p>"
         "<p style=\"font-size:12px;color:#888\">You received this email because a badge was issued to aisha.rahman@northwind-analytics.com. "
         "<a href=\"https://www.credly.com/notifications/unsubscribe?token=%s\">Unsubscribe</a></p>"
         "</td></tr></table></body></html>" % (badge, rnd_hex(32)))
    mime = text_part(h, "html", "utf-8", "qp")
    build("credly-rahman-reminder-accept", L("credly_badge_issued", None, [], True),
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=G_USER[1],
          subject="Reminder: Accept your AWS Certified Security – Specialty badge", date=d, mime=mime,
          msgid=s["msgid"], trace_lines=trace("outlook", s, d, G_USER[1], CREDLY_PASS()), new=h)

    # closure survey - "please confirm whether your issue was resolved"
    d = D("2025-02-07 17:45:26")
    n6 = ("Hello Aisha,\n\n"
          "We have closed case %s. We hope we were able to help.\n\n"
          "Please take a moment to confirm whether your issue was resolved and to rate the support you "
          "received - it takes less than a minute:\n"
          "https://survey.aws.training/s/tc-support?case=%s\n\n"
          "If your issue was not resolved, reply to this e-mail within 14 days and the case will be reopened.\n\n"
          "AWS Training and Certification Support\n" % (G_CID, G_CID))
    g_mail("form-rahman-closed-rate", L("survey", G_CID, [], True), d, n6,
           subject="Case %s closed - tell us how we did" % G_CID)


thread_g()

# ---------------- Thread H: Wei Zhang, 11-digit case (2022), own domain without Authentication-Results
H_CID = "11938275604"
H_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
H_USER = ("Wei Zhang", "wei@zhangfamily.net")
H_OLD, H_KEEP = "AWS03650091", "AWS09187724"
H_SIG = "\nWarm regards,\nFatima S.\nAWS Training and Certification\n"


def h_mail(slug, label, d, new, quoted="", cs="utf-8", cte="qp"):
    s = ses_sender(d)
    body = new + quoted
    mime = alt(text_part(body, "plain", cs, cte), text_part(to_html(body), "html", cs, cte))
    build(slug, label, frm=("Amazon Web Services", FORM_ADDR), to=H_USER[1],
          subject="RE:[CASE %s] %s" % (H_CID, H_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("none", s, d, H_USER[1]), extra=SES_EXTRA(d, s["ip"]), new=new)


def thread_h():
    d1 = D("2022-06-08 03:11:46")
    n1 = ("Hi Wei,\n\n"
          "Thank you for the information. Before we merge anything, please review the following:\n\n"
          "  Account to be merged (will be closed):  aws03650091 - wzhang@oldmail.example.com\n"
          "  Account to be kept:                     AWS09187724 - wei@zhangfamily.net\n\n"
          "Your certifications, exam history and the unused 50% exam voucher on the first account will be "
          "transferred to the account that is kept. A merge cannot be undone.\n\n"
          "Please reply to this e-mail confirming that the above is correct, and let us know the full name "
          "exactly as it should appear on the kept account (it must match your ID at the test center).\n" + H_SIG)
    h_mail("form-reply-zhang-review", L("merge_confirmation_requested", H_CID, [H_OLD, H_KEEP], None), d1, n1)

    d2 = D("2022-06-09 01:55:20")
    u = ("Hi Fatima,\n\nBefore I confirm - will the voucher really still work after the merge? It expires in "
         "August and I don't want to lose it.\n\nWei\n")
    n2 = ("Hi Wei,\n\n"
          "Good question. Yes - the unused 50% voucher will carry over, with the same expiry date. Once the "
          "merge is complete you will find it under Benefits on AWS09187724.\n\n"
          "Nothing has been changed on your accounts yet; as soon as you are happy to go ahead, just reply to my "
          "previous e-mail and we will take it from there.\n" + H_SIG)
    qt = (gmail_attr_old(D("2022-06-08 19:40:00", PDT), H_USER[0], H_USER[1]) + q(
        u + "\n" + gmail_attr_old(d1.astimezone(PDT), "Amazon Web Services", FORM_ADDR) + q(n1)))
    h_mail("form-reply-zhang-voucher-answer", L("support_reply", H_CID, [H_KEEP], None), d2, n2, "\n" + qt)

    d3 = D("2022-06-10 22:08:13")
    u = "OK, that's great. Yes, please merge them. Full name: Wei Zhang.\n\nWei\n"
    n3 = ("Hi Wei,\n\n"
          "I've now merged aws03650091 into AWS09187724 as you confirmed, and updated the name on the account "
          "to \"Wei Zhang\". The voucher is visible under Benefits.\n\n"
          "As this completes your request, I'll go ahead and close this case. You may receive a short survey "
          "about your experience - we'd really appreciate your feedback.\n" + H_SIG)
    qt = gmail_attr_old(D("2022-06-10 08:15:00", PDT), H_USER[0], H_USER[1]) + q(u)
    h_mail("form-reply-zhang-closing", L("merge_completed", H_CID, [H_OLD, H_KEEP], None), d3, n3, "\n" + qt)

    d = D("2022-06-12 15:27:02")
    s = credly_sender(d)
    badge = "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif\">"
         "<div style=\"max-width:560px;margin:auto\"><img src=\"https://images.credly.com/images/credly-logo.png\" alt=\"Credly\" width=\"110\">"
         "<h2>Congratulations, Wei!</h2>"
         "<p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
         "<p style=\"font-size:18px\"><b>AWS Certified Data Analytics &ndash; Specialty</b></p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/%s\" style=\"background:#ff6b00;color:#fff;padding:11px 26px;text-decoration:none\">Accept your badge</a></p>"
         "<p>Badge ID: %s</p>"
         "<p style=\"font-size:11px;color:#777\">Credly, Inc. &middot; 1 Battery Park Plaza &middot; New York, NY 10004</p>"
         "</div></body></html>" % (badge, badge))
    mime = text_part(h, "html", "utf-8", "b64")
    build("credly-zhang-das", L("credly_badge_issued", None, [], None),
          frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=H_USER[1],
          subject="Wei, you've been issued a new badge by Amazon Web Services Training and Certification",
          date=d, mime=mime, msgid=s["msgid"], trace_lines=trace("none", s, d, H_USER[1]), new=h)


thread_h()


# ---------------- Thread J: Sofia Marin, Gmail, first case + duplicate case
J_OPEN1 = D("2025-06-09 19:48:12")
J_CID = cid15(J_OPEN1, 94)
J_OPEN2 = D("2025-06-12 08:05:31")
J_CID2 = cid15(J_OPEN2, 1187)
J_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
J_USER = ("Sofia Marin", "sofia.marin.dev@gmail.com")
J_OLD, J_KEEP = "AWS04477280", "AWS06029915"
J_SIG = "\nThank you,\nBogdan\nAWS T&C Customer Support\n"


def j_mail(slug, label, d, new, quoted="", subject=None, res=None, sender=None, cs="utf-8", cte="qp",
           html=True):
    s = sender or ses_sender(d)
    body = new + quoted
    if html:
        mime = alt(text_part(body, "plain", cs, cte), text_part(to_html(body), "html", cs, cte))
    else:
        mime = text_part(body, "plain", cs, cte)
    build(slug, label, frm=("Amazon Web Services", FORM_ADDR), to=J_USER[1],
          subject=subject or "RE:[CASE %s] %s" % (J_CID, J_SUBJ), date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, J_USER[1], res or AWS_PASS()), extra=SES_EXTRA(d, s["ip"]), new=new)


def thread_j():
    d = J_OPEN1 + dt.timedelta(seconds=52)
    n = ("Hello,\n\n"
         "We have received your request and created case %s.\n\n"
         "Candidate ID provided: AWS06029915\n"
         "Request type: Account Merge\n\n"
         "A Training and Certification specialist will contact you by e-mail, usually within one business day. "
         "You can add details by replying to this message.\n\n"
         "AWS Training and Certification\n" % J_CID)
    j_mail("form-ack-marin-first", L("case_created", J_CID, [J_KEEP], True), d, n,
           subject="[CASE %s] %s" % (J_CID, J_SUBJ), cs="us-ascii", cte="7bit", html=False)

    d = J_OPEN2 + dt.timedelta(seconds=35)
    s = ses_sender(d)
    h = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Request submitted</title></head>"
         "<body style=\"margin:0;font-family:'Amazon Ember',Helvetica,Arial,sans-serif;background:#fafafa\">"
         "<div style=\"max-width:600px;margin:0 auto;background:#fff\">"
         "<div style=\"background:#232f3e;color:#fff;padding:16px 24px;font-size:18px\">AWS Training and Certification</div>"
         "<div style=\"padding:24px\">"
         "<h2 style=\"margin-top:0\">Your account merge request has been submitted</h2>"
         "<p>Hi Sofia,</p>"
         "<p>We've got your request. Our team will look at both accounts and get back to you by e-mail. "
         "Nothing on your accounts changes until you hear from us and approve the next step.</p>"
         "<table style=\"border-collapse:collapse;margin:16px 0\">"
         "<tr><td style=\"padding:4px 12px 4px 0;color:#687078\">Reference</td><td><b>Case %s</b></td></tr>"
         "<tr><td style=\"padding:4px 12px 4px 0;color:#687078\">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>"
         "<tr><td style=\"padding:4px 12px 4px 0;color:#687078\">Candidate ID</td><td>AWS-04477280</td></tr></table>"
         "<p style=\"background:#f1faff;border-left:4px solid #0073bb;padding:10px\">Already have an open case for this? "
         "Please reply to that case instead of opening a new one &ndash; duplicate cases may slow things down.</p>"
         "<p>AWS Training and Certification</p></div></div></body></html>" % J_CID2)
    mime = text_part(h, "html", "utf-8", "b64")
    build("form-ack-marin-second", L("case_created", J_CID2, [J_OLD], True),
          frm=("Amazon Web Services", FORM_ADDR), to=J_USER[1], subject="[CASE %s] %s" % (J_CID2, J_SUBJ), date=d,
          mime=mime, msgid=s["msgid"], trace_lines=trace("gmail", s, d, J_USER[1], AWS_PASS()),
          extra=SES_EXTRA(d, s["ip"]), new=h)

    d = D("2025-06-12 15:39:57")
    u = ("Hi, I opened a case on Monday and haven't heard back. Has it been merged already? My old account "
         "is AWS04477280.\n\nSofia\n")
    n = ("Hello Sofia,\n\n"
         "Apologies for the wait, our queue has been busier than usual this week. I noticed you also opened "
         "case %s for the same request; I have linked it to this one, so please continue here.\n\n"
         "To answer your question: no, nothing has been merged yet. Before we do anything, we need your "
         "explicit agreement to the following:\n\n"
         "  AWS04477280 (sofia.m@studenti.unibo.it) - will be merged and then closed\n"
         "  AWS06029915 (sofia.marin.dev@gmail.com) - will remain as your account\n\n"
         "Please note that this is permanent. If the above is right, reply with \"I confirm\" and we will get "
         "it done.\n" % J_CID2 + J_SIG)
    qt = gmail_attr(D("2025-06-12 10:02:00", CEST), J_USER[0], J_USER[1]) + q(u)
    j_mail("form-reply-marin-not-yet", L("merge_confirmation_requested", J_CID, [J_OLD, J_KEEP], True), d, n,
           "\n" + qt)

    # status update, delivered through the university forwarder -> DMARC fails at Gmail
    d = D("2025-06-14 09:12:30")
    s = ses_sender(d)
    s["host"], s["ip"] = "mx-out02.unibo.it", "137.204.24.77"
    s["mailfrom"] = "SRS0=%s=%s=email.amazonses.com=%s@unibo.it" % (rnd_alnum(4), rnd_alnum(2), s["mailfrom"].split("@")[0][:30])
    res = {"spf": "pass", "dkim": [("amazon.com", "fail"), ("amazonses.com", "fail")],
           "dmarc": ("fail", "amazon.com", "QUARANTINE")}
    u = "I confirm.\n\nSofia\n"
    n = ("Hello Sofia,\n\n"
         "Quick update on your request: the merge has been handed over to our back-end team and is currently "
         "in progress. It usually takes 3 to 5 business days; I will let you know here as soon as it is "
         "finished.\n\n"
         "In the meantime please do not book any exam on either account.\n" + J_SIG)
    qt = gmail_attr(D("2025-06-12 19:25:00", CEST), J_USER[0], J_USER[1]) + q(u)
    j_mail("form-reply-marin-in-progress-fwd", L("support_reply", J_CID, [], False), d, n, "\n" + qt, res=res,
           sender=s)

    d = D("2025-06-17 12:54:41")
    n = ("Hello Sofia,\n\n"
         "The merge is complete: AWS04477280 has been merged into AWS06029915, and your exam history and the "
         "AWS Certified Machine Learning Engineer - Associate certification now appear on AWS06029915.\n\n"
         "Your Credly badges have not moved yet. They will be transferred within 48 hours, and Credly will "
         "e-mail you when they are ready to accept. There is nothing you need to do until then.\n" + J_SIG)
    j_mail("form-reply-marin-complete", L("merge_completed", J_CID, [J_OLD, J_KEEP], True), d, n)

    d = D("2025-06-19 06:30:17")
    s = credly_sender(d)
    t = ("Sofia, your badges are ready\n\n"
         "Amazon Web Services Training and Certification has transferred the following badges to "
         "sofia.marin.dev@gmail.com after your AWS Certification accounts were combined:\n\n"
         "  * AWS Certified Cloud Practitioner\n"
         "  * AWS Certified Machine Learning Engineer - Associate\n\n"
         "Accept your badges to show them on your Credly profile:\n"
         "https://www.credly.com/earner/earned?pending=true\n\n"
         "Badges issued to your previous e-mail address will no longer be shown publicly.\n\n"
         "Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n")
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:560px;margin:auto\">"
         "<h2>Sofia, your badges are ready</h2><p>Amazon Web Services Training and Certification has transferred the following "
         "badges to sofia.marin.dev@gmail.com after your AWS Certification accounts were combined:</p>"
         "<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Machine Learning Engineer &ndash; Associate</li></ul>"
         "<p><a href=\"https://www.credly.com/earner/earned?pending=true\" style=\"background:#ff6b00;color:#fff;padding:11px 26px;text-decoration:none\">Accept your badges</a></p>"
         "<p style=\"font-size:12px;color:#777\">Badges issued to your previous e-mail address will no longer be shown publicly.</p>"
         "</div></body></html>")
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(h, "html", "utf-8", "qp"))
    build("credly-marin-transferred", L("credly_badge_issued", None, [], True),
          frm=("Credly", "admin@credly.com"), to=J_USER[1],
          subject="Your AWS badges have been moved - accept them on Credly", date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, J_USER[1], CREDLY_PASS()), new=t)


thread_j()

# ---------------- Thread K: phishing about the merge (content kind kept, sender not verified)
K_USER = ("Ravi Iyer", "ravi.iyer.cloud@gmail.com")


def thread_k():
    # K1: fake acknowledgement from a look-alike domain that passes its own DMARC
    d = D("2025-10-09 07:31:05")
    fake_cid = cid15(d - dt.timedelta(minutes=4), 3302)
    s = generic_sender("bounce-7731@aws-certification-merge.com", "185.234.72.19", "mail.aws-certification-merge.com",
                       [("aws-certification-merge.com", "default")], "aws-certification-merge.com")
    res = {"spf": "pass", "dkim": [("aws-certification-merge.com", "pass")],
           "dmarc": ("pass", "aws-certification-merge.com", "NONE")}
    t = ("Dear Candidate,\n\n"
         "Thank you for contacting AWS Training and Certification. This message confirms that we have received "
         "your account merge request and opened case %s.\n\n"
         "Accounts in this request: AWS01847755 and AWS06390124\n\n"
         "A member of our team will respond within 24 hours. To avoid your request being rejected, please "
         "validate ownership of both accounts within 24 hours using the secure link below:\n\n"
         "https://aws-certification-merge.com/validate?case=%s&t=%s\n\n"
         "AWS Training and Certification Customer Support\n"
         "(c) 2025 Amazon Web Services, Inc. or its affiliates.\n" % (fake_cid, fake_cid, rnd_hex(20)))
    mime = alt(text_part(t, "plain", "utf-8", "b64"), text_part(to_html(t), "html", "utf-8", "b64"))
    build("merge-request-received-aws-certification-merge", L("case_created", fake_cid, ["AWS01847755", "AWS06390124"], False),
          frm=("AWS Training & Certification", "support@aws-certification-merge.com"), to=K_USER[1],
          subject="[CASE %s] Account merge request received" % fake_cid, date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, K_USER[1], res), new=t)

    # K2: spoofed amazon.com, DMARC fails at Gmail; a forged "pass" header sits lower down
    d = D("2025-10-10 02:14:48")
    s = generic_sender("noreply@bulk-notify.top", "45.146.165.22", "mx1.bulk-notify.top",
                       [("bulk-notify.top", "k1")], "bulk-notify.top")
    res = {"spf": "pass", "dkim": [("bulk-notify.top", "pass")], "dmarc": ("fail", "amazon.com", "QUARANTINE")}
    forged = ("amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n"
              "       dmarc=pass header.from=amazon.com")
    t = ("Hello,\n\n"
         "Our records show that the following AWS Certification accounts belong to you:\n\n"
         "    AWS 01847755\n    AWS 06390124\n\n"
         "Before we merge them, please confirm that AWS 01847755 should be merged into AWS 06390124. "
         "To confirm, click the button below and sign in with your AWS credentials:\n\n"
         "CONFIRM MERGE: http://aws-training-verify.co/merge/confirm?id=%s\n\n"
         "If you do not confirm within 48 hours, both accounts will be suspended for security reasons.\n\n"
         "Best regards,\nAWS Training and Certification Customer Support\n" % rnd_hex(24))
    h = to_html(t).replace("CONFIRM MERGE: http://aws-training-verify.co/merge/confirm",
                           "<a href=\"http://aws-training-verify.co/merge/confirm\" style=\"background:#ec7211;color:#fff;padding:10px 20px\">CONFIRM MERGE</a> http://aws-training-verify.co/merge/confirm")
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(h, "html", "utf-8", "qp"))
    build("rn-case-confirm-merge-spoofed", L("merge_confirmation_requested", "12039485711",
                                             ["AWS01847755", "AWS06390124"], False),
          frm=("Amazon Web Services", FORM_ADDR), to=K_USER[1],
          subject="RE:[CASE 12039485711] [AWS Training and Certification Form Submission] - account-assistance",
          date=d, mime=mime, msgid="<%s@email.amazonses.com>" % ses_id(d),
          trace_lines=trace("gmail", s, d, K_USER[1], res, forged=forged), new=t)

    # K3: "accounts merged" lure from a look-alike domain (Outlook recipient)
    d = D("2023-03-02 16:40:19")
    s = generic_sender("mailer@amazon-certification.support", "193.42.33.150", "smtp.amazon-certification.support",
                       [("amazon-certification.support", "mail")], "amazon-certification.support")
    res = {"spf": "pass", "dkim": [("amazon-certification.support", "pass")],
           "dmarc": ("pass", "amazon-certification.support", "NONE")}
    t = ("Dear AWS Certified Professional,\n\n"
         "Your AWS Certification accounts have been merged successfully (Case ID: 9920418823, reference "
         "AWS-MRG-88213).\n\n"
         "To keep your certifications and digital badges active on the merged account, you must re-confirm "
         "your identity within 48 hours:\n\n"
         "https://amazon-certification.support/account/reconfirm?u=%s\n\n"
         "Failure to do so will result in the certifications being revoked.\n\n"
         "Thank you,\nAWS Certification Team\n" % rnd_hex(16))
    mime = text_part(to_html(t, "plain"), "html", "windows-1252", "qp")
    build("accounts-merged-reconfirm-identity", L("merge_completed", "9920418823", [], False),
          frm=("AWS Certification", "no-reply@amazon-certification.support"), to=C_USER[1],
          subject="Your AWS Certification accounts have been merged", date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("outlook", s, d, C_USER[1], res), new=t)

    # K4: fake Credly in Japanese
    d = D("2025-03-14 11:02:55")
    s = generic_sender("info@credly-notification.com", "103.151.22.84", "mail.credly-notification.com",
                       [], "credly-notification.com")
    res = {"spf": "pass", "dmarc": ("none", "credly-notification.com", "NONE")}
    t = ("渡辺 様\n\n"
         "AWS 認定アカウントの統合に伴い、お客様のデジタルバッジが新しいアカウントへ移行されました。\n"
         "下のボタンから 72 時間以内にバッジを受け取ってください。期限を過ぎるとバッジは失効します。\n\n"
         "▶ バッジを受け取る: http://credly-notification.com/badge/accept?id=%s\n\n"
         "Credly サポートチーム\n" % rnd_hex(12))
    mime = text_part(t, "plain", "utf-8", "b64")
    build("credly-notification-badge-ikou", L("credly_badge_issued", None, [], False, "ja"),
          frm=("Credly", "info@credly-notification.com"), to=B_USER[1],
          subject="【Credly】アカウント統合後のバッジ受け取りのお願い", date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("jp:mx.nifty.com", s, d, B_USER[1], res), new=t)


thread_k()

# ---------------- Unrelated look-alikes
def unrelated():
    # U1: Seller Central case that "merged" two detail pages
    d = D("2025-04-22 17:09:51")
    s = ses_sender(d)
    rc = "orders@kyoto-tea-house.com"
    t = ("Hello,\n\n"
         "Thank you for contacting Amazon Selling Partner Support.\n\n"
         "As requested, I have merged the two detail pages (ASIN B08QX4T7LM and B08QX52KHD) into a single "
         "variation family under the parent ASIN B0CZ91RRT2. The change can take up to 24 hours to show on the "
         "website. No further action is needed from your side.\n\n"
         "Was this e-mail helpful? Please let us know by selecting one of the links below.\n"
         "Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=6120339845&ans=yes\n"
         "No:  https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=6120339845&ans=no\n\n"
         "We appreciate your business.\n\n"
         "Thank you,\nKavya\nAmazon Selling Partner Support\n\n"
         "To respond to this case, please visit: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120339845\n")
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(to_html(t, "plain"), "html", "utf-8", "qp"))
    build("seller-central-detail-pages", L("unrelated", "6120339845", [], True),
          frm=("Amazon Selling Partner Support", "sellercentral-support@amazon.com"), to=rc,
          subject="RE:[CASE 6120339845] Merge duplicate listings into one variation family", date=d, mime=mime,
          msgid=s["msgid"], trace_lines=trace("gsuite:kyoto-tea-house.com", s, d, rc, AWS_PASS()),
          extra=SES_EXTRA(d, s["ip"]), new=t)

    # U2: Japanese AWS billing case about consolidated billing (一括請求 / 統合)
    d = D("2025-04-03 06:48:20")
    bcid = cid15(D("2025-04-02 23:10:42"), 4410)
    s = ses_sender(d)
    t = ("渡辺 様\n\n"
         "Amazon Web Services 請求サポートの山田でございます。\n"
         "お問い合わせいただきありがとうございます。\n\n"
         "2 つの AWS アカウント（1234-5678-9012 / 2109-8765-4321）の請求を 1 つにまとめたいとのご要望について、"
         "ご案内いたします。\n\n"
         "AWS Organizations で組織を作成し、もう一方のアカウントを招待していただくと、"
         "招待を承認した時点から両アカウントの利用料金が管理アカウントに統合され、一括請求となります。\n"
         "なお、AWS アカウント自体を 1 つに統合することはできませんので、あらかじめご了承ください。\n\n"
         "手順の詳細は以下のドキュメントをご参照ください。\n"
         "https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html\n\n"
         "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
         "山田\nAmazon Web Services\n")
    body = t + "\n" + CONSOLE_FOOTER_JA.format(cid=bcid)
    mime = alt(text_part(body, "plain", "iso-2022-jp", "7bit"), text_part(to_html(body), "html", "utf-8", "qp"))
    build("console-reply-watanabe-ikkatsu-seikyu", L("unrelated", bcid, [], True, "ja"),
          frm=("Amazon Web Services", CONSOLE_ADDR), to=B_USER[1],
          subject="RE:[CASE %s] 2つのアカウントの請求の統合について" % bcid, date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("jp:mx.nifty.com", s, d, B_USER[1], AWS_PASS()), extra=SES_EXTRA(d, s["ip"]),
          new=t, subj_charset="iso-2022-jp")

    # U3: CertMetrics survey about the exam experience
    d = D("2025-05-29 15:20:00")
    s = generic_sender("bounces@mail.certmetrics.com", "198.2.180.39", "mail180-39.suw21.mandrillapp.com",
                       [("certmetrics.com", "mte1"), ("mandrillapp.com", "mandrill")], "certmetrics.com")
    res = {"spf": "pass", "dkim": [("certmetrics.com", "pass"), ("mandrillapp.com", "pass")],
           "dmarc": ("pass", "certmetrics.com", "NONE")}
    t = ("AWS Certification wants to hear from you\n\n"
         "Hello Priya,\n\n"
         "AWS Certification is committed to continually improving the candidate experience. Please take a few "
         "minutes to tell us about your recent experience with the AWS Certification program, from scheduling "
         "to receiving your result.\n\n"
         "Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s\n\n"
         "AWS Certification Candidate ID: AWS09921534\n\n"
         "Thank you,\nAWS Training and Certification\n\n"
         "This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply.\n" % rnd_hex(32))
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(to_html(t, "plain"), "html", "utf-8", "qp"))
    build("certmetrics-wants-to-hear", L("unrelated", None, [A_KEEP], False),
          frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=A_USER[1],
          subject="AWS Certification wants to hear from you", date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("gmail", s, d, A_USER[1], res), new=t)

    # U4: Credly's own self-service account merge code
    d = D("2025-06-20 08:44:37")
    s = credly_sender(d)
    code = "%06d" % R.randint(0, 999999)
    t = ("Confirm your account merge\n\n"
         "Hi Sofia,\n\n"
         "We received a request to merge the Credly account sofia.m@studenti.unibo.it into the account you are "
         "signed in to. To finish, enter this verification code on the merge page:\n\n"
         "    %s\n\n"
         "Or click here: https://www.credly.com/users/merge/complete?token=%s\n\n"
         "This code expires in 30 minutes. If you didn't request this, you can safely ignore this e-mail.\n\n"
         "Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n" % (code, rnd_hex(40)))
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:520px;margin:auto\">"
         "<h2>Confirm your account merge</h2><p>Hi Sofia,</p><p>We received a request to merge the Credly account "
         "sofia.m@studenti.unibo.it into the account you are signed in to. To finish, enter this verification code on the merge page:</p>"
         "<p style=\"font-size:28px;letter-spacing:6px;font-weight:bold\">%s</p>"
         "<p><a href=\"https://www.credly.com/users/merge/complete\" style=\"background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none\">Complete Account Merge</a></p>"
         "<p style=\"font-size:12px;color:#777\">This code expires in 30 minutes.</p></div></body></html>" % code)
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(h, "html", "utf-8", "qp"))
    build("credly-merge-code-marin", L("unrelated", None, [], True),
          frm=("Credly", "admin@credly.com"), to=J_USER[1], subject="Your Credly account merge code",
          date=d, mime=mime, msgid=s["msgid"], trace_lines=trace("gmail", s, d, J_USER[1], CREDLY_PASS()), new=t)

    # U5: GitHub "merged" notification
    d = D("2025-08-22 09:15:44")
    s = generic_sender("noreply@github.com", "192.30.252.201", "out-18.smtp.github.com",
                       [("github.com", "pf2023")], "github.com")
    s["msgid"] = "<lferreira/cert-tracker/pull/412/issue_event/%d@github.com>" % R.randint(10**10, 10**11)
    res = {"spf": "pass", "dkim": [("github.com", "pass")], "dmarc": ("pass", "github.com", "REJECT")}
    t = ("Merged #412 into main.\n\n"
         "--\n"
         "Reply to this email directly, view it on GitHub:\n"
         "https://github.com/lferreira/cert-tracker/pull/412#event-%d\n"
         "You are receiving this because you authored the thread.\n\n"
         "Message ID: <lferreira/cert-tracker/pull/412/issue_event/%d@github.com>\n"
         % (R.randint(10**10, 10**11), R.randint(10**10, 10**11)))
    h = ("<p></p><p>Merged <a class=\"issue-link\" href=\"https://github.com/lferreira/cert-tracker/pull/412\">#412</a> into main.</p>"
         "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
         "<a href=\"https://github.com/lferreira/cert-tracker/pull/412\">view it on GitHub</a>.<br>"
         "You are receiving this because you authored the thread.</p>")
    mime = alt(text_part(t, "plain", "UTF-8", "7bit"), text_part(h, "html", "UTF-8", "7bit"))
    build("github-pr-412-merged", L("unrelated", None, [], False),
          frm=("Jonas Keller", "notifications@github.com"), to=F_USER[1],
          subject="Re: [lferreira/cert-tracker] Merge duplicate certification accounts by candidate ID (PR #412)",
          date=d, mime=mime, msgid=s["msgid"], reply_to="lferreira/cert-tracker <reply+%s@reply.github.com>" % rnd_alnum(40).upper(),
          in_reply_to="<lferreira/cert-tracker/pull/412@github.com>",
          references="<lferreira/cert-tracker/pull/412@github.com>",
          trace_lines=trace("gmail", s, d, F_USER[1], res),
          extra=["X-GitHub-Reason: author", "List-ID: lferreira/cert-tracker <cert-tracker.lferreira.github.com>",
                 "X-GitHub-Sender: jkeller-dev", "Precedence: list"], new=t)

    # U6: Pearson VUE appointment confirmation in Japanese
    d = D("2024-11-05 10:31:12")
    s = generic_sender("pearsonvuecustomerservice@pearson.com", "159.182.16.12", "mx-out12.pearson.com",
                       [("pearson.com", "s2048")], "pearson.com")
    res = {"spf": "pass", "dkim": [("pearson.com", "pass")], "dmarc": ("pass", "pearson.com", "REJECT")}
    t = ("佐藤 智子 様\n\n"
         "Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。\n\n"
         "試験: AWS Certified Solutions Architect - Associate (SAA-C03)\n"
         "言語: 日本語\n"
         "日時: 2024年12月3日(火) 10:00 JST\n"
         "会場: OnVUE オンライン試験\n"
         "候補者 ID: AWS06612049\n"
         "登録 ID: 512284703\n\n"
         "予約の変更・キャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。\n\n"
         "Pearson VUE\n")
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(to_html(t, "plain"), "html", "utf-8", "qp"))
    build("pearsonvue-yoyaku-kakunin", L("unrelated", None, [E_OLD], False, "ja"),
          frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=E_USER[1],
          subject="Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Associate", date=d, mime=mime,
          msgid=s["msgid"], trace_lines=trace("jp:biglobe.ne.jp", s, d, E_USER[1], res), new=t,
          subj_charset="iso-2022-jp")

    # U7: phishing that is not about the merge
    d = D("2023-05-11 04:52:33")
    s = generic_sender("alerts@aws-billing-alerts.com", "91.215.85.140", "vps-85-140.hostzone.ws",
                       [], "aws-billing-alerts.com")
    res = {"spf": "softfail", "dmarc": ("none", "aws-billing-alerts.com", "NONE")}
    t = ("Dear customer,\n\n"
         "We were unable to charge your payment method for your AWS account. As a result, your account has "
         "been temporarily suspended and your running resources will be deleted in 24 hours.\n\n"
         "Update your payment information now: http://aws-billing-alerts.com/billing/update?acct=%s\n\n"
         "Amazon Web Services Billing\n" % rnd_hex(10))
    mime = text_part(to_html(t, "plain"), "html", "utf-8", "qp")
    build("aws-account-suspended-payment", L("unrelated", None, [], False),
          frm=("AWS Billing", "alerts@aws-billing-alerts.com"), to=C_USER[1],
          subject="Action required: your AWS account has been suspended", date=d, mime=mime, msgid=s["msgid"],
          trace_lines=trace("outlook", s, d, C_USER[1], res), new=t)

    # U8: Credly expiry reminder (genuine Credly, not a badge issue)
    d = D("2025-09-02 13:05:40")
    s = credly_sender(d)
    t = ("Priya, your badge is expiring soon\n\n"
         "Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification "
         "expires on December 1, 2025.\n\n"
         "To keep your badge active, recertify before the expiry date. Learn how: "
         "https://aws.amazon.com/certification/recertification/\n\n"
         "View your badge: https://www.credly.com/badges/%s-%s-%s-%s-%s\n\n"
         "Credly, Inc. | 1 Battery Park Plaza, New York, NY 10004\n"
         % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12)))
    mime = alt(text_part(t, "plain", "utf-8", "qp"), text_part(to_html(t, "plain"), "html", "utf-8", "qp"))
    build("credly-expiring-priya", L("unrelated", None, [], True),
          frm=("Credly", "admin@credly.com"), to=A_USER[1],
          subject="Your AWS Certified Cloud Practitioner badge expires in 90 days", date=d, mime=mime,
          msgid=s["msgid"], trace_lines=trace("gmail", s, d, A_USER[1], CREDLY_PASS()), new=t)


unrelated()

# === END MAILS ===


# ---------------------------------------------------------------- write + check
ID_RE = re.compile(r"\baws[\s\-]?(\d{8})\b", re.I)


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text or "")})


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        try:
            out.append(payload.decode(cs, "replace"))
        except LookupError:
            out.append(payload.decode("utf-8", "replace"))
    from email.header import decode_header, make_header
    subj = str(make_header(decode_header(msg.get("Subject", ""))))
    return subj + "\n" + "\n".join(out)


def main():
    import email
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R2 = random.Random(9251)
    R2.shuffle(order)
    labels = {}
    problems = 0
    for n, idx in enumerate(order, 1):
        slug, raw, label, new = MAILS[idx]
        name = "%03d-%s.eml" % (n, slug)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
        msg = email.message_from_bytes(raw)
        text = decoded_text(msg)
        for a in label["account_ids"]:
            num = a[3:]
            if not re.search(r"aws[\s\-]?" + num, text, re.I):
                print("MISSING id", a, "in", name); problems += 1
        if label["case_id"] and label["case_id"] not in text:
            print("MISSING case", label["case_id"], "in", name); problems += 1
        if new is not None and ids_in(new) != label["account_ids"]:
            print("ID MISMATCH", name, ids_in(new), label["account_ids"]); problems += 1
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg.get(h):
                print("NO HEADER", h, name); problems += 1
        if msg.defects:
            print("DEFECTS", name, msg.defects)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), "mails;", dict(Counter(l["kind"] for l in labels.values())),
          dict(Counter(l["language"] for l in labels.values())),
          dict(Counter(str(l["sender_verified"]) for l in labels.values())), "problems:", problems)


if __name__ == "__main__":
    main()
