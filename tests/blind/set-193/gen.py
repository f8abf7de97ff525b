#!/usr/bin/env python3
"""Generator for blind set 193: eight whole account-merge cases plus look-alikes.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
RNG = random.Random(193)

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
WAT = timezone(timedelta(hours=1))

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"
# The user's own replies (Sent folder) on a merge case: they are case correspondence, not mail from
# support; labelled as support_reply (the catch-all for mail on the case). Change here to flip.
USER_SENT_KIND = "support_reply"


# ---------------------------------------------------------------- small helpers
def rnd_b64(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


def rnd_alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rnd_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def dt(s, tz=UTC):
    """'2025-03-10 14:22:05' in tz -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc(d):
    return format_datetime(d)


def rfc_c(d, comment):
    return format_datetime(d) + " (" + comment + ")"


def case15(opened, suffix):
    return "%d%s" % (int(opened.timestamp()), suffix)


def ses_ids(d):
    ms = int(d.timestamp() * 1000) - RNG.randint(200, 2500)
    core = "0100%012x-%s-000000" % (ms, uuid.UUID(int=RNG.getrandbits(128)))
    return core


def fold_b(value, width=72, indent="\t"):
    """Fold a long opaque base64 value over several lines."""
    chunks = [value[i:i + width] for i in range(0, len(value), width)]
    return ("\n" + indent).join(chunks)


def dkim(domain, d, selector=None, headers="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID"):
    selector = selector or rnd_alnum(32)
    t = int(d.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, t, headers, rnd_b64(32), fold_b(rnd_b64(256))))


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, extra_ct=""):
    """A text leaf part with full control of label vs. real encoding."""
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    m["Content-Transfer-Encoding"] = cte
    raw = text.replace("\r\n", "\n").encode(codec or charset)
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
    m.set_payload(payload)
    return m


def alt(*parts, style=None):
    m = MIMEMultipart("alternative", boundary=boundary(style))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, subtype="mixed", style=None):
    m = MIMEMultipart(subtype, boundary=boundary(style))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def boundary(style=None):
    style = style or RNG.choice(["gm", "aws", "ol", "tb"])
    if style == "gm":
        return "000000000000" + rnd_hex(16)
    if style == "aws":
        return "----=_Part_%d_%d.%d" % (RNG.randint(100000, 9999999), RNG.randint(10000000, 999999999),
                                       RNG.randint(1700000000000, 1760000000000))
    if style == "ol":
        return "_000_%s_" % rnd_alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return "------------%s" % rnd_alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdef")


def text_to_html(text, font="Arial, sans-serif"):
    """Plain agent text -> simple HTML paragraphs (quoted '>' lines become blockquotes)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</div></body></html>\n'
            % (font, "\n".join(out)))


def quote(text, prefix="> "):
    res = []
    for l in text.strip("\n").split("\n"):
        if l.startswith(">"):
            res.append(">" + l)
        elif l == "":
            res.append(prefix.rstrip())
        else:
            res.append(prefix + l)
    return "\n".join(res)


# ---------------------------------------------------------------- trace headers
SES_IPS = ["54.240.8.30", "54.240.8.84", "54.240.9.31", "54.240.48.115", "54.240.13.77", "54.240.11.18",
           "54.240.27.56", "54.240.48.93"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def gmail_trace(to, d_recv, mailfrom, from_domain, ip, dkim_domains, dmarc="pass",
                spf="pass", tzc=PDT, tzname="PDT", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                helo=None, extra_ar=None):
    """Headers a Gmail mailbox adds on top (list of (name, value))."""
    helo = helo or ses_host(ip)
    loc = d_recv.astimezone(tzc)
    local = rfc_c(loc, tzname)
    sels = [rnd_alnum(32) for _ in dkim_domains]
    h = []
    h.append(("Delivered-To", to))
    h.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
              % (rnd_hex(4), rnd_hex(4), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(3),
                 RNG.randint(100000, 9999999), rnd_alnum(3), local)))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + rnd_b64(60)[:80]))
    h.append(("X-Received", "by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
              % (rnd_hex(4), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(22), RNG.randint(1, 9),
                 1 + int(loc.timestamp()) % 1000000, local)))
    ar_items = []
    for dom, sel in zip(dkim_domains, sels):
        ar_items.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, rnd_b64(6)[:8]))
    if spf == "pass":
        ar_items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                        % (mailfrom, ip, mailfrom))
    else:
        ar_items.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                        % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        ar_items.append("dmarc=%s (%s) header.from=%s" % (dmarc, dmarc_policy, from_domain))
    if extra_ar:
        ar_items.extend(extra_ar)
    ar = "mx.google.com;\n       " + ";\n       ".join(ar_items)
    h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
              % (int(d_recv.timestamp()), fold_b(rnd_b64(96), 64, "        "))))
    h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
              "        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n"
              "        fh=%s;\n        b=%s" % (rnd_b64(32), rnd_b64(32), fold_b(rnd_b64(96), 64, "        "))))
    h.append(("ARC-Authentication-Results", "i=1; " + ar))
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n"
              "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (helo, helo, ip, rnd_alnum(40), RNG.randint(1000000, 9999999), loc.month, loc.day,
                 loc.hour, loc.minute, loc.second, to, local)))
    if spf == "pass":
        h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                  % (mailfrom, ip, ip)))
    else:
        h.append(("Received-SPF", "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;"
                  % (spf, mailfrom, ip, ip)))
    h.append(("Authentication-Results", ar))
    return h, sels


def outlook_trace(to, d_recv, mailfrom_domain, from_domain, ip, helo=None, dkim_domain=None, dmarc="pass",
                  spf="pass", compauth="pass reason=100", tenant="outlook.com", dmarc_action="none",
                  extra=None):
    """Headers an Exchange Online / Outlook.com mailbox adds (no authserv-id)."""
    helo = helo or ses_host(ip)
    prot = "protection.outlook.com"
    srv = "%s%02dMB%04d.namprd%02d.prod.outlook.com" % (RNG.choice(["SA1P", "BN8P", "CH3P", "PH7P", "DM6P"]),
                                                       RNG.randint(1, 99), RNG.randint(1000, 9999), RNG.randint(10, 20))
    edge = "%s.mail.%s" % (RNG.choice(["BN2PEPF000044A9", "SN1PEPF0002636E", "CO1PEPF000075F1"]), prot)
    if tenant != "outlook.com":
        srv = srv.replace("namprd", "eurprd")
        edge = edge.replace("mail.protection", "eurprd%02d.prod.protection" % RNG.randint(1, 9))
    h = []
    h.append(("Received", "from %s (2603:10b6:806:%s::%s) by\n %s (2603:10b6:a03:%s::%s) with\n"
              " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
              % (edge.split(".")[0] + ".namprd05.prod.outlook.com", rnd_hex(3), rnd_hex(2), srv, rnd_hex(3),
                 rnd_hex(2), RNG.randint(8000, 9200), RNG.randint(10, 40), rfc(d_recv))))
    h.append(("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
              " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
              % (helo, ip, edge, RNG.randint(2, 250), RNG.randint(8000, 9200), RNG.randint(10, 40),
                 rfc(d_recv - timedelta(seconds=1)))))
    parts = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (spf, ip, mailfrom_domain)]
    if dkim_domain:
        parts.append("dkim=pass (signature was verified)\n header.d=%s" % dkim_domain)
    else:
        parts.append("dkim=none (message not signed)\n header.d=none")
    parts.append("dmarc=%s action=%s header.from=%s" % (dmarc, dmarc_action, from_domain))
    parts.append("compauth=%s" % compauth)
    h.append(("Authentication-Results", ";".join(parts)))
    if spf == "pass":
        h.append(("Received-SPF", "Pass (%s: domain of %s designates\n %s as permitted sender) receiver=%s;\n"
                  " client-ip=%s; helo=%s; pr=C" % (prot, mailfrom_domain, ip, prot, ip, helo)))
    else:
        h.append(("Received-SPF", "%s (%s: domain of %s does not\n designate %s as permitted sender) receiver=%s;\n"
                  " client-ip=%s; helo=%s;" % (spf.capitalize(), prot, mailfrom_domain, ip, prot, ip, helo)))
    if extra:
        h.extend(extra)
    return h


# ---------------------------------------------------------------- assembling
def write(fname, trace, main, body, label, top_extra_after=None):
    """trace: provider headers (top); main: the message's own headers; body: a Message part."""
    msg = Message()
    for k, v in trace:
        msg[k] = v
    for k, v in main:
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in main]:
        msg["MIME-Version"] = "1.0"
    for k, v in body._headers:
        if k.lower() == "mime-version":
            continue
        msg._headers.append((k, v))
    msg._payload = body._payload
    msg._charset = getattr(body, "_charset", None)
    msg._default_type = body._default_type
    if top_extra_after:
        for k, v in top_extra_after:
            msg[k] = v
    data = msg.as_bytes(policy=compat32.clone(max_line_length=0))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    assert fname not in LABELS, fname
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = lab


def L(kind, case_id=None, ids=(), verified=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified,
            "language": lang}


def aws_main(to, subject, d, frm=FORM, name=AWSNAME, sesid=None, reply_to=None, extra=()):
    sesid = sesid or ses_ids(d)
    h = [("From", addr(name, frm)), ("To", to)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", enc_subject(subject)), ("Date", rfc(d)),
          ("Message-ID", "<%s@email.amazonses.com>" % sesid),
          ("MIME-Version", "1.0")]
    h += list(extra)
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rnd_b64(33)[:44]),
          ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), "54.240.8.30"))]
    return h, sesid


def aws_gmail(to, d, subject, body, label, fname, frm=FORM, name=AWSNAME, delay=4, tzc=PDT, tzname="PDT",
              reply_to=None, extra=()):
    ip = RNG.choice(SES_IPS)
    main, sesid = aws_main(to, subject, d, frm, name, reply_to=reply_to, extra=extra)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d.strftime("%Y.%m.%d"), ip))) for k, v in main]
    mailfrom = sesid + "@amazonses.com"
    trace, sels = gmail_trace(to, d + timedelta(seconds=delay), mailfrom, "amazon.com", ip,
                              ["amazon.com", "amazonses.com"], tzc=tzc, tzname=tzname)
    trace.append(("DKIM-Signature", dkim("amazon.com", d, sels[0])))
    trace.append(("DKIM-Signature", dkim("amazonses.com", d, sels[1],
                                         "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID")))
    write(fname, trace, main, body, label)
    return sesid


def aws_outlook(to, d, subject, body, label, fname, frm=NOREPLY, name=AWSNAME, delay=3, tenant="outlook.com",
                extra_trace=None, extra=()):
    ip = RNG.choice(SES_IPS)
    main, sesid = aws_main(to, subject, d, frm, name, extra=extra)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d.strftime("%Y.%m.%d"), ip))) for k, v in main]
    trace = outlook_trace(to, d + timedelta(seconds=delay), "amazonses.com", "amazon.com", ip,
                          dkim_domain="amazon.com", tenant=tenant, extra=extra_trace)
    trace.append(("DKIM-Signature", dkim("amazon.com", d)))
    trace.append(("DKIM-Signature", dkim("amazonses.com", d, None,
                                         "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID")))
    write(fname, trace, main, body, label)
    return sesid


def form_subject(case_id, re="RE:", topic="account-assistance"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re, case_id, topic)


# ---------------------------------------------------------------- common texts
FORM_SIG_EN = """Best regards,
{agent}
AWS Training and Certification Customer Support
Amazon Web Services"""

FORM_FOOTER_EN = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


def gmail_sent_headers(frm, to, subject, d, in_reply_to=None, cc=None):
    mid = "<CA%s%s@mail.gmail.com>" % (rnd_alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                         rnd_b64(30).replace("/", "_").replace("+", "-")[:36])
    h = [("MIME-Version", "1.0"), ("Date", rfc(d))]
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("Message-ID", mid), ("Subject", subject), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h


def gmail_quote_html(header_line, quoted_html):
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>' % (html.escape(header_line), quoted_html))


def plain_html_body(text):
    return "<br>\n".join(html.escape(l) for l in text.strip("\n").split("\n"))


# ====================================================================== MAILS
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in sorted(k for k in globals() if k.startswith("case_")):
        globals()[fn]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote", len(LABELS), "mails")


# ---- CASES GO BELOW ----
def aws_alt(text, cte="quoted-printable", html_cte=None, font="Arial, sans-serif"):
    return alt(leaf(text, "plain", "utf-8", cte), leaf(text_to_html(text, font), "html", "utf-8", html_cte or cte),
               style="aws")


def credly_trace(to, d, tzc=PDT, tzname="PDT", older=False):
    dom = "youracclaim.com" if older else "credly.com"
    mailfrom = "bounces+%d-%s-%s=%s@em.%s" % (RNG.randint(1000000, 9999999), rnd_hex(4),
                                              to.split("@")[0], to.split("@")[1], dom)
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    helo = "o%d.ptr%d.%s" % (RNG.randint(1, 20), RNG.randint(1000, 9999), dom)
    trace, sels = gmail_trace(to, d + timedelta(seconds=7), mailfrom, dom, ip, [dom, "sendgrid.info"],
                              tzc=tzc, tzname=tzname, dmarc_policy="p=NONE sp=NONE dis=NONE", helo=helo)
    trace.append(("DKIM-Signature", dkim(dom, d, "s1", "from:content-type:subject:x-feedback-id:to:cc:content-type:from:subject:to")))
    trace.append(("DKIM-Signature", dkim("sendgrid.info", d, "smtpapi", "from:content-type:subject:x-feedback-id:to:cc:content-type:from:subject:to")))
    return trace


def credly_badge_html(first, issuer, badge, intro, button="Accept your badge", url=None):
    url = url or "https://www.credly.com/earner/earned/badge/%s" % uuid.UUID(int=RNG.getrandbits(128))
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi %s,</h1>
<p>%s</p>
<p style="font-size:18px;font-weight:bold">%s</p>
<p>Issued by <strong>%s</strong></p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">%s</a></p>
<p>Once you accept, you can share your badge on LinkedIn, add it to your email signature, or embed it in your website.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You received this email because %s issued a badge to this email address through Credly.<br>
Credly, Inc. &middot; 1 Pierrepont Plaza, 10th floor &middot; Brooklyn, NY 11201<br>
<a href="https://www.credly.com/notifications">Manage email preferences</a> &middot; <a href="https://info.credly.com/privacy-policy">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
""" % (html.escape(first), intro, html.escape(badge), html.escape(issuer), url, button, html.escape(issuer))


# ================================================================ Case A
# Daniel Okafor, Gmail, form desk, 15-digit id. Detour: wrong merge direction.
A_TO = "daniel.okafor84@gmail.com"
A_ME = "Daniel Okafor <daniel.okafor84@gmail.com>"
A_OPEN = dt("2025-03-10 14:22:05")
A_CASE = case15(A_OPEN, "00376")


def case_A():
    # 001 acknowledgement
    t = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to confirm that we have received your request and opened case %s.

A member of our team will review your inquiry and get back to you, typically within 24 hours. If you have more information to add, simply reply to this email and keep the case number in the subject line.

Please do not submit a new form for the same request, as duplicate cases can delay our response.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04417732
Description: Hi, I have two certification accounts. One is on my personal gmail (AWS04417732), the other was created through my old employer's training portal, candidate id AWS 09258160. Please merge them, I want to keep the gmail one.

Sincerely,
AWS Training and Certification
""" % A_CASE
    aws_gmail(A_TO, A_OPEN + timedelta(seconds=9), form_subject(A_CASE, re=""), aws_alt(t),
              L("case_created", A_CASE, ["AWS04417732", "AWS09258160"]), "001-okafor-form-ack.eml")

    # 002 agent: confirmation request with the wrong direction
    d2 = dt("2025-03-11 16:05:47")
    t2 = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I have located the following two candidate profiles registered under your name:

Account 1: AWS04417732 (daniel.okafor84@gmail.com)
Account 2: AWS09258160 (d.okafor@brightlinepay.com)

As per your request, account AWS04417732 will be merged into account AWS09258160. After the merge, AWS09258160 will remain as your active profile and AWS04417732 will be deactivated. All certifications, exam history and benefits will be carried over to AWS09258160.

Please be aware that a merge cannot be reversed once it has been completed.

Kindly reply to this email to confirm that the above details are correct and that you would like us to go ahead.

""" + FORM_SIG_EN.format(agent="Ananya") + "\n\n" + FORM_FOOTER_EN + "\n"
    a2 = aws_gmail(A_TO, d2, form_subject(A_CASE), aws_alt(t2),
                   L("merge_confirmation_requested", A_CASE, ["AWS04417732", "AWS09258160"]),
                   "002-okafor-confirm-wrong-direction.eml")

    # 003 Sent: Daniel corrects the direction (Gmail web, quotes 002)
    d3 = dt("2025-03-11 09:41:12", PDT)
    new3 = """Hi Ananya,

Thanks for the quick reply. It's actually the other way round though: I'd like aws09258160 (the old work one) to be merged INTO AWS04417732, so that the gmail account is the one that survives. I left Brightline last year and no longer have access to that mailbox.

Could you switch it around and send me the updated details? I'll confirm straight away.

Thanks,
Daniel"""
    qh = "On Tue, Mar 11, 2025 at 9:05 AM Amazon Web Services <%s> wrote:" % FORM
    plain3 = new3 + "\n\n" + qh + "\n\n" + quote(t2) + "\n"
    html3 = ('<div dir="ltr">' + plain_html_body(new3) + '</div><br>' +
             gmail_quote_html(qh, text_to_html(t2).split("<body>")[1].split("</body>")[0]))
    body3 = alt(leaf(plain3, "plain", "UTF-8", "quoted-printable"), leaf(html3, "html", "UTF-8", "quoted-printable"),
                style="gm")
    write("003-okafor-sent-correct-direction.eml", [],
          gmail_sent_headers(A_ME, FORM, "Re: " + form_subject(A_CASE), d3, "<%s@email.amazonses.com>" % a2),
          body3, L(USER_SENT_KIND, A_CASE, ["AWS04417732", "AWS09258160"], None))

    # 004 agent: corrected confirmation request, Outlook-style history underneath
    d4 = dt("2025-03-12 10:12:03")
    t4 = """Hello Daniel,

Thank you for the clarification, and my apologies for the mix-up in my previous message.

I have updated your request. Please review the revised details:

Source account (to be deactivated): AWS-09258160 (d.okafor@brightlinepay.com)
Destination account (to be retained): AWS-04417732 (daniel.okafor84@gmail.com)

All certifications, exam history and any unused benefits from AWS-09258160 will be moved to AWS-04417732. You will continue to sign in with daniel.okafor84@gmail.com.

As mentioned before, this action is permanent and cannot be undone. If everything above is correct, please reply with "I confirm" and we will submit the request.

""" + FORM_SIG_EN.format(agent="Ananya") + """

-----Original Message-----
From: Daniel Okafor <daniel.okafor84@gmail.com>
Sent: Tuesday, March 11, 2025 4:41 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % A_CASE + new3 + "\n"
    aws_gmail(A_TO, d4, form_subject(A_CASE), aws_alt(t4, "base64"),
              L("merge_confirmation_requested", A_CASE, ["AWS04417732", "AWS09258160"]),
              "004-okafor-confirm-corrected.eml")

    # 005 agent: thank you for confirming, will proceed (ids only in history)
    d5 = dt("2025-03-13 08:30:55")
    t5 = """Hello Daniel,

Thank you for confirming. I have now forwarded your request to our Certification Operations team, who will carry out the change on our side.

Once the merge is complete, you will receive a separate confirmation from us. This normally takes 2 to 3 business days. There is no need to take any further action in the meantime, and please do not open a new case for this request.

""" + FORM_SIG_EN.format(agent="Joseph M.") + """

-----Original Message-----
From: Daniel Okafor <daniel.okafor84@gmail.com>
Sent: Wednesday, March 12, 2025 5:58 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

I confirm. The details are correct, please proceed with the merge.

Daniel

> Source account (to be deactivated): AWS-09258160 (d.okafor@brightlinepay.com)
> Destination account (to be retained): AWS-04417732 (daniel.okafor84@gmail.com)
""" % A_CASE
    aws_gmail(A_TO, d5, form_subject(A_CASE), aws_alt(t5),
              L("support_reply", A_CASE, []), "005-okafor-thanks-will-proceed.eml")

    # 006 completion (paraphrased, no 'merge completed' wording)
    d6 = dt("2025-03-14 19:02:18")
    t6 = """Hello Daniel,

Good news: your two certification profiles have now been consolidated. The profile AWS09258160 no longer exists as a separate account, and everything that was on it, including your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate, now shows under AWS04417732.

Please sign in to aws.training with daniel.okafor84@gmail.com and check that all your certifications and your exam benefits are listed. Digital badges on Credly can take up to 48 hours to appear in the updated account.

If anything looks wrong, just reply to this email within 7 days and we will take a look.

""" + FORM_SIG_EN.format(agent="Joseph M.") + "\n\n" + FORM_FOOTER_EN + "\n"
    aws_gmail(A_TO, d6, form_subject(A_CASE), aws_alt(t6),
              L("merge_completed", A_CASE, ["AWS04417732", "AWS09258160"]), "006-okafor-profiles-consolidated.eml")

    # 007 survey, HTML only
    d7 = d6 + timedelta(minutes=1, seconds=4)
    h7 = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;color:#232f3e">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;background:#232f3e">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="30"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We have marked your case <b>%s</b> as resolved. We would love to hear about your experience with AWS Training and Certification Customer Support.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;answer=yes" style="padding:8px 20px;background:#ff9900;color:#000;text-decoration:none">YES</a>
&nbsp; <a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;answer=no" style="padding:8px 20px;background:#eaeded;color:#000;text-decoration:none">NO</a></p>
<p>How would you rate the support you received? <a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>The survey takes less than a minute. If you need further help on this matter, reply to this email within 14 days and your case will be reopened automatically.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. This message was produced and distributed by Amazon Web Services, Inc.</td></tr></table>
</body></html>
""" % (A_CASE, A_CASE, A_CASE, A_CASE)
    aws_gmail(A_TO, d7, "[CASE %s] How did we do? Tell us about your recent support experience" % A_CASE,
              leaf(h7, "html", "utf-8", "quoted-printable"),
              L("survey", A_CASE, []), "007-okafor-survey.eml")

    # 008 Credly badge (moved after merge)
    d8 = dt("2025-03-15 22:47:31")
    intro = ("Amazon Web Services Training and Certification has issued you a badge. "
             "If you recently had certification accounts combined, your badges are re-issued to the email address "
             "on your remaining account.")
    h8 = credly_badge_html("Daniel", "Amazon Web Services Training and Certification",
                           "AWS Certified Solutions Architect – Associate", intro)
    p8 = """Hi Daniel,

%s

AWS Certified Solutions Architect – Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. · 1 Pierrepont Plaza, 10th floor · Brooklyn, NY 11201
""" % (intro, uuid.UUID(int=RNG.getrandbits(128)))
    main8 = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
             ("Reply-To", "no-reply@credly.com"), ("To", A_TO),
             ("Subject", "Amazon Web Services Training and Certification issued you a new badge"),
             ("Date", rfc(d8)), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_alnum(22), RNG.randint(1, 40))),
             ("MIME-Version", "1.0"), ("X-Feedback-ID", "%d:SG" % RNG.randint(1000000, 9999999))]
    write("008-okafor-credly-badge.eml", credly_trace(A_TO, d8), main8,
          alt(leaf(p8, "plain", "utf-8", "quoted-printable"), leaf(h8, "html", "utf-8", "quoted-printable")),
          L("credly_badge_issued", None, [], True))

    # 009 Pearson VUE appointment (unrelated, authentic non-AWS sender, candidate id present)
    d9 = dt("2025-03-18 13:10:02")
    p9 = """Dear Daniel Okafor,

Thank you for scheduling your AWS Certified Developer - Associate exam with Pearson VUE. Your appointment details are below.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Wednesday, April 2, 2025
Time: 10:00 AM Pacific Daylight Time
Delivery: OnVUE online proctored
Registration ID: 491207734
Candidate ID: AWS04417732

Please run the system test on the computer you will use for the exam and check in up to 30 minutes before your appointment time.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE

This email was sent to daniel.okafor84@gmail.com. Please do not reply to this message; replies are not monitored.
"""
    ip = "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr, sels = gmail_trace(A_TO, d9 + timedelta(seconds=5), "bounce-%s@pearson.com" % rnd_hex(8), "pearson.com", ip,
                           ["pearson.com"], dmarc_policy="p=REJECT sp=REJECT dis=NONE", helo="mx0b-0045%s.pphosted.com" % RNG.randint(1000, 9999))
    tr.append(("DKIM-Signature", dkim("pearson.com", d9, "s2048")))
    main9 = [("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", A_TO),
             ("Subject", "Appointment Confirmation - AWS Certified Developer - Associate"),
             ("Date", rfc(d9)), ("Message-ID", "<%s.JavaMail.vue@pvprdmail%02d>" % (rnd_hex(16), RNG.randint(1, 12))),
             ("MIME-Version", "1.0")]
    write("009-okafor-pearson-vue-appointment.eml", tr, main9,
          alt(leaf(p9, "plain", "us-ascii", "7bit"), leaf(text_to_html(p9, "Verdana, sans-serif"), "html", "utf-8", "quoted-printable")),
          L("unrelated", None, ["AWS04417732"], False))


# ================================================================ Case B
# 佐藤 健太, Gmail (Japanese UI), Japanese form desk, 15-digit id.
# Detour: missing ids (only one candidate id given), chaser, completion mail that also closes the case.
B_TO = "kenta.sato.0712@gmail.com"
B_OPEN = dt("2025-05-26 23:41:10")
B_CASE = case15(B_OPEN, "00921")
JA_SIG = """AWS トレーニングと認定
カスタマーサポート {agent}"""
JA_FOOTER = """※本メールは AWS トレーニングと認定 カスタマーサポートからお送りしています。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""


def case_B():
    me = addr("佐藤 健太", B_TO, "iso-2022-jp")
    # 010 acknowledgement (Japanese)
    t = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID：%s

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせを作成されますと、回答が遅れる場合がございます。

■ お問い合わせ内容
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS05128864
内容：
以前勤めていた会社のメールアドレスで作成した認定アカウントがあり、現在のアカウントと一つにまとめたいです。古い方のアカウントの受験者 ID は分かりません。

今後とも AWS トレーニングと認定をよろしくお願いいたします。
""" % B_CASE
    aws_gmail(B_TO, B_OPEN + timedelta(seconds=14),
              "[CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました（自動送信）" % B_CASE,
              aws_alt(t, "base64", font="Meiryo, sans-serif"),
              L("case_created", B_CASE, ["AWS05128864"], True, "ja"), "010-sato-form-ack-ja.eml")

    # 011 agent asks for missing information
    d2 = dt("2025-05-28 01:14:36")
    t2 = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
ご提示いただいた受験者 ID（AWS05128864）のアカウントは確認できましたが、統合対象となるもう一方のアカウントを特定するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントにログインする際に使用していたメールアドレス
2. 各アカウントに登録されている通知先メールアドレス（ログイン用と異なる場合）
3. 統合後に残したいアカウント

いただいた情報をもとにアカウントを確認し、統合内容を改めてご案内いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

""" + JA_SIG.format(agent="中村") + "\n\n" + JA_FOOTER + "\n"
    b2 = aws_gmail(B_TO, d2, form_subject(B_CASE), aws_alt(t2, "base64", font="Meiryo, sans-serif"),
                   L("support_reply", B_CASE, ["AWS05128864"], True, "ja"), "011-sato-agent-asks-details-ja.eml")

    # 012 Sent: Sato answers (Gmail, ISO-2022-JP, Japanese quote header)
    d3 = dt("2025-05-28 21:03:50", JST)
    new3 = """中村様

ご連絡ありがとうございます。佐藤です。
ご質問の件、以下のとおりです。

1. 古いアカウントのログインメールアドレス：k.sato@tohoku-densan.co.jp
   （退職済みのため、現在このアドレスは受信できません）
2. 通知先メールアドレスもログイン用と同じだったと思います。
3. 残したいのは現在使っている aws 05128864 の方です。

古いアカウントでは 2021 年にクラウドプラクティショナーを取得しています。
よろしくお願いいたします。

佐藤 健太"""
    qh = "2025年5月28日(水) 10:14 Amazon Web Services <%s>:" % FORM
    plain3 = new3 + "\n\n" + qh + "\n\n" + quote(t2.split(JA_FOOTER)[0].rstrip()) + "\n"
    html3 = ('<div dir="ltr">' + plain_html_body(new3) + '</div><br>' +
             gmail_quote_html(qh, plain_html_body(t2.split(JA_FOOTER)[0])))
    body3 = alt(leaf(plain3, "plain", "ISO-2022-JP", "7bit"), leaf(html3, "html", "ISO-2022-JP", "quoted-printable"),
                style="gm")
    write("012-sato-sent-details-iso2022jp.eml", [],
          gmail_sent_headers(me, FORM, "Re: " + form_subject(B_CASE), d3, "<%s@email.amazonses.com>" % b2),
          body3, L(USER_SENT_KIND, B_CASE, ["AWS05128864"], None, "ja"))

    # 013 confirmation request (Japanese), Outlook-ja history block
    d4 = dt("2025-05-29 02:37:09")
    t4 = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご回答いただき、誠にありがとうございます。
お知らせいただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントが該当いたしました。

統合元（統合後に無効となるアカウント）：AWS07731045（k.sato@tohoku-densan.co.jp）
統合先（統合後も引き続きご利用いただくアカウント）：AWS05128864（kenta.sato.0712@gmail.com）

統合元アカウントの認定資格、受験履歴、および特典は、すべて統合先アカウントへ移行されます。
なお、アカウントの統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご承諾を確認でき次第、手続きを進めさせていただきます。

""" + JA_SIG.format(agent="中村") + """

差出人: 佐藤 健太 <kenta.sato.0712@gmail.com>
送信日時: 2025年5月28日 21:03
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % B_CASE + new3 + "\n"
    aws_gmail(B_TO, d4, form_subject(B_CASE), aws_alt(t4, "base64", font="Meiryo, sans-serif"),
              L("merge_confirmation_requested", B_CASE, ["AWS05128864", "AWS07731045"], True, "ja"),
              "013-sato-confirm-request-ja.eml")

    # 014 chaser (no accounts named)
    d5 = dt("2025-06-02 00:52:44")
    t5 = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

5 月 29 日にお送りしたご案内について、その後ご確認いただけましたでしょうか。
お手数ですが、内容をご確認のうえ本メールへご返信いただけますと幸いです。

なお、ご返信がない場合、本ケースは 7 日後に自動的にクローズされます。
クローズ後に改めてご依頼いただく場合は、本ケース ID（%s）を記載のうえお問い合わせください。

引き続きよろしくお願いいたします。

""" % B_CASE + JA_SIG.format(agent="中村") + "\n\n" + JA_FOOTER + "\n"
    aws_gmail(B_TO, d5, form_subject(B_CASE), aws_alt(t5, "base64", font="Meiryo, sans-serif"),
              L("support_reply", B_CASE, [], True, "ja"), "014-sato-chaser-ja.eml")

    # 015 completion + case closure in one mail
    d6 = dt("2025-06-04 06:18:27")
    t6 = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの大川でございます。

ご承諾のご連絡をいただき、ありがとうございました。
ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。

旧アカウント AWS07731045 に登録されていた認定資格（AWS Certified Cloud Practitioner）および受験履歴は、AWS05128864 に移行済みです。
今後は kenta.sato.0712@gmail.com でサインインしてご利用ください。Credly のデジタルバッジが反映されるまで、最大 48 時間ほどかかる場合がございます。

本件はこれにて解決とさせていただき、ケースをクローズいたします。
ご不明な点がございましたら、14 日以内に本メールへご返信ください。

""" + JA_SIG.format(agent="大川") + """

-----Original Message-----
From: 佐藤 健太 <kenta.sato.0712@gmail.com>
Sent: Tuesday, June 3, 2025 8:41 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

中村様

返信が遅くなり申し訳ありません。
ご案内いただいた内容で問題ありません。統合を進めてください。

佐藤
""" % B_CASE
    aws_gmail(B_TO, d6, form_subject(B_CASE), aws_alt(t6, "base64", font="Meiryo, sans-serif"),
              L("merge_completed", B_CASE, ["AWS05128864", "AWS07731045"], True, "ja"),
              "015-sato-merge-done-and-closed-ja.eml")

    # 016 survey (Japanese, HTML only)
    d7 = d6 + timedelta(minutes=2, seconds=11)
    h7 = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;color:#232f3e">
<table width="600" align="center"><tr><td style="padding:20px;background:#232f3e;color:#fff">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px">
<p>佐藤 健太 様</p>
<p>ケース <b>%s</b> は解決済みとしてクローズされました。今回のサポートについて、ぜひご意見をお聞かせください。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;answer=yes&amp;lang=ja">はい</a> ／
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;answer=no&amp;lang=ja">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=1">1</a>
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=2">2</a>
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=3">3</a>
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=4">4</a>
<a href="https://support.aws.amazon.com/#/feedback?displayId=%s&amp;rating=5">5</a></p>
<p>アンケートの所要時間は 1 分程度です。</p>
</td></tr><tr><td style="font-size:11px;color:#687078;padding:12px 24px">このメールは送信専用アドレスからお送りしています。Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr></table>
</body></html>
""" % ((B_CASE,) * 8)
    aws_gmail(B_TO, d7, "[CASE %s] サポートに関するアンケートご協力のお願い" % B_CASE,
              leaf(h7, "html", "utf-8", "base64"),
              L("survey", B_CASE, [], True, "ja"), "016-sato-survey-ja.eml")

    # 017 AWS Builder ID verification code (unrelated)
    d8 = dt("2025-06-05 11:27:03")
    p8 = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to finish creating or signing in to your AWS Builder ID.

Verification code: 583204

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Thanks,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    ip = RNG.choice(SES_IPS)
    sid = ses_ids(d8)
    tr, sels = gmail_trace(B_TO, d8 + timedelta(seconds=3), sid + "@us-west-2.amazonses.com", "signin.aws", ip,
                           ["signin.aws", "amazonses.com"], dmarc_policy="p=REJECT sp=REJECT dis=NONE")
    tr.append(("DKIM-Signature", dkim("signin.aws", d8, sels[0])))
    tr.append(("DKIM-Signature", dkim("amazonses.com", d8, sels[1])))
    main8 = [("From", "AWS <no-reply@signin.aws>"), ("To", B_TO),
             ("Subject", "Verify your AWS Builder ID email address"), ("Date", rfc(d8)),
             ("Message-ID", "<%s@us-west-2.amazonses.com>" % sid), ("MIME-Version", "1.0"),
             ("Feedback-ID", "::1.us-west-2.%s=:AmazonSES" % rnd_b64(33)[:44])]
    write("017-sato-builder-id-code.eml", tr, main8,
          alt(leaf(p8, "plain", "UTF-8", "7bit"), leaf(text_to_html(p8), "html", "UTF-8", "quoted-printable"), style="aws"),
          L("unrelated", None, [], True, "en"))


# ================================================================ Case C
# Priya Raman, Outlook.com, console support, 11-digit ids (2023). Detour: duplicate case.
C_TO = "priya.raman@outlook.com"
C_X = "12158843071"
C_Y = "12159020461"
CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================================================================
To see all the correspondence for this case, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To contact us, please use the link above to update your case via the AWS Support Center.
======================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


def console_opened(case, subject, corr, who="Priya"):
    return """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: %s

We will respond to your case as soon as we can. You can view the case and add correspondence at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To contact us, please use the link above to update your case.

Best regards,
Amazon Web Services
""" % (case, case, subject, corr, case)


def case_C():
    # 018 first case opened
    d1 = dt("2023-02-14 05:12:40")
    corr = ("Hello, I have two AWS Certification accounts. AWS03360219 was created with my previous employer email "
            "(priya.r@infotech-sol.in) and AWS08814572 is on this email. Please merge them and keep AWS08814572. "
            "Thank you.")
    aws_outlook(C_TO, d1, "Amazon Web Services: You have opened a new Support case: %s" % C_X,
                leaf(console_opened(C_X, "Merge two AWS Certification accounts", corr), "plain", "UTF-8", "7bit"),
                L("case_created", C_X, ["AWS03360219", "AWS08814572"]), "018-raman-console-case-opened.eml")

    # 019 duplicate case opened the same day
    d2 = dt("2023-02-14 10:40:19")
    corr2 = ("Resubmitting as I did not see a confirmation. Need my two certification profiles combined - "
             "cert ids aws03360219 + aws08814572 (keep the second one, it has my SAA).")
    aws_outlook(C_TO, d2, "Amazon Web Services: You have opened a new Support case: %s" % C_Y,
                leaf(console_opened(C_Y, "Certification profiles - combine", corr2), "plain", "UTF-8", "7bit"),
                L("case_created", C_Y, ["AWS03360219", "AWS08814572"]), "019-raman-duplicate-case-opened.eml")

    # 020 agent on the duplicate: resolve Y, continue on X
    d3 = dt("2023-02-15 03:55:02")
    t3 = """Hello Priya,

Thank you for contacting AWS Support.

I noticed that this case is a duplicate of case %s, which you opened earlier on the same day for the same request. To avoid any confusion or delay, I will be resolving this case, and our Training and Certification team will continue to assist you on case %s.

You don't need to take any action on this case. Kindly avoid opening additional cases for the same matter, as it may slow down the handling of your request.

Have a great day!

Carlos R.
""" % (C_X, C_X) + "\n" + CONSOLE_FOOTER.format(case=C_Y) + "\n"
    aws_outlook(C_TO, d3, "RE:[CASE %s] Certification profiles - combine" % C_Y, aws_alt(t3),
                L("support_reply", C_Y, []), "020-raman-duplicate-closed-note.eml")

    # 021 new correspondence notice on X
    d4 = dt("2023-02-15 14:21:37")
    t4 = """Hello,

We've updated your AWS Support case %s. To view the correspondence and respond, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: Merge two AWS Certification accounts

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % (C_X, C_X, C_X)
    aws_outlook(C_TO, d4, "[Case %s] New correspondence added" % C_X, leaf(t4, "plain", "UTF-8", "7bit"),
                L("support_reply", C_X, []), "021-raman-new-correspondence-notice.eml")

    # 022 confirmation request on X
    d5 = dt("2023-02-15 14:21:31")
    t5 = """Hello Priya,

Greetings from AWS Training and Certification!

I have reviewed your request and found both certification profiles. Before we submit the merge, please review the details below carefully:

* Profile that will be merged and closed: AWS03360219 (priya.r@infotech-sol.in)
* Profile that will be kept: AWS08814572 (priya.raman@outlook.com)

Your certification history, active certifications and exam benefits from AWS03360219 will be transferred to AWS08814572. Please note that a merge is permanent and cannot be reverted.

As this e-mail address cannot receive replies, kindly respond through the Support Center link below and confirm that we may proceed with the above.

Regards,
Shruthi K.
AWS Training and Certification
""" + "\n" + CONSOLE_FOOTER.format(case=C_X) + "\n"
    aws_outlook(C_TO, d5, "RE:[CASE %s] Merge two AWS Certification accounts" % C_X, aws_alt(t5),
                L("merge_confirmation_requested", C_X, ["AWS03360219", "AWS08814572"]),
                "022-raman-confirm-request.eml")

    # 023 merge done
    d6 = dt("2023-02-17 09:03:12")
    t6 = """Hello Priya,

Thank you for confirming through the Support Center.

I'm happy to inform you that the merge of AWS03360219 into AWS08814572 has been completed successfully. You can now sign in with priya.raman@outlook.com to view all of your certifications in one place.

Please allow up to 3 business days for your Credly badges to reflect the change. If you notice anything missing after that, feel free to reopen this case.

Regards,
Shruthi K.
AWS Training and Certification
""" + "\n" + CONSOLE_FOOTER.format(case=C_X) + "\n"
    aws_outlook(C_TO, d6, "RE:[CASE %s] Merge two AWS Certification accounts" % C_X, aws_alt(t6, "base64"),
                L("merge_completed", C_X, ["AWS03360219", "AWS08814572"]), "023-raman-merge-done.eml")

    # 024 resolved / survey
    d7 = dt("2023-02-20 09:05:44")
    t7 = """Hello,

Your AWS Support case %s has been resolved. If you feel that the issue has not been fully addressed, you can reopen the case within 14 days from the AWS Support Center.

Case ID: %s
Subject: Merge two AWS Certification accounts

Was your issue resolved? Let us know by answering a two-question survey:
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Thank you for using AWS Support.

Amazon Web Services
""" % (C_X, C_X, C_X, C_X)
    aws_outlook(C_TO, d7, "Amazon Web Services: Your Support case %s has been resolved" % C_X,
                aws_alt(t7), L("survey", C_X, []), "024-raman-case-resolved-survey.eml")

    # 025 unrelated AWS support case (EC2 quota increase)
    d8 = dt("2023-03-06 18:44:20")
    t8 = """Hello,

Thank you for contacting AWS Support.

We have approved and processed your quota increase request for EC2 Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the Asia Pacific (Mumbai) region. Your new quota is 64 vCPUs.

It can take up to 30 minutes for the new quota to become available. You can view your current quotas in the Service Quotas console.

Before you make any changes, please verify that you are working in the correct AWS account (6142-0935-7781).

Best regards,
Leon P.
Amazon Web Services
""" + "\n" + CONSOLE_FOOTER.format(case="12187734905") + "\n"
    aws_outlook(C_TO, d8, "RE:[CASE 12187734905] Limit Increase: EC2 Instances", aws_alt(t8),
                L("unrelated", "12187734905", []), "025-raman-ec2-quota-case.eml")


# ================================================================ Case D
# Markus Weber, company mailbox on Exchange Online, form desk, 15-digit id.
# Detour: Credly badges not moved after the merge; Credly's own merge code mail; expiry reminder.
D_TO = "markus.weber@kessler-automation.de"
D_ME = "Weber, Markus <markus.weber@kessler-automation.de>"
D_OPEN = dt("2024-11-04 09:15:33")
D_CASE = case15(D_OPEN, "00158")
VIKRAM_SIG = """Thanks and Regards,
Vikram S.
AWS Training & Certification Support"""


def credly_outlook_trace(to, d):
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    helo = "o%d.ptr%d.credly.com" % (RNG.randint(1, 20), RNG.randint(1000, 9999))
    tr = outlook_trace(to, d + timedelta(seconds=6), "em.credly.com", "credly.com", ip, helo=helo,
                       dkim_domain="credly.com", tenant="kessler")
    tr.append(("DKIM-Signature", dkim("credly.com", d, "s1", "from:content-type:subject:x-feedback-id:to:cc")))
    return tr


def outlook_sent_headers(frm, to, subject, d, lang="de-DE", in_reply_to=None):
    box = "AM9PR03MB%04d" % RNG.randint(1000, 9999)
    mid = "<%s%s@%s.eurprd03.prod.outlook.com>" % (box, rnd_alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box)
    h = [("From", frm), ("To", to), ("Subject", subject),
         ("Thread-Topic", subject), ("Thread-Index", "Ads" + rnd_b64(30)[:40]),
         ("Date", rfc(d)), ("Message-ID", mid)]
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthSource", box + ".eurprd03.prod.outlook.com"),
          ("MIME-Version", "1.0")]
    return h


def case_D():
    # 026 acknowledgement (another template)
    t = """Dear Customer,

We have received your message and a support case has been created for you.

Case ID: %s
Topic: Account Merge
Your AWS Certification candidate ID: AWS01984456

Our Customer Support team aims to respond within one business day. If you need to add details, reply to this message without changing the subject line so your reply is attached to the same case.

Please do not submit another request for the same issue.

Kind regards,
AWS Training and Certification Customer Support
""" % D_CASE
    aws_outlook(D_TO, D_OPEN + timedelta(seconds=21), form_subject(D_CASE, re=""), aws_alt(t, "7bit"),
                L("case_created", D_CASE, ["AWS01984456"]), "026-weber-form-ack.eml", frm=FORM, tenant="kessler")

    # 027 confirmation request (non-native English)
    d2 = dt("2024-11-05 10:02:51")
    t2 = """Hi Markus,

Greetings of the day!

As per our verification we found below two accounts associated to you:

1) AWS06672019 - markus.weber@web.de
2) AWS01984456 - markus.weber@kessler-automation.de

We will merge the account AWS06672019 into AWS01984456, and AWS01984456 will be the primary account going forward. All the certifications and exam history will be shifted to the primary account.

Kindly note once merged the process is irreversible and can not be rolled back.

Request you to please revert back with your confirmation so that we can proceed further.

""" + VIKRAM_SIG + "\n\n" + FORM_FOOTER_EN + "\n"
    d2id = aws_outlook(D_TO, d2, form_subject(D_CASE), aws_alt(t2),
                       L("merge_confirmation_requested", D_CASE, ["AWS01984456", "AWS06672019"]),
                       "027-weber-confirm-request.eml", frm=FORM, tenant="kessler")

    # 028 merge done; history carries Markus's German Outlook reply with nested AWS text
    d3 = dt("2024-11-07 15:32:08")
    t3 = """Hi Markus,

Thank you for your confirmation.

We are glad to inform that your accounts are now merged successfully. All your certifications are now visible under AWS01984456 and the account AWS06672019 is deactivated.

Kindly login to your account to verify the same. In case of any discrepancy please let us know by replying to this email.

""" + VIKRAM_SIG + """

-----Original Message-----
From: Weber, Markus <markus.weber@kessler-automation.de>
Sent: Tuesday, November 5, 2024 12:47 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: AW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Vikram,

yes, this is correct. Please go ahead.

Best regards
Markus Weber

Von: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Gesendet: Dienstag, 5. November 2024 11:02
An: Weber, Markus <markus.weber@kessler-automation.de>
Betreff: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Markus,

Greetings of the day!

As per our verification we found below two accounts associated to you:

1) AWS06672019 - markus.weber@web.de
2) AWS01984456 - markus.weber@kessler-automation.de
""" % (D_CASE, D_CASE)
    d3id = aws_outlook(D_TO, d3, form_subject(D_CASE), aws_alt(t3),
                       L("merge_completed", D_CASE, ["AWS01984456", "AWS06672019"]),
                       "028-weber-accounts-merged.eml", frm=FORM, tenant="kessler")

    # 029 closure + rating request (plain + html)
    d4 = dt("2024-11-07 15:40:13")
    t4 = """Hello,

Your AWS Training and Certification case %s is now closed.

Please take a moment to tell us about your experience. How would you rate the support you received?

Excellent: https://aws.training/support/feedback?case=%s&score=5
Good: https://aws.training/support/feedback?case=%s&score=4
Fair: https://aws.training/support/feedback?case=%s&score=3
Poor: https://aws.training/support/feedback?case=%s&score=1

If you still need help with this request, you can reply to this email within 14 days.

AWS Training and Certification
""" % ((D_CASE,) * 5)
    aws_outlook(D_TO, d4, "Your AWS Training and Certification case %s is now closed" % D_CASE, aws_alt(t4),
                L("survey", D_CASE, []), "029-weber-case-closed-rating.eml", frm=FORM, tenant="kessler")

    # 030 Credly self-service merge code (unrelated)
    d5 = dt("2024-11-10 19:22:47")
    p5 = """Hi Markus,

We received a request to merge the Credly account registered to markus.weber@web.de into the account registered to this email address.

Your verification code is: 847219

Enter this code on the merge screen, or click the button below to finish.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

The code expires in 30 minutes. If you did not make this request, you can safely ignore this email and no changes will be made.

The Credly Team
""" % rnd_hex(40)
    h5 = text_to_html(p5, "Helvetica, Arial, sans-serif")
    main5 = [("From", "Credly <admin@credly.com>"), ("To", D_TO), ("Subject", "Confirm your Credly account merge"),
             ("Date", rfc(d5)), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_alnum(22), RNG.randint(1, 40))),
             ("MIME-Version", "1.0")]
    write("030-weber-credly-self-merge-code.eml", credly_outlook_trace(D_TO, d5), main5,
          alt(leaf(p5, "plain", "utf-8", "quoted-printable"), leaf(h5, "html", "utf-8", "quoted-printable")),
          L("unrelated", None, [], True))

    # 031 Sent: Markus asks about badges (German Outlook, iso-8859-1)
    d6 = dt("2024-11-12 08:55:31", CET)
    new6 = """Hello Vikram,

thanks, the merge worked and I see all certifications under AWS01984456 on aws.training.

However my Credly badges (Solutions Architect - Associate and Developer - Associate) are still on my old Credly profile with markus.weber@web.de and were not moved. I tried Credly's own merge function but it did not move the AWS badges. Can you please also transfer the badges to the Credly account of markus.weber@kessler-automation.de?

Mit freundlichen Grüßen / Best regards
Markus Weber
Senior Cloud Engineer
Kessler Automation GmbH | Industriestraße 14 | 70565 Stuttgart"""
    hist6 = """Von: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Gesendet: Donnerstag, 7. November 2024 16:32
An: Weber, Markus <markus.weber@kessler-automation.de>
Betreff: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % D_CASE + t3.split("-----Original Message-----")[0].rstrip()
    plain6 = new6 + "\n\n" + hist6 + "\n"
    html6 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body lang="DE">'
             '<div class="WordSection1"><p class="MsoNormal"><span lang="EN-US">' + plain_html_body(new6) +
             '</span></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">' + plain_html_body(hist6) + '</p></div></div></body></html>')
    body6 = alt(leaf(plain6, "plain", "iso-8859-1", "quoted-printable"),
                leaf(html6, "html", "iso-8859-1", "quoted-printable"), style="ol")
    write("031-weber-sent-badges-not-moved.eml", [],
          outlook_sent_headers(D_ME, FORM, "AW: " + form_subject(D_CASE), d6,
                               in_reply_to="<%s@email.amazonses.com>" % d3id),
          body6, L(USER_SENT_KIND, D_CASE, ["AWS01984456"], None))

    # 032 agent: Credly transfer raised; once complete ...
    d7 = dt("2024-11-13 11:17:40")
    t7 = """Hi Markus,

Thank you for writing back to us and apologies for the inconvenience caused.

We have raised a request with our Credly team to transfer the badges from your old Credly profile to the profile linked with markus.weber@kessler-automation.de. Once the transfer is complete you will receive an email from Credly to accept the badges. This may take 5-7 business days.

Meanwhile, request you to not accept or delete any badge on the old Credly profile.

""" + VIKRAM_SIG + """

-----Original Message-----
From: Weber, Markus <markus.weber@kessler-automation.de>
Sent: Tuesday, November 12, 2024 7:55 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: AW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % D_CASE + new6 + "\n"
    aws_outlook(D_TO, d7, form_subject(D_CASE), aws_alt(t7, "base64"),
                L("support_reply", D_CASE, []), "032-weber-credly-transfer-raised.eml", frm=FORM, tenant="kessler")

    # 033 Credly: badges ready to accept
    d8 = dt("2024-11-19 16:03:12")
    intro = ("Your badges from Amazon Web Services Training and Certification have been transferred to this email "
             "address and are ready for you to accept.")
    h8 = credly_badge_html("Markus", "Amazon Web Services Training and Certification",
                           "AWS Certified Solutions Architect – Associate · AWS Certified Developer – Associate", intro,
                           button="Accept your badges")
    p8 = """Hi Markus,

%s

- AWS Certified Solutions Architect – Associate
- AWS Certified Developer – Associate

Accept your badges: https://www.credly.com/earner/earned

Credly, Inc. · 1 Pierrepont Plaza, 10th floor · Brooklyn, NY 11201
""" % intro
    main8 = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
             ("To", D_TO), ("Subject", "Your badges are ready to accept"), ("Date", rfc(d8)),
             ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_alnum(22), RNG.randint(1, 40))), ("MIME-Version", "1.0")]
    write("033-weber-credly-badges-ready.eml", credly_outlook_trace(D_TO, d8), main8,
          alt(leaf(p8, "plain", "utf-8", "base64"), leaf(h8, "html", "utf-8", "base64")),
          L("credly_badge_issued", None, [], True))

    # 034 Credly expiry reminder (unrelated)
    d9 = dt("2025-01-22 14:00:05")
    p9 = """Hi Markus,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on March 23, 2025.

To keep your badge active, complete the recertification requirements before that date. Once your certification is renewed, a new badge will be issued to you.

View badge: https://www.credly.com/badges/%s

The Credly Team
""" % uuid.UUID(int=RNG.getrandbits(128))
    main9 = [("From", "Credly <admin@credly.com>"), ("To", D_TO),
             ("Subject", "Your AWS Certified Cloud Practitioner badge expires in 60 days"), ("Date", rfc(d9)),
             ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_alnum(22), RNG.randint(1, 40))), ("MIME-Version", "1.0")]
    write("034-weber-credly-expiry-reminder.eml", credly_outlook_trace(D_TO, d9), main9,
          alt(leaf(p9, "plain", "utf-8", "quoted-printable"),
              leaf(text_to_html(p9, "Helvetica, Arial, sans-serif"), "html", "utf-8", "quoted-printable")),
          L("unrelated", None, [], True))


# ================================================================ Case E
# 山田 美咲, BIGLOBE mailbox, Japanese console case, 15-digit id.
# Detour: case auto-closed for no answer, re-opened, then merged.
E_TO = "misaki.yamada-0419@biglobe.ne.jp"
E_OPEN = dt("2025-01-20 02:03:44")
E_CASE = case15(E_OPEN, "00533")
JA_CONSOLE_FOOTER = """今回の対応についてご意見をお聞かせください。AWS サポートセンターの各返信の右上にある星を選択して評価いただけます。

======================================================================
このケースのすべてのやり取りは、次のリンクからご確認いただけます：
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※このメールアドレスは送信専用のため、ご返信いただいても受信できません。お問い合わせの際は、上記リンクから AWS サポートセンターでケースを更新してください。
======================================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""


def biglobe_trace(to, d, mailfrom, from_domain, ip, dkim_domain, dkim_result="pass", spf="pass", helo=None):
    helo = helo or ses_host(ip)
    loc = d.astimezone(JST)
    h = [("Return-Path", "<%s>" % mailfrom),
         ("Received", "from mtaiw-%s.biglobe.ne.jp by mtaiw-%s.biglobe.ne.jp (LMTP)\n\twith ESMTP id %s; %s"
          % (rnd_alnum(3), rnd_alnum(3), rnd_alnum(16), rfc(loc))),
         ("Authentication-Results", "mta-vgw-%02d.biglobe.ne.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s"
          % (RNG.randint(1, 12), spf, mailfrom.split("@")[1], dkim_result, dkim_domain, rnd_alnum(32))),
         ("Received", "from %s (%s [%s])\n\tby mta-vgw-%02d.biglobe.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
          % (helo, helo, ip, RNG.randint(1, 12), rnd_alnum(12, "0123456789ABCDEF"), to, rfc(loc - timedelta(seconds=2)))),
         ("X-Biglobe-Sender", "<%s>" % mailfrom)]
    return h


def aws_biglobe(to, d, subject, body, label, fname, frm=NOREPLY, name=AWSNAME):
    ip = RNG.choice(SES_IPS)
    main, sesid = aws_main(to, subject, d, frm, name)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d.strftime("%Y.%m.%d"), ip))) for k, v in main]
    trace = biglobe_trace(to, d + timedelta(seconds=5), sesid + "@amazonses.com", "amazon.com", ip, "amazon.com")
    trace.append(("DKIM-Signature", dkim("amazon.com", d)))
    trace.append(("DKIM-Signature", dkim("amazonses.com", d)))
    write(fname, trace, main, body, label)


def case_E():
    # 035 case opened (Japanese console template)
    t1 = """こんにちは。

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス
内容: AWS 認定のアカウントが2つ存在しています（AWS02245718 と AWS08870391）。1つに統合していただけますでしょうか。

できるだけ早く対応いたします。AWS サポートセンターでは、いつでもケースの確認や返信の追加ができます：
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいても受信できません。

よろしくお願いいたします。
Amazon Web Services
""" % (E_CASE, E_CASE, E_CASE)
    aws_biglobe(E_TO, E_OPEN + timedelta(seconds=6),
                "Amazon Web Services: 新しいサポートケースがオープンされました: %s" % E_CASE,
                aws_alt(t1, "base64", font="Meiryo, sans-serif"),
                L("case_created", E_CASE, ["AWS02245718", "AWS08870391"], True, "ja"), "035-yamada-console-case-opened-ja.eml")

    # 036 agent: which account should remain?
    d2 = dt("2025-01-21 05:48:02")
    t2 = """山田 美咲 様

AWS トレーニングと認定 カスタマーサポートの井上と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼いただいた 2 つのアカウント（AWS02245718、AWS08870391）を確認いたしました。
統合の手続きを進めるにあたり、統合後にどちらのアカウントを残すご希望か、サポートセンターよりお知らせいただけますでしょうか。

なお、残すアカウントに登録されているメールアドレスが、今後のサインインおよび各種通知の送信先となります。

ご返信をお待ちしております。

井上
Amazon Web Services
""" + "\n" + JA_CONSOLE_FOOTER.format(case=E_CASE) + "\n"
    aws_biglobe(E_TO, d2, "RE:[CASE %s] 認定アカウントの統合のお願い" % E_CASE, aws_alt(t2, "base64", font="Meiryo, sans-serif"),
                L("support_reply", E_CASE, ["AWS02245718", "AWS08870391"], True, "ja"), "036-yamada-which-account-to-keep-ja.eml")

    # 037 auto-closed for no response + survey
    d3 = dt("2025-01-28 06:00:11")
    t3 = """こんにちは。

サポートケース %s は、一定期間お客様からのご返信がなかったため、解決済みとしてクローズされました。

ケース ID: %s
件名: 認定アカウントの統合のお願い

引き続きサポートが必要な場合は、クローズから 14 日以内であれば、AWS サポートセンターからケースを再オープンできます。

問題は解決しましたか？ 2 つの質問にお答えいただき、ご意見をお聞かせください。
はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

AWS サポートをご利用いただき、ありがとうございました。
Amazon Web Services
""" % (E_CASE, E_CASE, E_CASE, E_CASE)
    aws_biglobe(E_TO, d3, "Amazon Web Services: サポートケース %s は解決済みです" % E_CASE,
                aws_alt(t3, "base64", font="Meiryo, sans-serif"),
                L("survey", E_CASE, [], True, "ja"), "037-yamada-auto-closed-survey-ja.eml")

    # 038 re-opened: agent acknowledges the answer, working on it
    d4 = dt("2025-01-30 02:31:54")
    t4 = """山田 美咲 様

AWS トレーニングと認定 カスタマーサポートの井上でございます。
ケースを再オープンしていただき、ありがとうございます。また、ご返信が届くまでの間にケースが自動でクローズされてしまい、ご不便をおかけいたしました。

残すアカウントは AWS08870391 をご希望とのこと、承知いたしました。
現在、担当部署にて両アカウントの登録情報を確認しております。確認が取れ次第、統合内容の最終確認のご連絡を差し上げますので、今しばらくお待ちくださいませ。

井上
Amazon Web Services
""" + "\n" + JA_CONSOLE_FOOTER.format(case=E_CASE) + "\n"
    aws_biglobe(E_TO, d4, "RE:[CASE %s] 認定アカウントの統合のお願い" % E_CASE, aws_alt(t4, "base64", font="Meiryo, sans-serif"),
                L("support_reply", E_CASE, ["AWS08870391"], True, "ja"), "038-yamada-reopened-checking-ja.eml")

    # 039 confirmation request
    d5 = dt("2025-01-31 07:12:29")
    t5 = """山田 美咲 様

AWS トレーニングと認定 カスタマーサポートの井上でございます。
お待たせいたしました。確認が完了しましたので、統合内容をご案内いたします。

・統合されるアカウント（統合後は利用できなくなります）: AWS02245718
・統合後に残るアカウント: AWS08870391（misaki.yamada-0419@biglobe.ne.jp）

AWS02245718 に紐づく認定資格（AWS Certified Solutions Architect - Associate）、受験履歴、および未使用の特典は AWS08870391 へ引き継がれます。
一度統合したアカウントは元に戻せませんので、内容を十分にご確認ください。

上記の内容で統合を進めてよろしいか、サポートセンターにてご返信いただけますでしょうか。

井上
Amazon Web Services
""" + "\n" + JA_CONSOLE_FOOTER.format(case=E_CASE) + "\n"
    aws_biglobe(E_TO, d5, "RE:[CASE %s] 認定アカウントの統合のお願い" % E_CASE, aws_alt(t5, "base64", font="Meiryo, sans-serif"),
                L("merge_confirmation_requested", E_CASE, ["AWS02245718", "AWS08870391"], True, "ja"),
                "039-yamada-confirm-request-ja.eml")

    # 040 completion
    d6 = dt("2025-02-04 03:40:17")
    t6 = """山田 美咲 様

AWS トレーニングと認定 カスタマーサポートの井上でございます。
ご承諾いただき、ありがとうございました。

AWS02245718 の認定資格および受験履歴を AWS08870391 へ移行する作業が完了いたしました。
aws.training にサインインし、認定資格が正しく表示されていることをご確認ください。Credly のバッジにつきましては、反映までに数日かかる場合がございます。

ほかにご不明な点がございましたら、サポートセンターよりお気軽にお問い合わせください。

井上
Amazon Web Services
""" + "\n" + JA_CONSOLE_FOOTER.format(case=E_CASE) + "\n"
    aws_biglobe(E_TO, d6, "RE:[CASE %s] 認定アカウントの統合のお願い" % E_CASE, aws_alt(t6, "base64", font="Meiryo, sans-serif"),
                L("merge_completed", E_CASE, ["AWS02245718", "AWS08870391"], True, "ja"), "040-yamada-transfer-finished-ja.eml")

    # 041 Credly badge (English, to the BIGLOBE address)
    d7 = dt("2025-02-06 09:15:40")
    intro = ("Amazon Web Services Training and Certification has issued you a badge. Accept it to start sharing "
             "your achievement.")
    h7 = credly_badge_html("Misaki", "Amazon Web Services Training and Certification",
                           "AWS Certified Solutions Architect – Associate", intro)
    mailfrom = "bounces+%d-%s-misaki.yamada-0419=biglobe.ne.jp@em.credly.com" % (RNG.randint(1000000, 9999999), rnd_hex(4))
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = biglobe_trace(E_TO, d7 + timedelta(seconds=8), mailfrom, "credly.com", ip, "credly.com",
                       helo="o%d.ptr%d.credly.com" % (RNG.randint(1, 20), RNG.randint(1000, 9999)))
    tr.append(("DKIM-Signature", dkim("credly.com", d7, "s1")))
    main7 = [("From", "Amazon Web Services Training and Certification via Credly <admin@credly.com>"),
             ("To", E_TO), ("Subject", "You've been issued a badge by Amazon Web Services Training and Certification"),
             ("Date", rfc(d7)), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_alnum(22), RNG.randint(1, 40))),
             ("MIME-Version", "1.0")]
    write("041-yamada-credly-badge.eml", tr, main7, leaf(h7, "html", "utf-8", "quoted-printable"),
          L("credly_badge_issued", None, [], True))

    # 042 CertMetrics survey-looking mail in Japanese (Shift_JIS label, cp932 content) - unrelated
    d8 = dt("2025-02-10 00:30:00")
    p8 = """山田 美咲 様

AWS 認定をご取得いただき、誠にありがとうございます。
AWS 認定プログラムの改善のため、簡単なアンケートへのご協力をお願いしております。

① 所要時間：約 5 分
② 回答期限：2025年2月28日～

アンケートに回答する：https://www.certmetrics.com/amazon/survey/?ref=%s

受験者 ID：AWS08870391

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。
AWS Certification Program
""" % rnd_hex(12)
    ip = "208.%d.%d.%d" % (RNG.randint(64, 80), RNG.randint(1, 250), RNG.randint(1, 250))
    tr = biglobe_trace(E_TO, d8 + timedelta(seconds=4), "bounce@certmetrics.com", "certmetrics.com", ip,
                       "certmetrics.com", helo="mail.certmetrics.com")
    tr.append(("DKIM-Signature", dkim("certmetrics.com", d8, "k1")))
    main8 = [("From", addr("AWS 認定", "do-not-reply@certmetrics.com")), ("To", E_TO),
             ("Subject", Header("AWS 認定からのお願い：ご意見をお聞かせください", "shift_jis").encode(maxlinelen=76)),
             ("Date", rfc(d8.astimezone(JST))), ("Message-ID", "<%s@certmetrics.com>" % uuid.UUID(int=RNG.getrandbits(128))),
             ("MIME-Version", "1.0")]
    write("042-yamada-certmetrics-survey-sjis.eml", tr, main8,
          leaf(p8, "plain", "Shift_JIS", "base64", codec="cp932"),
          L("unrelated", None, ["AWS08870391"], False, "ja"))


# ================================================================ Case F
# Tom Hughes, Fastmail (own domain), form desk 2020, 10-digit ids.
# Detour: first case never answered (no notification address), second case a week later.
F_TO = "tom@tomhughes.me.uk"
F_ME = "Tom Hughes <tom@tomhughes.me.uk>"
F_C1 = "7193348291"
F_C2 = "7240511861"
EDT = timezone(timedelta(hours=-4))


def fastmail_trace(to, d, mailfrom, from_domain, ip, dkim_domains, helo=None, dmarc="pass", policy="quarantine"):
    helo = helo or ses_host(ip)
    loc = d.astimezone(EDT)
    mx = "mx%d.messagingengine.com" % RNG.randint(1, 6)
    dk = ";\n    ".join("dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048"
                        % (dd, dd, rnd_b64(6)[:8], rnd_alnum(32)) for dd in dkim_domains)
    ar = ("%s;\n    %s;\n    dmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n"
          "      (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n"
          "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
          % (mx, dk, dmarc, policy, policy, from_domain, ip, helo, mailfrom, helo))
    h = [("Return-Path", "<%s>" % mailfrom),
         ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%dd1t%02d (Cyrus 3.3.0-%d-g%s-fm-2020%02d%02d.001-g%s) with LMTPA;\n\t %s"
          % (3, 3, RNG.randint(40, 49), RNG.randint(10, 40), RNG.randint(1, 9), RNG.randint(100, 900), rnd_hex(8),
             loc.month, loc.day, rnd_hex(8), rfc(loc))),
         ("X-Cyrus-Session-Id", "sloti-%s" % rnd_alnum(20)),
         ("X-Sieve", "CMU Sieve 3.0"),
         ("X-Spam-known-sender", "no"),
         ("X-Spam-score", "0.0"),
         ("X-Delivered-to", to),
         ("Received", "from %s ([10.202.2.%d])\n  by compute3.internal (LMTPProxy); %s" % (mx.split(".")[0], RNG.randint(200, 210), rfc(loc))),
         ("Received", "from %s (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
          % (mx, rnd_alnum(11, "0123456789ABCDEF"), to, rfc(loc))),
         ("Received", "from %s (localhost [127.0.0.1]); %s" % (mx, rfc(loc))),
         ("ARC-Seal", "i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm2; t=%d;\n\tb=%s"
          % (int(d.timestamp()), fold_b(rnd_b64(256)))),
         ("ARC-Authentication-Results", "i=1; " + ar),
         ("Authentication-Results", ar),
         ("X-ME-Proxy-Cause", "gggruggvucftvghtrhhoucdtuddrgeduiedrvdefgdduieeiucetufdoteggodetrfdotf"),
         ("X-ME-Proxy", "<xmx:%s>" % rnd_alnum(40)),
         ("Received", "from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
          "\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS\n\tfor <%s>; %s"
          % (helo, helo, ip, mx, to, rfc(loc)))]
    return h


def aws_fastmail(d, subject, body, label, fname, frm=FORM, name=AWSNAME):
    ip = RNG.choice(SES_IPS)
    main, sesid = aws_main(F_TO, subject, d, frm, name)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d.strftime("%Y.%m.%d"), ip))) for k, v in main]
    trace = fastmail_trace(F_TO, d + timedelta(seconds=3), sesid + "@amazonses.com", "amazon.com", ip,
                           ["amazon.com", "amazonses.com"])
    trace.append(("DKIM-Signature", dkim("amazon.com", d)))
    trace.append(("DKIM-Signature", dkim("amazonses.com", d)))
    write(fname, trace, main, body, label)
    return sesid


def case_F():
    # 043 first case ack - stored without any Authentication-Results (old POP import)
    d1 = dt("2020-07-06 08:14:52")
    t1 = """Hello,

Thank you for contacting AWS Training and Certification.

Your case number is %s. A member of our team will respond to you within 24 hours.

Inquiry: Certification - Account Merge
AWS Certification Account ID: AWS00559014

Please keep this case number for your reference.

Regards,
AWS Training and Certification
""" % F_C1
    sid = ses_ids(d1)
    ip = RNG.choice(SES_IPS)
    trace = [("Return-Path", "<%s@amazonses.com>" % sid),
             ("Received", "from %s (%s [%s])\n\tby smtp.tomhughes.me.uk (8.15.2/8.15.2) with ESMTPS id 066%s\n\tfor <%s>; %s"
              % (ses_host(ip), ses_host(ip), ip, rnd_alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), F_TO,
                 rfc((d1 + timedelta(seconds=4)).astimezone(BST)))),
             ("X-Account-Key", "account3"), ("X-UIDL", "UID%d-1593720211" % RNG.randint(1000, 9999)),
             ("X-Mozilla-Status", "0001"), ("X-Mozilla-Status2", "00000000")]
    main, _ = aws_main(F_TO, form_subject(F_C1, re=""), d1, sesid=sid)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d1.strftime("%Y.%m.%d"), ip))) for k, v in main]
    write("043-hughes-first-case-ack-no-auth.eml", trace, main, leaf(t1, "plain", "UTF-8", "7bit"),
          L("case_created", F_C1, ["AWS00559014"], None))

    # 044 second case ack a week later
    d2 = dt("2020-07-13 19:02:11")
    t2 = """Hello,

Thank you for contacting AWS Training and Certification.

Your case number is %s. A member of our team will respond to you within 24 hours.

Inquiry: Certification - Account Merge
AWS Certification Account ID: AWS00559014
Notification email: tom@tomhughes.me.uk

Please keep this case number for your reference.

Regards,
AWS Training and Certification
""" % F_C2
    aws_fastmail(d2, form_subject(F_C2, re=""), leaf(t2, "plain", "UTF-8", "7bit"),
                 L("case_created", F_C2, ["AWS00559014"]), "044-hughes-second-case-ack.eml")

    # 045 confirmation request on the second case, mentions the first
    d3 = dt("2020-07-14 09:22:37")
    t3 = """Hello Tom,

Thank you for your patience, and sorry that you did not hear back from us on your earlier request.

I can see that you also submitted case %s last week. Unfortunately that submission did not include a notification email address, so our reply could not reach you. I have closed that case and will handle your request here.

I found the following certification accounts under your name:

- AWS 00731266 - thughes@quarry-digital.co.uk (created 2018)
- AWS 00559014 - tom@tomhughes.me.uk (created 2019)

We would merge AWS 00731266 into AWS 00559014. AWS 00559014 would stay active, and your Solutions Architect - Associate certification from 2018 would be moved across to it.

Merging accounts is permanent. Could you please reply to this email to confirm you are happy for us to proceed?

Kind regards,
Gemma
AWS Training and Certification
""" % F_C1
    s3 = aws_fastmail(d3, form_subject(F_C2), aws_alt(t3),
                      L("merge_confirmation_requested", F_C2, ["AWS00559014", "AWS00731266"]),
                      "045-hughes-confirm-request.eml")

    # 046 Sent: Tom confirms, Outlook plain-text reply with -----Original Message-----,
    #     charset label says iso-8859-1 but the bytes are UTF-8 (smart quotes / en dash)
    d4 = dt("2020-07-14 11:05:20", BST)
    new4 = """Hi Gemma,

Yes that’s correct – please go ahead and merge AWS00731266 into AWS00559014.

Thanks for picking this up, I’d assumed the first request had got lost.

Cheers,
Tom

Tom Hughes
07700 900461"""
    orig4 = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 14 July 2020 10:22
To: tom@tomhughes.me.uk
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % F_C2 + t3
    body4 = leaf(new4 + "\n\n" + orig4, "plain", "iso-8859-1", "8bit", codec="utf-8")
    main4 = [("From", F_ME), ("To", FORM), ("Subject", "RE: " + form_subject(F_C2)),
             ("Date", rfc(d4)), ("Message-ID", "<00%s$%s$%s@tomhughes.me.uk>" % (rnd_hex(10), rnd_hex(8), rnd_hex(8))),
             ("In-Reply-To", "<%s@email.amazonses.com>" % s3), ("MIME-Version", "1.0"),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rnd_b64(24)[:28]), ("Content-Language", "en-gb")]
    write("046-hughes-sent-confirm-wrong-charset.eml", [], main4, body4,
          L(USER_SENT_KIND, F_C2, ["AWS00559014", "AWS00731266"], None))

    # 047 completion, also closes the case
    d5 = dt("2020-07-16 13:48:02")
    t5 = """Hello Tom,

Thanks for confirming. The two accounts have now been merged, and AWS00559014 holds all of your certification history, including the Solutions Architect - Associate certification.

Your digital badge will be re-issued through Acclaim to tom@tomhughes.me.uk within the next couple of days.

As this completes your request I will resolve the case now. If anything is not as expected, just reply and the case will reopen.

Kind regards,
Gemma
AWS Training and Certification
"""
    aws_fastmail(d5, form_subject(F_C2), aws_alt(t5, "base64"),
                 L("merge_completed", F_C2, ["AWS00559014"]), "047-hughes-merged-and-resolved.eml")

    # 048 Acclaim (older Credly domain) badge
    d6 = dt("2020-07-17 21:30:44")
    p6 = """Hi Tom,

Amazon Web Services Training and Certification has sent you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, Twitter and other networks:
https://www.youracclaim.com/earner/earned/badge/%s

Acclaim, by Credly
""" % uuid.UUID(int=RNG.getrandbits(128))
    mailfrom = "bounces+%d-%s-tom=tomhughes.me.uk@em.youracclaim.com" % (RNG.randint(1000000, 9999999), rnd_hex(4))
    ip = "167.89.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = fastmail_trace(F_TO, d6 + timedelta(seconds=9), mailfrom, "youracclaim.com", ip, ["youracclaim.com", "sendgrid.info"],
                        helo="o%d.ptr%d.youracclaim.com" % (RNG.randint(1, 20), RNG.randint(1000, 9999)), policy="none")
    tr.append(("DKIM-Signature", dkim("youracclaim.com", d6, "s1")))
    main6 = [("From", "Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>"),
             ("To", F_TO), ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
             ("Date", rfc(d6)), ("Message-ID", "<%s@ismtpd0%03dp1iad2.sendgrid.net>" % (rnd_alnum(22), RNG.randint(1, 200))),
             ("MIME-Version", "1.0")]
    h6 = credly_badge_html("Tom", "Amazon Web Services Training and Certification",
                           "AWS Certified Solutions Architect - Associate",
                           "Amazon Web Services Training and Certification has sent you a badge.",
                           url="https://www.youracclaim.com/earner/earned/badge/%s" % uuid.UUID(int=RNG.getrandbits(128)))
    h6 = h6.replace("Credly, Inc.", "Acclaim, by Credly").replace("through Credly", "through Acclaim")
    write("048-hughes-acclaim-badge.eml", tr, main6,
          alt(leaf(p6, "plain", "us-ascii", "7bit"), leaf(h6, "html", "utf-8", "quoted-printable")),
          L("credly_badge_issued", None, [], True))


# ================================================================ Case G
# Lucía Fernández, Google Workspace mailbox, form desk, 15-digit id.
# Detour: agent question about the legal name (not about the merge itself); a spoofed merge mail.
G_TO = "lucia.fernandez@nubeiberica.es"
G_OPEN = dt("2025-06-16 16:48:20")
G_CASE = case15(G_OPEN, "00782")


def case_G():
    me = addr("Lucía Fernández", G_TO)
    # 049 acknowledgement (short template)
    t1 = """Hi there,

We've received your request and opened a support case for you.

Case ID: %s
Category: Certification > Account Merge
Candidate ID provided: aws-03017755

What happens next: one of our Training and Certification specialists will review the details and reply to this address, usually within 24 hours. You can reply to this email to add information. Please don't open another case for the same question.

Thanks,
AWS Training and Certification
""" % G_CASE
    aws_gmail(G_TO, G_OPEN + timedelta(seconds=11), form_subject(G_CASE, re=""), aws_alt(t1),
              L("case_created", G_CASE, ["AWS03017755"]), "049-fernandez-form-ack.eml", tzc=PDT, tzname="PDT")

    # 050 agent: legal name mismatch question (not about which account / merge consent)
    d2 = dt("2025-06-17 11:20:09")
    t2 = """Hello Lucía,

Thank you for contacting AWS Training and Certification.

I have found both of your certification profiles, AWS03017755 and AWS06240918. Before I can go further, I need to clarify one detail: the legal name is recorded differently on the two profiles ("Lucía Fernández García" on AWS03017755 and "Lucia Fernandez" on AWS06240918).

Could you please let me know which version of your name should appear on your certificates and digital badges going forward? It has to match the government-issued ID you present at the test centre.

Once I have this information, I will get back to you with the next steps.

Best regards,
Marta
AWS Training and Certification Customer Support
Amazon Web Services
"""
    aws_gmail(G_TO, d2, form_subject(G_CASE), aws_alt(t2),
              L("support_reply", G_CASE, ["AWS03017755", "AWS06240918"]), "050-fernandez-legal-name-question.eml")

    # 051 spoofed merge confirmation (From amazon.com, dmarc=fail at the top; forged pass lower down)
    d3 = dt("2025-06-17 19:02:55")
    ip = "185.%d.%d.%d" % (RNG.randint(100, 250), RNG.randint(1, 250), RNG.randint(1, 250))
    mailfrom = "bounce-%s@mailer.certif-notify.com" % rnd_hex(6)
    tr, sels = gmail_trace(G_TO, d3 + timedelta(seconds=2), mailfrom, "amazon.com", ip,
                           ["certif-notify.com"], dmarc="fail",
                           dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE",
                           helo="mail%d.certif-notify.com" % RNG.randint(1, 9))
    tr.append(("DKIM-Signature", dkim("certif-notify.com", d3, "default")))
    tr.append(("Authentication-Results", "amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"))
    tr.append(("Received", "from [10.0.3.17] (unknown [%s])\n        by mail%d.certif-notify.com (Postfix) with ESMTPA id %s\n        for <%s>; %s"
               % (ip, RNG.randint(1, 9), rnd_alnum(10, "0123456789ABCDEF"), G_TO, rfc(d3 - timedelta(seconds=1)))))
    p3 = """Dear Candidate,

We received a request to merge your AWS Certification accounts. To avoid losing your certifications, you must confirm the merge within 24 hours.

Account to be merged: AWS-06240918
Destination account: your primary AWS Certification profile

Confirm the merge here: https://aws-certification.account-verify-center.com/merge/confirm?u=%s

If you do not confirm, both accounts will be suspended and your active certifications may be revoked.

AWS Training and Certification Team
""" % rnd_hex(24)
    h3 = text_to_html(p3).replace(
        "https://aws-certification.account-verify-center.com/merge/confirm?u=",
        '<a href="https://aws-certification.account-verify-center.com/merge/confirm?u=')
    h3 = h3.replace("</p>\n<p>If you do not", '">Confirm merge</a></p>\n<p>If you do not', 1)
    main3 = [("From", "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"),
             ("Reply-To", "merge-support@account-verify-center.com"), ("To", G_TO),
             ("Subject", "Action required: confirm your AWS Certification account merge"),
             ("Date", rfc(d3)), ("Message-ID", "<%s@mail.certif-notify.com>" % rnd_hex(24)), ("MIME-Version", "1.0"),
             ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
    write("051-fernandez-spoofed-merge-confirm.eml", tr, main3,
          alt(leaf(p3, "plain", "utf-8", "quoted-printable"), leaf(h3, "html", "utf-8", "quoted-printable")),
          L("merge_confirmation_requested", None, ["AWS06240918"], False))

    # 052 real confirmation request (after Lucía answered the name question)
    d4 = dt("2025-06-18 09:44:31")
    t4 = """Hello Lucía,

Thank you for your reply. I have noted that your certificates should show "Lucía Fernández García".

Here is a summary of what we will do. Please read it carefully:

- AWS06240918 (lucia.fernandez@nubeiberica.es) will be merged into AWS03017755 (luciafg.cloud@gmail.com).
- AWS03017755 will be the surviving profile, under the name "Lucía Fernández García".
- AWS06240918 will be closed, and its certifications, exam history and benefits will move to AWS03017755.

A merge cannot be undone afterwards. If this is what you want, please answer this email confirming it, and we will take it from there.

Best regards,
Marta
AWS Training and Certification Customer Support
Amazon Web Services

On Tue, Jun 17, 2025 at 6:12 PM Lucía Fernández <lucia.fernandez@nubeiberica.es> wrote:
> Hi Marta,
>
> Please use "Lucía Fernández García", it's what is on my passport.
> I'd like to keep AWS03017755 as my main profile.
>
> Thanks!
> Lucía
"""
    aws_gmail(G_TO, d4, form_subject(G_CASE), aws_alt(t4),
              L("merge_confirmation_requested", G_CASE, ["AWS03017755", "AWS06240918"]),
              "052-fernandez-confirm-request.eml")

    # 053 thanks for confirming, proceeding (nested quotes)
    d5 = dt("2025-06-18 15:03:18")
    t5 = """Hello Lucía,

Many thanks for confirming. We will now proceed with your request; you don't need to do anything else for now.

Once the merge is complete we will let you know by email, and your badges will be re-issued by Credly to the email address on your remaining profile.

Best regards,
Marta
AWS Training and Certification Customer Support
Amazon Web Services

On Wed, Jun 18, 2025 at 1:51 PM Lucía Fernández <lucia.fernandez@nubeiberica.es> wrote:
> Confirmed, please go ahead.
>
> Lucía
>
> On Wed, Jun 18, 2025 at 11:44 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > - AWS06240918 (lucia.fernandez@nubeiberica.es) will be merged into AWS03017755 (luciafg.cloud@gmail.com).
> > - AWS03017755 will be the surviving profile, under the name "Lucía Fernández García".
"""
    aws_gmail(G_TO, d5, form_subject(G_CASE), aws_alt(t5, "base64"),
              L("support_reply", G_CASE, []), "053-fernandez-thanks-proceeding.eml")

    # 054 completion
    d6 = dt("2025-06-20 08:12:47")
    t6 = """Hello Lucía,

Your request has been processed: AWS06240918 was merged into AWS03017755, which is now your only certification profile. Your name on the profile is "Lucía Fernández García".

From now on please sign in with luciafg.cloud@gmail.com. Any unused exam discount from the old profile is available on your Benefits page.

Best regards,
Marta
AWS Training and Certification Customer Support
Amazon Web Services
"""
    aws_gmail(G_TO, d6, form_subject(G_CASE), aws_alt(t6),
              L("merge_completed", G_CASE, ["AWS03017755", "AWS06240918"]), "054-fernandez-merge-processed.eml")

    # 055 survey (rating only, plain + html)
    d7 = dt("2025-06-21 08:15:02")
    t7 = """Hello,

You recently contacted AWS Training and Certification Customer Support (case %s). We'd appreciate a minute of your time to rate your experience.

How satisfied were you with the support you received?
https://aws.training/support/survey?displayId=%s

Thank you for helping us improve.

AWS Training and Certification
""" % (G_CASE, G_CASE)
    aws_gmail(G_TO, d7, "How was your experience with AWS Training and Certification Support?", aws_alt(t7),
              L("survey", G_CASE, []), "055-fernandez-rate-experience.eml")


# ================================================================ Case H
# Aisha Bello, Yahoo Mail, console support, 11-digit id (2023). Three accounts; a slow status update.
H_TO = "aisha.bello@yahoo.com"
H_CASE = "13874620511"


def yahoo_trace(to, d, mailfrom_domain, from_domain, ip, dkim_domains, helo=None, dmarc="pass", policy="QUARANTINE",
                return_path=None):
    helo = helo or ses_host(ip)
    atlas = "atlas%d.free.mail.%s.yahoo.com" % (RNG.randint(100, 330), RNG.choice(["bf1", "ne1", "gq1"]))
    inner = "10.217.%d.%d" % (RNG.randint(128, 159), RNG.randint(1, 250))
    ar_lines = ["dkim=pass header.i=@%s header.s=%s" % (dd, rnd_alnum(32)) for dd in dkim_domains]
    ar_lines.append("spf=pass smtp.mailfrom=%s" % mailfrom_domain)
    ar_lines.append("dmarc=%s(p=%s) header.from=%s" % (dmarc, policy, from_domain))
    return [("X-Apparently-To", "%s; %s" % (to, rfc(d))),
            ("Return-Path", "<%s>" % (return_path or "bounce@" + mailfrom_domain)),
            ("Received", "from %s by %s with HTTP; %s" % (inner, atlas, rfc(d))),
            ("X-Originating-Ip", "[%s]" % ip),
            ("Received-SPF", "pass (domain of %s designates %s as permitted sender)" % (mailfrom_domain, ip)),
            ("Authentication-Results", atlas + ";\n " + ";\n ".join(ar_lines) + ";"),
            ("X-YMailISG", rnd_b64(90).replace("/", "_")[:100]),
            ("Received", "from %s (EHLO %s)\n by %s with SMTPs\n (version=TLS1_2 cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);\n %s"
             % (ip, helo, inner, rfc(d - timedelta(seconds=1))))]


def aws_yahoo(d, subject, body, label, fname, frm=NOREPLY, name=AWSNAME):
    ip = RNG.choice(SES_IPS)
    main, sesid = aws_main(H_TO, subject, d, frm, name)
    main = [(k, (v if k != "X-SES-Outgoing" else "%s-%s" % (d.strftime("%Y.%m.%d"), ip))) for k, v in main]
    trace = yahoo_trace(H_TO, d + timedelta(seconds=4), "amazonses.com", "amazon.com", ip, ["amazon.com", "amazonses.com"],
                        return_path=sesid + "@amazonses.com")
    trace.append(("DKIM-Signature", dkim("amazon.com", d)))
    trace.append(("DKIM-Signature", dkim("amazonses.com", d)))
    write(fname, trace, main, body, label)


def case_H():
    # 056 console case opened
    d1 = dt("2023-09-18 07:31:05")
    corr = ("I have three AWS Certification profiles because I registered with different emails over the years: "
            "AWS05503182, aws07290046 and AWS 09915367. Please combine all of them into AWS09915367, which uses "
            "this Yahoo address. Thank you, Aisha Bello")
    aws_yahoo(d1, "Amazon Web Services: You have opened a new Support case: %s" % H_CASE,
              leaf(console_opened(H_CASE, "Combine three certification profiles", corr), "plain", "UTF-8", "quoted-printable"),
              L("case_created", H_CASE, ["AWS05503182", "AWS07290046", "AWS09915367"]), "056-bello-console-case-opened.eml")

    # 057 confirmation request for three accounts
    d2 = dt("2023-09-19 12:08:44")
    t2 = """Hello Aisha,

Thank you for contacting AWS Training and Certification Support. My name is Tunde and I'll be assisting you today.

I've located all three profiles. Please confirm the following plan before we submit it:

  Merged and closed:   AWS05503182
  Merged and closed:   AWS07290046
  Kept (primary):      AWS09915367 - aisha.bello@yahoo.com

All certifications and exam history from the two closed profiles will be brought into AWS09915367. This is a one-way operation.

Please reply through the Support Center to let me know if this is correct and whether we may go ahead.

Kind regards,
Tunde A.
Amazon Web Services
""" + "\n" + CONSOLE_FOOTER.format(case=H_CASE) + "\n"
    aws_yahoo(d2, "RE:[CASE %s] Combine three certification profiles" % H_CASE, aws_alt(t2),
              L("merge_confirmation_requested", H_CASE, ["AWS05503182", "AWS07290046", "AWS09915367"]),
              "057-bello-confirm-three-accounts.eml")

    # 058 status update: still in progress
    d3 = dt("2023-09-22 16:40:13")
    t3 = """Hello Aisha,

I wanted to give you a quick update. Our internal team is still working on your request. It is taking a little longer than usual because one of the profiles (AWS07290046) has an exam appointment booked for October, which has to be moved before that profile can be closed.

You don't need to do anything at this stage; the appointment will be kept, with the same date and time. I will update this case again by Tuesday at the latest.

Thank you for your patience.

Kind regards,
Tunde A.
Amazon Web Services
""" + "\n" + CONSOLE_FOOTER.format(case=H_CASE) + "\n"
    aws_yahoo(d3, "RE:[CASE %s] Combine three certification profiles" % H_CASE, aws_alt(t3, "base64"),
              L("support_reply", H_CASE, ["AWS07290046"]), "058-bello-status-update.eml")

    # 059 completion + resolution notice in one mail
    d4 = dt("2023-09-26 10:27:30")
    t4 = """Hello Aisha,

Good news - all three profiles are now combined. AWS09915367 is your only active certification profile and shows every certification you have earned; your October exam appointment has been moved over as well.

Since your request is now fulfilled, I am resolving this case. If you have a moment, please rate this correspondence using the link below - it really helps us.

Kind regards,
Tunde A.
Amazon Web Services
""" + "\n" + CONSOLE_FOOTER.format(case=H_CASE) + "\n"
    aws_yahoo(d4, "RE:[CASE %s] Combine three certification profiles" % H_CASE, aws_alt(t4),
              L("merge_completed", H_CASE, ["AWS09915367"]), "059-bello-profiles-combined-resolved.eml")

    # 060 Amazon Seller Central case (unrelated, same subject style)
    d5 = dt("2023-10-03 21:14:09")
    t5 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed the listing for ASIN B0C9XK2L7Q and reinstated it. The "potential pricing error" flag was removed after we verified your updated price. It may take up to 24 hours for the offer to be visible to buyers.

Was this email helpful? Please let us know by clicking the link in Case Log in Seller Central.

Thank you for selling with Amazon,
Rohit
Amazon Selling Partner Support

To view your case, go to Seller Central > Help > Case Log, case ID 6021457793.
"""
    ip = "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(1, 250))
    sid = ses_ids(d5)
    tr = yahoo_trace(H_TO, d5 + timedelta(seconds=6), "amazon.com", "amazon.com", ip, ["amazon.com"],
                     helo="a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]))
    tr.append(("DKIM-Signature", dkim("amazon.com", d5)))
    main5 = [("From", "Amazon Seller Support <seller-notification@amazon.com>"), ("To", H_TO),
             ("Subject", "RE:[CASE 6021457793] Listing blocked - ASIN B0C9XK2L7Q"), ("Date", rfc(d5)),
             ("Message-ID", "<%s@email.amazonses.com>" % sid), ("MIME-Version", "1.0")]
    write("060-bello-seller-central-case.eml", tr, main5, aws_alt(t5),
          L("unrelated", "6021457793", [], True))


# ---- MORE CASES ----

if __name__ == "__main__":
    main()
