#!/usr/bin/env python3
"""Generate blind set 229: AWS Certification account-merge mailbox fixtures.

Emphasis: acknowledgements (case-created notices in many templates) and the
middle of the case (status updates, escalations, requests for information,
reopen notices, new-correspondence notices), English and Japanese, plus
look-alikes from other services.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(229)
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))

CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
          "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def codec_for(cs):
    return CODECS.get(cs.lower(), cs)


# ---------------------------------------------------------------- ids / hashes
def hexs(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RND.choice(alphabet) for _ in range(n))


def case15(opened):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), RND.randint(0, 99999))


def ses_msgid(when, region=None):
    ms = int(when.timestamp() * 1000)
    u = uuid.UUID(int=RND.getrandbits(128), version=4)
    host = "email.amazonses.com" if region is None else "%s.amazonses.com" % region
    return "<0100%012x-%s-000000@%s>" % (ms, u, host)


def ses_bounce(when):
    ms = int(when.timestamp() * 1000)
    u = uuid.UUID(int=RND.getrandbits(128), version=4)
    return "0100%012x-%s-000000@amazonses.com" % (ms, u)


def rfc(d):
    return format_datetime(d)


def gdate(d):
    """Gmail-style Received date with zone comment."""
    d2 = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
    return format_datetime(d2) + (" (PDT)" if 3 <= d.month <= 10 else " (PST)")


def fold_b64(s, width=72, indent="\t  "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- encoded words
def ew(s, charset="utf-8", enc="B", chunk=14):
    """Encode s as a run of encoded words folded over lines."""
    words = []
    codec = codec_for(charset)
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(codec)
        if enc.upper() == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


# ---------------------------------------------------------------- MIME parts
def part(body, subtype="plain", charset="utf-8", cte="qp", label=None, codec=None,
         extra=None):
    data = body.encode(codec or codec_for(charset))
    m = MIMENonMultipart("text", subtype, charset=label or charset)
    if extra:
        for k, v in extra.items():
            m.set_param(k, v)
    if cte == "qp":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "b64":
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "7bit":
        m["Content-Transfer-Encoding"] = "7bit"
        m.set_payload(data.decode("ascii"))
    elif cte == "8bit":
        m["Content-Transfer-Encoding"] = "8bit"
        m.set_payload(data.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return m


def alt(*parts_, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    for p in parts_:
        del p["MIME-Version"]
        m.attach(p)
    return m


def mixed(*parts_, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    for p in parts_:
        del p["MIME-Version"]
        m.attach(p)
    return m


def related(*parts_, boundary=None):
    m = MIMEMultipart("related", boundary=boundary)
    for p in parts_:
        del p["MIME-Version"]
        m.attach(p)
    return m


def html_from_text(text, title="Amazon Web Services"):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc.split("\n\n"))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "%s</body></html>\n" % (title, paras))


# ---------------------------------------------------------------- trace headers
SES_IPS = ["54.240.8.30", "54.240.8.53", "54.240.48.92", "54.240.9.41", "54.240.11.17",
           "54.240.27.18", "54.240.13.76"]


def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


def dkim_sig(domain, selector, when, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n"
            "\tbh=%s=;\n\tb=%s" % (selector, domain, int(when.timestamp()), headers,
                                   b64s(43), fold_b64(b64s(342) + "=")))


AMZ_SEL = "hsbnp7p3ensaochzwyq5wwmceodymuwv"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkim(when, from_domain="amazon.com", own=True):
    out = []
    if own:
        out.append(("DKIM-Signature", dkim_sig(from_domain, AMZ_SEL, when)))
    out.append(("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, when,
                                           "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
    return out


def auth_gmail(a):
    """a: dict spf, mailfrom, ip, dkim=[(res, domain, selector)], dmarc, from_domain, policy"""
    lines = ["mx.google.com"]
    for res, dom, sel in a.get("dkim", []):
        lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, b64s(8)))
    if a.get("spf"):
        sp = a["spf"]
        if sp == "pass":
            why = "google.com: domain of %s designates %s as permitted sender" % (a["mailfrom"], a["ip"])
        elif sp == "softfail":
            why = "google.com: domain of transitioning %s does not designate %s as permitted sender" % (a["mailfrom"], a["ip"])
        else:
            why = "google.com: domain of %s does not designate %s as permitted sender" % (a["mailfrom"], a["ip"])
        lines.append("spf=%s (%s) smtp.mailfrom=%s" % (sp, why, a["mailfrom"]))
    if a.get("dmarc"):
        pol = a.get("policy", "QUARANTINE")
        dis = "NONE" if a["dmarc"] == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE")
        lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (a["dmarc"], pol, pol, dis, a["from_domain"]))
    return ";\n       ".join(lines)


def auth_outlook(a):
    sp = a.get("spf", "pass")
    if sp == "pass":
        s = "spf=pass (sender IP is %s) smtp.mailfrom=%s" % (a["ip"], a["mailfrom"].split("@")[-1])
    elif sp == "none":
        s = "spf=none (sender IP is %s) smtp.mailfrom=%s" % (a["ip"], a["mailfrom"].split("@")[-1])
    else:
        s = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (sp, a["ip"], a["mailfrom"].split("@")[-1])
    d = a.get("dkim", [])
    if d:
        res, dom, _ = d[0]
        s += "; dkim=%s (%s) header.d=%s" % (
            res, "signature was verified" if res == "pass" else "signature did not verify", dom)
    else:
        s += "; dkim=none (message not signed) header.d=none"
    dm = a.get("dmarc", "none")
    act = "none" if dm == "pass" else ("quarantine" if a.get("policy") == "QUARANTINE" else "none")
    s += ";dmarc=%s action=%s header.from=%s;compauth=%s reason=%s" % (
        dm, act, a["from_domain"], "pass" if dm == "pass" else "fail", "100" if dm == "pass" else "001")
    return s


def auth_jp(host, a):
    parts_ = [host]
    if a.get("spf"):
        parts_.append("spf=%s smtp.mailfrom=%s" % (a["spf"], a["mailfrom"]))
    for res, dom, sel in a.get("dkim", []):
        parts_.append("dkim=%s header.i=@%s" % (res, dom))
    if a.get("dmarc"):
        parts_.append("dmarc=%s header.from=%s" % (a["dmarc"], a["from_domain"]))
    return ";\n\t".join(parts_)


def trace(provider, to_addr, when, ip, helo, mailfrom, auth=None, jp_host=None,
          extra_top=None, extra_auth_below=None):
    """Return list of (name, value) trace headers, topmost first."""
    h = []
    r1 = when + timedelta(seconds=RND.randint(1, 4))
    r2 = r1 + timedelta(seconds=RND.randint(0, 2))
    if provider == "gmail":
        h.append(("Delivered-To", to_addr))
        h.append(("Received", "by 2002:a05:7010:%s:b0:%s:%s with SMTP id %s;\n        %s"
                  % (hexs(4), hexs(3), hexs(4), b64s(4).lower() + "csp" + str(RND.randint(100000, 999999)), gdate(r2))))
        h.append(("X-Google-Smtp-Source", "AGHT+I" + b64s(66)))
        h.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
                  % (hexs(4), hexs(3), hexs(4), b64s(14).lower(), RND.randint(10, 99),
                     int(r2.timestamp()) * 1000 + RND.randint(0, 999) // 1, gdate(r2))))
        if auth is not None:
            h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                      % (int(r1.timestamp()), fold_b64(b64s(340) + "==", 70, "        "))))
            h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                      "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                      "         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s"
                      % (b64s(43), b64s(43), fold_b64(b64s(340) + "==", 70, "        "))))
            h.append(("ARC-Authentication-Results", "i=1; " + auth_gmail(auth)))
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n"
                  "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (helo, helo, ip, b64s(20).lower(), RND.randint(100, 999), RND.randint(1, 99),
                     to_addr, gdate(r1))))
        if auth is not None:
            sp = auth.get("spf", "pass")
            if sp == "pass":
                h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                          % (mailfrom, ip, ip)))
            else:
                h.append(("Received-SPF", "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;"
                          % (sp, mailfrom, ip, ip)))
            h.append(("Authentication-Results", auth_gmail(auth)))
    elif provider == "outlook":
        tenant = RND.choice(["SN7PR", "BY5PR", "CH3PR", "DM6PR", "PH0PR", "TYCPR", "OS3PR"])
        inner = "%s%02dMB%04d.namprd%02d.prod.outlook.com" % (tenant, RND.randint(10, 19), RND.randint(1000, 9999), RND.randint(10, 19))
        edge = "%s.mail.protection.outlook.com" % RND.choice(["SN1PEPF0002636E", "BN2PEPF000044A9", "CO1PEPF000075F3", "DS3PEPF000099D7"])
        h.append(("Received", "from %s (2603:10b6:806:%s::%d) by\n %s with HTTPS; %s"
                  % (inner, hexs(3), RND.randint(10, 19), inner, rfc(r2.astimezone(UTC)).replace("-0000", "+0000"))))
        h.append(("Received", "from %s (2603:10b6:a03:%s::%d)\n by %s (2603:10b6:806:%s::%d) with\n"
                  " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                  % ("MW4PR03CA0%03d.outlook.office365.com" % RND.randint(100, 999), hexs(3), RND.randint(10, 99), inner,
                     hexs(3), RND.randint(10, 19), RND.randint(8000, 8999), RND.randint(10, 40),
                     rfc(r2.astimezone(UTC)).replace("-0000", "+0000"))))
        if auth is not None:
            h.append(("Authentication-Results", auth_outlook(auth)))
            sp = auth.get("spf", "pass")
            dom = mailfrom.split("@")[-1]
            if sp == "pass":
                h.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (dom, ip, ip, helo)))
            else:
                h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s does\n not designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (sp.capitalize(), dom, ip, ip, helo)))
        h.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
                  " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
                  % (helo, ip, edge, RND.randint(1, 254), RND.randint(1, 254), RND.randint(8000, 8999), RND.randint(10, 40),
                     rfc(r1.astimezone(UTC)).replace("-0000", "+0000"))))
    elif provider == "jp":
        host = jp_host or "mx.nifty.com"
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
                  % (helo, helo, ip, host.replace("mx.", "mta%02d." % RND.randint(1, 20)), hexs(12).upper(), to_addr,
                     rfc(r1.astimezone(JST)))))
        if auth is not None:
            h.append(("Authentication-Results", auth_jp(host, auth)))
        h.append(("X-Received-Date", rfc(r1.astimezone(JST))))
    elif provider == "yahoo":
        h.append(("Received", "from %s by\n     sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s"
                  % ("mta%d.am0.yahoodns.net" % RND.randint(1, 9), RND.randint(300, 330), rfc(r2.astimezone(UTC)).replace("-0000", "+0000"))))
        if auth is not None:
            dk = "; ".join("dkim=%s header.i=@%s header.s=%s" % (r, d, s_) for r, d, s_ in auth.get("dkim", []))
            h.append(("Authentication-Results", "atlas-production.v2.mail-ne1.yahoo.com;\n %s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;"
                      % (dk, auth.get("spf"), auth["mailfrom"].split("@")[-1], auth.get("dmarc"), auth.get("policy", "QUARANTINE"), auth["from_domain"])))
        h.append(("X-Apparently-To", "%s; %s" % (to_addr, rfc(r1.astimezone(UTC)))))
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (EHLO %s) (%s)\n  by mta%d.am0.yahoodns.net with SMTPS; %s"
                  % (ip, helo, ip, RND.randint(1, 9), rfc(r1.astimezone(UTC)).replace("-0000", "+0000"))))
    elif provider == "none":
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (helo, helo, ip, to_addr.split("@")[1], hexs(10).upper(), to_addr, rfc(r1))))
    else:
        raise ValueError(provider)
    if extra_auth_below:
        h.extend(extra_auth_below)
    if extra_top:
        h = extra_top + h
    return h


def ses_auth(ip, mailfrom, from_domain="amazon.com", dmarc="pass", dkim_own="pass"):
    dk = []
    if dkim_own:
        dk.append((dkim_own, from_domain, AMZ_SEL))
    dk.append(("pass", "amazonses.com", SES_SEL))
    return {"spf": "pass", "mailfrom": mailfrom, "ip": ip, "dkim": dk, "dmarc": dmarc,
            "from_domain": from_domain, "policy": "QUARANTINE"}


# ---------------------------------------------------------------- assembly
def write(fname, headers, root, label):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0)
    g.flatten(root)
    head = "".join("%s: %s\n" % (n, v) for n, v in headers).encode("ascii")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(head + buf.getvalue())
    ids = sorted(set(label.get("account_ids", [])))
    LABELS[fname] = {"kind": label["kind"], "case_id": label.get("case_id"),
                     "account_ids": ids, "sender_verified": label.get("sender_verified"),
                     "language": label.get("language", "en")}


def aws_mail(fname, provider, to_addr, when, from_, subject, root, label, from_domain="amazon.com",
             dmarc="pass", dkim_own="pass", jp_host=None, extra=None, reply_to=None, auth=True,
             region=None):
    """Typical Amazon SES sent mail."""
    ip = RND.choice(SES_IPS)
    helo = ses_host(ip)
    mf = ses_bounce(when)
    a = ses_auth(ip, mf, from_domain, dmarc, dkim_own) if auth else None
    h = trace(provider, to_addr, when, ip, helo, mf, a, jp_host=jp_host)
    h += ses_dkim(when, from_domain, own=bool(dkim_own))
    h.append(("Date", rfc(when.astimezone(UTC)).replace("-0000", "+0000")))
    h.append(("From", from_))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to_addr))
    h.append(("Subject", subject))
    h.append(("Message-ID", ses_msgid(when, region)))
    if extra:
        h.extend(extra)
    h.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)))
    h.append(("X-SES-Outgoing", "%s-%s" % (when.strftime("%Y.%m.%d"), ip)))
    write(fname, h, root, label)


# Common senders
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def support_link(cid, lang="en"):
    return "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (cid, lang)


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ==================================================================== MAILS
# (filled in below in parts)
# ---------------------------------------------------------------- cast
KENJI = ("Kenji Watanabe", "kenji.watanabe.dev@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
MISAKI = ("田中 美咲", "misaki.tanaka@nifty.com")
DAISUKE = ("佐藤 大輔", "d-sato@biglobe.ne.jp")
SARAH = ("Sarah O'Connell", "sarah@oconnell-home.ie")
MARCO = ("Marco Bianchi", "marco.bianchi@outlook.it")
MINJUN = ("Lee Min-jun", "minjun.lee.cloud@gmail.com")
SHOTA = ("山本 翔太", "s.yamamoto@xa2.so-net.ne.jp")
ANA = ("Ana Souza", "ana.souza@lumenfreight.com")

# cases
A_OPEN = datetime(2025, 5, 27, 23, 14, 5, tzinfo=UTC)
A_CASE = case15(A_OPEN)
A_OLD, A_NEW = "AWS01839274", "AWS02567710"
B_OPEN = datetime(2025, 7, 14, 9, 41, 22, tzinfo=UTC)
B_CASE = case15(B_OPEN)
B_IDS = ["AWS03318852", "AWS04470129", "AWS01120934"]
C_OPEN = datetime(2025, 3, 10, 1, 22, 48, tzinfo=UTC)
C_CASE = case15(C_OPEN)
C_OLD, C_NEW = "AWS02948810", "AWS03002167"
D_OPEN = datetime(2025, 9, 2, 5, 3, 31, tzinfo=UTC)
D_CASE = case15(D_OPEN)
D_A, D_B = "AWS01477305", "AWS02299841"
E_OPEN = datetime(2020, 8, 11, 16, 7, 52, tzinfo=UTC)
E_CASE = "7193826451"
E_OLD, E_NEW = "AWS00985512", "AWS01204466"
F_OPEN = datetime(2022, 11, 3, 8, 55, 10, tzinfo=UTC)
F_CASE = "10947263815"
F_OLD, F_NEW = "AWS03890045", "AWS04100873"
G1_OPEN = datetime(2025, 10, 6, 13, 20, 0, tzinfo=UTC)
G1_CASE = case15(G1_OPEN)
G2_OPEN = datetime(2025, 10, 13, 2, 11, 47, tzinfo=UTC)
G2_CASE = case15(G2_OPEN)
G_OLD, G_NEW = "AWS02715538", "AWS03563390"
H_OPEN = datetime(2025, 11, 18, 0, 35, 10, tzinfo=UTC)
H_CASE = case15(H_OPEN)
H_OLD, H_NEW = "AWS04012358", "AWS01765402"
I_OPEN = datetime(2025, 6, 23, 14, 2, 39, tzinfo=UTC)
I_CASE = case15(I_OPEN)
I_OLD, I_NEW = "AWS00456219", "AWS03127764"

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def addr(p):
    name, a = p
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a) if ("'" in name or "," in name) else "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, "utf-8", "B", 20), a)


def addr_jis(p):
    name, a = p
    return "%s <%s>" % (ew(name, "ISO-2022-JP", "B", 20), a)


# ---------------------------------------------------------------- 001
@mail
def m001():
    when = A_OPEN + timedelta(seconds=41)
    body = """Hello,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we received your inquiry and created case %s.

A member of our team will respond within 24 hours. If you need to add information, reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as duplicate cases may delay our response.

Regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % A_CASE
    root = part(body, "plain", "utf-8", "qp")
    aws_mail("001-form-ack-terse.eml", "gmail", KENJI[1], when, FORM,
             "[CASE %s] %s" % (A_CASE, FORM_SUBJ), root,
             {"kind": "case_created", "case_id": A_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 002
@mail
def m002():
    when = B_OPEN + timedelta(seconds=12)
    text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge my three certification accounts into one
Severity: General guidance
Service: Training and Certification
Category: Account Merge

We'll respond as soon as possible. You can view or update your case in the Support Center:
%s

To help us resolve your issue faster, please make sure the case includes the AWS candidate ID of every account involved and the email address you use to sign in to each of them.

Note: This email address can't receive replies. To add information, use the Support Center link above.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. and its affiliates. All rights reserved. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
""" % (B_CASE, B_CASE, support_link(B_CASE))
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="padding:20px 24px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80" /></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Merge my three certification accounts into one</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td><b>Service:</b></td><td>Training and Certification</td></tr>
<tr><td><b>Category:</b></td><td>Account Merge</td></tr>
</table>
<p>We'll respond as soon as possible. You can view or update your case in the <a href="%s">Support Center</a>.</p>
<p>To help us resolve your issue faster, please make sure the case includes the AWS candidate ID of every account involved and the email address you use to sign in to each of them.</p>
<p style="color:#687078;font-size:12px">Note: This email address can't receive replies. To add information, use the Support Center link above.</p>
<p>Best regards,<br />Amazon Web Services</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">&copy; Amazon Web Services, Inc. and its affiliates. All rights reserved. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>
</body></html>
""" % (B_CASE, B_CASE, support_link(B_CASE))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    aws_mail("002-console-case-opened-verbose.eml", "outlook", PRIYA[1], when, NOREPLY,
             "Amazon Web Services: You have opened a new Support case: %s" % B_CASE, root,
             {"kind": "case_created", "case_id": B_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 003
@mail
def m003():
    when = C_OPEN + timedelta(seconds=57)
    body = """田中 美咲 様

（English follows Japanese）

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID：%s
お問い合わせ種別：認定 / アカウントのサポート

担当者より原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート

------------------------------------------------------------

Dear Misaki Tanaka,

Thank you for contacting AWS Training and Certification. This automatic message confirms that we have received your inquiry.

Case ID: %s
Inquiry type: Certification / Account assistance

An agent will get back to you, in principle within 24 hours. To add information, reply to this message without changing the case ID in the subject. Opening a new inquiry about the same matter may delay our answer.

AWS Training and Certification Customer Support
""" % (C_CASE, C_CASE)
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    subj = "[CASE %s] %s" % (C_CASE, ew("お問い合わせを受け付けました / We have received your inquiry", "ISO-2022-JP", "B", 16))
    aws_mail("003-bilingual-form-ack-ja-en.eml", "jp", MISAKI[1], when, FORM, subj, root,
             {"kind": "case_created", "case_id": C_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 004
@mail
def m004():
    when = I_OPEN + timedelta(seconds=23)
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  .btn {background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none;border-radius:2px;font-weight:bold}
  td.k {color:#545b64;width:170px}
</style>
</head>
<body style="font-family:Arial,sans-serif;background:#fafafa">
<div style="max-width:620px;margin:0 auto;background:#fff;border:1px solid #d5dbdb">
  <div style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS Training &amp; Certification</div>
  <div style="padding:20px">
    <h2 style="font-weight:normal;font-size:20px;margin-top:0">Your request is in our queue</h2>
    <p>Hi Ana,</p>
    <p>Thanks for getting in touch. We logged your request under the reference below and routed it to the Certification team. You'll hear from a specialist&nbsp;&mdash; usually within one business day.</p>
    <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
      <tr><td class="k">Reference</td><td><b>%s</b></td></tr>
      <tr><td class="k">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
      <tr><td class="k">AWS candidate ID provided</td><td>%s</td></tr>
      <tr><td class="k">Submitted</td><td>%s UTC</td></tr>
    </table>
    <p>Want to add something? Just reply to this email &mdash; keep the reference in the subject so your note lands on the same request.</p>
    <p style="margin:26px 0"><a class="btn" href="https://aws.amazon.com/contact-us/aws-training/?ref=%s">Contact options</a></p>
    <p style="font-size:12px;color:#687078">Please don't submit the form again for this topic. A second request with the same question goes to the back of the queue.</p>
  </div>
  <div style="padding:12px 20px;font-size:11px;color:#879596;border-top:1px solid #eaeded">
    Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210<br>
    <a href="https://aws.amazon.com/privacy/" style="color:#879596">Privacy</a> | <a href="https://aws.amazon.com/terms/" style="color:#879596">Site terms</a>
  </div>
</div>
</body>
</html>
""" % (I_CASE, I_NEW, I_OPEN.strftime("%Y-%m-%d %H:%M"), I_CASE)
    root = part(html, "html", "utf-8", "b64")
    aws_mail("004-html-only-request-queued.eml", "outlook", ANA[1], when, FORM,
             "We've got your request (ref %s)" % I_CASE, root,
             {"kind": "case_created", "case_id": I_CASE, "account_ids": [I_NEW], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 005
@mail
def m005():
    when = D_OPEN + timedelta(seconds=9)
    body = """こんにちは、

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。あなたの問題に対処するために、ケース %s を開きました。

あなたのケースの詳細は次のとおりです:

ケース ID: %s
件名: 認定アカウントのマージをお願いします
重大度: 一般的なガイダンス
サービス: トレーニングと認定

私たちはできるだけ早く応答します。あなたはサポートセンターであなたのケースを表示または更新することができます:
%s

この電子メールアドレスは返信を受け取ることができません。情報を追加するには、上記のサポートセンターのリンクを使用してください。

よろしくお願いします、
アマゾン ウェブ サービス

Amazon Web Services, Inc. およびその関連会社。無断複写・転載を禁じます。このメッセージは Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210 によって作成され、配布されました。
""" % (D_CASE, D_CASE, support_link(D_CASE, "ja"))
    root = part(body, "plain", "utf-8", "b64")
    subj = "Amazon Web Services: " + ew("新しいサポートケースを開きました:", "UTF-8", "B", 10) + " " + D_CASE
    aws_mail("005-machine-translated-case-opened-ja.eml", "jp", DAISUKE[1], when, NOREPLY, subj, root,
             {"kind": "case_created", "case_id": D_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.biglobe.ne.jp")

# ---------------------------------------------------------------- 006
@mail
def m006():
    when = datetime(2025, 5, 28, 16, 47, 3, tzinfo=UTC)
    body = """Hello Kenji,

Greetings from AWS Training and Certification!

Thank you for contacting us regarding merging of your certification accounts. I understand that you have two candidate accounts, AWS 01839274 and aws02567710, and you would like to have all your certifications under single account.

To proceed further, kindly provide the below details:

1. The login email address used for each of the account (the email you use to sign in to aws.training / CertMetrics)
2. The notification email address registered on each account, if different from login email
3. Which of the above two candidate IDs you wish to retain as your primary account

Once we receive the above information we will be able to check the accounts and move ahead with the request. Request you to reply on this same email and not to create a new case, as it will only lead to delay in response.

We value your feedback. Please share your experience by rating this correspondence using the link at the end of this email.

Best regards,

Deepika S.
AWS Training and Certification Customer Support

Was this response helpful? Click here to rate: https://aws.amazon.com/training/support-feedback/?caseId=%s

-------- Original Message --------
Subject: %s
Inquiry type: Certification
Inquiry detail: Account Merge
Name: Kenji Watanabe
Email: %s
AWS candidate ID: %s
Message: Hello, I have two AWS Certification accounts. The old one (%s) was made with my previous company email and I no longer have access to that mailbox. The new one is %s. Please merge them so that all my certifications are in one place. Thank you.
""" % (A_CASE, FORM_SUBJ, KENJI[1], A_OLD, A_OLD, A_NEW)
    root = part(body, "plain", "utf-8", "qp")
    aws_mail("006-rfi-login-emails-nonnative.eml", "gmail", KENJI[1], when, FORM,
             "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": A_CASE, "account_ids": [A_OLD, A_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 007
@mail
def m007():
    when = E_OPEN + timedelta(minutes=2, seconds=4)
    body = """Dear Sarah,

Thank you for contacting AWS Training and Certification Customer Support.

Your request has been received and assigned case number %s. A member of our team will review your request and respond within 1-2 business days.

Please reference your case number in any future correspondence regarding this request.

Due to the current high volume of requests, response times may be longer than usual. We appreciate your patience.

Sincerely,
AWS Training and Certification Customer Support
""" % E_CASE
    root = part(body, "plain", "us-ascii", "7bit")
    aws_mail("007-2020-ack-10digit-no-auth.eml", "none", SARAH[1], when,
             '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             "AWS Training and Certification: We received your request [Case %s]" % E_CASE, root,
             {"kind": "case_created", "case_id": E_CASE, "account_ids": [], "sender_verified": None,
              "language": "en"}, auth=False)


# ---------------------------------------------------------------- 008
@mail
def m008():
    when = datetime(2025, 7, 15, 18, 22, 40, tzinfo=UTC)
    text = """Dear Amazon Web Services customer,

We've updated your support case %s: "Merge my three certification accounts into one".

To see the update and respond, sign in to the AWS Support Center:
%s

Please do not reply to this email. Replies to this address are not monitored.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. Reference: %s
""" % (B_CASE, support_link(B_CASE), B_CASE)
    html = html_from_text(text)
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html, "html", "utf-8", "qp"))
    aws_mail("008-new-correspondence-notice.eml", "outlook", PRIYA[1], when, NOREPLY,
             "[Case %s] New correspondence added" % B_CASE, root,
             {"kind": "support_reply", "case_id": B_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 009
@mail
def m009():
    when = datetime(2025, 3, 13, 2, 31, 18, tzinfo=UTC)
    body = """田中 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

お問い合わせいただいておりますアカウント統合の件につきまして、ご連絡が遅くなり大変申し訳ございません。

現在、認定担当部署にて、ご登録情報および受験履歴の確認を進めております。確認には通常 2〜3 営業日ほどお時間を頂戴しております。進捗がございましたら、改めて本メールにてご連絡いたしますので、恐れ入りますが今しばらくお待ちくださいますようお願い申し上げます。

なお、同じ内容で新たにお問い合わせを作成されますと、確認が重複し回答が遅れる場合がございます。本件に関するご連絡は、引き続き本メールへのご返信にてお願いいたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート

2025年3月12日(水) 18:40 田中 美咲 <misaki.tanaka@nifty.com>:
> AWS サポート ご担当者様
>
> お世話になっております。田中です。
> 3月10日に以下の2つの認定アカウントの統合をお願いしましたが、
> その後いかがでしょうか。
>
> 旧アカウント：%s
> 新アカウント：%s（こちらを残したいです）
>
> よろしくお願いいたします。
>
> 2025年3月10日(月) 10:23 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 美咲 様
> >
> > AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
> > ケース ID：%s
""" % (C_OLD, C_NEW, C_CASE)
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    subj = "RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ)
    aws_mail("009-ja-status-update-checking.eml", "jp", MISAKI[1], when, FORM, subj, root,
             {"kind": "support_reply", "case_id": C_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 010
@mail
def m010():
    opened = datetime(2025, 6, 2, 4, 10, 33, tzinfo=UTC)
    cid = case15(opened)
    when = opened + timedelta(seconds=15)
    text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected charges for NAT Gateway in ap-northeast-1
Severity: General guidance
Service: Billing
Category: Charges / Understanding my bill

We'll respond as soon as possible. You can view or update your case in the Support Center:
%s

Note: This email address can't receive replies. To add information, use the Support Center link above.

Best regards,
Amazon Web Services
""" % (cid, cid, support_link(cid))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("010-billing-case-opened-lookalike.eml", "gmail", KENJI[1], when, NOREPLY,
             "Amazon Web Services: You have opened a new Support case: %s" % cid, root,
             {"kind": "unrelated", "case_id": cid, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 011
@mail
def m011():
    when = F_OPEN + timedelta(seconds=31)
    text = """Dear AWS customer,

Thank you for contacting AWS Support. Case #%s has been created on your behalf.

Case subject: Merge two AWS Certification accounts (candidate IDs)
Severity: General guidance
Service: Certification

An AWS Support associate will review your case and respond by email and in the Support Center. Response times for General guidance cases are typically under 24 hours.

View your case: https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, please use the link above.*

Amazon Web Services
""" % (F_CASE, F_CASE)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "b64"))
    aws_mail("011-2022-case-created-11digit.eml", "outlook", MARCO[1], when, NOREPLY,
             "Amazon Web Services: You have opened a new Support case: %s" % F_CASE, root,
             {"kind": "case_created", "case_id": F_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 012
@mail
def m012():
    when = datetime(2025, 9, 3, 1, 15, 2, tzinfo=UTC)
    body = """佐藤 大輔 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 サポート担当の村上でございます。

ご依頼いただきました認定アカウントの統合につきまして、作業を進めるにあたり、恐れ入りますが以下の点をご確認いただけますでしょうか。

① 統合後に残すアカウント（存続させる候補者 ID）
　　・AWS-01477305
　　・AWS-02299841
② 各アカウントのサインインにご利用のメールアドレス
③ 統合を希望される理由（例：メールアドレス変更に伴い、新しいアカウントを作成してしまった　等）

上記をご確認のうえ、サポートセンターのケース画面よりご返信ください。いただいた情報をもとに、担当部署にて確認いたします。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

村上
Amazon Web Services

────────────────────────
このやり取りについてのご意見をお聞かせください。サポートセンターで本件の対応を評価いただけます。
ケースの確認・返信はこちら： %s
※本メールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。
""" % support_link(D_CASE, "ja")
    root = part(body, "plain", "shift_jis", "8bit", label="Shift_JIS", codec="cp932")
    subj = "RE:[CASE %s] %s" % (D_CASE, ew("認定アカウントのマージをお願いします", "ISO-2022-JP", "B", 12))
    aws_mail("012-ja-rfi-keep-which-sjis-cp932.eml", "jp", DAISUKE[1], when, NOREPLY, subj, root,
             {"kind": "support_reply", "case_id": D_CASE, "account_ids": [D_A, D_B], "sender_verified": True,
              "language": "ja"}, jp_host="mx.biglobe.ne.jp")


# ---------------------------------------------------------------- helpers for non-SES mail
def ext_mail(fname, provider, to_addr, when, from_, subject, root, label, ip, helo, mailfrom,
             from_domain, dkim_domain=None, dkim_res="pass", spf="pass", dmarc="pass",
             msgid=None, extra=None, jp_host=None, auth=True, policy="REJECT", date_tz=UTC,
             extra_top=None, extra_auth_below=None, selector="s1"):
    a = None
    if auth:
        dk = [(dkim_res, dkim_domain, selector)] if dkim_domain else []
        a = {"spf": spf, "mailfrom": mailfrom, "ip": ip, "dkim": dk, "dmarc": dmarc,
             "from_domain": from_domain, "policy": policy}
    h = trace(provider, to_addr, when, ip, helo, mailfrom, a, jp_host=jp_host,
              extra_top=extra_top, extra_auth_below=extra_auth_below)
    if dkim_domain:
        h.append(("DKIM-Signature", dkim_sig(dkim_domain, selector, when)))
    h.append(("Date", rfc(when.astimezone(date_tz))))
    h.append(("From", from_))
    h.append(("To", to_addr))
    h.append(("Subject", subject))
    h.append(("Message-ID", msgid or "<%s@%s>" % (hexs(24), from_domain)))
    if extra:
        h.extend(extra)
    write(fname, h, root, label)


def credly_mail(fname, provider, to_addr, when, subject, root, label, from_=CREDLY,
                from_domain="credly.com", dmarc="pass", jp_host=None, extra=None):
    ip = "149.72.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254))
    helo = "o%d.ptr%d.email.credly.com" % (RND.randint(1, 9), RND.randint(1000, 9999))
    mf = "bounces+%d-%s-%s=%s@em.credly.com" % (RND.randint(1000000, 9999999), hexs(4),
                                                  to_addr.split("@")[0], to_addr.split("@")[1])
    ext_mail(fname, provider, to_addr, when, from_, subject, root, label, ip, helo, mf,
             from_domain, dkim_domain=from_domain, dmarc=dmarc, jp_host=jp_host,
             msgid="<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "x").replace("+", "y"), RND.randint(1, 40)),
             extra=[("X-SG-EID", b64s(120))] + (extra or []), policy="QUARANTINE")


# ---------------------------------------------------------------- 013
@mail
def m013():
    when = G1_OPEN + timedelta(seconds=48)
    text = """Thank you for your submission.

Case: %s
Topic: Certification - Account Merge

We aim to reply within 24 hours. If your question is about an exam appointment, you can also manage it directly at https://home.pearsonvue.com/aws.

AWS Training and Certification
""" % G1_CASE
    root = alt(part(text, "plain", "us-ascii", "7bit"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("013-form-ack-minimal.eml", "gmail", MINJUN[1], when, FORM,
             "[CASE %s] %s" % (G1_CASE, FORM_SUBJ), root,
             {"kind": "case_created", "case_id": G1_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 014
@mail
def m014():
    when = G2_OPEN + timedelta(seconds=36)
    text = """Hello Lee Min-jun,

We've received your message and opened case %s for it. Below is a copy of what you submitted, for your records.

An agent from the AWS Training and Certification team will contact you at this address. Replies usually arrive within one business day; during busy periods it can take a little longer.

Your submission
---------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Additional candidate ID: %s
Description: Last week I asked for my two certification accounts to be merged (case %s) but never got any answer. I am opening this again. Please merge %s into %s and keep %s.
---------------

If you need to add to this request, reply to this email. Please don't submit the form again.

Thank you,
AWS Training and Certification Customer Support
""" % (G2_CASE, G_NEW, G_OLD, G1_CASE, G_OLD, G_NEW, G_NEW)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("014-second-case-ack-with-submission-copy.eml", "gmail", MINJUN[1], when, FORM,
             "[CASE %s] %s" % (G2_CASE, FORM_SUBJ), root,
             {"kind": "case_created", "case_id": G2_CASE, "account_ids": [G_OLD, G_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 015
@mail
def m015():
    when = datetime(2025, 10, 14, 19, 5, 51, tzinfo=UTC)
    text = """Hi Min-jun,

I'm sorry you had to reach out twice. I found your earlier case %s: it was submitted without a notification address, so our reply never reached you. I have linked both cases and we will continue here, in case %s, so there's no need to follow up on the older one.

Because your older account %s still holds an active certification with a pending benefit (the 50%% exam discount voucher), I have escalated the request to our Certification Operations team. They need to check how the voucher is carried over before anything can be changed on the accounts. This is a manual review and usually takes 2-4 business days.

You don't need to do anything right now. I'll write to you as soon as I hear back from the team, and at that point I'll ask you to double-check the details before we go ahead.

Kind regards,

Ji-woo P.
AWS Training and Certification Customer Support
""" % (G1_CASE, G2_CASE, G_OLD)
    quoted = """

On Mon, Oct 13, 2025 at 11:14 AM Lee Min-jun <%s> wrote:
> Hello, is there any update? This is my second request.
> Old: %s / New: %s
>
> Thanks
> Min-jun
""" % (MINJUN[1], G_OLD, G_NEW)
    root = part(text + quoted, "plain", "utf-8", "qp")
    aws_mail("015-escalated-to-cert-ops.eml", "gmail", MINJUN[1], when, FORM,
             "RE:[CASE %s] %s" % (G2_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": G2_CASE, "account_ids": [G_OLD],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 016
@mail
def m016():
    when = datetime(2025, 6, 10, 15, 0, 12, tzinfo=UTC)
    text = """Dear Kenji Watanabe,

AWS Certification wants to hear from you!

As a valued AWS Certified individual, your feedback helps us improve the certification experience. Please take a few minutes to complete a short survey about your recent AWS Certification exam.

Candidate ID: %s
Exam: AWS Certified Developer - Associate (DVA-C02)

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s

This survey will close in 14 days.

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
""" % (A_NEW, hexs(32))
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html_from_text(text, "AWS Certification"), "html", "utf-8", "qp"))
    ext_mail("016-certmetrics-survey-lookalike.eml", "gmail", KENJI[1], when,
             '"AWS Certification" <do-not-reply@certmetrics.com>',
             "AWS Certification wants to hear from you", root,
             {"kind": "unrelated", "case_id": None, "account_ids": [A_NEW], "sender_verified": False,
              "language": "en"},
             "168.245.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254)), "o3.mail.certmetrics.com",
             "bounces+2849100-8f3a-%s=gmail.com@mail.certmetrics.com" % KENJI[1].split("@")[0],
             "certmetrics.com", dkim_domain="certmetrics.com", policy="NONE")


# ---------------------------------------------------------------- 017
@mail
def m017():
    when = H_OPEN + timedelta(seconds=44)
    text = """山本 翔太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

以下の内容でお問い合わせを承りました。

　ケース番号　：%s
　お問い合わせ：認定 ＞ アカウントの統合
　受付日時　　：%s

内容を確認のうえ、担当者より順次ご連絡いたします。通常、1 営業日以内にご返信しておりますが、お問い合わせが集中している場合はお時間をいただくことがございます。あらかじめご了承ください。

補足事項がございましたら、件名を変更せずに本メールへご返信ください。

※本メールはシステムより自動送信されています。
※同一内容のお問い合わせを重ねて送信されますと、ご回答が遅れる原因となりますのでご遠慮ください。

━━━━━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
━━━━━━━━━━━━━━━━━━━━━━
""" % (H_CASE, H_OPEN.astimezone(JST).strftime("%Y/%m/%d %H:%M"))
    html = html_from_text(text, "AWS トレーニングと認定").replace('<html>', '<html lang="ja">')
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    subj = "[CASE %s] " % H_CASE + ew("【自動返信】お問い合わせを承りました（AWS トレーニングと認定）", "UTF-8", "B", 12)
    aws_mail("017-ja-auto-reply-received.eml", "jp", SHOTA[1], when, FORM, subj, root,
             {"kind": "case_created", "case_id": H_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.so-net.ne.jp")


# ---------------------------------------------------------------- 018
A_REQ_TEXT = """Hello Kenji,

Thank you for sharing the details.

I have verified both the accounts and below are the details which we have on our records:

Account to be merged (will be deactivated): %s - login: k.watanabe@hoshino-sys.co.jp
Surviving account (primary): %s - login: %s

After the merge, all the certifications, exam history and benefits from %s will be available under %s and you will not be able to sign in using the old account. Please note that this action is permanent and cannot be reverted once done.

Kindly reply to this email confirming that the above details are correct and that you would like us to proceed with the merge.

Best regards,

Deepika S.
AWS Training and Certification Customer Support
""" % (A_OLD, A_NEW, KENJI[1], A_OLD, A_NEW)


@mail
def m018():
    when = datetime(2025, 5, 29, 17, 30, 26, tzinfo=UTC)
    quoted = """
On Thu, 29 May 2025 at 07:58, Kenji Watanabe <%s> wrote:
> Hi Deepika,
>
> Thanks for the quick reply.
> 1. %s -> k.watanabe@hoshino-sys.co.jp (old company address, no access anymore)
>    %s -> %s
> 2. Notification emails are the same as the login emails.
> 3. Please keep %s.
>
> Best,
> Kenji
>
> On Wed, 28 May 2025 at 16:47, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Kenji,
> >
> > Greetings from AWS Training and Certification!
> >
> > To proceed further, kindly provide the below details:
> > 1. The login email address used for each of the account
""" % (KENJI[1], A_OLD, A_NEW, KENJI[1], A_NEW)
    root = part(A_REQ_TEXT + quoted, "plain", "utf-8", "qp")
    aws_mail("018-merge-confirmation-request.eml", "gmail", KENJI[1], when, FORM,
             "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), root,
             {"kind": "merge_confirmation_requested", "case_id": A_CASE, "account_ids": [A_OLD, A_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 019
@mail
def m019():
    when = datetime(2025, 5, 30, 9, 12, 44, tzinfo=UTC)
    text = """Hello Kenji,

Thank you for confirming. I have now submitted your request to our Certification Operations team and they will take it forward from here.

The process normally takes 3 to 5 business days. Once the merge is complete you will receive a separate confirmation from us, and your Credly badges will be re-issued to the email address registered on %s. There is no further action required from your side at this time.

Best regards,

Deepika S.
AWS Training and Certification Customer Support
""" % A_NEW
    q1 = "\n".join("> " + l if l else ">" for l in A_REQ_TEXT.strip().split("\n"))
    quoted = """
-----Original Message-----
From: Kenji Watanabe <%s>
Sent: Friday, May 30, 2025 8:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] %s

The details are correct. Please proceed with the merge.

Kenji

On Thu, 29 May 2025 at 17:30, Amazon Web Services wrote:
%s
""" % (KENJI[1], A_CASE, FORM_SUBJ, q1)
    root = part(text + quoted, "plain", "utf-8", "qp")
    aws_mail("019-thanks-for-confirming-will-proceed.eml", "gmail", KENJI[1], when, FORM,
             "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": A_CASE, "account_ids": [A_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 020
@mail
def m020():
    when = datetime(2025, 6, 3, 22, 41, 9, tzinfo=UTC)
    text = """Hello Kenji,

Good news! The two certification accounts have now been combined. Everything that was on %s (certifications, exam history and benefits) has been moved to %s, which remains your only active account.

Please sign in with %s from now on. The old profile can no longer be used.

Your Credly badges will be issued again to the email on the surviving profile; please allow up to 48 hours for them to arrive. If they do not show up after that, just reply to this email and we will check with Credly.

Thank you for your patience, and congratulations on your certifications!

Best regards,

Deepika S.
AWS Training and Certification Customer Support
""" % (A_OLD, A_NEW, KENJI[1])
    html = html_from_text(text)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    aws_mail("020-accounts-combined-done.eml", "gmail", KENJI[1], when, FORM,
             "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), root,
             {"kind": "merge_completed", "case_id": A_CASE, "account_ids": [A_OLD, A_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 021
@mail
def m021():
    when = datetime(2025, 6, 4, 0, 5, 37, tzinfo=UTC)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#16191f;background:#ffffff">
<table role="presentation" width="100%%" style="max-width:600px;margin:auto">
<tr><td style="padding:16px 0"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="90" alt="aws"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Your case <b>%s</b> has been marked as resolved. If you need more help with this issue, you can reply to the last message from our agent within 14 days and the case will be reopened automatically.</p>
<p style="font-size:16px;margin-top:24px"><b>Was your issue resolved?</b></p>
<p>
<a href="https://survey.aws.training/r/%s?ans=yes&amp;case=%s" style="display:inline-block;padding:8px 26px;background:#1d8102;color:#fff;text-decoration:none">YES</a>
&nbsp;
<a href="https://survey.aws.training/r/%s?ans=no&amp;case=%s" style="display:inline-block;padding:8px 26px;background:#d13212;color:#fff;text-decoration:none">NO</a>
</p>
<p>It takes less than a minute, and it helps us coach our agents.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596;padding-top:30px">You are receiving this message because you contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</td></tr>
</table>
</body></html>
""" % (A_CASE, hexs(16), A_CASE, hexs(16), A_CASE)
    root = part(html, "html", "utf-8", "qp")
    aws_mail("021-resolved-yes-no-survey.eml", "gmail", KENJI[1], when, FORM,
             "[CASE %s] How did we do?" % A_CASE, root,
             {"kind": "survey", "case_id": A_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 022
@mail
def m022():
    when = datetime(2025, 6, 4, 13, 18, 2, tzinfo=UTC)
    badge = "AWS Certified Developer - Associate"
    text = """Kenji, you've earned a badge!

Amazon Web Services Training and Certification has issued you the "%s" badge.

Your badge is ready. Accept it to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Why accept? Badges are a verified, portable way to show your skills. Employers can view and verify them in one click.

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Unsubscribe from these notifications: https://www.credly.com/notification_settings
""" % (badge, str(uuid.UUID(int=RND.getrandbits(128), version=4)))
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table align="center" width="560" style="background:#fff;padding:24px">
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="160" alt="%s"></td></tr>
<tr><td align="center"><h1 style="font-size:22px">Kenji, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:20px">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></body></html>
""" % (hexs(32), badge, badge, hexs(32))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    credly_mail("022-credly-badge-earned.eml", "gmail", KENJI[1], when,
                "Kenji, you've earned a badge from Amazon Web Services Training and Certification", root,
                {"kind": "credly_badge_issued", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"})


# ---------------------------------------------------------------- 023
@mail
def m023():
    when = datetime(2025, 7, 15, 18, 22, 31, tzinfo=UTC)
    text = """Hello Priya,

Thank you for your patience while I looked into this.

Before I submit the consolidation of your profiles, there is one point I need to clarify. Candidate ID %s has an exam appointment booked with Pearson VUE for 29 July 2025 (AWS Certified Solutions Architect - Associate). Profiles with a pending appointment can't be processed until the appointment has been taken or cancelled, otherwise the exam result may be recorded on a profile that no longer exists.

Could you please confirm which of these you would prefer?
  a) sit the exam first and we continue with your request afterwards, or
  b) cancel or reschedule the appointment now, so that we can proceed straight away.

Please reply through the Support Center using the link below.

Best regards,

Tomasz W.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL: %s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.*
""" % (B_IDS[1], support_link(B_CASE))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("023-question-pending-exam-not-merge.eml", "outlook", PRIYA[1], when, NOREPLY,
             "RE:[CASE %s] Merge my three certification accounts into one" % B_CASE, root,
             {"kind": "support_reply", "case_id": B_CASE, "account_ids": [B_IDS[1]],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 024
@mail
def m024():
    when = datetime(2025, 7, 2, 11, 40, 0, tzinfo=UTC)
    text = """Dear Priya Raman,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Tuesday, July 29, 2025
Time: 2:00 PM India Standard Time
Delivery: OnVUE online proctored
Candidate ID: %s
Registration ID: 5%08d

Please review the system requirements and run the system test on the computer you will use for the exam.

If you need to reschedule or cancel, please do so at least 24 hours before your appointment at https://home.pearsonvue.com/aws.

Sincerely,
Pearson VUE
""" % (B_IDS[1], RND.randint(0, 99999999))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Pearson VUE"), "html", "utf-8", "qp"))
    ext_mail("024-pearson-vue-appointment.eml", "outlook", PRIYA[1], when,
             '"Pearson VUE" <PearsonVUEConfirmation@pearson.com>',
             "Confirmation of Your Exam Appointment - AWS Certified Solutions Architect - Associate", root,
             {"kind": "unrelated", "case_id": None, "account_ids": [B_IDS[1]], "sender_verified": False,
              "language": "en"},
             "159.182.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254)), "mx-out.pearson.com",
             "bounce@pearson.com", "pearson.com", dkim_domain="pearson.com", selector="pvue2024")


KEN = ("中村 健", "ken.nakamura@zaq.ne.jp")
OLIVER = ("Oliver Grant", "oliver.grant@northwind-analytics.co.uk")
FATIMA = ("Fatima Al-Sayed", "fatima.alsayed@yahoo.com")
K_OPEN = datetime(2025, 12, 1, 3, 48, 16, tzinfo=UTC)
K_CASE = case15(K_OPEN)
L_OPEN = datetime(2025, 8, 19, 8, 2, 55, tzinfo=UTC)
L_CASE = case15(L_OPEN)
M_OPEN = datetime(2025, 4, 22, 20, 30, 9, tzinfo=UTC)
M_CASE = case15(M_OPEN)


# ---------------------------------------------------------------- 025
@mail
def m025():
    when = datetime(2025, 10, 13, 9, 2, 11, tzinfo=UTC)
    fake = "%d%05d" % (int((when - timedelta(hours=3)).timestamp()), RND.randint(0, 99999))
    html = """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training &amp; Certification</span></div>
<p>Dear Candidate,</p>
<p>We have opened case <b>%s</b> for your certification account merge request.</p>
<p>Due to recent security updates, all merge requests must be verified by the account holder within <b>48 hours</b>. Unverified requests will be cancelled and the certifications linked to the secondary account may be permanently removed.</p>
<p style="text-align:center;margin:24px"><a href="http://aws-certification-center.com/verify/merge?c=%s&amp;t=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my request</a></p>
<p>You will be asked to sign in with your AWS Training account and confirm your payment method for the identity check (no charge will be made).</p>
<p>Regards,<br>AWS Certification Case Management</p>
<p style="font-size:10px;color:#888">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</p>
</body></html>
""" % (fake, fake, hexs(20))
    root = part(html, "html", "utf-8", "qp")
    ext_mail("025-phish-merge-case-opened-lookalike.eml", "gmail", MINJUN[1], when,
             '"AWS Training & Certification" <support@aws-certification-center.com>',
             "[CASE %s] Your account merge request was received - verification required" % fake, root,
             {"kind": "case_created", "case_id": fake, "account_ids": [], "sender_verified": False,
              "language": "en"},
             "185.%d.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254), RND.randint(1, 254)),
             "mail.aws-certification-center.com", "bounce@aws-certification-center.com",
             "aws-certification-center.com", dkim_domain="aws-certification-center.com", policy="NONE",
             selector="default")


# ---------------------------------------------------------------- 026
@mail
def m026():
    when = K_OPEN + timedelta(seconds=14)
    body = """こんにちは

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: AWS 認定アカウントの統合について
重要度: 一般的なガイダンス
サービス: トレーニングと認定

できる限り早く回答いたします。ケースの確認や更新は、サポートセンターから行えます:
%s

このメールアドレスは返信を受け付けておりません。情報を追加される場合は、上記のサポートセンターのリンクをご利用ください。

Amazon Web Services
""" % (K_CASE, K_CASE, support_link(K_CASE, "ja"))
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    subj = "Amazon Web Services: " + ew("サポートケースが作成されました:", "ISO-2022-JP", "B", 10) + " " + K_CASE
    aws_mail("026-ja-console-case-created-iso2022jp.eml", "jp", KEN[1], when, NOREPLY, subj, root,
             {"kind": "case_created", "case_id": K_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.zaq.ne.jp")


# ---------------------------------------------------------------- 027
@mail
def m027():
    when = L_OPEN + timedelta(seconds=50)
    text = """Hi Oliver,

Thanks for contacting AWS Training and Certification - we're on it.

Your case number is %s. Keep it handy: if you need to send us anything else about this request, just reply to this email and leave the case number in the subject.

What happens next
- A Certification specialist reviews your request (typically within 24 hours).
- If anything is missing, they'll email you from this address.

Please don't open another case for the same question. We'll get back to you here.

AWS Training and Certification Customer Support
""" % L_CASE
    html = html_from_text(text)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    aws_mail("027-form-ack-dkim-broken-by-gateway.eml", "outlook", OLIVER[1], when, FORM,
             "[CASE %s] %s" % (L_CASE, FORM_SUBJ), root,
             {"kind": "case_created", "case_id": L_CASE, "account_ids": [], "sender_verified": False,
              "language": "en"}, dmarc="fail", dkim_own="fail",
             extra=[("X-MS-Exchange-Organization-SCL", "5"),
                    ("X-Mimecast-Spam-Score", "2"),
                    ("X-Mimecast-MFC-PROC-ID", "%s-%s" % (hexs(8), hexs(12)))])


# ---------------------------------------------------------------- 028
@mail
def m028():
    when = M_OPEN + timedelta(seconds=20)
    text = """Hello,

Following your chat with AWS Support, case %s has been opened on your behalf.

Case ID: %s
Subject: Combine two AWS Certification profiles (candidate IDs)
Severity: General guidance
Opened by: AWS Support on behalf of the account owner

A member of the Training and Certification team will follow up. You can view the case and add information in the Support Center:
%s

This email address can't receive replies.

Best regards,
Amazon Web Services
""" % (M_CASE, M_CASE, support_link(M_CASE))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "b64"))
    aws_mail("028-case-opened-on-your-behalf-yahoo.eml", "yahoo", FATIMA[1], when, NOREPLY,
             "Amazon Web Services: A Support case has been opened on your behalf: %s" % M_CASE, root,
             {"kind": "case_created", "case_id": M_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 029
@mail
def m029():
    when = datetime(2025, 9, 4, 7, 40, 2, tzinfo=UTC)
    body = """Amazon Web Services をご利用のお客様

サポートケース %s「認定アカウントのマージをお願いします」に新しいやり取りが追加されました。

内容を確認してご返信いただくには、AWS サポートセンターにサインインしてください:
%s

このメールには返信しないでください。このアドレス宛のメールは確認されません。

Amazon Web Services
""" % (D_CASE, support_link(D_CASE, "ja"))
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    subj = "[Case %s] " % D_CASE + ew("新しいやり取りが追加されました", "ISO-2022-JP", "B", 10)
    aws_mail("029-ja-new-correspondence-notice.eml", "jp", DAISUKE[1], when, NOREPLY, subj, root,
             {"kind": "support_reply", "case_id": D_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.biglobe.ne.jp")


# ---------------------------------------------------------------- 030
@mail
def m030():
    when = datetime(2025, 11, 27, 12, 6, 44, tzinfo=UTC)
    text = """山本 翔太 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様よりご返信をいただきましたので、一度解決済みとなっておりましたケース %s を再開いたしました。
担当者が内容を確認し、改めてご連絡いたします。今しばらくお待ちください。

※本メールは自動送信です。
※ご返信の際は、件名のケース番号を変更しないようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % H_CASE
    html = html_from_text(text, "ケース再開のお知らせ")
    root = alt(part(text, "plain", "utf-8", "b64"), part(html, "html", "utf-8", "b64"))
    subj = "[CASE %s] " % H_CASE + ew("ケース再開のお知らせ", "UTF-8", "Q", 5)
    aws_mail("030-ja-case-reopened-notice.eml", "jp", SHOTA[1], when, FORM, subj, root,
             {"kind": "support_reply", "case_id": H_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.so-net.ne.jp")


# ---------------------------------------------------------------- 031
@mail
def m031():
    when = datetime(2025, 7, 28, 6, 19, 57, tzinfo=UTC)
    text = """Hello,

Your support case %s has been reopened because new correspondence was added to it.

Case ID: %s
Subject: Merge my three certification accounts into one
Status: Pending Amazon Action

An AWS Support agent will review the update. You can follow the case in the Support Center:
%s

This email address can't receive replies.

Amazon Web Services
""" % (B_CASE, B_CASE, support_link(B_CASE))
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("031-case-reopened-notice.eml", "outlook", PRIYA[1], when, NOREPLY,
             "Amazon Web Services: Your Support case %s has been reopened" % B_CASE, root,
             {"kind": "support_reply", "case_id": B_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 032
@mail
def m032():
    when = datetime(2020, 8, 13, 21, 14, 3, tzinfo=UTC)
    text = """Hi Sarah,

Thanks for getting back to me with the account details.

Before we can go any further I need to check one thing. The two profiles don't show exactly the same name: %s is registered to "Sarah O'Connell" while AWS 01204466 shows "Sarah OConnell". We can only combine records that belong to the same person, so could you please confirm the spelling of your legal name exactly as it appears on the government ID you present at the test centre?

If the name on %s is wrong, you'll need to correct it first through the candidate profile page (Edit Profile > Name). Let me know once that's done, or if you're not able to change it.

Thanks,
Declan M.
AWS Training and Certification Customer Support
""" % (E_OLD, E_NEW)
    root = part(text, "plain", "us-ascii", "7bit")
    aws_mail("032-2020-name-mismatch-question.eml", "none", SARAH[1], when,
             '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             "RE: AWS Training and Certification: We received your request [Case %s]" % E_CASE, root,
             {"kind": "support_reply", "case_id": E_CASE, "account_ids": [E_OLD, E_NEW],
              "sender_verified": None, "language": "en"}, auth=False)


# ---------------------------------------------------------------- 033
@mail
def m033():
    when = datetime(2022, 11, 14, 10, 2, 37, tzinfo=UTC)
    text = """Hello Marco,

I'm following up on my previous message of 7 November, as we have not received a reply yet.

To continue with your request, we still need:
- the e-mail address you use to sign in to the account %s
- which of the two accounts (%s or %s) you want to keep

If we don't hear from you within the next 5 days, this case will be resolved automatically. You can reopen it at any time by replying through the Support Center.

Best regards,

Giulia R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.*
""" % (F_OLD, F_OLD, F_NEW, F_CASE)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("033-2022-chaser-missing-info.eml", "outlook", MARCO[1], when, NOREPLY,
             "RE:[CASE %s] Merge two AWS Certification accounts (candidate IDs)" % F_CASE, root,
             {"kind": "support_reply", "case_id": F_CASE, "account_ids": [F_OLD, F_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 034
@mail
def m034():
    when = datetime(2025, 3, 14, 6, 45, 10, tzinfo=UTC)
    body = """田中 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご返信いただき、誠にありがとうございます。

確認いたしましたところ、旧アカウント（%s）に再認定の受験履歴が含まれておりましたため、本件は認定資格の記録を管理する専門チームへエスカレーションいたしました。

専門チームでの確認が完了いたしましたら、統合内容の最終確認のご連絡を差し上げます。お待たせしてしまい恐縮ですが、今しばらくお時間を頂戴できますと幸いです。

引き続きよろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 田中 美咲 <misaki.tanaka@nifty.com>
Sent: Friday, March 14, 2025 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] %s

山口様

ご連絡ありがとうございます。
残したいのは新しいアカウント %s です。
旧アカウント %s のログインメールは misaki.t@kawasaki-denki.co.jp（前職）です。

よろしくお願いいたします。
田中
""" % (C_OLD, C_CASE, FORM_SUBJ, C_NEW, C_OLD)
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    aws_mail("034-ja-escalated-specialist-team.eml", "jp", MISAKI[1], when, FORM,
             "RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": C_CASE, "account_ids": [C_OLD],
              "sender_verified": True, "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 035
@mail
def m035():
    when = datetime(2025, 10, 24, 16, 33, 8, tzinfo=UTC)
    text = """Hi Min-jun,

A quick update on your request. Our Certification Operations team has your confirmation and the job is queued, but the internal tool they use to move exam records is under maintenance this week, so the work has not started yet. I expect it to resume early next week.

I'm keeping your case open and will write again as soon as there is progress. Sorry for the extra wait.

Kind regards,

Ji-woo P.
AWS Training and Certification Customer Support
"""
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("035-status-delay-maintenance.eml", "gmail", MINJUN[1], when, FORM,
             "RE:[CASE %s] %s" % (G2_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": G2_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 036
@mail
def m036():
    when = datetime(2025, 6, 24, 13, 9, 55, tzinfo=UTC)
    text = """Hello Ana,

Thank you for contacting AWS Training and Certification.

I located the profile %s that you mentioned in your request. To find the second profile I need a little more information, because no other profile is registered under your name with the address %s:

  * the email address you used when you registered for your first exam (possibly a personal address or a former employer's address)
  * the approximate date and the name of that exam

If you happen to have the second candidate ID, that would be the quickest way for me to find it.

Kind regards,

Rahul K.
AWS Training and Certification Customer Support

________________________________
From: Ana Souza <%s>
Sent: Monday, June 23, 2025 4:02 PM
To: AWS Training and Certification
Subject: Account Merge

Hi, I have two certification profiles and would like them merged. My current candidate ID is %s. I don't remember the other one, sorry.
Thanks, Ana
""" % (I_NEW, ANA[1], ANA[1], I_NEW)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Ana,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>I located the profile %s that you mentioned in your request. To find the second profile I need a little more information, because no other profile is registered under your name with the address %s:</p>
<ul><li>the email address you used when you registered for your first exam (possibly a personal address or a former employer's address)</li>
<li>the approximate date and the name of that exam</li></ul>
<p>If you happen to have the second candidate ID, that would be the quickest way for me to find it.</p>
<p>Kind regards,</p><p>Rahul K.<br>AWS Training and Certification Customer Support</p>
</div>
<hr style="display:inline-block;width:98%%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Ana Souza &lt;%s&gt;<br>
<b>Sent:</b> Monday, June 23, 2025 4:02 PM<br><b>To:</b> AWS Training and Certification<br><b>Subject:</b> Account Merge</font><div>&nbsp;</div></div>
<div>Hi, I have two certification profiles and would like them merged. My current candidate ID is %s. I don't remember the other one, sorry.<br>Thanks, Ana</div>
</body></html>
""" % (I_NEW, ANA[1], ANA[1], I_NEW)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    aws_mail("036-rfi-second-profile-outlook-quote.eml", "outlook", ANA[1], when, FORM,
             "RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ), root,
             {"kind": "support_reply", "case_id": I_CASE, "account_ids": [I_NEW], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 037
@mail
def m037():
    when = datetime(2025, 11, 28, 2, 20, 19, tzinfo=UTC)
    body = """山本 翔太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご確認いただき、誠にありがとうございます。
これより、%s から %s への統合作業を進めてまいります。

作業の完了までには、通常 3〜5 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本メールにてご連絡いたします。
なお、作業中は両アカウントへのサインインや試験の予約ができない場合がございますので、あらかじめご了承ください。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025年11月27日(木) 21:05 山本 翔太 <%s>:
> 佐々木様
>
> 返信が遅くなり申し訳ありません。
> 内容に相違ございません。統合をお願いいたします。
>
> 2025年11月19日(水) 10:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 統合元（無効になるアカウント）：%s
> > 統合先（存続するアカウント）：%s
> > 上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせください。
""" % (H_OLD, H_NEW, SHOTA[1], H_OLD, H_NEW)
    root = part(body, "plain", "Shift_JIS", "b64", codec="shift_jis")
    subj = "RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ)
    aws_mail("037-ja-thanks-confirmed-proceeding.eml", "jp", SHOTA[1], when, FORM, subj, root,
             {"kind": "support_reply", "case_id": H_CASE, "account_ids": [H_OLD, H_NEW],
              "sender_verified": True, "language": "ja"}, jp_host="mx.so-net.ne.jp")


# ---------------------------------------------------------------- 038
@mail
def m038():
    when = datetime(2025, 3, 18, 4, 27, 51, tzinfo=UTC)
    body = """田中 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

大変お待たせいたしました。専門チームでの確認が完了いたしましたので、以下の内容にてアカウントの統合を行う予定でございます。

【統合元（統合後に無効となるアカウント）】
　候補者 ID：%s
　ログインメールアドレス：misaki.t@kawasaki-denki.co.jp

【統合先（引き続きご利用いただくアカウント）】
　候補者 ID：%s
　ログインメールアドレス：%s

統合後は、統合元アカウントの認定資格、受験履歴および特典（次回受験時の 50%% 割引バウチャー等）が、すべて統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、ご注意ください。

上記の内容にお間違いがなければ、お手数ですが本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。ご返信を確認次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
""" % (C_OLD, C_NEW, MISAKI[1])
    root = part(body, "plain", "ISO-2022-JP", "7bit")
    subj = "RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ)
    aws_mail("038-ja-keigo-confirm-before-merge.eml", "jp", MISAKI[1], when, FORM, subj, root,
             {"kind": "merge_confirmation_requested", "case_id": C_CASE, "account_ids": [C_OLD, C_NEW],
              "sender_verified": True, "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 039
@mail
def m039():
    when = datetime(2025, 7, 30, 14, 51, 6, tzinfo=UTC)
    text = """Hello Priya,

Thanks for letting me know that you have now taken your exam, and congratulations on passing!

I have reviewed all three profiles. This is what we're planning to do:

  Profile to keep:      AWS 03318852  (priya.raman@outlook.com)
  Profiles to fold in:  aws-04470129  (priya.r@infotech-solutions.in)
                        Aws01120934   (priya.raman.cert@gmail.com)

Everything on the two secondary profiles - certifications, transcripts, exam history and any unused benefits - will be moved to AWS 03318852. The two secondary profiles will then be closed for good; this can't be undone.

Please reply in the Support Center to confirm that this is correct and that you want us to go ahead. If you would rather keep a different profile, just tell me which one and I'll update the plan.

Best regards,

Tomasz W.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL: %s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.*
""" % support_link(B_CASE)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("039-three-profiles-fold-in-confirm.eml", "outlook", PRIYA[1], when, NOREPLY,
             "RE:[CASE %s] Merge my three certification accounts into one" % B_CASE, root,
             {"kind": "merge_confirmation_requested", "case_id": B_CASE, "account_ids": list(B_IDS),
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 040
@mail
def m040():
    when = datetime(2025, 10, 20, 11, 26, 40, tzinfo=UTC)
    text = """Dear Min-jun,

Greetings of the day!

Our Certification Operations team has completed their review. As per the review, the consolidation of your candidate profiles can be done as below:

Source profile (will be closed): %s
Target profile (will remain active): %s

Post consolidation, the 50%% discount voucher which is currently unused in the source profile will be available in the target profile. Please be informed that once this activity is done it is not possible to reverse the same.

Kindly revert with your approval on the above so that we can initiate the activity from our end.

Thanks & Regards,

Harish V.
AWS Training and Certification Customer Support
""" % (G_OLD, G_NEW)
    quoted = """
On Tue, Oct 14, 2025 at 9:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Min-jun,
>
> I'm sorry you had to reach out twice. I found your earlier case %s
> [...]
> Because your older account %s still holds an active certification
""" % (G1_CASE, G_OLD)
    root = part(text + quoted, "plain", "utf-8", "qp")
    aws_mail("040-nonnative-consolidation-approval.eml", "gmail", MINJUN[1], when, FORM,
             "RE:[CASE %s] %s" % (G2_CASE, FORM_SUBJ), root,
             {"kind": "merge_confirmation_requested", "case_id": G2_CASE, "account_ids": [G_OLD, G_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 041
@mail
def m041():
    when = datetime(2025, 6, 12, 3, 44, 21, tzinfo=UTC)
    fake = "%d%05d" % (int((when - timedelta(days=1, hours=2)).timestamp()), RND.randint(0, 99999))
    bad_ip = "45.%d.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254), RND.randint(1, 254))
    forged = [("Authentication-Results", "amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")]
    text = """Hello,

We are ready to merge your AWS Certification accounts:

  AWS02567710  ->  AWS05512093 (primary)

To avoid losing your certifications, confirm the merge within 24 hours by signing in with your AWS Training credentials:

  https://aws-training-certification.support-case.net/confirm?case=%s

If we do not receive your confirmation, the request will be cancelled and both accounts may be suspended.

Best regards,
AWS Training and Certification Customer Support
""" % fake
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    ext_mail("041-phish-confirm-merge-spoofed-dmarc-fail.eml", "gmail", KENJI[1], when,
             '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             "RE:[CASE %s] Action required: confirm your account merge" % fake, root,
             {"kind": "merge_confirmation_requested", "case_id": fake, "account_ids": ["AWS02567710", "AWS05512093"],
              "sender_verified": False, "language": "en"},
             bad_ip, "vps-%s.hostingcloud.top" % hexs(6), "noreply@mailer-svc.top", "amazon.com",
             dkim_domain="mailer-svc.top", spf="pass", dmarc="fail", policy="QUARANTINE",
             extra_auth_below=forged, selector="mail")


# ---------------------------------------------------------------- 042
@mail
def m042():
    when = datetime(2025, 11, 19, 1, 15, 33, tzinfo=UTC)
    html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS トレーニングと認定</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#222">
<p>山本 翔太 様</p>
<p>お問い合わせいただき、誠にありがとうございます。<br>AWS トレーニングと認定 カスタマーサポートの佐々木でございます。</p>
<p>ご登録情報を確認いたしましたところ、以下の 2 つのアカウントを確認できました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#f2f3f3"><th>区分</th><th>候補者 ID</th><th>登録メールアドレス</th></tr>
<tr><td>統合元（無効になるアカウント）</td><td>%s</td><td>s.yamamoto@tobu-systems.co.jp</td></tr>
<tr><td>統合先（存続するアカウント）</td><td>%s</td><td>%s</td></tr>
</table>
<p>統合を実施いたしますと、統合元アカウントの認定資格および受験履歴は統合先アカウントへ移行され、統合元アカウントはご利用いただけなくなります。また、統合後に元の状態へ戻すことはできかねます。</p>
<p>上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。</p>
<p>どうぞよろしくお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % (H_OLD, H_NEW, SHOTA[1])
    root = part(html, "html", "utf-8", "qp")
    subj = "RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ)
    aws_mail("042-ja-html-only-confirm-table.eml", "jp", SHOTA[1], when, FORM, subj, root,
             {"kind": "merge_confirmation_requested", "case_id": H_CASE, "account_ids": [H_OLD, H_NEW],
              "sender_verified": True, "language": "ja"}, jp_host="mx.so-net.ne.jp")


# ---------------------------------------------------------------- 043
@mail
def m043():
    when = datetime(2025, 3, 21, 8, 3, 12, tzinfo=UTC)
    body = """田中 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご承諾いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

統合先アカウント：%s

旧アカウントの認定資格、受験履歴および特典は、すべて上記アカウントへ移行済みでございます。今後は %s でサインインしてご利用ください。
Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。

このたびはお手数をおかけいたしましたが、ご協力いただき誠にありがとうございました。

山口
AWS トレーニングと認定 カスタマーサポート
""" % (C_NEW, MISAKI[1])
    root = part(body, "plain", "Shift_JIS", "b64", codec="shift_jis")
    subj = "RE:[CASE %s] %s" % (C_CASE, FORM_SUBJ)
    aws_mail("043-ja-merge-done-sjis.eml", "jp", MISAKI[1], when, FORM, subj, root,
             {"kind": "merge_completed", "case_id": C_CASE, "account_ids": [C_NEW],
              "sender_verified": True, "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 044
@mail
def m044():
    when = datetime(2025, 8, 4, 19, 8, 49, tzinfo=UTC)
    text = """Hello Priya,

The work on your profiles is finished. AWS03318852 now holds all of your certifications, transcripts and exam history, including the Solutions Architect - Associate you passed last month. The other two profiles have been closed.

What to check on your side:
  * sign in to aws.training with priya.raman@outlook.com and open the Certification tab
  * your unused benefits (exam discount voucher) are listed under Benefits
  * Credly may take up to two days to re-issue your badges to priya.raman@outlook.com

If anything looks wrong, let me know in this case within the next 14 days.

Best regards,

Tomasz W.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

To contact us again about this case, please return to the AWS Support Center using the following URL: %s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
""" % support_link(B_CASE)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("044-three-profiles-finished.eml", "outlook", PRIYA[1], when, NOREPLY,
             "RE:[CASE %s] Merge my three certification accounts into one" % B_CASE, root,
             {"kind": "merge_completed", "case_id": B_CASE, "account_ids": [B_IDS[0]],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 045
@mail
def m045():
    when = datetime(2025, 10, 30, 10, 40, 3, tzinfo=UTC)
    text = """Hi Min-jun,

Your two profiles are now one: %s has been consolidated into %s, and the exam discount voucher moved across with it. Since the request has been taken care of, I'm closing this case.

If something doesn't look right, reply to this email within 14 days and the case will reopen.

Was your issue resolved? Let us know with one click:
  YES: https://survey.aws.training/r/%s?ans=yes
  NO:  https://survey.aws.training/r/%s?ans=no

Kind regards,

Ji-woo P.
AWS Training and Certification Customer Support
""" % (G_OLD, G_NEW, hexs(16), hexs(16))
    quoted = """
On Mon, Oct 20, 2025 at 2:03 PM Lee Min-jun <%s> wrote:
> Approved. Please go ahead.
>
> On Mon, Oct 20, 2025 at 8:26 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Source profile (will be closed): %s
>> Target profile (will remain active): %s
>> Kindly revert with your approval on the above
""" % (MINJUN[1], G_OLD, G_NEW)
    root = part(text + quoted, "plain", "utf-8", "qp")
    aws_mail("045-closing-case-merge-done-with-survey.eml", "gmail", MINJUN[1], when, FORM,
             "RE:[CASE %s] %s" % (G2_CASE, FORM_SUBJ), root,
             {"kind": "merge_completed", "case_id": G2_CASE, "account_ids": [G_OLD, G_NEW],
              "sender_verified": True, "language": "en"})


# ---------------------------------------------------------------- 046
@mail
def m046():
    when = datetime(2020, 8, 19, 14, 55, 21, tzinfo=UTC)
    text = """Hi Sarah,

Thanks for updating the name on your profile.

I'm happy to let you know that your certification records have been merged. Your AWS Certified Cloud Practitioner and AWS Certified SysOps Administrator - Associate are both now listed under candidate ID %s, and %s has been deactivated.

Your digital badges will be re-sent by Acclaim (Credly) to the email on your active profile within 2 business days.

Thanks,
Declan M.
AWS Training and Certification Customer Support
""" % (E_NEW, E_OLD)
    root = part(text, "plain", "us-ascii", "7bit")
    aws_mail("046-2020-records-merged-no-auth.eml", "none", SARAH[1], when,
             '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             "RE: AWS Training and Certification: We received your request [Case %s]" % E_CASE, root,
             {"kind": "merge_completed", "case_id": E_CASE, "account_ids": [E_OLD, E_NEW],
              "sender_verified": None, "language": "en"}, auth=False)


# ---------------------------------------------------------------- 047
@mail
def m047():
    when = datetime(2025, 3, 21, 8, 30, 45, tzinfo=UTC)
    text = """田中 美咲 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間：約 1 分）。

■ お問い合わせは解決しましたか？
　はい　　：https://survey.aws.training/r/%s?ans=yes&lang=ja
　いいえ　：https://survey.aws.training/r/%s?ans=no&lang=ja

■ 担当者の対応を 5 段階で評価してください
　https://survey.aws.training/r/%s?rate=1&lang=ja

※本メールは送信専用アドレスからお送りしています。
AWS トレーニングと認定
""" % (C_CASE, hexs(16), hexs(16), hexs(16))
    html = html_from_text(text, "アンケートご協力のお願い")
    root = alt(part(text, "plain", "utf-8", "qp"), part(html, "html", "utf-8", "qp"))
    subj = ew("【アンケートご協力のお願い】", "UTF-8", "B", 10) + " [CASE %s]" % C_CASE
    aws_mail("047-ja-survey-after-closure.eml", "jp", MISAKI[1], when, FORM, subj, root,
             {"kind": "survey", "case_id": C_CASE, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 048
@mail
def m048():
    when = datetime(2025, 8, 11, 19, 10, 2, tzinfo=UTC)
    text = """Hello,

Your support case %s ("Merge my three certification accounts into one") has been resolved.

How was your experience with AWS Support? Tell us by rating the correspondence from our agent:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true

Your feedback is anonymous and helps us improve.

If you still need help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services

This email address can't receive replies.
""" % (B_CASE, B_CASE)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("048-case-resolved-rate-experience.eml", "outlook", PRIYA[1], when, NOREPLY,
             "Amazon Web Services: How did we do on case %s?" % B_CASE, root,
             {"kind": "survey", "case_id": B_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 049
@mail
def m049():
    when = datetime(2022, 11, 19, 10, 5, 0, tzinfo=UTC)
    text = """Hello,

We haven't heard back from you regarding case %s, so we have resolved it.

If you still need help, you can reopen the case from the Support Center at any time within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We'd appreciate your feedback on the help you received. Please rate the correspondence in the Support Center.

Thank you for using Amazon Web Services.

Amazon Web Services
""" % (F_CASE, F_CASE)
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("049-2022-auto-resolved-inactivity.eml", "outlook", MARCO[1], when, NOREPLY,
             "Amazon Web Services: Your Support case %s has been resolved" % F_CASE, root,
             {"kind": "survey", "case_id": F_CASE, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 050
@mail
def m050():
    when = datetime(2020, 8, 21, 17, 2, 30, tzinfo=UTC)
    text = """Sarah, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps Administrator - Associate

Accept your badge to make it part of your Acclaim profile, then share it on LinkedIn, Twitter, your email signature and more.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

You received this email because Amazon Web Services Training and Certification issued you a badge through Acclaim.
Acclaim, powered by Credly | 13 E. 37th St, 8th Floor, New York, NY 10016
""" % str(uuid.UUID(int=RND.getrandbits(128), version=4))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Acclaim"), "html", "utf-8", "qp"))
    credly_mail("050-acclaim-2020-badge.eml", "jp", SARAH[1], when,
                "Sarah, you've earned a badge from Amazon Web Services Training and Certification", root,
                {"kind": "credly_badge_issued", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"},
                from_='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                from_domain="youracclaim.com", jp_host="mx.oconnell-home.ie")


# ---------------------------------------------------------------- 051
@mail
def m051():
    when = datetime(2025, 10, 31, 15, 47, 12, tzinfo=UTC)
    text = """Hi Min-jun,

Good news: your badges from Amazon Web Services Training and Certification have been transferred to this email address after your certification accounts were combined.

Badges ready to accept:
  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate

Accept your badges: https://www.credly.com/earner/earned?ref=%s

Once accepted, they'll show on your public profile and you can share them.

The Credly Team
Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""" % hexs(20)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Credly"), "html", "utf-8", "b64"))
    credly_mail("051-credly-badges-transferred-after-merge.eml", "gmail", MINJUN[1], when,
                "Your AWS badges are waiting for you", root,
                {"kind": "credly_badge_issued", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"})


# ---------------------------------------------------------------- 052
@mail
def m052():
    when = datetime(2025, 3, 22, 23, 15, 40, tzinfo=UTC)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">Misaki, you’ve earned a badge!</h1>
<p>Amazon Web Services Training and Certification issued you the “AWS Certified Solutions Architect – Professional” badge.</p>
<p>Your badge is ready — claim it to add it to your profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. · 1 World Trade Center, Suite 8500 · New York, NY 10007</p>
</body></html>
""" % str(uuid.UUID(int=RND.getrandbits(128), version=4))
    root = part(html, "html", "utf-8", "qp", label="iso-8859-1")
    credly_mail("052-credly-badge-wrong-charset-label.eml", "jp", MISAKI[1], when,
                "Misaki, you've earned a badge", root,
                {"kind": "credly_badge_issued", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"}, jp_host="mx.nifty.com")


# ---------------------------------------------------------------- 053
@mail
def m053():
    when = datetime(2025, 5, 6, 12, 19, 55, tzinfo=UTC)
    cid = "9176253840"
    text = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge your two seller accounts (Amazon.it and Amazon.de) into a single unified account. I have forwarded your request to the Account Management team, who will review it and contact you within 2 business days.

Please do not create a new case for this request; any additional information can be added by replying to this case in Seller Central.

We value your feedback. Please rate my response using one of the buttons below.

Thank you,
Luca
Amazon Selling Partner Support

Was this email helpful? Yes / No
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s
""" % cid
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Seller Central"), "html", "utf-8", "qp"))
    aws_mail("053-seller-central-case-merge-lookalike.eml", "outlook", MARCO[1], when,
             '"Amazon Seller Central" <seller-notification@amazon.com>',
             "RE:[CASE %s] Merge seller accounts" % cid, root,
             {"kind": "unrelated", "case_id": cid, "account_ids": [], "sender_verified": True,
              "language": "en"}, region="eu-west-1")


# ---------------------------------------------------------------- 054
@mail
def m054():
    when = datetime(2025, 9, 15, 8, 0, 18, tzinfo=UTC)
    code = "%06d" % RND.randint(0, 999999)
    text = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to confirm your email address:

%s

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
""" % code
    root = alt(part(text, "plain", "utf-8", "7bit"), part(html_from_text(text, "AWS Builder ID"), "html", "utf-8", "qp"))
    ext_mail("054-builder-id-verification-code.eml", "none", SARAH[1], when,
             '"AWS" <no-reply@signin.aws>', "Verify your AWS Builder ID email address", root,
             {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": None,
              "language": "en"},
             RND.choice(SES_IPS), ses_host(RND.choice(SES_IPS)), ses_bounce(when), "signin.aws",
             dkim_domain="signin.aws", auth=False, msgid=ses_msgid(when))


# ---------------------------------------------------------------- 055
@mail
def m055():
    when = datetime(2025, 6, 9, 2, 12, 7, tzinfo=UTC)
    code = "%06d" % RND.randint(0, 999999)
    text = """Hi Kenji,

We received a request to merge another Credly account into this one.

Your verification code is: %s

Enter the code on the merge page, or click the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

Badges and connections from the other account will be moved here. If you didn't ask for this, you can ignore this email; nothing will change.

The Credly Team
""" % (code, hexs(40))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Credly"), "html", "utf-8", "qp"))
    credly_mail("055-credly-self-service-merge-code.eml", "gmail", KENJI[1], when,
                "Confirm your Credly account merge", root,
                {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"}, from_='"Credly" <admin@credly.com>')


# ---------------------------------------------------------------- 056
@mail
def m056():
    when = datetime(2025, 9, 30, 14, 0, 4, tzinfo=UTC)
    text = """Hi Marco,

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and Certification will expire on December 29, 2025.

To keep your credential active, check the recertification options offered by the issuer. Once you recertify, a new badge will be issued to you.

View your badge: https://www.credly.com/badges/%s

The Credly Team
Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Manage notification settings: https://www.credly.com/notification_settings
""" % str(uuid.UUID(int=RND.getrandbits(128), version=4))
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text, "Credly"), "html", "utf-8", "qp"))
    credly_mail("056-credly-badge-expiry-reminder.eml", "outlook", MARCO[1], when,
                "Your AWS Certified Cloud Practitioner badge expires in 90 days", root,
                {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": True,
                 "language": "en"})


# ---------------------------------------------------------------- 057
@mail
def m057():
    when = datetime(2025, 7, 16, 9, 31, 27, tzinfo=UTC)
    text = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-tracker/pull/214#event-%d
You are receiving this because you authored the thread.

Message ID: <priyaraman/cert-tracker/pull/214/issue_event/%d@github.com>
""" % (RND.randint(10**10, 10**11), RND.randint(10**10, 10**11))
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priyaraman/cert-tracker/pull/214">#214</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/priyaraman/cert-tracker/pull/214">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    root = alt(part(text, "plain", "UTF-8", "7bit"), part(html, "html", "UTF-8", "7bit"))
    ext_mail("057-github-pr-merged.eml", "outlook", PRIYA[1], when,
             '"Dev Patel" <notifications@github.com>',
             "Re: [priyaraman/cert-tracker] Merge account-merge branch: combine duplicate candidate records (PR #214)", root,
             {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": False,
              "language": "en"},
             "192.30.252.%d" % RND.randint(190, 210), "out-%d.smtp.github.com" % RND.randint(10, 30),
             "noreply@github.com", "github.com", dkim_domain="github.com", selector="pf2023",
             msgid="<priyaraman/cert-tracker/pull/214/issue_event/%d@github.com>" % RND.randint(10**10, 10**11),
             extra=[("Reply-To", "priyaraman/cert-tracker <reply+%s@reply.github.com>" % hexs(40).upper()),
                    ("In-Reply-To", "<priyaraman/cert-tracker/pull/214@github.com>"),
                    ("References", "<priyaraman/cert-tracker/pull/214@github.com>"),
                    ("List-ID", "priyaraman/cert-tracker <cert-tracker.priyaraman.github.com>"),
                    ("X-GitHub-Reason", "author")])


# ---------------------------------------------------------------- 058
@mail
def m058():
    when = datetime(2025, 8, 26, 4, 50, 39, tzinfo=UTC)
    html = """<html><body style="font-family:Arial">
<p><img src="http://aws-accountcenter-notice.com/img/aws.png" width="70"></p>
<p>Dear Customer,</p>
<p>We were unable to process the payment for your latest AWS invoice. As a result, your AWS account and all associated services <b>will be suspended within 24 hours</b>.</p>
<p>To avoid interruption, please update your payment information:</p>
<p><a href="http://aws-accountcenter-notice.com/billing/update?id=%s">Update payment method</a></p>
<p>Thank you,<br>AWS Billing Department</p>
</body></html>
""" % hexs(12)
    root = part(html, "html", "utf-8", "b64")
    ext_mail("058-phish-billing-suspension-not-merge.eml", "outlook", OLIVER[1], when,
             '"AWS Billing" <billing@aws-accountcenter-notice.com>',
             "Action Required: Your AWS account will be suspended", root,
             {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": False,
              "language": "en"},
             "103.%d.%d.%d" % (RND.randint(1, 254), RND.randint(1, 254), RND.randint(1, 254)),
             "smtp.aws-accountcenter-notice.com", "billing@aws-accountcenter-notice.com",
             "aws-accountcenter-notice.com", dkim_domain=None, spf="fail", dmarc="none", policy="NONE")


# ---------------------------------------------------------------- 059
@mail
def m059():
    opened = datetime(2025, 7, 1, 6, 2, 50, tzinfo=UTC)
    cid = case15(opened)
    when = opened + timedelta(hours=5, minutes=12)
    text = """Hello,

We've approved and processed your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the Asia Pacific (Tokyo) region. The new quota is 128 vCPUs.

It can sometimes take up to 30 minutes for this to become available for use. You can view the new value in the Service Quotas console.

Best regards,
Kavya K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL: %s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.*
""" % support_link(cid)
    root = alt(part(text, "plain", "utf-8", "qp"), part(html_from_text(text), "html", "utf-8", "qp"))
    aws_mail("059-quota-increase-case-reply.eml", "gmail", KENJI[1], when, NOREPLY,
             "RE:[CASE %s] Limit Increase: EC2 Instances" % cid, root,
             {"kind": "unrelated", "case_id": cid, "account_ids": [], "sender_verified": True,
              "language": "en"})


# ---------------------------------------------------------------- 060
@mail
def m060():
    when = datetime(2025, 12, 3, 1, 0, 0, tzinfo=UTC)
    html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS トレーニングと認定 ニュースレター</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS トレーニングと認定 ニュースレター 2025 年 12 月号</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.7">
<p>佐藤 大輔 様</p>
<p>いつも AWS トレーニングと認定をご利用いただきありがとうございます。今月のおすすめ情報をお届けします。</p>
<h3>1. 新しい認定試験のベータ版を公開</h3>
<p>AWS Certified Generative AI Developer - Professional（ベータ）の受験登録を開始しました。</p>
<h3>2. よくあるご質問：認定アカウントが複数ある場合</h3>
<p>過去に別のメールアドレスで受験し、認定アカウントが複数できてしまった方は、お問い合わせフォームからアカウントの統合をご依頼いただけます。手順は FAQ をご覧ください。</p>
<h3>3. AWS Skill Builder の無料デジタルトレーニング</h3>
<p>年末年始の学習に最適な日本語コース 40 本以上をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/certification/faqs/?trk=%s">詳しく見る</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">このメールの配信停止は<a href="https://pages.awscloud.com/unsubscribe.html?id=%s">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
""" % (hexs(12), hexs(16))
    root = part(html, "html", "utf-8", "b64")
    subj = ew("【AWS トレーニングと認定】12 月のおすすめ：新試験ベータ、よくあるご質問ほか", "UTF-8", "B", 14)
    aws_mail("060-ja-newsletter-mentions-account-merge.eml", "jp", DAISUKE[1], when,
             '"Amazon Web Services" <aws-marketing-email-replies@amazon.com>', subj, root,
             {"kind": "unrelated", "case_id": None, "account_ids": [], "sender_verified": True,
              "language": "ja"}, jp_host="mx.biglobe.ne.jp",
             extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hexs(16)),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")])


# ---------------------------------------------------------------- END OF MAILS
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    main()
