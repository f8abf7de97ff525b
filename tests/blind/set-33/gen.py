#!/usr/bin/env python3
"""Generator for blind set 33: AWS Certification account-merge mail (.eml) + labels.json.

Run:  python3 make_set.py      (writes NNN-slug.eml and labels.json next to this file)
"""
import base64
import datetime as dt
import hashlib
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
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3303)
UTC = dt.timezone.utc
LABELS = {}

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def T(y, mo, d, h, mi, s=0, zone=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def fmt(d):
    return format_datetime(d)


def case15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_msgid(d, region="email.amazonses.com"):
    ms = int(d.timestamp() * 1000) - R.randint(300, 2500)
    return "<0100%012x-%s-000000@%s>" % (ms, ruuid(), region)


def ses_envelope(d):
    ms = int(d.timestamp() * 1000) - R.randint(100, 900)
    return "0100%012x-%s-000000@email.amazonses.com" % (ms, ruuid())


def fold_b(val, width=70):
    return "\n\t ".join(val[i:i + width] for i in range(0, len(val), width))


def dkim_sig(domain, selector, d, headers_list, canon="relaxed/simple"):
    b = rb64(256)
    sig = ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
           % (canon, selector, domain, int(d.timestamp()), headers_list,
              rb64(32), fold_b(b)))
    return sig, b[:8]


def gmail_local_dt(d):
    # Gmail stamps its own Received lines in Pacific time
    y = d.year
    if y == 2025:
        dst = T(2025, 3, 9, 10, 0) <= d < T(2025, 11, 2, 9, 0)
    else:
        dst = T(2026, 3, 8, 10, 0) <= d < T(2026, 11, 1, 9, 0)
    if dst:
        return d.astimezone(tz(-7)).strftime("%a, %-d %b %Y %H:%M:%S -0700 (PDT)")
    return d.astimezone(tz(-8)).strftime("%a, %-d %b %Y %H:%M:%S -0800 (PST)")


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.48.%d", "54.240.11.%d"]) % R.randint(10, 120)


def ses_helo(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


# ----------------------------------------------------------------------------
# MIME parts
# ----------------------------------------------------------------------------

def textpart(text, subtype="plain", codec="utf-8", label=None, cte="quoted-printable"):
    raw = text.encode(codec)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or codec)
    p["Content-Transfer-Encoding"] = cte
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
    p.set_payload(payload)
    return p


def alternative(plain, html, boundary):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def java_boundary(d):
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10000000, 99999999),
                                     int(d.timestamp() * 1000))


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# ----------------------------------------------------------------------------
# transport / provider header blocks
# ----------------------------------------------------------------------------

AMZ_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
AMZ_H = "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"
SES_H = "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"


class Mail:
    """Collects headers in wire order (top first)."""

    def __init__(self):
        self.top = []      # provider-added, top first
        self.sender = []   # sender-side headers
        self.tail = []     # provider headers below sender ones (O365 style)

    def build(self, body, name, label):
        saved = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
        for k in set(k for k, _ in body.items()):
            del body[k]
        for k, v in self.top + self.sender:
            body[k] = v
        body["MIME-Version"] = "1.0"
        for k, v in saved:
            body[k] = v
        for k, v in self.tail:
            body[k] = v
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.compat32.clone(linesep="\r\n"),
                       mangle_from_=False, maxheaderlen=0).flatten(body)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(buf.getvalue())
        assert name not in LABELS, name
        LABELS[name] = label


def amazon_sender(m, d, frm, to, subject, extra=None, msgid=None, dkim=True, feedback=True):
    """SES-sent amazon.com mail: returns (envelope_from, ip, helo, [(domain, sel, bprefix)])"""
    env = ses_envelope(d)
    ip = ses_ip()
    sigs = []
    if dkim:
        s1, b1 = dkim_sig("amazon.com", AMZ_SEL, d, AMZ_H)
        s2, b2 = dkim_sig("amazonses.com", SES_SEL, d, SES_H)
        m.sender += [("DKIM-Signature", s1), ("DKIM-Signature", s2)]
        sigs = [("amazon.com", AMZ_SEL, b1), ("amazonses.com", SES_SEL, b2)]
    m.sender += [("Date", fmt(d)), ("From", frm), ("To", to), ("Message-ID", msgid or ses_msgid(d)),
                 ("Subject", subject)]
    for k, v in (extra or []):
        m.sender.append((k, v))
    if feedback:
        m.tail_pre = [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43]),
                      ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip))]
    else:
        m.tail_pre = []
    return env, ip, ses_helo(ip), sigs


def generic_sender(m, d, frm, to, subject, dkim_domain=None, selector="s1", msgid=None, extra=None):
    sigs = []
    if dkim_domain:
        s, b = dkim_sig(dkim_domain, selector, d, "from:reply-to:subject:mime-version:to:content-type:date:message-id",
                        canon="relaxed/relaxed")
        m.sender.append(("DKIM-Signature", s))
        sigs.append((dkim_domain, selector, b))
    m.sender += [("Date", fmt(d)), ("From", frm), ("To", to), ("Message-ID", msgid), ("Subject", subject)]
    for k, v in (extra or []):
        m.sender.append((k, v))
    m.tail_pre = []
    return sigs


def gmail_block(m, rcpt, d, env, ip, helo, sigs, spf="pass", dmarc="pass", dpol="QUARANTINE",
                hfrom="amazon.com", arc=True, extra_auth_below=None):
    arrive = d + dt.timedelta(seconds=R.randint(1, 6))
    ga = gmail_local_dt(arrive)
    gid = "%s-%s%s.%d.%s" % (rhex(4) + "a1803df08f44", rhex(12), "si" + str(R.randint(1000000, 9999999)),
                             R.randint(10, 999), arrive.strftime("%Y.%m.%d.%H.%M.%S"))
    dk = []
    for dom, sel, b in sigs:
        dk.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, b))
    if not sigs:
        pass
    spf_txt = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s",
               "softfail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s",
               "neutral": "spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s"}[spf]
    if spf == "neutral":
        spf_line = spf_txt % (ip, env, env)
    else:
        spf_line = spf_txt % (env, ip, env)
    dm = "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, dpol, dpol, "NONE" if dmarc == "pass" or dpol == "NONE" else dpol, hfrom)
    ar = "mx.google.com;\n       " + ";\n       ".join(dk + [spf_line, dm])
    rec_spf = {"pass": "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (env, ip, ip),
               "softfail": "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (env, ip, ip),
               "neutral": "neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;" % (ip, env, ip)}[spf]
    hdrs = [("Delivered-To", rcpt),
            ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
             % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), R.choice("abcdefgh") + rhex(2), R.randint(100000, 9999999),
                R.choice(["mdb", "vqb", "rwb", "jaf"]), ga)),
            ("X-Google-Smtp-Source", "AGHT+I" + rb64(60).replace("+", "x")[:74] + "="),
            ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
             % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), rhex(10), rhex(12), R.randint(10, 99), R.randint(10, 9999) , ga))]
    if arc:
        t = int(arrive.timestamp())
        hdrs += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (t, fold_b(rb64(256), 64).replace("\n\t ", "\n         "))),
                 ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), fold_b(rb64(256), 64).replace("\n\t ", "\n         "))),
                 ("ARC-Authentication-Results", "i=1; " + ar)]
    hdrs += [("Return-Path", "<%s>" % env),
             ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (helo, helo, ip, gid, rcpt, ga)),
             ("Received-SPF", rec_spf),
             ("Authentication-Results", ar)]
    m.top = hdrs + m.top
    if extra_auth_below:
        m.sender.insert(0, ("Authentication-Results", extra_auth_below))
    m.tail = m.tail_pre + m.tail


O365_SRV = ["BN9PR03CA0456", "SA1PR12MB8923", "DM6PR05MB7120", "PH7PR17MB6140", "AM6PR08MB5312",
            "DB9PR02MB7354", "VI1PR06MB4410", "BL1PR13CA0071", "MN2PR18MB3511"]


def o365_block(m, rcpt, d, env_dom, ip, helo, auth, spf_word="Pass", org="northwind-logistics.com",
               region="namprd12", tail_extra=None):
    arrive = d + dt.timedelta(seconds=R.randint(1, 9))
    a1 = fmt(arrive.astimezone(UTC))
    s1, s2, s3 = R.sample(O365_SRV, 3)
    fe = "BN2PEPF0000%s" % rhex(4).upper()
    v6 = "2603:10b6:%s:%s::%s" % (rhex(3), rhex(2), rhex(2))
    hdrs = [("Received", "from %s.%s.prod.outlook.com\n (%s) by %s.%s.prod.outlook.com with\n HTTPS; %s" % (s1, region, v6, s2, region, a1)),
            ("Received", "from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
             % (s3, region, "2603:10b6:408:%s::%s" % (rhex(3), rhex(2)), s1, region, v6, R.randint(8600, 9300), R.randint(10, 40), a1)),
            ("Received", "from %s.%s.prod.outlook.com\n (2603:10b6:408:139:cafe::%s) by %s.outlook.office365.com\n (2603:10b6:408:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
             % (fe, region.replace("12", "02"), rhex(2), s3, rhex(3), rhex(2), R.randint(8600, 9300), R.randint(10, 40), a1))]
    if auth is not None:
        hdrs.append(("Authentication-Results", auth))
    hdrs += [("Received-SPF", "%s (protection.outlook.com: domain of %s%s)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
              % (spf_word, env_dom, " designates %s as permitted sender" % ip if spf_word == "Pass" else " does not designate %s as permitted sender" % ip, ip, helo)),
             ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s"
              % (helo, ip, fe, R.randint(100, 250), R.randint(8600, 9300), R.randint(10, 40), a1))]
    m.top = hdrs + m.top
    tail = list(m.tail_pre)
    tail += [("Return-Path", "<%s>" % m.envelope),
             ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % arrive.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)"),
             ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
             ("X-MS-Exchange-Organization-AuthSource", "%s.%s.prod.outlook.com" % (fe, region.replace("12", "02"))),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
             ("X-MS-Exchange-Organization-SCL", "1"),
             ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:0%d.%07d" % (R.randint(1, 4), R.randint(0, 9999999)))]
    tail += tail_extra or []
    m.tail = tail + m.tail


def o365_auth(ip, mailfrom, dkims, dmarc="pass", action="none", hfrom="amazon.com", compauth="pass reason=100"):
    parts = ["spf=pass (sender IP is %s)\n smtp.mailfrom=%s" % (ip, mailfrom)]
    for i, (dom, ok) in enumerate(dkims):
        sp = " " if i == 0 else ""
        if ok == "pass":
            parts.append(sp + "dkim=pass (signature was verified)\n header.d=%s" % dom)
        elif ok == "fail":
            parts.append(sp + "dkim=fail (body hash did not verify)\n header.d=%s" % dom)
        else:
            parts.append(sp + "dkim=none (message not signed)\n header.d=none")
    parts.append("dmarc=%s action=%s\n header.from=%s" % (dmarc, action, hfrom))
    parts.append("compauth=%s" % compauth)
    return ";".join(parts)


def jp_block(m, rcpt, d, env, ip, helo, authserv, mx_host, sigs, dmarc="pass", hfrom="amazon.com", with_auth=True):
    arrive = (d + dt.timedelta(seconds=R.randint(2, 12))).astimezone(tz(9))
    a = fmt(arrive)
    hdrs = [("Return-Path", "<%s>" % env), ("Delivered-To", rcpt),
            ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (mx_host.replace("mx", "mfilter", 1), mx_host.replace("mx", "mbox", 1), rhex(10).upper(), rcpt, a))]
    if with_auth:
        dk = " ".join("dkim=pass header.d=%s header.s=%s header.b=%s;" % (dom, sel, b) for dom, sel, b in sigs)
        hdrs.append(("Authentication-Results", "%s;\n\tspf=pass smtp.mailfrom=%s;\n\t%s\n\tdmarc=%s header.from=%s"
                     % (authserv, env, dk.replace("; ", ";\n\t"), dmarc, hfrom)))
    hdrs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (helo, helo, ip, mx_host, rhex(10).upper(), rcpt, a)))
    m.top = hdrs + m.top
    m.tail = m.tail_pre + m.tail


# convenience: full AWS mail delivered to a given provider ---------------------

def aws_mail(body, name, label, prov, rcpt, d, frm, to, subject, extra=None, msgid=None, jp=None,
             auth_override=None, o365_kw=None, gmail_kw=None):
    m = Mail()
    env, ip, helo, sigs = amazon_sender(m, d, frm, to, subject, extra=extra, msgid=msgid)
    m.envelope = env
    if prov == "gmail":
        gmail_block(m, rcpt, d, env, ip, helo, sigs, **(gmail_kw or {}))
    elif prov == "o365":
        auth = auth_override or o365_auth(ip, "email.amazonses.com", [("amazon.com", "pass"), ("amazonses.com", "pass")])
        o365_block(m, rcpt, d, "email.amazonses.com", ip, helo, auth, **(o365_kw or {}))
    elif prov == "jp":
        jp_block(m, rcpt, d, env, ip, helo, sigs=sigs, **jp)
    m.build(body, name, label)


CREDLY_FROM = "Amazon Web Services Training and Certification via Credly <admin@credly.com>"


def credly_mail(body, name, label, prov, rcpt, d, to, subject, frm=CREDLY_FROM, domain="credly.com"):
    m = Mail()
    env = "bounces+%d-%s-%s@em%d.%s" % (R.randint(1000000, 9999999), rhex(4), rcpt.replace("@", "="),
                                          R.randint(1000, 9999), domain)
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), domain)
    sigs = generic_sender(m, d, frm, to, subject, dkim_domain=domain, selector="s1",
                          msgid="<%s@%s>" % (rb64(16).replace("/", "").replace("+", "").rstrip("="), "geopod-ismtpd-%d" % R.randint(1, 40)),
                          extra=[("X-Entity-ID", "u001.%s==" % rb64(12)[:14])])
    m.envelope = env
    if prov == "gmail":
        gmail_block(m, rcpt, d, env, ip, helo, sigs, dpol="NONE" if domain == "youracclaim.com" else "REJECT", hfrom=domain)
    else:
        auth = o365_auth(ip, env.split("@")[1], [(domain, "pass")], hfrom=domain)
        o365_block(m, rcpt, d, env.split("@")[1], ip, helo, auth, **(o365_kw_default(rcpt)))
    m.build(body, name, label)


def o365_kw_default(rcpt):
    return {}


def L(kind, case_id, ids, sv, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": sv, "language": lang}


# HTML wrappers -----------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def aws_html(inner, lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>Amazon Web Services</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:14px 20px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" height=\"32\"></td></tr>\n"
            "<tr><td style=\"padding:20px\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
            "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., "
            "410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table>\n</body></html>\n") % (lang, inner)


CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s"

# ============================================================================
# Personas and cases
# ============================================================================

PRIYA = ("Priya Raman", "priya.raman87@gmail.com")
MARCUS = ("Marcus Oliveira", "marcus.oliveira@northwind-logistics.com")
SATO = ("佐藤 健太", "kenta.sato@nifty.com")
CARLOS = ("Carlos Mendoza", "carlos.mendoza.dev@gmail.com")
AYA = ("中村 彩", "aya.nakamura.jp@gmail.com")
OLENA = ("Olena Kovalenko", "olena.kovalenko@fabrikam-consulting.eu")
ROHAN = ("Rohan Mehta", "rohan.mehta.cloud@gmail.com")
AMIT = ("Amit Kulkarni", "amit.kulkarni.in@gmail.com")
ANA = ("Ana Beatriz Souza", "ana.souza.br@gmail.com")
MISAKI = ("山本 美咲", "misaki.yamamoto@biglobe.ne.jp")
JUN = ("Jun Reyes", "jun.reyes@contoso-ph.com")
DEEPAK = ("Deepak Nair", "deepak.nair.blr@gmail.com")
LUKAS = ("Lukas Novak", "lukas.novak@contoso-engineering.cz")

FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_FROM = '"Amazon Web Services" <%s>' % FORM
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

NIFTY = {"authserv": "nifty.com", "mx_host": "mx-b.nifty.com"}
BIGLOBE = {"authserv": "biglobe.ne.jp", "mx_host": "mx.biglobe.ne.jp"}


def to_(p, charset="utf-8"):
    return addr(p[0], p[1], charset)


# ============================================================================
# Thread 1  - Priya, form desk, South Asian agent
# ============================================================================
t1_open = T(2025, 3, 11, 9, 12, 47)
C1 = case15(t1_open, 31876)


def thread1():
    d = t1_open + dt.timedelta(seconds=6)
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been logged with our support team under case ID %s. A member of the team will get back to you, generally within 24 hours. There is no need to submit the form again - if you have anything to add, simply reply to this e-mail and keep the case ID in the subject line.

Summary of your submission
Inquiry type: AWS Training and Certification
Category: Certification
Sub-category: Account Merge
AWS candidate ID: AWS04418236
Description: I have two certification accounts. One was created with my old employer e-mail priya.raman@infovista-tech.com (candidate ID AWS09927315) and one with my personal Gmail. I would like both merged, keeping AWS04418236.

Regards,
AWS Training and Certification
https://aws.amazon.com/training/
""" % C1
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "001-form-request-logged.eml", L("case_created", C1, ["AWS04418236", "AWS09927315"], True, "en"),
             "gmail", PRIYA[1], d, FORM_FROM, to_(PRIYA),
             "We have received your request [CASE %s] %s" % (C1, FORM_SUBJ))

    # 002 confirmation request (South Asian)
    d2 = T(2025, 3, 12, 10, 35, 9)
    txt = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for contacting us regarding merging of your certification accounts. As per our records we have found the below accounts registered under your name:

Account 1 : AWS 04418236 - priya.raman87@gmail.com (Primary)
Account 2 : aws-09927315 - priya.raman@infovista-tech.com

As requested by you, Account 2 will be merged into Account 1 and all the certifications, exam history and benefits of Account 2 will be moved to Account 1. Post merging, Account 2 will be deactivated and you will not be able to login with the same.

Kindly note that merging of accounts is a permanent action and it cannot be reverted once done. Hence we request you to kindly confirm the above details by replying to this email so that we can do the needful.

Kindly revert at the earliest.

Thanks & Regards,
Rahul S.
AWS Training and Certification Support
Amazon Web Services
"""
    body = textpart(txt, cte="base64")
    aws_mail(body, "002-kindly-confirm-below-details.eml",
             L("merge_confirmation_requested", C1, ["AWS04418236", "AWS09927315"], True, "en"),
             "gmail", PRIYA[1], d2, FORM_FROM, PRIYA[1], "RE:[CASE %s] %s" % (C1, FORM_SUBJ))

    # 003 thanks for confirming, will proceed (no ids in new text)
    d3 = T(2025, 3, 13, 6, 2, 41)
    txt = """Dear Priya,

Thank you for the confirmation.

We have went ahead and raised the request with our internal team for merging of the accounts, the same will be completed within 3-5 business days. Post merging you will be receiving an email from Credly to accept your badges on the primary account, kindly accept the same.

We will update you on this email once the merge is done. Request your patience till then.

Thanks & Regards,
Rahul S.
AWS Training and Certification Support

On Wed, Mar 12, 2025 at 7:48 PM Priya Raman <priya.raman87@gmail.com> wrote:
> Hi Rahul,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On Wed, 12 Mar 2025 at 16:05, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Dear Priya,
> >
> > Greetings from AWS Training and Certification!
> >
> > Thank you for contacting us regarding merging of your certification
> > accounts. As per our records we have found the below accounts registered
> > under your name:
> >
> > Account 1 : AWS 04418236 - priya.raman87@gmail.com (Primary)
> > Account 2 : aws-09927315 - priya.raman@infovista-tech.com
> >
> > As requested by you, Account 2 will be merged into Account 1 and all the
> > certifications, exam history and benefits of Account 2 will be moved to
> > Account 1. Post merging, Account 2 will be deactivated and you will not be
> > able to login with the same.
> >
> > Kindly note that merging of accounts is a permanent action and it cannot
> > be reverted once done. Hence we request you to kindly confirm the above
> > details by replying to this email so that we can do the needful.
> >
> > Kindly revert at the earliest.
> >
> > Thanks & Regards,
> > Rahul S.
> > AWS Training and Certification Support
"""
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "003-raised-with-internal-team.eml", L("support_reply", C1, [], True, "en"),
             "gmail", PRIYA[1], d3, FORM_FROM, PRIYA[1], "RE: [CASE %s] %s" % (C1, FORM_SUBJ))

    # 004 completed, multipart/alternative
    d4 = T(2025, 3, 17, 11, 40, 2)
    txt = """Dear Priya,

Greetings from AWS Training and Certification!

This is to inform you that the same has been merged successfully. Your account AWS09927315 has been merged into AWS04418236 and all your certifications are now reflecting under AWS04418236. You can login to aws.training with priya.raman87@gmail.com and check the same.

Your Credly badges will be transferred to the email associated to the primary account, kindly allow 24-48 hours for the same.

Kindly revert in case of any further queries, we will be happy to assist.

Thanks & Regards,
Rahul S.
AWS Training and Certification Support
"""
    html = aws_html("""<p>Dear Priya,</p>
<p>Greetings from AWS Training and Certification!</p>
<p>This is to inform you that the same has been <b>merged successfully</b>. Your account <b>AWS09927315</b> has been merged into <b>AWS04418236</b> and all your certifications are now reflecting under AWS04418236. You can login to <a href="https://www.aws.training/">aws.training</a> with priya.raman87@gmail.com and check the same.</p>
<p>Your Credly badges will be transferred to the email associated to the primary account, kindly allow 24-48 hours for the same.</p>
<p>Kindly revert in case of any further queries, we will be happy to assist.</p>
<p>Thanks &amp; Regards,<br>Rahul S.<br>AWS Training and Certification Support</p>""")
    body = alternative(textpart(txt), textpart(html, "html"), java_boundary(d4))
    aws_mail(body, "004-same-has-been-merged.eml",
             L("merge_completed", C1, ["AWS04418236", "AWS09927315"], True, "en"),
             "gmail", PRIYA[1], d4, FORM_FROM, PRIYA[1], "RE:[CASE %s] %s" % (C1, FORM_SUBJ))

    # 005 survey, HTML only
    d5 = T(2025, 3, 17, 11, 41, 30)
    inner = """<p>Hello,</p>
<p>Your case <b>%s</b> has been resolved and closed.</p>
<p>If you need further help with the same issue, just reply to this e-mail within 14 days and the case will be reopened automatically.</p>
<table cellpadding="8" style="border:1px solid #d5dbdb;margin:16px 0"><tr><td colspan="2"><b>How did we do?</b><br>Was your issue resolved?</td></tr>
<tr><td><a href="https://survey.aws-tc-support.amazon.com/s/%s?r=1" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">Yes</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/s/%s?r=0" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">No</a></td></tr>
<tr><td colspan="2">How would you rate your overall experience with AWS Training and Certification support?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=1">1</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=2">2</a> &middot;
<a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=3">3</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=4">4</a> &middot;
<a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=5">5</a></td></tr></table>
<p>Thank you for learning with AWS.<br>AWS Training and Certification</p>""" % ((C1,) * 8)
    body = textpart(aws_html(inner), "html", cte="quoted-printable")
    aws_mail(body, "005-how-did-we-do.eml", L("survey", C1, [], True, "en"),
             "gmail", PRIYA[1], d5, FORM_FROM, PRIYA[1], "Your case %s has been closed - how did we do?" % C1)


# ============================================================================
# Thread 2  - Marcus, console case, O365, Eastern European agent
# ============================================================================
t2_open = T(2025, 6, 3, 14, 20, 31)
C2 = case15(t2_open, 4419)


def console_footer(case, lang="en"):
    return """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all correspondence on this case, sign in to the Support Center:
%s

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (CONSOLE_URL % (case, lang))


def thread2():
    d = t2_open + dt.timedelta(seconds=9)
    txt = """Dear Marcus Oliveira,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two AWS Certification accounts
Severity: General guidance

We will respond to your case as soon as possible. You can view and update your case in the Support Center:
%s

Best regards,
Amazon Web Services

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % (C2, C2, CONSOLE_URL % (C2, "en"))
    body = textpart(txt, cte="7bit")
    aws_mail(body, "006-console-new-support-case.eml", L("case_created", C2, [], True, "en"),
             "o365", MARCUS[1], d, CONSOLE_FROM, MARCUS[1],
             "Amazon Web Services: You have opened a new Support case: %s" % C2)

    # 007 asks which one to keep + login mails
    d7 = T(2025, 6, 4, 8, 51, 14)
    txt = """Hello Marcus,

Thank you for contact AWS Training and Certification. My name is Andreea and I will be assisting you with this case.

I have checked in our system and I can see two certification profiles on your name:
- AWS11203948, created 2021
- AWS30558172, created 2019, last sign in 2022

To be able to continue, please provide me following information:
1. Which one of accounts you want to keep as main account? Other one will be merged into it and closed.
2. Login e-mail address of each account, because I see that second profile has notification e-mail which is different from login.
3. Short reason for merge (for example change of employer).

When I have this information I will prepare the merge for your review.

Best regards,
Andreea M.
Amazon Web Services
""" + console_footer(C2)
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "007-which-account-is-main.eml",
             L("support_reply", C2, ["AWS11203948", "AWS30558172"], True, "en"),
             "o365", MARCUS[1], d7, CONSOLE_FROM, MARCUS[1],
             "RE:[CASE %s] Merge two AWS Certification accounts" % C2)

    # 008 new correspondence notification
    d8 = T(2025, 6, 5, 9, 12, 3)
    txt = """Hello,

New correspondence has been added to your AWS Support case %s.

Subject: Merge two AWS Certification accounts

To read the correspondence and respond, sign in to the Support Center:
%s

Best regards,
Amazon Web Services

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % (C2, CONSOLE_URL % (C2, "en"))
    body = textpart(txt, cte="7bit")
    aws_mail(body, "008-new-correspondence-added.eml", L("support_reply", C2, [], True, "en"),
             "o365", MARCUS[1], d8, CONSOLE_FROM, MARCUS[1],
             "[Case %s] New correspondence added" % C2)

    # 009 confirmation request, alternative with differing parts
    d9 = T(2025, 6, 5, 9, 11, 58)
    plain = """Hello Marcus,

Thank you for information you provided.

Before I submit the merge I need your explicit confirmation for below, because when accounts are merged it cannot be undone and we can not split them back:

Account that will stay (main): AWS 11203948 - login marcus.oliveira@northwind-logistics.com
Account that will be merged and closed: AWS 30558172 - login m.oliveira@outlook.com

All certifications, exam history and active benefits of the second account will be moved to main account.

If everything is correct, please reply in Support Center with "I confirm". If something is not correct, please tell me what I need to change.

Best regards,
Andreea M.
Amazon Web Services
""" + console_footer(C2)
    html = aws_html("""<p>Hello Marcus,</p>
<p>Thank you for information you provided.</p>
<p>Before I submit the merge I need your <b>explicit confirmation</b> for below, because when accounts are merged it cannot be undone and we can not split them back:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Login e-mail</th></tr>
<tr><td>Stays (main)</td><td>AWS11203948</td><td>marcus.oliveira@northwind-logistics.com</td></tr>
<tr><td>Merged and closed</td><td>AWS30558172</td><td>m.oliveira@outlook.com</td></tr>
</table>
<p>All certifications, exam history and active benefits (including unused 50%% exam discount) of AWS30558172 will be moved to AWS11203948.</p>
<p>If everything is correct, please reply in Support Center with &quot;I confirm&quot;. If something is not correct, please tell me what I need to change.</p>
<p>Best regards,<br>Andreea M.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">We value your feedback. Please rate this correspondence in the <a href="%s">Support Center</a>.<br>
* Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % (CONSOLE_URL % (C2, "en")))
    body = alternative(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="base64"), java_boundary(d9))
    aws_mail(body, "009-explicit-confirmation-needed.eml",
             L("merge_confirmation_requested", C2, ["AWS11203948", "AWS30558172"], True, "en"),
             "o365", MARCUS[1], d9, CONSOLE_FROM, MARCUS[1],
             "RE:[CASE %s] Merge two AWS Certification accounts" % C2)

    # 010 completed
    d10 = T(2025, 6, 9, 12, 5, 40)
    txt = """Hello Marcus,

I am happy to inform you that merge of your accounts is finished. All certifications from AWS30558172 are now visible in AWS11203948, the old profile is deactivated and you cannot sign in with m.oliveira@outlook.com anymore.

Your Credly badges will be sent again to the e-mail of main account, please accept them when they arrive. If after 5 business days you do not see them, please reopen this case.

Best regards,
Andreea M.
Amazon Web Services
""" + console_footer(C2)
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "010-merge-is-finished.eml",
             L("merge_completed", C2, ["AWS11203948", "AWS30558172"], True, "en"),
             "o365", MARCUS[1], d10, CONSOLE_FROM, MARCUS[1],
             "RE:[CASE %s] Merge two AWS Certification accounts" % C2)


# ============================================================================
# Thread 3  - 佐藤, Japanese form case, nifty
# ============================================================================
t3_open = T(2025, 5, 26, 10, 5, 18)
C3 = case15(t3_open, 60227)


def thread3():
    d = t3_open + dt.timedelta(seconds=7)
    txt = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

新しいケースを作成しました。担当者より、原則として 24 時間以内にご連絡いたします。

ケース ID: %s

追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございますので、あらかじめご了承ください。

お問い合わせ内容
種別: 認定 / アカウントの統合
AWS 受験者 ID: AWS21877403

AWS トレーニングと認定 サポートチーム
""" % C3
    body = textpart(txt, codec="iso-2022-jp", cte="7bit")
    aws_mail(body, "011-ja-new-case-created.eml", L("case_created", C3, ["AWS21877403"], True, "ja"),
             "jp", SATO[1], d, FORM_FROM, to_(SATO, "iso-2022-jp"),
             subj("[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % C3, "iso-2022-jp"), jp=NIFTY)

    d2 = T(2025, 5, 27, 9, 31, 40)
    txt = """佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
担当の田村でございます。

お問い合わせいただいた認定アカウントの統合につきまして、以下の内容で手続きを行う予定です。

  統合先（存続するアカウント）: AWS21877403（kenta.sato@nifty.com）
  統合元（統合後に無効となるアカウント）: AWS58830291（k-sato@tokai-sys.co.jp）

統合元アカウントの認定資格、受験履歴および特典は、統合先アカウントへ引き継がれます。
なお、統合の手続きを行いますと、元に戻すことはできません。

上記の内容でお間違いがないか、ご確認のうえ本メールにご返信いただけますでしょうか。
ご返信を確認いたしましたら、統合作業を開始いたします。

何卒よろしくお願いいたします。

田村
AWS トレーニングと認定 サポート
"""
    body = textpart(txt, codec="shift_jis", label="Shift_JIS", cte="base64")
    aws_mail(body, "012-ja-togo-naiyo-kakunin.eml",
             L("merge_confirmation_requested", C3, ["AWS21877403", "AWS58830291"], True, "ja"),
             "jp", SATO[1], d2, FORM_FROM, SATO[1],
             subj("RE:[CASE %s] 認定アカウント統合のご確認" % C3, "shift_jis"), jp=NIFTY)

    d3 = T(2025, 5, 29, 2, 14, 5)
    txt = """佐藤 健太 様

ご返信いただきありがとうございます。田村でございます。

ご依頼いただきましたアカウントの統合が完了いたしました。
AWS58830291 に登録されていた認定資格および受験履歴は、すべて AWS21877403 へ移行いたしました。

aws.training にサインインのうえ、認定資格が表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

田村
AWS トレーニングと認定 サポート

2025年5月28日(水) 8:02 佐藤 健太 <kenta.sato@nifty.com>:
> 田村様
>
> ご連絡ありがとうございます。
> 内容に相違ございません。統合をお願いいたします。
>
> 佐藤
>
> 2025年5月27日(火) 18:31 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 健太 様
> >
> > お問い合わせいただいた認定アカウントの統合につきまして、以下の内容で手続きを行う予定です。
> >
> >   統合先（存続するアカウント）: AWS21877403（kenta.sato@nifty.com）
> >   統合元（統合後に無効となるアカウント）: AWS58830291（k-sato@tokai-sys.co.jp）
> >
> > なお、統合の手続きを行いますと、元に戻すことはできません。
> > 上記の内容でお間違いがないか、ご確認のうえ本メールにご返信いただけますでしょうか。
"""
    body = textpart(txt, cte="base64")
    aws_mail(body, "013-ja-togo-kanryo.eml",
             L("merge_completed", C3, ["AWS21877403", "AWS58830291"], True, "ja"),
             "jp", SATO[1], d3, FORM_FROM, SATO[1],
             subj("RE:[CASE %s] 認定アカウント統合のご確認" % C3, "utf-8"), jp=NIFTY)

    d4 = T(2025, 5, 29, 2, 15, 31)
    txt = """佐藤 健太 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s はクローズされました。

サポート品質向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。

問題は解決しましたか？
  はい:   https://survey.aws-tc-support.amazon.com/s/%s?r=1&lang=ja
  いいえ: https://survey.aws-tc-support.amazon.com/s/%s?r=0&lang=ja

同じ件で引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 サポートチーム
""" % (C3, C3, C3)
    body = textpart(txt, codec="iso-2022-jp", cte="7bit")
    aws_mail(body, "014-ja-anketo-onegai.eml", L("survey", C3, [], True, "ja"),
             "jp", SATO[1], d4, FORM_FROM, SATO[1],
             subj("[CASE %s] お問い合わせはクローズされました - アンケートご協力のお願い" % C3, "iso-2022-jp"), jp=NIFTY)


# ============================================================================
# Thread 4  - Carlos, form case, Latin American + Filipino agents, Gmail
# ============================================================================
t4_open = T(2025, 7, 11, 15, 44, 9)
C4 = case15(t4_open, 9120)


def thread4():
    d = T(2025, 7, 12, 16, 20, 11)
    txt = """Hello Carlos, I hope you are doing very well!

My name is Mariana and I will be helping you with your case, thank you for your patience.

I was reviewing the information that you sent and I could only locate one certification account with the email carlos.mendoza.dev@gmail.com, the account AWS73320184. In order to find the second account I am going to need some more information from your side:

- The email address that you were using when you took the exam in 2022 (maybe a work or university email?)
- A screenshot of the profile page of the other account where the candidate ID is showing, if you can still sign in to it
- Your full name exactly like it appears in that account

As soon as I have this information I can continue with the process, you can reply directly to this email.

We remain attentive to your comments.

Best regards,
Mariana R.
AWS Training and Certification
"""
    body = textpart(txt)
    aws_mail(body, "015-need-screenshot-and-email.eml", L("support_reply", C4, ["AWS73320184"], True, "en"),
             "gmail", CARLOS[1], d, FORM_FROM, CARLOS[1], "RE:[CASE %s] %s" % (C4, FORM_SUBJ))

    d2 = T(2025, 7, 15, 3, 5, 47)
    txt = """Hi Carlos,

Good day!

Thank you for providing the requested information and the screenshot.

I have already forwarded your request together with the second account (aws70041852) you've provided to our Certification Operations team for further checking. Rest assured that we are working on this and we will update you within 2-3 business days.

Thank you for your patience and understanding. Have a great day ahead!

Warm regards,
Joanna
AWS Training and Certification Customer Support
"""
    body = textpart(txt, cte="base64")
    aws_mail(body, "016-forwarded-for-checking.eml", L("support_reply", C4, ["AWS70041852"], True, "en"),
             "gmail", CARLOS[1], d2, FORM_FROM, CARLOS[1], "RE:[CASE %s] %s" % (C4, FORM_SUBJ))

    d3 = T(2025, 7, 16, 14, 2, 30)
    plain = """Hello again Carlos!

Thank you so much for the information and the screenshot, it was very helpful. I was able to locate both accounts:

 * AWS73320184 - carlos.mendoza.dev@gmail.com - this is the one that will be kept
 * AWS70041852 - cmendoza@unal.edu.co - this one will be merged into the one above

Before I request the merge I need you to confirm by replying to this email that the information is correct. Please keep in mind that this process is permanent, after the merge we can not separate the accounts again.

We remain attentive.

Mariana R.
AWS Training and Certification

On Mon, Jul 14, 2025 at 10:22 PM Carlos Mendoza <carlos.mendoza.dev@gmail.com> wrote:

> Hi Mariana,
>
> The other email was cmendoza@unal.edu.co, I used it when I was at the
> university. I attached the screenshot, the ID in that profile is
> AWS 70041852. My name there is Carlos Andres Mendoza.
>
> Thanks!
> Carlos
>
> On Sat, Jul 12, 2025 at 11:20 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hello Carlos, I hope you are doing very well!
>>
>> My name is Mariana and I will be helping you with your case, thank you for
>> your patience.
>>
>> I was reviewing the information that you sent and I could only locate one
>> certification account with the email carlos.mendoza.dev@gmail.com, the
>> account AWS73320184. In order to find the second account I am going to
>> need some more information from your side:
"""
    html = """<div dir="ltr">Hello again Carlos!<br><br>Thank you so much for the information and the screenshot, it was very helpful. I was able to locate both accounts:<br><ul>
<li><b>AWS73320184</b> - carlos.mendoza.dev@gmail.com - this is the one that will be kept</li>
<li><b>AWS70041852</b> - cmendoza@unal.edu.co - this one will be merged into the one above</li></ul>
Before I request the merge I need you to confirm by replying to this email that the information is correct. Please keep in mind that this process is permanent, after the merge we can not separate the accounts again.<br><br>We remain attentive.<br><br>Mariana R.<br>AWS Training and Certification</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jul 14, 2025 at 10:22 PM Carlos Mendoza &lt;<a href="mailto:carlos.mendoza.dev@gmail.com">carlos.mendoza.dev@gmail.com</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Mariana,<br><br>The other email was cmendoza@unal.edu.co, I used it when I was at the university. I attached the screenshot, the ID in that profile is AWS 70041852. My name there is Carlos Andres Mendoza.<br><br>Thanks!<br>Carlos</div></blockquote></div>
"""
    body = alternative(textpart(plain), textpart(html, "html"), "000000000000%s" % rhex(16))
    aws_mail(body, "017-please-confirm-information-correct.eml",
             L("merge_confirmation_requested", C4, ["AWS70041852", "AWS73320184"], True, "en"),
             "gmail", CARLOS[1], d3, FORM_FROM, CARLOS[1], "RE:[CASE %s] %s" % (C4, FORM_SUBJ))

    d4 = T(2025, 7, 17, 13, 37, 2)
    txt = """Hello Carlos,

Perfect, thank you for confirming! I will now proceed to send the request to our team so the accounts AWS70041852 and AWS73320184 can be merged. Once the merge is complete I will let you know by this same email, and you will receive the new Credly invitations to the email of the account that stays. This usually takes between 1 and 3 business days.

Have a nice day!

Mariana R.
AWS Training and Certification

On Wed, Jul 16, 2025 at 9:58 AM Carlos Mendoza <carlos.mendoza.dev@gmail.com> wrote:
> Confirmed, everything is correct, please go ahead.
>
> Carlos
"""
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "018-thanks-for-confirming-will-proceed.eml",
             L("support_reply", C4, ["AWS70041852", "AWS73320184"], True, "en"),
             "gmail", CARLOS[1], d4, FORM_FROM, CARLOS[1], "RE:[CASE %s] %s" % (C4, FORM_SUBJ))

    d5 = T(2025, 7, 21, 18, 12, 55)
    plain = """Hello Carlos,

I'm writing to let you know that the merge was completed today. The account AWS70041852 no longer exists as a separate profile and all of its certifications (AWS Certified Cloud Practitioner, AWS Certified Developer - Associate) now appear in AWS73320184.

Since your request has been fulfilled, I am going to proceed to close this case. If you have any other question you can reply to this email within the next 14 days and the case will be reopened.

It would mean a lot to me if you could take one minute to rate my service:
Was your issue resolved?  YES: https://survey.aws-tc-support.amazon.com/s/%s?r=1   NO: https://survey.aws-tc-support.amazon.com/s/%s?r=0

Best regards,
Mariana R.
AWS Training and Certification
""" % (C4, C4)
    html = aws_html("""<p>Hello Carlos,</p>
<p>I'm writing to let you know that the merge was completed today. The account AWS70041852 no longer exists as a separate profile and all of its certifications (AWS Certified Cloud Practitioner, AWS Certified Developer &ndash; Associate) now appear in AWS73320184.</p>
<p>Since your request has been fulfilled, I am going to proceed to close this case. If you have any other question you can reply to this email within the next 14 days and the case will be reopened.</p>
<p>It would mean a lot to me if you could take one minute to rate my service:</p>
<p><b>Was your issue resolved?</b> <a href="https://survey.aws-tc-support.amazon.com/s/%s?r=1">YES</a> | <a href="https://survey.aws-tc-support.amazon.com/s/%s?r=0">NO</a></p>
<p>Best regards,<br>Mariana R.<br>AWS Training and Certification</p>""" % (C4, C4))
    body = alternative(textpart(plain), textpart(html, "html"), java_boundary(d5))
    aws_mail(body, "019-completed-and-closing-rate-me.eml",
             L("merge_completed", C4, ["AWS70041852", "AWS73320184"], True, "en"),
             "gmail", CARLOS[1], d5, FORM_FROM, CARLOS[1],
             "Your case %s has been resolved" % C4)

    # 020 Credly after merge
    d6 = T(2025, 7, 22, 9, 3, 17)
    plain = """Hi Carlos,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

This badge was previously issued to a different email address. Following an update to your certification profile, the issuer has moved it to carlos.mendoza.dev@gmail.com.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s?notification_type=badge_issued

Once accepted, you can share your badge on LinkedIn, add it to your email signature or download a certificate.

The Credly Team

You are receiving this email because a badge was issued to you through Credly.
Credly, a Pearson company | 13 W 36th St, New York, NY 10018
""" % ruuid()
    html = """<html><body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px"><tr><td>
<img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly"><br><br>
<img src="https://images.credly.com/size/220x220/images/%s/image.png" width="140" alt="AWS Certified Developer - Associate"><br>
<h2 style="color:#1e1e1e">Carlos, you've been issued a badge</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p style="color:#555">This badge was previously issued to a different email address. Following an update to your certification profile, the issuer has moved it to carlos.mendoza.dev@gmail.com.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s?notification_type=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company &middot; 13 W 36th St, New York, NY 10018</p>
</td></tr></table></body></html>""" % (ruuid(), ruuid())
    body = alternative(textpart(plain), textpart(html, "html"), rhex(28))
    credly_mail(body, "020-credly-badge-moved-to-you.eml", L("credly_badge_issued", None, [], True, "en"),
                "gmail", CARLOS[1], d6, CARLOS[1], "Carlos, you've been issued a badge by Amazon Web Services Training and Certification")


# ============================================================================
# Thread 5  - 中村 彩, Japanese console case, Gmail
# ============================================================================
t5_open = T(2025, 9, 16, 2, 10, 44)
C5 = case15(t5_open, 51)


def thread5():
    d = t5_open + dt.timedelta(seconds=8)
    txt = """中村 彩 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス

できるだけ早く回答いたします。サポートセンターでケースの確認および更新ができます。
%s

よろしくお願いいたします。
アマゾン ウェブ サービス

* このメールは送信専用のアドレスから送信されています。同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。
""" % (C5, C5, CONSOLE_URL % (C5, "ja"))
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "021-ja-support-case-opened.eml", L("case_created", C5, [], True, "ja"),
             "gmail", AYA[1], d, CONSOLE_FROM, AYA[1],
             subj("Amazon Web Services: 新しいサポートケースが作成されました: %s" % C5))

    d2 = T(2025, 9, 17, 1, 20, 36)
    txt = """中村 彩 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの小林と申します。

アカウントの統合を進めるにあたり、以下の情報をご提供いただけますでしょうか。

1. 統合をご希望の各アカウントのサインイン用メールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 存続させたいアカウントの AWS 受験者 ID

現在、aya.nakamura.jp@gmail.com に紐づくアカウント（AWS 46290318）は確認できておりますが、もう一方のアカウントを特定できておりません。
お手数ですが、サポートセンターのケースからご返信ください。

よろしくお願いいたします。

小林
アマゾン ウェブ サービス
""" + """
======================================================
このケースのすべてのやり取りは、サポートセンターでご確認いただけます。
%s

* このメールは送信専用のアドレスから送信されています。
""" % (CONSOLE_URL % (C5, "ja"))
    body = textpart(txt, cte="base64")
    aws_mail(body, "022-ja-tsuika-joho-onegai.eml", L("support_reply", C5, ["AWS46290318"], True, "ja"),
             "gmail", AYA[1], d2, CONSOLE_FROM, AYA[1], subj("RE:[CASE %s] 認定アカウントの統合について" % C5))

    d3 = T(2025, 9, 22, 5, 45, 12)
    txt = """中村 彩 様

大変お待たせいたしました。小林です。

ご依頼の件、以下のとおり対応いたしました。

① 旧アカウント AWS-81120457 の認定資格（AWS Certified Solutions Architect - Associate）を AWS46290318 へ移行いたしました。
② 旧アカウントは無効化しておりますので、今後はサインインできません。
③ Credly のバッジは、存続アカウントの通知先メールアドレス宛に改めて発行されます（1～3 営業日程度）。

aws.training にサインインし、認定資格の表示をご確認ください。

小林
アマゾン ウェブ サービス

======================================================
このケースのすべてのやり取りは、サポートセンターでご確認いただけます。
%s

* このメールは送信専用のアドレスから送信されています。
""" % (CONSOLE_URL % (C5, "ja"))
    # cp932-only characters (circled digits) under a plain Shift_JIS label
    body = textpart(txt, codec="cp932", label="Shift_JIS", cte="base64")
    aws_mail(body, "023-ja-ikou-itashimashita.eml",
             L("merge_completed", C5, ["AWS46290318", "AWS81120457"], True, "ja"),
             "gmail", AYA[1], d3, CONSOLE_FROM, AYA[1], subj("RE:[CASE %s] 認定アカウントの統合について" % C5, "shift_jis"))


# ============================================================================
# Thread 6  - Olena, 11-digit form case, O365, Eastern European agent
# ============================================================================
C6 = "12904416675"


def thread6():
    fab = {"org": "fabrikam-consulting.eu", "region": "eurprd08"}
    d = T(2025, 9, 24, 10, 12, 7)
    txt = """Dear Olena,

Thank you for your patience. I found both certification accounts you mentioned in the form.

Please confirm following merge:

  Primary account (will remain): AWS62019584, e-mail olena.kovalenko@fabrikam-consulting.eu
  Secondary account (will be merged into primary and deactivated): AWS 62877310, e-mail olena.kov@ukr.net

Merge is irreversible. After merge is done we cannot restore secondary account or move certifications back.

Please reply to this e-mail with your confirmation and we will proceed.

Kind regards,
Dmitrij K.
AWS Training and Certification

________________________________
From: Olena Kovalenko <olena.kovalenko@fabrikam-consulting.eu>
Sent: Monday, September 22, 2025 11:04 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS62019584
Description: Hello, I have two certification accounts, the old one (AWS62877310) is with my private e-mail olena.kov@ukr.net. Please merge the old one into AWS62019584, I want to keep my company e-mail. Thank you.
"""
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "024-please-confirm-following-merge.eml",
             L("merge_confirmation_requested", C6, ["AWS62019584", "AWS62877310"], True, "en"),
             "o365", OLENA[1], d, FORM_FROM, to_(OLENA), "RE: [CASE %s] %s" % (C6, FORM_SUBJ), o365_kw=fab)

    d2 = T(2025, 10, 1, 9, 3, 26)
    txt = """Dear Olena,

I am following up on my previous e-mail from 24 September about merge of your certification accounts, because we did not receive your reply yet.

Do you still need assistance with this request? If yes, please reply to this e-mail and confirm the details from my previous message, then I will proceed.

If we do not hear from you in 5 business days, this case will be closed automatically. You can always reopen it by replying.

Kind regards,
Dmitrij K.
AWS Training and Certification

> Dear Olena,
>
> Thank you for your patience. I found both certification accounts you mentioned in the form.
>
> Please confirm following merge:
>
>   Primary account (will remain): AWS62019584, e-mail olena.kovalenko@fabrikam-consulting.eu
>   Secondary account (will be merged into primary and deactivated): AWS 62877310, e-mail olena.kov@ukr.net
>
> Merge is irreversible. After merge is done we cannot restore secondary account or move certifications back.
>
> Please reply to this e-mail with your confirmation and we will proceed.
"""
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "025-do-you-still-need-assistance.eml", L("support_reply", C6, [], True, "en"),
             "o365", OLENA[1], d2, FORM_FROM, OLENA[1], "RE: [CASE %s] %s" % (C6, FORM_SUBJ), o365_kw=fab)

    d3 = T(2025, 10, 9, 9, 0, 44)
    plain = """Dear Olena,

As we have not received a response from you, case %s has been closed. No changes were made to your certification accounts.

If you still need help, simply reply to this e-mail within 14 days and the case will be reopened.

How would you rate the support you received?
https://survey.aws-tc-support.amazon.com/s/%s

AWS Training and Certification
""" % (C6, C6)
    html = aws_html("""<p>Dear Olena,</p>
<p>As we have not received a response from you, case <b>%s</b> has been closed. No changes were made to your certification accounts.</p>
<p>If you still need help, simply reply to this e-mail within 14 days and the case will be reopened.</p>
<p><b>How would you rate the support you received?</b><br>
<a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=1">&#9733;</a><a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=2">&#9733;</a><a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=3">&#9733;</a><a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=4">&#9733;</a><a href="https://survey.aws-tc-support.amazon.com/s/%s?csat=5">&#9733;</a></p>
<p>AWS Training and Certification</p>""" % ((C6,) * 6))
    body = alternative(textpart(plain, cte="7bit"), textpart(html, "html"), java_boundary(d3))
    aws_mail(body, "026-closed-no-response-rate-us.eml", L("survey", C6, [], True, "en"),
             "o365", OLENA[1], d3, FORM_FROM, OLENA[1], "Case %s closed: how would you rate our support?" % C6, o365_kw=fab)


# ============================================================================
# Thread 7  - Rohan, HTML-only completion (Filipino agent) + Credly
# ============================================================================
t7_open = T(2025, 11, 4, 5, 33, 12)
C7 = case15(t7_open, 70893)


def thread7():
    d = T(2025, 11, 7, 7, 20, 50)
    inner = """<p>Hi Rohan,</p>
<p>Good day!</p>
<p>Thank you for your patience while we work on your request. We are glad to inform you that your certification accounts have now been successfully consolidated. Please see the details below:</p>
<table border="0" cellpadding="6" style="background:#f2f3f3">
<tr><td><b>Retained account</b></td><td>AWS55103826</td><td>rohan.mehta.cloud@gmail.com</td></tr>
<tr><td><b>Deactivated account</b></td><td>aws55972014</td><td>rohan.m@zentrix-example.in</td></tr>
</table>
<p>You may now log in to your AWS Certification account using rohan.mehta.cloud@gmail.com to view all of your certifications in one place. Your digital badges will be reissued via Credly within 3 to 5 business days, kindly check your inbox and accept them.</p>
<p>Should you have further concerns, please do not hesitate to reply to this email.</p>
<p>Have a wonderful day ahead!</p>
<p>Warm regards,<br>Kristine<br>AWS Training and Certification Customer Support</p>"""
    body = textpart(aws_html(inner), "html", cte="quoted-printable")
    aws_mail(body, "027-accounts-successfully-consolidated-html.eml",
             L("merge_completed", C7, ["AWS55103826", "AWS55972014"], True, "en"),
             "gmail", ROHAN[1], d, FORM_FROM, ROHAN[1], "RE:[CASE %s] %s" % (C7, FORM_SUBJ))

    d2 = T(2025, 11, 8, 13, 2, 9)
    plain = """Rohan, you've been issued a badge

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Professional.

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/%s

Questions? Visit https://support.credly.com

Credly, a Pearson company
""" % ruuid()
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Rohan, you've been issued a badge</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company</p></body></html>""" % ruuid()
    body = alternative(textpart(plain, cte="7bit"), textpart(html, "html"), rhex(28))
    credly_mail(body, "028-credly-issued-sa-pro.eml", L("credly_badge_issued", None, [], True, "en"),
                "gmail", ROHAN[1], d2, ROHAN[1],
                subj("Congratulations Rohan! AWS Certified Solutions Architect – Professional"))

    d3 = T(2025, 11, 8, 13, 3, 40)
    html = """<html><body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:28px"><tr><td>
<p>Hi Rohan,</p>
<p>Your <b>AWS Certified Security &ndash; Specialty</b> badge from Amazon Web Services Training and Certification is ready to accept.</p>
<p>This badge has been transferred to this email address by the issuer. Claim it to keep your verified record of achievement up to date.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#888">You received this email because a badge was issued to you through Credly. &middot; Credly, a Pearson company</p>
</td></tr></table></body></html>""" % ruuid()
    body = textpart(html, "html", cte="quoted-printable")
    credly_mail(body, "029-credly-ready-to-accept-html.eml", L("credly_badge_issued", None, [], True, "en"),
                "gmail", ROHAN[1], d3, ROHAN[1], "Your badge is ready to accept")


# ============================================================================
# Phishing / look-alikes
# ============================================================================

def phishing():
    # 030 look-alike domain, passes its own DMARC
    d = T(2025, 4, 2, 16, 8, 33)
    fake_case = "174360512204417"
    m = Mail()
    env = "bounce-%s@mail.aws-certification-services.com" % rhex(8)
    ip = "185.222.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "mail.aws-certification-services.com"
    sigs = generic_sender(m, d, '"AWS Training & Certification" <support@aws-certification-services.com>', PRIYA[1],
                          "Action required: confirm your AWS Certification account merge [CASE %s]" % fake_case,
                          dkim_domain="aws-certification-services.com", selector="default",
                          msgid="<%s@aws-certification-services.com>" % rhex(24))
    m.envelope = env
    gmail_block(m, PRIYA[1], d, env, ip, helo, sigs, dpol="NONE", hfrom="aws-certification-services.com", arc=False)
    html = """<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>We received a request to merge the AWS Certification accounts linked to <b>priya.raman87@gmail.com</b> (case %s).</p>
<p>Because an account merge is permanent, we need you to confirm which profile should be kept before we continue. Please sign in and confirm the merge within <b>24 hours</b>, otherwise your certifications may be suspended.</p>
<p><a href="https://aws-certification-services.com/merge/confirm?ref=AWS-CERT-2025-44817" style="background:#ff9900;color:#000;padding:10px 20px">Confirm account merge</a></p>
<p>Reference: AWS-CERT-2025-44817</p>
<p>AWS Training &amp; Certification Team</p></body></html>""" % fake_case
    body = textpart(html, "html", cte="quoted-printable")
    m.build(body, "030-confirm-merge-within-24h.eml",
            L("merge_confirmation_requested", fake_case, [], False, "en"))

    # 031 spoofed amazon.com From, dmarc=fail at Gmail; forged pass lower down
    d = T(2025, 11, 20, 19, 44, 2)
    fake_case = "176364720551902"
    m = Mail()
    env = "noreply@srv%d.hostingcloud-mx.ru" % R.randint(10, 99)
    ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "srv41.hostingcloud-mx.ru"
    generic_sender(m, d, FORM_FROM, ROHAN[1], "RE:[CASE %s] Your certification accounts have been merged" % fake_case,
                   msgid="<%s.%d@srv41.hostingcloud-mx.ru>" % (rhex(16), int(d.timestamp())))
    m.envelope = env
    forged = ("amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n"
              "       dmarc=pass header.from=amazon.com")
    gmail_block(m, ROHAN[1], d, env, ip, helo, [], spf="neutral", dmarc="fail", dpol="QUARANTINE",
                hfrom="amazon.com", arc=True, extra_auth_below=forged)
    txt = """Dear Customer,

Your AWS Certification accounts have been merged successfully under case %s. All certifications are now listed under your primary profile aws-55103826.

To re-activate your 50%% exam discount voucher and release your Credly badges, you must verify your billing details within 48 hours:
https://aws-training-benefits.support-verify.co/login?case=%s

If you do not verify, the voucher will be cancelled.

Amazon Web Services
""" % (fake_case, fake_case)
    body = textpart(txt, cte="quoted-printable")
    m.build(body, "031-merged-verify-billing-spoof.eml",
            L("merge_completed", fake_case, ["AWS55103826"], False, "en"))

    # 032 voucher phishing, not about the merge, O365
    d = T(2025, 7, 1, 6, 30, 18)
    m = Mail()
    env = "info@aws-certbenefits.com"
    ip = "45.137.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "vps-%d.aws-certbenefits.com" % R.randint(1000, 9999)
    generic_sender(m, d, '"AWS Certification Benefits" <benefits@aws-certbenefits.com>', MARCUS[1],
                   subj("Your 50% AWS exam voucher expires today – verify your candidate profile"),
                   msgid="<%s@aws-certbenefits.com>" % rhex(20))
    m.envelope = env
    auth = o365_auth(ip, "aws-certbenefits.com", [(None, "none")], dmarc="none", action="none",
                     hfrom="aws-certbenefits.com", compauth="fail reason=001")
    o365_block(m, MARCUS[1], d, "aws-certbenefits.com", ip, helo, auth)
    html = """<html><body><p>Hello,</p><p>Your <b>50% exam discount voucher</b> from your last AWS Certification expires today.
To keep it, verify your candidate profile now:</p>
<p><a href="https://aws-certbenefits.com/verify">Verify profile</a></p><p>AWS Certification</p></body></html>"""
    body = textpart(html, "html", cte="base64")
    m.build(body, "032-voucher-expires-verify-profile.eml", L("unrelated", None, [], False, "en"))


# ============================================================================
# Unrelated mail
# ============================================================================

def unrelated():
    # 033 GitHub merged PR
    d = T(2025, 7, 18, 20, 14, 51)
    m = Mail()
    env = "noreply@github.com"
    ip = "192.30.252.%d" % R.randint(200, 210)
    helo = "out-%d.smtp.github.com" % R.randint(20, 30)
    sigs = generic_sender(m, d, '"Jenna Park" <notifications@github.com>', '"northwind/cert-tracker" <cert-tracker@noreply.github.com>',
                          "Re: [northwind/cert-tracker] Merge duplicate candidate accounts on import (PR #482)",
                          dkim_domain="github.com", selector="pf2023",
                          msgid="<northwind/cert-tracker/pull/482/issue_event/%d@github.com>" % R.randint(10**10, 10**11),
                          extra=[("In-Reply-To", "<northwind/cert-tracker/pull/482@github.com>"),
                                 ("References", "<northwind/cert-tracker/pull/482@github.com>"),
                                 ("List-ID", "northwind/cert-tracker <cert-tracker.northwind.github.com>"),
                                 ("X-GitHub-Reason", "author")])
    m.envelope = env
    gmail_block(m, CARLOS[1], d, env, ip, helo, sigs, dpol="REJECT", hfrom="github.com")
    plain = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/cert-tracker/pull/482#event-%d
You are receiving this because you authored the thread.
""" % R.randint(10**10, 10**11)
    html = """<p>Merged <a href="https://github.com/northwind/cert-tracker/pull/482" class="issue-link">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind/cert-tracker/pull/482">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    body = alternative(textpart(plain, cte="7bit"), textpart(html, "html", cte="7bit"), "--==_mimepart_%s_%d" % (rhex(13), R.randint(1000, 9999)))
    m.build(body, "033-github-pr-merged.eml", L("unrelated", None, [], False, "en"))

    # 034 Seller Central variation merge case
    d = T(2025, 10, 21, 17, 26, 40)
    sc = "5893310477"
    plain = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have merged the child ASINs B0C7K2M9QX and B0C7K3T1LW into the parent ASIN B0C7JZ8R4D as you requested. The variation family now shows both colour options on the detail page. Please allow up to 24 hours for the change to be reflected in the catalogue.

Were you satisfied with the support you received?
Yes: https://sellercentral.amazon.in/cu/contact-us/feedback?caseId=%s&r=1
No: https://sellercentral.amazon.in/cu/contact-us/feedback?caseId=%s&r=0

We hope to see you again soon.

Thank you,
Tanvi
Amazon Selling Partner Support
""" % (sc, sc)
    body = textpart(plain, cte="quoted-printable")
    aws_mail(body, "034-seller-support-variation-merged.eml", L("unrelated", sc, [], True, "en"),
             "gmail", ROHAN[1], d, '"Amazon Selling Partner Support" <sellingpartner-support@amazon.com>', ROHAN[1],
             "RE:[CASE %s] Request to merge variation family for parent ASIN B0C7JZ8R4D" % sc)

    # 035 EC2 quota case
    q_open = T(2025, 6, 17, 8, 2, 33)
    qc = case15(q_open, 81)
    d = T(2025, 6, 18, 10, 44, 9)
    txt = """Hello,

We have approved and processed your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the EU (Frankfurt) region. Your new quota is 256 vCPUs. It can sometimes take up to 30 minutes for this to propagate and become available for use.

I hope this helps. If you have any further questions, please let us know.

Best regards,
Tomasz
Amazon Web Services
""" + console_footer(qc)
    body = textpart(txt, cte="7bit")
    aws_mail(body, "035-ec2-quota-increase-approved.eml", L("unrelated", qc, [], True, "en"),
             "o365", MARCUS[1], d, CONSOLE_FROM, MARCUS[1],
             "RE:[CASE %s] Limit Increase: EC2 Instances" % qc)

    # 036 CertMetrics survey
    d = T(2025, 4, 14, 13, 0, 2)
    m = Mail()
    env = "bounces@mailer.certmetrics.com"
    ip = "159.135.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "mta-%d.certmetrics.com" % R.randint(1, 9)
    sigs = generic_sender(m, d, '"AWS Certification" <do-not-reply@certmetrics.com>', PRIYA[1],
                          "AWS Certification wants to hear from you", dkim_domain="certmetrics.com", selector="k1",
                          msgid="<%s@certmetrics.com>" % ruuid())
    m.envelope = env
    gmail_block(m, PRIYA[1], d, env, ip, helo, sigs, dpol="NONE", hfrom="certmetrics.com")
    html = """<html><body style="font-family:Arial">
<p>Dear Priya Raman,</p>
<p>Thank you for being an AWS Certified individual. We are continuously working to improve the AWS Certification program and would value your feedback.</p>
<p>Please take 10 minutes to complete our candidate experience survey:</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?id=%s">Start the survey</a></p>
<p>Candidate ID: AWS04418236</p>
<p>Regards,<br>AWS Certification</p>
<p style="font-size:11px">Please do not reply to this email. This mailbox is not monitored.</p></body></html>""" % rhex(12)
    body = textpart(html, "html", cte="quoted-printable")
    m.build(body, "036-certmetrics-wants-to-hear.eml", L("unrelated", None, ["AWS04418236"], False, "en"))

    # 037 Pearson VUE confirmation
    d = T(2025, 6, 20, 15, 31, 8)
    m = Mail()
    env = "pearsonvue@email.pearson.com"
    ip = "148.105.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "mta%d.email.pearson.com" % R.randint(1, 9)
    generic_sender(m, d, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', MARCUS[1],
                   "Pearson VUE Confirmation of Booking", dkim_domain="pearson.com", selector="pvue",
                   msgid="<%s@pearson.com>" % rhex(24))
    m.envelope = env
    auth = o365_auth(ip, "email.pearson.com", [("pearson.com", "pass")], hfrom="pearson.com")
    o365_block(m, MARCUS[1], d, "email.pearson.com", ip, helo, auth)
    txt = """Dear Marcus Oliveira,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS11203948
Registration ID: 487112093
Date: Tuesday, July 8, 2025
Time: 09:00 AM Central European Summer Time
Location: Online (OnVUE)

Please check in 30 minutes before your appointment. Have your government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    body = textpart(txt, cte="quoted-printable")
    m.build(body, "037-pearson-vue-booking.eml", L("unrelated", None, ["AWS11203948"], False, "en"))

    # 038 Credly expiry reminder
    d = T(2026, 1, 12, 14, 0, 11)
    plain = """Hi Rohan,

Your AWS Certified Developer - Associate badge will expire in 60 days, on March 13, 2026.

Keep your skills current: visit the issuer's recertification page to learn how to renew.
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

The Credly Team
""" % ruuid()
    body = textpart(plain, cte="quoted-printable")
    credly_mail(body, "038-credly-badge-expires-soon.eml", L("unrelated", None, [], True, "en"),
                "gmail", ROHAN[1], d, ROHAN[1], "Your badge expires in 60 days", frm='"Credly" <admin@credly.com>')

    # 039 Credly own account merge code
    d = T(2025, 8, 27, 11, 15, 29)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Ana Beatriz,</p>
<p>We received a request to merge the Credly account registered to <b>ana.souza@petrotech-example.com.br</b> into your account.</p>
<p>Your verification code is:</p>
<p style="font-size:28px;letter-spacing:6px"><b>739205</b></p>
<p>Or click below to finish:</p>
<p><a href="https://www.credly.com/users/merge/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>
<p>This code expires in 30 minutes. If you didn't request this, you can ignore this email.</p>
<p>The Credly Team</p></body></html>""" % rhex(40)
    body = textpart(html, "html", cte="base64")
    credly_mail(body, "039-credly-account-merge-code.eml", L("unrelated", None, [], True, "en"),
                "gmail", ANA[1], d, ANA[1], "Confirm your Credly account merge", frm='"Credly" <admin@credly.com>')

    # 040 colleague, internal Exchange, no Authentication-Results
    d = T(2025, 6, 6, 9, 47, 30, tz(2))
    parent_id = "<DB9PR02MB7354%s@DB9PR02MB7354.eurprd02.prod.outlook.com>" % rhex(16).upper()
    m = Mail()
    m.sender += [("Date", fmt(d)), ("From", "Sarah Lindqvist <sarah.lindqvist@northwind-logistics.com>"),
                 ("To", "Marcus Oliveira <marcus.oliveira@northwind-logistics.com>"),
                 ("Subject", "RE: APN partner tier - cert IDs"),
                 ("Thread-Topic", "APN partner tier - cert IDs"),
                 ("Thread-Index", "AQHb1" + rb64(30)[:30]),
                 ("Message-ID", "<AM6PR08MB5312%s@AM6PR08MB5312.eurprd08.prod.outlook.com>" % rhex(16).upper()),
                 ("In-Reply-To", parent_id),
                 ("References", parent_id),
                 ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m.top = [("Received", "from AM6PR08MB5312.eurprd08.prod.outlook.com (2603:10a6:20b:%s::%s) by\n DB9PR02MB7354.eurprd02.prod.outlook.com with HTTPS; %s" % (rhex(3), rhex(2), fmt(d.astimezone(UTC)))),
             ("Received", "from AM6PR08MB5312.eurprd08.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by AM6PR08MB5312.eurprd08.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.8792.029; %s"
              % (rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), fmt(d)))]
    m.tail_pre = []
    m.tail = [("X-MS-Exchange-Organization-AuthAs", "Internal"),
              ("X-MS-Exchange-Organization-AuthMechanism", "04"),
              ("X-MS-Exchange-Organization-AuthSource", "AM6PR08MB5312.eurprd08.prod.outlook.com"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    txt = """Hi Marcus,

Quick one - the partner portal still lists your Solutions Architect cert under AWS30558172. Once AWS has sorted out your account merge, could you re-link the cert to our partner account so it counts for the tier review? Deadline is end of June.

Thx,
Sarah

-----Original Message-----
From: Marcus Oliveira <marcus.oliveira@northwind-logistics.com>
Sent: Thursday, June 5, 2025 4:12 PM
To: Sarah Lindqvist <sarah.lindqvist@northwind-logistics.com>
Subject: APN partner tier - cert IDs

Hi Sarah,

FYI I have two certification profiles (AWS11203948 and the old one from 2019). I've opened a case with AWS to get them merged, they asked me to confirm the details today.

Marcus
"""
    body = textpart(txt, cte="quoted-printable")
    m.build(body, "040-colleague-partner-portal.eml", L("unrelated", None, ["AWS30558172"], None, "en"))

    # 041 AWS Japan webinar newsletter
    d = T(2025, 7, 3, 1, 0, 12)
    plain = """中村 彩 様

いつも AWS をご利用いただきありがとうございます。

【オンラインセミナー】AWS 認定取得を目指す方のための学習ロードマップ
日時: 2025 年 7 月 24 日（木）12:00～13:00
形式: オンライン（無料）

AWS Certified Cloud Practitioner から Professional レベルまで、効率的な学習の進め方と AWS Skill Builder の活用方法をご紹介します。

お申し込みはこちら: https://aws.amazon.com/jp/events/webinars/certification-roadmap/

配信停止をご希望の方は、こちらから設定を変更してください: https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    html = aws_html(paras_html(plain), lang="ja")
    body = alternative(textpart(plain, cte="quoted-printable"), textpart(html, "html", cte="base64"), java_boundary(d))
    aws_mail(body, "041-ja-webinar-certification-roadmap.eml", L("unrelated", None, [], True, "ja"),
             "gmail", AYA[1], d, addr("アマゾン ウェブ サービス", "aws-jp-marketing@amazon.com"), AYA[1],
             subj("【ウェビナー】AWS 認定取得を目指す方のための学習ロードマップ（7/24 開催）"))

    # 042 AWS Builder ID code
    d = T(2026, 2, 27, 4, 16, 50)
    m = Mail()
    env, ip, helo, _ = amazon_sender(m, d, '"AWS" <no-reply@signin.aws>', DEEPAK[1], "Verify your AWS Builder ID email address", dkim=False)
    m.sender = []
    s1, b1 = dkim_sig("signin.aws", "sjb6ewo2wq3a7mz6u5ryyb6tf5xk2bvb", d, AMZ_H)
    s2, b2 = dkim_sig("amazonses.com", SES_SEL, d, SES_H)
    m.sender += [("DKIM-Signature", s1), ("DKIM-Signature", s2), ("Date", fmt(d)),
                 ("From", '"AWS" <no-reply@signin.aws>'), ("To", DEEPAK[1]), ("Message-ID", ses_msgid(d)),
                 ("Subject", "Verify your AWS Builder ID email address")]
    m.envelope = env
    gmail_block(m, DEEPAK[1], d, env, ip, helo, [("signin.aws", "sjb6ewo2wq3a7mz6u5ryyb6tf5xk2bvb", b1), ("amazonses.com", SES_SEL, b2)],
                hfrom="signin.aws")
    txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To complete your sign-up, enter the following verification code:

Verification code: 482731

This code expires 10 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = textpart(txt, cte="7bit")
    m.build(body, "042-builder-id-verification-code.eml", L("unrelated", None, [], True, "en"))


# ============================================================================
# Thread 8 - Amit, lost first form case, second console case, native agent
# ============================================================================
t8_first = T(2026, 1, 8, 4, 15, 51)
C8a = case15(t8_first, 22014)
t8_open = T(2026, 1, 15, 6, 48, 20)
C8 = case15(t8_open, 39006)


def thread8():
    d = t8_open + dt.timedelta(seconds=7)
    txt = """Dear Amit Kulkarni,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account merge - no response on earlier request
Severity: General guidance
Correspondence: Hi, I submitted the Training and Certification form on 8 Jan (case %s) but never got any reply. I have two certification accounts, AWS39884410 and AWS39105562, and want them merged into the first one. Please help.

We will respond to your case as soon as possible. You can view and update your case in the Support Center:
%s

Best regards,
Amazon Web Services

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % (C8, C8, C8a, CONSOLE_URL % (C8, "en"))
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "044-opened-case-after-no-reply.eml",
             L("case_created", C8, ["AWS39105562", "AWS39884410"], True, "en"),
             "gmail", AMIT[1], d, CONSOLE_FROM, AMIT[1],
             "Amazon Web Services: You have opened a new Support case: %s" % C8)

    d2 = T(2026, 1, 16, 17, 5, 44)
    txt = """Hi Amit,

Sorry you didn't hear back on your first request. It looks like the form went in without a contact address, so our replies had nowhere to go. I've merged that earlier case (%s) into this one so everything is tracked in one place - please don't open another case for this, as a new case only sends you to the back of the queue.

To get the account side moving, could you tell me:

  - the email you use to sign in to each profile, and
  - which one you'd like to hold on to going forward?

I can see aws39884410 on my side but haven't been able to match the other ID you mentioned to your name yet, so a screenshot of its profile page would help too.

Thanks,
Ryan
Amazon Web Services
""" % C8a + console_footer(C8)
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "045-earlier-case-folded-in-need-details.eml",
             L("support_reply", C8, ["AWS39884410"], True, "en"),
             "gmail", AMIT[1], d2, CONSOLE_FROM, AMIT[1],
             "RE:[CASE %s] Certification account merge - no response on earlier request" % C8)

    d3 = T(2026, 1, 19, 15, 30, 12)
    txt = """Hi Amit,

Thanks, that's everything I needed. Here's what I'm about to do, so please read it carefully before answering:

  * AWS39884410 (amit.kulkarni.in@gmail.com) stays as your profile.
  * AWS39105562 (amit.k@tcs-example.com) gets folded into it - its certifications and exam history move over and the profile itself is shut down.

There's no undo button on this one: once it's run, we can't pull the two apart again. If that all looks right, just reply with a quick "yes, go ahead" in the Support Center and I'll get it started. If anything's off, tell me what to change.

Ryan
Amazon Web Services
""" + console_footer(C8)
    body = textpart(txt, cte="base64")
    aws_mail(body, "046-about-to-fold-profiles-no-undo.eml",
             L("merge_confirmation_requested", C8, ["AWS39105562", "AWS39884410"], True, "en"),
             "gmail", AMIT[1], d3, CONSOLE_FROM, AMIT[1],
             "RE:[CASE %s] Certification account merge - no response on earlier request" % C8)

    d4 = T(2026, 1, 22, 11, 40, 27)
    txt = """Hi Amit,

All sorted on our end. I'm pasting the note from our certification operations team below so you have it for your records. In short: everything from your old profile now lives under AWS39884410, and the AWS39105562 login has been retired. Give Credly a day or two to catch up with your badges.

Cheers,
Ryan
Amazon Web Services

---------- Forwarded message ---------
From: T&C Certification Operations <tc-cert-ops@amazon.com>
Date: Thu, Jan 22, 2026 at 3:12 AM
Subject: Merge request %s - processed
To: Ryan <tc-support-agents@amazon.com>

Request processed.
Source: AWS39105562 -> Target: AWS39884410
Transcript records moved: 2
Exam benefits moved: 1 (50%% discount)
Source status: INACTIVE
""" % C8 + console_footer(C8)
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "047-all-sorted-ops-note-forwarded.eml",
             L("merge_completed", C8, ["AWS39105562", "AWS39884410"], True, "en"),
             "gmail", AMIT[1], d4, CONSOLE_FROM, AMIT[1],
             "RE:[CASE %s] Certification account merge - no response on earlier request" % C8)

    d5 = T(2026, 1, 29, 11, 41, 3)
    txt = """Dear Amit Kulkarni,

We are following up on case %s, "Certification account merge - no response on earlier request". This case has been resolved.

Was your issue resolved?

YES: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no

Your feedback helps us improve AWS Support.

If you need more help with this issue, you can reopen the case from the Support Center:
%s

Best regards,
Amazon Web Services
""" % (C8, C8, C8, CONSOLE_URL % (C8, "en"))
    body = textpart(txt, cte="7bit")
    aws_mail(body, "048-was-your-issue-resolved.eml", L("survey", C8, [], True, "en"),
             "gmail", AMIT[1], d5, CONSOLE_FROM, AMIT[1],
             "Amazon Web Services: Your Support case %s has been resolved" % C8)


# ============================================================================
# Thread 9 - Ana, Latin American agent, form case
# ============================================================================
t9_open = T(2025, 8, 19, 13, 27, 55)
C9 = case15(t9_open, 40552)


def thread9():
    d = t9_open + dt.timedelta(seconds=6)
    inner = """<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>We have received your request and opened case <b>%s</b>. Our team will review it and get back to you, generally within one business day.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="color:#687078">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="color:#687078">Detail</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td style="color:#687078">AWS candidate ID</td><td>AWS87054213</td></tr>
</table>
<p>To add information, reply to this message without changing the subject. Please do not submit a new request for the same issue.</p>
<p>AWS Training and Certification</p>""" % C9
    body = textpart(aws_html(inner), "html", cte="quoted-printable")
    aws_mail(body, "043-form-desk-received-html.eml", L("case_created", C9, ["AWS87054213"], True, "en"),
             "gmail", ANA[1], d, FORM_FROM, ANA[1], "[CASE %s] %s" % (C9, FORM_SUBJ))

    d2 = T(2025, 8, 20, 14, 10, 21)
    txt = """Hi Ana Beatriz, I hope this message finds you very well!

My name is Juan Pablo and I will be your point of contact for this case. Thank you for reaching out about your certification accounts.

I was checking and indeed there are two profiles, AWS87054213 (ana.souza.br@gmail.com) and AWS87760029 (ana.souza@petrotech-example.com.br). For us to continue could you please help me with the following:

1. Which account do you want to keep? The other one will be merged into it.
2. What is the reason for the merge? (for example that you no longer have access to the corporate email)

Please reply to this same email with the information. We remain attentive to any comment.

Kind regards,
Juan Pablo
AWS Training and Certification
"""
    body = textpart(txt)
    aws_mail(body, "049-which-account-to-keep-and-reason.eml",
             L("support_reply", C9, ["AWS87054213", "AWS87760029"], True, "en"),
             "gmail", ANA[1], d2, FORM_FROM, ANA[1], "RE:[CASE %s] %s" % (C9, FORM_SUBJ))

    d3 = T(2025, 8, 21, 16, 45, 3)
    plain = """Hi Ana Beatriz, thank you very much for your answer!

Based on what you told me, this is what is going to happen, please check it and confirm:

- The account that will remain active is AWS87054213 (ana.souza.br@gmail.com).
- The account AWS87760029 will be merged into it.

After the merge: all of the certifications will show in AWS87054213, your 50% discount voucher will be moved too, the Credly badges will be sent again to ana.souza.br@gmail.com and you will need to accept them, and the corporate login will not work anymore.

Please remember the merge can not be reverted. If you agree, reply to this email with your confirmation and I will send it to the team.

We remain attentive,
Juan Pablo
AWS Training and Certification
"""
    html = aws_html(paras_html(plain).replace("AWS87054213 (", "<b>AWS87054213</b> (", 1))
    body = alternative(textpart(plain), textpart(html, "html", cte="base64"), java_boundary(d3))
    aws_mail(body, "050-this-is-what-will-happen-confirm.eml",
             L("merge_confirmation_requested", C9, ["AWS87054213", "AWS87760029"], True, "en"),
             "gmail", ANA[1], d3, FORM_FROM, ANA[1], "RE:[CASE %s] %s" % (C9, FORM_SUBJ))

    d4 = T(2025, 8, 25, 18, 2, 36)
    txt = """Hi Ana Beatriz,

Great news! The merge of your accounts is completed. Now you can see all your certifications in AWS87054213, the other account is not active anymore. Remember to accept the new Credly badges when you receive them.

It was a pleasure to help you!

Juan Pablo
AWS Training and Certification



Yes, I confirm. Please proceed.
Ana


Hi Ana Beatriz, thank you very much for your answer!

Based on what you told me, this is what is going to happen, please check it and confirm:

- The account that will remain active is AWS87054213 (ana.souza.br@gmail.com).
- The account AWS87760029 will be merged into it.

After the merge: all of the certifications will show in AWS87054213, your 50% discount voucher will be moved too, the Credly badges will be sent again to ana.souza.br@gmail.com and you will need to accept them, and the corporate login will not work anymore.

Please remember the merge can not be reverted. If you agree, reply to this email with your confirmation and I will send it to the team.

We remain attentive,
Juan Pablo
"""
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "051-great-news-completed-thread-below.eml",
             L("merge_completed", C9, ["AWS87054213"], True, "en"),
             "gmail", ANA[1], d4, FORM_FROM, ANA[1], "RE:[CASE %s] %s" % (C9, FORM_SUBJ))

    d5 = T(2025, 8, 26, 12, 30, 14)
    plain = """Ana Beatriz, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:
AWS Certified Cloud Practitioner

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim is now Credly.
""" % ruuid()
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif"><h2>Ana Beatriz, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p><p><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#0b6fb8;color:#fff;padding:10px 22px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Acclaim is now Credly.</p></body></html>""" % ruuid()
    body = alternative(textpart(plain, cte="7bit"), textpart(html, "html", cte="7bit"), rhex(28))
    credly_mail(body, "052-acclaim-earned-cloud-practitioner.eml", L("credly_badge_issued", None, [], True, "en"),
                "gmail", ANA[1], d5, ANA[1], "Ana Beatriz, you've earned a badge!",
                frm="Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>",
                domain="youracclaim.com")


# ============================================================================
# Thread 10 - 山本 美咲, Japanese form case, biglobe
# ============================================================================
t10_open = T(2026, 2, 9, 0, 52, 30)
C10 = case15(t10_open, 7711)


def thread10():
    d = T(2026, 2, 10, 6, 40, 22)
    plain = """山本 美咲 様

AWS トレーニングと認定サポートの木村でございます。
認定アカウントの統合について、お問い合わせいただきありがとうございます。

お客様のアカウントを確認いたしました。以下の内容で統合を行ってよろしいでしょうか。

  統合先（今後ご利用いただくアカウント）: AWS93302871
  統合元（統合後に無効となるアカウント）: AWS 93518846

本手続きは取り消しができません。
内容をご確認いただき、問題がなければその旨を本メールにご返信ください。
統合完了後、Credly から新しいバッジのご案内メールが届きますので、受け取りのお手続きをお願いいたします。

木村
AWS トレーニングと認定 サポート
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<p>山本 美咲 様</p>
<p>AWS トレーニングと認定サポートの木村でございます。<br>認定アカウントの統合について、お問い合わせいただきありがとうございます。</p>
<p>お客様のアカウントを確認いたしました。以下の内容で統合を行ってよろしいでしょうか。</p>
<table border="1" cellpadding="5"><tr><td>統合先（今後ご利用いただくアカウント）</td><td>AWS93302871</td></tr>
<tr><td>統合元（統合後に無効となるアカウント）</td><td>AWS93518846</td></tr></table>
<p><b>本手続きは取り消しができません。</b><br>内容をご確認いただき、問題がなければその旨を本メールにご返信ください。</p>
<p>木村<br>AWS トレーニングと認定 サポート</p></body></html>"""
    body = alternative(textpart(plain, codec="iso-2022-jp", cte="7bit"),
                       textpart(html, "html", codec="iso-2022-jp", cte="7bit"), java_boundary(d))
    aws_mail(body, "053-ja-togo-yoroshii-deshouka.eml",
             L("merge_confirmation_requested", C10, ["AWS93302871", "AWS93518846"], True, "ja"),
             "jp", MISAKI[1], d, FORM_FROM, to_(MISAKI, "iso-2022-jp"),
             subj("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定アカウントの統合" % C10, "iso-2022-jp"),
             jp=BIGLOBE)

    d2 = T(2026, 2, 12, 1, 30, 8)
    txt = """山本 美咲 様

ご確認いただき、ありがとうございます。木村でございます。

これより統合の手続きを進めてまいります。
完了しましたら、改めて本メールにてご連絡いたします。通常 2〜3 営業日ほどお時間をいただいております。

今しばらくお待ちくださいますよう、お願い申し上げます。

木村
AWS トレーニングと認定 サポート

2026年2月11日(水) 21:15 山本 美咲 <misaki.yamamoto@biglobe.ne.jp>:
> 木村様
>
> お世話になっております。山本です。
> ご記載の内容で問題ございません。統合をお願いいたします。
>
> > 統合先（今後ご利用いただくアカウント）: AWS93302871
> > 統合元（統合後に無効となるアカウント）: AWS 93518846
> >
> > 本手続きは取り消しができません。
"""
    body = textpart(txt, codec="iso-2022-jp", cte="7bit")
    aws_mail(body, "054-ja-kore-yori-susumemasu.eml", L("support_reply", C10, [], None, "ja"),
             "jp", MISAKI[1], d2, FORM_FROM, MISAKI[1],
             subj("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定アカウントの統合" % C10, "iso-2022-jp"),
             jp=dict(BIGLOBE, with_auth=False))


# ============================================================================
# Thread 11 - Jun, 11-digit console case, O365, Eastern European agent
# ============================================================================
C11 = "13381027459"


def thread11():
    kw = {"org": "contoso-ph.com", "region": "apcprd06"}
    d = T(2025, 12, 2, 8, 14, 37)
    txt = """Hello Jun,

I want to give you update about your request. Merge of accounts AWS20488137 and AWS20931665 is currently in progress on side of our certification team. It is not finished yet, so please do not worry if you still see two profiles or if you can still login to old one.

When merge will be complete, I will write you immediately and the case will be updated.

Thank you for your patience.

Best regards,
Katarzyna W.
Amazon Web Services
""" + console_footer(C11)
    body = textpart(txt, cte="quoted-printable")
    aws_mail(body, "055-merge-in-progress-not-finished.eml",
             L("support_reply", C11, ["AWS20488137", "AWS20931665"], True, "en"),
             "o365", JUN[1], d, CONSOLE_FROM, JUN[1], "RE:[CASE %s] Request to merge certification accounts" % C11,
             o365_kw=kw)

    d2 = T(2025, 12, 4, 10, 22, 51)
    txt = """Hello,

New correspondence has been added to your AWS Support case %s.

-----------------------------------------------------------
Hello Jun,

As promised I write you with final update: the merge is done. Certifications from AWS20931665 were moved to AWS20488137 and the old profile is closed now. Please sign in with jun.reyes@contoso-ph.com and check that everything is visible. If something is missing, reply in this case.

Best regards,
Katarzyna W.
-----------------------------------------------------------

To view the case and respond, sign in to the Support Center:
%s

Best regards,
Amazon Web Services

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (C11, CONSOLE_URL % (C11, "en"))
    body = textpart(txt, cte="7bit")
    aws_mail(body, "056-new-correspondence-merge-done.eml",
             L("merge_completed", C11, ["AWS20488137", "AWS20931665"], True, "en"),
             "o365", JUN[1], d2, CONSOLE_FROM, JUN[1], "[Case %s] New correspondence added" % C11, o365_kw=kw)

    d3 = T(2025, 12, 11, 10, 23, 19)
    txt = """Dear Jun Reyes,

We are following up on case %s, "Request to merge certification accounts". This case has been resolved and is now closed.

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no

Please take a moment to let us know how we did. Your feedback helps us improve AWS Support.

Best regards,
Amazon Web Services
""" % (C11, C11, C11)
    body = textpart(txt, cte="7bit")
    aws_mail(body, "057-case-resolved-please-rate.eml", L("survey", C11, [], True, "en"),
             "o365", JUN[1], d3, CONSOLE_FROM, JUN[1], "Amazon Web Services: Your Support case %s has been resolved" % C11,
             o365_kw=kw)

    d4 = T(2025, 12, 5, 3, 48, 22)
    plain = """Hi Jun,

Amazon Web Services Training and Certification has issued you 2 badges:

  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Cloud Practitioner

These badges were moved from a previous account at the request of the issuer. Accept your badges to add them to your profile:
https://www.credly.com/earner/earned?notification_type=badge_issued

The Credly Team
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Hi Jun,</p>
<p>Amazon Web Services Training and Certification has issued you <b>2 badges</b>:</p>
<ul><li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>These badges were moved from a previous account at the request of the issuer.</p>
<p><a href="https://www.credly.com/earner/earned?notification_type=badge_issued" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badges</a></p>
<p>The Credly Team</p></body></html>"""
    body = alternative(textpart(plain, cte="quoted-printable"), textpart(html, "html"), rhex(28))
    credly_mail(body, "060-credly-two-badges-moved.eml", L("credly_badge_issued", None, [], True, "en"),
                "o365", JUN[1], d4, JUN[1], "Jun, you have 2 new badges from Amazon Web Services Training and Certification")


# ============================================================================
# 058 Deepak (wrong charset label), 059 Lukas (forwarded, DKIM broken, Outlook thread)
# ============================================================================
t58_open = T(2026, 3, 2, 11, 20, 5)
C58 = case15(t58_open, 63518)
t59_open = T(2025, 10, 10, 6, 55, 40)
C59 = case15(t59_open, 15223)


def singles():
    d = T(2026, 3, 3, 9, 47, 30)
    txt = """Hi Deepak,

Greetings of the day!!

We have received your request for account merge and we have checked the details provided by you. Please find below the account details which will be merged:

Primary Account (to be retained) \u2013 aws71880254 \u2013 deepak.nair.blr@gmail.com
Secondary Account (to be merged) \u2013 AWS-71066391 \u2013 deepak.nair@wiprotech-example.com

Please be informed that once the accounts are merged it can\u2019t be undone, also the secondary account will no longer be accessible and the certification\u2019s will be visible under the primary account only.

So request you to kindly go through the above details and confirm us by replying on this mail, post your confirmation we will be proceeding with the merge request at the earliest.

Thanks and Regards,
Sneha
AWS Training & Certification
"""
    body = textpart(txt, codec="utf-8", label="windows-1252", cte="quoted-printable")
    aws_mail(body, "058-kindly-go-through-details-mislabelled.eml",
             L("merge_confirmation_requested", C58, ["AWS71066391", "AWS71880254"], True, "en"),
             "gmail", DEEPAK[1], d, FORM_FROM, DEEPAK[1], "RE:[CASE %s] %s" % (C58, FORM_SUBJ))

    # 059: forwarded through alumni alias, DKIM body hash broken -> dmarc fail at O365
    d = T(2025, 10, 15, 7, 30, 11)
    plain = """Hello Lukas,

We have merge your accounts yesterday evening, now all certification is showing under your main account AWS15520873. Account AWS15097746 is not anymore active and you can not sign in with it. Badges in Credly should come in few days to your e-mail, if not please let us know.

Best regards,
Petr H.
AWS Training and Certification

From: Lukas Novak <lukas.novak@alumni.cvut-example.cz>
Sent: Tuesday, October 14, 2025 8:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Petr,

yes, this is correct, please merge.

Lukas

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, October 13, 2025 4:17 PM
To: lukas.novak@alumni.cvut-example.cz
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lukas,

I found your accounts. Please confirm that you want merge AWS15097746 into AWS15520873. Merge is permanent and cannot be reverted, old account will be closed.

Please reply to this e-mail with confirmation.

Best regards,
Petr H.

From: Lukas Novak <lukas.novak@alumni.cvut-example.cz>
Sent: Friday, October 10, 2025 8:55 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification / Account Merge
AWS candidate ID: AWS15520873
I have second account from university times, please merge it into this one.

--
Forwarded by CVUT alumni mail service. Manage forwarding: https://alumni.cvut-example.cz/mail
""" % (C59, C59)
    html = aws_html("""<p>Hello Lukas,</p>
<p>We have merge your accounts yesterday evening, now all certification is showing under your main account <b>AWS15520873</b>. Account AWS15097746 is not anymore active and you can not sign in with it. Badges in Credly should come in few days to your e-mail, if not please let us know.</p>
<p>Best regards,<br>Petr H.<br>AWS Training and Certification</p>
<div style="border-top:1px solid #e1e1e1;padding-top:3pt"><p><b>From:</b> Lukas Novak &lt;lukas.novak@alumni.cvut-example.cz&gt;<br><b>Sent:</b> Tuesday, October 14, 2025 8:41 AM<br>
<b>To:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Subject:</b> RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance</p></div>
<p>Hello Petr,<br><br>yes, this is correct, please merge.<br><br>Lukas</p>
<div style="border-top:1px solid #e1e1e1;padding-top:3pt"><p><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Monday, October 13, 2025 4:17 PM<br>
<b>To:</b> lukas.novak@alumni.cvut-example.cz<br><b>Subject:</b> RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance</p></div>
<p>Hello Lukas,<br><br>I found your accounts. Please confirm that you want merge AWS15097746 into AWS15520873. Merge is permanent and cannot be reverted, old account will be closed.<br><br>Please reply to this e-mail with confirmation.<br><br>Best regards,<br>Petr H.</p>""" % (C59, C59))
    body = alternative(textpart(plain, cte="base64"), textpart(html, "html", cte="base64"), java_boundary(d))
    m = Mail()
    env, ip, helo, sigs = amazon_sender(m, d, FORM_FROM, "lukas.novak@alumni.cvut-example.cz",
                                        "RE:[CASE %s] %s" % (C59, FORM_SUBJ))
    m.envelope = "SRS0=%s=%s=amazonses.com=%s@alumni.cvut-example.cz" % (rhex(4), rhex(2).upper(), rhex(10))
    fwd_ip = "147.32.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    fwd_helo = "relay2.alumni.cvut-example.cz"
    # the forwarder's own hop
    m.sender.insert(0, ("Received", "from %s (%s [%s])\n\tby relay2.alumni.cvut-example.cz (Postfix) with ESMTPS id 4cNb%s\n\tfor <lukas.novak@alumni.cvut-example.cz>; %s"
                        % (helo, helo, ip, rhex(6).upper(), fmt((d + dt.timedelta(seconds=2)).astimezone(tz(2))))))
    m.sender.insert(0, ("Received", "by relay2.alumni.cvut-example.cz (Postfix)\n\tid 4cNb%s; %s" % (rhex(6).upper(), fmt((d + dt.timedelta(seconds=3)).astimezone(tz(2))))))
    auth = o365_auth(fwd_ip, "alumni.cvut-example.cz", [("amazon.com", "fail"), ("amazonses.com", "fail")],
                     dmarc="fail", action="quarantine", hfrom="amazon.com", compauth="fail reason=000")
    o365_block(m, LUKAS[1], d, "alumni.cvut-example.cz", fwd_ip, fwd_helo, auth,
               region="eurprd09", tail_extra=[("X-MS-Exchange-Organization-SCL", "5")])
    m.build(body, "059-we-have-merge-your-accounts-fwd.eml",
            L("merge_completed", C59, ["AWS15097746", "AWS15520873"], False, "en"))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    thread1()
    thread2()
    thread3()
    thread4()
    thread5()
    thread6()
    thread7()
    phishing()
    unrelated()
    thread8()
    thread9()
    thread10()
    thread11()
    singles()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), "mails written")


if __name__ == "__main__":
    main()
