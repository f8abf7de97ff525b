#!/usr/bin/env python3
"""Generate blind test set 205: AWS Certification account-merge mailbox.

Emphasis: completions (unusual words, with closures), closures and surveys in
many templates, reopened cases, Credly mails and their look-alikes, EN + JA.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(205)
LABELS = {}
NEWTEXT = {}   # file -> new (non-quoted) plain text, for self-check
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
PDT = dt.timezone(dt.timedelta(hours=-7))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

AWS_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_NOREPLY = "no-reply-aws@amazon.com"

# ---------------------------------------------------------------- helpers

def rnd_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def case15(open_dt):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(open_dt.timestamp()), R.randrange(100, 99999))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))


def ses_bounce(when):
    ms = int(when.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com" % (
        ms, rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))


def dkim(d, s, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=None):
    t = t or 1700000000
    b = rnd_b64(190)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t %s" % (
        s, d, t, h, rnd_b64(32), b[:120], b[120:]))


def pdt_str(when):
    if 3 < when.month < 11 or (when.month == 3 and when.day > 12) or (when.month == 11 and when.day < 3):
        return format_datetime(when.astimezone(PDT)).replace("-0700", "-0700 (PDT)")
    pst = dt.timezone(dt.timedelta(hours=-8))
    return format_datetime(when.astimezone(pst)).replace("-0800", "-0800 (PST)")


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None,
              encode_as=None):
    """Build a text part. encode_as: codec used to produce the bytes (defaults to charset);
    declared: charset label written in the header (may deliberately be wrong)."""
    codec = encode_as or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", declared or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
        R.randrange(10**6, 10**7), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13)))
    for p in parts:
        if "MIME-Version" in p:
            del p["MIME-Version"]
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="000000000000%s" % rnd_hex(16))
    for p in parts:
        if "MIME-Version" in p:
            del p["MIME-Version"]
        m.attach(p)
    return m


def finalize(msg, hdrs):
    existing = list(msg._headers)
    msg._headers = []
    for k, v in hdrs:
        msg[k] = v
    if not any(k.lower() == "mime-version" for k, _ in hdrs):
        msg["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            msg._headers.append((k, v))
    return msg


def enc_subj(s, charset="utf-8", width=76, enc="B", keep_ascii_prefix=False):
    """Encoded-word subject folded over lines; own implementation so the charset label
    is exactly the one asked for (Python maps shift_jis headers to iso-2022-jp)."""
    prefix = ""
    if keep_ascii_prefix:
        m = re.match(r"^[\x20-\x7e]*?(?=\S*[^\x00-\x7f])", s)
        cut = s.rfind(" ", 0, m.end()) if m else -1
        if cut > 0:
            prefix, s = s[:cut], s[cut + 1:]
    words, cur = [], ""

    def encw(t):
        b = t.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        qq = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (charset, qq)
    for ch in s:
        if len(encw(cur + ch)) > width - 2 and cur:
            words.append(encw(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(encw(cur))
    out = ([prefix] if prefix else []) + words
    return "\n ".join(out)


def addr(name, address, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


# -------- Received / Authentication-Results chains

def gmail_in(to, when, helo_host, ip, mailfrom, ar, extra_top=()):
    """Headers as Gmail stores them for an inbound mail. ar: body of A-R (after 'mx.google.com;')."""
    t1 = when + dt.timedelta(seconds=1)
    t2 = when + dt.timedelta(seconds=2)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:7010:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
             R.randrange(4096, 65535), R.randrange(256, 4095), R.randrange(4096, 65535), R.randrange(256, 4095),
             "r" + str(R.randrange(10, 99)) + "csp" + str(R.randrange(10**6, 10**7)) + "mdb", pdt_str(t2))),
         ("X-Received", "by 2002:a05:620a:%x:b0:7c5:%x:%x with SMTP id af79cd13be357-%sa;\n        %s" % (
             R.randrange(4096, 65535), R.randrange(4096, 65535), R.randrange(4096, 65535), rnd_hex(10), pdt_str(t2))),
         ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
             int(t1.timestamp()), rnd_b64(100))),
         ("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ar),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
             helo_host, helo_host, ip, rnd_hex(12), R.randrange(100, 999), when.year, when.month, when.day, when.hour, when.minute, when.second, to, pdt_str(t1))),
         ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
             mailfrom, ip, ip)),
         ("Authentication-Results", "mx.google.com;\n       " + ar)]
    return list(extra_top) + h


def gmail_ar_ses(mailfrom, ip, from_dom="amazon.com", ok=True):
    if ok:
        return ("dkim=pass header.i=@%s header.s=%s header.b=%s;\n       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
            from_dom, rnd_hex(32)[:24], rnd_b64(6)[:8], rnd_b64(6)[:8], mailfrom, ip, mailfrom, from_dom))
    raise ValueError


def outlook_in(to, when, helo_host, ip, mailfrom_dom, ar_body, tenant="EUR05", corp=None):
    """Outlook / Exchange Online inbound. corp: recipient organisation host for the final hop."""
    t = when + dt.timedelta(seconds=2)
    host_a = "%s%s.prod.outlook.com" % (tenant, R.choice(["PR09", "AM8P", "DB9P", "PA4P"]) + "MB%04d" % R.randrange(1000, 9999))
    host_b = "%s.mail.protection.outlook.com" % (R.choice(["AM4PEPF", "DB1PEPF", "AMS0EPF"]) + "%08d" % R.randrange(10**5, 10**8))
    fmt = format_datetime(t.astimezone(UTC)).replace("-0000", "+0000")
    return [
        ("Received", "from %s (2603:10a6:%x:%x::%x)\n by %s with HTTPS; %s" % (
            host_b, R.randrange(16, 4095), R.randrange(16, 255), R.randrange(16, 255), host_a, fmt)),
        ("Received", "from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            helo_host, ip, host_b, R.randrange(2, 250), R.randrange(8000, 9000), R.randrange(10, 40), fmt)),
        ("Authentication-Results", ar_body),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, helo_host)),
    ]


def outlook_ar(mailfrom_dom, ip, dkim_doms, from_dom, dmarc="pass", compauth="pass reason=100", spf="pass"):
    parts = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mailfrom_dom)]
    for d, res in dkim_doms:
        parts.append(" dkim=%s (%s)\n header.d=%s;" % (res, "signature was verified" if res == "pass" else "signature did not verify", d))
    act = "none" if dmarc == "pass" else ("quarantine" if dmarc == "fail" else "none")
    parts.append("dmarc=%s action=%s header.from=%s;compauth=%s" % (dmarc, act, from_dom, compauth))
    return "".join(parts)


def jp_in(provider, to, when, helo_host, ip, mailfrom, ar_line):
    """Japanese ISP inbound (nifty, docomo, ocn, biglobe)."""
    t = (when + dt.timedelta(seconds=3)).astimezone(JST)
    fmt = format_datetime(t)
    mx = {"nifty": "mx.nifty.com", "docomo": "mfsmax.docomo.ne.jp", "ocn": "mx-ocn.ocn.ad.jp",
          "biglobe": "mail.biglobe.ne.jp"}[provider]
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s" % (
            helo_host, helo_host, ip, mx, rnd_hex(9).upper(), to, fmt)),
        ("Authentication-Results", ar_line),
    ]


def ses_received(when, ip, host):
    fmt = format_datetime(when.astimezone(UTC)).replace("-0000", "+0000")
    return ("Received", "from %s (%s [%s]) by email-smtp.us-east-1.amazonaws.com\n\twith SMTP (SimpleEmailService-d-%s) id %s;\n\t%s" % (
        "ip-10-%d-%d-%d.ec2.internal" % (R.randrange(256), R.randrange(256), R.randrange(256)), "localhost", "10.0.%d.%d" % (R.randrange(256), R.randrange(256)),
        rnd_hex(10).upper(), rnd_hex(20), fmt))


SES_IPS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"), ("a48-112.smtp-out.amazonses.com", "54.240.48.112"),
           ("a9-27.smtp-out.amazonses.com", "54.240.9.27"), ("a27-45.smtp-out.us-west-2.amazonses.com", "54.240.27.45"),
           ("a11-76.smtp-out.amazonses.com", "54.240.11.76")]

CREDLY_IPS = [("o1.ptr4217.credly.com", "149.72.180.34"), ("o3.ptr2091.em.credly.com", "167.89.101.209"),
              ("xtrwsqhq.outbound-mail.sendgrid.net", "149.72.123.24")]


def aws_headers(when, frm, to, subject, msgid=None, xtra=()):
    h = [("DKIM-Signature", dkim("amazon.com", "rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs", t=int(when.timestamp()))),
         ("DKIM-Signature", dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono",
                                 h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID", t=int(when.timestamp()))),
         ("From", frm), ("To", to), ("Subject", subject),
         ("Date", format_datetime(when.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", msgid or ses_msgid(when)), ("MIME-Version", "1.0")]
    h += list(xtra)
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rnd_b64(30)[:43]),
          ("X-SES-Outgoing", when.strftime("%Y.%m.%d") + "-" + R.choice(SES_IPS)[1])]
    return h


# -------- quoting styles

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_quote(when_str, who, text):
    return "On %s %s wrote:\n%s" % (when_str, who, q(text))


def outlook_quote(frm, sent, to, subject, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, text))


def original_message(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, text))


def jp_quote(header_line, text):
    return "%s\n%s" % (header_line, q(text))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_simple(new, quoted=None, font="Arial,Helvetica,sans-serif"):
    paras = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in new.strip().split("\n\n"))
    qh = ""
    if quoted:
        qh = ('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</div>' %
              esc(quoted).replace("\n", "<br>\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px;color:#16191f">\n%s%s</div></body></html>\n' % (font, paras, qh))


def aws_footer_html(case_id):
    return ('<hr style="border:none;border-top:1px solid #d5dbdb">'
            '<p style="font-size:12px;color:#687078">To see all correspondence for this case, visit the '
            '<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.<br>'
            'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>' % case_id)


# -------- writing

def write(name, msg, kind, case_id, ids, verified, lang, newtext):
    assert kind in ("case_created", "merge_confirmation_requested", "merge_completed", "survey",
                    "credly_badge_issued", "support_reply", "unrelated"), kind
    fn = name + ".eml"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(msg)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(buf.getvalue())
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                  "sender_verified": verified, "language": lang}
    NEWTEXT[fn] = newtext


# -------- self-check

ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def norm_ids(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        for c in (cs, "utf-8", "cp932", "iso-2022-jp"):
            try:
                out.append(raw.decode(c))
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            out.append(raw.decode("utf-8", "replace"))
    return "\n".join(out)


def check():
    import email
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    problems = []
    assert set(files) == set(LABELS), (set(files) ^ set(LABELS))
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        msg = email.message_from_bytes(raw)
        txt = decoded_text(msg)
        flat = re.sub(r"<[^>]+>", " ", txt)
        lab = LABELS[fn]
        found = norm_ids(flat)
        for a in lab["account_ids"]:
            if a not in found:
                problems.append("%s: id %s not in decoded text" % (fn, a))
        if norm_ids(NEWTEXT[fn]) != lab["account_ids"]:
            problems.append("%s: new-text ids %s != label %s" % (fn, norm_ids(NEWTEXT[fn]), lab["account_ids"]))
        if lab["case_id"] and lab["case_id"] not in flat:
            problems.append("%s: case id %s not in decoded text" % (fn, lab["case_id"]))
        if lab["case_id"] and len(lab["case_id"]) == 15:
            opened = int(lab["case_id"][:10])
            date = email.utils.parsedate_to_datetime(msg["Date"]).timestamp()
            if opened > date:
                problems.append("%s: case opened after Date" % fn)
        has_ar = msg.get_all("Authentication-Results")
        if (lab["sender_verified"] is None) != (not has_ar):
            problems.append("%s: sender_verified null vs A-R presence mismatch" % fn)
    return problems


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for m in MAILS:
        m()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    probs = check()
    from collections import Counter
    print(len(LABELS), "mails", dict(Counter(v["kind"] for v in LABELS.values())))
    for p in probs:
        print("PROBLEM", p)


# ================================================================ mails
MAILS = []


def mail(f):
    MAILS.append(f)
    return f


# ---- personas
DAN = ("Daniel Okafor", "daniel.okafor88@gmail.com")
TANAKA = ("田中 健太", "k.tanaka@nifty.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
MAREK = ("Marek Nowak", "marek.nowak@kestrel-data.eu")
MISAKI = ("佐藤 美咲", "misaki.sato.0412@gmail.com")
SHO = ("山本 翔", "sho-yamamoto@docomo.ne.jp")


# ---------------------------------------------------------------- 001-010

DAN_OPEN = dt.datetime(2025, 5, 26, 14, 3, 11, tzinfo=UTC)
DAN_CASE = "%d%05d" % (int(DAN_OPEN.timestamp()), 57039)


@mail
def m001():
    cid = DAN_CASE
    when = dt.datetime(2025, 5, 28, 16, 41, 5, tzinfo=UTC)
    new = """Hello Daniel,

Thank you for your patience while we worked on this.

Your certification history from AWS09921540 now lives under your primary candidate profile, AWS04417263. Going forward, please sign in with daniel.okafor88@gmail.com only; the former profile has been retired and will no longer accept logins.

Your active certifications, exam history and the 50% discount benefit are visible in the surviving profile. Digital badges are issued by Credly and can take up to 48 hours to reappear there.

If anything looks out of place, just reply to this e-mail.

Best regards,
Oluwaseun A.
AWS Training and Certification Customer Support
"""
    prev_agent = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

We have located two candidate profiles linked to you:

AWS04417263 - daniel.okafor88@gmail.com (this profile will be kept)
AWS09921540 - d.okafor@brightline-systems.com (this profile will be merged and closed)

Please note that a merge cannot be reversed once completed. Kindly reply to this e-mail to confirm that the above details are correct.

Best regards,
Oluwaseun A.
AWS Training and Certification Customer Support"""
    user = """The details are correct. Please proceed with the merge.

Thanks,
Daniel

""" + gmail_quote("Tue, May 27, 2025 at 7:58 AM", "Amazon Web Services <%s>" % AWS_FORM, prev_agent)
    quoted = gmail_quote("Tue, May 27, 2025 at 9:12 AM", "Daniel Okafor <daniel.okafor88@gmail.com>", user)
    plain = new + "\n" + quoted + "\n"
    body = alt(text_part(plain, cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    mf = ses_bounce(when)
    host, ip = SES_IPS[0]
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    hd = gmail_in(DAN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), DAN[1], subj)
    write("001-form-completion-now-lives-under", finalize(body, hd), "merge_completed", cid,
          ["AWS09921540", "AWS04417263"], True, "en", new)


PRIYA_OPEN = dt.datetime(2025, 6, 10, 8, 22, 40, tzinfo=UTC)
PRIYA_CASE = "174954376000417"   # 1749543760 == PRIYA_OPEN


@mail
def m002():
    cid = PRIYA_CASE
    when = dt.datetime(2025, 6, 13, 3, 15, 9, tzinfo=UTC)
    new = """Hello,

We're writing to let you know that your AWS Support case %s, "Combine my two Certification accounts", has been marked as resolved.

If you have further questions on this topic, you can reopen the case from the Support Center within 14 days. After that, please open a new case and mention this case ID.

Was your issue resolved?
Yes: https://support.console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes
No:  https://support.console.aws.amazon.com/support/feedback?caseId=%s&resolved=no

How would you rate the support you received? Your feedback helps us improve.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept replies.
""" % (cid, cid, cid)
    html = ('<html><body style="margin:0;background:#f2f3f3"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:\'Amazon Ember\',Arial,sans-serif;font-size:14px;color:#16191f">'
            '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>'
            '<tr><td style="padding:24px"><p>Hello,</p><p>We&#39;re writing to let you know that your AWS Support case <b>%s</b>, '
            '&quot;Combine my two Certification accounts&quot;, has been marked as resolved.</p>'
            '<p>If you have further questions on this topic, you can reopen the case from the Support Center within 14 days.</p>'
            '<p style="font-weight:bold">Was your issue resolved?</p>'
            '<a href="https://support.console.aws.amazon.com/support/feedback?caseId=%s&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">Yes</a> '
            '<a href="https://support.console.aws.amazon.com/support/feedback?caseId=%s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">No</a>'
            '<p>How would you rate the support you received? Your feedback helps us improve.</p><p>Sincerely,<br>Amazon Web Services</p></td></tr>'
            '<tr><td style="padding:0 24px 24px">%s</td></tr></table></td></tr></table></body></html>' % (cid, cid, cid, aws_footer_html(cid)))
    body = alt(text_part(new, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(PRIYA[1], when, host, ip, "amazonses.com", ar, tenant="SN7") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), PRIYA[1],
        "[Case %s] Your case has been resolved" % cid)
    write("002-console-case-resolved-yes-no", finalize(body, hd), "survey", cid, [], True, "en", new)
    return cid


@mail
def m003():
    when = dt.datetime(2025, 5, 29, 21, 7, 44, tzinfo=UTC)
    new = """AWS Training and Certification has issued you a badge

Hi Daniel,

AWS Training and Certification has issued you a badge for AWS Certified Solutions Architect - Associate. Accept your badge to manage, share and verify your competencies.

Accept your badge: https://www.credly.com/earner/earned/badge/5c1e7a02-93d4-4f1b-9b1e-0d4b6a8f2c31

Why accept your badge?
- Share your achievement on LinkedIn and other social networks
- Let employers verify your skills in one click
- Discover job opportunities matched to your skills

Questions? Visit https://support.credly.com

Credly, Inc. | 10 E 34th St, New York, NY 10016
Unsubscribe from these emails: https://www.credly.com/notification_preferences
"""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>'
            '<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">'
            '<table align="center" width="560" style="background:#fff;padding:32px">'
            '<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>'
            '<tr><td><h1 style="font-size:22px;color:#262626">AWS Training and Certification has issued you a badge</h1>'
            '<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate">'
            '<p>Hi Daniel,</p><p>AWS Training and Certification has issued you a badge for <b>AWS Certified Solutions Architect - Associate</b>. '
            'Accept your badge to manage, share and verify your competencies.</p>'
            '<p><a href="https://www.credly.com/earner/earned/badge/5c1e7a02-93d4-4f1b-9b1e-0d4b6a8f2c31" '
            'style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>'
            '<p style="font-size:12px;color:#777">Credly, Inc. | 10 E 34th St, New York, NY 10016<br>'
            '<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></p></td></tr></table></body></html>')
    body = alt(text_part(new, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable"))
    host, ip = CREDLY_IPS[0]
    mf = "bounces+21484937-8f2e-daniel.okafor88=gmail.com@em4217.credly.com"
    ar = ("dkim=pass header.i=@credly.com header.s=s1 header.b=Q2pX0bLk;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % (mf, ip, mf))
    hd = gmail_in(DAN[1], when, host, ip, mf, ar) + [
        ("DKIM-Signature", dkim("credly.com", "s1", h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", t=int(when.timestamp()))),
        ("From", addr("AWS Training and Certification via Credly", "admin@credly.com")),
        ("To", DAN[1]),
        ("Subject", "AWS Training and Certification has issued you a badge"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_b64(16).replace("/", "_").replace("+", "-").rstrip("="), R.randrange(1, 40))),
        ("MIME-Version", "1.0"),
        ("X-Feedback-ID", "21484937:SG"),
        ("X-SG-EID", rnd_b64(60)),
        ("List-Unsubscribe", "<https://www.credly.com/notification_preferences>")]
    write("003-credly-badge-issued-accept", finalize(body, hd), "credly_badge_issued", None, [], True, "en", new)


def credly_headers(to, when, frm_name="AWS Training and Certification via Credly", frm="admin@credly.com",
                   subject="", provider="gmail", ip_i=0, extra=()):
    host, ip = CREDLY_IPS[ip_i]
    local, dom = to.split("@")
    mf = "bounces+21484937-%s-%s=%s@em4217.credly.com" % (rnd_hex(4), local, dom)
    if provider == "gmail":
        ar = ("dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % (rnd_b64(6)[:8], mf, ip, mf))
        hd = gmail_in(to, when, host, ip, mf, ar)
    elif provider == "outlook":
        ar = outlook_ar("em4217.credly.com", ip, [("credly.com", "pass")], "credly.com")
        hd = outlook_in(to, when, host, ip, "em4217.credly.com", ar, tenant="BL1") + [("Return-Path", mf)]
    else:
        ar = "%s; spf=pass smtp.mailfrom=%s; dkim=pass header.d=credly.com header.s=s1 header.b=%s; dmarc=pass header.from=credly.com" % (
            {"nifty": "mx.nifty.com", "docomo": "mfsmax.docomo.ne.jp", "ocn": "ocn.ad.jp", "biglobe": "biglobe.ne.jp"}[provider], mf, rnd_b64(6)[:8])
        hd = jp_in(provider, to, when, host, ip, mf, ar)
    hd += [("DKIM-Signature", dkim("credly.com", "s1", h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", t=int(when.timestamp()))),
           ("From", addr(frm_name, frm)), ("To", to), ("Subject", subject),
           ("Date", format_datetime(when)),
           ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_b64(16).replace("/", "_").replace("+", "-").rstrip("="), R.randrange(1, 40))),
           ("MIME-Version", "1.0"), ("X-Feedback-ID", "21484937:SG"), ("X-SG-EID", rnd_b64(60))] + list(extra)
    return hd


# ---------------------------------------------------------------- 004-010

TANAKA_OPEN = dt.datetime(2025, 6, 2, 1, 47, 19, tzinfo=UTC)
TANAKA_CASE = "%d%05d" % (int(TANAKA_OPEN.timestamp()), 3314)


@mail
def m004():
    cid = TANAKA_CASE
    when = dt.datetime(2025, 6, 4, 2, 30, 51, tzinfo=UTC)
    new = """田中 健太 様

平素よりAWSトレーニングと認定をご利用いただき、誠にありがとうございます。
AWS カスタマーサポートの木村でございます。

先日ご確認いただきました内容に基づき、候補者ID AWS07730158 の受験履歴および認定資格を AWS02284519 へ移行する作業が、本日すべて完了いたしました。
今後は AWS02284519 に紐づくメールアドレス（k.tanaka@nifty.com）にてサインインくださいますよう、お願い申し上げます。なお、移行元のアカウントはご利用いただけなくなりますので、あらかじめご了承ください。

以上をもちまして、本件はクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信いただけますと幸いです。

今後ともAWSトレーニングと認定をよろしくお願い申し上げます。

木村 遥
Amazon Web Services カスタマーサポート
"""
    prev = """田中 健太 様

お問い合わせいただき、ありがとうございます。
以下の2つのアカウントを統合し、AWS02284519 を存続させる形でよろしいでしょうか。

・AWS02284519（k.tanaka@nifty.com）… 存続
・AWS07730158（kenta.tanaka@old-corp.co.jp）… 統合後に削除

統合後は元に戻すことができませんので、内容に相違がなければ本メールにご返信ください。

木村 遥
Amazon Web Services カスタマーサポート"""
    user = "内容に相違ございません。統合をお願いいたします。\n\n田中\n\n" + jp_quote(
        "2025年6月3日(火) 10:05 Amazon Web Services <%s>:" % AWS_FORM, prev)
    quoted = jp_quote("2025年6月3日(火) 12:41 田中 健太 <k.tanaka@nifty.com>:", user)
    body = text_part(new + "\n" + quoted + "\n", charset="iso-2022-jp", cte="7bit")
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    ar = ("mx.nifty.com; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s; dmarc=pass (p=quarantine dis=none) header.from=amazon.com" % (
        mf, rnd_b64(6)[:8], rnd_b64(6)[:8]))
    hd = jp_in("nifty", TANAKA[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), TANAKA[1],
        enc_subj("RE:[CASE %s] 【AWSトレーニングと認定】アカウント統合のご依頼" % cid, "iso-2022-jp"))
    write("004-ja-completion-and-closure-iso2022jp", finalize(body, hd), "merge_completed", cid,
          ["AWS07730158", "AWS02284519"], True, "ja", new)


@mail
def m005():
    when = dt.datetime(2025, 7, 2, 14, 0, 12, tzinfo=UTC)
    new = """Hi Misaki,

Your badge AWS Certified Developer - Associate, issued by AWS Training and Certification, will expire on August 31, 2025.

To keep your badge active, complete the recertification requirements before it expires. Visit the issuer's website to learn how to recertify:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7f0a8c5e-21d4-4a5e-8c3f-9b2d0e6a1f47

Once a badge expires it remains visible on your profile, marked as expired.

The Credly Team
Credly, Inc. | 10 E 34th St, New York, NY 10016
Manage notification settings: https://www.credly.com/notification_preferences
"""
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="quoted-printable"))
    hd = credly_headers(MISAKI[1], when, frm_name="Credly", subject="Your badge expires in 60 days", ip_i=1)
    write("005-credly-expiry-reminder", finalize(body, hd), "unrelated", None, [], True, "en", new)


@mail
def m006():
    when = dt.datetime(2025, 6, 18, 19, 22, 3, tzinfo=UTC)
    new = """Hi Priya,

We received a request to merge the Credly account priya.raman@ymail.com into your account priya.raman@outlook.com.

Your verification code is: 604318

Or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=4e1b0c77d2f84a0f9c6b3d5a8e2f1c90

When the merge is finished, all badges from the merged account will be visible in this account, and priya.raman@ymail.com will be added as a secondary email address. This code expires in 30 minutes.

If you didn't request this, you can safely ignore this email.

The Credly Team
"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6"><table width="520" align="center" style="background:#fff;padding:28px">'
            '<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr><tr><td>'
            '<p>Hi Priya,</p><p>We received a request to merge the Credly account <b>priya.raman@ymail.com</b> into your account <b>priya.raman@outlook.com</b>.</p>'
            '<p style="font-size:26px;letter-spacing:6px;font-weight:bold">604318</p>'
            '<p><a href="https://www.credly.com/users/account_merges/confirm?token=4e1b0c77d2f84a0f9c6b3d5a8e2f1c90" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Complete Account Merge</a></p>'
            '<p>When the merge is finished, all badges from the merged account will be visible in this account. This code expires in 30 minutes.</p>'
            '<p style="color:#888;font-size:12px">If you didn&#39;t request this, you can safely ignore this email.</p></td></tr></table></body></html>')
    body = alt(text_part(new, cte="7bit"), text_part(html, "html", cte="quoted-printable"))
    hd = credly_headers(PRIYA[1], when, frm_name="Credly", subject="Confirm your account merge", provider="outlook", ip_i=2)
    write("006-credly-self-service-merge-code", finalize(body, hd), "unrelated", None, [], True, "en", new)


@mail
def m007():
    when = dt.datetime(2025, 5, 30, 6, 12, 40, tzinfo=UTC)
    new = """Dear Certified Professional,

Following the recent merge of your AWS Certification accounts, 3 digital badges have been transferred to your Credly wallet and are waiting for your acceptance:

 - AWS Certified Solutions Architect - Associate
 - AWS Certified Cloud Practitioner
 - AWS Certified Developer - Associate

Please accept your transferred badges within 48 hours. Badges that are not accepted will be revoked and must be re-earned.

ACCEPT MY BADGES: https://credly-badgetransfer.com/accept?uid=daniel.okafor88%40gmail.com&ref=aws-merge

Thank you,
Credly Badge Services Team
"""
    body = alt(text_part(new, charset="us-ascii", cte="7bit"),
               text_part(html_simple(new, font="Verdana,sans-serif"), "html", cte="base64"))
    ip = "185.217.99.41"
    host = "mail.credly-badgetransfer.com"
    mf = "bounce@credly-badgetransfer.com"
    ar = ("dkim=pass header.i=@credly-badgetransfer.com header.s=default header.b=kP0qLr2d;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badgetransfer.com" % (mf, ip, mf))
    hd = gmail_in(DAN[1], when, host, ip, mf, ar) + [
        ("DKIM-Signature", dkim("credly-badgetransfer.com", "default")),
        ("From", addr("Credly Badges", "notify@credly-badgetransfer.com")),
        ("Reply-To", "support@credly-badgetransfer.com"),
        ("To", DAN[1]),
        ("Subject", "Action required: accept your transferred AWS badges"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@credly-badgetransfer.com>" % rnd_hex(24)),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0")]
    write("007-lookalike-credly-transferred-badges", finalize(body, hd), "credly_badge_issued", None, [], False, "en", new)


MISAKI_OPEN = dt.datetime(2025, 7, 14, 0, 36, 2, tzinfo=JST)
MISAKI_CASE = "%d%05d" % (int(MISAKI_OPEN.timestamp()), 31870)


@mail
def m008():
    cid = MISAKI_CASE
    when = dt.datetime(2025, 7, 17, 9, 3, 30, tzinfo=UTC)
    new = """佐藤 美咲 様

AWS サポートをご利用いただき、ありがとうございます。

お客様のサポートケース（ケース ID: %s、件名: 認定アカウントの統合について）は、解決済みとしてクローズされました。

今回のサポートはいかがでしたか？
1 分程度で終わる簡単なアンケートにご協力ください。いただいたご意見は、サービス向上のために活用させていただきます。

問題は解決しましたか？
　はい　: https://support.console.aws.amazon.com/support/feedback?caseId=%s&answer=1&language=ja
　いいえ: https://support.console.aws.amazon.com/support/feedback?caseId=%s&answer=0&language=ja

ケースは 14 日以内であればサポートセンターから再オープンできます。

このメールアドレスは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""" % (cid, cid, cid)
    body = text_part(new, charset="shift_jis", cte="base64")
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MISAKI[1],
        enc_subj("[ケース %s] ご利用いただいたサポートへの評価のお願い" % cid, "shift_jis"))
    write("008-ja-closure-survey-shiftjis", finalize(body, hd), "survey", cid, [], True, "ja", new)


@mail
def m009():
    cid = PRIYA_CASE
    when = dt.datetime(2025, 6, 16, 11, 58, 27, tzinfo=UTC)
    new = """Hello,

Your AWS Support case %s has been reopened because new correspondence was added to it.

Case ID: %s
Subject: Combine my two Certification accounts
Severity: General guidance
Status: Reopened

An AWS Support agent will review the updated case and respond. You can view the case at any time in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail; this address cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new) .replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(PRIYA[1], when, host, ip, "amazonses.com", ar, tenant="SN7") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), PRIYA[1], "[Case %s] Your case has been reopened" % cid)
    write("009-console-case-reopened-notice", finalize(body, hd), "support_reply", cid, [], True, "en", new)


@mail
def m010():
    cid = PRIYA_CASE
    when = dt.datetime(2025, 6, 17, 15, 20, 2, tzinfo=UTC)
    new = """Hello Priya,

Thank you for coming back to us, and please accept our apologies for the oversight.

You are right: a third profile, AWS-03390217, registered with priya.raman@ymail.com, was not part of the original request. I have now folded it into AWS 05518832 as well. The Solutions Architect - Associate result from 2021 that was sitting on that profile now appears alongside your other certifications, and only one candidate record remains under your name.

Please allow up to 24 hours for the Certification Account page to refresh.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Ines M.
Amazon Web Services
"""
    foot = """
===========================================================

To see all correspondence or to reply, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this correspondence, please use the link above.

===========================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % cid
    body = alt(text_part(new + foot, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(PRIYA[1], when, host, ip, "amazonses.com", ar, tenant="SN7") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), PRIYA[1], "RE:[CASE %s] Combine my two Certification accounts" % cid)
    write("010-reopened-case-third-profile-folded-in", finalize(body, hd), "merge_completed", cid,
          ["AWS03390217", "AWS05518832"], True, "en", new)


# ---------------------------------------------------------------- 011-020
CHEN = ("Chen Wei", "chen.wei.dev@gmail.com")
MAREK_CASE = "12187345021"
SHO_OPEN = dt.datetime(2025, 9, 8, 22, 14, 55, tzinfo=UTC)
SHO_CASE = "%d%05d" % (int(SHO_OPEN.timestamp()), 7302)


def exchange_hdrs(when, host, ip, mf_dom, ar):
    return outlook_in(MAREK[1], when, host, ip, mf_dom, ar, tenant="AM9") + [
        ("X-MS-Exchange-Organization-AuthSource", "AMS0EPF000001A2.eurprd05.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1")]


@mail
def m011():
    when = dt.datetime(2023, 3, 14, 10, 2, 38, tzinfo=UTC)
    new = """Dear Marek,

Thank you for your reply and for the confirmation of the account details.

I have forwarded your request to our Certification operations team. Once the merge is complete, we will inform you by e-mail and the account AWS08815377 will not be usable anymore. Until then kindly do not schedule any new exam on either of the profiles, as an open appointment can block the process.

Usually this takes 3 to 5 business days. We appreciate your patience and understanding.

Kind regards,
Rahul S.
AWS Training & Certification Support
"""
    agent_prev = """Dear Marek,

Greetings from AWS Training and Certification!

As per our verification we found below two profiles:

AWS06642091 - marek.nowak@kestrel-data.eu (primary, will be retained)
AWS08815377 - marek.nowak84@wp.pl (will be merged into the primary)

Please note that once the accounts are merged the action can not be reversed. Kindly reply to this email to confirm if we can proceed.

Kind regards,
Rahul S.
AWS Training & Certification Support"""
    user = """Hello Rahul,

Yes, that is correct. Please go ahead and merge the wp.pl profile into the company one.

Best regards
Marek Nowak
Senior Data Engineer | Kestrel Data Sp. z o.o.

""" + outlook_quote("Amazon Web Services <%s>" % AWS_FORM, "Monday, March 13, 2023 4:47 PM",
                    "Marek Nowak <%s>" % MAREK[1],
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAREK_CASE, agent_prev)
    quoted = outlook_quote("Marek Nowak <%s>" % MAREK[1], "Tuesday, March 14, 2023 8:31 AM",
                           "Amazon Web Services <%s>" % AWS_FORM,
                           "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAREK_CASE, user)
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = exchange_hdrs(when, host, ip, "amazonses.com", ar) + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), MAREK[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAREK_CASE)
    write("011-forwarded-to-ops-once-merge-complete", finalize(body, hd), "support_reply", MAREK_CASE,
          ["AWS08815377"], True, "en", new)


@mail
def m012():
    when = dt.datetime(2025, 9, 10, 4, 51, 13, tzinfo=UTC)
    new = """山本 翔 様

ご返信いただき、誠にありがとうございます。
統合内容についてご確認いただきましたので、これより統合の手続きを進めてまいります。

作業が完了いたしましたら、改めて本メールアドレス宛にご連絡申し上げます。
通常、1～3営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。

なお、手続き中は試験のご予約やアカウント情報の変更をお控えいただけますと幸いです。

引き続きどうぞよろしくお願いいたします。

AWSトレーニングと認定 カスタマーサポート
小林
"""
    user = "確認しました。内容に間違いありません。よろしくお願いします。\n\n山本\n\n--------\nドコモメールから送信"
    quoted = jp_quote("2025/09/10 9:02、山本 翔 <sho-yamamoto@docomo.ne.jp> のメール:", user)
    body = text_part(new + "\n" + quoted + "\n", charset="utf-8", cte="base64")
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    ar = ("mfsmax.docomo.ne.jp; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs; dmarc=pass header.from=amazon.com" % mf)
    hd = jp_in("docomo", SHO[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), SHO[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % SHO_CASE)
    write("012-ja-thanks-for-confirming-will-proceed", finalize(body, hd), "support_reply", SHO_CASE,
          [], True, "ja", new)


CHEN_C1_OPEN = dt.datetime(2025, 2, 3, 17, 40, 9, tzinfo=UTC)
CHEN_C1 = "%d%05d" % (int(CHEN_C1_OPEN.timestamp()), 55210)


@mail
def m013():
    when = dt.datetime(2025, 2, 12, 18, 5, 47, tzinfo=UTC)
    new = """Hello Chen,

We have not received a response to our last message in which we asked for the e-mail address used on your second Certification account. As a result, this case is now closed.

If you still need help, simply reply to this e-mail within 14 days and your case will be reopened automatically. Please do not open a new case for the same request.

How did we do?
We'd love to hear about your experience. Please take a moment to rate your interaction with AWS Training and Certification Customer Support:
https://survey.aws-training.amazon.com/s/csat?case=%s

Thank you for contacting AWS Training and Certification.

Regards,
AWS Training and Certification Customer Support
""" % CHEN_C1
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="base64"))
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), CHEN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CHEN_C1)
    write("013-closed-for-no-response-rate-us", finalize(body, hd), "survey", CHEN_C1, [], True, "en", new)


@mail
def m014():
    cid = MISAKI_CASE
    when = dt.datetime(2025, 7, 15, 2, 18, 6, tzinfo=UTC)
    new = """佐藤 美咲 様

お問い合わせいただき、誠にありがとうございます。
AWSトレーニングと認定 カスタマーサポートの山田と申します。

ご依頼いただきましたアカウントの統合につきまして、以下の内容で手続きを進めさせていただきたく存じます。

【存続するアカウント】
　AWS01153386（misaki.sato.0412@gmail.com）

【統合元のアカウント ※統合後は無効となります】
　AWS04409972（m-sato@tsukuba-ex.ac.jp）

統合元アカウントに記録されている認定資格および受験履歴は、すべて存続するアカウントへ引き継がれます。
なお、統合後に元の状態へ戻すことはできませんので、ご注意ください。

上記の内容でお間違いがなければ、サポートセンターより本ケースに「問題ありません」とご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

山田 直子
Amazon Web Services
"""
    foot = """
===========================================================
このケースのすべてのやり取りの確認や返信は、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
===========================================================
""" % cid
    body = alt(text_part(new + foot, cte="quoted-printable"),
               text_part(html_simple(new + foot), "html", cte="quoted-printable"))
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MISAKI[1],
        enc_subj("RE:[CASE %s] 認定アカウントの統合について" % cid, "utf-8", keep_ascii_prefix=True))
    write("014-ja-console-confirm-which-survives", finalize(body, hd), "merge_confirmation_requested", cid,
          ["AWS01153386", "AWS04409972"], True, "ja", new)


@mail
def m015():
    cid = "15720398841"
    when = dt.datetime(2025, 6, 20, 13, 33, 0, tzinfo=UTC)
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request regarding the suppressed listing for ASIN B0C7K2ZQ4M. The listing has been reinstated and should be visible on the detail page within 24 hours. We are now closing this case.

Did we solve your problem?
Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s&solved=1
No:  https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s&solved=0

Please rate your experience with Selling Partner Support so we can keep improving.

Regards,
Mariana
Amazon Selling Partner Support

To view or respond to this case, visit Case Log in Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = ("a11-30.smtp-out.amazonses.com", "54.240.11.30")
    mf = ses_bounce(when)
    hd = gmail_in(DAN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Selling Partner Support", "seller-support-noreply@amazon.com"), DAN[1],
        "RE:[CASE %s] Listing suppressed - ASIN B0C7K2ZQ4M" % cid)
    write("015-seller-central-case-closed-survey", finalize(body, hd), "unrelated", cid, [], True, "en", new)


@mail
def m016():
    opened = dt.datetime(2025, 8, 4, 9, 12, 30, tzinfo=UTC)
    cid = case15(opened)
    when = dt.datetime(2025, 8, 6, 20, 44, 18, tzinfo=UTC)
    new = """Hello,

We're writing to let you know that your AWS Support case %s, "Unexpected charges for NAT Gateway in eu-west-1", has been marked as resolved.

If you have further questions on this topic, you can reopen the case from the Support Center within 14 days.

Was your issue resolved?
Yes: https://support.console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes
No:  https://support.console.aws.amazon.com/support/feedback?caseId=%s&resolved=no

How would you rate the support you received? Your feedback helps us improve.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept replies.
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), CHEN[1], "[Case %s] Your case has been resolved" % cid)
    write("016-billing-case-resolved-lookalike", finalize(body, hd), "unrelated", cid, [], True, "en", new)


@mail
def m017():
    when = dt.datetime(2025, 7, 22, 15, 30, 1, tzinfo=UTC)
    new = """AWS Certification wants to hear from you

Dear Misaki Sato,

Thank you for being part of the AWS Certification community. We are always looking for ways to improve the certification experience and would appreciate a few minutes of your time.

Please complete our short survey about your recent experience with your AWS Certification Account (candidate ID AWS01153386):
https://aws.certmetrics.com/amazon/survey/start?sid=8f31c2a0b7e94d6f

The survey takes about 5 minutes and your answers are confidential.

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this e-mail.
"""
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = ("mail-out2.certmetrics.com", "198.2.176.40")
    mf = "bounce-mc.us7_1204981.884102-misaki.sato.0412=gmail.com@mail218.atl61.mcsv.net"
    ar = ("dkim=pass header.i=@certmetrics.com header.s=k1 header.b=aX9pQe2L;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com" % (mf, ip, mf))
    hd = gmail_in(MISAKI[1], when, host, ip, mf, ar) + [
        ("DKIM-Signature", dkim("certmetrics.com", "k1")),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", addr("Misaki Sato", MISAKI[1])),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s.%s@certmetrics.com>" % (rnd_hex(16), rnd_hex(8))),
        ("MIME-Version", "1.0")]
    write("017-certmetrics-wants-to-hear-from-you", finalize(body, hd), "unrelated", None,
          ["AWS01153386"], False, "en", new)


@mail
def m018():
    when = dt.datetime(2025, 9, 12, 8, 40, 22, tzinfo=UTC)
    new = """山本 翔 さん

AWS Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

バッジを受け取ると、LinkedIn などで実績を共有したり、スキルを簡単に証明したりできます。

バッジを受け取る: https://www.credly.com/earner/earned/badge/0b6e2d9c-4f1a-4c57-a3e2-91d7c8f05b12

※アカウント統合に伴い、以前のアカウントで取得されたバッジもこちらのアカウントに表示されます。

Credly チーム
Credly, Inc. | 10 E 34th St, New York, NY 10016
通知設定の変更: https://www.credly.com/notification_preferences
"""
    body = alt(text_part(new, cte="base64"), text_part(html_simple(new, font="'Hiragino Sans',Meiryo,sans-serif"), "html", cte="base64"))
    hd = credly_headers(SHO[1], when, subject=enc_subj("バッジが発行されました：AWS Certified Cloud Practitioner", "utf-8"),
                        provider="docomo", ip_i=1)
    write("018-ja-credly-badge-issued-docomo", finalize(body, hd), "credly_badge_issued", None, [], True, "ja", new)


CHEN_C2_OPEN = dt.datetime(2025, 3, 1, 12, 30, 45, tzinfo=UTC)
CHEN_C2 = "%d%05d" % (int(CHEN_C2_OPEN.timestamp()), 41933)


@mail
def m019():
    when = dt.datetime(2025, 3, 3, 7, 9, 52, tzinfo=UTC)
    new = """Hello,

New correspondence has been added to your AWS Support case.

Case ID: %s
Subject: Please merge my two AWS Certification accounts
Severity: General guidance
Correspondence: AWS Support has replied to your case.

To view the reply and respond, please sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail address cannot accept replies.

Sincerely,
Amazon Web Services
""" % (CHEN_C2, CHEN_C2)
    body = alt(text_part(new, cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), CHEN[1], "[Case %s] New correspondence added" % CHEN_C2)
    write("019-console-new-correspondence-notice", finalize(body, hd), "support_reply", CHEN_C2, [], True, "en", new)


@mail
def m020():
    when = dt.datetime(2023, 3, 17, 13, 26, 9, tzinfo=UTC)
    new = """Dear Marek,

Hope you are doing well.

We are glad to inform that the requested unification of your two candidate profiles has been successfully carried out by our team. From now on, please use only AWS06642091 for login, exam registration and for your certification benefits. All the exam history and certificates which were earlier in the other profile are reflecting there.

Kindly note that Credly badges may take 1-2 days for getting updated.

Please do not hesitate to contact us for any further assistance.

Kind regards,
Rahul S.
AWS Training & Certification Support
"""
    quoted = original_message("Amazon Web Services <%s>" % AWS_FORM, "Tuesday, March 14, 2023 11:02 AM",
                              "Marek Nowak <%s>" % MAREK[1],
                              "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAREK_CASE,
                              """Dear Marek,

Thank you for your reply and for the confirmation of the account details.

I have forwarded your request to our Certification operations team. Once the merge is complete, we will inform you by e-mail and the account AWS08815377 will not be usable anymore.

Kind regards,
Rahul S.""")
    body = text_part(new + "\n" + quoted + "\n", charset="utf-8", cte="quoted-printable")
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = exchange_hdrs(when, host, ip, "amazonses.com", ar) + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), MAREK[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAREK_CASE)
    write("020-unification-carried-out-nonnative", finalize(body, hd), "merge_completed", MAREK_CASE,
          ["AWS06642091"], True, "en", new)


# ---------------------------------------------------------------- 021-030
CHEN_IDS = ("AWS07719023", "AWS02650188")
LUKAS = ("Lukas Brandt", "lukas.brandt@hotmail.de")


@mail
def m021():
    when = dt.datetime(2025, 5, 29, 16, 45, 0, tzinfo=UTC)
    stars = "".join(
        '<td align="center"><a href="https://survey.aws-training.amazon.com/s/csat?case=%s&amp;score=%d" style="display:block;width:44px;height:44px;line-height:44px;border:1px solid #ec7211;color:#ec7211;text-decoration:none;font-weight:bold">%d</a></td>' % (DAN_CASE, i, i)
        for i in range(1, 6))
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Tell us about your experience</title></head>'
            '<body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>'
            '<tr><td style="padding:28px 24px;font-size:14px;color:#16191f;line-height:1.5">'
            '<p>Hello Daniel,</p>'
            '<p>Recently you contacted AWS Training and Certification Customer Support about case <b>%s</b>. '
            'We&rsquo;d like to know how we did.</p>'
            '<p><b>How satisfied were you with the support you received?</b><br>(1 = very dissatisfied, 5 = very satisfied)</p>'
            '<table cellpadding="4"><tr>%s</tr></table>'
            '<p>The survey has only three questions and takes less than two minutes. Your responses go directly to the team that handled your request.</p>'
            '<p>Thank you,<br>AWS Training and Certification Customer Experience</p>'
            '</td></tr><tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #d5dbdb">'
            'You are receiving this survey because you recently contacted AWS Training and Certification. '
            'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.'
            '</td></tr></table></td></tr></table></body></html>' % (DAN_CASE, stars))
    newtext = re.sub(r"<[^>]+>", " ", html)
    body = text_part(html, "html", cte="quoted-printable")
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    hd = gmail_in(DAN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), DAN[1],
        "How did we do? Your feedback on case %s" % DAN_CASE)
    write("021-html-only-csat-star-rating", finalize(body, hd), "survey", DAN_CASE, [], True, "en", newtext)


@mail
def m022():
    when = dt.datetime(2023, 3, 21, 9, 0, 14, tzinfo=UTC)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<style>td{font-family:Arial,sans-serif;font-size:14px;color:#232f3e}</style></head><body>'
            '<table width="640" align="center" cellspacing="0" cellpadding="0">'
            '<tr><td style="border-bottom:3px solid #ff9900;padding:12px 0"><img src="https://d1.awsstatic.com/training-and-certification/T&amp;C-logo.png" alt="AWS Training and Certification" height="32"></td></tr>'
            '<tr><td style="padding:20px 0"><h2 style="margin:0 0 12px 0">Case closed</h2>'
            '<p>Dear Marek Nowak,</p>'
            '<p>Your case <b>%s</b> has been closed. We hope we were able to help you.</p>'
            '<p>If the issue has not been fully addressed, reply to this message within 14 days and the case will be reopened for you.</p>'
            '<p style="margin-top:24px"><b>Was your issue resolved?</b></p>'
            '<p><a href="https://survey.aws-training.amazon.com/s/resolved?c=%s&amp;r=Y">YES</a> &nbsp;|&nbsp; '
            '<a href="https://survey.aws-training.amazon.com/s/resolved?c=%s&amp;r=N">NO</a></p>'
            '<p>Rate the agent who handled your case: <a href="https://survey.aws-training.amazon.com/s/agent?c=%s">Give feedback</a></p>'
            '<p>Sincerely,<br>AWS Training and Certification Customer Support</p></td></tr>'
            '<tr><td style="font-size:11px;color:#8d99a8;padding-top:16px;border-top:1px solid #eaeded">'
            'This is a service e-mail related to your case. Amazon Web Services, Inc. | 410 Terry Ave. North | Seattle, WA 98109</td></tr>'
            '</table></body></html>' % ((MAREK_CASE,) * 4))
    body = text_part(html, "html", cte="base64")
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = exchange_hdrs(when, host, ip, "amazonses.com", ar) + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), MAREK[1], "Your case %s has been closed" % MAREK_CASE)
    write("022-html-only-case-closed-yes-no", finalize(body, hd), "survey", MAREK_CASE, [], True, "en",
          re.sub(r"<[^>]+>", " ", html))


@mail
def m023():
    when = dt.datetime(2025, 5, 31, 23, 14, 5, tzinfo=UTC)
    new = """Dear AWS Certified Customer,

Your AWS Certification accounts AWS04417263 and AWS09921540 have been merged successfully.

To keep your certifications and exam benefits active on the merged account, you must re-verify your identity within 24 hours. Unverified accounts will be suspended and the certifications removed.

Verify now: http://aws-certmerge-verify.com/login?case=%s

Thank you,
AWS Training and Certification Team
""" % DAN_CASE
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="base64"))
    ip = "45.135.232.17"
    host = "vps-4512.hostzone-srv.net"
    mf = "www-data@vps-4512.hostzone-srv.net"
    ar = ("spf=none (google.com: www-data@vps-4512.hostzone-srv.net does not designate permitted sender hosts) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % mf)
    hd = gmail_in(DAN[1], when, host, ip, mf, ar)
    hd = [(k, v.replace("Received-SPF: pass", "")) for k, v in hd]
    hd = [(k, ("none (google.com: %s does not designate permitted sender hosts) client-ip=%s;" % (mf, ip)) if k == "Received-SPF" else v) for k, v in hd]
    hd += [("From", addr("Amazon Web Services", AWS_FORM)),
           ("To", DAN[1]),
           ("Subject", "RE:[CASE %s] Your accounts have been merged - action required" % DAN_CASE),
           ("Date", format_datetime(when)),
           ("Message-ID", "<%s@vps-4512.hostzone-srv.net>" % rnd_hex(20)),
           ("X-Mailer", "PHPMailer 6.0.7"),
           ("MIME-Version", "1.0")]
    write("023-spoofed-merge-done-dmarc-fail", finalize(body, hd), "merge_completed", DAN_CASE,
          ["AWS04417263", "AWS09921540"], False, "en", new)


@mail
def m024():
    when = dt.datetime(2025, 6, 2, 10, 17, 33, tzinfo=UTC)
    new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightline-systems/infra-modules/pull/412#event-17984420551
You are receiving this because you authored the thread.

Message ID: <brightline-systems/infra-modules/pull/412/issue_event/17984420551@github.com>
"""
    html = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/brightline-systems/infra-modules/pull/412">#412</a> into main.</p>'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/brightline-systems/infra-modules/pull/412#event-17984420551">view it on GitHub</a>.<br>'
            'You are receiving this because you authored the thread.</p>')
    body = alt(text_part(new, cte="7bit"), text_part(html, "html", cte="7bit"))
    host, ip = ("out-21.smtp.github.com", "192.30.252.204")
    mf = "noreply@github.com"
    ar = ("dkim=pass header.i=@github.com header.s=pf2023 header.b=Fq1HgT9w;\n       spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com" % ip)
    hd = gmail_in(DAN[1], when, host, ip, mf, ar) + [
        ("DKIM-Signature", dkim("github.com", "pf2023")),
        ("From", addr("Tomasz Wrona", "notifications@github.com")),
        ("Reply-To", "brightline-systems/infra-modules <reply+AB3KQ7ZL4Y2XQ3M5F6@reply.github.com>"),
        ("To", "brightline-systems/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", "Daniel Okafor <daniel.okafor88@gmail.com>, Author <author@noreply.github.com>"),
        ("Subject", "Re: [brightline-systems/infra-modules] Merge duplicate IAM account modules (PR #412)"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<brightline-systems/infra-modules/pull/412/issue_event/17984420551@github.com>"),
        ("In-Reply-To", "<brightline-systems/infra-modules/pull/412@github.com>"),
        ("References", "<brightline-systems/infra-modules/pull/412@github.com>"),
        ("MIME-Version", "1.0"),
        ("X-GitHub-Reason", "author"),
        ("List-ID", "brightline-systems/infra-modules <infra-modules.brightline-systems.github.com>")]
    write("024-github-pr-merged-notification", finalize(body, hd), "unrelated", None, [], False, "en", new)


@mail
def m025():
    when = dt.datetime(2023, 3, 18, 22, 5, 41, tzinfo=UTC)
    new = """Congratulations, Marek!

You’ve earned a badge from AWS Training and Certification – “AWS Certified Data Analytics – Specialty”. It’s now waiting in your Credly wallet.

Accept your badge: https://www.credly.com/earner/earned/badge/a31f9e0c-6d2b-4c4e-b0a7-5e8d17c2f903

Once accepted, you can add it to your LinkedIn profile, your e‑mail signature or your résumé.

Questions? https://support.credly.com

Credly, Inc. · 10 E 34th St · New York, NY 10016
"""
    # UTF-8 bytes, but the part is labelled iso-8859-1 (a real mis-labelling seen in the wild)
    body = alt(text_part(new, charset="utf-8", declared="iso-8859-1", cte="quoted-printable"),
               text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="quoted-printable"))
    host, ip = CREDLY_IPS[0]
    mf = "bounces+21484937-1a2b-marek.nowak=kestrel-data.eu@em4217.credly.com"
    ar = outlook_ar("em4217.credly.com", ip, [("credly.com", "pass")], "credly.com")
    hd = exchange_hdrs(when, host, ip, "em4217.credly.com", ar) + [("Return-Path", mf),
        ("DKIM-Signature", dkim("credly.com", "s1")),
        ("From", addr("AWS Training and Certification via Credly", "admin@credly.com")),
        ("To", MAREK[1]),
        ("Subject", "Congratulations, Marek! You've earned a badge"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@geopod-ismtpd-12>" % rnd_hex(22)),
        ("MIME-Version", "1.0")]
    write("025-credly-badge-mislabelled-charset", finalize(body, hd), "credly_badge_issued", None, [], True, "en", new)


@mail
def m026():
    when = CHEN_C1_OPEN + dt.timedelta(seconds=41)
    new = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and created case %s.

A member of our support team will review your inquiry and respond within 24 hours. To add information to this request, reply to this e-mail and keep the case number in the subject line. Please do not submit a new form for the same request, as this may delay our response.

Summary of your submission:
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: aws07719023
Description: I have two certification accounts (one from my old job). Please merge them into one, I want to keep this one.

Regards,
AWS Training and Certification Customer Support
""" % CHEN_C1
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), CHEN[1],
        "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CHEN_C1)
    write("026-form-acknowledgement-with-summary", finalize(body, hd), "case_created", CHEN_C1,
          ["AWS07719023"], True, "en", new)


@mail
def m027():
    when = MISAKI_OPEN + dt.timedelta(seconds=19)
    cid = MISAKI_CASE
    new = """AWS サポートをご利用いただきありがとうございます。お客様の問題に対応するため、ケース %s を作成しました。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
説明: AWS認定のアカウントが2つあります（大学のメールと個人のメール）。AWS 01153386 の方に統合していただけますか。

サポートセンターでケースの詳細を確認したり、情報を追加したりできます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。このメールにご返信いただいても、ケースには追加されません。

Amazon Web Services
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MISAKI[1],
        enc_subj("Amazon Web Services: 新しいサポートケースが作成されました: %s" % cid, "utf-8", enc="Q"))
    write("027-ja-console-case-opened", finalize(body, hd), "case_created", cid, ["AWS01153386"], True, "ja", new)


@mail
def m028():
    when = dt.datetime(2025, 2, 7, 15, 22, 10, tzinfo=UTC)
    new = """Hello Chen,

I am following up on my previous message below. We have not yet heard back from you.

To continue, we still need the e-mail address you used to sign in to your second AWS Certification account. If you no longer remember it, the name of the company you worked for at the time of the exam will also help us to locate the profile.

If we do not hear from you, this case will be closed automatically in 5 days.

Best regards,
Jorge P.
AWS Training and Certification Customer Support
"""
    prev = """Hello Chen,

Thank you for reaching out. I could locate the account aws07719023 linked to chen.wei.dev@gmail.com. However, I could not find a second account with the details you provided.

Could you please share the e-mail address that was used to create the other Certification account?

Best regards,
Jorge P.
AWS Training and Certification Customer Support"""
    quoted = "---- Original message ----\nFrom: Amazon Web Services <%s>\nDate: Tue, 4 Feb 2025 11:10:32 +0000\nSubject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n%s" % (AWS_FORM, CHEN_C1, prev)
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), CHEN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CHEN_C1)
    write("028-chaser-still-need-login-email", finalize(body, hd), "support_reply", CHEN_C1, [], True, "en", new)


@mail
def m029():
    when = dt.datetime(2020, 9, 24, 18, 31, 2, tzinfo=UTC)
    new = """AWS Training and Certification has issued you a new badge

Hi Lukas,

AWS Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge. Accept your badge and share it with your network to show off your achievement.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/e8d04f1c-2a77-4b19-86c5-3f0a9b61d2e4

Acclaim is now Credly. Your badges and account will remain the same.

Acclaim by Credly | 10 E 34th St, New York, NY 10016
Notification settings: https://www.youracclaim.com/notification_preferences
"""
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = ("o2.ptr3381.youracclaim.com", "167.89.75.118")
    mf = "bounces+7712930-f3c1-lukas.brandt=hotmail.de@em.youracclaim.com"
    ar = outlook_ar("em.youracclaim.com", ip, [("youracclaim.com", "pass")], "youracclaim.com")
    hd = outlook_in(LUKAS[1], when, host, ip, "em.youracclaim.com", ar, tenant="DB5") + [("Return-Path", mf),
        ("DKIM-Signature", dkim("youracclaim.com", "s1")),
        ("From", addr("AWS Training and Certification via Acclaim", "admin@youracclaim.com")),
        ("To", LUKAS[1]),
        ("Subject", "AWS Training and Certification has issued you a new badge"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@ismtpd0012p1mdw1.sendgrid.net>" % rnd_hex(22)),
        ("MIME-Version", "1.0")]
    write("029-acclaim-badge-issued-2020", finalize(body, hd), "credly_badge_issued", None, [], True, "en", new)


@mail
def m030():
    when = dt.datetime(2025, 7, 5, 3, 48, 20, tzinfo=UTC)
    new = """Your Credly account will be suspended

Dear user,

We detected unusual sign-in activity on your Credly account. To protect your digital credentials, your account will be suspended within 24 hours unless you verify your email address.

Verify email: https://credly-security-alert.com/verify?u=misaki.sato.0412

If your account is suspended, your badges will no longer be visible to employers.

Credly Trust & Safety
"""
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    ip = "103.151.44.208"
    host = "mta7.credly-security-alert.com"
    mf = "info@credly-security-alert.com"
    ar = ("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly-security-alert.com" % (mf, ip, mf))
    hd = gmail_in(MISAKI[1], when, host, ip, mf, ar) + [
        ("From", addr("Credly Support", "support@credly-security-alert.com")),
        ("To", MISAKI[1]),
        ("Subject", "Important: Your Credly account will be suspended"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@mta7.credly-security-alert.com>" % rnd_hex(18)),
        ("MIME-Version", "1.0")]
    write("030-lookalike-credly-suspension-phish", finalize(body, hd), "unrelated", None, [], False, "en", new)


# ---------------------------------------------------------------- 031-040
SOFIA = ("Sofia Marino", "sofia.marino@studio-marino.it")
SOFIA_CASE = "7419203348"
LUKAS_CASE = "7288105562"


@mail
def m031():
    when = dt.datetime(2025, 9, 11, 6, 2, 44, tzinfo=UTC)
    new = """山本 翔 様

いつもお世話になっております。
AWSトレーニングと認定 カスタマーサポートの小林でございます。

ご依頼いただいておりました件につきまして、AWS03327745 と AWS09054418 の2つのアカウントを、AWS03327745 に一本化いたしました。

一本化後のアカウントでは、以下をご確認いただけます。
① 取得済みの認定資格
② これまでの受験履歴
③ 受験割引などの特典

なお、AWS09054418 には今後サインインいただけませんのでご注意ください。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にご返信ください。

AWSトレーニングと認定 カスタマーサポート
小林
"""
    user = "確認しました。内容に間違いありません。よろしくお願いします。\n\n山本"
    quoted = jp_quote("2025/09/10 9:02、山本 翔 <sho-yamamoto@docomo.ne.jp> のメール:", user)
    # cp932-only characters (①②③) in a part labelled Shift_JIS, sent 8bit
    body = text_part(new + "\n" + quoted + "\n", charset="shift_jis", encode_as="cp932", declared="Shift_JIS", cte="8bit")
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    ar = ("mfsmax.docomo.ne.jp; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs; dmarc=pass header.from=amazon.com" % mf)
    hd = jp_in("docomo", SHO[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), SHO[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % SHO_CASE)
    write("031-ja-accounts-ichihonka-shiftjis-8bit", finalize(body, hd), "merge_completed", SHO_CASE,
          ["AWS03327745", "AWS09054418"], True, "ja", new)


@mail
def m032():
    when = dt.datetime(2025, 6, 6, 0, 30, 0, tzinfo=UTC)
    new = """田中 健太 様

先日は AWSトレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございました。

サービス品質向上のため、お問い合わせ（ケース番号：%s）に関するアンケートへのご協力をお願いしております。
担当者の対応について、満足度をお聞かせください。

　とても満足　　: https://survey.aws-training.amazon.com/s/csat?case=%s&score=5&lang=ja
　満足　　　　　: https://survey.aws-training.amazon.com/s/csat?case=%s&score=4&lang=ja
　どちらでもない: https://survey.aws-training.amazon.com/s/csat?case=%s&score=3&lang=ja
　不満　　　　　: https://survey.aws-training.amazon.com/s/csat?case=%s&score=2&lang=ja
　とても不満　　: https://survey.aws-training.amazon.com/s/csat?case=%s&score=1&lang=ja

所要時間は 1 分程度です。ご回答いただいた内容は、今後のサポート品質の向上にのみ使用いたします。

※本メールは送信専用のアドレスからお送りしています。

AWSトレーニングと認定
""" % ((TANAKA_CASE,) * 6)
    body = text_part(new, charset="iso-2022-jp", cte="7bit")
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    ar = ("mx.nifty.com; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs header.b=%s; dkim=pass header.d=amazonses.com; dmarc=pass (p=quarantine dis=none) header.from=amazon.com" % (mf, rnd_b64(6)[:8]))
    hd = jp_in("nifty", TANAKA[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("AWSトレーニングと認定", "aws-tc-survey@amazon.com", "iso-2022-jp"), TANAKA[1],
        enc_subj("【AWSトレーニングと認定】お問い合わせに関するアンケートのお願い", "iso-2022-jp"))
    write("032-ja-csat-five-point-iso2022jp", finalize(body, hd), "survey", TANAKA_CASE, [], True, "ja", new)


@mail
def m033():
    when = dt.datetime(2025, 3, 5, 19, 40, 11, tzinfo=UTC)
    new = """Hello Chen,

Good news - the work on your request is finished. The exam records and certifications that were held under AWS02650188 have been consolidated into AWS07719023, which is now your only active Certification account. The old account has been deactivated.

Since nothing further is needed from your side, I will mark this case as resolved. If you notice anything missing, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Ravi K.
Amazon Web Services
"""
    foot = """
===========================================================

To see all correspondence or to reply, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this correspondence, please use the link above.

===========================================================
""" % CHEN_C2
    body = alt(text_part(new + foot, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(CHEN_C2) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    hd = gmail_in(CHEN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), CHEN[1],
        "RE:[CASE %s] Please merge my two AWS Certification accounts" % CHEN_C2)
    write("033-console-consolidated-and-resolved", finalize(body, hd), "merge_completed", CHEN_C2,
          ["AWS02650188", "AWS07719023"], True, "en", new)


@mail
def m034():
    when = dt.datetime(2025, 6, 3, 12, 8, 55, tzinfo=UTC)
    new = """Hi Daniel,

Thanks for getting back in touch.

I have checked the Benefits section of AWS04417263: the 50% discount voucher you earned with your Developer - Associate certification is present and valid until 14 November 2025. It was not shown earlier because benefit data is synchronised about 72 hours after a profile change. If you sign out and sign in again you should now see it under Benefits > Exam discount.

Is there anything else I can help you with on this case?

Kind regards,
Oluwaseun A.
AWS Training and Certification Customer Support
"""
    user = """Hi,

Sorry to reopen this. The merge looks fine but I can't find my 50% exam voucher anymore. It was on the old account. Could you check?

Thanks
Daniel"""
    quoted = gmail_quote("Mon, Jun 2, 2025 at 8:40 PM", "Daniel Okafor <daniel.okafor88@gmail.com>", user)
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    hd = gmail_in(DAN[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), DAN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % DAN_CASE)
    write("034-reopened-voucher-question-answered", finalize(body, hd), "support_reply", DAN_CASE,
          ["AWS04417263"], True, "en", new)


@mail
def m035():
    when = dt.datetime(2020, 2, 19, 16, 55, 3, tzinfo=UTC)
    new = """Hello Sofia,

I am happy to let you know that your two Certification accounts have been combined. Your certifications can now be found under AWS-05120944; the account AWS-09873311 is no longer active and cannot be used to sign in.

Please note it can take up to 48 hours until your transcript reflects all changes.

Thank you for contacting AWS Training and Certification!

Best regards,
Hannah
AWS Training and Certification
"""
    body = text_part(new, charset="us-ascii", cte="7bit")
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    t = when + dt.timedelta(seconds=4)
    hd = [("Return-Path", "<%s>" % mf),
          ("X-Original-To", SOFIA[1]),
          ("Delivered-To", SOFIA[1]),
          ("Received", "from %s (%s [%s])\n\tby mail.studio-marino.it (Postfix) with ESMTPS id 48MxQ51c3Kz1rG\n\tfor <%s>; %s" % (
              host, host, ip, SOFIA[1], format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=1)))))),
          ] + aws_headers(when, addr("Amazon Web Services", AWS_FORM), SOFIA[1],
                          "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % SOFIA_CASE)
    write("035-combined-2020-no-auth-results", finalize(body, hd), "merge_completed", SOFIA_CASE,
          ["AWS05120944", "AWS09873311"], None, "en", new)


@mail
def m036():
    when = dt.datetime(2025, 3, 7, 14, 12, 9, tzinfo=UTC)
    new = """Hi Chen,

3 badges have been added to your Credly account

AWS Training and Certification has transferred the following badges to your account as part of an update to your certification records:

  AWS Certified Cloud Practitioner
  AWS Certified Solutions Architect - Associate
  AWS Certified Security - Specialty

Accept your badges to display them on your profile and share them with your network.

Accept badges: https://www.credly.com/earner/earned?filter=pending

The Credly Team
Credly, Inc. | 10 E 34th St, New York, NY 10016
"""
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="quoted-printable"))
    hd = credly_headers(CHEN[1], when, frm_name="Credly", subject="3 badges have been added to your Credly account", ip_i=1)
    write("036-credly-badges-transferred-after-merge", finalize(body, hd), "credly_badge_issued", None, [], True, "en", new)


@mail
def m037():
    when = dt.datetime(2025, 6, 9, 17, 2, 40, tzinfo=UTC)
    new = """Dear Daniel Okafor,

Thank you for scheduling your AWS Certification exam with Pearson VUE. This message confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, July 12, 2025 at 9:00 AM Eastern Daylight Time
Delivery: OnVUE online proctored
Language: English
Registration ID: 512948377
AWS Candidate ID: AWS04417263

Please check in 30 minutes before your appointment and run the system test on the computer you will use.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = ("mx-out3.pearsonvue.com", "159.182.8.44")
    mf = "pearsonvueconfirmation@pearson.com"
    ar = ("dkim=pass header.i=@pearson.com header.s=selector2 header.b=R2f0kLm1;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com" % (mf, ip, mf))
    hd = gmail_in(DAN[1], when, host, ip, mf, ar) + [
        ("DKIM-Signature", dkim("pearson.com", "selector2")),
        ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
        ("To", addr("Daniel Okafor", DAN[1])),
        ("Subject", "Pearson VUE Confirmation of Exam Appointment"),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@pearsonvue.com>" % rnd_hex(24)),
        ("MIME-Version", "1.0")]
    write("037-pearson-vue-appointment", finalize(body, hd), "unrelated", None, ["AWS04417263"], False, "en", new)


@mail
def m038():
    when = dt.datetime(2025, 7, 1, 12, 0, 0, tzinfo=UTC)
    new = """Your badges were viewed 14 times last month

Hi Priya,

Here's how your badges performed in June:

AWS Certified Solutions Architect - Associate: 9 views
AWS Certified Cloud Practitioner: 5 views

Employers who viewed your profile: 3

Keep your profile up to date to get discovered: https://www.credly.com/users/priya-raman/badges

The Credly Team
Manage email preferences: https://www.credly.com/notification_preferences
"""
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="quoted-printable"))
    hd = credly_headers(PRIYA[1], when, frm_name="Credly", subject="Your badges were viewed 14 times last month",
                        provider="outlook", ip_i=0,
                        extra=[("List-Unsubscribe", "<https://www.credly.com/notification_preferences>")])
    write("038-credly-monthly-views-digest", finalize(body, hd), "unrelated", None, [], True, "en", new)


@mail
def m039():
    when = dt.datetime(2020, 10, 2, 8, 12, 50, tzinfo=UTC)
    new = """Dear Lukas,

We have resolved your case %s and it is now closed.

If you need further assistance with this matter, simply reply to this e-mail within 7 days and it will be reopened.

How did we do? Tell us by choosing one of the options below:
  Great   - https://aws-tc.force.com/survey?c=%s&r=3
  OK      - https://aws-tc.force.com/survey?c=%s&r=2
  Not good - https://aws-tc.force.com/survey?c=%s&r=1

Thank you for choosing AWS Training and Certification.
""" % ((LUKAS_CASE,) * 4)
    body = text_part(new, charset="us-ascii", cte="7bit")
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(LUKAS[1], when, host, ip, "amazonses.com", ar, tenant="DB5") + [("Return-Path", mf)] + aws_headers(
        when, addr("AWS Training and Certification", AWS_FORM), LUKAS[1],
        "Case %s closed - how did we do?" % LUKAS_CASE)
    write("039-2020-case-closed-three-options", finalize(body, hd), "survey", LUKAS_CASE, [], True, "en", new)


@mail
def m040():
    when = dt.datetime(2025, 6, 9, 1, 15, 27, tzinfo=UTC)
    new = """田中 健太 様

ご連絡いただき、ありがとうございます。
AWS カスタマーサポートの木村でございます。

Credly のデジタルバッジが移行後のアカウントに表示されていないとのこと、ご不便をおかけして申し訳ございません。
本件を再オープンし、Credly 連携を担当する部署に確認を依頼いたしました。

確認が取れ次第、改めてご連絡させていただきますので、今しばらくお待ちくださいますようお願い申し上げます。

木村 遥
Amazon Web Services カスタマーサポート
"""
    user = """お世話になっております。田中です。

アカウントの統合ありがとうございました。
ただ、Credly のバッジが古いメールアドレスのアカウントに残ったままのようです。
こちらも移していただくことは可能でしょうか。

田中 健太"""
    quoted = jp_quote("2025年6月8日(日) 21:47 田中 健太 <k.tanaka@nifty.com>:", user)
    body = text_part(new + "\n" + quoted + "\n", charset="iso-2022-jp", cte="7bit")
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    ar = ("mx.nifty.com; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs header.b=%s; dmarc=pass (p=quarantine dis=none) header.from=amazon.com" % (mf, rnd_b64(6)[:8]))
    hd = jp_in("nifty", TANAKA[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), TANAKA[1],
        enc_subj("RE:[CASE %s] 【AWSトレーニングと認定】アカウント統合のご依頼" % TANAKA_CASE, "iso-2022-jp"))
    write("040-ja-reopened-credly-badges-escalated", finalize(body, hd), "support_reply", TANAKA_CASE, [], True, "ja", new)


# ---------------------------------------------------------------- 041-050
ARJUN = ("Arjun Mehta", "arjun.mehta91@yahoo.com")
ARJUN_CASE = "10583390217"
ARJUN_IDS = ("AWS06201584", "AWS03118870")


def yahoo_in(to, when, helo_host, ip, mailfrom, ar_rest):
    t = when + dt.timedelta(seconds=2)
    fmt = format_datetime(t.astimezone(UTC)).replace("-0000", "+0000")
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_2 cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);\n %s" % (
                ip, helo_host, R.randrange(256), R.randrange(256), fmt)),
            ("X-Originating-Ip", "[%s]" % ip),
            ("Received-SPF", "pass (domain of email.amazonses.com designates %s as permitted sender)" % ip),
            ("Authentication-Results", "atlas%d.free.mail.ne1.yahoo.com;\n %s" % (R.randrange(100, 330), ar_rest)),
            ("X-Apparently-To", "%s; %s" % (to, fmt))]


def yahoo_ar_aws(mf):
    return ("dkim=pass header.i=@amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs;\n dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;")


@mail
def m041():
    when = dt.datetime(2020, 9, 30, 14, 48, 31, tzinfo=UTC)
    new = """Hi Lukas,

Quick update on your request: your old profile AWS-08261437 has now been deactivated, and every exam attempt, score report and certification from it sits under aws02917754. There is nothing further you need to do.

Going forward, please use lukas.brandt@hotmail.de to sign in.

Cheers,
Tomás
AWS Training and Certification
"""
    older = """Hi Lukas,

Thanks for reaching out. To make sure we combine the right profiles, please confirm:

- AWS02917754 (lukas.brandt@hotmail.de) stays
- AWS08261437 (l.brandt@fh-beispiel.de) is merged into it and closed

Cheers,
Tomás"""
    user = "Hi Tomás,\n\nyes, exactly like this. Thank you!\n\nLukas\n\n" + q(older, "> ")
    quoted = original_message("Lukas Brandt <%s>" % LUKAS[1], "Tuesday, September 29, 2020 9:14 PM",
                              "Amazon Web Services <%s>" % AWS_FORM,
                              "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LUKAS_CASE,
                              user)
    quoted = q(quoted, "> ")
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(LUKAS[1], when, host, ip, "amazonses.com", ar, tenant="DB5") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), LUKAS[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LUKAS_CASE)
    write("041-old-profile-deactivated-history-sits-under", finalize(body, hd), "merge_completed", LUKAS_CASE,
          ["AWS08261437", "AWS02917754"], True, "en", new)


@mail
def m042():
    when = dt.datetime(2022, 11, 11, 9, 36, 2, tzinfo=UTC)
    new = """Hello Arjun,

Greetings of the day!

Apologies for the delay in getting back to you. I would like to update that your request is presently with the team who handles profile consolidation, and they have confirmed it is in their queue. Once they have finished, you will receive a confirmation mail from our side on this same case.

Meanwhile, your existing certifications remain valid and you can continue to access both the profiles as before.

Thank you for your patience.

Warm regards,
Sneha R.
AWS Training and Certification Support
"""
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    hd = yahoo_in(ARJUN[1], when, host, ip, mf, yahoo_ar_aws(mf)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), ARJUN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % ARJUN_CASE)
    write("042-status-update-in-queue-with-team", finalize(body, hd), "support_reply", ARJUN_CASE, [], True, "en", new)


@mail
def m043():
    when = dt.datetime(2022, 11, 8, 10, 16, 25, tzinfo=UTC)
    new = """Hello Arjun,

Thank you for sharing the details.

As per our records, we are able to find the below two Certification profiles:

1) AWS 06201584 - arjun.mehta91@yahoo.com - Cloud Practitioner, Solutions Architect Associate
2) AWS 03118870 - arjun.m@infocore-tech.in - Developer Associate

As discussed, profile no. 2 will be merged into profile no. 1, and profile no. 1 will be the one remaining active. Post merge you will need to login using arjun.mehta91@yahoo.com only.

Kindly note that the merge is permanent and can not be undone. Request you to kindly revert back on this mail with your confirmation so that we can go ahead.

Warm regards,
Sneha R.
AWS Training and Certification Support
"""
    agent0 = """Hello Arjun,

Thank you for contacting AWS Training and Certification.

In order to proceed with your request, kindly share the e-mail IDs that are registered with both the profiles and let us know which profile you would like to keep.

Warm regards,
Sneha R."""
    user = ("Hi Sneha,\n\nPlease find the details:\nPersonal: arjun.mehta91@yahoo.com (want to keep this)\nOffice (old): arjun.m@infocore-tech.in\n\nRegards,\nArjun\n\n"
            "On Monday, 7 November, 2022 at 04:12:09 pm IST, Amazon Web Services <%s> wrote:\n\n%s" % (AWS_FORM, q(agent0)))
    quoted = gmail_quote("Mon, 7 Nov 2022 at 18:30", "Arjun Mehta <%s>" % ARJUN[1], user)
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    hd = yahoo_in(ARJUN[1], when, host, ip, mf, yahoo_ar_aws(mf)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), ARJUN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % ARJUN_CASE)
    write("043-confirm-profile-2-into-profile-1", finalize(body, hd), "merge_confirmation_requested", ARJUN_CASE,
          list(ARJUN_IDS), True, "en", new)


@mail
def m044():
    when = dt.datetime(2022, 11, 16, 5, 0, 12, tzinfo=UTC)
    new = """Hi Arjun,

Your case %s has been closed.

We'd love your feedback! It only takes a moment to tell us how we did. Your response helps us make AWS Training and Certification support better for everyone.

Did we resolve your issue today?
[ Yes ]  https://pages.awscloud.com/tc-feedback.html?case=%s&r=1
[ No ]   https://pages.awscloud.com/tc-feedback.html?case=%s&r=0

Thank you for being an AWS customer.

AWS Training and Certification
""" % ((ARJUN_CASE,) * 3)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="max-width:600px;margin:auto;font-family:\'Amazon Ember\',Helvetica,Arial,sans-serif;font-size:15px;color:#232f3e">'
            '<div style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" height="24" alt="aws"></div>'
            '<div style="padding:24px"><p>Hi Arjun,</p><p>Your case %s has been closed.</p>'
            '<p><b>We&#8217;d love your feedback!</b> It only takes a moment to tell us how we did.</p>'
            '<p>Did we resolve your issue today?</p>'
            '<table><tr><td style="background:#1d8102;padding:10px 26px"><a href="https://pages.awscloud.com/tc-feedback.html?case=%s&amp;r=1" style="color:#fff;text-decoration:none">Yes</a></td><td width="12"></td>'
            '<td style="background:#d13212;padding:10px 26px"><a href="https://pages.awscloud.com/tc-feedback.html?case=%s&amp;r=0" style="color:#fff;text-decoration:none">No</a></td></tr></table>'
            '<p>Thank you for being an AWS customer.</p><p>AWS Training and Certification</p></div></div></body></html>' % ((ARJUN_CASE,) * 3))
    body = alt(text_part(new, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    hd = yahoo_in(ARJUN[1], when, host, ip, mf, yahoo_ar_aws(mf)) + aws_headers(
        when, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ARJUN[1],
        "We'd love your feedback on case %s" % ARJUN_CASE)
    write("044-closed-we-would-love-feedback", finalize(body, hd), "survey", ARJUN_CASE, [], True, "en", new)


@mail
def m045():
    when = dt.datetime(2025, 5, 25, 20, 4, 17, tzinfo=UTC)
    new = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter this verification code:

Verification code: 482913

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    ar = ("dkim=pass header.i=@signin.aws header.s=ughfcljrdbuzbfhtxk3uxdqqr4ahftl2 header.b=Mk1w9Q3r;\n       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Z0p4aQ1c;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=signin.aws" % (mf, ip, mf))
    h = aws_headers(when, addr("AWS", "no-reply@signin.aws"), DAN[1], "Verify your AWS Builder ID email address")
    h[0] = ("DKIM-Signature", dkim("signin.aws", "ughfcljrdbuzbfhtxk3uxdqqr4ahftl2"))
    hd = gmail_in(DAN[1], when, host, ip, mf, ar) + h
    write("045-builder-id-verification-code", finalize(body, hd), "unrelated", None, [], True, "en", new)


@mail
def m046():
    when = dt.datetime(2025, 7, 19, 11, 27, 36, tzinfo=UTC)
    new = """Hi Misaki,

AWS Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Your badges from your previous account were moved as part of your recent AWS Certification account merge. Accept your badge to keep it on your profile:

Accept your badge: https://www.credly.com.badge-accept.info/earner/earned/badge/7f0a8c5e

The Credly Team
"""
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="base64"))
    ip = "91.219.236.77"
    host = "smtp.badge-accept.info"
    mf = "admin@credly.com"
    ar_top = ("dkim=fail header.i=@credly.com header.s=s1 header.b=Q2pX0bLk;\n       spf=softfail (google.com: domain of transitioning admin@credly.com does not designate %s as permitted sender) smtp.mailfrom=admin@credly.com;\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=credly.com" % ip)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, ar_top)
    hd = [(k, ("softfail (google.com: domain of transitioning admin@credly.com does not designate %s as permitted sender) client-ip=%s;" % (ip, ip)) if k == "Received-SPF" else v) for k, v in hd]
    hd += [("Received", "from localhost (localhost [127.0.0.1])\n\tby smtp.badge-accept.info (Postfix) with ESMTP id 9C1F2403A1\n\tfor <%s>; %s" % (MISAKI[1], format_datetime(when))),
           ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly.com header.s=s1;\n       spf=pass smtp.mailfrom=admin@credly.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"),
           ("DKIM-Signature", dkim("credly.com", "s1")),
           ("From", addr("AWS Training and Certification via Credly", "admin@credly.com")),
           ("To", MISAKI[1]),
           ("Subject", "AWS Training and Certification has issued you a badge"),
           ("Date", format_datetime(when)),
           ("Message-ID", "<%s@geopod-ismtpd-7>" % rnd_hex(22)),
           ("MIME-Version", "1.0")]
    write("046-credly-spoof-forged-lower-auth-results", finalize(body, hd), "credly_badge_issued", None, [], False, "en", new)


@mail
def m047():
    when = dt.datetime(2022, 11, 15, 12, 44, 19, tzinfo=UTC)
    new = """Hello Arjun,

Greetings of the day!

This is to inform you that the consolidation activity for your certification profiles has been completed successfully. All the certifications and exam history of AWS03118870 are now reflecting under AWS06201584 – the “arjun.m@infocore-tech.in” profile has been deactivated and you can login only with arjun.mehta91@yahoo.com going forward.

Kindly note that Credly badges will get updated within 2–3 working days.

We hope we have resolved your query. Please feel free to reach out for any further help.

Warm regards,
Sneha R.
AWS Training and Certification Support
"""
    # UTF-8 8bit body with a wrong charset label (us-ascii)
    body = text_part(new, charset="utf-8", declared="us-ascii", cte="8bit")
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    hd = yahoo_in(ARJUN[1], when, host, ip, mf, yahoo_ar_aws(mf)) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), ARJUN[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % ARJUN_CASE)
    write("047-consolidation-activity-completed-wrong-charset", finalize(body, hd), "merge_completed", ARJUN_CASE,
          list(ARJUN_IDS), True, "en", new)


@mail
def m048():
    cid = PRIYA_CASE
    when = dt.datetime(2025, 6, 20, 18, 2, 55, tzinfo=UTC)
    new = """Hello,

Your AWS Support case %s has been resolved again.

Case ID: %s
Subject: Combine my two Certification accounts
Status: Resolved

Tell us about your experience: rate this case from 1 to 5 stars in the Support Center.
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true

If your issue isn't resolved, you can reopen the case within 14 days.

Sincerely,
Amazon Web Services
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(PRIYA[1], when, host, ip, "amazonses.com", ar, tenant="SN7") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), PRIYA[1], "[Case %s] Your case has been resolved" % cid)
    write("048-reopened-case-resolved-again-rate", finalize(body, hd), "survey", cid, [], True, "en", new)


@mail
def m049():
    opened = dt.datetime(2025, 4, 14, 7, 51, 8, tzinfo=UTC)
    cid = case15(opened)
    when = dt.datetime(2025, 4, 14, 16, 20, 44, tzinfo=UTC)
    new = """Hello,

Thank you for your patience. I'm happy to let you know that your request has been approved and fully processed: the "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" quota in eu-central-1 for account 4127-8830-1956 is now 512 vCPUs.

It can take up to 30 minutes for the new value to appear in the Service Quotas console.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Lena W.
Amazon Web Services
"""
    foot = """
===========================================================

To see all correspondence or to reply, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % cid
    body = alt(text_part(new + foot, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = exchange_hdrs(when, host, ip, "amazonses.com", ar) + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MAREK[1],
        "RE:[CASE %s] Limit Increase: EC2 Instances" % cid)
    write("049-quota-increase-fully-processed", finalize(body, hd), "unrelated", cid, [], True, "en", new)


@mail
def m050():
    cid = MISAKI_CASE
    when = dt.datetime(2025, 7, 16, 3, 5, 40, tzinfo=UTC)
    new = """佐藤 美咲 様

ご確認いただき、誠にありがとうございます。
AWSトレーニングと認定 カスタマーサポートの山田でございます。

現在、担当部署にて AWS04409972 から AWS01153386 への統合作業を進めております。
作業が終わり次第、本ケースにて改めてご連絡いたしますので、恐れ入りますが今しばらくお待ちいただけますでしょうか。

作業中は、いずれのアカウントでも試験のご予約はお控えくださいますようお願いいたします。

山田 直子
Amazon Web Services
"""
    foot = """
===========================================================
このケースのすべてのやり取りの確認や返信は、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
===========================================================
""" % cid
    body = alt(text_part(new + foot, cte="base64"), text_part(html_simple(new + foot), "html", cte="base64"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MISAKI[1],
        enc_subj("RE:[CASE %s] 認定アカウントの統合について" % cid, "utf-8", keep_ascii_prefix=True))
    write("050-ja-merge-in-progress-please-wait", finalize(body, hd), "support_reply", cid,
          ["AWS04409972", "AWS01153386"], True, "ja", new)


# ---------------------------------------------------------------- 051-060
TANAKA_IDS = ("AWS02284519", "AWS07730158")


@mail
def m051():
    when = dt.datetime(2025, 6, 14, 13, 30, 2, tzinfo=UTC)
    new = """Reminder: you have a badge waiting

Hi Kenta,

AWS Training and Certification issued you the AWS Certified Solutions Architect - Associate badge, but you haven't accepted it yet.

Accept your badge: https://www.credly.com/earner/earned/badge/2d9c04e7-8b1f-4a63-9f2e-6c1a0d7b5e88

Accepting your badge lets you share it with employers and on social networks.

The Credly Team
Credly, Inc. | 10 E 34th St, New York, NY 10016
"""
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new, font="Helvetica,Arial,sans-serif"), "html", cte="quoted-printable"))
    hd = credly_headers(TANAKA[1], when, subject="Reminder: Accept your AWS Certified Solutions Architect - Associate badge",
                        provider="nifty", ip_i=2)
    write("051-credly-reminder-accept-pending-badge", finalize(body, hd), "credly_badge_issued", None, [], True, "en", new)


@mail
def m052():
    cid = MISAKI_CASE
    when = dt.datetime(2025, 7, 17, 6, 40, 3, tzinfo=UTC)
    new = """佐藤 美咲 様

お待たせいたしました。
AWS04409972 に登録されていた認定資格および受験履歴は、すべて AWS01153386 に引き継がれました。AWS04409972 は無効化されております。

今後は misaki.sato.0412@gmail.com にて AWS Certification アカウントにサインインしてください。

お客様からの追加のご依頼がないことを確認いたしましたので、本ケースは解決済みとさせていただきます。

このたびはお問い合わせいただき、誠にありがとうございました。

山田 直子
Amazon Web Services
"""
    foot = """
===========================================================
このケースのすべてのやり取りの確認や返信は、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
===========================================================
""" % cid
    body = alt(text_part(new + foot, charset="iso-2022-jp", cte="7bit"),
               text_part(html_simple(new + foot).replace("charset=utf-8", "charset=iso-2022-jp"), "html", charset="iso-2022-jp", cte="base64"))
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    hd = gmail_in(MISAKI[1], when, host, ip, mf, gmail_ar_ses(mf, ip)) + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), MISAKI[1],
        enc_subj("RE:[CASE %s] 認定アカウントの統合について" % cid, "iso-2022-jp"))
    write("052-ja-hikitsugi-completed-and-resolved", finalize(body, hd), "merge_completed", cid,
          ["AWS04409972", "AWS01153386"], True, "ja", new)


@mail
def m053():
    when = dt.datetime(2020, 2, 24, 15, 0, 9, tzinfo=UTC)
    new = """Dear Sofia,

You recently contacted AWS Training and Certification (case %s). We'd like to know about your experience.

On a scale from 0 to 10, how likely are you to recommend AWS Training and Certification support to a friend or colleague?

0  1  2  3  4  5  6  7  8  9  10
Answer here: https://amazonwebservices.qualtrics.com/jfe/form/SV_4Nq8xTcert?case=%s

This survey will close in 7 days.

Thank you,
AWS Training and Certification
""" % (SOFIA_CASE, SOFIA_CASE)
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    t = when + dt.timedelta(seconds=5)
    hd = [("Return-Path", "<%s>" % mf),
          ("X-Original-To", SOFIA[1]),
          ("Delivered-To", SOFIA[1]),
          ("Received", "from %s (%s [%s])\n\tby mail.studio-marino.it (Postfix) with ESMTPS id 48Qb7C2wJkz1rH\n\tfor <%s>; %s" % (
              host, host, ip, SOFIA[1], format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=1))))))
          ] + aws_headers(when, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), SOFIA[1],
                          "Tell us about your recent experience with AWS Training and Certification")
    write("053-2020-nps-survey-no-auth-results", finalize(body, hd), "survey", SOFIA_CASE, [], None, "en", new)


@mail
def m054():
    when = dt.datetime(2025, 4, 22, 8, 19, 0, tzinfo=UTC)
    new = """Piotr Zieliński merged merge request !57 at Kestrel Data / platform / account-service

Project: https://gitlab.com/kestrel-data/platform/account-service
Branch: feature/merge-duplicate-accounts -> main
Merge request: https://gitlab.com/kestrel-data/platform/account-service/-/merge_requests/57

-- 
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on gitlab.com. Manage all notifications: https://gitlab.com/-/profile/notifications
"""
    body = alt(text_part(new, cte="quoted-printable"), text_part(html_simple(new), "html", cte="quoted-printable"))
    host, ip = ("mail-209-85.gitlab.com", "209.85.220.41")
    mf = "gitlab@mg.gitlab.com"
    ar = outlook_ar("mg.gitlab.com", ip, [("gitlab.com", "pass")], "gitlab.com")
    hd = exchange_hdrs(when, host, ip, "mg.gitlab.com", ar) + [("Return-Path", mf),
        ("DKIM-Signature", dkim("gitlab.com", "mg")),
        ("From", addr("Piotr Zieliński", "gitlab@mg.gitlab.com")),
        ("Reply-To", "GitLab <incoming+kestrel-data-platform-account-service-41123@incoming.gitlab.com>"),
        ("To", MAREK[1]),
        ("Subject", enc_subj("Re: account-service | Merge duplicate accounts on sign-up (!57)", "utf-8", enc="Q")),
        ("Date", format_datetime(when)),
        ("Message-ID", "<merge_request_41123_57@gitlab.com>"),
        ("In-Reply-To", "<merge_request_41123_57@gitlab.com>"),
        ("MIME-Version", "1.0"),
        ("X-GitLab-Project", "account-service"),
        ("X-GitLab-MergeRequest-IID", "57"),
        ("X-GitLab-NotificationReason", "")]
    write("054-gitlab-merge-request-merged", finalize(body, hd), "unrelated", None, [], False, "en", new)


@mail
def m055():
    when = PRIYA_OPEN + dt.timedelta(seconds=12)
    cid = PRIYA_CASE
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Combine my two Certification accounts
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts, aws05518832 (priya.raman@outlook.com) and AWS-01976604 (from my university e-mail). Please combine them and keep the outlook.com one. Thanks, Priya

You can view your case at any time in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services
""" % (cid, cid, cid)
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new).replace("</div></body>", aws_footer_html(cid) + "</div></body>"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[3]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(PRIYA[1], when, host, ip, "amazonses.com", ar, tenant="SN7") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_NOREPLY), PRIYA[1],
        "Amazon Web Services: You have opened a new Support case: %s" % cid)
    write("055-console-new-case-opened", finalize(body, hd), "case_created", cid,
          ["AWS05518832", "AWS01976604"], True, "en", new)


@mail
def m056():
    when = SHO_OPEN + dt.timedelta(seconds=33)
    new = """山本 翔 様

AWSトレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました（ケース番号：%s）。

お問い合わせの種類：AWSトレーニングと認定
詳細：アカウントの統合
AWS 候補者 ID：AWS03327745

担当者より、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変えずに本メールへご返信ください。同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございます。

AWSトレーニングと認定 カスタマーサポート
""" % SHO_CASE
    body = text_part(html_simple(new, font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif"), "html", cte="base64")
    host, ip = SES_IPS[4]
    mf = ses_bounce(when)
    ar = ("mfsmax.docomo.ne.jp; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs; dmarc=pass header.from=amazon.com" % mf)
    hd = jp_in("docomo", SHO[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), SHO[1],
        "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % SHO_CASE)
    write("056-ja-form-acknowledgement-html-only", finalize(body, hd), "case_created", SHO_CASE,
          ["AWS03327745"], True, "ja", new)


@mail
def m057():
    when = dt.datetime(2020, 9, 25, 10, 3, 11, tzinfo=UTC)
    new = """Hi Lukas,

Thanks for reaching out to AWS Training and Certification.

I'd be glad to help you combine your accounts. So that I pick the right profiles, could you please reply with:

1. The e-mail address you use to sign in to each of the two accounts
2. Which of the two you'd like to keep going forward

Once I have this, I'll send you a summary to double-check before anything is changed.

Cheers,
Tomás
AWS Training and Certification
"""
    user = "Hello, I have taken SysOps with my university mail and Solutions Architect with my private mail. I would like to have everything in one account. Candidate ID AWS02917754.\n\nLukas Brandt"
    quoted = outlook_quote("Lukas Brandt <%s>" % LUKAS[1], "Thursday, September 24, 2020 10:40 PM",
                           AWS_FORM, "AWS Training and Certification Form Submission", user)
    body = alt(text_part(new + "\n" + quoted + "\n", cte="quoted-printable"),
               text_part(html_simple(new, quoted), "html", cte="quoted-printable"))
    host, ip = SES_IPS[1]
    mf = ses_bounce(when)
    ar = outlook_ar("amazonses.com", ip, [("amazon.com", "pass"), ("amazonses.com", "pass")], "amazon.com")
    hd = outlook_in(LUKAS[1], when, host, ip, "amazonses.com", ar, tenant="DB5") + [("Return-Path", mf)] + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), LUKAS[1],
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LUKAS_CASE)
    write("057-asks-login-emails-and-which-to-keep", finalize(body, hd), "support_reply", LUKAS_CASE, [], True, "en", new)


@mail
def m058():
    when = dt.datetime(2025, 6, 16, 5, 12, 48, tzinfo=UTC)
    new = """田中 健太 様

いつもお世話になっております。
AWS カスタマーサポートの木村でございます。

お待たせいたしました。Credly 側のアカウントにつきましても統合が完了いたしました。
旧メールアドレス（kenta.tanaka@old-corp.co.jp）の Credly アカウントにあったバッジは、すべて k.tanaka@nifty.com の Credly アカウントでご確認いただけます。
一部のバッジについては、Credly から「バッジを受け取る」旨のメールが届きますので、お手数ですが受け取り操作をお願いいたします。

これにて本件は完了となります。ご協力いただき、誠にありがとうございました。

木村 遥
Amazon Web Services カスタマーサポート
"""
    prev = """田中 健太 様

本件を再オープンし、Credly 連携を担当する部署に確認を依頼いたしました。
確認が取れ次第、改めてご連絡させていただきます。

木村 遥"""
    quoted = "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Monday, June 9, 2025 10:15 AM\nTo: k.tanaka@nifty.com\n\n%s" % (AWS_FORM, prev)
    body = text_part(new + "\n" + quoted + "\n", charset="shift_jis", cte="base64")
    host, ip = SES_IPS[2]
    mf = ses_bounce(when)
    ar = ("mx.nifty.com; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs header.b=%s; dmarc=pass (p=quarantine dis=none) header.from=amazon.com" % (mf, rnd_b64(6)[:8]))
    hd = jp_in("nifty", TANAKA[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("Amazon Web Services", AWS_FORM), TANAKA[1],
        enc_subj("RE:[CASE %s] 【AWSトレーニングと認定】アカウント統合のご依頼" % TANAKA_CASE, "shift_jis"))
    write("058-ja-reopened-credly-side-merged-too", finalize(body, hd), "merge_completed", TANAKA_CASE, [], True, "ja", new)


@mail
def m059():
    when = dt.datetime(2025, 9, 12, 23, 30, 0, tzinfo=UTC)
    new = """山本 翔 様

このたびは AWSトレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
お問い合わせ（ケース番号：%s）は、クローズいたしました。

お問い合わせいただいた問題は解決しましたか？
　はい　→ https://survey.aws-training.amazon.com/s/resolved?c=%s&r=Y&lang=ja
　いいえ → https://survey.aws-training.amazon.com/s/resolved?c=%s&r=N&lang=ja

「いいえ」を選択された場合、担当者より改めてご連絡いたします。

AWSトレーニングと認定
""" % ((SHO_CASE,) * 3)
    body = alt(text_part(new, cte="quoted-printable"),
               text_part(html_simple(new, font="'Hiragino Kaku Gothic ProN',Meiryo,sans-serif"), "html", cte="quoted-printable"))
    host, ip = SES_IPS[0]
    mf = ses_bounce(when)
    ar = ("mfsmax.docomo.ne.jp; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.com header.s=rjt5cqwpmp6wdzqm2jfbpwtbjqj4hvqs; dmarc=pass header.from=amazon.com" % mf)
    hd = jp_in("docomo", SHO[1], when, host, ip, mf, ar) + aws_headers(
        when, addr("AWSトレーニングと認定", "aws-tc-survey@amazon.com"), SHO[1],
        enc_subj("【AWSトレーニングと認定】ケースクローズのお知らせ／問題は解決しましたか？", "utf-8"))
    write("059-ja-case-closed-resolved-yes-no", finalize(body, hd), "survey", SHO_CASE, [], True, "ja", new)


@mail
def m060():
    when = dt.datetime(2025, 6, 11, 2, 44, 9, tzinfo=UTC)
    cid = PRIYA_CASE
    new = """Hello Priya,

We have reviewed your request to combine your AWS Certification accounts.

Account to keep: AWS05518832
Account to be merged and removed: AWS01976604

Before we proceed, please confirm the merge by signing in with both accounts on our secure verification page. Requests that are not confirmed within 12 hours will be cancelled.

Confirm merge: https://aws-certification-accounts.com/merge/confirm?case=%s

Best regards,
AWS Training and Certification Support
""" % cid
    body = alt(text_part(new, charset="us-ascii", cte="7bit"), text_part(html_simple(new), "html", cte="quoted-printable"))
    ip = "194.87.31.122"
    host = "mail.aws-certification-accounts.com"
    ar = outlook_ar("aws-certification-accounts.com", ip, [("aws-certification-accounts.com", "none")], "amazon.com",
                    dmarc="fail", compauth="fail reason=000", spf="pass")
    ar = ar.replace("dkim=none (signature did not verify)\n header.d=aws-certification-accounts.com;", "dkim=none (message not signed)\n header.d=none;")
    hd = outlook_in(PRIYA[1], when, host, ip, "aws-certification-accounts.com", ar, tenant="SN7") + [
        ("Return-Path", "bounce@aws-certification-accounts.com"),
        ("From", addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")),
        ("Reply-To", "merge-desk@aws-certification-accounts.com"),
        ("To", PRIYA[1]),
        ("Subject", "RE:[CASE %s] Combine my two Certification accounts - confirmation required" % cid),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s@aws-certification-accounts.com>" % rnd_hex(20)),
        ("MIME-Version", "1.0"),
        ("X-MS-Exchange-Organization-SCL", "5")]
    write("060-spoofed-confirm-merge-dmarc-fail-outlook", finalize(body, hd), "merge_confirmation_requested", cid,
          ["AWS05518832", "AWS01976604"], False, "en", new)
main()
