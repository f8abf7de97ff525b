"""Small helpers used by make_set.py to build realistic .eml files with the
standard `email` package (compat32 API so that header folding and charsets stay
under our control)."""
import base64
import datetime as dt
import hashlib
import quopri
import random
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from io import BytesIO

RND = random.Random(40404)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
PST = dt.timezone(dt.timedelta(hours=-8), "PST")

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def jst(s):
    """'2025-11-03 13:47:19' in JST -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=JST)


def rfc(d, tz=UTC, zone_comment=False):
    d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)
    if zone_comment:
        s += " (%s)" % tz.tzname(None)
    return s


def rfc_short_day(d, tz=UTC):
    """Outlook style: 'Mon, 3 Nov 2025 ...' (day not zero padded)."""
    d = d.astimezone(tz)
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, off // 60, off % 60)


def b64rand(n):
    raw = bytes(RND.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexrand(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RND.choice(alphabet) for _ in range(n))


def uuid_r():
    return str(uuid.UUID(int=RND.getrandbits(128), version=4))


def fold_b(value, width=70, indent="\t"):
    """fold a long base64 blob into continuation lines"""
    out = [value[i:i + width] for i in range(0, len(value), width)]
    return ("\n" + indent).join(out)


# ---------------------------------------------------------------- message ids
def mid_ses(d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid_r())


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % alnum(
        46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")


def mid_outlook(prefix="TYCPR01MB"):
    box = prefix + str(RND.randint(1000, 9999))
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (
        box, alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box)


# ---------------------------------------------------------------- subjects
def enc_subject(text, charset="utf-8", prefix=None, maxlen=76):
    """Return an RFC 2047 encoded (and folded) header value."""
    h = Header(header_name="Subject", maxlinelen=maxlen)
    if prefix:
        h.append(prefix, "us-ascii")
    h.append(text, charset)
    return h.encode(maxlinelen=maxlen, linesep="\n")


def enc_words(text, label, codec, prefix=None, chunk=12):
    """Hand-made encoded words (e.g. =?Shift_JIS?B?...?=), one per chunk, folded."""
    words = ["=?%s?B?%s?=" % (label, base64.b64encode(text[i:i + chunk].encode(codec)).decode())
             for i in range(0, len(text), chunk)]
    words[0] = (prefix or "") + words[0]
    return "\n ".join(words)


def enc_name(name, addr, charset="utf-8"):
    h = Header(name, charset)
    return "%s <%s>" % (h.encode(), addr)


# ---------------------------------------------------------------- bodies
def _payload(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              label=None, codec=None, extra_params=None):
    """label: charset written in the header (may differ from the real one)."""
    codec = codec or charset
    raw = text.encode(codec)
    params = {"charset": label or charset}
    if extra_params:
        params.update(extra_params)
    p = MIMENonMultipart("text", subtype, **params)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(_payload(raw, cte))
    return p


def alt(*parts, boundary=None, subtype="alternative"):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attachment(data, maintype, subtype, filename, params=None):
    p = MIMEBase(maintype, subtype, **(params or {}))
    del p["MIME-Version"]
    p.add_header("Content-Disposition", "attachment", filename=filename)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def html_page(paras, title="", button=None, footer=None, lang="en", preheader=None,
              font="Arial,Helvetica,sans-serif", brand=None):
    esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    rows = []
    if brand:
        rows.append('<tr><td style="padding:18px 24px;background:#232f3e;color:#ffffff;'
                    'font-size:18px;font-weight:bold">%s</td></tr>' % esc(brand))
    for para in paras:
        if isinstance(para, tuple) and para[0] == "raw":
            rows.append('<tr><td style="padding:8px 24px">%s</td></tr>' % para[1])
            continue
        rows.append('<tr><td style="padding:8px 24px;font-size:14px;line-height:1.6;'
                    'color:#16191f">%s</td></tr>' % "<br>\n".join(esc(x) for x in para.split("\n")))
    if button:
        label, url = button
        rows.append('<tr><td style="padding:16px 24px"><a href="%s" style="background:#ec7211;'
                    'color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:2px;'
                    'font-weight:bold;display:inline-block">%s</a></td></tr>' % (url, esc(label)))
    if footer:
        rows.append('<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>'
                    % "<br>\n".join(esc(x) for x in footer.split("\n")))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % esc(preheader)
           ) if preheader else ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;"
            "background:#f2f3f3;font-family:%s\">\n%s<table role=\"presentation\" width=\"100%%\" "
            "cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:640px;margin:0 auto;"
            "background:#ffffff\">\n%s\n</table>\n</body>\n</html>\n") % (
        lang, esc(title), font, pre, "\n".join(rows))


# ---------------------------------------------------------------- auth / trace
AMZ_SEL = ["rjt5lcvdhwgxpqrw7pt4wg3cm6uqmkg3", "224i4yxa5dv7c2xz3womw6peuasteono",
           "e6bu6v3pfvk3cb4jv2m4bpr3l3m4lqwy"]
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def dkim_sig(domain, selector, d, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
             canon="relaxed/simple", q=True):
    t = int(d.timestamp())
    parts = ["v=1; a=rsa-sha256; %sc=%s;" % ("q=dns/txt; " if q else "", canon),
             "s=%s; d=%s; t=%d;" % (selector, domain, t),
             "h=%s;" % headers,
             "bh=%s;" % b64rand(32),
             "b=%s" % fold_b(b64rand(256), 72)]
    return "\n\t".join(parts)


def gmail_ar_body(a):
    """a: dict(dkim=[(res, d, sel)], spf=(res, mailfrom, ip), dmarc=(res, from_dom, pol))"""
    items = []
    for res, d, sel in a.get("dkim", []):
        if res == "none":
            continue
        items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, b64rand(6)[:8]))
    sres, mf, ip = a["spf"]
    dom = mf.split("@")[-1]
    if sres == "pass":
        items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) "
                     "smtp.mailfrom=%s" % (mf, ip, mf))
    elif sres == "softfail":
        items.append("spf=softfail (google.com: domain of transitioning %s does not designate %s "
                     "as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif sres == "fail":
        items.append("spf=fail (google.com: domain of %s does not designate %s as permitted "
                     "sender) smtp.mailfrom=%s" % (mf, ip, mf))
    else:
        items.append("spf=%s (google.com: %s is neither permitted nor denied by best guess record "
                     "for domain of %s) smtp.mailfrom=%s" % (sres, ip, mf, mf))
    dres, fd, pol = a["dmarc"]
    if pol:
        items.append("dmarc=%s (%s) header.from=%s" % (dres, pol, fd))
    else:
        items.append("dmarc=%s header.from=%s" % (dres, fd))
    return "mx.google.com;\n       " + ";\n       ".join(items)


def o365_ar_body(a):
    sres, mf, ip = a["spf"]
    dom = mf.split("@")[-1]
    spf = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (sres, ip, dom)
    dk = []
    for res, d, sel in a.get("dkim", []):
        if res == "pass":
            dk.append("dkim=pass (signature was verified)\n header.d=%s;" % d)
        elif res == "none":
            dk.append("dkim=none (message not signed)\n header.d=none;")
        else:
            dk.append("dkim=fail (body hash did not verify)\n header.d=%s;" % d)
    if not dk:
        dk.append("dkim=none (message not signed)\n header.d=none;")
    dres, fd, _ = a["dmarc"]
    action = "none" if dres == "pass" else a.get("action", "quarantine")
    comp = a.get("compauth", "pass reason=100" if dres == "pass" else "fail reason=000")
    return "%s %s dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, "".join(dk), dres, action, fd, comp)


def jp_ar_body(a, authserv):
    sres, mf, ip = a["spf"]
    items = ["spf=%s smtp.mailfrom=%s" % (sres, mf)]
    for res, d, sel in a.get("dkim", []):
        items.append("dkim=%s header.d=%s header.s=%s" % (res, d, sel) if res != "none"
                     else "dkim=none")
    if not a.get("dkim"):
        items.append("dkim=none")
    dres, fd, _ = a["dmarc"]
    items.append("dmarc=%s header.from=%s" % (dres, fd))
    return authserv + ";\n\t" + ";\n\t".join(items)


def gmail_trace(rcpt, d, a, helo, ip):
    """provider headers added by Gmail, topmost first"""
    t1 = d + dt.timedelta(seconds=RND.randint(1, 9))
    t0 = t1 + dt.timedelta(seconds=1)
    ar = gmail_ar_body(a)
    smtp_id = alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789")
    h = [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:7300:%s:b0:%s:%s with SMTP id %scsp%d;\n        %s" % (
            hexrand(4), hexrand(3), hexrand(3), alnum(3, "abcdefghijklmnopqrstuvwxyz"),
            RND.randint(1000000, 9999999), rfc(t0, PST, True))),
        ("X-Google-Smtp-Source", "AGHT+I%s" % b64rand(60)[:88]),
        ("X-Received", "by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            hexrand(4), hexrand(3), hexrand(3), alnum(24), alnum(8), RND.randint(1, 9),
            RND.randint(1000000000000, 9999999999999), rfc(t0, PST, True))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n"
                     "        b=%s" % (int(t1.timestamp()), fold_b(b64rand(300), 68, "         "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                                  "        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n"
                                  "        bh=%s;\n        fh=%s;\n        b=%s" % (
                                      b64rand(32), b64rand(32), fold_b(b64rand(300), 68, "        "))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % a["spf"][1]),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 "
                     "bits=128/128);\n        %s" % (
                         helo, helo, ip, hexrand(13), hexrand(10), RND.randint(1000000, 99999999),
                         alnum(3), RND.randint(1, 400), t1.astimezone(PST).strftime("%Y.%m.%d.%H.%M.%S"),
                         rcpt, rfc(t1, PST, True))),
        ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) "
                         "client-ip=%s;" % (a["spf"][0], a["spf"][1], ip, ip)
         if a["spf"][0] == "pass" else
         "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;"
         % (a["spf"][0], a["spf"][1], ip, ip)),
        ("Authentication-Results", ar),
    ]
    return h


def o365_trace(rcpt, d, a, helo, ip, tenant_box="OS3PR01MB"):
    t1 = d + dt.timedelta(seconds=RND.randint(2, 12))
    t2 = t1 + dt.timedelta(seconds=1)
    box = tenant_box + str(RND.randint(1000, 9999))
    fe = "TY2PEPF0000%s" % alnum(4, "0123456789ABCDEF")
    ca = "TYAPR01CA0%s" % RND.randint(100, 999)
    ver = "15.20.%d.%d" % (RND.randint(8000, 9400), RND.randint(10, 40))
    h = [
        ("Received", "from %s.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) by\n %s.jpnprd01.prod.outlook.com "
                     "with HTTPS; %s" % (box, hexrand(2), hexrand(2), box, rfc_short_day(t2))),
        ("Received", "from %s.apcprd01.prod.exchangelabs.com (2603:1096:404:%s::%s)\n by %s.jpnprd01.prod.outlook.com "
                     "(2603:1096:604:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, "
                     "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
                         ca, hexrand(2), hexrand(2), box, hexrand(2), hexrand(2), ver, rfc_short_day(t2))),
        ("Received", "from %s.apcprd02.prod.outlook.com\n (2603:1096:404:8000::%s) by %s.outlook.office365.com\n"
                     " (2603:1096:404:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n"
                     " cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s" % (
                         fe, hexrand(3), ca, hexrand(2), hexrand(2), ver, rfc_short_day(t1))),
        ("Authentication-Results", o365_ar_body(a)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
                         " receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
                             a["spf"][0].capitalize(), a["spf"][1].split("@")[-1], ip, ip, helo)
         if a["spf"][0] == "pass" else
         "%s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender)\n"
         " receiver=protection.outlook.com; client-ip=%s; helo=%s;" % (
             a["spf"][0].capitalize(), a["spf"][1].split("@")[-1], ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
                     " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id %s\n via Frontend Transport; %s"
         % (helo, ip, fe, RND.randint(1, 250), RND.randint(1, 250), ver, rfc_short_day(t1))),
    ]
    return h


def o365_org_headers(d, scl=1):
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", d.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", uuid_r()),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
        ("X-MS-Exchange-Organization-AuthSource", "TY2PEPF0000%s.apcprd01.prod.outlook.com" % alnum(4, "0123456789ABCDEF")),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", str(scl)),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d|%d;" % (
            RND.randint(1000, 9999), RND.randint(10000, 99999), RND.randint(1000000, 9999999))),
    ]


def jp_trace(rcpt, d, a, helo, ip, mx="mx.biglobe.ne.jp", authserv="biglobe.ne.jp", with_ar=True):
    t1 = d + dt.timedelta(seconds=RND.randint(2, 20))
    h = [
        ("Return-Path", "<%s>" % a["spf"][1] if a else "<>"),
        ("Delivered-To", rcpt),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
         % (mx.replace("mx", "mbox"), mx.replace("mx", "mbox"), alnum(11, "0123456789ABCDEF"), rcpt,
            rfc(t1, JST))),
    ]
    if with_ar:
        h.append(("Authentication-Results", jp_ar_body(a, authserv)))
    h.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (helo, helo, ip, mx, alnum(11, "0123456789ABCDEF"), rcpt, rfc(t1, JST))))
    return h


# ---------------------------------------------------------------- assembly
def build(headers, body, linesep="\n"):
    """headers: list of (name, value); body: a MIME part built above."""
    m = Message()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        if k.lower() == "mime-version":
            continue
        m[k] = v
    m.set_payload(body._payload)
    bio = BytesIO()
    pol = policy.compat32.clone(linesep=linesep, max_line_length=0)
    g = BytesGenerator(bio, mangle_from_=False, maxheaderlen=0, policy=pol)
    g.flatten(m, linesep=linesep)
    return bio.getvalue()

# ======================================================================
# The inbox: 60 mails, November 2025 - January 2026
# ======================================================================
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
FILES = {}

# --- people / addresses
GMAIL = "kenji.watanabe.dev@gmail.com"
WORK = "k.watanabe@hoshizora-tech.co.jp"
NIFTY = "kenji-w@nifty.com"
BIGLOBE = "kwatanabe@mvd.biglobe.ne.jp"
OLDWORK = "k.watanabe@sakura-logic.jp"
YAHOO = "kenji.w.1987@yahoo.co.jp"
NAME = "Kenji Watanabe"
JNAME = "渡辺 健二"

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# --- certification accounts
KEEP = "AWS04718263"
OLD1 = "AWS09152734"
OLD2 = "AWS07730418"

# --- support cases (15 digits = unix time of opening + 5 digits)
CASE_A = "176214523900427"   # form, en, opened 2025-11-03 04:47:19Z
CASE_B0 = "176404702000913"  # form, ja, opened 2025-11-25 05:03:40Z (never answered)
CASE_B = "176463810800158"   # console, ja, opened 2025-12-02 01:15:08Z
CASE_C = "176579897500346"   # console, en, opened 2025-12-15 11:42:55Z
CASE_EC2 = "176334603100582"  # console, en, opened 2025-11-17 02:20:31Z
CASE_BILL = "176586540200719"  # console, ja, opened 2025-12-16 06:10:02Z
CASE_OLD_BILL = "11820476315"  # 2022 case, only mentioned
SELLER_1 = "5884812267"
SELLER_2 = "5912007734"
PHISH_EN = "176250019200311"
PHISH_JA = "176470955100274"

FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

SES_HOSTS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"),
             ("a48-86.smtp-out.amazonses.com", "54.240.48.86"),
             ("a27-11.smtp-out.us-west-2.amazonses.com", "54.240.27.11"),
             ("a11-71.smtp-out.amazonses.com", "54.240.11.71")]
GMAIL_DMARC_AMZ = "p=QUARANTINE sp=QUARANTINE dis=NONE"


def emit(n, slug, label, headers, body, linesep="\n"):
    name = "%03d-%s.eml" % (n, slug)
    data = build(headers, body, linesep)
    FILES[name] = data
    kind, case_id, ids, verified, lang = label
    LABELS[name] = {"kind": kind, "case_id": case_id,
                    "account_ids": sorted(set(ids)), "sender_verified": verified,
                    "language": lang}


def ses_mail(d, frm, to, subject, extra=None, date_tz=UTC, dkim_domain="amazon.com",
             feedback="1.us-east-1.%s=:AmazonSES"):
    """sender-side headers of an Amazon SES mail + its bounce address"""
    mid = mid_ses(d)
    bounce = mid[1:-1]
    h = [
        ("DKIM-Signature", dkim_sig(dkim_domain, RND.choice(AMZ_SEL), d)),
        ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d,
                                    headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")),
        ("From", frm),
        ("To", to),
        ("Subject", subject),
        ("Date", rfc(d, date_tz)),
        ("Message-ID", mid),
    ]
    h += extra or []
    h += [("Feedback-ID", feedback % b64rand(30)[:40]),
          ("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d") + "-54.240.%d.%d" % (
              RND.randint(1, 60), RND.randint(1, 250)))]
    return h, bounce


def amz_auth(bounce, from_dom="amazon.com", dkim_dom="amazon.com"):
    return dict(dkim=[("pass", dkim_dom, RND.choice(AMZ_SEL)), ("pass", "amazonses.com", SES_SEL)],
                spf=("pass", bounce, None), dmarc=("pass", from_dom, GMAIL_DMARC_AMZ))


def deliver(kind, rcpt, d, auth, helo, ip):
    if auth is not None:
        auth = dict(auth)
        auth["spf"] = (auth["spf"][0], auth["spf"][1], ip)
    if kind == "gmail":
        return gmail_trace(rcpt, d, auth, helo, ip)
    if kind == "o365":
        return o365_trace(rcpt, d, auth, helo, ip)
    if kind == "biglobe":
        return jp_trace(rcpt, d, auth, helo, ip)
    if kind == "nifty":
        return jp_trace(rcpt, d, auth, helo, ip, mx="mx.nifty.com", authserv="nifty.com", with_ar=False)
    raise ValueError(kind)


def aws(n, slug, label, d, frm, to, subject, body, via="gmail", extra=None, linesep="\n",
        from_dom="amazon.com", org=True):
    host, ip = RND.choice(SES_HOSTS)
    sh, bounce = ses_mail(d, frm, to, subject, extra=extra)
    trace = deliver(via, to if "<" not in to else to.split("<")[1].rstrip(">"), d,
                    amz_auth(bounce, from_dom, from_dom), host, ip)
    if via == "o365" and org:
        sh = sh + o365_org_headers(d)
    emit(n, slug, label, trace + sh, body, linesep)


AWS_FOOTER_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
                 "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
                 "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
AWS_FOOTER_JA = ("アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア\n"
                 "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。")

# ----------------------------------------------------------------------
# 001 T&C newsletter (en) - mentions combining accounts in a FAQ, still unrelated
d = jst("2025-11-01 08:03:12")
txt = """AWS Training and Certification | November 2025

Hi Kenji,

Here is what's new this month.

NEW EXAM: AWS Certified Generative AI Developer - Professional (beta)
Registration for the beta exam is open until December 12. Beta candidates pay 50%% of the regular exam fee.
https://aws.amazon.com/certification/certified-generative-ai-developer-professional/

FREE DIGITAL TRAINING
- Exam Prep Plan: AWS Certified Solutions Architect - Professional (SAP-C02) - 24 hours
- Amazon Bedrock Getting Started (new Japanese and Korean subtitles)
- AWS SimuLearn: 12 new scenarios for networking and security
https://skillbuilder.aws/

CERTIFICATION TIP OF THE MONTH
Keep your certification profile up to date. Check that the e-mail address on your profile is one you can
still access - this is where your recertification reminders and digital badges are sent. If you ever
created more than one profile, our support team can combine them for you; see the Certification FAQ.

AWS re:Invent 2025 - Certification Lounge
Show your digital badge at the lounge in the Venetian for exclusive swag.

Happy learning,
The AWS Training and Certification team

--
You are receiving this e-mail because you subscribed to AWS Training and Certification news.
Unsubscribe: https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=MTEyLVRaTS03NjYAAAGW%s
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
html = html_page([
    "Hi Kenji,", "Here is what's new this month.",
    "NEW EXAM: AWS Certified Generative AI Developer - Professional (beta)\nRegistration for the beta exam is open until December 12. Beta candidates pay 50% of the regular exam fee.",
    "FREE DIGITAL TRAINING\n- Exam Prep Plan: AWS Certified Solutions Architect - Professional (SAP-C02)\n- Amazon Bedrock Getting Started\n- AWS SimuLearn: 12 new scenarios",
    "CERTIFICATION TIP OF THE MONTH\nKeep your certification profile up to date. If you ever created more than one profile, our support team can combine them for you; see the Certification FAQ.",
    "Happy learning,\nThe AWS Training and Certification team"],
    title="AWS Training and Certification | November 2025", brand="AWS Training and Certification",
    button=("Explore Skill Builder", "https://skillbuilder.aws/?trk=em_nov25"),
    footer="You are receiving this e-mail because you subscribed to AWS Training and Certification news.\n" + AWS_FOOTER_EN,
    preheader="New beta exam, free exam prep plans and a tip for your certification profile")
host, ip = "mkto-sj310152.com", "199.15.215.152"
a = dict(dkim=[("pass", "amazon.com", "m1"), ("pass", "mktdns.com", "m1")],
         spf=("pass", "112-TZM-766.0.81234.0.0.4211.9.19384021@mkto-sj310152.com", None),
         dmarc=("pass", "amazon.com", GMAIL_DMARC_AMZ))
tr = deliver("gmail", GMAIL, d, a, host, ip)
sh = [("DKIM-Signature", dkim_sig("amazon.com", "m1", d, canon="relaxed/relaxed")),
      ("DKIM-Signature", dkim_sig("mktdns.com", "m1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-7), "PDT"))),
      ("From", '"AWS Training and Certification" <aws-training-and-certification@amazon.com>'),
      ("Reply-To", "aws-marketing-email-replies@amazon.com"),
      ("To", GMAIL),
      ("Message-ID", "<%d.%d.1762009392153.JavaMail.root@sjmas02.marketo.org>" % (RND.randint(100000000, 999999999), RND.randint(10000, 99999))),
      ("Subject", "New in November: a new beta exam, free exam prep and a certification tip"),
      ("List-Unsubscribe", "<mailto:%s@unsub-sj.mktomail.com>" % alnum(40)),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
      ("X-Mailfrom", "112-TZM-766.0.81234.0.0.4211.9.19384021@mkto-sj310152.com"),
      ("X-MSYS-API", '{"options":{"open_tracking":false,"click_tracking":false}}'),
      ("X-Binding", "bg-sj310152"),
      ("X-MarketoID", "112-TZM-766:4211:19384021"),
      ("X-MktArchive", "false")]
emit(1, "tc-newsletter-november", ("unrelated", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable"),
         boundary="----=_Part_%d_%d.1762009392153" % (RND.randint(100000, 999999), RND.randint(100000, 999999))))

# ----------------------------------------------------------------------
# 002 GitHub: pull request merged
d = jst("2025-11-02 11:26:40")
txt = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/cert-tracker/pull/88#event-20841753210
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/cert-tracker/pull/88/issue_event/20841753210@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" data-error-text="Failed to load title" data-id="3561239012" data-permission-text="Title is private" data-url="https://github.com/hoshizora-tech/cert-tracker/issues/88" data-hovercard-type="pull_request" data-hovercard-url="/hoshizora-tech/cert-tracker/pull/88/hovercard" href="https://github.com/hoshizora-tech/cert-tracker/pull/88">#88</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/cert-tracker/pull/88#event-20841753210">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3K7Q2XKZ5R4M6PLT3JDVD3X2MSDAVCNFSM6AAAAAB">unsubscribe</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3K7Q5YVJ.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;hoshizora-tech/cert-tracker/pull/88/issue_event/20841753210@github.com&gt;</span></span></p>
"""
a = dict(dkim=[("pass", "github.com", "pf2023")], spf=("pass", "noreply@github.com", None),
         dmarc=("pass", "github.com", "p=REJECT sp=REJECT dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "out-21.smtp.github.com", "192.30.252.204")
sh = [("DKIM-Signature", dkim_sig("github.com", "pf2023", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)),
      ("From", '"Yuki Tanaka" <notifications@github.com>'),
      ("Reply-To", "hoshizora-tech/cert-tracker <reply+AB3K7Q4M2EJ5ZPFX7WQ@reply.github.com>"),
      ("To", "hoshizora-tech/cert-tracker <cert-tracker@noreply.github.com>"),
      ("Cc", "Kenji Watanabe <%s>, Mention <mention@noreply.github.com>" % GMAIL),
      ("Message-ID", "<hoshizora-tech/cert-tracker/pull/88/issue_event/20841753210@github.com>"),
      ("In-Reply-To", "<hoshizora-tech/cert-tracker/pull/88@github.com>"),
      ("References", "<hoshizora-tech/cert-tracker/pull/88@github.com>"),
      ("Subject", "Re: [hoshizora-tech/cert-tracker] Merge duplicate candidate records before CSV import (PR #88)"),
      ("List-ID", "hoshizora-tech/cert-tracker <cert-tracker.hoshizora-tech.github.com>"),
      ("List-Archive", "https://github.com/hoshizora-tech/cert-tracker"),
      ("List-Unsubscribe", "<mailto:unsub+AB3K7Q4M2EJ5ZPFX7WQ@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3K7Q2XKZ5R4M6PLT3JDVD3X2MSD>"),
      ("X-GitHub-Reason", "mention"),
      ("X-GitHub-Sender", "yuki-tanaka-hz"),
      ("X-GitHub-Recipient", "kenji-watanabe-dev"),
      ("X-GitHub-Recipient-Address", GMAIL),
      ("X-Auto-Response-Suppress", "All")]
emit(2, "github-pr-merged", ("unrelated", None, [], False, "en"), tr + sh,
     alt(text_part(txt, cte="7bit", charset="UTF-8"), text_part(html, "html", cte="7bit", charset="UTF-8"),
         boundary="--==_mimepart_%s_%d" % (hexrand(13), RND.randint(10, 99))))

# ----------------------------------------------------------------------
# 003 case A: form acknowledgement (case_created)
d = jst("2025-11-03 13:47:24")
txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

Your request has been logged and assigned the following reference:

  Case ID:          %s
  Inquiry type:     Certification
  Inquiry detail:   Account Merge
  Submitted (UTC):  2025-11-03 04:47

A member of our team will review it and get back to you, normally within 24 hours on business days.
There is no need to submit the form again - a second submission creates a duplicate case and can slow
down our response. To add information, reply to this e-mail and keep the case ID in the subject line.

For your records, here is a copy of what you submitted:

  AWS candidate ID: %s
  First name: Kenji
  Last name: Watanabe
  E-mail: %s
  Description:
  Hello, I took my first exams in 2021 with my previous employer's e-mail address and I have now
  noticed that I have a second certification account (candidate ID aws-09152734). I would like
  everything to be under %s, the account I use today. Thank you.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/training/

%s
""" % (CASE_A, KEEP, GMAIL, KEEP, AWS_FOOTER_EN)
aws(3, "form-case-logged", ("case_created", CASE_A, [KEEP, OLD1], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 004 Builder ID verification code
d = jst("2025-11-03 21:10:05")
txt = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification code:

Verification code: 482915

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Thank you,
Amazon Web Services
"""
html = html_page(["Hello,", "To finish signing up for your AWS Builder ID, enter the following verification code:",
                  ("raw", '<div style="font-size:32px;font-weight:bold;letter-spacing:6px">482915</div>'),
                  "This code expires 30 minutes after it was sent.",
                  "If you did not try to create an AWS Builder ID, you can ignore this email."],
                 title="Verify your AWS Builder ID email address", brand="AWS Builder ID",
                 footer=AWS_FOOTER_EN)
host, ip = "a8-105.smtp-out.amazonses.com", "54.240.8.105"
mid = mid_ses(d)
a = dict(dkim=[("pass", "signin.aws", "x4o4ykq2n2mr6kc2xq3rhb5z6s3xmc6n"), ("pass", "amazonses.com", SES_SEL)],
         spf=("pass", mid[1:-1], None), dmarc=("pass", "signin.aws", "p=REJECT sp=REJECT dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, host, ip)
sh = [("DKIM-Signature", dkim_sig("signin.aws", "x4o4ykq2n2mr6kc2xq3rhb5z6s3xmc6n", d)),
      ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d)),
      ("From", "AWS <no-reply@signin.aws>"), ("To", GMAIL),
      ("Subject", "Verify your AWS Builder ID email address"), ("Date", rfc(d)), ("Message-ID", mid),
      ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64rand(30)[:40])]
emit(4, "builder-id-code", ("unrelated", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="7bit", charset="UTF-8"), text_part(html, "html", cte="quoted-printable", charset="UTF-8")))

# ----------------------------------------------------------------------
# 005 Credly: badge expiry reminder (HTML only)
d = jst("2025-11-04 02:15:44")
html = html_page([
    "Hi Kenji,",
    "Your AWS Certified Developer - Associate badge, issued by AWS Training and Certification, expires on January 3, 2026.",
    "Once a badge expires it is still visible on your profile, but it is marked as expired. To keep it current, follow the recertification requirements from the issuer before the expiration date.",
    "Badge: AWS Certified Developer - Associate\nIssuer: AWS Training and Certification\nExpires: January 3, 2026"],
    title="Your badge expires soon", brand="Credly",
    button=("Learn how to recertify", "https://www.credly.com/badges/7c1e4b0a-3f0d-4f1b-9a55-2be1f2d86c41/recertify"),
    footer="You received this email because you have an account on Credly.\nCredly, Inc. | 10 Hudson Yards, New York, NY 10001\nManage email preferences: https://www.credly.com/account/notifications",
    font="'Open Sans',Helvetica,Arial,sans-serif")
a = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
         spf=("pass", "bounces+28412345-4c1f-%s=gmail.com@em.credly.com" % "kenji.watanabe.dev", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", d, headers="from:mime-version:subject:to:content-type:x-feedback-id", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", "Credly <admin@credly.com>"), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", "Your AWS Certified Developer - Associate badge expires soon"),
      ("X-Feedback-ID", "28412345:SG")]
emit(5, "credly-badge-expiring", ("unrelated", None, [], True, "en"), tr + sh,
     text_part(html, "html", cte="quoted-printable", charset="utf-8"))

# ----------------------------------------------------------------------
# 006 Seller Central case (en) - asks to confirm merging duplicate ASINs
d = jst("2025-11-04 18:52:09")
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your listings for SKU HSZ-MOUNT-02. The listing was suppressed because two detail pages
exist for the same product: ASIN B0CX1R7K2M and ASIN B0CX1R9QQD. To fix this, the catalog team can merge
the two detail pages into B0CX1R7K2M. Reviews and sales rank of both pages will be combined.

Before I submit the request, please confirm by replying to this case that B0CX1R7K2M is the page that
should be kept.

We value your feedback. Please rate my response using the links below:
Was this email helpful? Yes: https://sellercentral.amazon.com/cu/contact-us/case-feedback?caseId=%s&v=1
No: https://sellercentral.amazon.com/cu/contact-us/case-feedback?caseId=%s&v=0

Thank you for selling on Amazon,
Rafael M.
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % (SELLER_1, SELLER_1, SELLER_1)
host, ip = "a11-21.smtp-out.amazonses.com", "54.240.11.21"
mid = mid_ses(d)
a = dict(dkim=[("pass", "amazon.com", AMZ_SEL[1]), ("pass", "amazonses.com", SES_SEL)],
         spf=("pass", mid[1:-1], None), dmarc=("pass", "amazon.com", GMAIL_DMARC_AMZ))
tr = deliver("gmail", GMAIL, d, a, host, ip)
sh = [("DKIM-Signature", dkim_sig("amazon.com", AMZ_SEL[1], d)),
      ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d)),
      ("From", '"Amazon Selling Partner Support" <sp-support-noreply@amazon.com>'),
      ("To", GMAIL),
      ("Subject", "RE:[CASE %s] Listing suppressed - SKU HSZ-MOUNT-02" % SELLER_1),
      ("Date", rfc(d)), ("Message-ID", mid),
      ("Bounces-to", mid[1:-1]),
      ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
      ("X-AMAZON-RTE-VERSION", "2.0")]
emit(6, "seller-central-listing-case", ("unrelated", SELLER_1, [], True, "en"), tr + sh,
     text_part(txt, cte="quoted-printable", charset="UTF-8"))

# ----------------------------------------------------------------------
# 007 case A: agent asks for more information (support_reply)
d = jst("2025-11-05 10:22:37")
txt = """Hello Kenji,

Thank you for contacting AWS Training and Certification. My name is Priya and I will be helping you with this request.

I was able to find the certification account %s, which is linked to the e-mail address you wrote from. Before I can go any further I need a few details so that I can identify the second account with certainty:

1. The e-mail address used to sign in to the second account (%s), and whether you can still access that mailbox.
2. The notification e-mail address set on that account, if it is different from the sign-in address.
3. Please confirm which of the two accounts you would like to keep as your primary account. Everything will be brought together there, and the other account will no longer be accessible afterwards.

As soon as I have this information I can move on to the next step.

You can simply reply to this e-mail - please do not open a new case for the same request.

Best regards,
Priya R.
AWS Training and Certification
""" % (KEEP, OLD1)
html = html_page([p for p in txt.split("\n\n")], title="AWS Training and Certification", font="Amazon Ember,Arial,sans-serif")
aws(7, "form-case-more-info", ("support_reply", CASE_A, [KEEP, OLD1], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ,
    alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64"),
        boundary="----=_Part_%d_%d.%d" % (RND.randint(1000000, 9999999), RND.randint(100000000, 999999999), int(d.timestamp() * 1000))))

# ----------------------------------------------------------------------
# 008 colleague (internal Outlook, ISO-2022-JP, no Authentication-Results)
d = jst("2025-11-05 11:40:02")
txt = """渡辺さん

お疲れさまです。佐藤です。

下期の資格手当の申請締め切りが 11/28（金）に決まりました。
申請フォームに「AWS 認定の候補者 ID」を記入する欄があるのですが、
渡辺さんは以前、認定のアカウントが 2 つあるとおっしゃっていましたよね。
どちらの ID で申請するか、統合が済んでからで構いませんので教えてください。

ちなみに私の ID は AWS 03318470 です（記入例として）。

よろしくお願いします。

--
佐藤 美香 / Mika Sato
ほしぞらテック株式会社 クラウド推進部
TEL: 03-6555-0142
"""
box = "TYCPR01MB%d" % RND.randint(1000, 9999)
sh = [("Received", "from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s"
       % (box, hexrand(3), hexrand(2), "OS3PR01MB%d" % RND.randint(1000, 9999), rfc_short_day(d + dt.timedelta(seconds=2)))),
      ("Received", "from %s.jpnprd01.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.jpnprd01.prod.outlook.com\n"
                   " ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.9253.017; %s" % (
                       box, hexrand(4), hexrand(4), hexrand(4), hexrand(4), box, hexrand(4), hexrand(4),
                       hexrand(4), hexrand(4), rfc_short_day(d + dt.timedelta(seconds=1)))),
      ("From", enc_name("佐藤 美香", "m.sato@hoshizora-tech.co.jp", "iso-2022-jp")),
      ("To", enc_name("渡辺 健二", WORK, "iso-2022-jp")),
      ("Subject", enc_subject("下期の資格手当申請について（候補者IDのご確認）", "iso-2022-jp")),
      ("Thread-Topic", enc_subject("下期の資格手当申請について（候補者IDのご確認）", "iso-2022-jp")),
      ("Thread-Index", "AQHcTh" + b64rand(18)),
      ("Date", rfc_short_day(d, JST)),
      ("Message-ID", mid_outlook()),
      ("Accept-Language", "ja-JP, en-US"),
      ("Content-Language", "ja-JP"),
      ("X-MS-Has-Attach", ""),
      ("X-MS-TNEF-Correlator", ""),
      ("X-MS-Exchange-Organization-AuthAs", "Internal"),
      ("X-MS-Exchange-Organization-AuthMechanism", "04"),
      ("X-MS-Exchange-Organization-AuthSource", box + ".jpnprd01.prod.outlook.com"),
      ("X-MS-Exchange-Organization-SCL", "-1"),
      ("X-MS-Exchange-Organization-MessageDirectionality", "Originating")]
emit(8, "colleague-allowance", ("unrelated", None, ["AWS03318470"], None, "ja"), sh,
     text_part(txt, cte="7bit", charset="iso-2022-jp"), linesep="\r\n")

# ----------------------------------------------------------------------
# 009 CertMetrics: "AWS Certification wants to hear from you"
d = jst("2025-11-05 16:03:51")
txt = """Dear Kenji Watanabe,

Candidate ID: %s

AWS Certification wants to hear from you!

You recently earned or renewed an AWS Certification, and we would like to learn about your experience -
from preparing for the exam to using your certification at work. The questionnaire takes about
10 minutes and your answers are confidential.

Start here: https://www.certmetrics.com/amazon/candidate/feedback.aspx?token=%s

Thank you for helping us improve AWS Certification.

Sincerely,
AWS Certification

This is an automated message. Please do not reply to this e-mail.
""" % (KEEP, alnum(32, "0123456789abcdef"))
html = html_page(txt.strip().split("\n\n"), title="AWS Certification wants to hear from you", brand="AWS Certification")
a = dict(dkim=[("pass", "certmetrics.com", "s2")], spf=("pass", "bounce-%d@mail.certmetrics.com" % RND.randint(100000, 999999), None),
         dmarc=("pass", "certmetrics.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail3.certmetrics.com", "208.89.12.73")
sh = [("DKIM-Signature", dkim_sig("certmetrics.com", "s2", d, canon="relaxed/relaxed")),
      ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", "Kenji Watanabe <%s>" % GMAIL),
      ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-7), "MST"))),
      ("Message-ID", "<%s@certmetrics.com>" % uuid_r())]
emit(9, "certmetrics-feedback", ("unrelated", None, [KEEP], False, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")))

# ----------------------------------------------------------------------
# 010 case A: "passed to the team, we're on it" with an unmarked history below
d = jst("2025-11-06 12:10:18")
txt = """Hello Kenji,

Thanks for getting back to me so quickly with those details.

I have handed your request over to the team that maintains certification records, and they are reviewing both profiles now. There is nothing you need to do for the moment. I will write again as soon as I have news - usually within one or two business days.

Best regards,
Priya R.
AWS Training and Certification

________________________________________
From: %s
Sent: 2025-11-05 11:48 UTC
To: %s
Subject: %s

Hi Priya,

1. The second account was created with k.watanabe@sakura-logic.jp (my former employer). I can no longer access that mailbox.
2. The notification address is the same one.
3. Please keep %s.

For reference the other one is %s.

Thanks,
Kenji

________________________________________
From: Amazon Web Services <%s>
Sent: 2025-11-05 01:22 UTC
To: %s
Subject: %s

Hello Kenji,

Thank you for contacting AWS Training and Certification. My name is Priya and I will be helping you with this request.
I was able to find the certification account %s ... (3 questions, see previous message)
""" % (GMAIL, FORM, FORM_SUBJ, KEEP, OLD1, FORM, GMAIL, FORM_SUBJ, KEEP)
aws(10, "form-case-in-progress", ("support_reply", CASE_A, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ,
    text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 011 AWS marketing (en), multipart/alternative whose parts differ
d = jst("2025-11-06 02:30:00")
txt = """Having trouble viewing this email? View it in your browser:
https://pages.awscloud.com/reinvent-livestream-2025.html?trk=em_%s

AWS re:Invent 2025 | December 1-5 | Las Vegas and online

Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/communication-preferences?sc_channel=em
""" % alnum(8)
html = html_page([
    "Hello Kenji,",
    "AWS re:Invent 2025 is just a few weeks away. Can't make it to Las Vegas? Register for free to watch every keynote live, including Matt Garman's CEO keynote on December 2.",
    "What's new for 2025:\n- Over 2,000 sessions, now with on-demand replays within 48 hours\n- The Certification Lounge for AWS Certified attendees\n- Builder Labs and Jam challenges you can join remotely",
    "See you there,\nThe AWS Events team"],
    title="AWS re:Invent 2025", brand="AWS re:Invent 2025",
    button=("Register for the livestream", "https://reinvent.awsevents.com/livestream/?trk=em_reinv25"),
    footer=AWS_FOOTER_EN)
a = dict(dkim=[("pass", "amazon.com", "m1"), ("pass", "mktdns.com", "m1")],
         spf=("pass", "112-TZM-766.0.90211.0.0.4312.9.19384021@mkto-sj310153.com", None),
         dmarc=("pass", "amazon.com", GMAIL_DMARC_AMZ))
tr = deliver("gmail", GMAIL, d, a, "mkto-sj310153.com", "199.15.215.153")
sh = [("DKIM-Signature", dkim_sig("amazon.com", "m1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)),
      ("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"),
      ("Reply-To", "aws-marketing-email-replies@amazon.com"), ("To", GMAIL),
      ("Message-ID", "<%d.%d.1762363800411.JavaMail.root@sjmas03.marketo.org>" % (RND.randint(100000000, 999999999), RND.randint(10000, 99999))),
      ("Subject", "Kenji, watch the re:Invent 2025 keynotes live - free"),
      ("List-Unsubscribe", "<mailto:%s@unsub-sj.mktomail.com>" % alnum(40)),
      ("X-MarketoID", "112-TZM-766:4312:19384021")]
emit(11, "reinvent-livestream", ("unrelated", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")))

# ----------------------------------------------------------------------
# 012 case A: confirmation requested before the irreversible change
d = jst("2025-11-07 09:05:41")
txt = """Hello Kenji,

Thank you for your patience while we looked into this.

We have reviewed both certification profiles and are ready to bring them together. Before we change
anything, please check the details below carefully:

  Profile that will stay active (primary):
    Candidate ID:  %s
    Name:          Kenji Watanabe
    Sign-in email: %s

  Profile that will be folded into the primary and then closed:
    Candidate ID:  %s
    Name:          Kenji Watanabe
    Sign-in email: %s

Afterwards, the exam history, active certifications and any unused benefits of %s will be listed
under %s, and it will no longer be possible to sign in to %s.

Please be aware that this is permanent: once it has been processed we cannot split the profiles again.

If everything above is correct, just reply to this e-mail saying that you agree and we will take care
of the rest. If something is not right, tell us what needs to change.

Best regards,
Priya R.
AWS Training and Certification
""" % (KEEP, GMAIL, OLD1, OLDWORK, OLD1, KEEP, OLD1)
aws(12, "form-case-please-verify", ("merge_confirmation_requested", CASE_A, [KEEP, OLD1], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ, text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 013 phishing: look-alike domain asks to "confirm the merge" (passes its own DMARC)
d = jst("2025-11-07 16:31:02")
txt = """AWS Training and Certification

Dear Certified Professional,

We received a request to merge the AWS Certification accounts associated with your email address
(case %s).

To complete the merge, please confirm which account should be retained. Sign in within 48 hours using
the secure link below:

https://aws-certification-support.com/account/merge/confirm?case=%s&u=%s

If you do not confirm, the request will be cancelled and your certifications may be temporarily
suspended for security reasons.

Thank you,
AWS Training and Certification Support Team
""" % (PHISH_EN, PHISH_EN, alnum(20))
html = html_page([
    "Dear Certified Professional,",
    "We received a request to merge the AWS Certification accounts associated with your email address (case %s)." % PHISH_EN,
    "To complete the merge, please confirm which account should be retained. Sign in within 48 hours using the secure button below.",
    "If you do not confirm, the request will be cancelled and your certifications may be temporarily suspended for security reasons.",
    "Thank you,\nAWS Training and Certification Support Team"],
    title="Confirm your account merge", brand="aws training and certification",
    button=("CONFIRM MERGE", "https://aws-certification-support.com/account/merge/confirm?case=%s" % PHISH_EN),
    footer="(c) 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.")
a = dict(dkim=[("pass", "aws-certification-support.com", "default")],
         spf=("pass", "cases@aws-certification-support.com", None),
         dmarc=("pass", "aws-certification-support.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail.aws-certification-support.com", "45.133.74.19")
sh = [("DKIM-Signature", dkim_sig("aws-certification-support.com", "default", d, canon="relaxed/relaxed")),
      ("From", '"AWS Training & Certification" <cases@aws-certification-support.com>'),
      ("To", GMAIL),
      ("Subject", "Action required: confirm your certification account merge [CASE %s]" % PHISH_EN),
      ("Date", rfc(d, UTC)),
      ("Message-ID", "<%s@aws-certification-support.com>" % hexrand(32)),
      ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
emit(13, "confirm-merge-lookalike", ("merge_confirmation_requested", PHISH_EN, [], False, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable", charset="iso-8859-1", codec="latin-1"),
         text_part(html, "html", cte="base64", charset="iso-8859-1", codec="latin-1"),
         boundary="b1_%s" % alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))

# ----------------------------------------------------------------------
# 014 Pearson VUE booking confirmation (ja) + calendar attachment
d = jst("2025-11-07 20:14:33")
txt = """渡辺 健二 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional（日本語）
日時: 2025年12月13日（土）10:00 JST
受験方法: OnVUE オンライン監督試験
登録 ID: 512884730
候補者 ID: %s

試験開始の 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。

ピアソン VUE
""" % KEEP
html = html_page(txt.strip().split("\n\n"), title="ピアソン VUE 予約確認", brand="Pearson VUE", lang="ja",
                 font="'Meiryo','Hiragino Sans',sans-serif")
ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nMETHOD:PUBLISH\r\n"
       "BEGIN:VEVENT\r\nUID:512884730@pearsonvue.com\r\nDTSTAMP:20251107T111433Z\r\n"
       "DTSTART:20251213T010000Z\r\nDTEND:20251213T050000Z\r\n"
       "SUMMARY:AWS Certified Solutions Architect - Professional (OnVUE)\r\n"
       "LOCATION:Online\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
a = dict(dkim=[("pass", "pearson.com", "selector1")], spf=("pass", "bounce@mail.pearsonvue.com", None),
         dmarc=("pass", "pearson.com", "p=REJECT sp=REJECT dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mta3.mail.pearsonvue.com", "162.247.217.74")
sh = [("DKIM-Signature", dkim_sig("pearson.com", "selector1", d, canon="relaxed/relaxed")),
      ("From", "Pearson VUE <PearsonVUEConfirmation@pearson.com>"), ("To", GMAIL),
      ("Subject", enc_subject("ピアソン VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional", "utf-8")),
      ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-6), "CST"))),
      ("Message-ID", "<%d.%s@pearsonvue.com>" % (RND.randint(10 ** 9, 10 ** 10), alnum(10)))]
body = alt(alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64")),
           attachment(ics, "text", "calendar", "appointment.ics", {"method": "PUBLISH", "charset": "utf-8"}),
           subtype="mixed")
emit(14, "pearson-vue-booking-ja", ("unrelated", None, [KEEP], False, "ja"), tr + sh, body)

# ----------------------------------------------------------------------
# 015 case A: "thank you for confirming, we will now proceed" (support_reply)
d = jst("2025-11-08 08:12:55")
txt = """Hello Kenji,

Thank you for confirming. I have now submitted the request to bring %s into %s.

Processing normally takes one to three business days. Once it has gone through I will send you a
confirmation, and from then on you will see all of your certifications when you sign in with
%s. Your Credly badges will be re-sent to the e-mail address of the primary profile after that.

In the meantime, please do not sign in to the old profile or book an exam with it.

Best regards,
Priya R.
AWS Training and Certification

On Fri, Nov 7, 2025 at 9:31 AM Kenji Watanabe <%s> wrote:
> Hi Priya,
>
> The details are correct. Please proceed with the merge.
>
> Kenji
>
> On Fri, Nov 7, 2025 at 9:05 AM Amazon Web Services <%s> wrote:
> > Hello Kenji,
> >
> > Thank you for your patience while we looked into this.
> >
> > We have reviewed both certification profiles and are ready to bring them together. Before we change
> > anything, please check the details below carefully:
> >
> >   Profile that will stay active (primary):
> >     Candidate ID:  %s
> >   Profile that will be folded into the primary and then closed:
> >     Candidate ID:  %s
> >
> > Please be aware that this is permanent.
""" % ("aws-09152734", KEEP, GMAIL, GMAIL, FORM, KEEP, OLD1)
aws(15, "form-case-proceeding", ("support_reply", CASE_A, [KEEP, OLD1], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ, text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 016 GitLab: merge request merged
d = jst("2025-11-08 15:47:20")
txt = """Merge request !231 was merged
Project:Branches: hoshizora/infra-terraform:feature/g5-quota-alarm to hoshizora/infra-terraform:main
Author: Yuki Tanaka
Assignee: Kenji Watanabe

Add CloudWatch alarm when running G5 vCPUs approach the EC2 service quota.

--
Reply to this email directly or view it on GitLab: https://gitlab.com/hoshizora/infra-terraform/-/merge_requests/231
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/%s/unsubscribe
""" % hexrand(32)
html = html_page(["Merge request !231 was merged",
                  "Project:Branches: hoshizora/infra-terraform:feature/g5-quota-alarm to hoshizora/infra-terraform:main\nAuthor: Yuki Tanaka\nAssignee: Kenji Watanabe",
                  "Add CloudWatch alarm when running G5 vCPUs approach the EC2 service quota."],
                 title="Merge request !231 was merged", brand="GitLab",
                 button=("View it on GitLab", "https://gitlab.com/hoshizora/infra-terraform/-/merge_requests/231"))
a = dict(dkim=[("pass", "gitlab.com", "mg"), ("pass", "mg.gitlab.com", "mailo")],
         spf=("pass", "bounce+2c1a9f.7a3bd1-%s=gmail.com@mg.gitlab.com" % "kenji.watanabe.dev", None),
         dmarc=("pass", "gitlab.com", "p=REJECT sp=REJECT dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mg-a-7.mg.gitlab.com", "69.72.33.8")
sh = [("DKIM-Signature", dkim_sig("gitlab.com", "mg", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", "Yuki Tanaka <gitlab@mg.gitlab.com>"),
      ("Reply-To", "GitLab <incoming+hoshizora-infra-terraform-51234982-issue-@incoming.gitlab.com>"),
      ("To", GMAIL),
      ("Message-ID", "<merge_request_event_%d@gitlab.com>" % RND.randint(10 ** 8, 10 ** 9)),
      ("In-Reply-To", "<merge_request_389412671@gitlab.com>"),
      ("References", "<reply-%s@gitlab.com> <merge_request_389412671@gitlab.com>" % hexrand(32)),
      ("Subject", "Re: infra-terraform | Add EC2 quota alarm for G5 instances (!231)"),
      ("X-GitLab-Project", "infra-terraform"), ("X-GitLab-Project-Id", "51234982"),
      ("X-GitLab-Project-Path", "hoshizora/infra-terraform"),
      ("X-GitLab-MergeRequest-ID", "389412671"), ("X-GitLab-MergeRequest-IID", "231"),
      ("X-GitLab-NotificationReason", "assigned"),
      ("List-Id", "hoshizora/infra-terraform <51234982.infra-terraform.hoshizora.gitlab.com>")]
emit(16, "gitlab-mr-merged", ("unrelated", None, [], False, "en"), tr + sh,
     alt(text_part(txt, cte="7bit", charset="UTF-8"), text_part(html, "html", cte="quoted-printable", charset="UTF-8"),
         boundary="--==_mimepart_%s_%d" % (hexrand(12), RND.randint(100, 999))))

# ----------------------------------------------------------------------
# 017 AWS Budgets alert
d = jst("2025-11-09 07:02:13")
txt = """Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Monthly-Personal budget is greater than $24.00 for the current month. The ACTUAL Cost associated with this budget is $25.37. You can find additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name: Monthly-Personal
Budget Type: Cost
Budgeted Amount: $30.00
Alert Type: ACTUAL
Alert Threshold: > $24.00
ACTUAL Amount: $25.37
AWS Account: 384710295561

[1] https://console.aws.amazon.com/billing/home#/budgets
"""
host, ip = "a10-42.smtp-out.amazonses.com", "54.240.10.42"
mid = mid_ses(d)
a = dict(dkim=[("pass", "costalerts.amazonaws.com", "ti4ftqkrtmp4ctvjvb7p6k2ua5qr3i7f"), ("pass", "amazonses.com", SES_SEL)],
         spf=("pass", mid[1:-1], None), dmarc=("pass", "costalerts.amazonaws.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, host, ip)
sh = [("DKIM-Signature", dkim_sig("costalerts.amazonaws.com", "ti4ftqkrtmp4ctvjvb7p6k2ua5qr3i7f", d)),
      ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d)),
      ("Date", rfc(d)), ("From", "AWS Budgets <budgets@costalerts.amazonaws.com>"), ("To", GMAIL),
      ("Message-ID", mid), ("Subject", "AWS Budgets: Monthly-Personal has exceeded your alert threshold")]
emit(17, "budgets-alert", ("unrelated", None, [], True, "en"), tr + sh, text_part(txt, cte="7bit", charset="UTF-8"))

# ----------------------------------------------------------------------
# 018 case A: done - with the earlier confirmation request underneath (merge_completed)
d = jst("2025-11-10 16:40:09")
txt = """Hello Kenji,

Good news - the work on your certification profiles is finished.

Everything that used to be stored under %s (your exam history and the AWS Certified Developer -
Associate and AWS Certified Cloud Practitioner certifications) now appears under %s. The profile
%s has been retired and can no longer be used to sign in.

What to expect next:
 - Sign in with %s and check that all of your certifications are listed.
 - Credly will send a separate e-mail for each badge that is re-issued to your primary profile. This can take up to 48 hours.
 - Any unused exam discount benefit has been carried over as well.

If anything does not look right, reply to this e-mail within 14 days and the case will reopen.

We would appreciate a minute of your time to tell us how we handled this request - you will receive a short
rating request separately.

Best regards,
Priya R.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Friday, November 7, 2025 12:05 AM
To: %s
Subject: %s

Hello Kenji,

Thank you for your patience while we looked into this.

We have reviewed both certification profiles and are ready to bring them together. Before we change
anything, please check the details below carefully:

  Profile that will stay active (primary):
    Candidate ID:  %s
  Profile that will be folded into the primary and then closed:
    Candidate ID:  %s

Please be aware that this is permanent: once it has been processed we cannot split the profiles again.
If everything above is correct, just reply to this e-mail saying that you agree.
""" % (OLD1, KEEP, OLD1, GMAIL, FORM, GMAIL, FORM_SUBJ, KEEP, OLD1)
paras = txt.split("-----Original Message-----")[0].strip().split("\n\n")
html = html_page(paras + [("raw", '<hr><div style="color:#555;font-size:12px">' +
                           txt.split("-----Original Message-----")[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>")],
                 title="AWS Training and Certification")
aws(18, "form-case-profiles-combined", ("merge_completed", CASE_A, [KEEP, OLD1], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ,
    alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64")))

# ----------------------------------------------------------------------
# 019 case A: rating request, HTML only, never says "survey"
d = jst("2025-11-10 16:41:30")
html = html_page([
    "Hello Kenji,",
    "Our team has marked your recent case with AWS Training and Certification as resolved.",
    "Case ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    "Did we solve your problem?",
    ("raw", '<a href="https://aws-tc-feedback.amazon.com/r?c=%s&amp;a=1" style="padding:8px 18px;background:#1d8102;color:#fff;text-decoration:none">Yes</a>&nbsp;&nbsp;'
            '<a href="https://aws-tc-feedback.amazon.com/r?c=%s&amp;a=0" style="padding:8px 18px;background:#d13212;color:#fff;text-decoration:none">No</a>' % (CASE_A, CASE_A)),
    "How would you rate the help you received from Priya?",
    ("raw", " ".join('<a href="https://aws-tc-feedback.amazon.com/r?c=%s&amp;s=%d">%s</a>' % (CASE_A, i, "&#9733;" * i) for i in range(1, 6))),
    "It takes less than a minute and helps us improve.",
    "Thank you,\nAWS Training and Certification"],
    title="How did we do?", brand="AWS Training and Certification", footer=AWS_FOOTER_EN)
aws(19, "form-case-how-did-we-do", ("survey", CASE_A, [], True, "en"), d,
    '"AWS Training and Certification" <no-reply-tc-support@amazon.com>', GMAIL,
    "How did we do? Your AWS Training and Certification case %s" % CASE_A,
    text_part(html, "html", cte="quoted-printable"))

# ----------------------------------------------------------------------
# 020 Credly: badge re-issued after the consolidation (alternative parts differ)
d = jst("2025-11-11 03:18:27")
badge_id = uuid_r()
txt = """AWS Training and Certification sent you a badge

Hi Kenji,

AWS Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Credly
""" % badge_id
html = html_page([
    "Hi Kenji,",
    "AWS Training and Certification has issued you the AWS Certified Developer - Associate badge.",
    "This badge was previously held on a different profile and has been issued to you again because your certification record was updated. Accept it to add it to your Credly profile and share it with your network.",
    "Issued: November 10, 2025\nExpires: January 3, 2026"],
    title="AWS Training and Certification sent you a badge", brand="Credly",
    button=("Accept your badge", "https://www.credly.com/earner/earned/badge/%s" % badge_id),
    footer="Credly, Inc. | 10 Hudson Yards, New York, NY 10001", font="'Open Sans',Helvetica,Arial,sans-serif")
a = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
         spf=("pass", "bounces+28412345-9a0e-kenji.watanabe.dev=gmail.com@em.credly.com", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", '"AWS Training and Certification via Credly" <admin@credly.com>'),
      ("Reply-To", "support@credly.com"), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", "AWS Training and Certification sent you a badge"),
      ("X-Feedback-ID", "28412345:SG")]
emit(20, "credly-dva-reissued", ("credly_badge_issued", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")))

# ----------------------------------------------------------------------
# 021 Credly: second badge, text only
d = jst("2025-11-11 03:19:02")
badge_id = uuid_r()
txt = """Hi Kenji,

Great news! Your AWS Certified Cloud Practitioner badge from AWS Training and Certification is ready
for you to claim.

Claim it here:
https://www.credly.com/earner/earned/badge/%s

Once you accept it, you can share it on LinkedIn, add it to your email signature or download a
certificate.

Badge validation code: 9F3KQ7ZL2M8XW4TB

The Credly Team
""" % badge_id
a = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
         spf=("pass", "bounces+28412345-77b2-kenji.watanabe.dev=gmail.com@em.credly.com", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", '"AWS Training and Certification via Credly" <admin@credly.com>'), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", "Claim your AWS Certified Cloud Practitioner badge")]
emit(21, "credly-clf-claim", ("credly_badge_issued", None, [], True, "en"), tr + sh,
     text_part(txt, cte="quoted-printable", charset="us-ascii"))

# ----------------------------------------------------------------------
# 022 CertMetrics: new benefit available
d = jst("2025-11-12 09:30:40")
txt = """Dear Kenji Watanabe,

A new benefit is available in your AWS Certification Account.

Candidate ID: %s
Benefit: 50%% discount on your next AWS Certification exam
Valid until: November 10, 2028

To view and use your benefits, sign in to your AWS Certification Account and select Benefits.
https://www.aws.training/Certification

This is an automated message. Please do not reply.

AWS Certification
""" % KEEP
a = dict(dkim=[("pass", "certmetrics.com", "s2")], spf=("pass", "bounce-%d@mail.certmetrics.com" % RND.randint(100000, 999999), None),
         dmarc=("pass", "certmetrics.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail3.certmetrics.com", "208.89.12.73")
sh = [("DKIM-Signature", dkim_sig("certmetrics.com", "s2", d, canon="relaxed/relaxed")),
      ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", "Kenji Watanabe <%s>" % GMAIL),
      ("Subject", "A new benefit is available in your AWS Certification Account"), ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-7), "MST"))),
      ("Message-ID", "<%s@certmetrics.com>" % uuid_r())]
emit(22, "certmetrics-benefit", ("unrelated", None, [KEEP], False, "en"), tr + sh,
     text_part(txt, cte="7bit", charset="us-ascii"))

# ----------------------------------------------------------------------
# 023 case A reopened: Credly badge on a separate Credly profile (support_reply, conditional)
d = jst("2025-11-13 11:05:16")
txt = """Hello Kenji,

Thank you for letting us know that your AWS Certified Solutions Architect - Associate badge is not showing on your Credly profile.

I looked into it: that badge was issued in 2024 to a Credly profile registered under %s, which is a different Credly profile from the one for %s. Credly profiles are separate from certification profiles and are not combined automatically.

There are two ways to fix this:
 a) Combine the two Credly profiles yourself under Settings > Account > Merge accounts on credly.com. Credly will send a code to the other address to verify it.
 b) Reply to this e-mail and I will ask Credly to move the badge for you. Once they have done that, Credly will e-mail you so you can accept it.

Your certification itself is not affected either way.

Best regards,
Daniel K.
AWS Training and Certification

On Wed, Nov 12, 2025 at 10:14 PM Kenji Watanabe <%s> wrote:
> Hi,
>
> Thank you, I can now see DVA and CLF on %s. However the Solutions Architect - Associate
> badge is missing from my Credly page. Could you check?
>
> Kenji
>
> > Good news - the work on your certification profiles is finished.
> > Everything that used to be stored under %s now appears under %s.
""" % (YAHOO, GMAIL, GMAIL, KEEP, OLD1, KEEP)
aws(23, "form-case-credly-profile", ("support_reply", CASE_A, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ, text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 024 Credly's own account-merge verification code
d = jst("2025-11-13 21:47:03")
txt = """Hi Kenji,

We received a request to merge the Credly account %s into your Credly account %s.

Your verification code is:

    739204

Enter this code on the Merge Accounts page to continue, or use the link below:
https://www.credly.com/users/merge_accounts/confirm?token=%s

Complete Account Merge

This code expires in 15 minutes. If you did not request this, you can ignore this email - nothing will change.

The Credly Team
""" % (YAHOO, GMAIL, alnum(40))
html = html_page(["Hi Kenji,",
                  "We received a request to merge the Credly account %s into your Credly account %s." % (YAHOO, GMAIL),
                  ("raw", '<div style="font-size:30px;font-weight:bold;letter-spacing:5px">739204</div>'),
                  "This code expires in 15 minutes. If you did not request this, you can ignore this email."],
                 title="Credly account merge", brand="Credly",
                 button=("Complete Account Merge", "https://www.credly.com/users/merge_accounts/confirm?token=%s" % alnum(40)))
a = dict(dkim=[("pass", "credly.com", "s1")],
         spf=("pass", "bounces+28412345-1be4-kenji.watanabe.dev=gmail.com@em.credly.com", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)), ("From", "Credly <admin@credly.com>"), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", "Your Credly account merge verification code")]
emit(24, "credly-own-merge-code", ("unrelated", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="7bit", charset="UTF-8"), text_part(html, "html", cte="quoted-printable", charset="UTF-8")))

# ----------------------------------------------------------------------
# 025 Credly: third badge moved after the merge (plain text, QP)
d = jst("2025-11-15 04:02:51")
badge_id = uuid_r()
txt = """Kenji, you've been issued a badge

AWS Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.

This badge was transferred to your profile as part of an account merge. Accept it to make it visible on
your profile again:
https://www.credly.com/earner/earned/badge/%s

Questions? Visit https://support.credly.com

— The Credly Team
""" % badge_id
a = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
         spf=("pass", "bounces+28412345-c0d3-kenji.watanabe.dev=gmail.com@em.credly.com", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", '"AWS Training and Certification via Credly" <admin@credly.com>'), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", "=?UTF-8?Q?You=E2=80=99ve_been_issued_a_badge_by_AWS_Training_and_Certification?=")]
emit(25, "credly-saa-transferred", ("credly_badge_issued", None, [], True, "en"), tr + sh,
     text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 026 phishing (ja): fake AWS billing suspension, look-alike domain, dmarc fail
d = jst("2025-11-15 23:12:47")
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法で、直近のご請求の決済が完了できませんでした。
このままでは 24 時間以内に AWS アカウントが停止され、すべてのリソースが削除されます。

以下のリンクからサインインし、お支払い情報を更新してください。

https://aws-billing-jp.account-verify-center.com/signin?ref=%s

ご不便をおかけして申し訳ございません。

Amazon Web Services 請求チーム
""" % alnum(16)
a = dict(dkim=[], spf=("softfail", "info@account-verify-center.com", None),
         dmarc=("fail", "aws-billing-notice.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "vps-4821.contaboserver.net", "185.213.26.141")
sh = [("From", enc_name("Amazon Web Services", "billing@aws-billing-notice.com", "utf-8")),
      ("To", GMAIL),
      ("Subject", enc_subject("【重要】AWS アカウントの一時停止に関するお知らせ（お支払い情報の更新が必要です）", "utf-8")),
      ("Date", rfc(d, JST)),
      ("Message-ID", "<%s@account-verify-center.com>" % hexrand(20)),
      ("X-Mailer", "Microsoft Outlook 16.0")]
emit(26, "phish-billing-suspension-ja", ("unrelated", None, [], False, "ja"), tr + sh,
     text_part(txt, cte="base64", charset="utf-8"))

# ----------------------------------------------------------------------
# 027 other case: EC2 quota case opened (console, Office 365)
d = jst("2025-11-17 11:20:36")
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: We are running an inference proof of concept for a customer project and need
up to 8 g5.2xlarge instances in ap-northeast-1 from December.

To contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s
""" % (CASE_EC2, CASE_EC2, CASE_EC2, AWS_FOOTER_EN)
aws(27, "ec2-quota-case-opened", ("unrelated", CASE_EC2, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    "Amazon Web Services: You have opened a new Support case: %s" % CASE_EC2,
    text_part(txt, cte="quoted-printable"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 028 other case: EC2 quota approved
d = jst("2025-11-18 09:44:12")
txt = """Hello,

Thank you for your patience. We have approved and processed your quota increase request for the Asia Pacific (Tokyo) region. Your new quota for Running On-Demand G and VT instances is 64 vCPUs.

It can sometimes take up to 30 minutes for this to propagate and become available for use. You can check the current value in the Service Quotas console.

Best regards,
Amazon Web Services

===================================================================

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see the file or contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
%s
""" % (CASE_EC2, AWS_FOOTER_EN)
aws(28, "ec2-quota-approved", ("unrelated", CASE_EC2, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_EC2,
    text_part(txt, cte="quoted-printable"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 029 friend from the study group (Gmail to Gmail)
d = jst("2025-11-19 21:03:11")
txt = """Hey Kenji,

Great to hear yours went through! I'm in the same boat - I've got AWS-05529301 from my old job and
aws 06610384 on my personal email. Did you use the contact form or open a case from the console?
And did they ask you for anything special before doing it?

Also, are we still on for Thursday's SAP-C02 session? I can book the room at the library again.

Tom

On Tue, Nov 18, 2025 at 8:14 PM Kenji Watanabe <%s> wrote:

> Hi Tom,
>
> Quick update - AWS combined my two certification accounts last week (%s went into
> %s). It took about a week from the form to the last Credly badge.
>
> See you Thursday,
> Kenji
""" % (GMAIL, OLD1, KEEP)
html = '<div dir="ltr">' + "<br>".join(txt.split("\n\nOn Tue")[0].split("\n")) + \
       '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Nov 18, 2025 at 8:14 PM Kenji Watanabe &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>' \
       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Tom,<br><br>Quick update - AWS combined my two certification accounts last week (%s went into %s). It took about a week from the form to the last Credly badge.<br><br>See you Thursday,<br>Kenji</div></blockquote></div>\n' % (GMAIL, GMAIL, OLD1, KEEP)
gm_mid = mid_gmail()
a = dict(dkim=[("pass", "gmail.com", "20230601")], spf=("pass", "tom.reyes.cloud@gmail.com", None),
         dmarc=("pass", "gmail.com", "p=NONE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail-sor-f41.google.com", "209.85.220.41")
sh = [("DKIM-Signature", dkim_sig("gmail.com", "20230601", d, canon="relaxed/relaxed",
                                  headers="to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", q=False)),
      ("MIME-Version", "1.0"),
      ("References", "%s" % "<CAHk3R9xUq2bQ0=p+4mYtq7Vd2WZr5e1cN8sY7jLQ0_kW3aZ2fA@mail.gmail.com>"),
      ("In-Reply-To", "<CAHk3R9xUq2bQ0=p+4mYtq7Vd2WZr5e1cN8sY7jLQ0_kW3aZ2fA@mail.gmail.com>"),
      ("From", "Tom Reyes <tom.reyes.cloud@gmail.com>"), ("Date", rfc(d, JST)),
      ("Message-ID", gm_mid), ("Subject", "Re: study group + cert account question"), ("To", "Kenji Watanabe <%s>" % GMAIL)]
emit(29, "friend-study-group", ("unrelated", None, ["AWS05529301", "AWS06610384"], False, "en"),
     tr + [h for h in sh if h[0] != "MIME-Version"],
     alt(text_part(txt, cte="7bit", charset="UTF-8"), text_part(html, "html", cte="quoted-printable", charset="UTF-8"),
         boundary="000000000000%s" % hexrand(16)))

# ----------------------------------------------------------------------
# 030 case A: do you still need help? (support_reply)
d = jst("2025-11-20 10:31:48")
txt = """Hello Kenji,

I am following up on my message of November 13 about the Solutions Architect - Associate badge on Credly.

Do you still need help with this, or were you able to bring the two Credly profiles together yourself? If we do not hear back from you within three business days, we will assume that no further assistance is needed and close this case.

Best regards,
Daniel K.
AWS Training and Certification
"""
aws(30, "form-case-checking-in", ("support_reply", CASE_A, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ.replace("RE:[", "RE: [", 1),
    text_part(txt, cte="7bit", charset="us-ascii"))

# ----------------------------------------------------------------------
# 031 case A: closed for lack of reply, with rating links (survey)
d = jst("2025-11-24 10:35:02")
txt = """Hello,

As we have not heard back from you, case %s is now closed.

If you still need help with this request, reply to this e-mail within 14 days and the case will be
reopened automatically. After that, please submit a new request through the contact form.

Was your issue resolved?
  Yes: https://aws-tc-feedback.amazon.com/r?c=%s&a=1
  No:  https://aws-tc-feedback.amazon.com/r?c=%s&a=0

Your answer goes directly to the AWS Training and Certification support team.

Thank you,
AWS Training and Certification
""" % (CASE_A, CASE_A, CASE_A)
aws(31, "form-case-closed", ("survey", CASE_A, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % FORM, GMAIL, FORM_SUBJ, text_part(txt, cte="7bit", charset="us-ascii"))

# ----------------------------------------------------------------------
# 032 T&C newsletter (ja) to biglobe
d = jst("2025-11-24 12:00:05")
txt = """AWS トレーニングと認定 ニュースレター 2025年11月号

渡辺 健二 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

■ 新しい認定試験
AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。

■ 無料のデジタルトレーニング
AWS Skill Builder に日本語の試験対策コース（SAA-C03 / SAP-C02）を追加しました。

■ よくあるご質問から
Q. 認定アカウントを複数作成してしまいました。どうすればよいですか？
A. お問い合わせフォームからご連絡ください。サポートチームが 1 つのアカウントへのまとめ方をご案内します。

■ AWS Summit Japan 2026 の開催が決定しました
詳細は後日お知らせします。

配信停止: https://pages.awscloud.com/communication-preferences-jp.html
%s
""" % AWS_FOOTER_JA
html = html_page(txt.strip().split("\n\n"), title="AWS トレーニングと認定 ニュースレター", brand="AWS トレーニングと認定",
                 lang="ja", font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif")
a = dict(dkim=[("pass", "amazon.com", "m1")],
         spf=("pass", "112-TZM-766.0.90477.0.0.4411.9.20481127@mkto-sj310152.com", None),
         dmarc=("pass", "amazon.com", None))
tr = deliver("biglobe", BIGLOBE, d, a, "mkto-sj310152.com", "199.15.215.152")
sh = [("DKIM-Signature", dkim_sig("amazon.com", "m1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)),
      ("From", enc_name("AWS トレーニングと認定", "aws-jp-marketing@amazon.com")),
      ("To", BIGLOBE),
      ("Message-ID", "<%d.%d.1763953205001.JavaMail.root@sjmas01.marketo.org>" % (RND.randint(100000000, 999999999), RND.randint(10000, 99999))),
      ("Subject", enc_subject("【AWS トレーニングと認定】11月のお知らせ：新しい認定試験と無料の試験対策コース", "utf-8")),
      ("X-MarketoID", "112-TZM-766:4411:20481127")]
emit(32, "tc-newsletter-ja", ("unrelated", None, [], True, "ja"), tr + sh,
     alt(text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")))

# ----------------------------------------------------------------------
# 033 case B0: form acknowledgement in Japanese, to nifty (no Authentication-Results)
d = jst("2025-11-25 14:03:46")
txt = """お問い合わせいただきありがとうございます。

AWS トレーニングと認定へのお問い合わせを受け付けました。以下の番号で承っております。

ケース番号: %s
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内（営業日）にご連絡いたします。
同じ内容で改めてフォームを送信されますと、重複したケースとなり対応が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

ご入力内容:
  AWS 候補者 ID: aws07730418
  お問い合わせ内容:
  会社のメールアドレスで作成した認定アカウント（aws07730418）を、
  個人で使っているアカウント %s にまとめたいです。

AWS トレーニングと認定
""" % (CASE_B0, KEEP)
host, ip = SES_HOSTS[1]
sh, bounce = ses_mail(d, '"Amazon Web Services" <%s>' % FORM, NIFTY,
                      enc_subject("[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ",
                                  "iso-2022-jp", prefix="[CASE %s] " % CASE_B0))
tr = deliver("nifty", NIFTY, d, amz_auth(bounce), host, ip)
emit(33, "form-case-received-ja", ("case_created", CASE_B0, [KEEP, OLD2], None, "ja"), tr + sh,
     text_part(txt, cte="base64"))

# ----------------------------------------------------------------------
# 034 AWS billing statement available
d = jst("2025-11-26 03:15:30")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5561, is available on the AWS web site. Your account will be charged the following:

Total: $27.84

Please see the Bills section of the Billing and Cost Management console for details: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
aws(34, "billing-statement", ("unrelated", None, [], True, "en"), d,
    '"Amazon Web Services" <aws-billing@amazon.com>', GMAIL,
    "Amazon Web Services Billing Statement Available [Account: 384710295561]",
    text_part(txt, cte="7bit", charset="UTF-8"))

# ----------------------------------------------------------------------
# 035 phishing: fake "your accounts were merged" from a look-alike domain (merge_completed, not verified)
d = jst("2025-11-28 05:44:19")
html = html_page([
    "Hello,",
    "The merge of your AWS Certification accounts has been completed successfully. All of your certifications and exam history have been moved to your primary account.",
    "To keep your credentials active and to download your updated certificates, please verify your identity within 24 hours.",
    "Accounts that are not verified will be placed on hold.",
    "AWS Training and Certification"],
    title="Account merge completed", brand="aws certification",
    button=("Verify now", "https://aws-certlfication.com/verify?id=%s" % alnum(24)),
    footer="This is an automated message from AWS Certification. (c) 2025 Amazon Web Services, Inc.")
a = dict(dkim=[("pass", "aws-certlfication.com", "mail")], spf=("pass", "notifications@aws-certlfication.com", None),
         dmarc=("pass", "aws-certlfication.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "smtp.aws-certlfication.com", "91.92.243.77")
sh = [("DKIM-Signature", dkim_sig("aws-certlfication.com", "mail", d, canon="relaxed/relaxed")),
      ("From", '"AWS Certification" <notifications@aws-certlfication.com>'), ("To", GMAIL),
      ("Subject", "Your AWS Certification accounts have been merged - verify your badges"),
      ("Date", rfc(d, UTC)), ("Message-ID", "<%s@aws-certlfication.com>" % uuid_r())]
emit(35, "merged-notice-lookalike", ("merge_completed", None, [], False, "en"), tr + sh,
     text_part(html, "html", cte="base64"))

# ----------------------------------------------------------------------
# 036 PSI exam scheduled (different vendor)
d = jst("2025-12-01 08:22:10")
txt = """Dear Kenji Watanabe,

Your exam has been scheduled. Please keep this email for your records.

Exam: HashiCorp Certified: Terraform Associate (004)
Delivery: Online proctored
Date: Saturday, December 20, 2025
Time: 14:00 (Asia/Tokyo)
Confirmation number: 0084417752

Before your exam, run the system compatibility check:
https://syscheck.bridge.psiexams.com/

To reschedule or cancel, log in to your PSI account at least 24 hours before your appointment.

PSI Services LLC
"""
a = dict(dkim=[("pass", "psiexams.com", "k1")], spf=("pass", "bounce@mail.psiexams.com", None),
         dmarc=("pass", "psiexams.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail-out.psiexams.com", "198.2.180.41")
sh = [("DKIM-Signature", dkim_sig("psiexams.com", "k1", d, canon="relaxed/relaxed")),
      ("From", "PSI Exams <noreply@psiexams.com>"), ("To", GMAIL),
      ("Subject", "PSI Exam Registration Confirmation - HashiCorp Certified: Terraform Associate (004)"),
      ("Date", rfc(d, PST)), ("Message-ID", "<%s.%s@psiexams.com>" % (RND.randint(10 ** 9, 10 ** 10), alnum(8)))]
emit(36, "psi-exam-scheduled", ("unrelated", None, [], False, "en"), tr + sh,
     text_part(txt, cte="quoted-printable", charset="windows-1252", codec="cp1252"))

# ----------------------------------------------------------------------
# 037 case B: console case opened, Japanese (ISO-2022-JP), Office 365
d = jst("2025-12-02 10:15:13")
txt = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントの統合のお願い（%s → %s）
重要度: 低
カテゴリ: トレーニングと認定

このケースについて再度お問い合わせいただく場合は、次の URL からサポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクを開く前にログインしてください。）

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんので、上記のリンクからお問い合わせください。

%s
""" % (CASE_B, CASE_B, OLD2, KEEP, CASE_B, AWS_FOOTER_JA)
aws(37, "console-case-opened-ja", ("case_created", CASE_B, [KEEP, OLD2], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("新しいサポートケースを作成しました: %s" % CASE_B, "iso-2022-jp", prefix="Amazon Web Services: "),
    text_part(txt, cte="7bit", charset="iso-2022-jp"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 038 case B: "new correspondence added" notice (support_reply)
d = jst("2025-12-02 17:48:55")
txt = """Hello,

We've added a new correspondence to your AWS Support case %s.

To view it and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s
""" % (CASE_B, CASE_B, AWS_FOOTER_EN)
aws(38, "console-case-new-correspondence", ("support_reply", CASE_B, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    "[Case %s] New correspondence added" % CASE_B,
    text_part(txt, cte="7bit", charset="UTF-8"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 039 case B: agent asks which account to keep (Shift_JIS, base64)
d = jst("2025-12-03 11:02:27")
txt = """渡辺 健二 様

AWS トレーニングと認定サポートの山本です。お問い合わせいただきありがとうございます。

なお、11月25日にフォームからお送りいただいたお問い合わせ（ケース %s）につきましては、ご連絡先のメールアドレスが登録されておらず、ご返信できない状態となっておりました。ご不便をおかけし申し訳ございません。同じご依頼のため、今後は本ケースにて対応させていただき、フォームのケースはクローズいたします。

手続きを進めるにあたり、以下の点を確認させてください。

1. 今後お使いになるアカウント（残すアカウント）は、%s と %s のどちらでしょうか。件名では %s となっておりますが、念のためご確認ください。
2. %s のサインインに使用しているメールアドレス
3. 2 つのアカウントが作成された経緯（例：会社のメールアドレスで受験した、など）

上記について、サポートセンターからご返信いただけますと幸いです。

よろしくお願いいたします。

山本
Amazon Web Services
""" % (CASE_B0, KEEP, OLD2, KEEP, OLD2)
aws(39, "console-case-which-account-ja", ("support_reply", CASE_B, [KEEP, OLD2], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_words("認定アカウントの統合のお願い（%s → %s）" % (OLD2, KEEP), "Shift_JIS", "shift_jis", prefix="RE:[CASE %s] " % CASE_B),
    text_part(txt, cte="base64", charset="shift_jis"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 040 case B: confirmation requested (ISO-2022-JP)
d = jst("2025-12-04 10:31:06")
txt = """渡辺 健二 様

ご回答いただきありがとうございます。AWS トレーニングと認定サポートの山本です。

いただいた情報をもとに確認いたしました。以下の内容で 2 つの認定アカウントを 1 つにまとめる準備が整っております。

■ 引き続きご利用いただくアカウント
　候補者 ID: %s
　メールアドレス: %s

■ 上記アカウントへ統合され、ご利用いただけなくなるアカウント
　候補者 ID: AWS-07730418
　メールアドレス: %s

処理後は、AWS-07730418 の受験履歴・認定資格・特典がすべて %s に表示されるようになります。
なお、この処理は一度実行すると取り消すことができません。

上記の内容でよろしければ、サポートセンターから「上記内容で問題ありません」とご返信ください。ご返信を確認次第、手続きを開始いたします。

山本
Amazon Web Services
""" % (KEEP, GMAIL, WORK, KEEP)
aws(40, "console-case-please-confirm-ja", ("merge_confirmation_requested", CASE_B, [KEEP, OLD2], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("認定アカウントの統合のお願い（%s → %s）" % (OLD2, KEEP), "iso-2022-jp", prefix="RE:[CASE %s] " % CASE_B),
    text_part(txt, cte="7bit", charset="iso-2022-jp"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 041 phishing (ja): spoofed amazon.com sender; provider says dmarc=fail, a forged
#     Authentication-Results further down claims pass
d = jst("2025-12-04 19:07:44")
txt = """AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントの統合リクエスト（ケース %s）を受け付けました。
統合を確定するには、48 時間以内に以下のリンクからサインインし、残すアカウントを選択してください。

https://aws-certification.support-case-jp.com/merge/confirm?case=%s

期限内にご確認いただけない場合、統合リクエストは取り消され、お客様の認定資格が一時的に無効となる場合があります。

AWS トレーニングと認定 サポートチーム
""" % (PHISH_JA, PHISH_JA)
ip, helo = "185.225.17.203", "mail.support-case-jp.com"
a = dict(dkim=[("none", "", "")], spf=("fail", "no-reply-aws@amazon.com", ip),
         dmarc=("fail", "amazon.com", None), action="quarantine", compauth="fail reason=000")
tr = o365_trace(WORK, d, a, helo, ip)
forged = [("Authentication-Results", "mx.amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass header.from=amazon.com"),
          ("Received", "from ip-10-0-3-17.ec2.internal (ip-10-0-3-17.ec2.internal [10.0.3.17])\n by smtp-out.amazonses.com with ESMTP id %s; %s" % (alnum(12), rfc(d, UTC)))]
sh = [("From", '"Amazon Web Services" <%s>' % NOREPLY), ("To", WORK),
      ("Subject", enc_subject("【要確認】認定アカウント統合の最終確認 [CASE %s]" % PHISH_JA, "iso-2022-jp")),
      ("Date", rfc(d, JST)), ("Message-ID", "<%s@amazonses.com>" % hexrand(24))] + o365_org_headers(d, scl=5)
emit(41, "confirm-merge-spoofed-ja", ("merge_confirmation_requested", PHISH_JA, [], False, "ja"), tr + forged + sh,
     text_part(txt, cte="7bit", charset="iso-2022-jp"), linesep="\r\n")

# ----------------------------------------------------------------------
# 042 case B: thanks for confirming, now proceeding (wrong charset label: says us-ascii, is UTF-8)
d = jst("2025-12-05 09:20:33")
txt = """渡辺 健二 様

ご確認いただきありがとうございます。山本です。

いただいたご返信をもって、%s を %s へまとめる手続きを担当チームに依頼いたしました。
通常 2〜3 営業日で処理が完了いたします。完了しましたら、改めて本ケースにてご連絡いたします。

処理が終わるまでの間は、%s でのサインインや試験のご予約はお控えください。

山本
Amazon Web Services

2025年12月4日(木) 18:22 渡辺 健二 <%s>:
> 山本様
>
> ご連絡ありがとうございます。上記内容で問題ありません。手続きをお願いいたします。
>
> 渡辺
>
> > ■ 引き続きご利用いただくアカウント
> > 　候補者 ID: %s
> > ■ 上記アカウントへ統合され、ご利用いただけなくなるアカウント
> > 　候補者 ID: AWS-07730418
> > なお、この処理は一度実行すると取り消すことができません。
""" % (OLD2, KEEP, OLD2, WORK, KEEP)
aws(42, "console-case-proceeding-ja", ("support_reply", CASE_B, [KEEP, OLD2], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("認定アカウントの統合のお願い（%s → %s）" % (OLD2, KEEP), "utf-8", prefix="RE:[CASE %s] " % CASE_B),
    text_part(txt, cte="8bit", charset="utf-8", label="us-ascii"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 043 AWS marketing (ja), HTML only, base64
d = jst("2025-12-05 12:00:00")
html = html_page([
    "渡辺 健二 様",
    "AWS Summit Japan 2026 の事前登録を開始しました。今年も幕張メッセにて 2 日間にわたり開催します。",
    "・150 を超えるセッション\n・AWS Builders' Fair\n・認定者限定ラウンジ（AWS 認定をお持ちの方はデジタルバッジをご提示ください）",
    "事前登録いただいた方には、セッション登録開始時にいち早くお知らせいたします。"],
    title="AWS Summit Japan 2026 事前登録のご案内", brand="AWS Summit Japan 2026", lang="ja",
    button=("事前登録する", "https://aws.amazon.com/jp/summits/japan/?trk=em_summit26"),
    footer=AWS_FOOTER_JA + "\n配信停止: https://pages.awscloud.com/communication-preferences-jp.html",
    font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif")
a = dict(dkim=[("pass", "amazon.com", "m1")],
         spf=("pass", "112-TZM-766.0.91012.0.0.4502.9.20481127@mkto-sj310153.com", None),
         dmarc=("pass", "amazon.com", None))
tr = deliver("biglobe", BIGLOBE, d, a, "mkto-sj310153.com", "199.15.215.153")
sh = [("DKIM-Signature", dkim_sig("amazon.com", "m1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)),
      ("From", enc_name("アマゾン ウェブ サービス ジャパン", "aws-jp-marketing@amazon.com")),
      ("To", BIGLOBE), ("Message-ID", "<%d.%d.1764903600114.JavaMail.root@sjmas02.marketo.org>" % (RND.randint(100000000, 999999999), RND.randint(10000, 99999))),
      ("Subject", enc_subject("AWS Summit Japan 2026 事前登録のご案内", "utf-8"))]
emit(43, "aws-summit-japan-ja", ("unrelated", None, [], True, "ja"), tr + sh,
     text_part(html, "html", cte="base64"))

# ----------------------------------------------------------------------
# 044 case B: done (ja) with the confirmation request below, multipart/alternative base64
d = jst("2025-12-08 15:12:40")
txt = """渡辺 健二 様

お待たせいたしました。山本です。

ご依頼いただいていた認定アカウントの件、本日作業が完了いたしました。
%s に登録されていた受験履歴および認定資格（AWS Certified AI Practitioner）は、%s へ移行いたしました。
%s は無効化されており、今後はサインインできません。

Credly のデジタルバッジは、%s に登録されているメールアドレス宛てに改めて発行されます。反映まで最大 48 時間ほどかかる場合がございます。

ご不明な点がございましたら、サポートセンターからお知らせください。

山本
Amazon Web Services

---- 2025/12/04 10:31 Amazon Web Services からのメッセージ ----
以下の内容で 2 つの認定アカウントを 1 つにまとめる準備が整っております。
■ 引き続きご利用いただくアカウント　候補者 ID: %s
■ 上記アカウントへ統合され、ご利用いただけなくなるアカウント　候補者 ID: AWS-07730418
なお、この処理は一度実行すると取り消すことができません。
上記の内容でよろしければ、サポートセンターからご返信ください。

===================================================================
今回の対応についてご意見をお聞かせください。サポートセンターの各返信の右上にある星を選択して評価いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
===================================================================
""" % (OLD2, KEEP, OLD2, KEEP, KEEP, CASE_B)
html = html_page(txt.strip().split("\n\n"), title="Amazon Web Services", lang="ja",
                 font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif")
aws(44, "console-case-moved-ja", ("merge_completed", CASE_B, [KEEP, OLD2], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("認定アカウントの統合のお願い（%s → %s）" % (OLD2, KEEP), "iso-2022-jp", prefix="RE:[CASE %s] " % CASE_B),
    alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64"),
        boundary="----=_Part_%d_%d.%d" % (RND.randint(1000000, 9999999), RND.randint(100000000, 999999999), int(d.timestamp() * 1000))),
    via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 045 case B: closure notice that also states the work is done (merge_completed)
d = jst("2025-12-08 15:30:02")
txt = """Amazon Web Services をご利用いただきありがとうございます。

ケース %s について、認定アカウントの統合が完了いたしましたので、本ケースを解決済みとしてクローズいたしました。

同じ件で引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

今後ともよろしくお願いいたします。

Amazon Web Services
""" % (CASE_B, CASE_B)
aws(45, "console-case-closed-done-ja", ("merge_completed", CASE_B, [], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("ケース %s は解決済みとしてクローズされました" % CASE_B, "iso-2022-jp", prefix="Amazon Web Services: "),
    text_part(txt, cte="quoted-printable"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 046 case B: rating request (ja), HTML
d = jst("2025-12-09 10:05:20")
html = html_page([
    "渡辺 健二 様",
    "先日は AWS サポートをご利用いただきありがとうございました。",
    "ケース ID: %s" % CASE_B,
    "お問い合わせいただいた問題は解決しましたか？",
    ("raw", '<a href="https://support-feedback.aws.amazon.com/csat?case=%s&amp;r=yes&amp;l=ja">はい</a>&nbsp;／&nbsp;'
            '<a href="https://support-feedback.aws.amazon.com/csat?case=%s&amp;r=no&amp;l=ja">いいえ</a>' % (CASE_B, CASE_B)),
    "担当者の対応について、5 段階でご評価ください。いただいたご意見は、サポート品質の向上に役立てさせていただきます（所要時間 1 分程度）。",
    "Amazon Web Services"],
    title="AWS サポートへのご意見をお聞かせください", brand="Amazon Web Services", lang="ja",
    font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif", footer=AWS_FOOTER_JA)
aws(46, "console-case-feedback-ja", ("survey", CASE_B, [], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, WORK,
    enc_subject("AWS サポートへのご意見をお聞かせください（ケース %s）" % CASE_B, "utf-8"),
    text_part(html, "html", cte="quoted-printable"), via="o365", linesep="\r\n")

# ----------------------------------------------------------------------
# 047 Credly (ja): badge moved after the merge
d = jst("2025-12-09 02:40:11")
badge_id = uuid_r()
txt = """渡辺 健二 さん

AWS Training and Certification から「AWS Certified AI Practitioner」バッジが発行されました。

このバッジは、アカウントの統合に伴い、お客様のプロフィールへ移されたものです。以下のリンクからバッジを受け取ると、プロフィールに再び表示されます。

https://www.credly.com/earner/earned/badge/%s

Credly チーム
""" % badge_id
html = html_page(txt.strip().split("\n\n")[:-2], title="バッジが発行されました", brand="Credly", lang="ja",
                 button=("バッジを受け取る", "https://www.credly.com/earner/earned/badge/%s" % badge_id),
                 footer="Credly, Inc. | 10 Hudson Yards, New York, NY 10001",
                 font="'Open Sans','Hiragino Sans',Meiryo,sans-serif")
a = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
         spf=("pass", "bounces+28412345-5e21-kenji.watanabe.dev=gmail.com@em.credly.com", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "o7.em.credly.com", "149.72.134.55")
sh = [("DKIM-Signature", dkim_sig("credly.com", "s1", d, headers="from:mime-version:subject:to:content-type", canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)),
      ("From", '"AWS Training and Certification via Credly" <admin@credly.com>'), ("To", GMAIL),
      ("Message-ID", "<%s_%d@credly-mailer-6c8f7d9b54-%s.mail>" % (hexrand(24), RND.randint(1, 99), alnum(5))),
      ("Subject", enc_subject("AWS Training and Certification からバッジが発行されました", "utf-8"))]
emit(47, "credly-aif-moved-ja", ("credly_badge_issued", None, [], True, "ja"), tr + sh,
     alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64")))

# ----------------------------------------------------------------------
# 048 GitHub issue notification about an "edge case" (contains candidate ids)
d = jst("2025-12-10 13:58:31")
txt = """yuki-tanaka-hz opened an issue (hoshizora-tech/cert-tracker#112)

Edge case found while importing the December allowance list:

When a candidate ID is typed in lower case (`aws04718263`) the importer does not match it to the
existing record `%s` and creates a duplicate row. Same for IDs with a space (`AWS 03318470`).

Expected: normalise to upper case and strip spaces/dashes before matching.

/cc @kenji-watanabe-dev

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/cert-tracker/issues/112
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/cert-tracker/issues/112@github.com>
""" % KEEP
a = dict(dkim=[("pass", "github.com", "pf2023")], spf=("pass", "noreply@github.com", None),
         dmarc=("pass", "github.com", "p=REJECT sp=REJECT dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "out-26.smtp.github.com", "192.30.252.209")
sh = [("DKIM-Signature", dkim_sig("github.com", "pf2023", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)), ("From", '"Yuki Tanaka" <notifications@github.com>'),
      ("Reply-To", "hoshizora-tech/cert-tracker <reply+AB3K7Q6FJ2WQ3NM@reply.github.com>"),
      ("To", "hoshizora-tech/cert-tracker <cert-tracker@noreply.github.com>"),
      ("Cc", "Kenji Watanabe <%s>, Mention <mention@noreply.github.com>" % GMAIL),
      ("Message-ID", "<hoshizora-tech/cert-tracker/issues/112@github.com>"),
      ("Subject", "[hoshizora-tech/cert-tracker] Edge case: lower-case candidate IDs create duplicate records (Issue #112)"),
      ("List-ID", "hoshizora-tech/cert-tracker <cert-tracker.hoshizora-tech.github.com>"),
      ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "yuki-tanaka-hz"),
      ("X-GitHub-Recipient-Address", GMAIL)]
emit(48, "github-issue-edge-case", ("unrelated", None, [KEEP, "AWS03318470"], False, "en"), tr + sh,
     text_part(txt, cte="7bit", charset="UTF-8"))

# ----------------------------------------------------------------------
# 049 CertMetrics: recertification congratulations
d = jst("2025-12-15 09:12:07")
txt = """Dear Kenji Watanabe,

Congratulations! You have successfully recertified as an AWS Certified Developer - Associate by
passing the AWS Certified Solutions Architect - Professional exam.

Candidate ID: %s
Certification: AWS Certified Developer - Associate
New expiration date: December 13, 2028

Your digital badge will be updated by Credly within five business days.

Sincerely,
AWS Certification
""" % KEEP
a = dict(dkim=[("pass", "certmetrics.com", "s2")], spf=("pass", "bounce-%d@mail.certmetrics.com" % RND.randint(100000, 999999), None),
         dmarc=("pass", "certmetrics.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "mail3.certmetrics.com", "208.89.12.73")
sh = [("DKIM-Signature", dkim_sig("certmetrics.com", "s2", d, canon="relaxed/relaxed")),
      ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", "Kenji Watanabe <%s>" % GMAIL),
      ("Subject", "Congratulations on recertifying!"), ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-7), "MST"))),
      ("Message-ID", "<%s@certmetrics.com>" % uuid_r())]
emit(49, "certmetrics-recertified", ("unrelated", None, [KEEP], False, "en"), tr + sh,
     text_part(txt, cte="quoted-printable", charset="us-ascii"))

# ----------------------------------------------------------------------
# 050 Seller Central (ja): "統合を完了" of two product pages, nifty (no AR)
d = jst("2025-12-12 16:44:18")
txt = """Amazon 出品サービスをご利用いただきありがとうございます。

ご依頼いただいた商品詳細ページ（ASIN: B0D4K2P1XZ と B0D4K39MNT）の統合が完了しました。
今後は B0D4K2P1XZ に出品情報およびカスタマーレビューが集約されます。反映まで最大 24 時間かかる場合があります。

このメールの内容はお役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/contact-us/case-feedback?caseId=%s&v=1
いいえ: https://sellercentral.amazon.co.jp/cu/contact-us/case-feedback?caseId=%s&v=0

Amazon 出品サービス
テクニカルサポート 鈴木
""" % (SELLER_2, SELLER_2)
host, ip = "a24-11.smtp-out.amazonses.com", "54.240.24.11"
mid = mid_ses(d)
a = dict(dkim=[("pass", "amazon.co.jp", AMZ_SEL[2])], spf=("pass", mid[1:-1], None), dmarc=("pass", "amazon.co.jp", None))
tr = deliver("nifty", NIFTY, d, a, host, ip)
sh = [("DKIM-Signature", dkim_sig("amazon.co.jp", AMZ_SEL[2], d)),
      ("From", enc_name("Amazon 出品サービス", "seller-notification@amazon.co.jp", "iso-2022-jp")),
      ("To", NIFTY),
      ("Subject", enc_subject("出品情報の統合について", "iso-2022-jp", prefix="RE:[CASE %s] " % SELLER_2)),
      ("Date", rfc(d)), ("Message-ID", mid)]
emit(50, "seller-central-asin-ja", ("unrelated", SELLER_2, [], None, "ja"), tr + sh,
     text_part(txt, cte="7bit", charset="iso-2022-jp"))

# ----------------------------------------------------------------------
# 051 case C: console case opened (en)
d = jst("2025-12-15 20:43:01")
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Exam discount benefit not showing on my certification account
Severity: General guidance
Correspondence: Hello, the 50%% exam discount I earned with my AI Practitioner exam (taken under aws 07730418)
does not appear under Benefits in %s. Could you check? Thank you, Kenji Watanabe

To contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s
""" % (CASE_C, CASE_C, KEEP, CASE_C, AWS_FOOTER_EN)
aws(51, "console-case-opened-benefit", ("case_created", CASE_C, [KEEP, OLD2], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, GMAIL,
    "Amazon Web Services: You have opened a new Support case: %s" % CASE_C,
    text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 052 Credly marketing
d = jst("2025-12-15 23:30:00")
html = html_page([
    "Hi Kenji,",
    "Our 2026 Workforce Skills Outlook is here. See which credentials employers searched for most this year and where cloud and AI skills are heading next.",
    "Top 3 takeaways:\n1. AI credentials grew 3x in employer searches\n2. Cloud architecture stays the #1 verified skill\n3. Earners who share badges get 2x more profile views",
    "The Credly Team"],
    title="Your 2026 skills outlook", brand="Credly",
    button=("Read the report", "https://info.credly.com/2026-skills-outlook?utm_source=email"),
    footer="You are receiving this because you opted in to Credly news.\nUnsubscribe: https://info.credly.com/unsubscribe",
    font="'Open Sans',Helvetica,Arial,sans-serif")
a = dict(dkim=[("pass", "credly.com", "hs1"), ("pass", "hubspotemail.net", "hs2")],
         spf=("pass", "1axbtay8dgc4t7j5zcdeeozl7qdxlm@bf04x.hubspotemail.net", None),
         dmarc=("pass", "credly.com", "p=QUARANTINE sp=QUARANTINE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "bf04x.hubspotemail.net", "143.244.80.218")
sh = [("DKIM-Signature", dkim_sig("credly.com", "hs1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, UTC)), ("From", "Credly <news@credly.com>"), ("To", GMAIL),
      ("Subject", "Kenji, the 2026 skills outlook is here"),
      ("Message-ID", "<%s@bf04x.hubspotemail.net>" % uuid_r()),
      ("List-Unsubscribe", "<https://info.credly.com/hs/manage-preferences/unsubscribe?d=%s>" % alnum(30))]
emit(52, "credly-skills-outlook", ("unrelated", None, [], True, "en"), tr + sh,
     text_part(html, "html", cte="quoted-printable"))

# ----------------------------------------------------------------------
# 053 phishing: fake Credly badge
d = jst("2025-12-16 07:55:38")
html = html_page([
    "Hi Kenji,",
    "AWS Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Professional.",
    "Claim your badge within 72 hours to keep it on your profile. You will need to sign in with your Credly or LinkedIn password.",
    "Credly"],
    title="You have a new badge", brand="Credly",
    button=("Accept your badge", "https://credly-notify.com/badge/accept?u=%s" % alnum(22)),
    font="'Open Sans',Helvetica,Arial,sans-serif")
a = dict(dkim=[], spf=("neutral", "admin@credly-notify.com", None),
         dmarc=("fail", "credly-notify.com", "p=NONE sp=NONE dis=NONE"))
tr = deliver("gmail", GMAIL, d, a, "srv1.credly-notify.com", "103.75.118.62")
sh = [("From", '"AWS Training and Certification via Credly" <admin@credly-notify.com>'), ("To", GMAIL),
      ("Subject", "You have a new badge waiting: AWS Certified Solutions Architect - Professional"),
      ("Date", rfc(d, UTC)), ("Message-ID", "<%s@credly-notify.com>" % hexrand(26))]
emit(53, "credly-badge-lookalike", ("credly_badge_issued", None, [], False, "en"), tr + sh,
     text_part(html, "html", cte="quoted-printable"))

# ----------------------------------------------------------------------
# 054 other case: billing question (ja), mentions an older 11-digit case
d = jst("2025-12-17 14:26:51")
txt = """渡辺 健二 様

AWS 請求サポートの中村です。お問い合わせいただきありがとうございます。

アカウント 384710295561 の 2025年11月分のご請求について確認いたしました。
NAT ゲートウェイの時間料金（$8.74）は、ap-northeast-1 に残っていた NAT ゲートウェイ（nat-0c2f7e81a9d3b4e10）によるものです。
2022年のケース %s でご案内した内容と同様に、リソースを削除いただいた後の料金は発生いたしません。

今回は初回のご依頼として、11月分の NAT ゲートウェイ料金をクレジットとして返金いたしました。反映まで最大 5 営業日かかります。

中村
Amazon Web Services

===================================================================
このケースについて再度お問い合わせいただく場合は、以下の URL からサポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
===================================================================
""" % (CASE_OLD_BILL, CASE_BILL)
aws(54, "billing-case-refund-ja", ("unrelated", CASE_BILL, [], True, "ja"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, GMAIL,
    enc_subject("請求内容に関するお問い合わせ（2025年11月分）", "iso-2022-jp", prefix="RE:[CASE %s] " % CASE_BILL),
    text_part(txt, cte="7bit", charset="iso-2022-jp"))

# ----------------------------------------------------------------------
# 055 case C: agent - "once the sync has run, ... we will then" (support_reply)
d = jst("2025-12-17 18:04:22")
txt = """Hello Kenji,

Thank you for reaching out, and sorry for the confusion.

I checked %s. The 50%% exam discount that you earned with the AWS Certified AI Practitioner exam (originally taken
under AWS07730418) is recorded correctly, but benefits are shown by a separate process that runs overnight and it
has not picked up the change to your profile yet.

Once that process has run, the voucher will appear under Benefits in your certification account. If it is still
missing after December 19, I will have a replacement code issued manually and send it to you through this case.

Best regards,
Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (KEEP, CASE_C)
aws(55, "console-case-benefit-pending", ("support_reply", CASE_C, [KEEP, OLD2], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, GMAIL,
    "RE:[CASE %s] Exam discount benefit not showing on my certification account" % CASE_C,
    text_part(txt, cte="quoted-printable"))

# ----------------------------------------------------------------------
# 056 partner company (external Outlook) - "merged" budgets, Outlook quote block
d = jst("2025-12-18 10:17:45")
txt = """Hi Kenji,

Thanks for the update. On our side we have merged the two voucher pools into a single budget line for FY26,
so we can cover up to 12 exams for the joint team.

For the roster, here are the candidate IDs of my two engineers who will sit the SAA exam in January:
  - Ryo Mori: AWS02219845
  - Anna Lindqvist: aws-08841127

Could you add them to the shared tracker? Happy to discuss on Friday's call.

Best regards,
Laura

Laura Chen | Training Program Manager
Northwind Partners K.K.

From: Kenji Watanabe <%s>
Sent: Wednesday, December 17, 2025 6:02 PM
To: Laura Chen <laura.chen@northwind-partners.com>
Subject: Joint training plan FY26 - exam vouchers

Hi Laura,

As discussed, we'd like to combine our exam budgets for the joint project team. My own profile is now
%s after our records were consolidated, in case you need it for the roster.

Regards,
Kenji
""" % (WORK, KEEP)
ip, helo = "40.107.74.112", "TYVP286CU001.outbound.protection.outlook.com"
a = dict(dkim=[("pass", "northwind-partners.com", "selector1")], spf=("pass", "laura.chen@northwind-partners.com", ip),
         dmarc=("pass", "northwind-partners.com", None))
tr = o365_trace(WORK, d, a, helo, ip)
sh = [("DKIM-Signature", dkim_sig("northwind-partners.com", "selector1", d, canon="relaxed/relaxed",
                                  headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")),
      ("From", "Laura Chen <laura.chen@northwind-partners.com>"),
      ("To", "Kenji Watanabe <%s>" % WORK),
      ("Subject", "RE: Joint training plan FY26 - exam vouchers"),
      ("Thread-Topic", "Joint training plan FY26 - exam vouchers"),
      ("Thread-Index", "AQHcbz" + b64rand(20)),
      ("Date", rfc_short_day(d, UTC)),
      ("Message-ID", mid_outlook("OS7PR01MB")),
      ("References", mid_outlook()),
      ("In-Reply-To", mid_outlook()),
      ("Accept-Language", "en-US, ja-JP"), ("Content-Language", "en-US"),
      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")] + o365_org_headers(d)
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Aptos,sans-serif}</style></head>'
        '<body lang="EN-US"><div class="WordSection1">' +
        "".join('<p class="MsoNormal">%s</p>' % (x.replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;") for x in txt.split("From: Kenji")[0].split("\n")) +
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Kenji Watanabe &lt;%s&gt;<br><b>Sent:</b> Wednesday, December 17, 2025 6:02 PM<br><b>To:</b> Laura Chen &lt;laura.chen@northwind-partners.com&gt;<br><b>Subject:</b> Joint training plan FY26 - exam vouchers</p></div>' % WORK +
        "".join('<p class="MsoNormal">%s</p>' % (x or "&nbsp;") for x in txt.split("Subject: Joint training plan FY26 - exam vouchers\n")[1].split("\n")) +
        '</div></body></html>\n')
emit(56, "partner-voucher-budget", ("unrelated", None, ["AWS02219845", "AWS08841127"], False, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable"),
         boundary="_000_%s_" % mid_outlook("OS7PR01MB")[1:].split("@")[0]), linesep="\r\n")

# ----------------------------------------------------------------------
# 057 AWS Certification benefits mail (en)
d = jst("2025-12-19 02:00:14")
txt = """Make the most of your AWS Certification

Hi Kenji,

As an AWS Certified individual you have access to benefits that help you keep learning:

- 50%% off your next AWS Certification exam
- A free AWS Skill Builder practice exam
- Access to the AWS Certified Global Community on LinkedIn
- AWS Certified merchandise in the AWS Certification Store

Find your benefits in your AWS Certification Account under "Benefits".
https://aws.amazon.com/certification/benefits/

The AWS Certification team
%s
""" % AWS_FOOTER_EN
html = html_page(txt.strip().split("\n\n")[1:], title="Make the most of your AWS Certification", brand="AWS Certification",
                 button=("View my benefits", "https://aws.amazon.com/certification/benefits/?trk=em_ben"))
a = dict(dkim=[("pass", "amazon.com", "m1")],
         spf=("pass", "112-TZM-766.0.93301.0.0.4620.9.19384021@mkto-sj310152.com", None),
         dmarc=("pass", "amazon.com", GMAIL_DMARC_AMZ))
tr = deliver("gmail", GMAIL, d, a, "mkto-sj310152.com", "199.15.215.152")
sh = [("DKIM-Signature", dkim_sig("amazon.com", "m1", d, canon="relaxed/relaxed")),
      ("Date", rfc(d, PST)), ("From", "AWS Certification <aws-certification-noreply@amazon.com>"), ("To", GMAIL),
      ("Message-ID", "<%d.%d.1766077214002.JavaMail.root@sjmas01.marketo.org>" % (RND.randint(100000000, 999999999), RND.randint(10000, 99999))),
      ("Subject", "Kenji, make the most of your AWS Certification benefits")]
emit(57, "certification-benefits", ("unrelated", None, [], True, "en"), tr + sh,
     alt(text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")))

# ----------------------------------------------------------------------
# 058 case C: checking in, HTML only (support_reply)
d = jst("2025-12-22 11:40:09")
html = html_page([
    "Hello Kenji,",
    "I wanted to check whether the 50%% exam discount now shows under Benefits in your certification account %s." % KEEP,
    "If it is there, no action is needed. If you still need help, please reply through the Support Center using the link below. If we do not hear from you within 3 business days, this case will be closed automatically.",
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C,
    "Best regards,\nMarcus T.\nAmazon Web Services"],
    title="Amazon Web Services", footer=AWS_FOOTER_EN)
aws(58, "console-case-follow-up", ("support_reply", CASE_C, [KEEP], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, GMAIL,
    "RE:[CASE %s] Exam discount benefit not showing on my certification account" % CASE_C,
    text_part(html, "html", cte="quoted-printable"))

# ----------------------------------------------------------------------
# 059 phishing (ja): generic Amazon account check, Shift_JIS 8bit, biglobe AR fail
d = jst("2025-12-24 06:13:27")
txt = """Amazon お客様

いつも Amazon をご利用いただきありがとうございます。

お客様のアカウントで異常なサインインが検出されたため、アカウントを一時的にロックしました。
24 時間以内に以下のリンクからご本人確認を行ってください。確認が完了しない場合、アカウントは永久に停止されます。

https://amazon-co-jp.account-security-check.xyz/ap/signin

Amazon.co.jp カスタマーサービス
"""
a = dict(dkim=[], spf=("fail", "support@amazon.co.jp", None), dmarc=("fail", "amazon.co.jp", None))
tr = deliver("biglobe", BIGLOBE, d, a, "mail.account-security-check.xyz", "45.148.10.92")
sh = [("From", "\"Amazon.co.jp\" <support@amazon.co.jp>"), ("To", BIGLOBE),
      ("Subject", enc_words("【Amazon】アカウント一時停止のお知らせ - ご本人確認のお願い", "SHIFT-JIS", "shift_jis", chunk=9)),
      ("Date", rfc(d, JST)), ("Message-ID", "<%s@account-security-check.xyz>" % hexrand(18)),
      ("X-Mailer", "Foxmail 7.2.25.228")]
emit(59, "phish-amazon-lock-ja", ("unrelated", None, [], False, "ja"), tr + sh,
     text_part(txt, cte="8bit", charset="shift_jis"))

# ----------------------------------------------------------------------
# 060 case C: resolved - rate us (survey)
d = jst("2025-12-29 09:15:44")
txt = """Hello,

We're reaching out because case %s ("Exam discount benefit not showing on my certification account") has been resolved.

How would you rate your support experience? Please take a moment to rate this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

If the problem comes back, you can reopen the case within 14 days from the same link.

Thank you for choosing Amazon Web Services.

%s
""" % (CASE_C, CASE_C, AWS_FOOTER_EN)
aws(60, "console-case-resolved-rate", ("survey", CASE_C, [], True, "en"), d,
    '"Amazon Web Services" <%s>' % NOREPLY, GMAIL,
    "Amazon Web Services: Your Support case %s has been resolved" % CASE_C,
    text_part(txt, cte="quoted-printable"))

# ======================================================================
for name, data in FILES.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
print("wrote", len(FILES), "mails")
