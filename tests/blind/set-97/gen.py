#!/usr/bin/env python3
"""Generator for blind set 97: six users, whole AWS Certification account-merge cases (2026)."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email import policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(9797)
LABELS = {}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))

# ---------------------------------------------------------------- case ids
C1 = "176820763300417"   # Priya, form desk, 2026-01-12
C2 = "177063154100926"   # Tomasz, console, 2026-02-09
C3 = "177245052900138"   # Misaki, console (ja), 2026-03-02
C4A = "177543803500552"  # Kenichi, form desk, 2026-04-06
C4B = "177552248000309"  # Kenichi duplicate, 2026-04-07
C5 = "177670308200771"   # Daniel, form desk, 2026-04-20
C6 = "177910588700264"   # Lucia, form desk, 2026-05-18

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

# ---------------------------------------------------------------- helpers
def d(y, mo, day, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, day, h, mi, s, tzinfo=tz)


def rb64(n):
    return base64.b64encode(RNG.randbytes(n)).decode()


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mailfrom(msgid):
    return msgid.strip("<>").replace("@email.amazonses.com", "@email.amazonses.com")


def fold_b(value, width=70):
    """fold a long base64 dkim b= value"""
    return "\n\t ".join(value[i:i + width] for i in range(0, len(value), width))


DKIM_T = [0]


def dkim(domain, selector, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, DKIM_T[0], headers, rb64(32), fold_b(rb64(256))))


AMZ_SEL = "rjs6wbfnksnu2pb7akiu5hmxj4wg5ipy"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL_EU = "ihchhvubuqgjsxyuhssfvqohv7z3u4hn"


def ses_ip():
    return "54.240.%d.%d" % (RNG.choice([8, 9, 11, 48]), RNG.randint(10, 250))


def fmt(when):
    return format_datetime(when)


# ---------------------------------------------------------------- bodies
def encode_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None):
    """Build a text/* part. `label` overrides the declared charset (for wrong labels)."""
    raw = text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape") if cte == "7bit" else raw.decode(charset)
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, quote_from=None):
    """Simple HTML rendering of a plain text body; lines starting with '>' become blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", line)
        level = m.group(1).count(">") if m else 0
        while depth < level:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > level:
            out.append("</blockquote>")
            depth -= 1
        body = line[len(m.group(1)):] if m else line
        out.append((esc(body) or "&nbsp;") + "<br>")
    out.extend(["</blockquote>"] * depth)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>")


def hdr(value, charset="utf-8"):
    """encoded-word header when non ascii"""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


# ---------------------------------------------------------------- transport headers
def transport(msg_headers, *, sender_kind, rcpt_provider, rcpt, when, from_domain, auth, msgid, extra_ar=None):
    """Return list of (name, value) trace headers placed above the message headers.

    sender_kind: ses | credly | google | outlook_out | phish | generic
    rcpt_provider: gmail | o365 | biglobe | icloud | fastmail | none
    auth: 'pass' | 'fail' | 'none' (dmarc result for from_domain) ; extra_ar: forged lower AR header
    """
    H = []
    if rcpt_provider == "none":
        return H
    t_recv = when + dt.timedelta(seconds=RNG.randint(1, 9))
    if sender_kind == "ses":
        ip = ses_ip()
        host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
        mailfrom = msgid.strip("<>")
        dkim_line = ("dkim=pass header.i=@%s header.s=%s header.b=%s;\n       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s"
                     % (from_domain, AMZ_SEL, rb64(6)[:8], SES_SEL, rb64(6)[:8]))
        dkim_d = from_domain
    elif sender_kind == "credly":
        ip = "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(2, 250))
        host = "o%d.em.credly.com" % RNG.randint(1, 9)
        mailfrom = "bounces+%d-%s-%s=%s@em.credly.com" % (RNG.randint(1000000, 9999999), rhex(4), rcpt.split("@")[0], rcpt.split("@")[1])
        dkim_line = ("dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % (rb64(6)[:8], rb64(6)[:8]))
        dkim_d = "credly.com"
    elif sender_kind == "google":
        ip = "209.85.%d.%d" % (RNG.randint(128, 222), RNG.randint(2, 250))
        host = "mail-%s.google.com" % RNG.choice(["pj1-f41", "ot1-f52", "yb1-f175", "qk1-f180"])
        mailfrom = rcpt if False else from_domain  # replaced below
        dkim_line = "dkim=pass header.i=@%s header.s=20230601 header.b=%s" % (from_domain, rb64(6)[:8])
        dkim_d = from_domain
    elif sender_kind == "outlook_out":
        ip = "40.107.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
        host = "mail-%s.outbound.protection.outlook.com" % RNG.choice(["am0eur02on2071", "db5eur03on2104", "ty2jpn01on2110"])
        dkim_line = "dkim=pass header.i=@%s header.s=selector1 header.b=%s" % (from_domain, rb64(6)[:8])
        dkim_d = from_domain
    elif sender_kind == "phish":
        ip = "%d.%d.%d.%d" % (RNG.choice([45, 91, 185, 193]), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(2, 250))
        host = "mail%d.%s" % (RNG.randint(1, 9), from_domain if auth == "pass" else "srv-mailer.net")
        dkim_line = ("dkim=pass header.i=@%s header.s=default header.b=%s" % (from_domain, rb64(6)[:8])) if auth == "pass" else "dkim=none"
        dkim_d = from_domain
    else:  # generic authenticated third party (github, certmetrics, pearson ...)
        ip = "%d.%d.%d.%d" % (RNG.choice([192, 167, 198, 50]), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(2, 250))
        host = "out-%d.smtp.%s" % (RNG.randint(10, 30), from_domain)
        dkim_line = "dkim=pass header.i=@%s header.s=s%d header.b=%s" % (from_domain, RNG.randint(1, 2), rb64(6)[:8])
        dkim_d = from_domain
    if sender_kind in ("google", "outlook_out", "generic", "phish"):
        mailfrom = "bounce@" + from_domain if sender_kind != "phish" or auth == "pass" else "info@srv-mailer.net"
        if sender_kind in ("google", "outlook_out") and FROM_ADDR[0]:
            mailfrom = FROM_ADDR[0]
    spf_ok = auth == "pass" or sender_kind in ("ses", "credly")
    spf_dom = mailfrom.split("@")[1]
    dmarc_policy = {"amazon.com": "QUARANTINE", "credly.com": "REJECT"}.get(from_domain, "NONE")

    if rcpt_provider == "gmail":
        smtp_id = "%s-%s%ssi%d%s.%d.2026.%02d.%02d.%02d.%02d.%02d" % (
            rhex(12), rhex(10), rhex(2), RNG.randint(1000000, 9999999), RNG.choice(["qvb", "a1c", "ote"]), RNG.randint(100, 999),
            t_recv.astimezone(PST).month, t_recv.astimezone(PST).day, t_recv.astimezone(PST).hour, t_recv.astimezone(PST).minute, t_recv.astimezone(PST).second)
        rtime = format_datetime(t_recv.astimezone(PST if t_recv.month < 3 or t_recv.month > 10 else PDT)) + (" (PST)" if t_recv.month < 3 or t_recv.month > 10 else " (PDT)")
        if auth == "pass":
            ar = ("mx.google.com;\n       %s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s"
                  % (dkim_line, mailfrom, ip, mailfrom, dmarc_policy, dmarc_policy, from_domain))
        else:
            ar = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=%s sp=%s dis=%s) header.from=%s"
                  % (from_domain, AMZ_SEL if from_domain == "amazon.com" else "default", rb64(6)[:8], mailfrom, ip, mailfrom, dmarc_policy, dmarc_policy,
                     "QUARANTINE" if dmarc_policy == "QUARANTINE" else "NONE", from_domain))
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:6214:%s:b0:6f5:%s with SMTP id %s;\n        %s" % (rhex(4), rhex(4), rhex(12), rtime)))
        H.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:80]))
        H.append(("X-Received", "by 2002:a05:622a:%s:b0:4b0:%s with SMTP id %s.%d.%d;\n        %s" % (rhex(3), rhex(4), rhex(12), RNG.randint(1, 99), RNG.randint(1700000000000, 1799999999999), rtime)))
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t_recv.timestamp()), fold_b(rb64(180), 64))))
        H.append(("ARC-Authentication-Results", "i=1; " + ar))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (host, host, ip, smtp_id, rcpt, rtime)))
        H.append(("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                  % ("pass" if spf_ok else "softfail", mailfrom, ip, ip)))
        H.append(("Authentication-Results", ar))
    elif rcpt_provider == "o365":
        t = fmt(t_recv.astimezone(UTC)).replace("-0000", "+0000")
        pod = RNG.choice(["TYCPR01MB", "OS3PR01MB"] if rcpt.endswith(".jp") else ["AM9PR08MB", "DB9PR02MB", "PAXPR07MB"])
        a = "%s%d" % (pod, RNG.randint(1000, 9999))
        b = "%s%d" % (pod, RNG.randint(1000, 9999))
        reg = "eurprd08" if pod.startswith(("AM", "DB", "PA")) else "jpnprd01"
        fe = "%s.%s.prod.outlook.com" % ("AMS0EPF0000%04X" % RNG.randint(100, 4000) if reg.startswith("eur") else "OS1PEPF0000%04X" % RNG.randint(100, 4000), reg)
        H.append(("Received", "from %s.%s.prod.outlook.com (2603:10a6:20b:%s::%d)\n by %s.%s.prod.outlook.com with HTTPS; %s" % (a, reg, rhex(3), RNG.randint(10, 99), b, reg, t)))
        H.append(("Received", "from %s (2603:10a6:208:%s::%d) by %s.%s.prod.outlook.com\n (2603:10a6:20b:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.%d; %s"
                  % (fe.replace(".prod", ".prod"), rhex(3), RNG.randint(10, 99), a, reg, rhex(3), RNG.randint(10, 99), RNG.randint(10, 40), t)))
        if auth == "pass":
            ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
                  % (ip, spf_dom, dkim_d, from_domain))
        else:
            ar = ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000"
                  % (ip, spf_dom, from_domain))
        H.append(("Authentication-Results", ar))
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                  % ("Pass" if spf_ok else "Fail", spf_dom, ip, ip, host)))
        H.append(("Received", "from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9094.%d via Frontend\n Transport; %s"
                  % (host, ip, fe.replace(".prod.outlook.com", ".mail.protection.outlook.com"), RNG.randint(2, 250), RNG.randint(10, 40), t)))
    elif rcpt_provider == "biglobe":
        t = fmt(t_recv.astimezone(JST))
        ar = ("mx.biglobe.ne.jp; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s (p=%s) header.from=%s"
              % ("pass" if spf_ok else "fail", spf_dom, "pass" if auth == "pass" else "fail", dkim_d,
                 AMZ_SEL if dkim_d == "amazon.com" else "s1", auth, dmarc_policy.lower(), from_domain))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from mx-in%02d.biglobe.ne.jp (mx-in%02d.biglobe.ne.jp [133.208.%d.%d])\n\tby mbox%02d.biglobe.ne.jp (Postfix) with ESMTP id 4d%s\n\tfor <%s>; %s"
                  % (RNG.randint(1, 9), RNG.randint(1, 9), RNG.randint(1, 200), RNG.randint(1, 200), RNG.randint(1, 30), rhex(8).upper(), rcpt, t)))
        H.append(("Authentication-Results", ar))
        H.append(("Received", "from %s (%s [%s])\n\tby mx-in%02d.biglobe.ne.jp (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s"
                  % (host, host, ip, RNG.randint(1, 9), rhex(8).upper(), rcpt, t)))
    elif rcpt_provider == "icloud":
        t = fmt(t_recv.astimezone(UTC)).replace("-0000", "+0000")
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Authentication-Results", "dmarc.icloud.com; dmarc=%s header.from=%s" % (auth, from_domain)))
        H.append(("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s"
                  % ("pass" if auth == "pass" else "fail", dkim_d, dkim_d, rb64(6)[:8])))
        H.append(("Authentication-Results", "spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                  % ("pass" if spf_ok else "fail", mailfrom, ip, mailfrom)))
        H.append(("Received-SPF", "%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s"
                  % ("pass" if spf_ok else "fail", mailfrom, ip, ip, host, mailfrom)))
        H.append(("Received", "from %s (ms-asmtp-me-k8s.p00.prod.me.com [17.57.%d.%d])\n\tby p%02d-mx%d.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (host, RNG.randint(150, 160), RNG.randint(2, 250), RNG.randint(1, 99), RNG.randint(1, 9), rhex(14).upper(), rcpt, t)))
    elif rcpt_provider == "fastmail":
        t = fmt(t_recv.astimezone(UTC)).replace("-0000", "+0000")
        n = RNG.randint(1, 8)
        if auth == "pass":
            ar = ("mx%d.messagingengine.com;\n    %s;\n    dmarc=pass policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
                  % (n, dkim_line.replace("\n       ", "\n    "), dmarc_policy.lower(), dmarc_policy.lower(), from_domain, mailfrom, host))
        else:
            ar = ("mx%d.messagingengine.com;\n    dkim=none (no signatures found);\n    dmarc=fail policy.published-domain-policy=%s\n      policy.applied-disposition=quarantine policy.evaluated-disposition=quarantine\n      (p=%s,d=quarantine,d.eval=quarantine) policy.policy-from=p header.from=%s;\n    spf=fail smtp.mailfrom=%s smtp.helo=%s"
                  % (n, dmarc_policy.lower(), dmarc_policy.lower(), from_domain, mailfrom, host))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by mailbox.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (n, n, RNG.randint(40, 60), rhex(7), t)))
        H.append(("X-Spam-Score", "-0.1" if auth == "pass" else "6.8"))
        H.append(("Authentication-Results", ar))
        H.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s"
                  % (host, host, ip, n, rcpt, t)))
    else:
        raise ValueError(rcpt_provider)
    if extra_ar:
        H.append(("Authentication-Results", extra_ar))
    return H


FROM_ADDR = [None]
VERIFIED_FAMILY = ("amazon.com", "aws.amazon.com", "amazonaws.com", "credly.com")


# ---------------------------------------------------------------- mail builder
def build(n, slug, *, kind, case_id, lang, frm, to, subject, date, body=None, new=None, quoted="",
          html=None, layout="plain", charset="utf-8", cte="quoted-printable", label_charset=None,
          html_charset=None, html_cte=None, sender_kind="ses", rcpt_provider="gmail", auth="pass",
          msgid=None, in_reply_to=None, references=None, extra_headers=(), extra_ar=None,
          subj_charset=None, name_charset=None, cc=None, attachments=(), account_ids=None,
          sender_verified="auto", dkim_sign=True, mailer=None):
    """new: the top (non quoted) text; quoted: history appended below; body = new + quoted."""
    if body is None:
        body = new + ("\n" + quoted if quoted else "")
    if new is None:
        new = body
    from_domain = frm[1].split("@")[1].lower()
    if msgid is None:
        msgid = ses_msgid(date) if sender_kind == "ses" else "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), from_domain)

    # ---- body parts
    if layout == "plain":
        root = encode_part(body, "plain", charset, cte, label_charset)
    elif layout == "html":
        root = encode_part(html or to_html(body).replace("charset=utf-8", "charset=" + (html_charset or charset)), "html", html_charset or charset, html_cte or cte, label_charset)
    elif layout == "alt":
        root = MIMEMultipart("alternative", boundary="--==_mimepart_%s" % rhex(16) if sender_kind == "credly" else None)
        root.attach(encode_part(body, "plain", charset, cte, label_charset))
        root.attach(encode_part(html or to_html(body).replace("charset=utf-8", "charset=" + (html_charset or charset)), "html", html_charset or charset, html_cte or cte))
    else:
        raise ValueError(layout)
    if attachments:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for att in attachments:
            mixed.attach(att)
        root = mixed

    # ---- headers
    msg = root
    FROM_ADDR[0] = frm[1]
    trace = transport(None, sender_kind=sender_kind, rcpt_provider=rcpt_provider, rcpt=to[1], when=date,
                      from_domain=from_domain, auth=auth, msgid=msgid, extra_ar=extra_ar)
    for k in list(msg.keys()):
        pass
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in trace:
        msg[k] = v
    DKIM_T[0] = int(date.timestamp())
    if dkim_sign and rcpt_provider != "none":
        if sender_kind == "ses":
            msg["DKIM-Signature"] = dkim(from_domain, AMZ_SEL, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")
            msg["DKIM-Signature"] = dkim("amazonses.com", SES_SEL, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")
        elif sender_kind == "credly":
            msg["DKIM-Signature"] = dkim("credly.com", "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")
        elif sender_kind == "google":
            msg["DKIM-Signature"] = dkim(from_domain, "20230601", "mime-version:references:in-reply-to:from:date:message-id:subject:to")
        elif sender_kind in ("outlook_out",):
            msg["DKIM-Signature"] = dkim(from_domain, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
        elif sender_kind == "generic" or (sender_kind == "phish" and auth == "pass"):
            msg["DKIM-Signature"] = dkim(from_domain, "s1")
    msg["From"] = addr(frm[0], frm[1], name_charset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"))
    msg["To"] = addr(to[0], to[1], name_charset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"))
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = hdr(subject, subj_charset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"))
    msg["Date"] = fmt(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in extra_headers:
        msg[k] = v
    if mailer:
        msg["X-Mailer" if not mailer.startswith("UA:") else "User-Agent"] = mailer.replace("UA:", "")
    msg["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    if sender_kind == "ses":
        msg["Feedback-ID"] = "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]
        msg["X-SES-Outgoing"] = date.strftime("%Y.%m.%d-") + "54.240.8.%d" % RNG.randint(10, 99)

    # ---- label
    ids = account_ids
    if ids is None:
        ids = sorted({"AWS" + m for m in re.findall(r"(?i)\bAWS[ \-]?(\d{8})\b", new)})
    if sender_verified == "auto":
        if rcpt_provider == "none":
            sv = None
        else:
            sv = (auth == "pass" and from_domain in VERIFIED_FAMILY)
    else:
        sv = sender_verified
    fname = "%03d-%s.eml" % (n, slug)
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n", max_line_length=0)))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": sv, "language": lang}
    return msgid


# ---------------------------------------------------------------- quoting helpers
def q(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l else pre for l in text.split("\n"))


def gmail_attr(when, name, email):
    return "On %s, %s <%s> wrote:" % (when.strftime("%a, %-d %b %Y at %H:%M"), name, email)


def gmail_attr_ja(when, name, email):
    wd = "月火水木金土日"[when.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (when.year, when.month, when.day, wd, when.hour, when.minute, name, email)


def outlook_block(frm, sent, to, subject, cc=None):
    s = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (frm[0], frm[1], sent.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def outlook_block_ja(frm, sent, to, subject):
    return ("________________________________\n差出人: %s <%s>\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n"
            % (frm[0], frm[1], sent.year, sent.month, sent.day, sent.hour, sent.minute, to, subject))


def apple_attr(when, name, email):
    return "On %s, at %s, %s <%s> wrote:" % (when.strftime("%-d %b %Y"), when.strftime("%H:%M"), name, email)


def tbird_attr(when, name):
    return "On %s, %s wrote:" % (when.strftime("%d/%m/%Y %H:%M"), name)


def tbird_attr_ja(when, name):
    return "%s に %s さんは書きました:" % (when.strftime("%Y/%m/%d %H:%M"), name)


def crm_block(frm_addr, sent, subject):
    """how the AWS form desk appends the customer's mail under an agent reply"""
    return ("---------- Original message ----------\nFrom: %s\nSent: %s\nSubject: %s\n"
            % (frm_addr, sent.strftime("%Y-%m-%d %H:%M:%S UTC"), subject))


def console_history(entries):
    """console case correspondence history block (no quote markers)"""
    out = []
    for who, when, text in entries:
        out.append("-----------------------------------------\n%s\n%s\n-----------------------------------------\n%s\n"
                   % (who, when.strftime("%a %b %d %Y %H:%M:%S GMT+0000"), text))
    return "\n".join(out)


# ================================================================ MAILS

# ---------------------------------------------------------------- USER 1: Priya Raman (Gmail, en, India)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
PRIYA = ("Priya Raman", "priya.raman.dev@gmail.com")
SUBJ1 = "[AWS Training and Certification Form Submission] - account-assistance"
RE1 = "RE:[CASE %s] %s" % (C1, SUBJ1)
SIG_H = "Best regards,\nHarriet M.\nAWS Training and Certification\nAmazon Web Services"
FOOT_FORM = ("\n\nTo add information to this case, reply to this message and keep the case number in the subject line. "
             "Please do not submit a new form for the same request.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
             "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., "
             "410 Terry Ave. North, Seattle, WA 98109-5210.")

form1 = ("Inquiry type: Certification\nDetail: Account Merge\nFirst name: Priya\nLast name: Raman\n"
         "Email: priya.raman.dev@gmail.com\nAWS candidate ID: AWS20957314\nCountry: India\n"
         "Description: Hello, I have two certification account. Old one is AWS10482736 created with my college "
         "email (priya.raman@student.nitk.ac.in) which is not working anymore. Please merge both and keep "
         "AWS20957314 which is my current one. Thank you")

t001 = d(2026, 1, 12, 8, 47, 40)
new001 = ("Hello Priya,\n\nThanks for reaching out to AWS Training and Certification.\n\n"
          "This is an automated note to let you know your request reached us and has been given the reference "
          "number %s. One of our team members will look at it and write back to you, normally within one business day.\n\n"
          "Submitted: %s\nTopic: Certification - Account Merge\n\n"
          "If you need to add anything, simply reply to this e-mail and leave the reference number in the subject." % (C1, "12 Jan 2026 08:47 UTC"))
build(1, "form-desk-ack-priya", kind="case_created", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject="[CASE %s] We received your AWS Training and Certification request" % C1, date=t001,
      new=new001 + "\n\nAWS Training and Certification" + FOOT_FORM, layout="alt", cte="quoted-printable")

t002 = d(2026, 1, 13, 15, 20, 12)
new002 = ("Hello Priya,\n\nThank you for contacting AWS Training and Certification.\n\n"
          "I have reviewed the two certification profiles that are registered to you:\n\n"
          "  - AWS10482736 - priya.raman@student.nitk.ac.in (created 2021)\n"
          "  - AWS20957314 - priya.raman.dev@gmail.com (created 2024)\n\n"
          "As you asked, AWS20957314 will stay as your active profile. The exam history, certifications and "
          "digital badges held under AWS10482736 will be brought across to it, after which AWS10482736 will be deactivated.\n\n"
          "Please be aware that this is permanent: once two profiles have been combined we are not able to split them again. "
          "Before I go ahead, kindly reply to this e-mail to confirm the above is correct.\n\n" + SIG_H)
quoted002 = crm_block(PRIYA[1], d(2026, 1, 12, 8, 47, 13), SUBJ1) + "\n" + form1
mid002 = build(2, "please-confirm-two-profiles", kind="merge_confirmation_requested", case_id=C1, lang="en", frm=FORM, to=PRIYA,
               subject=RE1, date=t002, new=new002, quoted="\n" + quoted002 + FOOT_FORM, cte="quoted-printable")

# Priya's confirmation (in her sent mail; only appears quoted)
t_conf1 = d(2026, 1, 14, 3, 31, 5)
priya_conf = ("Hi Harriet,\n\nYes the details is correct, please go ahead with the merge. AWS20957314 should stay.\n\nThanks\nPriya\n\n"
              + gmail_attr(t002.astimezone(IST), FORM[0], FORM[1]) + "\n\n" + q(new002))

t003 = d(2026, 1, 14, 10, 2, 51)
new003 = ("Hello Priya,\n\nThank you for getting back to me so quickly.\n\n"
          "I have now handed your request to our back-office team, who carry out this kind of change. "
          "You will hear from us again as soon as they have finished - this usually takes between one and three business days. "
          "There is nothing else you need to do in the meantime.\n\n" + SIG_H)
build(3, "thanks-handed-to-backoffice", kind="support_reply", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject=RE1, date=t003, new=new003,
      quoted="\n" + crm_block(PRIYA[1], t_conf1, "Re: " + RE1) + "\n" + priya_conf + FOOT_FORM, cte="base64")

t004 = d(2026, 1, 16, 9, 41, 30)
new004 = ("Hello Priya,\n\nI'm pleased to let you know that the work on your certification profiles has been finished.\n\n"
          "All certifications, exam history and badges from AWS20957314 now sit under AWS10482736, which is your "
          "surviving profile. AWS20957314 has been retired and can no longer be used to sign in.\n\n"
          "From now on please sign in to the AWS Certification portal with the e-mail address linked to AWS10482736. "
          "It can take 24-48 hours for the change to show in Credly.\n\n" + SIG_H)
build(4, "profiles-combined-wrong-way", kind="merge_completed", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject=RE1, date=t004, new=new004,
      quoted="\n" + crm_block(PRIYA[1], t_conf1, "Re: " + RE1) + "\n" + priya_conf + FOOT_FORM,
      layout="alt", cte="quoted-printable")

t005 = d(2026, 1, 16, 9, 42, 2)
html005 = ('<html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#16191f">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
           '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"><br><br>'
           '<p>Hello Priya,</p>'
           '<p>Your AWS Training and Certification case <b>%s</b> has been marked as resolved.</p>'
           '<p>We would really value your opinion on how it was handled. Was your issue resolved?</p>'
           '<p><a href="https://survey.aws-tc.amazon.com/s/r?c=%s&amp;a=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>&nbsp;&nbsp;'
           '<a href="https://survey.aws-tc.amazon.com/s/r?c=%s&amp;a=no" style="background:#eaeded;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>'
           '<p>The survey takes less than a minute. If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened automatically.</p>'
           '<p>Thank you,<br>AWS Training and Certification</p>'
           '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>'
           '</td></tr></table></body></html>') % (C1, C1, C1)
build(5, "case-marked-resolved-rate-us", kind="survey", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject="Case %s: how did we do?" % C1, date=t005, new="", html=html005, layout="html", cte="quoted-printable")

t_compl1 = d(2026, 1, 16, 14, 8, 44)
priya_complaint = ("Hi,\n\nI think something is wrong. I login with priya.raman.dev@gmail.com and it says my account is deactivated. "
                   "Your mail says AWS10482736 is surviving but I asked to keep AWS20957314 !! Now I have to use my old college "
                   "email which I can not access anymore. Please fix it urgent, my SAA exam is booked on 2 Feb.\n\nPriya\n\n"
                   + gmail_attr(t004.astimezone(IST), FORM[0], FORM[1]) + "\n\n"
                   + q(new004 + "\n\n" + crm_block(PRIYA[1], t_conf1, "Re: " + RE1) + "\n" + priya_conf))

t006 = d(2026, 1, 17, 11, 30, 9)
new006 = ("Hello Priya,\n\nI'm very sorry about this, and thank you for flagging it straight away.\n\n"
          "I've looked at the profile history and you are right: the change was carried out in the opposite direction to the one you confirmed. "
          "I have escalated this to our back-office team as a priority and asked them to reverse it, so that AWS20957314 becomes your "
          "active profile again.\n\nBefore anything else is changed I will write to you with the exact steps so you can check them. "
          "Your exam appointment on 2 February is not affected; it is held with Pearson VUE and will move with your records.\n\n"
          "Kind regards,\nMarco T.\nAWS Training and Certification")
build(6, "apology-escalated-reversal", kind="support_reply", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject=RE1, date=t006, new=new006,
      quoted="\n" + crm_block(PRIYA[1], t_compl1, "Re: " + RE1) + "\n" + priya_complaint + FOOT_FORM, cte="quoted-printable")

t007 = d(2026, 1, 19, 8, 15, 37)
new007 = ("Hello Priya,\n\nOur back-office team has prepared the correction. This is what will happen:\n\n"
          "  1. AWS20957314 (priya.raman.dev@gmail.com) is restored as your primary certification profile.\n"
          "  2. Every record now held on AWS10482736 - certifications, exam history, benefits and badges - is moved to AWS20957314.\n"
          "  3. AWS10482736 is closed for good.\n\n"
          "As before, once this has been carried out it cannot be undone, so I need your go-ahead first. "
          "Please reply \"confirmed\", or tell me if anything above should be different, and we will action it the same day.\n\n"
          "Kind regards,\nMarco T.\nAWS Training and Certification")
build(7, "correction-steps-need-go-ahead", kind="merge_confirmation_requested", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject=RE1, date=t007, new=new007,
      quoted="\n" + crm_block(PRIYA[1], t_compl1, "Re: " + RE1) + "\n" + priya_complaint + FOOT_FORM, layout="alt", cte="base64")

t_conf1b = d(2026, 1, 19, 9, 2, 18)
priya_conf2 = ("Confirmed. Please do it as you wrote, keep AWS20957314.\nThank you Marco for helping.\n\nPriya\n\n"
               + gmail_attr(t007.astimezone(IST), FORM[0], FORM[1]) + "\n\n" + q(new007))
t008 = d(2026, 1, 21, 12, 4, 10)
new008 = ("Hello Priya,\n\nGood news - the correction is complete.\n\n"
          "AWS20957314 is once again your only active certification profile. It now holds all of your certifications "
          "(AWS Certified Cloud Practitioner and AWS Certified Developer - Associate), your exam history and your 50% exam benefit. "
          "AWS10482736 has been closed. You can sign in as usual with priya.raman.dev@gmail.com.\n\n"
          "Your Credly badges are being moved as well; Credly will e-mail you once each one is ready to accept.\n\n"
          "As this completes your request I am now closing the case. If you have a moment, please tell us how we did using "
          "the short survey that follows. Once again, apologies for the trouble.\n\n"
          "Kind regards,\nMarco T.\nAWS Training and Certification")
build(8, "correction-done-closing-case", kind="merge_completed", case_id=C1, lang="en", frm=FORM, to=PRIYA,
      subject=RE1, date=t008, new=new008,
      quoted="\n" + crm_block(PRIYA[1], t_conf1b, "Re: " + RE1) + "\n" + priya_conf2 + FOOT_FORM, cte="quoted-printable")

CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def credly_html(greet, lines, button, url, footer_note=""):
    ps = "".join('<p style="margin:0 0 14px">%s</p>' % l for l in lines)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;margin:0">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333"><tr><td style="padding:32px">'
            '<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"><br><br>'
            '<p style="margin:0 0 14px">%s</p>%s'
            '<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>'
            '%s<p style="font-size:11px;color:#888">Credly, Inc. | 2 Park Avenue, 6th Floor | New York, NY 10016<br>'
            '<a href="https://www.credly.com/notification_preferences">Manage e-mail preferences</a></p>'
            '</td></tr></table></td></tr></table></body></html>') % (greet, ps, url, button, footer_note)


def credly_id():
    return "<%s_%s@credly-production-mailer-%s.mail>" % (rhex(13), rhex(8), rhex(6))


t009 = d(2026, 1, 23, 17, 12, 3)
url9 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt009 = ("Hi Priya,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.\n\n"
          "This badge was moved from another profile as part of an update to your AWS Certification records, so you may "
          "see an earlier issue date on it.\n\nAccept your badge: %s\n\n"
          "Once accepted, you can share it on LinkedIn or add it to your e-mail signature.\n\nThe Credly Team" % url9)
build(9, "credly-cloud-practitioner-moved", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=PRIYA,
      subject="Priya, Amazon Web Services Training and Certification issued you a new badge", date=t009,
      new=txt009, layout="alt", sender_kind="credly", msgid=credly_id(),
      html=credly_html("Hi Priya,", ["Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.",
                                       "This badge was moved from another profile as part of an update to your AWS Certification records, so you may see an earlier issue date on it."],
                       "Accept your badge", url9))

t010 = d(2026, 1, 23, 17, 12, 49)
url10 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt010 = ("Hi Priya,\n\nGood news! Your AWS Certified Developer - Associate badge is ready and waiting for you to claim it.\n\n"
          "Claim badge: %s\n\nBadges that are not accepted stay private. Questions? Visit support.credly.com.\n\nCredly" % url10)
build(10, "credly-developer-associate-claim", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=PRIYA,
      subject="Claim your AWS Certified Developer \u2013 Associate badge", date=t010,
      new=txt010, layout="alt", sender_kind="credly", msgid=credly_id(), cte="base64",
      html=credly_html("Hi Priya,", ["Good news! Your <b>AWS Certified Developer &ndash; Associate</b> badge is ready and waiting for you to claim it.",
                                       "Badges that are not accepted stay private."], "Claim badge", url10))

# ---------------------------------------------------------------- USER 2: Tomasz Kowalczyk (Outlook / Microsoft 365, en non-native)
TOMASZ = ("Tomasz Kowalczyk", "tomasz.kowalczyk@vistula-freight.pl")
CASE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"
C2Q = "176949907000583"


def console_footer(case):
    return ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
            "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
            "Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS "
            "services: https://repost.aws/knowledge-center\n\n"
            "If you have any further questions, please reply via the Support Center:\n" + CASE_URL % case + "\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n")


t011 = d(2026, 1, 27, 13, 48, 20)
new011 = ("Hello,\n\nThank you for your patience while we worked with the Amazon EC2 team on your request.\n\n"
          "Your service quota for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in Europe (Frankfurt) "
          "has been raised from 32 to 64 vCPUs. It can take up to 30 minutes for the new value to take effect.\n\n"
          "You can see current quota values at any time in the Service Quotas console.\n\n"
          "Best regards,\n\nNikhil S.\nAmazon Web Services")
hist011 = console_history([("Customer", d(2026, 1, 27, 7, 31, 10),
                            "Limit increase request 1\nService: EC2 Instances\nRegion: Europe (Frankfurt)\nPrimary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances\n"
                            "Limit name: Instance Limit\nNew limit value: 64\n------------\nUse case description: peak season load tests for our routing service")])
build(11, "ec2-vcpu-quota-raised", kind="unrelated", case_id=C2Q, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="RE:[CASE %s] Limit Increase: EC2 Instances" % C2Q, date=t011, new=new011 + console_footer(C2Q),
      quoted="\n============================================\n\n" + hist011, rcpt_provider="o365", layout="alt")

tom_open = ("Hello,\nI have 2 certification accounts, AWS 31846620 from my previous job (email tomek.kowalczyk88@wp.pl) "
            "and AWS45201978 with my company email. I want to have all certifications in one place, the new one please. "
            "Is it possible to join them?\nRegards, Tomasz")
t012 = d(2026, 2, 9, 10, 6, 2)
new012 = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
          "The details of your case are as follows:\n\nCase ID: %s\nSubject: Merge two certification accounts\n"
          "Severity: General guidance\nCorrespondence: %s\n\n"
          "You can view or update this case at any time in the Support Center:\n%s\n\n"
          "Sincerely,\nAmazon Web Services\n\n"
          "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
          "To respond to this case, please follow the link above to respond from your AWS Support Center.\n") % (C2, C2, tom_open, CASE_URL % C2)
build(12, "console-new-support-case-tomasz", kind="case_created", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="Amazon Web Services: You have opened a new Support case: %s" % C2, date=t012, new=new012,
      rcpt_provider="o365", layout="alt", cte="quoted-printable")

t013 = d(2026, 2, 10, 14, 12, 40)
new013 = ("Hello,\n\nThere is a new correspondence on your AWS Support case %s (Merge two certification accounts).\n\n"
          "To read it and respond, sign in to the Support Center:\n%s\n\n"
          "Thank you for using Amazon Web Services.\n\n"
          "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n") % (C2, CASE_URL % C2)
build(13, "new-correspondence-notice", kind="support_reply", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="[Case %s] New correspondence added" % C2, date=t013, new=new013, rcpt_provider="o365", cte="7bit", charset="us-ascii")

t014 = d(2026, 2, 10, 14, 12, 41)
new014 = ("Hello Tomasz,\n\nThank you for reaching out, and I'd be glad to help you bring your certifications together.\n\n"
          "I looked up AWS45201978 and it is registered to an address different from the one on this AWS account, so to be sure we "
          "change the right records I need a few details first:\n\n"
          "1. The e-mail address you use to sign in to each of the two certification accounts.\n"
          "2. The notification e-mail address shown in the profile of each account, if it is different.\n"
          "3. Which of the two accounts you would like to keep going forward.\n\n"
          "Please add these to the case through the Support Center link below.\n\nBest regards,\n\nKatarzyna W.\nAmazon Web Services")
hist014 = console_history([("Customer", d(2026, 2, 9, 10, 5, 41), tom_open)])
build(14, "need-login-emails-both-accounts", kind="support_reply", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="RE:[CASE %s] Merge two certification accounts" % C2, date=t014, new=new014 + console_footer(C2),
      quoted="\n============================================\n\n" + hist014, rcpt_provider="o365", layout="alt")

tom_reply1 = ("Hi Katarzyna,\nthank you. Login for AWS 31846620 is tomek.kowalczyk88@wp.pl, notification same. "
              "Login for AWS45201978 is tomasz.kowalczyk@vistula-freight.pl and notification also. "
              "I want keep AWS45201978 (company one).\nBR Tomasz")
t015 = d(2026, 2, 12, 9, 30, 15)
new015 = ("Hello Tomasz,\n\nThank you for the details. Here is a summary of what we will do:\n\n"
          "Account that stays: aws-45201978 (tomasz.kowalczyk@vistula-freight.pl)\n"
          "Account folded into it and then closed: AWS 31846620 (tomek.kowalczyk88@wp.pl)\n\n"
          "Your certifications, exam history and any unused benefits from the second account will appear on the first.\n\n"
          "Please be aware that we are not able to reverse this once it is done. Kindly reply to this case in the Support Center "
          "to tell us you agree, and we will continue.\n\nBest regards,\n\nKatarzyna W.\nAmazon Web Services")
hist015 = console_history([("Customer", d(2026, 2, 11, 19, 2, 33), tom_reply1),
                           ("Amazon Web Services", t014, new014), ("Customer", d(2026, 2, 9, 10, 5, 41), tom_open)])
build(15, "summary-agree-before-we-continue", kind="merge_confirmation_requested", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="RE:[CASE %s] Merge two certification accounts" % C2, date=t015, new=new015 + console_footer(C2),
      quoted="\n============================================\n\n" + hist015, rcpt_provider="o365", cte="base64")

tom_reply2 = "Yes I agree, please continue. Thank you"
t016 = d(2026, 2, 13, 16, 45, 2)
new016 = ("Hello Tomasz,\n\nThe two certification accounts have now been consolidated. Everything that was on AWS 31846620 "
          "is listed under AWS45201978, and the old account has been closed. You can keep signing in with "
          "tomasz.kowalczyk@vistula-freight.pl.\n\nIf you notice anything missing, just let us know on this case.\n\n"
          "Best regards,\n\nKatarzyna W.\nAmazon Web Services")
hist016 = console_history([("Customer", d(2026, 2, 12, 11, 14, 50), tom_reply2), ("Amazon Web Services", t015, new015),
                           ("Customer", d(2026, 2, 11, 19, 2, 33), tom_reply1)])
build(16, "accounts-consolidated-rate-us", kind="merge_completed", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="RE:[CASE %s] Merge two certification accounts" % C2, date=t016, new=new016 + console_footer(C2),
      quoted="\n============================================\n\n" + hist016, rcpt_provider="o365", layout="alt")

t017 = d(2026, 2, 20, 17, 0, 31)
new017 = ("Hello,\n\nWe haven't heard back from you on case %s (Merge two certification accounts) for a few days, so we have "
          "marked it as resolved.\n\nHow did we do? Tell us in our two-question survey:\n"
          "https://console.aws.amazon.com/support/feedback?displayId=%s\n\n"
          "If you still need help, you can reopen the case from the Support Center within 14 days:\n%s\n\n"
          "Thank you for using Amazon Web Services.\n") % (C2, C2, CASE_URL % C2)
build(17, "case-resolved-two-question-survey", kind="survey", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="Amazon Web Services: Support case %s has been resolved" % C2, date=t017, new=new017,
      rcpt_provider="o365", layout="alt", cte="quoted-printable")

t018 = d(2026, 2, 24, 8, 3, 55)
url18 = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt018 = ("Hi Tomasz,\n\nYour AWS Certified SysOps Administrator - Associate badge from Amazon Web Services Training and Certification "
          "expires on May 25, 2026.\n\nTo keep your credential current, check the issuer's recertification requirements. "
          "After the badge expires it will still show on your profile, marked as expired.\n\nView badge: %s\n\nThe Credly Team" % url18)
build(18, "credly-badge-expires-may", kind="unrelated", case_id=None, lang="en", frm=("Credly", "admin@credly.com"), to=TOMASZ,
      subject="Your badge expires in 90 days", date=t018, new=txt018, layout="alt", sender_kind="credly", msgid=credly_id(),
      rcpt_provider="o365",
      html=credly_html("Hi Tomasz,", ["Your <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge from Amazon Web Services Training and Certification expires on <b>May 25, 2026</b>.",
                                        "To keep your credential current, check the issuer's recertification requirements."], "View badge", url18))

tom_reopen = ("Hello again,\nmerge looks fine in certification portal, thanks. But my Credly badges are still not there. "
              "In Credly with company email I see only the new badge, the SysOps and Cloud Practitioner are still in old Credly "
              "(wp.pl). Can you move them too?\nTomasz")
t019 = d(2026, 3, 5, 10, 21, 7)
new019 = ("Hello Tomasz,\n\nThank you for coming back to us, and sorry that the badges did not follow.\n\n"
          "I checked, and the badges issued while you were using AWS 31846620 are still attached to the Credly profile registered "
          "to tomek.kowalczyk88@wp.pl. I have asked our Credly integration team to transfer them to the Credly profile that "
          "belongs to AWS45201978.\n\nWhen they have done this, Credly will send you a separate e-mail for each badge so you can "
          "accept it. Please allow 3-5 business days. If nothing has arrived by 13 March, reply here and I will chase it.\n\n"
          "Best regards,\n\nKatarzyna W.\nAmazon Web Services")
hist019 = console_history([("Customer", d(2026, 3, 4, 20, 40, 12), tom_reopen), ("Amazon Web Services", t016, new016),
                           ("Customer", d(2026, 2, 12, 11, 14, 50), tom_reply2)])
build(19, "badges-left-on-old-credly", kind="support_reply", case_id=C2, lang="en", frm=CONSOLE, to=TOMASZ,
      subject="RE:[CASE %s] Merge two certification accounts" % C2, date=t019, new=new019 + console_footer(C2),
      quoted="\n============================================\n\n" + hist019, rcpt_provider="o365", cte="quoted-printable")

t020 = d(2026, 3, 10, 15, 37, 28)
url20 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt020 = ("Tomasz,\n\nAmazon Web Services Training and Certification has transferred a badge to your Credly account:\n\n"
          "AWS Certified SysOps Administrator - Associate\n\nTo start showing it on your profile, accept it here:\n%s\n\n"
          "Congratulations on your achievement!\nCredly" % url20)
build(20, "credly-sysops-badge-transferred", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=TOMASZ,
      subject="A badge has been transferred to your Credly account", date=t020, new=txt020, layout="alt",
      sender_kind="credly", msgid=credly_id(), rcpt_provider="o365",
      html=credly_html("Tomasz,", ["Amazon Web Services Training and Certification has transferred a badge to your Credly account:",
                                    "<b>AWS Certified SysOps Administrator &ndash; Associate</b>", "Congratulations on your achievement!"],
                       "Accept badge", url20))

# ---------------------------------------------------------------- USER 3: 佐藤 美咲 (biglobe, Thunderbird ja, form desk in Japanese)
MISAKI = ("佐藤 美咲", "sato.misaki@mbr.biglobe.ne.jp")
SUBJ3 = "[AWS トレーニングと認定 フォーム送信] - account-assistance"
RE3 = "RE:[CASE %s] %s" % (C3, SUBJ3)
SIG_Y = "何卒よろしくお願い申し上げます。\n\nAWS トレーニングと認定 カスタマーサポート\n山本"
FOOT3 = ("\n\n本件について追加のご連絡がある場合は、件名のケース番号を変えずに本メールへご返信ください。"
         "同じ内容で新しいお問い合わせを送信されますと、対応が遅れる場合がございます。")


def crm_block_ja(frm_addr, sent, subject):
    return ("---------- 元のメッセージ ----------\n差出人: %s\n送信日時: %s\n件名: %s\n"
            % (frm_addr, sent.astimezone(JST).strftime("%Y/%m/%d %H:%M:%S JST"), subject))


form3 = ("お問い合わせの種類: 認定\n詳細: アカウントの統合\n姓: 佐藤\n名: 美咲\n"
         "メールアドレス: sato.misaki@mbr.biglobe.ne.jp\nAWS 受験者 ID: AWS52018846\n"
         "内容: 認定のアカウントが２つあることに気づきました。前の会社のメールアドレスで作ったアカウント（AWS60931275）に "
         "クラウドプラクティショナーの認定があります。今のアカウントにまとめていただけますか。")

t021 = d(2026, 3, 2, 11, 22, 30)
new021 = ("佐藤 美咲 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n\n"
          "お客様からのお問い合わせを受け付け、ケース番号 %s を発行いたしました。\n"
          "担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。\n\n"
          "ケース番号: %s\n受付日時: 2026/03/02 20:22 (JST)\nお問い合わせの種類: 認定 - アカウントの統合\n\n"
          "※このメールは自動送信されています。追加の情報がある場合は、件名を変えずにこのメールにご返信ください。\n\n"
          "AWS トレーニングと認定") % (C3, C3)
build(21, "uketsuke-kanryo-misaki", kind="case_created", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject="[CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました" % C3, date=t021, new=new021,
      charset="iso-2022-jp", cte="7bit", rcpt_provider="biglobe")

t022 = d(2026, 3, 3, 6, 48, 12)
new022 = ("佐藤 美咲 様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定の山本でございます。\n\n"
          "アカウントのおまとめについて承知いたしました。手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。\n\n"
          "1. 以前のアカウントにサインインする際に使用されていたメールアドレス\n"
          "2. 今後お使いになるアカウントとして、現在のアカウントを残すことでよろしいか\n"
          "3. 以前のアカウントのメールアドレスに現在もアクセスできるかどうか\n\n"
          "いただいた情報を確認次第、次のご案内をお送りいたします。\n\n" + SIG_Y)
quoted022 = crm_block_ja(MISAKI[1], d(2026, 3, 2, 11, 22, 9), SUBJ3) + "\n" + form3
build(22, "kakunin-jikou-onegai", kind="support_reply", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t022, new=new022, quoted="\n" + quoted022 + FOOT3, layout="alt", cte="base64", rcpt_provider="biglobe")

t023 = d(2026, 3, 6, 7, 5, 44)
new023 = ("佐藤 美咲 様\n\nAWS トレーニングと認定の山本でございます。\n\n"
          "3月3日にお送りしたご質問について、その後いかがでしょうか。まだお返事を確認できておりませんので、念のため再度ご連絡いたしました。\n\n"
          "引き続きサポートが必要な場合は、本メールにご返信ください。"
          "3 営業日以内にご返信がない場合、本ケースはいったんクローズさせていただきます（クローズ後もご返信いただければ再開できます）。\n\n" + SIG_Y)
build(23, "sonogo-ikaga-deshouka", kind="support_reply", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t023, new=new023, quoted="\n" + quoted022 + FOOT3, cte="quoted-printable", rcpt_provider="biglobe")

t024 = d(2026, 3, 11, 7, 10, 3)
html024 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px;color:#16191f">'
           '<p>佐藤 美咲 様</p>'
           '<p>一定期間ご返信がございませんでしたので、ケース <b>%s</b> をクローズいたしました。</p>'
           '<p>今回のサポートについて、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>'
           '<p>問題は解決しましたか？&nbsp;'
           '<a href="https://survey.aws-tc.amazon.com/s/r?c=%s&amp;a=yes&amp;l=ja">はい</a>&nbsp;/&nbsp;'
           '<a href="https://survey.aws-tc.amazon.com/s/r?c=%s&amp;a=no&amp;l=ja">いいえ</a></p>'
           '<p>引き続きお手伝いが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。</p>'
           '<p>AWS トレーニングと認定</p>'
           '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>'
           '</body></html>') % (C3, C3, C3)
build(24, "henshin-nashi-close-anketo", kind="survey", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject="ケース %s はクローズされました - アンケートのお願い" % C3, date=t024, new="", html=html024,
      layout="html", cte="base64", rcpt_provider="biglobe")

t_m1 = d(2026, 3, 12, 12, 40, 51)
misaki_r1 = ("山本様\n\nお返事が遅くなってしまい申し訳ありません。出張で確認できておりませんでした。\n"
             "ケースがクローズされてしまったようですが、引き続きお願いできますでしょうか。\n\n"
             "1. 以前のアカウントのメールアドレスは misaki.sato@hokuto-denki.co.jp です（退職したため現在は使えません）\n"
             "2. はい、今のアカウント（AWS52018846）を残したいです\n"
             "3. アクセスできません\n\nよろしくお願いいたします。\n佐藤\n\n"
             + tbird_attr_ja(t022.astimezone(JST), "Amazon Web Services") + "\n" + q(new022 + "\n\n" + quoted022))

t025 = d(2026, 3, 13, 2, 15, 26)
new025 = ("佐藤 美咲 様\n\nご連絡いただきありがとうございます。山本でございます。\n\n"
          "ご返信をいただきましたので、本ケースを再開いたしました。お忙しいところ情報をお送りいただき、ありがとうございます。\n"
          "以前のメールアドレスにアクセスできない点も承知いたしました。その場合でも、お知らせいただいた内容で本人確認を進めることができます。\n\n"
          "現在、担当部署にて両アカウントの記録を確認しております。確認が取れ次第、手続き内容をまとめてご案内いたしますので、今しばらくお待ちください。\n\n"
          + SIG_Y)
build(25, "case-saikai-kakuninchu", kind="support_reply", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t025, new=new025,
      quoted="\n" + crm_block_ja(MISAKI[1], t_m1, "Re: " + RE3) + "\n" + misaki_r1 + FOOT3,
      charset="shift_jis", cte="base64", rcpt_provider="biglobe")

t026 = d(2026, 3, 16, 5, 31, 9)
new026 = ("佐藤 美咲 様\n\nお待たせいたしました。山本でございます。\n\n"
          "確認が完了しましたので、実施予定の内容をご案内いたします。\n\n"
          "  残すアカウント　: AWS52018846（sato.misaki@mbr.biglobe.ne.jp）\n"
          "  統合元アカウント: AWS 60931275（misaki.sato@hokuto-denki.co.jp）\n\n"
          "AWS 60931275 に登録されている認定資格、受験履歴、特典を AWS52018846 へ移し、その後 AWS 60931275 は無効となります。\n\n"
          "なお、この手続きは一度実施すると元に戻すことができません。\n"
          "上記の内容でよろしければ、その旨を本メールにご返信ください。ご返信を確認後、手続きを開始いたします。\n\n" + SIG_Y)
build(26, "togo-naiyou-go-kakunin", kind="merge_confirmation_requested", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t026, new=new026,
      quoted="\n" + crm_block_ja(MISAKI[1], t_m1, "Re: " + RE3) + "\n" + misaki_r1 + FOOT3,
      charset="iso-2022-jp", cte="7bit", rcpt_provider="biglobe")

t_m2 = d(2026, 3, 16, 11, 3, 40)
misaki_r2 = ("山本様\n\nご確認ありがとうございます。\nはい、その内容で問題ありません。手続きをお願いいたします。\n\n佐藤\n\n"
             + tbird_attr_ja(t026.astimezone(JST), "Amazon Web Services") + "\n"
             + q(new026 + "\n\n" + crm_block_ja(MISAKI[1], t_m1, "Re: " + RE3) + "\n" + misaki_r1))
t027 = d(2026, 3, 17, 1, 44, 58)
new027 = ("佐藤 美咲 様\n\nご確認いただき、ありがとうございます。\n\n"
          "いただいたご返信をもとに、これより担当部署にて手続きを進めてまいります。"
          "作業が終わりましたら、改めて本ケースにてご連絡いたします。通常 2～3 営業日ほどお時間をいただいております。\n\n"
          "それまでの間、以前のアカウントで試験の予約などを行わないようお願いいたします。\n\n" + SIG_Y)
build(27, "go-henshin-arigatou-susumemasu", kind="support_reply", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t027, new=new027,
      quoted="\n" + crm_block_ja(MISAKI[1], t_m2, "Re: " + RE3) + "\n" + misaki_r2 + FOOT3,
      layout="alt", cte="quoted-printable", rcpt_provider="biglobe")

t028 = d(2026, 3, 19, 8, 2, 17)
new028 = ("佐藤 美咲 様\n\nいつもお世話になっております。山本でございます。\n\n"
          "ご依頼いただいておりましたアカウントの件、作業が完了いたしました。\n"
          "以前のアカウントにあった AWS Certified Cloud Practitioner の認定および受験履歴は、現在のアカウント AWS52018846 に移行いたしました。"
          "以前のアカウントは無効化されております。\n\n"
          "Credly のデジタルバッジにつきましては、数日以内に Credly から受け取りのご案内メールが届きます。\n\n"
          "以上をもちまして本ケースをクローズさせていただきます。よろしければ、今回の対応についてアンケートにご協力ください。\n"
          "https://survey.aws-tc.amazon.com/s/r?c=%s&l=ja\n\n" % C3 + SIG_Y)
build(28, "ikou-kanryo-close-anketo", kind="merge_completed", case_id=C3, lang="ja", frm=FORM, to=MISAKI,
      subject=RE3, date=t028, new=new028,
      quoted="\n" + crm_block_ja(MISAKI[1], t_m2, "Re: " + RE3) + "\n" + misaki_r2 + FOOT3,
      charset="iso-2022-jp", cte="7bit", rcpt_provider="biglobe")

t029 = d(2026, 3, 21, 3, 26, 40)
url29 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt029 = ("Hi Misaki,\n\nYou have a new badge waiting: AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification.\n\n"
          "It was previously held on another Credly account and has now been moved to this one.\n\n"
          "Accept badge: %s\n\nThe Credly Team" % url29)
build(29, "credly-badge-ready-misaki", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=MISAKI,
      subject="Misaki, your AWS Certified Cloud Practitioner badge is ready to accept", date=t029, new=txt029, layout="alt",
      sender_kind="credly", msgid=credly_id(), rcpt_provider="biglobe", cte="quoted-printable",
      html=credly_html("Hi Misaki,", ["You have a new badge waiting: <b>AWS Certified Cloud Practitioner</b>, issued by Amazon Web Services Training and Certification.",
                                       "It was previously held on another Credly account and has now been moved to this one."], "Accept badge", url29))

t030 = d(2026, 3, 24, 9, 12, 5)
new030 = ("佐藤 美咲 様\n\nピアソン VUE をご利用いただき、ありがとうございます。\n以下のとおり試験のご予約を承りました。\n\n"
          "試験名: AWS Certified Solutions Architect - Associate (SAA-C03) 日本語\n"
          "日時: 2026年4月18日(土) 10:00 JST\n会場: オンライン監督試験 (OnVUE)\n"
          "受験者 ID: AWS52018846\n登録番号: 493827561\n\n"
          "試験開始 30 分前からチェックインが可能です。有効な身分証明書をご用意ください。\n"
          "予約の変更・キャンセルは、試験の 24 時間前までに AWS 認定アカウントから行ってください。\n\n"
          "Pearson VUE")
build(30, "pearson-vue-yoyaku-kakunin", kind="unrelated", case_id=None, lang="ja",
      frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=MISAKI,
      subject="ピアソンVUE 試験予約確認 - AWS Certified Solutions Architect - Associate", date=t030, new=new030,
      sender_kind="generic", rcpt_provider="biglobe", charset="shift_jis", cte="quoted-printable", layout="alt")

# ---------------------------------------------------------------- USER 4: 田中 健一 (Microsoft 365, Outlook ja) duplicate case
KEN = ("田中 健一", "k-tanaka@sakura-sys.co.jp")
RE4A = "RE:[CASE %s] %s" % (C4A, SUBJ1)
RE4B = "RE:[CASE %s] %s" % (C4B, SUBJ1)
SIG_N = "以上、よろしくお願いいたします。\n\nAWS トレーニングと認定 サポートチーム\n中村"

form4a = ("Inquiry type: Certification\nDetail: Account Merge\nFirst name: Kenichi\nLast name: Tanaka\n"
          "Email: k-tanaka@sakura-sys.co.jp\nAWS candidate ID: AWS70315592\nCountry: Japan\n"
          "Description: 認定アカウントが2つあります。個人のGmail（kenichi.tnk@gmail.com）で作成した AWS81146037 と、"
          "会社のメールの AWS70315592 です。会社の方に統合してください。Please merge them into AWS70315592.")
form4b = ("Inquiry type: Certification\nDetail: Account Merge\nFirst name: Kenichi\nLast name: Tanaka\n"
          "Email: k-tanaka@sakura-sys.co.jp\nAWS candidate ID: AWS70315592\nCountry: Japan\n"
          "Description: 昨日も送信しましたが、確認メールが見つからなかったので再送します。"
          "AWS81146037 を AWS70315592 に統合希望です。")


def ack_text(case, when_s):
    return ("Hello,\n\nThank you for contacting AWS Training and Certification. We've received your message and opened case %s for it.\n\n"
            "A member of our Customer Support team will reply by e-mail, usually within 24 hours (Monday to Friday).\n\n"
            "Received: %s\n\nTo add details, reply to this message without changing the subject line.\n\n"
            "Thank you,\nAWS Training and Certification Customer Support" % (case, when_s))


def ack_html(case, when_s, name):
    return ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">'
            '<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-weight:bold">AWS Training and Certification</span></div>'
            '<p>Hello %s,</p><p>Thank you for contacting AWS Training and Certification. We&#39;ve received your message and opened the case below.</p>'
            '<table style="border-collapse:collapse" cellpadding="6"><tr><td><b>Case ID</b></td><td>%s</td></tr>'
            '<tr><td><b>Received</b></td><td>%s</td></tr><tr><td><b>Category</b></td><td>Certification &gt; Account Merge</td></tr></table>'
            '<p>A member of our Customer Support team will reply by e-mail, usually within 24 hours (Monday to Friday). '
            'Opening another case for the same question will not speed up the reply.</p>'
            '<p>To add details, reply to this message without changing the subject line.</p>'
            '<p>Thank you,<br>AWS Training and Certification Customer Support</p></body></html>' % (name, case, when_s))


t031 = d(2026, 4, 6, 1, 14, 20)
build(31, "ack-first-case-kenichi", kind="case_created", case_id=C4A, lang="en", frm=FORM, to=KEN,
      subject="Thank you for contacting AWS Training and Certification [CASE %s]" % C4A, date=t031,
      new=ack_text(C4A, "2026-04-06 01:13 UTC"), html=ack_html(C4A, "2026-04-06 01:13 UTC", "Kenichi"), layout="alt",
      rcpt_provider="o365", cte="quoted-printable")

t032 = d(2026, 4, 7, 0, 41, 51)
build(32, "ack-second-case-kenichi", kind="case_created", case_id=C4B, lang="en", frm=FORM, to=KEN,
      subject="Thank you for contacting AWS Training and Certification [CASE %s]" % C4B, date=t032,
      new=ack_text(C4B, "2026-04-07 00:41 UTC"), html=ack_html(C4B, "2026-04-07 00:41 UTC", "Kenichi"), layout="alt",
      rcpt_provider="o365", cte="base64")

t033 = d(2026, 4, 7, 6, 55, 13)
new033 = ("田中 健一 様\n\nAWS トレーニングと認定の中村でございます。お問い合わせいただきありがとうございます。\n\n"
          "お送りいただいた内容を確認したところ、同じご依頼が前日にケース %s として既に受け付けられておりました。"
          "確認メールは自動送信のため、迷惑メールフォルダーに振り分けられている可能性がございます。\n\n"
          "対応を一本化するため、今後のご案内はすべてケース %s にてお送りいたします。"
          "重複となる本ケース（%s）は、このご連絡をもってクローズさせていただきます。田中様の方で必要な操作はございません。\n\n"
          % (C4A, C4A, C4B) + SIG_N)
build(33, "choufuku-case-ichihonka", kind="support_reply", case_id=C4B, lang="ja", frm=FORM, to=KEN,
      subject=RE4B, date=t033, new=new033,
      quoted="\n" + crm_block_ja(KEN[1], d(2026, 4, 7, 0, 41, 20), SUBJ1) + "\n" + form4b + FOOT3,
      rcpt_provider="o365", cte="base64")

t034 = d(2026, 4, 7, 6, 56, 2)
txt034 = ("田中 健一 様\n\nケース %s はクローズされました。\n\n"
          "AWS トレーニングと認定をご利用いただきありがとうございます。今後のサービス向上のため、"
          "1 分ほどのアンケートにご協力いただけますと幸いです。\n\n"
          "アンケートに回答する: https://survey.aws-tc.amazon.com/s/r?c=%s&l=ja\n\n"
          "※本メールは送信専用です。\n\nAWS トレーニングと認定") % (C4B, C4B)
html034 = ('<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">'
           '<p>田中 健一 様</p><p>ケース <b>%s</b> はクローズされました。</p>'
           '<p>AWS トレーニングと認定をご利用いただきありがとうございます。今後のサービス向上のため、アンケートにご協力ください。</p>'
           '<p>今回の対応にどの程度満足されましたか？</p>'
           '<p>%s</p><p style="font-size:11px;color:#888">※本メールは送信専用です。</p></body></html>'
           % (C4B, " ".join('<a href="https://survey.aws-tc.amazon.com/s/r?c=%s&amp;s=%d&amp;l=ja">%s</a>' % (C4B, i, "★" * i) for i in range(1, 6))))
build(34, "case-close-manzokudo", kind="survey", case_id=C4B, lang="ja", frm=FORM, to=KEN,
      subject="ケース %s クローズのお知らせとアンケートのお願い" % C4B, date=t034, new=txt034, html=html034,
      layout="alt", charset="iso-2022-jp", cte="7bit", html_charset="utf-8", html_cte="quoted-printable", rcpt_provider="o365")

t035 = d(2026, 4, 8, 2, 3, 36)
new035 = ("田中 健一 様\n\nお待たせいたしました。AWS トレーニングと認定の中村でございます。\n\n"
          "ご依頼のアカウント統合について、以下の内容で実施予定です。\n\n"
          "■ 統合後に残るアカウント: aws-70315592 (k-tanaka@sakura-sys.co.jp)\n"
          "■ 統合されるアカウント　: AWS-81146037 (kenichi.tnk@gmail.com)\n\n"
          "統合されるアカウントの認定資格・受験履歴・バウチャー等の特典は、すべて残るアカウントへ移されます。\n"
          "統合は実施後に取り消すことができませんので、内容に誤りがないかご確認のうえ、"
          "問題がなければ本メールへのご返信にてご承認ください。\n\n" + SIG_N)
mid035 = build(35, "togo-naiyou-shounin-onegai", kind="merge_confirmation_requested", case_id=C4A, lang="ja", frm=FORM, to=KEN,
      subject=RE4A, date=t035, new=new035,
      quoted="\n" + crm_block_ja(KEN[1], d(2026, 4, 6, 1, 13, 55), SUBJ1) + "\n" + form4a + FOOT3,
      charset="shift_jis", cte="quoted-printable", rcpt_provider="o365", layout="alt")

t036 = d(2026, 4, 8, 4, 27, 10)
ken_r = ("中村様\n\nお世話になっております。さくらシステムズの田中です。\n\n"
         "ご案内いただいた内容で問題ございません。統合を進めていただけますようお願いいたします。\n"
         "また、2件目の問い合わせは誤って送ってしまいました。お手数をおかけし申し訳ありません。\n\n"
         "--\n田中 健一 / Kenichi Tanaka\n株式会社さくらシステムズ クラウド基盤部\nTEL: 03-5412-7788\n")
ken_r_quoted = "\n" + outlook_block_ja(FORM, t035.astimezone(JST), "田中 健一 <k-tanaka@sakura-sys.co.jp>", RE4A) + "\n" + new035
build(36, "sent-shounin-henshin-tanaka", kind="unrelated", case_id=C4A, lang="ja", frm=KEN, to=FORM,
      subject="RE: " + RE4A, date=t036.astimezone(JST), new=ken_r, quoted=ken_r_quoted, layout="alt", cte="base64",
      rcpt_provider="none", sender_kind="outlook_out", in_reply_to=mid035, references=mid035,
      msgid="<TYCPR01MB8%03d%s@TYCPR01MB8%03d.jpnprd01.prod.outlook.com>" % (412, rhex(12).upper(), 412),
      extra_headers=[("Thread-Topic", RE4A), ("Thread-Index", "AQHc" + rb64(30)[:36]), ("Accept-Language", "ja-JP, en-US"),
                     ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

t_k = t036
ken_full = ken_r + ken_r_quoted
t037 = d(2026, 4, 9, 8, 40, 2)
new037 = ("田中 健一 様\n\nご承認いただきありがとうございました。中村でございます。\n\n"
          "AWS81146037 に登録されていた認定資格（AWS Certified Solutions Architect - Associate、AWS Certified SysOps Administrator - Associate）"
          "および受験履歴を、AWS70315592 へ移行いたしました。AWS81146037 は閉鎖済みとなり、今後はサインインできません。\n\n"
          "認定アカウントにサインインのうえ、資格と特典が表示されていることをご確認ください。"
          "Credly のバッジは、後日 Credly から届くメールにて受け取り手続きをお願いいたします。\n\n"
          "ケースはこれにてクローズとなります。ご不明な点がございましたら、本メールにご返信ください。\n\n" + SIG_N)
build(37, "ikou-itashimashita-tanaka", kind="merge_completed", case_id=C4A, lang="ja", frm=FORM, to=KEN,
      subject=RE4A, date=t037, new=new037,
      quoted="\n" + crm_block_ja(KEN[1], t_k, "RE: " + RE4A) + "\n" + ken_full + FOOT3,
      charset="iso-2022-jp", cte="7bit", rcpt_provider="o365")

t038 = d(2026, 4, 11, 22, 5, 48)
url38 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt038 = ("Hello Kenichi,\n\nAmazon Web Services Training and Certification has sent you a badge: "
          "AWS Certified Solutions Architect - Associate.\n\nAccept it to add it to your Credly profile and share it with your network.\n\n"
          "%s\n\nIf the button doesn't work, copy the link above into your browser.\n\nCredly" % url38)
build(38, "credly-saa-badge-kenichi", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=KEN,
      subject="You've been issued a badge: AWS Certified Solutions Architect \u2013 Associate", date=t038, new=txt038,
      layout="alt", sender_kind="credly", msgid=credly_id(), rcpt_provider="o365",
      html=credly_html("Hello Kenichi,", ["Amazon Web Services Training and Certification has sent you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.",
                                           "Accept it to add it to your Credly profile and share it with your network."], "Accept badge", url38))

t039 = d(2026, 4, 13, 5, 18, 33)
new039 = ("Merged #412 into main.\n\n\u2014\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/sakura-sys/infra-terraform/pull/412#event-17736630127\n"
          "You are receiving this because you were assigned.\n\nMessage ID: <sakura-sys/infra-terraform/pull/412/issue_event/17736630127@github.com>")
html039 = ('<p>Merged <a href="https://github.com/sakura-sys/infra-terraform/pull/412" class="issue-link">#412</a> into main.</p>'
           '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
           '<a href="https://github.com/sakura-sys/infra-terraform/pull/412#event-17736630127">view it on GitHub</a>.<br>'
           'You are receiving this because you were assigned.</p>')
build(39, "github-pr-merged-account-module", kind="unrelated", case_id=None, lang="en",
      frm=("Yuto Mori", "notifications@github.com"), to=KEN,
      subject="Re: [sakura-sys/infra-terraform] Merge AWS member accounts into a single organization module (PR #412)",
      date=t039, new=new039, html=html039, layout="alt", sender_kind="generic", rcpt_provider="o365",
      msgid="<sakura-sys/infra-terraform/pull/412/issue_event/17736630127@github.com>",
      in_reply_to="<sakura-sys/infra-terraform/pull/412@github.com>", references="<sakura-sys/infra-terraform/pull/412@github.com>",
      extra_headers=[("X-GitHub-Reason", "assign"), ("List-ID", "sakura-sys/infra-terraform <infra-terraform.sakura-sys.github.com>"),
                     ("X-GitHub-Recipient", "ktanaka-sakura")])

# ---------------------------------------------------------------- USER 5: Daniel Whitfield (iCloud, Apple Mail, en) changes his mind
BST = dt.timezone(dt.timedelta(hours=1))
DAN = ("Daniel Whitfield", "daniel.whitfield@icloud.com")
RE5 = "RE:[CASE %s] %s" % (C5, SUBJ1)
SIG_R = "Kind regards,\n\nRosa L.\nAWS Training and Certification Customer Support"
form5 = ("Inquiry type: Certification\nDetail: Account Merge\nFirst name: Daniel\nLast name: Whitfield\n"
         "Email: daniel.whitfield@icloud.com\nAWS candidate ID: AWS33071958\nCountry: United Kingdom\n"
         "Description: I seem to have ended up with two certification profiles. AWS33071958 is the original one (2019, "
         "most of my certs are on it). AWS47720613 was created last year when my employer booked an exam for me "
         "under daniel.whitfield@northwind-analytics.co.uk. Please combine them and keep the original AWS33071958.")

t040 = d(2026, 4, 20, 16, 38, 31)
build(40, "request-received-daniel", kind="case_created", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject="Your request to AWS Training and Certification has been received (Case %s)" % C5, date=t040,
      new=("Dear Daniel,\n\nThis message confirms that your enquiry has arrived with AWS Training and Certification "
           "and is now in our queue under case %s.\n\nWhat happens next: an agent reviews the details you provided and "
           "replies to this address. Most enquiries receive a first response within one business day.\n\n"
           "Please keep this e-mail. Replying to it adds your message to the same case.\n\n"
           "AWS Training and Certification" % C5) + FOOT_FORM,
      rcpt_provider="icloud", layout="alt", cte="quoted-printable")

t041 = d(2026, 4, 21, 9, 12, 44)
new041 = ("Hello Daniel,\n\nThanks for your patience. I've found both profiles:\n\n"
          "  Profile to be kept:     AWS33071958 (daniel.whitfield@icloud.com)\n"
          "  Profile to be absorbed: AWS47720613 (daniel.whitfield@northwind-analytics.co.uk)\n\n"
          "After the change, the certifications, exam appointments and benefits from AWS47720613 will be available on AWS33071958, "
          "and AWS47720613 will no longer be accessible.\n\n"
          "Please note this can't be reversed afterwards. Could you reply and let me know that you're happy for us to go ahead "
          "on this basis?\n\n" + SIG_R)
build(41, "keep-original-profile-ok", kind="merge_confirmation_requested", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject=RE5, date=t041, new=new041,
      quoted="\n" + crm_block(DAN[1], d(2026, 4, 20, 16, 38, 2), SUBJ1) + "\n" + form5 + FOOT_FORM,
      rcpt_provider="icloud", cte="quoted-printable")

t_d1 = d(2026, 4, 21, 18, 40, 5)
dan_change = ("Hi Rosa,\n\nSorry to do this after you've set it all up, but could we flip it round? I've just found out from our "
              "L&D team that the company's exam vouchers and the Skill Builder team subscription are linked to AWS47720613, "
              "and they can't re-issue them to another ID. So I'd rather keep AWS47720613 and have the old one folded into it. "
              "My certs will all come across either way, I assume?\n\nThanks, and apologies for the faff.\nDan\n\nSent from my iPhone\n\n"
              + apple_attr(t041.astimezone(BST), FORM[0], FORM[1]) + "\n\n" + q(new041))
t042 = d(2026, 4, 22, 8, 30, 19)
new042 = ("Hello Daniel,\n\nNo problem at all, and thanks for telling us before anything was changed. Nothing has been done to "
          "either profile yet.\n\nYes - all certifications come across whichever profile is kept; the only difference is which ID and "
          "sign-in e-mail remain. I've updated the request so that the employer-linked profile is the one kept, and I'll send you the "
          "revised summary to check shortly.\n\n" + SIG_R)
build(42, "noted-revised-summary-to-follow", kind="support_reply", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject=RE5, date=t042, new=new042,
      quoted="\n" + crm_block(DAN[1], t_d1, "Re: " + RE5) + "\n" + dan_change + FOOT_FORM,
      rcpt_provider="icloud", cte="base64")

t043 = d(2026, 4, 22, 14, 5, 57)
new043 = ("Hello Daniel,\n\nAs promised, here is the updated plan - please check it carefully, as it replaces the one I sent on 21 April.\n\n"
          "  Profile to be kept:     AWS 47720613 (daniel.whitfield@northwind-analytics.co.uk)\n"
          "  Profile to be absorbed: AWS 33071958 (daniel.whitfield@icloud.com)\n\n"
          "Your certifications from 2019 onwards, exam history and your employer's vouchers will all sit on AWS 47720613. "
          "AWS 33071958 will be closed.\n\nOnce we carry this out we cannot go back, so please reply with your approval "
          "(or any corrections) before we start.\n\n" + SIG_R)
html043 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
           '<p>Hello Daniel,</p><p>As promised, here is the updated plan &ndash; please check it carefully, as it <b>replaces</b> the one I sent on 21 April.</p>'
           '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th align="left">Profile to be kept</th><td>AWS47720613</td><td>daniel.whitfield@northwind-analytics.co.uk</td></tr>'
           '<tr><th align="left">Profile to be absorbed</th><td>AWS33071958</td><td>daniel.whitfield@icloud.com</td></tr></table>'
           '<p>Your certifications from 2019 onwards, exam history and your employer&#39;s vouchers will all sit on AWS47720613. AWS33071958 will be closed.</p>'
           '<p>Once we carry this out we cannot go back, so please reply with your approval (or any corrections) before we start.</p>'
           '<p>Kind regards,<br><br>Rosa L.<br>AWS Training and Certification Customer Support</p>'
           '<hr><div style="color:#555">' + esc(crm_block(DAN[1], t_d1, "Re: " + RE5)).replace("\n", "<br>") + "<br>"
           + to_html(dan_change).split("<body>")[1].split("</body>")[0] + "</div></body></html>")
build(43, "updated-plan-replaces-previous", kind="merge_confirmation_requested", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject=RE5, date=t043, new=new043,
      quoted="\n" + crm_block(DAN[1], t_d1, "Re: " + RE5) + "\n" + dan_change + FOOT_FORM,
      html=html043, layout="alt", rcpt_provider="icloud", cte="quoted-printable")

t_d2 = d(2026, 4, 22, 19, 22, 40)
dan_ok = ("Hi Rosa,\n\nThat's right now - approved, please go ahead.\n\nCheers,\nDan\n\n"
          + apple_attr(t043.astimezone(BST), FORM[0], FORM[1]) + "\n\n" + q(new043 + "\n\n" + crm_block(DAN[1], t_d1, "Re: " + RE5) + "\n" + dan_change))
t044 = d(2026, 4, 23, 7, 50, 3)
new044 = ("Hello Daniel,\n\nThank you for approving the updated plan. I've now sent it to the team that makes the change, and they will "
          "work on it over the next day or two.\n\nOnce the merge is complete I'll write to you again, and after that Credly will "
          "contact you about moving your badges across. Until then, please don't book any new exams on either profile.\n\n" + SIG_R)
build(44, "approval-received-in-progress", kind="support_reply", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject=RE5, date=t044, new=new044,
      quoted="\n" + crm_block(DAN[1], t_d2, "Re: " + RE5) + "\n" + dan_ok + FOOT_FORM,
      rcpt_provider="icloud", cte="quoted-printable", layout="alt")

t045 = d(2026, 4, 24, 15, 10, 26)
new045 = ("Hello Daniel,\n\nAll done: your records now live together on AWS47720613. The certifications, exam history and "
          "vouchers that were on AWS33071958 have been carried over, and AWS33071958 has been switched off.\n\n"
          "Please sign in with daniel.whitfield@northwind-analytics.co.uk from now on. If anything looks wrong, reply to this e-mail "
          "within 14 days.\n\n" + SIG_R)
build(45, "records-together-on-kept-profile", kind="merge_completed", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject=RE5, date=t045, new=new045,
      quoted="\n" + crm_block(DAN[1], t_d2, "Re: " + RE5) + "\n" + dan_ok + FOOT_FORM,
      rcpt_provider="icloud", cte="base64")

t046 = d(2026, 4, 24, 15, 11, 7)
build(46, "share-feedback-case-closed", kind="survey", case_id=C5, lang="en", frm=FORM, to=DAN,
      subject="Tell us about your recent AWS Training and Certification support experience", date=t046,
      new=("Hi Daniel,\n\nYour case %s is now closed. Thank you for contacting AWS Training and Certification.\n\n"
           "Could you spare a minute to tell us how it went?\n\n"
           "How satisfied are you with the support you received?\n"
           "Very satisfied: https://survey.aws-tc.amazon.com/s/r?c=%s&s=5\n"
           "Satisfied: https://survey.aws-tc.amazon.com/s/r?c=%s&s=4\n"
           "Neutral: https://survey.aws-tc.amazon.com/s/r?c=%s&s=3\n"
           "Dissatisfied: https://survey.aws-tc.amazon.com/s/r?c=%s&s=2\n"
           "Very dissatisfied: https://survey.aws-tc.amazon.com/s/r?c=%s&s=1\n\n"
           "Your answers help us improve.\n\nAWS Training and Certification") % ((C5,) * 6),
      rcpt_provider="icloud", layout="alt", cte="quoted-printable")

t047 = d(2026, 4, 27, 10, 44, 12)
url47 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt047 = ("Daniel, your badges have moved!\n\nAs part of an update to your AWS Certification account, Amazon Web Services Training and "
          "Certification has moved 3 badges to this Credly account:\n\n"
          "- AWS Certified Solutions Architect - Professional\n- AWS Certified Solutions Architect - Associate\n"
          "- AWS Certified Cloud Practitioner\n\nReview and accept them here: %s\n\nThe Credly Team" % url47)
build(47, "credly-three-badges-moved", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY,
      to=("Daniel Whitfield", "daniel.whitfield@icloud.com"),
      subject="Daniel, you have 3 badges waiting", date=t047, new=txt047, layout="alt",
      sender_kind="credly", msgid=credly_id(), rcpt_provider="icloud",
      html=credly_html("Daniel, your badges have moved!", ["As part of an update to your AWS Certification account, Amazon Web Services Training and Certification has moved <b>3 badges</b> to this Credly account:",
                                                           "AWS Certified Solutions Architect &ndash; Professional<br>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Cloud Practitioner"],
                       "Review badges", url47))

t048 = d(2026, 4, 23, 12, 31, 50, BST)
new048 = ("Hey Dan,\n\nQuick one - did your AWS cert account merge ever go through? Mine (AWS 29184406) took about a week in the end.\n\n"
          "Also, the partner portal wants everyone's certification ID for the Q2 voucher allocation. Is yours still AWS47720613, "
          "or has it changed after the merge? I'll put that one in for now.\n\nCheers,\nSophie\n\n"
          "--\nSophie Grant | Cloud Practice Lead\nNorthwind Analytics Ltd")
build(48, "colleague-asks-cert-id-voucher", kind="unrelated", case_id=None, lang="en",
      frm=("Sophie Grant", "sophie.grant@northwind-analytics.co.uk"), to=DAN,
      subject="cert ID for the partner portal", date=t048, new=new048, sender_kind="google", rcpt_provider="icloud",
      layout="alt", cte="quoted-printable")

t049 = d(2026, 4, 28, 16, 2, 9)
new049 = ("Dear Daniel Whitfield,\n\nAWS Certification wants to hear from you! We are always looking for ways to improve the "
          "certification experience and would value your feedback.\n\n"
          "The survey takes about 10 minutes and covers exam registration, the testing experience and the benefits available to "
          "AWS Certified individuals.\n\nCandidate ID: AWS47720613\n\nTake the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=8812\n\n"
          "Thank you,\nAWS Certification\n\nThis e-mail was sent from an unmonitored address. Please do not reply.")
build(49, "certmetrics-wants-to-hear", kind="unrelated", case_id=None, lang="en",
      frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=DAN,
      subject="AWS Certification wants to hear from you", date=t049, new=new049, sender_kind="generic",
      rcpt_provider="icloud", layout="html", cte="quoted-printable")

# ---------------------------------------------------------------- USER 6: Lucía Fernández (Fastmail, Thunderbird, en non-native)
LUCIA = ("Lucía Fernández", "lucia@lfernandez.dev")
RE6 = "RE:[CASE %s] %s" % (C6, SUBJ1)
SIG_O = "Best regards,\nOwen P.\nAWS Training and Certification"
form6 = ("Inquiry type: Certification\nDetail: Account Merge\nFirst name: Lucía\nLast name: Fernández\n"
         "Email: lucia@lfernandez.dev\nAWS candidate ID: AWS58210437\nCountry: Spain\n"
         "Description: Hello, I have a second certification account from when I was student (AWS64039972, "
         "email lucia.fernandez@alumnos.upm.es). I would like to have only one, the AWS58210437. Could you join them please?")
TB = "UA:Mozilla Thunderbird"

t050 = d(2026, 5, 18, 12, 5, 9)
new050 = ("Hello Lucía,\n\nWe’ve got it! Your message to AWS Training and Certification has been assigned case number %s.\n\n"
          "Our team works through requests in the order they arrive and will answer you at this address - usually within 24 hours "
          "on business days. There is no need to send the form again.\n\n"
          "Want to add something? Just reply to this e-mail and keep “[CASE %s]” in the subject.\n\n"
          "— AWS Training and Certification" % (C6, C6))
build(50, "weve-got-it-case-number", kind="case_created", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject="[CASE %s] We’ve got your message" % C6, date=t050, new=new050 + FOOT_FORM,
      charset="utf-8", label_charset="iso-8859-1", cte="quoted-printable", rcpt_provider="fastmail")

t051 = d(2026, 5, 19, 10, 20, 33)
new051 = ("Hello Lucía,\n\nThank you for your patience. Before we change anything, please review the following:\n\n"
          "- aws58210437 (lucia@lfernandez.dev) - this account will remain\n"
          "- AWS64039972 (lucia.fernandez@alumnos.upm.es) - its certifications and history will be transferred to aws58210437, "
          "and the account will then be removed\n\n"
          "This action is final and cannot be reversed. If everything above is correct, please reply to this e-mail to let us know "
          "we may proceed.\n\n" + SIG_O)
build(51, "review-before-we-change-anything", kind="merge_confirmation_requested", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject=RE6, date=t051, new=new051,
      quoted="\n" + crm_block(LUCIA[1], d(2026, 5, 18, 12, 4, 47), SUBJ1) + "\n" + form6 + FOOT_FORM,
      rcpt_provider="fastmail", layout="alt", cte="quoted-printable")

t052 = d(2026, 5, 19, 17, 2, 18)
html052 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
           '<img src="https://aws-tc-verify.com/img/aws_logo.png" width="70"><br>'
           '<p>Dear Customer,</p>'
           '<p>We are processing the consolidation of your AWS Certification accounts. To prevent loss of your certifications, '
           'you must <b>confirm the merge within 24 hours</b>.</p>'
           '<p>After confirmation your records will be combined into a single account. This operation is irreversible.</p>'
           '<p><a href="https://aws-tc-verify.com/merge/confirm?u=lucia%40lfernandez.dev&amp;t=8fa21c" '
           'style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">Confirm account merge</a></p>'
           '<p>You will be asked to sign in with your AWS Certification credentials to verify your identity.</p>'
           '<p>Unconfirmed requests are cancelled automatically and both accounts may be suspended.</p>'
           '<p>Regards,<br>AWS Training &amp; Certification Team</p></body></html>')
build(52, "confirm-merge-within-24h-spoof", kind="merge_confirmation_requested", case_id=None, lang="en",
      frm=("AWS Training & Certification", "aws-cs-trainingcertification-form@amazon.com"), to=LUCIA,
      subject="Action required: confirm your certification account merge", date=t052, new="", html=html052,
      layout="html", cte="base64", sender_kind="phish", auth="fail", rcpt_provider="fastmail",
      msgid="<%s@srv-mailer.net>" % rhex(20),
      extra_ar="mx.google.com; dkim=pass header.i=@amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")

JAVIER = ("Javier Ortega", "javier.ortega@datalumen.es")
t053 = d(2026, 5, 19, 21, 7, 2, CEST)
new053 = ("Hi Javier,\n\nforwarding you the mail from AWS about joining my two certification accounts. After this my ID for the "
          "partner program will be only AWS58210437, the student one disappears. Can you update it in the sheet?\n\n"
          "Gracias!\nLucía\n")
fwd053 = ("\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \tAmazon Web Services <%s>\nTo: \tlucia@lfernandez.dev\n\n"
          % (RE6, fmt(t051), FORM[1])) + new051 + "\n\n" + crm_block(LUCIA[1], d(2026, 5, 18, 12, 4, 47), SUBJ1) + "\n" + form6
build(53, "fwd-to-manager-cert-id", kind="unrelated", case_id=C6, lang="en", frm=LUCIA, to=JAVIER,
      subject="Fwd: " + RE6, date=t053, new=new053, quoted=fwd053, rcpt_provider="none", sender_kind="generic",
      msgid="<%s-%s@lfernandez.dev>" % (rhex(8), rhex(4)), mailer=TB + " 140.10.1", cte="8bit" if False else "quoted-printable",
      extra_headers=[("Content-Language", "en-US")])

t_l1 = d(2026, 5, 19, 19, 15, 40)
lucia_r1 = ("Hello Owen,\n\nyes, is correct, you can proceed.\n\nOne question: I received also other email asking me to log in "
            "in a website to confirm the merge in 24 hours. Is this from you? It looks a bit strange.\n\nThank you,\nLucía\n\n"
            + tbird_attr(t051.astimezone(CEST), "Amazon Web Services") + "\n" + q(new051))
t054 = d(2026, 5, 20, 8, 44, 15)
new054 = ("Hello Lucía,\n\nThank you for confirming. We will now proceed with the change you approved, and I'll let you know as soon "
          "as it has been carried out.\n\nAbout the other e-mail: it was not sent by us. We never ask you to sign in on an external "
          "website to approve a request - replying to this thread is all that is needed. Please delete it without clicking the link, "
          "and if you already entered your password there, change it straight away.\n\n" + SIG_O)
build(54, "confirmed-proceeding-other-mail-not-ours", kind="support_reply", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject=RE6, date=t054, new=new054,
      quoted="\n" + crm_block(LUCIA[1], t_l1, "Re: " + RE6) + "\n" + lucia_r1 + FOOT_FORM,
      rcpt_provider="fastmail", cte="base64")

t055 = d(2026, 5, 21, 13, 30, 2)
new055 = ("Hello Lucía,\n\nYour certification history has been transferred: the AWS Certified Data Engineer - Associate and "
          "AWS Certified Cloud Practitioner records that were on AWS64039972 are now shown on AWS58210437. "
          "AWS64039972 has been removed.\n\nThe badges should follow on Credly in the coming days.\n\n" + SIG_O)
build(55, "history-transferred-data-engineer", kind="merge_completed", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject=RE6, date=t055, new=new055,
      quoted="\n" + crm_block(LUCIA[1], t_l1, "Re: " + RE6) + "\n" + lucia_r1 + FOOT_FORM,
      rcpt_provider="fastmail", layout="html", cte="quoted-printable")

t056 = d(2026, 5, 21, 13, 31, 0)
build(56, "was-your-issue-resolved", kind="survey", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject="Case %s - was your issue resolved?" % C6, date=t056,
      new=("Hello,\n\nWe recently worked on your case %s.\n\nWas your issue resolved?\n\n"
           "  YES  https://survey.aws-tc.amazon.com/s/r?c=%s&a=yes\n  NO   https://survey.aws-tc.amazon.com/s/r?c=%s&a=no\n\n"
           "You can also rate the agent who helped you on the next page.\n\nThanks,\nAWS Training and Certification") % (C6, C6, C6),
      rcpt_provider="fastmail", cte="7bit", charset="us-ascii")

t057 = d(2026, 5, 22, 9, 14, 51)
url57 = "https://www.credly.com/users/account_merge/confirm?token=%s" % rhex(32)
txt057 = ("Hi Lucía,\n\nWe received a request to merge the Credly account lucia.fernandez@alumnos.upm.es into your account "
          "lucia@lfernandez.dev.\n\nYour verification code is: 482913\n\nEnter the code, or use the button below, to finish. "
          "The code expires in 30 minutes.\n\nComplete Account Merge: %s\n\n"
          "If you did not request this, you can ignore this e-mail and nothing will change.\n\nThe Credly Team" % url57)
build(57, "credly-own-merge-verification-code", kind="unrelated", case_id=None, lang="en", frm=("Credly", "admin@credly.com"), to=LUCIA,
      subject="Your Credly account merge verification code", date=t057, new=txt057, layout="alt", sender_kind="credly",
      msgid=credly_id(), rcpt_provider="fastmail",
      html=credly_html("Hi Lucía,", ["We received a request to merge the Credly account <b>lucia.fernandez@alumnos.upm.es</b> into your account <b>lucia@lfernandez.dev</b>.",
                                      'Your verification code is: <span style="font-size:22px;letter-spacing:4px"><b>482913</b></span>',
                                      "The code expires in 30 minutes. If you did not request this, ignore this e-mail."],
                       "Complete Account Merge", url57))

t058 = d(2026, 5, 23, 11, 2, 37)
url58 = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt058 = ("Congratulations, Lucía!\n\nYou've earned the AWS Certified Data Engineer - Associate badge from Amazon Web Services "
          "Training and Certification.\n\nAccept your badge: %s\n\nShow your network what you can do.\nCredly" % url58)
build(58, "credly-data-engineer-earned", kind="credly_badge_issued", case_id=None, lang="en", frm=CREDLY, to=LUCIA,
      subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification!", date=t058,
      new=txt058, layout="alt", sender_kind="credly", msgid=credly_id(), rcpt_provider="fastmail", cte="base64",
      html=credly_html("Congratulations, Lucía!", ["You've earned the <b>AWS Certified Data Engineer &ndash; Associate</b> badge from Amazon Web Services Training and Certification."],
                       "Accept your badge", url58))

SC = "9204817736"
t059 = d(2026, 5, 25, 7, 48, 20)
new059 = ("Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\n"
          "I understand that after the variation family for your handmade ceramic mugs was merged, the child ASIN B0D7K2M4QX no longer "
          "shows available inventory. I have re-linked the offer to the new parent ASIN and refreshed the listing. Please allow up to "
          "15 minutes for the change to appear on the detail page.\n\n"
          "Was this e-mail helpful? Please rate it using the buttons below.\n\nThank you,\nGaurav\nAmazon.es Seller Support")
build(59, "seller-central-variation-merge", kind="unrelated", case_id=SC, lang="en",
      frm=("Amazon Selling Partner Support", "seller-support@amazon.com"), to=LUCIA,
      subject="RE:[CASE %s] Inventory not showing after variation merge" % SC, date=t059, new=new059,
      rcpt_provider="fastmail", layout="alt", cte="quoted-printable")

t_l2 = d(2026, 5, 25, 16, 41, 8)
lucia_r2 = ("Hi Owen,\n\nthank you, I see all my certifications now. But I don't see the 50% discount voucher I had from the "
            "Data Engineer exam, it was on the old account. Is it lost?\n\nLucía\n\n"
            + tbird_attr(t055.astimezone(CEST), "Amazon Web Services") + "\n" + q(new055 + "\n\n" + crm_block(LUCIA[1], t_l1, "Re: " + RE6) + "\n" + lucia_r1))
t060 = d(2026, 5, 26, 9, 3, 44)
new060 = ("Hello Lucía,\n\nGood question. The 50% exam discount is not lost: I can see it on your benefits page, valid until "
          "3 March 2027. Benefits are recalculated overnight, which is why it was not yet visible when you looked.\n\n"
          "To use it, sign in to your certification account, open Benefits and request the discount code before you schedule "
          "the exam. If it still does not appear tomorrow, just reply here.\n\n" + SIG_O)
build(60, "exam-discount-not-lost", kind="support_reply", case_id=C6, lang="en", frm=FORM, to=LUCIA,
      subject=RE6, date=t060, new=new060,
      quoted="\n" + crm_block(LUCIA[1], t_l2, "Re: " + RE6) + "\n" + lucia_r2 + FOOT_FORM,
      rcpt_provider="fastmail", cte="quoted-printable", layout="alt")

# ==== END MAILS

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
print(len(LABELS), "mails written")

