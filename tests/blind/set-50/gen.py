#!/usr/bin/env python3
"""Generate blind set-50: ordinary AWS Certification account-merge case mail (2025-2026)
plus the everyday unrelated mail around it. Writes NNN-slug.eml and labels.json here."""
import base64, hashlib, json, os, quopri, random, uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime
from zoneinfo import ZoneInfo
LA = ZoneInfo('America/Los_Angeles')

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5050)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

# ---------------------------------------------------------------- helpers

def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def cid(open_s, suffix):
    """15-digit display id: unix time of opening + 5 digits"""
    return "%d%05d" % (int(dt(open_s).timestamp()), suffix)

def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()

def rdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)

def ses_msgid(d):
    ms = int(d.timestamp() * 1000) + RNG.randint(0, 900)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=RNG.getrandbits(128)))

def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000) + RNG.randint(0, 900)
    return "0100%012x-%s-000000@email.amazonses.com" % (ms, uuid.UUID(int=RNG.getrandbits(128)))

def fold_b(s, first=60, width=70, indent="\t "):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width]); s = s[width:]
    return ("\n" + indent).join(out)

def dkim(domain, selector, d, headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    t = int(d.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, t, headers, rb64(32), fold_b(rb64(256), 58, 70, "\t ")))

def enc_name(name, addr, cs="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), addr)

def enc_subject(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode(maxlinelen=76)

# ---------------------------------------------------------------- MIME parts

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    data = text.encode(codec or charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    p.set_payload(payload)
    return p

def multi(subtype, *parts):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, "----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m

def attachment(name, ctype, size):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, name)
    p["Content-Disposition"] = 'attachment; filename="%s"' % name
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(b"PK\x03\x04" + bytes(RNG.getrandbits(8) for _ in range(size))).decode())
    return p

def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))

def p2html(text):
    """plain text -> simple html paragraphs"""
    import html as _h
    paras = [x for x in text.strip().split("\n\n")]
    return "\n".join("<p>%s</p>" % _h.escape(x).replace("\n", "<br>\n") for x in paras)

# ---------------------------------------------------------------- transport / trace headers

SES_IPS = ["54.240.8.12", "54.240.48.97", "54.240.11.3", "54.240.27.19", "54.240.9.41", "54.240.3.20"]

def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])

def auth_line(style, res):
    """res: dict(spf, mailfrom, dkim=[(result, domain)], dmarc, from_domain, policy, ip)"""
    ip = res["ip"]
    if style == "gmail":
        parts = []
        for r, dom in res["dkim"]:
            sel = res.get("sel", "s1") if dom == res["from_domain"] else {"amazonses.com": "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "sendgrid.info": "smtpapi"}.get(dom, "s1")
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, dom, sel, rb64(6)[:8]))
        spf = res["spf"]
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (res["mailfrom"], ip, res["mailfrom"]))
        elif spf == "softfail":
            parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (res["mailfrom"], ip, res["mailfrom"]))
        else:
            parts.append("spf=%s smtp.mailfrom=%s" % (spf, res["mailfrom"]))
        pol = res.get("policy")
        parts.append("dmarc=%s%s header.from=%s" % (res["dmarc"], " (%s)" % pol if pol else "", res["from_domain"]))
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if style == "o365":
        mf = res["mailfrom"].split("@")[-1]
        d = res["dkim"][0] if res["dkim"] else ("none", res["from_domain"])
        dk = "dkim=pass (signature was verified) header.d=%s" % d[1] if d[0] == "pass" else \
             "dkim=%s (message not signed) header.d=none" % d[0]
        action = "none" if res["dmarc"] == "pass" else "quarantine"
        comp = "compauth=pass reason=100" if res["dmarc"] == "pass" else "compauth=fail reason=000"
        return "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;%s" % (
            res["spf"], ip, mf, dk, res["dmarc"], action, res["from_domain"], comp)
    # japanese providers: plain RFC 8601 style with their own authserv-id
    servid = res["servid"]
    mf = res["mailfrom"].split("@")[-1]
    parts = ["spf=%s smtp.mailfrom=%s" % (res["spf"], mf)]
    for r, dom in res["dkim"]:
        parts.append("dkim=%s header.d=%s" % (r, dom))
    parts.append("dmarc=%s header.from=%s" % (res["dmarc"], res["from_domain"]))
    return servid + ";\n\t" + ";\n\t".join(parts)


def trace(provider, to, d, res, sender_host=None):
    """provider-added headers, topmost first. res None -> no Authentication-Results (corporate relay)."""
    ip = res["ip"] if res else SES_IPS[0]
    host = sender_host or (res and res.get("host")) or ses_host(ip)
    mailfrom = res["mailfrom"] if res else "bounce@" + host
    h = []
    if provider == "gmail":
        t1 = d + timedelta(seconds=RNG.randint(1, 4))
        h.append(("Delivered-To", to))
        h.append(("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)), rdate(t1, LA))))
        h.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:86]))
        h.append(("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), rhex(12), rhex(8), RNG.randint(1, 9), int(t1.timestamp()) % 1000000, rdate(t1, LA))))
        h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(d.timestamp()), fold_b(rb64(240), 60, 66, "        "))))
        h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (
            rb64(32), rb64(30)[:40], fold_b(rb64(240), 60, 66, "        "))))
        h.append(("ARC-Authentication-Results", "i=1; " + auth_line("gmail", res)))
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, rhex(13), rhex(12), RNG.randint(1000000, 9999999), RNG.randint(1, 999), d.astimezone(LA).strftime("%Y.%m.%d"), to, rdate(d, LA))))
        spfw = res["spf"]
        h.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spfw, mailfrom, "designates" if spfw == "pass" else "does not designate", ip, ip)))
        h.append(("Authentication-Results", auth_line("gmail", res)))
    elif provider == "o365":
        t1 = d + timedelta(seconds=RNG.randint(1, 3))
        srv = lambda: "%s%s%s.namprd%02d.prod.outlook.com" % (RNG.choice(["SN7PR", "CH3PR", "BY5PR", "DM6PR", "PH0PR"]), RNG.randint(10, 19), RNG.choice(["MB", "CA"]) + "%04d" % RNG.randint(1000, 9999), RNG.randint(1, 22))
        a, b, c = srv(), srv(), "%s.mail.protection.outlook.com" % RNG.choice(["CO1PEPF000044F5", "BN2PEPF000044A9", "SN1PEPF0002BA4E", "DS3PEPF000099DC"])
        h.append(("Received", "from %s (::1) by %s with HTTPS; %s" % (a, a, rdate(t1 + timedelta(seconds=1)))))
        h.append(("Received", "from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9115.%d; %s" % (
            b, rhex(3), rhex(2), a, rhex(3), rhex(2), RNG.randint(10, 30), rdate(t1))))
        h.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.%d via Frontend Transport; %s" % (
            host, ip, c, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(2, 20), rdate(d))))
        h.append(("Authentication-Results", auth_line("o365", res)))
        h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
            res["spf"].capitalize(), mailfrom.split("@")[-1], "designates" if res["spf"] == "pass" else "does not designate", ip, ip, host)))
    elif provider in ("nifty", "biglobe", "yahoojp"):
        if provider == "nifty":
            mx = "mta-snd-e%02d.mail.nifty.com" % RNG.randint(1, 12); servid = "mx.nifty.com"
        elif provider == "biglobe":
            mx = "mb1%d.biglobe.ne.jp" % RNG.randint(10, 99); servid = "mail.biglobe.ne.jp"
        else:
            mx = "mta%d.mail.ssk.yahoo.co.jp" % RNG.randint(5000, 5999); servid = "mta%d.mail.kks.yahoo.co.jp" % RNG.randint(5000, 5999)
        res = dict(res, servid=servid)
        h.append(("Return-Path", "<%s>" % mailfrom))
        h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mx, rhex(12).upper(), to, rdate(d + timedelta(seconds=2), JST))))
        h.append(("Authentication-Results", auth_line("jp", res)))
    elif provider == "corp":
        h.append(("Received", "from EXCH02.meridian.local (10.20.4.22) by EXCH01.meridian.local\n (10.20.4.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % rdate(d + timedelta(seconds=3), timezone(timedelta(hours=-5)))))
        h.append(("Received", "from mail-gw01.meridianhealth.org (10.20.1.15) by EXCH02.meridian.local\n (10.20.4.22) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; %s" % rdate(d + timedelta(seconds=2), timezone(timedelta(hours=-5)))))
        h.append(("Received", "from %s ([%s])\n  by mail-gw01.meridianhealth.org with ESMTP; %s" % (host, ip, rdate(d + timedelta(seconds=1), timezone(timedelta(hours=-5))))))
        h.append(("X-IronPort-AV", "E=Sophos;i=\"6.%02d,%d\";\n   d=\"scan'208\";a=\"%d\"" % (RNG.randint(10, 19), RNG.randint(100000000, 999999999), RNG.randint(10000000, 99999999))))
    return h

def ses_res(d, from_domain="amazon.com", spf="pass", dkim_r="pass", dmarc="pass", ip=None, style="gmail"):
    ip = ip or RNG.choice(SES_IPS)
    return dict(ip=ip, host=ses_host(ip), mailfrom=ses_mailfrom(d), spf=spf,
                dkim=[(dkim_r, from_domain), ("pass", "amazonses.com")] if style == "gmail" else [(dkim_r, from_domain)],
                dmarc=dmarc, from_domain=from_domain,
                policy="p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE",
                sel=RNG.choice(["rjt5p3d5yrjfkqmrh2v4pqgewkm3kqds", "d2t4pqrnyoq7jdmilfu3hbyu5iqagmqm", "224i4yxa5dv7c2xz3womw6peuasteono"]))

def credly_res(d):
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    return dict(ip=ip, host="o%d.ptr%d.em.credly.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                mailfrom="bounces+%d-%s-%s=%s@em.credly.com" % (RNG.randint(1000000, 9999999), rhex(4), "user", "x"),
                spf="pass", dkim=[("pass", "credly.com"), ("pass", "sendgrid.info")], dmarc="pass",
                from_domain="credly.com", policy="p=REJECT sp=REJECT dis=NONE", sel="s1")

def other_res(d, domain, mailfrom_domain=None, ip=None, dmarc="pass", spf="pass", dkim_r="pass", pol="p=NONE sp=NONE dis=NONE", host=None):
    ip = ip or "%d.%d.%d.%d" % (RNG.randint(20, 200), RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(1, 254))
    mfd = mailfrom_domain or domain
    return dict(ip=ip, host=host or "mail-%s.%s" % (rhex(4), mfd), mailfrom="bounce-%s@%s" % (rhex(8), mfd),
                spf=spf, dkim=[(dkim_r, domain)] if dkim_r else [], dmarc=dmarc, from_domain=domain, policy=pol, sel="s1")

# ---------------------------------------------------------------- assembling

MAILS = []

def add(slug, when, labels, provider, res, frm, to, subject, body, subj_cs="utf-8", extra=(), msgid=None,
        dkims=None, sender_hdrs=None, tz=UTC):
    MAILS.append(dict(slug=slug, when=when, labels=labels, provider=provider, res=res, frm=frm, to=to,
                      subject=subject, body=body, subj_cs=subj_cs, extra=list(extra), msgid=msgid,
                      dkims=dkims, sender_hdrs=sender_hdrs or [], tz=tz))

def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": verified, "language": lang}

def build(m):
    d = m["when"]
    hdrs = []
    if m["provider"]:
        hdrs += trace(m["provider"], m["to"][1] if isinstance(m["to"], tuple) else m["to"], d, m["res"])
    hdrs += m["sender_hdrs"]
    for dom, sel in (m["dkims"] if m["dkims"] is not None else []):
        hdrs.append(("DKIM-Signature", dkim(dom, sel, d)))
    to = m["to"]
    to_s = enc_name(to[0], to[1], m["subj_cs"]) if isinstance(to, tuple) else to
    frm = m["frm"]
    frm_s = enc_name(frm[0], frm[1], m["subj_cs"]) if isinstance(frm, tuple) else frm
    hdrs.append(("Date", rdate(d, m["tz"])))
    hdrs.append(("From", frm_s))
    hdrs.append(("To", to_s))
    hdrs.append(("Message-ID", m["msgid"] or ses_msgid(d)))
    hdrs.append(("Subject", enc_subject(m["subject"], m["subj_cs"])))
    hdrs += m["extra"]
    hdrs.append(("MIME-Version", "1.0"))
    body = m["body"]
    body._headers = hdrs + body._headers
    return body.as_bytes(policy=policy.compat32.clone(max_line_length=0))

# ================================================================= people

EMILY = ("Emily Carter", "emily.carter84@gmail.com")
RAJ = ("Rajesh Iyer", "rajesh.iyer@fabrikam-data.com")
TANAKA = ("田中 健太", "k-tanaka@nifty.com")
MISAKI = ("佐藤 美咲", "misaki.sato.aws@gmail.com")
MARCO = ("Marco Rossi", "marco.rossi@outlook.com")
PRIYA = ("Priya Nair", "priya@nairconsulting.io")
SUZUKI = ("鈴木 大輔", "d.suzuki@biglobe.ne.jp")
SARAH = ("Sarah O'Brien", "sarah.obrien@meridianhealth.org")
LUKAS = ("Lukas Becker", "lukas.becker.cloud@gmail.com")
CHEN = ("Chen Wei", "chen.wei@tailspin-toys.com")
YAMA = ("山本 浩二", "koji_yamamoto77@ybb.ne.jp")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_ISSUER = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
AMZ_DKIM = [("amazon.com", "rjt5p3d5yrjfkqmrh2v4pqgewkm3kqds"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]
SES_EXTRA = lambda: [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]), ("X-SES-Outgoing", "2025.%02d.%02d-54.240.8.%d" % (RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(1, 99)))]

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def gmail_quote_hdr(d, name, addr, tz):
    x = d.astimezone(tz)
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        x.strftime("%a"), x.strftime("%b"), x.day, x.year, (x.hour % 12) or 12, x.minute, "AM" if x.hour < 12 else "PM", name, addr)

def jp_quote_hdr(d, name, addr):
    x = d.astimezone(JST)
    wd = "月火水木金土日"[x.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (x.year, x.month, x.day, wd, x.hour, x.minute, name, addr)

def outlook_block(d, frm, to, subject, tz):
    x = d.astimezone(tz)
    return "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s <%s>\nSubject: %s" % (
        frm[0], frm[1], x.strftime("%A"), x.strftime("%B"), x.day, x.year, (x.hour % 12) or 12, x.minute,
        "AM" if x.hour < 12 else "PM", to[0], to[1], subject)

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

CONSOLE_FOOTER = """
===================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """
===================================================================

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお受けできませんので、上記リンクからお問い合わせください。

===================================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

RATE_EN = """We value your feedback. Please share your experience by rating this correspondence using the link below.
https://support.aws.amazon.com/feedback?caseId={cid}&rating=1"""

# ================================================================= CASE A - Emily (form case, gmail)

A_OPEN = "2025-09-16 21:07:33"
A = cid(A_OPEN, 12847)
A_KEEP, A_OLD = "AWS04718236", "AWS09135572"
GTZ_E = timezone(timedelta(hours=-7))  # Emily lives in Denver-ish (MDT)

a_form = """Inquiry type: Certification
Inquiry detail: Account Merge
Name: Emily Carter
AWS candidate ID: %s
Email: emily.carter84@gmail.com
Description: Years ago I sat the Cloud Practitioner exam with my personal email. Last spring I passed Solutions Architect Associate through my employer under emily.carter@northwind-labs.com. I'd like everything on one profile and would like to keep the work one.""" % A_OLD

d = dt(A_OPEN) + timedelta(seconds=9)
txt = """Hello Emily,

Thanks for getting in touch with AWS Training and Certification. This message confirms that your request has reached us and has been logged with reference number %s.

What happens next: a member of our certification team will look at the details below and write back to this address, normally within one business day. If you need to add anything, simply reply to this email and keep the reference number in the subject line. There is no need to fill in the form a second time.

Your submission
---------------
%s

Regards,
AWS Training and Certification
https://aws.amazon.com/certification/""" % (A, a_form)
add("emily-tc-form", d, L("case_created", A, [A_OLD], True, "en"), "gmail", ses_res(d), FORM, EMILY,
    "[CASE %s] %s" % (A, FORM_SUBJ),
    multi("alternative", leaf(txt), leaf(html_wrap(p2html(txt)), "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

a2_when = dt("2025-09-17 15:52:10")
a2_txt = """Hello Emily,

Thank you for your patience. I was able to find two certification profiles that belong to you:

  * %s - sign-in email emily.carter@northwind-labs.com (AWS Certified Solutions Architect - Associate)
  * %s - sign-in email emily.carter84@gmail.com (AWS Certified Cloud Practitioner)

As you asked, %s would be the profile that stays active. All certifications, exam history and benefits from %s would be moved onto it, and %s would then be closed.

Before I submit this, please be aware that once two profiles are combined we are not able to separate them again. Could you reply to this email to let me know that the details above are correct and that you would like us to go ahead?

Kind regards,

Kelsey R.
AWS Training and Certification
Amazon Web Services

--- Original request ---
%s""" % (A_KEEP, A_OLD, A_KEEP, A_OLD, A_OLD, a_form)
add("emily-tc-form", a2_when, L("merge_confirmation_requested", A, [A_KEEP, A_OLD], True, "en"), "gmail", ses_res(a2_when),
    FORM, EMILY, "RE:[CASE %s] %s" % (A, FORM_SUBJ), leaf(a2_txt), dkims=AMZ_DKIM, extra=SES_EXTRA())

a_user1 = dt("2025-09-17 16:03:00")
a_user1_id = "<CAF%s@mail.gmail.com>" % rb64(30).replace("/", "x").replace("+", "Y")[:36]
a3_when = dt("2025-09-18 13:10:44")
a3_user_txt = """Hi Kelsey,

Yes, that's all correct. Please go ahead.

Thanks!
Emily

""" + gmail_quote_hdr(a2_when, "Amazon Web Services", FORM[1], GTZ_E) + "\n\n" + q(a2_txt.split("--- Original request ---")[0].rstrip())
a3_txt = """Hi Emily,

Thanks for getting back to me so quickly. I've handed your request over to our certification operations team and they will carry it out from here. It normally takes three to five business days; I'll write again as soon as they tell me it's finished.

In the meantime, please hold off on scheduling any new exam under either profile.

Best,
Kelsey R.
AWS Training and Certification

""" + gmail_quote_hdr(a_user1, EMILY[0], EMILY[1], GTZ_E) + "\n\n" + q(a3_user_txt)
add("emily-tc-form", a3_when, L("support_reply", A, [], True, "en"), "gmail", ses_res(a3_when), FORM, EMILY,
    "RE:[CASE %s] %s" % (A, FORM_SUBJ), leaf(a3_txt), dkims=AMZ_DKIM,
    extra=[("In-Reply-To", a_user1_id), ("References", a_user1_id)] + SES_EXTRA())

a4_when = dt("2025-09-20 02:33:17")
a4_txt = """Hello Emily,

I'm following up on behalf of my colleague Kelsey. Our operations team has finished combining your certification profiles. Your exam history, both certifications and your benefits (including the 50%% discount voucher) now sit under %s, and the profile %s has been retired, so you won't be able to sign in with it any more.

A few things worth checking:
- Sign in to your AWS Certification Account with emily.carter@northwind-labs.com and confirm both certifications are listed.
- Your digital badges will be reissued through Credly. Please allow up to 48 hours.

If anything looks off, just reply here within 14 days and we'll pick it up.

Regards,
Ananya S.
AWS Training and Certification

""" % (A_KEEP, A_OLD) + RATE_EN.format(cid=A)
add("emily-tc-form", a4_when, L("merge_completed", A, [A_KEEP, A_OLD], True, "en"), "gmail", ses_res(a4_when), FORM, EMILY,
    "RE:[CASE %s] %s" % (A, FORM_SUBJ), leaf(a4_txt, cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

a5_when = dt("2025-09-20 02:34:02")
a5_html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="90">
<h2 style="font-size:20px">How did we do?</h2>
<p>Hi Emily,</p>
<p>Your AWS Training and Certification case <b>%s</b> has been marked as resolved.</p>
<p>We'd love to hear about your experience. It takes less than a minute.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&amp;a=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&amp;a=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p style="font-size:12px;color:#687078">If you still need help, reply to your original case email and it will be reopened.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table>""" % (A, A, A), "AWS")
add("emily-tc-form", a5_when, L("survey", A, [], True, "en"), "gmail", ses_res(a5_when), FORM, EMILY,
    "How did we do? Your case %s" % A, leaf(a5_html, "html"), dkims=AMZ_DKIM, extra=SES_EXTRA())

def credly_mail(slug, when, who, to, subject, badge, intro, lang_label, provider="gmail", res=None, extra_line="", verified=True):
    first = who.split()[0]
    url = "https://www.credly.com/earner/earned/badge/%s" % uuid.UUID(int=RNG.getrandbits(128))
    txt = """%s

%s

Badge: %s
Issued by: Amazon Web Services Training and Certification
%s
Accept your badge:
%s

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or download a verified PDF.

Questions? Visit https://support.credly.com

Credly, a Pearson company | 11 E Loop Rd, Suite 302, New York, NY 10044
Unsubscribe from badge notifications: https://www.credly.com/notifications""" % ("Hi %s," % first, intro, badge, extra_line, url)
    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="110">
<p style="font-size:18px">Hi %s,</p>
<p>%s</p>
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s">
<p style="font-size:16px;font-weight:bold">%s</p>
<p>Issued by Amazon Web Services Training and Certification</p>
%s
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, a Pearson company &middot; <a href="https://www.credly.com/notifications">Manage notifications</a></p>
</td></tr></table>""" % (first, intro, uuid.UUID(int=RNG.getrandbits(128)), badge, badge, "<p>%s</p>" % extra_line if extra_line else "", url), "Credly")
    res = res or credly_res(when)
    msgid = "<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "").replace("+", "")[:22], RNG.randint(1, 40))
    add(slug, when, L("credly_badge_issued", None, [], verified, "en"), provider, res, CREDLY_ISSUER, to, subject,
        multi("alternative", leaf(txt), leaf(html, "html")), dkims=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], msgid=msgid,
        extra=[("Reply-To", "no-reply@credly.com"), ("X-Entity-ID", rb64(18))])

credly_mail("emily-credly", dt("2025-09-21 09:15:40"), EMILY[0], EMILY,
            "Amazon Web Services Training and Certification sent you a new badge",
            "AWS Certified Solutions Architect - Associate",
            "Congratulations! Amazon Web Services Training and Certification has issued you a digital badge.", "en")

a8_user = dt("2025-09-22 19:41:00")
a8_user_txt = """Hi,

Thanks, the merge looks good on the certification site. But only my Solutions Architect badge showed up in Credly. The Cloud Practitioner one is missing. Can you check?

Emily"""
a8_when = dt("2025-09-23 17:05:31")
a8_user_id = "<CAF%s@mail.gmail.com>" % rb64(30).replace("/", "Q").replace("+", "z")[:36]
a8_txt = """Hi Emily,

Thanks for letting us know only one of the two badges arrived. The Cloud Practitioner badge is still attached to the Credly account that was linked to your former profile (%s). I've asked our Credly administrators to move it to the Credly account tied to emily.carter@northwind-labs.com.

When that's done, Credly will email you to accept the badge. This usually takes 3 to 5 business days. There's nothing you need to do in the meantime.

Warm regards,
Mateus P.
AWS Training and Certification

%s

%s""" % (A_OLD, gmail_quote_hdr(a8_user, EMILY[0], EMILY[1], GTZ_E), q(a8_user_txt))
add("emily-tc-form", a8_when, L("support_reply", A, [A_OLD], True, "en"), "gmail", ses_res(a8_when), FORM, EMILY,
    "RE:[CASE %s] %s" % (A, FORM_SUBJ), leaf(a8_txt), dkims=AMZ_DKIM,
    extra=[("In-Reply-To", a8_user_id), ("References", a8_user_id)] + SES_EXTRA())

credly_mail("emily-credly", dt("2025-09-26 14:02:09"), EMILY[0], EMILY,
            "Your badge from Amazon Web Services Training and Certification is ready",
            "AWS Certified Cloud Practitioner",
            "A badge from Amazon Web Services Training and Certification has been added to your Credly account and is waiting for you.", "en",
            extra_line="This badge was transferred from another Credly account at the issuer's request.")

# ================================================================= CASE B - Rajesh (console case, O365)

B_OPEN = "2025-10-07 06:41:12"
B = cid(B_OPEN, 4416)
B_KEEP, B_OLD = "AWS07731904", "AWS06612058"
d = dt(B_OPEN) + timedelta(seconds=14)
b1 = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS 07731904 (work) and aws-06612058 (created by mistake when I rescheduled an exam). I would like everything consolidated into the work account. Thanks, Rajesh

We will respond to you as soon as possible. You can view your case by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you,
Amazon Web Services""" % (B, B, B)
add("rajesh-aws-support", d, L("case_created", B, [B_KEEP, B_OLD], True, "en"), "o365", ses_res(d, style="o365"), NOREPLY, RAJ,
    "Amazon Web Services: You have opened a new Support case: %s" % B,
    multi("alternative", leaf(b1), leaf(html_wrap(p2html(b1)), "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

b2_when = dt("2025-10-08 04:12:51")
b2 = """Hello,

A new reply has been added to your support case %s.

To read it and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox can't receive replies.

Amazon Web Services""" % (B, B)
add("rajesh-aws-support", b2_when, L("support_reply", B, [], True, "en"), "o365", ses_res(b2_when, style="o365"), NOREPLY, RAJ,
    "[Case %s] New correspondence added" % B, leaf(b2, cte="7bit", charset="us-ascii"), dkims=AMZ_DKIM, extra=SES_EXTRA())

b3_when = b2_when + timedelta(seconds=6)
b3 = """Hello Rajesh,

Thank you for reaching out to AWS Training and Certification.

I'd be glad to help bring your certification records together. I was able to locate aws-06612058, but I couldn't find a profile matching AWS 07731904 under your name. To continue, please reply in the Support Center with:

1. The email address you use to sign in to each certification account
2. The notification email listed on each account, if it's different
3. Which of the two accounts you'd like to keep

Once I have this, I'll outline exactly what will happen before anything is changed.

Best regards,

Tomás M.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=B)
add("rajesh-aws-support", b3_when, L("support_reply", B, [B_KEEP, B_OLD], True, "en"), "o365", ses_res(b3_when, style="o365"), NOREPLY, RAJ,
    "RE:[CASE %s] Merge two certification accounts" % B, leaf(b3), dkims=AMZ_DKIM, extra=SES_EXTRA())

b4_when = dt("2025-10-09 11:27:03")
b4_txt = """Hello Rajesh,

Thanks for the details. Here is what we'll do, pending your go-ahead:

Account you keep:        %s
Account folded into it:  %s

After this, %s will no longer be usable, and this change can't be reversed. Please reply in the Support Center with "I confirm" so we can submit it.

Best regards,

Tomás M.
Amazon Web Services
""" % (B_KEEP, B_OLD, B_OLD) + CONSOLE_FOOTER.format(cid=B)
b4_html = html_wrap("""<p>Hello Rajesh,</p>
<p>Thanks for the details, and for clarifying that the second profile was created by accident. Here is what we'll do, pending your go-ahead:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Role</th><th align="left">Certification account</th><th align="left">Sign-in email</th></tr>
<tr><td>Kept (primary)</td><td>%s</td><td>rajesh.iyer@fabrikam-data.com</td></tr>
<tr><td>Folded into the primary and closed</td><td>%s</td><td>r.iyer.home@outlook.com</td></tr>
</table>
<p>Your AWS Certified Developer - Associate and your exam appointment history will carry over. After this, the second account will no longer be usable, and <b>this change can't be reversed</b>.</p>
<p>Please reply in the Support Center with &quot;I confirm&quot; so we can submit it.</p>
<p>Best regards,<br><br>Tom&aacute;s M.<br>Amazon Web Services</p>
<hr><p style="font-size:12px">To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % (B_KEEP, B_OLD, B, B))
add("rajesh-aws-support", b4_when, L("merge_confirmation_requested", B, [B_KEEP, B_OLD], True, "en"), "o365", ses_res(b4_when, style="o365"), NOREPLY, RAJ,
    "RE:[CASE %s] Merge two certification accounts" % B,
    multi("alternative", leaf(b4_txt), leaf(b4_html, "html", cte="base64")), dkims=AMZ_DKIM, extra=SES_EXTRA())

b5_when = dt("2025-10-11 09:48:36")
b5 = """Hello Rajesh,

I'm happy to let you know the consolidation went through. The certifications, exam records and the exam voucher that were on %s have been transferred to %s, and the former account is now closed.

Since your request is complete, I'll go ahead and resolve this case. If you need anything else, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,

Tomás M.
Amazon Web Services
""" % (B_OLD, B_KEEP) + CONSOLE_FOOTER.format(cid=B)
add("rajesh-aws-support", b5_when, L("merge_completed", B, [B_KEEP, B_OLD], True, "en"), "o365", ses_res(b5_when, style="o365"), NOREPLY, RAJ,
    "RE:[CASE %s] Merge two certification accounts" % B, leaf(b5), dkims=AMZ_DKIM, extra=SES_EXTRA())

# ================================================================= CASE C - Tanaka (ja form case, nifty)

C_OPEN = "2025-06-10 01:15:48"
C = cid(C_OPEN, 30582)
C_KEEP, C_OLD = "AWS03390415", "AWS08824671"
d = dt(C_OPEN) + timedelta(seconds=11)
c1 = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容は、以下の番号で承りました。

お問い合わせ番号：%s

担当者が内容を確認のうえ、原則として 24 時間以内にこのアドレス宛てにご連絡いたします。
追加の情報がございましたら、件名を変えずにこのメールへご返信ください。
同じ内容でフォームを再送信されますと、回答までにお時間をいただく場合がございます。

AWS トレーニングと認定 サポートチーム""" % C
add("tanaka-tc-form", d, L("case_created", C, [], True, "ja"), "nifty", ses_res(d, style="jp"), FORM, TANAKA,
    "[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % C,
    leaf(c1, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", dkims=AMZ_DKIM, extra=SES_EXTRA())

c2_when = dt("2025-06-11 03:22:15")
c2 = """田中様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の中村でございます。

アカウント統合のご依頼について拝見いたしました。お手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

・各認定アカウントにサインインする際のメールアドレス
・今後もご利用になりたいアカウントの ID（AWS から始まる番号）

なお、フォームにご記載いただいた %s は確認できておりますが、もう一方のアカウントがまだ特定できておりません。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

中村
AWS トレーニングと認定""" % C_OLD
add("tanaka-tc-form", c2_when, L("support_reply", C, [C_OLD], True, "ja"), "nifty", ses_res(c2_when, style="jp"), FORM, TANAKA,
    "RE:[CASE %s] %s" % (C, FORM_SUBJ), leaf(c2), dkims=AMZ_DKIM, extra=SES_EXTRA())

c_user1 = dt("2025-06-11 22:18:00", JST)
c_user1_txt = """中村様

ご連絡ありがとうございます。
残したいのは %s です。サインインは k-tanaka@nifty.com です。
もう一つは前職で作ったもので、kenta.tanaka@sakura-sys.co.jp でした。

よろしくお願いいたします。
田中""" % C_KEEP
c3_when = dt("2025-06-12 02:05:40")
c3 = """田中様

ご返信いただきありがとうございます。いただいた情報をもとに、以下の2つのアカウントを確認いたしました。

  存続アカウント：   %s（k-tanaka@nifty.com）
  統合元アカウント： %s（kenta.tanaka@sakura-sys.co.jp）

統合元アカウントの認定資格・受験履歴・特典はすべて存続アカウントへ引き継がれ、統合元アカウントはご利用いただけなくなります。統合は一度実施すると取り消すことができません。

上記の内容でよろしければ、このメールにご返信のうえ、統合をご希望の旨をお知らせください。ご確認をいただいてから作業を開始いたします。

中村
AWS トレーニングと認定

%s
%s""" % (C_KEEP, C_OLD, jp_quote_hdr(c_user1, "田中健太", TANAKA[1]), q(c_user1_txt))
add("tanaka-tc-form", c3_when, L("merge_confirmation_requested", C, [C_KEEP, C_OLD], True, "ja"), "nifty", ses_res(c3_when, style="jp"), FORM, TANAKA,
    "RE:[CASE %s] 認定アカウント統合のご確認 [AWS Training and Certification Form Submission]" % C,
    leaf(c3, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", dkims=AMZ_DKIM, extra=SES_EXTRA())

c_user2 = dt("2025-06-12 09:41:00", JST)
c_user2_txt = """中村様

内容に相違ございません。統合をお願いいたします。

田中

%s
%s""" % (jp_quote_hdr(c3_when, "Amazon Web Services", FORM[1]), q(c3.split("\n\n中村\n")[0]))
c4_when = dt("2025-06-13 06:30:12")
c4 = """田中様

お待たせいたしました。ご依頼いただいた認定アカウントの統合が完了いたしました。

%s に登録されていた認定資格および受験履歴は、すべて %s へ移しております。今後は k-tanaka@nifty.com でサインインしてください。

デジタルバッジは Credly から改めて発行されます。数日たっても届かない場合は、このメールにご返信ください。

中村
AWS トレーニングと認定

%s
%s""" % (C_OLD, C_KEEP, jp_quote_hdr(c_user2, "田中健太", TANAKA[1]), q(c_user2_txt))
add("tanaka-tc-form", c4_when, L("merge_completed", C, [C_KEEP, C_OLD], True, "ja"), "nifty", ses_res(c4_when, style="jp"), FORM, TANAKA,
    "RE:[CASE %s] 認定アカウント統合のご確認 [AWS Training and Certification Form Submission]" % C,
    leaf(c4, cte="base64"), dkims=AMZ_DKIM,
    extra=[("In-Reply-To", "<20250612094100.8F21.K-TANAKA@nifty.com>"), ("References", "<20250612094100.8F21.K-TANAKA@nifty.com>")] + SES_EXTRA())

c5_when = c4_when + timedelta(minutes=2, seconds=13)
c5 = html_wrap("""<div style="max-width:600px;margin:0 auto">
<p>田中 健太 様</p>
<p>お問い合わせ（ケース番号 %s）はクローズされました。</p>
<p>サービス向上のため、今回の対応についてアンケートにご協力ください。所要時間は 1 分ほどです。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/JQ7RMV2K?caseId=%s&amp;lang=ja&amp;a=yes">はい</a> ／ <a href="https://pulse.aws/survey/JQ7RMV2K?caseId=%s&amp;lang=ja&amp;a=no">いいえ</a></p>
<p style="font-size:12px;color:#687078">引き続きサポートが必要な場合は、元のメールにご返信いただくとケースが再開されます。</p>
<p style="font-size:12px;color:#687078">AWS トレーニングと認定</p>
</div>""" % (C, C, C), "アンケート")
add("tanaka-tc-form", c5_when, L("survey", C, [], True, "ja"), "nifty", ses_res(c5_when, style="jp"), FORM, TANAKA,
    "AWS トレーニングと認定 サポートに関するアンケートのお願い（%s）" % C, leaf(c5, "html"), dkims=AMZ_DKIM, extra=SES_EXTRA())

credly_mail("tanaka-credly", dt("2025-06-15 08:44:27"), "Kenta Tanaka", TANAKA,
            "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
            "AWS Certified SysOps Administrator - Associate",
            "You've been issued a badge by Amazon Web Services Training and Certification. Claim it to start sharing your achievement.", "en",
            provider="nifty", res=dict(credly_res(dt("2025-06-15 08:44:27"))))

# ================================================================= CASE D - Misaki (ja console case, gmail)

D_OPEN = "2025-12-02 05:30:06"
D = cid(D_OPEN, 71903)
D_KEEP, D_OLD = "AWS02268840", "AWS05127739"
d = dt(D_OPEN) + timedelta(seconds=12)
d1 = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせにお応えするため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について
重大度: 一般的なガイダンス
内容: 認定アカウントが2つあるので、1つにまとめたいです。aws05127739 と AWS02268840 です。よろしくお願いします。

できるだけ早く対応いたします。サポートセンターでケースをご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services""" % (D, D, D)
add("misaki-aws-support", d, L("case_created", D, [D_KEEP, D_OLD], True, "ja"), "gmail", ses_res(d), NOREPLY, MISAKI,
    "Amazon Web Services: 新しいサポートケースを作成しました: %s" % D,
    leaf(d1, charset="shift_jis", cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

d2_when = dt("2025-12-03 02:47:33")
d2 = """佐藤様

AWS トレーニングと認定の小林です。お問い合わせいただきありがとうございます。

aws05127739 と AWS02268840 の2つのアカウントを確認いたしました。
まとめた後にご利用になるアカウントは、どちらをご希望でしょうか。
あわせて、それぞれのアカウントに登録されているメールアドレスもお知らせください。

恐れ入りますが、サポートセンターからご返信をお願いいたします。

よろしくお願いいたします。

小林
Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(cid=D)
add("misaki-aws-support", d2_when, L("support_reply", D, [D_KEEP, D_OLD], True, "ja"), "gmail", ses_res(d2_when), NOREPLY, MISAKI,
    "RE:[CASE %s] 認定アカウントの統合について" % D, leaf(d2), dkims=AMZ_DKIM, extra=SES_EXTRA())

d3_when = dt("2025-12-04 01:15:09")
d3 = """佐藤様

ご回答ありがとうございます。以下の内容でお手続きを行う予定です。

■ 引き続きご利用いただくアカウント
  %s（misaki.sato.aws@gmail.com）
■ 統合後に閉鎖されるアカウント
  %s（m.sato@kaisha-example.co.jp）

※一度まとめたアカウントを元に戻すことはできませんので、ご注意ください。

問題がなければ、サポートセンターより「上記内容で統合を希望します」とご返信ください。ご返信をいただき次第、作業を進めます。

小林
Amazon Web Services
""" % (D_KEEP, D_OLD) + CONSOLE_FOOTER_JA.format(cid=D)
add("misaki-aws-support", d3_when, L("merge_confirmation_requested", D, [D_KEEP, D_OLD], True, "ja"), "gmail", ses_res(d3_when), NOREPLY, MISAKI,
    "RE:[CASE %s] 認定アカウントの統合について" % D, leaf(d3, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    dkims=AMZ_DKIM, extra=SES_EXTRA())

d4_when = dt("2025-12-05 00:58:44")
d4 = """佐藤様

ご確認いただきありがとうございます。承知いたしました。これより統合のお手続きに入ります。

作業には通常3〜5営業日ほどかかります。完了しましたら、あらためてご連絡いたします。

小林
Amazon Web Services

--- これまでのやり取り ---
2025/12/04 12:10 (JST) お客様:
上記内容で統合を希望します。AWS02268840 を残してください。
よろしくお願いいたします。

2025/12/04 10:15 (JST) Amazon Web Services:
以下の内容でお手続きを行う予定です。
■ 引き続きご利用いただくアカウント %s
■ 統合後に閉鎖されるアカウント %s
""" % (D_KEEP, D_OLD) + CONSOLE_FOOTER_JA.format(cid=D)
add("misaki-aws-support", d4_when, L("support_reply", D, [], True, "ja"), "gmail", ses_res(d4_when), NOREPLY, MISAKI,
    "RE:[CASE %s] 認定アカウントの統合について" % D, leaf(d4, cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

d5_when = dt("2025-12-08 07:20:18")
d5 = """佐藤様

お待たせいたしました。%s に記録されていた認定資格と受験履歴を、%s へ移行いたしました。
旧アカウントはご利用いただけなくなっております。

今後は misaki.sato.aws@gmail.com でサインインしてください。Credly のバッジは数日以内に再発行される予定です。

ご不明な点がございましたら、サポートセンターからお知らせください。

小林
Amazon Web Services
""" % (D_OLD, D_KEEP) + CONSOLE_FOOTER_JA.format(cid=D)
add("misaki-aws-support", d5_when, L("merge_completed", D, [D_KEEP, D_OLD], True, "ja"), "gmail", ses_res(d5_when), NOREPLY, MISAKI,
    "RE:[CASE %s] 認定アカウントの統合について" % D, leaf(d5, charset="shift_jis", cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

d6_when = dt("2025-12-08 07:21:02")
d6 = """お客様のサポートケース %s（認定アカウントの統合について）は、解決済みとしてクローズされました。

今回のサポートはいかがでしたか。以下のリンクから簡単なアンケートにご回答ください。
https://pulse.aws/survey/WE8N3FQC?caseId=%s&lang=ja

ケースを再開する必要がある場合は、14日以内にサポートセンターから返信してください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services""" % (D, D, D)
add("misaki-aws-support", d6_when, L("survey", D, [], True, "ja"), "gmail", ses_res(d6_when), NOREPLY, MISAKI,
    "ケース %s は解決済みになりました" % D,
    multi("alternative", leaf(d6), leaf(html_wrap(p2html(d6)), "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

credly_mail("misaki-credly", dt("2025-12-10 03:11:55"), "Misaki Sato", MISAKI,
            "Misaki, claim your AWS Certified Developer - Associate badge",
            "AWS Certified Developer - Associate",
            "Amazon Web Services Training and Certification has issued you a new badge.", "en")

# ================================================================= CASE E - Marco (two form cases, outlook.com)

E1_OPEN = "2025-08-04 10:02:37"
E1 = cid(E1_OPEN, 55120)
E2_OPEN = "2025-08-12 08:47:19"
E2 = cid(E2_OPEN, 3388)
E_KEEP, E_OLD = "AWS01958824", "AWS06047713"
ITZ = timezone(timedelta(hours=2))
d = dt(E1_OPEN) + timedelta(seconds=8)
e1 = """Hello,

Thank you for contacting AWS Training and Certification.

Your request has been logged. Your case number is %s. Our team aims to respond within 24 hours.

Summary of your request:
  Category: Certification / Account Merge
  AWS candidate ID: %s
  Notification email: (not provided)

Please do not open a new request for the same issue; replies to this message are added to your existing case.

AWS Training and Certification""" % (E1, E_OLD)
add("marco-tc-form", d, L("case_created", E1, [E_OLD], True, "en"), "o365", ses_res(d, style="o365"), FORM, MARCO,
    "[CASE %s] %s" % (E1, FORM_SUBJ), leaf(e1, cte="7bit", charset="us-ascii"), dkims=AMZ_DKIM, extra=SES_EXTRA())

d = dt(E2_OPEN) + timedelta(seconds=10)
e2 = """Hello Marco,

We've got your message, thank you. It's now in our queue under case %s and one of our certification specialists will be in touch, typically within one business day.

For reference, here's what you sent us:
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  AWS candidate ID: %s
  Message: I already asked last week (I think) but got no answer. I have 2 certification accounts and need only one. Please help.

You can reply to this email if you'd like to add more information.

AWS Training and Certification""" % (E2, E_KEEP)
add("marco-tc-form", d, L("case_created", E2, [E_KEEP], True, "en"), "o365", ses_res(d, style="o365"), FORM, MARCO,
    "[CASE %s] %s" % (E2, FORM_SUBJ),
    multi("alternative", leaf(e2), leaf(html_wrap(p2html(e2)), "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

e3_when = dt("2025-08-13 14:22:05")
e3 = """Hello Marco,

Thank you for contacting AWS Training and Certification, and I'm sorry nobody got back to you on your earlier request (%s). It looks like the notification address was missing from that form, which is why our reply never reached you. I'll take care of everything here and close the older case so you don't receive duplicate messages.

To avoid delays in future, please reply to this thread rather than opening a new request.

I've found %s and %s under your name. Could you confirm which one you'd like to keep, and briefly tell me why you'd like them combined (for example, a change of employer or email address)?

Thanks,
Chidi O.
AWS Training and Certification
""" % (E1, E_KEEP, E_OLD)
add("marco-tc-form", e3_when, L("support_reply", E2, [E_KEEP, E_OLD], True, "en"), "o365", ses_res(e3_when, style="o365"), FORM, MARCO,
    "RE:[CASE %s] %s" % (E2, FORM_SUBJ), leaf(e3), dkims=AMZ_DKIM, extra=SES_EXTRA())

e_user = dt("2025-08-13 16:40:00")
e_user_txt = """Hi Chidi,

Thanks for the answer. Please keep %s, it is the one with my current email. The other one I created when I was at university, I changed email since then.

Regards
Marco Rossi""" % E_KEEP
e4_when = dt("2025-08-14 09:05:26")
e4 = """Hi Marco,

Thanks. Here's the plan, but I need your explicit OK first because this can't be undone afterwards:

- %s stays as your certification account.
- %s will be folded into it and deactivated. Your Cloud Practitioner certification and its exam history will move across.

Just reply "confirmed" to this email and I'll submit it.

Thanks,
Chidi O.
AWS Training and Certification

________________________________
%s

%s
""" % (E_KEEP, E_OLD, outlook_block(e_user, MARCO, FORM, "RE:[CASE %s] %s" % (E2, FORM_SUBJ), ITZ), e_user_txt)
add("marco-tc-form", e4_when, L("merge_confirmation_requested", E2, [E_KEEP, E_OLD], True, "en"), "o365", ses_res(e4_when, style="o365"), FORM, MARCO,
    "RE:[CASE %s] %s" % (E2, FORM_SUBJ), leaf(e4), dkims=AMZ_DKIM, extra=SES_EXTRA())

e5_when = dt("2025-08-21 10:31:49")
e5 = """Hi Marco,

Just checking in on this one. I sent over a summary of the requested change last week but haven't seen a reply yet. Are you still looking for help with this? If we don't hear back within 72 hours, the case will close automatically. You can reopen it simply by replying to this email.

Thanks,
Chidi O.
AWS Training and Certification

________________________________
%s

%s""" % (outlook_block(e4_when, FORM, MARCO, "RE:[CASE %s] %s" % (E2, FORM_SUBJ), ITZ), e4.split("\n________________________________")[0])
add("marco-tc-form", e5_when, L("support_reply", E2, [], True, "en"), "o365", ses_res(e5_when, style="o365"), FORM, MARCO,
    "RE:[CASE %s] %s" % (E2, FORM_SUBJ), leaf(e5), dkims=AMZ_DKIM, extra=SES_EXTRA())

e6_when = dt("2025-08-25 11:02:13")
e6 = """Hello Marco,

Your AWS Training and Certification case %s has been closed because we didn't receive a reply.

If you still need help, reply to this message within 14 days and the case will be reopened with the same specialist.

Tell us how we did - it takes less than a minute:
https://pulse.aws/survey/T4XQ9ZPL?caseId=%s

Thank you,
AWS Training and Certification""" % (E2, E2)
add("marco-tc-form", e6_when, L("survey", E2, [], True, "en"), "o365", ses_res(e6_when, style="o365"), FORM, MARCO,
    "Case %s closed - how did we do?" % E2,
    multi("alternative", leaf(e6), leaf(html_wrap(p2html(e6)), "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

# ================================================================= CASE F - Priya (form case, Google Workspace)

F_OPEN = "2026-01-13 17:20:55"
F = cid(F_OPEN, 90214)
F_KEEP, F_OLD = "AWS07064391", "AWS05582019"
PTZ = timezone(timedelta(hours=-5))
f1_when = dt("2026-01-14 15:38:20")
f1 = """Hi Priya,

Thank you for your request. Please review the following carefully:

Primary (retained) account:  %s - priya@nairconsulting.io
Secondary account:           %s - priya.nair.dev@gmail.com

When we proceed, the secondary account's certifications (AWS Certified Developer - Associate and AWS Certified Data Engineer - Associate), exam history and any unused benefits will be transferred to the primary account, and the secondary account will be permanently closed. This action is irreversible.

If everything above is accurate, please reply to this email with your approval.

Regards,
Grace L.
AWS Training and Certification""" % (F_KEEP, F_OLD)
add("priya-tc-form", f1_when, L("merge_confirmation_requested", F, [F_KEEP, F_OLD], True, "en"), "gmail", ses_res(f1_when), FORM, PRIYA,
    "RE:[CASE %s] %s" % (F, FORM_SUBJ), leaf(f1), dkims=AMZ_DKIM, extra=SES_EXTRA())

f_user = dt("2026-01-14 16:02:00")
f_user_id = "<CAJ%s@mail.gmail.com>" % rb64(30).replace("/", "k").replace("+", "M")[:36]
f2_when = dt("2026-01-15 13:44:51")
f2 = """Hi Priya,

Thank you for confirming. I've queued the consolidation of %s into %s with our back-end team.

Once the merge is complete, we will also ask Credly to move your badges across, and you'll get an email from Credly asking you to accept them. I'll update you on this thread as soon as it's finished.

Regards,
Grace L.
AWS Training and Certification

%s

> Approved - the details are correct, please proceed.
>
> Priya
>
> %s
>
%s""" % (F_OLD, F_KEEP, gmail_quote_hdr(f_user, PRIYA[0], PRIYA[1], PTZ), gmail_quote_hdr(f1_when, "Amazon Web Services", FORM[1], PTZ), q(f1, "> > "))
add("priya-tc-form", f2_when, L("support_reply", F, [F_KEEP, F_OLD], True, "en"), "gmail", ses_res(f2_when), FORM, PRIYA,
    "RE:[CASE %s] %s" % (F, FORM_SUBJ), leaf(f2), dkims=AMZ_DKIM,
    extra=[("In-Reply-To", f_user_id), ("References", f_user_id)] + SES_EXTRA())

f3_when = dt("2026-01-17 20:09:37")
f3 = html_wrap("""<div>Hi Priya,</div><br>
<div>Your records have been transferred. The certifications and exam history that were on <b>%s</b> now appear on <b>%s</b>, and the old profile has been retired.</div><br>
<div>As mentioned, we've asked Credly to move your badges. Look out for an email from Credly over the next few days.</div><br>
<div>Please sign in with priya@nairconsulting.io from now on. If you spot anything missing, reply to this email and we'll look into it.</div><br>
<div>Regards,<br>Grace L.<br>AWS Training and Certification</div>
<br><hr style="border:none;border-top:1px solid #ccc">
<div style="font-size:12px;color:#555">We value your feedback. <a href="https://support.aws.amazon.com/feedback?caseId=%s">Rate this correspondence</a>.</div>""" % (F_OLD, F_KEEP, F))
add("priya-tc-form", f3_when, L("merge_completed", F, [F_KEEP, F_OLD], True, "en"), "gmail", ses_res(f3_when), FORM, PRIYA,
    "RE:[CASE %s] %s" % (F, FORM_SUBJ), leaf(f3, "html"), dkims=AMZ_DKIM, extra=SES_EXTRA())

f4_when = dt("2026-01-17 20:11:05")
f4 = """Hi Priya,

Your case %s is now resolved.

How was your experience with AWS Training and Certification support? Rate us from 1 (poor) to 5 (excellent):
https://pulse.aws/survey/T4XQ9ZPL?caseId=%s

Your feedback helps us improve. If your issue isn't fully resolved, just reply to this email.

AWS Training and Certification""" % (F, F)
add("priya-tc-form", f4_when, L("survey", F, [], True, "en"), "gmail", ses_res(f4_when), FORM, PRIYA,
    "We'd like your feedback on case %s" % F, leaf(f4, cte="7bit", charset="us-ascii"), dkims=AMZ_DKIM, extra=SES_EXTRA())

credly_mail("priya-credly", dt("2026-01-20 15:26:44"), PRIYA[0], PRIYA,
            "Your badges from Amazon Web Services Training and Certification have moved",
            "AWS Certified Developer - Associate, AWS Certified Data Engineer - Associate",
            "2 badges issued by Amazon Web Services Training and Certification have been transferred to this Credly account at the issuer's request. Accept them to keep them visible on your profile.", "en")

# ================================================================= CASE G - Suzuki (ja form case, biglobe)

G_OPEN = "2026-02-18 00:40:29"
G = cid(G_OPEN, 61457)
G_KEEP, G_OLD = "AWS01736650", "AWS09402217"
d = dt(G_OPEN) + timedelta(seconds=9)
g1 = """鈴木 大輔 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
ご依頼を受け付け、ケース %s として登録いたしました。

担当者より 1 営業日以内を目安にご連絡いたします。このメールに返信すると、同じケースに情報を追加できます。

■ 受付内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: aws-09402217

AWS トレーニングと認定""" % G
# body is UTF-8 but the part is labelled iso-8859-1 (mislabelled by the sending tool)
add("suzuki-tc-form", d, L("case_created", G, [G_OLD], True, "ja"), "biglobe", ses_res(d, style="jp"), FORM, SUZUKI,
    "[CASE %s] %s" % (G, FORM_SUBJ), leaf(g1, charset="utf-8", cte="base64", label="iso-8859-1"), dkims=AMZ_DKIM, extra=SES_EXTRA())

g2_when = dt("2026-02-19 04:16:58")
g2 = """鈴木様

AWS トレーニングと認定の渡辺と申します。お問い合わせいただきありがとうございます。

ご依頼内容を確認し、以下のとおりアカウントをひとつにまとめる予定です。

  ・残るアカウント： %s（d.suzuki@biglobe.ne.jp）
  ・統合されるアカウント： %s（daisuke.suzuki@minato-soft.jp）

統合されるアカウントの認定資格と受験履歴は、残るアカウントに引き継がれます。作業後は元に戻せませんので、内容をよくご確認ください。

問題がなければ、このメールに「上記の内容で進めてください」とご返信ください。

渡辺
AWS トレーニングと認定""" % (G_KEEP, G_OLD)
add("suzuki-tc-form", g2_when, L("merge_confirmation_requested", G, [G_KEEP, G_OLD], True, "ja"), "biglobe", ses_res(g2_when, style="jp"), FORM, SUZUKI,
    "RE:[CASE %s] %s" % (G, FORM_SUBJ),
    multi("alternative", leaf(g2), leaf(html_wrap(p2html(g2)), "html", cte="base64")), dkims=AMZ_DKIM, extra=SES_EXTRA())

g3_when = dt("2026-02-21 01:03:40")
g3 = """鈴木様

ご返信ありがとうございました。ご依頼の統合作業が完了しましたので、本ケースはクローズさせていただきます。
今後は d.suzuki@biglobe.ne.jp でサインインしてください。

このたびの対応について、以下のリンクからアンケートにご回答いただけますと幸いです。
https://pulse.aws/survey/JQ7RMV2K?caseId=%s&lang=ja

渡辺
AWS トレーニングと認定

----- 元のメッセージ -----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年2月19日 13:16
宛先: 鈴木 大輔 <d.suzuki@biglobe.ne.jp>
件名: RE:[CASE %s] %s

%s""" % (G, G, FORM_SUBJ, g2)
add("suzuki-tc-form", g3_when, L("merge_completed", G, [], True, "ja"), "biglobe", ses_res(g3_when, style="jp"), FORM, SUZUKI,
    "RE:[CASE %s] %s" % (G, FORM_SUBJ), leaf(g3, cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

# ================================================================= CASE H - Sarah (corporate relay, no Authentication-Results)

H_OPEN = "2025-07-22 14:05:51"
H = cid(H_OPEN, 7702)
H_KEEP, H_OLD = "AWS03816642", "AWS07290035"
ETZ = timezone(timedelta(hours=-4))
h1_when = dt("2025-07-23 18:31:02")
h1 = """Hello Sarah,

Thanks for your patience. Below is a summary of the consolidation you requested. Please read it carefully, as it cannot be reverted once processed:

Account that will remain:                 AWS 03816642 (sarah.obrien@meridianhealth.org)
Account to be consolidated and closed:    AWS 07290035 (sobrien.cloud@yahoo.com)

Kindly reply to this email with "I confirm" and we will proceed.

Best regards,
Daniel W.
Amazon Web Services - Training and Certification"""
add("sarah-tc-form", h1_when, L("merge_confirmation_requested", H, [H_KEEP, H_OLD], None, "en"), "corp", dict(ip=SES_IPS[2], host=ses_host(SES_IPS[2]), mailfrom=ses_mailfrom(h1_when)),
    FORM, SARAH, "RE:[CASE %s] %s" % (H, FORM_SUBJ), leaf(h1, cte="7bit", charset="us-ascii"), dkims=AMZ_DKIM, extra=SES_EXTRA())

h_user = dt("2025-07-23 19:02:00")
h2_when = dt("2025-07-29 15:47:12")
h2 = """Hello Sarah,

A quick status update: your request is with our back-end team and is still in progress. It's taking a little longer than usual this week because of volume. No action is needed from you right now; I'll write back as soon as I have news.

Best regards,
Daniel W.
Amazon Web Services - Training and Certification

-----Original Message-----
%s

I confirm. Thank you!

Sarah O'Brien, RN, MSN
Clinical Informatics | Meridian Health

-----Original Message-----
%s

%s""" % (outlook_block(h_user, SARAH, FORM, "RE:[CASE %s] %s" % (H, FORM_SUBJ), ETZ),
         outlook_block(h1_when, FORM, SARAH, "RE:[CASE %s] %s" % (H, FORM_SUBJ), ETZ), h1)
add("sarah-tc-form", h2_when, L("support_reply", H, [], None, "en"), "corp", dict(ip=SES_IPS[4], host=ses_host(SES_IPS[4]), mailfrom=ses_mailfrom(h2_when)),
    FORM, SARAH, "RE:[CASE %s] %s" % (H, FORM_SUBJ), leaf(h2), dkims=AMZ_DKIM, extra=SES_EXTRA())

h3_when = dt("2025-08-01 13:12:48")
h3 = """Hello Sarah,

Good news \u2013 your exam history and credentials from AWS 07290035 have been combined into AWS 03816642. The secondary login has been retired, so please use sarah.obrien@meridianhealth.org from now on.

Your badges will be re\u2011issued on Credly within a few days. If they don\u2019t show up by next week, let us know on this thread.

Thank you for your patience, and have a great day!

Best regards,
Daniel W.
Amazon Web Services \u2013 Training and Certification"""
# cp1252 bytes in a part labelled utf-8
add("sarah-tc-form", h3_when, L("merge_completed", H, [H_KEEP, H_OLD], None, "en"), "corp", dict(ip=SES_IPS[1], host=ses_host(SES_IPS[1]), mailfrom=ses_mailfrom(h3_when)),
    FORM, SARAH, "RE:[CASE %s] %s" % (H, FORM_SUBJ), leaf(h3.replace("\u2011", "-"), codec="cp1252", charset="utf-8"), dkims=AMZ_DKIM, extra=SES_EXTRA())

# ================================================================= I - Lukas: phishing

i1_when = dt("2026-03-05 07:14:33")
i1_fake = "177269480210733"
i1 = html_wrap("""<table width="600" align="center"><tr><td style="padding:20px">
<img src="https://aws-certification-support.net/static/aws_logo.png" width="80" alt="aws">
<h3>Action required: confirm your certification account merge</h3>
<p>Dear Candidate,</p>
<p>We received a request (Case %s) to merge your AWS Certification account <b>AWS08150374</b> into <b>AWS02947716</b>.</p>
<p>For your security, the merge will only be carried out after you confirm it. Please note that once merged, the accounts cannot be separated.</p>
<p>If you do not confirm within <b>24 hours</b>, the request will be cancelled and your active certifications may be suspended pending verification.</p>
<p><a href="https://aws-certification-support.net/merge/confirm?c=%s&amp;u=lukas.becker.cloud" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Confirm merge</a></p>
<p>Regards,<br>AWS Training &amp; Certification Team</p>
</td></tr></table>""" % (i1_fake, i1_fake))
add("lukas-aws-cert", i1_when, L("merge_confirmation_requested", i1_fake, ["AWS08150374", "AWS02947716"], False, "en"), "gmail",
    other_res(i1_when, "aws-certification-support.net", ip="185.244.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))),
    ("AWS Training & Certification", "no-reply@aws-certification-support.net"), LUKAS,
    "Action required: confirm your certification account merge", leaf(i1, "html"),
    dkims=[("aws-certification-support.net", "default")], msgid="<%s@aws-certification-support.net>" % rhex(24))

i2_when = dt("2026-03-09 22:51:07")
i2_fake = "177309180640219"
i2 = """Hello,

Before we merge AWS08150374 with your other certification account, we need to verify that you own both profiles.

Please sign in at the secure link below within 48 hours to confirm the merge. After confirmation the operation cannot be undone.

https://amazon-certification-verify.com/login?case=%s

If you did not request this, please still sign in so we can cancel the request.

Best regards,
Amazon Web Services""" % i2_fake
I2_VPS = "vps-" + rhex(5)
i2_res = dict(ip="91.210.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), host="mail.%s.net" % I2_VPS,
              mailfrom="info@%s.net" % I2_VPS, spf="pass", dkim=[("none", "amazon.com")], dmarc="fail",
              from_domain="amazon.com", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
i2_res["dkim"] = []
add("lukas-aws-cert", i2_when, L("merge_confirmation_requested", i2_fake, ["AWS08150374"], False, "en"), "gmail", i2_res,
    FORM, LUKAS, "RE:[CASE %s] %s" % (i2_fake, FORM_SUBJ), leaf(i2, cte="7bit", charset="us-ascii"),
    sender_hdrs=[("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
                 ("Received", "from localhost (localhost [127.0.0.1]) by mail.%s.net (Postfix) with ESMTPA id 4F1A2C0E3B;\n\t%s" % (I2_VPS, rdate(i2_when)))],
    msgid="<%s@amazon.com>" % rhex(20))

i3_when = dt("2026-03-12 05:27:40")
i3 = html_wrap("""<p>Dear AWS customer,</p>
<p>We were unable to process the payment for your AWS account. Your account and all running resources will be <b>suspended within 24 hours</b> unless you update your billing information.</p>
<p><a href="https://aws-accounts-billing.com/update">Update payment method</a></p>
<p>Amazon Web Services Billing</p>""")
add("lukas-aws-billing", i3_when, L("unrelated", None, [], False, "en"), "gmail",
    other_res(i3_when, "aws-accounts-billing.com", dmarc="none", dkim_r=None, pol=None, spf="neutral"),
    ("AWS Billing", "billing@aws-accounts-billing.com"), LUKAS, "Your AWS account has been suspended - action required",
    leaf(i3, "html"), msgid="<%s@aws-accounts-billing.com>" % rhex(20))

# ================================================================= J - Chen (form case, O365)

J_OPEN = "2026-03-15 19:02:44"
J = cid(J_OPEN, 18870)
J_KEEP, J_OLD = "AWS04460931", "AWS08713305"
j1_when = dt("2026-03-16 21:30:19")
j1_txt = """Hello Chen,

Thanks for contacting AWS Training and Certification. Before we make any change, please confirm the following:

- Keep: aws 04460931
- Merge into it: aws 08713305

This is permanent. Reply "Confirm" to go ahead.

Farah K.
AWS Training and Certification"""
j1_html = html_wrap("""<p>Hello Chen,</p>
<p>Thanks for contacting AWS Training and Certification. We found the two certification accounts described in your request. Before we make any change, please confirm the following:</p>
<ul>
<li><b>Account to keep:</b> AWS04460931 (chen.wei@tailspin-toys.com) - AWS Certified Solutions Architect - Professional</li>
<li><b>Account to merge into it:</b> AWS08713305 (cwei.dev@gmail.com) - AWS Certified Solutions Architect - Associate, AWS Certified Security - Specialty</li>
</ul>
<p>Once processed, all certifications, exam history and benefits from the second account will be available under the first, and the second account will be deactivated. <b>This is permanent and cannot be undone.</b></p>
<p>Reply &quot;Confirm&quot; to this email to go ahead.</p>
<p>Farah K.<br>AWS Training and Certification</p>""")
add("chen-tc-form", j1_when, L("merge_confirmation_requested", J, [J_KEEP, J_OLD], True, "en"), "o365", ses_res(j1_when, style="o365"), FORM, CHEN,
    "RE:[CASE %s] %s" % (J, FORM_SUBJ), multi("alternative", leaf(j1_txt), leaf(j1_html, "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

j2_when = dt("2026-03-18 16:55:02")
j2_txt = """Hello Chen,

All set. AWS04460931 is now your one and only certification account; everything from AWS08713305 has been brought over, and that account has been switched off.

Farah K.
AWS Training and Certification"""
j2_html = html_wrap("""<p>Hello Chen,</p>
<p>All set! <b>AWS04460931</b> is now your one and only certification account. Everything from AWS08713305 (three certifications, your exam history and the 50%% exam voucher) has been brought over, and that account has been switched off.</p>
<p>Your Credly badges should follow within 2-3 days. You don't need to do anything else.</p>
<p>Farah K.<br>AWS Training and Certification</p>
<p style="font-size:12px;color:#555">How did we do? <a href="https://support.aws.amazon.com/feedback?caseId=%s">Rate this reply</a></p>""" % J)
add("chen-tc-form", j2_when, L("merge_completed", J, [J_KEEP, J_OLD], True, "en"), "o365", ses_res(j2_when, style="o365"), FORM, CHEN,
    "RE:[CASE %s] %s" % (J, FORM_SUBJ), multi("alternative", leaf(j2_txt), leaf(j2_html, "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

j3_when = dt("2026-03-18 16:56:31")
j3 = """Hello Chen,

Case %s has been closed.

Was your issue resolved?
YES: https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&a=yes
NO:  https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&a=no

You can also rate the specialist who worked on your case. Thank you for helping us improve.

AWS Training and Certification""" % (J, J, J)
j3_html = html_wrap("""<p>Hello Chen,</p><p>Case <b>%s</b> has been closed.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&amp;a=yes">YES</a> &nbsp;|&nbsp; <a href="https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&amp;a=no">NO</a></p>
<p>Rate your specialist: <a href="https://pulse.aws/survey/T4XQ9ZPL?caseId=%s&amp;r=1">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></p>
<p>AWS Training and Certification</p>""" % (J, J, J, J))
add("chen-tc-form", j3_when, L("survey", J, [], True, "en"), "o365", ses_res(j3_when, style="o365"), FORM, CHEN,
    "Was your issue resolved? [CASE %s]" % J, multi("alternative", leaf(j3), leaf(j3_html, "html")), dkims=AMZ_DKIM, extra=SES_EXTRA())

# ================================================================= K - Yamamoto (ja form case, Yahoo JP)

K_OPEN = "2025-11-11 00:26:14"
K = cid(K_OPEN, 44096)
K_KEEP, K_OLD = "AWS02795513", "AWS06318824"
d = dt(K_OPEN) + timedelta(seconds=7)
k1 = """山本 浩二 様

AWS トレーニングと認定へのお問い合わせを承りました。

ケース番号: %s

内容を確認のうえ、担当者よりご連絡いたします（通常 24 時間以内）。
このメールにご返信いただくと、同じケースに追記されます。新しいお問い合わせを作成する必要はございません。

※本メールは受付の確認のため自動送信しております。

AWS トレーニングと認定""" % K
add("yamamoto-tc-form", d, L("case_created", K, [], True, "ja"), "yahoojp", ses_res(d, style="jp"), FORM, YAMA,
    "[CASE %s] %s" % (K, FORM_SUBJ), leaf(k1, cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

k_prev_when = dt("2025-11-12 05:10:00")
k_prev = """山本様

以下の内容で認定アカウントをひとつにまとめてよろしいでしょうか。

 残すアカウント: %s
 まとめるアカウント: %s

実施後は取り消しできません。ご確認のうえご返信ください。

佐々木
AWS トレーニングと認定""" % (K_KEEP, K_OLD)
k_user = dt("2025-11-12 20:03:00", JST)
k_user_txt = """佐々木様

はい、その内容でお願いします。

山本

%s
%s""" % (jp_quote_hdr(k_prev_when, "Amazon Web Services", FORM[1]), q(k_prev))
k2_when = dt("2025-11-14 02:38:27")
k2 = """山本様

先日ご確認いただいた内容のとおり作業を行い、認定アカウントの統合が完了しました。
AWS 06318824 の認定情報と受験履歴は AWS 02795513 に引き継がれています。

引き続き AWS 認定をご活用ください。

佐々木
AWS トレーニングと認定

%s
%s""" % (jp_quote_hdr(k_user, "山本 浩二", YAMA[1]), q(k_user_txt))
add("yamamoto-tc-form", k2_when, L("merge_completed", K, [K_KEEP, K_OLD], True, "ja"), "yahoojp", ses_res(k2_when, style="jp"), FORM, YAMA,
    "RE:[CASE %s] %s" % (K, FORM_SUBJ), leaf(k2, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", dkims=AMZ_DKIM,
    extra=[("In-Reply-To", "<%s.%s@yahoo.co.jp>" % (RNG.randint(10**9, 10**10), rhex(6))), ("References", "<%s.%s@yahoo.co.jp>" % (RNG.randint(10**9, 10**10), rhex(6)))] + SES_EXTRA())

# ================================================================= unrelated mail around the cases

# Credly expiry reminder (Priya)
u = dt("2026-02-20 14:00:12")
ux = """Hi Priya,

Your AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and Certification, expires in 90 days (May 21, 2026).

To keep your badge active, check the recertification requirements with the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

Credly, a Pearson company""" % uuid.UUID(int=RNG.getrandbits(128))
add("priya-credly", u, L("unrelated", None, [], True, "en"), "gmail", credly_res(u), ("Credly", "admin@credly.com"), PRIYA,
    "Your AWS Certified Developer - Associate badge expires in 90 days",
    multi("alternative", leaf(ux), leaf(html_wrap(p2html(ux)), "html")), dkims=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
    msgid="<%s@geopod-ismtpd-%d>" % (rhex(22), RNG.randint(1, 40)))

# GitHub merged PR (Emily)
u = dt("2025-09-18 22:14:03")
gh_id = "<northwind-labs/infra-modules/pull/412/issue_event/%d@github.com>" % RNG.randint(10**10, 10**11)
gh = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-labs/infra-modules/pull/412#event-%d
You are receiving this because you were mentioned.

Message ID: <northwind-labs/infra-modules/pull/412/issue_event/%d@github.com>""" % (RNG.randint(10**10, 10**11), RNG.randint(10**10, 10**11))
add("emily-github", u, L("unrelated", None, [], False, "en"), "gmail",
    other_res(u, "github.com", ip="192.30.252.%d" % RNG.randint(190, 210), host="out-%d.smtp.github.com" % RNG.randint(10, 30), pol="p=REJECT sp=REJECT dis=NONE"),
    ("Jordan Lee", "notifications@github.com"), EMILY,
    "Re: [northwind-labs/infra-modules] Merge account-baseline module into shared accounts stack (PR #412)",
    multi("alternative", leaf(gh, cte="7bit", charset="us-ascii"), leaf(html_wrap("<p>Merged <a href=\"https://github.com/northwind-labs/infra-modules/pull/412\">#412</a> into main.</p>"), "html")),
    dkims=[("github.com", "pf2023")], msgid=gh_id,
    extra=[("Reply-To", "northwind-labs/infra-modules <reply+A7QX%s@reply.github.com>" % rhex(20).upper()),
           ("In-Reply-To", "<northwind-labs/infra-modules/pull/412@github.com>"), ("References", "<northwind-labs/infra-modules/pull/412@github.com>"),
           ("List-ID", "northwind-labs/infra-modules <infra-modules.northwind-labs.github.com>"), ("X-GitHub-Reason", "mention")])

# AWS billing case in Japanese (Yamamoto) - same template as a new case, other topic
BL_OPEN = "2026-01-27 06:12:40"
BL = cid(BL_OPEN, 8114)
u = dt(BL_OPEN) + timedelta(seconds=13)
bl = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせにお応えするため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 請求書の宛名（会社名）の変更について
重大度: 一般的なガイダンス
内容: 12月分の請求書から宛名を法人名に変更したいです。手順を教えてください。

できるだけ早く対応いたします。サポートセンターでケースをご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services""" % (BL, BL, BL)
add("yamamoto-aws-support", u, L("unrelated", BL, [], True, "ja"), "yahoojp", ses_res(u, style="jp"), NOREPLY, YAMA,
    "Amazon Web Services: 新しいサポートケースを作成しました: %s" % BL, leaf(bl, cte="base64"), dkims=AMZ_DKIM, extra=SES_EXTRA())

# Seller Central case that talks about merging detail pages (Marco)
u = dt("2025-09-02 17:41:55")
sc = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to combine the detail pages for ASIN B0CXK7M2QP and ASIN B0D4RT8N1W. The two listings have been merged, and offers from both pages are now shown on B0CXK7M2QP. It may take up to 24 hours for the change to appear on the website.

If this resolved your issue, please let us know by clicking the "Yes" button. If not, click "No" and we will follow up.

Was this email helpful? Yes / No

Thank you,
Nadia
Amazon Selling Partner Support
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=5884881212"""
add("marco-seller-central", u, L("unrelated", "5884881212", [], True, "en"), "o365",
    dict(ses_res(u, style="o365")), ("Amazon Selling Partner Support", "seller-notification@amazon.com"), MARCO,
    "RE:[CASE 5884881212] Merge duplicate detail pages", leaf(sc), dkims=AMZ_DKIM, extra=SES_EXTRA())

# CertMetrics survey (Emily)
u = dt("2025-10-01 16:20:11")
cm = """AWS Certification wants to hear from you

Dear Emily Carter,

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification journey and how you use AWS Certification in your role.

Candidate ID: AWS04718236

Start the survey: https://www.certmetrics.com/amazon/survey/start?x=%s

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.""" % rhex(16)
add("emily-certmetrics", u, L("unrelated", None, ["AWS04718236"], False, "en"), "gmail",
    other_res(u, "certmetrics.com", pol="p=NONE sp=NONE dis=NONE"), ("AWS Certification", "do-not-reply@certmetrics.com"), EMILY,
    "AWS Certification wants to hear from you", multi("alternative", leaf(cm), leaf(html_wrap(p2html(cm)), "html")),
    dkims=[("certmetrics.com", "pm")], msgid="<%s@certmetrics.com>" % uuid.UUID(int=RNG.getrandbits(128)))

# Pearson VUE appointment in Japanese (Tanaka)
u = dt("2025-07-03 02:18:45")
pv = """田中 健太 様

ピアソンVUEをご利用いただきありがとうございます。
以下の試験のご予約が完了しましたのでお知らせします。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
受験者 ID: AWS03390415
登録 ID: 4871%05d
日時: 2025年7月19日(土) 10:00
会場: オンライン監督試験 (OnVUE)

試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
予約の変更・キャンセルは、試験開始の 24 時間前まで受け付けています。

ピアソンVUE""" % RNG.randint(10000, 99999)
add("tanaka-pearsonvue", u, L("unrelated", None, ["AWS03390415"], False, "ja"), "nifty",
    other_res(u, "pearson.com", pol=None), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), TANAKA,
    "ピアソンVUE 試験予約確認 - AWS Certified Solutions Architect - Professional", leaf(pv), subj_cs="utf-8",
    dkims=[("pearson.com", "selector1")], msgid="<%s@pearson.com>" % rhex(24))

# Credly's own account merge code (Priya)
u = dt("2026-01-22 18:03:29")
cr = """Hi Priya,

We received a request to merge another Credly account (priya.nair.dev@gmail.com) into this one.

Your verification code is: 582914

Enter this code on the Account Merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

The code expires in 30 minutes. If you didn't request this, you can ignore this email.

Credly, a Pearson company""" % rhex(32)
add("priya-credly", u, L("unrelated", None, [], True, "en"), "gmail", credly_res(u), ("Credly", "admin@credly.com"), PRIYA,
    "Your Credly account merge verification code", multi("alternative", leaf(cr), leaf(html_wrap(p2html(cr)), "html")),
    dkims=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")], msgid="<%s@geopod-ismtpd-%d>" % (rhex(22), RNG.randint(1, 40)))

# AWS T&C newsletter in Japanese (Misaki)
u = dt("2026-04-08 01:00:04")
nl = """AWS トレーニングと認定 ニュースレター 2026年4月号

■ 新しい認定試験のお知らせ
AWS Certified Generative AI Developer - Professional の日本語版が提供開始となりました。

■ 今月のおすすめ学習プラン
AWS Skill Builder で「Exam Prep Plan」シリーズが更新されました。

■ 認定者特典
AWS 認定者は次回の認定試験を 50% 割引で受験いただけます。特典は AWS Certification アカウントからご確認ください。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア"""
add("misaki-aws-newsletter", u, L("unrelated", None, [], True, "ja"), "gmail", ses_res(u, from_domain="amazon.com"),
    ("AWS トレーニングと認定", "aws-training-jp@amazon.com"), MISAKI,
    "【AWS トレーニングと認定】4月のお知らせ：新しい認定試験と学習プラン",
    multi("alternative", leaf(nl, cte="base64"), leaf(html_wrap(p2html(nl)), "html", cte="base64")), dkims=AMZ_DKIM,
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")] + SES_EXTRA())

# colleague mail in Japanese (Suzuki) with attachment
u = dt("2026-02-24 09:12:00", JST)
co = """鈴木さん

お疲れさまです。伊藤です。

先日話していた AWS 認定のアカウント統合、終わりましたか？
四半期の資格取得状況を人事に報告するので、統合後の認定番号（AWS から始まる番号）と取得済みの資格を、添付のシートに記入して金曜までに返送してもらえると助かります。

よろしくお願いします。

--
伊藤 聡
港ソフトウェア株式会社 クラウド推進部"""
co_id = "<%s.%s@minato-soft.jp>" % (rhex(16), RNG.randint(1000, 9999))
add("suzuki-colleague", u, L("unrelated", None, [], False, "ja"), "biglobe",
    other_res(u, "minato-soft.jp", pol=None), ("伊藤 聡", "s.ito@minato-soft.jp"), SUZUKI,
    "AWS認定の社内登録について（金曜締切）",
    multi("mixed", leaf(co, charset="iso-2022-jp", cte="7bit"), attachment("certification_2026Q1.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 900)),
    subj_cs="iso-2022-jp", dkims=[("minato-soft.jp", "default")], msgid=co_id, tz=JST,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- write

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda m: m["when"])
    labels = {}
    for i, m in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels[name] = m["labels"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), "mails written")

if __name__ == "__main__":
    main()
