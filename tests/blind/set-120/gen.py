#!/usr/bin/env python3
"""Generator for blind set 120: AWS Certification account-merge mail (.eml) + labels.json."""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from io import BytesIO
from zoneinfo import ZoneInfo

from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(120120)
LABELS = {}
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- helpers
def T(s):
    """'2025-05-27 22:41:13' (UTC) -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def rfc(d, tz=UTC, paren=False):
    d = d.astimezone(tz)
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    # strip leading zero of day like real MTAs sometimes do? keep two digits
    if paren:
        s += " (%s)" % d.tzname()
    return s


def plus(d, **kw):
    return d + dt.timedelta(**kw)


def case15(d):
    return "%d%05d" % (int(d.timestamp()), rnd.randrange(0, 100000))


def b64rand(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexrand(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz234567"):
    return "".join(rnd.choice(chars) for _ in range(n))


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000" % (ms, uid())


def fold_b(s, width=72, indent="\t"):
    """split a long base64 blob into folded header lines."""
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\r\n" + indent).join(parts)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="base64", encoding=None, label=None):
    """Build a single text part. `encoding` is the codec used for the bytes,
    `charset` (or `label`) the label written in the header (they may differ on purpose)."""
    data = text.encode(encoding or charset)
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, html, boundary=None):
    m = MIMEMultipart("alternative")
    for p in (plain, html):
        del p["MIME-Version"]
        m.attach(p)
    m.set_boundary(boundary or ("----=_Part_%d_%d.%d" % (rnd.randrange(10**6, 10**7), rnd.randrange(10**8, 10**9), rnd.randrange(10**12, 2 * 10**12))))
    return m


def mixed(*parts_, boundary=None):
    m = MIMEMultipart("mixed")
    for p in parts_:
        del p["MIME-Version"]
        m.attach(p)
    m.set_boundary(boundary or ("%024x" % rnd.getrandbits(96)))
    return m


def subj(s, charset="utf-8", enc="b"):
    """RFC 2047 subject, folded across lines when long."""
    if all(ord(c) < 128 for c in s):
        return s
    h = Header(s, charset, maxlinelen=76, header_name="Subject")
    return h.encode(linesep="\r\n", maxlinelen=76)


def addr(name, email_, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]", name):
            return '"%s" <%s>' % (name, email_)
        return "%s <%s>" % (name, email_)
    return "%s <%s>" % (Header(name, charset).encode(), email_)


# ---------------------------------------------------------------- senders
SES_IPS = ["54.240.8.%d" % i for i in (11, 33, 52, 79, 97)] + ["54.240.11.%d" % i for i in (64, 129, 160)] + ["23.251.234.%d" % i for i in (7, 12, 41)]
SG_IPS = ["149.72.%d.%d" % (rnd.randrange(100, 250), rnd.randrange(1, 250)) for _ in range(6)]


def sender_aws(d, from_domain="amazon.com"):
    ip = rnd.choice(SES_IPS)
    sid = ses_id(d)
    host = "a%s.smtp-out.amazonses.com" % ip.replace("54.240.", "").replace("23.251.", "").replace(".", "-")
    return dict(kind="ses", ip=ip, helo=host, mailfrom=sid + "@amazonses.com", mailfrom_dom="amazonses.com",
                msgid="<%s@email.amazonses.com>" % sid, from_domain=from_domain,
                dkim=[(from_domain, alnum(32)), ("amazonses.com", alnum(32))], d=d)


def sender_credly(d, rcpt):
    ip = rnd.choice(SG_IPS)
    lp = rcpt.replace("@", "=")
    mf = "bounces+%d-%s-%s@em4937.credly.com" % (rnd.randrange(10**7, 10**8), hexrand(4), lp)
    return dict(kind="sg", ip=ip, helo="o%d.ptr%d.credly.com" % (rnd.randrange(1, 9), rnd.randrange(1000, 9999)),
                mailfrom=mf, mailfrom_dom="em4937.credly.com",
                msgid="<%s@geopod-ismtpd-%d>" % (b64rand(16).rstrip("=").replace("/", "_").replace("+", "-"), rnd.randrange(1, 40)),
                from_domain="credly.com", dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], d=d)


def sender_generic(d, from_domain, mailfrom, ip, helo, dkim_dom=None, msgid_dom=None, selector="s1"):
    return dict(kind="generic", ip=ip, helo=helo, mailfrom=mailfrom, mailfrom_dom=mailfrom.split("@")[-1],
                msgid="<%s@%s>" % (uid().replace("-", "")[:24].upper(), msgid_dom or from_domain),
                from_domain=from_domain, dkim=[(dkim_dom, selector)] if dkim_dom else [], d=d)


def dkim_sig(dom, sel, d, heads="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s"
            % (sel, dom, int(d.timestamp()), heads, b64rand(32), fold_b(b64rand(256))))


# ---------------------------------------------------------------- receiving providers
def trace(provider, rcpt, s, *, spf="pass", dkim="pass", dmarc="pass", dmarc_policy="QUARANTINE",
          forged_ar=None, extra_dkim=True):
    """Return (top_headers, sender_headers). top = added by the receiver; sender = DKIM etc."""
    d = s["d"]
    arr = plus(d, seconds=rnd.randrange(1, 6))
    fd = s["from_domain"]
    dk = s["dkim"] if dkim == "pass" else []
    top, snd = [], []
    if provider == "gmail":
        tag = b64rand(6)[:8]
        dk_lines = "".join("\r\n       dkim=pass header.i=@%s header.s=%s header.b=%s;" % (dd, sel, b64rand(6)[:8]) for dd, sel in dk)
        if dkim == "fail":
            dk_lines = "\r\n       dkim=fail header.i=@%s header.s=%s header.b=%s;" % (fd, alnum(12), tag)
        elif dkim == "none":
            dk_lines = ""
        spf_txt = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (s["mailfrom"], s["ip"], s["mailfrom"]),
                   "softfail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (s["mailfrom"], s["ip"], s["mailfrom"]),
                   "neutral": "spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (s["ip"], s["mailfrom"], s["mailfrom"])}[spf]
        dis = "NONE" if dmarc == "pass" else dmarc_policy
        ar = "mx.google.com;%s\r\n       %s;\r\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dk_lines, spf_txt, dmarc, dmarc_policy, dmarc_policy, dis, fd)
        top = [
            ("Delivered-To", rcpt),
            ("Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\r\n        %s" % (rnd.randrange(0x6000, 0x7fff), rnd.randrange(0x100, 0xfff), rnd.randrange(0x100, 0xfff), rnd.randrange(0x100, 0xfff), rnd.randrange(0x100, 0xfff), alnum(5, "abcdefghijklmnopqrstuvwxyz") + "csp" + str(rnd.randrange(10**6, 10**7)) + "lq" + alnum(1, "abcdefghijklmnopqrstuvwxyz"), rfc(arr, PT, True))),
            ("X-Google-Smtp-Source", "AGHT+I" + b64rand(60).rstrip("=")),
            ("X-Received", "by 2002:a17:90b:%x:b0:%x:%x:%x with SMTP id %s-%smr%d%s.%d.%d;\r\n        %s" % (rnd.randrange(0x1000, 0x4fff), rnd.randrange(0x100, 0xfff), rnd.randrange(0x100, 0xfff), rnd.randrange(0x100, 0xfff), hexrand(13), alnum(10, "0123456789abcdef"), rnd.randrange(10**6, 10**8), alnum(3, "abcdefghijklmnopqrstuvwxyz0123456789"), rnd.randrange(1, 30), int(arr.timestamp() * 1000), rfc(arr, PT, True))),
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s" % (int(arr.timestamp()), fold_b(b64rand(256), 70, "        "))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=feedback-id:mime-version:subject:message-id:to:from:date\r\n         :dkim-signature:dkim-signature;\r\n        bh=%s;\r\n        fh=%s;\r\n        b=%s" % (b64rand(32), b64rand(32), fold_b(b64rand(256), 70, "        "))),
            ("ARC-Authentication-Results", "i=1; " + ar),
            ("Return-Path", "<%s>" % s["mailfrom"]),
            ("Received", "from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s" % (s["helo"], s["helo"], s["ip"], hexrand(13), alnum(11, "0123456789abcdef"), rnd.randrange(10**6, 10**8), rnd.randrange(1, 30), arr.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, rfc(arr, PT, True))),
            ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, s["mailfrom"], s["ip"], s["ip"]) if spf == "pass" else "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, s["mailfrom"], s["ip"], s["ip"])),
            ("Authentication-Results", ar),
        ]
    elif provider in ("o365", "outlook"):
        jp = provider == "o365" and rcpt.endswith(".jp")
        region = "jpnprd01" if jp else ("eurprd04" if rcpt.endswith((".de", ".eu")) else "namprd04")
        pre = {"jpnprd01": ("TYCPR01MB", "OS3PR01MB", "TY2PEPF0000"), "eurprd04": ("AM9PR04MB", "DB9PR04MB", "AMS1EPF0000"), "namprd04": ("SJ0PR04MB", "BY5PR04MB", "CO1PEPF0000")}[region]
        if provider == "outlook":
            pre = ("PH7P220MB", "DM6P220MB", "MW2NAM10FT0")
            region = "NAMP220"
        v6 = {"jpnprd01": "2603:1096", "eurprd04": "2603:10a6", "namprd04": "2603:10b6", "NAMP220": "2603:10b6"}[region]
        a = "%s%d.%s.prod.outlook.com" % (pre[0], rnd.randrange(1000, 9999), region)
        b = "%s%d.%s.prod.outlook.com" % (pre[1], rnd.randrange(1000, 9999), region)
        c = "%s%s.%s.prod.protection.outlook.com" % (pre[2], alnum(3, "0123456789ABCDEF"), region)
        dh = dk[0][0] if dk else "none"
        spf_r = {"pass": "pass", "softfail": "softfail", "neutral": "none"}[spf]
        dk_txt = "dkim=pass (signature was verified)\r\n header.d=%s" % dh if dkim == "pass" else ("dkim=fail (body hash did not verify)\r\n header.d=%s" % fd if dkim == "fail" else "dkim=none (message not signed)\r\n header.d=none")
        dm_txt = "dmarc=pass action=none\r\n header.from=%s;compauth=pass reason=100" % fd if dmarc == "pass" else "dmarc=fail action=quarantine\r\n header.from=%s;compauth=fail reason=000" % fd
        ar = "spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s; %s;%s" % (spf_r, s["ip"], s["mailfrom_dom"], dk_txt, dm_txt)
        top = [
            ("Received", "from %s (%s:%x::%x) by\r\n %s with HTTPS; %s" % (a, v6, rnd.randrange(0x100, 0xfff), rnd.randrange(0x10, 0xff), b, rfc(plus(arr, seconds=1)))),
            ("Received", "from %s (%s:%x:%x::%x) by\r\n %s (%s:%x:%x::%x) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8769.%d; %s" % (c, v6, rnd.randrange(0x100, 0xfff), rnd.randrange(0x10, 0xff), rnd.randrange(0x10, 0xff), a, v6, rnd.randrange(0x100, 0xfff), rnd.randrange(0x10, 0xff), rnd.randrange(0x10, 0xff), rnd.randrange(10, 40), rfc(arr))),
            ("Received", "from %s (%s) by\r\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s" % (s["helo"], s["ip"], c, rnd.randrange(1, 250), rnd.randrange(1, 250), rnd.randrange(10, 40), rfc(arr))),
            ("Authentication-Results", ar),
            ("Received-SPF", "%s (protection.outlook.com: domain of %s designates %s as permitted sender)\r\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % ("Pass" if spf == "pass" else "SoftFail", s["mailfrom_dom"], s["ip"], s["ip"], s["helo"])),
        ]
    elif provider in ("nifty", "biglobe", "ocn"):
        host = {"nifty": ("mta-rcv-e%02d.mail.nifty.com" % rnd.randrange(1, 9), "mx.nifty.com"),
                "biglobe": ("mfilter%02d.mail.biglobe.ne.jp" % rnd.randrange(1, 40), "biglobe.ne.jp"),
                "ocn": ("mf-smf-ucb%03d.ocn.ad.jp" % rnd.randrange(1, 99), "ocn.ad.jp")}[provider]
        dk_txt = " ".join("dkim=pass header.i=@%s;" % dd for dd, _ in dk) if dkim == "pass" else ("dkim=fail header.i=@%s;" % fd if dkim == "fail" else "dkim=none;")
        ar = "%s; spf=%s smtp.mailfrom=%s;\r\n\t%s\r\n\tdmarc=%s header.from=%s" % (host[1], spf, s["mailfrom"], dk_txt, dmarc, fd)
        top = [
            ("Return-Path", "<%s>" % s["mailfrom"]),
            ("Delivered-To", rcpt),
            ("Received", "from %s (%s [%s])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s" % (s["helo"], s["helo"], s["ip"], host[0], alnum(12, "0123456789ABCDEF"), rcpt, rfc(arr, JST))),
            ("Authentication-Results", ar),
        ]
    elif provider == "none":
        top = [
            ("Return-Path", "<%s>" % s["mailfrom"]),
            ("Received", "from mailgw02.kessler-it.de (mailgw02.kessler-it.de [192.168.20.12])\r\n\tby exch01.kessler-it.de (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (alnum(10, "0123456789ABCDEF"), rcpt, rfc(plus(arr, seconds=2), CET, True))),
            ("Received", "from %s (%s [%s])\r\n\tby mailgw02.kessler-it.de (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (s["helo"], s["helo"], s["ip"], alnum(10, "0123456789ABCDEF"), rcpt, rfc(arr, CET, True))),
        ]
    else:
        raise ValueError(provider)
    for dd, sel in s["dkim"]:
        if dkim == "pass" or dd == fd:
            snd.append(("DKIM-Signature", dkim_sig(dd, sel, d)))
    if forged_ar:
        snd.insert(0, ("Authentication-Results", forged_ar))
    return top, snd


# ---------------------------------------------------------------- assembly
def build(num, slug, body, *, top, snd, frm, to, subject, date, msgid, label,
          cc=None, reply_to=None, in_reply_to=None, references=None, extra=(), tail=(), date_tz=UTC):
    msg = body
    ctype = [(k, v) for k, v in msg._headers]
    for k in {k for k, _ in ctype}:
        del msg[k]
    hdrs = list(top) + list(snd)
    hdrs += [("Date", rfc(date, date_tz)), ("From", frm)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if any(ord(c) > 127 for c in subject):
        subject = subj(subject)
    hdrs += [("Subject", subject), ("Message-ID", msgid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += [(k, v) for k, v in ctype if k != "MIME-Version"]
    hdrs += list(tail)
    for k, v in hdrs:
        msg[k] = v
    name = "%03d-%s.eml" % (num, slug)
    assert name not in LABELS and num not in [int(n[:3]) for n in LABELS], name
    fp = BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(fp.getvalue())
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[name] = {"kind": lab["kind"], "case_id": lab.get("case_id"), "account_ids": lab["account_ids"],
                    "sender_verified": lab["sender_verified"], "language": lab["language"]}


def L(kind, lang, case_id=None, ids=(), ver=True):
    return dict(kind=kind, language=lang, case_id=case_id, account_ids=list(ids), sender_verified=ver)


def ses_tail(d):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64rand(33).rstrip("=")),
            ("X-SES-Outgoing", d.strftime("%Y.%m.%d") + "-" + rnd.choice(SES_IPS))]


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_TAG = "[AWS Training and Certification Form Submission] - account-assistance"


def console_link(case, lang="en"):
    return "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (case, lang)


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


# ================================================================ people
EMILY = dict(name="Emily Carter", mail="emily.carter.dev@gmail.com", prov="gmail",
             keep="AWS04718263", old="AWS09921537", opened=T("2025-05-27 22:41:13"))
SATO = dict(name="佐藤 健太", mail="kenta.sato@nifty.com", prov="nifty",
            keep="AWS11830457", old="AWS20396618", opened=T("2025-06-10 01:05:40"))
MARCO = dict(name="Marco Rossi", mail="m.rossi@northwind-analytics.com", prov="o365",
             keep="AWS07354102", old="AWS15582930", opened=T("2025-09-02 14:22:51"))
MISAKI = dict(name="田中 美咲", mail="misaki.tanaka0412@gmail.com", prov="gmail",
              keep="AWS03318850", old="AWS22957163", opened=T("2025-11-18 03:47:09"))
PRIYA = dict(name="Priya Nair", mail="priya.nair@outlook.com", prov="outlook",
             keep="AWS18840276", old="AWS09137745", opened=T("2026-01-14 17:03:26"))
YAMAMOTO = dict(name="山本 大輔", mail="d-yamamoto@biglobe.ne.jp", prov="biglobe",
                keep="AWS26604418", old="AWS01957732", old2="AWS13850291", opened=T("2026-02-20 06:18:44"))
JONAS = dict(name="Jonas Weber", mail="j.weber@kessler-it.de", prov="none",
             keep="AWS12045596", old="AWS08871304", opened=T("2025-07-08 07:55:02"))
AYA = dict(name="鈴木 彩", mail="aya.suzuki@fabrikam-sys.co.jp", prov="o365",
           keep="AWS05529013", old="AWS19274460", opened=T("2025-08-19 00:31:37"))
DAN = dict(name="Daniel Okafor", mail="dan.okafor88@gmail.com", prov="gmail",
           keep="AWS16630928", old="AWS21148805", opened=T("2025-10-06 19:12:40"))
KOBA = dict(name="小林 翔", mail="sho.kobayashi@ocn.ne.jp", prov="ocn",
            keep="AWS09402716", old="AWS24417390", opened=T("2026-03-09 08:40:15"))

for P in (EMILY, SATO, MARCO, MISAKI, PRIYA, YAMAMOTO, JONAS, AYA, DAN, KOBA):
    P["case"] = case15(P["opened"])

# ================================================================ mails
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- Emily Carter (en, Gmail, form case)
@mail
def emily_ack(num):
    P = EMILY
    d = plus(P["opened"], seconds=41)
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    text = f"""Hello Emily,

Thanks for getting in touch with AWS Training and Certification. This note is
to let you know that your request reached us and has been logged under
reference {P['case']}.

Here is a copy of what you sent us:

  Inquiry type:      AWS Training and Certification
  Category:          Certification
  Detail:            Account Merge
  AWS candidate ID:  {P['keep']}
  Description:       I have two certification accounts. {P['keep']} is the one I
                     use now (emily.carter.dev@gmail.com). {P['old'].lower()} was
                     created in 2021 with my university address, which I can no
                     longer access. Could you bring everything together under
                     {P['keep']}?

Someone from our team will get back to you, normally within one business day.
If you need to add anything, reply to this e-mail and keep the reference in
the subject line so it reaches the right person. Please don't submit the form
again for the same request; a second submission only slows things down.

Kind regards,
AWS Training and Certification
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    body = part(text, cte="quoted-printable")
    build(num, "request-logged", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "en", P["case"], [P["keep"], P["old"]]))


EMILY_CONFIRM_TEXT = """Hello Emily,

Thank you for reaching out to AWS Training and Certification.

I looked up the details you gave us and found two certification profiles that
belong to you:

  - AWS 04718263  (emily.carter.dev@gmail.com)  - 2 active certifications
    This is the profile that would stay.
  - AWS 09921537  (e.carter@student.lakeside.edu)  - 1 certification
    Its exam history and certification would be moved into the profile
    above, and this profile would then be deactivated.

Before I go ahead, please be aware that this cannot be reversed: once the two
profiles are combined they can't be split apart again. Exam history, active
certifications and any unused benefits will be carried over to AWS04718263.

Could you reply to this e-mail to let me know that the above is correct and
that you would like us to go ahead?

Best regards,
Tomasz K.
Amazon Web Services"""


@mail
def emily_confirm(num):
    P = EMILY
    d = T("2025-05-28 16:05:22")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    footer = ("\n\nWe value your feedback. Please share your experience by rating this and other\n"
              "correspondences in the AWS Support Center. You can rate a correspondence by\n"
              "selecting the stars in the top right corner of the correspondence.\n")
    plain = part(EMILY_CONFIRM_TEXT + footer, cte="quoted-printable")
    html = html_wrap(
        "<p>Hello Emily,</p><p>Thank you for reaching out to AWS Training and Certification.</p>"
        "<p>I looked up the details you gave us and found two certification profiles that belong to you:</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><th>Candidate ID</th><th>E-mail</th><th>Certifications</th><th>After the change</th></tr>"
        "<tr><td>AWS 04718263</td><td>emily.carter.dev@gmail.com</td><td>2 active</td><td>Stays (primary)</td></tr>"
        "<tr><td>AWS 09921537</td><td>e.carter@student.lakeside.edu</td><td>1</td><td>Moved into the primary, then deactivated</td></tr>"
        "</table><p><b>This cannot be reversed.</b> Once the two profiles are combined they can&#39;t be split apart again. "
        "Exam history, active certifications and any unused benefits will be carried over to AWS04718263.</p>"
        "<p>Could you reply to this e-mail to let me know that the above is correct and that you would like us to go ahead?</p>"
        "<p>Best regards,<br>Tomasz K.<br>Amazon Web Services</p>"
        "<hr><p style=\"font-size:11px;color:#687078\">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>")
    body = alt(plain, part(html, "html", cte="quoted-printable"))
    build(num, "two-profiles-found", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_confirmation_requested", "en", P["case"], [P["keep"], P["old"]]))


@mail
def emily_done(num):
    P = EMILY
    d = T("2025-05-29 09:18:47")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    user_reply = ("Hi Tomasz,\n\nThe details are correct. Please proceed with the merge.\n\n"
                  "Thanks,\nEmily")
    history = ("On Wed, May 28, 2025 at 7:44 PM Emily Carter <emily.carter.dev@gmail.com> wrote:\n"
               + quote(user_reply + "\n\nOn Wed, May 28, 2025 at 6:05 PM Amazon Web Services <\n"
                       "aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + quote(EMILY_CONFIRM_TEXT)))
    text = f"""Hello Emily,

Thanks for getting back to me so quickly.

The exam history and the AWS Certified Cloud Practitioner that were held on the
profile you opened with your university address are now listed under
{P['keep']}, next to your two associate-level certifications. The second
profile has been retired and can no longer be used to sign in.

The next time you sign in to your AWS Certification Account with
emily.carter.dev@gmail.com you'll find all three certifications in one place.
Credly will send the digital badge for the Cloud Practitioner to the same
address; it can take a day or two to arrive.

If anything looks wrong or is missing, just reply to this message and I'll
take another look.

Best regards,
Tomasz K.
Amazon Web Services

-------------------------------------------------------------------
{history}
"""
    body = part(text, cte="quoted-printable")
    build(num, "one-profile-now", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "en", P["case"], [P["keep"]]))


@mail
def emily_credly(num):
    P = EMILY
    d = T("2025-05-30 02:11:09")
    s = sender_credly(d, P["mail"])
    top, snd = trace("gmail", P["mail"], s)
    url = "https://www.credly.com/earner/earned/badge/%s?source=email" % uid()
    plain = part(f"""Hi Emily,

Amazon Web Services Training and Certification has placed a credential in your
Credly account:

AWS Certified Cloud Practitioner

It was previously associated with another e-mail address and has been
re-associated with emily.carter.dev@gmail.com after an update to your
certification record.

Accept it to show it on your profile and share it on LinkedIn:
{url}

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001
Unsubscribe from these e-mails: https://www.credly.com/notifications/unsubscribe?token={hexrand(40)}
""", cte="quoted-printable")
    html = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/{uid()}/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<h1 style="font-size:22px">Emily, a credential is waiting for you</h1>
<p>Amazon Web Services Training and Certification has moved <b>AWS Certified Cloud Practitioner</b> to your Credly account.</p>
<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept credential</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001</p>
</td></tr></table>""")
    body = alt(plain, part(html, "html", cte="quoted-printable"), boundary="%032x" % rnd.getrandbits(128))
    build(num, "credential-waiting", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="Emily, a credential from Amazon Web Services Training and Certification is waiting for you",
          date=d, msgid=s["msgid"], label=L("credly_badge_issued", "en", None, [], True))


@mail
def emily_survey(num):
    P = EMILY
    d = T("2025-05-29 09:19:30")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    yes = "https://aws-tc-feedback.amazon.com/survey?case=%s&r=yes&t=%s" % (P["case"], hexrand(24))
    no = yes.replace("r=yes", "r=no")
    html = html_wrap(f"""<p>Hello,</p>
<p>Your case <b>{P['case']}</b> has been marked as resolved. We would appreciate two minutes of your time.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="{yes}">YES</a> &nbsp;|&nbsp; <a href="{no}">NO</a></p>
<p>How would you rate the service you received from our agent?<br>
<a href="{yes}&amp;s=5">5 - Excellent</a> &middot; <a href="{yes}&amp;s=4">4</a> &middot; <a href="{yes}&amp;s=3">3</a> &middot; <a href="{yes}&amp;s=2">2</a> &middot; <a href="{no}&amp;s=1">1 - Poor</a></p>
<p>If you still need help with this request, simply reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>""")
    body = part(html, "html", cte="base64")
    build(num, "how-did-we-do", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] How did we do?", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("survey", "en", P["case"], []))


# ---------------------------------------------------------------- 佐藤 健太 (ja, nifty, console case)
SATO_SUBJ = "認定アカウントの統合について"
JA_CONSOLE_FOOT = """
このやり取りについて評価をお願いいたします。サポートセンターで該当の
やり取りを開き、右上の星をクリックしてご評価ください。
{link}

*このメールアドレスへの返信は受け付けておりません。本ケースへのご返信は
AWS サポートセンターから行ってください。
"""


@mail
def sato_created(num):
    P = SATO
    d = plus(P["opened"], seconds=19)
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    text = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様からのお問い合わせを受け付け、ケース {P['case']} として登録いたしました。
担当者が内容を確認し、順次ご連絡いたします。

ケース ID: {P['case']}
件名: {SATO_SUBJ}
重要度: 一般的なガイダンス
サービス: AWS トレーニングと認定
カテゴリ: 認定 - アカウントの統合

お問い合わせ内容:
以前勤めていた会社のメールアドレスで受験したときの認定アカウントと、
個人のメールアドレスで作ったアカウントの2つがあります。
{P['keep']} と {P['old']} です。1つにまとめていただけますでしょうか。

ケースの詳細の確認やご返信は、以下のリンクからサポートセンターで行えます。
{console_link(P['case'], 'ja')}

*このメールアドレスへの返信は受け付けておりません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "uketsuke", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj(f"Amazon Web Services: 新しいサポートケース {P['case']} を作成しました", "iso-2022-jp"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def sato_ask(num):
    P = SATO
    d = T("2025-06-11 02:37:15")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    text = f"""佐藤 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定サポートの中村でございます。

ご記載の {P['keep']} および {P['old']} の2件について承りました。
対象のアカウントを正しく特定するため、お手数ですが以下の点をお知らせ
いただけますでしょうか。

1. 今後も使い続けるアカウント(残す側)の認定 ID
2. それぞれのアカウントにサインインする際のメールアドレス
3. 通知先として登録しているメールアドレス(サインイン用と異なる場合のみ)

いただいた情報をもとにアカウントを確認し、改めてご連絡いたします。
ご返信はサポートセンターのケース画面からお願いいたします。

よろしくお願いいたします。

中村
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=console_link(P['case'], 'ja'))
    body = part(text, charset="shift_jis", cte="8bit")
    build(num, "kakunin-onegai", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj(f"RE:[CASE {P['case']}] {SATO_SUBJ}", "shift_jis"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def sato_confirm(num):
    P = SATO
    d = T("2025-06-12 05:02:48")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    text = f"""佐藤 様

ご返信いただき、ありがとうございます。中村でございます。

お知らせいただいた情報をもとに確認いたしましたところ、以下の2件の
アカウントが見つかりました。

  ・残すアカウント: AWS {P['keep'][3:]} (kenta.sato@nifty.com)
    認定資格 2件(SAA、DVA)
  ・統合されるアカウント: {P['old'].lower()} (k.sato@hanamura-denki.co.jp)
    認定資格 1件(CLF)

統合されるアカウントの受験履歴・認定資格・未使用の特典は、すべて
{P['keep']} に移され、統合されるアカウントは無効となります。
この作業は実施後に元へ戻すことができません。

上記の内容でよろしければ、本ケースにて「上記の内容で統合をお願いします」と
ご返信ください。ご返信を確認したのち、作業を開始いたします。

よろしくお願いいたします。

中村
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=console_link(P['case'], 'ja'))
    html = html_wrap("<div>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "ja")
    body = alt(part(text, cte="base64"), part(html, "html", cte="base64"))
    build(num, "naiyou-go-kakunin", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj(f"RE:[CASE {P['case']}] {SATO_SUBJ}"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_confirmation_requested", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def sato_proceed(num):
    P = SATO
    d = T("2025-06-12 23:48:06")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    text = f"""佐藤 様

ご確認のご返信をいただき、ありがとうございます。

いただいた内容に沿って、これより担当部署にて {P['keep']} への作業を
進めてまいります。通常 1~3 営業日ほどお時間を頂戴しておりますので、
恐れ入りますが今しばらくお待ちください。

作業が終わりましたら、本ケースにて改めてご連絡いたします。
なお、作業中は旧アカウントへのサインインができなくなる場合がございます。

よろしくお願いいたします。

中村
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=console_link(P['case'], 'ja'))
    body = part(text, cte="quoted-printable")
    build(num, "sagyou-kaishi", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj(f"RE:[CASE {P['case']}] {SATO_SUBJ}"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "ja", P["case"], [P["keep"]]))


@mail
def sato_done(num):
    P = SATO
    d = T("2025-06-14 01:26:33")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    text = f"""佐藤 様

大変お待たせいたしました。中村でございます。

{P['old']} に登録されていた受験履歴および認定資格(CLF)は、すべて
{P['keep']} へ移し替え済みです。{P['old']} は閉鎖いたしましたので、
今後は kenta.sato@nifty.com でサインインいただければ、3件の認定資格を
まとめてご覧いただけるようになっております。

Credly のデジタルバッジにつきましては、数日以内に同じメールアドレス宛てに
ご案内が届く見込みです。届かない場合は、本ケースにてお知らせください。

本ケースはこれにてクローズとさせていただきます。
このたびはご協力いただき、ありがとうございました。

中村
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=console_link(P['case'], 'ja'))
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "utsushikae", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj(f"RE:[CASE {P['case']}] {SATO_SUBJ}", "iso-2022-jp"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def sato_survey(num):
    P = SATO
    d = T("2025-06-15 01:30:02")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    link = "https://s.amazon-survey.aws/r/%s?displayId=%s&lang=ja" % (alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), P["case"])
    html = html_wrap(f"""<p>いつも Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>先日はサポートセンターをご利用いただきありがとうございました。<br>
ケース <b>{P['case']}</b>(件名: {SATO_SUBJ})への対応について、簡単なアンケートにご協力ください。</p>
<p>所要時間は 2 分ほどです。いただいたご意見は、サポート品質の向上に役立てさせていただきます。</p>
<p style="margin:24px 0"><a href="{link}" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""", "ja")
    body = part(html, "html", cte="base64")
    build(num, "anketo", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=subj("サポートのご利用に関するアンケートのお願い(ケース %s)" % P["case"]),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("survey", "ja", P["case"], []))


# ---------------------------------------------------------------- Marco Rossi (en, Office 365, form case)
MARCO_ASK_TEXT = """Hello Marco,

Thank you for contacting AWS Training and Certification.

In your submission we can see two candidate IDs, AWS07354102 and
AWS-15582930. So that we can be certain both records belong to you, could you
please send us the following:

  1. The e-mail address you use to sign in to each account.
  2. The notification e-mail address of each account, if it is different.
  3. Which of the two you would like to keep going forward.
  4. A short note on why there are two accounts (for example, a change of
     employer or e-mail address).

Once we have these details we will review the records and get back to you.

Kind regards,
Aisha B.
Amazon Web Services"""

MARCO_CONFIRM_TEXT = """Hello Marco,

Thank you for the details. Here is what we intend to do:

  Account to keep:   AWS07354102 (m.rossi@northwind-analytics.com)
  Account to fold in: AWS15582930 (marco.rossi@contoso-old.com)

All exam history, certifications and benefits from AWS15582930 would be moved
to AWS07354102, and AWS15582930 would be closed. This cannot be undone.

Please reply to confirm that we may go ahead.

Kind regards,
Aisha B.
Amazon Web Services"""


@mail
def marco_ack(num):
    P = MARCO
    d = plus(P["opened"], seconds=57)
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    plain = part(f"""Thank you for contacting AWS Training and Certification.

We've received your message and it is now in our queue under case number
{P['case']}. You can expect to hear from us within 24 hours.

To add information, reply to this e-mail without changing the subject line.

AWS Training and Certification
""", cte="base64")
    html = html_wrap(f"""<p>Hi Marco,</p>
<p>Thank you for contacting AWS Training and Certification. We&rsquo;ve received your message and it is now in our queue under case number <b>{P['case']}</b>.
You can expect to hear from us within 24 hours.</p>
<table cellpadding="3" style="font-size:13px;border:1px solid #d5dbdb">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>{P['keep']}</td></tr>
<tr><td><b>Your message</b></td><td>Hi, I changed employers and ended up with a second certification account. Old one: {P['old']}. Current one: {P['keep']}. Could you combine them? Thanks, Marco</td></tr>
</table>
<p>To add information, reply to this e-mail without changing the subject line. Please do not submit a new form for the same question.</p>
<p>AWS Training and Certification</p>""")
    body = alt(plain, part(html, "html", cte="base64"))
    build(num, "in-our-queue", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "en", P["case"], [P["keep"], P["old"]]))


@mail
def marco_ask(num):
    P = MARCO
    d = T("2025-09-03 18:40:11")
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    body = part(MARCO_ASK_TEXT + "\n\nWe value your feedback. Please rate this correspondence in the AWS Support Center.\n", cte="7bit")
    build(num, "need-sign-in-addresses", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "en", P["case"], [P["keep"], P["old"]]))


@mail
def marco_done(num):
    P = MARCO
    d = T("2025-09-06 11:02:40")
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    survey = "https://aws-tc-feedback.amazon.com/survey?case=%s&t=%s" % (P["case"], hexrand(24))
    text = f"""Hello Marco,

Thank you for confirming.

Everything that used to be on the profile registered to
marco.rossi@contoso-old.com - your exam history, the AWS Certified Data
Engineer - Associate and the unused 50% exam voucher - now sits under
{P['keep']}. That profile has been closed off, so please sign in only with
m.rossi@northwind-analytics.com from now on. You'll find all of your
certifications there.

As nothing else is outstanding on this request, I'm closing the case. If you
have a minute, tell us how we did:

  Was your issue resolved?  YES: {survey}&r=yes   NO: {survey}&r=no

Kind regards,
Aisha B.
Amazon Web Services

________________________________
From: Marco Rossi <m.rossi@northwind-analytics.com>
Sent: Friday, September 5, 2025 8:51 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {P['case']}] {FORM_TAG}

Hi Aisha,

Confirmed - please go ahead as described.

Best,
Marco

Marco Rossi | Senior Data Engineer
Northwind Analytics GmbH

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 4, 2025 7:15 PM
To: Marco Rossi <m.rossi@northwind-analytics.com>
Subject: RE:[CASE {P['case']}] {FORM_TAG}

{MARCO_CONFIRM_TEXT}
"""
    body = part(text, cte="quoted-printable")
    build(num, "closing-your-request", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "en", P["case"], [P["keep"]]))


def trace_internal_o365(rcpt, d, dom):
    a = "SJ0PR04MB%d.namprd04.prod.outlook.com" % rnd.randrange(1000, 9999)
    b = "BY5PR04MB%d.namprd04.prod.outlook.com" % rnd.randrange(1000, 9999)
    top = [
        ("Received", "from %s (2603:10b6:a03:%x::%x) by\r\n %s with HTTPS; %s" % (a, rnd.randrange(0x100, 0xfff), rnd.randrange(0x10, 0xff), b, rfc(plus(d, seconds=2)))),
        ("Authentication-Results", "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % dom),
        ("Received", "from %s ([fe80::%x:%x:%x:%x]) by\r\n %s ([fe80::%x:%x:%x:%x%%6]) with mapi id 15.20.8989.%d; %s" % (
            a, rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff),
            a, rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff), rnd.randrange(0x1000, 0xffff), rnd.randrange(10, 40), rfc(d))),
    ]
    extra = [("Thread-Topic", None), ("Thread-Index", "AQH" + b64rand(30).rstrip("=")), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", a)]
    return top, extra


@mail
def marco_fwd(num):
    P = MARCO
    d = T("2025-09-08 07:33:19")
    top, extra = trace_internal_o365("s.hoffmann@northwind-analytics.com", d, "northwind-analytics.com")
    orig_subject = f"RE:[CASE {P['case']}] {FORM_TAG}"
    extra = [(k, v if v is not None else "FW: " + orig_subject) for k, v in extra]
    text = f"""Hi Sandra,

FYI for the training budget request: AWS sorted out my duplicate certification
profiles, so the 50% voucher is now on {P['keep']} and I can book the
Solutions Architect Professional exam with it next month. See below.

Cheers,
Marco

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, September 6, 2025 1:02 PM
To: Marco Rossi <m.rossi@northwind-analytics.com>
Subject: {orig_subject}

Hello Marco,

Thank you for confirming.

Everything that used to be on the profile registered to
marco.rossi@contoso-old.com - your exam history, the AWS Certified Data
Engineer - Associate and the unused 50% exam voucher - now sits under
{P['keep']}. That profile has been closed off, so please sign in only with
m.rossi@northwind-analytics.com from now on. You'll find all of your
certifications there.

Kind regards,
Aisha B.
Amazon Web Services
"""
    html = html_wrap("<div style=\"font-family:Aptos,Calibri,sans-serif\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>")
    body = alt(part(text, charset="us-ascii", cte="7bit"), part(html, "html", cte="quoted-printable"),
               boundary="_000_%s_" % alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    build(num, "fw-voucher-now-available", body, top=top, snd=[], frm="Marco Rossi <m.rossi@northwind-analytics.com>",
          to="Sandra Hoffmann <s.hoffmann@northwind-analytics.com>", subject="FW: " + orig_subject, date=d,
          msgid="<%s@%s>" % (alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "SJ0PR04MB7711.namprd04.prod.outlook.com"),
          extra=extra + [("Content-Language", "en-US")],
          label=L("unrelated", "en", P["case"], [P["keep"]], False))


# ---------------------------------------------------------------- Jonas Weber (en, corporate relay, no Authentication-Results)
JONAS_CONFIRM_TEXT = """Hello Jonas,

Thank you for your patience. We found the following two profiles:

  AWS12045596 - j.weber@kessler-it.de (to be kept)
  AWS08871304 - jonas.weber@web.de (to be merged into AWS12045596)

Please be aware that a merge is permanent and can't be reversed. Reply to this
e-mail to confirm that you'd like us to proceed.

Best regards,
Felipe R.
Amazon Web Services"""


@mail
def jonas_ack(num):
    P = JONAS
    d = plus(P["opened"], seconds=35)
    s = sender_aws(d)
    top, snd = trace("none", P["mail"], s)
    text = f"""Hello,

We have your request.

Reference: {P['case']}
Topic: AWS Training and Certification - Account Merge
Submitted by: {P['mail']}

A member of the AWS Training and Certification team will review it and
answer you by e-mail, usually within 24 hours. No action is needed from you
right now. If you want to send us anything else about this request, reply to
this message and leave the reference in the subject.

Thank you,
AWS Training and Certification
"""
    body = part(text, cte="base64")
    build(num, "we-have-your-request", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "en", P["case"], [], None))


@mail
def jonas_followup(num):
    P = JONAS
    d = T("2025-07-14 09:20:55")
    s = sender_aws(d)
    top, snd = trace("none", P["mail"], s)
    text = f"""Hello Jonas,

I'm following up on my message from last week (below). We haven't received a
reply yet and wanted to check whether you still need our help with this
request.

If you do, simply answer my previous message. If we don't hear from you
within the next 5 business days, we'll assume the matter is no longer needed
and close the case; you can always contact us again later.

Best regards,
Felipe R.
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 9, 2025 14:02
To: {P['mail']}
Subject: RE:[CASE {P['case']}] {FORM_TAG}

{JONAS_CONFIRM_TEXT}
"""
    body = part(text, cte="quoted-printable")
    build(num, "still-need-help", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "en", P["case"], [], None))


@mail
def jonas_done(num):
    P = JONAS
    d = T("2025-07-16 13:47:08")
    s = sender_aws(d)
    top, snd = trace("none", P["mail"], s)
    text = f"""Hello Jonas,

Thanks for your reply.

From today, {P['keep']} is the only candidate ID we hold for you. The exam
records and the AWS Certified SysOps Administrator - Associate from your
second profile have been carried over to it, and that second profile no
longer exists. Please use j.weber@kessler-it.de whenever you sign in or
schedule an exam.

Best regards,
Felipe R.
Amazon Web Services

From: Jonas Weber <j.weber@kessler-it.de>
Sent: Tuesday, July 15, 2025 17:31
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {P['case']}] {FORM_TAG}

Hello Felipe,
sorry for the delay, I was on holiday. Yes, that is correct, please go
ahead with AWS12045596 as the account to keep and AWS08871304 folded into it.
Regards
Jonas

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 9, 2025 14:02
To: {P['mail']}
Subject: RE:[CASE {P['case']}] {FORM_TAG}

{JONAS_CONFIRM_TEXT}
"""
    body = part(text, cte="base64")
    build(num, "only-candidate-id", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "en", P["case"], [P["keep"]], None))


# ---------------------------------------------------------------- Daniel Okafor (en, Gmail, console case)
DAN_SUBJ = "Two certification accounts - please combine"
EN_CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
======================================================================
To see all the correspondences for this case or to reply, please use the AWS
Support Center: {link}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us, please use the link above.
======================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


@mail
def dan_confirm(num):
    P = DAN
    d = T("2025-10-07 21:14:37")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    text = f"""Hello Daniel,

Thank you for your patience while I reviewed the two certification accounts
mentioned in your case.

  Primary (surviving) account:  aws-16630928
      registered to dan.okafor88@gmail.com
  Secondary account:            AWS 21148805
      registered to d.okafor@alumni.unilag.edu.ng

With your agreement, everything on the secondary account - exam results, the
AWS Certified Solutions Architect - Associate and its digital badge - would be
moved to the primary account, and the secondary account would be deactivated.
Please note that this action is final; we are not able to separate the
accounts again afterwards.

Kindly reply to this case through the Support Center to confirm that you
would like us to proceed with the above.

Regards,
Hiroshi M.
""" + EN_CONSOLE_FOOT.format(link=console_link(P['case']))
    body = part(text, cte="quoted-printable")
    build(num, "primary-and-secondary", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {DAN_SUBJ}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_confirmation_requested", "en", P["case"], [P["keep"], P["old"]]))


@mail
def dan_proceed(num):
    P = DAN
    d = T("2025-10-08 16:51:02")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    text = f"""Hello Daniel,

Thank you for confirming.

I have handed your request over to our certification operations team, who will
now proceed with combining the two accounts into {P['keep']}. This normally
takes two to three business days. I'll update this case as soon as they have
carried it out, and you don't need to do anything in the meantime.

Please avoid scheduling an exam under the secondary account while this is in
progress.

Regards,
Hiroshi M.
""" + EN_CONSOLE_FOOT.format(link=console_link(P['case']))
    body = part(text, cte="base64")
    build(num, "handed-to-operations", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {DAN_SUBJ}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "en", P["case"], [P["keep"]]))


@mail
def dan_newcorr(num):
    P = DAN
    d = T("2025-10-10 14:03:26")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    text = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {P['case']}
Subject: {DAN_SUBJ}

To read it and reply, sign in to the AWS Support Center:
{console_link(P['case'])}

Please don't reply to this e-mail; replies to this address are not monitored.

Amazon Web Services
"""
    body = part(text, cte="7bit", charset="us-ascii")
    build(num, "new-correspondence", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"[Case {P['case']}] New correspondence added", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "en", P["case"], []))


@mail
def dan_done(num):
    P = DAN
    d = T("2025-10-10 14:03:11")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    link = console_link(P['case'])
    html = html_wrap(f"""<p>Hello Daniel,</p>
<p>Good news from our operations team. The secondary account (<span>AWS 21148805</span>) no longer exists: its exam transcript and your
AWS Certified Solutions Architect &ndash; Associate are now part of <b>aws-16630928</b>, alongside the Developer and Cloud Practitioner certifications you already had there.</p>
<p>When you next sign in with dan.okafor88@gmail.com you should see all three. Please allow up to 48 hours for Credly to show the Solutions Architect badge under the same address.</p>
<p>If everything looks right, there&rsquo;s nothing more you need to do; this case will close automatically in a few days.</p>
<p>Regards,<br>Hiroshi M.</p>
<hr>
<p style="font-size:12px">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p style="font-size:12px">To see all the correspondences for this case or to reply, please use the <a href="{link}">AWS Support Center</a>.</p>
<p style="font-size:11px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""")
    body = part(html, "html", cte="quoted-printable")
    build(num, "secondary-no-longer-exists", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {DAN_SUBJ}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "en", P["case"], [P["keep"], P["old"]]))


@mail
def dan_credly(num):
    P = DAN
    d = T("2025-10-11 08:26:44")
    s = sender_credly(d, P["mail"])
    top, snd = trace("gmail", P["mail"], s)
    u1 = "https://www.credly.com/earner/earned/badge/%s" % uid()
    plain = part(f"""Hi Daniel,

Good news - your profile has been updated by Amazon Web Services Training and
Certification. The following credential is now on your Credly profile:

  * AWS Certified Solutions Architect - Associate

Claim it so that employers and your network can see it:
{u1}

Once claimed, you can share it to LinkedIn, add it to your e-mail signature
or download a certificate.

The Credly Team
Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001
""", cte="quoted-printable")
    html = html_wrap(f"""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/220x220/images/{uid()}/image.png" width="110" alt="">
<h2>Daniel, something new is on your profile</h2>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="{u1}" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Claim it</a></p>
<p style="font-size:12px;color:#888">You are receiving this because an organization updated a credential that belongs to dan.okafor88@gmail.com.</p>
</div>""")
    body = alt(plain, part(html, "html", cte="base64"), boundary="%032x" % rnd.getrandbits(128))
    build(num, "now-on-your-profile", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="Daniel, a credential is now on your profile", date=d, msgid=s["msgid"],
          label=L("credly_badge_issued", "en", None, [], True))


# ---------------------------------------------------------------- Priya Nair (en, Outlook.com, form case)
@mail
def priya_conditional(num):
    P = PRIYA
    d = T("2026-01-16 10:44:59")
    s = sender_aws(d)
    top, snd = trace("outlook", P["mail"], s)
    text = f"""Hi Priya,

Thank you for confirming the details.

Your request to keep {P['keep']} and fold {P['old']} into it is now with our
certification operations team. Once the merge is complete, we will also ask
Credly to move the badges from your old Credly profile to
priya.nair@outlook.com; you'll then get an e-mail from Credly asking you to
accept them.

I'll write again as soon as the operations team has finished. There is
nothing else you need to do for now.

Kind regards,
Ravi S.
Amazon Web Services
"""
    body = part(text, cte="quoted-printable")
    build(num, "with-operations-team", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "en", P["case"], [P["keep"], P["old"]]))


@mail
def priya_done(num):
    P = PRIYA
    d = T("2026-01-19 15:27:31")
    s = sender_aws(d)
    top, snd = trace("outlook", P["mail"], s)
    text = f"""Hi Priya,

As of today there is a single certification profile for you: {P['keep']}.

The Machine Learning Engineer \u2013 Associate exam result and certification
that sat on {P['old']} have been moved across, together with the unused
50% discount voucher, and {P['old']} has been deactivated. You\u2019ll see
everything in one place the next time you sign in with priya.nair@outlook.com.

We\u2019ve also passed the badge move on to Credly, who will contact you
directly.

Kind regards,
Ravi S.
Amazon Web Services
"""
    # body is UTF-8 but the header claims ISO-8859-1 (seen in the wild)
    body = part(text, charset="iso-8859-1", encoding="utf-8", cte="8bit")
    build(num, "single-profile", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "en", P["case"], [P["keep"], P["old"]]))


@mail
def priya_survey(num):
    P = PRIYA
    d = T("2026-01-22 16:00:12")
    s = sender_aws(d)
    top, snd = trace("outlook", P["mail"], s)
    y = "https://aws-tc-feedback.amazon.com/survey?case=%s&t=%s" % (P["case"], hexrand(24))
    plain = part(f"""Hello,

Your case {P['case']} has been resolved and is now closed.

Was your issue resolved?
  YES - {y}&r=yes
  NO  - {y}&r=no

Your answer takes one click and helps us improve AWS Training and
Certification support. If you need further help with the same request, reply
to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification
""", cte="7bit", charset="us-ascii")
    html = html_wrap(f"""<p>Hello,</p><p>Your case <b>{P['case']}</b> has been resolved and is now closed.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="{y}&amp;r=yes" style="padding:8px 18px;background:#1d8102;color:#fff;text-decoration:none">YES</a> &nbsp;
<a href="{y}&amp;r=no" style="padding:8px 18px;background:#d13212;color:#fff;text-decoration:none">NO</a></p>
<p>Your answer takes one click and helps us improve AWS Training and Certification support.</p>""")
    body = alt(plain, part(html, "html", cte="quoted-printable"))
    build(num, "was-your-issue-resolved", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] Your case has been closed", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("survey", "en", P["case"], []))


@mail
def priya_credly(num):
    P = PRIYA
    d = T("2026-01-21 04:12:50")
    s = sender_credly(d, P["mail"])
    top, snd = trace("outlook", P["mail"], s)
    u = "https://www.credly.com/earner/earned/badge/%s" % uid()
    plain = part(f"""Priya, claim your credential

Amazon Web Services Training and Certification has reissued the following
credential to priya.nair@outlook.com following a change to your certification
record:

AWS Certified Machine Learning Engineer \u2013 Associate

Accept it here: {u}

Not sure what this is? Credly is the platform Amazon Web Services Training
and Certification uses to recognise your achievements. Learn more at
https://support.credly.com
""", cte="quoted-printable")
    html = html_wrap(f"""<h2 style="font-family:Helvetica">Priya, claim your credential</h2>
<p>Amazon Web Services Training and Certification has reissued <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> to this e-mail address.</p>
<p><a href="{u}">Accept</a></p>""")
    body = alt(plain, part(html, "html", cte="quoted-printable"), boundary="%032x" % rnd.getrandbits(128))
    build(num, "claim-your-credential", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="Priya, claim your AWS Certified Machine Learning Engineer \u2013 Associate credential",
          date=d, msgid=s["msgid"], label=L("credly_badge_issued", "en", None, [], True))


@mail
def priya_credly_expiry(num):
    P = PRIYA
    d = T("2026-03-02 13:00:05")
    s = sender_credly(d, P["mail"])
    top, snd = trace("outlook", P["mail"], s)
    u = "https://www.credly.com/badges/%s" % uid()
    html = html_wrap(f"""<p>Hi Priya,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> credential from Amazon Web Services Training and Certification will expire on <b>May 1, 2026</b>.</p>
<p>To keep it active on your profile, follow the recertification steps from the issuer before that date. After it expires, the credential will still appear on your profile, marked as expired.</p>
<p><a href="{u}">View credential</a> &middot; <a href="https://aws.amazon.com/certification/recertification/">Recertification requirements</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001 | <a href="https://www.credly.com/notifications/unsubscribe?token={hexrand(40)}">Unsubscribe</a></p>""")
    body = part(html, "html", cte="quoted-printable")
    build(num, "expires-in-60-days", body, top=top, snd=snd,
          frm='"Credly" <admin@credly.com>', to=P["mail"],
          subject="Your AWS Certified Cloud Practitioner credential expires in 60 days",
          date=d, msgid=s["msgid"], label=L("unrelated", "en", None, [], True))


@mail
def priya_credly_merge_code(num):
    P = PRIYA
    d = T("2026-01-21 19:40:17")
    s = sender_credly(d, P["mail"])
    top, snd = trace("outlook", P["mail"], s)
    code = "%06d" % rnd.randrange(10**6)
    u = "https://www.credly.com/users/account-merge/confirm?token=%s" % hexrand(48)
    plain = part(f"""Hi Priya,

We received a request to combine the Credly account for
p.nair@ml-research.example.org with the account for priya.nair@outlook.com.

Your verification code: {code}

Or finish here: Complete Account Merge
{u}

The code expires in 30 minutes. If you didn't ask for this, you can ignore
this e-mail and nothing will change.

The Credly Team
""", cte="7bit", charset="us-ascii")
    html = html_wrap(f"""<p>Hi Priya,</p><p>We received a request to combine the Credly account for p.nair@ml-research.example.org with the account for priya.nair@outlook.com.</p>
<p style="font-size:28px;letter-spacing:6px"><b>{code}</b></p><p><a href="{u}">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. If you didn&#39;t ask for this, you can ignore this e-mail.</p>""")
    body = alt(plain, part(html, "html", cte="quoted-printable"), boundary="%032x" % rnd.getrandbits(128))
    build(num, "verification-code", body, top=top, snd=snd, frm='"Credly" <admin@credly.com>', to=P["mail"],
          subject="Your Credly verification code", date=d, msgid=s["msgid"],
          label=L("unrelated", "en", None, [], True))


# ---------------------------------------------------------------- English look-alikes and phishing
@mail
def phish_confirm_en(num):
    P = DAN
    d = T("2025-10-09 03:51:27")
    s = sender_generic(d, "aws-certification-help.com", "bounce-%s@mail.aws-certification-help.com" % hexrand(8),
                       "185.243.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)), "mail.aws-certification-help.com",
                       dkim_dom="aws-certification-help.com", selector="default")
    top, snd = trace("gmail", P["mail"], s, dmarc_policy="NONE")
    fake_case = "1759971082" + "40311"
    link = "https://aws-certification-help.com/verify/merge?cid=%s&u=%s" % (fake_case, hexrand(20))
    html = html_wrap(f"""<div style="max-width:620px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://aws-certification-help.com/static/aws-logo.png" alt="aws" width="80">
<h3>Action required: confirm your certification account merge</h3>
<p>Dear Candidate,</p>
<p>We are processing the merge request for your certification profile <b>AWS 16630928</b> (case {fake_case}).
Before the accounts can be combined we must verify your identity. <b>Merges are permanent</b>, so we need your explicit confirmation.</p>
<p>Please confirm the merge within <b>24 hours</b>. Unconfirmed requests are cancelled and certifications on the secondary profile may be revoked.</p>
<p style="text-align:center"><a href="{link}" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p>You will be asked to sign in with your AWS Certification credentials.</p>
<p>Regards,<br>AWS Training &amp; Certification Support Team</p></div>""")
    plain = part(f"""Action required: confirm your certification account merge

Dear Candidate,

We are processing the merge request for your certification profile AWS 16630928 (case {fake_case}).
Please confirm the merge within 24 hours: {link}

AWS Training & Certification Support Team
""", cte="7bit", charset="us-ascii")
    body = alt(plain, part(html, "html", cte="base64"))
    build(num, "action-required-confirm", body, top=top, snd=snd,
          frm='"AWS Certification Support" <support@aws-certification-help.com>', to=P["mail"],
          subject=f"[CASE {fake_case}] Action required: confirm your account merge", date=d, msgid=s["msgid"],
          label=L("merge_confirmation_requested", "en", fake_case, [P["keep"]], False))


@mail
def phish_survey_en(num):
    P = MARCO
    d = T("2025-09-07 22:10:45")
    s = sender_generic(d, "amazon.com", "info@notify-srv%d.top" % rnd.randrange(10, 99),
                       "45.137.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)), "vps%d.notify-srv.top" % rnd.randrange(100, 999),
                       msgid_dom="notify-srv.top")
    forged = ("amazon.com; dkim=pass header.d=amazon.com; spf=pass\r\n smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")
    top, snd = trace("o365", P["mail"], s, dkim="none", dmarc="fail", forged_ar=forged)
    y = "https://aws-survey-rewards.top/s/%s?case=%s" % (hexrand(12), P["case"])
    html = html_wrap(f"""<p>Hello,</p>
<p>Your support case <b>{P['case']}</b> was recently closed. Tell us about your experience in our 60-second survey and receive a <b>$50 AWS Promotional Credit</b> as a thank-you.</p>
<p><b>Was your issue resolved?</b> <a href="{y}&amp;a=1">Yes</a> / <a href="{y}&amp;a=0">No</a></p>
<p><a href="{y}">Start the survey</a> (credit is applied after identity verification)</p>
<p>Amazon Web Services Customer Experience</p>""")
    body = part(html, "html", cte="base64")
    build(num, "rate-your-experience", body, top=top, snd=snd,
          frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to=P["mail"],
          subject=f"Case {P['case']}: rate your experience and get a $50 credit", date=d, msgid=s["msgid"],
          label=L("survey", "en", P["case"], [], False))


@mail
def phish_credly_en(num):
    P = EMILY
    d = T("2025-06-02 12:33:08")
    s = sender_generic(d, "credly-badge-center.com", "mailer@credly-badge-center.com",
                       "91.219.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)), "smtp1.credly-badge-center.com",
                       dkim_dom="credly-badge-center.com")
    top, snd = trace("gmail", P["mail"], s, dmarc_policy="NONE")
    u = "https://credly-badge-center.com/accept?b=%s" % hexrand(32)
    html = html_wrap(f"""<div style="text-align:center;font-family:Helvetica">
<h2>Your moved credential is ready</h2>
<p>After your recent AWS account update, your <b>AWS Certified Cloud Practitioner</b> credential was transferred to a new wallet.</p>
<p>Sign in with your e-mail password to accept it and keep it visible. Credentials not accepted within 48 hours are archived.</p>
<p><a href="{u}" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Accept now</a></p>
<p style="font-size:11px;color:#999">Credly Notifications</p></div>""")
    body = part(html, "html", cte="quoted-printable")
    build(num, "moved-credential-ready", body, top=top, snd=snd,
          frm='"Credly" <notifications@credly-badge-center.com>', to=P["mail"],
          subject="Your moved credential is ready - accept within 48 hours", date=d, msgid=s["msgid"],
          label=L("credly_badge_issued", "en", None, [], False))


@mail
def aws_org_case_done(num):
    P = EMILY
    opened = T("2025-08-21 09:12:30")
    case = case15(opened)
    d = T("2025-08-22 17:40:02")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    text = f"""Hello Emily,

Thank you for your patience.

Member account 4417-2096-3385 has been moved into your organization
(o-7hq2x9kd1m) and is now covered by consolidated billing under the
management account 9028-1160-4472. The charges for August that were
still billed separately have been transferred, and the credit of USD 182.40
has been applied to the management account. You'll see it on your next
invoice.

Nothing further is needed from your side, so I'll mark this case as resolved.

Best regards,
Sandeep V.
""" + EN_CONSOLE_FOOT.format(link=console_link(case))
    body = part(text, cte="quoted-printable")
    build(num, "member-account-moved", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {case}] Move member account into organization and move August charges",
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("unrelated", "en", case, [], True))


@mail
def github_merged(num):
    P = MARCO
    d = T("2025-09-04 13:18:52")
    s = sender_generic(d, "github.com", "noreply@github.com", "192.30.252.%d" % rnd.randrange(200, 210),
                       "out-%d.smtp.github.com" % rnd.randrange(20, 30), dkim_dom="github.com", msgid_dom="github.com", selector="pf2023")
    s["msgid"] = "<northwind/etl-pipeline/pull/214/issue_event/%d@github.com>" % rnd.randrange(10**10, 2 * 10**10)
    top, snd = trace("o365", P["mail"], s, dmarc_policy="REJECT")
    plain = part("""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/etl-pipeline/pull/214#event-19833201845
You are receiving this because you authored the thread.

Message ID: <northwind/etl-pipeline/pull/214/issue_event/19833201845@github.com>
""", cte="7bit", charset="UTF-8")
    html = html_wrap("""<p>Merged <a href="https://github.com/northwind/etl-pipeline/pull/214">#214</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind/etl-pipeline/pull/214#event-19833201845">view it on GitHub</a>.<br>
You are receiving this because you authored the thread.</p>""")
    body = alt(plain, part(html, "html", cte="7bit", charset="UTF-8"), boundary="--==_mimepart_%s_%d" % (hexrand(13), rnd.randrange(10**5, 10**6)))
    build(num, "pr-214-into-main", body, top=top, snd=snd,
          frm='"Lukas Brandt" <notifications@github.com>', to='northwind/etl-pipeline <etl-pipeline@noreply.github.com>',
          cc="Marco Rossi <m.rossi@northwind-analytics.com>, Author <author@noreply.github.com>",
          reply_to="northwind/etl-pipeline <reply+AB3XK2Q%s@reply.github.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
          subject="Re: [northwind/etl-pipeline] Merge duplicate account records in customer table (PR #214)",
          date=d, msgid=s["msgid"],
          in_reply_to="<northwind/etl-pipeline/pull/214@github.com>", references="<northwind/etl-pipeline/pull/214@github.com>",
          extra=[("X-GitHub-Reason", "author"), ("List-ID", "northwind/etl-pipeline <etl-pipeline.northwind.github.com>"),
                 ("X-GitHub-Sender", "lbrandt")],
          label=L("unrelated", "en", None, [], False))


@mail
def certmetrics_hear(num):
    P = JONAS
    d = T("2025-07-20 15:05:40")
    s = sender_generic(d, "certmetrics.com", "bounces@mail.certmetrics.com", "167.89.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)),
                       "o%d.mail.certmetrics.com" % rnd.randrange(1, 9), dkim_dom="certmetrics.com")
    top, snd = trace("none", P["mail"], s)
    u = "https://cp.certmetrics.com/amazon/en/survey/%s" % hexrand(20)
    html = html_wrap(f"""<p>Dear Jonas Weber,</p>
<p>AWS Certification wants to hear from you. As an AWS Certified individual, your opinion helps us shape the future of the AWS Certification program.</p>
<p>The survey takes about 10 minutes. Please complete it by August 3, 2025.</p>
<p><a href="{u}">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px">This e-mail was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply.</p>""")
    body = part(html, "html", cte="quoted-printable")
    build(num, "wants-to-hear-from-you", body, top=top, snd=snd,
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=P["mail"],
          subject="AWS Certification wants to hear from you", date=d, msgid=s["msgid"],
          label=L("unrelated", "en", None, [], None))


@mail
def seller_central(num):
    P = PRIYA
    d = T("2026-02-03 21:09:14")
    s = sender_aws(d)
    top, snd = trace("outlook", P["mail"], s)
    case = "%d" % rnd.randrange(5800000000, 5999999999)
    text = f"""Hello,

Thank you for your patience while we reviewed your request.

We have merged the listings and sales history of your second seller account
(Merchant Token A2Q8XK0N4PLM7T) into your primary account, and the second
account has been deactivated. You can now manage all of your inventory from
a single Seller Central login.

If you have any further questions, please reply to this case.

Was this email helpful? Yes / No

Thank you for selling with Amazon,
Arnav
Amazon.com
https://sellercentral.amazon.com
"""
    body = part(text, cte="quoted-printable")
    build(num, "seller-accounts", body, top=top, snd=snd,
          frm='"Amazon Seller Support" <seller-notification@amazon.com>', to=P["mail"],
          subject=f"RE:[CASE {case}] Request to combine seller accounts", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("unrelated", "en", case, [], True))


# ---------------------------------------------------------------- 田中 美咲 (ja, Gmail, form case)
MISAKI_CONFIRM_TEXT = """田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の小野と申します。

いただいた情報をもとに確認いたしましたところ、お客様名義の認定アカウントが
以下の2件見つかりました。

  存続するアカウント:AWS03318850(misaki.tanaka0412@gmail.com)
  統合されるアカウント:AWS22957163(m-tanaka@kitaura-soft.co.jp)

統合されるアカウントの受験履歴・認定資格・特典は存続するアカウントへ移され、
統合されるアカウントは無効となります。統合は一度実施すると取り消しが
できませんので、あらかじめご了承ください。

上記の内容でお間違いなければ、本メールにご返信のうえ、統合に同意いただける旨を
お知らせください。

よろしくお願いいたします。

小野
Amazon Web Services"""


@mail
def misaki_ack(num):
    P = MISAKI
    d = plus(P["opened"], seconds=48)
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    html = html_wrap(f"""<p>田中 美咲 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。<br>
お問い合わせ内容はケース番号 <b>{P['case']}</b> にて承りました。</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="4" border="1">
<tr><td>お問い合わせの種類</td><td>認定</td></tr>
<tr><td>詳細</td><td>アカウントの統合 (Account Merge)</td></tr>
<tr><td>AWS 受験者 ID</td><td>{P['keep']}</td></tr>
</table>
<p>担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。<br>
情報を追加される場合は、件名のケース番号を変更せずに本メールへご返信ください。<br>
同じ内容で新たにフォームを送信されますと、ご回答が遅れる場合がございますのでご注意ください。</p>
<p>AWS トレーニングと認定</p>""", "ja")
    body = part(html, "html", cte="quoted-printable")
    build(num, "uketsuke-shimashita", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "ja", P["case"], [P["keep"]]))


@mail
def misaki_confirm(num):
    P = MISAKI
    d = T("2025-11-19 06:21:40")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    user = f"""お世話になっております。田中です。

追加の情報をお送りします。
・現在使っているアカウント:{P['keep']}(misaki.tanaka0412@gmail.com)
・前職で作成したアカウント:{P['old']}(m-tanaka@kitaura-soft.co.jp)
前職のメールアドレスはもう使えないため、現在のアカウントに
まとめていただけると助かります。

よろしくお願いいたします。"""
    text = MISAKI_CONFIRM_TEXT + "\n\n2025年11月18日(火) 13:02 田中 美咲 <misaki.tanaka0412@gmail.com>:\n" + quote(user) + "\n"
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "tougou-no-go-kakunin", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_confirmation_requested", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def misaki_done(num):
    P = MISAKI
    d = T("2025-11-21 02:09:57")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    user = "小野様\n\nご確認ありがとうございます。上記の内容で問題ありません。\nThe details are correct. Please proceed with the merge.\n\n田中"
    text = f"""田中 美咲 様

ご返信いただき、ありがとうございます。小野でございます。

前職のメールアドレスで登録されていたアカウントの受験履歴と認定資格は、
{P['keep']} にすべて引き継がれております。あわせて未使用の 50% 割引
バウチャーも同アカウントに移っておりますので、次回の受験時にご利用
いただけます。

前職のアカウントは無効となっておりますので、今後は
misaki.tanaka0412@gmail.com でサインインしてください。

その他ご不明な点がございましたら、本メールにご返信ください。

小野
Amazon Web Services

2025年11月20日(木) 9:15 田中 美咲 <misaki.tanaka0412@gmail.com>:
""" + quote(user + "\n\n2025年11月19日(水) 15:21 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(MISAKI_CONFIRM_TEXT)) + "\n"
    plain = part(text, cte="base64")
    body = plain
    build(num, "hikitsugi", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"]]))


@mail
def misaki_credly(num):
    P = MISAKI
    d = T("2025-11-22 10:48:31")
    s = sender_credly(d, P["mail"])
    top, snd = trace("gmail", P["mail"], s)
    u = "https://www.credly.com/earner/earned/badge/%s?locale=ja" % uid()
    plain = part(f"""田中さん

Amazon Web Services Training and Certification により、次の認定資格が
お客様の Credly プロフィールに移されました。

  AWS Certified Developer - Associate

「受け取る」をクリックすると、プロフィールに表示され、LinkedIn などで
共有できるようになります。
{u}

Credly チーム
Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001
""", cte="base64")
    html = html_wrap(f"""<div style="text-align:center">
<h2>田中さん、プロフィールに認定資格が届いています</h2>
<p>Amazon Web Services Training and Certification により <b>AWS Certified Developer &ndash; Associate</b> がお客様のプロフィールに移されました。</p>
<p><a href="{u}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001</p></div>""", "ja")
    body = alt(plain, part(html, "html", cte="base64"), boundary="%032x" % rnd.getrandbits(128))
    build(num, "credly-uketoru", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="田中さん、Amazon Web Services Training and Certification からの認定資格を受け取ってください",
          date=d, msgid=s["msgid"], label=L("credly_badge_issued", "ja", None, [], True))


@mail
def certmetrics_ja(num):
    P = MISAKI
    d = T("2026-02-10 00:15:22")
    s = sender_generic(d, "certmetrics.com", "bounces@mail.certmetrics.com", "167.89.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)),
                       "o%d.mail.certmetrics.com" % rnd.randrange(1, 9), dkim_dom="certmetrics.com")
    top, snd = trace("gmail", P["mail"], s, dmarc_policy="NONE")
    text = f"""田中 美咲 様

AWS Certified Developer - Associate の再認定、おめでとうございます。

再認定により、認定の有効期限は 2029年2月9日 まで延長されました。
デジタルバッジおよび認定証は、AWS 認定アカウントからいつでも
ダウンロードいただけます。

今後も AWS 認定をよろしくお願いいたします。

AWS トレーニングと認定

※本メールは送信専用アドレスから送信されています。
"""
    body = part(text, cte="quoted-printable")
    build(num, "sai-nintei", body, top=top, snd=snd,
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=P["mail"],
          subject="再認定おめでとうございます - AWS Certified Developer - Associate",
          date=d, msgid=s["msgid"], label=L("unrelated", "ja", None, [], False))


@mail
def phish_confirm_ja(num):
    P = MISAKI
    d = T("2025-11-20 11:37:05")
    s = sender_generic(d, "amazon.com", "noreply@mx%d.kuroneko-srv.xyz" % rnd.randrange(1, 9),
                       "103.151.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)), "mx3.kuroneko-srv.xyz",
                       msgid_dom="kuroneko-srv.xyz")
    forged = "mx.amazon.com;\r\n\tspf=pass smtp.mailfrom=amazon.com;\r\n\tdkim=pass header.d=amazon.com;\r\n\tdmarc=pass header.from=amazon.com"
    top, snd = trace("gmail", P["mail"], s, spf="neutral", dkim="none", dmarc="fail", forged_ar=forged)
    fake = "%d" % rnd.randrange(3000000000, 3999999999)
    link = "https://aws-cert-merge.kuroneko-srv.xyz/ja/confirm?c=%s" % fake
    text = f"""お客様各位

AWS 認定アカウントの統合について、最終確認のお願いです。

お客様の認定アカウント {P['keep']} に対して、アカウント統合のご依頼を
受け付けております(ケース番号:{fake})。統合は取り消しができないため、
ご本人様確認のうえで実施いたします。

下記のリンクから AWS 認定アカウントにサインインし、統合内容をご確認ください。
24時間以内にご確認いただけない場合、ご依頼は取り消され、認定資格が
一時的に停止される場合がございます。

{link}

Amazon Web Services 認定サポートチーム
"""
    body = part(text, cte="base64")
    build(num, "saishuu-kakunin", body, top=top, snd=snd,
          frm=addr("AWS 認定サポート", "no-reply-aws@amazon.com"), to=P["mail"],
          subject=f"【重要】アカウント統合の最終確認(ケース番号:{fake})", date=d, msgid=s["msgid"],
          label=L("merge_confirmation_requested", "ja", fake, [P["keep"]], False))


# ---------------------------------------------------------------- 鈴木 彩 (ja, Office 365 company, form case)
@mail
def aya_working(num):
    P = AYA
    d = T("2025-08-20 08:12:44")
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    text = f"""鈴木 様

AWS トレーニングと認定の岡田でございます。

ご同意のご連絡をいただき、ありがとうございました。
現在、{P['keep']} を存続させる形で担当チームにて作業を進めております。
作業には通常 2~3 営業日ほどかかりますので、恐れ入りますが今しばらく
お待ちいただけますでしょうか。

進捗があり次第、こちらからご連絡いたします。

岡田
Amazon Web Services
"""
    body = part(text, cte="quoted-printable")
    build(num, "taiouchuu", body, top=top, snd=snd, frm=AWS_FORM, to=addr(P["name"], P["mail"]),
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "ja", P["case"], [P["keep"]]))


@mail
def aya_done(num):
    P = AYA
    d = T("2025-08-22 05:40:13")
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    core = f"""鈴木 様

お待たせいたしました。岡田でございます。

{P['old']} と {P['keep']} に分かれていた認定資格の履歴を、
{P['keep']} に一本化いたしました。{P['old']} はすでに閉じており、
サインインには使用できません。これまでに取得された認定はすべて
{P['keep']} の「認定」ページからご確認いただけます。"""
    sig = "\n\n岡田\nAmazon Web Services\n"
    quoted = f"""
________________________________
差出人: 鈴木 彩 <{P['mail']}>
送信日時: 2025年8月20日 9:03
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {P['case']}] {FORM_TAG}

岡田様

お世話になっております。鈴木です。
ご提示いただいた内容({P['old']} を {P['keep']} に統合)で問題ございません。
よろしくお願いいたします。

鈴木 彩
ファブリカムシステムズ株式会社 クラウド推進部
"""
    plain = part(core + sig + quoted, cte="quoted-printable")
    rate = console_link(P["case"], "ja")
    html = html_wrap("<div>" + core.replace("\n", "<br>\n") + "</div>"
                     "<p>本件の対応についてご評価いただけますと幸いです。<br>"
                     "<a href=\"%s&amp;rating=5\">★★★★★</a> <a href=\"%s&amp;rating=1\">★</a></p>" % (rate, rate)
                     + "<p>岡田<br>Amazon Web Services</p><hr>"
                     + "<div style=\"color:#555\">" + quoted.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "ja")
    body = alt(plain, part(html, "html", cte="quoted-printable"))
    build(num, "ippon-ka", body, top=top, snd=snd, frm=AWS_FORM, to=addr(P["name"], P["mail"]),
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def aya_survey(num):
    P = AYA
    d = T("2025-08-25 06:00:31")
    s = sender_aws(d)
    top, snd = trace("o365", P["mail"], s)
    y = "https://aws-tc-feedback.amazon.com/survey?case=%s&lang=ja&t=%s" % (P["case"], hexrand(24))
    text = f"""鈴木 彩 様

ケース {P['case']} はクローズされました。

今回のサポートについて、ご意見をお聞かせください。
問題は解決しましたか?
  はい  : {y}&r=yes
  いいえ: {y}&r=no

回答は 1 クリックで完了します。引き続きサポートが必要な場合は、
14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定
"""
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "close-no-oshirase", body, top=top, snd=snd, frm=AWS_FORM, to=addr(P["name"], P["mail"], "iso-2022-jp"),
          subject=subj(f"[CASE {P['case']}] ケースはクローズされました", "iso-2022-jp"), date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("survey", "ja", P["case"], []))


@mail
def aya_colleague_fwd(num):
    P = AYA
    d = T("2025-08-19 04:52:37")
    top, extra = trace_internal_o365(P["mail"], d, "fabrikam-sys.co.jp")
    old_case = "12874530961"
    osub = f"RE:[CASE {old_case}] [AWS Training and Certification Form Submission] - account-assistance"
    extra = [(k, v if v is not None else "FW: " + osub) for k, v in extra]
    text = f"""鈴木さん

お疲れさまです。高橋です。
朝会で話していた認定アカウントの件、私が2023年にお願いしたときは
下のようなメールが来ました。参考までに転送します。
フォームから申請して、2日くらいで終わりました。

高橋

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 16, 2023 6:41 PM
To: 高橋 直樹 <n.takahashi@fabrikam-sys.co.jp>
Subject: {osub}

Hello Naoki,

Your two certification accounts have been merged. All certifications and exam
history are now available under AWS17702238. The account AWS06613054 has been
deactivated.

Best regards,
Amazon Web Services
"""
    body = part(text, cte="base64")
    build(num, "fw-sankou-made", body, top=top, snd=[], frm=addr("高橋 直樹", "n.takahashi@fabrikam-sys.co.jp"),
          to=addr(P["name"], P["mail"]), subject="FW: " + osub, date=d,
          msgid="<%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rnd.randrange(1000, 9999)),
          extra=extra + [("Content-Language", "ja-JP")],
          label=L("unrelated", "ja", old_case, [], False))


# ---------------------------------------------------------------- 山本 大輔 (ja, BIGLOBE, form case, three accounts)
@mail
def yamamoto_confirm(num):
    P = YAMAMOTO
    d = T("2026-02-21 07:55:18")
    s = sender_aws(d)
    top, snd = trace("biglobe", P["mail"], s)
    text = f"""山本 大輔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の森でございます。

調査の結果、山本様の認定アカウントが以下の3件確認できました。

  [残すアカウント]
    {P['keep']}  d-yamamoto@biglobe.ne.jp
  [統合されるアカウント]
    AWS-{P['old'][3:]}  yamamoto.d@sakura-koumuten.co.jp
    {P['old2'].lower()}  daisuke.y1985@yahoo.co.jp

統合されるアカウント2件の受験履歴・認定資格・特典はすべて {P['keep']} に
移され、2件のアカウントは無効となります。統合は実施後に取り消すことが
できません。

この内容で進めてよろしいか、本メールへのご返信にてお知らせください。
ご返信をいただいてから作業を開始いたします。

森
Amazon Web Services
"""
    body = part(text, charset="shift_jis", cte="base64")
    build(num, "mittsu-no-account", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_confirmation_requested", "ja", P["case"], [P["keep"], P["old"], P["old2"]]))


@mail
def yamamoto_plan(num):
    P = YAMAMOTO
    d = T("2026-02-22 01:30:49")
    s = sender_aws(d)
    top, snd = trace("biglobe", P["mail"], s)
    text = f"""山本 様

ご確認のご返信をありがとうございます。森でございます。

ご同意いただいた内容で、担当部署に作業を依頼いたしました。
作業が終わりましたら、Credly のデジタルバッジも {P['keep']} に登録されている
メールアドレス(d-yamamoto@biglobe.ne.jp)宛てに移される予定です。
その際、Credly から受け取りのご案内メールが届きますので、画面の指示に
従って承認してください。

作業の結果は、改めて本ケースにてご連絡いたします。

森
Amazon Web Services
"""
    body = part(text, cte="base64")
    build(num, "irai-shimashita", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "ja", P["case"], [P["keep"]]))


@mail
def yamamoto_done(num):
    P = YAMAMOTO
    d = T("2026-02-24 09:12:05")
    s = sender_aws(d)
    top, snd = trace("biglobe", P["mail"], s)
    text = f"""山本 様

いつもお世話になっております。森でございます。

お待たせいたしました。下記2件に記録されていた受験履歴・認定資格は、
すべて {P['keep']} へ集約いたしました。

  ① {P['old']}(yamamoto.d@sakura-koumuten.co.jp)
  ② {P['old2']}(daisuke.y1985@yahoo.co.jp)

①②のアカウントはいずれもご利用いただけない状態となっております。
今後は d-yamamoto@biglobe.ne.jp でサインインいただくと、お持ちの認定資格
4件をまとめてご確認いただけます。

ご不明な点がございましたら、本メールにご返信ください。

森
Amazon Web Services
"""
    # CP932 bytes (circled digits) under a plain Shift_JIS label
    body = part(text, charset="shift_jis", encoding="cp932", cte="8bit")
    build(num, "shuuyaku", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"], P["old"], P["old2"]]))


@mail
def yamamoto_credly(num):
    P = YAMAMOTO
    d = T("2026-02-25 22:41:36")
    s = sender_credly(d, P["mail"])
    top, snd = trace("biglobe", P["mail"], s)
    names = ["AWS Certified Solutions Architect - Associate", "AWS Certified SysOps Administrator - Associate", "AWS Certified Security - Specialty"]
    u = "https://www.credly.com/earner/earned?locale=ja&t=%s" % hexrand(16)
    text = "山本さん\n\nAmazon Web Services Training and Certification から、以下の認定資格が\nお客様の Credly アカウントに再発行されました。\n\n" + \
        "".join("  ・%s\n" % n for n in names) + f"""
内容を確認して承認すると、プロフィールで公開・共有できるようになります。
{u}

以前のメールアドレスに届いていたものと同じ認定資格です。

Credly チーム
"""
    body = part(text, cte="quoted-printable")
    build(num, "sanken-uketori", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="山本さん、3 件の認定資格が承認を待っています", date=d, msgid=s["msgid"],
          label=L("credly_badge_issued", "ja", None, [], True))


# ---------------------------------------------------------------- 小林 翔 (ja, OCN, form case)
@mail
def koba_ack(num):
    P = KOBA
    d = plus(P["opened"], seconds=26)
    s = sender_aws(d)
    top, snd = trace("ocn", P["mail"], s)
    text = f"""小林 翔 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
以下のとおりお問い合わせを登録いたしました。

  ケース番号 : {P['case']}
  種類       : 認定 / アカウントの統合
  受験者 ID  : {P['keep']}

内容を確認のうえ、担当者よりメールでご連絡いたします(通常 24 時間以内)。
追加でお伝えいただきたいことがございましたら、件名を変えずに本メールへ
ご返信ください。

AWS トレーニングと認定
"""
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "toroku-no-oshirase", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=subj(f"【AWS トレーニングと認定】お問い合わせを登録いたしました [CASE {P['case']}]", "iso-2022-jp"),
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("case_created", "ja", P["case"], [P["keep"]]))


@mail
def koba_duplicate(num):
    P = KOBA
    d = T("2026-03-11 02:06:58")
    s = sender_aws(d)
    top, snd = trace("ocn", P["mail"], s)
    other = case15(T("2026-03-10 13:27:44"))
    text = f"""小林 様

AWS トレーニングと認定の西村でございます。

昨日、同じご依頼内容で新しいお問い合わせ(ケース {other})を
いただいておりましたが、ご依頼は本ケースにて引き続き承ります。
新しいほうのケースはこちらで取りまとめますので、ご対応は不要です。

同じ内容で複数のお問い合わせをいただきますと、かえってご回答まで
お時間を要してしまいますので、今後は本メールへのご返信にてご連絡
くださいますようお願いいたします。

なお、{P['keep']} と {P['old']} の確認は現在進めておりますので、
もうしばらくお待ちください。

西村
Amazon Web Services
"""
    body = part(text, cte="quoted-printable")
    build(num, "chouhuku", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("support_reply", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def koba_done(num):
    P = KOBA
    d = T("2026-03-13 06:33:20")
    s = sender_aws(d)
    top, snd = trace("ocn", P["mail"], s)
    y = "https://aws-tc-feedback.amazon.com/survey?case=%s&lang=ja&t=%s" % (P["case"], hexrand(24))
    plain = part(f"""小林 様

西村でございます。

{P['old']} に登録されていた認定資格と受験履歴は、{P['keep']} へ反映済みです。
旧アカウントは閉鎖しております。

本件はこれにてクローズいたします。
アンケートへのご協力をお願いいたします: {y}

西村
Amazon Web Services
""", cte="base64")
    html = html_wrap(f"""<p>小林 様</p><p>西村でございます。</p>
<p>{P['old']} に登録されていた認定資格(AWS Certified Cloud Practitioner)と受験履歴は、<b>{P['keep']}</b> へ反映済みです。
旧アカウントは閉鎖しておりますので、今後は sho.kobayashi@ocn.ne.jp でサインインしてください。
Credly のバッジは数日中に同じアドレス宛てにご案内が届きます。</p>
<p>本件はこれにてクローズいたします。</p>
<p><b>問題は解決しましたか?</b> <a href="{y}&amp;r=yes">はい</a> / <a href="{y}&amp;r=no">いいえ</a></p>
<p>西村<br>Amazon Web Services</p>""", "ja")
    body = alt(plain, part(html, "html", cte="base64"))
    build(num, "hanei-zumi", body, top=top, snd=snd, frm=AWS_FORM, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def koba_credly(num):
    P = KOBA
    d = T("2026-03-15 03:02:11")
    s = sender_credly(d, P["mail"])
    top, snd = trace("ocn", P["mail"], s)
    u = "https://www.credly.com/earner/earned/badge/%s?locale=ja" % uid()
    html = html_wrap(f"""<div style="max-width:600px;margin:auto">
<p>小林さん</p>
<p><b>AWS Certified Cloud Practitioner</b> が、sho.kobayashi@ocn.ne.jp の Credly アカウントで表示できるようになりました。
Amazon Web Services Training and Certification によるアカウント情報の更新に伴うものです。</p>
<p>承認すると、プロフィールに公開され、SNS やメール署名で共有できます。</p>
<p><a href="{u}" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">承認する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Hudson Yards, Suite 8, New York, NY 10001 | <a href="https://www.credly.com/notifications/unsubscribe?token={hexrand(40)}">配信停止</a></p>
</div>""", "ja")
    body = part(html, "html", cte="base64")
    build(num, "shounin-suru", body, top=top, snd=snd,
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=P["mail"],
          subject="AWS Certified Cloud Practitioner をプロフィールに追加しましょう", date=d, msgid=s["msgid"],
          label=L("credly_badge_issued", "ja", None, [], True))


@mail
def koba_quota(num):
    P = KOBA
    opened = T("2026-04-02 00:48:19")
    case = case15(opened)
    d = T("2026-04-02 09:15:37")
    s = sender_aws(d)
    top, snd = trace("ocn", P["mail"], s)
    text = f"""こんにちは。

Amazon Web Services サポートの吉田です。

ご依頼いただいたアジアパシフィック(東京)リージョンにおける
「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の
上限緩和が完了しました。新しい上限値は 256 vCPU です。

反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールで
現在の値をご確認いただけます。

本ケースはこれで解決済みとさせていただきます。

よろしくお願いいたします。

吉田
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=console_link(case, 'ja'))
    body = part(text, cte="base64")
    build(num, "quota-hikiage", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {case}] 上限緩和のリクエスト: EC2 オンデマンドインスタンス (ap-northeast-1)",
          date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("unrelated", "ja", case, [], True))


@mail
def koba_phish_billing(num):
    P = KOBA
    d = T("2026-04-07 23:19:50")
    s = sender_generic(d, "aws-billing-support.jp.net", "mail@aws-billing-support.jp.net",
                       "194.87.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)), "mail.aws-billing-support.jp.net",
                       dkim_dom="aws-billing-support.jp.net")
    top, snd = trace("ocn", P["mail"], s, dmarc="none")
    u = "https://aws-billing-support.jp.net/signin?id=%s" % hexrand(16)
    html = html_wrap(f"""<p>AWS をご利用のお客様</p>
<p>お客様のアカウントに登録されているお支払い方法で、直近のご請求(USD 412.77)の決済ができませんでした。</p>
<p>72 時間以内にお支払い情報を更新いただけない場合、アカウントおよび実行中のリソースが停止されます。</p>
<p><a href="{u}">お支払い情報を更新する</a></p>
<p>Amazon Web Services 請求サポート</p>""", "ja")
    body = part(html, "html", cte="base64")
    build(num, "oshiharai-koushin", body, top=top, snd=snd,
          frm=addr("Amazon Web Services", "billing@aws-billing-support.jp.net"), to=P["mail"],
          subject="【緊急】お支払い情報の更新が必要です - Amazon Web Services", date=d, msgid=s["msgid"],
          label=L("unrelated", "ja", None, [], False))


@mail
def koba_pearson(num):
    P = KOBA
    d = T("2026-03-18 05:41:27")
    s = sender_generic(d, "pearson.com", "bounce@pearsonvue.com", "159.182.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250)),
                       "mail%d.pearsonvue.com" % rnd.randrange(1, 9), dkim_dom="pearson.com", selector="selector1")
    top, snd = trace("ocn", P["mail"], s)
    text = f"""小林 翔 様

ピアソン VUE をご利用いただきありがとうございます。
以下のとおり試験の予約を承りました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2026年4月25日(土) 10:00 JST
会場: オンライン受験 (OnVUE)
受験者 ID: {P['keep']}
登録 ID: 5{rnd.randrange(10**8, 10**9)}

試験開始の 30 分前からチェックインが可能です。本人確認書類をご用意ください。

ピアソン VUE
"""
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "yoyaku-kakunin", body, top=top, snd=snd,
          frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com", "iso-2022-jp"), to=P["mail"],
          subject=subj("ピアソン VUE 試験予約の確認 - AWS Certified Solutions Architect - Associate", "iso-2022-jp"),
          date=d, msgid=s["msgid"], label=L("unrelated", "ja", None, [P["keep"]], False))


# ---------------------------------------------------------------- two more Japanese completions, one newsletter
ITO = dict(name="伊藤 陽子", mail="yoko.ito.0723@gmail.com", keep="AWS10486327", old="AWS23391054", opened=T("2025-12-03 05:26:48"))
ITO["case"] = case15(ITO["opened"])
WATANABE = dict(name="渡辺 翼", mail="tsubasa.watanabe@outlook.jp", keep="AWS27716095", old="AWS04459812", opened=T("2026-04-13 11:09:31"))
WATANABE["case"] = case15(WATANABE["opened"])


@mail
def ito_done_survey(num):
    P = ITO
    d = T("2025-12-05 04:57:16")
    s = sender_aws(d)
    top, snd = trace("gmail", P["mail"], s)
    subj_case = "認定アカウントが2つあります"
    link = console_link(P["case"], "ja")
    plain_txt = f"""伊藤 様

Amazon Web Services サポートの松田でございます。

旧アカウント(aws {P['old'][3:]})で取得された認定資格と受験記録は、現在ご利用中の
アカウント AWS {P['keep'][3:]} からご確認いただける状態になっております。
旧アカウントへのサインインはできなくなっておりますのでご注意ください。

ほかにご不明な点がなければ、本ケースはこのまま終了とさせていただきます。
最後に、今回の対応について簡単なアンケートにご協力いただけますと幸いです。

松田
Amazon Web Services
""" + JA_CONSOLE_FOOT.format(link=link)
    html = html_wrap("<div>" + plain_txt.replace("\n", "<br>\n") + "</div>"
                     f"<table style=\"margin-top:16px;border:1px solid #ccc\" cellpadding=\"8\"><tr><td>"
                     f"<b>アンケート</b><br>今回のサポートにどの程度満足されましたか?<br>"
                     f"<a href=\"{link}&amp;csat=5\">とても満足</a> | <a href=\"{link}&amp;csat=3\">普通</a> | <a href=\"{link}&amp;csat=1\">不満</a></td></tr></table>", "ja")
    body = alt(part(plain_txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    build(num, "goran-itadakeru", body, top=top, snd=snd, frm=AWS_CONSOLE, to=P["mail"],
          subject=f"RE:[CASE {P['case']}] {subj_case}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"], P["old"]]))


@mail
def watanabe_done(num):
    P = WATANABE
    d = T("2026-04-16 03:20:44")
    s = sender_aws(d)
    top, snd = trace("outlook", P["mail"], s)
    confirm = f"""渡辺 翼 様

お問い合わせの件、以下のとおり統合を行う予定です。
  残すアカウント:{P['keep']}
  統合されるアカウント:{P['old']}
統合後は元に戻せません。よろしければ本メールへご返信ください。

藤井
Amazon Web Services"""
    user = "The details are correct. Please proceed with the merge.\n\n渡辺"
    text = f"""渡辺 様

藤井でございます。ご返信ありがとうございました。

ご依頼の作業を実施いたしました。{P['keep']} に、これまで別アカウントで
お持ちだった認定資格がまとまっており、もう一方の ID は無効になっております。
今後は {P['keep']} のみをご利用ください。

何かございましたら、本メールへご返信ください。

藤井
Amazon Web Services

________________________________
差出人: 渡辺 翼 <{P['mail']}>
送信日時: 2026年4月15日 8:47
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {P['case']}] {FORM_TAG}

""" + quote(user + "\n\n" + confirm) + "\n"
    body = part(text, charset="iso-2022-jp", cte="7bit")
    build(num, "sagyou-jisshi", body, top=top, snd=snd, frm=AWS_FORM, to=addr(P["name"], P["mail"], "iso-2022-jp"),
          subject=f"RE:[CASE {P['case']}] {FORM_TAG}", date=d, msgid=s["msgid"], tail=ses_tail(d),
          label=L("merge_completed", "ja", P["case"], [P["keep"]]))


@mail
def newsletter_ja(num):
    P = SATO
    d = T("2026-01-20 01:00:09")
    s = sender_aws(d)
    top, snd = trace("nifty", P["mail"], s)
    html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="color:#232f3e">AWS 認定 ニュースレター 2026年1月号</h1>
<h3>新しい認定試験のベータ版が公開されました</h3>
<p>2026 年春に新しいスペシャリティ認定のベータ試験を開始します。ベータ試験は通常の 50% の受験料でお受けいただけます。</p>
<h3>よくあるご質問:認定アカウントが複数ある場合</h3>
<p>会社のメールアドレスと個人のメールアドレスで別々に受験した結果、認定アカウントが 2 つ以上になっている場合は、
お問い合わせフォームから統合をご依頼いただけます。統合には通常数日かかります。</p>
<h3>AWS Summit Japan 2026 の参加登録受付中</h3>
<p>認定者ラウンジのご案内など、詳しくは特設サイトをご覧ください。</p>
<p style="font-size:11px;color:#687078">このメールは AWS トレーニングと認定からお送りしています。
配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""", "ja")
    plain = part("AWS 認定 ニュースレター 2026年1月号\n\n・新しい認定試験のベータ版が公開されました\n・よくあるご質問:認定アカウントが複数ある場合\n・AWS Summit Japan 2026 の参加登録受付中\n\nHTML 版をご覧ください。\n", cte="base64")
    body = alt(plain, part(html, "html", cte="base64"))
    build(num, "newsletter-ichigatsu", body, top=top, snd=snd,
          frm=addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), to=P["mail"],
          subject="【AWS 認定】ニュースレター 2026年1月号:ベータ試験のお知らせほか", date=d, msgid=s["msgid"],
          tail=ses_tail(d) + [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hexrand(20))],
          label=L("unrelated", "ja", None, [], True))


# @@MAILS_END@@


def main():
    perm = list(range(1, len(MAILS) + 1))
    random.Random(4120).shuffle(perm)
    for i, f in enumerate(MAILS):
        f(perm[i])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), "mails")


if __name__ == "__main__":
    main()
