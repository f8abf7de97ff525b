#!/usr/bin/env python3
"""Generator for blind set 322: AWS Certification account-merge mailbox, with
non-native / machine-translated English from agents of many first languages.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(322)
MAILS = []  # (fname, label, Message)

UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7), "PDT")
PST = dt.timezone(dt.timedelta(hours=-8), "PST")
JST = dt.timezone(dt.timedelta(hours=9), "JST")
CEST = dt.timezone(dt.timedelta(hours=2), "CEST")
IST = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(opened, tail=None):
    """15-digit display id: unix time of opening + 5 digits."""
    ts = int(opened.timestamp())
    if tail is None:
        tail = rnd.randint(10000, 99999)
    return "%d%05d" % (ts, tail)


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(al) for _ in range(n))


def alnum(n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(al) for _ in range(n))


def rfcdate(d):
    return format_datetime(d)


def ses_id(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "%s%012x-%s-%s-%s-%s-%s-000000" % (
        region, ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_msgid(d, region="0100"):
    return "<%s@email.amazonses.com>" % ses_id(d, region)


def ses_ip():
    return "54.240.%d.%d" % (rnd.choice([8, 9, 11, 48, 27]), rnd.randint(2, 250))


def ses_host(ip):
    a, b, c, d_ = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d_)


def enc_header(s, charset="utf-8", name="Subject"):
    """RFC 2047 encoded (and folded) header value."""
    return Header(s, charset, header_name=name).encode()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def dkim_sig(domain, selector, d, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", algo="rsa-sha256"):
    t = int(d.timestamp())
    return ("v=1; a=%s; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s"
            % (algo, selector, domain, t, headers, b64s(43), b64s(70), b64s(102)))


# ---------------------------------------------------------------- authentication results
def ar_gmail(a):
    """a: dict(spf, mailfrom, ip, dkim=[(res, d, sel)], dmarc, from_dom, p)"""
    parts = []
    for res, dom, sel in a.get("dkim", []):
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, base64.b64encode(hashlib.md5(sel.encode()).digest()).decode()[:8]))
    if a.get("spf"):
        verb = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
                "neutral": "is neither permitted nor denied by best guess record for"}[a["spf"]]
        parts.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                     % (a["spf"], a["mailfrom"], verb, a["ip"], a["mailfrom"]))
    if a.get("dmarc"):
        p = a.get("p", "QUARANTINE")
        dis = "NONE" if a["dmarc"] == "pass" else a.get("dis", p)
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (a["dmarc"], p, p, dis, a["from_dom"]))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(a):
    parts = []
    if a.get("spf"):
        parts.append("spf=%s (sender IP is %s) smtp.mailfrom=%s" % (a["spf"], a["ip"], a["mailfrom"].split("@")[-1]))
    for res, dom, sel in a.get("dkim", []):
        why = "signature was verified" if res == "pass" else "body hash did not verify" if res == "fail" else "message not signed"
        parts.append("dkim=%s (%s) header.d=%s" % (res, why, dom))
    if a.get("dmarc"):
        act = "none" if a["dmarc"] == "pass" else a.get("action", "quarantine")
        parts.append("dmarc=%s action=%s header.from=%s" % (a["dmarc"], act, a["from_dom"]))
    comp = "pass reason=100" if a.get("dmarc") == "pass" else "fail reason=000"
    parts.append("compauth=%s" % comp)
    return ";".join(parts[:1]) + ("; " + ";".join(parts[1:]) if len(parts) > 1 else "")


def ar_plain(authserv, a):
    parts = []
    if a.get("spf"):
        parts.append("spf=%s smtp.mailfrom=%s" % (a["spf"], a["mailfrom"]))
    for res, dom, sel in a.get("dkim", []):
        parts.append("dkim=%s header.d=%s header.s=%s" % (res, dom, sel))
    if a.get("dmarc"):
        parts.append("dmarc=%s header.from=%s" % (a["dmarc"], a["from_dom"]))
    return authserv + ";\n\t" + ";\n\t".join(parts)


def aws_auth(ip, d, ok=True):
    mf = "%s@amazonses.com" % ses_id(d)
    if ok:
        return dict(spf="pass", mailfrom=mf, ip=ip,
                    dkim=[("pass", "amazon.com", SEL_AMZ), ("pass", "amazonses.com", SEL_SES)],
                    dmarc="pass", from_dom="amazon.com", p="QUARANTINE")
    return dict(spf="pass", mailfrom=mf, ip=ip, dkim=[], dmarc="fail", from_dom="amazon.com", p="QUARANTINE")


# ---------------------------------------------------------------- trace header sets
def trace_gmail(to, sender_host, ip, d, auth, extra_top=()):
    """returns list of (name, value) in the order Gmail shows them"""
    loc = d.astimezone(PDT if d.month in range(3, 11) else PST)
    dd = rfcdate(loc.replace(microsecond=0))
    sid = "%s-%s%s.%d.%d.%02d.%02d.%02d.%02d.%02d" % (
        alnum(7, "abcdefghij0123456789"), alnum(8, "0123456789abcdef"), alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
        rnd.randint(1, 500), loc.year, loc.month, loc.day, loc.hour, loc.minute, loc.second)
    h = list(extra_top)
    h += [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(6, "0123456789abcdefghijklmnopqrstuvwxyz") + "csp" + str(rnd.randint(100000, 999999)), dd)),
        ("X-Google-Smtp-Source", "AGHT+I" + b64s(80)),
        ("X-Received", "by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(14), dd)),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (
            int(d.timestamp()), b64s(70), b64s(70))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (
            b64s(43), b64s(43), b64s(70))),
        ("ARC-Authentication-Results", "i=1; " + ar_gmail(auth)),
        ("Return-Path", "<%s>" % auth.get("mailfrom", "bounce@" + sender_host)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            sender_host, sender_host, ip, sid, to, dd)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            auth.get("spf", "neutral"), auth.get("mailfrom"), "designates" if auth.get("spf") == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar_gmail(auth)),
    ]
    return h


def trace_outlook(to, sender_host, ip, d, auth, consumer=True):
    dd = rfcdate(d.astimezone(UTC).replace(microsecond=0))
    srv = lambda: "%s%dPR%02dMB%04d.%sprd%02d.prod.outlook.com" % (
        rnd.choice(["DM6", "SN7", "PH0", "BY5", "CH3", "AM9", "DB9", "SA1"]), rnd.randint(1, 9),
        rnd.randint(1, 19), rnd.randint(1000, 9999), rnd.choice(["nam", "eur"]), rnd.randint(1, 12))
    s1, s2, s3 = srv(), srv(), srv()
    h = [
        ("Received", "from %s (2603:10b6:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            s1, hexs(3), hexs(2), s2, rnd.randint(8000, 9200), rnd.randint(10, 40), dd)),
        ("Received", "from %s\n (2603:10b6:%s:%s:cafe::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            s3, hexs(3), hexs(2), hexs(2), s1, hexs(3), hexs(2), rnd.randint(8000, 9200), rnd.randint(10, 40), dd)),
        ("Authentication-Results", ar_outlook(auth)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            auth.get("spf", "None").capitalize(), auth.get("mailfrom", "").split("@")[-1],
            "designates" if auth.get("spf") == "pass" else "does not designate", ip, ip, sender_host)),
        ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            sender_host, ip, s3, "10.167.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250)),
            rnd.randint(8000, 9200), rnd.randint(10, 40), dd)),
        ("X-MS-Exchange-Organization-ExpirationStartTime", d.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=rnd.getrandbits(128), version=4))),
        ("X-MS-Exchange-Organization-SCL", "1" if auth.get("dmarc") != "fail" else "5"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:%d|%d|%d;" % (rnd.randint(10000, 99999), rnd.randint(1000, 9999), rnd.randint(100, 999))),
    ]
    return h


def trace_jp(to, sender_host, ip, d, auth, authserv, mx, tz=JST):
    loc = d.astimezone(tz)
    dd = rfcdate(loc.replace(microsecond=0))
    h = [
        ("Return-Path", "<%s>" % auth.get("mailfrom", "")),
        ("Delivered-To", to),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            mx, mx, alnum(11, "0123456789ABCDEF"), to, dd)),
        ("Authentication-Results", ar_plain(authserv, auth)),
        ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            sender_host, sender_host, ip, mx, alnum(16, "0123456789ABCDEFabcdef"), to, dd)),
    ]
    return h


def trace_plain(to, sender_host, ip, d, mx="mail.example.org", rp=None):
    """No Authentication-Results at all (old or internal mail server)."""
    dd = rfcdate(d.replace(microsecond=0))
    return [
        ("Return-Path", "<%s>" % (rp or "bounce@" + sender_host.split(".", 1)[-1])),
        ("Received", "from %s (%s [%s])\n\tby %s (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s" % (
            sender_host, sender_host, ip, mx, alnum(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), to, dd)),
    ]


# ---------------------------------------------------------------- bodies
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, errors="strict"):
    m = Message()
    raw = text.replace("\r\n", "\n").encode(charset, errors)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    m["Content-Type"] = '%s/%s; charset="%s"' % ("text", subtype, label or charset)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def html_of(text, quoted=None, style="font-family:Arial,sans-serif;font-size:14px"):
    import html as _h
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            out.append("<p>" + _h.escape(block).replace("\n", "<br>\n") + "</p>")
        return "\n".join(out)
    body = '<div style="%s">\n%s\n</div>' % (style, paras(text))
    if quoted:
        body += '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote>' % paras(quoted)
    return "<html>\n<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n%s\n</body>\n</html>\n" % body


def alt(plain_part, html_part, boundary=None):
    m = Message()
    m["Content-Type"] = 'multipart/alternative; boundary="%s"' % (boundary or ("----=_Part_%d_%d.%d" % (
        rnd.randint(100000, 9999999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 10**13 - 1))))
    m.set_payload([plain_part, html_part])
    return m


def assemble(headers, body):
    """headers: list of (name, value); body: a Message (single part or multipart)."""
    m = Message()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    return m


def quote_gt(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l.strip() else pre for l in text.split("\n"))


def gmail_attr(d, name, address):
    # "On Tue, May 27, 2025 at 4:02 PM Name <addr> wrote:"
    h = d.strftime("%I").lstrip("0")
    return "On %s, %s %d, %d at %s:%s %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.strftime("%M"), d.strftime("%p"), name, address)


def ja_attr(d, name, address):
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, address)


def outlook_block(frm, sent, to, subject, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, sent.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), to, subject, text))


def orig_block(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, sent.strftime("%d %B %Y %H:%M"), to, subject, text))


# ---------------------------------------------------------------- AWS templates
FORM_FROM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = ("Amazon Web Services", "no-reply-aws@amazon.com")


def console_footer(case_id, lang="en"):
    if lang == "ja":
        return ("\n===================================================\n\n"
                "このケースに関するすべてのやり取りを確認するには、サポートセンターにサインインしてください:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                "このやり取りについてのご評価をお聞かせください。サポートセンターの各やり取りの右上にある星を選択して評価できます。\n\n"
                "本メールアドレスは送信専用のため、ご返信いただくことはできません。\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n" % case_id)
    return ("\n===================================================\n\n"
            "To see all the correspondence on this case, sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n" % case_id)


SEL_AMZ = "rjs7bp6c6s4s3lxwc5lpcalaxbqxqk2f"
SEL_SES = "224i4yxa5dv7c2xz3womw6peuasteono"


def aws_headers(frm, to, subject, d, subj_charset=None, extra=(), ip=None):
    h = []
    sel1, sel2 = SEL_AMZ, SEL_SES
    h.append(("DKIM-Signature", dkim_sig("amazon.com", sel1, d)))
    h.append(("DKIM-Signature", dkim_sig("amazonses.com", sel2, d, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID")))
    h.append(("From", addr(*frm)))
    h.append(("To", to))
    h.append(("Subject", enc_header(subject, subj_charset) if subj_charset else subject))
    h.append(("Date", rfcdate(d)))
    h.append(("Message-ID", ses_msgid(d)))
    h.extend(extra)
    h.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)))
    h.append(("X-SES-Outgoing", d.strftime("%Y.%m.%d") + "-" + (ip or ses_ip())))
    return h


# ---------------------------------------------------------------- registry
AWS_RE = re.compile(r"\bAWS[\s\-]?\d{8}\b", re.I)


def add(fname, kind, case_id, accounts, verified, lang, msg):
    accs = sorted(set(re.sub(r"[^0-9]", "", a).join(["AWS", ""]) for a in accounts))
    MAILS.append((fname, dict(kind=kind, case_id=case_id, account_ids=accs,
                              sender_verified=verified, language=lang), msg))


def flatten(msg):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return b.getvalue()


def main():
    names = [f for f, _, _ in MAILS]
    assert len(names) == len(set(names)), "duplicate names"
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for fname, lab, msg in MAILS:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(flatten(msg))
        labels[fname] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(MAILS))



# ---------------------------------------------------------------- mail builders
TD = dt.timedelta


def deliver(prov, to_addr, host, ip, d, auth):
    if prov == "gmail":
        return trace_gmail(to_addr, host, ip, d, auth)
    if prov == "outlook":
        return trace_outlook(to_addr, host, ip, d, auth)
    if prov == "none":
        return trace_plain(to_addr, host, ip, d, mx=rnd.choice(["mx1.hs-mail.net", "smtp-in.corp-gw.local"]), rp=auth.get("mailfrom"))
    if isinstance(prov, tuple) and prov[0] == "jp":
        return trace_jp(to_addr, host, ip, d, auth, *prov[1:])
    raise ValueError(prov)


def aws_msg(prov, to_pair, frm, subject, d, body, ok=True, subj_charset=None, arrive=4, extra=()):
    to = addr(*to_pair)
    ip = ses_ip()
    host = ses_host(ip)
    auth = aws_auth(ip, d, ok)
    tr = deliver(prov, to_pair[1], host, ip, d + TD(seconds=arrive), auth)
    return assemble(tr + aws_headers(frm, to, subject, d, subj_charset, extra, ip), body)


def body_alt(text, quoted=None, cte="quoted-printable", charset="utf-8", html_cte=None, label=None):
    plain = text if not quoted else text.rstrip("\n") + "\n\n" + quoted
    hq = None
    if quoted:
        hq = quoted
    return alt(tpart(plain, "plain", charset, cte, label=label),
               tpart(html_of(text, hq), "html", charset, html_cte or cte, label=label))


def body_plain(text, cte="quoted-printable", charset="utf-8", label=None, errors="strict"):
    return tpart(text, "plain", charset, cte, label=label, errors=errors)


def body_html(html, cte="quoted-printable", charset="utf-8", label=None):
    return tpart(html, "html", charset, cte, label=label)


def form_subject(cid, prefix="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (prefix, cid)


FORM_SIG = "\nAWS Training and Certification Customer Support\n"

# users (mailbox owners)
U_DANIEL = ("Daniel Okafor", "daniel.okafor.dev@gmail.com")
U_SARA = ("Sara Lindqvist", "sara.lindqvist@outlook.com")
U_KENTA = ("田中 健太", "kenta.tanaka@nifty.com")
U_PRIYA = ("Priya Raman", "priya.raman@northwind-analytics.com")
U_LUCAS = ("Lucas Ferreira", "lucas.ferreira.cloud@gmail.com")
U_TOMASZ = ("Tomasz Nowak", "tnowak.aws@gmail.com")
U_HANNAH = ("Hannah Becker", "hannah.becker@outlook.de")
U_AYA = ("佐々木 彩", "aya.sasaki@docomo.ne.jp")
U_OMAR = ("Omar Haddad", "omar.haddad.it@gmail.com")

NIFTY = ("jp", "mx.nifty.com", "mta-snd-e04.mail.nifty.com")
DOCOMO = ("jp", "mwsv.docomo.ne.jp", "mfsmax.docomo.ne.jp")
BIGLOBE = ("jp", "biglobe.ne.jp", "mx-in03.biglobe.ne.jp")

# ======================================================================= MAILS
# ---------------------------------------------------------------- thread A: Daniel (Gmail), form desk case
A_OPEN = T(2025, 5, 26, 14, 3, 17)
CID_A = cid15(A_OPEN, 48213)
A_OLD, A_NEW = "AWS04418273", "AWS11902655"

# 001 case_created: form desk auto acknowledgement with echo of the submission
d = A_OPEN + TD(seconds=31)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. This message is to let you know that we have received your request, and a case has been created for it.

Case ID: %s

A member of our support team will respond to you, in principle within 24 hours. To help us to serve you faster, please do not open a new case for the same request; if you want to add information, simply reply to this e-mail and keep the case ID in the subject line.

Summary of your submission:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: %s
  Description: Hi, I have two certification accounts, one from my previous employer (login daniel.okafor@brightlane-consulting.com) and my personal one. Please merge them into AWS 11902655. The other one is aws04418273.

Kind regards,
AWS Training and Certification
""" % (CID_A, A_NEW)
msg = aws_msg("gmail", U_DANIEL, FORM_FROM,
              "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CID_A,
              d, body_alt(txt))
add("001-form-ack-daniel.eml", "case_created", CID_A, [A_NEW, A_OLD], True, "en", msg)

# 002 merge_confirmation_requested: Italian agent
d = T(2025, 5, 27, 9, 41, 5)
txt = """Dear Daniel,

I write you regarding the request of merge that you have opened with us. I have controlled both of the profiles and actually you are having two candidate accounts:

- AWS 04418273 (login: daniel.okafor@brightlane-consulting.com)
- AWS 11902655 (login: daniel.okafor.dev@gmail.com)

Following your indication, the account AWS 04418273 will be merged inside the account AWS 11902655, which will remain as the principal one. All the certifications and the history of the exams will pass on the principal account. Please consider that, once executed, the operation is not reversible and we cannot separate again the accounts.

For proceed, I ask you kindly to answer to this e-mail confirming me that the above informations are correct.

Remaining at your complete disposal for any clarification.

Distinct regards,
Giulia R.
""" + FORM_SIG
msg = aws_msg("gmail", U_DANIEL, FORM_FROM, form_subject(CID_A), d, body_alt(txt))
add("002-confirm-request-italian.eml", "merge_confirmation_requested", CID_A, [A_OLD, A_NEW], True, "en", msg)
GIULIA_TXT, GIULIA_D = txt, d

# 003 support_reply: Dutch agent, "thanks for confirming, we go further"
d = T(2025, 5, 28, 7, 12, 44)
user_d = T(2025, 5, 27, 19, 2, 0, PDT)
user_reply = "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel"
quoted = gmail_attr(user_d, "Daniel Okafor", U_DANIEL[1]) + "\n" + quote_gt(
    user_reply + "\n\n" + gmail_attr(GIULIA_D.astimezone(PDT), "Amazon Web Services", FORM_FROM[1]) + "\n" + quote_gt(GIULIA_TXT))
txt = """Hello Daniel,

Thank you for the confirmation. Hereby I let you know that I have put your request through to our back office team and they will now go further with the merge. The account aws11902655 stays as your main account, like you asked.

As soon as the merge is finished you will get from us a message. Normally this takes 1 till 3 working days, so I ask you for a little bit patience. It is not necessary to open a new case in the meantime.

With kind regards,
Joost
""" + FORM_SIG
msg = aws_msg("gmail", U_DANIEL, FORM_FROM, form_subject(CID_A), d, body_alt(txt, quoted))
add("003-thanks-confirm-dutch.eml", "support_reply", CID_A, [A_NEW], True, "en", msg)

# 004 merge_completed: Malay agent, base64
d = T(2025, 5, 29, 2, 55, 9)
txt = """Hi Daniel,

Good day to you.

Kindly be informed that the merging of your candidate accounts is successfully done already. All the certifications from your old account is now showing under AWS-11902655, and the account AWS-04418273 is deactivated and cannot be login anymore.

Please allow 24 - 48 hours for your digital badges to be appear in your Credly wallet. If after that the badges still not there, you may reply to this email and we will help to check.

Thank you and have a nice day ahead.

Regards,
Nurul Aisyah
""" + FORM_SIG
msg = aws_msg("gmail", U_DANIEL, FORM_FROM, form_subject(CID_A), d, body_alt(txt, cte="base64"))
add("004-merge-done-malay.eml", "merge_completed", CID_A, [A_NEW, A_OLD], True, "en", msg)

# 005 survey: closure + rating request, HTML only
d = T(2025, 5, 29, 3, 1, 40)
html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Case closed</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Your case <b>%s</b> has been resolved and is now closed. We hope that our team could be of help for you.</p>
<p>We would like to hear about your experience. It takes less than one minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.amazon.com/r/%s?case=%s&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc.amazon.com/r/%s?case=%s&amp;a=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How do you rate the support you have received from our agent?<br>
<a href="https://survey.aws-tc.amazon.com/r/%s?case=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>If you need further help on this matter, you can reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>
</body></html>
""" % (CID_A, hexs(32), CID_A, hexs(32), CID_A, hexs(32), CID_A)
msg = aws_msg("gmail", U_DANIEL, FORM_FROM, "Your case %s is closed - tell us how we did" % CID_A, d, body_html(html))
add("005-survey-closed-daniel.eml", "survey", CID_A, [], True, "en", msg)

# 006 credly_badge_issued: badge after merge, HTML-only, genuine Credly
def credly_msg(prov, to_pair, subject, d, html, ok=True, from_name="AWS Training and Certification via Credly",
               from_addr="admin@credly.com", plain=None, cte="quoted-printable", charset="utf-8", label=None):
    ip = "149.72.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
    dom = from_addr.split("@")[1]
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 9), rnd.randint(1000, 9999), "email." + dom if "credly" in dom or "acclaim" in dom else dom)
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (rnd.randint(1000000, 9999999), hexs(4), to_pair[1].split("@")[0], to_pair[1].split("@")[1], rnd.randint(100, 9999), dom)
    if ok:
        auth = dict(spf="pass", mailfrom=mf, ip=ip, dkim=[("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")],
                    dmarc="pass", from_dom=dom, p="NONE")
    else:
        auth = ok if isinstance(ok, dict) else dict(spf="fail", mailfrom=mf, ip=ip, dkim=[], dmarc="fail", from_dom=dom, p="REJECT")
    tr = deliver(prov, to_pair[1], host, ip, d + TD(seconds=6), auth)
    hdr = [("DKIM-Signature", dkim_sig(dom, "s1", d, headers="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")),
           ("Date", rfcdate(d)),
           ("From", addr(from_name, from_addr)),
           ("Reply-To", "support@credly.com" if "credly" in from_addr else "support@" + dom),
           ("To", to_pair[1]),
           ("Subject", subject if all(ord(c) < 128 for c in subject) else enc_header(subject)),
           ("Message-ID", "<%s@%s>" % (hexs(24) if rnd.random() < .5 else str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "mail.credly.com" if "credly" in dom else dom)),
           ("X-SG-EID", b64s(60)),
           ("X-Entity-ID", b64s(22) + "=="),
           ("List-Unsubscribe", "<https://info.credly.com/unsubscribe?u=%s>" % hexs(16))]
    body = body_html(html, cte, charset, label) if plain is None else alt(tpart(plain, "plain", charset, cte, label=label), tpart(html, "html", charset, cte, label=label))
    return assemble(tr + hdr, body)


def credly_html(first, badge, issuer="AWS Training and Certification", intro=None, button="Accept your badge", lang="en"):
    bid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    intro = intro or ("%s has issued you a new badge. Claim it now and share your achievement with your network." % issuer)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="viewport" content="width=device-width"/></head>
<body style="background-color:#f7f7f7;margin:0">
<table class="body" align="center" width="100%%" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="560" style="background:#ffffff;border-radius:4px"><tr><td style="padding:32px">
<img src="https://images.credly.com/images/logo/credly.png" width="90" alt="Credly"/>
<h1 style="font-size:22px;color:#333">%s</h1>
<p style="font-size:16px;color:#333">%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"/></p>
<p style="text-align:center;font-size:18px;font-weight:bold">%s</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s?key=%s" style="background:#0082c8;color:#fff;border-radius:3px;padding:12px 28px;text-decoration:none;font-weight:bold">%s</a></p>
<p style="font-size:13px;color:#777">Badges are a web-enabled version of your credential that you can share online.</p>
</td></tr></table>
<p style="font-size:11px;color:#999">Credly, Inc. | 6 East 32nd Street, 9th Floor | New York, NY 10016<br/>
<a href="https://www.credly.com/notifications" style="color:#999">Email preferences</a> | <a href="https://info.credly.com/legal/privacy-policy" style="color:#999">Privacy policy</a></p>
</td></tr></table></body></html>
""" % (first, intro, str(uuid.UUID(int=rnd.getrandbits(128), version=4)), badge, badge, bid, hexs(20), button)

d = T(2025, 5, 30, 16, 20, 3)
html = credly_html("Congratulations, Daniel!", "AWS Certified Solutions Architect – Associate",
                   intro="AWS Training and Certification has issued you a badge for AWS Certified Solutions Architect – Associate. Your badge is ready for you to accept.")
msg = credly_msg("gmail", U_DANIEL, "Daniel, you've been issued a new badge by AWS Training and Certification", d, html)
add("006-credly-badge-daniel.eml", "credly_badge_issued", None, [], True, "en", msg)

# ---------------------------------------------------------------- thread B: Sara (outlook.com), console case, 3 accounts
B_OPEN = T(2025, 3, 11, 8, 47, 52)
CID_B = cid15(B_OPEN, 91004)
B1, B2, B3 = "AWS20558190", "AWS20773412", "AWS31006248"

# 007 case_created: console "You have opened a new Support case"
d = B_OPEN + TD(seconds=12)
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge my three certification accounts
Severity: General guidance
Correspondence: Hello, during the years I created three CertMetrics accounts by mistake (AWS20558190, AWS20773412, AWS31006248). I would like to have only one account with all my certifications. Which information do you need?

One of our Customer Service representatives will be in touch shortly. Please sign in to the Support Center to view, reply to, or update your case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (CID_B, CID_B, CID_B)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "Amazon Web Services: You have opened a new Support case: %s" % CID_B, d, body_alt(txt))
add("007-console-case-opened-sara.eml", "case_created", CID_B, [B1, B2, B3], True, "en", msg)

# 008 support_reply: "New correspondence added" notice (content-free)
d = T(2025, 3, 12, 10, 18, 30)
txt = """Hello,

We have updated your support case %s with a new correspondence.

To view the correspondence and reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CID_B, CID_B)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "[Case %s] New correspondence added" % CID_B, d, body_alt(txt))
add("008-new-correspondence-sara.eml", "support_reply", CID_B, [], True, "en", msg)

# 009 support_reply: Greek agent asks which account to keep (no survivor named yet)
d = T(2025, 3, 12, 10, 18, 41)
txt = """Hello Sara,

Thank you for contact us and for the patience.

I would like to inform you that I have found indeed three candidate accounts which are registered under your name: AWS20558190, AWS20773412 and AWS31006248. Before to proceed with any change, please tell us which of them you wish to be the main account (the one which will stay alive), and also which e-mail address you want to use for login from now on.

Please be aware that the other accounts they will be closed after the procedure, so it is important to choose the one you are using for your upcoming exams.

I stay at your disposal.

Best regards,
Eleni K.
Amazon Web Services
""" + console_footer(CID_B)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "RE:[CASE %s] Merge my three certification accounts" % CID_B, d, body_alt(txt))
add("009-which-account-greek.eml", "support_reply", CID_B, [B1, B2, B3], True, "en", msg)

# 010 merge_confirmation_requested: Greek agent, after the choice
d = T(2025, 3, 13, 11, 2, 17)
txt = """Hello Sara,

Thank you very much for the quick answer.

As per your answer, we will keep the account AWS20773412 (login sara.lindqvist@outlook.com) as primary. The accounts AWS20558190 and AWS31006248 will be merged into this one, and all the exam history and certifications will be transferred there.

Please confirm us with a reply in the Support Center that you agree with the above. I must underline that after the merge it is impossible to go back, the accounts cannot be separated again.

As soon as we will have your confirmation, we will send the request to the responsible team.

Best regards,
Eleni K.
Amazon Web Services
""" + console_footer(CID_B)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "RE:[CASE %s] Merge my three certification accounts" % CID_B, d, body_alt(txt, cte="base64"))
add("010-confirm-request-greek.eml", "merge_confirmation_requested", CID_B, [B1, B2, B3], True, "en", msg)


# 011 merge_completed: Swahili-speaking (East African) agent, wrong aspect
d = T(2025, 3, 15, 6, 33, 20)
txt = """Greetings Sara,

I hope this email finds you well.

I am glad to inform you that the merging of your accounts have been done successfully since yesterday evening. Kindly note that from now you will be able to login only with the account AWS20773412, where you will find all your certifications and the exams history. The other two accounts are no more active.

In case you will notice that something is missing, for example the 50% voucher benefit, kindly revert to us through the Support Center and we will sort it out.

We are sorry for the inconveniences caused and we thank you for your patience.

Best regards,
Baraka M.
Amazon Web Services
""" + console_footer(CID_B)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "RE:[CASE %s] Merge my three certification accounts" % CID_B, d, body_alt(txt))
add("011-merge-done-swahili.eml", "merge_completed", CID_B, [B2], True, "en", msg)

# 012 survey: console resolution notice that restates the outcome (closure template first)
d = T(2025, 3, 18, 6, 40, 2)
txt = """Hello,

We're writing to let you know that your support case %s has been resolved and is now closed, because there were no more updates from you during the last 72 hours.

Subject: Merge my three certification accounts
Resolution summary: accounts consolidated under AWS20773412

If your issue is not fully solved, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do? Please take a short survey and rate your experience with AWS Support:
https://aws.amazon.com/support/feedback/?caseId=%s&s=%s

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CID_B, CID_B, CID_B, hexs(32))
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "Amazon Web Services: Your support case %s has been resolved" % CID_B, d, body_alt(txt))
add("012-case-resolved-survey-sara.eml", "survey", CID_B, [B2], True, "en", msg)

# ---------------------------------------------------------------- thread C: Kenta (nifty), Japanese form case
C_OPEN = T(2025, 7, 2, 1, 15, 40)
CID_C = cid15(C_OPEN, 20377)
C_OLD, C_NEW = "AWS07765120", "AWS09231847"
JA_SIG = "\nAWS トレーニングと認定 カスタマーサポート\n"

# 013 case_created (ja), ISO-2022-JP 7bit, encoded folded subject
d = C_OPEN + TD(seconds=22)
txt = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース番号 %s を作成いたしました。
担当者より原則として24時間以内にご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、同じ内容で新たにケースを作成されますと、ご回答が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定
""" % CID_C
msg = aws_msg(NIFTY, U_KENTA, FORM_FROM, "[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定 アカウントに関するお問い合わせ" % CID_C,
              d, body_plain(txt, cte="7bit", charset="iso-2022-jp"), subj_charset="iso-2022-jp")
add("013-form-ack-ja.eml", "case_created", CID_C, [], True, "ja", msg)

# 014 merge_confirmation_requested (ja keigo), Shift_JIS base64
d = T(2025, 7, 3, 0, 8, 51)
txt = """田中 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

この度はお問い合わせいただき、ありがとうございました。
お客様の受験者アカウントの統合につきまして、以下の内容で手続きを進めさせていただきたく存じます。

　統合元アカウント：AWS07765120（k.tanaka@shinwa-systems.co.jp）
　統合先アカウント（存続するアカウント）：AWS09231847（kenta.tanaka@nifty.com）

統合後は、統合元アカウントの認定資格および受験履歴はすべて統合先アカウントに移行され、統合元アカウントはご利用いただけなくなります。
また、一度統合したアカウントを元に戻すことはできかねますので、あらかじめご了承ください。

上記の内容にお間違いがなければ、恐れ入りますが本メールにご返信のうえ、ご確認いただいた旨をお知らせくださいますようお願い申し上げます。
ご確認をいただき次第、統合の手続きを開始させていただきます。

何卒よろしくお願い申し上げます。

佐藤
""" + JA_SIG
msg = aws_msg(NIFTY, U_KENTA, FORM_FROM, form_subject(CID_C), d, body_plain(txt, cte="base64", charset="shift_jis"))
add("014-confirm-request-ja.eml", "merge_confirmation_requested", CID_C, [C_OLD, C_NEW], True, "ja", msg)
SATO_TXT, SATO_D = txt, d

# 015 merge_completed (ja) with Japanese-style quoted history (nested)
d = T(2025, 7, 4, 5, 30, 12)
user_d = T(2025, 7, 3, 9, 20, 0, JST)
user_txt = "佐藤様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合をお願いいたします。\n\n田中"
quoted = ja_attr(user_d, "田中 健太", U_KENTA[1]) + "\n" + quote_gt(
    user_txt + "\n\n" + ja_attr(SATO_D.astimezone(JST), "Amazon Web Services", FORM_FROM[1]) + "\n" + quote_gt(SATO_TXT))
txt = """田中 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご確認いただき、ありがとうございました。
お客様の受験者アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は AWS09231847 にて、すべての認定資格と受験履歴をご確認いただけます。
Credly のデジタルバッジにつきましては、反映までに最大で48時間ほどかかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
""" + JA_SIG
msg = aws_msg(NIFTY, U_KENTA, FORM_FROM, form_subject(CID_C), d,
              body_plain(txt.rstrip("\n") + "\n\n" + quoted, cte="7bit", charset="iso-2022-jp"))
add("015-merge-done-ja.eml", "merge_completed", CID_C, [C_NEW], True, "ja", msg)

# 016 survey (ja), UTF-8 base64, text + html
d = T(2025, 7, 4, 5, 36, 48)
txt = """田中 健太 様

この度は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間：約1分）。

問題は解決しましたか？
　はい： https://survey.aws-tc.amazon.com/r/%s?case=%s&a=yes&lang=ja
　いいえ： https://survey.aws-tc.amazon.com/r/%s?case=%s&a=no&lang=ja

担当者の対応はいかがでしたか？ 5段階で評価してください。

本メールにご返信いただくと、14日以内であればケースを再開することができます。

AWS トレーニングと認定
""" % (CID_C, hexs(32), CID_C, hexs(32), CID_C)
msg = aws_msg(NIFTY, U_KENTA, FORM_FROM, "ケース %s のクローズとアンケートのお願い" % CID_C, d,
              body_alt(txt, cte="base64"), subj_charset="utf-8")
add("016-survey-ja.eml", "survey", CID_C, [], True, "ja", msg)

# 017 credly_badge_issued: badges moved after merge (English mail to the Japanese user), nifty auth
d = T(2025, 7, 5, 11, 2, 33)
html = credly_html("Your badges have been moved", "AWS Certified Developer – Associate",
                   intro="Hello Kenta, following the update of your AWS Certification account, AWS Training and Certification has issued your badge to this Credly account. Accept it to display it on your profile.")
msg = credly_msg(NIFTY, U_KENTA, "AWS Training and Certification issued you a badge: AWS Certified Developer – Associate", d, html,
                 plain="Hello Kenta,\n\nFollowing the update of your AWS Certification account, AWS Training and Certification has issued your badge AWS Certified Developer – Associate to this Credly account.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nCredly, Inc.\n" % uuid.UUID(int=rnd.getrandbits(128), version=4))
add("017-credly-moved-kenta.eml", "credly_badge_issued", None, [], True, "en", msg)

# ---------------------------------------------------------------- thread H: Hannah (outlook.de), Japanese agent writing machine-translated English
H_OPEN = T(2025, 9, 15, 13, 26, 8)
CID_H = cid15(H_OPEN, 7731)
H_KEEP, H_GO = "AWS15530982", "AWS16604477"

# 018 support_reply: asks login e-mails (MT English)
d = T(2025, 9, 16, 2, 4, 59)
txt = """Dear Hannah Becker,

Thank you for your always using AWS Training and Certification. We apologize for the waiting.

We would like to confirm about your inquiry. For the merging of accounts, we need the e-mail address which is registered in each account. Please kindly teach us the login e-mail address of AWS15530982 and of AWS16604477, and also the notification e-mail address if it is different.

In addition, we would be grateful if you could tell us the reason why the two accounts were made.

Thank you for your understanding and cooperation.

Best regards,
Haruto
""" + FORM_SIG
msg = aws_msg("outlook", U_HANNAH, FORM_FROM, form_subject(CID_H, "RE: "), d, body_alt(txt))
add("018-ask-login-emails-mt.eml", "support_reply", CID_H, [H_KEEP, H_GO], True, "en", msg)
HARUTO1_TXT, HARUTO1_D = txt, d

# 019 merge_confirmation_requested: MT English, future meant but written in perfect
d = T(2025, 9, 17, 1, 48, 22)
txt = """Dear Hannah Becker,

Thank you for your reply and teaching us the e-mail addresses.

Please kindly confirm the following contents.

  Merge source account: AWS16604477 (hannah.becker@fraunhofer-partner.de)
  Merge destination account (remains): AWS15530982 (hannah.becker@outlook.de)

After the merge, the restoration to the original state cannot be performed.
If the contents have no problem, please reply "I agree" to this e-mail. After your confirmation, the merge has been completed within 3 business days.

Thank you for your understanding and cooperation.

Best regards,
Haruto
""" + FORM_SIG
msg = aws_msg("outlook", U_HANNAH, FORM_FROM, form_subject(CID_H, "RE: "), d, body_alt(txt, cte="base64"))
add("019-confirm-request-mt.eml", "merge_confirmation_requested", CID_H, [H_KEEP, H_GO], True, "en", msg)
HARUTO2_TXT, HARUTO2_D = txt, d

# 020 merge_completed: MT English, Outlook From:/Sent: quoted history
d = T(2025, 9, 18, 23, 10, 5)
user_d = T(2025, 9, 17, 9, 15, 0, CEST)
q = outlook_block("Hannah Becker <hannah.becker@outlook.de>", user_d, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                  form_subject(CID_H, "RE: "), "I agree.\n\nBest regards\nHannah\n\n" +
                  outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", HARUTO2_D.astimezone(CEST),
                                "hannah.becker@outlook.de", form_subject(CID_H, "RE: "), HARUTO2_TXT))
txt = """Dear Hannah Becker,

Thank you for your always using AWS Training and Certification.

We have been completed the integration of your accounts. From now, please use AWS15530982 for the sign in to the certification account; all certifications and the exam history are displayed in it. The old account cannot be used anymore.

If there is anything unclear, please do not hesitate to contact us.

Best regards,
Haruto
""" + FORM_SIG
msg = aws_msg("outlook", U_HANNAH, FORM_FROM, form_subject(CID_H, "RE: "), d, body_alt(txt, q))
add("020-merge-done-mt.eml", "merge_completed", CID_H, [H_KEEP], True, "en", msg)


# ---------------------------------------------------------------- thread D: Priya (corporate Microsoft 365), 11-digit case, Bengali agent
CID_D = "10483920517"
D_OLD, D_KEEP = "AWS00871324", "AWS05529810"

# 021 case_created: older form-desk acknowledgement
d = T(2022, 10, 4, 11, 52, 9)
txt = """Greetings from AWS Training and Certification!

We have received your inquiry and our team is reviewing it now. Your case number is %s.

Please expect a response within one business day. When replying to us, do not change the subject line, so that your message is routed to the same case.

Regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
""" % CID_D
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CID_D, d, body_alt(txt))
add("021-form-ack-2022.eml", "case_created", CID_D, [], True, "en", msg)

# 022 support_reply: Bengali agent asks for details, quotes the submission ("-----Original Message-----")
d = T(2022, 10, 5, 6, 14, 37)
sub = """Inquiry type: Certification / Account Merge
AWS candidate ID: AWS05529810
Description: I have another account AWS00871324 which I created with my personal email when I took the Cloud Practitioner exam. Please merge it to my work account."""
q = orig_block("Priya Raman <priya.raman@northwind-analytics.com>", T(2022, 10, 4, 17, 21, 0, IST), "aws-cs-trainingcertification-form@amazon.com",
               "[AWS Training and Certification Form Submission] - account-assistance", sub)
txt = """Dear Priya,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. As per our check, we could find the candidate id aws00871324 associated to your personal email id.

As per the process, kindly provide the below details so that we can process your request further:

1) Registered email id of both the candidate accounts
2) Which account you want to retain as primary
3) Reason for the merging

Kindly revert back with the above details at the earliest.

Regards,
Tanvir
""" + FORM_SIG
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, form_subject(CID_D), d, body_alt(txt, q))
add("022-ask-details-bengali.eml", "support_reply", CID_D, [D_OLD], True, "en", msg)

# 023 merge_confirmation_requested: Bengali agent, "kindly confirm the same"
d = T(2022, 10, 6, 5, 3, 50)
txt = """Dear Priya,

Thanks for sharing the requested details.

Please find the below merge details and kindly confirm the same:

Primary account (to be retained): AWS-05529810 - priya.raman@northwind-analytics.com
Secondary account (to be merged): AWS-00871324 - priya.r.1992@gmail.com

Kindly note that post merging, the secondary account will get deactivated and this action is irreversible. All the certifications will be reflecting in the primary account.

Request you to kindly reply to this email with your confirmation so that we can do the needful.

Regards,
Tanvir
""" + FORM_SIG
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, form_subject(CID_D), d, body_alt(txt))
add("023-confirm-request-bengali.eml", "merge_confirmation_requested", CID_D, [D_KEEP, D_OLD], True, "en", msg)
TANVIR_TXT, TANVIR_D = txt, d

# 024 support_reply: "request is under process ... once the merge is complete we will update"
d = T(2022, 10, 7, 4, 41, 16)
q = outlook_block("Priya Raman <priya.raman@northwind-analytics.com>", T(2022, 10, 6, 12, 2, 0, IST),
                  "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", form_subject(CID_D),
                  "Hi Tanvir,\n\nConfirmed. The details are correct, please proceed with the merge.\n\nRegards,\nPriya\n\n" +
                  outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", TANVIR_D.astimezone(IST),
                                "Priya Raman <priya.raman@northwind-analytics.com>", form_subject(CID_D), TANVIR_TXT))
txt = """Dear Priya,

Thank you for the confirmation.

We have received the same and your request is under process with the concerned team. Kindly bear with us, generally the merging gets done within 3-5 business days. Once the merge is complete we will update you over the email, hence no need to raise a new case for this.

Regards,
Sourav
""" + FORM_SIG
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, form_subject(CID_D), d, body_alt(txt, q))
add("024-under-process-bengali.eml", "support_reply", CID_D, [], True, "en", msg)

# 025 merge_completed: agent announces completion and closes the case in the same message
d = T(2022, 10, 10, 9, 27, 3)
txt = """Dear Priya,

Greetings!

We are pleased to inform you that your candidate accounts has been merged successfully. Going forward you can login with AWS05529810, where all your certification history is reflecting now. The secondary account is deactivated.

As your request is completed, we are closing this case from our end. If you will be needing any further assistance, do let us know by replying on this email.

Regards,
Sourav
""" + FORM_SIG
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, form_subject(CID_D), d, body_alt(txt, cte="base64"))
add("025-merge-done-and-closing-bengali.eml", "merge_completed", CID_D, [D_KEEP], True, "en", msg)

# 026 survey: rating request after closure
d = T(2022, 10, 10, 9, 30, 55)
txt = """Hello Priya,

Your case %s has been closed.

Please take a moment to tell us about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?
YES: https://survey.aws-tc.amazon.com/r/%s?a=yes
NO: https://survey.aws-tc.amazon.com/r/%s?a=no

How satisfied were you with the agent who handled your case? (1 = very dissatisfied, 5 = very satisfied)
1 - 2 - 3 - 4 - 5

Thank you for helping us to improve.

AWS Training and Certification
""" % (CID_D, hexs(32), hexs(32))
msg = aws_msg("outlook", U_PRIYA, FORM_FROM, "How did we do? Case %s" % CID_D, d, body_alt(txt))
add("026-survey-priya.eml", "survey", CID_D, [], True, "en", msg)

# ---------------------------------------------------------------- thread E: Lucas, 2019, 10-digit, self-hosted server (no Authentication-Results)
U_LUCAS_W = ("Lucas Ferreira", "lucas@ferreira-ti.com.br")
CID_E = "6021834457"
E_OLD, E_KEEP = "AWS00213378", "AWS00419952"

# 027 case_created (no auth header -> null)
d = T(2019, 6, 18, 19, 4, 40)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automatic message to confirm that your request was received. Your case number is %s. An agent will get back to you as soon as possible, usually within 24 hours.

Thank you,
AWS Training and Certification
""" % CID_E
msg = aws_msg("none", U_LUCAS_W, FORM_FROM, "We received your request [CASE %s]" % CID_E, d, body_plain(txt, cte="7bit", charset="us-ascii"))
add("027-ack-2019-noauth.eml", "case_created", CID_E, [], None, "en", msg)

# 028 merge_completed: Chinese agent, no auth header
d = T(2019, 6, 21, 3, 12, 8)
txt = """Dear Lucas,

Thanks for your patient waiting.

We have already finished the merging of your two certification accounts. Your certification record under AWS00213378 have been moved to AWS00419952, and now you can only login with the AWS00419952 account. Please kindly noted that the old login will not work any more.

If any question, please feel free contact us.

Best Regards,
Li Wei
""" + FORM_SIG
msg = aws_msg("none", U_LUCAS_W, FORM_FROM, form_subject(CID_E), d, body_alt(txt))
add("028-merge-done-chinese-2019.eml", "merge_completed", CID_E, [E_OLD, E_KEEP], None, "en", msg)

# 029 credly_badge_issued: old Acclaim sender, no auth header
d = T(2019, 6, 22, 14, 45, 31)
html = credly_html("Lucas, you've earned a badge!", "AWS Certified SysOps Administrator - Associate",
                   issuer="Amazon Web Services Training and Certification",
                   intro="Amazon Web Services Training and Certification has issued you a badge. Accept it to display your achievement.").replace(
    "credly.com/earner", "youracclaim.com/earner").replace("images.credly.com", "images.youracclaim.com").replace("Credly, Inc. | 6 East 32nd Street, 9th Floor | New York, NY 10016", "Acclaim by Credly | 1 Penn Plaza | New York, NY")
ip = "167.89.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
hdr = trace_plain(U_LUCAS_W[1], "o3.email.youracclaim.com", ip, d + TD(seconds=9), mx="mx.ferreira-ti.com.br") + [
    ("DKIM-Signature", dkim_sig("youracclaim.com", "s1", d)),
    ("Date", rfcdate(d)),
    ("From", addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")),
    ("To", U_LUCAS_W[1]),
    ("Subject", "Lucas, you've been awarded a badge from Amazon Web Services Training and Certification"),
    ("Message-ID", "<%s@ismtpd0004p1iad2.sendgrid.net>" % b64s(22).replace("+", "x").replace("/", "y")),
]
msg = assemble(hdr, body_html(html))
add("029-acclaim-badge-2019.eml", "credly_badge_issued", None, [], None, "en", msg)

# ---------------------------------------------------------------- thread F: Tomasz (Gmail), Hebrew-speaking agent
F_OPEN = T(2025, 11, 3, 8, 10, 44)
CID_F = cid15(F_OPEN, 55120)
F_KEEP, F_GO = "AWS22781904", "AWS23004516"

# 030 support_reply: question about something other than the merge (scheduled exam)
d = T(2025, 11, 4, 7, 55, 12)
txt = """Hi Tomasz,

Thank you on your patience.

I checked it and I see that the account AWS 23004516 is connected to e-mail with domain of company (tomasz.nowak@vistula-soft.pl). Before I am moving forward, I need to know one thing: do you have an exam that is scheduled in the next 7 days in one of the accounts? If yes, in which of them? It is important because I cannot touch an account with an open appointment.

Please answer me on this e-mail and I will continue from there.

Be well,
Noa
""" + FORM_SIG
msg = aws_msg("gmail", U_TOMASZ, FORM_FROM, form_subject(CID_F), d, body_alt(txt))
add("030-exam-question-hebrew.eml", "support_reply", CID_F, [F_GO], True, "en", msg)


def ext_msg(prov, to_pair, from_pair, subject, d, body, auth, host, ip, msgid_dom, dkim_dom=None, forged=(),
            extra=(), subj_charset=None, arrive=7, selector="s1", to_hdr=None):
    tr = deliver(prov, to_pair[1], host, ip, d + TD(seconds=arrive), auth)
    h = list(tr)
    h += list(forged)
    if dkim_dom:
        h.append(("DKIM-Signature", dkim_sig(dkim_dom, selector, d)))
    h += [("From", addr(*from_pair)),
          ("To", to_hdr or addr(*to_pair)),
          ("Subject", enc_header(subject, subj_charset) if subj_charset else subject),
          ("Date", rfcdate(d)),
          ("Message-ID", "<%s@%s>" % (alnum(rnd.choice([20, 24, 32]), "0123456789ABCDEFabcdef"), msgid_dom))]
    h += list(extra)
    return assemble(h, body)


# 031 merge_confirmation_requested: Hebrew-speaking agent, direct style
d = T(2025, 11, 5, 8, 31, 40)
txt = """Hi Tomasz,

Thanks for the answer, so there is no exam in the way.

This is the plan, please read carefully:
AWS23004516 (tomasz.nowak@vistula-soft.pl) - goes into the other account and is closing
AWS22781904 (tnowak.aws@gmail.com) - stays, all the certifications will be there

After we do it there is no way back, we cannot split it again. I need that you will write me "I confirm" in a reply to this e-mail, and then I pass it forward to the team.

Be well,
Noa
""" + FORM_SIG
msg = aws_msg("gmail", U_TOMASZ, FORM_FROM, form_subject(CID_F), d, body_alt(txt))
add("031-confirm-request-hebrew.eml", "merge_confirmation_requested", CID_F, [F_KEEP, F_GO], True, "en", msg)
NOA_TXT, NOA_D = txt, d

# 032 support_reply: "got it, passed forward" (after user confirmed), nested Gmail quote
d = T(2025, 11, 6, 6, 2, 19)
user_d = T(2025, 11, 5, 10, 48, 0, CEST.__class__(dt.timedelta(hours=1), "CET"))
quoted = gmail_attr(user_d, "Tomasz Nowak", U_TOMASZ[1]) + "\n" + quote_gt(
    "I confirm.\n\nTomasz\n\n" + gmail_attr(NOA_D.astimezone(dt.timezone(dt.timedelta(hours=1))), "Amazon Web Services", FORM_FROM[1]) + "\n" + quote_gt(NOA_TXT))
txt = """Hi Tomasz,

Got it, thank you. I passed the request to the team which is doing the technical part. It can take some days, normally 2-3, and I will update you when it is finish. Don't open new case meanwhile, it only makes it slower.

Be well,
Noa
""" + FORM_SIG
msg = aws_msg("gmail", U_TOMASZ, FORM_FROM, form_subject(CID_F), d, body_alt(txt, quoted))
add("032-passed-forward-hebrew.eml", "support_reply", CID_F, [], True, "en", msg)

# 033 merge_completed: Hebrew-speaking agent, avoids "completed"
d = T(2025, 11, 8, 9, 14, 2)
txt = """Hi Tomasz,

It's done. The two accounts are now one, everything sits under AWS22781904.

Check please that you see there all your 4 certifications and also the 50% voucher from the last exam. If something is not OK, answer here and I will look on it.

Be well,
Noa
""" + FORM_SIG
msg = aws_msg("gmail", U_TOMASZ, FORM_FROM, form_subject(CID_F), d, body_alt(txt, cte="base64"))
add("033-its-done-hebrew.eml", "merge_completed", CID_F, [F_KEEP], True, "en", msg)

# ---------------------------------------------------------------- thread G: Omar (Gmail), console cases, duplicate case, Chinese agent
G1_OPEN = T(2025, 8, 11, 15, 40, 3)
CID_G1 = cid15(G1_OPEN, 30618)
G2_OPEN = T(2025, 8, 19, 18, 2, 51)
CID_G2 = cid15(G2_OPEN, 81442)
G_GO, G_KEEP = "AWS30045521", "AWS30991068"

# 034 case_created: second console case, echo mentions the first case id
d = G2_OPEN + TD(seconds=9)
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Account merge - no answer on previous case
Severity: General guidance
Correspondence: Hello, I opened case %s one week ago and nobody answered. I need to merge AWS-30045521 into AWS-30991068 before my exam next month. Thank you.

One of our Customer Service representatives will be in touch shortly. Please sign in to the Support Center to view, reply to, or update your case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CID_G2, CID_G2, CID_G1, CID_G2)
msg = aws_msg("gmail", U_OMAR, CONSOLE_FROM, "Amazon Web Services: You have opened a new Support case: %s" % CID_G2, d, body_alt(txt))
add("034-second-case-opened.eml", "case_created", CID_G2, [G_GO, G_KEEP], True, "en", msg)

# 035 support_reply: Chinese agent, duplicate case will be closed, follow-up in the first case
d = T(2025, 8, 20, 2, 26, 44)
txt = """Hello Omar,

Thanks for your contact and sorry for the late response of your previous case.

We noticed that you have already opened the case %s for the same request. In order to avoid the duplicate handling, we will continue to follow up your request in the case %s, and this case will be resolved. Please kindly not open the new case again for this issue, it will make the process more slow.

Your request is processing now, our colleague will reply you in the other case soon.

Thanks for your understanding.

Best Regards,
Zhang Min
Amazon Web Services
""" % (CID_G1, CID_G1) + console_footer(CID_G2)
msg = aws_msg("gmail", U_OMAR, CONSOLE_FROM, "RE:[CASE %s] Account merge - no answer on previous case" % CID_G2, d, body_alt(txt))
add("035-duplicate-case-chinese.eml", "support_reply", CID_G2, [], True, "en", msg)

# 036 merge_confirmation_requested: Chinese agent, in the first case
d = T(2025, 8, 20, 3, 5, 31)
txt = """Hello Omar,

Sorry for the late reply due to the high volume of cases in these days.

Please kindly check the below information:
The account AWS30045521 will be merged to the account AWS30991068, and the AWS30991068 will be kept as your only account. The login email will be omar.haddad.it@gmail.com.

Please be noted that the merge operation cannot be reverted. Kindly reply us in the Support Center to confirm if it is correct, then we will arrange the merge for you as soon as possible.

Best Regards,
Zhang Min
Amazon Web Services
""" + console_footer(CID_G1)
msg = aws_msg("gmail", U_OMAR, CONSOLE_FROM, "RE:[CASE %s] Merge two certification accounts" % CID_G1, d, body_alt(txt))
add("036-confirm-request-chinese.eml", "merge_confirmation_requested", CID_G1, [G_GO, G_KEEP], True, "en", msg)

# 037 survey: the duplicate case is resolved
d = T(2025, 8, 20, 2, 30, 10)
txt = """Hello,

Your support case %s has been resolved.

Subject: Account merge - no answer on previous case

We hope we were able to help. If you have a moment, please rate your experience with this case. Your feedback helps us to improve AWS Support:
https://aws.amazon.com/support/feedback/?caseId=%s&s=%s

If you still need help, you can reopen this case from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (CID_G2, CID_G2, hexs(32), CID_G2)
msg = aws_msg("gmail", U_OMAR, CONSOLE_FROM, "Amazon Web Services: Your support case %s has been resolved" % CID_G2, d, body_alt(txt))
add("037-duplicate-resolved-survey.eml", "survey", CID_G2, [], True, "en", msg)

# 038 phishing (look-alike domain, passes its own DMARC): merge confirmation request -> content kind, false
d = T(2025, 11, 5, 14, 2, 7)
PH_CID = "176234801200931"
ip = "185.231.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = dict(spf="pass", mailfrom="bounce@mail.aws-certification-merge.com", ip=ip,
            dkim=[("pass", "aws-certification-merge.com", "default")], dmarc="pass", from_dom="aws-certification-merge.com", p="NONE")
txt = """Dear Candidate,

We are ready for merging your AWS Certification accounts AWS22781904 and AWS23004516 as requested in case %s. The account AWS22781904 will be the remaining account.

To confirm the merge please sign in with your AWS credentials on the secure portal below during next 24 hours. If you not confirm in time, the certifications of the secondary account will be revoke permanently.

Confirm merge: https://aws-certification-merge.com/confirm?c=%s&t=%s

Thank you,
AWS Certification Support Team
""" % (PH_CID, PH_CID, hexs(24))
msg = ext_msg("gmail", U_TOMASZ, ("AWS Certification Support", "support@aws-certification-merge.com"),
              "RE:[CASE %s] Account merge - action required" % PH_CID, d, body_alt(txt), auth,
              "mail.aws-certification-merge.com", ip, "mail.aws-certification-merge.com", dkim_dom="aws-certification-merge.com", selector="default")
add("038-phish-confirm-lookalike.eml", "merge_confirmation_requested", PH_CID, [F_KEEP, F_GO], False, "en", msg)

# 039 phishing spoofing amazon.com: topmost Outlook A-R fails, forged lower A-R claims pass; asks passwords "to proceed the merge"
d = T(2025, 3, 12, 22, 41, 55)
ip = "45.95.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = dict(spf="softfail", mailfrom="info@cloudnotify-mailer.ru", ip=ip, dkim=[("none", "amazon.com", "")], dmarc="fail",
            from_dom="amazon.com", action="quarantine")
forged = [("Authentication-Results", "amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")]
txt = """Hello Sara,

Thank you for your patient. For proceed the merge of your three certification accounts we need to verify that you are the owner of them. Kindly reply on this email with the login email and the password of each account (AWS20558190, AWS20773412, AWS31006248), our technical team will use it only one time for the migration.

If we will not receive the information in 48 hours, the case will be closed without action.

Best regards,
Amazon Web Services Support
"""
msg = ext_msg("outlook", U_SARA, ("Amazon Web Services", "no-reply-aws@amazon.com"),
              "RE:[CASE %s] Merge my three certification accounts" % CID_B, d, body_plain(txt), auth,
              "mx.cloudnotify-mailer.ru", ip, "cloudnotify-mailer.ru", forged=forged,
              extra=[("Reply-To", "aws-support-merge@outlook-help.com")])
add("039-phish-spoof-asks-password.eml", "support_reply", CID_B, [B1, B2, B3], False, "en", msg)

# 040 phishing Credly look-alike: badge ready to accept
d = T(2025, 7, 6, 3, 15, 0)
ip = "91.214.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = dict(spf="pass", mailfrom="noreply@credly-notifications.net", ip=ip, dkim=[("pass", "credly-notifications.net", "k1")],
            dmarc="pass", from_dom="credly-notifications.net", p="NONE")
html = credly_html("Your badge is waiting!", "AWS Certified Developer – Associate",
                   intro="After the account merge your AWS badge was transfered. You must accept it in 48 hours otherwise it will expire and can not be recovered.").replace(
    "https://www.credly.com/earner/earned/badge/", "https://credly-notifications.net/claim/")
msg = ext_msg(NIFTY, U_KENTA, ("Credly", "badges@credly-notifications.net"), "Accept your AWS badge now", d, body_html(html), auth,
              "mail.credly-notifications.net", ip, "credly-notifications.net", dkim_dom="credly-notifications.net", selector="k1")
add("040-phish-credly-lookalike.eml", "credly_badge_issued", None, [], False, "en", msg)


# ---------------------------------------------------------------- thread J: Aya (docomo), Japanese console case
J_OPEN = T(2025, 10, 20, 3, 12, 9)
CID_J = cid15(J_OPEN, 4518)
J1, J2 = "AWS12870043", "AWS13301956"

# 041 case_created (ja), console, ISO-2022-JP base64, encoded subject
d = J_OPEN + TD(seconds=14)
txt = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: 認定アカウントが2つあります（AWS12870043 と AWS 13301956）。転職の際に新しく作ってしまいました。1つにまとめていただくことは可能でしょうか。

カスタマーサービス担当者より追ってご連絡いたします。ケースの確認、返信、更新はサポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services

本メールアドレスは送信専用のため、ご返信いただくことはできません。
""" % (CID_J, CID_J, CID_J)
msg = aws_msg(DOCOMO, U_AYA, CONSOLE_FROM, "Amazon Web Services: 新しいサポートケースが作成されました: %s" % CID_J, d,
              body_alt(txt, cte="base64", charset="iso-2022-jp"), subj_charset="iso-2022-jp")
add("041-console-case-opened-ja.eml", "case_created", CID_J, [J1, J2], True, "ja", msg)

# 042 support_reply (ja): asks which account to keep + login mails; CP932 characters under a "Shift_JIS" label
d = T(2025, 10, 21, 1, 40, 26)
txt = """佐々木 彩 様

Amazon Web Services カスタマーサービスの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウント統合の手続きを進めるにあたり、恐れ入りますが以下の点についてご教示いただけますでしょうか。

①今後ご利用になるアカウント（存続させるアカウント）は、AWS12870043 と AWS13301956 のどちらでしょうか。
②それぞれのアカウントにご登録のログイン用メールアドレス
③通知先メールアドレスがログイン用と異なる場合は、そのメールアドレス

いただいた情報をもとに確認のうえ、改めてご連絡いたします。
お手数をおかけいたしますが、サポートセンターよりご返信くださいますようお願い申し上げます。

山本
Amazon Web Services
""" + console_footer(CID_J, "ja")
msg = aws_msg(DOCOMO, U_AYA, CONSOLE_FROM, "RE:[CASE %s] 認定アカウントの統合について" % CID_J, d,
              body_plain(txt, cte="base64", charset="cp932", label="Shift_JIS"), subj_charset="iso-2022-jp")
add("042-which-account-ja.eml", "support_reply", CID_J, [J1, J2], True, "ja", msg)

# ---------------------------------------------------------------- thread K: Rafael (Yahoo), form desk, three accounts
U_RAFAEL = ("Rafael Ortiz", "rafa.ortiz88@yahoo.com")
YAHOO = ("jp", "atlas-production.v2.mail.yahoo.com", "mta4002.mail.gq1.yahoo.com", PDT)
K_OPEN = T(2025, 4, 7, 16, 20, 45)
CID_K = cid15(K_OPEN, 66290)
K1, K2, K3 = "AWS08812304", "AWS19920481", "AWS26617730"

# 043 merge_confirmation_requested: Dutch agent, three accounts
d = T(2025, 4, 8, 9, 3, 58)
txt = """Dear Rafael,

Thank you for your message. I have looked into it and I see three accounts on your name.

Hereby an overview of what we are going to do:

AWS08812304 -> will be merged into AWS19920481
AWS26617730 -> will be merged into AWS19920481
AWS19920481 remains as your account, with login rafa.ortiz88@yahoo.com

Please note that a merge can not be turned back afterwards.

Could you let us know if this is correct for you? When we have your go, we make a start with it.

With kind regards,
Sanne
""" + FORM_SIG
msg = aws_msg(YAHOO, U_RAFAEL, FORM_FROM, form_subject(CID_K), d, body_alt(txt))
add("043-confirm-request-dutch.eml", "merge_confirmation_requested", CID_K, [K1, K2, K3], True, "en", msg)
SANNE_TXT, SANNE_D = txt, d

# 044 support_reply: Swahili-speaking agent chases the missing confirmation (quoted request below)
d = T(2025, 4, 11, 7, 22, 30)
q = outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", SANNE_D.astimezone(UTC),
                  "rafa.ortiz88@yahoo.com", form_subject(CID_K), SANNE_TXT)
txt = """Dear Rafael,

Greetings!

We did not received your reply on our previous email concerning your request. Kindly we are still waiting for your feedback so that we can be able to move forward.

If we will not hear from you within 3 days, the case will be closed automatically, but you can still reopen it by replying to this email.

Thank you.

Neema
""" + FORM_SIG
msg = aws_msg(YAHOO, U_RAFAEL, FORM_FROM, form_subject(CID_K), d, body_alt(txt, q))
add("044-chaser-swahili.eml", "support_reply", CID_K, [], True, "en", msg)

# 045 merge_completed: Italian agent, "is been completed"
d = T(2025, 4, 14, 10, 9, 44)
q = orig_block("Rafael Ortiz <rafa.ortiz88@yahoo.com>", T(2025, 4, 11, 20, 5, 0, PDT), "Amazon Web Services",
               form_subject(CID_K), "Hi, sorry for the delay, I was traveling. Yes this is correct, go ahead.\nRafael")
txt = """Dear Rafael,

I am happy to communicate you that the unification of your three profiles is been completed with success. From today you will find all the certifications inside the account AWS 19920481, while the other two accounts are been disabled.

I remind you to verify also that the badges on Credly are arrived; normally they arrive in 1-2 days.

Distinct regards,
Alessandro
""" + FORM_SIG
msg = aws_msg(YAHOO, U_RAFAEL, FORM_FROM, form_subject(CID_K), d, body_alt(txt, q, cte="base64"))
add("045-merge-done-italian.eml", "merge_completed", CID_K, [K2], True, "en", msg)

# 046 survey: Italian agent closes for lack of news and asks an evaluation
d = T(2025, 4, 21, 8, 0, 12)
txt = """Dear Rafael,

since we have not received further news from you in the last days, we proceed with the closure of the case %s.

We would be grateful if you would dedicate one minute for express an evaluation about the service received. Was your issue resolved?

YES  https://survey.aws-tc.amazon.com/r/%s?a=yes
NO   https://survey.aws-tc.amazon.com/r/%s?a=no

If you need further assistance, you can answer to this e-mail within 14 days and the case will be open again.

Distinct regards,
Alessandro
""" % (CID_K, hexs(32), hexs(32)) + FORM_SIG
msg = aws_msg(YAHOO, U_RAFAEL, FORM_FROM, form_subject(CID_K), d, body_alt(txt))
add("046-closure-survey-italian.eml", "survey", CID_K, [], True, "en", msg)

# 047 credly_badge_issued: Sara, multipart/alternative, Outlook
d = T(2025, 3, 16, 19, 44, 10)
html = credly_html("Sara, you earned a badge!", "AWS Certified Machine Learning – Specialty")
plain = """Sara, you earned a badge!

AWS Training and Certification has issued you a new badge: AWS Certified Machine Learning – Specialty.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s

Badges are a web-enabled version of your credential that you can share online.

Credly, Inc. | 6 East 32nd Street, 9th Floor | New York, NY 10016
""" % uuid.UUID(int=rnd.getrandbits(128), version=4)
msg = credly_msg("outlook", U_SARA, "AWS Training and Certification has issued you a badge", d, html, plain=plain)
add("047-credly-badge-sara.eml", "credly_badge_issued", None, [], True, "en", msg)

# 048 credly_badge_issued: Priya 2022, base64, Microsoft 365
d = T(2022, 10, 11, 14, 6, 55)
html = credly_html("Claim your badge", "AWS Certified Cloud Practitioner",
                   intro="Priya, AWS Training and Certification sent you a badge. It is ready to accept.")
msg = credly_msg("outlook", U_PRIYA, "Priya, claim your AWS Certified Cloud Practitioner badge", d, html, cte="base64")
add("048-credly-claim-priya.eml", "credly_badge_issued", None, [], True, "en", msg)

# ---------------------------------------------------------------- thread M: Ahmed (Gmail), 11-digit 2023 case
U_AHMED = ("Ahmed Siddiqui", "ahmed.siddiqui.cloud@gmail.com")
CID_M = "12230957715"
M_GO, M_KEEP = "AWS02231184", "AWS06650329"

# 049 merge_confirmation_requested: Swahili-speaking agent, "once you confirm ... will be completed"
d = T(2023, 2, 14, 8, 17, 26)
txt = """Greetings Ahmed,

Hope you are fine.

Kindly find below the details of the accounts to be merged:

Account to be retained: Aws06650329 (ahmed.siddiqui.cloud@gmail.com)
Account to be merged and closed: Aws02231184 (a.siddiqui@student.uonbi.ac.ke)

Kindly note that this process is irreversible. Kindly reply to this email to confirm that the above details are correct. Once you confirm, the merging will be completed within 48 hours and you will receive an email of completion.

Asante,
Wanjiru
""" + FORM_SIG
msg = aws_msg("gmail", U_AHMED, FORM_FROM, form_subject(CID_M, "RE: "), d, body_alt(txt))
add("049-confirm-request-swahili.eml", "merge_confirmation_requested", CID_M, [M_GO, M_KEEP], True, "en", msg)
WANJIRU_TXT, WANJIRU_D = txt, d

# 050 support_reply: Malay agent, "noted with thanks", in progress (ids only in quoted history)
d = T(2023, 2, 15, 3, 48, 2)
user_d = T(2023, 2, 14, 9, 3, 0, PST)
quoted = gmail_attr(user_d, "Ahmed Siddiqui", U_AHMED[1]) + "\n" + quote_gt(
    "Yes correct, please merge AWS02231184 into AWS06650329.\n\n" + gmail_attr(WANJIRU_D.astimezone(PST), "Amazon Web Services", FORM_FROM[1]) + "\n" + quote_gt(WANJIRU_TXT))
txt = """Hi Ahmed,

Noted with thanks on your confirmation.

Kindly be informed that your merging request is currently in progress and pending with our backend team. Will update you once it is done. Appreciate your patience.

Thank you.

Regards,
Faizal
""" + FORM_SIG
msg = aws_msg("gmail", U_AHMED, FORM_FROM, form_subject(CID_M, "RE: "), d, body_alt(txt, quoted))
add("050-in-progress-malay.eml", "support_reply", CID_M, [], True, "en", msg)


# ---------------------------------------------------------------- unrelated look-alikes
def simple_auth(dom, mailfrom, ip, sel="s1", dmarc="pass", p="REJECT", dkim_dom=None, spf="pass"):
    return dict(spf=spf, mailfrom=mailfrom, ip=ip, dkim=[("pass", dkim_dom or dom, sel)], dmarc=dmarc, from_dom=dom, p=p)


# 051 Amazon Seller Central case (same RE:[CASE n] style; "merged" ASIN pages)
d = T(2025, 8, 14, 12, 30, 40)
ip = "52.95.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
SC_CID = "5884881212"
txt = """Hello,

Greetings from Amazon Seller Support.

I have reviewed your case and I am happy to inform you that the duplicate detail pages for ASIN B0C7XK2P9L and B0C7XJ8R4M have been merged successfully. The offers which were listed on the duplicate page are now showing under the ASIN B0C7XK2P9L. Please allow up to 24 hours for the changes to reflect on the website.

Was this response helpful? Please let us know by clicking one of the links below:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s&helpful=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s&helpful=no

Thank you for selling on Amazon,
Deepika S.
Amazon Seller Support
""" % (SC_CID, SC_CID)
auth = simple_auth("amazon.com", "20250814123040e1a8b4c2d9f04e18a2b7c0ff83d4p0na@bounces.amazon.com", ip, sel="yg4mwqurec7fkhzutopddd3ytuaqrvuz", p="QUARANTINE")
msg = ext_msg("gmail", U_OMAR, ("Amazon Seller Support", "seller-support-noreply@amazon.com"),
              "RE:[CASE %s] Duplicate ASIN listing - request to merge" % SC_CID, d, body_alt(txt), auth,
              "smtp-fw-%d.amazon.com" % rnd.randint(10000, 99999), ip, "email.amazon.com", dkim_dom="amazon.com",
              selector="yg4mwqurec7fkhzutopddd3ytuaqrvuz")
add("051-seller-central-asin-merge.eml", "unrelated", SC_CID, [], True, "en", msg)

# 052 other AWS support case of the same user: billing (Greek agent), consolidated billing, 12-digit account ids
BILL_OPEN = T(2025, 4, 2, 7, 55, 30)
CID_BILL = cid15(BILL_OPEN, 12873)
d = T(2025, 4, 3, 9, 20, 11)
txt = """Hello Sara,

Thank you for contact AWS Billing and Accounts support.

I have checked the charges of March on the account 481516234200. These charges are coming from an RDS instance in eu-north-1 which was remained running after you have moved the account into your AWS Organization. As the account is now a member account, the charges are visible on the management account 902210457781 through the consolidated billing, and not anymore on the member account itself.

I have applied a one-time courtesy credit of 38.20 USD, which will be visible in the Billing console in the next 24-48 hours. Please remember to stop or delete the resources you don't use, for avoid further charges.

I stay at your disposal for anything else.

Best regards,
Dimitris P.
Amazon Web Services
""" + console_footer(CID_BILL)
msg = aws_msg("outlook", U_SARA, CONSOLE_FROM, "RE:[CASE %s] Unexpected charges after moving account to Organization" % CID_BILL, d, body_alt(txt))
add("052-billing-case-greek.eml", "unrelated", CID_BILL, [], True, "en", msg)

# 053 other AWS support case (ja): service quota increase
Q_OPEN = T(2025, 7, 10, 2, 4, 50)
CID_Q = cid15(Q_OPEN, 39001)
d = T(2025, 7, 10, 6, 42, 13)
txt = """田中 健太 様

Amazon Web Services サポートの中村でございます。
お問い合わせいただき、ありがとうございます。

ご依頼いただきました東京リージョン (ap-northeast-1) における Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) インスタンスの vCPU 上限緩和につきまして、32 から 128 への引き上げが承認され、反映が完了いたしました。

Service Quotas コンソールにて、新しい値をご確認いただけます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

中村
Amazon Web Services
""" + console_footer(CID_Q, "ja")
msg = aws_msg(NIFTY, U_KENTA, CONSOLE_FROM, "RE:[CASE %s] EC2 vCPU 上限緩和のリクエスト" % CID_Q, d,
              body_alt(txt, cte="quoted-printable"), subj_charset="utf-8")
add("053-quota-case-ja.eml", "unrelated", CID_Q, [], True, "ja", msg)

# 054 CertMetrics "AWS Certification wants to hear from you" (candidate id in new text)
d = T(2022, 11, 2, 17, 0, 3)
ip = "198.37.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = simple_auth("certmetrics.com", "bounces+1842207-9c1e@em.certmetrics.com", ip, p="NONE")
txt = """Dear Priya Raman,

AWS Certification wants to hear from you!

As a recent AWS Certified individual, you are invited to take part in a short survey about your certification experience. Your feedback helps us to improve the AWS Certification program.

Candidate ID: AWS05529810

Take the survey: https://www.certmetrics.com/amazon/survey/?s=%s

This survey will close on November 30, 2022.

Thank you,
AWS Certification

This is an automated message from do-not-reply@certmetrics.com. Please do not reply.
""" % hexs(32)
msg = ext_msg("outlook", U_PRIYA, ("AWS Certification", "do-not-reply@certmetrics.com"),
              "AWS Certification wants to hear from you", d, body_alt(txt), auth,
              "o2.em.certmetrics.com", ip, "certmetrics.com", dkim_dom="certmetrics.com")
add("054-certmetrics-survey.eml", "unrelated", None, [D_KEEP], False, "en", msg)

# 055 Pearson VUE appointment confirmation
d = T(2025, 11, 10, 15, 22, 47)
ip = "159.182.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = simple_auth("pearson.com", "pearsonvueconfirmation@pearson.com", ip, sel="selector1", p="QUARANTINE")
txt = """Dear Tomasz Nowak,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Thursday, December 4, 2025 at 10:00 AM CET
Delivery: OnVUE online proctored
Registration ID: 512884730
AWS Candidate ID: AWS-22781904

Please check in 30 minutes before your appointment and run the system test on the computer you will use for the exam.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
msg = ext_msg("gmail", U_TOMASZ, ("Pearson VUE", "pearsonvueconfirmation@pearson.com"),
              "Pearson VUE Confirmation of Booking", d, body_alt(txt, cte="base64"), auth,
              "mail-sn1nam02on2090.outbound.protection.outlook.com", ip, "pearson.com", dkim_dom="pearson.com", selector="selector1")
add("055-pearson-vue-booking.eml", "unrelated", None, [F_KEEP], False, "en", msg)

# 056 GitHub pull request merged notification
d = T(2025, 9, 2, 13, 5, 18)
ip = "192.30.252.%d" % rnd.randint(190, 210)
auth = simple_auth("github.com", "noreply@github.com", ip, sel="pf2023", p="REJECT")
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/vistula-soft/cert-portal/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <vistula-soft/cert-portal/pull/412/issue_event/%d@github.com>
""" % (rnd.randint(10**10, 10**11), rnd.randint(10**10, 10**11))
msg = ext_msg("gmail", U_TOMASZ, ("Piotr Kowalczyk", "notifications@github.com"),
              "Re: [vistula-soft/cert-portal] Merge duplicate candidate profiles on import (PR #412)", d, body_alt(txt), auth,
              "out-%d.smtp.github.com" % rnd.randint(20, 29), ip, "github.com", dkim_dom="github.com", selector="pf2023",
              extra=[("Reply-To", "vistula-soft/cert-portal <reply+%s@reply.github.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                     ("List-ID", "vistula-soft/cert-portal <cert-portal.vistula-soft.github.com>"),
                     ("X-GitHub-Reason", "author")])
add("056-github-pr-merged.eml", "unrelated", None, [], False, "en", msg)

# 057 Credly's own self-service account merge code
d = T(2025, 11, 9, 18, 31, 2)
html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table width="560" align="center" style="background:#fff;padding:32px"><tr><td>
<img src="https://images.credly.com/images/logo/credly.png" width="90" alt="Credly">
<h2>Merge your Credly accounts</h2>
<p>Hi Tomasz,</p>
<p>We received a request to merge the Credly account registered to <b>tomasz.nowak@vistula-soft.pl</b> into this account. All badges from that account will be moved here.</p>
<p>Your verification code is:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">483920</p>
<p>Or use the button below. The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/users/account_merge/confirm?token=%s" style="background:#0082c8;color:#fff;padding:12px 26px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:13px;color:#777">If you did not request this, you can ignore this email.</p>
</td></tr></table></body></html>
""" % hexs(40)
msg = credly_msg("gmail", U_TOMASZ, "Confirm your Credly account merge", d, html, from_name="Credly")
add("057-credly-self-merge-code.eml", "unrelated", None, [], True, "en", msg)

# 058 Credly badge expiry reminder
d = T(2025, 8, 12, 14, 0, 9)
html = credly_html("Your badge expires soon", "AWS Certified Cloud Practitioner",
                   intro="Priya, your AWS Certified Cloud Practitioner badge issued by AWS Training and Certification will expire on October 11, 2025. Recertify to keep your badge active.",
                   button="Learn how to recertify")
msg = credly_msg("outlook", U_PRIYA, "Reminder: your AWS Certified Cloud Practitioner badge expires in 60 days", d, html)
add("058-credly-expiry-reminder.eml", "unrelated", None, [], True, "en", msg)

# 059 phishing not about the merge (look-alike billing); mislabelled charset (UTF-8 bytes, iso-8859-1 label)
d = T(2025, 6, 3, 4, 12, 55)
ip = "103.152.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
auth = dict(spf="pass", mailfrom="billing@aws-account-verify.com", ip=ip, dkim=[("pass", "aws-account-verify.com", "mail")],
            dmarc="pass", from_dom="aws-account-verify.com", p="NONE")
txt = """Dear Customer,

We was unable to validate your payment method for your Amazon Web Services account. Because of this your account has been suspended and all running resources will be terminate in 24 hours.

To restore your services please update your billing information immediately:
https://aws-account-verify.com/billing/update?id=%s

We apologise for any inconvenience – this is an automated security measure.

Regards,
AWS Billing Team
""" % hexs(16)
msg = ext_msg("gmail", U_DANIEL, ("AWS Billing", "billing@aws-account-verify.com"),
              "Action required: Your AWS account is suspended", d, body_plain(txt, cte="quoted-printable", charset="utf-8", label="iso-8859-1"),
              auth, "mail.aws-account-verify.com", ip, "aws-account-verify.com", dkim_dom="aws-account-verify.com", selector="mail")
add("059-phish-billing-suspended.eml", "unrelated", None, [], False, "en", msg)

# 060 GitLab merge request merged notification
d = T(2025, 9, 24, 8, 47, 33)
ip = "192.237.158.%d" % rnd.randint(140, 160)
auth = simple_auth("mg.gitlab.com", "bounce+%s@mg.gitlab.com" % hexs(6), ip, sel="mailo", p="NONE")
txt = """Merge request !57 was merged
Merge request URL: https://gitlab.com/cert-tools/badge-sync/-/merge_requests/57
Project:Branches: jweber/badge-sync:fix-merge-accounts to cert-tools/badge-sync:main
Author: Jonas Weber

--
Reply to this email directly or view it on GitLab: https://gitlab.com/cert-tools/badge-sync/-/merge_requests/57
You're receiving this email because of your activity on gitlab.com. Unsubscribe from this thread · Manage all notifications · Help
"""
msg = ext_msg("outlook", U_HANNAH, ("Jonas Weber (@jweber)", "gitlab@mg.gitlab.com"),
              "Re: badge-sync | Merge accounts: keep the older Credly profile (!57)", d, body_alt(txt), auth,
              "mg-158-%d.mailgun.net" % rnd.randint(1, 99), ip, "gitlab.com", dkim_dom="mg.gitlab.com", selector="mailo",
              extra=[("X-GitLab-Project", "badge-sync"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "")])
add("060-gitlab-mr-merged.eml", "unrelated", None, [], False, "en", msg)


main()
