#!/usr/bin/env python3
"""Generator for blind set 145: AWS Certification account-merge mailbox.

Emphasis: merge confirmation requests and their look-alikes.
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dtm
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(145)
LABELS = {}

UTC = dtm.timezone.utc
PDT = dtm.timezone(dtm.timedelta(hours=-7), 'PDT')
PST = dtm.timezone(dtm.timedelta(hours=-8), 'PST')
JST = dtm.timezone(dtm.timedelta(hours=9))
CET = dtm.timezone(dtm.timedelta(hours=1))
IST = dtm.timezone(dtm.timedelta(hours=5, minutes=30))

SELECTORS = {'amazon.com': 'szqgv33erturdv5cvz4vtb4qzq6quasl',
             'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
             'credly.com': 's1', 'youracclaim.com': 's1', 'github.com': 'pf2023',
             'certmetrics.com': 'selector1', 'pearson.com': 'selector2'}
TRUSTED = ('amazon.com', 'credly.com', 'youracclaim.com', 'amazon.co.jp')


# ----------------------------------------------------------------- utilities
def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64s(n):
    return base64.b64encode(rb(n)).decode()


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def case15(dt):
    """15-digit display id: Unix time of opening + 5 digits."""
    return '%d%05d' % (int(dt.timestamp()), R.randint(100, 99999))


def fold_words(name, value, width=76, indent='\t'):
    """Fold a header at spaces / semicolons, keeping it realistic."""
    out, line = [], name + ': '
    for tok in re.split(r'(?<= )', value):
        if len(line) + len(tok) > width and line.strip() not in (name + ':',):
            out.append(line.rstrip())
            line = indent + tok
        else:
            line += tok
    out.append(line.rstrip())
    return '\n'.join(out)


def manual_words(name, text, charset, mode='B', label=None):
    """Encoded words by hand (Python would turn Shift_JIS into ISO-2022-JP)."""
    label = label or charset
    words, chunk = [], ''

    def enc(t):
        raw = t.encode(CODECS[charset])
        if mode == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(raw).decode())
        q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else '=%02X' % b) for b in raw)
        return '=?%s?Q?%s?=' % (label, q)
    for ch in text:
        if len(enc(chunk + ch)) > 74 - (len(name) + 2 if not words else 1):
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(enc(chunk))
    return name + ': ' + '\n '.join(words)


def enc_header(name, text, charset='utf-8', width=76):
    """Encoded-word header (folded) when text is not pure ASCII."""
    try:
        text.encode('ascii')
        return fold_words(name, text, indent=' ')
    except UnicodeEncodeError:
        if charset == 'shift_jis':
            return manual_words(name, text, 'shift_jis', 'B', 'Shift_JIS')
        if charset == 'utf-8-q':
            return manual_words(name, text, 'utf-8', 'Q', 'UTF-8')
        h = Header(text, charset, header_name=name, maxlinelen=width)
        return name + ': ' + h.encode(linesep='\n')


def addr(display, address, charset='utf-8'):
    if display is None:
        return address
    try:
        display.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', display):
            return '"%s" <%s>' % (display, address)
        return '%s <%s>' % (display, address)
    except UnicodeEncodeError:
        return Header(display, charset).encode() + ' <%s>' % address


def rfcdate(dt):
    return format_datetime(dt)


def ses_msgid(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        region, ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_bounce(mid):
    return mid.strip('<>')


# ------------------------------------------------------------------ MIME parts
CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
          'iso-8859-1': 'latin-1', 'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable',
             label=None, fmt_flowed=False):
    """A text/* leaf. `charset` is what the bytes really are; `label` what the
    Content-Type claims (to make a wrong label on purpose)."""
    raw = text.encode(CODECS[charset])
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if label and label.lower() == 'shift_jis':
        ct = 'text/%s; charset=Shift_JIS' % subtype
    if fmt_flowed:
        ct += '; format=flowed'
    p['Content-Type'] = ct
    p['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')   # raw bytes kept as they are
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def multipart(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, boundary)
    for p in parts:
        m.attach(p)
    return m


def b_java():
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(100000000, 2099999999),
                                   R.randint(1700000000000, 1790000000000))


def b_gmail():
    return '000000000000' + hexs(16)


def b_outlook():
    return '_000_%s%s_' % (alnum(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'namprd')


def flatten(m):
    fp = io.BytesIO()
    g = BytesGenerator(fp, mangle_from_=False, maxheaderlen=0, policy=compat32)
    g.flatten(m)
    data = fp.getvalue()
    return data


def to_html(text):
    """Small text -> html converter: paragraphs + <br>, '>' runs become nested blockquotes."""
    lines = text.strip('\n').split('\n')
    out, run, quoted = [], [], None

    def flush():
        if not run:
            return
        if quoted:
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in run)
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + to_html(inner) + '</blockquote>')
        else:
            for para in '\n'.join(run).split('\n\n'):
                if para.strip():
                    out.append('<p>' + '<br>\n'.join(htmlmod.escape(l, quote=False) for l in para.split('\n'))
                               + '</p>')
        run.clear()
    for l in lines:
        q = l.startswith('>')
        if quoted is not None and q != quoted:
            flush()
        quoted = q
        run.append(l)
    flush()
    return '\n'.join(out)


def aws_html(inner_html, title='Amazon Web Services', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr>'
            '<td style="background:#232f3e;padding:12px 20px"><img src="https://d1.awsstatic.com/'
            'logos/aws-logo-white.png" alt="Amazon Web Services" width="60"></td></tr>\n'
            '<tr><td style="padding:20px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px 20px;font-size:11px;color:#687078">Amazon Web Services, Inc. '
            'is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, '
            'Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. '
            'North, Seattle, WA 98109-5210</td></tr></table>\n</body></html>\n') % (lang, title, inner_html)


# --------------------------------------------------------------- transport
def dkim(d, s, t, hlist, c='relaxed/simple', indent='\t'):
    v = ('v=1; a=rsa-sha256; q=dns/txt; c=%s; s=%s; d=%s; t=%d; h=%s; bh=%s; b=%s'
         % (c, s, d, int(t), ':'.join(hlist), b64s(32), b64s(128)))
    return fold_words('DKIM-Signature', v, indent=indent)


SES_IPS = ['54.240.8.%d' % i for i in range(10, 90)] + ['54.240.48.%d' % i for i in range(90, 120)] + \
          ['23.251.234.%d' % i for i in range(1, 40)]


def ses_host(ip):
    a = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (a[2], a[3]) if ip.startswith('54.240') else \
        'e234-%s.smtp-out.amazonses.com' % a[3]


class Auth:
    """What the receiving provider concluded (topmost A-R)."""
    def __init__(self, from_dom, dkim=(('pass', None),), spf='pass', dmarc='pass',
                 mailfrom=None, ip=None, helo=None, policy='QUARANTINE', extra_lower=None):
        self.from_dom = from_dom
        self.dkim = [(r, d or from_dom) for r, d in dkim]
        self.spf, self.dmarc, self.policy = spf, dmarc, policy
        self.mailfrom, self.ip, self.helo = mailfrom, ip, helo
        self.extra_lower = extra_lower   # forged / older A-R lines (list of str)


def ar_gmail(a, name='Authentication-Results'):
    bits = []
    for r, d in a.dkim:
        if r is None:
            continue
        bits.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, SELECTORS.get(d, 's1'),
                    b64s(6)[:8]))
    mfdom = a.mailfrom.split('@')[-1]
    if a.spf == 'pass':
        bits.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                    % (a.mailfrom, a.ip, a.mailfrom))
    elif a.spf == 'softfail':
        bits.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as '
                    'permitted sender) smtp.mailfrom=%s' % (a.mailfrom, a.ip, a.mailfrom))
    else:
        bits.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) '
                    'smtp.mailfrom=%s' % (a.spf, a.mailfrom, a.ip, a.mailfrom))
    if a.dmarc:
        bits.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            a.dmarc, a.policy, a.policy, 'NONE' if a.dmarc == 'pass' else a.policy, a.from_dom))
    return name + ': ' + (name == 'ARC-Authentication-Results' and 'i=1; ' or '') + \
        'mx.google.com;\n       ' + ';\n       '.join(bits)


def ar_outlook(a):
    bits = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (a.spf, a.ip, a.mailfrom.split('@')[-1])]
    for r, d in a.dkim:
        if r is None:
            bits.append('dkim=none (message not signed)\n header.d=none')
        else:
            bits.append('dkim=%s (%s)\n header.d=%s' % (
                r, 'signature was verified' if r == 'pass' else 'signature did not verify', d))
    dm = a.dmarc or 'none'
    bits.append('dmarc=%s action=%s\n header.from=%s' % (
        dm, 'none' if dm == 'pass' else ('quarantine' if dm == 'fail' else 'none'), a.from_dom))
    bits.append('compauth=%s reason=%s' % ('pass' if dm == 'pass' else 'fail', '100' if dm == 'pass' else '000'))
    return 'Authentication-Results: ' + ';'.join(bits)


def ar_jp(a, server):
    bits = ['spf=%s smtp.mailfrom=%s' % (a.spf, a.mailfrom)]
    for r, d in a.dkim:
        if r is not None:
            bits.append('dkim=%s header.d=%s' % (r, d))
    if a.dmarc:
        bits.append('dmarc=%s header.from=%s' % (a.dmarc, a.from_dom))
    return 'Authentication-Results: %s;\n\t' % server + ';\n\t'.join(bits)


def gmail_trace(dt, to, a, sender_host, delay=2):
    rdt = (dt + dtm.timedelta(seconds=delay)).astimezone(PDT if dt.month in range(4, 11) else PST)
    smtpid = '%s-%s%s.%d.%s' % (hexs(16), hexs(12), 'si', R.randint(100, 999),
                                rdt.strftime('%Y.%m.%d.%H.%M.%S'))
    lines = [
        'Delivered-To: %s' % to,
        'Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            rfcdate(rdt + dtm.timedelta(seconds=1)) + ' (%s)' % rdt.tzname()),
        'X-Google-Smtp-Source: AGHT+I%s' % b64s(60)[:86],
        'X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            R.randint(1, 99), R.randint(1700000000000, 1799999999999) // 10**10,
            rfcdate(rdt + dtm.timedelta(seconds=1)) + ' (%s)' % rdt.tzname()),
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=%s;\n        b=%s'
        % (int(rdt.timestamp()), 'arc-20240605' if rdt.year >= 2024 else 'arc-20160816', b64s(96)),
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=%s;\n' % ('arc-20240605' if rdt.year >= 2024 else 'arc-20160816') +
        '        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
        '        bh=%s;\n        fh=%s;\n        b=%s' % (b64s(32), b64s(32), b64s(96)),
        ar_gmail(a, 'ARC-Authentication-Results'),
        'Return-Path: <%s>' % a.mailfrom,
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
        '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            sender_host, sender_host, a.ip, smtpid, to, rfcdate(rdt) + ' (%s)' % rdt.tzname()),
    ]
    if a.spf == 'pass':
        lines.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) '
                     'client-ip=%s;' % (a.mailfrom, a.ip, a.ip))
    else:
        lines.append('Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) '
                     'client-ip=%s;' % (a.spf, a.mailfrom, a.ip, a.ip))
    lines.append(ar_gmail(a))
    return lines


def outlook_trace(dt, to, a, sender_host, tenant='namprd'):
    rdt = (dt + dtm.timedelta(seconds=3)).astimezone(UTC)
    pfx = {'namprd': ('SA1PR', 'BN8NAM12FT'), 'eurprd': ('AM0PR', 'AMS0EPF0000')}[tenant]
    host1 = '%s%02dMB%04d.%s%02d.prod.outlook.com' % (pfx[0], R.randint(10, 19), R.randint(1000, 9999),
                                                    tenant, R.randint(10, 19))
    host2 = '%s%03d.mail.protection.outlook.com' % (pfx[1], R.randint(10, 99))
    lines = [
        'X-MS-Exchange-Organization-SCL: 1',
        'X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
        'X-MS-Exchange-Organization-AuthSource: %s' % host2.replace('.mail.protection.outlook.com', '.%s%02d.prod.outlook.com' % (tenant, R.randint(10, 19))),
        'Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (
            host2.replace('.mail.protection.outlook.com', '.prod.outlook.com'), hexs(3), hexs(2), host1,
            rfcdate(rdt + dtm.timedelta(seconds=1))),
        'Received: from %s (2603:10b6:%s::%s)\n by %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            'MW4PR03CA%04d.%s%02d.prod.outlook.com' % (R.randint(1000, 9999), tenant, R.randint(10, 19)),
            hexs(3), hexs(2), host1, hexs(3), hexs(3), R.randint(8000, 9300), R.randint(10, 40),
            rfcdate(rdt + dtm.timedelta(seconds=1))),
        ar_outlook(a),
        'Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender)'
        ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            a.spf.capitalize(), a.mailfrom.split('@')[-1], a.ip, a.ip, sender_host) if a.spf == 'pass' else
        'Received-SPF: %s (protection.outlook.com: domain of %s does\n not designate %s as permitted sender)'
        ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (
            a.spf.capitalize(), a.mailfrom.split('@')[-1], a.ip, a.ip, sender_host),
        'Received: from %s (%s) by\n %s (%s) with Microsoft SMTP\n Server (version=TLS1_3, '
        'cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            sender_host, a.ip, host2, '10.167.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
            R.randint(8000, 9300), R.randint(10, 40), rfcdate(rdt)),
    ]
    return lines


def jp_trace(dt, to, a, sender_host, server='mx.biglobe.ne.jp', inner='mail.biglobe.ne.jp'):
    rdt = (dt + dtm.timedelta(seconds=4)).astimezone(JST)
    return [
        'Return-Path: <%s>' % a.mailfrom,
        'Delivered-To: %s' % to,
        'Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s'
        % (server, inner, alnum(9, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789'), to,
           rfcdate(rdt + dtm.timedelta(seconds=1))),
        ar_jp(a, server),
        'Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            sender_host, sender_host, a.ip, server, alnum(12, 'ABCDEF0123456789'), to, rfcdate(rdt)),
    ]


def yahoo_trace(dt, to, a, sender_host):
    rdt = dt + dtm.timedelta(seconds=2)
    srv = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
    bits = []
    for r, d in a.dkim:
        if r:
            bits.append('dkim=%s header.i=@%s header.s=%s' % (r, d, SELECTORS.get(d, 's1')))
    bits.append('spf=%s smtp.mailfrom=%s' % (a.spf, a.mailfrom.split('@')[-1]))
    bits.append('dmarc=%s(p=%s) header.from=%s' % (a.dmarc, a.policy, a.from_dom))
    return [
        'X-Apparently-To: %s; %s' % (to, rfcdate(rdt + dtm.timedelta(seconds=1))),
        'Return-Path: <%s>' % a.mailfrom,
        'Received-SPF: %s (domain of %s designates %s as permitted sender)' % (
            a.spf, a.mailfrom.split('@')[-1], a.ip),
        'X-YMailISG: %s' % b64s(90).replace('+', '_').replace('/', '.')[:100],
        'X-Originating-IP: [%s]' % a.ip,
        'Authentication-Results: %s;\n ' % srv + ';\n '.join(bits) + ';',
        'Received: from %s (EHLO %s)\n by %s with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);'
        ' %s' % (a.ip, sender_host, '10.197.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                 rfcdate(rdt)),
    ]


def plain_trace(dt, to, sender_host, ip, server='mail.example.net', org=''):
    """Corporate / ISP relay that adds no Authentication-Results at all."""
    rdt = (dt + dtm.timedelta(seconds=5)).astimezone(dt.tzinfo)
    return [
        'Received: from %s (%s [10.20.%d.%d])\n\tby imap01.%s (Dovecot) with LMTP id %s\n\tfor <%s>; %s' % (
            server, server, R.randint(1, 250), R.randint(1, 250), server.split('.', 1)[1],
            b64s(12)[:16], to, rfcdate(rdt + dtm.timedelta(seconds=2))),
        'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            sender_host, sender_host, ip, server, alnum(11, 'ABCDEF0123456789'), to, rfcdate(rdt)),
    ]


def ses_auth(from_dom='amazon.com', dt=None, mid=None, dmarc='pass', dkim_res='pass'):
    ip = R.choice(SES_IPS)
    return Auth(from_dom, dkim=((dkim_res, from_dom), ('pass', 'amazonses.com')), spf='pass', dmarc=dmarc,
                mailfrom=ses_bounce(mid), ip=ip), ses_host(ip)


def ses_headers(dt, frm, to, subject_line, mid, from_dom='amazon.com', extra=(), reply_to=None,
                cc=None):
    t = dt.timestamp()
    hs = [
        dkim(from_dom, 'szqgv33erturdv5cvz4vtb4qzq6quasl' if from_dom == 'amazon.com' else hexs(32), t,
             ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type']),
        dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
             ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type',
              'Feedback-ID']),
        'Date: ' + rfcdate(dt.astimezone(UTC)),
        'From: ' + frm,
    ]
    if reply_to:
        hs.append('Reply-To: ' + reply_to)
    hs.append('To: ' + to)
    if cc:
        hs.append('Cc: ' + cc)
    hs += ['Message-ID: ' + mid, subject_line, 'MIME-Version: 1.0']
    hs += list(extra)
    return hs


def ses_tail(dt, ip=None):
    return ['X-SES-Outgoing: %s-%s' % (dt.astimezone(UTC).strftime('%Y.%m.%d'), ip or R.choice(SES_IPS)),
            'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64s(33)[:44]]


def write(fname, trace, hdrs, body, label, crlf=False):
    body_bytes = flatten(body)
    head = '\n'.join(trace + hdrs) + '\n'
    data = head.encode('ascii') + body_bytes
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = label


ID_RE = re.compile(r'(?i)\baws[ \-]?(\d{8})(?!\d)')


def ids_in(*texts):
    s = set()
    for t in texts:
        for m in ID_RE.finditer(t):
            s.add('AWS' + m.group(1))
    return sorted(s)


def verified(a, from_dom, lookalike=False):
    if a is None:
        return None
    if lookalike:
        return False
    if not any(from_dom == d or from_dom.endswith('.' + d) for d in TRUSTED):
        return False
    if a.dmarc == 'pass':
        return True
    if any(r == 'pass' and (d == from_dom or from_dom.endswith('.' + d) or d.endswith('.' + from_dom))
           for r, d in a.dkim):
        return True if a.dmarc in (None, 'none') else False
    return False


def label(kind, case_id, new_text, sv, lang='en', ids=None):
    return {'kind': kind, 'case_id': case_id,
            'account_ids': ids if ids is not None else ids_in(new_text),
            'sender_verified': sv, 'language': lang}


# =============================================================== the people
def cid():
    return 'AWS%08d' % R.randint(100000, 4999999)


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'

MAILS = []


def mailfn(f):
    MAILS.append(f)
    return f


def fn(n, slug):
    return '%03d-%s.eml' % (n, slug)


def aws_mail(n, slug, *, dt, to, subject, body, kind, case_id, new, lang='en', provider='gmail',
             frm=None, subj_charset='utf-8', ids=None, crlf=False, from_dom='amazon.com',
             jp=('mx.biglobe.ne.jp', 'mail.biglobe.ne.jp'), dmarc='pass', dkim_res='pass',
             extra_hdrs=(), sv='auto', reply_to=None, plain_server=None, cc=None):
    """Mail sent by AWS through SES (genuine unless told otherwise)."""
    mid = ses_msgid(dt)
    a, host = ses_auth(from_dom, dt, mid, dmarc=dmarc, dkim_res=dkim_res)
    frm = frm or addr(AWSNAME, FORM)
    subj = enc_header('Subject', subject, subj_charset)
    hdrs = ses_headers(dt, frm, to, subj, mid, from_dom, reply_to=reply_to, cc=cc) + ses_tail(dt, a.ip) + \
        list(extra_hdrs)
    to_addr = re.findall(r'<([^>]+)>', to)[-1] if '<' in to else to
    if provider == 'gmail':
        trace = gmail_trace(dt, to_addr, a, host)
    elif provider == 'outlook':
        trace = outlook_trace(dt, to_addr, a, host)
    elif provider == 'outlook-eu':
        trace = outlook_trace(dt, to_addr, a, host, tenant='eurprd')
    elif provider == 'jp':
        trace = jp_trace(dt, to_addr, a, host, *jp)
    elif provider == 'yahoo':
        trace = yahoo_trace(dt, to_addr, a, host)
    elif provider == 'none':
        trace = plain_trace(dt, to_addr, host, a.ip, server=plain_server or 'mx1.example.net')
        a = None
    else:
        raise ValueError(provider)
    if sv == 'auto':
        sv = verified(a, from_dom)
    write(fn(n, slug), trace, hdrs, body, label(kind, case_id, new, sv, lang, ids), crlf=crlf)


RATE_FOOTER = ('We value your feedback. Please share your experience by rating this correspondence using the '
               'AWS Support Center link at the end of this correspondence. Each correspondence can also be '
               'rated by selecting the stars in top right corner of each correspondence within the AWS '
               'Support Center.')

FORM_FOOTER = ('To contact us again about this case, please reply to this email and do not change the '
               'subject line. Please do not open a new case for the same request.')


def alt_qp(plain, html, charset='utf-8', cte='quoted-printable', boundary=None, hcte=None):
    return multipart('alternative', [textpart(plain, 'plain', charset, cte),
                                     textpart(html, 'html', charset, hcte or cte)], boundary or b_java())


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(MAILS)
    random.Random(7).shuffle(order)
    for i, f in enumerate(order, 1):
        f(i)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(LABELS.items())), fh, indent=1, ensure_ascii=False)
    print('wrote', len(LABELS), 'mails')


def c15(dt, suffix):
    return '%d%05d' % (int(dt.timestamp()), suffix)


# ======================================================================
# Thread T1 -- Daniel Ortiz, Gmail, form case (15 digits), May 2025
# ======================================================================
T1_OPEN = dtm.datetime(2025, 5, 27, 8, 2, 11, tzinfo=UTC)
T1_CASE = c15(T1_OPEN, 814)
T1_TO = 'daniel.ortiz.dev@gmail.com'
T1_OLD, T1_NEW = 'AWS02417785', 'AWS03981264'
T1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE


@mailfn
def m_t1_ack(n):
    dt = T1_OPEN + dtm.timedelta(seconds=41)
    new = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated message to let '
           'you know that we have received your inquiry and created case %s.\n\n'
           'A member of our team will review your request and respond, in most cases within 24 hours. '
           'If you need to add information, reply to this email. To avoid delays, please do not submit '
           'a new form for the same request.\n\n'
           'Summary of your submission\n'
           '--------------------------------------------------\n'
           'Inquiry type: AWS Training and Certification\n'
           'Category: Certification\n'
           'Detail: Account Merge\n'
           'AWS candidate ID: %s\n'
           'Description: Hi, I have two certification accounts, one created with my old employer '
           'email. Old one is aws02417785. Please merge them and keep the one I entered above. Thanks, Daniel\n'
           '--------------------------------------------------\n\n'
           'Sincerely,\nAWS Training and Certification\n\n'
           'This message was sent from an address that may not be monitored. Amazon Web Services, Inc. is a '
           'subsidiary of Amazon.com, Inc.' % (T1_CASE, T1_NEW))
    html = aws_html(to_html(new))
    aws_mail(n, 'form-ack-received', dt=dt, to=T1_TO,
             subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1_CASE,
             body=alt_qp(new, html), kind='case_created', case_id=T1_CASE, new=new)


T1_REQ_TEXT = (
    'Hello Daniel,\n\n'
    'Thank you for contacting AWS Training and Certification.\n\n'
    'I have reviewed your request and located the following two certification accounts under your name:\n\n'
    '  1. AWS02417785 - d.ortiz@brightwave-solutions.com (2 active certifications)\n'
    '  2. AWS03981264 - daniel.ortiz.dev@gmail.com (1 active certification)\n\n'
    'As requested, AWS02417785 will be merged into AWS03981264. AWS03981264 will remain as your primary '
    'account and AWS02417785 will be deactivated. Your certification history, exam benefits and digital '
    'badges will be carried over to the primary account.\n\n'
    'Please be aware that once accounts have been merged, the action cannot be reversed.\n\n'
    'To proceed, kindly reply to this email confirming that the details above are correct.\n\n'
    'Best regards,\n'
    'Joanna M.\n'
    'AWS Training and Certification Customer Support\n')


@mailfn
def m_t1_request(n):
    dt = dtm.datetime(2025, 5, 28, 15, 40, 7, tzinfo=UTC)
    new = T1_REQ_TEXT + '\n' + FORM_FOOTER + '\n'
    html = aws_html(to_html(new))
    aws_mail(n, 'please-reply-to-confirm-list', dt=dt, to=T1_TO, subject=T1_SUBJ,
             body=alt_qp(new, html), kind='merge_confirmation_requested', case_id=T1_CASE, new=new)


@mailfn
def m_t1_thanks(n):
    dt = dtm.datetime(2025, 5, 28, 21, 3, 55, tzinfo=UTC)
    new = ('Hello Daniel,\n\n'
           'Thank you for your confirmation.\n\n'
           "I've now submitted the request to our certification operations team. Once the accounts have "
           "been combined, I will send you a follow-up email; this normally takes 2-3 business days. There is "
           "nothing further you need to do in the meantime.\n\n"
           'Best regards,\nJoanna M.\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    quoted = ('\nOn Wed, May 28, 2025 at 9:52 AM Daniel Ortiz <daniel.ortiz.dev@gmail.com> wrote:\n'
              '> Hi Joanna,\n> \n> The details are correct. Please proceed with the merge.\n> \n> Thanks,\n> Daniel\n> \n'
              '> On Wed, May 28, 2025 at 8:40 AM Amazon Web Services <%s> wrote:\n' % FORM +
              '\n'.join('> > ' + l if l else '> >' for l in T1_REQ_TEXT.split('\n')) + '\n')
    plain = new + quoted
    html = aws_html(to_html(new) + '<div class="gmail_quote">' + to_html(quoted) + '</div>')
    aws_mail(n, 'thanks-for-confirming-will-proceed', dt=dt, to=T1_TO, subject=T1_SUBJ,
             body=alt_qp(plain, html), kind='support_reply', case_id=T1_CASE, new=new)


@mailfn
def m_t1_done(n):
    dt = dtm.datetime(2025, 5, 30, 17, 26, 40, tzinfo=UTC)
    new = ('Hello Daniel,\n\n'
           'Good news: the consolidation of your AWS Certification accounts has been finalized. Your '
           'certifications from the former account now appear under AWS 03981264, which is the account you '
           'should use from now on. The old login will no longer work.\n\n'
           'Next steps:\n'
           ' - Sign in at https://www.aws.training/certification and check that all certifications are listed.\n'
           ' - Check that your 50% exam discount benefit is visible under Benefits.\n'
           ' - Credly may send you separate emails to accept your badges on the surviving account.\n\n'
           'If anything looks wrong, just reply to this message.\n\n'
           'Best regards,\nJoanna M.\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    html = aws_html(to_html(new))
    aws_mail(n, 'accounts-consolidated', dt=dt, to=T1_TO, subject=T1_SUBJ,
             body=alt_qp(new, html, cte='base64'), kind='merge_completed', case_id=T1_CASE, new=new)


@mailfn
def m_t1_survey(n):
    dt = dtm.datetime(2025, 5, 30, 17, 31, 2, tzinfo=UTC)
    new = ('Hello,\n\n'
           'Your case %s has been resolved. We hope we were able to help.\n\n'
           'Was your issue resolved?\n\n'
           '   YES  https://survey.aws-support.amazon.com/s?c=%s&a=1\n'
           '   NO   https://survey.aws-support.amazon.com/s?c=%s&a=0\n\n'
           'Your feedback helps us improve. It only takes a minute.\n\n'
           'If you need further help with this request, reply to this email within 14 days and the case '
           'will be reopened.\n\n'
           'Thank you,\nAWS Training and Certification\n' % (T1_CASE, T1_CASE, T1_CASE))
    inner = ('<p>Hello,</p><p>Your case <b>%s</b> has been resolved. We hope we were able to help.</p>'
             '<p style="font-size:18px"><b>Was your issue resolved?</b></p>'
             '<table role="presentation"><tr><td style="background:#1d8102;padding:8px 24px">'
             '<a style="color:#fff" href="https://survey.aws-support.amazon.com/s?c=%s&amp;a=1">YES</a></td>'
             '<td width="12"></td><td style="background:#d13212;padding:8px 24px">'
             '<a style="color:#fff" href="https://survey.aws-support.amazon.com/s?c=%s&amp;a=0">NO</a></td>'
             '</tr></table><p>Your feedback helps us improve. It only takes a minute.</p>'
             '<p>If you need further help with this request, reply to this email within 14 days and the '
             'case will be reopened.</p><p>Thank you,<br>AWS Training and Certification</p>'
             % (T1_CASE, T1_CASE, T1_CASE))
    aws_mail(n, 'case-resolved-yes-no', dt=dt, to=T1_TO,
             subject='[CASE %s] Your case has been resolved - tell us how we did' % T1_CASE,
             body=alt_qp(new, aws_html(inner)), kind='survey', case_id=T1_CASE, new=new)


# ======================================================================
# Thread T2 -- Priyanka Nair, Outlook.com, console case (15 digits), Sep 2025
# ======================================================================
T2_OPEN = dtm.datetime(2025, 9, 15, 6, 12, 48, tzinfo=UTC)
T2_CASE = c15(T2_OPEN, 1377)
T2_TO = 'priyanka.nair@outlook.com'
T2_SUBJ = 'Merge my certification accounts (3 candidate IDs)'


def console_link(case):
    return 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % case


def console_reply(agent, case):
    return (agent + '\n\n' + RATE_FOOTER + '\n\n'
            'To contact us again about this case, please return to the AWS Support Center using the '
            'following URL:\n\n' + console_link(case) + '\n\n'
            '(If you are connecting by federation, log in before following the link.)\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above if you need to contact us again about this same issue.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. or its affiliates.\n')


@mailfn
def m_t2_opened(n):
    dt = T2_OPEN + dtm.timedelta(seconds=9)
    new = ('Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
           'Correspondence: Hello team, over the years I ended up with three AWS Certification accounts '
           '(college email, my first job and my personal mail). Candidate IDs are AWS01155930, '
           'AWS02766419 and AWS04120087. Can you please combine them into one? All are in my name '
           'Priyanka Nair.\n\n' % (T2_CASE, T2_CASE, T2_SUBJ))
    plain = console_reply(new.rstrip('\n'), T2_CASE).replace(RATE_FOOTER + '\n\n', '')
    html = aws_html(to_html(plain))
    aws_mail(n, 'console-new-support-case', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='Amazon Web Services: You have opened a new Support case: %s' % T2_CASE,
             body=alt_qp(plain, html), kind='case_created', case_id=T2_CASE, new=plain, provider='outlook')


@mailfn
def m_t2_which(n):
    dt = dtm.datetime(2025, 9, 16, 4, 55, 21, tzinfo=UTC)
    agent = ('Hello Priyanka,\n\n'
             'Thank you for reaching out to AWS Training and Certification.\n\n'
             'I was able to locate all three accounts you mentioned:\n\n'
             '- AWS01155930 (registered 2019, university email)\n'
             '- AWS02766419 (registered 2021)\n'
             '- AWS04120087 (registered 2023)\n\n'
             'Before I can prepare the merge, I need to know which account you would like to keep as '
             'your primary account. The primary account is the one you will sign in with afterwards, and '
             'its email address will receive all future certification communications. The other two '
             'accounts will be closed.\n\n'
             'Could you please let me know which candidate ID should remain active?\n\n'
             'Best regards,\n\nRahul K.\nAmazon Web Services')
    plain = console_reply(agent, T2_CASE)
    html = aws_html(to_html(plain))
    aws_mail(n, 'which-account-to-keep', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ), body=alt_qp(plain, html),
             kind='support_reply', case_id=T2_CASE, new=plain, provider='outlook')


@mailfn
def m_t2_request(n):
    dt = dtm.datetime(2025, 9, 17, 3, 18, 2, tzinfo=UTC)
    agent = ('Hi Priyanka,\n\n'
             'Thanks for getting back to me with your preference.\n\n'
             'Here is what will happen, based on your reply:\n\n'
             '  Surviving (primary) account : AWS-04120087\n'
             '  Merging into it             : AWS 01155930, aws02766419\n\n'
             'After the merge, every certification, exam history and benefit of the two older accounts '
             'will show up under the primary one, and the older logins will stop working. This change '
             'is permanent; we are not able to split accounts again once they are merged.\n\n'
             'As this case was opened through the Support Center, please reply there (not to this email) '
             'with "I confirm" so I can submit the request.\n\n'
             'Best regards,\n\nRahul K.\nAmazon Web Services')
    plain = console_reply(agent, T2_CASE)
    html = aws_html(to_html(plain).replace('  ', '&nbsp;&nbsp;'))
    aws_mail(n, 'reply-i-confirm-in-support-center', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ), body=alt_qp(plain, html, cte='base64'),
             kind='merge_confirmation_requested', case_id=T2_CASE, new=plain, provider='outlook')


@mailfn
def m_t2_newcorr(n):
    dt = dtm.datetime(2025, 9, 18, 9, 2, 44, tzinfo=UTC)
    plain = ('Hello,\n\nWe\'ve updated your AWS Support case %s. New correspondence has been added to the '
             'case.\n\nTo view the correspondence and respond, sign in to the AWS Support Center:\n\n%s\n\n'
             'Case ID: %s\nSubject: %s\n\n'
             '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
             'Thank you for using Amazon Web Services.\n' % (T2_CASE, console_link(T2_CASE), T2_CASE, T2_SUBJ))
    aws_mail(n, 'console-new-correspondence', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='[Case %s] New correspondence added' % T2_CASE,
             body=alt_qp(plain, aws_html(to_html(plain))), kind='support_reply', case_id=T2_CASE,
             new=plain, provider='outlook')


@mailfn
def m_t2_done(n):
    dt = dtm.datetime(2025, 9, 19, 11, 47, 30, tzinfo=UTC)
    agent = ('Hello Priyanka,\n\n'
             'The requested account merge has now been processed. Your two older candidate IDs have been '
             'folded into AWS04120087, and all five of your certifications are displayed there. Please '
             'allow up to 48 hours for the digital badges to be re-issued to the email on the primary '
             'account.\n\n'
             'Since the work on this request is finished, I will be setting the case to resolved.\n\n'
             'Best regards,\n\nRahul K.\nAmazon Web Services')
    plain = console_reply(agent, T2_CASE)
    aws_mail(n, 'merge-processed-console', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='RE:[CASE %s] %s' % (T2_CASE, T2_SUBJ), body=alt_qp(plain, aws_html(to_html(plain))),
             kind='merge_completed', case_id=T2_CASE, new=plain, provider='outlook')


@mailfn
def m_t2_survey(n):
    dt = dtm.datetime(2025, 9, 19, 11, 49, 3, tzinfo=UTC)
    inner = ('<h2 style="font-weight:normal">How did we do?</h2>'
             '<p>Your support case <b>%s</b> (&ldquo;%s&rdquo;) was recently resolved.</p>'
             '<p>Please take a moment to rate the support you received. Your answers go directly to the '
             'AWS Support leadership team.</p>'
             '<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">'
             '&#9733;&#9733;&#9733;&#9733;&#9733; Excellent</a><br>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">'
             '&#9733;&#9733;&#9733; Average</a><br>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">'
             '&#9733; Poor</a></p>'
             '<p>If the issue is not fully resolved you can reopen the case from the Support Center.</p>'
             % (T2_CASE, T2_SUBJ, T2_CASE, T2_CASE, T2_CASE))
    body = textpart(aws_html(inner), 'html', 'utf-8', 'quoted-printable')
    aws_mail(n, 'how-did-we-do-rating', dt=dt, to=T2_TO, frm=addr(AWSNAME, NOREPLY),
             subject='How did we do? Rate your recent AWS Support experience (Case %s)' % T2_CASE,
             body=body, kind='survey', case_id=T2_CASE, new=inner, provider='outlook')


# ======================================================================
# Thread T3 -- 田中 美咲, BIGLOBE, Japanese form case (15 digits), Nov 2025
# ======================================================================
T3_OPEN = dtm.datetime(2025, 11, 4, 1, 20, 37, tzinfo=UTC)
T3_CASE = c15(T3_OPEN, 6021)
T3_TO = 'm-tanaka@kbc.biglobe.ne.jp'
T3_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3_CASE
JA_SIG = ('佐藤 健一\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n')
JA_FOOT = ('本メールに関するお問い合わせは、件名を変更せずにそのままご返信ください。\n'
           '同じ内容のお問い合わせを新たに送信されますと、回答が遅れる場合がございます。\n')
BIGLOBE = ('mx.biglobe.ne.jp', 'mail.biglobe.ne.jp')


@mailfn
def m_t3_ack(n):
    dt = T3_OPEN + dtm.timedelta(seconds=52)
    new = ('田中 美咲 様\n\n'
           'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
           '本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n'
           'ケース ID: %s\n\n'
           '担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。\n'
           '追加の情報がございましたら、件名を変更せずに本メールへご返信ください。\n\n'
           '----- お問い合わせ内容 -----\n'
           'お問い合わせの種類: 認定\n'
           '詳細: アカウントの統合\n'
           'AWS 受験者 ID: AWS03300915\n'
           '内容: 認定アカウントが 2 つあることに気付きました（以前の勤務先のアドレスで作成したもの'
           'と、個人のアドレスのもの）。個人のアカウントにまとめていただけますでしょうか。\n'
           '----------------------------\n\n'
           'AWS トレーニングと認定\n' % T3_CASE)
    html = aws_html(to_html(new), lang='ja')
    body = multipart('alternative', [textpart(new, 'plain', 'iso-2022-jp', '7bit'),
                                     textpart(html, 'html', 'utf-8', 'quoted-printable')], b_java())
    aws_mail(n, 'ja-form-uketsuke', dt=dt, to=T3_TO,
             subject='[CASE %s] AWS トレーニングと認定: お問い合わせを受け付けました' % T3_CASE,
             subj_charset='iso-2022-jp', body=body, kind='case_created', case_id=T3_CASE, new=new,
             lang='ja', provider='jp', jp=BIGLOBE)


@mailfn
def m_t3_ask_mail(n):
    dt = dtm.datetime(2025, 11, 5, 2, 14, 9, tzinfo=UTC)
    new = ('田中 美咲 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n'
           'このたびはお問い合わせいただき、ありがとうございます。\n\n'
           'アカウント統合のご依頼について承りました。\n'
           'お手続きを進めるにあたり、恐れ入りますが、以下の情報をご返信にてお知らせいただけますでしょうか。\n\n'
           '1. 各アカウント（AWS01872203、AWS03300915）のサインインに使用しているメールアドレス\n'
           '2. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）\n\n'
           'ご本人確認のため、お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n'
           '情報を確認でき次第、統合内容についてあらためてご確認のご連絡を差し上げます。\n\n'
           + JA_SIG + '\n' + JA_FOOT)
    aws_mail(n, 'ja-mail-address-onegai', dt=dt, to=T3_TO, subject=T3_SUBJ,
             body=textpart(new, 'plain', 'iso-2022-jp', '7bit'), kind='support_reply', case_id=T3_CASE,
             new=new, lang='ja', provider='jp', jp=BIGLOBE)


T3_REQ = ('田中 美咲 様\n\n'
          'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n'
          'メールアドレスをお知らせいただき、ありがとうございました。\n\n'
          '確認の結果、以下のとおりアカウントを統合させていただく予定です。\n\n'
          '  統合元（閉鎖されるアカウント）: AWS01872203（misaki.t@kotobuki-systems.co.jp）\n'
          '  統合先（今後ご利用いただくアカウント）: AWS03300915（m-tanaka@kbc.biglobe.ne.jp）\n\n'
          '統合後は、統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントに移行されます。\n'
          'なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。\n\n'
          '上記の内容でお間違いがなければ、本メールにその旨をご返信いただけますでしょうか。\n'
          'ご返信を確認次第、統合の手続きを開始いたします。\n\n' + JA_SIG)


@mailfn
def m_t3_request(n):
    dt = dtm.datetime(2025, 11, 5, 8, 40, 15, tzinfo=UTC)
    new = T3_REQ + '\n' + JA_FOOT
    html = aws_html(to_html(new), lang='ja')
    body = multipart('alternative', [textpart(new, 'plain', 'iso-2022-jp', '7bit'),
                                     textpart(html, 'html', 'utf-8', 'base64')], b_java())
    aws_mail(n, 'ja-tougou-naiyou-kakunin', dt=dt, to=T3_TO, subject=T3_SUBJ, body=body,
             kind='merge_confirmation_requested', case_id=T3_CASE, new=new, lang='ja', provider='jp',
             jp=BIGLOBE)


@mailfn
def m_t3_thanks(n):
    dt = dtm.datetime(2025, 11, 6, 1, 31, 50, tzinfo=UTC)
    new = ('田中 美咲 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n'
           'ご確認のご返信をいただき、誠にありがとうございます。\n\n'
           'それでは、ご承諾いただいた内容にて、これより統合の手続きを進めてまいります。\n'
           '完了までに 2、3 営業日ほどお時間をいただく場合がございます。\n'
           '手続きが完了いたしましたら、あらためてご連絡いたします。\n\n' + JA_SIG + '\n' + JA_FOOT)
    quoted = ('\n2025年11月6日(木) 8:02 田中 美咲 <m-tanaka@kbc.biglobe.ne.jp>:\n'
              '> 佐藤様\n>\n> お世話になっております。田中です。\n> 内容に相違ございません。統合をお願いいたします。\n'
              '>\n> 田中\n>\n'
              '> 2025年11月5日(水) 17:40 Amazon Web Services <%s>:\n' % FORM +
              '\n'.join('> > ' + l if l else '> >' for l in T3_REQ.split('\n')) + '\n')
    aws_mail(n, 'ja-kakunin-arigatou-susumemasu', dt=dt, to=T3_TO, subject=T3_SUBJ,
             body=textpart(new + quoted, 'plain', 'iso-2022-jp', '7bit'), kind='support_reply',
             case_id=T3_CASE, new=new, lang='ja', provider='jp', jp=BIGLOBE)


@mailfn
def m_t3_done(n):
    dt = dtm.datetime(2025, 11, 7, 6, 5, 33, tzinfo=UTC)
    new = ('田中 美咲 様\n\n'
           'お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n\n'
           'ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。\n'
           '今後は AWS03300915 のアカウントにてサインインしていただき、認定資格が正しく表示されて'
           'いることをご確認いただけますと幸いです。\n\n'
           'Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。\n'
           'ご不明な点がございましたら、本メールにご返信ください。\n\n' + JA_SIG + '\n' + JA_FOOT)
    aws_mail(n, 'ja-tougou-kanryou', dt=dt, to=T3_TO,
             subject='RE:[CASE %s] アカウント統合のお手続き完了のお知らせ' % T3_CASE, subj_charset='iso-2022-jp',
             body=textpart(new, 'plain', 'iso-2022-jp', '7bit'), kind='merge_completed', case_id=T3_CASE,
             new=new, lang='ja', provider='jp', jp=BIGLOBE)


@mailfn
def m_t3_survey(n):
    dt = dtm.datetime(2025, 11, 7, 6, 9, 12, tzinfo=UTC)
    new = ('お客様\n\n'
           'ケース %s はクローズされました。\n'
           'このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございました。\n\n'
           '今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。\n\n'
           '問題は解決しましたか?\n'
           '  はい   https://survey.aws-support.amazon.com/s?c=%s&a=1&l=ja\n'
           '  いいえ https://survey.aws-support.amazon.com/s?c=%s&a=0&l=ja\n\n'
           '14 日以内に本メールへご返信いただくと、ケースを再開することができます。\n\n'
           'AWS トレーニングと認定\n' % (T3_CASE, T3_CASE, T3_CASE))
    aws_mail(n, 'ja-case-closed-anketo', dt=dt, to=T3_TO,
             subject='[CASE %s] ケースはクローズされました - アンケートへのご協力のお願い' % T3_CASE,
             subj_charset='iso-2022-jp', body=textpart(new, 'plain', 'iso-2022-jp', '7bit'),
             kind='survey', case_id=T3_CASE, new=new, lang='ja', provider='jp', jp=BIGLOBE, crlf=True)


# ======================================================================
# Thread T4 -- Marcus Weber, self-hosted mail (no A-R), 11-digit form case, 2022
# ======================================================================
T4_CASE = '10952317841'
T4_TO = 'm.weber@weber-it.de'
T4_SUBJ = 'RE:[CASE %s] AWS Training & Certification - Account Merge' % T4_CASE
T4_SRV = 'mx01.weber-it.de'


@mailfn
def m_t4_ack(n):
    dt = dtm.datetime(2022, 8, 22, 13, 5, 18, tzinfo=UTC)
    inner = ('<p>Dear Customer,</p>'
             '<p>Thank you for reaching out to AWS Training and Certification Customer Support. Your '
             'request has been received and a case has been created for you.</p>'
             '<table style="border:1px solid #d5dbdb;border-collapse:collapse" cellpadding="6">'
             '<tr><td style="background:#f2f3f3"><b>Case number</b></td><td>%s</td></tr>'
             '<tr><td style="background:#f2f3f3"><b>Topic</b></td><td>Certification &gt; Account Merge</td></tr>'
             '<tr><td style="background:#f2f3f3"><b>Submitted</b></td><td>08/22/2022 13:05 UTC</td></tr>'
             '</table>'
             '<p>One of our agents will get back to you within one business day. Please keep the case '
             'number for your reference and reply to this email if you want to add details.</p>'
             '<p>Regards,<br>AWS Training and Certification Customer Support</p>' % T4_CASE)
    body = textpart(aws_html(inner), 'html', 'utf-8', 'quoted-printable')
    aws_mail(n, 'case-number-received-2022', dt=dt, to=T4_TO,
             frm=addr('AWS Training and Certification', FORM),
             subject='[CASE %s] We have received your request' % T4_CASE, body=body,
             kind='case_created', case_id=T4_CASE, new=inner, provider='none', plain_server=T4_SRV)


@mailfn
def m_t4_table(n):
    dt = dtm.datetime(2022, 8, 23, 9, 47, 2, tzinfo=UTC)
    plain = ('Hello Marcus,\n\n'
             'Thanks for your patience. I checked our records and found two certification profiles '
             'that belong to you. This is how the merge would be done:\n\n'
             'Candidate ID   | E-mail on file                | After the merge\n'
             '---------------+-------------------------------+-------------------------\n'
             'AWS00938477    | marcus.weber@nordlicht-ag.de  | merged and closed\n'
             'AWS02205316    | m.weber@weber-it.de           | kept (primary account)\n\n'
             'Please confirm by replying to this e-mail that you agree with the merge as outlined in the '
             'table above. Merges are irreversible, so please double-check the candidate IDs.\n\n'
             'Kind regards,\nStefan\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    rows = [('AWS00938477', 'marcus.weber@nordlicht-ag.de', 'merged and closed'),
            ('AWS02205316', 'm.weber@weber-it.de', '<b>kept (primary account)</b>')]
    table = ('<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#aab7b8">'
             '<tr style="background:#eaeded"><th>Candidate ID</th><th>E-mail on file</th>'
             '<th>After the merge</th></tr>' +
             ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
    inner = ('<p>Hello Marcus,</p><p>Thanks for your patience. I checked our records and found two '
             'certification profiles that belong to you. This is how the merge would be done:</p>' + table +
             '<p>Please confirm by replying to this e-mail that you agree with the merge as outlined in the '
             'table above. Merges are irreversible, so please double-check the candidate IDs.</p>'
             '<p>Kind regards,<br>Stefan<br>AWS Training and Certification Customer Support</p><p style="'
             'font-size:12px;color:#687078">' + FORM_FOOTER + '</p>')
    aws_mail(n, 'merge-table-please-confirm', dt=dt, to=T4_TO, subject=T4_SUBJ,
             body=alt_qp(plain, aws_html(inner), cte='base64', boundary=b_java()),
             kind='merge_confirmation_requested', case_id=T4_CASE, new=plain, provider='none',
             plain_server=T4_SRV)


@mailfn
def m_t4_done(n):
    dt = dtm.datetime(2022, 8, 25, 6, 12, 44, tzinfo=UTC)
    new = ('Dear Marcus,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'This is to inform you that merging of your accounts is successfully done as per your '
           'confirmation. Now you can login with candidate ID aws02205316 using your email '
           'm.weber@weber-it.de and all your certifications will be visible there.\n\n'
           'Kindly note the badges will be reflecting in Credly within 2-3 working days.\n\n'
           'Kindly revert back in case of any further query.\n\n'
           'Thanks & Regards,\nMohammed Irfan\nAWS T&C Customer Support\n\n' + FORM_FOOTER + '\n')
    quoted = ('\n-----Original Message-----\nFrom: Marcus Weber <m.weber@weber-it.de>\n'
              'Sent: Tuesday, August 23, 2022 2:15 PM\nTo: aws-cs-trainingcertification-form@amazon.com\n'
              'Subject: RE:[CASE %s] AWS Training & Certification - Account Merge\n\n'
              'Hello Stefan,\n\nyes, I agree. Please merge AWS00938477 into AWS02205316.\n\n'
              'Best regards\nMarcus Weber\n' % T4_CASE)
    aws_mail(n, 'merging-successfully-done', dt=dt, to=T4_TO, subject=T4_SUBJ,
             body=textpart(new + quoted, 'plain', 'utf-8', 'quoted-printable'),
             kind='merge_completed', case_id=T4_CASE, new=new, provider='none', plain_server=T4_SRV)


# ======================================================================
# Thread T5 -- Li Wei, Gmail; first form case never answered, second case a week later (2026)
# ======================================================================
T5A_OPEN = dtm.datetime(2026, 1, 12, 14, 33, 5, tzinfo=UTC)
T5A_CASE = c15(T5A_OPEN, 2290)
T5B_OPEN = dtm.datetime(2026, 1, 19, 10, 8, 41, tzinfo=UTC)
T5B_CASE = c15(T5B_OPEN, 417)
T5_TO = 'liwei.cloudops@gmail.com'


@mailfn
def m_t5_ack2(n):
    dt = T5B_OPEN + dtm.timedelta(seconds=37)
    new = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. We have received your inquiry '
           '(case %s). A member of our team will review it and respond, in most cases within 24 hours.\n\n'
           'Summary of your submission\n'
           'Inquiry type: AWS Training and Certification\n'
           'Category: Certification\n'
           'Detail: Account Merge\n'
           'AWS candidate ID: AWS04011873\n'
           'Description: This is my second request. I submitted case %s one week ago about merging my '
           'two certification accounts but nobody answered. Please merge my old account into AWS04011873.\n\n'
           'Sincerely,\nAWS Training and Certification\n' % (T5B_CASE, T5A_CASE))
    aws_mail(n, 'form-ack-second-request', dt=dt, to=T5_TO,
             subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T5B_CASE,
             body=alt_qp(new, aws_html(to_html(new))), kind='case_created', case_id=T5B_CASE, new=new)


@mailfn
def m_t5_dup(n):
    dt = dtm.datetime(2026, 1, 20, 8, 30, 12, tzinfo=UTC)
    new = ('Hello Wei,\n\n'
           'My apologies for the late reply on this case; we had an unusually high volume of requests.\n\n'
           'I can see that you have since submitted a second request (case %s) for the same account merge. '
           'To avoid duplicate work, I will close this case and your request will be handled under the '
           'newer case. There is no need to reply here.\n\n'
           'For future requests, please keep replying on the existing case rather than opening a new one, '
           'as this puts the request back at the end of the queue.\n\n'
           'Best regards,\nAna P.\nAWS Training and Certification Customer Support\n' % T5B_CASE)
    aws_mail(n, 'duplicate-case-continue-in-new', dt=dt, to=T5_TO,
             subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T5A_CASE,
             body=alt_qp(new, aws_html(to_html(new))), kind='support_reply', case_id=T5A_CASE, new=new)


@mailfn
def m_t5_onesentence(n):
    dt = dtm.datetime(2026, 1, 20, 8, 41, 55, tzinfo=UTC)
    new = ('Hi Wei,\n\nCan you confirm you want AWS03576120 merged into AWS04011873, with AWS04011873 being the '
           'one that stays?\n\nThanks,\nAna P.\nAWS Training and Certification Customer Support\n')
    aws_mail(n, 'one-line-confirm-question', dt=dt, to=T5_TO,
             subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T5B_CASE,
             body=multipart('alternative', [textpart(new, 'plain', 'utf-8', '7bit'),
                                            textpart(aws_html(to_html(new)), 'html', 'utf-8', 'quoted-printable')],
                            b_java()),
             kind='merge_confirmation_requested', case_id=T5B_CASE, new=new)


@mailfn
def m_t5_reminder(n):
    dt = dtm.datetime(2026, 1, 23, 9, 2, 30, tzinfo=UTC)
    new = ('Hi Wei,\n\n'
           'Just following up on my previous message, as we have not received your reply yet.\n\n'
           'We are ready to merge AWS03576120 into AWS04011873. Before we do that, we need your explicit OK, '
           'because a merge cannot be undone. Could you reply with a short "yes, please merge" if that is '
           'what you want?\n\n'
           'If we do not hear back within 5 days, this case will be closed automatically; you can still '
           'reopen it by replying.\n\n'
           'Thanks,\nAna P.\nAWS Training and Certification Customer Support\n')
    quoted = ('\n---------- Previous message ----------\n'
              'From: Amazon Web Services <%s>\nDate: Tue, Jan 20, 2026 at 8:41 AM\n'
              'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
              'Hi Wei,\n\nCan you confirm you want AWS03576120 merged into AWS04011873, with AWS04011873 being the '
              'one that stays?\n' % (FORM, T5B_CASE))
    aws_mail(n, 'reminder-still-need-your-ok', dt=dt, to=T5_TO,
             subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T5B_CASE,
             body=alt_qp(new + quoted, aws_html(to_html(new) + '<hr>' + to_html(quoted))),
             kind='merge_confirmation_requested', case_id=T5B_CASE, new=new)


# ======================================================================
# Thread T6 -- Ahmed Khalil, Yahoo, console case (11 digits), March 2023
# ======================================================================
T6_CASE = '11874502391'
T6_TO = 'ahmed_khalil88@yahoo.com'
T6_SUBJ = 'RE:[CASE %s] Merge two certification accounts' % T6_CASE


def t6(n, slug, dt, agent, kind, cte='quoted-printable', html=True):
    plain = console_reply(agent, T6_CASE)
    body = alt_qp(plain, aws_html(to_html(plain)), cte=cte) if html else textpart(plain, 'plain', 'utf-8', cte)
    aws_mail(n, slug, dt=dt, to=T6_TO, frm=addr(AWSNAME, NOREPLY), subject=T6_SUBJ, body=body,
             kind=kind, case_id=T6_CASE, new=plain, provider='yahoo')


@mailfn
def m_t6_chaser(n):
    t6(n, 'following-up-no-response-yet', dtm.datetime(2023, 3, 9, 16, 20, 1, tzinfo=UTC),
       'Hello Ahmed,\n\n'
       "I'm following up on my earlier correspondence, in which I asked for the e-mail addresses linked to "
       "both of your certification accounts. We haven't received a response from you yet.\n\n"
       'Please reply within 7 days so that we can continue working on your request. If we do not hear '
       'back from you, this case will be closed automatically.\n\n'
       'Best regards,\n\nChiara\nAmazon Web Services', 'support_reply', html=False)


@mailfn
def m_t6_long(n):
    t6(n, 'how-merge-works-then-confirm', dtm.datetime(2023, 3, 13, 10, 4, 27, tzinfo=UTC),
       'Hello Ahmed,\n\n'
       'Thank you for sending the e-mail addresses, and for your patience while I looked into this.\n\n'
       "Before we go ahead I'd like to explain how an account merge works, since there are a few things "
       'worth knowing:\n\n'
       '1. What is moved. All certifications, exam history, score reports and any unused exam benefits '
       '(for example the 50% discount voucher for your next exam) are moved from the secondary account to '
       'the primary account.\n'
       '2. The secondary account. It is deactivated and you will no longer be able to sign in with it. '
       'Exam appointments that are still scheduled on it must be taken or cancelled first. I checked, and '
       'there are none at the moment.\n'
       '3. Digital badges. Credly re-issues the badges to the e-mail address of the primary account, so '
       'you may receive new "accept your badge" e-mails.\n'
       '4. Timing. The back-office team usually completes merges within 2 to 5 business days.\n'
       '5. It is final. A merge cannot be reversed, and we cannot split accounts afterwards.\n\n'
       'For your case, AWS02988140 (ahmed.khalil@petrocon-me.com) would be the secondary account and '
       'AWS01366502 (ahmed_khalil88@yahoo.com) would become the primary account.\n\n'
       'If you agree with all of the above, please reply to this case in the Support Center to confirm, '
       'and I will submit the request.\n\n'
       'Best regards,\n\nChiara\nAmazon Web Services', 'merge_confirmation_requested')


@mailfn
def m_t6_status(n):
    t6(n, 'status-update-in-progress', dtm.datetime(2023, 3, 16, 13, 45, 9, tzinfo=UTC),
       'Hello Ahmed,\n\n'
       'A quick status update: your request is still with our certification back-office team. It is '
       'taking a little longer than usual because the badge transfer step has to be handled manually for '
       'one of your certifications.\n\n'
       'No action is needed from your side. Once the merge is complete, I will update this case and you '
       'will receive a notification, and you can then sign in with AWS01366502.\n\n'
       'Thank you for your understanding.\n\n'
       'Best regards,\n\nChiara\nAmazon Web Services', 'support_reply', cte='base64')


@mailfn
def m_t6_close_done(n):
    t6(n, 'merged-and-resolving-case', dtm.datetime(2023, 3, 17, 9, 12, 55, tzinfo=UTC),
       'Hello Ahmed,\n\n'
       'I am happy to let you know that the back-office team finished merging your accounts this morning. '
       'Everything from the former account now appears under AWS01366502, including your Security - '
       'Specialty certification and the exam benefit.\n\n'
       'As there is nothing else outstanding on this request, I am marking this case as resolved. If you '
       'were happy with the support you received, I would appreciate it if you took a moment to rate this '
       'correspondence.\n\n'
       'Best regards,\n\nChiara\nAmazon Web Services', 'merge_completed')


# ======================================================================
# Thread T7 -- Olivia Brown, Gmail, form case (15 digits), March 2026
# ======================================================================
T7_OPEN = dtm.datetime(2026, 3, 2, 19, 51, 30, tzinfo=UTC)
T7_CASE = c15(T7_OPEN, 73)
T7_TO = 'olivia.brown.ml@gmail.com'


@mailfn
def m_t7_subject_ask(n):
    dt = dtm.datetime(2026, 3, 3, 22, 17, 4, tzinfo=UTC)
    new = ('Hello Olivia,\n\n'
           'Following up on your request, please see the subject line of this email.\n\n'
           'Accounts in scope:\n'
           '* AWS02650377 - to be retired\n'
           '* AWS04893016 - to be kept\n\n'
           'A one-word reply ("Confirmed") is enough. Note that this action is permanent.\n\n'
           'Regards,\nKevin\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    aws_mail(n, 'action-required-in-subject', dt=dt, to=T7_TO,
             subject='RE:[CASE %s] ACTION REQUIRED - Please confirm merge of AWS02650377 into AWS04893016'
             % T7_CASE,
             body=alt_qp(new, aws_html(to_html(new))), kind='merge_confirmation_requested', case_id=T7_CASE,
             new=new)


@mailfn
def m_t7_autoclose(n):
    dt = dtm.datetime(2026, 3, 13, 23, 0, 18, tzinfo=UTC)
    new = ('Hello,\n\n'
           "We haven't heard back from you regarding case %s, so we have resolved it.\n\n"
           'If you still need help, simply reply to this email within 14 days and the case will be '
           'reopened automatically.\n\n'
           'How would you rate the support you received?\n'
           'Excellent | Good | Fair | Poor\n'
           'https://survey.aws-support.amazon.com/csat?caseId=%s\n\n'
           'Thank you,\nAWS Training and Certification\n' % (T7_CASE, T7_CASE))
    inner = (to_html(new.split('How would')[0]) +
             '<p><b>How would you rate the support you received?</b></p><p>' +
             ' '.join('<a href="https://survey.aws-support.amazon.com/csat?caseId=%s&amp;r=%d" style="padding:6px '
                      '14px;border:1px solid #879596;text-decoration:none">%s</a>' % (T7_CASE, i, w)
                      for i, w in enumerate(['Excellent', 'Good', 'Fair', 'Poor'], 1)) +
             '</p><p>Thank you,<br>AWS Training and Certification</p>')
    aws_mail(n, 'no-response-case-resolved-rate', dt=dt, to=T7_TO,
             subject='[CASE %s] Your case has been resolved' % T7_CASE,
             body=alt_qp(new, aws_html(inner)), kind='survey', case_id=T7_CASE, new=new)


# ======================================================================
# Thread T8 -- 佐藤 由紀, @nifty, Japanese console case (15 digits), July 2025
# ======================================================================
T8_OPEN = dtm.datetime(2025, 7, 8, 0, 45, 19, tzinfo=UTC)
T8_CASE = c15(T8_OPEN, 25508)
T8_TO = 'yuki-sato0312@nifty.com'
T8_SUBJ = 'RE:[CASE %s] 認定アカウントの統合について' % T8_CASE
NIFTY = ('mx.nifty.com', 'mail.nifty.com')


def console_reply_ja(agent, case):
    return (agent + '\n\n'
            'このケースに関して再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお答えできませんので、'
            'ご了承ください。\n' % case)


@mailfn
def m_t8_opened(n):
    dt = T8_OPEN + dtm.timedelta(seconds=6)
    new = ('Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、'
           'ケース %s を作成しました。\n\n'
           'ケースの詳細は次のとおりです。\n\n'
           'ケース ID: %s\n件名: 認定アカウントの統合について\n重要度: 一般的なガイダンス\n'
           'やり取り: 認定アカウントが2つあります。AWS04455019 と AWS00712398 です。1つにまとめたいです。'
           '手続きをお願いします。\n' % (T8_CASE, T8_CASE))
    plain = console_reply_ja(new, T8_CASE)
    aws_mail(n, 'ja-console-case-opened', dt=dt, to=T8_TO, frm=addr(AWSNAME, NOREPLY),
             subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % T8_CASE,
             body=alt_qp(plain, aws_html(to_html(plain), lang='ja'), cte='base64'), kind='case_created',
             case_id=T8_CASE, new=plain, lang='ja', provider='jp', jp=NIFTY)


@mailfn
def m_t8_which(n):
    dt = dtm.datetime(2025, 7, 9, 2, 3, 40, tzinfo=UTC)
    agent = ('佐藤 由紀 様\n\n'
             'お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの山本と申します。\n\n'
             'ご連絡いただいた 2 つの認定アカウント（AWS04455019、AWS00712398）を確認いたしました。\n'
             '統合にあたり、どちらのアカウントを今後ご利用になるアカウント（統合先）として残すか、'
             'ご指定いただけますでしょうか。\n'
             '統合先として残したアカウントのメールアドレスが、今後のサインインおよび各種ご連絡に使用されます。\n\n'
             'サポートセンターのケースよりご返信いただけますと幸いです。\n\n'
             'よろしくお願いいたします。\n\n山本\nAmazon Web Services')
    plain = console_reply_ja(agent, T8_CASE)
    aws_mail(n, 'ja-dochira-wo-nokosu', dt=dt, to=T8_TO, frm=addr(AWSNAME, NOREPLY),
             subject=T8_SUBJ, subj_charset='shift_jis',
             body=textpart(plain, 'plain', 'shift_jis', 'quoted-printable', label='Shift_JIS'),
             kind='support_reply', case_id=T8_CASE, new=plain, lang='ja', provider='jp', jp=NIFTY)


@mailfn
def m_t8_request(n):
    dt = dtm.datetime(2025, 7, 10, 5, 26, 11, tzinfo=UTC)
    agent = ('佐藤 由紀 様\n\n'
             'ご返信いただきありがとうございます。山本でございます。\n\n'
             'ご指定の内容に基づき、以下のとおり統合を行う予定です。内容をご確認ください。\n\n'
             '【統合先（残るアカウント）】AWS04455019\n'
             '【統合元（閉鎖されるアカウント）】AWS00712398\n\n'
             '※統合の処理は取り消すことができません。\n'
             '※統合元アカウントで取得された認定資格および特典は、統合先アカウントへ移行されます。\n\n'
             '上記内容にて問題がなければ、サポートセンターのケースから「確認しました」とご返信ください。\n'
             'ご確認いただけ次第、手続きを進めさせていただきます。\n\n'
             'よろしくお願いいたします。\n\n山本\nAmazon Web Services')
    plain = console_reply_ja(agent, T8_CASE)
    aws_mail(n, 'ja-sjis-tougousaki-kakunin', dt=dt, to=T8_TO, frm=addr(AWSNAME, NOREPLY),
             subject=T8_SUBJ, subj_charset='shift_jis',
             body=textpart(plain, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
             kind='merge_confirmation_requested', case_id=T8_CASE, new=plain, lang='ja', provider='jp',
             jp=NIFTY)


# ======================================================================
# Thread T9 -- Tom Becker, Gmail (+ university alias forwarding), form case (15 digits), Dec 2025
# ======================================================================
T9_OPEN = dtm.datetime(2025, 12, 1, 7, 58, 2, tzinfo=UTC)
T9_CASE = c15(T9_OPEN, 3114)
T9_TO = 'tom.becker.mail@gmail.com'
T9_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T9_CASE


@mailfn
def m_t9_wrong_charset(n):
    dt = dtm.datetime(2025, 12, 2, 16, 3, 29, tzinfo=UTC)
    new = ('Hi Tom,\n\n'
           'Thanks for reaching out \u2013 I\u2019m happy to help with combining your certification accounts.\n\n'
           'Here\u2019s what I\u2019ve found:\n'
           '\u2022 AWS03047716 \u2013 registered with tbecker@hs-rheinmain-student.de (Cloud Practitioner, '
           'Developer \u2013 Associate)\n'
           '\u2022 AWS04628801 \u2013 registered with tom.becker.mail@gmail.com (Solutions Architect \u2013 '
           'Associate)\n\n'
           'My suggestion is to keep AWS04628801, since it uses your personal e-mail address, and merge '
           'AWS03047716 into it. Could you let me know that you\u2019re OK with this? As soon as I have your '
           'go-ahead I\u2019ll pass it on to the team. Please keep in mind that a merge can\u2019t be undone.\n\n'
           'Cheers,\nMaeve O\u2019Connor\nAWS Training and Certification Customer Support\n')
    body = multipart('alternative', [
        textpart(new, 'plain', 'utf-8', '8bit', label='iso-8859-1'),
        textpart(aws_html(to_html(new)), 'html', 'utf-8', 'quoted-printable', label='iso-8859-1')], b_java())
    aws_mail(n, 'ok-with-this-suggestion-latin1-label', dt=dt, to=T9_TO, subject=T9_SUBJ, body=body,
             kind='merge_confirmation_requested', case_id=T9_CASE, new=new)


@mailfn
def m_t9_forwarded_done(n):
    """Genuine completion, but reached Gmail through a university forwarder that broke DKIM."""
    dt = dtm.datetime(2025, 12, 4, 10, 20, 51, tzinfo=UTC)
    to_alias = 'tom.becker@alumni.hs-rheinmain.de'
    new = ('Hi Tom,\n\n'
           'All done! AWS03047716 has been merged into AWS04628801. From now on please sign in with '
           'tom.becker.mail@gmail.com; your three certifications are all on that account.\n\n'
           'Cheers,\nMaeve O\u2019Connor\nAWS Training and Certification Customer Support\n')
    mid = ses_msgid(dt)
    body = alt_qp(new, aws_html(to_html(new)))
    ip = R.choice(SES_IPS)
    srs = 'SRS0=%s=%s=amazonses.com=%s@alumni.hs-rheinmain.de' % (alnum(4), alnum(2), ses_bounce(mid)[:40])
    a = Auth('amazon.com', dkim=(('fail', 'amazon.com'), ('fail', 'amazonses.com')), spf='pass', dmarc='fail',
             mailfrom=srs, ip='141.19.%d.%d' % (R.randint(1, 250), R.randint(1, 250)))
    trace = gmail_trace(dt + dtm.timedelta(seconds=3), T9_TO, a, 'mx2.alumni.hs-rheinmain.de')
    trace += [
        'X-Forwarded-To: %s' % T9_TO,
        'X-Forwarded-For: %s %s' % (to_alias, T9_TO),
        'Authentication-Results: mx2.alumni.hs-rheinmain.de;\n\tdkim=pass header.d=amazon.com;\n'
        '\tspf=pass smtp.mailfrom=email.amazonses.com;\n\tdmarc=pass header.from=amazon.com',
        'Received: from %s (%s [%s])\n\tby mx2.alumni.hs-rheinmain.de (Postfix) with ESMTPS id %s\n'
        '\tfor <%s>; %s' % (ses_host(ip), ses_host(ip), ip, alnum(10, 'ABCDEF0123456789'), to_alias,
                            rfcdate(dt.astimezone(CET) + dtm.timedelta(seconds=2))),
    ]
    hdrs = ses_headers(dt, addr(AWSNAME, FORM), to_alias, enc_header('Subject', T9_SUBJ), mid) + ses_tail(dt, ip)
    body_foot = body
    write(fn(n, 'all-done-via-alumni-forwarder'), trace, hdrs, body_foot,
          label('merge_completed', T9_CASE, new, verified(a, 'amazon.com')))


# ======================================================================
# Thread T10 -- Carlos Mendes, Hotmail/Outlook, form case (15 digits), June 2025
# ======================================================================
T10_OPEN = dtm.datetime(2025, 6, 9, 21, 4, 40, tzinfo=UTC)
T10_CASE = c15(T10_OPEN, 5090)
T10_TO = 'carlos.mendes.br@hotmail.com'
T10_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T10_CASE
T10_USER_MSG = ('From: Carlos Mendes <carlos.mendes.br@hotmail.com>\n'
                'Sent: Monday, June 9, 2025 10:14 PM\n'
                'To: aws-cs-trainingcertification-form@amazon.com\n'
                'Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
                'Hello,\n\nas asked, here are my accounts: AWS01980044, AWS03715562 and I think also AWS03175562 '
                '(not sure about this one). Please keep AWS03715562.\n\nObrigado,\nCarlos Mendes\n' % T10_CASE)
T10_REQ = ('Hello Carlos,\n\n'
           'Thank you for the details.\n\n'
           'Of the three candidate IDs in your message, only two are registered in your name. The third one '
           'belongs to another candidate (it looks like a typo), so I have left it out.\n\n'
           'Please confirm the following:\n'
           'Merge AWS01980044 into AWS03715562 (AWS03715562 remains active, AWS01980044 is closed).\n\n'
           'Reply "confirm" to this email and I will proceed. This cannot be reversed later.\n\n'
           'Best regards,\nFatima Z.\nAWS Training and Certification Customer Support\n')


@mailfn
def m_t10_request(n):
    dt = dtm.datetime(2025, 6, 10, 12, 30, 5, tzinfo=UTC)
    plain = T10_REQ + '\n________________________________\n' + T10_USER_MSG
    html = aws_html(to_html(T10_REQ) + '<div style="border-top:1px solid #e1e1e1;padding-top:3px">' +
                    to_html(T10_USER_MSG) + '</div>')
    aws_mail(n, 'confirm-two-of-three-ids', dt=dt, to=T10_TO, subject=T10_SUBJ, body=alt_qp(plain, html),
             kind='merge_confirmation_requested', case_id=T10_CASE, new=T10_REQ, provider='outlook')


@mailfn
def m_t10_escalated(n):
    dt = dtm.datetime(2025, 6, 11, 14, 2, 18, tzinfo=UTC)
    new = ('Hello Carlos,\n\n'
           'Thank you. Your request has been passed to our certification operations team, who perform the '
           'actual account changes. They told me it can take 3 to 5 business days at the moment. I will keep '
           'an eye on it and let you know as soon as I hear back from them.\n\n'
           'Best regards,\nFatima Z.\nAWS Training and Certification Customer Support\n')
    quoted = ('\n-----Original Message-----\nFrom: Carlos Mendes <carlos.mendes.br@hotmail.com>\n'
              'Sent: Tuesday, June 10, 2025 3:11 PM\nTo: Amazon Web Services <%s>\nSubject: %s\n\n'
              'confirm\n\nCarlos\n\n' % (FORM, T10_SUBJ) +
              '-----Original Message-----\nFrom: Amazon Web Services <%s>\n'
              'Sent: Tuesday, June 10, 2025 9:30 AM\nTo: carlos.mendes.br@hotmail.com\nSubject: %s\n\n'
              % (FORM, T10_SUBJ) + T10_REQ)
    aws_mail(n, 'passed-to-operations-team', dt=dt, to=T10_TO, subject=T10_SUBJ,
             body=textpart(new + quoted, 'plain', 'utf-8', 'quoted-printable'),
             kind='support_reply', case_id=T10_CASE, new=new, provider='outlook')


@mailfn
def m_t10_done_quoting(n):
    dt = dtm.datetime(2025, 6, 13, 18, 44, 0, tzinfo=UTC)
    new = ('Hello Carlos,\n\n'
           'The operations team has completed your request. AWS03715562 now contains the certifications '
           'that were on your other account, and the other account has been closed. You can sign in as usual '
           'with carlos.mendes.br@hotmail.com.\n\n'
           'Best regards,\nFatima Z.\nAWS Training and Certification Customer Support\n')
    quoted = ('\n________________________________\nFrom: Amazon Web Services <%s>\n'
              'Sent: Tuesday, June 10, 2025 9:30 AM\nTo: carlos.mendes.br@hotmail.com\nSubject: %s\n\n'
              % (FORM, T10_SUBJ) + T10_REQ)
    html = aws_html(to_html(new) + '<hr style="display:inline-block;width:98%">' +
                    '<div id="divRplyFwdMsg">' + to_html(quoted.replace('________________________________\n', '')) +
                    '</div>')
    aws_mail(n, 'completed-with-request-below', dt=dt, to=T10_TO, subject=T10_SUBJ,
             body=alt_qp(new + quoted, html, cte='base64'), kind='merge_completed', case_id=T10_CASE, new=new,
             provider='outlook')



def ext_mail(n, slug, *, dt, frm, to, subject, body, kind, case_id, new, a, host, provider='gmail',
             lang='en', subj_charset='utf-8', msgid=None, extra=(), dkim_dom=None, sv='auto', lookalike=False,
             jp=BIGLOBE, lower=(), ids=None, reply_to=None, crlf=False, dkim_h=None, deliver_to=None,
             plain_server='mx1.example.net'):
    """Mail from a non-SES sender (Credly, GitHub, phishers, ...)."""
    from_dom = re.findall(r'@([^>\s]+)', frm)[-1].lower()
    to_addr = deliver_to or (re.findall(r'<([^>]+)>', to)[-1] if '<' in to else to)
    if provider == 'gmail':
        trace = gmail_trace(dt, to_addr, a, host)
    elif provider == 'outlook':
        trace = outlook_trace(dt, to_addr, a, host)
    elif provider == 'yahoo':
        trace = yahoo_trace(dt, to_addr, a, host)
    elif provider == 'jp':
        trace = jp_trace(dt, to_addr, a, host, *jp)
    elif provider == 'none':
        trace = plain_trace(dt, to_addr, host, a.ip if a else '203.0.113.5', server=plain_server)
        a = None
    trace += list(lower)
    hs = []
    if dkim_dom:
        hs.append(dkim(dkim_dom, SELECTORS.get(dkim_dom, 's1'), dt.timestamp(),
                       dkim_h or ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type']))
    hs += ['Date: ' + rfcdate(dt), 'From: ' + frm]
    if reply_to:
        hs.append('Reply-To: ' + reply_to)
    hs += ['To: ' + to, enc_header('Subject', subject, subj_charset),
           'Message-ID: ' + (msgid or '<%s@%s>' % (hexs(24), from_dom)), 'MIME-Version: 1.0'] + list(extra)
    if sv == 'auto':
        sv = verified(a, from_dom, lookalike)
    write(fn(n, slug), trace, hs, body, label(kind, case_id, new, sv, lang, ids), crlf=crlf)


# ======================================================================
# Thread T11 -- Sipho Dlamini, Gmail, form case (15 digits), Aug 2025
# ======================================================================
T11_OPEN = dtm.datetime(2025, 8, 18, 6, 40, 12, tzinfo=UTC)
T11_CASE = c15(T11_OPEN, 88)
T11_TO = 'siphod.cloud@gmail.com'
T11_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T11_CASE


@mailfn
def m_t11_reason(n):
    dt = dtm.datetime(2025, 8, 19, 8, 15, 40, tzinfo=UTC)
    new = ('Hello Sipho,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           "I found AWS01733482, registered to \"S. Dlamini\" with sipho@capetech-solutions.co.za, and "
           "AWS03329950, registered to \"Sipho Dlamini\" with siphod.cloud@gmail.com. Because the names on the "
           'two profiles are not identical, I need a little more information before a merge can be '
           'considered:\n\n'
           '1. The reason you ended up with two accounts.\n'
           '2. If you still have access to the work address, a short reply sent from it. If you no longer '
           'have access, the name and approximate date of the last exam you took on that account.\n\n'
           "Once I have this, I'll prepare the merge details for your review.\n\n"
           'Kind regards,\nNomvula\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    aws_mail(n, 'names-differ-need-reason', dt=dt, to=T11_TO, subject=T11_SUBJ,
             body=alt_qp(new, aws_html(to_html(new))), kind='support_reply', case_id=T11_CASE, new=new)


@mailfn
def m_t11_kindly(n):
    dt = dtm.datetime(2025, 8, 21, 11, 2, 36, tzinfo=UTC)
    new = ('Dear Sipho,\n\n'
           'Greetings of the day!\n\n'
           'Thank you for providing the requested information. We have verified that both the accounts '
           'belongs to you.\n\n'
           'Kindly find below the details of merging:\n\n'
           'Source account (will be deactivated) : AWS01733482\n'
           'Target account (will be retained)    : AWS03329950\n\n'
           'Please be informed that once the merging is done it cannot be revert back. Kindly revert with '
           'your confirmation on the above so that we can do the needful at the earliest.\n\n'
           'Thanks and Regards,\nSandeep\nAWS Training & Certification Support\n\n' + FORM_FOOTER + '\n')
    quoted = ('\nOn Wed, 20 Aug 2025 at 19:44, Sipho Dlamini <siphod.cloud@gmail.com> wrote:\n'
              '> Hi Nomvula\n> \n> I opened the first account through my employer in 2021 and forgot about it. '
              'I do not\n> have access to that mailbox anymore. Last exam there was Cloud Practitioner in\n'
              '> March 2022.\n> \n> Sipho\n')
    aws_mail(n, 'kindly-revert-with-confirmation', dt=dt, to=T11_TO, subject=T11_SUBJ,
             body=alt_qp(new + quoted, aws_html(to_html(new) + to_html(quoted))),
             kind='merge_confirmation_requested', case_id=T11_CASE, new=new)


# ======================================================================
# Thread T12 -- Elena Rossi, Microsoft 365 (EU tenant), form case (15 digits), Feb 2026
# ======================================================================
T12_OPEN = dtm.datetime(2026, 2, 10, 9, 12, 3, tzinfo=UTC)
T12_CASE = c15(T12_OPEN, 40961)
T12_TO = 'elena.rossi@lumenconsulting.it'
T12_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T12_CASE


@mailfn
def m_t12_will_send(n):
    dt = dtm.datetime(2026, 2, 11, 10, 31, 7, tzinfo=UTC)
    new = ('Hello Elena,\n\n'
           'Thank you for sending the e-mail addresses.\n\n'
           'I have located both profiles. One of them (AWS02075513) still has an exam appointment booked for '
           '24 February, so I am checking with our back-office team how this appointment will be handled.\n\n'
           'As soon as this is clarified I will send you a summary of the planned merge so that you can '
           'confirm it. There is nothing you need to do right now.\n\n'
           'Best regards,\nLukas\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    aws_mail(n, 'summary-for-confirmation-will-follow', dt=dt, to=T12_TO, subject=T12_SUBJ,
             body=alt_qp(new, aws_html(to_html(new))), kind='support_reply', case_id=T12_CASE, new=new,
             provider='outlook-eu')


@mailfn
def m_t12_name(n):
    dt = dtm.datetime(2026, 2, 12, 8, 55, 49, tzinfo=UTC)
    new = ('Hello Elena,\n\n'
           'Good news, the exam appointment will simply move with the account, so it is not a blocker.\n\n'
           'One more question before I finalise the details: could you please confirm how your name should '
           'appear on the account that remains? On AWS02075513 the name reads "Elena Rossi", while on '
           'AWS04301187 it reads "Elena Maria Rossi". Certificates and badges are issued with the name that '
           'is on the surviving account, and it has to match your ID at the test centre.\n\n'
           'Best regards,\nLukas\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER + '\n')
    aws_mail(n, 'confirm-name-spelling', dt=dt, to=T12_TO, subject=T12_SUBJ,
             body=alt_qp(new, aws_html(to_html(new)), cte='base64'), kind='support_reply', case_id=T12_CASE,
             new=new, provider='outlook-eu')


@mailfn
def m_t12_html_request(n):
    dt = dtm.datetime(2026, 2, 13, 7, 20, 14, tzinfo=UTC)
    inner = ('<p>Hello Elena,</p>'
             '<p>Thank you for confirming the spelling of your name. Below is the summary of the planned '
             'change:</p>'
             '<div style="border:1px solid #d5dbdb;border-left:4px solid #ec7211;padding:10px 14px;margin:10px 0">'
             '<p style="margin:0 0 6px 0"><b>Account that will remain</b><br>'
             'AWS04301187 &middot; elena.rossi@lumenconsulting.it &middot; Elena Maria Rossi</p>'
             '<p style="margin:0"><b>Account that will be merged into it and closed</b><br>'
             'AWS02075513 &middot; e.rossi@alumni.polimi.it &middot; Elena Rossi</p></div>'
             '<p>Your exam appointment on 24 February will be kept and will appear on the remaining '
             'account.</p>'
             '<p><b>Please confirm that the above is correct and that you would like us to go ahead.</b> '
             'Once processed, this cannot be undone.</p>'
             '<p>Best regards,<br>Lukas<br>AWS Training and Certification Customer Support</p>'
             '<p style="font-size:12px;color:#687078">%s</p>' % FORM_FOOTER)
    aws_mail(n, 'html-summary-please-confirm', dt=dt, to=T12_TO, subject=T12_SUBJ,
             body=textpart(aws_html(inner), 'html', 'utf-8', 'base64'),
             kind='merge_confirmation_requested', case_id=T12_CASE, new=inner, provider='outlook-eu')


# ======================================================================
# Phishing about the merge
# ======================================================================
@mailfn
def m_phish_lookalike(n):
    dt = dtm.datetime(2025, 6, 2, 3, 14, 55, tzinfo=UTC)
    fake_case = '174883051200377'
    dom = 'aws-certification-support.com'
    new = ('Dear AWS Certified Professional,\n\n'
           'We have received a request to merge the following AWS Certification accounts registered to '
           'you:\n\n'
           '    Account 1: AWS02417785\n'
           '    Account 2: AWS03981264\n\n'
           'To protect your certifications, the merge will only be performed after you confirm it. Please '
           'confirm within 24 hours by signing in with your AWS Certification credentials:\n\n'
           '    CONFIRM ACCOUNT MERGE: https://%s/merge/confirm?ref=%s\n\n'
           'If we do not receive your confirmation, both accounts may be temporarily suspended for '
           'security reasons.\n\n'
           'Sincerely,\nAWS Training and Certification Team\n' % (dom, fake_case))
    inner = to_html(new.replace('    CONFIRM ACCOUNT MERGE: https://%s/merge/confirm?ref=%s\n' % (dom, fake_case),
                                'CONFIRM_BUTTON\n'))
    inner = inner.replace('CONFIRM_BUTTON', '<a href="https://%s/merge/confirm?ref=%s" style="background:#ff9900;'
                          'color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">CONFIRM ACCOUNT '
                          'MERGE</a>' % (dom, fake_case))
    a = Auth(dom, dkim=(('pass', dom),), spf='pass', dmarc='pass', policy='NONE',
             mailfrom='bounce@mail.%s' % dom, ip='185.234.72.%d' % R.randint(2, 250))
    ext_mail(n, 'lookalike-domain-confirm-merge', dt=dt, frm=addr('AWS Training & Certification', 'no-reply@' + dom),
             to=T1_TO, subject='[CASE %s] Action needed: confirm your account merge' % fake_case,
             body=alt_qp(new, aws_html(inner)), kind='merge_confirmation_requested', case_id=fake_case,
             new=new, a=a, host='mail.%s' % dom, dkim_dom=dom, lookalike=True)


FAKE2 = '175805977100542'


@mailfn
def m_phish_spoof(n):
    dt = dtm.datetime(2025, 9, 16, 22, 7, 31, tzinfo=UTC)
    plain = ('Hello,\n\n'
             'This is a follow-up on your AWS Training and Certification case. Our records show the '
             'following candidate accounts are scheduled to be merged:\n\n'
             'AWS01155930 -> AWS04120087\n'
             'AWS02766419 -> AWS04120087\n\n'
             'To approve the merge, please review and confirm the request on the secure portal below. '
             'Requests that are not confirmed within 48 hours are cancelled.\n\n'
             'Review and confirm: http://aws-merge-portal.info/c/%s\n\n'
             'Regards,\nAWS Training and Certification\n' % hexs(12))
    a = Auth('amazon.com', dkim=((None, None),), spf='fail', dmarc='fail',
             mailfrom='aws-cs-trainingcertification-form@amazon.com', ip='91.215.85.%d' % R.randint(2, 250))
    forged = [
        'Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass '
        'smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com',
        'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)',
    ]
    ext_mail(n, 'spoofed-amazon-merge-approve', dt=dt, frm=addr(AWSNAME, FORM), to=T2_TO,
             subject='Re: [CASE %s] Account merge - approval needed' % FAKE2,
             body=alt_qp(plain, '<html><body>' + to_html(plain) + '</body></html>', charset='utf-8',
                         boundary='b1=_' + alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
             kind='merge_confirmation_requested', case_id=FAKE2, new=plain, a=a, host='vps-4471.hostsrv.ru',
             provider='outlook', lower=forged, msgid='<%s@vps-4471.hostsrv.ru>' % hexs(20),
             reply_to='aws-certification-desk@outlook.com')


@mailfn
def m_phish_password(n):
    dt = dtm.datetime(2023, 3, 10, 4, 51, 2, tzinfo=UTC)
    dom = 'awstraining-certification.com'
    new = ('Hello Ahmed,\n\n'
           'We are processing your request to combine your certification profiles. To continue, our '
           'verification team needs to confirm that you own both profiles.\n\n'
           'Please reply to this message with:\n'
           '  - the sign-in e-mail and password of each account\n'
           '  - a photo of a government-issued ID\n\n'
           'Without this information the merge cannot be completed and your case will be closed.\n\n'
           'Best regards,\nAWS Certification Verification Team\n')
    a = Auth(dom, dkim=(('pass', dom),), spf='pass', dmarc='pass', policy='NONE',
             mailfrom='support@%s' % dom, ip='45.143.201.%d' % R.randint(2, 250))
    ext_mail(n, 'verification-team-wants-passwords', dt=dt, frm=addr('AWS Certification Support', 'support@' + dom),
             to=T6_TO, subject='Your certification account merge - verification needed',
             body=textpart(new, 'plain', 'us-ascii', '7bit'), kind='support_reply', case_id=None, new=new,
             a=a, host='smtp.%s' % dom, provider='yahoo', dkim_dom=dom, lookalike=True)



# ======================================================================
# Credly
# ======================================================================
def credly_auth(dom='credly.com'):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
    mf = 'bounces+%d-%s-%s=%s@em.%s' % (R.randint(1000000, 9999999), hexs(4), 'x', 'user', dom)
    return Auth(dom, dkim=(('pass', dom), ('pass', 'sendgrid.info')), spf='pass', dmarc='pass', policy='NONE',
                mailfrom=mf, ip=ip), 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), 'em.' + dom)


def credly_html(body_html, dom='credly.com'):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;'
            'font-family:Helvetica,Arial,sans-serif"><table align="center" width="600" style="background:#fff">'
            '<tr><td style="padding:24px"><img src="https://images.%s/logo.png" alt="Credly" height="28">'
            '</td></tr><tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333">%s</td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888">Credly, Inc. &middot; 1000 Broadway '
            'Suite 300 &middot; New York, NY 10010<br><a href="https://www.%s/notification_preferences">'
            'Manage email preferences</a></td></tr></table></body></html>' % (dom, body_html, dom))


def credly_mail(n, slug, dt, to, subject, plain, html, kind='credly_badge_issued', provider='gmail',
                dom='credly.com', issuer='AWS Training and Certification', jp=BIGLOBE, plain_server=None,
                subj_charset='utf-8'):
    a, host = credly_auth(dom)
    ext_mail(n, slug, dt=dt, frm=addr('%s via %s' % (issuer, 'Credly' if dom == 'credly.com' else 'Acclaim'),
                                      'admin@' + dom) if issuer else addr('Credly', 'admin@' + dom),
             to=to, subject=subject, subj_charset=subj_charset,
             body=alt_qp(plain, credly_html(html, dom), boundary=hexs(28)), kind=kind,
             case_id=None, new=plain, a=a, host=host, provider=provider, dkim_dom=dom, jp=jp,
             plain_server=plain_server or 'mx1.example.net',
             msgid='<%s.%s@%s>' % (alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                    R.randint(100, 999), 'geopod-ismtpd-%d' % R.randint(1, 40)),
             extra=['X-SG-EID: %s' % b64s(60), 'X-Entity-ID: %s' % b64s(16)])


def uuid():
    return '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


@mailfn
def m_credly_t1(n):
    dt = dtm.datetime(2025, 5, 31, 2, 10, 33, tzinfo=UTC)
    bid = uuid()
    plain = ('Hi Daniel,\n\n'
             'AWS Training and Certification has issued you a new badge:\n\n'
             'AWS Certified Solutions Architect - Associate\n\n'
             'Accept your badge: https://www.credly.com/earner/earned/badge/%s?key=%s\n\n'
             'Accepting your badge lets you share it on LinkedIn, add it to your email signature and let '
             'employers verify your skills.\n\n'
             'Need help? Visit https://support.credly.com\n' % (bid, hexs(32)))
    html = ('<p>Hi Daniel,</p><p>AWS Training and Certification has issued you a new badge:</p>'
            '<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
            '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;'
            'padding:12px 26px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
            '<p>Accepting your badge lets you share it on LinkedIn, add it to your email signature and let '
            'employers verify your skills.</p>' % bid)
    credly_mail(n, 'credly-new-badge-saa', dt, T1_TO, 'AWS Training and Certification sent you a new badge', plain,
                html)


@mailfn
def m_credly_t2_moved(n):
    dt = dtm.datetime(2025, 9, 20, 15, 3, 8, tzinfo=UTC)
    plain = ('Hi Priyanka,\n\n'
             'Good news! Following an update to your AWS Certification record, AWS Training and Certification '
             'has issued the following badges to this email address:\n\n'
             ' - AWS Certified Cloud Practitioner\n'
             ' - AWS Certified Developer - Associate\n'
             ' - AWS Certified Solutions Architect - Associate\n'
             ' - AWS Certified SysOps Administrator - Associate\n'
             ' - AWS Certified DevOps Engineer - Professional\n\n'
             'Your badges are waiting for you. Accept them now:\nhttps://www.credly.com/earner/earned\n\n'
             'Badges that were previously issued to another email address may no longer be valid.\n')
    html = to_html(plain).replace('https://www.credly.com/earner/earned',
                                  '<a href="https://www.credly.com/earner/earned">Accept your badges</a>')
    credly_mail(n, 'credly-five-badges-after-record-update', dt, T2_TO,
                'Your badges from AWS Training and Certification are ready to accept', plain, html,
                provider='outlook')


@mailfn
def m_credly_t8(n):
    dt = dtm.datetime(2025, 7, 14, 3, 41, 0, tzinfo=UTC)
    plain = ('Hi Yuki,\n\n'
             "You've earned a badge from AWS Training and Certification!\n\n"
             'AWS Certified AI Practitioner\n\n'
             'Claim your badge by signing in or creating a Credly account with this email address '
             '(yuki-sato0312@nifty.com):\nhttps://www.credly.com/badges/%s/accept\n' % uuid())
    credly_mail(n, 'credly-earned-ai-practitioner', dt, T8_TO,
                "\U0001F389 Congratulations, you\u2019ve earned a badge from AWS Training and Certification", plain,
                to_html(plain), provider='jp', jp=NIFTY, subj_charset='utf-8-q')


T13_TO = 'sarah.j.johnson@gmail.com'
T13_CASE = '6873205141'


@mailfn
def m_credly_acclaim(n):
    dt = dtm.datetime(2020, 2, 21, 17, 55, 12, tzinfo=UTC)
    plain = ('Sarah, congratulations!\n\n'
             'AWS Training and Certification has issued you a badge for AWS Certified Developer - Associate.\n\n'
             'Accept your badge to share your achievement and let your network know:\n'
             'https://www.youracclaim.com/earner/earned/badge/%s\n\n'
             'Acclaim is a service of Credly, Inc.\n' % uuid())
    credly_mail(n, 'acclaim-badge-2020', dt, T13_TO,
                'AWS Training and Certification has issued you a badge', plain, to_html(plain),
                dom='youracclaim.com')


@mailfn
def m_t13_survey(n):
    dt = dtm.datetime(2020, 2, 20, 22, 31, 46, tzinfo=UTC)
    inner = ('<p>Dear Sarah,</p>'
             '<p>We recently resolved your case <b>%s</b> regarding <i>Duplicate certification accounts</i>.</p>'
             '<p>We would love to hear about your experience. Please take our 2-question survey:</p>'
             '<ol><li>Was your issue resolved? &nbsp;<a href="https://aws.amazon.com/survey/tc?case=%s&amp;q1=y">'
             'Yes</a> / <a href="https://aws.amazon.com/survey/tc?case=%s&amp;q1=n">No</a></li>'
             '<li>How likely are you to recommend AWS Training and Certification support to a colleague '
             '(0-10)?</li></ol>'
             '<p>Thank you for being an AWS Certified professional.</p>'
             '<p>AWS Training and Certification</p>' % (T13_CASE, T13_CASE, T13_CASE))
    aws_mail(n, 'survey-2020-html-only', dt=dt, to=T13_TO, frm=addr('AWS Training and Certification', FORM),
             subject='Case %s - tell us about your experience' % T13_CASE,
             body=textpart(aws_html(inner), 'html', 'utf-8', 'quoted-printable'), kind='survey',
             case_id=T13_CASE, new=inner)



# ======================================================================
# Unrelated look-alikes
# ======================================================================
@mailfn
def m_credly_selfmerge(n):
    dt = dtm.datetime(2025, 6, 3, 9, 30, 45, tzinfo=UTC)
    code = '%06d' % R.randint(0, 999999)
    plain = ('Hi Daniel,\n\n'
             'We received a request to merge the Credly account registered to d.ortiz@brightwave-solutions.com '
             'into your Credly account daniel.ortiz.dev@gmail.com.\n\n'
             'Your verification code is: %s\n\n'
             'Or click the link below to finish:\nComplete Account Merge: https://www.credly.com/users/merge/%s\n\n'
             'This code expires in 30 minutes. If you did not request this merge, you can ignore this email; '
             'no changes will be made.\n\nThe Credly Team\n' % (code, hexs(40)))
    credly_mail(n, 'credly-self-service-merge-code', dt, T1_TO, 'Confirm your Credly account merge', plain,
                to_html(plain), kind='unrelated', issuer=None)


@mailfn
def m_credly_expiry(n):
    dt = dtm.datetime(2026, 1, 5, 14, 0, 3, tzinfo=UTC)
    plain = ('Hi Marcus,\n\n'
             'Your badge "AWS Certified Developer - Associate" issued by AWS Training and Certification will '
             'expire on April 5, 2026.\n\n'
             'To keep your badge active, check the recertification options offered by the issuer:\n'
             'https://aws.amazon.com/certification/recertification/\n\n'
             'View badge: https://www.credly.com/badges/%s\n\nThe Credly Team\n' % uuid())
    credly_mail(n, 'credly-badge-expires-soon', dt, T4_TO, 'Your badge is expiring in 90 days', plain,
                to_html(plain), kind='unrelated', issuer=None, provider='none', plain_server=T4_SRV)


@mailfn
def m_seller_central(n):
    dt = dtm.datetime(2025, 10, 21, 18, 12, 40, tzinfo=UTC)
    case = '5884881212'
    new = ('Hello,\n\n'
           'Thank you for contacting Amazon Selling Partner Support.\n\n'
           'I understand you would like the two detail pages for your product to be merged. Before I submit '
           'this to the catalog team, please confirm the following:\n\n'
           'ASIN to be merged: B0C7K2LQ9T\n'
           'ASIN that will remain: B0B9X4PZ1M\n\n'
           'Please note that reviews and sales rank of the merged ASIN will be combined into the remaining '
           'one. Reply to this email with your confirmation so that we can proceed.\n\n'
           'We hope this information is helpful.\n\n'
           'Thank you for selling with Amazon,\nDeepa S.\nAmazon.com\nhttps://sellercentral.amazon.com\n\n'
           'Was this email helpful? Yes / No\n')
    aws_mail(n, 'seller-central-asin-merge-confirm', dt=dt, to=T2_TO,
             frm=addr('Amazon Selling Partner Support', 'seller-support@amazon.com'),
             subject='RE:[CASE %s] Merge duplicate detail pages' % case,
             body=alt_qp(new, '<html><body style="font-family:Amazon Ember,Arial">' + to_html(new) + '</body></html>'),
             kind='unrelated', case_id=case, new=new, provider='outlook')


@mailfn
def m_orgs_case(n):
    dt = dtm.datetime(2026, 2, 4, 20, 40, 9, tzinfo=UTC)
    opened = dtm.datetime(2026, 2, 3, 17, 55, 40, tzinfo=UTC)
    case = c15(opened, 9301)
    agent = ('Hello Lukas,\n\n'
             'Thank you for your patience.\n\n'
             'I understand you would like to "merge" your two AWS accounts. AWS accounts themselves cannot be '
             'merged, but you can move account 482910375566 into the AWS Organization managed by '
             '731055028842 so that billing is consolidated.\n\n'
             'Could you please confirm that 731055028842 should be the management account? Once you confirm, '
             'I will send you the steps to invite the member account. Note that the Reserved Instances and '
             'Savings Plans discounts will then be shared across the organization.\n\n'
             'Best regards,\n\nMei L.\nAmazon Web Services')
    plain = console_reply(agent, case)
    aws_mail(n, 'billing-case-organizations-not-merge', dt=dt, to=T12_TO, frm=addr(AWSNAME, NOREPLY),
             subject='RE:[CASE %s] Combine two AWS accounts / consolidated billing' % case,
             body=alt_qp(plain, aws_html(to_html(plain))), kind='unrelated', case_id=case, new=plain,
             provider='outlook-eu')


@mailfn
def m_certmetrics(n):
    dt = dtm.datetime(2025, 6, 17, 16, 2, 0, tzinfo=UTC)
    dom = 'certmetrics.com'
    plain = ('Dear Daniel Ortiz,\n\n'
             'AWS Certification wants to hear from you!\n\n'
             'As an AWS Certified individual (Candidate ID: AWS03981264), you are invited to take part in a '
             'short survey about your certification experience. The survey takes about 10 minutes.\n\n'
             'Start the survey: https://www.certmetrics.com/amazon/survey/%s\n\n'
             'Thank you,\nAWS Certification\n\n'
             'This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply.\n' % hexs(32))
    ip = '52.5.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    a = Auth(dom, dkim=(('pass', dom),), spf='pass', dmarc='pass', policy='NONE', mailfrom='bounce@' + dom, ip=ip)
    ext_mail(n, 'certmetrics-wants-to-hear', dt=dt, frm=addr('AWS Certification', 'do-not-reply@' + dom),
             to=T1_TO, subject='AWS Certification wants to hear from you',
             body=alt_qp(plain, '<html><body>' + to_html(plain) + '</body></html>'), kind='unrelated',
             case_id=None, new=plain, a=a, host='mail.' + dom, dkim_dom=dom)


@mailfn
def m_pearson(n):
    dt = dtm.datetime(2026, 2, 14, 12, 7, 31, tzinfo=UTC)
    dom = 'pearson.com'
    plain = ('Dear Elena Maria Rossi,\n\n'
             'Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n'
             'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
             'Date and time: Tuesday, February 24, 2026 at 09:30 Central European Time\n'
             'Location: Online proctored (OnVUE)\n'
             'Registration number: 531208874\n'
             'Candidate ID: aws04301187\n\n'
             'Please check in 30 minutes before your appointment and have a valid, government-issued ID.\n\n'
             'To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your '
             'appointment.\n\nPearson VUE\n')
    ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    a = Auth(dom, dkim=(('pass', dom),), spf='pass', dmarc='pass', policy='REJECT',
             mailfrom='pearsonvuecustomerservice@' + dom, ip=ip)
    ext_mail(n, 'pearson-vue-appointment', dt=dt, frm=addr('Pearson VUE', 'pearsonvuecustomerservice@' + dom),
             to=T12_TO, subject='Pearson VUE Confirmation of Exam Appointment',
             body=alt_qp(plain, '<html><body>' + to_html(plain) + '</body></html>', cte='base64'),
             kind='unrelated', case_id=None, new=plain, a=a, host='mail4.pearson.com', dkim_dom=dom,
             provider='outlook')


@mailfn
def m_builder_id(n):
    dt = dtm.datetime(2025, 11, 20, 9, 14, 2, tzinfo=UTC)
    code = '%06d' % R.randint(0, 999999)
    plain = ('Verify your AWS Builder ID email address\n\n'
             'Thank you for creating an AWS Builder ID. Use the following verification code to confirm your '
             'email address:\n\n%s\n\n'
             'This code expires 10 minutes after it was sent.\n\n'
             "If you didn't request this code, you can safely ignore this email.\n\n"
             'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n' % code)
    mid = ses_msgid(dt)
    ip = R.choice(SES_IPS)
    trace = plain_trace(dt, 'm.weber@weber-it.de', ses_host(ip), ip, server='mx01.weber-it.de')
    hdrs = [dkim('signin.aws', hexs(32), dt.timestamp(), ['Date', 'From', 'To', 'Message-ID', 'Subject',
                                                          'MIME-Version', 'Content-Type']),
            'Date: ' + rfcdate(dt), 'From: AWS <no-reply@signin.aws>', 'To: m.weber@weber-it.de',
            'Message-ID: ' + mid, 'Subject: Verify your AWS Builder ID email address', 'MIME-Version: 1.0'] + ses_tail(dt, ip)
    write(fn(n, 'builder-id-verification-code'), trace, hdrs,
          alt_qp(plain, aws_html(to_html(plain))), label('unrelated', None, plain, None))


@mailfn
def m_github(n):
    dt = dtm.datetime(2025, 12, 3, 15, 47, 12, tzinfo=UTC)
    dom = 'github.com'
    plain = ('Merged #482 into main.\n\n'
             '--\nReply to this email directly, view it on GitHub:\n'
             'https://github.com/brightwave-solutions/cert-portal/pull/482#event-%d\n'
             'You are receiving this because you authored the thread.\n' % R.randint(10**10, 10**11))
    html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/brightwave-solutions/cert-portal/pull/482">'
            '#482</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/brightwave-solutions/cert-portal/pull/482">view it on GitHub</a>.<br>'
            'You are receiving this because you authored the thread.</p>')
    ip = '192.30.252.%d' % R.randint(190, 210)
    a = Auth(dom, dkim=(('pass', dom),), spf='pass', dmarc='pass', policy='REJECT',
             mailfrom='noreply@' + dom, ip=ip)
    ext_mail(n, 'github-merged-pr-account-merge', dt=dt,
             frm=addr('Joanna Mills', 'notifications@github.com'), to='brightwave-solutions/cert-portal <cert-portal@noreply.github.com>',
             subject='Re: [brightwave-solutions/cert-portal] Account merge: keep surviving candidate ID on relink (PR #482)',
             body=alt_qp(plain, html, cte='7bit', boundary='--==_mimepart_%s_%d' % (hexs(13), R.randint(100, 999))),
             kind='unrelated', case_id=None, new=plain, a=a, host='out-%d.smtp.github.com' % R.randint(20, 29),
             dkim_dom=dom, msgid='<brightwave-solutions/cert-portal/pull/482/issue_event/%d@github.com>'
             % R.randint(10**10, 10**11),
             extra=['In-Reply-To: <brightwave-solutions/cert-portal/pull/482@github.com>',
                    'References: <brightwave-solutions/cert-portal/pull/482@github.com>',
                    'List-ID: brightwave-solutions/cert-portal <cert-portal.brightwave-solutions.github.com>',
                    'X-GitHub-Reason: author', 'Cc: Tom Becker <tbecker-dev@noreply.github.com>, Author <author@noreply.github.com>'],
             deliver_to=T9_TO)


@mailfn
def m_phish_expiry(n):
    dt = dtm.datetime(2025, 11, 28, 1, 3, 59, tzinfo=UTC)
    dom = 'aws-certifications-center.net'
    plain = ('Dear Candidate,\n\n'
             'Our records show that your AWS Certification will EXPIRE in 3 days. To keep your certification '
             'and digital badge active, you must verify your candidate profile and pay the renewal fee of '
             'USD 49.\n\n'
             'Verify now: https://%s/renew?u=%s\n\n'
             'Failure to verify will result in permanent loss of your certification status.\n\n'
             'AWS Certification Renewal Team\n' % (dom, hexs(16)))
    a = Auth(dom, dkim=((None, None),), spf='softfail', dmarc='fail', policy='NONE',
             mailfrom='info@' + dom, ip='103.152.%d.%d' % (R.randint(1, 250), R.randint(2, 250)))
    ext_mail(n, 'phish-certification-expires-renewal-fee', dt=dt,
             frm=addr('AWS Certification', 'renewals@' + dom), to=T3_TO,
             subject='URGENT: Your AWS Certification expires in 3 days', body=textpart(plain, 'plain',
                                                                                       'us-ascii', '7bit'),
             kind='unrelated', case_id=None, new=plain, a=a, host='mail.' + dom, provider='jp', jp=BIGLOBE,
             lookalike=True)


if __name__ == '__main__':
    main()
