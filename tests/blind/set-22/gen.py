#!/usr/bin/env python3
"""Generate blind set 22: whole AWS Certification account-merge case threads.

Only support's side of each case is written (plus Credly mails); the user's own
replies appear only as quoted history inside support's mails.
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import re
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(2222)
UTC = dt.timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case_id15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rand_b64(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


def rand_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000) + RNG.randint(0, 900)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, uuid.UUID(int=RNG.getrandbits(128)))


def credly_msgid(when):
    return "<%s.%s@credly.com>" % (when.strftime("%Y%m%d%H%M%S"), rand_hex(20))


def gmail_user_mid():
    return "<CA%s@mail.gmail.com>" % rand_alnum(
        46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-=")


def outlook_user_mid(prefix="DB9PR04MB"):
    return "<%s%04d%s@%s%04d.eurprd04.prod.outlook.com>" % (
        prefix, RNG.randint(1000, 9999), rand_alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        prefix, RNG.randint(1000, 9999))


def jp_user_mid(domain):
    return "<%s.%s@%s>" % (rand_hex(8), rand_hex(8), domain)


ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def ids_of(*texts):
    found = set()
    for t in texts:
        for m in ID_RE.finditer(t):
            found.add("AWS" + m.group(1))
    return sorted(found)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              codec=None, label=None):
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alternative(plain, html):
    for p in (plain, html):
        del p["MIME-Version"]
    m = MIMEMultipart("alternative")
    m.attach(plain)
    m.attach(html)
    return m


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode()


def enc_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


# ---------------------------------------------------------------- transport
def sender_profile(kind):
    if kind == "ses":
        blk = RNG.choice([("a8", "54.240.8"), ("a48", "54.240.48"), ("a9", "54.240.9")])
        last = RNG.randint(20, 250)
        return {
            "helo": "%s-%d.smtp-out.amazonses.com" % (blk[0], last),
            "ip": "%s.%d" % (blk[1], last),
            "dom": "amazon.com",
            "dkim": [("amazon.com", "pv5ljqd5nxxnixcqm3mvoonk7cvgknvn"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
            "mailfrom_dom": "amazonses.com",
        }
    last = RNG.randint(2, 250)
    return {
        "helo": "o%d.ptr%d.email.credly.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
        "ip": "167.89.%d.%d" % (RNG.randint(100, 127), last),
        "dom": "credly.com",
        "dkim": [("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
        "mailfrom_dom": "email.credly.com",
    }


def dkim_headers(sp, when):
    out = []
    for d, s in sp["dkim"]:
        out.append(("DKIM-Signature",
                    "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t"
                    "h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date%s;\n\tbh=%s;\n\tb=%s\n\t%s"
                    % (s, d, int(when.timestamp()),
                       ":Feedback-ID" if d == "amazonses.com" else "",
                       rand_b64(32), rand_b64(48), rand_b64(40))))
    return out


def trace_headers(rcpt, sender, to_addr, when, mail_id):
    """Return (top headers list) for the receiving side, newest first."""
    sp = sender_profile(sender)
    if sender == "ses":
        mailfrom = "%s@amazonses.com" % mail_id.strip("<>").split("@")[0]
    else:
        mailfrom = "bounces+%d-%s-%s=%s@email.credly.com" % (
            RNG.randint(1000000, 9999999), rand_hex(4), to_addr.split("@")[0], to_addr.split("@")[1])
    recv = when + dt.timedelta(seconds=RNG.randint(1, 4))
    hs = []
    t = rcpt["type"]
    if t == "gmail":
        lt = recv.astimezone(PT)
        ds = format_datetime(lt) + " (%s)" % lt.tzname()
        hs.append(("Delivered-To", to_addr))
        hs.append(("Received", "by 2002:a05:7208:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                   % (rand_hex(4), rand_hex(3), rand_hex(4), rand_hex(4), rand_alnum(6), ds)))
        hs.append(("X-Google-Smtp-Source", "AGHT+I" + rand_b64(60)))
        hs.append(("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id af79cd13be357-%sa.%d.%d;\n        %s"
                   % (rand_hex(4), rand_hex(3), rand_hex(4), rand_hex(9), RNG.randint(1, 9), RNG.randint(10**12, 10**13), ds)))
        hs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                   % (int(recv.timestamp()), rand_b64(96))))
        hs.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                   "        h=feedback-id:mime-version:date:message-id:subject:to:from:dkim-signature\n"
                   "         :dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rand_b64(32), rand_b64(32), rand_b64(96))))
        ar = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
              "       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (sp["dkim"][0][0], sp["dkim"][0][1], rand_b64(6)[:8], sp["dkim"][1][0], sp["dkim"][1][1],
                 rand_b64(6)[:8], mailfrom, sp["ip"], mailfrom, sp["dom"]))
        hs.append(("ARC-Authentication-Results", "i=1; " + ar))
        hs.append(("Return-Path", "<%s>" % mailfrom))
        hs.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
                   "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                   % (sp["helo"], sp["helo"], sp["ip"], "af79cd13be357-" + rand_hex(10) + "si" + str(RNG.randint(1000000, 9999999)),
                      to_addr, ds)))
        hs.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                   % (mailfrom, sp["ip"], sp["ip"])))
        hs.append(("Authentication-Results", ar))
    elif t == "o365":
        tag = rcpt.get("tag", "GV1P195")
        mb = "%sMB%04d.%s.prod.outlook.com" % (tag, RNG.randint(1000, 9999), rcpt.get("region", "EURP195"))
        fe = "%s.%s.prod.outlook.com" % (rcpt.get("fe", "AMS0EPF000001A7"), rcpt.get("fe_region", "eurprd05"))
        ds = format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000")
        hs.append(("Received", "from %s (2603:10a6:20b:%s::%d)\n by %s with HTTPS; %s"
                   % (mb.replace("MB", "CA"), rand_hex(3), RNG.randint(10, 99), mb, ds)))
        hs.append(("Received", "from %s (2603:10a6:20b:%s::%d)\n by %s (2603:10a6:20b:%s::%d) with\n"
                   " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.%d; %s"
                   % (fe.split(".")[0] + ".outlook.office365.com", rand_hex(3), RNG.randint(10, 99), mb.replace("MB", "CA"),
                      rand_hex(3), RNG.randint(10, 99), RNG.randint(100, 999), RNG.randint(10, 40), ds)))
        hs.append(("Authentication-Results",
                   "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                   " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
                   % (sp["ip"], sp["mailfrom_dom"], sp["dom"], sp["dom"])))
        hs.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
                   " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                   % (sp["mailfrom_dom"], sp["ip"], sp["ip"], sp["helo"])))
        gw_host = rcpt.get("gateway")
        hs.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n"
                   " (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%03d.%d via Frontend\n Transport; %s"
                   % (gw_host or sp["helo"], "203.0.113.%d" % RNG.randint(10, 60) if gw_host else sp["ip"], fe, RNG.randint(240, 250), RNG.randint(1, 250),
                      RNG.randint(100, 999), RNG.randint(10, 40), ds)))
        if rcpt.get("gateway"):
            gw = rcpt["gateway"]
            gds = format_datetime(recv.astimezone(JST))
            hs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                       % (sp["helo"], sp["helo"], sp["ip"], gw, rand_alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), to_addr, gds)))
            hs.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s header.s=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (policy=quarantine) header.from=%s"
                       % (gw, sp["dkim"][0][0], sp["dkim"][0][1], mailfrom, sp["dom"])))
        hs.append(("Return-Path", "<%s>" % mailfrom))
    elif t == "jp":
        host = rcpt["host"]
        lt = recv.astimezone(JST)
        ds = format_datetime(lt) + " (JST)"
        hs.append(("Return-Path", "<%s>" % mailfrom))
        hs.append(("Delivered-To", to_addr))
        hs.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                   % (host.replace("mx", "mfilter"), host.replace("mx", "mbox"), rand_alnum(11, "ABCDEF0123456789"), to_addr, ds)))
        hs.append(("Authentication-Results", "%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s"
                   % (host, mailfrom, sp["dkim"][0][0], sp["dkim"][0][1], sp["dom"])))
        hs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                   % (sp["helo"], sp["helo"], sp["ip"], host, rand_alnum(11, "ABCDEF0123456789"), to_addr, ds)))
    elif t == "onprem":
        lt = recv.astimezone(rcpt.get("tz", UTC))
        ds = format_datetime(lt)
        hs.append(("Received", "from %s (10.20.4.%d) by %s (10.20.1.%d) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                   " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.%d; %s"
                   % (rcpt["gw"], RNG.randint(2, 50), rcpt["internal"], RNG.randint(2, 50), RNG.randint(4, 30), ds)))
        hs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
                   % (sp["helo"], sp["helo"], sp["ip"], rcpt["gw"], rand_alnum(10, "BCDFGHJKLMNPQRSTVWXYZ0123456789"), to_addr, ds)))
        hs.append(("Return-Path", "<%s>" % mailfrom))
    else:
        raise ValueError(t)
    hs.extend(dkim_headers(sp, when))
    return hs


MAILS = []
LABELS = {}
COUNTER = [0]


def emit(slug, kind, case_id, lang, rcpt, to, frm, when, subject, body, new,
         sender="ses", subj_cs="utf-8", irt=None, refs=None, extra=None, to_cs="utf-8"):
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], slug)
    mid = ses_msgid(when) if sender == "ses" else credly_msgid(when)
    heads = trace_headers(rcpt, sender, to[1], when, mid)
    heads.append(("From", formataddr(frm)))
    heads.append(("To", enc_addr(to[0], to[1], to_cs)))
    heads.append(("Subject", enc_subject(subject, subj_cs)))
    heads.append(("Date", format_datetime(when)))
    heads.append(("Message-ID", mid))
    if irt:
        heads.append(("In-Reply-To", irt))
    if refs:
        heads.append(("References", "\n ".join(refs)))
    if sender == "ses":
        heads.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rand_b64(33)[:43]))
        heads.append(("X-SES-Outgoing", when.strftime("%Y.%m.%d") + "-" + ".".join(
            str(x) for x in (54, 240, RNG.randint(8, 48), RNG.randint(20, 250)))))
    else:
        heads.append(("X-SG-EID", rand_b64(90)))
        heads.append(("List-Unsubscribe", "<https://www.credly.com/earner/settings/notifications>"))
    for h in extra or []:
        heads.append(h)
    body_heads = list(body._headers)
    if "MIME-Version" not in body:
        body_heads.insert(0, ("MIME-Version", "1.0"))
    body._headers = heads + [h for h in body_heads]
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(buf.getvalue())
    LABELS[fname] = {
        "kind": kind,
        "case_id": case_id,
        "account_ids": ids_of(*new),
        "sender_verified": None if rcpt["type"] == "onprem" else True,
        "language": lang,
    }
    return mid


class Thread:
    """Keeps In-Reply-To / References consistent inside one case."""

    def __init__(self):
        self.refs = []

    def user(self, mid):
        self.refs.append(mid)

    def send(self, slug, kind, case_id, lang, rcpt, to, frm, when, subject, body, new, **kw):
        irt = self.refs[-1] if self.refs else None
        refs = list(self.refs[-10:]) if self.refs else None
        mid = emit(slug, kind, case_id, lang, rcpt, to, frm, when, subject, body, new,
                   irt=irt, refs=refs, **kw)
        self.refs.append(mid)
        return mid


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


CONSOLE_FOOT_EN = """To see all of the correspondence on this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please do not reply to this email. This address cannot accept replies; to respond,
use the Reply option on the case in the Support Center.

We value your feedback. Please share your experience by rating this correspondence
using the stars in the top right corner of the correspondence in the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOT_JA = """このケースのすべてのやり取りを確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。ご返信はサポートセンターの
本ケースの「返信」からお願いいたします。

お客様のご意見をお聞かせください。サポートセンターで各やり取りの右上にある星を選択すると、
このやり取りを評価していただけます。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""


def console_html(inner, cid, lang="en"):
    if lang == "ja":
        foot = ("このケースのすべてのやり取りは <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=ja\">AWS サポートセンター</a> でご確認いただけます。"
                "このメールアドレスは送信専用です。ご返信はサポートセンターからお願いいたします。<br><br>"
                "各やり取りの右上の星を選択して、評価をお寄せください。").format(cid=cid)
        title = "Amazon Web Services サポート"
    else:
        foot = ("To see all of the correspondence on this case, sign in to the "
                "<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=en\">AWS Support Center</a>. "
                "Please do not reply to this email; this address cannot accept replies.<br><br>"
                "We value your feedback. Please rate this correspondence using the stars in the Support Center.").format(cid=cid)
        title = "Amazon Web Services Support"
    return """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f2f3f3;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color:#ffffff;border:1px solid #d5dbdb;">
<tr><td style="background-color:#232f3e;padding:16px 24px;">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="Amazon Web Services"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.6;color:#16191f;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #eaeded;font-size:12px;color:#687078;">{foot}</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#879596;">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</td></tr>
</table></td></tr></table>
</body></html>
""".replace("{lang}", lang).replace("{title}", title).replace("{inner}", inner).replace("{foot}", foot)


def credly_mail(slug, rcpt, to, when, subject, greet_name, badge, intro, cs="quoted-printable",
                transferred=False):
    badge_id = str(uuid.UUID(int=RNG.getrandbits(128)))
    url = "https://www.credly.com/badges/%s/accept" % badge_id
    extra = ""
    if transferred:
        extra = ("\nThis badge was added to your Credly account after an update to your AWS "
                 "Certification profile. Your earned date and badge history are unchanged.\n")
    plain = """Hi {n},

{intro}

{badge}
Issued by Amazon Web Services Training and Certification
{extra}
Accept your badge:
{url}

Once you accept, you can share your badge on LinkedIn, add it to your email signature, or
embed it in your personal website. Employers can verify it at any time.

Questions? Visit https://support.credly.com

Credly by Pearson
You are receiving this email because a badge was issued to {addr}.
Manage notification settings: https://www.credly.com/earner/settings/notifications
""".format(n=greet_name, intro=intro, badge=badge, url=url, addr=to[1], extra=extra)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px;">
<tr><td style="padding:28px 32px 8px;"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:1.5;">
<p>Hi {n},</p><p>{intro}</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/{img}/image.png" width="170" alt="{badge}"><br>
<strong>{badge}</strong><br><span style="color:#777;">Amazon Web Services Training and Certification</span></p>
{extra_html}
<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px;font-weight:bold;">Accept your badge</a></p>
<p style="font-size:13px;color:#666;">Share it on LinkedIn, add it to your email signature, or embed it on your website. Employers can verify it at any time.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee;">Credly by Pearson &middot; This email was sent to {addr}. <a href="https://www.credly.com/earner/settings/notifications" style="color:#999;">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""".format(n=greet_name, intro=intro, badge=badge, url=url, addr=to[1],
           img=str(uuid.UUID(int=RNG.getrandbits(128))),
           extra_html=("<p style=\"font-size:13px;color:#555;\">%s</p>" % extra.strip()) if extra else "")
    body = alternative(text_part(plain, cte=cs), text_part(html, "html", cte=cs))
    return dict(slug=slug, rcpt=rcpt, to=to, when=when, subject=subject, body=body, new=[plain, html])


def send_credly(c):
    return emit(c["slug"], "credly_badge_issued", None, "en", c["rcpt"], c["to"], CREDLY, c["when"],
                c["subject"], c["body"], c["new"], sender="credly")


# ================================================================ CASE A
# plain case, English, form desk, Gmail.
def case_a():
    opened = T(2025, 3, 11, 14, 6, 37)
    cid = case_id15(opened, 40217)
    rc = {"type": "gmail"}
    to = ("Daniel Okafor", "daniel.okafor.dev@gmail.com")
    th = Thread()
    subj = "[CASE %s] %s" % (cid, FORM_SUBJ)
    ack = """Hello,

Thank you for contacting AWS Training and Certification.

This message confirms that we have received your request. Your case number is {cid}.

  Inquiry type: Certification
  Detail: Account Merge
  Candidate ID provided: AWS02847193

A member of our Customer Support team will review your request and respond, usually within
24 hours. If you have additional information, reply to this email and keep the case number in
the subject line. Please do not submit a new form for the same request, as duplicate requests
may delay our response.

Thank you,
AWS Training and Certification Customer Support
""".format(cid=cid)
    th.send("caseA-request-logged", "case_created", cid, "en", rc, to, FORM, opened + dt.timedelta(seconds=19),
            subj, text_part(ack), [ack])

    original = """---------- Original Message ----------
From: Daniel Okafor <daniel.okafor.dev@gmail.com>
Sent: 3/11/2025 2:06 PM
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS02847193
Description: Hi, I have a second certification account from my previous employer
(d.okafor@brightlane-consulting.com, I think the ID is aws 03318760). Could you merge it
into my personal account please? I'd like everything under my gmail address."""
    req = """Hello Daniel,

Thank you for your patience while we looked into this.

I located two AWS Certification accounts associated with you:

Account 1 (will be kept)
  Candidate ID: AWS02847193
  Login email: daniel.okafor.dev@gmail.com
  Certifications: AWS Certified Cloud Practitioner, AWS Certified Developer - Associate

Account 2 (will be merged into Account 1, then deactivated)
  Candidate ID: AWS03318760
  Login email: d.okafor@brightlane-consulting.com
  Certifications: AWS Certified Solutions Architect - Associate

After the merge, the exam history, certifications and benefits of Account 2 will be available
under Account 1, and you will sign in with daniel.okafor.dev@gmail.com only. Please be aware
that a merge cannot be reversed once it has been completed.

If the information above is correct, please reply to this email confirming that you would like
us to proceed.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
    t2 = T(2025, 3, 12, 16, 41, 8)
    th.send("caseA-please-confirm", "merge_confirmation_requested", cid, "en", rc, to, FORM, t2,
            "RE:" + subj, text_part(req + "\n" + original), [req])

    th.user(gmail_user_mid())
    proceed = """Hi Daniel,

Thanks for the quick reply. I've passed your request on to the team that handles changes to
certification accounts. There is nothing else you need to do for now; I'll write to you here as
soon as they have finished.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
    q = """On Wed, Mar 12, 2025 at 6:02 PM Daniel Okafor <daniel.okafor.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Daniel
>
> On Wed, Mar 12, 2025 at 4:41 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(quote(req.strip()))
    th.send("caseA-noted-proceeding", "support_reply", cid, "en", rc, to, FORM, T(2025, 3, 13, 8, 20, 44),
            "RE:" + subj, text_part(proceed + "\n" + q), [proceed])

    done = """Hello Daniel,

Good news: the work on your certification accounts is finished. Everything that was recorded
under AWS03318760, including your exam history and the Solutions Architect - Associate
certification, now sits on AWS02847193, and the old profile has been retired. From now on,
please sign in with daniel.okafor.dev@gmail.com only.

It can take a few hours for the changes to show in your AWS Certification Account. Credly will
re-issue your digital badges to the email address on your remaining account within one to two
business days. If they have not arrived by then, just reply to this email.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
    q2 = "-----Original Message-----\n" + quote(proceed.strip())
    th.send("caseA-accounts-combined", "merge_completed", cid, "en", rc, to, FORM, T(2025, 3, 13, 21, 55, 2),
            "RE:" + subj, text_part(done + "\n" + q2), [done])

    survey = """Hello,

Your case {cid} has been marked as resolved. We would love to hear about your experience.

Was your issue resolved?
  YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=1
  NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=0

How would you rate the support you received from Priya S.?
  https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&agent=1

The survey takes less than two minutes. If you need further help with this request, reply to
this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support
""".format(cid=cid)
    th.send("caseA-how-did-we-do", "survey", cid, "en", rc, to, FORM, T(2025, 3, 13, 21, 57, 30),
            "Your AWS Training and Certification case %s has been closed" % cid, text_part(survey), [survey])

    send_credly(credly_mail("caseA-credly-badge", rc, to, T(2025, 3, 14, 3, 12, 51),
                            "Amazon Web Services Training and Certification sent you a new badge",
                            "Daniel", "AWS Certified Solutions Architect - Associate",
                            "Amazon Web Services Training and Certification has issued you a badge. "
                            "Accept it to start showing off your achievement.", transferred=True))


# ================================================================ CASE B
# which account to keep first, then confirm. Japanese, AWS console, Office 365 + gateway.
def case_b():
    opened = T(2025, 5, 19, 1, 22, 9)
    cid = case_id15(opened, 7731)
    rc = {"type": "o365", "tag": "TYCP286", "region": "JPNP286", "fe": "OS0P286CA0017",
          "fe_region": "JPNP286", "gateway": "mx-gw01.hoshizora-sys.co.jp"}
    to = ("佐藤 健太", "kenta.sato@hoshizora-sys.co.jp")
    th = Thread()
    csubj = "認定アカウントの統合について"
    ack = """Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいた内容について、ケース {cid} を作成しました。

ケース ID: {cid}
件名: {s}
重要度: 一般的なガイダンス
カテゴリー: アカウント、その他

担当者からの回答はメールでお知らせします。ケースの詳細の確認や情報の追加は、AWS サポートセンターから
行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールアドレスは送信専用です。このメールにご返信いただいても対応できませんのでご了承ください。

よろしくお願いいたします。
Amazon Web Services
""".format(cid=cid, s=csubj)
    th.send("caseB-case-opened-ja", "case_created", cid, "ja", rc, to, CONSOLE, opened + dt.timedelta(seconds=6),
            "Amazon Web Services: 新しいサポートケースを作成しました: %s" % cid,
            text_part(ack, cte="base64"), [ack])

    which = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの田中でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご申告いただいた情報をもとに確認いたしましたところ、お客様の認定アカウントとして以下の 2 件が
見つかりました。

・AWS04412986 (ログイン: kenta.sato@hoshizora-sys.co.jp)
・AWS05190374 (ログイン: k.sato.cloud@gmail.com)

統合後はどちらか一方のアカウントのみが残り、もう一方のアカウントの受験履歴と認定は、残る側へ
すべて移されます。お手数ですが、今後ご利用になるアカウント (統合後に残すアカウント) を
お知らせいただけますでしょうか。

なお、会社のメールアドレスでサインインされている場合、異動や退職などでそのアドレスが使えなく
なると、再認定のご案内などが届かなくなることがございます。ご判断の際のご参考になさってください。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(cid=cid)
    th.send("caseB-which-to-keep", "support_reply", cid, "ja", rc, to, CONSOLE, T(2025, 5, 20, 2, 5, 41),
            "RE:[CASE %s] %s" % (cid, csubj), text_part(which, cte="base64"), [which])

    conf = """佐藤 様

ご返信いただき、ありがとうございます。田中でございます。

ご指定の内容にもとづき、以下のとおり統合を行う予定です。

  統合後に残るアカウント : AWS05190374 (k.sato.cloud@gmail.com)
  統合されるアカウント   : AWS04412986 (kenta.sato@hoshizora-sys.co.jp)

実行すると、AWS04412986 の認定資格と受験履歴は AWS05190374 に移され、AWS04412986 には
サインインできなくなります。この処理は実行後に取り消すことができません。

上記の内容でお間違いないか、サポートセンターからご返信いただけますでしょうか。
ご確認をいただき次第、手続きを開始いたします。

田中
Amazon Web Services
"""
    custq = """
--- お客様からのご返信 (2025/05/20 13:48 JST) ---
田中様

ご連絡ありがとうございます。
来年転職の予定があるため、個人の Gmail で作成した aws05190374 の方を残したいです。
よろしくお願いします。

佐藤
"""
    body = conf + custq + "\n" + CONSOLE_FOOT_JA.format(cid=cid)
    th.send("caseB-kakunin-onegai", "merge_confirmation_requested", cid, "ja", rc, to, CONSOLE,
            T(2025, 5, 21, 0, 47, 13), "RE:[CASE %s] %s" % (cid, csubj), text_part(body, cte="base64"), [conf])

    done = """佐藤 様

お待たせいたしました。田中でございます。

ご依頼いただいた認定アカウントの統合作業が完了いたしました。
旧アカウント (AWS04412986) に記録されていた認定資格と受験履歴は、すべて AWS05190374 に
引き継がれております。今後は k.sato.cloud@gmail.com でサインインしてください。

画面に反映されるまで数時間かかる場合がございます。Credly のデジタルバッジは、残されたアカウントの
メールアドレス宛てに Credly から改めて送付されます。

ほかにご不明な点がございましたら、本ケースにてお知らせください。

田中
Amazon Web Services
"""
    custq2 = """
--- お客様からのご返信 (2025/05/21 09:05 JST) ---
田中様
内容に間違いありません。この内容で進めてください。
佐藤
"""
    body = done + custq2 + "\n" + CONSOLE_FOOT_JA.format(cid=cid)
    th.send("caseB-togo-kanryo", "merge_completed", cid, "ja", rc, to, CONSOLE, T(2025, 5, 22, 6, 30, 55),
            "RE:[CASE %s] %s" % (cid, csubj), text_part(body, cte="base64"), [done])

    send_credly(credly_mail("caseB-credly-badge", {"type": "gmail"}, ("Kenta Sato", "k.sato.cloud@gmail.com"),
                            T(2025, 5, 23, 11, 41, 3), "Your badge from Amazon Web Services Training and Certification is ready",
                            "Kenta", "AWS Certified Solutions Architect - Associate",
                            "Good news! Amazon Web Services Training and Certification has issued a badge to you.",
                            transferred=True))

    surv = """AWS サポートをご利用いただき、ありがとうございます。

ケース {cid}「{s}」は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力ください (所要時間: 約 1 分)。
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

Amazon Web Services
""".format(cid=cid, s=csubj)
    th.send("caseB-anketo", "survey", cid, "ja", rc, to, CONSOLE, T(2025, 5, 25, 7, 0, 12),
            "[ケース %s] 解決済みとなりました - ご意見をお聞かせください" % cid,
            text_part(surv, cte="quoted-printable"), [surv])


# ================================================================ CASE C
# confirmation request re-sent after silence. English, AWS console, HTML, outlook.com.
def case_c():
    opened = T(2025, 8, 4, 19, 12, 30)
    cid = "11829304718"
    rc = {"type": "o365", "tag": "PAXP193", "region": "EURP193", "fe": "AM4PEPF00027A5C", "fe_region": "eurprd04"}
    to = ("Maria Lindqvist", "maria.lindqvist@outlook.com")
    th = Thread()
    csubj = "Merge two certification accounts"
    ack = """Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

Case ID: {cid}
Subject: {s}
Severity: General guidance
Correspondence: Hi, after changing jobs I ended up with two AWS Certification accounts (one
with my old work email, one with my private email). I would like them combined into my
private one. Thanks, Maria

You will receive an email when an agent responds. You can view or update this case at any time
in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please do not reply to this email; replies to this address are not monitored.

Best regards,
Amazon Web Services
""".format(cid=cid, s=csubj)
    th.send("caseC-support-case-opened", "case_created", cid, "en", rc, to, CONSOLE, opened + dt.timedelta(seconds=3),
            "Amazon Web Services: You have opened a new Support case: %s" % cid, text_part(ack, cte="7bit", charset="us-ascii"), [ack])

    req_html_inner = """<p>Hello Maria,</p>
<p>Thank you for reaching out to AWS Training and Certification. I have reviewed the two certification profiles linked to your details:</p>
<ul>
<li><strong>AWS06623015</strong> &mdash; maria.lindqvist@outlook.com &mdash; <em>to be retained</em></li>
<li><strong>AWS07051842</strong> &mdash; mlindqvist@nordhavn-shipping.se &mdash; <em>to be folded into AWS06623015</em></li>
</ul>
<p>Once combined, AWS07051842 will no longer be accessible, and the certifications and exam history it holds (AWS Certified Cloud Practitioner, AWS Certified Solutions Architect &ndash; Associate) will appear on AWS06623015. This is permanent: we are not able to split the profiles again afterwards.</p>
<p>Could you please reply in the Support Center to let me know whether this arrangement is correct? We will take no action until we hear back from you.</p>
<p>Best regards,<br>Marcus D.<br>Amazon Web Services</p>"""
    plain = """Hello Maria,

A new correspondence has been added to case {cid} ({s}).

This message contains formatted content. To read it, view this email in an HTML-capable mail
client or sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Best regards,
Amazon Web Services
""".format(cid=cid, s=csubj)
    html = console_html(req_html_inner, cid)
    th.send("caseC-review-and-reply", "merge_confirmation_requested", cid, "en", rc, to, CONSOLE,
            T(2025, 8, 6, 15, 3, 27), "RE:[CASE %s] %s" % (cid, csubj),
            alternative(text_part(plain), text_part(html, "html")), [plain, req_html_inner])

    resend = """Hello Maria,

I'm following up on my message of August 6, as we have not yet received your confirmation.

To recap, we are ready to combine your certification profiles as follows:
  - Keep: AWS06623015 (maria.lindqvist@outlook.com)
  - Merge into it and close: AWS07051842 (mlindqvist@nordhavn-shipping.se)

Because this cannot be undone, we need your explicit go-ahead. Please reply through the Support
Center to confirm the details above, or tell us if anything should change. If we do not hear
from you within 7 days, this case will be closed automatically; you can reopen it at any time.

Best regards,
Marcus D.
Amazon Web Services

""" + CONSOLE_FOOT_EN.format(cid=cid)
    th.send("caseC-reminder-awaiting-ok", "merge_confirmation_requested", cid, "en", rc, to, CONSOLE,
            T(2025, 8, 11, 14, 26, 50), "RE:[CASE %s] %s" % (cid, csubj), text_part(resend), [resend])

    proceed = """Hi Maria,

No problem at all \u2014 thanks for confirming. I\u2019ve raised the request with our internal team and
they\u2019ll carry out the merge of AWS07051842 into AWS06623015. This usually takes one to three
business days; I\u2019ll update this case as soon as it\u2019s done.

Best regards,
Marcus D.
Amazon Web Services
"""
    cq = """
Customer reply (Aug 11, 2025, 21:37 UTC):
Hi Marcus, sorry for the slow reply, I was travelling. Yes that\u2019s right, keep the outlook one
and please go ahead.
Maria

"""
    body = proceed + cq + CONSOLE_FOOT_EN.format(cid=cid)
    # UTF-8 bytes but labelled iso-8859-1 (wrong charset label)
    th.send("caseC-thanks-going-ahead", "support_reply", cid, "en", rc, to, CONSOLE, T(2025, 8, 12, 9, 48, 5),
            "RE:[CASE %s] %s" % (cid, csubj), text_part(body, codec="utf-8", label="iso-8859-1"), [proceed])

    done_inner = """<p>Hello Maria,</p>
<p>I&rsquo;m happy to report that your profiles are now one. When you sign in with <strong>maria.lindqvist@outlook.com</strong> you&rsquo;ll see the Cloud Practitioner and Solutions Architect &ndash; Associate certifications together under AWS06623015, along with the exam history carried over from AWS07051842, which has been retired.</p>
<p>Over the next couple of days, please check that:</p>
<ul><li>both certifications are listed under <em>Certifications</em> in your AWS Certification Account;</li>
<li>your 50% exam discount appears under <em>Benefits</em>;</li>
<li>your Credly badges arrive at maria.lindqvist@outlook.com (Credly sends these separately).</li></ul>
<p>If anything looks wrong, reply to this case in the Support Center and I&rsquo;ll take a look.</p>
<p>Best regards,<br>Marcus D.<br>Amazon Web Services</p>"""
    th.send("caseC-profiles-now-one", "merge_completed", cid, "en", rc, to, CONSOLE, T(2025, 8, 13, 17, 2, 39),
            "RE:[CASE %s] %s" % (cid, csubj), text_part(console_html(done_inner, cid), "html"), [done_inner])

    send_credly(credly_mail("caseC-credly-badge", rc, to, T(2025, 8, 14, 22, 15, 40),
                            "Accept your AWS Certified Solutions Architect - Associate badge",
                            "Maria", "AWS Certified Solutions Architect - Associate",
                            "Amazon Web Services Training and Certification has issued you a badge. Your badge is waiting for you.",
                            transferred=True))

    sv_plain = """Hello,

Your support case {cid} ({s}) was resolved on August 16, 2025.

How would you rate your experience with AWS Support?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=en

If your issue isn't resolved, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
""".format(cid=cid, s=csubj)
    sv_inner = """<p>Hello,</p><p>Your support case <strong>{cid}</strong> ({s}) was resolved on August 16, 2025.</p>
<p><strong>How would you rate your experience with AWS Support?</strong></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;r=5">Very satisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;r=4">Satisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;r=3">Neutral</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;r=2">Dissatisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;r=1">Very dissatisfied</a></p>
<p>If your issue isn't resolved, you can reopen the case from the Support Center within 14 days.</p>""".format(cid=cid, s=csubj)
    th.send("caseC-rate-your-experience", "survey", cid, "en", rc, to, CONSOLE, T(2025, 8, 16, 18, 0, 4),
            "[Case %s] How did we do?" % cid,
            alternative(text_part(sv_plain), text_part(console_html(sv_inner, cid), "html")), [sv_plain, sv_inner])


# ================================================================ CASE D
# user corrected the direction, fresh request. Japanese, form desk, ISO-2022-JP.
def case_d():
    opened = T(2025, 10, 7, 12, 40, 18)
    cid = case_id15(opened, 31406)
    rc = {"type": "jp", "host": "mx.hikari-net.jp"}
    to = ("山本 由美", "yumi.yamamoto@hikari-net.jp")
    J = dict(charset="iso-2022-jp", cte="7bit")
    th = Thread()
    subj = "[CASE %s] %s" % (cid, FORM_SUBJ)
    ack = """山本 由美 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。ケース番号は {cid} です。

担当者が内容を確認し、通常 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変えずに、このメールへご返信ください。
同じ内容で新たにフォームを送信されますと、回答が遅れる原因となりますのでご遠慮ください。

AWS トレーニングと認定 カスタマーサポート
""".format(cid=cid)
    th.send("caseD-uketsuke", "case_created", cid, "ja", rc, to, FORM, opened + dt.timedelta(seconds=11),
            subj, text_part(ack, **J), [ack], to_cs="iso-2022-jp")

    original = """-----Original Message-----
From: 山本 由美 <yumi.yamamoto@hikari-net.jp>
Sent: 2025/10/07 21:40
Subject: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: Certification
詳細: Account Merge
AWS 候補者 ID: AWS08830157
内容: 以前の勤務先のメールアドレスで作成した認定アカウント (AWS-08174420) があります。
個人のアカウント AWS08830157 にまとめてください。"""
    wrong = """山本 由美 様

AWS トレーニングと認定 カスタマーサポートの鈴木と申します。
お問い合わせいただいたアカウント統合の件、確認が取れましたのでご連絡いたします。

お客様名義の認定アカウントは次の 2 つです。

  (1) AWS08174420  y-yamamoto@tsubame-kogyo.co.jp
  (2) AWS08830157  yumi.yamamoto@hikari-net.jp

(1) を存続アカウントとし、(2) の認定・受験履歴を (1) へ統合する形で手続きを進めさせて
いただきたく存じます。統合後、(2) は無効となり、元に戻すことはできません。

上記の内容でよろしければ、このメールにその旨ご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
    th.send("caseD-kakunin-irai", "merge_confirmation_requested", cid, "ja", rc, to, FORM,
            T(2025, 10, 9, 2, 32, 47), "RE:" + subj, text_part(wrong + "\n" + original, **J), [wrong],
            to_cs="iso-2022-jp")

    th.user(jp_user_mid("hikari-net.jp"))
    user_fix = """鈴木様

ご連絡ありがとうございます。
内容が逆になっています。会社のアドレスは退職で使えなくなるので、
個人の AWS08830157 を残して、AWS08174420 の方を統合してください。

山本"""
    fixack = """山本 様

ご返信ありがとうございます。鈴木でございます。

ご指摘のとおり、先のメールでは統合の方向を逆にご案内しておりました。大変申し訳ございません。
AWS08830157 を残すアカウントとして手続き内容を修正し、あらためて確認のメールをお送りいたします。
恐れ入りますが、今しばらくお待ちください。

なお、先のメールの内容で処理が行われることはございませんので、ご安心ください。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
    q = ("2025/10/09 22:15 に 山本 由美 さんは書きました:\n" + quote(user_fix) + "\n>\n"
         "> 2025/10/09 11:32 に Amazon Web Services さんは書きました:\n" + quote(quote(wrong.strip())))
    th.send("caseD-houkou-shusei", "support_reply", cid, "ja", rc, to, FORM, T(2025, 10, 10, 0, 58, 9),
            "RE:" + subj, text_part(fixack + "\n" + q, **J), [fixack], to_cs="iso-2022-jp")

    fresh = """山本 由美 様

鈴木でございます。お待たせいたしました。
統合の方向を修正いたしましたので、改めて内容のご確認をお願いいたします。

  ■ 残すアカウント (統合先)
      AWS08830157 / yumi.yamamoto@hikari-net.jp
  ■ 統合するアカウント (統合元。統合後は無効になります)
      AWS08174420 / y-yamamoto@tsubame-kogyo.co.jp

統合元の認定資格 (AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator -
Associate) と受験履歴は、すべて統合先に移されます。一度統合すると取り消しはできませんので、
十分にご確認ください。

この内容で問題がなければ、本メールへのご返信にてお知らせください。
ご返信を確認したうえで手続きを開始いたします。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
    q2 = ("-----Original Message-----\nFrom: 山本 由美 <yumi.yamamoto@hikari-net.jp>\nSent: 2025/10/09 22:15\n"
          "Subject: Re: RE:[CASE %s] %s\n\n" % (cid, FORM_SUBJ) + user_fix + "\n\n"
          + "2025/10/09 11:32 に Amazon Web Services さんは書きました:\n" + quote(wrong.strip()))
    th.send("caseD-aratamete-kakunin", "merge_confirmation_requested", cid, "ja", rc, to, FORM,
            T(2025, 10, 10, 6, 14, 33), "RE:" + subj, text_part(fresh + "\n" + q2, **J), [fresh],
            to_cs="iso-2022-jp")

    th.user(jp_user_mid("hikari-net.jp"))
    done = """山本 様

鈴木でございます。
ご承認いただいた内容でアカウントの統合処理を行い、本日完了いたしました。

AWS08174420 の認定資格と受験履歴は AWS08830157 へ移行済みです。AWS08174420 には今後サインイン
できません。認定アカウントの画面に反映されるまで、数時間ほどかかる場合がございます。
Credly のバッジにつきましては、別途 Credly からメールでお知らせが届きます。

このたびは行き違いによりお手数をおかけし、誠に申し訳ございませんでした。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
    q3 = ("2025/10/10 19:03 に 山本 由美 さんは書きました:\n> 鈴木様\n>\n> 今度の内容で大丈夫です。承認します。\n"
          "> よろしくお願いします。\n>\n> 山本\n")
    th.send("caseD-togo-kanryo", "merge_completed", cid, "ja", rc, to, FORM, T(2025, 10, 14, 5, 21, 18),
            "RE:" + subj, text_part(done + "\n" + q3, **J), [done], to_cs="iso-2022-jp")

    surv = """山本 由美 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {cid} はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。

問題は解決しましたか?
  はい  : https://amazonwebservices.qualtrics.com/jfe/form/SV_9RkQxLzJp2aT8cS?case={cid}&lang=ja&r=1
  いいえ: https://amazonwebservices.qualtrics.com/jfe/form/SV_9RkQxLzJp2aT8cS?case={cid}&lang=ja&r=0

担当者の対応を 5 段階で評価してください:
  https://amazonwebservices.qualtrics.com/jfe/form/SV_9RkQxLzJp2aT8cS?case={cid}&lang=ja&agent=1

AWS トレーニングと認定 カスタマーサポート
""".format(cid=cid)
    th.send("caseD-anketo", "survey", cid, "ja", rc, to, FORM, T(2025, 10, 14, 5, 24, 2),
            "ケース %s のクローズについて(アンケートご協力のお願い)" % cid, text_part(surv, **J), [surv],
            subj_cs="iso-2022-jp", to_cs="iso-2022-jp")

    send_credly(credly_mail("caseD-credly-badge", rc, ("Yumi Yamamoto", to[1]), T(2025, 10, 15, 9, 8, 27),
                            "Amazon Web Services Training and Certification has issued you a new badge",
                            "Yumi", "AWS Certified SysOps Administrator - Associate",
                            "Congratulations! Amazon Web Services Training and Certification has issued you a badge.",
                            cs="base64", transferred=True))


# ================================================================ CASE E
# completion quotes the whole thread. English, form desk, Office 365.
def case_e():
    opened = T(2025, 12, 2, 10, 47, 55)
    cid = case_id15(opened, 52980)
    rc = {"type": "o365", "tag": "LO2P265", "region": "GBRP265", "fe": "LO0P265CA0009", "fe_region": "GBRP265"}
    to = ("Ahmed Rahman", "ahmed.rahman@corvusdata.co.uk")
    th = Thread()
    subj = "[CASE %s] %s" % (cid, FORM_SUBJ)
    ack = """Hello,

We've received your request and created case {cid}.

Our team aims to respond within one business day. You don't need to do anything else right now.
If you'd like to add details, simply reply to this email; please leave the case number in the
subject so your message is attached to the right case.

Kind regards,
AWS Training and Certification
""".format(cid=cid)
    th.send("caseE-received", "case_created", cid, "en", rc, to, FORM, opened + dt.timedelta(seconds=25),
            subj, text_part(ack), [ack])

    req = """Dear Ahmed,

Thank you for contacting AWS Training and Certification regarding your certification accounts.

We have identified the following accounts:

Primary (remains active): AWS01968245 - ahmed.rahman@corvusdata.co.uk
Secondary (to be merged into primary): AWS09375501 - ahmed.r.rahman@gmail.com

Please note that the merge is irreversible. Once processed, the secondary account will be
deactivated and all certifications, exam results and benefits will be transferred to the
primary account.

Kindly reply to this email to confirm that you would like us to proceed with the merge as
described above.

Kind regards,
Elena R.
AWS Training and Certification
"""
    t_req = T(2025, 12, 3, 13, 5, 16)
    th.send("caseE-confirm-details", "merge_confirmation_requested", cid, "en", rc, to, FORM, t_req,
            "RE:" + subj, text_part(req), [req])

    th.user(outlook_user_mid("LO2P265MB"))
    user1 = """Hi Elena,

Yes, that's correct - please go ahead and merge AWS09375501 into AWS01968245.

Many thanks,
Ahmed"""
    th.user(outlook_user_mid("LO2P265MB"))
    user2 = """Hi Elena,

Just checking in on this - I confirmed on 3 December but haven't heard anything since. I have an
exam booked on the 15th and I'd like to use the 50% voucher from my older account.

Thanks,
Ahmed"""
    status = """Hello Ahmed,

Thank you for following up, and sorry for the wait. Your confirmation reached us and the request
is now with our back-office team. These requests are usually processed within 3-5 business days;
I have noted your exam date on the case so that it can be prioritised.

I'll let you know here as soon as it has been done.

Kind regards,
Elena R.
AWS Training and Certification
"""
    blk_user2 = ("From: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSent: 08 December 2025 09:12\n"
                 "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE:" + subj + "\n\n" + user2)
    blk_user1 = ("From: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSent: 03 December 2025 14:40\n"
                 "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE:" + subj + "\n\n" + user1)
    blk_req = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 03 December 2025 13:05\n"
               "To: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSubject: RE:" + subj + "\n\n" + req.strip())
    sep = "\n\n________________________________\n"
    th.send("caseE-in-progress", "support_reply", cid, "en", rc, to, FORM, T(2025, 12, 8, 15, 33, 1),
            "RE:" + subj, text_part(status + sep + blk_user2 + sep + blk_user1 + sep + blk_req, cte="base64"),
            [status])

    th.user(outlook_user_mid("LO2P265MB"))
    user3 = """Thanks Elena, appreciated.

Ahmed"""
    done = """Hello Ahmed,

Thank you for your patience. I'm pleased to tell you that your two certification profiles have
now been consolidated into the one you asked us to keep. Your certifications, exam history and
the 50% exam discount are all available when you sign in with your work address, and the other
login has been disabled.

If anything still looks missing after 24 hours, please reply to this message.

Kind regards,
Kofi A.
AWS Training and Certification
"""
    blk_user3 = ("From: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSent: 08 December 2025 16:02\n"
                 "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE:" + subj + "\n\n" + user3)
    blk_status = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 08 December 2025 15:33\n"
                  "To: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSubject: RE:" + subj + "\n\n" + status.strip())
    blk_ack = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 02 December 2025 10:48\n"
               "To: Ahmed Rahman <ahmed.rahman@corvusdata.co.uk>\nSubject: " + subj + "\n\n" + ack.strip())
    full = done + sep + blk_user3 + sep + blk_status + sep + blk_user2 + sep + blk_user1 + sep + blk_req + sep + blk_ack
    th.send("caseE-consolidated-full-thread", "merge_completed", cid, "en", rc, to, FORM, T(2025, 12, 10, 11, 17, 48),
            "RE:" + subj, text_part(full), [done])

    sv_plain = """How did we do?

Case {cid} has been closed. Your feedback helps us improve AWS Training and Certification support.

Was your issue resolved?  Yes: https://amazonwebservices.qualtrics.com/jfe/form/SV_2lQyR7dE8kXz1fM?c={cid}&v=1
                          No:  https://amazonwebservices.qualtrics.com/jfe/form/SV_2lQyR7dE8kXz1fM?c={cid}&v=0

Need more help? Reply to this email and we'll reopen your case.
""".format(cid=cid)
    sv_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e;">
<h2 style="color:#232f3e;">How did we do?</h2>
<p>Case <strong>{cid}</strong> has been closed. Your feedback helps us improve AWS Training and Certification support.</p>
<p><strong>Was your issue resolved?</strong></p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ff9900;padding:10px 24px;"><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_2lQyR7dE8kXz1fM?c={cid}&amp;v=1" style="color:#000;text-decoration:none;font-weight:bold;">YES</a></td>
<td style="background:#d5dbdb;padding:10px 24px;"><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_2lQyR7dE8kXz1fM?c={cid}&amp;v=0" style="color:#000;text-decoration:none;font-weight:bold;">NO</a></td>
</tr></table>
<p>Rate your agent: <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_2lQyR7dE8kXz1fM?c={cid}&amp;a=1">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#687078;">Need more help? Reply to this email and we'll reopen your case.</p>
</body></html>""".format(cid=cid)
    th.send("caseE-case-closed-feedback", "survey", cid, "en", rc, to, FORM, T(2025, 12, 10, 11, 20, 3),
            "Case %s closed - tell us how we did" % cid,
            alternative(text_part(sv_plain), text_part(sv_html, "html")), [sv_plain, sv_html])

    send_credly(credly_mail("caseE-credly-badge", rc, to, T(2025, 12, 11, 8, 40, 12),
                            "You've been issued a badge by Amazon Web Services Training and Certification",
                            "Ahmed", "AWS Certified Data Engineer - Associate",
                            "Amazon Web Services Training and Certification has sent you a badge for your achievement.",
                            transferred=True))


# ================================================================ CASE F
# closed with survey, no Credly until user asked again. Japanese, form desk, Shift_JIS, Gmail.
def case_f():
    opened = T(2026, 1, 13, 14, 12, 44)
    cid = case_id15(opened, 88402)
    rc = {"type": "gmail"}
    to = ("中村 拓也", "takuya.nakamura.jp@gmail.com")
    th = Thread()
    subj = "[CASE %s] %s" % (cid, FORM_SUBJ)
    ack = """中村 拓也 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ご依頼を受け付けました (ケース番号: {cid})。

担当者より、原則として 24 時間以内にご連絡いたします。
補足事項がございましたら、件名を変更せずにこのメールへご返信ください。

Thank you for contacting AWS Training and Certification. Your case number is {cid}.

AWS トレーニングと認定 カスタマーサポート
""".format(cid=cid)
    th.send("caseF-uketsuke", "case_created", cid, "ja", rc, to, FORM, opened + dt.timedelta(seconds=8),
            subj, text_part(ack, charset="shift_jis", cte="base64"), [ack], to_cs="shift_jis")

    form = """> お問い合わせの種類: Certification
> 詳細: Account Merge
> AWS 候補者 ID: AWS02290716
> 内容: 前職の会社アドレス (t-nakamura@minato-solutions.jp) で作ったアカウントが別にあります。
> Gmail のアカウントに一本化したいです。"""
    req = """中村 拓也 様

AWS トレーニングと認定 カスタマーサポート担当の小林です。
アカウント統合のご依頼について、以下の内容で相違ないかご確認をお願いいたします。

① 統合後も使用するアカウント
   AWS02290716 (takuya.nakamura.jp@gmail.com)
② ①へ統合し、閉鎖するアカウント
   AWS03764058 (t-nakamura@minato-solutions.jp)

②に登録されている認定 (AWS Certified Developer - Associate / AWS Certified DevOps Engineer -
Professional) は、①へ移行されます。統合は取り消しのできない処理ですので、ご注意ください。

内容にお間違いがなければ、本メールにご返信のうえ、統合を進めてよいかお知らせください。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    # cp932-only characters (①②) in a part labelled Shift_JIS
    th.send("caseF-naiyou-kakunin", "merge_confirmation_requested", cid, "ja", rc, to, FORM,
            T(2026, 1, 14, 9, 27, 3), "RE:" + subj,
            text_part(req + "\n----- 元のお問い合わせ -----\n" + form + "\n", codec="cp932", label="Shift_JIS", cte="base64"),
            [req], to_cs="shift_jis")

    th.user(gmail_user_mid())
    done = """中村 様

小林です。ご返信ありがとうございました。
ご承認をいただきましたので処理を行い、先ほど統合が完了いたしました。

AWS03764058 にあった認定資格 2 件と受験履歴は、AWS02290716 へ移行しております。
今後は takuya.nakamura.jp@gmail.com でサインインしてください。

Credly のバッジについては、数日以内に Credly から受け取りのご案内が届く予定です。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    q = """2026年1月15日(木) 8:02 中村 拓也 <takuya.nakamura.jp@gmail.com>:
> 小林様
>
> ご確認ありがとうございます。内容に間違いありません。
> 統合を進めてください。
>
> 中村
>
> 2026年1月14日(水) 18:27 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(quote(req.strip().replace("①", "(1)").replace("②", "(2)")))
    th.send("caseF-togo-kanryo", "merge_completed", cid, "ja", rc, to, FORM, T(2026, 1, 16, 3, 44, 20),
            "RE:" + subj, text_part(done + "\n" + q, charset="shift_jis", cte="base64"), [done], to_cs="shift_jis")

    surv = """中村 拓也 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ (ケース {cid}) は解決済みとしてクローズいたしました。

よろしければ、今回の対応についてアンケートにご回答ください。1 分ほどで終わります。
https://amazonwebservices.qualtrics.com/jfe/form/SV_9RkQxLzJp2aT8cS?case={cid}&lang=ja

引き続きお手伝いが必要な場合は、14 日以内にこのメールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
""".format(cid=cid)
    th.send("caseF-close-anketo", "survey", cid, "ja", rc, to, FORM, T(2026, 1, 16, 3, 46, 51),
            "【AWS トレーニングと認定】ケース %s クローズのお知らせとアンケートのお願い" % cid,
            text_part(surv), [surv], to_cs="shift_jis")

    th.user(gmail_user_mid())
    retrig = """中村 拓也 様

小林です。ご連絡いただき、ありがとうございます。ケースを再開して確認いたしました。

お調べしたところ、Credly へのバッジ移行処理が正常に終了していなかったことがわかりました。
ご不便をおかけし、申し訳ございません。本日、バッジの移行処理を再実行いたしました
(we have re-triggered the badge transfer)。

48 時間以内に、Credly から takuya.nakamura.jp@gmail.com 宛てにバッジ受け取りのメールが届きます。
届かない場合は、迷惑メールフォルダもご確認のうえ、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    q2 = """2026年1月26日(月) 21:47 中村 拓也 <takuya.nakamura.jp@gmail.com>:
> 小林様
>
> 先日は統合のご対応ありがとうございました。
> ただ、Credly のバッジが 2 つとも旧アドレス (t-nakamura@minato-solutions.jp) の方に残ったままで、
> Gmail の方には何も届いていません。確認していただけますでしょうか。
>
> 中村
"""
    th.send("caseF-badge-saijikko", "support_reply", cid, "ja", rc, to, FORM, T(2026, 1, 27, 5, 12, 36),
            "RE:" + subj, text_part(retrig + "\n" + q2, charset="shift_jis", cte="base64"), [retrig], to_cs="shift_jis")

    send_credly(credly_mail("caseF-credly-badge-developer", rc, ("Takuya Nakamura", to[1]), T(2026, 1, 28, 1, 3, 9),
                            "Amazon Web Services Training and Certification sent you a new badge",
                            "Takuya", "AWS Certified Developer - Associate",
                            "Amazon Web Services Training and Certification has issued you a badge. Claim it now and share it with your network.",
                            transferred=True))
    send_credly(credly_mail("caseF-credly-badge-devops", rc, ("Takuya Nakamura", to[1]), T(2026, 1, 28, 1, 3, 41),
                            "Amazon Web Services Training and Certification sent you a new badge",
                            "Takuya", "AWS Certified DevOps Engineer - Professional",
                            "Amazon Web Services Training and Certification has issued you a badge. Claim it now and share it with your network.",
                            transferred=True))


# ================================================================ CASE G
# second case number for the same merge, merged into the first. English, form + console, Gmail.
def case_g():
    opened1 = T(2026, 2, 3, 18, 20, 11)
    cid1 = case_id15(opened1, 60358)
    opened2 = T(2026, 2, 9, 12, 5, 47)
    cid2 = case_id15(opened2, 19724)
    rc = {"type": "gmail"}
    to = ("Lucas Ferreira", "lucas.ferreira.br@gmail.com")
    t1 = Thread()
    t2 = Thread()
    subj1 = "[CASE %s] %s" % (cid1, FORM_SUBJ)
    ack1 = """Hello,

Thank you for contacting AWS Training and Certification.

Your request has been logged under case {cid}. A member of our support team will get back to you,
normally within 24 hours. To add information, reply to this email without changing the subject.

Please don't submit a new request for the same issue; doing so may delay our response.

Thank you,
AWS Training and Certification Customer Support
""".format(cid=cid1)
    t1.send("caseG-first-case-logged", "case_created", cid1, "en", rc, to, FORM, opened1 + dt.timedelta(seconds=14),
            subj1, text_part(ack1, charset="us-ascii", cte="7bit"), [ack1])

    csubj2 = "Still waiting - merge my two certification accounts"
    ack2 = """Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

Case ID: {cid}
Subject: {s}
Severity: General guidance
Correspondence: I sent the training and certification form a week ago and got no reply. I need
my two certification accounts merged (personal gmail and work email at vexilo).

You can view and respond to this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please do not reply to this email; replies to this address are not monitored.

Best regards,
Amazon Web Services
""".format(cid=cid2, s=csubj2)
    t2.send("caseG-second-case-opened", "case_created", cid2, "en", rc, to, CONSOLE, opened2 + dt.timedelta(seconds=4),
            "Amazon Web Services: You have opened a new Support case: %s" % cid2, text_part(ack2), [ack2])

    dup = """Hello Lucas,

Thank you for contacting AWS Support.

I see that you submitted the same request, to combine your certification accounts, through the
Training and Certification contact form on February 3 (case {c1}). To avoid two teams working
on the same request, I have merged this case into case {c1}, and all further updates will come
from there. I've also let the Training and Certification team know that you are waiting for a
response.

Please don't open additional cases for this request, as this can slow things down. I'll now
resolve this case.

Best regards,
Jonas W.
Amazon Web Services

""".format(c1=cid1) + CONSOLE_FOOT_EN.format(cid=cid2)
    t2.send("caseG-duplicate-merged-into-first", "support_reply", cid2, "en", rc, to, CONSOLE,
            T(2026, 2, 10, 9, 41, 26), "RE:[CASE %s] %s" % (cid2, csubj2), text_part(dup), [dup])

    sv2 = """Hello,

Your support case {cid} ({s}) has been resolved.

We'd appreciate a moment of your time to tell us about your experience:
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=en

If you need further help, you can reopen this case from the Support Center within 14 days.

Amazon Web Services
""".format(cid=cid2, s=csubj2)
    t2.send("caseG-second-case-resolved", "survey", cid2, "en", rc, to, CONSOLE, T(2026, 2, 10, 9, 45, 58),
            "[Case %s] Your support case has been resolved" % cid2, text_part(sv2), [sv2])

    req = """Hi Lucas,

Apologies for the delay in getting back to you, and thank you for your patience. I can see you
also reached out through the console; we'll keep everything on this case from now on.

Here's what we have on file:
- aws04035689 - lucas.ferreira.br@gmail.com - this is the account that would remain
- aws06187240 - lucas.ferreira@vexilo.com.br - its certifications and exam history would be
  moved over, after which it would be closed

Please keep in mind that once two accounts are merged, they can't be separated again.

Can you reply to this message to confirm this is how you'd like it done? As soon as I have your
OK, I'll get it started.

Thanks,
Aisha K.
AWS Training and Certification Customer Support
"""
    t1.send("caseG-is-this-right", "merge_confirmation_requested", cid1, "en", rc, to, FORM, T(2026, 2, 10, 16, 2, 37),
            "RE:" + subj1, text_part(req), [req])

    t1.user(gmail_user_mid())
    done = """Hi Lucas,

All done: aws06187240 has been merged into AWS04035689. You'll find your AWS Certified Solutions
Architect - Professional and AWS Certified Security - Specialty certifications under the remaining
account; the old login will no longer work.

Give it a few hours to show up everywhere. Your Credly badges will follow by email.

Thanks,
Aisha K.
AWS Training and Certification Customer Support
"""
    q = """On Tue, Feb 10, 2026 at 9:14 PM Lucas Ferreira <lucas.ferreira.br@gmail.com> wrote:

> Confirmed, go ahead. Thanks Aisha!
>
> Lucas
>
> On Tue, Feb 10, 2026 at 1:02 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
""" + quote(quote(req.strip()))
    t1.send("caseG-all-done", "merge_completed", cid1, "en", rc, to, FORM, T(2026, 2, 12, 13, 30, 2),
            "RE:" + subj1, text_part(done + "\n" + q), [done])

    sv1 = """Hello Lucas,

We hope we were able to help with your request. Case {cid} is now closed.

Please take a moment to tell us about your experience:

Was your issue resolved?
  YES - https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=1
  NO  - https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=0

Thank you,
AWS Training and Certification Customer Support
""".format(cid=cid1)
    t1.send("caseG-first-case-feedback", "survey", cid1, "en", rc, to, FORM, T(2026, 2, 12, 13, 33, 40),
            "RE:" + subj1, text_part(sv1), [sv1])

    send_credly(credly_mail("caseG-credly-badge", rc, to, T(2026, 2, 13, 6, 55, 18),
                            "Amazon Web Services Training and Certification has issued you a new badge",
                            "Lucas", "AWS Certified Security - Specialty",
                            "Your badge from Amazon Web Services Training and Certification is ready to accept.",
                            transferred=True))


# ================================================================ CASE H
# completion and closure in one mail. Japanese, AWS console, HTML, three accounts.
def case_h():
    opened = T(2026, 3, 16, 4, 51, 2)
    cid = case_id15(opened, 45115)
    rc = {"type": "jp", "host": "mx01.asahi-hikari.ne.jp"}
    to = ("高橋 さくら", "sakura.t@asahi-hikari.ne.jp")
    th = Thread()
    csubj = "複数の認定アカウントの統合"
    ack = """Amazon Web Services をご利用いただき、ありがとうございます。

ケース {cid} がオープンされました。担当者が確認のうえ、ご連絡いたします。

ケース ID: {cid}
件名: {s}
重要度: 一般的なガイダンス

ケースの状況は AWS サポートセンターでご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

Amazon Web Services
""".format(cid=cid, s=csubj)
    th.send("caseH-case-open-ja", "case_created", cid, "ja", rc, to, CONSOLE, opened + dt.timedelta(seconds=5),
            "Amazon Web Services: サポートケース %s がオープンされました" % cid, text_part(ack), [ack])

    info_txt = """高橋 さくら 様

AWS トレーニングと認定の渡辺と申します。お問い合わせありがとうございます。

ご記載いただいた認定 ID のうち、AWS07740921 は確認できましたが、ほかのアカウントを特定するための
情報が不足しております。お手数ですが、以下についてお知らせください。

1. 統合したい各アカウントのサインイン用メールアドレス
2. 各アカウントの通知先メールアドレス (サインイン用と異なる場合)
3. 分かる範囲で、各アカウントで取得された認定の名称

ご返信はサポートセンターの本ケースからお願いいたします。

渡辺
Amazon Web Services
"""
    info_inner = """<p>高橋 さくら 様</p>
<p>AWS トレーニングと認定の渡辺と申します。お問い合わせありがとうございます。</p>
<p>ご記載いただいた認定 ID のうち、<strong>AWS07740921</strong> は確認できましたが、ほかのアカウントを特定するための情報が不足しております。お手数ですが、以下についてお知らせください。</p>
<ol><li>統合したい各アカウントのサインイン用メールアドレス</li>
<li>各アカウントの通知先メールアドレス (サインイン用と異なる場合)</li>
<li>分かる範囲で、各アカウントで取得された認定の名称</li></ol>
<p>ご返信はサポートセンターの本ケースからお願いいたします。</p>
<p>渡辺<br>Amazon Web Services</p>"""
    th.send("caseH-joho-onegai", "support_reply", cid, "ja", rc, to, CONSOLE, T(2026, 3, 17, 1, 14, 50),
            "RE:[CASE %s] %s" % (cid, csubj),
            alternative(text_part(info_txt + "\n" + CONSOLE_FOOT_JA.format(cid=cid), cte="base64"),
                        text_part(console_html(info_inner, cid, "ja"), "html", cte="base64")),
            [info_txt, info_inner], subj_cs="utf-8")

    cust = """お客様からの返信 (2026/03/17 20:32 JST)
渡辺様
ご確認ありがとうございます。残りの 2 つは以下です。
・s-takahashi@kaede-medical.co.jp (前の職場、通知先も同じ) Cloud Practitioner
・sakura.takahashi.aws@gmail.com (通知先も同じ) AI Practitioner
ID は aws 05528317 と AWS-09012663 だと思います。
すべて sakura.t@asahi-hikari.ne.jp のアカウントにまとめたいです。
高橋"""
    req_txt = """高橋 様

渡辺です。情報のご提供、ありがとうございました。
いただいた内容から、次の 3 つのアカウントを確認いたしました。

  AWS07740921 - sakura.t@asahi-hikari.ne.jp (残すアカウント)
  AWS05528317 - s-takahashi@kaede-medical.co.jp (統合元)
  AWS09012663 - sakura.takahashi.aws@gmail.com (統合元)

AWS05528317 と AWS09012663 の認定資格・受験履歴・特典をすべて AWS07740921 に集約し、統合元の
2 アカウントは閉鎖いたします。この操作は元に戻すことができません。

この内容で手続きを進めてよろしいでしょうか。サポートセンターからご確認のご返信をお願いいたします。

渡辺
Amazon Web Services
"""
    req_inner = """<p>高橋 様</p>
<p>渡辺です。情報のご提供、ありがとうございました。<br>いただいた内容から、次の 3 つのアカウントを確認いたしました。</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#f2f3f3;"><th align="left">認定 ID</th><th align="left">メールアドレス</th><th align="left">区分</th></tr>
<tr><td>AWS07740921</td><td>sakura.t@asahi-hikari.ne.jp</td><td><strong>残すアカウント</strong></td></tr>
<tr><td>AWS05528317</td><td>s-takahashi@kaede-medical.co.jp</td><td>統合元</td></tr>
<tr><td>AWS09012663</td><td>sakura.takahashi.aws@gmail.com</td><td>統合元</td></tr>
</table>
<p>AWS05528317 と AWS09012663 の認定資格・受験履歴・特典をすべて AWS07740921 に集約し、統合元の 2 アカウントは閉鎖いたします。<strong>この操作は元に戻すことができません。</strong></p>
<p>この内容で手続きを進めてよろしいでしょうか。サポートセンターからご確認のご返信をお願いいたします。</p>
<p>渡辺<br>Amazon Web Services</p>"""
    cust_html = "<div style=\"margin-top:16px;padding-top:8px;border-top:1px solid #eaeded;color:#545b64;font-size:13px;\">" + \
        cust.replace("\n", "<br>\n") + "</div>"
    th.send("caseH-togo-naiyou-kakunin", "merge_confirmation_requested", cid, "ja", rc, to, CONSOLE,
            T(2026, 3, 18, 2, 3, 11), "RE:[CASE %s] %s" % (cid, csubj),
            alternative(text_part(req_txt + "\n" + cust + "\n\n" + CONSOLE_FOOT_JA.format(cid=cid), cte="base64"),
                        text_part(console_html(req_inner + cust_html, cid, "ja"), "html", cte="base64")),
            [req_txt, req_inner])

    go_txt = """高橋 様

渡辺です。ご確認いただき、ありがとうございます。
それでは、統合の手続きに入らせていただきます。完了までは通常 2〜3 営業日ほどお時間を頂戴しております。
完了しましたら、本ケースにてあらためてご連絡いたします。

渡辺
Amazon Web Services
"""
    go_inner = """<p>高橋 様</p>
<p>渡辺です。ご確認いただき、ありがとうございます。<br>それでは、統合の手続きに入らせていただきます。完了までは通常 2〜3 営業日ほどお時間を頂戴しております。<br>完了しましたら、本ケースにてあらためてご連絡いたします。</p>
<p>渡辺<br>Amazon Web Services</p>"""
    cust2 = "お客様からの返信 (2026/03/18 12:40 JST)\n内容を確認しました。この内容で進めてください。よろしくお願いします。\n高橋"
    th.send("caseH-tetsuzuki-kaishi", "support_reply", cid, "ja", rc, to, CONSOLE, T(2026, 3, 18, 6, 55, 29),
            "RE:[CASE %s] %s" % (cid, csubj),
            alternative(text_part(go_txt + "\n" + cust2 + "\n\n" + CONSOLE_FOOT_JA.format(cid=cid), cte="base64"),
                        text_part(console_html(go_inner + "<div style=\"color:#545b64;font-size:13px;\">" +
                                               cust2.replace("\n", "<br>\n") + "</div>", cid, "ja"), "html", cte="base64")),
            [go_txt, go_inner])

    fin_txt = """高橋 様

渡辺です。お待たせいたしました。
3 つのアカウントの統合が完了しましたので、お知らせいたします。AWS05528317 と AWS09012663 の
認定資格は、すべて AWS07740921 でご確認いただけます。統合元の 2 アカウントは閉鎖済みです。

本件はこれで対応完了となりますので、本ケースはクローズさせていただきます。
よろしければ、下記のリンクから今回の対応についてのアンケートにご協力ください。
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

渡辺
Amazon Web Services
""".format(cid=cid)
    fin_inner = """<p>高橋 様</p>
<p>渡辺です。お待たせいたしました。<br>3 つのアカウントの統合が完了しましたので、お知らせいたします。AWS05528317 と AWS09012663 の認定資格は、すべて AWS07740921 でご確認いただけます。統合元の 2 アカウントは閉鎖済みです。</p>
<p>本件はこれで対応完了となりますので、本ケースはクローズさせていただきます。<br>よろしければ、下記のボタンから今回の対応についてのアンケートにご協力ください。</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={cid}&amp;language=ja" style="display:inline-block;background:#ec7211;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:2px;">アンケートに回答する</a></p>
<p>渡辺<br>Amazon Web Services</p>""".format(cid=cid)
    th.send("caseH-kanryo-close", "merge_completed", cid, "ja", rc, to, CONSOLE, T(2026, 3, 20, 8, 12, 47),
            "RE:[CASE %s] %s" % (cid, csubj),
            alternative(text_part(fin_txt + "\n" + CONSOLE_FOOT_JA.format(cid=cid), cte="base64"),
                        text_part(console_html(fin_inner, cid, "ja"), "html", cte="base64")),
            [fin_txt, fin_inner])

    send_credly(credly_mail("caseH-credly-badge", rc, ("Sakura Takahashi", to[1]), T(2026, 3, 21, 10, 30, 5),
                            "Accept your AWS Certified AI Practitioner badge",
                            "Sakura", "AWS Certified AI Practitioner",
                            "Amazon Web Services Training and Certification has issued you a badge.",
                            transferred=True))


# ================================================================ CASE I
# more info, confirm, "once the merge is complete", done. English, form desk, base64, on-prem (no A-R).
def case_i():
    opened = T(2026, 4, 21, 7, 33, 50)
    cid = case_id15(opened, 1739)
    rc = {"type": "onprem", "gw": "mail-gw.lumenforge.io", "internal": "exch02.corp.lumenforge.io",
          "tz": ZoneInfo("Asia/Singapore")}
    to = ("Chen Wei", "wei.chen@lumenforge.io")
    th = Thread()
    subj = "[CASE %s] %s" % (cid, FORM_SUBJ)
    B = dict(cte="base64")
    ack = """Hello,

Thank you for contacting AWS Training and Certification. We have received your submission and
opened case {cid}.

What happens next: a member of our Customer Support team will review your request and reply to
this email address, usually within 24 hours. Please reply to this email if you need to add
anything, and keep the case number in the subject.

AWS Training and Certification Customer Support
""".format(cid=cid)
    th.send("caseI-submission-received", "case_created", cid, "en", rc, to, FORM, opened + dt.timedelta(seconds=21),
            subj, text_part(ack, **B), [ack])

    orig = """-----Original Message-----
From: Chen Wei <wei.chen@lumenforge.io>
Sent: Tuesday, April 21, 2026 3:33 PM
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS01405839
Description: I passed AI Practitioner last year using a personal account by mistake. Please merge
it with my main certification account."""
    info = """Hello Wei,

Thank you for contacting AWS Training and Certification.

I was able to find the account with candidate ID AWS01405839 (wei.chen@lumenforge.io). However,
I couldn't locate a second certification account using the details in your request. Could you
please tell me:

1. The email address you used to sign in to the other account (it may be a personal address);
2. The candidate ID of that account, if you have it (it begins with "AWS" followed by 8 digits
   and is shown on your exam score report);
3. Which of the two accounts you would like to keep.

Once I have this information, I'll review both accounts and outline the next steps.

Best regards,
Tomas G.
AWS Training and Certification Customer Support
"""
    th.send("caseI-need-other-account", "support_reply", cid, "en", rc, to, FORM, T(2026, 4, 22, 10, 8, 14),
            "RE:" + subj, text_part(info + "\n" + orig, **B), [info])

    th.user(outlook_user_mid("SI2PR06MB"))
    user1 = """Hi Tomas,

The other one is chenwei.cloud@outlook.com, ID aws-08651970. Please keep my work account
(AWS01405839).

Regards,
Wei"""
    req = """Hello Wei,

Thanks for the details. I found the second account:

  AWS 08651970 - chenwei.cloud@outlook.com - AWS Certified AI Practitioner

As requested, we would merge it into AWS 01405839 (wei.chen@lumenforge.io), which holds your
AWS Certified Data Engineer - Associate certification. AWS 08651970 would then be closed, and you
would continue to sign in with wei.chen@lumenforge.io.

Before we submit this, please reply to confirm that you agree. Note that a merge cannot be
reversed.

Best regards,
Tomas G.
AWS Training and Certification Customer Support
"""
    qb = ("\nFrom: Chen Wei <wei.chen@lumenforge.io>\nSent: Wednesday, April 22, 2026 6:51 PM\n"
          "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE:" + subj + "\n\n" + user1)
    th.send("caseI-ok-to-merge", "merge_confirmation_requested", cid, "en", rc, to, FORM, T(2026, 4, 23, 2, 47, 55),
            "RE:" + subj, text_part(req + qb, **B), [req])

    th.user(outlook_user_mid("SI2PR06MB"))
    once = """Hello Wei,

Thank you for confirming. I have submitted the request to our Certification operations team.
Once the merge is complete, we will send you a confirmation email, and your Credly badges will be
reissued to wei.chen@lumenforge.io. You don't need to do anything in the meantime.

Best regards,
Tomas G.
AWS Training and Certification Customer Support
"""
    qb2 = ("\nFrom: Chen Wei <wei.chen@lumenforge.io>\nSent: Thursday, April 23, 2026 11:05 AM\n"
           "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE:" + subj +
           "\n\nConfirmed. Please go ahead.\n\nWei\n\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
           "Sent: Thursday, April 23, 2026 10:47 AM\nTo: Chen Wei <wei.chen@lumenforge.io>\nSubject: RE:" + subj + "\n\n" + req.strip())
    th.send("caseI-submitted-to-ops", "support_reply", cid, "en", rc, to, FORM, T(2026, 4, 23, 4, 19, 2),
            "RE:" + subj, text_part(once + qb2, **B), [once])

    done = """Hello Wei,

Your AWS Certification accounts have been merged successfully. AWS01405839 is now your only active
account and includes the AI Practitioner certification previously held on AWS08651970. Please
allow up to 24 hours for your certification history to update.

Best regards,
Tomas G.
AWS Training and Certification Customer Support
"""
    th.send("caseI-merged-successfully", "merge_completed", cid, "en", rc, to, FORM, T(2026, 4, 24, 12, 6, 31),
            "RE:" + subj, text_part(done + "\n-----Original Message-----\n" + once.strip() + "\n", **B), [done])

    send_credly(credly_mail("caseI-credly-ai-practitioner", rc, to, T(2026, 4, 25, 1, 22, 47),
                            "You've earned a badge from Amazon Web Services Training and Certification",
                            "Wei", "AWS Certified AI Practitioner",
                            "Congratulations, you've earned a badge! Amazon Web Services Training and Certification has issued it to you.",
                            cs="base64", transferred=True))
    send_credly(credly_mail("caseI-credly-data-engineer", rc, to, T(2026, 4, 25, 1, 23, 5),
                            "You've earned a badge from Amazon Web Services Training and Certification",
                            "Wei", "AWS Certified Data Engineer - Associate",
                            "Congratulations, you've earned a badge! Amazon Web Services Training and Certification has issued it to you.",
                            cs="base64"))

    sv = """Hello,

Case {cid} has been resolved and closed. We'd be grateful if you could tell us how we did.

Was your issue resolved?
  YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=1
  NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&r=0

Rate the support you received from Tomas G.:
  https://amazonwebservices.qualtrics.com/jfe/form/SV_5ngT1cC4r3kYq0e?case={cid}&agent=1

AWS Training and Certification Customer Support
""".format(cid=cid)
    th.send("caseI-closed-survey", "survey", cid, "en", rc, to, FORM, T(2026, 4, 26, 12, 0, 9),
            "RE:" + subj, text_part(sv, **B), [sv])


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in (case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h, case_i):
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(LABELS), "mails written")


if __name__ == "__main__":
    main()
