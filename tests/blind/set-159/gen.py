#!/usr/bin/env python3
"""Generator for blind set 159: realistic mails from an AWS Certification account merge.
Run: python3 make_set.py  -> writes NNN-*.eml and labels.json next to this script."""
import os, re, json, base64, quopri, random, html as H, glob
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(159)
MAILS = []   # (short description, message, label)

# ---------------------------------------------------------------- time helpers
def TZ(h, m=0): return timezone(timedelta(hours=h, minutes=m))
UTC, PDT, PST, JST, CEST, CET, BST, GMT, IST, EDT, ICT = (TZ(0), TZ(-7), TZ(-8), TZ(9), TZ(2), TZ(1),
                                                        TZ(1), TZ(0), TZ(5, 30), TZ(-4), TZ(7))
def at(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
def plus(d, **kw): return d + timedelta(**kw)
def case15(opened, suffix): return f"{int(opened.timestamp())}{suffix}"
def fdate(d, tz=None):
    return format_datetime(d.astimezone(tz) if tz else d)

# ---------------------------------------------------------------- random tokens
def b64(n): return base64.b64encode(rnd.randbytes(n)).decode()
def hx(n): return rnd.randbytes((n + 1) // 2).hex()[:n]
def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"): return "".join(rnd.choice(chars) for _ in range(n))
def fold_b(s, first=70, width=72):
    out, s = [s[:first]], s[first:]
    while s:
        out.append(s[:width]); s = s[width:]
    return "\n\t ".join(out)

def ses_id(d, region="email"):
    ms = int(d.timestamp() * 1000)
    return (f"<0100{ms:012x}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@{region}.amazonses.com>")

def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return f"0100{ms:012x}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com"

SES_IPS = ["54.240.8.31", "54.240.8.87", "54.240.11.23", "54.240.9.112", "54.240.27.54", "54.240.48.101",
           "54.240.13.7", "54.240.10.199"]
def ses_host(ip):
    a, b, c, d = ip.split(".")
    return f"a{c}-{d}.smtp-out.amazonses.com"

def dkim(d, s, when, h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID",
         c="relaxed/simple"):
    t = int(when.timestamp())
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n\th={h};\n"
            f"\tbh={b64(32)};\n\tb={fold_b(b64(256), 66, 72)}")

AMZ_SEL = ["rjlz5fwlaixg3oxeq3mk4vcqgnuyvp6b", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "taugkzm2obcq6a5gumyixqdw2iwhyb3b"]
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"

def amz_dkims(when, dom="amazon.com"):
    return [("DKIM-Signature", dkim(dom, rnd.choice(AMZ_SEL), when)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL, when, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"))]

# ---------------------------------------------------------------- receiving-side traces
def gmail_trace(rcpt, when, ar, mailfrom, ip, host, tz=PDT, arc=True):
    t = when.astimezone(tz)
    r1 = plus(t, seconds=2)
    hdr = [("Delivered-To", rcpt),
           ("Received", f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(12)}csp{rnd.randint(100000,999999)}{alnum(3)};\n        {fdate(r1)}"),
           ("X-Google-Smtp-Source", alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
           ("X-Received", f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(14)}.{rnd.randint(10,99)}.{rnd.randint(1000000000000,9999999999999)};\n        {fdate(r1)}")]
    if arc:
        hdr += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64(160), 60, 68).replace(chr(9)+' ', '         ')}"),
                ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64(32)};\n        fh={b64(32)};\n        b={fold_b(b64(160), 60, 68).replace(chr(9)+' ', '         ')}"),
                ("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + ar)]
    hdr += [("Return-Path", f"<{mailfrom}>"),
            ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(20)}.{rnd.randint(100,999)}.{rnd.randint(2025,2025)}.{rnd.randint(10,99)}.{rnd.randint(10,99)}.{rnd.randint(10,99)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fdate(t)}"),
            ("Received-SPF", (f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"
                              if "spf=pass" in ar else
                              f"fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};")),
            ("Authentication-Results", "mx.google.com;\n       " + ar)]
    return hdr

def gmail_ar_ses(mailfrom, ip, fromdom="amazon.com"):
    return (f"dkim=pass header.i=@{fromdom} header.s={rnd.choice(AMZ_SEL)} header.b={b64(6)[:8]};\n"
            f"       dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={b64(6)[:8]};\n"
            f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={fromdom}")

def outlook_trace(rcpt, when, ar, ip, host, mailfrom_dom="email.amazonses.com", tz=UTC):
    t = when.astimezone(tz)
    srv = lambda: f"{rnd.choice(['SN7PR','BY5PR','DM6PR','PH0PR','MW4PR','CH3PR','SA1PR'])}{rnd.randint(10,19)}MB{rnd.randint(1000,9999)}.namprd{rnd.randint(10,22):02d}.prod.outlook.com"
    s1, s2, s3 = srv(), srv(), f"{rnd.choice(['BN2PEPF','CO1PEPF','SJ1PEPF','MWH0EPF'])}{rnd.randint(10000000,99999999):08d}.namprd{rnd.randint(10,22):02d}.prod.outlook.com"
    v6 = lambda: f"2603:10b6:{hx(3)}:{hx(2)}::{rnd.randint(10,40)}"
    return [("Received", f"from {s1} ({v6()}) by\n {s2} with HTTPS; {fdate(plus(t, seconds=3))}"),
            ("Received", f"from {s3} ({v6()}) by\n {s1} ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,9300)}.{rnd.randint(10,40)}; {fdate(plus(t, seconds=2))}"),
            ("Authentication-Results", ar),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C"),
            ("Received", f"from {host} ({ip}) by\n {s3}.mail.protection.outlook.com (10.167.{rnd.randint(240,250)}.{rnd.randint(2,250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,9300)}.{rnd.randint(10,40)} via Frontend Transport; {fdate(plus(t, seconds=1))}"),
            ("X-MS-Exchange-Organization-ExpirationStartTime", f"{t.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.')}{rnd.randint(1000,9999)} (UTC)"),
            ("X-MS-Exchange-Organization-Network-Message-Id", f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|29132699027|4022899009|8096899003;")]

def outlook_ar_ses(ip, fromdom="amazon.com", dmarc="pass action=none", compauth="pass reason=100",
                   dkimres="pass (signature was verified)", spf="pass", mailfrom="email.amazonses.com"):
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim={dkimres}\n header.d={fromdom};dmarc={dmarc} header.from={fromdom};compauth={compauth}")

def generic_trace(rcpt, when, recv_host, ar_list, ip, host, tz=UTC, extra_recv=()):
    """Provider with its own authserv-id (Yahoo, iCloud, Proton, Fastmail, Japanese ISPs)."""
    t = when.astimezone(tz)
    hdr = []
    for h in extra_recv:
        hdr.append(("Received", h))
    for ar in ar_list:
        hdr.append(("Authentication-Results", ar))
    hdr.append(("Received", f"from {host} ({host} [{ip}])\n\tby {recv_host} with ESMTPS id {alnum(10).upper()}\n\tfor <{rcpt}>; {fdate(t)}"))
    return hdr

def plain_trace(rcpt, when, recv_host, ip, host, tz=UTC):
    t = when.astimezone(tz)
    return [("Return-Path", f"<bounce@{host.split('.',1)[1]}>"),
            ("Received", f"from {host} ({host} [{ip}])\n\tby {recv_host} (Postfix) with ESMTPS id {alnum(11).upper()}\n\tfor <{rcpt}>; {fdate(t)}")]

# ---------------------------------------------------------------- body helpers
def auto_html(text, quoted_html="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + H.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n{body}\n</div>{quoted_html}</body></html>\n')

def quote_html(quoted):
    q = quoted.strip("\n")
    return ('\n<div class="quoted-history" style="border-left:1px solid #ccc;padding-left:8px;color:#555">'
            + H.escape(q, quote=False).replace("\n", "<br>\n") + "</div>\n")

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, flowed=False, quote_label=True):
    label = label or charset
    p = Message()
    q = f'"{label}"' if quote_label else label
    ct = f"text/{subtype}; charset={q}"
    if flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode()
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p

def addr(name, a, charset=None):
    if not name:
        return a
    if charset:
        return Header(name, charset).encode() + f" <{a}>"
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")

ID_RE = re.compile(r"\bAWS[\s\-]?(\d{8})\b", re.I)
def ids_in(*texts):
    s = set()
    for t in texts:
        t = re.sub(r"<[^>]+>", " ", t or "")
        t = H.unescape(t)
        for m in ID_RE.finditer(t):
            s.add("AWS" + m.group(1))
    return sorted(s)

def mail(desc, *, frm, to, subject, date, kind, case_id, sv, lang="en",
         text=None, quoted="", html=None, quoted_html=None, html_only=False,
         charset="utf-8", cte="quoted-printable", html_charset=None, html_cte=None, label_charset=None,
         html_label=None, flowed=False, trace=(), sender_hdrs=(), extra=(), msgid=None, cc=None,
         reply_to=None, subj_charset=None, date_tz=None, ids=None, mixed_attach=None, quote_label=True):
    """text/html hold the NEW part only; quoted/quoted_html hold history. Labels' ids come from the new part."""
    full_text = (text or "") + (quoted or "")
    html_new = html
    if html == "AUTO" or (html_only and html is None):
        qh = quoted_html if quoted_html is not None else (quote_html(quoted) if quoted else "")
        html = auto_html(text, qh)
        html_new, quoted_html = "", None
    parts = []
    if not html_only and text is not None:
        parts.append(text_part(full_text, "plain", charset, cte, label_charset, flowed, quote_label))
    if html is not None or html_only:
        hbody = html if html is not None else auto_html(text, quoted_html or "")
        if html is not None and quoted_html:
            hbody = hbody.replace("</body>", quoted_html + "</body>")
        parts.append(text_part(hbody, "html", html_charset or charset, html_cte or cte, html_label or label_charset,
                               quote_label=quote_label))
    if len(parts) == 1:
        top = parts[0]
    else:
        top = MIMEMultipart("alternative", boundary=f"----=_Part_{rnd.randint(100000,999999)}_{rnd.randint(100000000,999999999)}.{int(date.timestamp()*1000)}")
        for p in parts:
            top.attach(p)
        del top["MIME-Version"]
    if mixed_attach:
        outer = MIMEMultipart("mixed", boundary=f"{hx(28)}")
        del outer["MIME-Version"]
        outer.attach(top)
        for a in mixed_attach:
            outer.attach(a)
        top = outer
    mime_hdrs = list(top._headers)
    top._headers = []
    for k, v in trace:
        top[k] = v
    for k, v in sender_hdrs:
        top[k] = v
    top["From"] = frm
    top["To"] = to
    if cc:
        top["Cc"] = cc
    if reply_to:
        top["Reply-To"] = reply_to
    if subj_charset:
        top["Subject"] = Header(subject, subj_charset, header_name="Subject").encode(maxlinelen=76)
    elif len(subject) > 68:
        top["Subject"] = Header(subject, header_name="Subject").encode(maxlinelen=78)
    else:
        top["Subject"] = subject
    top["Date"] = fdate(date, date_tz)
    top["Message-ID"] = msgid or f"<{hx(16)}@example.invalid>"
    for k, v in extra:
        top[k] = v
    top["MIME-Version"] = "1.0"
    top._headers += mime_hdrs
    if ids is None:
        ids = ids_in(text or "", html_new or "")
    label = {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": sv, "language": lang}
    MAILS.append((desc, top, label, (text or "") + " " + (html_new or "")))
    return top

# ---------------------------------------------------------------- common senders
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def ses_gmail(rcpt, when, tz=PDT, fromdom="amazon.com"):
    ip = rnd.choice(SES_IPS); mf = ses_mailfrom(when)
    tr = gmail_trace(rcpt, when, gmail_ar_ses(mf, ip, fromdom), mf, ip, ses_host(ip), tz)
    return tr + amz_dkims(when, fromdom) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES"), ("X-SES-Outgoing", when.strftime("%Y.%m.%d-") + ip)]

def ses_outlook(rcpt, when, tz=UTC, **kw):
    ip = rnd.choice(SES_IPS)
    tr = outlook_trace(rcpt, when, outlook_ar_ses(ip, **kw), ip, ses_host(ip), tz=tz)
    return tr + amz_dkims(when) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES"), ("X-SES-Outgoing", when.strftime("%Y.%m.%d-") + ip)]

def ses_generic(rcpt, when, recv_host, ars, tz=UTC):
    ip = rnd.choice(SES_IPS)
    tr = generic_trace(rcpt, when, recv_host, ars, ip, ses_host(ip), tz)
    return tr + amz_dkims(when) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES"), ("X-SES-Outgoing", when.strftime("%Y.%m.%d-") + ip)]

# ================================================================= MAILS
# ---------------------------------------------------------------- generic gmail AR + other senders
def gmail_ar(dkims, mailfrom, ip, dmarc, fromdom, spf="pass"):
    s = ""
    for d, sel in dkims:
        s += f"dkim=pass header.i=@{d} header.s={sel} header.b={b64(6)[:8]};\n       "
    if spf == "pass":
        s += f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n       "
    else:
        s += f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};\n       "
    s += f"dmarc={dmarc} header.from={fromdom}"
    return s

def credly_gmail(rcpt, when, tz=PDT):
    ip = f"167.89.{rnd.randint(100,125)}.{rnd.randint(2,250)}"
    user = rcpt.replace("@", "=")
    mf = f"bounces+{rnd.randint(1000000,9999999)}-{hx(4)}-{user}@em{rnd.randint(1000,9999)}.credly.com"
    host = f"o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.credly.com"
    ar = gmail_ar([("credly.com", "s1"), ("sendgrid.info", "smtpapi")], mf, ip,
                  "pass (p=REJECT sp=REJECT dis=NONE)", "credly.com")
    return gmail_trace(rcpt, when, ar, mf, ip, host, tz) + [
        ("DKIM-Signature", dkim("credly.com", "s1", when, h="content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to")),
        ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", when, h="content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to"))]

def sendgrid_id(when):
    return f"<{b64(16).rstrip('=').replace('/', '_').replace('+', '-')}@geopod-ismtpd-{rnd.randint(1,40)}>"

CREDLY_FOOT = ("\n\n--\nCredly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007\n"
               "You are receiving this e-mail because an organisation issued you a digital credential on Credly.\n"
               "Manage your e-mail preferences: https://www.credly.com/users/notification_settings\n")

# ================================================================= C1 Priya Raman, form case, Gmail
P_ADDR = "priya.raman84@gmail.com"
P_TO = formataddr(("Priya Raman", P_ADDR))
C1_OPEN = at("2025-05-12 09:14:07")
C1 = case15(C1_OPEN, "00927")
P_KEEP, P_OLD = "AWS04418823", "AWS10967342"

d = plus(C1_OPEN, seconds=41)
mail("ack-form-desk-reference", frm=FORM, to=P_ADDR, date=d,
     subject=f"Your AWS Training and Certification request has been received [CASE {C1}]",
     kind="case_created", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     text=f"""Hello,

This note confirms that your message reached AWS Training and Certification
Customer Support. It has been logged under reference CASE {C1}.

A member of our team normally responds within one business day. If we need
anything else from you, we'll ask in a reply to this thread.

Two small requests while you wait:
 * If you write to us again about this topic, reply to this e-mail and keep
   the reference in the subject line.
 * Please don't submit the form a second time for the same request. Duplicate
   requests end up in the back of the queue and slow things down for
   everyone.

Thank you for your patience.

AWS Training and Certification Customer Support

This message was produced automatically. Amazon Web Services, Inc. is a
subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", html=None, html_only=False)

d = at("2025-05-13 16:47:12")
mail("reply-which-profile-stays", frm=FORM, to=P_ADDR, date=d,
     subject=f"RE:[CASE {C1}] {FORM_SUBJ}",
     kind="support_reply", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     text=f"""Hello Priya,

Thanks for writing in. I've had a look at the two candidate IDs from your form,
{P_KEEP} and {P_OLD}, and I can bring them together for you.

Before I set anything up I need two things:

1. Which of the two profiles should carry on afterwards? The other one will be
   closed for good.
2. The e-mail address you use to sign in to each of them (they are not always
   the same as the contact address on the form).

As soon as I have those I'll send you a short summary to check.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support
""",
     quoted=f"""
-----Original Message-----
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: {P_KEEP}
Name: Priya Raman
Contact e-mail: {P_ADDR}
Description: Hi, I ended up with two certification profiles because I took my
first exam with my old work e-mail. The second ID is {P_OLD}. Could you
combine them please? Thanks!
""", html="AUTO")

# C1 continued: confirmation request, go-ahead ack, completion, survey, Credly
def gmail_quote(when, name, a, body, tz=PDT):
    t = when.astimezone(tz)
    head = f"On {t.strftime('%a, %b')} {t.day}, {t.year} at {t.strftime('%I:%M').lstrip('0')} {t.strftime('%p')} {name} <{a}> wrote:"
    return "\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n")) + "\n"

d_user1 = at("2025-05-14 02:31:55")
user1 = f"""Hi Tomasz,

Please keep {P_KEEP}, that's the one with my current Gmail address as login.
The other one ({P_OLD}) used p.raman@infosyncsolutions.com, which I no longer
have access to.

Thanks,
Priya
"""
d = at("2025-05-14 18:05:33")
mail("agent-lays-out-which-profile-survives", frm=FORM, to=P_ADDR, date=d,
     subject=f"RE:[CASE {C1}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     text=f"""Hi Priya,

Thank you, that's everything I need. Here is what will happen - please read it
carefully before you answer:

  Stays active:     {P_KEEP}   (login: {P_ADDR})
  Folded into it:   {P_OLD}   (login: p.raman@infosyncsolutions.com)

Every certification, exam record and benefit currently sitting on {P_OLD}
will be moved across to {P_KEEP}. {P_OLD} is then switched off. Once
this has been carried out there is no way for us to split the profiles apart
again.

If that's all as you expect, a one-line reply saying so is enough and I'll
set it in motion.

Best,
Adaeze
Amazon Web Services
""", quoted=gmail_quote(d_user1, "Priya Raman", P_ADDR, user1) + "\n> -----Original Message-----\n> Hello Priya,\n> Thanks for writing in. I've had a look at the two candidate IDs...\n",
     html="AUTO")

d_user2 = at("2025-05-15 03:12:40")
user2 = f"""The details are correct. Please proceed with the merge.

Priya

On Wed, May 14, 2025 at 11:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Priya,
>
> Thank you, that's everything I need. Here is what will happen - please read
> it carefully before you answer:
>
>   Stays active:     {P_KEEP}   (login: {P_ADDR})
>   Folded into it:   {P_OLD}   (login: p.raman@infosyncsolutions.com)
"""
d = at("2025-05-15 14:40:02")
mail("agent-thanks-go-ahead-handed-over", frm=FORM, to=P_ADDR, date=d,
     subject=f"RE:[CASE {C1}] {FORM_SUBJ}",
     kind="support_reply", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     text="""Hi Priya,

Got it - thanks for the go-ahead. I've passed your request to the team that
does the actual consolidation work. You'll get another note from us as soon
as they've finished; that's usually inside two or three business days.

Nothing else is needed from your side in the meantime. Please hold off on
booking a new exam until you hear back.

Cheers,
Ruairi
AWS Training and Certification
""", quoted=gmail_quote(d_user2, "Priya Raman", P_ADDR, user2), html="AUTO")

d = at("2025-05-16 21:18:47")
mail("agent-old-profile-gone-everything-under-one", frm=FORM, to=P_ADDR, date=d,
     subject=f"RE:[CASE {C1}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     text=f"""Hello Priya,

Good news to end the week: {P_OLD} no longer exists as a separate profile.
Everything it held - your AWS Certified Cloud Practitioner and Developer -
Associate certifications together with their exam history - now sits under
{P_KEEP}, which is the profile you'll sign in to from now on.

A few things worth checking over the next couple of days:
  - Your certifications and any remaining benefits (for example the 50% exam
    discount) show up when you sign in.
  - Your digital badges on Credly. They normally follow within 48 hours; if
    they haven't appeared by then, just reply here.

It was a pleasure helping you.

Regards,
Hui Min
Amazon Web Services Training and Certification
""", html="AUTO", cte="base64")

d = at("2025-05-17 09:02:11")
survey_html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We recently worked with you on case <b>{C1}</b>. Now that this case has been closed, we'd love to know how it went.</p>
<p style="font-size:16px"><b>Did we sort out what you contacted us about?</b></p>
<p><a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;answer=yes&amp;lang=en" style="background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px">Yes</a>
&nbsp;&nbsp;
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;answer=no&amp;lang=en" style="background:#eaeded;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px">No</a></p>
<p>It takes less than a minute, and every answer is read by the team that looked after you.</p>
<p>If something still isn't right, simply reply to this message within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Experience</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.<br><a href="https://aws.amazon.com/privacy/" style="color:#687078">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""
mail("case-closed-did-we-sort-it-html-only", frm=FORM, to=P_ADDR, date=d,
     subject=f"[CASE {C1}] Tell us about your recent support experience",
     kind="survey", case_id=C1, sv=True, trace=ses_gmail(P_ADDR, d), msgid=ses_id(d),
     html=survey_html, html_only=True, cte="quoted-printable")

d = at("2025-05-18 04:26:30")
mail("credly-badge-waiting-after-move", frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
     to=P_ADDR, date=d, subject="Amazon Web Services Training and Certification sent you a badge",
     kind="credly_badge_issued", case_id=None, sv=True, trace=credly_gmail(P_ADDR, d), msgid=sendgrid_id(d),
     extra=[("Reply-To", "Credly Support <support@credly.com>"), ("X-Feedback-ID", "8274513:SG")],
     text="""Hi Priya,

Amazon Web Services Training and Certification has recognised your
achievement with the following digital credential:

    AWS Certified Developer - Associate

Claim it here so it shows on your Credly profile and can be shared:
https://www.credly.com/earner/earned/badge/4f0c2b6e-8a1d-4d3e-9a57-6c1e2f0b8d31

If you already have a Credly account under a different e-mail address, sign
in with that account and add this address to it first, so all your badges
stay together.

Congratulations!
The Credly Team
""" + CREDLY_FOOT, html="AUTO")

# ================================================================= C2 Marco Bellini, console case 11 digits, Outlook.com
M_ADDR = "m.bellini@outlook.com"
C2 = "13907725461"
M_KEEP, M_OLD = "AWS21564098", "AWS03319870"
C2_SUBJ = "Merge two certification accounts"
CON_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en"
CONSOLE_FOOT = """
To see this case or add a reply, sign in to the Support Center:
{link}

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mail. Please use the link above if you need to contact us again about this
same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
"""

d = at("2023-06-19 08:51:26")
con_ack_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:12px 20px;color:#ffffff;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>A support case is now open for your request and has been routed to the team that handles it.
You will be notified here as soon as there is a reply.</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>{C2}</td></tr>
<tr><td><b>Subject:</b></td><td>{C2_SUBJ}</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td><b>Service:</b></td><td>Training and Certification</td></tr>
<tr><td><b>Category:</b></td><td>Certification account</td></tr>
</table>
<p>You can follow the case, add information or attachments at any time in the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en">Support Center</a>.</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#545b64">This mailbox does not accept replies. Please use the Support Center link above to get back to us about this case.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
mail("console-case-open-html-only", frm=CONSOLE, to=M_ADDR, date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
     kind="case_created", case_id=C2, sv=True, trace=ses_outlook(M_ADDR, d), msgid=ses_id(d),
     html=con_ack_html, html_only=True, cte="quoted-printable", charset="UTF-8")

d = at("2023-06-20 11:37:04")
mail("non-native-agent-asks-consent", frm=CONSOLE, to=M_ADDR, date=d,
     subject=f"RE:[CASE {C2}] {C2_SUBJ}",
     kind="merge_confirmation_requested", case_id=C2, sv=True, trace=ses_outlook(M_ADDR, d), msgid=ses_id(d),
     text=f"""Dear Marco,

Greetings from Amazon Web Services!

As per your request we are going to club your below mentioned Certification
profiles into a single one:

Primary (will be retained)     : {M_KEEP}
Secondary (will be deactivated): {M_OLD.replace('AWS', 'AWS ')}

Kindly note that post completion this activity can not be rolled back and the
secondary profile will not be accessible anymore. All the certifications and
exam history of the secondary will reflect in the primary profile.

Request you to kindly revert on the case with your consent so that we can
action the same at the earliest. As this mailbox is not monitored please do
reply from the Support Center link given below.

Thanks and regards,
Shreya P.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C2)), html="AUTO", cte="quoted-printable")

d = at("2023-06-22 06:02:19")
mail("non-native-clubbing-done", frm=CONSOLE, to=M_ADDR, date=d,
     subject=f"RE:[CASE {C2}] {C2_SUBJ}",
     kind="merge_completed", case_id=C2, sv=True, trace=ses_outlook(M_ADDR, d), msgid=ses_id(d),
     text=f"""Dear Marco,

Hope you are doing well.

This is to inform you that the requested clubbing of both the profiles has
been completed successfully from our end. Now you can see all your
certifications, transcript and benefits under the profile {M_KEEP} only.
The old ID does not exist anymore so please use only above ID for future
reference.

Kindly check from your end and let us know in case of any discrepancy.

Thanks and regards,
Vignesh R.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C2)), html="AUTO", cte="base64")

d = at("2023-06-29 06:15:40")
mail("console-marked-resolved-rate", frm=CONSOLE, to=M_ADDR, date=d,
     subject=f"Amazon Web Services Support: your case {C2} has been resolved",
     kind="survey", case_id=C2, sv=True, trace=ses_outlook(M_ADDR, d), msgid=ses_id(d),
     text=f"""Hello,

We haven't seen any new activity on case {C2} ("{C2_SUBJ}") for a while,
so it has now been set to Resolved.

How did we do? One click tells us whether this case met your needs:
  Excellent   https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=5
  Good        https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=4
  Fair        https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=3
  Poor        https://console.aws.amazon.com/support/feedback?displayId={C2}&rating=1

Changed your mind, or the problem came back? You can reopen a resolved case
from the Support Center within 14 days.

Thank you for using AWS Support.
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C2)), html="AUTO", cte="7bit")

# ================================================================= C3 Tom Hargreaves, 10-digit case (2020), own server, no Authentication-Results
T_ADDR = "tom@hargreaves-family.co.uk"
C3 = "6917340258"
T_KEEP, T_OLD = "AWS00782145", "AWS00913307"
def tom_trace(d, ip=None, host=None):
    ip = ip or rnd.choice(SES_IPS)
    return plain_trace(T_ADDR, d, "mail.hargreaves-family.co.uk", ip, host or ses_host(ip), tz=GMT) + amz_dkims(d)

d = at("2020-03-02 10:04:51")
mail("2020-console-case-opened-plain", frm=CONSOLE, to=T_ADDR, date=d,
     subject=f"Amazon Web Services: New Support case: {C3}",
     kind="case_created", case_id=C3, sv=None, trace=tom_trace(d), msgid=ses_id(d),
     text=f"""Thank you for contacting Amazon Web Services.

We've opened case {C3} on your behalf and routed it to the appropriate
team. Details are below.

Case ID: {C3}
Subject: Two certification logins - please combine
Severity: Low
Correspondence: Hello, I passed SAA in 2018 under my university address and
SysOps last month under my own address and now have two candidate numbers.

To see the case, add correspondence or close it, go to:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C3)).split("Amazon Web Services, Inc.")[0], cte="7bit", charset="us-ascii")

d = at("2020-03-05 15:49:12")
mail("2020-records-combined-terse", frm=CONSOLE, to=T_ADDR, date=d,
     subject=f"RE:[CASE {C3}] Two certification logins - please combine",
     kind="merge_completed", case_id=C3, sv=None, trace=tom_trace(d), msgid=ses_id(d),
     text=f"""Hi Tom,

Just a quick line to let you know the two records are now one.
{T_OLD} has been retired and its exam history transferred into
{T_KEEP}; sign in with tom@hargreaves-family.co.uk from here on.

If anything looks off on the transcript, drop a note on this case.

All the best,
Gareth
Amazon Web Services
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C3)), cte="7bit", charset="us-ascii")

d = at("2020-03-06 22:13:05")
acclaim_ip = "168.245.12.48"
mail("2020-acclaim-badge-earned", frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
     to=T_ADDR, date=d, subject="Congratulations, Tom! You've earned a badge",
     kind="credly_badge_issued", case_id=None, sv=None,
     trace=plain_trace(T_ADDR, d, "mail.hargreaves-family.co.uk", acclaim_ip, "o1.ptr4471.youracclaim.com", tz=GMT)
           + [("DKIM-Signature", dkim("youracclaim.com", "s1", d, h="from:to:subject:mime-version:content-type"))],
     msgid=f"<{hx(20)}.{rnd.randint(100,999)}@youracclaim.com>",
     text="""Hi Tom,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified SysOps Administrator - Associate

Accept your badge to display it on your Acclaim profile, add it to LinkedIn
or share it with your employer:

  Accept your badge -> https://www.youracclaim.com/earner/earned/badge/9b2f61d4-77e0-4f2a-a3c5-0e8a6b13c7fd

Already accepted? You can ignore this reminder.

Acclaim, powered by Credly
Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Unsubscribe from badge notifications: https://www.youracclaim.com/users/notification_settings
""", html="AUTO", cte="quoted-printable")

# ================================================================= C4 佐藤 健太, form case in Japanese, @nifty
K_ADDR = "kenta.sato@nifty.com"
K_TO = addr("佐藤 健太", K_ADDR, "iso-2022-jp")
C4_OPEN = at("2025-02-18 01:22:45")
C4 = case15(C4_OPEN, "00351")
K_KEEP, K_OLD = "AWS31870254", "AWS29016633"
def nifty(d):
    ip = rnd.choice(SES_IPS); mf = ses_mailfrom(d)
    ar = (f"mx.nifty.com; spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.i=@amazon.com header.s={rnd.choice(AMZ_SEL)};\n"
          f"\tdkim=pass header.i=@amazonses.com header.s={SES_SEL};\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com")
    tr = [("Return-Path", f"<{mf}>"),
          ("Received", f"from mx.nifty.com by mta-rcv-{rnd.randint(100,999)}.nifty.com with ESMTP\n\tid <{d.strftime('%Y%m%d%H%M%S')}.{alnum(8).upper()}.mta-rcv@nifty.com> for <{K_ADDR}>; {fdate(plus(d, seconds=2), JST)}")]
    tr += generic_trace(K_ADDR, d, "mx.nifty.com", [ar], ip, ses_host(ip), tz=JST)
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES")]

d = plus(C4_OPEN, seconds=37)
mail("ja-ack-iso2022jp", frm=FORM, to=K_TO, date=d,
     subject=f"お問い合わせを受け付けました [CASE {C4}]", subj_charset="iso-2022-jp",
     kind="case_created", case_id=C4, sv=True, lang="ja", trace=nifty(d), msgid=ses_id(d),
     charset="iso-2022-jp", cte="7bit",
     text=f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートにご連絡いただき、誠にありがとうございます。

お送りいただいた内容は、下記の番号にて確かに承りました。
ケース番号: {C4}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
本件について補足がございましたら、新たにフォームを送信されるのではなく、
本メールにそのままご返信くださいますようお願い申し上げます。
(同じご依頼が複数登録されますと、ご案内が遅れる場合がございます。)

※本メールはシステムにより自動送信されています。

アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
""")

d_ku = at("2025-02-18 23:48:10")
d = at("2025-02-19 04:30:52")
mail("ja-keigo-confirm-before-unify", frm=FORM, to=K_TO, date=d,
     subject=f"RE:[CASE {C4}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C4, sv=True, lang="ja", trace=nifty(d), msgid=ses_id(d),
     charset="iso-2022-jp", cte="7bit",
     text=f"""佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの田中でございます。

ご依頼いただいております認定アカウントの統合につきまして、
作業の実施前に、以下の内容をご確認いただけますでしょうか。

■ 統合後も残るアカウント(統合先)
  {K_KEEP}(サインイン用メールアドレス: {K_ADDR})
■ 統合されるアカウント(統合元・統合後は無効となります)
  {K_OLD}(サインイン用メールアドレス: k-sato@example-corp.co.jp)

統合元アカウントの認定資格、受験履歴および特典は、すべて統合先へ移行されます。
なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールへのご返信にてその旨お知らせくださいませ。
ご返信を確認次第、作業を開始させていただきます。

何卒よろしくお願い申し上げます。

田中 美穂
AWS トレーニングと認定 カスタマーサポート
""", quoted=f"""
{d_ku.astimezone(JST).year}年{d_ku.astimezone(JST).month}月{d_ku.astimezone(JST).day}日(水) 8:48 佐藤 健太 <{K_ADDR}>:
> ご担当者様
>
> お世話になっております。佐藤です。
> 残したいのは {K_KEEP} の方です。
> もう一方({K_OLD})は前職の会社アドレスで登録したものです。
>
> よろしくお願いいたします。
""")

d = at("2025-02-20 07:11:29")
mail("ja-unified-shift-jis", frm=FORM, to=K_TO, date=d,
     subject=f"RE:[CASE {C4}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C4, sv=True, lang="ja", trace=nifty(d), msgid=ses_id(d),
     charset="shift_jis", label_charset="Shift_JIS", cte="base64",
     text=f"""佐藤 健太 様

お待たせいたしました。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

先日ご確認いただきました内容のとおり、アカウントの一本化作業を実施し、
本日すべて完了いたしましたのでご報告申し上げます。

今後は {K_KEEP} にサインインいただくことで、これまでに取得された
認定資格および受験履歴をすべてご確認いただけます。
旧アカウント {K_OLD} は、現在ご利用いただけない状態となっております。

なお、Credly のデジタルバッジの反映には、最大で 48 時間ほどかかる場合がございます。
お手数ですが、しばらく経ってもバッジが表示されない場合は、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山本 大輔
AWS トレーニングと認定 カスタマーサポート
""")

d = at("2025-02-21 00:05:03")
mail("ja-closure-questionnaire", frm=FORM, to=K_TO, date=d,
     subject=f"【AWS トレーニングと認定】ケース {C4} 終了のお知らせとアンケートのお願い", subj_charset="utf-8",
     kind="survey", case_id=C4, sv=True, lang="ja", trace=nifty(d), msgid=ses_id(d),
     charset="utf-8", cte="base64", html="AUTO",
     text=f"""佐藤 健太 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、
誠にありがとうございました。
ケース番号 {C4} は、本日をもちまして終了とさせていただきました。

今後のサービス向上のため、今回の対応について簡単なアンケートに
ご協力いただけますと幸いです(所要時間:約 1 分)。

  ご質問は解決しましたか?
    はい   : https://support.aws.amazon.com/survey?displayId={C4}&answer=yes&lang=ja
    いいえ : https://support.aws.amazon.com/survey?displayId={C4}&answer=no&lang=ja

  担当者の対応を 5 段階で評価してください:
    https://support.aws.amazon.com/survey?displayId={C4}&lang=ja

ご不明な点が残っている場合は、14 日以内に本メールへご返信いただければ、
同じケースにて引き続き対応させていただきます。

AWS トレーニングと認定 カスタマーエクスペリエンスチーム
""")

# ================================================================= C5 Aisha Bello, form case, three profiles, Yahoo, florid writers
A_ADDR = "aisha.bello@yahoo.com"
A_TO = formataddr(("Aisha Bello", A_ADDR))
C5_OPEN = at("2024-11-04 16:40:19")
C5 = case15(C5_OPEN, "01188")
A_KEEP, A_O1, A_O2 = "AWS17720934", "AWS05582316", "AWS12093847"
def yahoo(d):
    ip = rnd.choice(SES_IPS)
    ar = (f"atlas{rnd.randint(100,499)}.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s={rnd.choice(AMZ_SEL)};\n"
          f" dkim=pass header.i=@amazonses.com header.s={SES_SEL};\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;")
    t = d.astimezone(UTC)
    tr = [("X-Apparently-To", f"{A_ADDR}; {fdate(plus(t, seconds=3))}"),
          ("Return-Path", f"<{ses_mailfrom(d)}>"),
          ("Received-SPF", f"pass (domain of email.amazonses.com designates {ip} as permitted sender)"),
          ("X-YMailISG", alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")),
          ("X-Originating-IP", f"[{ip}]"),
          ("Authentication-Results", ar),
          ("Received", f"from {ip} (EHLO {ses_host(ip)})\n by 10.217.{rnd.randint(128,159)}.{rnd.randint(2,250)} with SMTPs; {fdate(plus(t, seconds=2))}")]
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES")]

d = plus(C5_OPEN, seconds=52)
mail("florid-ack-with-request-details", frm=FORM, to=A_ADDR, date=d,
     subject=f"We've got your message! [CASE {C5}]",
     kind="case_created", case_id=C5, sv=True, trace=yahoo(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Hi there, Aisha!

Thank you so much for taking the time to get in touch with AWS Training and
Certification - we're genuinely glad you did. This is just a friendly note to
let you know that your enquiry has landed safely with us and is now in the
capable hands of our Customer Support team.

Your reference number is {C5}. Do hold on to it: it's the quickest way
for any of us to find your request.

Request details
  Inquiry type ........ Certification
  Detail .............. Account Merge
  Candidate ID ........ {A_KEEP}
  Other ID(s) ......... {A_O1}, aws-{A_O2[3:]}

What happens next? One of our specialists will read through everything
carefully and reply to you personally - usually within a day, occasionally a
little longer when things are busy. There's no need to send the form again in
the meantime; if you think of anything else we should know, simply reply to
this e-mail.

Wishing you a wonderful rest of your day!

Warmest regards,
The AWS Training and Certification Customer Support Team
""")

d = at("2024-11-06 10:22:48")
mail("agent-asks-about-booked-exam", frm=FORM, to=A_ADDR, date=d,
     subject=f"RE:[CASE {C5}] {FORM_SUBJ}",
     kind="support_reply", case_id=C5, sv=True, trace=yahoo(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Dear Aisha,

Thank you for your lovely message and for your patience while I looked into
your three profiles.

One thing caught my eye before we go any further. {A_O1} still has an exam
appointment on it - AWS Certified Solutions Architect - Professional, booked
with Pearson VUE for 3 December. Appointments don't travel between profiles,
so could you let me know which you would prefer:

  (a) keep the appointment where it is and sit the exam before we do anything
      else, or
  (b) cancel it yourself from the Pearson VUE dashboard now and book it again
      later from {A_KEEP}?

There is also an unused 50% discount voucher on {A_O2}. You don't need to
do anything about it: once the merge is complete we will make sure it shows on
the profile you keep.

I'll wait for your answer on the exam before preparing the next step.

With warm regards,
Beatrix Llewellyn-Hughes
AWS Training and Certification Customer Support
""")

d_ab = at("2024-11-06 19:03:11")
conf_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Georgia,serif;font-size:15px;color:#1b1b1b">
<p>Dear Aisha,</p>
<p>Thank you kindly for sorting out the exam appointment so quickly, and for the wonderfully clear details you have given us along the way - it has made our work a genuine pleasure!</p>
<p>Before we lay a finger on anything, we would be most grateful if you could cast your eye over the plan below and let us know that it matches your wishes:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:14px">
<tr style="background:#f5f5f5"><th align="left">Candidate ID</th><th align="left">What will happen</th></tr>
<tr><td>{A_KEEP}</td><td>Carries everything forward - this is the profile you will keep</td></tr>
<tr><td>{A_O1}</td><td>Certifications and history brought across, then closed</td></tr>
<tr><td>{A_O2}</td><td>Certifications, history and voucher brought across, then closed</td></tr>
</table>
<p>Please be aware that this is a one-way street: once carried out, the two closed profiles cannot be restored or separated again.</p>
<p>Should all of this look right to you, a brief reply to this message giving us your blessing is all we need, and we shall take it from there. If anything is amiss, simply tell us what to change.</p>
<p>With every good wish,<br>Cordelia<br>AWS Training and Certification Customer Support</p>
</div></body></html>
"""
conf_text = f"""Dear Aisha,

Thank you kindly for sorting out the exam appointment so quickly, and for the
wonderfully clear details you have given us along the way - it has made our
work a genuine pleasure!

Before we lay a finger on anything, we would be most grateful if you could
cast your eye over the plan below and let us know that it matches your wishes:

  {A_KEEP}  - carries everything forward; this is the profile you will keep
  {A_O1}  - certifications and history brought across, then closed
  {A_O2}  - certifications, history and voucher brought across, then closed

Please be aware that this is a one-way street: once carried out, the two
closed profiles cannot be restored or separated again.

Should all of this look right to you, a brief reply to this message giving us
your blessing is all we need, and we shall take it from there. If anything is
amiss, simply tell us what to change.

With every good wish,
Cordelia
AWS Training and Certification Customer Support
"""
ab_quote = f"""
-----Original Message-----
From: Aisha Bello <{A_ADDR}>
Sent: Wednesday, November 6, 2024 8:03 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C5}] {FORM_SUBJ}

Hello Beatrix,

I've cancelled the appointment on {A_O1} and will rebook it later from my
main ID. Please go ahead with {A_KEEP} as the one to keep.

Aisha
"""
mail("florid-plan-table-three-profiles", frm=FORM, to=A_ADDR, date=plus(d_ab, hours=15, minutes=12),
     subject=f"RE:[CASE {C5}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C5, sv=True, trace=yahoo(plus(d_ab, hours=15, minutes=12)),
     msgid=ses_id(plus(d_ab, hours=15, minutes=12)), cte="quoted-printable",
     text=conf_text, quoted=ab_quote, html=conf_html, quoted_html=quote_html(ab_quote))

d = at("2024-11-08 13:45:37")
mail("florid-all-done-and-resolving", frm=FORM, to=A_ADDR, date=d,
     subject=f"RE:[CASE {C5}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C5, sv=True, trace=yahoo(d), msgid=ses_id(d), html="AUTO", cte="base64",
     text=f"""Dear Aisha,

It is my absolute pleasure to let you know that the work on your
certification profiles has been finished!

From today, {A_KEEP} holds every one of your certifications - including
the Solutions Architect - Associate and the Security - Specialty - together
with their full exam history and the 50% discount voucher. The profiles
{A_O1} and {A_O2} have been closed and can no longer be signed in to.

Your Credly badges should find their way to you within the next day or two;
you'll receive an e-mail from Credly when each one is ready to accept.

As everything is now in order, I'll go ahead and mark this case as resolved.
You may receive a short note from us asking how we did - we'd love to hear
from you.

It has been a real joy working with you. Congratulations once more on all
those certifications!

Most warmly,
Cordelia
AWS Training and Certification Customer Support
""")

d = at("2024-11-09 08:30:00")
mail("florid-rating-invitation", frm=FORM, to=A_ADDR, date=d,
     subject="Aisha, how was your experience with AWS Training and Certification Support?",
     kind="survey", case_id=C5, sv=True, trace=yahoo(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Dear Aisha,

Your voice matters enormously to us!

You recently worked with our Customer Support team on case {C5}. We'd be
so grateful if you could spare just a moment to tell us how it went - every
single response is read, and it genuinely shapes how we look after learners
like you.

  Overall, how satisfied are you with the support you received?
  Very satisfied  https://aws-tc.qualtrics.com/jfe/form/SV_5hT2?case={C5}&s=5
  Satisfied       https://aws-tc.qualtrics.com/jfe/form/SV_5hT2?case={C5}&s=4
  Neutral         https://aws-tc.qualtrics.com/jfe/form/SV_5hT2?case={C5}&s=3
  Dissatisfied    https://aws-tc.qualtrics.com/jfe/form/SV_5hT2?case={C5}&s=2
  Very dissatisfied https://aws-tc.qualtrics.com/jfe/form/SV_5hT2?case={C5}&s=1

Thank you, truly, for being part of the AWS Training and Certification
community.

With heartfelt thanks,
AWS Training and Certification Customer Experience
""")

# ================================================================= C6 Lukas Brandt, console 11 digits (2022), own Postfix server
L_ADDR = "lukas@brandt-it.de"
C6 = "12841906337"
L_KEEP, L_OLD = "AWS08846120", "AWS16640298"
C6_SUBJ = "Zwei Zertifizierungs-IDs zusammenlegen / two certification IDs"
def brandt(d, ar=None):
    ip = rnd.choice(SES_IPS); host = ses_host(ip)
    t = d.astimezone(CEST)
    tr = [("Return-Path", f"<{ses_mailfrom(d)}>"),
          ("Delivered-To", L_ADDR),
          ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.brandt-it.de (Postfix) with ESMTP id {alnum(11).upper()}\n\tfor <{L_ADDR}>; {fdate(plus(t, seconds=1))}")]
    if ar:
        tr += [("Authentication-Results", a.format(host=host, ip=ip)) for a in ar]
    tr += [("Received", f"from {host} ({host} [{ip}])\n\tby mail.brandt-it.de (Postfix) with ESMTPS id {alnum(11).upper()}\n\tfor <{L_ADDR}>; {fdate(t)}")]
    return tr + amz_dkims(d)

d = at("2022-09-12 07:19:44")
mail("terse-console-case-open-no-auth", frm=CONSOLE, to=L_ADDR, date=d,
     subject=f"AWS Support: case {C6} opened",
     kind="case_created", case_id=C6, sv=None, trace=brandt(d), msgid=ses_id(d), cte="7bit", charset="us-ascii",
     text=f"""Case {C6} is open.

Subject:  {C6_SUBJ}
Severity: General guidance

You'll hear from us on this case. This address is unmonitored - reply via
the Support Center:
{CON_LINK.format(C6)}

Amazon Web Services
""")

d = at("2022-09-13 12:02:31")
mail("console-new-correspondence-notice", frm=CONSOLE, to=L_ADDR, date=d,
     subject=f"[Case {C6}] New correspondence added",
     kind="support_reply", case_id=C6, sv=True, msgid=ses_id(d),
     trace=brandt(d, ar=[f"mail.brandt-it.de; dmarc=pass (p=quarantine dis=none) header.from=amazon.com",
                         "mail.brandt-it.de; spf=pass smtp.mailfrom=email.amazonses.com",
                         f"mail.brandt-it.de;\n\tdkim=pass (2048-bit key; unprotected) header.d=amazon.com header.i=@amazon.com header.b={b64(6)[:8]};\n\tdkim=pass (1024-bit key; unprotected) header.d=amazonses.com header.i=@amazonses.com header.b={b64(6)[:8]}"]),
     html="AUTO", cte="quoted-printable",
     text=f"""Hello,

Someone from AWS Support has added a reply to your case:

Case ID: {C6}
Subject: {C6_SUBJ}

For security reasons the message itself isn't included here. Sign in to the
Support Center to read it and respond:
{CON_LINK.format(C6)}

Please don't reply to this e-mail - replies to this address are not read.

Amazon Web Services
""")

d = at("2022-09-15 09:47:02")
mail("terse-done-now-part-of", frm=CONSOLE, to=L_ADDR, date=d,
     subject=f"RE:[CASE {C6}] {C6_SUBJ}",
     kind="merge_completed", case_id=C6, sv=True, msgid=ses_id(d),
     trace=brandt(d, ar=[f"mail.brandt-it.de;\n\tdkim=pass (2048-bit key; unprotected) header.d=amazon.com header.i=@amazon.com header.b={b64(6)[:8]}"]),
     cte="7bit", charset="us-ascii",
     text=f"""Hello Lukas,

Done. {L_OLD} is now part of {L_KEEP}; sign in with {L_ADDR}.

Regards,
Jens
Amazon Web Services
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C6)))

d = at("2022-09-16 09:47:30")
mail("terse-closed-rate-1-to-5", frm=CONSOLE, to=L_ADDR, date=d,
     subject=f"Case {C6} closed",
     kind="survey", case_id=C6, sv=None, trace=brandt(d), msgid=ses_id(d), cte="7bit", charset="us-ascii",
     text=f"""Case {C6} closed.

Rate this support interaction (1 = poor, 5 = excellent):
 1 https://console.aws.amazon.com/support/rate?displayId={C6}&r=1
 2 https://console.aws.amazon.com/support/rate?displayId={C6}&r=2
 3 https://console.aws.amazon.com/support/rate?displayId={C6}&r=3
 4 https://console.aws.amazon.com/support/rate?displayId={C6}&r=4
 5 https://console.aws.amazon.com/support/rate?displayId={C6}&r=5

Reopen within 14 days from the Support Center if needed.
Amazon Web Services
""")

# ================================================================= C7 Nguyen Thi Mai, form case, Gmail
N_ADDR = "mai.nguyen.dev@gmail.com"
N_TO = formataddr(("Nguyen Thi Mai", N_ADDR))
C7_OPEN = at("2025-03-27 03:05:51")
C7 = case15(C7_OPEN, "00462")
N_KEEP, N_OLD = "AWS24475019", "AWS19903422"

d = plus(C7_OPEN, seconds=29)
mail("ack-please-no-second-case", frm=FORM, to=N_TO, date=d,
     subject=f"[CASE {C7}] Thank you for contacting AWS Training and Certification",
     kind="case_created", case_id=C7, sv=True, trace=ses_gmail(N_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text=f"""Hi Mai,

This is an automated confirmation: a support case (ID {C7}) now exists for
the request you just submitted, and it is waiting in our queue for the next
available specialist.

Please don't create another case for this same request. Extra cases are
combined with the earliest one, which only adds time before someone can
answer you. If you'd like to add details, reply to this message.

Thank you,
AWS Training and Certification Customer Support
""")

d = at("2025-03-31 09:14:26")
mail("status-update-back-office-still-on-it", frm=FORM, to=N_TO, date=d,
     subject=f"RE:[CASE {C7}] {FORM_SUBJ}",
     kind="support_reply", case_id=C7, sv=True, trace=ses_gmail(N_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text=f"""Hi Mai,

A quick update, as promised. Our back-office team has picked up the
consolidation of {N_OLD} into {N_KEEP} and is working through it now.

These requests pass through a couple of internal checks before anything is
changed, so it may take until Friday. There's nothing you need to do; I'll
write again as soon as I have news.

Thanks for bearing with us.

Sana
AWS Training and Certification Customer Support
""")

d_mai = at("2025-03-29 01:40:17")
mai_body = f"""Hello Farhan,

Yes, that is correct. Please keep {N_KEEP} and move everything from
{N_OLD} into it.

Thank you very much!
Mai

On Fri, Mar 28, 2025 at 4:22 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Mai,
>
> Could you confirm the following before I go ahead?
>   Remaining profile: {N_KEEP}
>   Profile to close:  {N_OLD}
> This cannot be reversed afterwards.
"""
d = at("2025-04-02 20:51:09")
mail("single-profile-now-quoted-confirmation", frm=FORM, to=N_TO, date=d,
     subject=f"RE:[CASE {C7}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C7, sv=True, trace=ses_gmail(N_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="base64",
     text=f"""Hi Mai,

All finished on our side. You now have a single certification profile,
{N_KEEP}, and it lists all four of your certifications with their original
dates. The older profile has been closed, so please sign in with
{N_ADDR} from now on.

If your Credly badges haven't arrived in a couple of days, let me know here.

Best wishes,
Xavier
AWS Training and Certification Customer Support
""", quoted=gmail_quote(d_mai, "Nguyen Thi Mai", N_ADDR, mai_body))

d = at("2025-04-03 15:09:44")
mail("credly-data-engineer-credential-here", frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
     to=N_ADDR, date=d, subject="Mai, your AWS Certified Data Engineer - Associate credential is here",
     kind="credly_badge_issued", case_id=None, sv=True, trace=credly_gmail(N_ADDR, d), msgid=sendgrid_id(d),
     extra=[("Reply-To", "Credly Support <support@credly.com>")], cte="quoted-printable",
     text="""Hi Mai,

Good news - a new digital credential has been added to your Credly account
by Amazon Web Services Training and Certification:

    AWS Certified Data Engineer - Associate
    Issued: March 2024   Expires: March 2027

Accept badge: https://www.credly.com/badges/e3a1c9f7-4b20-4c6d-8f11-72d5a0b9e4c2/accept

Once accepted you can share it on LinkedIn, add it to your e-mail signature
or download a certificate.
""" + CREDLY_FOOT,
     html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">
<h2 style="font-weight:600">Hi Mai,</h2>
<p>Good news - a new digital credential has been added to your Credly account by <b>Amazon Web Services Training and Certification</b>:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/b0a6f1e4-data-engineer-associate.png" width="150" alt=""><br><b>AWS Certified Data Engineer - Associate</b><br><span style="color:#777">Issued: March 2024 &middot; Expires: March 2027</span></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/e3a1c9f7-4b20-4c6d-8f11-72d5a0b9e4c2/accept" style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p>Once accepted you can share it on LinkedIn, add it to your e-mail signature or download a certificate.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007<br><a href="https://www.credly.com/users/notification_settings">Manage e-mail preferences</a></p>
</div></body></html>
""")

# ================================================================= C8 Carlos Mendes, form case, Proton Mail
C_ADDR = "cmendes@protonmail.com"
C_TO = formataddr(("Carlos Mendes", C_ADDR))
C8_OPEN = at("2024-08-21 13:58:02")
C8 = case15(C8_OPEN, "00735")
C_KEEP, C_OLD = "AWS27730415", "AWS11058836"
WEST = TZ(1)
def proton(d):
    ip = rnd.choice(SES_IPS); host = ses_host(ip)
    ars = [f"mail.protonmail.ch; dkim=pass (Good 2048 bit rsa-sha256 signature)\n header.d=amazon.com header.i=@amazon.com header.a=rsa-sha256",
           f"mail.protonmail.ch; dkim=pass (Good 1024 bit rsa-sha256 signature)\n header.d=amazonses.com header.i=@amazonses.com header.a=rsa-sha256",
           "mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from=amazon.com",
           "mail.protonmail.ch; spf=pass smtp.mailfrom=email.amazonses.com",
           f"mail.protonmail.ch; arc=none smtp.remote-ip={ip}"]
    t = d.astimezone(UTC)
    tr = [("Return-Path", f"<{ses_mailfrom(d)}>"), ("X-Original-To", C_ADDR), ("Delivered-To", C_ADDR)]
    tr += [("Authentication-Results", a) for a in ars]
    tr += [("Received", f"from {host} ({host} [{ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin{rnd.randint(10,40)}.protonmail.ch (Postfix) with ESMTPS id 4W{alnum(8).upper()} for <{C_ADDR}>;\n {fdate(t)}")]
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES"), ("X-Pm-Spam", "0yeBasic")]

d = plus(C8_OPEN, seconds=33)
mail("request-received-reference-number", frm=FORM, to=C_ADDR, date=d,
     subject=f"Request received - ref. {C8}",
     kind="case_created", case_id=C8, sv=True, trace=proton(d), msgid=ses_id(d), cte="quoted-printable",
     text=f"""Hello Carlos,

We've got your request and given it the reference number {C8}.

What now? A specialist from AWS Training and Certification will look into it
and get back to you, usually within 24 hours. Replies will come from this
address, so it's worth checking your spam folder now and then.

If you need to add something, just answer this e-mail and leave the subject
as it is.

AWS Training and Certification Customer Support
https://www.aws.training/support
""")

d = at("2024-08-26 08:40:15")
mail("chaser-still-need-second-email", frm=FORM, to=C_ADDR, date=d,
     subject=f"RE:[CASE {C8}] {FORM_SUBJ}",
     kind="support_reply", case_id=C8, sv=True, trace=proton(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Hello Carlos,

I am following up on my message of Thursday. For locate your second profile I
still need the e-mail address which it is registered under - probably the one
you used for schedule your exam in 2021.

Without this information I am not able to move forward with your request. If
we do not hear from you in the next 7 days, the case can be closed
automatically, but you can always reply to reopen it.

Kind regards,
Joao Pedro
AWS Training and Certification Customer Support
""", quoted=f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, August 22, 2024 11:02 AM
To: {C_ADDR}
Subject: RE:[CASE {C8}] {FORM_SUBJ}

Hello Carlos,

Thank you for contact us. I found the profile {C_KEEP} with your Proton
address. Can you tell me the e-mail address of the other profile?
""")

d_cm = at("2024-08-26 21:14:52")
d = at("2024-08-27 10:03:20")
mail("proposal-keep-27730415-yes-will-do", frm=FORM, to=C_ADDR, date=d,
     subject=f"RE:[CASE {C8}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C8, sv=True, trace=proton(d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text=f"""Hi Carlos,

Thanks - found it. Here's the proposal:

  * AWS-{C_KEEP[3:]} - the profile you'll continue to use
  * aws{C_OLD[3:]} - its history moves to the one above, after which it is
    deleted

This is permanent. Are you happy for us to go ahead on that basis? A simple
"yes" by reply will do.

Olivia
AWS Training and Certification Customer Support
""", quoted=f"""
From: Carlos Mendes <{C_ADDR}>
Sent: Monday, August 26, 2024 10:14 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C8}] {FORM_SUBJ}

Sorry for the delay! The old one is carlos.mendes@techvia.pt. I think the ID
was {C_OLD} but I'm not 100% sure.

Carlos
""")

d = at("2024-08-29 16:20:05")
mail("closed-with-resolution-summary", frm=FORM, to=C_ADDR, date=d,
     subject=f"Case {C8} is now closed",
     kind="survey", case_id=C8, sv=True, trace=proton(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Hello Carlos,

Your case {C8} has been closed.

  Request:    Account Merge
  Resolution: Certification profiles consolidated into {C_KEEP}

Did this resolve your issue?
  Yes - https://support.aws.amazon.com/survey?displayId={C8}&resolved=1
  No  - https://support.aws.amazon.com/survey?displayId={C8}&resolved=0

A couple more questions about the agent who helped you are on the next page.
If you need more help with this request, reply within 14 days and the case
will reopen automatically.

AWS Training and Certification Customer Support
""")

# ================================================================= C9 Sarah O'Connell, form case, iCloud
S_ADDR = "sarah.oconnell@icloud.com"
S_TO = formataddr(("Sarah O'Connell", S_ADDR))
C9_OPEN = at("2025-07-09 20:11:36")
C9 = case15(C9_OPEN, "00218")
S_KEEP, S_OLD = "AWS06671290", "AWS22018457"
def icloud(d):
    ip = rnd.choice(SES_IPS); host = ses_host(ip); mf = ses_mailfrom(d)
    t = d.astimezone(UTC)
    tr = [("Received", f"from {host} (mx.icloud.com [{rnd.choice(['17.57.154.23','17.57.152.11','17.57.155.34'])}])\n\tby p{rnd.randint(10,99)}-mailgateway-smtp-{hx(10)} (mailgateway 2{rnd.randint(100,599)}B{rnd.randint(10,99)})\n\twith SMTP id {hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\n\tfor <{S_ADDR}>; {t.strftime('%a, %d %b %Y %H:%M:%S GMT')}"),
          ("X-Apple-MoveToFolder", "INBOX"), ("X-Apple-Action", "MOVE_TO_FOLDER/INBOX"),
          ("X-Apple-UUID", f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"),
          ("Return-Path", f"<{mf}>"),
          ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
          ("Authentication-Results", "dmarc.icloud.com; bimi=declined header.from=amazon.com policy.dmarc=quarantine"),
          ("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b={b64(6)[:8]};\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={b64(6)[:8]}"),
          ("Authentication-Results", f"spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}"),
          ("Received-SPF", f"pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={host}; envelope-from={mf}"),
          ("Received", f"from {host} ({host} [{ip}])\n\tby p{rnd.randint(10,99)}-mailgateway-smtp-{hx(10)} (mailgateway 2{rnd.randint(100,599)}B{rnd.randint(10,99)})\n\twith ESMTPS id {hx(8)}; {t.strftime('%a, %d %b %Y %H:%M:%S GMT')}")]
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES")]

d = plus(C9_OPEN, seconds=48)
ack9_html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>AWS Training and Certification</title></head>
<body style="margin:0;background-color:#eef0f2">
<center>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:620px;background:#ffffff">
<tr><td style="padding:18px 28px;background:#0f1b2a"><img src="https://d1.awsstatic.com/training-and-certification/logos/aws-tc-logo-white.png" height="28" alt="AWS Training and Certification"/></td></tr>
<tr><td style="padding:28px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#16191f">
<p style="margin-top:0">Hi Sarah,</p>
<p>Thanks for your message - it's safely with us.</p>
<div style="background:#f2f8fd;border-left:4px solid #0972d3;padding:12px 16px;margin:16px 0">
<span style="font-size:12px;color:#5f6b7a;text-transform:uppercase;letter-spacing:1px">Your case number</span><br/>
<span style="font-size:20px;font-weight:bold">{C9}</span></div>
<p>We aim to get back to you within 24 hours. If you reply to this e-mail, your answer is added to the same case automatically - there is no need to fill in the form again.</p>
<p>In the meantime, you may find an answer in our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a>.</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px 28px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#687078;background:#fafafa">
This is an automated message. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. <a href="https://aws.amazon.com/privacy/" style="color:#687078">Privacy notice</a>
</td></tr></table></center></body></html>
"""
mail("html-only-b64-case-number-box", frm=FORM, to=S_ADDR, date=d,
     subject=f"Thanks for reaching out - CASE {C9}",
     kind="case_created", case_id=C9, sv=True, trace=icloud(d), msgid=ses_id(d),
     html=ack9_html, html_only=True, cte="base64", charset="UTF-8")

d_so = at("2025-07-10 18:30:02")
d = at("2025-07-11 07:55:41")
mail("which-one-remains-absorbed", frm=FORM, to=S_ADDR, date=d,
     subject=f"RE:[CASE {C9}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C9, sv=True, trace=icloud(d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text=f"""Hi Sarah,

Thanks for sending the sign-in addresses. Before anything changes, I'd like
you to check this:

{S_KEEP} is the one that remains. {S_OLD} will be absorbed into it: its
two certifications, your exam history and the unused practice-exam benefit
will all move over, and {S_OLD} itself will stop working.

We can't reverse this afterwards, so please take a moment. If it's right,
reply with "go ahead" (or anything similar) and I'll take care of the rest.
If you'd rather keep the other one, tell me and I'll swap them round.

Best,
Declan
AWS Training and Certification Customer Support
""", quoted=f"""
On 10 Jul 2025, at 19:30, Sarah O'Connell <{S_ADDR}> wrote:

> Hi Niamh,
>
> {S_KEEP} signs in with {S_ADDR} and {S_OLD} with
> s.oconnell@tcd.ie (I can still receive mail there).
>
> Sarah
>
> Sent from my iPhone
""")

d_so2 = at("2025-07-11 11:06:47")
d = at("2025-07-11 14:22:10")
mail("passed-to-team-once-complete-will-write", frm=FORM, to=S_ADDR, date=d,
     subject=f"RE:[CASE {C9}] {FORM_SUBJ}",
     kind="support_reply", case_id=C9, sv=True, trace=icloud(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text="""Hi Sarah,

Perfect, thank you. I've handed this over to the colleagues who carry out the
change. Once the merge is complete we will write to you again on this case,
and your badges should follow from Credly shortly after that.

Until then, please don't schedule any new exams.

Best,
Declan
AWS Training and Certification Customer Support
""", quoted=f"""
On 11 Jul 2025, at 12:06, Sarah O'Connell <{S_ADDR}> wrote:

> Go ahead, thanks Declan!
>
> Sent from my iPhone
""")

d = at("2025-07-14 10:38:55")
done9_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hi Sarah,</p>
<p>Your certification history now lives in one place. Everything that used to be on {S_OLD} has been moved to <b>{S_KEEP}</b>, and the old profile has been switched off.</p>
<ul>
<li>Sign in with {S_ADDR} from now on.</li>
<li>Your two certifications, their validation numbers and exam history are all visible on the remaining profile.</li>
<li>Credly badges usually follow within 48 hours.</li>
</ul>
<p>Have a lovely week,<br>Siobhan<br>AWS Training and Certification Customer Support</p>
<hr style="border:none;border-top:1px solid #e9ebed">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>
"""
mail("html-only-history-lives-in-one-place", frm=FORM, to=S_ADDR, date=d,
     subject=f"RE:[CASE {C9}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C9, sv=True, trace=icloud(d), msgid=ses_id(d),
     html=done9_html, html_only=True, cte="base64", charset="UTF-8")

d = at("2025-07-15 02:41:19")
ip = f"167.89.{rnd.randint(100,125)}.{rnd.randint(2,250)}"
mail("credly-terse-claim-it", frm='"Credly" <admin@credly.com>', to=S_ADDR, date=d,
     subject="Claim your AWS Certified Security - Specialty badge",
     kind="credly_badge_issued", case_id=None, sv=True, msgid=sendgrid_id(d),
     trace=[("Received", f"from o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.credly.com (mx.icloud.com [17.57.154.23])\n\tby p{rnd.randint(10,99)}-mailgateway-smtp-{hx(10)} (mailgateway 2{rnd.randint(100,599)}B{rnd.randint(10,99)})\n\twith SMTP id {hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\n\tfor <{S_ADDR}>; {d.strftime('%a, %d %b %Y %H:%M:%S GMT')}"),
            ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=credly.com"),
            ("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b={b64(6)[:8]};\n\tdkim=pass (2048-bit key) header.d=sendgrid.info header.i=@sendgrid.info header.b={b64(6)[:8]}"),
            ("Authentication-Results", f"spf.icloud.com; spf=pass (spf.icloud.com: domain of em4712.credly.com designates {ip} as permitted sender) smtp.mailfrom=em4712.credly.com"),
            ("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to"))],
     cte="quoted-printable",
     text="""Sarah,

Amazon Web Services Training and Certification issued you:
AWS Certified Security - Specialty

Claim it: https://www.credly.com/badges/0d7e2a94-61c3-4e8b-b5f0-3a9c8e1d2f46/accept

Credly
""" + CREDLY_FOOT)

# ================================================================= C10 山田 美咲, form case, So-net
Y_ADDR = "m-yamada@bd5.so-net.ne.jp"
Y_TO = addr("山田 美咲", Y_ADDR, "iso-2022-jp")
C10_OPEN = at("2025-01-14 05:47:10")
C10 = case15(C10_OPEN, "00644")
Y_KEEP, Y_OLD = "AWS14402768", "AWS30059911"
def sonet(d, dmarc=False):
    ip = rnd.choice(SES_IPS); host = ses_host(ip); mf = ses_mailfrom(d)
    ar = f"mx.so-net.ne.jp; spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d=amazon.com header.s={rnd.choice(AMZ_SEL)};\n\tdkim=pass header.d=amazonses.com header.s={SES_SEL}"
    if dmarc:
        ar += ";\n\tdmarc=pass header.from=amazon.com"
    t = d.astimezone(JST)
    tr = [("Return-Path", f"<{mf}>"),
          ("Received", f"from mx.so-net.ne.jp (mx{rnd.randint(10,30)}.so-net.ne.jp [202.238.84.{rnd.randint(10,90)}])\n\tby mbox{rnd.randint(100,300)}.so-net.ne.jp (Postfix) with ESMTP id {alnum(10).upper()}\n\tfor <{Y_ADDR}>; {fdate(plus(t, seconds=1))}"),
          ("Authentication-Results", ar),
          ("Received", f"from {host} ({host} [{ip}])\n\tby mx.so-net.ne.jp (Postfix) with ESMTPS id {alnum(10).upper()}\n\tfor <{Y_ADDR}>; {fdate(t)}")]
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES")]

d = plus(C10_OPEN, seconds=44)
mail("ja-uketsuke-kanryou-2022jp-with-html", frm=FORM, to=Y_TO, date=d,
     subject=f"【AWS トレーニングと認定】お問い合わせ番号 {C10} の受付完了", subj_charset="iso-2022-jp",
     kind="case_created", case_id=C10, sv=True, lang="ja", trace=sonet(d, dmarc=True), msgid=ses_id(d),
     charset="iso-2022-jp", cte="7bit", html="AUTO", html_charset="utf-8", html_cte="quoted-printable",
     text=f"""山田 美咲 様

この度は AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせ番号 {C10} として受付が完了いたしましたので、お知らせいたします。

内容を確認のうえ、担当者より順次ご連絡を差し上げます。
通常、1 営業日以内にご返信しておりますが、混み合っている場合は
お時間をいただくことがございます。

ご返信の際は、件名のお問い合わせ番号を変更せずにお送りください。

AWS トレーニングと認定 カスタマーサポート
""")

d = at("2025-01-15 02:18:37")
mail("ja-asks-signin-addresses-and-which-to-keep", frm=FORM, to=Y_TO, date=d,
     subject=f"RE:[CASE {C10}] {FORM_SUBJ}",
     kind="support_reply", case_id=C10, sv=True, lang="ja", trace=sonet(d), msgid=ses_id(d),
     charset="utf-8", cte="8bit",
     text=f"""山田 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木と申します。

お問い合わせいただいた件につきまして、対象のアカウントを確実に特定するため、
恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

 1. {Y_KEEP} にサインインする際のメールアドレス
 2. {Y_OLD} にサインインする際のメールアドレス
 3. 今後ご利用を希望されるのはどちらのアカウントか

ご返信をいただき次第、次のご案内を差し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

鈴木 翔太
AWS トレーニングと認定 カスタマーサポート
""")

d = at("2025-01-17 08:02:55")
mail("english-to-ja-user-records-together-wrong-charset", frm=FORM, to=Y_TO, date=d,
     subject=f"RE:[CASE {C10}] {FORM_SUBJ}",
     kind="merge_completed", case_id=C10, sv=True, lang="en", trace=sonet(d, dmarc=True), msgid=ses_id(d),
     charset="utf-8", label_charset="iso-8859-1", cte="8bit",
     text=f"""Dear Ms. Yamada,

Thank you for your patience — and apologies for writing in English; our
Japanese-speaking colleagues are out of office today.

I’m pleased to say your certification records have now been brought together
under {Y_KEEP}. The second ID, {Y_OLD}, has been closed, and the
certifications that were on it (AWS Certified Cloud Practitioner and AWS
Certified Machine Learning – Specialty) are now shown on {Y_KEEP}.

You don’t need to do anything further. Your Credly badges will be updated
automatically; this usually takes up to two days.

Kind regards,
Hannah
AWS Training and Certification Customer Support
""")

# ================================================================= C11 Rahul Deshpande, form case 11 digits (2023), Outlook/Hotmail
R_ADDR = "rahul.d@hotmail.com"
R_TO = formataddr(("Rahul Deshpande", R_ADDR))
C11 = "11982045713"
R_KEEP, R_OLD = "AWS02259981", "AWS28814076"

d = at("2023-01-23 06:11:08")
mail("non-native-acknowledgement-same-registered", frm=FORM, to=R_TO, date=d,
     subject=f"Acknowledgement: Case ID {C11} - AWS Training and Certification",
     kind="case_created", case_id=C11, sv=True, trace=ses_outlook(R_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text=f"""Dear Customer,

Thank you for reaching AWS Training and Certification Support.

This is to acknowledge that we have received your query and same has been
registered under Case ID {C11}. Our support specialist will revert back to
you within 24 business hours.

Kindly do not raise duplicate request for the same query as it may delay the
resolution.

Regards,
AWS T&C Support Team
""")

d = at("2023-01-24 17:26:40")
mail("same-page-before-change-outlook-quoted", frm=FORM, to=R_TO, date=d,
     subject=f"RE:[CASE {C11}] {FORM_SUBJ}",
     kind="merge_confirmation_requested", case_id=C11, sv=True, trace=ses_outlook(R_ADDR, d), msgid=ses_id(d),
     html="AUTO", cte="quoted-printable",
     text=f"""Hi Rahul,

Thanks for the information. Just so we're on the same page before I make the
change:

  - {R_KEEP} stays.
  - AWS {R_OLD[3:]} goes away, and its certifications are transferred into
    {R_KEEP}.

This can't be undone. Reply "confirmed" and I'll action it today.

Thanks,
Megan
Amazon Web Services
""", quoted=f"""
________________________________
From: Rahul Deshpande <{R_ADDR}>
Sent: Tuesday, January 24, 2023 9:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C11}] {FORM_SUBJ}

Hi,

Primary should be {R_KEEP} (rahul.d@hotmail.com). Old one is {R_OLD},
login was rahul.deshpande@mindtree.com.

Regards,
Rahul

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, January 23, 2023 3:40 PM
To: {R_ADDR}
Subject: RE:[CASE {C11}] {FORM_SUBJ}

> Dear Rahul,
> Please share the login e-mail of both the accounts and which one you want
> to keep as primary.
> > Inquiry type: Certification / Account Merge / {R_OLD}
""")

d = at("2023-01-27 04:48:13")
mail("non-native-kindly-spare-two-minutes", frm=FORM, to=R_TO, date=d,
     subject=f"Your feedback is valuable to us - Case {C11}",
     kind="survey", case_id=C11, sv=True, trace=ses_outlook(R_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="base64",
     text=f"""Dear Rahul,

Greetings!

Your case {C11} has been resolved. We request you to kindly spare 2 minutes
of your valuable time to give feedback on the support experience provided by
our team. Your feedback helps us to serve you better.

Take the survey: https://aws-tc.qualtrics.com/jfe/form/SV_9Xp?caseid={C11}

In case the issue is not solved, you may reply to this email and the case
will be re-opened for further assistance.

Thanks & Regards,
AWS T&C Support Team
""")

# ================================================================= C12 Emily Zhang, console case 15 digits, Fastmail
E_ADDR = "emily.zhang@fastmail.com"
C12_OPEN = at("2025-09-02 14:30:00")
C12 = case15(C12_OPEN, "00593")
E_A, E_B = "AWS09937742", "AWS13356208"
def fastmail(d):
    ip = rnd.choice(SES_IPS); host = ses_host(ip); mf = ses_mailfrom(d)
    t = d.astimezone(UTC)
    ar = (f"mx{rnd.randint(1,9)}.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64(6)[:8]} header.a=rsa-sha256 header.s={rnd.choice(AMZ_SEL)} x-bits=2048;\n"
          f"    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b={b64(6)[:8]} header.a=rsa-sha256 header.s={SES_SEL} x-bits=1024;\n"
          f"    dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com;\n"
          f"    iprev=pass smtp.remote-ip={ip} ({host});\n    spf=pass smtp.mailfrom={mf} smtp.helo={host};\n"
          f"    x-aligned-from=fail (Address mismatch);\n    x-me-sender=none;\n    x-ptr=pass smtp.helo={host} policy.ptr={host};\n    x-return-mx=pass header.domain=amazon.com policy.is_org=yes")
    tr = [("Return-Path", f"<{mf}>"),
          ("Received", f"from compute{rnd.randint(1,9)}.internal (compute{rnd.randint(1,9)}.internal [10.202.2.{rnd.randint(40,60)}])\n\t by mailout.nyi.internal (Postfix) with ESMTP id {alnum(10).upper()}\n\t for <{E_ADDR}>; {t.strftime('%a, %d %b %Y %H:%M:%S')} -0400"),
          ("Received", f"from mx{rnd.randint(1,9)} ([10.202.2.{rnd.randint(200,220)}])\n  by compute{rnd.randint(1,9)}.internal (LMTPProxy); {t.strftime('%a, %d %b %Y %H:%M:%S')} -0400"),
          ("X-Cyrus-Session-Id", f"sloti{rnd.randint(10,60)}d1t{rnd.randint(10,60)}-{rnd.randint(1000000000,1999999999)}-{rnd.randint(1,9)}-{rnd.randint(100000,999999)}"),
          ("X-Sieve", "CMU Sieve 3.0"),
          ("Authentication-Results", ar),
          ("Received-SPF", f"pass\n    (amazonses.com: {ip} is authorized to use '{mf}' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx{rnd.randint(1,9)}.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"{mf}\";\n    helo={host};\n    client-ip={ip}"),
          ("Received", f"from {host} ({host} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx{rnd.randint(1,9)}.messagingengine.com (Postfix) with ESMTPS\n\tfor <{E_ADDR}>; {t.strftime('%a, %d %b %Y %H:%M:%S')} -0400 (EDT)")]
    return tr + amz_dkims(d) + [("Feedback-ID", f"::1.us-east-1.{b64(30)[:43]}=:AmazonSES")]

d = plus(C12_OPEN, seconds=12)
mail("console-case-number-is", frm=CONSOLE, to=E_ADDR, date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C12}",
     kind="case_created", case_id=C12, sv=True, trace=fastmail(d), msgid=ses_id(d), cte="quoted-printable",
     text=f"""Thanks for getting in touch with AWS Support.

Your case number is {C12}. Keep it handy - it's the fastest way for
anyone here to find your request.

  Subject:   Combine my two certification accounts
  Severity:  General guidance
  Opened by: {E_ADDR}

An engineer from the Training and Certification team will pick this up and
reply in the Support Center. We'll send you an e-mail whenever there's
something new to read.

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C12)))

d = at("2025-09-19 15:02:44")
mail("closed-no-reply-inactivity-survey", frm=CONSOLE, to=E_ADDR, date=d,
     subject=f"[Case {C12}] Closed after no response",
     kind="survey", case_id=C12, sv=True, trace=fastmail(d), msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text=f"""Hi Emily,

We haven't heard from you since 5 September, so case {C12} has now been
closed.

If you still want your two profiles ({E_A} and {E_B}) brought together,
just reopen this case from the Support Center within the next 14 days and
answer the questions in our last message - no need to start from scratch.

Before you go: would you tell us how we did? It takes about a minute.
https://console.aws.amazon.com/support/feedback?displayId={C12}

Thank you for using AWS Support.
Amazon Web Services
""" + CONSOLE_FOOT.format(link=CON_LINK.format(C12)))

# ================================================================= look-alikes, phishing and unrelated mail
def gmail_generic(rcpt, d, fromdom, mf, ip, host, dkims, dmarc="pass (p=REJECT sp=REJECT dis=NONE)", spf="pass", sel="s1"):
    ar = gmail_ar([(dd, ss) for dd, ss in dkims], mf, ip, dmarc, fromdom, spf=spf)
    return gmail_trace(rcpt, d, ar, mf, ip, host) + [("DKIM-Signature", dkim(dd, ss, d)) for dd, ss in dkims]

# --- phishing about the merge: look-alike domain that itself authenticates fine
d = at("2025-04-07 11:26:51")
ph_dom = "amazon.com-support-center.net"
ph_ip = "185.222.57.118"
mail("phish-lookalike-domain-confirm-merge", frm=f'"Amazon Web Services" <no-reply-aws@{ph_dom}>', to=N_ADDR, date=d,
     subject="Action needed: confirm the merge of your AWS Certification accounts",
     kind="merge_confirmation_requested", case_id=None, sv=False,
     trace=gmail_generic(N_ADDR, d, ph_dom, f"bounce@{ph_dom}", ph_ip, f"mail.{ph_dom}", [(ph_dom, "default")], dmarc="pass (p=NONE sp=NONE dis=NONE)"),
     msgid=f"<{hx(24)}@{ph_dom}>", html="AUTO", cte="base64",
     text=f"""Dear Certified Professional,

We received a request to merge the following AWS Certification accounts:

    Account to keep:    {N_KEEP}
    Account to remove:  AWS55120387

To protect your credentials, you must confirm this merge within 48 hours by
signing in with your AWS Certification password at the secure link below.
If we do not receive your confirmation, both accounts will be suspended and
your certifications may be revoked.

    Confirm merge: https://{ph_dom}/certification/merge/confirm?ref=CERT-MRG-88214

Thank you,
AWS Training & Certification Security Team
""")

# --- phishing that spoofs amazon.com: provider says dmarc=fail; a forged "pass" header sits lower down
d = at("2025-05-22 14:05:12")
fake_case = case15(at("2025-05-22 13:57:41"), "00318")
sp_ip = "103.214.68.27"; sp_mf = "bounce@mailer-srv42.top"
ar_fail = (f"dkim=fail header.i=@amazon.com header.s=rjlz5fwlaixg3oxeq3mk4vcqgnuyvp6b header.b={b64(6)[:8]};\n"
           f"       spf=fail (google.com: domain of {sp_mf} does not designate {sp_ip} as permitted sender) smtp.mailfrom={sp_mf};\n"
           f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
sp_trace = gmail_trace(P_ADDR, d, ar_fail, sp_mf, sp_ip, "vps-27.mailer-srv42.top")
sp_trace += [("X-Spam-Flag", "YES"),
             ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
             ("Received", f"from [10.0.0.12] (unknown [{sp_ip}]) by vps-27.mailer-srv42.top (Postfix) with ESMTPSA id 8C1E2{alnum(5).upper()}\n\tfor <{P_ADDR}>; {fdate(d)}"),
             ("DKIM-Signature", dkim("amazon.com", "rjlz5fwlaixg3oxeq3mk4vcqgnuyvp6b", d))]
mail("spoofed-amazon-dmarc-fail-forged-pass-below", frm=FORM, to=P_ADDR, date=d,
     subject=f"RE:[CASE {fake_case}] Action required: confirm account merge",
     kind="merge_confirmation_requested", case_id=fake_case, sv=False, trace=sp_trace,
     msgid=f"<{hx(16)}.{hx(8)}@mailer-srv42.top>", cte="quoted-printable",
     html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are ready to merge your AWS Certification accounts <b>{P_KEEP}</b> (primary) and <b>{P_OLD}</b> (secondary). Before we proceed, please confirm that these details are correct.</p>
<p>For security reasons, confirmation must be completed by signing in through our verification portal. Requests that are not confirmed within 24 hours will be cancelled and the accounts locked.</p>
<p><a href="http://aws-certmerge-verify.com/login?case={fake_case}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm and sign in</a></p>
<p>Best regards,<br>Amazon Web Services</p>
</body></html>
""", html_only=True)

# --- Credly look-alike
d = at("2023-02-02 09:13:27")
cl_dom = "credly-badges.net"; cl_ip = "45.137.21.9"
mail("phish-credly-lookalike-badge", frm=f'"Credly" <notify@{cl_dom}>', to=R_ADDR, date=d,
     subject="Your AWS Certified Solutions Architect badge has been issued",
     kind="credly_badge_issued", case_id=None, sv=False,
     trace=outlook_trace(R_ADDR, d, f"spf=pass (sender IP is {cl_ip})\n smtp.mailfrom={cl_dom}; dkim=pass (signature was verified)\n header.d={cl_dom};dmarc=pass action=none header.from={cl_dom};compauth=pass reason=100",
                         cl_ip, f"mx1.{cl_dom}", mailfrom_dom=cl_dom) + [("DKIM-Signature", dkim(cl_dom, "mail", d))],
     msgid=f"<{hx(20)}@{cl_dom}>", html="AUTO", cte="quoted-printable",
     text=f"""Hello Rahul,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate.

To accept your badge, please verify your identity by signing in with your
AWS Certification account e-mail and password:

  https://{cl_dom}/accept?u=rahul.d%40hotmail.com

Unaccepted badges are removed after 7 days.

The Credly Team
""")

# --- Amazon Seller Central case (same subject style, "merged" detail pages)
d = at("2024-02-13 15:40:22")
mail("seller-central-detail-pages-merged", frm='"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>',
     to=M_ADDR, date=d, subject="RE:[CASE 6038815527] Listing not visible - ASIN B0CX7LQ2MD",
     kind="unrelated", case_id="6038815527", sv=True, trace=ses_outlook(M_ADDR, d), msgid=ses_id(d), html="AUTO",
     cte="quoted-printable",
     text="""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed ASIN B0CX7LQ2MD. It was not visible because it had been
merged with an existing detail page for the same product (ASIN B0BT94KX1F).
Your offer is now shown on that page; no action is needed on your side.

If you believe the two pages describe different products, please reply with
the manufacturer part numbers and we will ask the catalogue team to separate
them.

Was this e-mail helpful? Yes / No

Best regards,
Valentina B.
Amazon.it Selling Partner Support
""")

# --- another AWS console case of the same user: billing / organizations
d = at("2025-10-06 19:44:03")
bill_case = case15(plus(d, seconds=-9), "00127")
mail("aws-billing-case-consolidated-billing", frm=CONSOLE, to=E_ADDR, date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {bill_case}",
     kind="unrelated", case_id=bill_case, sv=True, trace=fastmail(d), msgid=ses_id(d), cte="quoted-printable",
     text=f"""Thank you for contacting Amazon Web Services. We have opened case
{bill_case} to address your issue.

The details of your case are as follows:

Case ID: {bill_case}
Subject: Consolidated billing - move member account to new organization
Severity: Low
Correspondence: Hi, I need to move account 4417-2290-3361 out of our old
AWS Organization and join it to the new management account so both bills are
combined. Will the Savings Plan carry over?

""" + CONSOLE_FOOT.format(link=CON_LINK.format(bill_case)))

# --- CertMetrics survey (not AWS support)
d = at("2025-06-02 17:20:40")
cm_ip = "198.2.{}.{}".format(rnd.randint(128, 191), rnd.randint(2, 250))
cm_mf = f"bounce-mc.us{rnd.randint(1,21)}_{rnd.randint(10000000,99999999)}.{rnd.randint(1000000,9999999)}-{hx(10)}@mail{rnd.randint(10,200)}.atl{rnd.randint(10,99)}.mcdlv.net"
mail("certmetrics-wants-to-hear-from-you", frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=P_ADDR, date=d,
     subject="AWS Certification wants to hear from you",
     kind="unrelated", case_id=None, sv=False,
     trace=gmail_generic(P_ADDR, d, "certmetrics.com", cm_mf, cm_ip, f"mail{rnd.randint(10,200)}.atl{rnd.randint(10,99)}.mcdlv.net",
                         [("certmetrics.com", "k1"), ("mcdlv.net", "k1")], dmarc="pass (p=NONE sp=NONE dis=NONE)"),
     msgid=f"<{hx(22)}@mail.certmetrics.com>", html="AUTO", cte="quoted-printable",
     text=f"""Hello Priya,

Candidate ID: {P_KEEP}

You recently earned an AWS Certification. Congratulations! We'd like to
learn about your experience preparing for and taking the exam, so we can keep
improving the program.

The survey takes about 10 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?id=7f3c90a2

Thank you,
AWS Certification

You are receiving this e-mail because you hold an AWS Certification.
Unsubscribe: https://www.certmetrics.com/amazon/candidate/unsubscribe.aspx
""")

# --- Pearson VUE appointment
d = at("2024-11-06 19:31:08")
pv_ip = "159.182.{}.{}".format(rnd.randint(1, 250), rnd.randint(2, 250))
pv_ar = (f"atlas{rnd.randint(100,499)}.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@pearson.com header.s=selector1;\n"
         f" spf=pass smtp.mailfrom=pearson.com;\n dmarc=pass(p=REJECT) header.from=pearson.com;")
mail("pearson-vue-appointment-rebooked", frm='"Pearson VUE" <PearsonVUEConfirmation@pearson.com>', to=A_ADDR, date=d,
     subject="Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional",
     kind="unrelated", case_id=None, sv=False,
     trace=[("X-Apparently-To", f"{A_ADDR}; {fdate(d)}"), ("Authentication-Results", pv_ar),
            ("Received", f"from {pv_ip} (EHLO mail.pearson.com)\n by 10.217.140.{rnd.randint(2,250)} with SMTPs; {fdate(d)}"),
            ("DKIM-Signature", dkim("pearson.com", "selector1", d))],
     msgid=f"<{rnd.randint(100000000,999999999)}.{rnd.randint(1000,9999)}.{int(d.timestamp())}@pvmail.pearson.com>",
     html="AUTO", cte="quoted-printable",
     text=f"""Dear Aisha Bello,

Thank you for scheduling your exam with Pearson VUE.

Exam:           SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID:   {A_KEEP}
Registration:   {rnd.randint(400000000,499999999)}
Date and time:  Friday, December 13, 2024 at 10:00 AM WAT
Delivery:       OnVUE online proctored

Please check in 30 minutes before your appointment. You can reschedule or
cancel up to 24 hours before the appointment from your AWS Certification
account.

Sincerely,
Pearson VUE
""")

# --- AWS Builder ID code
d = at("2025-03-26 22:48:30")
bi_ip = rnd.choice(SES_IPS); bi_mf = ses_mailfrom(d).replace("email.amazonses.com", "signin.aws")
mail("builder-id-verification-code", frm='"AWS Builder ID" <no-reply@signin.aws>', to=N_ADDR, date=d,
     subject="Verify your AWS Builder ID email address",
     kind="unrelated", case_id=None, sv=True,
     trace=gmail_generic(N_ADDR, d, "signin.aws", bi_mf, bi_ip, ses_host(bi_ip),
                         [("signin.aws", "kmc4jgnvqgrg5q5xq6oz2qfpjuzpkf7b"), ("amazonses.com", SES_SEL)],
                         dmarc="pass (p=REJECT sp=REJECT dis=NONE)"),
     msgid=ses_id(d), html="AUTO", cte="quoted-printable",
     text="""Verify your AWS Builder ID email address

Hello,

Use the code below to verify the e-mail address for your AWS Builder ID.

Verification code: 538160

This code expires 10 minutes after it was sent. If you didn't try to create
an AWS Builder ID, you can safely ignore this e-mail.

Amazon Web Services
""")

# --- GitHub "merged" notification
d = at("2022-09-14 13:27:55")
gh_ip = "192.30.252.{}".format(rnd.randint(190, 210))
mail("github-pr-merged-cert-tracker", frm='"Jonas Weber" <notifications@github.com>', to=formataddr(("brandt-it/infra-scripts", "infra-scripts@noreply.github.com")),
     date=d, subject="Re: [brandt-it/infra-scripts] Merge aws-cert accounts module into main (PR #412)",
     kind="unrelated", case_id=None, sv=False, cc=formataddr(("Lukas Brandt", L_ADDR)) + ", Author <author@noreply.github.com>",
     trace=[("Return-Path", "<noreply@github.com>"), ("Delivered-To", L_ADDR),
            ("Authentication-Results", "mail.brandt-it.de; dmarc=pass (p=reject dis=none) header.from=github.com"),
            ("Authentication-Results", f"mail.brandt-it.de;\n\tdkim=pass (1024-bit key; unprotected) header.d=github.com header.i=@github.com header.b={b64(6)[:8]}"),
            ("Received", f"from out-{rnd.randint(20,30)}.smtp.github.com (out-{rnd.randint(20,30)}.smtp.github.com [{gh_ip}])\n\tby mail.brandt-it.de (Postfix) with ESMTPS id {alnum(11).upper()}\n\tfor <{L_ADDR}>; {fdate(d, CEST)}"),
            ("DKIM-Signature", dkim("github.com", "pf2023", d))],
     msgid="<brandt-it/infra-scripts/pull/412/issue_event/7438120914@github.com>",
     extra=[("In-Reply-To", "<brandt-it/infra-scripts/pull/412@github.com>"),
            ("References", "<brandt-it/infra-scripts/pull/412@github.com>"),
            ("List-ID", "brandt-it/infra-scripts <infra-scripts.brandt-it.github.com>"),
            ("X-GitHub-Reason", "author")],
     html="AUTO", cte="7bit", charset="us-ascii",
     text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brandt-it/infra-scripts/pull/412#event-7438120914
You are receiving this because you authored the thread.
""")

# --- Credly self-service account merge (code) - not the AWS merge
d = at("2025-07-16 08:12:31")
ip = f"167.89.{rnd.randint(100,125)}.{rnd.randint(2,250)}"
mail("credly-self-service-merge-code", frm='"Credly" <admin@credly.com>', to=S_ADDR, date=d,
     subject="Your Credly account merge code",
     kind="unrelated", case_id=None, sv=True, msgid=sendgrid_id(d),
     trace=[("Received", f"from o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.credly.com (mx.icloud.com [17.57.154.23])\n\tby p{rnd.randint(10,99)}-mailgateway-smtp-{hx(10)} (mailgateway 2{rnd.randint(100,599)}B{rnd.randint(10,99)})\n\twith SMTP id {hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\n\tfor <{S_ADDR}>; {d.strftime('%a, %d %b %Y %H:%M:%S GMT')}"),
            ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=credly.com"),
            ("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b={b64(6)[:8]}"),
            ("Authentication-Results", f"spf.icloud.com; spf=pass (spf.icloud.com: domain of em4712.credly.com designates {ip} as permitted sender) smtp.mailfrom=em4712.credly.com"),
            ("DKIM-Signature", dkim("credly.com", "s1", d, h="content-type:from:mime-version:subject:to"))],
     html="AUTO", cte="quoted-printable",
     text="""Hi Sarah,

Someone (hopefully you) asked to combine the Credly account for
s.oconnell@tcd.ie with the one you are signed in to.

Your verification code is: 731 284

Enter it on the page you came from, or click below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=8d3f1a7c5e

The code is valid for 30 minutes. If you didn't ask for this, you can ignore
this e-mail and nothing will change.
""" + CREDLY_FOOT)

# --- Credly expiry reminder
d = at("2025-08-20 12:00:17")
mail("credly-badge-expiring-soon", frm='"Credly" <admin@credly.com>', to=P_ADDR, date=d,
     subject="Heads up: your AWS Certified Cloud Practitioner badge expires in 30 days",
     kind="unrelated", case_id=None, sv=True, trace=credly_gmail(P_ADDR, d), msgid=sendgrid_id(d),
     html="AUTO", cte="quoted-printable",
     text="""Hi Priya,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, will expire on September 19, 2025.

To keep it active, check the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/71b0e4c2-9d36-4f8a-a1e5-2c7b6d0f9e38
""" + CREDLY_FOOT)

# --- phishing that is not about the merge
d = at("2023-03-09 03:51:40")
pp_dom = "aws-training-portal.info"; pp_ip = "91.215.85.{}".format(rnd.randint(2, 250))
mail("phish-voucher-cancelled-update-payment", frm=f'"AWS Training and Certification" <billing@{pp_dom}>', to=R_ADDR, date=d,
     subject="Your exam voucher will be cancelled - update payment details",
     kind="unrelated", case_id=None, sv=False,
     trace=outlook_trace(R_ADDR, d, f"spf=softfail (sender IP is {pp_ip})\n smtp.mailfrom={pp_dom}; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={pp_dom};compauth=softpass reason=201",
                         pp_ip, f"srv.{pp_dom}", mailfrom_dom=pp_dom),
     msgid=f"<{hx(18)}@srv.{pp_dom}>", html="AUTO", cte="quoted-printable",
     text=f"""Dear Candidate,

We were unable to charge the card on file for your upcoming AWS
Certification exam. Your 50% exam voucher will be cancelled in 24 hours
unless you update your payment details:

  https://{pp_dom}/billing/update

AWS Training and Certification Billing
""")

# === MAILS-END ===

# ---------------------------------------------------------------- write out
def write_all():
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    order = list(range(len(MAILS)))
    random.Random(15901).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        desc, msg, label, _ = MAILS[i]
        fn = f"{n:03d}-{desc}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(msg.as_bytes(policy=compat32.clone(max_line_length=None)))
        labels[fn] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print(f"wrote {len(labels)} mails")

if __name__ == "__main__":
    write_all()
