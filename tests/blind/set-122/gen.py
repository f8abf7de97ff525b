#!/usr/bin/env python3
"""Generator for blind set 122 (AWS Certification account-merge mail).

Builds every .eml with the stdlib `email` package (compat32 Message objects for
exact control over charsets / transfer encodings) and writes labels.json.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(122)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

MAILS = []  # (plan_no, slug, bytes, label)
LAST_SEL = None


# ---------------------------------------------------------------- helpers
def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RND.choice(alpha) for _ in range(n))


def rb32(n):
    return "".join(RND.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(n))


def case_id(dt, suffix):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), suffix)


def fdate(dt):
    return format_datetime(dt)


_MSGID = {}


def ses_msgid(dt):
    """One SES id per sending instant: Return-Path and Message-ID share it."""
    key = dt.timestamp()
    if key not in _MSGID:
        ms = int(dt.timestamp() * 1000) + RND.randint(0, 900)
        _MSGID[key] = "<01000%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            "%011x" % ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return _MSGID[key]


def ew(text, charset="utf-8", chunk=12, enc="B"):
    """Encoded-word(s) for a header value, folded over several lines."""
    label = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}[charset]
    words = []
    for i in range(0, len(text), chunk):
        piece = text[i:i + chunk].encode(charset)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(piece).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b
                        for b in piece)
            words.append("=?%s?Q?%s?=" % (label, q))
    return "\n ".join(words)


def addr(name, email, charset=None):
    if name is None:
        return email
    if charset:
        return "%s <%s>" % (ew(name, charset, chunk=20), email)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


def leaf(text, subtype="plain", codec="utf-8", cte="quoted-printable", label=None):
    m = Message()
    data = text.replace("\n", "\r\n").encode(codec) if False else text.encode(codec)
    label = label or {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
                      "us-ascii": "us-ascii", "cp1252": "windows-1252",
                      "iso-8859-1": "iso-8859-1"}[codec]
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label)
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:  # 7bit / 8bit: raw bytes
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def dkim(d, dt, s=None, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    s = s or rb32(32)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s="
            % (c, s, d, int(dt.timestamp()), h, rb64(43), rb64(70), rb64(70), rb64(30)))


# ------------------------------------------------- trace header factories
def ses_ip():
    return "54.240.%d.%d" % (RND.choice([8, 9, 10, 11, 27, 48]), RND.randint(10, 250))


def trace_gmail(rcpt, dt, *, from_dom="amazon.com", mailfrom=None, ip=None, helo=None,
                dkim_d=None, dmarc="pass", spf="pass", dkimres="pass", policy="QUARANTINE",
                sp="QUARANTINE", sel=None):
    ip = ip or ses_ip()
    helo = helo or "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    mailfrom = mailfrom or ses_msgid(dt)[1:-1]
    dkim_d = dkim_d or from_dom
    global LAST_SEL
    LAST_SEL = sel = sel or rb32(32)
    loc = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    zone = "(PDT)" if 3 <= dt.month <= 10 else "(PST)"
    r1 = loc + timedelta(seconds=2)
    h = []
    h.append(("Delivered-To", rcpt))
    h.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s %s"
              % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), rb32(3), RND.randint(100000, 9999999),
                 rb32(3), fdate(r1), zone)))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(80)))
    h.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s %s"
              % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), rb32(1), rb32(11), RND.randint(10, 99),
                 int(dt.timestamp()) * 1000 + RND.randint(0, 999), fdate(r1), zone)))
    h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=="
              % (int(dt.timestamp()), rb64(70), rb64(40))))
    h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s=="
              % (rb64(43), rb64(43), rb64(70), rb64(40))))
    spf_why = {"pass": "domain of %s designates %s as permitted sender" % (mailfrom, ip),
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip)}[spf]
    dk = ("dkim=%s header.i=@%s header.s=%s header.b=%s;\n       " % (dkimres, dkim_d, sel, rb64(8))
          if dkimres != "none" else "")
    arc = ("i=1; mx.google.com;\n       %sspf=%s (google.com: %s) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
           % (dk, spf, spf_why, mailfrom, dmarc, policy, sp, from_dom))
    h.append(("ARC-Authentication-Results", arc))
    h.append(("Return-Path", "<%s>" % mailfrom))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s %s"
              % (helo, helo, ip, rhex(13), rhex(5), RND.randint(10, 999), RND.randint(1, 99), rcpt,
                 fdate(loc + timedelta(seconds=1)), zone)))
    h.append(("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (spf, spf_why, ip)))
    h.append(("Authentication-Results", arc[5:]))
    return h


def trace_o365(rcpt, dt, *, from_dom="amazon.com", mailfrom_dom="email.amazonses.com", ip=None,
               helo=None, dkim_d=None, dmarc="pass", action="none", spf="pass", dkimres="pass",
               compauth="pass reason=100", tenant="outlook.com"):
    ip = ip or ses_ip()
    helo = helo or "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    dkim_d = dkim_d or from_dom
    if rcpt.endswith(".jp"):
        reg, pre = "jpnprd01", ("TYCP", "OS3P", "TY4P")
    elif rcpt.endswith(".de"):
        reg, pre = "eurprd0%d" % RND.choice([3, 4, 5, 6]), ("FR2P", "BE1P", "AM4P")
    else:
        reg, pre = "namprd%02d" % RND.choice([2, 4, 11, 13, 16]), ("SA1P", "PH0P", "BY5P")
    srv = lambda p: "%s%dMB%d.%s.PROD.OUTLOOK.COM" % (p, RND.randint(100, 299), RND.randint(1000, 9999), reg)
    s1, s2, s3 = srv(pre[0]), srv(pre[1]), srv(pre[2])
    h = []
    h.append(("Received", "from %s (2603:10a6:20b:%s::%s)\n by %s with HTTPS; %s"
              % (s1, rhex(3), rhex(2), s2, fdate(dt + timedelta(seconds=3)))))
    h.append(("Received", "from %s (2603:10a6:20b:%s::%s)\n by %s (2603:10a6:20b:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
              % (s3, rhex(3), rhex(2), s1, rhex(3), rhex(2), RND.randint(8000, 9400), RND.randint(10, 40),
                 fdate(dt + timedelta(seconds=2)))))
    spf_txt = "spf=" + {"pass": "pass (sender IP is %s)" % ip, "fail": "fail (sender IP is %s)" % ip,
               "softfail": "softfail (sender IP is %s)" % ip, "none": "none (sender IP is %s)" % ip}[spf]
    dk_txt = {"pass": "pass (signature was verified)", "fail": "fail (body hash did not verify)",
              "none": "none (message not signed)"}[dkimres]
    ar = ("%s smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
          % (spf_txt, mailfrom_dom, dk_txt, dkim_d, dmarc, action, from_dom, compauth))
    h.append(("Authentication-Results", ar))
    h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
              % ({"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None"}[spf], mailfrom_dom, ip, ip, helo)))
    h.append(("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
              % (helo, ip, "%sPEPF%08X" % (s3[:4], RND.randint(0, 0xFFFFFFF)), RND.randint(1, 250), RND.randint(1, 250),
                 RND.randint(8000, 9400), RND.randint(10, 40), fdate(dt + timedelta(seconds=1)))))
    return h


def trace_jp(provider, rcpt, dt, *, from_dom="amazon.com", mailfrom=None, ip=None, helo=None,
             dkim_d=None, dmarc="pass", spf="pass", dkimres="pass"):
    """Japanese ISP style (nifty / biglobe / ocn)."""
    ip = ip or ses_ip()
    helo = helo or "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    mailfrom = mailfrom or ses_msgid(dt)[1:-1]
    dkim_d = dkim_d or from_dom
    loc = dt.astimezone(JST)
    h = []
    if provider == "nifty":
        h.append(("Received", "from mta-snd%02d.nifty.com by dmta%04d.nifty.com with ESMTP\n          id <%s.%s@dmta%04d.nifty.com> for <%s>;\n          %s"
                  % (RND.randint(1, 20), RND.randint(1, 2000), rhex(14), rhex(6), RND.randint(1, 2000), rcpt,
                     fdate(loc + timedelta(seconds=2)))))
        h.append(("Authentication-Results", "mx.nifty.com; spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s header.s=%s;\n dmarc=%s header.from=%s"
                  % (spf, mailfrom, dkimres, dkim_d, rb32(12), dmarc, from_dom)))
        h.append(("Received", "from %s ([%s])\n          by mta-rcv%02d.nifty.com with ESMTP\n          id <%s.%s@mta-rcv%02d.nifty.com> for <%s>;\n          %s"
                  % (helo, ip, RND.randint(1, 20), rhex(14), rhex(6), RND.randint(1, 20), rcpt,
                     fdate(loc + timedelta(seconds=1)))))
    elif provider == "biglobe":
        n = RND.randint(1, 9)
        h.append(("Received", "from mail-in%02d.biglobe.ne.jp (mail-in%02d.biglobe.ne.jp [133.208.%d.%d])\n\tby mbox%d.biglobe.ne.jp (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s"
                  % (n, n, RND.randint(1, 250), RND.randint(1, 250),
                     RND.randint(1, 40), rb32(10).upper(), rcpt, fdate(loc + timedelta(seconds=2)))))
        h.append(("Authentication-Results", "biglobe.ne.jp; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s (p=quarantine dis=none) header.from=%s"
                  % (spf, mailfrom, dkimres, dkim_d, dmarc, from_dom)))
        h.append(("Received", "from %s (%s [%s])\n\tby mail-in%02d.biglobe.ne.jp (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
                  % (helo, helo, ip, n, rb32(10).upper(), rcpt, fdate(loc + timedelta(seconds=1)))))
    elif provider == "ocn":
        n = RND.randint(1, 40)
        h.append(("Received", "from mfgw%02d.ocn.ad.jp (mfgw%02d.ocn.ad.jp [153.128.%d.%d])\n\tby mbr%03d.ocn.ad.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                  % (n, n, RND.randint(1, 250), RND.randint(1, 250),
                     RND.randint(1, 200), rhex(10).upper(), rcpt, fdate(loc + timedelta(seconds=2)))))
        h.append(("Authentication-Results", "ocn.ad.jp; spf=%s smtp.mailfrom=%s;\n\tdkim=%s (2048-bit key) header.d=%s;\n\tdmarc=%s header.from=%s"
                  % (spf, mailfrom, dkimres, dkim_d, dmarc, from_dom)))
        h.append(("Received", "from %s (%s [%s])\n\tby mfgw%02d.ocn.ad.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (helo, helo, ip, n, rhex(10).upper(), rcpt, fdate(loc + timedelta(seconds=1)))))
    return h


def trace_icloud(rcpt, dt, *, from_dom="amazon.com", mailfrom=None, ip=None, helo=None,
                 dkim_d=None, dmarc="pass", spf="pass", dkimres="pass"):
    ip = ip or ses_ip()
    helo = helo or "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    mailfrom = mailfrom or ses_msgid(dt)[1:-1]
    dkim_d = dkim_d or from_dom
    h = []
    h.append(("Received", "from mr85p00im-%s.me.com by p%02d-mailstore%d.me.com\n\t(Oracle Communications Messaging Server 8.1.0.%d.%d) with ESMTPS\n\tfor <%s>; %s"
              % (rb32(6), RND.randint(1, 99), RND.randint(1, 30), RND.randint(10, 30), RND.randint(20240000, 20251231),
                 rcpt, fdate(dt.astimezone(UTC) + timedelta(seconds=2)))))
    h.append(("Authentication-Results", "dmarc.icloud.com; dmarc=%s header.from=%s" % (dmarc, from_dom)))
    h.append(("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s"
              % (dkimres, dkim_d, dkim_d, rb64(8))))
    h.append(("Authentication-Results", "spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
              % (spf, mailfrom, ip, mailfrom)))
    h.append(("Received-SPF", "%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s"
              % (spf, mailfrom, ip, ip, helo, mailfrom)))
    h.append(("Received", "from %s (%s [%s])\n\tby mx6.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (helo, helo, ip, rhex(12).upper(), rcpt, fdate(dt.astimezone(UTC) + timedelta(seconds=1)))))
    return h


def ses_tail(dt, from_dom="amazon.com"):
    """SES-side headers: both DKIM signatures + feedback id."""
    global LAST_SEL
    s, LAST_SEL = LAST_SEL, None
    return [("DKIM-Signature", dkim(from_dom, dt, s=s)),
            ("DKIM-Signature", dkim("amazonses.com", dt, s="224i4yxa5dv7c2xz3womw6peuasteono",
                                    h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"))]


# ------------------------------------------------------------- assembly
def fold_h(name, value):
    return "%s: %s\n" % (name, value)


def emit(plan, slug, headers, body, label):
    """headers: list of (name, value) already ASCII; body: Message leaf/multipart."""
    global LAST_SEL
    LAST_SEL = None
    head = "".join(fold_h(n, v) for n, v in headers)
    if not any(n.lower() == "mime-version" for n, _ in headers):
        head += "MIME-Version: 1.0\n"
    data = head.encode("ascii") + body.as_bytes()
    ids = sorted(set("AWS" + re.sub(r"\D", "", a)[-8:] for a in label["account_ids"]))
    lab = {"kind": label["kind"], "case_id": label.get("case_id"), "account_ids": ids,
           "sender_verified": label["sv"], "language": label["lang"]}
    MAILS.append((plan, slug, data, lab))


def std(frm, to, subject, dt, msgid, extra=(), cc=None, in_reply_to=None, references=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", fdate(dt)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra)
    return h


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def ses_extra(dt):
    return [("MIME-Version", "1.0"),
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)),
            ("X-SES-Outgoing", dt.astimezone(UTC).strftime("%Y.%m.%d-") + ses_ip())]


def ses_boundary():
    return "----=_Part_%d_%d.%d" % (RND.randint(100000, 9999999), RND.randint(100000000, 2099999999),
                                   RND.randint(1700000000000, 1799999999999))


# ================================================================== MAILS
# (appended below, batch by batch)


# ---------------------------------------------------------------- Credly
def credly_trace(kind, rcpt, dt, **kw):
    ip = "149.72.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    helo = "%s.outbound-mail.sendgrid.net" % rb32(8)
    mailfrom = "bounces+%d-%s-%s@em%d.credly.com" % (RND.randint(1000000, 9999999), rhex(4),
                                                    rcpt.replace("@", "="), RND.randint(1000, 9999))
    fn = {"gmail": trace_gmail, "o365": trace_o365, "icloud": trace_icloud}.get(kind)
    if kind == "gmail":
        return fn(rcpt, dt, from_dom=kw.get("from_dom", "credly.com"), mailfrom=mailfrom, ip=ip, helo=helo,
                  dkim_d=kw.get("from_dom", "credly.com"), policy="REJECT", sp="REJECT", sel="s1",
                  **{k: v for k, v in kw.items() if k not in ("from_dom",)})
    if kind == "o365":
        return fn(rcpt, dt, from_dom="credly.com", mailfrom_dom=mailfrom.split("@")[1], ip=ip, helo=helo, **kw)
    return trace_jp(kind, rcpt, dt, from_dom="credly.com", mailfrom=mailfrom, ip=ip, helo=helo, **kw)


def credly_tail(dt):
    return [("DKIM-Signature", dkim("credly.com", dt, s="s1", c="relaxed/relaxed",
                                    h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc:content-type:from:subject:to")),
            ("DKIM-Signature", dkim("sendgrid.info", dt, s="smtpapi", c="relaxed/relaxed",
                                    h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc:content-type:from:subject:to"))]


def credly_msgid():
    return "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RND.randint(1, 60))


# ------------------------------------------------------------ Case A (en)
DAN = "daniel.okafor@gmail.com"
DAN_TO = "Daniel Okafor <%s>" % DAN
A_OPEN = datetime(2025, 3, 11, 9, 14, 3, tzinfo=UTC)
A_CID = case_id(A_OPEN, 48213)
A_KEEP, A_OLD = "AWS04418823", "AWS09127764"


def mail_001():
    dt = A_OPEN + timedelta(seconds=9)
    body = leaf(f"""Hi Daniel,

Good news travels fast =E2=80=94 your note just landed with the AWS Training and
Certification team, and it now has a home in our queue under reference
{A_CID}.

Here's what you told us:

  Inquiry type:       AWS Training and Certification
  Detail:             Account Merge
  AWS candidate ID:   AWS 04418823
  Notification email: {DAN}
  Description:        I passed SAA in 2022 with my old work address and got
                      a second candidate ID (AWS09127764) when I booked
                      Developer last year. Would like everything in one place.

What happens next? A real person from our team picks this up and writes back,
usually within one business day. No need to fill in the form again =E2=80=94 a
second submission only sends you to the back of the line.

Keep this reference handy and simply reply to this email if you want to add
anything.

Cheers to your next certification,
The AWS Training and Certification team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""".replace("=E2=80=94", "\u2014"))
    h = trace_gmail(DAN, dt) + ses_tail(dt) + std(AWS_FORM, DAN, f"[CASE {A_CID}] {FORM_SUBJ}", dt, ses_msgid(dt),
                                                   ses_extra(dt))
    emit(1, "okafor-form-reference", h, body,
         dict(kind="case_created", case_id=A_CID, account_ids=[A_KEEP, A_OLD], sv=True, lang="en"))


def mail_009():
    dt = datetime(2025, 3, 12, 16, 40, 27, tzinfo=UTC)
    body = leaf(f"""Hi Daniel,

Looked at both records.

  stays:     {A_KEEP}  (login {DAN})
  folds in:  {A_OLD}  (login d.okafor@northwind-logistics.com)

After this runs, {A_OLD} stops existing. Its certs, exam history and
benefits land on {A_KEEP}. There is no undo.

Reply "go" - or anything that clearly means yes - and I send it to the team.
If I have the pairing backwards, say so and nothing happens.

Rob K.
AWS Training and Certification
""", cte="7bit", codec="us-ascii")
    h = trace_gmail(DAN, dt) + ses_tail(dt) + std(AWS_FORM, DAN, f"RE:[CASE {A_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(9, "okafor-two-records", h, body,
         dict(kind="merge_confirmation_requested", case_id=A_CID, account_ids=[A_KEEP, A_OLD], sv=True, lang="en"))


def mail_018():
    dt = datetime(2025, 3, 13, 22, 5, 41, tzinfo=UTC)
    body = leaf(f"""Daniel,

{A_KEEP} now holds everything: 3 certs, exam history, the 50% voucher.
{A_OLD} is gone - signing in with the northwind address won't find it.

Credly is a separate system and can lag a day or two. Ping this thread if the
badges aren't on your profile by Monday.

Rob K.
AWS Training and Certification

-----Original message-----
> go ahead, pairing is right
>
> Daniel
""", cte="7bit", codec="us-ascii")
    h = trace_gmail(DAN, dt) + ses_tail(dt) + std(AWS_FORM, DAN, f"RE:[CASE {A_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(18, "okafor-northwind-login", h, body,
         dict(kind="merge_completed", case_id=A_CID, account_ids=[A_KEEP, A_OLD], sv=True, lang="en"))


def mail_027():
    dt = datetime(2025, 3, 13, 22, 6, 12, tzinfo=UTC)
    url = f"https://support.aws.amazon.com/feedback?displayId={A_CID}&lang=en_US&channel=email"
    txt = leaf(f"""Hi Daniel,

Two minutes. That's all we're asking.

Your recent conversation with us (reference {A_CID}) has wrapped up, and we'd
love to know how it felt on your side of the screen. Did we get you where you
needed to go? Was anything confusing along the way?

Tell us here: {url}

Every answer is read by a person - and yes, it really does shape how we work.

Thanks for learning with AWS,
The AWS Training and Certification team
""", cte="quoted-printable")
    html = leaf(f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#232f3e">
<p>Hi Daniel,</p>
<p><b>Two minutes.</b> That's all we're asking.</p>
<p>Your recent conversation with us (reference {A_CID}) has wrapped up, and we'd love to know how it felt on your side of the screen.</p>
<table role="presentation"><tr>
<td><a href="{url}&amp;score=1">&#9733;</a></td><td><a href="{url}&amp;score=2">&#9733;&#9733;</a></td>
<td><a href="{url}&amp;score=3">&#9733;&#9733;&#9733;</a></td><td><a href="{url}&amp;score=4">&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="{url}&amp;score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr></table>
<p>Every answer is read by a person.</p>
<p>Thanks for learning with AWS,<br>The AWS Training and Certification team</p>
</body></html>""", subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], ses_boundary())
    h = trace_gmail(DAN, dt) + ses_tail(dt) + std(AWS_FORM, DAN, f"Two minutes about case {A_CID}?", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(27, "okafor-two-minutes", h, body,
         dict(kind="survey", case_id=A_CID, account_ids=[], sv=True, lang="en"))


def mail_034():
    dt = datetime(2025, 3, 15, 3, 12, 55, tzinfo=UTC)
    badge = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = leaf(f"""Hi Daniel,

Amazon Web Services Training and Certification has recognized your achievement
with a digital credential: AWS Certified Solutions Architect - Associate.

Put it where people can see it - your LinkedIn profile, your email signature,
your personal site.

It's yours to claim: {badge}

Questions? Visit https://support.credly.com

Credly, Inc. | 400 Park Avenue South, 6th Floor, New York, NY 10016
""", cte="7bit", codec="us-ascii")
    html = leaf(f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:32px"><img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}/image.png" width="120" alt="AWS Certified Solutions Architect &ndash; Associate"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">Congratulations, Daniel!</h1>
<p>Amazon Web Services Training and Certification recognized your achievement with the <b>AWS Certified Solutions Architect &ndash; Associate</b> credential.</p>
<p style="text-align:center"><a href="{badge}" style="background:#ff6b00;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 400 Park Avenue South, 6th Floor, New York, NY 10016</p></td></tr>
</table></td></tr></table></body></html>""", subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], "%s" % rhex(60))
    h = credly_trace("gmail", DAN, dt) + credly_tail(dt) + std(
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', DAN,
        "Daniel, AWS Certified Solutions Architect - Associate is yours to claim", dt, credly_msgid(),
        [("Reply-To", "Credly <support@credly.com>"),
         ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?token=%s>" % rhex(32))])
    emit(34, "okafor-saa-credential", h, body,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="en"))


for _f in (mail_001, mail_009, mail_018, mail_027, mail_034):
    _f()


# ------------------------------------------------------------ Case B (en, console)
PRI = "priya.raman@outlook.com"
B_OPEN = datetime(2025, 6, 2, 7, 32, 51, tzinfo=UTC)
B_CID = case_id(B_OPEN, 90417)
B_KEEP, B_OLD = "AWS11736052", "AWS02894410"
B_SUBJ = "Two certification profiles under different emails"
CONSOLE_FOOT = f"""We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
======================================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={{cid}}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond, please use the link above.
======================================================================
"""

B_CONFIRM_TEXT = f"""Hello Priya,

Thank you so very much for reaching out to AWS Training and Certification, and
please accept my sincere apologies for the short wait - I truly appreciate
your patience!

I have now had the chance to carefully review both of the certification
profiles you mentioned, and I am so happy to let you know that we are able to
bring them together for you. Before I pass anything along to our specialist
team, I would be extremely grateful if you could kindly take a moment to look
over the details below and let me know that they are exactly right, as this
step cannot be reversed once it has been carried out, and I would never want
anything to go wrong for you:

  \u2022 Profile that will remain (primary): {B_KEEP} \u2014 {PRI}
  \u2022 Profile that will be folded into the primary and then closed:
    {B_OLD} \u2014 p.raman@mail.kingsbridge.ac.uk

All of your certifications, exam history and any benefits attached to the
second profile would be carried over to the first one.

If everything looks good to you, a short reply in the Support Center saying
so would be absolutely wonderful, and I will take care of the rest right
away. And of course, if anything at all needs changing, please don't hesitate
to tell me - I am more than happy to help!

Thank you again for your patience and understanding, and I hope you have a
truly lovely day.

Warmest regards,
Megan T.
Amazon Web Services
"""


def mail_002():
    dt = B_OPEN + timedelta(seconds=14)
    body = leaf(f"""For your records: the details below are now logged with AWS Support.

Case ID: {B_CID}
Subject: {B_SUBJ}
Severity: General guidance
Service: Training and Certification
Category: Certification account

Correspondence:
I have two AWS Certification accounts. {B_KEEP} is the one I use now
(priya.raman@outlook.com). {B_OLD} was created with my university address,
which I can no longer access. Could they be combined into {B_KEEP}?

Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en

This is an automated notice. Messages sent to this address are not read.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""", cte="base64")
    h = trace_o365(PRI, dt) + ses_tail(dt) + std(AWS_CONSOLE, PRI, f"AWS Support - case {B_CID} is on file", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(2, "raman-case-on-file", h, body,
         dict(kind="case_created", case_id=B_CID, account_ids=[B_KEEP, B_OLD], sv=True, lang="en"))


def mail_010():
    dt = datetime(2025, 6, 3, 17, 12, 8, tzinfo=UTC)
    body = leaf(B_CONFIRM_TEXT + "\n" + CONSOLE_FOOT.replace("{cid}", B_CID), cte="quoted-printable")
    h = trace_o365(PRI, dt) + ses_tail(dt) + std(AWS_CONSOLE, PRI, f"RE:[CASE {B_CID}] {B_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(10, "raman-primary-profile", h, body,
         dict(kind="merge_confirmation_requested", case_id=B_CID, account_ids=[B_KEEP, B_OLD], sv=True, lang="en"))


def mail_041():
    dt = datetime(2025, 6, 4, 3, 48, 30, tzinfo=UTC)
    body = leaf(f"""Hi Priya,

Your go-ahead reached us, thanks. I've handed the request to the team that
looks after certification records; they usually get through these within a
couple of business days. I'll write here again once they've finished, so
there's nothing you need to do in the meantime.

Jorge A.
Amazon Web Services

> On Jun 3, 2025, at 11:41 PM, Priya Raman wrote:
> Yes, that's all correct - {B_KEEP} should be the one that stays.
> Please go ahead.
>
> > Megan T. wrote:
> > Profile that will remain (primary): {B_KEEP}
> > Profile that will be folded into the primary and then closed:
> > {B_OLD} - p.raman@mail.kingsbridge.ac.uk
> > ... let me know that they are exactly right, as this step cannot be
> > reversed once it has been carried out

""" + CONSOLE_FOOT.replace("{cid}", B_CID), cte="quoted-printable")
    h = trace_o365(PRI, dt) + ses_tail(dt) + std(AWS_CONSOLE, PRI, f"RE:[CASE {B_CID}] {B_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(41, "raman-handed-over", h, body,
         dict(kind="support_reply", case_id=B_CID, account_ids=[], sv=True, lang="en"))


def mail_019():
    dt = datetime(2025, 6, 5, 14, 2, 44, tzinfo=UTC)
    quoted = B_CONFIRM_TEXT
    body = leaf(f"""Hello Priya,

I hope this message finds you well, and thank you once again for your
wonderful patience throughout this process!

I am absolutely delighted to share that our specialist team has finished
their work on your request. Everything from your former university profile -
your certifications, your exam history and your 50% exam benefit - has been
moved across, and it all now lives on {B_KEEP}. The second profile has been
retired, so from now on please sign in only with {PRI}.

Should you notice anything that does not look quite right, I would be more
than happy to look into it for you - simply reply in the Support Center.

Thank you so much again, and I wish you the very best of luck with your next
exam!

Warmest regards,
Megan T.
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Tuesday, June 3, 2025 5:12 PM
To: {PRI}
Subject: RE:[CASE {B_CID}] {B_SUBJ}

{quoted}
""" + CONSOLE_FOOT.replace("{cid}", B_CID), cte="quoted-printable")
    h = trace_o365(PRI, dt) + ses_tail(dt) + std(AWS_CONSOLE, PRI, f"RE:[CASE {B_CID}] {B_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(19, "raman-university-profile", h, body,
         dict(kind="merge_completed", case_id=B_CID, account_ids=[B_KEEP], sv=True, lang="en"))


def mail_029():
    dt = datetime(2025, 6, 6, 9, 55, 2, tzinfo=UTC)
    base = f"https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en"
    body = leaf(f"""hi Priya - closing this one out on our side.

Was your issue resolved?

YES  {base}&feedback=yes
NO   {base}&feedback=no

if we dont hear back it just stays closed, you can reopen from the support
center for 14 days.

Sam
Amazon Web Services
""", cte="7bit", codec="us-ascii")
    h = trace_o365(PRI, dt) + ses_tail(dt) + std(AWS_CONSOLE, PRI, f"[Case {B_CID}] {B_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(29, "raman-yes-no", h, body,
         dict(kind="survey", case_id=B_CID, account_ids=[], sv=True, lang="en"))


# ------------------------------------------------------------ Lukas (corporate O365)
LUK = "lukas.brenner@brennerdata.de"
LUK_TO = "\"Brenner, Lukas\" <%s>" % LUK


def mail_012():
    dt = datetime(2025, 9, 22, 6, 3, 19, tzinfo=UTC)
    dom = "training-certification-aws.com"
    fake = "14473920186"
    link = "https://portal.%s/verify?ref=%s&u=%s" % (dom, fake, rhex(24))
    txt = leaf(f"""Dear Candidate,

Reference: CASE {fake}

Our records show two certification profiles registered to you. Before we
unify them we need your explicit approval, because the operation is final and
the secondary profile will be permanently removed.

Review the profiles and approve the consolidation within 48 hours, otherwise
the request will expire and your certifications may be suspended.

Approve now: {link}

AWS Training & Certification
Account Integrity Team
""", cte="quoted-printable")
    html = leaf(f"""<html><body style="font-family:Arial">
<img src="https://cdn.{dom}/img/aws-logo.png" alt="aws">
<p>Dear Candidate,</p><p>Reference: CASE {fake}</p>
<p>Our records show two certification profiles registered to you. Before we unify them we need your <b>explicit approval</b>, because the operation is final and the secondary profile will be permanently removed.</p>
<p>Review the profiles and approve the consolidation within <b>48 hours</b>, otherwise the request will expire and your certifications may be suspended.</p>
<p><a href="{link}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Review and approve</a></p>
<p>AWS Training &amp; Certification<br>Account Integrity Team</p></body></html>""", subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], "b1_" + rb64(40).replace("/", "").replace("+", ""))
    ip = "185.%d.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    h = trace_o365(LUK, dt, from_dom=dom, mailfrom_dom=dom, ip=ip, helo="mail.%s" % dom) + [
        ("DKIM-Signature", dkim(dom, dt, s="default", c="relaxed/relaxed"))] + std(
        '"AWS Training & Certification" <no-reply@%s>' % dom, LUK,
        "Action required: approve profile consolidation (CASE %s)" % fake, dt,
        "<%s@%s>" % (rhex(32), dom), [("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])
    emit(12, "brenner-approve-within-48h", h, body,
         dict(kind="merge_confirmation_requested", case_id=fake, account_ids=[], sv=False, lang="en"))


for _f in (mail_002, mail_010, mail_041, mail_019, mail_029, mail_012):
    _f()


# ------------------------------------------------------------ Case C (Lukas, form)
C_OPEN = datetime(2025, 9, 17, 8, 20, 45, tzinfo=UTC)
C_CID = case_id(C_OPEN, 11902)
C_KEEP, C_OLD = "AWS07753019", "AWS03361187"


def mail_043():
    dt = datetime(2025, 9, 18, 12, 31, 5, tzinfo=UTC)
    body = leaf(f"""Hello Lukas,

Thank you for the details. Here is how this will go: AWS07753019
({LUK}) is the profile we keep, and the exam and certification history of
aws-03361187 (your old Gmail login) will be moved into it. As you already
wrote in your first message that the Gmail profile can go, I have passed this
straight to our back-office team; no further input is needed from you at this
stage.

After they have finished, you will get a short note from me in this thread,
and we will then ask Credly to move your badges across as well.

Kind regards,
Hannah
AWS Training and Certification
""", cte="quoted-printable")
    h = trace_o365(LUK, dt) + ses_tail(dt) + std(AWS_FORM, LUK_TO, f"RE:[CASE {C_CID}] {FORM_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(43, "brenner-back-office", h, body,
         dict(kind="support_reply", case_id=C_CID, account_ids=[C_KEEP, C_OLD], sv=True, lang="en"))


def mail_021():
    dt = datetime(2025, 9, 19, 2, 47, 33, tzinfo=UTC)
    body = leaf(f"""Hi Lukas,

sorry for the late hour reply. quick update \u2014 it\u2019s sorted on our end. your
old gmail profile (aws-03361187) doesn\u2019t exist anymore and its exams plus the
Developer Associate cert now show under {C_KEEP}\u2026 you may need to log out
and back in before it appears.

badges in Credly might take a bit longer, thats a seperate system.

thx,
Karthik (night shift)
AWS Training and Certification
""", cte="8bit", label="iso-8859-1")
    h = trace_o365(LUK, dt) + ses_tail(dt) + std(AWS_FORM, LUK_TO, f"RE:[CASE {C_CID}] {FORM_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(21, "brenner-late-hour", h, body,
         dict(kind="merge_completed", case_id=C_CID, account_ids=[C_KEEP, C_OLD], sv=True, lang="en"))


def mail_028():
    dt = datetime(2025, 9, 26, 10, 0, 2, tzinfo=UTC)
    body = leaf(f"""Hello,

There has been no further activity on request {C_CID}, so it has now been
set to closed. Nothing else is required on your part.

If the same question comes up again, reply to this message within 30 days and
it goes straight back to the team that handled it.

AWS Training and Certification
""", cte="7bit", codec="us-ascii")
    h = trace_o365(LUK, dt) + ses_tail(dt) + std(AWS_FORM, LUK, f"RE:[CASE {C_CID}] {FORM_SUBJ}", dt,
                                                  ses_msgid(dt), ses_extra(dt))
    emit(28, "brenner-no-activity", h, body,
         dict(kind="survey", case_id=C_CID, account_ids=[], sv=True, lang="en"))


def mail_035():
    dt = datetime(2025, 9, 23, 15, 44, 10, tzinfo=UTC)
    u1 = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    u2 = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = leaf(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:28px 40px"><img src="https://www.credly.com/assets/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 40px">
<h1 style="font-size:26px;margin:0 0 12px">Fresh start. Same achievements.</h1>
<p>Hi Lukas &mdash; good things are waiting on your profile.</p>
<p>Amazon Web Services Training and Certification has placed the credentials from your previous certification account on the Credly profile for <b>{LUK}</b>:</p>
<ul><li><a href="{u1}">AWS Certified Developer &ndash; Associate</a></li>
<li><a href="{u2}">AWS Certified Cloud Practitioner</a></li></ul>
<p>One tap and they're public &mdash; and ready for LinkedIn.</p>
<p style="text-align:center;padding:16px 0"><a href="https://www.credly.com/earner/earned" style="background:#2c2c2c;color:#fff;padding:14px 30px;border-radius:24px;text-decoration:none">Add them to my profile</a></p>
<p style="font-size:11px;color:#888">You received this email because an organization issued a digital credential to this address. Credly, Inc. &middot; 400 Park Avenue South, New York, NY 10016</p>
</td></tr></table></td></tr></table></body></html>""", subtype="html", cte="quoted-printable")
    h = credly_trace("o365", LUK, dt) + credly_tail(dt) + std(
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', LUK,
        "Lukas, your AWS credentials just moved in", dt, credly_msgid(),
        [("Reply-To", "Credly <support@credly.com>")])
    emit(35, "brenner-fresh-start", h, html,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="en"))


# ------------------------------------------------------------ Tomas (self-hosted, no A-R)
TOM = "tomas@herrera-it.es"


def mail_007():
    opened = datetime(2025, 10, 8, 18, 9, 52, tzinfo=UTC)
    cid = case_id(opened, 30566)
    dt = opened + timedelta(seconds=11)
    txt = leaf(f"""Hello,

We received your message. Reference: {cid}

A member of our team will respond within 24 hours. Please do not submit
another request for the same issue; it may delay our response.

AWS Training and Certification
""", cte="7bit", codec="us-ascii")
    html = leaf(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We received your message. Reference: <b>{cid}</b></p>
<table border="0" cellpadding="4" style="border-collapse:collapse;background:#f7f7f7">
<tr><td>Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS 06671402</td></tr>
<tr><td>Second candidate ID</td><td>aws13500287</td></tr>
<tr><td>Description</td><td>Second attempt &ndash; I sent the same request on 30 September and never heard back. Please keep AWS06671402.</td></tr>
</table>
<p>A member of our team will respond within 24 hours. Please do not submit another request for the same issue; it may delay our response.</p>
<p>AWS Training and Certification</p></body></html>""", subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], ses_boundary())
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    h = [("Return-Path", "<%s>" % ses_msgid(dt)[1:-1]),
         ("Delivered-To", TOM),
         ("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.herrera-it.es (Postfix) with ESMTP id 4bH%s\n\tfor <%s>; %s"
          % (rb32(6).upper(), TOM, fdate(dt.astimezone(CEST) + timedelta(seconds=2)))),
         ("X-Virus-Scanned", "Debian amavis at herrera-it.es"),
         ("X-Spam-Flag", "NO"),
         ("X-Spam-Score", "-0.1"),
         ("Received", "from %s (%s [%s])\n\tby mail.herrera-it.es (Postfix) with ESMTPS id 4bH%s\n\tfor <%s>; %s"
          % (helo, helo, ip, rb32(6).upper(), TOM, fdate(dt.astimezone(CEST) + timedelta(seconds=1))))]
    h += ses_tail(dt) + std(AWS_FORM, TOM, f"[CASE {cid}] {FORM_SUBJ}", dt, ses_msgid(dt), ses_extra(dt))
    emit(7, "herrera-second-attempt", h, body,
         dict(kind="case_created", case_id=cid, account_ids=["AWS06671402", "AWS13500287"], sv=None, lang="en"))


# ------------------------------------------------------------ Case D (Emily, gmail)
EMI = "emily.carter.dev@gmail.com"
D_OPEN = datetime(2026, 1, 20, 15, 2, 11, tzinfo=UTC)
D_CID = case_id(D_OPEN, 74120)
D_KEEP, D_OTHER, D_NOT = "AWS05510298", "AWS08830456", "AWS01299347"


def mail_005():
    dt = D_OPEN + timedelta(seconds=8)
    html = leaf(f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Dear Valued Learner,</p>
<p>Please accept our most heartfelt gratitude for taking the time to write to AWS Training and Certification. We truly understand how important your certification journey is to you, and we are deeply honored that you have trusted us with your request.</p>
<p>Kindly keep the following reference number for your records: <strong>{D_CID}</strong></p>
<p>One of our dedicated specialists will personally review your message and reach out to you within 24 hours. We humbly ask that you refrain from submitting additional requests on the same matter, as this may unfortunately lengthen the time it takes for us to assist you.</p>
<p>With our warmest regards and sincere thanks,<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""", subtype="html", cte="quoted-printable")
    h = trace_gmail(EMI, dt) + ses_tail(dt) + std(AWS_FORM, EMI, f"[CASE {D_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(5, "carter-valued-learner", h, html,
         dict(kind="case_created", case_id=D_CID, account_ids=[], sv=True, lang="en"))


def mail_042():
    dt = datetime(2026, 1, 21, 17, 26, 40, tzinfo=UTC)
    body = leaf(f"""Emily,

Three candidate IDs match your name:
  {D_KEEP}
  {D_OTHER}
  {D_NOT}

Before anything moves I need:
  1. which ID stays
  2. sign-in email of each of the other two

{D_NOT} has a different date of birth on file. If it isn't yours, say so and
we leave it out.

T. Nguyen
AWS Training and Certification
""", cte="7bit", codec="us-ascii")
    h = trace_gmail(EMI, dt) + ses_tail(dt) + std(AWS_FORM, EMI, f"RE:[CASE {D_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(42, "carter-three-ids", h, body,
         dict(kind="support_reply", case_id=D_CID, account_ids=[D_KEEP, D_OTHER, D_NOT], sv=True, lang="en"))


def mail_013():
    dt = datetime(2026, 1, 22, 7, 58, 12, tzinfo=UTC)
    body = leaf(f"""ok thanks Emily.

so just to be sure we are on the same page: we keep {D_KEEP} and pull
{D_OTHER} into it, the other one with the different birth date we leave alone
since its not yours. once this runs it cant be rolled back so I need a yes
from you in a reply before I push it through, I'm on until 6am my time

Chris
AWS Training and Certification

On Wed, Jan 21, 2026 at 9:14 PM Emily Carter <{EMI}> wrote:
> Hi,
> Keep {D_KEEP}, that's my current one (emily.carter.dev@gmail.com).
> {D_OTHER} is mine too, from my old job: ecarter@fabrikam-consulting.com.
> {D_NOT} is not me, I've never seen it.
> Thanks,
> Emily
>
> On Wed, Jan 21, 2026 at 5:26 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Three candidate IDs match your name:
>> {D_KEEP}
>> {D_OTHER}
>> {D_NOT}
""", cte="quoted-printable")
    h = trace_gmail(EMI, dt) + ses_tail(dt) + std(AWS_FORM, EMI, f"RE:[CASE {D_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(13, "carter-same-page", h, body,
         dict(kind="merge_confirmation_requested", case_id=D_CID, account_ids=[D_KEEP, D_OTHER], sv=True, lang="en"))


def mail_020():
    dt = datetime(2026, 1, 23, 19, 30, 0, tzinfo=UTC)
    url = f"https://support.aws.amazon.com/feedback?displayId={D_CID}&lang=en_US"
    txt = leaf(f"""Hi Emily,

All your achievements. One home.

Everything you earned under {D_OTHER} - certifications, exam history,
benefits - now sits under {D_KEEP}, and the old profile has been retired.
Sign in with {EMI} from here on.

We've closed this request. Here's to your next badge!

AWS Training and Certification
""", cte="quoted-printable")
    html = leaf(f"""<html><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e;max-width:600px">
<h2 style="color:#ff9900">All your achievements. One home.</h2>
<p>Hi Emily,</p>
<p>Everything you earned under {D_OTHER} &mdash; certifications, exam history, benefits &mdash; now sits under <b>{D_KEEP}</b>, and the old profile has been retired. Sign in with {EMI} from here on.</p>
<p>We've closed this request. Before you go: how did we do?</p>
<p><a href="{url}&amp;csat=5">Loved it</a> &nbsp;|&nbsp; <a href="{url}&amp;csat=3">It was OK</a> &nbsp;|&nbsp; <a href="{url}&amp;csat=1">Not great</a></p>
<p>Here's to your next badge!<br>AWS Training and Certification</p></body></html>""", subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], ses_boundary())
    h = trace_gmail(EMI, dt) + ses_tail(dt) + std(AWS_FORM, EMI, f"RE:[CASE {D_CID}] {FORM_SUBJ}", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(20, "carter-one-home", h, body,
         dict(kind="merge_completed", case_id=D_CID, account_ids=[D_KEEP, D_OTHER], sv=True, lang="en"))


def mail_037():
    dt = datetime(2026, 1, 25, 11, 8, 36, tzinfo=UTC)
    badge = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    body = leaf(f"""Emily Carter,

A badge from Amazon Web Services Training and Certification is now attached
to your Credly account:

    AWS Certified AI Practitioner

It stays private until you make it public: {badge}

Credly
""", cte="base64", codec="us-ascii")
    h = credly_trace("gmail", EMI, dt) + credly_tail(dt) + std(
        '"Credly" <admin@credly.com>', EMI, "AWS Certified AI Practitioner - now on your Credly account", dt,
        credly_msgid(), [("Reply-To", "Credly <support@credly.com>")])
    emit(37, "carter-ai-practitioner", h, body,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="en"))


for _f in (mail_043, mail_021, mail_028, mail_035, mail_007, mail_005, mail_042, mail_013, mail_020, mail_037):
    _f()


# ------------------------------------------------------------ Case E (Marcus, iCloud, MT English)
MAR = "marcus.lee@icloud.com"
E_OPEN = datetime(2025, 11, 4, 2, 40, 19, tzinfo=UTC)
E_CID = case_id(E_OPEN, 62855)
E_KEEP, E_OLD = "AWS06627340", "AWS10085512"
E_CONFIRM = f"""Dear Customer Marcus Lee,

Thank you for your contact to AWS Training and Certification.

We will carry out the unification of your accounts as the following.

 - Account to be left: {E_KEEP}
 - Account to be unified and deleted: aws 10085512

Please be careful that this operation is not able to return to original
after it is executed. We ask you to send reply of agreement for this content
to this mail. After receiving of your reply, we will start the work.

Best regards,
Wei L.
AWS Training and Certification
"""


def mail_011():
    dt = datetime(2025, 11, 5, 6, 17, 49, tzinfo=UTC)
    body = leaf(E_CONFIRM, cte="quoted-printable")
    h = trace_icloud(MAR, dt) + ses_tail(dt) + std(AWS_FORM, MAR, f"RE:[CASE {E_CID}] {FORM_SUBJ}", dt,
                                                    ses_msgid(dt), ses_extra(dt))
    emit(11, "lee-unification", h, body,
         dict(kind="merge_confirmation_requested", case_id=E_CID, account_ids=[E_KEEP, E_OLD], sv=True, lang="en"))


def mail_044():
    dt = datetime(2025, 11, 11, 10, 52, 3, tzinfo=UTC)
    body = leaf(f"""Hi Marcus,

circling back on this one - we haven't seen a reply to Wei's note from last
week. Still need a hand here? If we don't hear from you by Friday we'll
assume you're sorted and let it close.

Ana
AWS Training and Certification (overnight team)
""", cte="7bit", codec="us-ascii")
    h = trace_icloud(MAR, dt) + ses_tail(dt) + std(AWS_FORM, MAR, f"RE:[CASE {E_CID}] {FORM_SUBJ}", dt,
                                                    ses_msgid(dt), ses_extra(dt))
    emit(44, "lee-circling-back", h, body,
         dict(kind="support_reply", case_id=E_CID, account_ids=[], sv=True, lang="en"))


def mail_022():
    dt = datetime(2025, 11, 13, 8, 3, 27, tzinfo=UTC)
    quoted = "\n".join(("> " + l) if l else ">" for l in E_CONFIRM.splitlines())
    body = leaf(f"""Dear Customer Marcus Lee,

Thank you for your reply of agreement.

The work for your accounts was finished. From now, the account {E_KEEP} is
your only account, and the certification records of the other account were
moved to it. The other account is not able to use for sign in any more.

In case there is some question, please contact to us again.

Best regards,
Wei L.
AWS Training and Certification

On 12 Nov 2025, at 22:40, Marcus Lee <{MAR}> wrote:
> Sorry for the delay, I was travelling. Yes I agree, please do it.
>
> Marcus
>
>> On 5 Nov 2025, at 14:17, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + "\n".join(">" + l for l in quoted.splitlines()) + "\n", cte="quoted-printable")
    h = trace_icloud(MAR, dt) + ses_tail(dt) + std(AWS_FORM, MAR, f"RE:[CASE {E_CID}] {FORM_SUBJ}", dt,
                                                    ses_msgid(dt), ses_extra(dt))
    emit(22, "lee-reply-of-agreement", h, body,
         dict(kind="merge_completed", case_id=E_CID, account_ids=[E_KEEP], sv=True, lang="en"))


# ------------------------------------------------------------ en look-alikes / unrelated
def mail_036():
    dt = datetime(2025, 4, 2, 13, 21, 7, tzinfo=UTC)
    dom = "credly-notify.com"
    link = "https://www.%s/earner/accept?badge=%s&session=%s" % (dom, rhex(16), rhex(20))
    txt = leaf(f"""Hello Daniel,

Your badge has been issued!

Amazon Web Services Training and Certification issued you the following
badge: AWS Certified Solutions Architect - Professional

Sign in with your Credly or AWS Builder ID password to accept it. Unaccepted
badges are withdrawn after 72 hours.

Accept badge: {link}

Credly
""", cte="7bit", codec="us-ascii")
    html = leaf(f"""<html><body><p>Hello Daniel,</p><p><b>Your badge has been issued!</b></p>
<p>Amazon Web Services Training and Certification issued you the following badge: <b>AWS Certified Solutions Architect - Professional</b></p>
<p>Sign in with your Credly or AWS Builder ID password to accept it. Unaccepted badges are withdrawn after 72 hours.</p>
<p><a href="{link}" style="background:#f56400;color:#fff;padding:12px 24px">Accept badge</a></p></body></html>""",
                subtype="html", cte="quoted-printable")
    body = multi("alternative", [txt, html], "=_" + rhex(32))
    ip = "45.%d.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    h = trace_gmail(DAN, dt, from_dom=dom, mailfrom="bounce@%s" % dom, ip=ip, helo="mx1.%s" % dom,
                    dkim_d=dom, dmarc="fail", spf="softfail", dkimres="none", policy="NONE", sp="NONE")
    h = [x for x in h if x[0] != "ARC-Authentication-Results" or True]
    h += std('"Credly" <admin@%s>' % dom, DAN, "Your badge has been issued - action needed", dt,
             "<%s@%s>" % (rhex(24), dom), [("MIME-Version", "1.0")])
    emit(36, "okafor-professional-72h", h, body,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=False, lang="en"))


def mail_051():
    dt = datetime(2026, 2, 3, 21, 14, 50, tzinfo=UTC)
    repo = "fabrikam/cert-tracker"
    txt = leaf(f"""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/482#event-{RND.randint(10**10, 10**11)}
You are receiving this because you authored the thread.

Message ID: <{repo}/pull/482/issue_event/{RND.randint(10**10, 10**11)}@github.com>
""", cte="7bit", codec="us-ascii")
    html = leaf(f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/{repo}/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/{repo}/pull/482#event-{RND.randint(10**10, 10**11)}">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/{rb32(26).upper()}">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>""",
                subtype="html", cte="7bit", codec="us-ascii")
    body = multi("alternative", [txt, html], "--==_mimepart_%s_%d" % (rhex(13), RND.randint(100, 999)))
    ip = "192.30.252.%d" % RND.randint(200, 210)
    h = trace_gmail(EMI, dt, from_dom="github.com", mailfrom="noreply@github.com", ip=ip,
                    helo="out-%d.smtp.github.com" % RND.randint(20, 28), policy="REJECT", sp="REJECT")
    h += [("DKIM-Signature", dkim("github.com", dt, s="pf2023", c="relaxed/relaxed"))]
    h += std('"Priyanka Shah" <notifications@github.com>', "fabrikam/cert-tracker <cert-tracker@noreply.github.com>",
             "Re: [fabrikam/cert-tracker] Merge duplicate learner records before export (PR #482)", dt,
             "<%s/pull/482/issue_event/%d@github.com>" % (repo, RND.randint(10**10, 10**11)),
             [("Cc", "Emily Carter <%s>, Author <author@noreply.github.com>" % EMI),
              ("MIME-Version", "1.0"), ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "pshah-fab"),
              ("List-ID", "fabrikam/cert-tracker <cert-tracker.fabrikam.github.com>"),
              ("X-GitHub-Recipient-Address", EMI)],
             in_reply_to="<%s/pull/482@github.com>" % repo, references="<%s/pull/482@github.com>" % repo)
    emit(51, "carter-pr-482", h, body,
         dict(kind="unrelated", case_id=None, account_ids=[], sv=False, lang="en"))


def mail_052():
    dt = datetime(2025, 9, 24, 9, 12, 40, tzinfo=UTC)
    code = "418207"
    body = leaf(f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Lukas,</p>
<p>Someone &mdash; hopefully you &mdash; asked to combine the Credly account registered to <b>l.brenner83@gmail.com</b> with the account for <b>{LUK}</b>.</p>
<p>Enter this code on the account settings page to continue:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">{code}</p>
<p>Or finish from here: <a href="https://www.credly.com/users/account_merges/confirm?token={rhex(40)}">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. If you didn't ask for this, you can ignore this email; nothing will change.</p>
<p>&mdash; The Credly Team</p></body></html>""", subtype="html", cte="quoted-printable")
    h = credly_trace("o365", LUK, dt) + credly_tail(dt) + std('"Credly" <admin@credly.com>', LUK,
                                                             "Your Credly verification code: %s" % code, dt, credly_msgid())
    emit(52, "brenner-code-418207", h, body,
         dict(kind="unrelated", case_id=None, account_ids=[], sv=True, lang="en"))


def mail_053():
    opened = datetime(2025, 3, 28, 20, 11, 37, tzinfo=UTC)
    cid = case_id(opened, 27301)
    dt = datetime(2025, 3, 29, 4, 45, 9, tzinfo=UTC)
    body = leaf(f"""Hello,

Thank you for your patience while we worked on your request.

The quota increase you asked for has been applied. Your account can now run
up to 64 vCPUs of Running On-Demand Standard (A, C, D, H, I, M, R, T, Z)
instances in Europe (Frankfurt). The new value can take up to 30 minutes to
show in the Service Quotas console.

Case details:
  Case ID: {cid}
  Service: Service Quotas - Amazon Elastic Compute Cloud (Amazon EC2)
  Region: eu-central-1

Best regards,
Lindiwe M.
Amazon Web Services

""" + CONSOLE_FOOT.replace("{cid}", cid), cte="quoted-printable")
    h = trace_gmail(DAN, dt) + ses_tail(dt) + std(AWS_CONSOLE, DAN,
                                                   f"RE:[CASE {cid}] Limit Increase: EC2 Instances", dt,
                                                   ses_msgid(dt), ses_extra(dt))
    emit(53, "okafor-frankfurt-vcpu", h, body,
         dict(kind="unrelated", case_id=cid, account_ids=[], sv=True, lang="en"))


def mail_054():
    dt = datetime(2025, 6, 5, 15, 20, 11, tzinfo=UTC)
    mgr = "j.okonkwo@contoso-analytics.com"
    body = leaf(f"""Hi James,

FYI for the partner portal - my certification stuff is sorted now, please use
{B_KEEP} from here on (the kingsbridge one no longer exists).

Priya

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, June 5, 2025 3:02 PM
To: {PRI} <{PRI}>
Subject: RE:[CASE {B_CID}] {B_SUBJ}

Hello Priya,

I am absolutely delighted to share that our specialist team has finished
their work on your request. Everything from your former university profile -
your certifications, your exam history and your 50% exam benefit - has been
moved across, and it all now lives on {B_KEEP}. The second profile has been
retired, so from now on please sign in only with {PRI}.

Warmest regards,
Megan T.
Amazon Web Services
""", cte="quoted-printable")
    ip = "40.92.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    h = trace_o365(mgr, dt, from_dom="outlook.com", mailfrom_dom="outlook.com", ip=ip,
                   helo="NAM12-BN8-obe.outbound.protection.outlook.com")
    h += [("DKIM-Signature", dkim("outlook.com", dt, s="selector1", c="relaxed/relaxed"))]
    h += std("Priya Raman <%s>" % PRI, "James Okonkwo <%s>" % mgr,
             f"FW: RE:[CASE {B_CID}] {B_SUBJ}", dt,
             "<%s%s@%s.namprd04.prod.outlook.com>" % ("SA1P164MB", rhex(12).upper(), "SA1P164MB7898"),
             [("MIME-Version", "1.0"), ("X-MS-Has-Attach", ""), ("Thread-Topic", f"RE:[CASE {B_CID}] {B_SUBJ}")])
    emit(54, "raman-fw-partner-portal", h, body,
         dict(kind="unrelated", case_id=B_CID, account_ids=[B_KEEP], sv=False, lang="en"))


def mail_055():
    dt = datetime(2026, 2, 10, 16, 0, 5, tzinfo=UTC)
    txt = leaf(f"""AWS Certification wants to hear from you

Hi Emily,

You recently used your AWS Certification account. Tell us about your
experience in a five-minute survey and help shape the AWS Certification
program.

Candidate ID: {D_KEEP}

Start the survey: https://www.certmetrics.com/amazon/survey/{rhex(16)}

This message was sent by CertMetrics on behalf of AWS Certification.
Please do not reply to this email.
""", cte="7bit", codec="us-ascii")
    ip = "52.%d.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    h = trace_gmail(EMI, dt, from_dom="certmetrics.com", mailfrom="bounce@mail.certmetrics.com", ip=ip,
                    helo="mail.certmetrics.com", policy="NONE", sp="NONE")
    h += [("DKIM-Signature", dkim("certmetrics.com", dt, s="k1", c="relaxed/relaxed"))]
    h += std("AWS Certification <do-not-reply@certmetrics.com>", EMI,
             "AWS Certification wants to hear from you", dt, "<%s@certmetrics.com>" % rhex(24), [("MIME-Version", "1.0")])
    emit(55, "carter-candidate-survey", h, txt,
         dict(kind="unrelated", case_id=None, account_ids=[D_KEEP], sv=False, lang="en"))


for _f in (mail_011, mail_044, mail_022, mail_036, mail_051, mail_052, mail_053, mail_054, mail_055):
    _f()


# ------------------------------------------------------------ Case J1 (佐藤, nifty, console)
SATO = "kenta.sato@nifty.com"
J1_OPEN = datetime(2025, 5, 26, 10, 3, 27, tzinfo=JST)
J1_CID = case_id(J1_OPEN, 50318)
J1_KEEP, J1_OLD = "AWS03381275", "AWS12040968"
J1_SUBJ = "認定アカウントが二つあります"
CONSOLE_FOOT_JA = """お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価してください。やり取りの右上にある星を選択して評価できます。

よろしくお願いいたします。
Amazon Web Services
======================================================================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信は上記リンクからお願いいたします。
======================================================================
"""

J1_CONFIRM = f"""佐藤 健太 様

いつも大変お世話になっております。AWS トレーニングと認定の田中と申します。
この度はお問い合わせをいただき、誠にありがとうございます。また、ご回答までに
お時間を頂戴してしまいましたこと、心よりお詫び申し上げます。

お知らせいただきました二つの認定アカウントを拝見いたしましたところ、下記のとおり
一本化のお手続きが可能でございます。

  ・今後もご利用いただくアカウント：{J1_KEEP}（{SATO}）
  ・上記へ取り込まれ、閉鎖となるアカウント：{J1_OLD}（k-sato@minato-denki.co.jp）

大変恐れ入りますが、本手続きは一度実施いたしますと元に戻すことができかねます。
つきましては、上記の内容で相違ないか、サポートセンターよりご返信いただけますと
大変幸いに存じます。

お手数をおかけいたしまして誠に申し訳ございませんが、何卒よろしくお願い申し上げます。

田中
Amazon Web Services
"""


def mail_003():
    dt = J1_OPEN + timedelta(seconds=12)
    body = leaf(f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせは、以下の番号で記録されています。

ケース ID: {J1_CID}
件名: {J1_SUBJ}
重大度: 一般的なガイダンス

この番号は、お客様の問題に対処するために使用されます。サポートセンターでは、いつでもケースの状態を見ることができます。
https://console.aws.amazon.com/support/home#/case/?displayId={J1_CID}&language=ja

この電子メールアドレスは、受信を受け付けることができません。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""", codec="iso-2022-jp", cte="7bit")
    subj = ew("Amazon Web Services: お客様のお問い合わせは番号 %s で記録されています" % J1_CID, "iso-2022-jp", chunk=16)
    h = trace_jp("nifty", SATO, dt) + ses_tail(dt) + std(AWS_CONSOLE, SATO, subj, dt.astimezone(UTC),
                                                          ses_msgid(dt), ses_extra(dt))
    emit(3, "sato-bangou-kiroku", h, body,
         dict(kind="case_created", case_id=J1_CID, account_ids=[], sv=True, lang="ja"))


def mail_014():
    dt = datetime(2025, 5, 27, 16, 40, 5, tzinfo=JST)
    body = leaf(J1_CONFIRM + "\n" + CONSOLE_FOOT_JA.replace("{cid}", J1_CID), codec="iso-2022-jp", cte="7bit")
    subj = "RE:[CASE %s] %s" % (J1_CID, ew(J1_SUBJ, "iso-2022-jp", chunk=8))
    h = trace_jp("nifty", SATO, dt) + ses_tail(dt) + std(AWS_CONSOLE, SATO, subj, dt.astimezone(UTC),
                                                          ses_msgid(dt), ses_extra(dt))
    emit(14, "sato-ippon-ka", h, body,
         dict(kind="merge_confirmation_requested", case_id=J1_CID, account_ids=[J1_KEEP, J1_OLD], sv=True, lang="ja"))


def mail_048():
    dt = datetime(2025, 5, 28, 11, 15, 42, tzinfo=JST)
    body = leaf(f"""佐藤様

返信受領。内容どおりで進めます。
担当チームへ依頼済み。作業が終わり次第、本ケースで連絡します。
それまで対応不要です。

森
Amazon Web Services

---- 2025/05/28 08:02 (JST) お客様からのご返信 ----
問題ありません。{J1_KEEP} を残して、{J1_OLD} をまとめてください。
よろしくお願いします。
佐藤

---- 2025/05/27 16:40 (JST) Amazon Web Services ----
{J1_CONFIRM}
""" + CONSOLE_FOOT_JA.replace("{cid}", J1_CID), codec="utf-8", cte="quoted-printable")
    subj = "RE:[CASE %s] %s" % (J1_CID, ew(J1_SUBJ, "utf-8", chunk=6))
    h = trace_jp("nifty", SATO, dt) + ses_tail(dt) + std(AWS_CONSOLE, SATO, subj, dt.astimezone(UTC),
                                                          ses_msgid(dt), ses_extra(dt))
    emit(48, "sato-henshin-juryo", h, body,
         dict(kind="support_reply", case_id=J1_CID, account_ids=[], sv=True, lang="ja"))


def mail_023():
    dt = datetime(2025, 5, 29, 19, 20, 14, tzinfo=JST)
    body = leaf(f"""佐藤 健太 様

いつも大変お世話になっております。AWS トレーニングと認定の田中でございます。
大変お待たせいたしまして、誠に申し訳ございません。

ご依頼いただいておりました件につきまして、{J1_OLD} に登録されておりました
認定資格および受験履歴を、すべて {J1_KEEP} へ移行いたしました。
{J1_OLD} は閉鎖済みとなっておりますので、今後は {SATO} にて
サインインいただけますと幸いでございます。

Credly のデジタルバッジにつきましては、反映までに数日ほどお時間を頂戴する場合が
ございます。万が一、一週間ほど経過しても表示されない場合には、大変お手数ではございますが
本ケースにてお知らせいただけますと幸いです。

この度は、当方の不慣れにより何度もご連絡を差し上げる形となり、誠に申し訳ございませんでした。
今後とも何卒よろしくお願い申し上げます。

田中
Amazon Web Services

""" + CONSOLE_FOOT_JA.replace("{cid}", J1_CID), codec="iso-2022-jp", cte="7bit")
    subj = "RE:[CASE %s] %s" % (J1_CID, ew(J1_SUBJ, "iso-2022-jp", chunk=8))
    h = trace_jp("nifty", SATO, dt) + ses_tail(dt) + std(AWS_CONSOLE, SATO, subj, dt.astimezone(UTC),
                                                          ses_msgid(dt), ses_extra(dt))
    emit(23, "sato-ikou", h, body,
         dict(kind="merge_completed", case_id=J1_CID, account_ids=[J1_KEEP, J1_OLD], sv=True, lang="ja"))


def mail_031():
    dt = datetime(2025, 5, 29, 19, 21, 2, tzinfo=JST)
    url = f"https://support.aws.amazon.com/feedback?displayId={J1_CID}&lang=ja_JP"
    txt = leaf(f"""佐藤 健太 様

たった 1 分。
あなたの声が、次のサポートをつくります。

ケース {J1_CID} でのやり取りは、あなたにとってどんな体験でしたか。
分かりやすかったこと、もどかしかったこと、どんなことでも構いません。

▼ 回答はこちらから（所要時間 約 1 分）
{url}

いただいた声は、一つひとつ担当チームが読んでいます。

AWS トレーニングと認定
""", codec="utf-8", cte="quoted-printable")
    html = leaf(f"""<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;color:#232f3e">
<p>佐藤 健太 様</p>
<h2 style="color:#ff9900">たった 1 分。<br>あなたの声が、次のサポートをつくります。</h2>
<p>ケース {J1_CID} でのやり取りは、あなたにとってどんな体験でしたか。</p>
<p><a href="{url}&amp;s=5">とても満足</a> ｜ <a href="{url}&amp;s=4">満足</a> ｜ <a href="{url}&amp;s=3">ふつう</a> ｜ <a href="{url}&amp;s=2">不満</a> ｜ <a href="{url}&amp;s=1">とても不満</a></p>
<p>AWS トレーニングと認定</p></body></html>""", subtype="html", codec="utf-8", cte="quoted-printable")
    body = multi("alternative", [txt, html], ses_boundary())
    subj = ew("1 分だけ、お時間をいただけますか（ケース %s）" % J1_CID, "utf-8", chunk=14)
    h = trace_jp("nifty", SATO, dt) + ses_tail(dt) + std(AWS_CONSOLE, SATO, subj, dt.astimezone(UTC),
                                                          ses_msgid(dt), ses_extra(dt))
    emit(31, "sato-ippun", h, body,
         dict(kind="survey", case_id=J1_CID, account_ids=[], sv=True, lang="ja"))


def mail_056():
    dt = datetime(2025, 7, 2, 14, 8, 51, tzinfo=JST)
    body = leaf(f"""佐藤 健太 様

Pearson VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年7月19日(土) 10:00 JST
会場: ピアソン VUE 認定テストセンター 東京 秋葉原
登録 ID: 4{RND.randint(10**8, 10**9 - 1)}
受験者 ID: {J1_KEEP}

当日は有効な本人確認書類を 2 点お持ちのうえ、開始時刻の 15 分前までにお越しください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
https://home.pearsonvue.com/aws
""", codec="shift_jis", cte="base64")
    ip = "159.182.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    h = trace_jp("nifty", SATO, dt, from_dom="pearson.com", mailfrom="bounce@pearson.com", ip=ip,
                 helo="mailout.pearson.com") + [("DKIM-Signature", dkim("pearson.com", dt, s="selector2"))]
    h += std("Pearson VUE <pearsonvueconfirmation@pearson.com>", SATO,
             ew("試験予約確認 - AWS Certified Solutions Architect - Professional", "shift_jis", chunk=14),
             dt, "<%s@pearson.com>" % rhex(20), [("MIME-Version", "1.0")])
    emit(56, "sato-pearson-akihabara", h, body,
         dict(kind="unrelated", case_id=None, account_ids=[J1_KEEP], sv=False, lang="ja"))


for _f in (mail_003, mail_014, mail_048, mail_023, mail_031, mail_056):
    _f()


# ------------------------------------------------------------ Case J2 (山本, gmail, form)
YAMA = "yamamoto.misaki.0412@gmail.com"
J2_OPEN = datetime(2025, 8, 5, 13, 45, 10, tzinfo=JST)
J2_CID = case_id(J2_OPEN, 7733)
J2_KEEP, J2_OLD = "AWS08176234", "AWS05039921"
YAMA_FROM_JA = "山本美咲 <%s>" % YAMA


def mail_004():
    dt = J2_OPEN + timedelta(seconds=7)
    body = leaf(f"""山本 美咲 様

お問い合わせ、ちゃんと届いています！

AWS トレーニングと認定へのメッセージは、受付番号 {J2_CID} として
私たちのチームのもとに届きました。専任の担当者が内容を拝見し、
原則 24 時間以内にご連絡します。

▼ 受付番号
{J2_CID}

追加で伝えたいことがあれば、このメールにそのまま返信してください。
同じ内容でフォームを再送信していただく必要はありません。

あなたの次の一歩を、全力で応援しています。
AWS トレーニングと認定
""", codec="shift_jis", cte="base64")
    h = trace_gmail(YAMA, dt) + ses_tail(dt) + std(AWS_FORM, YAMA, f"[CASE {J2_CID}] {FORM_SUBJ}",
                                                    dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(4, "yamamoto-uketsuke-bangou", h, body,
         dict(kind="case_created", case_id=J2_CID, account_ids=[], sv=True, lang="ja"))


def mail_046():
    dt = datetime(2025, 8, 6, 10, 30, 22, tzinfo=JST)
    body = leaf(f"""山本 美咲 様

AWS トレーニングと認定の石井です。お問い合わせありがとうございます。

お送りいただいた二つの ID（{J2_KEEP}、{J2_OLD}）は、いずれも山本様のお名前で
登録されていることを確認しました。手続きに進む前に、次の 2 点をお知らせください。

  1. 今後お使いになる（残す）アカウントはどちらか
  2. それぞれのアカウントにサインインする際のメールアドレス

このメールにそのままご返信いただければ結構です。なお、同じ内容で新たにフォームを
送信されますと別のケースとなり、かえってお時間をいただくことになりますのでご注意ください。

石井
AWS トレーニングと認定
""", codec="utf-8", cte="quoted-printable")
    h = trace_gmail(YAMA, dt) + ses_tail(dt) + std(AWS_FORM, YAMA, f"RE:[CASE {J2_CID}] {FORM_SUBJ}",
                                                    dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(46, "yamamoto-nitten", h, body,
         dict(kind="support_reply", case_id=J2_CID, account_ids=[J2_KEEP, J2_OLD], sv=True, lang="ja"))


J2_CONFIRM_NEW = f"""山本様

内容を整理しました。

  残す　　：{J2_KEEP}（{YAMA}）
  取り込み元：{J2_OLD}（m.yamamoto@sakura-gakuen.ed.jp）→ 実施後は消滅

実施後の取り消し不可。
この内容で問題なければ、その旨ひとことご返信ください。

森
AWS トレーニングと認定
"""


def mail_015():
    dt = datetime(2025, 8, 6, 23, 40, 9, tzinfo=JST)
    body = leaf(J2_CONFIRM_NEW + f"""
2025年8月6日(水) 21:14 山本美咲 <{YAMA}>:
> 石井様
>
> ご連絡ありがとうございます。
> 1. {J2_KEEP} を残したいです。
> 2. {J2_KEEP} は {YAMA}、{J2_OLD} は以前の勤務先の
> m.yamamoto@sakura-gakuen.ed.jp です。
>
> よろしくお願いいたします。
> 山本
""", codec="shift_jis", cte="8bit")
    h = trace_gmail(YAMA, dt) + ses_tail(dt) + std(AWS_FORM, YAMA, f"RE:[CASE {J2_CID}] {FORM_SUBJ}",
                                                    dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(15, "yamamoto-seiri", h, body,
         dict(kind="merge_confirmation_requested", case_id=J2_CID, account_ids=[J2_KEEP, J2_OLD], sv=True, lang="ja"))


def mail_024():
    dt = datetime(2025, 8, 7, 17, 5, 51, tzinfo=JST)
    q2 = "\n".join("> > " + l if l else "> >" for l in J2_CONFIRM_NEW.splitlines())
    body = leaf(f"""山本様

結果のみご報告します。

  {J2_KEEP}：認定 3 件・受験履歴すべて反映済み
  {J2_OLD}：無効化済み（サインイン不可）

Credly のバッジは別系統のため、反映まで数日かかる場合あり。
一週間たっても出てこなければ、このスレッドに返信を。

森
AWS トレーニングと認定

2025年8月7日(木) 8:02 山本美咲 <{YAMA}>:
> 森様
> 問題ありません。お願いいたします。
>
> 2025年8月6日(水) 23:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{q2}
""", codec="shift_jis", cte="base64")
    h = trace_gmail(YAMA, dt) + ses_tail(dt) + std(AWS_FORM, YAMA, f"RE:[CASE {J2_CID}] {FORM_SUBJ}",
                                                    dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(24, "yamamoto-kekka", h, body,
         dict(kind="merge_completed", case_id=J2_CID, account_ids=[J2_KEEP, J2_OLD], sv=True, lang="ja"))


def mail_032():
    dt = datetime(2025, 8, 14, 9, 0, 3, tzinfo=JST)
    body = leaf(f"""山本 美咲 様

AWS トレーニングと認定です。

ケース {J2_CID} は、最後のご連絡から一定期間が経過したため、クローズいたしました。

同じ件で再度ご相談が必要な場合は、14 日以内に本メールへご返信ください。
それ以降は新しいお問い合わせとして、フォームからお送りください。

AWS トレーニングと認定
""", codec="shift_jis", cte="8bit")
    h = trace_gmail(YAMA, dt) + ses_tail(dt) + std(AWS_FORM, YAMA, f"RE:[CASE {J2_CID}] {FORM_SUBJ}",
                                                    dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(32, "yamamoto-ittei-kikan", h, body,
         dict(kind="survey", case_id=J2_CID, account_ids=[], sv=True, lang="ja"))


def mail_038():
    dt = datetime(2025, 8, 8, 22, 12, 40, tzinfo=JST)
    badge = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = leaf(f"""美咲さん

Amazon Web Services Training and Certification から、デジタルバッジが届いています。

  AWS Certified Machine Learning Engineer – Associate

受け取って、あなたのプロフィールで公開しましょう。
LinkedIn やメール署名に載せれば、スキルがひと目で伝わります。

{badge}

ご不明な点は https://support.credly.com まで。
Credly, Inc.
""", codec="utf-8", cte="quoted-printable")
    html = leaf(f"""<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/size/340x340/images/{rhex(8)}/image.png" width="110" alt=""></td></tr>
<tr><td><h1 style="font-size:20px">美咲さん、新しいバッジが届いています</h1>
<p>Amazon Web Services Training and Certification から <b>AWS Certified Machine Learning Engineer – Associate</b> のデジタルバッジが届いています。</p>
<p style="text-align:center"><a href="{badge}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 400 Park Avenue South, New York, NY 10016</p></td></tr></table></body></html>""",
                subtype="html", codec="utf-8", cte="quoted-printable")
    body = multi("alternative", [txt, html], rhex(60))
    h = credly_trace("gmail", YAMA, dt) + credly_tail(dt) + std(
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', YAMA,
        ew("美咲さん、AWS のバッジがあなたを待っています", "utf-8", chunk=10), dt.astimezone(UTC), credly_msgid(),
        [("Reply-To", "Credly <support@credly.com>")])
    emit(38, "yamamoto-mla-badge", h, body,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="ja"))


def mail_057():
    dt = datetime(2026, 3, 2, 9, 30, 0, tzinfo=JST)
    body = leaf(f"""<html><body style="font-family:Meiryo,sans-serif">
<p>美咲さん</p>
<p>お持ちのバッジ <b>AWS Certified Developer – Associate</b>（発行元: Amazon Web Services Training and Certification）の有効期限まで、あと 90 日です。</p>
<p>有効期限: 2026年5月31日</p>
<p>期限を過ぎるとバッジは「期限切れ」と表示されます。再認定の方法については発行元の案内をご確認ください。</p>
<p><a href="https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}">バッジを表示</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 配信停止は <a href="https://www.credly.com/notifications">こちら</a></p></body></html>""",
                subtype="html", codec="utf-8", cte="base64")
    h = credly_trace("gmail", YAMA, dt) + credly_tail(dt) + std(
        '"Credly" <admin@credly.com>', YAMA,
        ew("バッジの有効期限まであと 90 日です", "utf-8", chunk=9), dt.astimezone(UTC), credly_msgid())
    emit(57, "yamamoto-90-nichi", h, body,
         dict(kind="unrelated", case_id=None, account_ids=[], sv=True, lang="ja"))


for _f in (mail_004, mail_046, mail_015, mail_024, mail_032, mail_038, mail_057):
    _f()


# ------------------------------------------------------------ Case J3 (高橋, biglobe, console)
TAKA = "sho.takahashi@biglobe.ne.jp"
J3_OPEN = datetime(2025, 12, 1, 9, 31, 46, tzinfo=JST)
J3_CID = case_id(J3_OPEN, 41190)
J3_KEEP, J3_OLD = "AWS09954013", "AWS02217786"
J3_SUBJ = "AWS認定のアカウント重複"


def mail_006():
    dt = J3_OPEN + timedelta(seconds=10)
    body = leaf(f"""以下の内容で記録しました。

ケース ID: {J3_CID}
件名: {J3_SUBJ}
重大度: 一般的なガイダンス
サービス: トレーニングと認定

サポートセンター:
https://console.aws.amazon.com/support/home#/case/?displayId={J3_CID}&language=ja

このアドレスは送信専用です。
Amazon Web Services
""", codec="utf-8", cte="base64")
    h = trace_jp("biglobe", TAKA, dt) + ses_tail(dt) + std(AWS_CONSOLE, TAKA,
                                                            ew("AWS サポート: ケース %s" % J3_CID, "utf-8", chunk=40),
                                                            dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(6, "takahashi-kiroku", h, body,
         dict(kind="case_created", case_id=J3_CID, account_ids=[], sv=True, lang="ja"))


def mail_047():
    dt = datetime(2025, 12, 2, 15, 48, 30, tzinfo=JST)
    body = leaf(f"""高橋 翔 様

お世話になっております。AWS トレーニングと認定の渡辺です。

ＡＷＳ０９９５４０１３ と {J3_OLD} の２件について、お手続きの前に下記をお教え
いただけますでしょうか。

１．それぞれのアカウントの通知先メールアドレス
２．{J3_OLD} を作成された経緯（会社の研修で作成された、など）

お手数ですが、サポートセンターからご返信をお願いいたします。

渡辺
Amazon Web Services

""" + CONSOLE_FOOT_JA.replace("{cid}", J3_CID), codec="iso-2022-jp", cte="7bit")
    subj = "RE:[CASE %s] %s" % (J3_CID, ew(J3_SUBJ, "iso-2022-jp", chunk=6))
    h = trace_jp("biglobe", TAKA, dt) + ses_tail(dt) + std(AWS_CONSOLE, TAKA, subj, dt.astimezone(UTC),
                                                            ses_msgid(dt), ses_extra(dt))
    emit(47, "takahashi-keii", h, body,
         dict(kind="support_reply", case_id=J3_CID, account_ids=[J3_KEEP, J3_OLD], sv=True, lang="ja"))


def mail_049():
    dt = datetime(2025, 12, 4, 2, 10, 18, tzinfo=JST)
    body = leaf(f"""高橋様

夜分に失礼します、AWS 夜間チームの小野です。
いただいた内容で担当部署に回してありますが、まだ作業中のようです…
お待たせしてしまいすみません。

動きがあればこちらから連絡しますので、もう少しだけお待ちください。

小野
Amazon Web Services

""" + CONSOLE_FOOT_JA.replace("{cid}", J3_CID), codec="utf-8", cte="8bit")
    subj = "RE:[CASE %s] %s" % (J3_CID, ew(J3_SUBJ, "utf-8", chunk=5))
    h = trace_jp("biglobe", TAKA, dt) + ses_tail(dt) + std(AWS_CONSOLE, TAKA, subj, dt.astimezone(UTC),
                                                            ses_msgid(dt), ses_extra(dt))
    emit(49, "takahashi-yakan", h, body,
         dict(kind="support_reply", case_id=J3_CID, account_ids=[], sv=True, lang="ja"))


def mail_025():
    dt = datetime(2025, 12, 5, 13, 2, 55, tzinfo=JST)
    url = f"https://support.aws.amazon.com/feedback?displayId={J3_CID}&lang=ja_JP"
    body = leaf(f"""高橋 翔 様

AWS トレーニングと認定の渡辺です。

旧アカウント {J3_OLD} の認定履歴を {J3_KEEP} へ移し終えましたので、
本件はこれにてクローズとさせていただきます。
今後のサインインには {TAKA} をご利用ください。

よろしければ、今回の対応についてのアンケートにご協力ください。
{url}

渡辺
Amazon Web Services

""" + CONSOLE_FOOT_JA.replace("{cid}", J3_CID), codec="utf-8", cte="base64")
    subj = "RE:[CASE %s] %s" % (J3_CID, ew(J3_SUBJ, "utf-8", chunk=5))
    h = trace_jp("biglobe", TAKA, dt) + ses_tail(dt) + std(AWS_CONSOLE, TAKA, subj, dt.astimezone(UTC),
                                                            ses_msgid(dt), ses_extra(dt))
    emit(25, "takahashi-utsushi-oe", h, body,
         dict(kind="merge_completed", case_id=J3_CID, account_ids=[J3_KEEP, J3_OLD], sv=True, lang="ja"))


def mail_033():
    dt = datetime(2025, 12, 5, 13, 4, 10, tzinfo=JST)
    url = f"https://support.aws.amazon.com/feedback?displayId={J3_CID}&lang=ja_JP"
    html = leaf(f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body style="font-family:'MS PGothic',sans-serif">
<p>高橋 翔 様</p>
<p>このたびは AWS サポートをご利用いただきまして、誠にありがとうございました。</p>
<p>ケース {J3_CID} における担当者の対応は、いかがでしたでしょうか。<br>
大変お手数ではございますが、下記より５段階にてご評価を賜れましたら幸甚に存じます。</p>
<table cellpadding="6"><tr>
<td><a href="{url}&amp;r=5">非常に満足</a></td><td><a href="{url}&amp;r=4">満足</a></td>
<td><a href="{url}&amp;r=3">どちらともいえない</a></td><td><a href="{url}&amp;r=2">不満</a></td>
<td><a href="{url}&amp;r=1">非常に不満</a></td></tr></table>
<p>いただきましたご意見は、今後のサービス向上のため大切に活用させていただきます。</p>
<p>Amazon Web Services</p></body></html>""", subtype="html", codec="iso-2022-jp", cte="7bit")
    h = trace_jp("biglobe", TAKA, dt) + ses_tail(dt) + std(AWS_CONSOLE, TAKA,
                                                            ew("AWS サポートへのご意見をお聞かせください", "iso-2022-jp", chunk=10),
                                                            dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(33, "takahashi-go-dankai", h, html,
         dict(kind="survey", case_id=J3_CID, account_ids=[], sv=True, lang="ja"))


def mail_039():
    dt = datetime(2025, 12, 8, 20, 41, 7, tzinfo=JST)
    html = leaf(f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:32px 40px">
<p>翔さん</p>
<p>Amazon Web Services Training and Certification が、以前お使いだった認定アカウントに紐づいていたバッジを、このメールアドレス <b>{TAKA}</b> 宛てにあらためて発行しました。</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified SysOps Administrator – Associate</li></ul>
<p>内容を確かめて、プロフィールに追加してください。</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned" style="background:#2c2c2c;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">バッジを見る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. · 400 Park Avenue South, New York, NY 10016</p>
</td></tr></table></body></html>""", subtype="html", codec="utf-8", cte="quoted-printable")
    h = credly_trace("biglobe", TAKA, dt) + credly_tail(dt) + std(
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', TAKA,
        ew("以前のアカウントのバッジを、こちらにお届けしました", "utf-8", chunk=9), dt.astimezone(UTC), credly_msgid(),
        [("Reply-To", "Credly <support@credly.com>")])
    emit(39, "takahashi-badge-aratamete", h, html,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="ja"))


def mail_059():
    dt = datetime(2026, 1, 14, 7, 55, 21, tzinfo=JST)
    dom = "amazon-co-jp-security.com"
    link = "https://signin.%s/ap/verify?id=%s" % (dom, rhex(24))
    body = leaf(f"""<html><body>
<p>Amazon お客様</p>
<p>お客様のアカウントで異常なお支払い活動が検出されたため、アカウントを一時的に停止しました。</p>
<p>24 時間以内に以下のリンクからお支払い情報を更新いただけない場合、アカウントは永久に利用できなくなります。</p>
<p><a href="{link}">お支払い情報を更新する</a></p>
<p>Amazon.co.jp カスタマーサービス</p></body></html>""", subtype="html", codec="utf-8", cte="base64")
    ip = "103.%d.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    h = trace_jp("biglobe", TAKA, dt, from_dom=dom, mailfrom="info@%s" % dom, ip=ip, helo="mail.%s" % dom,
                 dkim_d=dom, dmarc="none", spf="pass", dkimres="none")
    h += std('"Amazon.co.jp" <account-update@%s>' % dom, TAKA,
             ew("【重要】Amazon アカウント一時停止のお知らせ", "utf-8", chunk=12), dt, "<%s@%s>" % (rhex(20), dom),
             [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")])
    emit(59, "takahashi-ichiji-teishi", h, body,
         dict(kind="unrelated", case_id=None, account_ids=[], sv=False, lang="ja"))


for _f in (mail_006, mail_047, mail_049, mail_025, mail_033, mail_039, mail_059):
    _f()


# ------------------------------------------------------------ Case J4 (中村, corporate O365 .co.jp, form)
NAKA = "yuki.nakamura@kurosawa-sangyo.co.jp"
NAKA_TO = "%s <%s>" % (ew("中村 由紀", "iso-2022-jp", chunk=10), NAKA)
J4_OPEN = datetime(2026, 2, 9, 10, 12, 44, tzinfo=JST)
J4_CID = case_id(J4_OPEN, 96021)
J4_KEEP, J4_OLD = "AWS04460197", "AWS11308825"
J4_CONFIRM_TXT = f"""中村 由紀 様

AWS トレーニングと認定でございます。
お申し出の件、以下の内容にて承ります。

  存続するアカウント　　　 {J4_KEEP}　{NAKA}
  取り込まれるアカウント　 {J4_OLD}　y.nakamura1990@yahoo.co.jp

取り込まれるアカウントの認定資格・受験履歴・特典はすべて存続するアカウントへ移り、
取り込まれるアカウントは以後ご利用いただけなくなります。この処理は後から取り消すことができません。

上記内容にて手続きを進めてよいか、本メールへのご返信にてお知らせください。

AWS トレーニングと認定
"""


def mail_008():
    dt = J4_OPEN + timedelta(seconds=6)
    body = leaf(f"""中村 由紀 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせ番号は {J4_CID} です。原則として 24 時間以内に担当者よりご連絡いたします。
同じ内容のお問い合わせを重ねてお送りいただく必要はございません。

-----
Thank you for contacting AWS Training and Certification.
Your reference number is {J4_CID}. We aim to respond within 24 hours.
There is no need to submit the same request again.

AWS トレーニングと認定 / AWS Training and Certification
""", codec="utf-8", cte="quoted-printable")
    subj = ew("お問い合わせ番号のお知らせ / Your reference number: %s" % J4_CID, "utf-8", chunk=9, enc="Q")
    h = trace_o365(NAKA, dt) + ses_tail(dt) + std(AWS_FORM, NAKA_TO, subj, dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(8, "nakamura-bangou-bilingual", h, body,
         dict(kind="case_created", case_id=J4_CID, account_ids=[], sv=True, lang="ja"))


def mail_017():
    dt = datetime(2026, 2, 10, 14, 27, 3, tzinfo=JST)
    html = leaf(f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>中村 由紀 様</p>
<p>AWS トレーニングと認定でございます。<br>お申し出の件、以下の内容にて承ります。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>区分</th><th>アカウント ID</th><th>サインイン用メールアドレス</th></tr>
<tr><td>存続するアカウント</td><td>{J4_KEEP}</td><td>{NAKA}</td></tr>
<tr><td>取り込まれるアカウント</td><td>{J4_OLD}</td><td>y.nakamura1990@yahoo.co.jp</td></tr>
</table>
<p>取り込まれるアカウントの認定資格・受験履歴・特典はすべて存続するアカウントへ移り、取り込まれるアカウントは以後ご利用いただけなくなります。<b>この処理は後から取り消すことができません。</b></p>
<p>上記内容にて手続きを進めてよいか、本メールへのご返信にてお知らせください。</p>
<p>AWS トレーニングと認定</p></body></html>""", subtype="html", codec="utf-8", cte="base64")
    h = trace_o365(NAKA, dt) + ses_tail(dt) + std(AWS_FORM, NAKA_TO, f"RE:[CASE {J4_CID}] {FORM_SUBJ}",
                                                   dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(17, "nakamura-table", h, html,
         dict(kind="merge_confirmation_requested", case_id=J4_CID, account_ids=[J4_KEEP, J4_OLD], sv=True, lang="ja"))


def mail_050():
    dt = datetime(2026, 2, 11, 11, 40, 26, tzinfo=JST)
    body = leaf(f"""中村 由紀 様

あなたのご返答をありがとうございます。

私たちは今、あなたのリクエストを担当のチームに送りました。アカウントの作業が終わったとき、
私たちはあなたにこのメールで知らせます。その後、私たちは Credly にあなたのバッジを移すことを
依頼します。あなたは今、何もする必要がありません。

よろしくお願いします。
AWS トレーニングと認定

差出人: 中村 由紀 <{NAKA}>
送信日時: 2026年2月11日 9:05
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {J4_CID}] {FORM_SUBJ}

ご連絡ありがとうございます。
上記内容で問題ございません。{J4_KEEP} を残す形でお願いいたします。

黒澤産業株式会社 情報システム部
中村 由紀

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年2月10日 14:27
宛先: 中村 由紀 <{NAKA}>
件名: RE:[CASE {J4_CID}] {FORM_SUBJ}

{J4_CONFIRM_TXT}""", codec="utf-8", cte="quoted-printable")
    h = trace_o365(NAKA, dt) + ses_tail(dt) + std(AWS_FORM, NAKA_TO, f"RE:[CASE {J4_CID}] {FORM_SUBJ}",
                                                   dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(50, "nakamura-henji-arigatou", h, body,
         dict(kind="support_reply", case_id=J4_CID, account_ids=[], sv=True, lang="ja"))


def mail_026():
    dt = datetime(2026, 2, 12, 18, 9, 40, tzinfo=JST)
    body = leaf(f"""中村 由紀 様

あなたのアカウントは一つになりました。

{J4_KEEP} は、今、あなたのすべての認定と受験の記録を持っています。
古いアカウント（{J4_OLD}）は、もう使われることはできません。

あなたが確かめるべきこと：
  ① 認定が {J4_KEEP} に表示されていること
  ② 50% 割引の特典が移っていること
  ③ Credly のバッジ（数日～1週間かかることがあります）

もし何か質問があれば、このメールに返信してください。

AWS トレーニングと認定
""", codec="cp932", cte="8bit", label="Shift_JIS")
    subj = "RE:[CASE %s] %s" % (J4_CID, ew("ご依頼の件（アカウントについて）", "utf-8", chunk=6))
    h = trace_o365(NAKA, dt) + ses_tail(dt) + std(AWS_FORM, NAKA_TO, subj, dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(26, "nakamura-hitotsu", h, body,
         dict(kind="merge_completed", case_id=J4_CID, account_ids=[J4_KEEP, J4_OLD], sv=True, lang="ja"))


def mail_030():
    dt = datetime(2026, 2, 12, 18, 10, 2, tzinfo=JST)
    url = f"https://support.aws.amazon.com/feedback?displayId={J4_CID}&lang=ja_JP"
    body = leaf(f"""中村 由紀 様

あなたが受けたサポートを評価してください。

あなたのフィードバックは、私たちがサービスを改善することを助けます。
質問は 3 つだけで、それは約 2 分がかかります。

評価する: {url}

AWS トレーニングと認定
""", codec="iso-2022-jp", cte="7bit")
    h = trace_o365(NAKA, dt) + ses_tail(dt) + std(AWS_FORM, NAKA_TO,
                                                   ew("あなたのサポート体験を評価してください [%s]" % J4_CID, "iso-2022-jp", chunk=11),
                                                   dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(30, "nakamura-hyouka", h, body,
         dict(kind="survey", case_id=J4_CID, account_ids=[], sv=True, lang="ja"))


def mail_040():
    dt = datetime(2026, 2, 14, 6, 33, 15, tzinfo=JST)
    badge = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = leaf(f"""由紀 中村 さん

Amazon Web Services Training and Certification は、あなたにバッジを与えました：
AWS Certified Security – Specialty

あなたはバッジを受け入れて、それをあなたのネットワークと共有することができます。

{badge}

Credly
""", codec="utf-8", cte="base64")
    html = leaf(f"""<html><body><p>由紀 中村 さん</p><p>Amazon Web Services Training and Certification は、あなたにバッジを与えました：<br><b>AWS Certified Security – Specialty</b></p>
<p><a href="{badge}">バッジを受け入れる</a></p><p>Credly</p></body></html>""", subtype="html", codec="utf-8", cte="base64")
    body = multi("alternative", [txt, html], rhex(60))
    h = credly_trace("o365", NAKA, dt) + credly_tail(dt) + std(
        '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', NAKA,
        ew("由紀さん、Amazon Web Services Training and Certification はあなたにバッジを与えました", "utf-8", chunk=11),
        dt.astimezone(UTC), credly_msgid(), [("Reply-To", "Credly <support@credly.com>")])
    emit(40, "nakamura-security-specialty", h, body,
         dict(kind="credly_badge_issued", case_id=None, account_ids=[], sv=True, lang="ja"))


def mail_058():
    dt = datetime(2026, 2, 16, 12, 20, 48, tzinfo=JST)
    frm = "k.sasaki@kurosawa-sangyo.co.jp"
    body = leaf(f"""中村さん

お疲れさまです。佐々木です。

AWS の認定アカウントをひとつにまとめてもらったと聞きました。
どういう手順でやったか、今度教えてもらえますか？
自分も前の会社で作った ID が残っていて、二重になってしまっているんです。

ちなみに自分のは aws-06129935（今のもの）と AWS13077452（前の会社）です。

よろしくお願いします。

--
黒澤産業株式会社 情報システム部
佐々木 健
""", codec="iso-2022-jp", cte="7bit")
    h = [("Received", "from KSMBX02.kurosawa.local (10.20.1.12) by KSMBX01.kurosawa.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; %s" % fdate(dt + timedelta(seconds=1))),
         ("Received", "from KSMBX02.kurosawa.local ([fe80::%s:%s:%s:%s]) by\n KSMBX02.kurosawa.local ([fe80::%s:%s:%s:%s%%12]) with mapi id\n 15.02.1544.011; %s" % (rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), rhex(4), fdate(dt)))]
    h += std("%s <%s>" % (ew("佐々木 健", "iso-2022-jp"), frm), NAKA_TO,
             ew("AWS認定アカウントの件で教えてください", "iso-2022-jp", chunk=10), dt,
             "<%s@KSMBX02.kurosawa.local>" % rhex(32).upper(),
             [("Thread-Topic", ew("AWS認定アカウントの件で教えてください", "iso-2022-jp", chunk=10)),
              ("Thread-Index", "Ad" + rb64(30)), ("Content-Language", "ja-JP"),
              ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")])
    emit(58, "sasaki-oshiete", h, body,
         dict(kind="unrelated", case_id=None, account_ids=["AWS06129935", "AWS13077452"], sv=None, lang="ja"))


# ------------------------------------------------------------ Case J5 (小林, OCN, form)
KOBA = "r.kobayashi@cap.ocn.ne.jp"
J5_OPEN = datetime(2025, 10, 14, 19, 22, 35, tzinfo=JST)
J5_CID = case_id(J5_OPEN, 20874)
J5_KEEP, J5_OLD = "AWS07012458", "AWS10447389"


def mail_016():
    dt = datetime(2025, 10, 15, 16, 5, 12, tzinfo=JST)
    body = leaf(f"""小林 亮 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

あなたのアカウントを結合することを実行する前に、私たちはあなたの承認が必要です。
次の内容を見てください。

  残るアカウント: AWS 07012458
  結合されて削除されるアカウント: aws10447389

この操作は、実行された後で元に戻すことはできません。
内容が正しい場合は、このメールに返信して、あなたの承認を私たちに伝えてください。

よろしくお願いします。
AWS トレーニングと認定
""", codec="utf-8", cte="quoted-printable")
    h = trace_jp("ocn", KOBA, dt) + ses_tail(dt) + std(AWS_FORM, KOBA, f"RE:[CASE {J5_CID}] {FORM_SUBJ}",
                                                        dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(16, "kobayashi-shounin", h, body,
         dict(kind="merge_confirmation_requested", case_id=J5_CID, account_ids=[J5_KEEP, J5_OLD], sv=True, lang="ja"))


def mail_045():
    """Delivered through the user's own-domain forwarder: DKIM body hash broken, SPF fails -> dmarc=fail."""
    dt = datetime(2025, 10, 17, 10, 48, 37, tzinfo=JST)
    alias = "ryo@kobayashi-lab.jp"
    body = leaf(f"""小林 亮 様

AWS トレーニングと認定の原田です。

ご返信いただいた内容にもとづき、現在、担当部署にて作業を進めております。
恐れ入りますが、今しばらくお待ちいただけますようお願いいたします。
状況に変化がございましたら、あらためてご連絡いたします。

原田
AWS トレーニングと認定

--------------------------------------------------
このメールは kobayashi-lab.jp 転送サービスにより転送されました。
--------------------------------------------------
""", codec="iso-2022-jp", cte="7bit")
    fwd_ip = "160.16.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    mailfrom = ses_msgid(dt)[1:-1]
    h = trace_jp("ocn", KOBA, dt, mailfrom=mailfrom, ip=fwd_ip, helo="mx.kobayashi-lab.jp",
                 dmarc="fail", spf="fail", dkimres="fail")
    ip = ses_ip()
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    h += [("Received", "from %s (%s [%s])\n\tby mx.kobayashi-lab.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (helo, helo, ip, rhex(10).upper(), alias, fdate(dt))),
          ("X-Original-To", alias)]
    h += ses_tail(dt) + std(AWS_FORM, alias, f"RE:[CASE {J5_CID}] {FORM_SUBJ}", dt.astimezone(UTC),
                            ses_msgid(dt), ses_extra(dt))
    emit(45, "kobayashi-harada", h, body,
         dict(kind="support_reply", case_id=J5_CID, account_ids=[], sv=False, lang="ja"))


def mail_060():
    dt = datetime(2025, 11, 20, 15, 33, 2, tzinfo=JST)
    sc = "5884881212"
    body = leaf(f"""小林 亮 様

Amazon セラーセントラル テクニカルサポートの山口です。

お問い合わせいただいた、二つの出品用アカウントの統合につきまして、関連部署での審査が終わり、
統合が承認されました。旧アカウントの出品情報は、7 営業日以内に現在のアカウントへ移行されます。

移行期間中は、旧アカウントでの新規出品はお控えください。

ケース ID: {sc}

Amazon.co.jp セラーサポート
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={sc}
""", codec="iso-2022-jp", cte="7bit")
    h = trace_jp("ocn", KOBA, dt, from_dom="sellercentral.amazon.com") + ses_tail(dt, "sellercentral.amazon.com")
    h += std('"Amazon Seller Central" <seller-notification@sellercentral.amazon.com>', KOBA,
             "RE:[CASE %s] %s" % (sc, ew("出品アカウントの統合について", "iso-2022-jp", chunk=8)),
             dt.astimezone(UTC), ses_msgid(dt), ses_extra(dt))
    emit(60, "kobayashi-seller-central", h, body,
         dict(kind="unrelated", case_id=sc, account_ids=[], sv=True, lang="ja"))


for _f in (mail_008, mail_017, mail_050, mail_026, mail_030, mail_040, mail_058, mail_016, mail_045, mail_060):
    _f()

# ================================================================== FINISH
def finish():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = sorted(MAILS, key=lambda m: m[0])
    perm = list(range(1, len(order) + 1))
    random.Random(1220).shuffle(perm)
    labels = {}
    seen = set()
    import email as _email
    from email.utils import parsedate_to_datetime
    for (plan, slug, data, lab), num in zip(order, perm):
        # neutral slug: recipient surname + date of the mail (no hint of the kind)
        d = parsedate_to_datetime(_email.message_from_bytes(data)["Date"])
        neutral = "%s-%s" % (slug.split("-")[0], d.strftime("%y%m%d"))
        while neutral in seen:
            neutral += "b"
        seen.add(neutral)
        name = "%03d-%s.eml" % (num, neutral)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print("wrote", len(labels), "mails")


if __name__ == "__main__":
    finish()
