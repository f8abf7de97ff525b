#!/usr/bin/env python3
"""Generator for blind set 316: AWS Certification account-merge mailbox (paraphrase-heavy).

Each mail is registered with add(); at the end the mails are numbered in a
seeded shuffled order, written as .eml files, and labels.json is produced.
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(316)
MAILS = []

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))


# ---------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    """'2025-05-27 14:12:05' in UTC -> aware datetime in UTC."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def gdate(d, tz=PDT):
    """Google-style date with zone comment."""
    d2 = d.astimezone(tz)
    return format_datetime(d2) + ' (%s)' % (tz.tzname(None) or 'UTC')


def cid15(opened, tail):
    return '%d%s' % (int(opened.timestamp()), tail)


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ses_id(d, region='0100'):
    ms = int(d.timestamp() * 1000) - RNG.randint(100, 900)
    return '<%s%012x-%s-000000@email.amazonses.com>' % (region, ms, ruuid())


def ses_return(d):
    ms = int(d.timestamp() * 1000) - RNG.randint(100, 900)
    return '0100%012x-%s-000000@amazonses.com' % (ms, ruuid())


def fold_b(s, width=72, indent='\t '):
    """Fold a long base64-ish token over several lines."""
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(out)


SES_SEL = 'szqgv33erturdv5cvz4vtb6kbqqvufoe'
SES_SEL2 = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL3 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'


def dkim(domain, selector, d, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID',
         canon='relaxed/simple'):
    t = int(d.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (canon, selector, domain, t, hdrs, rb64(43), fold_b(rb64(342) + '=')))


def ses_dkims(d, domain='amazon.com'):
    return [('DKIM-Signature', dkim(domain, SES_SEL, d)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL2, d))]


SES_IPS = ['54.240.8.30', '54.240.8.84', '54.240.9.112', '54.240.48.93', '54.240.11.21',
           '54.240.27.56', '54.240.13.78', '23.251.234.3']


def ses_host(ip):
    if ip.startswith('54.240.'):
        a, b, c, e = ip.split('.')
        return 'a%s-%s.smtp-out.amazonses.com' % (c, e)
    return 'e%s.smtp-out.us-east-2.amazonses.com' % ip.split('.')[-1]


# ------------------------------------------------- receiving-side headers
def ar_google(dkims=(), spf=None, dmarc=None):
    parts = ['mx.google.com']
    for dom, sel, res in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(8)))
    if spf:
        parts.append(spf)
    if dmarc:
        parts.append(dmarc)
    return ';\n       '.join(parts)


def gmail_chain(to, d, ip, helo, mailfrom, ar, spf_word='pass'):
    """Headers Gmail prepends (newest first)."""
    recv_d = d + timedelta(seconds=RNG.randint(1, 4))
    gd = gdate(recv_d)
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
         % (rhex(4), rhex(4), rhex(3), rhex(3), rhex(3), RNG.choice('abcdefghijk') + rhex(1),
            RNG.randint(100000, 999999), RNG.choice(['mdb', 'mda', 'lqc', 'vqd']), gd)),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rhex(3), rhex(16), rhex(8), RNG.randint(1, 20),
            int(recv_d.timestamp()), gd)),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
         % (int(recv_d.timestamp()), fold_b(rb64(340) + '==', 70, '         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
         '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
         '         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s'
         % (rb64(43), rb64(43), fold_b(rb64(340) + '==', 70, '         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d.%d\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, rhex(16), rhex(8), RNG.randint(100, 999), RNG.randint(1, 9),
            RNG.randint(1, 9), int(recv_d.timestamp()) % 1000000, to, gd)),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (spf_word, mailfrom, 'designates' if spf_word == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]


def gmail_aws_chain(to, d, ip=None, dmarc='pass', domain='amazon.com'):
    ip = ip or RNG.choice(SES_IPS)
    mf = ses_return(d)
    ar = ar_google(
        dkims=[(domain, SES_SEL, 'pass'), ('amazonses.com', SES_SEL2, 'pass')],
        spf='spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
            % (mf, ip, mf),
        dmarc='dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (dmarc, domain))
    return gmail_chain(to, d, ip, ses_host(ip), mf, ar)


def outlook_chain(to, d, ip, helo, ar, spf_line):
    """Outlook.com / Exchange Online: AR without authserv-id."""
    r = d + timedelta(seconds=RNG.randint(1, 5))
    nam = RNG.randint(1, 22)
    srv = lambda: '%sPR%02dMB%04d.namprd%02d.prod.outlook.com' % (
        RNG.choice(['SN7', 'PH0', 'BY5', 'CH3', 'DM6', 'MW4', 'SA1', 'IA1']),
        RNG.randint(1, 19), RNG.randint(1000, 9999), nam)
    a, b, c = srv(), srv(), 'BN2PEPF%08X.namprd%02d.prod.outlook.com' % (RNG.getrandbits(32), nam)
    v6 = lambda: '2603:10b6:%x:%x::%x' % (RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x3f))
    return [
        ('Received', 'from %s (%s) by\n %s with HTTPS; %s' % (a, v6(), b, rfc(r, UTC).replace('-0000', '+0000'))),
        ('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                     ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (c, v6(), a, v6(), RNG.randint(8000, 9300), RNG.randint(10, 40), rfc(r, UTC).replace('-0000', '+0000'))),
        ('Authentication-Results', ar),
        ('Received-SPF', spf_line),
        ('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s'
         % (helo, ip, c, v6(), RNG.randint(8000, 9300), RNG.randint(10, 40), rfc(r, UTC).replace('-0000', '+0000'))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', '%s' % r.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|%d|%d;' % (RNG.randint(1000000, 9999999), RNG.randint(10000, 99999))),
    ]


def outlook_aws_chain(to, d, ip=None, dmarc='pass', domain='amazon.com'):
    ip = ip or RNG.choice(SES_IPS)
    ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n'
          ' header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100'
          % (ip, domain, dmarc, domain))
    spf = ('Pass (protection.outlook.com: domain of amazonses.com designates\n %s as permitted sender) '
           'receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (ip, ip, ses_host(ip)))
    return outlook_chain(to, d, ip, ses_host(ip), ar, spf) + [('Return-Path', '<%s>' % ses_return(d))]


def jp_chain(provider, to, d, ip, helo, ar_body, mailfrom):
    """Japanese ISP: nifty / ocn / biglobe style."""
    r = d + timedelta(seconds=RNG.randint(1, 6))
    names = {
        'nifty.com': ('mta-snd%02d.nifty.com' % RNG.randint(1, 30), 'mfilter%02d.nifty.com' % RNG.randint(1, 40)),
        'ocn.ne.jp': ('mfrelay%02d.ocn.ad.jp' % RNG.randint(1, 30), 'mgw%02d.ocn.ad.jp' % RNG.randint(1, 40)),
        'biglobe.ne.jp': ('mtab%02d.biglobe.ne.jp' % RNG.randint(1, 30), 'mfilter-%02d.mx.biglobe.ne.jp' % RNG.randint(1, 40)),
    }[provider]
    return [
        ('Return-Path', '<%s>' % mailfrom),
        ('Delivered-To', to),
        ('Received', 'from %s by %s with LMTP id %s\n\tfor <%s>; %s'
         % (names[1], names[0], rb64(22), to, rfc(r, JST))),
        ('Authentication-Results', '%s; %s' % (provider, ar_body)),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
         % (helo, helo, ip, names[1], rb64(10).replace('+', 'x').replace('/', 'y'), to, rfc(r, JST))),
    ]


def jp_aws_chain(provider, to, d, ip=None, dmarc='pass'):
    ip = ip or RNG.choice(SES_IPS)
    mf = ses_return(d)
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n'
          '\tdkim=pass header.i=@amazonses.com header.s=%s;\n\tdmarc=%s header.from=amazon.com'
          % (mf, SES_SEL, SES_SEL2, dmarc))
    return jp_chain(provider, to, d, ip, ses_host(ip), ar, mf)


def yahoo_chain(to, d, ip, helo, ar_body, mailfrom):
    r = d + timedelta(seconds=RNG.randint(1, 4))
    return [
        ('X-Apparently-To', '%s; %s' % (to, rfc(r, UTC).replace('-0000', '+0000'))),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received-SPF', 'pass (domain of amazonses.com designates %s as permitted sender)' % ip),
        ('Authentication-Results', 'atlas%d.free.mail.ne1.yahoo.com;\n %s' % (RNG.randint(100, 330), ar_body)),
        ('X-YMailISG', rb64(60)),
        ('Received', 'from %s (EHLO %s)\n by %d.mail.ne1.yahoo.com with SMTP; %s'
         % (ip, helo, RNG.randint(100, 400), rfc(r, UTC).replace('-0000', '+0000'))),
    ]


def yahoo_aws_chain(to, d, ip=None, dmarc='pass'):
    ip = ip or RNG.choice(SES_IPS)
    mf = ses_return(d)
    ar = ('dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n'
          ' spf=pass smtp.mailfrom=amazonses.com;\n dmarc=%s(p=QUARANTINE) header.from=amazon.com;'
          % (SES_SEL, SES_SEL2, dmarc))
    return yahoo_chain(to, d, ip, ses_host(ip), ar, mf)


def icloud_chain(to, d, ip, helo, ar_lines, mailfrom):
    r = d + timedelta(seconds=RNG.randint(1, 4))
    hdrs = [('Return-Path', '<%s>' % mailfrom),
            ('Received', 'from %s ([%s])\n\tby p%02d-mailgateway.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (helo, ip, RNG.randint(1, 60), rhex(12).upper(), to, rfc(r, UTC).replace('-0000', '+0000')))]
    for l in ar_lines:
        hdrs.append(('Authentication-Results', l))
    return hdrs


def icloud_aws_chain(to, d, ip=None, dmarc='pass'):
    ip = ip or RNG.choice(SES_IPS)
    mf = ses_return(d)
    ar = ['dmarc.icloud.com; dmarc=%s header.from=amazon.com' % dmarc,
          'dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n'
          '\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (rb64(8), rb64(8)),
          'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
          % (mf, ip, mf)]
    return icloud_chain(to, d, ip, ses_host(ip), ar, mf)


def ses_tail(d, region='us-east-1'):
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43))),
            ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), RNG.choice(SES_IPS)))]


# ---------------------------------------------------------------- bodies
def enc_header(s, charset='utf-8', name='Subject', q=False):
    if all(ord(c) < 128 for c in s):
        return s
    if q:
        cs = Charset(charset)
        cs.header_encoding = QP
        return Header(s, cs, header_name=name).encode()
    return Header(s, charset, header_name=name).encode()


def addr(name, email, charset='utf-8'):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return '%s <%s>' % (Header(name, charset).encode(), email)


CODECS = {'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8', 'us-ascii': 'ascii',
          'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, extra=None):
    data = text.replace('\r\n', '\n').encode(codec or CODECS[charset])
    p = MIMENonMultipart('text', subtype, charset=charset)
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:  # 8bit
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def alt(plain, html, boundary, **kw):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(plain)
    m.attach(html)
    return m


def gb():
    """Gmail-ish boundary"""
    return '000000000000' + rhex(16)


def ob():
    return '_000_%s%s_' % (rb64(30).replace('+', 'A').replace('/', 'B'), 'namp')


def sb():
    return '----=_Part_%d_%d.%d' % (RNG.randint(100000, 9999999), RNG.randint(100000000, 1999999999),
                                     RNG.randint(1600000000000, 1769999999999))


def to_html(text, quoted=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    def paras(t):
        out = []
        for block in t.strip('\n').split('\n\n'):
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in block.split('\n')))
        return '\n'.join(out)
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div style="%s">\n%s\n</div>\n' % (style, paras(text))
    if quoted:
        q = '\n'.join(l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l)
                      for l in quoted.strip('\n').split('\n'))
        h += '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote>\n' % paras(q)
    h += '</body></html>\n'
    return h


# ----------------------------------------------------------- quoting styles
def q_gt(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre + l).rstrip() if l.strip() else pre.rstrip() for l in text.strip('\n').split('\n'))


def gmail_quote(d, tz, name, email, text):
    d2 = d.astimezone(tz)
    head = 'On %s, %s at %s, %s <%s> wrote:' % (d2.strftime('%a'), d2.strftime('%b %-d, %Y'),
                                                d2.strftime('%-I:%M %p'), name, email)
    return head + '\n\n' + q_gt(text)


def outlook_quote(frm, d, tz, to, subject, text):
    d2 = d.astimezone(tz)
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, d2.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subject, text.strip('\n')))


def orig_quote(frm, d, tz, to, subject, text):
    d2 = d.astimezone(tz)
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, d2.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subject, text.strip('\n')))


WD_JA = '月火水木金土日'


def jp_quote(d, name, email, text):
    d2 = d.astimezone(JST)
    head = '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d2.year, d2.month, d2.day, WD_JA[d2.weekday()],
                                                d2.hour, d2.minute, name, email)
    return head + '\n' + q_gt(text)


# ---------------------------------------------------------------- registry
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted(set('AWS' + m for m in ID_RE.findall(text)))


def add(slug, kind, case_id, lang, sv, hdrs, body, new_text, crlf=False):
    """hdrs: list of (name, value) in final order (top first). body: MIME object.
    new_text: the text of the mail's own (non-quoted) part, used for account ids."""
    MAILS.append(dict(slug=slug, kind=kind, case_id=case_id, lang=lang, sv=sv, hdrs=hdrs,
                      body=body, new=new_text, crlf=crlf))


def render(m):
    lines = []
    for k, v in m['hdrs']:
        lines.append('%s: %s\n' % (k, v))
    if 'MIME-Version' not in m['body']:
        m['body']['MIME-Version'] = '1.0'
    head = ''.join(lines).encode('ascii')
    body = m['body'].as_bytes()
    raw = head + body
    if m['crlf']:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def write_all():
    order = list(range(len(MAILS)))
    RNG2 = random.Random(31600)
    RNG2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fn = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(render(m))
        labels[fn] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': ids_in(m['new']),
                      'sender_verified': m['sv'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote %d mails' % len(labels))


# ====================================================================== MAILS
# (mail definitions follow; batches appended before the main block)

# ------------------------------------------------------------ common pieces
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def console_footer(case_id, lang='en'):
    return ('\nWe value your feedback. Please share your experience by rating this correspondence using the AWS '
            'Support Center link at the end of this correspondence. Each correspondence can also be rated by '
            'selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
            'Best regards,\nAmazon Web Services\n\n'
            '======================================\n'
            'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n'
            '(If you are connecting by federation, log in before following the link.)\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the '
            'link above if you need to contact us again about this same issue.\n\n'
            '====================================================================\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
            'Amazon.com, Inc. or its affiliates.\n' % (case_id, lang))


def aws_hdrs(chain, frm, to, subject, d, tz=UTC, extra=(), dk=True, domain='amazon.com', region='us-east-1'):
    h = list(chain)
    if dk:
        h += ses_dkims(d, domain)
    h += [('From', frm), ('To', to), ('Subject', subject), ('Message-ID', ses_id(d)),
          ('Date', rfc(d, tz))]
    h += list(extra)
    h += ses_tail(d, region)
    return h


def credly_gmail_chain(to, d):
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    mf = 'bounces+%d-%s-%s@em.credly.com' % (RNG.randint(1000000, 9999999), rhex(4), to.replace('@', '='))
    ar = ar_google(dkims=[('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')],
                   spf='spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom="%s"'
                       % (mf, ip, mf),
                   dmarc='dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com')
    return gmail_chain(to, d, ip, 'o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)), mf, ar)


def credly_hdrs(chain, to, subject, d, tz=UTC, frm=CREDLY_FROM, domain='credly.com'):
    return list(chain) + [
        ('DKIM-Signature', dkim(domain, 's1', d, hdrs='from:subject:content-type:reply-to:list-unsubscribe:to:cc',
                                canon='relaxed/relaxed')),
        ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', d, hdrs='from:subject:content-type:reply-to:list-unsubscribe:to:cc',
                                canon='relaxed/relaxed')),
        ('Date', rfc(d, tz)), ('From', frm), ('Reply-To', 'support@credly.com'),
        ('Subject', subject), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), RNG.randint(1, 40))),
        ('List-Unsubscribe', '<https://www.credly.com/earner/settings/notifications?token=%s>' % rhex(24)),
        ('X-SG-EID', rb64(80)), ('X-Entity-ID', rb64(22)), ('To', to)]


# ===================================================== Thread T1 (Priya, form)
P_ADDR = 'priya.raman.cloud@gmail.com'
P_TO = 'Priya Raman <priya.raman.cloud@gmail.com>'
T1_OPEN = dt('2025-05-27 14:12:05')
T1 = cid15(T1_OPEN, '03417')
T1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1

# --- T1-a acknowledgement that promises a person
d = T1_OPEN + timedelta(seconds=6)
new = """Hello Priya,

Thanks for writing to AWS Training and Certification. This is an automatic note to let you know that your message reached us safely and has been given the reference number %s.

A member of our team - a real person, not a chatbot - will read what you sent and write back to you personally. Most people hear from us within one business day, sometimes sooner.

If you think of anything to add in the meantime, simply reply to this email and keep the reference number in the subject line so it lands with the same person. There is no need to fill in the form again; a second submission only creates a duplicate and can slow things down.

For your records, this is what you told us:

  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS04418273
  Preferred language: English

Warm regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
""" % T1
body = alt(tpart(new), tpart(to_html(new), 'html'), gb())
add('form-desk-note-someone-will-read', 'case_created', T1, 'en', True,
    aws_hdrs(gmail_aws_chain(P_ADDR, d), AWS_FORM, P_TO,
             '[CASE %s] We have your message - AWS Training and Certification' % T1, d), body, new)

# --- T1-b agent restates the plan in the user's words, asks for a yes
d = dt('2025-05-28 09:41:17')
new = """Hi Priya,

Thank you for your patience, and for such a clear description of what is going on.

Let me play back what I've understood, using your own words as far as I can: you've been signing in with priya.raman.cloud@gmail.com, which is AWS04418273, and that is "the one I actually use and want to keep". Back in 2021 you sat Cloud Practitioner with your university address, which quietly created a second profile, AWS07731590, and you'd like that exam to "stop living somewhere else".

If I have that right, here is what would happen: the Cloud Practitioner record, and anything else sitting on AWS07731590, gets moved across to AWS04418273, and AWS07731590 is then shut down for good. I should be upfront that this is a one-way street - once it's done, we can't pull the two apart again.

Could you send me a short "yes, go ahead" in reply to this email (or tell me what I've got wrong)? Nothing will be handed to our back-office team until I hear back from you.

Kind regards,
Tomasz
AWS Training and Certification Customer Support
"""
hist = """---------- Original message ----------
From: Priya Raman <priya.raman.cloud@gmail.com>
Date: Tue, 27 May 2025 14:12:05 +0000
Subject: AWS Training and Certification Form Submission - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418273
Description: Hi, I have two certification accounts. The one I actually use and want to keep is AWS04418273 (this gmail). In 2021 I took Cloud Practitioner with my uni email and it made another one, AWS07731590. Can the exam stop living somewhere else and just be on my main account? Thanks, Priya
"""
full = new + '\n' + hist
body = alt(tpart(full), tpart(to_html(new, q_gt(hist)), 'html'), gb())
add('tomasz-plays-back-your-words', 'merge_confirmation_requested', T1, 'en', True,
    aws_hdrs(gmail_aws_chain(P_ADDR, d), AWS_FORM, P_TO, T1_SUBJ, d), body, new)

# --- T1-c completion told as what changed for the user
d = dt('2025-05-29 16:03:40')
new = """Hi Priya,

Some good news on your certification profile.

From today, when you sign in with priya.raman.cloud@gmail.com you'll see your Cloud Practitioner (2021) listed right next to your Solutions Architect \u2013 Associate and Developer \u2013 Associate, all under AWS04418273. The separate profile you had from university no longer exists, so that login won't work any more, and anything you book in future will simply use the account you already know.

Your digital badges live with Credly, which usually catches up within a few days. You'll get an email from them when the Cloud Practitioner badge appears in your wallet - if it hasn't turned up by the end of next week, just reply here.

All the best,
Tomasz
AWS Training and Certification Customer Support
"""
prev_agent = """Hi Priya,

Let me play back what I've understood [...] AWS04418273 [...] AWS07731590 [...]
Could you send me a short "yes, go ahead" in reply to this email?

Tomasz"""
user_reply = """Yes, that's exactly it - go ahead please. Thank you Tomasz!

Priya

""" + gmail_quote(dt('2025-05-28 09:41:17'), UTC, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', prev_agent)
hist = gmail_quote(dt('2025-05-28 18:02:51'), IST, 'Priya Raman', P_ADDR, user_reply)
full = new + '\n' + hist
body = alt(tpart(full, cte='base64'), tpart(to_html(new, hist), 'html', cte='base64'), gb())
add('what-you-will-see-when-you-sign-in', 'merge_completed', T1, 'en', True,
    aws_hdrs(gmail_aws_chain(P_ADDR, d), AWS_FORM, P_TO, T1_SUBJ, d), body, new)

# --- T1-d closure told as a summary (also recaps that the work is done)
d = dt('2025-05-29 16:05:12')
new = """Hello Priya,

Here is a short recap before we close out reference %s:

  * What you asked for: to bring your two certification profiles together under the one you use today.
  * What we did: moved your 2021 Cloud Practitioner record onto AWS04418273 and retired the old profile.
  * What is left for you: nothing, unless your Credly badge has not appeared by next week.

Because nothing further is needed from either side, this request is now marked as resolved. If we didn't get it right, reply within 14 days and it will reopen with the same person.

Could you spare a minute to tell us whether we solved your problem?

  Yes, it's solved:  https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&r=1
  No, it isn't:      https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&r=0

Thank you for being part of AWS Certification.
AWS Training and Certification Customer Support
""" % (T1, T1, T1)
html = """<html><body style="margin:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Hello Priya,</p>
<p>Here is a short recap before we close out reference %s:</p>
<ul>
<li><b>What you asked for:</b> to bring your two certification profiles together under the one you use today.</li>
<li><b>What we did:</b> moved your 2021 Cloud Practitioner record onto AWS04418273 and retired the old profile.</li>
<li><b>What is left for you:</b> nothing, unless your Credly badge has not appeared by next week.</li>
</ul>
<p>Because nothing further is needed from either side, this request is now marked as resolved. If we didn't get it right, reply within 14 days and it will reopen with the same person.</p>
<p>Could you spare a minute to tell us whether we solved your problem?</p>
<p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&amp;r=1" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">Yes, it's solved</a>
&nbsp; <a href="https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&amp;r=0" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">No, it isn't</a></p>
<p>Thank you for being part of AWS Certification.<br>AWS Training and Certification Customer Support</p>
</td></tr></table></td></tr></table></body></html>
""" % (T1, T1, T1)
body = alt(tpart(new), tpart(html, 'html'), gb())
add('recap-before-we-close-reference', 'survey', T1, 'en', True,
    aws_hdrs(gmail_aws_chain(P_ADDR, d), AWS_FORM, P_TO,
             'Wrapping up your request %s - did we get it right?' % T1, d), body, new)

# --- T1-e Credly: badge shows up after the consolidation
d = dt('2025-06-01 03:17:44')
new = """Hi Priya,

A credential from Amazon Web Services Training and Certification is now in your name and ready to add to your profile:

AWS Certified Cloud Practitioner

This badge was moved to you because the certification records behind it were brought together under a single AWS Certification account. Nothing was lost - the original earn date is kept.

Accept your badge:
https://www.credly.com/badges/6f3c2a81-9d4e-4b57-8a1e-2c0d7b95e413/accept

Once accepted you can share it on LinkedIn, add it to your email signature, or download a copy.

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Avenue, Suite 2010 | New York, NY 10016
Unsubscribe from these notifications: https://www.credly.com/earner/settings/notifications
"""
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f5f5f5;margin:0"><center>
<table role="presentation" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px"><p style="font-size:16px">Hi Priya,</p>
<p>A credential from <b>Amazon Web Services Training and Certification</b> is now in your name and ready to add to your profile:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="140" alt=""><br>
<b>AWS Certified Cloud Practitioner</b></p>
<p style="font-size:13px;color:#666">This badge was moved to you because the certification records behind it were brought together under a single AWS Certification account. Nothing was lost - the original earn date is kept.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/6f3c2a81-9d4e-4b57-8a1e-2c0d7b95e413/accept" style="background:#1D3B72;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Once accepted you can share it on LinkedIn, add it to your email signature, or download a copy.</p></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#999">Credly, Inc. | 2 Park Avenue, Suite 2010 | New York, NY 10016<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from these notifications</a></td></tr>
</table></center></body></html>
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(html, 'html'), 'sg-%s' % rhex(32))
add('credly-cloud-practitioner-now-yours', 'credly_badge_issued', None, 'en', True,
    credly_hdrs(credly_gmail_chain(P_ADDR, d), P_TO,
                'Priya, your AWS Certified Cloud Practitioner credential is ready', d), body, new)

# --- T1-f unrelated: a billing case on her AWS account (same sender, other case)
BILL_OPEN = dt('2025-06-03 08:21:37')
BILL = cid15(BILL_OPEN, '00216')
d = dt('2025-06-04 11:48:09')
new = """Hello Priya,

Thank you for your patience while I looked into the charges on your April invoice.

The USD 41.87 you noticed comes from a NAT Gateway in eu-west-1 that stayed up after the lab stack in that Region was deleted. NAT Gateways are billed per hour whether or not traffic passes through them, which is why the charge continued even though nothing else was running.

I have submitted a one-time courtesy credit request for that amount. Once it is approved, the credit will be applied to your account automatically and you will see it under Billing > Credits - there is nothing else you need to do. To avoid this in future, you may want to set up an AWS Budgets alert; the steps are here: https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

Is there anything else about the invoice I can help you with?

Best regards,
Olumide A.
Amazon Web Services
""" + console_footer(BILL)
body = tpart(new, cte='7bit', charset='us-ascii')
add('april-invoice-nat-gateway-credit', 'unrelated', BILL, 'en', True,
    aws_hdrs(gmail_aws_chain(P_ADDR, d), AWS_NOREPLY, P_ADDR,
             'RE:[CASE %s] Unexpected charge on April invoice' % BILL, d), body, new)

# ===================================================== Thread T2 (Daniel, console, Outlook)
D_ADDR = 'daniel.okafor@outlook.com'
T2 = '12948873015'
T2_CSUBJ = 'Two certification profiles - need them combined'


def credly_outlook_chain(to, d):
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=em.credly.com; dkim=pass (signature was verified)\n'
          ' header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100' % ip)
    spf = ('Pass (protection.outlook.com: domain of em.credly.com designates\n %s as permitted sender) '
           'receiver=protection.outlook.com;\n client-ip=%s; helo=o1.ptr%d.credly.com; pr=C' % (ip, ip, RNG.randint(1000, 9999)))
    return outlook_chain(to, d, ip, 'o1.ptr%d.credly.com' % RNG.randint(1000, 9999), ar, spf)


# --- T2-a console acknowledgement, promises a named team member
d = dt('2022-08-09 10:02:31')
new = """Hello,

We have received your request and logged it as case %s. A member of the AWS Training and Certification team - a person, not an automated system - will be assigned to it and will contact you through this case. You don't need to do anything in the meantime.

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification account

To review the case or add more detail, open it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (T2, T2, T2_CSUBJ, T2)
body = alt(tpart(new), tpart(to_html(new), 'html'), sb())
add('console-request-logged-person-assigned', 'case_created', T2, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), AWS_NOREPLY, D_ADDR,
             'Amazon Web Services: You have opened a new Support case: %s' % T2, d), body, new)

# --- T2-b restates the plan, quoting the user's own phrase
d = dt('2022-08-10 08:15:02')
new = """Hello Daniel,

Thanks for getting in touch, and sorry that it took a day to reach you.

So that I act on exactly what you want, here is the request as I read it in your message - you "passed SAA under my old work email and the rest under my personal one, and want everything under the personal one". In terms of our records that means:

  - stays:      AWS02291784 (daniel.okafor@outlook.com)
  - goes away:  aws09913456 (d.okafor@contoso-logistics.com)

Everything earned under the second one would end up on AWS02291784, and you would sign in only with your personal address afterwards. Please be aware that there is no way to reverse this once our team has carried it out.

If that matches what you have in mind, just add a correspondence to this case saying so. If anything is off - for example you would rather keep the work profile - tell me which one and I will adjust before anything happens.

Best regards,
Nandini R.
Amazon Web Services
""" + console_footer(T2)
body = alt(tpart(new), tpart(to_html(new), 'html'), sb())
add('nandini-reads-back-request', 'merge_confirmation_requested', T2, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), AWS_NOREPLY, D_ADDR, 'RE:[CASE %s] %s' % (T2, T2_CSUBJ), d), body, new)

# --- T2-c thanks for the go-ahead, we will now proceed (support_reply)
d = dt('2022-08-10 18:20:44')
new = """Hello Daniel,

Got it - thank you for the go-ahead.

I have handed your request to the colleagues who make changes to certification records. They normally need between one and three working days. As soon as they tell me they're finished I will write to you here, so there is nothing else you need to do for now.

Best regards,
Nandini R.
Amazon Web Services
""" + console_footer(T2)
body = tpart(new, cte='quoted-printable', charset='us-ascii')
add('go-ahead-received-handed-over', 'support_reply', T2, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), AWS_NOREPLY, D_ADDR, 'RE:[CASE %s] %s' % (T2, T2_CSUBJ), d), body, new)

# --- T2-d completion told as what changed
d = dt('2022-08-12 13:10:27')
new = """Hello Daniel,

The Solutions Architect \u2013 Associate you earned under your old work address now appears on your transcript for AWS02291784, next to your Developer and SysOps certifications. From here on you only need daniel.okafor@outlook.com to sign in; the work-address profile has been retired and can no longer be used.

Your recertification dates are unchanged, and the 50% exam discount you had on the work profile is now listed under Benefits on your remaining account.

Best regards,
Nandini R.
Amazon Web Services
""" + console_footer(T2)
body = alt(tpart(new, cte='base64'), tpart(to_html(new), 'html', cte='base64'), sb())
add('saa-now-on-your-transcript', 'merge_completed', T2, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), AWS_NOREPLY, D_ADDR, 'RE:[CASE %s] %s' % (T2, T2_CSUBJ), d), body, new)

# --- T2-e rating request after resolution
d = dt('2022-08-12 13:11:05')
new = """Hello,

Your case %s is now marked as resolved. We would like to know how we did - it takes less than a minute.

How would you rate the support you received?
  Excellent  https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
  Good       https://console.aws.amazon.com/support/feedback?displayId=%s&rating=4
  Fair       https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3
  Poor       https://console.aws.amazon.com/support/feedback?displayId=%s&rating=2

If your issue is not actually fixed, you can reopen the case from the Support Center within 14 days.

Thank you,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (T2, T2, T2, T2, T2)
body = alt(tpart(new), tpart(to_html(new), 'html'), sb())
add('how-did-we-do-four-links', 'survey', T2, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), AWS_NOREPLY, D_ADDR,
             '[Case %s] How did we do?' % T2, d), body, new)

# --- T2-f Credly: badge re-issued to the surviving address
d = dt('2022-08-15 21:44:10')
new = """Daniel, your badge has a new home

Amazon Web Services Training and Certification has issued the following badge to daniel.okafor@outlook.com:

    AWS Certified Solutions Architect - Associate

It was previously tied to a different email address. Your certification records were updated, so the badge now follows the account you use today. Claim it to keep your public profile complete:

Accept badge: https://www.credly.com/badges/0b7e91d4-55a2-4c7e-9d3e-f21a6c8b4f30/accept

Credly | Terms https://info.credly.com/terms | Privacy https://info.credly.com/privacy-policy
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), 'sg-%s' % rhex(32))
add('credly-badge-has-new-home', 'credly_badge_issued', None, 'en', True,
    credly_hdrs(credly_outlook_chain(D_ADDR, d), D_ADDR, 'Your badge has a new home', d), body, new)

# --- T2-g unrelated look-alike: Seller Central case, "merged listings, please confirm"
d = dt('2022-09-02 15:26:50')
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

As requested, I have merged the two duplicate detail pages for your "Okafor Leather Card Holder" into a single ASIN (B0B7K2M9QX). Your offer and the 14 reviews from the retired page now appear on the remaining listing. Please confirm whether the variation theme (Color) now displays correctly on your side.

To reply to this message, please use the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Was this email helpful?  Yes  No

Thank you for selling with Amazon,
Ishaan
Amazon.com
http://sellercentral.amazon.com
"""
body = alt(tpart(new, charset='iso-8859-1'), tpart(to_html(new), 'html', charset='iso-8859-1'), '----=_Part_%d_%d.%d' % (RNG.randint(10**6, 10**7), RNG.randint(10**8, 2 * 10**9), int(d.timestamp() * 1000)))
add('seller-central-duplicate-listings', 'unrelated', '5884881212', 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), '"Amazon Seller Central" <seller-answers@amazon.com>', D_ADDR,
             'RE:[CASE 5884881212] Duplicate listing for Okafor Leather Card Holder', d), body, new)

# ===================================================== Thread T3 (Kenta, Japanese, nifty)
K_ADDR = 'kenta.tanaka@nifty.com'
K_TO = addr('田中 健太', K_ADDR, 'iso-2022-jp')
T3_OPEN = dt('2025-03-11 01:23:45')
T3 = cid15(T3_OPEN, '07752')
T3_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T3

# --- T3-a Japanese acknowledgement, promises a staff member
d = T3_OPEN + timedelta(seconds=9)
new = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

お問い合わせ番号: %s

いただいた内容は担当スタッフが一件ずつ拝見し、原則として24時間以内に、担当者より直接ご連絡を差し上げます。
混み合っている場合はお時間をいただくことがございますので、あらかじめご了承ください。

追加でお伝えいただきたい情報がございましたら、件名のお問い合わせ番号はそのままに、本メールへご返信ください。
同じ内容で再度フォームを送信されますと、かえって対応が遅れる場合がございます。

ご入力いただいた内容:
  お問い合わせの種類: 認定
  詳細: アカウントの統合
  AWS 受験者 ID: AWS05527103

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
""" % T3
body = tpart(new, charset='iso-2022-jp', cte='7bit')
add('jp-uketsuke-tantousha-kara-renraku', 'case_created', T3, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_FORM, K_TO,
             enc_header('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % T3, 'iso-2022-jp'),
             d, tz=UTC), body, new)

# --- T3-b Japanese: restates the plan in the user's words, asks for a reply
d = dt('2025-03-12 02:10:38')
new = """田中 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、ありがとうございます。

お送りいただいた内容を拝見し、次のように理解いたしました。
「以前の勤務先のメールアドレスで作ったアカウントで取った資格を、今使っている個人のアカウントに寄せたい」とのことでございますね。

具体的には、以下のとおり作業を行う予定でございます。

 ・今後もお使いいただくアカウント: AWS05527103（kenta.tanaka@nifty.com）
 ・資格を移したあと閉鎖するアカウント: AWS03380912（k.tanaka@hoshino-shoji.co.jp）

AWS03380912 に登録されている認定資格および受験履歴は、すべて AWS05527103 へ移されます。
なお、この作業は一度実施いたしますと元に戻すことができませんので、ご注意ください。

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認いたしましたら、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""
body = tpart(new, charset='iso-2022-jp', cte='7bit')
add('jp-yamamoto-naiyou-no-kakunin', 'merge_confirmation_requested', T3, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_FORM, K_TO, T3_SUBJ, d), body, new)

# --- T3-c Japanese: thanks for confirming, we will now start (support_reply)
d = dt('2025-03-12 06:40:12')
new = """田中 様

ご確認いただき、誠にありがとうございます。
それでは、これより担当部署にて作業に着手いたします。通常、1から3営業日ほどで終わる見込みでございます。
作業が終わりましたら、改めて本件にてご連絡を差し上げます。

引き続きよろしくお願いいたします。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""
user = """山本様

ご連絡ありがとうございます。
内容に相違ありません。よろしくお願いいたします。

田中

""" + jp_quote(dt('2025-03-12 02:10:38'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
               """田中 様

 ・今後もお使いいただくアカウント: AWS05527103（kenta.tanaka@nifty.com）
 ・資格を移したあと閉鎖するアカウント: AWS03380912（k.tanaka@hoshino-shoji.co.jp）

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。""")
hist = jp_quote(dt('2025-03-12 05:58:40'), '田中 健太', K_ADDR, user)
full = new + '\n' + hist
body = alt(tpart(full, cte='base64'), tpart(to_html(new, hist), 'html', cte='base64'), gb())
add('jp-kakunin-arigatou-sagyou-ni-chakushu', 'support_reply', T3, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_FORM, K_TO, T3_SUBJ, d), body, new)

# --- T3-d Japanese: completion told as what the user will now see
d = dt('2025-03-13 08:05:51')
new = """田中 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの山本でございます。

本日より、kenta.tanaka@nifty.com でサインインしていただきますと、以前の勤務先のアドレスで取得された AWS Certified Solutions Architect - Professional も、AWS05527103 の認定一覧に並んで表示されるようになっております。
勤務先のアドレスでお使いだったアカウントはすでに閉鎖しておりますので、今後そちらではサインインできません。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。1週間ほど経っても表示されない場合は、お手数ですが本メールにご返信ください。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""
body = tpart(new, charset='iso-2022-jp', cte='7bit')
add('jp-honjitsu-yori-ichiran-ni-hyouji', 'merge_completed', T3, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_FORM, K_TO, T3_SUBJ, d), body, new)

# --- T3-e Japanese: closure told as a summary, with survey
d = dt('2025-03-13 08:07:03')
new = """田中 様

本件につきまして、これまでの経緯を簡単にまとめさせていただきます。

 ・ご依頼の内容: 2つの認定アカウントを1つにまとめたい
 ・実施した対応: AWS03380912 の資格を AWS05527103 に移し、AWS03380912 を閉鎖
 ・残っている作業: ございません

以上をもちまして、本件はクローズとさせていただきます。14日以内にご返信いただければ、同じ担当者にて再開いたします。

今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。
 問題は解決しましたか?
   はい  https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&r=1&lang=ja
   いいえ https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s&r=0&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % (T3, T3)
body = alt(tpart(new), tpart(to_html(new), 'html'), gb())
add('jp-keii-no-matome-to-anketo', 'survey', T3, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_FORM, K_TO,
             enc_header('[CASE %s] 本件のクローズとアンケートのお願い' % T3, 'utf-8'), d), body, new)

# --- T3-f Credly (English) to Kenta's nifty address
d = dt('2025-03-15 22:31:09')
ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
mf = 'bounces+%d-%s-kenta.tanaka=nifty.com@em.credly.com' % (RNG.randint(1000000, 9999999), rhex(4))
chain = jp_chain('nifty.com', K_ADDR, d, ip, 'o3.ptr4417.credly.com',
                 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@credly.com header.s=s1;\n'
                 '\tdkim=pass header.i=@sendgrid.info header.s=smtpapi;\n\tdmarc=pass header.from=credly.com' % mf, mf)
new = """Hello Kenta,

A badge from Amazon Web Services Training and Certification is waiting for you:

  AWS Certified Solutions Architect - Professional
  Issued: 2023-10-04   Expires: 2026-10-04

It has been placed on the Credly account linked to kenta.tanaka@nifty.com following an update to your AWS Certification records.

Accept it here: https://www.credly.com/badges/a41c0f77-2b86-4d1e-b3f5-7d90c2e18a6b/accept

After accepting, you can share it on LinkedIn or verify it anywhere with one click.

Credly, Inc. - 2 Park Avenue, Suite 2010, New York, NY 10016
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), 'sg-%s' % rhex(32))
add('credly-sap-waiting-for-kenta', 'credly_badge_issued', None, 'en', True,
    credly_hdrs(chain, K_ADDR, 'Kenta, a badge from Amazon Web Services Training and Certification is waiting', d), body, new)

# --- T3-g unrelated (Japanese): quota increase case resolved, with rating request
Q_OPEN = dt('2025-03-15 07:42:53')
QC = cid15(Q_OPEN, '00581')
d = dt('2025-03-16 01:15:36')
new = """田中 様

AWS サポートの佐々木でございます。お問い合わせいただきありがとうございます。

ご依頼いただいておりました、アジアパシフィック (東京) リージョンにおける Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances のクォータにつきまして、32 vCPU から 64 vCPU への引き上げが完了いたしました。
新しい値は Service Quotas コンソールにて、すでにご確認いただける状態でございます。

本ケースはこれにて解決済みとさせていただきます。ご不明な点がございましたら、サポートセンターよりケースを再開してください。

よろしくお願いいたします。

佐々木 拓也
Amazon Web Services

お客様のご意見をお聞かせください。このやり取りは、以下の AWS サポートセンターのリンクから評価していただけます。

======================================
本ケースに関して再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。返信はお受けできません。
""" % QC
body = tpart(new, cte='quoted-printable')
add('jp-tokyo-quota-hikiage-kaiketsu', 'unrelated', QC, 'ja', True,
    aws_hdrs(jp_aws_chain('nifty.com', K_ADDR, d), AWS_NOREPLY, K_ADDR,
             enc_header('RE:[CASE %s] Service Quotas 引き上げリクエスト: EC2 オンデマンドインスタンス (東京)' % QC, 'utf-8'),
             d), body, new)

def strip_tags(h):
    h = re.sub(r'(?is)<(style|head).*?</\1>', ' ', h)
    h = re.sub(r'(?s)<[^>]+>', ' ', h)
    return htmlmod.unescape(h)


# ===================================================== Thread T4 (Marta, 10-digit, 2020)
M_ADDR = 'marta.kowalski.it@gmail.com'
M_TO = 'Marta Kowalski <marta.kowalski.it@gmail.com>'
T4 = '7021456391'
T4_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T4
T4_FORM = """Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS00812345
Description: Hello, I think I have 3 accounts because I used different email for each exam (student mail, work mail and my gmail). I want to have everything on the gmail one, AWS00812345. Another one is AWS01198765, the third I don't remember the number. Thank you, Marta Kowalski"""

# --- T4-a non-native agent, restates the plan with three accounts
d = dt('2020-06-16 05:47:19')
new = """Dear Marta,

Greetings from AWS Training and Certification!

Thank you for your patience. As per your request, I have understood that you are having 3 certification accounts because you have registered with a different email during each exam, and you wish to keep only the account with your personal mail. Kindly find below the details as per our records:

Primary account (will be retained): AWS00812345 - marta.kowalski.it@gmail.com
Secondary account 1: AWS 01198765 - m.kowalski@student.pwr.edu.pl
Secondary account 2: AWS-01234098 - marta.k@softwarehouse-wro.pl

All the certifications, exam history and benefits from the secondary accounts will be transferred to the primary one and the secondary accounts will be deactivated permanently. Please note this action is irreversible.

Request you to kindly revert back on this email to let us know whether we may go ahead with the above.

Regards,
Rahul K.
AWS Training and Certification
"""
hist = orig_quote('Marta Kowalski <marta.kowalski.it@gmail.com>', dt('2020-06-14 19:02:11'), CEST,
                  'aws-cs-trainingcertification-form@amazon.com',
                  'AWS Training and Certification Form Submission - account-assistance', T4_FORM)
body = tpart(new + '\n' + hist, cte='quoted-printable')
add('rahul-three-accounts-kindly-revert', 'merge_confirmation_requested', T4, 'en', True,
    aws_hdrs(gmail_aws_chain(M_ADDR, d), AWS_FORM, M_TO, T4_SUBJ, d), body, new)

# --- T4-b chaser
d = dt('2020-06-23 06:02:44')
new = """Dear Marta,

Greetings from AWS Training and Certification!

We are yet to hear back from you regarding our previous email dated 16 June 2020. To move forward with your request we need your reply on the details shared below.

In case we do not receive any response within 5 business days, this case will be closed automatically. You can still reply to this same email any time later and the case will be reopened.

Regards,
Rahul K.
AWS Training and Certification
"""
prev = """Dear Marta,

Primary account (will be retained): AWS00812345 - marta.kowalski.it@gmail.com
Secondary account 1: AWS 01198765 - m.kowalski@student.pwr.edu.pl
Secondary account 2: AWS-01234098 - marta.k@softwarehouse-wro.pl

Request you to kindly revert back on this email to let us know whether we may go ahead with the above.

Regards,
Rahul K.
AWS Training and Certification"""
hist = orig_quote('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', dt('2020-06-16 05:47:19'), UTC,
                  'Marta Kowalski <marta.kowalski.it@gmail.com>', T4_SUBJ, prev)
body = tpart(new + '\n' + hist, cte='quoted-printable')
add('rahul-yet-to-hear-back', 'support_reply', T4, 'en', True,
    aws_hdrs(gmail_aws_chain(M_ADDR, d), AWS_FORM, M_TO, T4_SUBJ, d), body, new)

# --- T4-c completion told as what changed
d = dt('2020-06-26 09:31:05')
new = """Dear Marta,

Greetings from AWS Training and Certification!

This is to inform you that your certification history is now in one place: all three of your certifications (Cloud Practitioner, SysOps Administrator - Associate and Developer - Associate) together with the exam history are now showing under AWS00812345. The other two candidate IDs are not active anymore and logging in with the student or work email will not succeed.

Your AWS Certified benefits, including the 50% discount voucher for the next exam, can be found in the Benefits section of the account you are using.

Regards,
Rahul K.
AWS Training and Certification
"""
reply = """Hello Rahul,
sorry for late answer, I was on holidays. Yes, everything is correct, please go ahead.
Best regards
Marta

""" + orig_quote('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', dt('2020-06-23 06:02:44'), UTC,
                 'Marta Kowalski <marta.kowalski.it@gmail.com>', T4_SUBJ,
                 'Dear Marta,\n\nWe are yet to hear back from you regarding our previous email dated 16 June 2020.\n\nRegards,\nRahul K.')
hist = gmail_quote(dt('2020-06-24 20:14:37'), CEST, 'Marta Kowalski', M_ADDR, reply)
body = tpart(new + '\n' + hist, cte='quoted-printable')
add('rahul-history-now-in-one-place', 'merge_completed', T4, 'en', True,
    aws_hdrs(gmail_aws_chain(M_ADDR, d), AWS_FORM, M_TO, T4_SUBJ, d), body, new)

# --- T4-d Acclaim-era badge mail (older sender domain)
d = dt('2020-06-29 14:08:22')
ip = '167.89.%d.%d' % (RNG.randint(1, 120), RNG.randint(2, 250))
mf = 'bounces+%d-%s-marta.kowalski.it=gmail.com@em.youracclaim.com' % (RNG.randint(1000000, 9999999), rhex(4))
ar = ar_google(dkims=[('youracclaim.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')],
               spf='spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom="%s"' % (mf, ip, mf),
               dmarc='dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=youracclaim.com')
new = """Marta, you've been awarded a badge!

Amazon Web Services Training and Certification has awarded you the following badge:

AWS Certified Developer - Associate

Your badge record was updated after your AWS Certification accounts were combined, so it now belongs to marta.kowalski.it@gmail.com.

Accept your badge now: https://www.youracclaim.com/badges/9d3f2c1a-7e0b-4c55-8f1d-6a2b4e9c0d17/accept

Why accept? Share your achievement on social networks, add it to your email signature and resume, and let employers verify it instantly.

Acclaim is operated by Credly, Inc.
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), 'sg-%s' % rhex(32))
add('acclaim-developer-badge-awarded', 'credly_badge_issued', None, 'en', True,
    credly_hdrs(gmail_chain(M_ADDR, d, ip, 'o2.ptr%d.youracclaim.com' % RNG.randint(1000, 9999), mf, ar), M_TO,
                "Marta, you've been awarded a badge from Amazon Web Services Training and Certification", d,
                frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                domain='youracclaim.com'), body, new)

# ===================================================== Thread T5 (Lukas, console, HTML-heavy)
L_ADDR = 'lukas.brenner.dev@gmail.com'
T5_OPEN = dt('2024-09-18 07:55:10')
T5 = cid15(T5_OPEN, '40118')
T5_CSUBJ = 'Please combine my old and new AWS certification account'


def aws_html_shell(inner, title='Amazon Web Services'):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>%s</title>
<style type="text/css">body{margin:0;padding:0} td{font-family:'Amazon Ember',Helvetica,Arial,sans-serif}</style></head>
<body style="background-color:#eaeded">
<table width="100%%" border="0" cellspacing="0" cellpadding="0" bgcolor="#eaeded"><tr><td align="center" style="padding:20px 0">
<table width="640" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td bgcolor="#232f3e" style="padding:18px 24px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_179x109.png" width="60" alt="Amazon Web Services" /></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#16191f">
%s
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
</td></tr></table></td></tr></table></body></html>
""" % (title, inner)


# --- T5-a HTML-only acknowledgement, promises an engineer
d = T5_OPEN + timedelta(seconds=4)
inner = """<p>Hello,</p>
<p>Your request is now in our queue under case <b>%s</b>. A support engineer who looks after certification accounts will pick it up, read through what you wrote and reply to you in person &mdash; typically within 24 hours.</p>
<table cellpadding="4" style="font-size:14px;border:1px solid #d5dbdb">
<tr><td style="color:#687078">Case ID</td><td>%s</td></tr>
<tr><td style="color:#687078">Subject</td><td>%s</td></tr>
<tr><td style="color:#687078">Severity</td><td>General guidance</td></tr>
</table>
<p>You can follow progress or add information at any time in the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="font-size:12px;color:#687078">This mailbox cannot receive replies.</p>""" % (T5, T5, T5_CSUBJ, T5)
html = aws_html_shell(inner)
body = tpart(html, 'html', cte='quoted-printable')
add('html-your-request-is-in-our-queue', 'case_created', T5, 'en', True,
    aws_hdrs(gmail_aws_chain(L_ADDR, d), AWS_NOREPLY, L_ADDR,
             'Amazon Web Services: Case %s is in our queue' % T5, d), body, strip_tags(html))

# --- T5-b confirmation request, odd id spellings, base64
d = dt('2024-09-19 13:22:48')
new = """Hello Lukas,

Thank you for reaching out, and for listing both sign-in addresses.

You asked us to fold your "old Frankfurt account" into "the one I use now". Translated into our records, that would be:

  * the one you use now:  AWS-06602218  (lukas.brenner.dev@gmail.com) - this one carries on
  * the old Frankfurt one:  aws06613047  (l.brenner@fra-consulting.de) - this one disappears afterwards

Your Data Engineer - Associate and the exam history from the Frankfurt account would move across, and your Pearson VUE history would be linked to the surviving ID.

Before I request this, I need a clear "yes" from you in this case, because the change is permanent and cannot be rolled back. If you would rather keep the Frankfurt profile instead, tell me and I'll swap them around.

Best regards,
Hannah
Amazon Web Services
""" + console_footer(T5)
body = alt(tpart(new, cte='base64'), tpart(to_html(new), 'html', cte='base64'), sb())
add('hannah-old-frankfurt-into-current', 'merge_confirmation_requested', T5, 'en', True,
    aws_hdrs(gmail_aws_chain(L_ADDR, d), AWS_NOREPLY, L_ADDR, 'RE:[CASE %s] %s' % (T5, T5_CSUBJ), d), body, new)

# --- T5-c status update: blocked by a scheduled exam (support_reply)
d = dt('2024-09-20 16:40:03')
new = """Hello Lukas,

Thanks for your reply, that's clear.

A quick update: when our records team went to carry out the change, they noticed an exam appointment (Solutions Architect - Professional, 27 September) booked under AWS06613047. We can't move a profile that has an open appointment, because the score would have nowhere to land.

You have two options:
  1. Sit the exam as booked; once the result is in, we will do the move straight away and let you know here.
  2. Reschedule the appointment under AWS06602218 in Pearson VUE, then tell me, and we can go ahead immediately.

Nothing has been changed on either profile yet. Just let me know which option suits you.

Best regards,
Hannah
Amazon Web Services
""" + console_footer(T5)
body = alt(tpart(new), tpart(to_html(new), 'html'), sb())
add('hannah-open-appointment-blocks-move', 'support_reply', T5, 'en', True,
    aws_hdrs(gmail_aws_chain(L_ADDR, d), AWS_NOREPLY, L_ADDR, 'RE:[CASE %s] %s' % (T5, T5_CSUBJ), d), body, new)

# --- T5-d HTML-only completion as "what's different now"
d = dt('2024-09-30 10:12:57')
inner = """<p>Hello Lukas,</p>
<p>Congratulations on passing Solutions Architect &ndash; Professional! As promised, here is what is different for you now:</p>
<ul>
<li>You sign in with <b>lukas.brenner.dev@gmail.com</b> only. Candidate ID <b>AWS06602218</b> now holds all of your certifications, including the new Professional one and the Data Engineer &ndash; Associate from Frankfurt.</li>
<li>The Frankfurt login no longer exists.</li>
<li>Your exam history and your 50%% discount benefit are shown in one place under Benefits.</li>
</ul>
<p>Credly will follow with separate emails for any badges that were attached to the Frankfurt address.</p>
<p>Best regards,<br />Hannah<br />Amazon Web Services</p>
<p style="font-size:12px;color:#687078">To contact us again about this case, please return to the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>. This e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % T5
html = aws_html_shell(inner)
body = tpart(html, 'html', cte='quoted-printable')
add('html-what-is-different-for-you-now', 'merge_completed', T5, 'en', True,
    aws_hdrs(gmail_aws_chain(L_ADDR, d), AWS_NOREPLY, L_ADDR, 'RE:[CASE %s] %s' % (T5, T5_CSUBJ), d),
    body, strip_tags(html))

# --- T5-e HTML-only closure with YES/NO
d = dt('2024-10-02 10:13:30')
inner = """<p>Hello,</p>
<p>We haven't heard anything further on case <b>%s</b> (&ldquo;%s&rdquo;) since our last update, so we take it that everything is in order and we've closed it.</p>
<p><b>Was your issue resolved?</b></p>
<table cellspacing="8"><tr>
<td bgcolor="#ec7211" style="padding:8px 24px"><a href="https://support.console.aws.amazon.com/support/survey?displayId=%s&amp;resolved=yes" style="color:#ffffff;text-decoration:none;font-weight:bold">YES</a></td>
<td bgcolor="#545b64" style="padding:8px 24px"><a href="https://support.console.aws.amazon.com/support/survey?displayId=%s&amp;resolved=no" style="color:#ffffff;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p>If you still need help, you can reopen the case from the Support Center.</p>
<p>Thank you,<br />Amazon Web Services</p>""" % (T5, T5_CSUBJ, T5, T5)
html = aws_html_shell(inner)
body = tpart(html, 'html', cte='base64')
add('html-closed-was-it-resolved', 'survey', T5, 'en', True,
    aws_hdrs(gmail_aws_chain(L_ADDR, d), AWS_NOREPLY, L_ADDR,
             'Amazon Web Services: Case %s has been closed' % T5, d), body, strip_tags(html))

# --- T5-f unrelated: CertMetrics recertification mail (authentic, non-AWS domain)
d = dt('2024-10-05 18:00:12')
ip = '198.2.%d.%d' % (RNG.randint(128, 191), RNG.randint(2, 250))
mf = 'bounce-mc.us14_%d.%d-lukas.brenner.dev=gmail.com@mail%d.suw11.mcsv.net' % (RNG.randint(10**7, 10**8), RNG.randint(10**5, 10**6), RNG.randint(10, 99))
ar = ar_google(dkims=[('certmetrics.com', 'k1', 'pass'), ('mcsv.net', 'k2', 'pass')],
               spf='spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
               dmarc='dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com')
new = """Congratulations, Lukas!

You have successfully recertified as an AWS Certified Solutions Architect - Professional.

Candidate ID: AWS06602218
Certification: AWS Certified Solutions Architect - Professional
Validation number: 4QJ8T2LKB1E4QZ9S
Expiration date: September 27, 2027

Your digital badge will be sent by Credly within 5 business days. You can download your certificate from the Certifications tab of your AWS Certification Account at https://www.aws.training/Certification

Sincerely,
AWS Training and Certification

This email was sent on behalf of AWS Training and Certification by CertMetrics. Please do not reply to this email.
"""
body = alt(tpart(new), tpart(to_html(new), 'html'), '_----------=_MCPart_%d' % RNG.randint(10**8, 10**9))
add('certmetrics-sap-recertified', 'unrelated', None, 'en', False,
    gmail_chain(L_ADDR, d, ip, 'mail%d.suw11.mcsv.net' % RNG.randint(10, 99), mf, ar) + [
        ('DKIM-Signature', dkim('certmetrics.com', 'k1', d, 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:X-CSA-Complaints:Content-Type:MIME-Version', 'relaxed/relaxed')),
        ('Subject', 'AWS Certification: You have recertified'),
        ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'),
        ('Reply-To', 'do-not-reply@certmetrics.com'),
        ('To', 'Lukas Brenner <lukas.brenner.dev@gmail.com>'),
        ('Date', rfc(d)), ('Message-ID', '<%s.%s@mail%d.suw11.mcsv.net>' % (rhex(20), rhex(8), RNG.randint(10, 99))),
        ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rhex(20))], body, new)

# --- T5-g Credly HTML-only "claim" mail after the change
d = dt('2024-10-03 02:51:40')
html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:580px;margin:0 auto;background:#ffffff;padding:32px">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h1 style="font-size:22px;color:#1d3b72">Lukas, there's a badge with your name on it</h1>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Data Engineer &ndash; Associate</b>. It now sits on the Credly account for lukas.brenner.dev@gmail.com, the address on your updated certification profile.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/badges/3e0c8d17-60f4-4a21-9b2e-5f1d7ac94b62/accept" style="background:#1d3b72;color:#ffffff;padding:14px 30px;border-radius:24px;text-decoration:none;font-weight:bold">Claim your badge</a></p>
<p style="font-size:13px;color:#666">Claiming lets you share the badge and lets anyone verify it.</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 2 Park Avenue, Suite 2010 &middot; New York, NY 10016 &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</div></body></html>
"""
body = tpart(html, 'html', cte='quoted-printable')
add('credly-html-badge-with-your-name', 'credly_badge_issued', None, 'en', True,
    credly_hdrs(credly_gmail_chain(L_ADDR, d), L_ADDR, "Lukas, there's a badge with your name on it", d),
    body, strip_tags(html))

# ===================================================== Thread T6 (Sofia, form, iCloud)
S_ADDR = 'sofia.esposito@icloud.com'
S_TO = 'Sofia Esposito <sofia.esposito@icloud.com>'
T6_OPEN = dt('2025-08-04 16:30:22')
T6 = cid15(T6_OPEN, '21907')
T6_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T6


def credly_icloud_chain(to, d):
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    mf = 'bounces+%d-%s-%s@em.credly.com' % (RNG.randint(1000000, 9999999), rhex(4), to.replace('@', '='))
    ar = ['dmarc.icloud.com; dmarc=pass header.from=credly.com',
          'dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b=%s;\n'
          '\tdkim=pass (2048-bit key) header.d=sendgrid.info header.i=@sendgrid.info header.b=%s' % (rb64(8), rb64(8)),
          'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf)]
    return icloud_chain(to, d, ip, 'o1.ptr%d.credly.com' % RNG.randint(1000, 9999), ar, mf)


# --- T6-a acknowledgement: "an actual human will write to you"
d = T6_OPEN + timedelta(seconds=5)
new = """Hi Sofia,

Thanks for getting in touch with AWS Training and Certification \u2014 your note arrived safely.

It\u2019s been added to our queue with the reference %s. An actual human on our team will read it and write to you personally, usually within a day. If it\u2019s a busy week it can take a little longer, but you won\u2019t be forgotten.

Need to add something? Just reply to this email and keep the reference in the subject line. Please don\u2019t send the form again for the same thing \u2014 that opens a second ticket and makes it harder for us to keep your history together.

The candidate ID you gave us: AWS08870142

Talk soon,
The AWS Training and Certification Support team
""" % T6
body = alt(tpart(new), tpart(to_html(new, style='font-family:-apple-system,Helvetica,sans-serif;font-size:15px'), 'html'), gb())
add('sofia-note-arrived-actual-human', 'case_created', T6, 'en', True,
    aws_hdrs(icloud_aws_chain(S_ADDR, d), AWS_FORM, S_TO,
             enc_header('[CASE %s] Thanks for contacting AWS Training and Certification \u2014 we\u2019re on it' % T6, 'utf-8', q=True),
             d), body, new)

# --- T6-b asks for sign-in addresses and which profile should remain (support_reply)
d = dt('2025-08-05 07:44:19')
new = """Hi Sofia,

Thanks for your patience. I\u2019ve had a look and I can see the profile AWS08870142 you mentioned, but I\u2019m not able to say for certain which other profile is yours without a bit more from you.

Could you reply with:
  1. the email address you sign in with for each of your two profiles, and
  2. which of them you\u2019d like to carry on using afterwards?

If you still have any exam confirmation from Pearson VUE for the second profile, the candidate ID printed on it would help too. As soon as I have these I\u2019ll come back to you with the next steps.

Kind regards,
Mateo
AWS Training and Certification Customer Support
"""
hist = outlook_quote('Sofia Esposito <sofia.esposito@icloud.com>', T6_OPEN, CEST,
                     'aws-cs-trainingcertification-form@amazon.com',
                     'AWS Training and Certification Form Submission - account-assistance',
                     """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS08870142
Description: I passed AI Practitioner last month but it is not showing next to my ML Specialty. I think there is a second profile from my university time. Can you put them together? Grazie""")
body = alt(tpart(new + '\n' + hist, charset='iso-8859-1', codec='utf-8'), tpart(to_html(new, q_gt(hist)), 'html'), gb())
add('mateo-which-address-for-each-profile', 'support_reply', T6, 'en', True,
    aws_hdrs(icloud_aws_chain(S_ADDR, d), AWS_FORM, S_TO, T6_SUBJ, d), body, new)

# --- T6-c completion: what changed (certs, voucher, old login)
d = dt('2025-08-07 12:58:33')
new = """Hi Sofia,

You\u2019re all set. Your Machine Learning \u2013 Specialty and your new AI Practitioner now sit together on AWS08870142, so you\u2019ll see both the next time you sign in. The 50% discount voucher you earned with AI Practitioner is listed under Benefits on that same account, ready for your next exam.

The sign-in you used at university no longer works \u2014 that profile has been switched off now that everything on it lives in your main one.

Credly tends to catch up over the next few days. If your AI Practitioner badge still hasn\u2019t appeared a week from now, just reply here and I\u2019ll chase it.

Kind regards,
Mateo
AWS Training and Certification Customer Support
"""
sofia = """Ciao Mateo,
the one I want to keep is AWS08870142 (sofia.esposito@icloud.com). The old one is AWS01457766, I used sofia.e@studenti.unimi.it to sign in. And yes I understand it can't be reversed, go ahead.
Thank you!
Sofia

Sent from my iPhone"""
hist = 'On 5 Aug 2025, at 18:03, Sofia Esposito <sofia.esposito@icloud.com> wrote:\n\n' + q_gt(sofia) + '\n>\n' + q_gt(
    "Hi Sofia,\n\nCould you reply with:\n  1. the email address you sign in with for each of your two profiles, and\n  2. which of them you'd like to carry on using afterwards?\n\nMateo")
body = alt(tpart(new + '\n' + hist, cte='base64'), tpart(to_html(new, hist), 'html', cte='base64'), gb())
add('mateo-youre-all-set-voucher-listed', 'merge_completed', T6, 'en', True,
    aws_hdrs(icloud_aws_chain(S_ADDR, d), AWS_FORM, S_TO, T6_SUBJ, d), body, new)

# --- T6-d unrelated look-alike: Credly's own self-service account merge code
d = dt('2025-08-12 19:22:04')
new = """Hi Sofia,

We received a request to merge the Credly account registered to sofia.e@studenti.unimi.it into the Credly account you are signed in to.

Your verification code is: 482913

Enter this code on the merge screen, or select the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s

This code expires in 30 minutes. If you didn't ask for this, you can ignore this email - no changes will be made.

The Credly Team
""" % rhex(40)
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), 'sg-%s' % rhex(32))
add('credly-own-merge-verification-code', 'unrelated', None, 'en', True,
    credly_hdrs(credly_icloud_chain(S_ADDR, d), S_ADDR, 'Your Credly account merge code', d,
                frm='"Credly" <admin@credly.com>'), body, new)

# ===================================================== Thread T7 (Chen, console 11-digit 2021, Yahoo)
C_ADDR = 'chen.wei.dev@yahoo.com'
T7 = '10483920571'
T7_CSUBJ = 'Two AWS certification IDs for same person'


def credly_yahoo_chain(to, d):
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    mf = 'bounces+%d-%s-%s@em.credly.com' % (RNG.randint(1000000, 9999999), rhex(4), to.replace('@', '='))
    ar = ('dkim=pass header.i=@credly.com header.s=s1;\n dkim=pass header.i=@sendgrid.info header.s=smtpapi;\n'
          ' spf=pass smtp.mailfrom=em.credly.com;\n dmarc=pass(p=QUARANTINE) header.from=credly.com;')
    return yahoo_chain(to, d, ip, 'o1.ptr%d.credly.com' % RNG.randint(1000, 9999), ar, mf)


# --- T7-a non-native agent, quotes the user's words, asks acknowledgement
d = dt('2021-11-09 03:36:50')
new = """Hello Chen,

Hope you are doing well.

I have gone through your request where you mentioned "please put my two AWS certs under one account, I want to keep the yahoo one". As per that, below will be done:

- Account to remain: AWS03019284 (chen.wei.dev@yahoo.com)
- Account to be closed after moving its certifications: AWS 07765012 (wei.chen@connect.ust.hk)

Your Security - Specialty from the second account will be shifted to the first one. Kindly note that once done, this cannot be undone.

May I have your acknowledgement on the above so that I can proceed further?

Thanks and regards,
Keerthana S
Amazon Web Services
""" + console_footer(T7)
body = tpart(new, cte='quoted-printable')
add('keerthana-may-i-have-acknowledgement', 'merge_confirmation_requested', T7, 'en', True,
    aws_hdrs(yahoo_aws_chain(C_ADDR, d), AWS_NOREPLY, C_ADDR, 'RE:[CASE %s] %s' % (T7, T7_CSUBJ), d), body, new)

# --- T7-b "new correspondence" notification
d = dt('2021-11-10 11:02:17')
new = """Hello,

There is a new reply from AWS Support on your case %s ("%s").

To read it and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (T7, T7_CSUBJ, T7)
body = tpart(new, cte='7bit', charset='us-ascii')
add('chen-case-new-reply-notice', 'support_reply', T7, 'en', True,
    aws_hdrs(yahoo_aws_chain(C_ADDR, d), AWS_NOREPLY, C_ADDR, '[Case %s] New correspondence added' % T7, d), body, new)

# --- T7-c completion from the same non-native agent
d = dt('2021-11-11 06:20:45')
new = """Hello Chen,

Good day!

I am glad to inform that from now both of your certificates (Developer - Associate and Security - Specialty) are visible under the single candidate ID AWS03019284. The another ID is closed and can not be used for sign in. Kindly use chen.wei.dev@yahoo.com for any future exam booking.

Regarding the Credly badge, it will be shifted automatically within 3-5 working days, nothing is required from your side.

Thanks and regards,
Keerthana S
Amazon Web Services
""" + console_footer(T7)
body = tpart(new, cte='quoted-printable')
add('keerthana-both-certificates-visible', 'merge_completed', T7, 'en', True,
    aws_hdrs(yahoo_aws_chain(C_ADDR, d), AWS_NOREPLY, C_ADDR, 'RE:[CASE %s] %s' % (T7, T7_CSUBJ), d), body, new)

# --- T7-d unrelated look-alike: Credly expiry reminder
d = dt('2023-07-14 15:05:00')
new = """Hi Chen,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification expires in 90 days, on October 12, 2023.

To keep it active, recertify before that date. Once Amazon Web Services Training and Certification records your recertification, a new badge will be issued to you automatically.

View your badge: https://www.credly.com/badges/c7d2e9b0-1a44-4f8e-b6d3-0e5f2a9c7b81

You are receiving this email because you have badge expiration notifications turned on.
Credly, Inc., 2 Park Avenue, Suite 2010, New York, NY 10016
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), 'sg-%s' % rhex(32))
add('credly-developer-badge-expires-soon', 'unrelated', None, 'en', True,
    credly_hdrs(credly_yahoo_chain(C_ADDR, d), C_ADDR, 'Your badge expires in 90 days', d), body, new)

# ===================================================== Thread T8 (Misaki, Japanese, biglobe, Shift_JIS)
MS_ADDR = 'misaki-sato@kfa.biglobe.ne.jp'
MS_TO = addr('佐藤 美咲', MS_ADDR, 'iso-2022-jp')
T8_OPEN = dt('2024-12-02 04:18:33')
T8 = cid15(T8_OPEN, '66024')
T8_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8

# --- T8-a asks for sign-in / notification addresses (support_reply), cp932 body labelled shift_jis
d = dt('2024-12-03 01:52:10')
new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼の件を進めるにあたり、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

 ① 各アカウントにサインインする際のメールアドレス
 ② 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
 ③ 今後お使いになりたいアカウントがどちらか

お手元に受験者 ID（「AWS」から始まる番号）がございましたら、あわせてお知らせいただけますと、確認がよりスムーズになります。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村 翔
AWS トレーニングと認定 カスタマーサポート
"""
body = tpart(new, charset='shift_jis', cte='base64', codec='cp932')
add('jp-nakamura-signin-address-onegai', 'support_reply', T8, 'ja', True,
    aws_hdrs(jp_aws_chain('biglobe.ne.jp', MS_ADDR, d), AWS_FORM, MS_TO, T8_SUBJ, d), body, new)

# --- T8-b restates the plan in her words (ja), utf-8 8bit, with quoted reply
d = dt('2024-12-04 02:31:27')
new = """佐藤 様

ご返信いただき、ありがとうございます。中村でございます。
いただいた内容をもとに、作業内容を整理いたしました。

佐藤様のお言葉をお借りしますと、「旧姓のアドレスで作ったアカウントの資格を、今のアカウントにまとめたい」というご依頼と理解しております。

 ■ 今後ご利用いただくアカウント: AWS09001245（misaki-sato@kfa.biglobe.ne.jp）
 ■ 資格の移し元となり、その後閉鎖されるアカウント: AWS04412987（m.kobayashi.aws@gmail.com）

こちらの作業は、実施後に取り消すことができません。
上記の内容でよろしければ、「この内容で進めてください」などと本メールにご返信くださいませ。ご返信を頂戴するまで、作業は一切行いません。

中村 翔
AWS トレーニングと認定 カスタマーサポート
"""
misaki = """中村様

お世話になっております。佐藤です。
①今のアカウントは misaki-sato@kfa.biglobe.ne.jp でサインインしています（AWS09001245）。
　旧姓のときのアカウントは m.kobayashi.aws@gmail.com です。ID は AWS04412987 だと思います。
②通知先も同じです。
③今のアカウントを使いたいです。

旧姓のアドレスで作ったアカウントの資格を、今のアカウントにまとめたいです。
よろしくお願いいたします。

佐藤 美咲"""
hist = jp_quote(dt('2024-12-03 12:40:02'), '佐藤 美咲', MS_ADDR, misaki)
body = tpart(new + '\n' + hist, cte='8bit')
add('jp-nakamura-kyuusei-no-account-matome', 'merge_confirmation_requested', T8, 'ja', True,
    aws_hdrs(jp_aws_chain('biglobe.ne.jp', MS_ADDR, d), AWS_FORM, MS_TO, T8_SUBJ, d), body, new)

# --- T8-c Japanese rating request, HTML-only
d = dt('2024-12-06 03:00:41')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>佐藤 美咲 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。<br>
お問い合わせ番号 %s は、解決済みとして処理させていただきました。</p>
<p>今後のサポート品質向上のため、今回の対応についてのご評価をお聞かせください。所要時間は1分ほどです。</p>
<table cellpadding="6"><tr>
<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_7pLw2?case=%s&amp;s=5&amp;lang=ja">とても満足</a></td>
<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_7pLw2?case=%s&amp;s=4&amp;lang=ja">満足</a></td>
<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_7pLw2?case=%s&amp;s=3&amp;lang=ja">どちらでもない</a></td>
<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_7pLw2?case=%s&amp;s=2&amp;lang=ja">不満</a></td>
</tr></table>
<p>なお、本メールは送信専用です。再度お問い合わせの際は、お問い合わせフォームをご利用ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % (T8, T8, T8, T8, T8)
body = tpart(html, 'html', cte='base64')
add('jp-html-taiou-no-hyouka', 'survey', T8, 'ja', True,
    aws_hdrs(jp_aws_chain('biglobe.ne.jp', MS_ADDR, d), '"Amazon Web Services" <no-reply-aws@amazon.com>', MS_TO,
             enc_header('AWS トレーニングと認定: サポート対応についてのアンケート [%s]' % T8, 'iso-2022-jp'), d),
    body, strip_tags(html))

# ===================================================== Thread T9 (Arjun, corporate Exchange Online)
A_ADDR = 'arjun.mehta@northwind-analytics.com'
A_TO = 'Arjun Mehta <arjun.mehta@northwind-analytics.com>'
T9_OPEN = dt('2025-10-14 09:05:47')
T9 = cid15(T9_OPEN, '00731')
T9_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T9

# --- T9-a acknowledgement with NO Authentication-Results header at all
d = T9_OPEN + timedelta(seconds=7)
ip = RNG.choice(SES_IPS)
r = d + timedelta(seconds=3)
chain = [
    ('Received', 'from AM9PR06MB7713.eurprd06.prod.outlook.com (2603:10a6:20b:3c1::9) by\n'
                 ' DB9PR06MB8321.eurprd06.prod.outlook.com with HTTPS; %s' % rfc(r).replace('-0000', '+0000')),
    ('Received', 'from mailgw01.northwind-analytics.com (10.40.2.11) by\n AM9PR06MB7713.eurprd06.prod.outlook.com (10.167.8.201) with Microsoft SMTP\n'
                 ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.14; %s' % rfc(r).replace('-0000', '+0000')),
    ('Received', 'from %s (%s) by mailgw01.northwind-analytics.com\n (Postfix) with ESMTPS id 4cM2qL1f7Tz9sTn for <%s>; %s'
     % (ses_host(ip), ip, A_ADDR, rfc(r, BST))),
    ('X-MS-Exchange-Organization-AuthSource', 'AM9PR06MB7713.eurprd06.prod.outlook.com'),
    ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('Return-Path', '<%s>' % ses_return(d)),
]
new = """Hello Arjun,

We've received your Training and Certification enquiry and given it the reference %s.

It is now with our support specialists. One of them will review the details you provided and reply to you directly by email - you can expect to hear from a named member of our team within one business day.

There is no need to resubmit the form. If you want to add anything, reply to this message without changing the subject line.

AWS Training and Certification Customer Support
""" % T9
body = alt(tpart(new), tpart(to_html(new, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'), 'html'), ob())
add('northwind-enquiry-with-specialists', 'case_created', T9, 'en', None,
    aws_hdrs(chain, AWS_FORM, A_TO, '[CASE %s] Your enquiry is with our specialists' % T9, d), body, new, crlf=True)

# --- T9-b restates the plan with the user's own phrases
d = dt('2025-10-15 11:27:05')
new = """Hello Arjun,

Thanks for the detail in your request. Before anything is changed I'd like to make sure I have this the right way round.

In your words, Northwind's learning team "created a second AWS Certification login for me when I joined, and my older certs are stuck on my personal one", and you'd like the personal one to be "the only one going forward".

So the plan would be:

  Keep:                 AWS05123098 - arjun.mehta.dev@gmail.com (personal)
  Fold in, then close:  AWS02876541 - arjun.mehta@northwind-analytics.com (work)

Your work login would stop working afterwards; Northwind's Skill Builder team subscription is not affected. Once the merge is complete we will send you a short summary of what moved, but nothing happens until you reply "yes, go ahead" to this message. The change can't be reversed later, so please take a moment to check the two IDs above.

Regards,
Grace O'Neill
AWS Training and Certification Customer Support
"""
hist = outlook_quote('Arjun Mehta <arjun.mehta@northwind-analytics.com>', T9_OPEN, BST,
                     'aws-cs-trainingcertification-form@amazon.com',
                     'AWS Training and Certification Form Submission - account-assistance',
                     """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS02876541
Description: Northwind's learning team created a second AWS Certification login for me when I joined, and my older certs are stuck on my personal one (AWS05123098, arjun.mehta.dev@gmail.com). I'd like the personal one to be the only one going forward.""")
body = alt(tpart(new + '\n' + hist), tpart(to_html(new, q_gt(hist), 'font-family:Calibri,Arial,sans-serif;font-size:11pt'), 'html'), ob())
add('grace-right-way-round-personal-keeps', 'merge_confirmation_requested', T9, 'en', True,
    aws_hdrs(outlook_aws_chain(A_ADDR, d), AWS_FORM, A_TO, T9_SUBJ, d), body, new, crlf=True)

# --- T9-c a question about something other than the merge itself (support_reply)
d = dt('2025-10-16 08:49:13')
new = """Hello Arjun,

Thanks for coming back so quickly.

One thing before I ask the team to go ahead: AWS02876541 still has an unused exam voucher from Northwind's training programme, valid until 30 November. Vouchers issued by an employer stay with the employer's programme and can't be carried over to a personal profile, so it would be lost.

Would you like to use that voucher to book an exam first, or are you happy to let it go? Either answer is fine - I just don't want you to lose it without knowing.

Regards,
Grace O'Neill
AWS Training and Certification Customer Support
"""
arjun = """Hi Grace,

Yes, that's right - go ahead.

Thanks,
Arjun"""
hist = outlook_quote('Arjun Mehta <arjun.mehta@northwind-analytics.com>', dt('2025-10-15 15:02:40'), BST,
                     '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', T9_SUBJ, arjun) + '\n\n' + \
    outlook_quote('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', dt('2025-10-15 11:27:05'), BST,
                  'Arjun Mehta <arjun.mehta@northwind-analytics.com>', T9_SUBJ,
                  'Hello Arjun,\n\n  Keep:                 AWS05123098\n  Fold in, then close:  AWS02876541\n\nRegards,\nGrace')
body = alt(tpart(new + '\n' + hist), tpart(to_html(new, q_gt(hist), 'font-family:Calibri,Arial,sans-serif;font-size:11pt'), 'html'), ob())
add('grace-unused-employer-voucher-question', 'support_reply', T9, 'en', True,
    aws_hdrs(outlook_aws_chain(A_ADDR, d), AWS_FORM, A_TO, T9_SUBJ, d), body, new, crlf=True)

# --- T9-d closure told as a summary, nothing was changed; rating request
d = dt('2025-10-24 09:00:18')
new = """Hello Arjun,

We haven't heard back since 16 October, so we are closing this request for now. In short:

  - You asked for your work and personal certification logins to become one.
  - We were waiting on your decision about the unused Northwind exam voucher.
  - Nothing has been changed on either profile.

Whenever you're ready, reply to this email and the request will reopen where we left it.

How did we do? Your answer goes straight to the team:
https://aws-tc.qualtrics.com/jfe/form/SV_3kXq9?case=%s

AWS Training and Certification Customer Support
""" % T9
body = alt(tpart(new), tpart(to_html(new, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'), 'html'), ob())
add('grace-closing-for-now-in-short', 'survey', T9, 'en', True,
    aws_hdrs(outlook_aws_chain(A_ADDR, d), AWS_FORM, A_TO,
             '[CASE %s] Closing your request - how did we do?' % T9, d), body, new, crlf=True)

# ===================================================== Thread T10 (Emily, form 11-digit 2023, Gmail)
E_ADDR = 'emily.clarke.uk@gmail.com'
E_TO = '"Emily Clarke" <emily.clarke.uk@gmail.com>'
T10 = '11592038476'
T10_OPEN = dt('2023-04-17 13:08:52')
T10_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T10

# --- T10-a acknowledgement: assigned to a named associate
d = T10_OPEN + timedelta(seconds=8)
new = """Dear Emily,

Thank you for contacting AWS Training and Certification.

This message is to let you know that your request (reference %s) has reached us and has been placed with a Customer Support Associate. They will look into it personally and reach out to you by email, in most cases within 24 hours.

Please do not open a new request for the same matter; simply reply to this email if you need to add information.

Kind regards,
AWS Training and Certification Customer Support
""" % T10
body = tpart(new, cte='quoted-printable', charset='us-ascii')
add('emily-placed-with-an-associate', 'case_created', T10, 'en', True,
    aws_hdrs(gmail_aws_chain(E_ADDR, d), AWS_FORM, E_TO, '[CASE %s] Request received' % T10, d), body, new)

# --- T10-b completion with a rating footer; nested Gmail quotes
d = dt('2023-04-19 15:47:30')
new = """Dear Emily,

Following your go-ahead, the records from your old profile have been carried over: your transcript under AWS01672903 now lists the Cloud Practitioner and Solutions Architect - Associate side by side, and your exam history runs back to 2019 in one list. The profile you used with your former employer's address has been closed, so please sign in only with emily.clarke.uk@gmail.com from now on.

Kind regards,
Oliver
AWS Training and Certification Customer Support

--
How was this response? Rate it in one click:
Excellent https://aws-tc.qualtrics.com/jfe/form/SV_1Rq?c=%s&s=3  |  Good https://aws-tc.qualtrics.com/jfe/form/SV_1Rq?c=%s&s=2  |  Poor https://aws-tc.qualtrics.com/jfe/form/SV_1Rq?c=%s&s=1
""" % (T10, T10, T10)
agent_req = """Dear Emily,

To be sure we do what you asked: AWS08123456 (emily.clarke@harrowfield-consulting.co.uk) would be folded into AWS01672903 (emily.clarke.uk@gmail.com), and AWS08123456 would then be closed. This can't be reversed.

Please reply to let us know if we may go ahead.

Oliver"""
emily = 'Hi Oliver,\n\nThat is all correct, please go ahead.\n\nMany thanks,\nEmily\n\n' + gmail_quote(
    dt('2023-04-18 10:02:11'), BST, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', agent_req)
hist = gmail_quote(dt('2023-04-18 17:35:04'), BST, 'Emily Clarke', E_ADDR, emily)
body = alt(tpart(new + '\n' + hist), tpart(to_html(new, hist), 'html'), gb())
add('oliver-records-carried-over-rate-footer', 'merge_completed', T10, 'en', True,
    aws_hdrs(gmail_aws_chain(E_ADDR, d), AWS_FORM, E_TO, T10_SUBJ, d), body, new)

# --- T10-c follow-up about badges still on the old Credly account (support_reply)
d = dt('2023-04-27 09:12:58')
new = """Dear Emily,

Thank you for letting us know that your badges are still showing on your old Credly account.

Credly is a separate system, so its records don't always follow automatically. I have asked our Credly liaison team to move both badges to emily.clarke.uk@gmail.com. This normally takes 3 to 5 business days, and Credly will email you when each badge is ready. There is nothing you need to do in the meantime.

Kind regards,
Oliver
AWS Training and Certification Customer Support
"""
emily2 = """Hi Oliver,

Everything looks right on the certification side, thank you! But both Credly badges are still on my old work email and nothing new arrived. Can you help?

Emily

""" + gmail_quote(dt('2023-04-19 15:47:30'), BST, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                  'Dear Emily,\n\nFollowing your go-ahead, the records from your old profile have been carried over: your transcript under AWS01672903 now lists [...]\n\nOliver')
hist = gmail_quote(dt('2023-04-26 19:21:40'), BST, 'Emily Clarke', E_ADDR, emily2)
body = alt(tpart(new + '\n' + hist), tpart(to_html(new, hist), 'html'), gb())
add('oliver-asked-credly-liaison', 'support_reply', T10, 'en', True,
    aws_hdrs(gmail_aws_chain(E_ADDR, d), AWS_FORM, E_TO, T10_SUBJ, d), body, new)

# ===================================================== unrelated look-alikes
# --- Pearson VUE appointment confirmation (authentic, not AWS/Credly)
d = dt('2024-09-14 11:20:33')
ip = '159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'bounce-%s@pearsonvue.com' % rhex(10)
ar = ar_google(dkims=[('pearson.com', 'pvue2021', 'pass')],
               spf='spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
               dmarc='dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com')
new = """Dear Lukas Brenner,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS06613047
Registration ID: 512804733
Date: Friday, September 27, 2024
Time: 09:00 CEST
Delivery: OnVUE online proctored
Language: English

Check in up to 30 minutes before your appointment. Run the system test on the computer you will use for the exam: https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
body = alt(tpart(new), tpart(to_html(new), 'html'), '----=_NextPart_%s' % rhex(24).upper())
add('pearson-vue-sap-appointment', 'unrelated', None, 'en', False,
    gmail_chain(L_ADDR, d, ip, 'mx%d.pearsonvue.com' % RNG.randint(1, 9), mf, ar) + [
        ('DKIM-Signature', dkim('pearson.com', 'pvue2021', d, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')),
        ('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', 'lukas.brenner.dev@gmail.com'),
        ('Subject', 'Pearson VUE Confirmation of Exam Appointment - AWS Certified Solutions Architect - Professional'),
        ('Date', rfc(d, CEST)), ('Message-ID', '<%s.JavaMail.pvue@pvsmtp%02d>' % (RNG.randint(10**8, 10**9), RNG.randint(1, 20)))],
    body, new)

# --- AWS Builder ID verification code, mail without any Authentication-Results
d = dt('2024-02-06 20:14:09')
ip = RNG.choice(SES_IPS)
chain = [
    ('Return-Path', '<%s>' % ses_return(d)),
    ('Delivered-To', 'emily@clarke-family.me.uk'),
    ('Received', 'from mail.clarke-family.me.uk\n\tby mail.clarke-family.me.uk with LMTP\n\tid 8Kq0FtWOwmUqGAAAn2Bk4w\n\t(envelope-from <bounce@signin.aws>)\n\tfor <emily@clarke-family.me.uk>; %s' % rfc(d + timedelta(seconds=2), timezone.utc).replace('-0000', '+0000')),
    ('Received', 'from %s (%s [%s])\n\tby mail.clarke-family.me.uk (Postfix) with ESMTPS id 3F1A2C0A4E\n\tfor <emily@clarke-family.me.uk>; %s' % (ses_host(ip), ses_host(ip), ip, rfc(d + timedelta(seconds=2)).replace('-0000', '+0000'))),
]
new = """Hello,

Thanks for creating an AWS Builder ID. Use this verification code to confirm your email address:

381920

This code expires in 10 minutes.

If you didn't try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services
"""
body = alt(tpart(new, cte='7bit', charset='us-ascii'), tpart(to_html(new), 'html'), sb())
add('builder-id-verification-code', 'unrelated', None, 'en', None,
    aws_hdrs(chain, '"AWS" <no-reply@signin.aws>', 'emily@clarke-family.me.uk',
             'Verify your AWS Builder ID email address', d, domain='signin.aws'), body, new)

# --- GitHub "merged" notification
d = dt('2025-06-12 08:33:47')
ip = '192.30.252.%d' % RNG.randint(190, 210)
mf = 'noreply@github.com'
ar = ar_google(dkims=[('github.com', 'pf2023', 'pass')],
               spf='spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com' % ip,
               dmarc='dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com')
new = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-tracker/pull/42#event-17743102958
You are receiving this because you authored the thread.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priyaraman/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/priyaraman/cert-tracker/pull/42#event-17743102958">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
body = alt(tpart(new, cte='7bit', charset='UTF-8', codec='utf-8'), tpart(html, 'html', cte='7bit', charset='UTF-8', codec='utf-8'),
           '--==_mimepart_%s_%d' % (rhex(13), RNG.randint(10**4, 10**5)))
add('github-merged-pr-42-cert-tracker', 'unrelated', None, 'en', False,
    gmail_chain(P_ADDR, d, ip, 'out-%d.smtp.github.com' % RNG.randint(20, 30), mf, ar) + [
        ('DKIM-Signature', dkim('github.com', 'pf2023', d, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed')),
        ('Date', rfc(d, PDT)), ('From', 'Lin Zhou <notifications@github.com>'),
        ('Reply-To', 'priyaraman/cert-tracker <reply+AB3X7Q%s@reply.github.com>' % rhex(20).upper()),
        ('To', 'priyaraman/cert-tracker <cert-tracker@noreply.github.com>'),
        ('Cc', 'Priya Raman <priya.raman.cloud@gmail.com>, Author <author@noreply.github.com>'),
        ('Message-ID', '<priyaraman/cert-tracker/pull/42/issue_event/17743102958@github.com>'),
        ('In-Reply-To', '<priyaraman/cert-tracker/pull/42@github.com>'),
        ('References', '<priyaraman/cert-tracker/pull/42@github.com>'),
        ('Subject', 'Re: [priyaraman/cert-tracker] Merge duplicate candidate accounts into one profile view (PR #42)'),
        ('List-ID', 'priyaraman/cert-tracker <cert-tracker.priyaraman.github.com>'),
        ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'linzhou-dev')], body, new)

# --- AWS Training newsletter that mentions consolidating accounts (authentic amazon.com)
d = dt('2025-09-09 16:02:11')
new = """AWS Training and Certification | September 2025

New this month
 - AWS Certified AI Practitioner: free 6-hour exam prep plan on AWS Skill Builder
 - Jam Journey: build a serverless app in one afternoon
 - Live webinar, 25 September: "Getting ready for the Machine Learning Engineer - Associate"

Certification tip
Have you ever taken exams with different email addresses? Each one may have created its own certification account. You can ask us to bring them together so that all of your certifications, benefits and badges are in one place - see "Managing your certification account" in the FAQ: https://aws.amazon.com/certification/faqs/

Explore AWS Skill Builder: https://skillbuilder.aws

You are receiving this email because you subscribed to AWS Training and Certification communications. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
body = alt(tpart(new), tpart(to_html(new), 'html'), sb())
add('training-newsletter-september-tip', 'unrelated', None, 'en', True,
    aws_hdrs(outlook_aws_chain(D_ADDR, d), '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>',
             D_ADDR, 'New AI Practitioner prep, live webinars and a certification tip', d,
             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?token=%s>' % rhex(32))]),
    body, new)

# ===================================================== look-alikes / phishing
def phish_gmail(to, d, host, ip, mf, dom_from, dkim_dom=None, dkim_res='pass', spf='pass', dmarc='pass', policy='NONE'):
    dk = [(dkim_dom, 'default', dkim_res)] if dkim_dom else []
    ar = ar_google(dkims=dk,
                   spf='spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                       % (spf, mf, 'designates' if spf == 'pass' else 'does not designate', ip, mf),
                   dmarc='dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                         % (dmarc, policy, policy, 'QUARANTINE' if dmarc == 'fail' and policy == 'QUARANTINE' else 'NONE', dom_from))
    return gmail_chain(to, d, ip, host, mf, ar, spf_word=spf)


# --- phishing case_created: look-alike domain promising a "specialist"
d = dt('2025-06-02 21:47:15')
ip = '45.142.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
new = """Hello,

We have received your request to combine your AWS Certification accounts.

A certification specialist has been assigned to your request and will personally contact you within 24 hours. To make sure your request is not delayed, please verify your candidate profile now. Requests that are not verified within 24 hours are cancelled automatically.

  Verify candidate profile: https://aws-certification-team.com/verify/candidate?ref=TC-882731

Request reference: TC-882731

Thank you,
AWS Training & Certification Team
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://aws-certification-team.com/img/aws_logo.png" width="80"><br><br>
<p>Hello,</p>
<p>We have received your request to combine your AWS Certification accounts.</p>
<p>A certification specialist has been assigned to your request and will personally contact you within 24 hours. To make sure your request is not delayed, please <b>verify your candidate profile now</b>. Requests that are not verified within 24 hours are cancelled automatically.</p>
<p><a href="https://aws-certification-team.com/verify/candidate?ref=TC-882731" style="background:#ff9900;color:#fff;padding:10px 18px;text-decoration:none">Verify candidate profile</a></p>
<p>Request reference: TC-882731</p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p></body></html>
"""
body = alt(tpart(new), tpart(html, 'html'), '_=_swift_%d_%s_=_' % (int(d.timestamp()), rhex(32)))
mf = 'bounce@aws-certification-team.com'
add('lookalike-specialist-assigned-verify', 'case_created', None, 'en', False,
    phish_gmail(P_ADDR, d, 'mail.aws-certification-team.com', ip, mf, 'aws-certification-team.com', 'aws-certification-team.com') + [
        ('DKIM-Signature', dkim('aws-certification-team.com', 'default', d, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')),
        ('Message-ID', '<%s@aws-certification-team.com>' % rhex(32)), ('Date', rfc(d)),
        ('Subject', 'Your account merge request has been received'),
        ('From', '"AWS Training & Certification" <support@aws-certification-team.com>'),
        ('To', P_ADDR), ('X-Mailer', 'Swift Mailer')], body, new)

# --- phishing merge confirmation: spoofed amazon.com, DMARC fails at Gmail, forged pass header lower down
FAKE_OPEN = dt('2025-01-20 10:14:02')
FAKE = cid15(FAKE_OPEN, '55310')
d = dt('2025-01-21 04:03:38')
ip = '185.213.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'aws-cs-trainingcertification-form@amazon.com'
new = """Dear Customer,

We are ready to combine your AWS Certification profiles into a single account. Before we proceed, we need you to confirm which account should be retained.

Please sign in with your AWS Certification credentials within 48 hours to confirm the consolidation. If we do not receive your confirmation, your certifications may be temporarily suspended until the request is reviewed.

  Confirm now: https://aws-trainingcert-verify.com/case/%s/confirm

Best regards,
AWS Training and Certification Support
""" % FAKE
body = alt(tpart(new, cte='base64'), tpart(to_html(new), 'html', cte='base64'), '----=_Part_%d' % RNG.randint(10**6, 10**7))
chain = phish_gmail(L_ADDR, d, 'vps%d.hostkey-eu.net' % RNG.randint(100, 999), ip, mf, 'amazon.com',
                    dkim_dom=None, spf='fail', dmarc='fail', policy='QUARANTINE')
add('spoofed-retained-account-48-hours', 'merge_confirmation_requested', FAKE, 'en', False,
    chain + [
        ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com'),
        ('Message-ID', '<%s@email.amazonses.com>' % rhex(24)), ('Date', rfc(d)),
        ('From', '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'),
        ('To', L_ADDR),
        ('Subject', 'RE:[CASE %s] Action required: confirm your certification account consolidation' % FAKE),
        ('X-Priority', '1 (Highest)')], body, new)

# --- phishing completion: look-alike domain, "benefits suspended, re-enter payment"
d = dt('2022-08-13 07:55:20')
ip = '91.215.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
new = """Hello,

Good news: your AWS Certification profiles are now one. All of your certifications have been moved to your primary account and your old profile has been closed.

During the move, your exam benefits (including your 50%% discount voucher) were placed on hold. To reactivate them, please re-enter your payment details within 48 hours:

  Restore my benefits: https://amazon-certification.support/benefits/restore?uid=%s

If you do not complete this step, the benefits will be forfeited.

AWS Certification Support
""" % rhex(16)
ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=amazon-certification.support; dkim=pass (signature was verified)\n'
      ' header.d=amazon-certification.support;dmarc=pass action=none\n header.from=amazon-certification.support;compauth=pass reason=100' % ip)
spf = ('Pass (protection.outlook.com: domain of amazon-certification.support designates\n %s as permitted sender) '
       'receiver=protection.outlook.com;\n client-ip=%s; helo=mx1.amazon-certification.support; pr=C' % (ip, ip))
body = alt(tpart(new), tpart(to_html(new), 'html'), '==BOUNDARY_%s' % rhex(20))
add('lookalike-profiles-now-one-restore-benefits', 'merge_completed', None, 'en', False,
    outlook_chain(D_ADDR, d, ip, 'mx1.amazon-certification.support', ar, spf) + [
        ('Return-Path', '<noreply@amazon-certification.support>'),
        ('DKIM-Signature', dkim('amazon-certification.support', 'mail', d, 'From:To:Subject:Date:Message-ID', 'relaxed/relaxed')),
        ('From', '"AWS Certification" <noreply@amazon-certification.support>'), ('To', D_ADDR),
        ('Subject', 'Your AWS Certification accounts are now one - action needed'),
        ('Date', rfc(d)), ('Message-ID', '<%s@amazon-certification.support>' % ruuid())], body, new)

# --- phishing survey: "rate the support on your merge case and get a credit"
d = dt('2025-03-14 02:18:09')
ip = '103.145.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'survey@aws-supportfeedback.com'
new = """Dear AWS Customer,

Your recent support case about combining your AWS Certification accounts has been closed.

We would love to hear about your experience. Complete our 3-question survey and receive a USD 50 AWS Promotional Credit as a thank-you:

  Start survey: https://aws-supportfeedback.com/s/cert?cid=%s

The offer is valid for 72 hours. To receive the credit, you will be asked to sign in with your AWS account.

Amazon Web Services Customer Experience Team
""" % rhex(12)
chain = jp_chain('nifty.com', K_ADDR, d, ip, 'smtp.aws-supportfeedback.com',
                 'spf=pass smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=none header.from=aws-supportfeedback.com' % mf, mf)
body = alt(tpart(new), tpart(to_html(new), 'html'), '=_%s' % rhex(24))
add('lookalike-survey-fifty-dollar-credit', 'survey', None, 'en', False,
    chain + [('From', '"AWS Support Feedback" <survey@aws-supportfeedback.com>'), ('To', K_ADDR),
             ('Subject', 'Tell us about your AWS Certification support experience - USD 50 credit inside'),
             ('Date', rfc(d, JST)), ('Message-ID', '<%s@aws-supportfeedback.com>' % rhex(20))], body, new)

# --- phishing Credly: badges "ready to transfer" after the merge, look-alike domain
d = dt('2025-08-09 13:40:51')
ip = '194.26.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'notify@credly-notify.com'
new = """Hi Sofia,

Following the merge of your AWS Certification accounts, 3 badges from Amazon Web Services Training and Certification are ready to be transferred to your Credly wallet:

  - AWS Certified Machine Learning - Specialty
  - AWS Certified AI Practitioner
  - AWS Certified Cloud Practitioner

Accept your badges: https://credly-notify.com/badges/accept?u=%s

Badges that are not accepted within 7 days will be revoked.

Credly Notifications
""" % rhex(20)
ar = ['dmarc.icloud.com; dmarc=none header.from=credly-notify.com',
      'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=credly-notify.com header.i=@credly-notify.com header.b=%s' % rb64(8),
      'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf)]
body = alt(tpart(new), tpart(to_html(new), 'html'), '----=_Part_%d' % RNG.randint(10**6, 10**7))
add('lookalike-credly-three-badges-ready', 'credly_badge_issued', None, 'en', False,
    icloud_chain(S_ADDR, d, ip, 'mail.credly-notify.com', ar, mf) + [
        ('DKIM-Signature', dkim('credly-notify.com', 'mail', d, 'From:To:Subject:Date', 'relaxed/relaxed')),
        ('From', '"Credly" <notify@credly-notify.com>'), ('To', S_ADDR),
        ('Subject', 'Your badges are ready to be transferred'),
        ('Date', rfc(d)), ('Message-ID', '<%s@credly-notify.com>' % rhex(20))], body, new)

# --- phishing support_reply: asks for password and ID photo "to continue the merge"
d = dt('2023-04-18 22:10:05')
ip = '5.188.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'support@amazon.com.case-review.info'
new = """Dear Emily,

We are currently processing your request to merge your AWS Certification accounts.

To continue, our verification team needs the following information:
  1. The password of each certification account
  2. A photo of a government-issued ID (front and back)

Please reply to this email with the requested details, or upload them securely here: https://amazon.com.case-review.info/upload

We apologise for any inconvenience.

AWS Support Team
"""
chain = phish_gmail(E_ADDR, d, 'mail.case-review.info', ip, mf, 'amazon.com.case-review.info',
                    dkim_dom='case-review.info', dkim_res='pass', spf='pass', dmarc='fail', policy='NONE')
body = tpart(new, cte='quoted-printable', charset='windows-1252')
add('lookalike-password-and-id-photo-request', 'support_reply', None, 'en', False,
    chain + [('From', '"AWS Support" <support@amazon.com.case-review.info>'), ('To', E_ADDR),
             ('Subject', 'Re: Your account merge request - additional verification needed'),
             ('Date', rfc(d)), ('Message-ID', '<%s@case-review.info>' % rhex(24))], body, new)

# --- phishing NOT about the merge: account suspended / billing
d = dt('2020-07-03 05:26:40')
ip = '185.100.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
mf = 'alerts@aws-billing-alerts.com'
new = """Dear AWS customer,

We were unable to validate your payment information for your AWS account. As a result, your account and all running resources will be suspended within 24 hours.

To avoid interruption, update your billing details now:
https://aws-billing-alerts.com/console/billing/update

Amazon Web Services Billing
"""
chain = phish_gmail(M_ADDR, d, 'mx.aws-billing-alerts.com', ip, mf, 'aws-billing-alerts.com', 'aws-billing-alerts.com')
body = alt(tpart(new), tpart(to_html(new), 'html'), '----=_Part_%d' % RNG.randint(10**6, 10**7))
add('lookalike-billing-suspension-warning', 'unrelated', None, 'en', False,
    chain + [('DKIM-Signature', dkim('aws-billing-alerts.com', 'default', d, 'From:To:Subject:Date', 'relaxed/relaxed')),
             ('From', '"Amazon Web Services" <alerts@aws-billing-alerts.com>'), ('To', M_ADDR),
             ('Subject', 'Urgent: Your AWS account will be suspended'),
             ('Date', rfc(d)), ('Message-ID', '<%s@aws-billing-alerts.com>' % rhex(20))], body, new)

# @@END-OF-MAILS@@

if __name__ == '__main__':
    write_all()
