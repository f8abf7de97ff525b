#!/usr/bin/env python3
"""Generate blind set-20: AWS Certification account-merge mail (.eml) + labels.json."""
import json, os, sys

import base64, quopri, random, re, string, html as htmlmod
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime

R = random.Random(2020)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))


def U(s):
    """'2025-06-02 09:14:27' -> aware UTC datetime"""
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


def case15(dt):
    return "%d%05d" % (int(dt.timestamp()), R.randrange(0, 100000))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars=string.ascii_lowercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def b64rand(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return "01000%011x-%s-%s-%s-%s-%s-000000" % (ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def pacific(dt):
    off = -7 if 3 <= dt.month <= 10 else -8
    tz = timezone(timedelta(hours=off))
    return format_datetime(dt.astimezone(tz)) + (" (PDT)" if off == -7 else " (PST)")


def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


# ---------------------------------------------------------------- parts

def tpart(text, sub="plain", cs="utf-8", cte="qp", label=None):
    """text part with explicit transfer encoding. cs = python codec used to
    encode, label = charset written in the header (may be wrong on purpose)."""
    p = MIMENonMultipart("text", sub)
    del p["MIME-Version"]
    lab = label or {"iso2022_jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
                    "cp932": "Shift_JIS"}.get(cs, cs)
    p.set_param("charset", lab)
    raw = text.encode(cs)
    if cte == "qp":
        body = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    elif cte == "7bit":
        body = raw.decode("ascii")
        name = "7bit"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = name
    p.set_payload(body)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("--==_mimepart_" + hexs(24)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def enc_subj(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    if cs == "shift_jis":  # Python would convert to ISO-2022-JP; write Shift_JIS words by hand
        cut = len(s) // 2
        return "\n ".join("=?Shift_JIS?B?%s?=" % base64.b64encode(x.encode("shift_jis")).decode()
                           for x in (s[:cut], s[cut:]))
    return Header(s, cs, header_name="Subject").encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if name and any(ord(c) > 127 for c in name):
        return formataddr((name, a), charset=cs)
    return formataddr((name, a)) if name else a


# ---------------------------------------------------------------- headers

def dkim(d, dt, sel=None, hlist="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    sel = sel or alnum(32)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s" %
            (sel, d, int(dt.timestamp()), hlist, b64rand(32), b64rand(48), b64rand(40)))


def gmail_block(to, dt, mailfrom, host, ip, from_dom, dkim_doms, dmarc="pass",
                spf="pass", p="QUARANTINE", dkim_res="pass"):
    """Gmail receiving headers (topmost first)."""
    sels = {d: alnum(12) for d in dkim_doms}
    dk = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim_res, d, sels[d], alnum(8, string.ascii_letters))
                           for d in dkim_doms) if dkim_doms else "dkim=none"
    spftxt = ("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
              if spf == "pass" else
              "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    dm = "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, p, p, "NONE" if dmarc == "pass" else p, from_dom)
    ar = "mx.google.com;\n       %s;\n       %s;\n       %s" % (dk, spftxt, dm)
    t = dt + timedelta(seconds=R.randrange(1, 4))
    h = [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (hexs(4), hexs(3), hexs(3), hexs(4), alnum(8), pacific(t)),
        "X-Google-Smtp-Source: AGHT+I%s" % alnum(60, string.ascii_letters + string.digits),
        "X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (hexs(4), hexs(3), hexs(3), hexs(4), alnum(12), R.randrange(100, 999), int(t.timestamp()), pacific(t)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t.timestamp()), b64rand(60)),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature;\n        bh=%s;\n        b=%s" % (b64rand(32), b64rand(60)),
        "ARC-Authentication-Results: i=1; " + ar,
        "Return-Path: <%s>" % mailfrom,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (host, host, ip, alnum(20), R.randrange(100, 999), int(t.timestamp()), to, pacific(t)),
        "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip),
        "Authentication-Results: " + ar,
    ]
    return h


def o365_block(to, dt, mailfrom_dom, host, ip, from_dom, dkim_dom, dmarc="pass",
               spf="pass", compauth="pass reason=100", action="none", dkim_res="pass", tenant_prefix="PH7PR"):
    t = dt + timedelta(seconds=R.randrange(1, 5))
    srv = "%s%02dMB%04d.namprd%02d.prod.outlook.com" % (tenant_prefix, R.randrange(10, 99), R.randrange(1000, 9999), R.randrange(10, 20))
    edge = "%s%dPEPF%08d.namprd%02d.prod.outlook.com" % ("SN1", R.randrange(1, 9), R.randrange(10**7, 10**8), R.randrange(10, 20))
    dk = ("dkim=pass (signature was verified)\n header.d=%s" % dkim_dom) if dkim_res == "pass" else "dkim=none (message not signed)\n header.d=none"
    ar = ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
          % (spf, ip, mailfrom_dom, dk, dmarc, action, from_dom, compauth))
    h = [
        "Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s" % (edge, hexs(3), hexs(2), srv, rfc(t)),
        "Received: from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
        % (edge, hexs(3), hexs(3), hexs(2), srv, hexs(3), hexs(3), hexs(2), R.randrange(8000, 9400), R.randrange(10, 40), rfc(t)),
        ar,
        "Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
        % ("Pass" if spf == "pass" else spf.capitalize(), mailfrom_dom, "designates" if spf == "pass" else "does not designate", ip, ip, host),
        "Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
        % (host, ip, edge.replace("prod.outlook.com", "mail.protection.outlook.com"), R.randrange(1, 250), R.randrange(1, 250), R.randrange(8000, 9400), R.randrange(10, 40), rfc(t)),
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % t.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)",
        "X-MS-Exchange-Organization-AuthSource: %s" % edge,
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
    ]
    return h


def jp_block(to, dt, provider, mailfrom, host, ip, from_dom, dkim_dom, dmarc="pass"):
    t = dt + timedelta(seconds=R.randrange(1, 6))
    jt = rfc(t, JST)
    if provider == "nifty":
        ar = ("Authentication-Results: mx.nifty.com; spf=pass smtp.mailfrom=%s;\n dkim=pass header.i=@%s header.s=%s;\n dmarc=%s header.from=%s"
              % (mailfrom, dkim_dom, alnum(12), dmarc, from_dom))
        h = ["Return-Path: <%s>" % mailfrom,
             "Received: from mta-rcv%02d.nifty.com by mboxs%02d.nifty.com\n          with ESMTP\n          id <%s@mboxs%02d.nifty.com>\n          for <%s>; %s" % (R.randrange(1, 20), R.randrange(1, 40), hexs(20), R.randrange(1, 40), to, jt),
             ar,
             "Received: from %s ([%s])\n          by mta-rcv%02d.nifty.com with ESMTP\n          id <%s@mta-rcv.nifty.com>\n          for <%s>; %s" % (host, ip, R.randrange(1, 20), hexs(16), to, jt)]
    else:  # biglobe
        ar = ("Authentication-Results: biglobe.ne.jp; spf=pass smtp.mailfrom=%s;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tdmarc=%s (p=QUARANTINE) header.from=%s"
              % (mailfrom, dkim_dom, dmarc, from_dom))
        h = ["Return-Path: <%s>" % mailfrom,
             "Received: from mx%d.biglobe.ne.jp (localhost [127.0.0.1])\n\tby mail%d.biglobe.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (R.randrange(1, 9), R.randrange(1, 9), alnum(10, string.ascii_uppercase + string.digits), to, jt),
             ar,
             "Received: from %s (%s [%s])\n\tby mx%d.biglobe.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, R.randrange(1, 9), alnum(10, string.ascii_uppercase + string.digits), to, jt)]
    return h


def ses_host():
    n = R.randrange(10, 60)
    return "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n


# ---------------------------------------------------------------- ids

ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[\s\u00a0\-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", text))
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


OUT = os.path.dirname(os.path.abspath(__file__))
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSN = "Amazon Web Services"
MAILS = []


def jwd(dt):
    return "月火水木金土日"[dt.weekday()]


def outlook_sent(dt, tz=UTC):
    d = dt.astimezone(tz)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def gmail_on(dt, tz=UTC):
    d = dt.astimezone(tz)
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def transport(provider, to, dt, mailfrom, host, ip, from_dom, dkim_doms, **kw):
    if provider == "gmail":
        return gmail_block(to, dt, mailfrom, host, ip, from_dom, dkim_doms, **kw)
    if provider == "o365":
        return o365_block(to, dt, mailfrom.split("@")[-1], host, ip, from_dom, dkim_doms[0] if dkim_doms else "none", **kw)
    if provider in ("nifty", "biglobe"):
        return jp_block(to, dt, provider, mailfrom, host, ip, from_dom, dkim_doms[0], **kw)
    if provider == "none":
        t = dt + timedelta(seconds=R.randrange(2, 9))
        return ["Return-Path: <%s>" % mailfrom,
                "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                % (host, host, ip, kw.get("mx", "mail." + to.split("@")[1]), alnum(11, string.ascii_uppercase + string.digits), to, rfc(t))]
    raise ValueError(provider)


def add(slug, kind, lang, case_id, verified, hdrs, part, new, ids=None):
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case_id=case_id, verified=verified,
                      hdrs=hdrs, part=part, ids=ids if ids is not None else ids_in(new)))


def aws(provider, to, dt, subj, part=None, frm_addr=FORM, frm_name=AWSN, to_name=None,
        subj_cs="utf-8", extra=(), **kw):
    mid = ses_id(dt)
    host, ip = ses_host()
    mailfrom = mid + "@email.amazonses.com"
    h = transport(provider, to, dt, mailfrom, host, ip, "amazon.com", ["amazon.com", "amazonses.com"], **kw)
    h += [dkim("amazon.com", dt), dkim("amazonses.com", dt, sel="224i4yxa5dv7c2xz3womw6peuasteono",
                                       hlist="Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID")]
    h += ["Date: %s" % rfc(dt),
          "From: %s" % addr(frm_name, frm_addr),
          "To: %s" % (addr(to_name, to, subj_cs) if to_name else to),
          "Message-ID: <%s@email.amazonses.com>" % mid,
          "Subject: %s" % enc_subj(subj, subj_cs)]
    h += list(extra)
    h += ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64rand(30).rstrip("="),
          "X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), ip)]
    return h


def credly(provider, to, dt, subj, part=None, frm_name="Amazon Web Services Training and Certification via Credly",
           frm_addr="admin@credly.com", dom="credly.com", extra=()):
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (R.randrange(1000000, 9999999), hexs(4), to.split("@")[0], to.split("@")[1], R.randrange(1000, 9999), dom)
    ip = "149.72.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250))
    host = "o%d.ptr%d.%s" % (R.randrange(1, 9), R.randrange(1000, 9999), dom)
    h = transport(provider, to, dt, mf, host, ip, dom, [dom, "sendgrid.info"])
    h += [dkim(dom, dt, sel="s1"), dkim("sendgrid.info", dt, sel="smtpapi")]
    h += ["Date: %s" % rfc(dt), "From: %s" % addr(frm_name, frm_addr), "To: %s" % to,
          "Message-ID: <%s@geopod-ismtpd-%d>" % (alnum(22, string.ascii_letters + string.digits), R.randrange(1, 40)),
          "Subject: %s" % enc_subj(subj)] + list(extra)
    return h


CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOT_JA = """
ケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

# =====================================================================
# People
PRIYA = "priya.raman@gmail.com"
MAREK = "marek.nowak@outlook.com"
TANAKA = "kenta.tanaka@nifty.com"
JUAN = "jc.rivera@contoso-logistics.com"
SAM = "sam@whitfield.dev"
LI = "liwei.builds@gmail.com"
SATO = "misaki.sato@biglobe.ne.jp"
OLENA = "o.kovalenko.cloud@gmail.com"
DIEGO = "diego.fernandez.ar@hotmail.com"

# =====================================================================
# T1  Priya  (form case, Gmail)
o1 = U("2025-06-02 09:14:27"); C1 = case15(o1)
SUBJ1 = "[AWS Training and Certification Form Submission] - account-assistance"

d = o1 + timedelta(seconds=22)
body = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. This message confirms that your request has been logged with our team under case ID {C1}.

Summary of your submission:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS58102964
  Description: I have two certification accounts, one was created with my previous company mail id. Please merge both so all my certs are in one place. The other ID I think is aws27418830.

A member of our team will review your request and respond, in most cases within 24 hours. Please do not open a new case for the same request, as this can delay our response. If you need to add information, simply reply to this email and keep the case ID in the subject line.

Regards,
AWS Training and Certification
"""
add("priya-form-submission", "case_created", "en", C1, True,
    aws("gmail", PRIYA, d, f"[CASE {C1}] {SUBJ1}", None),
    tpart(body, cte="qp"), body)

d = U("2025-06-03 06:41:09")
REQ1_HTML = f"""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">Dear Priya,<br><br>Greetings from AWS Training and Certification!!<br><br>Thank you for contacting us. I am Karthik and I will be assisting you on this case.<br><br>As per the details shared by you, we could able to find below two accounts registered under your name:<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#ffffff"><th>Candidate ID</th><th>Registered Email</th><th>Status post merge</th></tr>
<tr><td>AWS58102964</td><td>priya.raman@gmail.com</td><td>Primary (will be retained)</td></tr>
<tr><td>AWS27418830</td><td>priya.r@infotechsolutions.co.in</td><td>Secondary (will be merged into primary)</td></tr>
</table><br>
Please note that once the accounts are merged, the same cannot be reverted back. All the certifications, exam history and benefits of secondary account will be moved to the primary account and you will be able to login only with the primary account credentials.<br><br>
Kindly revert back with your confirmation on the above so that we can proceed further with the merging of the accounts.<br><br>
Awaiting for your response.<br><br>
Thanks &amp; Regards,<br>Karthik V.<br>AWS Training &amp; Certification<br></div>"""
add("priya-form-reply-1", "merge_confirmation_requested", "en", C1, True,
    aws("gmail", PRIYA, d, f"RE:[CASE {C1}] {SUBJ1}", None),
    tpart(f"<html><body>{REQ1_HTML}</body></html>", "html", cte="qp"), REQ1_HTML)

d = U("2025-06-04 10:02:44")
ureply = U("2025-06-03 14:47:02")
new3 = """Dear Priya,

Greetings of the day!

This is to inform you that merging has been done successfully as per your confirmation. Now you can login with your primary account AWS 58102964 and can able to view all your certifications and exam history at one place. Kindly logout and login again if the changes are not reflecting.

Please note that Credly badges will be reflected in the primary account within 2-3 working days.

Hope this helps! Please feel free to revert in case of any queries.

Thanks & Regards,
Karthik V.
AWS Training & Certification
"""
quoted3 = f"""
-----Original Message-----
From: Priya Raman <priya.raman@gmail.com>
Sent: {outlook_sent(ureply)}
To: {FORM}
Subject: Re: RE:[CASE {C1}] {SUBJ1}

Hi Karthik,

Yes, the details are correct. Please proceed with the merge. AWS58102964 is the one I want to keep.

Thanks,
Priya

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(U("2025-06-03 06:41:09"))}
To: priya.raman@gmail.com
Subject: RE:[CASE {C1}] {SUBJ1}

Dear Priya,

Greetings from AWS Training and Certification!!

Thank you for contacting us. I am Karthik and I will be assisting you on this case.

As per the details shared by you, we could able to find below two accounts registered under your name:

Candidate ID: AWS58102964 | priya.raman@gmail.com | Primary (will be retained)
Candidate ID: AWS27418830 | priya.r@infotechsolutions.co.in | Secondary (will be merged into primary)

Please note that once the accounts are merged, the same cannot be reverted back.

Kindly revert back with your confirmation on the above so that we can proceed further with the merging of the accounts.

Awaiting for your response.

Thanks & Regards,
Karthik V.
AWS Training & Certification
"""
html3 = ("<html><body><div style=\"font-family:Arial;font-size:14px\">" + new3.replace("&", "&amp;").replace("\n", "<br>\n") +
         "</div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">" +
         quoted3.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>")
add("priya-form-reply-2", "merge_completed", "en", C1, True,
    aws("gmail", PRIYA, d, f"RE:[CASE {C1}] {SUBJ1}", None),
    alt(tpart(new3 + quoted3, cte="qp"), tpart(html3, "html", cte="qp")), new3)

d = U("2025-06-04 10:03:30")
plain4 = f"""Trouble viewing this email? View it in your browser:
https://survey.training.aws/feedback/view?case={C1}&t={hexs(16)}
"""
html4 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif">
<div style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></div>
<div style="padding:24px;font-size:15px;color:#16191f">
<p>Hi Priya,</p>
<p>Your recent case with AWS Training and Certification (Case&nbsp;ID&nbsp;{C1}) has been closed.</p>
<p>How did we do? Your feedback helps us improve the support we provide to learners and certification candidates.</p>
<p style="font-weight:bold">How satisfied are you with the support you received?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;padding:10px 16px"><a href="https://survey.training.aws/feedback?case={C1}&amp;score=1" style="color:#fff;text-decoration:none">1</a></td>
<td style="background:#ec7211;padding:10px 16px"><a href="https://survey.training.aws/feedback?case={C1}&amp;score=2" style="color:#fff;text-decoration:none">2</a></td>
<td style="background:#ec7211;padding:10px 16px"><a href="https://survey.training.aws/feedback?case={C1}&amp;score=3" style="color:#fff;text-decoration:none">3</a></td>
<td style="background:#ec7211;padding:10px 16px"><a href="https://survey.training.aws/feedback?case={C1}&amp;score=4" style="color:#fff;text-decoration:none">4</a></td>
<td style="background:#ec7211;padding:10px 16px"><a href="https://survey.training.aws/feedback?case={C1}&amp;score=5" style="color:#fff;text-decoration:none">5</a></td>
</tr></table>
<p style="font-size:12px;color:#545b64">1&nbsp;=&nbsp;Very dissatisfied &nbsp;&nbsp; 5&nbsp;=&nbsp;Very satisfied</p>
<p>Thank you,<br>AWS Training &amp; Certification</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#879596">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</div>
</div></body></html>"""
add("priya-feedback", "survey", "en", C1, True,
    aws("gmail", PRIYA, d, f"How did we do? Case {C1}", None, frm_name="AWS Training and Certification"),
    alt(tpart(plain4, cte="7bit", cs="us-ascii"), tpart(html4, "html", cte="qp")), html4)

d = U("2025-06-06 16:20:11")
plain5 = """Amazon Web Services Training and Certification has issued you a new badge!

AWS Certified Solutions Architect – Associate

Accept your badge: https://www.credly.com/earner/earned/badge/3f1c0a5e-77b2-4d0c-9a4e-6c2f1b8d9e01

Once accepted, you can share your badge with your professional network and easily verify your achievement.

Credly, a Pearson company
"""
html5 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="padding:28px;text-align:center"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="badge"></td></tr>
<tr><td style="padding:0 28px;font-size:20px;text-align:center"><b>Hi Priya,</b></td></tr>
<tr><td style="padding:12px 28px;font-size:15px;text-align:center">Amazon Web Services Training and Certification has issued you a new badge:<br><b>AWS Certified Solutions Architect &ndash; Associate</b></td></tr>
<tr><td style="padding:18px;text-align:center"><a href="https://www.credly.com/earner/earned/badge/3f1c0a5e-77b2-4d0c-9a4e-6c2f1b8d9e01" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></td></tr>
<tr><td style="padding:12px 28px 28px;font-size:12px;color:#777;text-align:center">Credly, a Pearson company &middot; 100 Arlington St, Boston, MA</td></tr>
</table></td></tr></table></body></html>"""
add("priya-credly", "credly_badge_issued", "en", None, True,
    credly("gmail", PRIYA, d, "Priya, Amazon Web Services Training and Certification sent you a new badge"),
    alt(tpart(plain5, cte="qp"), tpart(html5, "html", cte="qp")), plain5 + html5)

# =====================================================================
# T2  Marek  (console case, Outlook.com)
o2 = U("2025-09-15 07:52:10"); C2 = case15(o2)
SUBJ2 = "Merge two AWS Certification accounts"
d = o2 + timedelta(seconds=15)
html6 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table style="border:1px solid #d5dbdb;border-collapse:collapse" cellpadding="5">
<tr><td><b>Case ID:</b></td><td>{C2}</td></tr>
<tr><td><b>Subject:</b></td><td>{SUBJ2}</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td><b>Correspondence:</b></td><td>Hello,<br>I registered a second candidate account by mistake in 2025 and passed Cloud Practitioner there. My older account with the Associate exams is AWS31007452, the new one is AWS31186209. Please merge them into one.<br>Thanks, Marek Nowak</td></tr>
</table>
<p>You will receive e-mail updates when there is new correspondence on the case. To view or update the case, visit the AWS Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en</a></p>
<p>Thank you,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.<br>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>"""
add("marek-console-open", "case_created", "en", C2, True,
    aws("o365", MAREK, d, f"Amazon Web Services: You have opened a new Support case: {C2}", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    tpart(html6, "html", cte="qp"), html6)

d = U("2025-09-16 10:20:33")
body7 = f"""Hello Marek,

Thank you for your patience. I have checked our records and I can see there are two candidate profiles on your name:

 - AWS31007452 (created 2021, e-mail marek.nowak@outlook.com)
 - AWS31186209 (created 2025, e-mail m.nowak@firma-it.pl)

Before I can pass this to our merge team, I need to know which one of these accounts you want to keep as main one. The account which you do not choose will be merged into the kept one and it will be no longer possible to sign in with it.

Please answer in the Support Center with ID of the account you wish to keep.
""" + CONSOLE_FOOT.format(agent="Dariusz W.", cid=C2)
html7 = "<html><body><div style=\"font-family:Verdana;font-size:13px\">" + body7.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>"
add("marek-console-reply-1", "support_reply", "en", C2, True,
    aws("o365", MAREK, d, f"RE:[CASE {C2}] {SUBJ2}", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    alt(tpart(body7, cte="qp"), tpart(html7, "html", cte="b64")), body7)

d = U("2025-09-17 08:00:01")
body8 = f"""Hello Marek,

Thank you for reply. Could you please confirm us following details before we proceed:

Account to be kept (primary): AWS31007452
Account to be merged into primary: AWS31186209

After merge, all exams and certifications from AWS31186209 will be visible under AWS31007452 and you will log in only with marek.nowak@outlook.com. Please be aware this operation is permanent and we are not able to split accounts back afterwards.

If all is correct, please reply in the case with "I confirm". Until we receive your confirmation no changes will be made.
""" + CONSOLE_FOOT.format(agent="Dariusz W.", cid=C2)
add("marek-console-reply-2", "merge_confirmation_requested", "en", C2, True,
    aws("o365", MAREK, d, f"RE:[CASE {C2}] {SUBJ2}", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    tpart(body8, cte="qp"), body8)

d = U("2025-09-17 08:00:02")
body34 = f"""Hello,

New correspondence has been added to your AWS Support case {C2}.

Subject: {SUBJ2}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

This is an automated notification. Please do not reply to this message.

Amazon Web Services
"""
add("marek-console-notice", "support_reply", "en", C2, True,
    aws("o365", MAREK, d, f"[Case {C2}] New correspondence added", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    tpart(body34, cte="7bit", cs="us-ascii"), body34)

d = U("2025-09-19 13:37:50")
body10 = f"""Hello Marek,

Good news: I've finished consolidating your certification profiles. Everything that was on AWS31186209 (your Cloud Practitioner result and its exam history) now lives on AWS31007452, and AWS31186209 has been closed, so please sign in with marek.nowak@outlook.com going forward. Your Credly badge should follow within a few days.

If I've fully answered your question, could you take a moment to rate this correspondence? Just click the stars in the top right of this reply in the Support Center; your feedback really helps us.
""" + CONSOLE_FOOT.format(agent="Rachel H.", cid=C2)
add("marek-console-reply-3", "merge_completed", "en", C2, True,
    aws("o365", MAREK, d, f"RE:[CASE {C2}] {SUBJ2}", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    tpart(body10, cte="qp"), body10)

# =====================================================================
# T3  Tanaka  (console case, Japanese, nifty)
o3 = U("2025-05-27 23:05:41"); C3 = case15(o3)
SUBJ3 = "認定アカウントの統合について"
d = o3 + timedelta(seconds=12)
body11 = f"""Amazon Web Services をご利用いただきありがとうございます。

お問い合わせの内容について、ケース {C3} を作成しました。

ケース ID: {C3}
件名: {SUBJ3}
重要度: 一般的なガイダンス
問い合わせ内容:
AWS認定のアカウントが2つあります（AWS44920175 と AWS08836214）。
転職の際に新しく作ってしまったようです。1つにまとめていただけますでしょうか。

担当者からの回答は AWS サポートセンターに掲載され、メールでお知らせします。
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services
"""
add("tanaka-console-open", "case_created", "ja", C3, True,
    aws("nifty", TANAKA, d, f"Amazon Web Services: 新しいサポートケースが作成されました: {C3}", None,
        frm_addr=NOREPLY, subj_cs="iso-2022-jp"),
    tpart(body11, cs="iso2022_jp", cte="7bit"), body11)

d = U("2025-05-28 05:12:00")
body12 = f"""田中 健太 様

AWS トレーニングと認定サポートの山本でございます。
お問い合わせいただきありがとうございます。

お客様の情報をもとに確認いたしましたところ、以下の2つのアカウントが見つかりました。

 ・残すアカウント（統合先）: AWS44920175
 ・統合されるアカウント（統合元）: AWS08836214

統合を実施しますと、AWS08836214 に紐づく認定資格および受験履歴は AWS44920175 に集約され、AWS08836214 ではサインインできなくなります。なお、統合後に元の状態に戻すことはできません。

上記の内容でよろしければ、サポートセンターより「統合に同意します」とご返信ください。ご同意を確認でき次第、作業を開始いたします。

よろしくお願いいたします。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(cid=C3)
html12 = "<html><body><div style=\"font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px\">" + body12.replace("\n", "<br>\n") + "</div></body></html>"
add("tanaka-console-reply-1", "merge_confirmation_requested", "ja", C3, True,
    aws("nifty", TANAKA, d, f"RE:[CASE {C3}] {SUBJ3}", None, frm_addr=NOREPLY),
    alt(tpart(body12, cte="b64"), tpart(html12, "html", cte="b64")), body12)

d = U("2025-05-28 23:40:18")
body13 = f"""田中 健太 様

ご返信いただきありがとうございます。山本でございます。
統合内容についてご同意いただいたことを確認いたしました。これより統合作業の手配を進めてまいります。

作業が終わりましたら、本ケースにて改めてご連絡いたします。通常、数営業日ほどお時間を頂戴しております。恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(cid=C3)
add("tanaka-console-reply-2", "support_reply", "ja", C3, True,
    aws("nifty", TANAKA, d, f"RE:[CASE {C3}] {SUBJ3}", None, frm_addr=NOREPLY, subj_cs="iso-2022-jp"),
    tpart(body13, cs="iso2022_jp", cte="7bit"), body13)

d = U("2025-05-30 02:15:40")
body14 = f"""田中 健太 様

お待たせいたしました。AWS トレーニングと認定サポートの山本でございます。

ご依頼いただいておりましたアカウントの件、AWS08836214 に登録されていた認定資格および受験履歴を、すべて AWS44920175 へ移行いたしました。旧アカウント AWS08836214 は無効化されておりますので、今後は AWS44920175 にてサインインをお願いいたします。

Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。
このたびはお問い合わせいただきありがとうございました。本対応についてのご評価をサポートセンターよりお寄せいただけますと幸いです。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(cid=C3)
add("tanaka-console-reply-3", "merge_completed", "ja", C3, True,
    aws("nifty", TANAKA, d, f"RE:[CASE {C3}] {SUBJ3}", None, frm_addr=NOREPLY, subj_cs="shift_jis"),
    tpart(body14, cs="shift_jis", cte="b64"), body14)

d = U("2025-05-30 02:16:05")
html15 = f"""<html><head><meta charset="utf-8"></head><body>
<div style="max-width:600px;margin:auto;font-family:'Meiryo',sans-serif;font-size:14px;line-height:1.7">
<p>田中 健太 様</p>
<p>このたびは AWS サポートをご利用いただき、誠にありがとうございました。<br>ケース&nbsp;{C3}&nbsp;はクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力ください。所要時間は1分程度です。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;resolved=yes" style="background:#0073bb;color:#fff;padding:8px 20px;text-decoration:none">はい</a>&nbsp;&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を5段階で評価してください：<br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;rating=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;rating=2">&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;rating=3">&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C3}&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px;color:#687078">本メールは送信専用アドレスからお送りしています。<br>Amazon Web Services, Inc.</p>
</div></body></html>"""
add("tanaka-console-feedback", "survey", "ja", C3, True,
    aws("nifty", TANAKA, d, f"【AWS サポート】アンケートご協力のお願い（ケース {C3}）", None, frm_addr=NOREPLY),
    tpart(html15, "html", cte="qp"), html15)

# =====================================================================
# T4  Juan Carlos  (form case, corporate O365, Outlook desktop)
o4 = U("2025-10-20 15:30:02"); C4 = case15(o4)
SUBJ4 = "[AWS Training and Certification Form Submission] - account-assistance"
JUANFROM = "Rivera, Juan Carlos <jc.rivera@contoso-logistics.com>"
d = o4 + timedelta(seconds=40)
html16 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello Juan Carlos,</p>
<p>We&rsquo;ve received your request and a support case has been created for you. A member of the AWS Training and Certification team will get back to you, usually within one business day.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;border-collapse:collapse;font-size:13px">
<tr><td style="background:#f2f3f3;border:1px solid #ccc"><b>Case ID</b></td><td style="border:1px solid #ccc">{C4}</td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #ccc"><b>Inquiry type</b></td><td style="border:1px solid #ccc">AWS Training and Certification</td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #ccc"><b>Detail</b></td><td style="border:1px solid #ccc">Account Merge</td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #ccc"><b>AWS candidate ID</b></td><td style="border:1px solid #ccc">AWS19455086</td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #ccc"><b>Submitted</b></td><td style="border:1px solid #ccc">{o4.strftime('%Y-%m-%d %H:%M')} UTC</td></tr>
</table>
<p>Please keep the case ID for your reference. To add details, reply to this email without changing the subject line.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>"""
add("juan-form-submission", "case_created", "en", C4, True,
    aws("o365", JUAN, d, f"[CASE {C4}] We've received your request - AWS Training and Certification", None, tenant_prefix="PH7PR"),
    alt(tpart("", cte="7bit", cs="us-ascii"), tpart(html16, "html", cte="qp")), html16)

d = U("2025-10-21 11:02:37")
body17 = """Good day, Juan Carlos!

Thank you for reaching out to AWS Training and Certification. My name is Jerome and I'll be the one assisting you today.

I understand that you would like to have your certification accounts merged. No worries, we will help you with that! In order for us to proceed, kindly provide the following details:

1. The email address used on each of the accounts
2. The candidate ID of the other account (if available)
3. Which of the account you would like to retain

We have already noted the candidate ID you provided: AWS19455086.

Please reply to this email with the above information at your earliest convenience. Rest assured that we will act on your request as soon as we receive it.

Have a great day ahead!

Warm regards,
Jerome P.
AWS Training and Certification
"""
add("juan-form-reply-1", "support_reply", "en", C4, True,
    aws("o365", JUAN, d, f"RE:[CASE {C4}] {SUBJ4}", None, tenant_prefix="PH7PR"),
    tpart(body17, cte="qp"), body17)

d = U("2025-10-22 12:45:10")
u4a = U("2025-10-21 16:10:55")
CDT = timezone(timedelta(hours=-5))
new18 = """Dear Juan Carlos,

Thank you by the information sent. We have localized in our system the two accounts of certification of you:

Account that will be conserved: AWS19455086 (jc.rivera@contoso-logistics.com)
Account that will be unified inside the first: AWS63390521 (juancarlos.rivera@gmail.com)

We must to inform that this process is not possible to revert after realized. All the certifications of the second account will pass to the first account and the second account will stay inactive.

For we can proceed, is necessary that you respond this mail confirming that the information is correct.

We stay attentive.

Cordially,
Luiz F.
AWS Training and Certification
"""
q18 = f"""
From: {JUANFROM}
Sent: {outlook_sent(u4a, CDT)}
To: Amazon Web Services <{FORM}>
Subject: RE: RE:[CASE {C4}] {SUBJ4}

Hi Jerome,

1. Emails: jc.rivera@contoso-logistics.com (current) and juancarlos.rivera@gmail.com (old, personal)
2. The other candidate ID is AWS63390521
3. Please keep AWS19455086, the one with my work email.

Thanks,
Juan Carlos Rivera
Cloud Engineer | Contoso Logistics
"""
add("juan-form-reply-2", "merge_confirmation_requested", "en", C4, True,
    aws("o365", JUAN, d, f"RE:[CASE {C4}] {SUBJ4}", None, tenant_prefix="PH7PR"),
    tpart(new18 + q18, cte="qp"), new18)

d = U("2025-10-24 03:18:44")
u4b = U("2025-10-23 14:05:12")
new9 = """Hi Juan Carlos,

Thank you for confirming! We will now proceed with the merging of your accounts. Please allow us 3 to 5 business days to complete the process. We will send you an update on this case once it is done.

In the meantime, please refrain from scheduling any exam using the secondary account to avoid any issues.

Thank you for your patience and understanding.

Best regards,
Maricel D.
AWS Training and Certification
"""
q9 = f"""________________________________
From: {JUANFROM}
Sent: {outlook_sent(u4b, CDT)}
To: Amazon Web Services <{FORM}>
Subject: RE: RE:[CASE {C4}] {SUBJ4}

Hello Luiz,

Yes, I confirm the information is correct. Please go ahead with the merge.

Regards,
Juan Carlos Rivera
Cloud Engineer | Contoso Logistics

From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(U("2025-10-22 12:45:10"), CDT)}
To: {JUANFROM}
Subject: RE:[CASE {C4}] {SUBJ4}
""" + new18.replace("\n", "\n", ) + q18
html9 = ("<html><head><style>p.MsoNormal{margin:0in;font-size:11pt;font-family:Calibri,sans-serif}</style></head><body><div>"
         + new9.replace("\n", "<br>\n") + "</div><hr tabindex=\"-1\" style=\"display:inline-block;width:98%\">"
         + "<div id=\"divRplyFwdMsg\">" + q9.replace("________________________________\n", "").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>")
add("juan-form-reply-3", "support_reply", "en", C4, True,
    aws("o365", JUAN, d, f"RE:[CASE {C4}] {SUBJ4}", None, tenant_prefix="PH7PR"),
    alt(tpart(new9 + q9, cte="qp"), tpart(html9, "html", cte="qp")), new9)

d = U("2025-10-27 09:51:20")
body19 = """Dear Juan Carlos,

Greetings from AWS T&C!

We have initiated the merge of your accounts and the same is currently in progress at our backend. Kindly note that it may take upto 48-72 hrs for the changes to reflect in your CertMetrics account.

We will keep you posted once the activity is completed from our end. Request you to not raise a new case for the same.

Thanks & Regards,
Sneha R.
AWS Training & Certification
"""
add("juan-form-reply-4", "support_reply", "en", C4, True,
    aws("o365", JUAN, d, f"RE:[CASE {C4}] {SUBJ4}", None, tenant_prefix="PH7PR"),
    tpart(body19, cte="b64"), body19)

d = U("2025-10-27 09:55:02")
plain20 = f"""Hello,

This is to let you know that your case {C4} has been marked as resolved by our team.

If your issue has not been fully addressed, you can reply to this email within 14 days and the case will be reopened automatically.

Was your issue resolved?
Yes: https://support.training.aws/csat?case={C4}&r=yes
No:  https://support.training.aws/csat?case={C4}&r=no

AWS Training and Certification
"""
html20 = f"""<html><body><div style="font-family:Arial;font-size:14px">
<p>Hello,</p><p>This is to let you know that your case <b>{C4}</b> has been marked as <b>resolved</b> by our team.</p>
<p>If your issue has not been fully addressed, you can reply to this email within 14&nbsp;days and the case will be reopened automatically.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://support.training.aws/csat?case={C4}&amp;r=yes" style="padding:6px 18px;background:#1d8102;color:#fff;text-decoration:none">YES</a> &nbsp; <a href="https://support.training.aws/csat?case={C4}&amp;r=no" style="padding:6px 18px;background:#d13212;color:#fff;text-decoration:none">NO</a></p>
<p>AWS Training and Certification</p></div></body></html>"""
add("juan-form-status", "survey", "en", C4, True,
    aws("o365", JUAN, d, f"Your case {C4} has been resolved", None, tenant_prefix="PH7PR"),
    alt(tpart(plain20, cte="7bit", cs="us-ascii"), tpart(html20, "html", cte="qp")), plain20)

d = U("2025-10-29 18:22:31")
body21 = """Hello Juan Carlos,

I hope you are very well. I write you to confirm that the unification of your two profiles was realized with success. Now all your certifications, including the ones that were in the account AWS63390521, are available in your account AWS19455086, and the old account was deactivated.

Please remember to sign in with jc.rivera@contoso-logistics.com from now on. If you see something strange, do not hesitate to write us.

Have a nice day!

Valentina G.
AWS Training and Certification
"""
add("juan-form-reply-5", "merge_completed", "en", C4, None,
    aws("none", JUAN, d, f"RE:[CASE {C4}] {SUBJ4}", None, mx="mx1.contoso-logistics.com"),
    tpart(body21, cte="qp"), body21)

d = U("2025-10-30 14:12:09")
u52 = d
body52 = f"""Hey Juan,

Quick one - did AWS ever finish merging your cert accounts? I have the same problem, my old ID is AWS66412093 and the new one from the Contoso voucher is aws 66500318. Which form did you use, the Training & Cert contact form or a normal support case from our AWS org account?

Also did your Credly badges come over automatically or did you have to chase them?

Thanks!
Ravi

Ravi Shankar
Senior DevOps Engineer | Contoso Logistics
"""
hdr52 = o365_block(JUAN, d, "contoso-logistics.com", "SA1PR11MB8123.namprd11.prod.outlook.com", "2603:10b6:806:3d2::9",
                   "contoso-logistics.com", "none", dmarc="none", spf="none", compauth="pass reason=703", dkim_res="none")
hdr52 += ["From: Ravi Shankar <ravi.shankar@contoso-logistics.com>", 'To: "Rivera, Juan Carlos" <jc.rivera@contoso-logistics.com>',
          "Subject: AWS cert account merge?", f"Date: {rfc(d, CDT)}",
          f"Message-ID: <SA1PR11MB8123{alnum(12, string.ascii_uppercase + string.digits)}@SA1PR11MB8123.namprd11.prod.outlook.com>",
          "Thread-Topic: AWS cert account merge?", f"Thread-Index: AQH{alnum(20, string.ascii_letters)}==",
          "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
add("ravi-internal", "unrelated", "en", None, False, hdr52, tpart(body52, cte="qp"), body52)

# =====================================================================
# T5  Sam  (form case, Google Workspace, terse native agent)
o5 = U("2026-01-12 17:44:09"); C5 = case15(o5)
SUBJ5 = "[AWS Training and Certification Form Submission] - account-assistance"
d = U("2026-01-13 19:02:15")
body22 = """Hi Sam,

Thanks for the details. Here's the plan: aws-92650017 gets merged into AWS70214438. AWS70214438 stays as your account; aws-92650017 goes away for good. This is permanent, we can't undo it afterwards.

If that's right, please reply YES to this email.

Tom
AWS Training and Certification
"""
add("sam-form-reply-1", "merge_confirmation_requested", "en", C5, True,
    aws("gmail", SAM, d, f"RE: [CASE {C5}] {SUBJ5}", None),
    tpart(body22, cte="b64"), body22)

d = U("2026-01-14 21:30:40")
u5 = U("2026-01-14 00:02:51")
new23 = f"""Hi Sam,

All done. Your two profiles are now one, under AWS70214438. I'm closing this case out.

Tom
AWS Training and Certification

--
Case {C5} is now closed. Tell us how we did: https://support.training.aws/csat?case={C5}
"""
q23 = f"""
On {gmail_on(u5, timezone(timedelta(hours=-8)))} Sam Whitfield <sam@whitfield.dev> wrote:
> YES
>
> On {gmail_on(U("2026-01-13 19:02:15"), timezone(timedelta(hours=-8)))} Amazon Web Services <{FORM}> wrote:
> > Hi Sam,
> >
> > Thanks for the details. Here's the plan: aws-92650017 gets merged into
> > AWS70214438. AWS70214438 stays as your account; aws-92650017 goes away
> > for good. This is permanent, we can't undo it afterwards.
> >
> > If that's right, please reply YES to this email.
> >
> > Tom
> > AWS Training and Certification
"""
add("sam-form-reply-2", "merge_completed", "en", C5, True,
    aws("gmail", SAM, d, f"RE: [CASE {C5}] {SUBJ5}", None),
    tpart(new23 + q23, cte="qp"), new23)

d = U("2026-01-15 08:12:03")
plain24 = """Hi Sam,

As part of an account consolidation requested by Amazon Web Services Training and Certification, the following badges have been moved to this Credly account:

 * AWS Certified Solutions Architect – Professional
 * AWS Certified Security – Specialty

They are waiting for you. Accept your badges to display them on your profile and share them:
https://www.credly.com/earner/earned

Questions? Visit https://support.credly.com

Credly, a Pearson company
"""
html24 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #e3e3e3;padding:24px">
<h2 style="font-weight:normal">Your badges have moved</h2>
<p>Hi Sam,</p>
<p>As part of an account consolidation requested by <b>Amazon Web Services Training and Certification</b>, the following badges have been moved to this Credly account:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Security &ndash; Specialty</li></ul>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Accept your badges</a></p>
<p style="font-size:12px;color:#888">Credly, a Pearson company</p></div></body></html>"""
add("sam-credly", "credly_badge_issued", "en", None, True,
    credly("gmail", SAM, d, "Your AWS badges have been moved to your Credly account", frm_name="Credly"),
    alt(tpart(plain24, cte="qp"), tpart(html24, "html", cte="qp")), plain24)

# =====================================================================
# T6  Li Wei  (second form case after no answer, Gmail)
o6a = U("2025-08-04 08:31:12"); C6a = case15(o6a)
o6 = U("2025-08-11 12:00:37"); C6 = case15(o6)
SUBJ6 = "[AWS Training and Certification Form Submission] - account-assistance"
d = o6 + timedelta(seconds=18)
body25 = f"""Hello,

We have received your request and it has been logged as case {C6}. Our Training and Certification support team will review it and get back to you by email.

Your message:
"Second attempt. I submitted a request last week for merging my two certification accounts (case {C6a}) but nobody answered. My IDs are AWS05573921 and AWS05649180, please keep AWS05573921."

Please do not create additional cases for this request; replying to this message will add your comments to the existing case.

Thank you,
AWS Training and Certification
"""
add("li-form-submission", "case_created", "en", C6, True,
    aws("gmail", LI, d, f"[CASE {C6}] {SUBJ6}", None),
    tpart(body25, cte="qp"), body25)

d = U("2025-08-15 09:30:11")
req26 = U("2025-08-12 10:14:02")
new26 = """Hello Li,

I am following up on my previous message below, where I requested the notification e-mail address used on each of your accounts. As of today we did not receive any response from you.

Do you still need assistance with this request? If we will not hear from you within 72 hours, the case will be closed automatically, but you can always reopen it by replying to this e-mail.

Kind regards,
Irina M.
AWS Training and Certification
"""
q26 = f"""
________________________________________
From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(req26)}
To: {LI}
Subject: RE:[CASE {C6}] {SUBJ6}

Hello Li,

Thank you for contacting AWS Training and Certification, and sorry that your first case was not answered.

To merge AWS05649180 into AWS05573921 we need the notification e-mail address registered on each of the two accounts, as they are different from the e-mail you wrote us from. Please reply with both addresses.

Kind regards,
Irina M.
AWS Training and Certification
"""
add("li-form-reply-1", "support_reply", "en", C6, True,
    aws("gmail", LI, d, f"RE:[CASE {C6}] {SUBJ6}", None),
    tpart(new26 + q26, cte="qp"), new26)

d = U("2025-08-20 14:10:27")
body27 = """Hi Li,

Thanks so much for getting back to us with your confirmation, and for your patience while this has been going on; I know it's taken longer than any of us would have liked, particularly given the first case that slipped through the cracks.

Your request is now with the team that handles account consolidations. Once AWS05649180 has been merged into AWS05573921, we'll also raise a request with Credly so that the badges currently sitting on your older Credly profile are moved across to the one linked to your surviving account. You won't need to do anything for that part, although it can take a few extra days after the merge itself.

I'll be in touch on this same thread as soon as I have an update for you. In the meantime, please don't schedule any exams under either account, just to keep things tidy.

Warm regards,
Hannah B.
AWS Training and Certification
"""
add("li-form-reply-2", "support_reply", "en", C6, True,
    aws("gmail", LI, d, f"RE:[CASE {C6}] {SUBJ6}", None),
    tpart(body27, cte="qp"), body27)

d = U("2025-08-22 20:47:53")
body28 = f"""Hi Li,

I wanted to follow up personally, as promised, and I'm really pleased to be writing with good news this time around.

Our consolidation team got to your request this afternoon: every certification, exam appointment record and benefit that used to sit on AWS05649180 has been carried over to AWS05573921, and the older profile has been retired, so from here on you only need the one login. If anything looks out of place when you next sign in (sometimes it helps to clear your browser cache first), just reply here and I'll take a look.

As mentioned before, we have also asked Credly to move your badges, which typically shows up within three to five business days.

And if you have a spare minute, I'd be very grateful if you could rate your experience with us using the short survey linked below. It genuinely helps us understand where we did well and, in your case, where we clearly need to do better.

https://support.training.aws/csat?case={C6}

Warm regards,
Hannah B.
AWS Training and Certification
"""
add("li-form-reply-3", "merge_completed", "en", C6, True,
    aws("gmail", LI, d, f"RE:[CASE {C6}] {SUBJ6}", None),
    tpart(body28, cte="qp"), body28)

# =====================================================================
# T7  Sato  (form case, Japanese, biglobe)
o7 = U("2025-11-10 13:20:55"); C7 = case15(o7)
SUBJ7 = "[AWS Training and Certification Form Submission] - account-assistance"
d = U("2025-11-11 09:05:12")
body29 = """佐藤 美咲 様

AWS トレーニングと認定サポートチームの小林と申します。
お問い合わせいただき、ありがとうございます。

お客様のお名前で登録されているアカウントを確認しましたところ、次の2件が見つかりました。

 1. AWS12096647（登録メールアドレス: misaki.sato@biglobe.ne.jp）
 2. AWS88310452（登録メールアドレス: m-sato@example-sier.co.jp）

統合にあたり、どちらのアカウントを残すか（統合先とするか）をお知らせいただけますでしょうか。残さない方のアカウントの認定資格は、残す方のアカウントへ移されます。

本メールにそのままご返信いただければ結構です。

よろしくお願いいたします。

小林
AWS トレーニングと認定
"""
add("sato-form-reply-1", "support_reply", "ja", C7, True,
    aws("biglobe", SATO, d, f"RE:[CASE {C7}] {SUBJ7}", None),
    tpart(body29, cs="iso2022_jp", cte="7bit"), body29)

d = U("2025-11-13 04:30:48")
u7 = U("2025-11-12 00:41:09")
new30 = """佐藤 美咲 様

小林でございます。
ご返信いただきありがとうございました。

ご指定のとおり、AWS88310452 の認定資格・受験履歴を AWS12096647 へ移行いたしました。今後は AWS12096647（misaki.sato@biglobe.ne.jp）でサインインいただけます。

何かございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定
"""
r29 = U("2025-11-11 09:05:12").astimezone(JST)
uj = u7.astimezone(JST)
q30 = f"""
{uj.year}年{uj.month}月{uj.day}日({jwd(uj)}) {uj.hour}:{uj.minute:02d} 佐藤 美咲 <misaki.sato@biglobe.ne.jp>:
> 小林様
>
> ご連絡ありがとうございます。
> 1. の AWS12096647 を残していただきたいです。
> 統合後に元に戻せない点も了承しております。よろしくお願いいたします。
>
> 佐藤
>
> {r29.year}年{r29.month}月{r29.day}日({jwd(r29)}) {r29.hour}:{r29.minute:02d} Amazon Web Services <{FORM}>:
> > 佐藤 美咲 様
> >
> > AWS トレーニングと認定サポートチームの小林と申します。
> >
> >  1. AWS12096647（登録メールアドレス: misaki.sato@biglobe.ne.jp）
> >  2. AWS88310452（登録メールアドレス: m-sato@example-sier.co.jp）
> >
> > 統合にあたり、どちらのアカウントを残すか（統合先とするか）をお知らせいただけますでしょうか。
"""
add("sato-form-reply-2", "merge_completed", "ja", C7, True,
    aws("biglobe", SATO, d, f"RE:[CASE {C7}] {SUBJ7}", None),
    tpart(new30 + q30, cte="qp"), new30)

# =====================================================================
# T8  Olena  (11-digit case id, Gmail)
C8 = "13286704551"
SUBJ8 = "Account merge request - certification profiles"
d = U("2025-07-08 15:12:40")
req8 = U("2025-07-03 10:26:15")
new31 = """Hello Olena,

Just following up on my earlier email below. We're still waiting for your confirmation before we can go ahead.

Please reply to confirm that AWS52018846 can be merged into AWS47720391 (AWS47720391 being the account that remains). As mentioned, merges can't be reversed once done.

Thanks,
Ben K.
AWS Training and Certification
"""
q31 = f"""
-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(req8)}
To: {OLENA}
Subject: RE:[CASE {C8}] {SUBJ8}

Hello Olena,

Thank you for contacting AWS Training and Certification.

We located the following accounts:
 - AWS47720391 (o.kovalenko.cloud@gmail.com), to be kept
 - AWS52018846 (olena.kovalenko@softline-ua.com), to be merged

Please confirm the above by replying to this email. Note that an account merge is irreversible.

Thanks,
Ben K.
AWS Training and Certification
"""
add("olena-form-reply-1", "merge_confirmation_requested", "en", C8, True,
    aws("gmail", OLENA, d, f"RE:[CASE {C8}] {SUBJ8}", None),
    tpart(new31 + q31, cte="qp"), new31)

d = U("2025-07-10 11:44:06")
body32 = """Hi Olena,

Thanks for confirming. We’ve now moved everything from AWS52018846 over to AWS47720391 – your certifications, exam history and benefits (including the 50% exam voucher) should all show under AWS47720391 from now on. The old profile’s been closed.

Cheers,
Ben K.
AWS Training and Certification
"""
add("olena-form-reply-2", "merge_completed", "en", C8, True,
    aws("gmail", OLENA, d, f"RE:[CASE {C8}] {SUBJ8}", None),
    tpart(body32, cs="utf-8", cte="qp", label="iso-8859-1"), body32)

d = U("2025-07-10 11:45:12")
new33 = f"""Hello,

Your case {C8} has been closed.

We would like to hear about your experience. Please take our 2-minute survey:
https://support.training.aws/survey?case={C8}&lang=en

Thank you for choosing AWS Training and Certification.

--- Previous correspondence ---
"""
q33 = "\n".join("> " + l if l else ">" for l in body32.splitlines()) + "\n"
add("olena-form-closed", "survey", "en", C8, None,
    aws("none", OLENA, d, f"Case {C8} closed - tell us about your experience", None, mx="mail.kovalenko.home"),
    tpart(new33 + q33, cte="qp"), new33)

# =====================================================================
# T9  Diego  (form case, Hotmail)
o9 = U("2026-02-02 21:10:45"); C9 = case15(o9)
SUBJ9 = "[AWS Training and Certification Form Submission] - account-assistance"
d = U("2026-02-05 13:00:29")
body35 = """Hi Diego,

Thanks for your patience. I want to let you know that your request is being worked by our back-end team, at this moment there is no news yet. As soon as I have an update I will write you.

Sorry for the inconvenience and thank you for understand.

Regards,
Andrés M.
AWS Training and Certification
"""
add("diego-form-reply-1", "support_reply", "en", C9, True,
    aws("o365", DIEGO, d, f"RE:[CASE {C9}] {SUBJ9}", None, tenant_prefix="CH3PR"),
    tpart(body35, cte="qp"), body35)

d = U("2026-02-09 14:25:03")
body36 = """Hi Diego,

Confirmation received. Merge of Aws-39017726 into AWS39210584 is queued and should be processed within 2 business days. Nothing needed from your side.

Andrés M.
AWS T&C
"""
add("diego-form-reply-2", "support_reply", "en", C9, True,
    aws("o365", DIEGO, d, f"RE:[CASE {C9}] {SUBJ9}", None, tenant_prefix="CH3PR"),
    tpart(body36, cte="qp"), body36)

d = U("2026-02-11 10:03:14")
html37 = """<html><body>
<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;max-width:640px">
<div style="border-left:4px solid #ff9900;padding-left:12px;margin-bottom:16px"><b>AWS Training &amp; Certification</b></div>
<div>Hi&nbsp;Diego,</div>
<div>&nbsp;</div>
<div>Your candidate profiles have now been unified. The certifications and exam history from <b>AWS&nbsp;39017726</b> were transferred to <b>AWS39210584</b>, which is your only active account from today.</div>
<div>&nbsp;</div>
<div>Please use <span style="color:#0073bb">diego.fernandez.ar@hotmail.com</span> to sign in. The previous login will show an error message &mdash; that&#39;s expected.</div>
<div>&nbsp;</div>
<div>Saludos,<br>Andr&eacute;s&nbsp;M.<br>AWS Training &amp; Certification</div>
</div></body></html>"""
add("diego-form-reply-3", "merge_completed", "en", C9, True,
    aws("o365", DIEGO, d, f"RE:[CASE {C9}] {SUBJ9}", None, tenant_prefix="CH3PR"),
    tpart(html37, "html", cte="qp"), html37)

d = U("2026-02-11 10:04:40")
plain56 = f"""Rate our service for case {C9}:
https://support.training.aws/csat?case={C9}

Thank you,
AWS Training and Certification
"""
html56 = f"""<html><body><div style="font-family:Arial;font-size:14px;text-align:center;max-width:520px;margin:auto">
<p style="font-size:18px">How would you rate the support you received?</p>
<p>Case {C9} &middot; AWS Training and Certification</p>
<p style="font-size:30px;letter-spacing:6px">
<a href="https://support.training.aws/csat?case={C9}&amp;stars=1" style="color:#ff9900;text-decoration:none">&#9733;</a><a href="https://support.training.aws/csat?case={C9}&amp;stars=2" style="color:#ff9900;text-decoration:none">&#9733;</a><a href="https://support.training.aws/csat?case={C9}&amp;stars=3" style="color:#ff9900;text-decoration:none">&#9733;</a><a href="https://support.training.aws/csat?case={C9}&amp;stars=4" style="color:#ff9900;text-decoration:none">&#9733;</a><a href="https://support.training.aws/csat?case={C9}&amp;stars=5" style="color:#ff9900;text-decoration:none">&#9733;</a></p>
<p style="font-size:12px;color:#777">Your case has been closed. This survey takes less than a minute.</p>
</div></body></html>"""
add("diego-rating", "survey", "en", C9, True,
    aws("o365", DIEGO, d, "We'd love your feedback", None, frm_name="AWS Training and Certification", tenant_prefix="CH3PR"),
    alt(tpart(plain56, cte="7bit", cs="us-ascii"), tpart(html56, "html", cte="qp")), plain56)

d = U("2026-02-12 02:30:55")
html38 = """<html><body style="font-family:Arial,sans-serif"><table width="100%"><tr><td align="center"><table width="540" style="border:1px solid #ddd">
<tr><td style="padding:24px;text-align:center"><img src="https://images.youracclaim.com/size/200x200/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120"></td></tr>
<tr><td style="padding:0 24px;text-align:center;font-size:16px">Congratulations, Diego!<br>You&#39;ve earned a badge from Amazon Web Services Training and Certification:<br><b>AWS Certified Developer &ndash; Associate</b></td></tr>
<tr><td style="padding:20px;text-align:center"><a href="https://www.youracclaim.com/earner/earned/badge/9b1d2e0c-1a44-4c6a-8f3e-2d7a6b5c4e10" style="background:#0a7bbf;color:#fff;padding:11px 24px;text-decoration:none">Accept Badge</a></td></tr>
</table></td></tr></table></body></html>"""
add("diego-acclaim", "credly_badge_issued", "en", None, True,
    credly("o365", DIEGO, d, "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
           frm_addr="admin@youracclaim.com", dom="youracclaim.com"),
    alt(tpart("", cte="7bit", cs="us-ascii"), tpart(html38, "html", cte="qp")), html38)

# =====================================================================
# Phishing
def phish(provider, to, dt, frm_name, frm_addr, subj, mailfrom, host, ip, from_dom, dkim_doms, extra=(), **kw):
    h = transport(provider, to, dt, mailfrom, host, ip, from_dom, dkim_doms, **kw)
    if dkim_doms:
        h += [dkim(dkim_doms[0], dt)]
    h += list(extra)
    h += ["Date: %s" % rfc(dt), "From: %s" % addr(frm_name, frm_addr), "To: %s" % to,
          "Message-ID: <%s.%s@%s>" % (alnum(16), alnum(8), mailfrom.split("@")[1]),
          "Subject: %s" % enc_subj(subj)]
    return h

d = U("2025-10-02 06:14:52")
PC1 = "175938011248219"
html40 = f"""<html><body style="font-family:Arial,sans-serif;background:#f5f5f5">
<div style="max-width:600px;margin:auto;background:#fff;border-top:4px solid #ff9900;padding:24px">
<p style="font-size:18px"><b>Action required: confirm your certification account merge</b></p>
<p>Dear Certified Professional,</p>
<p>Our systems detected duplicate AWS Certification profiles associated with your identity:</p>
<table cellpadding="4"><tr><td>Primary profile:</td><td><b>AWS58102964</b></td></tr><tr><td>Duplicate profile:</td><td><b>AWS27418830</b></td></tr><tr><td>Reference:</td><td>Case #{PC1}</td></tr></table>
<p>To prevent suspension of your active certifications, you must confirm the merge of these profiles within <b>48 hours</b>. Once confirmed, the merge cannot be undone.</p>
<p style="text-align:center"><a href="http://aws-certification-merge.com/confirm?uid=p.raman&amp;ref={PC1}" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p>You will be asked to sign in with your AWS Certification credentials to verify ownership.</p>
<p>Regards,<br>AWS Training &amp; Certification Team</p>
</div></body></html>"""
add("cert-merge-notice", "merge_confirmation_requested", "en", PC1, False,
    phish("gmail", PRIYA, d, "AWS Training & Certification", "support@aws-certification-merge.com",
          "Action Required: Confirm your AWS Certification account merge", "bounce-8812@aws-certification-merge.com",
          "mail.aws-certification-merge.com", "185.225.69.41", "aws-certification-merge.com", ["aws-certification-merge.com"], p="NONE"),
    tpart(html40, "html", cte="b64"), html40)

d = U("2026-01-20 03:51:19")
PC2 = "176879000451733"
body41 = f"""Hi Sam,

This is a follow up on case {PC2}. Before we can merge AWS70214438 and AWS70288140 we need to verify that you own both accounts.

Please confirm the merge by signing in through our secure verification page and re-entering the password for each account:

https://aws-tc-verify.support-merge.top/confirm?case={PC2}

If you do not confirm within 24 hours the request will be cancelled and both accounts may be locked for security reasons.

Tom
AWS Training and Certification
"""
forged = ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;\n"
          "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
add("sam-case-followup", "merge_confirmation_requested", "en", PC2, False,
    phish("gmail", SAM, d, AWSN, FORM, f"RE: [CASE {PC2}] {SUBJ5}", "info@support-merge.top",
          "vps-2281.support-merge.top", "91.215.85.17", "amazon.com", [], extra=[forged],
          dmarc="fail", spf="softfail"),
    tpart(body41, cte="qp"), body41)

d = U("2025-12-03 17:08:44")
PC3 = "176478110094021"
html42 = f"""<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="http://aws-training-cert.net/img/aws.png" alt="aws" width="60"><br><br>
Hello,<br><br>
Your AWS Certification accounts merge has been completed successfully (Case&nbsp;{PC3}).<br>
All certifications were moved to account <b>AWS31007452</b>.<br><br>
To finalize the transfer of your Credly badges and your 50% exam voucher you must verify your identity in the next <b>24 hours</b>, otherwise the certifications will be revoked.<br><br>
<a href="http://aws-training-cert.net/verify?c={PC3}" style="background:#232f3e;color:#fff;padding:10px 22px;text-decoration:none">Verify now</a><br><br>
AWS Training and Certification</div></body></html>"""
add("marek-merge-finished", "merge_completed", "en", PC3, False,
    phish("o365", MAREK, d, "AWS Certification", "no-reply@aws-training-cert.net", "Your account merge is complete - action needed",
          "bounces@aws-training-cert.net", "smtp.aws-training-cert.net", "45.133.1.204", "aws-training-cert.net",
          ["aws-training-cert.net"], compauth="pass reason=109"),
    alt(tpart("View this message in your browser.", cte="7bit", cs="us-ascii"), tpart(html42, "html", cte="qp")), html42)

d = U("2025-09-29 22:31:05")
body43 = """Dear AWS Customer,

We were unable to process the payment for your AWS account. Your services will be suspended within 24 hours unless the billing information is updated.

Update your payment method here: https://amazon-billing-notice.com/aws/update

Amazon Web Services Billing
"""
add("billing-suspension", "unrelated", "en", None, False,
    phish("o365", JUAN, d, "AWS Billing", "aws-billing@amazon-billing-notice.com", "Your AWS account will be suspended",
          "noreply@amazon-billing-notice.com", "mx.amazon-billing-notice.com", "193.29.57.112", "amazon-billing-notice.com",
          [], dmarc="none", spf="pass", compauth="fail reason=001", dkim_res="none", tenant_prefix="PH7PR"),
    tpart(body43, cte="7bit", cs="us-ascii"), body43)

d = U("2026-03-04 11:19:27")
html39 = """<html><body style="font-family:Helvetica,Arial"><div style="max-width:520px;margin:auto;text-align:center;border:1px solid #eee;padding:26px">
<p style="font-size:20px">You&#39;ve earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Cloud Practitioner</b>.</p>
<p>To claim it, sign in with your Credly or AWS account within 72 hours.</p>
<p><a href="https://credly-mail.com/claim?id=88a1f0" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc.</p></div></body></html>"""
add("li-badge-claim", "credly_badge_issued", "en", None, False,
    phish("gmail", LI, d, "Credly", "badges@credly-mail.com", "You've earned a badge: AWS Certified Cloud Practitioner",
          "bounce@credly-mail.com", "mail.credly-mail.com", "162.241.224.81", "credly-mail.com", ["credly-mail.com"], p="NONE"),
    tpart(html39, "html", cte="qp"), html39)

# =====================================================================
# Unrelated
def generic(provider, to, dt, frm_name, frm_addr, subj, dom, host, ip, extra=(), mid_dom=None, dk=True, **kw):
    mf = "bounce-%s@%s" % (alnum(10), dom)
    h = transport(provider, to, dt, mf, host, ip, dom, [dom] if dk else [], **kw)
    if dk:
        h += [dkim(dom, dt)]
    h += ["Date: %s" % rfc(dt), "From: %s" % addr(frm_name, frm_addr), "To: %s" % to,
          "Message-ID: <%s@%s>" % (alnum(20), mid_dom or dom), "Subject: %s" % enc_subj(subj)] + list(extra)
    return h

d = U("2026-02-18 19:40:02")
body44 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/whitfield-dev/infra-modules/pull/412#event-16433092817
You are receiving this because you authored the thread.
"""
add("github-pr-412", "unrelated", "en", None, False,
    generic("gmail", SAM, d, "Aiko Mori", "notifications@github.com",
            "Re: [whitfield-dev/infra-modules] Merge account module refactor (PR #412)", "github.com",
            "out-21.smtp.github.com", "192.30.252.204", p="REJECT",
            extra=["In-Reply-To: <whitfield-dev/infra-modules/pull/412@github.com>",
                   "References: <whitfield-dev/infra-modules/pull/412@github.com>",
                   "List-ID: whitfield-dev/infra-modules <infra-modules.whitfield-dev.github.com>",
                   "X-GitHub-Reason: author"]),
    tpart(body44, cte="7bit", cs="us-ascii"), body44)

d = U("2025-07-21 16:55:41")
body45 = """Hello,

Thank you for contacting Amazon Seller Support.

We have reviewed your request to merge your two Seller Central accounts (Merchant tokens A2K9XQ7L3M0P1R and A1Q8ZT6V4B2N9S). Before we can proceed, please confirm which account should remain active and reply with the legal business name exactly as it appears on your tax documents.

Please note that account merges on Seller Central can take up to 10 business days.

We hope this helps.

Thank you for selling on Amazon,
Venkat S.
Amazon Seller Support
https://sellercentral.amazon.com
"""
add("seller-support", "unrelated", "en", "5884881212", True,
    aws("o365", DIEGO, d, "RE:[CASE 5884881212] Request to merge seller accounts", None,
        frm_addr="seller-notification@amazon.com", frm_name="Amazon Seller Support", tenant_prefix="CH3PR"),
    tpart(body45, cte="qp"), body45)

d = U("2025-08-27 18:03:30")
C46 = "12918807341"
body46 = f"""Hello,

Thank you for your patience while I reviewed the charges on account 4417-2098-5531.

The unexpected EC2 charges in July came from two t3.large instances left running in eu-west-1. As a one-time courtesy I have applied a credit of 86.40 USD to your account; it will appear on your next invoice.
""" + CONSOLE_FOOT.format(agent="Kevin O.", cid=C46)
add("li-billing-case", "unrelated", "en", C46, True,
    aws("gmail", LI, d, f"RE:[CASE {C46}] Unexpected charges on my account", None, frm_addr=NOREPLY),
    tpart(body46, cte="qp"), body46)

d = U("2025-11-03 09:12:55")
C47 = case15(d - timedelta(seconds=9))
body47 = f"""Thank you for contacting Amazon Web Services. We have opened case {C47} to address your issue.

The details of your case are as follows:

Case ID: {C47}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Running On-Demand Standard instances
New limit value: 256
------------
Use case description: Load test for our ticketing platform in November.

You will be notified when there are updates to your case.

To view or update your case, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C47}&language=en

Thank you,
Amazon Web Services
"""
add("marek-console-open-2", "unrelated", "en", C47, True,
    aws("o365", MAREK, d, f"Amazon Web Services: You have opened a new Support case: {C47}", None, frm_addr=NOREPLY, tenant_prefix="DB9PR"),
    tpart(body47, cte="qp"), body47)

d = U("2026-01-28 15:00:12")
html48 = """<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<img src="https://cp.certmetrics.com/amazon/images/aws-tc-logo.png" width="180"><br>
<p>Hello Sam Whitfield,</p>
<p>AWS Certification wants to hear from you! You recently recertified <b>AWS Certified Solutions Architect &ndash; Professional</b>. Please take 5 minutes to tell us about your exam experience.</p>
<p>Candidate ID: AWS70214438</p>
<p><a href="https://www.surveymonkey.com/r/aws-cert-exp-2026" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Take the survey</a></p>
<p style="font-size:11px;color:#888">This is an automated message from AWS Certification. Please do not reply.</p>
</div></body></html>"""
add("certmetrics-survey", "unrelated", "en", None, False,
    generic("gmail", SAM, d, "AWS Certification", "do-not-reply@certmetrics.com", "AWS Certification wants to hear from you",
            "certmetrics.com", "smtp2.certmetrics.com", "52.156.33.21", p="NONE"),
    tpart(html48, "html", cte="qp"), html48)

d = U("2026-01-05 20:44:17")
body49 = """Dear Diego Fernandez,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Saturday, January 24, 2026
Time: 10:00 AM  ART
Location: OnVUE online proctored
Registration ID: 512093377
Candidate ID: AWS39210584

Please review the OnVUE system requirements and run the system test before exam day.

Pearson VUE
"""
add("pearson-appointment", "unrelated", "en", None, None,
    generic("none", DIEGO, d, "Pearson VUE", "pearsonvuecustomerservice@pearson.com",
            "Pearson VUE Confirmation of Booking", "pearson.com", "mx-out3.pearson.com", "159.182.144.7",
            mx="smtp.fernandez-home.ar"),
    tpart(body49, cte="qp"), body49)

d = U("2025-12-15 14:02:50")
html50 = """<html><body style="font-family:Helvetica,Arial"><div style="max-width:540px;margin:auto;padding:20px;border:1px solid #eee">
<p>Hi Priya,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b> issued by Amazon Web Services Training and Certification will expire on <b>March 14, 2026</b>.</p>
<p>To keep your credential active, check the recertification options offered by the issuer.</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c2a1b90-5d3e-4f61-9a08-1e2b3c4d5f60">View badge</a></p>
<p style="font-size:11px;color:#999">Credly, a Pearson company</p></div></body></html>"""
add("priya-credly-2", "unrelated", "en", None, True,
    credly("gmail", PRIYA, d, "Your badge expires in 90 days", frm_name="Credly"),
    tpart(html50, "html", cte="qp"), html50)

d = U("2026-02-20 08:33:41")
body51 = """Hi Sam,

You requested to merge another Credly account into this one. Enter the verification code below to continue:

    604218

Or click here: Complete Account Merge
https://www.credly.com/users/account_merge/confirm?token=5f0e2c8a91

This code expires in 30 minutes. If you didn't request this, you can ignore this email.

The Credly Team
"""
add("sam-credly-2", "unrelated", "en", None, True,
    credly("gmail", SAM, d, "Your Credly account merge verification code", frm_name="Credly"),
    tpart(body51, cte="7bit", cs="us-ascii"), body51)

d = U("2026-04-08 01:00:05")
body53 = """田中 健太 様

このたびは AWS Summit Japan 2026 にご登録いただき、誠にありがとうございます。
ご登録内容は以下のとおりです。

イベント名: AWS Summit Japan 2026
会期: 2026年6月25日（木）・26日（金）
会場: 幕張メッセ
参加方法: 会場参加

当日は受付にて本メールに記載の QR コードをご提示ください。

AWS Summit Japan 事務局
"""
add("tanaka-event", "unrelated", "ja", None, True,
    aws("nifty", TANAKA, d, "【AWS Summit Japan 2026】ご登録ありがとうございます", None,
        frm_addr="aws-summit-japan@amazon.com", frm_name="AWS Summit Japan 事務局", subj_cs="iso-2022-jp"),
    tpart(body53, cs="iso2022_jp", cte="7bit"), body53)

d = U("2025-06-19 12:47:30")
body54 = """Dmytro Shevchenko merged merge request !87 at Olena Kovalenko / terraform-aws-accounts

Project: https://gitlab.com/okovalenko/terraform-aws-accounts
Branch: feature/merge-member-accounts → main

Merge request: https://gitlab.com/okovalenko/terraform-aws-accounts/-/merge_requests/87

—
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on gitlab.com.
"""
add("gitlab-mr-87", "unrelated", "en", None, False,
    generic("gmail", OLENA, d, "Dmytro Shevchenko", "gitlab@mg.gitlab.com",
            "Re: Terraform AWS accounts | Merge member accounts into org module (!87)", "mg.gitlab.com",
            "mail-200-1.mg.gitlab.com", "192.237.158.143", p="REJECT",
            extra=["In-Reply-To: <merge_request_288114407@gitlab.com>",
                   "References: <merge_request_288114407@gitlab.com> <reply-5f2b1e@gitlab.com>",
                   "X-GitLab-Project: terraform-aws-accounts", "X-GitLab-NotificationReason: author"]),
    tpart(body54, cte="qp"), body54)

d = U("2026-03-10 16:00:00")
plain55 = """View this email in your browser: https://pages.awscloud.com/training-newsletter-march-2026.html
"""
html55 = """<html><body style="margin:0;background:#eaeded"><div style="max-width:640px;margin:auto;background:#fff;font-family:Arial,sans-serif">
<div style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Training and Certification &mdash; March&nbsp;2026</div>
<div style="padding:24px;font-size:14px">
<p>Hi Priya,</p>
<p><b>New on AWS Skill Builder:</b> hands-on labs for generative AI on Amazon Bedrock, and a refreshed exam prep plan for AWS Certified Solutions Architect &ndash; Associate (SAA-C03).</p>
<p><b>Certification benefit reminder:</b> use your 50% discount voucher from the AWS Certification Account benefits page.</p>
<p><a href="https://skillbuilder.aws/">Start learning</a></p></div>
<div style="padding:16px 24px;font-size:11px;color:#687078">You are receiving this email because you are subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></div>
</div></body></html>"""
add("priya-newsletter", "unrelated", "en", None, True,
    aws("gmail", PRIYA, d, "What's new in AWS Training and Certification - March 2026", None,
        frm_addr="aws-training-and-certification@amazon.com", frm_name="AWS Training and Certification"),
    alt(tpart(plain55, cte="7bit", cs="us-ascii"), tpart(html55, "html", cte="qp")), html55)


# =====================================================================
def render(m):
    hdrs = [h for h in m["hdrs"] if not h.startswith("MIME-Version")]
    body = m["part"].as_string()
    text = "\n".join(hdrs) + "\nMIME-Version: 1.0\n" + body
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def main():
    order = list(range(len(MAILS)))
    random.Random(20_20).shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "%03d-%s.eml" % (n, m["slug"])
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(m))
        labels[fname] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["ids"],
                         "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=2, ensure_ascii=False)
    print(len(labels), "files")


if __name__ == "__main__":
    main()
