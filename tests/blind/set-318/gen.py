#!/usr/bin/env python3
"""Generator for blind set 318: AWS Certification account-merge mailbox, emphasis on
confirmation requests and their look-alikes (EN + JA)."""
import os, re, json, base64, quopri, random, io, html
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(318)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[ \-_]?(\d{8})(?!\d)')


# ----------------------------------------------------------------- basics
def T(s, tz=UTC):
    """'YYYY-mm-dd HH:MM:SS' in tz -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def cid15(opened, suffix):
    return '%d%05d' % (int(opened.timestamp()), suffix)


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(random.choice(a) for _ in range(n))


def ralnum(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(random.choice(a) for _ in range(n))


def fmt(d):
    return format_datetime(d).replace('-0000', '+0000')


def pacific(d):
    off = -7 if 3 < d.month < 11 else -8
    return d.astimezone(dt.timezone(dt.timedelta(hours=off)))


def pdt_str(d):
    p = pacific(d)
    return format_datetime(p) + (' (PDT)' if p.utcoffset().total_seconds() == -7 * 3600 else ' (PST)')


def ses_msgid(d, host='email.amazonses.com'):
    ms = int(d.timestamp() * 1000)
    local = '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return local, '<%s@%s>' % (local, host)


def eh(s, charset='utf-8', name='Subject'):
    """encoded-word header value, folded"""
    return Header(s, charset, header_name=name).encode(linesep='\n')


def ew(s, charset='Shift_JIS', codec='cp932', enc='B', chunk=12):
    """hand-made encoded words, one per chunk of characters, folded"""
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(codec)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in b)
            words.append('=?%s?Q?%s?=' % (charset, q))
    return '\n '.join(words)


def addr(name, email, charset='utf-8'):
    return formataddr((name, email), charset)


def fold(*lines):
    return '\n\t'.join(lines)


def folds(*lines):
    return '\n        '.join(lines)


# ----------------------------------------------------------------- MIME parts
def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None):
    raw = text.encode(codec or charset)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', charset)
    del p['MIME-Version']
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(plain, htmlp, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary or ('----=_Part_%d_%d.%d' % (
        random.randint(100000, 9999999), random.randint(10000000, 999999999), random.randint(10**12, 2 * 10**12))))
    del m['MIME-Version']
    m.attach(plain)
    m.attach(htmlp)
    return m


def serialize(part):
    part = part
    # MIME-Version first on the root
    items = part.items()
    for k in set(k for k, _ in items):
        del part[k]
    part['MIME-Version'] = '1.0'
    for k, v in items:
        if k.lower() != 'mime-version':
            part[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(max_line_length=78)).flatten(part)
    return buf.getvalue()


def build(headers, body):
    out = []
    for n, v in headers:
        out.append('%s: %s\n' % (n, v))
    return ''.join(out).encode('ascii') + serialize(body)


def t2h(text):
    """plain text -> simple html paragraphs"""
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    return '\n'.join(out)


def qlines(text, prefix='> '):
    res = []
    for l in text.split('\n'):
        if l.startswith('>'):
            res.append('>' + l)
        elif l == '':
            res.append('>')
        else:
            res.append(prefix + l)
    return '\n'.join(res)


def gmail_quote(when, name, email, text):
    return 'On %s %s <%s> wrote:\n%s' % (when, name, email, qlines(text))


def ja_quote(when, name, email, text):
    return '%s %s <%s>:\n%s' % (when, name, email, qlines(text))


def outlook_block(frm, sent, to, subj, text, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subj, text)


def orig_block(frm, sent, to, subj, text):
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (frm, sent, to, subj, text)


# ----------------------------------------------------------------- trace headers
SES = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
       ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
       ('a48-106.smtp-out.amazonses.com', '54.240.48.106'),
       ('a8-97.smtp-out.amazonses.com', '54.240.8.97'),
       ('a27-55.smtp-out.us-west-2.amazonses.com', '54.240.27.55')]

AMZ_SEL = 'rjlykdbtpnc5fwatfjhynqtmkdfmuydg'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def dkim_sig(domain, selector, d, hdrs='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', c='relaxed/simple'):
    ts = int(d.timestamp())
    b = rb64(172)
    return fold('v=1; a=rsa-sha256; q=dns/txt; c=%s;' % c,
                's=%s; d=%s; t=%d;' % (selector, domain, ts),
                'h=%s;' % hdrs,
                'bh=%s=;' % rb64(43),
                'b=%s' % b[:70], b[70:140] + '', b[140:] + '=')


def ar_value(style, a):
    """a: dict(dkim=[(res, domain, sel)], spf=res, mailfrom=..., ip=..., dmarc=res or None,
    fromdom=..., p='QUARANTINE')"""
    if style == 'gmail':
        parts = []
        for res, dom, sel in a.get('dkim', []):
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, ralnum(8)))
        if a.get('spf'):
            sp = a['spf']
            verb = 'designates' if sp == 'pass' else 'does not designate'
            parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
                sp, a['mailfrom'], verb, a['ip'], a['mailfrom'].split('@')[-1] if a.get('short') else a['mailfrom']))
        if a.get('dmarc'):
            p = a.get('p', 'QUARANTINE')
            dis = 'NONE' if a['dmarc'] == 'pass' else p
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], p, p, dis, a['fromdom']))
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        s = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; ' % (a['spf'], a['ip'], a['mailfrom'].split('@')[-1])
        if a.get('dkim'):
            res, dom, _ = a['dkim'][0]
            s += 'dkim=%s (%s) header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', dom)
        else:
            s += 'dkim=none (message not signed) header.d=none;'
        dm = a.get('dmarc', 'pass')
        s += 'dmarc=%s action=%s header.from=%s;' % (dm, 'none' if dm in ('pass', 'none', 'bestguesspass') else 'quarantine', a['fromdom'])
        s += 'compauth=%s reason=%s' % ({'pass': 'pass', 'none': 'softpass', 'bestguesspass': 'pass'}.get(dm, 'fail'),
                                        {'pass': '100', 'none': '201', 'bestguesspass': '109'}.get(dm, '000'))
        return s
    # japanese providers / generic: style is the authserv-id
    parts = ['spf=%s smtp.mailfrom=%s' % (a['spf'], a['mailfrom'])]
    for res, dom, sel in a.get('dkim', []):
        parts.append('dkim=%s header.d=%s header.s=%s' % (res, dom, sel))
    if a.get('dmarc'):
        parts.append('dmarc=%s header.from=%s' % (a['dmarc'], a['fromdom']))
    return style + ';\n\t' + ';\n\t'.join(parts)


def trace_gmail(to, d, host, ip, mailfrom, a, arc=True):
    p = pdt_str(d)
    gid = 'af79cd13be357-%s' % rhex(10) if random.random() < .5 else '%s-%s' % (
        random.choice(['d75a77b69052e', 'a640c23a62f3a', '6a1803df08f44']), rhex(10))
    h = [('Delivered-To', to),
         ('Received', folds('by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;' % (
             rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), ralnum(4).lower(), random.randint(100000, 9999999),
             random.choice(['dyb', 'pxb', 'lqb', 'wrb'])), p)),
         ('X-Google-Smtp-Source', 'AGHT+I%s' % rb64(80)),
         ('X-Received', folds('by 2002:a05:620a:%s:b0:%s:%s with SMTP id %smr%d%s.%d.%d;' % (
             rhex(4), rhex(3), rhex(4), gid, random.randint(10**8, 10**9), ralnum(4).lower(),
             random.randint(1, 60), int(d.timestamp() * 1000)), p))]
    ar = ar_value('gmail', dict(a, mailfrom=mailfrom, ip=ip))
    if arc:
        h += [('ARC-Seal', folds('i=1; a=rsa-sha256; t=%d; cv=none;' % int(d.timestamp()),
                                 'd=google.com; s=arc-20240605;', 'b=%s' % rb64(70), rb64(70), rb64(60) + '=='))
              , ('ARC-Message-Signature', folds('i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;',
                                               'h=feedback-id:mime-version:subject:message-id:to:from:date',
                                               '        :dkim-signature:dkim-signature;',
                                               'bh=%s=;' % rb64(43), 'fh=%s=;' % rb64(43),
                                               'b=%s' % rb64(70), rb64(70), rb64(30) + '=='))
              , ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', '<%s>' % mailfrom),
          ('Received', folds('from %s (%s. [%s])' % (host, host, ip),
                             'by mx.google.com with ESMTPS id %ssi%d%s.%d.%s' % (gid, random.randint(1000000, 9999999), ralnum(3).lower(), random.randint(1, 400), pacific(d).strftime('%Y.%m.%d.%H.%M.%S')),
                             'for <%s>' % to,
                             '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);', p)),
          ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
              a.get('spf', 'pass'), mailfrom, 'designates' if a.get('spf', 'pass') == 'pass' else 'does not designate', ip, ip)),
          ('Authentication-Results', ar)]
    return h


def trace_outlook(to, d, host, ip, mailfrom, a):
    srv = random.choice(['SA1PR19MB', 'PH0PR11MB', 'DS7PR05MB', 'TYCPR01MB', 'AM9PR08MB']) + str(random.randint(1000, 9999))
    prot = random.choice(['BN2PEPF000044A8', 'SN1PEPF0002529F', 'CY4PEPF0000E9D1', 'OS0PEPF00000012'])
    hd = fmt(d.astimezone(UTC))
    return [
        ('Received', fold('from %s.namprd19.prod.outlook.com (2603:10b6:806:%s::%d) by' % (srv, rhex(3), random.randint(10, 99)),
                          ' %s.namprd19.prod.outlook.com with HTTPS; %s' % (srv, hd.replace('-0000', '+0000')))),
        ('Received', fold('from %s.namprd03.prod.outlook.com (2603:10b6:806:%s::4)' % (prot, rhex(3)),
                          ' by %s.namprd19.prod.outlook.com (2603:10b6:510:%s::19) with' % (srv, rhex(3)),
                          ' Microsoft SMTP Server (version=TLS1_2,',
                          ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                              random.randint(8000, 9400), random.randint(10, 40), hd.replace('-0000', '+0000')))),
        ('Authentication-Results', ar_value('outlook', dict(a, mailfrom=mailfrom, ip=ip))),
        ('Received-SPF', fold('%s (protection.outlook.com: domain of %s' % (
            'Pass' if a['spf'] == 'pass' else a['spf'].capitalize(), mailfrom.split('@')[-1]),
            ' designates %s as permitted sender)' % ip if a['spf'] == 'pass' else ' does not designate %s as permitted sender)' % ip,
            ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (ip, host))),
        ('Received', fold('from %s (%s) by' % (host, ip),
                          ' %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP' % (prot, random.randint(2, 250)),
                          ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend' % (
                              random.randint(8000, 9400), random.randint(10, 40)),
                          ' Transport; %s' % hd.replace('-0000', '+0000'))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', '%s' % d.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + 'Z'),
        ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ('X-MS-PublicTrafficType', 'Email'),
        ('Return-Path', mailfrom),
    ]


def trace_jp(to, d, host, ip, mailfrom, a, authserv, mx):
    jd = fmt(d.astimezone(UTC if 'yahoo' in mx else JST)).replace('-0000', '+0000')
    dom = to.split('@')[1]
    return [
        ('Return-Path', '<%s>' % mailfrom),
        ('Delivered-To', to),
        ('Received', fold('from %s ([10.%d.%d.%d])' % (mx, random.randint(1, 250), random.randint(1, 250), random.randint(1, 250)),
                          'by mbox%02d.%s with LMTP id %s' % (random.randint(1, 40), dom, ralnum(16)),
                          'for <%s>; %s' % (to, jd))),
        ('Authentication-Results', ar_value(authserv, dict(a, mailfrom=mailfrom, ip=ip))),
        ('Received', fold('from %s (%s [%s])' % (host, host, ip),
                          'by %s with ESMTPS id %s' % (mx, ralnum(12)),
                          'for <%s>; %s' % (to, jd))),
    ]


def aws_sender_headers(frm, to, subject, d, msgid, extra=(), dkim=True, region='us-east-1'):
    h = []
    if dkim:
        h.append(('DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, d)))
        h.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, d, hdrs='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID')))
    h += [('Date', fmt(d.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', frm), ('To', to), ('Message-ID', msgid), ('Subject', subject)]
    h += list(extra)
    h += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43))),
          ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), 'PLACEHOLDER'))]
    return h


AWS_OK = dict(dkim=[('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], spf='pass', dmarc='pass',
              fromdom='amazon.com')


def aws_mail(to, d, frm, subject, body, trace='gmail', extra=(), hostidx=None, auth=None, jp=None, arc=True):
    """genuine AWS SES mail; returns bytes"""
    host, ip = SES[hostidx if hostidx is not None else random.randrange(len(SES))]
    local, mid = ses_msgid(d)
    region = 'us-west-2' if 'us-west-2' in host else 'us-east-1'
    mailfrom = '%s@%s' % (local, 'us-west-2.amazonses.com' if region == 'us-west-2' else 'amazonses.com')
    a = dict(auth or AWS_OK)
    recv = d + dt.timedelta(seconds=random.randint(1, 9))
    if trace == 'gmail':
        th = trace_gmail(to, recv, host, ip, mailfrom, a, arc=arc)
    elif trace == 'outlook':
        th = trace_outlook(to, recv, host, ip, mailfrom, a)
    elif trace == 'none':
        th = [('Return-Path', '<%s>' % mailfrom), ('Received', fold('from %s (%s [%s])' % (host, host, ip),
                                                                    'by mail.%s (Postfix) with ESMTPS id %s' % (to.split('@')[1], ralnum(10).upper()),
                                                                    'for <%s>; %s' % (to, fmt(recv))))]
    else:
        authserv, mx = jp
        th = trace_jp(to, recv, host, ip, mailfrom, a, authserv, mx)
    if region == 'us-west-2':
        mid = mid.replace('@email.amazonses.com', '@us-west-2.amazonses.com')
    sh = aws_sender_headers(frm, to, subject, d, mid, extra, region=region)
    sh = [(n, v.replace('PLACEHOLDER', ip)) for n, v in sh]
    return build(th + sh, body)


def other_mail(to, d, frm, subject, body, msgid, mailfrom, host, ip, trace='gmail', auth=None, dkim=None,
               extra=(), jp=None, lower=(), arc=True):
    """mail from a non-SES sender. dkim: list of (domain, selector) signatures; lower: headers added by the
    sender itself (e.g. forged Authentication-Results), placed below the trace."""
    recv = d + dt.timedelta(seconds=random.randint(2, 40))
    a = auth
    if trace == 'gmail':
        th = trace_gmail(to, recv, host, ip, mailfrom, a, arc=arc)
    elif trace == 'outlook':
        th = trace_outlook(to, recv, host, ip, mailfrom, a)
    elif trace == 'none':
        th = [('Return-Path', '<%s>' % mailfrom),
              ('Received', fold('from %s (%s [%s])' % (host, host, ip),
                                'by mail.%s (Postfix) with ESMTPS id %s' % (to.split('@')[1], ralnum(10).upper()),
                                'for <%s>; %s' % (to, fmt(recv))))]
    else:
        th = trace_jp(to, recv, host, ip, mailfrom, a, jp[0], jp[1])
    sh = list(lower)
    for dom, sel in (dkim or []):
        sh.append(('DKIM-Signature', dkim_sig(dom, sel, d, hdrs='from:to:subject:date:message-id:mime-version:content-type', c='relaxed/relaxed')))
    sh += [('Date', fmt(d)), ('From', frm), ('To', to), ('Subject', subject), ('Message-ID', msgid)]
    sh += list(extra)
    return build(th + sh, body)


def credly_mail(to, d, subject, body, trace='gmail', jp=None, auth=None, frm=None, dom='credly.com'):
    mf = 'bounces+%d-%s-%s=%s@em.%s' % (random.randint(1000000, 9999999), rhex(4), to.split('@')[0], to.split('@')[1], dom)
    a = auth or dict(dkim=[('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], spf='pass', dmarc='pass', fromdom=dom,
                     p='REJECT')
    host, ip = 'o%d.ptr%d.%s' % (random.randint(1, 9), random.randint(1000, 9999), 'em.' + dom), '149.72.%d.%d' % (
        random.randint(1, 250), random.randint(1, 250))
    frm = frm or '"Amazon Web Services Training and Certification via Credly" <admin@%s>' % dom
    mid = '<%s@geopod-ismtpd-%d>' % (ralnum(22), random.randint(1, 40))
    return other_mail(to, d, frm, subject, body, mid, mf, host, ip, trace, a, dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')],
                      jp=jp, extra=[('X-SG-EID', rb64(80)), ('X-Entity-ID', rb64(22) + '==')])


def add(fname, kind, case_id, new, sv, lang, data):
    assert fname not in LABELS, fname
    ids = sorted(set('AWS' + m for m in ID_RE.findall(new)))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)


# ----------------------------------------------------------------- common text
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'

FOOTER_EN = ('We value your feedback. Please share your experience by rating this correspondence using the AWS '
             'Support Center link at the end of this correspondence. Each correspondence can also be rated by '
             'selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
             'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark '
             'of Amazon.com, Inc. or its affiliates.')

CONSOLE_FOOTER = ('To see all the correspondence for this case, or to reply, please sign in to the AWS Support '
                  'Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n'
                  '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To '
                  'respond, please use the link above.\n\n'
                  'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark '
                  'of Amazon.com, Inc. or its affiliates.')

CONSOLE_FOOTER_JA = ('このケースのすべてのやり取りを確認する、または返信するには、AWS サポートセンターにサインインしてください:\n'
                     'https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja\n\n'
                     '※このメールは送信専用のアドレスから送信されています。ご返信は上記リンクからお願いいたします。\n\n'
                     'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。')


def aws_html(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>\n'
            '<tr><td style="padding:24px">\n%s\n</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (lang, inner)


# ================================================================= MAILS
# ---------------------------------------------------------------- case C1 (form desk, EN, Gmail)
C1_OPEN = T('2025-05-27 14:12:05')
C1 = cid15(C1_OPEN, 371)
P_TO = 'priya.raman@gmail.com'


def m001():
    d = T('2025-05-27 14:12:38')
    new = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated message to let you know '
           'that we have received your request and opened case %s for you.\n\n'
           'A member of our team will review your inquiry and respond within 24 hours. To add information to this '
           'request, reply to this email and keep the case number in the subject line. Please do not submit a new '
           'form for the same issue, as this can delay our response.\n\n'
           'Summary of your submission\n'
           'Inquiry type: AWS Training and Certification\n'
           'Detail: Account Merge\n'
           'AWS candidate ID: AWS04417832\n'
           'Name: Priya Raman\n'
           'Email: priya.raman@gmail.com\n\n'
           'Kind regards,\n'
           'AWS Training and Certification\n') % C1
    body = alt(tpart(new + '\n' + FOOTER_EN.split('\n\n')[1] + '\n'),
               tpart(aws_html(t2h(new) + '<p style="color:#687078;font-size:11px">' + FOOTER_EN.split('\n\n')[1] + '</p>'), 'html'))
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1
    add('001-form-ack-new-case.eml', 'case_created', C1, new, True, 'en',
        aws_mail(P_TO, d, FORM_FROM, subj, body, 'gmail'))


C1_ROWS_TXT = ('  Account to keep (primary)\n'
               '    AWS candidate ID: AWS04417832\n'
               '    Name on account: Priya Raman\n'
               '    Login email: priya.raman@gmail.com\n'
               '    Certifications: AWS Certified Solutions Architect - Associate (SAA-C03)\n\n'
               '  Account to be merged (will be closed)\n'
               '    AWS candidate ID: AWS10992376\n'
               '    Name on account: Priya R\n'
               '    Login email: p.raman@wipro.com\n'
               '    Certifications: AWS Certified Cloud Practitioner (CLF-C02)\n')

C1_REQ = ('Hello Priya,\n\n'
          'Thank you for reaching out to AWS Training and Certification, my name is Rahul and I will be assisting '
          'you with this case.\n\n'
          'I understand that you have two AWS Certification accounts and would like to have them combined into a '
          'single account. I have located the following accounts:\n\n' + C1_ROWS_TXT + '\n'
          'After the merge, all certifications, exam history and benefits will be available under AWS04417832 and '
          'you will sign in with priya.raman@gmail.com. Please be aware that a merge is permanent and cannot be '
          'reversed once it has been processed.\n\n'
          'Could you please reply to this email to confirm that the above details are correct and that you would '
          'like us to go ahead with the merge?\n\n'
          'Best regards,\n'
          'Rahul S.\n'
          'AWS Training and Certification\n')

C1_SUBMISSION = ('Inquiry type: AWS Training and Certification\n'
                 'Detail: Account Merge\n'
                 'AWS candidate ID: AWS04417832\n'
                 'Description: Hi, I have two certification accounts. The old one was created with my previous '
                 'employer email (p.raman@wipro.com) and has my Cloud Practitioner. Please merge it into my '
                 'current account. Old candidate ID is AWS10992376.\n')


def m002():
    d = T('2025-05-28 08:03:10')
    quote = ('---------- Original message ----------\n'
             'Sent: Tue, 27 May 2025 14:12:05 GMT\n'
             'Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n' + C1_SUBMISSION)
    text = C1_REQ + '\n' + FOOTER_EN + '\n\n' + quote
    rows_html = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">'
                 '<tr style="background:#f2f3f3"><th></th><th>Account to keep (primary)</th><th>Account to be merged (will be closed)</th></tr>'
                 '<tr><td>AWS candidate ID</td><td>AWS04417832</td><td>AWS10992376</td></tr>'
                 '<tr><td>Name on account</td><td>Priya Raman</td><td>Priya R</td></tr>'
                 '<tr><td>Login email</td><td>priya.raman@gmail.com</td><td>p.raman@wipro.com</td></tr>'
                 '<tr><td>Certifications</td><td>AWS Certified Solutions Architect - Associate (SAA-C03)</td><td>AWS Certified Cloud Practitioner (CLF-C02)</td></tr>'
                 '</table>')
    top, rest = C1_REQ.split(C1_ROWS_TXT)
    h = (t2h(top) + rows_html + t2h(rest) + '<p style="color:#687078;font-size:11px">' + html.escape(FOOTER_EN).replace('\n\n', '<br><br>') + '</p>'
         + '<hr><div style="color:#555">' + t2h(quote) + '</div>')
    body = alt(tpart(text), tpart(aws_html(h), 'html'))
    add('002-confirm-request-rows.eml', 'merge_confirmation_requested', C1, C1_REQ, True, 'en',
        aws_mail(P_TO, d, FORM_FROM, FORM_SUBJ % C1, body, 'gmail', hostidx=0))


def m003():
    d = T('2025-05-30 07:41:52')
    new = ('Hello Priya,\n\n'
           'I hope you are doing well. I am following up on my previous message below, as we have not yet heard '
           'back from you.\n\n'
           'Before we can combine your records we need your written go-ahead. To recap: the account AWS-10992376 '
           '(p.raman@wipro.com) would be folded into AWS-04417832 (priya.raman@gmail.com), and only the latter '
           'would remain active. This cannot be undone afterwards.\n\n'
           'If everything is in order, a short reply such as "I confirm, please proceed" is enough. If anything '
           'needs to be changed, for example you would rather keep the other account, just let me know.\n\n'
           'Best regards,\n'
           'Rahul S.\n'
           'AWS Training and Certification\n')
    quote = ('----- Previous correspondence -----\n'
             'Date: Wed, 28 May 2025 08:03:10 +0000\n'
             'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n' % C1
             + C1_REQ)
    text = new + '\n' + FOOTER_EN + '\n\n' + qlines(quote)
    body = alt(tpart(text), tpart(aws_html(t2h(new) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                                          + t2h(quote) + '</blockquote>'), 'html'))
    add('003-confirm-reminder-prose.eml', 'merge_confirmation_requested', C1, new, True, 'en',
        aws_mail(P_TO, d, FORM_FROM, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1, body, 'gmail'))


def m004():
    d = T('2025-05-31 19:22:07')
    new = ('Hello Priya,\n\n'
           'Thank you for your confirmation and for your patience while we worked on this.\n\n'
           'I am happy to let you know that your AWS Certification accounts have now been merged. The Cloud '
           'Practitioner certification and exam history that were held on AWS10992376 now appear under '
           'AWS04417832, and the old account has been deactivated. Going forward please sign in to the '
           'AWS Certification account with priya.raman@gmail.com.\n\n'
           'Your digital badges may take up to 48 hours to appear in your Credly account. If they are not there '
           'after that, please reply to this email and we will look into it.\n\n'
           'Best regards,\n'
           'Rahul S.\n'
           'AWS Training and Certification\n')
    quote = gmail_quote('Fri, May 30, 2025 at 10:15 PM', 'Priya Raman', P_TO,
                        'Hi Rahul,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nPriya')
    text = new + '\n' + FOOTER_EN + '\n\n' + quote
    body = alt(tpart(text), tpart(aws_html(t2h(new) + '<div class="gmail_quote">' + t2h(quote) + '</div>'), 'html'))
    add('004-merge-done.eml', 'merge_completed', C1, new, True, 'en',
        aws_mail(P_TO, d, FORM_FROM, FORM_SUBJ % C1, body, 'gmail'))


def m005():
    d = T('2025-05-31 19:24:40')
    new = ('Hello Priya Raman,\n\n'
           'Your case %s has been resolved and is now closed.\n\n'
           'We hope we were able to help with your inquiry. Tell us how we did - it only takes a minute.\n\n'
           'Was your issue resolved?\n'
           'YES: https://survey.training.aws/s/resolved?c=%s&r=1\n'
           'NO: https://survey.training.aws/s/resolved?c=%s&r=0\n\n'
           'If you need further help with this topic, reply to this email within 14 days and the case will be '
           'reopened.\n\n'
           'AWS Training and Certification\n') % (C1, C1, C1)
    h = aws_html('<p>Hello Priya Raman,</p><p>Your case <b>%s</b> has been resolved and is now closed.</p>'
                 '<p>We hope we were able to help with your inquiry. Tell us how we did &ndash; it only takes a minute.</p>'
                 '<p style="font-size:16px"><b>Was your issue resolved?</b></p>'
                 '<p><a href="https://survey.training.aws/s/resolved?c=%s&amp;r=1" style="background:#ff9900;color:#16191f;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;'
                 '<a href="https://survey.training.aws/s/resolved?c=%s&amp;r=0" style="background:#d5dbdb;color:#16191f;padding:8px 24px;text-decoration:none">NO</a></p>'
                 '<p>If you need further help with this topic, reply to this email within 14 days and the case will be reopened.</p>'
                 '<p>AWS Training and Certification</p>' % (C1, C1, C1))
    body = tpart(h, 'html', cte='base64')
    add('005-case-closed-survey.eml', 'survey', C1, new, True, 'en',
        aws_mail(P_TO, d, FORM_FROM, 'Your case %s has been closed' % C1, body, 'gmail'))

# ---------------------------------------------------------------- case C2 (console, JA, nifty)
C2_OPEN = T('2025-06-03 00:40:12')
C2 = cid15(C2_OPEN, 81)
Y_TO = 'k-yamada@nifty.com'
NIFTY = ('mx.nifty.com', 'mta-rcv%02d.nifty.com' % 7)


def m006():
    d = T('2025-06-03 00:40:31')
    new = ('AWS サポートにお問い合わせいただき、ありがとうございます。\n\n'
           'お客様のお問い合わせに対応するため、ケース %s を作成しました。\n\n'
           'ケース ID: %s\n'
           '件名: AWS認定のアカウントが2つあるので統合したい\n'
           '重大度: 一般的なガイダンス\n'
           'サービス: Training and Certification\n'
           'カテゴリ: Account Merge\n\n'
           '担当者が内容を確認のうえ、順次ご連絡いたします。追加の情報がある場合は、AWS サポートセンターから'
           'ケースに返信してください。\n\n'
           'よろしくお願いいたします。\n'
           'Amazon Web Services\n') % (C2, C2)
    text = new + '\n' + CONSOLE_FOOTER_JA % C2 + '\n'
    body = alt(tpart(text, cte='base64'), tpart(aws_html(t2h(text), 'ja'), 'html', cte='base64'))
    subj = eh('Amazon Web Services: 新しいサポートケースを開きました: %s' % C2)
    add('006-console-case-opened-ja.eml', 'case_created', C2, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, subj, body, 'jp', jp=NIFTY))


def m007():
    d = T('2025-06-04 02:15:44')
    new = ('山田 健太 様\n\n'
           'AWS サポートにお問い合わせいただき、ありがとうございます。\n'
           'AWS トレーニングと認定 サポート担当の佐藤と申します。\n\n'
           'AWS 認定アカウントの統合についてのご依頼、承知いたしました。\n'
           'ご申告いただいた候補者 ID AWS31875524 のアカウントは確認できましたが、もう一方のアカウントを'
           '特定するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。\n\n'
           '  1. もう一方のアカウントにサインインする際に使用していたメールアドレス\n'
           '  2. 可能であれば、そのアカウントの候補者 ID（AWS から始まる番号）\n'
           '  3. 統合後に引き続きご利用になりたいメールアドレス\n\n'
           'いただいた情報をもとにアカウントを確認し、統合内容をあらためてご案内いたします。\n'
           'お手数をおかけしますが、よろしくお願いいたします。\n\n'
           '佐藤\n'
           'Amazon Web Services\n')
    text = new + '\n' + CONSOLE_FOOTER_JA % C2 + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text), 'ja'), 'html'))
    subj = eh('RE:[CASE %s] AWS認定のアカウントが2つあるので統合したい' % C2)
    add('007-ja-asks-login-emails.eml', 'support_reply', C2, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, subj, body, 'jp', jp=NIFTY))


def m008():
    d = T('2025-06-05 01:30:19')
    new = ('山田 健太 様\n\n'
           'お世話になっております。AWS サポートの佐藤でございます。\n'
           '旧アカウントの情報をお知らせいただき、誠にありがとうございました。\n\n'
           '確認いたしましたところ、旧アカウント AWS62019437（k.yamada@tokai-sys.co.jp）に登録されている'
           '認定資格および受験履歴を、現在ご利用中のアカウント AWS31875524（k-yamada@nifty.com）へ移行する形で'
           '統合を行うことが可能です。統合後は AWS31875524 のみが有効なアカウントとして残り、'
           'AWS62019437 は利用できなくなります。\n\n'
           'なお、アカウントの統合は一度実施いたしますと元に戻すことができません。あらかじめご了承ください。\n\n'
           '上記の内容でお間違いがなければ、サポートセンターから「上記の内容で統合をお願いします」と'
           'ご返信いただけますでしょうか。ご確認いただけ次第、統合作業に着手いたします。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '佐藤\n'
           'Amazon Web Services\n')
    text = new + '\n' + CONSOLE_FOOTER_JA % C2 + '\n'
    body = tpart(text, charset='iso-2022-jp', cte='7bit')
    subj = eh('RE:[CASE %s] AWS認定のアカウントが2つあるので統合したい' % C2, 'iso-2022-jp')
    add('008-ja-confirm-request-prose-iso2022jp.eml', 'merge_confirmation_requested', C2, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, subj, body, 'jp', jp=NIFTY))


def m009():
    d = T('2025-06-06 00:52:03')
    new = ('山田 健太 様\n\n'
           'ご確認のご連絡をいただき、ありがとうございます。\n\n'
           'いただいた内容にもとづき、担当部署へ統合作業を依頼いたしました。作業には通常 1〜3 営業日ほど'
           'お時間をいただいております。統合が完了しましたら、本ケースにてあらためてご連絡いたします。\n\n'
           'それまでの間、新たな試験のご予約はお控えいただきますようお願いいたします。\n\n'
           '引き続きよろしくお願いいたします。\n\n'
           '佐藤\n'
           'Amazon Web Services\n')
    text = new + '\n' + CONSOLE_FOOTER_JA % C2 + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text), 'ja'), 'html'))
    subj = eh('RE:[CASE %s] AWS認定のアカウントが2つあるので統合したい' % C2)
    add('009-ja-thanks-will-proceed.eml', 'support_reply', C2, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, subj, body, 'jp', jp=NIFTY))


def m010():
    d = T('2025-06-09 05:05:47')
    new = ('山田 健太 様\n\n'
           'お待たせいたしました。AWS サポートの佐藤です。\n\n'
           'ご依頼いただいておりました AWS 認定アカウントの統合作業が完了いたしましたので、ご報告いたします。'
           '旧アカウントに登録されていた認定資格と受験履歴は、すべて AWS31875524 に移行済みです。\n\n'
           '今後は k-yamada@nifty.com で AWS Certification アカウントにサインインしてください。'
           'Credly のデジタルバッジへの反映には、最大で 48 時間ほどかかる場合がございます。\n\n'
           'ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
           '佐藤\n'
           'Amazon Web Services\n')
    text = new + '\n' + CONSOLE_FOOTER_JA % C2 + '\n'
    body = alt(tpart(text, cte='base64'), tpart(aws_html(t2h(text), 'ja'), 'html', cte='base64'))
    subj = eh('RE:[CASE %s] AWS認定のアカウントが2つあるので統合したい' % C2)
    a = dict(dkim=[('pass', 'amazon.com', AMZ_SEL)], spf='pass', fromdom='amazon.com')
    add('010-ja-merge-complete.eml', 'merge_completed', C2, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, subj, body, 'jp', jp=NIFTY, auth=a))

# ---------------------------------------------------------------- case C3 (form, 11-digit, 2022, Outlook)
C3 = '10387745261'
M_TO = 'marco.bianchi@outlook.com'
C3_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3
C3_REQ1 = ('Hi Marco,\n\n'
           'Greetings from AWS Training and Certification. My name is Joanna and I\'ll be taking care of your '
           'request.\n\n'
           'I was able to find both of your certification profiles. This is what the merge would look like:\n\n'
           '- Surviving account: AWS20566913 - marco.bianchi@outlook.com\n'
           '- Account to merge in and retire: AWS73310584 - marco.bianchi@accenture.com\n\n'
           'All exam results and active certifications from the retired account will be transferred to the '
           'surviving one. Please note that this process is irreversible.\n\n'
           'If this is correct, please reply to this email confirming that we may proceed.\n\n'
           'Kind regards,\n'
           'Joanna P.\n'
           'Amazon Web Services\n')


def m011():
    d = T('2022-08-09 11:20:36')
    text = C3_REQ1 + '\n' + FOOTER_EN + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('011-confirm-request-dash-list.eml', 'merge_confirmation_requested', C3, C3_REQ1, True, 'en',
        aws_mail(M_TO, d, FORM_FROM, C3_SUBJ, body, 'outlook', hostidx=1))


C3_REQ2 = ('Hi Marco,\n\n'
           'Apologies, I need to correct my previous email: I swapped the last two digits of your old candidate '
           'ID. Please review the corrected details below:\n\n'
           '- Surviving account: AWS20566913 - marco.bianchi@outlook.com\n'
           '- Account to merge in and retire: AWS73310548 - marco.bianchi@accenture.com\n\n'
           'Everything else stays the same. As the merge cannot be reversed, I would be grateful if you could reply '
           'and confirm these corrected details before we go ahead. Please ignore the ID given in my earlier message.\n\n'
           'Sorry for the confusion.\n\n'
           'Kind regards,\n'
           'Joanna P.\n'
           'Amazon Web Services\n')


def m012():
    d = T('2022-08-09 15:02:11')
    quote = orig_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'Tuesday, August 9, 2022 11:20 AM', M_TO, C3_SUBJ, C3_REQ1)
    text = C3_REQ2 + '\n' + FOOTER_EN + '\n\n' + quote
    body = alt(tpart(text), tpart(aws_html(t2h(C3_REQ2) + '<br><div style="border-top:1px solid #ccc">' + t2h(quote) + '</div>'), 'html'))
    add('012-confirm-request-after-correction.eml', 'merge_confirmation_requested', C3, C3_REQ2, True, 'en',
        aws_mail(M_TO, d, FORM_FROM, C3_SUBJ, body, 'outlook', hostidx=1))


def m013():
    d = T('2022-08-10 09:12:58')
    new = ('Hi Marco,\n\n'
           'Thank you for confirming. I have handed your request over to our certification operations team and '
           'we will now proceed with the merge as discussed.\n\n'
           'It usually takes 1-2 business days. I will update this case as soon as I hear back from them, so '
           'there is no need to do anything on your side for now.\n\n'
           'Kind regards,\n'
           'Joanna P.\n'
           'Amazon Web Services\n')
    user = ('Hi Joanna,\n\nConfirmed, the corrected details are right. Please go ahead.\n\nThanks\nMarco\n\n'
            + orig_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                         'Tuesday, August 9, 2022 3:02 PM', M_TO, C3_SUBJ, C3_REQ2))
    quote = outlook_block('Marco Bianchi <marco.bianchi@outlook.com>', 'Tuesday, August 9, 2022 6:40 PM',
                          'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                          'RE: ' + C3_SUBJ, user)
    text = new + '\n' + FOOTER_EN + '\n\n' + quote
    body = alt(tpart(text), tpart(aws_html(t2h(new) + '<div id="appendonsend"></div><hr>' + t2h(quote)), 'html'))
    add('013-thanks-for-confirming-proceeding.eml', 'support_reply', C3, new, True, 'en',
        aws_mail(M_TO, d, FORM_FROM, C3_SUBJ, body, 'outlook'))


def m014():
    d = T('2022-08-11 16:45:20')
    new = ('Hi Marco,\n\n'
           'Good news - the operations team has finished combining your profiles. Your certification history '
           'is now consolidated under AWS20566913, and you can keep signing in with marco.bianchi@outlook.com. '
           'The retired profile can no longer be used.\n\n'
           'As your request has been fulfilled, I will now resolve this case. You may receive a short survey about '
           'your experience; your feedback is much appreciated.\n\n'
           'Kind regards,\n'
           'Joanna P.\n'
           'Amazon Web Services\n')
    text = new + '\n' + FOOTER_EN + '\n'
    body = alt(tpart(text, cte='base64'), tpart(aws_html(t2h(text)), 'html', cte='base64'))
    add('014-merge-finished-and-resolving.eml', 'merge_completed', C3, new, True, 'en',
        aws_mail(M_TO, d, FORM_FROM, C3_SUBJ, body, 'outlook'))


def m015():
    d = T('2022-08-11 16:47:02')
    new = ('Dear Marco Bianchi,\n\n'
           'Case %s has been marked as resolved.\n\n'
           'We would love to hear about your experience with AWS Training and Certification Customer Support. '
           'How satisfied were you with the support you received?\n\n'
           '  1 - Very dissatisfied   2   3   4   5 - Very satisfied\n\n'
           'Rate your experience: https://pulse.aws/survey/TCSUPPORT?caseId=%s\n\n'
           'This survey will take less than two minutes. Thank you for helping us improve.\n\n'
           'AWS Training and Certification\n') % (C3, C3)
    h = aws_html('<p>Dear Marco Bianchi,</p><p>Case %s has been marked as resolved.</p>'
                 '<p>We would love to hear about your experience with AWS Training and Certification Customer Support. '
                 'How satisfied were you with the support you received?</p><p>' % C3
                 + ''.join('<a href="https://pulse.aws/survey/TCSUPPORT?caseId=%s&amp;score=%d" style="display:inline-block;width:36px;'
                           'text-align:center;border:1px solid #879596;margin:2px;padding:6px 0;color:#16191f;text-decoration:none">%d</a>' % (C3, i, i)
                           for i in range(1, 6))
                 + '</p><p style="font-size:12px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied</p>'
                 '<p>This survey will take less than two minutes. Thank you for helping us improve.</p><p>AWS Training and Certification</p>')
    body = alt(tpart(new), tpart(h, 'html'))
    add('015-resolved-rating-request.eml', 'survey', C3, new, True, 'en',
        aws_mail(M_TO, d, FORM_FROM, 'How did we do? Case %s' % C3, body, 'outlook'))


# ---------------------------------------------------------------- case C4 (10-digit, 2020)
C4 = '7004519263'
A_TO = 'ahmed@alfarsi-eng.ae'
C4_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C4


def m016():
    d = T('2020-03-16 06:48:13')
    new = ('Dear Ahmed,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'As per your request, we have checked our records and found below 2 accounts under your name:\n\n'
           '1) AWS 00872145  /  ahmed@alfarsi-eng.ae  -  this account will be retained\n'
           '2) AWS 01399872  /  a.alfarsi@emiratesnbd.com  -  this account will be merged into account no. 1\n\n'
           'Kindly confirm the above merge request by replying to this email. Please note that once the accounts '
           'are merged it is not possible to separate them again.\n\n'
           'Request you to not create a new case for the same query.\n\n'
           'Thanks & Regards,\n'
           'Sneha\n'
           'AWS Training and Certification\n')
    quote = orig_block('Ahmed Al-Farsi <ahmed@alfarsi-eng.ae>', 'Sunday, March 15, 2020 7:02 PM',
                       'aws-certification@amazon.com', 'Account Merge',
                       'Hello,\n\nI have 2 accounts, one with my old bank email. I want all my certificates in one '
                       'place.\nCurrent: AWS00872145\n\nRegards\nAhmed')
    text = new + '\n' + quote + '\n'
    body = tpart(text, charset='us-ascii', cte='7bit')
    add('016-2020-confirm-request-numbered.eml', 'merge_confirmation_requested', C4, new, True, 'en',
        aws_mail(A_TO, d, FORM_FROM, C4_SUBJ, body, 'outlook', hostidx=3))


def m017():
    d = T('2020-03-18 13:05:40')
    new = ('Dear Ahmed,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'This is to inform you that the merge of your accounts has been completed successfully. Now all your '
           'certifications are reflecting under AWS00872145. You can login using ahmed@alfarsi-eng.ae.\n\n'
           'Thanks & Regards,\n'
           'Sneha\n'
           'AWS Training and Certification\n')
    body = tpart(new, charset='us-ascii', cte='7bit')
    add('017-2020-merge-done-no-auth-results.eml', 'merge_completed', C4, new, None, 'en',
        aws_mail(A_TO, d, FORM_FROM, C4_SUBJ, body, 'none'))

# ---------------------------------------------------------------- case C5 (form, JA, undo / split, docomo)
C5_OPEN = T('2025-04-14 05:21:44')
C5 = cid15(C5_OPEN, 12560)
S_TO = 'misaki.suzuki.0704@docomo.ne.jp'
DOCOMO = ('mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp')


def m018():
    d = T('2025-04-15 03:08:27')
    new = ('鈴木 美咲 様\n\n'
           'いつもお世話になっております。\n'
           'AWS トレーニングと認定 カスタマーサポートの高橋でございます。\n\n'
           '先月実施いたしましたアカウント統合を取り消し、元の 2 つのアカウントに戻したいとのご要望につきまして、'
           '確認いたしました。\n\n'
           '大変申し訳ございませんが、一度統合したアカウントを元の状態に分離することは、システムの仕様上'
           'いたしかねます。ご期待に沿えず申し訳ございません。\n\n'
           'なお、統合後のアカウント AWS58800273 のサインイン用メールアドレスを、会社のメールアドレスへ'
           '変更することは可能です。変更をご希望の場合は、変更後のメールアドレスを本メールへのご返信にて'
           'お知らせいただけますでしょうか。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '高橋\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    quote = ja_quote('2025年4月14日(月) 14:21', '鈴木 美咲', S_TO,
                     'お世話になっております。鈴木です。\n\n'
                     '先月、AWS44190725 を AWS58800273 に統合していただきましたが、\n'
                     '会社の研修管理の都合で、やはり別々のアカウントに戻していただきたいです。\n'
                     '統合の取り消しは可能でしょうか。\n\n'
                     'よろしくお願いいたします。\n鈴木 美咲')
    text = new + '\n' + quote + '\n'
    body = tpart(text, charset='iso-2022-jp', cte='7bit')
    subj = eh(FORM_SUBJ % C5 + ' (統合の取り消しについて)', 'iso-2022-jp')
    add('018-ja-undo-merge-not-possible.eml', 'support_reply', C5, new, True, 'ja',
        aws_mail(S_TO, d, FORM_FROM, subj, body, 'jp', jp=DOCOMO))


def m019():
    d = T('2025-04-17 08:44:05')
    new = ('鈴木 美咲 様\n\n'
           'お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。\n\n'
           '前回のご連絡のあと、統合後のアカウント AWS58800273 の履歴を改めて確認いたしましたところ、'
           '2024年11月に受験された AWS Certified Solutions Architect - Associate の記録が、'
           '同姓同名の別の受験者様のものであることが判明いたしました。統合時の確認が不十分であったことを'
           '深くお詫び申し上げます。\n\n'
           'つきましては、この受験記録のみを鈴木様のアカウントから切り離し、本来の受験者様のアカウントへ'
           '戻す（分割する）処理を行いたく存じます。鈴木様ご本人の認定資格や受験履歴には影響はございません。\n\n'
           'この切り離し処理を進めてもよろしいでしょうか。お手数ですが、「切り離しに同意します」と'
           'ご返信いただけますと幸いです。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '高橋\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    text = new + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text), 'ja'), 'html'))
    subj = eh(FORM_SUBJ % C5 + ' (統合の取り消しについて)')
    add('019-ja-confirm-split-wrong-exam-record.eml', 'support_reply', C5, new, True, 'ja',
        aws_mail(S_TO, d, FORM_FROM, subj, body, 'jp', jp=DOCOMO))


# ---------------------------------------------------------------- case C6 (form, EN, non-native agent, Yahoo)
C6_OPEN = T('2025-07-08 10:03:27')
C6 = cid15(C6_OPEN, 54102)
O_TO = 'seun.adeyemi@yahoo.com'
YAHOO = ('atlas-production.v2.mail.yahoo.com', 'mta4123.mail.bf1.yahoo.com')
C6_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C6


def m020():
    d = T('2025-07-09 05:31:18')
    new = ('Dear Oluwaseun,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'We have checked and could see there are two certification accounts registered under your name:\n\n'
           '  * AWS39045517 - seun.adeyemi@yahoo.com (created 2021)\n'
           '  * AWS82264003 - oadeyemi@andela.com (created 2023)\n\n'
           'Kindly let us know which of the above account you would like to keep as primary account. The other '
           'account will be merged to the primary one and after that it will no longer be accessible.\n\n'
           'Also please mention the reason for the merge request, it is required for our records.\n\n'
           'Looking forward to hear from you.\n\n'
           'Regards,\n'
           'Vishal K.\n'
           'AWS Training & Certification Support\n')
    text = new + '\n' + FOOTER_EN + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('020-asks-which-account-to-keep.eml', 'support_reply', C6, new, True, 'en',
        aws_mail(O_TO, d, FORM_FROM, C6_SUBJ, body, 'jp', jp=YAHOO))


C6_REQ = ('Dear Oluwaseun,\n\n'
          'Thank you for the information.\n\n'
          'As per your response, please find the merge details below:\n\n'
          'Primary account (to retain)   : AWS39045517  | seun.adeyemi@yahoo.com\n'
          'Secondary account (to merge)  : AWS82264003  | oadeyemi@andela.com\n'
          'Reason                        : Duplicate account created with employer email\n\n'
          'Request you to kindly go through the above details carefully and revert back with your confirmation, '
          'so we can initiate the merge process. Please note the merge action is irreversible.\n\n'
          'Regards,\n'
          'Vishal K.\n'
          'AWS Training & Certification Support\n')


def m021():
    d = T('2025-07-10 06:02:49')
    quote = ('On Wednesday, July 9, 2025 at 06:41:12 PM GMT+1, Oluwaseun Adeyemi <seun.adeyemi@yahoo.com> wrote:\n\n'
             'Hello Vishal,\n\nPlease keep the yahoo one (AWS39045517). The andela account was created by my '
             'employer for a training programme by mistake.\n\nThank you\nSeun')
    text = C6_REQ + '\n' + FOOTER_EN + '\n\n' + quote + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(C6_REQ) + '<div class="yahoo_quoted">' + t2h(quote) + '</div>'), 'html'))
    add('021-confirm-request-primary-secondary.eml', 'merge_confirmation_requested', C6, C6_REQ, True, 'en',
        aws_mail(O_TO, d, FORM_FROM, C6_SUBJ, body, 'jp', jp=YAHOO))


def m022():
    d = T('2025-07-14 04:17:36')
    new = ('Dear Oluwaseun,\n\n'
           'Gentle reminder.\n\n'
           'We are still awaiting for your confirmation to merge aws82264003 into aws39045517 as mentioned in our '
           'previous mail (copy below). Kindly reply "Yes, I confirm" if the details are correct so that we can '
           'proceed further.\n\n'
           'Regards,\n'
           'Vishal K.\n'
           'AWS Training & Certification Support\n')
    quote = '-------- Previous message --------\n' + C6_REQ
    text = new + '\n' + qlines(quote) + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(new) + '<blockquote>' + t2h(quote) + '</blockquote>'), 'html'))
    add('022-gentle-reminder-lowercase-ids.eml', 'merge_confirmation_requested', C6, new, True, 'en',
        aws_mail(O_TO, d, FORM_FROM, C6_SUBJ, body, 'jp', jp=YAHOO))


def m023():
    d = T('2025-07-18 05:55:02')
    new = ('Dear Oluwaseun,\n\n'
           'This is a follow up on your case. We are yet to receive your confirmation on the merge request which '
           'we sent earlier.\n\n'
           'If we do not hear back from you within 72 hours, the case will be automatically resolved. No worries, '
           'you can reopen it anytime by simply replying to this email.\n\n'
           'Regards,\n'
           'Vishal K.\n'
           'AWS Training & Certification Support\n')
    text = new + '\n' + FOOTER_EN + '\n'
    body = alt(tpart(text, cte='base64'), tpart(aws_html(t2h(text)), 'html', cte='base64'))
    add('023-chaser-no-response-auto-resolve.eml', 'support_reply', C6, new, True, 'en',
        aws_mail(O_TO, d, FORM_FROM, C6_SUBJ, body, 'jp', jp=YAHOO))


# ---------------------------------------------------------------- case C7 (console, EN, Outlook)
C7_OPEN = T('2025-02-19 17:45:09')
C7 = cid15(C7_OPEN, 930)
L_TO = 'lan.nguyen@outlook.com'
C7_SUBJ = 'RE:[CASE %s] Combine my two certification profiles' % C7


def console_reply(new, case, lang='en'):
    return new + '\n' + (FOOTER_EN.split('\n\n')[0] + '\n\n' if lang == 'en' else '') + (CONSOLE_FOOTER if lang == 'en' else CONSOLE_FOOTER_JA) % case + '\n'


def m024():
    d = T('2025-02-20 09:12:40')
    new = ('Hello Lan,\n\n'
           'Thank you for your patience. I have found both profiles you mentioned, AWS47720931 and AWS66108254.\n\n'
           'Before anything else, I noticed that the name is recorded differently on the two profiles: '
           '"Nguyen Thi Lan" on one and "Lan Nguyen" on the other. The name on the remaining profile has to match '
           'the government-issued ID you present at the test centre.\n\n'
           'Could you please confirm that "Nguyen Thi Lan" is the name exactly as it appears on your ID? A simple '
           '"yes" is fine, or send us the correct spelling.\n\n'
           'Best regards,\n'
           'Daniel\n'
           'Amazon Web Services\n')
    text = console_reply(new, C7)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('024-yes-question-about-name.eml', 'support_reply', C7, new, True, 'en',
        aws_mail(L_TO, d, CONSOLE_FROM, C7_SUBJ, body, 'outlook'))


def m025():
    d = T('2025-02-20 16:30:05')
    new = ('Hello Lan,\n\n'
           'Thanks for confirming the name.\n\n'
           'One more quick check: you wrote to us from lan.nguyen@outlook.com, but one of the profiles uses '
           'lan.nguyen@fpt.edu.vn. Can you confirm that lan.nguyen@outlook.com is the address you want to sign '
           'in with from now on? We will also send certification notices there. Just reply yes, or tell us the '
           'address you prefer.\n\n'
           'Best regards,\n'
           'Daniel\n'
           'Amazon Web Services\n')
    text = console_reply(new, C7)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('025-yes-question-about-email.eml', 'support_reply', C7, new, True, 'en',
        aws_mail(L_TO, d, CONSOLE_FROM, C7_SUBJ, body, 'outlook'))


def m026():
    d = T('2025-02-21 10:02:57')
    new = ('Hello Lan,\n\n'
           'Thank you, that gives us everything we need. To sum up what we are about to do:\n\n'
           'Your profile AWS66108254 (lan.nguyen@fpt.edu.vn) will be combined into AWS47720931, which becomes '
           'your only profile. The name on it will be "Nguyen Thi Lan" and you will sign in with '
           'lan.nguyen@outlook.com. Once the merge is complete we will let you know here, and any badges from the '
           'old profile will be reissued to your Credly account.\n\n'
           'Since this step is final, please reply to this case to say you agree with the above. We will not '
           'start until we have your go-ahead.\n\n'
           'Best regards,\n'
           'Daniel\n'
           'Amazon Web Services\n')
    text = console_reply(new, C7)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('026-confirm-request-summary-once-complete.eml', 'merge_confirmation_requested', C7, new, True, 'en',
        aws_mail(L_TO, d, CONSOLE_FROM, C7_SUBJ, body, 'outlook'))


def m027():
    d = T('2025-02-21 13:47:21')
    new = ('Hello Lan,\n\n'
           'Quick follow-up before we start: the profile AWS66108254 holds an unused 50% exam discount voucher '
           '(expires 31 March 2025). Benefits are normally carried over, but unused vouchers on the profile being '
           'retired are sometimes cancelled in the process.\n\n'
           'Would you like us to reissue that voucher on your remaining profile? Please reply "yes" and we will '
           'arrange it. If you would rather redeem it yourself first, let us know and we will wait.\n\n'
           'Best regards,\n'
           'Daniel\n'
           'Amazon Web Services\n')
    text = console_reply(new, C7)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('027-yes-question-about-voucher.eml', 'support_reply', C7, new, True, 'en',
        aws_mail(L_TO, d, CONSOLE_FROM, C7_SUBJ, body, 'outlook'))

# ---------------------------------------------------------------- case C8 (form, JA, Shift_JIS, biglobe)
C8_OPEN = T('2025-09-02 02:11:50')
C8 = cid15(C8_OPEN, 7741)
I_TO = 'daisuke.ito@biglobe.ne.jp'
BIGLOBE = ('biglobe.ne.jp', 'mtaih03.biglobe.ne.jp')
C8_SUBJ = FORM_SUBJ % C8

C8_REQ = ('伊藤 大輔 様\n\n'
          'このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
          'カスタマーサポート担当の中村と申します。\n\n'
          'アカウント統合のご依頼につきまして、下記の 2 つのアカウントを確認いたしました。\n\n'
          '【統合先（統合後も残るアカウント）】\n'
          '  候補者 ID：AWS15537720\n'
          '  メールアドレス：daisuke.ito@biglobe.ne.jp\n'
          '  保有認定：AWS Certified Developer - Associate\n\n'
          '【統合元（統合後に無効となるアカウント）】\n'
          '  候補者 ID：AWS90314468\n'
          '  メールアドレス：d-ito@kk-solutions.co.jp\n'
          '  保有認定：AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate\n\n'
          '統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ引き継がれます。\n'
          'なお、統合後に元の状態へ戻すことはできませんので、ご注意ください。\n\n'
          '上記の内容で統合を進めてよろしいか、本メールへのご返信にてご確認をお願いいたします。\n\n'
          '中村\n'
          'AWS トレーニングと認定 カスタマーサポート\n')


def m028():
    d = T('2025-09-03 01:20:33')
    rows = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
            '<tr style="background:#eaeded"><th>項目</th><th>統合先（統合後も残るアカウント）</th><th>統合元（統合後に無効となるアカウント）</th></tr>'
            '<tr><td>候補者 ID</td><td>AWS15537720</td><td>AWS90314468</td></tr>'
            '<tr><td>メールアドレス</td><td>daisuke.ito@biglobe.ne.jp</td><td>d-ito@kk-solutions.co.jp</td></tr>'
            '<tr><td>保有認定</td><td>AWS Certified Developer - Associate</td><td>AWS Certified Cloud Practitioner<br>AWS Certified SysOps Administrator - Associate</td></tr>'
            '</table>')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
         '<body style="font-family:\'MS PGothic\',sans-serif;font-size:14px">\n'
         '<p>伊藤 大輔 様</p>\n<p>このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>'
         'カスタマーサポート担当の中村と申します。</p>\n'
         '<p>アカウント統合のご依頼につきまして、下記の 2 つのアカウントを確認いたしました。</p>\n' + rows +
         '\n<p>統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ引き継がれます。<br>'
         'なお、統合後に元の状態へ戻すことはできませんので、ご注意ください。</p>\n'
         '<p><b>上記の内容で統合を進めてよろしいか、本メールへのご返信にてご確認をお願いいたします。</b></p>\n'
         '<p>中村<br>AWS トレーニングと認定 カスタマーサポート</p>\n</body></html>\n')
    body = tpart(h, 'html', charset='Shift_JIS', cte='base64', codec='shift_jis')
    add('028-ja-confirm-request-table-sjis-html-only.eml', 'merge_confirmation_requested', C8, C8_REQ, True, 'ja',
        aws_mail(I_TO, d, FORM_FROM, C8_SUBJ, body, 'jp', jp=BIGLOBE))


def m029():
    d = T('2025-09-08 00:35:10')
    new = ('伊藤 大輔 様\n\n'
           'お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。\n\n'
           '9月3日にお送りしたメールについて、まだご返信を確認できておりませんので、念のため再度ご連絡いたしました。\n\n'
           '  ①統合先（残るアカウント）：AWS15537720\n'
           '  ②統合元（無効となるアカウント）：AWS90314468\n\n'
           '①に②を統合する内容でよろしければ、「この内容で統合してください」とご返信ください。'
           '内容に変更がある場合も、お気軽にお知らせください。\n'
           '※お手続きには通常 1～3 営業日ほどかかります。\n\n'
           'よろしくお願いいたします。\n\n'
           '中村\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    inner_user = ('中村様\n\nご連絡ありがとうございます。\n旧アカウントは会社のアドレスで作ったものです。\nよろしくお願いします。\n伊藤')
    prev = (C8_REQ.split('上記の内容で統合を進めて')[0].rstrip() + '\n\n'
            + ja_quote('2025年9月2日(火) 11:11', '伊藤 大輔', I_TO, inner_user))
    quote = ja_quote('2025年9月3日(水) 10:20', 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', prev)
    text = new + '\n' + quote + '\n'
    body = tpart(text, charset='Shift_JIS', cte='8bit', codec='cp932')
    subj = ew('【再送】' + C8_SUBJ, chunk=20)
    add('029-ja-reminder-cp932-labelled-sjis-nested.eml', 'merge_confirmation_requested', C8, new, True, 'ja',
        aws_mail(I_TO, d, FORM_FROM, subj, body, 'jp', jp=BIGLOBE))


def m030():
    d = T('2025-09-10 06:58:12')
    new = ('伊藤 大輔 様\n\n'
           'お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。\n\n'
           'ご返信いただき、ありがとうございました。ご依頼のアカウント統合が完了いたしました。\n'
           '保有されていた 3 つの認定資格は、すべて候補者 ID AWS15537720 のアカウントでご確認いただけます。'
           'サインインには daisuke.ito@biglobe.ne.jp をご利用ください。\n\n'
           '本件はこれにて完了となりますので、本ケースはクローズさせていただきます。\n'
           'またご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
           '中村\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    body = alt(tpart(new), tpart(aws_html(t2h(new), 'ja'), 'html'))
    add('030-ja-merge-done-and-closing.eml', 'merge_completed', C8, new, True, 'ja',
        aws_mail(I_TO, d, FORM_FROM, eh(C8_SUBJ), body, 'jp', jp=BIGLOBE))


def m031():
    d = T('2025-09-10 07:01:40')
    new = ('伊藤 大輔 様\n\n'
           'ケース %s はクローズされました。\n\n'
           'AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n'
           'サービス向上のため、簡単なアンケートにご協力ください。\n\n'
           'お問い合わせは解決しましたか？\n'
           'はい / いいえ\n\n'
           '担当者の対応はいかがでしたか？ 5 段階でご評価ください。\n\n'
           'AWS トレーニングと認定\n') % C8
    h = aws_html('<p>伊藤 大輔 様</p><p>ケース %s はクローズされました。</p>'
                 '<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>'
                 'サービス向上のため、簡単なアンケートにご協力ください。</p>'
                 '<p><b>お問い合わせは解決しましたか？</b></p>'
                 '<p><a href="https://survey.training.aws/s/resolved?c=%s&amp;r=1&amp;l=ja">はい</a> / '
                 '<a href="https://survey.training.aws/s/resolved?c=%s&amp;r=0&amp;l=ja">いいえ</a></p>'
                 '<p>担当者の対応はいかがでしたか？ 5 段階でご評価ください。</p>'
                 '<p>★ ★★ ★★★ ★★★★ ★★★★★</p><p>AWS トレーニングと認定</p>' % (C8, C8, C8), 'ja')
    body = tpart(h, 'html', cte='base64')
    add('031-ja-closed-survey-html-only.eml', 'survey', C8, new, True, 'ja',
        aws_mail(I_TO, d, FORM_FROM, eh('ケース %s がクローズされました - アンケートのお願い' % C8), body, 'jp', jp=BIGLOBE))


# ---------------------------------------------------------------- case C9 (console, EN, three accounts, Gmail)
C9_OPEN = T('2025-10-06 13:28:31')
C9 = cid15(C9_OPEN, 61)
CM_TO = 'carlos.mendes.br@gmail.com'
C9_SUBJ = 'RE:[CASE %s] Merge 3 AWS Certification accounts into one' % C9


def m032():
    d = T('2025-10-06 13:28:49')
    new = ('Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Merge 3 AWS Certification accounts into one\n'
           'Severity: General guidance\n'
           'Correspondence: Hello, over the years I ended up with three certification accounts (personal email, '
           'university email and my current job). I would like to keep only one. Thanks, Carlos\n\n'
           'We will be in touch soon.\n\n'
           'Best regards,\n'
           'Amazon Web Services\n') % (C9, C9)
    text = new + '\n' + CONSOLE_FOOTER % C9 + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('032-console-you-have-opened-case.eml', 'case_created', C9, new, True, 'en',
        aws_mail(CM_TO, d, CONSOLE_FROM, 'Amazon Web Services: You have opened a new Support case: %s' % C9, body, 'gmail'))


def m033():
    d = T('2025-10-07 08:14:02')
    new = ('Hello,\n\n'
           'A new correspondence has been added to your support case %s.\n\n'
           'Subject: Merge 3 AWS Certification accounts into one\n\n'
           'To view the correspondence and reply, sign in to the AWS Support Center:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n'
           'Best regards,\n'
           'Amazon Web Services\n') % (C9, C9)
    body = alt(tpart(new), tpart(aws_html(t2h(new)), 'html'))
    add('033-console-new-correspondence-added.eml', 'support_reply', C9, new, True, 'en',
        aws_mail(CM_TO, d, CONSOLE_FROM, '[Case %s] New correspondence added' % C9, body, 'gmail'))


def m034():
    d = T('2025-10-07 08:13:55')
    new = ('Hello Carlos,\n\n'
           'Thanks for your patience. I was able to locate all three certification accounts. Here is what I am '
           'proposing:\n\n'
           'Account            | Email                        | After merge\n'
           '-------------------+------------------------------+-------------\n'
           'AWS27719036        | carlos.mendes.br@gmail.com   | KEPT\n'
           'AWS40588211        | cmendes@usp.br               | merged in, closed\n'
           'AWS93027754        | carlos.mendes@nubank.com.br  | merged in, closed\n\n'
           'Your certifications and exam history from the two closed accounts will move to AWS27719036. Please '
           'keep in mind this cannot be reversed.\n\n'
           'Could you reply to this case in the Support Center and let me know whether this is what you want? '
           'If you would prefer a different account to be kept, just tell me which one.\n\n'
           'Best regards,\n'
           'Mariana\n'
           'Amazon Web Services\n')
    text = console_reply(new, C9)
    rows = ('<table cellpadding="6" style="border-collapse:collapse" border="1"><tr><th>Account</th><th>Email</th><th>After merge</th></tr>'
            '<tr><td>AWS27719036</td><td>carlos.mendes.br@gmail.com</td><td><b>KEPT</b></td></tr>'
            '<tr><td>AWS40588211</td><td>cmendes@usp.br</td><td>merged in, closed</td></tr>'
            '<tr><td>AWS93027754</td><td>carlos.mendes@nubank.com.br</td><td>merged in, closed</td></tr></table>')
    a, b = text.split('Account            |')[0], text.split('| merged in, closed\n\n')[-1]
    body = alt(tpart(text), tpart(aws_html(t2h(a) + rows + t2h(b)), 'html'))
    add('034-confirm-request-three-accounts-table.eml', 'merge_confirmation_requested', C9, new, True, 'en',
        aws_mail(CM_TO, d, CONSOLE_FROM, C9_SUBJ, body, 'gmail'))


def m035():
    d = T('2025-10-08 12:40:27')
    new = ('Hello Carlos,\n\n'
           'Thanks for your reply. Before we go further there is one thing I need to check with you.\n\n'
           'There is an exam appointment booked under AWS40588211 for 24 October 2025 (AWS Certified Solutions '
           'Architect - Professional, Pearson VUE online). Appointments are not moved automatically when accounts '
           'are combined, and the booking could be lost.\n\n'
           'Are you still planning to sit this exam on that date? If yes, we suggest we hold off until after the '
           'exam. If you would rather cancel or reschedule it, please do so first and tell us here. A simple '
           '"yes, I will take it" or "no" is fine.\n\n'
           'Best regards,\n'
           'Mariana\n'
           'Amazon Web Services\n')
    text = console_reply(new, C9)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('035-yes-question-about-exam-appointment.eml', 'support_reply', C9, new, True, 'en',
        aws_mail(CM_TO, d, CONSOLE_FROM, C9_SUBJ, body, 'gmail'))


def m036():
    d = T('2025-10-29 17:02:11')
    new = ('Carlos, your badge is waiting for you\n\n'
           'Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud '
           'Practitioner.\n\n'
           'This badge was reissued to this email address after an update to your AWS Certification account.\n\n'
           'Accept your badge: https://www.credly.com/earner/earned/badge/6f1c2a9e-3b7d-4c55-9e10-2d8b7a4c19f0\n\n'
           'Once you accept, you can share it on LinkedIn, add it to your email signature or download it.\n\n'
           'Credly, Inc. | 2 Bethesda Metro Center, Suite 1000 | Bethesda, MD 20814\n'
           'Unsubscribe: https://www.credly.com/notification_preferences\n')
    h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">'
         '<table width="600" align="center" style="background:#fff"><tr><td style="padding:30px">'
         '<img src="https://images.credly.com/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="">'
         '<h2>Carlos, your badge is waiting for you</h2>'
         '<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.</p>'
         '<p>This badge was reissued to this email address after an update to your AWS Certification account.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/6f1c2a9e-3b7d-4c55-9e10-2d8b7a4c19f0" '
         'style="background:#2a7de1;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
         '<p>Once you accept, you can share it on LinkedIn, add it to your email signature or download it.</p>'
         '<p style="font-size:11px;color:#888">Credly, Inc. | 2 Bethesda Metro Center, Suite 1000 | Bethesda, MD 20814<br>'
         '<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></p></td></tr></table></body></html>')
    body = alt(tpart(new), tpart(h, 'html'))
    add('036-credly-badge-reissued-after-merge.eml', 'credly_badge_issued', None, new, True, 'en',
        credly_mail(CM_TO, d, 'Carlos, your AWS Certified Cloud Practitioner badge is ready to accept', body))

# ---------------------------------------------------------------- case C10 (form, JA, correction, Gmail)
C10_OPEN = T('2025-11-11 01:55:03')
C10 = cid15(C10_OPEN, 33019)
K_TO = 'naoki.kobayashi.dev@gmail.com'
C10_SUBJ = FORM_SUBJ % C10


def m037():
    d = T('2025-11-12 03:26:44')
    new = ('小林 直樹 様\n\n'
           'お世話になっております。AWS トレーニングと認定 サポートの森でございます。\n\n'
           '先ほどお送りしたメールにおきまして、統合先と統合元のアカウントを逆に記載しておりました。'
           '大変失礼いたしました。正しい内容は以下のとおりです。\n\n'
           '  統合後に残るアカウント : AWS 61250098（naoki.kobayashi.dev@gmail.com）\n'
           '  統合されるアカウント   : AWS 37004412（n.kobayashi@sakura-tech.co.jp）\n\n'
           '統合されるアカウントの認定資格・受験履歴・特典はすべて AWS 61250098 に引き継がれ、'
           'AWS 37004412 はご利用いただけなくなります。統合後に元に戻すことはできません。\n\n'
           'お手数をおかけいたしますが、訂正後の内容でお間違いないか、あらためて本メールにご返信いただけますでしょうか。'
           'なお、前回のメールにすでにご返信いただいている場合でも、念のため再度ご確認をお願いいたします。\n\n'
           '森\n'
           'AWS トレーニングと認定 サポート\n')
    prev = ('小林 直樹 様\n\n'
            'アカウント統合のご依頼ありがとうございます。以下の内容で統合いたします。\n\n'
            '  統合後に残るアカウント : AWS 37004412（n.kobayashi@sakura-tech.co.jp）\n'
            '  統合されるアカウント   : AWS 61250098（naoki.kobayashi.dev@gmail.com）\n\n'
            'よろしければ本メールにご返信ください。\n\n森')
    quote = '--- 前回のメール（2025/11/12 10:02） ---\n' + prev
    text = new + '\n' + quote + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(new) + '<div style="color:#777;border-left:3px solid #ddd;padding-left:8px">'
                                          + t2h(quote) + '</div>', 'ja'), 'html'))
    add('037-ja-confirm-request-corrected-direction.eml', 'merge_confirmation_requested', C10, new, True, 'ja',
        aws_mail(K_TO, d, FORM_FROM, eh(C10_SUBJ + '【訂正】'), body, 'gmail'))


def m038():
    d = T('2025-11-11 01:55:40')
    new = ('このメールは送信専用アドレスから自動送信されています。\n\n'
           'AWS トレーニングと認定へのお問い合わせを受け付けました。\n'
           'ケース番号: %s\n\n'
           '内容を確認のうえ、原則として 24 時間以内に担当者よりご連絡いたします。\n'
           '同じ内容で新しいお問い合わせを作成されますと、ご回答が遅れる場合がございますので、'
           '追加のご連絡は本メールへのご返信（件名のケース番号はそのまま）にてお願いいたします。\n\n'
           'お問い合わせの種類: AWS Training and Certification\n'
           '詳細: Account Merge\n\n'
           'AWS トレーニングと認定\n') % C10
    body = alt(tpart(new, cte='base64'), tpart(aws_html(t2h(new), 'ja'), 'html', cte='base64'))
    add('038-ja-form-ack-received.eml', 'case_created', C10, new, True, 'ja',
        aws_mail(K_TO, d, FORM_FROM, eh('[CASE %s] お問い合わせを受け付けました' % C10), body, 'gmail'))


# ---------------------------------------------------------------- phishing / spoofing
def m039():
    d = T('2025-09-12 22:41:09')
    to = 'd.kowalski84@gmail.com'
    new = ('Dear Certified Professional,\n\n'
           'We have received a request to merge the following AWS Certification accounts:\n\n'
           '   Source account:       AWS52870014\n'
           '   Destination account:  AWS52870041  (will remain active)\n\n'
           'To protect your credentials, this merge must be confirmed by the account owner. Please confirm the '
           'request within 24 hours using the secure link below. Unconfirmed requests are cancelled and the '
           'certifications on both accounts may be temporarily suspended.\n\n'
           'CONFIRM MERGE: https://aws-certification-services.com/merge/confirm?token=8f2a1c0e9b\n\n'
           'If you did not make this request, you must still sign in to cancel it.\n\n'
           'AWS Certification Support Team\n')
    h = ('<html><body style="font-family:Arial"><img src="https://aws-certification-services.com/img/aws.png" width="80"><p>'
         + t2h(new).replace('CONFIRM MERGE: https://aws-certification-services.com/merge/confirm?token=8f2a1c0e9b',
                            '<a href="https://aws-certification-services.com/merge/confirm?token=8f2a1c0e9b" '
                            'style="background:#ff9900;color:#000;padding:10px 20px">CONFIRM MERGE</a>')
         + '</p></body></html>')
    body = alt(tpart(new), tpart(h, 'html'))
    a = dict(dkim=[('pass', 'aws-certification-services.com', 'default')], spf='pass', dmarc='pass',
             fromdom='aws-certification-services.com', p='NONE')
    data = other_mail(to, d, '"AWS Certification" <support@aws-certification-services.com>',
                      'Action required: confirm your AWS Certification account merge', body,
                      '<%s@aws-certification-services.com>' % rhex(24), 'bounce@aws-certification-services.com',
                      'vps-4410.contabo.net', '185.216.71.40', 'gmail', a,
                      dkim=[('aws-certification-services.com', 'default')])
    add('039-phish-lookalike-confirm-merge.eml', 'merge_confirmation_requested', None, new, False, 'en', data)


def m040():
    d = T('2025-10-21 05:12:47')
    fake = '176102233400518'
    to = 'hannah.weber@gmx.de'
    new = ('Hello Hannah,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'We are processing the merge of your accounts AWS-44820197 and AWS-44820719. AWS-44820197 will be '
           'kept and AWS-44820719 will be closed.\n\n'
           'For security reasons, please confirm the merge by verifying your identity at the AWS Training portal '
           'below. If we do not receive your confirmation within 12 hours, your case will be closed and your '
           'certifications may be revoked.\n\n'
           'https://aws-training-certification.support-case.net/confirm/%s\n\n'
           'Best regards,\n'
           'Michael\n'
           'Amazon Web Services\n') % fake
    body = alt(tpart(new), tpart(aws_html(t2h(new)), 'html'))
    a = dict(dkim=[], spf='softfail', dmarc='fail', fromdom='amazon.com')
    a_txt = ('gmx.net;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n'
             '\tdmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com')
    forged = ('amazon.com;\n\tdkim=pass header.d=amazon.com header.s=rjlykdbtpnc5fwatfjhynqtmkdfmuydg;\n'
              '\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com')
    recv = d + dt.timedelta(seconds=14)
    th = [('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>'),
          ('Delivered-To', 'GMX delivered mail'),
          ('Received', fold('from mout-xforward.gmx.net ([82.165.159.%d]) by mx-ha.gmx.net' % random.randint(2, 60),
                            '(mxgmx117 [212.227.15.9]) with ESMTPS (Nemesis) id 1M%s for' % ralnum(18),
                            '<%s>; %s' % (to, fmt(recv.astimezone(dt.timezone(dt.timedelta(hours=2))))))),
          ('Authentication-Results', a_txt),
          ('Received', fold('from mail.vps-hostingbox.ru ([193.42.33.118]) by mx-ha.gmx.net',
                            '(mxgmx117 [212.227.15.9]) with ESMTPS; %s' % fmt(recv.astimezone(dt.timezone(dt.timedelta(hours=2)))))),
          ('Authentication-Results', forged),
          ('Date', fmt(d)),
          ('From', FORM_FROM), ('To', to),
          ('Message-ID', '<0100019a05%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (rhex(6), rhex(8), rhex(4), rhex(4), rhex(12))),
          ('Subject', FORM_SUBJ % fake),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    th[1] = ('Delivered-To', to)
    add('040-spoof-amazon-from-dmarc-fail-forged-ar.eml', 'merge_confirmation_requested', fake, new, False, 'en',
        build(th, body))


def m041():
    d = T('2025-06-12 14:03:55')
    new = ('Hi Priya,\n\n'
           'Congratulations on your recent AWS Certification! As a certified professional you are entitled to a '
           '50% discount voucher for your next exam.\n\n'
           'Your voucher has been reserved but is NOT yet active. Please confirm that you want to keep it by '
           'replying YES to this email, or activate it now:\n\n'
           'https://aws-certify-rewards.net/benefits/activate?u=priya.raman\n\n'
           'Unconfirmed vouchers are released after 48 hours.\n\n'
           'AWS Training & Certification Benefits\n')
    body = tpart(new, cte='7bit', charset='us-ascii')
    a = dict(dkim=[('pass', 'aws-certify-rewards.net', 'mail')], spf='pass', dmarc='pass', fromdom='aws-certify-rewards.net', p='NONE')
    data = other_mail(P_TO, d, '"AWS Training & Certification" <benefits@aws-certify-rewards.net>',
                      'Confirm your 50% exam voucher - reply YES', body, '<%s@aws-certify-rewards.net>' % ralnum(20),
                      'mailer@aws-certify-rewards.net', 'smtp.aws-certify-rewards.net', '45.133.1.%d' % random.randint(2, 250),
                      'gmail', a, dkim=[('aws-certify-rewards.net', 'mail')])
    add('041-phish-confirm-voucher-yes.eml', 'unrelated', None, new, False, 'en', data)


def m042():
    d = T('2025-02-22 19:20:31')
    new = ('Dear Candidate,\n\n'
           'Your AWS Certified Solutions Architect - Associate exam appointment requires confirmation.\n\n'
           'Appointment: 3 March 2025, 09:00 (OnVUE online)\n\n'
           'Due to a system update, all appointments must be re-confirmed. Please confirm your appointment '
           'within 24 hours or it will be cancelled and the exam fee forfeited:\n\n'
           'https://pearsonvue-confirmations.com/aws/confirm?appt=77120931\n\n'
           'Pearson VUE Customer Service\n')
    body = alt(tpart(new), tpart('<html><body>' + t2h(new) + '</body></html>', 'html'))
    a = dict(dkim=[], spf='pass', dmarc='none', fromdom='pearsonvue-confirmations.com')
    data = other_mail(L_TO, d, '"Pearson VUE" <noreply@pearsonvue-confirmations.com>',
                      'Action needed: confirm your exam appointment', body, '<%s@pearsonvue-confirmations.com>' % ralnum(18),
                      'noreply@pearsonvue-confirmations.com', 'mail.pearsonvue-confirmations.com', '91.92.241.%d' % random.randint(2, 250),
                      'outlook', a)
    add('042-phish-confirm-exam-appointment.eml', 'unrelated', None, new, False, 'en', data)


# ---------------------------------------------------------------- genuine but unrelated
def m043():
    d = T('2025-10-09 21:15:06')
    new = ('Dear Carlos Mendes,\n\n'
           'Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n'
           'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
           'Date and time: Friday, October 24, 2025 at 10:00 AM Brasilia Time\n'
           'Delivery: OnVUE online proctored\n'
           'Registration ID: 512877403\n'
           'AWS Candidate ID: AWS27719036\n\n'
           'Please check in 30 minutes before your appointment time. Make sure your ID matches the name on your '
           'profile exactly.\n\n'
           'To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your exam.\n\n'
           'Sincerely,\nPearson VUE\n')
    body = alt(tpart(new), tpart('<html><body style="font-family:Arial">' + t2h(new) + '</body></html>', 'html'))
    a = dict(dkim=[('pass', 'pearson.com', 'selector1')], spf='pass', dmarc='pass', fromdom='pearson.com', p='REJECT')
    data = other_mail(CM_TO, d, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', 'Pearson VUE Confirmation of Booking',
                      body, '<%s.JavaMail.vue@prdmail02.pearsonvue.com>' % random.randint(10**9, 10**10),
                      'pearsonvuecustomerservice@pearson.com', 'mx0b-00279f01.pphosted.com', '148.163.159.%d' % random.randint(2, 250),
                      'gmail', a, dkim=[('pearson.com', 'selector1')])
    add('043-pearson-vue-booking-confirmation.eml', 'unrelated', None, new, False, 'en', data)


def m044():
    d = T('2025-06-20 16:00:12')
    new = ('Hello Priya,\n\n'
           'AWS Certification wants to hear from you!\n\n'
           'You recently contacted us about your AWS Certification account. Please take our 3-minute survey '
           'about your certification experience so far - what went well and what we can do better.\n\n'
           'Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=77812\n\n'
           'Thank you,\nAWS Certification\n\n'
           'This email was sent from an unmonitored address. Please do not reply.\n')
    body = alt(tpart(new), tpart('<html><body>' + t2h(new) + '</body></html>', 'html'))
    a = dict(dkim=[('pass', 'certmetrics.com', 'k1')], spf='pass', dmarc='pass', fromdom='certmetrics.com', p='NONE')
    data = other_mail(P_TO, d, '"AWS Certification" <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you',
                      body, '<%s@certmetrics.com>' % rhex(32), 'bounce-%s@mail.certmetrics.com' % rhex(8),
                      'mail.certmetrics.com', '199.255.192.%d' % random.randint(2, 250), 'gmail', a, dkim=[('certmetrics.com', 'k1')])
    add('044-certmetrics-wants-to-hear.eml', 'unrelated', None, new, False, 'en', data)


def m045():
    d = T('2025-06-02 11:37:20')
    new = ('Hi Priya,\n\n'
           'We received a request to merge the Credly account registered to p.raman@wipro.com into your account '
           'priya.raman@gmail.com.\n\n'
           'Your verification code is: 482913\n\n'
           'Enter this code on the Account Merge page, or click the button below to confirm:\n'
           'Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c1f0e7a2b9\n\n'
           'If you did not request this, you can ignore this email. The code expires in 30 minutes.\n\n'
           'The Credly Team\n')
    body = alt(tpart(new), tpart('<html><body>' + t2h(new) + '</body></html>', 'html'))
    add('045-credly-self-service-merge-code.eml', 'unrelated', None, new, True, 'en',
        credly_mail(P_TO, d, 'Confirm your Credly account merge', body, frm='"Credly" <no-reply@credly.com>'))


def m046():
    d = T('2025-12-04 15:00:00')
    new = ('Hi Daisuke,\n\n'
           'Your badge AWS Certified Developer - Associate issued by Amazon Web Services Training and '
           'Certification will expire on March 4, 2026.\n\n'
           'To keep your certification active, visit AWS Certification to learn about recertification options.\n\n'
           'View badge: https://www.credly.com/badges/0b9e3a71-55c2-4d1e-9c84-1f2a6e7d3b20\n\n'
           'The Credly Team\n')
    body = alt(tpart(new), tpart('<html><body>' + t2h(new) + '</body></html>', 'html'))
    add('046-credly-badge-expiry-reminder.eml', 'unrelated', None, new, True, 'en',
        credly_mail(I_TO, d, 'Your AWS Certified Developer - Associate badge expires in 90 days', body,
                    trace='jp', jp=BIGLOBE, frm='"Credly" <admin@credly.com>'))

def m047():
    d = T('2025-04-02 18:22:51')
    sc = '6120457783'
    new = ('Hello,\n\n'
           'Thank you for contacting Amazon Selling Partner Support.\n\n'
           'We have reviewed your request to merge your two seller accounts (Merchant Token A2KX7Q0PLM3RZ1 and '
           'Merchant Token A1V93HDZ0N4TQE) into a single unified account.\n\n'
           'Before we proceed, please confirm the following by replying "Yes" to this email:\n'
           '- A1V93HDZ0N4TQE will be deactivated and its listings moved to A2KX7Q0PLM3RZ1\n'
           '- Open orders on A1V93HDZ0N4TQE will be completed before the merge\n\n'
           'Once we receive your confirmation, the request will be forwarded to the appropriate team.\n\n'
           'Thank you for selling with Amazon.\n\n'
           'Regards,\nDeepika\nAmazon.com\n\n'
           'Was this email helpful? https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=%s\n') % sc
    body = alt(tpart(new), tpart('<html><body style="font-family:Arial">' + t2h(new) + '</body></html>', 'html'))
    add('047-seller-central-merge-yes-lookalike.eml', 'unrelated', sc, new, True, 'en',
        aws_mail(M_TO, d, '"Amazon Seller Central" <seller-notification@amazon.com>',
                 'RE:[CASE %s] Request to merge seller accounts' % sc, body, 'outlook'))


def m048():
    opened = T('2025-08-04 21:10:33')
    cid = cid15(opened, 2207)
    d = T('2025-08-05 09:41:17')
    new = ('Hello Carlos,\n\n'
           'Thank you for contacting AWS Billing and Account support.\n\n'
           'I understand you would like to consolidate billing by moving the account 4415-2290-8861 out of its '
           'current organization (o-7qk2ld9xe1) and into the organization managed by 0930-5512-4487.\n\n'
           'Before I make any change, could you please confirm the following in the Support Center:\n'
           '1. You are the root user / authorised contact of account 4415-2290-8861.\n'
           '2. You understand that consolidated billing for this account will start from the next billing period.\n\n'
           'Once confirmed, I will guide you through sending the invitation from the management account.\n\n'
           'Best regards,\nArjun R.\nAmazon Web Services\n')
    text = console_reply(new, cid)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('048-aws-billing-case-confirm-org-move.eml', 'unrelated', cid, new, True, 'en',
        aws_mail(CM_TO, d, CONSOLE_FROM, 'RE:[CASE %s] Move member account to another organization' % cid, body, 'gmail'))


def m049():
    opened = T('2025-06-16 04:02:45')
    cid = cid15(opened, 50412)
    d = T('2025-06-16 09:15:30')
    new = ('山田 健太 様\n\n'
           'AWS サポートの石井です。サービスクォータの引き上げリクエストについてご連絡いたします。\n\n'
           'ご依頼内容:\n'
           '  リージョン: アジアパシフィック (東京) ap-northeast-1\n'
           '  クォータ: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\n'
           '  申請値: 256 vCPU\n\n'
           '申請値について、256 vCPU でお間違いないかご確認いただけますでしょうか。'
           'ご確認いただけましたら、サービスチームへ承認を依頼いたします。\n\n'
           '石井\n'
           'Amazon Web Services\n')
    text = console_reply(new, cid, 'ja')
    body = alt(tpart(text), tpart(aws_html(t2h(text), 'ja'), 'html'))
    add('049-ja-aws-quota-case-confirm-value.eml', 'unrelated', cid, new, True, 'ja',
        aws_mail(Y_TO, d, CONSOLE_FROM, eh('RE:[CASE %s] サービスクォータ引き上げのリクエスト' % cid), body, 'jp', jp=NIFTY))


def m050():
    d = T('2025-11-13 02:47:09')
    new = ('Merged #142 into main.\n\n'
           '-- \n'
           'Reply to this email directly, view it on GitHub:\n'
           'https://github.com/sakura-tech/infra-terraform/pull/142#event-15530281944\n'
           'You are receiving this because you were mentioned.\n')
    h = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/sakura-tech/infra-terraform/pull/142">#142</a> into main.</p>'
         '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/sakura-tech/infra-terraform/pull/142#event-15530281944">view it on GitHub</a>.<br />'
         'You are receiving this because you were mentioned.</p>')
    body = alt(tpart(new, cte='7bit', charset='UTF-8'), tpart(h, 'html', cte='7bit', charset='UTF-8'),
               boundary='--==_mimepart_6915470d%s_%d' % (rhex(8), random.randint(100000, 999999)))
    a = dict(dkim=[('pass', 'github.com', 'pf2023')], spf='pass', dmarc='pass', fromdom='github.com', p='REJECT')
    data = other_mail(K_TO, d, '"Haruto Ueda" <notifications@github.com>',
                      'Re: [sakura-tech/infra-terraform] Merge account baseline module into main (PR #142)', body,
                      '<sakura-tech/infra-terraform/pull/142/issue_event/15530281944@github.com>',
                      'noreply@github.com', 'out-22.smtp.github.com', '192.30.252.%d' % random.randint(190, 210), 'gmail', a,
                      dkim=[('github.com', 'pf2023')],
                      extra=[('In-Reply-To', '<sakura-tech/infra-terraform/pull/142@github.com>'),
                             ('References', '<sakura-tech/infra-terraform/pull/142@github.com>'),
                             ('List-ID', 'sakura-tech/infra-terraform <infra-terraform.sakura-tech.github.com>'),
                             ('X-GitHub-Reason', 'mention')])
    add('050-github-pr-merged.eml', 'unrelated', None, new, False, 'en', data)


def m051():
    d = T('2025-06-24 15:30:00')
    new = ('AWS Training and Certification | June update\n\n'
           'Hi Priya,\n\n'
           'New this month:\n'
           '- AWS Certified Machine Learning Engineer - Associate: new exam prep plan on AWS Skill Builder\n'
           '- Free digital course: Generative AI Essentials on AWS\n'
           '- Certified? Claim your 50% discount on your next exam from the Benefits page of your '
           'AWS Certification account.\n\n'
           'Explore AWS Skill Builder: https://skillbuilder.aws/\n\n'
           'You are receiving this email because you subscribed to AWS Training and Certification updates.\n'
           'Unsubscribe: https://pages.awscloud.com/communication-preferences\n'
           'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210\n')
    body = alt(tpart(new), tpart(aws_html(t2h(new)), 'html'))
    add('051-aws-training-newsletter.eml', 'unrelated', None, new, True, 'en',
        aws_mail(P_TO, d, '"AWS Training and Certification" <aws-training-certification@amazon.com>',
                 'Your June AWS Training and Certification update', body, 'gmail',
                 extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'),
                        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]))


def m052():
    d = T('2025-05-12 07:00:41')
    new = ('鈴木 美咲 様\n\n'
           'AWS 認定の再認定、おめでとうございます。\n\n'
           'AWS Certified Solutions Architect - Associate の再認定が完了しました。新しい有効期限は 2028年5月12日 です。\n'
           '認定証とデジタルバッジは AWS Certification アカウントからご確認いただけます。\n\n'
           'https://www.aws.training/certification\n\n'
           'AWS 認定\n'
           '※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。\n')
    body = tpart(new, charset='iso-2022-jp', cte='7bit')
    a = dict(dkim=[('pass', 'certmetrics.com', 'k1')], spf='pass', dmarc='pass', fromdom='certmetrics.com')
    data = other_mail(S_TO, d, addr('AWS 認定', 'do-not-reply@certmetrics.com', 'iso-2022-jp'),
                      eh('AWS 認定の再認定おめでとうございます', 'iso-2022-jp'), body, '<%s@certmetrics.com>' % rhex(32),
                      'bounce-%s@mail.certmetrics.com' % rhex(8), 'mail.certmetrics.com', '199.255.192.%d' % random.randint(2, 250),
                      'jp', a, dkim=[('certmetrics.com', 'k1')], jp=DOCOMO)
    add('052-ja-certmetrics-recert-congrats.eml', 'unrelated', None, new, False, 'ja', data)

# ---------------------------------------------------------------- more cases
C11_OPEN = T('2025-03-24 06:02:19')
C11 = cid15(C11_OPEN, 8806)
H_TO = 'haruka.sasaki@outlook.jp'


def m053():
    d = T('2025-03-25 02:37:58')
    new = ('佐々木 遥 様\n\n'
           'AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の青木でございます。\n\n'
           'いただいた情報をもとに確認いたしましたところ、佐々木様の認定アカウントは 2 つございました。'
           'ご希望どおり、大学在籍時に作成された aws09958213（sasaki.h@kyoto-tech.ac.jp）を、現在お使いの '
           'aws70031846（haruka.sasaki@outlook.jp）に統合し、後者のみを残す形で手続きを進める予定です。'
           '統合いたしますと、大学のメールアドレスではサインインできなくなります。また、統合後に分離することはできません。\n\n'
           'つきましては、この内容で統合してよろしいかどうか、本メールにご返信のうえお知らせいただけますでしょうか。'
           'ご返信を確認でき次第、手続きを開始いたします。\n\n'
           'よろしくお願いいたします。\n\n'
           '青木\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    quote = ja_quote('2025年3月24日(月) 15:02', '佐々木 遥', H_TO,
                     '大学のときに作ったアカウント（AWS09958213）と、今のアカウント（AWS70031846）があります。\n'
                     '今のほうに一本化したいです。よろしくお願いします。')
    text = new + '\n' + quote + '\n'
    body = alt(tpart(text, cte='base64'),
               tpart(aws_html(t2h(new) + '<div dir="ltr">2025年3月24日(月) 15:02 佐々木 遥 &lt;%s&gt;:<br></div>'
                              '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                              % (H_TO, t2h(quote.split(':\n', 1)[1].replace('> ', ''))), 'ja'), 'html', cte='base64'))
    add('053-ja-confirm-request-prose-lowercase-ids.eml', 'merge_confirmation_requested', C11, new, True, 'ja',
        aws_mail(H_TO, d, FORM_FROM, eh(FORM_SUBJ % C11), body, 'outlook'))


C12_OPEN = T('2025-08-18 09:14:40')
C12 = cid15(C12_OPEN, 190)
R_TO = 'rohan.mehta1991@gmail.com'


def m054():
    d = T('2025-08-19 07:26:14')
    new = ('Hi Rohan,\n\n'
           'Hope you\u2019re doing well.\n\n'
           'Thanks for sharing the details. We have verified both the profiles and we\u2019re ready to initiate '
           'the merge. Please find the summary:\n\n'
           '\u2022 Retained profile \u2013 AWS88105527 (rohan.mehta1991@gmail.com)\n'
           '\u2022 Profile to be merged \u2013 Aws 31640092 (rohan.m@tcs.com)\n\n'
           'Post merge, you\u2019ll be able to login only with rohan.mehta1991@gmail.com and the TCS profile will '
           'be deactivated permanently.\n\n'
           'Please confirm by replying \u201cYes, please merge\u201d to this mail. Kindly note that we won\u2019t be '
           'able to revert the changes once done.\n\n'
           'Thanks & regards,\n'
           'Pooja\n'
           'AWS Training and Certification\n')
    quote = gmail_quote('Mon, Aug 18, 2025 at 3:10 PM', 'Rohan Mehta', R_TO,
                        'Hi,\n\nMy old ID is AWS31640092 (company email rohan.m@tcs.com, I no longer work there) and '
                        'the one I use now is AWS88105527. Please keep the gmail one.\n\nThanks,\nRohan')
    text = new + '\n' + FOOTER_EN + '\n\n' + quote + '\n'
    body = alt(tpart(text, charset='iso-8859-1', codec='cp1252'),
               tpart(aws_html(t2h(new) + '<div class="gmail_quote">' + t2h(quote) + '</div>').replace('charset=utf-8', 'charset=iso-8859-1'),
                     'html', charset='iso-8859-1', codec='cp1252'))
    add('054-confirm-request-cp1252-labelled-latin1.eml', 'merge_confirmation_requested', C12, new, True, 'en',
        aws_mail(R_TO, d, FORM_FROM, FORM_SUBJ % C12, body, 'gmail'))


C13_OPEN = T('2024-12-02 20:31:12')
C13 = cid15(C13_OPEN, 57)
E_TO = 'emily.chen@icloud.com'


def m055():
    d = T('2024-12-03 17:48:30')
    new = ('Hi Emily,\n\n'
           'Thank you for reaching out, and I\'m sorry to hear the merge last week did not work out the way you '
           'needed.\n\n'
           'I have checked with our certification operations team. Unfortunately, once two certification '
           'accounts have been combined, we are not able to split them back into separate accounts, and the '
           'exam history cannot be moved out again. Your certifications will continue to be shown under '
           'AWS-29930174.\n\n'
           'If the concern is that your employer needs to verify your certifications, you can share your Credly '
           'badges or the validation number on your certificate with them instead. I can also change the '
           'contact email on AWS-29930174 if that helps - just let me know which address you would like.\n\n'
           'Best regards,\n'
           'Kevin\n'
           'Amazon Web Services\n')
    text = console_reply(new, C13)
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    host, ip = SES[2]
    local, mid = ses_msgid(d)
    mf = local + '@amazonses.com'
    recv = d + dt.timedelta(seconds=3)
    th = [('Return-Path', '<%s>' % mf),
          ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
          ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n'
                                     '\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (ralnum(8), ralnum(8))),
          ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf)),
          ('Received-SPF', 'pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (mf, ip, ip, host, mf)),
          ('Received', fold('from %s (mx.icloud.com [17.57.152.%d])' % (host, random.randint(2, 250)),
                            'by p00-icloudmta-asmtp-us-west-2a-100-percent-1 (Postfix) with ESMTPS id %s' % ralnum(12).upper(),
                            'for <%s>; %s' % (E_TO, fmt(recv)))),
          ]
    sh = aws_sender_headers(CONSOLE_FROM, E_TO, 'RE:[CASE %s] Undo account merge' % C13, d, mid)
    sh = [(n, v.replace('PLACEHOLDER', ip)) for n, v in sh]
    add('055-undo-merge-request-declined.eml', 'support_reply', C13, new, True, 'en', build(th + sh, body))


C14_OPEN = T('2024-10-15 16:07:55')
C14 = cid15(C14_OPEN, 3318)
TN_TO = 'tomasz.nowak@wp.pl'


def m056():
    d = T('2024-10-21 10:33:09')
    new = ('Hello Tomasz,\n\n'
           'I wanted to give you a quick update on your case.\n\n'
           'The merge of AWS12098443 into AWS56600372 that you confirmed last week is still in progress. Our '
           'operations team ran into a problem with the Credly profile linked to AWS12098443 and is working to '
           'resolve it. I am sorry for the delay.\n\n'
           'Once the merge is complete we will update this case straight away, and your badges will then be '
           'reissued to tomasz.nowak@wp.pl. You do not need to do anything in the meantime.\n\n'
           'Thank you for your patience.\n\n'
           'Kind regards,\n'
           'Sofia M.\n'
           'AWS Training and Certification\n')
    text = new + '\n' + FOOTER_EN + '\n'
    body = alt(tpart(text), tpart(aws_html(t2h(text)), 'html'))
    add('056-status-update-still-in-progress.eml', 'support_reply', C14, new, True, 'en',
        aws_mail(TN_TO, d, FORM_FROM, FORM_SUBJ % C14, body, 'jp', jp=('wp.pl', 'mx.wp.pl')))


C15_OPEN = T('2025-01-20 03:26:38')
C15 = cid15(C15_OPEN, 64129)
W_TO = 'sho.watanabe@kawasaki-dev.co.jp'


def m057():
    d = T('2025-01-21 06:10:52')
    new = ('渡辺 翔 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの松本でございます。\n\n'
           '統合手続きに先立ち、1 点確認させてください。\n'
           '現在、お手元の 2 つのアカウントでは通知先メールアドレスがそれぞれ異なっております。'
           '統合後のアカウント（AWS20486613）の通知先メールアドレスを、sho.watanabe@kawasaki-dev.co.jp に'
           '設定してよろしいでしょうか。\n\n'
           '問題なければ「はい」とだけご返信ください。別のアドレスをご希望の場合は、そのアドレスをお知らせください。\n\n'
           'よろしくお願いいたします。\n\n'
           '松本\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    body = tpart(new, charset='Shift_JIS', cte='base64', codec='cp932')
    add('057-ja-yes-question-notification-email-no-ar.eml', 'support_reply', C15, new, None, 'ja',
        aws_mail(W_TO, d, FORM_FROM, ew(FORM_SUBJ % C15 + '（通知先メールアドレスのご確認）', chunk=24), body, 'none'))


C16_OPEN = T('2025-12-01 11:49:21')
C16 = cid15(C16_OPEN, 417)
J_TO = 'j.okafor@outlook.com'


def m058():
    d = T('2025-12-01 11:49:57')
    new = ('Hi there,\n\n'
           'Thanks for getting in touch with AWS Training and Certification. We\'ve logged your request under '
           'case number %s.\n\n'
           'Our team usually replies within one business day. If you think of anything else we should know, '
           'reply to this message and keep the case number in the subject - please don\'t submit the form again.\n\n'
           'What you told us\n'
           'Topic: Certification - Account Merge\n'
           'Candidate ID: AWS-75521904\n\n'
           'AWS Training and Certification\n') % C16
    h = aws_html('<h2 style="font-weight:normal">Hi there,</h2>'
                 '<p>Thanks for getting in touch with AWS Training and Certification. We\'ve logged your request under case number '
                 '<b>%s</b>.</p><p>Our team usually replies within one business day. If you think of anything else we should know, '
                 'reply to this message and keep the case number in the subject &ndash; please don\'t submit the form again.</p>'
                 '<table style="background:#f2f3f3;padding:12px"><tr><td colspan="2"><b>What you told us</b></td></tr>'
                 '<tr><td>Topic:</td><td>Certification - Account Merge</td></tr>'
                 '<tr><td>Candidate ID:</td><td>AWS-75521904</td></tr></table>'
                 '<p>AWS Training and Certification</p>' % C16)
    body = tpart(h, 'html')
    add('058-form-ack-html-only.eml', 'case_created', C16, new, True, 'en',
        aws_mail(J_TO, d, FORM_FROM, 'We\'ve received your request [CASE %s]' % C16, body, 'outlook'))


def m059():
    d = T('2020-03-20 02:14:36')
    new = ('Congratulations, Ahmed!\n\n'
           'Amazon Web Services Training and Certification has issued you a badge.\n\n'
           'AWS Certified Solutions Architect - Associate\n\n'
           'Accept your badge: https://www.youracclaim.com/earner/earned/badge/a91e0c55-7d2b-4c0e-b3a8-5e4f61c2d9a7\n\n'
           'Acclaim, a Credly service\n')
    h = ('<html><body><div style="text-align:center;font-family:Arial"><h1>Congratulations, Ahmed!</h1>'
         '<p>Amazon Web Services Training and Certification has issued you a badge.</p>'
         '<p><b>AWS Certified Solutions Architect - Associate</b></p>'
         '<p><a href="https://www.youracclaim.com/earner/earned/badge/a91e0c55-7d2b-4c0e-b3a8-5e4f61c2d9a7" '
         'style="background:#0d6fb8;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>'
         '<p style="font-size:11px">Acclaim, a Credly service</p></div></body></html>')
    body = alt(tpart(new), tpart(h, 'html'))
    add('059-acclaim-badge-issued-2020-no-ar.eml', 'credly_badge_issued', None, new, None, 'en',
        credly_mail(A_TO, d, 'Congratulations, Ahmed! You\'ve earned a badge from Amazon Web Services Training and Certification',
                    body, trace='none', dom='youracclaim.com',
                    frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'))


def m060():
    d = T('2025-02-26 20:05:44')
    new = ('Hi Lan,\n\n'
           'Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - '
           'Associate.\n\n'
           'Accept your badge to add it to your profile and share it with your network.\n'
           'Accept badge: https://www.credly.com/earner/earned/badge/2c7d9f04-81a3-4be6-90e5-7f13c0ab8d52\n\n'
           'The Credly Team\n')
    h = ('<html><body style="font-family:Helvetica,Arial"><p>Hi Lan,</p>'
         '<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p>'
         '<p>Accept your badge to add it to your profile and share it with your network.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/2c7d9f04-81a3-4be6-90e5-7f13c0ab8d52">Accept badge</a></p>'
         '<p>The Credly Team</p></body></html>')
    body = alt(tpart(new, cte='base64'), tpart(h, 'html', cte='base64'))
    add('060-credly-new-badge-outlook.eml', 'credly_badge_issued', None, new, True, 'en',
        credly_mail(L_TO, d, 'You earned a badge from Amazon Web Services Training and Certification', body, trace='outlook'))

# === END MAILS ===


def sanity():
    import email
    from email.header import decode_header, make_header
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert set(files) == set(LABELS), (set(files) ^ set(LABELS))
    bad = 0
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(raw)
        txt = str(make_header(decode_header(m.get('Subject', '')))) + '\n'
        for p in m.walk():
            if p.get_content_maintype() == 'text':
                cs = p.get_content_charset() or 'us-ascii'
                b = p.get_payload(decode=True)
                try:
                    txt += b.decode(cs, 'replace')
                except LookupError:
                    txt += b.decode('utf-8', 'replace')
        lab = LABELS[f]
        norm = set('AWS' + x for x in ID_RE.findall(txt))
        for i in lab['account_ids']:
            if i not in norm:
                print('MISSING id', f, i); bad += 1
        if lab['case_id'] and lab['case_id'] not in txt:
            print('MISSING case', f, lab['case_id']); bad += 1
        if m.get('Date') is None or m.get('From') is None:
            print('no date/from', f); bad += 1
    print('checked', len(files), 'files, problems:', bad)
    from collections import Counter
    print(Counter(v['kind'] for v in LABELS.values()))
    print(Counter(v['language'] for v in LABELS.values()))


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for name, fn in sorted(globals().items()):
        if name.startswith('m') and name[1:4].isdigit() and callable(fn):
            fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)
    sanity()
