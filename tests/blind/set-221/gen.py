#!/usr/bin/env python3
"""Generator for blind set 221: acknowledgements-heavy mailbox of AWS Certification
account merges (plus look-alikes).  Run: python3 make_set.py
Writes NNN-*.eml and labels.json next to this script."""
import base64
import datetime as _dt
import hashlib
import io
import json
import os
import quopri
import random
import uuid
from email import generator, utils
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(221221)
UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9))
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))
CEST = _dt.timezone(_dt.timedelta(hours=2))

LABELS = {}
AMZ_SEL = "yg4mwqurec7fkhzutopddd3ytuaqrvuz"  # fixed amazon.com DKIM selector
COUNTER = [0]


# ---------------------------------------------------------------- small helpers
def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def later(d, **kw):
    return d + _dt.timedelta(**kw)


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), R.randint(100, 99999))


def rfc_date(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return utils.format_datetime(d)


def gdate(d, tz=PDT):
    """Date format used in Google's Received lines."""
    d = d.astimezone(tz)
    name = "PDT" if tz in (PDT,) else ("PST" if tz is PST else "UTC")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z") + " (%s)" % name


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ses_id(d, region="email.amazonses.com", pre="0100"):
    ms = int(d.timestamp() * 1000) - R.randint(200, 4000)
    u = uuid.UUID(int=R.getrandbits(128), version=4)
    return "<%s%012x-%s-000000@%s>" % (pre, ms, u, region)


def ses_return_path(mid):
    local = mid.strip("<>").split("@")[0]
    dom = "amazonses.com" if "email.amazonses" in mid else mid.strip("<>").split("@")[1].replace("email.", "")
    return "%s@%s" % (local, dom)


def fold_b(value, indent="\n\t", width=72):
    """Fold a long base64 blob for DKIM b= values."""
    return indent.join(value[i:i + width] for i in range(0, len(value), width))


def dkim_sig(domain, d, selector=None, headers="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID"):
    selector = selector or (AMZ_SEL if domain == "amazon.com" else ralnum(32))
    t = int(d.timestamp())
    b = rb64(192)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, domain, t, headers, rb64(32), fold_b(b)))


def ar_text(authserv, parts):
    """parts: list of strings like 'dkim=pass header.i=@amazon.com ...'"""
    if authserv is None:  # Outlook style, no authserv-id
        return "; ".join(parts)
    return authserv + ";\n       " + ";\n       ".join(parts)


# ---------------------------------------------------------------- MIME parts
def tpart(body, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None,
          encode_as=None, extra_ct=""):
    """A single text part with explicit charset and transfer encoding.
    declared: charset written in the header (may deliberately differ)."""
    data = body.encode(encode_as or charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, declared or charset, extra_ct)
    p["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10 ** 12, 10 ** 13)))
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("=_%s" % rhex(24)))
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def attach_bytes(data, ctype, filename):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def subj(text, charset=None, width=76):
    """Encoded-word subject (folded) when non-ASCII or a charset is asked for."""
    if charset is None:
        try:
            text.encode("ascii")
            return text
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(text, charset, maxlinelen=width, header_name="Subject").encode(linesep="\n")


def addr(name, email_addr, charset=None):
    if name is None:
        return email_addr
    try:
        name.encode("ascii")
        return utils.formataddr((name, email_addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset or "utf-8").encode(), email_addr)


# ---------------------------------------------------------------- routes (trace + auth headers)
SES_IPS = ["54.240.8.%d" % i for i in (21, 39, 52, 77, 94)] + ["54.240.48.%d" % i for i in (93, 110)] + \
          ["23.251.234.%d" % i for i in (8, 11)]


def ses_host(ip):
    a = ip.split(".")
    if ip.startswith("54.240.8"):
        return "a8-%s.smtp-out.amazonses.com" % a[3]
    if ip.startswith("54.240.48"):
        return "a48-%s.smtp-out.amazonses.com" % a[3]
    return "e234-%s.smtp-out.us-west-2.amazonses.com" % a[3]


def route_gmail(to, d, mailfrom, ip, helo, auth, arc=True, extra_top=()):
    """auth: list of AR method strings (already formatted)."""
    h = []
    t1 = later(d, seconds=R.randint(1, 4))
    h.append(("Delivered-To", to))
    h.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
              % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), ralnum(3), R.randint(100000, 9999999),
                 ralnum(3), gdate(t1))))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:86]))
    h.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
              % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(4), ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                 R.randint(10, 999), R.randint(1, 99) * 1000 + R.randint(100, 999) + 1700000000000 // 10 ** 9,
                 gdate(t1))))
    for k, v in extra_top:
        h.append((k, v))
    if arc:
        h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                  % (int(t1.timestamp()), fold_b(rb64(256), "\n         ", 70))))
        h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                  "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                  "         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
                  % (rb64(32), rb64(32), fold_b(rb64(256), "\n         ", 70))))
        h.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ";\n       ".join(auth)))
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n"
              "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (helo, helo, ip, ralnum(24), R.randint(100, 999), R.randint(2025, 2025) * 1000 + R.randint(1, 999),
                 to, gdate(d))))
    spf_res = "pass" if any(a.startswith("spf=pass") for a in auth) else "softfail"
    h.append(("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
              % (spf_res, mailfrom, ip, ip) if spf_res == "pass" else
              "%s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;"
              % (spf_res, mailfrom, ip, ip)))
    h.append(("Authentication-Results", ar_text("mx.google.com", auth)))
    return h


def route_outlook(to, d, mailfrom, ip, helo, auth_line, compact=True):
    """Outlook.com / Microsoft 365: Authentication-Results without authserv-id."""
    h = []
    pod = R.choice(["SA1PR12MB", "CH3PR04MB", "DM6PR11MB", "PH7PR19MB", "TYCPR01MB", "OS3PR01MB"])
    n = R.randint(1000, 9999)
    t = later(d, seconds=R.randint(1, 3))
    h.append(("Received", "from %s%d.namprd12.prod.outlook.com (2603:10b6:%s::%s)\n by %s%d.namprd12.prod.outlook.com with HTTPS; %s"
              % (pod, n, rhex(3), rhex(2), pod, n + 7, rfc_date(t))))
    h.append(("Received", "from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%s::%s)\n by %s%d.namprd12.prod.outlook.com"
              " (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
              % (R.randint(0, 9999), rhex(3), rhex(2), pod, n, rhex(3), rhex(2), R.randint(8000, 8999), R.randint(1, 40), rfc_date(t))))
    h.append(("Authentication-Results", auth_line))
    spf = "Pass" if "spf=pass" in auth_line else "SoftFail"
    h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
              % (spf, mailfrom.split("@")[-1], "designates" if spf == "Pass" else "does not designate", ip, ip, helo)))
    h.append(("Received", "from %s (%s) by\n BN2PEPF000044A%d.mail.protection.outlook.com (10.167.243.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
              % (helo, ip, R.randint(1, 9), R.randint(10, 250), R.randint(8000, 8999), R.randint(1, 40), rfc_date(d))))
    h.append(("Return-Path", mailfrom))
    return h


def route_jp(provider, to, d, mailfrom, ip, helo, auth, tz=JST):
    """Japanese ISP style. provider: authserv-id / host stem."""
    h = []
    t = later(d, seconds=R.randint(1, 5))
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Delivered-To", to))
    n_mta = R.randint(1, 30)
    h.append(("Received", "from mta%02d.%s (mta%02d.%s [%s])\n\tby mbox%02d.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
              % (n_mta, provider, n_mta, provider, "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 R.randint(1, 60), provider, ralnum(11, "0123456789ABCDEF"), to, rfc_date(t, tz))))
    h.append(("Authentication-Results", ar_text(provider, auth)))
    h.append(("Received", "from %s (%s [%s])\n\tby mta%02d.%s with ESMTP\n\tid <%s%s@mta.%s>\n\tfor <%s>; %s"
              % (helo, helo, ip, R.randint(1, 30), provider, R.randint(10 ** 13, 10 ** 14), ralnum(6, "0123456789"),
                 provider, to, rfc_date(d, tz))))
    return h


def route_plain(to, d, mailfrom, ip, helo, relay="mail.corp.example"):
    """No Authentication-Results at all (corporate relay / POP fetch)."""
    h = []
    t = later(d, seconds=R.randint(2, 9))
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Received", "from %s (%s [%s])\n\tby %s (8.15.2/8.15.2) with ESMTPS id %s\n\tfor <%s>; %s"
              % (helo, helo, ip, relay, ralnum(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), to, rfc_date(t))))
    return h


def ses_auth_gmail(mailfrom, ip, from_dom="amazon.com", dkim_from="pass", dmarc="pass", policy="QUARANTINE"):
    s1, s2 = ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    out = []
    if dkim_from:
        out.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim_from, from_dom, AMZ_SEL, s1))
    out.append("dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % ("224i4yxa5dv7c2xz3womw6peuasteono", s2))
    out.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    if dmarc:
        out.append("dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" % (dmarc, policy, policy, from_dom))
    return out


def ses_auth_outlook(ip, from_dom="amazon.com", dmarc="pass"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100"
            % (ip, from_dom, dmarc, from_dom))


# ---------------------------------------------------------------- assembly
def write(desc, body, headers, label, linesep="\n"):
    """headers: ordered list of (name, value) for the top-level message, excluding MIME ones."""
    COUNTER[0] += 1
    name = "%03d-%s.eml" % (COUNTER[0], desc)
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    buf = io.BytesIO()
    g = generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=0)
    g.flatten(body, linesep=linesep)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())
    kind, case_id, ids, verified, lang = label
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                    "sender_verified": verified, "language": lang}
    return name


def aws_headers(from_, to, subject, d, mid, extra=()):
    h = [("DKIM-Signature", dkim_sig("amazon.com", d)),
         ("DKIM-Signature", dkim_sig("amazonses.com", d, selector="224i4yxa5dv7c2xz3womw6peuasteono",
                                     headers="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID"))]
    h += [("Date", rfc_date(d)), ("From", from_), ("To", to), ("Message-ID", mid), ("Subject", subject)]
    h += list(extra)
    return h


def ses_tail(d):
    return [("X-SES-Outgoing", d.strftime("%Y.%m.%d") + "-" + R.choice(SES_IPS)),
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43])]


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
              "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
              "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def simple_html(paras, title="Amazon Web Services", footer=AWS_FOOTER, lang="en"):
    body = "\n".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p.replace("\n", "<br>\n") for p in paras)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:12px 20px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"60\"></td></tr>\n"
            "<tr><td style=\"padding:20px\">\n%s\n</td></tr>\n<tr><td style=\"padding:12px 20px;font-size:11px;color:#687078\">%s</td></tr></table>\n</body></html>\n"
            % (lang, title, body, footer))


def html_from_text(txt, title="Amazon Web Services", footer=AWS_FOOTER, lang="en"):
    """Plain text -> HTML alternative: escaped paragraphs, quoted lines in a blockquote."""
    import html as _h
    out, run, runq = [], [], None
    lines = txt.strip("\n").split("\n") + [None]

    def flush(run, q):
        if not run:
            return
        if q:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in run)
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                       % _h.escape(inner))
        else:
            for block in "\n".join(run).split("\n\n"):
                if block.strip():
                    out.append(_h.escape(block.strip("\n")))

    for l in lines:
        q = None if l is None else l.startswith(">")
        if l is None or (runq is not None and q != runq):
            flush(run, runq)
            run = []
        if l is not None:
            run.append(l)
            runq = q
    return simple_html(out, title, footer, lang)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ================================================================= MAILS
# ---------------------------------------------------------------- P1: Daniel Okafor, form desk, Gmail
P1 = "daniel.okafor@gmail.com"
P1_TO = "Daniel Okafor <daniel.okafor@gmail.com>"
P1_OPEN = dt(2025, 5, 27, 22, 41, 6)
P1_CASE = case15(P1_OPEN)
P1_OLD, P1_NEW = "AWS04817263", "AWS09135572"
P1_SUBJ_BASE = "[AWS Training and Certification Form Submission] - account-assistance"
P1_DESC = ("I have two AWS Certification accounts. The older one (aws04817263) was created with my former "
           "employer's e-mail address, which I no longer have access to. My current account is AWS09135572. "
           "Please merge the old account into AWS09135572 so all my certifications are in one place. "
           "I would like to keep AWS09135572.")


def gmail_ses(to, d, from_dom="amazon.com", region="email.amazonses.com", dmarc="pass"):
    mid = ses_id(d, region)
    mf = ses_return_path(mid)
    ip = R.choice(SES_IPS)
    return mid, route_gmail(to, d, mf, ip, ses_host(ip), ses_auth_gmail(mf, ip, from_dom, dmarc=dmarc))


# 001 form acknowledgement with the submitted form echoed
d = later(P1_OPEN, seconds=9)
mid, tr = gmail_ses(P1, d)
txt = """Hello Daniel,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case %s.

A member of our Customer Support team will review your inquiry and respond within 24 hours. If you need to add information, please reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.

Below is a copy of the information you submitted:

First name: Daniel
Last name: Okafor
Email: daniel.okafor@gmail.com
Country: Nigeria
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS09135572
Description: %s

Regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/

%s
""" % (P1_CASE, P1_DESC, AWS_FOOTER)
html = simple_html([
    "Hello Daniel,",
    "Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case <b>%s</b>." % P1_CASE,
    "A member of our Customer Support team will review your inquiry and respond within 24 hours. If you need to add information, please reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.",
    "Below is a copy of the information you submitted:",
    "<b>First name:</b> Daniel\n<b>Last name:</b> Okafor\n<b>Email:</b> daniel.okafor@gmail.com\n<b>Country:</b> Nigeria\n<b>Inquiry type:</b> Certification\n<b>Inquiry detail:</b> Account Merge\n<b>AWS candidate ID:</b> AWS09135572\n<b>Description:</b> " + P1_DESC,
    "Regards,\nAWS Training and Certification Customer Support",
])
body = alt(tpart(txt), tpart(html, "html"))
write("form-ack-with-echo", body,
      tr + aws_headers(FORM, P1, "[CASE %s] %s" % (P1_CASE, P1_SUBJ_BASE), d, mid) + ses_tail(d),
      ("case_created", P1_CASE, [P1_OLD, P1_NEW], True, "en"))

# 002 agent's first reply: acknowledges and asks to confirm the merge
d2 = dt(2025, 5, 28, 15, 12, 40)
mid, tr = gmail_ses(P1, d2)
txt = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification, and my apologies for the wait. My name is Rahul and I have received your case regarding your two certification accounts. I'm happy to help you with this.

I was able to locate both accounts. Before I submit the request, please review the details below:

Account to be merged (will be deactivated): AWS04817263 - d.okafor@***tech.com
Account that will remain active: AWS09135572 - daniel.okafor@gmail.com

All certifications, exam history and benefits from AWS04817263 will be moved to AWS09135572. Please note that once the accounts are merged, the action cannot be reversed.

Kindly reply to this email confirming that the above information is correct and that you would like us to proceed.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

----------------------------------------------------------------
Case %s
Submitted: 27 May 2025 22:41 UTC
Description: %s
""" % (P1_CASE, P1_DESC)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("agent-first-reply-confirm", body,
      tr + aws_headers(FORM, P1, "RE:[CASE %s] %s" % (P1_CASE, P1_SUBJ_BASE), d2, mid) + ses_tail(d2),
      ("merge_confirmation_requested", P1_CASE, [P1_OLD, P1_NEW], True, "en"))

# 003 thanks for confirming, will proceed (ids only in quoted history)
d3 = dt(2025, 5, 29, 9, 3, 11)
mid, tr = gmail_ses(P1, d3)
user_reply = """Hi Rahul,

The details are correct. Please proceed with the merge.

Thanks,
Daniel"""
txt = """Hello Daniel,

Thank you for confirming. I have now passed your request to the team that handles account consolidation, and we will proceed accordingly. Once the merge is complete you will receive a further update from us on this case; this usually takes 1-3 business days.

There is nothing else you need to do in the meantime.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

On Wed, May 28, 2025 at 11:02 PM Daniel Okafor <daniel.okafor@gmail.com> wrote:
%s
>
> On Wed, 28 May 2025 at 16:12, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Account to be merged (will be deactivated): AWS04817263 - d.okafor@***tech.com
> > Account that will remain active: AWS09135572 - daniel.okafor@gmail.com
> > Kindly reply to this email confirming that the above information is correct.
""" % quote_lines(user_reply)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("agent-proceeding-after-confirm", body,
      tr + aws_headers(FORM, P1, "RE:[CASE %s] %s" % (P1_CASE, P1_SUBJ_BASE), d3, mid) + ses_tail(d3),
      ("support_reply", P1_CASE, [], True, "en"))

# 004 completion, paraphrased ("consolidated")
d4 = dt(2025, 5, 30, 18, 47, 2)
mid, tr = gmail_ses(P1, d4)
txt = """Hello Daniel,

Good news: your certification records have been consolidated. Everything that was held under the old profile now sits under AWS09135572, and the old profile has been closed. You can sign in to your AWS Certification Account with daniel.okafor@gmail.com to see the full list of your certifications and your benefits.

Please allow up to 48 hours for your digital badges to appear on your Credly account.

If you have any further questions, just reply to this email.

Best regards,
Priyanka M.
AWS Training and Certification Customer Support
"""
body = alt(tpart(txt, cte="base64"), tpart(html_from_text(txt), "html", cte="base64"))
write("records-consolidated", body,
      tr + aws_headers(FORM, P1, "RE:[CASE %s] %s" % (P1_CASE, P1_SUBJ_BASE), d4, mid) + ses_tail(d4),
      ("merge_completed", P1_CASE, [P1_NEW], True, "en"))

# 005 closure / survey (HTML-only)
d5 = later(d4, minutes=3, seconds=14)
mid, tr = gmail_ses(P1, d5)
html = simple_html([
    "Hello Daniel,",
    "Your case <b>%s</b> has been marked as resolved. We hope we were able to help." % P1_CASE,
    "<b>Was your issue resolved?</b>",
    "<a href=\"https://survey.aws-training.example.amazon.com/s/csat?case=%s&amp;r=yes\" style=\"background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none\">YES</a>&nbsp;&nbsp;"
    "<a href=\"https://survey.aws-training.example.amazon.com/s/csat?case=%s&amp;r=no\" style=\"background:#545b64;color:#fff;padding:8px 18px;text-decoration:none\">NO</a>" % (P1_CASE, P1_CASE),
    "It takes less than a minute, and your feedback helps us improve the support we provide. If you still need help, reply to this message within 14 days and your case will be reopened.",
    "Thank you,\nAWS Training and Certification",
])
body = tpart(html, "html")
write("case-resolved-yes-no", body,
      tr + aws_headers(FORM, P1, "[CASE %s] Your case has been resolved - tell us how we did" % P1_CASE, d5, mid) + ses_tail(d5),
      ("survey", P1_CASE, [], True, "en"))


# 006 Credly badge after the merge
def credly_route(to, d, dmarc="pass"):
    mid = "<%s.%s@credly.com>" % (rhex(24), ralnum(6))
    mf = "bounces+%d-%s-%s=%s@em.credly.com" % (R.randint(1000000, 9999999), rhex(4), to.split("@")[0], to.split("@")[1])
    ip = "149.72.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    auth = ["dkim=pass header.i=@credly.com header.s=s1 header.b=%s" % ralnum(8, "ABCDEFGHIJKLMNabcdefghijk0123456789"),
            "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % ralnum(8, "ABCDEFGHIJKLMNabcdefghijk0123456789"),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (mf, ip, mf),
            "dmarc=%s (p=NONE sp=NONE dis=NONE) header.from=credly.com" % dmarc]
    return mid, mf, ip, auth


d6 = dt(2025, 5, 31, 4, 20, 55)
mid, mf, ip, auth = credly_route(P1, d6)
tr = route_gmail(P1, d6, mf, ip, "o%d.ptr%d.em.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), auth)
badge = "AWS Certified Solutions Architect - Associate"
txt = """Daniel, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a new digital badge: %s.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Once you accept it, you can share it on LinkedIn, add it to your email signature and let employers verify your skills.

This badge was issued to daniel.okafor@gmail.com. If you have questions about this badge, please contact the issuing organization.

Credly, Inc. | 1005 Alderman Drive, Alpharetta, GA 30005
Unsubscribe: https://www.credly.com/notification_settings
""" % (badge, str(uuid.UUID(int=R.getrandbits(128), version=4)))
html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
        "<h2 style=\"color:#222\">Daniel, your badge is ready to accept</h2>"
        "<p>Amazon Web Services Training and Certification has issued you a new digital badge: <b>%s</b>.</p>"
        "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none\">Accept your badge</a></p>"
        "<p style=\"font-size:12px;color:#777\">This badge was issued to daniel.okafor@gmail.com.<br>Credly, Inc. | 1005 Alderman Drive, Alpharetta, GA 30005</p>"
        "</td></tr></table></body></html>\n" % badge)
body = alt(tpart(txt), tpart(html, "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("credly.com", d6, selector="s1")),
            ("DKIM-Signature", dkim_sig("sendgrid.info", d6, selector="smtpapi")),
            ("Date", rfc_date(d6)),
            ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
            ("Reply-To", "no-reply@credly.com"), ("To", P1), ("Message-ID", mid),
            ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
            ("X-SG-EID", rb64(60)), ("List-Unsubscribe", "<https://www.credly.com/notification_settings>")]
write("credly-badge-ready", body, hdr, ("credly_badge_issued", None, [], True, "en"))

# ---------------------------------------------------------------- P2: 佐藤 美咲, form desk in Japanese, nifty
P2 = "misaki.sato@nifty.com"
P2_OPEN = dt(2025, 6, 10, 1, 15, 33)
P2_CASE = case15(P2_OPEN)
P2_KEEP, P2_OLD = "AWS07731904", "AWS02268415"
P2_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def jp_ses(provider, to, d, from_dom="amazon.com", dmarc="pass"):
    mid = ses_id(d)
    mf = ses_return_path(mid)
    ip = R.choice(SES_IPS)
    auth = ["spf=pass smtp.mailfrom=%s" % mf.split("@")[1],
            "dkim=pass header.d=%s header.s=%s header.b=%s" % (from_dom, AMZ_SEL, ralnum(8, "ABCDEFGHabcdefgh0123456789+/")),
            "dkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s" % ralnum(8, "ABCDEFGHabcdefgh0123456789+/"),
            "dmarc=%s header.from=%s" % (dmarc, from_dom)]
    return mid, route_jp(provider, to, d, mf, ip, ses_host(ip), auth)


# 007 Japanese form acknowledgement, ISO-2022-JP, submitted form echoed
d = later(P2_OPEN, seconds=6)
mid, tr = jp_ses("nifty.com", P2, d)
txt = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: %s

担当者より、通常 24 時間以内にご連絡いたします。追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
なお、同じ内容で新たにお問い合わせいただきますと、ご回答が遅れる場合がございます。あらかじめご了承ください。

■ お送りいただいた内容
お名前: 佐藤 美咲
メールアドレス: misaki.sato@nifty.com
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 受験者 ID: AWS07731904
お問い合わせ内容:
認定アカウントが 2 つあります。以前の勤務先のメールアドレスで作成したもの (AWS02268415) と、現在使用しているもの (AWS07731904) です。どちらか一方にまとめていただくことは可能でしょうか。よろしくお願いいたします。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
""" % P2_CASE
body = alt(tpart(txt, charset="iso-2022-jp", cte="7bit"),
           tpart(html_from_text(txt, footer="本メールは Amazon Web Services, Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) より送信されています。", lang="ja"), "html"))
write("ja-form-ack-iso2022jp", body,
      tr + aws_headers(FORM, P2, subj("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % P2_CASE, "iso-2022-jp"), d, mid) + ses_tail(d),
      ("case_created", P2_CASE, [P2_KEEP, P2_OLD], True, "ja"))

# 008 agent's first reply in Japanese: acknowledges, asks which account to keep + login e-mails
d = dt(2025, 6, 11, 0, 2, 48)
mid, tr = jp_ses("nifty.com", P2, d)
txt = """佐藤 美咲 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山田でございます。

このたびはお問い合わせいただき、誠にありがとうございます。
認定アカウントの統合についてのご依頼、確かに承りました。

お手続きを進めるにあたり、恐れ入りますが、以下の 2 点についてご教示いただけますでしょうか。

1. 存続させるアカウント（統合先）は AWS07731904 と AWS02268415 のどちらをご希望でしょうか。
2. それぞれのアカウントにサインインする際のメールアドレスをお知らせください。

いただいた情報を確認のうえ、改めてご連絡いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山田 優子
AWS トレーニングと認定 カスタマーサポート
"""
body = tpart(txt, cte="base64")
write("ja-agent-first-reply-which-account", body,
      tr + aws_headers(FORM, P2, subj("RE:[CASE %s] %s" % (P2_CASE, P2_SUBJ)), d, mid) + ses_tail(d),
      ("support_reply", P2_CASE, [P2_KEEP, P2_OLD], True, "ja"))

# 009 Japanese confirmation request with Japanese-style quoted history
d = dt(2025, 6, 12, 2, 30, 5)
mid, tr = jp_ses("nifty.com", P2, d)
user = """山田様

ご連絡ありがとうございます。
AWS07731904 を残していただけますでしょうか。
サインイン用のメールアドレスは以下のとおりです。
AWS07731904: misaki.sato@nifty.com
AWS02268415: m-sato@example-corp.co.jp

よろしくお願いいたします。
佐藤"""
txt = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山田です。
ご回答いただき、ありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の内容で統合の手続きが可能です。

　統合元（統合後に無効となるアカウント）: AWS02268415
　統合先（引き続きご利用いただくアカウント）: AWS07731904

統合元のアカウントで取得された認定資格、試験履歴、特典はすべて統合先へ移行されます。
なお、統合は一度実施しますと元に戻すことができません。

上記の内容でよろしければ、本メールにご返信いただき、ご承認いただけますでしょうか。
ご承認を確認次第、手続きを開始いたします。

山田 優子
AWS トレーニングと認定 カスタマーサポート

2025年6月11日(水) 18:40 佐藤 美咲 <misaki.sato@nifty.com>:
%s
""" % quote_lines(user)
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
write("ja-confirm-request-quoted", body,
      tr + aws_headers(FORM, P2, subj("RE:[CASE %s] %s" % (P2_CASE, P2_SUBJ)), d, mid) + ses_tail(d),
      ("merge_confirmation_requested", P2_CASE, [P2_KEEP, P2_OLD], True, "ja"))

# 010 Japanese completion, Shift_JIS
d = dt(2025, 6, 13, 8, 55, 19)
mid, tr = jp_ses("nifty.com", P2, d)
txt = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山田です。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。
今後は AWS07731904 のアカウント（misaki.sato@nifty.com）にサインインしていただくことで、すべての認定資格をご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。
48 時間を過ぎても反映されない場合は、本ケースにご返信ください。

このたびはご利用いただき、誠にありがとうございました。

山田 優子
AWS トレーニングと認定 カスタマーサポート
"""
body = tpart(txt, charset="shift_jis", cte="base64")
write("ja-merge-done-sjis", body,
      tr + aws_headers(FORM, P2, subj("RE:[CASE %s] %s" % (P2_CASE, P2_SUBJ)), d, mid) + ses_tail(d),
      ("merge_completed", P2_CASE, [P2_KEEP], True, "ja"))

# ---------------------------------------------------------------- P3: Marco Bianchi, console cases, Outlook.com
P3 = "marco.bianchi@outlook.com"
P3_OPEN = dt(2025, 7, 14, 8, 5, 47)
P3_CASE = case15(P3_OPEN)
P3_KEEP, P3_OLD = "AWS01958320", "AWS06674021"
P3_TITLE = "Merge of two AWS Certification accounts"


def outlook_ses(to, d, from_dom="amazon.com", dmarc="pass"):
    mid = ses_id(d)
    mf = ses_return_path(mid)
    ip = R.choice(SES_IPS)
    return mid, route_outlook(to, d, mf, ip, ses_host(ip), ses_auth_outlook(ip, from_dom, dmarc))


CONSOLE_FOOT = """To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.
"""

# 011 console: case opened, description echoed
d = later(P3_OPEN, seconds=21)
mid, tr = outlook_ses(P3, d)
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have passed the Solutions Architect Associate exam in 2021 with an account linked to my university e-mail (candidate ID aws-06674021). This year I passed Developer Associate but the exam was booked under a new account, AWS01958320. I would like both certifications under the same account, if possible AWS01958320. Thank you, Marco

We will be in touch with you shortly. You can view and manage your case online by visiting the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please don't reply to this email.

%s
""" % (P3_CASE, P3_CASE, P3_TITLE, P3_CASE, AWS_FOOTER)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-case-opened", body,
      tr + aws_headers(NOREPLY, P3, "Amazon Web Services: You have opened a new Support case: %s" % P3_CASE, d, mid) + ses_tail(d),
      ("case_created", P3_CASE, [P3_KEEP, P3_OLD], True, "en"))

# 012 console: new correspondence added
d = dt(2025, 7, 15, 6, 48, 30)
mid, tr = outlook_ses(P3, d)
txt = """Dear Amazon Web Services Customer,

We've updated your case %s. To view the latest correspondence and reply, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: %s

Best regards,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please don't reply to this email.
""" % (P3_CASE, P3_CASE, P3_CASE, P3_TITLE)
body = alt(tpart(txt, cte="7bit", charset="us-ascii"), tpart(html_from_text(txt), "html"))
write("console-new-correspondence", body,
      tr + aws_headers(NOREPLY, P3, "[Case %s] New correspondence added" % P3_CASE, d, mid) + ses_tail(d),
      ("support_reply", P3_CASE, [], True, "en"))

# 013 console agent reply, non-native English, asks for login e-mails
d = later(d, seconds=4)
mid, tr = outlook_ses(P3, d)
txt = """Hello Marco,

Greetings from AWS Support! Hope you are doing well.

Thank you for your patience. I understood that you would like to combine your two certification account into one. For do this, I kindly request you to share below informations:

1) The login email address used for each account
2) Please confirm which account you want to keep as primary account

In our system I could see the account AWS01958320 only under your current email, so the other one seems to be registered with different email.

Waiting for your revert. Have a nice day ahead!

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Sandeep K.
Amazon Web Services
===================================================

%s""" % (CONSOLE_FOOT % P3_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-agent-asks-login-emails", body,
      tr + aws_headers(NOREPLY, P3, "RE:[CASE %s] %s" % (P3_CASE, P3_TITLE), d, mid) + ses_tail(d),
      ("support_reply", P3_CASE, [P3_KEEP], True, "en"))

# 014 console: second (duplicate) case opened by the user
P3_OPEN2 = dt(2025, 7, 15, 19, 32, 10)
P3_CASE2 = case15(P3_OPEN2)
d = later(P3_OPEN2, seconds=17)
mid, tr = outlook_ses(P3, d)
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account merge - login emails
Severity: General guidance
Correspondence: Hi, as asked in my other case here are the emails: AWS01958320 = marco.bianchi@outlook.com, AWS06674021 = m.bianchi@studenti.unimi.it. Keep AWS01958320 please.

We will be in touch with you shortly. You can view and manage your case online by visiting the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

This email was sent from an email address that can't receive emails. Please don't reply to this email.
""" % (P3_CASE2, P3_CASE2, P3_CASE2)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-second-case-opened", body,
      tr + aws_headers(NOREPLY, P3, "Amazon Web Services: You have opened a new Support case: %s" % P3_CASE2, d, mid) + ses_tail(d),
      ("case_created", P3_CASE2, [P3_KEEP, P3_OLD], True, "en"))

# 015 agent on the duplicate case: points back to the first case
d = dt(2025, 7, 16, 3, 14, 52)
mid, tr = outlook_ses(P3, d)
txt = """Hello Marco,

Thank you for the information. I can see that you already have case %s open with my colleague for the same request. To make sure nothing gets lost, I have copied the email addresses you shared here into that case, so there is no need to send them again.

Going forward, please reply only on case %s. We have everything we need on this one.

Best regards,
Ana L.
Amazon Web Services
===================================================

%s""" % (P3_CASE, P3_CASE, CONSOLE_FOOT % P3_CASE2)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-duplicate-case-pointer", body,
      tr + aws_headers(NOREPLY, P3, "RE:[CASE %s] Certification account merge - login emails" % P3_CASE2, d, mid) + ses_tail(d),
      ("support_reply", P3_CASE2, [], True, "en"))

# 016 console confirmation request on the first case
d = dt(2025, 7, 16, 9, 27, 3)
mid, tr = outlook_ses(P3, d)
txt = """Hello Marco,

Thanks for sharing the details, I was able to verify both accounts.

Before we go ahead, please confirm the below is correct:

- Source account (will be closed after the merge): AWS06674021 (m.bianchi@studenti.unimi.it)
- Destination account (will keep all certifications): AWS01958320 (marco.bianchi@outlook.com)

Kindly note this operation is permanent and cannot be undone. Please reply on this case with "I confirm" if you agree, and we will start the process.

Best regards,
Sandeep K.
Amazon Web Services
===================================================

%s""" % (CONSOLE_FOOT % P3_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-confirm-source-destination", body,
      tr + aws_headers(NOREPLY, P3, "RE:[CASE %s] %s" % (P3_CASE, P3_TITLE), d, mid) + ses_tail(d),
      ("merge_confirmation_requested", P3_CASE, [P3_KEEP, P3_OLD], True, "en"))

# 017 console completion
d = dt(2025, 7, 18, 14, 2, 36)
mid, tr = outlook_ses(P3, d)
txt = """Hello Marco,

I'm pleased to let you know that the merge has been completed successfully. When you sign in to your certification account AWS01958320 you should now see both the Solutions Architect - Associate and the Developer - Associate certifications.

The account AWS06674021 is no longer active. Your Credly badges will be moved automatically within 2 business days.

It was a pleasure assisting you.

Best regards,
Sandeep K.
Amazon Web Services
===================================================

%s""" % (CONSOLE_FOOT % P3_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-merge-completed", body,
      tr + aws_headers(NOREPLY, P3, "RE:[CASE %s] %s" % (P3_CASE, P3_TITLE), d, mid) + ses_tail(d),
      ("merge_completed", P3_CASE, [P3_KEEP, P3_OLD], True, "en"))

# ---------------------------------------------------------------- acknowledgements in many templates
# 018 partner portal (Partner Central) acknowledgement, HTML-only, M365 mailbox
P4 = "wei.zhang@cloudnative-partners.com"
P4_OPEN = dt(2025, 8, 5, 2, 47, 12)
P4_CASE = case15(P4_OPEN)
d = later(P4_OPEN, seconds=38)
mid, tr = outlook_ses(P4, d)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;color:#ffffff;padding:16px 24px;font-size:18px">AWS Partner Central</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f">
<p>Hi Wei,</p>
<p>We have received the support request you submitted through AWS Partner Central. Our team has logged it under case number <strong>%s</strong> and routed it to the appropriate team. You can expect a first response within 1&ndash;2 business days.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px;width:100%%">
<tr><td style="background:#fafafa;width:180px"><b>Case number</b></td><td>%s</td></tr>
<tr><td style="background:#fafafa"><b>Partner</b></td><td>CloudNative Partners Pte. Ltd.</td></tr>
<tr><td style="background:#fafafa"><b>Category</b></td><td>Training &amp; Certification &gt; Certification account</td></tr>
<tr><td style="background:#fafafa"><b>Requested by</b></td><td>Wei Zhang (wei.zhang@cloudnative-partners.com)</td></tr>
<tr><td style="background:#fafafa"><b>Description</b></td><td>Our consultant has two certification profiles and the certifications are not counted for our partner tier. Please combine candidate ID AWS 03390127 into AWS 08812456 (the profile linked to our partner account).</td></tr>
</table>
<p>To add comments or attachments, open the case from <a href="https://partnercentral.awspartner.com/s/support-cases?displayId=%s">Support &gt; My cases</a> in Partner Central.</p>
<p>Thank you for being an AWS Partner.<br>AWS Partner Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">This is a system-generated notification. Replies to this address are not monitored.<br>%s</td></tr>
</table></body></html>
""" % (P4_CASE, P4_CASE, P4_CASE, AWS_FOOTER)
body = tpart(html, "html")
write("partner-central-case-logged", body,
      tr + aws_headers('"AWS Partner Central" <aws-partner-central-noreply@amazon.com>', '"Wei Zhang" <%s>' % P4,
                       "AWS Partner Central: Case %s submitted - Training & Certification" % P4_CASE, d, mid) + ses_tail(d),
      ("case_created", P4_CASE, ["AWS03390127", "AWS08812456"], True, "en"))

# 019 2019 form acknowledgement, 10-digit case, company relay without Authentication-Results
P5 = "ahmed.hassan@gulfline-logistics.com"
d = dt(2019, 11, 4, 7, 18, 44)
P5_CASE = "6531804471"
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = route_plain(P5, d, mf, ip, ses_host(ip), relay="mx01.gulfline-logistics.com")
txt = """Dear Ahmed,

Thank you for contacting AWS Training and Certification.

We have received your inquiry and it has been assigned case number %s. One of our support specialists will respond within 1 business day.

For faster service, please do not submit additional requests about the same issue. If you need to send us more information, reply to this email.

Sincerely,
AWS Training and Certification Customer Support

%s
""" % (P5_CASE, AWS_FOOTER)
body = tpart(txt, charset="us-ascii", cte="7bit")
write("2019-form-ack-no-auth-results", body,
      tr + aws_headers(FORM, P5, "AWS Training and Certification - Case %s received" % P5_CASE, d, mid) + ses_tail(d),
      ("case_created", P5_CASE, [], None, "en"))

# 020 2022 form acknowledgement, 11-digit case
P6 = "sofia.lindqvist@gmail.com"
d = dt(2022, 9, 12, 13, 4, 51)
P6_CASE = "10871234561"
mid, tr = gmail_ses(P6, d)
P6_DESC = ("Hi! I seem to have two accounts. My Cloud Practitioner is on AWS 05512093 and my SysOps "
           "Administrator is on AWS05519930. Can they be joined into one?")
txt = """Hi Sofia,

We've received your request and a support case has been created for you.

Case number: %s
Inquiry type: Certification
Inquiry detail: Account Merge
Your message: %s

Our team usually responds within 24 hours. You can reply to this email to add details to your case.

Thanks,
AWS Training and Certification
""" % (P6_CASE, P6_DESC)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("2022-form-ack-11digit", body,
      tr + aws_headers(FORM, P6, "We've received your request [CASE %s]" % P6_CASE, d, mid) + ses_tail(d),
      ("case_created", P6_CASE, ["AWS05512093", "AWS05519930"], True, "en"))

# 021 agent's first reply on that case: acknowledges, asks reason and notification e-mails (ids only in original)
d = dt(2022, 9, 14, 16, 40, 9)
mid, tr = gmail_ses(P6, d)
txt = """Hi Sofia,

Thank you for contacting AWS Training and Certification. I have received your case and I will be the one helping you with it.

In order to proceed with your request, could you please provide us the following:

- The notification email address registered on each of the two accounts
- The reason why two accounts were created (for example a change of employer or a new email address)

As soon as we receive this information we will be able to review the request further.

Kind regards,
Miguel
AWS Training and Certification Customer Support

-----Original Message-----
From: sofia.lindqvist@gmail.com
Sent: 2022-09-12 13:04 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
%s
""" % P6_DESC
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("2022-agent-asks-reason-and-emails", body,
      tr + aws_headers(FORM, P6, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P6_CASE, d, mid) + ses_tail(d),
      ("support_reply", P6_CASE, [], True, "en"))

# 022 bilingual (Japanese first, English follows) acknowledgement, UTF-8 base64
P7 = "k-takahashi@kfa.biglobe.ne.jp"
P7_OPEN = dt(2025, 9, 2, 5, 51, 27)
P7_CASE = case15(P7_OPEN)
d = later(P7_OPEN, seconds=11)
mid, tr = jp_ses("biglobe.ne.jp", P7, d)
txt = """高橋 健二 様
(English follows Japanese.)

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。
担当者より 24 時間以内にご連絡いたしますので、今しばらくお待ちください。
追加の情報は、本メールに返信する形でお送りください。

お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS04428817

------------------------------------------------------------

Dear Kenji Takahashi,

Thank you for contacting AWS Training and Certification.
We have received your inquiry and opened case %s.
A member of our team will contact you within 24 hours.
To add information, simply reply to this email.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04428817

AWS トレーニングと認定 カスタマーサポート
AWS Training and Certification Customer Support
""" % (P7_CASE, P7_CASE)
body = alt(tpart(txt, cte="base64"), tpart(html_from_text(txt, lang="ja"), "html", cte="base64"))
write("bilingual-ja-en-ack", body,
      tr + aws_headers(FORM, P7, subj("[CASE %s] お問い合わせありがとうございます / Thank you for contacting AWS Training and Certification" % P7_CASE), d, mid) + ses_tail(d),
      ("case_created", P7_CASE, ["AWS04428817"], True, "ja"))

# 023 machine-translated Japanese acknowledgement, Shift_JIS, sakura mailbox
P8 = "ito.haruto@ito-design.jp"
P8_OPEN = dt(2025, 4, 21, 23, 9, 58)
P8_CASE = case15(P8_OPEN)
d = later(P8_OPEN, seconds=7)
mid, tr = jp_ses("www3712.sakura.ne.jp", P8, d)
txt = """こんにちは 伊藤 様、

AWS トレーニングと認定にご連絡いただきありがとうございます。これは、あなたのリクエストを受信したことをお知らせするための自動化されたメッセージです。ケース %s が作成されました。

当社のカスタマーサポートチームのメンバーは、あなたの問い合わせを確認し、24 時間以内に応答します。情報を追加する必要がある場合は、件名のケース番号を保持したまま、このメールに返信してください。同じリクエストのために新しいケースを開かないでください。それは私たちの応答を遅らせる可能性があります。

以下は、あなたが提出した情報のコピーです:

名: 陽翔
姓: 伊藤
電子メール: ito.haruto@ito-design.jp
お問い合わせの種類: 認定
お問い合わせの詳細: アカウントのマージ
AWS 候補者 ID: AWS06120934
説明: 古いアカウント AWS02205518 と新しいアカウントをまとめたいです。

よろしく、
AWS トレーニングと認定カスタマーサポート

このメッセージは機械翻訳されています。原文 (英語) は https://aws.amazon.com/training/ をご覧ください。
""" % P8_CASE
body = tpart(txt, charset="shift_jis", cte="base64")
write("machine-translated-ja-ack-sjis", body,
      tr + aws_headers(FORM, P8, subj("[CASE %s] 私たちはあなたのリクエストを受け取りました" % P8_CASE, "shift_jis"), d, mid) + ses_tail(d),
      ("case_created", P8_CASE, ["AWS02205518", "AWS06120934"], True, "ja"))

# 024 machine-translated English acknowledgement
P9 = "lucia.fernandez.gz@gmail.com"
P9_OPEN = dt(2025, 3, 17, 10, 26, 40)
P9_CASE = case15(P9_OPEN)
d = later(P9_OPEN, seconds=13)
mid, tr = gmail_ses(P9, d)
txt = """Hello Lucía,

Thank you for to contact AWS Training and Certification. This is one automatic message for to inform you that we have received your request and was created the case %s.

A member of our team of Customer Support will revise your consultation and will answer you in the 24 hours. If you need to add information, please answer to this email maintaining the number of the case in the subject. Please not open a new case for the same request, since this can delay our answer.

Greetings,
AWS Training and Certification Customer Support

[This message has been translated automatically. Original language: Spanish (es-ES).]
""" % P9_CASE
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("machine-translated-en-ack", body,
      tr + aws_headers(FORM, addr("Lucía Fernández", P9), "[CASE %s] We have received your request" % P9_CASE, d, mid) + ses_tail(d),
      ("case_created", P9_CASE, [], True, "en"))

# 025 phishing acknowledgement about the merge, look-alike domain (passes its own DMARC)
d = dt(2025, 6, 2, 3, 44, 18)
fake_case = "174882021193017"
ip = "185.231.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "bounce@mail.aws-certificatlon-support.com"
auth = ["dkim=pass header.i=@aws-certificatlon-support.com header.s=default header.b=Qk3x9aLm",
        "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certificatlon-support.com"]
tr = route_gmail(P1, d, mf, ip, "mail.aws-certificatlon-support.com", auth, arc=False)
txt = """Dear Candidate,

Your request to merge your AWS Certification accounts has been received and case #%s has been opened.

IMPORTANT: To prevent the loss of your certifications during the merge, both accounts must be verified within 24 hours. Please sign in below with the credentials of each account:

https://aws-certificatlon-support.com/verify?case=%s

Requests that are not verified in time will be closed automatically and your certifications may be suspended.

AWS Certification Support Team
""" % (fake_case, fake_case)
html = html_from_text(txt)
body = alt(tpart(txt, cte="7bit", charset="us-ascii"), tpart(html, "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("aws-certificatlon-support.com", d, selector="default")),
            ("Date", rfc_date(d, CEST)), ("From", '"AWS Certification" <support@aws-certificatlon-support.com>'),
            ("To", P1), ("Message-ID", "<%s@aws-certificatlon-support.com>" % rhex(20)),
            ("Subject", "Case #%s opened - Account merge verification required" % fake_case),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
write("lookalike-domain-merge-case-opened", body, hdr, ("case_created", fake_case, [], False, "en"))

# 026 spoofed console acknowledgement (From amazon.com, dmarc=fail on top, forged pass lower down)
d = dt(2025, 7, 20, 22, 13, 2)
ip = "45.137.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
spoof_case = "175304958200731"
auth_line = ("spf=softfail (sender IP is %s)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000" % ip)
tr = route_outlook(P3, d, "no-reply-aws@amazon.com", ip, "vps-4471.hostingpro.example", auth_line)
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge
Severity: High

Because your request affects two certification profiles, identity verification is required before an agent can review it. Please complete verification here: https://console-aws-support.help/case/verify?displayId=%s

Best regards,
Amazon Web Services
""" % (spoof_case, spoof_case, spoof_case)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
hdr = tr + [("X-MS-Exchange-Organization-SCL", "5"),
            ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"),
            ("Date", rfc_date(d)), ("From", NOREPLY), ("To", P3),
            ("Message-ID", "<%s.%s@amazon.com>" % (rhex(16), R.randint(10000, 99999))),
            ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % spoof_case)]
write("spoofed-console-ack-dmarc-fail", body, hdr, ("case_created", spoof_case, [], False, "en"))

# 027 HTML-only acknowledgement, table echo of the form, three accounts, quoted-printable
P10 = "arjun.mehta.dev@gmail.com"
P10_OPEN = dt(2025, 10, 8, 4, 33, 9)
P10_CASE = case15(P10_OPEN)
d = later(P10_OPEN, seconds=5)
mid, tr = gmail_ses(P10, d)
rows = [("Case ID", P10_CASE), ("Name", "Arjun Mehta"), ("Email", P10), ("Inquiry type", "AWS Training and Certification"),
        ("Inquiry detail", "Account Merge"), ("AWS candidate ID", "AWS07730012"),
        ("Description", "I have 3 certification accounts created with different emails: AWS01100235 (college), "
                        "AWS05004817 (first job) and AWS07730012 (current). Kindly merge all into AWS07730012.")]
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
        "<div style=\"max-width:620px;margin:auto\"><div style=\"background:#232f3e;padding:14px\"><span style=\"color:#ff9900;font-weight:bold\">aws</span>"
        "<span style=\"color:#fff\"> training and certification</span></div>"
        "<p>Dear Arjun,</p><p>Your request has reached us. A case has been opened and one of our specialists will contact you, normally within one business day.</p>"
        "<p>Here is a summary of what you sent us:</p><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse;font-size:13px\">"
        + "".join("<tr><th align=\"left\" style=\"background:#f2f3f3\">%s</th><td>%s</td></tr>" % r for r in rows) +
        "</table><p>Need to add something? Reply to this email and keep [CASE %s] in the subject.</p>"
        "<p>AWS Training and Certification</p><p style=\"font-size:11px;color:#777\">%s</p></div></body></html>\n" % (P10_CASE, AWS_FOOTER))
body = tpart(html, "html")
write("html-only-ack-table-echo", body,
      tr + aws_headers(FORM, P10, "[CASE %s] Request received: Account Merge" % P10_CASE, d, mid) + ses_tail(d),
      ("case_created", P10_CASE, ["AWS01100235", "AWS05004817", "AWS07730012"], True, "en"))

# 028 acknowledgement through a corporate relay (no Authentication-Results), ids in odd spellings
P11 = "t.mueller@mueller-systemhaus.de"
P11_OPEN = dt(2025, 2, 19, 8, 2, 31)
P11_CASE = case15(P11_OPEN)
d = later(P11_OPEN, seconds=8)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = route_plain(P11, d, mf, ip, ses_host(ip), relay="mail.mueller-systemhaus.de") + [
    ("X-Virus-Scanned", "amavisd-new at mueller-systemhaus.de"), ("X-Spam-Status", "No, score=-1.9 tagged_above=-999 required=5.0")]
txt = """Hello Thomas,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case %s.

A member of our Customer Support team will review your inquiry and respond within 24 hours. If you need to add information, please reply to this email and keep the case number in the subject line.

Below is a copy of the information you submitted:

First name: Thomas
Last name: Müller
Email: t.mueller@mueller-systemhaus.de
Country: Germany
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: aws-02918374
Description: Dear team, I accidentally registered twice (second account: AWS 09918273). Please keep aws-02918374 and move the Security Specialty certification from the second account to it. Best regards, Thomas Müller

Regards,
AWS Training and Certification Customer Support
""" % P11_CASE
body = alt(tpart(txt, charset="iso-8859-1"), tpart(html_from_text(txt), "html"))
write("form-ack-corporate-relay-no-auth", body,
      tr + aws_headers(FORM, P11, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P11_CASE, d, mid) + ses_tail(d),
      ("case_created", P11_CASE, ["AWS02918374", "AWS09918273"], None, "en"))

# 029 acknowledgement with a wrong charset label (UTF-8 bytes declared as iso-8859-1), Hotmail
P12 = "grace.oneill@hotmail.com"
P12_OPEN = dt(2024, 11, 26, 17, 40, 3)
P12_CASE = case15(P12_OPEN)
d = later(P12_OPEN, seconds=14)
mid, tr = outlook_ses(P12, d)
txt = """Hi Grace,

Thanks for getting in touch with AWS Training & Certification – we’ve got your message.

Your case number is %s. We’ll reply by email, usually within 24 hours (a little longer at weekends). There’s no need to send your request again; if you’d like to add anything, just reply to this email.

Your request: “I’d like to merge my old certification account (AWS03051196) with my current one (AWS08847201). I’ve changed my surname since I got married.”

Kind regards,
AWS Training & Certification Customer Support
""" % P12_CASE
body = alt(tpart(txt, declared="iso-8859-1", encode_as="utf-8"),
           tpart(html_from_text(txt), "html", declared="iso-8859-1", encode_as="utf-8"))
write("ack-wrong-charset-label", body,
      tr + aws_headers(FORM, addr("Grace O'Neill", P12), "[CASE %s] We've got your message" % P12_CASE, d, mid) + ses_tail(d),
      ("case_created", P12_CASE, ["AWS03051196", "AWS08847201"], True, "en"))

# 030 Japanese console acknowledgement, folded UTF-8 encoded-word subject, sakura mailbox
d = later(P8_OPEN, days=9, hours=2, minutes=5)
P8_CASE2_OPEN = later(d, seconds=-19)
P8_CASE2 = case15(P8_CASE2_OPEN)
mid, tr = jp_ses("www3712.sakura.ne.jp", P8, d)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について（フォームで回答がないため）
重要度: 一般的なガイダンス
内容: 4 月 22 日にフォームから問い合わせましたが、まだ返信がありません。AWS02205518 を AWS06120934 に統合してください。

担当者より追ってご連絡いたします。ケースの確認および管理は、サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services

このメールは送信専用のアドレスから送信されています。このメールには返信しないでください。
""" % (P8_CASE2, P8_CASE2, P8_CASE2)
body = alt(tpart(txt), tpart(html_from_text(txt, lang="ja"), "html"))
write("ja-console-case-opened-folded-subject", body,
      tr + aws_headers(NOREPLY, P8, subj("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % P8_CASE2, "utf-8", width=60), d, mid) + ses_tail(d),
      ("case_created", P8_CASE2, ["AWS02205518", "AWS06120934"], True, "ja"))

# 031 "reference number" template (no word 'case' in the body), iCloud mailbox with several AR headers
P13 = "olivia.brown@icloud.com"
P13_OPEN = dt(2025, 1, 9, 15, 58, 20)
P13_CASE = case15(P13_OPEN)
d = later(P13_OPEN, seconds=10)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Received", "from outbound.ci.icloud.com by p155-mailgateway-smtp-5c8f7f8d7b-kq6wz (mailgateway 2450B168)\n\twith SMTP id %s\n\tfor <%s>; %s" % (str(uuid.UUID(int=R.getrandbits(128), version=4)), P13, rfc_date(later(d, seconds=2)))),
      ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
      ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s" % (ralnum(8), ralnum(8))),
      ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf)),
      ("Received-SPF", "pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (mf, ip, ip, ses_host(ip), mf)),
      ("Received", "from %s (%s [%s])\n\tby p155-mailgateway-smtp-5c8f7f8d7b-kq6wz (mailgateway 2450B168)\n\twith SMTP id mailgateway.p155-mailgateway-smtp-5c8f7f8d7b-kq6wz-%s\n\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, rhex(12), P13, rfc_date(d))),
      ("Return-Path", "<%s>" % mf)]
txt = """Hello Olivia,

We've received your request about your certification accounts, and it's now in our queue.

Your reference number is %s. Please quote it if you contact us again about this request.

What happens next: a member of our team will look into it and get back to you at this address, normally within 24 hours. You don't need to do anything else for now.

AWS Training and Certification
""" % P13_CASE
body = alt(tpart(txt, cte="7bit", charset="us-ascii"), tpart(html_from_text(txt), "html"))
write("ack-reference-number-icloud", body,
      tr + aws_headers(FORM, P13, "Thanks, we've received your request (Ref %s)" % P13_CASE, d, mid) + ses_tail(d),
      ("case_created", P13_CASE, [], True, "en"))

# 032 self-hosted mailbox: only DKIM (aligned) recorded, no dmarc result
P14 = "erik@nilsson-consulting.se"
P14_OPEN = dt(2025, 8, 25, 6, 12, 55)
P14_CASE = case15(P14_OPEN)
d = later(P14_OPEN, seconds=6)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Return-Path", "<%s>" % mf), ("Delivered-To", P14),
      ("Received", "from mail.nilsson-consulting.se\n\tby mail.nilsson-consulting.se with LMTP\n\tid 8KxQDq4frGi3NQAA5l3u7A\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (mf, P14, rfc_date(later(d, seconds=2), CEST))),
      ("Authentication-Results", "mail.nilsson-consulting.se;\n\tdkim=pass header.d=amazon.com header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n\tspf=pass (mail.nilsson-consulting.se: domain of \"%s\" designates %s as permitted sender) smtp.mailfrom=\"%s\""
       % (AMZ_SEL, ralnum(8), ralnum(8), mf, ip, mf)),
      ("X-Rspamd-Server", "mail"), ("X-Rspamd-Queue-Id", rhex(10).upper()), ("X-Spamd-Result", "default: False [-2.60 / 15.00]"),
      ("Received", "from %s (%s [%s])\n\tby mail.nilsson-consulting.se (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, rhex(10).upper(), P14, rfc_date(d, CEST)))]
txt = """Hello Erik,

Thank you for your message to AWS Training and Certification. Your inquiry has been logged as case %s and is waiting for the next available specialist.

Estimated first response: within 24 hours.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS00583316

Please keep this number for your records. To add information, reply to this message without changing the subject.

AWS Training and Certification Customer Support
""" % P14_CASE
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("ack-dkim-only-selfhosted", body,
      tr + aws_headers(FORM, P14, "[CASE %s] Your inquiry has been logged" % P14_CASE, d, mid) + ses_tail(d),
      ("case_created", P14_CASE, ["AWS00583316"], True, "en"))

# 033 case opened on the user's behalf after a chat
P15 = "jie.chen.cloud@gmail.com"
P15_OPEN = dt(2025, 9, 23, 11, 47, 33)
P15_CASE = case15(P15_OPEN)
d = later(P15_OPEN, seconds=25)
mid, tr = gmail_ses(P15, d)
txt = """Hello Jie,

Following your chat with AWS Training and Certification Customer Support today, our agent has opened case %s on your behalf so that the specialist team can handle your request.

Case ID: %s
Subject: Certification account merge (AWS05367719 / AWS02490086)
Opened by: AWS Support (chat transcript attached to the case)

You will receive an email from the specialist team, normally within 1-2 business days. You can reply to this email if you want to add anything.

Best regards,
AWS Training and Certification
""" % (P15_CASE, P15_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("case-opened-on-your-behalf-after-chat", body,
      tr + aws_headers(FORM, P15, "[CASE %s] A case has been opened on your behalf" % P15_CASE, d, mid) + ses_tail(d),
      ("case_created", P15_CASE, ["AWS02490086", "AWS05367719"], True, "en"))

# 034 2021 console acknowledgement, 11-digit id, CRLF line endings, Outlook (live.com)
P16 = "nadia.rahman@live.com"
d = dt(2021, 3, 8, 19, 22, 41)
P16_CASE = "80615227711"
mid, tr = outlook_ses(P16, d)
txt = """Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Two certification accounts - please combine
Severity: Low
Correspondence: My employer's training portal created a second certification account for me. I want all certificates on one account.

We will be in touch with you shortly. You can view and manage your case online by visiting the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services
""" % (P16_CASE, P16_CASE, P16_CASE)
body = alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html_from_text(txt), "html"))
write("2021-console-ack-11digit-crlf", body,
      tr + aws_headers(NOREPLY, P16, "Amazon Web Services: You have opened a new Support case: %s" % P16_CASE, d, mid) + ses_tail(d),
      ("case_created", P16_CASE, [], True, "en"), linesep="\r\n")

# 035 Japanese form desk HTML-only acknowledgement (base64), OCN mailbox, form echoed
P17 = "y-nakamura@abc.ocn.ne.jp"
P17_OPEN = dt(2025, 11, 4, 0, 38, 12)
P17_CASE = case15(P17_OPEN)
d = later(P17_OPEN, seconds=9)
mid, tr = jp_ses("ocn.ad.jp", P17, d)
html = """<html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>中村 由紀 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>
以下の内容でお問い合わせを承りました（ケース番号: <b>%s</b>）。</p>
<p>内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。<br>
土日祝日を挟む場合は、ご回答までにお時間をいただくことがございます。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">お名前</th><td>中村 由紀</td></tr>
<tr><th align="left">メールアドレス</th><td>y-nakamura@abc.ocn.ne.jp</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>認定</td></tr>
<tr><th align="left">詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left">AWS 受験者 ID</th><td>AWS03817745</td></tr>
<tr><th align="left">お問い合わせ内容</th><td>結婚により姓が変わり、新しく作成したアカウント（AWS03817745）で受験しました。旧姓のアカウント AWS01472290 の認定をこちらに移していただきたいです。</td></tr>
</table>
<p>ご返信の際は、件名のケース番号を変更しないようお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
""" % P17_CASE
body = tpart(html, "html", cte="base64")
write("ja-html-only-ack-form-table", body,
      tr + aws_headers(FORM, P17, subj("[CASE %s] お問い合わせを承りました" % P17_CASE), d, mid) + ses_tail(d),
      ("case_created", P17_CASE, ["AWS01472290", "AWS03817745"], True, "ja"))

# 036 short plain-only acknowledgement, "assigned case number"
P18 = "samuel.adeyemi@yahoo.com"
P18_OPEN = dt(2025, 5, 5, 20, 9, 44)
P18_CASE = case15(P18_OPEN)
d = later(P18_OPEN, seconds=3)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Received", "from 10.217.151.76\n by atlas313.free.mail.bf1.yahoo.com with HTTP; %s" % rfc_date(later(d, seconds=2))),
      ("Return-Path", "<%s>" % mf),
      ("Received", "from %s (EHLO %s) (%s)\n  by 10.217.151.76 with SMTPs\n  (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n  %s" % (ses_host(ip), ses_host(ip), ip, rfc_date(d))),
      ("Authentication-Results", "atlas313.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;" % AMZ_SEL),
      ("X-Apparently-To", "%s; %s" % (P18, rfc_date(d)))]
txt = """Hello,

Your message was received and has been assigned case number %s.

An AWS Training and Certification representative will follow up with you by email. Please allow up to 24 hours.

Thank you,
AWS Training and Certification
""" % P18_CASE
body = tpart(txt, charset="us-ascii", cte="7bit")
write("plain-ack-assigned-number-yahoo", body,
      tr + aws_headers('"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', P18,
                       "[CASE %s] Confirmation of your inquiry" % P18_CASE, d, mid) + ses_tail(d),
      ("case_created", P18_CASE, [], True, "en"))

# ---------------------------------------------------------------- more support replies (ack-like ones first)
# 037 automatic receipt of the user's reply on a form case (not a new case)
d = dt(2025, 10, 9, 7, 1, 26)
mid, tr = gmail_ses(P10, d)
txt = """Hello Arjun,

This is an automated confirmation that your reply to case %s has been received and added to your case history. The support specialist assigned to your case has been notified and will get back to you.

Please do not open a new case for this request.

AWS Training and Certification Customer Support

On Thu, Oct 9, 2025 at 12:29 PM Arjun Mehta <arjun.mehta.dev@gmail.com> wrote:
> Hi, adding the login emails as requested: AWS01100235 - arjun.m@college.edu.in,
> AWS05004817 - arjun.mehta@firstjob-example.com, AWS07730012 - this gmail.
> Thanks
""" % P10_CASE
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("auto-receipt-of-user-reply", body,
      tr + aws_headers(FORM, P10, "RE:[CASE %s] Request received: Account Merge" % P10_CASE, d, mid) + ses_tail(d),
      ("support_reply", P10_CASE, [], True, "en"))

# 038 agent's first reply: acknowledges and says it was passed on ("once the merge is complete...")
d = dt(2025, 1, 10, 18, 22, 7)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Received", "from outbound.ci.icloud.com by p155-mailgateway-smtp-5c8f7f8d7b-kq6wz (mailgateway 2450B168)\n\twith SMTP id %s\n\tfor <%s>; %s" % (str(uuid.UUID(int=R.getrandbits(128), version=4)), P13, rfc_date(later(d, seconds=2)))),
      ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
      ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s" % ralnum(8)),
      ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf)),
      ("Received", "from %s (%s [%s])\n\tby p155-mailgateway-smtp-5c8f7f8d7b-kq6wz (mailgateway 2450B168)\n\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, P13, rfc_date(d))),
      ("Return-Path", "<%s>" % mf)]
txt = """Hello Olivia,

Thank you for your patience, and thank you for contacting AWS Training and Certification. My name is Kate and I've picked up your request regarding your certification accounts AWS06299104 and AWS06299140.

I've confirmed that both accounts belong to you and have forwarded the request to our certification operations team, who carry out these changes. Processing normally takes 3 to 5 business days. Once the merge is complete we will email you, and you will be able to sign in with olivia.brown@icloud.com.

In the meantime, please avoid scheduling a new exam on either account.

Kind regards,
Kate W.
AWS Training and Certification Customer Support
"""
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("agent-ack-forwarded-to-operations", body,
      tr + aws_headers(FORM, P13, "RE:[CASE %s] Thanks, we've received your request (Ref %s)" % (P13_CASE, P13_CASE), d, mid) + ses_tail(d),
      ("support_reply", P13_CASE, ["AWS06299104", "AWS06299140"], True, "en"))

# 039 chaser
d = dt(2025, 8, 29, 9, 5, 40)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Return-Path", "<%s>" % mf), ("Delivered-To", P14),
      ("Received", "from mail.nilsson-consulting.se\n\tby mail.nilsson-consulting.se with LMTP\n\tid lQ1ZFbVosWi9YQAA5l3u7A\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (mf, P14, rfc_date(later(d, seconds=1), CEST))),
      ("Authentication-Results", "mail.nilsson-consulting.se;\n\tdkim=pass header.d=amazon.com header.s=%s header.b=%s;\n\tspf=pass (mail.nilsson-consulting.se: domain of \"%s\" designates %s as permitted sender) smtp.mailfrom=\"%s\";\n\tdmarc=pass (policy=quarantine) header.from=amazon.com"
       % (AMZ_SEL, ralnum(8), mf, ip, mf)),
      ("Received", "from %s (%s [%s])\n\tby mail.nilsson-consulting.se (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, rhex(10).upper(), P14, rfc_date(d, CEST)))]
txt = """Hello Erik,

I am following up on my message of 26 August, in which I asked for the login email address of your second certification account and which of the two accounts you would like to keep.

We have not heard back from you yet. We cannot continue with your request without this information. If we do not receive a reply within 5 days, this case will be closed automatically; you can reopen it at any time by replying to this email.

Best regards,
Jonas
AWS Training and Certification Customer Support
"""
body = tpart(txt)
write("chaser-awaiting-info", body,
      tr + aws_headers(FORM, P14, "RE:[CASE %s] Your inquiry has been logged" % P14_CASE, d, mid) + ses_tail(d),
      ("support_reply", P14_CASE, [], True, "en"))

# 040 agent answers a question other than the merge (surname change) on the merge case
d = dt(2024, 11, 28, 10, 41, 15)
mid, tr = outlook_ses(P12, d)
user = """Hi, one more question while you look at this: my certificates still show my maiden name (Grace Kelleher). Can that be changed as well? Thanks, Grace"""
txt = """Hi Grace,

Thanks for your message.

About your name: you can update the name printed on your certificates yourself. Sign in to your AWS Certification Account, open Profile > Edit legal name, and upload a copy of a government-issued ID showing your new surname. New certificates are generated within a few days of the change being approved.

Your other request is still being reviewed and I will update you on it separately.

Kind regards,
Fiona
AWS Training & Certification Customer Support

________________________________
From: Grace O'Neill <grace.oneill@hotmail.com>
Sent: 27 November 2024 21:03
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] We've got your message

%s
""" % (P12_CASE, user)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("agent-answers-name-change-question", body,
      tr + aws_headers(FORM, addr("Grace O'Neill", P12), "RE:[CASE %s] We've got your message" % P12_CASE, d, mid) + ses_tail(d),
      ("support_reply", P12_CASE, [], True, "en"))

# 041 console: case reopened notice (2021)
d = dt(2021, 3, 15, 8, 0, 12)
mid, tr = outlook_ses(P16, d)
txt = """Dear AWS Customer,

Your case %s has been reopened because new correspondence was added. An AWS Support representative will review it.

Case ID: %s
Subject: Two certification accounts - please combine

To view the case, sign in to the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services
""" % (P16_CASE, P16_CASE, P16_CASE)
body = alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html_from_text(txt), "html"))
write("2021-console-case-reopened", body,
      tr + aws_headers(NOREPLY, P16, "[Case %s] Case reopened" % P16_CASE, d, mid) + ses_tail(d),
      ("support_reply", P16_CASE, [], True, "en"), linesep="\r\n")

# 042 Japanese status update, ISO-2022-JP, Outlook (Japanese) quoted block
d = dt(2025, 11, 6, 6, 20, 44)
mid, tr = jp_ses("ocn.ad.jp", P17, d)
txt = """中村 由紀 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご連絡が遅くなり、大変申し訳ございません。
ご依頼の件につきましては、現在担当部署にて確認を進めております。
手続きが完了いたしましたら、改めて本ケースにてご連絡いたします。

恐れ入りますが、今しばらくお待ちいただけますと幸いです。

佐々木 翔
AWS トレーニングと認定 カスタマーサポート

差出人: 中村 由紀 <y-nakamura@abc.ocn.ne.jp>
送信日時: 2025年11月5日 21:12
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: [CASE %s] お問い合わせを承りました

お世話になっております。
旧姓のアカウント AWS01472290 のログインメールは yuki.ishida@example.ne.jp です。
進捗はいかがでしょうか。
""" % P17_CASE
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
write("ja-status-update-in-progress", body,
      tr + aws_headers(FORM, P17, subj("RE:[CASE %s] お問い合わせを承りました" % P17_CASE, "iso-2022-jp"), d, mid) + ses_tail(d),
      ("support_reply", P17_CASE, [], True, "ja"))

# 043 non-native confirmation request with odd id spellings (form desk)
d = dt(2025, 9, 25, 5, 13, 50)
mid, tr = gmail_ses(P15, d)
txt = """Dear Jie,

Greetings of the day!

As discussed in chat, kindly find below the details of merging for your review:

Primary account (it will remain): aws05367719
Secondary account (it will be merge into primary and close): AWS-02490086

After merging, all the certifications and the exam voucher will be available in primary account only. Please be inform this process is irreversible.

Request you to kindly revert back on this email with your consent so we can initiate the process from our end.

Thanks & Regards,
Deepak R.
AWS Training and Certification Customer Support
"""
body = alt(tpart(txt, cte="base64"), tpart(html_from_text(txt), "html", cte="base64"))
write("non-native-confirm-request", body,
      tr + aws_headers(FORM, P15, "RE:[CASE %s] A case has been opened on your behalf" % P15_CASE, d, mid) + ses_tail(d),
      ("merge_confirmation_requested", P15_CASE, ["AWS02490086", "AWS05367719"], True, "en"))

# 044 phishing confirmation request about the merge (look-alike, DMARC fail on Gmail)
PHISH_CASE = "175981122604417"
d = dt(2025, 10, 10, 1, 7, 33)
ip = "103.151.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "info@training-aws-amazon.com"
auth = ["dkim=neutral (no key) header.i=@training-aws-amazon.com header.s=mail header.b=Zp0qT4rW",
        "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=training-aws-amazon.com"]
tr = route_gmail(P10, d, mf, ip, "srv1.training-aws-amazon.com", auth, arc=False)
txt = """Dear Arjun Mehta,

Regarding case %s: we are ready to merge the following accounts into AWS07730012:

  AWS01100235
  AWS05004817

To confirm the merge, sign in with your Amazon account and approve the request within 12 hours. Unconfirmed merges are cancelled and the accounts are locked for 30 days.

CONFIRM MERGE: https://training-aws-amazon.com/merge/confirm?id=%s

AWS Training & Certification
""" % (PHISH_CASE, PHISH_CASE)
body = alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html_from_text(txt), "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("training-aws-amazon.com", d, selector="mail")),
            ("Date", rfc_date(d)), ("From", '"AWS Training & Certification" <info@training-aws-amazon.com>'),
            ("Reply-To", "merge-desk@training-aws-amazon.com"),
            ("To", P10), ("Message-ID", "<%s@srv1.training-aws-amazon.com>" % rhex(18)),
            ("Subject", "RE:[CASE %s] Action required: confirm your account merge" % PHISH_CASE)]
write("phish-confirm-merge-dmarc-fail", body, hdr,
      ("merge_confirmation_requested", PHISH_CASE, ["AWS01100235", "AWS05004817", "AWS07730012"], False, "en"))

# 045 closure that also says the merge is done (2022)
d = dt(2022, 9, 19, 12, 30, 2)
mid, tr = gmail_ses(P6, d)
txt = """Hi Sofia,

Thanks for confirming the details. The two accounts have now been merged: your Cloud Practitioner and SysOps Administrator certifications are both on AWS05519930, and AWS05512093 has been deactivated.

As nothing else is pending, I'm going to close this case. If anything looks wrong, just reply within 14 days and the case will reopen.

We'd love to hear how we did - you will receive a short survey about this case.

Kind regards,
Miguel
AWS Training and Certification Customer Support
"""
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("2022-merged-and-closing", body,
      tr + aws_headers(FORM, P6, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P6_CASE, d, mid) + ses_tail(d),
      ("merge_completed", P6_CASE, ["AWS05512093", "AWS05519930"], True, "en"))

# 046 Japanese closure survey
d = later(dt(2025, 6, 13, 8, 55, 19), days=1, minutes=2)
mid, tr = jp_ses("nifty.com", P2, d)
txt = """佐藤 美咲 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
ケース %s はクローズされました。

今回の対応についてアンケートへのご協力をお願いいたします。所要時間は 1 分程度です。

問題は解決しましたか？
はい: https://survey.aws.amazon.com/csat?c=%s&a=1
いいえ: https://survey.aws.amazon.com/csat?c=%s&a=0

ケースを再開する必要がある場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定
""" % (P2_CASE, P2_CASE, P2_CASE)
body = alt(tpart(txt, charset="iso-2022-jp", cte="7bit"), tpart(html_from_text(txt, lang="ja"), "html", cte="base64"))
write("ja-case-closed-survey", body,
      tr + aws_headers(FORM, P2, subj("[CASE %s] ケースがクローズされました - アンケートのお願い" % P2_CASE, "iso-2022-jp"), d, mid) + ses_tail(d),
      ("survey", P2_CASE, [], True, "ja"))

# 047 console rating request (HTML-only)
d = dt(2025, 7, 19, 14, 3, 1)
mid, tr = outlook_ses(P3, d)
html = simple_html([
    "Dear Amazon Web Services Customer,",
    "Your support case <b>%s</b> (%s) was resolved. How would you rate the support you received?" % (P3_CASE, P3_TITLE),
    "".join("<a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d\" style=\"font-size:22px;color:#ec7211;text-decoration:none\">&#9733;</a>" % (P3_CASE, i) for i in range(1, 6)),
    "Your feedback helps us improve AWS Support. This short survey is anonymous.",
    "Best regards,\nAmazon Web Services",
])
body = tpart(html, "html", cte="base64")
write("console-rate-your-support", body,
      tr + aws_headers(NOREPLY, P3, "How did we do? Rate your experience with case %s" % P3_CASE, d, mid) + ses_tail(d),
      ("survey", P3_CASE, [], True, "en"))

# 048 closure notice (no merge statement), iCloud
d = dt(2025, 1, 17, 20, 0, 55)
mid = ses_id(d)
mf = ses_return_path(mid)
ip = R.choice(SES_IPS)
tr = [("Received", "from outbound.ci.icloud.com by p155-mailgateway-smtp-7d8c6b9f4-2xqlm (mailgateway 2450B168)\n\twith SMTP id %s\n\tfor <%s>; %s" % (str(uuid.UUID(int=R.getrandbits(128), version=4)), P13, rfc_date(later(d, seconds=2)))),
      ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
      ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s" % ralnum(8)),
      ("Authentication-Results", "spf.icloud.com; spf=pass smtp.mailfrom=%s" % mf),
      ("Received", "from %s (%s [%s])\n\tby p155-mailgateway-smtp-7d8c6b9f4-2xqlm (mailgateway 2450B168)\n\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, P13, rfc_date(d))),
      ("Return-Path", "<%s>" % mf)]
txt = """Hello Olivia,

Your request (reference %s) has been closed.

Tell us about your experience - it takes less than a minute:
https://pulse.aws/survey/TRNCERT?ref=%s

If you still need help with this request, reply to this email within 14 days.

AWS Training and Certification
""" % (P13_CASE, P13_CASE)
body = alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html_from_text(txt), "html"))
write("closure-notice-tell-us", body,
      tr + aws_headers(FORM, P13, "Your request %s has been closed" % P13_CASE, d, mid) + ses_tail(d),
      ("survey", P13_CASE, [], True, "en"))

# ---------------------------------------------------------------- Credly
# 049 Credly: badges moved after the merge (Outlook mailbox)
d = dt(2025, 7, 19, 22, 41, 9)
mid = "<%s.%s@credly.com>" % (rhex(24), ralnum(6))
mf = "bounces+%d-%s-marco.bianchi=outlook.com@em.credly.com" % (R.randint(1000000, 9999999), rhex(4))
ip = "149.72.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
tr = route_outlook(P3, d, mf, ip, "o1.ptr4471.em.credly.com",
                   "spf=pass (sender IP is %s)\n smtp.mailfrom=em.credly.com; dkim=pass (signature was verified)\n header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
txt = """Hi Marco,

Following an update to your AWS Certification account, Amazon Web Services Training and Certification has issued the following badges to marco.bianchi@outlook.com:

 * AWS Certified Solutions Architect – Associate
 * AWS Certified Developer – Associate

Accept your badges to start sharing them: https://www.credly.com/earner/earned

Badges that were previously on another Credly account have been re-issued here; you do not need to do anything with the old ones.

The Credly Team
Credly, Inc. | 1005 Alderman Drive, Alpharetta, GA 30005
"""
html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#222\"><table width=\"600\" align=\"center\"><tr><td>"
        "<p>Hi Marco,</p><p>Following an update to your AWS Certification account, Amazon Web Services Training and Certification has issued the following badges to marco.bianchi@outlook.com:</p>"
        "<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>"
        "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none\">Accept your badges</a></p>"
        "<p>Badges that were previously on another Credly account have been re-issued here; you do not need to do anything with the old ones.</p>"
        "<p style=\"font-size:12px;color:#777\">The Credly Team<br>Credly, Inc. | 1005 Alderman Drive, Alpharetta, GA 30005</p></td></tr></table></body></html>\n")
body = alt(tpart(txt), tpart(html, "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("credly.com", d, selector="s1")),
            ("Date", rfc_date(d)), ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
            ("To", P3), ("Message-ID", mid), ("Subject", "You have 2 new badges from Amazon Web Services Training and Certification")]
write("credly-badges-reissued-after-merge", body, hdr, ("credly_badge_issued", None, [], True, "en"))

# 050 Acclaim (2019) badge earned, company relay without Authentication-Results
d = dt(2019, 11, 12, 15, 3, 27)
tr = route_plain(P5, d, "bounces+2231945-a0f1-ahmed.hassan=gulfline-logistics.com@em.youracclaim.com", "167.89.%d.%d" % (R.randint(1, 254), R.randint(1, 254)),
                 "o3.ptr2187.em.youracclaim.com", relay="mx01.gulfline-logistics.com")
txt = """Congratulations, Ahmed!

You've earned a badge from Amazon Web Services Training and Certification:

AWS Certified Cloud Practitioner

Claim your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim | Pearson
""" % str(uuid.UUID(int=R.getrandbits(128), version=4))
body = alt(tpart(txt, charset="us-ascii", cte="7bit"),
           tpart("<html><body><h2>Congratulations, Ahmed!</h2><p>You've earned a badge from Amazon Web Services Training and Certification:</p>"
                 "<p><b>AWS Certified Cloud Practitioner</b></p><p><a href=\"https://www.youracclaim.com/earner/earned\">Claim your badge</a></p>"
                 "<p style=\"font-size:11px\">Acclaim | Pearson</p></body></html>\n", "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("youracclaim.com", d, selector="s1")),
            ("Date", rfc_date(d)), ("From", '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
            ("To", P5), ("Message-ID", "<%s@youracclaim.com>" % rhex(24)),
            ("Subject", "Congratulations, you've earned a badge from Amazon Web Services Training and Certification")]
write("2019-acclaim-badge-earned", body, hdr, ("credly_badge_issued", None, [], None, "en"))

# ---------------------------------------------------------------- look-alike acknowledgements (unrelated)
# 051 AWS console: quota increase case opened
Q_OPEN = dt(2025, 10, 14, 9, 51, 2)
Q_CASE = case15(Q_OPEN)
d = later(Q_OPEN, seconds=16)
mid, tr = gmail_ses(P10, d)
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Mumbai)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
Use case description: Load test for our staging environment.

We will be in touch with you shortly. You can view and manage your case online by visiting the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services
""" % (Q_CASE, Q_CASE, Q_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt), "html"))
write("console-quota-case-opened", body,
      tr + aws_headers(NOREPLY, P10, "Amazon Web Services: You have opened a new Support case: %s" % Q_CASE, d, mid) + ses_tail(d),
      ("unrelated", Q_CASE, [], True, "en"))

# 052 AWS console billing case opened, Japanese
B_OPEN = dt(2025, 11, 10, 2, 15, 40)
B_CASE = case15(B_OPEN)
d = later(B_OPEN, seconds=12)
mid, tr = jp_ses("ocn.ad.jp", P17, d)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 10 月分の請求額について
重要度: 一般的なガイダンス
内容: 10 月の請求に見覚えのない NAT ゲートウェイの料金が含まれています。内訳を教えてください。

担当者より追ってご連絡いたします。ケースの確認および管理は、サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services
""" % (B_CASE, B_CASE, B_CASE)
body = alt(tpart(txt, cte="base64"), tpart(html_from_text(txt, lang="ja"), "html", cte="base64"))
write("ja-console-billing-case-opened", body,
      tr + aws_headers(NOREPLY, P17, subj("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CASE), d, mid) + ses_tail(d),
      ("unrelated", B_CASE, [], True, "ja"))

# 053 Amazon Seller Central case acknowledgement
d = dt(2025, 9, 1, 13, 22, 8)
S_CASE = "9834512267"
mid, tr = gmail_ses("erik.nilsson.shop@gmail.com", d)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support. We have received your case and a Selling Partner Support associate will respond to you within 24 hours.

Case ID: %s
Subject: Listing blocked - ASIN B0C7XK2Q9M

You can view the status of your case in Seller Central under Help > Case Log:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Thank you for selling with Amazon,
Selling Partner Support
""" % (S_CASE, S_CASE)
body = alt(tpart(txt), tpart(html_from_text(txt, title="Seller Central", footer="Amazon.com Services LLC, 410 Terry Ave. North, Seattle, WA 98109"), "html"))
write("seller-central-case-received", body,
      tr + aws_headers('"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>', "erik.nilsson.shop@gmail.com",
                       "[CASE %s] Thank you for contacting Selling Partner Support" % S_CASE, d, mid) + ses_tail(d),
      ("unrelated", S_CASE, [], True, "en"))

# 054 Credly support (Zendesk-style) request received - not a badge
d = dt(2025, 6, 3, 17, 45, 30)
ticket = "4821934"
ip = "192.161.%d.%d" % (R.randint(144, 159), R.randint(1, 254))
mf = "support+id%s@credly.zendesk.com" % ticket
auth = ["dkim=pass header.i=@credly.com header.s=zendesk1 header.b=%s" % ralnum(8),
        "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly.com"]
tr = route_gmail(P1, d, mf, ip, "smtp.zendesk.com", auth)
txt = """##- Please type your reply above this line -##

Your request (#%s) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Daniel Okafor
Jun 3, 2025, 17:45 UTC

Hello, I changed my primary email on Credly and now I cannot sign in with Google. Can you help?

Credly Support
""" % ticket
body = alt(tpart(txt), tpart(html_from_text(txt, title="Credly Support", footer="This email is a service from Credly Support."), "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("credly.com", d, selector="zendesk1")),
            ("Date", rfc_date(d)), ("From", '"Credly Support" <support@credly.com>'), ("Reply-To", '"Credly Support" <support+id%s@credly.zendesk.com>' % ticket),
            ("To", '"Daniel Okafor" <%s>' % P1), ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (ralnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ticket)),
            ("Subject", "[Credly Support] Re: Cannot sign in after changing primary email"),
            ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", rhex(7))]
write("credly-support-request-received", body, hdr, ("unrelated", ticket, [], True, "en"))

# 055 Pearson VUE appointment confirmation with candidate id
d = dt(2025, 3, 20, 16, 2, 44)
ip = "159.182.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "pearsonvueconfirmation@pearson.com"
auth = ["dkim=pass header.i=@pearson.com header.s=selector1 header.b=%s" % ralnum(8),
        "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"]
tr = route_gmail(P9, d, mf, ip, "mailout.pearsonvue.com", auth)
txt = """Dear Lucía Fernández,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Candidate ID: AWS06481120
Registration ID: 512348876
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Spanish
Appointment: Tuesday, April 8, 2025 10:00 CEST
Location: Online (OnVUE)

Please run the system test before exam day and have a valid government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
"""
body = alt(tpart(txt), tpart(html_from_text(txt, title="Pearson VUE", footer="Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437"), "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("pearson.com", d, selector="selector1")),
            ("Date", rfc_date(d)), ("From", '"Pearson VUE" <pearsonvueconfirmation@pearson.com>'),
            ("To", P9), ("Message-ID", "<%s@pearson.com>" % rhex(20)),
            ("Subject", "Pearson VUE Confirmation of Booking")]
write("pearson-vue-booking-confirmation", body, hdr, ("unrelated", None, ["AWS06481120"], False, "en"))

# 056 CertMetrics "wants to hear from you"
d = dt(2022, 10, 3, 14, 0, 5)
ip = "52.200.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "do-not-reply@certmetrics.com"
auth = ["dkim=pass header.i=@certmetrics.com header.s=k1 header.b=%s" % ralnum(8),
        "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"]
tr = route_gmail(P6, d, mf, ip, "mail.certmetrics.com", auth)
txt = """Hello Sofia Lindqvist,

AWS Certification wants to hear from you! Please take a few minutes to tell us about your certification experience. Your answers help us improve the program.

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s

AWS Certification Candidate ID: AWS05519930

This is an automated message. Please do not reply.
""" % rhex(32)
body = tpart(txt, charset="us-ascii", cte="7bit")
hdr = tr + [("DKIM-Signature", dkim_sig("certmetrics.com", d, selector="k1")),
            ("Date", rfc_date(d)), ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
            ("To", P6), ("Message-ID", "<%s@certmetrics.com>" % str(uuid.UUID(int=R.getrandbits(128), version=4))),
            ("Subject", "AWS Certification wants to hear from you")]
write("certmetrics-hear-from-you", body, hdr, ("unrelated", None, ["AWS05519930"], False, "en"))

# 057 Microsoft certification support: request received
d = dt(2025, 9, 23, 4, 12, 50)
M_CASE = "2509230040012345"
ip = "40.107.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "msprvs1=%s=bounces-%d@mail.support.microsoft.com" % (ralnum(14), R.randint(10000, 99999))
auth = ["dkim=pass header.i=@mail.support.microsoft.com header.s=s1024-meo header.b=%s" % ralnum(8),
        "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=mail.support.microsoft.com"]
tr = route_gmail(P15, d, mf, ip, "mail-eastusazon11020084.outbound.protection.outlook.com", auth)
txt = """Hello Jie,

Thank you for contacting Microsoft Certification Support. We have received your request and created case %s.

Topic: Merge Microsoft Learn profiles / MCID
A support engineer will contact you within 2 business days. Please do not create a new request for the same issue.

Microsoft Worldwide Learning Support
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % M_CASE
body = alt(tpart(txt), tpart(html_from_text(txt, title="Microsoft Support", footer="Microsoft respects your privacy."), "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("mail.support.microsoft.com", d, selector="s1024-meo")),
            ("Date", rfc_date(d)), ("From", '"Microsoft Support" <support@mail.support.microsoft.com>'),
            ("To", P15), ("Message-ID", "<%s@mail.support.microsoft.com>" % rhex(24)),
            ("Subject", "Case %s: We've received your request" % M_CASE)]
write("microsoft-cert-support-case-received", body, hdr, ("unrelated", M_CASE, [], False, "en"))

# 058 phishing not about the merge: fake billing suspension case
d = dt(2024, 12, 2, 6, 30, 19)
PB_CASE = "173312012900552"
ip = "91.92.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
auth_line = ("spf=pass (sender IP is %s)\n smtp.mailfrom=aws-billing-support.net; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=aws-billing-support.net;compauth=softpass\n reason=201" % ip)
tr = route_outlook(P12, d, "alert@aws-billing-support.net", ip, "mx.aws-billing-support.net", auth_line)
txt = """Dear Customer,

A support case %s has been opened on your account because of an unpaid invoice. Your AWS services will be suspended within 24 hours unless your payment method is updated.

Update payment method: https://aws-billing-support.net/case/%s

AWS Billing Support
""" % (PB_CASE, PB_CASE)
body = alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html_from_text(txt), "html"))
hdr = tr + [("Date", rfc_date(d)), ("From", '"AWS Support" <alert@aws-billing-support.net>'),
            ("To", P12), ("Message-ID", "<%s@aws-billing-support.net>" % rhex(16)),
            ("Subject", "AWS Support: Case %s opened - account suspension pending" % PB_CASE)]
write("phish-billing-case-opened", body, hdr, ("unrelated", PB_CASE, [], False, "en"))

# 059 Credly's own account merge code (self-service), company relay without Authentication-Results
d = dt(2025, 2, 24, 10, 14, 3)
tr = route_plain(P11, d, "bounces+3310672-77aa-t.mueller=mueller-systemhaus.de@em.credly.com", "149.72.%d.%d" % (R.randint(1, 254), R.randint(1, 254)),
                 "o2.ptr8812.em.credly.com", relay="mail.mueller-systemhaus.de")
txt = """Hi Thomas,

We received a request to merge another Credly account into your account.

Your verification code is: 482913

Enter this code on the merge screen or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

All badges from the other account will be moved to this account. If you did not request this, you can ignore this email.

The Credly Team
""" % rhex(40)
body = alt(tpart(txt), tpart(html_from_text(txt, title="Credly", footer="Credly, Inc. | 1005 Alderman Drive, Alpharetta, GA 30005"), "html"))
hdr = tr + [("DKIM-Signature", dkim_sig("credly.com", d, selector="s1")),
            ("Date", rfc_date(d)), ("From", '"Credly" <no-reply@credly.com>'),
            ("To", P11), ("Message-ID", "<%s.%s@credly.com>" % (rhex(24), ralnum(6))),
            ("Subject", "Confirm your Credly account merge")]
write("credly-self-service-merge-code", body, hdr, ("unrelated", None, [], None, "en"))

# 060 Pearson VUE Japan customer service: inquiry received (Japanese)
d = dt(2025, 4, 23, 1, 33, 27)
ip = "159.182.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
mf = "pvjapan@pearson.com"
tr = route_jp("www3712.sakura.ne.jp", P8, d, mf, ip, "mailout.pearsonvue.com",
              ["spf=pass smtp.mailfrom=pearson.com", "dkim=pass header.d=pearson.com header.s=selector1 header.b=%s" % ralnum(8),
               "dmarc=pass header.from=pearson.com"])
txt = """伊藤 陽翔 様

ピアソンVUE カスタマーサービスにお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

お問い合わせ種別: 試験予約の変更
試験プログラム: AWS Certification

内容を確認のうえ、3 営業日以内に担当者よりご連絡いたします。
なお、認定アカウントの統合など AWS 認定に関するお手続きは、AWS トレーニングと認定へ直接お問い合わせください。

ピアソンVUE カスタマーサービス
"""
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
hdr = tr + [("DKIM-Signature", dkim_sig("pearson.com", d, selector="selector1")),
            ("Date", rfc_date(d, JST)), ("From", addr("ピアソンVUE", "pvjapan@pearson.com", "iso-2022-jp")),
            ("To", P8), ("Message-ID", "<%s@pearson.com>" % rhex(20)),
            ("Subject", subj("【ピアソンVUE】お問い合わせを受け付けました", "iso-2022-jp"))]
write("ja-pearson-vue-inquiry-received", body, hdr, ("unrelated", None, [], False, "ja"))

# === MORE MAILS ===


def main():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    main()
