#!/usr/bin/env python3
# Helpers for make_set.py: MIME parts, header encoding, provider trace headers.
import base64, io, quopri, random, re, uuid
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy

R = random.Random(91)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
CET = timezone(timedelta(hours=1))
BST = timezone(timedelta(hours=1))


def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(d, suffix):
    return f"{int(d.timestamp())}{suffix:05d}"


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ses_id(d):
    ms = int(d.timestamp() * 1000) - R.randint(200, 2500)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000"


# ---------------------------------------------------------------- headers

def enc(text, charset='utf-8', name='Subject', q=False):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    if q:
        cs.header_encoding = QP
    return Header(text, cs, header_name=name, maxlinelen=76).encode(linesep='\n')


def addr(name, email, charset='utf-8', q=False):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{enc(name, charset, 'From', q)} <{email}>"


def fold_tag(prefix, value, width=72):
    out, line = [], prefix
    for i in range(0, len(value), width):
        out.append(value[i:i + width])
    return line + '\n\t '.join(out)


def dkim(d, sel, when, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    t = int(when.timestamp())
    head = (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={sel}; d={d}; t={t};\n"
            f"\th={h};\n"
            f"\tbh={b64rand(32)};\n")
    return head + fold_tag('\tb=', b64rand(256))


def rfc(d):
    return format_datetime(d)


# ---------------------------------------------------------------- senders

SES_SEL_AMZ = ['rjt5hv5p36sx4gbyu6x3grvg2kbp4gd3', 'bhvq4y3qxmaxq6znlqdmsq3zhvj5fdhh']
SES_SEL_SES = ['224i4yxa5dv7c2xz3womw6peuasteono', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw']


def ses_sender(when):
    oct3 = R.choice([8, 48])
    oct4 = R.randint(10, 250)
    host = f"a{oct3}-{oct4}.smtp-out.amazonses.com"
    sid = ses_id(when)
    return dict(kind='ses', host=host, ip=f"54.240.{oct3}.{oct4}", sid=sid,
                mailfrom=f"{sid}@amazonses.com", env_domain='amazonses.com',
                from_domain='amazon.com',
                dkims=[('amazon.com', R.choice(SES_SEL_AMZ)), ('amazonses.com', R.choice(SES_SEL_SES))],
                msgid=f"<{sid}@email.amazonses.com>")


def credly_sender(when):
    ip = f"167.89.{R.randint(1, 120)}.{R.randint(2, 250)}"
    tok = alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    return dict(kind='credly', host=f"o{R.randint(1, 9)}.email.credly.com", ip=ip,
                mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{hexs(4)}=x@em.credly.com",
                env_domain='em.credly.com', from_domain='credly.com',
                dkims=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                msgid=f"<{tok}@geopod-ismtpd-{R.randint(1, 40)}>")


def generic_sender(host, ip, mailfrom, from_domain, dkim_d, sel, msgid_domain):
    return dict(kind='generic', host=host, ip=ip, mailfrom=mailfrom,
                env_domain=mailfrom.split('@')[1], from_domain=from_domain,
                dkims=[(dkim_d, sel)] if dkim_d else [],
                msgid=f"<{alnum(24)}@{msgid_domain}>")


# ---------------------------------------------------------------- receivers

def dkim_lines(snd, when):
    return [dkim(d, s, when) for d, s in snd['dkims']]


def trace_gmail(rcpt, when, snd, dmarc='pass', pol='QUARANTINE'):
    w1 = when + timedelta(seconds=R.randint(1, 4))
    w2 = w1 + timedelta(seconds=R.randint(0, 1))
    gid = alnum(42)
    dk = '\n       '.join(
        f"dkim=pass header.i=@{d} header.s={s} header.b={b64rand(6)[:8]};" for d, s in snd['dkims'])
    ar = (f"mx.google.com;\n       {dk}\n"
          f"       spf=pass (google.com: domain of {snd['mailfrom']} designates {snd['ip']} as permitted sender) smtp.mailfrom={snd['mailfrom']};\n"
          f"       dmarc={dmarc} (p={pol} sp={pol} dis=NONE) header.from={snd['from_domain']}")
    return [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(3)} with SMTP id {alnum(10)}csp{R.randint(100000, 9999999)}{alnum(3)};\n        {rfc(w2)}",
        f"X-Google-Smtp-Source: {b64rand(60)[:76]}",
        f"X-Received: by 2002:a05:{hexs(4)}:{hexs(3)}:b0:{hexs(3)}:{hexs(4)}:{hexs(3)} with SMTP id {alnum(20)}.{R.randint(1, 400)}.{R.randint(1000000000000, 9999999999999)};\n        {rfc(w2)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(w1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n" + fold_tag('        b=', b64rand(180)).replace('\n\t ', '\n         '),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from:dkim-signature;\n        bh={b64rand(32)};\n        fh={b64rand(32)};\n" + fold_tag('        b=', b64rand(180)).replace('\n\t ', '\n         '),
        f"ARC-Authentication-Results: i=1; {ar}",
        f"Return-Path: <{snd['mailfrom']}>",
        f"Received: from {snd['host']} ({snd['host']}. [{snd['ip']}])\n        by mx.google.com with ESMTPS id {alnum(20)}.{R.randint(1, 400)}.{R.randint(2025, 2026)}.{R.randint(1000000000000, 9999999999999)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        {rfc(w1)}",
        f"Received-SPF: pass (google.com: domain of {snd['mailfrom']} designates {snd['ip']} as permitted sender) client-ip={snd['ip']};",
        f"Authentication-Results: {ar}",
    ] + dkim_lines(snd, when)


def trace_o365(rcpt, when, snd, dmarc='pass', tenant='namprd04', consumer=False):
    w1 = when + timedelta(seconds=R.randint(1, 3))
    w2 = w1 + timedelta(seconds=1)
    mbx = f"{R.choice(['SA1PR', 'DM6PR', 'BY5PR', 'CH3PR'])}{R.randint(10, 19):02d}MB{R.randint(1000, 9999)}"
    edge = f"{R.choice(['BN1PEPF', 'CO1PEPF', 'SJ1PEPF'])}0000{hexs(4).upper()}"
    dom = 'outlook.com' if consumer else 'protection.outlook.com'
    d0 = snd['dkims'][0][0] if snd['dkims'] else 'none'
    ar = (f"spf=pass (sender IP is {snd['ip']})\n smtp.mailfrom={snd['env_domain']}; dkim=pass (signature was verified)\n"
          f" header.d={d0};dmarc={dmarc} action={'none' if dmarc == 'pass' else 'quarantine'}\n header.from={snd['from_domain']};compauth={'pass reason=100' if dmarc == 'pass' else 'fail reason=000'}")
    lines = [
        f"Received: from {mbx}.{tenant}.prod.outlook.com (::1) by\n {mbx}.{tenant}.prod.outlook.com with HTTPS; {rfc(w2)}",
        f"Received: from {edge}.{tenant[:-2]}03.prod.outlook.com (2603:10b6:408:{hexs(3)}::{R.randint(1, 20)})\n by {mbx}.{tenant}.prod.outlook.com (2603:10b6:806:{hexs(3)}::{R.randint(1, 20)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {rfc(w2)}",
        f"Authentication-Results: {ar}",
        f"Received-SPF: Pass ({dom}: domain of {snd['env_domain']} designates\n {snd['ip']} as permitted sender) receiver={dom};\n client-ip={snd['ip']}; helo={snd['host']}; pr=C",
        f"Received: from {snd['host']} ({snd['ip']}) by\n {edge}.mail.{dom} (10.167.{R.randint(200, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {rfc(w1)}",
    ] + dkim_lines(snd, when)
    return lines, [
        "X-MS-Exchange-Organization-ExpirationStartTime: " + rfc(w1).replace(' +0000', ' +0000'),
        "X-MS-Exchange-Organization-Network-Message-Id: " + str(uuid.UUID(int=R.getrandbits(128))),
        "X-MS-Exchange-Organization-AuthSource: " + f"{edge}.{tenant[:-2]}03.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-SCL: {R.choice([1, 1, 1, -1])}",
        "X-Microsoft-Antispam: BCL:0;ARA:13230040|4022899009|8096899003;",
    ]


def trace_yahoo(rcpt, when, snd, dmarc='pass', pol='QUARANTINE'):
    w1 = when + timedelta(seconds=R.randint(1, 3))
    atlas = f"atlas{R.randint(100, 330)}.free.mail.bf1.yahoo.com"
    inner = f"10.217.{R.randint(100, 160)}.{R.randint(2, 250)}"
    dk = ' '.join(f"dkim=pass header.i=@{d} header.s={s};" for d, s in snd['dkims'])
    ar = (f"{atlas};\n {dk}\n spf=pass smtp.mailfrom={snd['env_domain']};\n"
          f" dmarc={dmarc}(p={pol}) header.from={snd['from_domain']};")
    return [
        f"Received: from {inner}\n by {atlas} pass Server; {rfc(w1 + timedelta(seconds=1))}",
        f"X-Originating-Ip: [{snd['ip']}]",
        f"Received-SPF: pass (domain of {snd['env_domain']} designates {snd['ip']} as permitted sender)",
        f"Authentication-Results: {ar}",
        f"X-Apparently-To: {rcpt}; {rfc(w1 + timedelta(seconds=1))}",
        f"X-YMailISG: {alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._')}",
        f"X-YMailISG-Sender: {alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
        f"Received: from {snd['ip']} (EHLO {snd['host']}) ({snd['ip']})\n by {inner} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(w1)}",
    ] + dkim_lines(snd, when)


def trace_jp(rcpt, when, snd, authserv, relay, dmarc='pass', with_ar=True):
    w1 = when + timedelta(seconds=R.randint(2, 9))
    w1j = w1.astimezone(JST)
    lines = [
        f"Return-Path: <{snd['mailfrom']}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {relay} (localhost [127.0.0.1])\n\tby {relay} (Postfix) with ESMTP id {alnum(10, '0123456789ABCDEF')}\n\tfor <{rcpt}>; {rfc(w1j + timedelta(seconds=1))}",
    ]
    if with_ar:
        dk = ' '.join(f"dkim=pass header.d={d} header.s={s};" for d, s in snd['dkims'][:1])
        lines.append(f"Authentication-Results: {authserv};\n\tspf=pass smtp.mailfrom={snd['mailfrom']};\n\t{dk}\n\tdmarc={dmarc} header.from={snd['from_domain']}")
    lines.append(f"Received: from {snd['host']} ({snd['host']} [{snd['ip']}])\n\tby {relay} with ESMTPS id {alnum(14, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}\n\tfor <{rcpt}>; {rfc(w1j)}")
    return lines + dkim_lines(snd, when)


# ---------------------------------------------------------------- bodies

def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, codec=None, fmt=None):
    codec = codec or cs
    label = label or cs
    data = text.encode(codec)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m = Message()
    ct = f'text/{sub}; charset="{label}"'
    if fmt:
        ct += f'; format={fmt}'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def multi(sub, parts, boundary):
    m = MIMEMultipart(sub, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def ser(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep='\n')).flatten(m)
    return buf.getvalue()


def html_doc(inner, lang='en', meta_cs='utf-8'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:#f2f3f3;">\n{inner}\n</body>\n</html>\n')


def paras(text):
    """plain text -> simple html paragraphs (keeps line breaks)"""
    import html as H
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p style="margin:0 0 14px 0;">' + '<br>\n'.join(H.escape(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def html_quote(inner):
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            + inner + '\n</blockquote>')


def build(head_lines, root):
    b = ser(root)
    head = '\n'.join(head_lines) + '\nMIME-Version: 1.0\n'
    head.encode('ascii')
    return head.encode('ascii') + b

"""Generate the blind set-91: whole AWS Certification account-merge cases as .eml files."""
import json, os, re, sys

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []
ID_RE = re.compile(r'(?i)\baws[ \-]?(\d{8})\b')


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def add(date, slug, kind, case, lang, sv, ids, new, trace, hdrs, root, extra=()):
    """new: the non-quoted text (plain or html source) used to cross-check account ids"""
    got = ids_in(new)
    assert got == sorted(ids), (slug, got, ids)
    lines = list(trace)
    lines.append(f"From: {hdrs['from']}")
    lines.append(f"To: {hdrs['to']}")
    if hdrs.get('cc'):
        lines.append(f"Cc: {hdrs['cc']}")
    lines.append(f"Subject: {hdrs['subject']}")
    lines.append(f"Date: {rfc(hdrs.get('date', date))}")
    lines.append(f"Message-ID: {hdrs['msgid']}")
    if hdrs.get('irt'):
        lines.append(f"In-Reply-To: {hdrs['irt']}")
    if hdrs.get('refs'):
        lines.append(f"References: {hdrs['refs']}")
    lines.extend(extra)
    MAILS.append(dict(date=date, slug=slug, data=build(lines, root),
                      label=dict(kind=kind, case_id=case, account_ids=sorted(ids),
                                 sender_verified=sv, language=lang)))


def ses_extra(snd, when):
    return [f"Feedback-ID: ::1.us-east-1.{b64rand(33)[:43]}=:AmazonSES",
            f"X-SES-Outgoing: {when.strftime('%Y.%m.%d')}-{snd['ip']}"]


def ses_boundary():
    return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2099999999)}.{R.randint(1740000000000, 1780000000000)}"


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CREDLY_FOOTER = """Credly, Inc. | 2 Marietta St NW, Suite 3, Atlanta, GA 30303 | Privacy Policy | Terms of Service
You are receiving this email because a badge was issued to this address. Manage your email preferences in Credly settings."""


def credly_html(title, lines, button, url):
    import html as H
    body = ''.join(f'<p style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;margin:0 0 14px 0;">{l}</p>\n' for l in lines)
    return html_doc(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;">\n'
        '<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>\n'
        f'<tr><td><h1 style="font-family:Helvetica,Arial,sans-serif;font-size:22px;color:#222;">{H.escape(title)}</h1>\n{body}'
        f'<p><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px;font-family:Helvetica,Arial,sans-serif;">{button}</a></p></td></tr>\n'
        f'<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#888;">{H.escape(CREDLY_FOOTER)}</td></tr>\n'
        '</table></td></tr></table>')

# =====================================================================
# Case A - Priya Raman, Gmail, form desk, English, smooth case
# =====================================================================
PR = 'priya.raman.dev@gmail.com'
PR_TO = addr('Priya Raman', PR)
A_open = dt('2025-05-27 14:22:31')
A = case15(A_open, 417)
A_SUBJ = f"[CASE {A}] {FORM_SUBJ}"
A_RE = f"RE:[CASE {A}] {FORM_SUBJ}"

# A1 - acknowledgement
d = dt('2025-05-27 14:22:38'); s = ses_sender(d)
new = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that your request has been logged with our team under case {A}.

A member of the AWS Training and Certification support team will get back to you, normally within 24 hours. If you need to add anything to your request, reply to this e-mail and keep the case number in the subject line so that it is added to the same case. Please do not submit a new form for the same request, as duplicate cases can slow down our response.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS07390155
Submitted: May 27, 2025 14:22 UTC

Sincerely,
AWS Training and Certification
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add(d, 'raman-gmail-01', 'case_created', A, 'en', True, ['AWS07390155'], new,
    trace_gmail(PR, d, s),
    dict(**{'from': addr(AWSNAME, FORM), 'to': PR, 'subject': A_SUBJ, 'msgid': s['msgid']}),
    tpart(new), ses_extra(s, d))

# A2 - agent asks which account to keep
d = dt('2025-05-28 09:41:05'); s = ses_sender(d)
A2 = f"""Hello Priya,

Thanks for getting in touch about your certification profiles.

I located the candidate ID you gave us, AWS07390155. When I searched our records for the other e-mail address you mentioned (p.raman@brightloom.io) I found a second profile, AWS04718263, which holds your AWS Certified Developer - Associate and AWS Certified Cloud Practitioner certifications.

Before I can go any further I need two things from you:

1. Which of these two IDs you would like to carry on using afterwards.
2. The e-mail address that all future certification notices should go to.

Just reply to this message with the answers and I will take it from there.

Best regards,
Hannah M.
AWS Training and Certification
Amazon Web Services
"""
alt = multi('alternative', [tpart(A2), tpart(html_doc('<div style="background:#fff;padding:24px;font-family:Arial,sans-serif;font-size:14px;color:#16191f;">' + paras(A2) + '</div>'), 'html')], ses_boundary())
add(d, 'raman-gmail-02', 'support_reply', A, 'en', True, ['AWS04718263', 'AWS07390155'], A2,
    trace_gmail(PR, d, s),
    {'from': addr(AWSNAME, FORM), 'to': PR, 'subject': A_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# A3 - confirmation request, quoting Priya's Gmail reply (which quotes A2)
d = dt('2025-05-29 10:03:44'); s = ses_sender(d)
new = f"""Hi Priya,

Thanks for coming back to me so quickly.

Here is exactly what we are going to do, so please read it through before you answer:

  Profile that stays active:    AWS04718263
  Profile that gets folded in:  AWS07390155

Everything on AWS07390155 (exam history, your Solutions Architect - Associate certification and any unused benefits) will be moved onto AWS04718263, and AWS07390155 will then be closed. The sign-in and notification address of AWS04718263 will be changed to priya.raman.dev@gmail.com.

Please be aware that this cannot be undone: once the two profiles are combined we are not able to split them again.

If all of the above is right, simply reply to this e-mail with "I agree". If anything needs to change, tell me what and I will adjust it.

Kind regards,
Hannah M.
AWS Training and Certification
Amazon Web Services
"""
pri = f"""Hi Hannah,

Thanks for looking into it. Please keep aws04718263, it has my older certs and the exam voucher. Notices should go to priya.raman.dev@gmail.com from now on - I'm leaving Brightloom next month.

Priya

On Wed, May 28, 2025 at 10:41 AM Amazon Web Services <{FORM}> wrote:
{quote(A2)}
"""
body = new + "\n\n" + quote(pri) + "\n"
add(d, 'raman-gmail-03', 'merge_confirmation_requested', A, 'en', True, ['AWS04718263', 'AWS07390155'], new,
    trace_gmail(PR, d, s),
    {'from': addr(AWSNAME, FORM), 'to': PR, 'subject': A_RE, 'msgid': s['msgid']},
    tpart(body), ses_extra(s, d))

# A4 - thank you for confirming, will now proceed (ids only in quoted text)
d = dt('2025-05-29 17:20:12'); s = ses_sender(d)
new = """Hi Priya,

Thank you for confirming. I have handed your request to the team that looks after account consolidation and we will now proceed with it.

This usually takes two to three business days. You will hear from us again as soon as it is finished; there is nothing else you need to do in the meantime, and please don't book a new exam until then.

Kind regards,
Hannah M.
AWS Training and Certification
"""
pri2 = f"""I agree.

Thanks!
Priya

On Thu, May 29, 2025 at 11:03 AM Amazon Web Services <{FORM}> wrote:
""" + quote(body)
body2 = new + "\n" + quote(pri2) + "\n"
add(d, 'raman-gmail-04', 'support_reply', A, 'en', True, [], new,
    trace_gmail(PR, d, s),
    {'from': addr(AWSNAME, FORM), 'to': PR, 'subject': A_RE, 'msgid': s['msgid']},
    tpart(body2, cte='base64'), ses_extra(s, d))

# A5 - completion, with feedback request; text and html differ slightly
d = dt('2025-05-31 08:12:50'); s = ses_sender(d)
txt = f"""Hello Priya,

Your two certification profiles are now one. Everything that was on AWS07390155 - exam history, certifications and benefits - now appears on AWS04718263, and AWS07390155 has been retired. From today please sign in to your AWS Certification Account with priya.raman.dev@gmail.com.

Your digital badges will be re-issued by Credly to the same address over the next few days. If they have not arrived within a week, just reply to this e-mail.

How did we do? We would appreciate a moment of your time to rate this support experience:
https://survey.aws-training.amazon.com/s/tc-support?case={A}

Best regards,
Hannah M.
AWS Training and Certification
"""
html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="28" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f;">
<tr><td style="background:#232f3e;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" alt="AWS" height="36"></td></tr>
<tr><td>
<p>Hello Priya,</p>
<p>Your two certification profiles are now one. Everything that was on <b>AWS07390155</b> &ndash; exam history, certifications and benefits &ndash; now appears on <b>AWS04718263</b>, and AWS07390155 has been retired. From today please sign in to your AWS Certification Account with priya.raman.dev@gmail.com.</p>
<p>Your digital badges will be re-issued by Credly to the same address over the next few days. If they have not arrived within a week, just reply to this e-mail.</p>
<p>Best regards,<br>Hannah M.<br>AWS Training and Certification</p>
<hr style="border:0;border-top:1px solid #d5dbdb;">
<p style="font-size:13px;"><b>How did we do?</b> Rate this support experience:</p>
<p><a href="https://survey.aws-training.amazon.com/s/tc-support?case={A}&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp; <a href="https://survey.aws-training.amazon.com/s/tc-support?case={A}&amp;r=1">&#9733;</a></p>
<p style="font-size:11px;color:#687078;">Case {A} &middot; Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>
</td></tr></table></td></tr></table>""")
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], ses_boundary())
add(d, 'raman-gmail-05', 'merge_completed', A, 'en', True, ['AWS04718263', 'AWS07390155'], txt + html,
    trace_gmail(PR, d, s),
    {'from': addr(AWSNAME, FORM), 'to': PR, 'subject': A_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# A6 - Credly badge
d = dt('2025-06-01 02:15:09'); s = credly_sender(d)
url = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
txt = f"""Priya, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge to add it to your Credly profile and share it with your network:
{url}

Questions about this badge? Contact Amazon Web Services Training and Certification through the issuer's support page.

{CREDLY_FOOTER}
"""
html = credly_html("Priya, you've been issued a badge!", [
    'Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.',
    'Accept it to show it on your Credly profile, add it to LinkedIn or send it to your email signature.'], 'Accept your badge', url)
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], f"{hexs(40)}")
add(d, 'raman-gmail-06', 'credly_badge_issued', None, 'en', True, [], txt + html,
    trace_gmail(PR, d, s),
    {'from': addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), 'to': PR,
     'subject': enc("Priya, you've been issued a badge: AWS Certified Solutions Architect \u2013 Associate", q=True),
     'msgid': s['msgid']},
    alt, ['X-SG-EID: ' + b64rand(60)[:80]])

# A7 - CertMetrics survey (unrelated)
d = dt('2025-06-10 15:30:02'); s = generic_sender('mail-cm1.certmetrics.com', '52.23.188.41', 'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com', 'cm2021', 'certmetrics.com')
html = html_doc(f"""<div style="font-family:Arial,sans-serif;font-size:14px;background:#fff;padding:20px;">
<p>Dear Priya Raman,</p>
<p>AWS Certification wants to hear from you. You recently used your AWS Certification Account, and we would like to know how that went.</p>
<p>The survey takes about five minutes. Your answers are anonymous and help us improve the certification experience for everyone.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?sid=8812&amp;t={hexs(32)}">Take the survey</a></p>
<p>AWS Certification Account: AWS04718263</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777;">This e-mail was sent by CertMetrics on behalf of Amazon Web Services. Please do not reply to this message.</p>
</div>""")
add(d, 'raman-gmail-07', 'unrelated', None, 'en', False, ['AWS04718263'], html,
    trace_gmail(PR, d, s, pol='REJECT'),
    {'from': addr('AWS Certification', 'do-not-reply@certmetrics.com'), 'to': PR,
     'subject': 'AWS Certification wants to hear from you', 'msgid': s['msgid']},
    tpart(html, 'html'))

# =====================================================================
# Case B - 佐藤 健太, nifty (POP, no Authentication-Results), Support Center console, Japanese
# =====================================================================
KS = 'kenta.sato@nifty.com'
B_open = dt('2025-07-08 01:14:09')
B = case15(B_open, 2093)
B_TOPIC = '認定アカウントの統合について'
NIFTY = 'mta-rcv-p03.nifty.com'


def nifty(d, s):
    return trace_jp(KS, d, s, None, NIFTY, with_ar=False)


def console_footer_ja(case):
    return f"""ケースの確認およびご返信は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

*このメールアドレスは返信を受け付けておりません。*

アマゾン ウェブ サービス ジャパン合同会社
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。"""


# B1 - case opened (console)
d = dt('2025-07-08 01:14:15'); s = ses_sender(d)
new = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {B} を作成いたしました。

ケース ID: {B}
件名: {B_TOPIC}
重大度: 一般的なガイダンス
お問い合わせ内容:
AWS認定の受験者アカウントが2つあるようです。個人用と会社用のメールアドレスでそれぞれ登録してしまいました。1つにまとめていただくことは可能でしょうか。

担当者からの回答は、サポートセンターおよびこのメールアドレス宛てにお知らせいたします。

{console_footer_ja(B)}
"""
add(d, 'sato-nifty-01', 'case_created', B, 'ja', None, [], new, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"Amazon Web Services: 新しいサポートケースが作成されました: {B}"), 'msgid': s['msgid']},
    tpart(new, cte='base64'), ses_extra(s, d))

# B2 - "new correspondence" notice (no content)
d = dt('2025-07-08 06:30:41'); s = ses_sender(d)
new = f"""ケース {B}「{B_TOPIC}」に、AWS サポートからの新しい返信が追加されました。

返信の内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターを開いてください。

{console_footer_ja(B)}
"""
add(d, 'sato-nifty-02', 'support_reply', B, 'ja', None, [], new, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': f"[Case {B}] New correspondence added", 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# B3 - agent: which account to keep (ISO-2022-JP)
d = dt('2025-07-08 06:30:44'); s = ses_sender(d)
B3 = f"""佐藤 健太 様

AWS トレーニングと認定サポートの木村と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご登録のメールアドレスをもとに確認いたしましたところ、お客様名義の認定アカウントが下記の 2 件見つかりました。

 ・AWS02251948(登録メールアドレス: kenta.sato@nifty.com)
 ・AWS05583316(登録メールアドレス: k.sato@tsubasa-soft.co.jp)

お手数ですが、以下の 2 点をお知らせいただけますでしょうか。

 1. 今後も引き続きご利用になるアカウント
 2. 今後の認定関連のお知らせを受け取るメールアドレス

ご回答をいただき次第、次の手続きについてご案内いたします。

よろしくお願いいたします。

木村
Amazon Web Services
"""
body = B3 + "\n" + console_footer_ja(B) + "\n"
add(d, 'sato-nifty-03', 'support_reply', B, 'ja', None, ['AWS02251948', 'AWS05583316'], B3, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"RE:[CASE {B}] {B_TOPIC}", 'iso-2022-jp'), 'msgid': s['msgid']},
    tpart(body, cs='iso-2022-jp', cte='7bit'), ses_extra(s, d))

# B4 - user's answer unclear, agent asks again; previous correspondence appended with no quote marker
d = dt('2025-07-09 02:05:19'); s = ses_sender(d)
new = """佐藤 健太 様

ご返信いただきありがとうございます。木村です。

恐れ入りますが、いただいた「新しい方を残してください」というご回答について、どちらのアカウントを指しているのか確認させてください。

作成日で申しますと、新しいのは 2023 年にご登録の aws05583316 のほうですが、最近受験された試験(2025 年 6 月の Solutions Architect - Professional)は AWS02251948 の方に記録されております。そのため、「新しい方」が作成日の新しいアカウントのことか、最近ご利用のアカウントのことか、こちらでは判断がつきかねております。

誤った統合を防ぐため、残したいアカウントの ID(AWS から始まる番号)をそのままご記入のうえ、ご返信をお願いいたします。

また、お知らせの送付先は会社のメールアドレスとのことですが、k.sato@tsubasa-soft.co.jp でお間違いないでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

木村
Amazon Web Services
"""
prev_user = """2025/07/08 22:47 お客様からのご返信:

木村様
ご連絡ありがとうございます。
新しい方を残してください。メールは会社の方でお願いします。
佐藤"""
body = new + "\n\n" + prev_user + "\n\n2025/07/08 06:30 AWS からの返信:\n\n" + B3 + "\n" + console_footer_ja(B) + "\n"
add(d, 'sato-nifty-04', 'support_reply', B, 'ja', None, ['AWS02251948', 'AWS05583316'], new, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"RE:[CASE {B}] {B_TOPIC}"), 'msgid': s['msgid']},
    tpart(body, cte='base64'), ses_extra(s, d))

# B5 - confirmation request
d = dt('2025-07-10 05:48:02'); s = ses_sender(d)
txt = f"""佐藤 健太 様

木村です。明確にご回答いただき、ありがとうございます。
いただいた内容をもとに、以下のとおり統合を行う予定です。

【存続するアカウント】 AWS05583316
【統合され、無効となるアカウント】 AWS02251948
【今後の通知先メールアドレス】 k.sato@tsubasa-soft.co.jp

AWS02251948 の受験履歴、認定資格、特典(受験割引など)は、すべて AWS05583316 に引き継がれます。

※統合は一度実施すると取り消すことができません。内容をよくご確認ください。

上記の内容でよろしければ、サポートセンターから「上記内容で同意します」とご返信ください。ご同意を確認するまで、作業は行いません。

木村
Amazon Web Services
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px;">' + paras(txt) + '<hr>' + paras(console_footer_ja(B)) + '</div>', 'ja')
alt = multi('alternative', [tpart(txt + "\n" + console_footer_ja(B) + "\n", cte='base64'), tpart(html, 'html', cte='base64')], ses_boundary())
add(d, 'sato-nifty-05', 'merge_confirmation_requested', B, 'ja', None, ['AWS02251948', 'AWS05583316'], txt, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"RE:[CASE {B}] {B_TOPIC}"), 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# B6 - completion, HTML only
d = dt('2025-07-12 00:37:26'); s = ses_sender(d)
inner = f"""<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;color:#16191f;">
<p>佐藤 健太 様</p>
<p>木村です。お待たせいたしました。</p>
<p>ご同意いただいた内容のとおり、AWS02251948 に記録されていた受験履歴および認定資格を、AWS05583316 へ移行いたしました。AWS02251948 は無効化されており、今後はサインインできません。</p>
<p>通知先メールアドレスも k.sato@tsubasa-soft.co.jp に変更済みです。認定アカウントにサインインのうえ、認定資格と特典が表示されていることをご確認ください。Credly のデジタルバッジは、数日以内に同じメールアドレス宛てに改めて発行されます。</p>
<p>木村<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078;">ケースの確認は <a href="https://console.aws.amazon.com/support/home#/case/?displayId={B}&amp;language=ja">サポートセンター</a> から行えます。このメールアドレスは返信を受け付けておりません。</p>
</div>"""
add(d, 'sato-nifty-06', 'merge_completed', B, 'ja', None, ['AWS02251948', 'AWS05583316'], inner, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"RE:[CASE {B}] {B_TOPIC}"), 'msgid': s['msgid']},
    tpart(html_doc(inner, 'ja'), 'html'), ses_extra(s, d))

# B7 - closure + survey
d = dt('2025-07-12 00:41:03'); s = ses_sender(d)
new = f"""ケース {B}「{B_TOPIC}」は解決済みとしてクローズされました。

今回のサポートはいかがでしたか。サービス向上のため、簡単なアンケートにご協力ください(所要時間 1 分程度)。
https://console.aws.amazon.com/support/feedback?displayId={B}&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

{console_footer_ja(B)}
"""
add(d, 'sato-nifty-07', 'survey', B, 'ja', None, [], new, nifty(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': KS,
     'subject': enc(f"Amazon Web Services: ケース {B} が解決されました"), 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# =====================================================================
# Case C - Marcus Oyelaran, Office 365 (corporate), form desk, English; wrong account kept, then corrected
# =====================================================================
MO = 'm.oyelaran@northwind-logistics.com'
MO_TO = addr('Marcus Oyelaran', MO)
C = '13894527061'
C_SUBJ = f"[CASE {C}] {FORM_SUBJ}"
C_RE = f"RE:[CASE {C}] {FORM_SUBJ}"


def o365(d, s):
    return trace_o365(MO, d, s, tenant='namprd04')


# C1 - acknowledgement, HTML only
d = dt('2025-09-15 13:05:27'); s = ses_sender(d)
inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">
<tr><td style="border-top:4px solid #ff9900;">
<p>Dear Marcus Oyelaran,</p>
<p>We've received your message and a member of the AWS Training and Certification team will review it shortly. Most requests receive a first response within one business day.</p>
<p>Your reference: <b>CASE {C}</b></p>
<p>To add information, reply to this e-mail without changing the subject line. There is no need to send the form again.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr></table></td></tr></table>"""
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-01', 'case_created', C, 'en', True, [], inner, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': C_SUBJ, 'msgid': s['msgid']},
    tpart(html_doc(inner), 'html'), ses_extra(s, d) + ex)

# C2 - confirmation request, non-native agent, utf-8 bytes labelled windows-1252
d = dt('2025-09-16 06:52:10'); s = ses_sender(d)
new = """Dear Marcus,

Greetings from AWS Training and Certification!

As per your request, we are going to merge below accounts:

Primary account (will be kept) : AWS06120487 \u2013 marcus.oyelaran@gmail.com
Secondary account (will be merged and deactivated) : AWS03366029 \u2013 m.oyelaran@northwind-logistics.com

Kindly note that this action is permanent and cannot be revert once it is done. All certifications, exam history and benefits from the secondary account will be moved into the primary account.

Request you to please reply to this email confirming the above details so we can process further. We will not do any change before receiving your \u201cconfirm\u201d.

Thanks & Regards,
Tanvir A.
AWS Training & Certification Support
"""
orig = """From: Marcus Oyelaran <m.oyelaran@northwind-logistics.com>
Sent: Monday, September 15, 2025 2:04 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Account Merge

Inquiry type: Certification / Account Merge
AWS candidate ID: AWS03366029
Description: I have two certification accounts, one with my work email (AWS03366029) and one with my personal gmail (AWS06120487). I am changing employers soon so I want to keep the personal one and move everything there. Thank you."""
body = new + "\n\n" + orig + "\n"
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-02', 'merge_confirmation_requested', C, 'en', True, ['AWS03366029', 'AWS06120487'], new, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': C_RE, 'msgid': s['msgid']},
    tpart(body, cs='utf-8', label='windows-1252'), ses_extra(s, d) + ex)

# C3 - completion - but into the wrong account (still a completion)
d = dt('2025-09-18 11:26:35'); s = ses_sender(d)
txt = """Dear Marcus,

We are pleased to inform you that your accounts have been successfully consolidated. All your certifications are now available under AWS03366029. The account AWS06120487 has been deactivated and can not be used for login anymore.

If you have any further question, please feel free to reply this email.

Thanks & Regards,
Tanvir A.
AWS Training & Certification Support

Please rate your support experience: https://survey.aws-training.amazon.com/s/tc-support?case=""" + C + "\n"
html = html_doc('<div style="font-family:Calibri,Arial,sans-serif;font-size:14px;background:#fff;padding:20px;">' + paras(txt) + '</div>')
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], ses_boundary())
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-03', 'merge_completed', C, 'en', True, ['AWS03366029', 'AWS06120487'], txt, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': C_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d) + ex)

# C4 - closure survey, html only, base64
d = dt('2025-09-18 11:31:02'); s = ses_sender(d)
inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;background:#fff;padding:24px;max-width:600px;">
<p>Hello,</p>
<p>Your case <b>{C}</b> has been marked as resolved and will be closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-training.amazon.com/s/tc-close?case={C}&amp;a=yes" style="padding:8px 18px;background:#1d8102;color:#fff;text-decoration:none;">YES</a>
&nbsp;<a href="https://survey.aws-training.amazon.com/s/tc-close?case={C}&amp;a=no" style="padding:8px 18px;background:#d13212;color:#fff;text-decoration:none;">NO</a></p>
<p>We would also like to hear how your agent did. The survey takes less than two minutes.</p>
<p>AWS Training and Certification</p>
</div>"""
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-04', 'survey', C, 'en', True, [], inner, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': f"Your case {C} has been resolved", 'msgid': s['msgid']},
    tpart(html_doc(inner), 'html', cte='base64'), ses_extra(s, d) + ex)

# C5 - apology, correction to be made: "once ... I'll let you know" (Outlook quote block)
d = dt('2025-09-19 15:44:58'); s = ses_sender(d)
new = """Hi Marcus,

Thank you for flagging this, and I'm sorry for the trouble.

You are right. In our earlier e-mail we agreed that AWS06120487 (your personal address) would be the account to keep, but the records were consolidated into AWS03366029 instead. I have raised this with our certification operations team as a priority.

Once they have moved everything over to AWS06120487 and switched the sign-in to marcus.oyelaran@gmail.com, I'll let you know. There is nothing you need to do in the meantime, but please don't schedule or reschedule any exams until you hear back from me.

Best regards,
Claire D.
AWS Training and Certification
"""
mq = """From: Marcus Oyelaran <m.oyelaran@northwind-logistics.com>
Sent: Thursday, September 18, 2025 5:51 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE """ + C + """] [AWS Training and Certification Form Submission] - account-assistance

Hi,

I think something went wrong. The ID that survived is AWS03366029, which is the company one - but I confirmed that the personal one AWS06120487 should be kept. My last day at Northwind is in two weeks and after that I lose access to that mailbox. Can this be fixed?

Marcus

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 18, 2025 12:26 PM
To: Marcus Oyelaran <m.oyelaran@northwind-logistics.com>
Subject: RE:[CASE """ + C + """] [AWS Training and Certification Form Submission] - account-assistance

""" + txt
body = new + "\n________________________________\n" + mq + "\n"
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-05', 'support_reply', C, 'en', True, ['AWS03366029', 'AWS06120487'], new, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': C_RE, 'msgid': s['msgid']},
    tpart(body), ses_extra(s, d) + ex)
C5 = body

# C6 - corrected completion
d = dt('2025-09-23 09:15:33'); s = ses_sender(d)
txt6 = """Hi Marcus,

The correction is in place. AWS06120487 is now your only active certification ID: it holds all five of your certifications, your full exam history and the 50% exam voucher. AWS03366029 has been retired again and can no longer be used to sign in. Your sign-in and notification address is marcus.oyelaran@gmail.com.

Your Credly badges will follow to the gmail address within a few days.

Again, apologies for the extra round trip.

Best regards,
Claire D.
AWS Training and Certification
"""
html = html_doc('<div style="font-family:Arial,sans-serif;font-size:14px;background:#fff;padding:20px;">' + paras(txt6) + '<hr>' + paras(C5) + '</div>')
alt = multi('alternative', [tpart(txt6 + "\n________________________________\n" + C5), tpart(html, 'html')], ses_boundary())
tr, ex = o365(d, s)
add(d, 'oyelaran-o365-06', 'merge_completed', C, 'en', True, ['AWS03366029', 'AWS06120487'], txt6, tr,
    {'from': addr(AWSNAME, FORM), 'to': MO, 'subject': C_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d) + ex)
C6_MSGID = s['msgid']

# C7 - Credly: badges moved, to his gmail
d = dt('2025-09-24 18:02:47'); s = credly_sender(d)
url = f"https://www.credly.com/earner/earned/transfer/{uuid.UUID(int=R.getrandbits(128))}"
txt = f"""Hi Marcus,

Good news: 5 badges from Amazon Web Services Training and Certification have been transferred to this email address and are ready for you.

- AWS Certified Solutions Architect - Professional
- AWS Certified DevOps Engineer - Professional
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

Accept your badges:
{url}

{CREDLY_FOOTER}
"""
html = credly_html('Your badges are ready', [
    'Hi Marcus,',
    'Good news: <b>5 badges</b> from Amazon Web Services Training and Certification have been transferred to this email address and are ready for you to accept.',
    'AWS Certified Solutions Architect &ndash; Professional, AWS Certified DevOps Engineer &ndash; Professional, AWS Certified Solutions Architect &ndash; Associate, AWS Certified Developer &ndash; Associate, AWS Certified Cloud Practitioner'],
    'Accept your badges', url)
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], hexs(40))
add(d, 'oyelaran-gmail-07', 'credly_badge_issued', None, 'en', True, [], txt + html,
    trace_gmail('marcus.oyelaran@gmail.com', d, s),
    {'from': addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
     'to': 'marcus.oyelaran@gmail.com',
     'subject': '5 badges have been transferred to you from Amazon Web Services Training and Certification',
     'msgid': s['msgid']},
    alt, ['X-SG-EID: ' + b64rand(60)[:80]])

# C8 - Marcus forwards the completion to his manager (internal mail, no Authentication-Results)
d = dt('2025-09-23 10:02:11', EDT)
msgid = f"<{alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}PR04MB{R.randint(1000, 9999)}{alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}PR04MB{R.randint(1000, 9999)}.namprd04.prod.outlook.com>"
new = """Hi Janet,

FYI - AWS fixed the certification mix-up. My cert ID for the partner portal is now AWS06120487; the company one (AWS03366029) is gone. Could you update my record in the APN partner list before the Q4 review?

Thanks,
Marcus
"""
fw = f"""From: Amazon Web Services <{FORM}>
Sent: Tuesday, September 23, 2025 5:15 AM
To: Marcus Oyelaran <{MO}>
Subject: RE:[CASE {C}] {FORM_SUBJ}

""" + txt6
text = new + "\n________________________________\n" + fw + "\n"
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;">' + paras(new) + '</div>'
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Amazon Web Services &lt;' + FORM + '&gt;<br><b>Sent:</b> Tuesday, September 23, 2025 5:15 AM<br><b>To:</b> Marcus Oyelaran &lt;' + MO + '&gt;<br><b>Subject:</b> RE:[CASE ' + C + '] ' + FORM_SUBJ + '</font><div>&nbsp;</div></div>'
        + paras(txt6) + '</body></html>\n')
alt = multi('alternative', [tpart(text), tpart(html, 'html')], f"_000_{msgid[1:30]}_")
lines = [
    f"Received: from SA1PR04MB8829.namprd04.prod.outlook.com (::1) by\n DM6PR04MB7115.namprd04.prod.outlook.com with HTTPS; {rfc((d + timedelta(seconds=2)).astimezone(UTC))}",
    f"Received: from SA1PR04MB8829.namprd04.prod.outlook.com ([fe80::5c1e:2a0b:91d3:7e41]) by\n SA1PR04MB8829.namprd04.prod.outlook.com ([fe80::5c1e:2a0b:91d3:7e41%6]) with\n mapi id 15.20.9137.018; {rfc((d + timedelta(seconds=1)).astimezone(UTC))}",
]
add(d, 'oyelaran-o365-08', 'unrelated', C, 'en', None, ['AWS03366029', 'AWS06120487'], new, lines,
    {'from': MO_TO, 'to': addr('Janet Pruitt', 'j.pruitt@northwind-logistics.com'),
     'subject': f"FW: RE:[CASE {C}] {FORM_SUBJ}", 'msgid': msgid},
    alt, ["Thread-Topic: RE:[CASE " + C + "] " + FORM_SUBJ, "Thread-Index: " + b64rand(30),
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: SA1PR04MB8829.namprd04.prod.outlook.com"])

# =====================================================================
# Case D - 高橋 美咲, BIGLOBE, form desk in Japanese; a second case opened by mistake
# =====================================================================
MT = 'misaki-t@biglobe.ne.jp'
D_openX = dt('2025-11-18 05:40:12')
DX = case15(D_openX, 3381)
D_openY = dt('2025-11-19 23:02:47')
DY = case15(D_openY, 1957)
BIGLOBE = 'mfilter-s12.biglobe.ne.jp'


def biglobe(d, s):
    return trace_jp(MT, d, s, 'biglobe.ne.jp', BIGLOBE)


def ack_ja(case, when_s, detail):
    return f"""高橋 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

  ケース番号  : {case}
  お問い合わせ種別: 認定 / アカウントの統合
  受付日時   : {when_s}
  お問い合わせ内容:
{detail}

担当者より、原則として 24 時間以内にご連絡いたします。
内容を追加される場合は、件名を変更せずにこのメールへご返信ください。
同じ内容で新たにフォームを送信されますと、回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""


# D1 - case X acknowledgement (ISO-2022-JP)
d = dt('2025-11-18 05:40:20'); s = ses_sender(d)
new = ack_ja(DX, '2025年11月18日 14:40(日本時間)',
             '  旧姓で登録したアカウント(AWS01849372)と、現在のアカウント(AWS08813650)を\n  統合したいです。残したいのは現在の方です。')
add(d, 'takahashi-biglobe-01', 'case_created', DX, 'ja', True, ['AWS01849372', 'AWS08813650'], new, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定", 'iso-2022-jp'), 'msgid': s['msgid']},
    tpart(new, cs='iso-2022-jp', cte='7bit'), ses_extra(s, d))

# D2 - case Y acknowledgement: same request submitted again by mistake
d = dt('2025-11-19 23:02:55'); s = ses_sender(d)
new = ack_ja(DY, '2025年11月20日 08:02(日本時間)',
             '  おととい問い合わせましたが返信がないので再送します。\n  aws-01849372 を AWS08813650 にまとめてください。')
add(d, 'takahashi-biglobe-02', 'case_created', DY, 'ja', True, ['AWS01849372', 'AWS08813650'], new, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"[CASE {DY}] お問い合わせを受け付けました - AWS トレーニングと認定", 'iso-2022-jp'), 'msgid': s['msgid']},
    tpart(new, cs='iso-2022-jp', cte='7bit'), ses_extra(s, d))

# D3 - case Y: duplicate case folded into X and closed (case merge, not account merge)
d = dt('2025-11-20 01:15:36'); s = ses_sender(d)
new = f"""高橋 美咲 様

AWS トレーニングと認定サポートの石井でございます。
お問い合わせいただきありがとうございます。また、ご返信が遅くなり申し訳ございません。

本件と同じ内容のお問い合わせを、ケース {DX} にて既に承っております。重複したお問い合わせとなるため、本ケース {DY} はケース {DX} に統合のうえ、クローズさせていただきます。

今後のやり取りはケース {DX} にて継続いたします。アカウントの統合につきましては、同ケースの担当者より本日中にご連絡いたしますので、今しばらくお待ちください。

石井
AWS トレーニングと認定 カスタマーサポート
"""
add(d, 'takahashi-biglobe-03', 'support_reply', DY, 'ja', True, [], new, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"RE:[CASE {DY}] お問い合わせを受け付けました - AWS トレーニングと認定"), 'msgid': s['msgid']},
    tpart(new, cte='base64'), ses_extra(s, d))

# D4 - case X: confirmation request
d = dt('2025-11-20 06:22:09'); s = ses_sender(d)
txt = f"""高橋 美咲 様

AWS トレーニングと認定サポートの石井でございます。
お待たせいたしました。お申し出の 2 つのアカウントを確認いたしました。

統合にあたり、以下の内容でお間違いがないかご確認をお願いいたします。

  残すアカウント  : AWS08813650(misaki-t@biglobe.ne.jp)
  統合するアカウント: AWS01849372(旧姓「森 美咲」でのご登録)

統合後、AWS01849372 の認定資格・受験履歴はすべて AWS08813650 に引き継がれ、AWS01849372 はご利用いただけなくなります。
なお、統合は一度行うと元に戻すことができません。

上記の内容でよろしければ、本メールにそのままご返信のうえ「問題ありません」とお知らせください。ご返信を確認してから作業に着手いたします。

石井
AWS トレーニングと認定 カスタマーサポート
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;">' + paras(txt) + '</div>', 'ja')
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], ses_boundary())
add(d, 'takahashi-biglobe-04', 'merge_confirmation_requested', DX, 'ja', True, ['AWS01849372', 'AWS08813650'], txt, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"RE:[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定"), 'msgid': s['msgid']},
    alt, ses_extra(s, d))
D4 = txt

# D5 - thanks for confirming, will proceed; ids only in quoted part (Japanese attribution, nested quotes)
d = dt('2025-11-21 00:31:47'); s = ses_sender(d)
new = """高橋 美咲 様

石井でございます。
ご確認いただき、ありがとうございます。

いただいたご回答をもとに、これより統合の手続きを進めてまいります。作業には通常 2〜3 営業日ほどかかります。完了しましたら、改めてこちらからご連絡いたします。

石井
AWS トレーニングと認定 カスタマーサポート
"""
user = f"""石井様

ご連絡ありがとうございます。
内容に間違いありません。よろしくお願いいたします。

高橋

2025年11月20日(木) 15:22 Amazon Web Services <{FORM}>:
""" + quote(D4)
body = new + "\n" + quote(user) + "\n"
add(d, 'takahashi-biglobe-05', 'support_reply', DX, 'ja', True, [], new, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"RE:[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定"), 'msgid': s['msgid']},
    tpart(body), ses_extra(s, d))

# D6 - completion, HTML only, base64
d = dt('2025-11-25 02:08:30'); s = ses_sender(d)
inner = f"""<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;color:#16191f;">
<p>高橋 美咲 様</p>
<p>石井でございます。大変お待たせいたしました。</p>
<p>ご依頼いただいた件につきまして、AWS01849372 に登録されていた認定資格および受験履歴を、AWS08813650 へ移行いたしました。旧アカウント AWS01849372 は閉鎖済みです。</p>
<p>今後は AWS08813650 のアカウントにサインインしてご利用ください。Credly のデジタルバッジにつきましては、数日中に misaki-t@biglobe.ne.jp 宛てにご案内が届く予定です。</p>
<p>ほかにご不明な点がございましたら、このメールにご返信ください。</p>
<p>石井<br>AWS トレーニングと認定 カスタマーサポート</p>
</div>"""
add(d, 'takahashi-biglobe-06', 'merge_completed', DX, 'ja', True, ['AWS01849372', 'AWS08813650'], inner, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"RE:[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定"), 'msgid': s['msgid']},
    tpart(html_doc(inner, 'ja'), 'html', cte='base64'), ses_extra(s, d))
D6 = inner

# D7 - closure survey (アンケート)
d = dt('2025-11-26 02:10:04'); s = ses_sender(d)
new = f"""高橋 美咲 様

ケース {DX} は解決済みとしてクローズいたしました。

サポート品質向上のため、今回の対応についてのアンケートにご協力をお願いいたします。回答は 1 分ほどで終わります。

  アンケートに回答する:
  https://survey.aws-training.amazon.com/s/tc-support?case={DX}&lang=ja

  問題は解決しましたか? はい / いいえ

引き続きサポートが必要な場合は、このメールにご返信いただくとケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
"""
add(d, 'takahashi-biglobe-07', 'survey', DX, 'ja', True, [], new, biglobe(d, s),
    {'from': addr(AWSNAME, FORM), 'to': MT,
     'subject': enc(f"[CASE {DX}] アンケートご協力のお願い"), 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# D8 - Misaki forwards the completion to her work address (Shift_JIS, 8bit, older client)
d = dt('2025-11-25 21:14:52', JST)
msgid = f"<{d.strftime('%Y%m%d%H%M%S')}.{hexs(8).upper()}.misaki-t@biglobe.ne.jp>"
new = """会社でも確認できるように転送しておきます。

AWS の認定アカウントは AWS08813650 に一本化されました。
旧姓のほう(AWS01849372)はもう使えないそうです。
社内の資格登録台帳の ID も更新をお願いします。

高橋"""
import html as _H
fwd = re.sub(r'<[^>]+>', '', D6.replace('<br>', '\n').replace('</p>', '\n')).strip()
body = new + f"""

-------- Original Message --------
Subject: RE:[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定
Date: Tue, 25 Nov 2025 02:08:30 +0000
From: Amazon Web Services <{FORM}>
To: {MT}

""" + '\n'.join(l.strip() for l in fwd.split('\n')) + "\n"
tr = ["Return-Path: <misaki-t@biglobe.ne.jp>",
      f"Received: from mx01.kanazawa-sys.co.jp (localhost [127.0.0.1])\n\tby mx01.kanazawa-sys.co.jp (Postfix) with ESMTP id 4dF8Q{alnum(5, '0123456789ABCDEF')}\n\tfor <misaki.takahashi@kanazawa-sys.co.jp>; {rfc(d + timedelta(seconds=4))}",
      "Authentication-Results: mx01.kanazawa-sys.co.jp;\n\tspf=pass smtp.mailfrom=misaki-t@biglobe.ne.jp;\n\tdkim=pass header.d=biglobe.ne.jp header.s=default;\n\tdmarc=pass header.from=biglobe.ne.jp",
      f"Received: from mail-s21.biglobe.ne.jp (mail-s21.biglobe.ne.jp [133.208.{R.randint(2, 250)}.{R.randint(2, 250)}])\n\tby mx01.kanazawa-sys.co.jp with ESMTPS id {alnum(12, '0123456789ABCDEF')}\n\tfor <misaki.takahashi@kanazawa-sys.co.jp>; {rfc(d + timedelta(seconds=3))}",
      dkim('biglobe.ne.jp', 'default', d)]
add(d, 'takahashi-kanazawa-08', 'unrelated', DX, 'ja', False, ['AWS01849372', 'AWS08813650'], new, tr,
    {'from': addr('高橋 美咲', MT, 'iso-2022-jp'), 'to': 'misaki.takahashi@kanazawa-sys.co.jp',
     'subject': enc(f"Fw: RE:[CASE {DX}] お問い合わせを受け付けました - AWS トレーニングと認定", 'iso-2022-jp'), 'msgid': msgid},
    tpart(body, cs='shift_jis', cte='8bit', label='Shift_JIS'),
    ["X-Mailer: Becky! ver. 2.81.05 [ja]"])

# =====================================================================
# Case E - Daniel Brooks, Outlook.com, Support Center console, English; badges missing until asked again
# =====================================================================
DB = 'dbrooks84@outlook.com'
E_open = dt('2026-01-13 16:05:44')
E = case15(E_open, 611)
E_TOPIC = 'Merge two certification accounts'


def outl(d, s, dmarc='pass'):
    return trace_o365(DB, d, s, dmarc=dmarc, tenant='namprd11', consumer=True)


def console_footer(case):
    return f"""To see the case or reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


# E1 - console case opened, echoing the request
d = dt('2026-01-13 16:05:50'); s = ses_sender(d)
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {E} to address your issue.

The details of your case are as follows:

Case ID: {E}
Subject: {E_TOPIC}
Severity: General guidance
Correspondence: Hi, I ended up with two AWS Certification accounts. AWS05017734 is tied to my old work email (daniel.brooks@corvanta.com), AWS09264418 is my current one. Please merge them and keep AWS09264418 so all my certs are in one place. Thanks, Dan

We will respond to your case as soon as possible. You can view and update your case in the Support Center.

Best regards,
Amazon Web Services

{console_footer(E)}
"""
tr, ex = outl(d, s)
add(d, 'brooks-outlook-01', 'case_created', E, 'en', True, ['AWS05017734', 'AWS09264418'], new, tr,
    {'from': addr(AWSNAME, NOREPLY), 'to': DB,
     'subject': f"Amazon Web Services: You have opened a new Support case: {E}", 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d) + ex)

# E2 - confirmation request, HTML only, with a "rate this correspondence" footer
d = dt('2026-01-14 19:33:12'); s = ses_sender(d)
inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">
<table width="640" cellpadding="24" cellspacing="0" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f;">
<tr><td>
<p>Hello Daniel,</p>
<p>Thank you for your patience. I reviewed both profiles you listed. Should you wish to go ahead, this is what will take place:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:14px;">
<tr><td style="background:#fafafa;">ID that remains</td><td><b>AWS09264418</b> (dbrooks84@outlook.com)</td></tr>
<tr><td style="background:#fafafa;">ID to be absorbed and closed</td><td><b>aws-05017734</b> (daniel.brooks@corvanta.com)</td></tr>
</table>
<p>Certifications, exam results and benefits on the absorbed profile will appear on the remaining one afterwards. Please note this is a one-way operation: the two profiles cannot be separated again later.</p>
<p>If the above is what you want, reply to this case in the Support Center with the word <b>confirmed</b>. We will not make any change before we hear from you.</p>
<p>Best regards,<br>Mateo R.<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #d5dbdb;">
<p style="font-size:13px;">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p style="font-size:12px;color:#545b64;">To see the case or reply, please sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={E}&amp;language=en">AWS Support Center</a>. This e-mail address cannot accept incoming e-mail.</p>
</td></tr></table></td></tr></table>"""
tr, ex = outl(d, s)
add(d, 'brooks-outlook-02', 'merge_confirmation_requested', E, 'en', True, ['AWS05017734', 'AWS09264418'], inner, tr,
    {'from': addr(AWSNAME, NOREPLY), 'to': DB, 'subject': f"RE:[CASE {E}] {E_TOPIC}", 'msgid': s['msgid']},
    tpart(html_doc(inner), 'html'), ses_extra(s, d) + ex)

# E3 - GitHub "merged" notification (unrelated)
d = dt('2026-01-15 02:48:19')
s = generic_sender('out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com', 'github.com', 'pf2023', 'github.com')
s['msgid'] = f"<dbrooks/infra-scripts/pull/42/issue_event/{R.randint(18000000000, 19999999999)}@github.com>"
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/dbrooks/infra-scripts/pull/42#event-19388172214
You are receiving this because you authored the thread.

Message ID: <dbrooks/infra-scripts/pull/42/issue_event/19388172214@github.com>
"""
html = ('<p></p>\n<p>Merged <a class="issue-link" href="https://github.com/dbrooks/infra-scripts/pull/42">#42</a> into main.</p>\n'
        '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
        '<a href="https://github.com/dbrooks/infra-scripts/pull/42#event-19388172214">view it on GitHub</a>.<br />'
        'You are receiving this because you authored the thread.</p>\n')
alt = multi('alternative', [tpart(txt, cte='7bit'), tpart(html, 'html', cte='7bit')], f"--==_mimepart_{hexs(13)}_{R.randint(1000, 9999)}")
tr, ex = outl(d, s)
add(d, 'brooks-outlook-03', 'unrelated', None, 'en', False, [], txt, tr,
    {'from': addr('Ryan Kessler', 'notifications@github.com'), 'to': addr('dbrooks/infra-scripts', 'infra-scripts@noreply.github.com'),
     'cc': addr('Daniel Brooks', DB) + ', Author <author@noreply.github.com>',
     'subject': 'Re: [dbrooks/infra-scripts] Merge certification-account cleanup helper into main (PR #42)',
     'msgid': s['msgid'], 'irt': '<dbrooks/infra-scripts/pull/42@github.com>', 'refs': '<dbrooks/infra-scripts/pull/42@github.com>'},
    alt, ['List-ID: dbrooks/infra-scripts <infra-scripts.dbrooks.github.com>', 'X-GitHub-Reason: author'] + ex)

# E4 - completion, with rating footer
d = dt('2026-01-16 22:10:27'); s = ses_sender(d)
txt = f"""Hello Daniel,

Thank you for confirming. The consolidation you approved has now been carried out on our side.

Your exam history and the three active certifications that were held on AWS05017734 are now listed under AWS09264418. It is no longer possible to sign in with the old profile.

Credly badges are normally re-issued to the e-mail address of the remaining profile within 5 to 7 business days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Mateo R.
Amazon Web Services

{console_footer(E)}
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:Arial,sans-serif;font-size:14px;">' + paras(txt) + '</div>')
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], ses_boundary())
tr, ex = outl(d, s)
add(d, 'brooks-outlook-04', 'merge_completed', E, 'en', True, ['AWS05017734', 'AWS09264418'], txt, tr,
    {'from': addr(AWSNAME, NOREPLY), 'to': DB, 'subject': f"RE:[CASE {E}] {E_TOPIC}", 'msgid': s['msgid']},
    alt, ses_extra(s, d) + ex)

# E5 - case resolved + feedback
d = dt('2026-01-19 22:14:03'); s = ses_sender(d)
new = f"""Hello,

We haven't heard back from you regarding case {E}, so we have marked it as resolved. If your issue persists, you can reopen the case from the Support Center within 14 days.

How did we do? Your feedback helps us improve. Please take a moment to rate your support experience:
https://console.aws.amazon.com/support/feedback?displayId={E}&language=en

Best regards,
Amazon Web Services

{console_footer(E)}
"""
tr, ex = outl(d, s)
add(d, 'brooks-outlook-05', 'survey', E, 'en', True, [], new, tr,
    {'from': addr(AWSNAME, NOREPLY), 'to': DB, 'subject': f"Amazon Web Services: Case {E} has been resolved", 'msgid': s['msgid']},
    tpart(new, cte='7bit'), ses_extra(s, d) + ex)

# E6 - Credly expiry reminder (unrelated)
d = dt('2026-01-28 14:00:41'); s = credly_sender(d)
url = 'https://www.credly.com/users/daniel-brooks.2f8c1a/badges'
txt = f"""Hi Daniel,

Your AWS Certified Cloud Practitioner badge will expire in 30 days, on February 27, 2026.

To keep it active, Amazon Web Services Training and Certification may require you to recertify. Check the issuer's recertification requirements before your badge expires.

View your badge:
{url}

{CREDLY_FOOTER}
"""
html = credly_html('Your badge expires in 30 days', [
    'Hi Daniel,', 'Your <b>AWS Certified Cloud Practitioner</b> badge will expire in 30 days, on February 27, 2026.',
    'To keep it active, Amazon Web Services Training and Certification may require you to recertify.'], 'View your badge', url)
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], hexs(40))
tr, ex = outl(d, s)
add(d, 'brooks-outlook-06', 'unrelated', None, 'en', True, [], txt + html, tr,
    {'from': addr('Credly', 'admin@credly.com'), 'to': DB,
     'subject': 'Reminder: your AWS Certified Cloud Practitioner badge expires soon', 'msgid': s['msgid']},
    alt, ex)

# E7 - user reopened the case: badges missing; "once the transfer is done ..." (conditional)
d = dt('2026-01-29 17:52:38'); s = ses_sender(d)
new = f"""Hello Daniel,

Thanks for reopening the case and letting us know that your badges have not shown up in your Credly wallet yet.

I checked, and they are still attached to the Credly profile of your former address (daniel.brooks@corvanta.com) rather than following your certifications to AWS09264418. I have asked our Credly team to move them.

Once that transfer is done, Credly will e-mail dbrooks84@outlook.com asking you to accept each badge. This can take up to 3 business days. If nothing has arrived by February 4, reply here and I'll chase it up. There is no need to open a new case.

Best regards,
Mateo R.
Amazon Web Services
"""
prev = """Customer correspondence (2026-01-28 22:09 UTC):

Hi Mateo, the certs show up fine on the account now, thanks. But my Credly still only has the badge that is about to expire and none of the others, and I just got an expiry reminder for it. The badges seem to still be on my old Credly login. Can you help?"""
body = new + "\n-----------------------------------\n" + prev + "\n\n" + console_footer(E) + "\n"
tr, ex = outl(d, s)
add(d, 'brooks-outlook-07', 'support_reply', E, 'en', True, ['AWS09264418'], new, tr,
    {'from': addr(AWSNAME, NOREPLY), 'to': DB, 'subject': f"RE:[CASE {E}] {E_TOPIC}", 'msgid': s['msgid']},
    tpart(body, cte='base64'), ses_extra(s, d) + ex)

# E8 - Credly: badges transferred, HTML only
d = dt('2026-02-02 09:27:15'); s = credly_sender(d)
url = f"https://www.credly.com/earner/earned/transfer/{uuid.UUID(int=R.getrandbits(128))}"
html = credly_html('Your badges have arrived', [
    'Hi Daniel,',
    'Amazon Web Services Training and Certification has transferred 3 badges to your Credly account:',
    'AWS Certified Developer &ndash; Associate<br>AWS Certified SysOps Administrator &ndash; Associate<br>AWS Certified Cloud Practitioner',
    'Accept them to display them on your profile.'], 'Accept badges', url)
tr, ex = outl(d, s)
add(d, 'brooks-outlook-08', 'credly_badge_issued', None, 'en', True, [], html, tr,
    {'from': addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), 'to': DB,
     'subject': 'You have 3 new badges waiting to be accepted', 'msgid': s['msgid']},
    tpart(html, 'html', cte='base64'), ex)

# =====================================================================
# Case F - 山本 大輔, Gmail, form desk in Japanese, non-native agent
# =====================================================================
DY_ = 'd.yamamoto.aws@gmail.com'
F_open = dt('2025-08-04 02:31:50')
F = case15(F_open, 874)
F_SUBJ = f"[CASE {F}] {FORM_SUBJ}"
F_RE = f"RE:[CASE {F}] {FORM_SUBJ}"

# F1 - acknowledgement (alternative)
d = dt('2025-08-04 02:31:57'); s = ses_sender(d)
txt = f"""山本 大輔 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: {F}

担当者が内容を確認し、通常 24 時間以内にご返信いたします。混雑状況によってはお時間をいただく場合がございます。
追加の情報がございましたら、件名を変えずにこのメールへご返信ください。同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございます。

AWS トレーニングと認定
Amazon Web Services
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px;border-top:4px solid #ff9900;">' + paras(txt) + '</div>', 'ja')
alt = multi('alternative', [tpart(txt, cte='base64'), tpart(html, 'html', cte='base64')], ses_boundary())
add(d, 'yamamoto-gmail-01', 'case_created', F, 'ja', True, [], txt, trace_gmail(DY_, d, s),
    {'from': addr(AWSNAME, FORM), 'to': DY_, 'subject': F_SUBJ, 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# F2 - agent asks for more info (non-native Japanese), ISO-2022-JP
d = dt('2025-08-06 03:12:40'); s = ses_sender(d)
F2 = """山本 大輔 様

お世話になっております。AWS トレーニングと認定サポートのリーと申します。
ご連絡を頂いてありがとうございます。返事が遅くなってすみません。

アカウントの統合をするために、お手数をお掛けしますが、下記の情報を教えて頂けますでしょうか。

1. それぞれのアカウントにログインする時に使うメールアドレス
2. それぞれのアカウントの通知用メールアドレス
3. 統合の後に残したいアカウントの候補者 ID
4. 統合をご希望の理由(例:転職、メールアドレスの変更など)

頂いた情報を確認してから、次の手順をご案内致します。
ご返事をお待ちしております。

リー
AWS トレーニングと認定サポート
"""
add(d, 'yamamoto-gmail-02', 'support_reply', F, 'ja', True, [], F2, trace_gmail(DY_, d, s),
    {'from': addr(AWSNAME, FORM), 'to': DY_, 'subject': F_RE, 'msgid': s['msgid']},
    tpart(F2, cs='iso-2022-jp', cte='7bit'), ses_extra(s, d))

# F3 - "we are looking into it"; ids only in quoted user reply; labelled Shift_JIS but contains CP932 characters
d = dt('2025-08-07 05:40:06'); s = ses_sender(d)
new = """山本 大輔 様

リーです。情報を頂いてありがとうございます。

頂いた内容を確認しました。現在、担当部署で両方のアカウントの登録内容と受験履歴を調べております。調査が終わりましたら、統合の内容を確認するためにまたご連絡致します。

もう少しだけお待ちくださいますようお願い致します。

リー
AWS トレーニングと認定サポート
"""
user = f"""リー様

ご連絡ありがとうございます。以下の通りです。

① ログイン用メールアドレス
 AWS03905561:d.yamamoto.aws@gmail.com
 AWS07712209:daisuke.yamamoto@hoshizora-tech.jp
② 通知用メールアドレス:上と同じです
③ 残したいアカウント:AWS03905561
④ 理由:転職のため会社のアドレスが使えなくなります

よろしくお願いいたします。
山本

2025年8月6日(水) 12:12 Amazon Web Services <{FORM}>:
""" + quote(F2)
body = new + "\n" + quote(user) + "\n"
add(d, 'yamamoto-gmail-03', 'support_reply', F, 'ja', True, [], new, trace_gmail(DY_, d, s),
    {'from': addr(AWSNAME, FORM), 'to': DY_, 'subject': F_RE, 'msgid': s['msgid']},
    tpart(body, cs='cp932', label='Shift_JIS', cte='base64'), ses_extra(s, d))

# F4 - confirmation request, Japanese subject split over encoded words
d = dt('2025-08-08 08:19:55'); s = ses_sender(d)
new = """山本 大輔 様

リーです。お待たせ致しました。調査が終わりましたので、統合の内容についてご確認をお願い致します。

・残すアカウント:AWS03905561(d.yamamoto.aws@gmail.com)
・統合されるアカウント:AWS07712209(daisuke.yamamoto@hoshizora-tech.jp)

統合の後、AWS07712209 の認定と受験履歴は AWS03905561 に移り、AWS07712209 はもう使えなくなります。
この処理は取り消すことができませんので、ご注意ください。

内容に問題がなければ、このメールに「はい、進めてください」とご返信をお願い致します。ご返信を頂いてから作業を始めます。

リー
AWS トレーニングと認定サポート
"""
add(d, 'yamamoto-gmail-04', 'merge_confirmation_requested', F, 'ja', True, ['AWS03905561', 'AWS07712209'], new, trace_gmail(DY_, d, s),
    {'from': addr(AWSNAME, FORM), 'to': DY_,
     'subject': enc(f"RE:[CASE {F}] 【ご確認のお願い】認定アカウント統合の内容について(AWS トレーニングと認定)"), 'msgid': s['msgid']},
    tpart(new, cte='base64'), ses_extra(s, d))

# F5 - completion + closure + survey; text part omits ids, html part has them
d = dt('2025-08-11 01:05:18'); s = ses_sender(d)
txt = f"""山本 大輔 様

リーです。ご返信を頂いてありがとうございました。

ご依頼の件、統合の作業が終わりました。古いアカウントの認定資格と受験履歴は、残したアカウントの方に移しました。これから認定アカウントにサインインして、内容をご確認ください。

以上で本件はクローズとさせて頂きます。もしよろしければ、下記のリンクから今回の対応についてのアンケートにご回答ください。
https://survey.aws-training.amazon.com/s/tc-support?case={F}&lang=ja

リー
AWS トレーニングと認定サポート
"""
html_inner = f"""<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;">
<p>山本 大輔 様</p>
<p>リーです。ご返信を頂いてありがとうございました。</p>
<p>ご依頼の件、統合の作業が終わりました。<b>AWS07712209</b> の認定資格と受験履歴は、<b>AWS03905561</b> の方に移しました。AWS07712209 はもうサインインできません。これから認定アカウントにサインインして、内容をご確認ください。</p>
<p>以上で本件はクローズとさせて頂きます。もしよろしければ、<a href="https://survey.aws-training.amazon.com/s/tc-support?case={F}&amp;lang=ja">こちらのアンケート</a>にご回答ください。</p>
<p>リー<br>AWS トレーニングと認定サポート</p>
</div>"""
alt = multi('alternative', [tpart(txt), tpart(html_doc(html_inner, 'ja'), 'html')], ses_boundary())
add(d, 'yamamoto-gmail-05', 'merge_completed', F, 'ja', True, ['AWS03905561', 'AWS07712209'], txt + html_inner, trace_gmail(DY_, d, s),
    {'from': addr(AWSNAME, FORM), 'to': DY_, 'subject': F_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# F6 - Credly badge (English)
d = dt('2025-08-12 16:44:30'); s = credly_sender(d)
url = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
txt = f"""Daisuke, your badge is ready to accept

Amazon Web Services Training and Certification issued you a new badge: AWS Certified Data Engineer - Associate.

Accept it here: {url}

{CREDLY_FOOTER}
"""
html = credly_html('Daisuke, your badge is ready to accept', [
    'Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Data Engineer &ndash; Associate</b>.'],
    'Accept your badge', url)
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], hexs(40))
add(d, 'yamamoto-gmail-06', 'credly_badge_issued', None, 'en', True, [], txt + html, trace_gmail(DY_, d, s),
    {'from': addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), 'to': DY_,
     'subject': 'Amazon Web Services Training and Certification issued you a new badge', 'msgid': s['msgid']},
    alt, ['X-SG-EID: ' + b64rand(60)[:80]])

# F7 - Pearson VUE appointment confirmation in Japanese (unrelated)
d = dt('2025-08-20 11:02:44'); s = generic_sender('mail-fl.pearsonvue.com', '159.182.16.71', 'pvueconfirm@pearson.com', 'pearson.com', 'pearson.com', 'pvue1', 'pearson.com')
inner = """<div style="font-family:Meiryo,sans-serif;font-size:14px;background:#fff;padding:20px;">
<p>山本 大輔 様</p>
<p>Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約が確定しました。</p>
<table cellpadding="4" style="font-size:14px;">
<tr><td>試験</td><td>SAP-C02: AWS Certified Solutions Architect - Professional (日本語)</td></tr>
<tr><td>日時</td><td>2025年9月6日(土) 10:00 (日本時間)</td></tr>
<tr><td>受験方法</td><td>テストセンター:ピアソンVUE 東京新宿テストセンター</td></tr>
<tr><td>候補者 ID</td><td>AWS03905561</td></tr>
<tr><td>登録 ID</td><td>512884093</td></tr>
</table>
<p>当日は有効な身分証明書を 2 点ご持参のうえ、開始時刻の 30 分前までにお越しください。予約の変更・キャンセルは試験開始の 24 時間前まで可能です。</p>
<p>Pearson VUE</p>
</div>"""
add(d, 'yamamoto-gmail-07', 'unrelated', None, 'ja', False, ['AWS03905561'], inner, trace_gmail(DY_, d, s, pol='NONE'),
    {'from': addr('Pearson VUE', 'pvueconfirm@pearson.com'), 'to': DY_,
     'subject': enc('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional'), 'msgid': s['msgid']},
    tpart(html_doc(inner, 'ja'), 'html'))

# =====================================================================
# Case G - Elena Kowalczyk, Yahoo Mail (Apple Mail client), form desk, English; phishing in the middle
# =====================================================================
EK = 'elena.kowalczyk@yahoo.com'
G_open = dt('2026-03-02 09:47:18')
G = case15(G_open, 1204)
G_SUBJ = f"[CASE {G}] {FORM_SUBJ}"
G_RE = f"RE:[CASE {G}] {FORM_SUBJ}"

# G1 - acknowledgement
d = dt('2026-03-02 09:47:25'); s = ses_sender(d)
new = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support. We've got your message, and it has been assigned case number {G}.

What happens next: an agent will look at your request and reply to this e-mail address, usually within one business day. You can reply to this message to add details or attachments. Please keep "[CASE {G}]" in the subject.

Thank you,
AWS Training and Certification Customer Support
"""
add(d, 'kowalczyk-yahoo-01', 'case_created', G, 'en', True, [], new, trace_yahoo(EK, d, s),
    {'from': addr(AWSNAME, FORM), 'to': EK, 'subject': G_SUBJ, 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# G2 - phishing: look-alike domain asks to "confirm the merge" (forged lower Authentication-Results)
d = dt('2026-03-02 18:30:09')
s = generic_sender('mail.aws-certification-merge.com', '185.225.74.19', 'bounce@aws-certification-merge.com',
                   'aws-certification-merge.com', 'aws-certification-merge.com', 'mail', 'aws-certification-merge.com')
PH = '177247262100931'
inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;background:#fff;padding:24px;max-width:600px;">
<img src="http://aws-certification-merge.com/img/aws_logo.png" alt="aws" width="80">
<p>Dear Certification Holder,</p>
<p>We have received a request to merge your AWS Certification accounts (Case #{PH}). To prevent the suspension of your active certifications, you must confirm the merge of your accounts within <b>24 hours</b>.</p>
<p>After confirmation your certifications, exam history and vouchers will be combined into one primary account. This process is irreversible.</p>
<p style="text-align:center;"><a href="http://aws-certification-merge.com/confirm?id={hexs(24)}" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold;">CONFIRM ACCOUNT MERGE</a></p>
<p>If you do not confirm, the request will be cancelled and your certification status may be affected.</p>
<p>Regards,<br>AWS Training &amp; Certification Team</p>
<p style="font-size:10px;color:#999;">&copy; 2026 Amazon Web Services, Inc. All rights reserved.</p>
</div>"""
tr = trace_yahoo(EK, d, s, pol='NONE')
tr.insert(len(tr) - 1, "Authentication-Results: mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com")
add(d, 'kowalczyk-yahoo-02', 'merge_confirmation_requested', PH, 'en', False, [], inner, tr,
    {'from': addr('AWS Training & Certification', 'support@aws-certification-merge.com'), 'to': EK,
     'subject': f"Action required: confirm your certification account merge [Case #{PH}]", 'msgid': s['msgid']},
    tpart(html_doc(inner), 'html', cte='base64'), ['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])

# G3 - genuine confirmation request (non-native agent)
d = dt('2026-03-03 11:02:36'); s = ses_sender(d)
G3 = """Dear Elena,

Thank you for contacting us. I have checked your both certification profiles. Before we continue, we need your explicit go-ahead on the following, because the process is not reversible:

  Keep:                  AWS02987713  (elena.kowalczyk@yahoo.com)
  Merge into it, close:  AWS06658140  (e.kowalczyk@uni-wroclaw.example.pl)

After the process, you will sign in only with AWS02987713. The two certifications and the 50% discount voucher of AWS06658140 will be transferred to it.

Please answer to this email with your agreement, or tell us what to change.

Best regards,
Oksana P.
AWS Training and Certification Customer Support
"""
html = html_doc('<div style="font-family:Arial,sans-serif;font-size:14px;background:#fff;padding:24px;"><pre style="font-family:Arial,sans-serif;white-space:pre-wrap;">' + G3.replace('&', '&amp;').replace('<', '&lt;') + '</pre></div>')
alt = multi('alternative', [tpart(G3), tpart(html, 'html')], ses_boundary())
add(d, 'kowalczyk-yahoo-03', 'merge_confirmation_requested', G, 'en', True, ['AWS02987713', 'AWS06658140'], G3, trace_yahoo(EK, d, s),
    {'from': addr(AWSNAME, FORM), 'to': EK, 'subject': G_RE, 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# G4 - thank you for confirming, proceeding; Apple Mail quote (ids only in quoted text)
d = dt('2026-03-03 20:15:51'); s = ses_sender(d)
new = """Dear Elena,

Thank you for confirming. We will now proceed with the merge. Please allow up to 3 business days.

Once the merge is complete we will send you a confirmation, and your Credly badges will be re-associated with elena.kowalczyk@yahoo.com.

Also, thank you for forwarding the other message. It is not from us: we never ask you to confirm through a link, only by replying to this case. Please do not click it.

Best regards,
Oksana P.
AWS Training and Certification Customer Support
"""
user = f"""Yes, that's correct, please go ahead. Keep AWS02987713.

By the way, I also got an email from "aws-certification-merge.com" asking me to click a button to confirm - is that you?

Elena

Sent from my iPhone

On Mar 3, 2026, at 12:02, Amazon Web Services <{FORM}> wrote:

""" + quote(G3)
body = new + "\n" + quote(user) + "\n"
add(d, 'kowalczyk-yahoo-04', 'support_reply', G, 'en', True, [], new, trace_yahoo(EK, d, s),
    {'from': addr(AWSNAME, FORM), 'to': EK, 'subject': G_RE, 'msgid': s['msgid']},
    tpart(body, cte='base64'), ses_extra(s, d))

# G5 - completion with the confirmation request quoted below (Outlook-style header block)
d = dt('2026-03-05 13:40:07'); s = ses_sender(d)
new = """Dear Elena,

This is to let you know that the work on your request is finished. AWS06658140 does not exist anymore as a separate profile, and everything it held (2 certifications, exam history, the 50% discount voucher) is now on AWS02987713.

Your Credly badges will be re-associated in the next days. Please check your certification account and let us know if anything is missing.

Best regards,
Oksana P.
AWS Training and Certification Customer Support
"""
body = new + f"""
From: Amazon Web Services <{FORM}>
Sent: Tuesday, March 3, 2026 11:02 AM
To: {EK}
Subject: {G_RE}

""" + G3
add(d, 'kowalczyk-yahoo-05', 'merge_completed', G, 'en', True, ['AWS02987713', 'AWS06658140'], new, trace_yahoo(EK, d, s),
    {'from': addr(AWSNAME, FORM), 'to': EK, 'subject': G_RE, 'msgid': s['msgid']},
    tpart(body), ses_extra(s, d))

# G6 - closure survey, HTML only
d = dt('2026-03-06 13:41:30'); s = ses_sender(d)
inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;background:#fff;padding:24px;max-width:600px;">
<p>Hello Elena,</p>
<p>Your case <b>{G}</b> is now closed. We hope we were able to help.</p>
<p><b>Was your issue resolved?</b>
<a href="https://survey.aws-training.amazon.com/s/tc-close?case={G}&amp;a=yes">YES</a> |
<a href="https://survey.aws-training.amazon.com/s/tc-close?case={G}&amp;a=no">NO</a></p>
<p>How would you rate the agent who helped you?
<a href="https://survey.aws-training.amazon.com/s/tc-agent?case={G}&amp;r=1">1</a>
<a href="https://survey.aws-training.amazon.com/s/tc-agent?case={G}&amp;r=2">2</a>
<a href="https://survey.aws-training.amazon.com/s/tc-agent?case={G}&amp;r=3">3</a>
<a href="https://survey.aws-training.amazon.com/s/tc-agent?case={G}&amp;r=4">4</a>
<a href="https://survey.aws-training.amazon.com/s/tc-agent?case={G}&amp;r=5">5</a></p>
<p>AWS Training and Certification Customer Support</p>
</div>"""
add(d, 'kowalczyk-yahoo-06', 'survey', G, 'en', True, [], inner, trace_yahoo(EK, d, s),
    {'from': addr(AWSNAME, FORM), 'to': EK, 'subject': f"[CASE {G}] How did we do?", 'msgid': s['msgid']},
    tpart(html_doc(inner), 'html'), ses_extra(s, d))

# G7 - Credly's own account-merge verification code (unrelated)
d = dt('2026-03-07 10:12:44'); s = credly_sender(d)
code = '638204'
txt = f"""Hi Elena,

We received a request to merge the Credly account e.kowalczyk@uni-wroclaw.example.pl into your account elena.kowalczyk@yahoo.com.

Your verification code is: {code}

Enter this code on the Credly website, then select "Complete Account Merge". The code expires in 30 minutes. If you did not request this, you can ignore this email.

{CREDLY_FOOTER}
"""
html = credly_html('Verify your account merge', [
    'Hi Elena,', 'We received a request to merge the Credly account e.kowalczyk@uni-wroclaw.example.pl into your account elena.kowalczyk@yahoo.com.',
    f'Your verification code is: <b style="font-size:22px;letter-spacing:3px;">{code}</b>', 'The code expires in 30 minutes.'],
    'Complete Account Merge', 'https://www.credly.com/account/merge/verify')
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], hexs(40))
add(d, 'kowalczyk-yahoo-07', 'unrelated', None, 'en', True, [], txt + html, trace_yahoo(EK, d, s, pol='REJECT'),
    {'from': addr('Credly', 'admin@credly.com'), 'to': EK, 'subject': 'Your Credly account merge code', 'msgid': s['msgid']},
    alt)

# G8 - Seller Central case (unrelated, genuine amazon.com, 10-digit case, "merged" wording)
d = dt('2026-03-09 07:55:12'); s = ses_sender(d)
SC = '9182736450'
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported for your product "Handmade linen tote bag - natural". As requested, the duplicate ASIN B0DXK7Q2LM has now been merged into ASIN B0CT9W4HZR, and your offer is listed on the surviving page. Please allow up to 24 hours for the change to be visible on the website.

Were you satisfied with the support you received? Please let us know by clicking one of the links below.
Yes: https://sellercentral-europe.amazon.com/cu/contact-us/feedback?caseId={SC}&r=yes
No:  https://sellercentral-europe.amazon.com/cu/contact-us/feedback?caseId={SC}&r=no

We hope this helps.

Regards,
Wiktor
Amazon.eu Selling Partner Support
"""
add(d, 'kowalczyk-yahoo-08', 'unrelated', SC, 'en', True, [], new, trace_yahoo(EK, d, s),
    {'from': addr('Amazon Selling Partner Support', 'seller-support-eu@amazon.com'), 'to': EK,
     'subject': f"RE:[CASE {SC}] Duplicate detail pages for my product", 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# =====================================================================
# Case H - 中村 翔, OCN, Support Center console in Japanese; user slow to answer
# =====================================================================
SN = 'nakamura.sho@ocn.ne.jp'
H_open = dt('2026-04-06 00:18:33')
H = case15(H_open, 55)
H_TOPIC = '認定アカウントの統合のお願い'
OCN = 'mf-smf-ucb032c2.ocn.ad.jp'


def ocn(d, s):
    return trace_jp(SN, d, s, 'ocn.ne.jp', OCN)


# H1 - case opened
d = dt('2026-04-06 00:18:40'); s = ses_sender(d)
new = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。新しいケースを作成しました。

ケース ID: {H}
件名: {H_TOPIC}
重大度: 一般的なガイダンス

担当者が内容を確認のうえ、サポートセンターにてご回答いたします。回答が追加されると、このメールアドレスにお知らせが届きます。

サポートセンターでケースを表示:
https://console.aws.amazon.com/support/home#/case/?displayId={H}&language=ja

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
add(d, 'nakamura-ocn-01', 'case_created', H, 'ja', True, [], new, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN,
     'subject': enc(f"Amazon Web Services: 新しいケースを作成しました: {H}"), 'msgid': s['msgid']},
    tpart(new), ses_extra(s, d))

# H2 - confirmation request (ids written with a space)
d = dt('2026-04-07 04:51:17'); s = ses_sender(d)
H2 = f"""中村 翔 様

AWS トレーニングと認定サポートの田中です。お問い合わせありがとうございます。

ご依頼いただいた 2 つの認定アカウントについて、以下のとおり統合を実施する準備が整いました。実施前に、内容のご確認をお願いいたします。

  ・存続するアカウント: AWS 08157731(nakamura.sho@ocn.ne.jp)
  ・統合元のアカウント: AWS 04420986(sho.nakamura@example-univ.ac.jp)

統合元アカウントの認定資格、受験履歴、特典はすべて存続アカウントへ引き継がれます。統合後に元の状態へ戻すことはできませんので、ご注意ください。

内容に相違がなければ、サポートセンターからその旨ご返信ください。

田中
Amazon Web Services
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;">' + paras(H2) +
                f'<p style="font-size:12px;color:#687078;"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={H}&amp;language=ja">サポートセンターでケースを表示</a></p></div>', 'ja')
alt = multi('alternative', [tpart(H2, cte='base64'), tpart(html, 'html', cte='base64')], ses_boundary())
add(d, 'nakamura-ocn-02', 'merge_confirmation_requested', H, 'ja', True, ['AWS04420986', 'AWS08157731'], H2, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"RE:[CASE {H}] {H_TOPIC}"), 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# H3 - follow-up: still need help? (ISO-2022-JP)
d = dt('2026-04-10 05:03:29'); s = ses_sender(d)
new = f"""中村 翔 様

田中です。

先日ご案内いたしました統合内容について、その後いかがでしょうか。
統合の実施には、お客様からのご同意が必要となります。引き続きサポートが必要な場合は、サポートセンターからご返信をお願いいたします。

ご返信がない場合、本ケースは 7 日後に自動的にクローズされますのでご了承ください。

田中
Amazon Web Services

サポートセンターでケースを表示:
https://console.aws.amazon.com/support/home#/case/?displayId={H}&language=ja
"""
add(d, 'nakamura-ocn-03', 'support_reply', H, 'ja', True, [], new, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"RE:[CASE {H}] {H_TOPIC}", 'iso-2022-jp'), 'msgid': s['msgid']},
    tpart(new, cs='iso-2022-jp', cte='7bit'), ses_extra(s, d))

# H4 - thank you, starting now (prior correspondence appended with "> " marks)
d = dt('2026-04-11 01:26:45'); s = ses_sender(d)
new = """中村 翔 様

田中です。ご確認のご連絡をいただき、ありがとうございます。

それでは、ご案内した内容にて、これより統合作業を開始いたします。作業完了までは通常 1〜3 営業日ほどお時間をいただいております。完了しましたら、あらためてご連絡いたします。

田中
Amazon Web Services
"""
prev = """お客様からのご返信 (2026/04/10 22:58):

返信が遅くなりすみません。出張中でした。
案内いただいた内容で問題ありません。よろしくお願いします。

中村"""
body = new + "\n" + quote(prev) + "\n" + quote(quote(H2)) + "\n"
add(d, 'nakamura-ocn-04', 'support_reply', H, 'ja', True, [], new, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"RE:[CASE {H}] {H_TOPIC}"), 'msgid': s['msgid']},
    tpart(body), ses_extra(s, d))

# H5 - completion and closure in one
d = dt('2026-04-13 06:12:08'); s = ses_sender(d)
txt = f"""中村 翔 様

田中です。お待たせいたしました。

統合が完了しました。AWS04420986 でお持ちだった認定資格と受験履歴は、今後 AWS08157731 にてご確認いただけます。AWS04420986 にはサインインできなくなっておりますのでご注意ください。

本件はこれにてクローズとさせていただきます。よろしければ、サポートセンターのケース画面から今回の対応の評価をお願いいたします。

田中
Amazon Web Services
"""
html = html_doc('<div style="background:#fff;padding:24px;font-family:Meiryo,sans-serif;font-size:14px;">' + paras(txt) +
                f'<p style="font-size:12px;"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={H}&amp;language=ja">サポートセンターで評価する</a></p></div>', 'ja')
alt = multi('alternative', [tpart(txt), tpart(html, 'html')], ses_boundary())
add(d, 'nakamura-ocn-05', 'merge_completed', H, 'ja', True, ['AWS04420986', 'AWS08157731'], txt, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"RE:[CASE {H}] {H_TOPIC}"), 'msgid': s['msgid']},
    alt, ses_extra(s, d))

# H6 - resolved notice with feedback request
d = dt('2026-04-13 06:15:44'); s = ses_sender(d)
new = f"""お客様

ケース {H}「{H_TOPIC}」が解決済みになりました。

お客様の声をお聞かせください。今回のサポート体験について、以下のリンクから評価をお寄せいただけますと幸いです。
https://console.aws.amazon.com/support/feedback?displayId={H}&language=ja

問題が解決していない場合は、サポートセンターからケースを再開できます。

このメールは送信専用アドレスから送信されています。
"""
add(d, 'nakamura-ocn-06', 'survey', H, 'ja', True, [], new, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"Amazon Web Services: ケース {H} が解決されました"), 'msgid': s['msgid']},
    tpart(new, cte='base64'), ses_extra(s, d))

# H7 - another AWS case of the same user: billing (unrelated), Shift_JIS
H7_open = dt('2026-04-18 02:40:51')
H7 = case15(H7_open, 738)
d = dt('2026-04-20 03:09:22'); s = ses_sender(d)
new = f"""中村 翔 様

AWS 請求サポートの小林です。お問い合わせいただきありがとうございます。

2026 年 3 月分のご請求額について確認いたしました。ご指摘の Amazon EC2 の料金は、東京リージョン(ap-northeast-1)で 3 月 2 日から起動されたままになっていた t3.large インスタンス 2 台によるものです。

不要なインスタンスを停止または削除いただくことで、以降の料金は発生しなくなります。今回に限り、初回のご利用ということで、3 月分の EC2 料金についてクレジットを適用いたしました。反映まで 1〜2 営業日ほどかかる場合がございます。

小林
Amazon Web Services

サポートセンターでケースを表示:
https://console.aws.amazon.com/support/home#/case/?displayId={H7}&language=ja
"""
add(d, 'nakamura-ocn-07', 'unrelated', H7, 'ja', True, [], new, ocn(d, s),
    {'from': addr(AWSNAME, NOREPLY), 'to': SN, 'subject': enc(f"RE:[CASE {H7}] 3月分の請求額について", 'shift_jis'), 'msgid': s['msgid']},
    tpart(new, cs='cp932', label='Shift_JIS', cte='quoted-printable'), ses_extra(s, d))

# =====================================================================
# write out: numbered in date order
# =====================================================================
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda m: m['date'])
    labels = {}
    for i, m in enumerate(MAILS, 1):
        name = f"{i:03d}-{m['slug'].rsplit('-', 1)[0]}.eml"
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['data'])
        labels[name] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(labels), 'mails written')
