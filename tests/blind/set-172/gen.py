#!/usr/bin/env python3
"""Generator for blind set 172: paraphrased English AWS Certification account-merge mail.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []  # (filename, bytes, label)

TZ = {
    "PDT": timezone(timedelta(hours=-7)),
    "PST": timezone(timedelta(hours=-8)),
    "UTC": timezone.utc,
    "JST": timezone(timedelta(hours=9)),
    "IST": timezone(timedelta(hours=5, minutes=30)),
    "CEST": timezone(timedelta(hours=2)),
    "BST": timezone(timedelta(hours=1)),
    "EDT": timezone(timedelta(hours=-4)),
    "AEST": timezone(timedelta(hours=10)),
}


# --------------------------------------------------------------------------- helpers
def R(seed):
    return random.Random(hashlib.sha256(str(seed).encode()).hexdigest())


def hx(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64junk(rng, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def dt(y, mo, d, h, mi, s=0, tz="UTC"):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


def unix(d):
    return int(d.timestamp())


def case15(opened, suffix):
    """15-digit case id: 10-digit unix time of opening + 5 digits."""
    return "%d%05d" % (unix(opened), suffix)


def ses_id(d, rng):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hx(rng, 8), hx(rng, 4), hx(rng, 4), hx(rng, 4), hx(rng, 12))


def rfc(d):
    return format_datetime(d)


def gdate(d):
    """Gmail Received-style date with zone comment."""
    name = {-7: "PDT", -8: "PST", 0: "UTC", 9: "JST", 1: "BST", 2: "CEST", -4: "EDT"}
    off = int(d.utcoffset().total_seconds() // 3600)
    return format_datetime(d) + (" (%s)" % name[off] if off in name else "")


def enc_subject(text, charset="utf-8"):
    """Encoded-word subject, folded over lines."""
    return Header(text, charset, maxlinelen=64, header_name="Subject").encode()


def enc_raw(text, charset, chunk=10):
    """Encoded words in the given charset without Python's output-charset conversion."""
    words, cur = [], ""
    for ch in text:
        if len(cur) >= chunk:
            words.append(cur); cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset.lower())).decode())
                      for w in words)


def enc_name(name, addr, charset="utf-8"):
    return "%s <%s>" % (Header(name, charset).encode(), addr)


# --------------------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    """A text part. `label` lets the declared charset differ from the real one."""
    raw = text.encode(charset)
    m = MIMENonMultipart("text", subtype)
    m.set_param("charset", label or charset)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        m["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        m["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        payload = raw.decode("ascii")
        m["Content-Transfer-Encoding"] = "7bit"
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def _sub(p):
    del p["MIME-Version"]
    return p


def alt(plain, html, charset="utf-8", cte="qp", cte_html=None, label=None):
    m = MIMEMultipart("alternative")
    m.attach(_sub(part(plain, "plain", charset, cte, label)))
    m.attach(_sub(part(html, "html", charset, cte_html or cte, label)))
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(_sub(p))
    return m


def related(html_part, *parts):
    m = MIMEMultipart("related")
    m.attach(html_part)
    for p in parts:
        m.attach(_sub(p))
    return m


def png_part(rng, name="logo.png", cid=None):
    m = MIMENonMultipart("image", "png", name=name)
    data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(90))
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    m["Content-Transfer-Encoding"] = "base64"
    if cid:
        m["Content-ID"] = "<%s>" % cid
        m["Content-Disposition"] = 'inline; filename="%s"' % name
    return m


def html_wrap(body_html, title="Amazon Web Services", footer=""):
    return (
        "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\"><title>%s</title></head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e\">\n"
        "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td "
        "style=\"padding:16px\">\n%s\n</td></tr>\n<tr><td style=\"padding:16px;font-size:11px;"
        "color:#687078\">%s</td></tr></table>\n</body></html>\n" % (title, body_html, footer)
    )


def p2h(text):
    """Plain paragraphs to HTML paragraphs (simple agents' HTML alternative)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                 for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------- quoting
def q_gmail(when, name, addr, text):
    head = "On %s %s <%s> wrote:" % (when, name, addr)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def q_outlook(frm, sent, to, subject, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.strip("\n")))


def q_original(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.strip("\n")))


def q_ja(when, name, addr, text):
    return "%s %s <%s>:\n" % (when, name, addr) + "\n".join(
        ("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def nest(text):
    return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">")
                     for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------- trace headers
SES_IPS = ["54.240.8.12", "54.240.8.97", "54.240.9.41", "54.240.48.102", "54.240.11.88",
           "23.251.226.4", "54.240.27.17", "54.240.13.60"]


def trace(kind, rng, d, to, mailfrom, from_dom, dkim_doms, dmarc="pass", spf="pass",
          ip=None, helo=None, policy="QUARANTINE", extra_ar=None, arc=True):
    """Trace + authentication headers, as a list of 'Name: value' strings (topmost first).

    kind: gmail | outlook | jp-nifty | jp-ocn | jp-docomo | fastmail | none
    dkim_doms: list of (domain, result) tuples
    extra_ar: a list of additional (lower, untrusted) Authentication-Results values
    """
    from email.utils import parseaddr
    to = parseaddr(to)[1] or to
    ip = ip or rng.choice(SES_IPS)
    helo = helo or ("a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]))
    recv = d + timedelta(seconds=rng.randint(1, 9))
    H = []
    mf_dom = mailfrom.split("@")[-1]
    if kind == "gmail":
        H.append("Delivered-To: %s" % to)
        H.append("Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n"
                 "        %s" % (hx(rng, 4), hx(rng, 3), hx(rng, 4), hx(rng, 4),
                                 rng.choice("abcdefghk") + str(rng.randint(1, 99)),
                                 rng.randint(100000, 9999999), rng.choice(["pxb", "lqb", "sya"]),
                                 gdate(recv.astimezone(TZ["PDT"]))))
        H.append("X-Google-Smtp-Source: AGHT+I%s" % b64junk(rng, 60))
        H.append("X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\n"
                 "        %s" % (hx(rng, 4), hx(rng, 3), hx(rng, 4), hx(rng, 4), hx(rng, 8),
                                 hx(rng, 8), rng.randint(10, 99), hx(rng, 4),
                                 gdate(recv.astimezone(TZ["PDT"]))))
        ar_items = ["dkim=%s header.i=@%s header.s=%s header.b=%s" % (
            res, dom, hx(rng, 8) if "ses" not in dom else "224i4yxa5dv7c2xz3womw6peuasteono",
            b64junk(rng, 8)) for dom, res in dkim_doms]
        ar_items.append("spf=%s (google.com: domain of %s designates %s as permitted sender) "
                        "smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
                        if spf == "pass" else
                        "spf=%s (google.com: domain of %s does not designate %s as permitted "
                        "sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
        if dmarc:
            ar_items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom))
        ar_val = "mx.google.com;\n       " + ";\n       ".join(ar_items)
        if arc:
            H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; "
                     "s=arc-20240605;\n        b=%s" % (unix(recv), b64junk(rng, 70)))
            H.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; "
                     "s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date"
                     ":dkim-signature\n         :dkim-signature;\n        bh=%s=;\n        "
                     "fh=%s=;\n        b=%s" % (b64junk(rng, 43), b64junk(rng, 43), b64junk(rng, 70)))
            H.append("ARC-Authentication-Results: i=1; " + ar_val)
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id "
                 "%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 "
                 "cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                     helo, helo, ip, hx(rng, 13), rng.randint(1000000, 9999999), rng.choice(["a6", "ba", "qt"]),
                     rng.randint(10, 999), recv.astimezone(TZ["PDT"]).strftime("%Y.%m.%d.%H.%M.%S"),
                     to, gdate(recv.astimezone(TZ["PDT"]))))
        H.append("Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) "
                 "client-ip=%s;" % (spf, mailfrom, "designates" if spf == "pass"
                                     else "does not designate", ip, ip))
        H.append("Authentication-Results: " + ar_val)
    elif kind == "outlook":
        host = "%s%s.namprd%02d.prod.outlook.com" % (rng.choice(["SA1PR", "BY5PR", "CH3PR", "DM6PR"]),
                                                     rng.randint(10, 19) * 100 + rng.randint(0, 99),
                                                     rng.randint(2, 20))
        H.append("Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s" % (
            host, hx(rng, 3), hx(rng, 2), host.replace("SA1", "PH0").replace("BY5", "MN2"),
            rfc(recv.astimezone(TZ["UTC"]))))
        edge = "%s.mail.protection.outlook.com" % rng.choice(
            ["BN2PEPF000044A9.namprd04.prod", "SN1PEPF0002636C.namprd02.prod",
             "CO1PEPF000075F2.namprd03.prod", "DS3PEPF0000C37E.namprd04.prod"])
        H.append("Received: from %s (2603:10b6:%s::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP "
                 "Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; "
                 "%s" % (edge.split(".")[0] + ".namprd.prod.outlook.com", hx(rng, 3), hx(rng, 2), host,
                         hx(rng, 3), hx(rng, 2), rng.randint(8000, 9300), rng.randint(10, 40),
                         rfc(recv.astimezone(TZ["UTC"]))))
        dk = ";".join("dkim=%s (%s)\n header.d=%s" % (res, "signature was verified" if res == "pass"
                                                        else "signature did not verify", dom)
                      for dom, res in dkim_doms) or "dkim=none (message not signed)\n header.d=none"
        ar_val = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n "
                  "header.from=%s;compauth=%s reason=%s" % (
                      spf, ip, mf_dom, dk, dmarc or "none", "none" if dmarc == "pass" else "quarantine",
                      from_dom, "pass" if dmarc == "pass" else "fail",
                      "100" if dmarc == "pass" else "000"))
        H.append("Authentication-Results: " + ar_val)
        H.append("Received-SPF: %s (protection.outlook.com: domain of %s %s\n %s as permitted sender) "
                 "receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
                     spf.capitalize(), mf_dom, "designates" if spf == "pass" else "does not designate",
                     ip, ip, helo))
        H.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n "
                 "(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n "
                 "Transport; %s" % (helo, ip, edge, rng.randint(1, 250), rng.randint(1, 250),
                                    rng.randint(8000, 9300), rng.randint(10, 40),
                                    rfc(d.astimezone(TZ["UTC"]))))
        H.append("Return-Path: %s" % mailfrom)
    elif kind.startswith("jp-"):
        serv = {"jp-nifty": "mx.nifty.com", "jp-ocn": "mfilter-ocn.ocn.ad.jp",
                "jp-docomo": "mfsmax.docomo.ne.jp", "jp-biglobe": "mail.biglobe.ne.jp"}[kind]
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s ([%s])\n\tby %s with ESMTP id <%s@%s>\n\tfor <%s>; %s" % (
            helo, ip, serv.replace("mx.", "mta-") if "mx." in serv else serv,
            hx(rng, 14), serv, to, rfc(recv.astimezone(TZ["JST"]))))
        items = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
        items += ["dkim=%s header.i=@%s" % (res, dom) for dom, res in dkim_doms]
        if dmarc:
            items.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
        H.append("Authentication-Results: %s;\n\t%s" % (serv, ";\n\t".join(items)))
        H.append("X-Virus-Scanned: clamav-milter 0.103.%d at %s" % (rng.randint(1, 11), serv))
    elif kind == "fastmail":
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from compute5.internal (compute5.nyi.internal [10.202.2.45])\n\t by "
                 "sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (
                     rng.randint(10, 60), hx(rng, 7), rfc(recv.astimezone(TZ["EDT"]))))
        items = ["arc=none (no signatures found)"]
        items += ["dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s "
                  "header.a=rsa-sha256 header.s=%s x-bits=2048" % (res, dom, dom, b64junk(rng, 8),
                                                                  hx(rng, 8))
                  for dom, res in dkim_doms]
        if dmarc:
            items.append("dmarc=%s policy.published-domain-policy=%s header.from=%s" % (
                dmarc, policy.lower(), from_dom))
        items.append("spf=%s smtp.mailfrom=%s smtp.helo=%s" % (spf, mailfrom, helo))
        H.append("Authentication-Results: mx6.messagingengine.com;\n    " + ";\n    ".join(items))
        H.append("Received: from %s (%s [%s])\n\tby mx6.messagingengine.com (Postfix) with ESMTPS "
                 "id %s\n\tfor <%s>; %s" % (helo, helo, ip, hx(rng, 10).upper(), to,
                                             rfc(recv.astimezone(TZ["EDT"]))))
    elif kind == "none":
        # exported / relayed without provider authentication results
        H.append("Received: from %s ([%s])\n\tby smtp.corp-relay.internal (Postfix) with ESMTPS id "
                 "%s\n\tfor <%s>; %s" % (helo, ip, hx(rng, 10).upper(), to, rfc(recv)))
    else:
        raise ValueError(kind)
    if extra_ar:
        for v in extra_ar:
            H.append("Authentication-Results: " + v)
    # DKIM signatures added by the sender
    for dom, _res in dkim_doms:
        sel = "224i4yxa5dv7c2xz3womw6peuasteono" if dom == "amazonses.com" else (
            hx(rng, 32) if "amazon" in dom else rng.choice(["s1", "k1", "mandrill", "google", "selector1"]))
        H.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; "
                 "t=%d;\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\t"
                 "bh=%s=;\n\tb=%s\n\t%s" % (sel, dom, unix(d), b64junk(rng, 43), b64junk(rng, 76),
                                           b64junk(rng, 96)))
    return H


def build(filename, label, headers, body, trace_hdrs=(), tail_hdrs=()):
    """Assemble: trace headers, message headers, then the MIME body made by `email`."""
    lines = list(trace_hdrs) + list(headers) + list(tail_hdrs)
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + body.as_bytes()
    MAILS.append((filename, raw, label))


def L(kind, case_id=None, ids=(), verified=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def ses_tail(d, ip, rng):
    return ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64junk(rng, 43),
            "X-SES-Outgoing: %s-%s" % (d.astimezone(TZ["UTC"]).strftime("%Y.%m.%d"), ip)]


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
AMZ_OK = [("amazon.com", "pass"), ("amazonses.com", "pass")]


def aws_mail(fn, label, d, to, subject, body, kind="gmail", frm=AWS_FORM, seed=None,
             dkim=AMZ_OK, dmarc="pass", spf="pass", extra_ar=None, reply_to=None,
             from_dom="amazon.com", mailfrom=None, msgid=None, extra_headers=()):
    rng = R(seed or fn)
    ip = rng.choice(SES_IPS)
    mailfrom = mailfrom or "%s@amazonses.com" % ses_id(d, rng)[1:].split("@")[0]
    T = trace(kind, rng, d, to, mailfrom, from_dom, dkim, dmarc=dmarc, spf=spf, ip=ip,
              extra_ar=extra_ar)
    hdrs = ["Date: %s" % rfc(d), "From: %s" % frm, "To: %s" % to]
    if reply_to:
        hdrs.append("Reply-To: %s" % reply_to)
    hdrs.append("Message-ID: %s" % (msgid or ses_id(d, rng)))
    if not subject.isascii():
        subject = enc_subject(subject)
    hdrs.append("Subject: %s" % subject)
    hdrs += list(extra_headers)
    build(fn, label, hdrs, body, T, ses_tail(d, ip, rng) if "amazonses" in mailfrom else [])


# ==================================================================== MAILS
# (batches appended below)
# ---------------------------------------------------------------- batch 1: acknowledgements
# Thread ids used across the set
T1_OPEN = dt(2025, 5, 26, 9, 14, 33); T1 = case15(T1_OPEN, 38217)     # Priya Raman, form desk
T2 = "12893340571"                                                   # Tomasz, console 2023
T3_OPEN = dt(2025, 2, 3, 16, 42, 5); T3 = case15(T3_OPEN, 60419)      # Daniel Okafor, 3 accounts
T4_OPEN = dt(2024, 11, 18, 2, 7, 51); T4 = case15(T4_OPEN, 11093)     # Mei-Ling Chua
T5_OPEN = dt(2025, 3, 10, 1, 30, 12); T5 = case15(T5_OPEN, 70352)     # Sato Kenichi (ja)
T6 = "6283049117"                                                    # Rafael Mendes 2019
T7_OPEN = dt(2025, 7, 1, 13, 5, 44); T7 = case15(T7_OPEN, 4418)       # Olivia Brandt, console
T8 = "10482275930"                                                   # Arjun Mehta 2022
T9_OPEN = dt(2025, 8, 19, 7, 51, 2); T9 = case15(T9_OPEN, 52907)      # Hannah Kowalczyk
T10 = "7019543286"                                                   # Lukas Gruber 2020

PRIYA = "Priya Raman <priya.raman.dev@gmail.com>"
TOMASZ = "Tomasz Wisniewski <t.wisniewski84@outlook.com>"
DANIEL = "Daniel Okafor <d.okafor@outlook.com>"
MEI = "Mei-Ling Chua <meiling.chua.sg@gmail.com>"
SATO = "sato.kenichi@nifty.com"
RAFAEL = "Rafael Mendes <rafael@mendes.fastmail.com>"
OLIVIA = "Olivia Brandt <olivia.brandt.cloud@gmail.com>"
ARJUN = "Arjun Mehta <arjun.mehta@outlook.com>"
HANNAH = "Hannah Kowalczyk <hannah.kowalczyk@gmail.com>"
LUKAS = "Lukas Gruber <lukas.gruber@hotmail.com>"

FOOT_FORM = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
             "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
             "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

# 001 form-desk acknowledgement, echoes the submitted form (ids are new text here)
d = T1_OPEN + timedelta(seconds=41)
txt = f"""Hello Priya,

Thanks for writing to AWS Training and Certification. Your message reached us and has been
logged under reference {T1}. Keep this number handy - it is the quickest way for us to find
your request if you need to add anything.

A member of our team will read through it and get back to you, normally within 24 hours.
Replying to this e-mail adds your reply to the same reference, so there is no need to send
the form again.

What you sent us:
  Inquiry type: AWS Training and Certification
  Detail: Account assistance
  AWS candidate ID: AWS09912004
  Description: I passed SAA under my old employer's address and later took DVA with my
  personal e-mail, so I now have two candidate profiles. The old one is AWS-04417729. I would
  like everything on AWS09912004 please.

Regards,
AWS Training and Certification

{FOOT_FORM}
"""
html = html_wrap(p2h(txt.split("\n\n" + FOOT_FORM)[0]), footer=FOOT_FORM)
aws_mail("form-ack-reference-logged", L("case_created", T1, ["AWS09912004", "AWS04417729"]), d,
         PRIYA, f"RE:[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html), kind="gmail")

# 002 console acknowledgement 2023, paraphrased subject, Outlook
d = dt(2023, 9, 12, 14, 3, 27)
txt = f"""Hello,

This note is to let you know that your request is now logged with us under the number
{T2}. Someone from our team will look at it and write back.

Request ID: {T2}
Subject: Two certification profiles - please combine
Severity: General guidance
Correspondence: Hi, I have two candidate ids AWS02365891 (gmail) and AWS 07781403 (company).
Can you put them together under the first one? Thanks, Tomasz

To add information or view the request, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T2}&language=en

Please do not answer this message - the address is not able to accept incoming mail.

Amazon Web Services
"""
aws_mail("console-request-logged-2023", L("case_created", T2, ["AWS02365891", "AWS07781403"]), d,
         TOMASZ.split("<")[1][:-1], f"Amazon Web Services: Support request {T2} is now logged",
         alt(txt, html_wrap(p2h(txt))), kind="outlook", frm=AWS_NOREPLY)

# 003 curt acknowledgement, HTML only, base64, Outlook
d = T3_OPEN + timedelta(seconds=19)
h = f"""<p>Received.</p>
<p>Reference: <b>{T3}</b></p>
<p>Expect a reply within one business day. Do not send the same request twice; duplicates go
to the back of the queue.</p>
<p>AWS Training &amp; Certification</p>"""
aws_mail("curt-received-html-only", L("case_created", T3), d, DANIEL,
         f"Ref {T3} - received", part(html_wrap(h, footer=FOOT_FORM), "html", cte="b64"),
         kind="outlook")

# 004 effusive, non-native acknowledgement with emoji, base64 text + QP html
d = T4_OPEN + timedelta(seconds=58)
txt = f"""Dear Valued Learner,

Warmest greetings from AWS Training and Certification!! \U0001F31F

We are truly delighted that you have choose to contact us and we thank you very much for the
trust. Your request have been registered in our system with the number {T4} and one of our
dedicated specialist will be reaching to you very soon, normally inside 24 hours (sometimes
little bit more on weekend).

Kindly keep this number for any future communication, and kindly do not raise a new request for
the same topic as this can make delay for you.

Wishing you a wonderful day ahead and best of luck in your cloud journey! \u2601\ufe0f

With heartfelt regards,
AWS Training and Certification Customer Care
"""
aws_mail("effusive-nonnative-registered", L("case_created", T4), d, MEI,
         enc_subject(f"\u2728 Thank you for reaching out to AWS Training and Certification! [CASE {T4}]"),
         alt(txt, html_wrap(p2h(txt)), cte="b64", cte_html="qp"), kind="gmail")

# ---------------------------------------------------------------- batch 2: acks (cont.) + confirmation requests
# 005 Japanese acknowledgement, ISO-2022-JP, nifty
d = T5_OPEN + timedelta(seconds=33)
txt = f"""佐藤 健一 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容は、下記の番号にて承りました。

ケース番号: {T5}
AWS 認定候補者 ID: AWS02947716

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡を差し上げます。
同じ内容で改めてお問い合わせをいただきますと、かえってご案内が遅れる場合がございますので、
あらかじめご了承くださいませ。

追加の情報がございましたら、本メールにそのままご返信ください。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
aws_mail("ja-uketsuke-iso2022jp", L("case_created", T5, ["AWS02947716"], lang="ja"), d,
         "=?ISO-2022-JP?B?GyRCOjRGIzdyMGwbKEI=?= <%s>" % SATO,
         enc_subject(f"【AWS トレーニングと認定】お問い合わせを承りました (ケース番号: {T5})", "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), kind="jp-nifty",
         frm=enc_name("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp"))

# 006 phishing acknowledgement about the merge request: look-alike domain (its own DMARC passes)
d = dt(2025, 6, 3, 8, 12, 9)
rng = R("006")
PH1 = "aws-certification-support.com"
T = trace("gmail", rng, d, "ben.carter.aws@gmail.com", "bounce@mail.%s" % PH1, PH1,
          [(PH1, "pass")], ip="185.212.47.33", helo="mail.%s" % PH1, policy="NONE")
txt = """Hello Ben,

Your request to bring your AWS certification profiles together has been logged as ticket
174893990112233.

Before a specialist can pick it up, we need to make sure the request really comes from you.
Please sign in with the candidate ID on file (AWS06618830) within 24 hours:

https://aws-certification-support.com/verify?t=174893990112233

Tickets that are not verified in time are discarded automatically.

AWS Training & Certification | Candidate Services
"""
build("lookalike-ticket-logged-verify", L("case_created", "174893990112233", ["AWS06618830"], False),
      ["Date: %s" % rfc(d), 'From: "AWS Training & Certification" <case-desk@%s>' % PH1,
       "To: ben.carter.aws@gmail.com", "Message-ID: <%s@mail.%s>" % (hx(rng, 20), PH1),
       "Subject: Ticket 174893990112233 logged - verification needed within 24h"],
      alt(txt, html_wrap(p2h(txt).replace("https://aws-certification-support.com/verify?t=174893990112233",
          '<a href="https://aws-certification-support.com/verify?t=174893990112233">Verify my request</a>'))),
      T)

# 007 2019 acknowledgement, relayed without any Authentication-Results (null)
d = dt(2019, 10, 14, 17, 22, 40, "PDT")
txt = f"""Hi Rafael,

Thanks for getting in touch. What you sent us is now on file as case {T6}, and someone from
the Training and Certification team will be back to you within 24 hours (business days).

If you think of anything else we should know, just reply to this message and it will be
added to {T6}.

AWS Training and Certification
"""
aws_mail("2019-on-file-no-auth", L("case_created", T6, verified=None), d, RAFAEL,
         f"Your Amazon Web Services inquiry [Case {T6}]", part(txt, cte="7bit"), kind="none")

# 008 console acknowledgement, paraphrased, Gmail
d = T7_OPEN + timedelta(seconds=12)
txt = f"""Hello,

Your request is now in our system. Here are the details we recorded:

Case ID: {T7}
Subject: Certification - two candidate IDs, want one
Severity: General guidance

You can follow it, add notes or attachments in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T7}&language=en

This mailbox does not take incoming mail, so please use the Support Center link above.

Thank you for using Amazon Web Services.

Amazon Web Services
"""
aws_mail("console-now-in-system", L("case_created", T7), d, OLIVIA,
         f"Amazon Web Services: Request {T7} - details recorded", alt(txt, html_wrap(p2h(txt))),
         kind="gmail", frm=AWS_NOREPLY)

# 009 curt confirmation request (form desk), form submission quoted below
d = dt(2025, 5, 27, 8, 2, 14)
txt = f"""Hi Priya,

Two profiles found:
- AWS09912004 - stays (personal e-mail)
- AWS04417729 - closed; its exam history moves to AWS09912004

Cannot be reversed. Reply "agree" and we go ahead. No reply, no change.

Sam
AWS Training and Certification

---------- Original submission ----------
Inquiry type: AWS Training and Certification
Detail: Account assistance
AWS candidate ID: AWS09912004
Description: I passed SAA under my old employer's address and later took DVA with my
personal e-mail, so I now have two candidate profiles. The old one is AWS-04417729.
"""
aws_mail("curt-agree-to-go-ahead", L("merge_confirmation_requested", T1, ["AWS09912004", "AWS04417729"]),
         d, PRIYA, f"RE:[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance",
         part(txt, cte="qp"), kind="gmail")

# 010 effusive non-native (three accounts), Outlook, QP with curly quotes
d = T3_OPEN + timedelta(days=1, hours=17, minutes=12)
txt = f"""Dear Daniel,

Greetings of the day!

Thank you so much for your kind patience. We are glad to inform that after our detailed
verification we are able to unify all three of your profiles into one single profile \u2013 this
will make your certification journey much more simple going forward.

As per our check, the details are as below:

  \u2022 Profile to be retained:  AWS08874412 (d.okafor@outlook.com)
  \u2022 Profiles which will be folded into it:  AWS03319057, AWS06650218

Kindly note that once done this action is permanent and can not be undone in any case, and
the two other profiles will not be accessible any more.

Kindly revert back on this same email with your go-ahead so that we can initiate the process
at the earliest. If any of above detail is not as per your expectation, do let us know and we
will be more than happy to correct.

Looking forward for your reply!!

Warm Regards,
Nikhil
AWS Training & Certification Support
"""
aws_mail("effusive-unify-three-revert", L("merge_confirmation_requested", T3,
         ["AWS08874412", "AWS03319057", "AWS06650218"]), d, DANIEL,
         f"RE: [CASE {T3}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt)), label="us-ascii"), kind="outlook")

# 011 HTML-only template with table, base64, Gmail
d = T4_OPEN + timedelta(days=1, hours=6, minutes=40)
h = f"""<p>Hello Mei-Ling,</p>
<p>Thank you for your patience. Please review the plan below before we do anything with your
records.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th></tr>
<tr><td>Primary (kept)</td><td>AWS05520731</td><td>meiling.chua.sg@gmail.com</td></tr>
<tr><td>Secondary (retired after transfer)</td><td>AWS01189364</td><td>m.chua@dbs-example.com.sg</td></tr>
</table>
<p>Everything earned on the secondary record &ndash; certifications, exam history, unused
benefits &ndash; will be transferred to the primary. This is one-way.</p>
<p><b>To authorise, respond to this message with YES.</b> If a detail is wrong, tell us which
record should remain instead and we will adjust the plan.</p>
<p>Kind regards,<br>Joanne<br>AWS Training and Certification</p>"""
aws_mail("html-table-respond-yes", L("merge_confirmation_requested", T4, ["AWS05520731", "AWS01189364"]),
         d, MEI, f"RE:[CASE {T4}] [AWS Training and Certification Form Submission] - account-assistance",
         part(html_wrap(h, footer=FOOT_FORM), "html", cte="b64"), kind="gmail")

# 012 non-native grammar, 2022, ids written in odd forms, Original Message quoted (typo id only there)
d = dt(2022, 4, 6, 11, 48, 3)
txt = f"""Hello Arjun,

Thank you for contact us. We has checked both the account you are mention. Before we are doing
the consolidation, please to verify below information is correct:

aws03782260  --> will be moved inside -->  AWS-05018843 (this one is remain)

After this the aws03782260 is not possible to login anymore and all the certificate will show
in AWS-05018843. This is not possible to revert.

Please to reply this email with "correct" if it is ok for you.

Best Regards
Oksana
AWS Training and Certification

-----Original Message-----
From: Arjun Mehta <arjun.mehta@outlook.com>
Sent: Monday, April 4, 2022 9:15 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Hi, I have 2 certification accounts, AWS03782260 and AWS05018834. Please combine them.
"""
aws_mail("nonnative-please-to-verify", L("merge_confirmation_requested", T8, ["AWS03782260", "AWS05018843"]),
         d, ARJUN, f"RE:[CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
         part(txt, cte="qp"), kind="outlook")

# ---------------------------------------------------------------- batch 3: confirmation requests (cont.)
CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

======================================================
To see all of your correspondences, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your Support Center.
======================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates."""

# 013 console reply asking for explicit go-ahead (2023, 11 digits)
d = dt(2023, 9, 13, 9, 31, 50)
txt = f"""Hello Tomasz,

Thanks for your patience while I looked into this.

I have located both records. Before I join them I need your explicit go-ahead, because there
is no way to split them again afterwards:

Surviving record: AWS02365891 (t.wisniewski84@outlook.com)
Record to be folded in and closed: AWS07781403 (tomasz.w@northwind-logistics.pl)

Once you reply in the Support Center with "Yes, proceed", I will hand this to our
certification operations team. If you would rather keep the company record instead, just say so.

Best regards,

Ines M.
Amazon Web Services

{CONSOLE_FOOT.format(cid=T2)}
"""
aws_mail("console-explicit-go-ahead", L("merge_confirmation_requested", T2, ["AWS02365891", "AWS07781403"]),
         d, TOMASZ, f"RE:[CASE {T2}] Two certification profiles - please combine",
         alt(txt, html_wrap(p2h(txt))), kind="outlook", frm=AWS_NOREPLY)

# 014 spoofed amazon.com phishing asking to approve the merge: top AR dmarc=fail, forged AR below says pass
d = dt(2025, 8, 20, 3, 14, 22)
rng = R("014")
T = trace("gmail", rng, d, "hannah.kowalczyk@gmail.com", "info@mx-relay-7.ru", "amazon.com", [],
          dmarc="fail", spf="softfail", ip="91.215.85.147", helo="mx-relay-7.ru", policy="QUARANTINE",
          extra_ar=["amazon.com; dkim=pass header.i=@amazon.com; spf=pass smtp.mailfrom=amazon.com;\n"
                    "\tdmarc=pass header.from=amazon.com"])
txt = """Dear Candidate,

We are ready to join your two certification profiles (AWS06127734 and AWS01876590).

To authorise this, sign in below with the password of EACH profile within 12 hours. If we do not
receive your approval, both profiles will be locked for security reasons.

  >> https://aws-cert-approval.help/signin?ref=HK0820

AWS Training and Certification
"""
build("spoofed-authorise-join-dmarc-fail", L("merge_confirmation_requested", None,
      ["AWS06127734", "AWS01876590"], False),
      ["Date: %s" % rfc(d), "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Reply-To: aws.cert.desk@gmail.com", "To: hannah.kowalczyk@gmail.com",
       "Message-ID: <%s@mx-relay-7.ru>" % hx(rng, 24),
       "Subject: Action required: authorise your certification profile request",
       "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"],
      alt(txt, html_wrap(p2h(txt))), T)

# 015 genuine request for a yes, with "once the two are combined we will..." (Gmail quote below)
d = T9_OPEN + timedelta(days=2, hours=3, minutes=5)
txt = f"""Thanks Hannah, that helps.

Here is what we are going to do, pending your OK:

  AWS06127734 (h.kowalczyk@uni-example.pl) goes into AWS01876590 (hannah.kowalczyk@gmail.com).
  AWS01876590 stays; AWS06127734 is closed for good.

After that only AWS01876590 will be able to sign in. Could you reply with a simple "yes" so we
can go ahead? Once the two are combined you will get a short note from us and this request
will be closed.

Best,
Marcus
AWS Training and Certification
"""
quoted = q_gmail("Wed, Aug 20, 2025 at 9:44 PM", "Hannah Kowalczyk", "hannah.kowalczyk@gmail.com",
                 """Hi Marcus,
please keep the one with my gmail address (AWS01876590). The university one
was AWS06127734 but I lost access to that mailbox when I graduated.

Hannah

""" + q_gmail("Wed, Aug 20, 2025 at 10:02 AM", "Amazon Web Services",
              "aws-cs-trainingcertification-form@amazon.com",
              """Hello Hannah,
Which of the two candidate IDs would you like to keep as the active one?
Marcus"""))
full = txt + "\n" + quoted + "\n"
aws_mail("plan-pending-your-ok-once-combined", L("merge_confirmation_requested", T9,
         ["AWS06127734", "AWS01876590"]), d, HANNAH,
         f"RE:[CASE {T9}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(full, html_wrap(p2h(txt) + '\n<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;'
             'border-left:1px #ccc solid;padding-left:1ex">' + p2h(quoted) + "</blockquote></div>")),
         kind="gmail")

# 016 2020, corporate relay without Authentication-Results, "let us know if this is correct"
d = dt(2020, 2, 18, 10, 5, 37)
LUKAS = "Lukas Gruber <lukas.gruber@gruber-it.at>"
txt = f"""Dear Lukas,

thank you for your message. Please check the following and let us know if this is correct:

Account to keep:      AWS00263517  (lukas.gruber@gruber-it.at)
Account to be absorbed: AWS00845129  (lukas.gruber@hotmail.com)

Your Solutions Architect - Associate and Developer - Associate certifications as well as the
unused 50% discount voucher from AWS00845129 would then be shown under AWS00263517.
Please be aware we cannot separate the accounts again later.

Kind regards
Stefanie
AWS Training and Certification
"""
aws_mail("2020-let-us-know-if-correct", L("merge_confirmation_requested", T10,
         ["AWS00263517", "AWS00845129"], verified=None), d, LUKAS,
         f"RE: [CASE {T10}] AWS Training and Certification Form Submission", part(txt, cte="7bit"),
         kind="none")

# 017 Japanese provider (OCN) for an English case, odd id spellings, "approved"
T12_OPEN = dt(2024, 6, 11, 0, 48, 19); T12 = case15(T12_OPEN, 23305)
d = T12_OPEN + timedelta(days=1, hours=2, minutes=11)
txt = f"""Dear Yuki Tanaka,

Thank you for reaching out, and sorry for the slight wait.

We are able to bring your two candidate records together. Proposed outcome:

  Remaining record:  AWS 03355120   (yuki.tanaka@ocn.ne.jp)
  Retired record:    aws07461289    (y.tanaka@fujimori-sys.co.jp)

All exam results and active certifications will sit under AWS 03355120 afterwards; the retired
record cannot be restored. Please answer "Approved" and we will take it from there. Your
Credly badges are handled separately and are not affected by your answer.

With kind regards,
Evelyn
AWS Training and Certification
"""
aws_mail("ocn-proposed-outcome-approved", L("merge_confirmation_requested", T12,
         ["AWS03355120", "AWS07461289"]), d, "yuki.tanaka@ocn.ne.jp",
         f"RE:[CASE {T12}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt)), cte="b64", cte_html="b64"), kind="jp-ocn")

# ---------------------------------------------------------------- batch 4: the merge is done
# 018 curt completion with nested Gmail quote
d = dt(2025, 5, 28, 15, 20, 6)
prev = f"""Hi Priya,

Two profiles found:
- AWS09912004 - stays (personal e-mail)
- AWS04417729 - closed; its exam history moves to AWS09912004

Cannot be reversed. Reply "agree" and we go ahead. No reply, no change.

Sam"""
user = "agree\n\nThanks,\nPriya\n\n" + q_gmail("Tue, 27 May 2025 at 13:32", "Amazon Web Services",
                                               "aws-cs-trainingcertification-form@amazon.com", prev)
txt = f"""Priya,

Done. AWS09912004 now holds everything from both profiles. AWS04417729 no longer signs in.

Sam
AWS Training and Certification

""" + q_gmail("Tue, May 27, 2025 at 6:47 PM", "Priya Raman", "priya.raman.dev@gmail.com", user) + "\n"
aws_mail("curt-done-holds-everything", L("merge_completed", T1, ["AWS09912004", "AWS04417729"]), d, PRIYA,
         f"RE:[CASE {T1}] [AWS Training and Certification Form Submission] - account-assistance",
         part(txt, cte="qp"), kind="gmail")

# 019 effusive, HTML + plain, only the surviving id in new text
d = T4_OPEN + timedelta(days=3, hours=1, minutes=2)
txt = f"""Hi Mei-Ling!

Wonderful news \u2013 your two profiles are now one! \U0001F389

From today everything lives under AWS05520731: both of your certifications, your full exam
history and the 50% discount benefit you had not used yet. You can sign in with
meiling.chua.sg@gmail.com as usual; the other sign-in has been switched off.

It was a real pleasure helping you with this, and congratulations again on the Security
Specialty \u2013 what an achievement!

If your Credly badges do not show up under the right profile within a few days, just reply here
and I will chase it for you.

All the very best,
Joanne
AWS Training and Certification
"""
aws_mail("effusive-two-profiles-now-one", L("merge_completed", T4, ["AWS05520731"]), d, MEI,
         enc_subject(f"RE:[CASE {T4}] [AWS Training and Certification Form Submission] - account-assistance"),
         alt(txt, html_wrap(p2h(txt))), kind="gmail")

# 020 non-native completion, Outlook quote blocks (old request with typo id only in history)
d = dt(2022, 4, 8, 6, 55, 12)
old_req = """Hello Arjun,

Thank you for contact us. We has checked both the account you are mention. Before we are doing
the consolidation, please to verify below information is correct:

aws03782260  --> will be moved inside -->  AWS-05018843 (this one is remain)

Best Regards
Oksana"""
user = q_outlook("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                 "Wednesday, April 6, 2022 5:18 PM", "Arjun Mehta <arjun.mehta@outlook.com>",
                 f"RE:[CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
                 old_req)
txt = f"""Hello Arjun,

Good news, the both accounts has been combined successfully. From now you can login only with
AWS-05018843, the aws03782260 is deactivate and not usable more.

All your certificates is showing now in the AWS-05018843. In case the Credly badge is not
appear in next 2-3 days, please write us again.

Best Regards
Oksana
AWS Training and Certification

{{Q}}
""".replace("{Q}", q_outlook("Arjun Mehta <arjun.mehta@outlook.com>", "Thursday, April 7, 2022 8:02 AM",
           "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
           f"RE: [CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
           "correct, please go ahead\n\nArjun\n\n" + user))
aws_mail("nonnative-has-been-combined", L("merge_completed", T8, ["AWS05018843", "AWS03782260"]), d, ARJUN,
         f"RE:[CASE {T8}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="outlook")

# 021 starts like "thanks for confirming" but the work is already done
d = T3_OPEN + timedelta(days=4, hours=2, minutes=30)
txt = f"""Dear Daniel,

Thank you very much for your go-ahead. We have now consolidated AWS03319057 and AWS06650218 into
AWS08874412 and it is live already \u2013 you can sign in with d.okafor@outlook.com and see all
five of your certifications together in one place.

The other two profiles are closed, so please do not use those sign-ins going forward.

Kindly let us know if anything looks not right.

Warm Regards,
Nikhil
AWS Training & Certification Support
"""
aws_mail("thanks-go-ahead-already-live", L("merge_completed", T3,
         ["AWS03319057", "AWS06650218", "AWS08874412"]), d, DANIEL,
         f"RE: [CASE {T3}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt)), label="iso-8859-1"), kind="outlook")

# 022 console, HTML only, base64: records unified
d = T7_OPEN + timedelta(days=2, hours=20, minutes=9)
h = f"""<p>Hello Olivia,</p>
<p>Your certification records have been unified. AWS09340067 is now the only candidate ID on
file for you, and the history from AWS04001922 is included in it. The retired ID can no longer
be used to sign in or schedule exams.</p>
<p>Please allow up to 48 hours for your Credly badges to reflect the change.</p>
<p>Best regards,<br><br>Dmitri K.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.</p>
<p style="font-size:12px">To see all of your correspondences, sign in to the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={T7}&amp;language=en">Support Center</a>.</p>
<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"""
aws_mail("console-records-unified-html", L("merge_completed", T7, ["AWS09340067", "AWS04001922"]), d, OLIVIA,
         f"RE:[CASE {T7}] Certification - two candidate IDs, want one",
         part(html_wrap(h), "html", cte="b64"), kind="gmail", frm=AWS_NOREPLY)

# 023 look-alike domain claiming the profiles were consolidated (its own DMARC passes)
d = dt(2025, 4, 2, 19, 40, 55)
rng = R("023")
PH2 = "amazon-certifications.com"
T = trace("outlook", rng, d, "carlos.ruiz.dev@outlook.com", "bounces@%s" % PH2, PH2, [(PH2, "pass")],
          ip="45.146.164.210", helo="smtp.%s" % PH2)
h = """<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://amazon-certifications.com/img/aws-logo.png" alt="aws" width="80">
<h2 style="color:#ff9900">Your certification profiles were consolidated</h2>
<p>Hello Carlos,</p>
<p>As requested in case 11928374650, your candidate records are now combined under
<b>AWS05117046</b>.</p>
<p>To keep your exam benefits (50% voucher, practice exam access) you must sign in within
<b>48 hours</b> and re-enter your payment details.</p>
<p style="text-align:center"><a href="https://amazon-certifications.com/benefits/keep"
style="background:#ff9900;color:#fff;padding:10px 24px;text-decoration:none">Keep my benefits</a></p>
<p>AWS Training and Certification</p></div>"""
build("lookalike-consolidated-keep-benefits", L("merge_completed", "11928374650", ["AWS05117046"], False),
      ["Date: %s" % rfc(d), 'From: "AWS Certification" <noreply@%s>' % PH2,
       "To: carlos.ruiz.dev@outlook.com", "Message-ID: <%s.%s@%s>" % (hx(rng, 12), hx(rng, 6), PH2),
       "Subject: [CASE 11928374650] Profiles consolidated - keep your exam benefits"],
      part(h, "html", cte="qp"), T)

# 024 completion that also closes the case and points to a rating link
d = T9_OPEN + timedelta(days=3, hours=6, minutes=40)
txt = f"""Hi Hannah,

I've finished folding AWS06127734 into AWS01876590. Everything now sits under your gmail
sign-in, including the AI Practitioner result from March.

As there's nothing else outstanding I'll mark this request as resolved. If you have a minute,
you can tell us how I did here: https://aws-tc-feedback.amazon.com/r/{T9}

Cheers,
Marcus
AWS Training and Certification
"""
aws_mail("folded-in-and-resolving", L("merge_completed", T9, ["AWS06127734", "AWS01876590"]), d, HANNAH,
         f"RE:[CASE {T9}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="gmail")

# 025 Japanese completion, ISO-2022-JP, Japanese-style quote
d = T5_OPEN + timedelta(days=2, hours=5, minutes=12)
txt = f"""佐藤 健一 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の山本でございます。

ご依頼いただいておりました 2 件のアカウントを 1 件にまとめる作業が、本日すべて終わりましたので
ご報告申し上げます。

今後は AWS02947716 のみでサインインいただけます。AWS07013358 でお持ちだった認定資格および
受験履歴は、すべて AWS02947716 にてご確認いただけます。

ご不明な点がございましたら、お気軽に本メールへご返信くださいませ。

山本 里奈
AWS トレーニングと認定 カスタマーサポート

2025年3月11日(火) 9:05 佐藤 健一 <sato.kenichi@nifty.com>:
> 山本様
>
> ご連絡ありがとうございます。内容に相違ございません。
> どうぞよろしくお願いいたします。
>
> 佐藤
"""
aws_mail("ja-matome-owarimashita", L("merge_completed", T5, ["AWS02947716", "AWS07013358"], lang="ja"), d,
         "=?ISO-2022-JP?B?GyRCOjRGIzdyMGwbKEI=?= <%s>" % SATO,
         enc_subject(f"RE:[CASE {T5}] 【AWS トレーニングと認定】アカウントに関するお問い合わせ", "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), kind="jp-nifty",
         frm=enc_name("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp"))

# 026 "all set", Outlook quoted history full of the usual words and another id
T13_OPEN = dt(2025, 9, 29, 12, 3, 48); T13 = case15(T13_OPEN, 81124)
EMMA = "Emma Walsh <emma.walsh@outlook.ie>"
d = T13_OPEN + timedelta(days=2, hours=4, minutes=17)
hist = q_outlook("Emma Walsh <emma.walsh@outlook.ie>", "Tuesday, September 30, 2025 4:51 PM",
                 "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                 f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
                 """I confirm. Please proceed with the merge.

Emma

""" + q_outlook("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                "Tuesday, September 30, 2025 11:20 AM", "Emma Walsh <emma.walsh@outlook.ie>",
                f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
                """Hello Emma,

Please confirm that you want us to merge AWS02218893 into AWS05563014. AWS05563014 will be
the surviving account. The merge cannot be undone.

Regards,
Chidi"""))
txt = f"""Hello Emma,

All set. The old sign-in no longer works; please use AWS05563014 from now on. Your
certifications and remaining exam benefits are visible there.

Regards,
Chidi
AWS Training and Certification

{hist}
"""
aws_mail("all-set-outlook-history", L("merge_completed", T13, ["AWS05563014"]), d, EMMA,
         f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="outlook")

# ---------------------------------------------------------------- batch 5: closure / rating requests
# 027 HTML-only wrap-up with Yes/No buttons
d = dt(2025, 5, 28, 15, 21, 44)
h = f"""<p>Hi Priya,</p>
<p>We're wrapping up request <b>{T1}</b> on our side.</p>
<p style="font-size:16px"><b>Did we sort things out for you?</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/r?c={T1}&amp;a=1" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;
<a href="https://aws-tc-feedback.amazon.com/r?c={T1}&amp;a=0" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>One click is enough. If something is still not right, answer this e-mail within 14 days and
the request will be reopened automatically.</p>
<p>AWS Training and Certification</p>"""
aws_mail("html-wrapping-up-yes-no", L("survey", T1), d, PRIYA,
         f"RE:[CASE {T1}] Did we sort things out for you?",
         part(html_wrap(h, footer=FOOT_FORM), "html", cte="qp"), kind="gmail")

# 028 curt console close-out with star rating
d = dt(2023, 9, 15, 18, 2, 1)
txt = f"""Request {T2} is resolved.

How did we do? Pick a score:
1 - https://console.aws.amazon.com/support/feedback?displayId={T2}&score=1
2 - https://console.aws.amazon.com/support/feedback?displayId={T2}&score=2
3 - https://console.aws.amazon.com/support/feedback?displayId={T2}&score=3
4 - https://console.aws.amazon.com/support/feedback?displayId={T2}&score=4
5 - https://console.aws.amazon.com/support/feedback?displayId={T2}&score=5

Need more help? Reopen it in the Support Center within 14 days.

Amazon Web Services
This mailbox cannot accept incoming e-mail.
"""
aws_mail("curt-resolved-pick-a-score", L("survey", T2), d, TOMASZ,
         f"Amazon Web Services: How did we do on {T2}?", part(txt, cte="7bit"), kind="outlook",
         frm=AWS_NOREPLY)

# 029 non-native close-out, QP
d = dt(2022, 4, 9, 7, 30, 40)
txt = f"""Hello Arjun,

Your ticket {T8} is mark as solved from our side.

We will like to know your experience with us, please take 1 minute for answer 2 question:
  - Was the problem solve for you?   Yes / No
  - How much you are satisfy with the agent (1 until 5)?

Give your opinion here: https://aws-tc-feedback.amazon.com/s/{T8}

Your answer is help us to be more better.

AWS Training and Certification
"""
aws_mail("nonnative-mark-as-solved", L("survey", T8), d, ARJUN,
         f"[CASE {T8}] Your opinion please \u2013 1 minute", alt(txt, html_wrap(p2h(txt))),
         kind="outlook")

# 030 closure that mentions in passing that the records were brought together earlier
d = T13_OPEN + timedelta(days=9, hours=1, minutes=3)
txt = f"""Hello Emma,

Since your records were brought together on 1 October (AWS05563014 is the one in use) and we
have not heard from you since, we have now closed request {T13}.

Was your issue resolved?
  Yes: https://aws-tc-feedback.amazon.com/q?c={T13}&r=y
  No:  https://aws-tc-feedback.amazon.com/q?c={T13}&r=n

You can also rate the agent who handled your request on the same page.

AWS Training and Certification
"""
aws_mail("closed-was-it-resolved-records-earlier", L("survey", T13, ["AWS05563014"]), d, EMMA,
         f"[CASE {T13}] Closed - was your issue resolved?", alt(txt, html_wrap(p2h(txt)), cte="b64"),
         kind="outlook")

# 031 look-alike rating request about the merge request, promising a voucher
d = dt(2024, 11, 26, 10, 12, 3)
rng = R("031")
PH3 = "aws-feedback-rewards.com"
T = trace("gmail", rng, d, "meiling.chua.sg@gmail.com", "mailer@%s" % PH3, PH3, [(PH3, "pass")],
          ip="193.29.13.77", helo="out.%s" % PH3, policy="NONE")
h = """<div style="font-family:Arial;max-width:600px">
<p>Hi Mei-Ling,</p>
<p>You recently asked us to combine your two candidate profiles (AWS01189364 and AWS05520731).
How would you rate the help you received?</p>
<p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>
<p>Every rating this month gets a <b>$50 exam voucher</b>. Just sign in with your AWS
Certification password after you rate:</p>
<p><a href="https://aws-feedback-rewards.com/rate?u=mchua">Rate now and claim</a></p>
<p>AWS Training &amp; Certification Feedback Team</p></div>"""
build("lookalike-rate-and-claim-voucher", L("survey", None, ["AWS01189364", "AWS05520731"], False),
      ["Date: %s" % rfc(d), 'From: "AWS T&C Feedback" <feedback@%s>' % PH3,
       "To: meiling.chua.sg@gmail.com", "Message-ID: <%s@%s>" % (hx(rng, 18), PH3),
       "Subject: " + enc_subject("\u2b50 Rate your recent AWS request & get a $50 exam voucher")],
      part(h, "html", cte="b64"), T)

# 032 auto-resolved after no answer (OCN), asks for a rating
d = T12_OPEN + timedelta(days=16, hours=2, minutes=20)
txt = f"""Dear Yuki Tanaka,

We have not received an answer to our last message, so request {T12} has been resolved
automatically. Nothing has been changed on your candidate records.

If you still need help, reply to this e-mail within 14 days and it will open again.

Before you go, would you tell us how we did? It takes less than a minute:
https://aws-tc-feedback.amazon.com/q?c={T12}

With kind regards,
AWS Training and Certification
"""
aws_mail("ocn-auto-resolved-no-answer", L("survey", T12), d, "yuki.tanaka@ocn.ne.jp",
         f"RE:[CASE {T12}] Request resolved", part(txt, cte="qp"), kind="jp-ocn")

# 033 Japanese close-out, Shift_JIS, base64
d = T5_OPEN + timedelta(days=2, hours=5, minutes=13)
txt = f"""佐藤 健一 様

AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース番号 {T5} につきましては、本日をもちましてクローズとさせていただきました。

今後のサービス向上のため、今回の対応についてご評価をお寄せいただけますと幸いです。

  ・問題は解決しましたか？　はい / いいえ
  ・担当者の対応はいかがでしたか？（5 段階）

ご評価はこちら: https://aws-tc-feedback.amazon.com/q?c={T5}&lang=ja

今後ともどうぞよろしくお願い申し上げます。

Amazon Web Services
"""
aws_mail("ja-close-sjis-hyouka", L("survey", T5, lang="ja"), d,
         "=?ISO-2022-JP?B?GyRCOjRGIzdyMGwbKEI=?= <%s>" % SATO,
         enc_raw(f"[CASE {T5}] ご対応についてのご評価のお願い", "Shift_JIS"),
         part(txt, charset="shift_jis", cte="b64"), kind="jp-nifty",
         frm=enc_raw("アマゾン ウェブ サービス", "Shift_JIS", 20) + " <aws-cs-trainingcertification-form@amazon.com>")

# ---------------------------------------------------------------- batch 6: Credly badges
CREDLY_FOOT = ("Credly, Inc. | 13 W 36th St, New York, NY 10018\n"
               "You are receiving this e-mail because an organization issued you a badge through Credly.\n"
               "Unsubscribe: https://www.credly.com/notifications/unsubscribe")


def credly_mail(fn, label, d, to, subject, body, kind="gmail", dom="credly.com", dmarc="pass",
                issuer="Amazon Web Services Training and Certification", dkim=None, frm=None):
    rng = R(fn)
    mailfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 9999999), hx(rng, 4),
                                                 to.split("<")[-1].rstrip(">").replace("@", "="),
                                                 "x", rng.randint(100, 999), dom)
    mailfrom = mailfrom.replace("=x@", "@")
    ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    T = trace(kind, rng, d, to, mailfrom, dom, dkim or [(dom, "pass"), ("sendgrid.info", "pass")],
              dmarc=dmarc, ip=ip, helo="o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom),
              policy="REJECT")
    hdrs = ["Date: %s" % rfc(d), "From: %s" % (frm or '"%s via Credly" <admin@%s>' % (issuer, dom)),
            "To: %s" % to, "Message-ID: <%s.%s@%s>" % (hx(rng, 24), hx(rng, 6), dom),
            "Subject: %s" % (subject if subject.isascii() else enc_subject(subject)),
            "X-SG-EID: %s" % b64junk(rng, 60), "List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe>"]
    build(fn, label, hdrs, body, T)


def credly_html(inner):
    return html_wrap('<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">\n'
                     + inner, title="Credly", footer=CREDLY_FOOT.replace("\n", "<br>"))


# 034 new badge, paraphrased subject
d = dt(2025, 5, 29, 2, 11, 40)
txt = """Hi Priya,

A new credential is waiting for you.

Amazon Web Services Training and Certification has recognised your achievement with the
AWS Certified Developer - Associate badge.

Claim it and share it with your network:
https://www.credly.com/badges/6f1e0c1a-9d2b-4e07-8c55-2b1d7a9f04e3/accept

Why claim it? Your badge is a verified, digital version of your certification that you can
add to LinkedIn, your e-mail signature or your resume.

The Credly Team

""" + CREDLY_FOOT
h = credly_html("""<p>Hi Priya,</p><h2>A new credential is waiting for you</h2>
<p>Amazon Web Services Training and Certification has recognised your achievement with the
<b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/6f1e0c1a-9d2b-4e07-8c55-2b1d7a9f04e3/accept"
style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>""")
credly_mail("credly-credential-waiting", L("credly_badge_issued"), d, PRIYA,
            "Priya, a new credential is waiting for you", alt(txt, h))

# 035 badges re-issued to the surviving address after the merge
d = T7_OPEN + timedelta(days=3, hours=9)
txt = """Hello Olivia,

Following an update from Amazon Web Services Training and Certification, the badges below now
belong to olivia.brandt.cloud@gmail.com:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Data Engineer - Associate

Sign in and accept them to put them back on your public profile:
https://www.credly.com/users/olivia-brandt/badges?pending=true

The Credly Team

""" + CREDLY_FOOT
h = credly_html(p2h(txt.split("\n\nThe Credly Team")[0]) + '<p><a href="https://www.credly.com/users/'
                'olivia-brandt/badges?pending=true">Accept your badges</a></p>')
credly_mail("credly-badges-now-belong-to", L("credly_badge_issued"), d, OLIVIA,
            "3 badges from Amazon Web Services Training and Certification now belong to you", alt(txt, h))

# 036 2020, youracclaim.com, Outlook
d = dt(2020, 2, 21, 15, 44, 9)
h = """<table width="600" align="center" style="font-family:Helvetica,Arial"><tr><td>
<img src="https://www.youracclaim.com/images/acclaim-logo.png" alt="Acclaim">
<p>Lukas,</p>
<p>Amazon Web Services Training and Certification has sent you something to show off: the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge is ready for you.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3c7d2b0e-55a1-4f8e-9a6d-0f2e4b1c8a71">Accept your badge</a></p>
<p>Acclaim, powered by Credly</p></td></tr></table>"""
credly_mail("acclaim-2020-something-to-show-off", L("credly_badge_issued"), d, "lukas.gruber@hotmail.com",
            "Something to show off from Amazon Web Services Training and Certification",
            part(h, "html", cte="qp"), kind="outlook", dom="youracclaim.com")

# 037 look-alike "badges re-issued after the consolidation" phishing
d = dt(2025, 10, 3, 6, 2, 17)
rng = R("037")
PH4 = "credly-badges.net"
T = trace("outlook", rng, d, "emma.walsh@outlook.ie", "notify@%s" % PH4, PH4, [(PH4, "pass")],
          ip="103.151.122.9", helo="mail.%s" % PH4)
txt = """Hello Emma,

Following the consolidation of your AWS Certification accounts, your badges were re-issued to
your remaining profile AWS05563014.

Accept them within 72 hours or they will be revoked:
https://credly-badges.net/accept?profile=AWS05563014

To accept, sign in with your AWS Certification (CertMetrics) e-mail and password.

Credly Support
"""
build("lookalike-credly-reissued-after-consolidation", L("credly_badge_issued", None, ["AWS05563014"], False),
      ["Date: %s" % rfc(d), 'From: "Amazon Web Services Training and Certification via Credly" <admin@%s>' % PH4,
       "To: emma.walsh@outlook.ie", "Message-ID: <%s@%s>" % (hx(rng, 22), PH4),
       "Subject: Your badges were re-issued - accept within 72 hours"],
      alt(txt, html_wrap(p2h(txt), title="Credly")), T)

# 038 HTML-only Credly, Outlook, Daniel
d = T3_OPEN + timedelta(days=6, hours=3)
h = credly_html("""<p>Daniel,</p>
<p>Nice work! Amazon Web Services Training and Certification just added a badge to your
collection:</p>
<p style="font-size:18px"><b>AWS Certified Machine Learning Engineer &ndash; Associate</b></p>
<p>It's sitting in your inbox on Credly until you say yes.</p>
<p><a href="https://www.credly.com/badges/0b9e7f3c-1f6a-4d1e-b0a2-7c3d5e9f1a20/accept"
style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>""")
credly_mail("credly-added-to-collection-html", L("credly_badge_issued"), d, DANIEL,
            "Nice work, Daniel! Your new badge is in", part(h, "html", cte="b64"), kind="outlook")

# 039 genuine Credly, relayed without Authentication-Results (null)
d = dt(2022, 4, 10, 9, 3, 55)
txt = """Arjun,

Your AWS Certified Solutions Architect - Professional badge from Amazon Web Services Training
and Certification has been issued and is ready to accept:

https://www.credly.com/badges/a41c2e77-8d0f-4b3a-9e61-5f2c0d7b8e19/accept

The Credly Team

""" + CREDLY_FOOT
credly_mail("credly-issued-no-auth-header", L("credly_badge_issued", verified=None), d, ARJUN,
            "Your badge from Amazon Web Services Training and Certification is ready",
            part(txt, cte="7bit"), kind="none")

# ---------------------------------------------------------------- batch 7: other replies from support
# 040 curt: which one stays + sign-in e-mails
T14_OPEN = dt(2025, 4, 14, 20, 37, 2); T14 = case15(T14_OPEN, 9321)
KWAME = "Kwame Asante <kwame.asante.gh@gmail.com>"
d = T14_OPEN + timedelta(hours=19, minutes=5)
txt = f"""Hi Kwame,

Two questions before we can do anything:

1) Which ID stays - AWS02884519 or AWS06190372?
2) The sign-in e-mail on each.

Thanks,
R.
AWS T&C
"""
aws_mail("curt-two-questions-which-stays", L("support_reply", T14, ["AWS02884519", "AWS06190372"]), d, KWAME,
         f"RE:[CASE {T14}] [AWS Training and Certification Form Submission] - account-assistance",
         part(txt, cte="7bit"), kind="gmail")

# 041 asks for sign-in addresses; "once ... combined we will ..." (future, not a request to approve)
T15_OPEN = dt(2025, 1, 20, 9, 2, 55); T15 = case15(T15_OPEN, 47716)
SOFIA = "Sofia Romano <sofia.romano@outlook.it>"
d = T15_OPEN + timedelta(days=1, hours=1, minutes=44)
txt = f"""Dear Sofia,

Thank you for your message and for the two candidate IDs (AWS07320458 and AWS 01645987).

So that we can locate the correct records, could you send us the sign-in e-mail address tied
to each of them? If you no longer have access to one of the mailboxes, the address is still
enough - we only need it to match the record.

As soon as we have them, we will put together a short plan for you to look over. Once the two
records have been combined we will also let Credly know, so your badges follow.

Kind regards,
Aleksandra
AWS Training and Certification
"""
aws_mail("signin-addresses-please-then-plan", L("support_reply", T15, ["AWS07320458", "AWS01645987"]), d, SOFIA,
         f"RE:[CASE {T15}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="outlook")

# 042 effusive "we are on it", non-native
T16_OPEN = dt(2024, 8, 5, 3, 19, 40); T16 = case15(T16_OPEN, 35068)
CHEN = "Chen Wei <chenwei.cloud@gmail.com>"
d = T16_OPEN + timedelta(days=2, hours=5)
txt = f"""Dear Chen Wei,

Hope you are having a great day!

We just want to let you know that your request is not forgotten at all. Our back-office
colleagues are actively looking into it right now, and we are following very closely from our
side. Some request need a little more time because the records are checked by hand, we really
appreciate for your understanding and your kind patience.

You don't need to do anything at the moment. We will update you as soon as we will have news,
latest by end of this week.

Thank you again for being such a wonderful member of the AWS community!

Best wishes,
Li Na
AWS Training and Certification
"""
aws_mail("effusive-not-forgotten-back-office", L("support_reply", T16), d, CHEN,
         f"RE:[CASE {T16}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt)), cte="b64"), kind="gmail")

# 043 thanks for the go-ahead, handed over - not done yet; Outlook history below
d = T13_OPEN + timedelta(days=1, hours=5, minutes=2)
hist = q_outlook("Emma Walsh <emma.walsh@outlook.ie>", "Tuesday, September 30, 2025 4:51 PM",
                 "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                 f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
                 "I confirm. Please proceed with the merge.\n\nEmma")
txt = f"""Hello Emma,

Thanks, that is all we needed. I have handed your request over to the team that does this
work: AWS02218893 will go into AWS05563014. You will hear from me again when it is finished,
usually within two or three business days. Please don't use either sign-in to book an exam in
the meantime.

Regards,
Chidi
AWS Training and Certification

{hist}
"""
aws_mail("thanks-handed-over-not-yet", L("support_reply", T13, ["AWS02218893", "AWS05563014"]), d, EMMA,
         f"RE:[CASE {T13}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="outlook")

# 044 chaser, OCN
d = T12_OPEN + timedelta(days=8, hours=1, minutes=50)
txt = f"""Dear Yuki Tanaka,

Just checking in - did you get a chance to look at our message from 12 June about your
candidate records? We are holding request {T12} open for you.

If we do not hear back within seven days, the request will be resolved automatically. You can
always write to us again later.

With kind regards,
Evelyn
AWS Training and Certification
"""
aws_mail("ocn-just-checking-in-dkim-broken", L("support_reply", T12, verified=False), d, "yuki.tanaka@ocn.ne.jp",
         f"RE:[CASE {T12}] [AWS Training and Certification Form Submission] - account-assistance",
         part(txt, cte="qp"), kind="jp-ocn", dkim=[("amazon.com", "fail"), ("amazonses.com", "pass")],
         dmarc="fail")

# 045 status update, 2020 corporate relay (no Authentication-Results)
d = dt(2020, 2, 20, 13, 40, 12)
txt = f"""Dear Lukas,

a short update on case {T10}: your request is still with our certification operations
colleagues. They have a backlog this week, so it may take until Monday. Nothing is needed from
you at this point.

We have also asked Credly to move your badges once the records are sorted, so you should not
need to contact them separately.

Kind regards
Stefanie
AWS Training and Certification
"""
aws_mail("2020-still-with-operations", L("support_reply", T10, verified=None), d, LUKAS,
         f"RE: [CASE {T10}] AWS Training and Certification Form Submission", part(txt, cte="7bit"),
         kind="none")

# 046 a question about something other than the merge (legal name), uses the word "confirm"
d = T4_OPEN + timedelta(days=2, hours=2, minutes=15)
txt = f"""Hello Mei-Ling,

Thank you for answering so quickly.

One more thing came up while I was preparing your records: AWS05520731 shows your name as
"Mei Ling Chua", while the other record shows "Chua Mei-Ling". Could you confirm how your name
is written on your government-issued ID? That is the spelling that will print on your
certificates and that Pearson VUE will check on exam day.

Kind regards,
Joanne
AWS Training and Certification
"""
aws_mail("legal-name-spelling-question", L("support_reply", T4, ["AWS05520731"]), d, MEI,
         f"RE:[CASE {T4}] [AWS Training and Certification Form Submission] - account-assistance",
         alt(txt, html_wrap(p2h(txt))), kind="gmail")

# 047 console "new reply" notice, paraphrased
d = T7_OPEN + timedelta(days=1, hours=2, minutes=31)
txt = f"""Hello,

There is a new reply on your support request {T7}. To read it and respond, sign in to the
Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={T7}&language=en

This mailbox cannot accept incoming e-mail.

Amazon Web Services
"""
aws_mail("console-new-reply-waiting", L("support_reply", T7), d, OLIVIA,
         f"[Case {T7}] Someone replied to your request", alt(txt, html_wrap(p2h(txt))), kind="gmail",
         frm=AWS_NOREPLY)

# 048 Japanese: asks for sign-in addresses (ISO-2022-JP, docomo)
T17_OPEN = dt(2025, 6, 16, 23, 55, 10); T17 = case15(T17_OPEN, 62280)
d = T17_OPEN + timedelta(hours=26, minutes=12)
txt = f"""高橋 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の中村と申します。

お知らせいただいた 2 件の認定アカウント (AWS03069421、AWS08457716) について確認を進めるにあたり、
それぞれのアカウントでサインインにご利用のメールアドレスをお知らせいただけますでしょうか。

また、今後ご利用を続けたいアカウントがどちらか、あわせてご教示いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村 大輔
AWS トレーニングと認定 カスタマーサポート
"""
aws_mail("ja-signin-address-onegai", L("support_reply", T17, ["AWS03069421", "AWS08457716"], lang="ja"), d,
         "takahashi.misaki@docomo.ne.jp",
         enc_subject(f"RE:[CASE {T17}] アカウントについてのお問い合わせ", "iso-2022-jp"),
         part(txt, charset="iso-2022-jp", cte="7bit"), kind="jp-docomo", dmarc=None,
         frm=enc_name("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp"))

# 049 spoofed amazon.com, Outlook dmarc=fail: asks for both passwords "to finish the work"
d = dt(2025, 1, 22, 22, 8, 31)
rng = R("049")
T = trace("outlook", rng, d, "sofia.romano@outlook.it", "support@secure-mailer.top", "amazon.com",
          [], dmarc="fail", spf="fail", ip="5.188.206.14", helo="secure-mailer.top")
txt = f"""Hello Sofia,

We are still working on your request {T15} to bring your two candidate profiles together.

To finish, our team needs the passwords of AWS07320458 and AWS01645987. Please reply to this
message with both passwords. They will be deleted after use.

Regards,
AWS Training and Certification
"""
build("spoofed-needs-passwords-dmarc-fail", L("support_reply", T15, ["AWS07320458", "AWS01645987"], False),
      ["Date: %s" % rfc(d), 'From: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
       "Reply-To: aws-tc-desk@secure-mailer.top", "To: sofia.romano@outlook.it",
       "Message-ID: <%s@secure-mailer.top>" % hx(rng, 26),
       f"Subject: RE:[CASE {T15}] [AWS Training and Certification Form Submission] - account-assistance"],
      part(txt, cte="qp"), T)

# ---------------------------------------------------------------- batch 8: unrelated look-alikes
# 050 other AWS case (billing): accounts "linked" under consolidated billing
B_OPEN = dt(2025, 7, 8, 15, 12, 30); B1 = case15(B_OPEN, 90817)
d = B_OPEN + timedelta(days=1, hours=2, minutes=3)
txt = f"""Hello Olivia,

Thank you for your patience.

Your member account 4417-2290-8836 has now been brought under your organization's management
account 7702-1839-4421. From the next billing period, charges for both accounts will appear
together on the management account's invoice, and any Savings Plans will be shared between
them.

The member account keeps its own resources, IAM users and support plan; nothing else changes.

Best regards,

Rahul S.
Amazon Web Services

{CONSOLE_FOOT.format(cid=B1)}
"""
aws_mail("billing-case-accounts-brought-together", L("unrelated", B1), d, OLIVIA,
         f"RE:[CASE {B1}] Move member account into organization (consolidated billing)",
         alt(txt, html_wrap(p2h(txt))), kind="gmail", frm=AWS_NOREPLY)

# 051 Amazon Seller Central case, same subject style
d = dt(2025, 3, 4, 21, 45, 2)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have combined your two detail pages into one listing under ASIN B0CX4T7Q2M, as requested.
The duplicate page B0CX4T9ZZK is no longer buyable and its reviews now show on the remaining
page. Please allow up to 48 hours for the change to appear in search results.

Was this response helpful? Click here to rate:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&rate=1

Thank you,
Nirmala
Amazon Selling Partner Support
"""
aws_mail("seller-central-detail-pages-combined", L("unrelated", "5884881212"), d, DANIEL,
         "RE:[CASE 5884881212] Duplicate detail pages - please combine", alt(txt, html_wrap(p2h(txt))),
         kind="outlook", frm='"Amazon Selling Partner Support" <seller-support@amazon.com>')

# 052 CertMetrics "wants to hear from you" (not AWS/Credly sender)
d = dt(2024, 12, 2, 16, 0, 41)
rng = R("052")
T = trace("gmail", rng, d, "meiling.chua.sg@gmail.com", "bounce@certmetrics.com", "certmetrics.com",
          [("certmetrics.com", "pass")], ip="52.4.125.88", helo="mail.certmetrics.com", policy="NONE")
txt = """Dear Mei-Ling Chua,

AWS Certification wants to hear from you!

Please take a few minutes to tell us about your experience with the AWS Certification program.
Your candidate ID: AWS05520731

Start: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=8f2e91c47a0b4d1e9c3f5a6b7d8e0f12

Thank you,
AWS Certification

Please do not reply to this e-mail; this mailbox is not monitored.
"""
build("certmetrics-wants-to-hear-from-you", L("unrelated", None, ["AWS05520731"], False),
      ["Date: %s" % rfc(d), 'From: "AWS Certification" <do-not-reply@certmetrics.com>',
       "To: meiling.chua.sg@gmail.com", "Message-ID: <%s@certmetrics.com>" % hx(rng, 32),
       "Subject: AWS Certification wants to hear from you"],
      alt(txt, html_wrap(p2h(txt), title="AWS Certification")), T)

# 053 Pearson VUE appointment ("confirmation" of an exam booking)
d = dt(2025, 8, 30, 11, 20, 5)
rng = R("053")
T = trace("gmail", rng, d, "hannah.kowalczyk@gmail.com", "noreply@pearsonvue.com", "pearsonvue.com",
          [("pearsonvue.com", "pass")], ip="159.182.1.20", helo="mail1.pearsonvue.com", policy="REJECT")
txt = """Dear Hannah Kowalczyk,

Thank you for scheduling with Pearson VUE. This is confirmation of your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date & time: Tuesday, September 16, 2025, 10:00 CEST
Location: OnVUE online proctored
Candidate ID: AWS01876590
Registration ID: 512884903

Please review the ID requirements and the system test before exam day.

Pearson VUE
"""
build("pearson-vue-appointment", L("unrelated", None, ["AWS01876590"], False),
      ["Date: %s" % rfc(d), "From: Pearson VUE <noreply@pearsonvue.com>", "To: hannah.kowalczyk@gmail.com",
       "Message-ID: <%s.JavaMail.vue@pearsonvue.com>" % hx(rng, 20),
       "Subject: Confirmation of your AWS Certification exam appointment"],
      alt(txt, html_wrap(p2h(txt), title="Pearson VUE")), T)

# 054 AWS Builder ID verification code, relayed without Authentication-Results
d = dt(2025, 6, 17, 7, 14, 0)
rng = R("054")
T = trace("none", rng, d, "takahashi.misaki@docomo.ne.jp", "bounces@signin.aws", "signin.aws",
          [("signin.aws", "pass")], ip="54.240.8.222", helo="a8-222.smtp-out.amazonses.com")
txt = """Verify your AWS Builder ID e-mail address

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
build("builder-id-code-no-auth", L("unrelated", verified=None),
      ["Date: %s" % rfc(d), "From: AWS <no-reply@signin.aws>", "To: takahashi.misaki@docomo.ne.jp",
       "Message-ID: %s" % ses_id(d, rng), "Subject: Verify your AWS Builder ID email address"],
      alt(txt, html_wrap(p2h(txt))), T)

# 055 GitHub pull request merged
d = dt(2025, 5, 27, 14, 3, 9)
rng = R("055")
T = trace("gmail", rng, d, "priya.raman.dev@gmail.com", "noreply@github.com", "github.com",
          [("github.com", "pass")], ip="192.30.252.201", helo="out-18.smtp.github.com", policy="REJECT")
txt = """Merged #482 into main.

Consolidate candidate and learner account tables (two schemas -> one)

--
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-tracker/pull/482#event-17741239011
You are receiving this because you authored the thread.
"""
build("github-pr-merged", L("unrelated", verified=False),
      ["Date: %s" % rfc(d), "From: Jonas Berg <notifications@github.com>",
       "Reply-To: priyaraman/cert-tracker <reply+AB7XK2@reply.github.com>",
       "To: priyaraman/cert-tracker <cert-tracker@noreply.github.com>",
       "Cc: Priya Raman <priya.raman.dev@gmail.com>, Author <author@noreply.github.com>",
       "Message-ID: <priyaraman/cert-tracker/pull/482/issue_event/17741239011@github.com>",
       "In-Reply-To: <priyaraman/cert-tracker/pull/482@github.com>",
       "Subject: Re: [priyaraman/cert-tracker] Consolidate candidate and learner account tables (PR #482)",
       "List-ID: priyaraman/cert-tracker <cert-tracker.priyaraman.github.com>",
       "X-GitHub-Reason: author"],
      alt(txt, html_wrap(p2h(txt), title="GitHub")), T)

# 056 Credly's own self-service account combine code (genuine Credly)
d = dt(2025, 10, 4, 9, 30, 0)
txt = """Hi Emma,

Someone (hopefully you) asked to combine two Credly accounts.

Your code: 493021

Enter it on the page where you started, or use the button below. The code expires in 30
minutes.

Complete Account Merge: https://www.credly.com/account/merge/complete?token=c8d1f0e2a7b94b56

If this was not you, ignore this e-mail and nothing will change.

The Credly Team

Credly, Inc. | 13 W 36th St, New York, NY 10018
This is a service e-mail about your Credly account."""
credly_mail("credly-own-account-combine-code", L("unrelated"), d, EMMA,
            "Your Credly code: 493021", alt(txt, credly_html(p2h(txt))), kind="outlook",
            frm='"Credly" <admin@credly.com>')

# 057 Credly badge expiry reminder
d = dt(2025, 7, 15, 13, 0, 2)
txt = """Hi Tomasz,

Heads-up: your AWS Certified Developer - Associate badge from Amazon Web Services Training and
Certification expires on August 14, 2025.

To keep it, recertify before that date. Your badge will stay visible on your profile as
"expired" afterwards.

The Credly Team

""" + CREDLY_FOOT
credly_mail("credly-expiry-heads-up", L("unrelated"), d, TOMASZ,
            "Heads-up: your badge expires in 30 days", alt(txt, credly_html(p2h(txt))), kind="outlook")

# 058 phishing not about the merge: account suspended / payment
d = dt(2025, 9, 2, 4, 40, 18)
rng = R("058")
T = trace("gmail", rng, d, "olivia.brandt.cloud@gmail.com", "alert@aws-billing-alerts.co",
          "aws-billing-alerts.co", [("aws-billing-alerts.co", "pass")], ip="194.87.31.60",
          helo="mail.aws-billing-alerts.co", policy="NONE")
h = """<p>Dear customer,</p><p>Your AWS account has been <b>suspended</b> because we could not
charge your payment method.</p><p>Update your billing information within 24 hours to avoid
deletion of your resources:</p><p><a href="https://aws-billing-alerts.co/console/billing">Update
payment</a></p><p>Amazon Web Services Billing</p>"""
build("phish-account-suspended-billing", L("unrelated", verified=False),
      ["Date: %s" % rfc(d), 'From: "AWS Billing" <alert@aws-billing-alerts.co>',
       "To: olivia.brandt.cloud@gmail.com", "Message-ID: <%s@aws-billing-alerts.co>" % hx(rng, 20),
       "Subject: Your AWS account has been suspended"],
      part(html_wrap(h), "html", cte="qp"), T)

# 059 quota case: "has been applied" (completion look-alike)
Q_OPEN = dt(2025, 2, 11, 18, 22, 7); Q1 = case15(Q_OPEN, 15530)
d = Q_OPEN + timedelta(hours=7, minutes=49)
txt = f"""Hello Daniel,

Good news: the increase you asked for is in place. Running On-Demand Standard (A, C, D, H, I,
M, R, T, Z) instances in eu-west-1 for account 3318-4470-2296 now allows 256 vCPUs.

You can check the new value in the Service Quotas console.

Best regards,

Tereza P.
Amazon Web Services

{CONSOLE_FOOT.format(cid=Q1)}
"""
aws_mail("quota-increase-in-place", L("unrelated", Q1), d, DANIEL,
         f"RE:[CASE {Q1}] Limit Increase: EC2 Instances", alt(txt, html_wrap(p2h(txt))),
         kind="outlook", frm=AWS_NOREPLY)

# 060 newsletter from AWS Training and Certification
d = dt(2025, 6, 24, 16, 0, 0)
h = """<h1 style="color:#232f3e">Bring your skills together</h1>
<p>This month on AWS Skill Builder: new learning plans that combine generative AI and data
engineering, a free exam-prep webinar for the AWS Certified Machine Learning Engineer &ndash;
Associate, and 50% off your next exam when you finish a plan before July 31.</p>
<p><a href="https://skillbuilder.aws/learning-plans?trk=newsletter-jun25">Explore learning plans</a></p>
<p style="font-size:11px">You are receiving this e-mail because you subscribed to AWS Training and
Certification news. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>"""
aws_mail("newsletter-bring-your-skills-together", L("unrelated"), d, HANNAH,
         "Bring your skills together: new learning plans + 50% off your next exam",
         related(part(html_wrap(h), "html", cte="qp"), png_part(R("060"), "banner.png", "banner01")),
         kind="gmail", frm='"AWS Training and Certification" <aws-training-news@amazon.com>')

# ==================================================================== END MAILS


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            data = p.get_payload(decode=True)
            try:
                out.append(data.decode(cs, errors="replace"))
            except LookupError:
                out.append(data.decode("utf-8", errors="replace"))
    return "\n".join(out)


def check():
    import email
    names = sorted(os.listdir(OUT))
    emls = [n for n in names if n.endswith(".eml")]
    labels = json.load(open(os.path.join(OUT, "labels.json")))
    ok = True
    assert set(emls) == set(labels), (set(emls) ^ set(labels))
    for n in emls:
        msg = email.message_from_bytes(open(os.path.join(OUT, n), "rb").read())
        txt = decoded_text(msg)
        lab = labels[n]
        found = {"AWS" + m for m in re.findall(r"(?i)aws[ \-]?(\d{8})(?!\d)", txt)}
        for a in lab["account_ids"]:
            if a not in found:
                print("MISSING id", n, a); ok = False
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[ \-]", "", txt) and lab["case_id"] not in txt:
            print("MISSING case", n, lab["case_id"]); ok = False
        has_ar = msg.get("Authentication-Results") is not None
        if (lab["sender_verified"] is None) == has_ar:
            print("AR/null mismatch", n); ok = False
    return ok


def main():
    for n in os.listdir(OUT):
        if n.endswith(".eml"):
            os.remove(os.path.join(OUT, n))
    labels = {}
    seen = set()
    for i, (fn, raw, lab) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, fn)
        assert fn not in seen, fn
        seen.add(fn)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
    ok = check()
    from collections import Counter
    print(len(MAILS), "mails;", dict(Counter(l["kind"] for _, _, l in MAILS)),
          "check", "OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
