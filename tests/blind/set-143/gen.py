#!/usr/bin/env python3
"""Generator for blind set 143: paraphrased English AWS Certification account-merge mail."""
import base64, quopri, json, os, random, re, uuid, hashlib, html
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(143)
MAILS = []   # (fname, bytes, label)

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
JST = timezone(timedelta(hours=9))
IST = timezone(timedelta(hours=5, minutes=30))
PHT = timezone(timedelta(hours=8))
CET = timezone(timedelta(hours=2))
BRT = timezone(timedelta(hours=-3))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, tail):
    return "%d%05d" % (int(opened.timestamp()), tail)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(a) for _ in range(n))


def ses_msgid(when, region_prefix="0100"):
    ms = int(when.timestamp() * 1000)
    u = str(uuid.UUID(int=RNG.getrandbits(128)))
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region_prefix, ms, u)


def fmt(when, tz=None):
    return format_datetime(when.astimezone(tz) if tz else when)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None):
    """Build a leaf part. label = charset written in header (may be wrong on purpose)."""
    codec = {"shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp"}.get(charset, charset)
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
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
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, htm, charset="utf-8", cte="quoted-printable", hcte=None, label=None):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(10**12, 10**13)))
    for p in (part(plain, "plain", charset, cte, label), part(htm, "html", charset, hcte or cte, label)):
        del p["MIME-Version"]
        m.attach(p)
    return m


def to_html(text, quoted=None, template="aws"):
    """Crude but realistic text->HTML; quoted goes in a blockquote."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in paras)
    q = ""
    if quoted:
        q = ('\n<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
             'padding-left:1ex">%s</blockquote></div>' % html.escape(quoted).replace("\n", "<br>\n"))
    if template == "aws":
        return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<title>Amazon Web Services</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;"
                "font-size:14px;color:#16191f\">\n<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">"
                "<tr><td style=\"background:#232f3e;padding:12px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/"
                "poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"60\">"
                "</td></tr><tr><td style=\"padding:16px\">\n%s%s\n</td></tr></table>\n</body></html>\n" % (body, q))
    return "<html><body>\n<div dir=\"ltr\">%s</div>%s\n</body></html>\n" % (body, q)


# ---------------------------------------------------------------- headers
def dkim(d, s, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", when=None):
    t = int(when.timestamp()) if when else 1748000000
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=" % (s, d, t, headers, rb64(43), rb64(76), rb64(76), rb64(38)))


SES_IPS = ["54.240.48.95", "54.240.8.21", "54.240.27.14", "54.240.13.77", "23.251.226.3", "54.240.9.105"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def ar_gmail(hdr_from_dom, mailfrom, ip, dkims, spf="pass", dmarc="pass", policy="QUARANTINE"):
    parts = []
    for (d, res, sel) in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, rb64(8)))
    dom = mailfrom.split("@")[1]
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, policy, policy, "NONE" if dmarc == "pass" else ("QUARANTINE" if policy != "NONE" else "NONE"), hdr_from_dom))
    return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(hdr_from_dom, mailfrom_dom, ip, dkims, spf="pass", dmarc="pass", compauth="pass reason=100"):
    s = "Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (
        spf, ip, mailfrom_dom)
    for (d, res) in dkims:
        s += " dkim=%s (%s)\n header.d=%s;" % (res, "signature was verified" if res == "pass" else "signature did not verify", d)
    s += "dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        dmarc, "none" if dmarc == "pass" else "quarantine", hdr_from_dom, compauth)
    return s


def ar_generic(authserv, hdr_from_dom, mailfrom, dkims, spf="pass", dmarc="pass"):
    parts = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
    for (d, res) in dkims:
        parts.append("dkim=%s header.d=%s" % (res, d))
    parts.append("dmarc=%s header.from=%s" % (dmarc, hdr_from_dom))
    return "Authentication-Results: %s;\n\t" % authserv + ";\n\t".join(parts)


def rcv_gmail(host, ip, rcpt, when):
    t = fmt(when, PDT)
    t2 = fmt(when + timedelta(seconds=1), PDT)
    return ["Received: by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s" % (
                rhex(4), rhex(3), rhex(4), rhex(4), rhex(3), RNG.randint(100000, 9999999), rhex(3), t2),
            "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                host, host, ip, rhex(20), RNG.randint(100, 999), when.month, when.day, when.hour, when.minute,
                when.second, rcpt, t)]


def rcv_outlook(host, ip, when, tenant="namprd"):
    t = fmt(when)
    hop = "%s%02dMB%d.%s%02d.prod.outlook.com" % (tenant[:2].upper() + "7PR", RNG.randint(10, 19),
                                                    RNG.randint(1000, 9999), tenant, RNG.randint(10, 19))
    edge = "%s.mail.protection.outlook.com" % ("BN2PEPF0000" + str(RNG.randint(1000, 9999)))
    return ["Received: from %s (2603:10b6:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s" % (
                edge.split(".")[0], rhex(3), rhex(2), hop, RNG.randint(10, 40), t),
            "Received: from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3,"
            " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend\n Transport; %s" % (
                host, ip, edge, RNG.randint(2, 250), RNG.randint(10, 40), t)]


def rcv_generic(by, host, ip, rcpt, when, tz=UTC):
    return ["Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        host, host, ip, by, rhex(10).upper(), rcpt, fmt(when, tz))]


def build(fname, headers, body, label):
    """headers: list of raw header strings (already folded). body: MIME object."""
    bb = body.as_bytes()
    hb = ("\n".join(headers) + "\n").encode("utf-8")
    data = hb + bb
    data = data.replace(b"\r\n", b"\n")
    MAILS.append((fname, data, label))


def lab(kind, case_id, ids, sv, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": sv,
            "language": lang}


def subj(s, charset="utf-8", enc=None):
    """Encoded-word subject header (folded) when non-ASCII or forced."""
    if enc is None and all(ord(c) < 128 for c in s):
        return "Subject: " + s
    h = Header(s, charset, header_name="Subject")
    return "Subject: " + h.encode(maxlinelen=76)


def aws_mail(fname, *, when, rcpt, rcpt_name=None, subject, body, label, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             provider="gmail", extra=None, dmarc="pass", dkim_aws="pass", reply_to=None, region="0100", subj_charset="utf-8"):
    """Genuine-looking AWS mail through SES."""
    ip = RNG.choice(SES_IPS)
    host = ses_host(ip)
    mailfrom = "%s%012x-%s-000000@%samazonses.com" % (region, int(when.timestamp() * 1000), str(uuid.UUID(int=RNG.getrandbits(128))),
                                                      "" if region == "0100" else "eu-west-1.")
    mf_dom = mailfrom.split("@")[1]
    deliver = when + timedelta(seconds=RNG.randint(1, 9))
    H = []
    to_hdr = ("%s <%s>" % (rcpt_name, rcpt)) if rcpt_name else rcpt
    if provider == "gmail":
        H.append("Delivered-To: %s" % rcpt)
        H += rcv_gmail(host, ip, rcpt, deliver)
        H.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        H.append("X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), rhex(12), RNG.randint(10**9, 10**10), RNG.randint(10**12, 10**13), fmt(deliver, PDT)))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(deliver.timestamp()), rb64(70)))
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
        H.append(ar_gmail(frm.split("@")[1].rstrip(">"), mailfrom, ip,
                          [("amazon.com", dkim_aws, "rqbirb7mgkcp6b7vl4rddlxwe4a4sqnw"), (mf_dom if region == "0100" else "amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")],
                          dmarc=dmarc))
    elif provider == "outlook":
        H += rcv_outlook(host, ip, deliver)
        H.append(ar_outlook(frm.split("@")[1].rstrip(">"), mf_dom, ip, [("amazon.com", dkim_aws), ("amazonses.com", "pass")], dmarc=dmarc,
                            compauth="pass reason=100" if dmarc == "pass" else "fail reason=000"))
        H.append("Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mf_dom, ip, ip, host))
        H.append("Return-Path: %s" % mailfrom)
    elif provider in ("nifty", "biglobe", "yahoo", "fastmail", "ocn"):
        authserv = {"nifty": "mx.nifty.com", "biglobe": "mail.biglobe.ne.jp", "yahoo": "atlas-%d.free.mail.ne1.yahoo.com" % RNG.randint(100, 400),
                    "fastmail": "mx6.messagingengine.com", "ocn": "mfilter-s%d.ocn.ad.jp" % RNG.randint(10, 99)}[provider]
        byhost = {"nifty": "mta-snd%02d.nifty.com" % RNG.randint(1, 20), "biglobe": "mx.biglobe.ne.jp", "yahoo": "mta4015.mail.ne1.yahoo.com",
                  "fastmail": "mx6.messagingengine.com", "ocn": "mx.ocn.ne.jp"}[provider]
        H.append("Return-Path: <%s>" % mailfrom)
        H += rcv_generic(byhost, host, ip, rcpt, deliver, JST if provider in ("nifty", "biglobe", "ocn") else UTC)
        H.append(ar_generic(authserv, frm.split("@")[1].rstrip(">"), mailfrom, [("amazon.com", dkim_aws), ("amazonses.com", "pass")], dmarc=dmarc))
    elif provider == "none":
        H += rcv_generic("mail.example-archive.net", host, ip, rcpt, deliver)
    H.append(dkim("amazon.com", "rqbirb7mgkcp6b7vl4rddlxwe4a4sqnw", "Content-Type:MIME-Version:Date:From:To:Message-ID:Subject", when))
    H.append(dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "Content-Type:MIME-Version:Date:From:To:Message-ID:Subject:Feedback-ID", when))
    H.append("Date: %s" % fmt(when))
    H.append("From: %s" % frm)
    if reply_to:
        H.append("Reply-To: %s" % reply_to)
    H.append("To: %s" % to_hdr)
    H.append(subj(subject, subj_charset))
    H.append("Message-ID: %s" % ses_msgid(when, region))
    if extra:
        H += extra
    H.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43))
    H.append("X-SES-Outgoing: %s-%s" % (when.strftime("%Y.%m.%d"), ip))
    build(fname, H, body, label)


# ================================================================= threads
# T1 Priya Raman, gmail, form case, 15-digit
T1_OPEN = dt(2025, 5, 27, 9, 14, 33)
T1_CASE = case15(T1_OPEN, 871)
T1_TO = "priya.raman.dev@gmail.com"
T1_OLD, T1_KEEP = "AWS04418827", "AWS11930562"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# T2 Tomasz Nowak, outlook.com, console case from 2023, 11-digit
T2_CASE = "12874403911"
T2_TO = "t.nowak84@outlook.com"
T2_OLD, T2_KEEP = "AWS20587134", "AWS30719985"

# T3 Kenji Sato, nifty, form case 15-digit, partly Japanese
T3_OPEN = dt(2025, 6, 9, 23, 41, 7)
T3_CASE = case15(T3_OPEN, 312)
T3_TO = "kenji.sato@nifty.com"
T3_A, T3_B = "AWS07731240", "AWS07731902"

# T4 Maria Santos, corporate M365 (outlook AR), three accounts
T4_OPEN = dt(2025, 3, 18, 2, 5, 51)
T4_CASE = case15(T4_OPEN, 4409)
T4_TO = "maria.santos@globalpayroll-ph.com"
T4_A, T4_B, T4_C = "AWS55102948", "AWS61200473", "AWS61200474"

# T5 James O'Connor, yahoo, 2019, 10-digit
T5_CASE = "6123498711"
T5_TO = "joconnor_dublin@yahoo.com"
T5_OLD, T5_KEEP = "AWS00981122", "AWS01776304"

# T6 Diego Fernandez, gmail, console case 15-digit
T6_OPEN = dt(2025, 8, 4, 14, 2, 18)
T6_CASE = case15(T6_OPEN, 1190)
T6_TO = "diego.fdz.cloud@gmail.com"
T6_OLD, T6_KEEP = "AWS88015230", "AWS40236671"

# T7 Olena Kovalenko, fastmail, form case 15-digit
T7_OPEN = dt(2025, 10, 2, 7, 48, 55)
T7_CASE = case15(T7_OPEN, 60)
T7_TO = "olena.kovalenko@fastmail.com"
T7_OLD, T7_KEEP = "AWS73300815", "AWS19044526"

# T8 Rahul Mehta, gmail, form case 15-digit
T8_OPEN = dt(2025, 1, 14, 4, 30, 2)
T8_CASE = case15(T8_OPEN, 22017)
T8_TO = "rahul.mehta.aws@gmail.com"
T8_OLD, T8_KEEP = "AWS62018840", "AWS39950127"

SIG_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the\n"
            "AWS Support Center link at the end of this correspondence.")

def other_mail(fname, *, when, frm, rcpt, subject, body, label, provider="gmail", mailfrom, ip, host,
               dkims=(), dmarc="pass", spf="pass", policy="REJECT", msgid=None, extra=None, to_hdr=None,
               subj_charset="utf-8", pre=None, sign=True, ar=True, forged_ar=None):
    """Any non-SES sender. dkims: list of (domain, result, selector)."""
    deliver = when + timedelta(seconds=RNG.randint(1, 20))
    from_dom = re.search(r"@([\w.-]+)", frm).group(1)
    H = []
    if provider == "gmail":
        H.append("Delivered-To: %s" % rcpt)
        H += rcv_gmail(host, ip, rcpt, deliver)
        H.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(deliver.timestamp()), rb64(70)))
        H.append("Return-Path: <%s>" % mailfrom)
        if ar:
            H.append(ar_gmail(from_dom, mailfrom, ip, list(dkims), spf=spf, dmarc=dmarc, policy=policy))
    elif provider == "outlook":
        H += rcv_outlook(host, ip, deliver)
        if ar:
            H.append(ar_outlook(from_dom, mailfrom.split("@")[1], ip, [(d, r) for (d, r, s_) in dkims], spf=spf, dmarc=dmarc,
                                compauth="pass reason=100" if dmarc == "pass" else "fail reason=001"))
        H.append("Return-Path: %s" % mailfrom)
    else:
        authserv, byhost, tz = provider
        H.append("Return-Path: <%s>" % mailfrom)
        H += rcv_generic(byhost, host, ip, rcpt, deliver, tz)
        if ar:
            H.append(ar_generic(authserv, from_dom, mailfrom, [(d, r) for (d, r, s_) in dkims], spf=spf, dmarc=dmarc))
    if forged_ar:
        H.append(forged_ar)
    if pre:
        H += pre
    if sign:
        for (d, r, s_) in dkims:
            H.append(dkim(d, s_, when=when))
    H.append("Date: %s" % fmt(when))
    H.append("From: %s" % frm)
    H.append("To: %s" % (to_hdr or rcpt))
    H.append(subj(subject, subj_charset))
    H.append("Message-ID: %s" % (msgid or "<%s@%s>" % (rhex(24), from_dom)))
    if extra:
        H += extra
    build(fname, H, body, label)


def credly_mail(fname, *, when, rcpt, subject, body, label, provider="gmail", frm=None, dmarc="pass", old=False, extra=None):
    dom = "youracclaim.com" if old else "credly.com"
    frm = frm or "Amazon Web Services Training and Certification via Credly <admin@%s>" % dom
    ip = "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(2, 250))
    host = "o%d.ptr%d.%s" % (RNG.randint(1, 9), RNG.randint(1000, 9999), "em.credly.com" if not old else "acclaim.sendgrid.net")
    mailfrom = "bounces+%d-%s-%s@em.%s" % (RNG.randint(1000000, 9999999), rhex(4), rcpt.replace("@", "="), dom)
    other_mail(fname, when=when, frm=frm, rcpt=rcpt, subject=subject, body=body, label=label, provider=provider,
               mailfrom=mailfrom, ip=ip, host=host,
               dkims=[(dom, "pass" if dmarc == "pass" else "fail", "s1"), ("sendgrid.net", "pass", "smtpapi")], dmarc=dmarc,
               msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 40)),
               extra=(["X-SG-EID: \n =?us-ascii?Q?%s?=" % rb64(60)] + (extra or [])))


def form_sig(name, team="AWS Training and Certification Customer Support"):
    return "\n\n%s\n%s" % (name, team)


def gmail_quote(when, who, text, tz=PDT):
    d = when.astimezone(tz)
    head = "On %s, %s wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_quote(when, frm, to, subject, text, tz=UTC):
    d = when.astimezone(tz)
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text))


# ---------------------------------------------------------------- T1 Priya (001-007)
T1_FORM = ("Inquiry type: AWS Training and Certification\nDetail: Account Merge\nAWS candidate ID: %s\n"
           "Description: Hi, I took SAA-C03 with my old employer's e-mail (candidate ID %s) and recently passed\n"
           "the Developer Associate with my personal account %s. I would like everything in one place,\n"
           "the personal one please. Thanks, Priya" % (T1_OLD, T1_OLD, T1_KEEP))

w = T1_OPEN + timedelta(seconds=41)
t = ("Hello,\n\nThanks for writing to AWS Training and Certification. This note is just to let you know that your message "
     "reached us and has been logged under reference number %s.\n\nA member of our team will look into it and get back "
     "to you, normally within one business day. There is no need to send the request again; if you want to add anything, "
     "simply reply to this message and keep the reference number in the subject line.\n\nKind regards,\n"
     "AWS Training and Certification Customer Support\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
     "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
     "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210." % T1_CASE)
aws_mail("001-form-request-logged-reference.eml", when=w, rcpt=T1_TO,
         subject="[CASE %s] %s" % (T1_CASE, FORM_SUBJ), body=alt(t, to_html(t)),
         label=lab("case_created", T1_CASE, [], True))

w = T1_OPEN + timedelta(hours=22, minutes=7)
t = ("Hi Priya,\n\nGreetings from AWS Training and Certification!\n\nI had a look at your request and I can see two candidate "
     "profiles under your name: AWS04418827 and aws11930562.\n\nBefore I hand this over to the team, could you tell me which "
     "of the two you would like to hold on to going forward? Everything on the other one (exam history, certifications, "
     "benefits) would move across, and that profile would then be retired.\n\nIt would also help if you could share the "
     "e-mail address you sign in with on each profile, so I'm sure we are looking at the right records.\n\nLooking "
     "forward to hearing from you.\n\nWarm regards," + form_sig("Anusha R."))
q = ("-----Original Message-----\nFrom: %s\nSent: 27/05/2025 09:14\nTo: aws-cs-trainingcertification-form@amazon.com\n"
     "Subject: AWS Training and Certification Form Submission\n\n%s" % (T1_TO, T1_FORM))
aws_mail("002-which-profile-to-keep.eml", when=w, rcpt=T1_TO,
         subject="RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("support_reply", T1_CASE, [T1_OLD, T1_KEEP], True))
T1_M2 = (w, t)

w3u = T1_OPEN + timedelta(days=1, hours=10, minutes=48)
user3 = ("Hi Anusha,\n\nThe personal one please, AWS11930562 (priya.raman.dev@gmail.com). The old one used\n"
         "priya.raman@infotech-solutions.com, which I no longer have access to.\n\nThanks,\nPriya")
w = T1_OPEN + timedelta(days=2, hours=1, minutes=12)
t = ("Dear Priya,\n\nThank you for the details.\n\nWe are ready to bring your certification records together. Kindly "
     "review the summary below:\n\n  Profile to be retired:   AWS-04418827 (priya.raman@infotech-solutions.com)\n"
     "  Profile that will remain: AWS-11930562 (priya.raman.dev@gmail.com)\n\nOnce this is carried out, the exam history, "
     "active certifications and benefits from AWS-04418827 will show under AWS-11930562, and you will only be able to sign "
     "in with priya.raman.dev@gmail.com. Please be aware that this is permanent and cannot be reversed afterwards.\n\n"
     "If the above is correct, a short reply to this e-mail saying so is all we need, and we will take it from there.\n\n"
     "Best regards," + form_sig("Anusha R."))
q = gmail_quote(w3u, "Priya Raman <%s>" % T1_TO, user3 + "\n\n" + gmail_quote(T1_M2[0], "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", T1_M2[1], IST), IST)
aws_mail("003-please-review-summary-before-we-proceed.eml", when=w, rcpt=T1_TO,
         subject="RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("merge_confirmation_requested", T1_CASE, [T1_OLD, T1_KEEP], True))
T1_M3 = (w, t)

w4u = T1_OPEN + timedelta(days=2, hours=3, minutes=40)
user4 = "Hi,\n\nYes, that's all correct. Please go ahead.\n\nPriya"
w = T1_OPEN + timedelta(days=2, hours=6, minutes=2)
t = ("Hi Priya,\n\nMany thanks for the quick go-ahead.\n\nI've passed this on to our accounts team. They usually need "
     "1-3 business days, and I will write to you again as soon as it is through. Nothing else is needed from your side "
     "in the meantime.\n\nWarm regards," + form_sig("Anusha R."))
q = gmail_quote(w4u, "Priya Raman <%s>" % T1_TO, user4 + "\n\n" + gmail_quote(T1_M3[0], "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", T1_M3[1], IST), IST)
aws_mail("004-thanks-for-go-ahead-passed-to-team.eml", when=w, rcpt=T1_TO,
         subject="RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("support_reply", T1_CASE, [], True))

w = T1_OPEN + timedelta(days=3, hours=19, minutes=31)
t = ("Hello Priya,\n\nGood news: everything has now been moved over. Your exam history and the certification that sat "
     "on the old profile are now visible under AWS11930562, which is the only profile you will use from now on. The "
     "AWS04418827 sign-in has been switched off.\n\nDigital badges can take up to 72 hours to show up again in Credly. "
     "If they are still missing after that, just reply here and we'll chase it.\n\nHave a great day!\n\nWarm regards,"
     + form_sig("Anusha R."))
aws_mail("005-everything-moved-over.eml", when=w, rcpt=T1_TO,
         subject="RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ), body=alt(t, to_html(t), cte="base64"),
         label=lab("merge_completed", T1_CASE, [T1_OLD, T1_KEEP], True))

w = T1_OPEN + timedelta(days=3, hours=19, minutes=33)
t = ("Hello,\n\nYour inquiry %s with AWS Training and Certification has now been closed.\n\nHow did we do? Your "
     "answers to two quick questions help us coach our team.\n\nDid we solve your problem?\n  YES: https://aws-tc-feedback.amazon.com/r?c=%s&a=1\n"
     "  NO:  https://aws-tc-feedback.amazon.com/r?c=%s&a=0\n\nHow would you rate the person who helped you?\n"
     "  Excellent | Good | Fair | Poor\n\nIf something is still outstanding, reply to this message within 14 days and the "
     "inquiry will be reopened automatically.\n\nAWS Training and Certification" % (T1_CASE, T1_CASE, T1_CASE))
h = to_html(t).replace("Excellent | Good | Fair | Poor",
    '<a href="https://aws-tc-feedback.amazon.com/r?c=%s&s=4">Excellent</a> | <a href="https://aws-tc-feedback.amazon.com/r?c=%s&s=3">Good</a> | '
    '<a href="https://aws-tc-feedback.amazon.com/r?c=%s&s=2">Fair</a> | <a href="https://aws-tc-feedback.amazon.com/r?c=%s&s=1">Poor</a>' % ((T1_CASE,) * 4))
aws_mail("006-inquiry-closed-how-did-we-do.eml", when=w, rcpt=T1_TO,
         subject="How did we do? Inquiry %s" % T1_CASE, body=alt(t, h),
         label=lab("survey", T1_CASE, [], True))

w = T1_OPEN + timedelta(days=4, hours=2, minutes=15)
t = ("Amazon Web Services Training and Certification has issued you a new badge\n\nHi Priya,\n\nAWS Certified Solutions "
     "Architect - Associate is waiting for you. Accept it to add it to your profile and share your achievement with your "
     "network.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nYou're receiving this because Amazon "
     "Web Services Training and Certification issued a badge to %s.\nCredly, 3000 Clearview Way, San Mateo, CA 94402\n"
     "Unsubscribe: https://www.credly.com/earner/settings/notifications" % (str(uuid.UUID(int=RNG.getrandbits(128))), T1_TO))
h = ('<html><head><meta name="viewport" content="width=device-width"></head><body style="background:#f5f5f5">'
     '<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
     '<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>'
     '<tr><td style="padding:0 24px"><h1 style="font-size:22px">Amazon Web Services Training and Certification has issued you a new badge</h1>'
     '<p>Hi Priya,</p><p><strong>AWS Certified Solutions Architect &ndash; Associate</strong> is waiting for you. Accept it to add it to your '
     'profile and share your achievement with your network.</p>'
     '<p><a href="https://www.credly.com/earner/earned/badge/x" style="background:#ff6b00;color:#fff;padding:12px 24px;'
     'text-decoration:none;border-radius:4px">Accept your badge</a></p></td></tr>'
     '<tr><td style="padding:24px;font-size:11px;color:#777">Credly, 3000 Clearview Way, San Mateo, CA 94402</td></tr></table></body></html>')
credly_mail("007-credly-new-badge-waiting.eml", when=w, rcpt=T1_TO,
            subject="Priya, you have a new badge from Amazon Web Services Training and Certification",
            body=alt(t, h), label=lab("credly_badge_issued", None, [], True))

# ---------------------------------------------------------------- look-alikes 008-009
w = dt(2025, 6, 3, 16, 20, 5)
t = ("Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\nWe have reviewed your request to combine the "
     "child ASINs B0CX41LQ2M and B0CX43TT9P into a single variation family under parent ASIN B0CX40ZZ1K.\n\nBefore we "
     "submit this to our catalog team, please confirm that the listings should be merged, that the variation theme is "
     "Size-Color, and that the parent SKU is RM-TEE-PARENT. Once the listings are combined the reviews will be shared "
     "across all children.\n\nPlease reply through Case Log in Seller Central.\n\nWe value your feedback. Please rate "
     "my response using one of the links below.\n\nThanks,\nSuraj\nAmazon Services\n\nTo view your case, go to:\n"
     "https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=15874412093")
aws_mail("008-seller-central-variation-combine-lookalike.eml", when=w, rcpt=T8_TO,
         frm='"Amazon Seller Central" <seller-notification@amazon.com>',
         subject="RE:[CASE 15874412093] Variation family: merge child ASINs", body=part(t, cte="quoted-printable"),
         label=lab("unrelated", "15874412093", [], True))

B_OPEN = dt(2025, 7, 21, 18, 3, 40)
B_CASE = case15(B_OPEN, 5502)
w = B_OPEN + timedelta(seconds=12)
t = ("Dear AWS customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
     "The details of your case are as follows:\n\nCase ID: %s\nSubject: Unexpected NAT Gateway charges on July invoice\n"
     "Severity: General guidance\nCorrespondence: Hello, our July bill shows ~$412 of NAT Gateway data processing in "
     "ap-south-1 but we removed the gateway on 2 July. Can you check?\n\nWe will respond within 24 hours for billing and "
     "account questions.\n\nTo contact us again about this case, please return to the AWS Support Center using the following "
     "URL:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n*Please note: this e-mail "
     "was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us "
     "again about this same issue.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc." % (B_CASE, B_CASE, B_CASE))
aws_mail("009-billing-case-opened-lookalike.eml", when=w, rcpt=T8_TO, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="Amazon Web Services: You have opened a new Support case: %s" % B_CASE, body=alt(t, to_html(t)),
         label=lab("unrelated", B_CASE, [], True))

# ---------------------------------------------------------------- T2 Tomasz (010)
w = dt(2023, 4, 12, 8, 51, 26)
t = ("Hello Tomasz,\n\nThank you for contact us.\n\nTo be able to proceed with your request I need from you the e-mail "
     "addresses which are used for login into both certification accounts, AWS20587134 and AWS 30719985. Also please tell "
     "me which one of them should stay active after. Without this information I am not able to move forward.\n\nPlease "
     "send the reply through the Support Center, as this e-mail address is not able to receive replies.\n\nBest regards,\n"
     "Andrei P.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating this correspondence "
     "using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting "
     "the stars in top right corner of each correspondence within the AWS Support Center.\n\nAmazon Web Services, Inc. is an "
     "affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n\n"
     "======================\nTo see all the correspondence for this case and reply, go to:\n"
     "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % T2_CASE)
aws_mail("010-console-need-login-addresses-2023.eml", when=w, rcpt=T2_TO, rcpt_name="Tomasz Nowak",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>', provider="outlook",
         subject="RE:[CASE %s] Two certification accounts - need them as one" % T2_CASE, body=alt(t, to_html(t)),
         label=lab("support_reply", T2_CASE, [T2_OLD, T2_KEEP], True))


# ---------------------------------------------------------------- T2 Tomasz cont. (011-012)
CONSOLE_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS "
                "Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting "
                "the stars in top right corner of each correspondence within the AWS Support Center.\n\nAmazon Web Services, "
                "Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its "
                "affiliates.\n\n======================\nTo see all the correspondence for this case and reply, go to:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en")

w = dt(2023, 4, 13, 10, 4, 2)
t = ("Hello Tomasz,\n\nThank you for the information provided.\n\nPlease approve that the next will be done:\n\n"
     "- account AWS20587134 (tomasz.nowak@softbridge.pl) will be joined into account AWS30719985 (t.nowak84@outlook.com)\n"
     "- account AWS30719985 is remaining, AWS20587134 is closed after\n- all certifications and exam history go to AWS30719985\n\n"
     "This operation is not possible to revert later. When you agree with this, please write \"I agree\" in the reply "
     "in Support Center and I will send it to our team for processing.\n\nBest regards,\nAndrei P.\nAmazon Web Services"
     + CONSOLE_FOOT % T2_CASE)
aws_mail("011-console-please-approve-next-will-be-done.eml", when=w, rcpt=T2_TO, rcpt_name="Tomasz Nowak",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>', provider="outlook",
         subject="RE:[CASE %s] Two certification accounts - need them as one" % T2_CASE, body=alt(t, to_html(t), cte="base64"),
         label=lab("merge_confirmation_requested", T2_CASE, [T2_OLD, T2_KEEP], True))

w = dt(2023, 4, 15, 6, 37, 44)
t = ("Hi Tomasz,\n\nDone on our side. AWS20587134 is now folded into AWS30719985; use t.nowak84@outlook.com to sign in from "
     "now on. The old login will not work any more.\n\nBadges: give Credly a couple of days.\n\nRegards,\nWill\n"
     "Amazon Web Services" + CONSOLE_FOOT % T2_CASE)
aws_mail("012-console-done-on-our-side-terse.eml", when=w, rcpt=T2_TO, rcpt_name="Tomasz Nowak",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>', provider="outlook",
         subject="RE:[CASE %s] Two certification accounts - need them as one" % T2_CASE, body=part(t, cte="quoted-printable"),
         label=lab("merge_completed", T2_CASE, [T2_OLD, T2_KEEP], True))

# ---------------------------------------------------------------- T3 Kenji (013-017)
w = T3_OPEN + timedelta(seconds=55)
t = ("佐藤 健二 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
     "本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n"
     "お問い合わせ番号: %s\n\n担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。\n"
     "追加の情報がございましたら、件名のお問い合わせ番号を変更せずに本メールへご返信ください。\n"
     "同じ内容で新たにお問い合わせいただく必要はございません。\n\n"
     "AWS トレーニングと認定 カスタマーサポート\n" % T3_CASE)
aws_mail("013-ja-uketsuke-autoreply.eml", when=w, rcpt=T3_TO, provider="nifty",
         subject="[CASE %s] 【受付完了】AWS トレーニングと認定へのお問い合わせ" % T3_CASE, subj_charset="iso-2022-jp",
         body=part(t, charset="iso-2022-jp", cte="7bit"),
         label=lab("case_created", T3_CASE, [], True, "ja"))

w = T3_OPEN + timedelta(hours=20, minutes=16)
t = ("佐藤様\n\nAWS トレーニングと認定カスタマーサポートの山本でございます。\n"
     "この度はお問い合わせいただき、ありがとうございます。\n\n"
     "お調べしたところ、佐藤様のお名前で以下の 2 つの認定アカウントが確認できました。\n"
     "・AWS07731240\n・AWS07731902\n\n"
     "大変恐れ入りますが、今後ご利用を継続されるアカウントはどちらか、ご教示いただけますでしょうか。\n"
     "また、各アカウントのログインに使用されているメールアドレスも併せてお知らせいただけますと幸いです。\n\n"
     "ご不明な点がございましたら、お気軽にお問い合わせください。\n何卒よろしくお願い申し上げます。\n\n"
     "山本 由紀\nAWS トレーニングと認定 カスタマーサポート\n")
aws_mail("014-ja-dochira-wo-keizoku.eml", when=w, rcpt=T3_TO, provider="nifty",
         subject="RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ),
         body=part(t, charset="shift_jis", cte="base64"),
         label=lab("support_reply", T3_CASE, [T3_A, T3_B], True, "ja"))

wu = dt(2025, 6, 10, 23, 2, 0)  # = 6/11 8:02 JST
w = T3_OPEN + timedelta(days=1, hours=22, minutes=30)
user = ("山本様\n\nご連絡ありがとうございます。\n今後は AWS07731902 を使いたいです。\n"
        "AWS07731240 のログインメールは kenji.sato@example-corp.co.jp、\nAWS07731902 は kenji.sato@nifty.com です。\n\n"
        "よろしくお願いいたします。\n佐藤")
q = "2025年6月11日(水) 8:02 佐藤 健二 <kenji.sato@nifty.com>:\n" + "\n".join("> " + l if l else ">" for l in user.split("\n"))
t = ("佐藤様\n\nご返信いただき、ありがとうございます。\n\n"
     "いただいた情報をもとに、以下の内容で手続きを進める準備が整いました。\n"
     "  ・今後ご利用いただけなくなるアカウント: AWS07731240(kenji.sato@example-corp.co.jp)\n"
     "  ・今後ご利用いただくアカウント: AWS07731902(kenji.sato@nifty.com)\n\n"
     "AWS07731240 の受験履歴および認定資格は、すべて AWS07731902 に引き継がれます。\n"
     "なお、手続き後は元に戻すことができませんので、あらかじめご了承ください。\n\n"
     "上記の内容でお間違いがなければ、本メールにその旨ご返信いただけますでしょうか。\n"
     "ご返信を確認次第、手続きを開始いたします。\n\n"
     "山本 由紀\nAWS トレーニングと認定 カスタマーサポート\n\n")
aws_mail("015-ja-naiyou-goshoudaku-onegai.eml", when=w, rcpt=T3_TO, provider="nifty",
         subject="RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ),
         body=part(t + q + "\n", charset="iso-2022-jp", cte="7bit"),
         label=lab("merge_confirmation_requested", T3_CASE, [T3_A, T3_B], True, "ja"))

w = T3_OPEN + timedelta(days=4, hours=3, minutes=9)
t = ("Dear Sato-san,\n\nFurther to our earlier correspondence, I am writing to let you know that the consolidation of "
     "your certification records has now been carried out. The profile AWS07731240 has been closed, and its exam "
     "history and certifications are now held under AWS07731902.\n\nPlease sign in to your AWS Certification Account with "
     "kenji.sato@nifty.com to check that everything is displayed as expected. It may take up to five business days for "
     "the change to be reflected in Credly.\n\nOur Japanese-speaking colleague is out of the office today; please accept "
     "our apologies for writing in English.\n\nYours sincerely,\nDaniel K.\nAWS Training and Certification")
aws_mail("016-records-consolidated-english-to-jp-user.eml", when=w, rcpt=T3_TO, provider="nifty",
         subject="RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ), body=alt(t, to_html(t)),
         label=lab("merge_completed", T3_CASE, [T3_A, T3_B], True))

w = T3_OPEN + timedelta(days=6, hours=11, minutes=2)
t = ("Hi Kenji,\n\nAmazon Web Services Training and Certification has issued you 2 badges.\n\n"
     "- AWS Certified Cloud Practitioner\n- AWS Certified SysOps Administrator - Associate\n\n"
     "These badges were reissued to this e-mail address after your AWS Certification records were updated. Claim them "
     "to keep showing them on your Credly profile.\n\nView and accept: https://www.credly.com/earner/earned\n\n"
     "Credly, 3000 Clearview Way, San Mateo, CA 94402\nManage notifications: https://www.credly.com/earner/settings/notifications")
credly_mail("017-credly-two-badges-reissued.eml", when=w, rcpt=T3_TO,
            provider=("mx.nifty.com", "mta-snd07.nifty.com", JST),
            subject="Kenji, Amazon Web Services Training and Certification issued you 2 badges",
            body=alt(t, to_html(t, template="plain")), label=lab("credly_badge_issued", None, [], True))

# ---------------------------------------------------------------- T4 Maria (018-020)
w = T4_OPEN + timedelta(seconds=30)
h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>We have your message</title></head>'
     '<body style="margin:0;background:#eaeded"><table role="presentation" width="100%%" style="background:#eaeded">'
     '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:\'Amazon Ember\',Arial,sans-serif;font-size:15px;color:#232f3e">'
     '<tr><td style="background:#232f3e;color:#ffffff;padding:18px 24px;font-size:18px">AWS Training &amp; Certification</td></tr>'
     '<tr><td style="padding:24px"><p>Hi there,</p><p><b>We&#39;ve got your message!</b></p>'
     '<p>Your reference number is <b>%s</b>.</p>'
     '<p>Our team is reviewing the details and will reach out to you soon &mdash; usually within 24 hours.</p>'
     '<p>Please don&#39;t submit another request for the same issue, as duplicates can slow things down. If you reply, '
     'keep the reference number in the subject line.</p><p>Thanks,<br>AWS Training &amp; Certification Support</p></td></tr>'
     '<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. '
     '<a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr></table></td></tr></table></body></html>' % T4_CASE)
aws_mail("018-html-only-weve-got-your-message.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="[CASE %s] %s" % (T4_CASE, FORM_SUBJ), body=part(h, "html", cte="base64"),
         label=lab("case_created", T4_CASE, [], True))

w = T4_OPEN + timedelta(hours=26, minutes=44)
t = ("Hi Maria,\n\nGood day! Hope you're doing great.\n\nThis is Mark Joseph from AWS Training and Certification, and "
     "I'll be the one assisting you with your concern.\n\nUpon checking, I was able to locate three (3) candidate profiles "
     "under your name: AWS 55102948, aws61200473 and AWS-61200474. May I just clarify a few things so we can move "
     "forward:\n\n1. Which among the three do you prefer to keep as your main profile?\n2. Kindly provide the email "
     "address used to log in to each profile.\n3. May we also know the reason for the request? (e.g. change of company, "
     "duplicate registration)\n\nOnce I have these, I'll endorse your request to our backend team right away.\n\nThank "
     "you so much and have a blessed day ahead!\n\nRegards,\nMark Joseph D.\nAWS Training and Certification Customer Support")
T4_M2 = (w, t)
aws_mail("019-three-profiles-few-clarifications.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), body=alt(t, to_html(t)),
         label=lab("support_reply", T4_CASE, [T4_A, T4_B, T4_C], True))

wu = T4_OPEN + timedelta(hours=30, minutes=5)
user = ("Hi Mark Joseph,\n\n1. Please keep AWS61200474, that's my current work email.\n2. AWS55102948 - maria.santos.cpa@yahoo.com, "
        "AWS61200473 - msantos@accentra.com.ph (old company), AWS61200474 - maria.santos@globalpayroll-ph.com\n"
        "3. I registered again when I changed jobs and then once more by mistake.\n\nThank you!\nMaria")
w = T4_OPEN + timedelta(days=2, hours=1, minutes=20)
t = ("Hi Maria,\n\nThank you for the prompt response, we really appreciate it!\n\nAs discussed, please see below the "
     "details of your request:\n\nProfiles to be closed: AWS55102948, AWS61200473\nProfile to be retained: AWS61200474 "
     "(maria.santos@globalpayroll-ph.com)\n\nPlease take note that once this is processed, the two profiles above will no "
     "longer be accessible, and all certifications, exam history and benefits will be carried over to AWS61200474. This "
     "cannot be undone.\n\nWe just need your go signal before we push through. Kindly reply \"Yes, proceed\" to this "
     "email if all the details are correct.\n\nThank you and keep safe!\n\nRegards,\nMark Joseph D.\nAWS Training and "
     "Certification Customer Support")
q = outlook_quote(wu, "Maria Santos <%s>" % T4_TO, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                  "RE: RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), user, PHT)
q += "\n\n" + outlook_quote(T4_M2[0], "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                            "Maria Santos <%s>" % T4_TO, "RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), T4_M2[1], PHT)
aws_mail("020-need-your-go-signal.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("merge_confirmation_requested", T4_CASE, [T4_A, T4_B, T4_C], True))
T4_M3 = (w, t)


# ---------------------------------------------------------------- T4 Maria cont. (021-023)
wu = T4_OPEN + timedelta(days=2, hours=3, minutes=2)
user = "Yes, proceed.\n\nThanks,\nMaria Santos\nPayroll Systems Lead | Global Payroll PH"
w = T4_OPEN + timedelta(days=2, hours=5, minutes=47)
t = ("Hi Maria,\n\nNoted on this, and thank you for the go signal!\n\nI have now endorsed your request to our backend "
     "team. Processing usually takes 3 to 5 business days. Once it is done, you will receive an update from us through "
     "this same email thread, so no need to follow up in the meantime.\n\nHave a wonderful day!\n\nRegards,\n"
     "Mark Joseph D.\nAWS Training and Certification Customer Support")
q = outlook_quote(wu, "Maria Santos <%s>" % T4_TO, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                  "RE: RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), user, PHT)
q += "\n\n" + outlook_quote(T4_M3[0], "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                            "Maria Santos <%s>" % T4_TO, "RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), T4_M3[1], PHT)
aws_mail("021-endorsed-to-backend-team.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("support_reply", T4_CASE, [], True))

w = T4_OPEN + timedelta(days=6, hours=2, minutes=13)
t = ("Hi Maria,\n\nGood day!\n\nWe're happy to inform you that your request has been successfully processed. All of "
     "your certifications and exam records are now under AWS61200474, and the profiles AWS55102948 and AWS61200473 have "
     "been deactivated.\n\nKindly log in using maria.santos@globalpayroll-ph.com to double check. Your digital badges "
     "will follow in Credly within a few days.\n\nThank you for your patience and for choosing AWS Training and "
     "Certification!\n\nRegards,\nKristine Joy M.\nAWS Training and Certification Customer Support")
aws_mail("022-request-successfully-processed.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="RE:[CASE %s] %s" % (T4_CASE, FORM_SUBJ), body=alt(t, to_html(t), cte="base64"),
         label=lab("merge_completed", T4_CASE, [T4_A, T4_B, T4_C], True))

w = T4_OPEN + timedelta(days=8, hours=1)
h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">'
     '<p>Hello,</p><p>We&#8217;ve wrapped up your request <b>%s</b>. We&#8217;d love to hear how it went.</p>'
     '<p style="font-weight:bold">Were you able to get what you needed?</p>'
     '<table><tr><td style="padding:8px 16px;background:#1d8102"><a style="color:#fff;text-decoration:none" '
     'href="https://pages.awscloud.com/tc-csat.html?ref=%s&amp;q1=y">Yes</a></td><td width="12"></td>'
     '<td style="padding:8px 16px;background:#d13212"><a style="color:#fff;text-decoration:none" '
     'href="https://pages.awscloud.com/tc-csat.html?ref=%s&amp;q1=n">No</a></td></tr></table>'
     '<p>It takes less than a minute, and every answer is read by our support leadership.</p>'
     '<p>If you still need help, simply reply to this message and we&#8217;ll pick it up again.</p>'
     '<p>AWS Training and Certification</p><hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc., '
     '410 Terry Avenue North, Seattle, WA 98109-5210</p></body></html>' % (T4_CASE, T4_CASE, T4_CASE))
aws_mail("023-wrapped-up-were-you-able.eml", when=w, rcpt=T4_TO, rcpt_name="Maria Santos", provider="outlook",
         subject="We'd love your thoughts on request %s" % T4_CASE, body=part(h, "html", cte="quoted-printable"),
         label=lab("survey", T4_CASE, [], True))

# ---------------------------------------------------------------- T5 James 2019 (024-026)
w = dt(2019, 9, 2, 13, 27, 9)
t = ("Dear Candidate,\n\nThank you for getting in touch with AWS Training and Certification.\n\nThis is an automated "
     "message to acknowledge receipt of your enquiry. It has been assigned the number %s. Please quote this number in "
     "any further correspondence.\n\nWe aim to respond within two business days.\n\nAWS Training and Certification\n"
     "https://aws.amazon.com/certification/" % T5_CASE)
aws_mail("024-2019-acknowledge-receipt-no-auth-results.eml", when=w, rcpt=T5_TO, provider="none",
         frm='"AWS Training and Certification" <aws-certification-support@amazon.com>',
         subject="Your enquiry has been received [Case %s]" % T5_CASE, body=part(t, charset="us-ascii", cte="7bit"),
         label=lab("case_created", T5_CASE, [], None))

w = dt(2019, 9, 5, 9, 3, 40)
t = ("Dear James,\n\nThanks for your patience.\n\nI'm pleased to let you know that your two certification accounts "
     "are now one. The transcript previously held under AWS00981122 has been moved to AWS01776304, and the older account "
     "has been closed. Your Solutions Architect and Developer certifications should both now appear when you log in to "
     "the certification portal with joconnor_dublin@yahoo.com.\n\nIf anything looks amiss, don't hesitate to come back "
     "to us, quoting the number above.\n\nKind regards,\nSiobhan\nAWS Training and Certification")
aws_mail("025-2019-two-accounts-now-one.eml", when=w, rcpt=T5_TO, provider="yahoo",
         frm='"AWS Training and Certification" <aws-certification-support@amazon.com>',
         subject="RE: Your enquiry [Case %s]" % T5_CASE, body=part(t, charset="iso-8859-1", cte="quoted-printable"),
         label=lab("merge_completed", T5_CASE, [T5_OLD, T5_KEEP], True))

w = dt(2019, 9, 6, 17, 45, 12)
t = ("Congratulations, James!\n\nYou've earned a badge from Amazon Web Services Training and Certification: AWS Certified "
     "Developer - Associate.\n\nAccept your badge to show it off on your profile, share it on LinkedIn, and let employers "
     "verify it in one click.\n\nAccept badge: https://www.youracclaim.com/earner/earned/badge/%s\n\nAcclaim, powered by "
     "Credly | 1 Liberty Plaza, New York, NY 10006" % str(uuid.UUID(int=RNG.getrandbits(128))))
credly_mail("026-2019-acclaim-youve-earned-a-badge.eml", when=w, rcpt=T5_TO, old=True,
            frm="Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>",
            provider=("atlas-209.free.mail.ne1.yahoo.com", "mta4015.mail.ne1.yahoo.com", UTC),
            subject="You've earned a badge from Amazon Web Services Training and Certification",
            body=alt(t, to_html(t, template="plain"), cte="7bit", charset="us-ascii"),
            label=lab("credly_badge_issued", None, [], True))

# ---------------------------------------------------------------- T6 Diego console (027-030)
w = T6_OPEN + timedelta(seconds=9)
t = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\nThe details "
     "of your case are as follows:\n\nCase ID: %s\nSubject: Combine my two AWS Certification accounts\nSeverity: "
     "General guidance\nCorrespondence: Hi, I have one account from university and one from work, and I want to keep "
     "only one. Candidate IDs are in my profile. Thank you.\n\nTo contact us again about this case, please return to the "
     "AWS Support Center using the following URL:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s"
     "&language=en\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use "
     "the link above if you need to contact us again about this same issue.\n\n====================================\n\n"
     "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, "
     "Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA "
     "98109-5210" % (T6_CASE, T6_CASE, T6_CASE))
aws_mail("027-console-you-have-opened-new-case.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="Amazon Web Services: You have opened a new Support case: %s" % T6_CASE, body=alt(t, to_html(t)),
         label=lab("case_created", T6_CASE, [], True))

w = T6_OPEN + timedelta(days=1, hours=2, minutes=35)
t = ("Hello Diego,\n\nI hope you are very well. My name is Camila and I will be attending your case.\n\nI was able to "
     "find the two profiles, AWS88015230 and AWS40236671. However, I notice that the name is not the same in both: in "
     "one it is \"Diego Fernandez\" and in the other \"Diego A. Fernandez Rojas\". The name must match the identification "
     "you present at the test center, so please could you indicate to us which name is the correct one to keep? Also "
     "let us know which profile you prefer to continue using.\n\nWe remain attentive to your response.\n\nKind regards,\n"
     "Camila V.\nAmazon Web Services" + CONSOLE_FOOT % T6_CASE)
aws_mail("028-console-name-differs-which-to-keep.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Combine my two AWS Certification accounts" % T6_CASE, body=alt(t, to_html(t)),
         label=lab("support_reply", T6_CASE, [T6_OLD, T6_KEEP], True))

w = T6_OPEN + timedelta(days=2, hours=5, minutes=8)
t = ("Hello Diego,\n\nThank you very much for your answer.\n\nBefore to proceed, we would like to validate with you the "
     "following information:\n\n* Profile that will be closed: AWS88015230 (diego.fernandez@uandes.cl)\n* Profile that "
     "will stay: AWS40236671 (diego.fdz.cloud@gmail.com), with the name \"Diego A. Fernandez Rojas\"\n\nAll the exams and "
     "certifications of the first profile will pass to the second one. After this it is not possible to go back.\n\n"
     "If you are agree, please respond to this correspondence from the Support Center indicating that the information "
     "is correct, and we will continue with the process.\n\nWe remain attentive.\n\nKind regards,\nCamila V.\n"
     "Amazon Web Services" + CONSOLE_FOOT % T6_CASE)
aws_mail("029-console-validate-with-you-before-to-proceed.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Combine my two AWS Certification accounts" % T6_CASE, body=alt(t, to_html(t), cte="base64"),
         label=lab("merge_confirmation_requested", T6_CASE, [T6_OLD, T6_KEEP], True))

# phishing: spoofed amazon.com, dmarc=fail on top; forged pass header lower down
w = dt(2025, 8, 6, 3, 12, 51)
FAKE_CASE = "175442010400317"
t = ("Dear Certified Professional,\n\nOur records show that more than one AWS Certification profile is registered to "
     "you. To keep your credentials valid, our Certification Integrity Team will unify them into your primary profile "
     "AWS40263671.\n\nYou must verify this action within 24 hours. If we do not receive your approval, all certifications "
     "on the secondary profile will be revoked.\n\nReview and approve: https://aws-certification-verify.com/profile/"
     "unify?case=%s\n\nReference: Case %s\n\nAWS Certification Integrity Team\nAmazon Web Services" % (FAKE_CASE, FAKE_CASE))
h = to_html(t).replace("https://aws-certification-verify.com/profile/unify?case=%s" % FAKE_CASE,
                       '<a href="http://45.137.22.91/aws/cert/login.php?c=%s">https://console.aws.amazon.com/certification</a>' % FAKE_CASE)
other_mail("030-phish-spoofed-amazon-approve-within-24h.eml", when=w,
           frm='"AWS Certification" <no-reply-aws@amazon.com>', rcpt=T6_TO, subject="Action required: approve the unification of your AWS Certification profiles",
           body=alt(t, h), label=lab("merge_confirmation_requested", FAKE_CASE, ["AWS40263671"], False),
           mailfrom="bounce@mx1.cloud-notify.top", ip="45.137.22.91", host="mx1.cloud-notify.top",
           dkims=[("cloud-notify.top", "pass", "k1")], spf="pass", dmarc="fail", policy="QUARANTINE",
           forged_ar=("Authentication-Results: mx.amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass "
                      "smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
           msgid="<20250806031251.9F2C1A0@mx1.cloud-notify.top>", extra=["X-Mailer: PHPMailer 6.8.0"])


# ---------------------------------------------------------------- T6 Diego cont. (031-033)
w = T6_OPEN + timedelta(days=2, hours=21, minutes=50)
t = ("Hello Diego,\n\nThank you for validating the information so quickly.\n\nWe already sent your request to the "
     "specialized team, and they will now start the process. Normally this takes between 24 and 72 hours. As soon as "
     "they finish, I will notify you by this same case, so it is not necessary to open a new one.\n\nWe remain attentive.\n\n"
     "Kind regards,\nCamila V.\nAmazon Web Services" + CONSOLE_FOOT % T6_CASE)
aws_mail("031-console-thanks-for-validating-we-start-now.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Combine my two AWS Certification accounts" % T6_CASE, body=alt(t, to_html(t)),
         label=lab("support_reply", T6_CASE, [], True))

w = T6_OPEN + timedelta(days=4, hours=1, minutes=26)
t = ("Hello Diego,\n\nI have good news for you: the specialized team finished the process successfully. The profile "
     "AWS88015230 does not exist anymore, and all your exams and certifications are now in AWS40236671 under the name "
     "\"Diego A. Fernandez Rojas\".\n\nAs your request is attended, I will proceed to resolve this case. If you need "
     "anything else, you can reopen it from the Support Center during the next 14 days.\n\nIt was a pleasure to help "
     "you.\n\nKind regards,\nCamila V.\nAmazon Web Services" + CONSOLE_FOOT % T6_CASE)
aws_mail("032-console-process-finished-and-resolving.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Combine my two AWS Certification accounts" % T6_CASE, body=alt(t, to_html(t)),
         label=lab("merge_completed", T6_CASE, [T6_OLD, T6_KEEP], True))

w = T6_OPEN + timedelta(days=5, hours=3)
t = ("Hello,\n\nYour AWS Support case %s, \"Combine my two AWS Certification accounts\", was recently set to Resolved.\n\n"
     "Would you take two minutes to tell us about the help you received? We read every response.\n\n"
     "Share your feedback: https://console.aws.amazon.com/support/feedback?displayId=%s&source=email\n\n"
     "Thank you for using Amazon Web Services.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message "
     "was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n"
     "Reference: %s" % (T6_CASE, T6_CASE, rhex(32)))
aws_mail("033-console-two-minutes-tell-us.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="Tell us about your recent experience with AWS Support (case %s)" % T6_CASE, body=alt(t, to_html(t)),
         label=lab("survey", T6_CASE, [], True))

# ---------------------------------------------------------------- T7 Olena fastmail (034-040)
w = T7_OPEN + timedelta(seconds=22)
t = ("Request received.\n\nRef: %s\nTopic: Certification / Account Merge\nCandidate ID supplied: AWS73300815\n\n"
     "An agent will reply to this address. To add information, reply to this e-mail without changing the subject.\n\n"
     "-- \nAWS Training and Certification" % T7_CASE)
aws_mail("034-terse-request-received-ref.eml", when=w, rcpt=T7_TO, provider="fastmail",
         subject="[CASE %s] %s" % (T7_CASE, FORM_SUBJ), body=part(t, charset="utf-8", cte="quoted-printable"),
         label=lab("case_created", T7_CASE, [T7_OLD], True))

w = T7_OPEN + timedelta(days=4, hours=2, minutes=5)
t = ("Hello Olena,\n\nI am writing to follow up on my previous message from 3rd October. We still did not receive your "
     "answer which of the accounts AWS73300815 or AWS19044526 you wish to keep as the main one, and the e-mail address "
     "for login to each of them.\n\nKindly reply to this e-mail with this information. If we will not hear from you in 5 "
     "business days, we will assume the request is no longer needed and it will be closed. Of course you can write to us "
     "also after.\n\nBest regards,\nMarek H.\nAWS Training and Certification Customer Support")
T7_M2 = (w, t)
aws_mail("035-follow-up-still-did-not-receive-answer.eml", when=w, rcpt=T7_TO, provider="fastmail",
         subject="RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ), body=alt(t, to_html(t), cte="base64"),
         label=lab("support_reply", T7_CASE, [T7_OLD, T7_KEEP], True))

wu = T7_OPEN + timedelta(days=4, hours=9, minutes=40)
user = ("Hello Marek,\n\nSorry, I was travelling. Please keep AWS19044526 (olena.kovalenko@fastmail.com).\nThe other one "
        "was registered with olena.kovalenko@softserve-mail.com.\n\nBest,\nOlena")
w = T7_OPEN + timedelta(days=5, hours=1, minutes=31)
t = ("Dear Ms Kovalenko,\n\nThank you for your message of 6 October.\n\nBefore any change is made to your certification "
     "records, we write to seek your express authorisation. The proposed action is as follows:\n\n(a) candidate record "
     "AWS 73300815, registered to olena.kovalenko@softserve-mail.com, is to be closed; and\n(b) its examination history, "
     "certifications and associated benefits are to be transferred to candidate record AWS 19044526, registered to "
     "olena.kovalenko@fastmail.com, which shall thereafter be your sole record.\n\nWe must draw your attention to the fact "
     "that this action is irreversible.\n\nShould you wish us to act as set out above, we should be grateful if you would "
     "indicate your agreement by return e-mail. Should any of the particulars be inaccurate, kindly advise us accordingly.\n\n"
     "Yours sincerely,\n\nE. Hartley\nAWS Training and Certification")
q = gmail_quote(wu, "Olena Kovalenko <%s>" % T7_TO,
                user + "\n\n" + gmail_quote(T7_M2[0], "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", T7_M2[1], CET), CET)
aws_mail("036-formal-seek-your-express-authorisation.eml", when=w, rcpt=T7_TO, provider="fastmail",
         subject="RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("merge_confirmation_requested", T7_CASE, [T7_OLD, T7_KEEP], True))

w = T7_OPEN + timedelta(days=7, hours=4, minutes=12)
t = ("Hello Olena,\n\nAccounts are joined now. AWS19044526 is your main one, AWS73300815 is not active anymore. "
     "Your 3 certifications and the exam history you can see when you log in with olena.kovalenko@fastmail.com.\n\n"
     "Please check and tell me if something is missing \u2013 I\u2019m happy to look again.\n\nBest regards,\nMarek H.\n"
     "AWS Training and Certification Customer Support")
aws_mail("037-accounts-are-joined-now-wrong-charset.eml", when=w, rcpt=T7_TO, provider="fastmail",
         subject="RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ), body=part(t, charset="utf-8", cte="quoted-printable", label="iso-8859-1"),
         label=lab("merge_completed", T7_CASE, [T7_OLD, T7_KEEP], True))

w = T7_OPEN + timedelta(days=8, hours=4, minutes=15)
t = ("Hello,\n\nThis is to let you know that request %s has been closed, as no further action is needed from our side.\n\n"
     "Please rate the service you received:\n\n  \u2605\u2605\u2605\u2605\u2605  https://aws-tc-feedback.amazon.com/r?c=%s&s=5\n"
     "  \u2605\u2605\u2605\u2605   https://aws-tc-feedback.amazon.com/r?c=%s&s=4\n  \u2605\u2605\u2605    https://aws-tc-feedback.amazon.com/r?c=%s&s=3\n"
     "  \u2605\u2605     https://aws-tc-feedback.amazon.com/r?c=%s&s=2\n  \u2605      https://aws-tc-feedback.amazon.com/r?c=%s&s=1\n\n"
     "Replying within 14 days reopens the request.\n\nAWS Training and Certification" % ((T7_CASE,) * 6))
aws_mail("038-request-closed-please-rate-stars.eml", when=w, rcpt=T7_TO, provider="fastmail",
         subject=("Request %s closed \u2013 rate our service" % T7_CASE), body=alt(t, to_html(t), cte="base64"),
         label=lab("survey", T7_CASE, [], True))

w = T7_OPEN + timedelta(days=9, hours=13, minutes=3)
t = ("Good news, Olena!\n\nThe badges Amazon Web Services Training and Certification issued to your previous e-mail "
     "address have been moved to this account following an update to your AWS Certification records:\n\n"
     "  * AWS Certified Solutions Architect - Professional\n  * AWS Certified DevOps Engineer - Professional\n"
     "  * AWS Certified Security - Specialty\n\nAccept them to display them on your profile: https://www.credly.com/earner/earned\n\n"
     "Credly | 3000 Clearview Way, San Mateo, CA 94402")
credly_mail("039-credly-badges-moved-to-this-account.eml", when=w, rcpt=T7_TO,
            provider=("mx6.messagingengine.com", "mx6.messagingengine.com", UTC), frm="Credly <admin@credly.com>",
            subject="Your badges from Amazon Web Services Training and Certification are now in this account",
            body=alt(t, to_html(t, template="plain")), label=lab("credly_badge_issued", None, [], True))

w = dt(2025, 10, 10, 19, 40, 2)
t = ("Hi Olena,\n\nWe received a request to merge the Credly account registered to olena.kovalenko@softserve-mail.com into "
     "this one.\n\nYour verification code is: 482913\n\nEnter it on the Account Merge page, or click Complete Account Merge "
     "below. The code expires in 30 minutes.\n\nComplete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n"
     "If you didn't make this request, you can ignore this e-mail.\n\nThe Credly Team" % rhex(40))
credly_mail("040-credly-own-account-merge-code-lookalike.eml", when=w, rcpt=T7_TO,
            provider=("mx6.messagingengine.com", "mx6.messagingengine.com", UTC), frm="Credly <admin@credly.com>",
            subject="Your Credly account merge verification code", body=alt(t, to_html(t, template="plain")),
            label=lab("unrelated", None, [], True))


# ---------------------------------------------------------------- T8 Rahul (041-045)
w = T8_OPEN + timedelta(seconds=47)
t = ("Hello Rahul,\n\nThank you for getting in touch with AWS Training and Certification. We wanted to let you know "
     "that your request is now in our queue under number %s.\n\nWhat happens next: a support specialist will review it "
     "and write back to you by e-mail, usually within 24 hours. Requests are handled in the order they arrive, so "
     "sending the same request again will not speed things up.\n\nThank you for your patience,\nAWS Training and "
     "Certification Customer Support" % T8_CASE)
aws_mail("041-your-request-is-in-our-queue.eml", when=w, rcpt=T8_TO, rcpt_name="Rahul Mehta",
         subject="[CASE %s] %s" % (T8_CASE, FORM_SUBJ), body=alt(t, to_html(t), cte="base64"),
         label=lab("case_created", T8_CASE, [], True))

w = T8_OPEN + timedelta(days=1, hours=6, minutes=2)
t = ("Dear Rahul,\n\nGreetings of the day!\n\nAs per your request, we have verified both the candidate IDs. Please find "
     "the below details for your reference:\n\nOld candidate ID : AWS62018840 - registered email: rahul.mehta@infy-mail.com\n"
     "New candidate ID : AWS39950127 - registered email: rahul.mehta.aws@gmail.com\n\nPost the activity, all the "
     "certifications and exam records of the old candidate ID will get reflected in the new candidate ID, and the old "
     "candidate ID will be deactivated permanently. The same cannot be reverted back.\n\nKindly revert back with your "
     "acknowledgement on the above so that we can process the request further.\n\nThanks & Regards,\nKiran S.\n"
     "AWS Training and Certification Customer Support")
T8_M2 = (w, t)
aws_mail("042-kindly-revert-with-acknowledgement.eml", when=w, rcpt=T8_TO, rcpt_name="Rahul Mehta",
         subject="RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ), body=alt(t, to_html(t)),
         label=lab("merge_confirmation_requested", T8_CASE, [T8_OLD, T8_KEEP], True))

wu = T8_OPEN + timedelta(days=1, hours=8, minutes=15)
user = "Hi Kiran,\n\nAcknowledged, details are correct. Please go ahead.\n\nRegards,\nRahul"
w = T8_OPEN + timedelta(days=3, hours=5, minutes=41)
t = ("Dear Rahul,\n\nGreetings!\n\nThis is to inform you that the requested activity has been successfully actioned at "
     "our end. Now onwards kindly use candidate ID AWS39950127 for all your future exam bookings. The records of "
     "AWS62018840 are now available in the same and the said ID stands deactivated.\n\nAlso, the 50% discount voucher "
     "benefit earned on your earlier certification has been carried forward and is visible under the Benefits tab.\n\n"
     "Thanks & Regards,\nKiran S.\nAWS Training and Certification Customer Support")
q = ("-----Original Message-----\nFrom: Rahul Mehta <%s>\nSent: %s\nTo: aws-cs-trainingcertification-form@amazon.com\n"
     "Subject: Re: RE:[CASE %s] %s\n\n%s\n\n" % (T8_TO, (wu.astimezone(IST)).strftime("%d %B %Y %H:%M"), T8_CASE, FORM_SUBJ, user)
     + "\n".join("> " + l if l else ">" for l in T8_M2[1].split("\n")))
aws_mail("043-requested-activity-actioned-at-our-end.eml", when=w, rcpt=T8_TO, rcpt_name="Rahul Mehta",
         subject="RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("merge_completed", T8_CASE, [T8_OLD, T8_KEEP], True))

w = T8_OPEN + timedelta(days=3, hours=5, minutes=44)
t = ("Hi Rahul,\n\nWe've marked request %s as resolved.\n\nOn a scale of 0 to 10, how likely are you to recommend AWS "
     "Training and Certification support to a friend or colleague?\n\n0  1  2  3  4  5  6  7  8  9  10\n"
     "https://aws-tc-feedback.amazon.com/nps?c=%s\n\nYour answer is anonymous and takes under a minute.\n\n"
     "AWS Training and Certification" % (T8_CASE, T8_CASE))
h = to_html(t).replace("0  1  2  3  4  5  6  7  8  9  10", " ".join(
    '<a href="https://aws-tc-feedback.amazon.com/nps?c=%s&amp;v=%d" style="display:inline-block;width:28px;text-align:center;'
    'border:1px solid #879596">%d</a>' % (T8_CASE, i, i) for i in range(11)))
aws_mail("044-how-likely-to-recommend-0-10.eml", when=w, rcpt=T8_TO, rcpt_name="Rahul Mehta",
         subject="Quick question about request %s" % T8_CASE, body=alt(t, h),
         label=lab("survey", T8_CASE, [], True))

w = T8_OPEN + timedelta(days=4, hours=17, minutes=12)
t = ("Rahul, claim your AWS Certified Developer - Associate badge\n\nAmazon Web Services Training and Certification "
     "has sent you a digital badge. Accept it to add it to your Credly profile and share it with your network.\n\n"
     "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\nCredly, 3000 Clearview Way, San Mateo, CA 94402"
     % str(uuid.UUID(int=RNG.getrandbits(128))))
credly_mail("045-credly-claim-your-badge.eml", when=w, rcpt=T8_TO,
            subject="Rahul, claim your AWS Certified Developer \u2013 Associate badge",
            body=alt(t, to_html(t, template="plain"), cte="base64"), label=lab("credly_badge_issued", None, [], True))

# ---------------------------------------------------------------- look-alikes (046-050)
w = dt(2025, 2, 20, 15, 0, 7)
t = ("Hi Rahul,\n\nYour AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, "
     "expires on May 21, 2025.\n\nTo keep it active, follow the issuer's recertification steps before that date. Once "
     "you recertify, a new badge will be issued automatically.\n\nView badge: https://www.credly.com/badges/%s\n\n"
     "Credly, 3000 Clearview Way, San Mateo, CA 94402" % str(uuid.UUID(int=RNG.getrandbits(128))))
credly_mail("046-credly-badge-expires-in-90-days.eml", when=w, rcpt=T8_TO, frm="Credly <admin@credly.com>",
            subject="Your badge expires in 90 days", body=alt(t, to_html(t, template="plain")),
            label=lab("unrelated", None, [], True))

w = dt(2025, 1, 24, 18, 30, 0)
t = ("Dear Rahul Mehta,\n\nAWS Certification wants to hear from you!\n\nYou recently contacted AWS Training and "
     "Certification. Please take our 5-minute questionnaire about your certification experience, from exam registration "
     "to receiving your digital badge.\n\nStart: https://www.certmetrics.com/amazon/survey/start.aspx?t=%s\n\n"
     "Candidate ID: AWS39950127\n\nThis is an automated message from CertMetrics on behalf of AWS Certification. "
     "Please do not reply." % rhex(24).upper())
other_mail("047-certmetrics-wants-to-hear-from-you.eml", when=w, frm='"AWS Certification" <do-not-reply@certmetrics.com>',
           rcpt=T8_TO, subject="AWS Certification wants to hear from you", body=alt(t, to_html(t, template="plain")),
           label=lab("unrelated", None, [T8_KEEP], False), mailfrom="bounce-%s@mail.certmetrics.com" % rhex(8),
           ip="198.2.179.%d" % RNG.randint(2, 250), host="mail179-%d.suw41.mandrillapp.com" % RNG.randint(10, 99),
           dkims=[("certmetrics.com", "pass", "mte1"), ("mandrillapp.com", "pass", "mandrill")], policy="NONE")

w = dt(2025, 2, 3, 11, 22, 40)
t = ("Dear Rahul Mehta,\n\nThank you for scheduling your exam with Pearson VUE. Please keep this email for your records.\n\n"
     "Exam: DOP-C02: AWS Certified DevOps Engineer - Professional\nAppointment: Saturday, March 8, 2025 at 10:00 AM IST\n"
     "Delivery: Online, OnVUE\nRegistration ID: 482119937\nCandidate ID: AWS-39950127\n\nPlease confirm your system "
     "is ready by running the system test before your appointment. Changes must be made at least 24 hours in advance.\n\n"
     "Pearson VUE\nhttps://home.pearsonvue.com/aws")
other_mail("048-pearson-vue-appointment-details.eml", when=w, frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
           rcpt=T8_TO, subject="Pearson VUE Confirmation of Booking - AWS Certified DevOps Engineer - Professional",
           body=alt(t, to_html(t, template="plain")), label=lab("unrelated", None, [T8_KEEP], False),
           mailfrom="bounces@pearson.com", ip="159.182.16.%d" % RNG.randint(2, 250), host="mx-out-%d.pearson.com" % RNG.randint(1, 9),
           dkims=[("pearson.com", "pass", "sel1")], policy="REJECT")

w = dt(2025, 1, 14, 4, 21, 13)
t = ("Verify your AWS Builder ID email address\n\nHello,\n\nTo finish setting up your AWS Builder ID, enter this "
     "verification code:\n\n618204\n\nThis code expires 10 minutes after it was sent.\n\nIf you didn't request this code, "
     "you can ignore this message.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.")
other_mail("049-builder-id-verification-code.eml", when=w, frm='"AWS" <no-reply@signin.aws>', rcpt=T8_TO,
           subject="Verify your AWS Builder ID email address", body=alt(t, to_html(t)),
           label=lab("unrelated", None, [], True), mailfrom="%s@send.signin.aws" % ses_msgid(w)[1:].split("@")[0],
           ip="54.240.8.%d" % RNG.randint(2, 250), host="a8-33.smtp-out.amazonses.com",
           dkims=[("signin.aws", "pass", "rmx3c3sqqe2fjrwwwc2hm5ypdmqjmnsa"), ("amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")],
           policy="QUARANTINE", msgid=ses_msgid(w))

w = dt(2025, 1, 19, 9, 5, 31)
t = ("Merged #14 into main.\n\n\u2014\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/rahulm/aws-cert-notes/pull/14#event-%d\nYou are receiving this because you authored the thread.\n" % RNG.randint(10**10, 10**11))
other_mail("050-github-pr-merged-into-main.eml", when=w, frm='"Priyanka S." <notifications@github.com>', rcpt=T8_TO,
           to_hdr="rahulm/aws-cert-notes <aws-cert-notes@noreply.github.com>",
           subject="Re: [rahulm/aws-cert-notes] Merge duplicate account notes into one page (PR #14)",
           body=alt(t, to_html(t, template="plain")), label=lab("unrelated", None, [], False),
           mailfrom="noreply@github.com", ip="192.30.252.%d" % RNG.randint(200, 210), host="out-%d.smtp.github.com" % RNG.randint(20, 29),
           dkims=[("github.com", "pass", "pf2023")], policy="REJECT",
           msgid="<rahulm/aws-cert-notes/pull/14/issue_event/%d@github.com>" % RNG.randint(10**10, 10**11),
           extra=["In-Reply-To: <rahulm/aws-cert-notes/pull/14@github.com>", "References: <rahulm/aws-cert-notes/pull/14@github.com>",
                  "List-ID: rahulm/aws-cert-notes <aws-cert-notes.rahulm.github.com>", "X-GitHub-Reason: author"])


# ---------------------------------------------------------------- phishing look-alikes (051-054)
w = T1_OPEN + timedelta(hours=3, minutes=2)
t = ("Dear Customer,\n\nWe have received your request to combine your AWS Certification accounts. Your ticket number is "
     "4417720931.\n\nTo avoid delays, our records team must verify that you own both accounts before the request can be "
     "assigned. Please sign in below with the password for each certification account within 48 hours:\n\n"
     "https://aws-certification-center.com/verify?ticket=4417720931\n\nRequests that are not verified are cancelled "
     "automatically.\n\nAWS Training & Certification Support Desk")
other_mail("051-phish-lookalike-ticket-received-verify.eml", when=w,
           frm='"AWS Training & Certification" <support@aws-certification-center.com>', rcpt=T1_TO,
           subject="Ticket 4417720931 received \u2013 AWS Certification account request", body=alt(t, to_html(t)),
           label=lab("case_created", "4417720931", [], False), mailfrom="support@aws-certification-center.com",
           ip="104.168.45.%d" % RNG.randint(2, 250), host="vps-%d.hostwindsdns.com" % RNG.randint(1000, 9999),
           dkims=[("aws-certification-center.com", "pass", "default")], policy="NONE")

w = T4_OPEN + timedelta(days=9, hours=4)
t = ("Dear Maria,\n\nThank you for contacting AWS Support about combining your certification accounts.\n\nAs a thank-you, "
     "customers who rate their recent support experience receive a USD 100 AWS Promotional Credit. Rating takes 30 "
     "seconds:\n\nhttps://aws-feedback-rewards.net/csat?ref=%s\n\nTo receive the credit, sign in with your AWS account "
     "at the end of the questionnaire.\n\nAWS Customer Experience Team" % rhex(12))
other_mail("052-phish-rate-us-get-credit.eml", when=w, frm='"AWS Support" <feedback@aws-feedback-rewards.net>',
           rcpt=T4_TO, to_hdr="Maria Santos <%s>" % T4_TO, provider="outlook",
           subject="Rate your AWS Support experience and get USD 100 credit", body=alt(t, to_html(t)),
           label=lab("survey", None, [], False), mailfrom="mailer@aws-feedback-rewards.net",
           ip="185.225.73.%d" % RNG.randint(2, 250), host="mail.aws-feedback-rewards.net",
           dkims=[("aws-feedback-rewards.net", "none", "s")], spf="softfail", dmarc="none", sign=False)

w = T6_OPEN + timedelta(days=5, hours=9, minutes=17)
t = ("Hello Diego,\n\nNow that your AWS Certification accounts were unified, your badges are ready to be re-issued to "
     "your remaining profile.\n\nAccept them within 48 hours, otherwise they will be returned to the issuer:\n\n"
     "Accept badges: https://credly-badges.net/accept?u=%s\n\nYou will be asked to sign in with your AWS Certification "
     "credentials.\n\nCredly" % rhex(16))
other_mail("053-phish-credly-lookalike-badges-after-unify.eml", when=w, frm='"Credly" <admin@credly-badges.net>',
           rcpt=T6_TO, subject="Diego, your badges are ready \u2013 accept within 48 hours", body=alt(t, to_html(t, template="plain")),
           label=lab("credly_badge_issued", None, [], False), mailfrom="admin@credly-badges.net",
           ip="91.215.85.%d" % RNG.randint(2, 250), host="srv%d.credly-badges.net" % RNG.randint(1, 9),
           dkims=[("credly-badges.net", "pass", "mail")], policy="NONE")

w = dt(2025, 9, 12, 2, 44, 19)
t = ("Dear AWS customer,\n\nWe were unable to process the payment for your latest invoice. Your AWS account and all "
     "running resources will be suspended within 24 hours unless the billing information is updated.\n\n"
     "Update payment method: https://aws-account-verify.info/billing/update\n\nAmazon Web Services Billing")
other_mail("054-phish-account-suspended-billing.eml", when=w, frm='"Amazon Web Services" <billing@aws-account-verify.info>',
           rcpt=T7_TO, provider=("mx6.messagingengine.com", "mx6.messagingengine.com", UTC),
           subject="[Action Required] Your AWS account will be suspended", body=part(to_html(t), "html", cte="base64"),
           label=lab("unrelated", None, [], False), mailfrom="billing@aws-account-verify.info",
           ip="193.233.21.%d" % RNG.randint(2, 250), host="aws-account-verify.info",
           dkims=[("aws-account-verify.info", "fail", "x")], spf="fail", dmarc="fail")

# ---------------------------------------------------------------- genuine AWS look-alikes (055-056)
w = dt(2025, 6, 18, 16, 0, 0)
t = ("AWS Training and Certification | June 2025\n\nHi Kenji,\n\nNew this month:\n\n* AWS Certified AI Practitioner: "
     "free exam prep plan on AWS Skill Builder\n* Already certified? Your certification benefits, including 50% off your "
     "next exam, are waiting in your AWS Certification Account\n* Bring your team together: combine learners under one "
     "Skill Builder Team subscription\n\nExplore: https://aws.amazon.com/training/\n\nYou are receiving this e-mail "
     "because you subscribed to AWS Training and Certification news. Unsubscribe: https://pages.awscloud.com/"
     "communication-preferences\nAmazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210")
aws_mail("055-aws-training-newsletter-june.eml", when=w, rcpt=T3_TO, provider="nifty",
         frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>',
         subject="New this month: AI Practitioner prep, your benefits, and team subscriptions",
         body=alt(t, to_html(t)), label=lab("unrelated", None, [], True),
         extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"])

Q_OPEN = dt(2025, 8, 20, 5, 12, 44)
Q_CASE = case15(Q_OPEN, 7003)
w = Q_OPEN + timedelta(hours=9, minutes=30)
t = ("Hello,\n\nThank you for your patience. I'm happy to let you know that the quota increase you requested has been "
     "approved and applied: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in ap-south-1 is now 256 "
     "vCPUs.\n\nAs this request is fulfilled, I am resolving this case. If you have any other questions, feel free to "
     "reopen it.\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS "
     "Support Center link at the end of this correspondence.\n\nBest regards,\nVikram\nAmazon Web Services\n\n"
     "======================\nTo see all the correspondence for this case and reply, go to:\n"
     "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % Q_CASE)
aws_mail("056-quota-increase-applied-resolving-lookalike.eml", when=w, rcpt=T6_TO, rcpt_name="Diego Fernandez",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Limit Increase: EC2 Instances" % Q_CASE, body=alt(t, to_html(t)),
         label=lab("unrelated", Q_CASE, [], True))

# ---------------------------------------------------------------- more merge-flow mail (057-060)
w = dt(2023, 4, 18, 6, 40, 12)
t = ("Hello,\n\nWe haven't heard back from you, so AWS Support has resolved case %s, \"Two certification accounts - "
     "need them as one\".\n\nIf your question has not been answered, you can reopen the case from the Support Center "
     "within 14 days.\n\nWas this case handled to your satisfaction? Let us know:\n"
     "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true\n\n"
     "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc." % (T2_CASE, T2_CASE))
aws_mail("057-2023-console-resolved-no-reply-let-us-know.eml", when=w, rcpt=T2_TO, rcpt_name="Tomasz Nowak",
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>', provider="outlook",
         subject="Amazon Web Services: Case %s has been resolved" % T2_CASE, body=alt(t, to_html(t), cte="base64"),
         label=lab("survey", T2_CASE, [], True))

w = T8_OPEN + timedelta(days=11, hours=3)
t = ("Hi Rahul,\n\nJust a friendly nudge: you still have a badge from Amazon Web Services Training and Certification "
     "waiting for you.\n\nAWS Certified Developer - Associate\n\nAccept it now to add it to your profile: "
     "https://www.credly.com/earner/earned/badge/%s\n\nCredly, 3000 Clearview Way, San Mateo, CA 94402"
     % str(uuid.UUID(int=RNG.getrandbits(128))))
credly_mail("058-credly-nudge-badge-still-waiting.eml", when=w, rcpt=T8_TO,
            subject="Rahul, your badge is still waiting for you", body=alt(t, to_html(t, template="plain")),
            label=lab("credly_badge_issued", None, [], True))

wu = T8_OPEN + timedelta(days=5, hours=2, minutes=10)
user = ("Hi Kiran,\n\nThanks a lot! One more thing, I don't see the 50% voucher in Benefits yet. I want to use it for DOP-C02.\n\n"
        "Rahul")
w = T8_OPEN + timedelta(days=6, hours=4, minutes=30)
t = ("Dear Rahul,\n\nGreetings!\n\nThank you for writing back. Regarding the discount voucher, we checked and the benefit "
     "is available on AWS39950127; however it can only be generated from the Benefits page after you accept the updated "
     "Candidate Agreement, which is pending on your profile.\n\nCould you please log in once, accept the agreement, and "
     "let us know if the voucher is still not visible? Kindly also share a screenshot of the Benefits page in that case, "
     "so that we can check it further.\n\nThanks & Regards,\nKiran S.\nAWS Training and Certification Customer Support")
q = gmail_quote(wu, "Rahul Mehta <%s>" % T8_TO, user, IST)
aws_mail("059-voucher-question-accept-agreement-first.eml", when=w, rcpt=T8_TO, rcpt_name="Rahul Mehta",
         subject="RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ), body=alt(t + "\n\n" + q, to_html(t, q)),
         label=lab("support_reply", T8_CASE, [T8_KEEP], True))

w = dt(2019, 9, 12, 9, 0, 4)
t = ("Dear James,\n\nWe're writing to let you know that enquiry %s is now closed. No reply is needed.\n\nIf you have a "
     "moment, we'd be grateful if you could tell us how we did by answering three short questions:\n"
     "https://aws-tc-feedback.amazon.com/s/%s\n\nWith thanks,\nAWS Training and Certification" % (T5_CASE, T5_CASE))
aws_mail("060-2019-enquiry-now-closed-three-questions.eml", when=w, rcpt=T5_TO, provider="yahoo",
         frm='"AWS Training and Certification" <aws-certification-support@amazon.com>',
         subject="Enquiry %s closed" % T5_CASE, body=part(t, charset="us-ascii", cte="7bit"),
         label=lab("survey", T5_CASE, [], True))


# ==== MAILS END ====


def main():
    names = set()
    labels = {}
    for fname, data, label in MAILS:
        assert fname not in names, fname
        names.add(fname)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
    print("wrote", len(MAILS))


if __name__ == "__main__":
    main()
