#!/usr/bin/env python3
"""Generator for blind set 179: non-native English support desks, AWS Certification
account merge mail plus look-alikes. Writes NNN-*.eml and labels.json here."""
import base64, hashlib, json, os, quopri, random, re, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.header import Header
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(179)
POL = _policy.compat32.clone(max_line_length=None, linesep="\n")
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = timezone(timedelta(hours=9))

MAILS = []   # (fname, Message, label)

# ---------------------------------------------------------------- small helpers
def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def b64junk(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))

def dt(s, tz=UTC):
    """'2025-05-28 08:02:13' -> aware datetime (UTC by default)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def rfc(d, tz=UTC, zname=False):
    d = d.astimezone(tz)
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    if zname:
        s += " (%s)" % d.tzname()
    return s

def rfc_nopad(d, tz=UTC):
    d = d.astimezone(tz)
    return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")

def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), R.randint(100, 99999))

def ses_msgid(d, dom="email.amazonses.com"):
    ms = int(d.timestamp() * 1000)
    return "<%s-%s-%s-%s-%s-%s-000000@%s>" % (
        "0100%012x" % ms, hx(8), hx(4), hx(4), hx(4), hx(12), dom)

def enc_subject(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(
        linesep="\n")

def enc_name(name, addr, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, charset).encode(), addr)

def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable",
             label=None, codec=None):
    raw = text.replace("\r\n", "\n").encode(codec or charset)
    p = Message(policy=POL)
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        pl = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        pl = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        pl = raw.decode("ascii")
    else:  # 8bit
        pl = raw.decode("ascii", "surrogateescape")
    p.set_payload(pl)
    return p

def multipart(sub, parts, boundary):
    m = Message(policy=POL)
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (sub, boundary)
    m.set_payload(list(parts))
    return m

def aws_boundary(d):
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999),
                                   R.randint(10000000, 999999999),
                                   int(d.timestamp() * 1000))

def gm_boundary():
    return "000000000000" + hx(16)

def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=UTF-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;"
            "color:#16191f\">\n%s\n</body></html>\n") % (title, inner)

def p2html(text):
    """plain paragraphs -> simple html"""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = esc.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % q.replace("\n", "<br>\n") for q in paras)

# ---------------------------------------------------------------- senders
AWS_SES_IPS = ["54.240.8.31", "54.240.8.87", "54.240.9.12", "54.240.11.38",
               "54.240.48.94", "23.251.234.7", "54.240.13.71", "54.240.27.16"]
AMZ_SEL = "szqgv33erturdv5cvz4vtb5qcbgo2d5u"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"

def dkim_sig(d, domain, selector, hlist, t_ofs=0):
    t = int(d.timestamp()) + t_ofs
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s\n\t%s") % (selector, domain, t, hlist, b64junk(43),
                               b64junk(70), b64junk(102))

# ---------------------------------------------------------------- receivers
def ar_text(style, res):
    """res: dict(dkim=[(result, domain, selector)], spf=(result, mailfrom, ip),
    dmarc=(result, fromdom, policy) or None).  Returns A-R value for a style."""
    dk = res.get("dkim", [])
    spf = res["spf"]
    dm = res.get("dmarc")
    if style == "gmail":
        lines = []
        for r_, d_, s_ in dk:
            lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
                r_, d_, s_, b64junk(8)))
        if spf[0] == "pass":
            lines.append("spf=pass (google.com: domain of %s designates %s as "
                         "permitted sender) smtp.mailfrom=%s" % (spf[1], spf[2], spf[1]))
        elif spf[0] == "softfail":
            lines.append("spf=softfail (google.com: domain of transitioning %s does "
                         "not designate %s as permitted sender) smtp.mailfrom=%s" % (
                             spf[1], spf[2], spf[1]))
        else:
            lines.append("spf=%s (google.com: domain of %s does not designate %s as "
                         "permitted sender) smtp.mailfrom=%s" % (spf[0], spf[1], spf[2], spf[1]))
        if dm:
            lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                dm[0], dm[2], dm[2], "NONE" if dm[0] == "pass" else dm[2], dm[1]))
        return "mx.google.com;\n       " + ";\n       ".join(lines)
    if style == "outlook":
        s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (
            spf[0], spf[2], spf[1].split("@")[-1])
        if dk:
            r_, d_, _ = dk[0]
            s += "dkim=%s (%s)\n header.d=%s;" % (
                r_, "signature was verified" if r_ == "pass" else
                "signature did not verify", d_)
        else:
            s += "dkim=none (message not signed)\n header.d=none;"
        if dm:
            s += "dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s" % (
                dm[0], "none" if dm[0] == "pass" else "quarantine", dm[1],
                "pass" if dm[0] == "pass" else "fail",
                "100" if dm[0] == "pass" else "000")
        return s
    if style.startswith("jp:"):
        host = style[3:]
        parts = ["spf=%s smtp.mailfrom=%s" % (spf[0], spf[1])]
        for r_, d_, s_ in dk:
            parts.append("dkim=%s header.d=%s" % (r_, d_))
        if dm:
            parts.append("dmarc=%s header.from=%s" % (dm[0], dm[1]))
        return host + ";\n\t" + ";\n\t".join(parts)
    if style == "yahoo":
        host = "atlas%d.free.mail.ne1.yahoo.com" % R.randint(100, 400)
        parts = []
        for r_, d_, s_ in dk:
            parts.append("dkim=%s header.i=@%s header.s=%s" % (r_, d_, s_))
        parts.append("spf=%s smtp.mailfrom=%s" % (spf[0], spf[1].split("@")[-1]))
        if dm:
            parts.append("dmarc=%s(p=%s) header.from=%s" % (dm[0], dm[2], dm[1]))
        return host + ";\n " + ";\n ".join(parts) + ";"
    if style == "proton":
        parts = []
        for r_, d_, s_ in dk:
            parts.append("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=\"%s\"" % (r_, d_, d_, s_, b64junk(8)))
        parts.append("spf=%s smtp.mailfrom=%s" % (spf[0], spf[1]))
        if dm:
            parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dm[0], dm[2].lower(), dm[1]))
        return "mail.protonmail.ch;\n\t" + ";\n\t".join(parts)
    if style == "fastmail":
        parts = ["dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (r_, d_, d_, b64junk(8), s_) for r_, d_, s_ in dk]
        parts.append("dmarc=%s policy.published-domain-policy=%s header.from=%s" % (
            dm[0], dm[2].lower(), dm[1]) if dm else "dmarc=none")
        parts.append("iprev=pass smtp.remote-ip=%s" % spf[2])
        parts.append("spf=%s smtp.mailfrom=%s smtp.helo=%s" % (spf[0], spf[1], "a8-31.smtp-out.amazonses.com"))
        return "mx4.messagingengine.com;\n    " + ";\n    ".join(parts)
    raise ValueError(style)

def transport(style, rcpt, d, src_host, src_ip, mailfrom, res, delay=2):
    """Headers the receiving side adds (top of message), list of (name, value)."""
    t = d + timedelta(seconds=delay)
    H = []
    if style == "gmail":
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s" % (
            hx(4), hx(4), hx(3), hx(4), hx(4), R.choice(["k15", "r7", "c19", "w3"]),
            R.randint(1000000, 9999999), R.choice(["pxb", "lqc", "ywh"]), rfc(t, PT, True))))
        H.append(("X-Google-Smtp-Source", "AGHT+I" + b64junk(80)))
        H.append(("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id af79cd13be357-7cd%s;\n        %s" % (
            hx(4), hx(3), hx(4), hx(7), rfc(t, PT, True))))
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (int(t.timestamp()), b64junk(70), b64junk(70))))
        H.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (b64junk(43), b64junk(43), b64junk(70))))
        H.append(("ARC-Authentication-Results", "i=1; " + ar_text("gmail", res)))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id af79cd13be357-7cd%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            src_host, src_host, src_ip, hx(6), R.randint(100000000, 999999999), R.randint(10, 999),
            t.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, rfc(t, PT, True))))
        spf = res["spf"]
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf[0], spf[1], "designates" if spf[0] == "pass" else "does not designate", src_ip, src_ip)))
        H.append(("Authentication-Results", ar_text("gmail", res)))
    elif style == "outlook":
        H.append(("Received", "from DM6PR02MB%d.namprd02.prod.outlook.com (2603:10b6:5:%s::%s) by\n SA1PR02MB%d.namprd02.prod.outlook.com with HTTPS; %s" % (
            R.randint(1000, 9999), hx(3), hx(2), R.randint(1000, 9999), rfc(t, UTC))))
        H.append(("Received", "from BN9PR03CA0%d.namprd03.prod.outlook.com (2603:10b6:408:%s::%s)\n by DM6PR02MB%d.namprd02.prod.outlook.com (2603:10b6:5:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            R.randint(100, 999), hx(3), hx(2), R.randint(1000, 9999), hx(3), hx(2),
            R.randint(7000, 8999), R.randint(10, 40), rfc(t, UTC))))
        H.append(("Authentication-Results", ar_text("outlook", res)))
        spf = res["spf"]
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
            spf[0].capitalize(), spf[1].split("@")[-1],
            "designates" if spf[0] == "pass" else "does not designate", src_ip, src_ip, src_host)))
        H.append(("Received", "from %s (%s) by\n BN2PEPF000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (
            src_host, src_ip, hx(5).upper(), R.randint(2, 250), R.randint(7000, 8999), R.randint(10, 40), rfc(t, UTC))))
        H.append(("Return-Path", mailfrom))
    elif style.startswith("jp:"):
        host = style[3:]
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src_host, src_host, src_ip, host, hx(11).upper(), rcpt, rfc(t, JST, True))))
        H.append(("Authentication-Results", ar_text(style, res)))
    elif style == "yahoo":
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %d.%d.%d.%d by atlas%d.free.mail.ne1.yahoo.com pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s" % (
            10, R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), R.randint(100, 400), R.randint(100, 400), hx(10), rfc(t, UTC))))
        H.append(("X-Originating-Ip", "[%s]" % src_ip))
        H.append(("Received-SPF", "%s (domain of %s designates %s as permitted sender)" % (spf_of(res), mailfrom.split("@")[-1], src_ip)))
        H.append(("Authentication-Results", ar_text("yahoo", res)))
        H.append(("X-Apparently-To", "%s; %s" % (rcpt, rfc(t, UTC))))
        H.append(("Received", "from %s (EHLO %s) (%s)\n by 10.253.%d.%d with SMTPs; %s" % (
            src_host, src_host, src_ip, R.randint(1, 250), R.randint(1, 250), rfc(t, UTC))))
    elif style == "proton":
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("X-Original-To", rcpt))
        H.append(("Delivered-To", rcpt))
        H.append(("Authentication-Results", ar_text("proton", res)))
        H.append(("Authentication-Results", "mail.protonmail.ch; arc=none smtp.remote-ip=%s" % src_ip))
        H.append(("Received", "from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin%03d.protonmail.ch (Postfix) with ESMTPS id 4Z%s for <%s>; %s" % (
            src_host, src_host, src_ip, R.randint(10, 60), b64junk(10).replace("/", "x").replace("+", "y"), rcpt, rfc(t, UTC))))
    elif style == "fastmail":
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (R.randint(10, 60), hx(8), rfc(t, ZoneInfo("America/New_York")))))
        H.append(("X-Cyrus-Session-Id", "sloti%d-%d-%d" % (R.randint(10, 60), int(t.timestamp()), R.randint(100000, 999999))))
        H.append(("X-Sieve", "CMU Sieve 3.0"))
        H.append(("X-Spam-Known-Sender", "no"))
        H.append(("X-Spam-Score", "0.0"))
        H.append(("Authentication-Results", ar_text("fastmail", res)))
        H.append(("Received", "from mx4.messagingengine.com (localhost [127.0.0.1])\n\t  by mailmx.nyi.internal (Postfix) with ESMTP id %s\n\t  for <%s>; %s" % (hx(10).upper(), rcpt, rfc(t, ZoneInfo("America/New_York")))))
        H.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (src_host, src_host, src_ip, rcpt, rfc(t, ZoneInfo("America/New_York")))))
    elif style == "none":
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s ([%s])\n\tby mail.%s (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src_host, src_ip, rcpt.split("@")[-1], hx(12).upper(), rcpt, rfc(t, ZoneInfo("Europe/Berlin")))))
    else:
        raise ValueError(style)
    return H

def spf_of(res):
    return res["spf"][0]

def ses_res(mailfrom, ip, ok=True, from_dom="amazon.com", sel=AMZ_SEL):
    if ok:
        return dict(dkim=[("pass", from_dom, sel), ("pass", "amazonses.com", SES_SEL)],
                    spf=("pass", mailfrom, ip), dmarc=("pass", from_dom, "QUARANTINE"))
    return dict(dkim=[("pass", "amazonses.com", SES_SEL)],
                spf=("pass", mailfrom, ip), dmarc=("fail", from_dom, "QUARANTINE"))

def ses_sender_headers(d, from_dom="amazon.com"):
    ip = R.choice(AWS_SES_IPS)
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3]) \
        if ip.startswith("54.240") else "e234-7.smtp-out.us-east-2.amazonses.com"
    mailfrom = ses_msgid(d)[1:-1].split("@")[0] + "@amazonses.com"  # SES bounce address
    return ip, host, mailfrom

# ---------------------------------------------------------------- assemble
def assemble(fname, label, *, top, sender_hdrs, date, from_, to, subject, msgid,
             body, extra=(), cc=None, reply_to=None, after=()):
    """top: list of receiver headers (top first); sender_hdrs: e.g. DKIM-Signature;
    body: Message part (text or multipart)."""
    m = Message(policy=POL)
    for k, v in top:
        m[k] = v
    for k, v in sender_hdrs:
        m[k] = v
    m["Date"] = date
    m["From"] = from_
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Message-ID"] = msgid
    m["Subject"] = subject
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    for k, v in after:
        m[k] = v
    m.set_payload(body.get_payload())
    MAILS.append((fname, m, label))
    return m

def L(kind, case_id, accounts, verified, lang="en"):
    ids = sorted(set(re.sub(r"[^0-9]", "", a).rjust(8, "0") for a in accounts))
    return {"kind": kind, "case_id": case_id, "account_ids": ["AWS" + i for i in ids],
            "sender_verified": verified, "language": lang}

def aws_mail(fname, label, *, user, rstyle, d, sender_name, sender_addr, subject,
             body, ok=True, from_dom="amazon.com", extra=(), to=None, delay=None,
             subj_charset="utf-8"):
    """Genuine (or spoofed when ok=False) SES mail from an amazon.com address."""
    ip, host, mailfrom = ses_sender_headers(d)
    res = ses_res(mailfrom, ip, ok=ok, from_dom=from_dom)
    top = transport(rstyle, user[1], d, host, ip, mailfrom, res,
                    delay=delay if delay is not None else R.randint(1, 4))
    sh = []
    if ok:
        sh.append(("DKIM-Signature", dkim_sig(d, from_dom, AMZ_SEL,
                                              "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")))
    sh.append(("DKIM-Signature", dkim_sig(d, "amazonses.com", SES_SEL,
                                          "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")))
    ex = list(extra) + [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64junk(43)),
                        ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip))]
    return assemble(fname, label, top=top, sender_hdrs=sh, date=rfc(d, UTC),
                    from_=enc_name(sender_name, sender_addr), to=to or user_addr(user),
                    subject=enc_subject(subject, subj_charset), msgid=ses_msgid(d),
                    body=body, extra=ex)

def user_addr(user):
    name, addr = user[0], user[1]
    return addr if R.random() < 0.5 else enc_name(name, addr)

def aws_alt(d, plain, html=None, charset="UTF-8", cte="quoted-printable", hcte=None):
    if html is None:
        html = html_wrap(p2html(plain))
    return multipart("alternative", [
        textpart(plain, "plain", charset, cte),
        textpart(html, "html", charset, hcte or cte)], aws_boundary(d))

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

def form_subj(case, prefix="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (prefix, case)

# ---------------------------------------------------------------- quoting
def q(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l else pre for l in text.split("\n"))

def gmail_attr(d, name, addr, tz=UTC):
    d = d.astimezone(tz)
    h = d.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b ") + str(d.day) + d.strftime(", %Y"), h,
        d.strftime("%M"), d.strftime("%p"), name, addr)

def outlook_block(d, name, addr, to, subject, tz=UTC):
    d = d.astimezone(tz)
    return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s"
            % (name, addr, d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ")
               + d.strftime("%I:%M %p").lstrip("0"), to, subject))

def jp_attr(d, name, addr):
    d = d.astimezone(JST)
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, addr)

# ================================================================ MAILS

U_TOMASZ = ("Tomasz Wiśniewski", "t.wisniewski88@gmail.com")
U_LUCAS = ("Lucas Ferreira", "lucas.ferreira.dev@outlook.com")
U_KENTA = ("佐藤 健太", "kenta.sato@nifty.com")
U_AISHA = ("Aisha Bello", "aisha.bello@yahoo.com")
U_DUC = ("Nguyen Minh Duc", "minhduc.ng.cloud@gmail.com")
U_RAHUL = ("Rahul Mehta", "rahul.mehta@proton.me")
U_MISAKI = ("山田 美咲", "misaki-yamada@ocn.ne.jp")
U_ELENA = ("Elena Popescu", "elena.popescu@fastmail.com")
U_MARCO = ("Marco Bianchi", "marco.bianchi.it@gmail.com")
U_SIPHO = ("Sipho Dlamini", "sipho.dlamini@outlook.com")

def gen_mail(fname, label, *, user, rstyle, d, from_, subject, body, mailfrom, ip,
             host, res, dkim_domains=(), msgid=None, extra=(), to=None, top_extra=(),
             reply_to=None, cc=None, dkim_sel="s1"):
    """Non-SES mail (Credly, GitHub, phishing, CertMetrics ...)."""
    top = transport(rstyle, user[1], d, host, ip, mailfrom, res, delay=R.randint(1, 6)) \
        if rstyle else []
    top = list(top_extra) + top
    sh = [("DKIM-Signature", dkim_sig(d, dd, dkim_sel, "from:subject:date:to:mime-version:content-type:message-id"))
          for dd in dkim_domains]
    return assemble(fname, label, top=top, sender_hdrs=sh, date=rfc(d, UTC),
                    from_=from_, to=to or user_addr(user), subject=subject,
                    msgid=msgid or "<%s@%s>" % (hx(24), mailfrom.split("@")[-1]),
                    body=body, extra=extra, reply_to=reply_to, cc=cc)

def credly_res(mailfrom, ip, dom="credly.com"):
    return dict(dkim=[("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")],
                spf=("pass", mailfrom, ip), dmarc=("pass", dom, "REJECT"))

def credly_mail(fname, label, *, user, rstyle, d, subject, plain, html,
                sender="admin@credly.com", name="Amazon Web Services Training and Certification via Credly",
                html_only=False):
    dom = sender.split("@")[1]
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    host = "o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), "em.credly.com" if dom == "credly.com" else "email.youracclaim.com")
    local = user[1].replace("@", "=")
    mailfrom = "bounces+%d-%s-%s@em%d.%s" % (R.randint(1000000, 9999999), hx(4), local, R.randint(1000, 9999), dom)
    if html_only:
        body = textpart(html, "html", "utf-8", "quoted-printable")
    else:
        body = multipart("alternative", [textpart(plain, "plain", "utf-8", "quoted-printable"),
                                         textpart(html, "html", "utf-8", "quoted-printable")],
                         hx(64)[:60])
    return gen_mail(fname, label, user=user, rstyle=rstyle, d=d,
                    from_=enc_name(name, sender), subject=subject, body=body,
                    mailfrom=mailfrom, ip=ip, host=host, res=credly_res(mailfrom, ip, dom),
                    dkim_domains=(dom, "sendgrid.info"),
                    msgid="<%s@geopod-ismtpd-%d>" % (b64junk(22).replace("/", "_").replace("+", "-"), R.randint(1, 40)),
                    extra=[("X-SG-EID", b64junk(60)), ("X-Entity-ID", b64junk(22))])

SIG_SAI = """Thanks and Regards,
Sai Krishna
AWS Training and Certification Customer Support
Amazon Web Services"""

# ------------------------------------------------ thread A: Tomasz, form desk, India
A_OPEN = dt("2025-05-26 19:41:07")
A_CASE = case15(A_OPEN)

def mail_001():
    d = A_OPEN + timedelta(seconds=23)
    plain = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and a case has been created with the reference number {A_CASE}.

Our team will review your inquiry and get back to you within 24 hours. Please do not submit new form for the same request, this will create duplicate case and it may delay the response to you.

Below is a copy of your submission:

Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS04417823
Email address: t.wisniewski88@gmail.com
Description: Hello, I have two certification accounts, old one is with my university email (candidate id aws09912345) and new one with gmail. Please merge them and keep the new one with gmail because university email will be closed soon. Thank you

Kind regards,
AWS Training and Certification Customer Support

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Avenue North, Seattle, WA 98109.
"""
    aws_mail("001-form-ack-case-opened.eml", L("case_created", A_CASE, ["AWS04417823", "AWS09912345"], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE,
             body=aws_alt(d, plain))

def mail_002():
    d = dt("2025-05-27 10:15:44")
    plain = f"""Hello Tomasz,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your certification accounts. This is Sai Krishna and I will be assisting you on this case.

I have went through your request and I could see the candidate ID AWS04417823 is active with your gmail address, however for the second account we are unable to locate any profile with the ID provided by you (AWS-09912345). Kindly share the below details so that we can able to proceed further on your request:

1. Login email address of both the accounts
2. Notification email address, if it is different from the login email
3. Full name as mentioned in both the accounts

Request you to please revert back at the earliest by replying on this same email thread only, do not raise a new case for the same as it will delay the process.

{SIG_SAI}
"""
    aws_mail("002-agent-asks-login-emails.eml", L("support_reply", A_CASE, ["AWS04417823", "AWS09912345"], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(A_CASE), body=aws_alt(d, plain))

A_REQ_TEXT = f"""Hello Tomasz,

Thank you for the revert with the requested information.

As per the details shared by you, please find below the accounts which will be merge:

Account to be retained (primary): AWS04417823 - t.wisniewski88@gmail.com
Account to be merged (secondary): AWS09921345 - tomasz.wisniewski@student.pwr.edu.pl

Post merging, all the certifications, exam history and benefits available in the secondary account will be moved into primary account and the secondary account will be deactivated. Kindly note that once the merge is done the same cannot be reversed back.

Request you to kindly confirm the above details are correct by replying to this email, so that we can go ahead and process the merge.

{SIG_SAI}"""
A_REQ_DATE = dt("2025-05-28 08:02:13")

def mail_003():
    d = A_REQ_DATE
    user_reply = """Hello Sai,

login emails are:
- t.wisniewski88@gmail.com (this is the new account, AWS04417823)
- tomasz.wisniewski@student.pwr.edu.pl (old, from university)

Sorry, the old ID I wrote with mistake, correct is AWS09921345. Name on both is Tomasz Wisniewski.

Best,
Tomasz"""
    plain = A_REQ_TEXT + f"""

---------- Original Message ----------
From: t.wisniewski88@gmail.com
Sent: 2025-05-27 16:48 UTC
Subject: RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{user_reply}
"""
    aws_mail("003-confirm-merge-request-india.eml", L("merge_confirmation_requested", A_CASE, ["AWS04417823", "AWS09921345"], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(A_CASE), body=aws_alt(d, plain))

def mail_004():
    d = dt("2025-05-28 14:30:52")
    u_d = dt("2025-05-28 09:11:40")
    new = f"""Hello Tomasz,

Thank you for the confirmation.

We have initiated the merge request with our backend team and will update you as soon as the same is completed from their end. Usually it takes 24 to 48 business hours, kindly bear with us till then. No further action required from your side at this moment.

{SIG_SAI}
"""
    plain = new + f"""
---------- Original Message ----------
From: t.wisniewski88@gmail.com
Sent: 2025-05-28 09:11 UTC
Subject: Re: RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Tomasz

{gmail_attr(A_REQ_DATE, "Amazon Web Services", FORM[1], ZoneInfo("Europe/Warsaw"))}

{q(A_REQ_TEXT)}
"""
    aws_mail("004-thanks-for-confirming-will-proceed.eml", L("support_reply", A_CASE, [], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(A_CASE), body=aws_alt(d, plain))

def mail_005():
    d = dt("2025-05-29 06:55:03")
    plain = f"""Hello Tomasz,

Greetings of the day!

We are happy to inform you that your accounts has been merged successfully as per your request. From now you can login with t.wisniewski88@gmail.com and under the candidate ID AWS04417823 you will be able to see all your certifications and exam history. The account aws09921345 is deactivated now and can no longer be used for login.

Please allow 24-48 hours for the Credly badges to reflect in your Credly account. In case you face any issue do let us know by replying to this email.

It was pleasure assisting you. Have a nice day ahead!

{SIG_SAI}
"""
    html = html_wrap(p2html(plain).replace("merged successfully", "<b>merged successfully</b>"))
    aws_mail("005-merge-completed-greetings-of-day.eml", L("merge_completed", A_CASE, ["AWS04417823", "AWS09921345"], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(A_CASE), body=aws_alt(d, plain, html, cte="base64"))

def mail_006():
    d = dt("2025-05-29 06:56:41")
    plain = f"""Hello,

Your support case {A_CASE} with AWS Training and Certification has been marked as resolved.

We would love to hear about your experience. Your feedback help us to improve our service.

Was your issue resolved?
YES: https://support.aws.amazon.com/survey/tc?caseId={A_CASE}&resolved=yes
NO:  https://support.aws.amazon.com/survey/tc?caseId={A_CASE}&resolved=no

If your issue is not resolved, you can reply to this email within 7 days to reopen the case.

Thank you,
AWS Training and Certification
"""
    inner = f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your support case <b>{A_CASE}</b> with AWS Training and Certification has been marked as resolved.</p>
<p>We would love to hear about your experience. Your feedback help us to improve our service.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/survey/tc?caseId={A_CASE}&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://support.aws.amazon.com/survey/tc?caseId={A_CASE}&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 24px;text-decoration:none">NO</a></p>
<p>If your issue is not resolved, you can reply to this email within 7 days to reopen the case.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>"""
    aws_mail("006-case-resolved-was-issue-resolved.eml", L("survey", A_CASE, [], True),
             user=U_TOMASZ, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="Your case %s has been resolved - tell us how we did" % A_CASE,
             body=aws_alt(d, plain, html_wrap(inner, "Case resolved")))

def mail_007():
    d = dt("2025-05-30 17:22:09")
    plain = """Amazon Web Services Training and Certification has issued you a badge

Hi Tomasz,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature, and let employers verify your achievement.

Accept your badge: https://www.credly.com/earner/earned/badge/7c1e2f0a-93b4-4d5e-8a61-2fb0c4d7e915

This badge was issued to t.wisniewski88@gmail.com. If this badge was not meant for you, you can ignore this message.

Credly, Inc. | 401 Park Avenue South, New York, NY 10016
Unsubscribe: https://www.credly.com/notification_settings
"""
    html = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #e0e0e0"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect - Associate">
<h2 style="font-family:Helvetica,Arial">Amazon Web Services Training and Certification has issued you a badge</h2>
<p>Hi Tomasz,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e2f0a-93b4-4d5e-8a61-2fb0c4d7e915" style="display:inline-block;background:#2f6fdb;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">This badge was issued to t.wisniewski88@gmail.com.</p>
</td></tr></table>
<p style="font-size:11px;color:#999">Credly, Inc. | 401 Park Avenue South, New York, NY 10016 | <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>
</td></tr></table>""", "Credly")
    credly_mail("007-credly-badge-issued-saa.eml", L("credly_badge_issued", None, [], True),
                user=U_TOMASZ, rstyle="gmail", d=d,
                subject="Amazon Web Services Training and Certification has issued you a badge",
                plain=plain, html=html)

for _f in (mail_001, mail_002, mail_003, mail_004, mail_005, mail_006, mail_007):
    _f()

# ------------------------------------------------ thread B: Lucas, console 2022, Brazil
B_CASE = "10527368421"
B_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % B_CASE

def console_footer(case):
    return f"""We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

{{sig}}

====================================================================
Learn to work with the AWS Support Center at: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html
===================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the link above to return to the AWS Support Center.*"""

SIG_BIANCA = "Best regards,\nBianca S.\nAmazon Web Services"

def mail_008():
    d = dt("2022-08-15 13:07:52")
    plain = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {B_CASE} to address your issue.

The details of your case are as follows:

Case ID: {B_CASE}
Subject: Merge of two AWS Certification accounts
Severity: General guidance
Correspondence: Hi, I have two accounts in AWS Certification, AWS 22871034 (current email) and AWS 30019877 (email from my old job). I would like to have everything in one account. Is it possible?

Thanks,
Lucas

To update your case or to reply to this email, please sign in to the AWS Support Center:
{B_URL}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
====================================================================
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, Washington 98109-5210
"""
    aws_mail("008-console-case-opened-2022.eml", L("case_created", B_CASE, ["AWS22871034", "AWS30019877"], True),
             user=U_LUCAS, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="Amazon Web Services: You have opened a new Support case: %s" % B_CASE,
             body=aws_alt(d, plain), to=U_LUCAS[1])

def mail_009():
    d = dt("2022-08-16 11:40:18")
    html = html_wrap(f"""<div style="max-width:640px">
<p>Dear AWS customer,</p>
<p>We have updated your support case. A new correspondence was added by AWS Support on case <b>{B_CASE}</b>, &quot;Merge of two AWS Certification accounts&quot;.</p>
<p>To see the correspondence and to reply, please sign in to the AWS Support Center:<br>
<a href="{B_URL}">{B_URL.replace('&', '&amp;')}</a></p>
<p><i>Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the link above to return to the AWS Support Center.</i></p>
<p>Sincerely,<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div>""", "AWS Support")
    aws_mail("009-console-new-correspondence-notice.eml", L("support_reply", B_CASE, [], True),
             user=U_LUCAS, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="[Case %s] New correspondence added" % B_CASE,
             body=textpart(html, "html", "UTF-8", "quoted-printable"), to=U_LUCAS[1])

def mail_010():
    d = dt("2022-08-16 11:40:11")
    plain = f"""Hello Lucas,

I hope this message find you well!

My name is Bianca and I am the responsible for your case today. I saw here that you have two accounts of certification, the AWS22871034 (lucas.ferreira.dev@outlook.com) and the AWS30019877 (lucas.ferreira@antigaempresa.com.br), and you want to unify both in only one.

For me to continue with the process, I need that you inform me which of the two accounts you wish to keep as the principal, because the other one will be inactivated after the procedure. Also, if possible, tell me if you still have access to the e-mail of the old company, this help us for validate that the account is yours.

I stay at your disposal for any doubt.

""" + console_footer(B_CASE).replace("{sig}", SIG_BIANCA) + "\n"
    aws_mail("010-brazil-agent-which-account-keep.eml", L("support_reply", B_CASE, ["AWS22871034", "AWS30019877"], True),
             user=U_LUCAS, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Merge of two AWS Certification accounts" % B_CASE,
             body=aws_alt(d, plain), to=U_LUCAS[1])

def mail_011():
    d = dt("2022-08-17 14:22:35")
    plain = f"""Hello again Lucas,

Thank you for the return and for the informations.

Then it stays like this: the account AWS22871034 (lucas.ferreira.dev@outlook.com) will be the principal and will continue active, and the account AWS30019877 will be incorporated on it, with all the certifications and the historic of exams. After this the AWS30019877 stays inactive and you will not can login on it anymore.

I need to reinforce that this procedure is definitive, after done is not possible to revert. So, can you please to confirm for me, responding here in the Support Center, that you agree with the unification in this way? Only after your OK I will send for the responsible team to execute.

""" + console_footer(B_CASE).replace("{sig}", SIG_BIANCA) + "\n"
    aws_mail("011-brazil-agent-confirm-unification.eml", L("merge_confirmation_requested", B_CASE, ["AWS22871034", "AWS30019877"], True),
             user=U_LUCAS, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Merge of two AWS Certification accounts" % B_CASE,
             body=aws_alt(d, plain, cte="base64"), to=U_LUCAS[1])

def mail_012():
    d = dt("2022-08-19 09:05:47")
    plain = f"""Hello Lucas,

Good news! The responsible team finalized the unification of your accounts. Now all your certifications are in the account AWS22871034 and you can access with your e-mail lucas.ferreira.dev@outlook.com normally, the old one was inactivated like we talked.

The badges of Credly can take some days for to appear, if they not appear in 5 days you can open a new case and we check.

As your request was attended, I am going to put this case as resolved. It was a pleasure to help you, have a great week!

""" + console_footer(B_CASE).replace("{sig}", SIG_BIANCA) + "\n"
    aws_mail("012-brazil-unification-finalized-case-resolved.eml", L("merge_completed", B_CASE, ["AWS22871034"], True),
             user=U_LUCAS, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Merge of two AWS Certification accounts" % B_CASE,
             body=aws_alt(d, plain), to=U_LUCAS[1])

# ------------------------------------------------ thread C: Kenta, Japanese form desk
C_OPEN = dt("2024-11-12 02:13:45")
C_CASE = case15(C_OPEN)
JP_SIG = "田中\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services"

def mail_013():
    d = C_OPEN + timedelta(seconds=41)
    plain = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お客様のお問い合わせを受け付け、ケース番号 {C_CASE} を作成いたしました。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにフォームを送信されますと、重複したケースが作成され、
対応が遅れる場合がございますので、ご注意ください。

■ お問い合わせ内容
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 受験者 ID: AWS52018834
内容: 認定アカウントが2つあります（AWS52018834 と AWS 61177420）。
個人のメールアドレス（kenta.sato@nifty.com）の方を残して統合をお願いします。

本メールは送信専用のアドレスから送信されています。

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail("013-ja-form-ack-uketsuke.eml", L("case_created", C_CASE, ["AWS52018834", "AWS61177420"], True, "ja"),
             user=U_KENTA, rstyle="jp:mx.nifty.com", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="[CASE %s] お問い合わせを受け付けました - account-assistance" % C_CASE,
             subj_charset="iso-2022-jp",
             body=textpart(plain, "plain", "ISO-2022-JP", "7bit", codec="iso-2022-jp"))

C_REQ = f"""佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの田中でございます。

この度はアカウント統合のご依頼をいただき、誠にありがとうございます。
確認いたしましたところ、以下の 2 つの認定アカウントが存在しておりました。

  統合後に残るアカウント　　　　　　: AWS52018834（kenta.sato@nifty.com）
  統合される（無効化される）アカウント: AWS61177420（k-sato@hayabusa-sys.co.jp）

統合を実施いたしますと、AWS61177420 に登録されている認定資格および受験履歴は
すべて AWS52018834 に移行され、AWS61177420 はご利用いただけなくなります。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信いただき、統合を進めてよい旨を
お知らせいただけますでしょうか。
お客様からのご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

{JP_SIG}"""
C_REQ_DATE = dt("2024-11-13 00:47:09")

def mail_014():
    d = C_REQ_DATE
    html = html_wrap(p2html(C_REQ))
    body = multipart("alternative", [textpart(C_REQ + "\n", "plain", "Shift_JIS", "base64", codec="cp932"),
                                     textpart(html.replace("UTF-8", "Shift_JIS"), "html", "Shift_JIS", "base64", codec="cp932")],
                     aws_boundary(d))
    aws_mail("014-ja-merge-kakunin-irai-sjis.eml", L("merge_confirmation_requested", C_CASE, ["AWS52018834", "AWS61177420"], True, "ja"),
             user=U_KENTA, rstyle="jp:mx.nifty.com", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(C_CASE), body=body)

def mail_015():
    d = dt("2024-11-14 05:30:22")
    u_d = dt("2024-11-13 01:21:00")
    plain = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定の田中でございます。

ご返信いただき、ありがとうございました。
大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合が
完了いたしましたので、ご報告いたします。

今後は AWS52018834（kenta.sato@nifty.com）にてサインインいただきますと、
すべての認定資格および受験履歴をご確認いただけます。
なお、Credly のデジタルバッジの反映には数日程度かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。
今後ともよろしくお願い申し上げます。

{JP_SIG}

-----Original Message-----
From: 佐藤 健太 <kenta.sato@nifty.com>
Sent: {rfc(u_d, JST)}
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance

田中様

ご連絡ありがとうございます。
上記の内容で問題ありません。統合を進めてください。

佐藤

{jp_attr(C_REQ_DATE, "Amazon Web Services", FORM[1])}
{q(C_REQ)}
"""
    aws_mail("015-ja-merge-kanryo-iso2022jp.eml", L("merge_completed", C_CASE, ["AWS52018834"], True, "ja"),
             user=U_KENTA, rstyle="jp:mx.nifty.com", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(C_CASE),
             body=textpart(plain, "plain", "ISO-2022-JP", "7bit", codec="iso-2022-jp"))

def mail_016():
    d = dt("2024-11-14 05:31:10")
    html = html_wrap(f"""<table width="600" style="border:1px solid #d5dbdb" cellpadding="20"><tr><td>
<p>佐藤 健太 様</p>
<p>ケース <b>{C_CASE}</b> は解決済みとしてクローズされました。</p>
<p>今回のサポートについて、ぜひご意見をお聞かせください。いただいたご意見は、サービス向上のために活用させていただきます。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://support.aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;r=1">はい</a> ／ <a href="https://support.aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;r=0">いいえ</a></p>
<p>担当者の対応を 5 段階で評価する: <a href="https://support.aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;rate=5">★★★★★</a></p>
<p>ケースを再開する場合は、7 日以内に本メールへご返信ください。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table>""", "ケースがクローズされました")
    aws_mail("016-ja-case-closed-survey.eml", L("survey", C_CASE, [], True, "ja"),
             user=U_KENTA, rstyle="jp:mx.nifty.com", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="ケース %s はクローズされました - ご意見をお聞かせください" % C_CASE,
             body=textpart(html, "html", "UTF-8", "base64"))

for _f in (mail_008, mail_009, mail_010, mail_011, mail_012, mail_013, mail_014, mail_015, mail_016):
    _f()

# ------------------------------------------------ thread D: Aisha, 10-digit case 2019, Romania
D_CASE = "6104738291"
SIG_IOANA = "Kind regards,\nIoana\nAWS Certification Support"

D_FIRST = f"""Hello Aisha,

Thank you for contacting AWS Certification.

I understood that you have more than one certification account and you want to have them merged. I found account AWS00563312 with email aisha.bello@yahoo.com and account AWS00987145 which I believe it is also yours. To continue, please send us the email addresses used for each of the accounts and which one you want to keep it as main account.

{SIG_IOANA}"""

def mail_017():
    d = dt("2019-06-20 08:14:37")
    first_d = dt("2019-06-17 07:52:10")
    plain = f"""Hello Aisha,

We did not received your response since 3 days regarding to the merging request of your certification accounts. In order for us to continue, please to send us the informations requested in my previous email (see below).

If we will not receive any answer in next 72 hours, case will be closed automatically, but you can reopen it anytime by reply to this email.

{SIG_IOANA}

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {rfc(first_d)}
To: aisha.bello@yahoo.com
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{D_FIRST}
"""
    aws_mail("017-chaser-no-response-3-days.eml", L("support_reply", D_CASE, [], True),
             user=U_AISHA, rstyle="yahoo", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(D_CASE), body=textpart(plain, "plain", "us-ascii", "7bit"))

D_REQ = f"""Hello Aisha,

Thank you for revert. I have checked and actually there are three accounts on your name, not two:

- AWS00563312 - aisha.bello@yahoo.com
- AWS00987145 - a.bello@lagostechhub.ng
- aws01022376 - aishabello.dev@gmail.com (this one was created probably when you have scheduled the exam in 2018)

Our proposal is to merge accounts AWS00987145 and AWS01022376 into AWS00563312, which remain the only active account and it will contain all your certifications (Cloud Practitioner, Developer - Associate). The other two accounts will be closed.

Please be aware this operation is not reversible. Can you confirm you agree with this, by reply to this email with "I confirm"? Until we have your confirmation we will not do any change on the accounts.

{SIG_IOANA}"""
D_REQ_DATE = dt("2019-06-24 12:03:55")

def mail_018():
    d = D_REQ_DATE
    aws_mail("018-three-accounts-merge-proposal.eml", L("merge_confirmation_requested", D_CASE, ["AWS00563312", "AWS00987145", "AWS01022376"], True),
             user=U_AISHA, rstyle="yahoo", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(D_CASE), body=aws_alt(d, D_REQ + "\n"))

def mail_019():
    d = dt("2019-06-26 16:41:02")
    u_d = dt("2019-06-24 19:30:12")
    plain = f"""Hi Aisha,
merge done, all 3 accts now under AWS00563312. pls login with aisha.bello@yahoo.com and check ur certs are there, if smth missing just reply here
tks
Ioana
AWS Certification Support

-----Original Message-----
From: Aisha Bello <aisha.bello@yahoo.com>
Sent: {rfc(u_d)}
Subject: Re: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

I confirm. Thank you so much Ioana!

On Monday, June 24, 2019, 1:03:55 PM GMT+1, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{q(D_REQ)}
"""
    aws_mail("019-mobile-typed-merge-done.eml", L("merge_completed", D_CASE, ["AWS00563312"], True),
             user=U_AISHA, rstyle="yahoo", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(D_CASE, "RE: "), body=aws_alt(d, plain))

# ------------------------------------------------ thread E: Duc, Gmail, Costa Rica
E_OPEN = dt("2025-02-03 03:18:29")
E_CASE = case15(E_OPEN)
SIG_ANDRES = "Saludos / Regards,\nAndrés M.\nAWS Training and Certification Customer Service"

E_REQ = f"""Hi Duc,

Thanks for contact AWS Training and Certification, my name is Andrés and I will be helping you with your case.

I was reviewing the information and I found both profiles, the AWS71820463 that is registered with minhduc.ng.cloud@gmail.com and the AWS70035519 with duc.nguyen@saigonsoft.vn. Like you asked, the profile that will remain is AWS71820463 and the AWS70035519 will be merged into it.

Once the merge is complete we will send you a notification and your certifications and benefits (like the 50% discount voucher) will appear in the remaining profile, also the Credly badges will be moved.

But before we go ahead I need you to please confirm me that this information is correct, because after we do the merge we can not go back. Just reply this email saying that you agree.

{SIG_ANDRES}"""
E_REQ_DATE = dt("2025-02-04 16:09:12")

def mail_020():
    d = E_REQ_DATE
    aws_mail("020-costa-rica-confirm-once-complete.eml", L("merge_confirmation_requested", E_CASE, ["AWS70035519", "AWS71820463"], True),
             user=U_DUC, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(E_CASE), body=aws_alt(d, E_REQ + "\n"))

E_USER1 = """Hi Andres,

Yes I agree, the information is correct. Please do the merge.

Thank you,
Duc"""

def mail_021():
    d = dt("2025-02-05 15:44:30")
    u_d = dt("2025-02-05 01:12:09")
    plain = f"""Hi Duc,

Thank you for the confirmation, we already sent the request to the team in charge. Right now it is in process, it can take until 3-5 business days depending of the volume of requests, but don't worry we are on top of it and we will keep you posted.

{SIG_ANDRES}

On Wed, Feb 5, 2025 at 8:12 AM Nguyen Minh Duc <minhduc.ng.cloud@gmail.com> wrote:
{q(E_USER1)}
>
> {gmail_attr(E_REQ_DATE, "Amazon Web Services", FORM[1], ZoneInfo("Asia/Ho_Chi_Minh"))}
>
{q(E_REQ, 2)}
"""
    aws_mail("021-costa-rica-in-process-keep-posted.eml", L("support_reply", E_CASE, [], True),
             user=U_DUC, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(E_CASE), body=aws_alt(d, plain))

def mail_022():
    d = dt("2025-02-06 17:20:03")
    plain = f"""Hi Duc,

About your question of the exam voucher: the 50% discount voucher that you earned for pass the AWS Certified Developer - Associate will stay available, you find it in the Benefits section of your certification account. For the moment you still see it in the old profile because the process is not finished yet, but it will be moved automatically, no need to do nothing from your side.

About the exam that you have scheduled for February 20 with Pearson VUE, it will not be affected, you can present it normally.

{SIG_ANDRES}

On Thu, Feb 6, 2025 at 9:02 AM Nguyen Minh Duc <minhduc.ng.cloud@gmail.com> wrote:
> Hi Andres, one more question. I have a 50% voucher in the old account
> (AWS70035519), will I lose it? And I have an exam booked on 20 Feb, is it ok?
>
> Thanks
> Duc
"""
    aws_mail("022-costa-rica-answers-voucher-question.eml", L("support_reply", E_CASE, [], True),
             user=U_DUC, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(E_CASE), body=aws_alt(d, plain))

def mail_023():
    d = dt("2025-02-07 19:55:41")
    plain = f"""Hi Duc,

Good news, the team finished the process: your two certification profiles are now consolidated in only one, the AWS71820463. You can sign in with minhduc.ng.cloud@gmail.com and you will see there all your certifications, the exam history and the voucher in the Benefits section. The profile AWS-70035519 was deactivated and you can not sign in on it anymore.

If the Credly badges are not showing in the next 48 hours let me know please.

Have a nice day!
{SIG_ANDRES}
"""
    aws_mail("023-costa-rica-profiles-consolidated.eml", L("merge_completed", E_CASE, ["AWS70035519", "AWS71820463"], True),
             user=U_DUC, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(E_CASE), body=aws_alt(d, plain, cte="base64"))

for _f in (mail_017, mail_018, mail_019, mail_020, mail_021, mail_022, mail_023):
    _f()

# ------------------------------------------------ thread F: Rahul, console 2024, Philippines
F_OPEN = dt("2024-09-09 04:52:10")
F_CASE = case15(F_OPEN)
F_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % F_CASE
SIG_JERICHO = "Best regards,\nJericho D.\nAmazon Web Services"

def mail_024():
    d = F_OPEN + timedelta(seconds=6)
    html = html_wrap(f"""<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:18px">Amazon Web Services</td></tr>
<tr><td style="padding:20px">
<p>Dear AWS customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {F_CASE} to address your issue.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Case ID</b></td><td>{F_CASE}</td></tr>
<tr><td><b>Subject</b></td><td>Certification - merge duplicate candidate accounts</td></tr>
<tr><td><b>Severity</b></td><td>General question</td></tr>
<tr><td valign="top"><b>Correspondence</b></td><td>Hi team, I accidentally created second certification account when booking my SAP exam. Candidate IDs are AWS88213407 (main) and aws-90442718. Please merge into the main one. Regards, Rahul</td></tr>
</table>
<p>You can view and update your case in the <a href="{F_URL.replace('&', '&amp;')}">AWS Support Center</a>.</p>
<p style="font-size:12px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the link above to return to the AWS Support Center.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table>""", "Support case opened")
    aws_mail("024-console-case-opened-html-only.eml", L("case_created", F_CASE, ["AWS88213407", "AWS90442718"], True),
             user=U_RAHUL, rstyle="proton", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="Amazon Web Services: You have opened a new Support case: %s" % F_CASE,
             body=textpart(html, "html", "UTF-8", "quoted-printable"))

def mail_025():
    d = dt("2024-09-10 02:31:48")
    plain = f"""Hello Rahul,

Good day! Thank you for reaching out to AWS Support, this is Jericho and I will be the one who will assist you regarding your concern.

Please be informed that in order for us to process your request of merging AWS88213407 and AWS 90442718, we will be needing the following details from your end:

 a) The notification email address of each account (this is the email where you are receiving your exam results)
 b) Reason for the merging (ex. changed company, created new account by mistake)
 c) Which account you would like to be retained

Kindly update the case via Support Center with the said details so we can endorse it to our Certification team. Rest assured that we will do our very best to have this resolved at the soonest possible time.

Thank you for your patience and understanding. Keep safe!

""" + console_footer(F_CASE).replace("{sig}", SIG_JERICHO).replace(
        "https://console.aws.amazon.com", "https://support.console.aws.amazon.com") + "\n"
    aws_mail("025-philippines-needs-notification-emails.eml", L("support_reply", F_CASE, ["AWS88213407", "AWS90442718"], True),
             user=U_RAHUL, rstyle="proton", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Certification - merge duplicate candidate accounts" % F_CASE,
             body=aws_alt(d, plain))

def mail_026():
    d = dt("2024-09-13 08:12:30")
    plain = f"""Dear AWS customer,

Your support case {F_CASE}, "Certification - merge duplicate candidate accounts", has been resolved.

How satisfied were you with the support you received? Please take a moment to rate your experience:

Very satisfied: https://support.console.aws.amazon.com/support/feedback?displayId={F_CASE}&score=5
Satisfied: https://support.console.aws.amazon.com/support/feedback?displayId={F_CASE}&score=4
Neutral: https://support.console.aws.amazon.com/support/feedback?displayId={F_CASE}&score=3
Dissatisfied: https://support.console.aws.amazon.com/support/feedback?displayId={F_CASE}&score=2
Very dissatisfied: https://support.console.aws.amazon.com/support/feedback?displayId={F_CASE}&score=1

If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days:
{F_URL}

Sincerely,
Amazon Web Services
"""
    aws_mail("026-console-case-resolved-rate-experience.eml", L("survey", F_CASE, [], True),
             user=U_RAHUL, rstyle="proton", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="Amazon Web Services: Your Support case %s has been resolved" % F_CASE,
             body=aws_alt(d, plain))

def mail_027():
    d = dt("2024-09-14 21:03:55")
    badges = ["AWS Certified Solutions Architect - Professional",
              "AWS Certified Solutions Architect - Associate",
              "AWS Certified Cloud Practitioner"]
    plain = ("Hi Rahul,\n\nAmazon Web Services Training and Certification has issued you 3 badges. "
             "Accept them to start sharing your achievements.\n\n" +
             "\n".join("- %s" % b for b in badges) +
             "\n\nAccept your badges: https://www.credly.com/earner/earned\n\n"
             "These badges were issued to rahul.mehta@proton.me.\n\n"
             "Credly, Inc. | 401 Park Avenue South, New York, NY 10016\n")
    rows = "\n".join('<tr><td style="padding:6px"><img src="https://images.credly.com/size/80x80/images/%s/image.png" width="48"></td><td>%s</td></tr>' % (hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), b) for b in badges)
    html = html_wrap(f"""<div style="max-width:560px;margin:auto;text-align:center">
<h2>You have 3 new badges</h2>
<p>Hi Rahul,</p>
<p>Amazon Web Services Training and Certification has issued you 3 badges. Accept them to start sharing your achievements.</p>
<table align="center">{rows}</table>
<p><a href="https://www.credly.com/earner/earned" style="background:#2f6fdb;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p style="font-size:12px;color:#777">These badges were issued to rahul.mehta@proton.me.</p>
</div>""", "Credly")
    credly_mail("027-credly-three-badges-after-merge.eml", L("credly_badge_issued", None, [], True),
                user=U_RAHUL, rstyle="proton", d=d,
                subject="Amazon Web Services Training and Certification has issued you 3 badges",
                plain=plain, html=html)

def mail_028():
    d = dt("2020-01-09 15:47:21")
    plain = """Congratulations, Aisha!

You've earned a badge from Amazon Web Services Training and Certification: AWS Certified Developer - Associate.

Claim your badge by clicking the link below to share it with your network.

Accept badge: https://www.youracclaim.com/earner/earned/badge/2b0f4a1c-58e3-4f0b-9c1d-7a43e6b21f88

Questions? Visit our FAQ: https://support.youracclaim.com

Acclaim is a service of Credly, Inc.
"""
    html = html_wrap("""<div style="width:560px;margin:auto">
<p style="font-size:20px">Congratulations, Aisha!</p>
<p>You've earned a badge from Amazon Web Services Training and Certification: <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/2b0f4a1c-58e3-4f0b-9c1d-7a43e6b21f88" style="background:#1e88e5;color:#fff;padding:10px 24px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#999">Acclaim is a service of Credly, Inc.</p></div>""", "Acclaim")
    credly_mail("028-acclaim-badge-earned-2020.eml", L("credly_badge_issued", None, [], True),
                user=U_AISHA, rstyle="yahoo", d=d,
                subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification!",
                plain=plain, html=html, sender="admin@youracclaim.com",
                name="Amazon Web Services Training and Certification via Acclaim")

def mail_029():
    d = dt("2025-03-02 14:00:12")
    plain = """Hi Marco,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on April 1, 2025.

To keep your badge active, please visit the issuer's website for information on how to recertify. After it expires, the badge will still appear on your profile marked as expired.

View badge: https://www.credly.com/badges/5e2a91f7-0c4d-4b8e-a3f6-1d9e8c7b2a40

Credly, Inc. | 401 Park Avenue South, New York, NY 10016
Manage notification settings: https://www.credly.com/notification_settings
"""
    html = html_wrap(p2html(plain), "Credly")
    credly_mail("029-credly-badge-expires-soon.eml", L("unrelated", None, [], True),
                user=U_MARCO, rstyle="gmail", d=d,
                subject="Your AWS Certified Cloud Practitioner badge expires in 30 days",
                plain=plain, html=html, name="Credly")

def mail_030():
    d = dt("2024-10-21 09:26:44")
    plain = """Hi Rahul,

We received a request to merge another Credly account (rahul.mehta.work@gmail.com) into your account rahul.mehta@proton.me.

Your verification code is: 482 913

Enter this code on the merge page, or click the link below to complete the account merge. The code is valid for 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=9c4f2e7a1b8d4c3e

After the merge, all badges from the other account will be moved to this account and the other account will be closed.

If you did not request this, you can ignore this email.

The Credly Team
"""
    html = html_wrap(p2html(plain).replace("Complete Account Merge: ", "").replace(
        "https://www.credly.com/users/account_merges/confirm?token=9c4f2e7a1b8d4c3e",
        '<a href="https://www.credly.com/users/account_merges/confirm?token=9c4f2e7a1b8d4c3e" style="background:#2f6fdb;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a>'), "Credly")
    credly_mail("030-credly-self-service-merge-code.eml", L("unrelated", None, [], True),
                user=U_RAHUL, rstyle="proton", d=d,
                subject="Your Credly account merge verification code",
                plain=plain, html=html, name="Credly")

def mail_031():
    d = dt("2022-08-22 03:15:09")
    html = html_wrap("""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="badge">
<p style="font-size:22px;margin:16px 0">Lucas, you earned a badge!</p>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Developer &ndash; Associate</b> badge. It is ready for you to accept.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a47d0e3b-6a1c-4f29-8e55-03b9c2d7f611" style="display:inline-block;background:#2f6fdb;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#757575">Sent to lucas.ferreira.dev@outlook.com</p>
</td></tr></table>
<p style="font-size:11px;color:#9e9e9e">&copy; 2022 Credly, Inc. All rights reserved.<br>401 Park Avenue South, New York, NY 10016</p>
</td></tr></table>""", "Credly")
    credly_mail("031-credly-badge-html-only-outlook.eml", L("credly_badge_issued", None, [], True),
                user=U_LUCAS, rstyle="outlook", d=d,
                subject="Lucas, you earned a badge from Amazon Web Services Training and Certification",
                plain=None, html=html, html_only=True)

for _f in (mail_024, mail_025, mail_026, mail_027, mail_028, mail_029, mail_030, mail_031):
    _f()

# ------------------------------------------------ unrelated look-alikes and phishing
def mail_032():
    d = dt("2025-04-14 10:27:31")
    plain = """Hello,

Greetings from Amazon Selling Partner Support!

I understand that your listing for ASIN B0C7X2L9QM is suppressed from the detail page and you want to know the reason for the same.

I have checked and found that the main image is not meeting our image requirements as it is having text and the background is not pure white (RGB 255,255,255). Kindly update the main image as per the style guide and the listing will become active within 24 to 48 hours post the update.

Also, as you asked, the two SKUs you have created for the same ASIN will not be merged automatically, you need to delete the duplicate SKU from Manage Inventory.

Hope this helps. Have a great day ahead!

Thank you for selling on Amazon,
Deepak R.
Amazon Selling Partner Support

Was this email helpful? Yes / No
https://sellercentral.amazon.com/cu/case-lobby?caseID=5884881212
"""
    aws_mail("032-seller-central-case-listing-suppressed.eml", L("unrelated", "5884881212", [], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name="Amazon Selling Partner Support",
             sender_addr="seller-support-notification@amazon.com",
             subject="RE:[CASE 5884881212] Listing suppressed - ASIN B0C7X2L9QM",
             body=aws_alt(d, plain), to=U_SIPHO[1])

G_OPEN = dt("2025-03-11 07:02:55")
G_CASE = case15(G_OPEN)

def mail_033():
    d = dt("2025-03-11 18:40:14")
    plain = f"""Hello Sipho,

Thank you for contacting AWS Billing and Accounts, my name is Mahmoud and I am handling your case regarding the unexpected charges for EC2 in af-south-1.

I have reviewed your account and I see that since 3rd of March your account has become member account of an AWS Organization, because of this from now all the charges of your account will be merged to the invoice of the management account and you will not see separate bill anymore. The charges you saw on your card belong for the days before joining the Organization, for this they are correct.

In case you have any other question kindly reply on this case via Support Center and I will be more than happy to help you.

""" + console_footer(G_CASE).replace("{sig}", "Best regards,\nMahmoud A.\nAmazon Web Services") + "\n"
    aws_mail("033-aws-billing-case-organization.eml", L("unrelated", G_CASE, [], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Unexpected charges for EC2 in af-south-1" % G_CASE,
             body=aws_alt(d, plain), to=U_SIPHO[1])

def mail_034():
    d = dt("2023-03-21 05:47:12")
    case = "12298374056"
    plain = f"""Hello,

Thank you for your patience.

We are pleased to inform you that your service quota increase request has been approved and implemented successfully. Please find below the details:

Region: Asia Pacific (Singapore)
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 64 vCPUs

Kindly note it can take up to 30 minutes for the new limit to be effective in your account. We are closing this case from our end, in case you need any further help kindly revert back on the same case.

""" + console_footer(case).replace("{sig}", "Best regards,\nKiran P.\nAmazon Web Services") + "\n"
    aws_mail("034-quota-increase-approved-closing.eml", L("unrelated", case, [], True),
             user=U_DUC, rstyle="gmail", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] Limit Increase: EC2 Instances" % case,
             body=aws_alt(d, plain))

def std_res(dom, mailfrom, ip, dk="pass", dm="pass", pol="REJECT", spf="pass", dkim_dom=None):
    return dict(dkim=[(dk, dkim_dom or dom, "s1")], spf=(spf, mailfrom, ip),
                dmarc=(dm, dom, pol))

def mail_035():
    d = dt("2025-06-03 16:05:40")
    mf = "bounce-%d@mail.certmetrics.com" % R.randint(100000, 999999)
    ip = "198.2.%d.%d" % (R.randint(128, 190), R.randint(1, 250))
    plain = """Dear Tomasz Wisniewski,

AWS Certification wants to hear from you!

Thank you for being part of the AWS Certified community. We are conducting a short survey (about 10 minutes) to understand how AWS Certification helps you in your career and how we can improve the certification experience.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=8f3a1c

Your feedback is anonymous and will be used only for program improvement.

Thank you,
AWS Certification

This message was sent to you by AWS Certification through CertMetrics. Please do not reply to this email.
"""
    body = multipart("alternative", [textpart(plain, "plain", "utf-8", "quoted-printable"),
                                     textpart(html_wrap(p2html(plain)), "html", "utf-8", "quoted-printable")],
                     "_----------=_" + str(R.randint(10**15, 10**16)))
    gen_mail("035-certmetrics-wants-to-hear-from-you.eml", L("unrelated", None, [], False),
             user=U_TOMASZ, rstyle="gmail", d=d,
             from_="AWS Certification <do-not-reply@certmetrics.com>",
             subject="AWS Certification wants to hear from you", body=body, mailfrom=mf, ip=ip,
             host="mail%d.certmetrics.com" % R.randint(10, 40),
             res=std_res("certmetrics.com", mf, ip, pol="NONE"), dkim_domains=("certmetrics.com",))

def mail_036():
    d = dt("2025-02-05 09:33:18")
    mf = "pvue-noreply@pearson.com"
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    plain = """Dear Nguyen Minh Duc,

Thank you for scheduling your exam with Pearson VUE. This email confirms your exam appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Thursday, February 20, 2025
Time: 9:00 AM Indochina Time
Location: Online (OnVUE)
Registration ID: 512008744
Candidate ID: AWS71820463

Please review the testing policies and run the system test before exam day: https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    body = multipart("alternative", [textpart(plain, "plain", "windows-1252", "quoted-printable"),
                                     textpart(html_wrap(p2html(plain)), "html", "windows-1252", "quoted-printable")],
                     "----=_NextPart_%s" % hx(24))
    gen_mail("036-pearson-vue-appointment-confirmation.eml", L("unrelated", None, ["AWS71820463"], False),
             user=U_DUC, rstyle="gmail", d=d,
             from_="Pearson VUE <pearsonvuecustomerservice@pearson.com>",
             subject="Pearson VUE Confirmation of Booking", body=body, mailfrom=mf, ip=ip,
             host="mta%d.pearson.com" % R.randint(1, 9),
             res=std_res("pearson.com", mf, ip, pol="QUARANTINE"), dkim_domains=("pearson.com",))

def mail_037():
    d = dt("2025-05-26 19:20:02")
    plain = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to confirm your email address:

Verification code: 618204

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
    ip = R.choice(AWS_SES_IPS)
    mf = ses_msgid(d)[1:-1].split("@")[0] + "@amazonses.com"
    body = multipart("alternative", [textpart(plain, "plain", "UTF-8", "quoted-printable"),
                                     textpart(html_wrap(p2html(plain)), "html", "UTF-8", "quoted-printable")],
                     aws_boundary(d))
    gen_mail("037-builder-id-verification-code-no-ar.eml", L("unrelated", None, [], None),
             user=("Elena Popescu", "elena@popescu-it.de"), rstyle="none", d=d,
             from_="AWS <no-reply@signin.aws>", subject="Verify your AWS Builder ID email address",
             body=body, mailfrom=mf, ip=ip, host="e234-7.smtp-out.us-east-2.amazonses.com" if ip.startswith("23.") else "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
             res=None, dkim_domains=("signin.aws", "amazonses.com"), msgid=ses_msgid(d))

def mail_038():
    d = dt("2025-05-28 12:14:09")
    mf = "noreply@github.com"
    ip = "192.30.252.%d" % R.randint(192, 211)
    plain = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/twisniewski/terraform-aws-cert-lab/pull/42#event-17845521930
You are receiving this because you authored the thread.

Message ID: <twisniewski/terraform-aws-cert-lab/pull/42/issue_event/17845521930@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/twisniewski/terraform-aws-cert-lab/pull/42">#42</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/twisniewski/terraform-aws-cert-lab/pull/42#event-17845521930">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3XK7.gif" height="1" width="1" alt="" /></p>
"""
    body = multipart("alternative", [textpart(plain, "plain", "UTF-8", "7bit"),
                                     textpart(html, "html", "UTF-8", "7bit")],
                     "--==_mimepart_%s_%d" % (hx(13), R.randint(10, 99)))
    gen_mail("038-github-pr-merged-notification.eml", L("unrelated", None, [], False),
             user=U_TOMASZ, rstyle="gmail", d=d,
             from_="Kacper Zielinski <notifications@github.com>",
             subject="Re: [twisniewski/terraform-aws-cert-lab] Merge account module into core stack (PR #42)",
             body=body, mailfrom=mf, ip=ip, host="out-%d.smtp.github.com" % R.randint(10, 30),
             res=std_res("github.com", mf, ip), dkim_domains=("github.com",),
             msgid="<twisniewski/terraform-aws-cert-lab/pull/42/issue_event/17845521930@github.com>",
             reply_to="twisniewski/terraform-aws-cert-lab <reply+AB3XK7QZ5@reply.github.com>",
             extra=[("In-Reply-To", "<twisniewski/terraform-aws-cert-lab/pull/42@github.com>"),
                    ("References", "<twisniewski/terraform-aws-cert-lab/pull/42@github.com>"),
                    ("List-ID", "twisniewski/terraform-aws-cert-lab <terraform-aws-cert-lab.twisniewski.github.com>"),
                    ("X-GitHub-Reason", "author")])

def mail_039():
    d = dt("2025-02-09 06:12:48")
    mf = "info@credly-badgenotify.com"
    ip = "185.222.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    plain = """Dear Earner,

Following the merge of your AWS Certification accounts, your badges has been transferred and is ready to accept in your new Credly wallet.

Badge: AWS Certified Developer - Associate
Issuer: Amazon Web Services Training and Certification

To accept the badge you must to login with your AWS Certification email and password within 48 hours, otherwise the badge will be revoked and return to the old account.

ACCEPT BADGE NOW: https://credly-badgenotify.com/accept?u=minhduc.ng.cloud%40gmail.com

Best Regards,
Credly Team
"""
    html = html_wrap(p2html(plain).replace(
        "ACCEPT BADGE NOW: https://credly-badgenotify.com/accept?u=minhduc.ng.cloud%40gmail.com",
        '<a href="https://credly-badgenotify.com/accept?u=minhduc.ng.cloud%40gmail.com" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">ACCEPT BADGE NOW</a>'), "Credly")
    body = multipart("alternative", [textpart(plain, "plain", "utf-8", "base64"),
                                     textpart(html, "html", "utf-8", "base64")], "b1_" + hx(32))
    gen_mail("039-phish-credly-lookalike-badges-after-merge.eml", L("credly_badge_issued", None, [], False),
             user=U_DUC, rstyle="gmail", d=d,
             from_='"Credly" <info@credly-badgenotify.com>',
             subject="Your badges are ready to accept after account merge",
             body=body, mailfrom=mf, ip=ip, host="vps%d.hostinger-mail.example" % R.randint(100, 999),
             res=dict(dkim=[("pass", "credly-badgenotify.com", "default")], spf=("pass", mf, ip),
                      dmarc=("pass", "credly-badgenotify.com", "NONE")),
             dkim_domains=("credly-badgenotify.com",), extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

def mail_040():
    d = dt("2025-04-22 16:00:05")
    plain = """AWS Training and Certification | April update

Hi there,

New this month on AWS Skill Builder:

* AWS Certified AI Practitioner - Official Practice Exam, now in 6 languages
* Exam Prep Plan: AWS Certified Machine Learning Engineer - Associate
* AWS Jam Journey: Security, free for Individual subscription

Did you know? If you hold an active AWS Certification, you can find your 50% discount voucher for your next exam in the Benefits section of your AWS Certification Account.

Start learning: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and Certification communications. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
"""
    aws_mail("040-aws-training-newsletter-april.eml", L("unrelated", None, [], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name="AWS Training and Certification",
             sender_addr="aws-training-noreply@amazon.com",
             subject="New on AWS Skill Builder: AI Practitioner practice exam in 6 languages",
             body=aws_alt(d, plain), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

def mail_041():
    d = dt("2025-06-10 03:51:27")
    mf = "noreply@aws-certmetrics-verify.com"
    ip = "45.137.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    plain = """Dear Candidate,

Our system detected unusual login activity on your AWS Certification account (Candidate ID: AWS04417823). For your security the account has been temporary suspended.

To restore access and to avoid the permanent revocation of your certifications, please verify your identity within 24 hours by following link:

https://aws-certmetrics-verify.com/restore?cid=AWS04417823

If you not verify, your certifications and badges will be removed from our records.

Regards,
AWS Certification Security Team
"""
    gen_mail("041-phish-account-suspended-not-merge.eml", L("unrelated", None, ["AWS04417823"], False),
             user=U_TOMASZ, rstyle="gmail", d=d,
             from_='"AWS Certification" <security@aws-certmetrics-verify.com>',
             subject="Action required: AWS Certification account suspended",
             body=textpart(plain, "plain", "utf-8", "quoted-printable"), mailfrom=mf, ip=ip,
             host="mail.aws-certmetrics-verify.com",
             res=dict(dkim=[("pass", "aws-certmetrics-verify.com", "mail")], spf=("pass", mf, ip),
                      dmarc=("pass", "aws-certmetrics-verify.com", "NONE")),
             dkim_domains=("aws-certmetrics-verify.com",))

PH_OPEN = dt("2024-11-15 09:44:12")
PH_CASE = "%d%05d" % (int(PH_OPEN.timestamp()), 31337)

def mail_042():
    d = dt("2024-11-16 22:07:39")
    mf = "bounce@mail.aws-training-certification.com"
    ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    plain = f"""Dear Customer,

We have received the request for merge of your AWS Certification accounts AWS52018834 and AWS61177420. After the merge, account AWS52018834 will be kept and AWS61177420 will be permanently closed.

For security reason we need you confirm this merge by signing in with your AWS Certification credentials in the secure portal below. If we do not receive confirmation in 24 hours, the request will be cancelled and both accounts will be locked.

Confirm merge: https://aws-training-certification.com/case/{PH_CASE}/confirm

Case ID: {PH_CASE}

Best regards,
AWS Training and Certification Team
"""
    html = html_wrap(p2html(plain).replace(
        "Confirm merge: https://aws-training-certification.com/case/%s/confirm" % PH_CASE,
        '<a href="https://aws-training-certification.com/case/%s/confirm" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Confirm merge</a>' % PH_CASE))
    body = multipart("alternative", [textpart(plain, "plain", "utf-8", "quoted-printable"),
                                     textpart(html, "html", "utf-8", "quoted-printable")], "=_" + hx(30))
    gen_mail("042-phish-lookalike-confirm-merge.eml", L("merge_confirmation_requested", PH_CASE, ["AWS52018834", "AWS61177420"], False),
             user=U_KENTA, rstyle="jp:mx.nifty.com", d=d,
             from_='"AWS Training and Certification" <support@aws-training-certification.com>',
             subject="RE:[CASE %s] Action required: confirm your account merge" % PH_CASE,
             body=body, mailfrom=mf, ip=ip, host="srv%d.aws-training-certification.com" % R.randint(1, 9),
             res=dict(dkim=[("pass", "aws-training-certification.com", "s1")], spf=("pass", mf, ip),
                      dmarc=("pass", "aws-training-certification.com", "none")),
             dkim_domains=("aws-training-certification.com",))

def mail_043():
    d = dt("2025-03-18 13:25:51")
    mf = "www-data@srv-7731.cheapvps.example"
    ip = "103.224.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    plain = """Hello,

Your AWS Certification accounts merge is completed successfully. The account AWS 33102958 has been merged into AWS34877120 and all certifications was moved.

To activate the merged account and keep your certifications and exam benefits, please verify your identity in the next 48 hours:
https://aws-cert-merge.support-verify.example/activate?acc=AWS34877120

After 48 hours the not verified accounts are deactivated.

Thanks,
Amazon Web Services
"""
    forged = ("mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s header.b=%s;\n"
              "       spf=pass (google.com: domain of no-reply-aws@amazon.com designates 54.240.8.31 as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com") % (AMZ_SEL, b64junk(8))
    top = transport("gmail", U_MARCO[1], d, "srv-7731.cheapvps.example", ip, mf,
                    dict(dkim=[], spf=("softfail", mf, ip), dmarc=("fail", "amazon.com", "QUARANTINE")))
    top += [("Authentication-Results", forged),
            ("Received", "from localhost (localhost [127.0.0.1])\n\tby srv-7731.cheapvps.example (Postfix) with ESMTP id 8F2C41A0233\n\tfor <%s>; %s" % (U_MARCO[1], rfc(d)))]
    assemble("043-phish-spoofed-merge-completed-dmarc-fail.eml",
             L("merge_completed", None, ["AWS33102958", "AWS34877120"], False),
             top=top, sender_hdrs=[], date=rfc(d), from_='"Amazon Web Services" <no-reply-aws@amazon.com>',
             to=U_MARCO[1], subject="Your AWS Certification accounts merge is completed",
             msgid="<%s@srv-7731.cheapvps.example>" % hx(20),
             body=textpart(plain, "plain", "utf-8", "8bit"),
             extra=[("X-Mailer", "PHP/8.1.2")])

def mail_044():
    d = dt("2025-05-12 01:00:03")
    plain = """山田 美咲 様

いつも AWS をご利用いただき、ありがとうございます。

AWS Summit Japan 2025 を 6 月 25 日（水）・26 日（木）に幕張メッセにて開催いたします。
150 以上のセッション、AWS 認定者限定のラウンジなど、今年も多数のコンテンツをご用意しております。

AWS 認定をお持ちの方は、当日「AWS Certified ラウンジ」にて認定者限定ノベルティをお受け取りいただけます。

▼ 登録はこちら（無料）
https://aws.amazon.com/jp/summits/japan/

※ 本メールは送信専用アドレスから配信しています。
配信停止: https://pages.awscloud.com/communication-preferences-jp

アマゾン ウェブ サービス ジャパン合同会社
"""
    aws_mail("044-ja-aws-summit-japan-newsletter.eml", L("unrelated", None, [], True, "ja"),
             user=U_MISAKI, rstyle="jp:mwinf.ocn.ne.jp", d=d, sender_name="アマゾン ウェブ サービス ジャパン",
             sender_addr="aws-jp-marketing@amazon.com",
             subject="【AWS Summit Japan 2025】参加登録受付中 - 認定者限定ラウンジのご案内",
             body=aws_alt(d, plain), subj_charset="utf-8")

for _f in (mail_032, mail_033, mail_034, mail_035, mail_036, mail_037, mail_038, mail_039, mail_040, mail_041, mail_042, mail_043, mail_044):
    _f()

# ------------------------------------------------ thread H: Elena, fastmail, China desk
H_OPEN = dt("2025-07-07 09:12:40")
H_CASE = case15(H_OPEN)
H_DUP_OPEN = dt("2025-07-09 18:03:17")
H_DUP = case15(H_DUP_OPEN)
SIG_WEI = "Best Regards,\nWei Zhang\nAWS Training and Certification Customer Support"

def mail_045():
    d = dt("2025-07-10 04:26:09")
    plain = f"""Dear Elena,

Thanks for contacting AWS Training and Certification.

We noticed this case is same request with your previous case {H_CASE} which our team is already working on. To avoid duplicate handling, please kindly continue the communication in case {H_CASE} only, this case will be no more updated.

Meanwhile, to speed up the process, could you help to confirm the login email of your old account? In your form you mentioned elena@popescu-it.de but there is no account with this email in our system, maybe you used another email before?

Thanks for your understanding.

{SIG_WEI}
"""
    aws_mail("045-duplicate-case-please-use-original.eml", L("support_reply", H_DUP, [], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(H_DUP), body=aws_alt(d, plain))

def mail_046():
    d = H_OPEN + timedelta(seconds=52)
    plain = f"""Hello,

Thank you for reach out to AWS Training and Certification.

This is a automatic reply to let you know we have receive your request. Your case number is {H_CASE}, please keep this number for your reference.

One of our team member will review your request and contact you as soon as possible, normally inside 24 hours (business days). For faster resolution please do not create a new case for same issue.

Summary of your request:
- Type: Account Merge
- Candidate ID provided: aws 12093377
- Comment: "I have two accounts, one is old with my company email. I would like to keep AWS12093377 only."

Best regards,
AWS Training and Certification Customer Support
"""
    aws_mail("046-form-ack-odd-template.eml", L("case_created", H_CASE, ["AWS12093377"], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CASE,
             body=aws_alt(d, plain, cte="base64"))

H_REQ_DATE = dt("2025-07-11 02:48:33")
H_REQ_PLAIN = f"""Dear Elena,

Thanks for your patience. Please kindly be noted that we have found below two accounts under your name:

Candidate ID  | Email                       | After merge
AWS12093377   | elena.popescu@fastmail.com  | Primary (to be kept)
AWS10876452   | elena.p@blueorbit-soft.ro   | Secondary (to be merged and closed)

Please kindly double check above information, especially which account is to be kept. The merge operation is irreversible, all certification records of the secondary account will go to the primary account. If everything is fine, please reply "Confirm" to this email, we will arrange the merge for you at once.

Should you have any question, please feel free to let me know.

{SIG_WEI}"""

def mail_047():
    d = H_REQ_DATE
    html = html_wrap(f"""<div>Dear Elena,</div><br>
<div>Thanks for your patience. Please kindly be noted that we have found below two accounts under your name:</div><br>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Email</th><th>After merge</th></tr>
<tr><td>AWS12093377</td><td>elena.popescu@fastmail.com</td><td>Primary (to be kept)</td></tr>
<tr><td>AWS10876452</td><td>elena.p@blueorbit-soft.ro</td><td>Secondary (to be merged and closed)</td></tr>
</table><br>
<div>Please kindly double check above information, especially which account is to be kept. The merge operation is <b>irreversible</b>, all certification records of the secondary account will go to the primary account. If everything is fine, please reply &quot;Confirm&quot; to this email, we will arrange the merge for you at once.</div><br>
<div>Should you have any question, please feel free to let me know.</div><br>
<div>Best Regards,<br>Wei Zhang<br>AWS Training and Certification Customer Support</div>""")
    aws_mail("047-china-desk-confirm-table-html-only.eml", L("merge_confirmation_requested", H_CASE, ["AWS10876452", "AWS12093377"], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(H_CASE, "Re:"), body=textpart(html, "html", "UTF-8", "quoted-printable"))

def mail_048():
    d = dt("2025-07-11 09:15:02")
    u_d = dt("2025-07-11 06:31:44")
    plain = f"""Dear Elena,

Well received your confirmation, thanks. We have submitted the request to our backend team, normally it will be done within 2-3 working days. Will keep you updated once there is any progress.

{SIG_WEI}

On Fri, Jul 11, 2025, at 09:31, Elena Popescu wrote:
> Confirm. The details are correct, please proceed.
>
> Elena
>
> On Fri, Jul 11, 2025, at 05:48, Amazon Web Services wrote:
{q(H_REQ_PLAIN, 1).replace(chr(10) + '>', chr(10) + '> >').replace('> ', '> > ', 1)}
"""
    aws_mail("048-china-desk-well-received-confirmation.eml", L("support_reply", H_CASE, [], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(H_CASE), body=aws_alt(d, plain))

def mail_049():
    d = dt("2025-07-14 03:07:56")
    plain = f"""Dear Elena,

Glad to inform you that the merge of your accounts has been completed. Now AWS12093377 is your only certification account, you can sign in with elena.popescu@fastmail.com and all your certifications should show there.

By the way, we noticed you also have two Credly accounts (one with each email). Would you like us to ask Credly team to move the badges into one Credly account as well? Please let us know, if yes we will raise the request for you.

{SIG_WEI}
"""
    aws_mail("049-china-desk-merge-completed-asks-credly.eml", L("merge_completed", H_CASE, ["AWS12093377"], True),
             user=U_ELENA, rstyle="fastmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(H_CASE), body=aws_alt(d, plain))

# ------------------------------------------------ thread M: Marco, Gmail, Poland desk
M_OPEN = dt("2025-03-24 08:30:04")
M_CASE = case15(M_OPEN)
SIG_MATEUSZ = "Best regards,\nMateusz K.\nAWS Training and Certification Customer Support"

def mail_050():
    d = dt("2025-04-02 10:51:27")
    plain = f"""Hello Marco,

Thank you for information. I checked and merge of your certification accounts was done correctly on 26th of March, all certifications are in account AWS34877120. But badges in Credly stayed on old Credly account which is connected with marco.bianchi@studenti.unimi.it, this is why you not see them.

I have forwarded request to Credly team to move badges to Credly account with marco.bianchi.it@gmail.com. Usually it take 3-5 working days. You not need to do anything now, when badges will be moved you will receive email from Credly.

{SIG_MATEUSZ}

On Tue, Apr 1, 2025 at 6:14 PM Marco Bianchi <marco.bianchi.it@gmail.com> wrote:
> Hi, the merge is done (thanks) but in Credly I still see no badges. My old
> account was AWS33102958. Can you check?
> Marco
"""
    aws_mail("050-poland-credly-badges-forwarded.eml", L("support_reply", M_CASE, ["AWS34877120"], True),
             user=U_MARCO, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(M_CASE), body=aws_alt(d, plain))

def mail_051():
    d = dt("2025-04-16 07:00:41")
    plain = f"""Hello Marco,

We did not hear back from you since 7 days, so we assume that your issue is resolved and we are closing the case {M_CASE} now.

If you still need help, simply reply to this email within 14 days and the case will be reopened automatically.

We would appreciate if you can tell us how we did: https://support.aws.amazon.com/survey/tc?caseId={M_CASE}

{SIG_MATEUSZ}
"""
    aws_mail("051-poland-closing-no-response-survey.eml", L("survey", M_CASE, [], True),
             user=U_MARCO, rstyle="gmail", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(M_CASE), body=aws_alt(d, plain))

# ------------------------------------------------ thread S: Sipho, Outlook, Egypt desk
S_OPEN = dt("2024-04-02 11:05:33")
S_CASE = case15(S_OPEN)

def mail_052():
    d = dt("2024-04-09 14:22:18")
    plain = f"""Dear Customer,

Your case {S_CASE} was closed.

Please to take 1 minute for give us your feedback about the support you received, your opinion is very important for us and help us to serve you better.

How would you rate the support you received?
Excellent - https://support.aws.amazon.com/survey/tc?caseId={S_CASE}&r=5
Good - https://support.aws.amazon.com/survey/tc?caseId={S_CASE}&r=4
Fair - https://support.aws.amazon.com/survey/tc?caseId={S_CASE}&r=3
Poor - https://support.aws.amazon.com/survey/tc?caseId={S_CASE}&r=2

Thank you for choosing AWS Training and Certification.
"""
    aws_mail("052-odd-english-rating-request.eml", L("survey", S_CASE, [], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject="We want to hear from you about case %s" % S_CASE, body=aws_alt(d, plain), to=U_SIPHO[1])

for _f in (mail_045, mail_046, mail_047, mail_048, mail_049, mail_050, mail_051, mail_052):
    _f()

S_REQ = """hi Sipho
pls confirm u want merge AWS45102286 into AWS-45519023 (this one stay active, the other one will close). after merge no way back
reply YES pls
thx
Ahmed
AWS T&C Support"""
S_REQ_DATE = dt("2024-04-03 06:58:40")

def mail_053():
    d = S_REQ_DATE
    aws_mail("053-mobile-typed-confirm-reply-yes.eml", L("merge_confirmation_requested", S_CASE, ["AWS45102286", "AWS45519023"], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(S_CASE), body=aws_alt(d, S_REQ + "\n"), to=U_SIPHO[1])

def mail_054():
    d = dt("2025-07-15 11:48:30")
    plain = """Hi Elena,

Your badge is waiting for you!

Amazon Web Services Training and Certification has issued you the following badge: AWS Certified Security - Specialty

Claim your badge to share your achievement with your network and let employers verify your skills.

Claim badge: https://www.credly.com/earner/earned/badge/0f8e2c7a-4b19-4d6e-b1a3-9c5d7e2f8a14

You are receiving this email because a badge was issued to elena.popescu@fastmail.com.

Credly, Inc. | 401 Park Avenue South, New York, NY 10016
"""
    html = html_wrap(p2html(plain).replace(
        "Claim badge: https://www.credly.com/earner/earned/badge/0f8e2c7a-4b19-4d6e-b1a3-9c5d7e2f8a14",
        '<a href="https://www.credly.com/earner/earned/badge/0f8e2c7a-4b19-4d6e-b1a3-9c5d7e2f8a14" style="background:#2f6fdb;color:#fff;padding:12px 28px;text-decoration:none">Claim badge</a>'), "Credly")
    credly_mail("054-credly-claim-badge-after-merge.eml", L("credly_badge_issued", None, [], True),
                user=U_ELENA, rstyle="fastmail", d=d,
                subject="Elena, claim your AWS Certified Security - Specialty badge",
                plain=plain, html=html, name="Credly")

# ------------------------------------------------ thread J: Misaki, console, Japanese
J_OPEN = dt("2025-08-18 06:20:11")
J_CASE = case15(J_OPEN)
J_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % J_CASE

def mail_055():
    d = J_OPEN + timedelta(seconds=4)
    plain = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、ケース {J_CASE} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {J_CASE}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: AWS認定のアカウントが二つあります。AWS66120984（現在使用中）と aws67003351（旧姓で登録）です。一つにまとめることは可能でしょうか。

ケースの更新や返信は、AWS サポートセンターから行ってください。
{J_URL}

※ このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス
"""
    aws_mail("055-ja-console-case-opened.eml", L("case_created", J_CASE, ["AWS66120984", "AWS67003351"], True, "ja"),
             user=U_MISAKI, rstyle="jp:mwinf.ocn.ne.jp", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="アマゾン ウェブ サービス: 新しいサポートケースをオープンしました: %s" % J_CASE,
             subj_charset="iso-2022-jp",
             body=textpart(plain, "plain", "ISO-2022-JP", "7bit", codec="iso-2022-jp"))

def mail_056():
    d = dt("2025-08-19 01:37:52")
    plain = f"""山田 美咲 様

AWS サポートの鈴木と申します。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合につきまして、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の情報をご提供いただけますでしょうか。

1. 各アカウントのサインイン用メールアドレス
2. 統合後に残したいアカウント（AWS66120984 または AWS67003351）
3. 旧姓で登録されたアカウントの氏名（ローマ字表記）

なお、同じ内容で新しいケースを作成されますと対応が遅れる場合がございますので、本ケースにてご返信いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

本対応に関するご評価をいただけますと幸いです。AWS サポートセンターの各返信の右上にある星印から評価いただけます。

鈴木
Amazon Web Services

====================================================================
本ケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
{J_URL}
※ このメールは送信専用アドレスから送信されています。
"""
    aws_mail("056-ja-console-asks-signin-emails.eml", L("support_reply", J_CASE, ["AWS66120984", "AWS67003351"], True, "ja"),
             user=U_MISAKI, rstyle="jp:mwinf.ocn.ne.jp", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="RE:[CASE %s] 認定アカウントの統合について" % J_CASE,
             body=aws_alt(d, plain, charset="UTF-8", cte="quoted-printable"))

def mail_057():
    d = dt("2025-09-02 13:44:09")
    mf = "bounce-%d@mail.certmetrics.com" % R.randint(100000, 999999)
    ip = "198.2.%d.%d" % (R.randint(128, 190), R.randint(1, 250))
    plain = """Dear Marco Bianchi,

Congratulations! You have successfully recertified AWS Certified Cloud Practitioner.

Your AWS Certification Account: AWS34877120
Certification: AWS Certified Cloud Practitioner
Validation Number: 7QKJ2M1C4NBEQZ3S
Expiration Date: September 02, 2028

Your digital badge will be available through Credly within 5 business days. You can view your certification history and benefits by signing in to your AWS Certification Account.

Sincerely,
AWS Certification

Please do not reply to this email. This mailbox is not monitored.
"""
    body = multipart("alternative", [textpart(plain, "plain", "utf-8", "quoted-printable"),
                                     textpart(html_wrap(p2html(plain)), "html", "utf-8", "quoted-printable")],
                     "_----------=_" + str(R.randint(10**15, 10**16)))
    gen_mail("057-certmetrics-recertification-congrats.eml", L("unrelated", None, ["AWS34877120"], False),
             user=U_MARCO, rstyle="gmail", d=d,
             from_="AWS Certification <do-not-reply@certmetrics.com>",
             subject="Congratulations on recertifying your AWS Certification",
             body=body, mailfrom=mf, ip=ip, host="mail%d.certmetrics.com" % R.randint(10, 40),
             res=std_res("certmetrics.com", mf, ip, pol="NONE"), dkim_domains=("certmetrics.com",))

def mail_058():
    d = dt("2024-04-08 09:40:27")
    u_d = dt("2024-04-03 08:12:05")
    jnb = ZoneInfo("Africa/Johannesburg")
    plain = f"""Dear Mr. Sipho,

Greetings,

I would like to inform you that your request has been fulfilled and the two accounts became one account now under the candidate ID AWS45519023. Kindly find all of your certifications moved to it, and the old ID is not valid anymore for sign in.

Kindly note the Credly badges may take from 2 to 3 working days until they appear.

Thank you for your patience with us and we wish you a nice day.

Best regards,
Ahmed Abdelrahman
AWS Training and Certification Customer Support

{outlook_block(u_d, "Sipho Dlamini", "sipho.dlamini@outlook.com", "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Re: " + form_subj(S_CASE), jnb)}

YES please go ahead

Sipho

Get Outlook for Android
{outlook_block(S_REQ_DATE, "Amazon Web Services", FORM[1], "sipho.dlamini@outlook.com", form_subj(S_CASE), jnb)}

{S_REQ}
"""
    aws_mail("058-egypt-request-fulfilled-became-one.eml", L("merge_completed", S_CASE, ["AWS45519023"], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(S_CASE), body=aws_alt(d, plain), to=U_SIPHO[1])

def mail_059():
    d = dt("2024-04-05 12:18:44")
    plain = f"""Dear Sipho,

Kindly be informed that your request is still pending with the concerned team due to the high volume of requests at the moment. We apologise for the inconvenience caused and we will revert to you as soon as we receive any update from their side.

Your patience is highly appreciated.

Best regards,
Ahmed Abdelrahman – AWS Training & Certification
“Customer Obsession is our first leadership principle”
"""
    # UTF-8 bytes sent with a wrong iso-8859-1 label (dash and curly quotes come out garbled)
    body = multipart("alternative", [
        textpart(plain, "plain", "utf-8", "quoted-printable", label="iso-8859-1"),
        textpart(html_wrap(p2html(plain)).replace("UTF-8", "iso-8859-1"), "html", "utf-8", "quoted-printable", label="iso-8859-1")],
        aws_boundary(d))
    aws_mail("059-egypt-still-pending-wrong-charset.eml", L("support_reply", S_CASE, [], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=FORM[0], sender_addr=FORM[1],
             subject=form_subj(S_CASE), body=body, to=U_SIPHO[1])

def mail_060():
    d = dt("2025-03-14 06:30:12")
    plain = f"""Dear AWS customer,

Your support case {G_CASE}, "Unexpected charges for EC2 in af-south-1", has been resolved.

How satisfied were you with the support you received? Please take a moment to rate your experience:
https://support.console.aws.amazon.com/support/feedback?displayId={G_CASE}

If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days:
https://support.console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en

Sincerely,
Amazon Web Services
"""
    aws_mail("060-billing-case-resolved-rate-us.eml", L("unrelated", G_CASE, [], True),
             user=U_SIPHO, rstyle="outlook", d=d, sender_name=CONSOLE[0], sender_addr=CONSOLE[1],
             subject="Amazon Web Services: Your Support case %s has been resolved" % G_CASE,
             body=aws_alt(d, plain), to=U_SIPHO[1])

for _f in (mail_053, mail_054, mail_055, mail_056, mail_057, mail_058, mail_059, mail_060):
    _f()

# ==== END MAILS

def main():
    seen = set()
    labels = {}
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    for fname, m, label in MAILS:
        assert fname not in seen, fname
        seen.add(fname)
        from email.generator import BytesGenerator
        import io
        buf = io.BytesIO()
        BytesGenerator(buf, policy=POL, mangle_from_=False).flatten(m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(buf.getvalue())
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(labels), "mails")

if __name__ == "__main__":
    main()
