#!/usr/bin/env python3
"""Generator for blind set 230: AWS Certification account-merge mailbox.
Emphasis: non-native English agents (Italian, Russian, Thai, Swahili, Japanese,
Tagalog first language) plus look-alikes.  Run: python3 make_set.py
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(230)
MAILS = []          # list of (fname, bytes)
LABELS = {}
NEWTEXT = {}        # fname -> new (non-quoted) text, for the id self-check

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
EAT = dt.timezone(dt.timedelta(hours=3))
CEST = dt.timezone(dt.timedelta(hours=2))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)')


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(opened, tail):
    return f"{int(opened.timestamp())}{tail:05d}"


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128)))


def fold_b64(s, first=58, width=70, indent='\t'):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(out)


def ses_msgid(when, host='email.amazonses.com'):
    ms = int(when.timestamp() * 1000)
    return f"<0100{ms:012x}-{ruuid()}-000000@{host}>"


def ses_return_path(msgid):
    return msgid.replace('email.amazonses.com', 'amazonses.com').replace(
        'us-west-2.amazonses.com', 'amazonses.com')


def ses_ip():
    return RNG.choice(['54.240.8.31', '54.240.8.84', '54.240.11.152', '54.240.48.97',
                       '54.240.27.18', '54.240.9.113', '23.251.234.6'])


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return f"a{c}-{d}.smtp-out.amazonses.com"


def enc_subject(s, charset='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode(maxlinelen=76)


def enc_addr(name, addr, charset='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:'):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def dkim(d, s, when, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/simple'):
    t = int(when.timestamp())
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n"
            f"\th={headers};\n\tbh={rb64(32)};\n\tb=" + fold_b64(rb64(256)))


def ses_dkim_pair(when, sel='rjqsu4lwshbmsm2ilzvzf6krstpe5lc2'):
    return [('DKIM-Signature', dkim('amazon.com', sel, when,
                                    'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')),
            ('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', when,
                                    'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'))]


# ----- Authentication-Results builders
def ar_gmail(spf, mailfrom, ip, dkims, dmarc, hfrom, policy='QUARANTINE'):
    parts = ['mx.google.com']
    for res, dom, sel in dkims:
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]}")
    parts.append(f"spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender)"
                 if spf == 'pass' else
                 f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)")
    parts[-1] += f" smtp.mailfrom={mailfrom}"
    if dmarc:
        parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else policy}) header.from={hfrom}")
    return ';\n       '.join(parts)


def ar_outlook(spf, ip, mfdom, dkimres, ddom, dmarc, hfrom, compauth='pass reason=100'):
    s = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; dkim={dkimres} "
         f"({'signature was verified' if dkimres == 'pass' else 'body hash did not verify' if dkimres == 'fail' else 'message not signed'})\n"
         f" header.d={ddom};dmarc={dmarc} action={'none' if dmarc in ('pass', 'bestguesspass') else 'quarantine' if dmarc == 'fail' else 'none'}\n"
         f" header.from={hfrom};compauth={compauth}")
    return s


def ar_generic(host, items):
    return host + ';\n\t' + ';\n\t'.join(items)


# ----- trace header stacks (topmost first)
def gmail_trace(rcpt, when, ip, helo, mailfrom, ar, arc=True):
    h = []
    h.append(('Delivered-To', rcpt))
    h.append(('Received', f"by 2002:a05:6{rhex(3)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rhex(4)}csp{RNG.randint(100000, 9999999)};\n"
                          f"        {format_datetime(when.astimezone(PDT))} (PDT)"))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:70]))
    h.append(('X-Received', f"by 2002:a05:620a:{rhex(4)}:b0:7c5:{rhex(3)}:{rhex(4)} with SMTP id af79cd13be357-{RNG.randint(10**9, 10**10)}a.{RNG.randint(100, 999)}.{RNG.randint(1000000000000, 9999999999999)};\n"
                            f"        {format_datetime(when.astimezone(PDT))} (PDT)"))
    if arc:
        t = int(when.timestamp())
        arcsel = 'arc-20240605' if when.year >= 2024 else 'arc-20160816'
        h.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={t}; cv=none;\n        d=google.com; s={arcsel};\n        b=" + fold_b64(rb64(256), 60, 68, '        ')))
        h.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arcsel};\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b=" + fold_b64(rb64(256), 60, 68, '        ')))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    h.append(('Return-Path', f"<{mailfrom}>"))
    h.append(('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id af79cd13be357-{rhex(12)}si{RNG.randint(100000, 9999999)}{rhex(3)}.{RNG.randint(100, 999)}.{when.astimezone(PDT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                          f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(when.astimezone(PDT))} (PDT)"))
    h.append(('Received-SPF', f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"))
    h.append(('Authentication-Results', ar))
    return h


def outlook_trace(rcpt, when, ip, helo, ar, tenant='namprd11'):
    srv = f"{RNG.choice(['BY5', 'SA1', 'DM6', 'MW4', 'CH3', 'PH0', 'DB9', 'AS8'])}PR{RNG.randint(10, 19)}MB{RNG.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    edge = f"{RNG.choice(['BN1PEPF', 'DS3PEPF', 'SN1PEPF', 'CO1PEPF'])}0000{RNG.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    h = []
    h.append(('Received', f"from {srv} (::1) by\n {srv.replace('MB', 'MB0')} with HTTPS; {format_datetime(when + dt.timedelta(seconds=2))}"))
    h.append(('Received', f"from {edge} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) by\n {srv} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server\n"
                          f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{RNG.randint(10, 40)}; {format_datetime(when + dt.timedelta(seconds=1))}"))
    h.append(('Authentication-Results', ar))
    h.append(('Received-SPF', f"Pass (protection.outlook.com: domain of amazonses.com designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"))
    h.append(('Received', f"from {helo} ({ip}) by\n {edge} (10.167.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                          f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{RNG.randint(10, 40)} via Frontend Transport; {format_datetime(when)}"))
    h.append(('X-MS-Exchange-Organization-ExpirationStartTime', when.strftime('%d %b %Y %H:%M:%S.0%f')[:-3] + ' (UTC)'))
    h.append(('X-MS-Exchange-Organization-Network-Message-Id', ruuid()))
    h.append(('X-MS-Exchange-Organization-AuthSource', edge))
    h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    return h


def jp_trace(rcpt, when, ip, helo, mailfrom, ar, mx):
    h = []
    h.append(('Return-Path', f"<{mailfrom}>"))
    h.append(('Delivered-To', rcpt))
    h.append(('Received', f"from {mx} (localhost [127.0.0.1])\n\tby {mx.replace('mx', 'mbox')} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {format_datetime(when.astimezone(JST) + dt.timedelta(seconds=3))}"))
    h.append(('Authentication-Results', ar))
    h.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {format_datetime(when.astimezone(JST) + dt.timedelta(seconds=1))}"))
    return h


def yahoo_trace(rcpt, when, ip, helo, ar, rp='bounce@amazonses.com'):
    h = []
    h.append(('Received', f"from 10.217.{RNG.randint(130, 160)}.{RNG.randint(1, 250)}\n by atlas{RNG.randint(100, 330)}.free.mail.ne1.yahoo.com with HTTP; {format_datetime(when + dt.timedelta(seconds=2))}"))
    h.append(('Return-Path', f'<{rp}>'))
    h.append(('Received', f"from {ip} (EHLO {helo})\n by 10.217.{RNG.randint(130, 160)}.{RNG.randint(1, 250)} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {format_datetime(when + dt.timedelta(seconds=1))}"))
    h.append(('X-Originating-Ip', f"[{ip}]"))
    h.append(('Received-SPF', f"pass (domain of amazonses.com designates {ip} as permitted sender)"))
    h.append(('Authentication-Results', ar))
    h.append(('X-Apparently-To', f"{rcpt}; {format_datetime(when)}"))
    return h


def ses_sender_headers(when, extra_dkim=True, region='us-east-1'):
    h = ses_dkim_pair(when) if extra_dkim else []
    return h


# ----- body parts
def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    raw = text.encode(codec or charset)
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{label or charset}"'
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        body = raw.decode('ascii')
    else:
        raise ValueError(cte)
    p.set_payload(body)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or f"----=_Part_{RNG.randint(100000, 999999)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}")
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def esc(s):
    return htmlmod.escape(s, quote=False)


def txt2html(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(esc(l) for l in p.split('\n')) + '</p>')
    return '\n'.join(out)


def html_doc(inner, lang='en', charset='utf-8', style='font-family:Arial,Helvetica,sans-serif;font-size:14px;'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body>\n<div style="{style}">\n{inner}\n</div>\n</body>\n</html>\n')


def quote_gt(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l.strip() else pre for l in text.strip('\n').split('\n'))


# ----- message assembly
def build(fname, *, body, headers, label, newtext):
    """headers: list of (name, value) topmost first, not including MIME headers."""
    root = body
    mime = list(root.items())
    for k in set(k for k, _ in mime):
        del root[k]
    for k, v in headers:
        root[k] = v
    root['MIME-Version'] = '1.0'
    for k, v in mime:
        if k.lower() == 'mime-version':
            continue
        root[k] = v
    data = root.as_bytes(policy=compat32.clone(max_line_length=0))
    MAILS.append((fname, data))
    label = dict(label)
    label['account_ids'] = sorted(set(label.get('account_ids', [])))
    LABELS[fname] = label
    NEWTEXT[fname] = newtext


def L(kind, case_id, ids, verified, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids,
            'sender_verified': verified, 'language': lang}


AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

(Sign in with this email address: {masked})

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

=============================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FORM_FOOTER = """
--
Amazon Web Services Training and Certification
https://aws.amazon.com/training/
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""


def aws_gmail(rcpt, when, frm=AWS_FORM, verdict='pass'):
    """Standard stack for genuine amazon.com SES mail landing in Gmail."""
    msgid = ses_msgid(when)
    rp = ses_return_path(msgid)[1:-1]
    ip = ses_ip()
    helo = ses_host(ip)
    if verdict == 'pass':
        ar = ar_gmail('pass', rp, ip, [('pass', 'amazon.com', 'rjqsu4lwshbmsm2ilzvzf6krstpe5lc2'),
                                       ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                      'pass', 'amazon.com')
    else:
        raise ValueError
    recv_time = when + dt.timedelta(seconds=RNG.randint(1, 4))
    h = gmail_trace(rcpt, recv_time, ip, helo, rp, ar)
    return h, msgid


def ses_tail(when, msgid, region='us-east-1'):
    return [('Message-ID', msgid),
            ('X-SES-Outgoing', f"{when.strftime('%Y.%m.%d')}-{ses_ip()}"),
            ('Feedback-ID', f"::1.{region}.{rb64(32)[:43]}=:AmazonSES")]


# ====================================================================== MAILS
# ---------------------------------------------------------------- Story A
# Italian agent, form case, Gmail user, 15-digit id.
A_USER = ('Daniel Okafor', 'daniel.okafor88@gmail.com')
A_OPEN = T(2025, 5, 26, 9, 14, 7)
A_CID = cid15(A_OPEN, 31877)
A_OLD, A_KEEP = 'AWS04417352', 'AWS02981660'


def story_a():
    # 001 form acknowledgement
    when = A_OPEN + dt.timedelta(seconds=41)
    tr, mid = aws_gmail(A_USER[1], when)
    subj = f"[CASE {A_CID}] {FORM_SUBJ}"
    new = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to confirm that we received your request.

Your case number is {A_CID}. Please keep this number for your reference and include it in the subject line if you need to write to us again about the same request.

A member of our support team will review your inquiry and respond to you, in most cases within 24 hours. To avoid delays, please do not submit a new form for the same request.

In the meantime, you may find answers to common questions on our FAQ page: https://aws.amazon.com/certification/faqs/

Sincerely,
AWS Training and Certification
"""
    html = html_doc(txt2html(new) + '\n<hr><p style="font-size:11px;color:#666">' + esc(FORM_FOOTER.strip()).replace('\n', '<br>') + '</p>')
    body = alt(tpart(new + FORM_FOOTER, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', A_USER[1]),
        ('Subject', subj)] + ses_tail(when, mid)
    build('001-form-ack-case-received.eml', body=body, headers=hdr,
          label=L('case_created', A_CID, [], True), newtext=new)

    # 002 confirmation request, Italian agent
    when = T(2025, 5, 27, 8, 2, 55)
    tr, mid = aws_gmail(A_USER[1], when)
    subj = f"RE:[CASE {A_CID}] {FORM_SUBJ}"
    new = f"""Dear Daniel,

thank you for having contacted AWS Training and Certification.

I have done the verification of your request and I have found two profiles which are registered at your name:

  - AWS{A_OLD[3:]} registered with the e-mail d.okafor@lumenfield-logistics.com
  - AWS{A_KEEP[3:]} registered with the e-mail daniel.okafor88@gmail.com

As from your request, the profile {A_OLD} will be merged into the profile {A_KEEP}, which will remain as principal account. All the certifications, the exam history and the benefits will be transferred on {A_KEEP}, and the other profile will be deactivated.

Please pay attention that this operation is not reversible, once it is done we cannot return back to the situation of before.

For this reason I kindly ask you to answer to this e-mail giving us your explicit confirmation that the informations above are correct. Without your confirmation we cannot go on.

I remain at your complete disposal for any further clarification.

Kind regards,
Giulia
AWS Training and Certification
"""
    html = html_doc(txt2html(new).replace(f'AWS{A_OLD[3:]}', f'<b>AWS{A_OLD[3:]}</b>'), style='font-family:Calibri,sans-serif;font-size:11pt;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('Reply-To', AWS_FORM[1]),
        ('To', A_USER[1]), ('Subject', subj)] + ses_tail(when, mid)
    build('002-italian-agent-asks-confirm-merge.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', A_CID, [A_OLD, A_KEEP], True), newtext=new)
    a002_new = new

    # 003 "thanks for confirming, we go on" with Gmail-style nested quote
    when = T(2025, 5, 27, 15, 40, 12)
    tr, mid = aws_gmail(A_USER[1], when)
    subj = f"RE: RE:[CASE {A_CID}] {FORM_SUBJ}"
    new = f"""Dear Daniel,

many thanks for your kind confirmation.

I have forwarded right now your request to the competent team, that will take care of the merge. Normally it needs from 1 to 3 working days. The profile AWS-{A_KEEP[3:]} is the one that will remain, so you can continue to use the login with your Gmail address.

When the merge will be completed, you will receive from us a communication. It is not needed that you open a new case in the meantime.

Kind regards,
Giulia
AWS Training and Certification
"""
    user_reply = f"""Hi Giulia,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

On Tue, May 27, 2025 at 10:02 AM Amazon Web Services <{AWS_FORM[1]}> wrote:
{quote_gt(a002_new)}
"""
    quoted = f"""-----Original Message-----
From: {A_USER[0]} <{A_USER[1]}>
Sent: Tuesday, May 27, 2025 3:11 PM
To: {AWS_FORM[1]}
Subject: Re: RE:[CASE {A_CID}] {FORM_SUBJ}

{quote_gt(user_reply)}
"""
    plain = new + '\n' + quoted
    html = html_doc(txt2html(new) + '\n<div style="border-top:1px solid #ccc;margin-top:12px">\n<pre>' + esc(quoted) + '</pre></div>', style='font-family:Calibri,sans-serif;font-size:11pt;')
    body = alt(tpart(plain), tpart(html, 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', A_USER[1]),
        ('Subject', subj)] + ses_tail(when, mid)
    build('003-italian-agent-thanks-forwarded-to-team.eml', body=body, headers=hdr,
          label=L('support_reply', A_CID, [A_KEEP], True), newtext=new)

    # 004 merge completed
    when = T(2025, 5, 29, 11, 26, 3)
    tr, mid = aws_gmail(A_USER[1], when)
    subj = f"RE:[CASE {A_CID}] {FORM_SUBJ}"
    new = f"""Dear Daniel,

I am happy to communicate you that the unification of your two profiles has been effectuated with success.

From today all your certifications, the history of the exams and the benefits (included the voucher of 50% for the next exam) are visible under the profile {A_KEEP}. The old profile is not active anymore, so please do the access always with daniel.okafor88@gmail.com.

For what concerns the Credly badges, they could need until 48 hours to appear on your Credly account. If after this time you don't see them, please write us again answering to this same e-mail.

It was a pleasure to assist you.

Kind regards,
Giulia
AWS Training and Certification
"""
    html = html_doc(txt2html(new), style='font-family:Calibri,sans-serif;font-size:11pt;')
    body = alt(tpart(new + FORM_FOOTER, cte='base64'), tpart(html, 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', A_USER[1]),
        ('Subject', subj)] + ses_tail(when, mid)
    build('004-italian-agent-unification-effectuated.eml', body=body, headers=hdr,
          label=L('merge_completed', A_CID, [A_KEEP], True), newtext=new)

    # 005 closure + survey, HTML only
    when = T(2025, 5, 29, 11, 31, 40)
    tr, mid = aws_gmail(A_USER[1], when)
    subj = f"[CASE {A_CID}] Your case has been resolved - tell us how we did"
    survey = f"https://survey.aws-training.amazon.com/s/tc-case?case={A_CID}&amp;agent=giulia"
    inner = f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Hello Daniel,</p>
<p>Your case <b>{A_CID}</b> has been marked as resolved and is now closed.</p>
<p>We would be grateful if you could take one minute to tell us about your experience.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="{survey}&amp;resolved=yes" style="background:#ff9900;color:#fff;padding:8px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="{survey}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Giulia?<br>
<a href="{survey}&amp;r=1">1</a> | <a href="{survey}&amp;r=2">2</a> | <a href="{survey}&amp;r=3">3</a> | <a href="{survey}&amp;r=4">4</a> | <a href="{survey}&amp;r=5">5</a></p>
<p>If you need further help with this request, reply to this email within 7 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>"""
    html = html_doc(inner)
    body = tpart(html, 'html', cte='quoted-printable')
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', A_USER[1]),
        ('Subject', subj)] + ses_tail(when, mid)
    build('005-case-resolved-survey-yes-no.eml', body=body, headers=hdr,
          label=L('survey', A_CID, [], True), newtext=inner)



# ---------------------------------------------------------------- console helpers
def mask(addr):
    u, d = addr.split('@')
    return u[0] + '*' * max(3, len(u) - 1) + '@' + d


def console_ack_text(cid, case_subj, severity='General guidance', lang='en'):
    return f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {case_subj}
Severity: {severity}

We will respond to your inquiry as soon as possible. You can view or update this case at any time from the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

=============================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_html(text):
    inner = txt2html(text)
    inner = re.sub(r'(https://console\.aws\.amazon\.com/support/home#/case/\?displayId=\d+&amp;language=\w+)',
                   r'<a href="\1">\1</a>', inner.replace('&language', '&amp;language'))
    return html_doc(inner, style='font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f;')


def aws_outlook(rcpt, when, tenant='namprd11', verdict='pass'):
    msgid = ses_msgid(when)
    ip = ses_ip()
    helo = ses_host(ip)
    if verdict == 'pass':
        ar = ar_outlook('pass', ip, 'amazonses.com', 'pass', 'amazon.com', 'pass', 'amazon.com')
    elif verdict == 'dkimfail':
        ar = ar_outlook('pass', ip, 'amazonses.com', 'fail', 'amazon.com', 'fail', 'amazon.com',
                        compauth='fail reason=000')
    h = outlook_trace(rcpt, when + dt.timedelta(seconds=RNG.randint(1, 3)), ip, helo, ar, tenant)
    return h, msgid


# ---------------------------------------------------------------- Story B
# Russian agent, console case, Outlook.com user.
B_USER = ('Priya Raman', 'priya.raman@outlook.com')
B_OPEN = T(2025, 3, 11, 6, 48, 19)
B_CID = cid15(B_OPEN, 2614)
B_OLD, B_KEEP = 'AWS07713529', 'AWS05120448'
B_CASESUBJ = 'Request to merge two AWS Certification accounts'


def story_b():
    # 006 console ack
    when = B_OPEN + dt.timedelta(seconds=9)
    tr, mid = aws_outlook(B_USER[1], when)
    new = console_ack_text(B_CID, B_CASESUBJ)
    body = alt(tpart(new), tpart(console_html(new), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', B_USER[1]),
        ('Subject', f"Amazon Web Services: You have opened a new Support case: {B_CID}")] + ses_tail(when, mid)
    build('006-console-new-support-case-opened.eml', body=body, headers=hdr,
          label=L('case_created', B_CID, [], True), newtext=new)

    # 007 'New correspondence added' notice
    when = T(2025, 3, 12, 5, 3, 44)
    tr, mid = aws_outlook(B_USER[1], when)
    new = f"""Hello,

We have added new correspondence to your support case {B_CID}.

Subject: {B_CASESUBJ}

To read the correspondence and respond, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={B_CID}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(console_html(new), 'html', cte='7bit', charset='us-ascii'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', B_USER[1]),
        ('Subject', f"[Case {B_CID}] New correspondence added")] + ses_tail(when, mid)
    build('007-console-new-correspondence-notice.eml', body=body, headers=hdr,
          label=L('support_reply', B_CID, [], True), newtext=new)

    # 008 Russian agent asks for login e-mails
    when = T(2025, 3, 12, 5, 3, 51)
    tr, mid = aws_outlook(B_USER[1], when)
    new = f"""Hello Priya,

Thank you for contacting with AWS Training and Certification.

I have checked your request. According to our data, on your name exist two certification accounts, one of them is AWS 07713529, second one I cannot find by e-mail which you indicated in the case.

For proceed with your request, please, provide following information:

1. E-mail address which you use for login to each account (Certification Account and also AWS Builder ID, if it is different).
2. Which account you want to keep as main. All certifications will be moved to this account, other one will be deactivated.

Without this information we cannot to continue. Also, please, do not open new case for same question, just answer in this case via Support Center.

Best regards,
Dmitry V.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=B_CID, lang='en', masked=mask(B_USER[1])).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full), tpart(console_html(full), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', B_USER[1]),
        ('Subject', f"RE:[CASE {B_CID}] {B_CASESUBJ}")] + ses_tail(when, mid)
    build('008-russian-agent-asks-login-emails.eml', body=body, headers=hdr,
          label=L('support_reply', B_CID, ['AWS07713529'], True), newtext=new)

    # 009 Russian agent asks confirmation
    when = T(2025, 3, 13, 7, 21, 6)
    tr, mid = aws_outlook(B_USER[1], when)
    new = f"""Hello Priya,

Thank you for provided information, now I found both accounts.

Before we make merge, please, check carefully and confirm following details:

Source account (will be deactivated after merge):
  Candidate ID: {B_OLD}
  E-mail: priya.raman@tcsglobal-mail.com

Target account (will stay active):
  Candidate ID: {B_KEEP}
  E-mail: priya.raman@outlook.com

All certifications, exam history and benefits from {B_OLD} will be moved to {B_KEEP}. Please, note that after merge it is not possible to make rollback, so it is important that details are correct.

If everything is right, please, reply in Support Center with text "I confirm merge" or similar. After your confirmation I will send request to responsible team.

Best regards,
Dmitry V.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=B_CID, lang='en', masked=mask(B_USER[1])).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full, cte='base64'), tpart(console_html(full), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', B_USER[1]),
        ('Subject', f"RE:[CASE {B_CID}] {B_CASESUBJ}")] + ses_tail(when, mid)
    build('009-russian-agent-source-target-confirm.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', B_CID, [B_OLD, B_KEEP], True), newtext=new)

    # 010 Russian agent: merge done, will resolve case (completion + closing words)
    when = T(2025, 3, 15, 10, 55, 30)
    tr, mid = aws_outlook(B_USER[1], when)
    new = f"""Hello Priya,

I am writing to inform that merge is finished successfully. All certifications from old account are moved now to {B_KEEP}, you can check them in Certification Account under "Certifications" tab. Old account {B_OLD} is deactivated and login with it is not possible anymore.

Credly badges usually are moved automatically in 1-2 days, if not - write us.

Since your request is fulfilled, I will put this case to resolved state. If you will have other questions, you can reopen it during 14 days.

Have a nice day!

Best regards,
Dmitry V.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=B_CID, lang='en', masked=mask(B_USER[1])).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full), tpart(console_html(full), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', B_USER[1]),
        ('Subject', f"RE:[CASE {B_CID}] {B_CASESUBJ}")] + ses_tail(when, mid)
    build('010-russian-agent-merge-finished-will-resolve.eml', body=body, headers=hdr,
          label=L('merge_completed', B_CID, [B_OLD, B_KEEP], True), newtext=new)



# ---------------------------------------------------------------- generic (non-SES) senders
def gmail_generic(rcpt, when, mailfrom, ip, helo, dkims, dmarc, hfrom, policy='REJECT', spf='pass'):
    ar = ar_gmail(spf, mailfrom, ip, dkims, dmarc, hfrom, policy)
    return gmail_trace(rcpt, when + dt.timedelta(seconds=RNG.randint(1, 5)), ip, helo, mailfrom, ar)


def credly_gmail(rcpt, when, domain='credly.com'):
    mf = f"bounces+{RNG.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em{RNG.randint(1000, 9999)}.{domain}"
    ip = f"149.72.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    helo = f"o{RNG.randint(1, 30)}.ptr{RNG.randint(1000, 9999)}.{domain}"
    tr = gmail_generic(rcpt, when, mf, ip, helo, [('pass', domain, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                       'pass', domain, policy='NONE')
    dk = [('DKIM-Signature', dkim(domain, 's1', when, 'from:mime-version:subject:list-unsubscribe:x-feedback-id:to:cc:content-type:from:subject:to', 'relaxed/relaxed'))]
    return tr, dk


def credly_msgid(when):
    return f"<{rb64(16).rstrip('=').replace('+', '').replace('/', '')}@geopod-ismtpd-{RNG.randint(1, 40)}>"


def credly_html(greeting, lead, badge, issuer, button, url, extra=''):
    return html_doc(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5">
<tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px;font-size:16px;color:#333">
<p>{greeting}</p>
<p>{lead}</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="170" alt="{esc(badge)}"></p>
<p style="text-align:center;font-size:18px"><b>{esc(badge)}</b><br><span style="color:#666">Issued by {esc(issuer)}</span></p>
<p style="text-align:center"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
{extra}
</td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#888">
<p>Credly, Inc. &middot; 13 W 54th St, 5th Floor &middot; New York, NY 10019</p>
<p>You are receiving this email because an organization issued you a badge through Credly. <a href="https://www.credly.com/notification_preferences">Manage email preferences</a></p>
</td></tr></table></td></tr></table>""", style='font-family:Helvetica,Arial,sans-serif;')


CREDLY_AWS = 'Amazon Web Services Training and Certification'


# ---------------------------------------------------------------- Story C
# Thai agent, form case, Gmail user, three accounts into one.
C_USER = ('Nguyen Thi Mai', 'mai.nguyen.dev@gmail.com')
C_OPEN = T(2025, 7, 2, 3, 37, 52)
C_CID = cid15(C_OPEN, 90406)
C_OLD1, C_OLD2, C_KEEP = 'AWS01938477', 'AWS06621093', 'AWS03350712'


def story_c():
    # 011 acknowledgement, HTML only, different wording
    when = C_OPEN + dt.timedelta(seconds=63)
    tr, mid = aws_gmail(C_USER[1], when)
    inner = f"""<p>Hi there,</p>
<p>We've got your message and it's now in the queue of the AWS Training and Certification Customer Support team.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#555">Reference (case) number:</td><td><b>{C_CID}</b></td></tr>
<tr><td style="color:#555">Topic:</td><td>Certification &gt; Account Merge</td></tr>
<tr><td style="color:#555">Submitted:</td><td>{C_OPEN.strftime('%B %d, %Y %H:%M')} UTC</td></tr>
</table>
<p>One of our specialists will get back to you by e-mail, usually within one business day. You can reply to this message if you want to add details; please don't send the form a second time, as a duplicate request may slow things down.</p>
<p>Thanks for your patience,<br>AWS Training and Certification Customer Support</p>"""
    body = tpart(html_doc(inner), 'html', cte='quoted-printable')
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', C_USER[1]),
        ('Subject', f"We received your request [CASE {C_CID}]")] + ses_tail(when, mid)
    build('011-form-ack-html-only-reference-number.eml', body=body, headers=hdr,
          label=L('case_created', C_CID, [], True), newtext=inner)

    # 012 Thai agent, confirmation request for 3 accounts
    when = T(2025, 7, 3, 2, 15, 9)
    tr, mid = aws_gmail(C_USER[1], when)
    new = f"""Dear Mai,

Thank you for contact AWS Training and Certification.

I have check your request already and I found 3 account under your name. Please kindly see the detail of account that will be merge below:

Primary account (keep this one)
- Candidate ID : {C_KEEP}
- Email : mai.nguyen.dev@gmail.com

Secondary account (will be merge to primary account and deactivate)
- Candidate ID : aws{C_OLD1[3:]}
- Email : nguyen.t.mai@fptcloud-partner.vn
- Candidate ID : AWS {C_OLD2[3:]}
- Email : mainguyen.1996@yahoo.com

Please kindly be informed that after merge already, it cannot revert back to same as before.

If all information is correct, please kindly reply this email to confirm with us, then we will proceed the merge for you.

If you have any question more, please do not hesitate to contact us.

Best Regards,
Siriporn
AWS Training and Certification
"""
    html = html_doc(txt2html(new), style='font-family:Tahoma,sans-serif;font-size:13px;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', C_USER[1]),
        ('Subject', f"RE:[CASE {C_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('012-thai-agent-three-accounts-please-confirm.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', C_CID, [C_OLD1, C_OLD2, C_KEEP], True), newtext=new)
    c012 = new

    # 013 Thai agent: merge finished, quoting the user's Gmail reply
    when = T(2025, 7, 4, 8, 49, 27)
    tr, mid = aws_gmail(C_USER[1], when)
    new = f"""Dear Mai,

Thank you for waiting.

I would like to inform you that the merging of your account is finish already. Now all of your certification and exam history are show in account {C_KEEP}, you can login with mai.nguyen.dev@gmail.com as usual.

For the Credly badge, system will send the new badge to your email within 1-2 days. If you not receive, please kindly let us know.

Have a nice day.

Best Regards,
Siriporn
AWS Training and Certification
"""
    quoted = f"""________________________________
From: {C_USER[0]} <{C_USER[1]}>
Sent: Thursday, July 3, 2025 9:41 AM
To: AWS Training and Certification <{AWS_FORM[1]}>
Subject: Re: RE:[CASE {C_CID}] {FORM_SUBJ}

Hello Siriporn,

Yes, all information is correct. Please proceed the merge and keep {C_KEEP}.

Thank you very much!
Mai

On Thu, Jul 3, 2025 at 9:15 AM Amazon Web Services <{AWS_FORM[1]}> wrote:
{quote_gt(c012)}
"""
    plain = new + '\n' + quoted
    html = html_doc(txt2html(new) + '\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + txt2html(quoted.split('\n', 1)[1]) + '</div>',
                    style='font-family:Tahoma,sans-serif;font-size:13px;')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', C_USER[1]),
        ('Subject', f"RE: RE:[CASE {C_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('013-thai-agent-merging-finish-already.eml', body=body, headers=hdr,
          label=L('merge_completed', C_CID, [C_KEEP], True), newtext=new)

    # 014 Credly badge issued after merge
    when = T(2025, 7, 5, 14, 2, 18)
    tr, dk = credly_gmail(C_USER[1], when)
    url = f"https://www.credly.com/badges/{ruuid()}/accept?utm_source=badge_issued&amp;utm_medium=email"
    html = credly_html('Hi Nguyen Thi,',
                       f'{CREDLY_AWS} has issued you a new badge. Accept it to showcase your achievement on your Credly profile and share it with your network.',
                       'AWS Certified Solutions Architect – Associate', CREDLY_AWS, 'Accept your badge', url)
    plain = f"""Hi Nguyen Thi,

{CREDLY_AWS} has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge: {url.replace('&amp;', '&')}

Credly, Inc. - 13 W 54th St, 5th Floor - New York, NY 10019
"""
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr(f'{CREDLY_AWS} via Credly', 'admin@credly.com')),
        ('Reply-To', 'support@credly.com'), ('To', C_USER[1]),
        ('Subject', f'{CREDLY_AWS} sent you a new badge'), ('Message-ID', credly_msgid(when)),
        ('List-Unsubscribe', '<https://www.credly.com/notification_preferences>')]
    build('014-credly-new-badge-after-merge.eml', body=body, headers=hdr,
          label=L('credly_badge_issued', None, [], True), newtext=plain)

    # 015 rating request
    when = T(2025, 7, 6, 1, 0, 12)
    tr, mid = aws_gmail(C_USER[1], when)
    new = f"""Hello,

We recently worked with you on case {C_CID} ("Certification - Account Merge"). This case has now been closed.

How satisfied were you with the support you received? Please take a short survey (2 minutes):

https://amazonwebservices.qualtrics.com/jfe/form/SV_5hCq8cYgk0pZbLf?caseid={C_CID}&lang=en

Your answers help us to improve AWS Training and Certification support.

Thank you,
AWS Training and Certification

You are receiving this one-time survey because of your recent interaction with AWS Training and Certification support.
"""
    html = html_doc(txt2html(new).replace(f'https://amazonwebservices.qualtrics.com/jfe/form/SV_5hCq8cYgk0pZbLf?caseid={C_CID}&amp;lang=en',
                                          f'<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_5hCq8cYgk0pZbLf?caseid={C_CID}&amp;lang=en">Start the survey</a>'))
    body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(html, 'html', cte='quoted-printable'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr('AWS Training and Certification', 'no-reply-tc-survey@amazon.com')),
        ('To', C_USER[1]), ('Subject', 'How did we do? Tell us about your recent support experience')] + ses_tail(when, mid)
    build('015-survey-how-did-we-do-qualtrics.eml', body=body, headers=hdr,
          label=L('survey', C_CID, [], True), newtext=new)



# ---------------------------------------------------------------- Story D
# Swahili-speaking (Kenyan) agent, form case, corporate Microsoft 365 user.
D_USER = ('Sofia Lindqvist', 'sofia.lindqvist@nordkraft.se')
D_OPEN = T(2025, 8, 18, 12, 5, 33)
D_CID = cid15(D_OPEN, 7129)
D_WORK, D_PRIV = 'AWS08842015', 'AWS02260391'


def d_sig(name='Wanjiru'):
    return f"""Warm regards,

{name}
AWS Training and Certification Customer Support
"""


def story_d():
    # 016 asks which account to keep
    when = T(2025, 8, 19, 6, 40, 2)
    tr, mid = aws_outlook(D_USER[1], when, tenant='eurprd05')
    new = f"""Greetings Sofia,

Trust this email finds you well.

We are in receipt of your request regarding your AWS Certification accounts. Upon checking, we have noted that there are two accounts registered under your names, as follows:

   AWS-08842015  -  sofia.lindqvist@nordkraft.se
   AWS-02260391  -  sofia.lindqvist.se@gmail.com

Kindly advise which one of the two accounts you would wish to retain as the primary account, so that we can be able to proceed with your request. Kindly also confirm that you are still having access to the email address of the account you will retain, since all the future communication shall be sent there.

Looking forward to hearing from you.

{d_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('016-swahili-agent-which-account-to-retain.eml', body=body, headers=hdr,
          label=L('support_reply', D_CID, [D_WORK, D_PRIV], True), newtext=new)
    d016 = new

    # 017 chaser, through a link-rewriting gateway that breaks DKIM -> dmarc=fail
    when = T(2025, 8, 22, 7, 12, 45)
    msgid = ses_msgid(when)
    ip = ses_ip()
    helo = ses_host(ip)
    ar = ar_outlook('fail', '185.132.182.40', 'amazonses.com', 'fail', 'amazon.com', 'fail', 'amazon.com',
                    compauth='fail reason=001')
    tr = outlook_trace(D_USER[1], when + dt.timedelta(seconds=5), '185.132.182.40', 'mx0b-00237101.pphosted.com', ar, 'eurprd05')
    tr = [(k, v if k != 'Received-SPF' else 'Fail (protection.outlook.com: domain of amazonses.com does not\n designate 185.132.182.40 as permitted sender)\n receiver=protection.outlook.com; client-ip=185.132.182.40;\n helo=mx0b-00237101.pphosted.com;') for k, v in tr]
    tr.append(('X-Proofpoint-GUID', rb64(24)[:32]))
    tr.append(('X-Proofpoint-Spam-Details', 'rule=outbound_notspam policy=outbound score=0 priorityscore=1501 adultscore=0 bulkscore=0 clxscore=1011 spamscore=0 mlxscore=0 suspectscore=0 phishscore=0 malwarescore=0 lowpriorityscore=0 impostorscore=0 mlxlogscore=999 classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2508140000 definitions=main-2508220061'))
    tr.append(('Received', f"from {helo} ({helo} [{ip}])\n\tby mx0b-00237101.pphosted.com (PPS) with ESMTPS id 48k2{rhex(6)}-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{D_USER[1]}>; {format_datetime(when + dt.timedelta(seconds=1))}"))
    new = f"""Greetings Sofia,

Hope you are doing great.

We are just following up on our previous email below, in which we had requested you to advise on the account you would wish to retain. We are yet to receive your feedback on the same.

Kindly revert at your earliest convenience so that we may assist you further. Kindly note that if we do not hear from you within the next 3 working days, this case shall be closed automatically, but you can still be able to reopen it by replying to this email.

{d_sig()}"""
    quoted = f"""From: Amazon Web Services <{AWS_FORM[1]}>
Sent: Tuesday, August 19, 2025 6:40 AM
To: {D_USER[1]}
Subject: RE:[CASE {D_CID}] {FORM_SUBJ}

{d016}"""
    plain = new + '\n' + '_' * 32 + '\n' + quoted
    plain = re.sub(r'https://aws\.amazon\.com/training/', 'https://urldefense.com/v3/__https://aws.amazon.com/training/__;!!Kd8x4Q!' + rb64(30)[:38] + '$', plain + FORM_FOOTER)
    html = html_doc(txt2html(new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' +
                    txt2html(quoted) + '\n</div>', style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ} - Follow up"), ('Message-ID', msgid),
        ('X-SES-Outgoing', f"{when.strftime('%Y.%m.%d')}-{ip}")]
    build('017-swahili-agent-follow-up-kindly-revert.eml', body=body, headers=hdr,
          label=L('support_reply', D_CID, [], False), newtext=new)

    # 018 confirmation request
    when = T(2025, 8, 22, 14, 30, 18)
    tr, mid = aws_outlook(D_USER[1], when, tenant='eurprd05')
    new = f"""Greetings Sofia,

Thank you for your feedback, and apologies for the delay in getting back to you.

As per your response, kindly find below the details of the request for your confirmation before we go ahead:

  - Account to be retained (primary): AWS08842015 (sofia.lindqvist@nordkraft.se)
  - Account to be merged into the primary and closed: AWS02260391 (sofia.lindqvist.se@gmail.com)

Once merged, all the certifications and the exam history under AWS02260391 shall be reflected under AWS08842015. Kindly note that this action is permanent and cannot be reversed.

Kindly reply to this email with "I confirm" so that we can be able to action the same.

{d_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(new + FORM_FOOTER, cte='base64'), tpart(html, 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('018-swahili-agent-kindly-reply-i-confirm.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', D_CID, [D_WORK, D_PRIV], True), newtext=new)
    d018 = new

    # 019 thank you for confirming; once complete we shall notify
    when = T(2025, 8, 25, 9, 2, 50)
    tr, mid = aws_outlook(D_USER[1], when, tenant='eurprd05')
    new = f"""Greetings Sofia,

Thank you for confirming.

We have escalated the request to the relevant team for action. Once the merge is complete, we shall notify you through this same email thread. Kindly bear with us as we work on the same; it normally takes 2 to 5 working days.

In the meantime, kindly do not book any new exam under the account that is being closed.

{d_sig()}"""
    quoted = f"""From: Sofia Lindqvist <{D_USER[1]}>
Sent: Monday, August 25, 2025 10:47 AM
To: Amazon Web Services <{AWS_FORM[1]}>
Subject: RE: RE:[CASE {D_CID}] {FORM_SUBJ}

I confirm. Please keep AWS08842015.

Best regards
Sofia Lindqvist
Cloud Platform Engineer | Nordkraft Energi AB

From: Amazon Web Services <{AWS_FORM[1]}>
Sent: Friday, August 22, 2025 4:30 PM
To: {D_USER[1]}
Subject: RE:[CASE {D_CID}] {FORM_SUBJ}

{d018}"""
    plain = new + '\n' + '_' * 32 + '\n' + quoted
    html = html_doc(txt2html(new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' +
                    txt2html(quoted) + '\n</div>', style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('019-swahili-agent-thanks-for-confirming-escalated.eml', body=body, headers=hdr,
          label=L('support_reply', D_CID, [], True), newtext=new)

    # 020 completed, worded as "consolidated"
    when = T(2025, 8, 27, 13, 18, 7)
    tr, mid = aws_outlook(D_USER[1], when, tenant='eurprd05')
    new = f"""Greetings Sofia,

We are pleased to inform you that your two certification accounts have now been successfully consolidated into one. All your certifications, exam history and the related benefits are now reflecting under AWS08842015, and the other account has been deactivated.

Kindly log in using sofia.lindqvist@nordkraft.se going forward. Your Credly badges shall be reissued to the same email within 48 hours.

It has been a pleasure assisting you. Be blessed.

{d_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('020-swahili-agent-accounts-consolidated.eml', body=body, headers=hdr,
          label=L('merge_completed', D_CID, [D_WORK], True), newtext=new)

    # 021 closure notice written by the agent + rating link
    when = T(2025, 9, 1, 6, 0, 41)
    tr, mid = aws_outlook(D_USER[1], when, tenant='eurprd05')
    new = f"""Greetings Sofia,

This is to notify you that case {D_CID} has been closed since we have not received any further query from your end.

Kindly spare one minute to rate the support you received from us by clicking on one of the options below:

   Very satisfied    https://pulse.aws/survey/TC7XQ2LM?case={D_CID}&score=5
   Satisfied         https://pulse.aws/survey/TC7XQ2LM?case={D_CID}&score=4
   Not satisfied     https://pulse.aws/survey/TC7XQ2LM?case={D_CID}&score=2

Your feedback is highly appreciated.

{d_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Segoe UI,sans-serif;font-size:10.5pt;')
    body = alt(tpart(new), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', D_USER[1]),
        ('Subject', f"RE:[CASE {D_CID}] {FORM_SUBJ} - Case closed")] + ses_tail(when, mid)
    build('021-swahili-agent-case-closed-kindly-rate.eml', body=body, headers=hdr,
          label=L('survey', D_CID, [], True), newtext=new)



# ---------------------------------------------------------------- Japanese helpers
def aws_jp(rcpt, when, mx='mx.biglobe.ne.jp', authserv='mx.biglobe.ne.jp', style='full'):
    msgid = ses_msgid(when)
    rp = ses_return_path(msgid)[1:-1]
    ip = ses_ip()
    helo = ses_host(ip)
    if style == 'full':
        items = [f"spf=pass smtp.mailfrom={rp}",
                 "dkim=pass header.d=amazon.com header.s=rjqsu4lwshbmsm2ilzvzf6krstpe5lc2",
                 "dkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono",
                 "dmarc=pass (p=quarantine dis=none) header.from=amazon.com"]
    elif style == 'nodmarc':   # provider that does not evaluate DMARC; aligned DKIM
        items = [f"spf=pass smtp.mailfrom=amazonses.com",
                 "dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=" + rb64(6)[:8]]
    h = jp_trace(rcpt, when + dt.timedelta(seconds=RNG.randint(1, 4)), ip, helo, rp, ar_generic(authserv, items), mx)
    return h, msgid


CONSOLE_FOOTER_JA = """このケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

（ログインに使用するメールアドレス: {masked}）

※このメールは送信専用アドレスから送信されています。本メールに直接ご返信いただいてもお答えできませんので、上記リンクよりサポートセンターからご返信ください。

=============================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は、Amazon.com, Inc. またはその関連会社の登録商標です。
"""


# ---------------------------------------------------------------- Story E
# Japanese agent writing Japanese, console case, BIGLOBE user.
E_USER = ('佐藤 陽翔', 'h-sato@kfa.biglobe.ne.jp')
E_OPEN = T(2025, 4, 14, 1, 22, 10)
E_CID = cid15(E_OPEN, 55302)
E_OLD, E_KEEP = 'AWS05567120', 'AWS09012384'
E_CASESUBJ = '認定アカウントの統合について'


def story_e():
    masked = mask(E_USER[1])
    # 022 console ack in Japanese
    when = E_OPEN + dt.timedelta(seconds=12)
    tr, mid = aws_jp(E_USER[1], when)
    new = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {E_CID} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {E_CID}
件名: {E_CASESUBJ}
重要度: 一般的なガイダンス

担当者より順次ご連絡いたします。ケースの状況確認や情報の追加は、AWS サポートセンターからいつでも行っていただけます。

https://console.aws.amazon.com/support/home#/case/?displayId={E_CID}&language=ja

よろしくお願いいたします。
Amazon Web Services

※このメールは送信専用アドレスから送信されています。
"""
    body = alt(tpart(new, charset='iso-2022-jp', cte='7bit'), tpart(html_doc(txt2html(new), 'ja'), 'html', cte='quoted-printable'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"Amazon Web Services: 新しいサポートケースが作成されました: {E_CID}", 'iso-2022-jp'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('022-console-ja-new-case-created.eml', body=body, headers=hdr,
          label=L('case_created', E_CID, [], True, 'ja'), newtext=new)

    # 023 Japanese agent asks for login e-mail addresses
    when = T(2025, 4, 15, 0, 58, 31)
    tr, mid = aws_jp(E_USER[1], when)
    new = f"""佐藤 陽翔 様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定サポートの山本でございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お調べいたしましたところ、ご申告いただいた候補者 ID（{E_OLD}）のほかに、同じお名前で登録されたアカウントが複数見つかりました。対象のアカウントを特定するため、恐れ入りますが、以下の情報をご教示いただけますでしょうか。

1. 各アカウントへのログインに使用されているメールアドレス
2. 統合後に残すことをご希望のアカウント（存続アカウント）

なお、同じご用件で新たにケースを作成されますと、ご回答が遅れる場合がございます。お手数ですが、本ケースにてご返信くださいますようお願い申し上げます。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER_JA.format(cid=E_CID, masked=masked)
    body = alt(tpart(full, charset='iso-2022-jp', cte='7bit'), tpart(html_doc(txt2html(full), 'ja'), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"RE:[CASE {E_CID}] {E_CASESUBJ}", 'iso-2022-jp'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('023-ja-agent-asks-login-addresses.eml', body=body, headers=hdr,
          label=L('support_reply', E_CID, [E_OLD], True, 'ja'), newtext=new)

    # 024 Japanese confirmation request; labelled Shift_JIS but uses CP932-only characters
    when = T(2025, 4, 16, 2, 11, 5)
    tr, mid = aws_jp(E_USER[1], when)
    new = f"""佐藤 陽翔 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

ご返信いただき、ありがとうございました。頂戴した情報をもとに確認いたしましたところ、統合の対象は以下の 2 アカウントとなります。

① 統合元アカウント（統合後に無効化されます）
　候補者 ID：{E_OLD}
　メールアドレス：haruto.sato@shinwa-sier.co.jp
② 統合先アカウント（存続アカウント）
　候補者 ID：{E_KEEP}
　メールアドレス：{E_USER[1]}

①に紐づく認定資格、受験履歴および特典は、すべて②へ移行されます。
なお、統合後に元の状態へ戻すことはいたしかねますので、あらかじめご了承ください。

上記の内容にお間違いがないかご確認のうえ、サポートセンターより「上記内容で統合を希望します」とご返信いただけますでしょうか。ご確認が取れ次第、統合作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER_JA.format(cid=E_CID, masked=masked)
    body = alt(tpart(full, charset='cp932', label='Shift_JIS', cte='base64'),
               tpart(html_doc(txt2html(full), 'ja', charset='Shift_JIS'), 'html', charset='cp932', label='Shift_JIS', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"RE:[CASE {E_CID}] {E_CASESUBJ}", 'iso-2022-jp'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('024-ja-agent-merge-details-please-confirm-sjis.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', E_CID, [E_OLD, E_KEEP], True, 'ja'), newtext=new)
    e024 = new

    # 025 Japanese completion, with Japanese-style quoted history of the user's reply
    when = T(2025, 4, 17, 6, 45, 0)
    tr, mid = aws_jp(E_USER[1], when)
    new = f"""佐藤 陽翔 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は存続アカウント（{E_KEEP}）にて、これまでに取得された認定資格および受験履歴をご確認いただけます。Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。

山本
Amazon Web Services
"""
    quoted = f"""2025年4月16日(水) 11:11 Amazon Web Services <{AWS_NOREPLY[1]}>:
{quote_gt(e024)}
"""
    user = f"""山本様

ご確認ありがとうございます。
上記内容で統合を希望します。よろしくお願いいたします。

佐藤

{quoted}"""
    plain = new + '\n---- 以下、お客様からのご返信 ----\n' + quote_gt(user) + '\n\n' + CONSOLE_FOOTER_JA.format(cid=E_CID, masked=masked)
    body = alt(tpart(plain, cte='base64'), tpart(html_doc(txt2html(new) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + txt2html(user) + '</blockquote>', 'ja'), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"RE:[CASE {E_CID}] {E_CASESUBJ}", 'utf-8'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('025-ja-agent-merge-work-completed.eml', body=body, headers=hdr,
          label=L('merge_completed', E_CID, [E_KEEP], True, 'ja'), newtext=new)

    # 026 Japanese closure + survey, HTML only
    when = T(2025, 4, 24, 7, 0, 3)
    tr, mid = aws_jp(E_USER[1], when)
    u = f"https://console.aws.amazon.com/support/home#/case/?displayId={E_CID}&amp;language=ja"
    inner = f"""<p>お客様</p>
<p>サポートケース <b>{E_CID}</b>（{E_CASESUBJ}）は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。</p>
<p><b>このケースで問題は解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;a=yes">はい</a> &nbsp;|&nbsp; <a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;a=no">いいえ</a></p>
<p>担当者の対応を 5 段階でご評価ください：
<a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;r=1">1</a> <a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;r=2">2</a> <a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;r=3">3</a> <a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;r=4">4</a> <a href="https://pulse.aws/survey/JP4KCL?case={E_CID}&amp;r=5">5</a></p>
<p>追加のご質問がある場合は、<a href="{u}">AWS サポートセンター</a>からケースを再オープンしてください。</p>
<p>Amazon Web Services</p>"""
    body = tpart(html_doc(inner, 'ja'), 'html', cte='quoted-printable')
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"[Case {E_CID}] ケースがクローズされました – アンケートへのご協力のお願い", 'utf-8'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('026-ja-case-closed-survey.eml', body=body, headers=hdr,
          label=L('survey', E_CID, [], True, 'ja'), newtext=inner)



# ---------------------------------------------------------------- Story F
# Japanese agent writing English, 2023 form case with an 11-digit id.
F_USER = ('Tomasz Kowalczyk', 'tomasz.kowalczyk.it@gmail.com')
F_CID = '12693058141'
F_OLD, F_KEEP = 'AWS03817265', 'AWS01175390'


def f_sig():
    return """Best regards,

Aoi
AWS Training and Certification Customer Support
"""


def story_f():
    # 027 confirmation request, Japanese-English
    when = T(2023, 2, 7, 4, 33, 18)
    tr, mid = aws_gmail(F_USER[1], when)
    new = f"""Dear Tomasz Kowalczyk,

Thank you for your kind contact to AWS Training and Certification, and we are sorry for making you wait.

We would like to confirm you about the integration of your accounts. According to your request, we will integrate the account {F_OLD} into the account {F_KEEP}. After the work, the account {F_KEEP} will be remained and {F_OLD} will be disabled.

  Integrate from : {F_OLD} (tkowalczyk@softwarehouse-krk.pl)
  Integrate to   : {F_KEEP} (tomasz.kowalczyk.it@gmail.com)

Please be noted that once the integration is done, it can not be returned to original state.

If above contents have no problem, could you please reply us with your confirmation? We will start the work after we receive your reply.

Thank you for your understanding and cooperation.

{f_sig()}"""
    html = html_doc(txt2html(new).replace('  ', '&nbsp; '), style='font-family:Meiryo,Arial,sans-serif;font-size:13px;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', F_USER[1]),
        ('Subject', f"RE: [CASE {F_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('027-ja-english-agent-integrate-please-reply.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', F_CID, [F_OLD, F_KEEP], True), newtext=new)
    f027 = new

    # 028 completed; "please confirm your certifications" is not a confirmation request
    when = T(2023, 2, 9, 1, 4, 52)
    tr, mid = aws_gmail(F_USER[1], when)
    new = f"""Dear Tomasz Kowalczyk,

Thank you very much for your reply and we apologize for taking time.

We would like to inform you that the integration work of your accounts has been finished. From now, please sign in with tomasz.kowalczyk.it@gmail.com and please confirm that all your certifications are displayed on the account {F_KEEP}.

If there is anything not correct, please feel free to contact us again.

{f_sig()}"""
    user = f"""Hello Aoi,

Yes, this is correct, please go ahead.

Regards,
Tomasz

On Tue, 7 Feb 2023 at 05:33, Amazon Web Services <{AWS_FORM[1]}> wrote:
{quote_gt(f027)}
"""
    plain = new + '\n\n' + quote_gt(user)
    html = html_doc(txt2html(new) + '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + txt2html(user) + '</blockquote></div>',
                    style='font-family:Meiryo,Arial,sans-serif;font-size:13px;')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', F_USER[1]),
        ('Subject', f"RE: [CASE {F_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('028-ja-english-agent-integration-work-finished.eml', body=body, headers=hdr,
          label=L('merge_completed', F_CID, [F_KEEP], True), newtext=new)
    f028 = new

    # 029 follow-up answer about the exam voucher (question unrelated to the merge itself)
    when = T(2023, 2, 10, 2, 20, 40)
    tr, mid = aws_gmail(F_USER[1], when)
    new = f"""Dear Tomasz Kowalczyk,

Thank you for your inquiry.

About the 50% discount voucher, we checked and it is displayed in the "Benefits" page of your account. The voucher code is valid until 2023/11/28, please use it before that date. Also, the practice exam benefit can be used only one time, so it was not duplicated.

About the exam you reserved for 2023/03/15 at Pearson VUE, the reservation is not changed, so you do not need to do anything.

We hope this information will help you.

{f_sig()}"""
    user = f"""Hi Aoi,

thanks, I can see all certs now. One more question: I don't see my 50% voucher from the old account anymore, was it moved too? And do I need to reschedule my exam booked on 15 March?

Tomasz

On Thu, 9 Feb 2023 at 02:04, Amazon Web Services <{AWS_FORM[1]}> wrote:
{quote_gt(f028)}
"""
    plain = new + '\n-----Original Message-----\nFrom: Tomasz Kowalczyk <' + F_USER[1] + '>\nSent: Thursday, February 9, 2023 9:12 PM\nSubject: Re: RE: [CASE ' + F_CID + '] ' + FORM_SUBJ + '\n\n' + user
    html = html_doc(txt2html(plain), style='font-family:Meiryo,Arial,sans-serif;font-size:13px;')
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='quoted-printable'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', F_USER[1]),
        ('Subject', f"RE: RE: [CASE {F_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('029-ja-english-agent-answers-voucher-question.eml', body=body, headers=hdr,
          label=L('support_reply', F_CID, [], True), newtext=new)



# ---------------------------------------------------------------- Story G
# Tagalog-speaking (Filipino) agent, form case, Yahoo user.
G_USER = ('Ahmed El-Sayed', 'ahmed.elsayed_eg@yahoo.com')
G_OPEN = T(2025, 10, 6, 17, 2, 41)
G_CID = cid15(G_OPEN, 48810)
G_KEEP, G_OLD = 'AWS06338014', 'AWS02749851'


def aws_yahoo(rcpt, when):
    msgid = ses_msgid(when)
    ip = ses_ip()
    helo = ses_host(ip)
    ar = ("atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=rjqsu4lwshbmsm2ilzvzf6krstpe5lc2;\n"
          " dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n"
          " spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;")
    return yahoo_trace(rcpt, when + dt.timedelta(seconds=2), ip, helo, ar, ses_return_path(msgid)[1:-1]), msgid


def g_sig():
    return """Thank you and have a great day ahead!

Best regards,
Mariel
AWS Training and Certification | Customer Support
"""


def yahoo_quote_hdr(when, who):
    w = when.astimezone(EAT)
    return f"On {w.strftime('%A, %B')} {w.day}, {w.year} at {w.strftime('%I:%M:%S %p').lstrip('0')} GMT+3, {who} wrote:"


def story_g():
    # 030 agent cannot find second account, asks for e-mail
    when = T(2025, 10, 7, 2, 14, 9)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Good day!

Thank you for reaching out to AWS Training and Certification. My name is Mariel and I will be the one handling your concern.

I understand that you would like to have your two Certification accounts merged into one. Upon checking on our end, I was only able to locate one account under the email address you provided, which is {G_KEEP}.

With this, may we kindly ask for the email address that you have used on your other account? Kindly also provide your full name as it appears on that account, so we can check it on our end.

Rest assured that once we have the details, we will assist you right away.

{g_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(new + FORM_FOOTER), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE:[CASE {G_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('030-tagalog-agent-asks-other-account-email.eml', body=body, headers=hdr,
          label=L('support_reply', G_CID, [G_KEEP], True), newtext=new)

    # 031 confirmation request
    when = T(2025, 10, 7, 8, 20, 45)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Thank you for providing the details.

Please see below the accounts that will be merged for your reference:

Account to be retained: {G_KEEP} (ahmed.elsayed_eg@yahoo.com)
Account to be merged: aws{G_OLD[3:]} (a.elsayed@cairo-datasys.com.eg)

Please take note that once the accounts are merged, it can no longer be undone anymore. All of your certifications under the account to be merged will be transferred to the retained account.

Kindly reply "Confirmed" to this email so we can proceed with the request.

{g_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(new + FORM_FOOTER, cte='base64'), tpart(html, 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE:[CASE {G_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('031-tagalog-agent-kindly-reply-confirmed.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', G_CID, [G_KEEP, G_OLD], True), newtext=new)
    g031 = new

    # 032 noted, endorsed to back-end team
    when = T(2025, 10, 7, 13, 2, 30)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Noted on this, thank you for the confirmation.

I have already endorsed your request to our back-end team for the merging of your accounts. Please allow 3-5 business days for the request to be completed. We will send you an update once done.

Thank you for your patience and understanding.

{g_sig()}"""
    user = f"""Confirmed. Thanks Mariel.

{yahoo_quote_hdr(T(2025, 10, 7, 8, 20, 45), 'Amazon Web Services <' + AWS_FORM[1] + '>')}

{g031}"""
    plain = new + '\n\n' + quote_gt(user)
    html = html_doc(txt2html(new) + '<div class="yahoo_quoted" style="margin:10px 0 0 0.8ex;border-left:1px solid #ccc;padding-left:1ex">' + txt2html(user) + '</div>',
                    style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE: RE:[CASE {G_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('032-tagalog-agent-noted-endorsed-back-end.eml', body=body, headers=hdr,
          label=L('support_reply', G_CID, [], True), newtext=new)

    # 033 status update: still ongoing as of the moment
    when = T(2025, 10, 10, 3, 41, 12)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Good day!

I just would like to give you a quick update regarding your request. As of the moment, the merging of your accounts {G_KEEP} and AWS {G_OLD[3:]} is still ongoing with our back-end team. Rest assured that we’re closely monitoring this and we will get back to you as soon as we have an update – no need to open a new case.

Please do not worry, you may still login to your account as usual while waiting.

{g_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(new, label='iso-8859-1'), tpart(html, 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE:[CASE {G_CID}] {FORM_SUBJ} - Status update")] + ses_tail(when, mid)
    build('033-tagalog-agent-still-ongoing-as-of-the-moment.eml', body=body, headers=hdr,
          label=L('support_reply', G_CID, [G_KEEP, G_OLD], True), newtext=new)

    # 034 merge completed
    when = T(2025, 10, 13, 5, 9, 56)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Good news! Your accounts are now merged already.

All of your certifications are now reflected under your retained account {G_KEEP}. You may now login using ahmed.elsayed_eg@yahoo.com. For the Credly badges, please allow up to 48 hours for them to be transferred.

Should you have other questions, please feel free to reply to this email.

{g_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(new), tpart(html, 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE:[CASE {G_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('034-tagalog-agent-accounts-merged-already.eml', body=body, headers=hdr,
          label=L('merge_completed', G_CID, [G_KEEP], True), newtext=new)

    # 035 closure notice that also mentions the merge was done, with YES/NO survey
    when = T(2025, 10, 16, 5, 30, 2)
    tr, mid = aws_yahoo(G_USER[1], when)
    new = f"""Hi Ahmed,

Since your accounts have been successfully merged already last October 13 and we have not heard back from you, we will now be closing this case {G_CID}.

Was your issue resolved?
YES: https://pulse.aws/survey/TCQ8F1ZP?case={G_CID}&resolved=1
NO: https://pulse.aws/survey/TCQ8F1ZP?case={G_CID}&resolved=0

We would really appreciate it if you could also rate my service. Your feedback helps us serve you better.

{g_sig()}"""
    html = html_doc(txt2html(new), style='font-family:Arial,sans-serif;font-size:10pt;')
    body = alt(tpart(new, charset='us-ascii', cte='7bit'), tpart(html, 'html', charset='us-ascii', cte='7bit'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', G_USER[1]),
        ('Subject', f"RE:[CASE {G_CID}] {FORM_SUBJ} - Closing")] + ses_tail(when, mid)
    build('035-tagalog-agent-closing-case-merged-already-survey.eml', body=body, headers=hdr,
          label=L('survey', G_CID, [], True), newtext=new)



# ---------------------------------------------------------------- Story H
# Italian agent, 2020 console case with a 10-digit id; Credly (then Acclaim) badge.
H_USER = ('Kwame Mensah', 'kwame.mensah.gh@gmail.com')
H_CID = '7481206651'
H_OLD, H_KEEP = 'AWS00628814', 'AWS00913372'
H_CASESUBJ = 'Two certification accounts - need to unify'


def story_h():
    masked = mask(H_USER[1])
    # 036 console ack (2020)
    when = T(2020, 10, 12, 15, 7, 44)
    tr, mid = aws_gmail(H_USER[1], when)
    new = console_ack_text(H_CID, H_CASESUBJ)
    body = alt(tpart(new, charset='us-ascii', cte='7bit'), tpart(console_html(new), 'html', charset='us-ascii', cte='7bit'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', H_USER[1]),
        ('Subject', f"Amazon Web Services: You have opened a new Support case: {H_CID}")] + ses_tail(when, mid)
    build('036-console-2020-new-case-10-digit-id.eml', body=body, headers=hdr,
          label=L('case_created', H_CID, [], True), newtext=new)

    # 037 Italian agent asks to confirm the "unification"
    when = T(2020, 10, 13, 9, 31, 2)
    tr, mid = aws_gmail(H_USER[1], when)
    new = f"""Good morning Kwame,

I am Alessandro and I will follow your case.

I have verified in our system and effectively there are two certification accounts at your name. As you asked, we are going to unify them in this way:

* the account {H_OLD} (kmensah@accra-fintech.com.gh) will be unified into the account {H_KEEP} (kwame.mensah.gh@gmail.com);
* the account {H_KEEP} will remain the only valid one, with all the certifications and the history of both.

I must inform you that, once the unification is done, it is not possible to separate again the two accounts.

Before to proceed, I need that you give me your confirmation answering to this correspondence in the Support Center. For any doubt I remain at your disposal.

Best regards,
Alessandro M.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=H_CID, lang='en', masked=masked).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full), tpart(console_html(full), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', H_USER[1]),
        ('Subject', f"RE:[CASE {H_CID}] {H_CASESUBJ}")] + ses_tail(when, mid)
    build('037-italian-agent-2020-unify-need-confirmation.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', H_CID, [H_OLD, H_KEEP], True), newtext=new)

    # 038 Italian agent: unification concluded
    when = T(2020, 10, 15, 14, 2, 19)
    tr, mid = aws_gmail(H_USER[1], when)
    new = f"""Good morning Kwame,

I inform you that the unification of your accounts has been concluded today. Now entering with kwame.mensah.gh@gmail.com you will find all your certifications under the account {H_KEEP}; the other account is not more usable.

The digital badges will be issued again by Acclaim on the same e-mail address in the next days.

Thank you for the patience and good continuation.

Best regards,
Alessandro M.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=H_CID, lang='en', masked=masked).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full, cte='base64'), tpart(console_html(full), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', H_USER[1]),
        ('Subject', f"RE:[CASE {H_CID}] {H_CASESUBJ}")] + ses_tail(when, mid)
    build('038-italian-agent-2020-unification-concluded.eml', body=body, headers=hdr,
          label=L('merge_completed', H_CID, [H_KEEP], True), newtext=new)

    # 039 Acclaim (Credly) badge, old sender domain
    when = T(2020, 10, 16, 18, 44, 10)
    tr, dk = credly_gmail(H_USER[1], when, domain='youracclaim.com')
    url = f"https://www.youracclaim.com/earner/earned/badge/{ruuid()}?utm_campaign=badge_issued"
    plain = f"""Kwame,

Congratulations, you've earned a badge!

{CREDLY_AWS} has issued you the AWS Certified Developer - Associate badge. Accept your badge to manage it, share it and see what's next.

Accept your badge: {url}

Acclaim is a product of Credly, Inc.
"""
    html = credly_html('Kwame,', f"Congratulations, you've earned a badge! {CREDLY_AWS} has issued you a badge.",
                       'AWS Certified Developer - Associate', CREDLY_AWS, 'Accept your badge', url).replace('Credly, Inc. &middot;', 'Acclaim, a Credly product &middot;')
    body = alt(tpart(plain, charset='us-ascii', cte='7bit'), tpart(html, 'html'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr('Acclaim', 'admin@youracclaim.com')),
        ('To', H_USER[1]), ('Subject', f"{CREDLY_AWS} issued you a badge"), ('Message-ID', credly_msgid(when))]
    build('039-acclaim-2020-badge-issued.eml', body=body, headers=hdr,
          label=L('credly_badge_issued', None, [], True), newtext=plain)


# ---------------------------------------------------------------- Story I
# Swahili-speaking (Tanzanian) agent, console case; user runs her own mail
# server which adds no Authentication-Results header -> sender_verified null.
I_USER = ('Grace Achieng Otieno', 'grace@achieng.dev')
I_OPEN = T(2025, 11, 3, 7, 51, 26)
I_CID = cid15(I_OPEN, 60231)
I_OLD, I_KEEP = 'AWS04719936', 'AWS07385521'
I_CASESUBJ = 'Merge my old and new certification profiles'


def selfhosted_trace(rcpt, when):
    ip = ses_ip()
    helo = ses_host(ip)
    msgid = ses_msgid(when)
    rp = ses_return_path(msgid)[1:-1]
    w = when.astimezone(EAT) + dt.timedelta(seconds=2)
    h = [('Return-Path', f"<{rp}>"),
         ('X-Original-To', rcpt), ('Delivered-To', rcpt),
         ('Received', f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mail.achieng.dev (Postfix) with ESMTPS id 4d0Q{rhex(6).upper()}\n\tfor <{rcpt}>; {format_datetime(w)}"),
         ('X-Spam-Status', 'No, score=-0.4 required=5.0 tests=HTML_MESSAGE,RCVD_IN_DNSWL_NONE,\n\tSPF_HELO_PASS,SPF_PASS autolearn=ham autolearn_force=no version=4.0.1'),
         ('X-Spam-Checker-Version', 'SpamAssassin 4.0.1 (2024-03-26) on mail.achieng.dev')]
    return h, msgid


def story_i():
    masked = mask(I_USER[1])
    # 040 console ack
    when = I_OPEN + dt.timedelta(seconds=7)
    tr, mid = selfhosted_trace(I_USER[1], when)
    new = console_ack_text(I_CID, I_CASESUBJ)
    body = alt(tpart(new), tpart(console_html(new), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', I_USER[1]),
        ('Subject', f"Amazon Web Services: You have opened a new Support case: {I_CID}")] + ses_tail(when, mid)
    build('040-console-new-case-selfhosted-no-auth-results.eml', body=body, headers=hdr,
          label=L('case_created', I_CID, [], None), newtext=new)

    # 041 confirmation request
    when = T(2025, 11, 4, 6, 12, 37)
    tr, mid = selfhosted_trace(I_USER[1], when)
    new = f"""Hello Grace,

Thank you for contacting AWS Support, and pole for the delay in responding.

We have gone through your request and we are able to merge the two profiles. Kindly go through the details below and confirm that they are in order before we proceed:

- Profile to be closed:   AWS-04719936  (g.otieno@students.udsm.ac.tz)
- Profile to be retained: AWS-07385521  (grace@achieng.dev)

Kindly be informed that after the merge, the profile AWS-04719936 shall no longer be accessible and the process cannot be undone.

Kindly respond through the Support Center with your confirmation so that we can be able to proceed.

Regards,
Baraka
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=I_CID, lang='en', masked=masked).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full), tpart(console_html(full), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', I_USER[1]),
        ('Subject', f"RE:[CASE {I_CID}] {I_CASESUBJ}")] + ses_tail(when, mid)
    build('041-swahili-agent-console-confirm-profiles.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', I_CID, [I_OLD, I_KEEP], None), newtext=new)

    # 042 question about the legal name (not the merge confirmation itself)
    when = T(2025, 11, 4, 13, 40, 5)
    tr, mid = selfhosted_trace(I_USER[1], when)
    new = f"""Hello Grace,

Thank you for your confirmation.

Before we action the merge, we have noted that the legal name on the two profiles is not the same. On AWS04719936 it appears as "Grace A. Otieno" while on AWS07385521 it appears as "Grace Achieng Otieno".

Kindly advise which of the two names you would wish to appear on your certificates going forward, and kindly note it should match exactly the name on the identification document you present at the test centre.

Regards,
Baraka
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=I_CID, lang='en', masked=masked).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full, cte='base64'), tpart(console_html(full), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', I_USER[1]),
        ('Subject', f"RE:[CASE {I_CID}] {I_CASESUBJ}")] + ses_tail(when, mid)
    build('042-swahili-agent-which-legal-name.eml', body=body, headers=hdr,
          label=L('support_reply', I_CID, [I_OLD, I_KEEP], None), newtext=new)



# ---------------------------------------------------------------- Story J
# Russian agent, 2022 form case with an 11-digit id, So-net (Japan) user who
# writes in English; provider records DKIM only (aligned d=amazon.com).
J_USER = ('Kim Min-jun', 'minjun.kim@ab.so-net.ne.jp')
J_CID = '11894406237'
J_A, J_B = 'AWS09273364', 'AWS04481026'


def story_j():
    # 043 status update
    when = T(2022, 9, 8, 8, 17, 40)
    tr, mid = aws_jp(J_USER[1], when, mx='mx.so-net.ne.jp', authserv='mx.so-net.ne.jp', style='nodmarc')
    new = f"""Hello Min-jun,

I want to give you update about your request.

Your request is in work now. Technical team is doing merge of accounts AWS 09273364 and AWS 04481026, usually it takes from 3 till 5 working days. Nothing is needed from your side at this moment, you can use your accounts as before.

I will write you when it will be finished. Please, do not create new case for same request, it can only make process slower.

With best regards,
Alexey
AWS Training and Certification
"""
    quoted = f"""-----Original Message-----
From: Kim Min-jun <{J_USER[1]}>
Sent: 7 September 2022 14:02
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {J_CID}] {FORM_SUBJ}

Hi Alexey, it's been a week since I confirmed. Is there any progress? I have exam next month and want to book it on the right account.

> Yes, I confirm. Please merge AWS04481026 into AWS09273364.
>
> > Please, confirm that account AWS04481026 must be merged into AWS09273364.
"""
    plain = new + '\n' + quoted
    body = alt(tpart(plain), tpart(html_doc(txt2html(new) + '<blockquote>' + txt2html(quoted) + '</blockquote>'), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', J_USER[1]),
        ('Subject', f"RE:[CASE {J_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('043-russian-agent-request-is-in-work.eml', body=body, headers=hdr,
          label=L('support_reply', J_CID, [J_A, J_B], True), newtext=new)

    # 044 closure without answer + rating request (Russian agent)
    when = T(2022, 9, 21, 10, 3, 11)
    tr, mid = aws_jp(J_USER[1], when, mx='mx.so-net.ne.jp', authserv='mx.so-net.ne.jp', style='nodmarc')
    new = f"""Hello Min-jun,

Since there was no answer from your side during 5 working days after my last message, I close this case now.

If you have minute, please, evaluate my work in short survey, it is very important for me and for our team:
https://survey.aws-training.amazon.com/s/tc-case?case={J_CID}&agent=alexey

Was your problem solved? Please, choose YES or NO in the survey.

If question is still actual, you can answer to this e-mail and case will be opened again.

With best regards,
Alexey
AWS Training and Certification
"""
    body = tpart(new + FORM_FOOTER, charset='us-ascii', cte='7bit')
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_FORM)), ('To', J_USER[1]),
        ('Subject', f"RE:[CASE {J_CID}] {FORM_SUBJ}")] + ses_tail(when, mid)
    build('044-russian-agent-closing-case-please-evaluate.eml', body=body, headers=hdr,
          label=L('survey', J_CID, [], True), newtext=new)


# ---------------------------------------------------------------- more Credly
def credly_outlook(rcpt, when, tenant):
    ip = f"149.72.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    helo = f"o{RNG.randint(1, 30)}.ptr{RNG.randint(1000, 9999)}.credly.com"
    ar = ("spf=pass (sender IP is " + ip + ")\n smtp.mailfrom=em3741.credly.com; dkim=pass (signature was verified)\n"
          " header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100")
    h = outlook_trace(rcpt, when + dt.timedelta(seconds=3), ip, helo, ar, tenant)
    h = [(k, v.replace('domain of amazonses.com', 'domain of em3741.credly.com') if k == 'Received-SPF' else v) for k, v in h]
    dk = [('DKIM-Signature', dkim('credly.com', 's1', when, 'from:mime-version:subject:list-unsubscribe:to:content-type', 'relaxed/relaxed'))]
    return h, dk


def credly_extra():
    # 045 badges moved after the merge (Sofia, Microsoft 365)
    when = T(2025, 8, 28, 9, 30, 51)
    tr, dk = credly_outlook(D_USER[1], when, 'eurprd05')
    badges = ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect – Associate',
              'AWS Certified SysOps Administrator – Associate']
    lis = '\n'.join(f'<li>{esc(b)}</li>' for b in badges)
    url = "https://www.credly.com/earner/earned?utm_source=badge_transfer&amp;utm_medium=email"
    html = credly_html('Hi Sofia,',
                       f'{CREDLY_AWS} has reissued the following badges to this email address after your AWS Certification accounts were merged. They are ready for you to accept:',
                       badges[1], CREDLY_AWS, 'Accept your badges', url,
                       extra=f'<ul>{lis}</ul><p style="font-size:13px;color:#666">Badges issued to your previous account will be revoked automatically.</p>')
    plain = f"""Hi Sofia,

{CREDLY_AWS} has reissued the following badges to this email address after your AWS Certification accounts were merged. They are ready for you to accept:

""" + '\n'.join('  * ' + b for b in badges) + f"""

Accept your badges: {url.replace('&amp;', '&')}

Badges issued to your previous account will be revoked automatically.

Credly, Inc.
"""
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr(f'{CREDLY_AWS} via Credly', 'admin@credly.com')),
        ('To', D_USER[1]), ('Subject', 'Your badges have been moved to this email address'),
        ('Message-ID', credly_msgid(when))]
    build('045-credly-badges-reissued-after-merge.eml', body=body, headers=hdr,
          label=L('credly_badge_issued', None, [], True), newtext=plain)

    # 046 "You've earned a badge" (Priya, Outlook.com), HTML only
    when = T(2025, 3, 16, 20, 11, 2)
    tr, dk = credly_outlook(B_USER[1], when, 'namprd11')
    url = f"https://www.credly.com/badges/{ruuid()}/accept"
    html = credly_html('Congratulations, Priya!',
                       f"You've earned a badge from {CREDLY_AWS}. Accept the badge to claim it, then share it on LinkedIn and with your network.",
                       'AWS Certified Data Engineer – Associate', CREDLY_AWS, 'Accept badge', url)
    body = tpart(html, 'html', cte='base64')
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr('Credly', 'admin@credly.com')),
        ('To', B_USER[1]), ('Subject', enc_subject("Congratulations, Priya! You've earned a badge 🎉")),
        ('Message-ID', credly_msgid(when))]
    build('046-credly-you-earned-a-badge-html-only.eml', body=body, headers=hdr,
          label=L('credly_badge_issued', None, [], True), newtext=html)

    # 047 badge ready to accept (Sato, BIGLOBE, English mail)
    when = T(2025, 4, 18, 3, 25, 37)
    mf = f"bounces+28519{RNG.randint(10, 99)}-{rhex(4)}-h-sato=kfa.biglobe.ne.jp@em3741.credly.com"
    ip = f"149.72.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    helo = f"o{RNG.randint(1, 30)}.ptr{RNG.randint(1000, 9999)}.credly.com"
    ar = ar_generic('mx.biglobe.ne.jp', [f"spf=pass smtp.mailfrom={mf}", "dkim=pass header.d=credly.com header.s=s1",
                                         "dmarc=pass (p=none dis=none) header.from=credly.com"])
    tr = jp_trace(E_USER[1], when + dt.timedelta(seconds=2), ip, helo, mf, ar, 'mx.biglobe.ne.jp')
    dk = [('DKIM-Signature', dkim('credly.com', 's1', when, 'from:mime-version:subject:to:content-type', 'relaxed/relaxed'))]
    url = f"https://www.credly.com/badges/{ruuid()}/accept"
    plain = f"""Hello Haruto,

Your badge from {CREDLY_AWS} is ready to accept:

  AWS Certified Security – Specialty

Accept your badge to add it to your Credly profile and share it with your network:
{url}

Not sure why you got this email? {CREDLY_AWS} issued this badge to {E_USER[1]}.

Credly, Inc.
"""
    html = credly_html('Hello Haruto,', f'Your badge from {CREDLY_AWS} is ready to accept.',
                       'AWS Certified Security – Specialty', CREDLY_AWS, 'Accept your badge', url)
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='base64'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr(f'{CREDLY_AWS} via Credly', 'admin@credly.com')),
        ('To', E_USER[1]), ('Subject', 'Your AWS Certified Security – Specialty badge is ready to accept'.replace('–', '-')),
        ('Message-ID', credly_msgid(when))]
    build('047-credly-badge-ready-to-accept-biglobe.eml', body=body, headers=hdr,
          label=L('credly_badge_issued', None, [], True), newtext=plain)



# ---------------------------------------------------------------- look-alikes, part 1
def lookalikes_1():
    # 048 Credly badge expiry reminder
    when = T(2025, 6, 15, 16, 0, 4)
    tr, dk = credly_gmail(A_USER[1], when)
    url = "https://www.credly.com/badges/" + ruuid()
    plain = f"""Hi Daniel,

Your AWS Certified Cloud Practitioner badge, issued by {CREDLY_AWS}, will expire on August 14, 2025.

To keep your badge active, complete the recertification requirements before it expires. After expiry the badge will still be visible on your profile, marked as expired.

View badge: {url}
Recertification options: https://aws.amazon.com/certification/recertification/

Credly, Inc.
"""
    html = credly_html('Hi Daniel,', 'Your badge is expiring soon. Complete the recertification requirements to keep it active.',
                       'AWS Certified Cloud Practitioner', CREDLY_AWS, 'View badge', url,
                       extra='<p style="text-align:center;color:#b00">Expires on August 14, 2025</p>')
    body = alt(tpart(plain), tpart(html, 'html'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr('Credly', 'admin@credly.com')), ('To', A_USER[1]),
        ('Subject', 'Reminder: your AWS Certified Cloud Practitioner badge expires in 60 days'),
        ('Message-ID', credly_msgid(when))]
    build('048-credly-badge-expiry-reminder.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], True), newtext=plain)

    # 049 Credly self-service account merge code
    when = T(2025, 7, 8, 10, 14, 55)
    tr, dk = credly_gmail(C_USER[1], when)
    code = '418275'
    plain = f"""Hi Nguyen Thi,

We received a request to merge another Credly account (nguyen.t.mai@fptcloud-partner.vn) into the Credly account that uses this email address.

Your verification code is: {code}

Enter this code on the merge page, or click the link below to complete the process:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={rhex(40)}

The code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
"""
    html = html_doc(txt2html(plain).replace('Complete Account Merge: ', '<a href="https://www.credly.com/users/merge/confirm" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Complete Account Merge</a> '))
    body = alt(tpart(plain, charset='us-ascii', cte='7bit'), tpart(html, 'html'))
    hdr = tr + dk + [
        ('Date', format_datetime(when)), ('From', enc_addr('Credly', 'admin@credly.com')), ('To', C_USER[1]),
        ('Subject', f'{code} is your Credly account merge code'), ('Message-ID', credly_msgid(when))]
    build('049-credly-self-service-account-merge-code.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], True), newtext=plain)

    # 050 Amazon Seller Central case about merging seller accounts (Filipino agent)
    when = T(2025, 9, 2, 4, 48, 13)
    rcpt = 'rosa@casadelgado-crafts.com'
    msgid = ses_msgid(when)
    rp = ses_return_path(msgid)[1:-1]
    ip = ses_ip()
    tr = gmail_generic(rcpt, when, rp, ip, ses_host(ip),
                       [('pass', 'amazon.com', 'rjqsu4lwshbmsm2ilzvzf6krstpe5lc2'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                       'pass', 'amazon.com', policy='QUARANTINE')
    new = """Hello from Amazon Selling Partner Support,

Thank you for reaching out and for your patience while we look into this.

I understand that you would like to merge your two seller accounts into one. Upon checking, please be advised that as per our policy we are unable to merge two Seller Central accounts, including the listings, reviews and sales history. Each account will be maintained separately.

What you can do is to close the account you are no longer using. For your reference, you may go to Settings > Account Info > Close account. Please take note that any remaining balance will be disbursed first before the closure.

Rest assured that we are here to help if you have further concerns.

We hope this information helps. Thank you for selling on Amazon.

Jerome M.
Amazon Selling Partner Support

Was this email helpful? Yes / No
"""
    body = alt(tpart(new), tpart(html_doc(txt2html(new)), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr('Amazon Seller Support', 'seller-notification@amazon.com')),
        ('To', rcpt), ('Subject', 'RE:[CASE 5884881212] Request to merge two seller accounts')] + ses_tail(when, msgid)
    build('050-seller-central-case-merge-seller-accounts.eml', body=body, headers=hdr,
          label=L('unrelated', '5884881212', [], True), newtext=new)

    # 051 AWS billing case, Russian agent (other AWS support case of a user in the set)
    b_open = T(2025, 6, 3, 19, 20, 5)
    bcid = cid15(b_open, 11482)
    when = T(2025, 6, 4, 8, 3, 29)
    tr, mid = aws_gmail(A_USER[1], when)
    new = f"""Hello Daniel,

Thank you for contacting with AWS Billing and Accounts support.

I have checked your account 4829 1736 5502 and see charges for NAT Gateway in region eu-west-1 for period from 1 till 31 May, total 38.42 USD. This resource was created 12 May and it is still running, so charges are correct from billing side.

As exception, I can offer one-time credit for this amount, but first, please, delete NAT Gateway and Elastic IP which is attached to it, and write me when it is done. After this I will apply credit, it will be visible in Billing console in 1-2 days.

Best regards,
Natalia K.
Amazon Web Services
"""
    full = new + '\n' + CONSOLE_FOOTER.format(cid=bcid, lang='en', masked=mask(A_USER[1])).split('Best regards,\nAmazon Web Services\n\n', 1)[1]
    body = alt(tpart(full), tpart(console_html(full), 'html'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', A_USER[1]),
        ('Subject', f"RE:[CASE {bcid}] Unexpected charges for NAT Gateway")] + ses_tail(when, mid)
    build('051-aws-billing-case-russian-agent-nat-charges.eml', body=body, headers=hdr,
          label=L('unrelated', bcid, [], True), newtext=new)

    # 052 Japanese console ack for a quota-increase case
    q_open = T(2025, 5, 20, 5, 40, 17)
    qcid = cid15(q_open, 70553)
    when = q_open + dt.timedelta(seconds=10)
    tr, mid = aws_jp(E_USER[1], when)
    new = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {qcid} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {qcid}
件名: クォータ引き上げリクエスト: Amazon EC2 オンデマンドインスタンス (ap-northeast-1)
重要度: 一般的なガイダンス

リクエストされた値: 256 vCPU
リージョン: アジアパシフィック (東京)

担当者より順次ご連絡いたします。ケースの状況確認や情報の追加は、AWS サポートセンターからいつでも行っていただけます。

https://console.aws.amazon.com/support/home#/case/?displayId={qcid}&language=ja

よろしくお願いいたします。
Amazon Web Services
"""
    body = alt(tpart(new, charset='iso-2022-jp', cte='7bit'), tpart(html_doc(txt2html(new), 'ja'), 'html', cte='base64'))
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr(*AWS_NOREPLY)), ('To', E_USER[1]),
        ('Subject', enc_subject(f"Amazon Web Services: 新しいサポートケースが作成されました: {qcid}", 'iso-2022-jp'))] + ses_tail(when, mid, 'ap-northeast-1')
    build('052-console-ja-quota-increase-case-created.eml', body=body, headers=hdr,
          label=L('unrelated', qcid, [], True, 'ja'), newtext=new)

    # 053 CertMetrics "wants to hear from you"
    when = T(2023, 3, 2, 17, 30, 0)
    mf = 'bounce-mc.us5_' + str(RNG.randint(10**7, 10**8)) + '@mail' + str(RNG.randint(10, 99)) + '.suw13.mcsv.net'
    ip = f"198.2.{RNG.randint(128, 191)}.{RNG.randint(1, 250)}"
    tr = gmail_generic(F_USER[1], when, 'do-not-reply@certmetrics.com', ip, f"mail{RNG.randint(10, 99)}.certmetrics.com",
                       [('pass', 'certmetrics.com', 'k1')], 'pass', 'certmetrics.com', policy='NONE')
    new = f"""Dear Tomasz Kowalczyk,

AWS Certification wants to hear from you!

You recently earned the AWS Certified Developer - Associate certification. Please take 5 minutes to tell us about your exam preparation and your experience on exam day. Your feedback helps AWS improve exams and training.

Candidate ID: AWS01175390
Survey link: https://www.certmetrics.com/amazon/survey.aspx?s=DVA-C02&c={rhex(32)}

Thank you,
AWS Certification

This email was sent by the AWS Certification Program via CertMetrics. Please do not reply to this message.
"""
    body = alt(tpart(new, charset='us-ascii', cte='7bit'), tpart(html_doc(txt2html(new)), 'html'))
    hdr = tr + [('DKIM-Signature', dkim('certmetrics.com', 'k1', when))] + [
        ('Date', format_datetime(when)), ('From', enc_addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', F_USER[1]), ('Subject', 'AWS Certification wants to hear from you'),
        ('Message-ID', f"<{ruuid()}@certmetrics.com>")]
    build('053-certmetrics-wants-to-hear-from-you.eml', body=body, headers=hdr,
          label=L('unrelated', None, ['AWS01175390'], False), newtext=new)



# ---------------------------------------------------------------- look-alikes, part 2
def lookalikes_2():
    # 054 Pearson VUE appointment confirmation, Japanese
    when = T(2025, 4, 20, 2, 5, 48)
    ip = f"159.182.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    helo = 'mail-out3.pearson.com'
    ar = ar_generic('mx.biglobe.ne.jp', ["spf=pass smtp.mailfrom=pearsonvueconfirmation@pearson.com",
                                         "dkim=pass header.d=pearson.com header.s=pvue2021",
                                         "dmarc=pass (p=reject dis=none) header.from=pearson.com"])
    tr = jp_trace(E_USER[1], when + dt.timedelta(seconds=3), ip, helo, 'pearsonvueconfirmation@pearson.com', ar, 'mx.biglobe.ne.jp')
    new = f"""佐藤 陽翔 様

ピアソン VUE にて試験のご予約をいただき、ありがとうございます。以下の内容でご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年5月24日(土) 13:30 JST
会場: ピアソン VUE 公認テストセンター 新宿 (東京都新宿区西新宿 1-23-7)
言語: 日本語
登録 ID: 512846093
AWS 候補者 ID: AWS09012384

当日は試験開始の 30 分前までにご来場ください。有効な身分証明書を 2 点ご持参いただく必要があります。
予約の変更・キャンセルは、試験日の 24 時間前まで AWS Certification アカウントから行うことができます。

ピアソン VUE
"""
    body = alt(tpart(new), tpart(html_doc(txt2html(new), 'ja'), 'html'))
    hdr = tr + [('DKIM-Signature', dkim('pearson.com', 'pvue2021', when))] + [
        ('Date', format_datetime(when)), ('From', enc_addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com')),
        ('To', E_USER[1]), ('Subject', enc_subject('【ピアソン VUE】試験予約確認 - AWS Certified Solutions Architect - Professional')),
        ('Message-ID', f"<{rhex(24)}.{RNG.randint(10**6, 10**7)}@pearson.com>")]
    build('054-pearson-vue-ja-appointment-confirmation.eml', body=body, headers=hdr,
          label=L('unrelated', None, ['AWS09012384'], False, 'ja'), newtext=new)

    # 055 AWS Builder ID verification code
    when = T(2025, 7, 2, 3, 31, 9)
    msgid = ses_msgid(when, 'us-west-2.amazonses.com')
    rp = ses_return_path(msgid)[1:-1]
    ip = ses_ip()
    tr = gmail_generic(C_USER[1], when, rp, ip, ses_host(ip),
                       [('pass', 'signin.aws', 'ibwfcrkgbmnh55tuvvoohcw5rhmi6edi'), ('pass', 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')],
                       'pass', 'signin.aws', policy='REJECT')
    new = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To confirm that this is your email address, enter the following verification code:

Verification code: 583920

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    body = alt(tpart(new, charset='us-ascii', cte='7bit'), tpart(html_doc(txt2html(new).replace('583920', '<span style="font-size:28px;font-weight:bold">583920</span>')), 'html'))
    hdr = tr + [('DKIM-Signature', dkim('signin.aws', 'ibwfcrkgbmnh55tuvvoohcw5rhmi6edi', when))] + [
        ('Date', format_datetime(when)), ('From', enc_addr('AWS', 'no-reply@signin.aws')), ('To', C_USER[1]),
        ('Subject', 'Verify your AWS Builder ID email address')] + ses_tail(when, msgid, 'us-west-2')
    build('055-aws-builder-id-verification-code.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], True), newtext=new)

    # 056 GitHub pull request merged
    when = T(2025, 2, 19, 12, 40, 33)
    ip = f"192.30.252.{RNG.randint(190, 210)}"
    tr = gmail_generic(F_USER[1], when, 'noreply@github.com', ip, f"out-{RNG.randint(10, 30)}.smtp.github.com",
                       [('pass', 'github.com', 'pf2023')], 'pass', 'github.com', policy='REJECT')
    new = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/cloudops-pl/terraform-aws-accounts/pull/87#event-16390251123
You are receiving this because you authored the thread.
"""
    html = html_doc('<p>Merged <a href="https://github.com/cloudops-pl/terraform-aws-accounts/pull/87">#87</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/cloudops-pl/terraform-aws-accounts/pull/87#event-16390251123">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    body = alt(tpart(new, charset='us-ascii', cte='7bit'), tpart(html, 'html', charset='us-ascii', cte='7bit'))
    hdr = tr + [('DKIM-Signature', dkim('github.com', 'pf2023', when))] + [
        ('Date', format_datetime(when)), ('From', enc_addr('Marta Nowak', 'notifications@github.com')),
        ('Reply-To', 'cloudops-pl/terraform-aws-accounts <reply+AB3XQK7' + rhex(20).upper() + '@reply.github.com>'),
        ('To', 'cloudops-pl/terraform-aws-accounts <terraform-aws-accounts@noreply.github.com>'),
        ('Cc', f'Tomasz Kowalczyk <{F_USER[1]}>, Author <author@noreply.github.com>'),
        ('Subject', 'Re: [cloudops-pl/terraform-aws-accounts] Merge legacy account module into core (PR #87)'),
        ('Message-ID', '<cloudops-pl/terraform-aws-accounts/pull/87/issue_event/16390251123@github.com>'),
        ('In-Reply-To', '<cloudops-pl/terraform-aws-accounts/pull/87@github.com>'),
        ('List-ID', 'cloudops-pl/terraform-aws-accounts <terraform-aws-accounts.cloudops-pl.github.com>'),
        ('X-GitHub-Reason', 'author')]
    build('056-github-pr-merged-notification.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], False), newtext=new)

    # 057 AWS Training and Certification newsletter that mentions merging accounts
    when = T(2025, 6, 12, 15, 3, 0)
    tr, mid = aws_gmail(A_USER[1], when)
    inner = """<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:20px">AWS Training and Certification &mdash; June 2025</td></tr>
<tr><td style="padding:18px">
<h2>New: AWS Certified AI Practitioner exam guide updated</h2>
<p>Prepare with the refreshed Exam Prep Plan on AWS Skill Builder, now with hands-on labs.</p>
<h2>Tip of the month: one profile for all your credentials</h2>
<p>Did you take exams with different email addresses over the years? Keeping all your certifications in a single AWS Certification account makes it easier to share them and to use your benefits. Learn how in our FAQ: <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a>.</p>
<h2>Events</h2>
<p>Join AWS re:Inforce 2025 in Philadelphia &mdash; Certified attendees get access to the Certification Lounge.</p>
</td></tr>
<tr><td style="padding:18px;font-size:11px;color:#777">You received this email because you subscribed to AWS Training and Certification communications.
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> | Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr>
</table>"""
    body = tpart(html_doc(inner), 'html', cte='quoted-printable')
    hdr = tr + ses_dkim_pair(when) + [
        ('Date', format_datetime(when)), ('From', enc_addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com')),
        ('To', A_USER[1]), ('Subject', 'What\'s new in AWS Training and Certification - June 2025'),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')] + ses_tail(when, mid)
    build('057-aws-tc-newsletter-mentions-single-profile.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], True), newtext=inner)

    # 058 phishing, not about the merge: account suspension from a look-alike domain
    when = T(2025, 11, 20, 22, 14, 3)
    ip = f"45.137.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    tr = gmail_generic(H_USER[1], when, 'billing@aws-billing-notice.com', ip, 'mail.aws-billing-notice.com',
                       [('pass', 'aws-billing-notice.com', 'default')], 'pass', 'aws-billing-notice.com', policy='NONE')
    new = """Dear Customer,

We were unable to validate the billing information for your Amazon Web Services account. As a result, your account is temporarily suspended and your running resources will be terminated within 24 hours.

To restore the access, please update your payment details immediately:
https://aws-billing-notice.com/console/billing/verify?ref=SUSP-20251120

Sincerely,
Amazon Web Services Billing Team
"""
    body = alt(tpart(new), tpart(html_doc(txt2html(new)), 'html'))
    hdr = tr + [('DKIM-Signature', dkim('aws-billing-notice.com', 'default', when))] + [
        ('Date', format_datetime(when)), ('From', enc_addr('Amazon Web Services', 'billing@aws-billing-notice.com')),
        ('To', H_USER[1]), ('Subject', 'Action Required: Your AWS account has been suspended'),
        ('Message-ID', f"<{rhex(20)}@aws-billing-notice.com>")]
    build('058-phishing-account-suspended-lookalike.eml', body=body, headers=hdr,
          label=L('unrelated', None, [], False), newtext=new)

    # 059 phishing that IS about the merge: look-alike domain asks to confirm
    when = T(2025, 8, 23, 3, 2, 17)
    ip = f"91.215.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    ar = ("spf=pass (sender IP is " + ip + ")\n smtp.mailfrom=aws-certmetrics-support.com; dkim=none (message not signed)\n"
          " header.d=none;dmarc=none action=none\n header.from=aws-certmetrics-support.com;compauth=fail reason=451")
    tr = outlook_trace(D_USER[1], when, ip, 'vps-' + str(RNG.randint(1000, 9999)) + '.hostlinecloud.net', ar, 'eurprd05')
    tr = [(k, v.replace('domain of amazonses.com', 'domain of aws-certmetrics-support.com')) for k, v in tr]
    new = f"""Dear Valued Candidate,

We are AWS Certification Team. We have receive request for merge your certification accounts:

    AWS08842015  --->  AWS02260391

For security reason, you must confirm this merge within 24 hour by login with your AWS Certification credential at below link. If not confirm, both accounts will be lock and your certifications will be revoke.

    CONFIRM MERGE NOW: https://aws-certmetrics-support.com/merge/confirm?id=MRG-884120

Request ref: MRG-884120

Thank you for your kindly cooperation and we’re sorry for any inconvenience.
AWS Training & Certification Support ®
"""
    html = html_doc(txt2html(new).replace('CONFIRM MERGE NOW: https://aws-certmetrics-support.com/merge/confirm?id=MRG-884120',
                                          '<a href="https://aws-certmetrics-support.com/merge/confirm?id=MRG-884120" style="background:#ff9900;color:#000;padding:10px 18px">CONFIRM MERGE NOW</a>'))
    body = alt(tpart(new, label='windows-1252', charset='utf-8'), tpart(html, 'html'))
    hdr = tr + [
        ('Date', format_datetime(when)), ('From', enc_addr('AWS Certification', 'no-reply@aws-certmetrics-support.com')),
        ('To', D_USER[1]), ('Subject', 'Urgent: confirm merge of your AWS Certification accounts'),
        ('Message-ID', f"<{RNG.randint(10**9, 10**10)}.{rhex(8)}@vps.hostlinecloud.net>"), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    build('059-phishing-confirm-merge-lookalike-domain.eml', body=body, headers=hdr,
          label=L('merge_confirmation_requested', None, ['AWS08842015', 'AWS02260391'], False), newtext=new)

    # 060 spoofed amazon.com "merge complete"; top Gmail A-R dmarc=fail, forged pass header lower down
    when = T(2025, 7, 5, 9, 48, 30)
    ip = f"103.152.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}"
    mf = 'notice@mx-awscert.top'
    ar_top = ar_gmail('pass', mf, ip, [], 'fail', 'amazon.com', policy='QUARANTINE')
    ar_top = ar_top.replace('mx.google.com;\n       spf=', 'mx.google.com;\n       dkim=none;\n       spf=')
    tr = gmail_trace(C_USER[1], when + dt.timedelta(seconds=2), ip, 'mail.mx-awscert.top', mf, ar_top)
    forged = ("amazon.com;\n       dkim=pass header.i=@amazon.com header.s=rjqsu4lwshbmsm2ilzvzf6krstpe5lc2;\n"
              "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")
    tr += [('Received', f"from [10.8.0.14] (unknown [{ip}])\n\tby mail.mx-awscert.top (Postfix) with ESMTPA id 8F2A1C0{rhex(3).upper()}\n\tfor <{C_USER[1]}>; {format_datetime(when)}"),
           ('Authentication-Results', forged)]
    new = f"""Hello,

Your AWS Certification accounts merge is completed successfuly.

Merged account: AWS {C_OLD1[3:]}
Primary account: AWS {C_KEEP[3:]}

To keep your Credly badges and your 50% exam voucher active, you must re-validate your login within 48 hours here:
https://aws-certification-merge.mx-awscert.top/validate

If you not validate, the merged certifications will be removed from your primary account.

Best regards,
Amazon Web Services Training and Certification
"""
    body = tpart(html_doc(txt2html(new)), 'html', cte='base64')
    hdr = tr + [
        ('Date', format_datetime(when)), ('From', enc_addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')),
        ('To', C_USER[1]), ('Subject', 'Your accounts merge is completed - action needed'),
        ('Message-ID', f"<{rhex(16)}@mx-awscert.top>")]
    build('060-spoofed-amazon-merge-completed-dmarc-fail.eml', body=body, headers=hdr,
          label=L('merge_completed', None, [C_OLD1, C_KEEP], False), newtext=new)


# ====================================================================== main
def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            raw = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'us-ascii'
            for c in (cs, 'cp932' if 'jis' in cs.lower() else 'utf-8', 'latin-1'):
                try:
                    out.append(raw.decode(c))
                    break
                except (UnicodeDecodeError, LookupError):
                    continue
    return '\n'.join(out)


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in STORIES:
        fn()
    import email
    names = set()
    problems = []
    for fname, data in MAILS:
        assert fname not in names, fname
        names.add(fname)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        msg = email.message_from_bytes(data)
        if msg.defects:
            problems.append((fname, 'defects', msg.defects))
        text = decoded_text(msg)
        subj = str(msg['Subject'])
        lab = LABELS[fname]
        norm = set('AWS' + m for m in ID_RE.findall(text))
        for i in lab['account_ids']:
            if i not in norm:
                problems.append((fname, 'id not in text', i))
        auto = sorted(set('AWS' + m for m in ID_RE.findall(NEWTEXT[fname])))
        if auto != lab['account_ids']:
            problems.append((fname, 'new-text ids differ', auto, lab['account_ids']))
        if lab['case_id'] and lab['case_id'] not in text + subj:
            # subject may be encoded
            from email.header import decode_header, make_header
            ds = str(make_header(decode_header(msg['Subject'])))
            if lab['case_id'] not in ds.replace(' ', ''):
                problems.append((fname, 'case id missing', lab['case_id']))
        if lab['sender_verified'] is None and msg['Authentication-Results']:
            problems.append((fname, 'null but has A-R'))
        if lab['sender_verified'] is not None and not msg['Authentication-Results']:
            problems.append((fname, 'non-null but no A-R'))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), 'mails', Counter(l['kind'] for l in LABELS.values()))
    for p in problems:
        print('PROBLEM', p)


STORIES = [story_a, story_b, story_c, story_d, story_e, story_f, story_g, story_h, story_i, story_j, credly_extra, lookalikes_1, lookalikes_2]

if __name__ == '__main__':
    main()
