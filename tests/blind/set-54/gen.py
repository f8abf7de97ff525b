#!/usr/bin/env python3
"""Generate blind set 54: four users' AWS Certification account-merge cases plus inbox noise.

Run:  python3 make_set.py      (writes NNN-slug.eml files and labels.json next to this script)
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import re
import string
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(54)
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
BST = dt.timezone(dt.timedelta(hours=1))
JST = dt.timezone(dt.timedelta(hours=9))

AWS_DOMAINS = {"amazon.com", "aws.amazon.com", "signin.aws", "amazonaws.com", "aws"}
CREDLY_DOMAINS = {"credly.com", "youracclaim.com"}

ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case_id(opened):
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


# ---------------------------------------------------------------- random tokens
def rb64(n):
    alphabet = string.ascii_letters + string.digits + "+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def rlow(n):
    return "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def wrap_b(s, width=70, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- senders
def prof_ses(from_dom="amazon.com", region="us-east-1"):
    ip_last = R.choice([31, 32, 48, 50, 61, 62, 74, 130, 152])
    net = R.choice(["54.240.8", "54.240.9", "54.240.48", "23.251.226"])
    ip = "%s.%d" % (net, ip_last)
    host = "a%s-%d.smtp-out.amazonses.com" % (net.split(".")[2], ip_last)
    return dict(kind="ses", from_dom=from_dom, ip=ip, host=host,
                dkim=[(from_dom, rlow(32)), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                region=region, policy="QUARANTINE")


def prof_generic(from_dom, host, ip, mailfrom, dkim_d=None, selector="s1", policy="NONE"):
    return dict(kind="generic", from_dom=from_dom, ip=ip, host=host, mailfrom=mailfrom,
                dkim=[(dkim_d or from_dom, selector)] if dkim_d is not False else [],
                policy=policy)


def prof_credly(rcpt):
    local, dom = rcpt.split("@")
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    return prof_generic("credly.com", "o%d.email.credly.com" % R.randint(1, 9), ip,
                        "bounces+%d-%s-%s=%s@em3711.credly.com" % (R.randint(1000000, 9999999), rhex(4), local, dom),
                        dkim_d="credly.com", selector="s1", policy="NONE")


def dkim_sig(d, s, when, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (s, d, int(when.timestamp()), h, rb64(43), wrap_b(rb64(342) + "==")))


# ---------------------------------------------------------------- receiving side
def trace(provider, prof, rcpt, when, verdict="pass", spf="pass", dkim="pass",
          forged_lower=None, arc=False):
    """Return list of (name, value) trace headers, top first, and the envelope sender."""
    if prof["kind"] == "ses":
        mailfrom = ses_id(when) + "@email.amazonses.com"
    else:
        mailfrom = prof["mailfrom"]
    mf_dom = mailfrom.split("@")[1]
    hdrs = []
    fd = prof["from_dom"]
    dk = prof["dkim"]
    if provider == "gmail":
        pst = when.month in (12, 1, 2) or (when.month == 11 and when.day >= 2) or (when.month == 3 and when.day < 8)
        loc = when.astimezone(dt.timezone(dt.timedelta(hours=-8)) if pst else PDT)
        stamp = format_datetime(loc) + (" (PST)" if pst else " (PDT)")
        parts = []
        for d, s in dk:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim if d == fd or dkim != "pass" else "pass", d, s, rb64(8)))
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, prof["ip"], mailfrom))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, prof["ip"], mailfrom))
        pol = prof.get("policy", "NONE")
        dis = "NONE" if verdict == "pass" else pol
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (verdict, pol, pol, dis, fd))
        ar = "mx.google.com;\n       " + ";\n       ".join(parts)
        gid = "%s-%ssi%d%s" % (rhex(13), rhex(11), R.randint(1000000, 9999999), rlow(4))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                     % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), rlow(15), stamp)))
        hdrs.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(80)))
        hdrs.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s"
                     % (rhex(4), rhex(3), rhex(4), rlow(16), stamp)))
        if arc:
            hdrs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                         % (int(when.timestamp()), wrap_b(rb64(280), 70, "        "))))
            hdrs.append(("ARC-Authentication-Results", "i=1; " + ar))
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                     % (prof["host"], prof["host"], prof["ip"], gid, R.randint(1, 400),
                        loc.strftime("%Y.%m.%d.%H.%M.%S"), rcpt, stamp)))
        hdrs.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
                     % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", prof["ip"], prof["ip"])))
        hdrs.append(("Authentication-Results", ar))
    elif provider == "o365":
        stamp = format_datetime(when.astimezone(UTC))
        n1 = "%s%sPR%02dMB%04d.eurprd%02d.prod.outlook.com" % (R.choice(["AM", "DB", "PA", "DU"]), R.choice(["8", "9", "0"]), R.randint(1, 9), R.randint(1000, 9999), R.randint(1, 9))
        n2 = "%sPEPF%08d.eurprd%02d.prod.outlook.com" % (R.choice(["AMS0", "DU2", "AM4"]), R.randint(100, 99999), R.randint(1, 9))
        hdrs.append(("Received", "from %s (2603:10a6:20b:%s::%d) by\n %s with HTTPS; %s" % (n1, rhex(3), R.randint(2, 20), n1[:9] + "%04d" % R.randint(1000, 9999) + n1[13:], stamp)))
        hdrs.append(("Received", "from %s (2603:10a6:20b:%s::%d) by %s\n (2603:10a6:20b:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9009.%d; %s"
                     % (n2, rhex(3), R.randint(2, 20), n1, rhex(3), R.randint(2, 20), R.randint(10, 30), stamp)))
        n3 = n2.split(".")[0] + ".mail.protection.outlook.com"
        hdrs.append(("Received", "from %s (2603:10a6:20b:%s::4) by\n %s (2603:10a6:20b:%s::9) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9009.%d via\n Frontend Transport; %s"
                     % (n3, rhex(3), n2, rhex(3), R.randint(10, 30), stamp)))
        if verdict == "pass":
            dpart = "dkim=pass (signature was verified)\n header.d=%s;" % dk[0][0]
            ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
                  % (spf, prof["ip"], mf_dom, dpart, fd))
        else:
            dpart = "dkim=none (message not signed)\n header.d=none;" if dkim == "none" else "dkim=fail (body hash did not verify)\n header.d=%s;" % (dk[0][0] if dk else "none")
            action = "quarantine" if prof.get("policy") in ("QUARANTINE", "REJECT") else "none"
            ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=fail reason=%s"
                  % (spf, prof["ip"], mf_dom, dpart, verdict, action, fd, "000" if verdict == "fail" else "001"))
        hdrs.append(("Authentication-Results", ar))
        hdrs.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                     % (spf.capitalize(), mf_dom, "designates" if spf == "pass" else "does not designate", prof["ip"], prof["ip"], prof["host"])))
        hdrs.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9009.%d via Frontend Transport; %s"
                     % (prof["host"], prof["ip"], n3, R.randint(1, 250), R.randint(1, 250), R.randint(10, 30), stamp)))
        hdrs.append(("Return-Path", mailfrom))
    elif provider == "nifty":
        loc = when.astimezone(JST)
        stamp = format_datetime(loc)
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Received", "from mta-snd%02d.nifty.com (mta-snd%02d.nifty.com [106.153.227.%d])\n\tby mbox-s%02d.nifty.com (Nifty Mailbox) with ESMTP id %s\n\tfor <%s>; %s"
                     % (R.randint(1, 9), R.randint(1, 9), R.randint(10, 90), R.randint(1, 40), rhex(12).upper(), rcpt, stamp)))
        parts = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
        for d, s in dk:
            parts.append("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.s=%s"
                         % (dkim if (d == fd or dkim != "pass") else "pass", d, d, s))
        if not dk:
            parts.append("dkim=none")
        parts.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (verdict, prof.get("policy", "none").lower(), "none" if verdict == "pass" else prof.get("policy", "none").lower(), fd))
        hdrs.append(("Authentication-Results", "mx.nifty.com;\n\t" + ";\n\t".join(parts)))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby mx%02d.nifty.com (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s"
                     % (prof["host"], prof["host"], prof["ip"], R.randint(1, 9), rb64(10).replace("+", "x").replace("/", "y"), rcpt, stamp)))
    elif provider == "postfix_noar":
        loc = when.astimezone(JST)
        stamp = format_datetime(loc) + " (JST)"
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("X-Original-To", rcpt))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.kurobe-systems.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                     % (rhex(10).upper(), rcpt, stamp)))
        hdrs.append(("X-Virus-Scanned", "amavisd-new at kurobe-systems.co.jp"))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby mail.kurobe-systems.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % (prof["host"], prof["host"], prof["ip"], rhex(10).upper(), rcpt, stamp)))
    else:
        raise ValueError(provider)
    if forged_lower:
        hdrs.append(("Authentication-Results", forged_lower))
    if prof["kind"] == "ses":
        hdrs.append(("X-SES-Outgoing", "%s-%s" % (when.strftime("%Y.%m.%d"), prof["ip"])))
        hdrs.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (prof["region"], rb64(44))))
    if dkim != "none":
        for d, s in dk:
            hdrs.append(("DKIM-Signature", dkim_sig(d, s, when)))
    return hdrs


def o365_internal(when):
    stamp = format_datetime(when.astimezone(UTC))
    box = "LO%dP%03dMB%04d.GBRP%03d.PROD.OUTLOOK.COM" % (R.randint(2, 4), R.randint(100, 300), R.randint(1000, 9999), R.randint(100, 300))
    box2 = "CWLP%03dMB%04d.GBRP%03d.PROD.OUTLOOK.COM" % (R.randint(100, 300), R.randint(1000, 9999), R.randint(100, 300))
    return [
        ("Received", "from %s (2603:10a6:600:%s::%d) by\n %s with HTTPS; %s" % (box2, rhex(3), R.randint(2, 20), box, stamp)),
        ("Received", "from %s ([fe80::%s:%s:%s:%s]) by\n %s ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9009.%d;\n %s"
         % (box2, rhex(4), rhex(4), rhex(4), rhex(4), box2, rhex(4), rhex(4), rhex(4), rhex(4), R.randint(10, 30), stamp)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthMechanism", "04"),
        ("X-MS-Exchange-Organization-AuthSource", box2),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]


# ---------------------------------------------------------------- bodies
def _encode(text, codec, cte):
    data = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, flowed=False):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if flowed:
        p.set_param("format", "flowed")
    p.set_payload(_encode(text, codec or charset, cte))
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts_):
    m = MIMEMultipart("alternative", boundary="%s" % ("0000000000" + rhex(18) if R.random() < 0.5 else "----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))))
    for p in parts_:
        del p["MIME-Version"]
        m.attach(p)
    return m


def to_html(text, title=None, style="aws"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [htmlmod.escape(l) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    body = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', body)
    if style == "aws":
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">\n%s\n</td></tr></table>\n</body></html>\n'
                % (htmlmod.escape(title or ""), body))
    return "<html><body>\n%s\n</body></html>\n" % body


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- assembling
MAILS = []


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject")


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    return formataddr((name, email_), charset=charset)


def emit(when, slug, body, *, frm, to, subject, trace_hdrs, msgid, label, new_text,
         subj_charset="utf-8", extra=None, in_reply_to=None, references=None, cc=None,
         date_tz=UTC, date_hdr=None):
    """body: a MIME object. label: dict with kind, case_id, sender_verified, language."""
    ct = list(body._headers)
    body._headers = []
    content = [("From", frm), ("To", to)]
    if cc:
        content.append(("Cc", cc))
    content.append(("Subject", hdr_text(subject, subj_charset)))
    content.append(("Date", date_hdr or format_datetime(when.astimezone(date_tz))))
    content.append(("Message-ID", msgid))
    if in_reply_to:
        content.append(("In-Reply-To", in_reply_to))
    if references:
        content.append(("References", references))
    for k, v in (extra or []):
        content.append((k, v))
    for k, v in content:
        body[k] = v
    mv = [h for h in ct if h[0].lower() == "mime-version"]
    rest = [h for h in ct if h[0].lower() != "mime-version"]
    for k, v in mv + rest:
        body._headers.append((k, v))
    raw = body.as_bytes(policy=compat32.clone(mangle_from_=False))
    raw = re.sub(rb"^(Message-ID|In-Reply-To): \n ", rb"\1: ", raw, flags=re.M)
    tr = "".join("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k for k, v in trace_hdrs).encode("ascii")
    lab = dict(label)
    lab["account_ids"] = ids_in(subject + "\n" + new_text)
    MAILS.append(dict(when=when, slug=slug, raw=tr + raw, label=lab))


# ================================================================ people
EMILY = "emily.carter.dev@gmail.com"
RAHUL = "rahul.menon@helixbridge.io"
KEN = "kenichi.sato@nifty.com"
DAN_W = "daniel.mori@kurobe-systems.co.jp"
DAN_G = "daniel.mori.tky@gmail.com"

FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_FROM = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def ses_mid(when):
    return "<%s@email.amazonses.com>" % ses_id(when)


def sg_mid():
    return "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("+", "-").replace("/", "_"), R.randint(1, 40))


def gmail_mid():
    return "<CA%s@mail.gmail.com>" % rb64(60).replace("/", "_").replace("+", "-")


CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

{sig}

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FORM_FOOTER = """
To help us serve you better, please keep [CASE {cid}] in the subject line when you reply.
"""


def credly_html(first, headline, badge, lead, button, extra="", recipient=""):
    badge_uuid = str(uuid.UUID(int=R.getrandbits(128)))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Credly</title>
<style type="text/css">body{{margin:0;padding:0}} .btn a{{background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold}}</style>
</head>
<body style="background-color:#f5f5f5;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f5f5f5"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="margin:24px 0;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://images.credly.com/email/credly-logo-2x.png" width="96" alt="Credly" /></td></tr>
<tr><td style="padding:24px 32px 8px 32px;"><h1 style="font-size:24px;color:#222;margin:0;">{headline}</h1></td></tr>
<tr><td style="padding:8px 32px;font-size:16px;color:#444;line-height:24px;">Hi {first},<br /><br />{lead}</td></tr>
<tr><td align="center" style="padding:16px 32px;"><img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="170" alt="{htmlmod.escape(badge)}" /><br />
<p style="font-size:18px;font-weight:bold;color:#222;margin:12px 0 0 0;">{htmlmod.escape(badge)}</p>
<p style="font-size:14px;color:#666;margin:4px 0 0 0;">Issued by Amazon Web Services Training and Certification</p></td></tr>
<tr><td align="center" class="btn" style="padding:20px 32px 28px 32px;"><a href="https://www.credly.com/earner/earned/badge/{badge_uuid}?key={rhex(32)}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">{button}</a></td></tr>
{extra}
<tr><td style="padding:16px 32px 24px 32px;font-size:12px;color:#888;line-height:18px;border-top:1px solid #eee;">
Credly's digital credentials are verified, shareable records of your skills. Share your badge on LinkedIn and elsewhere so employers can see what you can do.<br /><br />
This email was sent to {recipient}. <a href="https://www.credly.com/notification_preferences">Notification preferences</a> | <a href="https://www.credly.com/privacy">Privacy policy</a><br />
Credly, Inc. &middot; 2100 Riverchase Center, Suite 305 &middot; Birmingham, AL 35244</td></tr>
</table></td></tr></table>
<img src="https://u{R.randint(1000000, 9999999)}.ct.sendgrid.net/wf/open?upn={rb64(40).replace('/', '_').replace('+', '-')}" width="1" height="1" alt="" />
</body></html>
""", badge_uuid


# ================================================================ USER A: Emily Carter (Gmail, form case)
A_OPEN = T(2025, 5, 12, 16, 41, 9)
A = case_id(A_OPEN)
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_RE = "RE:[CASE %s] %s" % (A, A_SUBJ)


def g_amazon(when, rcpt=EMILY, arc=False, from_dom="amazon.com"):
    return trace("gmail", prof_ses(from_dom), rcpt, when, arc=arc)


# A1 acknowledgement
w = A_OPEN + dt.timedelta(seconds=28)
new = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that your request has been logged under case {A}.

A member of our Customer Support team will review the details you submitted and get back to you, typically within 24 hours. If you need to add anything in the meantime, reply to this e-mail and keep the case number in the subject line so your message is attached to the right request. Please do not submit another form for the same question, as this can delay our response.

Request summary
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
Name: Emily Carter
E-mail: {EMILY}
AWS candidate ID: AWS04418726
Description: I have two certification profiles, one from my old job (Brightlane Consulting) and this one. Please combine them so all my certs are in one place.

Kind regards,
AWS Training and Certification Customer Support
"""
emit(w, "aws-form-received", alt(part(new), part(to_html(new, "AWS Training and Certification"), "html")),
     frm=FORM, to=EMILY, subject="[CASE %s] %s" % (A, A_SUBJ), trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=A, sender_verified=True, language="en"), new_text=new)

# A2 wrong account found first
w = T(2025, 5, 13, 22, 18, 5)
a2 = f"""Hello Emily,

Thank you for contacting AWS Training and Certification.

I looked up the candidate ID from your form, AWS04418726, but that profile belongs to a different candidate (neither the name nor the e-mail address on it match yours), so I have not touched it.

Searching by your name and the address you wrote from, I can see AWS11873450, registered to {EMILY}. I also found a profile with a very similar number, AWS04481726, registered to e.carter@brightlane-consulting.com, which may be the older profile from your previous employer.

Could you please confirm:
1. Is AWS04481726 (e.carter@brightlane-consulting.com) the second profile you would like combined with your current one?
2. Which of the two should remain your active profile going forward?

Once I hear back from you I will outline the next steps.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
new = a2 + FORM_FOOTER.format(cid=A)
emit(w, "re-case-account-assistance", part(new, cte="quoted-printable"),
     frm=FORM, to=EMILY, subject=A_RE, trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=A, sender_verified=True, language="en"), new_text=new)

# A12 GitHub merged notification (unrelated)
w = T(2025, 5, 14, 15, 2, 44)
gh = prof_generic("github.com", "out-%d.smtp.github.com" % R.randint(20, 28), "192.30.252.%d" % R.randint(200, 210),
                  "noreply@github.com", dkim_d="github.com", selector="pf2023", policy="REJECT")
new = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub: https://github.com/brightlane-oss/portal-auth/pull/482#event-17650213394
You are receiving this because you authored the thread.
"""
htm = """<p></p>
<p>Merged <a href="https://github.com/brightlane-oss/portal-auth/pull/482" class="issue-link js-issue-link">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane-oss/portal-auth/pull/482#event-17650213394">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3XK2Q.gif" height="1" width="1" alt="" /></p>
"""
pr_id = "<brightlane-oss/portal-auth/pull/482@github.com>"
emit(w, "github-portal-auth-pr", alt(part(new), part(htm, "html")),
     frm=addr("Mark Olsen", "notifications@github.com"), to=addr("brightlane-oss/portal-auth", "portal-auth@noreply.github.com"),
     cc=addr("Emily Carter", EMILY) + ", " + addr("Author", "author@noreply.github.com"),
     subject="Re: [brightlane-oss/portal-auth] Merge duplicate user accounts on SSO login (PR #482)",
     trace_hdrs=trace("gmail", gh, EMILY, w), msgid="<brightlane-oss/portal-auth/pull/482/issue_event/17650213394@github.com>",
     in_reply_to=pr_id, references=pr_id,
     extra=[("X-GitHub-Reason", "author"), ("List-ID", "brightlane-oss/portal-auth <portal-auth.brightlane-oss.github.com>"),
            ("X-GitHub-Sender", "molsen")],
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)

# A3 confirmation request
w = T(2025, 5, 14, 18, 30, 51)
emily_r1 = """Hi Priya,

Sorry, I must have mistyped the number in the form! Yes, AWS04481726 with the brightlane address is mine, that's the profile from my old job. I'd like to keep AWS11873450 (my gmail) as the main one.

Thanks,
Emily"""
a3 = f"""Hello Emily,

Thanks for clarifying, that helps a lot.

Before I submit anything, please review the details below carefully. Combining two profiles is permanent: once it has been processed it cannot be reversed, and the records cannot be split back into two profiles afterwards.

Profile that will stay active (primary): AWS11873450 - {EMILY}
Profile to be folded into it (secondary): AWS04481726 - e.carter@brightlane-consulting.com

All certifications, exam history and benefits held on the secondary profile will be moved to the primary profile, and the secondary profile will then be closed. From then on you will sign in with {EMILY} only.

If everything above is accurate, simply reply to this message to let me know, and I will go ahead. If anything needs to change, tell me what and I will update the request.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
hist = ("On Tue, May 13, 2025 at 7:52 PM Emily Carter <%s> wrote:\n" % EMILY
        + quote(emily_r1 + "\n\nOn Tue, May 13, 2025 at 3:18 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(a2)))
new = a3 + FORM_FOOTER.format(cid=A)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n"),
     frm=FORM, to=EMILY, subject=A_RE, trace_hdrs=g_amazon(w, arc=True), msgid=ses_mid(w),
     label=dict(kind="merge_confirmation_requested", case_id=A, sender_verified=True, language="en"), new_text=new)

# A4 "thanks for confirming, will now proceed" -- UTF-8 bytes labelled iso-8859-1
w = T(2025, 5, 15, 17, 5, 12)
emily_r2 = "Hi Priya,\n\nThe details are correct. Please proceed with the merge.\n\nThank you!\nEmily"
a4 = """Hello Emily,

Thank you for confirming the details. I’ve now handed your request to our certification records team, who carry out the consolidation itself. This normally takes one to three business days, and I’ll write to you again here as soon as they let me know it’s finished.

In the meantime there’s nothing you need to do. Please don’t sign in to the old Brightlane profile or book exams with it while the work is in progress.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
hist = ("On Thu, May 15, 2025 at 8:03 AM Emily Carter <%s> wrote:\n" % EMILY
        + quote(emily_r2 + "\n\nOn Wed, May 14, 2025 at 11:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(a3)))
new = a4 + FORM_FOOTER.format(cid=A)
p = part(new + "\n" + hist + "\n", charset="iso-8859-1", codec="utf-8", cte="8bit")
emit(w, "re-case-account-assistance", p,
     frm=FORM, to=EMILY, subject=A_RE, trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=A, sender_verified=True, language="en"), new_text=new)

# A5 completion, confirmation request quoted below
w = T(2025, 5, 16, 21, 47, 30)
a5 = f"""Hello Emily,

Good news: our records team has finished the work on your profiles. Everything that used to be held under AWS04481726 (your certifications, your exam history and your 50% exam benefit) is now attached to AWS11873450, and the older profile has been retired, so it will no longer accept sign-ins.

Please sign in to your AWS Certification account with {EMILY} and check that everything looks right. Digital badges are issued through Credly and may take 24-48 hours to show up in the Credly account linked to {EMILY}.

As your request has been fulfilled, I'll mark this case as resolved. If anything looks wrong, just reply to this e-mail within 14 days and the case will reopen automatically.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
hist = ("On Thu, May 15, 2025 at 8:03 AM Emily Carter <%s> wrote:\n" % EMILY
        + quote(emily_r2 + "\n\nOn Wed, May 14, 2025 at 11:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(a3)))
new = a5 + FORM_FOOTER.format(cid=A)
htm = to_html(new) .replace("</td></tr></table>", '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + to_html(hist, style="plain").replace("<html><body>", "").replace("</body></html>", "") + "</blockquote></td></tr></table>")
emit(w, "re-case-account-assistance", alt(part(new + "\n" + hist + "\n"), part(htm, "html")),
     frm=FORM, to=EMILY, subject=A_RE, trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_completed", case_id=A, sender_verified=True, language="en"), new_text=new)

# A6 survey (HTML only, base64)
w = T(2025, 5, 16, 21, 52, 3)
new = f"""Your case {A} has been resolved

Hello Emily,

Thank you for contacting AWS Training and Certification Customer Support. We would like to hear about your recent experience so that we can keep improving.

Was your issue resolved?
YES: https://aws-tc-survey.amazon.com/r/{rlow(24)}?case={A}&a=1
NO: https://aws-tc-survey.amazon.com/r/{rlow(24)}?case={A}&a=0

How would you rate the support you received from Priya S.? It takes less than a minute.
Rate your experience: https://aws-tc-survey.amazon.com/s/{rlow(24)}?case={A}

This is an automated message. Replies to this address are not monitored.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
emit(w, "aws-tc-how-did-we-do", part(to_html(new, "How did we do?"), "html", cte="base64"),
     frm=NOREPLY, to=EMILY, subject="How did we do? Tell us about case %s" % A, trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=A, sender_verified=True, language="en"), new_text=new)

# A7 Credly badge issued
w = T(2025, 5, 17, 14, 10, 22)
htm, _ = credly_html("Emily", "You've earned a badge!", "AWS Certified Solutions Architect – Associate",
                     "Amazon Web Services Training and Certification has issued you a new digital badge. Accept it to add it to your Credly profile and share it with your network.",
                     "Accept your badge", recipient=EMILY)
emit(w, "credly-saa-badge", part(htm, "html"),
     frm=CREDLY_FROM, to=EMILY, subject="Emily, you've earned the AWS Certified Solutions Architect – Associate badge!",
     trace_hdrs=trace("gmail", prof_credly(EMILY), EMILY, w), msgid=sg_mid(),
     label=dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"),
     new_text=re.sub("<[^>]+>", " ", htm))

# A8 missing badge chased
w = T(2025, 5, 21, 16, 20, 40)
emily_r3 = """Hi Priya,

Everything looks good on the certification site now, thank you! One thing: I only got one badge from Credly (Solutions Architect Associate). My Developer Associate badge hasn't appeared in my Credly account. Is that still coming?

Emily"""
a8 = f"""Hello Emily,

Thanks for letting me know. I checked AWS11873450 and both certifications are listed there, Solutions Architect - Associate and Developer - Associate, but I can see that only one badge was re-issued in Credly. The Developer badge appears to still be sitting on the Credly account tied to your old Brightlane address.

I've asked our Credly partner team to move that badge across. When they're done, Credly will e-mail you at {EMILY} so you can accept it. This can take 3-5 business days. If nothing has arrived by May 30, please reply here and I'll follow up with them.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
hist = ("On Tue, May 20, 2025 at 6:12 PM Emily Carter <%s> wrote:\n" % EMILY
        + quote(emily_r3 + "\n\nOn Fri, May 16, 2025 at 2:47 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(a5)))
new = a8 + FORM_FOOTER.format(cid=A)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n", cte="base64"),
     frm=FORM, to=EMILY, subject=A_RE, trace_hdrs=g_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=A, sender_verified=True, language="en"), new_text=new)

# A11 CertMetrics "wants to hear from you" (unrelated)
w = T(2025, 5, 23, 13, 0, 7)
cm = prof_ses("certmetrics.com")
cm["dkim"] = [("certmetrics.com", "cm2023"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]
cm["policy"] = "NONE"
new = """AWS Certification wants to hear from you

Dear Emily Carter,

You recently took an AWS Certification exam. We are always looking for ways to improve the certification experience and would value a few minutes of your time.

Candidate ID: AWS11873450

Take the survey: https://www.certmetrics.com/amazon/survey/?id=8f3a1c0e77b24d9e

The survey closes on June 6, 2025. Your responses are anonymous and are used only to improve AWS Certification programs.

Thank you,
AWS Certification

This e-mail was sent from an unmonitored address. Please do not reply.
"""
emit(w, "certmetrics-wants-to-hear", alt(part(new, cte="7bit", charset="us-ascii"), part(to_html(new, "AWS Certification"), "html")),
     frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=EMILY, subject="AWS Certification wants to hear from you",
     trace_hdrs=trace("gmail", cm, EMILY, w), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)

# A9 Credly badge transferred (alternative parts differ)
w = T(2025, 5, 27, 19, 44, 18)
badge = "AWS Certified Developer – Associate"
htm, buid = credly_html("Emily", "A badge has been added to your account", badge,
                        "At the request of Amazon Web Services Training and Certification, the badge below has been transferred to this Credly account from another account that belonged to you. It is ready for you to accept.",
                        "Accept badge", recipient=EMILY)
txt = f"""Hi Emily,

A badge is waiting in your Credly account.

Accept it here: https://www.credly.com/earner/earned/badge/{buid}

Credly, Inc., 2100 Riverchase Center, Suite 305, Birmingham, AL 35244
"""
emit(w, "credly-badge-ready", alt(part(txt), part(htm, "html")),
     frm=CREDLY_FROM, to=EMILY, subject="Your badge from Amazon Web Services Training and Certification is ready",
     trace_hdrs=trace("gmail", prof_credly(EMILY), EMILY, w, arc=True), msgid=sg_mid(),
     label=dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"),
     new_text=txt + re.sub("<[^>]+>", " ", htm))

# A10 Credly expiry reminder (unrelated)
w = T(2025, 6, 3, 10, 0, 51)
htm, _ = credly_html("Emily", "Your badge expires soon", "AWS Certified Cloud Practitioner",
                     "Your AWS Certified Cloud Practitioner badge expires on September 1, 2025. To keep your credential active, recertify before the expiration date. Once a badge expires it will be marked as expired on your Credly profile.",
                     "View recertification options", recipient=EMILY)
emit(w, "credly-expiry-reminder", part(htm, "html", cte="base64"),
     frm=CREDLY_FROM, to=EMILY, subject="Reminder: your AWS Certified Cloud Practitioner badge expires in 90 days",
     trace_hdrs=trace("gmail", prof_credly(EMILY), EMILY, w), msgid=sg_mid(),
     label=dict(kind="unrelated", case_id=None, sender_verified=True, language="en"),
     new_text=re.sub("<[^>]+>", " ", htm))

# A13 Pearson VUE appointment (unrelated)
w = T(2025, 6, 10, 20, 15, 33)
pv = prof_generic("pearson.com", "mx0b-0031ae01.pphosted.com", "148.163.%d.%d" % (R.randint(130, 159), R.randint(2, 250)),
                  "pearsonvuecustomerservice@pearson.com", dkim_d="pearson.com", selector="pearson2048", policy="REJECT")
new = """Dear Emily Carter,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SCS-C02: AWS Certified Security - Specialty
Language: English
Date and time: Saturday, July 12, 2025 at 9:00 AM Pacific Daylight Time
Delivery: OnVUE online proctored
Registration ID: 483920176
Candidate ID: AWS11873450
Order number: 0071-4438-2210

Please check in 30 minutes before your appointment. Make sure you have run the system test on the computer you will use for the exam, and have your government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
emit(w, "pearson-vue-appointment", alt(part(new), part(to_html(new, "Pearson VUE"), "html")),
     frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=EMILY,
     subject="Pearson VUE Confirmation of Booking - AWS Certified Security - Specialty",
     trace_hdrs=trace("gmail", pv, EMILY, w), msgid="<%s.JavaMail.vue@prdvueapp%02d>" % (rhex(20), R.randint(1, 12)),
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)


# ================================================================ USER B: Rahul Menon (Office 365, console cases)
B_OPEN = T(2025, 8, 4, 13, 2, 14)
B = case_id(B_OPEN)
B2_OPEN = T(2025, 8, 4, 13, 27, 50)
B2 = case_id(B2_OPEN)
B_SUBJ = "Request to combine two AWS Certification candidate profiles"
B2_SUBJ = "Merge certification accounts AWS20957731 + AWS13340892"


def o_amazon(when, verdict="pass"):
    return trace("o365", prof_ses(), RAHUL, when, verdict=verdict)


def console_opened(cid, subj, corr):
    return f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {subj}
Severity: General guidance
Correspondence: {corr}

We'll respond to you as soon as possible. To see the latest updates to your case, or to reply, please visit the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Sincerely,
Amazon Web Services
"""


# B1 case opened
w = B_OPEN + dt.timedelta(seconds=27)
new = console_opened(B, B_SUBJ, "Hi, I have two AWS Certification accounts: AWS20957731 (work e-mail) and AWS13340892 (created with my university address years ago). I would like to have everything on one account. Please let me know what you need from me. Thanks, Rahul")
emit(w, "aws-support-new-case", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: You have opened a new Support case: %s" % B,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=B, sender_verified=True, language="en"), new_text=new)

# B2 duplicate case opened by mistake
w = B2_OPEN + dt.timedelta(seconds=22)
new = console_opened(B2, B2_SUBJ, "Opening this again because I'm not sure the first one went through - the page timed out after I pressed Submit. Same request: please merge my two AWS Certification accounts, AWS20957731 and AWS13340892.")
emit(w, "aws-support-new-case", alt(part(new, cte="base64"), part(to_html(new, "Amazon Web Services"), "html", cte="base64")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: You have opened a new Support case: %s" % B2,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=B2, sender_verified=True, language="en"), new_text=new)

# B3 agent on the duplicate: continue on the first case
w = T(2025, 8, 5, 9, 10, 33)
new = f"""Hello Rahul,

Thank you for reaching out.

I can see that this request is the same as the one you raised a few minutes earlier under case {B}, which is already in our queue and assigned to an engineer. To make sure two people are not working on the same account changes in parallel, I will resolve this duplicate, and all further communication will take place on case {B}. There is no need to resubmit anything or to repeat the details there.

""" + CONSOLE_FOOTER.format(sig="Best regards,\nMarco D.\nAmazon Web Services", cid=B2)
emit(w, "re-case-merge-cert-accounts", part(new),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B2, B2_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B2, sender_verified=True, language="en"), new_text=new)

# B4 duplicate resolved + survey
w = T(2025, 8, 5, 9, 10, 58)
new = f"""Your support case has been resolved

Dear AWS customer,

Your support case {B2} has been resolved. If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Case ID: {B2}
Subject: {B2_SUBJ}

How did we do?
Your feedback helps us improve. Please tell us whether we resolved your issue:

Yes, my issue was resolved: https://console.aws.amazon.com/support/feedback?displayId={B2}&resolved=yes
No, my issue was not resolved: https://console.aws.amazon.com/support/feedback?displayId={B2}&resolved=no

Sincerely,
Amazon Web Services
"""
emit(w, "aws-support-case-resolved", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: Your Support case %s has been resolved" % B2,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=B2, sender_verified=True, language="en"), new_text=new)

# B5 new correspondence notice
w = T(2025, 8, 5, 10, 40, 2)
new = f"""Hello,

New correspondence has been added to your AWS Support case.

Case ID: {B}
Subject: {B_SUBJ}

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
emit(w, "aws-support-new-correspondence", part(new, charset="us-ascii", cte="7bit"),
     frm=NOREPLY, to=RAHUL, subject="[Case %s] New correspondence added" % B,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B, sender_verified=True, language="en"), new_text=new)

# B6 first agent asks for information (HTML only)
w = T(2025, 8, 5, 10, 40, 3)
new = f"""Hello Rahul,

Thank you for contacting AWS Training and Certification.

I can see the profile AWS20957731, registered with {RAHUL}. For the second ID you mentioned, the name on the profile under that number does not exactly match yours (it shows "R. Menon" and a different country), so I need to verify ownership before anything can be changed.

Could you please reply with:
- the e-mail address you used to sign in to the second profile, and its notification e-mail if different;
- which of the two IDs you would like to keep as your primary account;
- the reason for the request (for example a change of employer or e-mail address).

""" + CONSOLE_FOOTER.format(sig="Best regards,\nMarco D.\nAmazon Web Services", cid=B)
emit(w, "re-case-combine-profiles", part(to_html(new, "Amazon Web Services"), "html"),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B, B_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B, sender_verified=True, language="en"), new_text=new)

# B7 new agent, confirmation request (base64)
w = T(2025, 8, 7, 15, 22, 9)
new = f"""Hello Rahul,

My name is Hannah and I'll be looking after your case from here, as my colleague Marco is out of the office this week. Thank you for the details you sent; with the university address you provided I was able to verify the second profile.

Here is what we will do. Please read it carefully:

  Account to keep:    AWS20957731  ({RAHUL})
  Account to retire:  aws-13340892 (rmenon7@alumni.kestrel.ac.uk)

The certifications and exam history from aws-13340892 will be moved onto AWS20957731, and aws-13340892 will then be deactivated. This is a one-way change: once processed it cannot be undone, and we are not able to separate the records again afterwards.

Please reply in the Support Center to let me know that the above is correct and that you would like us to go ahead. I won't make any change until I hear from you.

""" + CONSOLE_FOOTER.format(sig="Best regards,\nHannah K.\nAmazon Web Services", cid=B)
emit(w, "re-case-combine-profiles", part(new, cte="base64"),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B, B_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_confirmation_requested", case_id=B, sender_verified=True, language="en"), new_text=new)

# B8 completion + resolved
w = T(2025, 8, 8, 18, 5, 44)
new = f"""Hello Rahul,

Thanks for confirming on the case.

The two profiles have now been consolidated: AWS20957731 is your single AWS Certification account and holds the certifications previously recorded under AWS13340892. The retired ID can no longer be used to sign in or to schedule exams.

Your Credly badges will be re-issued to the e-mail address on AWS20957731 over the next day or two; you will receive an e-mail from Credly for each one.

As this completes your request, I am setting this case to resolved.

""" + CONSOLE_FOOTER.format(sig="Best regards,\nHannah K.\nAmazon Web Services", cid=B)
emit(w, "re-case-combine-profiles", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B, B_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_completed", case_id=B, sender_verified=True, language="en"), new_text=new)

# B9/B10 Credly badges
for i, (badge, subj, when_, cte) in enumerate([
        ("AWS Certified Data Engineer – Associate", "Rahul, you have been issued a badge by Amazon Web Services Training and Certification", T(2025, 8, 9, 6, 12, 40), "quoted-printable"),
        ("AWS Certified Machine Learning – Specialty", "Accept your AWS Certified Machine Learning – Specialty badge", T(2025, 8, 9, 6, 13, 2), "base64")]):
    htm, _ = credly_html("Rahul", "Congratulations, Rahul!", badge,
                         "Amazon Web Services Training and Certification has issued you the badge below. Claim it to display it on your Credly profile, add it to LinkedIn, or include it in your e-mail signature.",
                         "Accept your badge", recipient=RAHUL)
    emit(when_, "credly-badge", part(htm, "html", cte=cte),
         frm=CREDLY_FROM, to=RAHUL, subject=subj,
         trace_hdrs=trace("o365", prof_credly(RAHUL), RAHUL, when_), msgid=sg_mid(),
         label=dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"),
         new_text=re.sub("<[^>]+>", " ", htm))

# B17 colleague, internal, no Authentication-Results, Outlook quote blocks
w = T(2025, 8, 11, 14, 30, 12)
jenna = addr("Jenna Park", "jenna.park@helixbridge.io")
new = """Thanks Rahul, that's really helpful.

I've updated the partner tracker so your entry now points at AWS20957731. One thing though - the Partner Central certification report still lists AWS13340892 against your name as well. Is that the retired one? If so I'll raise it with the partner team so they drop it; no need for you to chase AWS again.

Jenna

Jenna Park | Partner Operations
HelixBridge Ltd
"""
hist = """________________________________
From: Rahul Menon <rahul.menon@helixbridge.io>
Sent: Monday, August 11, 2025 9:14 AM
To: Jenna Park <jenna.park@helixbridge.io>
Subject: RE: APN tier renewal - certification IDs

Hi Jenna,

AWS finished combining my two certification accounts on Friday, so please use AWS20957731 from now on; the other ID was folded into it and no longer works. They confirmed the change was final and my badges have already been re-issued.

Rahul

________________________________
From: Jenna Park <jenna.park@helixbridge.io>
Sent: Thursday, August 7, 2025 4:52 PM
To: Data Platform Team <dataplatform@helixbridge.io>
Subject: APN tier renewal - certification IDs

Hi all,

For the Advanced tier renewal I need each person's AWS Certification ID (the one starting with AWS followed by eight digits) and the certifications held. Please reply by Tuesday.

Rahul - I have two IDs on file for you: AWS20957731 and AWS13340892. Which one is current?

Thanks,
Jenna
"""
hdrs = o365_internal(w)
emit(w, "re-apn-tier-cert-ids", alt(part(new + "\n" + hist), part(to_html(new + "\n" + hist, style="plain"), "html")),
     frm=jenna, to=addr("Rahul Menon", RAHUL), subject="RE: APN tier renewal - certification IDs",
     trace_hdrs=hdrs, msgid="<%s@%s.GBRP265.PROD.OUTLOOK.COM>" % ("LO2P265MB" + str(R.randint(1000, 9999)) + rhex(20).upper(), "LO2P265MB4471"),
     in_reply_to="<LO2P265MB44715E2B%s@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>" % rhex(12).upper(),
     references="<LO2P265MB4471A0%s@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM> <LO2P265MB44715E2B%s@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>" % (rhex(12).upper(), rhex(12).upper()),
     extra=[("Thread-Topic", "APN tier renewal - certification IDs"), ("Thread-Index", "AQHcB" + rb64(30)),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")],
     date_tz=BST,
     label=dict(kind="unrelated", case_id=None, sender_verified=None, language="en"), new_text=new)

# B11 case reopened
w = T(2025, 8, 12, 8, 14, 51)
new = f"""Dear AWS customer,

You have reopened case {B}. An AWS Support engineer will review your correspondence and respond as soon as possible.

Case ID: {B}
Subject: {B_SUBJ}
Correspondence: Hi, the certifications all show up under AWS20957731 now, but the 50% exam discount that I had on the retired profile is not listed under Benefits. Can you check whether it carried over? Thanks, Rahul

To see the latest updates to your case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
"""
emit(w, "aws-support-case-reopened", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: Support case %s has been reopened" % B,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B, sender_verified=True, language="en"), new_text=new)

# B12 third agent, voucher explanation
w = T(2025, 8, 13, 11, 30, 27)
new = f"""Hello Rahul,

I'm Olumide and I'm picking this up as Hannah is on a different shift this week.

Benefits such as the 50% exam discount are re-linked to the surviving profile by an overnight job, separately from the certifications themselves, which is why you could see your certifications before the benefit. I've checked the back end and the discount is now queued against AWS20957731; it should appear under Benefits in your Certification account within 24 hours and will keep its original expiry date.

If you still can't see it after 48 hours, please reply here with a screenshot of the Benefits page and I'll escalate it.

""" + CONSOLE_FOOTER.format(sig="Best regards,\nOlumide A.\nAmazon Web Services", cid=B)
emit(w, "re-case-combine-profiles", part(new),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B, B_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B, sender_verified=True, language="en"), new_text=new)

# B19 phishing "accounts merged" from a look-alike domain (dmarc pass for its own domain)
w = T(2025, 8, 14, 3, 11, 40)
ph = prof_generic("aws-certification-support.com", "mail.aws-certification-support.com", "185.231.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "bounce@aws-certification-support.com", dkim_d="aws-certification-support.com", selector="default", policy="NONE")
new = """Dear Candidate,

Your AWS Certification accounts have been successfully merged. All certifications from your secondary profile now appear on your primary profile.

To keep your digital badges and exam benefits active, you must re-verify your identity within 48 hours. Accounts that are not verified will have their badges revoked.

Verify now: https://aws-certification-support.com/verify?session=7f2c9e

AWS Training & Certification Team
(c) 2025 Amazon Web Services
"""
emit(w, "aws-certification-accounts-merged", part(to_html(new, "AWS Training and Certification"), "html"),
     frm=addr("AWS Training & Certification", "no-reply@aws-certification-support.com"), to=RAHUL,
     subject="Your AWS Certification accounts were merged - action required",
     trace_hdrs=trace("o365", ph, RAHUL, w, verdict="pass"), msgid="<%s@aws-certification-support.com>" % rhex(24),
     label=dict(kind="merge_completed", case_id=None, sender_verified=False, language="en"), new_text=new)

# B13 follow-up: still need help?
w = T(2025, 8, 15, 12, 0, 16)
new = f"""Hello Rahul,

I'm following up on case {B}. Could you let us know whether the 50% exam discount is now showing under Benefits on your Certification account?

If you need anything else, just reply in the Support Center. If we don't hear back from you, this case will be closed automatically in 5 days.

""" + CONSOLE_FOOTER.format(sig="Best regards,\nOlumide A.\nAmazon Web Services", cid=B)
emit(w, "re-case-combine-profiles", part(new, cte="quoted-printable"),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] %s" % (B, B_SUBJ), trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=B, sender_verified=True, language="en"), new_text=new)

# B18 phishing not about the merge (unrelated)
w = T(2025, 8, 19, 6, 48, 3)
ph2 = prof_generic("amazon.com", "vps-%d.hostkey-srv.net" % R.randint(1000, 9999), "45.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                   "info@billing-aws-notice.com", dkim_d=False, policy="QUARANTINE")
new = """Dear AWS Customer,

We were unable to process the payment for your AWS account. Your services will be suspended within 24 hours unless you update your billing information.

Update payment method: https://billing-aws-notice.com/console/billing/update

Regards,
AWS Billing Department
"""
emit(w, "aws-billing-suspension-notice", alt(part(new, charset="us-ascii", cte="7bit"), part(to_html(new, "AWS"), "html")),
     frm=addr("AWS Billing", "billing@amazon.com"), to=RAHUL,
     subject="[Action Required] Your AWS account will be suspended",
     trace_hdrs=trace("o365", ph2, RAHUL, w, verdict="fail", spf="fail", dkim="none"),
     msgid="<%s@vps-host.local>" % rhex(20),
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)

# B14 resolved for lack of response, with survey
w = T(2025, 8, 20, 12, 5, 31)
new = f"""Dear AWS customer,

We haven't heard back from you, so your support case {B} has been resolved. If you still need help with this issue, you can reopen the case within 14 days from the AWS Support Center.

Case ID: {B}
Subject: {B_SUBJ}

Please take a moment to rate your experience:
Was your issue resolved? Yes: https://console.aws.amazon.com/support/feedback?displayId={B}&resolved=yes | No: https://console.aws.amazon.com/support/feedback?displayId={B}&resolved=no

Sincerely,
Amazon Web Services
"""
emit(w, "aws-support-case-resolved", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: Your Support case %s has been resolved" % B,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=B, sender_verified=True, language="en"), new_text=new)

# B15 EC2 quota case opened (unrelated)
E_OPEN = T(2025, 8, 21, 9, 40, 2)
E = case_id(E_OPEN)
w = E_OPEN + dt.timedelta(seconds=31)
new = console_opened(E, "Service Quota increase: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, eu-west-1",
                     "Service: EC2 Instances. Region: Europe (Ireland). Quota: Running On-Demand Standard instances. New limit value: 256 vCPUs. Use case: Spark cluster for nightly batch jobs.")
emit(w, "aws-support-new-case", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="Amazon Web Services: You have opened a new Support case: %s" % E,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=E, sender_verified=True, language="en"), new_text=new)

# B16 billing case reply (unrelated)
F_OPEN = T(2025, 8, 22, 16, 3, 55)
F = case_id(F_OPEN)
w = T(2025, 8, 26, 10, 17, 45)
new = f"""Hello Rahul,

Thank you for your patience while I looked into the NAT Gateway charges on your July invoice.

The charges came from two NAT Gateways in eu-west-1 in the linked account 4821-9930-1176 that were processing traffic to S3 from private subnets. Because your organization uses consolidated billing, these appear on the management account's invoice. Adding a gateway endpoint for S3 to those VPCs would route that traffic privately and avoid the data processing charge.

As the charges were correctly applied, I'm not able to offer a refund in this case, but I've included a link to the cost optimization guidance below.

https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html

""" + CONSOLE_FOOTER.format(sig="Best regards,\nSofia L.\nAmazon Web Services", cid=F)
emit(w, "re-case-nat-gateway-charges", alt(part(new), part(to_html(new, "Amazon Web Services"), "html")),
     frm=NOREPLY, to=RAHUL, subject="RE:[CASE %s] Unexpected NAT Gateway charges on July invoice" % F,
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=F, sender_verified=True, language="en"), new_text=new)

# B20 APN newsletter (unrelated)
w = T(2025, 8, 28, 16, 0, 4)
new = """AWS Partner Network | Partner Update, August 2025

Hello Rahul,

What's new for partners this month:

- Partner Central and AWS Marketplace: link your accounts to manage opportunities, listings and private offers in one place.
- Certification requirements for the Advanced and Premier tiers are now checked automatically against the AWS Certification IDs of your team. Make sure each person's certifications are associated with your organization in Partner Central.
- Register for AWS re:Invent 2025 partner sessions.

Read the full update: https://aws.amazon.com/partners/newsletter/2025-08/

You are receiving this e-mail because you are a registered user of AWS Partner Central.
Unsubscribe: https://pages.awscloud.com/unsubscribe.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
emit(w, "apn-partner-update-august", alt(part(new), part(to_html(new, "AWS Partner Network"), "html", cte="base64")),
     frm=addr("AWS Partner Network", "aws-partner-network@amazon.com"), to=RAHUL,
     subject="Partner Update: Partner Central + Marketplace linking, tier requirements and more",
     trace_hdrs=o_amazon(w), msgid=ses_mid(w),
     extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % rhex(16))],
     label=dict(kind="unrelated", case_id=None, sender_verified=True, language="en"), new_text=new)


# ================================================================ USER C: 佐藤 健一 (nifty, Japanese form case)
C_OPEN = T(2025, 10, 20, 1, 15, 10)
C = case_id(C_OPEN)
C_RE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C
FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"


def n_amazon(when, from_dom="amazon.com"):
    return trace("nifty", prof_ses(from_dom, region="ap-northeast-1"), KEN, when)


# C10 Builder ID verification code (unrelated), just before the form
w = T(2025, 10, 20, 1, 5, 47)
sp = prof_ses("signin.aws", region="us-east-1")
new = """AWS Builder ID

確認コード

AWS Builder ID のサインインを完了するには、次の確認コードを入力してください。

583204

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。他の人があなたのメールアドレスを誤って入力した可能性があります。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
emit(w, "signin-aws-verification-code", alt(part(new, cte="base64"), part(to_html(new, "AWS Builder ID"), "html", cte="base64")),
     frm=addr("AWS", "no-reply@signin.aws"), to=KEN, subject="AWS Builder ID の確認コード",
     trace_hdrs=n_amazon(w, "signin.aws"), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=None, sender_verified=True, language="ja"), new_text=new)

# C1 acknowledgement (ISO-2022-JP, Japanese subject)
w = C_OPEN + dt.timedelta(seconds=23)
new = f"""佐藤 健一 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
新しいケースを作成しました。ケース番号: {C}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに、このメールへご返信ください。
同じ内容でフォームを再度送信されますと、対応が遅れる場合がございますのでご注意ください。

お問い合わせ内容
  お問い合わせの種類: 認定
  詳細: アカウントの統合
  お名前: 佐藤 健一
  メールアドレス: {KEN}
  候補者 ID: AWS05583120
  内容: AWS 認定のアカウントが 2 つあります。今使っている個人のメールのもの(上記 ID)と、前の会社のメールで作ったものです。1 つにまとめたいです。

AWS トレーニングと認定 カスタマーサポート
"""
emit(w, "aws-form-uketsuke", part(new, charset="iso-2022-jp", cte="7bit"),
     frm=FORM, to=KEN, subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % C,
     subj_charset="iso-2022-jp", trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C2 agent asks for information
w = T(2025, 10, 21, 6, 30, 14)
c2 = f"""佐藤 健一 様

AWS トレーニングと認定 カスタマーサポートの山本です。
お問い合わせいただきありがとうございます。

ご連絡いただいた AWS 05583120 のアカウントは確認できましたが、もう一方のアカウントを特定するため、以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントのログイン用メールアドレス(分かれば候補者 ID も)
2. 統合後に残したいアカウント(どちらをメインにされるか)
3. 各アカウントの通知先メールアドレス(ログイン用と異なる場合)

いただいた情報をもとに、手続きについてご案内いたします。

よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
new = c2 + FORM_FOOTER.format(cid=C)
emit(w, "re-case-account-assistance", part(new, charset="iso-2022-jp", cte="7bit"),
     frm=FORM, to=KEN, subject=C_RE, trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C3 confirmation request (Shift_JIS, base64), Japanese quote header
w = T(2025, 10, 23, 2, 5, 38)
ken_r1 = """山本様

ご連絡ありがとうございます。
もう一方のアカウントは前の会社のメール k.sato@tsubame-works.co.jp で登録していました。ID は AWS30716648 だと思います。
残したいのは今の個人のアカウント(AWS05583120)です。
通知先もそれぞれログイン用と同じです。

よろしくお願いします。
佐藤"""
c3 = f"""佐藤 健一 様

山本です。ご返信いただきありがとうございます。
いただいたメールアドレスで、もう一方のアカウントも確認できました。

以下の内容で手続きを進めてよろしいか、ご確認をお願いいたします。

■ 残すアカウント(統合先)
  候補者 ID: AWS05583120
  メールアドレス: {KEN}

■ 統合されるアカウント(統合元)
  候補者 ID: AWS 30716648
  メールアドレス: k.sato@tsubame-works.co.jp

統合元アカウントの認定資格・受験履歴・特典は統合先アカウントへ移り、統合元アカウントはご利用いただけなくなります。
なお、この作業は一度実施すると元に戻すことができませんので、ご注意ください。

上記の内容でよろしければ、このメールにそのままご返信ください。ご返信を確認してから作業を開始いたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
hist = ("2025年10月22日(水) 21:14 佐藤 健一 <%s>:\n" % KEN
        + quote(ken_r1 + "\n\n2025年10月21日(火) 15:30 Amazon Web Services <%s>:\n" % FORM_ADDR + quote(c2)))
new = c3 + FORM_FOOTER.format(cid=C)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n", charset="Shift_JIS", codec="shift_jis", cte="base64"),
     frm=FORM, to=KEN, subject=C_RE, trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_confirmation_requested", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C4 thanks for confirming, work starts (UTF-8 base64)
w = T(2025, 10, 24, 0, 40, 2)
ken_r2 = "山本様\n\n内容に間違いありません。統合を進めてください。\nよろしくお願いいたします。\n\n佐藤"
c4 = """佐藤 健一 様

ご確認のご返信をいただき、ありがとうございます。
承知いたしました。これより担当部署にて作業を開始いたします。

作業には通常 2〜3 営業日ほどかかります。終わり次第、改めてこのケースでご連絡いたしますので、それまでは統合元のアカウントでのサインインや試験のご予約はお控えください。

山本
AWS トレーニングと認定 カスタマーサポート
"""
hist = ("2025年10月23日(木) 22:48 佐藤 健一 <%s>:\n" % KEN
        + quote(ken_r2 + "\n\n2025年10月23日(木) 11:05 Amazon Web Services <%s>:\n" % FORM_ADDR + quote(c3)))
new = c4 + FORM_FOOTER.format(cid=C)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n", cte="base64"),
     frm=FORM, to=KEN, subject=C_RE, trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C5 completed (ISO-2022-JP), nested quotes
w = T(2025, 10, 27, 5, 10, 26)
c5 = f"""佐藤 健一 様

お待たせいたしました。山本です。

AWS30716648 に登録されていた認定資格・受験履歴・特典を、AWS05583120 へ移行いたしました。
AWS30716648 は無効化済みのため、今後は {KEN} でサインインしてください。

Credly のデジタルバッジは、1〜2 日以内に AWS05583120 に登録されているメールアドレス宛てに再発行されます。

ほかにご不明な点がございましたら、本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート
"""
hist = ("2025年10月23日(木) 22:48 佐藤 健一 <%s>:\n" % KEN
        + quote(ken_r2 + "\n\n2025年10月23日(木) 11:05 Amazon Web Services <%s>:\n" % FORM_ADDR + quote(c3)))
new = c5 + FORM_FOOTER.format(cid=C)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n", charset="iso-2022-jp", cte="7bit"),
     frm=FORM, to=KEN, subject=C_RE, trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_completed", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C6 survey (アンケート)
w = T(2025, 10, 27, 5, 12, 9)
new = f"""佐藤 健一 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせのケース {C} は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします(所要時間は約 1 分です)。

問題は解決しましたか?
はい: https://aws-tc-survey.amazon.com/r/{rlow(24)}?case={C}&a=1
いいえ: https://aws-tc-survey.amazon.com/r/{rlow(24)}?case={C}&a=0

担当者の対応を 5 段階で評価してください:
https://aws-tc-survey.amazon.com/s/{rlow(24)}?case={C}&lang=ja

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
emit(w, "aws-tc-anketo", alt(part(new), part(to_html(new, "アンケートのお願い"), "html")),
     frm=NOREPLY, to=KEN, subject="AWS トレーニングと認定 カスタマーサポートに関するアンケートのお願い(ケース %s)" % C,
     subj_charset="utf-8", trace_hdrs=n_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=C, sender_verified=True, language="ja"), new_text=new)

# C7/C8 Credly badges (English)
for badge, subj, when_, cte in [
        ("AWS Certified Solutions Architect – Professional", "Kenichi, you've earned the AWS Certified Solutions Architect – Professional badge", T(2025, 10, 28, 8, 0, 12), "quoted-printable"),
        ("AWS Certified Cloud Practitioner", "Amazon Web Services Training and Certification sent you a badge", T(2025, 10, 28, 8, 1, 3), "base64")]:
    htm, _ = credly_html("Kenichi", "Your new badge is ready", badge,
                         "Amazon Web Services Training and Certification has issued you a badge. Accept it to add it to your Credly profile.",
                         "Accept your badge", recipient=KEN)
    emit(when_, "credly-badge", part(htm, "html", cte=cte),
         frm=CREDLY_FROM, to=KEN, subject=subj, trace_hdrs=trace("nifty", prof_credly(KEN), KEN, when_), msgid=sg_mid(),
         label=dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"),
         new_text=re.sub("<[^>]+>", " ", htm))

# C11 friend's mail: CP932 bytes labelled Shift_JIS (wrong label), look-alike wording, quoted
w = T(2025, 10, 29, 20, 40, 55, JST)
fr = prof_generic("so-net.ne.jp", "mail%02d.so-net.ne.jp" % R.randint(1, 30), "202.238.84.%d" % R.randint(2, 250), "misaki-t@so-net.ne.jp",
                  dkim_d="so-net.ne.jp", selector="sonet2023", policy="NONE")
new = """健一さん

統合うまくいったんですね、よかった!
実は私も前の会社で作ったアカウントが残っていて、AWS14492087 と AWS39910526 の 2 つあるんです。
① 問い合わせフォームの種類
② 残すアカウントの決め方
③ どのくらい日数がかかったか
あたりを今度の勉強会のときに教えてもらえますか?11/8(土)～ですよね。

美咲
"""
hist = """2025年10月28日(火) 19:02 佐藤 健一 <kenichi.sato@nifty.com>:
> 美咲さん
>
> 例の AWS 認定アカウントの件、昨日サポートから連絡があって統合が終わりました。
> 前の会社の ID の資格も全部こっちに移ってて、Credly のバッジも今日届きました。
> 思ったより簡単でした。
>
> 健一
"""
p = part(new + "\n" + hist, charset="Shift_JIS", codec="cp932", cte="8bit")
emit(w, "re-nintei-account", p,
     frm=addr("田中 美咲", "misaki-t@so-net.ne.jp", charset="iso-2022-jp"), to=addr("佐藤 健一", KEN, charset="iso-2022-jp"),
     subject="RE: AWS認定アカウントの件", subj_charset="iso-2022-jp",
     trace_hdrs=trace("nifty", fr, KEN, w), msgid="<000001dc48c2$%s$%s@so-net.ne.jp>" % (rhex(8), rhex(8)),
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rb64(24)), ("Content-Language", "ja")],
     in_reply_to="<20251028190245.4F1A.KEN@nifty.com>", references="<20251028190245.4F1A.KEN@nifty.com>",
     date_tz=JST,
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="ja"), new_text=new)

# C12 phishing: fake confirmation request spoofing amazon.com; top AR fails, a forged AR lower down claims pass
w = T(2025, 10, 30, 23, 52, 18)
ph3 = prof_generic("amazon.com", "smtp%d.mailhost-jp.xyz" % R.randint(10, 99), "103.145.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                   "notice@mailhost-jp.xyz", dkim_d="mailhost-jp.xyz", selector="mail", policy="QUARANTINE")
forged = "mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com"
new = """お客様各位

AWS トレーニングと認定 カスタマーサポートです。

お客様名義の AWS 認定アカウントが複数存在することを確認いたしました。規約に基づき、以下の重複アカウントを 1 つに統合いたします。

  統合先アカウント: ご登録のメインアカウント
  統合元アカウント: 重複アカウント(1 件)

統合の実行後は元に戻すことができません。統合内容に同意いただける場合は、24 時間以内に下記のリンクからサインインし、統合内容を承認してください。期限内に承認いただけない場合、認定資格が失効する場合があります。

https://aws-training-jp.com/certification/merge/confirm?id=8821

AWS トレーニングと認定 カスタマーサポート
"""
emit(w, "juyo-aws-nintei-tougou", part(to_html(new, "AWS"), "html", charset="utf-8", cte="base64"),
     frm=addr("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com", charset="utf-8"), to=KEN,
     subject="【重要】AWS認定アカウント統合のご確認(24時間以内にご対応ください)",
     trace_hdrs=trace("nifty", ph3, KEN, w, verdict="fail", spf="softfail", dkim="fail", forged_lower=forged),
     msgid="<%s@mailhost-jp.xyz>" % rhex(20),
     label=dict(kind="merge_confirmation_requested", case_id=None, sender_verified=False, language="ja"), new_text=new)

# C9 Pearson VUE Japanese (unrelated)
w = T(2025, 11, 5, 4, 22, 30)
pv = prof_generic("pearson.com", "mx0a-0031ae01.pphosted.com", "148.163.%d.%d" % (R.randint(130, 159), R.randint(2, 250)),
                  "pearsonvuecustomerservice@pearson.com", dkim_d="pearson.com", selector="pearson2048", policy="REJECT")
new = """佐藤 健一 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: SCS-C02: AWS Certified Security - Specialty
言語: 日本語
受験日時: 2025年12月6日(土) 10:00 日本標準時
会場: ピアソン VUE テストセンター 新宿
登録 ID: 492013857
候補者 ID: AWS05583120

試験開始の 15 分前までにご来場ください。有効な身分証明書を 2 点ご持参ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
"""
emit(w, "pearson-vue-yoyaku", alt(part(new, charset="iso-2022-jp", cte="7bit"), part(to_html(new, "Pearson VUE"), "html")),
     frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=KEN,
     subject="ピアソンVUE 試験予約確認 - AWS Certified Security - Specialty", subj_charset="iso-2022-jp",
     trace_hdrs=trace("nifty", pv, KEN, w), msgid="<%s.JavaMail.vue@prdvueapp%02d>" % (rhex(20), R.randint(1, 12)),
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="ja"), new_text=new)

# C13 CertMetrics recertification (unrelated, English)
w = T(2025, 11, 20, 9, 31, 0)
cm = prof_ses("certmetrics.com")
cm["dkim"] = [("certmetrics.com", "cm2023"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]
cm["policy"] = "NONE"
new = """Dear Kenichi Sato,

Congratulations on recertifying your AWS Certified Solutions Architect - Professional certification!

Certification: AWS Certified Solutions Architect - Professional
Candidate ID: AWS05583120
Validation number: 7QH2M1KCJ2E41XWD
Valid through: November 18, 2028

Your digital badge will be available from Credly. You can download your certificate and view your benefits in your AWS Certification account.

Sincerely,
AWS Training and Certification
"""
emit(w, "certmetrics-recert-congrats", alt(part(new), part(to_html(new, "AWS Certification"), "html")),
     frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=KEN,
     subject="Congratulations on recertifying your AWS Certification",
     trace_hdrs=trace("nifty", cm, KEN, w), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)


# ================================================================ USER D: Daniel Mori (bilingual; work mailbox without AR, then Gmail)
D1_OPEN = T(2026, 1, 12, 3, 30, 5)
D1 = case_id(D1_OPEN)
D2_OPEN = T(2026, 1, 19, 11, 50, 20)
D2 = case_id(D2_OPEN)
D_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
D_RE = "RE:[CASE %s] %s" % (D2, D_SUBJ)


def w_amazon(when):
    return trace("postfix_noar", prof_ses(region="ap-northeast-1"), DAN_W, when)


def gd_amazon(when, arc=False):
    return trace("gmail", prof_ses(region="ap-northeast-1"), DAN_G, when, arc=arc)


# D1 first form case, acknowledgement to the work mailbox (no Authentication-Results)
w = D1_OPEN + dt.timedelta(seconds=26)
new = f"""Hello,

We've received your message and opened case {D1} for it.

Our Training and Certification Customer Support team aims to respond within 24 hours. To add information, reply to this e-mail without changing the subject line.

What you told us:
  Inquiry type: AWS Training and Certification
  Category: Certification
  Detail: Account Merge
  AWS candidate ID: aws41207735
  Notification e-mail: (not provided)
  Message: I have one certification account under my work e-mail and another under my personal Gmail. I would like to merge them and keep the Gmail one.

Kind regards,
AWS Training and Certification Customer Support
"""
emit(w, "aws-form-received", part(new, charset="us-ascii", cte="7bit"),
     frm=FORM, to=DAN_W, subject="[CASE %s] %s" % (D1, D_SUBJ), trace_hdrs=w_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=D1, sender_verified=None, language="en"), new_text=new)

# D2 second form case, bilingual acknowledgement with long UTF-8 subject
w = D2_OPEN + dt.timedelta(seconds=24)
new = f"""森 ダニエル 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース {D2} を作成しました。原則として 24 時間以内に担当者よりご連絡いたします。

Thank you for contacting AWS Training and Certification. We have created case {D2} for your request and will get back to you, in principle within 24 hours.

お問い合わせ内容 / Your request
  お問い合わせの種類 / Inquiry type: 認定 / Certification
  詳細 / Detail: アカウントの統合 / Account Merge
  候補者 ID / Candidate ID: AWS28816409
  通知先メールアドレス / Notification e-mail: {DAN_G}
  内容 / Message: 1 週間前にも同じ内容で問い合わせましたが、返事がありません。会社のメールのアカウントと Gmail のアカウントを 1 つにしたいです。I opened a request a week ago (case {D1}) but never heard back. Please merge my work-email account into my Gmail account.

AWS トレーニングと認定 カスタマーサポート
AWS Training and Certification Customer Support
"""
emit(w, "aws-form-uketsuke", alt(part(new), part(to_html(new, "AWS トレーニングと認定"), "html")),
     frm=FORM, to=DAN_G,
     subject="[CASE %s] お問い合わせを受け付けました / We have received your request - AWS トレーニングと認定 (AWS Training and Certification)" % D2,
     trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="case_created", case_id=D2, sender_verified=True, language="ja"), new_text=new)

# D3 agent: Japanese first, English after; asks which account to keep
w = T(2026, 1, 20, 8, 15, 40)
d3 = f"""森 ダニエル 様 / Dear Daniel,

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの中村です。

1 月 12 日にお送りいただいたケース {D1} は、通知先のメールアドレスが空欄だったため、担当者からのご連絡がお手元に届いていなかったようです。ご不便をおかけして申し訳ございません。今後はこのケース {D2} でご対応いたします({D1} はこちらでクローズいたします)。

お調べしたところ、次の 2 つのアカウントが見つかりました。
  - AWS41207735 ({DAN_W})
  - AWS28816409 ({DAN_G})
なお、AWS41207735 については 2023 年のケース 12873340571(試験の日程変更)でもお問い合わせいただいていたことを確認しております。

どちらのアカウントを残されるか、改めてご指示いただけますでしょうか。英語でのやり取りをご希望の場合はお知らせください。

(English follows)
Apologies for the delay: your earlier case {D1} was submitted without a notification address, so our reply never reached you. We will continue here under {D2}. We found the two accounts listed above. Please confirm which one you would like to keep, and let us know if you would prefer to continue in English.

中村 / Nakamura
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
new = d3 + FORM_FOOTER.format(cid=D2)
emit(w, "re-case-account-assistance", part(new, cte="quoted-printable"),
     frm=FORM, to=DAN_G, subject=D_RE, trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=D2, sender_verified=True, language="ja"), new_text=new)

# D10 the first case is closed (work mailbox, no AR)
w = T(2026, 1, 20, 8, 21, 7)
new = f"""Hello,

Your case {D1} has been closed.

If your question has not been answered, you can reply to this e-mail within 14 days to reopen the case.

We would appreciate a minute of your time to tell us about your experience:
https://aws-tc-survey.amazon.com/s/{rlow(24)}?case={D1}

Thank you,
AWS Training and Certification Customer Support
"""
emit(w, "aws-tc-case-closed", alt(part(new, charset="us-ascii", cte="7bit"), part(to_html(new, "Case closed"), "html")),
     frm=FORM, to=DAN_W, subject="[CASE %s] Your case has been closed" % D1, trace_hdrs=w_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=D1, sender_verified=None, language="en"), new_text=new)

# D4 confirmation request in English, earlier thread appended with no quote marker
w = T(2026, 1, 21, 2, 40, 19)
dan_r1 = f"""Nakamura-san,

Thank you, and English is fine for me.
Please keep the Gmail one, AWS28816409. The work account AWS41207735 should go into it.
I think I also had a very old ID, AWS33901172, from a 2019 exam voucher, but I never took an exam with it, so please ignore it if it is not mine.

Daniel"""
d4 = f"""Dear Daniel,

Thank you for your reply. I'll continue in English as requested.

Please confirm the following before we proceed, as combining the profiles is irreversible:

Surviving account: aws28816409 ({DAN_G})
Account being absorbed: aws41207735 ({DAN_W})

After processing, all certifications, benefits and exam history from aws41207735 will be available under aws28816409, and you will no longer be able to sign in with the Kurobe Systems address.

If this is correct, please reply "Confirmed" to this e-mail. If anything needs to change, let me know instead and I will update the request.

Best regards,
Nakamura
AWS Training and Certification Customer Support
"""
hist = f"""
From: Daniel Mori <{DAN_G}>
Sent: Tuesday, January 20, 2026 9:02 PM
To: Amazon Web Services <{FORM_ADDR}>
Subject: Re: {D_RE}

{dan_r1}

From: Amazon Web Services <{FORM_ADDR}>
Sent: Tuesday, January 20, 2026 5:15 PM
To: {DAN_G}
Subject: {D_RE}

{d3}"""
new = d4 + FORM_FOOTER.format(cid=D2)
emit(w, "re-case-account-assistance", part(new + hist, cte="quoted-printable"),
     frm=FORM, to=DAN_G, subject=D_RE, trace_hdrs=gd_amazon(w, arc=True), msgid=ses_mid(w),
     label=dict(kind="merge_confirmation_requested", case_id=D2, sender_verified=True, language="en"), new_text=new)

# D5 conditional: "once complete we will ..." (Japanese, UTF-8 8bit)
w = T(2026, 1, 22, 1, 10, 50)
d5 = f"""森 ダニエル 様

ご確認ありがとうございます。中村です。
アカウント統合の依頼を担当チームへ送信いたしました。

統合が完了しましたら、このケースで改めてご連絡いたします。また、完了後には Credly のバッジが {DAN_G} 宛てに再発行されますので、届きましたらメール内の「Accept」から受け取りをお願いいたします。

それまでの間、会社のメールアドレスのアカウントでのサインインはお控えください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = ("On Wed, Jan 21, 2026 at 12:02 PM Daniel Mori <%s> wrote:\n" % DAN_G
        + quote("Confirmed. Please go ahead.\n\nDaniel\n\nOn Wed, Jan 21, 2026 at 11:40 AM Amazon Web Services <%s> wrote:\n" % FORM_ADDR + quote(d4)))
new = d5 + FORM_FOOTER.format(cid=D2)
emit(w, "re-case-account-assistance", part(new + "\n" + hist + "\n", cte="8bit"),
     frm=FORM, to=DAN_G, subject=D_RE, trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="support_reply", case_id=D2, sender_verified=True, language="ja"), new_text=new)

# D12 GitLab merge request merged (unrelated)
w = T(2026, 1, 23, 7, 33, 12)
gl = prof_generic("gitlab.com", "mail-%s.mg.gitlab.com" % rlow(5), "192.237.158.%d" % R.randint(2, 250),
                  "bounce+%s=daniel.mori.tky=gmail.com@mg.gitlab.com" % rhex(6), dkim_d="gitlab.com", selector="mg", policy="REJECT")
new = """Merge request !57 was merged

Merge request https://gitlab.com/kurobe-systems/billing-sync/-/merge_requests/57 was merged
Project: kurobe-systems/billing-sync
Branches: feature/merge-customer-accounts to main
Author: Haruto Ishikawa

Merge customer accounts with the same tax ID before invoice export

Reply to this email directly or view it on GitLab.
You're receiving this email because of your activity on gitlab.com.
"""
emit(w, "gitlab-mr-57-merged", alt(part(new), part(to_html(new, style="plain"), "html")),
     frm=addr("Haruto Ishikawa (@h.ishikawa)", "gitlab@mg.gitlab.com"), to=DAN_G,
     subject="Re: kurobe-systems/billing-sync | Merge customer accounts with the same tax ID before invoice export (!57)",
     trace_hdrs=trace("gmail", gl, DAN_G, w), msgid="<%s@gitlab.com>" % rhex(32),
     in_reply_to="<merge_request_298812044@gitlab.com>", references="<reply-%s@gitlab.com> <merge_request_298812044@gitlab.com>" % rhex(32),
     extra=[("X-GitLab-Project", "billing-sync"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "")],
     label=dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new_text=new)

# D6 completed + case closed + survey in the same mail (Japanese with English summary); parts differ
w = T(2026, 1, 26, 4, 30, 8)
d6_ja = f"""森 ダニエル 様

お待たせいたしました。中村です。

ご依頼いただいたアカウントの統合作業が完了しました。AWS41207735 の認定資格・特典・受験履歴は、すべて AWS28816409 に移行済みです。今後は {DAN_G} でサインインしてください。

ご依頼の対応が完了しましたので、本ケースはクローズさせていただきます。
よろしければ、今回の対応についてアンケートにご協力ください。
https://aws-tc-survey.amazon.com/s/{rlow(24)}?case={D2}&lang=ja

中村
AWS トレーニングと認定 カスタマーサポート
"""
d6_en = f"""
[English]
Your accounts have been combined: everything from AWS41207735 now sits under AWS28816409. This case is now closed; we'd appreciate your feedback via the survey link above.
"""
new_txt = d6_ja + FORM_FOOTER.format(cid=D2)
new_htm = d6_ja + d6_en + FORM_FOOTER.format(cid=D2)
emit(w, "re-case-account-assistance", alt(part(new_txt, cte="base64"), part(to_html(new_htm, "AWS"), "html", cte="base64")),
     frm=FORM, to=DAN_G, subject=D_RE, trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="merge_completed", case_id=D2, sender_verified=True, language="ja"), new_text=new_htm)

# D7/D8 Credly badges
for badge, subj, when_, lead in [
        ("AWS Certified DevOps Engineer – Professional", "Daniel, your AWS Certified DevOps Engineer – Professional badge is waiting", T(2026, 1, 27, 0, 15, 2),
         "Amazon Web Services Training and Certification has issued you a badge. Accept it to add it to your Credly profile."),
        ("AWS Certified Developer – Associate", "A badge has been transferred to your Credly account", T(2026, 1, 27, 0, 16, 40),
         "The badge below, issued by Amazon Web Services Training and Certification, has been moved to this Credly account following an update to your AWS Certification profile. Accept it to display it on your profile.")]:
    htm, _ = credly_html("Daniel", "A badge is ready for you", badge, lead, "Accept your badge", recipient=DAN_G)
    emit(when_, "credly-badge", part(htm, "html"),
         frm=CREDLY_FROM, to=DAN_G, subject=subj, trace_hdrs=trace("gmail", prof_credly(DAN_G), DAN_G, when_), msgid=sg_mid(),
         label=dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"),
         new_text=re.sub("<[^>]+>", " ", htm))

# D9 separate survey (English)
w = T(2026, 1, 28, 5, 0, 33)
new = f"""How was your experience with AWS Training and Certification Customer Support?

Hello Daniel,

You recently contacted us about case {D2}. Please take a minute to tell us how we did.

On a scale of 1 (very dissatisfied) to 5 (very satisfied), how satisfied are you with the support you received?
1: https://aws-tc-survey.amazon.com/q/{rlow(20)}?case={D2}&score=1
2: https://aws-tc-survey.amazon.com/q/{rlow(20)}?case={D2}&score=2
3: https://aws-tc-survey.amazon.com/q/{rlow(20)}?case={D2}&score=3
4: https://aws-tc-survey.amazon.com/q/{rlow(20)}?case={D2}&score=4
5: https://aws-tc-survey.amazon.com/q/{rlow(20)}?case={D2}&score=5

Thank you,
AWS Training and Certification
This survey link expires in 7 days.
"""
emit(w, "aws-tc-experience-survey", alt(part(new), part(to_html(new, "Survey"), "html")),
     frm=NOREPLY, to=DAN_G, subject="Tell us about your recent AWS Training and Certification support experience",
     trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="survey", case_id=D2, sender_verified=True, language="en"), new_text=new)

# D11 Credly's own account-merge code (unrelated)
w = T(2026, 1, 28, 11, 20, 45)
new = """Hi Daniel,

You asked to merge another Credly account into this one. To confirm that you own both accounts, enter the verification code below on the Credly account settings page.

Verification code: 739204

Then select Complete Account Merge. The code expires in 30 minutes.

If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team
"""
htm = to_html(new, "Credly").replace("Complete Account Merge", '<a href="https://www.credly.com/users/account_merge/complete?token=%s">Complete Account Merge</a>' % rhex(32))
emit(w, "credly-verification-code", alt(part(new), part(htm, "html")),
     frm=addr("Credly", "admin@credly.com"), to=DAN_G, subject="Your Credly account merge verification code",
     trace_hdrs=trace("gmail", prof_credly(DAN_G), DAN_G, w), msgid=sg_mid(),
     label=dict(kind="unrelated", case_id=None, sender_verified=True, language="en"), new_text=new)

# D13 AWS Summit Japan newsletter (unrelated, Japanese)
w = T(2026, 2, 3, 1, 0, 0)
new = """AWS Summit Japan 2026 登録受付開始

森 ダニエル 様

AWS Summit Japan 2026 の事前登録受付を開始しました。基調講演、150 以上のセッション、ハンズオン、AWS 認定者ラウンジなど、今年も多数のコンテンツをご用意しています。

開催日: 2026 年 6 月 25 日(木)・26 日(金)
会場: 幕張メッセ(オンライン同時配信あり)

AWS 認定をお持ちの方は、認定者ラウンジで限定ノベルティをお受け取りいただけます。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
emit(w, "aws-summit-japan-2026", alt(part(new, cte="base64"), part(to_html(new, "AWS Summit Japan 2026"), "html", cte="base64")),
     frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=DAN_G,
     subject="【AWS Summit Japan 2026】登録受付を開始しました", subj_charset="utf-8",
     trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html?mkt_tok=%s>" % rb64(40).replace("/", "_").replace("+", "-"))],
     label=dict(kind="unrelated", case_id=None, sender_verified=True, language="ja"), new_text=new)

# D14 Seller Central case (10-digit case id, look-alike "merge")
w = T(2026, 2, 5, 14, 12, 9)
SC = "7341208856"
new = f"""Hello,

We have completed the merge of the listings you requested. The detail pages for ASIN B0DK4TQ7XZ and ASIN B0DK4V21NM now appear as a single variation family under the parent ASIN B0DK4RRP3C.

Please allow up to 24 hours for the changes to show on the Amazon detail page.

Was this response helpful? Rate it in Case Log: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC}

Thank you for selling on Amazon,
Kenji
Amazon Selling Partner Support
"""
emit(w, "seller-central-case", alt(part(new), part(to_html(new, "Seller Central"), "html")),
     frm=addr("Amazon Selling Partner Support", "sellingpartnersupport@amazon.com"), to=DAN_G,
     subject="RE:[CASE %s] Merge variation listings" % SC,
     trace_hdrs=gd_amazon(w), msgid=ses_mid(w),
     label=dict(kind="unrelated", case_id=SC, sender_verified=True, language="en"), new_text=new)


# ================================================================ write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda m: m["when"])
    labels = {}
    for i, m in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        lab = m["label"]
        labels[name] = {"kind": lab["kind"], "case_id": lab["case_id"], "account_ids": lab["account_ids"],
                        "sender_verified": lab["sender_verified"], "language": lab["language"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print(len(MAILS), "mails written")


if __name__ == "__main__":
    main()
