#!/usr/bin/env python3
"""Generator for blind set-200: whole AWS Certification account-merge cases of
eight users (JP, DE, BR, IN, NG, PL, JP, AU) with detours, Sent replies and
look-alikes.  Run: python3 make_set.py  -> writes NNN-*.eml and labels.json."""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(200)
POL = policy.compat32.clone(max_line_length=0, linesep="\n")

MAILS = []      # (filename, bytes)
LABELS = {}

# ----------------------------------------------------------------- time helpers
def T(s):
    """'2025-05-22 08:02:11 +0900' -> aware datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def rfc_gmt(d):
    d = d.astimezone(_dt.timezone.utc)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")


def plus(d, **kw):
    return d + _dt.timedelta(**kw)


def case15(open_dt, tail):
    return "%d%s" % (int(open_dt.timestamp()), tail)


# ----------------------------------------------------------------- random tokens
def b64tok(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, ruuid())


def ses_bounce(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, ruuid())


def fold_b(b, first=6, width=70):
    out, s = [], b
    out.append(s[:width - first])
    s = s[width - first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return "\n\t ".join(out)


def dkim(d_dom, sel, hdrs, t):
    sig = b64tok(256)
    bh = b64tok(32)
    hl = ":".join(hdrs)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t"
            "h=%s;\n\tbh=%s;\n\tb=%s" % (sel, d_dom, int(t.timestamp()), hl, bh, fold_b(sig)))


AWS_DKIM_H = ["From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type",
              "Message-ID", "Date"]
SES_DKIM_H = ["Subject", "From", "Reply-To", "To", "MIME-Version", "Content-Type",
              "Message-ID", "Date", "Feedback-ID"]

SES_IPS = ["54.240.8.30", "54.240.8.89", "54.240.48.104", "54.240.11.77",
           "54.240.27.21", "23.251.226.14", "54.240.48.97", "54.240.9.112"]


def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


# ----------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label_charset=None, extra_ct=""):
    """Leaf part.  text is encoded with `charset`; header says label_charset
    (to make an occasionally wrong label)."""
    p = Message()
    raw = text.encode(charset)
    lab = label_charset or charset
    p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, lab, extra_ct)
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        enc = raw.decode("ascii")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(enc)
    return p


def alt(*parts, boundary=None):
    m = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999),
                                              RNG.randint(10**8, 10**9),
                                              RNG.randint(10**12, 10**13)))
    m["Content-Type"] = 'multipart/alternative; \n\tboundary="%s"' % b
    m.set_payload(list(parts))
    m.set_boundary(b)
    return m


def mixed(*parts, boundary=None):
    m = Message()
    b = boundary or ("_%s_" % hexs(24))
    m["Content-Type"] = 'multipart/mixed; boundary="%s"' % b
    m.set_payload(list(parts))
    m.set_boundary(b)
    return m


def attach_png(name, n=400):
    p = Message()
    p["Content-Type"] = 'image/png; name="%s"' % name
    p["Content-Disposition"] = 'attachment; filename="%s"' % name
    p["Content-Transfer-Encoding"] = "base64"
    raw = b"\x89PNG\r\n\x1a\n" + bytes(RNG.getrandbits(8) for _ in range(n))
    p.set_payload(base64.encodebytes(raw).decode())
    return p


def subj(s, charset=None, maxlen=74):
    """Subject header value; non-ASCII -> folded encoded-words."""
    if charset is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(s, charset, header_name="Subject").encode(maxlinelen=maxlen, linesep="\n")


def addr(name, mail, charset=None):
    if charset is None:
        try:
            name.encode("ascii")
            if any(c in name for c in ',.;:()"') and not name.startswith('"'):
                name = '"%s"' % name
            return "%s <%s>" % (name, mail) if name else mail
        except UnicodeEncodeError:
            charset = "utf-8"
    return "%s <%s>" % (Header(name, charset).encode(), mail)


# ----------------------------------------------------------------- html helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


# ----------------------------------------------------------------- quoting styles
def q_prefix(text, pfx="> "):
    return "\n".join((pfx + l) if l.strip() else pfx.rstrip() for l in text.strip("\n").split("\n"))


def gmail_attr(d, name, mail):
    h = d.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b %-d, %Y"), h, d.strftime("%M"),
        d.strftime("%p"), name, mail)


def gmail_quote(d, name, mail, text):
    return gmail_attr(d, name, mail) + "\n\n" + q_prefix(text) + "\n"


def gmail_quote_html(d, name, mail, text):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (esc(gmail_attr(d, name, mail)), html_paras(text)))


JWD = "月火水木金土日"


def jp_attr(d, name, mail):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, JWD[d.weekday()],
                                                 d.hour, d.minute, name, mail)


def jp_quote(d, name, mail, text):
    return jp_attr(d, name, mail) + "\n" + q_prefix(text, ">") + "\n"


def outlook_quote(frm, d, to, subject, text, sep=True, sentfmt=None):
    sent = sentfmt or d.strftime("%A, %B %-d, %Y %-I:%M %p")
    head = ("________________________________\n" if sep else "") + \
        "From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (frm, sent, to, subject)
    return head + text.strip("\n") + "\n"


def orig_msg(frm, d, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n"
            % (frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject)) + text.strip("\n") + "\n"


# ----------------------------------------------------------------- transport profiles
def trace_gmail(rcpt, d, ip, helo, mailfrom, auth_lines, arc=True):
    """Return list of trace headers (top first) as a Gmail mailbox shows them."""
    d1 = plus(d, seconds=RNG.randint(1, 4))
    d2 = plus(d1, seconds=1)
    sid = "%s.%d.%d" % (hexs(12), RNG.randint(100, 999), RNG.randint(10, 99))
    hdrs = [("Delivered-To", rcpt),
            ("Received", "by 2002:a05:7022:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
                hexs(3), hexs(3), hexs(4), hexs(3), hexs(12), rfc(d2.astimezone(
                    _dt.timezone(_dt.timedelta(hours=-7 if d.month in range(4, 11) else -8))))
                .replace("+", "+").replace(" -0", " -0") + (" (PDT)" if d.month in range(4, 11) else " (PST)"))),
            ("X-Google-Smtp-Source", "AGHT+I%s" % b64tok(60)[:86]),
            ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
                hexs(4), hexs(3), hexs(4), hexs(3), hexs(12), rfc(d2.astimezone(
                    _dt.timezone(_dt.timedelta(hours=-7 if d.month in range(4, 11) else -8))))
                + (" (PDT)" if d.month in range(4, 11) else " (PST)")))]
    if arc:
        hdrs += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                  % (int(d1.timestamp()), fold_b(b64tok(190), 2, 70).replace("\n\t ", "\n         "))),
                 ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
                  % (b64tok(32), b64tok(32), fold_b(b64tok(190), 2, 70).replace("\n\t ", "\n         "))),
                 ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + auth_lines)]
    hdrs += [("Return-Path", "<%s>" % mailfrom),
             ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (helo, helo, ip, sid, rcpt, rfc(d1.astimezone(_dt.timezone(_dt.timedelta(hours=-7 if d.month in range(4, 11) else -8)))) + (" (PDT)" if d.month in range(4, 11) else " (PST)"))),
             ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
             ("Authentication-Results", "mx.google.com;\n" + auth_lines)]
    return hdrs


def gmail_auth_aws(mailfrom, ip, dmarc="pass", dkim_aws="pass", dfrom="amazon.com", sel=None):
    return ("       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dkim_aws, dfrom, sel or "rjt5pyyjz3ez6bjaqnfvsasjnlpvv4v4",
               b64tok(6)[:8], "ug7nbtf4gccmlpwj322ax3p6ow6yfsug",
               b64tok(6)[:8], mailfrom, ip, mailfrom, dmarc, dfrom))


def trace_outlook(rcpt, d, ip, helo, mailfrom, auth, tenant="outlook"):
    d1 = plus(d, seconds=RNG.randint(1, 5))
    utc = d1.astimezone(_dt.timezone.utc)
    host = RNG.choice(["AM0PR02MB", "DB9PR07MB", "PA4PR08MB", "VI1PR03MB", "DU2PR04MB"]) + str(RNG.randint(1000, 9999))
    edge = RNG.choice(["AMS0EPF000001A4", "DB1PEPF00039230", "AM4PEPF00025F97", "FRA0EPF00000141"])
    reg = RNG.randint(1, 9)
    hdrs = [("Received", "from %s.eurprd0%d.prod.outlook.com (2603:10a6:20b:%s::%s) by\n %s.eurprd0%d.prod.outlook.com with HTTPS; %s"
             % (host, reg, hexs(3), hexs(2), host, reg, utc.strftime("%a, %-d %b %Y %H:%M:%S +0000"))),
            ("Received", "from %s.eurprd0%d.prod.outlook.com (2603:10a6:208:%s::%s)\n by %s.outlook.office365.com (2603:10a6:20b:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
             % (edge, RNG.randint(1, 9), hexs(3), hexs(2), host, hexs(3), hexs(2), RNG.randint(8000, 9300), RNG.randint(10, 40), utc.strftime("%a, %-d %b %Y %H:%M:%S +0000"))),
            ("Authentication-Results", auth),
            ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, helo)),
            ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
             % (helo, ip, edge, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9300), RNG.randint(10, 40), utc.strftime("%a, %-d %b %Y %H:%M:%S +0000")))]
    return hdrs


def outlook_auth_aws(dmarc="pass", dfrom="amazon.com", mailfrom_dom="email.amazonses.com", ip="54.240.8.30"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=%s action=%s\n"
            " header.from=%s;compauth=%s" % (ip, mailfrom_dom, dfrom if dmarc == "pass" else mailfrom_dom.split(".", 1)[-1],
                                          dmarc, "none" if dmarc == "pass" else "quarantine", dfrom, comp))


def trace_simple(rcpt, d, ip, helo, mailfrom, authserv, auth, mx, extra_top=()):
    """Generic provider (Japanese ISPs, Yahoo, Fastmail...)."""
    d1 = plus(d, seconds=RNG.randint(1, 6))
    hdrs = list(extra_top)
    hdrs += [("Return-Path", "<%s>" % mailfrom),
             ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
              % (helo, helo, ip, mx, hexs(10).upper(), rcpt, rfc(d1.astimezone(d.tzinfo)))),
             ("Authentication-Results", "%s;\n\t%s" % (authserv, auth))]
    return hdrs


def simple_auth_aws(mailfrom, dmarc="pass", dfrom="amazon.com", sel=None):
    return ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n\t"
            "dkim=pass header.d=amazonses.com;\n\tdmarc=%s header.from=%s"
            % (mailfrom, dfrom, sel or "rjt5pyyjz3ez6bjaqnfvsasjnlpvv4v4", dmarc, dfrom))


# ----------------------------------------------------------------- message assembly
def assemble(body, trace, top):
    """body: MIME Message (content headers already set); trace: list of (k,v)
    top first; top: list of (k,v) originator headers."""
    content = list(body._headers)
    body._headers = []
    for k, v in trace:
        body._headers.append((k, v))
    for k, v in top:
        body._headers.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in top):
        body._headers.append(("MIME-Version", "1.0"))
    for k, v in content:
        body._headers.append((k, v))
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=POL).flatten(body)
    return bio.getvalue()


def emit(slug, raw, kind, case_id, account_ids, verified, lang):
    n = len(MAILS) + 1
    fn = "%03d-%s.eml" % (n, slug)
    MAILS.append((fn, raw))
    LABELS[fn] = {"kind": kind, "case_id": case_id,
                  "account_ids": sorted(set(account_ids)),
                  "sender_verified": verified, "language": lang}
    return fn


def aws_mail(*, rcpt, to_hdr, d, frm, subject, body, profile="gmail", reply_to=None,
             dmarc="pass", extra_top=(), fb="1.us-east-1.%s=:AmazonSES" % "e4W0UEzFpV1yGhzw0WoKBQhcn8WMRbNvhKcu6KqYWOk",
             cc=None):
    """Genuine (or spoof, via dmarc=) amazon.com mail through SES."""
    mid = ses_msgid(d)
    mailfrom = ses_bounce(d)
    ip = RNG.choice(SES_IPS)
    helo = ses_host(ip)
    sel = RNG.choice(["rjt5pyyjz3ez6bjaqnfvsasjnlpvv4v4", "cmkxd7ca2jcpzdyhlg6ziwehrpdymkdp"])
    if profile == "gmail":
        trace = trace_gmail(rcpt, d, ip, helo, mailfrom, gmail_auth_aws(mailfrom, ip, dmarc=dmarc, sel=sel))
    elif profile == "outlook":
        trace = trace_outlook(rcpt, d, ip, helo, mailfrom, outlook_auth_aws(dmarc=dmarc, ip=ip))
    elif profile == "fastmail":
        auth = ("dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n    "
                "dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug x-bits=1024;\n    "
                "dmarc=%s policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com;\n    "
                "iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
                % (b64tok(6)[:8], sel, b64tok(6)[:8], dmarc, ip, helo, mailfrom, helo))
        trace = [("Return-Path", "<%s>" % mailfrom),
                 ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.1.7-%d-g%s-fmstable-2020%s) with LMTPA;\n\t %s"
                  % (RNG.randint(1, 9), RNG.randint(1, 9), RNG.randint(40, 50), RNG.randint(20, 60), RNG.randint(500, 999), hexs(8), d.strftime("%m%d"), rfc(plus(d, seconds=3).astimezone(_dt.timezone(_dt.timedelta(hours=-4)))))),
                 ("X-Cyrus-Session-Id", "sloti%d-%d-%d-%d" % (RNG.randint(20, 60), int(d.timestamp()), RNG.randint(1000, 9999), RNG.randint(100000, 999999))),
                 ("X-Sieve", "CMU Sieve 3.0"),
                 ("X-Spam-known-sender", "no"),
                 ("X-Spam-score", "0.0"),
                 ("Received-SPF", "pass\n    (amazonses.com: %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx3.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"%s\";\n    helo=%s;\n    client-ip=%s" % (ip, mailfrom, mailfrom, helo, ip)),
                 ("Received", "from mx3.messagingengine.com (localhost [127.0.0.1])\n\t  by mailmx.nyi.internal (Postfix) with ESMTP id %s\n\t  for <%s>; %s" % (hexs(11).upper(), rcpt, rfc(plus(d, seconds=2).astimezone(_dt.timezone(_dt.timedelta(hours=-4)))))),
                 ("Authentication-Results", "mx3.messagingengine.com;\n    " + auth),
                 ("Received", "from %s (%s [%s])\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (helo, helo, ip, rcpt, rfc(plus(d, seconds=2).astimezone(_dt.timezone(_dt.timedelta(hours=-4))))))]
    else:
        authserv, mx = profile
        trace = trace_simple(rcpt, d, ip, helo, mailfrom, authserv, simple_auth_aws(mailfrom, dmarc=dmarc, sel=sel), mx)
    top = [("DKIM-Signature", dkim("amazon.com", sel, AWS_DKIM_H, d)),
           ("DKIM-Signature", dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", SES_DKIM_H, d)),
           ("Date", rfc(d.astimezone(_dt.timezone.utc))),
           ("From", frm),
           ("To", to_hdr)]
    if cc:
        top.append(("Cc", cc))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top += [("Message-ID", mid), ("Subject", subject), ("MIME-Version", "1.0")]
    top += list(extra_top)
    top += [("Feedback-ID", fb), ("X-SES-Outgoing", d.astimezone(_dt.timezone.utc).strftime("%Y.%m.%d-") + ip)]
    return assemble(body, trace, top)


def sent_mail(*, d, frm, to, subject, body, client="gmail", cc=None, in_reply_to=None, extra=()):
    """A copy from the user's Sent folder: no trace/auth headers."""
    if client == "gmail":
        mid = "<CA%s%s@mail.gmail.com>" % (b64tok(30)[:40].replace("/", "_").replace("+", "-"), "")
        top = [("MIME-Version", "1.0"), ("Date", rfc(d)), ("References", in_reply_to or ""),
               ("In-Reply-To", in_reply_to or ""), ("Message-ID", mid), ("Subject", subject),
               ("From", frm), ("To", to)]
        if not in_reply_to:
            top = [t for t in top if t[0] not in ("References", "In-Reply-To")]
    elif client == "outlook":
        mid = "<%s@%s.eurprd0%d.prod.outlook.com>" % (
            (hexs(4) + "PR0" + hexs(4) + "MB" + str(RNG.randint(1000, 9999)) + hexs(12)).upper(),
            ("VI1PR0%dMB%d" % (RNG.randint(1, 9), RNG.randint(1000, 9999))), RNG.randint(1, 9))
        top = [("From", frm), ("To", to)]
        if cc:
            top.append(("CC", cc))
        top += [("Subject", subject), ("Thread-Topic", re.sub(r"^(RE|Re|AW|Odp|FW):\s*", "", subject)),
                ("Thread-Index", "AQH" + b64tok(30)[:40]), ("Date", rfc(d)), ("Message-ID", mid)]
        if in_reply_to:
            top += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
        top += [("Accept-Language", "pl-PL, en-US"), ("Content-Language", "pl-PL"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    else:  # japanese mailer (Thunderbird / Becky!)
        mid = "<%s@%s>" % (hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12), frm.split("@")[-1].rstrip(">"))
        top = [("Message-ID", mid), ("Date", rfc(d)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Subject", subject), ("To", to), ("From", frm)]
        if in_reply_to:
            top += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    top += list(extra)
    return assemble(body, [], top)


def other_mail(*, rcpt, d, frm, subject, body, mailfrom, ip, helo, auth_dom, dkim_dom, dkim_sel,
               profile="gmail", dmarc="pass", spf="pass", msgid=None, extra_top=(), to_hdr=None):
    """Mail from a non-AWS sender (Credly, CertMetrics, Pearson VUE, phish...)."""
    mid = msgid or "<%s@%s>" % (hexs(20), dkim_dom)
    if profile == "gmail":
        auth = ("       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                % ("pass" if dkim_dom else "none", dkim_dom, dkim_sel, b64tok(6)[:8], spf, mailfrom, ip, mailfrom,
                   dmarc, "REJECT" if dmarc == "pass" else "QUARANTINE", "REJECT" if dmarc == "pass" else "QUARANTINE",
                   "NONE" if dmarc == "pass" else "QUARANTINE", auth_dom))
        if spf != "pass":
            auth = auth.replace("designates %s as permitted sender" % ip, "does not designate %s as permitted sender" % ip)
        trace = trace_gmail(rcpt, d, ip, helo, mailfrom, auth)
        if spf != "pass":
            trace = [(k, v.replace("pass (google.com: domain of %s designates" % mailfrom,
                                   "%s (google.com: domain of %s does not designate" % (spf, mailfrom)).replace(
                "as permitted sender) client", "as permitted sender) client")) if k == "Received-SPF" else (k, v) for k, v in trace]
    elif profile == "outlook":
        auth = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s"
                % (spf, ip, mailfrom.split("@")[-1], dkim_dom, dmarc, auth_dom, "pass reason=100" if dmarc == "pass" else "fail reason=001"))
        trace = trace_outlook(rcpt, d, ip, helo, mailfrom, auth)
    else:
        authserv, mx = profile
        auth = ("spf=%s smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s"
                % (spf, mailfrom, dkim_dom, dkim_sel, dmarc, auth_dom))
        trace = trace_simple(rcpt, d, ip, helo, mailfrom, authserv, auth, mx)
    top = []
    if dkim_dom:
        top.append(("DKIM-Signature", dkim(dkim_dom, dkim_sel, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], d)))
    top += [("Date", rfc(d)), ("From", frm), ("To", to_hdr or rcpt), ("Message-ID", mid), ("Subject", subject), ("MIME-Version", "1.0")]
    top += list(extra_top)
    return assemble(body, trace, top)


# ================================================================= shared texts
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_TAG = "[AWS Training and Certification Form Submission] - account-assistance"

SUPPORT_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=%s"


def html_wrap(inner, title="Amazon Web Services"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "%s\n</body></html>\n" % (esc(title), inner))


# ================================================================= cases

# ================================================================= shared sender helpers
def credly_mail(*, rcpt, d, subject, badge, issuer="Amazon Web Services Training and Certification",
                profile="gmail", name="", older=False, intro=None, button="Accept your badge", extra_html=""):
    dom = "youracclaim.com" if older else "credly.com"
    frm = '"%s via %s" <admin@%s>' % (issuer, "Acclaim" if older else "Credly", dom)
    mailfrom = "bounces+%d-%s-%s=%s@em.%s" % (RNG.randint(1000000, 9999999), hexs(4), rcpt.split("@")[0],
                                              rcpt.split("@")[1], dom)
    ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(1, 250))
    helo = "o%d.em.%s" % (RNG.randint(1, 9), dom)
    intro = intro or ("%s has issued you a badge." % issuer)
    token = hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)
    url = "https://www.%s/earner/earned/badge/%s?utm_source=email&utm_medium=badge_issued" % (dom, token)
    plain = ("Hi %s,\n\n%s\n\n%s\n\n%s: %s\n\nClaim your badge and share it with your network so that "
             "employers and peers can verify your achievement.\n\nNeed help? Visit https://support.%s\n\n"
             "%s, Inc. | 13 Rue Sainte-Catherine? \n" % (name, intro, badge, button, url, dom,
                                                         "Acclaim" if older else "Credly"))
    plain = plain.replace("13 Rue Sainte-Catherine? ", "PO Box 2153, Brooklyn, NY 11202")
    html = html_wrap(
        '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
        '<img src="https://images.%s/size/340x340/images/%s/image.png" width="120" alt="%s"></td></tr>'
        '<tr><td style="padding:0 24px"><h2 style="font-size:22px">Hi %s,</h2><p>%s</p>'
        '<p style="font-size:18px;font-weight:bold">%s</p>%s'
        '<p><a href="%s" style="background:#2b7bb9;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">%s</a></p>'
        '<p style="color:#666;font-size:12px">Need help? <a href="https://support.%s">Visit our help center</a>.<br>'
        '%s, Inc. &middot; PO Box 2153, Brooklyn, NY 11202<br><a href="https://www.%s/notifications">Manage email preferences</a></p>'
        '</td></tr></table>' % (dom, ruuid(), esc(badge), esc(name), esc(intro), esc(badge), extra_html, url, button, dom,
                                "Acclaim" if older else "Credly", dom), "Credly")
    body = alt(part(plain, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    return other_mail(rcpt=rcpt, d=d, frm=frm, subject=subject, body=body, mailfrom=mailfrom, ip=ip, helo=helo,
                      auth_dom=dom, dkim_dom=dom, dkim_sel="s1", profile=profile,
                      msgid="<%s@geopod-ismtpd-%d>" % (b64tok(16).rstrip("=").replace("/", "_").replace("+", "-"), RNG.randint(1, 40)),
                      extra_top=[("X-SG-EID", b64tok(60)[:78]), ("X-Entity-ID", b64tok(18)[:24])])


# ================================================================= U1 Kenji Watanabe (Japan, biglobe, form case, Japanese)
K_NAME = "渡辺 健二"
K_MAIL = "kenji.watanabe@biglobe.ne.jp"
K_OLD = "kwatanabe@mail.shinonome-u.ac.jp"
K_PROF = ("biglobe.ne.jp", "mx-in01.mail.biglobe.ne.jp")
K_OPEN = T("2025-05-22 08:02:11 +0900")
K_CASE = case15(K_OPEN, "41207")
K_SUBJ = "RE:[CASE %s] %s" % (K_CASE, FORM_TAG)
K_TO = addr(K_NAME, K_MAIL, "iso-2022-jp")

# 001 acknowledgement (Japanese form)
d = plus(K_OPEN, seconds=8)
txt = """このメールは、お問い合わせフォームの送信を受けて自動的にお送りしています。

渡辺 健二 様

AWS トレーニングと認定へのお問い合わせをいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: %s
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 認定候補者 ID: AWS11920563

担当者より、原則として 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名を変更せずにこのメールへご返信ください。
同じ内容で新たにお問い合わせを作成されますと、ご回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサービス
https://aws.amazon.com/jp/training/
""" % K_CASE
html = html_wrap(html_paras(txt))
body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
raw = aws_mail(rcpt=K_MAIL, to_hdr=K_MAIL, d=d, frm=FORM_FROM, profile=K_PROF,
               subject=subj("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % K_CASE, "utf-8"),
               body=body)
emit("jp-watanabe-form-ack", raw, "case_created", K_CASE, ["AWS11920563"], True, "ja")

# 002 agent asks for the other account's details (ISO-2022-JP, plain only)
d2 = T("2025-05-23 10:41:37 +0900")
k_form = """お名前: 渡辺 健二
メールアドレス: kenji.watanabe@biglobe.ne.jp
AWS 認定候補者 ID: AWS11920563
お問い合わせの種類: 認定
詳細: アカウントの統合
内容: 学生時代に大学のメールアドレスで作成した認定アカウントがあり、そちらで Cloud Practitioner を取得しています。現在のアカウントに統合したいです。旧アカウントの候補者 ID は分かりません。"""
k2 = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
カスタマーサービス担当の小林でございます。

認定アカウントの統合についてのご依頼、承知いたしました。
ご提示いただいた候補者 ID（AWS11920563）のほかに統合対象のアカウントがあるとのことですが、
恐れ入りますが、お手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。

1. 旧アカウントへのサインインにご使用になっていたメールアドレス
2. 旧アカウントにご登録のお名前（現在のアカウントと異なる場合）
3. 統合後に残したいアカウント（存続させるアカウント）

旧アカウントの候補者 ID がご不明の場合でも、メールアドレスが分かればこちらで確認いたします。
本メールにそのままご返信ください。

どうぞよろしくお願いいたします。

小林
Amazon Web Services
トレーニングと認定 カスタマーサービス

---------- 元のお問い合わせ ----------
""" + k_form + "\n"
body = part(k2, charset="iso-2022-jp", cte="7bit")
raw = aws_mail(rcpt=K_MAIL, to_hdr=K_MAIL, d=d2, frm=FORM_FROM, profile=K_PROF, subject=K_SUBJ, body=body)
emit("jp-watanabe-agent-asks-old-login", raw, "support_reply", K_CASE, ["AWS11920563"], True, "ja")

# 003 Kenji's reply, from Sent (Thunderbird, ISO-2022-JP)
d3 = T("2025-05-23 21:12:05 +0900")
k3 = """小林様

お世話になっております。渡辺です。
ご連絡いただき、ありがとうございます。

ご質問の件、以下のとおりです。

1. 旧アカウントのサインイン用メールアドレス: kwatanabe@mail.shinonome-u.ac.jp
   （候補者 ID は、古い受験確認メールを探したところ AWS04417382 と記載がありました）
2. 登録名は同じ「Kenji Watanabe」です。
3. 残したいのは現在のアカウント（AWS11920563）です。

大学のメールアドレスは卒業時に使えなくなっており、旧アカウントにはサインインできません。
お手数をおかけしますが、よろしくお願いいたします。

--
渡辺 健二
kenji.watanabe@biglobe.ne.jp

""" + jp_quote(plus(d2, seconds=0), "Amazon Web Services", FORM_ADDR, k2)
body = part(k3, charset="iso-2022-jp", cte="7bit", extra_ct="; format=flowed")
raw = sent_mail(d=d3, frm=addr(K_NAME, K_MAIL, "iso-2022-jp"), to=FORM_FROM, subject="Re: " + K_SUBJ,
                body=body, client="jp")
emit("jp-watanabe-sent-reply-accounts", raw, "unrelated", K_CASE, ["AWS04417382", "AWS11920563"], None, "ja")

# 004 confirmation request (Shift_JIS base64 + HTML)
d4 = T("2025-05-24 11:15:52 +0900")
k4 = """渡辺 健二 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの山口と申します。
前任の小林に代わり、本件を担当させていただきます。

ご返信いただき、誠にありがとうございます。
いただいた情報をもとに確認いたしましたところ、下記の 2 つのアカウントを確認できました。

　統合元（統合後に無効となるアカウント）: AWS04417382（kwatanabe@mail.shinonome-u.ac.jp）
　統合先（存続するアカウント）　　　　　: AWS11920563（kenji.watanabe@biglobe.ne.jp）

統合元アカウントの認定資格、試験履歴および特典は、すべて統合先アカウントへ移行されます。
なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、その旨を本メールへのご返信にてお知らせいただけますでしょうか。
ご返信を確認でき次第、統合の手続きに入らせていただきます。

ご不明な点がございましたら、お気軽にお問い合わせください。

山口
Amazon Web Services
トレーニングと認定 カスタマーサービス
"""
html = html_wrap(html_paras(k4))
body = alt(part(k4, charset="shift_jis", cte="base64"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=K_MAIL, to_hdr=K_MAIL, d=d4, frm=FORM_FROM, profile=K_PROF, subject=K_SUBJ, body=body)
emit("jp-watanabe-confirm-request", raw, "merge_confirmation_requested", K_CASE,
     ["AWS04417382", "AWS11920563"], True, "ja")

# 005 completion (UTF-8 QP), quoted history in Japanese style
d5 = T("2025-05-26 15:30:14 +0900")
k5_user = """山口様

お世話になっております。渡辺です。
内容に間違いありません。統合をお願いいたします。

渡辺"""
k5 = """渡辺 健二 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの山口でございます。

お待たせいたしました。
ご依頼いただいておりましたアカウントの統合作業が、本日完了いたしました。

今後は、AWS11920563 のアカウント（kenji.watanabe@biglobe.ne.jp）で AWS 認定アカウントにサインインいただき、
取得済みの認定資格がすべて表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

このたびはお問い合わせいただき、誠にありがとうございました。
今後とも AWS トレーニングと認定をよろしくお願いいたします。

山口
Amazon Web Services

""" + jp_quote(T("2025-05-24 22:03:00 +0900"), K_NAME, K_MAIL, k5_user + "\n\n" +
               jp_quote(d4, "Amazon Web Services", FORM_ADDR, k4.split("上記の内容で")[0]))
html = html_wrap(html_paras(k5.split("\n\n" + jp_attr(T("2025-05-24 22:03:00 +0900"), K_NAME, K_MAIL))[0]) +
                 "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" +
                 html_paras(k5_user) + "</blockquote>")
body = alt(part(k5, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=K_MAIL, to_hdr=K_MAIL, d=d5, frm=FORM_FROM, profile=K_PROF, subject=K_SUBJ, body=body)
emit("jp-watanabe-merge-done", raw, "merge_completed", K_CASE, ["AWS11920563"], True, "ja")

# 006 survey (English, HTML only)
d6 = plus(d5, minutes=1, seconds=12)
sv = ("<div style=\"max-width:600px;margin:auto\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png\" width=\"80\" alt=\"AWS\">"
      "<h2>How did we do?</h2>"
      "<p>Hello,</p><p>Your case <b>%s</b> has been marked as resolved. We hope we were able to help you.</p>"
      "<p>Your feedback helps us improve. Please take a moment to tell us about your experience.</p>"
      "<p><b>Was your issue resolved?</b></p>"
      "<p><a href=\"https://survey.training.aws/s/csat?case=%s&amp;q1=yes&amp;t=%s\" style=\"padding:8px 20px;background:#ec7211;color:#fff;text-decoration:none\">YES</a>&nbsp;&nbsp;"
      "<a href=\"https://survey.training.aws/s/csat?case=%s&amp;q1=no&amp;t=%s\" style=\"padding:8px 20px;background:#545b64;color:#fff;text-decoration:none\">NO</a></p>"
      "<p>If you need further help with this request, reply to this email within 7 days and your case will be reopened.</p>"
      "<p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
      "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p></div>"
      % (K_CASE, K_CASE, hexs(32), K_CASE, hexs(32)))
body = part(html_wrap(sv), "html", cte="quoted-printable")
raw = aws_mail(rcpt=K_MAIL, to_hdr=K_MAIL, d=d6, frm=FORM_FROM, profile=K_PROF,
               subject="Your case %s has been resolved - tell us how we did" % K_CASE, body=body)
emit("jp-watanabe-survey", raw, "survey", K_CASE, [], True, "en")

# 007 Credly badge moved to the surviving account
d7 = T("2025-05-28 03:22:40 +0900")
raw = credly_mail(rcpt=K_MAIL, d=d7, profile=K_PROF, name="Kenji",
                  subject="Amazon Web Services Training and Certification sent you a new badge",
                  badge="AWS Certified Cloud Practitioner")
emit("jp-watanabe-credly-ccp", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U2 Lukas Becker (Germany, outlook.de, console case)
L_MAIL = "lukas.becker@outlook.de"
L_WORK = "lukas.becker@hartmann-logistik.de"
L_OPEN = T("2025-03-10 09:14:27 +0100")
L_CASE = case15(L_OPEN, "00563")
L_CSUBJ = "Merge two AWS Certification accounts into one"
L_RSUBJ = "RE:[CASE %s] %s" % (L_CASE, L_CSUBJ)
CONSOLE_FOOT = """
To view or update this case, or to see the full correspondence history, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
RATE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""

# 008 console case opened
d = plus(L_OPEN, seconds=21)
l_corr = """Hello,

I have two AWS Certification accounts. The first one (AWS27739104) was created by my former employer with my work email, and I passed the Developer Associate exam there. The second one (AWS30582216) is my private account with the Solutions Architect Associate.
I no longer work there, so I would like to have everything in my private account AWS30582216. Could you please merge them?

Thanks and best regards
Lukas Becker"""
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: %s

We will respond to your case as soon as possible. Please do not open a new case for the same issue, as this may delay our response.
%s""" % (L_CASE, L_CASE, L_CSUBJ, l_corr, CONSOLE_FOOT % L_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook",
               subject="Amazon Web Services: You have opened a new Support case: %s" % L_CASE, body=body)
emit("de-becker-console-case-opened", raw, "case_created", L_CASE, ["AWS27739104", "AWS30582216"], True, "en")

# 010 agent asks which account to keep + notification mail (non-native English)
d = T("2025-03-11 15:02:13 +0100")
txt = """Hello Lukas,

Greetings from AWS Training and Certification!

Hope you are doing good. This is Sai Krishna and I will be assisting you on this case.

I have gone through your request and understood that you are having two certification accounts (AWS27739104 and AWS30582216) and want to consolidate them. To take this request further, kindly help me with below details:

1. Please confirm the email address which is used for sign in on both the accounts.
2. Which notification email address you would like to keep after the process? Currently both accounts are having different notification email.
3. Please also confirm you are still having access to the work mailbox lukas.becker@hartmann-logistik.de or not.

Once I receive above information I will check internally and get back to you.

Have a nice day ahead!

Best regards,
Sai Krishna
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % L_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook", subject=L_RSUBJ, body=body)
emit("de-becker-agent-asks-details", raw, "support_reply", L_CASE, ["AWS27739104", "AWS30582216"], True, "en")

# 011 confirmation request (Dublin desk, ids written with hyphen)
d = T("2025-03-12 11:30:44 +0100")
txt = """Hello Lukas,

Thank you for getting back to us with the sign-in details.

My name is Marta and I am following up on this case on behalf of my colleague. Before we go ahead, please review the summary below carefully:

  Account to be merged (will be closed):  AWS-27739104  - sign-in lukas.becker@hartmann-logistik.de
  Account that will remain:               AWS-30582216  - sign-in lukas.becker@outlook.de

All certifications, exam history and benefits from AWS-27739104 will be moved to AWS-30582216, and the notification e-mail will be lukas.becker@outlook.de.

Please be aware that this action is permanent and cannot be reversed afterwards.

If everything above is correct, please reply to this case in the Support Center and let us know that you agree. We will not make any change to your accounts until we hear back from you.

Kind regards,
Marta O.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % L_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook", subject=L_RSUBJ, body=body)
emit("de-becker-confirm-request", raw, "merge_confirmation_requested", L_CASE, ["AWS27739104", "AWS30582216"], True, "en")

# 012 thanks for confirming, we will proceed
d = T("2025-03-12 17:48:02 +0100")
txt = """Hi Lukas,

Thank you for confirming the details so quickly.

I have now passed your request to our Certification operations team, who will carry out the change. Once the merge is complete we will update this case and you will receive an e-mail notification. This normally takes between 2 and 5 business days.

In the meantime, please do not schedule a new exam on either account, as an open appointment can delay the process.

Kind regards,
Marta O.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % L_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook", subject=L_RSUBJ, body=body)
emit("de-becker-thanks-will-proceed", raw, "support_reply", L_CASE, [], True, "en")

# 013 completion (paraphrased: consolidated)
d = T("2025-03-14 10:05:31 +0100")
txt = """Hello Lukas,

Good news: our Certification team has finished consolidating your two accounts. Your Developer - Associate and Solutions Architect - Associate certifications, together with your exam history and the 50%% exam benefit, are now all under AWS30582216.

You can sign in at https://www.aws.training/Certification with lukas.becker@outlook.de to check that everything is listed. The old work login no longer exists.

Your Credly badges will be re-issued to lukas.becker@outlook.de; please allow a few days for the e-mails from Credly.

As your request has been completed I will now mark this case as resolved. If anything looks wrong, simply reopen the case from the Support Center.

Kind regards,
Marta O.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % L_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook", subject=L_RSUBJ, body=body)
emit("de-becker-accounts-consolidated", raw, "merge_completed", L_CASE, ["AWS30582216"], True, "en")

# 014 resolution notice with rating
d = plus(d, minutes=2, seconds=7)
txt = """Hello,

We are writing to let you know that your AWS Support case %s has been resolved.

Subject: %s

If the issue has not been resolved to your satisfaction, you can reopen the case within 14 days from the AWS Support Center.

How would you rate the support you received?
  Excellent: https://support.console.aws.amazon.com/support/feedback?caseId=%s&rating=5
  Good: https://support.console.aws.amazon.com/support/feedback?caseId=%s&rating=4
  Fair: https://support.console.aws.amazon.com/support/feedback?caseId=%s&rating=3
  Poor: https://support.console.aws.amazon.com/support/feedback?caseId=%s&rating=2

Thank you for using AWS Support.

Amazon Web Services
""" % (L_CASE, L_CSUBJ, L_CASE, L_CASE, L_CASE, L_CASE)
html = html_wrap(html_paras(txt))
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="base64"))
raw = aws_mail(rcpt=L_MAIL, to_hdr=L_MAIL, d=d, frm=CONSOLE_FROM, profile="outlook",
               subject="Amazon Web Services: Your Support case %s has been resolved" % L_CASE, body=body)
emit("de-becker-case-resolved-rating", raw, "survey", L_CASE, [], True, "en")

# 015 GitHub "merged" notification (unrelated)
d = T("2025-03-14 16:41:09 +0100")
gtxt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lbecker-dev/aws-account-baseline/pull/482#event-16728840213
You are receiving this because you authored the thread.

Message ID: <lbecker-dev/aws-account-baseline/pull/482/issue_event/16728840213@github.com>
"""
ghtml = ("<p></p><p>Merged <a href=\"https://github.com/lbecker-dev/aws-account-baseline/pull/482\">#482</a> into main.</p>"
         "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"https://github.com/lbecker-dev/aws-account-baseline/pull/482#event-16728840213\">view it on GitHub</a>.<br>"
         "You are receiving this because you authored the thread.</p>")
body = alt(part(gtxt, cte="7bit"), part(ghtml, "html", cte="7bit"))
raw = other_mail(rcpt=L_MAIL, d=d, frm='"Lukas Becker" <notifications@github.com>',
                 subject="Re: [lbecker-dev/aws-account-baseline] Merge account-baseline v2: consolidate SCPs into org module (PR #482)",
                 body=body, mailfrom="noreply@github.com", ip="192.30.252.%d" % RNG.randint(200, 210),
                 helo="out-%d.smtp.github.com" % RNG.randint(20, 28), auth_dom="github.com", dkim_dom="github.com",
                 dkim_sel="pf2023", profile="outlook",
                 msgid="<lbecker-dev/aws-account-baseline/pull/482/issue_event/16728840213@github.com>",
                 to_hdr='lbecker-dev/aws-account-baseline <aws-account-baseline@noreply.github.com>',
                 extra_top=[("Cc", "Lukas Becker <lukas.becker@outlook.de>, Author <author@noreply.github.com>"),
                            ("List-ID", "lbecker-dev/aws-account-baseline <aws-account-baseline.lbecker-dev.github.com>"),
                            ("X-GitHub-Reason", "author")])
emit("de-becker-github-pr-merged", raw, "unrelated", None, [], False, "en")

# 016 Credly badge re-issued to the surviving account
d = T("2025-03-17 08:12:55 +0100")
raw = credly_mail(rcpt=L_MAIL, d=d, profile="outlook", name="Lukas",
                  subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
                  badge="AWS Certified Developer – Associate",
                  intro="Amazon Web Services Training and Certification has issued you a new badge for your achievement.")
emit("de-becker-credly-developer", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U3 Ana Carolina Souza (Brazil, Gmail, form case)
A_NAME = "Ana Carolina Souza"
A_MAIL = "anacarolina.souza@gmail.com"
A_OPEN = T("2025-07-14 13:45:02 -0300")
A_CASE = case15(A_OPEN, "70218")
A_SUBJ = "RE:[CASE %s] %s" % (A_CASE, FORM_TAG)
A_TO = addr(A_NAME, A_MAIL)
a_form = """Name: Ana Carolina Souza
Email: anacarolina.souza@gmail.com
AWS Candidate ID: aws61193075
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
Description: Hi, I have 2 certification accounts, one with my old hotmail (anacsouza@hotmail.com) where I did Cloud Practitioner in 2021, and this one with SAA and DVA. I want to join them in this one. The old ID I think is AWS58820417."""

# 016 acknowledgement
d = plus(A_OPEN, seconds=6)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification Customer Support. This is an automated message to let you know that we have received your request and a case has been created.

Case number: %s

A member of our team will review your inquiry and get back to you, typically within 24 hours. If you have additional information, simply reply to this email and keep the case number in the subject line.

Summary of your submission:
%s

Sincerely,
AWS Training and Certification Customer Support
""" % (A_CASE, a_form)
html = html_wrap(html_paras(txt))
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=A_MAIL, to_hdr=A_TO, d=d, frm=FORM_FROM, profile="gmail",
               subject="[CASE %s] %s" % (A_CASE, FORM_TAG), body=body)
emit("br-souza-form-ack", raw, "case_created", A_CASE, ["AWS58820417", "AWS61193075"], True, "en")

# 017 CertMetrics survey invitation (unrelated look-alike survey)
d = T("2025-07-15 09:03:27 -0400")
txt = """Dear Ana Carolina Souza,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. We are conducting a short survey (about 10 minutes) to learn how AWS Certification has helped your career and how we can improve our program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Thank you for your time.

AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
""" % hexs(32)
html = html_wrap(html_paras(txt), "AWS Certification")
body = alt(part(txt, cte="7bit"), part(html, "html", cte="quoted-printable"))
raw = other_mail(rcpt=A_MAIL, d=d, frm='"AWS Certification" <do-not-reply@certmetrics.com>',
                 subject="AWS Certification wants to hear from you", body=body,
                 mailfrom="bounce-%s@mail.certmetrics.com" % hexs(8), ip="149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                 helo="o%d.mail.certmetrics.com" % RNG.randint(1, 9), auth_dom="certmetrics.com", dkim_dom="certmetrics.com",
                 dkim_sel="s1", profile="gmail")
emit("br-souza-certmetrics-survey", raw, "unrelated", None, [], False, "en")

# 018 confirmation request (Cape Town desk) - plain part labelled iso-8859-1 but written in UTF-8
d18 = T("2025-07-15 10:27:40 -0300")
a18 = """Olá Ana Carolina,

Thank you for contacting AWS Training and Certification. My name is Thabo and I will be handling your request.

I was able to locate both certification profiles. Please find below how the merge will be done:

- AWS 58820417 (anacsouza@hotmail.com) - this profile will be merged into the one below and deactivated
- AWS 61193075 (anacarolina.souza@gmail.com) - this profile will be kept; all certifications will be visible here

Kindly note that once two profiles are merged, we are not able to split them again.

Could you please reply to this email to confirm that the above is correct and that you would like us to go ahead?

Regards,
Thabo M.
AWS Training and Certification Customer Support
"""
a18_full = a18 + "\n" + orig_msg("Ana Carolina Souza <anacarolina.souza@gmail.com>", A_OPEN,
                                  "aws-cs-trainingcertification-form@amazon.com",
                                  "[AWS Training and Certification Form Submission] - account-assistance", a_form)
body = part(a18_full, cte="quoted-printable", label_charset="iso-8859-1")
raw = aws_mail(rcpt=A_MAIL, to_hdr=A_TO, d=d18, frm=FORM_FROM, profile="gmail", subject=A_SUBJ, body=body)
emit("br-souza-confirm-request-mislabelled-charset", raw, "merge_confirmation_requested", A_CASE,
     ["AWS58820417", "AWS61193075"], True, "en")

# 019 Ana's confirmation, from Gmail Sent
d19 = T("2025-07-15 21:54:18 -0300")
a19 = """Hi Thabo,

Yes, the details are correct, please proceed with the merge. AWS61193075 is the one I want to keep.

Just one question: I have a 50% discount voucher from the Cloud Practitioner (old account), will I lose it after the merge?

Obrigada!
Ana Carolina
"""
plain = a19 + "\n" + gmail_quote(d18, "Amazon Web Services", FORM_ADDR, a18_full)
html = ('<div dir="ltr">' + html_paras(a19) + '</div><br>' +
        gmail_quote_html(d18, "Amazon Web Services", FORM_ADDR, a18_full))
body = alt(part(plain, cte="quoted-printable"), part(html, "html", cte="quoted-printable"),
           boundary="000000000000%s" % hexs(16))
raw = sent_mail(d=d19, frm=A_TO, to=FORM_FROM, subject="Re: " + A_SUBJ, body=body, client="gmail",
                in_reply_to=ses_msgid(d18))
emit("br-souza-sent-confirmation", raw, "unrelated", A_CASE, ["AWS61193075"], None, "en")

# 020 completion, answering the voucher question
d20 = T("2025-07-17 08:12:09 -0300")
a20 = """Olá Ana Carolina,

I hope this email finds you well.

I am happy to let you know that your two certification profiles have been merged successfully. You can now sign in with anacarolina.souza@gmail.com and you will find your Cloud Practitioner, Solutions Architect - Associate and Developer - Associate certifications under AWS61193075.

Regarding your question: benefits move together with the certifications, so the 50% exam discount from your previous profile is now available in the Benefits section of your remaining account. Please note that the voucher keeps its original expiry date.

Your Credly badge for Cloud Practitioner will be sent to the same e-mail address within the next few days.

Regards,
Thabo M.
AWS Training and Certification Customer Support

"""
plain = a20 + outlook_quote("Ana Carolina Souza <anacarolina.souza@gmail.com>", d19, FORM_ADDR, "Re: " + A_SUBJ, a19)
html = html_wrap(html_paras(a20) + "<hr>" + html_paras(outlook_quote("Ana Carolina Souza <anacarolina.souza@gmail.com>",
                                                                      d19, FORM_ADDR, "Re: " + A_SUBJ, a19, sep=False)))
body = alt(part(plain, cte="quoted-printable"), part(html, "html", cte="base64"))
raw = aws_mail(rcpt=A_MAIL, to_hdr=A_TO, d=d20, frm=FORM_FROM, profile="gmail", subject=A_SUBJ, body=body)
emit("br-souza-merged-voucher-answer", raw, "merge_completed", A_CASE, ["AWS61193075"], True, "en")

# 021 closure survey
d = plus(d20, hours=1, minutes=3)
txt = """Hello Ana Carolina Souza,

Your case %s has been closed.

We would love to hear about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?
YES: https://survey.training.aws/s/csat?case=%s&resolved=1
NO: https://survey.training.aws/s/csat?case=%s&resolved=0

How satisfied were you with the support provided by Thabo M.?
https://survey.training.aws/s/csat?case=%s&agent=1

This survey takes less than two minutes. Thank you for helping us improve.

AWS Training and Certification
""" % (A_CASE, A_CASE, A_CASE, A_CASE)
html = html_wrap(html_paras(txt).replace("YES: ", "<a style=\"background:#ec7211;color:#fff;padding:6px 14px\">YES</a> ")
                 .replace("NO: ", "<a style=\"background:#545b64;color:#fff;padding:6px 14px\">NO</a> "))
body = alt(part(txt, cte="7bit"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=A_MAIL, to_hdr=A_TO, d=d, frm=FORM_FROM, profile="gmail",
               subject="Tell us about your recent experience [CASE %s]" % A_CASE, body=body)
emit("br-souza-closure-survey", raw, "survey", A_CASE, [], True, "en")

# 022 Amazon Seller Central case (unrelated, same subject style, a "merge" of listings)
d = T("2025-07-18 14:40:51 +0000")
S_CASE = "9471036625"
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like the two detail pages for your handmade macramé plant hangers (ASIN B0CX4T7ZQ2 and ASIN B0CX4V81LM) to be combined into one variation family.

I have reviewed your request and the variation merge has been submitted to our catalog team. Please allow up to 72 hours for the change to appear on the product detail page.

We value your feedback. Please rate my answer using the links below.

Was this email helpful? Yes: https://sellercentral.amazon.com/cu/case-lobby/feedback?caseID=%s&helpful=yes

Thank you for selling on Amazon,
Renata G.
Amazon Selling Partner Support

To view your case, go to: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % (S_CASE, S_CASE)
body = alt(part(txt, cte="quoted-printable"), part(html_wrap(html_paras(txt), "Amazon Seller Central"), "html", cte="quoted-printable"))
raw = other_mail(rcpt=A_MAIL, d=d, frm='"Amazon Seller Support" <seller-notification@amazon.com>',
                 subject="RE:[CASE %s] Merge detail pages into one variation family" % S_CASE, body=body,
                 mailfrom=ses_bounce(d), ip=SES_IPS[5], helo=ses_host(SES_IPS[5]), auth_dom="amazon.com",
                 dkim_dom="amazon.com", dkim_sel="rjt5pyyjz3ez6bjaqnfvsasjnlpvv4v4", profile="gmail", msgid=ses_msgid(d))
emit("br-souza-seller-central-variation-merge", raw, "unrelated", S_CASE, [], True, "en")

# 023 Credly expiry reminder (unrelated)
d = T("2025-07-19 11:00:05 +0000")
raw = credly_mail(rcpt=A_MAIL, d=d, profile="gmail", name="Ana Carolina",
                  subject="Your AWS Certified Solutions Architect – Associate badge expires in 90 days",
                  badge="AWS Certified Solutions Architect – Associate",
                  intro="This is a reminder that your badge from Amazon Web Services Training and Certification will expire on October 18, 2025. Recertify to keep your badge active.",
                  button="Learn how to recertify")
emit("br-souza-credly-expiry-reminder", raw, "unrelated", None, [], True, "en")

# 024 Credly badge after the merge
d = T("2025-07-19 18:26:33 +0000")
raw = credly_mail(rcpt=A_MAIL, d=d, profile="gmail", name="Ana Carolina",
                  subject="Ana Carolina, your badge is ready to accept",
                  badge="AWS Certified Cloud Practitioner",
                  intro="Amazon Web Services Training and Certification has issued you a badge. Accept it to start sharing your achievement.")
emit("br-souza-credly-ccp-ready", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U4 Rohan Mehta (India, Gmail, two form cases)
R_NAME = "Rohan Mehta"
R_MAIL = "rohan.mehta.dev@gmail.com"
R_TO = addr(R_NAME, R_MAIL)
R_OPEN_A = T("2024-11-04 10:21:38 +0530")
R_CASE_A = case15(R_OPEN_A, "03117")
R_OPEN_B = T("2024-11-11 19:05:09 +0530")
R_CASE_B = case15(R_OPEN_B, "55840")
R_SUBJ = "RE:[CASE %s] %s" % (R_CASE_B, FORM_TAG)


def r_ack(case, when, form):
    txt = """Greetings from AWS Training and Certification!

We have received your query and created a case for it.

    Case ID:                 %s
    Expected first response: within 1 business day

Our support team will review the details you provided and reply to this email address. You can add information at any time by replying to this message; please keep the case ID in the subject.

What you sent us:
%s

Thank you,
AWS Training and Certification Support
https://aws.amazon.com/training/
""" % (case, form)
    html = html_wrap("<h3>Greetings from AWS Training and Certification!</h3>" + html_paras(txt.split("\n", 2)[2]))
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    return aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=plus(when, seconds=RNG.randint(4, 15)), frm=FORM_FROM, profile="gmail",
                    subject="[CASE %s] %s" % (case, FORM_TAG), body=body)


# 025 first case acknowledged (never answered)
raw = r_ack(R_CASE_A, R_OPEN_A, """  Candidate ID: AWS73318850
  Inquiry: Certification / Account Merge
  Details: I have an older certification account from my previous company (AWS 70045126). Please merge it with my current account.""")
emit("in-mehta-form-ack-first-case", raw, "case_created", R_CASE_A, ["AWS70045126", "AWS73318850"], True, "en")

# 026 second case a week later
raw = r_ack(R_CASE_B, R_OPEN_B, """  Candidate ID: AWS73318850
  Inquiry: Certification / Account Merge
  Details: Raised a request last week (case 173069589803117) but no reply till now. Requesting again to merge my old account AWS-70045126 into AWS73318850. Notification email: rohan.mehta.dev@gmail.com""")
emit("in-mehta-form-ack-second-case", raw, "case_created", R_CASE_B, ["AWS70045126", "AWS73318850"], True, "en")

# 027 agent on case B: duplicate closed, asks login e-mails
d27 = T("2024-11-12 14:33:20 +0530")
txt = """Dear Rohan,

Thank you for contacting AWS Training and Certification and for your patience.

I can see that you had raised case %s for the same request on 4 November. Please accept my apologies that you did not hear back from us: that request was submitted without a notification e-mail address, so our reply could not be delivered. I have closed the earlier case as a duplicate and will continue to assist you on this case only. In future, kindly avoid opening a new case for the same request, as multiple cases can delay the response.

To move forward, could you please share the following:

  a) the e-mail address you use to sign in to AWS70045126 (older account)
  b) the e-mail address you use to sign in to AWS73318850
  c) confirmation of the full name registered on both accounts

Looking forward to your response.

Warm regards,
Deepak S.
AWS Training and Certification Customer Service
""" % R_CASE_A
body = alt(part(txt, cte="quoted-printable"), part(html_wrap(html_paras(txt)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=d27, frm=FORM_FROM, profile="gmail", subject=R_SUBJ, body=body)
emit("in-mehta-agent-duplicate-closed-asks-emails", raw, "support_reply", R_CASE_B, ["AWS70045126", "AWS73318850"], True, "en")

# 028 phishing from a look-alike domain about the merge (dmarc passes for the wrong domain)
d = T("2024-11-13 03:17:45 +0000")
txt = """Dear Candidate,

We have received a request to merge the AWS Certification accounts registered to rohan.mehta.dev@gmail.com.

Before the merge can be completed, you must confirm which account will remain active and verify your identity. Please review and confirm the merge within 24 hours:

CONFIRM ACCOUNT MERGE: https://aws-training-verify.com/candidate/merge/confirm?token=%s

If you do not confirm, both certification accounts will be suspended and your certifications may be revoked.

AWS Certification Team
Amazon Web Services
""" % hexs(40)
html = html_wrap(html_paras(txt).replace("CONFIRM ACCOUNT MERGE: ", '<a style="background:#ff9900;color:#000;padding:10px 18px;font-weight:bold" href="https://aws-training-verify.com/candidate/merge/confirm">CONFIRM ACCOUNT MERGE</a><br>'))
body = alt(part(txt, cte="7bit"), part(html, "html", cte="base64"))
raw = other_mail(rcpt=R_MAIL, d=d, frm='"AWS Certification Team" <certification@aws-training-verify.com>',
                 subject="Action required: confirm your certification account merge", body=body,
                 mailfrom="bounce@mail.aws-training-verify.com", ip="185.224.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                 helo="mail.aws-training-verify.com", auth_dom="aws-training-verify.com", dkim_dom="aws-training-verify.com",
                 dkim_sel="default", profile="gmail", to_hdr="undisclosed-recipients:;")
emit("in-mehta-phish-lookalike-confirm-merge", raw, "merge_confirmation_requested", None, [], False, "en")

# 029 genuine confirmation request
d29 = T("2024-11-14 11:02:57 +0530")
r29 = """Dear Rohan,

Thank you for sharing the details.

As per our verification, below are the accounts that will be merged:

  Source account (will be deactivated): AWS70045126 - r.mehta@infotech-solns.com
  Destination account (will be retained): AWS73318850 - rohan.mehta.dev@gmail.com

After the merge, all certifications, transcripts and exam benefits will be available under AWS73318850 only. Kindly note that the merge is irreversible.

Request you to reply to this e-mail with your confirmation so that we can initiate the merge.

Warm regards,
Deepak S.
AWS Training and Certification Customer Service
"""
body = alt(part(r29, cte="quoted-printable"), part(html_wrap(html_paras(r29)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=d29, frm=FORM_FROM, profile="gmail", subject=R_SUBJ, body=body)
emit("in-mehta-confirm-request", raw, "merge_confirmation_requested", R_CASE_B, ["AWS70045126", "AWS73318850"], True, "en")

# 030 chaser (does not restate the accounts)
d30 = T("2024-11-18 10:15:41 +0530")
r30 = """Dear Rohan,

This is a gentle follow-up on my e-mail below. We have not yet received a response from you.

Please reply to this e-mail at your earliest convenience so that we can take your request forward. If we do not hear from you within 3 business days, this case will be closed automatically; you can reopen it simply by replying within 14 days.

Warm regards,
Deepak S.
AWS Training and Certification Customer Service

"""
r30_full = r30 + "-----Original Message-----\nFrom: Amazon Web Services\nSent: 14 November 2024 11:02\nTo: rohan.mehta.dev@gmail.com\nSubject: " + R_SUBJ + "\n\n" + q_prefix(r29) + "\n"
body = part(r30_full, cte="quoted-printable")
raw = aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=d30, frm=FORM_FROM, profile="gmail", subject=R_SUBJ, body=body)
emit("in-mehta-chaser-no-response", raw, "support_reply", R_CASE_B, [], True, "en")

# 031 Rohan's confirmation from Sent (Gmail mobile), nested quotes
d31 = T("2024-11-18 22:40:12 +0530")
r31 = """Hi Deepak,

Sorry for the delay, I was travelling. Confirmed - please merge aws70045126 into aws73318850.

One more thing, I have an exam (SysOps Administrator) booked on 2 Dec under aws73318850. Will that be affected?

Thanks,
Rohan

Sent from Gmail Mobile
"""
plain = r31 + "\n" + gmail_quote(d30, "Amazon Web Services", FORM_ADDR, r30_full)
body = alt(part(plain, cte="quoted-printable"),
           part('<div dir="auto">' + html_paras(r31) + '</div><br>' + gmail_quote_html(d30, "Amazon Web Services", FORM_ADDR, r30_full), "html", cte="quoted-printable"),
           boundary="000000000000%s" % hexs(16))
raw = sent_mail(d=d31, frm=R_TO, to=FORM_FROM, subject="Re: " + R_SUBJ, body=body, client="gmail", in_reply_to=ses_msgid(d30))
emit("in-mehta-sent-confirm-with-exam-question", raw, "unrelated", R_CASE_B, ["AWS70045126", "AWS73318850"], None, "en")

# 032 completion, answers the exam question; quotes Rohan Outlook-style
d32 = T("2024-11-20 16:48:05 +0530")
r32 = """Dear Rohan,

Thank you for your confirmation.

We have successfully merged your certification accounts. Going forward, please use AWS73318850 (rohan.mehta.dev@gmail.com) for signing in; all your certifications and exam history are now visible under this account.

Your upcoming SysOps Administrator appointment on 2 December is not affected by the merge and remains scheduled as it is.

Warm regards,
Deepak S.
AWS Training and Certification Customer Service

"""
plain = r32 + outlook_quote("Rohan Mehta <rohan.mehta.dev@gmail.com>", d31, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Re: " + R_SUBJ, r31)
body = alt(part(plain, cte="quoted-printable"), part(html_wrap(html_paras(plain)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=d32, frm=FORM_FROM, profile="gmail", subject=R_SUBJ, body=body)
emit("in-mehta-merge-done", raw, "merge_completed", R_CASE_B, ["AWS73318850"], True, "en")

# 033 survey, HTML only
d = plus(d32, minutes=40)
sv = ("<table width=\"100%%\" style=\"max-width:640px\"><tr><td style=\"background:#232f3e;padding:14px\"><span style=\"color:#fff;font-size:18px\">AWS Training and Certification</span></td></tr>"
      "<tr><td style=\"padding:20px\"><p>Dear Rohan,</p><p>Thank you for contacting us. Your case <b>%s</b> is now closed.</p>"
      "<p>On a scale of 1 to 5, how would you rate the service provided by <b>Deepak S.</b>?</p><p>%s</p>"
      "<p>Did we resolve your issue? <a href=\"https://survey.training.aws/r?c=%s&amp;y=1\">Yes</a> | <a href=\"https://survey.training.aws/r?c=%s&amp;y=0\">No</a></p>"
      "<p style=\"font-size:11px;color:#777\">Please do not reply to this message. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></td></tr></table>"
      % (R_CASE_B, " ".join("<a href=\"https://survey.training.aws/r?c=%s&amp;s=%d\">%d</a>" % (R_CASE_B, i, i) for i in range(1, 6)), R_CASE_B, R_CASE_B))
body = part(html_wrap(sv), "html", cte="base64")
raw = aws_mail(rcpt=R_MAIL, to_hdr=R_MAIL, d=d, frm=FORM_FROM, profile="gmail",
               subject="We'd love your feedback on case %s" % R_CASE_B, body=body)
emit("in-mehta-feedback-request", raw, "survey", R_CASE_B, [], True, "en")

# 034 Credly badge
d = T("2024-11-22 05:51:10 +0000")
raw = credly_mail(rcpt=R_MAIL, d=d, profile="gmail", name="Rohan",
                  subject="You've been issued a badge by Amazon Web Services Training and Certification",
                  badge="AWS Certified Solutions Architect – Associate")
emit("in-mehta-credly-saa", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U5 Chinedu Okafor (Nigeria, Yahoo, console case)
C_MAIL = "chinedu.okafor@yahoo.com"
C_PROF = ("atlas212.free.mail.gq1.yahoo.com", "mta4032.mail.gq1.yahoo.com")
C_OPEN = T("2025-09-02 08:48:55 +0100")
C_CASE = case15(C_OPEN, "17342")
C_CSUBJ = "Request to merge duplicate AWS Certification accounts"
C_RSUBJ = "RE:[CASE %s] %s" % (C_CASE, C_CSUBJ)

# 035 console case opened
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Good day,

Please I have two AWS Certification accounts: AWS81275530 (registered with my former office mail c.okafor@lagosfintech.ng) and AWS84409961 (registered with chinedu.okafor@yahoo.com). I no longer have access to the office mail. Kindly merge both into AWS84409961.

Thank you.
Chinedu Okafor
%s""" % (C_CASE, C_CASE, C_CSUBJ, CONSOLE_FOOT % C_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=plus(C_OPEN, seconds=17), frm=CONSOLE_FROM, profile=C_PROF,
               subject="Amazon Web Services: You have opened a new Support case: %s" % C_CASE, body=body)
emit("ng-okafor-console-case-opened", raw, "case_created", C_CASE, ["AWS81275530", "AWS84409961"], True, "en")

# 036 status update: working on it
d = T("2025-09-03 13:20:18 +0100")
txt = """Hello Chinedu,

Thanks for reaching out to AWS Support. My name is Aidan and I'll be looking after your case.

I've reviewed the information you provided and I've engaged our Certification team, who are the ones able to make changes to certification accounts. They are currently reviewing both accounts. I'll be back in touch as soon as I hear from them, typically within 2-3 business days.

There is no action required from you at this time.

Best regards,
Aidan R.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % C_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=d, frm=CONSOLE_FROM, profile=C_PROF, subject=C_RSUBJ, body=body)
emit("ng-okafor-status-engaged-team", raw, "support_reply", C_CASE, [], True, "en")

# 037 another console case of the same user: service quota (unrelated)
Q_OPEN = T("2025-09-04 10:02:31 +0100")
Q_CASE = case15(Q_OPEN, "80921")
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: EU (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load testing for payments API before Q4 release.
%s""" % (Q_CASE, Q_CASE, CONSOLE_FOOT % Q_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=plus(Q_OPEN, seconds=12), frm=CONSOLE_FROM, profile=C_PROF,
               subject="Amazon Web Services: You have opened a new Support case: %s" % Q_CASE, body=body)
emit("ng-okafor-other-case-ec2-quota", raw, "unrelated", Q_CASE, [], True, "en")

# 038 confirmation request
d = T("2025-09-05 16:07:44 +0100")
txt = """Hello Chinedu,

Thank you for your patience while our Certification team reviewed your accounts.

They have verified that both accounts belong to you. Here is what will happen:

 * AWS81275530 (c.okafor@lagosfintech.ng) will be folded into your other account and then closed.
 * AWS84409961 (chinedu.okafor@yahoo.com) will stay active and will hold all of your certifications, exam history and benefits.

This cannot be undone once it is done.

Can you please let us know, by replying to this case in the Support Center, that you are happy for us to go ahead on this basis?

Best regards,
Aidan R.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % C_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=d, frm=CONSOLE_FROM, profile=C_PROF, subject=C_RSUBJ, body=body)
emit("ng-okafor-confirm-request", raw, "merge_confirmation_requested", C_CASE, ["AWS81275530", "AWS84409961"], True, "en")

# 039 completed
d = T("2025-09-08 11:41:02 +0100")
txt = """Hello Chinedu,

Thank you for confirming.

I'm pleased to let you know that our Certification team has combined your accounts. From now on you only need to sign in with chinedu.okafor@yahoo.com: your Solutions Architect - Associate and Security - Specialty certifications are both showing under AWS84409961, and the account linked to your former office mail has been retired.

If you notice anything missing, just reply to this case.

Best regards,
Aidan R.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % C_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=d, frm=CONSOLE_FROM, profile=C_PROF, subject=C_RSUBJ, body=body)
emit("ng-okafor-accounts-combined", raw, "merge_completed", C_CASE, ["AWS84409961"], True, "en")

# 040 rating request
d = T("2025-09-08 11:58:30 +0100")
txt = """Hello,

Your recent AWS Support case has been closed.

Case ID: %s
Subject: %s

Please take a moment to rate your support experience. Your feedback helps us improve.

Rate this case: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en&feedback=true

   Very satisfied  -  Satisfied  -  Neutral  -  Dissatisfied  -  Very dissatisfied

Thank you,
Amazon Web Services
""" % (C_CASE, C_CSUBJ, C_CASE)
html = html_wrap(html_paras(txt))
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=d, frm=CONSOLE_FROM, profile=C_PROF,
               subject="Amazon Web Services: Please rate your Support experience (Case %s)" % C_CASE, body=body)
emit("ng-okafor-rate-experience", raw, "survey", C_CASE, [], True, "en")

# 041 case reopened about Credly badges: status update
d = T("2025-09-12 09:14:51 +0100")
txt = """Hello Chinedu,

Thank you for reopening the case and sorry about the inconvenience.

I checked with the Certification team. The account merge itself is fine, but your two Credly badges are still linked to your old Credly profile (c.okafor@lagosfintech.ng), which is why they are not showing in your current Credly wallet. Badges are not always moved automatically with the accounts.

I have asked the team to re-issue both badges to chinedu.okafor@yahoo.com. You should receive an e-mail from Credly within 3-5 business days asking you to accept them. I will keep this case open until you confirm you have received them.

Best regards,
Aidan R.
Amazon Web Services
%s%s""" % (RATE_FOOT, CONSOLE_FOOT % C_CASE)
body = part(txt, cte="quoted-printable")
raw = aws_mail(rcpt=C_MAIL, to_hdr=C_MAIL, d=d, frm=CONSOLE_FROM, profile=C_PROF, subject=C_RSUBJ, body=body)
emit("ng-okafor-reopened-credly-reissue", raw, "support_reply", C_CASE, [], True, "en")

# 042 Credly badges re-issued
d = T("2025-09-15 14:30:08 +0000")
raw = credly_mail(rcpt=C_MAIL, d=d, profile=C_PROF, name="Chinedu",
                  subject="Your AWS Certified Security – Specialty badge is ready",
                  badge="AWS Certified Security – Specialty",
                  intro="Amazon Web Services Training and Certification has issued you a badge. It has been added to your Credly account linked to chinedu.okafor@yahoo.com.",
                  extra_html="<p>Also issued: AWS Certified Solutions Architect – Associate</p>")
emit("ng-okafor-credly-security-specialty", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U6 Magdalena Nowak (Poland, Office 365, form case)
M_NAME = "Magdalena Nowak"
M_MAIL = "magdalena.nowak@vistula-data.pl"
M_TO = addr(M_NAME, M_MAIL)
M_OPEN = T("2025-01-20 12:06:40 +0100")
M_CASE = case15(M_OPEN, "06612")
M_SUBJ = "RE:[CASE %s] %s" % (M_CASE, FORM_TAG)
M_SIG = """Z poważaniem / Kind regards
Magdalena Nowak
Senior Data Engineer | Vistula Data Sp. z o.o.
ul. Piotrkowska 120, 90-006 Łódź
tel. +48 42 555 01 87"""

# 043 acknowledgement (short template)
txt = """Hello Magdalena Nowak,

We have received your message and opened case %s.

Our Training and Certification team aims to answer every request within 24 hours. You don't need to do anything else right now - we will write to you at this e-mail address. Please don't submit the form again for the same request; just reply to this e-mail if you want to add something.

Your request: Certification - Account Merge
Candidate ID provided: AWS12075598

AWS Training and Certification
""" % M_CASE
html = html_wrap('<div style="border-top:4px solid #ff9900;padding:16px">' + html_paras(txt) + "</div>")
body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
raw = aws_mail(rcpt=M_MAIL, to_hdr=M_TO, d=plus(M_OPEN, seconds=9), frm=FORM_FROM, profile="outlook",
               subject="We received your request - case %s" % M_CASE, body=body)
emit("pl-nowak-form-ack", raw, "case_created", M_CASE, ["AWS12075598"], True, "en")

# 044 agent asks reason + which account to keep
d44 = T("2025-01-21 10:52:19 +0100")
m44 = """Dear Magdalena,

Thank you for contacting AWS Training and Certification.

I have found a second certification account under your name, AWS-19983347, registered with m.nowak@vistula-data.pl. Before I can raise the merge request I need a few more details from you:

 - Could you tell us briefly why two accounts were created? (for example a new employer, a typo in the e-mail, an account created by a training partner)
 - Which of the two accounts would you like to keep: AWS-12075598 or AWS-19983347?
 - Do you still have access to both mailboxes?

Kind regards,
Ewelina K.
AWS Training and Certification Customer Support
"""
body = alt(part(m44, cte="quoted-printable"), part(html_wrap(html_paras(m44)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=M_MAIL, to_hdr=M_TO, d=d44, frm=FORM_FROM, profile="outlook", subject=M_SUBJ, body=body)
emit("pl-nowak-agent-asks-reason-and-keep", raw, "support_reply", M_CASE, ["AWS12075598", "AWS19983347"], True, "en")

# 045 Magdalena's answer from Outlook Sent Items; plain part labelled iso-8859-2 but bytes are UTF-8
d45 = T("2025-01-21 15:20:47 +0100")
m45 = """Dear Ewelina,

Thank you for the quick answer.

The second account was created by our training partner when they booked a Data Engineer exam for me in 2024 - they used the short alias m.nowak@vistula-data.pl, which goes to the same mailbox, so yes, I have access to both addresses.

Please keep AWS12075598, it is the older one and has my four certifications.

""" + M_SIG + "\n\n"
m45_full = m45 + outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", d44,
                               "Magdalena Nowak <magdalena.nowak@vistula-data.pl>", M_SUBJ, m44,
                               sentfmt=d44.strftime("%A, %B %-d, %Y %-I:%M %p"))
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div class="WordSection1" style="font-family:Aptos,sans-serif;font-size:11pt">' + html_paras(m45) +
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>'
        '<b>Sent:</b> ' + d44.strftime("%A, %B %-d, %Y %-I:%M %p") + '<br><b>To:</b> Magdalena Nowak &lt;magdalena.nowak@vistula-data.pl&gt;<br>'
        '<b>Subject:</b> ' + esc(M_SUBJ) + '</font><div>&nbsp;</div></div>' + html_paras(m44) + '</div></body></html>')
body = alt(part(m45_full, cte="quoted-printable", label_charset="iso-8859-2"), part(html, "html", cte="quoted-printable"),
           boundary="_000_%sVI1PR03MB8964eurp_" % hexs(28).upper())
raw = sent_mail(d=d45, frm=M_TO, to=FORM_FROM, subject="RE: " + M_SUBJ, body=body, client="outlook",
                in_reply_to=ses_msgid(d44))
emit("pl-nowak-sent-reply-outlook-wrong-charset", raw, "unrelated", M_CASE, ["AWS12075598"], None, "en")

# 046 confirmation request with nested quoting
d46 = T("2025-01-22 09:31:05 +0100")
m46 = """Dear Magdalena,

Thank you for the explanation, that makes sense.

Please review the merge below:

   Merge FROM: AWS19983347 (m.nowak@vistula-data.pl) - this account will no longer exist afterwards
   Merge INTO: AWS12075598 (magdalena.nowak@vistula-data.pl) - this account stays

Your Data Engineer - Associate certification from AWS19983347 will be added to AWS12075598 together with the other four. A merge cannot be reversed, so please check the details carefully.

If you agree, simply reply "I confirm" to this e-mail and I will submit the request.

Kind regards,
Ewelina K.
AWS Training and Certification Customer Support

"""
plain = m46 + "> " + ("From: Magdalena Nowak <magdalena.nowak@vistula-data.pl>\nSent: " + d45.strftime("%d/%m/%Y %H:%M") +
                      "\nSubject: RE: " + M_SUBJ + "\n\n" + m45.strip("\n") + "\n\n" +
                      q_prefix(m44)).replace("\n", "\n> ") + "\n"
body = part(plain, cte="quoted-printable")
raw = aws_mail(rcpt=M_MAIL, to_hdr=M_TO, d=d46, frm=FORM_FROM, profile="outlook", subject=M_SUBJ, body=body)
emit("pl-nowak-confirm-request-nested-quotes", raw, "merge_confirmation_requested", M_CASE,
     ["AWS12075598", "AWS19983347"], True, "en")

# 047 thanks for confirming, we will now proceed
d47 = T("2025-01-23 08:05:58 +0100")
m47 = """Dear Magdalena,

Thank you for confirming. I have now submitted the request and we will proceed with combining the two accounts.

Once the merge is complete you will get a confirmation from us on this case. Until then you can keep using your usual sign-in; there is no need to take any other action.

Kind regards,
Ewelina K.
AWS Training and Certification Customer Support

"""
plain = m47 + orig_msg("Magdalena Nowak <magdalena.nowak@vistula-data.pl>", T("2025-01-22 11:02:00 +0100"),
                       FORM_ADDR, "RE: " + M_SUBJ, "I confirm.\n\n" + M_SIG)
body = alt(part(plain, cte="quoted-printable"), part(html_wrap(html_paras(plain)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=M_MAIL, to_hdr=M_TO, d=d47, frm=FORM_FROM, profile="outlook", subject=M_SUBJ, body=body)
emit("pl-nowak-thanks-proceeding", raw, "support_reply", M_CASE, [], True, "en")

# 048 completion that also closes the case
d48 = T("2025-01-24 14:22:37 +0100")
m48 = """Dear Magdalena,

Your accounts are now merged: AWS12075598 holds all five of your certifications, including Data Engineer - Associate. You can verify this on the Certification page of your account.

As the request is fulfilled, I am closing this case. If you are happy with the help you received, we would appreciate it if you could take the short survey that will follow.

Kind regards,
Ewelina K.
AWS Training and Certification Customer Support
"""
body = alt(part(m48, cte="quoted-printable"), part(html_wrap(html_paras(m48)), "html", cte="quoted-printable"))
raw = aws_mail(rcpt=M_MAIL, to_hdr=M_TO, d=d48, frm=FORM_FROM, profile="outlook", subject=M_SUBJ, body=body)
emit("pl-nowak-merged-and-closing", raw, "merge_completed", M_CASE, ["AWS12075598"], True, "en")

# 049 Pearson VUE appointment (unrelated, carries the candidate id)
d = T("2025-01-27 19:44:10 +0000")
txt = """Dear Magdalena Nowak,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Tuesday, February 18, 2025
Time: 09:00 AM CET
Location: OnVUE online proctored
Candidate ID: AWS12075598
Registration ID: 517330294

Please check in 30 minutes before your appointment. Make sure you have run the system test on the computer you will use.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
body = alt(part(txt, cte="quoted-printable"), part(html_wrap(html_paras(txt), "Pearson VUE"), "html", cte="quoted-printable"))
raw = other_mail(rcpt=M_MAIL, d=d, frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
                 subject="Pearson VUE Confirmation of Booking", body=body,
                 mailfrom="bounce@notifications.pearson.com", ip="198.2.%d.%d" % (RNG.randint(128, 190), RNG.randint(1, 250)),
                 helo="mail%d.notifications.pearson.com" % RNG.randint(1, 9), auth_dom="pearson.com", dkim_dom="pearson.com",
                 dkim_sel="k1", profile="outlook")
emit("pl-nowak-pearson-vue-booking", raw, "unrelated", None, ["AWS12075598"], False, "en")

# 050 Credly's own self-service account merge code (unrelated)
d = T("2025-01-28 07:10:44 +0000")
txt = """Hi Magdalena,

We received a request to merge the Credly account m.nowak@vistula-data.pl into your account magdalena.nowak@vistula-data.pl.

Your verification code is: 739204

Enter this code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?code=739204&t=%s

If you did not request this, you can ignore this email.

The Credly Team
""" % hexs(24)
html = html_wrap(html_paras(txt), "Credly")
body = alt(part(txt, cte="7bit"), part(html, "html", cte="quoted-printable"))
raw = other_mail(rcpt=M_MAIL, d=d, frm='"Credly" <admin@credly.com>', subject="Verify your account merge request",
                 body=body, mailfrom="bounces+%d-%s-magdalena.nowak=vistula-data.pl@em.credly.com" % (RNG.randint(10**6, 10**7), hexs(4)),
                 ip="167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(1, 250)), helo="o3.em.credly.com",
                 auth_dom="credly.com", dkim_dom="credly.com", dkim_sel="s1", profile="outlook")
emit("pl-nowak-credly-self-merge-code", raw, "unrelated", None, [], True, "en")

# 051 Credly badge for the merged certification
d = T("2025-01-29 12:03:19 +0000")
raw = credly_mail(rcpt=M_MAIL, d=d, profile="outlook", name="Magdalena",
                  subject="Amazon Web Services Training and Certification sent you a new badge",
                  badge="AWS Certified Data Engineer – Associate")
emit("pl-nowak-credly-data-engineer", raw, "credly_badge_issued", None, [], True, "en")

# ================================================================= U7 Yuki Tanaka (Japan, nifty, 2023 console case, 11-digit id)
Y_NAME = "田中 優希"
Y_MAIL = "yuki.tanaka@mbr.nifty.com"
Y_PROF = ("nifty.com", "mx-a.mail.nifty.com")
Y_OPEN = T("2023-03-14 20:33:12 +0900")
Y_CASE = "12318864021"
Y_CSUBJ = "認定アカウントの統合について"
Y_RSUBJ = subj("RE:[CASE %s] %s" % (Y_CASE, Y_CSUBJ), "iso-2022-jp")
JP_FOOT = """
このケースを表示または更新するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

注: このメールは送信専用のアドレスから送信されています。このメールにご返信いただいても対応できませんので、同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配布されたものです。
"""

# 052 console case opened (Japanese template)
txt = """AWS のお客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
やり取り: お世話になっております。
AWS 認定のアカウントが 2 つあります（AWS33019847 と AWS35562190）。
前職の会社のメールアドレスで作成したものと、個人のメールアドレスで作成したものです。
個人のほうの AWS35562190 にまとめていただくことは可能でしょうか。
よろしくお願いいたします。
田中
%s""" % (Y_CASE, Y_CASE, Y_CSUBJ, JP_FOOT % Y_CASE)
body = part(txt, cte="base64")
raw = aws_mail(rcpt=Y_MAIL, to_hdr=Y_MAIL, d=plus(Y_OPEN, seconds=14), frm=CONSOLE_FROM, profile=Y_PROF,
               subject=subj("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % Y_CASE, "iso-2022-jp"), body=body)
emit("jp-tanaka-console-case-opened-2023", raw, "case_created", Y_CASE, ["AWS33019847", "AWS35562190"], True, "ja")

# 053 confirmation request (ISO-2022-JP)
d = T("2023-03-15 17:48:26 +0900")
txt = """田中 優希 様

AWS サポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定チームにて確認いたしましたところ、以下のとおり統合が可能でございます。

■ 統合されるアカウント（統合後に削除されます）
　AWS 33019847
■ 統合後に残るアカウント
　AWS 35562190

統合後は、AWS 33019847 で取得された認定資格および受験履歴が、すべて AWS 35562190 に引き継がれます。
なお、この操作は取り消すことができません。

上記の内容で問題がなければ、お手数ですがサポートセンターから本ケースにご返信いただき、統合に同意される旨をお知らせください。
ご返信を確認した後に、作業を開始させていただきます。

引き続きよろしくお願いいたします。

中村
Amazon Web Services
%s""" % (JP_FOOT % Y_CASE)
body = part(txt, charset="iso-2022-jp", cte="7bit")
raw = aws_mail(rcpt=Y_MAIL, to_hdr=Y_MAIL, d=d, frm=CONSOLE_FROM, profile=Y_PROF, subject=Y_RSUBJ, body=body)
emit("jp-tanaka-confirm-request-iso2022jp", raw, "merge_confirmation_requested", Y_CASE, ["AWS33019847", "AWS35562190"], True, "ja")

# 054 completion (UTF-8 base64 + HTML)
d = T("2023-03-17 11:05:40 +0900")
txt = """田中 優希 様

いつもお世話になっております。AWS サポートの中村でございます。

ご同意いただき、ありがとうございました。
お待たせいたしましたが、認定チームにてアカウントの統合作業を完了いたしました。

現在、取得済みの認定資格はすべて AWS35562190 に表示されております。
今後は個人のメールアドレスでサインインしてご利用ください。

他にご不明な点がございましたら、本ケースにご返信ください。

中村
Amazon Web Services
%s""" % (JP_FOOT % Y_CASE)
body = alt(part(txt, cte="base64"), part(html_wrap(html_paras(txt)), "html", cte="base64"))
raw = aws_mail(rcpt=Y_MAIL, to_hdr=Y_MAIL, d=d, frm=CONSOLE_FROM, profile=Y_PROF, subject=Y_RSUBJ, body=body)
emit("jp-tanaka-merge-completed", raw, "merge_completed", Y_CASE, ["AWS35562190"], True, "ja")

# 055 Japanese phishing: spoofed amazon.com, topmost AR dmarc=fail, forged lower AR claims pass
d = T("2023-03-18 02:14:09 +0900")
ph = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<div style="max-width:600px;margin:auto;font-family:'Meiryo',sans-serif">
<p style="background:#232f3e;color:#fff;padding:10px">Amazon Web Services</p>
<p>AWS 認定をご利用のお客様</p>
<p>お客様の AWS 認定アカウントの統合が完了いたしました。</p>
<p>統合後のアカウントを有効にするため、72 時間以内に下記のリンクからサインインし、ご本人様確認を完了してください。<br>
期限内に確認が完了しない場合、保有されている認定資格が失効する場合がございます。</p>
<p><a href="http://aws-certify-jp.com/signin/verify?u=%s" style="background:#ff9900;color:#000;padding:8px 16px">サインインして確認する</a></p>
<p>今後とも Amazon Web Services をよろしくお願いいたします。</p>
<p style="font-size:11px;color:#888">このメールは送信専用です。</p>
</div></body></html>
""" % hexs(16)
body = part(ph, "html", charset="shift_jis", cte="base64")
pip = "45.%d.%d.%d" % (RNG.randint(60, 90), RNG.randint(1, 250), RNG.randint(1, 250))
kt = "mail-kt%d.xsrv.jp" % RNG.randint(10, 99)
trace = [("Return-Path", "<info@%s>" % kt),
         ("Received", "from %s ([%s])\n\tby mx-a.mail.nifty.com with ESMTP id %s\n\tfor <%s>; %s"
          % (kt, pip, hexs(10).upper(), Y_MAIL, rfc(plus(d, seconds=4)))),
         ("Authentication-Results", "nifty.com;\n\tspf=softfail smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=fail (p=quarantine) header.from=amazon.com" % kt),
         ("Received", "from localhost (unknown [%s])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (pip, kt, hexs(9).upper(), rfc(d))),
         ("Authentication-Results", "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")]
top = [("Date", rfc(d)), ("From", '"Amazon Web Services" <no-reply-aws@amazon.com>'), ("To", Y_MAIL),
       ("Message-ID", "<%s@amazon.com>" % hexs(24)),
       ("Subject", subj("【重要】AWS 認定アカウント統合完了のお知らせ（要確認）", "iso-2022-jp")),
       ("X-Mailer", "PHPMailer 6.1.4")]
raw = assemble(body, trace, top)
emit("jp-tanaka-phish-spoofed-merge-complete", raw, "merge_completed", None, [], False, "ja")

# 056 Credly badge
d = T("2023-03-20 09:41:57 +0000")
raw = credly_mail(rcpt=Y_MAIL, d=d, profile=Y_PROF, name="Yuki",
                  subject="Yuki, you earned a badge from Amazon Web Services Training and Certification",
                  badge="AWS Certified Database – Specialty")
emit("jp-tanaka-credly-database", raw, "credly_badge_issued", None, [], True, "en")


# ================================================================= U8 Liam Harris (Australia, Fastmail, 2020, 10-digit id)
H_MAIL = "liam@harris.id.au"
H_TO = addr("Liam Harris", H_MAIL)
H_OPEN = T("2020-08-18 09:12:40 +1000")
H_CASE = "7284619051"
H_SUBJ = "RE: [CASE %s] Account Merge Request" % H_CASE

# 057 acknowledgement (2020 template)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

Your case ID is %s. A member of our team will respond within 1-2 business days. Please reference this case ID in any future communication about this request.

Sincerely,
AWS Training and Certification
""" % H_CASE
body = part(txt, cte="7bit")
raw = aws_mail(rcpt=H_MAIL, to_hdr=H_MAIL, d=plus(H_OPEN, seconds=31), frm=FORM_FROM, profile="fastmail",
               subject="AWS Training and Certification: Case %s received" % H_CASE, body=body)
emit("au-harris-2020-ack", raw, "case_created", H_CASE, [], True, "en")

# 058 confirmation request
d58 = T("2020-08-19 08:03:17 +1000")
h58 = """Hi Liam,

Thanks for getting in touch.

I found both of the accounts you mentioned. To confirm, this is what we would do:

- keep account AWS02214786 (liam@harris.id.au) as your primary account
- move everything from account AWS01553927 (liam.harris@kestrelconsulting.com.au) into it, after which AWS01553927 is closed

Please note we can't undo a merge once it's completed.

Can you reply to this email and confirm you'd like us to go ahead?

Cheers,
Sean
AWS Training and Certification
"""
body = part(h58, cte="quoted-printable")
raw = aws_mail(rcpt=H_MAIL, to_hdr=H_TO, d=d58, frm=FORM_FROM, profile="fastmail", subject=H_SUBJ, body=body)
emit("au-harris-2020-confirm-request", raw, "merge_confirmation_requested", H_CASE, ["AWS01553927", "AWS02214786"], True, "en")

# 059 completion; quotes Liam's Apple Mail reply inside an Original Message block
d59 = T("2020-08-21 10:27:45 +1000")
h59_user = """Hi Sean,

Yep, that's all correct - go ahead.

Cheers,
Liam

""" + "> On 19 Aug 2020, at 8:03 am, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n> \n" + q_prefix(h58)
h59 = """Hi Liam,

All done - the two accounts have been merged and your Solutions Architect - Associate and Developer - Associate certifications now both sit under AWS02214786. You can log in with liam@harris.id.au as usual.

Your Acclaim badges will be sent through to liam@harris.id.au shortly.

Cheers,
Sean
AWS Training and Certification

""" + orig_msg("Liam Harris <liam@harris.id.au>", T("2020-08-19 20:41:00 +1000"), FORM_ADDR, H_SUBJ, h59_user)
body = part(h59, cte="quoted-printable")
raw = aws_mail(rcpt=H_MAIL, to_hdr=H_TO, d=d59, frm=FORM_FROM, profile="fastmail", subject=H_SUBJ, body=body)
emit("au-harris-2020-merge-done", raw, "merge_completed", H_CASE, ["AWS02214786"], True, "en")

# 060 Acclaim (older Credly) badge
d = T("2020-08-24 01:15:22 +0000")
raw = credly_mail(rcpt=H_MAIL, d=d, profile="gmail" if False else ("mx3.messagingengine.com", "mx3.messagingengine.com"),
                  name="Liam", older=True,
                  subject="Amazon Web Services Training and Certification has issued you a badge",
                  badge="AWS Certified Developer – Associate")
emit("au-harris-2020-acclaim-badge", raw, "credly_badge_issued", None, [], True, "en")

# ----- CASES GO HERE -----

# ================================================================= END CASES
def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn, raw in MAILS:
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    write_all()
