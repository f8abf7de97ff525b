#!/usr/bin/env python3
"""Generate blind set 66: realistic .eml files around AWS Certification account merges.

Headers are written by hand (so folding / encoded words look like real mail);
the MIME body of every message is built with the `email` package.
"""
import base64
import hashlib
import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(6606)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
BST = timezone(timedelta(hours=1))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EST = timezone(timedelta(hours=-5))

LABELS = {}


# ----------------------------------------------------------------- utilities
def d(y, mo, da, h, mi, s=0, tz=UTC):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit case id: first 10 digits = unix time of opening."""
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold_b64(s, first=0, width=70, indent="\t "):
    out, line = [], s[: max(10, width - first)]
    rest = s[len(line):]
    out.append(line)
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return ("\r\n" + indent).join(out)


def fmt_date(dt):
    return utils.format_datetime(dt)


def gdate(dt):
    """Gmail's Received timestamp style with zone comment."""
    z = dt.strftime("%z")
    names = {"-0700": "PDT", "-0800": "PST", "+0000": "UTC", "+0900": "JST"}
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z") + (" (%s)" % names[z] if z in names else "")


def enc(text, charset="utf-8", name="Subject", q=False):
    if all(ord(c) < 128 for c in text):
        return text
    if q:
        cs = Charset(charset)
        cs.header_encoding = QP
        h = Header(text, cs, header_name=name)
    else:
        h = Header(text, charset, header_name=name)
    return h.encode(linesep="\r\n")


def addr(name, email_addr, charset="utf-8", q=False):
    if name is None:
        return email_addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    return "%s <%s>" % (enc(name, charset, "From", q), email_addr)


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def dkim_sig(domain, selector, dt, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    b = rb64(256)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n"
            "\th=%s;\r\n\tbh=%s;\r\n\tb=%s") % (
        selector, domain, int(dt.timestamp()), hdrs, rb64(32), fold_b64(b, 6, 72, "\t"))


# ---------------------------------------------------------------- senders
class Sender:
    def __init__(self, host, ip, mailfrom, dkim, from_domain, spf="pass", dmarc="pass",
                 dmarc_policy="QUARANTINE", ses=False):
        self.host, self.ip, self.mailfrom = host, ip, mailfrom
        self.dkim = dkim  # list of (domain, selector, result)
        self.from_domain, self.spf, self.dmarc = from_domain, spf, dmarc
        self.dmarc_policy, self.ses = dmarc_policy, ses


def aws_sender(dt, domain="amazon.com"):
    ip = R.choice(["54.240.8.%d", "54.240.27.%d", "54.240.48.%d", "54.240.11.%d"]) % R.randint(10, 250)
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mid = ses_msgid(dt)
    return Sender(host, ip, mid[1:].split("@")[0] + "@email.amazonses.com",
                  [(domain, R.choice(["rvy3vhxcjo3e5hcaaxmuagnwpxtshzlb", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "4ldb2ewzeejo3edxpfvlidelq7upvlyi"]), "pass"),
                   ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                  domain, ses=mid)


def credly_sender(dt):
    ip = "167.89.%d.%d" % (R.randint(0, 120), R.randint(1, 250))
    return Sender("o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), ip,
                  "bounces+%d-%s=%s@em8127.credly.com" % (R.randint(1000000, 9999999), rhex(4), "x"),
                  [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "credly.com",
                  dmarc_policy="REJECT")


def other_sender(domain, host, ip, mailfrom, selector="s1", dmarc="pass", spf="pass",
                 dkim_res="pass", pol="NONE"):
    dk = [(domain, selector, dkim_res)] if dkim_res else []
    return Sender(host, ip, mailfrom, dk, domain, spf=spf, dmarc=dmarc, dmarc_policy=pol)


# --------------------------------------------------------------- transport
def transport(mailbox, rcpt, snd, dt, forged_ar=None):
    """Return header list (name, value) for the receiving side + sender DKIM."""
    H = []
    mf_dom = snd.mailfrom.split("@")[-1]
    if mailbox == "gmail":
        loc = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\r\n        %s"
                  % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(3), R.choice("abcdefghijkmnpqrstuvwxyz") + str(R.randint(1, 9)),
                     R.randint(100000, 9999999), R.choice(["rwb", "lqe", "ngd", "rbb"]), gdate(loc))))
        H.append(("X-Google-Smtp-Source", rb64(60)[:-2]))
        H.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\r\n        %s"
                  % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(16), R.randint(1, 99), R.randint(10 ** 12, 10 ** 13),
                     gdate(loc))))
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s"
                  % (int(dt.timestamp()), fold_b64(rb64(200), 2, 70, "        "))))
        ar = gmail_ar(snd)
        H.append(("ARC-Authentication-Results", "i=1; " + ar))
        H.append(("Return-Path", "<%s>" % snd.mailfrom))
        H.append(("Received", "from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\r\n"
                  "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
                  % (snd.host, snd.host, snd.ip, R.choice(["6a1803df08f44", "d75a77b69052e", "af79cd13be357"]),
                     rhex(10), R.randint(100, 999), R.randint(10, 99), R.randint(1000000, 9999999), rcpt, gdate(loc))))
        spf_word = "designates" if snd.spf == "pass" else "does not designate"
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
                  % (snd.spf, snd.mailfrom, spf_word, snd.ip, snd.ip)))
        H.append(("Authentication-Results", ar))
    elif mailbox in ("o365", "outlookcom"):
        tenant = "northwind-analytics.com" if mailbox == "o365" else "outlook.com"
        prot = "EUR05" if mailbox == "outlookcom" else "BN8NAM12"
        H.append(("Received", "from %sMB%d.namprd%02d.prod.outlook.com (2603:10b6:%s::%s)\r\n by %sMB%d.namprd%02d.prod.outlook.com with HTTPS; %s"
                  % ("SA1PR12", R.randint(1000, 9999), R.randint(10, 22), rhex(3), rhex(2), "DM6PR12", R.randint(1000, 9999),
                     R.randint(10, 22), fmt_date(dt + timedelta(seconds=3)))))
        H.append(("Received", "from %s.mail.protection.outlook.com (2603:10b6:%s:cafe::%s) by\r\n %s.outlook.office365.com (2603:10b6:%s::%s)"
                  " with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\r\n Transport; %s"
                  % (prot + "PEPF0000" + rhex(4).upper(), rhex(3), rhex(2), "CH0PR03CA" + str(R.randint(1000, 9999)), rhex(3), rhex(2),
                     R.randint(8000, 9400), R.randint(10, 40), fmt_date(dt + timedelta(seconds=2)))))
        H.append(("Authentication-Results", o365_ar(snd)))
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\r\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                  % ("Pass" if snd.spf == "pass" else "Fail", mf_dom, "designates" if snd.spf == "pass" else "does not designate",
                     snd.ip, snd.ip, snd.host)))
        H.append(("Received", "from %s (%s) by\r\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                  % (snd.host, snd.ip, prot + "PEPF0000" + rhex(4).upper(), R.randint(1, 250), R.randint(1, 250),
                     R.randint(8000, 9400), R.randint(10, 40), fmt_date(dt + timedelta(seconds=1)))))
        if forged_ar:
            H.append(("Authentication-Results", forged_ar))
        H.append(("X-MS-Exchange-Organization-AuthSource", "%s.mail.protection.outlook.com" % (prot + "PEPF0000" + rhex(4).upper())))
        H.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        H.append(("X-MS-Exchange-Organization-SCL", "1" if snd.dmarc == "pass" else "5"))
    elif mailbox == "fastmail":
        H.append(("Return-Path", "<%s>" % snd.mailfrom))
        H.append(("Received", "from compute3.internal (compute3.nyi.internal [10.202.2.43])\r\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\r\n\t %s"
                  % (R.randint(10, 60), rhex(7), fmt_date(dt.astimezone(EST)))))
        H.append(("Authentication-Results", fastmail_ar(snd)))
        H.append(("Received", "from %s (%s [%s])\r\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                  % (snd.host, snd.host, snd.ip, rhex(11).upper(), rcpt, fmt_date(dt.astimezone(EST)))))
    elif mailbox == "nifty":
        H.append(("Return-Path", "<%s>" % snd.mailfrom))
        H.append(("Received", "from mx-%s.nifty.com (mx-%s.nifty.com [106.153.%d.%d])\r\n\tby mta-%s.nifty.com with ESMTP id <%s.%s@nifty.com>\r\n\tfor <%s>; %s"
                  % (rhex(4), rhex(4), R.randint(0, 250), R.randint(1, 250), rhex(5), rhex(14), rhex(6), rcpt,
                     fmt_date(dt.astimezone(JST)))))
        H.append(("Authentication-Results", jp_ar("nifty.com", snd)))
        H.append(("Received", "from %s ([%s])\r\n\tby mx-nifty.nifty.com with ESMTP id <%s@nifty.com>;\r\n\t%s"
                  % (snd.host, snd.ip, rhex(20), fmt_date(dt.astimezone(JST)))))
    elif mailbox == "ocn":
        H.append(("Return-Path", "<%s>" % snd.mailfrom))
        H.append(("Received", "from mf-smf-ucb%03d.ocn.ad.jp (mf-smf-ucb%03d.ocn.ad.jp [153.153.%d.%d])\r\n\tby mfs-ucb%02d.ocn.ad.jp (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                  % (R.randint(1, 60), R.randint(1, 60), R.randint(60, 70), R.randint(1, 250), R.randint(1, 30), rhex(11).upper(),
                     rcpt, fmt_date(dt.astimezone(JST)))))
        H.append(("Authentication-Results", jp_ar("ocn.ad.jp", snd, pol=True)))
        H.append(("Received", "from %s ([%s])\r\n\tby mf-smf-ucb%03d.ocn.ad.jp with ESMTP\r\n\tid %s; %s"
                  % (snd.host, snd.ip, R.randint(1, 60), rhex(16), fmt_date(dt.astimezone(JST)))))
    elif mailbox == "onprem":
        # small company server: no Authentication-Results at all
        H.append(("Return-Path", "<%s>" % snd.mailfrom))
        H.append(("Received", "from gw01.hoshino-seiki.co.jp (localhost [127.0.0.1])\r\n\tby mbox01.hoshino-seiki.co.jp (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                  % (rhex(10).upper(), rcpt, fmt_date(dt.astimezone(JST)))))
        H.append(("Received", "from %s (%s [%s])\r\n\tby gw01.hoshino-seiki.co.jp (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                  % (snd.host, snd.host, snd.ip, rhex(10).upper(), rcpt, fmt_date(dt.astimezone(JST)))))
        H.append(("Received-SPF", "%s (gw01.hoshino-seiki.co.jp: domain of %s designates %s as permitted sender)"
                  % ("Pass" if snd.spf == "pass" else "Fail", mf_dom, snd.ip)))
        H.append(("X-Virus-Scanned", "amavisd-new at hoshino-seiki.co.jp"))
    else:
        raise ValueError(mailbox)
    for dom, sel, res in snd.dkim:
        if res in ("pass", "fail"):
            if dom == "sendgrid.info":
                continue
            H.append(("DKIM-Signature", dkim_sig(dom, sel, dt)))
    return H


def gmail_ar(snd):
    parts = ["mx.google.com"]
    for dom, sel, res in snd.dkim:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, rb64(6)[:8]))
    if not snd.dkim:
        pass
    spf_txt = "designates" if snd.spf == "pass" else "does not designate"
    parts.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                 % (snd.spf, snd.mailfrom, spf_txt, snd.ip, snd.mailfrom if snd.spf == "pass" else snd.mailfrom.split("@")[-1]))
    if snd.dmarc == "pass":
        parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (snd.dmarc_policy, snd.dmarc_policy, snd.from_domain))
    else:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            snd.dmarc, snd.dmarc_policy, snd.dmarc_policy, "QUARANTINE" if snd.dmarc_policy != "NONE" else "NONE", snd.from_domain))
    return ";\r\n       ".join(parts)


def o365_ar(snd):
    ok = snd.dmarc == "pass"
    dk = snd.dkim[0] if snd.dkim else None
    dkim_txt = ("dkim=pass (signature was verified) header.d=%s" % dk[0]) if dk and dk[2] == "pass" else \
        ("dkim=none (message not signed) header.d=none" if not dk else "dkim=fail (body hash did not verify) header.d=%s" % dk[0])
    return ("spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\r\n header.from=%s;compauth=%s reason=%s"
            % (snd.spf, snd.ip, snd.mailfrom.split("@")[-1], dkim_txt, snd.dmarc, "none" if ok else "quarantine",
               snd.from_domain, "pass" if ok else "fail", "100" if ok else "000"))


def fastmail_ar(snd):
    dk = snd.dkim[0]
    return ("mx6.messagingengine.com;\r\n    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\r\n"
            "    dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\r\n"
            "    spf=%s smtp.mailfrom=%s smtp.helo=%s"
            % (dk[2], dk[0], dk[0], rb64(6)[:8], dk[1], snd.dmarc, snd.dmarc_policy.lower(), snd.dmarc_policy.lower(),
               snd.from_domain, snd.spf, snd.mailfrom, snd.host))


def jp_ar(authserv, snd, pol=False):
    dkims = "; ".join("dkim=%s header.d=%s header.s=%s" % (res, dom, sel) for dom, sel, res in snd.dkim if dom != "sendgrid.info")
    if not dkims:
        dkims = "dkim=none"
    dm = "dmarc=%s%s header.from=%s" % (snd.dmarc, (" (p=%s dis=none)" % snd.dmarc_policy.lower()) if pol else "", snd.from_domain)
    return "%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\t%s;\r\n\t%s" % (authserv, snd.spf, snd.mailfrom, dkims, dm)


# -------------------------------------------------------------- bodies
def body_text(text, charset="utf-8", cte=None, subtype="plain"):
    m = EmailMessage()
    m.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return m


def body_alt(text, html, charset="utf-8", cte_t=None, cte_h=None):
    m = EmailMessage()
    m.set_content(text, charset=charset, cte=cte_t)
    m.add_alternative(html, subtype="html", charset=charset, cte=cte_h)
    return m


def body_wrong_charset(text, declared):
    m = EmailMessage()
    m.set_content(text, charset="utf-8", cte="8bit")
    m.set_param("charset", declared)
    return m


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;'
            'font-size:14px;color:#16191f;">\n%s\n</body></html>\n' % (lang, inner))


# -------------------------------------------------------------- writing
def write(num, slug, headers, body, label):
    fname = "%03d-%s.eml" % (num, slug)
    raw_h = "".join("%s: %s\r\n" % (n, v) for n, v in headers)
    raw_h.encode("ascii")  # must be ascii
    data = raw_h.encode("ascii") + body.as_bytes(policy=policy.SMTP)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = label


def norm_ids(ids):
    out = set()
    for i in ids:
        digits = "".join(c for c in i if c.isdigit())
        assert len(digits) == 8, i
        out.add("AWS" + digits)
    return sorted(out)


def mail(num, slug, *, kind, lang, case_id, ids, verified, mailbox, rcpt, snd, frm, to, subject, date,
         body, subj_charset="utf-8", subj_q=False, from_charset="utf-8", msgid=None, extra=None,
         date_tz=UTC, forged_ar=None, reply_to=None, cc=None):
    H = transport(mailbox, rcpt, snd, date, forged_ar=forged_ar) if mailbox != "internal" else []
    if extra and extra.get("pre"):
        H = extra["pre"] + H
    H.append(("From", frm if isinstance(frm, str) else addr(frm[0], frm[1], from_charset)))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("To", to if isinstance(to, str) else addr(to[0], to[1], from_charset)))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", enc(subject, subj_charset, "Subject", subj_q)))
    H.append(("Date", fmt_date(date.astimezone(date_tz))))
    H.append(("Message-ID", msgid or (snd.ses if snd is not None and snd.ses else "<%s@%s>" % (uuid.UUID(int=R.getrandbits(128)), snd.from_domain))))
    if extra:
        for k, v in extra.get("post", []):
            H.append((k, v))
    if snd is not None and snd.ses:
        H.append(("Feedback-ID", "::1.us-east-1.%s:AmazonSES" % rb64(30)[:43]))
        H.append(("X-SES-Outgoing", date.strftime("%Y.%m.%d") + "-" + snd.ip))
    write(num, slug, H, body, {
        "kind": kind, "case_id": case_id, "account_ids": norm_ids(ids),
        "sender_verified": verified, "language": lang})


# ============================================================ the people
DANIEL = ("Daniel Okafor", "d.okafor.cloud@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@northwind-analytics.com")
MARTA = ("Marta Kowalczyk", "marta.kowalczyk@outlook.com")
TOM = ("Tom Gallagher", "tgallagher@fastmail.com")
SATO = ("佐藤 健太", "kenta.sato.0412@gmail.com")
TANAKA = ("田中 美咲", "misaki-t@nifty.com")
SUZUKI = ("鈴木 宏", "h.suzuki@hoshino-seiki.co.jp")
YAMAMOTO = ("山本 彩", "aya.yamamoto@ocn.ne.jp")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_ADMIN = "admin@credly.com"

AWS_FOOT_EN = ("Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark\n"
               "of Amazon.com, Inc. or its affiliates.")
AWS_FOOT_JA = "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"


def console_footer_en(case):
    return ("\n\nTo see the full case history and respond, sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of "
            "Amazon.com, Inc. or its affiliates.\n" % case)


def console_footer_ja(case):
    return ("\n\nケースの詳細の確認や返信は、AWS サポートセンターから行ってください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※このメールアドレスは送信専用です。このメールに返信いただいてもお受けできませんので、"
            "上記のリンクからお問い合わせください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n" % case)


def jp_wd(dt):
    return "月火水木金土日"[dt.weekday()]


def jp_quote_head(dt, name, email_addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (dt.year, dt.month, dt.day, jp_wd(dt), dt.hour, dt.minute, name, email_addr)


def gmail_en_quote_head(dt, name, email_addr):
    return "On %s, %s at %s %s <%s> wrote:" % (
        dt.strftime("%a"), dt.strftime("%b %-d, %Y"), dt.strftime("%-I:%M"), dt.strftime("%p"), name, email_addr)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ======================================================================
# Thread U1 - Daniel (Gmail), form-desk case
# ======================================================================
u1_open = d(2025, 3, 11, 9, 14, 22)
C1 = case15(u1_open)
U1_KEEP, U1_OLD = "AWS04417283", "AWS09931546"
SUBJ_FORM_EN = "[AWS Training and Certification Form Submission] - account-assistance"

t = u1_open + timedelta(seconds=19)
s = aws_sender(t)
mail(1, "we-have-your-message", kind="case_created", lang="en", case_id=C1, ids=[U1_KEEP], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=FORM, to=DANIEL[1],
     subject="[CASE %s] %s" % (C1, SUBJ_FORM_EN), date=t,
     body=body_text(
         "Hello Daniel,\n\n"
         "Thanks for writing in to AWS Training and Certification. This is an automated note to let you know\n"
         "that your message reached us and is now waiting in our queue. A member of our team normally responds\n"
         "within 24 hours.\n\n"
         "Reference number: %s\n"
         "Topic: Certification / Account assistance\n"
         "AWS candidate ID you provided: %s\n\n"
         "There is no need to send the form again. If you think of anything else we should know, simply reply\n"
         "to this e-mail and it will be added to the same record.\n\n"
         "Kind regards,\nAWS Training and Certification\n\n%s\n" % (C1, U1_KEEP, AWS_FOOT_EN), cte="7bit"))

t2 = d(2025, 3, 12, 16, 3, 41)
s = aws_sender(t2)
u1_req_text = (
    "Hi Daniel,\n\n"
    "Thank you for your patience while I looked into this.\n\n"
    "I found two certification profiles under your name:\n\n"
    "  \u2022 %s \u2013 sign-in: d.okafor.cloud@gmail.com (2 active certifications)\n"
    "  \u2022 %s \u2013 sign-in: daniel.okafor@brightwave-logistics.com (1 expired certification)\n\n"
    "What I\u2019d like to do is fold everything held under %s into %s, so that %s becomes the only\n"
    "profile you use from now on. Please be aware that once this is carried out it can\u2019t be undone, and the\n"
    "second sign-in will stop working.\n\n"
    "Could you reply to this e-mail with a short \u201cyes, go ahead\u201d (or tell me if anything above looks wrong)?\n"
    "I won\u2019t make any changes until I hear back from you.\n\n"
    "Best regards,\nJordan\nAWS Training and Certification Customer Support\n" % (U1_KEEP, U1_OLD, U1_OLD, U1_KEEP, U1_KEEP))
mail(2, "before-we-fold-profiles", kind="merge_confirmation_requested", lang="en", case_id=C1,
     ids=[U1_KEEP, U1_OLD], verified=True, mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=FORM, to=DANIEL[1],
     subject="RE:[CASE %s] %s" % (C1, SUBJ_FORM_EN), date=t2,
     body=body_text(u1_req_text + "\n" + AWS_FOOT_EN + "\n", cte="quoted-printable"))

t_user1 = d(2025, 3, 12, 11, 30, 5, PDT)  # user's reply (quoted later)
t4 = d(2025, 3, 13, 8, 47, 12)
s = aws_sender(t4)
mail(4, "handed-to-team", kind="support_reply", lang="en", case_id=C1, ids=[], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=FORM, to=DANIEL[1],
     subject="RE:[CASE %s] %s" % (C1, SUBJ_FORM_EN), date=t4,
     body=body_text(
         "Hello Daniel,\n\n"
         "Thanks for the quick reply. I have handed your request to the team that carries out profile changes of\n"
         "this kind. When they have finished, one of us will write again so you can check your transcript; this\n"
         "usually takes one to three business days.\n\n"
         "In the meantime, please avoid signing in with the older login and hold off on booking any exams.\n\n"
         "Regards,\nFarah\nAWS Training and Certification Customer Support\n\n"
         "---- Original message ----\n"
         "From: Daniel Okafor <d.okafor.cloud@gmail.com>\n"
         "Sent: 3/12/2025 6:30 PM\n"
         "To: aws-cs-trainingcertification-form@amazon.com\n"
         "Subject: Re: RE:[CASE %s] %s\n\n"
         "Yes, go ahead. Everything above is right.\n\n"
         "Daniel\n\n"
         "---- Original message ----\n"
         "From: aws-cs-trainingcertification-form@amazon.com\n"
         "Sent: 3/12/2025 4:03 PM\n\n%s\n%s\n" % (C1, SUBJ_FORM_EN, u1_req_text, AWS_FOOT_EN), cte="quoted-printable"))

t5 = d(2025, 3, 14, 22, 10, 3)
s = aws_sender(t5)
mail(5, "everything-now-under-one-id", kind="merge_completed", lang="en", case_id=C1, ids=[U1_KEEP, U1_OLD],
     verified=True, mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=FORM, to=DANIEL[1],
     subject="RE:[CASE %s] %s" % (C1, SUBJ_FORM_EN), date=t5,
     body=body_text(
         "Hi Daniel,\n\n"
         "Good news \u2014 everything that used to live under %s (exam history, the expired Cloud Practitioner\n"
         "record and the exam benefit that came with it) now shows under %s. The older sign-in has been\n"
         "switched off, so please use d.okafor.cloud@gmail.com from now on.\n\n"
         "It can take up to 72 hours for your Credly wallet to reflect the change. If it still looks out of date\n"
         "after that, reply here and we\u2019ll take another look.\n\n"
         "If you have a moment, tell us how we did: https://aws.amazon.com/training/feedback/?caseId=%s\n\n"
         "All the best,\nJordan\nAWS Training and Certification Customer Support\n\n%s\n"
         % (U1_OLD, U1_KEEP, C1, AWS_FOOT_EN), cte="base64"))

t3 = d(2025, 3, 15, 2, 12, 40)
s = aws_sender(t3)
svy_txt = ("How did we do?\n\n"
           "Your recent request to AWS Training and Certification (reference %s) has been marked as resolved.\n"
           "We'd really appreciate two minutes of your time.\n\n"
           "Did we fully answer your question?\n"
           "  Yes: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&r=1\n"
           "  No:  https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&r=0\n\n"
           "How would you rate the support you received from Jordan? (1 = poor, 5 = excellent)\n\n"
           "Your answers are anonymous and help us improve.\n\nAWS Training and Certification\n" % (C1, C1, C1))
svy_html = html_wrap(
    "<h2 style=\"color:#232f3e\">How did we do?</h2>\n"
    "<p>Your recent request to AWS Training and Certification (reference <b>%s</b>) has been marked as resolved. "
    "We'd really appreciate two minutes of your time.</p>\n"
    "<p><b>Did we fully answer your question?</b></p>\n"
    "<p><a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=1\" style=\"background:#ff9900;color:#000;padding:8px 18px;text-decoration:none\">Yes</a>&nbsp;&nbsp;"
    "<a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=0\" style=\"background:#eaeded;color:#000;padding:8px 18px;text-decoration:none\">No</a></p>\n"
    "<p>How would you rate the support you received from Jordan?</p>\n"
    "<p>&#9733; &#9733;&#9733; &#9733;&#9733;&#9733; &#9733;&#9733;&#9733;&#9733; &#9733;&#9733;&#9733;&#9733;&#9733;</p>\n"
    "<p style=\"font-size:11px;color:#687078\">Your answers are anonymous and help us improve.</p>" % (C1, C1, C1))
mail(3, "how-did-we-do", kind="survey", lang="en", case_id=C1, ids=[], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"),
     to=DANIEL[1], subject="Daniel, two quick questions about your recent support request", date=t3,
     body=body_alt(svy_txt, svy_html, cte_t="7bit", cte_h="quoted-printable"))

t6 = d(2025, 3, 16, 5, 33, 18)
s = credly_sender(t6)
credly6 = html_wrap(
    "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:24px\">\n"
    "<img src=\"https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png\" width=\"120\" alt=\"\">\n"
    "<p style=\"font-size:20px\">Daniel, AWS Training and Certification has sent you a digital credential</p>\n"
    "<p style=\"font-size:16px;font-weight:bold\">AWS Certified Solutions Architect \u2013 Associate</p>\n"
    "<p>Claim it to show verified proof of your skills on LinkedIn, in your e-mail signature or anywhere else "
    "you share your work. This credential was previously held on another profile and has been re-sent to this e-mail address.</p>\n"
    "<p><a href=\"https://www.credly.com/earner/earned/badge/7f3c1d0e-2b9a-4e61-a1f4-5d0c98e1b2aa\" "
    "style=\"background:#1e8fd5;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none\">Claim your credential</a></p>\n"
    "<p style=\"font-size:11px;color:#777\">You are receiving this e-mail because AWS Training and Certification uses Credly to "
    "issue digital credentials. Credly, 1 Pennsylvania Plaza, New York, NY.</p>\n</td></tr></table>")
mail(6, "credential-waiting-to-claim", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN),
     to=DANIEL[1], subject="Daniel, your AWS Certified Solutions Architect \u2013 Associate credential is waiting",
     date=t6, subj_q=True, body=body_text(credly6, subtype="html", cte="quoted-printable"))

# ======================================================================
# Thread U2 - Priya (Office 365), console case
# ======================================================================
u2_open = d(2025, 6, 2, 13, 5, 10)
C2 = case15(u2_open)
U2_KEEP, U2_OLD = "AWS21785530", "AWS30092184"
C2_SUBJ = "Request to merge two AWS Certification accounts"

t = u2_open + timedelta(seconds=14)
s = aws_sender(t)
mail(7, "console-case-opened", kind="case_created", lang="en", case_id=C2, ids=[], verified=True,
     mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="Amazon Web Services: You have opened a new Support case: %s" % C2, date=t,
     body=body_text(
         "Dear Customer,\n\n"
         "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
         "The details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: Hi, I have two certification\n"
         "accounts and would like them combined. Details below.\n\n"
         "You will receive an e-mail when your case is updated. To view or update the case, please visit:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "Best regards,\nAmazon Web Services\n\n"
         "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n" % (C2, C2, C2_SUBJ, C2),
         cte="7bit"))

t8 = d(2025, 6, 3, 10, 20, 2)
s = aws_sender(t8)
mail(8, "new-reply-on-case", kind="support_reply", lang="en", case_id=C2, ids=[], verified=True,
     mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="[Case %s] New correspondence added" % C2, date=t8,
     body=body_text(
         "Hello,\n\n"
         "AWS Support has added a reply to case %s: \"%s\".\n\n"
         "To read it and respond, sign in to the AWS Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "Sincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
         % (C2, C2_SUBJ, C2), cte="7bit"))

t9 = t8 + timedelta(seconds=40)
s = aws_sender(t9)
mail(9, "which-profile-stays", kind="support_reply", lang="en", case_id=C2, ids=["AWS21785530", "aws-30092184"],
     verified=True, mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="RE:[CASE %s] %s" % (C2, C2_SUBJ), date=t9,
     body=body_text(
         "Hello Priya,\n\n"
         "Thank you for reaching out to AWS Training and Certification.\n\n"
         "I can see the two candidate IDs you mentioned, AWS21785530 and aws-30092184. So that I can action this\n"
         "correctly, could you let me know:\n\n"
         "1. Which of the two you would like to keep using going forward\n"
         "2. The e-mail address you use to sign in to each one\n"
         "3. Whether either of them is linked to an employer's AWS Partner Network account\n\n"
         "As soon as I have this I'll put together a summary for you to look over before anything is changed.\n\n"
         "Best regards,\nMarcus H.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this and other correspondences in the\n"
         "AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of\n"
         "the correspondence." + console_footer_en(C2), cte="quoted-printable"))

t10 = d(2025, 6, 4, 15, 40, 27)
s = aws_sender(t10)
u2_req = (
    "Hello Priya,\n\n"
    "Thanks for the details. Here is exactly what will happen:\n\n"
    "    Profile that stays:                   AWS21785530  (priya.raman@northwind-analytics.com)\n"
    "    Profile that is absorbed and closed:  AWS30092184  (priya.r@fastpost.net)\n\n"
    "All certifications, exam history and unused vouchers on AWS30092184 will be moved across to\n"
    "AWS21785530. Please be aware that this is a one-way change \u2014 we have no way to split the two\n"
    "profiles apart again afterwards.\n\n"
    "If this matches what you want, just reply in the Support Center with \u201cApproved\u201d and I'll hand it\n"
    "over to be carried out. If anything is off, tell me what to change.\n\n"
    "Best regards,\nMarcus H.\nAmazon Web Services\n")
mail(10, "here-is-exactly-what-will-happen", kind="merge_confirmation_requested", lang="en", case_id=C2,
     ids=[U2_KEEP, U2_OLD], verified=True, mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="RE:[CASE %s] %s" % (C2, C2_SUBJ), date=t10,
     body=body_text(u2_req + console_footer_en(C2), cte="quoted-printable"))

t11 = d(2025, 6, 5, 9, 2, 55)
s = aws_sender(t11)
mail(11, "thanks-we-will-now-proceed", kind="support_reply", lang="en", case_id=C2, ids=[U2_KEEP, U2_OLD],
     verified=True, mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="RE:[CASE %s] %s" % (C2, C2_SUBJ), date=t11,
     body=body_text(
         "Hello Priya,\n\n"
         "Thank you for confirming. We will now proceed with the merge of AWS30092184 into AWS21785530.\n\n"
         "Once the merge is complete you will receive a separate notification, and your certifications should\n"
         "appear on AWS21785530 within 24-48 hours after that. Please do not register for any exams until then.\n\n"
         "Best regards,\nMarcus H.\nAmazon Web Services" + console_footer_en(C2), cte="7bit"))

t13 = d(2025, 6, 6, 19, 45, 9)
s = aws_sender(t13)
mail(13, "work-on-profiles-finished", kind="merge_completed", lang="en", case_id=C2, ids=[U2_KEEP],
     verified=True, mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="RE:[CASE %s] %s" % (C2, C2_SUBJ), date=t13,
     body=body_text(
         "Hello Priya,\n\n"
         "A quick note to let you know the work on your profiles is finished. AWS21785530 now holds your full\n"
         "certification history, including the AWS Certified Data Engineer \u2013 Associate that was previously listed\n"
         "under your other ID; that other ID can no longer be used to sign in.\n\n"
         "Your 50% exam discount benefit has been carried over as well.\n\n"
         "Best regards,\nElena\nAmazon Web Services\n\n"
         "------ Previous correspondence ------\n\n" + u2_req + console_footer_en(C2), cte="quoted-printable"))

t12 = t13 + timedelta(minutes=1, seconds=12)
s = aws_sender(t12)
mail(12, "case-marked-resolved", kind="survey", lang="en", case_id=C2, ids=[], verified=True,
     mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="[Case %s] Your AWS Support case has been resolved" % C2, date=t12,
     body=body_alt(
         "Hello,\n\nWe've marked case %s (\"%s\") as resolved, since it looks like your question has been\n"
         "answered. If something is still outstanding you can reopen the case from the Support Center within 14 days.\n\n"
         "Was your issue resolved?\nYES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
         "NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
         "Sincerely,\nAmazon Web Services\n" % (C2, C2_SUBJ, C2, C2),
         html_wrap("<p>Hello,</p><p>We've marked case <b>%s</b> (&quot;%s&quot;) as resolved, since it looks like your question "
                   "has been answered. If something is still outstanding you can reopen the case from the "
                   "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s\">Support Center</a> within 14 days.</p>"
                   "<p style=\"font-size:16px\"><b>Was your issue resolved?</b></p>"
                   "<p><a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes\">YES</a> &nbsp;|&nbsp; "
                   "<a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no\">NO</a></p>"
                   "<p>Sincerely,<br>Amazon Web Services</p>" % (C2, C2_SUBJ, C2, C2, C2)),
         cte_t="7bit", cte_h="quoted-printable"))

# ======================================================================
# Thread U3 - Marta (outlook.com), 11-digit form case, three profiles
# ======================================================================
C3 = "14820937561"
U3_KEEP, U3_B, U3_C = "AWS55102938", "AWS67720014", "AWS58829301"
t = d(2025, 9, 8, 7, 21, 44)
s = aws_sender(t)
mail(14, "inquiry-logged", kind="case_created", lang="en", case_id=C3, ids=[U3_KEEP], verified=True,
     mailbox="outlookcom", rcpt=MARTA[1], snd=s, frm=FORM, to=MARTA[1],
     subject="[CASE %s] %s" % (C3, SUBJ_FORM_EN), date=t,
     body=body_text(
         "Dear Marta,\n\n"
         "This e-mail confirms that your inquiry has been logged under reference %s.\n\n"
         "Inquiry type: Certification\nDetail: Account Merge\nCandidate ID: %s\n\n"
         "One of our specialists will be in touch, in most cases within one business day. Opening another\n"
         "request about the same matter will not speed things up and may delay our answer, so please keep\n"
         "this reference for any follow-up.\n\n"
         "Sincerely,\nAWS Training and Certification Customer Support\n\n%s\n" % (C3, U3_KEEP, AWS_FOOT_EN), cte="7bit"))

t15 = d(2025, 9, 10, 12, 8, 30)
s = aws_sender(t15)
html15 = html_wrap(
    "<p>Dear Marta,</p>\n"
    "<p>Thank you for waiting. I have reviewed the three candidate IDs registered to your name and prepared the "
    "following plan:</p>\n"
    "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
    "<tr style=\"background:#f2f3f3\"><th>Candidate ID</th><th>Sign-in e-mail</th><th>After the change</th></tr>\n"
    "<tr><td>AWS55102938</td><td>marta.kowalczyk@outlook.com</td><td>Kept &ndash; receives all records</td></tr>\n"
    "<tr><td>aws67720014</td><td>m.kowalczyk@vistula-soft.pl</td><td>Records moved, profile retired</td></tr>\n"
    "<tr><td>AWS 58829301</td><td>marta.k@student.pw.edu.pl</td><td>Records moved, profile retired</td></tr>\n"
    "</table>\n"
    "<p>Please note that this is permanent: once the two profiles are retired we cannot bring them back or "
    "separate the records again.</p>\n"
    "<p>Before I go ahead, please reply to this message and tell me the plan above is correct (a simple "
    "&ldquo;OK to proceed&rdquo; is fine). If you would rather keep a different ID, let me know which one.</p>\n"
    "<p>Kind regards,<br>Sipho<br>AWS Training and Certification Customer Support</p>\n"
    "<p style=\"font-size:11px;color:#687078\">%s</p>" % AWS_FOOT_EN.replace("\n", " "))
mail(15, "plan-for-three-ids", kind="merge_confirmation_requested", lang="en", case_id=C3,
     ids=[U3_KEEP, "aws67720014", "AWS 58829301"], verified=True, mailbox="outlookcom", rcpt=MARTA[1], snd=s,
     frm=FORM, to=MARTA[1], subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM_EN), date=t15,
     body=body_text(html15, subtype="html", cte="quoted-printable"))

t16 = d(2025, 9, 12, 9, 55, 1)
s = aws_sender(t16)
mail(16, "closing-now-that-ids-are-one", kind="merge_completed", lang="en", case_id=C3,
     ids=[U3_KEEP, U3_B, U3_C], verified=True, mailbox="outlookcom", rcpt=MARTA[1], snd=s, frm=FORM, to=MARTA[1],
     subject="RE:[CASE %s] %s" % (C3, SUBJ_FORM_EN), date=t16,
     body=body_text(
         "Dear Marta,\n\n"
         "Your three profiles now sit together under AWS55102938, and AWS67720014 and AWS58829301 have been\n"
         "retired. You should see all four of your certifications when you next sign in with\n"
         "marta.kowalczyk@outlook.com.\n\n"
         "As nothing else is outstanding, I am closing this request. Was your issue resolved? Let us know with\n"
         "one click: https://aws.amazon.com/training/feedback/?ref=%s\n\n"
         "Kind regards,\nSipho\nAWS Training and Certification Customer Support\n\n%s\n" % (C3, AWS_FOOT_EN),
         cte="quoted-printable"))

t17 = d(2025, 9, 13, 14, 2, 37)
s = credly_sender(t17)
txt17 = ("Marta, you have 3 credentials waiting\n\n"
         "AWS Training and Certification has sent the following credentials to this e-mail address:\n\n"
         " - AWS Certified Cloud Practitioner\n - AWS Certified Developer - Associate\n - AWS Certified SysOps Administrator - Associate\n\n"
         "They were transferred from another Credly profile at the issuer's request. Accept them to keep\n"
         "displaying them on your profile:\nhttps://www.credly.com/earner/earned\n\nThe Credly Team\n")
html17 = html_wrap(
    "<p style=\"font-size:20px\">Marta, you have <b>3 credentials</b> waiting</p>\n"
    "<p>AWS Training and Certification has sent these credentials to you:</p>\n"
    "<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li>"
    "<li>AWS Certified SysOps Administrator &ndash; Associate</li></ul>\n"
    "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#1e8fd5;color:#fff;padding:12px 28px;text-decoration:none\">"
    "Accept them now</a></p>\n"
    "<p style=\"font-size:11px;color:#777\">Credly by Pearson &middot; Manage your e-mail preferences</p>")
mail(17, "three-credentials-waiting", kind="credly_badge_issued", lang="en", case_id=None, ids=[], verified=True,
     mailbox="outlookcom", rcpt=MARTA[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN),
     to=MARTA[1], subject="Marta, you have 3 new credentials waiting on Credly", date=t17,
     body=body_alt(txt17, html17, cte_t="7bit", cte_h="base64"))

t18 = d(2025, 9, 12, 10, 30, 12)
s = aws_sender(t18)
mail(18, "feedback-on-your-request", kind="survey", lang="en", case_id=C3, ids=[], verified=True,
     mailbox="outlookcom", rcpt=MARTA[1], snd=s, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"),
     to=MARTA[1], subject="Your feedback on your account merge request (Case %s)" % C3, date=t18,
     body=body_text(
         "Hello Marta,\n\n"
         "We'd like to hear about your recent experience with AWS Training and Certification Customer Support\n"
         "regarding your request to merge accounts (case %s).\n\n"
         "The questionnaire has five questions and takes less than three minutes:\n"
         "https://amazonmr.au1.qualtrics.com/jfe/form/SV_bkZ4x1hQ?case=%s\n\n"
         "Thank you for helping us serve you better.\n\nAWS Training and Certification\n" % (C3, C3), cte="7bit"))

# ======================================================================
# Phishing / look-alikes (en)
# ======================================================================
t19 = d(2025, 4, 2, 6, 41, 19)
s = other_sender("aws-certification-desk.com", "mail.aws-certification-desk.com", "185.234.72.41",
                 "notify@aws-certification-desk.com", selector="default", pol="NONE")
mail(19, "approve-profile-consolidation", kind="merge_confirmation_requested", lang="en", case_id=None,
     ids=[U1_KEEP, U1_OLD], verified=False, mailbox="gmail", rcpt=DANIEL[1], snd=s,
     frm=("AWS Certification Support", "support@aws-certification-desk.com"), to=DANIEL[1],
     subject="Action needed: approve the consolidation of your certification profiles", date=t19,
     body=body_alt(
         "Dear Candidate,\n\n"
         "Our records show two certification profiles linked to you: AWS04417283 and AWS09931546.\n"
         "These will be consolidated into a single profile. Before we can continue you must approve the\n"
         "change and verify your identity within 48 hours, otherwise both profiles and all certifications\n"
         "will be suspended.\n\n"
         "Approve now: http://aws-certification-desk.com/approve?id=AWS04417283\n\n"
         "AWS Certification Support Team\n",
         html_wrap("<p>Dear Candidate,</p><p>Our records show two certification profiles linked to you: "
                   "<b>AWS04417283</b> and <b>AWS09931546</b>. These will be consolidated into a single profile. "
                   "Before we can continue you must approve the change and verify your identity within <b>48 hours</b>, "
                   "otherwise both profiles and all certifications will be suspended.</p>"
                   "<p><a href=\"http://aws-certification-desk.com/approve?id=AWS04417283\" style=\"background:#ff9900;"
                   "padding:10px 20px;color:#000\">Approve and verify</a></p><p>AWS Certification Support Team</p>"),
         cte_t="7bit", cte_h="quoted-printable"))

t20 = d(2025, 6, 20, 3, 12, 44)
s = other_sender("amazon.com", "vps-7731.hostkey-srv.net", "45.142.214.87", "bounce@vps-7731.hostkey-srv.net",
                 dmarc="fail", spf="fail", dkim_res=None, pol="QUARANTINE")
forged = ("amazon.com; spf=pass smtp.mailfrom=amazon.com;\r\n dkim=pass header.d=amazon.com;\r\n dmarc=pass header.from=amazon.com")
mail(20, "profiles-unified-verify-payment", kind="merge_completed", lang="en", case_id="174987302214719",
     ids=[U2_KEEP], verified=False, mailbox="o365", rcpt=PRIYA[1], snd=s, frm=FORM, to=PRIYA[1],
     subject="RE:[CASE 174987302214719] Your certification profiles have been unified", date=t20, forged_ar=forged,
     msgid="<20250620031244.4f1a9c@vps-7731.hostkey-srv.net>",
     body=body_text(
         "Hello,\n\n"
         "Your two certification profiles have been unified into AWS21785530. The other profile no longer exists.\n\n"
         "To keep your exam vouchers and benefits on the unified profile, re-enter your billing details within\n"
         "24 hours:\n\nhttps://aws-training-benefits.support-center-verify.com/login\n\n"
         "If you do not update your information, your vouchers will be cancelled.\n\n"
         "Best regards,\nAmazon Web Services Training and Certification\n", cte="base64"))

t21 = d(2025, 5, 9, 14, 3, 51)
s = other_sender("amazon-aws-invoices.com", "smtp1.amazon-aws-invoices.com", "91.215.85.140",
                 "billing@amazon-aws-invoices.com", selector="mail", dmarc="none", pol="NONE")
mail(21, "payment-failed-suspension", kind="unrelated", lang="en", case_id=None, ids=[], verified=False,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("AWS Billing", "billing@amazon-aws-invoices.com"), to=DANIEL[1],
     subject="Payment declined \u2013 your AWS account will be suspended", date=t21, subj_q=True,
     body=body_text(html_wrap(
         "<p>Dear AWS customer,</p><p>We were unable to charge your card for invoice <b>#EUINGB25-0419372</b> "
         "(USD 312.84). Your account and all running resources will be suspended in 24 hours.</p>"
         "<p><a href=\"https://amazon-aws-invoices.com/billing/update\">Update payment method</a></p>"
         "<p>Amazon Web Services Billing</p>"), subtype="html", cte="quoted-printable"))

# ======================================================================
# Other unrelated (en)
# ======================================================================
t22 = d(2025, 7, 8, 17, 26, 3)
s = other_sender("github.com", "out-21.smtp.github.com", "192.30.252.204", "noreply@github.com",
                 selector="pf2023", pol="REJECT")
mail(22, "github-pr-merged", kind="unrelated", lang="en", case_id=None, ids=["AWS21785530"], verified=False,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("Priya Raman", "notifications@github.com"), to="northwind/cert-tracker <cert-tracker@noreply.github.com>",
     cc="Daniel Okafor <d.okafor.cloud@gmail.com>, Mention <mention@noreply.github.com>",
     subject="Re: [northwind/cert-tracker] Handle merged candidate IDs in roster import (PR #482)", date=t22,
     msgid="<northwind/cert-tracker/pull/482/issue_event/16123456789@github.com>",
     extra={"post": [("In-Reply-To", "<northwind/cert-tracker/pull/482@github.com>"),
                     ("References", "<northwind/cert-tracker/pull/482@github.com>"),
                     ("List-ID", "northwind/cert-tracker <cert-tracker.northwind.github.com>"),
                     ("X-GitHub-Reason", "mention")]},
     body=body_alt(
         "Merged #482 into main.\n\n"
         "The importer now maps retired candidate IDs to the surviving one, so my own record (AWS21785530) shows\n"
         "up once instead of twice after the account consolidation. Migration completed on staging, confirmed by\n"
         "@dokafor.\n\n-- \nReply to this email directly, view it on GitHub:\n"
         "https://github.com/northwind/cert-tracker/pull/482#event-16123456789\n"
         "You are receiving this because you were mentioned.\n",
         html_wrap("<p>Merged <a href=\"https://github.com/northwind/cert-tracker/pull/482\">#482</a> into main.</p>"
                   "<p>The importer now maps retired candidate IDs to the surviving one, so my own record (AWS21785530) "
                   "shows up once instead of twice after the account consolidation. Migration completed on staging, "
                   "confirmed by @dokafor.</p><p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
                   "<a href=\"https://github.com/northwind/cert-tracker/pull/482#event-16123456789\">view it on GitHub</a>.</p>"),
         cte_t="7bit", cte_h="7bit"))

t23 = d(2025, 3, 17, 18, 44, 20)
s = credly_sender(t23)
mail(23, "credly-code-to-join-accounts", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("Credly", CREDLY_ADMIN), to=DANIEL[1],
     subject="Your Credly account merge verification code", date=t23,
     body=body_alt(
         "Hi Daniel,\n\nYou asked to merge daniel.okafor@brightwave-logistics.com into your Credly account.\n\n"
         "Your verification code is: 482913\n\n"
         "Enter it on the page you were using, or click Complete Account Merge:\n"
         "https://www.credly.com/users/merge/confirm?token=9a1f0c77e3b24d2a\n\n"
         "The code expires in 30 minutes. If you did not request this, you can ignore this e-mail.\n\nCredly Support\n",
         html_wrap("<p>Hi Daniel,</p><p>You asked to merge <b>daniel.okafor@brightwave-logistics.com</b> into your Credly account.</p>"
                   "<p style=\"font-size:28px;letter-spacing:6px\"><b>482913</b></p>"
                   "<p><a href=\"https://www.credly.com/users/merge/confirm?token=9a1f0c77e3b24d2a\" style=\"background:#1e8fd5;"
                   "color:#fff;padding:10px 22px;text-decoration:none\">Complete Account Merge</a></p>"
                   "<p>The code expires in 30 minutes. If you did not request this, you can ignore this e-mail.</p><p>Credly Support</p>"),
         cte_t="7bit", cte_h="quoted-printable"))

t24 = d(2025, 12, 1, 15, 0, 7)
s = credly_sender(t24)
mail(24, "credential-expiring-soon", kind="unrelated", lang="en", case_id=None, ids=[], verified=True,
     mailbox="outlookcom", rcpt=MARTA[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN),
     to=MARTA[1], subject="Your AWS Certified Cloud Practitioner badge expires in 90 days", date=t24,
     body=body_text(html_wrap(
         "<p>Hi Marta,</p><p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by AWS Training and Certification, "
         "will expire on <b>March 1, 2026</b>.</p><p>To keep it active, complete the recertification requirements "
         "before that date. Once you recertify, a new badge will be issued automatically.</p>"
         "<p><a href=\"https://aws.amazon.com/certification/recertification/\">Learn how to recertify</a></p>"
         "<p style=\"font-size:11px;color:#777\">Credly &middot; Unsubscribe from expiration reminders</p>"),
         subtype="html", cte="quoted-printable"))

t25 = d(2025, 4, 20, 16, 11, 2)
s = other_sender("certmetrics.com", "mail-a.certmetrics.com", "40.107.220.55", "do-not-reply@certmetrics.com",
                 selector="selector1", pol="NONE")
mail(25, "certification-wants-to-hear", kind="unrelated", lang="en", case_id=None, ids=[U1_KEEP], verified=False,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=DANIEL[1],
     subject="AWS Certification wants to hear from you", date=t25,
     body=body_text(
         "Dear Daniel Okafor,\n\n"
         "Candidate ID: AWS04417283\n\n"
         "You recently took an AWS Certification exam. Please take our short survey about your exam experience;\n"
         "it takes about 5 minutes and your feedback is confidential.\n\n"
         "Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=7c1e5f\n\n"
         "Thank you,\nAWS Certification\n\nPlease do not reply to this message. This mailbox is not monitored.\n",
         cte="7bit"))

u26_open = d(2025, 8, 19, 21, 4, 50)
C26 = case15(u26_open)
t26 = d(2025, 8, 20, 16, 37, 25)
s = aws_sender(t26)
mail(26, "ec2-quota-case-resolved", kind="unrelated", lang="en", case_id=C26, ids=[], verified=True,
     mailbox="o365", rcpt=PRIYA[1], snd=s, frm=CONSOLE, to=PRIYA[1],
     subject="RE:[CASE %s] Limit Increase: EC2 Instances" % C26, date=t26,
     body=body_text(
         "Hello,\n\n"
         "Thank you for your patience. We have completed your request; the limit increase for\n"
         "\"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\" in eu-west-1 is now set to 256 vCPUs.\n"
         "It may take up to 30 minutes for the new value to be reflected in the Service Quotas console.\n\n"
         "We consider this case resolved. Please confirm the new limit works for you, and rate this\n"
         "correspondence if you have a moment.\n\n"
         "Best regards,\nRahul S.\nAmazon Web Services" + console_footer_en(C26), cte="quoted-printable"))

C27 = "5884881212"
t27 = d(2025, 10, 6, 11, 52, 14)
s = aws_sender(t27)
mail(27, "seller-listings-combined", kind="unrelated", lang="en", case_id=C27, ids=[], verified=True,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("Amazon Selling Partner Support", "seller-notification@amazon.com"),
     to=DANIEL[1], subject="RE:[CASE %s] Request to merge duplicate detail pages" % C27, date=t27,
     body=body_text(
         "Hello from Amazon Selling Partner Support,\n\n"
         "We have completed the merge of the duplicate detail pages for ASIN B0C7QX4M2L and B0C7QX9R1T.\n"
         "Offers from both pages are now listed under B0C7QX4M2L. Please allow up to 48 hours for search results\n"
         "to update.\n\n"
         "Please confirm whether this resolves your issue. Were you satisfied with this answer?\n"
         "If yes, click here: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&r=y\n"
         "If no, click here: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&r=n\n\n"
         "Thank you for selling with Amazon,\nNadia\nAmazon.com\nhttps://sellercentral.amazon.com\n" % (C27, C27),
         cte="7bit"))

# colleague forward inside Northwind (internal, no Authentication-Results)
kev_open = d(2024, 10, 8, 14, 22, 31)
C28 = case15(kev_open)
t28 = d(2025, 6, 2, 15, 31, 8)
kev_msgid = "<BN8PR12MB%d%s@BN8PR12MB%d.namprd12.prod.outlook.com>" % (R.randint(1000, 9999), rhex(6).upper(), R.randint(1000, 9999))
mail(28, "fw-what-aws-sent-me", kind="unrelated", lang="en", case_id=C28, ids=[], verified=None,
     mailbox="internal", rcpt=PRIYA[1], snd=None, frm=("Kevin Lindqvist", "k.lindqvist@northwind-analytics.com"),
     to=PRIYA[1], subject="FW: RE:[CASE %s] Request to merge certification accounts" % C28, date=t28,
     date_tz=timezone(timedelta(hours=-4)), msgid=kev_msgid,
     extra={"pre": [("Received", "from BN8PR12MB%d.namprd12.prod.outlook.com (2603:10b6:408:e1::18) by\r\n"
                                 " SA1PR12MB%d.namprd12.prod.outlook.com with HTTPS; %s" % (R.randint(1000, 9999), R.randint(1000, 9999), fmt_date(t28 + timedelta(seconds=1)))),
                    ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                    ("X-MS-Exchange-Organization-AuthSource", "BN8PR12MB4471.namprd12.prod.outlook.com")],
            "post": [("Thread-Topic", "RE:[CASE %s] Request to merge certification accounts" % C28),
                     ("Thread-Index", "AQHb0" + rb64(24)[:30]), ("Content-Language", "en-US")]},
     body=body_text(
         "Hi Priya,\n\n"
         "Saw your message in Teams - this is what AWS sent me when I had the same problem last autumn. It took\n"
         "them about two days end to end, and my badges turned up on Credly a day later. FYI.\n\n"
         "Kevin\n\n"
         "________________________________\n"
         "From: Amazon Web Services <no-reply-aws@amazon.com>\n"
         "Sent: Thursday, October 10, 2024 3:14 PM\n"
         "To: Kevin Lindqvist <k.lindqvist@northwind-analytics.com>\n"
         "Subject: RE:[CASE %s] Request to merge certification accounts\n\n"
         "Hello Kevin,\n\n"
         "I'm happy to let you know that the merge has been completed. AWS71920384 now contains all of your\n"
         "certification records, and AWS71988215 has been deactivated.\n\n"
         "Best regards,\nJulia\nAmazon Web Services\n" % C28, cte="quoted-printable"))

t29 = d(2026, 1, 14, 19, 5, 33)
s = other_sender("pearson.com", "mailout3.pearson.com", "159.182.112.18", "pearsonvueconfirmation@pearson.com",
                 selector="pvue2022", pol="REJECT")
mail(29, "exam-appointment-booked", kind="unrelated", lang="en", case_id=None, ids=[U1_KEEP], verified=False,
     mailbox="gmail", rcpt=DANIEL[1], snd=s, frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=DANIEL[1],
     subject="Confirmation of your AWS Certified Security - Specialty exam appointment", date=t29,
     body=body_text(
         "Dear Daniel Okafor,\n\n"
         "Thank you for scheduling with Pearson VUE. Please confirm the details below and keep this e-mail.\n\n"
         "Exam: SCS-C02: AWS Certified Security - Specialty\n"
         "Candidate ID: AWS04417283\n"
         "Registration ID: 512904377\n"
         "Appointment: Tuesday, February 3, 2026 at 9:00 AM Pacific Standard Time\n"
         "Delivery: OnVUE online proctored\n\n"
         "To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.\n\n"
         "Sincerely,\nPearson VUE\n", cte="7bit"))

u30_open = d(2026, 1, 20, 23, 48, 2)
C30 = case15(u30_open)
t = u30_open + timedelta(seconds=22)
s = aws_sender(t)
mail(30, "thanks-we-got-it", kind="case_created", lang="en", case_id=C30, ids=["AWS-77310542"], verified=True,
     mailbox="fastmail", rcpt=TOM[1], snd=s, frm=FORM, to=TOM[1],
     subject="[CASE %s] %s" % (C30, SUBJ_FORM_EN), date=t,
     body=body_text(
         "Hi Tom,\n\n"
         "We've got it! Your note to AWS Training and Certification has been given reference %s and is\n"
         "with our team. Someone will get back to you, usually within a day.\n\n"
         "Candidate ID on file: AWS-77310542\n\n"
         "Please keep this reference handy and don't submit the form again for the same issue; a second\n"
         "request goes to the back of the queue and can slow things down.\n\n"
         "Cheers,\nAWS Training and Certification\n\n%s\n" % (C30, AWS_FOOT_EN), cte="quoted-printable"))

# ======================================================================
# Thread U4 - 佐藤 (Gmail), Japanese form case
# ======================================================================
u4_open = d(2025, 5, 27, 7, 48, 55)
C4 = case15(u4_open)
U4_KEEP, U4_OLD = "AWS11204387", "AWS16698250"
SUBJ_FORM_JA = "[AWS トレーニングと認定 フォーム送信] - アカウントに関するサポート"

t = u4_open + timedelta(seconds=16)
s = aws_sender(t)
mail(31, "uketsuke-jidou-soushin", kind="case_created", lang="ja", case_id=C4, ids=[U4_KEEP], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=FORM, to=SATO[1],
     subject="[CASE %s] %s" % (C4, SUBJ_FORM_JA), subj_charset="iso-2022-jp", date=t,
     body=body_text(
         "佐藤 健太 様\n\n"
         "AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
         "本メールは自動送信です。お送りいただいた内容は担当窓口に届いております。\n"
         "原則として24時間以内に担当者よりご連絡いたします。\n\n"
         "受付番号: %s\n"
         "AWS 受験者 ID: %s\n\n"
         "同じ内容で改めてフォームを送信していただく必要はございません。\n"
         "追加でお伝えいただきたいことがある場合は、このメールにそのままご返信ください。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % (C4, U4_KEEP), charset="iso-2022-jp", cte="7bit"))

t32 = d(2025, 5, 27, 22, 31, 6)
s = aws_sender(t32)
u4_q1 = ("佐藤 様\n\n"
         "お問い合わせの件、担当の木村です。\n"
         "お客様のお名前で 2 つのアカウント(AWS11204387、AWS16698250)が見つかりました。\n\n"
         "今後お使いになるのはどちらのアカウントがよろしいでしょうか。\n"
         "あわせて、それぞれのアカウントにサインインする際のメールアドレスをお知らせください。\n\n"
         "よろしくお願いいたします。\n\n木村\nAWS トレーニングと認定 カスタマーサポート\n")
mail(32, "dochira-wo-nokosu", kind="support_reply", lang="ja", case_id=C4, ids=[U4_KEEP, U4_OLD], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=FORM, to=SATO[1],
     subject="RE:[CASE %s] %s" % (C4, SUBJ_FORM_JA), date=t32,
     body=body_text(u4_q1 + "\n" + AWS_FOOT_JA + "\n", cte="quoted-printable"))

t_sato1 = d(2025, 5, 28, 8, 2, 0, JST)
t33 = d(2025, 5, 29, 1, 15, 48)
s = aws_sender(t33)
u4_req = ("佐藤 様\n\n"
          "ご返信ありがとうございます。以下のとおり作業を行う予定です。\n\n"
          "  残すアカウント    : AWS11204387 (kenta.sato.0412@gmail.com)\n"
          "  吸収されるアカウント: AWS16698250 (k-sato@tsubame-sys.co.jp)\n\n"
          "AWS16698250 の認定資格と受験履歴はすべて AWS11204387 に移り、AWS16698250 はご利用いただけなくなります。\n"
          "この作業は後から元に戻すことができませんので、ご注意ください。\n\n"
          "上記の内容でよろしければ、「この内容で進めてください」と本メールにご返信ください。\n"
          "ご返信をいただくまで、こちらでは何も変更いたしません。\n\n"
          "木村\nAWS トレーニングと認定 カスタマーサポート\n")
sato_reply1 = ("木村様\n\n"
               "ご連絡ありがとうございます。\n"
               "残したいのは AWS11204387 の方です。\n"
               "AWS11204387 は kenta.sato.0412@gmail.com、AWS16698250 は前職のアドレス k-sato@tsubame-sys.co.jp で登録しています。\n\n"
               "佐藤")
mail(33, "kono-naiyou-de-yoroshii-ka", kind="merge_confirmation_requested", lang="ja", case_id=C4,
     ids=[U4_KEEP, U4_OLD], verified=True, mailbox="gmail", rcpt=SATO[1], snd=s, frm=FORM, to=SATO[1],
     subject="RE:[CASE %s] %s" % (C4, SUBJ_FORM_JA), date=t33,
     body=body_text(
         u4_req + "\n" + jp_quote_head(t_sato1, "佐藤 健太", SATO[1]) + "\n" + quote(sato_reply1) + "\n>\n"
         + quote(jp_quote_head(t32.astimezone(JST), "Amazon Web Services", FORM[1]) + "\n" + quote(u4_q1.rstrip())) + "\n",
         cte="base64"))

t_sato2 = d(2025, 5, 29, 21, 40, 0, JST)
t34 = d(2025, 5, 30, 0, 50, 31)
s = aws_sender(t34)
mail(34, "sagyou-wo-kaishi-shimasu", kind="support_reply", lang="ja", case_id=C4, ids=[], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=FORM, to=SATO[1],
     subject="RE:[CASE %s] %s" % (C4, SUBJ_FORM_JA), date=t34,
     body=body_text(
         "佐藤 様\n\n"
         "ご確認いただきありがとうございます。\n"
         "これより担当チームにて作業に取りかかります。作業が終わりましたら、改めてこちらからご連絡いたします。\n"
         "通常 1 から 3 営業日ほどお時間をいただいております。\n\n"
         "それまでの間、試験のご予約はお控えください。\n\n"
         "木村\nAWS トレーニングと認定 カスタマーサポート\n\n"
         + jp_quote_head(t_sato2, "佐藤 健太", SATO[1]) + "\n"
         + quote("木村様\n\nこの内容で進めてください。\nよろしくお願いします。\n\n佐藤") + "\n>\n"
         + quote(jp_quote_head(t33.astimezone(JST), "Amazon Web Services", FORM[1]) + "\n" + quote(u4_req.rstrip())) + "\n",
         cte="quoted-printable"))

t35 = d(2025, 5, 31, 3, 20, 14)
s = aws_sender(t35)
mail(35, "ikou-itashimashita", kind="merge_completed", lang="ja", case_id=C4, ids=[U4_KEEP, U4_OLD], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=FORM, to=SATO[1],
     subject="RE:[CASE %s] %s" % (C4, SUBJ_FORM_JA), subj_charset="shift_jis", date=t35,
     body=body_text(
         "佐藤 様\n\n"
         "お待たせいたしました。\n"
         "AWS16698250 に記録されていた認定資格および受験履歴を、AWS11204387 へ移行いたしました。\n"
         "旧アカウントは今後ご利用いただけませんので、kenta.sato.0412@gmail.com でサインインしてください。\n\n"
         "Credly のデジタルバッジについては、反映まで最大 72 時間ほどかかる場合がございます。\n"
         "その後も表示が変わらない場合は、本メールにご返信ください。\n\n"
         "木村\nAWS トレーニングと認定 カスタマーサポート\n", charset="shift_jis", cte="base64"))

t54 = d(2025, 5, 31, 3, 26, 2)
s = aws_sender(t54)
mail(54, "goiken-wo-okikase-kudasai", kind="survey", lang="ja", case_id=C4, ids=[], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=SATO[1],
     subject="AWS トレーニングと認定 サポートへのご意見をお聞かせください", date=t54,
     body=body_alt(
         "佐藤 健太 様\n\n"
         "先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。\n"
         "受付番号 %s のお問い合わせは解決済みとなりました。\n\n"
         "今後のサービス向上のため、2 分ほどでお答えいただける質問にご協力ください。\n"
         "お問い合わせは解決しましたか?\n"
         "  はい: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&r=1&l=JA\n"
         "  いいえ: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&r=0&l=JA\n\n"
         "AWS トレーニングと認定\n" % (C4, C4, C4),
         html_wrap("<p>佐藤 健太 様</p><p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。"
                   "受付番号 <b>%s</b> のお問い合わせは解決済みとなりました。</p>"
                   "<p>今後のサービス向上のため、2 分ほどでお答えいただける質問にご協力ください。</p>"
                   "<p><b>お問い合わせは解決しましたか?</b></p>"
                   "<p><a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=1&amp;l=JA\">はい</a> / "
                   "<a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=0&amp;l=JA\">いいえ</a></p>"
                   "<p>担当者の対応を 5 段階で評価してください: 1 2 3 4 5</p>" % (C4, C4, C4), "ja"),
         cte_t="base64", cte_h="base64"))

t36 = d(2025, 6, 1, 9, 14, 40)
s = credly_sender(t36)
mail(36, "credly-nintei-shou-uketori", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN), to=SATO[1],
     subject="佐藤さん、AWS Certified Solutions Architect - Professional のデジタル認定証を受け取りましょう", date=t36,
     body=body_text(html_wrap(
         "<table width=\"600\" align=\"center\"><tr><td style=\"padding:24px\">"
         "<p style=\"font-size:20px\">佐藤さん、AWS Training and Certification からデジタル認定証が届いています</p>"
         "<p style=\"font-weight:bold\">AWS Certified Solutions Architect - Professional</p>"
         "<p>下のボタンから受け取ると、LinkedIn やメールの署名などで、検証可能な形でスキルを示すことができます。</p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/3e9b6a51-0c47-4d1e-9f0e-8a2b77c4d911\" "
         "style=\"background:#1e8fd5;color:#fff;padding:12px 28px;text-decoration:none\">受け取る</a></p>"
         "<p style=\"font-size:11px;color:#777\">このメールは、AWS Training and Certification が Credly を利用してデジタル認定証を発行しているため送信されています。</p>"
         "</td></tr></table>", "ja"), subtype="html", cte="base64"))

# ======================================================================
# Thread U5 - 田中 (nifty), Japanese console case
# ======================================================================
u5_open = d(2025, 11, 10, 2, 30, 7)
C5 = case15(u5_open)
U5_KEEP, U5_OLD = "AWS27731094", "AWS29015566"
C5_SUBJ = "認定アカウントを1つにまとめたい"

t = u5_open + timedelta(seconds=12)
s = aws_sender(t)
txt37 = ("お客様\n\n"
         "Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、"
         "ケース %s を作成しました。\n\n"
         "ケースの詳細は以下のとおりです。\n\n"
         "ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n\n"
         "ケースが更新されるとメールでお知らせします。ケースの確認や更新は次の URL から行えます:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
         "よろしくお願いいたします。\nAmazon Web Services\n\n"
         "※このメールは送信専用のアドレスから送信されています。\n" % (C5, C5, C5_SUBJ, C5))
html37 = html_wrap("<p>お客様</p><p>Amazon Web Services にお問い合わせいただきありがとうございます。"
                   "お客様のお問い合わせに対応するため、ケース <b>%s</b> を作成しました。</p>"
                   "<table cellpadding=\"4\"><tr><td>ケース ID</td><td>%s</td></tr><tr><td>件名</td><td>%s</td></tr>"
                   "<tr><td>重要度</td><td>一般的なガイダンス</td></tr></table>"
                   "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja\">サポートセンターでケースを表示</a></p>"
                   "<p>よろしくお願いいたします。<br>Amazon Web Services</p>" % (C5, C5, C5_SUBJ, C5), "ja")
mail(37, "atarashii-case", kind="case_created", lang="ja", case_id=C5, ids=[], verified=True,
     mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE, to=TANAKA[1],
     subject="Amazon Web Services: 新しいサポートケースが作成されました: %s" % C5, date=t,
     body=body_alt(txt37, html37, cte_t="base64", cte_h="quoted-printable"))

t38 = d(2025, 11, 11, 5, 0, 33)
s = aws_sender(t38)
mail(38, "soui-nai-ka-otashikame", kind="merge_confirmation_requested", lang="ja", case_id=C5,
     ids=["AWS 27731094", "aws-29015566"], verified=True, mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE,
     to=TANAKA[1], subject="RE:[CASE %s] %s" % (C5, C5_SUBJ), date=t38,
     body=body_text(
         "田中 様\n\n"
         "AWS サポートの中村でございます。\n"
         "お手続きの前に、下記の内容に相違がないかお確かめください。\n\n"
         "・今後お使いいただくアカウント: AWS 27731094\n"
         "・記録を移したうえで廃止するアカウント: aws-29015566\n\n"
         "この処理は一度行うと元に戻すことができません。\n"
         "問題がなければ、サポートセンターから「承認します」とご返信ください。ご返信を受けて作業に着手いたします。\n\n"
         "中村\nAmazon Web Services" + console_footer_ja(C5), cte="quoted-printable"))

t39 = d(2025, 11, 12, 6, 10, 58)
s = aws_sender(t39)
mail(39, "tantou-bumon-nite-sagyouchuu", kind="support_reply", lang="ja", case_id=C5, ids=[U5_KEEP], verified=True,
     mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE, to=TANAKA[1],
     subject="RE:[CASE %s] %s" % (C5, C5_SUBJ), date=t39,
     body=body_text(
         "田中 様\n\n"
         "ご返信いただきありがとうございます。\n"
         "現在、担当部門にて AWS27731094 に関する作業を進めております。\n"
         "進捗がありしだいご連絡いたしますので、今しばらくお待ちくださいませ。\n\n"
         "中村\nAmazon Web Services\n\n"
         "※このメールは送信専用のアドレスから送信されています。サポートセンターからご返信ください。\n",
         charset="shift_jis", cte="8bit"))

t40 = d(2025, 11, 13, 8, 0, 21)
s = aws_sender(t40)
html40 = html_wrap(
    "<p>田中 様</p>"
    "<p>AWS サポートの中村です。ご依頼いただいていた作業が終わりましたのでご報告いたします。</p>"
    "<p>aws-29015566 に登録されていた認定情報はすべて <b>AWS27731094</b> に移り、aws-29015566 は閉鎖いたしました。"
    "今後は AWS27731094 のみをご利用ください。</p>"
    "<p>本件はこれでクローズとさせていただきます。よろしければ、今回の対応についてアンケートにご協力ください。</p>"
    "<p><a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s\">アンケートに回答する</a></p>"
    "<p>中村<br>Amazon Web Services</p>" % C5, "ja")
mail(40, "sagyou-owari-close", kind="merge_completed", lang="ja", case_id=C5, ids=[U5_KEEP, "aws-29015566"],
     verified=True, mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE, to=TANAKA[1],
     subject="RE:[CASE %s] %s" % (C5, C5_SUBJ), date=t40,
     body=body_alt("本メールは HTML 形式でお送りしています。HTML を表示できる環境でご覧ください。\n"
                   "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % C5,
                   html40, cte_t="7bit" if False else "base64", cte_h="base64"))

t41 = t40 + timedelta(seconds=55)
s = aws_sender(t41)
mail(41, "case-kaiketsu-sumi", kind="survey", lang="ja", case_id=C5, ids=[], verified=True,
     mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE, to=TANAKA[1],
     subject="[Case %s] サポートケースは解決済みになりました" % C5, date=t41, subj_q=True,
     body=body_text(
         "お客様\n\n"
         "ケース %s (%s) は解決済みとなりました。\n"
         "まだお困りの点がある場合は、14 日以内であればサポートセンターからケースを再開できます。\n\n"
         "今回のサポートについてお聞かせください。問題は解決しましたか?\n"
         "はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja\n"
         "いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja\n\n"
         "Amazon Web Services\n" % (C5, C5_SUBJ, C5, C5), cte="base64"))

# ======================================================================
# Thread U6 - 鈴木 (on-prem company server, no Authentication-Results), 10-digit case
# ======================================================================
C6 = "7316048259"
U6_KEEP, U6_OLD = "AWS40012873", "AWS48830027"
t = d(2026, 2, 16, 1, 12, 9)
s = aws_sender(t)
mail(42, "uketamawarimashita", kind="case_created", lang="ja", case_id=C6, ids=[U6_KEEP], verified=None,
     mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=FORM, to=SUZUKI[1],
     subject="[CASE %s] %s" % (C6, SUBJ_FORM_JA), date=t,
     body=body_wrong_charset(
         "鈴木 宏 様\n\n"
         "お問い合わせを承りました。受付番号 %s にて記録しております。\n"
         "内容を確認のうえ、担当者よりご連絡いたしますので、今しばらくお待ちください。\n\n"
         "お問い合わせの種類: 認定\n"
         "AWS 受験者 ID: %s\n\n"
         "※このメールは自動で送信されています。\n"
         "※同じご用件でフォームを再送信されますと、ご回答が遅れる場合がございます。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % (C6, U6_KEEP), "iso-2022-jp"))

t43 = d(2026, 2, 17, 3, 44, 50)
s = aws_sender(t43)
u6_ask = ("鈴木 様\n\n"
          "AWS トレーニングと認定 カスタマーサポートの森です。\n"
          "アカウントを一本化するにあたり、以下の情報をお送りいただけますでしょうか。\n\n"
          "(1) aws48830027 にご登録のメールアドレス\n"
          "(2) aws48830027 で受験された試験名とおおよその受験時期\n"
          "(3) 今後お使いになるアカウント(%s でよろしいか)\n\n"
          "情報がそろいしだい、お手続きの内容をご案内いたします。\n\n"
          "森\nAWS トレーニングと認定 カスタマーサポート\n" % U6_KEEP)
mail(43, "tsuika-jouhou-onegai", kind="support_reply", lang="ja", case_id=C6, ids=["aws48830027", U6_KEEP],
     verified=None, mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=FORM, to=SUZUKI[1],
     subject="RE:[CASE %s] %s" % (C6, SUBJ_FORM_JA), subj_charset="iso-2022-jp", date=t43,
     body=body_text(u6_ask, charset="iso-2022-jp", cte="7bit"))

t_suz1 = d(2026, 2, 17, 18, 5, 0, JST)
t44 = d(2026, 2, 18, 2, 27, 13)
s = aws_sender(t44)
u6_req = ("鈴木 様\n\n"
          "情報をお送りいただきありがとうございます。森です。\n"
          "いただいた内容をもとに、下記のとおり進めてよろしいでしょうか。\n\n"
          "  存続: AWS40012873 (h.suzuki@hoshino-seiki.co.jp)\n"
          "  消滅: AWS48830027 (hiroshi.suzuki.1987@yahoo.co.jp)\n\n"
          "AWS48830027 の認定資格(AWS Certified Cloud Practitioner)と受験履歴は AWS40012873 に引き継がれ、\n"
          "AWS48830027 はご利用いただけなくなります。実施後に元の状態へ戻すことはできません。\n\n"
          "差し支えなければ、その旨を本メールへのご返信でお知らせください。\n\n"
          "森\nAWS トレーニングと認定 カスタマーサポート\n")
mail(44, "shitaki-no-toori-susumete-yoroshii-ka", kind="merge_confirmation_requested", lang="ja", case_id=C6,
     ids=[U6_KEEP, U6_OLD], verified=None, mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=FORM, to=SUZUKI[1],
     subject="RE:[CASE %s] %s" % (C6, SUBJ_FORM_JA), subj_charset="iso-2022-jp", date=t44,
     body=body_text(
         u6_req + "\n\n"
         "差出人: 鈴木 宏 <h.suzuki@hoshino-seiki.co.jp>\n"
         "送信日時: 2026年2月17日 18:05\n"
         "宛先: aws-cs-trainingcertification-form@amazon.com\n"
         "件名: RE: RE:[CASE %s] %s\n\n"
         "森様\n\n"
         "お世話になっております。星野精機の鈴木です。\n"
         "(1) hiroshi.suzuki.1987@yahoo.co.jp です。\n"
         "(2) Cloud Practitioner を 2022 年 6 月ごろに受験しました。\n"
         "(3) AWS40012873 を残したいです。\n\n"
         "よろしくお願いいたします。\n\n"
         "差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
         "送信日時: 2026年2月17日 12:44\n"
         "件名: RE:[CASE %s] %s\n\n" % (C6, SUBJ_FORM_JA, C6, SUBJ_FORM_JA) + u6_ask,
         charset="iso-2022-jp", cte="7bit"))

t45 = d(2026, 2, 19, 7, 3, 42)
s = aws_sender(t45)
mail(45, "hitotsu-ni-matomemashita", kind="merge_completed", lang="ja", case_id=C6, ids=[U6_KEEP], verified=None,
     mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=FORM, to=SUZUKI[1],
     subject="RE:[CASE %s] %s" % (C6, SUBJ_FORM_JA), date=t45,
     body=body_text(
         "鈴木 様\n\n"
         "森です。ご返信ありがとうございました。\n"
         "2 つのアカウントを 1 つにまとめる作業が終わりました。認定資格と受験履歴は、すべて AWS40012873 で\n"
         "ご覧いただけます。もう一方のアカウントは閉鎖済みのため、サインインはできません。\n\n"
         "特典(次回試験の 50% 割引バウチャー)も引き継がれておりますので、認定アカウントの「特典」ページでご確認ください。\n\n"
         "森\nAWS トレーニングと認定 カスタマーサポート\n", cte="quoted-printable"))

t46 = d(2026, 2, 20, 10, 15, 6)
s = credly_sender(t46)
mail(46, "credly-badge-wo-ookuri", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=None,
     mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN),
     to=SUZUKI[1], subject="鈴木さん、AWS Training and Certification から 2 件のバッジが届いています", date=t46,
     body=body_alt(
         "鈴木さん\n\n"
         "以前のプロフィールに紐づいていたバッジ 2 件を、AWS Training and Certification がこのメールアドレス宛てにお送りしました。\n\n"
         " - AWS Certified Cloud Practitioner\n - AWS Certified Solutions Architect - Associate\n\n"
         "受け取り手続きをすると、プロフィールに表示され、共有できるようになります:\n"
         "https://www.credly.com/earner/earned\n\nCredly チーム\n",
         html_wrap("<p>鈴木さん</p><p>以前のプロフィールに紐づいていたバッジ <b>2 件</b>を、AWS Training and Certification が"
                   "このメールアドレス宛てにお送りしました。</p><ul><li>AWS Certified Cloud Practitioner</li>"
                   "<li>AWS Certified Solutions Architect - Associate</li></ul>"
                   "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#1e8fd5;color:#fff;padding:10px 24px\">"
                   "受け取る</a></p>", "ja"),
         cte_t="quoted-printable", cte_h="base64"))

t47 = d(2026, 2, 19, 7, 9, 30)
s = aws_sender(t47)
mail(47, "taiou-no-hyouka", kind="survey", lang="ja", case_id=C6, ids=[], verified=None,
     mailbox="onprem", rcpt=SUZUKI[1], snd=s, frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"),
     to=SUZUKI[1], subject="[受付番号 %s] 今回の対応はいかがでしたか" % C6, subj_charset="iso-2022-jp", date=t47,
     body=body_text(
         "鈴木 宏 様\n\n"
         "このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n"
         "受付番号 %s のお問い合わせは終了となりました。\n\n"
         "担当者の対応について、5 段階でご評価いただけますと幸いです(所要時間 1 分)。\n"
         "https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&l=JA\n\n"
         "いただいたご意見は、今後のサポート品質の向上に役立てさせていただきます。\n\n"
         "AWS トレーニングと認定\n" % (C6, C6), charset="iso-2022-jp", cte="7bit"))

# ======================================================================
# Thread U7 - 山本 (OCN), 11-digit case
# ======================================================================
C7 = "15592836074"
U7_KEEP, U7_OLD = "AWS62290415", "AWS63318702"
C7_SUBJ = SUBJ_FORM_JA
t48 = d(2025, 8, 8, 4, 12, 19)
s = aws_sender(t48)
mail(48, "sono-go-ikaga-deshou", kind="support_reply", lang="ja", case_id=C7, ids=[], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=FORM, to=YAMAMOTO[1],
     subject="RE:[CASE %s] %s" % (C7, C7_SUBJ), subj_charset="iso-2022-jp", date=t48,
     body=body_text(
         "山本 様\n\n"
         "AWS トレーニングと認定 カスタマーサポートの高橋です。\n"
         "先日お送りしたメールについて、その後いかがでしょうか。\n\n"
         "お手続きを進めるために、残したいアカウントのご希望と、それぞれのアカウントのログイン用メールアドレスを\n"
         "お知らせいただく必要がございます。\n"
         "引き続きサポートが必要な場合は、本メールにご返信ください。\n"
         "7 日以内にご返信がない場合は、本件をいったん終了とさせていただきます。\n\n"
         "高橋\nAWS トレーニングと認定 カスタマーサポート\n", charset="iso-2022-jp", cte="7bit"))

t50 = d(2025, 8, 12, 6, 33, 2)
s = aws_sender(t50)
u7_req = ("山本 様\n\n"
          "ご返信ありがとうございます。高橋です。\n"
          "以下の内容で進めさせていただく予定です。\n\n"
          "  今後ご利用いただくアカウント : aws 62290415\n"
          "  記録を移して閉じるアカウント : AWS63318702\n\n"
          "記録を移したあとは、AWS63318702 には二度とサインインできなくなり、元に戻すこともできません。\n"
          "この内容でよろしいかどうか、ご返信いただけますでしょうか。\n\n"
          "高橋\nAWS トレーニングと認定 カスタマーサポート\n")
mail(50, "kono-naiyou-de-susumete-yoi-ka", kind="merge_confirmation_requested", lang="ja", case_id=C7,
     ids=["aws 62290415", U7_OLD], verified=True, mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=FORM, to=YAMAMOTO[1],
     subject="RE:[CASE %s] %s" % (C7, C7_SUBJ), subj_charset="iso-2022-jp", date=t50,
     body=body_text(u7_req, charset="iso-2022-jp", cte="7bit"))

t49 = d(2025, 8, 13, 2, 51, 37)
s = aws_sender(t49)
mail(49, "kanryou-shidai-credly-mo", kind="support_reply", lang="ja", case_id=C7, ids=[U7_OLD, U7_KEEP], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=FORM, to=YAMAMOTO[1],
     subject="RE:[CASE %s] %s" % (C7, C7_SUBJ), date=t49,
     body=body_text(
         "山本 様\n\n"
         "ご確認ありがとうございます。高橋です。\n"
         "それでは、AWS63318702 から AWS62290415 へのアカウント統合の作業に入ります。\n\n"
         "統合が完了しましたら、改めてメールでお知らせいたします。\n"
         "また、統合完了後に Credly のバッジも新しいアカウントへ移行され、その際は Credly から通知が届きます。\n\n"
         "高橋\nAWS トレーニングと認定 カスタマーサポート\n", cte="base64"))

t51 = d(2025, 8, 15, 0, 40, 11)
t_yam = d(2025, 8, 12, 21, 5, 0, JST)
s = aws_sender(t51)
mail(51, "taiou-ga-sumimashita", kind="merge_completed", lang="ja", case_id=C7, ids=[U7_KEEP, U7_OLD], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=FORM, to=YAMAMOTO[1],
     subject="RE:[CASE %s] %s" % (C7, C7_SUBJ), date=t51,
     body=body_text(
         "山本 様\n\n"
         "お世話になっております。高橋です。\n"
         "ご依頼の件、先ほど対応が済みました。今後は AWS62290415 のみでサインインいただけます。\n"
         "AWS63318702 にあった認定資格も AWS62290415 の一覧に表示されているはずです。\n\n"
         "高橋\nAWS トレーニングと認定 カスタマーサポート\n\n"
         + jp_quote_head(t_yam, "山本 彩", YAMAMOTO[1]) + "\n"
         + quote("高橋様\n\nはい、この内容で問題ありません。よろしくお願いします。\n\n山本") + "\n>\n"
         + quote(jp_quote_head(t50.astimezone(JST), "Amazon Web Services", FORM[1]) + "\n" + quote(u7_req.rstrip())) + "\n",
         cte="quoted-printable"))

t52 = d(2025, 8, 15, 0, 46, 58)
s = aws_sender(t52)
mail(52, "kaiketsu-sumi-to-shite-close", kind="survey", lang="ja", case_id=C7, ids=[], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=FORM, to=YAMAMOTO[1],
     subject="[CASE %s] お問い合わせはクローズされました" % C7, subj_charset="iso-2022-jp", date=t52,
     body=body_text(html_wrap(
         "<p>山本 様</p><p>受付番号 <b>%s</b> のお問い合わせは、解決済みとしてクローズいたしました。</p>"
         "<p>サポートの品質向上のため、ご意見をお聞かせください。</p>"
         "<p>今回のお問い合わせは解決しましたか?<br>"
         "<a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=1&amp;l=JA\">はい</a> &nbsp; "
         "<a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_3kPq0aWx9?c=%s&amp;r=0&amp;l=JA\">いいえ</a></p>"
         "<p>AWS トレーニングと認定</p>" % (C7, C7, C7), "ja"), subtype="html", cte="quoted-printable"))

t59 = d(2025, 8, 17, 11, 27, 45)
s = credly_sender(t59)
mail(59, "credly-atarashii-badge", kind="credly_badge_issued", lang="ja", case_id=None, ids=[], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=("AWS Training and Certification via Credly", CREDLY_ADMIN),
     to=YAMAMOTO[1], subject="山本さん、AWS Training and Certification からバッジが届きました", date=t59, subj_q=True,
     body=body_text(html_wrap(
         "<p style=\"font-size:20px\">山本さん、新しいバッジを受け取りましょう</p>"
         "<p><b>AWS Certified Machine Learning Engineer - Associate</b></p>"
         "<p>AWS Training and Certification から、このメールアドレス宛てにバッジが送られました。"
         "受け取ると、プロフィールに表示して共有できます。</p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/c41d8e20-6f3b-4a77-b1e2-0d9f5a6e8c13\" "
         "style=\"background:#1e8fd5;color:#fff;padding:10px 24px\">バッジを受け取る</a></p>", "ja"),
         subtype="html", cte="quoted-printable"))

# ======================================================================
# Japanese unrelated
# ======================================================================
t53 = d(2025, 10, 21, 6, 18, 40)
s = other_sender("gitlab.com", "mail-3.gitlab.com", "192.237.158.143", "gitlab@mg.gitlab.com",
                 selector="mg", pol="REJECT")
s.dkim = [("mg.gitlab.com", "mx", "pass"), ("gitlab.com", "mg", "pass")]
mail(53, "gitlab-mr-merged", kind="unrelated", lang="ja", case_id=None, ids=[], verified=False,
     mailbox="gmail", rcpt=SATO[1], snd=s, frm=("佐々木 誠 (@m.sasaki)", "gitlab@mg.gitlab.com"), to=SATO[1],
     subject="Re: 認定管理ツール | アカウント統合処理の修正 (!57)", date=t53,
     msgid="<merge_request_57_merged@gitlab.com>",
     extra={"post": [("In-Reply-To", "<merge_request_3381207@gitlab.com>"), ("References", "<merge_request_3381207@gitlab.com>"),
                     ("X-GitLab-Project", "cert-kanri"), ("X-GitLab-MergeRequest-IID", "57")]},
     body=body_alt(
         "マージリクエスト !57 は 佐々木 誠 によってマージされました。\n\n"
         "アカウント統合処理の修正: 統合後の受験者 ID を正しく集計するように変更。テストはすべて完了しています。\n\n"
         "マージリクエストの URL: https://gitlab.com/tsubame-lab/cert-kanri/-/merge_requests/57\n"
         "ブランチ: fix/account-merge-count → main\n\n-- \n"
         "このメールを受け取っているのは、このマージリクエストに参加しているためです。\n",
         html_wrap("<p>マージリクエスト <a href=\"https://gitlab.com/tsubame-lab/cert-kanri/-/merge_requests/57\">!57</a> は "
                   "<b>佐々木 誠</b> によってマージされました。</p><p>アカウント統合処理の修正: 統合後の受験者 ID を正しく集計する"
                   "ように変更。テストはすべて完了しています。</p><p>ブランチ: <code>fix/account-merge-count</code> → <code>main</code></p>", "ja"),
         cte_t="base64", cte_h="base64"))

u55_open = d(2026, 3, 3, 0, 55, 30)
C55 = case15(u55_open)
t55 = d(2026, 3, 3, 9, 12, 4)
s = aws_sender(t55)
mail(55, "seikyuusho-atena-henkou", kind="unrelated", lang="ja", case_id=C55, ids=[], verified=True,
     mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=CONSOLE, to=TANAKA[1],
     subject="RE:[CASE %s] 請求書の宛名変更について" % C55, date=t55,
     body=body_text(
         "田中 様\n\n"
         "AWS 請求サポートの小川です。\n"
         "ご依頼いただいた請求書の宛名変更が完了しました。次回 4 月発行分の請求書から新しい会社名で表示されます。\n\n"
         "本ケースはこれでクローズさせていただきます。よろしければ、本対応へのご評価をお願いいたします。\n\n"
         "小川\nAmazon Web Services" + console_footer_ja(C55), cte="quoted-printable"))

kob_open = d(2025, 7, 3, 5, 6, 27)
C56 = case15(kob_open)
t56 = d(2026, 2, 13, 9, 41, 0)
mail(56, "tensou-watashi-no-toki", kind="unrelated", lang="ja", case_id=C56, ids=[], verified=None,
     mailbox="internal", rcpt=SUZUKI[1], snd=None, frm=("小林 翼", "t.kobayashi@hoshino-seiki.co.jp"), to=SUZUKI[1],
     subject="Fwd: RE:[CASE %s] %s" % (C56, SUBJ_FORM_JA), subj_charset="iso-2022-jp", from_charset="iso-2022-jp",
     date=t56, date_tz=JST, msgid="<CAK3x%s@mail.hoshino-seiki.co.jp>" % rhex(24),
     extra={"pre": [("Received", "from [10.1.20.57] (pc-kobayashi.hoshino-seiki.local [10.1.20.57])\r\n"
                                 "\tby mbox01.hoshino-seiki.co.jp (Postfix) with ESMTPSA id 4F1C82A03B\r\n"
                                 "\tfor <h.suzuki@hoshino-seiki.co.jp>; %s" % fmt_date(t56.astimezone(JST)))],
            "post": [("User-Agent", "Mozilla Thunderbird")]},
     body=body_text(
         "鈴木さん\n\n"
         "昨日話していたアカウントの件、私のときはこんなメールが来ました。参考まで。\n"
         "フォームから申し込んで、3 日くらいで終わりました。\n\n"
         "小林\n\n"
         "-------- 転送メッセージ --------\n"
         "件名: RE:[CASE %s] %s\n"
         "日付: Fri, 4 Jul 2025 02:13:55 +0000\n"
         "差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
         "宛先: t.kobayashi@hoshino-seiki.co.jp\n\n"
         "小林 様\n\n"
         "お待たせいたしました。AWS35516620 の認定資格を AWS35027748 へ移行いたしました。\n"
         "今後は AWS35027748 をご利用ください。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % (C56, SUBJ_FORM_JA), charset="iso-2022-jp", cte="7bit"))

t57 = d(2025, 11, 15, 12, 3, 16)
s = credly_sender(t57)
mail(57, "credly-tougou-kakunin-code", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
     mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=("Credly", CREDLY_ADMIN), to=TANAKA[1],
     subject="Credly アカウント統合の確認コード", date=t57,
     body=body_alt(
         "田中さん\n\n"
         "misaki.tanaka@example-univ.ac.jp をお客様の Credly アカウントに統合するリクエストを受け付けました。\n\n"
         "確認コード: 615204\n\n"
         "このコードを入力するか、「アカウントの統合を完了」をクリックしてください:\n"
         "https://www.credly.com/users/merge/confirm?token=c7e1a90b55d34f02\n\n"
         "コードの有効期限は 30 分です。お心当たりがない場合は、このメールを無視してください。\n\nCredly サポート\n",
         html_wrap("<p>田中さん</p><p><b>misaki.tanaka@example-univ.ac.jp</b> をお客様の Credly アカウントに統合するリクエストを受け付けました。</p>"
                   "<p style=\"font-size:28px;letter-spacing:6px\"><b>615204</b></p>"
                   "<p><a href=\"https://www.credly.com/users/merge/confirm?token=c7e1a90b55d34f02\">アカウントの統合を完了</a></p>"
                   "<p>コードの有効期限は 30 分です。</p>", "ja"),
         cte_t="base64", cte_h="base64"))

t58 = d(2025, 9, 2, 23, 30, 41)
s = aws_sender(t58, domain="signin.aws")
mail(58, "builder-id-kakunin-code", kind="unrelated", lang="ja", case_id=None, ids=[], verified=True,
     mailbox="ocn", rcpt=YAMAMOTO[1], snd=s, frm=("AWS", "no-reply@signin.aws"), to=YAMAMOTO[1],
     subject="AWS Builder ID の確認コード", date=t58,
     body=body_alt(
         "AWS Builder ID のメールアドレスを確認してください\n\n"
         "確認コード: 384920\n\n"
         "このコードは 10 分後に無効になります。\n"
         "このリクエストに心当たりがない場合は、このメールを無視してください。\n\nAmazon Web Services\n",
         html_wrap("<h2>AWS Builder ID のメールアドレスを確認してください</h2><p>確認コード:</p>"
                   "<p style=\"font-size:30px\"><b>384920</b></p><p>このコードは 10 分後に無効になります。</p>", "ja"),
         cte_t="quoted-printable", cte_h="quoted-printable"))

t60 = d(2025, 12, 2, 10, 4, 29)
s = other_sender("amazon.com", "mail.kgn-hosting.xyz", "103.151.44.26", "info@kgn-hosting.xyz",
                 dmarc="fail", spf="softfail", dkim_res=None, pol="QUARANTINE")
mail(60, "saishuu-shounin-onegai", kind="merge_confirmation_requested", lang="ja", case_id=None, ids=[U5_KEEP],
     verified=False, mailbox="nifty", rcpt=TANAKA[1], snd=s, frm=("AWS トレーニングと認定", FORM[1]), to=TANAKA[1],
     subject="【重要】認定アカウントの一本化に関する最終承認のお願い", subj_charset="iso-2022-jp", date=t60,
     msgid="<20251202190429.7C3A1@kgn-hosting.xyz>",
     body=body_text(html_wrap(
         "<p>お客様</p><p>お客様の認定アカウント <b>AWS27731094</b> と、同じ氏名で登録された別のアカウントを一本化する手続きが保留中です。</p>"
         "<p>この操作は取り消しできません。48 時間以内に下記リンクからサインインし、承認を行ってください。"
         "承認がない場合、両方のアカウントの認定資格が無効になります。</p>"
         "<p><a href=\"http://aws-kenshou-nintei.kgn-hosting.xyz/approve\">承認手続きへ進む</a></p>"
         "<p>AWS トレーニングと認定</p>", "ja"), subtype="html", cte="base64"))

# ----------------------------------------------------------------------
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
print("wrote", len(LABELS), "mails")
