#!/usr/bin/env python3
"""Generator for blind set 310: AWS Certification account-merge mailbox test data."""
import base64, json, os, random, re, uuid, hashlib, quopri, html as H
from datetime import datetime, timezone, timedelta
from email import charset as Cs
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(310)
LABELS = {}
SPECS = []

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))

def D(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def case15(d):
    return "%d%05d" % (int(d.timestamp()), random.randint(0, 99999))

def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()

def ses_msgid(d, region="email"):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, uuid.UUID(int=random.getrandbits(128)), region)

ACC_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)", re.I)

def acc_ids(*texts):
    s = set()
    for t in texts:
        if t:
            for m in ACC_RE.finditer(t):
                s.add("AWS" + m.group(1))
    return sorted(s)

def strip_html(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return H.unescape(h)

# ---------------------------------------------------------------- parts
def tpart(text, sub="plain", cs="utf-8", cte="qp"):
    c = Cs.Charset(cs)
    if cte == "qp":
        c.body_encoding = Cs.QP
    elif cte == "b64":
        c.body_encoding = Cs.BASE64
    elif cte in ("7bit", "8bit"):
        c.body_encoding = None
    p = MIMENonMultipart("text", sub)
    p.set_payload(text, charset=c)
    return p

def rawpart(text, sub, encode_as, label, cte="b64"):
    """A part whose bytes are encoded with one codec but labelled with another."""
    raw = text.encode(encode_as)
    p = MIMENonMultipart("text", sub, charset=label)
    if cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    return p

def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (random.randint(100000, 999999), random.randint(10**8, 10**9), random.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m

def text_to_html(new, quoted=None, font="Arial, Helvetica, sans-serif"):
    def paras(t):
        out = []
        for block in re.split(r"\n\s*\n", t.strip("\n")):
            out.append("<p>" + "<br>\n".join(H.escape(l) for l in block.split("\n")) + "</p>")
        return "\n".join(out)
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</div>' % (font, paras(new))
    if quoted:
        h += '\n<div style="border-left:2px solid #ccc;padding-left:8px;margin-top:16px;color:#555">\n%s\n</div>' % paras(quoted)
    h += "\n</body></html>\n"
    return h

# ---------------------------------------------------------------- quoting
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_DAYS = "月火水木金土日"

def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))

def q_gmail(name, addr, d, text):
    hr = d.strftime("%I").lstrip("0")
    return "On %s, %s %d, %d at %s:%s %s %s <%s> wrote:\n%s" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, hr, d.strftime("%M"), d.strftime("%p"), name, addr, gt(text))

def q_outlook(name, addr, d, to, subject, text, sep="_" * 32):
    hr = d.strftime("%I").lstrip("0")
    return "%s\nFrom: %s <%s>\nSent: %s, %s %d, %d %s:%s %s\nTo: %s\nSubject: %s\n\n%s" % (
        sep, name, addr, EN_DAYS[d.weekday()], d.strftime("%B"), d.day, d.year, hr, d.strftime("%M"), d.strftime("%p"), to, subject, text)

def q_original(name, addr, d, to, subject, text):
    return "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        name, addr, d.strftime("%A, %B %d, %Y %I:%M %p"), to, subject, text)

def q_ja(name, addr, d, text):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s" % (d.year, d.month, d.day, JA_DAYS[d.weekday()], d.hour, d.minute, name, addr, gt(text))

# ---------------------------------------------------------------- transport / auth
AWS_IPS = ["54.240.8.%d" % i for i in (12, 30, 41, 77, 90)] + ["54.240.48.%d" % i for i in (91, 103)] + ["23.251.234.%d" % i for i in (5, 9)]

def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])

def transport(frm_addr, to_addr, d, provider="gmail", ip=None, host=None, mailfrom=None,
              dkim=None, spf="pass", dmarc="pass", dmarc_p="QUARANTINE", extra_lower_ar=None,
              hdr_from_domain=None):
    """Return list of (name, value) trace/auth headers, topmost first.
    dkim: list of (domain, result)."""
    from_dom = hdr_from_domain or frm_addr.split("@")[1]
    ip = ip or random.choice(AWS_IPS)
    host = host or ses_host(ip)
    mailfrom = mailfrom or ("0100%s-%s-000000@amazonses.com" % (rhex(12), uuid.UUID(int=random.getrandbits(128))))
    mf_dom = mailfrom.split("@")[1]
    if dkim is None:
        dkim = [(from_dom, "pass"), ("amazonses.com", "pass")]
    rcpt_dom = to_addr.split("@")[1]
    t1 = d + timedelta(seconds=random.randint(1, 4))
    t2 = t1 + timedelta(seconds=random.randint(0, 2))
    hs = []
    sels = {"amazon.com": "szqgv33erturdv5cvz4vtb3qrcbbmjnhi", "amazonses.com": "ug7nbtf4gccmlpwj322ax3p6ow6yfsug",
            "credly.com": "s1", "certmetrics.com": "k1", "github.com": "pf2023", "pearsonvue.com": "selector1"}
    if provider == "gmail":
        hs.append(("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), rhex(4) + "csp" + str(random.randint(100000, 999999)), format_datetime(t2.astimezone(PDT)).replace("-0700", "-0700 (PDT)"))))
        hs.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:86]))
        hs.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), rhex(16), random.randint(1, 99), int(t2.timestamp()) - 1, format_datetime(t2.astimezone(PDT)).replace("-0700", "-0700 (PDT)"))))
        hs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t1.timestamp()), rb64(96))))
        hs.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        b=%s" % (rb64(32), rb64(96))))
        ar = ["mx.google.com"]
        for dom, res in dkim:
            ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sels.get(dom, "s1"), rb64(6)[:8]))
        ar.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
        ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, dmarc_p, dmarc_p, "NONE" if dmarc == "pass" else ("QUARANTINE" if dmarc_p == "QUARANTINE" else "NONE"), from_dom))
        arv = ";\n       ".join(ar)
        hs.append(("ARC-Authentication-Results", "i=1; " + arv))
        hs.append(("Return-Path", "<%s>" % mailfrom))
        hs.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, rhex(16), random.randint(1, 9), random.randint(1, 9), random.randint(1, 9), random.randint(1, 9), to_addr, format_datetime(t1.astimezone(PDT)).replace("-0700", "-0700 (PDT)"))))
        hs.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)))
        hs.append(("Authentication-Results", arv))
    elif provider == "outlook":
        srv = "%s%s.prod.outlook.com" % (random.choice(["BN8", "SJ2", "CH3", "DM6", "TY0", "OS3"]), "PR%02dMB%04d" % (random.randint(1, 20), random.randint(1000, 9999)))
        fe = "%s%d.mail.protection.outlook.com" % (random.choice(["BN1PEPF0000", "CO1PEPF0000", "SN1PEPF0002", "TYZPEPF0000"]), random.randint(1000, 9999))
        hs.append(("Received", "from %s (::1) by\n %s with HTTPS; %s" % (srv.replace("MB", "MB"), srv, format_datetime(t2.astimezone(UTC)).replace("+0000", "+0000"))))
        hs.append(("Received", "from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            fe.split(".")[0], rhex(3), rhex(2), srv, rhex(3), rhex(2), random.randint(8000, 8999), random.randint(10, 40), format_datetime(t2.astimezone(UTC)))))
        dk = ("%s (signature was verified)\n header.d=%s" % (dkim[0][1], dkim[0][0]) if dkim and dkim[0][1] == "pass"
              else ("%s (signature did not verify)\n header.d=%s" % (dkim[0][1], dkim[0][0]) if dkim else "none (message not signed)\n header.d=none"))
        ar = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s" % (
            spf, ip, mf_dom, dk, dmarc,
            "none" if dmarc == "pass" else ("quarantine" if dmarc_p == "QUARANTINE" else "none"), from_dom,
            "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
        hs.append(("Authentication-Results", ar))
        hs.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            "Pass" if spf == "pass" else "Fail", mf_dom, ip, ip, host)))
        hs.append(("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            host, ip, fe, random.randint(2, 250), random.randint(8000, 8999), random.randint(10, 40), format_datetime(t1.astimezone(UTC)))))
    elif provider in ("nifty", "biglobe", "sakura", "ocn"):
        authserv = {"nifty": "mx.nifty.com", "biglobe": "mfilter.biglobe.ne.jp", "sakura": "www3102.sakura.ne.jp", "ocn": "mfilter-in03.ocn.ad.jp"}[provider]
        mx = {"nifty": "mta-mx%02d.nifty.com" % random.randint(1, 9), "biglobe": "mw-mx%d.biglobe.ne.jp" % random.randint(1, 9),
              "sakura": "www3102.sakura.ne.jp", "ocn": "mfilter-in03.ocn.ad.jp"}[provider]
        hs.append(("Received", "from %s ([%s])\n        by %s with ESMTP id <%s>\n        for <%s>; %s" % (
            host, ip, mx, rhex(8).upper() + "." + rhex(6).upper(), to_addr, format_datetime(t1.astimezone(JST)))))
        parts = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
        for dom, res in dkim:
            parts.append("dkim=%s header.d=%s header.s=%s" % (res, dom, sels.get(dom, "s1")))
        parts.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
        hs.insert(0, ("Authentication-Results", authserv + ";\n\t" + ";\n\t".join(parts)))
        hs.insert(0, ("Received", "from %s (localhost [127.0.0.1])\n        by %s (Postfix) with ESMTP id %s\n        for <%s>; %s" % (
            mx, mx, rhex(10).upper(), to_addr, format_datetime(t2.astimezone(JST)))))
    elif provider == "none":
        hs.append(("Received", "from %s (%s [%s])\n        by mail.%s (Postfix) with ESMTPS id %s\n        for <%s>; %s" % (
            host, host, ip, rcpt_dom, rhex(10).upper(), to_addr, format_datetime(t1))))
    else:
        raise ValueError(provider)
    if extra_lower_ar:
        hs.append(("Authentication-Results", extra_lower_ar))
    return hs

def dkim_sig(domain, d, sel=None):
    sel = sel or {"amazon.com": "szqgv33erturdv5cvz4vtb3qrcbbmjnhi", "amazonses.com": "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"}.get(domain, "s1")
    return ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID;\n\tbh=%s;\n\tb=%s" % (
        sel, domain, int(d.timestamp()), rb64(32), rb64(96)))

# ---------------------------------------------------------------- assembly
def hdr(s, cs="utf-8", split_ascii=True):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    i = next(k for k, ch in enumerate(s) if ord(ch) > 127)
    j = s.rfind(" ", 0, i)
    if split_ascii and j > 0:
        h = Header(s[:j], "us-ascii", header_name="Subject")
        h.append(s[j + 1:], cs)
        return h
    return Header(s, cs, header_name="Subject")

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def emit(fn, kind, case_id, lang, sv, body, frm, to, subject, date, trace, msgid=None,
         new="", new_html="", subj_cs="utf-8", extra=(), dkims=(), from_cs="utf-8", cc=None, reply_to=None):
    root = body
    ct = [(k, v) for k, v in root.items()]
    for k in set(k for k, _ in ct):
        del root[k]
    for k, v in trace:
        root[k] = v
    for dom in dkims:
        root.__setitem__(*dkim_sig(dom, date))
    root["From"] = addr(frm[0], frm[1], from_cs)
    if reply_to:
        root["Reply-To"] = reply_to
    root["To"] = to
    if cc:
        root["Cc"] = cc
    root["Subject"] = hdr(subject, subj_cs)
    root["Date"] = format_datetime(date)
    root["Message-ID"] = msgid or ("<%s@%s>" % (uuid.UUID(int=random.getrandbits(128)), frm[1].split("@")[1]))
    for k, v in extra:
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in ct:
        if k != "MIME-Version":
            root[k] = v
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(root)
    data = bio.getvalue()
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    ids = acc_ids(subject, new, strip_html(new_html) if new_html else "")
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": sv, "language": lang}

def ses_extra(d):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(32)[:43]),
            ("X-SES-Outgoing", d.strftime("%Y.%m.%d") + "-" + random.choice(AWS_IPS))]

AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

import atexit
def _write_labels():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")
atexit.register(_write_labels)

# ====================================================================================
# Case A: form desk, English, Gmail user, 15-digit id
# ====================================================================================
A_OPEN = D("2025-06-03 14:22:07")
A_ID = case15(A_OPEN)
A_USER = ("Daniel Okafor", "d.okafor.dev@gmail.com")
A_SUBJ = "RE:[CASE %s] %s" % (A_ID, FORM_SUBJ)
A_FORM = """Inquiry type: AWS Training and Certification
Detail: Account Merge
Name: Daniel Okafor
Email: d.okafor.dev@gmail.com
AWS candidate ID: AWS09902615
Description: Hi, I have two certification accounts. The older one (AWS04417382)
was created with my previous employer's e-mail, daniel.okafor@brightlane.io,
which I can no longer access. Please merge it into my personal account
AWS09902615 so all my certifications are in one place. Thanks!"""

# 001 case_created (form acknowledgement)
d = A_OPEN + timedelta(seconds=38)
new = """Hello,

Thank you for contacting AWS Training and Certification Support.

This is an automated message to let you know that we have received your request and created case %s. A member of our team will review it and get back to you, typically within 24 hours (Monday to Friday).

To help us resolve your request quickly, please do not submit a new form for the same issue. If you need to add information, simply reply to this e-mail and keep the case number in the subject line.

Inquiry type: AWS Training and Certification
Detail: Account Merge

Regards,
AWS Training and Certification Support
https://aws.amazon.com/certification/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % (A_ID,)
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("001-form-acknowledgement-case-received.eml", "case_created", A_ID, "en", True, body, AWS_FORM,
     addr(*A_USER), "[CASE %s] %s" % (A_ID, FORM_SUBJ), d,
     transport(AWS_FORM[1], A_USER[1], d, "gmail"), ses_msgid(d), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d))

# 002 merge_confirmation_requested (table)
d2 = D("2025-06-04 09:15:42")
new = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located the two certification accounts listed below. Please review the details carefully before we make any change:

  Candidate ID  | Login e-mail                 | After the merge
  --------------+------------------------------+------------------
  AWS04417382   | daniel.okafor@brightlane.io  | merged and closed
  AWS09902615   | d.okafor.dev@gmail.com       | kept (primary)

All exam history, active certifications and benefits from AWS04417382 will be moved to AWS09902615. After the merge you will sign in with d.okafor.dev@gmail.com only. Please be aware that an account merge is permanent and cannot be reversed.

If everything above is correct, please reply to this e-mail confirming that you would like us to proceed. If anything needs to change (for example, you would prefer to keep the other account), just let me know in your reply.

Best regards,
Harshita M.
AWS Training and Certification"""
quoted = "---------- Original submission ----------\n" + A_FORM
new_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>I have reviewed your request and located the two certification accounts listed below. Please review the details carefully before we make any change:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Login e-mail</th><th>After the merge</th></tr>
<tr><td>AWS04417382</td><td>daniel.okafor@brightlane.io</td><td>merged and closed</td></tr>
<tr><td>AWS09902615</td><td>d.okafor.dev@gmail.com</td><td><b>kept (primary)</b></td></tr>
</table>
<p>All exam history, active certifications and benefits from AWS04417382 will be moved to AWS09902615. After the merge you will sign in with d.okafor.dev@gmail.com only. Please be aware that an account merge is <b>permanent and cannot be reversed</b>.</p>
<p>If everything above is correct, please reply to this e-mail confirming that you would like us to proceed. If anything needs to change (for example, you would prefer to keep the other account), just let me know in your reply.</p>
<p>Best regards,<br>Harshita M.<br>AWS Training and Certification</p>
</div>"""
full_html = new_html + '<hr><div style="color:#555">' + "<br>\n".join(H.escape(l) for l in quoted.split("\n")) + "</div></body></html>\n"
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(full_html, "html", "utf-8", "b64"))
emit("002-agent-table-asks-to-confirm-merge.eml", "merge_confirmation_requested", A_ID, "en", True, body, AWS_FORM,
     addr(*A_USER), A_SUBJ, d2, transport(AWS_FORM[1], A_USER[1], d2, "gmail"), ses_msgid(d2),
     new=new, new_html=new_html, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d2))
A_REQ = new

# 003 support_reply: thanks for confirming, plan told after the yes
d3 = D("2025-06-04 17:40:19")
u_d = D("2025-06-04 11:02:00", EDT)
user_reply = "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel"
new = """Hello Daniel,

Thank you for confirming. I have now passed your request to our certification operations team, who will combine the two profiles. You don't need to do anything else at this point.

This usually takes two to three business days. Once the merge is complete you will receive a separate e-mail from us, and you will then be able to see everything under AWS09902615. Your Credly badges will be re-issued to the e-mail address on that account shortly afterwards.

Kind regards,
Harshita M.
AWS Training and Certification"""
quoted = "Customer reply:\n\n" + user_reply + "\n\n" + q_gmail("Amazon Web Services", AWS_FORM[1], d2.astimezone(EDT), A_REQ)
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(text_to_html(new, quoted), "html", "utf-8", "qp"))
emit("003-thanks-for-confirming-will-proceed.eml", "support_reply", A_ID, "en", True, body, AWS_FORM,
     addr(*A_USER), A_SUBJ, d3, transport(AWS_FORM[1], A_USER[1], d3, "gmail"), ses_msgid(d3),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d3))

# 004 merge_completed
d4 = D("2025-06-06 03:12:55")
new = """Hello Daniel,

Good news: the merge you requested has been carried out. Your certification history from AWS04417382 now appears under AWS09902615, and the old profile has been closed.

Please sign in to aws.training/certification with d.okafor.dev@gmail.com and check that:
 - all your certifications are listed,
 - your 50% exam discount benefit is still available,
 - your Credly badges arrive at d.okafor.dev@gmail.com within the next few days.

If anything looks wrong, reply to this e-mail and we will take a look.

Best regards,
Kwame A.
AWS Training and Certification"""
body = tpart(new + "\n\n" + "-" * 40 + "\n" + gt(A_REQ), "plain", "utf-8", "7bit")
emit("004-merge-carried-out.eml", "merge_completed", A_ID, "en", True, body, AWS_FORM,
     addr(*A_USER), A_SUBJ, d4, transport(AWS_FORM[1], A_USER[1], d4, "gmail"), ses_msgid(d4),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d4))

# 005 survey
d5 = d4 + timedelta(minutes=2, seconds=11)
new_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>%s</b> has been marked as resolved and is now closed.</p>
<p>We'd love to hear about your experience. Was your issue resolved?</p>
<p><a href="https://survey.trainingandcertification.aws/s?c=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.trainingandcertification.aws/s?c=%s&amp;r=no" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">NO</a></p>
<p>It takes less than a minute, and your feedback helps us improve.</p>
<p>If you need more help with this request, simply reply to this message within 14 days and the case will be reopened.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
""" % (A_ID, A_ID, A_ID)
body = tpart(new_html, "html", "utf-8", "qp")
emit("005-case-closed-was-issue-resolved.eml", "survey", A_ID, "en", True, body, AWS_FORM,
     addr(*A_USER), A_SUBJ, d5, transport(AWS_FORM[1], A_USER[1], d5, "gmail"), ses_msgid(d5),
     new_html=new_html, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d5))

# ====================================================================================
# Case B: console case, Japanese, nifty mailbox, 15-digit id
# ====================================================================================
B_OPEN = D("2025-07-14 10:05:33", JST)
B_ID = case15(B_OPEN)
B_USER = ("佐藤 健太", "kenta.sato@nifty.com")
B_TO = addr("佐藤 健太", "kenta.sato@nifty.com", "iso-2022-jp")
B_SUBJ = "RE:[CASE %s] 認定アカウントの統合について" % B_ID
B_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % B_ID
B_FOOT = """=================================

このやり取りを評価するには、以下のリンクをクリックしてください:
%s

このケースに返信する、またはケースの詳細を確認するには、AWS サポートセンターにサインインしてください:
%s

*このメールアドレスでは返信を受け付けておりません。ケースへのご返信は、上記 URL の AWS サポートセンターからお願いいたします。*

Amazon Web Services, Inc. はAmazon.com, Inc.の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。""" % (
    "https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja" % B_ID, B_URL)

# 006 case_created (console, Japanese)
d = B_OPEN + timedelta(seconds=21)
new = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケース ID: %s
件名: 認定アカウントの統合について
重大度: 一般的なガイダンス
ケース作成者: kenta.sato@nifty.com

担当者より順次ご連絡いたします。ケースの詳細の確認や情報の追加は、AWS サポートセンターから行えます:
%s

*このメールアドレスでは返信を受け付けておりません。*

よろしくお願いいたします。
アマゾン ウェブ サービス""" % (B_ID, B_ID, B_URL)
body = alt(tpart(new, "plain", "utf-8", "b64"), tpart(text_to_html(new, font="Meiryo, sans-serif"), "html", "utf-8", "b64"))
emit("006-console-new-case-opened-ja.eml", "case_created", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, "Amazon Web Services: 新しいサポートケースが作成されました: %s" % B_ID, d.astimezone(UTC),
     transport(AWS_NOREPLY[1], B_USER[1], d, "nifty"), ses_msgid(d), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d))

# 007 support_reply: asks for login e-mails and which to keep (ja, ISO-2022-JP)
d7 = D("2025-07-15 11:20:48", JST)
new = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの田中と申します。

このたびは認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。

ご提示いただいた AWS 03318840 のアカウントは確認できましたが、統合元となるもう一方のアカウントを特定できませんでした。
お手数ではございますが、以下の情報をご返信いただけますでしょうか。

1. もう一方のアカウントのサインイン用メールアドレス(旧勤務先のアドレス等)
2. 各アカウントの通知用メールアドレス(サインイン用と異なる場合)
3. 統合後に残したいアカウント(どちらのメールアドレスでサインインを続けたいか)

上記を確認でき次第、統合内容を改めてご案内いたします。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services

""" + B_FOOT
body = tpart(new, "plain", "iso-2022-jp", "7bit")
emit("007-ja-asks-for-login-emails-and-which-to-keep.eml", "support_reply", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, B_SUBJ, d7.astimezone(UTC), transport(AWS_NOREPLY[1], B_USER[1], d7, "nifty"), ses_msgid(d7),
     new=new, subj_cs="iso-2022-jp", dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d7))

# 008 merge_confirmation_requested (ja, circled numbers, cp932 bytes labelled Shift_JIS)
d8 = D("2025-07-16 10:02:14", JST)
u8 = D("2025-07-15 21:40:00", JST)
B_REQ = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。
ご返信いただきありがとうございます。いただいた情報をもとに確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

① AWS03318840(サインイン用メールアドレス:kenta.sato@nifty.com)
② AWS07120954(サインイン用メールアドレス:k-sato@tsubame-kogyo.co.jp)

ご希望に沿い、②のアカウントを①へ統合し、①を存続アカウントとして残す形で手続きを進めさせていただく予定です。
統合後は②のアカウントではサインインできなくなります。また、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがないか今一度ご確認のうえ、問題がなければ、サポートセンターのケース画面より「上記内容で統合を進めてください」とご返信いただけますでしょうか。
ご承認をいただいてから作業を開始いたします。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services"""
body = rawpart(B_REQ + "\n\n" + B_FOOT, "plain", "cp932", "Shift_JIS", "b64")
emit("008-ja-circled-list-please-approve-merge-sjis.eml", "merge_confirmation_requested", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, B_SUBJ, d8.astimezone(UTC), transport(AWS_NOREPLY[1], B_USER[1], d8, "nifty"), ses_msgid(d8),
     new=B_REQ, subj_cs="iso-2022-jp", dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d8))

# 009 merge_confirmation_requested: reminder (ja)
d9 = D("2025-07-19 09:31:02", JST)
new = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中です。

7月16日にご案内いたしました統合の件につきまして、その後ご返信を確認できておりませんので、念のため再度ご連絡いたしました。

  統合元(閉鎖されるアカウント): AWS07120954
  統合先(存続するアカウント): AWS03318840

こちらの内容で差し支えなければ、ケース画面より統合に同意する旨をお知らせください。ご返信をいただき次第、速やかに手続きに入らせていただきます。
なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご注意ください。

よろしくお願いいたします。

田中
Amazon Web Services"""
body = alt(tpart(new + "\n\n" + B_FOOT, "plain", "iso-2022-jp", "7bit"),
           tpart(text_to_html(new + "\n\n" + B_FOOT, font="Meiryo, sans-serif"), "html", "utf-8", "qp"))
emit("009-ja-reminder-still-awaiting-your-approval.eml", "merge_confirmation_requested", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, B_SUBJ, d9.astimezone(UTC), transport(AWS_NOREPLY[1], B_USER[1], d9, "nifty"), ses_msgid(d9),
     new=new, subj_cs="iso-2022-jp", dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d9))

# 010 support_reply: after the yes, plan told (ja)
d10 = D("2025-07-22 09:30:40", JST)
u10 = D("2025-07-19 20:15:00", JST)
user_yes = "田中様\n\nご連絡ありがとうございます。\n上記内容で統合を進めてください。よろしくお願いいたします。\n\n佐藤"
new = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中です。

統合内容についてご確認いただき、誠にありがとうございます。承知いたしました。
これより担当チームにて統合作業を進めてまいります。作業完了までは通常 3～5 営業日ほどお時間を頂戴しております。

作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、作業期間中も現在お使いのアカウントへのサインインは可能です。

田中
Amazon Web Services"""
hist = "---- お客様からのご返信 (2025年7月19日 20:15) ----\n" + user_yes
body = alt(tpart(new + "\n\n" + hist + "\n\n" + B_FOOT, "plain", "utf-8", "qp"),
           tpart(text_to_html(new, hist + "\n\n" + B_FOOT, font="Meiryo, sans-serif"), "html", "utf-8", "qp"))
emit("010-ja-thanks-for-approval-work-starts.eml", "support_reply", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, B_SUBJ, d10.astimezone(UTC), transport(AWS_NOREPLY[1], B_USER[1], d10, "nifty"), ses_msgid(d10),
     new=new, subj_cs="iso-2022-jp", dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d10))

# 011 merge_completed (ja)
d11 = D("2025-07-24 15:47:09", JST)
new = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中です。

お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。
旧アカウントで取得された認定および受験履歴は、すべて AWS03318840 に移行されております。今後は kenta.sato@nifty.com でサインインしてください。

Credly のデジタルバッジにつきましては、数日以内に同じメールアドレス宛てに改めて発行のご案内が届く予定です。
万が一、認定の表示や特典(50% 割引バウチャー等)に不備がございましたら、本ケースにてお知らせください。

このたびはご協力いただき、誠にありがとうございました。

田中
Amazon Web Services"""
body = alt(tpart(new + "\n\n" + B_FOOT, "plain", "utf-8", "b64"),
           tpart(text_to_html(new + "\n\n" + B_FOOT, font="Meiryo, sans-serif"), "html", "utf-8", "b64"))
emit("011-ja-integration-work-finished.eml", "merge_completed", B_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, B_SUBJ, d11.astimezone(UTC), transport(AWS_NOREPLY[1], B_USER[1], d11, "nifty"), ses_msgid(d11),
     new=new, subj_cs="utf-8", dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d11))

# ====================================================================================
# Case C: form desk, English (non-native agent), Outlook.com user, 15-digit id
# ====================================================================================
C_OPEN = D("2025-03-10 05:48:12")
C_ID = case15(C_OPEN)
C_USER = ("Priya Raghunathan", "priya.raghunathan@outlook.com")
C_SUBJ = "RE: [CASE %s] %s" % (C_ID, FORM_SUBJ)
C_FORM = """Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS05521783
Description: I have 2 certification accounts. Old one was with my office mail
priya.r@infoway-tech.in (candidate id AWS06634091). Kindly merge both."""
SIG_C = """Thanks & Regards,
Sandeep K
AWS Training and Certification Support
Amazon Web Services"""

# 012 support_reply: asks which account to keep (lists both ids, but no confirmation asked)
d12 = D("2025-03-11 07:12:30")
C_Q1 = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for writing to us regarding merging of your certification accounts. As per our verification, we could see there are two accounts which are associated with your name:

- AWS05521783 - priya.raghunathan@outlook.com
- AWS06634091 - priya.r@infoway-tech.in

Before we can proceed further, kindly let us know which account you wish to retain as the primary account, and the email address you would like to use for sign in going forward. The account which is not retained will be closed after the merge.

Awaiting for your response.

""" + SIG_C
body = alt(tpart(C_Q1 + "\n\n---------- Original submission ----------\n" + C_FORM, "plain", "utf-8", "qp"),
           tpart(text_to_html(C_Q1, "Original submission\n" + C_FORM, font="Calibri, sans-serif"), "html", "utf-8", "qp"))
emit("012-which-account-do-you-wish-to-retain.eml", "support_reply", C_ID, "en", True, body, AWS_FORM,
     addr(*C_USER), C_SUBJ, d12, transport(AWS_FORM[1], C_USER[1], d12, "outlook"), ses_msgid(d12),
     new=C_Q1, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d12))

# 013 merge_confirmation_requested, asked on a condition ("if you are okay with this")
d13 = D("2025-03-12 06:30:05")
u13 = D("2025-03-11 19:44:00", IST)
C_A1 = "Hi Sandeep,\n\nPlease keep AWS05521783 (priya.raghunathan@outlook.com). The office mail id is not active anymore.\n\nRegards,\nPriya"
C_REQ = """Dear Priya,

Thank you for the quick response.

As per your reply, we will be keeping AWS05521783 (priya.raghunathan@outlook.com) as your primary account and AWS06634091 will be merged into it. All the certifications, exam history and benefits of AWS06634091 will be transferred to the primary account.

Please note that after this you will not be able to sign in using priya.r@infoway-tech.in anymore, and the process cannot be reverted. If you are okay with this, please reply to this email with your confirmation so that we can proceed for the merge.

""" + SIG_C
quoted = q_outlook("Priya Raghunathan", C_USER[1], u13, "Amazon Web Services <%s>" % AWS_FORM[1], C_SUBJ, C_A1 + "\n\n" + q_outlook("Amazon Web Services", AWS_FORM[1], d12.astimezone(IST), "Priya Raghunathan <%s>" % C_USER[1], C_SUBJ, C_Q1))
body = alt(tpart(C_REQ + "\n\n" + quoted, "plain", "utf-8", "qp"),
           tpart(text_to_html(C_REQ, quoted, font="Calibri, sans-serif"), "html", "utf-8", "qp"))
emit("013-if-you-are-okay-please-confirm-to-proceed.eml", "merge_confirmation_requested", C_ID, "en", True, body, AWS_FORM,
     addr(*C_USER), C_SUBJ, d13, transport(AWS_FORM[1], C_USER[1], d13, "outlook"), ses_msgid(d13),
     new=C_REQ, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d13))

# 014 support_reply: after the yes, asks a yes about something else (name)
d14 = D("2025-03-13 08:05:51")
u14 = D("2025-03-12 21:03:00", IST)
new = """Dear Priya,

Thank you for confirming the merge.

Before I submit the request to our backend team, I just need one small clarification. The name on the account AWS06634091 is showing as "Priya R" whereas on the primary account it is "Priya Raghunathan". After the merge your certificates will be displaying the name from the primary account only.

Could you please confirm that "Priya Raghunathan" is the correct name as per your government ID? Once we receive your response, we will go ahead with the process.

""" + SIG_C
quoted = q_outlook("Priya Raghunathan", C_USER[1], u14, "Amazon Web Services <%s>" % AWS_FORM[1], C_SUBJ,
                   "Yes I confirm, please go ahead.\n\nPriya\n\n" + q_outlook("Amazon Web Services", AWS_FORM[1], d13.astimezone(IST), "Priya Raghunathan <%s>" % C_USER[1], C_SUBJ, C_REQ))
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"),
           tpart(text_to_html(new, quoted, font="Calibri, sans-serif"), "html", "utf-8", "qp"))
emit("014-please-confirm-name-on-certificates.eml", "support_reply", C_ID, "en", True, body, AWS_FORM,
     addr(*C_USER), C_SUBJ, d14, transport(AWS_FORM[1], C_USER[1], d14, "outlook"), ses_msgid(d14),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d14))

# 015 merge_completed
d15 = D("2025-03-17 10:22:18")
new = """Dear Priya,

Thank you for your patience.

We are glad to inform you that your accounts AWS06634091 and AWS05521783 are now merged successfully. You can login with priya.raghunathan@outlook.com and all of your certifications will be visible under the Certifications tab.

Please allow 24 to 48 hours for the Credly badges to reflect in your Credly account. In case you are not receiving the badges, kindly reply on this same email thread.

""" + SIG_C
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new, font="Calibri, sans-serif"), "html", "utf-8", "qp"))
emit("015-accounts-are-now-merged-successfully.eml", "merge_completed", C_ID, "en", True, body, AWS_FORM,
     addr(*C_USER), C_SUBJ, d15, transport(AWS_FORM[1], C_USER[1], d15, "outlook"), ses_msgid(d15),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d15))

# ====================================================================================
# Case D: console case, English, 11-digit id (2022), Gmail user
# ====================================================================================
D_ID = "10874529361"
D_USER = ("Marco Bellini", "marco.bellini85@gmail.com")
D_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % D_ID
D_FOOT = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % D_URL

# 016 case_created (console)
d16 = D("2022-09-20 13:05:44")
new = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: I have two AWS Certification profiles, one under my work e-mail and one under my personal e-mail. Could you combine them please? Happy to provide any details needed.

You can view and respond to this case from the AWS Support Center:
%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""" % (D_ID, D_ID, D_URL)
body = tpart(new, "plain", "utf-8", "7bit")
emit("016-console-you-have-opened-a-new-support-case.eml", "case_created", D_ID, "en", True, body, AWS_NOREPLY,
     D_USER[1], "Amazon Web Services: You have opened a new Support case: %s" % D_ID, d16,
     transport(AWS_NOREPLY[1], D_USER[1], d16, "gmail"), ses_msgid(d16), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d16))

# 017 support_reply: "New correspondence added" notice
d17 = D("2022-09-21 16:40:03")
new = """Hello,

We've added new correspondence to your support case %s. To see the reply and respond, sign in to the AWS Support Center:

%s

Case ID: %s
Subject: Merge two AWS Certification accounts

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""" % (D_ID, D_URL, D_ID)
body = alt(tpart(new, "plain", "us-ascii", "7bit"), tpart(text_to_html(new), "html", "us-ascii", "7bit"))
emit("017-console-new-correspondence-added.eml", "support_reply", D_ID, "en", True, body, AWS_NOREPLY,
     D_USER[1], "[Case %s] New correspondence added" % D_ID, d17,
     transport(AWS_NOREPLY[1], D_USER[1], d17, "gmail"), ses_msgid(d17), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d17))

# 018 merge_confirmation_requested: prose, paraphrased ("fold ... into"), lower-case id with hyphen
d18 = d17 + timedelta(seconds=9)
new = """Hello Marco,

Thanks for reaching out, and sorry for the trouble with the duplicate profile - it happens more often than you'd think when an exam gets booked from a different login.

I've found both profiles. What I'm proposing is to fold your newer profile, aws-08012274 (marco.bellini@kestrel-analytics.eu), into your original one, AWS02259318 (marco.bellini85@gmail.com). The original would remain your only login; the newer one would be deactivated and its exam history would show up under the original.

As this can't be undone afterwards, I need a clear go-ahead from you before I hand it over to the team that performs it. Could you reply to this case in the Support Center and let me know this is what you want? If you'd rather keep the newer login instead, just say so and I'll swap them around.

Jonas R.
Amazon Web Services"""
body = tpart(new + "\n\n" + D_FOOT, "plain", "utf-8", "qp")
emit("018-console-go-ahead-needed-to-fold-profiles.eml", "merge_confirmation_requested", D_ID, "en", True, body, AWS_NOREPLY,
     D_USER[1], "RE:[CASE %s] Merge two AWS Certification accounts" % D_ID, d18,
     transport(AWS_NOREPLY[1], D_USER[1], d18, "gmail"), ses_msgid(d18), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d18))

# 019 survey: console "case resolved" with rating request
d19 = D("2022-09-26 08:12:37")
new = """Hello,

Your support case %s (Merge two AWS Certification accounts) has been resolved by the AWS Support engineer working on it and will be closed automatically.

Please take a moment to tell us how we did. Your answers go straight to the team and help us improve:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&survey=true

How likely are you to recommend AWS Support to a colleague? (0-10)

If your issue is not resolved, you can reopen the case from the Support Center within 14 days.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""" % (D_ID, D_ID)
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("019-console-case-resolved-rate-us.eml", "survey", D_ID, "en", True, body, AWS_NOREPLY,
     D_USER[1], "Amazon Web Services: Support case %s has been resolved" % D_ID, d19,
     transport(AWS_NOREPLY[1], D_USER[1], d19, "gmail"), ses_msgid(d19), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d19))

# ====================================================================================
# Case E: form desk 2019, English, 10-digit id, corporate mailbox without Authentication-Results
# ====================================================================================
E_ID = "6473920158"
E_USER = ("Tom Hale", "thale@northwind-logistics.com")
E_SUBJ = "RE: [CASE %s] AWS Certification - Account Merge" % E_ID
E_ORIG = """Hello,

I seem to have two certification accounts. My Cloud Practitioner is on AWS 01938264 (I think I registered with my gmail, tomhale.sea@gmail.com) and my Solutions Architect Associate is on AWS 01207755 with this work address. Can these be combined into the work one?

Thanks,
Tom Hale
Cloud Infrastructure Lead | Northwind Logistics"""

# 020 merge_confirmation_requested: a question, "just reply yes"
d20 = D("2019-11-05 18:41:27")
E_REQ = """Hi Tom,

Thanks for getting in touch with AWS Certification.

Can you confirm that you want us to merge AWS 01938264 into AWS 01207755? After the merge AWS 01207755 will be your only account, and you'll log in with thale@northwind-logistics.com. Your Cloud Practitioner certification will move across to it with its original dates.

Just reply "yes" to this email and we'll take it from there.

Cheers,
Megan
AWS Training & Certification"""
quoted = q_original("Tom Hale", E_USER[1], D("2019-11-04 09:58:00", PST), "aws-certification@amazon.com", "AWS Certification - Account Merge", E_ORIG)
body = tpart(E_REQ + "\n\n" + quoted, "plain", "us-ascii", "7bit")
emit("020-2019-can-you-confirm-merge-reply-yes.eml", "merge_confirmation_requested", E_ID, "en", None, body, AWS_FORM,
     addr(*E_USER), E_SUBJ, d20, transport(AWS_FORM[1], E_USER[1], d20, "none"), ses_msgid(d20),
     new=E_REQ, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d20))

# 021 merge_completed that also resolves (closes) the case
d21 = D("2019-11-07 22:03:10")
new = """Hi Tom,

Thanks for confirming. All done - AWS 01938264 has been merged into AWS 01207755, and both of your certifications now show on that account.

As your request has been taken care of, I'm going to resolve this case. You'll receive a short survey about your experience; we'd really appreciate your feedback. If anything else comes up, just reply to this email within 14 days and the case will reopen automatically.

Cheers,
Megan
AWS Training & Certification"""
quoted = q_original("Tom Hale", E_USER[1], D("2019-11-06 07:15:00", PST), "Amazon Web Services <%s>" % AWS_FORM[1], E_SUBJ,
                    "Yes, please go ahead.\n\nTom\n\n" + q_original("Amazon Web Services", AWS_FORM[1], d20.astimezone(PST), "Tom Hale <%s>" % E_USER[1], E_SUBJ, E_REQ))
body = tpart(new + "\n\n" + quoted, "plain", "us-ascii", "7bit")
emit("021-2019-all-done-and-resolving-case.eml", "merge_completed", E_ID, "en", None, body, AWS_FORM,
     addr(*E_USER), E_SUBJ, d21, transport(AWS_FORM[1], E_USER[1], d21, "none"), ses_msgid(d21),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d21))

# ====================================================================================
# Case F: form desk, Japanese, Gmail user, 15-digit id
# ====================================================================================
F_OPEN = D("2025-09-02 13:10:05", JST)
F_ID = case15(F_OPEN)
F_USER = ("山本 由美", "yumi.yamamoto.cloud@gmail.com")
F_TO = addr(F_USER[0], F_USER[1], "utf-8")
F_SUBJ = "RE:[CASE %s] %s" % (F_ID, FORM_SUBJ)
SIG_F = """AWS トレーニングと認定 カスタマーサポート
中村 彩"""

# 022 case_created (ja form acknowledgement)
d22 = F_OPEN + timedelta(seconds=44)
new = """お問い合わせいただきありがとうございます。

AWS トレーニングと認定 サポートチームです。お問い合わせを受け付け、ケース番号 %s を発行いたしました。
担当者より通常 24 時間以内(土日祝日を除く)にご連絡いたします。

同じ内容で再度フォームを送信されますと対応が遅れる場合がございます。追加の情報がございましたら、本メールにそのままご返信ください(件名のケース番号は変更しないでください)。

※本メールはシステムより自動送信されています。

AWS トレーニングと認定
https://aws.amazon.com/jp/training/""" % F_ID
body = alt(tpart(new, "plain", "utf-8", "b64"), tpart(text_to_html(new, font="'Hiragino Kaku Gothic ProN', Meiryo, sans-serif"), "html", "utf-8", "b64"))
emit("022-ja-form-inquiry-received.eml", "case_created", F_ID, "ja", True, body, AWS_FORM,
     F_TO, "[CASE %s] %s" % (F_ID, FORM_SUBJ), d22.astimezone(UTC),
     transport(AWS_FORM[1], F_USER[1], d22, "gmail"), ses_msgid(d22), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d22))

# 023 merge_confirmation_requested (ja, table)
d23 = D("2025-09-03 10:48:36", JST)
F_REQ = """山本 由美 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの中村でございます。

アカウント統合のご依頼について、お客様の認定アカウントを確認いたしました。下記の内容にて統合を実施させていただきたく存じます。

+------------------+-----------------+-------------------------------+
| 区分             | 認定 ID         | サインイン用メールアドレス    |
+------------------+-----------------+-------------------------------+
| 統合元(閉鎖)   | AWS-05830127    | y.yamamoto@hoshizora-sys.jp   |
| 統合先(存続)   | AWS-02746613    | yumi.yamamoto.cloud@gmail.com |
+------------------+-----------------+-------------------------------+

統合元アカウントの認定資格・受験履歴・特典は、統合先アカウントへ引き継がれます。
なお、統合の取り消しはいたしかねますので、ご了承のほどお願い申し上げます。

恐れ入りますが、上記内容にお間違いがないかご確認いただき、本メールへのご返信にて統合のご承諾をいただけますでしょうか。
ご返信を確認次第、手続きを開始させていただきます。

何卒よろしくお願い申し上げます。

""" + SIG_F
F_REQ_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>山本 由美 様</p>
<p>平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。<br>カスタマーサポートの中村でございます。</p>
<p>アカウント統合のご依頼について、お客様の認定アカウントを確認いたしました。下記の内容にて統合を実施させていただきたく存じます。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>区分</th><th>認定 ID</th><th>サインイン用メールアドレス</th></tr>
<tr><td>統合元(閉鎖)</td><td>AWS-05830127</td><td>y.yamamoto@hoshizora-sys.jp</td></tr>
<tr><td>統合先(存続)</td><td>AWS-02746613</td><td>yumi.yamamoto.cloud@gmail.com</td></tr>
</table>
<p>統合元アカウントの認定資格・受験履歴・特典は、統合先アカウントへ引き継がれます。<br>なお、統合の取り消しはいたしかねますので、ご了承のほどお願い申し上げます。</p>
<p>恐れ入りますが、上記内容にお間違いがないかご確認いただき、本メールへのご返信にて統合のご承諾をいただけますでしょうか。<br>ご返信を確認次第、手続きを開始させていただきます。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>中村 彩</p>
</body></html>
"""
body = alt(tpart(F_REQ, "plain", "utf-8", "b64"), tpart(F_REQ_HTML, "html", "utf-8", "b64"))
emit("023-ja-table-please-consent-by-reply.eml", "merge_confirmation_requested", F_ID, "ja", True, body, AWS_FORM,
     F_TO, F_SUBJ, d23.astimezone(UTC), transport(AWS_FORM[1], F_USER[1], d23, "gmail"), ses_msgid(d23),
     new=F_REQ, new_html=F_REQ_HTML, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d23))

# 024 support_reply: after the yes, a yes/no about the romanised name (ja)
d24 = D("2025-09-04 09:05:12", JST)
u24 = D("2025-09-03 18:22:00", JST)
user = "中村様\n\nお世話になっております。山本です。\nご案内いただいた内容で問題ございません。統合をお願いいたします。\n\n山本 由美"
new = """山本 由美 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。
早速のご返信、ありがとうございます。

統合の手続きを進めるにあたり、1 点だけ確認させていただけますでしょうか。
統合先アカウント AWS02746613 の氏名は「山本 由美」と漢字で登録されておりますが、認定証および Credly バッジにはローマ字表記が使用されます。
ローマ字表記を「Yumi Yamamoto」として登録させていただいてよろしいでしょうか。

差し支えなければ、その旨ご返信いただけますと幸いです。表記の変更をご希望の場合は、ご希望の綴りをお知らせください。

よろしくお願いいたします。

""" + SIG_F
quoted = q_ja("山本由美", F_USER[1], u24, user + "\n\n" + q_ja("Amazon Web Services", AWS_FORM[1], d23, F_REQ))
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"),
           tpart(text_to_html(new, quoted, font="Meiryo, sans-serif"), "html", "utf-8", "qp"))
emit("024-ja-may-we-use-this-romanised-name.eml", "support_reply", F_ID, "ja", True, body, AWS_FORM,
     F_TO, F_SUBJ, d24.astimezone(UTC), transport(AWS_FORM[1], F_USER[1], d24, "gmail"), ses_msgid(d24),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d24))

# 025 survey (ja)
d25 = D("2025-09-09 16:30:00", JST)
new = """山本 由美 様

AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。
ケース %s は解決済みとしてクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 1 分程度)。

お問い合わせは解決しましたか?
  はい: https://survey.trainingandcertification.aws/s?c=%s&lang=ja&r=yes
  いいえ: https://survey.trainingandcertification.aws/s?c=%s&lang=ja&r=no

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。

AWS トレーニングと認定""" % (F_ID, F_ID, F_ID)
body = alt(tpart(new, "plain", "iso-2022-jp", "7bit"), tpart(text_to_html(new, font="Meiryo, sans-serif"), "html", "utf-8", "qp"))
emit("025-ja-case-closed-survey.eml", "survey", F_ID, "ja", True, body, AWS_FORM,
     F_TO, "【AWS トレーニングと認定】アンケートご協力のお願い [CASE %s]" % F_ID, d25.astimezone(UTC),
     transport(AWS_FORM[1], F_USER[1], d25, "gmail"), ses_msgid(d25), new=new, subj_cs="iso-2022-jp",
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d25))

# ====================================================================================
# Phishing / spoofing
# ====================================================================================
P_USER = ("Aiden Cho", "aidencho.cloud@gmail.com")

# 026 merge_confirmation_requested from a look-alike domain that passes its own DMARC
d26 = D("2025-09-16 02:14:09")
P_ID = "%d%05d" % (int((d26 - timedelta(hours=20)).timestamp()), 41208)
lk = ("AWS Training and Certification", "certification@aws-trainingcert-support.com")
new_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. Before we continue we need you to confirm the following change:</p>
<ul>
<li>Account to be merged: <b>AWS 06218840</b></li>
<li>Account that will remain: <b>AWS 03391172</b></li>
</ul>
<p>Please confirm the merge within <b>24 hours</b> by signing in below. If we do not receive your confirmation, both accounts will be temporarily suspended and your active certifications may be revoked.</p>
<p style="text-align:center"><a href="https://aws-trainingcert-support.com/verify/merge?case=%s&amp;u=aidencho.cloud" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p>Reference: Case %s</p>
<p>Sincerely,<br>AWS Certification Support Team</p>
<p style="font-size:11px;color:#888">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>
""" % (P_ID, P_ID)
body = tpart(new_html, "html", "utf-8", "qp")
emit("026-lookalike-domain-confirm-merge-button.eml", "merge_confirmation_requested", P_ID, "en", False, body, lk,
     addr(*P_USER), "RE:[CASE %s] Action required: confirm your account merge" % P_ID, d26,
     transport(lk[1], P_USER[1], d26, "gmail", ip="185.217.98.44", host="mail.aws-trainingcert-support.com",
               mailfrom="bounce@aws-trainingcert-support.com", dkim=[("aws-trainingcert-support.com", "pass")], dmarc="pass", dmarc_p="NONE"),
     new_html=new_html, dkims=["aws-trainingcert-support.com"])

# 027 merge_completed, spoofed amazon.com From, dmarc=fail
d27 = D("2025-09-18 11:52:40")
new = """Hello,

Your AWS Certification accounts have been successfully merged. All certifications and exam history are now available under AWS03391172.

For security reasons, you must verify your sign-in details within 48 hours to keep your certifications active:
https://aws-certification-portal.kvmhosting.eu/signin?next=merge-complete

If you do not verify, your certification records may be archived.

Regards,
AWS Training and Certification"""
body = alt(tpart(new, "plain", "utf-8", "8bit"), tpart(text_to_html(new), "html", "utf-8", "8bit"))
emit("027-spoofed-merge-done-verify-signin.eml", "merge_completed", None, "en", False, body, AWS_NOREPLY,
     P_USER[1], "Your AWS Certification accounts have been merged", d27,
     transport(AWS_NOREPLY[1], P_USER[1], d27, "gmail", ip="45.141.215.9", host="srv2291.kvmhosting.eu",
               mailfrom="info@srv2291.kvmhosting.eu", dkim=[], spf="pass", dmarc="fail"),
     new=new)

# 028 unrelated phishing (not about the merge): "confirm your profile to avoid suspension"
d28 = D("2025-10-02 06:03:55")
lk2 = ("AWS Certification", "no-reply@aws-certification-verify.info")
new = """Dear AWS Certified Professional,

Our records show that your AWS Certification profile has not been validated this year. To comply with the updated Candidate Agreement, please confirm your profile details and payment method within 72 hours.

Confirm now: https://aws-certification-verify.info/profile/confirm

Profiles that are not confirmed will be suspended, and digital badges will be withdrawn.

Thank you,
AWS Certification Compliance"""
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("028-phish-confirm-profile-or-suspension.eml", "unrelated", None, "en", False, body, lk2,
     P_USER[1], "Action Required: Confirm your AWS Certification profile", d28,
     transport(lk2[1], P_USER[1], d28, "gmail", ip="103.151.124.66", host="host66.cheapvps.asia",
               mailfrom="root@host66.cheapvps.asia", dkim=[], spf="softfail", dmarc="fail", dmarc_p="NONE"),
     new=new)

# 029 merge_confirmation_requested, From amazon.com, topmost (Outlook) verdict fails, forged pass lower down
S_USER = ("Sofia Martins", "sofia.martins@outlook.com")
d29 = D("2025-08-11 14:27:31")
S_FAKE_ID = "%d%05d" % (int((d29 - timedelta(days=1, hours=3)).timestamp()), 90317)
new = """Hello Sofia,

Thank you for contacting AWS Training and Certification.

We located the following certification accounts registered to you:

  AWS07731450 - sofia.martins@outlook.com (will remain)
  AWS01846632 - s.martins@lusotech.pt (will be merged and closed)

To authorise the merge, please confirm using our secure form below. For your protection you will be asked to sign in with both sets of credentials.

  https://aws-certmerge-confirm.com/case/%s

If we do not hear from you within 2 business days the request will be cancelled.

Best regards,
AWS Training and Certification""" % S_FAKE_ID
forged = "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb3qrcbbmjnhi;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("029-forged-lower-auth-header-confirm-merge.eml", "merge_confirmation_requested", S_FAKE_ID, "en", False, body, AWS_FORM,
     addr(*S_USER), "RE:[CASE %s] %s" % (S_FAKE_ID, FORM_SUBJ), d29,
     transport(AWS_FORM[1], S_USER[1], d29, "outlook", ip="91.92.240.17", host="mx1.mailrelay-eu.net",
               mailfrom="noreply@mailrelay-eu.net", dkim=[], spf="pass", dmarc="fail", extra_lower_ar=forged,
               hdr_from_domain="amazon.com"),
     new=new)

# ====================================================================================
# Credly
# ====================================================================================
CREDLY = ("AWS Training and Certification via Credly", "admin@credly.com")
def credly_tr(to, d, provider="gmail"):
    return transport(CREDLY[1], to, d, provider, ip="167.89.101.%d" % random.randint(2, 250), host="o%d.email.credly.com" % random.randint(1, 9),
                     mailfrom="bounces+%d-%s-%s@email.credly.com" % (random.randint(1000000, 9999999), rhex(4), to.replace("@", "=")),
                     dkim=[("credly.com", "pass"), ("sendgrid.info", "pass")], dmarc="pass", dmarc_p="REJECT")
def credly_html(title, inner):
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;background:#f5f5f5"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333;font-size:15px">
<tr><td style="padding:24px;border-bottom:1px solid #eee"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" height="28"></td></tr>
<tr><td style="padding:24px">%s</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">Credly, Inc. | 100 Fifth Ave, 8th Floor | New York, NY 10011<br>
You are receiving this email because a badge was issued to this address. <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""" % (title, inner)

# 030 credly_badge_issued
d30 = D("2022-09-27 19:33:02")
inner = """<p>Hi Marco,</p>
<p><b>AWS Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/3f1c9a2e-7b44-4d0e-9c61-52a8e0d7b913/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Questions? Visit <a href="https://support.credly.com">support.credly.com</a>.</p>"""
h = credly_html("Accept your badge", inner)
plain = "Hi Marco,\n\nAWS Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.\n\nAccept your badge: https://www.credly.com/badges/3f1c9a2e-7b44-4d0e-9c61-52a8e0d7b913/accept\n\nCredly, Inc. | 100 Fifth Ave, 8th Floor | New York, NY 10011\n"
body = alt(tpart(plain, "plain", "utf-8", "qp"), tpart(h, "html", "utf-8", "qp"))
emit("030-credly-new-badge-accept.eml", "credly_badge_issued", None, "en", True, body, CREDLY,
     D_USER[1], "Marco, you've earned a badge from AWS Training and Certification!", d30, credly_tr(D_USER[1], d30),
     new=plain, new_html=h, dkims=["credly.com"])

# 031 credly_badge_issued: badges re-issued after the merge (nifty)
d31 = D("2025-07-25 02:10:44")
inner = """<p>Hello Kenta,</p>
<p>AWS Training and Certification sent you <b>2 badges</b>. Following an update to your AWS Certification account, these badges have been issued to this email address:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p>Badges that were previously issued to your other email address will no longer be updated.</p>"""
h = credly_html("You have new badges", inner)
body = tpart(h, "html", "utf-8", "b64")
emit("031-credly-two-badges-after-account-update.eml", "credly_badge_issued", None, "en", True, body, CREDLY,
     B_USER[1], "AWS Training and Certification sent you 2 badges", d31, credly_tr(B_USER[1], d31, "biglobe"),
     new_html=h, dkims=["credly.com"])

# 032 unrelated: Credly's own self-service account merge code
d32 = D("2025-06-08 15:20:19")
new = """Hi Daniel,

We received a request to merge the Credly account registered to daniel.okafor@brightlane.io into your account.

Your verification code is: 731904

Enter this code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=8d3e91b0c2f44b6fa1e0

If you didn't request this, you can ignore this email - no changes will be made.

The Credly Team"""
h = credly_html("Confirm your account merge", "<p>" + "</p><p>".join(H.escape(p).replace("\n", "<br>") for p in new.split("\n\n")) + "</p>")
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(h, "html", "utf-8", "qp"))
emit("032-credly-self-service-merge-code.eml", "unrelated", None, "en", True, body, ("Credly", "admin@credly.com"),
     A_USER[1], "Confirm your Credly account merge", d32, credly_tr(A_USER[1], d32), new=new, dkims=["credly.com"])

# 033 unrelated: Credly expiry reminder
d33 = D("2025-11-14 13:00:07")
inner = """<p>Hi Priya,</p>
<p>Your badge <b>AWS Certified Cloud Practitioner</b> issued by AWS Training and Certification will expire on <b>February 12, 2026</b>.</p>
<p>To keep your credential current, complete the recertification requirements before it expires.</p>
<p><a href="https://aws.amazon.com/certification/recertification/" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Learn how to recertify</a></p>"""
h = credly_html("Your badge is expiring soon", inner)
body = tpart(h, "html", "utf-8", "qp")
emit("033-credly-badge-expires-soon.eml", "unrelated", None, "en", True, body, CREDLY,
     C_USER[1], "Your AWS Certified Cloud Practitioner badge expires in 90 days", d33, credly_tr(C_USER[1], d33, "outlook"),
     new_html=h, dkims=["credly.com"])

# ====================================================================================
# Unrelated look-alikes
# ====================================================================================
# 034 Amazon Seller Central case asking to confirm a seller-account merge
d34 = D("2024-04-22 17:05:48")
SC_ID = "6120457783"
SC = ("Amazon Selling Partner Support", "sellersupport-noreply@amazon.com")
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to combine your two seller accounts (Merchant Token A2KX9QF0P3LMV1 and Merchant Token A17ZR4HD8W2C6N) under one Unified Account so that you can manage both stores with one login.

Before I submit this to the account integration team, please confirm by replying to this message that:
1. A2KX9QF0P3LMV1 should be the primary account, and
2. you understand that the secondary account's login will be removed after the merge.

To reply, please use the link below and do not reply directly to this e-mail.

https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Thank you,
Ramesh
Amazon Selling Partner Support

Was this email helpful? https://sellercentral.amazon.com/cu/contact-us/feedback?caseID=%s""" % (SC_ID, SC_ID)
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("034-seller-central-case-confirm-seller-merge.eml", "unrelated", SC_ID, "en", True, body, SC,
     D_USER[1], "RE:[CASE %s] Merge my two seller accounts" % SC_ID, d34,
     transport(SC[1], D_USER[1], d34, "gmail"), ses_msgid(d34), new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d34))

# 035 other AWS support case (quota) asking for a confirmation
Q_OPEN = D("2025-06-12 08:44:20")
Q_ID = case15(Q_OPEN)
d35 = D("2025-06-12 12:31:06")
new = """Hello Daniel,

Thank you for contacting AWS Support about your EC2 On-Demand Standard instances vCPU quota.

Your request asks for 256 vCPUs, but the case does not say which Region it applies to. Could you please confirm whether the increase should be applied to us-east-1 only, or to eu-west-1 as well? Once you confirm, we will proceed with the request and update you here.

Best regards,

Lucia P.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.""" % Q_ID
body = tpart(new, "plain", "utf-8", "qp")
emit("035-aws-quota-case-please-confirm-region.eml", "unrelated", Q_ID, "en", True, body, AWS_NOREPLY,
     A_USER[1], "RE:[CASE %s] Limit Increase: EC2 Instances" % Q_ID, d35,
     transport(AWS_NOREPLY[1], A_USER[1], d35, "gmail"), ses_msgid(d35), new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d35))

# 036 AWS billing case: consolidating AWS accounts into an organization (12-digit account ids)
BL_ID = "11902384756"
d36 = D("2023-02-07 10:18:45")
new = """Hello Priya,

Thanks for reaching out to AWS Billing and Accounts.

To make sure I've understood the request correctly: you would like member account 4821-9034-5521 to join the AWS Organization whose management (payer) account is 7730-1184-2209, so that both accounts are billed together on one invoice from March onwards.

Could you confirm this is correct? Please note that the invitation has to be accepted from the member account; I can't do that step on your behalf. Once you confirm, I'll send you the exact steps.

Best regards,
Stefan W.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en""" % BL_ID
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("036-aws-billing-case-confirm-consolidated-billing.eml", "unrelated", BL_ID, "en", True, body, AWS_NOREPLY,
     C_USER[1], "RE:[CASE %s] Consolidate two AWS accounts under one bill" % BL_ID, d36,
     transport(AWS_NOREPLY[1], C_USER[1], d36, "outlook"), ses_msgid(d36), new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d36))

# 037 CertMetrics survey-style mail (not the support case survey)
d37 = D("2025-06-20 16:02:51")
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
new = """Hello Daniel Okafor,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. We'd appreciate a few minutes of your time to tell us about your experience so that we can keep improving our program.

Candidate ID: AWS09902615

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=4f1e2a

Thank you,
AWS Training and Certification

This is an automated e-mail. Please do not reply."""
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("037-certmetrics-wants-to-hear-from-you.eml", "unrelated", None, "en", False, body, CM,
     A_USER[1], "AWS Certification wants to hear from you", d37,
     transport(CM[1], A_USER[1], d37, "gmail", ip="52.24.17.%d" % random.randint(2, 250), host="mail.certmetrics.com",
               mailfrom="bounce@certmetrics.com", dkim=[("certmetrics.com", "pass")], dmarc="pass", dmarc_p="NONE"),
     new=new, dkims=["certmetrics.com"])

# 038 Pearson VUE appointment confirmation (ja, ISO-2022-JP)
d38 = D("2025-08-02 14:15:10", JST)
PV = ("Pearson VUE", "pearsonvueconfirmation@pearson.com")
new = """佐藤 健太 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2025年8月23日(土) 10:00
会場: オンライン (OnVUE)
登録 ID: 412889573

ご予約内容に誤りがないかご確認ください。日時の変更やキャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。

Pearson VUE カスタマーサービス"""
body = tpart(new, "plain", "iso-2022-jp", "7bit")
emit("038-ja-pearson-vue-booking-confirmation.eml", "unrelated", None, "ja", False, body, PV,
     B_TO, "試験予約確認 - AWS Certified Solutions Architect - Associate", d38.astimezone(UTC),
     transport(PV[1], B_USER[1], d38, "nifty", ip="159.182.1.%d" % random.randint(2, 250), host="mta1.pearson.com",
               mailfrom="bounce@pearson.com", dkim=[("pearson.com", "pass")], dmarc="pass", dmarc_p="REJECT"),
     new=new, subj_cs="iso-2022-jp", dkims=["pearson.com"])

# 039 AWS Builder ID verification code, no Authentication-Results at all
d39 = D("2025-05-19 21:44:02")
BI = ("AWS", "no-reply@signin.aws")
new = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482915

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services"""
body = alt(tpart(new, "plain", "utf-8", "7bit"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("039-builder-id-verification-code.eml", "unrelated", None, "en", None, body, BI,
     E_USER[1], "Verify your AWS Builder ID email address", d39,
     transport(BI[1], E_USER[1], d39, "none"), ses_msgid(d39), new=new, dkims=["signin.aws", "amazonses.com"])

# 040 GitHub "merged" notification
d40 = D("2025-09-10 07:21:33")
GH = ("Kenji Watanabe", "notifications@github.com")
new = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/cert-tracker/pull/42#event-14298830177
You are receiving this because you were mentioned.

Message ID: <hoshizora-sys/cert-tracker/pull/42/issue_event/14298830177@github.com>"""
body = alt(tpart(new, "plain", "utf-8", "7bit"),
           tpart('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-sys/cert-tracker/pull/42">#42</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-sys/cert-tracker/pull/42#event-14298830177">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>\n', "html", "utf-8", "7bit"))
emit("040-github-pr-merged-duplicate-accounts-script.eml", "unrelated", None, "en", False, body, GH,
     "hoshizora-sys/cert-tracker <cert-tracker@noreply.github.com>",
     "Re: [hoshizora-sys/cert-tracker] Merge duplicate certification accounts in the report (PR #42)", d40,
     transport(GH[1], F_USER[1], d40, "gmail", ip="192.30.252.%d" % random.randint(200, 210), host="out-21.smtp.github.com",
               mailfrom="noreply@github.com", dkim=[("github.com", "pass")], dmarc="pass", dmarc_p="REJECT"),
     msgid="<hoshizora-sys/cert-tracker/pull/42/issue_event/14298830177@github.com>", new=new, dkims=["github.com"],
     cc="Yumi Yamamoto <yumi.yamamoto.cloud@gmail.com>, Mention <mention@noreply.github.com>",
     extra=[("In-Reply-To", "<hoshizora-sys/cert-tracker/pull/42@github.com>"), ("References", "<hoshizora-sys/cert-tracker/pull/42@github.com>"),
            ("List-ID", "hoshizora-sys/cert-tracker <cert-tracker.hoshizora-sys.github.com>"), ("X-GitHub-Reason", "mention")])

# 041 AWS Training newsletter (genuine amazon.com marketing)
d41 = D("2025-10-14 15:00:12")
NL = ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f2f3f3;margin:0">
<table width="640" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#16191f"><tr><td style="padding:28px">
<h1 style="font-size:24px">Your October learning roundup</h1>
<p>Hi Priya,</p>
<p>New this month in AWS Skill Builder: an updated exam prep plan for <b>AWS Certified AI Practitioner</b>, three new hands-on labs on Amazon Bedrock, and a free Cloud Quest role.</p>
<p><a href="https://skillbuilder.aws/?trk=email_oct" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Start learning</a></p>
<p>Already certified? Remember that your 50% discount voucher for your next exam is available in the Benefits section of your AWS Certification account.</p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a><br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
body = tpart(h, "html", "utf-8", "qp")
emit("041-aws-training-monthly-newsletter.eml", "unrelated", None, "en", True, body, NL,
     C_USER[1], "Your October learning roundup: AI Practitioner prep, new Bedrock labs", d41,
     transport(NL[1], C_USER[1], d41, "outlook"), ses_msgid(d41), new_html=h, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d41) + [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")])

# 042 AWS billing case in Japanese asking a yes about a refund
R_OPEN = D("2025-08-05 09:12:44", JST)
R_ID = case15(R_OPEN)
d42 = D("2025-08-06 13:40:19", JST)
new = """佐藤 健太 様

AWS 請求およびアカウントサポートの木村です。

7月分の請求について、ご利用のない Amazon RDS インスタンスの料金が発生している件を確認いたしました。
今回に限り、該当料金 USD 38.42 を返金させていただくことが可能です。

返金手続きを進めてよろしいでしょうか。ご承諾いただける場合は、サポートセンターのケース画面よりその旨ご返信ください。
なお、再発防止のため、不要なインスタンスの削除をお願いいたします。

木村
Amazon Web Services

このケースに返信するには、以下の URL から AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja""" % R_ID
body = alt(tpart(new, "plain", "utf-8", "b64"), tpart(text_to_html(new, font="Meiryo, sans-serif"), "html", "utf-8", "b64"))
emit("042-ja-billing-case-may-we-refund.eml", "unrelated", R_ID, "ja", True, body, AWS_NOREPLY,
     B_TO, "RE:[CASE %s] 請求に関するお問い合わせ" % R_ID, d42.astimezone(UTC),
     transport(AWS_NOREPLY[1], B_USER[1], d42, "nifty"), ses_msgid(d42), new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d42))

# ====================================================================================
# Case G: form desk, English (non-native agent), three accounts into one, Gmail, 15-digit id
# ====================================================================================
G_OPEN = D("2025-10-06 08:31:10")
G_ID = case15(G_OPEN)
G_USER = ("Lukas Novak", "lukas.novak.it@gmail.com")
G_SUBJ = "RE:[CASE %s] %s" % (G_ID, FORM_SUBJ)
SIG_G = """Best regards,
Ana G.
AWS Training and Certification Customer Support"""

# 043 merge_confirmation_requested: three accounts, bullet list
d43 = D("2025-10-07 11:04:27")
G_REQ = """Hello Lukas,

Thank you for reaching out to AWS Training and Certification Customer Support. My name is Ana and I will be assisting you today.

I have checked our records and I found three certification accounts under your name. As you requested, the plan is following:

 • AWS08814520 – lukas.novak.it@gmail.com – this account stays active (primary)
 • AWS03357961 – lnovak@czechsoft.cz – will be merged into the primary
 • AWS06090238 – lukas.novak@student.cvut.cz – will be merged into the primary

Your certifications (AWS Certified Developer – Associate, AWS Certified SysOps Administrator – Associate) and the full exam history will be kept in the primary account.

Please confirm us by replying to this email that the above is correct and that you agree with the merge. Kindly be aware this action is not reversible.

""" + SIG_G
body = alt(tpart(G_REQ, "plain", "utf-8", "qp"), tpart(text_to_html(G_REQ), "html", "utf-8", "qp"))
emit("043-three-accounts-into-one-please-confirm-us.eml", "merge_confirmation_requested", G_ID, "en", True, body, AWS_FORM,
     addr(*G_USER), G_SUBJ, d43, transport(AWS_FORM[1], G_USER[1], d43, "gmail"), ses_msgid(d43),
     new=G_REQ, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d43))

# 044 merge_confirmation_requested: gentle reminder restating the accounts
d44 = D("2025-10-10 09:15:02")
new = """Hello Lukas,

I hope you are doing well. I'm following up on my previous email from October 7 regarding the consolidation of your certification accounts (AWS03357961 and AWS06090238 into AWS08814520).

We still need your confirmation before we can go ahead. If everything is correct, please simply reply "I confirm" to this email. If we do not hear from you in 5 business days the case will be closed automatically, but you can reopen it anytime by replying.

""" + SIG_G
quoted = "-------- Previous message --------\n" + gt(G_REQ)
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(text_to_html(new, G_REQ), "html", "utf-8", "qp"))
emit("044-gentle-reminder-we-still-need-your-confirmation.eml", "merge_confirmation_requested", G_ID, "en", True, body, AWS_FORM,
     addr(*G_USER), G_SUBJ, d44, transport(AWS_FORM[1], G_USER[1], d44, "gmail"), ses_msgid(d44),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d44))

# 045 support_reply: after the yes ("once the merge is complete we will ...")
d45 = D("2025-10-13 07:48:55")
u45 = D("2025-10-11 22:10:00", CEST)
user = "Hi Ana,\n\nsorry for the late answer, I was travelling. I confirm, everything is correct.\n\nThank you\nLukas"
new = """Hello Lukas,

No problem at all, and thank you for the confirmation!

I have raised the request with our internal team. Once the merge is complete, you will receive a notification from us and you will be able to sign in with lukas.novak.it@gmail.com only. Please do not schedule any new exam until then, to avoid it being booked on one of the accounts that will be closed.

""" + SIG_G
quoted = q_gmail("Lukas Novak", G_USER[1], u45, user + "\n\n" + q_gmail("Amazon Web Services", AWS_FORM[1], d44.astimezone(CEST), "Hello Lukas,\n\nI'm following up on my previous email from October 7 regarding the consolidation of your certification accounts (AWS03357961 and AWS06090238 into AWS08814520).\n\n[...]\n\n" + SIG_G))
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(text_to_html(new, quoted), "html", "utf-8", "qp"))
emit("045-raised-with-internal-team-once-complete.eml", "support_reply", G_ID, "en", True, body, AWS_FORM,
     addr(*G_USER), G_SUBJ, d45, transport(AWS_FORM[1], G_USER[1], d45, "gmail"), ses_msgid(d45),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d45))

# ====================================================================================
# Case H: form desk 2023, English, Outlook, 11-digit id
# ====================================================================================
H_ID = "11735180233"
H_USER = ("Grace Whitfield", "grace.whitfield@outlook.com")
H_SUBJ = "RE:[CASE %s] %s" % (H_ID, FORM_SUBJ)
SIG_H = """Warm regards,
Brian T.
AWS Training & Certification Customer Service"""

# 046 support_reply: asks a yes about access to the old address
d46 = D("2023-05-16 15:02:40")
H_Q = """Hi Grace,

Thanks for contacting us about your two certification accounts.

I was able to find the account AWS04471209, which is registered to gwhitfield@meridianhealth.org. Before we go any further with your request, can you please confirm whether you still have access to that mailbox? If you do, we'll send a short verification link there; if you don't, we'll verify your identity another way (we may ask for the exam dates and the last 4 digits of the card used for one of your exams).

""" + SIG_H
body = alt(tpart(H_Q, "plain", "utf-8", "qp"), tpart(text_to_html(H_Q, font="Segoe UI, sans-serif"), "html", "utf-8", "qp"))
emit("046-do-you-still-have-access-to-old-mailbox.eml", "support_reply", H_ID, "en", True, body, AWS_FORM,
     addr(*H_USER), H_SUBJ, d46, transport(AWS_FORM[1], H_USER[1], d46, "outlook"), ses_msgid(d46),
     new=H_Q, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d46))

# 047 support_reply: chaser about the unanswered question (not about confirming the merge)
d47 = D("2023-05-19 15:30:11")
new = """Hi Grace,

Just following up on my last email - we haven't heard back from you yet about whether you can still get into your old work mailbox. We can't continue with your request until we know which verification route to use.

Please reply to this email when you get a chance. If we don't hear from you within 7 days, this case will be closed automatically; replying will reopen it.

""" + SIG_H
quoted = q_original("Amazon Web Services", AWS_FORM[1], d46.astimezone(EDT), "Grace Whitfield <%s>" % H_USER[1], H_SUBJ, H_Q)
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(text_to_html(new, quoted, font="Segoe UI, sans-serif"), "html", "utf-8", "qp"))
emit("047-chaser-no-answer-about-mailbox-access.eml", "support_reply", H_ID, "en", True, body, AWS_FORM,
     addr(*H_USER), H_SUBJ, d47, transport(AWS_FORM[1], H_USER[1], d47, "outlook"), ses_msgid(d47),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d47))

# 048 merge_confirmation_requested: retained / deactivated, "reply I confirm"; UTF-8 bytes labelled ISO-8859-1
d48 = D("2023-05-22 18:44:09")
u48 = D("2023-05-20 09:12:00", EDT)
new = """Hi Grace,

Thanks for letting me know, and for verifying through the old mailbox – that went through fine.

Here’s what we’ll do:

  Account to be retained:     AWS02980316 (grace.whitfield@outlook.com)
  Account to be deactivated:  AWS04471209 (gwhitfield@meridianhealth.org)

Everything on the deactivated account – certifications, exam history, your Practitioner voucher – moves to the retained one. This can’t be undone.

If that’s right, please reply with “I confirm” and I’ll submit it the same day.

""" + SIG_H
user = "Hi Brian,\n\nYes, I still have access, I just clicked the link you sent.\n\nGrace"
quoted = q_outlook("Grace Whitfield", H_USER[1], u48, "Amazon Web Services <%s>" % AWS_FORM[1], H_SUBJ, user + "\n\n" + q_original("Amazon Web Services", AWS_FORM[1], d47.astimezone(EDT), "Grace Whitfield <%s>" % H_USER[1], H_SUBJ, "Hi Grace,\n\nJust following up on my last email [...]"))
body = rawpart(new + "\n\n" + quoted, "plain", "utf-8", "iso-8859-1", "qp")
emit("048-retained-deactivated-reply-i-confirm-wrong-charset.eml", "merge_confirmation_requested", H_ID, "en", True, body, AWS_FORM,
     addr(*H_USER), H_SUBJ, d48, transport(AWS_FORM[1], H_USER[1], d48, "outlook"), ses_msgid(d48),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d48))

# ====================================================================================
# Case J: console, Japanese, OCN mailbox, 15-digit id
# ====================================================================================
J_OPEN = D("2025-11-04 17:26:51", JST)
J_ID = case15(J_OPEN)
J_USER = ("小林 大輔", "d-kobayashi@ocn.ne.jp")

# 049 merge_confirmation_requested: prose question (ja, Shift_JIS)
d49 = D("2025-11-05 14:03:22", JST)
new = """小林 大輔 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
AWS トレーニングと認定 サポートの井上と申します。

お問い合わせいただいた件につきまして、お客様名義の認定アカウントが 2 件登録されていることを確認いたしました。
旧アカウント AWS 01562230(d.kobayashi@fujimi-soft.co.jp)を、現在ご利用中のアカウント AWS 04918875(d-kobayashi@ocn.ne.jp)に統合し、今後は後者のみをご利用いただく形となりますが、この内容で手続きを進めてよろしいでしょうか。

統合後は旧アカウントへのサインインができなくなり、また統合を取り消すことはできません。
ご了承いただける場合は、お手数ですがサポートセンターの本ケースより「承諾します」とご返信くださいますようお願い申し上げます。

井上
Amazon Web Services

=================================
このケースに返信するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールアドレスでは返信を受け付けておりません。*""" % J_ID
body = rawpart(new, "plain", "shift_jis", "Shift_JIS", "b64")
emit("049-ja-console-may-we-proceed-with-this-content.eml", "merge_confirmation_requested", J_ID, "ja", True, body, AWS_NOREPLY,
     addr(J_USER[0], J_USER[1], "iso-2022-jp"), "RE:[CASE %s] AWS認定アカウントの統合依頼" % J_ID, d49.astimezone(UTC),
     transport(AWS_NOREPLY[1], J_USER[1], d49, "ocn"), ses_msgid(d49), new=new, subj_cs="shift_jis",
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d49))

# ====================================================================================
# Case K: form desk, Japanese, own-domain mailbox on Sakura, 15-digit id
# ====================================================================================
K_OPEN = D("2025-12-01 10:40:03", JST)
K_ID = case15(K_OPEN)
K_USER = ("伊藤 真理", "mari.ito@ito-design.jp")
K_SUBJ = "RE:[CASE %s] %s" % (K_ID, FORM_SUBJ)

# 050 support_reply: lists both accounts and asks which one to keep (ja)
d50 = D("2025-12-02 11:15:47", JST)
K_Q = """伊藤 真理 様

お世話になっております。AWS トレーニングと認定 サポートの佐々木でございます。

お問い合わせいただいたアカウント統合の件について、以下の 2 つのアカウントを確認いたしました。

・AWS06672018(m.ito@kawase-print.co.jp)
・AWS03105549(mari.ito@ito-design.jp)

統合にあたり、どちらのアカウントを存続させるか(今後どちらのメールアドレスでサインインされるか)をご指定いただけますでしょうか。
ご指定いただいた内容をもとに、統合内容を改めてご案内いたします。

よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
body = alt(tpart(K_Q, "plain", "iso-2022-jp", "7bit"), tpart(text_to_html(K_Q, font="Meiryo, sans-serif"), "html", "utf-8", "qp"))
emit("050-ja-which-account-should-survive.eml", "support_reply", K_ID, "ja", True, body, AWS_FORM,
     addr(K_USER[0], K_USER[1], "iso-2022-jp"), K_SUBJ, d50.astimezone(UTC), transport(AWS_FORM[1], K_USER[1], d50, "sakura"), ses_msgid(d50),
     new=K_Q, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d50))

# 051 support_reply: duplicate inquiry folded into this case (uses the word 統合 for the cases, not the accounts)
d51 = D("2025-12-03 09:02:33", JST)
K_DUP = "%d%05d" % (int(D("2025-12-02 22:51:16", JST).timestamp()), 7731)
new = """伊藤 真理 様

お世話になっております。AWS トレーニングと認定 サポートの佐々木でございます。

昨晩、同じ内容のお問い合わせ(ケース番号 %s)を新たにお送りいただいておりましたので、重複を避けるため、そちらのケースは本ケースに統合させていただきました。今後のご連絡は本ケースにてお願いいたします。

なお、前回お伺いしております「どちらのアカウントを存続させるか」について、まだご回答を確認できておりません。ご指定いただき次第、手続きのご案内を差し上げます。

お手数をおかけいたしますが、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート""" % K_DUP
quoted = q_ja("Amazon Web Services", AWS_FORM[1], d50, K_Q)
body = tpart(new + "\n\n" + quoted, "plain", "utf-8", "b64")
emit("051-ja-duplicate-case-folded-into-this-one.eml", "support_reply", K_ID, "ja", True, body, AWS_FORM,
     addr(K_USER[0], K_USER[1], "iso-2022-jp"), K_SUBJ, d51.astimezone(UTC), transport(AWS_FORM[1], K_USER[1], d51, "sakura"), ses_msgid(d51),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d51))

# ====================================================================================
# Case L: form desk, English, Gmail, 15-digit id
# ====================================================================================
L_OPEN = D("2025-10-20 19:55:31")
L_ID = case15(L_OPEN)
L_USER = ("Olivia Brennan", "olivia.brennan.cloud@gmail.com")
L_SUBJ = "RE: [CASE %s] %s" % (L_ID, FORM_SUBJ)

# 052 merge_confirmation_requested: lower-case ids, asked on a condition, voucher note
d52 = D("2025-10-22 16:37:12")
L_REQ = """Hi Olivia,

Thanks for your patience while I looked into this.

I can see two certification profiles for you:
  - aws05120987, signed in with obrennan@tidewater-energy.com (created 2021)
  - aws07734412, signed in with olivia.brennan.cloud@gmail.com (created 2024)

Assuming you no longer need to log in with your Tidewater address, the plan would be to merge aws05120987 into aws07734412, so the Gmail login is the one you keep. Could you confirm that's OK? Just hit reply and say so.

One thing to know first: the Tidewater profile has an unused 50% exam voucher expiring on 30 November. It will carry over, but its expiry date won't change.

Once you confirm, I'll submit the request; it normally completes within 3 business days.

Thanks,
Chris
AWS Training and Certification"""
body = alt(tpart(L_REQ, "plain", "utf-8", "qp"), tpart(text_to_html(L_REQ), "html", "utf-8", "qp"))
emit("052-assuming-you-no-longer-need-old-login-confirm.eml", "merge_confirmation_requested", L_ID, "en", True, body, AWS_FORM,
     addr(*L_USER), L_SUBJ, d52, transport(AWS_FORM[1], L_USER[1], d52, "gmail"), ses_msgid(d52),
     new=L_REQ, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d52))

# 053 support_reply: status update, ids only in nested quoted history
d53 = D("2025-10-24 14:02:48")
u53 = D("2025-10-22 20:15:00", BST)
user = "Hi Chris,\n\nThat's fine, I don't need the Tidewater login any more. Go ahead.\n\nThanks!\nOlivia"
new = """Hi Olivia,

Quick update on your request: it's with our back-office team now and I expect it to be finished by Thursday at the latest. There's nothing you need to do in the meantime.

I'll keep this case open and let you know as soon as I hear back.

Thanks,
Chris
AWS Training and Certification"""
quoted = q_gmail("Olivia Brennan", L_USER[1], u53, user + "\n\n" + q_gmail("Amazon Web Services", AWS_FORM[1], d52.astimezone(BST), L_REQ))
body = alt(tpart(new + "\n\n" + quoted, "plain", "utf-8", "qp"), tpart(text_to_html(new, quoted), "html", "utf-8", "qp"))
emit("053-status-update-with-back-office-team.eml", "support_reply", L_ID, "en", True, body, AWS_FORM,
     addr(*L_USER), L_SUBJ, d53, transport(AWS_FORM[1], L_USER[1], d53, "gmail"), ses_msgid(d53),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d53))

# 054 merge_completed: paraphrased, no "merge" word in the news
d54 = D("2025-10-27 10:11:05")
new = """Hi Olivia,

Good news - the consolidation has been finished. Everything from your Tidewater profile now lives under AWS07734412, and the old profile has been retired, so from now on please sign in with olivia.brennan.cloud@gmail.com only.

Your voucher is visible under Benefits, and your Credly badges should be re-sent to your Gmail address within a day or two.

Thanks,
Chris
AWS Training and Certification"""
body = alt(tpart(new, "plain", "utf-8", "b64"), tpart(text_to_html(new), "html", "utf-8", "b64"))
emit("054-consolidation-finished-old-profile-retired.eml", "merge_completed", L_ID, "en", True, body, AWS_FORM,
     addr(*L_USER), L_SUBJ, d54, transport(AWS_FORM[1], L_USER[1], d54, "gmail"), ses_msgid(d54),
     new=new, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d54))

# 055 survey: HTML-only star rating
d55 = D("2025-10-29 10:12:40")
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Olivia,</p>
<p>Your case <b>%s</b> is now closed. How would you rate the support you received from Chris?</p>
<p style="font-size:22px">
<a href="https://survey.trainingandcertification.aws/r?c=%s&amp;s=1" style="text-decoration:none">&#9733;</a>
<a href="https://survey.trainingandcertification.aws/r?c=%s&amp;s=2" style="text-decoration:none">&#9733;</a>
<a href="https://survey.trainingandcertification.aws/r?c=%s&amp;s=3" style="text-decoration:none">&#9733;</a>
<a href="https://survey.trainingandcertification.aws/r?c=%s&amp;s=4" style="text-decoration:none">&#9733;</a>
<a href="https://survey.trainingandcertification.aws/r?c=%s&amp;s=5" style="text-decoration:none">&#9733;</a></p>
<p>1 = Very dissatisfied, 5 = Very satisfied</p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>
</body></html>
""" % ((L_ID,) * 6)
body = tpart(h, "html", "utf-8", "qp")
emit("055-html-only-rate-the-support-you-received.eml", "survey", L_ID, "en", True, body, AWS_FORM,
     addr(*L_USER), "How did we do? [CASE %s]" % L_ID, d55, transport(AWS_FORM[1], L_USER[1], d55, "gmail"), ses_msgid(d55),
     new_html=h, dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d55))

# ====================================================================================
# Case M: console, English, Outlook (de), 15-digit id
# ====================================================================================
M_OPEN = D("2025-11-17 07:58:40")
M_ID = case15(M_OPEN)
M_USER = ("Hannah Schulz", "hannah.schulz@outlook.de")
M_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % M_ID
M_SUBJ = "RE:[CASE %s] Two AWS Certification accounts - please merge" % M_ID

# 056 case_created: HTML-only console notification
d56 = M_OPEN + timedelta(seconds=17)
h = """<html><body style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px">
<p>Dear Amazon Web Services Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<table cellpadding="4">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Two AWS Certification accounts - please merge</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
</table>
<p>You can view and respond to this case in the <a href="%s">AWS Support Center</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
""" % (M_ID, M_ID, M_URL)
body = tpart(h, "html", "utf-8", "qp")
emit("056-console-html-only-new-support-case.eml", "case_created", M_ID, "en", True, body, AWS_NOREPLY,
     M_USER[1], "Amazon Web Services: You have opened a new Support case: %s" % M_ID, d56,
     transport(AWS_NOREPLY[1], M_USER[1], d56, "outlook"), ses_msgid(d56), new_html=h,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d56))

# 057 merge_confirmation_requested: numbered points, reply "Confirmed" in the Support Center
d57 = D("2025-11-18 09:26:14")
new = """Hello Hannah,

Thank you for your patience. I have looked up both of your certification accounts. Please review the points below carefully:

1. Source account: AWS-05547719 (h.schulz@bergmann-ag.de) - this account will be closed.
2. Destination account: AWS-08861104 (hannah.schulz@outlook.de) - this account will remain and receive all certifications and exam history.
3. After the merge, only hannah.schulz@outlook.de can be used to sign in.
4. The merge is permanent and cannot be reversed.

If all four points are correct, please reply "Confirmed" to this case in the Support Center. If any of them is not what you expect, tell me which one and I will adjust the request before anything is changed.

Best regards,

Yusuf K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.""" % M_URL
body = tpart(new, "plain", "utf-8", "qp")
emit("057-console-numbered-points-reply-confirmed.eml", "merge_confirmation_requested", M_ID, "en", True, body, AWS_NOREPLY,
     M_USER[1], M_SUBJ, d57, transport(AWS_NOREPLY[1], M_USER[1], d57, "outlook"), ses_msgid(d57), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d57))

# 058 support_reply: after the yes, plan told (merge held until after an exam)
d58 = D("2025-11-19 08:02:51")
new = """Hello Hannah,

Thank you for confirming.

Before submitting the request I noticed that you have an exam appointment on 27 November (AWS Certified Security - Specialty) which is booked under the account that will be closed. To make sure your result is recorded correctly, we will hold the merge until your result has been posted, and then carry it out straight away. You don't need to do anything; I'll update this case once it's done.

Good luck with the exam!

Best regards,

Yusuf K.
Amazon Web Services

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""" % M_URL
body = alt(tpart(new, "plain", "utf-8", "qp"), tpart(text_to_html(new), "html", "utf-8", "qp"))
emit("058-console-thanks-merge-held-until-after-exam.eml", "support_reply", M_ID, "en", True, body, AWS_NOREPLY,
     M_USER[1], M_SUBJ, d58, transport(AWS_NOREPLY[1], M_USER[1], d58, "outlook"), ses_msgid(d58), new=new,
     dkims=["amazon.com", "amazonses.com"], extra=ses_extra(d58))

# 059 merge_confirmation_requested: Japanese phishing from a look-alike domain (dmarc fail)
d59 = D("2025-09-12 23:40:05")
lk3 = ("AWS トレーニングと認定", "support@amazon-aws-jp.com")
new = """山本 由美 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウントの統合申請を受け付けました。
  統合元: AWS05830127
  統合先: AWS02746613

本人確認のため、24 時間以内に下記リンクよりサインインし、統合内容をご承認ください。
期限内にご承認いただけない場合、両アカウントが一時的に停止されます。

  https://amazon-aws-jp.com/certification/merge/approve

※本メールは送信専用です。

AWS トレーニングと認定 事務局"""
body = alt(tpart(new, "plain", "utf-8", "b64"), tpart(text_to_html(new, font="Meiryo, sans-serif"), "html", "utf-8", "b64"))
emit("059-ja-lookalike-approve-merge-within-24h.eml", "merge_confirmation_requested", None, "ja", False, body, lk3,
     F_TO, "【重要】認定アカウント統合のご承認のお願い", d59,
     transport(lk3[1], F_USER[1], d59, "gmail", ip="203.0.113.77", host="mail.amazon-aws-jp.com",
               mailfrom="support@amazon-aws-jp.com", dkim=[], spf="neutral", dmarc="fail", dmarc_p="NONE"),
     new=new, from_cs="utf-8")

# 060 credly_badge_issued: badge ready to accept after the merge (Gmail)
d60 = D("2025-10-31 04:25:18")
inner = """<p>Hi Lukas,</p>
<p>Your badge from <b>AWS Training and Certification</b> is ready to accept:</p>
<p style="font-size:18px"><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/a81e4f07-2cd9-4b1a-8f3e-6c0d95e7b221/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p>Once accepted, you can share it on LinkedIn or add it to your email signature.</p>"""
h = credly_html("Your badge is ready", inner)
plain = "Hi Lukas,\n\nYour badge from AWS Training and Certification is ready to accept: AWS Certified SysOps Administrator - Associate\n\nAccept badge: https://www.credly.com/badges/a81e4f07-2cd9-4b1a-8f3e-6c0d95e7b221/accept\n"
body = alt(tpart(plain, "plain", "utf-8", "7bit"), tpart(h, "html", "utf-8", "qp"))
emit("060-credly-badge-ready-to-accept.eml", "credly_badge_issued", None, "en", True, body, CREDLY,
     G_USER[1], "Your AWS Certified SysOps Administrator - Associate badge is ready", d60, credly_tr(G_USER[1], d60),
     new=plain, new_html=h, dkims=["credly.com"])
