#!/usr/bin/env python3
"""Generator for blind set 240: paraphrased, conversational English mails about
merging AWS Certification accounts, plus look-alikes. Writes NNN-*.eml and labels.json."""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(240)
UTC = dt.timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
POL = policy.compat32.clone(linesep="\n", max_line_length=78)

LABELS = {}
NEWTEXT = {}
COUNTER = [0]

PYCODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8",
           "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


# ---------------------------------------------------------------- small helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(when, suffix):
    return "%d%05d" % (int(when.timestamp()), suffix)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ses_id(when, region="email"):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def ses_bounce(when):
    return ses_id(when)[1:-1]


def rfc(when, tz=None):
    if tz is not None:
        when = when.astimezone(tz)
    return format_datetime(when)


def gtime(when):
    """Gmail Received timestamp: Pacific time with (PDT)/(PST)."""
    w = when.astimezone(PT)
    return format_datetime(w) + " (%s)" % w.tzname()


def fold(value, indent="        "):
    """Join a list of header chunks with folding."""
    return ("\n" + indent).join(value)


def dkim(domain, selector, when, headers="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type",
         c="relaxed/simple", extra=""):
    b = "b=" + rb64(192)
    chunks = [b[i:i + 72] for i in range(0, len(b), 72)]
    return fold(["v=1; a=rsa-sha256; q=dns/txt; c=%s;" % c,
                 "s=%s; d=%s; t=%d;%s" % (selector, domain, int(when.timestamp()), extra),
                 "h=%s;" % headers,
                 "bh=%s;" % rb64(32)] + chunks, indent="\t")


AMZ_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


# ---------------------------------------------------------------- trace blocks
def gmail_trace(rcpt, when, ip, host, mailfrom, ar_lines, spf="pass", arc=True):
    """Headers a Gmail mailbox shows above the sender's own headers."""
    t = when + dt.timedelta(seconds=RNG.randint(1, 4))
    smtpid = ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")
    hs = []
    hs.append(("Delivered-To", rcpt))
    hs.append(("Received", fold(["by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;" % (
        rhex(4), rhex(3), rhex(3), rhex(4), smtpid[:14]), gtime(t)])))
    hs.append(("X-Google-Smtp-Source", "AGHT+I" + ralnum(80)))
    hs.append(("X-Received", fold(["by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s;" % (
        rhex(4), rhex(3), rhex(3), rhex(4), smtpid[:18]), gtime(t)])))
    ar = fold(["mx.google.com;"] + ar_lines, indent="       ")
    if arc:
        hs.append(("ARC-Seal", fold(["i=1; a=rsa-sha256; t=%d; cv=none;" % int(t.timestamp()),
                                      "d=google.com; s=arc-20240605;",
                                      "b=" + rb64(60), rb64(60)])))
        hs.append(("ARC-Message-Signature", fold([
            "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;",
            "h=feedback-id:mime-version:subject:message-id:to:from:date",
            "        :dkim-signature:dkim-signature;",
            "bh=%s;" % rb64(32), "fh=%s;" % rb64(32),
            "b=" + rb64(60), rb64(60)])))
        hs.append(("ARC-Authentication-Results", "i=1; " + ar))
    hs.append(("Return-Path", "<%s>" % mailfrom))
    hs.append(("Received", fold(["from %s (%s. [%s])" % (host, host, ip),
                                  "by mx.google.com with ESMTPS id %s.%d.2025.%s" % (
                                      ralnum(40, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                      RNG.randint(10, 99), rhex(2)),
                                  "for <%s>" % rcpt,
                                  "(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
                                  gtime(t)])))
    mfdom = mailfrom.split("@")[-1]
    hs.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
        spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)))
    hs.append(("Authentication-Results", ar))
    return hs


def g_ar_aws(mailfrom, ip, from_dom="amazon.com", dkim_res="pass", dmarc="pass", spf="pass"):
    b1, b2 = ralnum(8), ralnum(8)
    lines = ["dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim_res, from_dom, AMZ_SEL, b1),
             "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;" % (SES_SEL, b2),
             "spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (
                 spf, mailfrom, ip, mailfrom),
             "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dmarc, from_dom)]
    return lines


def outlook_trace(rcpt, when, ip, host, mailfrom, ar, tenant_host="AM0PR02MB5635.eurprd02.prod.outlook.com"):
    t = when + dt.timedelta(seconds=RNG.randint(1, 5))
    hs = []
    hs.append(("Received", fold(["from %s (::1) by" % tenant_host,
                                  "%s with HTTPS; %s" % (tenant_host, rfc(t, UTC))])))
    hs.append(("Received", fold(["from AS4P190CA0031.EURP190.PROD.OUTLOOK.COM (2603:10a6:20b:5d0::19)",
                                  "by %s (2603:10a6:208:16a::14) with" % tenant_host,
                                  "Microsoft SMTP Server (version=TLS1_2,",
                                  "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8746.28; %s" % rfc(t, UTC)])))
    hs.append(("Received", fold(["from AM3PEPF0000A791.eurprd04.prod.outlook.com",
                                  "(2603:10a6:20b:5d0:cafe::cd) by AS4P190CA0031.outlook.office365.com",
                                  "(2603:10a6:20b:5d0::19) with Microsoft SMTP Server (version=TLS1_3,",
                                  "cipher=TLS_AES_256_GCM_SHA384) id 15.20.8746.29 via Frontend Transport; %s" % rfc(t, UTC)])))
    hs.append(("Authentication-Results", ar))
    hs.append(("Received-SPF", fold(["Pass (protection.outlook.com: domain of %s" % mailfrom.split("@")[-1],
                                      "designates %s as permitted sender)" % ip,
                                      "receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (ip, host)])))
    hs.append(("Received", fold(["from %s (%s) by" % (host, ip),
                                  "AM3PEPF0000A791.mail.protection.outlook.com (10.167.16.120) with Microsoft",
                                  "SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8746.28",
                                  "via Frontend Transport; %s" % rfc(t, UTC)])))
    return hs


def o_ar(mailfrom_dom, ip, from_dom, dkim_d=None, dkim_res="pass", dmarc="pass", spf="pass",
         action="none", compauth="pass reason=100"):
    dkim_d = dkim_d or from_dom
    return fold(["spf=%s (sender IP is %s)" % (spf, ip),
                 "smtp.mailfrom=%s; dkim=%s (signature was verified)" % (mailfrom_dom, dkim_res),
                 "header.d=%s;dmarc=%s action=%s" % (dkim_d, dmarc, action),
                 "header.from=%s;compauth=%s" % (from_dom, compauth)], indent=" ")


def jp_trace(rcpt, when, ip, host, mailfrom, authserv, ar_body, relay):
    t = when + dt.timedelta(seconds=RNG.randint(2, 9))
    hs = []
    hs.append(("Return-Path", "<%s>" % mailfrom))
    hs.append(("Delivered-To", rcpt))
    hs.append(("Received", fold(["from %s (%s [%s])" % (relay, relay, "10.%d.%d.%d" % (
        RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250))),
                                  "by %s with ESMTP id %s" % ("mbox01." + relay.split(".", 1)[1] if "." in relay else relay,
                                                             ralnum(12, "0123456789ABCDEF")),
                                  "for <%s>; %s" % (rcpt, rfc(t, JST))])))
    hs.append(("Authentication-Results", "%s; %s" % (authserv, ar_body)))
    hs.append(("Received", fold(["from %s (%s [%s])" % (host, host, ip),
                                  "by %s (Postfix) with ESMTPS id %s" % (relay, ralnum(10, "0123456789ABCDEF")),
                                  "for <%s>; %s" % (rcpt, rfc(t, JST))])))
    return hs


def ses_received(when, ip):
    return [("Received", fold(["from a%s.smtp-out.amazonses.com (a%s.smtp-out.amazonses.com [%s])" % (
        ip.split(".", 2)[2].replace(".", "-"), ip.split(".", 2)[2].replace(".", "-"), ip),
        "by smtp-out.amazonses.com with ESMTP id %s; %s" % (rhex(16), rfc(when, UTC))]))]


def ses_host(ip):
    tail = ip.split(".", 2)[2].replace(".", "-")
    return "a%s.smtp-out.amazonses.com" % ("8-" + ip.split(".")[-1] if ip.startswith("54.240.8") else tail)


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label_charset=None):
    raw = text.encode(PYCODEC.get(charset, charset))
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label_charset or charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def alt(plain, htm, boundary=None, **kw):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 9999999), RNG.randint(100000000, 999999999), RNG.randint(1700000000000, 1760000000000))))
    pc = kw.get("pcte", "quoted-printable")
    hc = kw.get("hcte", "quoted-printable")
    cs = kw.get("charset", "utf-8")
    m.attach(tpart(plain, "plain", cs, pc, kw.get("label_charset")))
    m.attach(tpart(htm, "html", cs, hc, kw.get("label_charset")))
    del m["MIME-Version"]
    return m


def gmail_boundary():
    return "000000000000" + rhex(16)


def esc(s):
    return html.escape(s, quote=False)


def para_html(text):
    """Plain text with blank-line paragraphs -> simple HTML paragraphs; '>' lines -> blockquote."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % para_html(inner))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    return "\n".join(out)


def aws_html(body_text, footer=True, title="Amazon Web Services"):
    foot = ""
    if footer:
        foot = ('<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed '
                'by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>')
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<div style=\"max-width:640px\">\n%s\n%s\n</div>\n</body></html>\n" % (esc(title), para_html(body_text), foot))


# ---------------------------------------------------------------- assembling
ACC_RE = re.compile(r"\bAWS[ \-]?(\d{8})\b", re.I)


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ACC_RE.finditer(text)})


def enc_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def emit(slug, label, trace, head, body, new, extra_after=()):
    """trace: list of (name, value) put on top; head: list of (name, value) message headers;
    body: email MIME part; new: the new (unquoted) text of the mail for the id check."""
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], slug)
    lines = []
    for k, v in list(trace) + list(head):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in extra_after:
        lines.append("%s: %s" % (k, v))
    top = ("\n".join(lines) + "\n").encode("utf-8")
    raw = top + body.as_bytes(policy=POL)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    lab = {"kind": label["kind"], "case_id": label.get("case_id"),
           "account_ids": sorted(set(label.get("accounts", []))),
           "sender_verified": label["verified"], "language": label.get("lang", "en")}
    got = ids_in(new)
    assert got == lab["account_ids"], (fname, got, lab["account_ids"])
    LABELS[fname] = lab
    NEWTEXT[fname] = new
    return fname


def aws_head(frm, to, subject, when, msgid=None, extra=()):
    hs = [("Date", rfc(when, UTC)), ("From", frm), ("To", to),
          ("Message-ID", msgid or ses_id(when)), ("Subject", subject)]
    hs += list(extra)
    return hs


def aws_mail(slug, label, *, rcpt, to=None, when, subject, body, new, trace="gmail",
             frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             ip="54.240.8.35", dmarc="pass", dkim_res="pass", jp=None, extra=()):
    mailfrom = ses_bounce(when)
    host = ses_host(ip)
    if trace == "gmail":
        tr = gmail_trace(rcpt, when, ip, host, mailfrom, g_ar_aws(mailfrom, ip, dkim_res=dkim_res, dmarc=dmarc))
    elif trace == "outlook":
        tr = outlook_trace(rcpt, when, ip, host, mailfrom,
                           o_ar("amazonses.com", ip, "amazon.com", dkim_res=dkim_res, dmarc=dmarc))
    elif trace == "jp":
        authserv, relay = jp
        tr = jp_trace(rcpt, when, ip, host, mailfrom, authserv,
                      fold(["spf=pass smtp.mailfrom=%s;" % mailfrom,
                            "dkim=%s header.d=amazon.com header.s=%s;" % (dkim_res, AMZ_SEL),
                            "dmarc=%s header.from=amazon.com" % dmarc], indent=" "), relay)
    elif trace == "none":
        tr = [("Return-Path", "<%s>" % mailfrom),
              ("Received", fold(["from %s (%s [%s]) by mail.example-corp.local with ESMTP" % (host, host, ip),
                                 "id %s; %s" % (rhex(12), rfc(when, UTC))]))]
    else:
        tr = list(trace)
    tr = tr + [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, when)),
               ("DKIM-Signature", dkim("amazonses.com", SES_SEL, when, extra=""))]
    head = aws_head(frm, to or rcpt, subject, when, extra=extra)
    tail = [("Content-Type", None)]  # placeholder, not used
    ex = [("X-SES-Outgoing", "%s-%s" % (when.strftime("%Y.%m.%d"), ip)),
          ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33).rstrip("="))]
    return emit(slug, label, tr, head, body, new, extra_after=ex)



def other_mail(slug, label, *, rcpt, when, frm, subject, body, new, trace, ip, host, mailfrom,
               ar=None, dkims=(), msgid=None, to=None, extra_head=(), extra_after=(), forged=(),
               jp=None, tz=UTC):
    if trace == "gmail":
        tr = gmail_trace(rcpt, when, ip, host, mailfrom, ar)
    elif trace == "outlook":
        tr = outlook_trace(rcpt, when, ip, host, mailfrom, ar)
    elif trace == "jp":
        tr = jp_trace(rcpt, when, ip, host, mailfrom, jp[0], ar, jp[1])
    elif trace == "none":
        tr = [("Return-Path", "<%s>" % mailfrom),
              ("Received", fold(["from %s (%s [%s])" % (host, host, ip),
                                 "by mail.example-corp.local (8.15.2/8.15.2) with ESMTPS id %s" % ralnum(14),
                                 "for <%s>; %s" % (rcpt, rfc(when + dt.timedelta(seconds=2), tz))]))]
    else:
        tr = list(trace)
    tr = tr + list(forged)
    for d, sel in dkims:
        tr.append(("DKIM-Signature", dkim(d, sel, when)))
    head = [("Date", rfc(when, tz)), ("From", frm), ("To", to or rcpt),
            ("Message-ID", msgid or "<%s@%s>" % (ralnum(22), host)), ("Subject", subject)]
    head += list(extra_head)
    return emit(slug, label, tr, head, body, new, extra_after=extra_after)


def credly_mail(slug, label, *, rcpt, when, subject, body, new, trace="gmail", issuer="Amazon Web Services Training and Certification",
                addr="admin@credly.com", dom="credly.com", dmarc="pass", extra_ar=None):
    local = rcpt.replace("@", "=")
    mailfrom = "bounces+%d-%s-%s@em.%s" % (RNG.randint(1000000, 9999999), rhex(4), local, dom)
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    host = "o%d.em.%s" % (RNG.randint(1, 9), dom)
    if trace == "gmail":
        ar = ["dkim=pass header.i=@%s header.s=s1 header.b=%s;" % (dom, ralnum(8)),
              "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;" % ralnum(8),
              "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";" % (mailfrom, ip, mailfrom),
              "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dmarc, dom)]
    else:
        ar = extra_ar or o_ar("em." + dom, ip, dom, dmarc=dmarc)
    frm = enc_addr("%s via Credly" % issuer, addr)
    return other_mail(slug, label, rcpt=rcpt, when=when, frm=frm, subject=subject, body=body, new=new,
                      trace=trace, ip=ip, host=host, mailfrom=mailfrom, ar=ar,
                      dkims=[(dom, "s1"), ("sendgrid.info", "smtpapi")],
                      msgid="<%s@geopod-ismtpd-%d>" % (ralnum(22), RNG.randint(1, 40)),
                      extra_after=[("X-SG-EID", ralnum(60)), ("X-Entity-ID", "u001." + ralnum(20))])


def L(kind, case_id=None, accounts=(), verified=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "accounts": list(accounts), "verified": verified, "lang": lang}


# ====================================================================== MAILS
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# ---------------------------------------------------------------- T1 Priya (form case, Gmail)
P_RCPT = "priya.raman@gmail.com"
P_OPEN = T(2025, 5, 27, 23, 2, 11)
P_CASE = cid15(P_OPEN, 417)
P_OLD, P_NEW = "AWS04417823", "AWS09921356"
P_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE

P_FORM = """Inquiry type: AWS Training and Certification
Detail: Account Merge
Name: Priya Raman
Email: priya.raman@gmail.com
AWS candidate ID: AWS09921356
Description: Hi, I have two certification profiles. The old one (AWS 04417823) was
made with my former employer's address priya.raman@northwind-analytics.com which I
can no longer access. I'd like everything in one place on my personal login
(AWS09921356). Thanks!"""

new = """Hi Priya,

Just a quick note to say your message reached us and we've given it the
reference number %s.

Someone from our Training and Certification team will pick it up and write
back to you at this address, usually within a day. You don't need to do
anything in the meantime. If you think of something to add, simply reply to
this email and it will be attached to the same request.

One small favour: please don't send the form in again for the same thing, as
that starts a separate request and tends to slow everything down.

Thanks for your patience,
AWS Training and Certification""" % P_CASE
plain = new + "\n\n---------- What you sent us ----------\n" + P_FORM + "\n"
htm = aws_html(new + "\n\n" + "\n".join("> " + l for l in ("---------- What you sent us ----------\n" + P_FORM).split("\n")))
aws_mail("ack-reference-number-given", L("case_created", P_CASE), rcpt=P_RCPT, when=P_OPEN + dt.timedelta(seconds=3),
         subject="[CASE %s] We've got your message - AWS Training and Certification" % P_CASE,
         body=alt(plain, htm), new=new)

P_T2 = T(2025, 5, 28, 10, 14, 52)
new = """Hello Priya,

Greetings of the day!

Thank you for writing to us. I have gone through both the profiles you mentioned
and below is what I found:

Profile 1: AWS04417823
Login email: priya.raman@northwind-analytics.com
Certifications: AWS Certified Cloud Practitioner

Profile 2: AWS09921356
Login email: priya.raman@gmail.com
Certifications: AWS Certified Solutions Architect - Associate, AWS Certified
Developer - Associate

As per your request, everything from Profile 1 will be moved onto Profile 2.
Profile 2 will be the one you keep using, and Profile 1 will be closed
after that. Kindly note that once this is done it cannot be reversed later,
so please check the details carefully.

Request you to kindly revert back on this same email with your go-ahead so
that we can start the process from our end.

Regards,
Ramesh K.
Amazon Web Services Training and Certification"""
q = "\n\n---Original Message---\n" + P_FORM
aws_mail("agent-lists-two-profiles-asks-go-ahead", L("merge_confirmation_requested", P_CASE, [P_OLD, P_NEW]),
         rcpt=P_RCPT, when=P_T2, subject=P_SUBJ,
         body=alt(new + q + "\n", aws_html(new + "\n\n" + "\n".join("> " + l for l in q.strip().split("\n")))),
         new=new, ip="54.240.8.91")

P_T3 = T(2025, 5, 28, 14, 31, 7)
new = """Hi Priya,

Thanks for getting back to me so quickly, that's all I needed.

I've handed this over to the team that does the back-end work and they'll
take it from here. It normally takes them one to three working days. I'll
write to you again as soon as I hear back, so there's nothing else you need to
do for now.

Have a good rest of your week!

Ramesh K.
Amazon Web Services Training and Certification"""
q = """On Wed, 28 May 2025 at 11:40, Priya Raman <priya.raman@gmail.com> wrote:
> Hi Ramesh,
>
> Yes, that's all correct - please go ahead and move AWS04417823 into
> AWS09921356.
>
> Thanks,
> Priya
>
> On Wed, 28 May 2025 at 11:14, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Priya,
> >
> > Greetings of the day!
> >
> > Profile 1: AWS04417823
> > Profile 2: AWS09921356
> > ...
> > Request you to kindly revert back on this same email with your go-ahead
> > so that we can start the process from our end."""
aws_mail("agent-thanks-handed-to-backend", L("support_reply", P_CASE), rcpt=P_RCPT, when=P_T3, subject=P_SUBJ,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + q)), new=new, ip="54.240.8.17")

P_T4 = T(2025, 5, 30, 6, 48, 30)
new = """Hi Priya,

Good news - it's finished.

Everything that used to sit under AWS04417823 now lives on AWS09921356, so from
today please sign in with priya.raman@gmail.com. The old login tied to your
former employer's address won't work any more.

When you get a minute, it's worth logging in to check that all three of your
certifications are showing and that your 50% exam voucher is still there. Your
Credly badges usually follow within a day or two. If anything looks off, just
reply to this email and I'll take another look.

All the best,
Ramesh K.
Amazon Web Services Training and Certification"""
aws_mail("its-finished-everything-on-one-login", L("merge_completed", P_CASE, [P_OLD, P_NEW]), rcpt=P_RCPT,
         when=P_T4, subject=P_SUBJ, body=alt(new + "\n", aws_html(new)), new=new, ip="54.240.8.44")

P_T5 = P_T4 + dt.timedelta(minutes=9, seconds=12)
new = """Hi Priya,

We hope we were able to sort things out for you. Our records show that your
request %s has now been wrapped up.

Did we fix your problem?
Yes:  https://support.aws.amazon.com/#/feedback?displayId=%s&resolved=yes
No:   https://support.aws.amazon.com/#/feedback?displayId=%s&resolved=no

We'd also love to hear how Ramesh did. It takes less than a minute and every
answer is read by the team.

If you still need help with the same thing, reply within 14 days and we'll
pick it back up.

AWS Training and Certification""" % (P_CASE, P_CASE, P_CASE)
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f">
<p>Hi Priya,</p>
<p>We hope we were able to sort things out for you. Our records show that your request <b>%s</b> has now been wrapped up.</p>
<p style="font-size:16px"><b>Did we fix your problem?</b></p>
<p><a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">Yes</a>
&nbsp;&nbsp;<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">No</a></p>
<p>We'd also love to hear how Ramesh did. It takes less than a minute and every answer is read by the team.</p>
<p>If you still need help with the same thing, reply within 14 days and we'll pick it back up.</p>
<p>AWS Training and Certification</p>
</td></tr></table></body></html>
""" % (P_CASE, P_CASE, P_CASE)
aws_mail("did-we-fix-your-problem", L("survey", P_CASE), rcpt=P_RCPT, when=P_T5,
         subject="How did we do? Your request %s" % P_CASE,
         body=tpart(htm, "html", "utf-8", "quoted-printable"), new=new, ip="54.240.8.44")

P_T6 = T(2025, 5, 31, 17, 5, 44)
new = """Hi Priya,

After a recent update to your certification profile, Amazon Web Services
Training and Certification has re-sent your AWS Certified Cloud Practitioner
badge to this email address. It's sitting in your Credly wallet now and just
needs one click from you to show up on your public profile.

Claim it here:
https://www.credly.com/badges/3f9c2a71-58e4-4d0b-9a6e-1b7f0c2d5e88/accept

Once it's on your profile you can share it on LinkedIn, add it to your email
signature, or download a PDF certificate.

Questions? Visit support.credly.com

Credly, 100 Broadway, 11th Floor, New York, NY 10005
You're receiving this because a badge was sent to priya.raman@gmail.com.
Unsubscribe: https://www.credly.com/notification_settings"""
htm = """<html><body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;margin:24px 0" cellpadding="24">
<tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="font-size:15px;color:#333">
<p>Hi Priya,</p>
<p>After a recent update to your certification profile, Amazon Web Services Training and Certification has re-sent your <b>AWS Certified Cloud Practitioner</b> badge to this email address. It's sitting in your Credly wallet now and just needs one click from you to show up on your public profile.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/3f9c2a71-58e4-4d0b-9a6e-1b7f0c2d5e88/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Claim it</a></p>
<p>Once it's on your profile you can share it on LinkedIn, add it to your email signature, or download a PDF certificate.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Questions? Visit <a href="https://support.credly.com">support.credly.com</a><br>Credly, 100 Broadway, 11th Floor, New York, NY 10005<br>You're receiving this because a badge was sent to priya.raman@gmail.com. <a href="https://www.credly.com/notification_settings">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>"""
credly_mail("credly-cloud-practitioner-resent-claim", L("credly_badge_issued"), rcpt=P_RCPT, when=P_T6,
            subject="Priya, your AWS Certified Cloud Practitioner badge is waiting in your wallet",
            body=alt(new + "\n", htm), new=new)

# ---------------------------------------------------------------- T2 Marcus (console case, Outlook, 11 digits)
M_RCPT = "marcus.feld@outlook.com"
M_CASE = "12894417360"
M_A, M_B = "AWS17730452", "AWS12065598"
M_SUBJ = "Two certification logins, want them combined"
M_OPEN = T(2023, 3, 6, 19, 22, 40)


def console_mail(slug, label, when, subject, new, body=None, ip="54.240.48.83", rcpt=M_RCPT, trace="outlook"):
    if body is None:
        body = alt(new + "\n", aws_html(new))
    return aws_mail(slug, label, rcpt=rcpt, when=when, subject=subject, body=body, new=new,
                    frm=CONSOLE, trace=trace, ip=ip)


new = """Hello,

This is just to let you know your request has been logged with AWS Support and
is in the queue for the right team.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I hold two certification profiles (one from 2019 under my uni
email, one from last year). I'd like them combined into one so all my certs
are in the same place.

You can follow along or add more details at any time here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox isn't watched, so replies to this email won't reach anyone. Please
use the link above instead.

Thanks,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210""" % (M_CASE, M_SUBJ, M_CASE)
console_mail("console-request-logged-in-queue", L("case_created", M_CASE), M_OPEN + dt.timedelta(seconds=6),
             "Amazon Web Services Support: request %s logged" % M_CASE, new)

M_T2 = T(2023, 3, 7, 15, 3, 9)
new = """Hello Marcus,

Thanks for reaching out, I'm happy to help get your certifications under one
roof.

I was able to find AWS17730452 on our side, but I'm struggling to locate the
second profile from 2019. Could you send me two things?

1. The email address you used to sign in to the older profile (your uni
   address, I'm guessing, but please write it out in full).
2. Which of the two you'd like to keep using going forward. Whichever one you
   pick will hold everything at the end, and the other one goes away.

Just add a reply in the Support Center and I'll carry on from there.

Best regards,
Jonah P.
Amazon Web Services

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId=%s&questionnaireId=Support-CaseCorrespondence-Rating&displayId=%s

Please sign in to the Support Center to reply; this email address cannot accept
replies.""" % (rhex(32), M_CASE)
console_mail("console-agent-asks-old-login-and-which-to-keep", L("support_reply", M_CASE, [M_A]), M_T2,
             "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), new)

M_T3 = T(2023, 3, 9, 9, 41, 55)
new = """Hello,

Someone on our team has written back to you about case %s
("%s").

To read what they said and to answer, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We can't see replies sent to this address, so please answer through the link.

Thanks,
Amazon Web Services""" % (M_CASE, M_SUBJ, M_CASE)
console_mail("console-someone-wrote-back-notice", L("support_reply", M_CASE), M_T3,
             "[Case %s] Someone has written back to you" % M_CASE, new)

new = """Hello Marcus,

Thank you, that was exactly what I needed, and I've found the 2019 profile now.

Here is the plan, so you can check it before anything happens:

  - Staying:  AWS-17730452 (sign-in: marcus.feld@outlook.com)
              AWS Certified Solutions Architect - Professional (2022)
  - Going:    AWS-12065598 (sign-in: m.feld@student.tu-berlin.de)
              AWS Certified Cloud Practitioner (2019, expired)
              AWS Certified Developer - Associate (2020)

Everything on the second one will be folded into the first, and the second
sign-in will stop working. We aren't able to split them apart again afterwards.

If that all looks right, just add a short reply in the Support Center saying so
and I'll get it started. If anything's wrong, let me know what to change.

Best regards,
Jonah P.
Amazon Web Services

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId=%s&questionnaireId=Support-CaseCorrespondence-Rating&displayId=%s""" % (rhex(32), M_CASE)
console_mail("console-plan-staying-going-reply-if-right", L("merge_confirmation_requested", M_CASE, [M_A, M_B]),
             M_T3 + dt.timedelta(seconds=2), "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), new, ip="54.240.48.101")

M_T5 = T(2023, 3, 13, 11, 20, 3)
new = """Hello Marcus,

That's all done. The 2019 profile has been rolled into AWS17730452, so your
Cloud Practitioner and Developer certifications now appear alongside your
Professional one, under marcus.feld@outlook.com.

As there's nothing left to do here I'm going to resolve this case. If something
doesn't look right, you can reopen it from the Support Center within the next
two weeks and it will come straight back to me.

You'll probably get a short survey about this case - any feedback is really
appreciated.

Best regards,
Jonah P.
Amazon Web Services

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId=%s&questionnaireId=Support-CaseCorrespondence-Rating&displayId=%s""" % (rhex(32), M_CASE)
console_mail("console-all-done-resolving-case", L("merge_completed", M_CASE, [M_A]), M_T5,
             "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), new, ip="54.240.48.22")

M_T6 = M_T5 + dt.timedelta(hours=1, minutes=2)
new = """Hello,

Your case %s has been marked as resolved.

We'd like to know how we did. Would you take 30 seconds to tell us about
your experience with AWS Support on this case?

Rate your experience: https://amazonwebservices.qualtrics.com/jfe/form/SV_6Gk2mRzN3?displayId=%s&lang=en

If you still need help, you can reopen the case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

Thanks for being an AWS customer.
Amazon Web Services""" % (M_CASE, M_CASE, M_CASE)
console_mail("console-resolved-30-seconds-tell-us", L("survey", M_CASE), M_T6,
             "How was your experience with case %s?" % M_CASE, new, ip="54.240.48.22")

M_T7 = T(2023, 3, 14, 2, 11, 37)
new = """Marcus,

Nice work! Amazon Web Services Training and Certification has just sent you a
badge for AWS Certified Developer - Associate. It's been added to your Credly
account and is ready for you to take ownership of.

Take it: https://www.credly.com/earner/earned/badge/8e1d6c3b-2f47-4a09-b3d5-9c0e7a61f2b4

Showcasing your badge on LinkedIn helps employers see the skills you've got.

Credly, 100 Broadway, 11th Floor, New York, NY 10005"""
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto">
<p><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="badge"></p>
<p>Marcus,</p>
<p>Nice work! Amazon Web Services Training and Certification has just sent you a badge for <b>AWS Certified Developer - Associate</b>. It's been added to your Credly account and is ready for you to take ownership of.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8e1d6c3b-2f47-4a09-b3d5-9c0e7a61f2b4" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Take it</a></p>
<p>Showcasing your badge on LinkedIn helps employers see the skills you've got.</p>
<p style="font-size:11px;color:#999">Credly, 100 Broadway, 11th Floor, New York, NY 10005</p>
</div></body></html>"""
credly_mail("credly-developer-associate-sent-to-you", L("credly_badge_issued"), rcpt=M_RCPT, when=M_T7,
            subject="Marcus, you've got a new badge from Amazon Web Services Training and Certification",
            body=alt(new + "\n", htm, pcte="7bit", hcte="quoted-printable"), new=new, trace="outlook")

# ---------------------------------------------------------------- T3 Sato (Japanese, nifty)
Y_RCPT = "sato.yuki@nifty.com"
Y_OPEN = T(2025, 2, 10, 0, 15, 26)
Y_CASE = cid15(Y_OPEN, 1182)
Y_KEEP, Y_OLD = "AWS20581364", "AWS03319875"
Y_JP = ("mtain-ea03.nifty.com", "mtain-ea03.nifty.com")
new = """佐藤 由紀 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

お送りいただいた内容は、受付番号 %s として承りました。
担当者が内容を確認のうえ、原則として24時間以内に本メールアドレス宛にご連絡
いたします。今しばらくお待ちくださいませ。

追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信
ください。同じ受付番号に自動で記録されます。
なお、同じ内容で改めてフォームを送信されますと、別件として扱われ、ご案内が
遅れる場合がございますので、ご了承ください。

AWS トレーニングと認定 サポートチーム""" % Y_CASE
aws_mail("ja-uketsuke-bangou-iso2022jp", L("case_created", Y_CASE, lang="ja"), rcpt=Y_RCPT,
         when=Y_OPEN + dt.timedelta(seconds=4),
         subject=enc_subject("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % Y_CASE, "iso-2022-jp"),
         body=tpart(new + "\n", "plain", "iso-2022-jp", "7bit", label_charset="ISO-2022-JP"), new=new, trace="jp", jp=Y_JP)

Y_T2 = T(2025, 2, 11, 1, 47, 3)
Y_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % Y_CASE
new = """佐藤 由紀 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の中村でございます。

お申し出いただきました2つの認定アカウントの一本化につきまして、
下記の内容で手続きを進めさせていただきたく存じます。

　■ 今後ご利用いただくアカウント：AWS20581364（sato.yuki@nifty.com）
　■ 取り込まれるアカウント　　　：AWS03319875（y-sato@kaisha-example.co.jp）

手続き完了後、AWS03319875 に紐づく認定資格はすべて AWS20581364 へ移り、
AWS03319875 ではサインインできなくなります。
また、一度お手続きを完了いたしますと、元の状態に戻すことはできかねます。

恐れ入りますが、上記内容にお間違いがないかご確認のうえ、
本メールへのご返信にてお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

中村 彩
アマゾン ウェブ サービス トレーニングと認定"""
q = """---Original Message---
お問い合わせ種別: AWS Training and Certification
詳細: Account Merge
AWS 受験者 ID: AWS20581364
内容: 以前の勤務先のメールアドレスで作成したアカウント（AWS03319875）があり、
個人のアカウントにまとめたいです。"""
full = new + "\n\n" + q + "\n"
aws_mail("ja-ippon-ka-kakunin-onegai", L("merge_confirmation_requested", Y_CASE, [Y_KEEP, Y_OLD], lang="ja"),
         rcpt=Y_RCPT, when=Y_T2, subject=Y_SUBJ,
         body=alt(full, aws_html(new + "\n\n" + "\n".join("> " + l for l in q.split("\n"))), pcte="base64", hcte="base64"),
         new=new, trace="jp", jp=Y_JP, ip="54.240.8.53")

Y_T3 = T(2025, 2, 13, 5, 30, 48)
new = """佐藤 由紀 様

いつもお世話になっております。AWS トレーニングと認定の中村でございます。

ご返信いただき、ありがとうございました。
お待たせいたしましたが、本日、お手続きがすべて完了いたしましたことを
ご報告申し上げます。

以前のアカウントに登録されていた認定資格は、現在 AWS20581364 にて
ご確認いただけます。今後は sato.yuki@nifty.com にてサインインくださいませ。

Credly のバッジにつきましては、反映までに数日かかる場合がございます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

中村 彩
アマゾン ウェブ サービス トレーニングと認定"""
q = """2025年2月12日(水) 8:02 佐藤 由紀 <sato.yuki@nifty.com>:
> 中村様
>
> ご連絡ありがとうございます。
> 記載の内容で間違いありません。AWS03319875 を AWS20581364 にまとめてください。
> よろしくお願いいたします。
>
> 佐藤"""
aws_mail("ja-tetsuzuki-kanryou-shiftjis", L("merge_completed", Y_CASE, [Y_KEEP], lang="ja"),
         rcpt=Y_RCPT, when=Y_T3, subject=Y_SUBJ,
         body=tpart(new + "\n\n" + q + "\n", "plain", "shift_jis", "base64", label_charset="Shift_JIS"),
         new=new, trace="jp", jp=Y_JP, ip="54.240.8.53")

# ---------------------------------------------------------------- T4 Daniel (2020, corporate mailbox, no A-R)
D_RCPT = "daniel.okafor@brightwater-eng.co.uk"
D_CASE = "7023841196"
D_KEEP, D_OLD = "AWS11390427", "AWS08815243"
D_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CASE
D_OPEN = T(2020, 9, 8, 8, 12, 40)
new = """Hello,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know your submission arrived safely. Your
reference is %s - please keep it in the subject line if you write to
us again so everything stays together.

One of the team will be in touch within one business day.

Kind regards,
AWS Training and Certification""" % D_CASE
aws_mail("2020-submission-arrived-safely", L("case_created", D_CASE, verified=None), rcpt=D_RCPT,
         when=D_OPEN, subject="[CASE %s] Thanks for contacting AWS Training and Certification" % D_CASE,
         body=tpart(new + "\n", "plain", "us-ascii", "7bit"), new=new, trace="none", ip="54.240.9.17")

D_T2 = T(2020, 9, 9, 13, 5, 18)
new = """Hi Daniel,

Thanks for your message, and sorry for the wait.

So that I bring the right records together, could you let me have a few
details?

  * the email address each of your two profiles is registered under
  * the candidate ID of the profile you'd like to end up with
  * a line on why there are two (a change of job, a typo at sign-up, etc.)

As soon as I have those I can get things moving.

Cheers,
Hannah
AWS Training and Certification"""
q = """-----Original Message-----
Inquiry type: Certification
Detail: Account Merge
Name: Daniel Okafor
AWS candidate ID: AWS11390427
Description: I seem to have two certification accounts, can they be joined?"""
aws_mail("2020-agent-asks-emails-and-why-two", L("support_reply", D_CASE, verified=None), rcpt=D_RCPT,
         when=D_T2, subject=D_SUBJ, body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + "\n".join("> " + l for l in q.split("\n")))),
         new=new, trace="none", ip="54.240.9.17")

D_T3 = T(2020, 9, 15, 9, 0, 2)
new = """Hi Daniel,

Just floating this back to the top of your inbox - I wrote last Wednesday
asking for a couple of details about your two profiles, and I haven't seen a
reply yet. No rush, but I can't do anything more until I hear from you.

If I don't hear back in the next five working days the request will close on
its own. You can always reopen it by replying to this email.

Cheers,
Hannah
AWS Training and Certification"""
aws_mail("2020-agent-nudge-no-reply-yet", L("support_reply", D_CASE, verified=None), rcpt=D_RCPT,
         when=D_T3, subject=D_SUBJ, body=alt(new + "\n", aws_html(new)), new=new, trace="none", ip="54.240.9.44")

D_T4 = T(2020, 9, 15, 16, 42, 31)
new = """Hi Daniel,

Thanks, that's everything I need.

Before I send this off I want to double-check it with you, because once it's
done it can't be pulled apart again:

  Keeping:   AWS 11390427  (daniel.okafor@brightwater-eng.co.uk)
  Absorbed:  AWS 08815243  (dokafor88@hotmail.com) - will be deactivated

Both of your certifications will end up on AWS 11390427.

If that's right, a quick "yes, go ahead" in reply is all I need. If you'd
rather keep the hotmail one instead, just say so.

Cheers,
Hannah
AWS Training and Certification"""
q = """From: Daniel Okafor <daniel.okafor@brightwater-eng.co.uk>
Sent: Tuesday, September 15, 2020 3:18 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 7023841196] [AWS Training and Certification Form Submission] - account-assistance

Hi Hannah,

Sorry, I was away last week. Here you go:

AWS11390427 - daniel.okafor@brightwater-eng.co.uk (this is the one I want to keep)
AWS08815243 - dokafor88@hotmail.com (made this years ago before I joined Brightwater)

Thanks,
Daniel

Daniel Okafor | Senior Systems Engineer
Brightwater Engineering Ltd | +44 117 496 0321"""
aws_mail("2020-double-check-keeping-absorbed", L("merge_confirmation_requested", D_CASE, [D_KEEP, D_OLD], verified=None),
         rcpt=D_RCPT, when=D_T4, subject=D_SUBJ,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + "\n".join("> " + l for l in q.split("\n")))),
         new=new, trace="none", ip="54.240.9.44")

D_T5 = T(2020, 9, 17, 10, 26, 55)
new = """Hi Daniel,

Quick update for you: your two profiles are now one. AWS 11390427 holds both
of your certifications, and the old hotmail sign-in has been switched off.

It can take a few hours for the CertMetrics dashboard to catch up, so if
something's missing when you first log in, give it until tomorrow before
worrying.

Cheers,
Hannah
AWS Training and Certification"""
q = """-----Original Message-----
From: Daniel Okafor <daniel.okafor@brightwater-eng.co.uk>
Sent: Wednesday, September 16, 2020 8:51 AM
Subject: RE:[CASE 7023841196] ...

Yes, go ahead. Thanks Hannah!

> Keeping:   AWS 11390427  (daniel.okafor@brightwater-eng.co.uk)
> Absorbed:  AWS 08815243  (dokafor88@hotmail.com) - will be deactivated"""
aws_mail("2020-profiles-are-now-one", L("merge_completed", D_CASE, [D_KEEP], verified=None), rcpt=D_RCPT,
         when=D_T5, subject=D_SUBJ, body=alt(new + "\n\n" + q + "\n", aws_html(new)), new=new, trace="none", ip="54.240.9.17")

D_T6 = D_T5 + dt.timedelta(minutes=3)
new = """Hello Daniel,

We've closed off request %s.

Did we get you what you needed?
  Yes - https://aws.amazon.com/training/feedback?ref=%s&r=1
  No  - https://aws.amazon.com/training/feedback?ref=%s&r=0

Your answer goes straight to the team and helps us get better. Thank you!

AWS Training and Certification""" % (D_CASE, D_CASE, D_CASE)
aws_mail("2020-closed-off-did-we-get-you", L("survey", D_CASE, verified=None), rcpt=D_RCPT,
         when=D_T6, subject="[CASE %s] Did we get you what you needed?" % D_CASE,
         body=alt(new + "\n", aws_html(new), pcte="7bit"), new=new, trace="none", ip="54.240.9.17")

# ---------------------------------------------------------------- T5 Lucia (two cases, duplicate)
LU_RCPT = "lucia.fdez.arq@gmail.com"
LU_OPEN1 = T(2024, 11, 4, 16, 40, 9)
LU_CASE1 = cid15(LU_OPEN1, 2290)
LU_OPEN2 = T(2024, 11, 11, 21, 3, 52)
LU_CASE2 = cid15(LU_OPEN2, 5573)
LU_KEEP, LU_OLD = "AWS06652190", "AWS14478305"
new = """Hello,

Thank you for contacting AWS Training and Certification.

This message is to let you know that what you sent us through the contact form
is now with our team under number %s. A specialist normally replies
within 24 hours, to this email address.

If you'd like to add anything, reply to this message and keep the number in the
subject.

AWS Training and Certification
https://aws.amazon.com/training/""" % LU_CASE1
aws_mail("form-now-with-our-team-number", L("case_created", LU_CASE1), rcpt=LU_RCPT,
         when=LU_OPEN1 + dt.timedelta(seconds=5),
         subject="[CASE %s] AWS Training and Certification - we have your message" % LU_CASE1,
         body=alt(new + "\n", aws_html(new), boundary=gmail_boundary()), new=new, ip="54.240.8.77")

new = """We're on it.

Hi there,

Your message came through and a member of the Training and Certification team
will look at it shortly. Your request number is %s.

Expect to hear from a real person within 24 hours, at this address.

AWS Training and Certification""" % LU_CASE2
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#eaeded">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;color:#ffffff;padding:20px 24px;font-size:22px">We're on it.</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#16191f">
Hi there,<br><br>
Your message came through and a member of the Training and Certification team will look at it shortly.
Your request number is <span style="font-weight:bold">%s</span>.<br><br>
Expect to hear from a real person within 24 hours, at this address.<br><br>
AWS Training and Certification
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #d5dbdb">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. | 410 Terry Ave. North, Seattle, WA 98109-5210
</td></tr></table></td></tr></table></body></html>
""" % LU_CASE2
aws_mail("html-only-were-on-it", L("case_created", LU_CASE2), rcpt=LU_RCPT,
         when=LU_OPEN2 + dt.timedelta(seconds=3),
         subject="We're on it: request %s" % LU_CASE2,
         body=tpart(htm, "html", "utf-8", "base64"), new=new, ip="54.240.8.12")

LU_T3 = T(2024, 11, 12, 14, 18, 40)
new = """Hi Lucia,

Thanks for writing in again, and I'm sorry the first request went quiet on
you - that shouldn't have happened.

I can see you already asked us about this on %s, so I'm going to
carry on with you there rather than here, and this newer request will be
closed so the two don't get crossed. Nothing is lost; everything you wrote in
both is in front of me.

You'll get a reply on the older thread shortly. For the future, replying to
an existing email from us is the quickest way to get our attention, as a new
request joins the back of the queue.

Best,
Valentina
AWS Training and Certification""" % LU_CASE1
q = """---Original Message---
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS06652190
Description: Second time asking - I wrote a week ago and heard nothing. I have
two profiles (AWS06652190 and AWS14478305) and want one. Please help."""
aws_mail("sorry-first-went-quiet-carry-on-older", L("support_reply", LU_CASE2), rcpt=LU_RCPT, when=LU_T3,
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LU_CASE2,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + "\n".join("> " + l for l in q.split("\n"))),
                  boundary=gmail_boundary()), new=new, ip="54.240.8.77")

LU_T4 = LU_T3 + dt.timedelta(minutes=4, seconds=31)
new = """Hello,

Request %s has now been closed.

If it was closed before you got what you needed, simply reply to this message
within 14 days and it will be reopened.

How did we do? Pick a face to tell us:
  :)  https://aws.amazon.com/training/feedback?case=%s&score=3
  :|  https://aws.amazon.com/training/feedback?case=%s&score=2
  :(  https://aws.amazon.com/training/feedback?case=%s&score=1

AWS Training and Certification""" % (LU_CASE2, LU_CASE2, LU_CASE2, LU_CASE2)
aws_mail("request-closed-pick-a-face", L("survey", LU_CASE2), rcpt=LU_RCPT, when=LU_T4,
         subject="Request %s closed - how did we do?" % LU_CASE2,
         body=alt(new + "\n", aws_html(new)), new=new, ip="54.240.8.12")

LU_T5 = T(2024, 11, 12, 15, 2, 11)
new = """Hi Lucia,

As promised, picking this up here. Again, apologies for the silence last week.

I've found both profiles. This is what I would do:

  aws14478305 (lucia.fernandez@estudio-lf.es) -> goes into aws06652190
  aws06652190 (lucia.fdez.arq@gmail.com)      -> stays, and is the one you sign in with

Your three certifications would all end up under aws06652190. After that the
estudio-lf.es login is retired, and this can't be unpicked later.

Is that what you want? Reply "yes" and I'll get it moving today. If you'd
prefer to keep the studio address as your login instead, tell me and I'll flip
it around.

Best,
Valentina
AWS Training and Certification"""
q = """On Mon, Nov 4, 2024 at 5:40 PM Lucia Fernandez <lucia.fdez.arq@gmail.com> wrote:
> Hello, I have two profiles: AWS06652190 and AWS14478305. The second one is from
> my old studio email. Can you put them together please? Thank you, Lucia"""
aws_mail("older-thread-here-is-what-i-would-do", L("merge_confirmation_requested", LU_CASE1, [LU_KEEP, LU_OLD]),
         rcpt=LU_RCPT, when=LU_T5,
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LU_CASE1,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + q), hcte="base64"), new=new, ip="54.240.8.77")

# ---------------------------------------------------------------- T8 Wei (console, 15 digits, three profiles)
W_RCPT = "wei.zhang.dev@gmail.com"
W_OPEN = T(2024, 8, 19, 3, 27, 15)
W_CASE = cid15(W_OPEN, 604)
W_KEEP, W_B, W_C = "AWS05532718", "AWS19904463", "AWS07781029"
W_SUBJ = "Certification profiles - three of them, need one"
new = """Amazon Web Services Support

Hello,

Thanks for getting in touch. We've started looking into your request.

Case ID %s
Subject %s
Severity General question
Opened by wei.zhang.dev@gmail.com

Track progress or add a comment:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Replies to this message go nowhere - please use the Support Center.

Amazon Web Services""" % (W_CASE, W_SUBJ, W_CASE)
htm = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:18px">Amazon Web Services Support</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Thanks for getting in touch. We've started looking into your request.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#687078">Case ID</td><td><b>%s</b></td></tr>
<tr><td style="color:#687078">Subject</td><td>%s</td></tr>
<tr><td style="color:#687078">Severity</td><td>General question</td></tr>
<tr><td style="color:#687078">Opened by</td><td>wei.zhang.dev@gmail.com</td></tr>
</table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Track progress or add a comment</a></p>
<p style="color:#687078;font-size:12px">Replies to this message go nowhere - please use the Support Center.</p>
<p>Amazon Web Services</p>
</td></tr></table></body></html>
""" % (W_CASE, esc(W_SUBJ), W_CASE)
aws_mail("console-html-started-looking", L("case_created", W_CASE), rcpt=W_RCPT, when=W_OPEN + dt.timedelta(seconds=7),
         subject="AWS Support: %s - case %s" % (W_SUBJ, W_CASE), frm=CONSOLE,
         body=tpart(htm, "html", "utf-8", "quoted-printable"), new=new, ip="54.240.48.5")

W_T2 = T(2024, 8, 20, 18, 55, 40)
new = """Hi Wei,

Thank you for your patience. I had a look and I can see all three of your
profiles. Here's how I'd like to set things up, please have a read:

  AWS05532718  wei.zhang.dev@gmail.com       <- this one stays
  AWS19904463  wzhang@contoso-retail.com     -> moved into AWS05532718, then retired
  AWS07781029  zhang.wei@student.ubc.ca      -> moved into AWS05532718, then retired

Your exam history, certifications and any vouchers from the other two would
all land on AWS05532718. Please be aware this is a one-way trip, we can't
separate them afterwards.

Could you let me know in the case whether that's OK? As soon as you say yes
I'll pass it to the team who do the actual work.

Best regards,
Ana
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence:
https://support.console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s""" % (rhex(32), W_CASE)
aws_mail("console-three-profiles-one-way-trip-ok", L("merge_confirmation_requested", W_CASE, [W_KEEP, W_B, W_C]),
         rcpt=W_RCPT, when=W_T2, subject="RE:[CASE %s] %s" % (W_CASE, W_SUBJ), frm=CONSOLE,
         body=alt(new + "\n", aws_html(new), boundary=gmail_boundary()), new=new, ip="54.240.48.5")

W_T3 = T(2024, 8, 22, 16, 10, 2)
new = """Hi Wei,

A quick status note so you're not left wondering: the request is with our
back-end team and is still being worked on. One of the three profiles had an
exam appointment attached to it, which needs a little extra handling, so it's
taking a bit longer than usual.

Once they've finished I'll let you know straight away, and I'll also double
check that your Credly badges have come across. There's nothing you need to do
in the meantime.

Best regards,
Ana
Amazon Web Services"""
aws_mail("console-status-still-with-backend", L("support_reply", W_CASE), rcpt=W_RCPT, when=W_T3,
         subject="RE:[CASE %s] %s" % (W_CASE, W_SUBJ), frm=CONSOLE,
         body=alt(new + "\n", aws_html(new)), new=new, ip="54.240.48.77")

W_T4 = T(2024, 8, 23, 21, 36, 29)
new = """Hi Wei,

Happy to say the back-end team has wrapped this up. You now have a single
profile, AWS05532718, and it shows your four certifications plus the exam
history from the other two. The contoso-retail and UBC logins no longer
work, so please only use wei.zhang.dev@gmail.com from now on.

Your upcoming exam on 3 September is still booked and now sits on this
profile too.

Best regards,
Ana
Amazon Web Services"""
aws_mail("console-backend-wrapped-single-profile", L("merge_completed", W_CASE, [W_KEEP]), rcpt=W_RCPT, when=W_T4,
         subject="RE:[CASE %s] %s" % (W_CASE, W_SUBJ), frm=CONSOLE,
         body=alt(new + "\n", aws_html(new), hcte="base64"), new=new, ip="54.240.48.77")

W_T5 = T(2024, 8, 26, 4, 0, 12)
new = """Quick question about case %s

Hello,

A few days ago we worked with you on "%s".

On a scale of 1 to 5, how happy were you with the help you got?
1 2 3 4 5

Your feedback is anonymous and helps us improve AWS Support.

Amazon Web Services""" % (W_CASE, W_SUBJ)
nums = "".join('<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_0rHvGz7?displayId=%s&amp;score=%d" '
               'style="display:inline-block;width:36px;padding:8px 0;margin:2px;background:#0972d3;color:#fff;text-align:center;'
               'text-decoration:none">%d</a>' % (W_CASE, i, i) for i in range(1, 6))
htm = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Arial,sans-serif">
<h2 style="font-weight:normal">Quick question about case %s</h2>
<p>Hello,</p>
<p>A few days ago we worked with you on &quot;%s&quot;.</p>
<p>On a scale of 1 to 5, how happy were you with the help you got?</p>
<p>%s</p>
<p style="font-size:12px;color:#687078">Your feedback is anonymous and helps us improve AWS Support.</p>
<p>Amazon Web Services</p>
</body></html>
""" % (W_CASE, esc(W_SUBJ), nums)
aws_mail("console-html-scale-1-to-5", L("survey", W_CASE), rcpt=W_RCPT, when=W_T5,
         subject="Quick question about case %s" % W_CASE, frm='"AWS Support" <no-reply-aws@amazon.com>',
         body=tpart(htm, "html", "utf-8", "quoted-printable"), new=new, ip="54.240.48.5")

W_T6 = T(2024, 8, 24, 9, 12, 51)
new = """Hello Wei Zhang,

Amazon Web Services Training and Certification has placed a badge in your
Credly account: AWS Certified Data Engineer - Associate.

This badge was moved here from another of your certification profiles. To make
it visible on your public profile, open it and hit the orange button.

https://www.credly.com/badges/c41e07d2-9b3a-4f85-8d6e-27a0b5f9e311

Happy sharing,
The Credly Team"""
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#fafafa">
<div style="max-width:560px;margin:20px auto;background:#fff;padding:24px">
<p>Hello Wei Zhang,</p>
<p>Amazon Web Services Training and Certification has placed a badge in your Credly account: <b>AWS Certified Data Engineer - Associate</b>.</p>
<p>This badge was moved here from another of your certification profiles. To make it visible on your public profile, open it and hit the orange button.</p>
<p><a href="https://www.credly.com/badges/c41e07d2-9b3a-4f85-8d6e-27a0b5f9e311" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">View badge</a></p>
<p>Happy sharing,<br>The Credly Team</p>
</div></body></html>"""
credly_mail("credly-badge-moved-from-other-profile", L("credly_badge_issued"), rcpt=W_RCPT, when=W_T6,
            subject="A badge from Amazon Web Services Training and Certification is in your Credly account",
            body=alt(new + "\n", htm, boundary=gmail_boundary()), new=new)

# ---------------------------------------------------------------- T9 Aisha (2021, Outlook, 11 digits)
A_RCPT = "aisha.bello@outlook.com"
A_CASE = "86731052211"
A_KEEP, A_OLD = "AWS13307284", "AWS02258816"
A_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE
A_T1 = T(2021, 6, 15, 7, 48, 20)
new = """Dear Aisha,

I checked your request. It is possible to link both of your profiles into one.
After this only one profile will remain:

Remains: AWS13307284 (aisha.bello@outlook.com)
Closed: AWS02258816 (a.bello@lagosfintech.ng) - certifications from it will be
transferred to the one that remains.

Please note this action is permanent, there is no way back after it is done.

Please answer to this email if you agree with this and I will continue with the
request.

With best regards,
Dmitri
AWS Training & Certification Customer Service"""
q = """________________________________
From: Aisha Bello <aisha.bello@outlook.com>
Sent: Monday, June 14, 2021 6:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Account Merge

Hello, I have 2 certification profiles, AWS13307284 and AWS02258816. I would
like to keep the outlook one. Regards, Aisha"""
aws_mail("outlook-link-both-profiles-answer-if-agree", L("merge_confirmation_requested", A_CASE, [A_KEEP, A_OLD]),
         rcpt=A_RCPT, when=A_T1, subject=A_SUBJ, trace="outlook",
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + "\n".join("> " + l for l in q.split("\n")))),
         new=new, ip="54.240.11.38")

A_T2 = T(2021, 6, 16, 9, 3, 47)
new = """Dear Aisha,

Thank you for your answer.

One more thing before I continue. On the old profile your name is written as
"Aisha Bello-Adeyemi", and on the outlook profile it is "Aisha Bello". Which
version of your name do you want to appear on your certificates? Please write
me the exact spelling, because it has to match your ID document when you sit
future exams.

With best regards,
Dmitri
AWS Training & Certification Customer Service"""
q = """________________________________
From: Aisha Bello <aisha.bello@outlook.com>
Sent: Tuesday, June 15, 2021 10:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 86731052211] [AWS Training and Certification Form Submission] - account-assistance

Yes I agree, please continue.

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 15, 2021 8:48 AM
Subject: RE:[CASE 86731052211] ...

Remains: AWS13307284 (aisha.bello@outlook.com)
Closed: AWS02258816 (a.bello@lagosfintech.ng)
Please answer to this email if you agree with this and I will continue with the
request."""
aws_mail("outlook-which-spelling-of-name", L("support_reply", A_CASE), rcpt=A_RCPT, when=A_T2, subject=A_SUBJ,
         trace="outlook", body=alt(new + "\n\n" + q + "\n", aws_html(new)), new=new, ip="54.240.11.38")

A_T3 = T(2021, 6, 18, 12, 30, 15)
new = """Dear Aisha,

The consolidation is finished. Now all 3 of your certifications are visible in
profile AWS13307284, with the name "Aisha Bello" as you asked. The profile
AWS02258816 is not active anymore.

Your badges on Credly will be updated automatically in the next days.

With best regards,
Dmitri
AWS Training & Certification Customer Service"""
aws_mail("outlook-consolidation-is-finished", L("merge_completed", A_CASE, [A_KEEP, A_OLD]), rcpt=A_RCPT,
         when=A_T3, subject=A_SUBJ, trace="outlook", body=alt(new + "\n", aws_html(new)), new=new, ip="54.240.11.91")

A_T4 = T(2021, 6, 19, 22, 41, 3)
new = """Aisha, your badge is ready.

Amazon Web Services Training and Certification has issued you the
AWS Certified Solutions Architect - Associate badge. Accept it to start
sharing it with your network.

Accept: https://www.youracclaim.com/earner/earned/badge/5b0d8a2e-13c4-4e9f-a77b-0e2f6c91d804

Acclaim by Credly
https://www.youracclaim.com"""
htm = """<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px">
<h2 style="color:#333">Aisha, your badge is ready.</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge. Accept it to start sharing it with your network.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/5b0d8a2e-13c4-4e9f-a77b-0e2f6c91d804" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept</a></p>
<p style="color:#999;font-size:11px">Acclaim by Credly - <a href="https://www.youracclaim.com">youracclaim.com</a></p>
</div></body></html>"""
credly_mail("acclaim-badge-is-ready", L("credly_badge_issued"), rcpt=A_RCPT, when=A_T4,
            subject="Aisha, your badge from Amazon Web Services Training and Certification is ready",
            body=alt(new + "\n", htm), new=new, trace="outlook", addr="admin@youracclaim.com", dom="youracclaim.com")

A_T5 = T(2021, 6, 21, 8, 15, 39)
new = """Dear Aisha,

I checked the benefits on your profile. The 50% discount voucher you had on the
old profile is now shown in the Benefits section of AWS13307284, it is valid
until 14 March 2022. You can use it normally when you schedule your next exam.

If you have another question, please write me.

With best regards,
Dmitri
AWS Training & Certification Customer Service"""
q = """________________________________
From: Aisha Bello <aisha.bello@outlook.com>
Sent: Sunday, June 20, 2021 7:55 PM
Subject: RE:[CASE 86731052211] ...

Thanks Dmitri! Everything looks good. Just one question, did my 50% voucher
from the old account carry over?"""
aws_mail("outlook-voucher-now-in-benefits", L("support_reply", A_CASE, [A_KEEP]), rcpt=A_RCPT, when=A_T5,
         subject=A_SUBJ, trace="outlook", body=alt(new + "\n\n" + q + "\n", aws_html(new)), new=new, ip="54.240.11.91")

A_T6 = A_T5 + dt.timedelta(days=2, hours=1, minutes=4)
new = """Dear customer,

We are writing to let you know that your case %s is resolved.

If you have more questions about this topic, you may reply to this email
within 14 days and the case will be reopened automatically. After that time, a
new request will be needed.

We would appreciate if you could spend one minute to rate the service you
received:
https://aws.amazon.com/training/support-feedback/?caseId=%s

Thank you – we’re always here to help,
AWS Training & Certification Customer Service""" % (A_CASE, A_CASE)
aws_mail("outlook-case-is-resolved-one-minute", L("survey", A_CASE), rcpt=A_RCPT, when=A_T6,
         subject="[CASE %s] resolved" % A_CASE, trace="outlook",
         body=tpart(new + "\n", "plain", "utf-8", "quoted-printable", label_charset="iso-8859-1"), new=new, ip="54.240.11.91")

# ---------------------------------------------------------------- T10 Tom (2025, Gmail, casual agent)
TH_RCPT = "tom.hughes.cloud@gmail.com"
TH_OPEN = T(2025, 9, 2, 20, 44, 5)
TH_CASE = cid15(TH_OPEN, 39)
TH_KEEP, TH_OLD = "AWS16620439", "AWS10087352"
TH_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % TH_CASE
TH_T1 = T(2025, 9, 3, 17, 12, 0)
new = """Hey Tom,

Thanks for the note. I can find the profile you're signed into now
(AWS16620439), but I'm drawing a blank on the older one.

Do you remember which email address you used back when you sat the Cloud
Practitioner? And just so I've got it right: is AWS16620439 the one you want
to hang on to, or the old one?

Cheers,
Sam
AWS Training and Certification"""
aws_mail("casual-which-email-back-then", L("support_reply", TH_CASE, [TH_KEEP]), rcpt=TH_RCPT, when=TH_T1,
         subject=TH_SUBJ, body=alt(new + "\n", aws_html(new), boundary=gmail_boundary()), new=new, ip="54.240.8.26")

TH_T2 = T(2025, 9, 4, 15, 37, 44)
new = """Hey Tom,

Found it, thanks! Here's what I'm planning:

- AWS16620439 (tom.hughes.cloud@gmail.com) stays as your one and only profile
- AWS10087352 (thughes@oldmail.co.uk) gets folded into it and then closed

Everything from the old one (the Cloud Practitioner and your exam history)
comes across. Heads up: we can't undo this afterwards.

Shout if that's wrong. Otherwise just hit reply and tell me to go for it.

Cheers,
Sam
AWS Training and Certification"""
q = """On Wed, Sep 3, 2025 at 10:02 PM Tom Hughes <tom.hughes.cloud@gmail.com> wrote:
> Hi Sam, it was thughes@oldmail.co.uk I think. And yes keep the current one.
>
> On Wed, Sep 3, 2025 at 6:12 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hey Tom,
>>
>> Thanks for the note. I can find the profile you're signed into now
>> (AWS16620439), but I'm drawing a blank on the older one."""
aws_mail("casual-heres-what-im-planning-base64", L("merge_confirmation_requested", TH_CASE, [TH_KEEP, TH_OLD]),
         rcpt=TH_RCPT, when=TH_T2, subject=TH_SUBJ,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + q), pcte="base64", hcte="base64",
                  boundary=gmail_boundary()), new=new, ip="54.240.8.26")

TH_T3 = T(2025, 9, 5, 11, 58, 31)
new = """Hey Tom,

All sorted! Your old profile is now part of AWS16620439 - log in with your
gmail and you should see the Cloud Practitioner sitting next to your newer
certs. The thughes@oldmail.co.uk login is gone.

Give Credly a day or so to catch up with the badges.

Cheers,
Sam
AWS Training and Certification"""
q = """On Thu, Sep 4, 2025 at 5:01 PM Tom Hughes <tom.hughes.cloud@gmail.com> wrote:
> Go for it, thanks Sam!
>
> > - AWS16620439 (tom.hughes.cloud@gmail.com) stays as your one and only profile
> > - AWS10087352 (thughes@oldmail.co.uk) gets folded into it and then closed"""
aws_mail("casual-all-sorted", L("merge_completed", TH_CASE, [TH_KEEP]), rcpt=TH_RCPT, when=TH_T3, subject=TH_SUBJ,
         body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + q), boundary=gmail_boundary()), new=new, ip="54.240.8.26")

TH_T4 = TH_T3 + dt.timedelta(minutes=20)
new = """Got a sec?

Hi Tom,

Sam recently helped you with request %s. Would you tell us how it went?
It's two questions and takes under a minute.

  Tell us how it went: https://aws.amazon.com/training/survey/?case=%s&agent=sam

Thanks for helping us do better,
AWS Training and Certification""" % (TH_CASE, TH_CASE)
htm = aws_html(new)
aws_mail("got-a-sec-how-sam-did", L("survey", TH_CASE), rcpt=TH_RCPT, when=TH_T4,
         subject=enc_subject("Got a sec? Tell us how request %s went \u2728" % TH_CASE),
         body=alt(new + "\n", htm), new=new, ip="54.240.8.26")

TH_T5 = T(2025, 9, 6, 8, 3, 19)
new = """Hi Tom,

Your badges have a new home.

Because your AWS certification profiles were combined, Amazon Web Services
Training and Certification has transferred 1 badge to this Credly account:

  AWS Certified Cloud Practitioner

It's waiting for you - accept it to put it on your profile:
https://www.credly.com/badges/2d6f3b80-8a1e-45c7-9f02-b7e4c18d96a5/accept

The Credly Team"""
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto;padding:20px">
<p>Hi Tom,</p>
<h2 style="font-weight:normal">Your badges have a new home.</h2>
<p>Because your AWS certification profiles were combined, Amazon Web Services Training and Certification has transferred 1 badge to this Credly account:</p>
<ul><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/badges/2d6f3b80-8a1e-45c7-9f02-b7e4c18d96a5/accept" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept badge</a></p>
<p>The Credly Team</p></div></body></html>"""
credly_mail("credly-badges-have-a-new-home", L("credly_badge_issued"), rcpt=TH_RCPT, when=TH_T5,
            subject="Your badges have a new home", body=alt(new + "\n", htm, pcte="base64"), new=new)

# ---------------------------------------------------------------- T1 extra + Jorge
P_T7 = T(2025, 6, 4, 13, 22, 8)
new = """Hi Priya,

Thanks for letting me know, and sorry about that. The certifications
themselves came across fine, but it looks like your Solutions Architect and
Developer badges are still attached to the Credly account under your old work
address.

I've asked our colleagues who look after Credly to bring them over to
priya.raman@gmail.com. That usually takes three to five working days. You'll
get an email from Credly when they arrive, and I'll keep this request open
until then.

All the best,
Ramesh K.
Amazon Web Services Training and Certification"""
q = """On Tue, 3 Jun 2025 at 19:05, Priya Raman <priya.raman@gmail.com> wrote:
> Hi Ramesh, I got the Cloud Practitioner badge on Credly but the other two
> are still showing on my old Credly login (the northwind one). Can you help?
> Thanks, Priya"""
aws_mail("asked-credly-colleagues-to-bring-badges", L("support_reply", P_CASE), rcpt=P_RCPT, when=P_T7,
         subject=P_SUBJ, body=alt(new + "\n\n" + q + "\n", aws_html(new + "\n\n" + q), boundary=gmail_boundary()),
         new=new, ip="54.240.8.91")

J_RCPT = "jorge.medina77@yahoo.com"
J_CASE = "10422987153"
J_T1 = T(2022, 4, 20, 18, 7, 33)
new = """Hi Jorge,

Thanks for the extra details.

I tried sending a check message to the address on your second profile
(jmedina@medina-consulting.mx) and it bounced, so I can't verify that profile
the usual way. Would you be able to send me a screenshot of the certification
dashboard for each of your two profiles, showing the candidate ID and the name
at the top right? A photo from your phone is fine.

With that I can make sure I'm looking at the right records before going any
further.

Kind regards,
Priyanka S.
AWS Training and Certification"""
q = """-----Original Message-----
From: Jorge Medina <jorge.medina77@yahoo.com>
Sent: Wed, Apr 20, 2022 05:51 AM
Subject: RE:[CASE 10422987153] [AWS Training and Certification Form Submission] - account-assistance

The other one is AWS 21190874, I think the email was jmedina@medina-consulting.mx
but that domain doesn't exist any more."""
mailfrom = ses_bounce(J_T1)
ytrace = [("Return-Path", "<%s>" % mailfrom),
          ("Received", fold(["from 10.197.33.141", "by atlas101.free.mail.bf1.yahoo.com with HTTP; %s" % rfc(J_T1 + dt.timedelta(seconds=3), UTC)])),
          ("X-Originating-Ip", "[54.240.8.66]"),
          ("Received-SPF", "pass (domain of amazonses.com designates 54.240.8.66 as permitted sender)"),
          ("Authentication-Results", fold(["atlas101.free.mail.bf1.yahoo.com;",
                                           "dkim=pass header.i=@amazon.com header.s=%s;" % AMZ_SEL,
                                           "dkim=pass header.i=@amazonses.com header.s=%s;" % SES_SEL,
                                           "spf=pass smtp.mailfrom=amazonses.com;",
                                           "dmarc=pass(p=QUARANTINE) header.from=amazon.com;"], indent=" ")),
          ("X-Apparently-To", "jorge.medina77@yahoo.com; %s" % rfc(J_T1 + dt.timedelta(seconds=3), UTC)),
          ("Received", fold(["from 54.240.8.66 (EHLO a8-66.smtp-out.amazonses.com)",
                             "by 10.197.33.141 with SMTPs; %s" % rfc(J_T1 + dt.timedelta(seconds=2), UTC)]))]
aws_mail("yahoo-bounced-send-screenshots", L("support_reply", J_CASE), rcpt=J_RCPT, when=J_T1,
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE,
         body=alt(new + "\n\n" + q + "\n", aws_html(new)), new=new, trace=ytrace, ip="54.240.8.66")

# ---------------------------------------------------------------- phishing about the merge
PH1 = T(2025, 6, 2, 7, 19, 44)
new = """Dear Candidate,

We received a request to combine your AWS Certification profile AWS09921356
with another profile registered to a different email address.

To protect your credentials, the request will only go ahead after you verify
that you made it. Please review the details and approve them within 24 hours:

   Review and approve: https://aws-certification-services.com/verify?ref=4418820931

If we do not receive your approval, your certification record may be
temporarily locked for security reasons.

Reference: 4418820931

Regards,
AWS Training & Certification Team"""
htm = aws_html(new, footer=False)
ph_ip = "185.212.44.%d" % RNG.randint(2, 250)
ph_host = "mail.aws-certification-services.com"
mf = "bounce@aws-certification-services.com"
other_mail("lookalike-domain-approve-combining-profiles",
           L("merge_confirmation_requested", "4418820931", ["AWS09921356"], verified=False),
           rcpt=P_RCPT, when=PH1, frm='"AWS Training & Certification" <support@aws-certification-services.com>',
           subject="[CASE 4418820931] Action needed: approve your profile request",
           body=alt(new + "\n", htm, boundary="b1_" + rhex(32)), new=new, trace="gmail", ip=ph_ip, host=ph_host,
           mailfrom=mf,
           ar=["dkim=pass header.i=@aws-certification-services.com header.s=default header.b=%s;" % ralnum(8),
               "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mf, ph_ip, mf),
               "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-services.com"],
           dkims=[("aws-certification-services.com", "default")],
           extra_after=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

PH2 = T(2024, 9, 3, 2, 50, 12)
fake_case = cid15(T(2024, 8, 30, 11, 0, 0), 97)
new = """Hello,

Your AWS Certification accounts have now been brought together successfully.
All of your certifications are now on one profile.

To finish the process and keep your certifications active, you must sign in
once within 48 hours to re-validate your identity:

https://certmetrics-aws.signin-portal.co/login?case=%s

If you do not sign in, the combined profile will be deactivated and your
certifications and benefits will be removed.

Best regards,
Amazon Web Services Training and Certification""" % fake_case
ph_ip = "91.215.85.%d" % RNG.randint(2, 250)
ph_host = "vps-4471.hostpoint-eu.net"
mf = "www-data@vps-4471.hostpoint-eu.net"
forged = [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"),
          ("Received", fold(["from localhost (localhost [127.0.0.1])", "by vps-4471.hostpoint-eu.net (Postfix) with ESMTP id 7C2A1E0B4F;",
                             rfc(PH2 - dt.timedelta(seconds=3), UTC)]))]
other_mail("spoofed-amazon-dmarc-fail-brought-together", L("merge_completed", fake_case, verified=False),
           rcpt=W_RCPT, when=PH2, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
           subject="RE:[CASE %s] Your certification profiles" % fake_case,
           body=tpart(aws_html(new), "html", "utf-8", "quoted-printable"), new=new, trace="gmail", ip=ph_ip,
           host=ph_host, mailfrom=mf, forged=forged,
           ar=["spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mf, ph_ip, mf),
               "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
           msgid="<%s@vps-4471.hostpoint-eu.net>" % rhex(24))

PH3 = T(2023, 3, 20, 16, 4, 27)
new = """Hi Marcus,

Following the recent merge of your AWS Certification accounts, 3 badges from
Amazon Web Services Training and Certification have been issued again and are
waiting for you.

To accept them you will need to sign in with your Credly password:
https://credly-notify.com/accept-badges?u=marcus.feld%40outlook.com

Badges that are not accepted within 7 days are permanently revoked.

Credly Badge Services"""
ph_ip = "45.148.10.%d" % RNG.randint(2, 250)
ph_host = "mx1.credly-notify.com"
mf = "noreply@credly-notify.com"
other_mail("lookalike-credly-badges-issued-again", L("credly_badge_issued", verified=False),
           rcpt=M_RCPT, when=PH3, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly-notify.com>',
           subject="3 badges are waiting for you", body=alt(new + "\n", aws_html(new, footer=False)), new=new,
           trace="outlook", ip=ph_ip, host=ph_host, mailfrom=mf,
           ar=o_ar("credly-notify.com", ph_ip, "credly-notify.com", dkim_res="none", dmarc="none",
                   compauth="softpass reason=201").replace("dkim=none (signature was verified)", "dkim=none (message not signed)"))

# ---------------------------------------------------------------- look-alikes: unrelated
# U1 Seller Central case that "merged" listings (amazon.com, genuine)
U1 = T(2025, 4, 14, 9, 31, 50)
new = """Hello,

Thank you for your patience while we looked into this for you.

I've checked the two detail pages you mentioned (ASIN B0C7KQ2M4R and
ASIN B0C7KT9X1P). As they describe the same product, our catalog team has
combined them into one page, B0C7KQ2M4R. The offers from the second page now
appear on the remaining page, and the second ASIN has been retired.

Please allow up to 24 hours for the change to show everywhere on the website.

Did I solve your problem?
Yes: https://sellercentral.amazon.com/cu/case-lobby/feedback?caseId=5884881212&solved=1
No:  https://sellercentral.amazon.com/cu/case-lobby/feedback?caseId=5884881212&solved=0

Thank you for selling on Amazon,
Keerthi V.
Amazon Selling Partner Support"""
other_mail("seller-central-two-pages-combined", L("unrelated", "5884881212"), rcpt="orders@hollowoakcandles.com",
           when=U1, frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>',
           subject="RE:[CASE 5884881212] Duplicate detail pages for same candle set",
           body=alt(new + "\n", aws_html(new, footer=False, title="Amazon Seller Central")), new=new, trace="outlook",
           ip="54.240.13.68", host="a13-68.smtp-out.amazonses.com",
           mailfrom="20250414093150c7f2a11e7a6b4b1f8e3b2b9a1c0f5e6d@bounces.amazon.com",
           ar=o_ar("bounces.amazon.com", "54.240.13.68", "amazon.com"),
           dkims=[("amazon.com", "rte02")], msgid=ses_id(U1))

# U2 AWS console billing case opened (genuine, standard template)
U2O = T(2025, 1, 22, 14, 6, 37)
U2C = cid15(U2O, 288)
new = """Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected charges after free tier ended
Severity: General guidance
Correspondence: Hi, my bill for December shows $41.88 for EC2 and EBS but I
thought I had terminated everything. Could someone explain the charges?

We will respond to your case as soon as possible. You can view or update your case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please use the link above to respond.""" % (U2C, U2C, U2C)
aws_mail("billing-case-opened-unexpected-charges", L("unrelated", U2C), rcpt=M_RCPT, when=U2O + dt.timedelta(seconds=5),
         subject="Amazon Web Services: You have opened a new Support case: %s" % U2C, frm=CONSOLE,
         body=alt(new + "\n", aws_html(new)), new=new, trace="outlook", ip="54.240.48.83")

# U3 AWS quota case reply (genuine) - asks to confirm something, not about certification
U3 = T(2024, 10, 8, 6, 44, 2)
U3C = cid15(T(2024, 10, 8, 4, 10, 1), 3366)
new = """Hello,

Thanks for your patience. The service team has approved your request, and the
new limit is already in effect:

  Service: Amazon EC2
  Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  Region: eu-central-1
  New value: 256 vCPUs

You also mentioned you might need the same change in eu-west-1. Could you let
me know whether you'd like that as well? I'm happy to put it through for you on
this case.

Best regards,
Florian
Amazon Web Services

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId=%s&questionnaireId=Support-CaseCorrespondence-Rating&displayId=%s""" % (rhex(32), U3C)
aws_mail("quota-case-limit-in-effect-other-region", L("unrelated", U3C), rcpt=W_RCPT, when=U3,
         subject="RE:[CASE %s] Limit Increase: EC2 Instances" % U3C, frm=CONSOLE,
         body=alt(new + "\n", aws_html(new), boundary=gmail_boundary()), new=new, ip="54.240.48.5")

# U4 CertMetrics feedback request (authentic, not AWS/Credly domain)
U4 = T(2025, 6, 10, 15, 0, 4)
new = """AWS Certification wants to hear from you

Hi Priya,

You recently passed the AWS Certified Solutions Architect - Associate exam.
Tell us about your experience: how you prepared, what you thought of the exam
and what we could do better. The questionnaire takes about 10 minutes.

Start the questionnaire: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Thank you,
AWS Certification

This is an automated message. Please do not reply.""" % rhex(16)
mf = "bounce-%s@certmetrics.com" % rhex(10)
other_mail("certmetrics-wants-to-hear-from-you", L("unrelated", verified=False), rcpt=P_RCPT, when=U4,
           frm='"AWS Certification" <do-not-reply@certmetrics.com>', subject="AWS Certification wants to hear from you",
           body=alt(new + "\n", aws_html(new, footer=False, title="AWS Certification")), new=new, trace="gmail",
           ip="52.44.117.20", host="mail-out2.certmetrics.com", mailfrom=mf,
           ar=["dkim=pass header.i=@certmetrics.com header.s=s2048 header.b=%s;" % ralnum(8),
               "spf=pass (google.com: domain of %s designates 52.44.117.20 as permitted sender) smtp.mailfrom=%s;" % (mf, mf),
               "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"],
           dkims=[("certmetrics.com", "s2048")])

# U5 CertMetrics recertification congratulations with candidate id in new text
U5 = T(2024, 12, 2, 19, 45, 10)
new = """Congratulations!

Dear Wei Zhang,

You have successfully recertified your AWS Certified Solutions Architect -
Associate certification. Your new expiration date is 2 December 2027.

Candidate ID: AWS05532718
Validation number: 7Q2HXK1LQJ4E1ZS9

Your digital badge will be available on Credly shortly. You can download your
certificate from the AWS Certification Account at any time.

AWS Training and Certification
This is an automated message. Please do not reply."""
mf = "bounce-%s@certmetrics.com" % rhex(10)
other_mail("certmetrics-recertified-congrats", L("unrelated", accounts=["AWS05532718"], verified=False), rcpt=W_RCPT,
           when=U5, frm='"AWS Certification" <do-not-reply@certmetrics.com>',
           subject="Congratulations - you've recertified!",
           body=alt(new + "\n", aws_html(new, footer=False, title="AWS Certification"), boundary=gmail_boundary()),
           new=new, trace="gmail", ip="52.44.117.21", host="mail-out1.certmetrics.com", mailfrom=mf,
           ar=["dkim=pass header.i=@certmetrics.com header.s=s2048 header.b=%s;" % ralnum(8),
               "spf=pass (google.com: domain of %s designates 52.44.117.21 as permitted sender) smtp.mailfrom=%s;" % (mf, mf),
               "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"],
           dkims=[("certmetrics.com", "s2048")])

# U6 Pearson VUE appointment confirmation
U6 = T(2025, 9, 8, 12, 2, 55)
new = """Dear Tom Hughes,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Saturday, 27 September 2025
Time: 10:00 AM BST
Delivery: OnVUE online proctored
Registration ID: 512884736

Please check in 30 minutes before your appointment. Make sure your ID matches
the name on your AWS Certification profile exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours
before your appointment.

Sincerely,
Pearson VUE"""
mf = "bounces@pearson.com"
other_mail("pearson-vue-exam-booked", L("unrelated", verified=False), rcpt=TH_RCPT, when=U6,
           frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
           subject="Confirmation of your AWS Certification exam appointment",
           body=alt(new + "\n", aws_html(new, footer=False, title="Pearson VUE")), new=new, trace="gmail",
           ip="159.182.16.40", host="mx-out3.pearson.com", mailfrom=mf,
           ar=["dkim=pass header.i=@pearson.com header.s=selector1 header.b=%s;" % ralnum(8),
               "spf=pass (google.com: domain of %s designates 159.182.16.40 as permitted sender) smtp.mailfrom=%s;" % (mf, mf),
               "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"],
           dkims=[("pearson.com", "selector1")])

# U7 AWS Builder ID verification code
U7 = T(2025, 5, 27, 22, 51, 30)
new = """Verify your AWS Builder ID email address

Hello,

Use the code below to confirm your email address and finish signing in.

Verification code: 704918

This code expires 10 minutes after it was sent.

If you didn't try to sign in, you can ignore this email.

Amazon Web Services"""
mf = ses_bounce(U7)
other_mail("builder-id-verification-code", L("unrelated", verified=True), rcpt=P_RCPT, when=U7,
           frm='"AWS" <no-reply@signin.aws>', subject="Verify your AWS Builder ID email address",
           body=alt(new + "\n", aws_html(new)), new=new, trace="gmail", ip="54.240.8.99",
           host="a8-99.smtp-out.amazonses.com", mailfrom=mf,
           ar=["dkim=pass header.i=@signin.aws header.s=%s header.b=%s;" % (rhex(32), ralnum(8)),
               "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;" % (SES_SEL, ralnum(8)),
               "spf=pass (google.com: domain of %s designates 54.240.8.99 as permitted sender) smtp.mailfrom=%s;" % (mf, mf),
               "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=signin.aws"],
           dkims=[("signin.aws", rhex(32)), ("amazonses.com", SES_SEL)], msgid=ses_id(U7))

# U8 GitHub merged PR notification
U8 = T(2025, 3, 11, 10, 17, 42)
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightline-labs/aws-account-baseline/pull/482#event-16623001870
You are receiving this because you authored the thread.

Message ID: <brightline-labs/aws-account-baseline/pull/482/issue_event/16623001870@github.com>"""
htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/brightline-labs/aws-account-baseline/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightline-labs/aws-account-baseline/pull/482#event-16623001870">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3XQ.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;brightline-labs/aws-account-baseline/pull/482/issue_event/16623001870@github.com&gt;</span></span></p>
"""
mf = "noreply@github.com"
other_mail("github-merged-482-into-main", L("unrelated", verified=False), rcpt=TH_RCPT, when=U8,
           frm='"Dana Whitfield" <notifications@github.com>',
           subject="Re: [brightline-labs/aws-account-baseline] Merge member accounts into org OU (PR #482)",
           body=alt(new + "\n", htm, boundary="--==_mimepart_%s_%d" % (rhex(13), RNG.randint(10, 99)), pcte="7bit", hcte="7bit"),
           new=new, trace="gmail", ip="192.30.252.204", host="out-21.smtp.github.com", mailfrom=mf,
           ar=["dkim=pass header.i=@github.com header.s=pf2023 header.b=%s;" % ralnum(8),
               "spf=pass (google.com: domain of noreply@github.com designates 192.30.252.204 as permitted sender) smtp.mailfrom=noreply@github.com;",
               "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"],
           dkims=[("github.com", "pf2023")],
           msgid="<brightline-labs/aws-account-baseline/pull/482/issue_event/16623001870@github.com>",
           extra_head=[("In-Reply-To", "<brightline-labs/aws-account-baseline/pull/482@github.com>"),
                       ("References", "<brightline-labs/aws-account-baseline/pull/482@github.com>"),
                       ("List-ID", "brightline-labs/aws-account-baseline <aws-account-baseline.brightline-labs.github.com>"),
                       ("X-GitHub-Reason", "author")])

# U9 Credly's own self-service account merge code (genuine Credly)
U9 = T(2025, 6, 1, 9, 40, 18)
new = """Hi Priya,

Someone (hopefully you) asked to bring another Credly account into this one.

Your code is: 318604

Enter it on the page you came from, or click below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If this wasn't you, ignore this email and nothing will change.

The Credly Team""" % ralnum(32)
credly_mail("credly-own-account-merge-code", L("unrelated"), rcpt=P_RCPT, when=U9, issuer="Credly",
            subject="Your Credly verification code", body=alt(new + "\n", aws_html(new, footer=False, title="Credly")),
            new=new)

# U10 Credly badge expiry reminder (genuine Credly)
U10 = T(2024, 9, 2, 14, 0, 0)
new = """Hi Marcus,

Heads up: your AWS Certified Solutions Architect - Professional badge from
Amazon Web Services Training and Certification runs out on 1 December 2024.

To keep it, you'll need to recertify before then. Find out how:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/a7c2e9f4-3b18-4d6a-8e51-0f9d2c7b6a13

The Credly Team"""
credly_mail("credly-badge-runs-out-soon", L("unrelated"), rcpt=M_RCPT, when=U10,
            subject="Your badge expires in 90 days", body=alt(new + "\n", aws_html(new, footer=False, title="Credly")),
            new=new, trace="outlook")

# U11 phishing not about the merge (look-alike billing suspension)
U11 = T(2025, 7, 14, 3, 12, 9)
new = """Dear AWS customer,

We were unable to process the payment for your latest invoice. As a result,
your AWS account will be suspended within 24 hours and all running resources
will be stopped.

To avoid interruption, please update your payment details now:
https://aws-billing-alerts.com/console/update-payment

Account: 4418-2290-7731
Amount due: USD 212.40

AWS Billing Team"""
ph_ip = "103.151.22.%d" % RNG.randint(2, 250)
mf = "info@aws-billing-alerts.com"
other_mail("lookalike-billing-suspension", L("unrelated", verified=False), rcpt=A_RCPT, when=U11,
           frm='"AWS Billing" <billing@aws-billing-alerts.com>', subject="Action required: your AWS account will be suspended",
           body=tpart(aws_html(new, footer=False), "html", "utf-8", "base64"), new=new, trace="outlook", ip=ph_ip,
           host="mail.aws-billing-alerts.com", mailfrom=mf,
           ar=o_ar("aws-billing-alerts.com", ph_ip, "aws-billing-alerts.com", dkim_res="none", dmarc="none",
                   compauth="fail reason=601").replace("dkim=none (signature was verified)", "dkim=none (message not signed)"))

# ==================================================================== END MAILS
def write_labels():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    write_labels()
