#!/usr/bin/env python3
"""Generate blind test set 152: AWS Certification account-merge mailbox.

Emphasis: English paraphrase, a busy outsourced support desk, agents with their
own template habits and slips.  Run: python3 make_set.py
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(152)
MAILS = []  # (filename, bytes, label)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


UTC = timezone.utc
PDT = tz(-7)
JST = tz(9)
BST = tz(1)
CEST = tz(2)
IST = tz(5, 30)


def dt(y, mo, d, h, mi, s=0, zone=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=zone)


def case15(opened):
    """15-digit case id: unix time of opening + 5 digits."""
    ts = int(opened.timestamp())
    return "%d%05d" % (ts, RNG.randrange(100, 99999))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_msgid_region(when, region="us-west-2"):
    ms = int(when.timestamp() * 1000)
    return "<0101%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def ew(text, charset="utf-8", enc="B", maxlen=60):
    """Encode text as one or more encoded-words folded over lines."""
    h = Header(text, charset=charset, maxlinelen=maxlen)
    if enc == "Q":
        from email import charset as _cs
        c = _cs.Charset(charset)
        c.header_encoding = _cs.QP
        h = Header(text, charset=c, maxlinelen=maxlen)
    return h.encode(linesep="\n")


def ew_jis(text):
    """ISO-2022-JP B-encoded words, split in chunks (classic Japanese MUA style)."""
    words = []
    chunk = ""
    for ch in text:
        if len((chunk + ch).encode("iso-2022-jp")) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join("=?ISO-2022-JP?B?%s?=" % base64.b64encode(w.encode("iso-2022-jp")).decode()
                      for w in words)


def addr(name, email_, charset=None):
    if name is None:
        return email_
    if charset:
        return "%s <%s>" % (Header(name, charset).encode(), email_)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name, email_)
    return "%s <%s>" % (name, email_)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------

def part(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, fmt_flowed=False):
    """A single text part with full control of charset label and CTE."""
    m = Message()
    lab = label or charset
    ct = 'text/%s; charset="%s"' % (subtype, lab)
    if fmt_flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, lab)
    m["Content-Type"] = ct
    raw = body.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary=None):
    m = Message()
    b = boundary or "----=_Part_%d_%d.%d" % (RNG.randrange(10**5, 10**6),
                                             RNG.randrange(10**8, 10**9),
                                             RNG.randrange(10**12, 10**13))
    m["Content-Type"] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, title="", style="aws"):
    if style == "aws":
        return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\"><title>%s</title></head>\n"
                "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;"
                "color:#16191f\">\n<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\">"
                "<tr><td style=\"padding:16px\">\n%s\n</td></tr></table>\n</body></html>\n"
                % (title, inner))
    return "<html><head></head><body>%s</body></html>\n" % inner


def txt2html(text):
    """Very plain conversion of a plain body into HTML paragraphs."""
    import html as _h
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [_h.escape(l) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# transport headers
# --------------------------------------------------------------------------

SES_IPS = ["54.240.8.%d" % i for i in range(10, 90)] + ["54.240.27.%d" % i for i in range(10, 60)]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def fmt_recv_date(when):
    return format_datetime(when)


def trace_headers(provider, when, rcpt, src_host, src_ip, mailfrom, auth,
                  dkim_domains=(), forged_ar=None):
    """Return list of (name, value) trace headers, topmost first.

    provider: gmail | outlook | biglobe | nifty | ocn | corp | none
    auth: dict(spf=, dkim=, dmarc=, from_domain=, dkim_d=)
    """
    H = []
    t_in = when + timedelta(seconds=RNG.randrange(1, 9))
    from_domain = auth.get("from_domain") if auth else None
    if provider == "gmail":
        gid = "%s.%d.%d" % (b64s(14).replace("+", "a").replace("/", "b"), RNG.randrange(10, 99), RNG.randrange(10**8, 10**9))
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(3), hexs(4), b64s(6).replace("/", "q"),
            fmt_recv_date(t_in.astimezone(PDT)))))
        H.append(("X-Google-Smtp-Source", b64s(60) + "="))
        H.append(("X-Received", "by 2002:a17:90a:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexs(4), hexs(3), hexs(3), b64s(8).replace("/", "k"), RNG.randrange(1, 99),
            RNG.randrange(10**12, 10**13), fmt_recv_date(t_in.astimezone(PDT)))))
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (
            int(t_in.timestamp()), b64s(60), b64s(58))))
        H.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==" % (
            b64s(43), b64s(43), b64s(64))))
        if auth is not None:
            H.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n" + gmail_ar_body(auth, mailfrom, src_ip)))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            src_host, src_host, src_ip, b64s(12).replace("/", "x").replace("+", "p"), RNG.randrange(1, 999),
            RNG.randrange(1, 99), RNG.randrange(10**6, 10**7), rcpt,
            fmt_recv_date(t_in.astimezone(PDT)))))
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            auth["spf"] if auth else "neutral", mailfrom,
            "designates" if (auth and auth["spf"] == "pass") else "does not designate", src_ip, src_ip)))
        if auth is not None:
            H.append(("Authentication-Results", "mx.google.com;\n" + gmail_ar_body(auth, mailfrom, src_ip)))
    elif provider == "outlook":
        prot = "%s%02d%s%04d" % (RNG.choice(["SN", "BN", "DM", "CH", "MW"]), RNG.randrange(1, 9),
                                  RNG.choice(["PR", "PEPF"]), RNG.randrange(1, 9999))
        H.append(("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s)\n by %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            prot, RNG.randrange(1, 20), hexs(3), hexs(2), prot.replace("PEPF", "PR"), RNG.randrange(1, 20),
            fmt_recv_date(t_in))))
        H.append(("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%s) by\n %s.outlook.office365.com (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            prot, RNG.randrange(1, 20), hexs(3), hexs(2), hexs(2), "BN%dPEPF%08d" % (RNG.randrange(1, 9), RNG.randrange(10**5)),
            hexs(3), hexs(2), hexs(2), RNG.randrange(7000, 9000), RNG.randrange(10, 40), fmt_recv_date(t_in))))
        if auth is not None:
            H.append(("Authentication-Results", outlook_ar_body(auth, mailfrom, src_ip)))
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            "Pass" if (not auth or auth["spf"] == "pass") else auth["spf"].capitalize(),
            mailfrom.split("@")[1], src_ip, src_ip, src_host)))
        H.append(("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (
            src_host, src_ip, prot, RNG.randrange(1, 250), RNG.randrange(1, 250),
            RNG.randrange(7000, 9000), RNG.randrange(10, 40), fmt_recv_date(t_in))))
    elif provider in ("biglobe", "nifty", "ocn"):
        authserv = {"biglobe": "mfilter.biglobe.ne.jp", "nifty": "mta-snd.nifty.com",
                    "ocn": "mx.ocn.ne.jp"}[provider]
        inner = {"biglobe": "mtain%02d.mail.biglobe.ne.jp" % RNG.randrange(1, 40),
                 "nifty": "mx%02d.nifty.com" % RNG.randrange(1, 20),
                 "ocn": "mfgw%02d.ocn.ad.jp" % RNG.randrange(1, 30)}[provider]
        H.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            inner, inner.replace("mtain", "mbox").replace("mx", "mbox").replace("mfgw", "mbox"),
            hexs(11).upper(), rcpt, fmt_recv_date(t_in.astimezone(JST)))))
        if auth is not None:
            dk = "dkim=none" if auth["dkim"] == "none" else "dkim=%s header.d=%s header.s=%s" % (
                auth["dkim"], auth.get("dkim_d", from_domain), auth.get("dkim_s", "224i4yxa5dv7c2xz3womw6peuasteono"))
            H.append(("Authentication-Results", "%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
                authserv, auth["spf"], mailfrom, dk, auth["dmarc"], from_domain)))
        H.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src_host, src_host, src_ip, inner, hexs(11).upper(), rcpt, fmt_recv_date(t_in.astimezone(JST)))))
    elif provider == "corp":
        H.append(("Received", "from mailgw02.internal.%s (10.20.%d.%d)\n by exch-mbx01.internal.%s (10.20.%d.%d) with Microsoft SMTP Server\n id 15.1.2507.39; %s" % (
            rcpt.split("@")[1], RNG.randrange(1, 250), RNG.randrange(1, 250), rcpt.split("@")[1],
            RNG.randrange(1, 250), RNG.randrange(1, 250), fmt_recv_date(t_in))))
        if auth is not None:
            H.append(("Authentication-Results", "mailgw02.%s;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (
                rcpt.split("@")[1], auth["dkim"], auth.get("dkim_d", from_domain), auth["spf"],
                mailfrom, auth["dmarc"], from_domain)))
        H.append(("Received", "from %s (%s [%s])\n\tby mailgw02.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src_host, src_host, src_ip, rcpt.split("@")[1], hexs(10).upper(), rcpt, fmt_recv_date(t_in))))
    elif provider == "none":
        H.append(("Received", "from %s (%s [%s])\n\tby mail.%s (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src_host, src_host, src_ip, rcpt.split("@")[1], b64s(14).replace("/", "Q").replace("+", "z"),
            rcpt, fmt_recv_date(t_in))))
    if forged_ar:
        # sender-inserted header below the trusted one: must be ignored
        H.append(("Authentication-Results", forged_ar))
    for d, s in dkim_domains:
        H.append(("DKIM-Signature", dkim_sig(d, s, when)))
    return H


def gmail_ar_body(auth, mailfrom, ip):
    fd = auth["from_domain"]
    lines = []
    if auth["dkim"] != "none":
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s" % (
            auth["dkim"], auth.get("dkim_d", fd), auth.get("dkim_s", "224i4yxa5dv7c2xz3womw6peuasteono"), b64s(8)))
        if auth.get("dkim2"):
            lines.append("       dkim=pass header.i=@%s header.s=%s header.b=%s" % (
                auth["dkim2"], auth.get("dkim2_s", "224i4yxa5dv7c2xz3womw6peuasteono"), b64s(8)))
    verb = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
            "neutral": "is neither permitted nor denied by best guess record for domain of"}[auth["spf"]]
    if auth["spf"] == "neutral":
        lines.append("       spf=neutral (google.com: %s %s) smtp.mailfrom=%s" % (ip, verb + " " + mailfrom, mailfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (
            auth["spf"], mailfrom, verb, ip, mailfrom))
    pol = auth.get("policy", "QUARANTINE")
    if auth["dmarc"] == "none":
        pass
    else:
        lines.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            auth["dmarc"], pol, pol, "NONE" if auth["dmarc"] == "pass" else pol, fd))
    return ";\n".join(lines)


def outlook_ar_body(auth, mailfrom, ip):
    fd = auth["from_domain"]
    dk = {"pass": "pass (signature was verified)", "fail": "fail (body hash did not verify)",
          "none": "none (message not signed)"}[auth["dkim"]]
    dm = {"pass": "pass action=none", "fail": "fail action=quarantine",
          "none": "none action=none", "bestguesspass": "bestguesspass action=none"}[auth["dmarc"]]
    comp = "pass reason=100" if auth["dmarc"] == "pass" else (
        "fail reason=000" if auth["dmarc"] == "fail" else "softpass reason=201")
    return "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s\n header.from=%s;compauth=%s" % (
        auth["spf"], ip, mailfrom.split("@")[1], dk, auth.get("dkim_d", fd), dm, fd, comp)


def dkim_sig(d, s, when):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t"
            "h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\t"
            "bh=%s=;\n\tb=%s\n\t%s\n\t%s=" % (s, d, int(when.timestamp()), b64s(43), b64s(70), b64s(70), b64s(30)))


# authentication presets ----------------------------------------------------
def A_AWS_PASS(fd="amazon.com"):
    return dict(spf="pass", dkim="pass", dmarc="pass", from_domain=fd, dkim_d=fd,
                dkim2="amazonses.com", dkim2_s="6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")


AWS_DKIM = (("amazon.com", "224i4yxa5dv7c2xz3womw6peuasteono"),
            ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"))


def build(fname, label, *, frm, to, subject, date, body, provider="gmail",
          auth="aws", mailfrom=None, src=None, msgid=None, extra=(), dkim=None,
          forged_ar=None, reply_to=None, cc=None, xmailer=None, new_text=None,
          pre_from=()):
    """Assemble one .eml.

    new_text: the plain text of the NEW part (used by the self check).
    """
    rcpt = re.search(r"<([^>]+)>", to).group(1) if "<" in to else to
    from_email = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    from_domain = from_email.split("@")[1]
    if auth == "aws":
        auth = A_AWS_PASS(from_domain)
    if mailfrom is None:
        if from_domain.endswith("amazon.com"):
            mailfrom = "0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com" % (
                int(date.timestamp() * 1000), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
        else:
            mailfrom = "bounces+%d@%s" % (RNG.randrange(10**6, 10**7), from_domain)
    if src is None:
        ip = RNG.choice(SES_IPS)
        src = (ses_host(ip), ip)
    if dkim is None:
        dkim = AWS_DKIM if from_domain.endswith("amazon.com") else ((from_domain, "s1"),)
    if msgid is None:
        msgid = ses_msgid(date) if mailfrom.endswith("amazonses.com") else "<%s.%s@%s>" % (
            hexs(16), hexs(8), from_domain)
    H = trace_headers(provider, date, rcpt, src[0], src[1], mailfrom, auth,
                      dkim_domains=dkim, forged_ar=forged_ar)
    H = list(pre_from) + H
    H.append(("From", frm))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", subject))
    H.append(("Date", format_datetime(date)))
    H.append(("Message-ID", msgid))
    for k, v in extra:
        H.append((k, v))
    if xmailer:
        H.append(("X-Mailer", xmailer))
    H.append(("MIME-Version", "1.0"))
    root = body
    # move body's content headers after ours
    content = [(k, v) for k, v in root._headers]
    root._headers = []
    for k, v in H:
        root[k] = v
    for k, v in content:
        root[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32).flatten(root)
    data = buf.getvalue().replace(b"\r\n", b"\n")
    label = dict(label)
    label["_new"] = new_text
    MAILS.append((fname, data, label))


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# common bits
# --------------------------------------------------------------------------
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CONSOLE_FOOTER = """Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: If you are connecting by federation, you must log in before following this link.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

RATE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""



def finish():
    import email
    from email.header import decode_header, make_header
    idre = re.compile(r"(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)", re.I)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    problems = []
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        new = label.pop("_new")
        labels[fname] = label
        msg = email.message_from_bytes(data)
        subj = str(make_header(decode_header(msg["Subject"] or "")))
        texts = [subj]
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                cs = p.get_content_charset() or "us-ascii"
                raw = p.get_payload(decode=True)
                try:
                    t = raw.decode(cs, "replace")
                except LookupError:
                    t = raw.decode("utf-8", "replace")
                if p.get_content_subtype() == "html":
                    import html as _h
                    t = _h.unescape(re.sub(r"<[^>]+>", " ", t))
                texts.append(t)
        full = "\n".join(texts)
        if label["case_id"] and label["case_id"] not in full:
            problems.append((fname, "case id not in text", label["case_id"]))
        for a in label["account_ids"]:
            if a[3:] not in full:
                problems.append((fname, "account id not in text", a))
        if new is None:
            problems.append((fname, "no new_text given"))
        else:
            found = sorted(set("AWS" + m for m in idre.findall(new)))
            if found != label["account_ids"]:
                problems.append((fname, "ids in new text differ", found, label["account_ids"]))
            for m in idre.findall(new):
                if m not in full:
                    problems.append((fname, "new-text id missing from mail", m))
        if label["case_id"] and len(label["case_id"]) == 15:
            from email.utils import parsedate_to_datetime
            opened = int(label["case_id"][:10])
            sent = parsedate_to_datetime(msg["Date"]).timestamp()
            if not (0 <= sent - opened < 40 * 86400):
                problems.append((fname, "15-digit case id vs Date", sent - opened))
        for line in data.split(b"\n"):
            if len(line) > 998:
                problems.append((fname, "line too long"))
                break
        if label["sender_verified"] is None and "Authentication-Results" in msg:
            problems.append((fname, "null verified but has AR"))
        if label["sender_verified"] is not None and "Authentication-Results" not in msg:
            problems.append((fname, "verified set but no AR"))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), "mails", dict(Counter(l["kind"] for l in labels.values())))
    print("langs", dict(Counter(l["language"] for l in labels.values())))
    names = [m[0] for m in MAILS]
    if len(names) != len(set(names)):
        problems.append(("duplicate file names",))
    for p in problems:
        print("PROBLEM", p)


# ==========================================================================
# THE MAILS
# ==========================================================================

# --------------------------------------------------------------------------
# threads / people
# --------------------------------------------------------------------------
DAN = "Daniel Okafor <daniel.okafor.dev@gmail.com>"
A_OPEN = dt(2025, 5, 26, 21, 14, 9)
A_CID = case15(A_OPEN)
A_KEEP, A_OLD = "AWS04417283", "AWS09925106"

PRIYA = "Priya Raman <priya.raman@outlook.com>"
B_OPEN = dt(2025, 9, 15, 6, 40, 51)
B_CID = case15(B_OPEN)
B_KEEP, B_X1, B_X2 = "AWS11873320", "AWS20561948", "AWS37702215"

KEN_ADDR = "k-sato@kne.biglobe.ne.jp"
KEN = "%s <%s>" % (Header("佐藤 健", "iso-2022-jp").encode(), KEN_ADDR)
C_OPEN = dt(2025, 3, 4, 1, 12, 33)
C_CID = case15(C_OPEN)
C_KEEP, C_OLD = "AWS52038817", "AWS60019342"

MARTA = "Marta Kowalczyk <marta.kowalczyk@gmail.com>"
D_CID = "10482736519"
D_OPEN = dt(2022, 6, 13, 9, 2, 40)
D_KEEP, D_OLD = "AWS71552034", "AWS80346127"

KEVIN = "Kevin Tran <ktran@tranworks.io>"
E_CID = "7193846205"
E_OPEN = dt(2020, 2, 18, 16, 25, 3)
E_KEEP, E_OLD = "AWS00318874", "AWS02764519"

LUCIA = "=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fdz@gmail.com>"
F_OPEN = dt(2024, 11, 5, 13, 47, 20)
F_CID = case15(F_OPEN)
F_KEEP, F_OLD = "AWS43390176", "AWS45512608"

TOM = "Tom Whitfield <t.whitfield@outlook.com>"
G_OPEN = dt(2025, 7, 2, 10, 5, 44)
G_CID = case15(G_OPEN)
G_KEEP, G_OLD = "AWS66120985", "AWS68804431"

HIRO = "Hiroshi Tanaka <h.tanaka77@nifty.com>"
H_OPEN = dt(2025, 1, 20, 23, 58, 2)
H_CID = case15(H_OPEN)
H_KEEP, H_OLD = "AWS73015528", "AWS77290043"

JIWOO = "Ji-woo Park <jiwoo.park.cloud@gmail.com>"
I_OPEN = dt(2024, 8, 12, 4, 31, 15)
I_CID = case15(I_OPEN)
I_KEEP, I_OLD = "AWS84410029", "AWS85093371"

# ---- 001 ------------------------------------------------------------------
t = A_OPEN + timedelta(seconds=41)
new = f"""Hello,

Thanks for getting in touch with AWS Training and Certification.

This note is just to let you know that your request reached us and is now logged under case {A_CID}. One of our team members will get back to you, typically within 24 hours (business days).

While you wait, a few things that help us help you faster:
- Please don't submit the form again for the same request, a second ticket only puts you further back in the queue.
- If you have something to add, just reply to this e-mail and keep the case number in the subject line.

Kind regards,
AWS Training and Certification Customer Support
"""
html = html_wrap(txt2html(new) + '\n<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>', "AWS Training and Certification")
build("001-form-ack-request-logged.eml", L("case_created", A_CID, [], True),
      frm=FORM_FROM, to=DAN, subject=f"[CASE {A_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new + "\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210\n"), part(html, "html")]),
      provider="gmail", new_text=new,
      extra=[("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)), ("X-SES-Outgoing", "2025.05.26-54.240.8.44")])

# ---- 002 ------------------------------------------------------------------
t = B_OPEN + timedelta(seconds=12)
new = f"""Thank you for contacting Amazon Web Services. We have opened case {B_CID} to address your issue.

The details of your case are as follows:

Case ID: {B_CID}
Subject: Please combine my certification profiles (3 candidate IDs)
Severity: General guidance
Correspondence: Hello, over the years I ended up with three AWS Certification profiles because of employer-sponsored exams. They are AWS11873320 (personal, the one I want to keep), AWS-20561948 (old employer) and aws 37702215 (created by Pearson VUE by mistake i think). Could you bring everything under the first one? Thank you, Priya

We will respond as soon as possible. If you would like to add information to this case, please do so through the Support Center.

Best regards,

Amazon Web Services

"""
body = new + CONSOLE_FOOTER.format(cid=B_CID) + "\n"
build("002-console-new-case-three-ids.eml", L("case_created", B_CID, [B_KEEP, B_X1, B_X2], True),
      frm=NOREPLY, to=PRIYA, subject=f"Amazon Web Services: You have opened a new Support case: {B_CID}",
      date=t, body=part(body, cte="quoted-printable"), provider="outlook", new_text=new)

# ---- 003 ------------------------------------------------------------------
t = D_OPEN + timedelta(seconds=58)
new = f"""Dear Customer,

We confirm receipt of your message to AWS Training and Certification. Your inquiry has been logged with the reference number {D_CID}.

What happens next:
  * Your request is placed in our queue and handled in the order received.
  * An associate will review it and reply to this email address. Current response time: 1-2 business days.
  * Please quote the reference number above in all further correspondence.

We appreciate your patience.

AWS Training and Certification
https://aws.amazon.com/training
"""
html = html_wrap(txt2html(new), "We received your inquiry")
build("003-form-ack-2022-reference-number.eml", L("case_created", D_CID, [], True),
      frm=FORM_FROM, to=MARTA, subject=f"[CASE {D_CID}] We received your inquiry - AWS Training and Certification",
      date=t, body=multipart("alternative", [part(new, cte="7bit", charset="us-ascii"), part(html, "html", cte="quoted-printable")]),
      provider="gmail", new_text=new)

# ---- 004 (ja) -------------------------------------------------------------
t = C_OPEN + timedelta(seconds=9)
new = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {C_CID} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C_CID}
件名: 認定アカウントの統合について
重要度: 一般的な質問
内容: お世話になっております。認定試験のアカウントが二つあります（AWS52038817 と AWS60019342）。一つにまとめていただくことは可能でしょうか。よろしくお願いいたします。

できるだけ早く回答いたします。このケースに情報を追加する場合は、サポートセンターからお願いいたします。

よろしくお願いいたします。

Amazon Web Services

"""
footer = f"""ご注意: このメールは受信専用のアドレスから送信されています。

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&language=ja

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
build("004-console-new-case-ja.eml", L("case_created", C_CID, [C_KEEP, C_OLD], True, "ja"),
      frm=NOREPLY, to=KEN, subject="Amazon Web Services: " + ew_jis("新しいサポートケースが作成されました") + f": {C_CID}",
      date=t, body=part(new + footer, charset="iso-2022-jp", cte="7bit"), provider="biglobe", new_text=new)

# ---- 005 ------------------------------------------------------------------
t = G_OPEN + timedelta(seconds=30)
new_txt = f"""Hi there,
We’ve received your request – thank you!
Your case number: {G_CID}
A specialist from our Training & Certification team will take a look and reply by email, usually within one business day. No need to resend the form; if you have extra details, reply to this message and they will be attached to the same case.
Cheers,
The AWS Training & Certification Support Team
"""
html = html_wrap(f"""<div style="max-width:600px;margin:auto">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="90">
<h2 style="color:#232f3e">Hi there,</h2>
<p>We&#8217;ve received your request &ndash; thank you!</p>
<table style="border:1px solid #d5dbdb;padding:8px"><tr><td><b>Your case number:</b></td><td>{G_CID}</td></tr></table>
<p>A specialist from our Training &amp; Certification team will take a look and reply by email, usually within one business day. No need to resend the form; if you have extra details, reply to this message and they will be attached to the same case.</p>
<p>Cheers,<br>The AWS Training &amp; Certification Support Team</p>
<p style="font-size:10px;color:#879596">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div>""", "Case received")
build("005-form-ack-html-only-base64.eml", L("case_created", G_CID, [], True),
      frm=FORM_FROM, to=TOM, subject=ew(f"We’ve received your request – Case {G_CID} – AWS Training & Certification", "utf-8", "B", 50),
      date=t, body=part(html, "html", cte="base64"), provider="outlook", new_text=new_txt)

# ---- 006 ------------------------------------------------------------------
t = E_OPEN + timedelta(minutes=1, seconds=4)
new = f"""Hello Kevin,

Your case number is {E_CID}.

Someone from the AWS Training and Certification team will reach out to you shortly. Please allow 1-2 business days for a response.

Please do not reply to this message with a new subject line, as that may create a separate case.

Regards,
AWS Training and Certification
"""
build("006-ack-2020-ten-digit-no-auth.eml", L("case_created", E_CID, [], None),
      frm=FORM_FROM, to=KEVIN, subject=f"Your AWS Training and Certification case {E_CID} has been created",
      date=t, body=part(new, charset="us-ascii", cte="7bit"), provider="none", new_text=new,
      msgid="<%s@email.amazonses.com>" % ("0100" + "%012x" % int(t.timestamp() * 1000) + "-" + hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12) + "-000000"))

# ---- 007 phishing: case opened about the merge ---------------------------
t = dt(2025, 6, 3, 14, 2, 7)
fake_cid = "1748958122" + "40317"
new = f"""Dear Candidate,

We have opened ticket {fake_cid} regarding the consolidation of your AWS Certification profiles.

To make sure your exam history and digital badges are not lost during this process, our system requires a one-time identity check within 48 hours of this notice. After that window the ticket is closed automatically and the profiles may be locked.

Verify here: http://aws-certification-desk.com/verify?ticket={fake_cid}

Thank you for your cooperation,
AWS Certification Support Desk
"""
build("007-phish-ticket-opened-lookalike.eml", L("case_created", fake_cid, [], False),
      frm='"AWS Certification Support" <support@aws-certification-desk.com>', to=DAN,
      subject=f"Ticket {fake_cid} opened: certification profile consolidation - action required",
      date=t, body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="aws-certification-desk.com", policy="NONE"),
      mailfrom="bounce@mail.aws-certification-desk.com", src=("mail.aws-certification-desk.com", "185.234.72.19"),
      dkim=(("aws-certification-desk.com", "default"),), new_text=new)

# ---- 008 ------------------------------------------------------------------
t = H_OPEN + timedelta(seconds=47)
new = f"""Hello,

This is an automated confirmation. Case {H_CID} has been created from the contact form you submitted on the AWS Training and Certification website. Please keep this number for your records.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS73015528
Description: I have second certmetrics account aws-77290043 which I made with my company mail in 2021. Please merge it into my main account.

An agent will review the above and contact you at this address. Most requests receive a first response within 24 hours.

AWS Training and Certification Support
"""
build("008-form-ack-with-submission-summary.eml", L("case_created", H_CID, [H_KEEP, H_OLD], True),
      frm=FORM_FROM, to=HIRO, subject=f"[CASE {H_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new)), "html", cte="quoted-printable")]),
      provider="nifty", new_text=new)

# ---- 009 confirmation, Aravind ------------------------------------------
t = A_OPEN + timedelta(hours=19, minutes=22, seconds=5)
new = f"""Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us, I have gone through your request and I can see both the profiles are under your name. Kindly find below details:

Primary profile (will remain active) : {A_KEEP} - daniel.okafor.dev@gmail.com
Secondary profile (will be closed after transfer of records) : {A_OLD} - d.okafor@northwind-consult.com

Once we go ahead, all the certification history, exam transcript and benefits from the secondary profile will be shifted to the primary and the secondary one will be deactivated. Please be informed this process is permanent and can not be reversed later.

Request you to kindly revert on this email stating that above details are correct so that we can take it forward.

Thanks & Regards,
Aravind K.
AWS Training and Certification Support
"""
orig = f"""Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS Candidate ID: {A_KEEP}
Description: Hi, I accidentally created a second certification account with my work email when I booked my SAA exam. Old one is {A_OLD}. Please move everything to the gmail one. thanks, Daniel"""
body = new + "\n\n---------- Original Message ----------\n" + orig + "\n"
build("009-confirm-primary-secondary-revert.eml", L("merge_confirmation_requested", A_CID, [A_KEEP, A_OLD], True),
      frm=FORM_FROM, to=DAN, subject=f"RE:[CASE {A_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(body), part(html_wrap(txt2html(new) + "<hr>" + txt2html(orig)), "html")]),
      provider="gmail", new_text=new)

# ---- 010 confirmation, Joyce, bullets ---------------------------------------
t = B_OPEN + timedelta(days=1, hours=3, minutes=11)
new = f"""Hello Priya,

Thank you for your patience. Checked all 3 profiles, same name + DOB on each so we can action this. Summary of what will happen:

 - surviving profile: {B_KEEP} (priya.raman@outlook.com)
 - to be folded in: AWS {B_X1[3:]} , AWS {B_X2[3:]}
 - all certs / transcripts / exam history -> moved over to {B_KEEP}
 - the 2 other profiles deactivated afterwards, no login possible
 - irreversable, cant split them again later

Pls reply on the case with "I confirm" (or let me know if anything above is off) - we wont start until we hear back from you.

Best regards,
Joyce R.
Amazon Web Services

"""
body = new + RATE_FOOTER + "\n" + CONSOLE_FOOTER.format(cid=B_CID) + "\n"
build("010-confirm-bullets-three-profiles.eml", L("merge_confirmation_requested", B_CID, [B_KEEP, B_X1, B_X2], True),
      frm=NOREPLY, to=PRIYA, subject=f"RE:[CASE {B_CID}] Please combine my certification profiles (3 candidate IDs)",
      date=t, body=part(body, cte="quoted-printable"), provider="outlook", new_text=new)

# ---- 011 confirmation, Tomasz, 2022, consolidate wording ---------------------
t = D_OPEN + timedelta(days=2, hours=1, minutes=40)
new = f"""Dear Ms Kowalczyk,

Many thanks for the additional information.

Having reviewed both profiles, I am able to consolidate them for you. For the avoidance of doubt, this is what I intend to do:

Profile to be retained: {D_KEEP} (sign-in: marta.kowalczyk@gmail.com)
Profile to be retired: {D_OLD} (sign-in: m.kowalczyk@fabrikam.pl)

Your exam history, active certifications and any unused benefits held on the retired profile will be transferred to the retained one, after which the retired profile will no longer be accessible. Please be aware this cannot be undone once actioned.

Could you kindly reply to this e-mail to let me know you are happy for me to go ahead on that basis? I shan't make any changes until I have heard from you.

Kind regards,

Tomasz W.
AWS Training and Certification
"""
quoted = f"""On Wed, 15 Jun 2022 at 07:51, Marta Kowalczyk <marta.kowalczyk@gmail.com> wrote:
> Hello,
>
> The second account is the one with my work address, I think the number is
> AWS80346172 but I'm not 100% sure. I would like to keep the gmail one.
>
> Regards
> Marta
>
> On Tue, 14 Jun 2022 at 16:20, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Marta,
> >
> > Could you please provide the e-mail address used for each account and
> > let us know which one you would like to keep?
> >
> > Thanks,
> > Bianca L.
"""
build("011-confirm-retain-retire-2022.eml", L("merge_confirmation_requested", D_CID, [D_KEEP, D_OLD], True),
      frm=FORM_FROM, to=MARTA, subject=f"RE:[CASE {D_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, charset="us-ascii", cte="7bit"), provider="gmail", new_text=new)

# ---- 012 confirmation, ja keigo, Shift_JIS ----------------------------------
t = C_OPEN + timedelta(days=1, hours=6, minutes=3)
new = f"""佐藤 健 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポート担当の山田でございます。

お問い合わせいただきましたアカウント統合の件につきまして、以下の内容で手続きを進めさせていただく予定でございます。

　統合後に残るアカウント：{C_KEEP}
　統合元（無効化される）アカウント：{C_OLD}

統合元のアカウントに登録されている認定資格、受験履歴および特典は、すべて統合後に残るアカウントへ移行されます。
なお、一度統合いたしますと元に戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがないか、ご確認のうえ本メールにご返信いただけますでしょうか。
ご返信を確認次第、手続きを開始させていただきます。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
山田
"""
quoted = f"""
2025年3月4日(火) 10:12 {"佐藤 健"} <{KEN_ADDR}>:
> お世話になっております。認定試験のアカウントが二つあります（{C_KEEP} と {C_OLD}）。
> 一つにまとめていただくことは可能でしょうか。
> よろしくお願いいたします。
"""
build("012-confirm-ja-keigo-sjis.eml", L("merge_confirmation_requested", C_CID, [C_KEEP, C_OLD], True, "ja"),
      frm=NOREPLY, to=KEN, subject=ew_jis("RE:[CASE %s] 認定アカウントの統合について" % C_CID),
      date=t, body=part(new + quoted, charset="shift_jis", cte="base64"), provider="biglobe", new_text=new)

# ---- 013 phishing confirmation, look-alike domain ---------------------------
t = G_OPEN + timedelta(days=1, hours=5)
new = f"""Hello,

Your request to merge AWS Certification accounts has been reviewed.

Source account: {G_OLD}
Destination account: {G_KEEP}

To approve the merge, please confirm by signing in with your AWS Certification credentials at the secure link below. Requests not confirmed within 24 hours are cancelled and your certifications may become unavailable.

>> Confirm merge: https://awscertification-support.net/merge/confirm?id={G_CID}

AWS Training & Certification
"""
build("013-phish-confirm-lookalike-domain.eml", L("merge_confirmation_requested", G_CID, [G_KEEP, G_OLD], False),
      frm='"AWS Training & Certification" <no-reply@awscertification-support.net>', to=TOM,
      subject=f"Action needed: confirm merge for case {G_CID}", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"),
                                      part(html_wrap(txt2html(new).replace("https://awscertification-support.net/merge/confirm?id=" + G_CID, '<a href="https://awscertification-support.net/merge/confirm?id=%s">Confirm merge</a>' % G_CID), style="plain"), "html")]),
      provider="outlook", auth=dict(spf="pass", dkim="none", dmarc="none", from_domain="awscertification-support.net"),
      mailfrom="no-reply@awscertification-support.net", src=("vps-8812.hostkey-cloud.net", "91.212.150.34"), dkim=(), new_text=new)

# ---- 014 spoofed amazon.com From, topmost AR dmarc=fail ----------------------
t = F_OPEN + timedelta(days=1, hours=8, minutes=17)
new = f"""Dear Lucia,

As part of your case we are ready to combine your AWS Certification profiles:

   {F_OLD}  ->  {F_KEEP}

Please confirm the above is correct by replying with your full name, date of birth and the password of the profile {F_OLD} so our team can verify ownership before processing.

Best regards,
AWS Training and Certification
"""
forged = "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"
build("014-spoof-amazon-from-dmarc-fail.eml", L("merge_confirmation_requested", F_CID, [F_KEEP, F_OLD], False),
      frm=FORM_FROM, to=LUCIA, subject=f"RE:[CASE {F_CID}] {FORM_SUBJ}", date=t,
      body=part(new, charset="utf-8", cte="8bit"), provider="gmail",
      auth=dict(spf="softfail", dkim="none", dmarc="fail", from_domain="amazon.com", policy="QUARANTINE"),
      mailfrom="info@tandem-promo.biz", src=("srv1.tandem-promo.biz", "45.141.87.202"), dkim=(),
      forged_ar=forged, msgid="<20241106215402.8812.7719@srv1.tandem-promo.biz>", new_text=new)

# ---- 015 confirmation, Kristine Mae, cheerful run-on -------------------------
t = F_OPEN + timedelta(days=1, hours=20, minutes=2)
new = f"""Hi Lucía!

Thanks so much for reaching out and sorry for the wait, we had a bit of a backlog this week 😊

So I looked into both of your AWS Certification profiles and good news, they can be linked together into one, here is how it would look like on our side:

  ✔ Keeping: {F_KEEP} (lucia.fdz@gmail.com)
  ✖ Closing: {F_OLD} (lucia.fernandez@contoso-retail.es)

Everything on the one we're closing (your Cloud Practitioner and the Developer Associate, plus the 50% voucher you haven't used yet) gets carried over to the one we're keeping and the closed one can't be brought back afterwards, so I just need a quick reply from you saying that's ok before I submit it. Once the merge is complete you will recieve a separate note from me.

Just hit reply, a simple "yes, go ahead" works!

Warmly,
Kristine Mae D.
AWS Training and Certification | Customer Support
"""
html = html_wrap(txt2html(new), "Your case")
build("015-confirm-keeping-closing-cheerful.eml", L("merge_confirmation_requested", F_CID, [F_KEEP, F_OLD], True),
      frm=FORM_FROM, to=LUCIA, subject=f"RE:[CASE {F_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html, "html", cte="base64")]),
      provider="gmail", new_text=new)

# ---- 016 confirmation after user chose, Mohammed, Outlook-style history -----
t = I_OPEN + timedelta(days=3, hours=2, minutes=48)
new = f"""Dear Ji-woo,

Thank you for the information you have provided and as per your reply we will be keeping the profile {I_KEEP} and moving the records from aws{I_OLD[3:]} into it, before I submit this to our backend team could you please confirm one last time that this is correct, just reply "Yes" to this email and I will submit it right away, kindly note once done it can not be reverted.

Regards,
Mohammed
AWS Training & Certification Support
"""
quoted = f"""________________________________
From: Ji-woo Park <jiwoo.park.cloud@gmail.com>
Sent: Wednesday, August 14, 2024 9:03 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hi, please keep {I_KEEP}, that's my personal email. The other one ({I_OLD}) is from university. There is also AWS85093317 on my old CV but I don't think that one exists.

Ji-woo

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, August 13, 2024 11:40 AM
To: jiwoo.park.cloud@gmail.com
Subject: RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance

Dear Ji-woo,
Which profile would you like to keep as the main one?
Regards, Mohammed
"""
build("016-confirm-after-choice-outlook-history.eml", L("merge_confirmation_requested", I_CID, [I_KEEP, I_OLD], True),
      frm=FORM_FROM, to=JIWOO, subject=f"RE:[CASE {I_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, cte="quoted-printable"), provider="gmail", new_text=new)

# ---- 017 completed, Aravind -------------------------------------------------
t = A_OPEN + timedelta(days=2, hours=14, minutes=2)
new = f"""Hello Daniel,

Greetings of the day!

This is to inform you that the requested activity has been done successfully from our end and all the certifications which were earlier under {A_OLD} are now reflecting under {A_KEEP}. The profile {A_OLD} is deactivated and you will not be able to login to it anymore.

Kindly allow 24-48 hours for the changes to reflect on Credly and on your benefits page. If still you face any issue please feel free to write back to us on this same email.

Thanks & Regards,
Aravind K.
AWS Training and Certification Support
"""
quoted = f"""On Tue, May 27, 2025 at 6:11 PM Daniel Okafor <daniel.okafor.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Daniel
>
> On Tue, May 27, 2025 at 4:36 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hello Daniel,
>>
>> Primary profile (will remain active) : {A_KEEP}
>> Secondary profile (will be closed after transfer of records) : {A_OLD}
>>
>> Request you to kindly revert on this email stating that above details are
>> correct so that we can take it forward.
>>
>> Thanks & Regards,
>> Aravind K.
"""
build("017-completed-requested-activity-done.eml", L("merge_completed", A_CID, [A_KEEP, A_OLD], True),
      frm=FORM_FROM, to=DAN, subject=f"RE:[CASE {A_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new + "\n" + quoted), part(html_wrap(txt2html(new) + "<blockquote>" + txt2html(quoted) + "</blockquote>"), "html")]),
      provider="gmail", new_text=new)

# ---- 018 completed, Joyce bullets ----------------------------------------------
t = B_OPEN + timedelta(days=3, hours=1, minutes=30)
new = f"""Hello Priya,

Update on your request:
 - AWS-{B_X1[3:]} + AWS-{B_X2[3:]} : deactivated
 - all certs & exam history now sitting on {B_KEEP}
 - it was process on our side this morning, no further action needed from you
 - log out / back in if the dashboard still shows old info

Thanks for confirming so quickly.

Best regards,
Joyce R.
Amazon Web Services

"""
body = new + RATE_FOOTER + "\n" + CONSOLE_FOOTER.format(cid=B_CID) + "\n"
build("018-completed-bullets-deactivated.eml", L("merge_completed", B_CID, [B_KEEP, B_X1, B_X2], True),
      frm=NOREPLY, to=PRIYA, subject=f"RE:[CASE {B_CID}] Please combine my certification profiles (3 candidate IDs)",
      date=t, body=part(body, cte="quoted-printable"), provider="outlook", new_text=new)

# ---- 019 completed + other question (Credly), Tomasz 2022 ----------------------
t = D_OPEN + timedelta(days=3, hours=5, minutes=12)
new = f"""Dear Ms Kowalczyk,

Thank you for confirming.

I am pleased to let you know that your two profiles have now been consolidated. Everything that was held on {D_OLD} now sits on {D_KEEP}, and the former has been closed.

One further point: your digital badges were issued to your work address and so remain on a separate Credly account. Would you like me to ask Credly to move them across to marta.kowalczyk@gmail.com as well? If so, please simply reply and I will raise it with them.

Kind regards,

Tomasz W.
AWS Training and Certification
"""
quoted = f"""-----Original Message-----
From: Marta Kowalczyk <marta.kowalczyk@gmail.com>
Sent: 15 June 2022 12:03
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {D_CID}] [AWS Training and Certification Form Submission] - account-assistance

Yes, this is correct, please go ahead.
Marta
"""
build("019-completed-consolidated-asks-about-credly.eml", L("merge_completed", D_CID, [D_KEEP, D_OLD], True),
      frm=FORM_FROM, to=MARTA, subject=f"RE:[CASE {D_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, charset="us-ascii", cte="7bit"), provider="gmail", new_text=new)

# ---- 020 completed + closing the case, Kristine ----------------------------------
t = F_OPEN + timedelta(days=3, hours=2, minutes=55)
new = f"""Hi Lucía!

Great news, it's all sorted 🎉 Your Cloud Practitioner and Developer Associate are now both showing on {F_KEEP} and your voucher came over too, and {F_OLD} has been closed like we discussed.

Since there's nothing else pending I'll be marking this case as resolved today, you might get a short survey from us after this, it only takes a minute and really helps me out!

Warmly,
Kristine Mae D.
AWS Training and Certification | Customer Support
"""
quoted = f"""On Thu, 7 Nov 2024 at 10:14, Lucía Fernández <lucia.fdz@gmail.com> wrote:
> yes, go ahead 🙂 thank you!
"""
build("020-completed-and-resolving-case.eml", L("merge_completed", F_CID, [F_KEEP, F_OLD], True),
      frm=FORM_FROM, to=LUCIA, subject=f"RE:[CASE {F_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new + "\n" + quoted, cte="base64"), part(html_wrap(txt2html(new) + "<blockquote style='border-left:1px solid #ccc;padding-left:8px'>" + txt2html(quoted) + "</blockquote>"), "html", cte="base64")]),
      provider="gmail", new_text=new)

# ---- 021 completed, ja, ISO-2022-JP ----------------------------------------------
t = C_OPEN + timedelta(days=2, hours=23, minutes=30)
new = f"""佐藤 健 様

いつもお世話になっております。AWS トレーニングと認定サポートの山田でございます。

ご確認のご返信をいただき、誠にありがとうございました。
ご依頼いただきましたお手続きが完了いたしましたので、ご報告申し上げます。

{C_OLD} に登録されておりました認定資格および受験履歴は、今後 {C_KEEP} にてご確認いただけます。
{C_OLD} は無効化されておりますため、ログインはできなくなっております。

反映までにお時間を要する場合がございます。数日経過しても表示に差異がございましたら、お気軽にご連絡くださいませ。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
2025年3月5日(水) 19:40 佐藤 健 <{KEN_ADDR}>:
> 山田様
>
> ご連絡ありがとうございます。記載の内容で問題ございません。
> 手続きをお願いいたします。
>
> 佐藤
"""
build("021-completed-ja-iso2022jp.eml", L("merge_completed", C_CID, [C_KEEP, C_OLD], True, "ja"),
      frm=NOREPLY, to=KEN, subject=ew_jis("RE:[CASE %s] 認定アカウントの統合について" % C_CID),
      date=t, body=part(new + quoted, charset="iso-2022-jp", cte="7bit"), provider="biglobe", new_text=new)

# ---- 022 completed, wrong charset label (cp1252 labelled iso-8859-1) ------------
t = H_OPEN + timedelta(days=2, hours=9, minutes=41)
new = f"""Dear Hiroshi,

Thank you for your reply and for your patience, we have now processed your request and your certification records have been moved over into the account {H_KEEP} and the other account aws{H_OLD[3:]} is no longer active so please use {H_KEEP} going forward and you may need to log out and log back in to see the changes as well as clear your browser “cache” if the old details still shows.

Regards,
Mohammed
AWS Training & Certification Support
"""
quoted = f"""-----Original Message-----
From: Hiroshi Tanaka <h.tanaka77@nifty.com>
Sent: Wednesday, January 22, 2025 8:15 AM
Subject: Re: RE:[CASE {H_CID}] [AWS Training and Certification Form Submission] - account-assistance

Yes, I confirm. Keep {H_KEEP}.
"""
build("022-completed-runon-wrong-charset.eml", L("merge_completed", H_CID, [H_KEEP, H_OLD], True),
      frm=FORM_FROM, to=HIRO, subject=f"RE:[CASE {H_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, charset="cp1252", label="iso-8859-1", cte="quoted-printable"),
      provider="nifty", new_text=new)

# ---- 023 completed, 2020, typos, no AR ---------------------------------------
t = E_OPEN + timedelta(days=1, hours=22, minutes=5)
new = f"""Hi Kevin,

Thank you for confirming. Your account {E_OLD} has been succesfully combined in to {E_KEEP}, you should now see all you're certifications when logging in to the AWS Certification account with ktran@tranworks.io .

Please note the old login will not work anymore.

Regards
Bianca L.
AWS Training and Certification
"""
quoted = f"""> From: Kevin Tran <ktran@tranworks.io>
> Date: Wednesday, February 19, 2020 at 5:02 PM
> Subject: Re: [CASE {E_CID}]
>
> Confirmed, thanks Bianca.
"""
build("023-completed-2020-typos-no-auth.eml", L("merge_completed", E_CID, [E_KEEP, E_OLD], None),
      frm=FORM_FROM, to=KEVIN, subject=f"RE: [CASE {E_CID}] AWS Certification - Account Merge Request",
      date=t, body=part(new + "\n" + quoted, charset="us-ascii", cte="7bit"), provider="none", new_text=new)

# ---- 024 spoofed "done" notice, Outlook dmarc=fail --------------------------
t = G_OPEN + timedelta(days=2, hours=16, minutes=3)
new = f"""Hello Tom,

The transfer of your certifications from {G_OLD} to {G_KEEP} has finished. To keep your badges and exam vouchers, sign in within 72 hours using the button below to re-validate the surviving profile.

[ Re-validate profile ]  https://aws-cert-portal.support-verify.co/login

Amazon Web Services
"""
build("024-spoof-done-outlook-dmarc-fail.eml", L("merge_completed", G_CID, [G_KEEP, G_OLD], False),
      frm=FORM_FROM, to=TOM, subject=f"RE:[CASE {G_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="outlook", auth=dict(spf="fail", dkim="none", dmarc="fail", from_domain="amazon.com"),
      mailfrom="mailer@support-verify.co", src=("mx1.support-verify.co", "193.32.162.77"), dkim=(),
      msgid="<%s@support-verify.co>" % hexs(24), new_text=new)

# ---- 025 survey: console case resolved ------------------------------------
t = B_OPEN + timedelta(days=3, hours=1, minutes=34)
new = f"""Hello,

Your support case {B_CID} (Subject: Please combine my certification profiles (3 candidate IDs)) has been marked as resolved.

Was your issue resolved?

Yes: https://console.aws.amazon.com/support/feedback?displayId={B_CID}&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?displayId={B_CID}&resolved=no

If you need more help with this issue, you can reopen the case from the Support Center within 14 days.

Thank you for using Amazon Web Services.

Amazon Web Services
"""
build("025-survey-console-resolved-yes-no.eml", L("survey", B_CID, [], True),
      frm=NOREPLY, to=PRIYA, subject=f"[Case {B_CID}] Your AWS Support case has been resolved",
      date=t, body=multipart("alternative", [part(new + "\n" + CONSOLE_FOOTER.format(cid=B_CID) + "\n"),
                                             part(html_wrap(txt2html(new)), "html")]),
      provider="outlook", new_text=new)

# ---- 026 survey: form desk, rate the agent -----------------------------------
t = A_OPEN + timedelta(days=2, hours=14, minutes=9)
new = f"""Dear Daniel,

Your case {A_CID} is now closed.

We'd really like to know how it went. It takes under a minute:

Was your issue resolved?  YES  |  NO

How would you rate the support you received from Aravind K.?
  1 - Very poor   2   3   4   5 - Excellent

Your answers go directly to the AWS Training and Certification team and are used to improve our service.

Thank you,
AWS Training and Certification
"""
html = html_wrap(f"""<p>Dear Daniel,</p>
<p>Your case {A_CID} is now closed.</p>
<p>We'd really like to know how it went. It takes under a minute:</p>
<p><b>Was your issue resolved?</b>&nbsp;
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3xF9eT2cQ?c={A_CID}&r=1">YES</a> |
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3xF9eT2cQ?c={A_CID}&r=0">NO</a></p>
<p><b>How would you rate the support you received from Aravind K.?</b><br>
""" + " ".join('<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3xF9eT2cQ?c=%s&s=%d">%d</a>' % (A_CID, i, i) for i in range(1, 6)) + """</p>
<p>Your answers go directly to the AWS Training and Certification team and are used to improve our service.</p>
<p>Thank you,<br>AWS Training and Certification</p>""", "Tell us how we did")
build("026-survey-form-closed-rate-agent.eml", L("survey", A_CID, [], True),
      frm=FORM_FROM, to=DAN, subject=f"[CASE {A_CID}] How did we do? Your feedback is requested",
      date=t, body=multipart("alternative", [part(new), part(html, "html")]), provider="gmail", new_text=new)

# ---- 027 survey: HTML-only, base64, folded encoded-word subject --------------
t = G_OPEN + timedelta(days=4, hours=2, minutes=12)
new_txt = f"""Tell us about your recent experience
Case {G_CID} has been closed. How satisfied were you with the help you got from AWS Training & Certification?
Very dissatisfied / Dissatisfied / Neutral / Satisfied / Very satisfied
Any other comments? We read every response.
"""
stars = "".join('<td style="padding:4px"><a href="https://pulse.aws/survey/TC-CSAT?case=%s&amp;score=%d" style="display:inline-block;padding:8px 10px;background:#ff9900;color:#fff;text-decoration:none;border-radius:3px">%s</a></td>' % (G_CID, i, lab)
                for i, lab in enumerate(["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"], 1))
html = html_wrap(f"""<h2 style="color:#232f3e;font-weight:normal">Tell us about your recent experience</h2>
<p>Case <b>{G_CID}</b> has been closed. How satisfied were you with the help you got from AWS Training &amp; Certification?</p>
<table><tr>{stars}</tr></table>
<p>Any other comments? <a href="https://pulse.aws/survey/TC-CSAT?case={G_CID}&amp;comment=1">We read every response.</a></p>
<p style="font-size:10px;color:#879596">You are receiving this one-time message because you recently contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</p>""", "Survey")
build("027-survey-html-only-csat.eml", L("survey", G_CID, [], True),
      frm='"AWS Training & Certification" <aws-cs-trainingcertification-form@amazon.com>', to=TOM,
      subject=ew(f"Case {G_CID}: quick question about your recent experience with AWS Training & Certification", "utf-8", "B", 48),
      date=t, body=part(html, "html", cte="base64"), provider="outlook", new_text=new_txt)

# ---- 028 closure after no reply ------------------------------------------------
t = I_OPEN + timedelta(days=10, hours=2, minutes=50)
new = f"""Dear Ji-woo,

We have not heard back from you since our last message, so your case {I_CID} has been closed for now.

Nothing is lost: if you still need us, simply reply to this e-mail within the next 14 days and the case will reopen with the full history. After that, please submit a new request through the contact form.

If you have a moment, let us know how we did:
https://pulse.aws/survey/TC-CSAT?case={I_CID}

AWS Training and Certification
"""
quoted = f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 15/08/2024 07:19
Subject: RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance

Dear Ji-woo,
... we will be keeping the profile {I_KEEP} and moving the records from aws{I_OLD[3:]} into it, before I submit this to our backend team could you please confirm one last time that this is correct ...
"""
build("028-survey-closed-no-response.eml", L("survey", I_CID, [], True),
      frm=FORM_FROM, to=JIWOO, subject=f"RE:[CASE {I_CID}] {FORM_SUBJ}", date=t,
      body=part(new + quoted, cte="quoted-printable"), provider="gmail", new_text=new)

# ---- 029 rating request only --------------------------------------------------
t = H_OPEN + timedelta(days=2, hours=10, minutes=2)
new = f"""Hello,

You recently corresponded with Mohammed about case {H_CID}.

How would you rate this correspondence?
  ★☆☆☆☆  https://support.aws.amazon.com/rate?c={H_CID}&s=1
  ★★☆☆☆  https://support.aws.amazon.com/rate?c={H_CID}&s=2
  ★★★☆☆  https://support.aws.amazon.com/rate?c={H_CID}&s=3
  ★★★★☆  https://support.aws.amazon.com/rate?c={H_CID}&s=4
  ★★★★★  https://support.aws.amazon.com/rate?c={H_CID}&s=5

Ratings are anonymous and help us coach our team.

Amazon Web Services
"""
build("029-survey-rate-correspondence-stars.eml", L("survey", H_CID, [], True),
      frm=NOREPLY, to=HIRO, subject=f"Rate your recent correspondence - Case {H_CID}",
      date=t, body=part(new, cte="quoted-printable"), provider="nifty", new_text=new)

# ---- 030 ja survey (UTF-8 base64, plain + html) ----------------------------------
t = C_OPEN + timedelta(days=2, hours=23, minutes=36)
new = f"""佐藤 健 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {C_CID} はクローズされました。

今回の対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間：約1分）。

問題は解決しましたか？
　はい：https://pulse.aws/survey/TC-CSAT-JA?case={C_CID}&r=1
　いいえ：https://pulse.aws/survey/TC-CSAT-JA?case={C_CID}&r=0

いただいたご意見は、サービス向上のために活用させていただきます。

AWS トレーニングと認定
"""
build("030-survey-ja-closed-utf8.eml", L("survey", C_CID, [], True, "ja"),
      frm=NOREPLY, to=KEN, subject=ew("ケース %s はクローズされました：アンケートのお願い" % C_CID, "utf-8", "B", 60),
      date=t, body=multipart("alternative", [part(new, cte="base64"), part(html_wrap(txt2html(new)), "html", cte="base64")]),
      provider="biglobe", new_text=new)

# ---- 031 survey over quoted completion (2022) --------------------------------
t = D_OPEN + timedelta(days=6, hours=3)
new = f"""Hello,

This case has now been closed. If you feel your question was not fully answered, just reply and it will be reopened.

We would appreciate your feedback on the service you received:
https://amazonwebservices.qualtrics.com/jfe/form/SV_bJ2kLtcY?case={D_CID}

Regards,
AWS Training and Certification
"""
quoted = f"""
---- On Thu, 16 Jun 2022 14:14:52 +0000 Amazon Web Services wrote ----
Dear Ms Kowalczyk,

I am pleased to let you know that your two profiles have now been consolidated. Everything that was held on {D_OLD} now sits on {D_KEEP}, and the former has been closed.

Kind regards,
Tomasz W.
"""
build("031-survey-closed-over-quoted-completion.eml", L("survey", D_CID, [], True),
      frm=FORM_FROM, to=MARTA, subject=f"RE:[CASE {D_CID}] {FORM_SUBJ}", date=t,
      body=part(new + quoted, charset="us-ascii", cte="7bit"), provider="gmail", new_text=new)

# ---- 032 survey: resolved notice, Lucía ------------------------------------
t = F_OPEN + timedelta(days=3, hours=3, minutes=1)
new = f"""Hi Lucía,

Your case {F_CID} was marked resolved by Kristine Mae D.

Did we fix it for you?

   [ Yes, all good ]   [ No, I still need help ]

Choosing "No" reopens the case and puts it back with the same agent.

AWS Training and Certification
"""
html = html_wrap(f"""<p>Hi Lucía,</p><p>Your case {F_CID} was marked resolved by Kristine Mae D.</p>
<p><b>Did we fix it for you?</b></p>
<p><a href="https://pulse.aws/r/{F_CID}/yes" style="background:#1d8102;color:#fff;padding:8px 14px;text-decoration:none">Yes, all good</a>
&nbsp;<a href="https://pulse.aws/r/{F_CID}/no" style="background:#d13212;color:#fff;padding:8px 14px;text-decoration:none">No, I still need help</a></p>
<p style="color:#545b64">Choosing &ldquo;No&rdquo; reopens the case and puts it back with the same agent.</p>
<p>AWS Training and Certification</p>""")
build("032-survey-resolved-did-we-fix-it.eml", L("survey", F_CID, [], True),
      frm=FORM_FROM, to=LUCIA, subject=ew(f"Lucía, did we fix it? (Case {F_CID})", "utf-8", "Q", 70),
      date=t, body=multipart("alternative", [part(new, cte="quoted-printable"), part(html, "html", cte="quoted-printable")]),
      provider="gmail", new_text=new)

# --------------------------------------------------------------------------
# Credly
# --------------------------------------------------------------------------
def uuid4s():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), RNG.choice("89ab"), hexs(3), hexs(12))


def A_CREDLY(fd="credly.com"):
    return dict(spf="pass", dkim="pass", dmarc="pass", from_domain=fd, dkim_d=fd, dkim_s="s1", policy="REJECT")


CREDLY_SRC = ("o1.ptr4432.em.credly.com", "149.72.123.%d" % RNG.randrange(2, 250))
CREDLY_FOOT = """You are receiving this email because a badge was issued to this address on Credly.
Manage email preferences: https://www.credly.com/earner/settings/notifications
Credly by Pearson | Privacy Policy: https://www.credly.com/privacy
"""

# ---- 033 Credly badge issued after merge (Daniel) ---------------------------
t = A_OPEN + timedelta(days=3, hours=4, minutes=21)
u = uuid4s()
new = f"""Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge to share it with your network and show off your achievement.

Accept your badge: https://www.credly.com/badges/{u}/accept

Congratulations!
The Credly Team
"""
html = html_wrap(f"""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge"></td></tr>
<tr><td><p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<h2 style="font-weight:600">AWS Certified Solutions Architect &ndash; Associate</h2>
<p>Accept your badge to share it with your network and show off your achievement.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{u}/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Congratulations!<br>The Credly Team</p></td></tr></table>""", style="plain")
build("033-credly-issued-accept-badge.eml", L("credly_badge_issued", None, [], True),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=DAN,
      subject=ew("Daniel, you’ve been issued a badge by Amazon Web Services Training and Certification", "utf-8", "Q", 66),
      date=t, body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT), part(html, "html")]),
      provider="gmail", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"), ("sendgrid.info", "smtpapi")),
      mailfrom="bounces+2143377-%s-daniel.okafor.dev=gmail.com@em.credly.com" % hexs(4), new_text=new)

# ---- 034 Credly: badges moved after the merge (Priya, outlook) -----------------
t = B_OPEN + timedelta(days=5, hours=7, minutes=3)
new = """Hello Priya,

Good news: the badges previously held under another email address have been transferred to your Credly account (priya.raman@outlook.com) at the request of Amazon Web Services Training and Certification.

Now in your wallet:
 • AWS Certified Cloud Practitioner
 • AWS Certified Solutions Architect – Associate
 • AWS Certified Data Engineer – Associate

Each badge has been issued to you and is ready to share. View them at https://www.credly.com/users/priya-raman.2f1c/badges

The Credly Team
"""
build("034-credly-badges-transferred-after-merge.eml", L("credly_badge_issued", None, [], True),
      frm='"Credly" <admin@credly.com>', to=PRIYA,
      subject="Your badges have a new home on Credly",
      date=t, body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT, cte="quoted-printable"), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="outlook", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-priya.raman=outlook.com@em.credly.com" % hexs(4), new_text=new)

# ---- 035 Acclaim (2020) -------------------------------------------------------
t = E_OPEN + timedelta(days=3, hours=2, minutes=9)
u = uuid4s()
new = f"""Kevin, you've been issued a badge

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Claim it now to start sharing it on LinkedIn, in your email signature and elsewhere.

Accept Badge: https://www.youracclaim.com/badges/{u}/accept

Questions? Visit https://support.youracclaim.com

Acclaim, powered by Credly
"""
build("035-acclaim-2020-badge-issued.eml", L("credly_badge_issued", None, [], True),
      frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to=KEVIN,
      subject="Kevin, you've been issued a badge by Amazon Web Services Training and Certification",
      date=t, body=multipart("alternative", [part(new, charset="us-ascii", cte="7bit"), part(html_wrap(txt2html(new), style="plain"), "html", cte="quoted-printable")]),
      provider="corp", auth=A_CREDLY("youracclaim.com"), src=("o3.email.youracclaim.com", "167.89.55.%d" % RNG.randrange(2, 250)),
      dkim=(("youracclaim.com", "s1"),), mailfrom="bounces+1871002-%s-ktran=tranworks.io@email.youracclaim.com" % hexs(4), new_text=new)

# ---- 036 Credly HTML-only QP (Tom) ----------------------------------------------
t = G_OPEN + timedelta(days=3, hours=8, minutes=44)
u = uuid4s()
new_txt = """A new credential is waiting for you
Tom, Amazon Web Services Training and Certification recognised your achievement with AWS Certified Cloud Practitioner.
Claim your badge
Claimed badges can be shared on LinkedIn, added to your resume and verified by employers at any time.
"""
html = f"""<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;margin:24px 0;font-family:'Helvetica Neue',Arial,sans-serif;color:#323232">
<tr><td style="padding:24px"><img src="https://www.credly.com/assets/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px;font-weight:600">A new credential is waiting for you</h1>
<p>Tom, Amazon Web Services Training and Certification recognised your achievement with <strong>AWS Certified Cloud Practitioner</strong>.</p>
<p style="padding:16px 0"><a href="https://www.credly.com/badges/{u}/accept" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:24px;font-weight:600">Claim your badge</a></p>
<p style="font-size:13px;color:#6b6b6b">Claimed badges can be shared on LinkedIn, added to your resume and verified by employers at any time.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#9a9a9a">Credly by Pearson &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""
build("036-credly-html-only-claim-qp.eml", L("credly_badge_issued", None, [], True),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=TOM,
      subject="Claim your AWS Certified Cloud Practitioner badge",
      date=t, body=part(html, "html", cte="quoted-printable"),
      provider="outlook", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-t.whitfield=outlook.com@em.credly.com" % hexs(4), new_text=new_txt)

# ---- 037 Credly pending-acceptance reminder (not expiry) ------------------------
t = F_OPEN + timedelta(days=10, hours=1, minutes=5)
u = uuid4s()
new = f"""Hi Lucía,

Just a friendly nudge: the badge Amazon Web Services Training and Certification issued you last week is still waiting for you to accept it.

AWS Certified Developer – Associate
Issued: November 9, 2024

Accept it here: https://www.credly.com/badges/{u}/accept

Once accepted you can share it anywhere. If you don't accept it, it simply stays pending in your account.

The Credly Team
"""
build("037-credly-pending-accept-nudge.eml", L("credly_badge_issued", None, [], True),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=LUCIA,
      subject="Your badge is still waiting for you",
      date=t, body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT, cte="base64"), part(html_wrap(txt2html(new), style="plain"), "html", cte="base64")]),
      provider="gmail", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"), ("sendgrid.info", "smtpapi")),
      mailfrom="bounces+2143377-%s-lucia.fdz=gmail.com@em.credly.com" % hexs(4), new_text=new)

# ---- 038 look-alike Credly about merged badges (phish) --------------------------
t = A_OPEN + timedelta(days=4, hours=11)
new = """Hi Daniel,

Following the merge of your AWS Certification accounts, 3 badges have been issued to your profile and are ready to accept.

To accept them, log in with your AWS Certification (CertMetrics) username and password:
https://credly-badgewallet.com/accept?src=aws-merge

Unclaimed badges are removed after 7 days.

Credly Support
"""
build("038-phish-credly-lookalike-merged-badges.eml", L("credly_badge_issued", None, [], False),
      frm='"Credly" <notifications@credly-badgewallet.com>', to=DAN,
      subject="3 badges issued after your account merge - accept now",
      date=t, body=multipart("alternative", [part(new), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="credly-badgewallet.com", policy="NONE", dkim_s="mail"),
      src=("mail.credly-badgewallet.com", "103.151.226.41"), dkim=(("credly-badgewallet.com", "mail"),),
      mailfrom="bounce@credly-badgewallet.com", new_text=new)

# ---- 039 Credly: two badges at once (Ji-woo) -------------------------------------
t = I_OPEN + timedelta(days=12, hours=6)
new = """Hi Ji-woo,

Amazon Web Services Training and Certification has issued you 2 badges:

  1. AWS Certified Solutions Architect – Associate
  2. AWS Certified Security – Specialty

Accept badges: https://www.credly.com/earner/earned

These badges were previously associated with another email address and have now been issued to this account.

The Credly Team
"""
build("039-credly-two-badges-issued.eml", L("credly_badge_issued", None, [], True),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=JIWOO,
      subject="You have 2 new badges from Amazon Web Services Training and Certification",
      date=t, body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-jiwoo.park.cloud=gmail.com@em.credly.com" % hexs(4), new_text=new)

# ---- 040 Credly ja ---------------------------------------------------------------
t = C_OPEN + timedelta(days=4, hours=3, minutes=17)
u = uuid4s()
new = f"""佐藤 健 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Professional

バッジを受け取って、LinkedIn などで共有しましょう。

バッジを受け取る: https://www.credly.com/badges/{u}/accept

Credly チーム
"""
build("040-credly-ja-badge-issued.eml", L("credly_badge_issued", None, [], True, "ja"),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=KEN,
      subject=ew("新しいバッジが発行されました – Amazon Web Services Training and Certification", "utf-8", "B", 56),
      date=t, body=multipart("alternative", [part(new, cte="base64"), part(html_wrap(txt2html(new), style="plain"), "html", cte="base64")]),
      provider="biglobe", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-k-sato=kne.biglobe.ne.jp@em.credly.com" % hexs(4), new_text=new)

# --------------------------------------------------------------------------
# support replies
# --------------------------------------------------------------------------
# ---- 041 which profile to keep (Neha, Tom) ---------------------------------
t = G_OPEN + timedelta(days=1, hours=1, minutes=26)
new = f"""Hello Tom,

Thank you for contacting AWS Training and Certification.

I have checked with the details you shared and I could see two profiles under your name, {G_KEEP} and AWS {G_OLD[3:]}. Before anything can be changed we need to know which one you'd like to hold on to going forward, the other will be closed and it's records moved across.

Couple of things to consider when choosing:
- which email you still have access to long term
- which one your employer / partner portal is linked with

No changes have been made yet. Please reply to this email with your choice.

Best Regards,
Neha S.
AWS Training & Certification Customer Support
"""
build("041-reply-which-profile-to-keep.eml", L("support_reply", G_CID, [G_KEEP, G_OLD], True),
      frm=FORM_FROM, to=TOM, subject=f"RE:[CASE {G_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new)), "html", cte="quoted-printable")]),
      provider="outlook", new_text=new)

# ---- 042 asking for login e-mails (2020, corp AR) -------------------------------
t = E_OPEN + timedelta(hours=20, minutes=12)
new = f"""Hi Kevin,

Thanks for writing in. I was able to find {E_KEEP} with the details you provided, however I am not able to locate the other profile you mentioned.

To move forward, could you please send us:

1. The e-mail address you use to sign in to each certification account
2. The candidate ID of the second account, if you have it (it's on your score report / exam confirmation)
3. Which of the two you want to keep

Regards
Bianca L.
AWS Training and Certification
"""
build("042-reply-need-login-emails-2020.eml", L("support_reply", E_CID, [E_KEEP], True),
      frm=FORM_FROM, to=KEVIN, subject=f"RE: [CASE {E_CID}] AWS Certification - Account Merge Request",
      date=t, body=part(new, charset="us-ascii", cte="7bit"), provider="corp", new_text=new)

# ---- 043 status update: escalated to back office (Hiroshi) ------------------------
t = H_OPEN + timedelta(days=1, hours=13, minutes=7)
new = f"""Dear Hiroshi,

Just a quick update on your case - I have escalated your request to our back office team who handles the certification records, it is currently in their queue. They are usually taking 2-3 business days at the moment due to high volume of request.

You don't need to do anything right now, I will get back to you as soon as I hear from them. Kindly do not raise a new case for this as it will reset the queue position.

Regards,
Mohammed
AWS Training & Certification Support
"""
quoted = f"""-----Original Message-----
From: Hiroshi Tanaka <h.tanaka77@nifty.com>
Sent: Tuesday, January 21, 2025 11:52 PM
Subject: Re: RE:[CASE {H_CID}] [AWS Training and Certification Form Submission] - account-assistance

Hello, any news? I have an exam booked next week and want to use the main account {H_KEEP}.
"""
build("043-reply-escalated-back-office.eml", L("support_reply", H_CID, [], True),
      frm=FORM_FROM, to=HIRO, subject=f"RE:[CASE {H_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, cte="quoted-printable"), provider="nifty", new_text=new)

# ---- 044 thanks for confirming, we will proceed (Aravind) --------------------------
t = A_OPEN + timedelta(days=1, hours=0, minutes=49)
new = f"""Hello Daniel,

Thank you for the confirmation.

I have forwarded your request to the concerned team for moving the records from {A_OLD} to {A_KEEP}. I will update you on this same email once the activity is done from their end.

Thanks & Regards,
Aravind K.
AWS Training and Certification Support
"""
quoted = f"""On Tue, May 27, 2025 at 6:11 PM Daniel Okafor <daniel.okafor.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Daniel
"""
build("044-reply-thanks-for-confirming-forwarded.eml", L("support_reply", A_CID, [A_KEEP, A_OLD], True),
      frm=FORM_FROM, to=DAN, subject=f"RE:[CASE {A_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new + "\n" + quoted), part(html_wrap(txt2html(new) + "<blockquote>" + txt2html(quoted) + "</blockquote>"), "html")]),
      provider="gmail", new_text=new)

# ---- 045 chaser, accounts only in quoted history (Ji-woo) -------------------------
t = I_OPEN + timedelta(days=7, hours=1, minutes=15)
new = f"""Dear Ji-woo,

Gentle reminder regarding my email below. We haven't received your reply yet, kindly respond at your earliest so we can move ahead with your request.

If we don't hear back within 72 hours the case will be closed automatically, you can still reopen it by replying.

Regards,
Mohammed
AWS Training & Certification Support
"""
quoted = f"""
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, August 15, 2024 7:19 AM
To: jiwoo.park.cloud@gmail.com
Subject: RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance

Dear Ji-woo,

Thank you for the information you have provided and as per your reply we will be keeping the profile {I_KEEP} and moving the records from aws{I_OLD[3:]} into it, before I submit this to our backend team could you please confirm one last time that this is correct, just reply "Yes" to this email and I will submit it right away, kindly note once done it can not be reverted.
"""
build("045-reply-gentle-reminder-chaser.eml", L("support_reply", I_CID, [], True),
      frm=FORM_FROM, to=JIWOO, subject=f"RE:[CASE {I_CID}] {FORM_SUBJ}", date=t,
      body=part(new + quoted, cte="quoted-printable"), provider="gmail", new_text=new)

# ---- 046 console "new correspondence" notice: once combined we will ... (Priya) ----
t = B_OPEN + timedelta(days=2, hours=0, minutes=18)
new = f"""Hello,

We have updated your support case {B_CID}. The new correspondence is shown below.

-----------------------------------
Hi Priya,

Received, thanks! Submitted to the records team just now, turnaround is 1-3 business days for three profiles. Once the merge is complete I'll drop you a note here, Credly badges follow separately (can take a few more days after that).

Best regards,
Joyce R.
Amazon Web Services
-----------------------------------

To view the case or reply, visit the Support Center.
"""
build("046-console-new-correspondence-once-complete.eml", L("support_reply", B_CID, [], True),
      frm=NOREPLY, to=PRIYA, subject=f"[Case {B_CID}] New correspondence added",
      date=t, body=part(new + "\n" + CONSOLE_FOOTER.format(cid=B_CID) + "\n", cte="quoted-printable"),
      provider="outlook", new_text=new)

# ---- 047 answer to a non-merge question (recertification), 2022 ------------------
t = D_OPEN + timedelta(days=4, hours=2, minutes=27)
new = f"""Dear Ms Kowalczyk,

Thank you for your reply.

I have raised the badge transfer with Credly on your behalf; they will contact you directly at marta.kowalczyk@gmail.com, usually within 5 working days.

As to your other question: no, your recertification deadline does not change. Your Solutions Architect - Associate remains valid until 21 March 2024 as before, and you can check this at any time under "Certifications" on {D_KEEP}.

Kind regards,

Tomasz W.
AWS Training and Certification
"""
quoted = f"""On Thu, 16 Jun 2022 at 19:02, Marta Kowalczyk <marta.kowalczyk@gmail.com> wrote:
> Thank you! Yes please ask Credly. Also - does the expiry date of my SAA
> change now that the accounts are combined?
>
> On Thu, 16 Jun 2022 at 14:14, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > I am pleased to let you know that your two profiles have now been
> > consolidated. Everything that was held on {D_OLD} now sits on
> > {D_KEEP}, and the former has been closed.
"""
build("047-reply-recert-question-after-merge.eml", L("support_reply", D_CID, [D_KEEP], True),
      frm=FORM_FROM, to=MARTA, subject=f"RE:[CASE {D_CID}] {FORM_SUBJ}", date=t,
      body=part(new + "\n" + quoted, charset="us-ascii", cte="7bit"), provider="gmail", new_text=new)

# ---- 048 duplicate ticket "merged" - ticket, not accounts (Sven) -------------------
SVEN = "Sven Lindqvist <sven.lindqvist.se@gmail.com>"
J1_OPEN = dt(2025, 4, 7, 8, 19, 55)
J1_CID = case15(J1_OPEN)
J2_OPEN = dt(2025, 4, 14, 18, 2, 31)
J2_CID = case15(J2_OPEN)
t = J2_OPEN + timedelta(hours=15, minutes=44)
new = f"""Hi Sven,

Apologies that your first request ({J1_CID}) went unanswered, it looks like the form was submitted without a notification address so our replies had nowhere to go. I have merged that ticket into this one so everything is in one place now, no need to follow up on the old one.

Regarding the profiles AWS-90127746 and AWS-93358210: to proceed I'll need the sign-in email of each one and which one should stay as your main profile.

Thanks,
Bianca L.
AWS Training and Certification
"""
build("048-reply-duplicate-ticket-merged-need-info.eml", L("support_reply", J2_CID, ["AWS90127746", "AWS93358210"], True),
      frm=FORM_FROM, to=SVEN, subject=f"RE:[CASE {J2_CID}] {FORM_SUBJ}", date=t,
      body=multipart("alternative", [part(new), part(html_wrap(txt2html(new)), "html")]), provider="gmail", new_text=new)

# ---- 049 ja: thanks for confirming, processing (ISO-2022-JP) --------------------
t = C_OPEN + timedelta(days=2, hours=1, minutes=5)
new = f"""佐藤 健 様

AWS トレーニングと認定サポートの山田でございます。

早速のご返信をいただき、誠にありがとうございます。
ご確認いただきました内容にて、担当部署へ手続きを依頼いたしました。

処理が完了しましたら、改めて本メールにてご連絡申し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
-----Original Message-----
From: 佐藤 健 <{KEN_ADDR}>
Sent: Wednesday, March 5, 2025 7:40 PM
Subject: Re: RE:[CASE {C_CID}] 認定アカウントの統合について

山田様

ご連絡ありがとうございます。記載の内容で問題ございません。
（残すアカウント：{C_KEEP}）
手続きをお願いいたします。
"""
build("049-reply-ja-request-forwarded.eml", L("support_reply", C_CID, [], True, "ja"),
      frm=NOREPLY, to=KEN, subject=ew_jis("RE:[CASE %s] 認定アカウントの統合について" % C_CID),
      date=t, body=part(new + quoted, charset="iso-2022-jp", cte="7bit"), provider="biglobe", new_text=new)

# --------------------------------------------------------------------------
# unrelated look-alikes
# --------------------------------------------------------------------------
# ---- 050 Seller Central case: detail pages merged ----------------------------
t = dt(2025, 8, 19, 15, 33, 2)
sc = "5884881212"
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you asked us to combine the duplicate detail pages for your product "Bamboo Desk Organizer, 5 Compartments". I have reviewed your request and I'm happy to let you know that ASIN B0C7XK2M4Q has been merged into ASIN B0C7XJ9T1L. The change can take up to 48 hours to appear on the website.

Your offers on the retired ASIN were moved to the surviving page; no action is needed on your side.

Was this email helpful? https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={sc}

We value your business,
Ravi
Amazon Selling Partner Support
"""
build("050-seller-central-asin-merged.eml", L("unrelated", sc, [], True),
      frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', to=PRIYA,
      subject=f"RE:[CASE {sc}] Duplicate detail page - please merge ASINs", date=t,
      body=multipart("alternative", [part(new), part(html_wrap(txt2html(new)), "html")]), provider="outlook", new_text=new)

# ---- 051 other AWS case: billing ---------------------------------------------
K_OPEN = dt(2025, 6, 30, 19, 4, 12)
K_CID = case15(K_OPEN)
t = K_OPEN + timedelta(days=1, hours=2, minutes=20)
new = f"""Hello,

Thank you for reaching out about the charges on your account 4821-7730-1952.

I've looked into it and the $212.40 on your June invoice comes from a NAT Gateway in eu-west-1 that was left running after your lab. Since this appears to be unintentional, I've requested a one-time credit for that amount; once it's approved it will show under "Credits" in the Billing console within 3-5 business days.

To avoid this in future I'd recommend setting up an AWS Budgets alert.

Best regards,

Camille D.
Amazon Web Services
"""
body = new + "\n" + RATE_FOOTER + "\n" + CONSOLE_FOOTER.format(cid=K_CID) + "\n"
build("051-other-aws-case-billing-credit.eml", L("unrelated", K_CID, [], True),
      frm=NOREPLY, to=DAN, subject=f"RE:[CASE {K_CID}] Unexpected charges on June bill",
      date=t, body=part(body, cte="quoted-printable"), provider="gmail", new_text=new)

# ---- 052 other AWS case opened: quota ----------------------------------------
Q_OPEN = dt(2025, 9, 22, 11, 15, 40)
Q_CID = case15(Q_OPEN)
t = Q_OPEN + timedelta(seconds=14)
new = f"""Thank you for contacting Amazon Web Services. We have opened case {Q_CID} to address your issue.

The details of your case are as follows:

Case ID: {Q_CID}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 128
Use case description: Training environment for the certification study group, need more vCPUs for a workshop.

We will respond as soon as possible. If you would like to add information to this case, please do so through the Support Center.

Best regards,

Amazon Web Services
"""
build("052-other-aws-case-opened-quota.eml", L("unrelated", Q_CID, [], True),
      frm=NOREPLY, to=PRIYA, subject=f"Amazon Web Services: You have opened a new Support case: {Q_CID}",
      date=t, body=part(new + "\n" + CONSOLE_FOOTER.format(cid=Q_CID) + "\n", cte="quoted-printable"),
      provider="outlook", new_text=new)

# ---- 053 CertMetrics "wants to hear from you" ---------------------------------
t = dt(2025, 6, 10, 16, 0, 3)
new = f"""AWS Certification wants to hear from you

Dear Daniel Okafor,

You recently earned an AWS Certification. We'd like to learn about your experience preparing for and taking the exam. The survey takes about 10 minutes and closes on June 24.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?id=8d3f{hexs(28)}

Your AWS Certification candidate ID: {A_KEEP}

Thank you,
AWS Certification

Please do not reply to this email. This mailbox is not monitored.
"""
build("053-certmetrics-wants-to-hear-from-you.eml", L("unrelated", None, [A_KEEP], False),
      frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=DAN,
      subject="AWS Certification wants to hear from you", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="certmetrics.com", dkim_s="k1", policy="NONE"),
      src=("mail-yw1-f171.certmetrics.com", "209.85.128.171"), dkim=(("certmetrics.com", "k1"),),
      mailfrom="do-not-reply@certmetrics.com", new_text=new)

# ---- 054 CertMetrics recertification congratulations ---------------------------
t = dt(2024, 12, 2, 9, 41, 19)
vnum = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
new = f"""Congratulations!

Dear Lucía Fernández,

You have successfully recertified your AWS Certified Developer - Associate. Your new expiration date is December 2, 2027.

Validation number: {vnum}
Candidate ID: aws{F_KEEP[3:]}

You can download your digital certificate and access your benefits from your AWS Certification Account.

AWS Training and Certification
"""
build("054-certmetrics-recert-congrats.eml", L("unrelated", None, [F_KEEP], False),
      frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=LUCIA,
      subject="Congratulations on recertifying your AWS Certification!", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new), style="plain"), "html", cte="base64")]),
      provider="gmail", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="certmetrics.com", dkim_s="k1", policy="NONE"),
      src=("smtp2.certmetrics.com", "52.4.118.%d" % RNG.randrange(2, 250)), dkim=(("certmetrics.com", "k1"),),
      mailfrom="do-not-reply@certmetrics.com", new_text=new)

# ---- 055 Pearson VUE appointment ------------------------------------------------
t = dt(2025, 7, 20, 13, 2, 50)
new = f"""Dear Tom Whitfield,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Appointment: Saturday, August 9, 2025 at 9:00 AM BST
Location: OnVUE online proctored
Registration ID: 512098734
Candidate ID: AWS{G_KEEP[3:]}

Please check in up to 30 minutes before your appointment time. Make sure you have run the system test on the computer you will use.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
build("055-pearson-vue-appointment.eml", L("unrelated", None, [G_KEEP], False),
      frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=TOM,
      subject="Pearson VUE Confirmation of Booking", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new), style="plain"), "html", cte="quoted-printable")]),
      provider="outlook", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="pearson.com"),
      src=("mx0b-00229401.pphosted.com", "148.163.159.%d" % RNG.randrange(2, 250)), dkim=(("pearson.com", "selector1"),),
      mailfrom="pearsonvuecustomerservice@pearson.com", new_text=new)

# ---- 056 AWS Builder ID verification code (no AR: corp relay) -------------------
t = dt(2024, 3, 12, 17, 30, 9)
new = f"""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: {RNG.randrange(100000, 999999)}

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
"""
build("056-builder-id-verification-code.eml", L("unrelated", None, [], None),
      frm='"AWS Builder ID" <no-reply@signin.aws>', to=KEVIN,
      subject="Verify your AWS Builder ID email address", date=t,
      body=multipart("alternative", [part(new, cte="quoted-printable"), part(html_wrap(txt2html(new)), "html", cte="quoted-printable")]),
      provider="none", auth=None, dkim=(("signin.aws", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")),
      mailfrom="%s@us-west-2.amazonses.com" % ses_msgid_region(t)[1:-1].split("@")[0], new_text=new,
      msgid=ses_msgid_region(t))

# ---- 057 Credly self-service account merge code ---------------------------------
t = dt(2025, 6, 1, 10, 12, 44)
new = f"""Hi Daniel,

We received a request to merge the Credly account for d.okafor@northwind-consult.com into your account.

Your verification code is: {RNG.randrange(100000, 999999)}

Enter the code on the merge page, or click below to finish:
Complete Account Merge: https://www.credly.com/account_merges/{uuid4s()}/confirm

If you didn't ask for this, you can safely ignore this email — nothing will change.

The Credly Team
"""
build("057-credly-own-account-merge-code.eml", L("unrelated", None, [], True),
      frm='"Credly" <admin@credly.com>', to=DAN,
      subject="Complete your Credly account merge", date=t,
      body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-daniel.okafor.dev=gmail.com@em.credly.com" % hexs(4), new_text=new)

# ---- 058 GitHub PR merged --------------------------------------------------------
t = dt(2025, 5, 28, 7, 44, 1)
new = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/northwind-consult/aws-cert-study/pull/412#event-17745120988
You are receiving this because you were mentioned.
"""
gh_html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-consult/aws-cert-study/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-consult/aws-cert-study/pull/412#event-17745120988">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
build("058-github-pr-merged.eml", L("unrelated", None, [], False),
      frm='"Amara Nwosu" <notifications@github.com>', to=DAN,
      reply_to="northwind-consult/aws-cert-study <reply+AB3K2QXY7NRL5P2MZE@reply.github.com>",
      cc='Mention <mention@noreply.github.com>',
      subject="Re: [northwind-consult/aws-cert-study] Merge duplicate practice-exam accounts script (PR #412)",
      date=t, body=multipart("alternative", [part(new, cte="quoted-printable"), part(gh_html, "html", cte="quoted-printable")]),
      provider="gmail", auth=dict(spf="pass", dkim="pass", dmarc="pass", from_domain="github.com", dkim_s="pf2023", policy="REJECT"),
      src=("out-21.smtp.github.com", "192.30.252.204"), dkim=(("github.com", "pf2023"),),
      mailfrom="noreply@github.com", msgid="<northwind-consult/aws-cert-study/pull/412/issue_event/17745120988@github.com>",
      extra=[("In-Reply-To", "<northwind-consult/aws-cert-study/pull/412@github.com>"),
             ("References", "<northwind-consult/aws-cert-study/pull/412@github.com>"),
             ("List-ID", "northwind-consult/aws-cert-study <aws-cert-study.northwind-consult.github.com>"),
             ("X-GitHub-Reason", "mention")], new_text=new)

# ---- 059 Credly badge expiry reminder ---------------------------------------------
t = dt(2025, 2, 18, 14, 5, 30)
new = """Hi Marta,

Your badge AWS Certified Solutions Architect – Associate, issued by Amazon Web Services Training and Certification, will expire on March 21, 2025.

To keep your credential active, check the issuer's recertification requirements: https://aws.amazon.com/certification/recertification/

After the expiry date your badge will still be visible on your profile but will be marked as expired.

The Credly Team
"""
build("059-credly-expiry-reminder.eml", L("unrelated", None, [], True),
      frm='"Credly" <admin@credly.com>', to=MARTA,
      subject="Your badge is expiring soon", date=t,
      body=multipart("alternative", [part(new + "\n" + CREDLY_FOOT), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="gmail", auth=A_CREDLY(), src=CREDLY_SRC, dkim=(("credly.com", "s1"),),
      mailfrom="bounces+2143377-%s-marta.kowalczyk=gmail.com@em.credly.com" % hexs(4), new_text=new)

# ---- 060 phishing not about the merge (billing suspension) --------------------------
t = dt(2025, 8, 4, 3, 12, 58)
new = """Dear AWS Customer,

We were unable to validate your billing information for the current invoice period. As a result, your account will be suspended within 24 hours unless the payment details are updated.

Update payment method: https://aws-billing-notice.com/console/billing

Amazon Web Services Billing
"""
build("060-phish-billing-suspension-not-merge.eml", L("unrelated", None, [], False),
      frm='"Amazon Web Services" <billing@aws-billing-notice.com>', to=HIRO,
      subject="[Action Required] Your AWS account will be suspended", date=t,
      body=multipart("alternative", [part(new), part(html_wrap(txt2html(new), style="plain"), "html")]),
      provider="nifty", auth=dict(spf="fail", dkim="none", dmarc="fail", from_domain="aws-billing-notice.com", dkim_d="aws-billing-notice.com"),
      src=("static.88-198-31-7.clients.your-server.de", "88.198.31.7"), dkim=(), mailfrom="www-data@static.88-198-31-7.clients.your-server.de",
      new_text=new)

#@@MAILS@@

finish()
