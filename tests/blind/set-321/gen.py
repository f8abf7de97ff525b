#!/usr/bin/env python3
"""Generator for blind set 321: AWS Certification account-merge mailbox (acknowledgements
and the middle of the case).  Writes NNN-*.eml and labels.json into this folder."""
import base64
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.generator import BytesGenerator
from email import policy
from email.utils import formataddr
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(321)
LABELS = {}
MAILS = []          # (fname, Message, linesep)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc


# ----------------------------------------------------------------- small utilities
def T(s, tz=UTC):
    """'2025-05-27 14:18:22' in tz -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(dt, suffix):
    return '%d%05d' % (int(dt.timestamp()), suffix)


def rfcdate(dt, tz=UTC, zone_comment=None):
    d = dt.astimezone(tz)
    s = d.strftime('%a, %d %b %Y %H:%M:%S ') + d.strftime('%z')
    if zone_comment:
        s += ' (%s)' % zone_comment
    return s


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n, upper=False):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if upper else \
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def uuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mid(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return '<%s%012x-%s-000000@email.amazonses.com>' % (region, ms, uuid())


def ses_from(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return '%s%012x-%s-000000@amazonses.com' % (region, ms, uuid())


def fold_b(prefix, blob, width=70, indent='\t '):
    """prefix + blob folded across lines"""
    out = prefix
    line_len = len(prefix)
    chunks = []
    first = width - line_len
    chunks.append(blob[:first])
    rest = blob[first:]
    while rest:
        chunks.append(rest[:width])
        rest = rest[width:]
    return prefix + ('\n' + indent).join(chunks)


def ew(s, cs='utf-8', enc='B', maxbytes=42, codec=None):
    """Hand-made RFC 2047 encoded words, folded; each chunk self-contained."""
    codec = codec or cs
    words = []
    chunk = ''
    for ch in s:
        trial = chunk + ch
        if len(trial.encode(codec)) > maxbytes and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(codec)
        if enc.upper() == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''
            for byte in b:
                c = chr(byte)
                if c == ' ':
                    q += '_'
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += '=%02X' % byte
            out.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(out)


def addr(name, a, cs=None, enc='B'):
    if cs:
        return '%s <%s>' % (ew(name, cs, enc), a)
    return formataddr((name, a))


# ----------------------------------------------------------------- MIME parts
def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None,
          codec=None, ct_extra='', quote_cs=True, crlf_b64=True):
    """A text/* leaf. cs: charset used to encode; label: charset written in the
    header (defaults to cs; differs for a mislabelled part)."""
    m = Message()
    codec = codec or cs
    label = label or cs
    csv = '"%s"' % label if quote_cs else label
    m['Content-Type'] = 'text/%s; charset=%s%s' % (sub, csv, ct_extra)
    m['Content-Transfer-Encoding'] = cte
    data = text.encode(codec)
    if cte == 'base64':
        if crlf_b64:
            data = text.replace('\n', '\r\n').encode(codec)
        m.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(data).decode('ascii'))
    elif cte == '7bit':
        m.set_payload(data.decode('ascii'))
    else:  # 8bit: keep raw bytes through surrogateescape
        m.set_payload(data.decode('ascii', 'surrogateescape'))
    return m


def multi(sub, parts, boundary=None):
    m = Message()
    boundary = boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999),
                                                     R.randint(10**8, 10**9),
                                                     R.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (sub, boundary)
    m.set_payload(parts)
    return m


def assemble(hdrs, body):
    top = Message()
    for n, v in hdrs:
        top[n] = v
    if 'MIME-Version' not in top:
        top['MIME-Version'] = '1.0'
    for n, v in body.items():
        top[n] = v
    top._payload = body._payload
    return top


# ----------------------------------------------------------------- trace / auth headers
SES_IPS = ['54.240.8.24', '54.240.8.31', '54.240.8.77', '54.240.9.40', '54.240.48.92',
           '54.240.13.61', '54.240.27.18', '54.240.48.114']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_amazon(dt, d='amazon.com', s='rjt5ugl4eu5xavefozczwfixdaqfgu3q'):
    t = int(dt.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n'
            '\tbh=%s=;\n' % (s, d, t, rb64(43)) +
            fold_b('\tb=', rb64(342) + '=', 68, '\t'))


def dkim_ses(dt):
    t = int(dt.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n'
            '\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID;\n'
            '\tbh=%s=;\n' % (t, rb64(43)) +
            fold_b('\tb=', rb64(342) + '=', 68, '\t'))


def gmail_headers(to, dt, mailfrom, ip, helo, dkim_d=('amazon.com', 'amazonses.com'),
                  dmarc='pass', header_from='amazon.com', policy_='QUARANTINE',
                  spf='pass', arc=True, dkim_res='pass'):
    """Headers Gmail adds on top. Returns list of (name, value)."""
    rcv = dt + timedelta(seconds=R.randint(1, 4))
    pst = timezone(timedelta(hours=-7))
    sid = rhex(4)
    hdrs = [('Delivered-To', to),
            ('Received', 'by 2002:a05:6a10:%s:b0:5d2:%s:%s with SMTP id %s;\n'
             '        %s' % (rhex(4), rhex(3), rhex(4), ralnum(10).lower(),
                             rfcdate(rcv, pst, 'PDT'))),
            ('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)),
            ('X-Received', 'by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n'
             '        %s' % (rhex(4), rhex(3), rhex(4), ralnum(25).lower(), R.randint(1, 99),
                             int(rcv.timestamp()), rfcdate(rcv, pst, 'PDT')))]
    dk = []
    for d in dkim_d:
        sel = {'amazon.com': 'rjt5ugl4eu5xavefozczwfixdaqfgu3q',
               'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'}.get(d, 's1')
        dk.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim_res if d == dkim_d[0] else 'pass', d, sel, rb64(8)))
    spf_c = ('designates %s as permitted sender' % ip) if spf == 'pass' else \
        ('does not designate %s as permitted sender' % ip)
    dis = 'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy_ == 'QUARANTINE' else 'NONE')
    ar = ('mx.google.com;\n       ' + ';\n       '.join(dk) +
          (';\n       ' if dk else '') +
          'spf=%s (google.com: domain of %s %s)'
          ' smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
          % (spf, mailfrom if spf == 'pass' else 'transitioning ' + mailfrom, spf_c, mailfrom, dmarc,
             policy_, policy_, dis, header_from))
    if arc:
        hdrs += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n' % int(rcv.timestamp()) +
                  fold_b('        b=', rb64(340) + '==', 62, '        ')),
                 ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                  '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
                  '         :dkim-signature:dkim-signature;\n        bh=%s=;\n' % rb64(43) +
                  '        fh=%s=;\n' % rb64(43) +
                  fold_b('        b=', rb64(340) + '==', 62, '        ')),
                 ('ARC-Authentication-Results', 'i=1; ' + ar)]
    hdrs += [('Return-Path', '<%s>' % mailfrom),
             ('Received', 'from %s (%s. [%s])\n'
              '        by mx.google.com with ESMTPS id %s-%s.%d.%d.%s\n'
              '        for <%s>\n'
              '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
              '        %s' % (helo, helo, ip, rhex(12), ralnum(12).lower(), R.randint(10, 99),
                              int(rcv.timestamp()) % 100000, rhex(6), to, rfcdate(rcv, pst, 'PDT'))),
             ('Received-SPF', '%s (google.com: domain of %s %s) client-ip=%s;'
              % (spf, mailfrom, spf_c, ip)),
             ('Authentication-Results', ar)]
    return hdrs


def outlook_headers(to, dt, mailfrom_domain, ip, helo, dkim_d=('amazon.com', 'amazonses.com'),
                    dmarc='pass', header_from='amazon.com', consumer=False, compauth='pass reason=100',
                    spf='pass'):
    rcv = dt + timedelta(seconds=R.randint(1, 6))
    fe = 'BN8NAM12FT%03d' % R.randint(1, 120)
    be = 'SA1PR%02dMB%04d' % (R.randint(10, 19), R.randint(1000, 9999))
    dk = ''.join('dkim=pass (signature was verified)\n header.d=%s;' % d for d in dkim_d)
    if not dkim_d:
        dk = 'dkim=none (message not signed)\n header.d=none;'
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s'
          % (spf, ip, mailfrom_domain, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine',
             header_from, compauth))
    dom = 'outlook.com' if consumer else 'prod.outlook.com'
    hdrs = [('Received', 'from %s (2603:10b6:806:%s::%d) by\n %s.namprd%02d.%s (2603:10b6:806:%s::%d) with\n'
             ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s'
             % (be.replace('MB', 'CA'), rhex(3), R.randint(1, 99), be, R.randint(1, 20), dom, rhex(3),
                R.randint(1, 99), R.randint(10, 40), rfcdate(rcv))),
            ('Received', 'from %s.eop-nam12.prod.protection.outlook.com\n (2603:10b6:806:%s:cafe::%s) by %s.outlook.office365.com\n'
             ' (2603:10b6:806:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n'
             ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend Transport; %s'
             % (fe, rhex(3), rhex(2), be.replace('MB', 'CA'), rhex(3), R.randint(1, 99),
                R.randint(10, 40), rfcdate(rcv))),
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n'
             ' client-ip=%s; helo=%s; pr=C' % (spf.capitalize(), mailfrom_domain, ip, ip, helo)),
            ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\n'
             ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via\n Frontend Transport; %s'
             % (helo, ip, fe, R.randint(1, 250), R.randint(1, 250), R.randint(10, 40), rfcdate(rcv)))]
    return hdrs


def jp_headers(to, dt, authserv, mailfrom, ip, helo, mx, dkim_d='amazon.com', dmarc='pass',
               header_from='amazon.com', spf='pass', dkim='pass'):
    rcv = dt + timedelta(seconds=R.randint(1, 8))
    dk = ('dkim=%s header.d=%s header.s=%s' % (dkim, dkim_d, 'rjt5ugl4eu5xavefozczwfixdaqfgu3q'
                                                 if dkim_d == 'amazon.com' else 's1')) if dkim != 'none' else 'dkim=none'
    ar = ('%s; spf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s'
          % (authserv, spf, mailfrom, dk, dmarc, header_from))
    return [('Return-Path', '<%s>' % mailfrom),
            ('Delivered-To', to),
            ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
             % (mx, mx, ralnum(11, True), to, rfcdate(rcv, JST, 'JST'))),
            ('Authentication-Results', ar),
            ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (helo, helo, ip, mx, ralnum(11, True), to, rfcdate(rcv, JST, 'JST')))]


def ses_headers(dt, ip, region='us-east-1'):
    """headers SES itself adds (below the provider's headers)"""
    return [('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip)),
            ('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43)))]


def add(fname, msg, label, linesep='\n'):
    assert fname not in LABELS, fname
    for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language'):
        assert k in label, (fname, k)
    label['account_ids'] = sorted(set(label['account_ids']))
    LABELS[fname] = label
    MAILS.append((fname, msg, linesep))


def L(kind, case_id, ids, sv, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': list(ids),
            'sender_verified': sv, 'language': lang}


# ----------------------------------------------------------------- HTML helpers
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_html(text):
    out = []
    for p in text.strip('\n').split('\n\n'):
        out.append('<p>' + esc(p).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def aws_html(inner, title='Amazon Web Services', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
            '<style type="text/css">body{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;color:#16191f}'
            ' .wrap{max-width:640px;margin:0 auto} td{font-size:14px;line-height:20px}</style>\n</head>\n'
            '<body>\n<table class="wrap" width="100%%" cellpadding="0" cellspacing="0" border="0" role="presentation">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png"'
            ' alt="Amazon Web Services" width="80" height="48"></td></tr>\n<tr><td style="padding:24px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.'
            ' This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.'
            '</td></tr>\n</table>\n</body>\n</html>\n' % (lang, esc(title), inner))


# ================================================================= THE MAILS
# Thread data (kept consistent across mails)
GM = 'daniel.okafor@gmail.com'                       # T1 form case, EN, Gmail
T1_OPEN = T('2025-05-27 14:18:22')
T1_CASE = case15(T1_OPEN, 40417)
T1_OLD, T1_NEW = 'AWS04418273', 'AWS11930562'

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
PST = timezone(timedelta(hours=-7), 'PDT')


def aws_hdrs(provider, to, dt, frm, subject, region='0100', extra=(), pkw=None, ip=None,
             dkim=True, reply_to=None):
    pkw = pkw or {}
    ip = ip or R.choice(SES_IPS)
    helo = ses_host(ip)
    mf = ses_from(dt, region)
    if provider == 'gmail':
        h = gmail_headers(to, dt, mf, ip, helo, **pkw)
    elif provider == 'outlook':
        h = outlook_headers(to, dt, 'amazonses.com', ip, helo, **pkw)
    elif provider in ('biglobe', 'nifty', 'sakura', 'so-net', 'ocn'):
        serv = {'biglobe': ('biglobe.ne.jp', 'mx-in.biglobe.ne.jp'),
                'nifty': ('mx.nifty.com', 'mta-in03.mail.nifty.com'),
                'sakura': ('www3917.sakura.ne.jp', 'www3917.sakura.ne.jp'),
                'so-net': ('mwmx.so-net.ne.jp', 'mwmx12.so-net.ne.jp'),
                'ocn': ('ocn.ad.jp', 'mfilter-in02.ocn.ad.jp')}[provider]
        h = jp_headers(to, dt, serv[0], mf, ip, helo, serv[1], **pkw)
    else:
        h = list(provider or [])
    if dkim:
        h += [('DKIM-Signature', dkim_amazon(dt)), ('DKIM-Signature', dkim_ses(dt))]
    h += [('Date', rfcdate(dt)), ('From', frm)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to), ('Message-ID', ses_mid(dt, region)), ('Subject', subject),
          ('MIME-Version', '1.0')]
    h += list(extra)
    h += ses_headers(dt, ip, {'0100': 'us-east-1', '0101': 'eu-west-1', '0106': 'ap-northeast-1'}.get(region, 'us-east-1'))
    return h


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ---------------------------------------------------------------- T1: Daniel, form desk
T1_FORM = """Full name: Daniel Okafor
Email: daniel.okafor@gmail.com
Country: United Kingdom
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS11930562
Description: Hello, I have two certification accounts. I passed Cloud Practitioner in 2021 with my university email (candidate ID AWS04418273) and recently passed Solutions Architect Associate under AWS11930562. I would like everything under one account please, the second one (AWS11930562) is the one I use now."""


def m001():
    dt = T1_OPEN + timedelta(seconds=41)
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE
    text = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request
and created case %s. A member of our Customer Support team will review it and
get back to you, usually within 24 hours.

To add information to this request, simply reply to this email and keep the case
number in the subject line. Please do not submit a new form for the same request;
duplicate cases can delay our response.

A copy of your submission is included below for your records.

--- Your submission ---
%s
-----------------------

Kind regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (T1_CASE, T1_FORM)
    inner = ('<p style="font-size:16px"><b>We received your request</b></p>\n' +
             paras_html(text.split('Kind regards')[0].split('--- Your submission')[0]) +
             '<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">\n' +
             ''.join('<tr><td style="color:#545b64">%s</td><td>%s</td></tr>\n' % tuple(esc(x.strip()) for x in l.split(':', 1))
                     for l in T1_FORM.split('\n')) +
             '</table>\n<p>Kind regards,<br>AWS Training and Certification Customer Support</p>')
    body = multi('alternative', [tpart(text), tpart(aws_html(inner), 'html')])
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('001-form-ack-received-request.eml', assemble(h, body),
        L('case_created', T1_CASE, [T1_OLD, T1_NEW], True))


def m002():
    dt = T('2025-05-28 09:47:12')
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE
    new = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification, my name is Miguel and I
will be assisting you today.

I was able to locate the candidate profile AWS11930562 registered to
daniel.okafor@gmail.com. However, I could not find a second profile under your name
with the details provided in the form.

So that I can identify the other profile correctly, could you please reply with:

1. The email address you used to sign in to the older account (the one used for your
   2021 exam), and
2. The notification email address on that account, if it was different.

As soon as I have this information I will be happy to continue with your request.

Regards,
Miguel R.
AWS Training and Certification Customer Support
"""
    orig = """

---------- Original Message ----------
From: Daniel Okafor <daniel.okafor@gmail.com>
Sent: 5/27/2025 2:18 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

%s
""" % T1_FORM
    text = new + orig
    html = aws_html(paras_html(new) + '<div style="color:#545b64;border-top:1px solid #ccc;margin-top:16px;padding-top:8px">' +
                    paras_html(orig) + '</div>')
    body = multi('alternative', [tpart(text, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable')])
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('002-form-first-reply-asks-login-email.eml', assemble(h, body),
        L('support_reply', T1_CASE, [T1_NEW], True))


T1_AGENT2_DT = T('2025-05-29 08:02:40')


def m003():
    dt = T1_AGENT2_DT
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE
    user = """Hi Miguel,

Thanks for getting back to me. The old account used my university address
d.okafor@live.uwe.ac.uk, I think the notification email was the same.

Best,
Daniel"""
    prev = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification, my name is Miguel and I
will be assisting you today.

I was able to locate the candidate profile AWS11930562 registered to
daniel.okafor@gmail.com. However, I could not find a second profile under your name
with the details provided in the form.
[...]
Regards,
Miguel R."""
    new = """Hello Daniel,

Thanks for the details. I found both profiles and they can be combined. Before our
team makes the change, please review the summary below carefully:

  Account that will remain (primary):
    Candidate ID: AWS11930562
    Login email: daniel.okafor@gmail.com

  Account that will be merged into the primary and then closed:
    Candidate ID: AWS04418273
    Login email: d.okafor@live.uwe.ac.uk

All certifications, exam history and benefits from AWS04418273 will be moved to
AWS11930562. Please be aware that this action is permanent and cannot be reversed
afterwards.

If the information above is correct, please reply to this email stating that you
agree with the merge. We will not make any changes until we receive your reply.

Regards,
Miguel R.
AWS Training and Certification Customer Support
"""
    text = (new + '\nOn Wed, May 28, 2025 at 11:31 PM Daniel Okafor <daniel.okafor@gmail.com> wrote:\n' +
            quote(user + '\n\nOn Wed, May 28, 2025 at 10:47 AM Amazon Web Services\n'
                  '<aws-cs-trainingcertification-form@amazon.com> wrote:\n' + quote(prev)) + '\n')
    html = aws_html(paras_html(new).replace('  ', '&nbsp;&nbsp;') +
                    '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
                    paras_html(user) + '<blockquote>' + paras_html(prev) + '</blockquote></blockquote>')
    body = multi('alternative', [tpart(text), tpart(html, 'html')])
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('003-form-asks-confirm-primary-account.eml', assemble(h, body),
        L('merge_confirmation_requested', T1_CASE, [T1_OLD, T1_NEW], True))


def m004():
    dt = T('2025-05-29 17:26:05')
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE
    new = """Hi Daniel,

Thank you for confirming. I have now passed your request to the team that performs
account consolidations, and they will proceed with it.

Once the merge is complete you will receive a separate email from us, and your
certifications will show under AWS11930562 when you sign in to the certification
portal. It can take up to 3 business days, although it's usually quicker.

There's nothing else you need to do in the meantime.

Kind regards,
Miguel R.
AWS Training and Certification Customer Support
"""
    hist = """On Thu, May 29, 2025 at 9:12 AM Daniel Okafor <daniel.okafor@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> Daniel
>
> On Thu, May 29, 2025 at 9:02 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Account that will remain (primary):
> >   Candidate ID: AWS11930562
> > Account that will be merged into the primary and then closed:
> >   Candidate ID: AWS04418273
> > [...]
> > If the information above is correct, please reply to this email stating that you
> > agree with the merge.
"""
    text = new + '\n' + hist
    body = tpart(text, cte='quoted-printable', quote_cs=False, label='UTF-8')
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('004-form-thanks-for-confirming-will-proceed.eml', assemble(h, body),
        L('support_reply', T1_CASE, [T1_NEW], True))

# ---------------------------------------------------------------- T3: Sato, JA form desk
T3_TO = 'ken-sato@mve.biglobe.ne.jp'
T3_OPEN = T('2025-06-10 09:52:37', JST)
T3_CASE = case15(T3_OPEN, 3126)
T3_OLD, T3_NEW = 'AWS07715024', 'AWS13380967'
T3_FORM = """氏名: 佐藤 健一
メールアドレス: ken-sato@mve.biglobe.ne.jp
国: 日本
お問い合わせの種類: AWS Training and Certification
カテゴリ: Certification
詳細: Account Merge
AWS candidate ID: AWS13380967
内容: 認定アカウントが2つあります。以前の勤務先のメールアドレスで作成したアカウント（AWS07715024）と、現在使用しているアカウント（AWS13380967）を1つにまとめたいです。よろしくお願いいたします。"""


def m005():
    dt = T3_OPEN + timedelta(seconds=58)
    subj = ew('【受付完了】AWS トレーニングと認定へのお問い合わせ', 'UTF-8', 'B', 36) + '\n [CASE %s]' % T3_CASE
    text = """佐藤 健一 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
お問い合わせはケース番号 %s として登録されました。

担当者が内容を確認のうえ、通常 24 時間以内（土日祝日を除く）にご連絡いたします。
お問い合わせが集中している場合、ご回答までにお時間をいただくことがございます。

追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同一内容で新たにフォームを送信されますと、別のケースとして登録され、
ご回答が遅れる原因となりますのでご注意ください。

――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
――――――――――――――――――――
本メールは送信専用アドレスではありません。本メールへのご返信はケースに追加されます。
""" % T3_CASE
    html = aws_html(paras_html(text), 'お問い合わせを受け付けました', 'ja')
    body = multi('alternative', [tpart(text, cte='base64', quote_cs=False, label='UTF-8'),
                                 tpart(html, 'html', cte='base64', quote_cs=False, label='UTF-8')])
    h = aws_hdrs('biglobe', T3_TO, dt.astimezone(UTC), FORM, subj)
    add('005-ja-form-ack-uketsuke.eml', assemble(h, body),
        L('case_created', T3_CASE, [], True, 'ja'))


def m006():
    dt = T('2025-06-11 10:31:09', JST)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3_CASE
    text = """佐藤 健一 様

AWS トレーニングと認定カスタマーサポートの高橋でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お申し出いただいた 2 つの認定アカウント（AWS07715024 および AWS13380967）の
統合について、手続きを進めるにあたり、恐れ入りますが以下の情報をご提供いただけ
ますでしょうか。

　1. 各アカウントにサインインする際のメールアドレス
　2. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）
　3. 統合後に残すアカウント（統合先）としてご希望のアカウント

特に AWS07715024 につきましては、以前のご勤務先のメールアドレスが登録されている
とのことですので、現在そのアドレスでメールを受信できるかどうかも併せてお知らせ
いただけますと幸いです。

お手数をおかけいたしますが、本メールにご返信いただきますようお願い申し上げます。

何卒よろしくお願いいたします。

高橋 美咲
AWS トレーニングと認定 カスタマーサポート

---------- Original Message ----------
From: 佐藤 健一 <ken-sato@mve.biglobe.ne.jp>
Sent: 2025/06/10 9:52
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

%s
""" % T3_FORM
    body = tpart(text, cs='iso-2022-jp', cte='7bit', quote_cs=False, label='ISO-2022-JP')
    h = aws_hdrs('biglobe', T3_TO, dt.astimezone(UTC), FORM, subj)
    add('006-ja-form-first-reply-asks-emails-and-primary.eml', assemble(h, body),
        L('support_reply', T3_CASE, [T3_OLD, T3_NEW], True, 'ja'))


def m007():
    dt = T('2025-06-12 11:05:44', JST)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3_CASE
    new = """佐藤 健一 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの高橋です。
ご回答いただき、ありがとうございました。

いただいた情報をもとに両アカウントを確認いたしました。統合の手続きは以下の内容で
実施いたします。

　■ 統合先（統合後も存続するアカウント）
　　候補者 ID：AWS13380967
　　サインイン用メールアドレス：ken-sato@mve.biglobe.ne.jp

　■ 統合元（統合後に無効となるアカウント）
　　候補者 ID：AWS 07715024
　　サインイン用メールアドレス：k.sato@tachibana-denki.co.jp

統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。
なお、統合は一度実施すると元に戻すことができませんので、ご注意ください。

上記の内容でよろしければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認いたしましたら、手続きを開始いたします。

何卒よろしくお願い申し上げます。

高橋 美咲
AWS トレーニングと認定 カスタマーサポート
"""
    user = """高橋様

ご連絡ありがとうございます。

1. AWS07715024：k.sato@tachibana-denki.co.jp（現在は受信できません）
   AWS13380967：ken-sato@mve.biglobe.ne.jp
2. 通知先も同じです。
3. AWS13380967 を残したいです。

よろしくお願いいたします。
佐藤"""
    text = new + '\n2025年6月11日(水) 21:14 佐藤 健一 <ken-sato@mve.biglobe.ne.jp>:\n' + quote(user) + '\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:\'Meiryo\',sans-serif;font-size:14px">' + paras_html(new).replace('　', '&#12288;') +
            '</div><div>2025年6月11日(水) 21:14 佐藤 健一 &lt;ken-sato@mve.biglobe.ne.jp&gt;:<br>'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + paras_html(user) +
            '</blockquote></div></body></html>\n')
    body = multi('alternative', [tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False),
                                 tpart(html, 'html', cte='quoted-printable')])
    h = aws_hdrs('biglobe', T3_TO, dt.astimezone(UTC), FORM, subj)
    add('007-ja-form-kakunin-irai-merge.eml', assemble(h, body),
        L('merge_confirmation_requested', T3_CASE, [T3_OLD, T3_NEW], True, 'ja'))


def m008():
    dt = T('2025-06-13 14:22:18', JST)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3_CASE
    text = """佐藤 健一 様

AWS トレーニングと認定カスタマーサポートの高橋です。
ご確認のご連絡をいただき、誠にありがとうございます。

お客様のご承諾をいただきましたので、担当部署へ手続きを依頼いたしました。
作業完了までは通常２～３営業日ほどお時間を頂戴しております。

①作業が完了しましたら、改めて本ケースにてご連絡いたします。
②完了のご連絡後、AWS13380967 で認定ポータルにサインインし、認定資格が
　表示されていることをご確認ください。

それまでの間、お客様にて行っていただく操作はございません。
今しばらくお待ちくださいますよう、お願い申し上げます。

高橋 美咲
AWS トレーニングと認定 カスタマーサポート

2025年6月12日(木) 22:40 佐藤 健一 <ken-sato@mve.biglobe.ne.jp>:
> 高橋様
>
> ご確認ありがとうございます。内容に相違ありません。統合を進めてください。
>
> 佐藤
>
> 2025年6月12日(木) 11:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ■ 統合先（統合後も存続するアカウント）
> > 　候補者 ID：AWS13380967
> > ■ 統合元（統合後に無効となるアカウント）
> > 　候補者 ID：AWS 07715024
"""
    # encoded as cp932 (①, ～) but labelled Shift_JIS, as Windows-based senders do
    body = tpart(text, cs='shift_jis', codec='cp932', cte='8bit', label='Shift_JIS', quote_cs=False)
    h = aws_hdrs('biglobe', T3_TO, dt.astimezone(UTC), FORM, subj)
    add('008-ja-form-shouchi-tehai-chu.eml', assemble(h, body),
        L('support_reply', T3_CASE, [T3_NEW], True, 'ja'))


# ---------------------------------------------------------------- T2: Marta, console case, 11 digits (2023)
T2_TO = 'marta.kowalczyk@northwind-eng.pl'
T2_CASE = '13294470651'
T2_A, T2_B = 'AWS00917355', 'AWS20368841'
T2_SUBJ = 'Merge two AWS Certification accounts'


def console_footer(case, lang='en'):
    return """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{name}
Amazon Web Services
===================================================================
To see all the correspondences and reply, please visit: https://console.aws.amazon.com/support/home?#/case/?displayId={case}&language={lang}

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center/?nc1=f_dr

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
===================================================================
Amazon Web Services, Inc. and affiliates. All rights reserved. This e-mail and any attachments may contain confidential and privileged information. If you are not the intended recipient, please notify the sender immediately by return e-mail, delete this e-mail and destroy any copies. Any dissemination or use of this information by a person other than the intended recipient is unauthorized and may be illegal.
""".replace('{case}', case).replace('{lang}', lang)


def m009():
    dt = T('2023-08-14 07:36:52')
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % T2_CASE
    corr = ('Hello, I have two certification accounts, AWS00917355 (old, created with my previous employer) '
            'and AWS20368841 (current). Could you please merge them so all my certifications are in one place? '
            'Thank you, Marta Kowalczyk')
    inner = """<p>Dear AWS Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="3" cellspacing="0" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>%s</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>%s</td></tr>
</table>
<p>We will respond to your case as soon as possible. You can view and update the case from the AWS Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.</p>""" % (
        T2_CASE, T2_CASE, T2_SUBJ, esc(corr), T2_CASE, T2_CASE)
    body = tpart(aws_html(inner, 'Amazon Web Services Support'), 'html', cte='base64', quote_cs=False, label='UTF-8')
    h = aws_hdrs('outlook', T2_TO, dt, CONSOLE, subj,
                 extra=[('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
                        ('X-MS-Exchange-Organization-SCL', '1')])
    add('009-console-ack-html-only-11digit.eml', assemble(h, body),
        L('case_created', T2_CASE, [T2_A, T2_B], True))


def m010():
    dt = T('2023-08-15 03:12:30')
    subj = 'RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ)
    new = """Hello Marta,

Thank you for contacting AWS Support. I understand you want to consolidate your two AWS Certification accounts, and I am glad to help with this.

I can see both profiles, AWS 00917355 and aws20368841. Before I pass this to the team that handles merges, I need to know which account you would like to keep as your primary account. The account you keep will be the one you sign in with going forward; the other account will be deactivated after its history is moved across.

Please also confirm the email address you would like to use for sign-in on the account you keep.

You can reply directly from the Support Center using the link below.
"""
    text = new + console_footer(T2_CASE).replace('{name}', 'Nikhil S.')
    html = aws_html(paras_html(text))
    body = multi('alternative', [tpart(text, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable')])
    h = aws_hdrs('outlook', T2_TO, dt, CONSOLE, subj)
    add('010-console-asks-which-account-to-keep.eml', assemble(h, body),
        L('support_reply', T2_CASE, [T2_A, T2_B], True))


def m011():
    dt = T('2023-08-16 11:48:03')
    subj = 'RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ)
    new = """Hello Marta,

Greetings from AWS Support, hope you are doing well!

Thanks for the reply and sharing the details with us. As the merging of certification profiles can be done only by our Certification Operations team, I have escalated your case to them with all the informations you provided, they have the required access and tools for this kind of request.

Kindly note that the internal team usually takes 3-5 business days to action such requests. I will be monitoring the case and update you as soon as I will hear from them. Meanwhile please do not open a new case for this same request, as it may cause delays.

Thank you for your patience and understanding.
"""
    text = new + console_footer(T2_CASE).replace('{name}', 'Aishwarya K.')
    body = tpart(text, cte='quoted-printable', label='UTF-8', quote_cs=False)
    h = aws_hdrs('outlook', T2_TO, dt, CONSOLE, subj)
    add('011-console-escalated-to-cert-ops.eml', assemble(h, body),
        L('support_reply', T2_CASE, [], True))


def m012():
    dt = T('2023-08-21 15:20:41')
    subj = 'RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ)
    new = """Hello Marta,

I have an update from the Certification Operations team. They reviewed both profiles and are ready to go ahead; however they need your explicit go-ahead on the final arrangement first:

- AWS-00917355 (sign-in: m.kowalczyk@baltic-soft.eu) will be merged into the account below and will no longer be accessible afterwards.
- AWS-20368841 (sign-in: marta.kowalczyk@northwind-eng.pl) will be the surviving account and will hold all certifications, exam history and benefits.

This is a one-way operation and we are not able to split the accounts again afterwards.

Could you please reply to this case stating that you agree with the above? As soon as we have your answer we will let the team know.
"""
    text = new + console_footer(T2_CASE).replace('{name}', 'Aishwarya K.')
    html = aws_html(paras_html(text))
    body = multi('alternative', [tpart(text, cte='quoted-printable'), tpart(html, 'html', cte='base64')])
    h = aws_hdrs('outlook', T2_TO, dt, CONSOLE, subj)
    add('012-console-please-agree-final-arrangement.eml', assemble(h, body),
        L('merge_confirmation_requested', T2_CASE, [T2_A, T2_B], True))

# ---------------------------------------------------------------- T4: Priya, console case, three accounts
T4_TO = 'priya.raman88@outlook.com'
T4_OPEN = T('2025-09-03 18:05:11')
T4_CASE = case15(T4_OPEN, 88213)
T4_IDS = ['AWS05526190', 'AWS18840372', 'AWS21007718']
T4_SUBJ = 'Consolidate my certification accounts'
OLK = dict(consumer=True)


def console_ack_text(case, subject, corr, sev='General guidance'):
    return """Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: %s
Correspondence: %s

We will respond to your case as soon as possible. You can view and update your case from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please follow the link above.
""" % (case, case, subject, sev, corr, case)


def m013():
    dt = T4_OPEN + timedelta(seconds=9)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % T4_CASE
    text = console_ack_text(T4_CASE, T4_SUBJ,
                            'Hi, over the years I ended up with three different AWS Certification accounts '
                            '(different emails each time I booked an exam). I would like to combine them into a single '
                            'account so my transcript shows all my certs. Thanks, Priya')
    html = aws_html(paras_html(text))
    body = multi('alternative', [tpart(text, cte='7bit', label='us-ascii', quote_cs=False),
                                 tpart(html, 'html', cte='quoted-printable')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('013-console-ack-three-accounts.eml', assemble(h, body),
        L('case_created', T4_CASE, [], True))


def m014():
    dt = T('2025-09-04 21:40:37')
    subj = 'RE:[CASE %s] %s' % (T4_CASE, T4_SUBJ)
    new = """Hello Priya,

Thank you for reaching out, I will be assisting you with your certification accounts.

Using the name on your case I found the following candidate profiles:

  * AWS05526190
  * AWS 18840372
  * AWS-21007718

To make sure these all belong to you and to avoid merging someone else's record, could you please reply with the sign-in email address of each of these profiles? Also let me know which one you want to continue using, so that the other two can be brought into it.

If any of the above profiles is not yours, please tell me as well.
"""
    text = new + console_footer(T4_CASE).replace('{name}', 'Owen T.')
    html = aws_html(paras_html(text))
    body = multi('alternative', [tpart(text), tpart(html, 'html')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('014-console-lists-three-profiles-asks-emails.eml', assemble(h, body),
        L('support_reply', T4_CASE, T4_IDS, True))


def m015():
    dt = T('2025-09-04 21:41:02')
    subj = '[Case %s] New correspondence added' % T4_CASE
    text = """Hello,

New correspondence has been added to your AWS Support case %s.

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (T4_CASE, T4_CASE)
    body = tpart(text, cte='7bit', label='us-ascii', quote_cs=False)
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('015-console-new-correspondence-added.eml', assemble(h, body),
        L('support_reply', T4_CASE, [], True))


def m016():
    dt = T('2025-09-08 16:03:55')
    subj = 'RE:[CASE %s] %s' % (T4_CASE, T4_SUBJ)
    new = """Hello Priya,

I'm following up on my previous message regarding your certification profiles. I haven't yet received the information requested, and I'd like to make sure your request doesn't stall.

When you have a moment, please reply through the Support Center with the details I asked for in my earlier correspondence. If we don't hear back from you within the next 7 days, this case will be resolved automatically; you can still reopen it afterwards by adding a reply.
"""
    text = new + console_footer(T4_CASE).replace('{name}', 'Owen T.')
    html = aws_html(paras_html(text))
    body = multi('alternative', [tpart(text, cte='base64'), tpart(html, 'html', cte='base64')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('016-console-chaser-awaiting-your-reply.eml', assemble(h, body),
        L('support_reply', T4_CASE, [], True))


def m017():
    dt = T('2025-09-15 16:10:21')
    subj = 'Amazon Web Services: Your Support case %s has been resolved' % T4_CASE
    text = """Dear AWS Customer,

We haven't heard back from you regarding case %s (%s), so we have marked it as resolved.

If your issue is not resolved, you can reopen the case within 14 days by signing in to the AWS Support Center and adding a reply:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do? Please take a moment to tell us about your support experience.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Your feedback helps us improve.

Sincerely,
Amazon Web Services
""" % (T4_CASE, T4_SUBJ, T4_CASE, T4_CASE, T4_CASE)
    inner = (paras_html(text.split('Was your issue')[0]) +
             '<p style="font-size:16px"><b>Was your issue resolved?</b></p>\n<table><tr>'
             '<td style="background:#ec7211;padding:8px 20px"><a style="color:#fff;text-decoration:none" '
             'href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes">YES</a></td><td width="12"></td>'
             '<td style="background:#545b64;padding:8px 20px"><a style="color:#fff;text-decoration:none" '
             'href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no">NO</a></td></tr></table>\n'
             '<p>Sincerely,<br>Amazon Web Services</p>' % (T4_CASE, T4_CASE))
    body = multi('alternative', [tpart(text), tpart(aws_html(inner), 'html')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('017-console-auto-resolved-was-issue-resolved.eml', assemble(h, body),
        L('survey', T4_CASE, [], True))


def m018():
    dt = T('2025-09-16 07:55:48')
    subj = 'Amazon Web Services: Support case %s has been reopened' % T4_CASE
    text = """Dear AWS Customer,

Support case %s has been reopened because new correspondence was added to it.

Case ID: %s
Subject: %s
Status: Reopened

Our team will review the case and respond as soon as possible. You can view the case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (T4_CASE, T4_CASE, T4_SUBJ, T4_CASE)
    body = tpart(aws_html(paras_html(text)), 'html', cte='quoted-printable')
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('018-console-case-reopened.eml', assemble(h, body),
        L('support_reply', T4_CASE, [], True))


def m019():
    dt = T('2025-09-19 13:27:09')
    subj = 'RE:[CASE %s] %s' % (T4_CASE, T4_SUBJ)
    new = """Hi Priya,

Thanks for coming back to us with the sign-in addresses, and no worries about the delay.

Just a quick status update: your request to bring AWS05526190 and AWS21007718 into AWS18840372 is currently with our Certification team. They have acknowledged it but haven't completed the work yet. I have asked them for an ETA and I'm keeping this case open in the meantime.

I'll write again as soon as I hear back. There's no need to reply to this message.
"""
    text = new + console_footer(T4_CASE).replace('{name}', 'Owen T.')
    body = multi('alternative', [tpart(text, cte='quoted-printable'), tpart(aws_html(paras_html(text)), 'html', cte='quoted-printable')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('019-console-status-with-cert-team.eml', assemble(h, body),
        L('support_reply', T4_CASE, T4_IDS, True))


def m020():
    dt = T('2025-09-23 10:14:33')
    subj = 'RE:[CASE %s] %s' % (T4_CASE, T4_SUBJ)
    new = """Hi Priya,

Good news: the Certification team has finished the work on your profiles. AWS05526190 and AWS21007718 have been folded into AWS18840372, and all your certifications and exam history are now under that one account. The two older profiles are deactivated.

Please sign in with priya.raman88@outlook.com and check that everything is listed. Your digital badges may take a couple of days to appear in your Credly wallet.

If anything looks wrong, just reply here within the next few days.
"""
    text = new + console_footer(T4_CASE).replace('{name}', 'Owen T.')
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text)), 'html')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('020-console-profiles-folded-into-one.eml', assemble(h, body),
        L('merge_completed', T4_CASE, T4_IDS, True))

# ---------------------------------------------------------------- T5: Nakamura, JA console case
T5_TO = 'yui-nakamura@nifty.com'
T5_OPEN = T('2025-11-17 10:12:45', JST)
T5_CASE = case15(T5_OPEN, 51907)
T5_A, T5_B = 'AWS09921436', 'AWS16654008'
T5_SUBJ = '認定アカウントの統合について'


def console_footer_ja(case, name):
    return """
今回の対応についてのご評価を、本メール末尾の AWS サポートセンターのリンクからお寄せください。お客様からのフィードバックは、サービス向上のために活用させていただきます。

よろしくお願いいたします。

%s
Amazon Web Services
===================================================================
すべてのやり取りの確認、およびご返信は次のリンクから行ってください: https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。
ケースにご返信いただく場合は、上記のリンクから AWS サポートセンターにアクセスしてください。
===================================================================
Amazon Web Services, Inc. and affiliates. All rights reserved.
""" % (name, case)


def m021():
    dt = T5_OPEN + timedelta(seconds=12)
    subj = ew('Amazon Web Services: 新しいサポートケースをオープンしました: ', 'ISO-2022-JP', 'B', 40) + '\n ' + T5_CASE
    text = """AWS をご利用いただき、ありがとうございます。

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
連絡内容: 認定アカウントが2つ（AWS09921436、AWS16654008）存在しています。旧姓で登録したアカウントと現在の氏名で登録したアカウントを統合していただきたいです。

できるだけ早く対応いたします。ケースの確認や更新は、AWS サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services

*このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。
""" % (T5_CASE, T5_CASE, T5_SUBJ, T5_CASE)
    body = tpart(text, cs='iso-2022-jp', cte='7bit', label='iso-2022-jp', quote_cs=False)
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('021-ja-console-ack-new-case.eml', assemble(h, body),
        L('case_created', T5_CASE, [T5_A, T5_B], True, 'ja'))


def m022():
    dt = T('2025-11-18 15:03:26', JST)
    subj = ew('[ケース %s] 新しい連絡が追加されました' % T5_CASE, 'UTF-8', 'B', 45)
    text = """お客様

AWS サポートケース %s に新しい連絡が追加されました。

----------------------------------------
中村 由衣 様

AWS サポートの松本と申します。お問い合わせいただき、ありがとうございます。

AWS09921436 と AWS16654008 の統合のご依頼を承りました。お手続きを進めるにあたり、
恐れ入りますが、以下の点についてご教示いただけますでしょうか。

・統合をご希望される理由（ご記載の旧姓からのご変更のほか、理由がございましたら）
・それぞれのアカウントに登録されているお名前の表記（ローマ字表記を含む）
・本人確認書類に記載されている現在のお名前

なお、統合後にサインインに使用するアカウントは、別途確認のご連絡を差し上げます。
----------------------------------------

ご返信は AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services
*このメールは送信専用のアドレスから送信されています。
""" % (T5_CASE, T5_CASE)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">' +
            paras_html(text) + '</body></html>\n')
    body = multi('alternative', [tpart(text, cte='quoted-printable', label='UTF-8', quote_cs=False),
                                 tpart(html, 'html', cte='quoted-printable', label='UTF-8', quote_cs=False)])
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('022-ja-new-correspondence-with-questions.eml', assemble(h, body),
        L('support_reply', T5_CASE, [T5_A, T5_B], True, 'ja'))


def m023():
    dt = T('2025-11-20 18:47:02', JST)
    subj = 'RE:[CASE %s] ' % T5_CASE + '\n ' + ew(T5_SUBJ, 'shift_jis', 'B', 30)
    text = """中村 由衣 様

AWS サポートの松本でございます。
ご回答いただき、誠にありがとうございました。

いただいた内容を添えて、本件を認定資格の管理を担当する社内チームへエスカレーション
いたしました。現在、同チームにて両アカウントの記録を照合しております。

照合には数営業日を要する場合がございます。大変恐縮ではございますが、進捗があり次第
こちらからご連絡いたしますので、今しばらくお待ちいただけますと幸いです。
なお、同じ内容で新たにケースを作成されますと対応が遅れる場合がございますので、
本ケースにてお待ちいただきますようお願い申し上げます。
""" + console_footer_ja(T5_CASE, '松本 亮')
    body = tpart(text, cs='shift_jis', cte='base64', label='Shift_JIS', quote_cs=False)
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('023-ja-escalated-please-wait.eml', assemble(h, body),
        L('support_reply', T5_CASE, [], True, 'ja'))


def m024():
    dt = T('2025-11-26 11:30:15', JST)
    subj = 'RE:[CASE %s] ' % T5_CASE + '\n ' + ew(T5_SUBJ, 'UTF-8', 'B', 42)
    text = """中村 由衣 様

AWS サポートの松本でございます。
大変お待たせいたしました。

社内チームより、旧アカウント（AWS09921436）の認定資格および受験履歴を
AWS16654008 へ移行し、統合作業を完了した旨の報告がございました。
今後は AWS16654008 にてサインインいただき、認定資格が正しく表示されているか
ご確認いただけますでしょうか。

デジタルバッジにつきましては、Credly への反映に数日かかる場合がございます。

ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。
""" + console_footer_ja(T5_CASE, '松本 亮')
    html = '<html><body><div style="font-size:14px">' + paras_html(text) + '</div></body></html>\n'
    body = multi('alternative', [tpart(text, cte='base64', label='UTF-8', quote_cs=False),
                                 tpart(html, 'html', cte='base64', label='UTF-8', quote_cs=False)])
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('024-ja-migration-finished.eml', assemble(h, body),
        L('merge_completed', T5_CASE, [T5_A, T5_B], True, 'ja'))


def m025():
    dt = T('2025-11-29 09:00:41', JST)
    subj = ew('Amazon Web Services: サポートケース %s はクローズされました' % T5_CASE, 'ISO-2022-JP', 'B', 40)
    text = """お客様

AWS サポートケース %s（%s）はクローズされました。

今回のサポートについてのご感想をお聞かせください。アンケートへのご回答は 1 分ほどで完了します。

問題は解決しましたか？
　はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

引き続きサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再オープンできます。

Amazon Web Services
""" % (T5_CASE, T5_SUBJ, T5_CASE, T5_CASE)
    body = tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False)
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('025-ja-case-closed-survey.eml', assemble(h, body),
        L('survey', T5_CASE, [], True, 'ja'))


# ---------------------------------------------------------------- T6: Lucas, 2020, 10-digit case
T6_TO = 'lucas.ferreira.dev@gmail.com'
T6_CASE = '7032118571'
T6_A, T6_B = 'AWS01288450', 'AWS02945113'


def m026():
    dt = T('2020-03-09 22:17:40')
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % T6_CASE
    text = console_ack_text(T6_CASE, 'Certification account duplicate',
                            'Hello, I noticed I have 2 accounts in the certification portal: aws01288450 and '
                            'aws02945113. The second one was created by mistake when I scheduled my SAA exam at '
                            'Pearson VUE. Please merge them. Regards, Lucas')
    body = tpart(text, cte='7bit', label='UTF-8', quote_cs=False)
    h = aws_hdrs('gmail', T6_TO, dt, CONSOLE, subj, pkw=dict(arc=False))
    add('026-console-ack-2020-10digit.eml', assemble(h, body),
        L('case_created', T6_CASE, [T6_A, T6_B], True))


def m027():
    dt = T('2020-03-11 14:52:08')
    subj = 'RE:[CASE %s] Certification account duplicate' % T6_CASE
    new = """Hello Lucas,

Thank you for contacting AWS Training & Certification.

I have located both AWS01288450 and AWS02945113. Before I submit the request, I noticed that a 50% discount voucher issued after your Cloud Practitioner exam is still unused on the account AWS01288450. Can you tell me whether you are planning to use it before the merge? Vouchers normally carry over, but if you are in the middle of scheduling an exam with it, it is better to wait until the exam is booked.

Please let me know and I will take it from there.
"""
    text = new + console_footer(T6_CASE).replace('{name}', 'Gabriela M.')
    body = tpart(text, cte='quoted-printable', label='UTF-8', quote_cs=False)
    h = aws_hdrs('gmail', T6_TO, dt, CONSOLE, subj, pkw=dict(arc=False))
    add('027-console-2020-question-about-voucher.eml', assemble(h, body),
        L('support_reply', T6_CASE, [T6_A, T6_B], True))


# ---------------------------------------------------------------- T7: Watanabe, duplicate form cases (sakura)
T7_TO = 'watanabe@hoshino-sys.co.jp'
T7_OPEN1 = T('2025-07-01 13:40:02', JST)
T7_CASE1 = case15(T7_OPEN1, 17730)
T7_OPEN2 = T('2025-07-08 09:05:19', JST)
T7_CASE2 = case15(T7_OPEN2, 60288)
T7_A, T7_B = 'AWS10057731', 'AWS19902264'


def m028():
    dt = T7_OPEN2 + timedelta(seconds=47)
    subj = '[CASE %s] [AWS Training and Certification Form Submission]\n - account-assistance' % T7_CASE2
    text = """渡辺 拓也 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース %s を作成しました。
担当者より、原則として 24 時間以内にご連絡いたします。

追加情報をお送りいただく場合は、件名を変更せずに本メールへご返信ください。
同じ内容のお問い合わせを重複して送信されますと、ご回答までにお時間をいただく場合がございます。

AWS トレーニングと認定 カスタマーサポート
""" % T7_CASE2
    body = multi('alternative', [tpart(text, cte='quoted-printable'),
                                 tpart(aws_html(paras_html(text), 'お問い合わせを受け付けました', 'ja'), 'html', cte='quoted-printable')])
    h = aws_hdrs('sakura', T7_TO, dt.astimezone(UTC), FORM, subj)
    add('028-ja-form-ack-second-case.eml', assemble(h, body),
        L('case_created', T7_CASE2, [], True, 'ja'))


def m029():
    dt = T('2025-07-08 16:22:50', JST)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission]\n - account-assistance' % T7_CASE2
    text = """渡辺 拓也 様

AWS トレーニングと認定カスタマーサポートの山口でございます。
お問い合わせいただき、ありがとうございます。

確認いたしましたところ、同じご依頼（AWS10057731 と AWS19902264 の統合）について、
7 月 1 日にお送りいただいたケース %s がすでに存在しております。

ご回答が遅くなっておりますこと、大変申し訳ございません。お問い合わせ内容を一元化し
正確にご対応するため、今後のやり取りは元のケース %s にて継続させていただきます。
本ケースへのご返信は不要です。

ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願い申し上げます。

山口 遥
AWS トレーニングと認定 カスタマーサポート
""" % (T7_CASE1, T7_CASE1)
    body = tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False)
    h = aws_hdrs('sakura', T7_TO, dt.astimezone(UTC), FORM, subj)
    add('029-ja-duplicate-case-continue-in-original.eml', assemble(h, body),
        L('support_reply', T7_CASE2, [T7_A, T7_B], True, 'ja'))


def m030():
    dt = T('2025-07-09 10:48:31', JST)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T7_CASE1
    new = """渡辺 拓也 様

AWS トレーニングと認定カスタマーサポートの山口でございます。

この度はご回答までに長らくお時間をいただき、誠に申し訳ございませんでした。
現在、お問い合わせが大変混み合っており、ご連絡が遅くなりましたことを重ねてお詫び申し上げます。

ご依頼の件につきまして、恐れ入りますが以下をご教示いただけますでしょうか。

・AWS10057731 のサインイン用メールアドレス
・AWS 19902264 のサインイン用メールアドレス
・統合後にご利用になるアカウント

ご返信をいただき次第、速やかに手続きを進めてまいります。

山口 遥
AWS トレーニングと認定 カスタマーサポート
"""
    hist = """-----Original Message-----
From: 渡辺 拓也 <watanabe@hoshino-sys.co.jp>
Sent: Tuesday, July 1, 2025 1:40 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS19902264
内容: 認定アカウントが AWS10057731 と AWS19902264 の2つあるため統合をお願いします。
"""
    text = new + '\n' + hist
    body = tpart(text, cte='base64', label='utf-8', quote_cs=True)
    h = aws_hdrs('sakura', T7_TO, dt.astimezone(UTC), FORM, subj)
    add('030-ja-apology-for-delay-asks-details.eml', assemble(h, body),
        L('support_reply', T7_CASE1, [T7_A, T7_B], True, 'ja'))

# ---------------------------------------------------------------- phishing about the merge
def plain_hdrs(dt, frm, to, subj, mid, extra=(), tz=UTC):
    h = [('Date', rfcdate(dt, tz)), ('From', frm), ('To', to), ('Message-ID', mid), ('Subject', subj),
         ('MIME-Version', '1.0')]
    return h + list(extra)


def m031():
    to = 'jmarsh.cloud@gmail.com'
    dt = T('2025-10-06 04:41:19')
    fake_case = case15(T('2025-10-06 04:39:52'), 71422)
    ip = '185.234.72.19'
    h = gmail_headers(to, dt, 'bounce-7731@vps-4412.hostsrv-eu.net', ip, 'vps-4412.hostsrv-eu.net',
                      dkim_d=('amazon.com',), dkim_res='fail', spf='softfail', dmarc='fail',
                      header_from='amazon.com')
    # headers written by the sender itself (untrusted, below the provider's)
    h += [('Authentication-Results', 'mx.amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n'
           '       dkim=pass header.d=amazon.com;\n       dmarc=pass header.from=amazon.com'),
          ('DKIM-Signature', dkim_amazon(dt)),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    h += plain_hdrs(dt, CONSOLE, to, 'Amazon Web Services: You have opened a new Support case: %s' % fake_case,
                    '<%s@vps-4412.hostsrv-eu.net>' % rhex(32))
    text = """Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge - AWS14470219
Severity: General guidance

IMPORTANT: To protect your certification records, account merge cases require identity
verification. Please verify your identity within 24 hours or your case and both candidate
profiles will be suspended:

https://aws-certification-verify.support-case.co/verify?case=%s

Sincerely,
Amazon Web Services
""" % (fake_case, fake_case, fake_case)
    body = multi('alternative', [tpart(text, cte='7bit', label='us-ascii', quote_cs=False),
                                 tpart(aws_html(paras_html(text).replace(
                                     'https://aws-certification-verify.support-case.co/verify?case=' + fake_case,
                                     '<a href="https://aws-certification-verify.support-case.co/verify?case=%s">'
                                     'https://console.aws.amazon.com/support/home#/case/?displayId=%s</a>' % (fake_case, fake_case))),
                                       'html', cte='quoted-printable')])
    add('031-spoofed-ack-dmarc-fail-verify-identity.eml', assemble(h, body),
        L('case_created', fake_case, ['AWS14470219'], False))


def m032():
    to = 'marta.kowalczyk@northwind-eng.pl'
    dt = T('2025-10-14 12:09:33')
    ip = '45.61.139.207'
    fake_case = case15(T('2025-10-13 19:20:05'), 30096)
    h = outlook_headers(to, dt, 'mail.aws-certificationsupport.com', ip, 'mail.aws-certificationsupport.com',
                        dkim_d=('aws-certificationsupport.com',), dmarc='pass',
                        header_from='aws-certificationsupport.com', compauth='pass reason=100')
    h += [('DKIM-Signature', dkim_amazon(dt, 'aws-certificationsupport.com', 'default'))]
    h += plain_hdrs(dt, '"AWS Certification Support" <case-update@aws-certificationsupport.com>', to,
                    'RE:[CASE %s] Action required: confirm your certification account merge' % fake_case,
                    '<%s.%d@mail.aws-certificationsupport.com>' % (rhex(16), R.randint(1000, 9999)))
    text = """Hello Marta,

Our Certification team is ready to merge your accounts. Please review the summary below:

  Source account (will be closed): AWS00917355
  Destination account (will be kept): AWS20368841

A merge cannot be undone. To confirm, sign in with your AWS Certification credentials on
the secure confirmation page within 48 hours. If we do not receive your confirmation, the
request will be cancelled and both accounts may be locked for security reasons.

  Confirm merge: https://aws-certificationsupport.com/cases/confirm?ref=%s

Best regards,
Certification Operations
Amazon Web Services
""" % fake_case
    html = ('<html><body style="font-family:Arial">' + paras_html(text).replace(
        'https://aws-certificationsupport.com/cases/confirm?ref=' + fake_case,
        '<a href="https://aws-certificationsupport.com/cases/confirm?ref=%s" style="background:#ff9900;color:#000;'
        'padding:6px 14px;text-decoration:none">Confirm merge</a>' % fake_case) + '</body></html>\n')
    body = multi('alternative', [tpart(text, cte='quoted-printable', label='windows-1252', codec='cp1252'),
                                 tpart(html, 'html', cte='quoted-printable', label='windows-1252', codec='cp1252')])
    add('032-lookalike-domain-confirm-merge.eml', assemble(h, body),
        L('merge_confirmation_requested', fake_case, [T2_A, T2_B], False))


def m033():
    to = 'k-ito@ocn.ne.jp'
    dt = T('2025-08-20 19:55:02', JST)
    ip = '103.151.226.40'
    h = jp_headers(to, dt.astimezone(UTC), 'ocn.ad.jp', 'info@aws-training-support.net', ip,
                   'mail.aws-training-support.net', 'mfilter-in02.ocn.ad.jp', dkim_d='aws-training-support.net',
                   dkim='none', dmarc='none', header_from='aws-training-support.net')
    real_looking = case15(T('2025-08-18 09:31:40', JST), 4417)
    subj = 'RE:[CASE %s] ' % real_looking + ew('アカウント統合手続きの継続について', 'UTF-8', 'B', 42)
    h += plain_hdrs(dt, addr('AWS トレーニングと認定', 'info@aws-training-support.net', 'UTF-8'), to, subj,
                    '<%s@aws-training-support.net>' % uuid(), tz=JST)
    text = """伊藤 様

AWS トレーニングと認定サポートでございます。
ご依頼いただいている認定アカウント（AWS 03381926）の統合手続きを継続するため、
本人確認が必要となっております。

下記のページより、現在ご利用中のパスワードと、運転免許証またはパスポートの画像を
ご登録ください。72 時間以内にご対応いただけない場合、統合手続きは中止となります。

https://aws-training-support.net/ja/verify/%s

何卒よろしくお願いいたします。
AWS トレーニングと認定 サポートチーム
""" % real_looking
    body = tpart(text, cte='base64')
    add('033-ja-phishing-asks-password-for-merge.eml', assemble(h, body),
        L('support_reply', real_looking, ['AWS03381926'], False, 'ja'))


def m034():
    to = T4_TO
    dt = T('2025-09-25 02:17:44')
    ip = '91.92.244.18'
    h = outlook_headers(to, dt, 'aws-account-notice.com', ip, 'smtp.aws-account-notice.com', dkim_d=(),
                        dmarc='none', header_from='aws-account-notice.com', consumer=True,
                        compauth='fail reason=601', spf='pass')
    h += plain_hdrs(dt, '"Amazon Web Services" <billing@aws-account-notice.com>', to,
                    'Action required: Your AWS account has been suspended',
                    '<%s@smtp.aws-account-notice.com>' % uuid())
    html = aws_html("""<p>Dear Customer,</p>
<p>We were unable to process the payment for your latest AWS invoice. As a result your account and all
running resources have been <b>suspended</b>.</p>
<p>To avoid permanent deletion of your data, update your payment method within 24 hours:</p>
<p><a href="https://aws-account-notice.com/billing/update">Update payment information</a></p>
<p>Thank you,<br>AWS Billing</p>""")
    body = tpart(html, 'html', cte='base64')
    add('034-phishing-account-suspended-billing.eml', assemble(h, body),
        L('unrelated', None, [], False))


# ---------------------------------------------------------------- other AWS cases (look-alikes)
def m035():
    dt = T('2025-09-10 20:31:12')
    case = case15(dt - timedelta(seconds=14), 2259)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % case
    text = console_ack_text(case, 'Limit Increase: EC2 Instances',
                            'Limit increase request 1\nService: EC2 Instances\nRegion: US East (N. Virginia)\n'
                            'Primary Instance Type: All G and VT instances\nLimit name: Instance Limit\n'
                            'New limit value: 32\n------------\nUse case description: Training a model for our '
                            'final-year project, need GPU capacity for about two weeks.')
    body = multi('alternative', [tpart(text, cte='7bit', label='us-ascii', quote_cs=False),
                                 tpart(aws_html(paras_html(text)), 'html', cte='quoted-printable')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('035-console-ack-ec2-limit-increase.eml', assemble(h, body),
        L('unrelated', case, [], True))


def m036():
    dt = T('2025-12-02 14:20:05', JST)
    case = case15(dt - timedelta(seconds=11), 83350)
    subj = ew('Amazon Web Services: 新しいサポートケースをオープンしました: ', 'ISO-2022-JP', 'B', 40) + '\n ' + case
    text = """AWS をご利用いただき、ありがとうございます。

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 11月分の請求額について
重要度: 一般的なガイダンス
連絡内容: 11月の請求で、すでに削除したはずの NAT ゲートウェイの料金が発生しています。内訳を確認していただけますでしょうか。

できるだけ早く対応いたします。ケースの確認や更新は、AWS サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services
""" % (case, case, case)
    body = tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False)
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('036-ja-console-ack-billing-case.eml', assemble(h, body),
        L('unrelated', case, [], True, 'ja'))


def m037():
    dt = T('2025-06-19 08:12:49')
    case = case15(T('2025-06-17 21:03:30'), 11840)
    subj = '[Case %s] New correspondence added' % case
    text = """Hello,

New correspondence has been added to your AWS Support case %s.

-------------------------------------------------------------------
Subject: Billing: refund request for accidental Redshift charges

Hello Daniel,

Thank you for your patience. I have reviewed the Redshift cluster that was left running in eu-west-2 and I am glad to confirm that a one-time courtesy credit has been approved. It will be applied to your account within 3-5 business days and will be visible on the Credits page of the Billing console.

Please make sure the cluster and any snapshots are deleted to avoid further charges.

Best regards,
Farah K.
Amazon Web Services
-------------------------------------------------------------------

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (case, case)
    body = tpart(text, cte='quoted-printable', label='UTF-8', quote_cs=False)
    h = aws_hdrs('gmail', GM, dt, CONSOLE, subj)
    add('037-new-correspondence-billing-refund.eml', assemble(h, body),
        L('unrelated', case, [], True))


def m038():
    dt = T('2025-09-11 06:48:20')
    case = case15(T('2025-09-10 20:30:58'), 2259)
    subj = 'RE:[CASE %s] Limit Increase: EC2 Instances' % case
    new = """Hello Priya,

Thank you for your patience while we reviewed your request.

I have submitted your request to the Service Team for the EC2 "Running On-Demand G and VT instances" quota in US East (N. Virginia). Once the increase is complete you will see the new value in the Service Quotas console and we will update this case.

In the meantime, could you tell me whether you expect to need the capacity in any other Region? Requests are handled per Region.
"""
    text = new + console_footer(case).replace('{name}', 'Ravi P.')
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text)), 'html')])
    h = aws_hdrs('outlook', T4_TO, dt, CONSOLE, subj, pkw=OLK)
    add('038-console-reply-quota-increase-submitted.eml', assemble(h, body),
        L('unrelated', case, [], True))


def m039():
    dt = T('2024-02-27 17:02:14')
    case = case15(T('2024-02-12 10:44:03'), 39012)
    subj = 'Amazon Web Services: Support case %s has been reopened' % case
    text = """Dear AWS Customer,

Support case %s has been reopened because new correspondence was added to it.

Case ID: %s
Subject: Billing inquiry: charged twice for Savings Plan
Status: Reopened

Our team will review the case and respond as soon as possible. You can view the case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (case, case, case)
    body = tpart(aws_html(paras_html(text)), 'html', cte='quoted-printable')
    h = aws_hdrs('outlook', T2_TO, dt, CONSOLE, subj)
    add('039-console-billing-case-reopened.eml', assemble(h, body),
        L('unrelated', case, [], True))


def m040():
    dt = T('2025-06-24 16:00:03')
    case = case15(T('2025-06-17 21:03:30'), 11840)
    subj = 'Amazon Web Services: Your Support case %s has been resolved' % case
    text = """Dear AWS Customer,

Your support case %s (Billing: refund request for accidental Redshift charges) has been resolved.

How did we do? Please take a moment to tell us about your support experience.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you need further help, you can reopen the case within 14 days from the AWS Support Center.

Sincerely,
Amazon Web Services
""" % (case, case, case)
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text)), 'html')])
    h = aws_hdrs('gmail', GM, dt, CONSOLE, subj)
    add('040-console-billing-case-resolved-survey.eml', assemble(h, body),
        L('unrelated', case, [], True))

def m041():
    to = 'ops@lumatrail-goods.com'
    dt = T('2025-10-21 23:05:51')
    case = '5884881212'
    ip = R.choice(SES_IPS)
    h = outlook_headers(to, dt, 'amazon.com', '52.95.48.154', 'smtp-fw-6002.amazon.com', dkim_d=('amazon.com',),
                        header_from='amazon.com')
    h += [('DKIM-Signature', dkim_amazon(dt, 'amazon.com', 'amazon201209'))]
    h += plain_hdrs(dt, '"Amazon Selling Partner Support" <selling-partner-support@amazon.com>', to,
                    'RE:[CASE %s] Merge variation listings for SKU LT-2210' % case,
                    '<%s.%s@sellercentral.amazon.com>' % (ralnum(20).lower(), R.randint(10**9, 10**10)))
    text = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you want to merge the listings for SKU LT-2210 (black) and LT-2211 (grey) into a single variation family under the parent ASIN B0C7T4X2QK.

I have submitted the merge request to our catalog team. Once the merge is complete, both child ASINs will appear on one detail page; this usually takes up to 72 hours. You do not need to take any further action at this time.

To view or reply to this case, please go to Seller Central > Help > Case Log:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Were we able to resolve your issue? Please rate this message in Case Log.

Thank you for selling with Amazon,
Jomar D.
Amazon Selling Partner Support
""" % case
    body = multi('alternative', [tpart(text, cte='quoted-printable', label='UTF-8', quote_cs=False),
                                 tpart('<html><body>' + paras_html(text) + '</body></html>', 'html',
                                       cte='quoted-printable', label='UTF-8', quote_cs=False)])
    add('041-seller-central-case-merge-listings.eml', assemble(h, body),
        L('unrelated', case, [], True))


def m042():
    dt = T('2026-02-10 18:44:06')
    case = case15(T('2026-02-09 08:15:27'), 55061)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-assistance' % case
    new = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I checked your candidate record AWS11930562. Your AWS Certified Developer - Associate exam from February 6 has been received and is still in the scoring process, which can take up to 5 business days after the exam. There is nothing wrong with your account; once scoring is done you will receive an email and the result will appear under "Past Exams" in your certification account.

Could you let me know whether you took the exam online or at a test center? This helps me check with Pearson VUE if the result has not arrived by Friday.

Regards,
Chiara B.
AWS Training and Certification Customer Support
"""
    hist = """---------- Original Message ----------
From: Daniel Okafor <daniel.okafor@gmail.com>
Sent: 2/9/2026 8:15 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - exam-assistance

Detail: Exam Results
AWS candidate ID: AWS11930562
Description: I took DVA-C02 on Feb 6, still no score report. Please check.
"""
    text = new + '\n' + hist
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text)), 'html')])
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('042-form-desk-exam-result-case-not-merge.eml', assemble(h, body),
        L('unrelated', case, ['AWS11930562'], True))


def m043():
    to = T6_TO
    dt = T('2025-04-02 15:30:10')
    ip = '168.245.22.61'
    h = gmail_headers(to, dt, 'bounces+8812390-4ac1-lucas.ferreira.dev=gmail.com@em.certmetrics.com', ip,
                      'o4.em.certmetrics.com', dkim_d=('certmetrics.com',), header_from='certmetrics.com',
                      policy_='NONE')
    h += [('DKIM-Signature', dkim_amazon(dt, 'certmetrics.com', 's1'))]
    h += plain_hdrs(dt, '"AWS Certification" <do-not-reply@certmetrics.com>', to,
                    'AWS Certification wants to hear from you',
                    '<%s@geopod-ismtpd-12>' % ralnum(22))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Lucas,</p>
<p>AWS Certification is conducting a short survey of certified individuals (candidate ID AWS01288450) about the value of AWS Certification in your career. The survey takes about 10 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/start.aspx?t=%s">Take the survey</a></p>
<p>Your answers are confidential and will be reported only in aggregate.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.</p>
</body></html>
""" % rhex(32)
    body = tpart(html, 'html', cte='quoted-printable', label='us-ascii', quote_cs=False)
    add('043-certmetrics-wants-to-hear-from-you.eml', assemble(h, body),
        L('unrelated', None, ['AWS01288450'], False))


def m044():
    to = T7_TO
    dt = T('2025-07-15 11:02:27', JST)
    ip = '159.182.5.20'
    h = jp_headers(to, dt.astimezone(UTC), 'www3917.sakura.ne.jp', 'pvue-bounce@pearson.com', ip,
                   'mx-out2.pearson.com', 'www3917.sakura.ne.jp', dkim_d='pearson.com', header_from='pearson.com')
    h += [('DKIM-Signature', dkim_amazon(dt, 'pearson.com', 'pvue2021'))]
    h += plain_hdrs(dt, '"Pearson VUE" <PearsonVUEConfirmation@pearson.com>', to,
                    'Pearson VUE Confirmation of Booking',
                    '<%d.%d.JavaMail.pvue@mx-out2.pearson.com>' % (R.randint(10**7, 10**8), int(dt.timestamp() * 1000)))
    text = """Dear Takuya Watanabe,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Japanese
Date: Saturday, August 2, 2025
Time: 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Japan
Registration ID: 524018837
Candidate ID: AWS19902264

Please arrive 15 minutes before your appointment and bring two forms of valid identification.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
    body = tpart(text, cte='7bit', label='us-ascii', quote_cs=False)
    add('044-pearson-vue-booking-confirmation.eml', assemble(h, body),
        L('unrelated', None, ['AWS19902264'], False))


def m045():
    to = GM
    dt = T('2025-05-30 07:58:13')
    ip = '54.240.11.16'
    mf = ses_from(dt)
    h = gmail_headers(to, dt, mf, ip, 'a11-16.smtp-out.amazonses.com', dkim_d=('signin.aws', 'amazonses.com'),
                      header_from='signin.aws', policy_='REJECT')
    h += [('DKIM-Signature', dkim_amazon(dt, 'signin.aws', 'lbx6xnumzmdz5ysmt5o3rqlksdkxowhs')),
          ('DKIM-Signature', dkim_ses(dt))]
    h += plain_hdrs(dt, '"AWS" <no-reply@signin.aws>', to, 'Verify your AWS Builder ID email address', ses_mid(dt))
    text = """AWS Builder ID

Verify your email address

Use the following verification code to finish creating your AWS Builder ID.

Verification code: 481 203

This code expires 30 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text), 'AWS Builder ID'), 'html')])
    add('045-builder-id-verification-code.eml', assemble(h, body),
        L('unrelated', None, [], True))


def m046():
    to = 'priya.raman88@outlook.com'
    dt = T('2025-09-23 11:36:40')
    ip = '192.30.252.207'
    h = outlook_headers(to, dt, 'github.com', ip, 'out-24.smtp.github.com', dkim_d=('github.com',),
                        header_from='github.com', consumer=True)
    h += [('DKIM-Signature', dkim_amazon(dt, 'github.com', 'pf2023'))]
    h += plain_hdrs(dt, '"Marcus Lee" <notifications@github.com>', to,
                    'Re: [lumatrail/cert-tracker] Merge duplicate certification accounts into one profile (PR #231)',
                    '<lumatrail/cert-tracker/pull/231/c%d@github.com>' % R.randint(10**9, 10**10),
                    extra=[('Reply-To', 'lumatrail/cert-tracker <reply+%s@reply.github.com>' % ralnum(40, True)),
                           ('In-Reply-To', '<lumatrail/cert-tracker/pull/231@github.com>'),
                           ('List-ID', 'lumatrail/cert-tracker <cert-tracker.lumatrail.github.com>'),
                           ('X-GitHub-Reason', 'author')])
    text = """Merged #231 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumatrail/cert-tracker/pull/231#event-%d
You are receiving this because you authored the thread.

Message ID: <lumatrail/cert-tracker/pull/231/issue_event/%d@github.com>
""" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
    html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/lumatrail/cert-tracker/pull/231">#231</a>'
            ' into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/lumatrail/cert-tracker/pull/231">view it on GitHub</a>.<br>'
            'You are receiving this because you authored the thread.</p>\n')
    body = multi('alternative', [tpart(text, cte='7bit', label='UTF-8', quote_cs=False),
                                 tpart(html, 'html', cte='7bit', label='UTF-8', quote_cs=False)],
                 '--==_mimepart_%s_%d' % (rhex(13), R.randint(100, 999)))
    add('046-github-pr-merged.eml', assemble(h, body),
        L('unrelated', None, [], False))


def credly_hdrs(to, dt, provider='gmail', domain='credly.com'):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+%d-%s-%s@em.%s' % (R.randint(10**6, 10**7), rhex(4), to.replace('@', '='), domain)
    if provider == 'gmail':
        h = gmail_headers(to, dt, mf, ip, 'o%d.em.%s' % (R.randint(1, 9), domain), dkim_d=(domain,),
                          header_from=domain, policy_='REJECT')
    elif provider == 'outlook':
        h = outlook_headers(to, dt, 'em.' + domain, ip, 'o1.em.' + domain, dkim_d=(domain,),
                            header_from=domain, consumer=True)
    else:
        h = jp_headers(to, dt, provider[0], mf, ip, 'o2.em.' + domain, provider[1], dkim_d=domain,
                       header_from=domain)
    h += [('DKIM-Signature', dkim_amazon(dt, domain, 's1'))]
    return h


def m047():
    dt = T('2025-10-02 09:14:55')
    h = credly_hdrs(T4_TO, dt, 'outlook')
    h += plain_hdrs(dt, '"Credly" <admin@credly.com>', T4_TO, 'Your Credly account merge code',
                    '<%s@geopod-ismtpd-7>' % ralnum(22))
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="120">
<h2>Merge your Credly accounts</h2>
<p>Hi Priya,</p>
<p>We received a request to merge the Credly account registered to <b>p.raman@zentrix-labs.com</b> into your account. Enter the code below on the merge screen to continue:</p>
<p style="font-size:28px;letter-spacing:6px"><b>735 184</b></p>
<p><a href="https://www.credly.com/users/merge/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p>All badges from the merged account will be moved to this account. If you did not request this, you can ignore this email.</p>
<p>The Credly Team</p>
</td></tr></table></body></html>
""" % rhex(40)
    body = tpart(html, 'html', cte='quoted-printable')
    add('047-credly-self-service-account-merge-code.eml', assemble(h, body),
        L('unrelated', None, [], True))


def m048():
    dt = T('2026-03-03 14:00:21')
    h = credly_hdrs(T6_TO, dt, 'gmail')
    h += plain_hdrs(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', T6_TO,
                    'Your AWS Certified Solutions Architect - Associate badge expires in 90 days',
                    '<%s@geopod-ismtpd-3>' % ralnum(22))
    text = """Hi Lucas,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification, will expire on June 1, 2026.

To keep your credential active, complete the recertification requirements before the expiration date. Learn more: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

The Credly Team
""" % uuid()
    body = multi('alternative', [tpart(text), tpart('<html><body>' + paras_html(text) + '</body></html>', 'html')])
    add('048-credly-badge-expiry-reminder.eml', assemble(h, body),
        L('unrelated', None, [], True))


def m049():
    dt = T('2025-09-25 03:41:18')
    h = credly_hdrs(T4_TO, dt, 'outlook')
    h += plain_hdrs(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', T4_TO,
                    'Your badges from Amazon Web Services Training and Certification have been moved to this account',
                    '<%s@geopod-ismtpd-5>' % ralnum(22))
    badges = ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect - Associate',
              'AWS Certified Developer - Associate']
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p>Hi Priya,</p>
<p>Following the consolidation of your AWS Certification accounts, Amazon Web Services Training and Certification has issued the following badges to <b>priya.raman88@outlook.com</b>:</p>
<ul>%s</ul>
<p>Accept your badges to add them to your profile and share them with your network.</p>
<p><a href="https://www.credly.com/earner/earned?accept=%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p>The Credly Team<br><span style="font-size:11px;color:#888">Credly, 1 Dock 72 Way, Brooklyn, NY 11205</span></p>
</td></tr></table></body></html>
""" % (''.join('<li>%s</li>' % b for b in badges), rhex(24))
    body = tpart(html, 'html', cte='base64')
    add('049-credly-badges-moved-after-consolidation.eml', assemble(h, body),
        L('credly_badge_issued', None, [], True))


def m050():
    dt = T('2020-03-18 19:22:03')
    to = T6_TO
    h = credly_hdrs(to, dt, 'gmail', 'youracclaim.com')
    h += plain_hdrs(dt, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to,
                    'Amazon Web Services Training and Certification sent you a badge',
                    '<5e7274%s@youracclaim.com>' % rhex(14))
    text = """Hi Lucas Ferreira,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to manage it and share it with your professional network:
https://www.youracclaim.com/earner/earned/badge/%s

Acclaim is the badging platform used by Amazon Web Services Training and Certification to recognize your achievement.

Thanks,
The Acclaim Team
""" % uuid()
    body = tpart(text, cte='quoted-printable', label='ISO-8859-1', codec='latin-1')
    add('050-acclaim-2020-accept-your-badge.eml', assemble(h, body),
        L('credly_badge_issued', None, [], True))


def m051():
    dt = T('2025-06-02 12:06:47')
    h = credly_hdrs(GM, dt, 'gmail')
    subj = 'Daniel, you earned a badge from Amazon Web Services Training and Certification'
    h += plain_hdrs(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', GM,
                    subj, '<%s@geopod-ismtpd-2>' % ralnum(22))
    text = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you the badge AWS Certified Cloud Practitioner. Claim it to showcase your achievement on your Credly profile, LinkedIn and in your email signature.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Issued: May 31, 2025

The Credly Team
""" % uuid()
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><h1 style="font-size:22px">Congratulations, Daniel!</h1>'
            '<p>Amazon Web Services Training and Certification has issued you the badge '
            '<b>AWS Certified Cloud Practitioner</b>.</p><p><a href="https://www.credly.com/earner/earned" '
            'style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
            '<p>Issued: May 31, 2025</p><p>The Credly Team</p></body></html>\n')
    body = multi('alternative', [tpart(text), tpart(html, 'html')])
    add('051-credly-badge-issued-cloud-practitioner.eml', assemble(h, body),
        L('credly_badge_issued', None, [], True))

# ---------------------------------------------------------------- more acknowledgements
def m052():
    to = 'rami.haddad@qalam-tech.ae'
    dt = T('2026-01-19 06:27:33')
    case = case15(dt - timedelta(seconds=38), 9105)
    ip = R.choice(SES_IPS)
    rcv = dt + timedelta(seconds=3)
    gst = timezone(timedelta(hours=4))
    # corporate on-premises mail server: no Authentication-Results header at all
    prov = [('Return-Path', '<%s>' % ses_from(dt)),
            ('Received', 'from mx1.qalam-tech.ae (mx1.qalam-tech.ae [10.20.1.5])\n\tby exch02.corp.qalam-tech.ae '
             '(Postfix) with ESMTP id 4dXk9R2mZbz9v\n\tfor <%s>; %s' % (to, rfcdate(rcv, gst))),
            ('Received', 'from %s (%s [%s])\n\tby mx1.qalam-tech.ae (Postfix) with ESMTPS id 4dXk9Q6Xq7z1xN\n'
             '\tfor <%s>; %s' % (ses_host(ip), ses_host(ip), ip, to, rfcdate(rcv, gst))),
            ('X-Virus-Scanned', 'amavisd-new at qalam-tech.ae'),
            ('X-Spam-Flag', 'NO'),
            ('X-Spam-Score', '-0.1')]
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % case
    text = """Hello Rami,

Thank you for contacting AWS Training and Certification.

We have received your request and opened case %s. One of our agents will review your request and reply to you, in most cases within 24 hours.

If you would like to provide additional details, please reply to this email without changing the subject line. Submitting the same request again will create a new case and may delay our response.

Kind regards,
AWS Training and Certification Customer Support
""" % case
    body = multi('alternative', [tpart(text, cte='quoted-printable'),
                                 tpart(aws_html(paras_html(text)), 'html', cte='quoted-printable')])
    h = aws_hdrs(prov, to, dt, FORM, subj)
    add('052-form-ack-corporate-relay-no-auth-results.eml', assemble(h, body),
        L('case_created', case, [], None))


def m053():
    to = 'aoi.fujita@ra2.so-net.ne.jp'
    dt = T('2026-03-09 20:18:05', JST)
    case = case15(dt - timedelta(seconds=51), 20774)
    subj = ew('お問い合わせありがとうございます（ケース番号：%s）' % case, 'UTF-8', 'Q', 40)
    text = """藤田 葵 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

　ケース番号　：%s
　お問い合わせ種別：Certification / Account Merge

内容を確認のうえ、担当者より順次ご連絡いたします。通常、1 営業日以内にご回答しておりますが、
混雑状況によりお時間をいただく場合がございます。あらかじめご了承ください。

※ 本メールにご返信いただくと、上記ケースに内容が追加されます。
※ 同一のご依頼で再度フォームを送信されないようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % case
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>'
            '<body><div style="font-size:14px">' + paras_html(text) + '</div></body></html>\n')
    body = multi('alternative', [tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False),
                                 tpart(html, 'html', cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False)])
    h = aws_hdrs('so-net', to, dt.astimezone(UTC), FORM, subj)
    add('053-ja-form-ack-uketamawarimashita.eml', assemble(h, body),
        L('case_created', case, [], True, 'ja'))


def m054():
    to = 'tomasz.zielinski.it@gmail.com'
    dt = T('2026-05-05 13:02:44')
    case = case15(dt - timedelta(seconds=29), 64419)
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % case
    text = """Hi Tomasz,

We’ve received your message and logged it as case #%s. There’s no need to do anything else right now — a member of our team will pick it up shortly and get in touch, normally within one business day.

Here’s a summary of what you sent us:
  • Topic: Certification – Account Merge
  • Candidate ID provided: aws 16009472
  • Preferred language: English

Please keep the case number in the subject if you write to us about this request, and don’t open a new request for the same issue.

Thanks,
AWS Training and Certification Customer Support
""" % case
    # UTF-8 bytes sent under a wrong charset label
    body = tpart(text, cs='utf-8', cte='8bit', label='iso-8859-1', quote_cs=False)
    h = aws_hdrs('gmail', to, dt, FORM, subj)
    add('054-form-ack-wrong-charset-label.eml', assemble(h, body),
        L('case_created', case, ['AWS16009472'], True))


# ---------------------------------------------------------------- T8: Hugo, form desk, M365 corporate
T8_TO = 'h.moreau@vellane-consulting.fr'
T8_OPEN = T('2026-04-14 07:51:36')
T8_CASE = case15(T8_OPEN, 38850)
T8_A, T8_B = 'AWS08813590', 'AWS17725346'
T8_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8_CASE
T8_CONF = """Hello Hugo,

Thank you for your patience. After verification we are able to do the merge of your two profiles as follow:

  - AWS-08813590 (hugo.moreau@etu.univ-lyon1.fr) --> will be merged and deactivated
  - AWS-17725346 (h.moreau@vellane-consulting.fr) --> will stay active, all certifications will be kept on it

Please kindly note that after the merge is done it is not possible to revert it.

We request you to reply on this email to confirm that you agree with the above, then we will move forward.

Best Regards,
Anjali V.
AWS Training and Certification Customer Support
"""


def m055():
    dt = T('2026-04-15 08:02:11')
    body = multi('alternative', [tpart(T8_CONF, cte='quoted-printable'),
                                 tpart(aws_html(paras_html(T8_CONF)), 'html', cte='quoted-printable')])
    h = aws_hdrs('outlook', T8_TO, dt, FORM, T8_SUBJ,
                 extra=[('X-MS-Exchange-Organization-AuthAs', 'Anonymous')])
    add('055-form-nonnative-confirm-merge-as-follow.eml', assemble(h, body),
        L('merge_confirmation_requested', T8_CASE, [T8_A, T8_B], True))


def m056():
    dt = T('2026-04-20 09:15:40')
    new = """Hello Hugo,

We are writing to follow up on our previous email below, to which we did not receive any answer yet.

Kindly note we cannot go ahead with your request until we have your reply. Please respond at your earliest convenience. If we do not hear from you within 5 business days, the case will be closed, but you can always reply to it later to reopen.

Best Regards,
Anjali V.
AWS Training and Certification Customer Support
"""
    hist = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 15, 2026 8:02 AM
To: h.moreau@vellane-consulting.fr
Subject: %s

%s""" % (T8_SUBJ, T8_CONF)
    text = new + '\n' + hist
    html = aws_html(paras_html(new) + '<hr style="display:inline-block;width:98%" tabindex="-1">'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                    '<b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>'
                    '<b>Sent:</b> Wednesday, April 15, 2026 8:02 AM<br><b>To:</b> h.moreau@vellane-consulting.fr<br>'
                    '<b>Subject:</b> ' + esc(T8_SUBJ) + '</font></div>' + paras_html(T8_CONF))
    body = multi('alternative', [tpart(text, cte='base64'), tpart(html, 'html', cte='base64')])
    h = aws_hdrs('outlook', T8_TO, dt, FORM, T8_SUBJ)
    add('056-form-chaser-no-answer-yet-outlook-quote.eml', assemble(h, body),
        L('support_reply', T8_CASE, [], True))


def m057():
    dt = T('2026-04-22 15:47:09')
    text = """Hello Hugo,

Thanks a lot for your confirmation, well received.

Your request is now in progress with our back-office team. We’ll keep you posted here when it’s finalised — for now AWS-17725346 stays your active profile and you can keep using it as usual (also for booking exams).

Best Regards,
Anjali V.
AWS Training and Certification Customer Support

-----Original Message-----
From: Hugo Moreau <h.moreau@vellane-consulting.fr>
Sent: Tuesday, April 21, 2026 6:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: %s

Hello,

Sorry for the late answer, I was on holidays. Yes I confirm, please merge AWS-08813590 into AWS-17725346.

Regards,
Hugo Moreau
Senior Consultant | Vellane Consulting
""" % T8_SUBJ
    # UTF-8 curly quotes and dashes under a us-ascii label
    body = tpart(text, cs='utf-8', cte='8bit', label='us-ascii', quote_cs=False)
    h = aws_hdrs('outlook', T8_TO, dt, FORM, T8_SUBJ)
    add('057-form-confirmation-received-in-progress.eml', assemble(h, body),
        L('support_reply', T8_CASE, [T8_B], True))


# ---------------------------------------------------------------- T1 end + T5 reopen
def m058():
    dt = T('2025-05-31 04:18:27')
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE
    text = """Hello Daniel,

I'm happy to let you know that your request has been fulfilled: your former profile AWS04418273 no longer exists as a separate account, and its certification and exam history now sit under AWS11930562. Please allow up to 24 hours for the changes to appear everywhere, including your digital badges.

As your request is complete, we are closing this case. If you need anything further on this matter, simply reply to this email within the next 14 days and the case will be reopened.

How did we do? You may receive a short survey about this interaction; we would really appreciate your feedback.

Kind regards,
Miguel R.
AWS Training and Certification Customer Support
"""
    body = multi('alternative', [tpart(text), tpart(aws_html(paras_html(text)), 'html')])
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('058-form-request-fulfilled-case-closing.eml', assemble(h, body),
        L('merge_completed', T1_CASE, [T1_OLD, T1_NEW], True))


def m059():
    dt = T('2025-05-31 04:19:52')
    subj = 'How was your experience with AWS Training and Certification Customer Support?'
    inner = """<p>Hello Daniel,</p>
<p>Your case <b>%s</b> was recently closed. We would love to hear about your experience.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<table role="presentation"><tr>
<td style="background:#ec7211;padding:8px 24px"><a style="color:#fff;text-decoration:none" href="https://survey.training.aws/case?c=%s&amp;r=1">Yes</a></td>
<td width="12"></td>
<td style="background:#545b64;padding:8px 24px"><a style="color:#fff;text-decoration:none" href="https://survey.training.aws/case?c=%s&amp;r=0">No</a></td>
</tr></table>
<p>How would you rate the support you received from Miguel?</p>
<p>%s</p>
<p>Thank you,<br>AWS Training and Certification</p>""" % (
        T1_CASE, T1_CASE, T1_CASE,
        ' '.join('<a href="https://survey.training.aws/case?c=%s&amp;s=%d">%s</a>' % (T1_CASE, i, '&#9733;' * i) for i in range(1, 6)))
    body = tpart(aws_html(inner, 'Customer Support survey'), 'html', cte='quoted-printable')
    h = aws_hdrs('gmail', GM, dt, FORM, subj)
    add('059-form-survey-rate-agent.eml', assemble(h, body),
        L('survey', T1_CASE, [], True))


def m060():
    dt = T('2025-12-03 08:40:12', JST)
    subj = ew('Amazon Web Services: サポートケース %s が再オープンされました' % T5_CASE, 'ISO-2022-JP', 'B', 40)
    text = """お客様

サポートケース %s に新しい連絡が追加されたため、ケースが再オープンされました。

ケース ID: %s
件名: %s
ステータス: 再オープン

担当者が内容を確認し、できるだけ早く対応いたします。ケースは次のリンクからご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services

*このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。
""" % (T5_CASE, T5_CASE, T5_SUBJ, T5_CASE)
    html = ('<html><body style="font-family:sans-serif;font-size:14px">' + paras_html(text) + '</body></html>\n')
    body = multi('alternative', [tpart(text, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False),
                                 tpart(html, 'html', cte='base64', label='UTF-8', quote_cs=False)])
    h = aws_hdrs('nifty', T5_TO, dt.astimezone(UTC), CONSOLE, subj)
    add('060-ja-case-reopened-notice.eml', assemble(h, body),
        L('support_reply', T5_CASE, [], True, 'ja'))

# ==== END MAILS ====


# ================================================================= writer + checks
def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, msg, linesep in MAILS:
        buf = io.BytesIO()
        g = BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep=linesep, max_line_length=None))
        g.flatten(msg)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(buf.getvalue())
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)


def decoded_text(msg):
    from email.header import decode_header
    parts = []
    for h in ('Subject', 'From'):
        v = msg.get(h, '')
        for b, cs in decode_header(v):
            if isinstance(b, bytes):
                try:
                    parts.append(b.decode(cs or 'ascii', 'replace'))
                except LookupError:
                    parts.append(b.decode('latin-1'))
            else:
                parts.append(b)
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        data = p.get_payload(decode=True) or b''
        cs = p.get_content_charset() or 'us-ascii'
        try:
            parts.append(data.decode(cs, 'replace'))
        except LookupError:
            parts.append(data.decode('latin-1'))
    return '\n'.join(parts)


IDRE = re.compile(r'aws[\s\-_]?(\d{8})(?!\d)', re.I)


def check():
    import email
    ok = True
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
    if set(files) != set(labels):
        print('MISMATCH files/labels', set(files) ^ set(labels)); ok = False
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        msg = email.message_from_bytes(raw)
        if msg.defects:
            print(f, 'defects', msg.defects)
        txt = decoded_text(msg)
        lab = labels[f]
        if lab['case_id'] and lab['case_id'] not in txt:
            print(f, 'case id not in text', lab['case_id']); ok = False
        found = {'AWS' + m for m in IDRE.findall(txt)}
        for a in lab['account_ids']:
            if a not in found:
                print(f, 'account id not in text', a); ok = False
            if not re.fullmatch(r'AWS\d{8}', a):
                print(f, 'bad id form', a); ok = False
        if lab['case_id'] and not re.fullmatch(r'\d+', lab['case_id']):
            print(f, 'bad case id'); ok = False
    from collections import Counter
    print(Counter(l['kind'] for l in labels.values()))
    print('files', len(files), 'OK' if ok else 'PROBLEMS')


if __name__ == '__main__':
    for name in sorted(k for k in list(globals()) if re.fullmatch(r'm\d{3}', k)):
        globals()[name]()
    write_all()
    check()
