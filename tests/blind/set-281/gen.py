#!/usr/bin/env python3
"""Generator for blind set 281: AWS Certification account-merge mailbox test data.

Writes NNN-description.eml files and labels.json into this folder.
Each mail: raw (pre-folded) transport headers + a MIME body built with the
`email` package.
"""
import base64
import calendar
import datetime as dt
import email
import email.header
import email.utils
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(281)
MAILS = []  # (fname, bytes, label)
ID_RE = re.compile(r'(?i)\bAWS[ \-]?(\d{8})\b')

# ---------------------------------------------------------------- helpers


def utc(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc)


def ts(t):
    return int(t.timestamp())


def case15(t, tail=None):
    """15-digit case id: unix time of opening + 5 digits."""
    if tail is None:
        tail = '%05d' % R.randint(0, 99999)
    return '%d%s' % (ts(t), tail)


def rfc_date(t, offset_h=0, tzname=None, zero_pad=False):
    tz = dt.timezone(dt.timedelta(hours=offset_h))
    lt = t.astimezone(tz)
    day = '%02d' % lt.day if zero_pad else str(lt.day)
    sign = '+' if offset_h >= 0 else '-'
    off = '%s%02d%02d' % (sign, abs(int(offset_h)), int(abs(offset_h) * 60) % 60)
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][lt.weekday()], day,
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
         'Nov', 'Dec'][lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, off)
    if tzname:
        s += ' (%s)' % tzname
    return s


def plus(t, **kw):
    return t + dt.timedelta(**kw)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(alphabet) for _ in range(n))


def ses_msgid(t, host='email.amazonses.com'):
    ms = int(t.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), host)


def ses_bounce(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def dkim(d, s, t, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
         c='relaxed/simple'):
    b = rb64(172) + '='
    bh = rb64(43) + '='
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s;\n'
            '\tb=%s\n\t%s') % (c, s, d, ts(t), hdrs, bh, b[:76], b[76:])


AMZ_SEL = 'rpu6sqwhqwfcrvy5glkttejugqvdjcte'
SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL2 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'


def ses_ip():
    return '54.240.%d.%d' % (R.choice([8, 9, 10, 11, 27, 48]), R.randint(10, 250))


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def gmail_received(t, to, ip, helo, tz=-7, tzn='PDT', tls=True):
    lt = plus(t, seconds=1).astimezone(dt.timezone(dt.timedelta(hours=tz)))
    gid = '%s-%ssi%d%s.%d.%s' % (rhex(13), rhex(11), R.randint(10**8, 10**10), rhex(2) + 'a',
                                 R.randint(1, 999), lt.strftime('%Y.%m.%d.%H.%M.%S'))
    hdr = ('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n'
           '        %s') % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4),
                            'x%dcsp%d' % (R.randint(10, 99), R.randint(100000, 9999999)),
                            rfc_date(plus(t, seconds=2), tz, tzn))
    hdr2 = ('X-Google-Smtp-Source: AGHT+I%s\n'
            'X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s;\n'
            '        %s') % (rb64(70), rhex(3), rhex(3), rhex(3), rhex(4), rhex(4),
                              rb64(14).replace('/', 'q'), rfc_date(plus(t, seconds=2), tz, tzn))
    hdr3 = ('Received: from %s (%s. [%s])\n'
            '        by mx.google.com with ESMTPS id %s\n'
            '        for <%s>\n'
            '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            '        %s') % (helo, helo, ip, gid, to, rfc_date(plus(t, seconds=1), tz, tzn))
    return [hdr, hdr2], hdr3


def ar_gmail(mailfrom, ip, dkims, from_dom, dmarc='pass', policy='QUARANTINE', spf='pass'):
    """dkims: list of (result, d, selector)."""
    lines = ['Authentication-Results: mx.google.com;']
    for res, d, s in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, d, s, rb64(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;'
                     % (mailfrom, ip, mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc == 'pass':
        lines.append('       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (policy, policy, from_dom))
    elif dmarc:
        lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, policy, policy, 'QUARANTINE' if policy != 'NONE' else 'NONE', from_dom))
    else:
        lines[-1] = lines[-1].rstrip(';')
    return '\n'.join(lines)


def ar_outlook(ip, mailfrom_dom, dkim_ds, from_dom, dmarc='pass', action='none',
               compauth='pass reason=100', spf='pass'):
    parts = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (spf, ip, mailfrom_dom)]
    for res, d in dkim_ds:
        if res == 'pass':
            parts.append(' dkim=pass (signature was verified)\n header.d=%s;' % d)
        else:
            parts.append(' dkim=%s (signature did not verify)\n header.d=%s;' % (res, d))
    if dmarc:
        parts.append('dmarc=%s action=%s\n header.from=%s;compauth=%s' % (dmarc, action, from_dom, compauth))
    return 'Authentication-Results: ' + ''.join(parts)


def ar_generic(authserv, spf, mailfrom, dkim_res, dkim_d, dmarc, from_dom, ip=None):
    s = 'Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s' % (authserv, spf, mailfrom)
    if ip:
        s = 'Authentication-Results: %s;\n\tspf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
            authserv, spf, authserv, mailfrom, ip, mailfrom)
    if dkim_res:
        s += ';\n\tdkim=%s header.d=%s' % (dkim_res, dkim_d)
    if dmarc:
        s += ';\n\tdmarc=%s header.from=%s' % (dmarc, from_dom)
    return s


def o365_received(t, ip, helo, dom='outlook.com'):
    srv = lambda: '%sPR%02dMB%04d.namprd%02d.prod.outlook.com' % (
        R.choice(['SJ0', 'DM6', 'BY5', 'CH3', 'PH7', 'MW4']),
        R.randint(1, 20), R.randint(1000, 9999), R.randint(2, 19))
    a, b, c = srv(), srv(), 'CO1PEPF0000%04X.namprd%02d.prod.outlook.com' % (R.randint(0, 65535), R.randint(2, 19))
    return [
        'Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (
            a, rhex(3), rhex(2), b, rfc_date(plus(t, seconds=3), 0, zero_pad=False)),
        'Received: from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s::%s) with Microsoft SMTP\n'
        ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
            c, rhex(3), rhex(3), rhex(2), a, rhex(3), rhex(2), R.randint(8000, 9200), R.randint(10, 40),
            rfc_date(plus(t, seconds=2), 0)),
    ], ('Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
        ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s') % (
        helo, ip, c, R.randint(0, 255), R.randint(0, 255), R.randint(8000, 9200), R.randint(10, 40),
        rfc_date(plus(t, seconds=1), 0))


def subj(text, charset='utf-8', enc='B', name='Subject'):
    """Encoded-word subject, folded by the email package."""
    cs = email.charset.Charset(charset)
    if enc == 'Q':
        cs.header_encoding = email.charset.QP
    elif enc == 'B':
        cs.header_encoding = email.charset.BASE64
    h = email.header.Header(text, cs, header_name=name, maxlinelen=76)
    return '%s: %s' % (name, h.encode(linesep='\n'))


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        cs = email.charset.Charset(charset)
        cs.header_encoding = email.charset.BASE64
        return '%s <%s>' % (email.header.Header(name, cs).encode(), a)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None):
    """A single text part with explicit charset label and transfer encoding.
    codec: the codec actually used for the bytes (to simulate a wrong label)."""
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, subtype='mixed', boundary=None):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def to_html(text, wrap=True):
    """Minimal mail-client style HTML from plain text."""
    out = []
    for para in text.split('\n\n'):
        lines = [html.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + '<br>'.join(l.lstrip('&gt; ') for l in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    body = '\n'.join(out)
    if wrap:
        body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="ltr">' + body + '</div>\n</body></html>\n'
    return body


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def boundary():
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(100000000, 999999999),
                                   R.randint(10**12, 10**13))


def norm_ids(text):
    return sorted(set('AWS' + m for m in ID_RE.findall(text)))


def add(desc, label, hdrs, body, new_text, extra_check=()):
    """hdrs: list of raw header strings (pre-folded, '\n' separated).
    new_text: the new (non-quoted) text of this mail, to cross-check account ids."""
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, desc)
    ids = norm_ids(new_text)
    assert ids == sorted(label['account_ids']), (fname, ids, label['account_ids'])
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0)
    g.flatten(body, linesep='\n')
    head = '\n'.join(h for h in hdrs if h) + '\n'
    if 'MIME-Version' not in head:
        head += 'MIME-Version: 1.0\n'
    data = head.encode('ascii') + buf.getvalue()
    MAILS.append((fname, data, label))


def L(kind, case_id, accts, verified, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(accts),
            'sender_verified': verified, 'language': lang}


# --------------------------------------------------------------- templates

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def aws_gmail_headers(t, to, subject_hdr, msgid=None, frm=FORM_FROM, extra=(),
                      arc=False, reply_to=None, dmarc='pass', dkim_amz='pass', dkim_ses='pass'):
    ip = ses_ip()
    helo = ses_host(ip)
    bounce = ses_bounce(t)
    top, rcv = gmail_received(t, to, ip, helo)
    h = ['Delivered-To: %s' % to] + top
    if arc:
        h.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (ts(t), rb64(70), rb64(60)))
        h.append('ARC-Authentication-Results: i=1; mx.google.com;\n       dkim=%s header.i=@amazon.com header.s=%s header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'
                 % (dkim_amz, AMZ_SEL, rb64(8), bounce, ip, bounce, dmarc))
    h += ['Return-Path: <%s>' % bounce, rcv,
          'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (bounce, ip, ip),
          ar_gmail(bounce, ip, [(dkim_amz, 'amazon.com', AMZ_SEL), (dkim_ses, 'amazonses.com', SES_SEL)],
                   'amazon.com', dmarc=dmarc),
          dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t,
                                                hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]
    h += ['Date: %s' % rfc_date(t, 0), 'From: %s' % frm]
    if reply_to:
        h.append('Reply-To: %s' % reply_to)
    h += ['To: %s' % to, subject_hdr, 'Message-ID: %s' % (msgid or ses_msgid(t))]
    h += list(extra)
    h.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'A').replace('+', 'z'))
    h.append('X-SES-Outgoing: %s.%s-%s' % (t.strftime('%Y.%m.%d'), ip, ip.replace('.', '-')[-3:]))
    return h


def aws_o365_headers(t, to, subject_hdr, frm=CONSOLE_FROM, extra=(), dmarc='pass'):
    ip = ses_ip()
    helo = ses_host(ip)
    bounce = ses_bounce(t)
    top, rcv = o365_received(t, ip, helo)
    h = top + [rcv,
               ar_outlook(ip, 'email.amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')],
                          'amazon.com', dmarc=dmarc),
               'Received-SPF: Pass (protection.outlook.com: domain of email.amazonses.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (ip, ip, helo),
               dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
               'Date: %s' % rfc_date(t, 0), 'From: %s' % frm, 'To: %s' % to, subject_hdr,
               'Message-ID: %s' % ses_msgid(t)]
    h += list(extra)
    h += ['Return-Path: %s' % bounce,
          'X-MS-Exchange-Organization-AuthSource: %s' % ('CO1PEPF0000%04X.namprd05.prod.outlook.com' % R.randint(0, 65535)),
          'X-MS-Exchange-Organization-AuthAs: Anonymous',
          'X-MS-Has-Attach: ',
          'X-MS-Exchange-Organization-SCL: 1']
    return h


def aws_jp_headers(t, to, subject_hdr, authserv, rcv_host, frm=CONSOLE_FROM, extra=(), dmarc='pass',
                   with_dmarc=True):
    ip = ses_ip()
    helo = ses_host(ip)
    bounce = ses_bounce(t)
    h = ['Return-Path: <%s>' % bounce,
         'Delivered-To: %s' % to,
         'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
             helo, helo, ip, rcv_host, rhex(10).upper(), to, rfc_date(plus(t, seconds=2), 9, 'JST')),
         ar_generic(authserv, 'pass', bounce, 'pass', 'amazon.com', dmarc if with_dmarc else None,
                    'amazon.com'),
         dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
         'Date: %s' % rfc_date(t, 0), 'From: %s' % frm, 'To: %s' % to, subject_hdr,
         'Message-ID: %s' % ses_msgid(t)]
    h += list(extra)
    h.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'A').replace('+', 'z'))
    h.append('X-SES-Outgoing: %s.%s-%s' % (t.strftime('%Y.%m.%d'), ip, ip.replace('.', '-')[-3:]))
    return h


# ===================================================================== mails
# (mail definitions follow; appended in parts)

# ---- cases / people
T_C1 = utc(2025, 6, 3, 9, 14, 27);  C1 = case15(T_C1, '04417')   # Daniel Okafor, form, Gmail
T_C2 = utc(2025, 7, 14, 1, 2, 51);  C2 = case15(T_C2, '00817')   # Chen Wei, console, O365
T_C3 = utc(2025, 5, 26, 23, 40, 10); C3 = case15(T_C3, '21946')  # Miho Sato, form (ja), nifty
T_C4 = utc(2025, 8, 18, 3, 5, 44);  C4 = case15(T_C4, '00362')   # Tanaka Kenichi, console (ja), biglobe
C5 = '10948813371'                                               # Priya Raman 2022, outlook.com
C6 = '6392201741'                                                # Marco Bellini 2019, gmail
T_C7 = utc(2025, 4, 9, 6, 22, 3);   C7 = case15(T_C7, '11590')   # Yamamoto Naoki, form (ja), ocn
T_C8 = utc(2024, 11, 20, 14, 48, 9); C8 = case15(T_C8, '37201')  # Fatima Zahra, form, yahoo
T_C9 = utc(2025, 2, 11, 8, 31, 55); C9 = case15(T_C9, '08823')   # Lukas Hoffmann, form, gmx
T_C10a = utc(2025, 3, 4, 19, 7, 12); C10a = case15(T_C10a, '50031')  # Ahmed Hassan, first case
T_C10 = utc(2025, 3, 11, 18, 55, 40); C10 = case15(T_C10, '64108')   # Ahmed Hassan, second case

DANIEL = 'd.okafor.dev@gmail.com'
CHEN = 'chen.wei@northwind-analytics.com'
MIHO = 'miho.sato@nifty.com'
TANAKA = 'k-tanaka@kfa.biglobe.ne.jp'
PRIYA = 'priya.raman88@outlook.com'
MARCO = 'marco.bellini.it@gmail.com'
NAOKI = 'n.yamamoto@sky.ocn.ne.jp'
FATIMA = 'fatima.zahra.b@yahoo.com'
LUKAS = 'lukas.hoffmann@gmx.de'
AHMED = 'ahmed.hassan.cloud@gmail.com'

FOOT_FORM = ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
             'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
             'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')


def gmx_headers(t, to, subject_hdr, frm=FORM_FROM):
    ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
    return ['Return-Path: <%s>' % bounce,
            'Received: from %s ([%s]) by mx-ha.gmx.net (mxgmx117\n [212.227.15.9]) with ESMTPS (Nemesis) id 1M%s for <%s>;\n %s' % (
                helo, ip, rb64(16).replace('/', 'k').replace('+', 'p'), to, rfc_date(plus(t, seconds=2), 1, 'CET')),
            ar_generic('gmx.net', 'pass', bounce, 'pass', 'amazon.com', 'pass', 'amazon.com', ip=None),
            dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
            'Date: %s' % rfc_date(t, 0), 'From: %s' % frm, 'To: %s' % to, subject_hdr,
            'Message-ID: %s' % ses_msgid(t),
            'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'A').replace('+', 'z'),
            'X-SES-Outgoing: %s.%s-%s' % (t.strftime('%Y.%m.%d'), ip, ip.replace('.', '-')[-3:]),
            'Envelope-To: <%s>' % to,
            'X-GMX-Antispam: 0;\n X-Spam-Flag: NO',
            'X-UI-Filterresults: notjunk:1;V03:K0:%s' % rb64(11)]


# ---------------------------------------------------------------- 001
t = plus(T_C9, seconds=14)
new = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. This note is
just to let you know that your message reached us and is now waiting in the
queue of our Certification team.

    Your reference number:  {C9}
    Topic:                  Certification > Account Merge
    Received:               February 11, 2025, 08:31 (UTC)
    Candidate ID(s) given:  AWS05118273, AWS08840019

What happens next?
Someone from the team will look at your request and write back to this
address, normally within one business day. Please don't fill in the form a
second time for the same request - that only creates a duplicate and can slow
things down. If you want to add anything, just reply to this email and leave
the reference number in the subject line.

Kind regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/certification/"""
body = alt(part(new + FOOT_FORM, 'plain', 'utf-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM), 'html', 'utf-8', 'quoted-printable'))
add('gmx-received-in-queue-reference', L('case_created', C9, ['AWS05118273', 'AWS08840019'], True),
    gmx_headers(t, LUKAS, 'Subject: We have your message - reference %s' % C9), body, new)

# ---------------------------------------------------------------- 002
t = plus(T_C2, seconds=9)
url = 'https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en' % C2
new = f"""Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

Case ID: {C2}
Subject: Merge two AWS Certification accounts into one
Severity: General guidance
Correspondence: Hello, I have two AWS Certification (CertMetrics) accounts, AWS03077145 (old employer email) and AWS06652208 (personal). Please merge them and keep AWS06652208. Thanks, Chen

You can view and update your case at the AWS Support Center: {url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

To avoid delays, please do not open a second case for the same issue.

Amazon Web Services"""
h = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>AWS Support</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-top:4px solid #ff9900">
<tr><td style="padding:20px 30px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="Amazon Web Services" width="120"></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-size:14px;color:#16191f">
<p>Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.</p>
<table style="font-size:14px" cellpadding="4">
<tr><td><b>Case ID:</b></td><td>{C2}</td></tr>
<tr><td><b>Subject:</b></td><td>Merge two AWS Certification accounts into one</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I have two AWS Certification (CertMetrics) accounts, AWS03077145 (old employer email) and AWS06652208 (personal). Please merge them and keep AWS06652208. Thanks, Chen</td></tr>
</table>
<p>You can view and update your case at the <a href="{html.escape(url)}">AWS Support Center</a>.</p>
<p style="color:#545b64;font-size:12px">Please note: this e-mail was sent from an address that cannot accept incoming e-mails.<br>To avoid delays, please do not open a second case for the same issue.</p>
<p>Amazon Web Services</p></td></tr>
<tr><td style="padding:14px 30px;background:#232f3e;color:#d5dbdb;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>"""
body = part(h, 'html', 'UTF-8', 'quoted-printable')
add('o365-console-new-case-html-only',
    L('case_created', C2, ['AWS03077145', 'AWS06652208'], True),
    aws_o365_headers(t, CHEN, 'Subject: Amazon Web Services: You have opened a new Support case: %s' % C2),
    body, new)

# ---------------------------------------------------------------- 003
t = plus(T_C3, seconds=21)
new = f"""佐藤 美穂 様

AWS トレーニングと認定に連絡していただきありがとうございます。

あなたのリクエストは受信されました、そして、ケースは作成されました。あなたのケース番号は {C3} です。

私たちのチームのメンバーは、24時間以内にあなたに戻ってきます。この期間中に、同じリクエストのために新しいフォームを提出しないでください、それは重複したケースを作成することができます。

追加の情報がある場合は、件名のケース番号を変更することなく、このメールに返信してください。

よろしく、
AWS トレーニングと認定 カスタマーサポート

このメッセージは Amazon Web Services Inc.、410 Terry Ave. North, Seattle, WA 98109-5210 によって製造され、配布されました。"""
hdr = aws_jp_headers(t, MIHO, subj('[CASE %s] あなたのリクエストが受信されました - AWS トレーニングと認定' % C3, 'iso-2022-jp'),
                     'nifty.com', 'mta-snd-e04.mail.nifty.com', frm=FORM_FROM)
body = part(new, 'plain', 'ISO-2022-JP', '7bit')
add('nifty-ja-machine-translated-receipt', L('case_created', C3, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 004
t = utc(2025, 6, 4, 16, 2, 48)
orig = f"""Inquiry Type: AWS Training and Certification
Detail: Account Merge
First Name: Daniel
Last Name: Okafor
Email: {DANIEL}
AWS candidate ID: AWS04417829
Description: Hi, I ended up with two certification accounts, one from my old job
(daniel.okafor@ventrix-systems.com, AWS04417829) and one with my personal gmail
(AWS09163352). I would like to have all my certs on one account please."""
new = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I was able to locate the Certification account AWS04417829 that you referenced
in your request. Before I can move forward, I need a couple of details from you:

1. The email address you use to sign in to the second Certification account.
2. Which of the two accounts you would like to keep as your primary account
   going forward (the other one will be closed after its history is moved).

Please reply directly to this email with the information above so that it is
added to your existing case.

Best regards,
Sam P.
AWS Training and Certification Customer Support"""
full = new + FOOT_FORM + '\n\n---------- Original Message ----------\n' + orig
body = alt(part(full, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM) + '', 'html', 'UTF-8', 'quoted-printable'))
# html keeps the original below a rule
hp = body.get_payload()[1]
hp.set_payload(quopri.encodestring((to_html(new + FOOT_FORM, wrap=False) + '<hr><div><b>---------- Original Message ----------</b><br>'
                                    + html.escape(orig).replace('\n', '<br>\n') + '</div>').encode('utf-8')).decode('ascii'))
add('gmail-first-reply-asks-login-and-keep',
    L('support_reply', C1, ['AWS04417829'], True),
    aws_gmail_headers(t, DANIEL, 'Subject: RE:[CASE %s] %s' % (C1, FORM_SUBJ), arc=True), body, new)

# ---------------------------------------------------------------- 005
t = plus(T_C4, seconds=6)
url = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % C4
new = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {C4} を作成いたしました。

ケース ID: {C4}
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス
連絡内容:
お世話になります。AWS認定のアカウントが2つ存在しております（AWS 03390157 と aws-06624480）。
一つにまとめていただけますでしょうか。よろしくお願いいたします。田中

AWS サポートセンターでケースの確認および更新ができます:
{url}

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services"""
hdr = aws_jp_headers(t, TANAKA, subj('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C4, 'iso-2022-jp'),
                     'biglobe.ne.jp', 'mtabm03.biglobe.ne.jp')
body = part(new, 'plain', 'Shift_JIS', 'base64')
add('biglobe-ja-console-case-opened-sjis',
    L('case_created', C4, ['AWS03390157', 'AWS06624480'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 006
t = utc(2022, 10, 19, 6, 41, 17)
older = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

As requested, we will merge the following Certification accounts:

Account(s) to be merged: AWS01928374, AWS05566012
Account that will remain: AWS08810243

Please note once the merge is done it cannot be reverted. Kindly reply to this
email to confirm the details are correct so we can proceed.

Regards,
Rohit K.
AWS Training and Certification Customer Support"""
cust = """Hi Rohit,

Yes, the details are correct. Please proceed with the merge.

Thanks,
Priya"""
new = f"""Hello Priya,

Thank you for confirming the details.

I have now submitted your request to our internal team which performs the
account merge. The accounts AWS01928374 and AWS05566012 will be merged into
AWS08810243. Kindly note this is normally completed within 3-5 business days
and you do not need to take any further action at this time.

Once the merge is complete we will send you a separate notification on this case.

Regards,
Rohit K.
AWS Training and Certification Customer Support"""
hist = (f"\n\n________________________________\nFrom: Priya Raman <{PRIYA}>\nSent: Tuesday, October 18, 2022 9:12 PM\n"
        f"To: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n"
        f"Subject: Re: RE:[CASE {C5}] {FORM_SUBJ}\n\n" + cust +
        f"\n\n________________________________\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
        f"Sent: Tuesday, October 18, 2022 4:03 PM\nTo: {PRIYA} <{PRIYA}>\nSubject: RE:[CASE {C5}] {FORM_SUBJ}\n\n" + older)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
top, rcv = o365_received(t, ip, helo)
hdr = top + [rcv,
             ar_outlook(ip, 'email.amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'amazon.com'),
             'Received-SPF: Pass (protection.outlook.com: domain of email.amazonses.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (ip, ip, helo),
             dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
             'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % PRIYA,
             'Subject: RE:[CASE %s] %s' % (C5, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t),
             'Return-Path: %s' % bounce, 'X-MS-Exchange-Organization-SCL: 1',
             'X-Microsoft-Antispam: BCL:0;']
body = alt(part(new + hist, 'plain', 'utf-8', 'quoted-printable'),
           part(to_html(new + hist), 'html', 'utf-8', 'quoted-printable'))
add('outlookcom-thanks-for-confirming-forwarded-to-team',
    L('support_reply', C5, ['AWS01928374', 'AWS05566012', 'AWS08810243'], True), hdr, body, new)


# ---------------------------------------------------------------- 007 phishing ack (look-alike, about the merge)
t = utc(2025, 6, 3, 12, 51, 46)
FAKE1 = '174895510371120'
new = f"""AWS Training & Certification

Case Registered: Account Consolidation Request

Hello Candidate,

Your request to consolidate AWS Certification profiles has been registered under
case number {FAKE1}. Our Certification Operations desk will begin processing it
shortly.

Due to a recent increase in fraudulent merge requests, all candidates must verify
ownership of BOTH certification profiles within 24 hours, otherwise the case will be
cancelled automatically and your certifications may be suspended.

Candidate ID on file: AWS0441****

Verify ownership: https://aws-certification-desk.com/case/verify?ref={FAKE1}

Thank you,
AWS Training & Certification - Case Management
(c) 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved."""
h = f"""<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<div style="max-width:580px;margin:auto;background:#fff;border:1px solid #ddd">
<div style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS Training &amp; Certification</div>
<div style="padding:20px;font-size:14px;color:#222">
<h3 style="margin-top:0">Case Registered: Account Consolidation Request</h3>
<p>Hello Candidate,</p>
<p>Your request to consolidate AWS Certification profiles has been registered under case number <b>{FAKE1}</b>. Our Certification Operations desk will begin processing it shortly.</p>
<p>Due to a recent increase in fraudulent merge requests, all candidates must <b>verify ownership of BOTH certification profiles within 24 hours</b>, otherwise the case will be cancelled automatically and your certifications may be suspended.</p>
<p>Candidate ID on file: AWS0441****</p>
<p style="text-align:center"><a href="https://aws-certification-desk.com/case/verify?ref={FAKE1}" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">Verify ownership</a></p>
<p>Thank you,<br>AWS Training &amp; Certification - Case Management</p></div>
<div style="font-size:11px;color:#777;padding:10px 20px">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</div></div></body></html>"""
ip = '185.225.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
top, rcv = gmail_received(t, DANIEL, ip, 'mail.aws-certification-desk.com')
hdr = ['Delivered-To: %s' % DANIEL] + top + [
    'Return-Path: <bounce@aws-certification-desk.com>', rcv,
    'Received-SPF: pass (google.com: domain of bounce@aws-certification-desk.com designates %s as permitted sender) client-ip=%s;' % (ip, ip),
    ar_gmail('bounce@aws-certification-desk.com', ip, [('pass', 'aws-certification-desk.com', 'default')],
             'aws-certification-desk.com', dmarc='pass', policy='NONE'),
    dkim('aws-certification-desk.com', 'default', t, hdrs='from:to:subject:date:message-id:mime-version:content-type'),
    'Date: %s' % rfc_date(t, 0),
    'From: "AWS Training & Certification" <case-update@aws-certification-desk.com>',
    'To: %s' % DANIEL,
    'Subject: [Case %s] Account Consolidation Request Registered - Action Required' % FAKE1,
    'Message-ID: <%s@aws-certification-desk.com>' % rhex(24),
    'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)']
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'base64'))
add('gmail-lookalike-consolidation-registered', L('case_created', FAKE1, [], False), hdr, body, new)

# ---------------------------------------------------------------- 008 Miho: first reply asks (ja)
t = utc(2025, 5, 28, 1, 17, 33)
orig = f"""お問い合わせ種別: Certification
詳細: Account Merge
氏名: 佐藤 美穂
メールアドレス: {MIHO}
AWS candidate ID: AWS02785510
お問い合わせ内容: 以前の会社のメールアドレスで作成した認定アカウントと、個人のアカウントがあります。
一つにまとめたいです。もう一つのIDは AWS07341196 です。"""
new = f"""佐藤 美穂 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼を承りました。
ご記載いただいた AWS02785510 につきましては、当方にてアカウントを確認することができました。

恐れ入りますが、お手続きを進めるにあたり、以下の点をご教示いただけますでしょうか。

 1. もう一方のアカウントにサインインする際にご使用のメールアドレス
 2. 統合後に残す（ご利用を継続される）アカウントがどちらか

本メールにそのままご返信いただけましたら、担当者が確認のうえ、改めてご案内申し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート"""
full = new + '\n\n-------- お問い合わせ内容 --------\n' + orig
hdr = aws_jp_headers(t, MIHO, subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3, 'iso-2022-jp'),
                     'nifty.com', 'mta-snd-e02.mail.nifty.com', frm=FORM_FROM)
body = part(full, 'plain', 'ISO-2022-JP', '7bit')
add('nifty-ja-first-reply-asks-which-to-keep', L('support_reply', C3, ['AWS02785510'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 009 Chen: new correspondence notice
t = utc(2025, 7, 15, 17, 40, 2)
url = 'https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en' % C2
new = f"""Dear Customer,

We have added a new correspondence to your AWS Support case {C2}.

To view the response and reply, please sign in to the AWS Support Center:
{url}

Please do not reply to this email. Replies to this address are not monitored.

Sincerely,
Amazon Web Services"""
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Dear Customer,</p>
<p>We have added a new correspondence to your AWS Support case <b>{C2}</b>.</p>
<p>To view the response and reply, please sign in to the <a href="{html.escape(url)}">AWS Support Center</a>.</p>
<p style="font-size:12px;color:#687078">Please do not reply to this email. Replies to this address are not monitored.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
body = alt(part(new, 'plain', 'UTF-8', 'quoted-printable'), part(h, 'html', 'UTF-8', 'quoted-printable'))
add('o365-new-correspondence-notice', L('support_reply', C2, [], True),
    aws_o365_headers(t, CHEN, 'Subject: [Case %s] New correspondence added' % C2), body, new)

# ---------------------------------------------------------------- 010 Fatima: automated receipt (yahoo)
t = plus(T_C8, seconds=31)
new = f"""Hi Fatima,

This is an automated message to confirm receipt of your inquiry to AWS Training and
Certification. There is no need to reply to this message.

Your inquiry has been assigned the following number: {C8}

Inquiry type: Certification
Sub-type: Account Merge

An associate will review the information you provided and follow up by email.
Current response time is 1-2 business days. Please keep the number above for your
records; it lets us find your request quickly if you contact us again.

Thank you,
AWS Training and Certification"""
h = to_html(new + FOOT_FORM).replace('<div dir="ltr">', '<div style="font-family:Arial;font-size:13px">')
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
atlas = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
hdr = ['Received: from 10.197.%d.%d\n by %s pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s' % (
           R.randint(1, 250), R.randint(1, 250), atlas, R.randint(100, 330), rhex(10), rfc_date(plus(t, seconds=3), 0)),
       'Return-Path: <%s>' % bounce,
       'X-Originating-Ip: [%s]' % ip,
       'Received-SPF: pass (domain of email.amazonses.com designates %s as permitted sender)' % ip,
       'Authentication-Results: %s;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (atlas, AMZ_SEL, SES_SEL),
       'X-Apparently-To: %s; %s' % (FATIMA, rfc_date(plus(t, seconds=3), 0)),
       'X-YMailISG: %s' % rb64(60),
       'Received: from %s (EHLO %s)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
           ip, helo, R.randint(1, 250), R.randint(1, 250), rfc_date(plus(t, seconds=2), 0)),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % FATIMA,
       'Subject: Confirmation of your inquiry %s' % C8, 'Message-ID: %s' % ses_msgid(t),
       'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'A')]
body = alt(part(new + FOOT_FORM, 'plain', 'UTF-8', 'quoted-printable'), part(h, 'html', 'UTF-8', 'base64'))
add('yahoo-automated-confirmation-of-inquiry', L('case_created', C8, [], True), hdr, body, new)

# ---------------------------------------------------------------- 011 Daniel: hand-over
t = utc(2025, 6, 6, 14, 22, 9)
prev = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I was able to locate the Certification account AWS04417829 that you referenced
in your request. Before I can move forward, I need a couple of details from you:
[...]

Best regards,
Sam P.
AWS Training and Certification Customer Support"""
cust = f"""Hi Sam,

The second account is under {DANIEL}, candidate ID AWS09163352. I'd like to keep that one.

Thanks
Daniel"""
new = f"""Hi Daniel,

My name is Teodora and I'll be looking after your case from now on, as my
colleague Sam is out of the office this week. No need to repeat anything -
I've read through the full history.

Thanks for sending the details of your second account. I've passed everything
to our Certification back-office team to check that both profiles can be
combined (they verify names, exam history and any open exam registrations).
I'll get back to you as soon as I hear from them, usually within 1-2 business
days.

Have a great weekend,

Teodora V.
AWS Training and Certification Customer Support"""
hist = ('\n\n\nOn Thu, Jun 5, 2025 at 8:47 AM Daniel Okafor <%s> wrote:\n' % DANIEL) + q(cust) + \
       '\n>\n> On Wed, Jun 4, 2025 at 6:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n' + q(q(prev))
body = alt(part(new + hist, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(new + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmail-new-agent-takes-over-case', L('support_reply', C1, [], True),
    aws_gmail_headers(t, DANIEL, 'Subject: RE:[CASE %s] %s' % (C1, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 012 Chen: billing case opened (unrelated)
T_B = utc(2025, 7, 22, 9, 12, 30); CB = case15(T_B, '00271')
t = plus(T_B, seconds=7)
url = 'https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en' % CB
new = f"""Thank you for contacting Amazon Web Services. We have opened case {CB} to address your issue.

Case ID: {CB}
Subject: Unexpected charges for NAT Gateway on July invoice
Severity: General guidance
Correspondence: Hi, our July bill shows about $412 for NAT Gateway data processing in eu-west-1 but we deleted that VPC in June. Account 4417-9920-3318. Can you check? Thanks

You can view and update your case at the AWS Support Center: {url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services"""
h = to_html(new).replace('<div dir="ltr">', '<div style="font-family:Amazon Ember,Arial;font-size:14px">')
body = part(h, 'html', 'UTF-8', 'quoted-printable')
add('o365-billing-case-opened', L('unrelated', CB, [], True),
    aws_o365_headers(t, CHEN, 'Subject: Amazon Web Services: You have opened a new Support case: %s' % CB), body, new)


# ---------------------------------------------------------------- 013 Marco 2019: ack, own mail server, no AR
MARCO_W = 'marco@bellini-studio.it'
t = utc(2019, 9, 17, 13, 4, 51)
new = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your inquiry and a member of our Customer Service team will
respond within 1 business day. Your case ID is {C6}. Please include this
number in the subject line of any further correspondence about this request.

Request summary:
  Category: Certification - Account Merge
  Candidate ID: AWS00731452

Regards,
AWS Training and Certification""" 
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Delivered-To: %s' % MARCO_W,
       'Received: from localhost (localhost [127.0.0.1])\n\tby mail.bellini-studio.it (Postfix) with ESMTP id 46XqN71k2Lz9vB\n\tfor <%s>; Tue, 17 Sep 2019 15:04:55 +0200 (CEST)' % MARCO_W,
       'X-Virus-Scanned: Debian amavisd-new at bellini-studio.it',
       'Received: from mail.bellini-studio.it ([127.0.0.1])\n\tby localhost (mail.bellini-studio.it [127.0.0.1]) (amavisd-new, port 10024)\n\twith ESMTP id Qm3v0dXyTzLp for <%s>;\n\tTue, 17 Sep 2019 15:04:54 +0200 (CEST)' % MARCO_W,
       'Received: from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mail.bellini-studio.it (Postfix) with ESMTPS id 46XqN61Tn4z9v8\n\tfor <%s>; Tue, 17 Sep 2019 15:04:53 +0200 (CEST)' % (helo, helo, ip, MARCO_W),
       dkim('amazon.com', 'taugkpcwa6krkx7emqwkh5t2rwmnhhc2', t), dkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % MARCO_W,
       'Subject: [CASE %s] AWS Training and Certification - Inquiry Received' % C6,
       'Message-ID: %s' % ses_msgid(t),
       'X-SES-Outgoing: 2019.09.17-%s' % ip]
body = part(new + FOOT_FORM, 'plain', 'us-ascii', '7bit')
add('ownserver-2019-inquiry-received-no-auth', L('case_created', C6, ['AWS00731452'], None), hdr, body, new)

# ---------------------------------------------------------------- 014 Tanaka: ja new correspondence notice
t = utc(2025, 8, 19, 2, 11, 40)
url = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % C4
new = f"""お客様

AWS サポートケース {C4} に新しい連絡が追加されました。

内容を確認し、返信するには AWS サポートセンターにサインインしてください:
{url}

このメールには返信しないでください。このアドレスは送信専用です。

Amazon Web Services"""
h = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p><p>AWS サポートケース <b>{C4}</b> に新しい連絡が追加されました。</p>
<p>内容を確認し、返信するには <a href="{html.escape(url)}">AWS サポートセンター</a>にサインインしてください。</p>
<p style="color:#687078;font-size:12px">このメールには返信しないでください。このアドレスは送信専用です。</p><p>Amazon Web Services</p></body></html>"""
hdr = aws_jp_headers(t, TANAKA, subj('[ケース %s] 新しい連絡が追加されました' % C4, 'utf-8', 'B'),
                     'biglobe.ne.jp', 'mtabm01.biglobe.ne.jp')
body = alt(part(new, 'plain', 'UTF-8', 'base64'), part(h, 'html', 'UTF-8', 'base64'))
add('biglobe-ja-new-correspondence-notice', L('support_reply', C4, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 015 Lukas: first reply asks (non-native agent)
t = utc(2025, 2, 13, 5, 48, 12)
cust = f"""Hello,

I have two AWS Certification accounts: AWS05118273 (created with my university mail
l.hoffmann@stud.tu-darmstadt.de, which I can no longer access) and AWS08840019 (this
address). Please merge them.

Best regards
Lukas Hoffmann"""
new = f"""Dear Lukas,

Greetings from AWS Training and Certification!

We have received your request for merging of your Certification accounts and we
are happy to assist you with the same.

In order to proceed further, kindly provide us the below details:

- Which account you want to retain as primary account, AWS05118273 or AWS08840019?
- The reason for the merge request.
- Is there any exam appointment currently scheduled in any of the two accounts?

Kindly note that we will not be able to proceed until we receive the above
information. Please revert back on this same email thread.

Thanks and Regards,
Shreya M.
AWS Training and Certification Customer Support"""
hist = '\n\n-----Original Message-----\nFrom: Lukas Hoffmann <%s>\nSent: 2/11/2025 8:31 AM\nSubject: %s\n\n' % (LUKAS, FORM_SUBJ) + cust
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmx-first-reply-asks-primary-and-reason',
    L('support_reply', C9, ['AWS05118273', 'AWS08840019'], True),
    gmx_headers(t, LUKAS, 'Subject: RE:[CASE %s] %s' % (C9, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 016 Ahmed: first case, ticket logged
t = plus(T_C10a, seconds=18)
new = f"""Hello,

Your ticket has been logged with AWS Training and Certification Customer Support.

Ticket number: {C10a}

Our team aims to respond within 24 hours. You will receive our answer at the
notification address you entered on the form.

This mailbox is monitored - if you would like to add information to your ticket,
reply to this email without changing the subject line.

AWS Training and Certification Customer Support"""
body = part(new + FOOT_FORM, 'plain', 'utf-8', '7bit')
add('gmail-ticket-logged-first-case', L('case_created', C10a, [], True),
    aws_gmail_headers(t, AHMED, 'Subject: [CASE %s] Ticket logged: %s' % (C10a, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 017 Ahmed: second case ack, notes earlier contact
t = plus(T_C10, seconds=25)
new = f"""Hello Ahmed,

Thank you for your patience, and sorry that you had to write to us again.

We've opened a new request for you: {C10}
Request type: Certification / Account Merge
AWS candidate ID provided: AWS07710345

We can see an earlier request ({C10a}) submitted from the same name. A specialist
will review both together and reply to this email address, so there is no need
to submit the form a third time.

Best regards,
AWS Training and Certification Customer Support"""
h = to_html(new + FOOT_FORM)
body = alt(part(new + FOOT_FORM, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'quoted-printable'))
add('gmail-second-request-opened-mentions-earlier',
    L('case_created', C10, ['AWS07710345'], True),
    aws_gmail_headers(t, AHMED, 'Subject: [CASE %s] We received your request - AWS Training and Certification' % C10, arc=True),
    body, new)

# ---------------------------------------------------------------- 018 Miho: chaser (ja)
t = utc(2025, 6, 2, 0, 33, 5)
prev = """佐藤 美穂 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。
（中略）
 1. もう一方のアカウントにサインインする際にご使用のメールアドレス
 2. 統合後に残す（ご利用を継続される）アカウントがどちらか"""
new = f"""佐藤 美穂 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

5月28日にご案内いたしましたアカウント統合の件につきまして、その後いかがでしょうか。
お手続きを進めるため、恐れ入りますが、前回お伺いした下記 2 点についてご返信いただけますと幸いです。

 ・もう一方のアカウントのサインイン用メールアドレス
 ・統合後に残すアカウント

なお、本日より 7 日以内にご返信を確認できない場合、本ケースはいったんクローズさせていただきます。
クローズ後も、本メールにご返信いただければ引き続き対応いたしますので、ご安心ください。

引き続きよろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート"""
hist = '\n\n2025年5月28日(水) 10:17 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + q(prev)
hdr = aws_jp_headers(t, MIHO, subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3, 'iso-2022-jp'),
                     'nifty.com', 'mta-snd-e06.mail.nifty.com', frm=FORM_FROM)
body = part(new + hist, 'plain', 'ISO-2022-JP', '7bit')
add('nifty-ja-reminder-awaiting-your-reply', L('support_reply', C3, [], True, 'ja'), hdr, body, new)


# ---------------------------------------------------------------- 019 Priya 2022: confirmation request
t = utc(2022, 10, 18, 16, 3, 22)
cust = f"""Hello,

I seem to have three certification accounts because I took exams through different
employers: AWS01928374, AWS05566012 and AWS08810243. Can these be merged into
AWS08810243 (linked to {PRIYA})?

Regards,
Priya Raman"""
new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

As requested, we will merge the following Certification accounts:

Account(s) to be merged: AWS01928374, AWS05566012
Account that will remain: AWS08810243

All exam history, certifications and benefits from the accounts being merged will
be moved to AWS08810243, and the other two accounts will be deactivated.

Please note once the merge is done it cannot be reverted. Kindly reply to this
email to confirm the details are correct so we can proceed.

Regards,
Rohit K.
AWS Training and Certification Customer Support"""
hist = '\n\n---------- Original Message ----------\nFrom: Priya Raman <%s>\nDate: 10/17/2022 7:55 PM\nSubject: %s\n\n%s' % (PRIYA, FORM_SUBJ, cust)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
top, rcv = o365_received(t, ip, helo)
hdr = top + [rcv,
             ar_outlook(ip, 'email.amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'amazon.com'),
             'Received-SPF: Pass (protection.outlook.com: domain of email.amazonses.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (ip, ip, helo),
             dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
             'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % PRIYA,
             'Subject: RE:[CASE %s] %s' % (C5, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t),
             'Return-Path: %s' % bounce, 'X-MS-Exchange-Organization-SCL: 1']
body = alt(part(new + FOOT_FORM + hist, 'plain', 'utf-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'utf-8', 'quoted-printable'))
add('outlookcom-three-accounts-confirm-details',
    L('merge_confirmation_requested', C5, ['AWS01928374', 'AWS05566012', 'AWS08810243'], True), hdr, body, new)

# ---------------------------------------------------------------- 020 Fatima: first reply asks notification emails
t = utc(2024, 11, 22, 10, 5, 44)
cust = """Hi,
I passed Cloud Practitioner in 2021 and Solutions Architect Associate this year but they are on two different accounts.
My candidate ID is AWS02650418. Please combine them.
Fatima"""
new = f"""Hello Fatima,

Thanks for reaching out, and congratulations on your certifications!

I'd be glad to help bring them together. I found AWS02650418, but I wasn't able
to identify the second account from the information in your request. Could you
reply with:

  * the notification (contact) email address of the second account, and
  * if you remember it, the email you used to log in to it.

Once I have that I'll confirm the exact details with you before anything is
changed on either account.

Warm regards,
Julia R.
AWS Training and Certification Customer Support"""
hist = '\n\n--- Original Message ---\n' + cust
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
atlas = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
hdr = ['Received: from 10.197.%d.%d\n by %s pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s' % (
           R.randint(1, 250), R.randint(1, 250), atlas, R.randint(100, 330), rhex(10), rfc_date(plus(t, seconds=3), 0)),
       'Return-Path: <%s>' % bounce,
       'X-Originating-Ip: [%s]' % ip,
       'Received-SPF: pass (domain of email.amazonses.com designates %s as permitted sender)' % ip,
       'Authentication-Results: %s;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (atlas, AMZ_SEL, SES_SEL),
       'X-Apparently-To: %s; %s' % (FATIMA, rfc_date(plus(t, seconds=3), 0)),
       'Received: from %s (EHLO %s)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
           ip, helo, R.randint(1, 250), R.randint(1, 250), rfc_date(plus(t, seconds=2), 0)),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % FATIMA,
       'Subject: RE:[CASE %s] %s' % (C8, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t)]
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'base64'), part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'base64'))
add('yahoo-first-reply-needs-second-account-email', L('support_reply', C8, ['AWS02650418'], True), hdr, body, new)

# ---------------------------------------------------------------- 021 Naoki: bilingual machine-translated ack (OCN, DKIM only)
t = plus(T_C7, seconds=12)
ja = f"""山本 直樹 様

AWS トレーニングと認定へのお問い合わせありがとうございます。これは自動返信のメッセージです。

私たちはあなたの提出物を受け取りました。ケース ID {C7} が割り当てられました。

サポートチームはお客様のリクエストを見直し、営業日の1日以内に応答します。追加の詳細を提供したい場合、このメールに返信することができます。同じ問題について複数のケースを開かないでください。

AWS トレーニングと認定カスタマーサポート"""
en = f"""Dear Naoki Yamamoto,

Thank you for contacting AWS Training and Certification. This is an automatic reply.

We have received your submission. Case ID {C7} has been assigned.

Our support team will review your request and respond within 1 business day. If you
would like to provide additional details, you can reply to this email. Please do not
open multiple cases for the same issue.

AWS Training and Certification Customer Support"""
new = ja + '\n\n========== English ==========\n\n' + en
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Received: from mfilter%02d.ocn.ad.jp (mfilter%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.sky.ocn.ne.jp (Postfix) with ESMTP id 4ZXk%s\n\tfor <%s>; %s' % (
           R.randint(1, 40), R.randint(1, 40), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=3), 9, 'JST')),
       'Authentication-Results: ocn.ad.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com' % bounce,
       'Received: from %s (%s [%s])\n\tby mfilter%02d.ocn.ad.jp (Postfix) with ESMTPS id 4ZXk%s\n\tfor <%s>; %s' % (
           helo, helo, ip, R.randint(1, 40), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=2), 9, 'JST')),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % NAOKI,
       subj('[CASE %s] お問い合わせを受け付けました / We received your inquiry' % C7, 'utf-8', 'Q'),
       'Message-ID: %s' % ses_msgid(t)]
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new), 'html', 'utf-8', 'quoted-printable'))
add('ocn-bilingual-mt-auto-reply', L('case_created', C7, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 022 spoofed no-reply-aws, dmarc=fail, forged lower AR
t = utc(2025, 3, 12, 2, 44, 9)
FAKE2 = '174174380419022'
new = f"""Thank you for contacting Amazon Web Services. We have opened case {FAKE2} to address your issue.

Case ID: {FAKE2}
Subject: AWS Certification account merge - identity check
Severity: Urgent

To continue with the merge of your certification accounts, sign in with the AWS
account you used for your exams and confirm your payment profile:
https://support-console-aws.com/signin?displayId={FAKE2}

Cases that are not verified within 12 hours are closed and merge requests are rejected.

Amazon Web Services"""
ip = '45.134.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
top, rcv = gmail_received(t, AHMED, ip, 'vps-2231.hostkey-cloud.net')
hdr = ['Delivered-To: %s' % AHMED] + top + [
    'Return-Path: <noreply@vps-2231.hostkey-cloud.net>', rcv,
    'Received-SPF: softfail (google.com: domain of transitioning noreply@vps-2231.hostkey-cloud.net does not designate %s as permitted sender) client-ip=%s;' % (ip, ip),
    'Authentication-Results: mx.google.com;\n       spf=softfail (google.com: domain of transitioning noreply@vps-2231.hostkey-cloud.net does not designate %s as permitted sender) smtp.mailfrom=noreply@vps-2231.hostkey-cloud.net;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % ip,
    'Received: from localhost (localhost [127.0.0.1]) by vps-2231.hostkey-cloud.net (Postfix) with ESMTPA id 7C1A2203F1\n        for <%s>; %s' % (AHMED, rfc_date(t, 0)),
    'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % AMZ_SEL,
    'Date: %s' % rfc_date(t, 0), 'From: "Amazon Web Services" <no-reply-aws@amazon.com>', 'To: %s' % AHMED,
    'Subject: Amazon Web Services: You have opened a new Support case: %s' % FAKE2,
    'Message-ID: %s' % ses_msgid(t)]
body = part(to_html(new), 'html', 'utf-8', 'base64')
add('gmail-spoofed-console-case-dmarc-fail', L('case_created', FAKE2, [], False), hdr, body, new)

# ---------------------------------------------------------------- 023 Lukas: quota case reply (unrelated)
T_Q = utc(2025, 2, 14, 15, 2, 10); CQ = case15(T_Q, '51880')
t = utc(2025, 2, 15, 9, 26, 31)
new = f"""Hello,

Thank you for contacting AWS Support about your request to increase the
"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" vCPU quota in
eu-central-1.

I'm pleased to let you know that we have approved and processed the increase to
64 vCPUs. It can take up to 30 minutes for the new value to show in the Service
Quotas console.

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence.

Best regards,
Oleksandr
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CQ}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

==================================================="""
body = alt(part(new, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(new), 'html', 'UTF-8', 'quoted-printable'))
add('gmx-quota-increase-approved', L('unrelated', CQ, [], True),
    gmx_headers(t, LUKAS, 'Subject: RE:[CASE %s] Limit Increase: EC2 Instances' % CQ, frm=CONSOLE_FROM), body, new)

# ---------------------------------------------------------------- 024 Tanaka: confirmation request (ja, console)
t = utc(2025, 8, 19, 2, 11, 31)
new = f"""田中 健一 様

AWS サポートの小林でございます。
認定アカウントの統合について、お問い合わせいただきありがとうございます。

ご依頼内容を確認いたしました。以下の内容にて統合作業を実施させていただく予定です。

 ・統合元（統合後に削除されるアカウント）: AWS-03390157
 ・統合先（統合後も残るアカウント）　　　: AWS06624480

統合元アカウントの受験履歴、取得済みの認定、特典（試験の 50% 割引バウチャー等）は統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができません。

上記の内容でお間違いがないか、本ケースにてご返信いただけますでしょうか。
ご確認をいただき次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services

ご意見をお聞かせください。本メール末尾の AWS サポートセンターのリンクから、このご連絡の評価をお願いいたします。

===================================================

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

※このメールは送信専用アドレスから送信されています。ケースへのご返信は上記リンクのサポートセンターからお願いいたします。

==================================================="""
hdr = aws_jp_headers(t, TANAKA, subj('RE:[CASE %s] 認定アカウントの統合のお願い' % C4, 'iso-2022-jp'),
                     'biglobe.ne.jp', 'mtabm01.biglobe.ne.jp')
body = part(new, 'plain', 'ISO-2022-JP', '7bit')
add('biglobe-ja-console-reply-confirm-source-target',
    L('merge_confirmation_requested', C4, ['AWS03390157', 'AWS06624480'], True, 'ja'), hdr, body, new)


CONSOLE_TAIL = """

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

==================================================="""

# ---------------------------------------------------------------- 025 Chen: hand-over to T&C team
t = utc(2025, 7, 14, 4, 37, 18)
new = f"""Hello Chen,

Thank you for reaching out to AWS Support. My name is Arjun and I'm a Cloud Support
Engineer on the Account and Billing team.

I've reviewed your request. Certification accounts (CertMetrics profiles) are
administered by the AWS Training and Certification team rather than by AWS
Support, so I have transferred this case to them. You don't need to open a new
case: a Training and Certification specialist will reply directly on this case,
and you'll be notified by email when they do.

For your reference, the accounts in your request are AWS03077145 and AWS06652208."""
full = new + CONSOLE_TAIL.format(agent='Arjun S.', case=C2)
body = alt(part(full, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(full), 'html', 'UTF-8', 'quoted-printable'))
add('o365-console-transferred-to-tc-team',
    L('support_reply', C2, ['AWS03077145', 'AWS06652208'], True),
    aws_o365_headers(t, CHEN, 'Subject: RE:[CASE %s] Merge two AWS Certification accounts into one' % C2), body, new)

# ---------------------------------------------------------------- 026 Marco 2019: can't find second account (own server, OpenDKIM AR)
t = utc(2019, 9, 18, 17, 20, 2)
cust = """Dear AWS team,
I have two certification accounts: AWS00731452 (marco@bellini-studio.it) and another one
AWS02219984 which I created when I was at Accenture. Please can you merge them into the first.
Thank you
Marco Bellini"""
new = f"""Dear Marco,

Thank you for contacting AWS Training and Certification.

We have searched our system for the second candidate ID in your message but the
name and email on that profile do not match the details you provided, so we are
unable to verify that it belongs to you.

Could you please reply with the email address registered on AWS02219984 at the
time you created it, and the approximate date of the last exam you took with it?
Once we receive this we will be happy to continue with your request.

Kind regards,
Giulia
AWS Training and Certification Customer Service"""
hist = '\n\n> On 17/09/2019 15:04, Marco Bellini wrote:\n' + q(cust)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Delivered-To: %s' % MARCO_W,
       'Received: from localhost (localhost [127.0.0.1])\n\tby mail.bellini-studio.it (Postfix) with ESMTP id 46YH2Q0vB1z9vC\n\tfor <%s>; Wed, 18 Sep 2019 19:20:06 +0200 (CEST)' % MARCO_W,
       'Authentication-Results: mail.bellini-studio.it (amavisd-new);\n\tdkim=pass (1024-bit key) header.d=amazon.com;\n\tdkim=pass (1024-bit key) header.d=amazonses.com',
       'X-Virus-Scanned: Debian amavisd-new at bellini-studio.it',
       'Received: from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mail.bellini-studio.it (Postfix) with ESMTPS id 46YH2P6Xk9z9v8\n\tfor <%s>; Wed, 18 Sep 2019 19:20:05 +0200 (CEST)' % (helo, helo, ip, MARCO_W),
       dkim('amazon.com', 'taugkpcwa6krkx7emqwkh5t2rwmnhhc2', t), dkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % MARCO_W,
       'Subject: RE:[CASE %s] AWS Training and Certification - Inquiry Received' % C6,
       'Message-ID: %s' % ses_msgid(t)]
body = part(new + FOOT_FORM + hist, 'plain', 'windows-1252', 'quoted-printable')
add('ownserver-2019-cannot-verify-second-id', L('support_reply', C6, ['AWS02219984'], True), hdr, body, new)

# ---------------------------------------------------------------- 027 Naoki: hand-over (ja)
t = utc(2025, 4, 11, 1, 3, 57)
prev = f"""山本 直樹 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
統合のご依頼につきまして、現在社内の担当部署にて確認を進めております。
（以下略）"""
new = f"""山本 直樹 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの高橋と申します。

前任の森が担当業務の変更により本件を離れましたため、本日より私、高橋が本件を引き継ぎ、担当させていただくこととなりました。
これまでのやり取りはすべて確認しておりますので、改めてご説明いただく必要はございません。

現在、担当部署にて両アカウントの登録情報の確認を行っております。進捗がございましたら、速やかにご連絡いたします。

今後ともどうぞよろしくお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート"""
hist = '\n\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 2025年4月10日 9:12\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s' % (NAOKI, C7, FORM_SUBJ, prev)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Received: from mfilter%02d.ocn.ad.jp (mfilter%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.sky.ocn.ne.jp (Postfix) with ESMTP id 4ZYn%s\n\tfor <%s>; %s' % (
           R.randint(1, 40), R.randint(1, 40), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=3), 9, 'JST')),
       'Authentication-Results: ocn.ad.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com' % bounce,
       'Received: from %s (%s [%s])\n\tby mfilter%02d.ocn.ad.jp (Postfix) with ESMTPS id 4ZYn%s\n\tfor <%s>; %s' % (
           helo, helo, ip, R.randint(1, 40), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=2), 9, 'JST')),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % NAOKI,
       'Subject: RE:[CASE %s] %s' % (C7, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t)]
body = part(new + hist, 'plain', 'ISO-2022-JP', '7bit')
add('ocn-ja-new-person-in-charge', L('support_reply', C7, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 028 Daniel: confirmation request
t = utc(2025, 6, 9, 11, 48, 36)
new = f"""Hello Daniel,

Thank you for your patience while our back-office team reviewed your accounts.
Both profiles have been verified, and we are ready to combine them as follows:

    Account to be merged (will be closed):  AWS04417829
    Account to keep (surviving account):    AWS09163352

After the merge, all certifications, exam history and benefits from AWS04417829
will appear under AWS09163352, and you will sign in with {DANIEL}.
Please be aware that a merge is permanent and cannot be undone.

If the above is correct, please reply to this email with your confirmation and
we will proceed. If anything needs to change, just let us know in your reply.

Best regards,
Teodora V.
AWS Training and Certification Customer Support"""
cust = "Thanks Teodora, sounds good. Let me know if you need anything else.\n\nDaniel"
hist = '\n\nOn Fri, Jun 6, 2025 at 5:03 PM Daniel Okafor <%s> wrote:\n' % DANIEL + q(cust)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmail-ready-to-combine-please-confirm',
    L('merge_confirmation_requested', C1, ['AWS04417829', 'AWS09163352'], True),
    aws_gmail_headers(t, DANIEL, 'Subject: RE:[CASE %s] %s' % (C1, FORM_SUBJ), arc=True), body, new)

# ---------------------------------------------------------------- 029 Fatima: paraphrased confirmation request
t = utc(2024, 11, 25, 16, 30, 11)
cust = """Hi Julia,
The other account's email is fatima.b@lumenworks.io (old job). Login was the same email I think.
Thanks!"""
new = f"""Hello Fatima,

Thank you, that was exactly what I needed. I found the second profile, AWS09931270.

Here is what I'm proposing: we'll consolidate your certification records into a
single profile. AWS02650418 is the one that will remain active, and everything
currently held under AWS09931270 (your Cloud Practitioner certification and its
exam record) will be moved onto it. AWS09931270 will then be retired.

This can't be reversed once it's done, so before I submit it please answer YES
to this email if you're happy with the above, or tell me if you would rather keep
the other profile.

Warm regards,
Julia R.
AWS Training and Certification Customer Support"""
hist = '\n\n\nOn Monday, November 25, 2024 at 09:12:40 AM GMT, Fatima Zahra <%s> wrote:\n\n' % FATIMA + q(cust)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
atlas = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
hdr = ['Received: from 10.197.%d.%d\n by %s pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s' % (
           R.randint(1, 250), R.randint(1, 250), atlas, R.randint(100, 330), rhex(10), rfc_date(plus(t, seconds=3), 0)),
       'Return-Path: <%s>' % bounce,
       'Received-SPF: pass (domain of email.amazonses.com designates %s as permitted sender)' % ip,
       'Authentication-Results: %s;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (atlas, AMZ_SEL, SES_SEL),
       'X-Apparently-To: %s; %s' % (FATIMA, rfc_date(plus(t, seconds=3), 0)),
       'Received: from %s (EHLO %s)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
           ip, helo, R.randint(1, 250), R.randint(1, 250), rfc_date(plus(t, seconds=2), 0)),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % FATIMA,
       'Subject: RE:[CASE %s] %s' % (C8, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t)]
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('yahoo-consolidate-records-answer-yes',
    L('merge_confirmation_requested', C8, ['AWS02650418', 'AWS09931270'], True), hdr, body, new)

# ---------------------------------------------------------------- 030 Lukas: chaser (non-native)
t = utc(2025, 2, 17, 6, 2, 50)
prev = """Dear Lukas,

Greetings from AWS Training and Certification!
[...]
- Which account you want to retain as primary account, AWS05118273 or AWS08840019?
- The reason for the merge request.
- Is there any exam appointment currently scheduled in any of the two accounts?"""
new = f"""Dear Lukas,

Hope you are doing well.

This is a gentle follow-up on our previous email regarding your case {C9}. We have
not yet received the requested information from your end, hence we are unable to
proceed further with your request.

Kindly share the details at the earliest. Please note that if we do not hear back
from you within 3 business days, the case will be auto-resolved as per our process.
You can still reply to this email to reopen the case anytime.

Thanks and Regards,
Shreya M.
AWS Training and Certification Customer Support"""
hist = '\n\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 2/13/2025 5:48 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s' % (LUKAS, C9, FORM_SUBJ, prev)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmx-gentle-follow-up-auto-resolve-warning', L('support_reply', C9, [], True),
    gmx_headers(t, LUKAS, 'Subject: RE:[CASE %s] %s' % (C9, FORM_SUBJ)), body, new)


# ---------------------------------------------------------------- 031 Ahmed: question about exam appointment (not the merge itself)
t = utc(2025, 3, 13, 15, 20, 45)
cust = f"""Hi, I have two certification accounts, AWS07710345 and AWS01150926. I already wrote last week
(case {C10a}) but never heard back. Please merge them, I want to keep AWS07710345.
Ahmed Hassan"""
new = f"""Hi Ahmed,

Thanks for writing back to us, and apologies that your first request went
unanswered - the notification address on that submission was blank, so our reply
could not be delivered. I'll handle both from here.

Before we go any further, one question: the account AWS01150926 has an exam
appointment booked with Pearson VUE for March 20. We can't process any change to
an account while an exam appointment is open on it. Would you prefer to
(a) sit the exam first and have us continue afterwards, or (b) reschedule or
cancel the appointment now so we can continue right away?

Just let me know which option works for you.

Kind regards,
Mateo G.
AWS Training and Certification Customer Support"""
hist = '\n\n\n---------- Original Message ----------\nFrom: Ahmed Hassan <%s>\nSubject: %s\n\n%s' % (AHMED, FORM_SUBJ, cust)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmail-asks-about-open-exam-appointment', L('support_reply', C10, ['AWS01150926'], True),
    aws_gmail_headers(t, AHMED, 'Subject: RE:[CASE %s] %s' % (C10, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 032 ja phishing about the merge (look-alike, cp932 bytes labelled Shift_JIS)
t = utc(2025, 5, 29, 3, 12, 8)
new = f"""佐藤 美穂 様

AWS トレーニングと認定 カスタマーサポートでございます。
ケース番号 {C3} のアカウント統合手続きにつきまして、ご連絡いたします。

統合作業を継続するため、セキュリティ上の理由により、以下の手順でご本人確認をお願いいたします。

① 下記リンクより AWS 認定アカウントにサインインしてください
② 両方のアカウントのパスワードを入力してください
③ 本人確認書類（運転免許証など）をアップロードしてください

https://aws-certification-jp.com/merge/verify?case={C3}

※48時間以内にご対応いただけない場合、統合手続きは取り消され、認定資格が失効する可能性がございます。

AWS トレーニングと認定 カスタマーサポート"""
ip = '103.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
hdr = ['Return-Path: <info@aws-certification-jp.com>',
       'Delivered-To: %s' % MIHO,
       'Received: from mail.aws-certification-jp.com (unknown [%s])\n\tby mta-snd-e03.mail.nifty.com (Postfix) with ESMTPS id 4b7Q%s\n\tfor <%s>; %s' % (
           ip, rb64(6).replace('/', 'w'), MIHO, rfc_date(plus(t, seconds=2), 9, 'JST')),
       'Authentication-Results: nifty.com;\n\tspf=pass smtp.mailfrom=info@aws-certification-jp.com;\n\tdkim=pass header.d=aws-certification-jp.com;\n\tdmarc=pass header.from=aws-certification-jp.com',
       dkim('aws-certification-jp.com', 'mail', t, hdrs='From:To:Subject:Date:Message-ID'),
       'Date: %s' % rfc_date(t, 9),
       'From: %s' % addr('AWS トレーニングと認定', 'info@aws-certification-jp.com', 'iso-2022-jp'),
       'To: %s' % MIHO,
       subj('【重要】RE:[CASE %s] アカウント統合手続き継続のためのご本人確認のお願い' % C3, 'shift_jis', 'B'),
       'Message-ID: <%s.%s@aws-certification-jp.com>' % (rhex(16), rhex(8)),
       'X-Mailer: Microsoft Outlook 16.0']
body = part(new, 'plain', 'Shift_JIS', 'quoted-printable', codec='cp932')
add('nifty-ja-lookalike-identity-check-for-merge', L('support_reply', C3, [], False, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 033 Naoki: status update (ja)
t = utc(2025, 4, 15, 7, 40, 26)
new = f"""山本 直樹 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

ご依頼いただいておりますアカウント統合の件につきまして、ご連絡が遅くなり大変申し訳ございません。

現在、担当部署にて AWS05873321 と AWS09027764 の登録情報（氏名表記、受験履歴）の照合を行っております。
氏名のローマ字表記が両アカウントで異なっているため、通常よりもお時間を頂戴しておりますが、お客様に追加でご対応いただく必要はございません。

確認が完了しましたら、統合内容の最終確認のご連絡を差し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート"""
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Received: from mfilter%02d.ocn.ad.jp (mfilter%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.sky.ocn.ne.jp (Postfix) with ESMTP id 4ZcB%s\n\tfor <%s>; %s' % (
           R.randint(1, 40), R.randint(1, 40), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=3), 9, 'JST')),
       'Authentication-Results: ocn.ad.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com' % bounce,
       'Received: from %s (%s [%s])\n\tby mfilter%02d.ocn.ad.jp (Postfix) with ESMTPS id 4ZcB%s\n\tfor <%s>; %s' % (
           helo, helo, ip, R.randint(1, 40), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=2), 9, 'JST')),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % NAOKI,
       'Subject: RE:[CASE %s] %s' % (C7, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t)]
body = alt(part(new, 'plain', 'UTF-8', 'base64'), part(to_html(new), 'html', 'UTF-8', 'base64'))
add('ocn-ja-still-checking-names-no-action', L('support_reply', C7, ['AWS05873321', 'AWS09027764'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 034 Chen: merge completed (console)
t = utc(2025, 7, 17, 20, 15, 3)
new = f"""Hello Chen,

This is Camille from the AWS Training and Certification team, following up on your
case.

Good news - the two Certification profiles have now been combined. Everything that
was on AWS03077145 (exam history, the AWS Certified Developer - Associate
certification and its benefits) now lives under AWS06652208, and AWS03077145 has
been deactivated. You can check this by signing in to your AWS Certification
account and opening "Certifications".

Your Credly badges are issued to the email address on the surviving profile; if
any badge is missing after 48 hours, let us know on this case."""
full = new + CONSOLE_TAIL.format(agent='Camille D.', case=C2)
body = alt(part(full, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(full), 'html', 'UTF-8', 'quoted-printable'))
add('o365-console-profiles-combined',
    L('merge_completed', C2, ['AWS03077145', 'AWS06652208'], True),
    aws_o365_headers(t, CHEN, 'Subject: RE:[CASE %s] Merge two AWS Certification accounts into one' % C2), body, new)

# ---------------------------------------------------------------- 035 Credly badge (Daniel)
def credly_gmail_headers(t, to, subject_hdr, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                         d='credly.com', dmarc='pass'):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    ret = 'bounces+%d-%s-%s=gmail.com@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), to.split('@')[0])
    top, rcv = gmail_received(t, to, ip, 'o%d.ptr%d.em.credly.com' % (R.randint(1, 20), R.randint(1000, 9999)))
    return ['Delivered-To: %s' % to] + top + [
        'Return-Path: <%s>' % ret, rcv,
        'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (ret, ip, ip),
        ar_gmail(ret, ip, [('pass', d, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], d, dmarc=dmarc, policy='REJECT'),
        dkim(d, 's1', t, hdrs='from:mime-version:subject:to:content-type:cc:content-type:from:subject:to'),
        'Date: %s' % rfc_date(t, 0), 'From: %s' % frm, 'To: %s' % to, subject_hdr,
        'Message-ID: <%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
        'X-SG-EID: %s' % rb64(60), 'X-Entity-ID: %s' % rb64(22)]

t = utc(2025, 6, 11, 21, 7, 44)
new = """Daniel, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to start sharing it with your network, and let everyone know
about your achievement.

Accept your badge: https://www.credly.com/badges/5b9e1c2d-7a41-4f08-9e3b-0c2a8d7f6e15?source=badge_issued_email

Why accept your badge?
- Share your achievement on LinkedIn, Twitter and Facebook
- Get verified by employers
- Discover jobs that value your skills

Questions? Visit our support center: https://support.credly.com

Credly, Inc. | 3 World Trade Center, 175 Greenwich St, New York, NY 10007
You received this email because Amazon Web Services Training and Certification issued you a badge.
Unsubscribe: https://www.credly.com/unsubscribe"""
h = """<html><body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:30px">
<tr><td align="center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td align="center"><h2 style="color:#333">Daniel, you've been issued a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/5b9e1c2d-7a41-4f08-9e3b-0c2a8d7f6e15?source=badge_issued_email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="color:#666;font-size:13px">Share your achievement on LinkedIn, Twitter and Facebook &middot; Get verified by employers &middot; Discover jobs that value your skills</p></td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:24px" align="center">Credly, Inc. | 3 World Trade Center, 175 Greenwich St, New York, NY 10007<br>You received this email because Amazon Web Services Training and Certification issued you a badge. <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>"""
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'quoted-printable'))
add('credly-you-have-been-issued-a-badge', L('credly_badge_issued', None, [], True),
    credly_gmail_headers(t, DANIEL, subj("Daniel, you've been issued a badge from Amazon Web Services Training and Certification", 'utf-8', 'Q')),
    body, new)

# ---------------------------------------------------------------- 036 CertMetrics survey (unrelated; authentic non-AWS sender)
t = utc(2025, 6, 12, 14, 0, 19)
new = """AWS Certification wants to hear from you

Hello Daniel,

Thank you for being an AWS Certified individual. We are always looking for ways to
improve the AWS Certification experience and would value your feedback.

The survey takes about 5 minutes. Your answers are confidential and will only be
used to improve our program.

Take the survey: https://www.certmetrics.com/amazon/survey/?ref=c7d0a94e2f1b4c3aa1e0d6b8

Your AWS Certification account: AWS09163352

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply to this email."""
ip = '52.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
top, rcv = gmail_received(t, DANIEL, ip, 'mail.certmetrics.com')
hdr = ['Delivered-To: %s' % DANIEL] + top + [
    'Return-Path: <do-not-reply@certmetrics.com>', rcv,
    'Received-SPF: pass (google.com: domain of do-not-reply@certmetrics.com designates %s as permitted sender) client-ip=%s;' % (ip, ip),
    ar_gmail('do-not-reply@certmetrics.com', ip, [('pass', 'certmetrics.com', 'selector1')], 'certmetrics.com', dmarc='pass', policy='NONE'),
    dkim('certmetrics.com', 'selector1', t, hdrs='From:Date:Subject:Message-ID:Content-Type:MIME-Version'),
    'Date: %s' % rfc_date(t, 0), 'From: "AWS Certification" <do-not-reply@certmetrics.com>', 'To: %s' % DANIEL,
    'Subject: AWS Certification wants to hear from you', 'Message-ID: <%s@certmetrics.com>' % rhex(32)]
body = part(to_html(new), 'html', 'utf-8', 'quoted-printable')
add('certmetrics-wants-to-hear-from-you', L('unrelated', None, ['AWS09163352'], False), hdr, body, new)


def raw_subj(text, charset, codec=None, chunk=14):
    """Hand-made B encoded-words (chunked by characters), folded over lines."""
    codec = codec or charset
    words = []
    for i in range(0, len(text), chunk):
        words.append('=?%s?B?%s?=' % (charset, base64.b64encode(text[i:i + chunk].encode(codec)).decode()))
    return 'Subject: ' + '\n '.join(words)

# ---------------------------------------------------------------- 037 Chen: case resolved + rating (survey)
t = utc(2025, 7, 18, 20, 16, 40)
url = 'https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en' % C2
new = f"""Hello,

Your AWS Support case {C2} has been resolved.

Case ID: {C2}
Subject: Merge two AWS Certification accounts into one

How did we do? Please take a moment to rate your experience with this case:
  Was your issue resolved?   Yes  |  No
  Rate our support:  1  2  3  4  5

If your issue is not resolved, you can reopen this case within 14 days from the
AWS Support Center: {url}

Thank you for using AWS Support.

Amazon Web Services"""
h = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p><p>Your AWS Support case <b>{C2}</b> has been resolved.</p>
<p>Case ID: {C2}<br>Subject: Merge two AWS Certification accounts into one</p>
<p><b>How did we do?</b> Please take a moment to rate your experience with this case:</p>
<p>Was your issue resolved? <a href="https://aws.amazon.com/survey/support?caseId={C2}&amp;resolved=yes">Yes</a> | <a href="https://aws.amazon.com/survey/support?caseId={C2}&amp;resolved=no">No</a></p>
<p>Rate our support: {' '.join('<a href="https://aws.amazon.com/survey/support?caseId=%s&amp;rating=%d">%d</a>' % (C2, i, i) for i in range(1, 6))}</p>
<p>If your issue is not resolved, you can reopen this case within 14 days from the <a href="{html.escape(url)}">AWS Support Center</a>.</p>
<p>Thank you for using AWS Support.</p><p>Amazon Web Services</p></body></html>"""
body = alt(part(new, 'plain', 'UTF-8', 'quoted-printable'), part(h, 'html', 'UTF-8', 'quoted-printable'))
add('o365-case-resolved-rate-experience', L('survey', C2, [], True),
    aws_o365_headers(t, CHEN, 'Subject: Amazon Web Services: Your Support case %s has been resolved' % C2), body, new)

# ---------------------------------------------------------------- 038 Chen: reopen notice
t = utc(2025, 7, 21, 8, 3, 12)
new = f"""Hello,

Case {C2} has been reopened, and its status is now "Pending Amazon Action".

Case ID: {C2}
Subject: Merge two AWS Certification accounts into one
Reopened by: {CHEN}

The team that handled your case has been notified and will respond in the Support
Center. You don't need to open a new case.

View the case: {url}

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services"""
body = part(to_html(new), 'html', 'UTF-8', 'quoted-printable')
add('o365-console-case-reopened-pending', L('support_reply', C2, [], True),
    aws_o365_headers(t, CHEN, 'Subject: [Case %s] Case reopened' % C2), body, new)

# ---------------------------------------------------------------- 039 Miho: confirmation request (ja)
t = utc(2025, 6, 3, 2, 48, 20)
cust = """中村様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
もう一方のアカウントのメールアドレスは miho.sato@yokoyama-sangyo.co.jp です。
個人のアカウントを残したいです。

佐藤"""
new = f"""佐藤 美穂 様

ご返信いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

いただいた情報をもとに確認いたしましたところ、以下の内容で統合のお手続きが可能でございます。

 【統合されるアカウント】 AWS 07341196（miho.sato@yokoyama-sangyo.co.jp）
 【統合後に残るアカウント】 AWS 02785510（{MIHO}）

統合後は、AWS 07341196 の認定資格、受験履歴、特典はすべて AWS 02785510 に引き継がれ、AWS 07341196 はご利用いただけなくなります。
また、統合を実施した後に元の状態へ戻すことはできかねますので、あらかじめご了承ください。

上記の内容でよろしければ、その旨を本メールにご返信くださいますようお願い申し上げます。
ご確認が取れ次第、手続きを開始させていただきます。

中村
AWS トレーニングと認定 カスタマーサポート"""
hist = '\n\n2025年6月3日(火) 8:02 佐藤美穂 <%s>:\n' % MIHO + q(cust) + '\n>\n> 2025年6月2日(月) 9:33 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n> > 佐藤 美穂 様\n> >\n> > いつもお世話になっております。\n> > （以下省略）'
hdr = aws_jp_headers(t, MIHO, raw_subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3, 'iso-2022-jp', chunk=40),
                     'nifty.com', 'mta-snd-e01.mail.nifty.com', frm=FORM_FROM)
body = part(new + hist, 'plain', 'ISO-2022-JP', '7bit')
add('nifty-ja-please-confirm-surviving-account',
    L('merge_confirmation_requested', C3, ['AWS02785510', 'AWS07341196'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 040 Ahmed: first case closed as duplicate (closure notice)
t = utc(2025, 3, 13, 15, 24, 2)
new = f"""Hello,

We're writing to let you know that your case {C10a} has been closed.

Reason: this request is a duplicate of case {C10}, which our team is actively
working on. All further communication about your request will take place on
case {C10}.

How was your experience? Please tell us how we did by answering two quick
questions:

Was your issue resolved?   YES   NO
https://survey.aws-tc.amazon.com/r/{C10a}

Thank you,
AWS Training and Certification Customer Support"""
body = alt(part(new + FOOT_FORM, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new + FOOT_FORM), 'html', 'utf-8', 'quoted-printable'))
add('gmail-first-case-closed-as-duplicate', L('survey', C10a, [], True),
    aws_gmail_headers(t, AHMED, 'Subject: [CASE %s] Your case has been closed' % C10a), body, new)

# ---------------------------------------------------------------- 041 Tanaka: reopen notice (ja)
t = utc(2025, 8, 27, 0, 51, 33)
url = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % C4
new = f"""お客様

AWS サポートケース {C4} は再オープンされました。現在のステータスは「Amazon の対応待ち」です。

ケース ID: {C4}
件名: 認定アカウントの統合のお願い

担当チームに通知されており、サポートセンターにて回答いたします。新しいケースを作成する必要はございません。

ケースの表示: {url}

※このメールは送信専用アドレスから送信されています。

Amazon Web Services"""
hdr = aws_jp_headers(t, TANAKA, raw_subj('[ケース %s] ケースが再オープンされました' % C4, 'Shift_JIS', 'shift_jis', chunk=12),
                     'biglobe.ne.jp', 'mtabm02.biglobe.ne.jp')
body = part(new, 'plain', 'Shift_JIS', 'quoted-printable')
add('biglobe-ja-case-reopened-awaiting-amazon', L('support_reply', C4, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 042 Naoki: merge completed (ja)
t = utc(2025, 4, 22, 4, 9, 55)
prev = """山本様

統合内容についてご確認いただき、ありがとうございます。
これより統合作業を開始いたします。"""
new = f"""山本 直樹 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

大変お待たせいたしました。
ご依頼いただきましたアカウントの統合作業が、本日完了いたしましたのでご報告申し上げます。

 統合後のアカウント: AWS09027764

これまで AWS05873321 に登録されていた認定資格および受験履歴は、すべて上記アカウントでご確認いただけます。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

このたびはご不便をおかけいたしましたこと、重ねてお詫び申し上げます。
今後とも AWS 認定をよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート"""
hist = '\n\n---- 2025/04/18 15:30 Amazon Web Services wrote ----\n' + q(prev)
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Received: from mfilter%02d.ocn.ad.jp (mfilter%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.sky.ocn.ne.jp (Postfix) with ESMTP id 4ZkW%s\n\tfor <%s>; %s' % (
           R.randint(1, 40), R.randint(1, 40), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=3), 9, 'JST')),
       'Authentication-Results: ocn.ad.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com' % bounce,
       'Received: from %s (%s [%s])\n\tby mfilter%02d.ocn.ad.jp (Postfix) with ESMTPS id 4ZkW%s\n\tfor <%s>; %s' % (
           helo, helo, ip, R.randint(1, 40), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=2), 9, 'JST')),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % NAOKI,
       subj('RE:[CASE %s] %s【統合完了のご報告】' % (C7, FORM_SUBJ), 'iso-2022-jp'), 'Message-ID: %s' % ses_msgid(t)]
body = part(new + hist, 'plain', 'ISO-2022-JP', '7bit')
add('ocn-ja-integration-finished-report', L('merge_completed', C7, ['AWS05873321', 'AWS09027764'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 043 look-alike merge confirmation (Lukas)
t = utc(2025, 2, 18, 19, 44, 7)
new = f"""Dear Lukas Hoffmann,

We are ready to merge your AWS Certification accounts:

   Source account: AWS05118273
   Destination account: AWS08840019

To confirm the merge, please click the button below and log in with the password of
BOTH accounts. Without confirmation in 24 hours the request is cancelled.

CONFIRM MERGE: https://amazon-certifications.com/merge/confirm?c={C9}

AWS Training and Certification Customer Support"""
ip = '91.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
hdr = ['Return-Path: <support@amazon-certifications.com>',
       'Received: from mail.amazon-certifications.com ([%s]) by mx-ha.gmx.net (mxgmx015\n [212.227.15.9]) with ESMTPS (Nemesis) id 1M%s for <%s>;\n %s' % (
           ip, rb64(16).replace('/', 'k').replace('+', 'p'), LUKAS, rfc_date(plus(t, seconds=2), 1, 'CET')),
       'Authentication-Results: gmx.net;\n\tspf=pass smtp.mailfrom=support@amazon-certifications.com;\n\tdkim=pass header.d=amazon-certifications.com;\n\tdmarc=pass header.from=amazon-certifications.com',
       dkim('amazon-certifications.com', 'mail', t, hdrs='from:to:subject:date:message-id'),
       'Date: %s' % rfc_date(t, 1),
       'From: "AWS Training and Certification" <support@amazon-certifications.com>',
       'To: %s' % LUKAS,
       'Subject: RE:[CASE %s] Please confirm your account merge' % C9,
       'Message-ID: <%s@amazon-certifications.com>' % rhex(20)]
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new), 'html', 'utf-8', 'base64'))
add('gmx-lookalike-confirm-merge-with-passwords',
    L('merge_confirmation_requested', C9, ['AWS05118273', 'AWS08840019'], False), hdr, body, new)

# ---------------------------------------------------------------- 044 Lukas: merge done + closing case (boundary)
t = utc(2025, 2, 21, 9, 12, 38)
cust = """Hello Shreya,

sorry for the late answer. Please keep AWS08840019. Reason: I lost access to my university mail.
No exams are scheduled. I confirm that AWS05118273 can be merged into AWS08840019.

Best regards
Lukas"""
new = f"""Dear Lukas,

Thank you for your patience.

We are glad to inform you that the merge of your Certification accounts has been
completed successfully. Your certifications and exam history from AWS05118273 are
now available under AWS08840019. Kindly sign in and verify at your end.

As your request has been fulfilled, we will be marking this case as resolved. You
may receive a short survey about your experience - your feedback is highly
appreciated.

Thanks and Regards,
Shreya M.
AWS Training and Certification Customer Support"""
hist = '\n\n-----Original Message-----\nFrom: Lukas Hoffmann <%s>\nSent: 2/19/2025 7:55 PM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: AW: RE:[CASE %s] %s\n\n%s' % (LUKAS, C9, FORM_SUBJ, cust)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmx-merge-completed-case-will-be-resolved',
    L('merge_completed', C9, ['AWS05118273', 'AWS08840019'], True),
    gmx_headers(t, LUKAS, 'Subject: RE:[CASE %s] %s' % (C9, FORM_SUBJ)), body, new)


# ---------------------------------------------------------------- 045 Daniel: closure + YES/NO survey (form desk)
t = utc(2025, 6, 11, 18, 30, 12)
new = f"""Hello Daniel,

Your case {C1} with AWS Training and Certification Customer Support has been
closed.

Was your issue resolved?

  YES  https://pulse.aws/survey/TC{C1}?answer=yes
  NO   https://pulse.aws/survey/TC{C1}?answer=no

We'd also love to hear how Teodora V. handled your request. It only takes a minute
and helps us improve our service.

If you still need help with this matter, simply reply to this email within 14 days
and your case will be reopened.

Sincerely,
AWS Training and Certification Customer Support"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p><p>Your case {C1} with AWS Training and Certification Customer Support has been closed.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://pulse.aws/survey/TC{C1}?answer=yes" style="background:#1d8102;color:#fff;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://pulse.aws/survey/TC{C1}?answer=no" style="background:#d13212;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>We'd also love to hear how Teodora V. handled your request. It only takes a minute and helps us improve our service.</p>
<p>If you still need help with this matter, simply reply to this email within 14 days and your case will be reopened.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p></body></html>"""
body = alt(part(new + FOOT_FORM, 'plain', 'UTF-8', 'quoted-printable'), part(h, 'html', 'UTF-8', 'quoted-printable'))
add('gmail-case-closed-was-issue-resolved', L('survey', C1, [], True),
    aws_gmail_headers(t, DANIEL, 'Subject: [CASE %s] Was your issue resolved?' % C1, arc=True), body, new)

# ---------------------------------------------------------------- 046 Miho: survey (ja), HTML with wrong charset label
t = utc(2025, 6, 6, 6, 0, 45)
new = f"""佐藤 美穂 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
ケース番号 {C3} は解決済みとしてクローズいたしました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。

 ・お問い合わせの問題は解決しましたか？ はい / いいえ
 ・担当者の対応を 5 段階で評価してください

アンケートに回答する: https://pulse.aws/survey/TC{C3}?lang=ja

引き続き AWS 認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート"""
h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">' + \
    to_html(new, wrap=False) + '</body></html>'
hdr = aws_jp_headers(t, MIHO, subj('[CASE %s] アンケートご協力のお願い - AWS トレーニングと認定' % C3, 'utf-8', 'B'),
                     'nifty.com', 'mta-snd-e05.mail.nifty.com', frm=FORM_FROM)
body = part(h, 'html', 'iso-8859-1', 'base64', codec='utf-8')
add('nifty-ja-closed-questionnaire-mislabelled-charset', L('survey', C3, [], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 047 Marco 2019: Acclaim badge re-issued after merge
t = utc(2019, 9, 26, 22, 41, 9)
new = """Hi Marco,

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Developer - Associate

This badge was previously held on another Acclaim profile and has been re-issued to
you following the consolidation of your AWS Certification accounts.

Accept your badge: https://www.youracclaim.com/badges/3f0c8d21-9b6e-4a57-8e1c-6f2b0a9d4c73/accept

Once accepted, you can share it on LinkedIn, Twitter and Facebook, add it to your
email signature, or embed it on your website.

The Acclaim Team
Acclaim is a service of Credly, Inc. | 1 Penn Plaza, New York, NY 10119"""
ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
hdr = ['Return-Path: <bounces+4481723-7d1e-marco=bellini-studio.it@sendgrid.net>',
       'Delivered-To: %s' % MARCO_W,
       'Received: from localhost (localhost [127.0.0.1])\n\tby mail.bellini-studio.it (Postfix) with ESMTP id 46b0Fz3Kq1z9vD\n\tfor <%s>; Fri, 27 Sep 2019 00:41:14 +0200 (CEST)' % MARCO_W,
       'Authentication-Results: mail.bellini-studio.it (amavisd-new);\n\tdkim=pass (1024-bit key) header.d=youracclaim.com;\n\tdkim=pass (1024-bit key) header.d=sendgrid.info',
       'X-Virus-Scanned: Debian amavisd-new at bellini-studio.it',
       'Received: from o1.email.youracclaim.com (o1.email.youracclaim.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail.bellini-studio.it (Postfix) with ESMTPS id 46b0Fy6r0Nz9v8\n\tfor <%s>; Fri, 27 Sep 2019 00:41:13 +0200 (CEST)' % (ip, MARCO_W),
       dkim('youracclaim.com', 's1', t, hdrs='from:mime-version:subject:to:content-type'),
       'Date: %s' % rfc_date(t, 0),
       'From: "Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
       'To: %s' % MARCO_W,
       'Subject: Amazon Web Services Training and Certification has issued you a badge',
       'Message-ID: <%s@ismtpd0012p1iad2.sendgrid.net>' % rb64(22).replace('/', '_')]
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new), 'html', 'utf-8', 'quoted-printable'))
add('acclaim-2019-badge-reissued-after-consolidation', L('credly_badge_issued', None, [], True), hdr, body, new)

# ---------------------------------------------------------------- 048 Credly self-service merge code (unrelated)
t = utc(2025, 7, 22, 10, 14, 2)
new = """Hi Chen,

We received a request to merge another Credly account into this one.

Your verification code is: 648213

Enter this code on Credly to continue, or select the button below.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=Xq2Lb9fTz7Wc

Once the merge is complete, badges from the other account will appear on this
account and the other account will be closed. If you didn't request this, you can
ignore this email.

The code expires in 30 minutes.

Credly, Inc. | 3 World Trade Center, 175 Greenwich St, New York, NY 10007"""
ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
top, rcv = o365_received(t, ip, 'o%d.ptr%d.em.credly.com' % (R.randint(1, 20), R.randint(1000, 9999)))
hdr = top + [rcv,
             ar_outlook(ip, 'em.credly.com', [('pass', 'credly.com'), ('pass', 'sendgrid.info')], 'credly.com'),
             'Received-SPF: Pass (protection.outlook.com: domain of em.credly.com designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=o1.ptr4281.em.credly.com; pr=C' % (ip, ip),
             dkim('credly.com', 's1', t, hdrs='from:mime-version:subject:to:content-type'),
             'Date: %s' % rfc_date(t, 0), 'From: Credly <admin@credly.com>', 'To: %s' % CHEN,
             'Subject: Your Credly account merge verification code',
             'Message-ID: <%s@geopod-ismtpd-13>' % rb64(22).replace('/', '_')]
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new), 'html', 'utf-8', 'quoted-printable'))
add('o365-credly-self-service-merge-code', L('unrelated', None, [], True), hdr, body, new)

# ---------------------------------------------------------------- 049 Credly expiry reminder (unrelated)
t = utc(2024, 12, 2, 15, 33, 27)
new = """Hi Fatima,

Your badge AWS Certified Cloud Practitioner will expire on March 1, 2025.

Keep your skills current: recertify before the expiration date to keep your badge
active and continue sharing your achievement.

View badge: https://www.credly.com/badges/1a7e42c0-5d33-4b9e-8a61-9c0f2d7e3b84
Learn how to recertify: https://aws.amazon.com/certification/recertification/

Credly, Inc. | 3 World Trade Center, 175 Greenwich St, New York, NY 10007
Unsubscribe from badge expiration reminders"""
ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
atlas = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
hdr = ['Received: from 10.197.%d.%d\n by %s pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s' % (
           R.randint(1, 250), R.randint(1, 250), atlas, R.randint(100, 330), rhex(10), rfc_date(plus(t, seconds=3), 0)),
       'Return-Path: <bounces+5520341-aa31-fatima.zahra.b=yahoo.com@em.credly.com>',
       'Received-SPF: pass (domain of em.credly.com designates %s as permitted sender)' % ip,
       'Authentication-Results: %s;\n dkim=pass header.i=@credly.com header.s=s1;\n spf=pass smtp.mailfrom=em.credly.com;\n dmarc=pass(p=REJECT) header.from=credly.com;' % atlas,
       'Received: from %s (EHLO o3.ptr2211.em.credly.com)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
           ip, R.randint(1, 250), R.randint(1, 250), rfc_date(plus(t, seconds=2), 0)),
       dkim('credly.com', 's1', t, hdrs='from:mime-version:subject:to:content-type'),
       'Date: %s' % rfc_date(t, 0), 'From: "Credly" <admin@credly.com>', 'To: %s' % FATIMA,
       'Subject: Your AWS Certified Cloud Practitioner badge expires soon',
       'Message-ID: <%s@geopod-ismtpd-7>' % rb64(22).replace('/', '_')]
body = part(to_html(new), 'html', 'utf-8', 'base64')
add('yahoo-credly-badge-expiring-reminder', L('unrelated', None, [], True), hdr, body, new)

# ---------------------------------------------------------------- 050 Seller Central case (unrelated, same subject style)
CS = '16027731845'
t = utc(2025, 5, 14, 12, 9, 30)
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I've reviewed the listing for ASIN B0C7QX2R4M. It was suppressed because the main
image does not have a pure white background. Once you upload a compliant image in
Manage Inventory, the listing should become active within 24 hours.

Were you satisfied with the support provided? Please let us know by selecting one of
the links in Case Log.

Thanks,
Vikram
Amazon Services

To respond to this email, please click here:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={CS}

Your feedback is important to us."""
body = alt(part(new, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(new), 'html', 'UTF-8', 'quoted-printable'))
add('gmail-seller-central-listing-case', L('unrelated', CS, [], True),
    aws_gmail_headers(t, MARCO, 'Subject: RE:[CASE %s] Listing suppressed - main image' % CS,
                      frm='"Amazon Services" <seller-notification@amazon.com>'), body, new)


# ---------------------------------------------------------------- 051 GitHub merged notification (unrelated)
t = utc(2025, 7, 16, 13, 55, 21)
new = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/212#event-18227410953
You are receiving this because you authored the thread.

Message ID: <northwind-analytics/cert-tracker/pull/212/issue_event/18227410953@github.com>"""
ip = '192.30.252.%d' % R.randint(190, 210)
top, rcv = o365_received(t, ip, 'out-%d.smtp.github.com' % R.randint(10, 30))
hdr = top + [rcv,
             ar_outlook(ip, 'github.com', [('pass', 'github.com')], 'github.com'),
             'Received-SPF: Pass (protection.outlook.com: domain of github.com designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=out-21.smtp.github.com; pr=C' % (ip, ip),
             dkim('github.com', 'pf2023', t, hdrs='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From'),
             'Date: %s' % rfc_date(t, -7),
             'From: Priya Nair <notifications@github.com>',
             'Reply-To: northwind-analytics/cert-tracker <reply+AB3KZ5%s@reply.github.com>' % rhex(40).upper(),
             'To: northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>',
             'Cc: Chen Wei <%s>, Author <author@noreply.github.com>' % CHEN,
             'Subject: Re: [northwind-analytics/cert-tracker] Merge duplicate certification\n records by candidate ID (PR #212)',
             'Message-ID: <northwind-analytics/cert-tracker/pull/212/issue_event/18227410953@github.com>',
             'In-Reply-To: <northwind-analytics/cert-tracker/pull/212@github.com>',
             'References: <northwind-analytics/cert-tracker/pull/212@github.com>',
             'List-ID: northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>',
             'X-GitHub-Reason: author', 'X-GitHub-Sender: pnair-nw']
body = alt(part(new, 'plain', 'UTF-8', '7bit'), part(to_html(new), 'html', 'UTF-8', '7bit'))
add('o365-github-pr-merged-notification', L('unrelated', None, [], False), hdr, body, new)

# ---------------------------------------------------------------- 052 Pearson VUE appointment (unrelated)
t = utc(2025, 3, 14, 8, 2, 49)
new = """Dear Ahmed Hassan,

This email confirms that your appointment has been rescheduled.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Thursday, April 03, 2025
Time: 10:00 AM Central European Time
Delivery: Online proctored (OnVUE)
AWS Candidate ID: AWS01150926
Registration ID: 512847390

Before your exam, run the system test on the computer you will use:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours
before your appointment.

Pearson VUE
This is an automated message. Please do not reply."""
ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
top, rcv = gmail_received(t, AHMED, ip, 'mailout2.pearson.com')
hdr = ['Delivered-To: %s' % AHMED] + top + [
    'Return-Path: <pearsonvueconfirmation@pearson.com>', rcv,
    'Received-SPF: pass (google.com: domain of pearsonvueconfirmation@pearson.com designates %s as permitted sender) client-ip=%s;' % (ip, ip),
    ar_gmail('pearsonvueconfirmation@pearson.com', ip, [('pass', 'pearson.com', 'pvue2048')], 'pearson.com', dmarc='pass', policy='REJECT'),
    dkim('pearson.com', 'pvue2048', t, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
    'Date: %s' % rfc_date(t, -5), 'From: "Pearson VUE" <pearsonvueconfirmation@pearson.com>', 'To: %s' % AHMED,
    'Subject: Pearson VUE Confirmation of Exam Reschedule',
    'Message-ID: <%s.JavaMail.pvue@vueprodmail02>' % R.randint(10**8, 10**9)]
body = part(to_html(new), 'html', 'windows-1252', 'quoted-printable')
add('gmail-pearson-vue-reschedule-confirmation', L('unrelated', None, ['AWS01150926'], False), hdr, body, new)

# ---------------------------------------------------------------- 053 ja billing phishing, not about the merge (unrelated)
t = utc(2025, 8, 29, 11, 40, 3)
new = """【Amazon Web Services】お支払い情報の確認が必要です

お客様

お客様の AWS アカウントにおいて、登録されているクレジットカードでの請求が承認されませんでした。
24 時間以内にお支払い情報を更新いただけない場合、アカウントは一時停止され、すべてのリソースが削除されます。

お支払い情報を更新する: https://aws-billing-center.jp-console.info/update

Amazon Web Services, Inc."""
ip = '194.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
hdr = ['Return-Path: <admin@jp-console.info>',
       'Delivered-To: %s' % TANAKA,
       'Received: from jp-console.info (unknown [%s])\n\tby mtabm04.biglobe.ne.jp (Postfix) with ESMTP id 4cD1%s\n\tfor <%s>; %s' % (
           ip, rb64(6).replace('/', 'r'), TANAKA, rfc_date(plus(t, seconds=2), 9, 'JST')),
       'Authentication-Results: biglobe.ne.jp;\n\tspf=fail smtp.mailfrom=admin@jp-console.info;\n\tdkim=none;\n\tdmarc=fail header.from=amazon.co.jp',
       'Date: %s' % rfc_date(t, 9),
       'From: %s' % addr('Amazon Web Services', 'billing@amazon.co.jp'),
       'To: %s' % TANAKA,
       raw_subj('【重要】AWS お支払い情報の更新のお願い', 'Shift_JIS', 'shift_jis', chunk=10),
       'Message-ID: <%s@jp-console.info>' % rhex(18),
       'X-Mailer: Microsoft Outlook Express 6.00.2900.5512']
body = part(new, 'plain', 'Shift_JIS', '8bit')
add('biglobe-ja-billing-phish-not-merge', L('unrelated', None, [], False, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 054 Priya 2022: ack with 11-digit id (outlook.com)
t = utc(2022, 10, 17, 19, 55, 51)
new = f"""Case {C5} created

Dear Priya Raman,

We're confirming that your request to AWS Training and Certification was received
on 10/17/2022 and logged as case {C5}.

Please allow up to 24 hours for an associate to review it. When you write to us
about this request, keep [CASE {C5}] in the subject line so that your message is
attached to the right case.

This acknowledgement was generated automatically.

AWS Training and Certification Customer Support"""
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
top, rcv = o365_received(t, ip, helo)
hdr = top + [rcv,
             ar_outlook(ip, 'email.amazonses.com', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'amazon.com'),
             'Received-SPF: Pass (protection.outlook.com: domain of email.amazonses.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (ip, ip, helo),
             dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
             'Date: %s' % rfc_date(t, 0), 'From: %s' % FORM_FROM, 'To: %s' % PRIYA,
             'Subject: [CASE %s] %s' % (C5, FORM_SUBJ), 'Message-ID: %s' % ses_msgid(t),
             'Return-Path: %s' % bounce, 'X-MS-Exchange-Organization-SCL: 1']
body = part(to_html(new + FOOT_FORM), 'html', 'utf-8', 'quoted-printable')
add('outlookcom-2022-case-logged-acknowledgement', L('case_created', C5, [], True), hdr, body, new)

# ---------------------------------------------------------------- 055 docomo: keigo receipt notice (new user)
SAKURA = 'sakura-ito.0322@docomo.ne.jp'
T_C11 = utc(2025, 9, 1, 23, 58, 17); C11 = case15(T_C11, '09544')
t = plus(T_C11, seconds=40)
new = f"""伊藤 さくら 様

【お問い合わせ受付のお知らせ】

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容にて、お問い合わせを承りました。

――――――――――――――――――――
受付番号　：{C11}
受付日時　：2025年9月2日 8:58（日本時間）
お問い合わせ種別：認定 ＞ アカウントの統合
認定候補者 ID：AWS04260087
――――――――――――――――――――

内容を確認のうえ、担当者より原則 24 時間以内にご連絡を差し上げます。
恐れ入りますが、同一内容でのお問い合わせを重ねてお送りいただきますと、ご回答が遅れる場合がございますので、ご了承くださいませ。

なお、追加でお伝えいただきたい事項がございましたら、件名を変更せずに本メールへご返信ください。

※本メールはシステムより自動送信しております。

AWS トレーニングと認定 カスタマーサポート"""
ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
hdr = ['Return-Path: <%s>' % bounce,
       'Received: from mfsmax.docomo.ne.jp (mfsmax%02d [10.160.%d.%d])\n\tby mmfs%02d.docomo.ne.jp (Postfix) with ESMTP id 4cJ7%s\n\tfor <%s>; %s' % (
           R.randint(1, 20), R.randint(1, 250), R.randint(1, 250), R.randint(1, 20), rb64(6).replace('/', 'd'), SAKURA, rfc_date(plus(t, seconds=4), 9)),
       'Authentication-Results: mfsmax.docomo.ne.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com' % bounce,
       'Received: from %s (%s [%s])\n\tby mfsmax.docomo.ne.jp (Postfix) with ESMTPS id 4cJ7%s\n\tfor <%s>; %s' % (
           helo, helo, ip, rb64(6).replace('/', 'd'), SAKURA, rfc_date(plus(t, seconds=3), 9)),
       dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
       'Date: %s' % rfc_date(t, 0), 'From: %s' % addr('AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com', 'iso-2022-jp'),
       'To: %s' % SAKURA,
       subj('【AWS トレーニングと認定】お問い合わせ受付のお知らせ（受付番号：%s）' % C11, 'iso-2022-jp'),
       'Message-ID: %s' % ses_msgid(t)]
body = part(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso-2022-jp-ext')
add('docomo-ja-inquiry-acceptance-notice', L('case_created', C11, ['AWS04260087'], True, 'ja'), hdr, body, new)


# ---------------------------------------------------------------- 056 Ahmed: thanks, work under way (not yet done)
t = utc(2025, 3, 14, 10, 6, 15)
cust = """Hi Mateo,
I moved the exam to April 3 on the other account. Actually can we just go ahead now? I cancelled... sorry, I rescheduled it.
Ahmed"""
new = f"""Hi Ahmed,

Thanks for the quick reply. Since the appointment on AWS01150926 is still open
(it was moved to April 3 rather than cancelled), I've asked our back-office team to
check whether they can carry it over to AWS07710345 as part of the process. They
have picked up the request and are working on it now.

Once the merge is complete we will confirm here, and we'll also tell you where your
April 3 appointment ends up. Please don't book any new exams on either account in
the meantime.

Kind regards,
Mateo G.
AWS Training and Certification Customer Support"""
hist = '\n\nOn Fri, 14 Mar 2025 at 09:41, Ahmed Hassan <%s> wrote:\n' % AHMED + q(cust)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'),
           part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('gmail-backoffice-working-on-it-appointment', L('support_reply', C10, ['AWS01150926', 'AWS07710345'], True),
    aws_gmail_headers(t, AHMED, 'Subject: RE:[CASE %s] %s' % (C10, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 057 Fatima: completed (paraphrase)
def yahoo_aws_headers(t, to, subject_hdr, frm=FORM_FROM):
    ip = ses_ip(); helo = ses_host(ip); bounce = ses_bounce(t)
    atlas = 'atlas%d.free.mail.ne1.yahoo.com' % R.randint(100, 330)
    return ['Received: from 10.197.%d.%d\n by %s pod-id atlas%d--production-ne1-%s.ne1.yahoo.com with HTTP; %s' % (
                R.randint(1, 250), R.randint(1, 250), atlas, R.randint(100, 330), rhex(10), rfc_date(plus(t, seconds=3), 0)),
            'Return-Path: <%s>' % bounce,
            'Received-SPF: pass (domain of email.amazonses.com designates %s as permitted sender)' % ip,
            'Authentication-Results: %s;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (atlas, AMZ_SEL, SES_SEL),
            'X-Apparently-To: %s; %s' % (to, rfc_date(plus(t, seconds=3), 0)),
            'Received: from %s (EHLO %s)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
                ip, helo, R.randint(1, 250), R.randint(1, 250), rfc_date(plus(t, seconds=2), 0)),
            dkim('amazon.com', AMZ_SEL, t), dkim('amazonses.com', SES_SEL, t),
            'Date: %s' % rfc_date(t, 0), 'From: %s' % frm, 'To: %s' % to, subject_hdr,
            'Message-ID: %s' % ses_msgid(t)]

t = utc(2024, 11, 27, 13, 2, 56)
cust = "YES, please go ahead. Thank you Julia!"
new = f"""Hello Fatima,

All set! Your two profiles are now one. When you sign in to AWS02650418 you'll see
both your Cloud Practitioner and your Solutions Architect - Associate certifications,
along with the full exam history. The old profile can no longer be used to sign in.

Your Credly badge for Cloud Practitioner may be re-sent to you over the next few days
so it is attached to the right profile - that's expected.

It was a pleasure helping you.

Warm regards,
Julia R.
AWS Training and Certification Customer Support"""
hist = '\n\n\nOn Tuesday, November 26, 2024 at 07:45:02 PM GMT, Fatima Zahra <%s> wrote:\n\n' % FATIMA + q(cust) + \
       '\n>\n> On Monday, November 25, 2024, 4:30 PM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n>\n> > Here is what I\'m proposing: we\'ll consolidate your certification records into a\n> > single profile. AWS02650418 is the one that will remain active, and everything\n> > currently held under AWS09931270 [...]'
body = alt(part(new + FOOT_FORM + hist, 'plain', 'UTF-8', 'quoted-printable'), part(to_html(new + FOOT_FORM + hist), 'html', 'UTF-8', 'quoted-printable'))
add('yahoo-all-set-profiles-are-now-one', L('merge_completed', C8, ['AWS02650418'], True),
    yahoo_aws_headers(t, FATIMA, 'Subject: RE:[CASE %s] %s' % (C8, FORM_SUBJ)), body, new)

# ---------------------------------------------------------------- 058 Fatima: case reopened by her reply
t = utc(2024, 12, 3, 9, 14, 7)
new = f"""Hello,

We received your email about case {C8}, which had already been resolved, so the
case has been reopened and placed back in our queue.

A member of the AWS Training and Certification team will review your message and
reply as soon as possible, normally within 1-2 business days. There is no need to
send your message again.

Thank you,
AWS Training and Certification Customer Support

[This is an automated notification]"""
body = part(new + FOOT_FORM, 'plain', 'UTF-8', 'base64')
add('yahoo-resolved-case-reopened-by-reply', L('support_reply', C8, [], True),
    yahoo_aws_headers(t, FATIMA, 'Subject: [CASE %s] Your case has been reopened' % C8), body, new)

# ---------------------------------------------------------------- 059 Miho: MT Japanese "thanks for confirming, we will proceed"
t = utc(2025, 6, 4, 3, 26, 41)
cust = """中村様

内容に間違いありません。統合を進めてください。
よろしくお願いいたします。

佐藤美穂"""
new = f"""こんにちは佐藤さん、

確認していただきありがとうございます。

私たちは今、あなたのアカウントのマージを進めます。AWS07341196 は AWS02785510 にマージされます。このプロセスは通常 2～3 営業日かかります。

マージが完了したら、私たちはこのケースであなたに知らせます。その間、あなたは何もする必要はありません。

あなたの忍耐に感謝します。

よろしく、
ケビン
AWS トレーニングと認定カスタマーサポート"""
hist = '\n\n2025年6月3日(火) 21:10 佐藤美穂 <%s>:\n' % MIHO + q(cust)
hdr = aws_jp_headers(t, MIHO, subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3, 'utf-8', 'B'),
                     'nifty.com', 'mta-snd-e04.mail.nifty.com', frm=FORM_FROM)
body = alt(part(new + FOOT_FORM + hist, 'plain', 'utf-8', 'base64'), part(to_html(new + FOOT_FORM + hist), 'html', 'utf-8', 'base64'))
add('nifty-ja-mt-we-will-now-proceed', L('support_reply', C3, ['AWS02785510', 'AWS07341196'], True, 'ja'), hdr, body, new)

# ---------------------------------------------------------------- 060 Credly badge (Naoki, OCN)
t = utc(2025, 4, 24, 16, 21, 8)
new = """Naoki, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Data Engineer - Associate

Accept your badge: https://www.credly.com/badges/8c1f0e7a-3d92-4b61-a5e4-27d9b0c6f318?source=badge_issued_email

Accepting your badge lets you share it on LinkedIn and other networks, and lets
employers verify it.

Credly, Inc. | 3 World Trade Center, 175 Greenwich St, New York, NY 10007"""
ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
hdr = ['Return-Path: <bounces+3311002-5c0a-n.yamamoto=sky.ocn.ne.jp@em.credly.com>',
       'Received: from mfilter%02d.ocn.ad.jp (mfilter%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.sky.ocn.ne.jp (Postfix) with ESMTP id 4ZmP%s\n\tfor <%s>; %s' % (
           R.randint(1, 40), R.randint(1, 40), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=3), 9, 'JST')),
       'Authentication-Results: ocn.ad.jp;\n\tspf=pass smtp.mailfrom=bounces+3311002-5c0a-n.yamamoto=sky.ocn.ne.jp@em.credly.com;\n\tdkim=pass header.i=@credly.com',
       'Received: from o7.ptr3302.em.credly.com (o7.ptr3302.em.credly.com [%s])\n\tby mfilter%02d.ocn.ad.jp (Postfix) with ESMTPS id 4ZmP%s\n\tfor <%s>; %s' % (
           ip, R.randint(1, 40), rb64(6).replace('/', 'c'), NAOKI, rfc_date(plus(t, seconds=2), 9, 'JST')),
       dkim('credly.com', 's1', t, hdrs='from:mime-version:subject:to:content-type'),
       'Date: %s' % rfc_date(t, 0),
       'From: "Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
       'To: %s' % NAOKI,
       'Subject: Naoki, you\'ve been issued a badge from Amazon Web Services Training and\n Certification',
       'Message-ID: <%s@geopod-ismtpd-22>' % rb64(22).replace('/', '_')]
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(to_html(new), 'html', 'utf-8', 'quoted-printable'))
add('ocn-credly-badge-issued-data-engineer', L('credly_badge_issued', None, [], True), hdr, body, new)


# === END MAILS ===


def write_all():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(HERE, fname), 'wb') as fp:
            fp.write(data)
        labels[fname] = label
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, indent=2, ensure_ascii=False)
    print('wrote', len(MAILS), 'mails')


if __name__ == '__main__':
    write_all()
