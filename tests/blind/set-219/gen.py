#!/usr/bin/env python3
"""Generator for blind set 219: AWS Certification account-merge mailbox (test data).

Emphasis: completions, closures, surveys, Credly.  Run: python3 make_set.py
Writes NNN-*.eml and labels.json next to this script.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(219)
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))

LABELS = {}
MAILS = []  # (fname, bytes)


# --------------------------------------------------------------------------- ids
def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ses_id(when, region="email"):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, uuid.UUID(int=R.getrandbits(128)), region)


def ses_bounce(when, region="email"):
    ms = int(when.timestamp() * 1000)
    return "0100%012x-%s-000000@%s.amazonses.com" % (ms, uuid.UUID(int=R.getrandbits(128)), region)


def rfc(d):
    return format_datetime(d)


def gdate(d, tz=PDT):
    x = d.astimezone(tz)
    return x.strftime("%a, %d %b %Y %H:%M:%S ") + x.strftime("%z") + (" (PDT)" if tz == PDT else " (PST)" if tz == PST else "")


# ------------------------------------------------------------------ MIME parts
def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, codec=None):
    """Leaf part with explicit transfer encoding.  `declared` = charset label written
    in the header (may deliberately differ from the real one)."""
    codec = codec or charset
    raw = body.replace("\r\n", "\n").encode(codec)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, declared or charset) if R.random() < 0.5 else \
        "text/%s; charset=%s" % (subtype, declared or charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        pay = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        pay = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        pay = raw.decode("ascii")
    else:  # 8bit
        pay = raw.decode("ascii", "surrogateescape")
    p.set_payload(pay)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, sub="mixed", boundary=None):
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, name, cte="base64"):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, name)
    p["Content-Disposition"] = 'inline; filename="%s"' % name
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def ew(s, charset="utf-8"):
    """Encoded-word header value, folded by the email package."""
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def addr(name, mail, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (Header(name, charset).encode(), mail)


# ------------------------------------------------------------ trace / auth hdrs
def dkim(d, s, when, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s"
            % (s, d, int(when.timestamp()), h, b64s(43), b64s(70), b64s(102)))


AMZ_S = "rlntogby6xtkbjv6jqsqm3uj2xqfvdvv"
SES_S = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_S2 = "hsbnp7p3ensaochzwyq5wwmceodymuwv"


def amz_dkims(when):
    return [("DKIM-Signature", dkim("amazon.com", AMZ_S, when,
                                    "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")),
            ("DKIM-Signature", dkim("amazonses.com", SES_S, when,
                                    "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"))]


def ses_ip():
    return "54.240.%d.%d" % (R.choice([8, 9, 27, 48, 11]), R.randint(10, 250))


def gmail_trace(to, when, helo, ip, mailfrom, ar_lines, arc=True):
    """Gmail-style receive block; ar_lines: list of result strings."""
    rcv = when + timedelta(seconds=R.randint(1, 4))
    ar = "mx.google.com;\n       " + ";\n       ".join(ar_lines)
    hs = [("Delivered-To", to),
          ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
           % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), R.choice("abcdefghijk") + str(R.randint(1, 99)),
              R.randint(1000000, 9999999), R.choice(["mdb", "rwb", "lqb", "wmb"]), gdate(rcv))),
          ("X-Google-Smtp-Source", "AGHT+I" + b64s(80)),
          ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
           % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(12), hexs(8), R.randint(1, 300), R.randint(1000000000000, 9999999999999) , gdate(rcv)))]
    if arc:
        hs += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=="
                % (int(rcv.timestamp()), b64s(70), b64s(60))),
               ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s=="
                % (b64s(43), b64s(43), b64s(70))),
               ("ARC-Authentication-Results", "i=1; " + ar)]
    hs += [("Return-Path", "<%s>" % mailfrom),
           ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (helo, helo, ip, hexs(10), hexs(10) + "si" + str(R.randint(100000, 999999)), R.randint(1, 400),
               rcv.strftime("%Y.%m.%d.%H.%M.%S"), to, gdate(rcv))),
           ("Received-SPF", ("fail (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;"
                             if any(x.startswith("spf=fail") for x in ar_lines) else
                             "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;") % (mailfrom, ip, ip)),
           ("Authentication-Results", ar)]
    return hs


def gmail_amz(to, when, region="email", dmarc="pass"):
    mf = ses_bounce(when, region)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    ar = ["dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_S, b64s(8)),
          "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_S, b64s(8)),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
          "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % dmarc]
    return gmail_trace(to, when, helo, ip, mf, ar), mf


def outlook_trace(to, when, ip, helo, mailfrom, ar, spf="Pass", spfdom="amazonses.com"):
    rcv = when + timedelta(seconds=R.randint(1, 5))
    d = rcv.strftime("%a, %d %b %Y %H:%M:%S +0000")
    srv = lambda: "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (R.choice(["SN7", "PH0", "BY5", "CH3", "MW4", "DM6"]), R.randint(1, 20), R.randint(1000, 9999), R.randint(2, 20))
    s1, s2, s3 = srv(), srv(), srv()
    hs = [("Received", "from %s (2603:10b6:%s::%s) by %s with HTTPS; %s" % (s1, hexs(3), hexs(2), s2, d)),
          ("Received", "from %s (2603:10b6:%s:%s::%s) by %s (2603:10b6:%s::%s)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
           % (s3, hexs(3), hexs(2), hexs(2), s1, hexs(3), hexs(2), R.randint(8000, 9300), R.randint(10, 40), d)),
          ("Received", "from %s (2603:10b6:%s:%s:cafe::%s) by %s\n (2603:10b6:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
           % (srv().replace("namprd", "namprd").replace("PR", "PEPF0000").split(".")[0] + ".namprd%02d.prod.outlook.com" % R.randint(2, 20),
              hexs(3), hexs(3), hexs(2), s3, hexs(3), hexs(3), hexs(2), R.randint(8000, 9300), R.randint(10, 40), d)),
          ("Authentication-Results", ar),
          ("Received-SPF", "%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (spf, spfdom, ip, ip, helo)),
          ("Received", "from %s (%s) by\n %s with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
           % (helo, ip, srv(), R.randint(8000, 9300), R.randint(10, 40), when.strftime("%a, %d %b %Y %H:%M:%S +0000")))]
    return hs


def outlook_amz(to, when, region="us-west-2", dmarc="pass"):
    mf = ses_bounce(when, region)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s.amazonses.com; dkim=pass (signature was verified)\n header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=%s action=none\n header.from=amazon.com;compauth=pass reason=100"
          % (ip, region, dmarc))
    hs = outlook_trace(to, when, ip, helo, mf, ar, spfdom="%s.amazonses.com" % region)
    return hs, mf


def jp_trace(provider, to, when, helo, ip, mailfrom, ar_body):
    """Japanese ISP style (nifty, biglobe, docomo, ocn, sakura)."""
    rcv = (when + timedelta(seconds=R.randint(2, 9))).astimezone(JST)
    d = rcv.strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")
    hosts = {"nifty": ("mx.nifty.com", "mta-snd%02d.nifty.com" % R.randint(1, 9), "mx.nifty.com"),
             "biglobe": ("biglobe.ne.jp", "mfrpe%02d.biglobe.ne.jp" % R.randint(1, 9), "mx.biglobe.ne.jp"),
             "docomo": ("mfsmax.docomo.ne.jp", "mfsmax.docomo.ne.jp", "mfsmax.docomo.ne.jp"),
             "ocn": ("ocn.ne.jp", "md-mx%02d.ocn.ad.jp" % R.randint(1, 9), "ocn.ne.jp"),
             "sakura": ("www%d.sakura.ne.jp" % (1000 + int(hashlib.md5(to.encode()).hexdigest(), 16) % 9000), "", "sakura.ne.jp")}
    authserv, inner, mx = hosts[provider]
    if provider == "sakura":
        inner = authserv
    hs = [("Return-Path", "<%s>" % mailfrom),
          ("Delivered-To", to),
          ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (inner, inner, hexs(11).upper(), to, d)),
          ("Authentication-Results", "%s;\n\t%s" % (authserv, ar_body)),
          ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, inner, b64s(14), to, d))]
    return hs


def jp_amz(provider, to, when, region="email", dmarc="pass"):
    mf = ses_bounce(when, region)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tdkim=pass header.i=@amazonses.com header.s=%s;\n\tdmarc=%s header.from=amazon.com"
          % (mf, AMZ_S, SES_S, dmarc))
    return jp_trace(provider, to, when, helo, ip, mf, ar), mf


def credly_trace_gmail(to, when, dom="credly.com", dmarc="pass"):
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), "email." + dom if dom == "credly.com" else dom)
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (R.randint(1000000, 9999999), hexs(4), to.split("@")[0], to.split("@")[1], R.randint(1000, 9999), dom)
    ar = ["dkim=pass header.i=@%s header.s=s1 header.b=%s" % (dom, b64s(8)),
          "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % b64s(8),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (mf, ip, mf),
          "dmarc=%s (p=NONE sp=NONE dis=NONE) header.from=%s" % (dmarc, dom)]
    return gmail_trace(to, when, helo, ip, mf, ar), mf


def sg_msgid():
    return "<%s@geopod-ismtpd-%d>" % (b64s(22).replace("+", "-").replace("/", "_"), R.randint(1, 40))


# ------------------------------------------------------------------- assembly
def emit(fname, label, trace, headers, body, linesep="\r\n"):
    """trace: list of (name, value) from the receiving side (topmost first);
    headers: list of (name, value) written by the sender; body: MIME part."""
    root = body
    mime = [(k, v) for k, v in root._headers]
    root._headers = []
    for k, v in trace + headers:
        root._headers.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in headers):
        root._headers.append(("MIME-Version", "1.0"))
    root._headers.extend(mime)
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep=linesep, max_line_length=0)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(root)
    data = buf.getvalue()
    MAILS.append((fname, data))
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {"kind": lab["kind"], "case_id": lab.get("case_id"), "account_ids": lab["account_ids"],
                     "sender_verified": lab.get("sender_verified"), "language": lab.get("language", "en")}


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": verified, "language": lang}


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/><title>%s</title></head>\n"
            "<body style=\"margin:0;padding:0;background-color:#f2f3f3;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;\">\n%s\n</body></html>\n" % (title, inner))


def p2h(t):
    """plain text to simple HTML paragraphs."""
    out = []
    for para in t.strip().split("\n\n"):
        out.append("<p style=\"margin:0 0 12px 0;\">" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>\n") + "</p>")
    return "\n".join(out)


AWS_FOOTER_CONSOLE = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

============================================================
To see all of your support cases, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FORM_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")


# =========================================================================== MAILS
# ---- stories
PRIYA = "priya.raman.dev@gmail.com"
PRIYA_OPEN = dt(2025, 5, 26, 14, 11, 7)
PRIYA_CASE = case15(PRIYA_OPEN, 327)
KENJI = "kenji.wtnb@nifty.com"
KENJI_OPEN = dt(2025, 9, 2, 1, 15, 32)
KENJI_CASE = case15(KENJI_OPEN, 561)
MARCO = "m.bianchi@bianchi-consulting.it"
MARCO_CASE = "12849370261"
SOFIA = "sofia.lindqvist@outlook.com"
SOFIA_OPEN = dt(2026, 1, 13, 8, 40, 19)
SOFIA_CASE = case15(SOFIA_OPEN, 1042)
WEI = "wei.chen.cloud@gmail.com"
WEI_OPEN = dt(2025, 7, 7, 3, 22, 10)
WEI_CASE = case15(WEI_OPEN, 88)
LUKAS = "lukas.becker.ops@gmail.com"
LUKAS_OPEN = dt(2025, 10, 20, 16, 5, 44)
LUKAS_CASE = case15(LUKAS_OPEN, 14)
ANA = "ana.souza.ti@gmail.com"
ANA_OPEN = dt(2025, 3, 10, 19, 47, 2)
ANA_CASE = case15(ANA_OPEN, 209)


def form_subject(cid, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, cid)


def m001():
    when = dt(2025, 5, 29, 9, 42, 18)
    trace, mf = gmail_amz(PRIYA, when)
    plain = """Hello Priya,

Thank you for your patience while we looked into this for you.

Good news: your two Certification accounts have now been consolidated. Here is how things look from today:

  * Account you sign in with: AWS17300584 (priya.raman.dev@gmail.com)
  * Retired account: AWS02938471 (priya.raman@contoso-analytics.com) - this login will no longer work
  * All of your certifications, exam history and benefits, including the 50% exam discount voucher, are now listed under AWS17300584

Please allow up to 24 hours for your transcript to refresh. Your Credly badges will be re-issued to the e-mail address on the remaining account, and you will receive a separate e-mail from Credly asking you to accept them.

If anything looks wrong, simply reply to this e-mail and keep the case number in the subject line.

Kind regards,
Tamsin W.
AWS Training and Certification Customer Support

On Tue, May 27, 2025 at 11:05 AM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hi Tamsin,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On Tue, May 27, 2025 at 2:18 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hello Priya,
>>
>> We can merge AWS02938471 into AWS17300584. AWS17300584 will be kept and
>> AWS02938471 will be closed. Please note that a merge cannot be reversed.
>> Please reply to confirm that you would like us to proceed.
>>
>> Kind regards,
>> Tamsin W.
"""
    top, quoted = plain.split("On Tue, May 27", 1)
    html = html_wrap('<div style="max-width:640px;margin:0 auto;background:#ffffff;padding:24px;font-size:14px;color:#16191f;">\n'
                     + p2h(top) + '\n<div class="gmail_quote" style="color:#5f6368;border-left:1px solid #ccc;padding-left:8px;">'
                     + p2h("On Tue, May 27" + quoted) + "</div></div>")
    body = alt(text(plain), text(html, "html"))
    hdrs = [("From", FORM_FROM), ("To", PRIYA), ("Subject", form_subject(PRIYA_CASE)),
            ("Date", rfc(when)), ("Message-ID", ses_id(when)),
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43))] + amz_dkims(when)
    hdrs = [hdrs[-2], hdrs[-1]] + hdrs[:-2]
    emit("001-completion-new-sign-in-state.eml",
         L("merge_completed", PRIYA_CASE, ["AWS17300584", "AWS02938471"], True), trace, hdrs, body)


def m002():
    when = dt(2025, 5, 29, 9, 44, 3)
    trace, mf = gmail_amz(PRIYA, when)
    inner = """<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #ff9900;">
<tr><td style="padding:24px 32px 8px 32px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS"/></td></tr>
<tr><td style="padding:8px 32px;font-size:20px;color:#232f3e;font-weight:bold;">Your case has been resolved</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#16191f;line-height:20px;">
Hello,<br/><br/>
Case <b>%s</b> ([AWS Training and Certification Form Submission] - account-assistance) has been marked as resolved by our team.
<br/><br/>
We'd love to know how we did. Your answers go straight to the team that handled your request and take less than a minute.
</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;color:#232f3e;font-weight:bold;">Was your issue resolved?</td></tr>
<tr><td style="padding:0 32px 16px 32px;">
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;answer=yes&amp;t=%s" style="display:inline-block;background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px;font-weight:bold;">YES</a>
&nbsp;&nbsp;
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;answer=no&amp;t=%s" style="display:inline-block;background:#e9ebed;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px;font-weight:bold;">NO</a>
</td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;color:#16191f;">How would you rate the support you received from Tamsin W.?<br/>
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;r=1">&#9733;</a>
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;r=2">&#9733;&#9733;</a>
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;r=3">&#9733;&#9733;&#9733;</a>
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;r=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://support.aws.amazon.com/survey/csat?caseId=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">
If you need more help with this request, reply to the last e-mail you received from us on this case within 14 days and it will be reopened automatically.<br/><br/>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
</td></tr></table></td></tr></table>""" % ((PRIYA_CASE,) + (PRIYA_CASE, hexs(24)) * 2 + (PRIYA_CASE,) * 5)
    body = text(html_wrap(inner, "Your case has been resolved"), "html", cte="base64")
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", PRIYA),
                              ("Subject", "Case %s has been resolved - was your issue resolved?" % PRIYA_CASE),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("002-resolved-yes-no-survey-html-only.eml", L("survey", PRIYA_CASE, [], True), trace, hdrs, body)


def m003():
    when = dt(2025, 9, 4, 6, 31, 50)
    trace, mf = jp_amz("nifty", KENJI, when)
    plain = """渡辺 健二 様

いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポートの中村でございます。

お待たせいたしました。ご依頼いただいておりました認定アカウントの件につきまして、本日すべての作業が完了いたしましたのでご報告申し上げます。

現在の状態は以下のとおりでございます。

・ご利用いただくアカウント: AWS11750362 (kenji.wtnb@nifty.com)
・旧アカウント: AWS04418820 (今後はサインインいただけません)
・認定資格、受験履歴、特典 (次回試験 50%% 割引バウチャーを含む) はすべて AWS11750362 にてご確認いただけます

今後は上記メールアドレスにて AWS Certification アカウントへサインインくださいますようお願い申し上げます。
なお、反映までに最大 24 時間程度かかる場合がございます。Credly のデジタルバッジにつきましては、Credly より別途メールが届きますので、そちらから受け取りのお手続きをお願いいたします。

ご不明な点がございましたら、本ケースよりお気軽にお問い合わせくださいませ。

今後ともアマゾン ウェブ サービスをよろしくお願い申し上げます。

中村
アマゾン ウェブ サービス トレーニングと認定

本ケースへの対応につきまして、AWS サポートセンターにて評価をお寄せいただけますと幸いです。

============================================================
お客様のサポートケースの一覧は、AWS サポートセンターでご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
""" % KENJI_CASE
    html = html_wrap('<div style="font-family:\'Meiryo\',\'Hiragino Sans\',sans-serif;font-size:14px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, charset="iso-2022-jp", cte="7bit", codec="iso2022_jp"), text(html, "html", cte="quoted-printable"))
    subj = ew("RE:[CASE %s] 認定アカウントの統合のお願い" % KENJI_CASE, "iso-2022-jp")
    hdrs = amz_dkims(when) + [("Date", rfc(when)), ("From", NOREPLY), ("To", KENJI),
                              ("Message-ID", ses_id(when)), ("Subject", subj)]
    emit("003-ja-completion-iso2022jp-nifty.eml", L("merge_completed", KENJI_CASE, ["AWS11750362", "AWS04418820"], True, "ja"),
         trace, hdrs, body)


def m004():
    when = dt(2023, 8, 31, 13, 2, 41)
    trace, mf = outlook_amz(MARCO, when)
    plain = """Dear Marco,

I have an update for you regarding the accounts.

The account AWS13358810 was merged successfully into AWS09126644, and the certifications SAA-C03 and CLF-C01 are visible now on AWS09126644. You can login as before with m.bianchi@bianchi-consulting.it.

Unfortunately I was not able to include the third account (AWS-20017734) at this moment, because there is an exam appointment booked on it (Pearson VUE, 14 September 2023). Accounts with a future appointment can not be merged until the appointment is completed or cancelled. When your exam is done and the score report is published, kindly reply on this case and we will take care of the remaining account as well.

Sorry for the inconvenience and thank you for your understanding.

Best regards,
Rahul K.
Amazon Web Services
""" + AWS_FOOTER_CONSOLE.replace("{cid}", MARCO_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", MARCO), ("Subject", "RE:[CASE %s] Merge of 3 certification accounts" % MARCO_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))] + amz_dkims(when)
    emit("004-partial-completion-third-account-pending.eml",
         L("merge_completed", MARCO_CASE, ["AWS13358810", "AWS09126644", "AWS20017734"], True), trace, hdrs, body)


def m005():
    when = dt(2025, 3, 21, 10, 3, 12)
    trace, mf = gmail_amz(ANA, when)
    plain = """Hello Ana,

We haven't heard back from you since our last message, so we've gone ahead and resolved this case for now.

If you still want us to look into your request, just reply to this e-mail within the next 14 days with the information below and the case will be reopened automatically. After that, please submit a new request through the contact form.

We would also appreciate a minute of your time: tell us about your experience with AWS Training and Certification Customer Support by answering one short question:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_0cVpb0m8aAd2y1o?caseid=%s&lang=en

Kind regards,
Joaquín R.
AWS Training and Certification Customer Support

-------- Original Message --------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 4:27 PM
To: ana.souza.ti@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Ana,

Thank you for contacting AWS Training and Certification. To merge AWS01874522 and AWS16093307 we need to verify ownership of both profiles. Please reply with:

1. The e-mail address you use to sign in to each account
2. Which of the two accounts you would like to keep

Kind regards,
Joaquín R.
AWS Training and Certification Customer Support
""" % (ANA_CASE, ANA_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", FORM_FROM), ("To", ANA), ("Subject", form_subject(ANA_CASE)),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("005-closed-for-no-reply-with-survey-link.eml", L("survey", ANA_CASE, [], True), trace, hdrs, body)


def credly_html(title, lines, button, url, badge):
    return html_wrap("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;">
<tr><td style="padding:24px;border-bottom:1px solid #eee;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"/></td></tr>
<tr><td align="center" style="padding:24px 24px 0 24px;"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"/></td></tr>
<tr><td style="padding:16px 40px;font-family:Helvetica,Arial,sans-serif;font-size:22px;color:#242424;text-align:center;">%s</td></tr>
<tr><td style="padding:0 40px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#424242;">%s</td></tr>
<tr><td align="center" style="padding:24px;"><a href="%s" style="background:#ff6b00;color:#ffffff;padding:14px 32px;border-radius:4px;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-weight:bold;">%s</a></td></tr>
<tr><td style="padding:24px 40px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#888;border-top:1px solid #eee;">
Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774<br/>
<a href="https://www.credly.com/notifications">Manage e-mail preferences</a> &middot; <a href="https://www.credly.com/privacy">Privacy Policy</a></td></tr>
</table></td></tr></table>""" % (str(uuid.UUID(int=R.getrandbits(128))), badge, title, "<br/><br/>".join(lines), url, button), title)


CREDLY_FROM = addr("AWS Training and Certification via Credly", "admin@credly.com")


def m006():
    when = dt(2025, 5, 30, 2, 17, 55)
    trace, mf = credly_trace_gmail(PRIYA, when)
    badge = "AWS Certified Data Engineer – Associate"
    url = "https://www.credly.com/badges/%s/accept?cid=earner_email&utm_source=issued_badge" % uuid.UUID(int=R.getrandbits(128))
    lines = ["Hi Priya,",
             "AWS Training and Certification has issued you a new badge: <b>%s</b>." % badge,
             "Accept your badge to add it to your Credly profile, share it on LinkedIn and let employers verify your achievement in one click.",
             "Why am I getting this? This badge was previously issued to another e-mail address and has been re-issued to this address at the request of AWS Training and Certification."]
    plain = """Hi Priya,

AWS Training and Certification has issued you a new badge: %s.

Accept your badge:
%s

Why am I getting this? This badge was previously issued to another e-mail address and has been re-issued to this address at the request of AWS Training and Certification.

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
Manage e-mail preferences: https://www.credly.com/notifications
""" % (badge, url)
    body = alt(text(plain, cte="quoted-printable"), text(credly_html("You've been issued a badge", lines, "Accept your badge", url, badge), "html", cte="quoted-printable"))
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1", when, "content-transfer-encoding:content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to")),
            ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when)),
            ("Date", rfc(when)), ("From", CREDLY_FROM), ("Reply-To", "no-reply@credly.com"), ("To", PRIYA),
            ("Message-ID", sg_msgid()),
            ("Subject", ew("AWS Training and Certification has issued you a badge: " + badge)),
            ("X-Feedback-ID", "%d:SG" % R.randint(1000000, 9999999)),
            ("X-SG-EID", b64s(60))]
    emit("006-credly-reissued-badge-after-merge.eml", L("credly_badge_issued", None, [], True), trace, hdrs, body)


def m007():
    when = dt(2025, 11, 2, 14, 0, 7)
    trace, mf = credly_trace_gmail(WEI, when)
    badge = "AWS Certified Cloud Practitioner"
    url = "https://www.credly.com/earner/earned/badge/%s?utm_source=expiration_reminder" % uuid.UUID(int=R.getrandbits(128))
    plain = """Hi Wei,

Your badge "%s" issued by AWS Training and Certification will expire on December 2, 2025.

To keep your badge active, complete the recertification requirements before the expiration date. Once AWS Training and Certification confirms your recertification, a new badge will be issued to you.

View your badge:
%s

You are receiving this e-mail because you have badge expiration reminders turned on. Manage e-mail preferences: https://www.credly.com/notifications

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % (badge, url)
    lines = ["Hi Wei,", "Your badge <b>%s</b> issued by AWS Training and Certification will expire on <b>December 2, 2025</b>." % badge,
             "To keep your badge active, complete the recertification requirements before the expiration date."]
    body = alt(text(plain), text(credly_html("Your badge expires in 30 days", lines, "View badge", url, badge), "html"))
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1", when)),
            ("Date", rfc(when)), ("From", addr("Credly", "admin@credly.com")), ("To", WEI),
            ("Message-ID", sg_msgid()),
            ("Subject", "Your AWS Certified Cloud Practitioner badge expires in 30 days")]
    emit("007-credly-expiry-reminder.eml", L("unrelated", None, [], True), trace, hdrs, body)


def m008():
    when = dt(2026, 1, 16, 21, 12, 4)
    trace, mf = outlook_amz(SOFIA, when)
    plain = """Hi Sofia,

Thanks for confirming the details earlier this week.

You're all set. Everything now lives under AWS 21930458: your Solutions Architect - Professional and Security - Specialty certifications, your full exam history and the digital badges. The older candidate ID, AWS 08817263, has been deactivated, so from now on please sign in with sofia.lindqvist@outlook.com only.

A quick checklist for the next few days:
- Sign in at https://www.aws.training/Certification and make sure both certifications appear on your transcript
- Check that your benefits (exam discount, practice exam voucher) are listed under "Benefits"
- Watch for an e-mail from Credly - badges are usually re-issued within 48 hours

As the request is now fulfilled, this case will be resolved automatically after 72 hours if there is no further correspondence.

Best regards,
Henrik S.
Amazon Web Services

------------------------------------------------------------
How did we do? Please rate this response:
Excellent   https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=5
Good        https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=4
Fair        https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=3
Poor        https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=1
------------------------------------------------------------

To see all of your support cases, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""".replace("{cid}", SOFIA_CASE)
    body = text(plain, cte="base64")
    hdrs = [("From", NOREPLY), ("To", SOFIA), ("Subject", "RE:[CASE %s] Duplicate certification profiles" % SOFIA_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))] + amz_dkims(when)
    emit("008-completion-everything-under-with-rating.eml",
         L("merge_completed", SOFIA_CASE, ["AWS21930458", "AWS08817263"], True), trace, hdrs, body)


def m009():
    when = dt(2025, 7, 9, 1, 50, 33)
    trace, mf = gmail_amz(WEI, when)
    plain = """Hello Wei,

Thank you for confirming. I have passed your request on to our Certification operations team, who will now carry out the change.

Once the merge is complete you will be able to sign in with wei.chen.cloud@gmail.com and see all of your certifications under AWS18840075. You do not need to do anything in the meantime; this normally takes 2-3 business days, and we will write to you on this case as soon as it is finished.

Please do not open a new case for this request, as this may delay the processing.

Best regards,
Mei L.
AWS Training and Certification Customer Support

On Tue, 8 Jul 2025 at 18:31, Wei Chen <wei.chen.cloud@gmail.com> wrote:
> Yes, correct. Please merge AWS07731950 into AWS18840075. Thank you!
>
> On Tue, 8 Jul 2025 at 09:10, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Wei,
> > Could you please confirm you would like AWS07731950 to be merged into AWS18840075?
> > The merge is permanent.
"""
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", WEI), ("Subject", form_subject(WEI_CASE, "RE: ")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("009-thanks-for-confirming-once-complete.eml", L("support_reply", WEI_CASE, ["AWS18840075"], True), trace, hdrs, body)


def m010():
    when = LUKAS_OPEN + timedelta(seconds=3)
    trace, mf = gmail_amz(LUKAS, when)
    plain = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are:

Case ID: %s
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: Hello,
I accidentally created a second Certification account when I booked my last exam with my work e-mail. Old account: aws05512398 (lukas.becker.ops@gmail.com), new account: AWS19920341 (l.becker@nordlicht-logistik.de). Please combine them and keep the gmail one.
Thanks, Lukas

We will get back to you as soon as possible. You can view the case or add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.
""" % (LUKAS_CASE, LUKAS_CASE, LUKAS_CASE)
    body = text(plain, cte="7bit")
    hdrs = [("Date", rfc(when)), ("From", NOREPLY), ("To", LUKAS),
            ("Message-ID", ses_id(when)), ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % LUKAS_CASE)] + amz_dkims(when)
    emit("010-console-case-opened-echo.eml", L("case_created", LUKAS_CASE, ["AWS05512398", "AWS19920341"], True), trace, hdrs, body)


BATCHES = [[m001, m002, m003, m004, m005, m006, m007, m008, m009, m010]]

YUKI = "yuki.sato.0415@docomo.ne.jp"
YUKI_OPEN = dt(2025, 6, 9, 0, 30, 15)
YUKI_CASE = case15(YUKI_OPEN, 470)
DANIEL = "daniel.okafor.ng@gmail.com"
DANIEL_CASE = "7034518862"


def m011():
    when = dt(2025, 6, 11, 5, 8, 27)
    trace, mf = jp_amz("docomo", YUKI, when)
    plain = """佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの山本と申します。
ご確認のご返信をいただき、誠にありがとうございました。

ご依頼の件、対応が完了いたしました。
今後は yuki.sato.0415@docomo.ne.jp にてサインインしていただきますと、これまでに取得された認定資格がすべて AWS 15524076 のアカウントにてご覧いただけます。

念のため、サインイン後に「認定」タブにて各認定の有効期限ならびに特典をご確認いただけますと幸いです。
もう一方のアカウントにつきましては、今後ご利用いただくことはできませんので、あらかじめご了承くださいませ。

引き続きどうぞよろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート

2025年6月10日(火) 9:14 佐藤 由紀 <yuki.sato.0415@docomo.ne.jp>:
> お世話になっております。佐藤です。
> 記載の内容で問題ございません。
> AWS00928813 を AWS15524076 に統合してください。
> よろしくお願いいたします。
>
> 2025年6月9日(月) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 由紀 様
> > 以下のとおり統合を行ってよろしいでしょうか。
> > 統合元: AWS00928813 / 統合先: AWS15524076
> > 統合後は元に戻すことができませんのでご注意ください。
"""
    body = text(plain, charset="shift_jis", cte="base64", codec="cp932")
    hdrs = amz_dkims(when) + [("Date", rfc(when)), ("From", FORM_FROM), ("To", YUKI),
                              ("Message-ID", ses_id(when)), ("Subject", form_subject(YUKI_CASE))]
    emit("011-ja-completion-sjis-new-sign-in.eml", L("merge_completed", YUKI_CASE, ["AWS15524076"], True, "ja"), trace, hdrs, body)


def m012():
    when = dt(2025, 9, 7, 6, 40, 2)
    trace, mf = jp_amz("nifty", KENJI, when)
    inner = """<div style="max-width:600px;margin:0 auto;background:#fff;padding:28px;font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px;color:#16191f;line-height:1.7;">
<p><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.png" width="72" alt="AWS"/></p>
<p>お客様</p>
<p>AWS サポートをご利用いただき、誠にありがとうございます。</p>
<p>ケース ID <b>%s</b>（件名: 認定アカウントの統合のお願い）は、解決済みとしてクローズされました。</p>
<p style="font-size:16px;font-weight:bold;margin-top:24px;">今回のサポートで問題は解決しましたか？</p>
<p><a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;a=1" style="background:#ff9900;color:#16191f;padding:8px 24px;text-decoration:none;">はい</a>&nbsp;&nbsp;
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;a=0" style="background:#e9ebed;color:#16191f;padding:8px 24px;text-decoration:none;">いいえ</a></p>
<p>担当者の対応について、5 段階でご評価ください。<br/>
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;r=1">1</a> |
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;r=2">2</a> |
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;r=3">3</a> |
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;r=4">4</a> |
<a href="https://support.aws.amazon.com/survey/csat?displayId=%s&amp;lang=ja&amp;r=5">5</a></p>
<p style="font-size:12px;color:#687078;">追加のサポートが必要な場合は、14 日以内に AWS サポートセンターからケースを再開してください。<br/>
本メールは送信専用アドレスから送信されています。</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</div>""" % ((KENJI_CASE,) * 8)
    body = text(html_wrap(inner, "ケースがクローズされました"), "html", cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", KENJI),
            ("Subject", ew("[ケース %s] 解決済みとしてクローズされました - アンケートのお願い" % KENJI_CASE)),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("012-ja-closed-resolved-csat-html.eml", L("survey", KENJI_CASE, [], True, "ja"), trace, hdrs, body)


def m013():
    when = dt(2020, 6, 4, 17, 26, 9)
    trace, mf = gmail_amz(DANIEL, when)
    plain = """Hello Daniel,

I'm happy to let you know that your accounts have been merged. AWS00715520 has been combined into AWS02294017, which is the account you will use going forward. Your AWS Certified Solutions Architect - Associate and AWS Certified Developer - Associate certifications are both showing on it now.

Since your request has been fulfilled, I will be closing this case. You may receive a short survey about your experience - we would really appreciate your feedback.

Stay safe and have a great day!

Regards,
Chidi A.
AWS Certification Support
"""
    html = html_wrap('<div style="font-family:Arial;font-size:13px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, cte="7bit"), text(html, "html", cte="quoted-printable"))
    hdrs = [("From", addr("AWS Certification", "aws-certification@amazon.com")), ("To", DANIEL),
            ("Subject", "RE:[CASE %s] Merge Certification Accounts" % DANIEL_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("013-completion-and-closing-case.eml",
         L("merge_completed", DANIEL_CASE, ["AWS00715520", "AWS02294017"], True), trace, hdrs, body)


def m014():
    when = dt(2020, 6, 5, 9, 11, 40)
    trace, mf = credly_trace_gmail(DANIEL, when, dom="youracclaim.com")
    badge = "AWS Certified Developer - Associate"
    url = "https://www.youracclaim.com/earner/earned/badge/%s?accept=true" % uuid.UUID(int=R.getrandbits(128))
    plain = """Congratulations, Daniel!

AWS Training and Certification has issued you a badge: %s

Claim your badge and share it with your professional network:
%s

This badge is recognized by AWS Training and Certification and verified by Acclaim.

Acclaim | Credly, Inc. | 1 Penn Plaza, Suite 2400, New York, NY 10119
Unsubscribe from these notifications: https://www.youracclaim.com/notifications
""" % (badge, url)
    lines = ["Congratulations, Daniel!", "AWS Training and Certification has issued you a badge: <b>%s</b>" % badge,
             "Claim your badge and share it with your professional network."]
    html = credly_html("You earned a badge!", lines, "Accept Badge", url, badge).replace("credly-logo.png", "acclaim-logo.png")
    body = alt(text(plain, cte="7bit"), text(html, "html"))
    hdrs = [("DKIM-Signature", dkim("youracclaim.com", "s1", when)),
            ("Date", rfc(when)), ("From", addr("AWS Training and Certification via Acclaim", "admin@youracclaim.com")),
            ("To", DANIEL), ("Message-ID", sg_msgid()),
            ("Subject", "Daniel, you earned a badge from AWS Training and Certification")]
    emit("014-acclaim-badge-2020.eml", L("credly_badge_issued", None, [], True), trace, hdrs, body)


def m015():
    when = dt(2025, 10, 24, 12, 51, 30)
    dom = "aws-certification-services.com"
    ip = "185.212.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce@mail.%s" % dom
    ar = ["dkim=pass header.i=@%s header.s=default header.b=%s" % (dom, b64s(8)),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom]
    trace = gmail_trace(LUKAS, when, "mail.%s" % dom, ip, mf, ar)
    plain = """Dear Certification Holder,

Your AWS Certification accounts have been successfully merged.

All certifications and badges from your previous profile have been moved to your primary account. To keep your certifications active and prevent loss of your digital badges, you must verify your sign-in within 48 hours:

https://aws-certification-services.com/verify?session=%s

If you do not verify, your merged account will be suspended and your certifications may be revoked.

Reference: CRT-MRG-88213

Thank you,
AWS Training & Certification Team
""" % hexs(32)
    html = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:20px;"><img src="https://aws-certification-services.com/img/aws.png" width="90"/>'
                     + p2h(plain).replace("https://aws-certification-services.com/verify", '<a href="https://aws-certification-services.com/verify">Verify now</a> https://aws-certification-services.com/verify') + "</div>")
    body = alt(text(plain, cte="quoted-printable"), text(html, "html", cte="base64"))
    hdrs = [("DKIM-Signature", dkim(dom, "default", when)),
            ("From", addr("AWS Training & Certification", "support@" + dom)), ("To", LUKAS),
            ("Subject", "Your AWS Certification accounts have been merged - action required"),
            ("Date", rfc(when)), ("Message-ID", "<%s@%s>" % (hexs(24), dom)), ("X-Mailer", "PHPMailer 6.8.1")]
    emit("015-phish-merged-lookalike-domain.eml", L("merge_completed", None, [], False), trace, hdrs, body)


def m016():
    when = dt(2025, 6, 3, 18, 0, 12)
    ip = "52.12.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce-%s@certmetrics.com" % hexs(8)
    ar = ["dkim=pass header.i=@certmetrics.com header.s=s2048 header.b=%s" % b64s(8),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=certmetrics.com"]
    trace = gmail_trace(PRIYA, when, "mail.certmetrics.com", ip, mf, ar)
    plain = """Dear Priya Raman,

AWS Certification wants to hear from you!

You recently completed an AWS Certification activity. Please take 5 minutes to tell us about your experience so we can continue to improve the AWS Certification program.

Candidate ID: AWS17300584

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=%s

This survey is voluntary and your answers are confidential.

Thank you,
AWS Training and Certification

This is an automated message; please do not reply. Sent by CertMetrics on behalf of AWS Training and Certification.
""" % hexs(32)
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    hdrs = [("DKIM-Signature", dkim("certmetrics.com", "s2048", when)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", PRIYA),
            ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(when)),
            ("Message-ID", "<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)))]
    emit("016-certmetrics-wants-to-hear-survey.eml", L("unrelated", None, ["AWS17300584"], False), trace, hdrs, body)


def m017():
    when = dt(2025, 7, 14, 16, 20, 45)
    trace, mf = gmail_amz(WEI, when)
    plain = """Hello Wei Chen,

Recently you contacted AWS Training and Certification Customer Support about case %s. We hope we were able to help.

On a scale of 1 to 5, how satisfied are you with the support you received?

  1 - Very dissatisfied   https://pulse.aws/survey/TC0Q9X2L?case=%s&score=1
  2 - Dissatisfied        https://pulse.aws/survey/TC0Q9X2L?case=%s&score=2
  3 - Neutral             https://pulse.aws/survey/TC0Q9X2L?case=%s&score=3
  4 - Satisfied           https://pulse.aws/survey/TC0Q9X2L?case=%s&score=4
  5 - Very satisfied      https://pulse.aws/survey/TC0Q9X2L?case=%s&score=5

Your response helps us improve. The survey closes in 7 days.

Thank you,
AWS Training and Certification

You're receiving this one-time survey because you recently interacted with AWS Training and Certification Customer Support.
""" % ((WEI_CASE,) * 6)
    html = html_wrap('<table width="600" align="center" style="background:#fff;"><tr><td style="padding:24px;font-size:14px;">' + p2h(plain) + "</td></tr></table>")
    body = alt(text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")), ("To", WEI),
                              ("Subject", "How did we do? Your feedback on case %s" % WEI_CASE),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("017-survey-1-to-5-scale.eml", L("survey", WEI_CASE, [], True), trace, hdrs, body)


def m018():
    when = dt(2025, 7, 11, 8, 3, 17)
    trace, mf = gmail_amz(WEI, when)
    plain = """Dear Wei,

Greetings from AWS Training and Certification.

This is to inform that your request is now completed. The certification records from AWS07731950 are now part of AWS18840075 and the profile AWS07731950 is closed. Kindly login with wei.chen.cloud@gmail.com to see all your certifications in one place.

If the badges are not appearing in Credly after 2 days, kindly revert back on this same email thread.

Thanks and Regards,
Mei L.
AWS Training and Certification Customer Support

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 9, 2025 1:50 AM
To: wei.chen.cloud@gmail.com
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Wei,

Thank you for confirming. I have passed your request on to our Certification operations team, who will now carry out the change.
""" % WEI_CASE
    body = alt(text(plain, cte="quoted-printable"), text(html_wrap(p2h(plain)), "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", WEI), ("Subject", form_subject(WEI_CASE, "RE: ")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("018-completion-records-now-part-of.eml",
         L("merge_completed", WEI_CASE, ["AWS07731950", "AWS18840075"], True), trace, hdrs, body)


def m019():
    when = dt(2026, 1, 14, 19, 2, 51)
    trace, mf = outlook_amz(SOFIA, when)
    plain = """Dear Customer,

New correspondence has been added to your case. To view it and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Case ID: %s
Subject: Duplicate certification profiles

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (SOFIA_CASE, SOFIA_CASE)
    body = text(plain, cte="7bit")
    hdrs = [("From", NOREPLY), ("To", SOFIA), ("Subject", "[Case %s] New correspondence added" % SOFIA_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))] + amz_dkims(when)
    emit("019-new-correspondence-notice.eml", L("support_reply", SOFIA_CASE, [], True), trace, hdrs, body)


def m020():
    opened = dt(2026, 1, 28, 7, 55, 1)
    cid = case15(opened, 1187)
    when = dt(2026, 1, 30, 22, 14, 9)
    trace, mf = outlook_amz(SOFIA, when)
    plain = """Hello,

Your case %s (Subject: Charged twice for January - Account 4812-7730-1196) has been resolved.

We refunded the duplicate charge of USD 48.20 to your card ending in 4417. Please allow 3-5 business days for the refund to appear on your statement.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you need further assistance, you can reopen this case within 14 days from the AWS Support Center.

Best regards,
Amazon Web Services
""" % (cid, cid, cid)
    body = alt(text(plain, cte="quoted-printable"), text(html_wrap(p2h(plain)), "html", cte="quoted-printable"))
    hdrs = [("From", NOREPLY), ("To", SOFIA), ("Subject", "Your AWS Support case %s has been resolved" % cid),
            ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))] + amz_dkims(when)
    emit("020-billing-case-resolved-survey.eml", L("unrelated", cid, [], True), trace, hdrs, body)


BATCHES.append([m011, m012, m013, m014, m015, m016, m017, m018, m019, m020])

HIRO = "h-tanaka.1987@mvd.biglobe.ne.jp"
HIRO_OPEN = dt(2025, 11, 17, 2, 4, 38)
HIRO_CASE = case15(HIRO_OPEN, 302)
AIKO = "aiko.fujimoto@lilac.ocn.ne.jp"
AIKO_OPEN = dt(2025, 8, 18, 23, 50, 12)
AIKO_CASE = case15(AIKO_OPEN, 9)


def credly_hdrs(when, to, subj, frm=CREDLY_FROM):
    return [("DKIM-Signature", dkim("credly.com", "s1", when, "content-transfer-encoding:content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")),
            ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when)),
            ("Date", rfc(when)), ("From", frm), ("To", to), ("Message-ID", sg_msgid()),
            ("Subject", subj), ("X-SG-EID", b64s(64)), ("X-Entity-ID", b64s(22) + "==")]


def m021():
    when = dt(2025, 6, 12, 0, 45, 33)
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    mf = "bounces+%d-%s-yuki.sato.0415=docomo.ne.jp@em4402.credly.com" % (R.randint(1000000, 9999999), hexs(4))
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@credly.com header.s=s1;\n\tdmarc=pass header.from=credly.com" % mf)
    trace = jp_trace("docomo", YUKI, when, "o%d.ptr%d.email.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), ip, mf, ar)
    badge = "AWS Certified Solutions Architect – Associate"
    url = "https://www.credly.com/badges/%s/accept?locale=ja" % uuid.UUID(int=R.getrandbits(128))
    plain = """佐藤 由紀 さん

AWS Training and Certification からバッジが発行されました: %s

バッジを受け取って、Credly プロフィールに追加しましょう。LinkedIn などで共有することもできます。

バッジを受け取る:
%s

このバッジは、AWS Training and Certification の依頼により、新しいメールアドレス宛てに再発行されたものです。

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
メール配信設定: https://www.credly.com/notifications
""" % (badge, url)
    lines = ["佐藤 由紀 さん", "AWS Training and Certification からバッジが発行されました: <b>%s</b>" % badge,
             "バッジを受け取って、Credly プロフィールに追加しましょう。",
             "このバッジは、AWS Training and Certification の依頼により、新しいメールアドレス宛てに再発行されたものです。"]
    body = alt(text(plain, cte="base64"), text(credly_html("バッジが発行されました", lines, "バッジを受け取る", url, badge), "html", cte="base64"))
    emit("021-ja-credly-badge-reissued.eml", L("credly_badge_issued", None, [], True, "ja"), trace,
         credly_hdrs(when, YUKI, ew("AWS Training and Certification からバッジが発行されました"),
                     addr("AWS Training and Certification (Credly 経由)", "admin@credly.com")), body)


def m022():
    when = dt(2026, 1, 21, 15, 30, 0)
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.email.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mf = "bounces+%d-%s-sofia.lindqvist=outlook.com@em4402.credly.com" % (R.randint(1000000, 9999999), hexs(4))
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em4402.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
    trace = outlook_trace(SOFIA, when, ip, helo, mf, ar, spfdom="em4402.credly.com")
    badges = ["AWS Certified Solutions Architect – Professional", "AWS Certified Security – Specialty"]
    url = "https://www.credly.com/earner/earned/pending?utm_campaign=accept_reminder"
    plain = """Hi Sofia,

You have 2 badges from AWS Training and Certification waiting for you:

  - %s
  - %s

They won't appear on your profile until you accept them. It only takes a moment:
%s

Not sure why you're receiving this? AWS Training and Certification issued these badges to sofia.lindqvist@outlook.com.

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % (badges[0], badges[1], url)
    lines = ["Hi Sofia,", "You have <b>2 badges</b> from AWS Training and Certification waiting for you:<br/>&bull; %s<br/>&bull; %s" % tuple(badges),
             "They won't appear on your profile until you accept them."]
    body = alt(text(plain), text(credly_html("Your badges are waiting", lines, "Accept badges", url, badges[0]), "html"))
    emit("022-credly-accept-reminder-two-badges.eml", L("credly_badge_issued", None, [], True), trace,
         credly_hdrs(when, SOFIA, ew("Reminder: Sofia, you have 2 badges waiting to be accepted")), body)


def m023():
    when = dt(2023, 9, 2, 10, 5, 19)
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.email.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mf = "bounces+%d-%s-m.bianchi=bianchi-consulting.it@em4402.credly.com" % (R.randint(1000000, 9999999), hexs(4))
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em4402.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
    trace = outlook_trace(MARCO, when, ip, helo, mf, ar, spfdom="em4402.credly.com")
    plain = """Hello Marco,

Good news! The following badges issued by AWS Training and Certification have been transferred to your Credly account (m.bianchi@bianchi-consulting.it):

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Cloud Practitioner

These badges were transferred after AWS Training and Certification consolidated your certification records. They now appear on your profile with their original issue dates - there's nothing else you need to do, but you can review and share them here:
https://www.credly.com/users/marco-bianchi.%s/badges

Questions? Visit https://support.credly.com

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % hexs(6)
    lines = ["Hello Marco,", "The following badges issued by AWS Training and Certification have been transferred to your Credly account:<br/>&bull; AWS Certified Solutions Architect - Associate<br/>&bull; AWS Certified Cloud Practitioner",
             "They now appear on your profile with their original issue dates."]
    body = alt(text(plain, cte="quoted-printable"), text(credly_html("Your badges have been transferred", lines, "View my badges", "https://www.credly.com/users/me/badges", "AWS Certified Solutions Architect - Associate"), "html"))
    emit("023-credly-badges-transferred-after-consolidation.eml", L("credly_badge_issued", None, [], True), trace,
         credly_hdrs(when, MARCO, "Your AWS Training and Certification badges have been transferred"), body)


def m024():
    when = dt(2025, 10, 22, 9, 17, 44)
    trace, mf = credly_trace_gmail(LUKAS, when)
    code = "482913"
    plain = """Hi Lukas,

We received a request to merge the Credly account l.becker@nordlicht-logistik.de into your account lukas.becker.ops@gmail.com.

Your verification code is: %s

Enter this code on the merge page, or click the link below to finish:
Complete Account Merge: https://www.credly.com/account/merge/confirm?token=%s

The code expires in 30 minutes. If you did not request this, you can safely ignore this e-mail - no changes will be made to your account.

The Credly Team
""" % (code, hexs(40))
    body = alt(text(plain), text(credly_html("Confirm your account merge", [p2h(plain)], "Complete Account Merge", "https://www.credly.com/account/merge/confirm", "Credly"), "html"))
    emit("024-credly-self-service-merge-code.eml", L("unrelated", None, [], True), trace,
         credly_hdrs(when, LUKAS, "Your Credly account merge verification code", addr("Credly", "no-reply@credly.com")), body)


def m025():
    when = dt(2025, 9, 8, 3, 12, 58)
    ip = "45.137.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "vps%d.hostkey-cloud.net" % R.randint(1000, 9999)
    mf = "admin@credly.com"
    ar = ["dkim=fail header.i=@credly.com header.s=s1 header.b=%s" % b64s(8),
          "spf=fail (google.com: domain of admin@credly.com does not designate %s as permitted sender) smtp.mailfrom=admin@credly.com" % ip,
          "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly.com"]
    trace = gmail_trace("kenji.watanabe.8812@gmail.com", when, helo, ip, mf, ar)
    # a forged, sender-added Authentication-Results further down (not trustworthy)
    forged = [("Authentication-Results", "mx.credly.com; dkim=pass header.d=credly.com; spf=pass smtp.mailfrom=credly.com; dmarc=pass header.from=credly.com")]
    url = "https://credly-badges.net/claim?u=%s" % hexs(20)
    plain = """Hello,

Following the merge of your AWS Certification accounts, your digital badges are ready to be accepted on your new profile.

Badges waiting: 3
  - AWS Certified Developer - Associate
  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Cloud Practitioner

To accept your badges, sign in with your previous e-mail address and password:
%s

Badges not accepted within 72 hours will be removed from the merged account.

Credly Support
""" % url
    body = alt(text(plain), text(credly_html("Your badges are ready", [p2h(plain)], "Accept your badges", url, "badges"), "html", cte="base64"))
    hdrs = forged + [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")),
                     ("To", "kenji.watanabe.8812@gmail.com"),
                     ("Subject", "Your badges are ready to accept after your account merge"),
                     ("Date", rfc(when)), ("Message-ID", "<%s@%s>" % (hexs(20), helo)), ("X-Mailer", "Microsoft Outlook 16.0")]
    emit("025-spoofed-credly-after-merge-dmarc-fail.eml", L("credly_badge_issued", None, [], False), trace, hdrs, body)


def m026():
    when = dt(2025, 6, 5, 9, 44, 30)
    trace, mf = gmail_amz(PRIYA, when)
    plain = """Hi there,

A few days ago we asked for your feedback on your recent support case with AWS Training and Certification. We haven't heard from you yet, and we'd still love to know how it went.

Case: %s
Handled by: Tamsin W.

It's just two questions:
https://support.aws.amazon.com/survey/csat?caseId=%s&reminder=1

If you've already answered, thank you - please ignore this reminder.

AWS Training and Certification
410 Terry Avenue North, Seattle, WA 98109
""" % (PRIYA_CASE, PRIYA_CASE)
    body = alt(text(plain, cte="quoted-printable"), text(html_wrap(p2h(plain)), "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", PRIYA),
                              ("Subject", "Reminder: we'd still love your feedback"), ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("026-survey-reminder.eml", L("survey", PRIYA_CASE, [], True), trace, hdrs, body)


def m027():
    when = dt(2025, 11, 25, 1, 30, 10)
    trace, mf = jp_amz("biglobe", HIRO, when)
    plain = """田中 博 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定サポートの小林でございます。

11月19日にご案内いたしましたメールにつきまして、その後ご返信をいただけておりませんため、誠に勝手ながら本ケースはいったんクローズとさせていただきます。

引き続きご対応をご希望の場合は、本ケースのクローズ後 14 日以内であれば、AWS サポートセンターから本ケースを再開していただくことが可能でございます。その際は、前回お伺いしました内容をご記入くださいますようお願い申し上げます。

また、今回のサポートについて簡単なアンケートにご協力いただけますと幸いです。
https://support.aws.amazon.com/survey/csat?displayId=%s&lang=ja

小林
アマゾン ウェブ サービス トレーニングと認定

-----Original Message-----
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Wednesday, November 19, 2025 10:12 AM
Subject: RE:[CASE %s] 認定アカウントが２つあります

田中 博 様

お問い合わせいただいた AWS06230917 と AWS12408856 の統合につきまして、
存続させるアカウントをどちらにされるか、ご教示いただけますでしょうか。
""" % (HIRO_CASE, HIRO_CASE)
    body = text(plain, charset="iso-2022-jp", cte="7bit", codec="iso2022_jp")
    hdrs = [("From", NOREPLY), ("To", HIRO), ("Subject", ew("RE:[CASE %s] 認定アカウントが２つあります" % HIRO_CASE, "iso-2022-jp")),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("027-ja-closed-no-reply-iso2022jp.eml", L("survey", HIRO_CASE, [], True, "ja"), trace, hdrs, body)


def m028():
    when = dt(2025, 8, 21, 4, 2, 40)
    trace, mf = jp_amz("ocn", AIKO, when)
    plain = """藤本 愛子 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご確認のご連絡をいただき、ありがとうございました。
AWS-03315790 の認定情報を AWS-19002418 へ移行する作業が完了いたしましたので、ご連絡申し上げます。
AWS-03315790 は無効化されておりますので、今後は AWS-19002418 (aiko.fujimoto@lilac.ocn.ne.jp) をご利用くださいませ。

以上をもちまして、本ケースはクローズとさせていただきます。

今後のサービス向上のため、下記アンケートへのご協力をお願いできますと幸いです(所要時間 1 分程度)。
https://amazonmr.au1.qualtrics.com/jfe/form/SV_3fRzA4tcjp?case=%s&lang=JA

このたびはお問い合わせいただき、誠にありがとうございました。

佐々木
AWS トレーニングと認定 カスタマーサポート
""" % AIKO_CASE
    html = html_wrap('<div style="font-family:\'MS PGothic\',sans-serif;font-size:14px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, cte="quoted-printable"), text(html, "html", cte="base64"))
    hdrs = amz_dkims(when) + [("Date", rfc(when)), ("From", FORM_FROM), ("To", AIKO),
                              ("Message-ID", ses_id(when)), ("Subject", ew(form_subject(AIKO_CASE)))]
    emit("028-ja-completion-then-close-with-survey.eml",
         L("merge_completed", AIKO_CASE, ["AWS03315790", "AWS19002418"], True, "ja"), trace, hdrs, body)


def m029():
    when = dt(2025, 6, 2, 11, 25, 0)
    trace, mf = gmail_amz(PRIYA, when)
    plain = """Hello Priya,

Thanks for getting back to us, and congratulations again on your certifications.

Regarding your question about the exam discount: the 50% voucher you earned from your last exam is valid for 3 years and can be used for any AWS Certification exam. You will find it in your Certification Account under "Benefits" > "Exam discount". Simply copy the code and enter it in the "Promotion code" field when you schedule your next exam with Pearson VUE.

If the voucher shows as "Used" or is missing for AWS17300584, please send us a screenshot of the Benefits page and we will check it for you.

Kind regards,
Tamsin W.
AWS Training and Certification Customer Support

On Sun, Jun 1, 2025 at 10:47 PM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hi Tamsin, thanks, everything looks good. One more question - where do I find the 50% voucher now? Can I use it for the Professional exam?
"""
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", PRIYA), ("Subject", form_subject(PRIYA_CASE)),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("029-after-completion-voucher-question.eml", L("support_reply", PRIYA_CASE, ["AWS17300584"], True), trace, hdrs, body)


def m030():
    when = dt(2023, 8, 18, 20, 31, 5)
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "mail%d.pearson.com" % R.randint(1, 9)
    mf = "bounce@pearsonvue.com"
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=pearsonvue.com; dkim=pass (signature was verified)\n header.d=pearson.com;dmarc=pass action=none\n header.from=pearson.com;compauth=pass reason=100" % ip)
    trace = outlook_trace(MARCO, when, ip, helo, mf, ar, spfdom="pearsonvue.com")
    plain = """Dear Marco Bianchi,

Thank you for scheduling your exam with Pearson VUE. This confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Thursday, September 14, 2023, 09:30 CEST
Location: Pearson Professional Centers - Milano, Via Vittor Pisani 16, 20124 Milano
Registration ID: 531884207
AWS Candidate ID: AWS20017734

Please arrive 15 minutes before your appointment and bring two forms of identification.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    hdrs = [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", MARCO),
            ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", rfc(when)),
            ("Message-ID", "<%s@pearson.com>" % hexs(30)), ("DKIM-Signature", dkim("pearson.com", "selector1", when))]
    emit("030-pearson-vue-booking.eml", L("unrelated", None, ["AWS20017734"], False), trace, hdrs, body)


BATCHES.append([m021, m022, m023, m024, m025, m026, m027, m028, m029, m030])

OLIVIA = "olivia.grant@hotmail.co.uk"
OLIVIA_OPEN = dt(2025, 4, 14, 22, 8, 51)
OLIVIA_CASE = case15(OLIVIA_OPEN, 731)


def console_body(greeting, text_, agent, cid, lang="en"):
    if lang == "ja":
        return greeting + "\n\n" + text_.strip() + "\n\n何卒よろしくお願い申し上げます。\n\n" + agent + "\nアマゾン ウェブ サービス\n" + AWS_FOOTER_CONSOLE.replace("{cid}", cid).replace(
            "\nBest regards,\nAmazon Web Services\n", "\n").replace("language=en", "language=ja")
    return greeting + "\n\n" + text_.strip() + "\n\nBest regards,\n\n" + agent + "\nAmazon Web Services\n" + AWS_FOOTER_CONSOLE.replace("{cid}", cid).replace(
        "\nBest regards,\nAmazon Web Services\n", "\n")


def m031():
    when = dt(2025, 10, 21, 14, 37, 2)
    trace, mf = gmail_amz(LUKAS, when)
    plain = console_body("Hello Lukas,", """
Thank you for reaching out to AWS Training and Certification.

I reviewed both Certification profiles and can combine them for you. Before I submit the request, please double-check the details below:

  Account that will remain:   AWS05512398 - lukas.becker.ops@gmail.com
  Account that will be closed: AWS19920341 - l.becker@nordlicht-logistik.de

All certifications, exam history and benefits from AWS19920341 will be moved to AWS05512398. Please be aware that this action is permanent and cannot be reversed once processed.

If this is correct, please reply to this correspondence in the Support Center with "I confirm". If you would prefer to keep the other account instead, just let me know.
""", "Jonas M.", LUKAS_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", LUKAS), ("Subject", "RE:[CASE %s] Merge two AWS Certification accounts" % LUKAS_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("031-confirm-which-remains-console.eml",
         L("merge_confirmation_requested", LUKAS_CASE, ["AWS05512398", "AWS19920341"], True), trace, hdrs, body)


def m032():
    when = dt(2025, 10, 22, 7, 58, 44)
    trace, mf = gmail_amz(LUKAS, when)
    plain = console_body("Hi Lukas,", """
Thanks a lot for the quick confirmation.

I've handed the request over to the team that performs the account changes. Nothing else is needed from your side right now; I'll update this case as soon as I hear back from them, usually within one to three business days.
""", "Jonas M.", LUKAS_CASE)
    body = text(plain, cte="7bit")
    hdrs = [("From", NOREPLY), ("To", LUKAS), ("Subject", "RE:[CASE %s] Merge two AWS Certification accounts" % LUKAS_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("032-thanks-handed-over-in-progress.eml", L("support_reply", LUKAS_CASE, [], True), trace, hdrs, body)


def m033():
    when = dt(2025, 10, 24, 9, 3, 26)
    trace, mf = gmail_amz(LUKAS, when)
    plain = console_body("Hi Lukas,", """
Quick update on your request: the Certification side is finished.

When you sign in with lukas.becker.ops@gmail.com you'll now find everything in one place under AWS05512398: your Cloud Practitioner, your Developer - Associate from September, and the matching exam history. The nordlicht-logistik.de address is no longer connected to any Certification account.

One thing is still open: your Credly badges. The Developer badge was issued to your work address and did not move together with the certification. I have asked our Credly liaison team to re-issue it to your Gmail address; you should receive an e-mail from Credly within 5 business days. I'll keep this case open until that is done.
""", "Jonas M.", LUKAS_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", LUKAS), ("Subject", "RE:[CASE %s] Merge two AWS Certification accounts" % LUKAS_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("033-partial-certs-done-credly-pending.eml", L("merge_completed", LUKAS_CASE, ["AWS05512398"], True), trace, hdrs, body)


def m034():
    when = dt(2025, 11, 4, 9, 5, 0)
    trace, mf = gmail_amz(LUKAS, when)
    plain = """Hello,

We haven't received a response on case %s (Merge two AWS Certification accounts) for a while, so it has been resolved automatically.

If you still need help, you can reopen the case from the AWS Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please let us know about your experience:

Was your issue resolved?
  Yes  https://console.aws.amazon.com/support/feedback?displayId=%s&q=resolved&a=yes
  No   https://console.aws.amazon.com/support/feedback?displayId=%s&q=resolved&a=no

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % ((LUKAS_CASE,) * 4)
    body = text(plain, cte="7bit")
    hdrs = [("From", NOREPLY), ("To", LUKAS), ("Subject", "Amazon Web Services: Your Support case %s has been resolved" % LUKAS_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("034-auto-resolved-no-response.eml", L("survey", LUKAS_CASE, [], True), trace, hdrs, body)


def m035():
    when = OLIVIA_OPEN + timedelta(seconds=41)
    trace, mf = outlook_amz(OLIVIA, when, region="email")
    plain = """Hello,

Thank you for contacting AWS Training and Certification Customer Support. This is an automated message to let you know that we have received your request. A member of our team will review it and get back to you, usually within 24 hours.

Your case number is %s. Please keep it in the subject line of any reply, and please do not submit another request for the same issue, as this may delay our response.

Summary of your submission
--------------------------
Name: Olivia Grant
E-mail: olivia.grant@hotmail.co.uk
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS 10448231
Description: I have a second certification account from my previous employer (AWS 04002976, o.grant@ferncliff-bank.co.uk - no longer have access to that mailbox). Could you please move everything to my personal account?

Kind regards,
AWS Training and Certification Customer Support
""" % OLIVIA_CASE
    html = html_wrap('<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px;font-size:14px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", OLIVIA), ("Subject", form_subject(OLIVIA_CASE, "")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("035-form-auto-ack-with-summary.eml",
         L("case_created", OLIVIA_CASE, ["AWS10448231", "AWS04002976"], True), trace, hdrs, body)


def m036():
    when = HIRO_OPEN + timedelta(seconds=2)
    trace, mf = jp_amz("biglobe", HIRO, when)
    plain = """アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントが２つあります
重要度: 一般的なガイダンス
内容: お世話になります。認定アカウントが2つ存在しているようです（AWS06230917 と aws12408856）。1つにまとめていただくことは可能でしょうか。よろしくお願いいたします。

AWS サポートセンターでケースを確認し、返信を追加できます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス

※本メールは送信専用アドレスから送信されています。このケースに関するお問い合わせは上記のリンクからお願いいたします。
""" % (HIRO_CASE, HIRO_CASE, HIRO_CASE)
    body = text(plain, cte="base64")
    hdrs = [("From", NOREPLY), ("To", HIRO),
            ("Subject", ew("Amazon Web Services: 新しいサポートケースが作成されました: %s" % HIRO_CASE)),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("036-ja-console-case-opened.eml", L("case_created", HIRO_CASE, ["AWS06230917", "AWS12408856"], True, "ja"), trace, hdrs, body)


def m037():
    when = dt(2025, 8, 19, 23, 14, 5)
    trace, mf = jp_amz("ocn", AIKO, when)
    plain = """藤本 愛子 様

AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
担当の佐々木と申します。

お問い合わせいただきました認定アカウントの件につきまして、以下の内容で手続きを進めさせていただく予定でございます。

　統合元(閉鎖されるアカウント): AWS-03315790
　統合先(存続するアカウント): AWS-19002418 (aiko.fujimoto@lilac.ocn.ne.jp)

統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。
なお、一度実施いたしますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにそのままご返信いただけますでしょうか。
ご返信を確認後、速やかに手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    body = text(plain, cte="8bit")
    hdrs = amz_dkims(when) + [("Date", rfc(when)), ("From", FORM_FROM), ("To", AIKO),
                              ("Message-ID", ses_id(when)), ("Subject", form_subject(AIKO_CASE))]
    emit("037-ja-confirm-request-8bit.eml",
         L("merge_confirmation_requested", AIKO_CASE, ["AWS03315790", "AWS19002418"], True, "ja"), trace, hdrs, body)


def m038():
    when = dt(2025, 11, 19, 1, 12, 30)
    trace, mf = jp_amz("biglobe", HIRO, when)
    plain = console_body("田中 博 様", """
お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの小林でございます。

お問い合わせいただいた AWS06230917 と AWS12408856 の統合につきまして、手続きを進めるにあたり、以下の点をご教示いただけますでしょうか。

1. 存続させるアカウント (今後ご利用になるアカウント) はどちらでしょうか。
2. 各アカウントのサインインにご使用のメールアドレスをお知らせください。

ご返信は AWS サポートセンターの本ケースよりお願いいたします。
""", "小林", HIRO_CASE, "ja")
    body = text(plain, charset="iso-2022-jp", cte="7bit", codec="iso2022_jp")
    hdrs = [("From", NOREPLY), ("To", HIRO), ("Subject", ew("RE:[CASE %s] 認定アカウントが２つあります" % HIRO_CASE, "iso-2022-jp")),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("038-ja-asks-which-account-to-keep.eml",
         L("support_reply", HIRO_CASE, ["AWS06230917", "AWS12408856"], True, "ja"), trace, hdrs, body)


def m039():
    when = dt(2025, 10, 23, 13, 44, 9)
    ip = "192.30.252.%d" % R.randint(190, 210)
    mf = "noreply@github.com"
    ar = ["dkim=pass header.i=@github.com header.s=pf2023 header.b=%s" % b64s(8),
          "spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com" % ip,
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"]
    trace = gmail_trace(LUKAS, when, "out-%d.smtp.github.com" % R.randint(20, 30), ip, mf, ar)
    plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordlicht-logistik/cert-tracker/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <nordlicht-logistik/cert-tracker/pull/412/issue_event/%d@github.com>
""" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
    html = '<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/nordlicht-logistik/cert-tracker/pull/412">#412</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/nordlicht-logistik/cert-tracker/pull/412">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>'
    body = alt(text(plain, cte="7bit"), text(html, "html", cte="7bit"))
    hdrs = [("DKIM-Signature", dkim("github.com", "pf2023", when)),
            ("Date", rfc(when)), ("From", addr("Sven Albers", "notifications@github.com")),
            ("Reply-To", "nordlicht-logistik/cert-tracker <reply+ABCD%s@reply.github.com>" % hexs(20).upper()),
            ("To", "nordlicht-logistik/cert-tracker <cert-tracker@noreply.github.com>"), ("Cc", "Lukas Becker <lukas.becker.ops@gmail.com>, Author <author@noreply.github.com>"),
            ("Message-ID", "<nordlicht-logistik/cert-tracker/pull/412/issue_event/%d@github.com>" % R.randint(10**10, 10**11)),
            ("In-Reply-To", "<nordlicht-logistik/cert-tracker/pull/412@github.com>"),
            ("Subject", "Re: [nordlicht-logistik/cert-tracker] Merge duplicate AWS cert records into one account (PR #412)"),
            ("List-ID", "nordlicht-logistik/cert-tracker <cert-tracker.nordlicht-logistik.github.com>"),
            ("X-GitHub-Reason", "author")]
    emit("039-github-pr-merged.eml", L("unrelated", None, [], False), trace, hdrs, body)


def m040():
    when = dt(2025, 7, 22, 18, 9, 41)
    trace, mf = gmail_amz(WEI, when)
    cid = "5884881212"
    plain = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the duplicate listings you reported. ASIN B0CX7Q2M4L is now a child of parent ASIN B0CX7PZ9K1 in the "Size" variation family, and the separate detail page has been removed. It can take up to 48 hours for the change to show on the Amazon website.

Was this response helpful? Please let us know by clicking one of the links below.
Yes: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&helpful=yes
No:  https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&helpful=no

Thank you for selling on Amazon,
Diego P.
Amazon.com Selling Partner Support
""" % (cid, cid)
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    hdrs = amz_dkims(when) + [("From", addr("Amazon Selling Partner Support", "seller-notification@amazon.com")), ("To", WEI),
                              ("Subject", "RE:[CASE %s] Merge duplicate listings for SKU WC-TEE-BLK" % cid),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("040-seller-central-merge-listings.eml", L("unrelated", cid, [], True), trace, hdrs, body)


BATCHES.append([m031, m032, m033, m034, m035, m036, m037, m038, m039, m040])

RAFAEL = "rafael.costa.dev@gmail.com"
RAFAEL_CASE = "11735180201"


def m041():
    when = dt(2025, 4, 17, 12, 26, 38)
    trace, mf = outlook_amz(OLIVIA, when, region="email")
    plain = """Hello Olivia,

Thank you for your patience – and for confirming so quickly.

I’m pleased to tell you that everything from your former employer’s profile has now been brought over. Your personal account AWS10448231 holds all four of your certifications and the complete exam history, and AWS04002976 no longer exists as a separate profile. You don’t need access to the old ferncliff-bank.co.uk mailbox for anything going forward.

You can keep signing in exactly as you do today, with olivia.grant@hotmail.co.uk.

Kind regards,
Niamh O’Connor
AWS Training and Certification Customer Support

________________________________
From: Olivia Grant <olivia.grant@hotmail.co.uk>
Sent: 16 April 2025 08:52
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Niamh,

Yes, that’s right – please go ahead and merge AWS 04002976 into AWS 10448231.

Thanks,
Olivia
""" % OLIVIA_CASE
    # mislabelled: body is UTF-8 but the header says iso-8859-1
    body = text(plain, charset="utf-8", declared="iso-8859-1", cte="quoted-printable")
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", OLIVIA), ("Subject", form_subject(OLIVIA_CASE)),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("041-completion-wrong-charset-label.eml",
         L("merge_completed", OLIVIA_CASE, ["AWS10448231", "AWS04002976"], True), trace, hdrs, body)


def m042():
    when = dt(2025, 4, 18, 12, 30, 0)
    trace, mf = outlook_amz(OLIVIA, when, region="email")
    cells = "".join('<td align="center" style="padding:2px;"><a href="https://pulse.aws/survey/NPS7TC?case=%s&amp;score=%d" style="display:block;width:36px;line-height:36px;border:1px solid #879596;color:#16191f;text-decoration:none;">%d</a></td>' % (OLIVIA_CASE, i, i) for i in range(11))
    inner = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:28px 32px 0 32px;font-size:22px;color:#232f3e;">Your opinion matters</td></tr>
<tr><td style="padding:12px 32px;font-size:14px;color:#16191f;line-height:21px;">Hi Olivia,<br/><br/>
Your recent request to AWS Training and Certification Customer Support (case %s) has been closed. Would you spare 30 seconds to tell us how we did?</td></tr>
<tr><td style="padding:12px 32px;font-size:15px;font-weight:bold;">How likely are you to recommend AWS Training and Certification Customer Support to a friend or colleague?</td></tr>
<tr><td style="padding:4px 28px;"><table cellpadding="0" cellspacing="0"><tr>%s</tr></table></td></tr>
<tr><td style="padding:4px 32px 24px 32px;font-size:11px;color:#687078;">0 = Not at all likely &nbsp;&nbsp;&nbsp; 10 = Extremely likely</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">This survey is conducted by Amazon Web Services, Inc. Your responses are handled according to the AWS Privacy Notice.</td></tr>
</table>""" % (OLIVIA_CASE, cells)
    body = text(html_wrap(inner, "Your opinion matters"), "html", cte="base64")
    hdrs = amz_dkims(when) + [("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")),
                              ("To", OLIVIA), ("Subject", ew("⭐ Olivia, how did we do? A 30-second survey about your recent support request")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("042-nps-survey-html-only-folded-subject.eml", L("survey", OLIVIA_CASE, [], True), trace, hdrs, body)


def m043():
    when = dt(2025, 4, 19, 3, 5, 12)
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.email.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mf = "bounces+%d-%s-olivia.grant=hotmail.co.uk@em4402.credly.com" % (R.randint(1000000, 9999999), hexs(4))
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em4402.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
    trace = outlook_trace(OLIVIA, when, ip, helo, mf, ar, spfdom="em4402.credly.com")
    badge = "AWS Certified Machine Learning Engineer – Associate"
    url = "https://www.credly.com/badges/%s/accept" % uuid.UUID(int=R.getrandbits(128))
    lines = ["Olivia, congratulations!", "You've earned the <b>%s</b> badge from AWS Training and Certification." % badge,
             "Accept it to display it on your Credly profile and share your achievement with your network."]
    body = text(credly_html("You've earned a badge", lines, "Accept your badge", url, badge), "html", cte="quoted-printable")
    emit("043-credly-earned-badge-html-only.eml", L("credly_badge_issued", None, [], True), trace,
         credly_hdrs(when, OLIVIA, ew("Olivia, you've earned a badge from AWS Training and Certification!")), body)


def m044():
    when = dt(2022, 3, 25, 16, 48, 21)
    trace, mf = gmail_amz(RAFAEL, when)
    plain = console_body("Hello Rafael,", """
Thanks for waiting while our team worked on your request.

The three profiles are now one. Your certifications from AWS-11230045 and AWS-11230046 were moved into AWS-08874512, which is the profile linked to rafael.costa.dev@gmail.com. The other two candidate IDs have been closed and can no longer be used to sign in or to schedule exams.

Please sign in at https://www.aws.training/Certification and check that all of your certifications and your exam history appear correctly. If something is missing, reply here and I will check it again.
""", "Beatriz F.", RAFAEL_CASE)
    body = text(plain, cte="base64")
    hdrs = [("From", NOREPLY), ("To", RAFAEL), ("Subject", "RE:[CASE %s] Account merge - 3 certification accounts" % RAFAEL_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("044-three-profiles-now-one.eml",
         L("merge_completed", RAFAEL_CASE, ["AWS11230045", "AWS11230046", "AWS08874512"], True), trace, hdrs, body)


def m045():
    when = dt(2022, 4, 1, 16, 50, 3)
    trace, mf = gmail_amz(RAFAEL, when)
    plain = """Hello Rafael,

This is a notice that your case %s (Account merge - 3 certification accounts) has been closed, as we have not received any further correspondence since our last update.

If you need more help with this issue, you can reopen the case within 14 days in the AWS Support Center. For a new issue, please create a new case.

To see all of your support cases, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (RAFAEL_CASE, RAFAEL_CASE)
    body = text(plain, cte="7bit")
    hdrs = [("From", NOREPLY), ("To", RAFAEL), ("Subject", "Amazon Web Services: Your Support case %s has been closed" % RAFAEL_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("045-case-closed-notice-no-rating.eml", L("survey", RAFAEL_CASE, [], True), trace, hdrs, body)


def m046():
    when = dt(2022, 3, 23, 14, 2, 10)
    trace, mf = gmail_amz(RAFAEL, when)
    plain = console_body("Hello Rafael,", """
I'm following up on my message from Monday. We still need the e-mail address you used to sign in to each of the three profiles, so that we can verify that they belong to you. Without this information I am unfortunately not able to move forward with your request.

Please add the information to this case in the Support Center when you have a moment. If we don't hear from you within 7 days, the case will be closed automatically, but you can reopen it at any time within 14 days.
""", "Beatriz F.", RAFAEL_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", RAFAEL), ("Subject", "RE:[CASE %s] Account merge - 3 certification accounts" % RAFAEL_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("046-chaser-still-need-login-emails.eml", L("support_reply", RAFAEL_CASE, [], True), trace, hdrs, body)


def m047():
    when = dt(2022, 3, 24, 11, 15, 47)
    trace, mf = gmail_amz(RAFAEL, when)
    plain = console_body("Hello Rafael,", """
Thank you for sending the login addresses. I have verified all three profiles.

Here is what we will do, please review carefully:

  - aws11230045 (rafael.costa@tecnobr.com.br)  -> will be merged and closed
  - aws11230046 (rcosta.exams@gmail.com)       -> will be merged and closed
  - aws08874512 (rafael.costa.dev@gmail.com)   -> will remain as your only profile

Please reply to this case confirming you agree with the above. Kindly note that once the merge has been done we cannot separate the profiles again.
""", "Beatriz F.", RAFAEL_CASE)
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", RAFAEL), ("Subject", "RE:[CASE %s] Account merge - 3 certification accounts" % RAFAEL_CASE),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("047-confirm-three-to-one-lowercase-ids.eml",
         L("merge_confirmation_requested", RAFAEL_CASE, ["AWS11230045", "AWS11230046", "AWS08874512"], True), trace, hdrs, body)


def m048():
    when = dt(2022, 3, 27, 20, 1, 45)
    trace, mf = credly_trace_gmail(RAFAEL, when)
    badges = ["AWS Certified Solutions Architect - Associate", "AWS Certified Developer - Associate", "AWS Certified Cloud Practitioner"]
    url = "https://www.credly.com/earner/earned?utm_source=multi_issue"
    plain = """Hi Rafael,

AWS Training and Certification has issued you 3 badges:

%s

Accept your badges and add them to your Credly profile:
%s

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % ("\n".join("  * " + b for b in badges), url)
    lines = ["Hi Rafael,", "AWS Training and Certification has issued you 3 badges:<br/>" + "<br/>".join("&bull; " + b for b in badges)]
    body = alt(text(plain), text(credly_html("You've been issued 3 badges", lines, "Accept badges", url, badges[0]), "html"))
    emit("048-credly-three-badges-issued.eml", L("credly_badge_issued", None, [], True), trace,
         credly_hdrs(when, RAFAEL, "AWS Training and Certification has issued you 3 badges"), body)


def m049():
    when = dt(2025, 9, 10, 1, 0, 0)
    trace, mf = jp_amz("nifty", KENJI, when)
    plain = """AWS トレーニングと認定 ニュースレター 2025年9月号

渡辺 健二 様

■ AWS Skill Builder に新しいコースが追加されました
　生成 AI の基礎から Amazon Bedrock の実践まで、日本語字幕付きのコースを 12 本追加しました。

■ AWS Certified AI Practitioner 受験者向け試験準備ウェビナー (無料)
　日時: 2025年9月25日(木) 19:00-20:30
　お申し込み: https://aws.amazon.com/jp/training/events/

■ 認定の有効期限を確認しましょう
　AWS Certification アカウントにサインインし、「認定」タブからご確認いただけます。

配信停止をご希望の場合: https://pages.awscloud.com/communication-preferences.html?lang=ja
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
    html = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px;font-size:14px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, cte="base64"), text(html, "html", cte="base64"))
    hdrs = amz_dkims(when) + [("From", addr("AWS トレーニングと認定", "aws-apac-marketing@amazon.com")), ("To", KENJI),
                              ("Subject", ew("【AWS トレーニングと認定】9月のニュースレター: 新コースとウェビナーのご案内")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when)),
                              ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=%s>" % hexs(24))]
    emit("049-ja-aws-tc-newsletter.eml", L("unrelated", None, [], True, "ja"), trace, hdrs, body)


def m050():
    cid = "12911456702"
    when = dt(2023, 9, 6, 18, 44, 0)
    trace, mf = outlook_amz(MARCO, when)
    plain = """Hello,

Your Service Quotas increase request for "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in eu-south-1 has been approved and the new limit of 256 vCPUs is now in effect. We are resolving case %s.

Please take a moment to rate the support you received:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=

Best regards,
Amazon Web Services
""" % (cid, cid) + AWS_FOOTER_CONSOLE.replace("{cid}", cid).split("====")[0].replace("\nBest regards,\nAmazon Web Services\n", "")
    body = text(plain, cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", MARCO), ("Subject", "RE:[CASE %s] Limit Increase: EC2 Instances" % cid),
            ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))] + amz_dkims(when)
    emit("050-quota-increase-case-resolved.eml", L("unrelated", cid, [], True), trace, hdrs, body)


BATCHES.append([m041, m042, m043, m044, m045, m046, m047, m048, m049, m050])

SHO = "sho@yamada-design.jp"
SHO_OPEN = dt(2026, 2, 9, 0, 47, 33)
SHO_CASE = case15(SHO_OPEN, 1210)
FATIMA = "fatima.zahra.benali@gmail.com"
FATIMA_OPEN = dt(2025, 2, 26, 10, 11, 56)
FATIMA_CASE = case15(FATIMA_OPEN, 56)


def m051():
    when = dt(2023, 9, 20, 9, 12, 7)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    loc = when.astimezone(CEST)
    d1 = loc.strftime("%a, %d %b %Y %H:%M:%S +0200")
    trace = [("Received", "from EXCH02.bianchi.local (10.10.0.12) by EXCH01.bianchi.local\n (10.10.0.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.35; %s" % d1),
             ("Received", "from mx.bianchi-consulting.it (10.10.0.5) by EXCH02.bianchi.local\n (10.10.0.12) with Microsoft SMTP Server id 15.1.2507.35 via Frontend\n Transport; %s" % d1),
             ("Received", "from %s ([%s])\n\tby mx.bianchi-consulting.it (Postfix) with ESMTPS id 4Rr%s\n\tfor <%s>; %s" % (helo, ip, b64s(8), MARCO, d1)),
             ("Return-Path", "<%s>" % ses_bounce(when, "us-west-2"))]
    plain = """Dear Marco,

Congratulations on passing the SAP-C02 exam!

As promised, I took care of the remaining account. AWS20017734 is now also folded into AWS09126644, including the new Solutions Architect - Professional certification from 14 September. This means you now have one single profile with all of your AWS certifications, and only AWS09126644 is active.

Your Professional badge will be issued by Credly to m.bianchi@bianchi-consulting.it in the next days.

Best regards,
Rahul K.
Amazon Web Services
""" + AWS_FOOTER_CONSOLE.replace("{cid}", MARCO_CASE).replace("\nBest regards,\nAmazon Web Services\n", "")
    body = text(plain, cte="quoted-printable")
    hdrs = amz_dkims(when) + [("From", NOREPLY), ("To", MARCO), ("Subject", "RE:[CASE %s] Merge of 3 certification accounts" % MARCO_CASE),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2")),
                              ("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    emit("051-remaining-account-folded-in-no-auth-results.eml",
         L("merge_completed", MARCO_CASE, ["AWS20017734", "AWS09126644"], None), trace, hdrs, body)


def m052():
    when = dt(2023, 9, 27, 9, 20, 0)
    trace, mf = outlook_amz(MARCO, when)
    plain = """Dear Marco Bianchi,

Thank you for contacting AWS Support. Your case %s, "Merge of 3 certification accounts", was resolved on September 27, 2023.

We would like to hear about your experience with Rahul K.

Please rate your overall satisfaction with this case:
[ Very satisfied ]      https://aws.qualtrics.com/jfe/form/SV_9XcsatCase?c=%s&s=5
[ Satisfied ]           https://aws.qualtrics.com/jfe/form/SV_9XcsatCase?c=%s&s=4
[ Neither ]             https://aws.qualtrics.com/jfe/form/SV_9XcsatCase?c=%s&s=3
[ Dissatisfied ]        https://aws.qualtrics.com/jfe/form/SV_9XcsatCase?c=%s&s=2
[ Very dissatisfied ]   https://aws.qualtrics.com/jfe/form/SV_9XcsatCase?c=%s&s=1

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
This message was sent to m.bianchi@bianchi-consulting.it. Privacy: https://aws.amazon.com/privacy/
""" % ((MARCO_CASE,) * 6)
    body = alt(text(plain, cte="quoted-printable"), text(html_wrap(p2h(plain)), "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", addr("AWS Support", "aws-support-survey@amazon.com")), ("To", MARCO),
                              ("Subject", "Rate your AWS Support experience - case %s" % MARCO_CASE),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when, "us-west-2"))]
    emit("052-csat-five-point-qualtrics.eml", L("survey", MARCO_CASE, [], True), trace, hdrs, body)


def m053():
    when = dt(2025, 7, 12, 6, 33, 19)
    dom = "credly-notify.com"
    ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "mailer@%s" % dom
    ar = ["dkim=pass header.i=@%s header.s=mail header.b=%s" % (dom, b64s(8)),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom]
    trace = gmail_trace(WEI, when, "smtp.%s" % dom, ip, mf, ar)
    url = "https://%s/badges/accept?ref=aws-merge&id=%s" % (dom, hexs(16))
    plain = """Hi Wei Chen,

AWS Training and Certification has completed the merge of your certification profiles. The badges from your previous profile have been issued to your primary account and are ready to accept:

  - AWS Certified Cloud Practitioner
  - AWS Certified Developer - Associate

Accept your badges: %s

For security reasons you will be asked to sign in with your Credly password.

Credly, Inc.
""" % url
    body = alt(text(plain), text(credly_html("Your badges are ready to accept", [p2h(plain)], "Accept your badges", url, "AWS"), "html", cte="base64"))
    hdrs = [("DKIM-Signature", dkim(dom, "mail", when)),
            ("From", addr("AWS Training and Certification via Credly", "badges@" + dom)), ("To", WEI),
            ("Subject", "Your AWS badges have been issued to your merged account"),
            ("Date", rfc(when)), ("Message-ID", "<%s@%s>" % (hexs(28), dom))]
    emit("053-lookalike-credly-domain-merged-badges.eml", L("credly_badge_issued", None, [], False), trace, hdrs, body)


def m054():
    when = dt(2025, 8, 5, 15, 0, 0)
    trace, mf = credly_trace_gmail(DANIEL, when)
    plain = """Credly Insider - August 2025

The most in-demand skills of 2025
We analysed 12 million badges issued on Credly in the first half of the year. Cloud architecture, data engineering and AI governance lead the list.
Read the report: https://info.credly.com/skills-report-2025

New on Credly: merge duplicate profiles yourself
Have badges spread across more than one e-mail address? You can now combine your Credly profiles from Settings > Account > Merge accounts.

Webinar: Building a skills-based talent strategy - September 10
https://info.credly.com/webinars

You are receiving this newsletter because you subscribed to Credly updates.
Unsubscribe: https://info.credly.com/unsubscribe?e=%s
Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % hexs(20)
    body = alt(text(plain), text(html_wrap(p2h(plain)), "html"))
    emit("054-credly-newsletter.eml", L("unrelated", None, [], True), trace,
         credly_hdrs(when, DANIEL, "Credly Insider: the most in-demand skills of 2025", addr("Credly", "news@credly.com")), body)


def m055():
    when = dt(2026, 2, 13, 6, 10, 44)
    mf = ses_bounce(when)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass header.from=amazon.com" % (mf, AMZ_S, SES_S))
    trace = jp_trace("sakura", SHO, when, helo, ip, mf, ar)
    inner = """<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px;line-height:1.8;color:#16191f;">
<p>山田 翔 様</p>
<p>平素より AWS をご利用いただき、誠にありがとうございます。<br/>AWS トレーニングと認定サポートの高橋でございます。</p>
<p>大変お待たせいたしました。<br/>
本日より、<b>sho@yamada-design.jp</b> にて AWS Certification アカウント (<b>AWS10998327</b>) へサインインいただきますと、これまでに取得されたすべての認定資格および受験履歴をひとつのアカウントでご確認いただけるようになりました。<br/>
もう一方の ID (AWS 07716054) は無効となっておりますので、今後はご利用いただけません。</p>
<p>Credly のバッジにつきましては、数日以内に Credly から受け取りのご案内メールが届く予定でございます。</p>
<p>ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。</p>
<p>高橋<br/>アマゾン ウェブ サービス トレーニングと認定</p>
<hr/>
<div style="color:#5f6368;font-size:13px;">
<p>2026年2月10日(火) 11:02 山田 翔 &lt;sho@yamada-design.jp&gt;:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
&gt; 高橋様<br/>
&gt; ご連絡ありがとうございます。内容に相違ございません。<br/>
&gt; AWS07716054 を AWS10998327 に統合してください。<br/>
&gt;<br/>
&gt; &gt; 山田 翔 様<br/>
&gt; &gt; 統合元: AWS07716054 / 統合先: AWS10998327<br/>
&gt; &gt; 上記の内容でよろしいか、ご確認をお願いいたします。<br/>
</blockquote></div>
<p style="font-size:11px;color:#687078;">AWS サポートセンター: https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja<br/>
※本メールは送信専用アドレスから送信されています。</p>
</div>""" % SHO_CASE
    body = text(html_wrap(inner), "html", cte="quoted-printable")
    hdrs = [("From", NOREPLY), ("To", SHO), ("Subject", ew("RE:[CASE %s] 認定アカウントの統合について(2件)" % SHO_CASE)),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("055-ja-new-sign-in-state-html-only-nested-quote.eml",
         L("merge_completed", SHO_CASE, ["AWS10998327", "AWS07716054"], True, "ja"), trace, hdrs, body)


def m056():
    when = dt(2025, 6, 14, 1, 0, 0)
    trace, mf = jp_amz("docomo", YUKI, when)
    plain = """佐藤 由紀 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。

お問い合わせ (ケース番号: %s) への対応につきまして、お客様のご意見をお聞かせいただけますでしょうか。
いただいたご意見は、今後のサポート品質の向上に役立ててまいります。

アンケートはこちら (所要時間: 約 1 分)
https://amazonmr.au1.qualtrics.com/jfe/form/SV_3fRzA4tcjp?case=%s&lang=JA

※本アンケートへのご回答は任意です。
※本メールは送信専用アドレスからお送りしております。

AWS トレーニングと認定 カスタマーサポート
""" % (YUKI_CASE, YUKI_CASE)
    # mislabelled: bytes are Shift_JIS (8bit) but the header claims ISO-2022-JP
    body = text(plain, charset="shift_jis", codec="cp932", declared="ISO-2022-JP", cte="8bit")
    hdrs = amz_dkims(when) + [("Date", rfc(when)), ("From", FORM_FROM), ("To", YUKI),
                              ("Message-ID", ses_id(when)),
                              ("Subject", ew("【AWS トレーニングと認定】サポートに関するアンケートご協力のお願い", "iso-2022-jp"))]
    emit("056-ja-survey-mislabelled-charset.eml", L("survey", YUKI_CASE, [], True, "ja"), trace, hdrs, body)


def m057():
    when = dt(2026, 2, 11, 2, 30, 5)
    mf = ses_bounce(when)
    ip = ses_ip()
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdmarc=pass header.from=amazon.com" % (mf, AMZ_S))
    trace = jp_trace("sakura", SHO, when, helo, ip, mf, ar)
    plain = console_body("山田 翔 様", """
ご確認いただき、誠にありがとうございます。AWS トレーニングと認定サポートの高橋でございます。

いただいた内容をもとに、現在担当部署にて作業を進めております。
作業が完了いたしましたら、本ケースにて改めてご連絡申し上げますので、今しばらくお待ちくださいますようお願い申し上げます。
(通常 2〜3 営業日ほどお時間をいただいております)

なお、作業中は両方のアカウントへのサインインが一時的にできなくなる場合がございます。あらかじめご了承ください。
""", "高橋", SHO_CASE, "ja")
    body = text(plain, charset="iso-2022-jp", cte="7bit", codec="iso2022_jp_ext")
    hdrs = [("From", NOREPLY), ("To", SHO), ("Subject", ew("RE:[CASE %s] 認定アカウントの統合について(2件)" % SHO_CASE, "iso-2022-jp")),
            ("Date", rfc(when)), ("Message-ID", ses_id(when))] + amz_dkims(when)
    emit("057-ja-in-progress-will-contact-when-done.eml", L("support_reply", SHO_CASE, [], True, "ja"), trace, hdrs, body)


def m058():
    when = dt(2026, 2, 15, 22, 41, 3)
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    mf = "bounces+%d-%s-sho=yamada-design.jp@em4402.credly.com" % (R.randint(1000000, 9999999), hexs(4))
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=credly.com header.s=s1;\n\tdmarc=pass header.from=credly.com" % mf)
    trace = jp_trace("sakura", SHO, when, "o%d.ptr%d.email.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), ip, mf, ar)
    badge = "AWS Certified DevOps Engineer – Professional"
    url = "https://www.credly.com/badges/%s/accept" % uuid.UUID(int=R.getrandbits(128))
    plain = """Hi Sho,

Your badge from AWS Training and Certification is ready to accept: %s

Accept now:
%s

Once accepted, your badge will appear on your Credly profile and you can share it anywhere.

Credly, 13801 Walsingham Road, Suite A-151, Largo, FL 33774
""" % (badge, url)
    lines = ["Hi Sho,", "Your badge from AWS Training and Certification is ready to accept: <b>%s</b>" % badge]
    body = alt(text(plain, cte="quoted-printable"), text(credly_html("Your badge is ready", lines, "Accept now", url, badge), "html"))
    emit("058-credly-ready-to-accept-sakura.eml", L("credly_badge_issued", None, [], True), trace,
         credly_hdrs(when, SHO, ew("Sho, your AWS Certified DevOps Engineer – Professional badge is ready")), body)


def m059():
    when = dt(2025, 3, 3, 14, 55, 27)
    trace, mf = gmail_amz(FATIMA, when)
    plain = """Dear Fatima Zahra,

Greetings of the day!

We are glad to inform you that the merging of your account is done successfully. Hereafter your login is fatima.zahra.benali@gmail.com and the candidate ID is aws-16620981. The certifications of the other ID (aws-05039924) are now reflecting under this one, please check once from your side.

We hope your concern is resolved. Kindly spare a moment to rate our support by clicking the link below, it will help us to serve you better.
https://amazonmr.au1.qualtrics.com/jfe/form/SV_0cVpb0m8aAd2y1o?caseid=%s

Have a nice day ahead.

Warm Regards,
Harish V.
AWS Training and Certification Customer Support

On Fri, 28 Feb 2025 at 21:40, Fatima Zahra Benali <fatima.zahra.benali@gmail.com> wrote:
> Hello, yes I confirm, please proceed with merging aws-05039924 into aws-16620981.
> Thank you
""" % FATIMA_CASE
    html = html_wrap('<div dir="ltr" style="font-family:Calibri,Arial;font-size:14px;">' + p2h(plain) + "</div>")
    body = alt(text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", FATIMA), ("Subject", form_subject(FATIMA_CASE, "RE: RE:")),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("059-done-successfully-with-rating-link.eml",
         L("merge_completed", FATIMA_CASE, ["AWS16620981", "AWS05039924"], True), trace, hdrs, body)


def m060():
    when = dt(2025, 3, 10, 15, 0, 11)
    trace, mf = gmail_amz(FATIMA, when)
    plain = """Hello Fatima Zahra,

We are resolving case %s, as the change you asked for was carried out on 3 March (please see our previous message) and we have not heard from you since then.

Was your issue resolved?
YES - https://support.aws.amazon.com/survey/csat?caseId=%s&answer=yes
NO  - https://support.aws.amazon.com/survey/csat?caseId=%s&answer=no

If you need anything else regarding this request, reply to this e-mail within 14 days and the case will reopen.

AWS Training and Certification Customer Support
""" % ((FATIMA_CASE,) * 3)
    body = alt(text(plain, cte="base64"), text(html_wrap(p2h(plain)), "html", cte="base64"))
    hdrs = amz_dkims(when) + [("From", FORM_FROM), ("To", FATIMA), ("Subject", "Case %s resolved" % FATIMA_CASE),
                              ("Date", rfc(when)), ("Message-ID", ses_id(when))]
    emit("060-closure-referencing-earlier-completion.eml", L("survey", FATIMA_CASE, [], True), trace, hdrs, body)


BATCHES.append([m051, m052, m053, m054, m055, m056, m057, m058, m059, m060])


def main():
    for batch in BATCHES:
        for f in batch:
            f()
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    main()
