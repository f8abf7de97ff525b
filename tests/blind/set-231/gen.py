#!/usr/bin/env python3
"""Generator for blind set 231: AWS Certification account-merge mailbox.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(231)
UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9), 'JST')
PDT = _dt.timezone(_dt.timedelta(hours=-7), 'PDT')
CEST = _dt.timezone(_dt.timedelta(hours=2), 'CEST')
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30), 'IST')

LABELS = {}
MAILS = []
_counter = [0]

CODEC = {
    'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
    'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'us-ascii': 'ascii',
    'euc-jp': 'euc_jp',
}


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def ts(dt):
    return int(dt.timestamp())


def case15(dt_open):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (ts(dt_open), rng.randint(10000, 99999))


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ralnum(n):
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n))


def ses_msgid(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    pre = '0100' if region is None else '0101'
    dom = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pre, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def rfc(dt):
    return format_datetime(dt)


def fold_b64(label, width=70, indent='\t '):
    s = rb64(width * 5)
    return s


def dkim_sig(domain, selector, dt, headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID',
             canon='relaxed/simple'):
    b = rb64(344)
    bh = rb64(43) + '='
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;' % canon,
             '\ts=%s; d=%s; t=%d;' % (selector, domain, ts(dt)),
             '\th=%s;' % headers,
             '\tbh=%s;' % bh,
             '\tb=%s' % b[:76],
             '\t %s' % b[76:152],
             '\t %s' % b[152:228],
             '\t %s' % b[228:304],
             '\t %s=' % b[304:343]]
    return '\n'.join(lines)


SES_IPS = ['54.240.8.31', '54.240.8.45', '54.240.11.67', '54.240.48.23', '54.240.27.90',
           '54.240.13.18', '54.240.9.104']


def ses_host(ip, region=None):
    last = ip.split('.')
    h = 'a%s-%s.smtp-out.' % (last[2], last[3])
    return h + ('%s.amazonses.com' % region if region else 'amazonses.com')


def amazon_dkim(dt, region=None):
    return [dkim_sig('amazon.com', rng.choice(['e3dvapu3pjqrlnvbbbncwtutyckvdanz',
                                               'cuaqhj4sxl6hh5mfenogwhj3kzxwgyzy']), dt,
                     headers='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID'),
            dkim_sig('amazonses.com', rng.choice(['224i4yxa5dv7c2xz3womw6peuasteono',
                                                  'hsbnp7p3ensaochzwyq5wwmceodymuwv']), dt,
                     headers='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID')]


# ---------------------------------------------------------------- trace blocks
def gmail_trace(rcpt, dt, src_host, src_ip, mailfrom, auth, arc=True):
    """auth: the text after 'mx.google.com;' (already folded lines)."""
    local = dt.astimezone(PDT)
    d1 = rfc(local + _dt.timedelta(seconds=1)) + ' (PDT)'
    d0 = rfc(local) + ' (PDT)'
    smtp_id = '%s.%d.%d' % (rb64(10).replace('+', 'a').replace('/', 'b'), rng.randint(100000, 999999), rng.randint(1000000, 9999999))
    h = ['Delivered-To: %s' % rcpt,
         'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s' % (
             rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), rb64(2).lower().replace('+', 'q').replace('/', 'z'), rng.randint(100000, 999999), d1),
         'X-Google-Smtp-Source: AGHT+I%s' % rb64(80),
         'X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
             rhex(3), rhex(4), rhex(3), rhex(4), rhex(4), smtp_id, d1)]
    if arc:
        h += ['ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s\n         %s==' % (
                  ts(dt), rb64(70), rb64(70), rb64(60)),
              'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s==;\n        dara=google.com' % (
                  rb64(43), rb64(43), rb64(70), rb64(60)),
              'ARC-Authentication-Results: i=1; mx.google.com;\n' + auth]
    h += ['Return-Path: <%s>' % mailfrom,
          'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
              src_host, src_host, src_ip, smtp_id, rcpt, d0),
          'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
              mailfrom, src_ip, src_ip),
          'Authentication-Results: mx.google.com;\n' + auth]
    return h


def gmail_auth(dkim=(('amazon.com', 'pass'), ('amazonses.com', 'pass')), spf='pass', mailfrom='',
               src_ip='', dmarc='pass', p='QUARANTINE', sp='QUARANTINE', dis='NONE', from_dom='amazon.com'):
    parts = []
    for dom, res in dkim:
        parts.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
            res, dom, rhex(8) if dom != 'amazon.com' else 'e3dvapu3', rb64(8).replace('/', 'x')))
    if spf == 'pass':
        parts.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (
            mailfrom, src_ip, mailfrom))
    else:
        parts.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (
            spf, mailfrom, src_ip, mailfrom))
    parts.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, p, sp, dis, from_dom))
    return '\n'.join(parts)


def outlook_trace(dt, src_host, src_ip, mailfrom_dom, auth, m365=False):
    """auth: full value after 'Authentication-Results: ' (folded)."""
    srv = lambda: '%sPR%02dMB%04d.namprd%02d.prod.outlook.com' % (
        rng.choice(['SN7', 'PH0', 'DM6', 'BY5', 'MW4', 'CH3']), rng.randint(1, 20),
        rng.randint(1000, 9999), rng.randint(1, 20))
    s1, s2 = srv(), srv()
    edge = 'BN2PEPF0000%s.namprd%02d.prod.outlook.com' % (ralnum(4), rng.randint(1, 20))
    d = rfc(dt)
    h = []
    if not m365:
        h.append('Received: from %s (::1) by %s with HTTPS; %s' % (s1, s2, d))
    h += ['Received: from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
              'BN9PR03CA0%03d.namprd03.prod.outlook.com' % rng.randint(100, 999), rhex(3), rhex(2), s1, rhex(3), rhex(2),
              rng.randint(8000, 9200), rng.randint(10, 40), d),
          'Received: from %s\n (2603:10b6:%s:cafe::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
              edge, rhex(3), rhex(2), 'BN9PR03CA0%03d.outlook.office365.com' % rng.randint(100, 999), rhex(3), rhex(2),
              rng.randint(8000, 9200), rng.randint(10, 40), d),
          'Authentication-Results: ' + auth,
          'Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, src_ip, src_ip, src_host),
          'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
              src_host, src_ip, edge.replace('.namprd', '.mail.protection.outlook').split('.mail')[0] + '.mail.protection.outlook.com',
              rng.randint(200, 254), rng.randint(2, 250), rng.randint(8000, 9200), rng.randint(10, 40), d)]
    return h


def outlook_auth(spf='pass', ip='', mailfrom_dom='amazonses.com', dkim='pass', dkim_d='amazon.com',
                 dmarc='pass', action='none', from_dom='amazon.com', compauth='pass', reason='100'):
    dk = '(signature was verified)' if dkim == 'pass' else ('(no signature)' if dkim == 'none' else '(signature did not verify)')
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s %s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
        spf, ip, mailfrom_dom, dkim, dk, dkim_d, dmarc, action, from_dom, compauth, reason))


def jp_trace(rcpt, dt, src_host, src_ip, authserv, auth, mx):
    """Japanese provider: Postfix style with JST dates. auth: text after 'authserv;'."""
    d = rfc(dt.astimezone(JST)) + ' (JST)'
    qid = ralnum(12)
    return ['Return-Path: <%s>' % auth_mailfrom(auth),
            'Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                mx, mx.replace('mx', 'mbox', 1), ralnum(10), rcpt, d),
            'Authentication-Results: %s;\n%s' % (authserv, auth),
            'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                src_host, src_host, src_ip, mx, qid, rcpt, d)]


def auth_mailfrom(auth):
    m = re.search(r'smtp\.mailfrom=([^\s;]+)', auth)
    return m.group(1) if m else 'bounce@example.invalid'


def jp_auth(mailfrom, dkim_d='amazon.com', dkim='pass', spf='pass', dmarc='pass', from_dom='amazon.com', extra_ses=True):
    lines = ['\tspf=%s smtp.mailfrom=%s;' % (spf, mailfrom),
             '\tdkim=%s header.d=%s header.s=%s;' % (dkim, dkim_d, rhex(6))]
    if extra_ses:
        lines.append('\tdkim=pass header.d=amazonses.com;')
    lines.append('\tdmarc=%s (p=quarantine dis=none) header.from=%s' % (dmarc, from_dom))
    return '\n'.join(lines)


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    data = text.replace('\r\n', '\n').encode(codec or CODEC[charset])
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(plain, html, charset='utf-8', cte='quoted-printable', hcte=None, label=None, hcharset=None):
    m = MIMEMultipart('alternative', boundary=boundary())
    hcs = label or hcharset or charset
    html = html.replace('charset=utf-8"', 'charset=%s"' % hcs)
    m.attach(tpart(plain, 'plain', charset, cte, label))
    m.attach(tpart(html, 'html', hcharset or charset, hcte or cte, label))
    return m


def boundary():
    return '%s' % rng.choice(['000000000000%s' % rhex(12), '----=_Part_%d_%d.%d' % (
        rng.randint(100000, 9999999), rng.randint(100000000, 999999999), rng.randint(10**12, 10**13)),
        '_000_%s_' % ralnum(32)])


def to_html(text, wrap=True):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out = []
    inq = 0
    for line in text.split('\n'):
        depth = 0
        s = line
        while s.startswith('>'):
            depth += 1
            s = s[1:].lstrip(' ') if s[1:2] in (' ', '>', '') else s[1:]
        while inq < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq += 1
        while inq > depth:
            out.append('</blockquote>')
            inq -= 1
        esc = _html.escape(s)
        esc = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', esc)
        out.append(esc + '<br>')
    while inq:
        out.append('</blockquote>')
        inq -= 1
    body = '\n'.join(out)
    if wrap:
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<div dir="ltr">\n%s\n</div>\n</body></html>\n' % body
    return body


# ---------------------------------------------------------------- headers
def enc_h(value, charset='utf-8', name='Subject'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    if charset.lower() in ('shift_jis', 'utf-8-q'):
        return enc_words(value, 'shift_jis' if charset.lower() == 'shift_jis' else 'utf-8',
                         'B' if charset.lower() == 'shift_jis' else 'Q')
    return Header(value, charset, header_name=name, maxlinelen=76).encode(linesep='\n')


def enc_words(value, charset, mode='B', chunk=12):
    """Manual RFC 2047 encoding, folded, chunked by characters."""
    codec = CODEC.get(charset, charset)
    words = []
    for i in range(0, len(value), chunk):
        piece = value[i:i + chunk].encode(codec)
        if mode == 'B':
            words.append('=?%s?B?%s?=' % (charset, base64.b64encode(piece).decode()))
        else:
            qp = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                         ('_' if c == 32 else '=%02X' % c) for c in piece)
            words.append('=?%s?Q?%s?=' % (charset, qp))
    return '\n '.join(words)


def addr(display, address, charset='utf-8'):
    if not display:
        return address
    try:
        display.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', display):
            return '"%s" <%s>' % (display, address)
        return '%s <%s>' % (display, address)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(display, charset).encode(), address)


def build(name, body, trace, hdrs, label):
    """trace: list of raw header strings (top first). hdrs: list of (name, value) raw."""
    _counter[0] += 1
    fname = '%03d-%s.eml' % (_counter[0], name)
    if body.is_multipart():
        for sub in body.walk():
            if sub is not body and 'MIME-Version' in sub:
                del sub['MIME-Version']
    body_bytes = body.as_bytes(policy=compat32)
    # body.as_bytes() starts with Content-Type / MIME-Version / CTE of the top part
    head = '\n'.join(trace + ['%s: %s' % (k, v) for k, v in hdrs]) + '\n'
    if b'MIME-Version' not in body_bytes.split(b'\n\n', 1)[0]:
        head += 'MIME-Version: 1.0\n'
    raw = head.encode('ascii') + body_bytes
    if not raw.endswith(b'\n'):
        raw += b'\n'
    MAILS.append((fname, raw))
    lab = dict(kind=label['kind'], case_id=label.get('case_id'),
               account_ids=sorted(set(label.get('account_ids', []))),
               sender_verified=label.get('sender_verified'), language=label.get('language', 'en'))
    LABELS[fname] = lab
    return fname


# ---------------------------------------------------------------- quoting
def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def gmail_on(dt, name, address, tz=None):
    d = dt.astimezone(tz) if tz else dt
    return 'On %s, %s at %s %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b %-d, %Y'), d.strftime('%-I:%M'), d.strftime('%p'), name, address)


JA_WD = '月火水木金土日'


def ja_on(dt, name, address):
    d = dt.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, JA_WD[d.weekday()], d.hour, d.minute, name, address)


def outlook_block(frm, dt, to, subject, tz=None, cc=None):
    d = dt.astimezone(tz) if tz else dt
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subject


FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE_ADDR = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'


def aws_mail_headers(dt, frm, to, subject, region=None, subj_charset='utf-8', extra=()):
    h = amazon_dkim(dt, region)
    hdrs = [('Date', rfc(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt, region)),
            ('Subject', enc_h(subject, subj_charset))]
    hdrs += list(extra)
    hdrs += [('X-SES-Outgoing', dt.strftime('%Y.%m.%d') + '-' + rng.choice(SES_IPS)),
             ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43))]
    return h, hdrs


def ses_src(region=None, dt=None):
    ip = rng.choice(SES_IPS)
    host = ses_host(ip, region)
    dom = ('%s.amazonses.com' % region) if region else 'amazonses.com'
    ms = int(dt.timestamp() * 1000) if dt else rng.randint(1748000000000, 1760000000000)
    mf = '%s%012x-%s-%s-%s-%s-%s-000000@%s' % ('0100' if not region else '0101', ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)
    return ip, host, mf, dom


def aws_gmail(rcpt, dt, frm, subject, dmarc='pass', region=None, subj_charset='utf-8', extra=(), arc=True):
    ip, host, mf, dom = ses_src(region, dt)
    auth = gmail_auth(mailfrom=mf, src_ip=ip, dmarc=dmarc)
    trace = gmail_trace(rcpt, dt + _dt.timedelta(seconds=rng.randint(1, 4)), host, ip, mf, auth, arc=arc)
    dk, hdrs = aws_mail_headers(dt, frm, rcpt, subject, region, subj_charset, extra)
    return trace + dk, hdrs


def aws_outlook(rcpt, dt, frm, subject, region=None, subj_charset='utf-8', extra=(), m365=False):
    ip, host, mf, dom = ses_src(region, dt)
    auth = outlook_auth(ip=ip, mailfrom_dom=dom)
    trace = outlook_trace(dt + _dt.timedelta(seconds=rng.randint(1, 4)), host, ip, dom, auth, m365=m365)
    dk, hdrs = aws_mail_headers(dt, frm, rcpt, subject, region, subj_charset, extra)
    return trace + dk, hdrs


def aws_jp(rcpt, dt, frm, subject, authserv, mx, region=None, subj_charset='utf-8', extra=()):
    ip, host, mf, dom = ses_src(region, dt)
    auth = jp_auth(mf)
    trace = jp_trace(rcpt, dt + _dt.timedelta(seconds=rng.randint(1, 4)), host, ip, authserv, auth, mx)
    dk, hdrs = aws_mail_headers(dt, frm, rcpt, subject, region, subj_charset, extra)
    return trace + dk, hdrs


# ---------------------------------------------------------------- common texts
def console_footer(case, lang='en'):
    if lang == 'ja':
        return ('このケースに関するやり取りを確認または返信するには、次の URL から AWS サポートセンターにアクセスしてください:\n'
                'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n'
                '※このメールアドレスは送信専用のため、このメールに直接ご返信いただくことはできません。\n\n'
                'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n'
                'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210' % case)
    return ('To see all correspondence on this case or to reply, please visit the Support Center:\n'
            'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n'
            'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n'
            'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210' % case)


def rate_footer(case, lang='en'):
    if lang == 'ja':
        return ('今回のやり取りについてご評価ください:\n'
                'https://console.aws.amazon.com/support/feedback?displayId=%s&lang=ja' % case)
    return ('Was this response helpful? Click here to rate this correspondence:\n'
            'https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5' % case)


FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


# ================================================================ MAILS
# ---------------------------------------------------------------- persona A: Priya (Gmail, form desk)
PRIYA = 'priya.raman.dev@gmail.com'
PRIYA_N = 'Priya Raman'
A_OPEN = T(2025, 5, 27, 6, 14, 9)
A_CASE = case15(A_OPEN)
A_OLD, A_NEW = 'AWS04417283', 'AWS10295561'
A_FROM = addr(AWS_NAME, FORM_ADDR)
A_SUBJ = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)


def m001():
    dt = A_OPEN + _dt.timedelta(seconds=41)
    subj = '[CASE %s] %s' % (A_CASE, FORM_SUBJ)
    text = """Hello Priya,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
request and a support case has been opened for you.

Case ID: %s

A member of our team will review your request and get back to you,
generally within 24 hours. To help us assist you faster, please do not
submit a new form for the same request; simply reply to this e-mail if
you want to add information.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Description: I have two certification accounts. The old one (candidate
ID %s) was created with my university e-mail, which I can no longer
access. Please combine it into my current account.

Kind regards,
AWS Training and Certification

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210.
""" % (A_CASE, A_NEW, A_OLD)
    html = to_html(text)
    trace, hdrs = aws_gmail(PRIYA, dt, A_FROM, subj)
    return build('form-ack-priya', alt(text, html), trace, hdrs,
                 dict(kind='case_created', case_id=A_CASE, account_ids=[A_NEW, A_OLD], sender_verified=True))


def m002():
    dt = T(2025, 5, 28, 15, 40, 22)
    text = """Hello Priya,

Thank you for reaching out to AWS Training and Certification, and for your
patience while I reviewed your request.

First, to answer the question in your form: yes, the 50%% discount benefit
you earned with the Solutions Architect - Associate exam is not lost. It
is tied to the certification record, so it will be available under
"Benefits" on the account that remains.

I located both accounts and here is how the merge would be carried out:

  * Account to be merged and then deactivated: %s
    (login: priya.r@alumni.uni-example.edu)
  * Account that will remain active:          %s
    (login: priya.raman.dev@gmail.com)

All exam history, certifications and benefits of the first account will
be moved to the second one. Please be aware that a merge is permanent and
cannot be undone afterwards.

If the above is correct, please reply to this e-mail confirming that you
would like us to go ahead. We will not make any change until we hear back
from you.

Best regards,

Reza M.
AWS Training and Certification Customer Support
Amazon Web Services
""" % (A_OLD, A_NEW)
    trace, hdrs = aws_gmail(PRIYA, dt, A_FROM, A_SUBJ)
    return build('confirm-request-answers-voucher-question', alt(text, to_html(text)), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=A_CASE, account_ids=[A_OLD, A_NEW], sender_verified=True))


A_YES_DT = T(2025, 5, 29, 4, 55, 0)


def m003():
    dt = T(2025, 5, 29, 9, 12, 5)
    prev = """Hello Priya,

Thank you for reaching out to AWS Training and Certification, and for your
patience while I reviewed your request.
[...]
  * Account to be merged and then deactivated: %s
  * Account that will remain active:          %s

If the above is correct, please reply to this e-mail confirming that you
would like us to go ahead.

Best regards,
Reza M.""" % (A_OLD, A_NEW)
    user = """Hi Reza,

The details are correct. Please proceed with the merge.

Thanks a lot,
Priya

%s
%s""" % (gmail_on(T(2025, 5, 28, 15, 40), AWS_NAME, FORM_ADDR, IST), q(prev))
    text = """Hello Priya,

Thank you for confirming. I have passed your request on to the team that
performs the account consolidation, and it is now in their queue.

Once the merge is complete you will receive another e-mail from us. After
that, please sign out of the Certification portal and sign back in so the
change is reflected. Nothing else is needed from your side for now.

Best regards,

Reza M.
AWS Training and Certification Customer Support
Amazon Web Services

%s
%s
""" % (gmail_on(A_YES_DT, PRIYA_N, PRIYA, IST), q(user))
    trace, hdrs = aws_gmail(PRIYA, dt, A_FROM, A_SUBJ)
    return build('thanks-for-confirming-will-proceed', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='support_reply', case_id=A_CASE, account_ids=[], sender_verified=True))


def m004():
    dt = T(2025, 5, 30, 18, 3, 40)
    text = """Hello Priya,

I'm happy to let you know that your two certification accounts are now
one. Everything that was on %s, including your AWS Certified Cloud
Practitioner, has been moved to %s, and the old profile has been
deactivated. You will keep signing in with priya.raman.dev@gmail.com.

Could you do me a favour? Please sign in at
https://www.aws.training/Certification and reply to let me know whether
both certifications and the 50%% voucher under Benefits are showing
correctly. If something looks off, I will follow up right away.

Your Credly badges are moved separately and can take up to 48 hours to
appear.

Best regards,

Reza M.
AWS Training and Certification Customer Support
Amazon Web Services
""" % (A_OLD, A_NEW)
    trace, hdrs = aws_gmail(PRIYA, dt, A_FROM, A_SUBJ)
    return build('merge-done-asks-to-check-benefits', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='merge_completed', case_id=A_CASE, account_ids=[A_OLD, A_NEW], sender_verified=True))


def m005():
    dt = T(2025, 6, 2, 18, 5, 11)
    subj = 'Your AWS Training and Certification case %s has been closed' % A_CASE
    quoted = """I'm happy to let you know that your two certification accounts are now
one. Everything that was on %s, including your AWS Certified Cloud
Practitioner, has been moved to %s, and the old profile has been
deactivated.""" % (A_OLD, A_NEW)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Case closed</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Hello Priya,</p>
<p>We have closed case <b>%s</b> as resolved. If you need more help with this request, just reply to this e-mail within 14 days and the case will reopen automatically.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws.training/s/cs?case=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws.training/s/cs?case=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Reza?<br>
<a href="https://survey.aws.training/s/cs?case=%s&amp;rate=1">1</a> &middot; <a href="https://survey.aws.training/s/cs?case=%s&amp;rate=2">2</a> &middot; <a href="https://survey.aws.training/s/cs?case=%s&amp;rate=3">3</a> &middot; <a href="https://survey.aws.training/s/cs?case=%s&amp;rate=4">4</a> &middot; <a href="https://survey.aws.training/s/cs?case=%s&amp;rate=5">5</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<hr>
<p style="color:#687078;font-size:12px">-----Original Message-----<br>
From: Amazon Web Services &lt;%s&gt;<br>
Sent: Friday, May 30, 2025 6:03 PM<br>
Subject: RE:[CASE %s] %s</p>
<blockquote style="color:#687078;font-size:12px;border-left:2px solid #d5dbdb;padding-left:8px;margin-left:0">%s</blockquote>
</td></tr></table>
</td></tr></table>
</body></html>
""" % (A_CASE, A_CASE, A_CASE, A_CASE, A_CASE, A_CASE, A_CASE, A_CASE, FORM_ADDR, A_CASE, FORM_SUBJ,
       _html.escape(quoted).replace('\n', '<br>\n'))
    trace, hdrs = aws_gmail(PRIYA, dt, A_FROM, subj)
    return build('closure-survey-quotes-completion', tpart(html, 'html', 'utf-8', 'quoted-printable'), trace, hdrs,
                 dict(kind='survey', case_id=A_CASE, account_ids=[], sender_verified=True))


CREDLY_FROM = addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


def credly_gmail(rcpt, dt, subject, dmarc='pass', from_hdr=CREDLY_FROM, from_dom='credly.com'):
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    host = 'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (rng.randint(1000000, 9999999), rhex(4), rcpt.split('@')[0], rcpt.split('@')[1])
    auth = gmail_auth(dkim=((from_dom, 'pass'), ('sendgrid.info', 'pass')), mailfrom=mf, src_ip=ip,
                      dmarc=dmarc, p='REJECT', sp='REJECT', from_dom=from_dom)
    trace = gmail_trace(rcpt, dt + _dt.timedelta(seconds=2), host, ip, mf, auth)
    trace += [dkim_sig(from_dom, 's1', dt, headers='from:subject:mime-version:content-type:list-unsubscribe:x-feedback-id:to:cc'),
              dkim_sig('sendgrid.info', 'smtpapi', dt, headers='from:subject:mime-version:content-type:list-unsubscribe:x-feedback-id:to:cc')]
    hdrs = [('Date', rfc(dt)), ('From', from_hdr), ('To', rcpt), ('Subject', enc_h(subject)),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), rng.randint(1, 40))),
            ('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?token=%s>' % rhex(32)),
            ('X-Feedback-ID', '%d:SG' % rng.randint(1000000, 9999999))]
    return trace, hdrs


def m006():
    dt = T(2025, 6, 1, 2, 47, 30)
    subj = 'Priya, your AWS Certified Cloud Practitioner badge is waiting for you'
    text = """Hi Priya,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

This badge was moved to priya.raman.dev@gmail.com after your AWS
Certification accounts were consolidated. Accept it to add it to your
Credly profile and share it with your network.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

What is Credly? Credly verifies and shares your achievements. Learn more
at https://info.credly.com

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Unsubscribe: https://www.credly.com/notifications/unsubscribe
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    url = re.search(r'https://www.credly.com/earner/earned/badge/\S+', text).group(0)
    html = """<html><body style="margin:0;background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<h2 style="color:#1b1b1b">Hi Priya,</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>This badge was moved to priya.raman.dev@gmail.com after your AWS Certification accounts were consolidated.</p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007<br>
<a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""" % url
    trace, hdrs = credly_gmail(PRIYA, dt, subj)
    return build('credly-badge-moved-after-merge', alt(text, html), trace, hdrs,
                 dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True))


# ---------------------------------------------------------------- persona B: Tanaka (nifty, console, Japanese)
TANAKA = 'kenta.tanaka@nifty.com'
B_OPEN = T(2025, 6, 3, 1, 22, 47)
B_CASE = case15(B_OPEN)
B_OLD, B_NEW = 'AWS08812034', 'AWS08812977'
B_CASE_SUBJ = '認定アカウントの統合について'
CONSOLE_FROM = addr(AWS_NAME, CONSOLE_ADDR)
NIFTY = ('mx.nifty.com', 'mx-in03.nifty.com')


def m007():
    dt = B_OPEN + _dt.timedelta(seconds=18)
    subj = 'Amazon Web Services: 新しいサポートケースが作成されました: %s' % B_CASE
    text = """田中 健太 様

Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいた内容について、ケース %s を作成しました。
担当者が内容を確認のうえ、ご連絡いたします。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
カテゴリ: Training and Certification / Account Merge
説明:
認定アカウントが 2 つあります(AWS08812034 と AWS08812977)。
前職のメールアドレスで作成した方を、現在のアカウントにまとめたいです。

なお、同じ内容のケースを重複して作成されますと、対応が遅れる場合がございます。
追加の情報がある場合は、本ケースに返信してください。

%s
""" % (B_CASE, B_CASE, B_CASE_SUBJ, console_footer(B_CASE, 'ja'))
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1], subj_charset='iso-2022-jp')
    return build('console-case-opened-ja', tpart(text, 'plain', 'iso-2022-jp', '7bit'), trace, hdrs,
                 dict(kind='case_created', case_id=B_CASE, account_ids=[B_OLD, B_NEW], sender_verified=True, language='ja'))

def m008():
    dt = T(2025, 6, 4, 2, 10, 33)
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
    text = """田中 健太 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

認定アカウントの統合につきまして、ご依頼を承りました。
作業を進めるにあたり、恐れ入りますが以下の 2 点をお知らせいただけますでしょうか。

1. ご申告いただいた AWS 08812034 と AWS08812977 のうち、統合後も引き続きご利用になる
   (存続させる)アカウントはどちらでしょうか。
2. それぞれのアカウントにご登録のサインイン用メールアドレスをお教えください。

ご本人確認のため、お手数ではございますが、上記の情報をサポートセンターから
本ケースへご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services

%s

%s
""" % (rate_footer(B_CASE, 'ja'), console_footer(B_CASE, 'ja'))
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1])
    return build('ja-which-account-to-keep', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='support_reply', case_id=B_CASE, account_ids=[B_OLD, B_NEW], sender_verified=True, language='ja'))


def m009():
    dt = T(2025, 6, 7, 1, 3, 2)
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
    text = """田中 健太 様

いつも Amazon Web Services をご利用いただき、ありがとうございます。
AWS サポートの山本でございます。

先日 6 月 4 日にお送りしたご案内につきまして、現時点でご返信を確認できて
おりませんでしたので、念のため再度ご連絡を差し上げました。

お手すきの際に、前回のメッセージに記載した以下の 2 点についてご回答いただけますと
幸いです。ご返信をいただき次第、速やかに対応を再開いたします。

  ① 統合後も引き続きご利用になるアカウント
  ② 各アカウントのサインイン用メールアドレス

(サポート受付時間:平日 9:00～18:00)

なお、本日より 7 日以内にご返信が確認できない場合、本ケースは自動的に
解決済みとなりますので、あらかじめご了承ください。

引き続きよろしくお願いいたします。

山本
Amazon Web Services

%s
""" % console_footer(B_CASE, 'ja')
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1], subj_charset='shift_jis')
    return build('ja-chaser-no-reply-yet', tpart(text, 'plain', 'shift_jis', 'base64'), trace, hdrs,
                 dict(kind='support_reply', case_id=B_CASE, account_ids=[], sender_verified=True, language='ja'))


def m010():
    dt = T(2025, 6, 9, 5, 48, 19)
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
    text = """田中 健太 様

ご返信いただき、ありがとうございます。
AWS サポートの山本でございます。

いただいた情報をもとに両アカウントを確認いたしました。
以下の内容で統合を実施させていただく予定です。

  統合元(統合後は無効になります): AWS08812034 (k.tanaka@old-company.co.jp)
  統合先(存続するアカウント)    : AWS08812977 (kenta.tanaka@nifty.com)

統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。
統合は一度実施すると元に戻すことができませんので、ご注意ください。

上記の内容でお間違いがなければ、その旨をサポートセンターから本ケースへ
ご返信ください。ご確認をいただくまで、作業は行いません。

また、ご質問いただいた 6 月 20 日の試験予約につきましては、統合後も
予約はそのまま有効ですので、ご安心ください。

よろしくお願いいたします。

山本
Amazon Web Services

%s
""" % console_footer(B_CASE, 'ja')
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1], subj_charset='iso-2022-jp')
    return build('ja-confirm-request-plus-exam-question', tpart(text, 'plain', 'iso-2022-jp', '7bit'), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=B_CASE, account_ids=[B_OLD, B_NEW], sender_verified=True, language='ja'))


def m011():
    dt = T(2025, 6, 10, 8, 30, 55)
    subj = '[Case %s] 新しい返信が追加されました' % B_CASE
    text = """田中 健太 様

AWS サポートケース %s に新しい返信が追加されました。

件名: %s

返信内容を確認するには、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

※このメールアドレスは送信専用です。このメールにご返信いただいても、
  ケースには反映されません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (B_CASE, B_CASE_SUBJ, B_CASE)
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1])
    return build('ja-new-correspondence-notice', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='support_reply', case_id=B_CASE, account_ids=[], sender_verified=True, language='ja'))


def m012():
    dt = T(2025, 6, 11, 4, 15, 40)
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
    text = """田中 健太 様

大変お待たせいたしました。AWS サポートの山本でございます。

ご確認いただいた内容のとおり、AWS08812034 を AWS08812977 へ統合する作業が
本日完了いたしました。統合元アカウントの認定資格および受験履歴は、すべて
AWS08812977 でご確認いただけます。今後は kenta.tanaka@nifty.com で
サインインしてください。

ただし、Credly のデジタルバッジにつきましては Credly 側での処理が別途必要となり、
現在 Credly のチームへ移行を依頼しております。バッジの移行が完了しましたら、
改めて本ケースにてご連絡いたします。

ご不明な点がございましたら、お気軽にお知らせください。

山本
Amazon Web Services

%s

%s
""" % (rate_footer(B_CASE, 'ja'), console_footer(B_CASE, 'ja'))
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1])
    return build('ja-merge-done-credly-pending', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='merge_completed', case_id=B_CASE, account_ids=[B_OLD, B_NEW], sender_verified=True, language='ja'))


def m013():
    dt = T(2025, 6, 16, 6, 2, 9)
    subj = 'Amazon Web Services: サポートケース %s がクローズされました' % B_CASE
    text = """田中 健太 様

AWS サポートをご利用いただき、ありがとうございました。

先日ご連絡いたしましたとおり、認定アカウントの統合は完了しており、
AWS08812977 に一本化されております。Credly バッジの移行も完了したことを
確認いたしましたので、本ケース %s をクローズさせていただきます。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします(所要時間 1 分)。

  問題は解決しましたか? はい / いいえ
  https://console.aws.amazon.com/support/survey?displayId=%s&lang=ja

追加のご質問がある場合は、ケースを再度オープンするか、新しいケースを作成してください。

%s
""" % (B_CASE, B_CASE, console_footer(B_CASE, 'ja'))
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px">
<p>田中 健太 様</p>
<p>AWS サポートをご利用いただき、ありがとうございました。</p>
<p>先日ご連絡いたしましたとおり、認定アカウントの統合は完了しており、AWS08812977 に一本化されております。Credly バッジの移行も完了したことを確認いたしましたので、本ケース %s をクローズさせていただきます。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします(所要時間 1 分)。</p>
<p><b>問題は解決しましたか?</b><br>
<a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;lang=ja&amp;a=yes">はい</a> &nbsp;|&nbsp;
<a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;lang=ja&amp;a=no">いいえ</a></p>
<p>追加のご質問がある場合は、ケースを再度オープンするか、新しいケースを作成してください。</p>
<p style="font-size:11px;color:#777">※このメールアドレスは送信専用です。<br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
""" % (B_CASE, B_CASE, B_CASE)
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1], subj_charset='iso-2022-jp')
    body = MIMEMultipart('alternative', boundary=boundary())
    body.attach(tpart(text, 'plain', 'iso-2022-jp', '7bit'))
    body.attach(tpart(html, 'html', 'utf-8', 'base64'))
    return build('ja-closure-recaps-merge-survey', body, trace, hdrs,
                 dict(kind='survey', case_id=B_CASE, account_ids=[B_NEW], sender_verified=True, language='ja'))


# ---------------------------------------------------------------- persona C: Marco (outlook.com, 2023, 11-digit)
MARCO = 'marco.bianchi84@outlook.com'
MARCO_N = 'Marco Bianchi'
C_CASE = '12239846091'
C_OLD, C_NEW = 'AWS02219540', 'AWS06650318'
C_SUBJ = 'RE:[CASE %s] %s' % (C_CASE, FORM_SUBJ)


def m014():
    dt = T(2023, 3, 14, 9, 2, 51)
    subj = 'We received your request [CASE %s]' % C_CASE
    text = """Dear Customer,

Thank you for contacting AWS Training and Certification Customer Support.

Your request has been received and assigned case number %s. Our team
will review your inquiry and respond within 1 business day. Please keep
the case number for your reference.

For the fastest answers to common questions, visit our FAQ:
https://aws.amazon.com/certification/faqs/

Regards,
AWS Training and Certification Customer Support
""" % C_CASE
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, subj)
    return build('2023-form-ack-marco', alt(text, to_html(text), cte='7bit'), trace, hdrs,
                 dict(kind='case_created', case_id=C_CASE, account_ids=[], sender_verified=True))


def m015():
    dt = T(2023, 3, 15, 11, 47, 3)
    text = """Hello Marco,

Greetings from AWS Training and Certification!

Thank you for writing to us. I understand you want to merge your two
certification accounts. We could locate the account AWS06650318 linked
with marco.bianchi84@outlook.com, however we were unable to find the
second account with the details provided in the form.

In order to assist you further, kindly provide below details:

1) The e-mail address used to sign in to the second account
2) The notification e-mail address on the second account, if different
3) Reason for the merge request

Once we receive the above information we will check and revert back to
you at the earliest.

Best regards,
Sowmya K
AWS Training and Certification Customer Support
"""
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, C_SUBJ)
    return build('2023-asks-login-email-of-second-account', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='support_reply', case_id=C_CASE, account_ids=[C_NEW], sender_verified=True))


C_USER_INFO_DT = T(2023, 3, 15, 18, 20, 0)
C_USER_INFO = """Hello Sowmya,

the second account was created in 2019 with my old work e-mail
m.bianchi@ferrarotti-consulting.it, I think the ID is AWS02219540. The
notification address is the same. I left that company and want to have
all my certifications in one place.

Regards
Marco"""


def m016():
    dt = T(2023, 3, 17, 7, 12, 44)
    text = """Hello Marco,

Thank you for sharing the requested details.

As per our verification, both the accounts belongs to you. Kindly confirm
us that the below accounts need to be merged:

Source account (will be deactivated after merge) – AWS02219540
  m.bianchi@ferrarotti-consulting.it
Target account (will remain as primary) – AWS06650318
  marco.bianchi84@outlook.com

Please note once the accounts are merged it can not be reverted. Kindly
reply to this e-mail with your confirmation so that we can proceed
further.

Best regards,
Sowmya K
AWS Training and Certification Customer Support

________________________________
%s
%s""" % (outlook_block('%s <%s>' % (MARCO_N, MARCO), C_USER_INFO_DT, 'Amazon Web Services <%s>' % FORM_ADDR, C_SUBJ),
         C_USER_INFO)
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, C_SUBJ)
    return build('2023-kindly-confirm-source-target', alt(text, to_html(text), charset='windows-1252', cte='quoted-printable'),
                 trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=C_CASE, account_ids=[C_OLD, C_NEW], sender_verified=True))


C_CONF_TEXT = """Hello Marco,

Thank you for sharing the requested details.

As per our verification, both the accounts belongs to you. Kindly confirm
us that the below accounts need to be merged:

Source account (will be deactivated after merge) – AWS02219540
Target account (will remain as primary) – AWS06650318

Please note once the accounts are merged it can not be reverted. Kindly
reply to this e-mail with your confirmation so that we can proceed
further.

Best regards,
Sowmya K"""


def m017():
    dt = T(2023, 3, 21, 8, 5, 10)
    text = """Hello Marco,

Hope you are doing well.

This is a gentle follow-up on our below e-mail. We are yet to receive
your confirmation, hence the request is on hold from our end. Kindly
revert on the same at your earliest convenience so that we can take it
forward.

Please note that if we do not hear back from you within 72 hours, the
case will be auto-resolved. You can still reply later to reopen it.

Best regards,
Sowmya K
AWS Training and Certification Customer Support

________________________________
%s
%s""" % (outlook_block('Amazon Web Services <%s>' % FORM_ADDR, T(2023, 3, 17, 7, 12), MARCO, C_SUBJ), C_CONF_TEXT)
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, C_SUBJ)
    return build('2023-gentle-follow-up-awaiting-confirmation', alt(text, to_html(text), charset='windows-1252', cte='quoted-printable'),
                 trace, hdrs,
                 dict(kind='support_reply', case_id=C_CASE, account_ids=[], sender_verified=True))


def m018():
    dt = T(2023, 3, 23, 13, 30, 2)
    text = """Hello Marco,

Thank you for your patience.

As requested, your certification profiles are now consolidated. All the
certification history from AWS02219540 is now available in AWS06650318
and the other profile has been deactivated. You can continue to login
with marco.bianchi84@outlook.com.

Please allow 24-48 hours for the badges to reflect in your Credly
account. In case you don’t see them after that, do let us know.

Best regards,
Sowmya K
AWS Training and Certification Customer Support

-----Original Message-----
From: Marco Bianchi <marco.bianchi84@outlook.com>
Sent: Wednesday, March 22, 2023 9:41 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

Yes, I confirm. Please go ahead with merging AWS02219540 into AWS06650318.

Marco
""" % C_SUBJ
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, C_SUBJ)
    # charset label says iso-8859-1 but the bytes are UTF-8 (mislabelled)
    body = MIMEMultipart('alternative', boundary=boundary())
    body.attach(tpart(text, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'))
    body.attach(tpart(to_html(text), 'html', 'utf-8', 'quoted-printable', label='iso-8859-1'))
    return build('2023-profiles-consolidated-wrong-charset', body, trace, hdrs,
                 dict(kind='merge_completed', case_id=C_CASE, account_ids=[C_OLD, C_NEW], sender_verified=True))


def m019():
    dt = T(2023, 3, 23, 13, 31, 40)
    subj = 'How did we do? Tell us about case %s' % C_CASE
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<table width="600" align="center" cellpadding="20"><tr><td>
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Support (case ID %s) was marked as resolved.</p>
<p>We would appreciate a minute of your time to tell us about your experience. Your feedback helps us improve.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://pulse.aws/survey/TC-CS?case=%s&amp;score=1">Very dissatisfied</a></td>
<td><a href="https://pulse.aws/survey/TC-CS?case=%s&amp;score=2">Dissatisfied</a></td>
<td><a href="https://pulse.aws/survey/TC-CS?case=%s&amp;score=3">Neutral</a></td>
<td><a href="https://pulse.aws/survey/TC-CS?case=%s&amp;score=4">Satisfied</a></td>
<td><a href="https://pulse.aws/survey/TC-CS?case=%s&amp;score=5">Very satisfied</a></td>
</tr></table>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#879196">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</p>
</td></tr></table></body></html>
""" % ((C_CASE,) * 6)
    trace, hdrs = aws_outlook(MARCO, dt, A_FROM, subj)
    return build('2023-how-did-we-do-html-only', tpart(html, 'html', 'us-ascii', '7bit'), trace, hdrs,
                 dict(kind='survey', case_id=C_CASE, account_ids=[], sender_verified=True))

# ---------------------------------------------------------------- persona D: Misaki (Gmail, form desk, Japanese, 3 accounts)
MISAKI = 'misaki.sato.0921@gmail.com'
MISAKI_N = '佐藤 美咲'
D_OPEN = T(2025, 7, 1, 0, 15, 31)
D_CASE = case15(D_OPEN)
D_A, D_B, D_KEEP = 'AWS03380112', 'AWS05527716', 'AWS09104452'
D_SUBJ = 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ)

SEAL_JA = """─────────────────────────
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
─────────────────────────"""


def m020():
    dt = D_OPEN + _dt.timedelta(seconds=37)
    subj = '[CASE %s] %s' % (D_CASE, FORM_SUBJ)
    text = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールはシステムより自動送信しております。

お問い合わせを受け付け、以下のケース番号を発行いたしました。

  ケース番号: %s

担当者が内容を確認し、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。
同じ内容で新たにフォームを送信されますと、回答が遅れる原因となりますので、
ご遠慮くださいますようお願いいたします。

%s
""" % (D_CASE, SEAL_JA)
    trace, hdrs = aws_gmail(MISAKI, dt, A_FROM, subj)
    return build('ja-form-ack-misaki-sjis', tpart(text, 'plain', 'shift_jis', 'quoted-printable'), trace, hdrs,
                 dict(kind='case_created', case_id=D_CASE, account_ids=[], sender_verified=True, language='ja'))


D_CONF = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お客様の認定アカウントを確認いたしましたところ、3 つのアカウントが見つかりました。
以下のとおり統合を行う予定でございます。

  ■ 統合されるアカウント(統合後は無効となります)
    ・AWS03380112(学生時代のメールアドレス)
    ・AWS05527716(前職のメールアドレス)
  ■ 存続するアカウント
    ・AWS09104452(misaki.sato.0921@gmail.com)

なお、一度統合したアカウントを元に戻すことはできません。
上記の内容でよろしければ、本メールにご返信のうえ、統合の実施についてご了承の旨を
お知らせいただけますでしょうか。

また、お問い合わせいただいた Credly のデジタルバッジにつきましては、統合完了後、
存続するアカウントのメールアドレス宛てにあらためて発行されますので、
お手数ですがその際に受け取り操作をお願いいたします。

何卒よろしくお願い申し上げます。

木村
""" + SEAL_JA


def m021():
    dt = T(2025, 7, 2, 6, 40, 12)
    trace, hdrs = aws_gmail(MISAKI, dt, A_FROM, D_SUBJ)
    return build('ja-three-accounts-confirm-plus-credly-answer', alt(D_CONF, to_html(D_CONF), cte='base64'), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=D_CASE, account_ids=[D_A, D_B, D_KEEP],
                      sender_verified=True, language='ja'))


def m022():
    dt = T(2025, 7, 3, 1, 10, 48)
    user_yes = """木村様

ご連絡ありがとうございます。
記載いただいた内容で問題ありません。統合を進めてください。
よろしくお願いいたします。

佐藤

%s
%s""" % (ja_on(T(2025, 7, 2, 6, 40), 'Amazon Web Services', FORM_ADDR), q(D_CONF.split('また、')[0].rstrip()))
    text = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

ご確認いただき、ありがとうございます。
それでは、ご了承いただいた内容にて統合作業を進めてまいります。

作業の完了までには 2〜3 営業日ほどお時間をいただく場合がございます。
完了いたしましたら、あらためて本メールにてご連絡いたしますので、
今しばらくお待ちくださいませ。

木村
%s

%s
%s
""" % (SEAL_JA, ja_on(T(2025, 7, 2, 23, 58), MISAKI_N, MISAKI), q(user_yes))
    trace, hdrs = aws_gmail(MISAKI, dt, A_FROM, D_SUBJ)
    return build('ja-thanks-will-proceed-nested-quote', alt(text, to_html(text), charset='iso-2022-jp', cte='7bit'),
                 trace, hdrs,
                 dict(kind='support_reply', case_id=D_CASE, account_ids=[], sender_verified=True, language='ja'))


def m023():
    dt = T(2025, 7, 4, 8, 0, 27)
    text = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
大変お待たせいたしました。

AWS03380112 を AWS09104452 へ統合する作業が完了いたしましたので、ご報告いたします。
同アカウントの認定資格および受験履歴は、現在 AWS09104452 でご確認いただけます。

一方、AWS05527716 につきましては、7 月 10 日に試験のご予約が入っているため、
システムの仕様上、現時点では統合を行うことができません。
受験が終わり次第、こちらで統合を実施し、あらためてご連絡いたします。
お客様に追加でご対応いただくことはございません。

恐れ入りますが、今しばらくお待ちくださいますようお願いいたします。

木村
""" + SEAL_JA
    trace, hdrs = aws_gmail(MISAKI, dt, A_FROM, D_SUBJ)
    return build('ja-partial-one-of-two-merged', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='merge_completed', case_id=D_CASE, account_ids=[D_A, D_KEEP, D_B], sender_verified=True,
                      language='ja'))


def m024():
    dt = T(2025, 7, 11, 5, 20, 3)
    text = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

先日ご案内しておりました AWS05527716 につきましても、本日統合が完了いたしました。
これにより、3 つの認定アカウントはすべて AWS09104452 にまとめられております。
特典(試験の 50%% 割引バウチャー)も存続アカウントへ引き継がれております。

Credly のバッジは数日以内に misaki.sato.0921@gmail.com 宛てに届きますので、
受け取り操作をお願いいたします。

このたびはご協力いただき、ありがとうございました。

木村
%s

この回答はお役に立ちましたか? 以下のリンクから評価をお願いいたします。
https://survey.aws.training/s/cs?case=%s&lang=ja
""" % (SEAL_JA, D_CASE)
    trace, hdrs = aws_gmail(MISAKI, dt, A_FROM, D_SUBJ, subj_charset='iso-2022-jp')
    return build('ja-second-account-also-merged-rate-link', tpart(text, 'plain', 'iso-2022-jp', '7bit'), trace, hdrs,
                 dict(kind='merge_completed', case_id=D_CASE, account_ids=[D_B, D_KEEP], sender_verified=True,
                      language='ja'))


def m025():
    dt = T(2025, 7, 13, 22, 4, 51)
    subj = 'Misaki, you have 2 new badges to accept'
    badges = ['AWS Certified Developer - Associate', 'AWS Certified SysOps Administrator - Associate']
    links = ['https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
             for _ in badges]
    text = """Hi Misaki,

Amazon Web Services Training and Certification has issued you new badges.
Claim them to show off your verified skills.

- %s
  Accept: %s
- %s
  Accept: %s

Your badges are waiting on Credly. Once accepted you can share them on
LinkedIn, add them to your e-mail signature, and more.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
Manage notifications: https://www.credly.com/users/notifications
""" % (badges[0], links[0], badges[1], links[1])
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:28px">
<h2>Hi Misaki,</h2>
<p>Amazon Web Services Training and Certification has issued you new badges. Claim them to show off your verified skills.</p>
<table width="100%%">
<tr><td><b>%s</b></td><td align="right"><a href="%s" style="background:#ff6b00;color:#fff;padding:8px 16px;text-decoration:none">Accept badge</a></td></tr>
<tr><td><b>%s</b></td><td align="right"><a href="%s" style="background:#ff6b00;color:#fff;padding:8px 16px;text-decoration:none">Accept badge</a></td></tr>
</table>
<p style="font-size:11px;color:#999">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007</p>
</td></tr></table></body></html>
""" % (badges[0], links[0], badges[1], links[1])
    trace, hdrs = credly_gmail(MISAKI, dt, subj)
    return build('credly-two-badges-to-accept', alt(text, html, cte='base64'), trace, hdrs,
                 dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True, language='en'))


# ---------------------------------------------------------------- persona E: Tomasz (M365), duplicate second case
TOMASZ = 'tomasz.nowak@cloudforge.pl'
TOMASZ_N = 'Tomasz Nowak'
E1_OPEN = T(2025, 8, 4, 10, 5, 12)
E1 = case15(E1_OPEN)
E2_OPEN = T(2025, 8, 11, 7, 31, 45)
E2 = case15(E2_OPEN)
E_OLD, E_KEEP = 'AWS07734021', 'AWS11590087'
E2_SUBJ = 'Certification account merge - 2nd request'

CONSOLE_RATE = """=================================

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""


def m026():
    dt = E1_OPEN + _dt.timedelta(seconds=52)
    subj = '[CASE %s] %s' % (E1, FORM_SUBJ)
    text = """Hello,

Thank you for contacting AWS Training and Certification. We've received
your request and opened case %s.

What happens next?
  - An agent will review your request, typically within 24 hours.
  - We'll reply to this e-mail address. You can reply to our message to
    add details.
  - Please don't submit another request for the same issue.

AWS Training and Certification Customer Support
https://aws.amazon.com/training/
""" % E1
    trace, hdrs = aws_outlook(TOMASZ, dt, A_FROM, subj, m365=True)
    return build('first-case-ack-m365', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='case_created', case_id=E1, account_ids=[], sender_verified=True))


def m027():
    dt = E2_OPEN + _dt.timedelta(seconds=9)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % E2
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I submitted the Training and Certification form a
week ago (case %s) and never got an answer. I have two certification
accounts, AWS-07734021 and AWS-11590087, and I would like them merged.
Please help.

You can add more information to the case by visiting the Support Center.

%s
""" % (E2, E2, E2_SUBJ, E1, console_footer(E2))
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>%s</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I submitted the Training and Certification form a week ago (case %s) and never got an answer. I have two certification accounts, AWS-07734021 and AWS-11590087, and I would like them merged. Please help.</td></tr>
</table>
<p>You can add more information to the case by visiting the <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">Support Center</a>.</p>
<p style="font-size:12px;color:#545b64">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
""" % (E2, E2, E2_SUBJ, E1, E2)
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, subj, m365=True)
    return build('second-case-opened-console-mentions-first', alt(text, html, cte='quoted-printable'), trace, hdrs,
                 dict(kind='case_created', case_id=E2, account_ids=[E_OLD, E_KEEP], sender_verified=True))


E2_REPLY_SUBJ = 'RE:[CASE %s] %s' % (E2, E2_SUBJ)


def m028():
    dt = T(2025, 8, 11, 15, 2, 30)
    text = """Hello Tomasz,

Thank you for reaching out, and I'm sorry that your first request went
unanswered.

I can see the earlier case %s for the same request. To avoid working on
it twice, I have closed that one and we will continue here, so there is
no need to reply to the older thread.

Before I can go ahead, I need two things from you:

1. Which account would you like to keep: AWS07734021 or AWS11590087?
2. The sign-in e-mail address of each account.

Please reply through the Support Center link below.

Best regards,

Anjali
Amazon Web Services

%s

%s
""" % (E1, CONSOLE_RATE, console_footer(E2))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, E2_REPLY_SUBJ, m365=True)
    return build('second-case-agent-closes-duplicate-asks-which-to-keep', alt(text, to_html(text), cte='quoted-printable'),
                 trace, hdrs,
                 dict(kind='support_reply', case_id=E2, account_ids=[E_OLD, E_KEEP], sender_verified=True))


def m029():
    dt = T(2025, 8, 11, 15, 4, 2)
    subj = 'Your AWS Training and Certification case %s has been closed' % E1
    text = """Hello,

Your case %s has been closed.

Resolution: This request is a duplicate of case %s, where our team is
already assisting you. All further updates will be sent on that case.

Was your issue resolved?
  Yes: https://survey.aws.training/s/cs?case=%s&r=yes
  No:  https://survey.aws.training/s/cs?case=%s&r=no

Tell us how we did - it takes less than a minute.

AWS Training and Certification Customer Support
""" % (E1, E2, E1, E1)
    trace, hdrs = aws_outlook(TOMASZ, dt, A_FROM, subj, m365=True)
    return build('first-case-closed-as-duplicate-survey', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='survey', case_id=E1, account_ids=[], sender_verified=True))


def m030():
    dt = T(2025, 8, 12, 9, 45, 0)
    text = """Hello Tomasz,

Thank you for the information. I have verified both profiles and this is
what will happen:

    AWS07734021 (tomek.nowak.pl@gmail.com)  -> will be merged and closed
    AWS11590087 (tomasz.nowak@cloudforge.pl) -> will be kept

Your certifications, exam history and benefits from AWS07734021 will all
be moved to AWS11590087. Please be aware this cannot be reversed.

If this is correct, please reply on the case in the Support Center with
your confirmation. I will not start until I receive it.

Best regards,

Anjali
Amazon Web Services

%s

%s
""" % (CONSOLE_RATE, console_footer(E2))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, E2_REPLY_SUBJ, m365=True)
    return build('second-case-confirm-which-merges-into-which', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=E2, account_ids=[E_OLD, E_KEEP], sender_verified=True))


def m031():
    dt = T(2025, 8, 13, 11, 12, 19)
    text = """Hello Tomasz,

Thanks for confirming.

I've started the merge. Your exam history has already been copied over,
but the certifications and benefits are still being transferred, which
can take up to two business days. Until that is finished you may still
see AWS07734021 as a separate active account; please do not book exams or
change anything on it in the meantime.

I'll get back to you on this case as soon as the process is finished.

Best regards,

Anjali
Amazon Web Services

%s

%s
""" % (CONSOLE_RATE, console_footer(E2))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, E2_REPLY_SUBJ, m365=True)
    return build('after-yes-merge-started-not-finished', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='support_reply', case_id=E2, account_ids=[E_OLD], sender_verified=True))


def m032():
    dt = T(2025, 8, 14, 16, 20, 44)
    text = """Hello Tomasz,

The merge has finished: AWS07734021 no longer exists as a separate
account, and all of its certifications and benefits now sit on
AWS11590087. You can keep signing in with tomasz.nowak@cloudforge.pl.

One question before I close the case: your old personal Credly account
still holds two badges. Would you like me to ask Credly to combine it
with the Credly account of your work e-mail as well? Just reply yes or no
on the case.

Best regards,

Anjali
Amazon Web Services

%s

%s
""" % (CONSOLE_RATE, console_footer(E2))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, E2_REPLY_SUBJ, m365=True)
    return build('merge-finished-asks-about-credly', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='merge_completed', case_id=E2, account_ids=[E_OLD, E_KEEP], sender_verified=True))


def m033():
    dt = T(2025, 8, 19, 10, 1, 7)
    subj = 'Amazon Web Services: Your Support case %s has been resolved' % E2
    text = """Hello,

We have resolved your support case %s - %s.

Summary of the resolution:
- Certification accounts AWS07734021 and AWS11590087 were merged on
  14 August 2025; AWS11590087 is the remaining account.
- Your Credly accounts were combined on 18 August 2025.

If you need further help with this issue, you can reopen the case from
the Support Center within 14 days.

How did we do? Tell us about your experience with AWS Support:
https://console.aws.amazon.com/support/feedback?displayId=%s&type=case

%s
""" % (E2, E2_SUBJ, E2, console_footer(E2))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, subj, m365=True)
    return build('resolved-notice-recaps-merge-feedback', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='survey', case_id=E2, account_ids=[E_OLD, E_KEEP], sender_verified=True))

# ---------------------------------------------------------------- persona F: Aisha (Gmail) + phishing
AISHA = 'aisha.khan.cloud@gmail.com'
AISHA_N = 'Aisha Khan'
F_OPEN = T(2025, 9, 8, 13, 22, 5)
F_CASE = case15(F_OPEN)
F_OLD, F_KEEP = 'AWS06071188', 'AWS12330954'
F_SUBJ = 'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ)


def generic_gmail(rcpt, dt, frm, subject, src_host, src_ip, mailfrom, dkim, dmarc, from_dom, p='NONE',
                  spf='pass', msgid=None, extra=(), forged_ar=None, dkim_sigs=()):
    auth = gmail_auth(dkim=dkim, spf=spf, mailfrom=mailfrom, src_ip=src_ip, dmarc=dmarc, p=p, sp=p,
                      from_dom=from_dom)
    trace = gmail_trace(rcpt, dt + _dt.timedelta(seconds=rng.randint(2, 9)), src_host, src_ip, mailfrom, auth)
    if forged_ar:
        trace.append('Authentication-Results: ' + forged_ar)
    trace += list(dkim_sigs)
    hdrs = [('Date', rfc(dt)), ('From', frm), ('To', rcpt), ('Subject', enc_h(subject)),
            ('Message-ID', msgid or '<%s@%s>' % (rhex(24), mailfrom.split('@')[-1]))] + list(extra)
    return trace, hdrs


def m034():
    dt = T(2025, 9, 9, 2, 41, 9)
    fake_case = '18820475530'
    subj = 'RE:[CASE %s] Action required: confirm your AWS Certification account merge' % fake_case
    dom = 'aws-certification-helpdesk.com'
    text = """Dear AWS Certified Professional,

We have received a request to merge your AWS Certification accounts.
Before the merge can be carried out, you must confirm the details below:

    Account to be merged:   AWS06071188
    Account to be retained: AWS12330954

To confirm, sign in with your AWS Certification credentials within 24
hours using the secure link below. If we do not receive your
confirmation, both accounts will be suspended for security reasons.

    https://%s/merge/confirm?ref=%s

Kind regards,
AWS Training and Certification Support Team
Case %s
""" % (dom, rhex(16), fake_case)
    html = to_html(text).replace('https://%s/merge/confirm' % dom, 'https://%s/merge/confirm' % dom)
    trace, hdrs = generic_gmail(
        AISHA, dt, addr('AWS Certification Support', 'support@' + dom), subj,
        'mail.%s' % dom, '185.213.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), 'bounce@' + dom,
        dkim=((dom, 'pass'),), dmarc='pass', from_dom=dom, p='NONE',
        dkim_sigs=[dkim_sig(dom, 'default', dt, headers='From:To:Subject:Date:Message-ID')])
    return build('phish-lookalike-domain-asks-merge-confirmation', alt(text, html, cte='quoted-printable'), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=fake_case, account_ids=[F_OLD, F_KEEP],
                      sender_verified=False))


def m035():
    dt = T(2025, 9, 10, 19, 7, 55)
    subj = 'Your AWS Certification accounts have been merged - claim your exam benefit'
    ip = '91.219.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    mf = 'info@promo-mailer-eu.top'
    forged = ('mx.amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n'
              '       dmarc=pass header.from=amazon.com')
    text = """Hello,

Good news! The merge of your AWS Certification accounts is complete and
all certifications are now available on AWS 12330954.

Because your accounts were combined, the 50%% exam discount must be
re-activated. Please verify your billing details within 48 hours to keep
the benefit:

https://aws-benefits-reactivation.top/verify?uid=%s

Thank you,
Amazon Web Services
""" % rhex(12)
    trace, hdrs = generic_gmail(
        AISHA, dt, addr(AWS_NAME, FORM_ADDR), subj, 'vps-%d.promo-mailer-eu.top' % rng.randint(100, 999), ip, mf,
        dkim=(('promo-mailer-eu.top', 'pass'),), spf='softfail', dmarc='fail', from_dom='amazon.com', p='QUARANTINE',
        msgid='<%s@promo-mailer-eu.top>' % rhex(20), forged_ar=forged,
        dkim_sigs=[dkim_sig('promo-mailer-eu.top', 'mail', dt)])
    return build('spoofed-amazon-dmarc-fail-merge-complete', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='merge_completed', case_id=None, account_ids=[F_KEEP], sender_verified=False))


def m036():
    dt = T(2025, 9, 12, 6, 30, 2)
    dom = 'aws-training-cert.net'
    subj = 'URGENT: AWS Certification status - verify candidate ID AWS12330954'
    text = """Dear Candidate,

Our records show that your AWS Certification (candidate ID AWS12330954)
is flagged for expiry because your profile could not be validated.

To avoid losing your certification and digital badges, confirm your
identity now:

https://%s/validate?candidate=AWS12330954

This link expires in 48 hours.

AWS Certification Program
""" % dom
    trace, hdrs = generic_gmail(
        AISHA, dt, addr('AWS Certification', 'noreply@' + dom), subj, 'smtp.%s' % dom,
        '45.141.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), 'noreply@' + dom,
        dkim=(), dmarc='none', from_dom=dom, p='NONE')
    return build('phish-not-about-merge-expiry-scare', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[F_KEEP], sender_verified=False))


# ---------------------------------------------------------------- Priya's second case (Credly badges)
A2_OPEN = T(2025, 6, 3, 9, 10, 0)
A2 = case15(A2_OPEN)
A2_SUBJ = 'Credly badge not moved after certification account merge'


def m037():
    dt = A2_OPEN + _dt.timedelta(seconds=14)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % A2
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: My accounts aws04417283 and aws10295561 were merged under
case %s. The Cloud Practitioner badge arrived on Credly, but the
Solutions Architect - Associate badge is still on my old Credly profile.
Can you move it?

%s
""" % (A2, A2, A2_SUBJ, A_CASE, console_footer(A2))
    trace, hdrs = aws_gmail(PRIYA, dt, CONSOLE_FROM, subj)
    return build('priya-second-case-opened-credly', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='case_created', case_id=A2, account_ids=[A_OLD, A_NEW], sender_verified=True))


def m038():
    dt = T(2025, 6, 4, 3, 55, 41)
    subj = 'RE:[CASE %s] %s' % (A2, A2_SUBJ)
    text = """Hello Priya,

Thanks for reaching out. I've checked your records and I can confirm the
Solutions Architect - Associate badge is still linked to the Credly
profile of your former university e-mail.

I have asked our Credly contacts to move it to your current profile.
This is handled by their team and usually takes 3-5 business days. I'll
keep this case open and update you here as soon as I hear back; there's
nothing you need to do in the meantime.

Best regards,

Hiroshi T.
Amazon Web Services

%s

%s
""" % (CONSOLE_RATE, console_footer(A2))
    trace, hdrs = aws_gmail(PRIYA, dt, CONSOLE_FROM, subj, region='us-west-2')
    return build('priya-second-case-credly-escalated-status', alt(text, to_html(text), cte='quoted-printable'), trace,
                 hdrs, dict(kind='support_reply', case_id=A2, account_ids=[], sender_verified=True))


# ---------------------------------------------------------------- persona H: Kevin (Yahoo, 2020, 10-digit case)
KEVIN = 'kevin_obrien77@yahoo.com'
H_CASE = '7041125581'
H_OLD, H_KEEP = 'AWS00981374', 'AWS01662390'


def yahoo_trace(rcpt, dt, src_host, src_ip, auth):
    d = rfc(dt.astimezone(_dt.timezone(_dt.timedelta(hours=-4))))
    return ['X-Apparently-To: %s; %s' % (rcpt, rfc(dt)),
            'Return-Path: <%s>' % auth_mailfrom(auth),
            'Received-SPF: pass (domain of amazonses.com designates %s as permitted sender)' % src_ip,
            'Authentication-Results: atlas%d.mail.ne1.yahoo.com;\n%s' % (rng.randint(100, 400), auth),
            'X-YMailISG: %s' % rb64(60),
            'Received: from %s (EHLO %s) (%s)\n  by mta%d.mail.ne1.yahoo.com with SMTPS; %s' % (
                src_host, src_host, src_ip, rng.randint(1000, 9999), d)]


def yahoo_auth(mailfrom, dkim_d, from_dom, p='QUARANTINE'):
    return (' dkim=pass header.i=@%s header.s=%s;\n spf=pass smtp.mailfrom=%s;\n dmarc=pass(p=%s) header.from=%s;' % (
        dkim_d, rhex(8), mailfrom, p, from_dom))


def m039():
    dt = T(2020, 6, 10, 21, 14, 6)
    subj = 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)
    text = """Hi Kevin,

All done - I've merged your accounts. %s is your active account from
now on and %s has been retired. Your certifications from both accounts
show up under %s.

Thanks,
Mike
AWS Certification

-----Original Message-----
From: Kevin O'Brien <%s>
Sent: Tuesday, June 9, 2020 10:14 AM
To: Amazon Web Services <%s>
Subject: Re: [CASE %s] %s

Yep that's right, go ahead and merge the old one into the new one.

Kevin
""" % (H_KEEP, H_OLD, H_KEEP, KEVIN, FORM_ADDR, H_CASE, FORM_SUBJ)
    ip, host, mf, dom = ses_src(None, dt)
    trace = yahoo_trace(KEVIN, dt, host, ip, yahoo_auth(mf, 'amazon.com', 'amazon.com')) + amazon_dkim(dt)
    hdrs = [('Date', rfc(dt)), ('From', A_FROM), ('To', KEVIN), ('Message-ID', ses_msgid(dt)), ('Subject', subj)]
    return build('2020-yahoo-all-done-terse', tpart(text, 'plain', 'us-ascii', '7bit'), trace, hdrs,
                 dict(kind='merge_completed', case_id=H_CASE, account_ids=[H_OLD, H_KEEP], sender_verified=True))


def m040():
    dt = T(2020, 6, 12, 14, 2, 33)
    subj = "Kevin, you've earned a badge from Amazon Web Services Training and Certification"
    link = 'https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = """Kevin, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
following badge:

AWS Certified Solutions Architect - Professional

Accept your badge to start sharing it:
%s

Acclaim by Credly | 1 World Trade Center | New York, NY 10007
""" % link
    html = """<html><body><table width="600" align="center" style="font-family:Arial"><tr><td>
<h1 style="font-size:22px">Kevin, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="%s" style="background:#0f6cbf;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="color:#999;font-size:11px">Acclaim by Credly | 1 World Trade Center | New York, NY 10007</p>
</td></tr></table></body></html>
""" % link
    ip = '167.89.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    host = 'o%d.sg.youracclaim.com' % rng.randint(1, 9)
    mf = 'bounces+%d-%s-kevin_obrien77=yahoo.com@sg.youracclaim.com' % (rng.randint(1000000, 9999999), rhex(4))
    trace = yahoo_trace(KEVIN, dt, host, ip, yahoo_auth(mf, 'youracclaim.com', 'youracclaim.com', 'NONE'))
    trace.append(dkim_sig('youracclaim.com', 's1', dt, headers='from:subject:mime-version:content-type:to'))
    hdrs = [('Date', rfc(dt)), ('From', addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')),
            ('To', KEVIN), ('Subject', subj), ('Message-ID', '<%s@ismtpd0%03d.sendgrid.net>' % (rb64(22).replace('/', '_'), rng.randint(1, 200)))]
    return build('2020-acclaim-badge-earned', alt(text, html, charset='us-ascii', cte='7bit'), trace, hdrs,
                 dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True))


# ---------------------------------------------------------------- look-alikes (unrelated)
def m041():
    dt = T(2025, 8, 16, 8, 44, 10)
    subj = 'Your Credly account merge verification code'
    code = '%06d' % rng.randint(0, 999999)
    text = """Hi Tomasz,

We received a request to merge the Credly account tomek.nowak.pl@gmail.com
into your account tomasz.nowak@cloudforge.pl.

Your verification code is: %s

Enter this code on Credly, or click the link below to finish:

Complete Account Merge:
https://www.credly.com/users/merge_accounts/confirm?token=%s

If you did not request this, you can ignore this e-mail. The code expires
in 30 minutes.

The Credly Team
""" % (code, rhex(40))
    frm = addr('Credly', 'no-reply@credly.com')
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    ip_host = 'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    auth = outlook_auth(ip=ip, mailfrom_dom='em.credly.com', dkim_d='credly.com', from_dom='credly.com')
    trace = outlook_trace(dt + _dt.timedelta(seconds=3), ip_host, ip, 'em.credly.com', auth, m365=True)
    trace.append(dkim_sig('credly.com', 's1', dt, headers='from:subject:mime-version:content-type:to'))
    hdrs = [('Date', rfc(dt)), ('From', frm), ('To', TOMASZ), ('Subject', subj),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_'), rng.randint(1, 40)))]
    return build('credly-self-service-merge-code', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True))


def m042():
    dt = T(2025, 10, 2, 15, 0, 4)
    subj = 'Reminder: your AWS Certified Developer - Associate badge expires in 90 days'
    text = """Hi Marco,

Your badge AWS Certified Developer - Associate, issued by Amazon Web
Services Training and Certification, will expire on December 31, 2025.

Check with the issuer for recertification options:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    host = 'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    auth = outlook_auth(ip=ip, mailfrom_dom='em.credly.com', dkim_d='credly.com', from_dom='credly.com')
    trace = outlook_trace(dt + _dt.timedelta(seconds=3), host, ip, 'em.credly.com', auth)
    trace.append(dkim_sig('credly.com', 's1', dt, headers='from:subject:mime-version:content-type:to'))
    hdrs = [('Date', rfc(dt)), ('From', CREDLY_FROM), ('To', MARCO), ('Subject', subj),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_'), rng.randint(1, 40)))]
    return build('credly-badge-expiry-reminder', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True))


def m043():
    dt = T(2025, 6, 20, 17, 30, 0)
    subj = 'AWS Certification wants to hear from you'
    text = """Hello Priya,

Thank you for being part of the AWS Certification community. We would
like to hear about your experience with the AWS Certification program.

The survey takes about 10 minutes. Your answers are anonymous and will
help us improve exams and benefits for all candidates.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

Candidate ID: AWS10295561

Thank you,
AWS Certification

You are receiving this e-mail because you hold an AWS Certification.
""" % rhex(16)
    ip = '52.%d.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    trace, hdrs = generic_gmail(
        PRIYA, dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), subj,
        'mail%d.certmetrics.com' % rng.randint(1, 4), ip, 'bounce@certmetrics.com',
        dkim=(('certmetrics.com', 'pass'),), dmarc='pass', from_dom='certmetrics.com', p='REJECT',
        dkim_sigs=[dkim_sig('certmetrics.com', 'selector1', dt)])
    return build('certmetrics-wants-to-hear-from-you', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[A_NEW], sender_verified=False))


def m044():
    dt = T(2025, 8, 20, 12, 9, 38)
    bill_open = T(2025, 8, 19, 8, 0, 51)
    bill_case = case15(bill_open)
    subj = 'RE:[CASE %s] Unexpected NAT Gateway charges on July invoice' % bill_case
    text = """Hello Tomasz,

Thank you for contacting AWS Billing and Accounts.

I reviewed the July invoice of account 4821-0093-7716. The charges of
USD 312.44 come from NAT Gateway data processing in eu-central-1. The
gateway nat-0a1b2c3d4e5f is still running; if it is not needed, please
delete it to stop further charges.

As a one-time courtesy I have submitted a credit request for the July
amount. You will receive an update on this case within 3-5 business
days.

Best regards,

Lukas
Amazon Web Services

%s

%s
""" % (CONSOLE_RATE, console_footer(bill_case))
    trace, hdrs = aws_outlook(TOMASZ, dt, CONSOLE_FROM, subj, m365=True)
    return build('other-aws-case-billing-nat-gateway', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=bill_case, account_ids=[], sender_verified=True))


def m045():
    q_open = T(2025, 9, 15, 4, 12, 30)
    q_case = case15(q_open)
    dt = q_open + _dt.timedelta(seconds=11)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % q_case
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Mumbai)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: GPU training workload for the team merging two
pipelines into one.

%s
""" % (q_case, q_case, console_footer(q_case))
    trace, hdrs = aws_gmail(AISHA, dt, CONSOLE_FROM, subj)
    return build('other-aws-case-quota-increase-opened', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=q_case, account_ids=[], sender_verified=True))


def m046():
    dt = T(2025, 7, 22, 19, 40, 12)
    sc_case = '6120457738'
    subj = 'RE:[CASE %s] Request to merge two seller accounts' % sc_case
    text = """Hello,

Thank you for contacting Amazon Seller Support.

We have reviewed your request to merge your two selling accounts. To
proceed, please confirm which account should remain active and provide
the Merchant Token of each account. Note that listings, reviews and
account health metrics cannot be transferred between accounts.

You can reply to this case from Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Thank you for selling with Amazon,
Anna
Amazon Seller Support

Was this e-mail helpful? Yes / No
""" % sc_case
    ip, host, mf, dom = ses_src(None, dt)
    auth = gmail_auth(mailfrom=mf, src_ip=ip, dmarc='pass')
    trace = gmail_trace(MARCO.replace('outlook.com', 'gmail.com'), dt + _dt.timedelta(seconds=3), host, ip, mf, auth) + amazon_dkim(dt)
    hdrs = [('Date', rfc(dt)), ('From', addr('Amazon Seller Support', 'seller-support-noreply@amazon.com')),
            ('To', MARCO.replace('outlook.com', 'gmail.com')), ('Message-ID', ses_msgid(dt)), ('Subject', subj)]
    return build('seller-central-case-merge-seller-accounts', alt(text, to_html(text), cte='quoted-printable'), trace,
                 hdrs, dict(kind='unrelated', case_id=sc_case, account_ids=[], sender_verified=True))


def m047():
    dt = T(2025, 7, 5, 3, 12, 0)
    subj = 'Pearson VUE Confirmation of Booking, AWS Certified Solutions Architect - Professional'
    text = """Dear Misaki Sato,

Thank you for scheduling your exam. Please keep this confirmation.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Appointment: Thursday, July 10, 2025, 10:00 JST
Location: Online (OnVUE)
Registration ID: 491 882 310
Candidate ID: AWS05527716

Please run the system test before your appointment:
https://home.pearsonvue.com/aws/onvue

Pearson VUE
""" 
    ip = '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    trace, hdrs = generic_gmail(
        MISAKI, dt, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), subj,
        'mail%d.pearson.com' % rng.randint(1, 9), ip, 'bounces@pearson.com',
        dkim=(('pearson.com', 'pass'),), dmarc='pass', from_dom='pearson.com', p='REJECT',
        dkim_sigs=[dkim_sig('pearson.com', 'pvue', dt)])
    return build('pearson-vue-booking-confirmation', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[D_B], sender_verified=False))

# ---------------------------------------------------------------- more look-alikes and boundaries
def m048():
    dt = T(2025, 9, 30, 7, 58, 40)
    rcpt = 'lena@fischer-it.de'
    code = '%06d' % rng.randint(0, 999999)
    subj = 'Verify your AWS Builder ID email address'
    text = """Hello,

Thank you for creating your AWS Builder ID. To finish, enter this
verification code:

Verification code: %s

This code expires in 10 minutes. If you did not request a code, you can
ignore this e-mail.

Thanks,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % code
    d = rfc(dt.astimezone(CEST))
    ip, host, mf, dom = ses_src(None, dt)
    trace = ['Return-Path: <%s>' % mf,
             'Delivered-To: lena@fischer-it.de',
             'Received: from localhost (localhost [127.0.0.1])\n\tby mail.fischer-it.de (Postfix) with ESMTP id 4cB7kQ1Hz8z9sTQ\n\tfor <lena@fischer-it.de>; %s' % d,
             'X-Virus-Scanned: Debian amavis at mail.fischer-it.de',
             'Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mail.fischer-it.de (Postfix) with ESMTPS id 4cB7kP6yJ0z9sTN\n\tfor <lena@fischer-it.de>; %s' % (host, host, ip, d),
             dkim_sig('signin.aws', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', dt),
             dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt)]
    hdrs = [('Date', rfc(dt)), ('From', addr('AWS Builder ID', 'no-reply@signin.aws')), ('To', rcpt),
            ('Message-ID', ses_msgid(dt)), ('Subject', subj),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43))]
    return build('builder-id-code-no-auth-results', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=None))


def m049():
    dt = T(2025, 8, 15, 9, 3, 11)
    subj = 'Re: [cloudforge/cert-tools] Merge duplicate candidate accounts in export (PR #412)'
    text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/cloudforge/cert-tools/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <cloudforge/cert-tools/pull/412/issue_event/%d@github.com>
""" % (rng.randint(10**10, 10**11), rng.randint(10**10, 10**11))
    ip = '192.30.252.%d' % rng.randint(190, 210)
    host = 'out-%d.smtp.github.com' % rng.randint(10, 30)
    auth = outlook_auth(ip=ip, mailfrom_dom='github.com', dkim_d='github.com', from_dom='github.com')
    trace = outlook_trace(dt + _dt.timedelta(seconds=2), host, ip, 'github.com', auth, m365=True)
    trace.append(dkim_sig('github.com', 'pf2023', dt))
    hdrs = [('Date', rfc(dt)), ('From', addr('Jan Kowalski', 'notifications@github.com')), ('Reply-To', 'cloudforge/cert-tools <reply+%s@reply.github.com>' % ralnum(40)),
            ('To', 'cloudforge/cert-tools <cert-tools@noreply.github.com>'),
            ('Cc', '%s <%s>, State change <state_change@noreply.github.com>' % (TOMASZ_N, TOMASZ)),
            ('Message-ID', '<cloudforge/cert-tools/pull/412/issue_event/%d@github.com>' % rng.randint(10**10, 10**11)),
            ('In-Reply-To', '<cloudforge/cert-tools/pull/412@github.com>'),
            ('References', '<cloudforge/cert-tools/pull/412@github.com>'),
            ('Subject', subj), ('List-ID', 'cloudforge/cert-tools <cert-tools.cloudforge.github.com>'),
            ('X-GitHub-Reason', 'author')]
    html = '<p>Merged <a href="https://github.com/cloudforge/cert-tools/pull/412" class="issue-link">#412</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/cloudforge/cert-tools/pull/412">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n'
    return build('github-pr-merged-notification', alt(text, html, cte='7bit', charset='us-ascii'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=False))


def m050():
    dt = T(2023, 3, 25, 11, 16, 2)
    subj = 'Marco, your badge from Amazon Web Services Training and Certification is ready to accept'
    link = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = """Hello Marco,

Your badge is ready! Amazon Web Services Training and Certification has
issued you the AWS Certified Developer - Associate badge.

This badge was previously issued to another e-mail address and has been
re-issued to marco.bianchi84@outlook.com.

Accept badge: %s

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""" % link
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    host = 'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    auth = outlook_auth(ip=ip, mailfrom_dom='em.credly.com', dkim_d='credly.com', from_dom='credly.com')
    trace = outlook_trace(dt + _dt.timedelta(seconds=3), host, ip, 'em.credly.com', auth)
    trace.append(dkim_sig('credly.com', 's1', dt, headers='from:subject:mime-version:content-type:to'))
    hdrs = [('Date', rfc(dt)), ('From', CREDLY_FROM), ('To', MARCO), ('Subject', subj),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_'), rng.randint(1, 40)))]
    html = to_html(text).replace('Accept badge: <a', 'Accept badge: <a style="background:#ff6b00;color:#fff;padding:6px 14px"')
    return build('2023-credly-badge-reissued-ready-to-accept', alt(text, html, cte='base64'), trace, hdrs,
                 dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True))


def m051():
    dt = T(2025, 8, 27, 1, 0, 0)
    subj = 'AWS トレーニングと認定 ニュースレター 2025 年 8 月号'
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS トレーニングと認定 ニュースレター</title></head>
<body style="margin:0;background:#eaeded;font-family:'Hiragino Sans','Meiryo',sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="font-size:20px;color:#232f3e">AWS トレーニングと認定 ニュースレター 2025 年 8 月号</h1>
<h2 style="font-size:16px">新しい認定試験: AWS Certified Generative AI Developer - Professional (ベータ)</h2>
<p>ベータ試験の受付を開始しました。受験料は通常の 50%% です。</p>
<h2 style="font-size:16px">よくあるご質問: 認定アカウントが 2 つある場合</h2>
<p>複数の認定アカウントをお持ちの場合は、お問い合わせフォームから「アカウントの統合」を選択してご依頼ください。統合には数営業日かかる場合があります。</p>
<h2 style="font-size:16px">AWS Skill Builder 新着コース</h2>
<ul><li>Amazon Bedrock 入門(日本語字幕)</li><li>AWS Well-Architected ラボ</li></ul>
<p><a href="https://aws.amazon.com/jp/training/">詳細はこちら</a></p>
<hr><p style="font-size:11px;color:#687078">このメールは配信登録されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
    ip, host, mf, dom = ses_src(None, dt)
    trace_auth = jp_auth(mf)
    trace = jp_trace(TANAKA, dt + _dt.timedelta(seconds=5), host, ip, NIFTY[0], trace_auth, NIFTY[1]) + amazon_dkim(dt)
    hdrs = [('Date', rfc(dt)), ('From', addr('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com')),
            ('To', TANAKA), ('Message-ID', ses_msgid(dt)), ('Subject', enc_h(subj, 'utf-8-q')),
            ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html?id=%s>' % rhex(16))]
    return build('ja-newsletter-mentions-account-merge-faq', tpart(html, 'html', 'utf-8', 'base64'), trace, hdrs,
                 dict(kind='unrelated', case_id=None, account_ids=[], sender_verified=True, language='ja'))


def m052():
    dt = T(2025, 6, 12, 2, 33, 50)
    subj = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
    text = """田中 健太 様

AWS サポートの山本でございます。
追加でご質問をいただき、ありがとうございます。

再受験のルールについてご案内いたします。
不合格となった場合、14 日間の待機期間を経過すると再度ご予約いただけます。
回数の上限はございませんが、その都度受験料が必要となります。
なお、6 月 20 日にご予約の試験の日程を変更される場合は、試験日の
24 時間前までに Pearson VUE のサイトから操作を行ってください。

そのほかご不明な点がございましたら、お気軽にお問い合わせください。

山本
Amazon Web Services

%s
""" % console_footer(B_CASE, 'ja')
    trace, hdrs = aws_jp(TANAKA, dt, CONSOLE_FROM, subj, NIFTY[0], NIFTY[1], subj_charset='utf-8-q')
    return build('ja-answers-retake-policy-not-merge', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='support_reply', case_id=B_CASE, account_ids=[], sender_verified=True, language='ja'))


# ---------------------------------------------------------------- persona I: Daniel (Proton)
DANIEL = 'd.okafor@proton.me'
DANIEL_N = 'Daniel Okafor'
I_OPEN = T(2025, 10, 6, 14, 3, 27)
I_CASE = case15(I_OPEN)
I_OLD, I_KEEP = 'AWS05092288', 'AWS12004417'
I_SUBJ = 'RE: [CASE %s] %s' % (I_CASE, FORM_SUBJ)


def proton_trace(rcpt, dt, src_host, src_ip, mailfrom, dmarc='pass', from_dom='amazon.com'):
    d = rfc(dt)
    auth = ('mail.protonmail.ch; dkim=pass (Good\n 2048 bit rsa-sha256 signature) header.d=%s\n header.a=rsa-sha256; '
            'spf=pass smtp.mailfrom=%s;\n dmarc=%s (p=quarantine dis=none) header.from=%s' % (
                from_dom, mailfrom.split('@')[-1], dmarc, from_dom))
    return ['Return-Path: <%s>' % mailfrom,
            'X-Original-To: %s' % rcpt,
            'Delivered-To: %s' % rcpt,
            'Authentication-Results: ' + auth,
            'Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=%s' % src_ip,
            'Received: from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature\n RSA-PSS (2048 bits)) (No client certificate requested) by mailin%03d.protonmail.ch\n (Postfix) with ESMTPS id 4cM%s for <%s>; %s' % (
                src_host, src_host, src_ip, rng.randint(1, 60), ralnum(10), rcpt, d)]


def aws_proton(rcpt, dt, frm, subject):
    ip, host, mf, dom = ses_src(None, dt)
    trace = proton_trace(rcpt, dt + _dt.timedelta(seconds=2), host, ip, mf) + amazon_dkim(dt)
    _, hdrs = aws_mail_headers(dt, frm, rcpt, subject)
    return trace, hdrs


def m053():
    dt = T(2025, 10, 7, 16, 20, 15)
    text = """Hi Daniel,

Thanks for contacting AWS Training and Certification.

I've found both candidate profiles you mentioned. Before we can combine
them, there is one thing we need to sort out: the legal name on
AWS05092288 is "Daniel Okafor" while the one on AWS12004417 is "Danny
Okafor-Bell". For security reasons we can only combine profiles whose
names match.

Could you please update the name on one of the profiles so that both
match exactly (Profile > Edit in the Certification portal), and let me
know once that's done? If you can't edit it yourself, reply with a short
note explaining the difference and I'll look into other options.

Best regards,

Chloe B.
AWS Training and Certification Customer Support
Amazon Web Services
"""
    trace, hdrs = aws_proton(DANIEL, dt, A_FROM, I_SUBJ)
    return build('names-differ-please-fix-before-merge', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='support_reply', case_id=I_CASE, account_ids=[I_OLD, I_KEEP], sender_verified=True))


I_REQ = """Hi Daniel,

Thank you for updating the name - both profiles now match.

Here is what we will do:

  - AWS 05092288 will be merged into AWS 12004417
  - AWS 12004417 remains your account; AWS 05092288 will be closed

This action is permanent. Please reply to this e-mail to confirm that
you want us to proceed.

Best regards,
Chloe B."""


def m054():
    dt = T(2025, 10, 14, 9, 5, 0)
    text = """Hi Daniel,

I'm following up on my e-mail from October 9, as I haven't received your
confirmation yet and I don't want your request to stall.

To recap, this is the change that is waiting for your OK:

  - aws05092288 will be merged into aws12004417
  - aws12004417 stays active as your only account

Merges cannot be undone, so we need your explicit confirmation. Just
reply "I confirm" to this e-mail and I'll take it from there. If I don't
hear back by October 21, I will close the case; you can always reopen it
by replying.

Best regards,

Chloe B.
AWS Training and Certification Customer Support
Amazon Web Services

%s
%s
""" % (gmail_on(T(2025, 10, 9, 11, 2), AWS_NAME, FORM_ADDR), q(I_REQ))
    trace, hdrs = aws_proton(DANIEL, dt, A_FROM, I_SUBJ)
    return build('chaser-restates-accounts-asks-confirm', alt(text, to_html(text), cte='base64'), trace, hdrs,
                 dict(kind='merge_confirmation_requested', case_id=I_CASE, account_ids=[I_OLD, I_KEEP],
                      sender_verified=True))


def m055():
    dt = T(2025, 10, 15, 13, 47, 30)
    user = """I confirm. Sorry for the delay, I was travelling.

Daniel

Sent with Proton Mail secure email.

On Tuesday, October 14th, 2025 at 11:05 AM, Amazon Web Services <%s> wrote:

> Hi Daniel,
>
> I'm following up on my e-mail from October 9, as I haven't received your
> confirmation yet and I don't want your request to stall.
>
> To recap, this is the change that is waiting for your OK:
>
>   - aws05092288 will be merged into aws12004417
>   - aws12004417 stays active as your only account
>
> > Hi Daniel,
> >
> > Thank you for updating the name - both profiles now match.""" % FORM_ADDR
    text = """Hi Daniel,

No problem at all, and thank you for confirming!

The merge has been carried out this morning. All of your certifications,
your exam history and the 50%% discount voucher now sit on one single
profile, and the second profile is closed. Please sign out and back in
to see the change.

Best regards,

Chloe B.
AWS Training and Certification Customer Support
Amazon Web Services

-----Original Message-----
From: Daniel Okafor <%s>
Sent: Wednesday, October 15, 2025 6:12 AM
To: Amazon Web Services <%s>
Subject: Re: %s

%s
""" % (DANIEL, FORM_ADDR, I_SUBJ, user)
    trace, hdrs = aws_proton(DANIEL, dt, A_FROM, I_SUBJ)
    return build('thanks-for-confirming-merge-already-done', alt(text, to_html(text), cte='quoted-printable'), trace,
                 hdrs, dict(kind='merge_completed', case_id=I_CASE, account_ids=[], sender_verified=True))


# ---------------------------------------------------------------- persona J: Olivia (iCloud), closure for no response
OLIVIA = 'olivia.martin@icloud.com'


def m056():
    j_open = T(2025, 9, 22, 20, 41, 3)
    j_case = case15(j_open)
    dt = T(2025, 10, 3, 18, 0, 12)
    subj = 'Your AWS Training and Certification case %s has been closed' % j_case
    text = """Hello Olivia,

We haven't heard back from you since September 26 about which of your two
certification accounts you would like to keep, so we have closed case
%s.

If you still want your accounts merged, simply reply to this e-mail
within 14 days with the candidate ID of the account to keep, and the case
will reopen.

We'd love your feedback
Was your issue resolved?  Yes / No
https://survey.aws.training/s/cs?case=%s

Rate your experience (1-5):
https://survey.aws.training/s/cs?case=%s&rate

AWS Training and Certification Customer Support
""" % (j_case, j_case, j_case)
    ip, host, mf, dom = ses_src(None, dt)
    d = rfc(dt)
    trace = ['Received: from %s by p%02d-icloudmta-asmtp-us-west-1a-100-percent-%d (mailgateway 2529B123)\n\twith SMTP id %s\n\tfor %s; %s' % (
                 host, rng.randint(0, 99), rng.randint(1, 20), rhex(36), OLIVIA, d),
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (rb64(8), rb64(8)),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received-SPF: pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (mf, ip, ip, host, mf),
             'Return-Path: <%s>' % mf] + amazon_dkim(dt)
    _, hdrs = aws_mail_headers(dt, A_FROM, OLIVIA, subj)
    return build('closed-no-response-reopen-by-reply-survey', alt(text, to_html(text), cte='quoted-printable'), trace,
                 hdrs, dict(kind='survey', case_id=j_case, account_ids=[], sender_verified=True))


def m057():
    d2_open = T(2025, 7, 18, 2, 27, 19)
    d2 = case15(d2_open)
    dt = d2_open + _dt.timedelta(seconds=12)
    subj = 'Amazon Web Services: 新しいサポートケースが作成されました: %s' % d2
    text = """佐藤 美咲 様

Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせについて、ケース %s を作成しました。

ケース ID: %s
件名: 統合後に 50%% 割引バウチャーが表示されない
重要度: 一般的なガイダンス
説明:
先日、別のケース(%s)で認定アカウントを AWS09104452 に統合して
いただきました。統合は完了したとの連絡をいただきましたが、
Benefits の画面に割引バウチャーが表示されません。確認をお願いします。

担当者より追ってご連絡いたします。

%s
""" % (d2, d2, D_CASE, console_footer(d2, 'ja'))
    trace, hdrs = aws_gmail(MISAKI, dt, CONSOLE_FROM, subj, subj_charset='utf-8')
    return build('ja-second-case-opened-voucher-after-merge', alt(text, to_html(text), charset='utf-8', cte='base64'),
                 trace, hdrs,
                 dict(kind='case_created', case_id=d2, account_ids=[D_KEEP], sender_verified=True, language='ja'))


def m058():
    dt = T(2025, 9, 11, 10, 26, 44)
    text = """Hello Aisha,

Thank you for your patience.

Your request to merge AWS06071188 into AWS12330954 is currently being
reviewed by our team. We are checking the exam history on both profiles
and will get back to you on this case with the next steps shortly. No
action is required from you right now.

You mentioned receiving an e-mail that asked you to confirm the merge
through a link. Please ignore it: it was not sent by us. We will only
ever write to you from this address, we never ask for your password or
payment details, and any confirmation we need is given by simply
replying to our e-mail.

Best regards,

Marisol V.
AWS Training and Certification Customer Support
Amazon Web Services
"""
    trace, hdrs = aws_gmail(AISHA, dt, A_FROM, F_SUBJ, region='us-west-2')
    return build('working-on-it-and-phishing-warning', alt(text, to_html(text), cte='quoted-printable'), trace, hdrs,
                 dict(kind='support_reply', case_id=F_CASE, account_ids=[F_OLD, F_KEEP], sender_verified=True))


def m059():
    dt = T(2025, 6, 18, 0, 12, 5)
    subj = 'Kenta, Amazon Web Services Training and Certification sent you a badge'
    link = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share your achievement:
%s

Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007
""" % link
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    host = 'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    mf = 'bounces+%d-%s-kenta.tanaka=nifty.com@em.credly.com' % (rng.randint(1000000, 9999999), rhex(4))
    auth = jp_auth(mf, dkim_d='credly.com', from_dom='credly.com', extra_ses=False)
    trace = jp_trace(TANAKA, dt + _dt.timedelta(seconds=3), host, ip, NIFTY[0], auth, NIFTY[1])
    trace.append(dkim_sig('credly.com', 's1', dt, headers='from:subject:mime-version:content-type:to'))
    hdrs = [('Date', rfc(dt)), ('From', CREDLY_FROM), ('To', TANAKA), ('Subject', subj),
            ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_'), rng.randint(1, 40)))]
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td style="padding:24px;text-align:center">
<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 1 World Trade Center, Suite 8500 | New York, NY 10007</p></td></tr></table></body></html>
""" % link
    return build('credly-badge-to-nifty-after-merge', alt(text, html, cte='quoted-printable'), trace, hdrs,
                 dict(kind='credly_badge_issued', case_id=None, account_ids=[], sender_verified=True))


def m060():
    dt = T(2025, 9, 16, 21, 38, 9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px">
<p>Hello Aisha,</p>
<p>Thank you for confirming the details on September 15.</p>
<p>We have now completed the consolidation of your certification profiles:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr style="background:#f2f3f3"><th align="left">Candidate ID</th><th align="left">Status</th></tr>
<tr><td>AWS06071188</td><td>Merged &mdash; closed</td></tr>
<tr><td>AWS12330954</td><td>Active &mdash; holds all certifications and benefits</td></tr>
</table>
<p>Please sign out of the Certification portal and sign in again to see the combined record. Your Credly badges will be re-issued to aisha.khan.cloud@gmail.com within a few days.</p>
<p>As a reminder, please disregard any e-mail about this request that does not come from this address.</p>
<p>Best regards,<br><br>Marisol V.<br>AWS Training and Certification Customer Support<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">Was this response helpful? <a href="https://survey.aws.training/s/cs?case=%s&amp;r=yes">Yes</a> | <a href="https://survey.aws.training/s/cs?case=%s&amp;r=no">No</a></p>
</div></body></html>
""" % (F_CASE, F_CASE)
    trace, hdrs = aws_gmail(AISHA, dt, A_FROM, F_SUBJ, region='us-west-2')
    return build('html-only-consolidation-completed-table', tpart(html, 'html', 'utf-8', 'base64'), trace, hdrs,
                 dict(kind='merge_completed', case_id=F_CASE, account_ids=[F_OLD, F_KEEP], sender_verified=True))

# @@MAILS@@


# ================================================================ RUN
def write_all():
    for fn in sorted(k for k in globals() if re.fullmatch(r'm\d{3}', k)):
        globals()[fn]()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, raw in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    write_all()
