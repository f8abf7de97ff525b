#!/usr/bin/env python3
"""Generator for blind set 301: Japanese-centred AWS Certification account-merge mailbox.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json in this folder
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
R = random.Random(30121)

MAILS = []          # list of dicts: name, data(bytes), label, new(str)

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def case15(dt_open, suffix):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt_open.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def ralnum(n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(al) for _ in range(n))


LAST_SES = {}


def ses_local(dt):
    ms = int(dt.timestamp() * 1000) - R.randint(200, 900)
    return "0100%012x-%s-000000" % (ms, str(uuid.UUID(int=R.getrandbits(128))))


def ses_msgid(dt, region_host="email.amazonses.com"):
    """Message-ID matching the Return-Path of the last auth_aws() for this date."""
    loc = LAST_SES.get(dt) or ses_local(dt)
    return "<%s@%s>" % (loc, region_host)


def ses_mailfrom(dt):
    loc = ses_local(dt)
    LAST_SES[dt] = loc
    return loc + "@amazonses.com"


def rfc(dt):
    return format_datetime(dt)


def pacific(t):
    """Gmail-style Received timestamp in US Pacific time with zone comment."""
    u = t.astimezone(UTC)
    y = u.year
    # DST: second Sunday of March 10:00 UTC .. first Sunday of November 09:00 UTC
    mar = datetime(y, 3, 8, 10, tzinfo=UTC)
    mar += timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC)
    nov += timedelta(days=(6 - nov.weekday()) % 7)
    if mar <= u < nov:
        return rfc(u.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"
    return rfc(u.astimezone(timezone(timedelta(hours=-8)))) + " (PST)"


def fold_b64(s, width=76, indent="\t"):
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(lines)


def enc_hdr(text, charset="utf-8", enc=None, name="Subject", maxlen=76):
    """Encode a header value into (possibly folded) encoded-words."""
    if all(ord(c) < 128 for c in text):
        return text
    if isinstance(charset, str):
        cs = Charset(charset)
    else:
        cs = charset
    if enc == "Q":
        cs = Charset(charset if isinstance(charset, str) else cs.input_charset)
        cs.header_encoding = QP
    elif enc == "B":
        cs = Charset(charset if isinstance(charset, str) else cs.input_charset)
        cs.header_encoding = BASE64
    h = Header(text, cs, header_name=name, maxlinelen=maxlen)
    return h.encode(linesep="\n")


def raw_words(text, label="Shift_JIS", codec="cp932", chunk=12):
    """Hand-made B encoded-words in a charset Python's Header would convert (e.g. Shift_JIS)."""
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    return "\n ".join("=?%s?B?%s?=" % (label, base64.b64encode(p.encode(codec)).decode("ascii")) for p in pieces)


def mixed_subj(prefix, text, charset="utf-8", enc=None):
    """ASCII prefix left plain, the rest as encoded-words (folded)."""
    return prefix + " " + enc_hdr(text, charset, enc, maxlen=76 - 9 - len(prefix))


def addr(name, email_addr, charset="utf-8", enc=None):
    if not name:
        return email_addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_addr))
    return "%s <%s>" % (enc_hdr(name, charset, enc, name="From"), email_addr)


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         codec=None, extra_params=None):
    """Build a text/* part from str. codec = python codec (defaults to charset);
    label = charset written in Content-Type (may deliberately be wrong)."""
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def boundary():
    return R.choice(["----=_Part_%d_%d.%d" % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13)),
                     "00000000000%s" % rhex(17), "=_%s" % rhex(28)])


def alt(*parts_):
    m = MIMEMultipart("alternative", boundary=boundary())
    for p in parts_:
        m.attach(p)
    return m


def mixed(*parts_, subtype="mixed"):
    m = MIMEMultipart(subtype, boundary=boundary())
    for p in parts_:
        m.attach(p)
    return m


def binpart(maintype, subtype, data, filename=None, cid=None, disp="attachment"):
    p = MIMENonMultipart(maintype, subtype)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    if filename:
        p.add_header("Content-Disposition", disp, filename=filename)
    if cid:
        p["Content-ID"] = "<%s>" % cid
    return p


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_doc(inner, lang="ja", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, head_extra, inner))


def aws_html(new_text, quoted_text=None, lang="ja", footer=None):
    """AWS support style HTML: new text, then quoted history in a div."""
    inner = ('<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
             + html_paras(new_text) + "\n</div>\n")
    if quoted_text:
        inner += ('<div style="border-top:1px solid #cccccc;margin-top:16px;padding-top:8px">\n'
                  + html_paras(quoted_text) + "\n</div>\n")
    if footer:
        inner += ('<div style="font-size:11px;color:#687078;margin-top:24px">\n'
                  + html_paras(footer) + "\n</div>\n")
    return html_doc(inner, lang)


# ---------------------------------------------------------------------------
# trace headers (Received / Authentication-Results / DKIM)
# ---------------------------------------------------------------------------

SES_IPS = ["54.240.8.%d" % i for i in range(10, 90)] + ["54.240.48.%d" % i for i in range(90, 120)]


def dkim_sig(d, s, dt, headers="Subject:From:To:Date:Mime-Version:Content-Type:Message-Id"):
    t = int(dt.timestamp())
    b = rb64(340)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s=" %
            (s, d, t, headers, rb64(43), fold_b64(b)))


def aws_dkim(dt):
    return [dkim_sig("amazon.com", "4t5vnjbsecwkfvptdbwz6xjtn2pvbf5l", dt),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt,
                     "Subject:From:To:Date:Mime-Version:Content-Type:Message-Id:Feedback-ID")]


def ar_gmail(a):
    lines = ["mx.google.com"]
    for res, d, sel in a.get("dkim", []):
        if res == "none":
            lines.append("dkim=none")
        else:
            lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, rb64(8)))
    spf = a.get("spf", "pass")
    verb = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
            "neutral": "is neither permitted nor denied by best guess record for"}[spf]
    lines.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                 % (spf, a["mailfrom"], verb, a["ip"], a["mailfrom"]))
    if a.get("dmarc") == "none":
        lines.append("dmarc=none header.from=%s" % a["from_dom"])
    elif a.get("dmarc"):
        pol = a.get("policy", "QUARANTINE")
        lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (a["dmarc"], pol, pol, "NONE" if a["dmarc"] == "pass" else pol, a["from_dom"]))
    return ";\n       ".join(lines)


def ar_outlook(a):
    spf = a.get("spf", "pass")
    parts_ = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (spf, a["ip"], a["mailfrom"].split("@")[-1])]
    dk = a.get("dkim", [])
    if not dk:
        parts_.append("dkim=none (message not signed)\n header.d=none")
    for res, d, sel in dk:
        parts_.append("dkim=%s (signature was verified)\n header.d=%s" % (res, d) if res == "pass"
                      else "dkim=%s (body hash did not verify)\n header.d=%s" % (res, d))
    dm = a.get("dmarc", "none")
    action = "none" if dm == "pass" else ("quarantine" if a.get("policy", "") == "QUARANTINE" else "none")
    parts_.append("dmarc=%s action=%s header.from=%s" % (dm, action, a["from_dom"]))
    parts_.append("compauth=%s\n reason=%s" % ("pass" if dm == "pass" else "fail",
                                              "100" if dm == "pass" else "000"))
    return ";".join(parts_)


def ar_jp(a, authserv):
    lines = [authserv]
    spf = a.get("spf", "pass")
    lines.append("spf=%s smtp.mailfrom=%s" % (spf, a["mailfrom"]))
    for res, d, sel in a.get("dkim", []):
        lines.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, sel, rb64(8)))
    if not a.get("dkim"):
        lines.append("dkim=none")
    if a.get("dmarc") == "none":
        lines.append("dmarc=none header.from=%s" % a["from_dom"])
    elif a.get("dmarc"):
        lines.append("dmarc=%s (p=%s dis=%s) header.from=%s"
                     % (a["dmarc"], a.get("policy", "quarantine").lower(),
                        "none" if a["dmarc"] == "pass" else a.get("policy", "quarantine").lower(), a["from_dom"]))
    return "; ".join(lines[:1]) + ";\n\t" + ";\n\t".join(lines[1:])


def auth_aws(dt, dmarc="pass"):
    mf = ses_mailfrom(dt)
    return {"mailfrom": mf, "ip": R.choice(SES_IPS), "spf": "pass",
            "dkim": [("pass", "amazon.com", "4t5vnjbsecwkfvptdbwz6xjtn2pvbf5l"),
                     ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
            "dmarc": dmarc, "from_dom": "amazon.com", "policy": "QUARANTINE"}


def trace(provider, rcpt, dt, a, sender_host=None, helo=None):
    """Return list of raw header lines (already folded) added by the receiving side,
    topmost first, ending before the sender's own headers."""
    t = dt + timedelta(seconds=R.randint(1, 9))
    ip = a["ip"] if a else "54.240.8.20"
    host = sender_host or ("a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[-1]))
    mailfrom = a["mailfrom"] if a else "bounce@example.com"
    H = []
    if provider == "gmail":
        H.append("Delivered-To: %s" % rcpt)
        H.append("Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                 % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(2) + "csp" + str(R.randint(100000, 999999)), pacific(t)))
        H.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        H.append("X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n        %s"
                 % (rhex(4), rhex(3), rhex(3), rhex(12), R.randint(1, 40), R.randint(10**12, 10**13), pacific(t)))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s=="
                 % (int(t.timestamp()), fold_b64(rb64(300), 70, "        ")))
        H.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                 "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                 "         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s=="
                 % (rb64(43), rb64(43), fold_b64(rb64(300), 70, "        ")))
        H.append("ARC-Authentication-Results: i=1; " + ar_gmail(a))
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n"
                 "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                 % (host, host, ip, rhex(20), R.randint(1, 999), t.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), rcpt,
                    pacific(t)))
        H.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                 % (a.get("spf", "pass"), mailfrom, ip, ip))
        H.append("Authentication-Results: " + ar_gmail(a))
    elif provider == "outlook":
        hid = "TYCP286MB%04d" % R.randint(1000, 9999)
        H.append("Received: from %s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%d) by\n %s.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s"
                 % (hid, rhex(3), R.randint(5, 15), "OS3P286MB%04d" % R.randint(1000, 9999), rfc(t.astimezone(UTC)).replace("-0000", "+0000")))
        H.append("Received: from TY2PEPF0000%s.apcprd03.prod.outlook.com (2603:1096:405:%s::%d)\n by %s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%d) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.%d; %s"
                 % (rhex(4).upper(), rhex(3), R.randint(1, 9), hid, rhex(3), R.randint(1, 9), R.randint(10, 40), rfc(t.astimezone(UTC)).replace("-0000", "+0000")))
        H.append("Authentication-Results: " + ar_outlook(a))
        H.append("Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                 % ("Pass" if a.get("spf") == "pass" else "SoftFail", mailfrom.split("@")[-1], ip, ip, host))
        H.append("Received: from %s (%s) by\n TY2PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via\n Frontend Transport; %s"
                 % (host, ip, rhex(4).upper(), R.randint(1, 250), R.randint(1, 250), R.randint(10, 40), rfc(t.astimezone(UTC)).replace("-0000", "+0000")))
        H.append("X-MS-Exchange-Organization-ExpirationStartTime: %s" % t.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)")
        H.append("X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid.UUID(int=R.getrandbits(128)))
        H.append("X-MS-Exchange-Organization-SCL: %d" % (1 if a.get("dmarc") == "pass" else 5))
        H.append("X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d|%d;" % (R.randint(1000, 9999), R.randint(1000, 9999), R.randint(1000, 9999)))
    elif provider == "icloud":
        H.append("Received: from ms%d.mac.com by p%02d-mailstore-%s.mail.icloud.com with LMTP; %s"
                 % (R.randint(10000, 99999), R.randint(10, 60), rhex(4), rfc(t.astimezone(UTC)).replace("-0000", "+0000")))
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Original-Recipient: rfc822;%s" % rcpt)
        H.append("Received: from %s (mx.icloud.com [17.57.152.%d])\n\tby p00-icloudmta-mxmta-us-west-3a-%d.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (host, R.randint(2, 40), R.randint(10, 90), rhex(13).upper(), rcpt, rfc(t.astimezone(UTC)).replace("-0000", "+0000")))
        for ah in a.get("icloud_order", ["bimi", "dmarc", "dkim", "spf"]):
            if ah == "bimi":
                H.append("Authentication-Results: bimi.icloud.com; bimi=skipped reason=insufficient-dmarc-policy header.from=%s" % a["from_dom"])
            elif ah == "dmarc":
                if a.get("dmarc"):
                    H.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (a["dmarc"], a["from_dom"]))
            elif ah == "dkim":
                for res, d, sel in a.get("dkim", []):
                    H.append("Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s"
                             % (res, d, d, rb64(8)))
            elif ah == "spf":
                H.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (a.get("spf", "pass"), mailfrom, ip, mailfrom))
        H.append("Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s"
                 % (a.get("spf", "pass"), mailfrom, ip, ip, host, mailfrom))
    elif provider in ("au", "ocn", "sonet", "docomo", "yahoojp", "nifty"):
        info = {
            "au": ("mx.au.com", "rwgw-%03d.au.com" % R.randint(1, 300), "KDDI"),
            "ocn": ("mf-smf-ucb%03d.ocn.ad.jp" % R.randint(1, 60), "mf-smf-ucb%03d.ocn.ad.jp" % R.randint(1, 60), "OCN"),
            "sonet": ("mx.so-net.ne.jp", "mxin-%02d.so-net.ne.jp" % R.randint(1, 30), "So-net"),
            "docomo": ("mfilter-%03d.docomo.ne.jp" % R.randint(1, 99), "mxi-%03d.docomo.ne.jp" % R.randint(1, 99), "docomo"),
            "yahoojp": ("mta%d.mail.kks.yahoo.co.jp" % R.randint(500, 599), "mta%d.mail.kks.yahoo.co.jp" % R.randint(500, 599), "Yahoo"),
            "nifty": ("mx.nifty.com", "mx%02d.nifty.com" % R.randint(1, 20), "nifty"),
        }[provider]
        authserv, inhost, _ = info
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s (localhost [127.0.0.1])\n\tby mbox%02d.%s (Postfix) with LMTP id %s\n\tfor <%s>; %s"
                 % (inhost, R.randint(1, 40), inhost.split(".", 1)[1], rhex(10).upper(), rcpt, rfc(t.astimezone(JST))))
        if a is not None:
            H.append("Authentication-Results: " + ar_jp(a, authserv))
        H.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (host, host, ip, inhost, rhex(11).upper(), rcpt, rfc(t.astimezone(JST))))
    elif provider == "none":
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s (%s [%s])\n\tby mail.%s with ESMTP id %s\n\tfor <%s>; %s"
                 % (host, host, ip, rcpt.split("@")[1], rhex(12).upper(), rcpt, rfc(t.astimezone(JST))))
    else:
        raise ValueError(provider)
    return H


# ---------------------------------------------------------------------------
# assembling a message
# ---------------------------------------------------------------------------

ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[\s\-_]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    t = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m for m in ID_RE.findall(t)})


def emit(slug, *, kind, case_id, lang, verified, body, trace_lines, frm, to, subject, date,
         msgid, new, ids, extra=(), sender_lines=(), cc=None, reply_to=None, crlf=False):
    """slug: short description; new: the NEW text of the mail (for id cross-check);
    ids: expected account ids (cross-checked against new)."""
    n = len(MAILS) + 1
    name = "%03d-%s.eml" % (n, slug)
    got = ids_in(new)
    exp = sorted(set(ids))
    if got != exp:
        raise SystemExit("%s: ids in new text %s != expected %s" % (name, got, exp))
    hdr = list(trace_lines)
    hdr += list(sender_lines)
    hdr.append("Date: %s" % (date if isinstance(date, str) else rfc(date)))
    hdr.append("From: %s" % frm)
    if reply_to:
        hdr.append("Reply-To: %s" % reply_to)
    hdr.append("To: %s" % to)
    if cc:
        hdr.append("Cc: %s" % cc)
    hdr.append("Message-ID: %s" % msgid)
    hdr.append("Subject: %s" % subject)
    hdr += list(extra)
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    # move MIME-Version to front of body headers
    mv = body["MIME-Version"]
    del body["MIME-Version"]
    body._headers.insert(0, ("MIME-Version", mv))
    head = "\n".join(hdr) + "\n"
    data = head.encode("ascii") + body.as_bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "case_id": case_id, "account_ids": exp,
             "sender_verified": verified, "language": lang}
    MAILS.append({"name": name, "data": data, "label": label, "new": new})
    return name


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for m in MAILS:
        with open(os.path.join(OUT, m["name"]), "wb") as fh:
            fh.write(m["data"])
        labels[m["name"]] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote %d mails" % len(MAILS))


# ===========================================================================
# Personas / threads
# ===========================================================================

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# Thread A: form desk, Japanese keigo agent, au.com user, 2025
A_USER = ("佐藤 健太", "kenta.sato.0412@au.com")
A_OPEN = jst(2025, 5, 27, 21, 14, 9)
A_CASE = case15(A_OPEN, 431)
A_OLD, A_NEW = "AWS04815162", "AWS23571113"

# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------- Thread A --
def thread_a():
    user_name, user = A_USER
    to = addr(user_name, user, "iso-2022-jp")

    # A1: automatic acknowledgement (form desk, Japanese, ISO-2022-JP plain only)
    d = jst(2025, 5, 27, 21, 14, 41).astimezone(UTC)
    a = auth_aws(d)
    new = ("佐藤 健太 様\n\n"
           "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
           "お問い合わせを受け付け、ケース番号 %s を発行いたしました。\n\n"
           "担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。\n"
           "同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますので、\n"
           "追加の情報がございましたら本メールにご返信ください。\n\n"
           "―― 受付内容 ――\n"
           "お問い合わせの種類: AWS トレーニングと認定\n"
           "詳細: アカウントの統合 (Account Merge)\n"
           "AWS 受験者 ID: %s\n"
           "その他の受験者 ID: %s\n"
           "ご連絡先メールアドレス: %s\n"
           "お問い合わせ内容: 以前の勤務先で作成した認定アカウントと個人のアカウントを一つにまとめたいです。\n\n"
           "本メールは送信専用アドレスから自動送信されています。\n\n"
           "Amazon Web Services\n"
           "AWS トレーニングと認定 カスタマーサポート\n") % (A_CASE, A_OLD, A_NEW, user)
    body = part(new, charset="iso-2022-jp", cte="7bit")
    emit("au-form-ack-jis", kind="case_created", case_id=A_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject=enc_hdr("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % A_CASE, "iso-2022-jp"),
         date=d, msgid=ses_msgid(d), new=new, ids=[A_OLD, A_NEW],
         extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43), "X-SES-Outgoing: 2025.05.27-%s" % a["ip"]])

    # A2: agent asks to confirm the merge (keigo)
    d2 = jst(2025, 5, 28, 10, 2, 17).astimezone(UTC)
    a = auth_aws(d2)
    new2 = ("佐藤 健太 様\n\n"
            "いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n"
            "AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n"
            "このたびはアカウント統合のご依頼をいただき、ありがとうございます。\n"
            "お申し出の内容を確認いたしましたところ、下記 2 件の認定アカウントが確認できました。\n\n"
            "■ 統合元（統合後に無効となるアカウント）\n"
            "　受験者 ID：%s\n"
            "　登録メールアドレス：kenta.sato@hokuto-sys.co.jp\n"
            "　保有認定：AWS Certified Cloud Practitioner\n\n"
            "■ 統合先（存続するアカウント）\n"
            "　受験者 ID：%s\n"
            "　登録メールアドレス：%s\n"
            "　保有認定：AWS Certified Solutions Architect - Associate\n\n"
            "統合後は、統合元アカウントの認定履歴・試験結果・特典が統合先アカウントへ移行され、\n"
            "統合元アカウントにはサインインできなくなります。\n"
            "なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。\n\n"
            "上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。\n"
            "ご確認のほど、何卒よろしくお願い申し上げます。\n\n"
            "小林\n"
            "Amazon Web Services\n"
            "AWS トレーニングと認定 カスタマーサポート\n") % (A_OLD, A_NEW, user)
    html2 = aws_html(new2, footer="このメールは %s のケースに関するものです。ご返信の際は件名を変更しないでください。" % A_CASE)
    body = alt(part(new2, charset="utf-8", cte="base64"), part(html2, "html", charset="utf-8", cte="base64"))
    emit("au-confirm-request-keigo", kind="merge_confirmation_requested", case_id=A_CASE, lang="ja",
         verified=True, body=body, trace_lines=trace("au", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d2, msgid=ses_msgid(d2),
         new=new2, ids=[A_OLD, A_NEW],
         extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43)])

    # A3: thanks for confirming, we will proceed (support_reply); quotes user's reply + nested
    d3 = jst(2025, 5, 28, 18, 45, 2).astimezone(UTC)
    a = auth_aws(d3)
    new3 = ("佐藤 健太 様\n\n"
            "ご返信いただき、誠にありがとうございます。\n"
            "統合内容についてご承諾いただいたことを確認いたしました。\n\n"
            "これより担当部署にて統合作業を進めてまいります。\n"
            "作業の完了までに数営業日ほどお時間を頂戴する場合がございます。\n"
            "完了いたしましたら、改めて本ケースにてご連絡申し上げます。\n\n"
            "今しばらくお待ちくださいますよう、お願い申し上げます。\n\n"
            "小林\n"
            "Amazon Web Services\n"
            "AWS トレーニングと認定 カスタマーサポート\n")
    q_agent = "\n".join("> > " + l if l else "> >" for l in new2.strip("\n").split("\n"))
    quoted3 = ("\n2025年5月28日(水) 12:31 佐藤 健太 <%s>:\n"
               "> 小林様\n>\n"
               "> ご連絡ありがとうございます。\n"
               "> 内容に相違ありません。統合を進めてください。\n"
               "> The details are correct. Please proceed with the merge.\n>\n"
               "> 佐藤\n>\n"
               "> 2025年5月28日(水) 10:02 Amazon Web Services <%s>:\n"
               "%s\n") % (user, FORM, q_agent)
    text3 = new3 + quoted3
    body = part(text3, charset="utf-8", cte="quoted-printable")
    emit("au-thanks-will-proceed", kind="support_reply", case_id=A_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d3, msgid=ses_msgid(d3),
         new=new3, ids=[])

    # A4: merge completed (ISO-2022-JP plain + UTF-8 HTML), quoted history Outlook-ish JP
    d4 = jst(2025, 5, 30, 9, 20, 55).astimezone(UTC)
    a = auth_aws(d4)
    new4 = ("佐藤 健太 様\n\n"
            "お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n"
            "ご依頼いただいておりました認定アカウントの統合作業が、本日完了いたしましたのでご報告いたします。\n\n"
            "　統合元：%s（無効化済み）\n"
            "　統合先：%s\n\n"
            "今後は統合先アカウント（%s）にて認定ポータルへサインインしてください。\n"
            "統合元アカウントで取得された認定および特典は、統合先アカウントからご確認いただけます。\n"
            "Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。\n\n"
            "その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
            "小林\n"
            "Amazon Web Services\n"
            "AWS トレーニングと認定 カスタマーサポート\n") % (A_OLD, A_NEW, user)
    quoted4 = ("\n-----Original Message-----\n"
               "差出人: 佐藤 健太 <%s>\n"
               "送信日時: 2025年5月28日 12:31\n"
               "宛先: Amazon Web Services <%s>\n"
               "件名: Re: RE:[CASE %s] %s\n\n"
               "小林様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合を進めてください。\n"
               "The details are correct. Please proceed with the merge.\n\n佐藤\n") % (user, FORM, A_CASE, FORM_SUBJ)
    html4 = aws_html(new4, quoted4)
    body = alt(part(new4 + quoted4, charset="iso-2022-jp", cte="7bit"),
               part(html4, "html", charset="utf-8", cte="quoted-printable"))
    emit("au-merge-done-keigo", kind="merge_completed", case_id=A_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d4, msgid=ses_msgid(d4),
         new=new4, ids=[A_OLD, A_NEW])

    # A5: closure / survey, HTML only
    d5 = jst(2025, 5, 30, 9, 21, 40).astimezone(UTC)
    a = auth_aws(d5)
    new5 = ("佐藤 健太 様\n\n"
            "ケース %s はクローズされました。\n\n"
            "このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n"
            "サービス向上のため、簡単なアンケートへのご協力をお願いいたします。\n\n"
            "お問い合わせは解決しましたか？\n"
            "はい　／　いいえ\n\n"
            "担当者の対応を5段階で評価してください。\n"
            "1　2　3　4　5\n\n"
            "※ 本メールは送信専用です。ご返信いただいても対応いたしかねます。\n") % A_CASE
    surl = "https://aws.amazon.com/ja/contact-us/survey/?caseId=%s&amp;lang=ja&amp;r=" % A_CASE
    html5 = html_doc(
        '<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif">\n'
        '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>\n'
        '<tr><td style="padding:24px;font-size:14px">\n'
        '<p>佐藤 健太 様</p>\n<p>ケース %s はクローズされました。</p>\n'
        '<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>サービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>\n'
        '<p><b>お問い合わせは解決しましたか？</b></p>\n'
        '<p><a href="%syes" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">はい</a>&nbsp;&nbsp;'
        '<a href="%sno" style="background:#e9ebed;color:#000;padding:8px 20px;text-decoration:none">いいえ</a></p>\n'
        '<p>担当者の対応を5段階で評価してください。</p>\n<p>' % (A_CASE, surl, surl)
        + "&nbsp;".join('<a href="%sstar%d">%d</a>' % (surl, i, i) for i in range(1, 6))
        + '</p>\n<p style="font-size:11px;color:#687078">※ 本メールは送信専用です。ご返信いただいても対応いたしかねます。</p>\n'
        '</td></tr>\n</table>')
    body = part(html5, "html", charset="utf-8", cte="base64")
    emit("au-closed-survey-html", kind="survey", case_id=A_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject=enc_hdr("[CASE %s] お問い合わせに関するアンケートのお願い" % A_CASE, "utf-8", "B"),
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[])

    # A6: reply about the 50% voucher after the merge (question not about the merge itself)
    d6 = jst(2025, 6, 2, 14, 8, 33).astimezone(UTC)
    a = auth_aws(d6)
    new6 = ("佐藤 健太 様\n\n"
            "お問い合わせいただき、ありがとうございます。小林でございます。\n\n"
            "ご質問いただいた次回試験の 50% 割引特典について確認いたしました。\n"
            "特典はアカウント（ＡＷＳ２３５７１１１３）の「特典」タブに表示されております。\n"
            "割引コードを発行のうえ、試験予約時に入力してご利用ください。\n"
            "有効期限は特典ページに記載の日付までとなりますので、ご注意ください。\n\n"
            "なお、Credly のバッジがまだ届いていない場合は、お手数ですがその旨ご返信ください。\n\n"
            "小林\n"
            "Amazon Web Services\n"
            "AWS トレーニングと認定 カスタマーサポート\n")
    quoted6 = ("\n> 2025/06/01 22:47、佐藤 健太 <%s>のメール:\n>\n"
               "> 小林様\n> 統合ありがとうございました。\n"
               "> 旧アカウントで持っていた50%%割引の特典は新しいアカウントでも使えますか？\n"
               "> 佐藤\n") % user
    body = alt(part(new6 + quoted6, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new6, quoted6), "html", charset="utf-8", cte="quoted-printable"))
    emit("au-voucher-question-answer", kind="support_reply", case_id=A_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d6, a), sender_lines=aws_dkim(d6),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), date=d6, msgid=ses_msgid(d6),
         new=new6, ids=[A_NEW])


thread_a()

# ---------------------------------------------------------------- Thread B --
B_USER = ("中村 美咲", "misaki.nakamura@icloud.com")
B_OPEN = jst(2025, 9, 8, 8, 41, 26)
B_CASE = case15(B_OPEN, 2097)
B_OLD, B_NEW = "AWS71828182", "AWS61803398"
B_SUBJ = "認定アカウントの統合について"


def console_footer_en(case):
    return ("To see all of the correspondence for this case, or to reply, please sign in to the "
            "AWS Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "Note: This e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. or its affiliates.\n" % case)


def thread_b():
    name, user = B_USER
    # B1: console ack, Japanese, iCloud with bimi header first
    d = jst(2025, 9, 8, 8, 41, 30).astimezone(UTC)
    a = auth_aws(d)
    new = ("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\n"
           "お客様のお問い合わせに対応するため、ケース %s をオープンしました。\n\n"
           "ケース ID: %s\n"
           "件名: %s\n"
           "重要度: 一般的なガイダンス\n"
           "カテゴリ: アカウントと請求 > トレーニングと認定\n\n"
           "サポートエンジニアからの回答は、AWS サポートセンターでご確認いただけます:\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
           "このメールは送信専用アドレスから送信されているため、ご返信いただいてもお受けできません。"
           "ケースへの返信はサポートセンターから行ってください。\n\n"
           "よろしくお願いいたします。\n"
           "アマゾン ウェブ サービス\n") % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    new_html = html_doc('<div style="font-family:\'Amazon Ember\',Arial,sans-serif">' + html_paras(new).replace(
        "https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja" % B_CASE,
        '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンター</a>' % B_CASE) + "</div>")
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(new_html, "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-console-ack-ja", kind="case_created", case_id=B_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("icloud", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=enc_hdr("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CASE, "utf-8", "Q"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # B2: English (non-native) agent asks to confirm merge; ids written with space / lower case
    d2 = jst(2025, 9, 9, 2, 17, 45).astimezone(UTC)
    a = auth_aws(d2)
    a["icloud_order"] = ["dmarc", "dkim", "spf"]
    new2 = ("Hello Misaki-san,\n\n"
            "Greetings from AWS Training and Certification!\n\n"
            "I am Rahul and I will be assisting you on this case. Apologies that I am replying in English.\n\n"
            "As per my check in our system, I could see below two certification accounts under your name:\n\n"
            "1) Candidate ID: AWS 71828182  - email: m.nakamura@alumni.tohoku-example.ac.jp  (this account will be merged and deactivated)\n"
            "2) Candidate ID: aws61803398 - email: %s  (this will be your primary account)\n\n"
            "Kindly note that post merge, all the certification history, exam results and benefits of account 1 "
            "will be moved to account 2 and this action cannot be reverted back.\n\n"
            "Request you to please confirm the same by replying to this case from the Support Center, "
            "so that we can go ahead with the process.\n\n"
            "Best regards,\n"
            "Rahul K.\n"
            "Amazon Web Services\n\n"
            "We value your feedback. Please share your experience by rating this correspondence using the AWS "
            "Support Center link at the end of this correspondence.\n") % user
    text2 = new2 + "\n" + console_footer_en(B_CASE)
    body = alt(part(text2, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new2, footer=console_footer_en(B_CASE), lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-confirm-request-en-agent", kind="merge_confirmation_requested", case_id=B_CASE, lang="en",
         verified=True, body=body, trace_lines=trace("icloud", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=enc_hdr("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "utf-8", "Q"),
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[B_NEW, B_OLD])

    # B3: chaser, no accounts named -> support_reply
    d3 = jst(2025, 9, 12, 1, 3, 12).astimezone(UTC)
    a = auth_aws(d3)
    a["icloud_order"] = ["dmarc", "dkim", "spf"]
    new3 = ("Hello Misaki-san,\n\n"
            "Hope you are doing well.\n\n"
            "This is a gentle follow-up on my previous correspondence. As I have not received any response "
            "from your end, I would like to know if you had the chance to go through it.\n\n"
            "Please do let me know at your earliest convenience. Kindly note that if there is no response in the "
            "next 5 days, the case will be auto-resolved. You can always reopen it from the Support Center.\n\n"
            "Best regards,\n"
            "Rahul K.\n"
            "Amazon Web Services\n")
    text3 = new3 + "\n" + console_footer_en(B_CASE)
    body = part(text3, charset="utf-8", cte="7bit")
    emit("icloud-chaser-no-reply-yet", kind="support_reply", case_id=B_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("icloud", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=mixed_subj("RE:[CASE %s]" % B_CASE, B_SUBJ, "utf-8", "B"),
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[])

    # B4: completed ("consolidated"), quoting the user's console reply in Japanese
    d4 = jst(2025, 9, 13, 15, 26, 8).astimezone(UTC)
    a = auth_aws(d4)
    new4 = ("Hello Misaki-san,\n\n"
            "Thank you for your patience.\n\n"
            "I am glad to inform you that your two certification accounts have now been consolidated successfully. "
            "All certifications are now showing under candidate ID AWS61803398 and you may sign in with %s going forward.\n\n"
            "The Credly badges will be re-issued to the same email within 3-5 business days. "
            "If you do not see them after that, please let us know by replying to this case.\n\n"
            "Best regards,\n"
            "Rahul K.\n"
            "Amazon Web Services\n") % user
    quoted4 = ("\n---------- Previous correspondence ----------\n"
               "Customer reply, 2025-09-12 22:40 UTC:\n"
               "Rahul様\n返信が遅くなりすみません。1) AWS 71828182 を 2) aws61803398 に統合することに同意します。\n"
               "I confirm, please proceed.\n中村\n")
    text4 = new4 + quoted4 + "\n" + console_footer_en(B_CASE)
    body = alt(part(text4, charset="utf-8", cte="base64"),
               part(aws_html(new4, quoted4, lang="en", footer=console_footer_en(B_CASE)), "html", charset="utf-8", cte="base64"))
    emit("icloud-consolidated-done-en", kind="merge_completed", case_id=B_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("icloud", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=mixed_subj("RE:[CASE %s]" % B_CASE, B_SUBJ, "utf-8", "Q"),
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[B_NEW])

    # B5: resolution / rating request (English)
    d5 = jst(2025, 9, 13, 15, 30, 44).astimezone(UTC)
    a = auth_aws(d5)
    new5 = ("Hello,\n\n"
            "Your AWS Support case %s has been resolved.\n\n"
            "Subject: %s\n\n"
            "Was your issue resolved?\n"
            "YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
            "NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
            "If you still need help, you can reopen this case from the Support Center within 14 days.\n\n"
            "Thank you for using Amazon Web Services.\n") % (B_CASE, B_SUBJ, B_CASE, B_CASE)
    body = alt(part(new5, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new5, lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-case-resolved-rate", kind="survey", case_id=B_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("icloud", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject="[Case %s] Case resolved - please tell us how we did" % B_CASE,
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[])


thread_b()


# ---------------------------------------------------------------- Thread E --
E_USER = ("渡辺 翔", "sho.watanabe.dev@gmail.com")
E_OPEN = jst(2024, 11, 12, 23, 5, 51)
E_CASE = case15(E_OPEN, 118)
E_OLD, E_NEW = "AWS00918273", "AWS55512034"


def thread_e():
    name, user = E_USER
    subj = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)
    # E1: form ack in English
    d = jst(2024, 11, 12, 23, 6, 20).astimezone(UTC)
    a = auth_aws(d)
    new = ("Hello,\n\n"
           "Thank you for contacting AWS Training and Certification.\n\n"
           "We have received your inquiry and created case %s. A member of our Customer Support team will "
           "review your request and respond within 24 hours.\n\n"
           "To help us assist you faster, please do not submit a new request for the same issue. If you need to "
           "add information, simply reply to this email and keep the case number in the subject line.\n\n"
           "Inquiry type: Certification\n"
           "Detail: Account Merge\n"
           "AWS candidate ID: AWS-00918273\n\n"
           "Regards,\n"
           "AWS Training and Certification Customer Support\n") % E_CASE
    body = alt(part(new, charset="us-ascii", cte="7bit"),
               part(aws_html(new, lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-form-ack-en", kind="case_created", case_id=E_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("gmail", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="[CASE %s] %s" % (E_CASE, FORM_SUBJ), date=d, msgid=ses_msgid(d), new=new, ids=[E_OLD])

    # E2: machine-translated Japanese: ask notification e-mails and which to keep (support_reply)
    d2 = jst(2024, 11, 14, 3, 48, 2).astimezone(UTC)
    a = auth_aws(d2)
    new2 = ("こんにちは 翔、\n\n"
            "AWS トレーニングと認定にお問い合わせいただきありがとうございます。\n\n"
            "あなたが提供した候補者ID（AWS00918273）で検索しましたが、私たちは1つのアカウントのみを見つけることができました。\n"
            "あなたのリクエストを処理するために、以下の情報を提供してください：\n\n"
            "1. 両方のアカウントに関連付けられている通知メールアドレス\n"
            "2. 両方のアカウントのログインメールアドレス\n"
            "3. どちらのアカウントを保持したいか\n\n"
            "この情報を受け取ったら、私たちはあなたのリクエストを続行します。\n"
            "私たちはあなたの忍耐に感謝します。\n\n"
            "敬具、\n"
            "Maria S.\n"
            "アマゾン ウェブ サービス\n")
    html2 = aws_html(new2)
    body = alt(part(new2, charset="utf-8", cte="base64"), part(html2, "html", charset="utf-8", cte="base64"))
    emit("gmail-mt-ask-emails", kind="support_reply", case_id=E_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("gmail", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[E_OLD])

    # E3: machine-translated confirmation request, quoting user's gmail reply
    d3 = jst(2024, 11, 15, 4, 12, 30).astimezone(UTC)
    a = auth_aws(d3)
    new3 = ("こんにちは 翔、\n\n"
            "情報を提供していただきありがとうございます。\n"
            "以下のアカウントのマージを確認してください：\n\n"
            "ソースアカウント（マージされます）：AWS00918273 – sho.watanabe@tsubame-soft.example.jp\n"
            "ターゲットアカウント（保持されます）：AWS55512034 – %s\n\n"
            "マージが完了すると、ソースアカウントの認定はターゲットアカウントに移動され、ソースアカウントは閉じられます。\n"
            "マージは元に戻すことはできないことに注意してください。\n\n"
            "上記の詳細が正しい場合は、「はい、マージを進めてください」とこのメールに返信してください。\n\n"
            "敬具、\n"
            "Maria S.\n"
            "アマゾン ウェブ サービス\n") % user
    quoted3 = ("\n2024年11月14日(木) 21:03 渡辺 翔 <%s>:\n\n"
               "> Maria様\n>\n> ご連絡ありがとうございます。\n"
               "> 旧アカウント: sho.watanabe@tsubame-soft.example.jp\n"
               "> 新アカウント: %s （こちらを残したいです。ID は AWS55512034 です）\n>\n> 渡辺\n") % (user, user)
    html3 = html_doc('<div dir="ltr">' + html_paras(new3) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                     '2024年11月14日(木) 21:03 渡辺 翔 &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">Maria様<br><br>ご連絡ありがとうございます。<br>'
                     '旧アカウント: sho.watanabe@tsubame-soft.example.jp<br>新アカウント: %s （こちらを残したいです。ID は AWS55512034 です）<br><br>渡辺</blockquote></div>'
                     % (user, user))
    body = alt(part(new3 + quoted3, charset="utf-8", cte="base64"), part(html3, "html", charset="utf-8", cte="base64"))
    emit("gmail-mt-confirm-merge", kind="merge_confirmation_requested", case_id=E_CASE, lang="ja",
         verified=True, body=body, trace_lines=trace("gmail", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[E_OLD, E_NEW])

    # E4: machine-translated completion; quotes user's confirmation which quotes E3 ("> >")
    d4 = jst(2024, 11, 16, 11, 55, 9).astimezone(UTC)
    a = auth_aws(d4)
    new4 = ("こんにちは 翔、\n\n"
            "お待たせしました。あなたのアカウントのマージは正常に完了しました。\n"
            "すべての認定は現在、候補者ID AWS55512034 の下に表示されます。\n\n"
            "Credly バッジが新しいメールアドレスに届くまで、最大 72 時間かかる場合があります。\n\n"
            "他に質問がある場合は、お気軽にお問い合わせください。\n\n"
            "敬具、\n"
            "Maria S.\n"
            "アマゾン ウェブ サービス\n")
    q3 = "\n".join(("> > " + l) if l else "> >" for l in new3.strip("\n").split("\n"))
    quoted4 = ("\n2024年11月15日(金) 19:20 渡辺 翔 <%s>:\n\n"
               "> はい、マージを進めてください。\n> Yes, please proceed with the merge.\n>\n> 渡辺\n>\n"
               "> 2024年11月15日(金) 13:12 Amazon Web Services <%s>:\n>\n%s\n") % (user, FORM, q3)
    body = part(new4 + quoted4, charset="utf-8", cte="quoted-printable")
    emit("gmail-mt-merge-complete", kind="merge_completed", case_id=E_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("gmail", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[E_NEW])

    # E5: closure notice (English template) with the completion quoted below -> survey
    d5 = jst(2024, 11, 19, 12, 0, 3).astimezone(UTC)
    a = auth_aws(d5)
    new5 = ("Hello,\n\n"
            "We're reaching out to let you know that case %s has been closed. We hope we were able to help.\n\n"
            "How did we do? Please take 1 minute to tell us about your experience:\n"
            "https://amazonwebservices.qualtrics.com/jfe/form/SV_9Ht0cert?case=%s\n\n"
            "Was your issue resolved?  [YES]  [NO]\n\n"
            "Thank you,\n"
            "AWS Training and Certification\n") % (E_CASE, E_CASE)
    quoted5 = ("\n---- Last message on this case ----\n" + new4 + "\n")
    body = alt(part(new5 + quoted5, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new5, quoted5, lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-closure-survey-quotes-done", kind="survey", case_id=E_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("gmail", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="Case %s closed: tell us about your experience" % E_CASE,
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[])


thread_e()

# ---------------------------------------------------------------- Thread C --
C_USER = ("高橋 誠", "makoto.t-1979@sky.ocn.ne.jp")
C_CASE = "10079316452"          # 11-digit (2022)
C_OLD, C_NEW = "AWS31415926", "AWS14142135"
C_SUBJ = "認定アカウントの統合依頼"


def zen(s):
    """ASCII letters/digits -> full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") else c for c in s)


def thread_c():
    name, user = C_USER
    # C1: console ack, English, 2022
    d = datetime(2022, 3, 14, 6, 31, 7, tzinfo=UTC)
    a = auth_aws(d)
    new = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
           "The details of your case are as follows:\n\n"
           "Case ID: %s\n"
           "Subject: %s\n"
           "Severity: General guidance\n"
           "\n"
           "We will respond to your case as soon as possible. You can view your case in the AWS Support Center:\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
           "Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
           "To respond to this case, please follow the link above.\n\n"
           "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark "
           "of Amazon.com, Inc. or its affiliates.\n") % (C_CASE, C_CASE, C_SUBJ, C_CASE)
    body = part(new, charset="utf-8", cte="quoted-printable")
    emit("ocn-console-ack-2022-en", kind="case_created", case_id=C_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("ocn", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject="Amazon Web Services: You have opened a new Support case: %s" % C_CASE,
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # C2: confirmation request, keigo, full-width ids, ISO-2022-JP
    d2 = datetime(2022, 3, 15, 1, 12, 40, tzinfo=UTC)
    a = auth_aws(d2)
    new2 = ("高橋 誠 様\n\n"
            "アマゾン ウェブ サービス（AWS）サポートへお問い合わせいただき、誠にありがとうございます。\n"
            "トレーニングと認定を担当しております、松本と申します。\n\n"
            "お申し出いただきました認定アカウントの統合につきまして、弊社にて調査いたしましたところ、\n"
            "以下の 2 つのアカウントが存在することを確認いたしました。\n\n"
            "　・%s（makoto.takahashi@kitano-denki.example.co.jp）… 統合後に閉鎖\n"
            "　・%s（%s）… 統合後も継続してご利用\n\n"
            "つきましては、%s の認定情報を %s へ移行し、アカウントを一つにまとめる形で\n"
            "よろしいでしょうか。統合は一度実施いたしますと取り消すことができません。\n\n"
            "お手数ではございますが、サポートセンターより本ケースにご返信いただき、\n"
            "上記内容でのご承認をいただけますと幸いです。\n\n"
            "引き続きよろしくお願い申し上げます。\n\n"
            "松本\n"
            "アマゾン ウェブ サービス ジャパン\n") % (zen(C_OLD), zen(C_NEW), user, zen(C_OLD), zen(C_NEW))
    foot = ("本ケースのすべてのやり取りの確認、および返信は、AWS サポートセンターから行ってください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n") % C_CASE
    body = part(new2 + "\n" + foot, charset="iso-2022-jp", cte="7bit")
    emit("ocn-confirm-request-zenkaku", kind="merge_confirmation_requested", case_id=C_CASE, lang="ja",
         verified=True, body=body, trace_lines=trace("ocn", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=mixed_subj("RE:[CASE %s]" % C_CASE, C_SUBJ, "iso-2022-jp"),
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[C_OLD, C_NEW])

    # C3: status update: in progress (support_reply) naming the accounts
    d3 = datetime(2022, 3, 16, 8, 2, 51, tzinfo=UTC)
    a = auth_aws(d3)
    new3 = ("高橋 誠 様\n\n"
            "ご返信ありがとうございます。松本でございます。\n\n"
            "%s と %s の統合につきまして、ご承認いただきありがとうございました。\n"
            "現在、担当部署にて作業を進めております。\n"
            "作業が完了するまで、今しばらくお待ちいただけますと幸いです。\n"
            "進捗がございましたら、本ケースにて改めてご案内いたします。\n\n"
            "松本\n"
            "アマゾン ウェブ サービス ジャパン\n") % (zen(C_OLD), zen(C_NEW))
    body = alt(part(new3 + "\n" + foot, charset="iso-2022-jp", cte="7bit"),
               part(aws_html(new3, footer=foot), "html", charset="utf-8", cte="quoted-printable"))
    emit("ocn-in-progress-update", kind="support_reply", case_id=C_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("ocn", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=mixed_subj("RE:[CASE %s]" % C_CASE, C_SUBJ, "iso-2022-jp"),
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[C_OLD, C_NEW])

    # C4: completed
    d4 = datetime(2022, 3, 18, 2, 44, 19, tzinfo=UTC)
    a = auth_aws(d4)
    new4 = ("高橋 誠 様\n\n"
            "大変お待たせいたしました。松本でございます。\n\n"
            "認定アカウントの統合作業が完了いたしました。\n"
            "これまでの認定はすべて %s にてご確認いただけます。\n"
            "旧アカウントはすでに閉鎖されておりますので、今後は %s でサインインしてください。\n\n"
            "ご不便をおかけいたしましたこと、お詫び申し上げます。\n"
            "今後とも AWS をよろしくお願い申し上げます。\n\n"
            "松本\n"
            "アマゾン ウェブ サービス ジャパン\n") % (zen(C_NEW), user)
    quoted4 = ("\n---------- 以前のやり取り ----------\n"
               "お客様からの返信 (2022-03-15 21:05 JST):\n"
               "松本様\nお世話になっております。上記の内容で問題ございません。統合をお願いいたします。\n"
               "（統合元 AWS31415926 → 統合先 AWS14142135）\n高橋\n")
    body = part(new4 + quoted4 + "\n" + foot, charset="iso-2022-jp", cte="7bit")
    emit("ocn-merge-finished-jis", kind="merge_completed", case_id=C_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("ocn", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=mixed_subj("RE:[CASE %s]" % C_CASE, C_SUBJ, "iso-2022-jp"),
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[C_NEW])

    # C5: survey (Japanese console template)
    d5 = datetime(2022, 3, 25, 3, 0, 12, tzinfo=UTC)
    a = auth_aws(d5)
    new5 = ("AWS サポートをご利用いただき、ありがとうございます。\n\n"
            "ケース %s（%s）は解決済みとしてクローズされました。\n\n"
            "今回のサポートについてのご意見をお聞かせください。所要時間は 1 分程度です。\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rate=true\n\n"
            "問題は解決しましたか?  はい / いいえ\n\n"
            "アマゾン ウェブ サービス\n") % (C_CASE, C_SUBJ, C_CASE)
    body = alt(part(new5, charset="utf-8", cte="base64"),
               part(aws_html(new5), "html", charset="utf-8", cte="base64"))
    emit("ocn-resolved-survey-ja", kind="survey", case_id=C_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("ocn", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject=enc_hdr("[Case %s] サポートに関するアンケートのお願い" % C_CASE, "iso-2022-jp"),
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[])


thread_c()


# ---------------------------------------------------------------- Thread D --
D_USER = ("Yuki Yamamoto", "yuki-yamamoto@ba2.so-net.ne.jp")
D_CASE = "7284019365"           # 10-digit (2020)
D_OLD, D_NEW = "AWS80042217", "AWS80117729"


def thread_d():
    name, user = D_USER
    subj = "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ)
    # D1: acknowledgement, 2020, no Authentication-Results at all (old so-net relay)
    d = datetime(2020, 7, 21, 13, 2, 44, tzinfo=UTC)
    a = auth_aws(d)
    new = ("Dear Yuki Yamamoto,\n\n"
           "Thank you for contacting AWS Training and Certification Customer Support. "
           "Your request has been received and assigned case number %s.\n\n"
           "Our team will get back to you within 1 business day. Please retain this case number for future reference.\n\n"
           "Sincerely,\n"
           "AWS Training and Certification\n") % D_CASE
    body = part(new, charset="us-ascii", cte="7bit")
    emit("sonet-2020-ack-no-auth", kind="case_created", case_id=D_CASE, lang="en", verified=None,
         body=body, trace_lines=trace("none", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="[CASE %s] %s" % (D_CASE, FORM_SUBJ), date=d, msgid=ses_msgid(d), new=new, ids=[])

    # D2: confirmation request, English, so-net AR pass
    d2 = datetime(2020, 7, 22, 16, 40, 3, tzinfo=UTC)
    a = auth_aws(d2)
    new2 = ("Dear Yuki,\n\n"
            "Thank you for reaching out to us.\n\n"
            "I have located the two certification profiles below. Before I can combine them, please review the details:\n\n"
            "  Profile to be retired: AWS80042217 (yuki.yamamoto@nishikaze-trading.example.co.jp)\n"
            "  Profile to be retained: AWS80117729 (%s)\n\n"
            "All certifications, exam history and benefits will be transferred to the retained profile. "
            "Please be aware that this process is permanent and cannot be reversed.\n\n"
            "Kindly reply to this email with your approval so that I can submit the request.\n\n"
            "Kind regards,\n"
            "Jessica\n"
            "AWS Training and Certification Customer Support\n") % user
    body = alt(part(new2, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new2, lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("sonet-2020-approval-request", kind="merge_confirmation_requested", case_id=D_CASE, lang="en",
         verified=True, body=body, trace_lines=trace("sonet", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[D_OLD, D_NEW])

    # D3: completed, no AR (null); user's English confirmation quoted as -----Original Message-----
    d3 = datetime(2020, 7, 24, 19, 15, 31, tzinfo=UTC)
    a = auth_aws(d3)
    new3 = ("Dear Yuki,\n\n"
            "Good news - your certification profiles have been combined. Going forward, please use "
            "AWS80117729 to sign in to your AWS Certification Account.\n\n"
            "If your digital badges do not appear on Acclaim within 5 business days, please let me know.\n\n"
            "Kind regards,\n"
            "Jessica\n"
            "AWS Training and Certification Customer Support\n")
    quoted3 = ("\n-----Original Message-----\n"
               "From: Yuki Yamamoto <%s>\n"
               "Sent: Thursday, July 23, 2020 9:02 AM\n"
               "To: Amazon Web Services <%s>\n"
               "Subject: Re: %s\n\n"
               "Dear Jessica,\n\nThank you for your support. I approve. Please merge AWS80042217 into AWS80117729.\n\n"
               "Best regards,\nYuki Yamamoto\n") % (user, FORM, subj)
    body = part(new3 + quoted3, charset="utf-8", cte="7bit")
    emit("sonet-2020-combined-no-auth", kind="merge_completed", case_id=D_CASE, lang="en", verified=None,
         body=body, trace_lines=trace("none", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[D_NEW])

    # D4: survey 2020
    d4 = datetime(2020, 7, 24, 19, 16, 2, tzinfo=UTC)
    a = auth_aws(d4)
    new4 = ("Dear Customer,\n\n"
            "Your case %s has been marked as resolved.\n\n"
            "We would appreciate your feedback on the support you received. "
            "Please rate your experience by clicking one of the options below:\n\n"
            "Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied\n\n"
            "Thank you,\nAWS Training and Certification\n") % D_CASE
    html4 = html_doc('<table style="font-family:Arial"><tr><td>' + html_paras(new4).replace(
        "Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied",
        " | ".join('<a href="https://aws-tc-survey.example-survey.amazon.com/s?c=%s&amp;v=%d">%s</a>' % (D_CASE, i, t)
                   for i, t in enumerate(["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"])))
        + "</td></tr></table>", lang="en")
    body = alt(part(new4, charset="us-ascii", cte="7bit"), part(html4, "html", charset="utf-8", cte="quoted-printable"))
    emit("sonet-2020-resolved-rating", kind="survey", case_id=D_CASE, lang="en", verified=True,
         body=body, trace_lines=trace("sonet", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="Your case %s has been resolved - How did we do?" % D_CASE,
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[])

    # D5: Acclaim (youracclaim.com) badge issued, 2020
    d5 = datetime(2020, 7, 26, 0, 41, 17, tzinfo=UTC)
    mf = "bounces+2184411-7c1e-yuki-yamamoto=ba2.so-net.ne.jp@em.youracclaim.com"
    a = {"mailfrom": mf, "ip": "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 250)), "spf": "pass",
         "dkim": [("pass", "youracclaim.com", "s1"), ("pass", "sendgrid.net", "smtpapi")],
         "dmarc": "pass", "from_dom": "youracclaim.com", "policy": "NONE"}
    new5 = ("Yuki, Amazon Web Services Training and Certification has issued you a badge.\n\n"
            "AWS Certified Solutions Architect - Associate\n\n"
            "Accept your badge: https://www.youracclaim.com/badges/%s/accept\n\n"
            "Share your accomplishment with your network, and let employers know what you can do.\n\n"
            "Acclaim by Credly, Inc. | 1239 Broadway, Suite 1504, New York, NY 10001\n"
            "Unsubscribe: https://www.youracclaim.com/users/unsubscribe?token=%s\n") % (uuid.UUID(int=R.getrandbits(128)), rhex(32))
    html5 = html_doc('<table width="100%%" style="font-family:Helvetica,Arial"><tr><td align="center">'
                     '<img src="https://images.youracclaim.com/size/340x340/images/%s/AWS-SolArchitect-Associate.png" width="170" alt="badge">'
                     '<h2>Yuki, Amazon Web Services Training and Certification has issued you a badge.</h2>'
                     '<p><b>AWS Certified Solutions Architect - Associate</b></p>'
                     '<p><a href="https://www.youracclaim.com/badges/x/accept" style="background:#2b7bb9;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
                     '<p style="font-size:11px;color:#888">Acclaim by Credly, Inc. | 1239 Broadway, Suite 1504, New York, NY 10001</p>'
                     '</td></tr></table>' % uuid.UUID(int=R.getrandbits(128)), lang="en")
    body = alt(part(new5, charset="utf-8", cte="quoted-printable"), part(html5, "html", charset="utf-8", cte="quoted-printable"))
    emit("sonet-2020-acclaim-badge", kind="credly_badge_issued", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("sonet", user, d5, a, sender_host="o%d.ptr%d.youracclaim.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=[dkim_sig("youracclaim.com", "s1", d5, "from:subject:mime-version:to:content-type"),
                       dkim_sig("sendgrid.net", "smtpapi", d5, "from:subject:mime-version:to:content-type")],
         frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to=user,
         subject="Yuki, you've been issued a new badge from Amazon Web Services Training and Certification",
         date=d5, msgid="<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 200)),
         new=new5, ids=[])


thread_d()

# ---------------------------------------------------------------- Thread F --
F_USER = ("井上 優子", "yuko.inoue88@outlook.jp")
F_OPEN = jst(2025, 2, 3, 19, 22, 5)
F_CASE = case15(F_OPEN, 7760)
F_OLD, F_NEW = "AWS62831853", "AWS57721566"
F_SUBJ = "AWS認定のアカウントが2つあります"


def console_footer_ja(case):
    return ("このケースに関するすべてのやり取りを確認する、または返信するには、AWS サポートセンターにサインインしてください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n"
            "このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできません。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n" % case)


def thread_f():
    name, user = F_USER
    to = addr(name, user, "utf-8", "B")
    # F1: console ack, HTML only, full-width case id in body
    d = jst(2025, 2, 3, 19, 22, 11).astimezone(UTC)
    a = auth_aws(d)
    zcase = zen(F_CASE)
    new = ("アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。\n"
           "お客様の問題に対応するため、ケースをオープンいたしました。\n\n"
           "ケースＩＤ：%s\n件名：%s\n重要度：一般的なガイダンス\n\n"
           "担当者からの回答をお待ちください。\n") % (zcase, F_SUBJ)
    html = html_doc(
        '<table width="640" cellpadding="0" cellspacing="0" style="font-family:Meiryo,\'Hiragino Sans\',sans-serif;font-size:14px">\n'
        '<tr><td style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:18px">アマゾン ウェブ サービス</td></tr>\n'
        '<tr><td style="padding:20px">\n'
        '<p>アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。<br>お客様の問題に対応するため、ケースをオープンいたしました。</p>\n'
        '<table style="border:1px solid #d5dbdb;font-size:14px" cellpadding="6">'
        '<tr><td style="background:#f2f3f3">ケースＩＤ</td><td>%s</td></tr>'
        '<tr><td style="background:#f2f3f3">件名</td><td>%s</td></tr>'
        '<tr><td style="background:#f2f3f3">重要度</td><td>一般的なガイダンス</td></tr></table>\n'
        '<p>担当者からの回答をお待ちください。<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>\n'
        '<p style="font-size:11px;color:#687078">このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできません。</p>\n'
        '</td></tr></table>' % (zcase, F_SUBJ, F_CASE))
    body = part(html, "html", charset="utf-8", cte="base64")
    emit("outlookjp-console-ack-zenkaku-html", kind="case_created", case_id=F_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("outlook", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=to,
         subject=enc_hdr("Amazon Web Services: 新しいサポートケース: %s" % F_CASE, "utf-8", "B"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # F2: "new correspondence added" notice (Japanese), no content -> support_reply
    d2 = jst(2025, 2, 4, 11, 7, 45).astimezone(UTC)
    a = auth_aws(d2)
    new2 = ("ケース %s に新しい通信が追加されました。\n\n"
            "件名: %s\n\n"
            "内容を確認し返信するには、AWS サポートセンターにサインインしてください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "よろしくお願いいたします。\n"
            "アマゾン ウェブ サービス\n") % (F_CASE, F_SUBJ, F_CASE)
    body = alt(part(new2, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new2), "html", charset="utf-8", cte="quoted-printable"))
    emit("outlookjp-new-correspondence-notice", kind="support_reply", case_id=F_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("outlook", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=to,
         subject=mixed_subj("[Case %s]" % F_CASE, "新しい通信が追加されました", "utf-8", "B"),
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[])

    # F3: agent asks which to keep + login e-mails (keigo), full-width hyphenated id
    d3 = jst(2025, 2, 4, 11, 7, 52).astimezone(UTC)
    a = auth_aws(d3)
    new3 = ("井上 優子 様\n\n"
            "AWS サポートにお問い合わせいただき、ありがとうございます。\n"
            "トレーニングと認定担当の森でございます。\n\n"
            "ご申告いただいた受験者 ID（ＡＷＳ－６２８３１８５３）の他に、同じお名前で登録された認定アカウントを1件確認いたしました。\n"
            "お手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。\n\n"
            "1. それぞれのアカウントにサインインする際のメールアドレス\n"
            "2. 今後も継続してご利用になりたいアカウント（どちらを残すか）\n"
            "3. 統合をご希望される理由（例：転職によりメールアドレスが変わった 等）\n\n"
            "いただいた情報をもとに、改めてご案内いたします。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "森\n"
            "アマゾン ウェブ サービス ジャパン合同会社\n")
    body = alt(part(new3 + "\n" + console_footer_ja(F_CASE), charset="utf-8", cte="base64"),
               part(aws_html(new3, footer=console_footer_ja(F_CASE)), "html", charset="utf-8", cte="base64"))
    emit("outlookjp-ask-which-to-keep", kind="support_reply", case_id=F_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("outlook", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=to,
         subject=mixed_subj("RE:[CASE %s]" % F_CASE, F_SUBJ, "utf-8", "B"),
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[F_OLD])

    # F4: confirmation request with "一本化"; previous correspondence (user's answer) below
    d4 = jst(2025, 2, 5, 16, 40, 13).astimezone(UTC)
    a = auth_aws(d4)
    new4 = ("井上 優子 様\n\n"
            "ご回答いただき、誠にありがとうございます。森でございます。\n\n"
            "いただいた情報をもとに、以下のとおりアカウントを一本化する手配を進めたいと存じます。\n\n"
            "　残すアカウント　：%s（%s）\n"
            "　閉鎖するアカウント：%s（yuko.inoue@minato-bank.example.co.jp）\n\n"
            "閉鎖するアカウントの認定・受験履歴・特典は、残すアカウントへすべて引き継がれます。\n"
            "恐れ入りますが、この処理は実施後に取り消すことができません。\n\n"
            "上記の内容でお間違いがなければ、サポートセンターから「上記内容で進めてください」とご返信いただけますでしょうか。\n"
            "ご返信を確認次第、手続きを開始いたします。\n\n"
            "森\n"
            "アマゾン ウェブ サービス ジャパン合同会社\n") % (F_NEW, user, F_OLD)
    quoted4 = ("\n---------- お客様からの返信 (2025/02/05 0:14 JST) ----------\n"
               "森様\n\nお世話になっております。井上です。\n"
               "1. 旧：yuko.inoue@minato-bank.example.co.jp（AWS62831853）／新：%s（AWS57721566）\n"
               "2. 新しい方（AWS57721566）を残したいです。\n"
               "3. 転職により会社のメールアドレスが使えなくなったためです。\n\nよろしくお願いいたします。\n") % user
    body = alt(part(new4 + quoted4 + "\n" + console_footer_ja(F_CASE), charset="utf-8", cte="quoted-printable"),
               part(aws_html(new4, quoted4, footer=console_footer_ja(F_CASE)), "html", charset="utf-8", cte="quoted-printable"))
    emit("outlookjp-confirm-ipponka", kind="merge_confirmation_requested", case_id=F_CASE, lang="ja",
         verified=True, body=body, trace_lines=trace("outlook", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=to,
         subject=mixed_subj("RE:[CASE %s]" % F_CASE, F_SUBJ, "utf-8", "B"),
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[F_OLD, F_NEW])

    # F5: agent-written completion that also closes the case and asks for a rating -> merge_completed
    d5 = jst(2025, 2, 7, 10, 3, 27).astimezone(UTC)
    a = auth_aws(d5)
    new5 = ("井上 優子 様\n\n"
            "お待たせいたしました。森でございます。\n\n"
            "ご依頼のアカウント統合につきまして、本日処理が完了いたしました。\n"
            "%s の認定は %s へ移行済みです。今後は %s でサインインしてください。\n\n"
            "本件はこれにて解決とさせていただき、ケースをクローズいたします。\n"
            "差し支えなければ、サポートセンターにて今回の対応の評価にご協力いただけますと幸いです。\n\n"
            "このたびはご不便をおかけいたしました。今後とも AWS をよろしくお願いいたします。\n\n"
            "森\n"
            "アマゾン ウェブ サービス ジャパン合同会社\n") % (zen(F_OLD), zen(F_NEW), user)
    body = alt(part(new5 + "\n" + console_footer_ja(F_CASE), charset="utf-8", cte="quoted-printable"),
               part(aws_html(new5, footer=console_footer_ja(F_CASE)), "html", charset="utf-8", cte="quoted-printable"))
    emit("outlookjp-done-and-closing", kind="merge_completed", case_id=F_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("outlook", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=to,
         subject=mixed_subj("RE:[CASE %s]" % F_CASE, F_SUBJ, "utf-8", "B"),
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[F_OLD, F_NEW])


thread_f()


# ---------------------------------------------------------------- Thread G --
G_USER = ("木村 大輔", "daisuke-kimura.0815@docomo.ne.jp")
G_CASE1 = "12488017326"   # first case, 2023, auto-closed
G_CASE2 = "12501873904"   # second case
G_OLD, G_NEW = "AWS20230611", "AWS19870505"


def thread_g():
    name, user = G_USER
    to = addr(name, user, "iso-2022-jp")
    # G1: first case auto-closed for no reply -> survey (closure notice)
    d = datetime(2023, 6, 12, 0, 5, 44, tzinfo=UTC)
    a = auth_aws(d)
    new = ("木村 大輔 様\n\n"
           "AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n"
           "ケース %s につきまして、一定期間お客様からのご返信が確認できなかったため、"
           "自動的にクローズいたしました。\n"
           "引き続きサポートが必要な場合は、本メールにご返信いただくことでケースを再開できます。\n\n"
           "よろしければ、今回の対応についてアンケートにご協力ください。\n"
           "https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSurveyJA?case=%s\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n") % (G_CASE1, G_CASE1)
    body = part(new, charset="iso-2022-jp", cte="7bit")
    emit("docomo-first-case-autoclosed", kind="survey", case_id=G_CASE1, lang="ja", verified=True,
         body=body, trace_lines=trace("docomo", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject=mixed_subj("[CASE %s]" % G_CASE1, "ケースのクローズについて", "iso-2022-jp"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # G2: second case acknowledgement, Japanese; ids echoed in new text with varied writing
    d2 = datetime(2023, 6, 13, 12, 48, 9, tzinfo=UTC)
    a = auth_aws(d2)
    new2 = ("木村 大輔 様\n\n"
            "お問い合わせありがとうございます。下記のとおり受け付けました。\n\n"
            "ケース番号：%s\n"
            "お問い合わせ種別：Certification / Account Merge\n"
            "受験者ID：aws-20230611 ／ aws-19870505\n\n"
            "担当者より、原則24時間以内にご連絡いたします。\n"
            "※ 同一内容で複数のお問い合わせをいただくと回答が遅れる場合がございます。\n\n"
            "AWS トレーニングと認定 カスタマーサポート\n") % G_CASE2
    body = alt(part(new2, charset="iso-2022-jp", cte="7bit"),
               part(aws_html(new2), "html", charset="utf-8", cte="base64"))
    emit("docomo-second-case-ack", kind="case_created", case_id=G_CASE2, lang="ja", verified=True,
         body=body, trace_lines=trace("docomo", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject=mixed_subj("[CASE %s]" % G_CASE2, "お問い合わせを受け付けました", "iso-2022-jp"),
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[G_OLD, G_NEW])

    # G3: agent: duplicate case handled here, asks login e-mails (support_reply) mentions old case id
    d3 = datetime(2023, 6, 14, 2, 21, 37, tzinfo=UTC)
    a = auth_aws(d3)
    new3 = ("木村 大輔 様\n\n"
            "AWS トレーニングと認定 カスタマーサポートの藤田です。\n"
            "お問い合わせいただき、ありがとうございます。\n\n"
            "以前にいただいたケース %s は、ご返信が確認できずクローズとなっておりましたので、"
            "今後は本ケース（%s）にて対応させていただきます。\n\n"
            "統合のお手続きを進めるため、それぞれのアカウントのログイン用メールアドレスを教えていただけますか。\n"
            "また、携帯電話のメールアドレスをご利用の場合、amazon.com からのメールを受信できるよう設定をお願いします。\n\n"
            "よろしくお願いします。\n\n"
            "藤田\n"
            "AWS トレーニングと認定 カスタマーサポート\n") % (G_CASE1, G_CASE2)
    body = part(new3, charset="iso-2022-jp", cte="7bit")
    emit("docomo-duplicate-ask-logins", kind="support_reply", case_id=G_CASE2, lang="ja", verified=True,
         body=body, trace_lines=trace("docomo", user, d3, a), sender_lines=aws_dkim(d3),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject="RE:[CASE %s] %s" % (G_CASE2, FORM_SUBJ),
         date=d3, msgid=ses_msgid(d3), new=new3, ids=[])

    # G4: confirmation request (plain polite style), quotes user's reply "-----Original Message-----"
    d4 = datetime(2023, 6, 15, 5, 9, 50, tzinfo=UTC)
    a = auth_aws(d4)
    new4 = ("木村 大輔 様\n\n"
            "藤田です。ご連絡ありがとうございます。\n\n"
            "次の内容で統合を行います。問題がないか確認してください。\n\n"
            "　統合されるアカウント: AWS20230611（daisuke.kimura@gmail.com）\n"
            "　残るアカウント　　　: AWS19870505（%s）\n\n"
            "統合したあとで元に戻すことはできません。\n"
            "よろしければ、このメールに「はい」とだけ返信してください。\n\n"
            "藤田\n"
            "AWS トレーニングと認定 カスタマーサポート\n") % user
    quoted4 = ("\n-----Original Message-----\n"
               "From: 木村 大輔 <%s>\n"
               "Sent: 2023/06/14 21:33\n"
               "To: aws-cs-trainingcertification-form@amazon.com\n"
               "Subject: Re: RE:[CASE %s]\n\n"
               "藤田様\n\n"
               "旧アカウントのメールは daisuke.kimura@gmail.com、新しい方はこのドコモのアドレスです。\n"
               "ドコモの方（AWS19870505）を残したいです。よろしくお願いします。\n") % (user, G_CASE2)
    body = alt(part(new4 + quoted4, charset="iso-2022-jp", cte="7bit"),
               part(aws_html(new4, quoted4), "html", charset="utf-8", cte="quoted-printable"))
    emit("docomo-confirm-plain-polite", kind="merge_confirmation_requested", case_id=G_CASE2, lang="ja",
         verified=True, body=body, trace_lines=trace("docomo", user, d4, a), sender_lines=aws_dkim(d4),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject="RE:[CASE %s] %s" % (G_CASE2, FORM_SUBJ),
         date=d4, msgid=ses_msgid(d4), new=new4, ids=[G_OLD, G_NEW])

    # G5: completion, with "> " quoted user's "はい" and "> >" nested agent request
    d5 = datetime(2023, 6, 16, 7, 30, 2, tzinfo=UTC)
    a = auth_aws(d5)
    new5 = ("木村 大輔 様\n\n"
            "藤田です。\n"
            "アカウントの統合処理が終わりましたので、お知らせします。\n"
            "これからはドコモのメールアドレスでログインしてください。\n"
            "資格の情報はすべて新しいアカウントに入っています。\n\n"
            "藤田\n"
            "AWS トレーニングと認定 カスタマーサポート\n")
    q = "\n".join(("> > " + l) if l else "> >" for l in new4.strip("\n").split("\n"))
    quoted5 = ("\n> はい\n>\n> 木村\n>\n> ---- 藤田 <%s> wrote ----\n%s\n") % (FORM, q)
    body = part(new5 + quoted5, charset="iso-2022-jp", cte="7bit")
    emit("docomo-merge-owarimashita", kind="merge_completed", case_id=G_CASE2, lang="ja", verified=True,
         body=body, trace_lines=trace("docomo", user, d5, a), sender_lines=aws_dkim(d5),
         frm='"Amazon Web Services" <%s>' % FORM, to=to,
         subject="RE:[CASE %s] %s" % (G_CASE2, FORM_SUBJ),
         date=d5, msgid=ses_msgid(d5), new=new5, ids=[])


thread_g()

# ---------------------------------------------------------------- Thread H --
H_USER = ("斎藤 陽菜", "hina_saito2024@yahoo.co.jp")
H_OPEN = jst(2024, 7, 8, 22, 10, 36)
H_CASE = case15(H_OPEN, 55)
H_OLD, H_NEW = "AWS73205080", "AWS26457513"


def thread_h():
    name, user = H_USER
    subj = "RE:[CASE %s] %s" % (H_CASE, FORM_SUBJ)
    # H1: completion, HTML only, English agent; user's Outlook (Japanese UI) reply quoted below
    d = jst(2024, 7, 11, 4, 55, 18).astimezone(UTC)
    a = auth_aws(d)
    new = ("Hello Hina,\n\n"
           "Thank you for your confirmation.\n\n"
           "We have now completed the merge of your AWS Certification accounts. Your certifications and exam "
           "history are available under AWS26457513, and your previous account can no longer be used to sign in.\n\n"
           "Please allow up to 48 hours for your Credly badges to show under your current email address.\n\n"
           "Best regards,\n"
           "Daniel\n"
           "AWS Training and Certification Customer Support\n")
    old_req = ("Hello Hina,\n\nPlease confirm that we may merge AWS73205080 (hina.saito@kaede-univ.example.ac.jp) into "
               "AWS26457513 (%s). The surviving account will be AWS26457513. This action is irreversible.\n\n"
               "Best regards,\nDaniel\n") % user
    quoted_html = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
        '<p class="MsoNormal"><b>差出人:</b> 斎藤 陽菜 &lt;%s&gt;<br><b>送信日時:</b> 2024年7月10日 8:41<br>'
        '<b>宛先:</b> Amazon Web Services &lt;%s&gt;<br><b>件名:</b> RE: %s</p></div>'
        '<p class="MsoNormal">Daniel様</p><p class="MsoNormal">ご確認ありがとうございます。内容に相違ありません。'
        'Please proceed with the merge.</p><p class="MsoNormal">斎藤</p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
        '<p class="MsoNormal"><b>差出人:</b> Amazon Web Services &lt;%s&gt;<br><b>送信日時:</b> 2024年7月9日 23:02<br>'
        '<b>宛先:</b> %s<br><b>件名:</b> %s</p></div>%s'
        % (user, FORM, esc(subj), FORM, user, esc(subj), html_paras(old_req)))
    html = html_doc('<div style="font-family:Arial,sans-serif;font-size:14px">' + html_paras(new) +
                    '</div>\n<hr>\n<div class="WordSection1">' + quoted_html + '</div>', lang="en")
    body = part(html, "html", charset="utf-8", cte="quoted-printable")
    emit("yahoojp-merge-completed-html-outlook-quote", kind="merge_completed", case_id=H_CASE, lang="en",
         verified=True, body=body, trace_lines=trace("yahoojp", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % FORM, to=user, subject=subj,
         date=d, msgid=ses_msgid(d), new=new, ids=[H_NEW])

    # H2: machine-translated closure survey
    d2 = jst(2024, 7, 11, 5, 0, 40).astimezone(UTC)
    a = auth_aws(d2)
    new2 = ("こんにちは、\n\n"
            "あなたのケース %s は閉じられました。\n"
            "私たちはあなたのフィードバックを大切にしています。私たちのサービスを評価してください。\n\n"
            "あなたの問題は解決されましたか？\n"
            "はい: https://amazonwebservices.qualtrics.com/jfe/form/SV_cHt7?c=%s&r=1\n"
            "いいえ: https://amazonwebservices.qualtrics.com/jfe/form/SV_cHt7?c=%s&r=0\n\n"
            "ありがとうございます、\n"
            "AWS トレーニングと認定\n") % (H_CASE, H_CASE, H_CASE)
    body = alt(part(new2, charset="utf-8", cte="base64"), part(aws_html(new2), "html", charset="utf-8", cte="base64"))
    emit("yahoojp-mt-closed-survey", kind="survey", case_id=H_CASE, lang="ja", verified=True,
         body=body, trace_lines=trace("yahoojp", user, d2, a), sender_lines=aws_dkim(d2),
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject=enc_hdr("ケース %s は閉じられました - フィードバックをお寄せください" % H_CASE, "utf-8", "B"),
         date=d2, msgid=ses_msgid(d2), new=new2, ids=[])


thread_h()


# ---------------------------------------------------------------- Credly --
def credly_auth(rcpt, dt):
    loc = rcpt.replace("@", "=")
    mf = "bounces+3112917-%s-%s@em2525.credly.com" % (rhex(4), loc)
    return {"mailfrom": mf, "ip": "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "spf": "pass",
            "dkim": [("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
            "dmarc": "pass", "from_dom": "credly.com", "policy": "REJECT"}


def credly_lines(dt):
    return [dkim_sig("credly.com", "s1", dt, "content-type:from:mime-version:subject:list-unsubscribe:to:cc"),
            dkim_sig("sendgrid.info", "smtpapi", dt, "content-type:from:mime-version:subject:list-unsubscribe:to:cc")]


def credly_msgid():
    return "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 40))


def credly_html(headline, badge, button, extra="", lang="en", foot="Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001"):
    bid = uuid.UUID(int=R.getrandbits(128))
    return html_doc(
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5">'
        '<tr><td align="center"><table width="580" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">'
        '<tr><td style="padding:24px" align="center"><img src="https://www.credly.com/assets/credly-logo.png" width="96" alt="Credly"></td></tr>'
        '<tr><td align="center" style="padding:0 32px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s">'
        '<h1 style="font-size:22px">%s</h1><p style="font-size:16px"><b>%s</b></p>%s'
        '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;background:#ff6b00;color:#fff;'
        'padding:12px 28px;border-radius:24px;text-decoration:none">%s</a></p></td></tr>'
        '<tr><td style="padding:24px;font-size:11px;color:#888" align="center">%s<br>'
        '<a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>'
        '</table></td></tr></table>' % (uuid.UUID(int=R.getrandbits(128)), esc(badge), esc(headline), esc(badge), extra, bid, esc(button), foot),
        lang=lang)


def credly_mails():
    # Cr1: iCloud user (thread B) - badges re-issued after merge
    user = B_USER[1]
    d = jst(2025, 9, 15, 9, 12, 3).astimezone(UTC)
    a = credly_auth(user, d)
    new = ("Misaki, Amazon Web Services Training and Certification sent you 2 new badges\n\n"
           "AWS Certified Developer - Associate\n"
           "AWS Certified Cloud Practitioner\n\n"
           "These badges were issued to %s. Accept your badges to start sharing your achievement:\n"
           "https://www.credly.com/earner/earned\n\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n") % user
    html = credly_html("Misaki, Amazon Web Services Training and Certification sent you 2 new badges",
                       "AWS Certified Developer - Associate / AWS Certified Cloud Practitioner", "Accept your badges")
    body = alt(part(new, charset="utf-8", cte="quoted-printable"), part(html, "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-credly-two-badges", kind="credly_badge_issued", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("icloud", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=user,
         subject="Misaki, Amazon Web Services Training and Certification sent you 2 new badges",
         date=d, msgid=credly_msgid(), new=new, ids=[],
         extra=["List-Unsubscribe: <https://www.credly.com/notification_settings?token=%s>" % rhex(32)])

    # Cr2: au user (thread A) - Japanese-localised Credly mail
    user = A_USER[1]
    d = jst(2025, 6, 3, 18, 40, 55).astimezone(UTC)
    a = credly_auth(user, d)
    new = ("健太 さん、Amazon Web Services Training and Certification から新しいバッジが発行されました。\n\n"
           "AWS Certified Cloud Practitioner\n\n"
           "バッジを受け取って、あなたのスキルをネットワークで共有しましょう。\n"
           "バッジを受け取る: https://www.credly.com/earner/earned/badge/%s\n\n"
           "このメールは %s 宛に送信されました。\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n") % (uuid.UUID(int=R.getrandbits(128)), user)
    html = credly_html("健太 さん、Amazon Web Services Training and Certification から新しいバッジが発行されました",
                       "AWS Certified Cloud Practitioner", "バッジを受け取る",
                       "<p>バッジを受け取って、あなたのスキルをネットワークで共有しましょう。</p>", lang="ja")
    body = alt(part(new, charset="utf-8", cte="base64"), part(html, "html", charset="utf-8", cte="base64"))
    emit("au-credly-badge-ja", kind="credly_badge_issued", case_id=None, lang="ja", verified=True,
         body=body, trace_lines=trace("au", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm=addr("Amazon Web Services Training and Certification（Credly 経由）", "admin@credly.com", "utf-8", "B"),
         to=user,
         subject=enc_hdr("健太 さん、Amazon Web Services Training and Certification から新しいバッジが届きました", "utf-8", "B"),
         date=d, msgid=credly_msgid(), new=new, ids=[])

    # Cr3: gmail user (thread E) - badge ready to accept (English)
    user = E_USER[1]
    d = jst(2024, 11, 18, 7, 33, 20).astimezone(UTC)
    a = credly_auth(user, d)
    new = ("Your badge is ready to accept\n\n"
           "Sho, congratulations! Amazon Web Services Training and Certification has issued you the badge\n"
           "AWS Certified SysOps Administrator - Associate.\n\n"
           "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n"
           "Why accept? Accepted badges can be shared on LinkedIn, added to your email signature and verified by employers.\n\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n") % uuid.UUID(int=R.getrandbits(128))
    html = credly_html("Sho, your badge is ready to accept", "AWS Certified SysOps Administrator - Associate", "Accept badge")
    body = alt(part(new, charset="us-ascii", cte="7bit"), part(html, "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-credly-ready-to-accept", kind="credly_badge_issued", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("gmail", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=user,
         subject="Your badge is ready to accept",
         date=d, msgid=credly_msgid(), new=new, ids=[])

    # Cr4: outlook.jp user (thread F) - HTML only, badges moved to this account
    user = F_USER[1]
    d = jst(2025, 2, 8, 2, 14, 47).astimezone(UTC)
    a = credly_auth(user, d)
    a["dkim"] = [("pass", "credly.com", "s1")]
    html = credly_html("Yuko, Amazon Web Services Training and Certification has issued badges to your new email address",
                       "AWS Certified Solutions Architect - Professional", "Accept your badge",
                       "<p>Your AWS Certification records were updated, so your badges have been re-issued to this "
                       "address. Accept them to keep sharing your achievements.</p>")
    new = ("Yuko, Amazon Web Services Training and Certification has issued badges to your new email address "
           "AWS Certified Solutions Architect - Professional Accept your badge Your AWS Certification records were updated, "
           "so your badges have been re-issued to this address.")
    body = part(html, "html", charset="utf-8", cte="base64")
    emit("outlookjp-credly-reissued-html", kind="credly_badge_issued", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("outlook", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d)[:1],
         frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=user,
         subject="Yuko, your badges from Amazon Web Services Training and Certification are waiting",
         date=d, msgid=credly_msgid(), new=new, ids=[])

    # Cr5: OCN user (thread C) - 2022 Credly, quoted-printable text only
    user = C_USER[1]
    d = datetime(2022, 3, 20, 15, 2, 9, tzinfo=UTC)
    a = credly_auth(user, d)
    new = ("Makoto, you earned a badge!\n\n"
           "Amazon Web Services Training and Certification has issued you a badge:\n"
           "AWS Certified Security - Specialty\n\n"
           "Claim and share it here: https://www.credly.com/badges/%s/accept\n\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n"
           "You are receiving this email because a badge was issued to %s.\n") % (uuid.UUID(int=R.getrandbits(128)), user)
    body = part(new, charset="utf-8", cte="quoted-printable")
    emit("ocn-credly-2022-earned", kind="credly_badge_issued", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("ocn", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=user,
         subject="Makoto, you earned a badge from Amazon Web Services Training and Certification",
         date=d, msgid=credly_msgid(), new=new, ids=[])


credly_mails()

# ---------------------------------------------------------------- phishing about the merge --
def phishing_merge():
    # P1: look-alike domain "acknowledgement" (authentic look-alike, DMARC passes for its own domain)
    user = A_USER[1]
    d = jst(2025, 5, 29, 7, 3, 12).astimezone(UTC)
    dom = "aws-certification-jp.com"
    a = {"mailfrom": "bounce@mail.%s" % dom, "ip": "45.32.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "spf": "pass",
         "dkim": [("pass", dom, "default")], "dmarc": "pass", "from_dom": dom, "policy": "NONE"}
    fake = "174844210012345"
    new = ("【重要】AWS 認定アカウント統合のお申し込みを受け付けました\n\n"
           "佐藤 様\n\n"
           "いつも AWS トレーニングと認定をご利用いただきありがとうございます。\n"
           "アカウント統合のお申し込みを受け付け、ケース番号 %s を発行しました。\n\n"
           "統合手続きを開始するには、24時間以内に下記より本人確認を完了してください。\n"
           "期限までに確認が取れない場合、お申し込みは取り消され、両方のアカウントが一時停止されます。\n\n"
           "▼本人確認はこちら\n"
           "https://%s/verify/merge?case=%s\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n") % (fake, dom, fake)
    html = html_doc('<div style="font-family:Meiryo,sans-serif">' + html_paras(new).replace(
        "https://%s/verify/merge?case=%s" % (dom, fake),
        '<a href="https://%s/verify/merge?case=%s" style="background:#ff9900;padding:8px 16px;color:#000">本人確認を行う</a>' % (dom, fake)) + "</div>")
    body = alt(part(new, charset="utf-8", cte="base64"), part(html, "html", charset="utf-8", cte="base64"))
    emit("au-lookalike-merge-ack-phish", kind="case_created", case_id=fake, lang="ja", verified=False,
         body=body, trace_lines=trace("au", user, d, a, sender_host="mail.%s" % dom),
         sender_lines=[dkim_sig(dom, "default", d, "from:to:subject:date:message-id")],
         frm=addr("AWS トレーニングと認定", "support@%s" % dom, "utf-8", "B"), to=user,
         subject=enc_hdr("【重要】[CASE %s] アカウント統合のお申し込みを受け付けました" % fake, "utf-8", "B"),
         date=d.astimezone(JST), msgid="<%s@%s>" % (rhex(24), dom), new=new, ids=[])

    # P2: look-alike domain asks to confirm a merge; crude kit: UTF-8 bytes labelled us-ascii, 8bit
    user = "naoki-ogawa@nifty.com"
    d = jst(2025, 3, 18, 13, 44, 2)
    dom = "amazon-trainingcertification.com"
    a = {"mailfrom": "info@%s" % dom, "ip": "185.220.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "spf": "pass",
         "dkim": [], "dmarc": "none", "from_dom": dom}
    new = ("小川 直樹 様\n\n"
           "AWS認定チームです。お客様の以下のアカウントの統合リクエストを受け取りました。\n\n"
           "統合元アカウント：AWS 30917264\n"
           "統合先アカウント：AWS 84120375\n\n"
           "統合を確認するには、以下のボタンをクリックし、AWS 認定アカウントにサインインして承認してください。\n"
           "48時間以内に承認されない場合、認定資格が失効する可能性があります。\n\n"
           "[統合を承認する] https://%s/cert/merge-confirm?id=8f3a\n\n"
           "Amazon Web Services 認定サポート\n") % dom
    body = part(new, charset="utf-8", cte="8bit", label="us-ascii")
    emit("nifty-lookalike-confirm-phish-mislabelled", kind="merge_confirmation_requested", case_id=None, lang="ja",
         verified=False, body=body, trace_lines=trace("nifty", user, d, a, sender_host="vps%d.hosting-example.net" % R.randint(100, 999)),
         frm='"Amazon Web Services" <no-reply@%s>' % dom, to=user,
         subject=enc_hdr("AWS認定：アカウント統合の確認が必要です", "utf-8", "Q"),
         date=d, msgid="<%s.%d@%s>" % (rhex(16), R.randint(1000, 9999), dom), new=new, ids=["AWS30917264", "AWS84120375"],
         extra=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"])

    # P3: spoofed amazon.com From; Gmail's top AR says dmarc=fail; a forged lower AR claims pass
    user = E_USER[1]
    d = datetime(2024, 11, 20, 9, 1, 33, tzinfo=UTC)
    mf = "mailer@relay-%d.example-bulk.xyz" % R.randint(10, 99)
    ip = "193.42.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    a = {"mailfrom": mf, "ip": ip, "spf": "pass", "dkim": [("fail", "amazon.com", "4t5vnjbsecwkfvptdbwz6xjtn2pvbf5l")],
         "dmarc": "fail", "from_dom": "amazon.com", "policy": "QUARANTINE"}
    fake = "173199814700421"
    forged = ["Received: from localhost (localhost [127.0.0.1])\n\tby relay.example-bulk.xyz (Postfix) with ESMTP id 4Xk2pQ0zWz\n\tfor <%s>; %s" % (user, rfc(d)),
              "Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com",
              dkim_sig("amazon.com", "4t5vnjbsecwkfvptdbwz6xjtn2pvbf5l", d)]
    new = ("Hello,\n\n"
           "We received a request to merge the following AWS Certification accounts:\n\n"
           "  Source account: AWS 67002914\n"
           "  Destination account: AWS 67002958\n\n"
           "For security reasons, please confirm this merge within 24 hours by signing in below. "
           "If you do not confirm, both accounts will be suspended and your certifications may be revoked.\n\n"
           "Confirm merge: https://aws-certification.account-verify.example-bulk.xyz/merge\n\n"
           "Best regards,\n"
           "Amazon Web Services\n")
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new, lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-spoofed-confirm-forged-ar", kind="merge_confirmation_requested", case_id=fake, lang="en",
         verified=False, body=body,
         trace_lines=trace("gmail", user, d, a, sender_host="relay-%d.example-bulk.xyz" % R.randint(10, 99)),
         sender_lines=forged,
         frm='"Amazon Web Services" <%s>' % FORM, to=user,
         subject="RE:[CASE %s] %s" % (fake, FORM_SUBJ),
         date=d, msgid="<0100019344a1b2c3-%s-000000@email.amazonses.com>" % uuid.UUID(int=R.getrandbits(128)),
         new=new, ids=["AWS67002914", "AWS67002958"])

    # P4: look-alike "support reply" on a merge asking for password; OCN marks dmarc=fail (spoofed subdomain)
    user = C_USER[1]
    d = jst(2022, 3, 17, 20, 12, 40)
    dom = "amazon-co-jp-support.net"
    a = {"mailfrom": "support@%s" % dom, "ip": "103.151.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "spf": "softfail",
         "dkim": [], "dmarc": "fail", "from_dom": dom, "policy": "REJECT"}
    fake = "10079316498"
    new = ("高橋様\n\n"
           "AWSサポートでございます。\n"
           "お客様の認定アカウントの統合作業中にエラーが発生し、処理を一時中断しております。\n"
           "作業を再開するため、統合元アカウントのログインメールアドレスとパスワードを本メールにご返信ください。\n"
           "ご返信がない場合、統合は取り消されます。\n\n"
           "ケース番号：%s\n\n"
           "AWS サポート 認定担当\n") % fake
    body = part(new, charset="iso-2022-jp", cte="7bit")
    emit("ocn-lookalike-merge-error-password-phish", kind="support_reply", case_id=fake, lang="ja", verified=False,
         body=body, trace_lines=trace("ocn", user, d, a, sender_host="mx1.%s" % dom),
         frm=addr("AWSサポート", "support@%s" % dom, "iso-2022-jp"), to=user,
         subject=enc_hdr("RE:[CASE %s] 統合作業に関するご確認" % fake, "iso-2022-jp"),
         date=d, msgid="<%s@%s>" % (rhex(20), dom), new=new, ids=[])


phishing_merge()


# ---------------------------------------------------------------- unrelated (1) --
def unrelated_1():
    # U1: Credly badge expiry reminder (genuine Credly)
    user = E_USER[1]
    d = datetime(2025, 8, 2, 14, 5, 51, tzinfo=UTC)
    a = credly_auth(user, d)
    new = ("Sho, your badge is expiring soon\n\n"
           "Your AWS Certified SysOps Administrator - Associate badge issued by Amazon Web Services Training and "
           "Certification will expire on November 18, 2025.\n\n"
           "To keep your credential active, visit the issuer's website to learn about recertification options.\n\n"
           "View badge: https://www.credly.com/badges/%s\n\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n") % uuid.UUID(int=R.getrandbits(128))
    html = credly_html("Sho, your badge is expiring soon", "AWS Certified SysOps Administrator - Associate", "View badge",
                       "<p>This badge will expire on November 18, 2025. Visit the issuer's website to learn about recertification.</p>")
    body = alt(part(new, charset="utf-8", cte="quoted-printable"), part(html, "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-credly-expiry-reminder", kind="unrelated", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("gmail", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm='"Credly" <admin@credly.com>', to=user, subject="Your badge is expiring soon",
         date=d, msgid=credly_msgid(), new=new, ids=[])

    # U2: Credly's own self-service account merge code
    user = A_USER[1]
    d = jst(2025, 6, 4, 21, 30, 9).astimezone(UTC)
    a = credly_auth(user, d)
    code = "%06d" % R.randint(100000, 999999)
    new = ("Merge your Credly accounts\n\n"
           "Hi Kenta,\n\n"
           "We received a request to merge the Credly account for %s into another Credly account.\n"
           "Your verification code is: %s\n\n"
           "Enter this code on the merge page, or click Complete Account Merge below. The code expires in 30 minutes.\n"
           "Complete Account Merge: https://www.credly.com/users/account_merges/%s/confirm\n\n"
           "If you did not request this, you can ignore this email.\n\n"
           "Credly, Inc. | 1239 Broadway, Suite 1505, New York, NY 10001\n") % (user, code, rhex(32))
    body = alt(part(new, charset="utf-8", cte="7bit"),
               part(html_doc(html_paras(new), lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("au-credly-self-merge-code", kind="unrelated", case_id=None, lang="en", verified=True,
         body=body, trace_lines=trace("au", user, d, a, sender_host="o%d.ptr%d.em2525.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))),
         sender_lines=credly_lines(d),
         frm='"Credly" <admin@credly.com>', to=user, subject="Your Credly account merge verification code",
         date=d, msgid=credly_msgid(), new=new, ids=[])

    # U3: CertMetrics "wants to hear from you" (authentic but not AWS/Credly -> false)
    user = B_USER[1]
    d = datetime(2025, 9, 20, 16, 0, 4, tzinfo=UTC)
    a = {"mailfrom": "bounce-%s@mail.certmetrics.com" % rhex(8), "ip": "52.1.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
         "spf": "pass", "dkim": [("pass", "certmetrics.com", "cm1")], "dmarc": "pass", "from_dom": "certmetrics.com",
         "icloud_order": ["dmarc", "dkim", "spf"]}
    new = ("AWS Certification wants to hear from you\n\n"
           "Dear Misaki Nakamura,\n\n"
           "As an AWS Certified individual, your opinion matters. Please take our short survey about your "
           "certification experience. It will take about 10 minutes.\n\n"
           "Start the survey: https://www.certmetrics.com/amazon/survey/%s\n\n"
           "Thank you,\nAWS Training and Certification\n\n"
           "This email was sent by CertMetrics on behalf of AWS Training and Certification.\n") % rhex(32)
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(html_doc(html_paras(new), lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-certmetrics-survey", kind="unrelated", case_id=None, lang="en", verified=False,
         body=body, trace_lines=trace("icloud", user, d, a, sender_host="mail%d.certmetrics.com" % R.randint(1, 9)),
         sender_lines=[dkim_sig("certmetrics.com", "cm1", d, "from:to:subject:date")],
         frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=user,
         subject="AWS Certification wants to hear from you",
         date=d, msgid="<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)), new=new, ids=[])

    # U4: Pearson VUE Japanese appointment confirmation (Shift_JIS) with the candidate id
    name, user = G_USER
    d = jst(2023, 7, 1, 10, 22, 5)
    a = {"mailfrom": "bounce@pearsonvue.com", "ip": "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
         "spf": "pass", "dkim": [("pass", "pearson.com", "pvue")], "dmarc": "pass", "from_dom": "pearson.com", "policy": "REJECT"}
    new = ("木村 大輔 様\n\n"
           "ピアソンVUEをご利用いただき、ありがとうございます。\n"
           "以下の内容で試験のご予約を承りました。\n\n"
           "試験名　　：AWS Certified Developer - Associate (DVA-C02) 日本語\n"
           "試験日時　：2023年7月22日（土）13:00\n"
           "試験会場　：オンライン試験（OnVUE）\n"
           "受験者ID　：AWS19870505\n"
           "登録番号　：%d\n\n"
           "予約の変更・キャンセルは試験開始の24時間前まで可能です。\n"
           "当日は有効な身分証明書をご用意ください。\n\n"
           "ピアソンVUE カスタマーサービス\n") % R.randint(400000000, 499999999)
    body = part(new, charset="shift_jis", codec="cp932", cte="base64", label="Shift_JIS")
    emit("docomo-pearsonvue-booking-sjis", kind="unrelated", case_id=None, lang="ja", verified=False,
         body=body, trace_lines=trace("docomo", user, d, a, sender_host="smtp%d.pearsonvue.com" % R.randint(1, 9)),
         sender_lines=[dkim_sig("pearson.com", "pvue", d, "from:to:subject:date")],
         frm="%s <pearsonvuecustomerservice@pearson.com>" % raw_words("ピアソンVUE"), to=addr(name, user, "iso-2022-jp"),
         subject=enc_hdr("試験予約の確認 - AWS Certified Developer - Associate", "shift_jis"),
         date=d, msgid="<%d.%d.JavaMail.vue@pearsonvue.com>" % (R.randint(10**8, 10**9), R.randint(10**12, 10**13)),
         new=new, ids=["AWS19870505"])

    # U5: AWS Builder ID verification code, Japanese; delivered to a company server that adds no AR
    user = "d-kimura@kimura-sekkei.example.co.jp"
    d = datetime(2024, 5, 9, 3, 14, 7, tzinfo=UTC)
    a = auth_aws(d)
    a["mailfrom"] = ses_mailfrom(d)
    new = ("AWS Builder ID の確認コード\n\n"
           "AWS Builder ID のメールアドレスを確認するため、以下の確認コードを入力してください。\n\n"
           "確認コード: %06d\n\n"
           "このコードの有効期限は 10 分です。\n"
           "このリクエストに心当たりがない場合は、このメールを無視してください。\n\n"
           "Amazon Web Services\n") % R.randint(0, 999999)
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new), "html", charset="utf-8", cte="quoted-printable"))
    emit("company-builder-id-code-no-auth", kind="unrelated", case_id=None, lang="ja", verified=None,
         body=body, trace_lines=trace("none", user, d, a),
         sender_lines=[dkim_sig("signin.aws", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", d), aws_dkim(d)[1]],
         frm='"AWS" <no-reply@signin.aws>', to=user,
         subject=enc_hdr("AWS Builder ID の確認コード", "utf-8", "B"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # U6: another AWS support case of the same user: billing (Japanese), genuine AWS
    name, user = F_USER
    bopen = jst(2025, 3, 2, 9, 40, 11)
    bcase = case15(bopen, 6601)
    d = jst(2025, 3, 3, 14, 2, 55).astimezone(UTC)
    a = auth_aws(d)
    new = ("井上 優子 様\n\n"
           "AWS 請求サポートの田中でございます。\n\n"
           "お問い合わせいただいた 2025 年 2 月分のご請求（AWS アカウント ID: 4821-0967-3355）について確認いたしました。\n"
           "無料利用枠を超過した Amazon EC2 のインスタンス利用料金が発生しております。\n"
           "今回に限り、請求額の返金（クレジット）を申請いたしましたので、反映まで 3〜5 営業日お待ちください。\n\n"
           "今後の予期しない請求を防ぐため、AWS Budgets によるアラートの設定をおすすめいたします。\n\n"
           "田中\n"
           "アマゾン ウェブ サービス ジャパン合同会社\n")
    body = alt(part(new + "\n" + console_footer_ja(bcase), charset="utf-8", cte="base64"),
               part(aws_html(new, footer=console_footer_ja(bcase)), "html", charset="utf-8", cte="base64"))
    emit("outlookjp-other-case-billing", kind="unrelated", case_id=bcase, lang="ja", verified=True,
         body=body, trace_lines=trace("outlook", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=addr(name, user, "utf-8", "B"),
         subject=mixed_subj("RE:[CASE %s]" % bcase, "2月分の請求額について", "utf-8", "B"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])


unrelated_1()

# ---------------------------------------------------------------- unrelated (2) --
def unrelated_2():
    # U7: other AWS case: service quota increase (English), genuine AWS
    name, user = B_USER
    qopen = jst(2025, 10, 1, 10, 5, 40)
    qcase = case15(qopen, 3318)
    d = jst(2025, 10, 1, 22, 48, 19).astimezone(UTC)
    a = auth_aws(d)
    a["icloud_order"] = ["dmarc", "dkim", "spf"]
    new = ("Hello,\n\n"
           "Thank you for your patience. We're pleased to let you know that your request to increase the "
           "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in the Asia Pacific (Tokyo) "
           "region to 64 vCPUs has been approved.\n\n"
           "It can take up to 30 minutes for the new limit to become available. You can check the applied value "
           "in the Service Quotas console.\n\n"
           "Best regards,\n"
           "Hiroshi T.\n"
           "Amazon Web Services\n")
    text = new + "\n" + console_footer_en(qcase)
    body = alt(part(text, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new, footer=console_footer_en(qcase), lang="en"), "html", charset="utf-8", cte="quoted-printable"))
    emit("icloud-other-case-quota-increase", kind="unrelated", case_id=qcase, lang="en", verified=True,
         body=body, trace_lines=trace("icloud", user, d, a), sender_lines=aws_dkim(d),
         frm='"Amazon Web Services" <%s>' % NOREPLY, to=user,
         subject="RE:[CASE %s] Limit Increase: EC2 Instances" % qcase,
         date=d, msgid=ses_msgid(d), new=new, ids=[])

    # U8: Amazon Seller Central (Japan) case using the same RE:[CASE ...] style; ISO-2022-JP
    name, user = H_USER
    d = jst(2024, 9, 4, 15, 31, 2)
    a = {"mailfrom": "%s@amazon.co.jp" % ("0106" + rhex(12)), "ip": "52.95.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
         "spf": "pass", "dkim": [("pass", "amazon.co.jp", "rte02")], "dmarc": "pass", "from_dom": "amazon.co.jp",
         "policy": "QUARANTINE"}
    scase = "6103948271"
    new = ("出品者様\n\n"
           "Amazon出品サービスにお問い合わせいただき、ありがとうございます。\n"
           "テクニカルサポートの山口でございます。\n\n"
           "ご連絡いただいた商品ページ（ASIN: B0C7K2M9QX）の統合につきまして、カタログ担当部署へ確認を依頼いたしました。\n"
           "統合の可否が判明次第、本ケースにてご連絡いたします。通常 2〜3 営業日ほどお時間を頂戴しております。\n\n"
           "Amazon.co.jp をご利用いただき、ありがとうございます。\n\n"
           "山口\n"
           "Amazon セラーサポート\n\n"
           "このメールへの返信で、追加のご質問をお送りいただけます。\n"
           "セラーセントラル: https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s\n") % scase
    body = part(new, charset="iso-2022-jp", cte="7bit")
    emit("yahoojp-sellercentral-case-asin-merge", kind="unrelated", case_id=scase, lang="ja", verified=True,
         body=body, trace_lines=trace("yahoojp", user, d, a, sender_host="smtp-out-%d.amazon.co.jp" % R.randint(1, 9)),
         sender_lines=[dkim_sig("amazon.co.jp", "rte02", d, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")],
         frm=addr("Amazon セラーサポート", "seller-notification@amazon.co.jp", "iso-2022-jp"), to=user,
         subject=mixed_subj("RE:[CASE %s]" % scase, "商品ページの統合について", "iso-2022-jp"),
         date=d, msgid="<%s@amazon.co.jp>" % ("0106" + rhex(12) + "-" + str(uuid.UUID(int=R.getrandbits(128)))), new=new, ids=[])

    # U9: Japanese billing phishing (not about the merge), Shift_JIS label but CP932 content (①② ㈱), dmarc=fail
    name, user = H_USER
    d = jst(2025, 4, 14, 2, 17, 58)
    dom = "aws-billing-support.jp"
    a = {"mailfrom": "noreply@%s" % dom, "ip": "103.224.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
         "spf": "softfail", "dkim": [], "dmarc": "fail", "from_dom": "amazon.com", "policy": "QUARANTINE"}
    new = ("【重要】お支払い方法の確認が必要です\n\n"
           "お客様の AWS アカウントに登録されているクレジットカードの有効期限が切れているため、\n"
           "ご利用中のサービスが停止される可能性があります。\n\n"
           "以下の手順で、お支払い情報を更新してください。\n"
           "① 下記リンクから AWS マネジメントコンソールにサインイン\n"
           "② 「お支払い方法」を選択し、カード情報を再入力\n\n"
           "https://%s/billing/update\n\n"
           "※ 72時間以内に更新が確認できない場合、アカウントは停止されます。\n\n"
           "アマゾン ウェブ サービス ジャパン㈱\n") % dom
    body = part(new, charset="shift_jis", codec="cp932", cte="base64", label="Shift_JIS")
    emit("yahoojp-billing-phish-sjis-cp932", kind="unrelated", case_id=None, lang="ja", verified=False,
         body=body, trace_lines=trace("yahoojp", user, d, a, sender_host="mail.%s" % dom),
         frm=addr("Amazon Web Services", "billing@amazon.com"), to=user,
         subject=raw_words("【AWS】お支払い情報の更新のお願い"),
         date=d, msgid="<%s@%s>" % (rhex(18), dom), new=new, ids=[],
         extra=["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"])

    # U10: GitLab (Japanese UI) "merge request merged" notification about an account-merge script
    name, user = E_USER
    d = datetime(2024, 11, 22, 6, 12, 40, tzinfo=UTC)
    a = {"mailfrom": "bounce+%s.%s-%s@mg.gitlab.com" % (rhex(6), rhex(6), user.replace("@", "=")),
         "ip": "192.237.158.%d" % R.randint(100, 200), "spf": "pass",
         "dkim": [("pass", "gitlab.com", "mailo"), ("pass", "mg.gitlab.com", "mx")], "dmarc": "pass",
         "from_dom": "gitlab.com", "policy": "REJECT"}
    new = ("マージリクエスト !42 は 小田 健 によってマージされました\n\n"
           "アカウント統合処理（merge_accounts）のリファクタリング\n\n"
           "マージリクエストの URL: https://gitlab.com/tsubame-soft/cert-portal/-/merge_requests/42\n"
           "プロジェクト:ブランチ: tsubame-soft/cert-portal:feature/merge-accounts から main\n"
           "作成者: 渡辺 翔\n\n"
           "-- \n"
           "このメールは、あなたがこのマージリクエストの作成者であるため送信されています。\n"
           "通知を管理するには https://gitlab.com/-/profile/notifications を参照してください。\n")
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(html_doc(html_paras(new)), "html", charset="utf-8", cte="quoted-printable"))
    emit("gmail-gitlab-mr-merged-ja", kind="unrelated", case_id=None, lang="ja", verified=False,
         body=body, trace_lines=trace("gmail", user, d, a, sender_host="m%d-%d.mailgun.net" % (R.randint(10, 99), R.randint(10, 99))),
         sender_lines=[dkim_sig("gitlab.com", "mailo", d, "Content-Type:Mime-Version:Subject:Message-ID:Reply-To:To:From:Date"),
                       dkim_sig("mg.gitlab.com", "mx", d, "Content-Type:Mime-Version:Subject:Message-ID:Reply-To:To:From:Date")],
         frm=addr("小田 健 (@ken.oda)", "gitlab@mg.gitlab.com", "utf-8", "B"), to=addr("渡辺 翔", user, "utf-8", "B"),
         subject=mixed_subj("tsubame-soft / cert-portal |", "アカウント統合処理（merge_accounts）のリファクタリング (!42)", "utf-8", "B"),
         date=d, msgid="<%s@gitlab.com>" % rhex(32), new=new, ids=[],
         reply_to="GitLab <noreply@gitlab.com>",
         extra=["In-Reply-To: <merge_request_%d@gitlab.com>" % R.randint(10**8, 10**9),
                "References: <reply-%s@gitlab.com>" % rhex(32),
                "X-GitLab-Project: cert-portal", "X-GitLab-MergeRequest-IID: 42",
                "X-GitLab-NotificationReason: author",
                "List-Id: tsubame-soft/cert-portal <%d.cert-portal.tsubame-soft.gitlab.com>" % R.randint(10**7, 10**8)])

    # U11: AWS Japan newsletter (genuine AWS marketing), HTML only with alt text
    user = "yuki-yamamoto@ba2.so-net.ne.jp"
    d = datetime(2025, 6, 18, 1, 0, 5, tzinfo=UTC)
    a = auth_aws(d)
    new = ("AWS ニュースレター 2025年6月号\n"
           "AWS Summit Japan 2025 のセッション動画を公開しました。\n"
           "新しい認定試験「AWS Certified AI Practitioner」日本語版の受験予約を受付中です。\n"
           "AWS Skill Builder で無料のデジタルトレーニングを始めましょう。\n"
           "配信停止はこちら\n")
    html = html_doc('<table width="600" align="center" style="font-family:Meiryo,sans-serif">'
                    '<tr><td><img src="https://d1.awsstatic.com/jp/newsletter/2025-06/header.png" alt="AWS ニュースレター 2025年6月号" width="600"></td></tr>'
                    '<tr><td><h2>AWS Summit Japan 2025 のセッション動画を公開しました。</h2>'
                    '<p>新しい認定試験「AWS Certified AI Practitioner」日本語版の受験予約を受付中です。</p>'
                    '<p><a href="https://skillbuilder.aws/jp">AWS Skill Builder</a> で無料のデジタルトレーニングを始めましょう。</p>'
                    '<p style="font-size:11px">このメールは AWS からのお知らせの配信を希望された方にお送りしています。'
                    '<a href="https://pages.awscloud.com/communication-preferences.html">配信停止はこちら</a><br>'
                    'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p></td></tr></table>')
    body = part(html, "html", charset="utf-8", cte="quoted-printable")
    emit("sonet-aws-newsletter-ja", kind="unrelated", case_id=None, lang="ja", verified=True,
         body=body, trace_lines=trace("sonet", user, d, a), sender_lines=aws_dkim(d),
         frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com", "utf-8", "B"), to=user,
         subject=enc_hdr("【AWS ニュースレター】AWS Summit Japan 2025 セッション動画公開、新しい認定試験のご案内", "utf-8", "B"),
         date=d, msgid=ses_msgid(d), new=new, ids=[],
         extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html?x=%s>" % rhex(24),
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

    # U12: Microsoft certification profile merge completed (other exam vendor) - CRLF file
    name, user = F_USER
    d = datetime(2025, 1, 20, 8, 41, 3, tzinfo=UTC)
    a = {"mailfrom": "msa@communication.microsoft.com", "ip": "40.107.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
         "spf": "pass", "dkim": [("pass", "microsoft.com", "selector2")], "dmarc": "pass", "from_dom": "microsoft.com"}
    new = ("井上 優子 様\n\n"
           "Microsoft Learn の認定プロファイルの統合が完了しました。\n\n"
           "ご依頼いただいた 2 つの認定プロファイルを 1 つにまとめました。取得済みの認定資格、試験履歴、"
           "トランスクリプトは、現在サインインしている Microsoft アカウントのプロファイルでご確認いただけます。\n"
           "Pearson VUE での試験予約も統合後のプロファイルに引き継がれています。\n\n"
           "認定プロファイルを表示: https://learn.microsoft.com/ja-jp/users/me/credentials\n\n"
           "Microsoft Learn 認定資格チーム\n"
           "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    body = alt(part(new, charset="utf-8", cte="base64"),
               part(html_doc(html_paras(new)), "html", charset="utf-8", cte="base64"))
    emit("outlookjp-microsoft-cert-profile-merged", kind="unrelated", case_id=None, lang="ja", verified=False,
         body=body, trace_lines=trace("outlook", user, d, a, sender_host="mail-ty1jpn01on2%03d.outbound.protection.outlook.com" % R.randint(100, 999)),
         sender_lines=[dkim_sig("microsoft.com", "selector2", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version")],
         frm=addr("Microsoft Learn", "learn@microsoft.com"), to=addr(name, user, "utf-8", "B"),
         subject=enc_hdr("認定プロファイルの統合が完了しました", "utf-8", "B"),
         date=d, msgid="<%s@BY5PR21MB%04d.namprd21.prod.outlook.com>" % (rhex(32).upper(), R.randint(1000, 9999)),
         new=new, ids=[], crlf=True)

    # U13: AWS Organizations invitation (consolidated billing "統合"), genuine AWS, Japanese
    name, user = C_USER
    d = datetime(2024, 4, 10, 2, 30, 44, tzinfo=UTC)
    a = auth_aws(d)
    hs = "h-" + rhex(32)
    new = ("AWS Organizations からの招待\n\n"
           "AWS アカウント 5566-7788-9900（管理アカウント: kitano-denki-master）が、お客様の AWS アカウントを組織に招待しています。\n\n"
           "招待を承諾すると、お客様のアカウントの請求は組織の管理アカウントに統合され（一括請求）、"
           "管理アカウントがお客様のアカウントにポリシーを適用できるようになります。\n\n"
           "ハンドシェイク ID: %s\n"
           "招待の有効期限: 2024年4月25日\n\n"
           "招待を確認するには、AWS Organizations コンソールにサインインしてください:\n"
           "https://console.aws.amazon.com/organizations/v2/home/accounts/invitations\n\n"
           "アマゾン ウェブ サービス\n") % hs
    body = alt(part(new, charset="utf-8", cte="quoted-printable"),
               part(aws_html(new), "html", charset="utf-8", cte="quoted-printable"))
    emit("ocn-aws-organizations-invite", kind="unrelated", case_id=None, lang="ja", verified=True,
         body=body, trace_lines=trace("ocn", user, d, a), sender_lines=aws_dkim(d),
         frm='"AWS Organizations" <%s>' % NOREPLY, to=user,
         subject=enc_hdr("AWS Organizations: 組織への参加の招待が届いています", "utf-8", "Q"),
         date=d, msgid=ses_msgid(d), new=new, ids=[])


unrelated_2()

# @@NEXT@@

if __name__ == "__main__":
    write_all()
