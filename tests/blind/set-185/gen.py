#!/usr/bin/env python3
"""Generator for blind set 185: whole AWS Certification account-merge cases.

Writes NNN-*.eml and labels.json into the folder of this script.
Deterministic (seeded) so re-runs give identical output.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.application import MIMEApplication
from email import policy as _policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(185185)
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))

MAILS = []  # (short, bytes, label)

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CONSOLE_ADDR = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def d(y, mo, day, h, mi, s=0, tz=UTC):
    return datetime(y, mo, day, h, mi, s, tzinfo=tz)


def case15(dt, tail):
    """15-digit display id: unix time the case was opened + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), tail)


def rb64(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_mid(dt):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=RNG.getrandbits(128))
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, u)


def ses_bounce(dt):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=RNG.getrandbits(128))
    return "0100%012x-%s-000000@email.amazonses.com" % (ms, u)


def rfc(dt):
    return format_datetime(dt)


def fold(value, indent="        "):
    """Fold a long header value at '; ' boundaries (already-built text)."""
    return value


def enc_subject(text, charset="utf-8", name="Subject"):
    h = Header(text, charset, header_name=name, maxlinelen=76)
    return h.encode(linesep="\n")


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def dkim(domain, sel, dt, heads="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple"):
    t = int(dt.timestamp())
    b = rb64(256)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s;\n"
            "\tb=%s\n\t%s\n\t%s\n\t%s" % (c, sel, domain, t, heads, rb64(32), b[:76], b[76:152], b[152:228], b[228:]))


AMZ_SEL = "rjbpn2wm5bqhd6xkd2s2kz3yjcznsyx5"
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
SES_SEL2 = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_ip():
    return RNG.choice(["54.240.8.%d" % RNG.randint(10, 99),
                       "54.240.9.%d" % RNG.randint(10, 99),
                       "54.240.48.%d" % RNG.randint(10, 99),
                       "54.240.27.%d" % RNG.randint(10, 99)])


def ses_host(ip):
    parts = ip.split(".")
    pre = {"8": "a8", "9": "a9", "48": "a48", "27": "a27"}[parts[2]]
    return "%s-%s.smtp-out.amazonses.com" % (pre, parts[3])


def loc(dt, tz):
    return dt.astimezone(tz)


def gmail_dt(dt):
    l = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    return format_datetime(l) + (" (PDT)" if 3 <= dt.month <= 10 else " (PST)")


# ---- inbound trace blocks --------------------------------------------
def gmail_trace(to, dt, mailfrom, ip, helo, ar_lines, extra_auth=True):
    """Headers Gmail prepends; ar_lines = list of result clauses."""
    ar = "mx.google.com;\n       " + ";\n       ".join(ar_lines)
    t = int(dt.timestamp()) + 1
    later = dt + timedelta(seconds=1)
    h = []
    h.append("Delivered-To: %s" % to)
    h.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
             % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rhex(4)[:2], RNG.randint(100000, 999999), rhex(3), gmail_dt(later)))
    h.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60).replace("/", "_")[:80])
    h.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
             % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), rhex(12), RNG.randint(1000, 9999), RNG.randint(1, 99), gmail_dt(later)))
    h.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (t, rb64(60), rb64(60)))
    h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), rb64(90)))
    h.append("ARC-Authentication-Results: i=1; " + ar)
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
             % (helo, helo, ip, rhex(8), rhex(12), "si", RNG.randint(100, 999), dt.strftime("%Y.%m.%d.%H.%M.%S"), to, gmail_dt(dt)))
    h.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
    h.append("Authentication-Results: " + ar)
    return h


def gmail_ar_amazon(mailfrom, ip, b1=None, b2=None, dmarc="pass"):
    return ["dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_SEL, b1 or rb64(6)[:8]),
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, b2 or rb64(6)[:8]),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
            "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % dmarc]


def outlook_trace(to, dt, mailfrom_dom, ip, helo, dkim_res, dkim_d, dmarc_res, from_dom, compauth="pass reason=100", spf="pass", action="none"):
    srv = "%s%02dMB%d.namprd%02d.prod.outlook.com" % (RNG.choice(["SA1PR", "BL1PR", "CH3PR", "DM6PR", "MN2PR"]), RNG.randint(1, 20), RNG.randint(1000, 9999), RNG.randint(1, 20))
    edge = "%s.mail.protection.outlook.com" % RNG.choice(["BN2PEPF000044A9", "CO1PEPF000042AB", "DS3PEPF000099D5", "SN1PEPF0002BA4F"])
    h = []
    h.append("Received: from %s (2603:10b6:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Mailbox\n Transport; %s"
             % (srv, rhex(3), rhex(2), srv.replace("MB", "MB" ), RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(dt + timedelta(seconds=2))))
    h.append("Received: from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
             % (edge, rhex(3), rhex(2), srv, rhex(3), rhex(2), RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(dt + timedelta(seconds=1))))
    h.append("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
             % (spf, ip, mailfrom_dom, dkim_res, dkim_d, dmarc_res, action, from_dom, compauth))
    h.append("Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
             % (spf.capitalize(), mailfrom_dom, "designates" if spf == "pass" else "does not designate", ip, ip, helo))
    h.append("Received: from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
             % (helo, ip, edge, RNG.randint(10, 250), RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(dt)))
    return h


def outlook_tail():
    return ["X-MS-Exchange-Organization-ExpirationStartTime: %s" % rhex(2),
            "X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid.UUID(int=RNG.getrandbits(128)),
            "X-MS-Exchange-Organization-SCL: 1",
            "X-MS-Exchange-Organization-AuthSource: %s.mail.protection.outlook.com" % RNG.choice(["BN2PEPF000044A9", "CO1PEPF000042AB"]),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            "X-Microsoft-Antispam: BCL:0;ARA:13230040|%d;" % RNG.randint(1000000, 9999999)]


def ses_tail(dt, ip, region="us-east-1"):
    return ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, rb64(30).replace("/", "x").replace("+", "y")[:44]),
            "X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), ip)]


def amazon_dkims(dt):
    return [dkim("amazon.com", AMZ_SEL, dt), dkim("amazonses.com", SES_SEL, dt, heads="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]


# ---- MIME bodies -----------------------------------------------------
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    codec = codec or charset
    raw = text.replace("\r\n", "\n").encode(codec)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")
    m = MIMENonMultipart("text", subtype)
    m.set_param("charset", label or charset)
    del m["MIME-Version"]
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(10**12, 10**13))))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("_%s_" % rhex(24)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n" % (title, inner))


def txt2html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>%s</p>" % esc.replace("\n", "<br>\n"))
    return "\n".join(out)


def quote_gt(text, depth=1):
    pre = "> " * depth
    return "\n".join((pre + l).rstrip() if l else pre.rstrip() for l in text.strip("\n").split("\n"))


# ---- assembling ------------------------------------------------------
def build(head_lines, body, label, short):
    """head_lines: list of complete header lines (may contain folds)."""
    bb = body.as_bytes(policy=_policy.compat32)
    hdr = "\n".join(head_lines) + "\nMIME-Version: 1.0\n"
    raw = hdr.encode("ascii") + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    MAILS.append((short, raw, label))


def L(kind, case_id=None, accts=(), sv=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
            "sender_verified": sv, "language": lang}


def aws_inbound_gmail(to, dt, frm, subject, body, label, short, msgid=None, extra=()):
    ip = ses_ip()
    bounce = ses_bounce(dt)
    heads = gmail_trace(to, dt + timedelta(seconds=1), bounce, ip, ses_host(ip), gmail_ar_amazon(bounce, ip))
    heads += amazon_dkims(dt)
    heads += ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subject, "Date: %s" % rfc(dt),
              "Message-ID: %s" % (msgid or ses_mid(dt))]
    heads += list(extra)
    heads += ses_tail(dt, ip)
    build(heads, body, label, short)


def aws_inbound_outlook(to, dt, frm, subject, body, label, short, extra=()):
    ip = ses_ip()
    heads = outlook_trace(to, dt + timedelta(seconds=1), "email.amazonses.com", ip, ses_host(ip), "pass", "amazon.com", "pass", "amazon.com")
    heads += amazon_dkims(dt)
    heads += ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subject, "Date: %s" % rfc(dt),
              "Message-ID: %s" % ses_mid(dt)]
    heads += list(extra)
    heads += ses_tail(dt, ip)
    heads += outlook_tail()
    build(heads, body, label, short)



# ---- generic sender profiles and receivers -----------------------------
def profile(kind, dt):
    if kind == "amazon":
        ip = ses_ip()
        return dict(ip=ip, helo=ses_host(ip), mailfrom=ses_bounce(dt), spf_dom="email.amazonses.com",
                    dkims=amazon_dkims(dt), dkim_ds=[("amazon.com", AMZ_SEL), ("amazonses.com", SES_SEL)],
                    from_dom="amazon.com", p="QUARANTINE", tail=ses_tail(dt, ip), mid=ses_mid(dt))
    if kind == "credly":
        ip = "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(2, 250))
        uid = RNG.randint(10000000, 39999999)
        return dict(ip=ip, helo="o%d.email.credly.com" % RNG.randint(1, 9),
                    mailfrom="bounces+%d-%s-%s=%s@email.credly.com" % (uid, rhex(4), "{LOCAL}", "{DOMAIN}"),
                    spf_dom="email.credly.com",
                    dkims=[dkim("credly.com", "s1", dt, heads="from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to", c="relaxed/relaxed"),
                           dkim("sendgrid.info", "smtpapi", dt, heads="from:mime-version:subject:to:cc:content-type:from:subject:to", c="relaxed/relaxed")],
                    dkim_ds=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
                    from_dom="credly.com", p="REJECT",
                    tail=["X-SG-EID: u001.%s" % rb64(60).replace("/", "x")[:76],
                          "X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3Bv6b9fo3MxSx2c8ddmtR9J%s" % rhex(8),
                          "X-Entity-ID: u001.%s" % rb64(18)],
                    mid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), RNG.randint(1, 40)))
    if kind == "acclaim":
        ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
        return dict(ip=ip, helo="o%d.email.youracclaim.com" % RNG.randint(1, 9),
                    mailfrom="bounces+%d-%s-{LOCAL}={DOMAIN}@email.youracclaim.com" % (RNG.randint(1000000, 9999999), rhex(4)),
                    spf_dom="email.youracclaim.com",
                    dkims=[dkim("youracclaim.com", "s1", dt, heads="from:mime-version:subject:to:content-type", c="relaxed/relaxed")],
                    dkim_ds=[("youracclaim.com", "s1")],
                    from_dom="youracclaim.com", p="NONE",
                    tail=["X-SG-EID: %s" % rb64(60).replace("/", "x")[:76]],
                    mid="<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), RNG.randint(1, 200)))
    raise ValueError(kind)


def other(dt, domain, sel, ip, helo, mailfrom, p="REJECT", tail=(), mid=None, spf_dom=None):
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, spf_dom=spf_dom or mailfrom.split("@")[-1],
                dkims=[dkim(domain, sel, dt, heads="from:to:subject:date:message-id:mime-version:content-type", c="relaxed/relaxed")],
                dkim_ds=[(domain, sel)], from_dom=domain, p=p, tail=list(tail),
                mid=mid or "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), domain))


def ar_list(pr, dmarc="pass"):
    out = ["dkim=pass header.i=@%s header.s=%s header.b=%s" % (dd, sel, rb64(6)[:8]) for dd, sel in pr["dkim_ds"]]
    return out


def send(prov, to, dt, frm, subject, body, label, short, prof="amazon", extra=(), msgid=None, cc=None, reply_to=None, pre=(), post_from=()):
    """prov: 'gmail' | 'outlook' | ('mx', mxhost, authserv, tz) | 'yahoo'."""
    pr = prof if isinstance(prof, dict) else profile(prof, dt)
    mf = pr["mailfrom"].replace("{LOCAL}", to.split("@")[0]).replace("{DOMAIN}", to.split("@")[1])
    pr["mailfrom"] = mf
    arrive = dt + timedelta(seconds=RNG.randint(1, 4))
    heads = list(pre)
    if prov == "gmail":
        cl = ar_list(pr)
        cl.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, pr["ip"], mf))
        cl.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (pr["p"], pr["p"], pr["from_dom"]))
        heads += gmail_trace(to, arrive, mf, pr["ip"], pr["helo"], cl)
    elif prov == "outlook":
        heads += outlook_trace(to, arrive, pr["spf_dom"], pr["ip"], pr["helo"], "pass", pr["from_dom"], "pass", pr["from_dom"])
    elif prov == "yahoo":
        heads.append("Received: from 10.217.151.%d\n by atlas%d.free.mail.ne1.yahoo.com pop.mail.yahoo.com with HTTP; %s" % (RNG.randint(2, 250), RNG.randint(100, 330), format_datetime(arrive)))
        heads.append("Return-Path: <%s>" % mf)
        heads.append("X-Originating-Ip: [%s]" % pr["ip"])
        heads.append("Received-SPF: pass (domain of %s designates %s as permitted sender)" % (pr["spf_dom"], pr["ip"]))
        heads.append("Authentication-Results: atlas%d.free.mail.ne1.yahoo.com;\n dkim=pass header.i=@%s header.s=%s;\n dkim=pass header.i=@%s header.s=%s;\n spf=pass smtp.mailfrom=%s;\n dmarc=pass(p=%s) header.from=%s;"
                     % (RNG.randint(100, 330), pr["dkim_ds"][0][0], pr["dkim_ds"][0][1], pr["dkim_ds"][1][0], pr["dkim_ds"][1][1], pr["spf_dom"], pr["p"], pr["from_dom"]))
        heads.append("X-Apparently-To: %s; %s" % (to, format_datetime(arrive)))
        heads.append("Received: from %s (EHLO %s) (%s)\n by mta%d.mail.ne1.yahoo.com with SMTPS; %s" % (pr["helo"], pr["helo"], pr["ip"], RNG.randint(4000, 4999), format_datetime(arrive)))
    else:
        _, mx, authserv, tz = prov
        la = arrive.astimezone(tz)
        heads.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (mx, mx.replace("mx", "mbox", 1), rhex(10).upper(), to, format_datetime(la)))
        dk = "; ".join("dkim=pass header.d=%s header.s=%s header.a=rsa-sha256" % (dd, sel) for dd, sel in pr["dkim_ds"])
        heads.append("Authentication-Results: %s;\n\tspf=pass smtp.mailfrom=%s;\n\t%s;\n\tdmarc=pass (p=%s dis=none) header.from=%s" % (authserv, mf, dk.replace("; ", ";\n\t"), pr["p"].lower(), pr["from_dom"]))
        heads.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (pr["helo"], pr["helo"], pr["ip"], mx, rhex(9).upper(), to, format_datetime(la - timedelta(seconds=1))))
        heads.append("Return-Path: <%s>" % mf)
    heads += pr["dkims"]
    heads.append("From: %s" % frm)
    heads += list(post_from)
    if reply_to:
        heads.append("Reply-To: %s" % reply_to)
    heads.append("To: %s" % to)
    if cc:
        heads.append("Cc: %s" % cc)
    heads += ["Subject: %s" % subject, "Date: %s" % rfc(dt), "Message-ID: %s" % (msgid or pr["mid"])]
    heads += list(extra)
    heads += pr["tail"]
    if prov == "outlook":
        heads += outlook_tail()
    build(heads, body, label, short)


def sent_copy(dt, frm, to, subject, body, label, short, extra=(), msgid=None, cc=None):
    heads = ["Date: %s" % format_datetime(dt), "From: %s" % frm, "To: %s" % to]
    if cc:
        heads.append("Cc: %s" % cc)
    heads += ["Subject: %s" % subject, "Message-ID: %s" % (msgid or "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), frm.split("@")[-1].rstrip(">")))]
    heads += list(extra)
    build(heads, body, label, short)


# ================================================================ CASES

# ---------------------------------------------------------------- CASE A
# Form desk, native-English agent (Daniel), Gmail user, smooth case, 15-digit id.
A_USER = "marcus.oyelaran@gmail.com"
A_NAME = "Marcus Oyelaran"
A_OPEN = d(2025, 5, 27, 14, 12, 6)
CA = case15(A_OPEN, 4417)
A_OLD, A_NEW = "AWS04518733", "AWS01927365"

# 1. form acknowledgement (echoes the submission)
t = """Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your inquiry and created case %s.

A member of our Customer Support team will review your request and get back to you, typically within 24 hours. To help us serve you faster, please do not submit a new request for the same issue; simply reply to this email if you have anything to add.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Name: Marcus Oyelaran
Description: I have two certification accounts. The old one (AWS 04518733) uses my previous employer e-mail which I can no longer access. Please merge it into %s, which is the one I use now.

Kind regards,
AWS Training and Certification Customer Support

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109.
""" % (CA, A_NEW, A_NEW)
h = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr></table>
<div style="padding:20px 24px">
%s
</div>""" % txt2html(t)
aws_inbound_gmail(A_USER, A_OPEN + timedelta(seconds=41), FORM,
                  "[CASE %s] %s" % (CA, FORM_SUBJ),
                  alt(tpart(t), tpart(html_wrap(h), "html")),
                  L("case_created", CA, [A_OLD, A_NEW]), "form-ack-merge-request")

# 2. agent asks to confirm the merge
A2 = A_OPEN + timedelta(hours=19, minutes=29, seconds=5)
a2_new = """Hello Marcus,

Thanks for getting in touch with AWS Training and Certification, and I hope you're having a good day.

I've located both of your certification profiles. Before we go ahead, please check the details below carefully:

  Account that will be retired:  AWS04518733  (registered to m.oyelaran@northgate-analytics.co.uk)
  Account that will be kept:     AWS01927365  (registered to marcus.oyelaran@gmail.com)

All exam history, active certifications and benefits (including any unused 50%% exam vouchers) from AWS04518733 will be moved into AWS01927365, and AWS04518733 will be deactivated. Please be aware that this action is permanent and cannot be undone once processed.

If everything above is correct, simply reply to this email stating that you agree to the merge, and I'll take care of the rest.

Best regards,

Daniel R.
AWS Training and Certification Customer Support
Amazon Web Services

Please do not remove the case number [CASE %s] from the subject line when replying.
""" % CA
a2_q = """-----Original Message-----
From: Marcus Oyelaran
Sent: 2025-05-27 14:12 UTC
Subject: Account Merge

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS01927365
Description: I have two certification accounts. The old one (AWS 04518733) uses my previous employer e-mail which I can no longer access. Please merge it into AWS01927365, which is the one I use now.
"""
t = a2_new + "\n" + a2_q
h = html_wrap("<div>%s</div><hr><div style=\"color:#555\">%s</div>" % (txt2html(a2_new), txt2html(a2_q)))
aws_inbound_gmail(A_USER, A2, FORM, "RE:[CASE %s] %s" % (CA, FORM_SUBJ),
                  alt(tpart(t), tpart(h, "html")),
                  L("merge_confirmation_requested", CA, [A_OLD, A_NEW]), "agent-asks-confirm-merge")

# 3. user's reply (Gmail Sent copy: no trace, no Authentication-Results)
A3 = A2 + timedelta(hours=1, minutes=12, seconds=40)
a3_top = """Hi Daniel,

Yes, that's all correct - please go ahead and merge AWS04518733 into AWS01927365.

Many thanks,
Marcus
"""
a3_hdr = "On Wed, May 28, 2025 at %s Amazon Web Services <%s> wrote:" % (loc(A2, timezone(timedelta(hours=1))).strftime("%-I:%M %p").replace("AM", "AM"), FORM_ADDR)
t = a3_top + "\n" + a3_hdr + "\n" + quote_gt(a2_new + "\n" + a2_q) + "\n"
h = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
     % (txt2html(a3_top), a3_hdr.replace("<", "&lt;").replace(">", "&gt;"), txt2html(a2_new + "\n" + a2_q)))
heads = ["Date: %s" % format_datetime(loc(A3, timezone(timedelta(hours=1)))),
         "References: %s" % "<CAJx7Qm1pK8sVb0rWd3Ue2nT@mail.gmail.com>",
         "Message-ID: <CAJx7Qm3Zr%s@mail.gmail.com>" % rb64(18).replace("/", "_").replace("+", "-"),
         "Subject: Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ),
         "From: %s <%s>" % (A_NAME, A_USER),
         "To: Amazon Web Services <%s>" % FORM_ADDR]
build(heads, alt(tpart(t, cte="quoted-printable"), tpart(h, "html", cte="quoted-printable"), boundary="000000000000" + rhex(16)),
      L("unrelated", CA, [A_OLD, A_NEW], None), "sent-user-confirms")

# 4. thanks for confirming, we will proceed  (support_reply)
A4 = A3 + timedelta(hours=3, minutes=2, seconds=11)
a4_new = """Hello Marcus,

Thank you for confirming. I have now passed your request to our Certification Operations team, who carry out account merges. This normally takes between one and three business days.

Once the merge is complete we will send you a separate confirmation, and you will be able to sign in to your remaining account with marcus.oyelaran@gmail.com. There is nothing else you need to do in the meantime.

Best regards,

Daniel R.
AWS Training and Certification Customer Support
Amazon Web Services
"""
a4_q = ("From: Marcus Oyelaran <%s>\nSent: Wednesday, May 28, 2025 10:53 AM\nTo: Amazon Web Services\nSubject: Re: RE:[CASE %s] %s\n\n" % (A_USER, CA, FORM_SUBJ)) + a3_top
t = a4_new + "\n" + a4_q
aws_inbound_gmail(A_USER, A4, FORM, "RE:[CASE %s] %s" % (CA, FORM_SUBJ),
                  alt(tpart(t), tpart(html_wrap(txt2html(a4_new) + "<hr>" + txt2html(a4_q)), "html")),
                  L("support_reply", CA, [], True), "agent-thanks-will-proceed")

# 5. merge completed
A5 = A4 + timedelta(days=1, hours=20, minutes=47, seconds=33)
a5_new = """Hello Marcus,

Good news: our Certification Operations team has finished consolidating your records. Everything that was on AWS04518733 now appears under AWS01927365, and the older profile has been deactivated.

A couple of things worth checking over the next few days:
 - sign in to your AWS Certification account and make sure all of your certifications are listed;
 - your exam benefits, such as the 50% discount voucher, should show under Benefits;
 - Credly will email you separately if any digital badges need to be re-issued.

If anything looks off, just reply here and we'll take a look.

Best regards,

Daniel R.
AWS Training and Certification Customer Support
Amazon Web Services
"""
t = a5_new + "\n-----Original Message-----\n" + a4_new
aws_inbound_gmail(A_USER, A5, FORM, "RE:[CASE %s] %s" % (CA, FORM_SUBJ),
                  alt(tpart(t, cte="base64"), tpart(html_wrap(txt2html(a5_new) + "<hr>" + txt2html(a4_new)), "html", cte="base64")),
                  L("merge_completed", CA, [A_OLD, A_NEW], True), "merge-done-check-benefits")

# 6. survey / closure (HTML only)
A6 = A5 + timedelta(minutes=6, seconds=2)
h = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><span style="color:#ffffff;font-size:18px">AWS Training and Certification</span></td></tr>
<tr><td style="padding:24px">
<p>Hello Marcus,</p>
<p>Your case <b>%s</b> has been marked as resolved. We hope we were able to help.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://pulse.aws/survey/TC8XKQ2M?caseid=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://pulse.aws/survey/TC8XKQ2M?caseid=%s&amp;r=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Daniel?</p>
<p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>
<p style="color:#687078;font-size:12px">If you need further help with this request, reply to this email within 14 days and your case will be reopened automatically.</p>
</td></tr></table>""" % (CA, CA, CA))
aws_inbound_gmail(A_USER, A6, FORM, "[CASE %s] How did we do? Tell us about your support experience" % CA,
                  tpart(h, "html", cte="quoted-printable"),
                  L("survey", CA, [], True), "closure-rate-your-experience")

# 7. Credly badge re-issued after the merge (case A)
A7 = A5 + timedelta(days=2, hours=5, minutes=13)
cr_t = """Hi Marcus,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Data Engineer - Associate

Because your AWS Certification accounts were recently combined, this badge has been issued to the email address on your active AWS Certification profile. Claim it to show off your achievement and let your network know about your new skills.

Accept your badge:
https://www.credly.com/earner/earned/badge/6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b

Questions? Visit https://support.credly.com

Credly, Inc. | You are receiving this email because an organization issued you a badge on Credly.
Unsubscribe: https://www.credly.com/notifications/unsubscribe
"""
cr_h = html_wrap("""<table width="600" align="center" style="border:1px solid #e6e6e6"><tr><td style="padding:32px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/aws-data-engineer-associate.png" width="170" alt="AWS Certified Data Engineer - Associate">
<h2 style="font-weight:normal">Hi Marcus,<br><b>Amazon Web Services Training and Certification</b> has issued you a badge</h2>
<p style="font-size:18px"><b>AWS Certified Data Engineer &ndash; Associate</b></p>
<p>Because your AWS Certification accounts were recently combined, this badge has been issued to the email address on your active AWS Certification profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
</td></tr><tr><td style="font-size:11px;color:#888;padding:16px;text-align:center">Credly, Inc. &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></td></tr></table>""")
send("gmail", A_USER, A7, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
     "Marcus, Amazon Web Services Training and Certification has issued you a badge",
     alt(tpart(cr_t), tpart(cr_h, "html")), L("credly_badge_issued", None, [], True), "credly-badge-after-merge", prof="credly")

# ---------------------------------------------------------------- CASE B
# Form desk, Japanese agent (Nakamura, keigo), so-net user; ISO-2022-JP / Shift_JIS.
B_USER = "yumisato@ba2.so-net.ne.jp"
B_NAME = "佐藤 由美"
B_OPEN = d(2025, 6, 9, 1, 23, 45)
CB = case15(B_OPEN, 871)
B_OLD, B_NEW = "AWS05263118", "AWS02841907"
SONET = ("mx", "mx01.ba2.so-net.ne.jp", "mx01.ba2.so-net.ne.jp", JST)

b1 = """佐藤 由美 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号：%s
お問い合わせの種類：認定（Certification）
詳細：アカウントの統合（Account Merge）
AWS 受験者 ID：aws02841907

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たなお問い合わせを作成されますと、回答が遅れる場合がございます。追加の情報がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % CB
send(SONET, B_USER, B_OPEN + timedelta(seconds=52), FORM,
     enc_subject("【AWS トレーニングと認定】お問い合わせを受け付けました［ケース番号：%s］" % CB, "iso-2022-jp"),
     tpart(b1, charset="iso-2022-jp", cte="7bit"), L("case_created", CB, [B_NEW], True, "ja"), "ja-form-ack")

B2 = B_OPEN + timedelta(days=1, hours=1, minutes=46, seconds=20)
b2_new = """佐藤 由美 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合についてのご依頼、承りました。
お調べいたしましたところ、お客様のものと思われる認定アカウントが以下の 2 件見つかりました。

・AWS05263118（登録メールアドレス：yumi.sato@hoshizora-sangyo.co.jp）
・AWS02841907（登録メールアドレス：yumisato@ba2.so-net.ne.jp）

つきましては、統合後に引き続きご利用になるアカウント（存続させるアカウント）はどちらになりますでしょうか。
また、ご本人確認のため、各アカウントで受験された際のお名前（ローマ字表記）もあわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、本メールにご返信いただけますようお願い申し上げます。

何卒よろしくお願い申し上げます。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
B2_MID = ses_mid(B2)
send(SONET, B_USER, B2, FORM, "RE:[CASE %s] %s" % (CB, FORM_SUBJ),
     tpart(b2_new, charset="iso-2022-jp", cte="7bit"), L("support_reply", CB, [B_OLD, B_NEW], True, "ja"), "ja-agent-which-account-to-keep", msgid=B2_MID)

B3 = B2 + timedelta(hours=6, minutes=31, seconds=7)
b3_top = """中村様

ご連絡ありがとうございます。佐藤です。

存続させるアカウントは ＡＷＳ０２８４１９０７（yumisato@ba2.so-net.ne.jp）でお願いいたします。
もう一方のアカウントは前職の会社のメールアドレスで登録しており、現在はログインできない状態です。

受験時の氏名は、どちらのアカウントも SATO YUMI です。

よろしくお願いいたします。

佐藤 由美

iPhoneから送信
"""
b3_hdr = "%s、Amazon Web Services <%s>のメール:" % (loc(B2, JST).strftime("%Y/%m/%d %H:%M"), FORM_ADDR)
b3 = b3_top + "\n" + b3_hdr + "\n\n" + quote_gt(b2_new) + "\n"
sent_copy(loc(B3, JST), "=?utf-8?B?5L2Q6JekIOeUsee+jg==?= <%s>" % B_USER, FORM_ADDR,
          "Re: RE:[CASE %s] %s" % (CB, FORM_SUBJ), tpart(b3, charset="utf-8", cte="quoted-printable"),
          L("unrelated", CB, [B_NEW], None, "ja"), "ja-sent-keep-this-account",
          extra=["X-Mailer: iPhone Mail (22F76)", "In-Reply-To: %s" % B2_MID, "References: %s" % B2_MID], msgid="<%s@ba2.so-net.ne.jp>" % str(uuid.UUID(int=RNG.getrandbits(128))).upper())

B4 = B3 + timedelta(hours=15, minutes=2, seconds=40)
b4_new = """佐藤 由美 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご返信いただき、ありがとうございます。

いただいた情報をもとに、統合の内容を以下のとおり整理いたしました。恐れ入りますが、ご確認をお願いいたします。

【統合元】（統合後に無効化されるアカウント）
　AWS 受験者 ID：AWS05263118
　登録メールアドレス：yumi.sato@hoshizora-sangyo.co.jp

【統合先】（存続するアカウント）
　AWS 受験者 ID：AWS02841907
　登録メールアドレス：yumisato@ba2.so-net.ne.jp

統合を実施いたしますと、統合元アカウントの認定資格、受験履歴および特典はすべて統合先アカウントへ移行されます。
なお、一度実施した統合は取り消すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、本メールへのご返信にて、統合に同意いただける旨をお知らせください。
ご同意を確認でき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
b4_q = "-------- 元のメッセージ --------\n差出人: 佐藤 由美 <%s>\n送信日時: %s\n件名: Re: RE:[CASE %s] %s\n\n" % (B_USER, loc(B3, JST).strftime("%Y/%m/%d %H:%M"), CB, FORM_SUBJ) + b3_top
b4 = b4_new + "\n" + b4_q
B4_MID = ses_mid(B4)
send(SONET, B_USER, B4, FORM, "RE:[CASE %s] %s" % (CB, FORM_SUBJ),
     alt(tpart(b4, cte="base64"), tpart(html_wrap(txt2html(b4_new) + '<div style="border-top:1px solid #ccc;color:#555">' + txt2html(b4_q) + "</div>"), "html", cte="base64")),
     L("merge_confirmation_requested", CB, [B_OLD, B_NEW], True, "ja"), "ja-agent-confirm-merge-direction", msgid=B4_MID)

B5 = B4 + timedelta(hours=2, minutes=51, seconds=15)
b5_top = """中村様

お世話になっております。佐藤です。

ご確認いただいた内容で相違ございません。
統合の手続きを進めていただけますよう、お願いいたします。

佐藤 由美
"""
_wd = "月火水木金土日"[loc(B4, JST).weekday()]
b5_hdr = "%d年%d月%d日(%s) %d:%02d Amazon Web Services <%s>:" % (loc(B4, JST).year, loc(B4, JST).month, loc(B4, JST).day, _wd, loc(B4, JST).hour, loc(B4, JST).minute, FORM_ADDR)
b5 = b5_top + "\n" + b5_hdr + "\n" + quote_gt(b4) + "\n"
sent_copy(loc(B5, JST), "=?ISO-2022-JP?B?GyRCOjRGIxsoQiAbJEJNM0h+GyhC?= <%s>" % B_USER, "Amazon Web Services <%s>" % FORM_ADDR,
          "Re: RE:[CASE %s] %s" % (CB, FORM_SUBJ), tpart(b5, charset="iso-2022-jp", cte="7bit"),
          L("unrelated", CB, [], None, "ja"), "ja-sent-agree-to-merge",
          extra=["In-Reply-To: %s" % B4_MID, "References: %s" % B4_MID],
          msgid="<CAH8q%s@mail.gmail.com>" % rb64(24).replace("/", "_").replace("+", "-").rstrip("="))

B6 = B5 + timedelta(days=1, hours=3, minutes=28, seconds=2)
b6 = """佐藤 由美 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。
大変お待たせいたしました。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は AWS02841907 のアカウントにて、すべての認定資格をご確認いただけます。

恐れ入りますが、以下の点についてもご確認いただけますと幸いです。
①　認定アカウントにサインインし、保有資格がすべて表示されていること
②　50％割引バウチャーなどの特典が引き継がれていること
③　Credly のデジタルバッジ（Credly より別途メールが届きます）

ご不明な点がございましたら、本メールにご返信くださいませ。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
send(SONET, B_USER, B6, FORM, "RE:[CASE %s] %s" % (CB, FORM_SUBJ),
     tpart(b6, charset="shift_jis", codec="cp932", cte="base64"),
     L("merge_completed", CB, [B_NEW], True, "ja"), "ja-merge-finished-sjis-label")

B7 = B6 + timedelta(days=3, minutes=4)
b7 = html_wrap("""<div style="max-width:600px;margin:0 auto">
<p>佐藤 由美 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
ケース <b>%s</b> はクローズされました。</p>
<p><b>お問い合わせの内容は解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/JP4TQ7WZ?caseid=%s&amp;a=1">はい</a> ／ <a href="https://pulse.aws/survey/JP4TQ7WZ?caseid=%s&amp;a=0">いいえ</a></p>
<p>担当者の対応について、5 段階で評価してください。（所要時間：約 1 分）</p>
<p style="font-size:12px;color:#777">本アンケートへのご回答は任意です。ケースを再開する必要がある場合は、14 日以内に本メールへご返信ください。</p>
</div>""" % (CB, CB, CB))
send(SONET, B_USER, B7, FORM, enc_subject("アンケートへのご協力のお願い（ケース %s）" % CB, "utf-8"),
     tpart(b7, "html", cte="base64"), L("survey", CB, [], True, "ja"), "ja-survey-case-closed")

# ---------------------------------------------------------------- CASE C
# Form desk, non-native English agent (Rohan), Outlook.com user, 11-digit id (2022).
# Goes wrong: the first confirmation request has the direction reversed.
C_USER = "kasia.wojcik@outlook.com"
C_NAME = "Katarzyna Wójcik"
CC_ = "10478236951"
C_KEEP, C_OLD = "AWS03381204", "AWS07720456"
C_OPEN = d(2022, 9, 12, 8, 15, 33)


def outlook_sent_quote(frm, sent_dt, to, subject):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm, sent_dt.strftime("%A, %B %-d, %Y %H:%M"), to, subject))


def outlook_html(top_html, quote_hdr, quote_body):
    return html_wrap('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>'
                     '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>'
                     '<div>%s</div>' % (top_html, quote_hdr.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"), quote_body))


c1 = """Dear Customer,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated reply to let you know that your request has been received and a case has been created. Your case number is 10478236951.

Our support team will respond to you within 1 business day. Please keep the case number in the subject line of any future correspondence regarding this request.

Your request:
  Type: Certification > Account Merge
  Candidate ID: AWS-03381204
  Comment: I have two certification accounts and would like to have only one.

Thank you,
AWS Training and Certification
"""
send("outlook", C_USER, C_OPEN + timedelta(seconds=29), FORM,
     "AWS Training and Certification: We received your request (Case 10478236951)",
     alt(tpart(c1, cte="7bit", charset="us-ascii"), tpart(html_wrap(txt2html(c1)), "html")),
     L("case_created", CC_, [C_KEEP], True), "received-your-request-11digit")

C2 = d(2022, 9, 13, 9, 2, 18)
c2_new = """Dear Katarzyna,

Greetings from AWS Training and Certification!

Thank you for contacting us regarding merging of your certification accounts. I have gone through your request and would like to inform you that I was able to locate below accounts in our system:

Primary account (will be retained): AWS07720456 - k.wojcik@student.pwr.edu.pl
Secondary account (will be merged and closed): AWS03381204 - kasia.wojcik@outlook.com

Request you to kindly go through the above details. Please note once the accounts are merged the same cannot be reverted and all the certifications, exam history and benefits of the secondary account will be moved to the primary account.

Kindly revert back on this email with your confirmation so that we can proceed further with the merge.

Thanks & Regards,
Rohan K.
AWS Training and Certification Support
"""
send("outlook", C_USER, C2, FORM, "RE:[CASE %s] %s" % (CC_, FORM_SUBJ),
     alt(tpart(c2_new), tpart(html_wrap(txt2html(c2_new)), "html")),
     L("merge_confirmation_requested", CC_, [C_KEEP, C_OLD], True), "confirm-request-wrong-direction")

C3 = loc(C2 + timedelta(hours=1, minutes=38), CEST)
c3_top = """Hello Rohan,

Thank you for the quick answer, but this is the wrong way around. I want to KEEP aws03381204 (kasia.wojcik@outlook.com) - it is the account with my Professional certification and I use it every day. The university account AWS 07720456 should be merged into it and closed, because I will lose access to the student mailbox in October.

Please do not proceed with the merge as described in your e-mail.

Best regards,
Katarzyna Wójcik
"""
qh = outlook_sent_quote("Amazon Web Services <%s>" % FORM_ADDR, loc(C2, CEST), "%s <%s>" % (C_USER, C_USER), "RE:[CASE %s] %s" % (CC_, FORM_SUBJ))
c3 = c3_top + "\n" + qh + "\n" + c2_new
sent_copy(C3, "Katarzyna =?iso-8859-2?Q?W=F3jcik?= <%s>" % C_USER, "Amazon Web Services <%s>" % FORM_ADDR,
          "Re: RE:[CASE %s] %s" % (CC_, FORM_SUBJ),
          alt(tpart(c3, charset="iso-8859-2"), tpart(outlook_html(txt2html(c3_top), qh, txt2html(c2_new)), "html", charset="iso-8859-2")),
          L("unrelated", CC_, [C_KEEP, C_OLD], None), "sent-wrong-way-round-keep-other",
          extra=["Thread-Topic: RE:[CASE %s] %s" % (CC_, FORM_SUBJ), "Thread-Index: AQHYx%s" % rb64(12),
                 "Accept-Language: pl-PL, en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"],
          msgid="<AM9P195MB1%d%s@AM9P195MB1%d.EURP195.PROD.OUTLOOK.COM>" % (RNG.randint(100, 999), rhex(20).upper(), RNG.randint(100, 999)))

C4 = d(2022, 9, 14, 5, 31, 50)
c4_new = """Dear Katarzyna,

Thank you for your prompt response and apologies for the inconvenience caused.

I have rectified the details as per your request. Please find the updated merge details as below:

Primary account (will be retained): AWS03381204 - kasia.wojcik@outlook.com
Secondary account (will be merged and closed): AWS07720456 - k.wojcik@student.pwr.edu.pl

As informed earlier, the merge is permanent and cannot be reverted. Kindly reply to this email confirming the above details are correct, post which we will proceed with the request.

Thanks & Regards,
Rohan K.
AWS Training and Certification Support
"""
c4_q = outlook_sent_quote("Katarzyna Wójcik <%s>" % C_USER, C3, "Amazon Web Services", "Re: RE:[CASE %s] %s" % (CC_, FORM_SUBJ)) + "\n" + c3_top
send("outlook", C_USER, C4, FORM, "RE:[CASE %s] %s" % (CC_, FORM_SUBJ),
     alt(tpart(c4_new + "\n" + c4_q), tpart(html_wrap(txt2html(c4_new) + "<br>" + txt2html(c4_q)), "html")),
     L("merge_confirmation_requested", CC_, [C_KEEP, C_OLD], True), "corrected-confirm-request")

C5 = loc(C4 + timedelta(hours=2, minutes=5), CEST)
c5_top = """Yes, now it is correct. I confirm the merge - please go ahead.

Thank you,
Katarzyna
"""
qh5 = outlook_sent_quote("Amazon Web Services <%s>" % FORM_ADDR, loc(C4, CEST), "%s <%s>" % (C_USER, C_USER), "RE:[CASE %s] %s" % (CC_, FORM_SUBJ))
sent_copy(C5, "Katarzyna =?iso-8859-2?Q?W=F3jcik?= <%s>" % C_USER, "Amazon Web Services <%s>" % FORM_ADDR,
          "Re: RE:[CASE %s] %s" % (CC_, FORM_SUBJ),
          alt(tpart(c5_top + "\n" + qh5 + "\n" + c4_new + "\n" + c4_q), tpart(outlook_html(txt2html(c5_top), qh5, txt2html(c4_new + "\n" + c4_q)), "html")),
          L("unrelated", CC_, [], None), "sent-now-correct-go-ahead",
          extra=["Thread-Topic: RE:[CASE %s] %s" % (CC_, FORM_SUBJ), "Accept-Language: pl-PL, en-US", "Content-Language: en-US"])

C6 = d(2022, 9, 16, 10, 20, 4)
c6 = """Dear Katarzyna,

Greetings of the day!

This is to inform you that as per your confirmation the merge activity of your certification accounts has been carried out successfully. You can now login with kasia.wojcik@outlook.com and view all your certifications and exam history under AWS03381204. The account AWS07720456 is no longer active.

Your digital badges will be transferred to the Credly account linked with your primary e-mail, please allow 2-3 business days for the same.

In case if you face any issue, please feel free to reach out to us by replying to this email.

Thanks & Regards,
Rohan K.
AWS Training and Certification Support
"""
send("outlook", C_USER, C6, FORM, "RE:[CASE %s] %s" % (CC_, FORM_SUBJ),
     alt(tpart(c6, cte="base64"), tpart(html_wrap(txt2html(c6)), "html", cte="base64")),
     L("merge_completed", CC_, [C_KEEP, C_OLD], True), "merge-activity-carried-out")

C7 = C6 + timedelta(days=2, minutes=1)
c7 = """Hello,

We're reaching out because your case 10478236951 with AWS Training and Certification was recently closed.

We'd love to hear about your experience. The survey takes less than two minutes.

  Overall, how satisfied were you with the support you received?
  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

Start the survey: https://pulse.aws/survey/TCQ9W2RB?caseid=10478236951

Thank you for helping us improve.
AWS Training and Certification
"""
send("outlook", C_USER, C7, FORM, "Tell us about your recent AWS Training and Certification support experience",
     alt(tpart(c7, cte="7bit", charset="us-ascii"), tpart(html_wrap(txt2html(c7)), "html")),
     L("survey", CC_, [], True), "survey-after-closure-11digit")

# ---------------------------------------------------------------- CASE D
# Console support case, English agent (Lucia), Gmail user, 15-digit id (2024).
# Goes wrong: merge completes but the Credly badges do not follow; reopened.
D_USER = "ahmed.farouk.dev@gmail.com"
D_OPEN = d(2024, 11, 4, 16, 40, 12)
CD = case15(D_OPEN, 2206)
D_OLD, D_KEEP = "AWS06612390", "AWS08135547"
D_SUBJ = "Merge two AWS Certification accounts"
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services

======================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

======================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_html(text):
    return html_wrap('<div style="max-width:640px">%s</div>' % txt2html(text))


d1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I passed two exams with two different certification accounts (AWS06612390 with my old work e-mail and aws08135547 with my personal e-mail). Can you merge them so everything sits under the personal one?

We will provide an update to this case as soon as possible.

To contact us again about this issue, please sign in to the AWS Support Center using the link below. Please do not open a new case for the same issue.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CD, CD, D_SUBJ, CD)
send("gmail", D_USER, D_OPEN + timedelta(seconds=7), CONSOLE,
     "Amazon Web Services: You have opened a new Support case: %s" % CD,
     alt(tpart(d1), tpart(console_html(d1), "html")),
     L("case_created", CD, [D_OLD, D_KEEP], True), "console-new-support-case")

D2 = d(2024, 11, 5, 11, 12, 40)
d2 = """Hello Ahmed,

Thank you for reaching out to AWS Support. My name is Lucia and I will be assisting you with this case.

So that I can locate both certification profiles and make sure the correct records are combined, could you please update the case with the following:

1. The e-mail address you use to sign in to each account (AWS06612390 and AWS08135547);
2. The notification e-mail address set on each profile, if it is different from the sign-in address;
3. Which of the two accounts should remain active afterwards.

As soon as I have this information I will prepare the merge and send you the details to double-check.
""" + CONSOLE_FOOT % ("Lucia M.", CD)
send("gmail", D_USER, D2, CONSOLE, "RE:[CASE %s] %s" % (CD, D_SUBJ),
     alt(tpart(d2), tpart(console_html(d2), "html")),
     L("support_reply", CD, [D_OLD, D_KEEP], True), "console-agent-needs-login-emails")

D3 = d(2024, 11, 6, 9, 30, 55)
d3 = """Hello Ahmed,

Thanks for the quick update. I was able to find both profiles with the addresses you provided.

Here is what I will ask our Certification team to do:

  FROM (source, to be deactivated): AWS06612390  -  ahmed.farouk@nilecloud-solutions.com
  INTO (target, stays active):      AWS08135547  -  ahmed.farouk.dev@gmail.com

Exam history, certifications and benefits held on the source profile will be transferred to the target profile. Please keep in mind that the consolidation is irreversible.

Before I submit anything, please reply through the Support Center and let me know that the above is correct and that you want me to go ahead.
""" + CONSOLE_FOOT % ("Lucia M.", CD)
send("gmail", D_USER, D3, CONSOLE, "RE:[CASE %s] %s" % (CD, D_SUBJ),
     alt(tpart(d3, cte="base64"), tpart(console_html(d3), "html", cte="base64")),
     L("merge_confirmation_requested", CD, [D_OLD, D_KEEP], True), "console-please-verify-source-target")

D4 = d(2024, 11, 7, 18, 5, 21)
d4 = """Hello Ahmed,

I have an update for you: the Certification team has completed the consolidation we discussed. Your exam history and both certifications now sit under AWS08135547, and you can sign in with ahmed.farouk.dev@gmail.com as usual.

Since the request has been fulfilled, I will set this case to resolved. If something is missing, you can reopen it from the Support Center within 14 days.
""" + CONSOLE_FOOT % ("Lucia M.", CD)
send("gmail", D_USER, D4, CONSOLE, "RE:[CASE %s] %s" % (CD, D_SUBJ),
     alt(tpart(d4), tpart(console_html(d4), "html")),
     L("merge_completed", CD, [D_KEEP], True), "console-consolidation-completed")

D5 = D4 + timedelta(minutes=3, seconds=48)
d5 = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<p>Hello,</p>
<p>Your support case <b>%s</b>, &ldquo;%s&rdquo;, has been resolved.</p>
<p>If you still need help, you can reopen the case from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<table style="border:1px solid #eaeded;margin:16px 0"><tr><td style="padding:16px">
<p style="margin:0 0 8px 0"><b>Was your issue resolved?</b></p>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=true">Yes</a> &nbsp;|&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=false">No</a>
</td></tr></table>
<p>Thank you for using Amazon Web Services.</p>
</td></tr></table>""" % (CD, D_SUBJ, CD, CD, CD))
send("gmail", D_USER, D5, CONSOLE, "[Case %s] Your support case has been resolved" % CD,
     tpart(d5, "html"), L("survey", CD, [], True), "console-case-resolved-yes-no")

D6 = d(2024, 11, 12, 14, 22, 9)
d6 = """Hello Ahmed,

Thank you for reopening the case and for the screenshots.

You are right: the profiles themselves were merged, but your "AWS Certified Developer - Associate" badge is still held by the Credly account registered to your old work address. Credly badges are stored in a separate system and they are not always moved automatically.

I have raised a request with the team that manages our Credly integration to re-issue the badge to the Credly account for ahmed.farouk.dev@gmail.com. Once that is done, Credly will e-mail you directly and you will be able to accept the badge there. Please do not delete your old Credly account until then.
""" + CONSOLE_FOOT % ("Lucia M.", CD)
send("gmail", D_USER, D6, CONSOLE, "RE:[CASE %s] %s" % (CD, D_SUBJ),
     alt(tpart(d6), tpart(console_html(d6), "html")),
     L("support_reply", CD, [], True), "console-reopened-badges-missing")

D7 = d(2024, 11, 15, 10, 2, 44)
d7 = """Hello Ahmed,

Just a quick status note: the request to move your badge is still with the Credly integration team. They told me it should be done within the next 3-5 business days.

I am keeping this case open and will check back with them on Tuesday. There is nothing you need to do at the moment.
""" + CONSOLE_FOOT % ("Lucia M.", CD)
send("gmail", D_USER, D7, CONSOLE, "RE:[CASE %s] %s" % (CD, D_SUBJ),
     alt(tpart(d7), tpart(console_html(d7), "html")),
     L("support_reply", CD, [], True), "console-status-credly-pending")

D8 = d(2024, 11, 18, 21, 40, 3)
d8t = """Ahmed, your badge is ready to accept

Amazon Web Services Training and Certification issued you the AWS Certified Developer - Associate badge.

This badge was transferred from another Credly account at the request of the issuer.

Accept badge: https://www.credly.com/badges/2c7b1e90-5d44-4a8f-b3e2-91f0a6c4d813/accept

You received this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, Inc. - Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
d8h = html_wrap("""<div style="text-align:center;max-width:560px;margin:0 auto">
<h1 style="font-size:22px">Ahmed, your badge is ready to accept</h1>
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="">
<p><b>Amazon Web Services Training and Certification</b> issued you the<br><b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p style="color:#666">This badge was transferred from another Credly account at the request of the issuer.</p>
<p><a href="https://www.credly.com/badges/2c7b1e90-5d44-4a8f-b3e2-91f0a6c4d813/accept" style="display:inline-block;background:#0d6efd;color:#fff;padding:10px 30px;border-radius:20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; <a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></p></div>""")
send("gmail", D_USER, D8, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
     "Ahmed, your badge is ready to accept",
     alt(tpart(d8t), tpart(d8h, "html")), L("credly_badge_issued", None, [], True), "credly-badge-transferred", prof="credly")

# ---------------------------------------------------------------- CASE E
# Form desk, agent Kwame; Yahoo user in Taiwan. Goes wrong: no answer for a week,
# user chases, then opens a duplicate case; first case closed as duplicate.
E_USER = "weiling.chen88@yahoo.com"
E_OPEN1 = d(2025, 2, 17, 3, 5, 40)
E_OPEN2 = d(2025, 2, 25, 8, 12, 19)
CE1 = case15(E_OPEN1, 1930)
CE2 = case15(E_OPEN2, 5512)
E_KEEP, E_OLD = "AWS09450021", "AWS01188374"
TPE = timezone(timedelta(hours=8))


def yahoo_sent(dt, subject, top, qhdr, qtext, label, short):
    t = top + "\n\n" + qhdr + "\n\n" + qtext
    h = ('<html><head></head><body><div class="ydp3b1f0a2cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
         '<div dir="ltr" data-setdir="false">%s</div></div><div id="yahoo_quoted_%d" class="yahoo_quoted">'
         '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
         '<div><div dir="ltr">%s</div></div></div></div></body></html>'
         % (txt2html(top), RNG.randint(1000000000, 9999999999), qhdr.replace("<", "&lt;").replace(">", "&gt;"), txt2html(qtext)))
    ms = int(dt.timestamp() * 1000)
    sent_copy(loc(dt, TPE), "Wei-Ling Chen <%s>" % E_USER, "Amazon Web Services <%s>" % FORM_ADDR, subject,
              alt(tpart(t), tpart(h, "html"), boundary="----=_Part_%d_%d.%d" % (RNG.randint(1000000, 9999999), RNG.randint(100000000, 999999999), ms)),
              label, short, extra=["X-Mailer: WebService/1.1.23369 YMailNorrin"],
              msgid="<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(100000000, 999999999), RNG.randint(1000000, 9999999), ms))


def yahoo_qhdr(dt, who):
    l = loc(dt, TPE)
    return "On %s at %s GMT+8, %s wrote:" % (l.strftime("%A, %B %d, %Y"), l.strftime("%I:%M:%S %p"), who)


def e_ack(case, dt, desc):
    return """Hello Wei-Ling,

We've received your message and opened case %s for you.

What happens next: one of our Customer Support specialists will review your request and reply to this email address, usually within one business day.

Your submission
  Inquiry type ........ Certification
  Inquiry detail ...... Account Merge
  AWS candidate ID .... AWS09450021
  Message ............. %s

Please don't open another case for the same question - if you need to add something, just reply to this email.

AWS Training and Certification Customer Support
""" % (case, desc)


e1 = e_ack(CE1, E_OPEN1, "I have an old certification account from my previous job and a new one. Please merge them.")
send("yahoo", E_USER, E_OPEN1 + timedelta(seconds=35), FORM, "[CASE %s] %s" % (CE1, FORM_SUBJ),
     alt(tpart(e1), tpart(html_wrap(txt2html(e1)), "html")),
     L("case_created", CE1, [E_KEEP], True), "form-ack-first-case")

E2 = d(2025, 2, 24, 1, 48, 2)
e2_top = """Hello,

I submitted this request a week ago and have not received any reply yet. Could you please let me know the status? My candidate ID is AWS09450021.

Thank you,
Wei-Ling Chen"""
yahoo_sent(E2, "Re: [CASE %s] %s" % (CE1, FORM_SUBJ), e2_top,
           yahoo_qhdr(E_OPEN1 + timedelta(seconds=35), "Amazon Web Services <%s>" % FORM_ADDR), e1,
           L("unrelated", CE1, [E_KEEP], None), "sent-chaser-no-reply-a-week")

e3 = e_ack(CE2, E_OPEN2, "Second request. I opened case %s on 17 Feb but nobody answered. I need my two certification accounts (AWS09450021 and AWS01188374) merged before my exam in March." % CE1)
send("yahoo", E_USER, E_OPEN2 + timedelta(seconds=44), FORM, "[CASE %s] %s" % (CE2, FORM_SUBJ),
     alt(tpart(e3), tpart(html_wrap(txt2html(e3)), "html")),
     L("case_created", CE2, [E_KEEP, E_OLD], True), "form-ack-second-case-duplicate")

E4 = d(2025, 2, 26, 13, 30, 7)
e4 = """Dear Wei-Ling,

Thank you for contacting AWS Training and Certification, and please accept our apologies for the delay in responding to your first request.

I noticed that there are two cases open for the same matter: %s (opened on 17 February) and this one, %s. To avoid any confusion, I have closed %s and we will handle everything here. For future requests, kindly reply to the existing case instead of opening a new one, as duplicate cases can slow things down.

Regarding the request itself, our records show two certification profiles under your name:

 - AWS01188374, created in 2019, sign-in e-mail weiling.chen@hsinchu-partners.com.tw
 - AWS09450021, created in 2023, sign-in e-mail weiling.chen88@yahoo.com

Could you please tell me which of these you would like to keep as your primary account? The other one will then be combined into it and deactivated.

Kind regards,

Kwame A.
AWS Training and Certification Customer Support
""" % (CE1, CE2, CE1)
send("yahoo", E_USER, E4, FORM, "RE:[CASE %s] %s" % (CE2, FORM_SUBJ),
     alt(tpart(e4), tpart(html_wrap(txt2html(e4)), "html")),
     L("support_reply", CE2, [E_KEEP, E_OLD], True), "agent-duplicate-closed-which-primary")

E5 = E4 + timedelta(minutes=2, seconds=31)
e5 = html_wrap("""<div style="max-width:600px">
<p>Hello,</p>
<p>Your case <b>%s</b> has been closed. It was identified as a duplicate of case %s, where our team will continue to assist you.</p>
<p>We would still appreciate your feedback on this case.</p>
<p><b>How satisfied are you with the support you received?</b><br>
<a href="https://pulse.aws/survey/TC3M8NVA?caseid=%s&amp;s=5">Very satisfied</a> &middot; <a href="https://pulse.aws/survey/TC3M8NVA?caseid=%s&amp;s=3">Neutral</a> &middot; <a href="https://pulse.aws/survey/TC3M8NVA?caseid=%s&amp;s=1">Very dissatisfied</a></p>
<p>AWS Training and Certification</p></div>""" % (CE1, CE2, CE1, CE1, CE1))
send("yahoo", E_USER, E5, FORM, "[CASE %s] Your case has been closed" % CE1,
     tpart(e5, "html"), L("survey", CE1, [], True), "first-case-closed-as-duplicate-survey")

E6 = d(2025, 2, 26, 15, 5, 50)
e6_top = """Dear Kwame,

Thank you. Please keep AWS09450021 (weiling.chen88@yahoo.com) as my primary account. The old one, AWS01188374, can be merged into it - I no longer have the company e-mail.

Sorry for opening two cases, I thought the first one was lost.

Best regards,
Wei-Ling Chen"""
yahoo_sent(E6, "Re: RE:[CASE %s] %s" % (CE2, FORM_SUBJ), e6_top,
           yahoo_qhdr(E4, "Amazon Web Services <%s>" % FORM_ADDR), e4,
           L("unrelated", CE2, [E_KEEP, E_OLD], None), "sent-keep-yahoo-account")

E7 = d(2025, 2, 27, 9, 44, 12)
e7 = """Dear Wei-Ling,

No problem at all, and thank you for the details.

Please review the following carefully:

  - AWS01188374 (weiling.chen@hsinchu-partners.com.tw) will be merged into AWS09450021 and deactivated.
  - AWS09450021 (weiling.chen88@yahoo.com) will remain as your only certification account.

This change is permanent. If the above is correct, please reply "I confirm" to this email and I will submit it for processing.

Kind regards,

Kwame A.
AWS Training and Certification Customer Support

-----Original Message-----
From: weiling.chen88@yahoo.com
Sent: 2025-02-26 15:05 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

%s
""" % (CE2, FORM_SUBJ, e6_top)
send("yahoo", E_USER, E7, FORM, "RE:[CASE %s] %s" % (CE2, FORM_SUBJ),
     alt(tpart(e7), tpart(html_wrap(txt2html(e7)), "html")),
     L("merge_confirmation_requested", CE2, [E_KEEP, E_OLD], True), "agent-reply-i-confirm")

E8 = d(2025, 3, 1, 6, 18, 37)
e8 = """Dear Wei-Ling,

Thank you for your confirmation.

I am pleased to inform you that the merge has now been completed, and all your certifications are available under AWS09450021. As your request has been fulfilled, I will now close this case.

We would really appreciate it if you could take a minute to rate your experience with us: https://pulse.aws/survey/TC3M8NVA?caseid=%s

Good luck with your exam in March!

Kind regards,

Kwame A.
AWS Training and Certification Customer Support
""" % CE2
send("yahoo", E_USER, E8, FORM, "RE:[CASE %s] %s" % (CE2, FORM_SUBJ),
     alt(tpart(e8, cte="base64"), tpart(html_wrap(txt2html(e8)), "html", cte="base64")),
     L("merge_completed", CE2, [E_KEEP], True), "merge-completed-and-case-closed")

E9 = d(2025, 3, 2, 2, 55, 10)
e9t = """Congratulations, Wei-Ling!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Security - Specialty

Accept your badge now to share it on LinkedIn and other networks and let employers verify your skills.

>> Accept badge: https://www.credly.com/earner/earned/badge/8d0f4e6a-33b1-4d2c-9a5e-7c6b1f2e0a94

Credly, Inc.
"""
send("yahoo", E_USER, E9, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
     "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
     alt(tpart(e9t), tpart(html_wrap(txt2html(e9t)), "html")), L("credly_badge_issued", None, [], True), "credly-congrats-badge-earned", prof="credly")

# ---------------------------------------------------------------- CASE F
# Console support case, mixed: English agent (Ryan) hands over to Japanese agent (Takahashi);
# company user on Exchange Online. 15-digit id (2025).
F_USER = "k-yamada@sakura-sys.co.jp"
F_OPEN = d(2025, 8, 18, 5, 31, 7)
CF = case15(F_OPEN, 3048)
F_KEEP, F_OLD = "AWS04029961", "AWS07305518"
F_SUBJ = "Certification account merge / 認定アカウントの統合"
JA_FOOT = """
======================================================================
本件に関して再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。
======================================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

f1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance

We will provide an update to this case as soon as possible.

To contact us again about this issue, please sign in to the AWS Support Center using the link below:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CF, CF, F_SUBJ, CF)
send("outlook", F_USER, F_OPEN + timedelta(seconds=9), CONSOLE,
     "Amazon Web Services: You have opened a new Support case: %s" % CF,
     alt(tpart(f1), tpart(console_html(f1), "html")), L("case_created", CF, [], True), "console-case-opened-mixed-subject")

F2 = d(2025, 8, 18, 19, 4, 33)
f2 = """Hello Yamada-san,

Thank you for contacting AWS Support.

I see that most of your description is written in Japanese. To make sure you get the best possible help, I have transferred this case to our Japanese-language Training and Certification team; a colleague will reach out to you during Japan business hours.

To save some time, could you please add to the case the e-mail address registered on your second profile (AWS 07305518)? You mentioned you are not sure whether it was your personal Gmail address or an old company address.
""" + CONSOLE_FOOT % ("Ryan T.", CF)
send("outlook", F_USER, F2, CONSOLE, enc_subject("RE:[CASE %s] %s" % (CF, F_SUBJ), "utf-8"),
     alt(tpart(f2), tpart(console_html(f2), "html")), L("support_reply", CF, [F_OLD], True), "console-en-agent-transfers-to-ja")

F3 = d(2025, 8, 19, 2, 15, 48)
f3 = """山田 健一 様

いつも Amazon Web Services をご利用いただき、ありがとうございます。
AWS サポートの高橋でございます。前任の担当者より本件を引き継ぎました。

追加でご提供いただいた情報をもとに確認いたしましたところ、統合の内容は以下のとおりとなります。

　統合元（無効化されます）：AWS07305518（kenichi.yamada.1987@gmail.com）
　統合先（引き続きご利用いただけます）：AWS04029961（k-yamada@sakura-sys.co.jp）

統合後は、統合元アカウントの認定資格および受験履歴は統合先アカウントに移行され、統合元アカウントはご利用いただけなくなります。統合は取り消しができませんので、ご注意ください。

上記の内容でよろしければ、サポートセンターより本ケースにご返信のうえ、統合へのご同意をお知らせいただけますでしょうか。

For your reference, an English summary follows:
We are ready to merge AWS07305518 into AWS04029961 (AWS04029961 remains active). This cannot be reversed. Please reply to this case in the Support Center to confirm that we may proceed.

何卒よろしくお願いいたします。

高橋 亮
Amazon Web Services
""" + JA_FOOT % CF
send("outlook", F_USER, F3, CONSOLE, enc_subject("RE:[CASE %s] %s" % (CF, F_SUBJ), "utf-8"),
     alt(tpart(f3, cte="base64"), tpart(console_html(f3), "html", cte="base64")),
     L("merge_confirmation_requested", CF, [F_KEEP, F_OLD], True, "ja"), "console-ja-bilingual-confirm")

F4 = d(2025, 8, 19, 7, 40, 2)
f4 = """山田 健一 様

AWS サポートの高橋でございます。
ご同意いただき、誠にありがとうございます。

それでは、統合の手続きを担当部署へ依頼いたしました。通常、完了まで 2〜3 営業日ほどお時間を頂戴しております。
統合が完了いたしましたら、改めて本ケースにてご連絡申し上げます。

なお、手続き中は認定アカウントへのサインインが一時的にできなくなる場合がございます。あらかじめご了承くださいませ。

引き続きよろしくお願いいたします。

高橋 亮
Amazon Web Services
""" + JA_FOOT % CF
send("outlook", F_USER, F4, CONSOLE, enc_subject("RE:[CASE %s] %s" % (CF, F_SUBJ), "utf-8"),
     alt(tpart(f4), tpart(console_html(f4), "html")),
     L("support_reply", CF, [], True, "ja"), "console-ja-thanks-requested-processing")

F5 = d(2025, 8, 21, 9, 2, 26)
f5 = """山田 健一 様

AWS サポートの高橋でございます。
お待たせいたしました。

担当部署より、認定アカウントの統合が完了した旨の報告がございましたので、ご連絡いたします。
これまで AWS07305518 に登録されていた認定資格および受験履歴は、すべて AWS04029961 にてご確認いただけます。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。1 週間経ってもメールが届かない場合は、本ケースを再オープンしてお知らせください。

本件は解決済みとしてクローズさせていただきます。

高橋 亮
Amazon Web Services
""" + JA_FOOT % CF
send("outlook", F_USER, F5, CONSOLE, enc_subject("RE:[CASE %s] %s" % (CF, F_SUBJ), "utf-8"),
     alt(tpart(f5), tpart(console_html(f5), "html")),
     L("merge_completed", CF, [F_KEEP, F_OLD], True, "ja"), "console-ja-merge-reported-done")

F6 = F5 + timedelta(minutes=12, seconds=3)
f6 = html_wrap("""<div style="max-width:600px">
<p>お客様</p>
<p>サポートケース <b>%s</b>「%s」は解決済みになりました。</p>
<p>問題は解決しましたか？<br>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=true&amp;language=ja">はい</a> &nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=false&amp;language=ja">いいえ</a></p>
<p>今回のサポートについてのご評価をお聞かせください。今後のサービス向上に役立てさせていただきます。</p>
<p style="color:#687078;font-size:12px">Amazon Web Services</p></div>""" % (CF, F_SUBJ, CF, CF))
send("outlook", F_USER, F6, CONSOLE, enc_subject("[Case %s] サポートケースが解決されました" % CF, "iso-2022-jp"),
     tpart(f6, "html"), L("survey", CF, [], True, "ja"), "console-ja-resolved-feedback")

# ---------------------------------------------------------------- CASE G
# 2019, 10-digit id; form desk agent Svetlana; user on his own Postfix server
# (OpenDMARC/OpenDKIM headers), Outlook 2016 with "-----Original Message-----".
G_USER = "t.becker@becker-it.de"
CG = "6247881930"
G_KEEP, G_OLD = "AWS00873312", "AWS01644209"
G_OPEN = d(2019, 6, 3, 7, 45, 12)


def becker_in(dt, frm, subject, body, label, short, prof="amazon"):
    pr = profile(prof, dt)
    mf = pr["mailfrom"].replace("{LOCAL}", "t.becker").replace("{DOMAIN}", "becker-it.de")
    la = loc(dt + timedelta(seconds=2), CEST)
    dk = "; ".join('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (dd, dd, rb64(6)[:8]) for dd, _ in pr["dkim_ds"])
    heads = ["Return-Path: <%s>" % mf,
             "Delivered-To: %s" % G_USER,
             "Received: from mail.becker-it.de ([127.0.0.1])\n\tby localhost (mail.becker-it.de [127.0.0.1]) (amavisd-new, port 10024)\n\twith ESMTP id %s for <%s>;\n\t%s" % (rb64(9)[:12], G_USER, format_datetime(la)),
             "X-Virus-Scanned: Debian amavisd-new at mail.becker-it.de",
             "X-Spam-Flag: NO",
             "X-Spam-Score: -0.101",
             "X-Spam-Status: No, score=-0.101 tagged_above=-999 required=5\n\ttests=[DKIM_SIGNED=0.1, DKIM_VALID=-0.1, DKIM_VALID_AU=-0.1,\n\tHTML_MESSAGE=0.001, SPF_PASS=-0.001] autolearn=ham autolearn_force=no",
             "Authentication-Results: mail.becker-it.de; dmarc=pass (p=%s dis=none) header.from=%s" % (pr["p"].lower(), pr["from_dom"]),
             "Authentication-Results: mail.becker-it.de; spf=pass smtp.mailfrom=%s" % pr["spf_dom"],
             "Authentication-Results: mail.becker-it.de;\n\t" + dk.replace("; ", ";\n\t"),
             "Received: from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mail.becker-it.de (Postfix) with ESMTPS id 45H%s\n\tfor <%s>; %s" % (pr["helo"], pr["helo"], pr["ip"], rb64(6)[:7], G_USER, format_datetime(la - timedelta(seconds=1)))]
    heads += pr["dkims"]
    heads += ["From: %s" % frm, "To: %s" % G_USER, "Subject: %s" % subject, "Date: %s" % rfc(dt), "Message-ID: %s" % pr["mid"]]
    heads += pr["tail"]
    build(heads, body, label, short)


g1 = """Dear AWS Certification Candidate,

Thank you for contacting AWS Certification. Your inquiry has been received and assigned case number 6247881930.

An AWS Certification representative will respond to your inquiry within 1-2 business days. Please reference this case number in any follow-up correspondence.

Regards,
AWS Certification
"""
becker_in(G_OPEN + timedelta(seconds=20), FORM, "AWS Certification: Case 6247881930 received",
          alt(tpart(g1, cte="7bit", charset="us-ascii"), tpart(html_wrap(txt2html(g1)), "html")),
          L("case_created", CG, [], True), "2019-case-received")

G2 = d(2019, 6, 4, 15, 10, 40)
g2 = """Hello Thomas,

Thank you for contacting AWS Certification.

I understand you would like to consolidate your two certification accounts, AWS00873312 and AWS01644209. To proceed, we need the following information:

- the e-mail address you use to log in to each of the two accounts
- which account you wish to keep as your active account
- confirmation that both accounts belong to you

Please reply to this e-mail with the above details.

Best regards,
Svetlana P.
AWS Certification Support
"""
becker_in(G2, FORM, "RE:[CASE %s] Account consolidation" % CG,
          alt(tpart(g2), tpart(html_wrap(txt2html(g2)), "html")),
          L("support_reply", CG, [G_KEEP, G_OLD], True), "2019-agent-needs-logins")

G3 = d(2019, 6, 8, 15, 11, 2)
g3_new = """Hello Thomas,

We have not yet received a response to our previous message regarding case 6247881930.

If we do not hear back from you within 3 days, this case will be closed automatically. If you still need assistance, simply reply to this e-mail and we will be happy to continue.

Best regards,
Svetlana P.
AWS Certification Support
"""
g3 = g3_new + "\n-----Original Message-----\nFrom: AWS Certification Support\nSent: 6/4/2019 3:10 PM\nSubject: RE:[CASE %s] Account consolidation\n\n" % CG + g2
becker_in(G3, FORM, "RE:[CASE %s] Account consolidation" % CG,
          alt(tpart(g3), tpart(html_wrap(txt2html(g3)), "html")),
          L("support_reply", CG, [], True), "2019-chaser-will-auto-close")

G4 = loc(d(2019, 6, 10, 6, 52, 30), CEST)
g4_top = """Hello Svetlana,

sorry for the late reply, I was on holiday and didn’t check my mail.

- AWS00873312: login thomas.becker@web.de (private, old)
- AWS01644209: login t.becker@becker-it.de

Both accounts are mine. Please keep AWS00873312 because it holds my “Solutions Architect – Professional”, and merge the other one into it.

Mit freundlichen Grüßen / Best regards
Thomas Becker
Geschäftsführer

becker IT-Services GmbH
Lindenstraße 14, 76133 Karlsruhe
Tel. +49 721 9152 0
"""
g4 = g4_top + "\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Saturday, June 8, 2019 5:11 PM\nTo: t.becker@becker-it.de\nSubject: RE:[CASE %s] Account consolidation\n\n" % (FORM_ADDR, CG) + g3
g4h = html_wrap('<div class="WordSection1"><p class="MsoNormal">%s</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Saturday, June 8, 2019 5:11 PM<br><b>To:</b> t.becker@becker-it.de<br><b>Subject:</b> RE:[CASE %s] Account consolidation</p></div></div>%s</div>'
                % (txt2html(g4_top), FORM_ADDR, CG, txt2html(g3)))
sent_copy(G4, "Thomas Becker <%s>" % G_USER, "'Amazon Web Services' <%s>" % FORM_ADDR,
          "AW: RE:[CASE %s] Account consolidation" % CG,
          alt(tpart(g4, charset="iso-8859-1", codec="cp1252"), tpart(g4h, "html", charset="iso-8859-1", codec="cp1252")),
          L("unrelated", CG, [G_KEEP, G_OLD], None), "2019-sent-logins-keep-older",
          extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHVHn%s" % rb64(9), "Content-Language: de"],
          msgid="<000001d51f4a$%s$%s@becker-it.de>" % (rhex(8), rhex(8)))

G5 = d(2019, 6, 11, 8, 2, 9)
g5_new = """Hello Thomas,

Thank you for the information, and I hope you enjoyed your holiday.

Please confirm that you would like us to merge your AWS Certification accounts as follows:

Account to be closed: AWS01644209 (t.becker@becker-it.de)
Account to be kept:   AWS00873312 (thomas.becker@web.de)

Please note that this cannot be undone. Once we receive your confirmation, we will submit the request.

Best regards,
Svetlana P.
AWS Certification Support
"""
g5 = (g5_new + "\n> -----Original Message-----\n> From: Thomas Becker <t.becker@becker-it.de>\n> Sent: 6/10/2019 6:52 AM\n>\n"
      + quote_gt(g4_top) + "\n>\n" + quote_gt(quote_gt(g3_new)) + "\n")
becker_in(G5, FORM, "RE:[CASE %s] Account consolidation" % CG,
          alt(tpart(g5, cte="base64"), tpart(html_wrap(txt2html(g5)), "html", cte="base64")),
          L("merge_confirmation_requested", CG, [G_KEEP, G_OLD], True), "2019-please-confirm-close-keep")

G6 = d(2019, 6, 13, 12, 45, 55)
g6 = """Hello Thomas,

Thank you for confirming. I'm happy to let you know that your two accounts have now been combined into one. You can log in with thomas.becker@web.de, and your full certification history is available there.

Your case will be closed. Have a great day!

Best regards,
Svetlana P.
AWS Certification Support
"""
becker_in(G6, FORM, "RE:[CASE %s] Account consolidation" % CG,
          alt(tpart(g6), tpart(html_wrap(txt2html(g6)), "html")),
          L("merge_completed", CG, [], True), "2019-accounts-combined")

G7 = d(2019, 6, 14, 18, 3, 17)
g7 = """Thomas, you've been issued a badge by Amazon Web Services Training and Certification!

AWS Certified Solutions Architect - Professional

Your badge has been updated following a change to your AWS Certification account. Accept your badge to manage how it is shared.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/0a7c3e51-92df-4d8b-8e1f-3b6a9d2c7e40

Acclaim | Powered by Credly
"""
becker_in(G7, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
          "Thomas, you've been issued a badge by Amazon Web Services Training and Certification",
          alt(tpart(g7), tpart(html_wrap(txt2html(g7)), "html")),
          L("credly_badge_issued", None, [], True), "acclaim-badge-2019", prof="acclaim")

# ---------------------------------------------------------------- UNRELATED / LOOK-ALIKES
# U1 Seller Central case about merging listings (look-alike subject and vocabulary)
U1 = d(2025, 6, 3, 17, 22, 41)
u1 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like two detail pages for your phone stand (ASIN B0CX7K2L9P and B0CX7K4Q1M) to be merged into a single variation family.

I have reviewed both listings and submitted the request to our catalog team. The variation family has now been merged under the parent ASIN B0CX7K2L9P; it may take up to 48 hours for the change to appear on the detail page. Any stranded inventory for the child ASIN will be available again once the change is live.

Was this email helpful? Yes / No

Thank you for selling on Amazon,
Rachel G.
Amazon Selling Partner Support
https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID=9173346021
"""
send("gmail", A_USER, U1, '"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>',
     "RE:[CASE 9173346021] Merge two detail pages into one variation family",
     alt(tpart(u1), tpart(html_wrap(txt2html(u1)), "html")),
     L("unrelated", "9173346021", [], True), "seller-central-listing-merge-case")

# U2 other AWS support case of the same user: quota increase
U2_OPEN = d(2025, 1, 13, 9, 3, 28)
CU2 = case15(U2_OPEN, 4471)
u2 = """Hello,

We have approved and processed your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the EU (Frankfurt) region. Your new quota is 64 vCPUs.

It can sometimes take up to 30 minutes for this to propagate and become available for use. I hope this helps. Please let us know if there is anything else we can assist you with.
""" + CONSOLE_FOOT % ("Jonas W.", CU2)
send("gmail", D_USER, d(2025, 1, 13, 15, 47, 2), CONSOLE, "RE:[CASE %s] Quota increase: EC2 Running On-Demand Standard instances" % CU2,
     alt(tpart(u2), tpart(console_html(u2), "html")),
     L("unrelated", CU2, [], True), "console-quota-increase-approved")

# U3 CertMetrics survey mail (authentic, but not AWS/Credly domain)
U3 = d(2022, 10, 4, 14, 0, 12)
u3 = """Dear Katarzyna,

AWS Certification wants to hear from you!

As a valued member of the AWS Certified community (Candidate ID: AWS03381204), we invite you to take a short survey about your certification experience. Your feedback helps us improve our exams and benefits.

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?s=cq82x

Thank you,
AWS Training and Certification

This is an automated message from CertMetrics on behalf of AWS Certification. Please do not reply.
"""
cm = other(U3, "certmetrics.com", "k1", "198.2.%d.%d" % (RNG.randint(128, 180), RNG.randint(2, 250)), "mail%d.certmetrics.com" % RNG.randint(1, 9),
           "bounce-mc.us%d_%d@mail%d.certmetrics.com" % (RNG.randint(1, 20), RNG.randint(1000000, 9999999), RNG.randint(1, 9)), p="NONE")
send("outlook", C_USER, U3, '"AWS Certification" <do-not-reply@certmetrics.com>', "AWS Certification wants to hear from you",
     alt(tpart(u3), tpart(html_wrap(txt2html(u3)), "html")), L("unrelated", None, [C_KEEP], False), "certmetrics-wants-to-hear-from-you", prof=cm)

# U4 Pearson VUE appointment confirmation, Japanese
U4 = d(2025, 6, 20, 4, 11, 59)
u4 = """佐藤 由美 様

この度は、ピアソンVUEにて AWS 認定試験をご予約いただき、誠にありがとうございます。
以下の内容でご予約が確定いたしましたので、ご確認ください。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02)
受験日時：2025年7月12日(土) 10:00
会場：オンライン監視試験（OnVUE）
受験者 ID：AWS02841907
登録 ID：478215903

試験開始の 30 分前からチェックインが可能です。身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE
"""
pv = other(U4, "pearson.com", "pvue2", "139.138.%d.%d" % (RNG.randint(50, 60), RNG.randint(2, 250)), "mx-out%d.pearsonvue.com" % RNG.randint(1, 4),
           "bounces@pearsonvue.com", p="QUARANTINE", spf_dom="pearsonvue.com")
send(SONET, B_USER, U4, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>',
     enc_subject("ピアソンVUE 試験予約確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
     tpart(u4, charset="iso-2022-jp", cte="7bit"), L("unrelated", None, [B_NEW], False, "ja"), "pearson-vue-ja-booking", prof=pv)

# U5 Credly's own self-service account merge (code mail) - not the AWS merge
U5 = d(2025, 6, 4, 8, 30, 15)
u5 = """Hi Marcus,

We received a request to merge another Credly account (m.oyelaran@northgate-analytics.co.uk) into your Credly account.

Your verification code is: 482913

Enter this code on the merge screen, or click "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=4f2a9c81e07b

If you did not request this, you can ignore this email - no changes will be made to your account.

The Credly Team
"""
send("gmail", A_USER, U5, '"Credly" <admin@credly.com>', "Confirm your Credly account merge",
     alt(tpart(u5), tpart(html_wrap(txt2html(u5)), "html")), L("unrelated", None, [], True), "credly-self-service-merge-code", prof="credly")

# U6 Credly badge expiry reminder
U6 = d(2025, 9, 1, 13, 5, 44)
u6 = """Hi Ahmed,

Your AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and Certification, will expire on November 30, 2025.

To keep your badge active, recertify before it expires. Visit the issuer's website to learn about recertification options.

View badge: https://www.credly.com/badges/2c7b1e90-5d44-4a8f-b3e2-91f0a6c4d813

Credly, Inc. - Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
send("gmail", D_USER, U6, '"Credly" <admin@credly.com>', "Your badge is expiring in 90 days",
     alt(tpart(u6), tpart(html_wrap(txt2html(u6)), "html")), L("unrelated", None, [], True), "credly-badge-expiring-90-days", prof="credly")

# U7 look-alike phishing about the merge (authenticates, but for a look-alike domain)
U7 = d(2025, 5, 29, 22, 14, 3)
u7 = """Dear Candidate,

We are ready to merge your certification accounts under case 174835512604417.

  Surviving account: AWS01927365

To authorize the merge, please confirm your identity by signing in within 24 hours:

  https://aws-trainingcertification.com/merge/confirm?ref=174835512604417

If we do not receive your confirmation, both accounts will be suspended and your certifications may be revoked.

AWS Training and Certification
Merge Operations Team
"""
ph = other(U7, "aws-trainingcertification.com", "default", "45.146.%d.%d" % (RNG.randint(160, 170), RNG.randint(2, 250)), "mail.aws-trainingcertification.com",
           "bounce@aws-trainingcertification.com", p="NONE")
send("gmail", A_USER, U7, '"AWS Training and Certification" <support@aws-trainingcertification.com>',
     "ACTION REQUIRED: Confirm your account merge [CASE 174835512604417]",
     alt(tpart(u7), tpart(html_wrap(txt2html(u7)), "html")),
     L("merge_confirmation_requested", CA, [A_NEW], False), "lookalike-confirm-merge-phish", prof=ph)

# U8 spoofed amazon.com "merge done" (dmarc=fail at Outlook; a forged pass header lower down)
U8 = d(2022, 9, 20, 3, 41, 27)
u8 = """Dear Customer,

Your AWS Certification accounts have been successfully merged.

To keep your certifications and exam vouchers active on the merged account, you must re-validate your profile within 48 hours:

https://aws-certification.account-verify.co/validate?u=kasia.wojcik

Failure to complete this step will result in deactivation of your merged account.

Sincerely,
AWS Training and Certification
"""
ip8 = "185.234.%d.%d" % (RNG.randint(210, 219), RNG.randint(2, 250))
heads = outlook_trace(C_USER, U8 + timedelta(seconds=3), "amazon.com", ip8, "vps-%d.hostingnet.ro" % RNG.randint(1000, 9999), "none", "none", "fail", "amazon.com",
                      compauth="fail reason=000", spf="softfail", action="quarantine")
heads = [h.replace("dkim=none (signature was verified)", "dkim=none (message not signed)") for h in heads]
heads += ["Authentication-Results: mx.amazon.com;\n dkim=pass header.i=@amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com",
          "Received: from localhost (localhost [127.0.0.1]) by vps-hostingnet.ro (Postfix) with ESMTPA; %s" % format_datetime(U8),
          "From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
          "To: %s" % C_USER, "Subject: Your accounts have been merged - action needed", "Date: %s" % rfc(U8),
          "Message-ID: <%s@amazon.com>" % rhex(24), "X-Mailer: PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)"]
heads += outlook_tail()
build(heads, tpart(html_wrap(txt2html(u8)), "html", cte="base64"),
      L("merge_completed", None, [], False), "spoofed-merged-revalidate-dmarc-fail")

# U9 GitHub pull request merged notification
U9 = d(2024, 11, 6, 12, 7, 30)
u9 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nilecloud/infra-modules/pull/412#event-15243398123
You are receiving this because you authored the thread.

Message ID: <nilecloud/infra-modules/pull/412/issue_event/15243398123@github.com>
"""
gh = other(U9, "github.com", "pf2023", "192.30.252.%d" % RNG.randint(200, 210), "out-%d.smtp.github.com" % RNG.randint(20, 29),
           "noreply@github.com", p="REJECT", mid="<nilecloud/infra-modules/pull/412/issue_event/15243398123@github.com>")
send("gmail", D_USER, U9, '"Sara Khalil" <notifications@github.com>',
     "Re: [nilecloud/infra-modules] Merge account-vending module into main (PR #412)",
     alt(tpart(u9), tpart(html_wrap(txt2html(u9)), "html")), L("unrelated", None, [], False), "github-pr-merged", prof=gh,
     reply_to="nilecloud/infra-modules <reply+ACRQ7PZ2XK@reply.github.com>",
     extra=["In-Reply-To: <nilecloud/infra-modules/pull/412@github.com>", "References: <nilecloud/infra-modules/pull/412@github.com>",
            "List-ID: nilecloud/infra-modules <infra-modules.nilecloud.github.com>", "X-GitHub-Reason: author"])

# === END CASES ===


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, (short, raw, label) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, short)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    write_all()
