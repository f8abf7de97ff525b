#!/usr/bin/env python3
"""Generate blind set-67: realistic .eml files about AWS Certification account merges.

Run:  python3 make_set.py      (writes NNN-slug.eml + labels.json next to this script)
"""
import base64
import datetime as dt
import html as htmlmod
import io
import json
import os
import quopri
import random
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(6767)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
POL = policy.compat32.clone(linesep='\n')

TRUSTED_FROM = {'amazon.com', 'credly.com', 'signin.aws', 'aws.amazon.com'}


# ----------------------------------------------------------------- helpers
def T(s):
    """'2025-05-27 01:14:22' (UTC) -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def pacific(d):
    m = d.month
    dst = 3 < m < 11 or (m == 3 and d.day >= 9) or (m == 11 and d.day < 2)
    return dt.timezone(dt.timedelta(hours=-7 if dst else -8), 'PDT' if dst else 'PST')


def fmt(d, tz=UTC, name=True):
    loc = d.astimezone(tz)
    s = format_datetime(loc)
    if name and tz is not UTC and loc.tzname() and not loc.tzname().startswith('UTC'):
        s += ' (%s)' % loc.tzname()
    return s


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def case15(t):
    return '%d%05d' % (int(t.timestamp()), R.randint(120, 2999))


def ses_id(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, uuid.UUID(int=R.getrandbits(128)))


def fold_b(val, indent='        ', width=72):
    """fold a long base64 blob over several lines"""
    out, line = [], ''
    for i in range(0, len(val), width):
        out.append(val[i:i + width])
    return ('\n' + indent).join(out)


def q(text, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in text.strip('\n').split('\n'))


def enc_subject(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return Header(s, 'us-ascii', header_name='Subject').encode(maxlinelen=78)
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode(maxlinelen=76)


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, top=True):
    raw = text.encode(cs)
    p = MIMENonMultipart('text', sub)
    p.set_param('charset', label or cs)
    if not top:
        del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13)))
    for p in parts:
        if 'MIME-Version' in p:
            del p['MIME-Version']
        m.attach(p)
    return m


def to_html(text, quote_from=None):
    """plain text -> simple html; lines beginning with '>' become blockquotes"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n' % '\n'.join(out))


def ser(part):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(part)
    return buf.getvalue()


# ----------------------------------------------------------------- infrastructure
INFRA = {
    # outbound side: (mailfrom builder, host, ip, dkim list)
    'ses': dict(dkim=[('amazon.com', None), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]),
    'credly': dict(dkim=[('credly.com', 's1')]),
    'certmetrics': dict(dkim=[('certmetrics.com', 'k1')]),
    'pearson': dict(dkim=[('pearson.com', 'selector1')]),
    'github': dict(dkim=[('github.com', 'pf2023')]),
    'gmail': dict(dkim=[('gmail.com', '20230601')]),
    'corp': dict(dkim=[]),
    'phish': dict(dkim=[]),
}


def outbound(sp):
    """returns dict(mailfrom, host, ip, dkim=[(d,s)])"""
    inf = sp['infra']
    t = sp['date']
    if inf == 'ses':
        n = R.randint(10, 250)
        return dict(mailfrom='%s@amazonses.com' % sp['ses'], host='a8-%d.smtp-out.amazonses.com' % n,
                    ip='54.240.8.%d' % n, dkim=[('amazon.com', alnum(32)), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    if inf == 'credly':
        n = R.randint(2, 250)
        user = sp['to_addr'].replace('@', '=')
        return dict(mailfrom='bounces+21374960-%s-%s@em6090.credly.com' % (hexr(4), user),
                    host='o%d.ptr7612.em6090.credly.com' % R.randint(1, 9), ip='149.72.%d.%d' % (R.randint(100, 200), n),
                    dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])
    if inf == 'certmetrics':
        n = R.randint(10, 250)
        return dict(mailfrom='%s@us-west-2.amazonses.com' % ses_id(t), host='a27-%d.smtp-out.us-west-2.amazonses.com' % n,
                    ip='54.240.27.%d' % n, dkim=[('certmetrics.com', alnum(32)), ('amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')])
    if inf == 'pearson':
        n = R.randint(10, 250)
        return dict(mailfrom='bounce-pv@pearson.com', host='mail%d.pearsonvue.com' % R.randint(1, 4),
                    ip='159.182.%d.%d' % (R.randint(1, 99), n), dkim=[('pearson.com', 'selector1')])
    if inf == 'github':
        n = R.randint(10, 99)
        return dict(mailfrom='noreply@github.com', host='out-%d.smtp.github.com' % n, ip='192.30.252.%d' % (200 + n % 50),
                    dkim=[('github.com', 'pf2023')])
    if inf == 'gmail':
        return dict(mailfrom=sp['from_addr'], host='mail-sor-f41.google.com', ip='209.85.220.%d' % R.randint(41, 99),
                    dkim=[('gmail.com', '20230601')])
    if inf == 'corp':
        dom = sp['from_addr'].split('@')[1]
        return dict(mailfrom=sp['from_addr'], host='TYVP286CU001.outbound.protection.outlook.com',
                    ip='40.107.74.%d' % R.randint(10, 250), dkim=[(dom, 'selector1')])
    if inf == 'phish':
        return dict(mailfrom=sp['phish_mailfrom'], host=sp['phish_host'], ip=sp['phish_ip'], dkim=sp.get('phish_dkim', []))
    raise KeyError(inf)


DMARC_P = {'amazon.com': 'QUARANTINE', 'credly.com': 'REJECT', 'gmail.com': 'NONE', 'github.com': 'REJECT',
           'certmetrics.com': 'NONE', 'pearson.com': 'REJECT'}


def dkim_sig(d, s, t, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s;\n'
            '\tb=%s' % (s, d, int(t.timestamp()), hdrs, b64r(32), fold_b(b64r(256), '\t', 64)))


def ar_lines(style, o, sp):
    """Authentication-Results value (without header name) in the receiving provider's style"""
    fromdom = sp['from_addr'].split('@')[1].lower()
    dm = sp.get('dmarc', 'pass')
    spf = sp.get('spf', 'pass')
    dk = sp.get('dkim_result', 'pass')
    mfdom = o['mailfrom'].split('@')[1]
    pol = sp.get('dmarc_p', DMARC_P.get(fromdom, 'NONE'))
    if style == 'gmail':
        parts = ['mx.google.com;']
        if o['dkim'] and dk == 'pass':
            for d, s in o['dkim']:
                parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s;' % (d, s, b64r(6)[:8]))
        elif dk != 'pass':
            parts.append('dkim=%s;' % dk)
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s'
                         % (o['mailfrom'], o['ip'], o['mailfrom'], ';'))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                         % (spf, o['mailfrom'], o['ip'], o['mailfrom']))
        dis = 'NONE' if dm == 'pass' else pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dm, pol, pol, dis, fromdom))
        return '\n       '.join(parts)
    if style == 'o365':
        dk_s = ''.join('dkim=pass (signature was verified)\n header.d=%s;' % d for d, s in o['dkim']) if dk == 'pass' else 'dkim=none (message not signed)\n header.d=none;'
        spf_s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (spf, o['ip'], mfdom)
        comp = 'pass reason=100' if dm == 'pass' else 'fail reason=000'
        act = 'none' if dm == 'pass' else 'quarantine'
        return '%s%sdmarc=%s action=%s\n header.from=%s;compauth=%s' % (spf_s, dk_s, dm, act, fromdom, comp)
    # Japanese ISPs: authserv-id given in style 'jp:<id>'
    authserv = style.split(':', 1)[1]
    items = ['%s;' % authserv, 'spf=%s smtp.mailfrom=%s;' % (spf, o['mailfrom'])]
    if o['dkim'] and dk == 'pass':
        for d, s in o['dkim'][:1]:
            items.append('dkim=pass header.d=%s header.s=%s header.i=@%s;' % (d, s, d))
    else:
        items.append('dkim=%s;' % dk)
    items.append('dmarc=%s header.from=%s' % (dm, fromdom))
    return '\n\t'.join(items)


def trace(sp):
    """list of header lines added by the receiving side + sender DKIM etc."""
    t = sp['date']
    o = outbound(sp)
    sp['_o'] = o
    rcv = sp['rcv']
    to = sp['to_addr']
    arr = t + dt.timedelta(seconds=R.randint(1, 9))
    H = []
    if rcv == 'gmail':
        tz = pacific(arr)
        res = ar_lines('gmail', o, sp)
        H.append('Delivered-To: %s' % to)
        H.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s'
                 % (hexr(4), hexr(3), hexr(3), hexr(4), hexr(4), alnum(3), R.randint(100000, 9999999), fmt(arr, tz)))
        H.append('X-Google-Smtp-Source: AGHT+I%s' % b64r(60)[:86])
        H.append('X-Received: by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
                 % (hexr(4), hexr(3), hexr(4), alnum(10), hexr(8), R.randint(10, 99), R.randint(10, 99) * 1000 + R.randint(100, 999), fmt(arr, tz)))
        H.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                 % (int(arr.timestamp()), fold_b(b64r(256), '        ', 64)))
        H.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                 '        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n'
                 '        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), fold_b(b64r(256), '        ', 64)))
        H.append('ARC-Authentication-Results: i=1; %s' % res)
        H.append('Return-Path: <%s>' % o['mailfrom'])
        H.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s.%s\n        for <%s>\n'
                 '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                 % (o['host'], o['host'], o['ip'], alnum(16, 'abcdefghijklmnopqrstuvwxyz'), R.randint(1, 9), R.randint(100, 9999),
                    hexr(4), hexr(4), to, fmt(arr, tz)))
        if sp.get('spf', 'pass') == 'pass':
            H.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                     % (o['mailfrom'], o['ip'], o['ip']))
        else:
            H.append('Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;'
                     % (sp['spf'], o['mailfrom'], o['ip'], o['ip']))
        H.append('Authentication-Results: %s' % res)
    elif rcv in ('o365', 'o365-na'):
        reg = 'jpnprd01' if rcv == 'o365' else 'namprd11'
        pre = 'TYCPR01MB' if rcv == 'o365' else 'SJ0PR11MB'
        edge = 'OS1PEPF00001234' if rcv == 'o365' else 'CO1PEPF000075F2'
        if sp.get('o365_region'):
            reg, pre, edge = sp['o365_region']
        mb = '%s%d' % (pre, R.randint(1000, 9999))
        H.append('Received: from %s.%s.prod.outlook.com (2603:1096:400:%s::%s)\n by %s.%s.prod.outlook.com with HTTPS; %s'
                 % (mb, reg, hexr(3), hexr(2), mb, reg, fmt(arr + dt.timedelta(seconds=2), UTC, False)))
        H.append('Received: from %s.%s.prod.outlook.com (2603:1096:604:%s::%s) by\n %s.%s.prod.outlook.com (2603:1096:400:%s::%s) with\n'
                 ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                 % (edge, reg, hexr(3), hexr(2), mb, reg, hexr(3), hexr(2), R.randint(8000, 9399), R.randint(10, 40),
                    fmt(arr + dt.timedelta(seconds=1), UTC, False)))
        H.append('Authentication-Results: %s' % ar_lines('o365', o, sp))
        if sp.get('spf', 'pass') == 'pass':
            H.append('Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n'
                     ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                     % (o['mailfrom'].split('@')[1], o['ip'], o['ip'], o['host']))
        H.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n'
                 ' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                 % (o['host'], o['ip'], edge, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9399), R.randint(10, 40),
                    fmt(arr, UTC, False)))
    elif rcv.startswith('jp:'):
        authserv = rcv.split(':', 1)[1]
        H.append('Return-Path: <%s>' % o['mailfrom'])
        H.append('Delivered-To: %s' % to)
        H.append('Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                 % (authserv, authserv.replace('mx', 'mbox', 1) if authserv.startswith('mx') else 'mbox01.' + authserv,
                    alnum(11, 'ABCDEF0123456789'), to, fmt(arr + dt.timedelta(seconds=1), JST)))
        H.append('Authentication-Results: %s' % ar_lines(rcv, o, sp))
        H.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (o['host'], o['host'], o['ip'], authserv, alnum(11, 'ABCDEF0123456789'), to, fmt(arr, JST)))
    elif rcv == 'ocn-noar':
        H.append('Return-Path: <%s>' % o['mailfrom'])
        H.append('Received: from mbox-wd01.ocn.ad.jp (mbox-wd01.ocn.ad.jp [153.153.62.%d])\n\tby mas-wd02.ocn.ad.jp with LMTP; %s'
                 % (R.randint(10, 99), fmt(arr + dt.timedelta(seconds=1), JST)))
        H.append('Received: from %s (%s [%s])\n\tby mx-wd01.ocn.ad.jp (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s'
                 % (o['host'], o['host'], o['ip'], alnum(9, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789'), to, fmt(arr, JST)))
    elif rcv == 'internal':
        mb = 'AM9PR07MB%d' % R.randint(1000, 9999)
        H.append('Received: from %s.eurprd07.prod.outlook.com (2603:10a6:20b:%s::%s)\n by %s.eurprd07.prod.outlook.com with HTTPS; %s'
                 % (mb, hexr(3), hexr(2), mb, fmt(arr, UTC, False)))
        H.append('Received: from DU0PR07MB%d.eurprd07.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n DU0PR07MB%d.eurprd07.prod.outlook.com'
                 ' ([fe80::%s:%s:%s:%s%%7]) with mapi id 15.20.%d.%d; %s'
                 % (R.randint(1000, 9999), hexr(4), hexr(4), hexr(4), hexr(4), R.randint(1000, 9999), hexr(4), hexr(4), hexr(4), hexr(4),
                    R.randint(8000, 9399), R.randint(10, 40), fmt(t, UTC, False)))
    else:
        raise KeyError(rcv)
    # sender side
    if sp['infra'] == 'ses':
        for d, s in o['dkim']:
            H.append(dkim_sig(d, s, t, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Feedback-ID'))
    elif rcv != 'internal':
        for d, s in o['dkim']:
            if d == 'sendgrid.info':
                continue
            H.append(dkim_sig(d, s, t))
    H.extend(sp.get('forged', []))
    return H


def build(sp):
    t = sp['date']
    hcs = sp.get('hcs', 'utf-8')
    H = trace(sp)
    tz = sp.get('tz', UTC)
    o = []
    o.append('From: %s' % addr(sp['from_name'], sp['from_addr'], hcs))
    if sp.get('reply_to'):
        o.append('Reply-To: %s' % sp['reply_to'])
    o.append('To: %s' % (sp.get('to_hdr') or addr(sp.get('to_name'), sp['to_addr'], hcs)))
    if sp.get('cc'):
        o.append('Cc: %s' % sp['cc'])
    o.append('Subject: %s' % enc_subject(sp['subject'], hcs))
    o.append('Date: %s' % format_datetime(t.astimezone(tz)))
    o.append('Message-ID: %s' % sp['msgid'])
    if sp.get('in_reply_to'):
        o.append('In-Reply-To: %s' % sp['in_reply_to'])
        o.append('References: %s' % sp.get('references', sp['in_reply_to']))
    o.extend(sp.get('extra', []))
    if sp['infra'] == 'ses':
        o.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64r(33)[:44])
        o.append('X-SES-Outgoing: %s-%s' % (t.strftime('%Y.%m.%d'), sp['_o']['ip']))
    body = ser(sp['body'])
    head = '\n'.join(H + o) + '\n'
    return head.encode('ascii') + body


def verified(sp):
    rcv = sp['rcv']
    if rcv in ('ocn-noar', 'internal'):
        return None
    fromdom = sp['from_addr'].split('@')[1].lower()
    if fromdom in TRUSTED_FROM and sp.get('dmarc', 'pass') == 'pass':
        return True
    return False


# ----------------------------------------------------------------- message-ids
def mid_ses(t):
    return '<%s@email.amazonses.com>' % ses_id(t)


def mid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
                                        b64r(30).replace('/', '_').replace('=', '')[:36])


def mid_outlook(pre='TYCPR01MB', reg='jpnprd01'):
    box = '%s%d' % (pre, R.randint(1000, 9999))
    return '<%s%s@%s.%s.prod.outlook.com>' % (box, hexr(32).upper(), box, reg)


def jp_date(d):
    """2025年5月27日(火) 22:35 style (JST)"""
    loc = d.astimezone(JST)
    wd = '月火水木金土日'[loc.weekday()]
    return '%d年%d月%d日(%s) %d:%02d' % (loc.year, loc.month, loc.day, wd, loc.hour, loc.minute)


def gm_date(d, tz):
    loc = d.astimezone(tz)
    h = loc.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (loc.strftime('%a'), loc.strftime('%b'), loc.day, loc.year, h, loc.minute,
                                            'AM' if loc.hour < 12 else 'PM')


def ol_date(d, tz):
    loc = d.astimezone(tz)
    h = loc.hour % 12 or 12
    return '%s, %s %d, %d %d:%02d %s' % (loc.strftime('%A'), loc.strftime('%B'), loc.day, loc.year, h, loc.minute,
                                         'AM' if loc.hour < 12 else 'PM')


EDT = dt.timezone(dt.timedelta(hours=-4), 'EDT')
BST = dt.timezone(dt.timedelta(hours=1), 'BST')


# ================================================================= the mails
MAILS = []


def add(**kw):
    if kw['infra'] == 'ses':
        kw.setdefault('ses', ses_id(kw['date']))
        kw.setdefault('msgid', '<%s@email.amazonses.com>' % kw['ses'])
    MAILS.append(kw)
    return kw


FORM_N, FORM_A = 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'
CONS_N, CONS_A = 'Amazon Web Services', 'no-reply-aws@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def console_footer_en(case, name):
    return ('We value your feedback. Please share your experience by rating this correspondence using the AWS Support '
            'Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars '
            'in top right corner of each correspondence within the AWS Support Center.\n\n'
            'Best regards,\n%s\nAmazon Web Services\n\n'
            '======================================================\n\n'
            'To see all of your support cases, including this one, visit https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            'To rate this correspondence, visit https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=%s\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n'
            'To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n'
            '======================================================\n\n'
            'AWS Support:\nhttps://aws.amazon.com/premiumsupport/knowledge-center/\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of '
            'Amazon.com, Inc. or its affiliates.\n' % (name, case, case, hexr(24)))


def console_footer_ja(case, name):
    return ('このやり取りの評価にご協力ください。本メール末尾のリンクから AWS サポートセンターにアクセスし、評価をお寄せいただけます。\n\n'
            '%s\nAmazon Web Services\n\n'
            '======================================================\n\n'
            'このケースを含むすべてのサポートケースを表示するには、次の URL にアクセスしてください: '
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '※このメールは送信専用アドレスから送信されています。ご返信いただいても受信できません。\n'
            'ケースへの返信は、上記リンクから AWS サポートセンターにてお願いいたします。\n\n'
            '======================================================\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n' % (name, case))


# ---------------------------------------------------------------- thread A: Kenji (ja, Gmail, form case)
A_USER = ('渡辺健二', 'kenji.watanabe82@gmail.com')
A_KEEP, A_OLD = 'AWS03817264', 'AWS11592083'
A_OPEN = T('2025-05-26 14:31:07')
A_CASE = case15(A_OPEN)

a2_date = T('2025-05-27 01:14:22')
a2_text = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の山口と申します。

お送りいただいた情報をもとに確認いたしましたところ、お客様名義の認定アカウントが 2 件見つかりました。
以下のとおり統合を行う予定です。

　残すアカウント（統合先）　: AWS 03817264（kenji.watanabe82@gmail.com）
　統合されるアカウント（統合元）: AWS 11592083（k.watanabe@kitakaze-shoji.co.jp）

統合後は、統合元アカウントに紐づく認定資格、受験履歴、特典（50% 割引バウチャーなど）はすべて統合先に移され、統合元アカウントは無効となります。
なお、一度実行した統合は元に戻すことができません。

上記の内容で問題がなければ、本メールにそのままご返信いただき、統合を進めてよい旨をお知らせください。
ご返信を確認したのち、作業に着手いたします。

何卒よろしくお願いいたします。

山口
Amazon Web Services トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='ja', case=A_CASE, ids=[A_KEEP, A_OLD],
    infra='ses', rcv='gmail', date=a2_date, from_name=FORM_N, from_addr=FORM_A, to_addr=A_USER[1],
    subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', hcs='iso-2022-jp',
    body=tpart(a2_text, cs='iso-2022-jp', cte='7bit'))
A2_MSGID = MAILS[-1]['msgid']

# phishing: spoofed amazon.com, dmarc=fail at Gmail, forged AR lower down
a6_date = T('2025-05-27 06:48:10')
a6_fake = '%d%05d' % (int(T('2025-05-26 23:12:02').timestamp()), 481)
a6_text = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートです。
ケース番号 {a6_fake} にて受け付けた認定アカウント統合のご依頼について、最終確認をお願いいたします。

　統合先アカウント: AWS-03817264
　統合元アカウント: AWS-11592083

本人確認のため、48 時間以内に下記の確認ページへサインインし、統合に同意してください。
期限内にご確認いただけない場合、両アカウントの認定資格が一時的に停止されます。

▼統合内容を確認する
https://aws-training-certification.account-merge-verify.com/confirm?case={a6_fake}&id=AWS03817264

※本メールは送信専用です。

Amazon Web Services トレーニングと認定
"""
add(slug='merge-check', kind='merge_confirmation_requested', lang='ja', case=a6_fake, ids=[A_KEEP, A_OLD],
    infra='phish', rcv='gmail', date=a6_date, from_name='Amazon Web Services', from_addr=FORM_A, to_addr=A_USER[1],
    phish_mailfrom='info@mx3.sakura-relay-mail.net', phish_host='vps-41-32-119.sakura-relay-mail.net', phish_ip='45.32.119.41',
    spf='pass', dkim_result='none', dmarc='fail',
    forged=['Authentication-Results: amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com',
            'X-Mailer: Microsoft Outlook 16.0'],
    msgid='<%s.%d@amazon.com>' % (hexr(20), R.randint(1000, 9999)),
    subject=f'【要確認】認定アカウント統合の最終確認 [CASE {a6_fake}]',
    body=alt(tpart(a6_text, cte='base64', top=False),
             tpart(to_html(a6_text).replace(
                 'https://aws-training-certification.account-merge-verify.com/confirm?case=%s&amp;id=AWS03817264' % a6_fake,
                 '<a href="https://aws-training-certification.account-merge-verify.com/confirm?case=%s&amp;id=AWS03817264" '
                 'style="background:#ff9900;color:#fff;padding:8px 16px;text-decoration:none">統合内容を確認する</a>' % a6_fake),
                 sub='html', cte='base64', top=False)))

kenji_reply_date = T('2025-05-27 13:35:40')
kenji_reply_text = "山口様\n\nご連絡ありがとうございます。\n記載の内容で問題ありません。統合を進めてください。\n\n渡辺"
a19_date = T('2025-05-28 02:09:51')
a19_text = f"""渡辺 健二 様

ご確認のご連絡をいただき、ありがとうございます。
ご承諾いただいた内容（{A_OLD} を {A_KEEP} へ統合）にて、担当部署へ作業を依頼いたしました。
作業が完了しましたら、あらためてご連絡いたします。通常 1〜3 営業日ほどお時間をいただいております。

それまでの間、新たな試験のご予約は {A_KEEP} にてお願いいたします。

山口
Amazon Web Services トレーニングと認定 カスタマーサポート

{jp_date(kenji_reply_date)} 渡辺健二 <{A_USER[1]}>:
{q(kenji_reply_text + chr(10) + chr(10) + jp_date(a2_date) + ' Amazon Web Services <' + FORM_A + '>:' + chr(10) + q(a2_text, '> '), '> ')}
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=A_CASE, ids=[A_KEEP, A_OLD],
    infra='ses', rcv='gmail', date=a19_date, from_name=FORM_N, from_addr=FORM_A, to_addr=A_USER[1],
    subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}',
    body=tpart(a19_text, cte='base64'))

a29_date = T('2025-05-29 02:20:44')
a29_text = f"""渡辺 健二 様

お待たせいたしました。
{A_OLD} を {A_KEEP} に統合する作業が完了しました。

今後は {A_KEEP} にサインインいただくことで、すべての認定資格と特典をご確認いただけます。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

本件はこれにてクローズとさせていただきます。
サポート品質向上のため、以下のアンケートにご協力をお願いいたします。

今回の対応で問題は解決しましたか?
　はい: https://aws.amazon.com/survey/tc?case={A_CASE}&r=yes
　いいえ: https://aws.amazon.com/survey/tc?case={A_CASE}&r=no

山口
Amazon Web Services トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='merge_completed', lang='ja', case=A_CASE, ids=[A_KEEP, A_OLD],
    infra='ses', rcv='gmail', date=a29_date, from_name=FORM_N, from_addr=FORM_A, to_addr=A_USER[1],
    subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', hcs='iso-2022-jp',
    body=tpart(a29_text, cs='iso-2022-jp', cte='7bit'))
A29_MSGID = MAILS[-1]['msgid']

# Kenji forwards the completion to his work address (mailbox on Microsoft 365)
a61_date = T('2025-05-29 03:02:15')
a61_text = f"""会社のアドレスにも転送しておきます。資格手当の申請用の控えです。
統合後の認定 ID は {A_KEEP} です。

---------- Forwarded message ---------
From: Amazon Web Services <{FORM_A}>
Date: {jp_date(a29_date)}
Subject: RE:[CASE {A_CASE}] {FORM_SUBJ}
To: <{A_USER[1]}>


{a29_text}"""
add(slug='fwd-aws-case', kind='unrelated', lang='ja', case=A_CASE, ids=[A_KEEP],
    infra='gmail', rcv='o365', date=a61_date, from_name=A_USER[0], from_addr=A_USER[1],
    to_addr='k.watanabe@kitakaze-shoji.co.jp', to_name='渡辺 健二', msgid=mid_gmail(), tz=JST,
    in_reply_to=A29_MSGID,
    subject=f'Fwd: RE:[CASE {A_CASE}] {FORM_SUBJ}',
    body=alt(tpart(a61_text, cte='base64', top=False), tpart(to_html(a61_text), sub='html', cte='quoted-printable', top=False)))

a38_date = T('2025-06-01 09:12:37')
a38_text = """おめでとうございます、渡辺 健二 さん!

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。

バッジを受け取ると、LinkedIn やメール署名などで共有し、スキルを証明できます。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/%s

このメールは Credly から送信されています。メール設定の変更: https://www.credly.com/earner/settings/notifications
Credly, Inc. 2 Park Avenue, New York, NY 10016
""" % uuid.UUID(int=R.getrandbits(128))
a38_html = to_html(a38_text).replace('バッジを受け取る:', '<a href="https://www.credly.com/earner/earned/badge/accept" '
                                      'style="background:#0c4f90;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">バッジを受け取る</a>')
add(slug='credly-mail', kind='credly_badge_issued', lang='ja', case=None, ids=[],
    infra='credly', rcv='gmail', date=a38_date, from_name='Amazon Web Services Training and Certification via Credly',
    from_addr='admin@credly.com', to_addr=A_USER[1], msgid='<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', '').replace('+', '').rstrip('='), R.randint(1, 40)),
    subject='Amazon Web Services Training and Certification からバッジが発行されました',
    body=alt(tpart(a38_text, top=False), tpart(a38_html, sub='html', top=False)))


# ---------------------------------------------------------------- thread B: Sarah (en, Microsoft 365 corp, form case)
B_USER = ('Sarah Lindqvist', 'sarah.lindqvist@northwind-analytics.com')
B_KEEP, B_OLD = 'AWS02748391', 'AWS09163527'
B_OPEN = T('2025-08-11 15:04:51')
B_CASE = case15(B_OPEN)
B_REG = ('eurprd07', 'AM9PR07MB', 'AMS0EPF000001A3')

b41_text = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your inquiry and a case has been created for it.

Case ID: {B_CASE}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {B_KEEP}
Submitted by: {B_USER[1]}

A member of our support team will review your request and respond, in principle within 24 hours. If you need to add anything, reply to this email and keep the case ID in the subject line.

Please do not submit another form for the same request. Duplicate submissions create separate cases and can delay our response.

Sincerely,
AWS Training and Certification Customer Support
"""
add(slug='form-ack', kind='case_created', lang='en', case=B_CASE, ids=[B_KEEP],
    infra='ses', rcv='o365', o365_region=B_REG, date=T('2025-08-11 15:05:03'), from_name=FORM_N, from_addr=FORM_A,
    to_addr=B_USER[1], subject=f'[CASE {B_CASE}] {FORM_SUBJ}',
    body=tpart(b41_text, cte='quoted-printable'))

b3_date = T('2025-08-13 09:02:36')
b3_text = f"""Hi Sarah,

Thanks for getting back to us with the additional details, and apologies for the wait – our queue has been busier than usual this week.

Before I go any further I'd like to explain how this works, since it is a one-way process. When two certification profiles are combined, everything attached to the secondary profile – active and expired certifications, exam history, digital badges and any unused benefits such as the 50% exam discount – is moved across to the profile you keep. The secondary profile is then permanently deactivated and can no longer be used to sign in or to schedule exams. There is no way for us to split the profiles again afterwards.

Based on what you have told us, this is what I have lined up:

  - Profile to keep: aws02748391 ({B_USER[1]})
  - Profile to be absorbed and closed: aws09163527 (sarah.l.personal@gmail.com)

Nothing has been changed yet. I need your written go-ahead before I can hand this to the team that performs the change, so please reply to this email with a short statement that the above is correct and that you would like us to go ahead.

If you would rather keep the other profile, just tell me and I'll swap them around.

Best regards,

Ivana K.
AWS Training and Certification
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='en', case=B_CASE, ids=[B_KEEP, B_OLD],
    infra='ses', rcv='o365', o365_region=B_REG, date=b3_date, from_name=FORM_N, from_addr=FORM_A, to_addr=B_USER[1],
    subject=f'RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge',
    body=tpart(b3_text, cte='quoted-printable'))

# Sarah forwards it to her manager (internal mail, no Authentication-Results)
b57_date = T('2025-08-13 09:41:12')
b57_text = f"""James,

FYI - AWS wants me to confirm merging my personal cert profile (AWS09163527) into my work one (AWS02748391), so that all my certs count towards our partner tier under the company account. I'm planning to say yes tomorrow morning unless you see a reason not to.

Sarah

________________________________
From: Amazon Web Services <{FORM_A}>
Sent: {ol_date(b3_date, BST)}
To: Sarah Lindqvist <{B_USER[1]}>
Subject: RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge

{b3_text}"""
add(slug='fw-cert-profile', kind='unrelated', lang='en', case=B_CASE, ids=[B_KEEP, B_OLD],
    infra='corp', rcv='internal', date=b57_date, from_name=B_USER[0], from_addr=B_USER[1],
    to_addr='james.whitcombe@northwind-analytics.com', to_name='James Whitcombe', tz=BST,
    msgid=mid_outlook('AM9PR07MB', 'eurprd07'),
    extra=['Thread-Topic: RE: [CASE %s] [AWS Training and Certification Form Submission] - Account Merge' % B_CASE,
           'Thread-Index: AQHcDC%s' % b64r(30)[:40], 'Content-Language: en-GB',
           'X-MS-Has-Attach:', 'X-MS-Exchange-Organization-AuthAs: Internal',
           'X-MS-Exchange-Organization-AuthSource: AM9PR07MB%d.eurprd07.prod.outlook.com' % R.randint(1000, 9999)],
    subject=f'FW: RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge',
    body=alt(tpart(b57_text, cte='quoted-printable', top=False), tpart(to_html(b57_text), sub='html', cte='quoted-printable', top=False)))

sarah_ok_date = T('2025-08-14 07:15:09')
sarah_ok = "Hi Ivana,\n\nThe details are correct. Please go ahead and keep aws02748391.\n\nThanks,\nSarah"
b30_date = T('2025-08-15 12:31:09')
b30_text = f"""Hi Sarah,

I'm pleased to let you know that the change you approved has now been carried out on our side.

Your exam history, certifications and remaining benefits now live under {B_KEEP}, and the profile {B_OLD} has been retired – you won't be able to sign in with it any more. It can take a few hours for your CertMetrics transcript to show everything; if something still looks missing after 48 hours, just reply here and I'll take a look.

Best regards,

Ivana K.
AWS Training and Certification

________________________________
From: Sarah Lindqvist <{B_USER[1]}>
Sent: {ol_date(sarah_ok_date, BST)}
To: Amazon Web Services <{FORM_A}>
Subject: RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge

{sarah_ok}

________________________________
From: Amazon Web Services <{FORM_A}>
Sent: {ol_date(b3_date, BST)}
To: Sarah Lindqvist <{B_USER[1]}>
Subject: RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge

{b3_text}"""
add(slug='form-reply', kind='merge_completed', lang='en', case=B_CASE, ids=[B_KEEP, B_OLD],
    infra='ses', rcv='o365', o365_region=B_REG, date=b30_date, from_name=FORM_N, from_addr=FORM_A, to_addr=B_USER[1],
    subject=f'RE: [CASE {B_CASE}] [AWS Training and Certification Form Submission] - Account Merge',
    body=tpart(b30_text, cte='quoted-printable'))

b46_text = f"""Hi Sarah,

Your recent case with AWS Training and Certification ({B_CASE}) has been marked as resolved.

We'd like to hear how it went. Was your issue resolved?
YES: https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={B_CASE}&resolved=1
NO:  https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={B_CASE}&resolved=0

The survey takes about one minute.

AWS Training and Certification
"""
b46_html = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#232f3e">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hi Sarah,</p>
<p>Thank you for contacting AWS Training and Certification. Your case <b>{B_CASE}</b> is now closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={B_CASE}&amp;resolved=1" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={B_CASE}&amp;resolved=0" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate your support agent?<br>
<a href="https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={B_CASE}&amp;rate=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
add(slug='feedback', kind='survey', lang='en', case=B_CASE, ids=[],
    infra='ses', rcv='o365', o365_region=B_REG, date=T('2025-08-15 12:33:40'), from_name='AWS Training and Certification',
    from_addr='no-reply-tc-survey@amazon.com', to_addr=B_USER[1],
    subject=f'How did we do? Your AWS Training and Certification case {B_CASE}',
    body=alt(tpart(b46_text, cte='7bit', top=False), tpart(b46_html, sub='html', cte='quoted-printable', top=False)))


# ---------------------------------------------------------------- thread C: Misaki (ja, nifty, form case)
C_USER = ('佐藤美咲', 'misaki-sato@nifty.com')
C_KEEP, C_OLD = 'AWS05529170', 'AWS12038846'
C_OPEN = T('2025-10-05 11:52:30')
C_CASE = case15(C_OPEN)
C_RCV = 'jp:mx.nifty.com'

c14_date = T('2025-10-06 01:12:05')
c14_text = f"""佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の Kaori です。

お客様のお名前で、以下の 2 つの認定アカウントを確認いたしました。

　1. {C_KEEP}（{C_USER[1]}）
　2. {C_OLD}（m.sato@kawase-denki.co.jp）

統合にあたり、どちらのアカウントを今後お使いになるか（存続させるか）をお知らせいただけますでしょうか。
ご指定いただいたアカウントに、もう一方のアカウントの認定資格や受験履歴を集約いたします。

ご返信をお待ちしております。

Kaori
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=C_CASE, ids=[C_KEEP, C_OLD],
    infra='ses', rcv=C_RCV, date=c14_date, from_name=FORM_N, from_addr=FORM_A, to_addr=C_USER[1],
    subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}',
    body=tpart(c14_text, cte='base64'))

misaki1_date = T('2025-10-07 12:46:18')
misaki1 = f"""お世話になっております。佐藤です。

残したいのは、個人のメールアドレスで登録している {C_KEEP} の方です。
もう一方の {C_OLD} は以前の勤務先で作成したものです。

よろしくお願いいたします。"""

def tb_hdr(d, who):
    loc = d.astimezone(JST)
    return '%d/%02d/%02d %d:%02d に %s さんは書きました:' % (loc.year, loc.month, loc.day, loc.hour, loc.minute, who)

c8_date = T('2025-10-08 00:58:33')
c8_text = f"""佐藤 美咲 様

ご返信ありがとうございます。担当の Kaori です。
残すアカウントをご指定いただき、ありがとうございました。

いただいた内容をもとに、以下のとおり統合の準備が整いました。

　・統合後に残るアカウント　　　: {C_KEEP}
　・統合により閉鎖されるアカウント: {C_OLD}

統合を実行しますと、取り消すことはできません。閉鎖されるアカウントでお持ちの認定資格および特典は、残るアカウントへ引き継がれます。

この内容で進めてよろしいか、本メールへのご返信にてご確認のご連絡をお願いいたします。

Kaori
AWS トレーニングと認定 カスタマーサポート

-----元のメッセージ-----
From: {C_USER[1]}
Sent: {misaki1_date.astimezone(JST).strftime('%Y/%m/%d %H:%M')}
Subject: Re: RE:[CASE {C_CASE}] {FORM_SUBJ}

{misaki1}

{tb_hdr(c14_date, 'Amazon Web Services')}
{q(c14_text)}
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='ja', case=C_CASE, ids=[C_KEEP, C_OLD],
    infra='ses', rcv=C_RCV, date=c8_date, from_name=FORM_N, from_addr=FORM_A, to_addr=C_USER[1],
    subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}',
    body=tpart(c8_text, cte='base64'))

misaki2_date = T('2025-10-08 23:03:51')
misaki2 = "内容に相違ありません。\n統合をお願いいたします。\n\n佐藤"
c33_date = T('2025-10-10 04:41:17')
c33_text = f"""佐藤 美咲 様

お待たせいたしました。
ご承諾いただいた内容のとおり、aws-12038846 の認定情報を aws-05529170 に統合する処理が完了いたしました。
今後は aws-05529170 でサインインのうえ、認定資格の一覧をご確認ください。

ご不明な点がございましたら、本メールにご返信ください。

Kaori
AWS トレーニングと認定 カスタマーサポート

{tb_hdr(misaki2_date, '佐藤美咲')}
{q(misaki2 + chr(10) + chr(10) + tb_hdr(c8_date, 'Amazon Web Services') + chr(10) + q(c8_text.split('-----元のメッセージ-----')[0]))}
"""
add(slug='form-reply', kind='merge_completed', lang='ja', case=C_CASE, ids=[C_KEEP, C_OLD],
    infra='ses', rcv=C_RCV, date=c33_date, from_name=FORM_N, from_addr=FORM_A, to_addr=C_USER[1],
    subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}',
    body=tpart(c33_text, cte='quoted-printable'))

c47_text = f"""佐藤 美咲 様

先日は AWS トレーニングと認定にお問い合わせ（ケース番号: {C_CASE}）いただき、ありがとうございました。

今後のサポート品質向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 2 分ほどです。

アンケートに回答する:
https://aws-tc.qualtrics.com/jfe/form/SV_9Fq2mJa?case={C_CASE}&lang=ja

※本アンケートへの回答は任意です。ご回答内容がケースの対応に影響することはありません。

AWS トレーニングと認定
"""
add(slug='survey-ja', kind='survey', lang='ja', case=C_CASE, ids=[],
    infra='ses', rcv=C_RCV, date=T('2025-10-11 06:00:12'), from_name='AWS トレーニングと認定',
    from_addr='no-reply-tc-survey@amazon.com', to_addr=C_USER[1],
    subject='AWS トレーニングと認定 サポートに関するアンケートのお願い',
    body=alt(tpart(c47_text, cte='base64', top=False), tpart(to_html(c47_text), sub='html', cte='base64', top=False)))

c55_text = f"""佐藤 美咲 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
受験者 ID: {C_KEEP}
登録 ID: 512{R.randint(100000, 999999)}
日時: 2025年11月15日(土) 10:00 (日本標準時)
受験方法: テストセンター
会場: 東京都新宿区 ピアソン VUE 公認テストセンター

当日は、有効な身分証明書を 2 点ご持参のうえ、予約時刻の 15 分前までにお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
"""
add(slug='exam-appointment', kind='unrelated', lang='ja', case=None, ids=[C_KEEP],
    infra='pearson', rcv=C_RCV, date=T('2025-10-20 08:30:41'), from_name='Pearson VUE', from_addr='pvconfirmation@pearson.com',
    to_addr=C_USER[1], msgid='<%s.%s@pearsonvue.com>' % (hexr(16).upper(), R.randint(10**6, 10**7)),
    subject='試験予約の確認 - AWS Certified Solutions Architect - Associate',
    body=alt(tpart(c55_text, cte='quoted-printable', top=False), tpart(to_html(c55_text), sub='html', cte='quoted-printable', top=False)))


# ---------------------------------------------------------------- thread D: Daniel (en, Gmail, console case)
D_USER = ('Daniel Okafor', 'daniel.okafor.dev@gmail.com')
D_KEEP, D_OLD = 'AWS01946653', 'AWS07381129'
D_OPEN = T('2025-03-08 16:22:40')
D_CASE = case15(D_OPEN)
D_SUBJ = 'Merge duplicate certification accounts'

d43_text = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {D_CASE} to address your issue.

The details of your case are as follows:

Case ID: {D_CASE}
Subject: {D_SUBJ}
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts - my current one and an older one created with a previous employer's email address. I'd like them combined into the current one. Thanks, Daniel

We will respond to this case as soon as possible. You can view and update this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""
add(slug='console-case', kind='case_created', lang='en', case=D_CASE, ids=[],
    infra='ses', rcv='gmail', date=T('2025-03-08 16:22:43'), from_name=CONS_N, from_addr=CONS_A, to_addr=D_USER[1],
    subject=f'Amazon Web Services: You have opened a new Support case: {D_CASE}',
    body=tpart(d43_text, cte='7bit'))

d15_text = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification through the Support Center.

To look into your request to combine your certification accounts, we need a bit more information. Could you please send us:

1. The email address you use to sign in to each of the two accounts.
2. The notification email address on each account, if it is different from the sign-in address.
3. Your full name exactly as it appears on each profile.

You mentioned your current candidate ID is {D_KEEP}. We were not able to locate a second profile from the details provided so far, so the information above will help us find it.

""" + console_footer_en(D_CASE, 'Jerome')
add(slug='console-reply', kind='support_reply', lang='en', case=D_CASE, ids=[D_KEEP],
    infra='ses', rcv='gmail', date=T('2025-03-10 14:08:19'), from_name=CONS_N, from_addr=CONS_A, to_addr=D_USER[1],
    subject=f'RE:[CASE {D_CASE}] {D_SUBJ}',
    body=tpart(d15_text, cte='quoted-printable'))

d9_text = f"""Hello Daniel,

Thanks for sending the sign-in addresses for both profiles. With those I was able to locate the two records:

  {D_KEEP} - daniel.okafor.dev@gmail.com (SAA-C03, DVA-C02)
  {D_OLD} - dokafor@brightlane.co.uk (CLF-C02)

Our suggestion is to retain {D_KEEP}, since it holds your more recent certifications, and fold {D_OLD} into it. Please be aware that this cannot be reversed once it is done.

Could you confirm, by replying in the Support Center, that you would like us to merge {D_OLD} into {D_KEEP}? Please respond in the case rather than to this email, as this address does not accept incoming mail.

""" + console_footer_en(D_CASE, 'Jerome')
add(slug='console-reply', kind='merge_confirmation_requested', lang='en', case=D_CASE, ids=[D_KEEP, D_OLD],
    infra='ses', rcv='gmail', date=T('2025-03-12 13:47:02'), from_name=CONS_N, from_addr=CONS_A, to_addr=D_USER[1],
    subject=f'RE:[CASE {D_CASE}] {D_SUBJ}',
    body=alt(tpart(d9_text, cte='quoted-printable', top=False), tpart(to_html(d9_text), sub='html', cte='quoted-printable', top=False)))

d16_text = """Hello Daniel,

I'm following up on the message I sent you on March 12 in this case. We still need your answer to that correspondence before we can make any change to your accounts.

Please open the case in the Support Center, read my previous correspondence, and respond there. If you no longer need our help with this, let us know and we will close the case.

""" + console_footer_en(D_CASE, 'Jerome')
add(slug='console-reply', kind='support_reply', lang='en', case=D_CASE, ids=[],
    infra='ses', rcv='gmail', date=T('2025-03-14 15:30:44'), from_name=CONS_N, from_addr=CONS_A, to_addr=D_USER[1],
    subject=f'RE:[CASE {D_CASE}] {D_SUBJ}',
    body=tpart(d16_text, cte='quoted-printable'))

# phishing look-alike domain (DMARC passes for its own domain)
d5_date = T('2025-03-14 19:02:11')
d5_case = '9174412306'
d5_html = f"""<html><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900"><tr><td style="padding:28px">
<p style="font-size:20px;color:#232f3e"><b>aws</b> Training and Certification</p>
<p>Dear Candidate,</p>
<p>We received a request (reference #{d5_case}) to merge the following AWS Certification accounts:</p>
<ul><li>Primary account: <b>{D_KEEP}</b></li><li>Account to be merged: <b>{D_OLD}</b></li></ul>
<p>For your security, merges must be confirmed by the account holder. Please confirm the merge within <b>24 hours</b> by signing in with your AWS Certification credentials. Unconfirmed requests result in both accounts being placed on hold, and your active certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-desk.com/merge/confirm?ref={d5_case}&amp;u=daniel.okafor.dev%40gmail.com" style="background:#ff9900;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Confirm Account Merge</a></p>
<p>If you did not request this, sign in to cancel the request.</p>
<p>Regards,<br>AWS Certification Support Team</p>
<p style="font-size:10px;color:#888">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</td></tr></table></body></html>
"""
add(slug='merge-notice', kind='merge_confirmation_requested', lang='en', case=d5_case, ids=[D_KEEP, D_OLD],
    infra='phish', rcv='gmail', date=d5_date, from_name='AWS Certification Support', from_addr='support@aws-certification-desk.com',
    to_addr=D_USER[1], phish_mailfrom='bounce@mail.aws-certification-desk.com', phish_host='mail.aws-certification-desk.com',
    phish_ip='185.234.72.19', phish_dkim=[('aws-certification-desk.com', 'default')], dmarc='pass', dmarc_p='NONE',
    msgid='<%s@aws-certification-desk.com>' % uuid.UUID(int=R.getrandbits(128)),
    subject=f'Action required: confirm your AWS Certification account merge (Ref #{d5_case})',
    body=tpart(d5_html, sub='html', cte='quoted-printable'))

d32_text = f"""Hello Daniel,

Thank you for your reply in the Support Center.

We've consolidated your certification history: everything that was on {D_OLD} is now under {D_KEEP}, and the older profile has been deactivated. Your SAA-C03, DVA-C02 and CLF-C02 certifications should all be visible when you sign in.

As there is nothing further outstanding, I'm resolving this case. If you need more help, you can reopen it from the Support Center within 14 days.

""" + console_footer_en(D_CASE, 'Jerome')
add(slug='console-reply', kind='merge_completed', lang='en', case=D_CASE, ids=[D_KEEP, D_OLD],
    infra='ses', rcv='gmail', date=T('2025-03-18 10:11:27'), from_name=CONS_N, from_addr=CONS_A, to_addr=D_USER[1],
    subject=f'RE:[CASE {D_CASE}] {D_SUBJ}',
    body=tpart(d32_text, cte='quoted-printable'))

d56_date = T('2025-03-20 16:44:05')
d56_text = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/infra-modules/pull/412#event-16834471290
You are receiving this because you authored the thread.

Message ID: <brightlane/infra-modules/pull/412/issue_event/16834471290@github.com>
"""
d56_html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/brightlane/infra-modules/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane/infra-modules/pull/412#event-16834471290">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/ABCD">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>
"""
add(slug='github-notification', kind='unrelated', lang='en', case=None, ids=[],
    infra='github', rcv='gmail', date=d56_date, from_name='Kelechi Nwosu', from_addr='notifications@github.com',
    to_addr=D_USER[1], to_hdr='brightlane/infra-modules <infra-modules@noreply.github.com>',
    cc='Daniel Okafor <daniel.okafor.dev@gmail.com>, Author <author@noreply.github.com>',
    reply_to='brightlane/infra-modules <reply+AAC5Q%s@reply.github.com>' % hexr(40).upper(),
    msgid='<brightlane/infra-modules/pull/412/issue_event/16834471290@github.com>',
    in_reply_to='<brightlane/infra-modules/pull/412@github.com>',
    extra=['List-ID: brightlane/infra-modules <infra-modules.brightlane.github.com>',
           'List-Unsubscribe: <mailto:unsub+AAC5Q@reply.github.com>',
           'X-GitHub-Reason: author', 'X-GitHub-Sender: kelechi-nwosu', 'Precedence: list'],
    subject='Re: [brightlane/infra-modules] Merge account-baseline module for member accounts into main (PR #412)',
    body=alt(tpart(d56_text, cte='7bit', top=False), tpart(d56_html, sub='html', cte='7bit', top=False)))

d54_text = f"""Dear Daniel Okafor,

AWS Certification wants to hear from you!

As a recent AWS Certified individual (Candidate ID: {D_KEEP}), your feedback helps us improve the certification experience for everyone. Please take 10 minutes to tell us about your exam preparation, your test-day experience and how you are using your certification.

Take the survey:
https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=4821&cid=%s

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
""" % hexr(12)
add(slug='certmetrics', kind='unrelated', lang='en', case=None, ids=[D_KEEP],
    infra='certmetrics', rcv='gmail', date=T('2025-04-02 18:00:27'), from_name='AWS Certification',
    from_addr='do-not-reply@certmetrics.com', to_addr=D_USER[1], msgid=mid_ses(T('2025-04-02 18:00:27')).replace('email.amazonses.com', 'us-west-2.amazonses.com'),
    subject='AWS Certification wants to hear from you',
    body=alt(tpart(d54_text, cte='7bit', top=False), tpart(to_html(d54_text), sub='html', cte='quoted-printable', top=False)))


# ---------------------------------------------------------------- thread E: Ryo (ja, Microsoft 365 corp, form case)
E_USER = ('田中 亮', 'ryo.tanaka@kanto-sysdev.co.jp')
E_KEEP, E_OLD = 'AWS04420985', 'AWS10877312'
E_OPEN = T('2026-01-16 06:18:44')
E_CASE = case15(E_OPEN)
E_CASE2 = case15(T('2026-01-22 09:10:03'))

e26_text = f"""田中 亮 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の伊藤でございます。

ご依頼いただいた 2 つのアカウント（{E_KEEP}、{E_OLD}）を確認いたしましたが、登録されているお名前の表記が「田中 亮」と「Tanaka Ryo」で異なっております。

恐れ入りますが、ご本人様確認のため、以下の 2 点をお知らせいただけますでしょうか。
・それぞれのアカウントにご登録のメールアドレス
・お名前の表記が異なる理由（旧姓・ローマ字表記での登録など）

確認が取れしだい、統合のご案内を差し上げます。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=E_CASE, ids=[E_KEEP, E_OLD],
    infra='ses', rcv='o365', date=T('2026-01-19 02:35:10'), from_name=FORM_N, from_addr=FORM_A, to_addr=E_USER[1],
    subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}',
    body=tpart(e26_text, cte='quoted-printable'))

e10_date = T('2026-01-21 03:20:55')
e10_text = f"""田中 亮 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤です。
お名前の表記についてご説明いただき、ありがとうございました。社内で確認した結果、両アカウントがご本人様のものであることを確認できました。

つきましては、次の内容で統合手続きを行います。

　・統合先（今後ご利用いただくアカウント）: aws-04420985
　・統合元（統合後に削除されるアカウント）: aws-10877312

統合は不可逆的な処理であり、実施後に取り消すことはできません。
この内容にご同意いただける場合は、「統合に同意します」と明記のうえ、本メールにご返信ください。
ご返信をいただくまで、処理は行いません。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='ja', case=E_CASE, ids=[E_KEEP, E_OLD],
    infra='ses', rcv='o365', date=e10_date, from_name=FORM_N, from_addr=FORM_A, to_addr=E_USER[1],
    subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}',
    body=tpart(e10_text, cte='quoted-printable'))
E10_MSGID = MAILS[-1]['msgid']

e23_text = f"""田中 亮 様

お世話になっております。伊藤です。

昨日、新たにケース {E_CASE2} としてお問い合わせをいただきましたが、同じご依頼のため、本ケース（{E_CASE}）にて引き続き対応させていただきます。
新しいケースはこちらでクローズいたしますので、今後のご連絡は本メールへのご返信にてお願いいたします。
同一の内容で複数のケースを作成されますと、対応に時間がかかる場合がございます。

なお、1月21日にお送りしたメールにて、統合内容についてのご確認をお願いしております。
お手数ですが、そちらのメールをご確認のうえご返信ください。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=E_CASE, ids=[],
    infra='ses', rcv='o365', date=T('2026-01-23 01:55:30'), from_name=FORM_N, from_addr=FORM_A, to_addr=E_USER[1],
    subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}',
    body=tpart(e23_text, cte='base64'))


def ol_jp_block(frm, d, to, subj):
    loc = d.astimezone(JST)
    return ('差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s'
            % (frm, loc.year, loc.month, loc.day, loc.hour, loc.minute, to, subj))

ryo_date = T('2026-01-23 09:40:12')
ryo_text = f"""伊藤様

お世話になっております。関東システム開発の田中です。
ご連絡が遅くなり失礼いたしました。また、重複してケースを作成してしまい申し訳ございません。

ご案内いただいた内容を確認いたしました。
aws-10877312 を aws-04420985 に統合することに同意します。

どうぞよろしくお願いいたします。

田中 亮"""
e58_text = f"""{ryo_text}

{ol_jp_block('Amazon Web Services <' + FORM_A + '>', e10_date, '田中 亮 <' + E_USER[1] + '>', 'RE:[CASE ' + E_CASE + '] ' + FORM_SUBJ)}

{e10_text}"""
add(slug='re-form', kind='unrelated', lang='ja', case=E_CASE, ids=[E_KEEP, E_OLD],
    infra='corp', rcv='gmail', date=ryo_date, from_name=E_USER[0], from_addr=E_USER[1], to_addr='ryo.tanaka.private@gmail.com',
    to_hdr='Amazon Web Services <%s>' % FORM_A, cc='=?utf-8?b?55Sw5LitIOS6rg==?= <ryo.tanaka.private@gmail.com>',
    msgid=mid_outlook(), in_reply_to=E10_MSGID, tz=JST,
    extra=['Thread-Topic: RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), 'Thread-Index: AQHci%s' % b64r(30)[:40],
           'Accept-Language: ja-JP, en-US', 'Content-Language: ja-JP'],
    subject=f'RE: RE:[CASE {E_CASE}] {FORM_SUBJ}',
    body=alt(tpart(e58_text, cte='base64', top=False), tpart(to_html(e58_text), sub='html', cte='base64', top=False)))

e35_text = f"""田中 亮 様

お世話になっております。伊藤です。
ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご連絡いたします。

今後は {E_KEEP} をご利用ください。旧アカウントでお持ちだった認定資格および受験履歴は、すべてこちらに引き継がれております。
Credly のバッジについては、数日中に Credly より受け取りのご案内メールが届く予定です。

引き続きよろしくお願いいたします。

伊藤
AWS トレーニングと認定 カスタマーサポート

{ol_jp_block('田中 亮 <' + E_USER[1] + '>', ryo_date, 'Amazon Web Services <' + FORM_A + '>', 'RE: RE:[CASE ' + E_CASE + '] ' + FORM_SUBJ)}

{ryo_text}

{ol_jp_block('Amazon Web Services <' + FORM_A + '>', e10_date, '田中 亮 <' + E_USER[1] + '>', 'RE:[CASE ' + E_CASE + '] ' + FORM_SUBJ)}

{e10_text}"""
add(slug='form-reply', kind='merge_completed', lang='ja', case=E_CASE, ids=[E_KEEP],
    infra='ses', rcv='o365', date=T('2026-01-26 02:14:48'), from_name=FORM_N, from_addr=FORM_A, to_addr=E_USER[1],
    subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}',
    body=tpart(e35_text, cte='quoted-printable'))

e48_text = f"""田中 亮 様

本ケース（ケース番号: {E_CASE}）はクローズされました。
ご不明な点が残っている場合は、14 日以内に本メールへご返信いただくことでケースを再開できます。

今回のサポートについて、評価をお願いいたします。

問題は解決しましたか?
　はい　: https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={E_CASE}&resolved=1&lang=ja
　いいえ: https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={E_CASE}&resolved=0&lang=ja

AWS トレーニングと認定
"""
add(slug='case-closed', kind='survey', lang='ja', case=E_CASE, ids=[],
    infra='ses', rcv='o365', date=T('2026-01-26 02:16:02'), from_name=FORM_N, from_addr=FORM_A, to_addr=E_USER[1],
    subject=f'[CASE {E_CASE}] ケースがクローズされました',
    body=alt(tpart(e48_text, cte='base64', top=False), tpart(to_html(e48_text), sub='html', cte='base64', top=False)))


# ---------------------------------------------------------------- thread F: Priya (en, Outlook.com, form case)
F_USER = ('Priya Raman', 'priya.raman@outlook.com')
F_KEEP, F_OLD = 'AWS06613048', 'AWS08250971'
F_OPEN = T('2025-11-02 20:15:33')
F_CASE = case15(F_OPEN)
F_REG = ('namprd11', 'SJ0PR11MB', 'CO1PEPF000075F2')

f13_date = T('2025-11-04 16:40:12')
f13_text = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

I've reviewed both certification profiles associated with your name. Our team will merge {F_OLD} into {F_KEEP}, which is the account linked to your current sign-in email. This is normally processed within 3-5 business days. You don't need to do anything further right now; we'll write to you again when the work is finished.

In the meantime, please continue to use {F_KEEP} and avoid scheduling new exams on {F_OLD}.

Best regards,
Chen W.
AWS Training and Certification Support
"""
add(slug='form-reply', kind='support_reply', lang='en', case=F_CASE, ids=[F_KEEP, F_OLD],
    infra='ses', rcv='o365-na', o365_region=F_REG, date=f13_date, from_name=FORM_N, from_addr=FORM_A, to_addr=F_USER[1],
    subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}',
    body=tpart(f13_text, cte='quoted-printable'))

PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
priya_q_date = T('2025-11-06 03:12:44')
priya_q = """Hi Chen,

Thanks for the update. Two quick questions while I wait:
1) Will my 50% exam voucher carry over?
2) Will my Credly badges move automatically, or do I need to do something?

Priya"""
f20_text = f"""Hi Priya,

Good questions.

Once the merge is complete, the certifications currently on {F_OLD} will show under {F_KEEP}, and your 50% discount benefit will be available from that account.

Credly badges are handled separately: after our side is finished, Credly should email you to accept the re-issued badges. If those emails don't arrive within a week of our completion notice, reply to this case and we will ask Credly to move them for you.

The merge itself is still in progress; I'll let you know as soon as it's done.

Best,
Chen W.
AWS Training and Certification Support

________________________________
From: Priya Raman <{F_USER[1]}>
Sent: {ol_date(priya_q_date, PST)}
To: Amazon Web Services <{FORM_A}>
Subject: Re: RE:[CASE {F_CASE}] {FORM_SUBJ}

{priya_q}

________________________________
From: Amazon Web Services <{FORM_A}>
Sent: {ol_date(f13_date, PST)}
To: {F_USER[1]}
Subject: RE:[CASE {F_CASE}] {FORM_SUBJ}

{f13_text}"""
add(slug='form-reply', kind='support_reply', lang='en', case=F_CASE, ids=[F_KEEP, F_OLD],
    infra='ses', rcv='o365-na', o365_region=F_REG, date=T('2025-11-06 17:05:40'), from_name=FORM_N, from_addr=FORM_A,
    to_addr=F_USER[1], subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}',
    body=tpart(f20_text, cte='quoted-printable'))

f36_text = f"""Hi Priya - all done. {F_OLD} is now part of {F_KEEP}; sign in with your usual email and you'll see the full list of certifications.

Chen W.
AWS Training and Certification Support
"""
add(slug='form-reply', kind='merge_completed', lang='en', case=F_CASE, ids=[F_KEEP, F_OLD],
    infra='ses', rcv='o365-na', o365_region=F_REG, date=T('2025-11-10 21:33:09'), from_name=FORM_N, from_addr=FORM_A,
    to_addr=F_USER[1], subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}',
    body=tpart(f36_text, cte='7bit'))

f50_text = f"""Hello Priya,

You recently contacted AWS Training and Certification about your account merge request (case {F_CASE}).

We'd appreciate a minute of your time to tell us about your experience.

Was your issue resolved?  YES  https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={F_CASE}&resolved=1
                          NO   https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={F_CASE}&resolved=0

How easy was it to get the help you needed? (1 = very difficult, 5 = very easy)
https://aws-tc.qualtrics.com/jfe/form/SV_3KcXwq9Tz?case={F_CASE}&ces=

Thank you,
AWS Training and Certification
"""
add(slug='feedback', kind='survey', lang='en', case=F_CASE, ids=[],
    infra='ses', rcv='o365-na', o365_region=F_REG, date=T('2025-11-11 09:00:31'), from_name='AWS Training and Certification',
    from_addr='no-reply-tc-survey@amazon.com', to_addr=F_USER[1],
    subject='Tell us about your recent support experience',
    body=alt(tpart(f50_text, cte='quoted-printable', top=False), tpart(to_html(f50_text), sub='html', cte='quoted-printable', top=False)))

f39_text = """Hi Priya,

Good news - the badges that were previously issued to priya.r@tessaract-labs.com have been transferred to your Credly account (priya.raman@outlook.com).

The following badges are now in your profile and ready to accept:
 * AWS Certified Cloud Practitioner
 * AWS Certified Solutions Architect - Associate

Accept your badges: https://www.credly.com/earner/earned?filter=pending

Issued by Amazon Web Services Training and Certification

Credly, Inc. | 2 Park Avenue, New York, NY 10016
Unsubscribe: https://www.credly.com/earner/settings/notifications
"""
f39_html = """<html><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;margin:24px 0"><tr><td style="padding:32px">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h1 style="font-size:22px;color:#1d1d1d">Your badges have a new home</h1>
<p>Hi Priya,</p>
<p>The badges that were previously issued to <b>priya.r@tessaract-labs.com</b> have been transferred to your Credly account.</p>
<table cellpadding="6"><tr>
<td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="80" alt=""><br>AWS Certified Cloud Practitioner</td>
<td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="80" alt=""><br>AWS Certified Solutions Architect &ndash; Associate</td>
</tr></table>
<p><a href="https://www.credly.com/earner/earned?filter=pending" style="display:inline-block;background:#0b5cab;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#6f6f6f">Issued by Amazon Web Services Training and Certification</p>
</td></tr></table></td></tr></table></body></html>
"""
add(slug='credly-mail', kind='credly_badge_issued', lang='en', case=None, ids=[],
    infra='credly', rcv='o365-na', o365_region=F_REG, date=T('2025-11-12 15:20:08'),
    from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to_addr=F_USER[1],
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), R.randint(1, 40)),
    subject='Your badges have been transferred to your Credly account',
    body=alt(tpart(f39_text, cte='quoted-printable', top=False), tpart(f39_html, sub='html', cte='quoted-printable', top=False)))

f51_case = '6120457783'
f51_text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge your two selling accounts:
- Priya's Handmade (Merchant Token A2K9QX71LMT0RB)
- Raman Home & Craft (Merchant Token A3VD04PLQ8ZJ1N)

Before we continue, please confirm that you want the listings, inventory and order history from "Priya's Handmade" moved to "Raman Home & Craft". Once the accounts are merged, this action cannot be undone and the closed account cannot be reactivated.

To confirm, reply to this message with "I confirm the merge". If you do not respond within 5 days, we will resolve this case.

Was this email helpful? https://sellercentral.amazon.com/gp/satisfaction/survey?case={f51_case}

Thank you for selling on Amazon,
Nadia R.
Amazon.com Selling Partner Support
"""
add(slug='seller-case', kind='unrelated', lang='en', case=f51_case, ids=[],
    infra='ses', rcv='o365-na', o365_region=F_REG, date=T('2025-11-20 18:26:50'), from_name='Amazon Selling Partner Support',
    from_addr='seller-answers-noreply@amazon.com', to_addr=F_USER[1],
    subject=f'RE:[CASE {f51_case}] Request to merge seller accounts',
    body=tpart(f51_text, cte='quoted-printable'))


# ---------------------------------------------------------------- thread G: Koji (ja, biglobe, console case, 11-digit id)
G_USER = ('山本浩二', 'k-yamamoto@mua.biglobe.ne.jp')
G_KEEP, G_OLD = 'AWS03390517', 'AWS11804426'
G_CASE = '1%010d' % R.randint(10**9, 10**10 - 1)
G_RCV = 'jp:biglobe.ne.jp'
G_SUBJ = '認定アカウントの統合について（重複アカウントの整理）'

g42_text = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース {G_CASE} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {G_CASE}
件名: {G_SUBJ}
重要度: 一般的なガイダンス
内容: AWS 認定のアカウントが 2 つあるようなので、1 つにまとめていただきたいです。現在使っているのは {G_KEEP} です。

できるだけ早く対応いたします。このケースは AWS サポートセンターで表示および更新できます:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja

よろしくお願いいたします。
Amazon Web Services

このメッセージは Amazon Web Services, Inc.（410 Terry Avenue North, Seattle, WA 98109-5210）により作成、配信されています。
"""
add(slug='console-case', kind='case_created', lang='ja', case=G_CASE, ids=[G_KEEP],
    infra='ses', rcv=G_RCV, date=T('2025-07-11 05:03:14'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'Amazon Web Services: 新しいサポートケースをオープンしました: {G_CASE}',
    body=tpart(g42_text, cte='base64'))

g27_text = f"""山本 浩二 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。

ご入力いただいた {G_KEEP} のアカウントは確認できましたが、統合の対象となるもう一方のアカウントを特定することができませんでした。

お手数ですが、もう一方のアカウントにご登録のメールアドレス、または認定アカウント ID（AWS から始まる番号）をサポートセンターのケース画面からお知らせください。

""" + console_footer_ja(G_CASE, '村上')
add(slug='console-reply', kind='support_reply', lang='ja', case=G_CASE, ids=[G_KEEP],
    infra='ses', rcv=G_RCV, date=T('2025-07-14 04:10:00'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'RE:[CASE {G_CASE}] {G_SUBJ}',
    body=tpart(g27_text, cte='base64'))

g12_text = f"""山本 浩二 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
追加でお知らせいただいたメールアドレスにより、2 つ目のアカウントを特定することができました。

今回の作業内容は次のとおりです。

  {G_KEEP} … 今後もご利用いただくアカウント（統合先）
  {G_OLD} … {G_KEEP} に統合したのち、ご利用いただけなくなるアカウント

この統合は一度実施すると元に戻すことができません。
上記の内容でよろしければ、サポートセンターのケース画面から「上記内容で統合を希望します」とご返信ください。
このメールアドレスへのご返信は受け付けておりませんので、ご注意ください。

""" + console_footer_ja(G_CASE, '村上')
add(slug='console-reply', kind='merge_confirmation_requested', lang='ja', case=G_CASE, ids=[G_KEEP, G_OLD],
    infra='ses', rcv=G_RCV, date=T('2025-07-16 06:42:37'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'RE:[CASE {G_CASE}] {G_SUBJ}',
    body=tpart(g12_text, cte='quoted-printable'))

g17_text = """山本 浩二 様

Amazon Web Services サポートです。

先日（7月16日）お送りしたご案内について、まだご返信を確認できておりません。
お手数ですが、サポートセンターでケースを開き、前回のやり取りの内容をご確認のうえご返信ください。
ご返信をいただくまで、作業は保留とさせていただきます。

なお、7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

""" + console_footer_ja(G_CASE, '村上')
add(slug='console-reply', kind='support_reply', lang='ja', case=G_CASE, ids=[],
    infra='ses', rcv=G_RCV, date=T('2025-07-19 03:15:10'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'RE:[CASE {G_CASE}] {G_SUBJ}',
    body=tpart(g17_text, cte='quoted-printable'))

g31_text = f"""山本 浩二 様

ご返信いただき、ありがとうございました。

ご依頼の件、{G_OLD} に登録されていた認定資格および受験履歴を {G_KEEP} へ移行いたしました。
{G_OLD} は無効化されており、今後サインインすることはできません。

認定資格の一覧に反映されるまで、最大で 24 時間ほどかかる場合がございます。

""" + console_footer_ja(G_CASE, '村上')
add(slug='console-reply', kind='merge_completed', lang='ja', case=G_CASE, ids=[G_KEEP, G_OLD],
    infra='ses', rcv=G_RCV, date=T('2025-07-22 07:25:51'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'RE:[CASE {G_CASE}] {G_SUBJ}',
    body=tpart(g31_text, cte='base64'))

# declared Shift_JIS, actually CP932 (contains NEC/IBM extension characters)
g49_text = f"""山本 浩二 様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

ケース {G_CASE}（{G_SUBJ}）は解決済みとしてクローズされました。

今回のサポートについて、以下の 2 点を 5 段階でご評価ください（所要時間：約 1～2 分）。
　① 問題は解決しましたか？
　② 担当者の対応はいかがでしたか？

評価はこちら:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja&survey=1

ケースを再度開く必要がある場合は、サポートセンターから 14 日以内に操作してください。

Amazon Web Services
"""
g49 = tpart(g49_text, cs='cp932', cte='8bit', label='Shift_JIS')
add(slug='case-closed', kind='survey', lang='ja', case=G_CASE, ids=[],
    infra='ses', rcv=G_RCV, date=T('2025-07-22 07:30:02'), from_name=CONS_N, from_addr=CONS_A, to_addr=G_USER[1],
    subject=f'Amazon Web Services: ケース {G_CASE} がクローズされました', hcs='shift_jis',
    body=g49)


# ---------------------------------------------------------------- thread H: Tomas (en, Gmail, form case)
H_USER = ('Tomás Herrera', 'tomas.herrera.m@gmail.com')
H_A, H_B, H_C = 'AWS02215789', 'AWS05964102', 'AWS09731854'
H_OPEN = T('2026-02-08 19:40:00')
H_CASE = case15(H_OPEN)
H_SUBJ = f'RE:[CASE {H_CASE}] [AWS Training and Certification Form Submission] - Account Merge'

h7_date = T('2026-02-10 16:28:14')
h7_plain = f"""Hello Tomás,

Thank you for reaching out. A search on your name and e-mail addresses returned three certification accounts. We propose to keep {H_A} and bring the other two into it. Please note this cannot be undone.

For the full list of accounts and the e-mail address registered on each, please view this message in an HTML-capable mail client.

If the proposal is correct, reply to this e-mail with "I confirm". If you would prefer a different account to be kept, tell us which one.

Rahul
AWS Training and Certification
"""
h7_html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Tom&aacute;s,</p>
<p>Thank you for reaching out. A search on your name and e-mail addresses returned three certification accounts. Our proposal is to consolidate them as follows:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th align="left">Candidate ID</th><th align="left">Registered e-mail</th><th align="left">After consolidation</th></tr>
<tr><td>{H_A}</td><td>tomas.herrera.m@gmail.com</td><td><b>Kept</b> (surviving account)</td></tr>
<tr><td>{H_B}</td><td>therrera@lumenfield.io</td><td>Merged into {H_A}, then closed</td></tr>
<tr><td>{H_C}</td><td>t.herrera@alumni.uc3m.es</td><td>Merged into {H_A}, then closed</td></tr>
</table>
<p>Please be aware that this consolidation can't be undone.</p>
<p>To proceed we need you to confirm, by replying to this message, that the above is accurate &ndash; a reply saying <i>&ldquo;I confirm&rdquo;</i> is enough. If you would prefer a different account to be kept, tell us which one.</p>
<p>Rahul<br>AWS Training and Certification</p>
</body></html>
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='en', case=H_CASE, ids=[H_A, H_B, H_C],
    infra='ses', rcv='gmail', date=h7_date, from_name=FORM_N, from_addr=FORM_A, to_addr=H_USER[1], subject=H_SUBJ,
    body=alt(tpart(h7_plain, cte='quoted-printable', top=False), tpart(h7_html, sub='html', cte='quoted-printable', top=False)))

h7_as_text = f"""Hello Tomás,

Thank you for reaching out. A search on your name and e-mail addresses returned three certification accounts. Our proposal is to consolidate them as follows:

Candidate ID  Registered e-mail  After consolidation
{H_A}  tomas.herrera.m@gmail.com  Kept (surviving account)
{H_B}  therrera@lumenfield.io  Merged into {H_A}, then closed
{H_C}  t.herrera@alumni.uc3m.es  Merged into {H_A}, then closed

Please be aware that this consolidation can't be undone.

To proceed we need you to confirm, by replying to this message, that the above is accurate - a reply saying "I confirm" is enough. If you would prefer a different account to be kept, tell us which one.

Rahul
AWS Training and Certification"""
tomas1_date = T('2026-02-11 02:41:33')
tomas1 = "Looks right, but could we keep the Lumenfield one as the main account instead? That's the one our partner portal is linked to.\n\nThanks!\nTomás"
h11_date = T('2026-02-12 16:18:30')
h11_text = f"""Hi Tomás,

Thanks for your reply. Since you've asked for a different account to be the main one, I want to be sure we get this exactly right before anything is changed.

Updated plan, per your request:

  * Account retained: {H_B}
  * Accounts merged into it and then closed: {H_A} and {H_C}

Please reply with an explicit "Yes, proceed" if this updated arrangement is what you want. We won't touch any of the accounts until we hear back from you, and once it's done it cannot be reversed.

Warm regards,
Rahul
AWS Training and Certification

On {gm_date(tomas1_date, PST)} {H_USER[0]} <{H_USER[1]}> wrote:
{q(tomas1 + chr(10) + chr(10) + 'On ' + gm_date(h7_date, PST) + ' Amazon Web Services <' + FORM_A + '> wrote:' + chr(10) + q(h7_as_text))}
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='en', case=H_CASE, ids=[H_A, H_B, H_C],
    infra='ses', rcv='gmail', date=h11_date, from_name=FORM_N, from_addr=FORM_A, to_addr=H_USER[1], subject=H_SUBJ,
    body=tpart(h11_text, cte='quoted-printable'))

tomas2_date = T('2026-02-13 05:05:02')
tomas2 = "Yes, proceed. The updated arrangement is correct."
h11_new = h11_text.split('\nOn ')[0].rstrip()
h18_text = f"""Hi Tomás,

Thank you for confirming. I've now passed your request to our accounts team, who will consolidate {H_A} and {H_C} into {H_B}. This usually takes one to three business days. I'll update you here as soon as they've finished - there's nothing else you need to do for now.

Kind regards,
Rahul
AWS Training and Certification

On {gm_date(tomas2_date, PST)} {H_USER[0]} <{H_USER[1]}> wrote:
{q(tomas2 + chr(10) + chr(10) + 'On ' + gm_date(h11_date, PST) + ' Amazon Web Services <' + FORM_A + '> wrote:' + chr(10) + q(h11_new))}
"""
add(slug='form-reply', kind='support_reply', lang='en', case=H_CASE, ids=[H_A, H_B, H_C],
    infra='ses', rcv='gmail', date=T('2026-02-13 17:02:20'), from_name=FORM_N, from_addr=FORM_A, to_addr=H_USER[1], subject=H_SUBJ,
    body=tpart(h18_text, cte='quoted-printable'))

# HTML only, declared utf-8 but actually windows-1252
h34_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Tomás,</p>
<p>Your request is complete. {H_A} and {H_C} have been merged into {H_B} – you’ll find all of your certifications, badges and exam history there now. The two other candidate profiles are closed and can’t be used to sign in any more.</p>
<p>Credly badges are re-issued separately and usually arrive within a few days. Please don’t hesitate to reply if anything looks off.</p>
<p>Kind regards,<br>Rahul<br>AWS Training and Certification</p>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
<p>On {gm_date(tomas2_date, PST)} {H_USER[0]} &lt;{H_USER[1]}&gt; wrote:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>{tomas2}</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>Thanks for your reply. Since you’ve asked for a different account to be the main one, I want to be sure we get this exactly right before anything is changed.</p>
<p>Please reply with an explicit “Yes, proceed” if this updated arrangement is what you want. We won’t touch any of the accounts until we hear back from you, and once it’s done it cannot be reversed.</p>
</blockquote></blockquote></div>
</body></html>
"""
add(slug='form-reply', kind='merge_completed', lang='en', case=H_CASE, ids=[H_A, H_B, H_C],
    infra='ses', rcv='gmail', date=T('2026-02-16 18:45:11'), from_name=FORM_N, from_addr=FORM_A, to_addr=H_USER[1], subject=H_SUBJ,
    body=tpart(h34_html, sub='html', cs='cp1252', label='utf-8', cte='quoted-printable'))

h37_text = """Congratulations, Tomás!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer – Associate.

Accept your badge to share it on LinkedIn, in your email signature and anywhere else you'd like to show off your skills.

Accept Badge: https://www.credly.com/badges/%s/accept

Questions? Visit https://support.credly.com
Credly, Inc. | 2 Park Avenue, New York, NY 10016
""" % uuid.UUID(int=R.getrandbits(128))
h37_html = """<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:32px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="AWS Certified Developer – Associate">
<h1 style="font-size:24px">Congratulations, Tomás!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Developer – Associate</b></p>
<p><a href="https://www.credly.com/badges/accept" style="background:#0b5cab;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 2 Park Avenue, New York, NY 10016</p>
</td></tr></table></body></html>
"""
add(slug='credly-mail', kind='credly_badge_issued', lang='en', case=None, ids=[],
    infra='credly', rcv='gmail', date=T('2026-02-17 11:00:48'),
    from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to_addr=H_USER[1],
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), R.randint(1, 40)),
    subject='Amazon Web Services Training and Certification has issued you a new badge – AWS Certified Developer – Associate',
    body=alt(tpart(h37_text, cte='quoted-printable', top=False), tpart(h37_html, sub='html', cte='quoted-printable', top=False)))

h40_html = """<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:32px;text-align:center">
<p style="font-size:26px;color:#ff6b00;font-weight:bold">credly</p>
<h1 style="font-size:22px">You've earned a new badge!</h1>
<p>Hello,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge. Because your Credly account was recently updated, you must sign in again to claim it.</p>
<p><a href="https://credly-badges.net/signin?next=/claim/7f1c2d" style="background:#0b5cab;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Sign in and claim badge</a></p>
<p style="font-size:12px;color:#777">Unclaimed badges are removed after 72 hours.<br>Credly Inc. | New York, NY</p>
</td></tr></table></body></html>
"""
add(slug='badge-waiting', kind='credly_badge_issued', lang='en', case=None, ids=[],
    infra='phish', rcv='gmail', date=T('2026-02-18 07:55:19'), from_name='Credly', from_addr='notifications@credly-badges.net',
    to_addr=H_USER[1], phish_mailfrom='mailer@send.credly-badges.net', phish_host='send.credly-badges.net', phish_ip='91.215.85.140',
    phish_dkim=[('credly-badges.net', 'k1')], dmarc='pass', dmarc_p='NONE',
    msgid='<%s@credly-badges.net>' % hexr(24),
    subject="You've earned a new badge: AWS Certified Developer – Associate",
    body=tpart(h40_html, sub='html', cte='base64'))

h53_text = """Hi Tomás,

We received a request to merge the Credly account registered to therrera@lumenfield.io into your account (tomas.herrera.m@gmail.com).

Your verification code is: 482915

Enter this code on the merge page, or click the button below to continue:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s

This code expires in 30 minutes. If you didn't request this, you can safely ignore this email - no changes will be made.

The Credly Team
""" % hexr(32)
add(slug='credly-mail', kind='unrelated', lang='en', case=None, ids=[],
    infra='credly', rcv='gmail', date=T('2026-02-19 20:12:06'), from_name='Credly', from_addr='admin@credly.com', to_addr=H_USER[1],
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), R.randint(1, 40)),
    subject='Your Credly account merge verification code',
    body=alt(tpart(h53_text, cte='quoted-printable', top=False), tpart(to_html(h53_text), sub='html', cte='quoted-printable', top=False)))


# ---------------------------------------------------------------- thread I: Mayu (ja, OCN, no Authentication-Results)
I_USER = ('中村真由', 'mayu.nakamura@ocn.ne.jp')
I_A, I_B = 'AWS07752310', 'AWS12290648'
I_OPEN = T('2025-12-01 00:40:18')
I_CASE = case15(I_OPEN)

i44_text = f"""中村 真由 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下のとおり、お問い合わせを受け付けました。

　ケース番号: {I_CASE}
　お問い合わせの種類: 認定
　詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。
本件について追加の情報がある場合は、件名のケース番号を変更せずに、このメールへご返信ください。

同じ内容でフォームを再度送信されますと、別のケースとして登録され、ご回答が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-ack', kind='case_created', lang='ja', case=I_CASE, ids=[],
    infra='ses', rcv='ocn-noar', date=T('2025-12-01 00:40:31'), from_name=FORM_N, from_addr=FORM_A, to_addr=I_USER[1],
    subject=f'[CASE {I_CASE}] {FORM_SUBJ}', hcs='iso-2022-jp',
    body=tpart(i44_text, cs='iso-2022-jp', cte='7bit'))

i21_text = f"""中村 真由 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小野です。

ご依頼いただいたアカウント統合の件につきまして、現在担当チームにて調査を進めております。
お客様の {I_A} および {I_B} の登録情報を照合しているところです。

進捗がありしだい、あらためてご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

小野
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=I_CASE, ids=[I_A, I_B],
    infra='ses', rcv='ocn-noar', date=T('2025-12-03 02:30:07'), from_name=FORM_N, from_addr=FORM_A, to_addr=I_USER[1],
    subject=f'RE:[CASE {I_CASE}] {FORM_SUBJ}', hcs='iso-2022-jp',
    body=tpart(i21_text, cs='iso-2022-jp', cte='7bit'))

i22_text = """中村 真由 様

お世話になっております。小野です。

その後いかがでしょうか。
12月5日にお送りした、今後ご利用になるアカウントについてのご質問に、まだご返信をいただいておりません。

引き続きサポートが必要な場合は、本メールにご返信ください。
5 営業日以内にご連絡がない場合は、本件は解決済みとしてクローズさせていただきます。

小野
AWS トレーニングと認定 カスタマーサポート
"""
add(slug='form-reply', kind='support_reply', lang='ja', case=I_CASE, ids=[],
    infra='ses', rcv='ocn-noar', date=T('2025-12-12 01:00:44'), from_name=FORM_N, from_addr=FORM_A, to_addr=I_USER[1],
    subject=f'RE:[CASE {I_CASE}] {FORM_SUBJ}',
    body=tpart(i22_text, cte='base64'))


# ---------------------------------------------------------------- thread J: Olivia (en, Gmail, form case)
J_USER = ('Olivia Brennan', 'olivia.brennan.cloud@gmail.com')
J_KEEP, J_OLD = 'AWS01473925', 'AWS06208814'
J_OPEN = T('2025-06-03 13:12:00')
J_CASE = case15(J_OPEN)

j24_text = f"""Hi Olivia,

Thank you for your request to combine {J_KEEP} and {J_OLD}.

Before we can do this, I noticed that there is an exam appointment booked on {J_OLD} for June 12. Accounts with an upcoming appointment can't be combined, because the appointment would be lost in the process.

You have two options:
  a) Sit the exam as scheduled, then reply to this email afterwards and we'll continue; or
  b) Cancel the appointment from your certification account (more than 24 hours in advance to avoid a fee), let us know, and we'll continue straight away.

Just let me know which you prefer.

Kind regards,
Marisol G.
AWS Training and Certification Customer Support
"""
add(slug='form-reply', kind='support_reply', lang='en', case=J_CASE, ids=[J_KEEP, J_OLD],
    infra='ses', rcv='gmail', date=T('2025-06-05 15:02:40'), from_name=FORM_N, from_addr=FORM_A, to_addr=J_USER[1],
    subject=f'RE:[CASE {J_CASE}] {FORM_SUBJ}',
    body=tpart(j24_text, cte='quoted-printable'))

j1_date = T('2025-06-16 14:20:11')
j1_html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Olivia,</p>
<p>Thank you for your patience while your June 12 exam went ahead &ndash; and congratulations on passing. We're now ready to combine your certification profiles. Please review the table below carefully:</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #aab7b8;border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">E-mail on file</th></tr>
<tr><td style="border:1px solid #aab7b8">Account that will remain (primary)</td><td style="border:1px solid #aab7b8">{J_KEEP}</td><td style="border:1px solid #aab7b8">olivia.brennan.cloud@gmail.com</td></tr>
<tr><td style="border:1px solid #aab7b8">Account that will be folded into the primary and then closed</td><td style="border:1px solid #aab7b8">{J_OLD}</td><td style="border:1px solid #aab7b8">obrennan@harborview-health.org</td></tr>
</table>
<p>All certifications, exam history and benefits from the second account will be transferred to the primary. <b>This action is permanent and can't be reversed afterwards.</b></p>
<p>If everything above is accurate, simply reply to this email stating that you agree, and we'll take it from there. If anything is incorrect, let us know which ID you would prefer to keep.</p>
<p>Kind regards,<br>Marisol G.<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='en', case=J_CASE, ids=[J_KEEP, J_OLD],
    infra='ses', rcv='gmail', date=j1_date, from_name=FORM_N, from_addr=FORM_A, to_addr=J_USER[1],
    subject=f'RE:[CASE {J_CASE}] {FORM_SUBJ}',
    body=tpart(j1_html, sub='html', cte='quoted-printable'))

j1_as_text = f"""Hello Olivia,

Thank you for your patience while your June 12 exam went ahead - and congratulations on passing. We're now ready to combine your certification profiles. Please review the table below carefully:

Role | Candidate ID | E-mail on file
Account that will remain (primary) | {J_KEEP} | olivia.brennan.cloud@gmail.com
Account that will be folded into the primary and then closed | {J_OLD} | obrennan@harborview-health.org

All certifications, exam history and benefits from the second account will be transferred to the primary. This action is permanent and can't be reversed afterwards.

If everything above is accurate, simply reply to this email stating that you agree, and we'll take it from there. If anything is incorrect, let us know which ID you would prefer to keep.

Kind regards,
Marisol G.
AWS Training and Certification Customer Support"""
olivia_date = T('2025-06-16 23:21:50')
j28_text = f"""Hi Olivia,

Good news: the work on your profiles is finished. {J_OLD} has been merged into {J_KEEP}, and all of your certifications - including the one you earned on June 12 - now appear under {J_KEEP}. The old profile can no longer be signed in to.

Please allow up to 48 hours for Credly to re-issue your badges to the e-mail address on {J_KEEP}.

Kind regards,
Marisol G.
AWS Training and Certification Customer Support

On {gm_date(olivia_date, EDT)} {J_USER[0]} <{J_USER[1]}> wrote:
{q('All correct, I agree. Please go ahead.' + chr(10) + chr(10) + 'Olivia' + chr(10) + chr(10) + 'On ' + gm_date(j1_date, EDT) + ' Amazon Web Services <' + FORM_A + '> wrote:' + chr(10) + q(j1_as_text))}
"""
add(slug='form-reply', kind='merge_completed', lang='en', case=J_CASE, ids=[J_KEEP, J_OLD],
    infra='ses', rcv='gmail', date=T('2025-06-18 12:05:33'), from_name=FORM_N, from_addr=FORM_A, to_addr=J_USER[1],
    subject=f'RE:[CASE {J_CASE}] {FORM_SUBJ}',
    body=alt(tpart(j28_text, cte='quoted-printable', top=False), tpart(to_html(j28_text), sub='html', cte='quoted-printable', top=False)))

j59_text = """Hi Olivia,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on November 30, 2025.

To keep your credential current, earn the recertification requirements before the expiration date. Once your badge expires, it will still appear on your profile but will be marked as expired.

View badge: https://www.credly.com/badges/%s

Credly, Inc. | 2 Park Avenue, New York, NY 10016
Manage notifications: https://www.credly.com/earner/settings/notifications
""" % uuid.UUID(int=R.getrandbits(128))
add(slug='credly-mail', kind='unrelated', lang='en', case=None, ids=[],
    infra='credly', rcv='gmail', date=T('2025-09-01 14:00:22'),
    from_name='Amazon Web Services Training and Certification via Credly', from_addr='admin@credly.com', to_addr=J_USER[1],
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), R.randint(1, 40)),
    subject='Your AWS Certified Cloud Practitioner badge expires in 90 days',
    body=alt(tpart(j59_text, cte='quoted-printable', top=False), tpart(to_html(j59_text), sub='html', cte='quoted-printable', top=False)))


# ---------------------------------------------------------------- thread L: Sho (ja, Gmail, form case)
L_USER = ('小林 翔', 'sho.kobayashi.dev@gmail.com')
L_KEEP, L_OLD = 'AWS04087163', 'AWS10315592'
L_OPEN = T('2026-03-07 23:58:20')
L_CASE = case15(L_OPEN)
L_CASE2 = case15(T('2026-03-11 04:00:00'))

l45_html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<p>小林 翔 様</p>
<p>AWS トレーニングと認定へのお問い合わせ、ありがとうございます。<br>以下の内容でリクエストを登録いたしました。担当者が内容を確認し、原則 24 時間以内にご連絡いたします。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td style="background:#f2f3f3">受付番号</td><td>{L_CASE}</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせの種類</td><td>AWS Training and Certification - 認定</td></tr>
<tr><td style="background:#f2f3f3">詳細</td><td>アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">AWS 候補者 ID</td><td>{L_KEEP}</td></tr>
<tr><td style="background:#f2f3f3">ご連絡先メールアドレス</td><td>{L_USER[1]}</td></tr>
</table>
<p>追加の情報がございましたら、このメールにご返信ください（件名の受付番号は変更しないでください）。</p>
<p style="font-size:12px;color:#687078">AWS トレーニングと認定 カスタマーサポート<br>このメールはシステムにより自動送信されています。</p>
</body></html>
"""
add(slug='form-ack', kind='case_created', lang='ja', case=L_CASE, ids=[L_KEEP],
    infra='ses', rcv='gmail', date=T('2026-03-07 23:58:31'), from_name=FORM_N, from_addr=FORM_A, to_addr=L_USER[1],
    subject=f'お問い合わせを受け付けました [CASE {L_CASE}] AWS トレーニングと認定',
    body=tpart(l45_html, sub='html', cte='base64'))

l4_text = f"""小林 翔 様

いつも AWS 認定をご利用いただき、ありがとうございます。
ご依頼の認定アカウントの統合について、作業の前に以下の内容をご確認ください。

■ 存続するアカウント
　認定アカウント ID：{L_KEEP}
　登録メールアドレス：{L_USER[1]}

■ 統合され、閉鎖されるアカウント
　認定アカウント ID：{L_OLD}
　登録メールアドレス：s-kobayashi@minato-works.co.jp

※統合処理は取り消しができません。処理後に元の状態へ戻すことはできませんので、ご注意ください。

記載内容に誤りがなければ、「上記内容で統合を承諾します」とご返信ください。
ご承諾のご連絡をいただいてから処理を開始いたします。

よろしくお願いいたします。

伊藤
AWS トレーニングと認定 サポート
"""
add(slug='form-reply', kind='merge_confirmation_requested', lang='ja', case=L_CASE, ids=[L_KEEP, L_OLD],
    infra='ses', rcv='gmail', date=T('2026-03-10 01:40:09'), from_name=FORM_N, from_addr=FORM_A, to_addr=L_USER[1],
    subject=f'RE:[CASE {L_CASE}] {FORM_SUBJ}', hcs='shift_jis',
    body=tpart(l4_text, cs='shift_jis', cte='base64'))

l52_text = f"""小林 翔 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。

お問い合わせいただいた 2 つの AWS アカウント（1234-5678-9012 および 2109-8765-4321）の統合についてご案内いたします。

AWS アカウントそのものを統合（マージ）することはできませんが、AWS Organizations を使用して 2 つのアカウントを 1 つの組織にまとめ、一括請求（コンソリデーティッドビリング）を利用することは可能です。
その場合、管理アカウントからもう一方のアカウントを組織に招待し、招待されたアカウント側で承諾していただく必要があります。

手順の詳細をご希望の場合、またはご不明な点がございましたら、サポートセンターからご返信ください。

""" + console_footer_ja(L_CASE2, '佐々木')
add(slug='console-reply', kind='unrelated', lang='ja', case=L_CASE2, ids=[],
    infra='ses', rcv='gmail', date=T('2026-03-12 05:22:18'), from_name=CONS_N, from_addr=CONS_A, to_addr=L_USER[1],
    subject=f'RE:[CASE {L_CASE2}] 請求先アカウントの統合について',
    body=tpart(l52_text, cte='quoted-printable'))

l60_html = """<html><body style="font-family:Meiryo,sans-serif">
<p style="font-size:20px;font-weight:bold;color:#232f3e">aws</p>
<p>お客様各位</p>
<p>お客様の AWS アカウントに登録されているお支払い情報の有効期限が切れているため、ご請求を処理できませんでした。</p>
<p><b>24 時間以内</b>に支払い情報を更新いただけない場合、アカウントおよび関連するすべてのサービスが停止されます。</p>
<p><a href="https://aws-account-billing-jp.com/signin?ref=upd" style="background:#ff9900;color:#fff;padding:10px 20px;text-decoration:none">支払い情報を更新する</a></p>
<p>Amazon Web Services アカウントチーム</p>
<p style="font-size:10px;color:#999">&copy; 2026 Amazon Web Services, Inc.</p>
</body></html>
"""
add(slug='account-notice', kind='unrelated', lang='ja', case=None, ids=[],
    infra='phish', rcv='gmail', date=T('2026-03-14 11:11:41'), from_name='AWS アカウントチーム',
    from_addr='billing@aws-account-billing-jp.com', to_addr=L_USER[1],
    phish_mailfrom='noreply@aws-account-billing-jp.com', phish_host='mta2.aws-account-billing-jp.com', phish_ip='103.145.13.77',
    phish_dkim=[], dkim_result='none', spf='softfail', dmarc='fail', dmarc_p='NONE',
    msgid='<%s@aws-account-billing-jp.com>' % hexr(20),
    subject='【重要】AWS アカウントのお支払い情報の確認が必要です',
    body=tpart(l60_html, sub='html', cte='base64'))


# ================================================================= write
def main():
    order = list(range(len(MAILS)))
    R2 = random.Random(67)
    R2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        sp = MAILS[i]
        name = '%03d-%s.eml' % (n, sp['slug'])
        data = build(sp)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = {'kind': sp['kind'], 'case_id': sp['case'],
                        'account_ids': sorted(set(sp['ids'])), 'sender_verified': verified(sp), 'language': sp['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote', len(labels), 'mails')


if __name__ == '__main__':
    main()
