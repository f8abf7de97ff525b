#!/usr/bin/env python3
"""Generate blind set 75: AWS Certification account-merge mail, agent side after confirmation."""
import base64
import hashlib
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
import email.utils

UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
CET = ZoneInfo("Europe/Warsaw")
RND = random.Random(75)


def at(s, tz=UTC):
    """'2025-03-10 14:22:07' in tz -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfcdate(d, tz=UTC):
    return email.utils.format_datetime(d.astimezone(tz))


def gdate(d):
    x = d.astimezone(PT)
    return email.utils.format_datetime(x) + " (" + x.tzname() + ")"


def case15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(RND.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    return str(uuid.UUID(int=RND.getrandbits(128), version=4))


def fold_b64(s, width=70, indent="\t "):
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(chunks)


# ---------------------------------------------------------------- senders

SES_IPS = ["54.240.8.33", "54.240.8.87", "54.240.9.41", "54.240.48.107",
           "54.240.48.92", "54.240.9.114", "54.240.8.21", "54.240.48.15"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def ses_ids(d):
    ms = int(d.timestamp() * 1000)
    local = "0100%012x-%s-000000" % (ms, ruuid())
    return "<%s@email.amazonses.com>" % local, "%s@amazonses.com" % local


def dkim(domain, selector, d, heads="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
         c="relaxed/simple"):
    b = fold_b64(rb64(256))
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (c, selector, domain, int(d.timestamp()), heads, rb64(32), b))


AMZ_SEL = "rmbhztedjxfl6cwkyaxtu2kbsmvl5rpj"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_sender(frm, to, subject, d, ip=None, dkim_amazon=True, extra=None, tz=UTC):
    """Headers written by AWS/SES. Returns (headers, meta)."""
    ip = ip or RND.choice(SES_IPS)
    mid, ret = ses_ids(d)
    h = []
    if dkim_amazon:
        h.append(("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)))
    h.append(("DKIM-Signature", dkim("amazonses.com", SES_SEL, d,
                                     heads="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
    h.append(("Date", rfcdate(d, tz)))
    h.append(("From", frm))
    h.append(("To", to))
    h.append(("Message-ID", mid))
    h.append(("Subject", subject))
    if extra:
        h.extend(extra)
    h.append(("MIME-Version", "1.0"))
    h.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43]))
    h.append(("X-SES-Outgoing", d.strftime("%Y.%m.%d") + "-" + ip))
    return h, {"ip": ip, "helo": ses_host(ip), "mailfrom": ret, "mfdomain": "amazonses.com",
               "dkim": ["amazon.com", "amazonses.com"] if dkim_amazon else ["amazonses.com"],
               "fromdomain": "amazon.com", "mid": mid}


CREDLY_IPS = ["149.72.154.232", "149.72.123.24", "167.89.101.193"]


def credly_sender(frm, to, subject, d, extra=None):
    ip = RND.choice(CREDLY_IPS)
    sgid = rb64(16).rstrip("=").replace("+", "x").replace("/", "Q")
    mid = "<%s@geopod-ismtpd-%d>" % (sgid, RND.randint(2, 40))
    ret = "bounces+%d-%s-%s@em5810.credly.com" % (RND.randint(1000000, 9999999), rhex(4),
                                                 to.split("<")[-1].strip(">").replace("@", "="))
    h = [("DKIM-Signature", dkim("credly.com", "s1", d, heads="from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:content-type:cc:content-type:from:subject:to", c="relaxed/relaxed")),
         ("Date", rfcdate(d)), ("From", frm), ("Subject", subject), ("To", to),
         ("Message-ID", mid), ("MIME-Version", "1.0"),
         ("List-Unsubscribe", "<mailto:unsubscribe@credly.com?subject=unsubscribe>, <https://www.credly.com/notification_settings>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("X-SG-EID", rb64(60))]
    if extra:
        h.extend(extra)
    return h, {"ip": ip, "helo": "o%d.ptr%d.credly.com" % (RND.randint(1, 9), RND.randint(1000, 9999)),
               "mailfrom": ret, "mfdomain": "em5810.credly.com", "dkim": ["credly.com"],
               "fromdomain": "credly.com", "mid": mid}


def generic_sender(frm, to, subject, d, domain, ip, helo, mailfrom, mid=None, extra=None,
                   signed=True, selector="s1", tz=UTC, date_hdr=None):
    mid = mid or "<%s@%s>" % (rhex(24), domain)
    h = []
    if signed:
        h.append(("DKIM-Signature", dkim(domain, selector, d, c="relaxed/relaxed")))
    h += [("Date", date_hdr or rfcdate(d, tz)), ("From", frm), ("To", to), ("Message-ID", mid),
          ("Subject", subject)]
    if extra:
        h.extend(extra)
    h.append(("MIME-Version", "1.0"))
    return h, {"ip": ip, "helo": helo, "mailfrom": mailfrom, "mfdomain": mailfrom.split("@")[-1],
               "dkim": [domain] if signed else [], "fromdomain": domain, "mid": mid, "sel": selector}


# ---------------------------------------------------------------- receivers

def _ar_gmail(meta, res):
    parts = []
    for dom in meta["dkim"]:
        r = res.get("dkim", "pass")
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" %
                     (r, dom, meta.get("sel", "s1") if dom not in ("amazon.com", "amazonses.com") else
                      (AMZ_SEL if dom == "amazon.com" else SES_SEL), rb64(6)[:8]))
    if not meta["dkim"]:
        parts.append("dkim=none")
    spf = res.get("spf", "pass")
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (meta["mailfrom"], meta["ip"], meta["mailfrom"]))
    elif spf == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (meta["mailfrom"], meta["ip"], meta["mailfrom"]))
    else:
        parts.append("spf=%s smtp.mailfrom=%s" % (spf, meta["mailfrom"]))
    pol = res.get("policy", "(p=QUARANTINE sp=QUARANTINE dis=NONE)")
    parts.append("dmarc=%s %s header.from=%s" % (res.get("dmarc", "pass"), pol, meta["fromdomain"]))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def gmail_recv(to_addr, d, meta, res=None, arc=True):
    """Headers Gmail adds, top first. res=None -> normal pass."""
    res = res or {}
    r = d + timedelta(seconds=RND.randint(1, 3))
    h = [("Delivered-To", to_addr),
         ("Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %scsp%d%s;\n        %s" %
          (rhex(4), rhex(4), rhex(3), rhex(4), rhex(2), RND.randint(100000, 999999),
           "".join(RND.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)), gdate(r))),
         ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:78]),
         ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" %
          (rhex(4), rhex(4), rhex(3), rhex(4), rhex(16), rhex(12), RND.randint(1, 99),
           RND.randint(1700000000000, 1799999999999), gdate(r)))]
    ar = _ar_gmail(meta, res)
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (int(r.timestamp()), fold_b64(rb64(256), 68, "        "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
               % (rb64(32), rb64(32), fold_b64(rb64(256), 68, "        "))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h.append(("Return-Path", "<%s>" % meta["mailfrom"]))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (meta["helo"], meta["helo"], meta["ip"], rhex(11), rhex(11), "si" + str(RND.randint(1000000, 9999999)),
                 RND.randint(1, 999), d.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), to_addr, gdate(r))))
    spf = res.get("spf", "pass")
    h.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
              % (spf, meta["mailfrom"], "designates" if spf == "pass" else "does not designate",
                 meta["ip"], meta["ip"])))
    h.append(("Authentication-Results", ar))
    return h


def o365_recv(d, meta, res=None, tenant="namprd12", pfx=("SA", "MN", "BN")):
    res = res or {}
    r = d + timedelta(seconds=RND.randint(1, 4))
    t = rfcdate(r)
    srv = lambda p: "%s%dPR%02dMB%d.%s.prod.outlook.com" % (p, RND.randint(1, 9), RND.randint(1, 19),
                                                              RND.randint(1000, 9999), tenant)
    s1, s2 = srv(pfx[0]), srv(pfx[1])
    fe = "%s%dPEPF0000%s.%s.prod.outlook.com" % (pfx[2], RND.randint(1, 3), rhex(4).upper(), tenant.replace("12", "04"))
    spf = res.get("spf", "pass")
    dk = res.get("dkim", "pass")
    dm = res.get("dmarc", "pass")
    dkd = meta["dkim"][0] if meta["dkim"] else "none"
    dktext = {"pass": "pass (signature was verified)", "fail": "fail (body hash did not verify)",
              "none": "none (message not signed)"}[dk]
    action = res.get("action", "none")
    comp = res.get("compauth", "pass reason=100" if dm == "pass" else "fail reason=000")
    ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
          % (spf, meta["ip"], meta["mfdomain"], dktext, dkd, dm, action, meta["fromdomain"], comp))
    h = [("Received", "from %s (2603:10b6:806:%s::%d) by %s with HTTPS; %s" % (s1, rhex(3), RND.randint(1, 20), s2, t)),
         ("Received", "from %s (2603:10b6:408:%s::%d) by %s (2603:10b6:806:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
          % (fe.replace("PEPF", "CA"), rhex(3), RND.randint(1, 9), s1, rhex(3), RND.randint(1, 20),
             RND.randint(8000, 9300), RND.randint(10, 40), t)),
         ("Authentication-Results", ar),
         ("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
          % (spf.capitalize(), meta["mfdomain"], "designates" if spf == "pass" else "does not designate",
             meta["ip"], meta["ip"], meta["helo"])),
         ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
          % (meta["helo"], meta["ip"], fe.replace(".prod.outlook.com", ".mail.protection.outlook.com"),
             RND.randint(1, 254), RND.randint(1, 254), RND.randint(8000, 9300), RND.randint(10, 40), rfcdate(d + timedelta(seconds=1))))]
    return h


def o365_trailer(d):
    return [("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-MS-Exchange-Organization-AuthSource", "BN2PEPF000044A8.namprd04.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Office365-Filtering-Correlation-Id", ruuid()),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|29132699027|8096899003;")]


JP_PROVIDERS = {
    "biglobe": ("biglobe.ne.jp", "mail-sd.biglobe.ne.jp", "133.208.%d.%d"),
    "nifty": ("mta-snd.nifty.com", "mx.nifty.com", "202.248.%d.%d"),
    "ocn": ("ocn.ad.jp", "mfsmax.ocn.ad.jp", "153.149.%d.%d"),
}


def jp_recv(provider, to_addr, d, meta, res=None, with_ar=True):
    res = res or {}
    authserv, host, ipfmt = JP_PROVIDERS[provider]
    r = d + timedelta(seconds=RND.randint(1, 5))
    h = [("Return-Path", "<%s>" % meta["mailfrom"]),
         ("Delivered-To", to_addr),
         ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
          % (meta["helo"], meta["helo"], meta["ip"], host,
             "".join(RND.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(8)), to_addr,
             rfcdate(r, JST)))]
    if with_ar:
        dk = res.get("dkim", "pass")
        dkparts = "; ".join("dkim=%s header.i=@%s" % (dk, x) for x in meta["dkim"]) or "dkim=none"
        h.insert(2, ("Authentication-Results", "%s; spf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s"
                     % (authserv, res.get("spf", "pass"), meta["mailfrom"], dkparts,
                        res.get("dmarc", "pass"), meta["fromdomain"])))
    return h


# ---------------------------------------------------------------- bodies

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, label=None,
         params=""):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, label or charset, params)
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" %
                      (RND.randint(100000, 999999), RND.randint(100000000, 999999999), RND.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="=_%s" % rhex(28))
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def subj(text, charset="utf-8", q=False, prefix=None, maxlen=76):
    """RFC 2047 subject, folded over several encoded words."""
    if charset == "ascii":
        return text
    cs = Charset(charset)
    if q:
        cs.header_encoding = QP
    h = Header(charset=cs, maxlinelen=maxlen, header_name="Subject")
    if prefix:
        h.append(prefix, "us-ascii")
    h.append(text, cs)
    return h.encode(maxlinelen=maxlen)


def build(headers, body):
    content = list(body._headers)
    body._headers = []
    for k, v in headers:
        body._headers.append((k, v))
    for k, v in content:
        body._headers.append((k, v))
    return body


def write(path, msg):
    with open(path, "wb") as f:
        g = BytesGenerator(f, mangle_from_=False, policy=policy.compat32.clone(max_line_length=0, linesep="\n"))
        g.flatten(msg)

# ====================================================================== set assembly
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []


def add(slug, kind, lang, case_id, ids, verified, headers, body):
    MAILS.append({"slug": slug, "kind": kind, "lang": lang, "case_id": case_id,
                  "ids": sorted(set(ids)), "verified": verified, "msg": build(headers, body)})

# Threads: Priya (en, Office 365), Kenji (ja, Gmail), Marcus (en, Gmail, console case)

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
FORMSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

FEEDBACK_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""


def console_footer(case, lang="en"):
    return ("\n======================================================\n"
            "To view your case or provide feedback on this correspondence, please sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n"
            "======================================================\n" % (case, lang))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ====================================================================== Priya
PRIYA_ADDR = "priya.raman@northwind-analytics.com"
P_OPEN = at("2025-03-10 14:22:07")
P = case15(P_OPEN, 31207)
P_KEEP, P_OLD = "AWS04418275", "AWS02973316"


def priya_aws(d, subject, body, frm=FORM, res=None):
    h, meta = ses_sender(frm, PRIYA_ADDR, subject, d)
    return o365_recv(d, meta, res) + h + o365_trailer(d), body


d = at("2025-03-10 14:22:41")
hdr, body = priya_aws(d, "[CASE %s] %s" % (P, FORMSUBJ), part(f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification.

Your request has been logged with reference number {P}. A member of our team will look into it and get back to you, normally within 24 hours.

If you need to add anything, simply reply to this e-mail and keep the reference number in the subject line. Please don't send the form again for the same request; duplicate requests can slow things down.

A copy of the information you submitted:

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: {P_KEEP}
Description:
Hi, I seem to have two certification profiles. My current one is {P_KEEP} (work e-mail). An older one, {P_OLD}, was created with my personal Outlook address when I took Cloud Practitioner in 2021. Could you combine them so all my certifications are in one place? Thanks.

Kind regards,
Amazon Web Services
""", cte="quoted-printable"))
add("aws-tc-form-submission", "case_created", "en", P, [P_KEEP, P_OLD], True, hdr, body)

d = at("2025-03-11 09:47:13")
txt = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. My name is Hannah and I'll be helping you with your request today.

I've located both profiles that you mentioned:

  * {P_KEEP} - priya.raman@northwind-analytics.com (this one will be kept)
  * {P_OLD} - priya.r.personal@outlook.com (this one will be folded into the account above)

Once we go ahead, the certifications, exam history and benefits currently held on {P_OLD} will be listed under {P_KEEP}, and you'll sign in with priya.raman@northwind-analytics.com from then on. {P_OLD} will no longer be accessible.

Please be aware this action is permanent: we aren't able to split the profiles again afterwards.

If everything above is correct, simply reply to this e-mail to let me know you'd like us to go ahead. If you'd rather keep the other account, just tell me and I'll adjust the request.

Best regards,

Hannah
Amazon Web Services

{FEEDBACK_EN}
"""
hdr, body = priya_aws(d, "RE:[CASE %s] %s" % (P, FORMSUBJ),
                      alt(part(txt), part(html_wrap(paras_html(txt)), "html")))
add("re-case-tc-form", "merge_confirmation_requested", "en", P, [P_KEEP, P_OLD], True, hdr, body)

d = at("2025-03-11 16:05:52")
txt = f"""Hi Priya,

Thanks for confirming.

I've handed your request over to our Certification Operations team, who carry out this kind of change on the back end. There's nothing more you need to do right now; I'll write to you again as soon as they've finished.

Best regards,

Hannah
Amazon Web Services

{FEEDBACK_EN}

-----Original Message-----
From: Raman, Priya <priya.raman@northwind-analytics.com>
Sent: Tuesday, March 11, 2025 3:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {P}] {FORMSUBJ}

Hi Hannah,

The details are correct. Please proceed with the merge and keep {P_KEEP}.

Thanks,
Priya

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 9:47 AM
To: Raman, Priya <priya.raman@northwind-analytics.com>
Subject: RE:[CASE {P}] {FORMSUBJ}

Hello Priya,

I've located both profiles that you mentioned:
  * {P_KEEP} - priya.raman@northwind-analytics.com (this one will be kept)
  * {P_OLD} - priya.r.personal@outlook.com (this one will be folded into the account above)
Please be aware this action is permanent. If everything above is correct, simply reply to this e-mail.
"""
hdr, body = priya_aws(d, "RE:[CASE %s] %s" % (P, FORMSUBJ), part(txt, cte="quoted-printable"))
add("re-case-tc-form-2", "support_reply", "en", P, [], True, hdr, body)

d = at("2025-03-13 10:31:20")
txt = f"""Hello Priya,

I'm Rafael, and I'm following up on your request to bring {P_OLD} together with {P_KEEP}.

Our operations team is still working through it. Requests of this type have been taking longer than usual this week, and I'm sorry for the wait. I've flagged your case so it gets looked at first thing, and I'll send you an update by the end of Friday at the latest, even if the work isn't finished by then.

Nothing has changed on your side in the meantime: you can keep signing in with priya.raman@northwind-analytics.com, and any exam you have scheduled will not be affected.

Thank you for your patience.

Best regards,

Rafael
Amazon Web Services

{FEEDBACK_EN}
"""
hdr, body = priya_aws(d, "RE:[CASE %s] %s" % (P, FORMSUBJ),
                      alt(part(txt, cte="base64"), part(html_wrap(paras_html(txt)), "html", cte="base64")))
add("case-followup-northwind", "support_reply", "en", P, [P_KEEP, P_OLD], True, hdr, body)

d = at("2025-03-14 08:55:09")
txt = f"""Hello Priya,

Good news: the work on your certification profiles is finished.

Everything that used to sit under {P_OLD} (your AWS Certified Cloud Practitioner, AWS Certified Developer - Associate and the related exam history) is now attached to {P_KEEP}, and the older profile has been retired, so it won't accept sign-ins anymore.

Please sign in to your AWS Certification Account with priya.raman@northwind-analytics.com and check that everything looks right. Digital badges can take up to 48 hours to appear in Credly under the e-mail address of the remaining account. If anything is missing after that, just reply to this e-mail.

Best regards,

Hannah
Amazon Web Services

{FEEDBACK_EN}
"""
hdr, body = priya_aws(d, "RE:[CASE %s] %s" % (P, FORMSUBJ),
                      alt(part(txt), part(html_wrap(paras_html(txt)), "html")))
add("re-case-northwind-update", "merge_completed", "en", P, [P_KEEP, P_OLD], True, hdr, body)

d = at("2025-03-15 02:14:33")
h, meta = credly_sender(CREDLY, "Priya Raman <%s>" % PRIYA_ADDR,
                        "Priya, your AWS Certified Developer - Associate badge is waiting", d)
ctext = """Amazon Web Services Training and Certification has issued you a badge!

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge to share it on LinkedIn, add it to your e-mail signature, or download a copy:
https://www.credly.com/earner/earned/badge/5b1f0c7e-2d33-4e61-a9c4-7f0d2b8e6a15

This badge was issued to priya.raman@northwind-analytics.com. If you already have a Credly account under another e-mail address, you can add this address to it before accepting.

Credly, 3 Bethesda Metro Center, Suite 700, Bethesda, MD 20814
Unsubscribe: https://www.credly.com/notification_settings
"""
chtml = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="AWS Certified Developer - Associate">
<h1 style="font-size:22px">Amazon Web Services Training and Certification has issued you a badge!</h1>
<p style="font-size:18px"><strong>AWS Certified Developer - Associate</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1f0c7e-2d33-4e61-a9c4-7f0d2b8e6a15" style="background:#0070c0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#666">This badge was issued to priya.raman@northwind-analytics.com.</p>
</td></tr></table>""")
add("credly-badge-dva", "credly_badge_issued", "en", None, [], True,
    o365_recv(d, meta) + h + o365_trailer(d), alt(part(ctext), part(chtml, "html")))

# ====================================================================== Kenji
KENJI = "kenji.watanabe.0917@gmail.com"
K_OPEN = at("2025-05-27 14:31:44", JST)
K = case15(K_OPEN, 48816)
K_KEEP, K_OLD = "AWS01867342", "AWS03305928"


def kenji_aws(d, subject, body, frm=FORM, res=None, to=KENJI):
    h, meta = ses_sender(frm, to, subject, d)
    return gmail_recv(KENJI, d, meta, res) + h, body


d = at("2025-05-27 14:32:10", JST)
txt = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせ内容を受け付けました。受付番号は {K} です。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名の受付番号を変更せずに、このメールにご返信ください。
同じ内容でフォームを再度送信されますと、対応が遅れる場合がございます。

ご入力内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {K_KEEP}

Amazon Web Services
"""
hdr, body = kenji_aws(d, "[CASE %s] %s" % (K, FORMSUBJ), part(txt, charset="iso-2022-jp", cte="7bit"))
add("case-form-uketsuke", "case_created", "ja", K, [K_KEEP], True, hdr, body)

d = at("2025-05-28 08:02:37", JST)
txt = f"""渡辺 健二 様

お世話になっております。
AWS トレーニングと認定サポートの佐々木でございます。

アカウント統合のご依頼につきまして、以下の内容で承ります。

  存続するアカウント: {K_KEEP}(kenji.watanabe.0917@gmail.com)
  統合元のアカウント: {K_OLD}(k.watanabe@hokuto-denki.co.jp)

統合後は、{K_OLD} に紐づく認定資格、受験履歴および特典がすべて {K_KEEP} に移され、{K_OLD} にはサインインできなくなります。
なお、この処理は一度実施いたしますと元に戻すことができません。

上記の内容でよろしければ、本メールにご返信いただき、実施してよい旨をお知らせください。

よろしくお願いいたします。

佐々木
Amazon Web Services
"""
hdr, body = kenji_aws(d, "RE:[CASE %s] %s" % (K, FORMSUBJ), part(txt, cte="base64"))
add("re-case-form-sasaki", "merge_confirmation_requested", "ja", K, [K_KEEP, K_OLD], True, hdr, body)

d = at("2025-05-29 11:40:05", JST)
txt = f"""渡辺様

ご返信いただき、ありがとうございます。佐々木でございます。

いただいたメールには「古い方を残してください」とございましたが、前回ご案内した内容とは残すアカウントが逆になります。
誤った統合を避けるため、恐れ入りますが改めて確認させてください。

  案A: {K_KEEP} を残し、{K_OLD} をこちらに統合する(前回ご案内した内容)
  案B: {K_OLD} を残し、{K_KEEP} をこちらに統合する

どちらの案で進めるか、本メールへのご返信でお知らせください。
統合は実施後に取り消すことができませんので、ご確認のうえお知らせいただけますと幸いです。

佐々木
Amazon Web Services

2025年5月28日(水) 21:15 渡辺 健二 <kenji.watanabe.0917@gmail.com>:
> はい、お願いします。
> 古い方を残してください。
>
> 2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺 健二 様
> >
> > アカウント統合のご依頼につきまして、以下の内容で承ります。
> >   存続するアカウント: {K_KEEP}
> >   統合元のアカウント: {K_OLD}
"""
hdr, body = kenji_aws(d, subj("RE:[CASE %s] %s" % (K, FORMSUBJ), "ascii"),
                      alt(part(txt, cte="quoted-printable"), part(html_wrap(paras_html(txt), "ja"), "html", cte="base64")))
add("re-case-form-kakunin", "merge_confirmation_requested", "ja", K, [K_KEEP, K_OLD], True, hdr, body)

d = at("2025-05-30 09:15:48", JST)
txt = f"""渡辺様

ご確認いただき、誠にありがとうございます。

{K_KEEP} を存続アカウントとする内容で、担当部署へ作業を依頼いたしました。
作業が完了しましたら、改めて本ケースにてご連絡いたします。
通常、完了までに 1〜3 営業日ほどお時間をいただいております。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

佐々木
Amazon Web Services

2025年5月29日(木) 19:48 渡辺 健二 <kenji.watanabe.0917@gmail.com>:
> 佐々木様
>
> 失礼しました。案Aでお願いします。
> {K_KEEP} を残して、{K_OLD} を統合してください。
>
> 2025年5月29日(木) 11:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 渡辺様
> >
> >   案A: {K_KEEP} を残し、{K_OLD} をこちらに統合する(前回ご案内した内容)
> >   案B: {K_OLD} を残し、{K_KEEP} をこちらに統合する
> >
> > どちらの案で進めるか、本メールへのご返信でお知らせください。
"""
hdr, body = kenji_aws(d, "RE:[CASE %s] %s" % (K, FORMSUBJ), part(txt, cte="quoted-printable"))
add("re-case-form-irai", "support_reply", "ja", K, [K_KEEP], True, hdr, body)

d = at("2025-05-31 10:03:22", JST)
txt = f"""渡辺様

お待たせいたしました。佐々木でございます。

{K_OLD} に登録されていた認定資格および受験履歴を、{K_KEEP} へ移行いたしました。
{K_OLD} は無効となっておりますので、今後は kenji.watanabe.0917@gmail.com で AWS Certification アカウントにサインインしてください。

Credly のデジタルバッジは、反映まで最大 2 営業日ほどかかる場合がございます。
2 営業日を過ぎても表示されない場合は、本メールにご返信ください。

このたびはご協力いただき、ありがとうございました。

佐々木
Amazon Web Services
"""
hdr, body = kenji_aws(d, "RE:[CASE %s] %s" % (K, FORMSUBJ), part(txt, charset="shift_jis", cte="8bit"))
add("re-case-form-ikou", "merge_completed", "ja", K, [K_KEEP, K_OLD], True, hdr, body)

d = at("2025-06-02 03:10:51")
txt = f"""渡辺 健二 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {K} は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします(所要時間は 1 分ほどです)。

問題は解決しましたか?
  はい: https://aws-tc-feedback.amazon.com/survey?c={K}&r=yes
  いいえ: https://aws-tc-feedback.amazon.com/survey?c={K}&r=no

担当者の対応を 5 段階で評価してください:
https://aws-tc-feedback.amazon.com/survey?c={K}&q=agent

このメールは送信専用アドレスから送信されています。
Amazon Web Services
"""
html = html_wrap(f"""<p>渡辺 健二 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>ケース {K} は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします(所要時間は 1 分ほどです)。</p>
<p><strong>問題は解決しましたか?</strong></p>
<p><a href="https://aws-tc-feedback.amazon.com/survey?c={K}&amp;r=yes" style="padding:8px 20px;background:#ec7211;color:#fff;text-decoration:none">はい</a>
&nbsp;<a href="https://aws-tc-feedback.amazon.com/survey?c={K}&amp;r=no" style="padding:8px 20px;background:#545b64;color:#fff;text-decoration:none">いいえ</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。</p>""", "ja")
hdr, body = kenji_aws(d, subj("[CASE %s] お問い合わせ対応に関するアンケートのお願い" % K, "utf-8"),
                      alt(part(txt), part(html, "html")), frm=NOREPLY)
add("case-anketo", "survey", "ja", K, [], True, hdr, body)

d = at("2025-06-01 11:27:40")
h, meta = credly_sender(CREDLY, KENJI, "Kenji, claim your AWS Certified Solutions Architect - Associate badge", d)
ctext = """Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Because your AWS Certification account was updated, this badge has been issued to kenji.watanabe.0917@gmail.com. Accept it to make it visible on your Credly profile:

Accept your badge: https://www.credly.com/earner/earned/badge/0e7d5c41-8b2a-4f0e-9d16-3a7c2f95b180

Badge expires: May 12, 2027

- The Credly Team
"""
chtml = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<p style="text-align:left">Hi Kenji,</p>
<p style="text-align:left">Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Solutions Architect - Associate</strong>.</p>
<p style="text-align:left">Because your AWS Certification account was updated, this badge has been issued to kenji.watanabe.0917@gmail.com. Accept it to make it visible on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0e7d5c41-8b2a-4f0e-9d16-3a7c2f95b180" style="display:inline-block;background:#0070c0;color:#ffffff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Badge expires: May 12, 2027</p></div>""")
add("credly-saa-kenji", "credly_badge_issued", "en", None, [], True,
    gmail_recv(KENJI, d, meta) + h, alt(part(ctext, cte="7bit", charset="us-ascii"), part(chtml, "html")))

# ====================================================================== Marcus
MARCUS = "marcus.oyelaran@gmail.com"
M_OPEN = at("2025-08-04 18:40:12")
M = case15(M_OPEN, 50773)
M_KEEP, M_OLD = "AWS05120874", "AWS00987213"
MSUBJ = "Merge two certification accounts"


def marcus_aws(d, subject, body, frm=NOREPLY, res=None):
    h, meta = ses_sender(frm, MARCUS, subject, d)
    return gmail_recv(MARCUS, d, meta, res) + h, body


d = at("2025-08-04 18:40:19")
txt = f"""Dear Marcus Oyelaran,

Thank you for contacting Amazon Web Services. We have opened case {M} to address your issue.

The details of your case are as follows:

Case ID: {M}
Subject: {MSUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: {M_KEEP} (marcus.oyelaran@gmail.com, current) and aws-00987213 (old work e-mail m.oyelaran@lagoonsoft.io, no longer accessible). I'd like everything under {M_KEEP}. Thanks, Marcus

You can view, reply to, or close your case at any time in the AWS Support Center.

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, use the link below.

Best regards,
Amazon Web Services
""" + console_footer(M)
hdr, body = marcus_aws(d, "Amazon Web Services: You have opened a new Support case: %s" % M, part(txt))
add("aws-new-support-case", "case_created", "en", M, [M_KEEP, M_OLD], True, hdr, body)

d = at("2025-08-05 12:01:44")
txt = f"""Dear Marcus Oyelaran,

We've added a new correspondence to your support case.

Case ID: {M}
Subject: {MSUBJ}

To see the full text and respond, please sign in to the AWS Support Center. We can't accept replies sent to this e-mail address.
""" + console_footer(M)
hdr, body = marcus_aws(d, "[Case %s] New correspondence added" % M, part(txt, cte="7bit", charset="us-ascii"))
add("case-correspondence-added", "support_reply", "en", M, [], True, hdr, body)

d = at("2025-08-05 12:01:46")
txt = f"""Hello Marcus,

Greetings from AWS Training and Certification!

I understand that you would like to merge your certification accounts. To proceed further, kindly provide the below details:

1. The e-mail address registered on each of the accounts
2. Which account you want to retain as primary
3. The reason for the merge request

Also, while checking I found that {M_OLD} is registered under the name "Markus Oyelaran". Could you please confirm that both the accounts belongs to you?

Please reply to this case from the Support Center, as the e-mail address this message is sent from is not monitored.

{FEEDBACK_EN}

Best regards,
Abhishek K.
Amazon Web Services
""" + console_footer(M)
hdr, body = marcus_aws(d, "RE:[CASE %s] %s" % (M, MSUBJ),
                       alt(part(txt), part(html_wrap(paras_html(txt)), "html")))
add("re-case-merge-two", "support_reply", "en", M, [M_OLD], True, hdr, body)

d = at("2025-08-07 07:22:03")
txt = f"""Hello Marcus,

Thank you for sharing the details. As per our verification, both the accounts belongs to you and the name difference is only a spelling variation.

Please find the merge details as below:

Primary account (will be retained): {M_KEEP} - marcus.oyelaran@gmail.com
Secondary account (will be merged and closed): {M_OLD} - m.oyelaran@lagoonsoft.io

Kindly note that once the merge is done, it can't be reverted back. All the certifications and exam history of the secondary account will be moved to the primary account.

Please confirm from your end by replying to this case with "I confirm", so that we can initiate the merge.

{FEEDBACK_EN}

Best regards,
Abhishek K.
Amazon Web Services
""" + console_footer(M)
hdr, body = marcus_aws(d, "RE:[CASE %s] %s" % (M, MSUBJ), part(txt, cte="quoted-printable"))
add("re-case-merge-two-2", "merge_confirmation_requested", "en", M, [M_KEEP, M_OLD], True, hdr, body)

d = at("2025-08-07 15:40:29")
txt = f"""Hello Marcus,

Thanks for your confirmation.

We are now proceeding with the merge and the request is raised to our internal team:

  aws00987213  -->  {M_KEEP}

Usually it takes 2-3 business days. Please wait until then, we will update you on this case once it is done. Kindly do not create a new case for the same request, as it may delay the process.

{FEEDBACK_EN}

Best regards,
Abhishek K.
Amazon Web Services
""" + console_footer(M)
hdr, body = marcus_aws(d, "RE:[CASE %s] %s" % (M, MSUBJ), part(txt, cte="base64"))
add("re-case-merge-two-3", "support_reply", "en", M, [M_KEEP, M_OLD], True, hdr, body)

d = at("2025-08-11 09:14:57")
txt = f"""Hello Marcus,

I'm Gabriel from the AWS Training and Certification team, picking up your case while Abhishek is out.

I'm writing to let you know that the consolidation of your certification accounts has been carried out. Your AWS Certified Developer - Associate and AWS Certified Cloud Practitioner records, formerly held under AWS 00987213, are now attached to AWS 05120874, and the secondary profile has been deactivated.

One item is still open: the Credly badges tied to the old account have not moved over yet. That's handled by a separate team; I've raised it with them, and you should get an e-mail from Credly for each badge once it has been reissued. I'll keep this case open until you let me know the badges have arrived.

{FEEDBACK_EN}

Best regards,
Gabriel
Amazon Web Services
""" + console_footer(M)
hdr, body = marcus_aws(d, "RE:[CASE %s] %s" % (M, MSUBJ),
                       alt(part(txt), part(html_wrap(paras_html(txt)), "html", cte="base64")))
add("re-case-merge-two-4", "merge_completed", "en", M, [M_KEEP, M_OLD], True, hdr, body)

d = at("2025-08-13 20:05:12")
h, meta = credly_sender(CREDLY, MARCUS, "Your AWS Certified Developer - Associate badge has been transferred", d)
chtml = html_wrap("""<table role="presentation" width="100%"><tr><td style="padding:24px">
<p>Hello Marcus,</p>
<p>Following an update to your AWS Certification account, <strong>Amazon Web Services Training and Certification</strong> has re-issued the following badge to the e-mail address on your current profile:</p>
<p style="font-size:18px"><strong>AWS Certified Developer - Associate</strong></p>
<p>Your original issue date and expiration date have been kept.</p>
<p><a href="https://www.credly.com/earner/earned/badge/93c1e4a8-6f27-4d0b-b5e2-18a7d9c04f3e" style="background:#0070c0;color:#fff;padding:12px 24px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">You are receiving this e-mail because a badge was issued to marcus.oyelaran@gmail.com. <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</td></tr></table>""")
add("credly-transferred-dva", "credly_badge_issued", "en", None, [], True,
    gmail_recv(MARCUS, d, meta) + h, part(chtml, "html", cte="quoted-printable"))

# Threads: Tomoko (ja, BIGLOBE), Daniel (en, Gmail, 11-digit case), Yuki (ja, Office 365, console)

# ====================================================================== Tomoko
TOMOKO = "tomoko-s@kfa.biglobe.ne.jp"
T_OPEN = at("2025-10-14 10:05:30", JST)
T = case15(T_OPEN, 20934)
T_KEEP, T_OLD = "AWS02210457", "AWS06637012"


def tomoko_aws(d, subject, body, frm=FORM, res=None, with_ar=True):
    h, meta = ses_sender(frm, TOMOKO, subject, d, tz=UTC)
    return jp_recv("biglobe", TOMOKO, d, meta, res, with_ar) + h, body


d = at("2025-10-17 17:20:14", JST)
txt = f"""佐藤 智子 様

いつもお世話になっております。
AWS トレーニングと認定サポートの山本でございます。

先日ご確認いただきましたアカウント統合の件({T_OLD} → {T_KEEP})につきまして、現在、担当チームにて作業を進めております。
通常よりもお時間を頂戴しており、ご不便をおかけして大変申し訳ございません。

進捗がございましたら、改めて本ケースにてご連絡いたします。
恐れ入りますが、今しばらくお待ちいただけますと幸いです。

山本
Amazon Web Services
"""
hdr, body = tomoko_aws(d, subj("RE:[CASE %s] %s" % (T, FORMSUBJ), "ascii"), part(txt, cte="base64"),
                       with_ar=False)
add("re-case-yamamoto", "support_reply", "ja", T, [T_KEEP, T_OLD], None, hdr, body)

d = at("2025-10-20 14:48:02", JST)
txt = f"""佐藤 智子 様

お世話になっております。山本でございます。
大変お待たせいたしました。

{T_OLD} の認定記録(受験履歴および認定資格 2 件)は、{T_KEEP} へ移し終えました。
旧アカウントは無効化しておりますので、今後は {T_KEEP} のみをご利用ください。

ただし、Credly のデジタルバッジにつきましては、現在も別のチームにて移行作業を行っております。
バッジの移行が済み次第、Credly から通知メールが届きますので、もうしばらくお待ちください。

山本
Amazon Web Services
"""
hdr, body = tomoko_aws(d, "RE:[CASE %s] %s" % (T, FORMSUBJ), part(txt, charset="iso-2022-jp", cte="7bit"))
add("re-case-yamamoto-2", "merge_completed", "ja", T, [T_KEEP, T_OLD], True, hdr, body)

d = at("2025-10-22 06:33:19")
h, meta = credly_sender(CREDLY, TOMOKO, "You've been issued a badge by Amazon Web Services Training and Certification", d)
ctext = """Tomoko, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified SysOps Administrator - Associate

Accept your badge to start sharing it:
https://www.credly.com/earner/earned/badge/c8a0f5e2-41b9-4d7c-8e36-5f1d2a90b7c4

Note: this badge replaces one that was previously issued to another e-mail address. You only need to accept it once.

Questions? https://support.credly.com
"""
add("credly-soa-tomoko", "credly_badge_issued", "en", None, [], True,
    jp_recv("biglobe", TOMOKO, d, meta) + h,
    alt(part(ctext, charset="us-ascii", cte="7bit"), part(html_wrap(paras_html(ctext)), "html")))

d = at("2025-10-24 01:00:07")
txt = f"""佐藤 智子 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

ケース {T} につきましては、一定期間ご返信がなかったため、自動的にクローズされました。
問題が解決していない場合は、クローズから 14 日以内であれば本メールにご返信いただくことでケースを再開できます。

よろしければ、今回の対応について簡単なアンケートにお答えください。
https://aws-tc-feedback.amazon.com/survey?c={T}&lang=ja

Amazon Web Services
"""
hdr, body = tomoko_aws(d, subj("[CASE %s] ケースのクローズとアンケートのお願い" % T, "utf-8", q=True), part(txt),
                       frm=NOREPLY)
add("case-close-notice", "survey", "ja", T, [], True, hdr, body)

d = at("2025-11-04 10:12:45", JST)
txt = f"""佐藤様

お世話になっております。AWS トレーニングと認定サポートの小池でございます。
ケースを再開いただき、ありがとうございます。

いただいた内容によりますと、AWS Certified Cloud Practitioner のバッジが、Credly 上でまだ以前のメールアドレスのアカウントに残っているとのことですね。
Credly 側の担当チームに確認と移行を依頼いたしましたので、数営業日ほどお時間をいただけますでしょうか。

進展がございましたら、本ケースにてご連絡いたします。

小池
Amazon Web Services

差出人: 佐藤 智子 <tomoko-s@kfa.biglobe.ne.jp>
送信日時: 2025年11月3日 21:40
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {T}] {FORMSUBJ}

お世話になります。
統合の件はありがとうございました。
ただ、Cloud Practitioner のバッジだけが移っておらず、旧アカウント {T_OLD} に登録していた
tomoko.sato.work@gmail.com の Credly に残ったままです。
ご確認いただけますでしょうか。

佐藤
"""
hdr, body = tomoko_aws(d, "RE:[CASE %s] %s" % (T, FORMSUBJ), part(txt, cte="quoted-printable"))
add("re-case-saikai", "support_reply", "ja", T, [], True, hdr, body)

# ====================================================================== Daniel
DANIEL = "dkowalczyk.pl@gmail.com"
D = "12984471035"
D_KEEP, D_OLD = "AWS03581146", "AWS07402259"


def daniel_aws(d, subject, body, frm=FORM, res=None):
    h, meta = ses_sender(frm, DANIEL, subject, d)
    return gmail_recv(DANIEL, d, meta, res) + h, body


DSUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D

d = at("2026-01-05 11:02:36")
txt = f"""Hello Daniel,

Hope you are doing well.

We have not received your response to our previous email regarding the merge confirmation. Kindly let us know if you still need assistance with this request.

If we do not hear back from you within 72 hours, the case will be closed automatically. You can always reply later to reopen it.

Regards,
Sneha
Amazon Web Services

---------- Previous message ----------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, 2 Jan 2026 09:41:18 +0000
Subject: RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance

Hello Daniel,

Please confirm the below merge details:
Retain: {D_KEEP} (dkowalczyk.pl@gmail.com)
Merge and close: {D_OLD} (daniel.kowalczyk@fintera.eu)

Note: merge is permanent and can't be undone. Kindly reply to confirm.
"""
hdr, body = daniel_aws(d, DSUBJ, part(txt, cte="quoted-printable"))
add("re-case-fintera", "support_reply", "en", D, [], True, hdr, body)

d = at("2026-01-08 08:17:54")
txt = f"""Hello Daniel,

Thank you for your reply.

However in your response you mentioned "keep my newer account". As per our records {D_OLD} was created later, but {D_KEEP} has more certifications and is linked with your personal e-mail which you asked us to use. To avoid any mistake, could you please confirm once again below details:

Account to retain: {D_KEEP} (dkowalczyk.pl@gmail.com)
Account to merge into it and close: {D_OLD} (daniel.kowalczyk@fintera.eu)

Please note that merge is permanent and irreversible, we cannot separate the accounts afterwards. Kindly reply "Yes, proceed" if above is correct, or tell us which account you want to keep.

Regards,
Sneha
Amazon Web Services

On Wed, Jan 7, 2026 at 10:02 PM Daniel Kowalczyk <dkowalczyk.pl@gmail.com> wrote:
> Yes go ahead. Keep my newer account please, the old one is from my previous job.
>
> On Fri, Jan 2, 2026 at 10:41 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Retain: {D_KEEP} (dkowalczyk.pl@gmail.com)
>> Merge and close: {D_OLD} (daniel.kowalczyk@fintera.eu)
"""
hdr, body = daniel_aws(d, DSUBJ, alt(part(txt, charset="us-ascii", cte="7bit"),
                                     part(html_wrap(paras_html(txt)), "html", cte="quoted-printable")))
add("re-case-fintera-2", "merge_confirmation_requested", "en", D, [D_KEEP, D_OLD], True, hdr, body)

d = at("2026-01-12 10:26:11")
txt = f"""Hello Daniel,

Greetings of the day!

Thank you for your confirmation. Please be informed that your request is been escalated to our concern team and they are working on it. It usually take 3 to 5 business days for completion. We’ll notify you on this same thread once it’s completed.

We appreciate your patience and understanding.

Regards,
Sneha
Amazon Web Services

On Sat, Jan 10, 2026 at 7:55 PM Daniel Kowalczyk <dkowalczyk.pl@gmail.com> wrote:
> Sorry for the confusion. Yes, proceed: keep {D_KEEP}, merge {D_OLD} into it.
>
> On Thu, Jan 8, 2026 at 9:17 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Account to retain: {D_KEEP} (dkowalczyk.pl@gmail.com)
>> Account to merge into it and close: {D_OLD} (daniel.kowalczyk@fintera.eu)
"""
# sent as UTF-8 8bit while the part is labelled us-ascii (typographic quotes)
hdr, body = daniel_aws(d, DSUBJ, part(txt, charset="utf-8", cte="8bit", label="us-ascii"))
add("re-case-fintera-3", "support_reply", "en", D, [], True, hdr, body)

d = at("2026-01-20 13:44:30")
txt = f"""Hello Daniel,

As the merge of your accounts has been completed on 19 January, we are resolving this case now. All certifications from {D_OLD} is now visible in {D_KEEP} and you can login with dkowalczyk.pl@gmail.com.

If you have any further query, you may reopen the case by replying to this email within 14 days.

Please take a moment to rate our support, your feedback helps us improve:
https://aws-tc-feedback.amazon.com/survey?c={D}

Regards,
Sneha
Amazon Web Services
"""
hdr, body = daniel_aws(d, DSUBJ, alt(part(txt, cte="quoted-printable"),
                                     part(html_wrap(paras_html(txt)), "html", cte="quoted-printable")))
add("re-case-fintera-4", "merge_completed", "en", D, [D_KEEP, D_OLD], True, hdr, body)

d = at("2026-01-21 06:00:48")
txt = f"""How did we do?

Your case {D} has been resolved. We'd love to hear about your experience with AWS Training and Certification support.

Was your issue resolved?   YES  /  NO
https://aws-tc-feedback.amazon.com/survey?c={D}&r=1
https://aws-tc-feedback.amazon.com/survey?c={D}&r=0

It takes less than a minute. Thank you!

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
html = html_wrap(f"""<h2 style="font-size:20px">How did we do?</h2>
<p>Your case {D} has been resolved. We'd love to hear about your experience with AWS Training and Certification support.</p>
<p><strong>Was your issue resolved?</strong></p>
<p><a href="https://aws-tc-feedback.amazon.com/survey?c={D}&amp;r=1">YES</a> &nbsp;|&nbsp; <a href="https://aws-tc-feedback.amazon.com/survey?c={D}&amp;r=0">NO</a></p>
<p>It takes less than a minute. Thank you!</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>""")
hdr, body = daniel_aws(d, "How did we do? [CASE %s]" % D, alt(part(txt), part(html, "html")), frm=NOREPLY)
add("how-did-we-do", "survey", "en", D, [], True, hdr, body)

# ====================================================================== Yuki
YUKI = "y.hamada@kotobuki-sys.co.jp"
Y_OPEN = at("2026-02-09 09:12:51", JST)
Y = case15(Y_OPEN, 61540)
Y_KEEP, Y_OLD1, Y_OLD2 = "AWS07731490", "AWS01126653", "AWS05598021"
YSUBJ = "認定アカウントの統合(3 アカウント)"
JPTEN = ("TYCPR01", "OS0PR01", "TY2")


def yuki_aws(d, subject, body, frm=NOREPLY, res=None):
    h, meta = ses_sender(frm, YUKI, subject, d)
    return o365_recv(d, meta, res, tenant="jpnprd01", pfx=("TYCP", "OS3P", "TY")) + h + o365_trailer(d), body


d = at("2026-02-09 09:13:02", JST)
txt = f"""濱田 由紀 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {Y} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {Y}
件名: {YSUBJ}
重要度: 一般的なガイダンス
内容: 認定アカウントが 3 つに分かれてしまっています。{Y_KEEP} を残し、{Y_OLD1} と {Y_OLD2} をまとめていただけますでしょうか。

ケースの確認、返信、クローズは AWS サポートセンターからいつでも行えます。

このメールは送信専用のアドレスから送信されています。ケースを更新する場合は、以下のリンクをご利用ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + console_footer(Y, "ja")
hdr, body = yuki_aws(d, subj("Amazon Web Services: 新しいサポートケースを作成しました: %s" % Y, "utf-8"),
                     part(txt, cte="base64"))
add("aws-shinki-case", "case_created", "ja", Y, [Y_KEEP, Y_OLD1, Y_OLD2], True, hdr, body)

d = at("2026-02-12 16:05:33", JST)
txt = f"""濱田様

AWS トレーニングと認定サポートの石井でございます。
統合内容のご確認について、ご返信をいただきありがとうございます。

{Y_OLD1} および {Y_OLD2} を {Y_KEEP} へまとめる作業につきまして、本日、社内の担当部署へエスカレーションいたしました。
3 アカウント分の作業となるため、通常より少しお時間をいただく可能性がございます。

完了しましたら、本ケースにてお知らせいたします。

よろしくお願いいたします。
石井
アマゾン ウェブ サービス
""" + console_footer(Y, "ja")
hdr, body = yuki_aws(d, subj("RE:[CASE %s] %s" % (Y, YSUBJ), "iso-2022-jp"),
                     alt(part(txt, cte="quoted-printable"), part(html_wrap(paras_html(txt), "ja"), "html")))
add("re-case-ishii", "support_reply", "ja", Y, [Y_KEEP, Y_OLD1, Y_OLD2], True, hdr, body)

d = at("2026-02-17 11:30:27", JST)
txt = f"""濱田様

お待たせしてしまい、申し訳ありません。AWS トレーニングと認定のチェンです。

担当チームから、3つのアカウントのマージは確認作業が多いので、もう少し時間が必要と連絡がありました。
今週中に終わる予定です。終わりましたら、すぐにこちらからメールします。

ご不便をおかけしますが、ご理解お願いします。

チェン
アマゾン ウェブ サービス
""" + console_footer(Y, "ja")
hdr, body = yuki_aws(d, subj("RE:[CASE %s] %s" % (Y, YSUBJ), "utf-8"), part(txt, cte="base64"))
add("re-case-chen", "support_reply", "ja", Y, [], True, hdr, body)

d = at("2026-02-19 18:02:10", JST)
txt = f"""濱田様

大変お待たせいたしました。石井でございます。

ご依頼いただいた 3 アカウントのとりまとめ作業が終わりました。
旧アカウント 2 件に登録されていた認定資格、受験履歴、および特典は、すべて aws07731490 にてご確認いただけます。
旧アカウントにはサインインできなくなっておりますのでご注意ください。

Credly のバッジにつきましては、数日以内に Credly から通知メールが届く予定です。

このたびはご協力いただき、ありがとうございました。

石井
アマゾン ウェブ サービス

--- 2026/02/10 15:22 アマゾン ウェブ サービス からのメッセージ ---
濱田様

以下の内容で統合を行います。
  存続アカウント: {Y_KEEP}
  統合されるアカウント: {Y_OLD1}、{Y_OLD2}
統合は取り消しできません。内容をご確認のうえ、実施してよいかご返信ください。
""" + console_footer(Y, "ja")
hdr, body = yuki_aws(d, subj("RE:[CASE %s] %s" % (Y, YSUBJ), "utf-8", q=True),
                     alt(part(txt), part(html_wrap(paras_html(txt), "ja"), "html", cte="base64")))
add("re-case-ishii-2", "merge_completed", "ja", Y, [Y_KEEP], True, hdr, body)

d = at("2026-02-20 10:00:03", JST)
html = html_wrap(f"""<table role="presentation" width="100%" style="max-width:600px;margin:auto">
<tr><td style="padding:16px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" height="32" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<p>濱田 由紀 様</p>
<p>ケース {Y}「{YSUBJ}」はクローズされました。</p>
<p>今回のサポート担当者の対応はいかがでしたか。以下の星をクリックして評価してください。</p>
<p style="font-size:28px">
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;rating=1" style="text-decoration:none">&#9734;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;rating=2" style="text-decoration:none">&#9734;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;rating=3" style="text-decoration:none">&#9734;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;rating=4" style="text-decoration:none">&#9734;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;rating=5" style="text-decoration:none">&#9734;</a></p>
<p>追加のご質問がある場合は、サポートセンターからケースを再開するか、新しいケースを作成してください。</p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。</p>
</td></tr></table>""", "ja")
hdr, body = yuki_aws(d, subj("Amazon Web Services: サポートケース %s がクローズされました" % Y, "utf-8"),
                     part(html, "html", cte="quoted-printable"))
add("aws-case-closed-hyouka", "survey", "ja", Y, [], True, hdr, body)

# Sarah (en, Gmail), Aiko (ja, nifty), Rahul (en, Office 365), Kobayashi (ja, OCN), look-alikes and others

# ====================================================================== Sarah
SARAH = "sarah.whitfield.cloud@gmail.com"
S_OPEN = at("2025-12-01 16:48:03")
S = case15(S_OPEN, 7512)
S_KEEP, S_OLD = "AWS04870023", "AWS08815604"


def sarah_aws(d, subject, body, frm=FORM):
    h, meta = ses_sender(frm, SARAH, subject, d)
    return gmail_recv(SARAH, d, meta) + h, body


d = at("2025-12-03 14:20:45")
txt = f"""Hi Sarah,

Thanks for the go-ahead, that's all we needed from you.

Just so you know what to expect over the next few days: once the merge is complete, we'll ask Credly to move the badges that are currently tied to s.whitfield@kestrelbio.com, and you'll get an e-mail from them for each badge so you can accept it on your personal address. The 50% exam voucher you earned on {S_OLD} will also carry over once the two profiles have been combined; you'll see it under Benefits in your AWS Certification Account.

I'll be in touch as soon as the work is done.

Best regards,

Owen
Amazon Web Services

On Tue, Dec 2, 2025 at 7:41 PM Sarah Whitfield <sarah.whitfield.cloud@gmail.com> wrote:

> Hi Owen,
>
> Yes, that's right - please go ahead.
>
> Sarah
>
> On Tue, Dec 2, 2025 at 10:05 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Sarah,
> >
> > Before we make any changes, please review the following:
> >
> > Account that will remain: {S_KEEP} (sarah.whitfield.cloud@gmail.com)
> > Account that will be merged into it: {S_OLD} (s.whitfield@kestrelbio.com)
> >
> > This cannot be reversed. Reply to this message to confirm.
"""
hdr, body = sarah_aws(d, "RE:[CASE %s] %s" % (S, FORMSUBJ), part(txt, cte="quoted-printable"))
add("re-case-kestrel", "support_reply", "en", S, [S_OLD], True, hdr, body)

d = at("2025-12-05 09:12:37")
html = html_wrap(f"""<div style="max-width:620px">
<p>Hi Sarah,</p>
<p>All done on our side. Your previous profile, <b>{S_OLD}</b>, has been retired, and your certifications, exam history and the 50% voucher now appear under <b>{S_KEEP}</b>.</p>
<p>Please sign in at <a href="https://www.aws.training/certification">aws.training/certification</a> with sarah.whitfield.cloud@gmail.com to double-check. As mentioned earlier, Credly will e-mail you separately about your badges.</p>
<p>If you notice anything that doesn't look right, reply to this message and I'll take a look.</p>
<p>Best regards,<br><br>Owen<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence:
<a href="https://aws-tc-feedback.amazon.com/survey?c={S}">rate this reply</a></p>
</div>""")
hdr, body = sarah_aws(d, "RE:[CASE %s] %s" % (S, FORMSUBJ), part(html, "html", cte="base64"))
add("re-case-kestrel-2", "merge_completed", "en", S, [S_KEEP, S_OLD], True, hdr, body)

# phishing: look-alike domain, asks to "confirm the merge"
d = at("2025-12-04 03:27:15")
FAKE_CASE = "176480331200417"
h, meta = generic_sender('"AWS Training & Certification" <support@aws-trainingcertification.com>', SARAH,
                         "Action required: confirm your AWS Certification account merge [CASE %s]" % FAKE_CASE,
                         d, "aws-trainingcertification.com", "45.133.217.88", "mail.aws-trainingcertification.com",
                         "bounce@aws-trainingcertification.com", selector="default")
html = html_wrap(f"""<p>Dear Customer,</p>
<p>We received a request to merge the following AWS Certification accounts:</p>
<ul><li>Primary account: AWS06120935</li><li>Account to be merged: AWS02248807</li></ul>
<p>To protect your certifications, you must <b>confirm this request within 24 hours</b>. Unconfirmed requests are cancelled and both accounts may be suspended.</p>
<p style="text-align:center"><a href="https://aws-trainingcertification.com/merge/confirm?ref={FAKE_CASE}" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">Confirm merge</a></p>
<p>This operation is irreversible. If you did not make this request, sign in to cancel it.</p>
<p>Regards,<br>AWS Training and Certification Team</p>""")
add("confirm-cert-merge", "merge_confirmation_requested", "en", FAKE_CASE, ["AWS02248807", "AWS06120935"], False,
    gmail_recv(SARAH, d, meta, {"policy": "(p=NONE sp=NONE dis=NONE)"}) + h, part(html, "html"))

# ====================================================================== Aiko
AIKO = "aiko.mori@nifty.com"
A_OPEN = at("2025-07-22 11:15:19", JST)
A = case15(A_OPEN, 33980)
A_KEEP, A_OLD = "AWS06650318", "AWS04126690"


def aiko_aws(d, subject, body, frm=FORM, with_ar=True):
    h, meta = ses_sender(frm, AIKO, subject, d)
    return jp_recv("nifty", AIKO, d, meta, None, with_ar) + h, body


d = at("2025-07-24 10:41:09", JST)
txt = f"""森 愛子 様

お世話になっております。AWS トレーニングと認定サポートの高橋でございます。
統合内容についてご確認いただき、ありがとうございます。

作業前の最終確認の段階で、{A_OLD} に登録されている通知先メールアドレスが、お問い合わせ時にご記入いただいたもの(aiko.mori.0305@gmail.com)と異なっていることが分かりました。

ご本人確認のため、恐れ入りますが、{A_OLD} の作成時にご登録いただいたメールアドレスをお知らせいただけますでしょうか。
確認が取れ次第、作業を進めさせていただきます。

高橋
Amazon Web Services
"""
hdr, body = aiko_aws(d, "RE:[CASE %s] %s" % (A, FORMSUBJ), part(txt, cte="quoted-printable"), with_ar=False)
add("re-case-takahashi", "support_reply", "ja", A, [A_OLD], None, hdr, body)

d = at("2025-07-25 15:06:50", JST)
txt = f"""森様

確認ありがとうございます。メールアドレスの件、確認とれました。
これからアカウントのマージ作業を進めます。

作業が終わったら、またこのケースでメールします。少し待ってください。

リー
Amazon Web Services
"""
hdr, body = aiko_aws(d, subj("RE:[CASE %s] %s" % (A, FORMSUBJ), "ascii"), part(txt, charset="iso-2022-jp", cte="7bit"))
add("re-case-lee", "support_reply", "ja", A, [], True, hdr, body)

d = at("2025-07-28 09:55:18", JST)
txt = f"""森様

お待たせしました。リーです。

アカウントのマージが終わりました。
{A_OLD} の認定と試験の記録は、今は {A_KEEP} で見ることができます。
{A_OLD} はもう使えませんので、{A_KEEP} でログインしてください。

何か問題があったら、このメールに返信してください。

リー
Amazon Web Services
"""
hdr, body = aiko_aws(d, "RE:[CASE %s] %s" % (A, FORMSUBJ), part(txt, charset="iso-2022-jp", cte="7bit"))
add("re-case-lee-2", "merge_completed", "ja", A, [A_KEEP, A_OLD], True, hdr, body)

d = at("2025-07-29 02:30:44")
txt = f"""森 愛子 様

ケース {A} のサポートをご利用いただき、ありがとうございました。

担当者の対応について、ご意見をお聞かせください。いただいたご意見は、サービス品質の向上に活用させていただきます。

  とても満足  https://aws-tc-feedback.amazon.com/survey?c={A}&s=5
  満足        https://aws-tc-feedback.amazon.com/survey?c={A}&s=4
  普通        https://aws-tc-feedback.amazon.com/survey?c={A}&s=3
  不満        https://aws-tc-feedback.amazon.com/survey?c={A}&s=2
  とても不満  https://aws-tc-feedback.amazon.com/survey?c={A}&s=1

本メールは送信専用です。
Amazon Web Services
"""
hdr, body = aiko_aws(d, subj("ご意見をお聞かせください: ケース %s" % A, "iso-2022-jp"),
                     part(txt, charset="iso-2022-jp", cte="7bit"), frm=NOREPLY)
add("goiken-case", "survey", "ja", A, [], True, hdr, body)

# ====================================================================== Rahul
RAHUL = "rahul.menon@brightpath-consulting.com"
R_OPEN = at("2025-09-15 13:02:40")
R = case15(R_OPEN, 88106)
R_KEEP, R_OLD = "AWS05763318", "AWS01490027"
RSUBJ = "Please merge my two AWS certification IDs"


def rahul_aws(d, subject, body, res=None, frm=NOREPLY):
    h, meta = ses_sender(frm, RAHUL, subject, d)
    return o365_recv(d, meta, res, tenant="eurprd07", pfx=("AM", "DB", "AM")) + h + o365_trailer(d), body


d = at("2025-09-19 07:48:31")
banner = "[EXTERNAL] This message came from outside Brightpath Consulting. Do not click links or open attachments unless you recognise the sender.\n\n"
txt = banner + f"""Hello Rahul,

Greetings!

This is to inform you that the merge activity for your accounts {R_OLD} and {R_KEEP} is been completed successfully. Now you can able to see all the certifications and exam history in {R_KEEP}. The account {R_OLD} is deactivated and you will not be able to login with it.

If you face any issue, please reply back to this case from Support Center.

{FEEDBACK_EN}

Thanks and regards,
Pooja
Amazon Web Services
""" + console_footer(R)
hdr, body = rahul_aws(d, "RE:[CASE %s] %s" % (R, RSUBJ), part(txt, cte="quoted-printable"),
                      res={"dkim": "fail", "dmarc": "fail", "action": "quarantine", "compauth": "fail reason=000"})
add("re-case-brightpath", "merge_completed", "en", R, [R_KEEP, R_OLD], False, hdr, body)

d = at("2025-09-20 13:05:22")
txt = f"""Dear Rahul Menon,

We've marked case {R} as resolved.

Subject: {RSUBJ}

If you still need help, you can reopen the case from the AWS Support Center within 14 days.

How would you rate the support you received? Select a star rating on the case page:
https://console.aws.amazon.com/support/home#/case/?displayId={R}&language=en

Thank you for using AWS Support.
""" + console_footer(R)
hdr, body = rahul_aws(d, "Amazon Web Services: Your support case %s has been resolved" % R, part(txt, cte="quoted-printable"))
add("aws-case-resolved", "survey", "en", R, [], True, hdr, body)

# ====================================================================== Kobayashi
KOBA = "d-kobayashi@rose.ocn.ne.jp"
B_OPEN = at("2025-11-18 08:40:10", JST)
B = case15(B_OPEN, 14427)
B_KEEP, B_OLD = "AWS05521847", "AWS02689130"


def koba_aws(d, subject, body, frm=FORM, with_ar=True, res=None):
    h, meta = ses_sender(frm, KOBA, subject, d)
    return jp_recv("ocn", KOBA, d, meta, res, with_ar) + h, body


d = at("2025-11-18 08:40:38", JST)
txt = f"""小林 大輔 様

お問い合わせいただき、ありがとうございます。
以下の番号でリクエストを記録いたしました。

  リクエスト番号: {B}

内容を確認のうえ、担当者よりご連絡いたします(通常 24 時間以内)。
このメールに返信することで、情報を追加していただけます。その際、件名は変更しないでください。

■ ご送信内容
お問い合わせの種類: AWS トレーニングと認定
詳細: アカウントの統合
AWS 受験者 ID: {B_KEEP}
内容: 1 週間ほど前にも同じ内容で問い合わせましたが、返信がありません。{B_KEEP} と {B_OLD} の統合をお願いします。

Amazon Web Services
"""
hdr, body = koba_aws(d, "[CASE %s] %s" % (B, FORMSUBJ), part(txt, charset="shift_jis", cte="base64"))
add("tc-form-request", "case_created", "ja", B, [B_KEEP, B_OLD], True, hdr, body)

d = at("2025-11-19 13:22:05", JST)
txt = f"""小林 大輔 様

AWS トレーニングと認定サポートの中村と申します。

以前にお送りいただいたお問い合わせにご返信できておらず、大変失礼いたしました。
前回のフォームには通知先のメールアドレスが含まれておらず、こちらからご連絡することができない状態でした。

同じ内容のお問い合わせが複数ございますと確認に時間がかかってしまうため、今後のやり取りは本ケースにてお願いいたします。
アカウントの登録情報を確認したうえで、統合内容のご確認メールを改めてお送りいたします。

中村
Amazon Web Services
"""
hdr, body = koba_aws(d, "RE:[CASE %s] %s" % (B, FORMSUBJ), part(txt, cte="base64"), with_ar=False)
add("re-case-nakamura", "support_reply", "ja", B, [], None, hdr, body)

d = at("2025-11-21 10:18:40", JST)
txt = f"""小林様

ご返信ありがとうございます。中村でございます。

いただいたメールでは、残すアカウントとして「AWS0552184」と記載がございましたが、桁数が 1 桁不足しており、該当するアカウントを特定できませんでした。
念のため、以下の内容でお間違いないか、改めてご確認をお願いいたします。

  残すアカウント: {B_KEEP}(d-kobayashi@rose.ocn.ne.jp)
  統合するアカウント: {B_OLD}(daisuke.kobayashi@sanwa-giken.co.jp)

統合を実施すると元に戻すことはできません。
上記の内容でよろしければ、「この内容で進めてください」とご返信ください。

中村
Amazon Web Services
"""
hdr, body = koba_aws(d, "RE:[CASE %s] %s" % (B, FORMSUBJ),
                     part(txt, charset="utf-8", cte="base64", label="iso-8859-1"))
add("re-case-nakamura-2", "merge_confirmation_requested", "ja", B, [B_KEEP, B_OLD], True, hdr, body)

d = at("2025-11-26 17:35:12", JST)
txt = f"""小林様

中村でございます。
{B_OLD} から {B_KEEP} への統合が完了したことを確認いたしましたので、本ケースはこれにてクローズとさせていただきます。

サインイン後、認定資格の一覧と特典(受験割引など)が引き継がれていることをご確認ください。

今後のサービス向上のため、よろしければ以下のアンケートにご協力ください。
https://aws-tc-feedback.amazon.com/survey?c={B}&lang=ja

このたびはお問い合わせいただき、ありがとうございました。

中村
Amazon Web Services
"""
hdr, body = koba_aws(d, subj("RE:[CASE %s] %s" % (B, FORMSUBJ), "ascii"),
                     alt(part(txt, cte="quoted-printable"), part(html_wrap(paras_html(txt), "ja"), "html", cte="quoted-printable")))
add("re-case-nakamura-3", "merge_completed", "ja", B, [B_KEEP, B_OLD], True, hdr, body)

d = at("2025-12-03 11:09:27", JST)
txt = f"""小林様

中村でございます。ケースを再開いただき、ありがとうございます。

統合後のアカウントで 50% 割引バウチャーが表示されていないとのこと、ご不便をおかけし申し訳ございません。
現在、特典の引き継ぎ状況を担当チームにて確認しております。
確認が取れ次第、本ケースにてご連絡いたしますので、今しばらくお待ちください。

中村
Amazon Web Services

> 2025/12/02 22:14、小林 大輔 <d-kobayashi@rose.ocn.ne.jp> のメール:
>
> お世話になります。統合ありがとうございました。
> ただ、旧アカウント {B_OLD} にあった 50% 割引の特典が、
> {B_KEEP} の特典一覧に見当たりません。確認をお願いできますか。
"""
hdr, body = koba_aws(d, "RE:[CASE %s] %s" % (B, FORMSUBJ), part(txt, charset="utf-8", cte="8bit"))
add("re-case-nakamura-4", "support_reply", "ja", B, [], True, hdr, body)

# ====================================================================== others

# Priya forwards the completion to her manager (internal Office 365, From is Priya)
d = at("2025-03-14 10:20:33")
TOM = "\"Becker, Tom\" <tom.becker@northwind-analytics.com>"
fwd_txt = f"""Hi Tom,

FYI - AWS support has combined my two certification profiles, so the company-sponsored certs now all show under AWS04418275. Could you update the training tracker with that ID and drop the old one?

Thanks,
Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 14, 2025 8:55 AM
To: Raman, Priya <priya.raman@northwind-analytics.com>
Subject: RE:[CASE {P}] {FORMSUBJ}

Hello Priya,

Good news: the work on your certification profiles is finished.

Everything that used to sit under {P_OLD} (your AWS Certified Cloud Practitioner, AWS Certified Developer - Associate and the related exam history) is now attached to {P_KEEP}, and the older profile has been retired, so it won't accept sign-ins anymore.

Best regards,

Hannah
Amazon Web Services
"""
mid = "<SA1PR12MB8120%s@SA1PR12MB8120.namprd12.prod.outlook.com>" % rhex(18).upper()
h, meta = generic_sender('"Raman, Priya" <%s>' % PRIYA_ADDR, TOM, "FW: RE:[CASE %s] %s" % (P, FORMSUBJ), d,
                         "northwind-analytics.com", "2603:10b6:806:331::9", "SA1PR12MB8120.namprd12.prod.outlook.com",
                         PRIYA_ADDR, mid=mid, signed=False,
                         extra=[("Thread-Topic", "RE:[CASE %s] %s" % (P, FORMSUBJ)),
                                ("Thread-Index", "AQHblN" + rb64(30)[:34]),
                                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
ar = ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=northwind-analytics.com;")
hdr = [("Received", "from SA1PR12MB8120.namprd12.prod.outlook.com (2603:10b6:806:331::9) by\n MN2PR12MB4437.namprd12.prod.outlook.com with HTTPS; %s" % rfcdate(d + timedelta(seconds=2))),
       ("Authentication-Results", ar)] + h
add("fw-case-tracker", "unrelated", "en", P, [P_KEEP], False, hdr,
    alt(part(fwd_txt), part(html_wrap(paras_html(fwd_txt)), "html")))

# Yuki's colleague (internal, ISO-2022-JP, no Authentication-Results)
d = at("2026-02-20 13:47:09", JST)
col_txt = f"""濱田さん

統合が終わったとのこと、お疲れさまでした。
一点お願いなのですが、旧アカウント(AWS 05598021)に付いていた 50% 割引バウチャーが
新しい方に引き継がれているか、確認してもらえますか?
来月 SAP を受験する予定なので、使えるようなら申し込みに使いたいです。

田中

-----Original Message-----
From: 濱田 由紀 <y.hamada@kotobuki-sys.co.jp>
Sent: Friday, February 20, 2026 9:31 AM
To: 田中 亮 <r.tanaka@kotobuki-sys.co.jp>
Subject: AWS認定アカウントの統合について

田中さん

AWS サポートから連絡があり、3 つに分かれていた認定アカウントを 1 つにまとめてもらいました。
今後は {Y_KEEP} で管理します。
"""
orig_mid = "<TYCPR01MB8377%s@TYCPR01MB8377.jpnprd01.prod.outlook.com>" % rhex(18).upper()
h, meta = generic_sender(email.utils.formataddr(("田中 亮", "r.tanaka@kotobuki-sys.co.jp"), "iso-2022-jp"),
                         email.utils.formataddr(("濱田 由紀", "y.hamada@kotobuki-sys.co.jp"), "iso-2022-jp"),
                         subj("RE: AWS認定アカウントの統合について", "iso-2022-jp"), d, "kotobuki-sys.co.jp",
                         "2603:1096:400:3c5::8", "OS3PR01MB9921.jpnprd01.prod.outlook.com", "r.tanaka@kotobuki-sys.co.jp",
                         mid="<OS3PR01MB9921%s@OS3PR01MB9921.jpnprd01.prod.outlook.com>" % rhex(18).upper(),
                         signed=False, tz=JST,
                         extra=[("In-Reply-To", orig_mid), ("References", orig_mid),
                                ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcgm" + rb64(30)[:34])])
hdr = [("Received", "from OS3PR01MB9921.jpnprd01.prod.outlook.com (2603:1096:400:3c5::8) by\n TYCPR01MB8377.jpnprd01.prod.outlook.com with HTTPS; %s" % rfcdate(d + timedelta(seconds=1)))] + h
add("re-aws-nintei-togo", "unrelated", "ja", None, [Y_OLD2], None, hdr,
    part(col_txt, charset="iso-2022-jp", cte="7bit"))

# GitHub "merged" notification
d = at("2025-03-18 15:02:11")
gh_txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/cert-tracker/pull/412#event-16823374120
You are receiving this because you authored the thread.

Message ID: <northwind/cert-tracker/pull/412/issue_event/16823374120@github.com>
"""
gh_html = html_wrap("""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind/cert-tracker/pull/412#event-16823374120">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
gmid = "<northwind/cert-tracker/pull/412/issue_event/16823374120@github.com>"
h, meta = generic_sender('"Tom Becker" <notifications@github.com>', "northwind/cert-tracker <cert-tracker@noreply.github.com>",
                         "Re: [northwind/cert-tracker] Merge duplicate candidate profiles into a single record (PR #412)", d,
                         "github.com", "192.30.252.201", "out-18.smtp.github.com",
                         "noreply@github.com", mid=gmid, selector="pf2023",
                         extra=[("Cc", "\"Raman, Priya\" <priya.raman@northwind-analytics.com>, Author <author@noreply.github.com>"),
                                ("In-Reply-To", "<northwind/cert-tracker/pull/412@github.com>"),
                                ("References", "<northwind/cert-tracker/pull/412@github.com>"),
                                ("List-ID", "northwind/cert-tracker <cert-tracker.northwind.github.com>"),
                                ("List-Archive", "https://github.com/northwind/cert-tracker"),
                                ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "tbecker-nw"),
                                ("X-GitHub-Recipient", "praman-nw")])
add("github-cert-tracker-pr", "unrelated", "en", None, [], False,
    o365_recv(d, meta) + h + o365_trailer(d), alt(part(gh_txt, charset="UTF-8", cte="7bit"), part(gh_html, "html", charset="UTF-8", cte="7bit")))

# Credly expiry reminder
d = at("2025-09-01 16:00:12")
h, meta = credly_sender('"Credly" <admin@credly.com>', MARCUS, "Your AWS Certified Cloud Practitioner badge expires in 90 days", d)
ex = """Hi Marcus,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on November 30, 2025.

To keep your credential current, visit the issuer's website to learn about recertification options. Once you recertify, a new badge will be issued to you automatically.

View badge: https://www.credly.com/badges/4a1e92d0-7b3c-4f88-a0d5-c2e6b1f83a97

Manage notification settings: https://www.credly.com/notification_settings
"""
add("credly-expiry-ccp", "unrelated", "en", None, [], True, gmail_recv(MARCUS, d, meta) + h,
    alt(part(ex, cte="quoted-printable"), part(html_wrap(paras_html(ex)), "html")))

# Credly's own account merge code
d = at("2025-10-23 05:12:40")
h, meta = credly_sender('"Credly" <admin@credly.com>', TOMOKO, "Your Credly account merge verification code", d)
code_txt = """Hi Tomoko,

We received a request to merge another Credly account into yours. To continue, enter this verification code:

    482913

Or select Complete Account Merge:
https://www.credly.com/users/merge/confirm?token=Jd9xK2mQ7pLr4vTz

The code expires in 30 minutes. If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team
"""
add("credly-account-code", "unrelated", "en", None, [], True, jp_recv("biglobe", TOMOKO, d, meta) + h,
    part(code_txt, cte="7bit", charset="us-ascii"))

# another AWS case of Marcus: billing
d = at("2025-09-03 10:15:27")
BILL = case15(at("2025-09-02 21:33:10"), 90412)
bill = f"""Hello Marcus,

Thank you for contacting AWS Billing and Accounts.

I reviewed the charges you asked about. The increase on your August bill comes from NAT Gateway data processing in us-east-1: about 1.9 TB was processed through nat-0a3f7c91e4b2d8f16 between August 12 and August 29. This usage is billed at the standard rate and I'm not able to offer a credit for it.

To keep an eye on this in the future, you can set up an AWS Budgets alert, or add a gateway VPC endpoint for S3 so that traffic to S3 no longer goes through the NAT Gateway.

{FEEDBACK_EN}

Best regards,
Ines R.
Amazon Web Services
""" + console_footer(BILL)
hdr, body = marcus_aws(d, "RE:[CASE %s] Unexpected increase in NAT Gateway charges" % BILL, part(bill))
add("re-case-nat-gateway", "unrelated", "en", BILL, [], True, hdr, body)

# another AWS case of Kenji: EC2 quota (ja)
d = at("2025-06-19 13:02:44", JST)
EC2 = case15(at("2025-06-18 16:55:03", JST), 27119)
q = f"""渡辺 健二 様

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お申し込みいただいた上限緩和のリクエストにつきまして、承認され、対応が完了しました。

  サービス: Amazon Elastic Compute Cloud (Amazon EC2)
  リージョン: アジアパシフィック (東京)
  クォータ: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  新しい値: 64 vCPU

反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールから現在の値をご確認いただけます。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + console_footer(EC2, "ja")
hdr, body = kenji_aws(d, subj("RE:[CASE %s] EC2 vCPU 上限緩和のリクエスト" % EC2, "utf-8"), part(q, cte="base64"), frm=NOREPLY)
add("re-case-ec2-vcpu", "unrelated", "ja", EC2, [], True, hdr, body)

# Seller Central case (amazon.com, not Training and Certification)
d = at("2025-04-08 17:26:05")
sc = """Hello,

Thank you for contacting Amazon Seller Support.

We have completed your request. The duplicate detail page for ASIN B0C7XK2M9Q has been merged into ASIN B0C5HRT41N, and the offers from the duplicate page now appear on the surviving page. It may take up to 48 hours for the change to be visible on the website.

If you need anything else, reply to this message through Case Log in Seller Central.

We hope we have resolved your issue. Please let us know how we did by clicking on one of the links below:
If yes, click here: https://sellercentral.amazon.com/cu/contact-us/rate?case=6120458837&v=1
If no, click here: https://sellercentral.amazon.com/cu/contact-us/rate?case=6120458837&v=0

Thank you for selling on Amazon,
Jorge G.
Amazon.com
"""
h, meta = ses_sender('"Amazon Seller Support" <seller-notification@amazon.com>', MARCUS,
                     "RE:[CASE 6120458837] Request to merge duplicate detail pages", d)
add("re-case-seller-asin", "unrelated", "en", "6120458837", [], True, gmail_recv(MARCUS, d, meta) + h,
    part(sc, cte="quoted-printable"))

# Japanese phishing, not about the merge
d = at("2025-11-10 19:44:03", JST)
h, meta = generic_sender(email.utils.formataddr(("AWS サポート", "support@aws-billing-jp.com"), "utf-8"), KOBA,
                         subj("【重要】AWS アカウントのお支払い情報を更新してください", "utf-8"), d,
                         "aws-billing-jp.com", "103.75.118.29", "mail.aws-billing-jp.com", "info@aws-billing-jp.com",
                         signed=False, tz=JST)
ph = html_wrap("""<p>お客様</p>
<p>ご登録のクレジットカードでのお支払いが確認できませんでした。<br>
48 時間以内にお支払い情報を更新いただけない場合、AWS アカウントおよび関連するサービスが停止されます。</p>
<p><a href="http://aws-billing-jp.com/console/billing/update" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">お支払い情報を更新する</a></p>
<p>※本メールは送信専用です。</p>
<p>Amazon Web Services</p>""", "ja")
add("aws-shiharai-koushin", "unrelated", "ja", None, [], False,
    jp_recv("ocn", KOBA, d, meta, {"dkim": "none", "dmarc": "none"}) + h, part(ph, "html", cte="base64"))

# spoofed amazon.com "completion" with dmarc=fail at the top and a forged pass lower down
d = at("2025-06-05 22:18:37", JST)
SPOOF_CASE = "174905171800382"
sp = f"""渡辺 健二 様

AWS トレーニングと認定です。
ご依頼いただいた認定アカウントの統合が完了しました。

統合後のアカウントを有効化するため、24 時間以内に以下のリンクからサインインし、お支払い方法と本人情報を再登録してください。
期限内に有効化されない場合、統合されたすべての認定資格が失効します。

  https://aws-certification-jp.com/activate?case={SPOOF_CASE}

Amazon Web Services
"""
h, meta = generic_sender(FORM, KENJI, subj("RE:[CASE %s] 認定アカウント統合完了のお知らせ" % SPOOF_CASE, "utf-8"), d,
                         "amazon.com", "185.234.72.19", "vps-72-19.hostcloud.top", "noreply@mail-jp-notice.top",
                         signed=False, tz=JST,
                         extra=[("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"),
                                ("X-Mailer", "PHPMailer 6.8.0")])
add("re-case-togo-kanryo", "merge_completed", "ja", SPOOF_CASE, [], False,
    gmail_recv(KENJI, d, meta, {"spf": "softfail", "dkim": "none", "dmarc": "fail"}, arc=False) + h,
    part(sp, cte="base64"))

# AWS newsletter (ja) that mentions account merges in passing
d = at("2026-01-15 02:00:00")
nl = html_wrap("""<table width="100%" style="max-width:640px;margin:auto"><tr><td>
<h1 style="font-size:22px">AWS トレーニングと認定 ニュースレター 2026 年 1 月号</h1>
<h2 style="font-size:17px">新しい認定試験のご案内</h2>
<p>AWS Certified Generative AI Developer - Professional の受験登録が始まりました。試験ガイドとサンプル問題は認定ページからご確認いただけます。</p>
<h2 style="font-size:17px">よくあるご質問</h2>
<p><b>Q. 認定アカウントが複数あります。どうすればよいですか?</b><br>
A. お問い合わせフォームから、アカウントの統合をリクエストできます。統合は取り消しができないため、残すアカウントを事前にご確認ください。</p>
<p><b>Q. Credly のバッジが表示されません。</b><br>
A. 認定アカウントに登録したメールアドレスと、Credly のメールアドレスが一致しているかご確認ください。</p>
<p><a href="https://aws.amazon.com/jp/certification/">認定ページを見る</a></p>
<p style="font-size:11px;color:#687078">このメールは、AWS からのお知らせの受信を登録されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""", "ja")
nl_txt = """AWS トレーニングと認定 ニュースレター 2026 年 1 月号

このメールは HTML 形式でお送りしています。正しく表示されない場合は、ブラウザでご覧ください。
https://pages.awscloud.com/jp-tc-newsletter-2026-01.html
"""
h, meta = ses_sender(email.utils.formataddr(("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), "utf-8"), YUKI,
    subj("AWS トレーニングと認定 ニュースレター 2026 年 1 月号", "utf-8"), d,
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")])
add("tc-newsletter-2026-01", "unrelated", "ja", None, [], True,
    o365_recv(d, meta, tenant="jpnprd01", pfx=("TYCP", "OS3P", "TY")) + h + o365_trailer(d),
    alt(part(nl_txt, cte="base64"), part(nl, "html", cte="base64")))

# ====================================================================== write files
order = list(range(len(MAILS)))
random.Random(7575).shuffle(order)
labels = {}
for n, i in enumerate(order, 1):
    m = MAILS[i]
    name = "%03d-%s.eml" % (n, m["slug"])
    write(os.path.join(OUT, name), m["msg"])
    labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["ids"],
                    "sender_verified": m["verified"], "language": m["lang"]}
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
print("wrote", len(labels), "mails")
