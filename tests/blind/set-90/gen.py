#!/usr/bin/env python3
"""Generate blind set 90: realistic .eml test mail around AWS Certification account merges.

Writes NNN-slug.eml files and labels.json into the folder holding this script.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import uuid
from email.generator import BytesGenerator
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(90090)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz).astimezone(UTC)


def rfc(d, tz=UTC):
    d = d.astimezone(tz)
    return d.strftime('%a, ') + str(d.day) + d.strftime(' %b %Y %H:%M:%S %z')


def rfc2(d, tz=UTC):  # zero padded day, as some MTAs write it
    return d.astimezone(tz).strftime('%a, %d %b %Y %H:%M:%S %z')


def pac_tz(d):
    u = d.astimezone(UTC)
    dst = (T(2025, 3, 9, 10, 0) <= u < T(2025, 11, 2, 9, 0)) or \
          (T(2026, 3, 8, 10, 0) <= u < T(2026, 11, 1, 9, 0))
    return dt.timezone(dt.timedelta(hours=-7 if dst else -8)), dst


def pac(d):
    tz, dst = pac_tz(d)
    return rfc(d, tz) + (' (PDT)' if dst else ' (PST)')


def sec(n):
    return dt.timedelta(seconds=n)


def rb64(n):
    return base64.b64encode(random.randbytes(n)).decode()


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, alpha='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(random.choice(alpha) for _ in range(n))


def rdig(n):
    return ''.join(random.choice('0123456789') for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def cid(d):
    """15-digit support case id: unix time of opening + 5 digits."""
    return str(int(d.timestamp())) + rdig(5)


CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def _qword(raw):
    out = ''
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out += c
        elif c == ' ':
            out += '_'
        else:
            out += '=%02X' % b
    return out


def ew(text, cs='UTF-8', enc='B', maxlen=75):
    """RFC 2047 encoded words, split over folded lines."""
    codec = CODECS[cs.lower()]

    def word(s):
        raw = s.encode(codec)
        p = base64.b64encode(raw).decode() if enc == 'B' else _qword(raw)
        return '=?%s?%s?%s?=' % (cs, enc, p)
    words, cur = [], ''
    for ch in text:
        if cur and len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return '\n '.join(words)


def ad(name, email, cs='UTF-8', enc='B'):
    if name is None:
        return email
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, cs, enc), email)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (name, email)


def part(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, codec=None):
    raw = text.encode(codec or CODECS[cs.lower()])
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode()
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode()
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"' % (sub, label or cs)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def multi(sub, *parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%s_%s.%s' % (rdig(6), rdig(9), rdig(13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    return m


def dkim(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    b = rb64(256)
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;' % c,
             '\ts=%s; d=%s; t=%d;' % (s, d, int(t.timestamp())),
             '\th=%s;' % h,
             '\tbh=%s;' % rb64(32),
             '\tb=' + b[:70]]
    for i in range(70, len(b), 72):
        lines.append('\t' + b[i:i + 72])
    return '\n'.join(lines)


SEL = {
    'amazon.com': 'rzkdhdyqvh6xb3gqqbwn3qxc4wn2smnz',
    'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
    'signin.aws': 'v4cxzuh7qrphcsd4wy4oz2z4gsuipcqp',
    'credly.com': 's1',
    'sendgrid.net': 'smtpapi',
    'github.com': 'pf2023',
    'mg.gitlab.com': 'mailo',
    'pearson.com': 'selector1',
    'certmetrics.com': 'k3oqbq3nnd3iq6rq7m2a6l3rvxlw2f4k',
    'gmail.com': '20230601',
    'stellarcode.io': 'selector2',
}


def sigs(t, *domains):
    out = []
    for d in domains:
        h = 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
        if d == 'amazonses.com':
            h = 'Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'
        out.append(dkim(d, SEL.get(d, 'default'), t, h))
    return out


# ---------------------------------------------------------------- sender envelopes
def ses_env(d, region='us-east-1'):
    a, b = random.choice([(8, None), (48, None), (27, None)])[0], random.randint(10, 250)
    ip = '54.240.%d.%d' % (a, b)
    host = 'a%d-%d.smtp-out.amazonses.com' % (a, b)
    if region == 'ap-northeast-1':
        ip = '23.251.234.%d' % b
        host = 'e234-%d.smtp-out.ap-northeast-1.amazonses.com' % b
    base = '0100%012x-%s-000000' % (int(d.timestamp() * 1000), ruuid())
    return dict(host=host, ip=ip, mailfrom=base + '@amazonses.com', mfdom='amazonses.com',
                msgid='<%s@email.amazonses.com>' % base, helo=host)


def env(host, ip, mailfrom, msgid):
    return dict(host=host, ip=ip, mailfrom=mailfrom, mfdom=mailfrom.split('@')[1],
                msgid=msgid, helo=host)


def gmail_msgid():
    return '<CA%s%s@mail.gmail.com>' % (random.choice('FBKJLMPN'), ralnum(45, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-='))


def ms_msgid(srv):
    return '<%s%s@%s>' % (srv.split('.')[0], ralnum(20, '0123456789ABCDEF'), srv)


# ---------------------------------------------------------------- auth verdicts
def auth(spf, dkims, dmarc, compauth=None):
    """spf: 'pass'|'fail'|'softfail'|'none'; dkims: [(res, domain)]; dmarc: (res, policy, fromdom) or None"""
    return dict(spf=spf, dkim=dkims, dmarc=dmarc, compauth=compauth)


AMZ = auth('pass', [('pass', 'amazon.com'), ('pass', 'amazonses.com')], ('pass', 'quarantine', 'amazon.com'), ('pass', '100'))


# ---------------------------------------------------------------- receiving providers
def ar_gmail_body(a, e):
    items = []
    for res, d in a['dkim']:
        items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, SEL.get(d, 'default'), ralnum(8)))
    mf, ip = e['mailfrom'], e['ip']
    if a['spf'] == 'pass':
        items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif a['spf'] == 'softfail':
        items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif a['spf'] == 'fail':
        items.append('spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif a['spf'] == 'neutral':
        items.append('spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s' % (ip, mf, mf))
    if a['dmarc']:
        res, p, fd = a['dmarc']
        P = p.upper()
        dis = 'NONE' if res == 'pass' or p == 'none' else P
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, P, P, dis, fd))
    return ';\n'.join('       ' + x for x in items)


def tr_gmail(to, d, e, a, arc=True):
    ar = ar_gmail_body(a, e)
    t = int(d.timestamp())
    h = ['Delivered-To: %s' % to,
         'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%s%s;\n        %s' % (
             rhex(4), rhex(4), rhex(3), rhex(4), rhex(3), ralnum(2, 'abcdefghijklmnopqrstuvwxyz'), rdig(7),
             ralnum(3, 'abcdefghijklmnopqrstuvwxyz'), pac(d + sec(2))),
         'X-Google-Smtp-Source: AGHT+I%s' % ralnum(70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
         'X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
             rhex(4), rhex(3), rhex(3), rhex(4), rhex(3), rhex(13), rhex(12), random.randint(10, 999), t * 1000 + random.randint(0, 999),
             pac(d + sec(2)))]
    if arc:
        h += ['ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s' % (
                  t, rb64(60), rb64(60)),
              'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
                  rb64(32), rb64(32), rb64(60)),
              'ARC-Authentication-Results: i=1; mx.google.com;\n' + ar]
    gid = '%s-%ssi%s%s.%d.%s' % (rhex(13), rhex(11), rdig(7), ralnum(3, 'abcdefghijklmnopqrstuvwxyz'), random.randint(1, 999),
                                  d.astimezone(pac_tz(d)[0]).strftime('%Y.%m.%d.%H.%M.%S'))
    h += ['Return-Path: <%s>' % e['mailfrom'],
          'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
              e['host'], e['host'], e['ip'], gid, to, pac(d))]
    spf = a['spf']
    if spf == 'pass':
        h.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (e['mailfrom'], e['ip'], e['ip']))
    elif spf in ('fail', 'softfail'):
        h.append('Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (spf, e['mailfrom'], e['ip'], e['ip']))
    elif spf == 'neutral':
        h.append('Received-SPF: neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;' % (e['ip'], e['mailfrom'], e['ip']))
    h.append('Authentication-Results: mx.google.com;\n' + ar)
    return h


def ms_ar(a, e):
    parts = []
    spf = a['spf']
    if spf == 'pass':
        parts.append('spf=pass (sender IP is %s)\n smtp.mailfrom=%s' % (e['ip'], e['mfdom']))
    elif spf == 'none':
        parts.append('spf=none (sender IP is %s)\n smtp.mailfrom=%s' % (e['ip'], e['mfdom']))
    else:
        parts.append('spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf, e['ip'], e['mfdom']))
    dk = [x for x in a['dkim']]
    if not dk:
        parts.append('dkim=none (message not signed)\n header.d=none')
    for res, d in dk:
        why = '(signature was verified)' if res == 'pass' else '(signature did not verify)'
        parts.append('dkim=%s %s\n header.d=%s' % (res, why, d))
    if a['dmarc']:
        res, p, fd = a['dmarc']
        action = 'none' if res != 'fail' else ('quarantine' if p == 'quarantine' else ('oreject' if p == 'reject' else 'none'))
        parts.append('dmarc=%s action=%s\n header.from=%s' % (res, action, fd))
    ca = a['compauth'] or ('pass', '100')
    parts.append('compauth=%s reason=%s' % ca)
    return 'Authentication-Results: ' + ';'.join(parts)


def tr_o365(to, d, e, a, tenant='namprd12', internal=False):
    p = tenant
    mb = 'SA1PR12MB%d.%s.prod.outlook.com' % (random.randint(5000, 9999), p)
    fe = 'BN9PR03CA%04d.namprd03.prod.outlook.com' % random.randint(100, 999)
    ep = 'BN2PEPF0000%s.namprd04.prod.outlook.com' % ralnum(4, '0123456789ABCDEF')
    ver = '15.20.%d.%d' % (random.randint(8800, 9400), random.randint(10, 40))
    h = ['Received: from %s (2603:10b6:806:%s::%d) by\n PH7PR12MB%d.%s.prod.outlook.com with HTTPS; %s' % (
             mb, rhex(3), random.randint(2, 20), random.randint(1000, 9999), p, rfc(d + sec(3))),
         'Received: from %s (2603:10b6:408:%s::%d)\n by %s (2603:10b6:806:%s::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
             fe, rhex(3), random.randint(2, 20), mb, rhex(3), ver, rfc(d + sec(2))),
         'Received: from %s\n (2603:10b6:408:139:cafe::%s) by %s\n (2603:10b6:408:139::11) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s' % (
             ep, rhex(2), fe.replace('.namprd03.prod.outlook.com', '.outlook.office365.com'), ver, rfc(d + sec(2))),
         ms_ar(a, e)]
    if a['spf'] == 'pass':
        h.append('Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (e['mfdom'], e['ip'], e['ip'], e['helo']))
    elif a['spf'] == 'none':
        h.append('Received-SPF: None (protection.outlook.com: %s does not designate\n permitted sender hosts)' % e['mfdom'])
    else:
        h.append('Received-SPF: %s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (a['spf'].capitalize(), e['mfdom'], e['ip'], e['ip'], e['helo']))
    if internal:
        h.append('Received: from %s (2603:10b6:a03:%s::%d) by\n %s (2603:10b6:a03:%s::12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            e['host'], rhex(3), random.randint(2, 9), ep, rhex(3), ver, rfc(d)))
    else:
        h.append('Received: from %s (%s) by\n %s (10.167.243.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id %s\n via Frontend Transport; %s' % (
            e['host'], e['ip'], ep.replace('.namprd04.prod.outlook.com', '.mail.protection.outlook.com'), random.randint(10, 250), ver, rfc(d)))
    return h


def ms_tail(d, scl=1, internal=False):
    h = ['X-MS-Exchange-Organization-ExpirationStartTime: %s' % d.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)',
         'X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit',
         'X-MS-Exchange-Organization-Network-Message-Id: %s' % ruuid(),
         'X-MS-Exchange-Organization-MessageDirectionality: %s' % ('Originating' if internal else 'Incoming'),
         'X-MS-PublicTrafficType: Email',
         'X-MS-Exchange-Organization-AuthSource: %s' % ('SA1PR12MB%d.namprd12.prod.outlook.com' % random.randint(5000, 9999)),
         'X-MS-Exchange-Organization-AuthAs: %s' % ('Internal' if internal else 'Anonymous'),
         'X-MS-Exchange-Organization-SCL: %d' % scl,
         'X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d;' % (random.randint(1000000, 9999999), random.randint(1000, 99999))]
    return h


def tr_biglobe(to, d, e, a):
    items = ['spf=%s smtp.mailfrom=%s' % (a['spf'], e['mailfrom'])]
    if a['dkim']:
        for res, dd in a['dkim']:
            items.append('dkim=%s header.i=@%s' % (res, dd))
    else:
        items.append('dkim=none')
    if a['dmarc']:
        res, p, fd = a['dmarc']
        items.append('dmarc=%s (p=%s dis=%s) header.from=%s' % (res, p, 'none' if res == 'pass' else p, fd))
    h = ['Return-Path: <%s>' % e['mailfrom'],
         'Received: from mtain-mx%02d.biglobe.ne.jp (mtain-mx%02d.biglobe.ne.jp [133.208.%d.%d])\n\tby mbox-%02d.biglobe.ne.jp with LMTP id %s\n\tfor <%s>; %s' % (
             random.randint(1, 9), random.randint(1, 9), random.randint(1, 200), random.randint(1, 250), random.randint(1, 30),
             ralnum(16), to, rfc(d + sec(1), JST) + ' (JST)'),
         'Authentication-Results: biglobe.ne.jp; ' + ';\n\t'.join(items),
         'Received: from %s (%s [%s])\n\tby mtain-mx%02d.biglobe.ne.jp (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s' % (
             e['host'], e['host'], e['ip'], random.randint(1, 9), ralnum(9), to, rfc(d, JST) + ' (JST)')]
    return h


def tr_kawasemi(to, d, e, a):
    """corporate Japanese gateway (Postfix + OpenDKIM/OpenDMARC) in front of on-prem Exchange"""
    items = ['spf=%s smtp.mailfrom=%s' % (a['spf'], e['mfdom'])]
    for res, dd in a['dkim']:
        items.append('dkim=%s (2048-bit key)\n\theader.d=%s header.i=@%s header.b="%s"' % (res, dd, dd, ralnum(8)))
    if not a['dkim']:
        items.append('dkim=none')
    if a['dmarc']:
        res, p, fd = a['dmarc']
        items.append('dmarc=%s (p=%s dis=%s) header.from=%s' % (res, p, 'none' if res == 'pass' else p, fd))
    h = ['Received: from mgw2.kawasemi-soft.co.jp (10.20.1.12) by EXCH01.kawasemi-soft.co.jp\n (10.20.1.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % rfc(d + sec(2), JST),
         'Authentication-Results: mgw2.kawasemi-soft.co.jp; ' + ';\n\t'.join(items),
         'Received: from %s (%s [%s])\n\tby mgw2.kawasemi-soft.co.jp (Postfix) with ESMTPS id 4dK%s\n\tfor <%s>; %s' % (
             e['host'], e['host'], e['ip'], ralnum(7), to, rfc(d, JST) + ' (JST)')]
    return h


def tr_kawasemi_internal(d, src):
    return ['Received: from %s (10.20.1.%d) by EXCH01.kawasemi-soft.co.jp\n (10.20.1.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Frontend\n Transport; %s' % (src, random.randint(30, 90), rfc(d + sec(1), JST)),
            'Received: from EXCH02.kawasemi-soft.co.jp (10.20.1.22) by EXCH01.kawasemi-soft.co.jp\n (10.20.1.21) with Microsoft SMTP Server id 15.2.1544.14; %s' % rfc(d, JST)]


def trace(provider, to, d, e, a):
    if provider == 'gmail':
        return tr_gmail(to, d, e, a)
    if provider == 'gmail-noarc':
        return tr_gmail(to, d, e, a, arc=False)
    if provider == 'o365':
        return tr_o365(to, d, e, a)
    if provider == 'outlook':
        return tr_o365(to, d, e, a, tenant='namprd19')
    if provider == 'biglobe':
        return tr_biglobe(to, d, e, a)
    if provider == 'kawasemi':
        return tr_kawasemi(to, d, e, a)
    raise ValueError(provider)


# ---------------------------------------------------------------- output
LABELS = {}
IDRE = re.compile(r'aws[ \-]?(\d{8})', re.I)


def L(kind, case, ids, ver, lang):
    norm = sorted({'AWS' + IDRE.fullmatch(x).group(1) for x in ids})
    return {'kind': kind, 'case_id': case, 'account_ids': norm, 'sender_verified': ver, 'language': lang}


def emit(n, slug, label, *, head, body):
    fn = '%03d-%s.eml' % (n, slug)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    data = ('\n'.join(head) + '\n').encode('ascii') + buf.getvalue()
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    assert fn not in LABELS
    LABELS[fn] = label


def msg_headers(d, frm, to, subject, msgid, *, tz=UTC, cc=None, reply_to=None, irt=None, refs=None, extra=(), date_fmt=rfc):
    h = ['Date: %s' % date_fmt(d, tz), 'From: %s' % frm]
    if reply_to:
        h.append('Reply-To: %s' % reply_to)
    h.append('To: %s' % to)
    if cc:
        h.append('Cc: %s' % cc)
    h.append('Message-ID: %s' % msgid)
    if irt:
        h.append('In-Reply-To: %s' % irt)
    if refs:
        h.append('References: %s' % refs)
    h.append('Subject: %s' % subject)
    h.append('MIME-Version: 1.0')
    h.extend(extra)
    return h


def aws_mail(n, slug, label, *, provider, to, d, frm, subject, body, a=AMZ, region='us-east-1', tz=UTC, pre=(), post=(), cc=None, reply_to=None, sigdoms=('amazon.com', 'amazonses.com'), extra=()):
    e = ses_env(d, region)
    fb = 'Feedback-ID: ::1.%s.%s=:AmazonSES' % (region, ralnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))
    xs = ['X-SES-Outgoing: %s-%s' % (d.strftime('%Y.%m.%d'), e['ip']), fb]
    head = list(pre) + trace(provider, to.split('<')[-1].rstrip('>'), d + sec(1), e, a)
    if provider in ('o365', 'outlook'):
        head += ms_tail(d)
    head += sigs(d, *sigdoms)
    head += list(post)
    head += msg_headers(d, frm, to, subject, e['msgid'], tz=tz, cc=cc, reply_to=reply_to, extra=xs + list(extra))
    emit(n, slug, label, head=head, body=body)
    return e['msgid']


def fill(s, **kw):
    for k, v in kw.items():
        s = s.replace('<<%s>>' % k, v)
    assert '<<' not in s, s[:200]
    return s


def html(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))


def p2h(text):
    """plain paragraphs -> simple html"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# ---------------------------------------------------------------- people & cases
A_ADDR = 'k.moriyama.dev@gmail.com'
A_TO = ad('森山健太', A_ADDR)
B_ADDR = 'priya.raman@outlook.com'
B_TO = 'Priya Raman <%s>' % B_ADDR
C_ADDR = 'daniel.okafor@northwind-analytics.com'
C_TO = 'Daniel Okafor <%s>' % C_ADDR
D_ADDR = 't-fujii@kawasemi-soft.co.jp'
D_TO = ad('藤井 智子', D_ADDR, 'ISO-2022-JP')
E_ADDR = 'h-ishida@kfa.biglobe.ne.jp'
E_TO = ad('石田 遥', E_ADDR)
F_ADDR = 'marcus.lindqvist@gmail.com'
F_TO = 'Marcus Lindqvist <%s>' % F_ADDR

FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = 'Amazon Web Services <%s>' % FORM
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = 'admin@credly.com'

T1 = T(2025, 5, 26, 0, 14, 9)
T2 = T(2025, 8, 11, 13, 58, 40)
T3 = T(2025, 10, 2, 15, 7, 33)
T4 = T(2025, 12, 8, 1, 41, 12)
T5OLD = T(2026, 1, 12, 12, 3, 51)
T5 = T(2026, 1, 19, 12, 30, 5)
T6 = T(2026, 2, 23, 18, 5, 27)
C1, C2, C3, C4, C5OLD, C5, C6 = (cid(x) for x in (T1, T2, T3, T4, T5OLD, T5, T6))
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

FOOT_CONSOLE = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""


# ================================================================ T1: Moriyama (Gmail, ja, form case)
def t1():
    d = T1 + sec(41)
    body = fill("""森山 健太 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、
誠にありがとうございます。

以下の内容でお問い合わせを受け付けました。

  ケース番号　　: <<c>>
  お問い合わせ　: 認定 / アカウントの統合
  AWS 受験者 ID : AWS04417263
  受付日時　　　: 2025/05/26 09:14 (JST)

内容を確認のうえ、担当者より原則として 24 時間以内にご連絡いたします。
追加の情報をお送りいただく場合は、件名を変更せずに本メールへ
ご返信ください。同じ内容で新たにフォームを送信されますと、
ケースが重複し、ご回答までにお時間をいただく場合がございます。

※ 本メールはシステムより自動送信されています。

AWS トレーニングと認定
https://aws.amazon.com/jp/training/
""", c=C1)
    aws_mail(1, 'uketsuke-form', L('case_created', C1, ['AWS04417263'], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=ad('AWS トレーニングと認定', FORM, 'ISO-2022-JP'),
             subject='[CASE %s] ' % C1 + ew('お問い合わせを受け付けました（AWS トレーニングと認定）', 'ISO-2022-JP'),
             body=part(body, cs='iso-2022-jp', cte='7bit'))

    d = T(2025, 5, 27, 10, 32, 17, JST)
    body = """森山様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の佐々木と申します。

お調べしたところ、お客様のものと思われる認定アカウントが 2 件見つかりました。

　・AWS04417263（2024 年作成）
　・AWS07731945（2021 年作成、AWS Certified Cloud Practitioner 取得済み）

お手続きを進めるにあたり、恐れ入りますが以下の点をご返信にてお知らせください。

1. 今後お使いになる（残す）アカウントはどちらでしょうか。
2. それぞれのアカウントにサインインする際のメールアドレス
3. 認定に関するお知らせを受け取りたいメールアドレス

いただいた情報を確認のうえ、改めてご案内いたします。
どうぞよろしくお願いいたします。

佐々木
Amazon Web Services
"""
    aws_mail(2, 'which-account-to-keep', L('support_reply', C1, ['AWS04417263', 'AWS07731945'], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C1, FORM_SUBJ), body=part(body))

    d = T(2025, 5, 27, 23, 15, 2, JST)
    body = """森山 健太 様

ご返信いただきありがとうございます。
いただいた内容をもとに、以下のとおり作業を行う予定です。

　存続するアカウント：AWS04417263
　統合元のアカウント（作業後に無効となります）：AWS07731945

AWS07731945 に登録されている認定資格、受験履歴、および特典（次回受験時の
50% 割引など）は、すべて AWS04417263 に引き継がれます。

なお、この作業は一度実施すると元に戻すことができません。
上記の内容でよろしければ、本メールにそのままご返信いただき、
実施してよい旨をお知らせください。ご返信をいただくまで作業は保留いたします。

佐々木
Amazon Web Services
"""
    aws_mail(3, 'kakunin-onegai', L('merge_confirmation_requested', C1, ['AWS04417263', 'AWS07731945'], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C1, FORM_SUBJ), body=part(body, cte='base64'))

    d = T(2025, 5, 29, 3, 40, 26, JST)
    conf = body
    body = """森山様

ご返信ありがとうございました。

ご承認いただいた内容のとおり、AWS07731945 に登録されていた認定資格・受験履歴・
特典を AWS04417263 へ移行いたしました。旧アカウント（AWS07731945）は無効化済み
のため、今後は AWS04417263 のアカウントで認定ポータルにサインインしてください。

Credly のデジタルバッジは、数日以内に AWS04417263 にご登録のメールアドレス宛てに
改めてお送りします。届かない場合は、本メールにご返信ください。

佐々木
Amazon Web Services


2025年5月28日(水) 8:02 森山健太 <k.moriyama.dev@gmail.com>:
> 佐々木様
>
> ご連絡ありがとうございます。内容に相違ありません。
> 統合を進めてください。
>
> The details are correct. Please proceed with the merge.
>
> 森山
>
> 2025年5月27日(火) 23:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + ''.join('> > ' + ln + '\n' if ln else '> >\n' for ln in conf.rstrip('\n').split('\n'))
    aws_mail(4, 'ikou-kanryou', L('merge_completed', C1, ['AWS04417263', 'AWS07731945'], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C1, FORM_SUBJ), body=part(body))

    d = T(2025, 5, 29, 3, 41, 50, JST)
    txt = fill("""森山 健太 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました。ケース <<c>> はクローズされました。

今回の対応について、ご意見をお聞かせください（所要時間 1 分程度）。

問題は解決しましたか？
　はい　 https://survey.aws-tc-support.amazon.com/r?c=<<c>>&a=1
　いいえ https://survey.aws-tc-support.amazon.com/r?c=<<c>>&a=0

いただいたご意見は、今後のサービス向上のために活用させていただきます。
本メールへのご返信は受け付けておりません。

AWS トレーニングと認定
""", c=C1)
    h = fill("""<p>森山 健太 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>ケース <b><<c>></b> はクローズされました。</p>
<p>今回の対応について、ご意見をお聞かせください（所要時間 1 分程度）。</p>
<table cellpadding="8" style="border:1px solid #d5dbdb"><tr><td colspan="2"><b>問題は解決しましたか？</b></td></tr>
<tr><td><a href="https://survey.aws-tc-support.amazon.com/r?c=<<c>>&amp;a=1" style="background:#ff9900;color:#fff;padding:6px 18px;text-decoration:none">はい</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=<<c>>&amp;a=0" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">いいえ</a></td></tr></table>
<p style="color:#687078;font-size:12px">いただいたご意見は、今後のサービス向上のために活用させていただきます。本メールへのご返信は受け付けておりません。</p>
<p>AWS トレーニングと認定</p>""", c=C1)
    aws_mail(5, 'anketo', L('survey', C1, [], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=ad('AWS トレーニングと認定', 'no-reply-aws-tc@amazon.com'),
             subject='[CASE %s] ' % C1 + ew('サポートに関するアンケートへのご協力のお願い'),
             body=multi('alternative', part(txt, cte='base64'), part(html(h), 'html', cte='base64')))

    d = T(2025, 6, 2, 7, 12, 44)
    badge = ruuid()
    txt = fill("""Hi Kenta,

AWS Training and Certification has issued you the following badge:

AWS Certified Cloud Practitioner

This badge was reissued because the certification record it belongs to was
moved to a different AWS Certification account. The copy on your previous
profile will no longer be displayed.

Accept your badge:
https://www.credly.com/badges/<<b>>/accept?source=email

Once accepted, you can share your badge on LinkedIn, add it to your email
signature, or embed it on your website.

Questions about this badge? Contact the issuer at https://www.credly.com/org/amazon-web-services

Credly, a Pearson company
You are receiving this email because a badge was issued to you.
Notification settings: https://www.credly.com/earner/settings/notifications
""", b=badge)
    h = fill("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="border:1px solid #e0e0e0">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td><h2 style="margin:0">Hi Kenta,</h2>
<p>AWS Training and Certification has issued you the following badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt=""><br><b>AWS Certified Cloud Practitioner</b></p>
<p>This badge was reissued because the certification record it belongs to was moved to a different AWS Certification account. The copy on your previous profile will no longer be displayed.</p>
<p><a href="https://www.credly.com/badges/<<b>>/accept?source=email" style="background:#2b6cb0;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Credly, a Pearson company &middot; You are receiving this email because a badge was issued to you. <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table>""", b=badge)
    credly_mail(6, 'credly-ccp-reissued', L('credly_badge_issued', None, [], True, 'en'),
                provider='gmail', to='Kenta Moriyama <%s>' % A_ADDR, d=d,
                frm='AWS Training and Certification via Credly <admin@credly.com>',
                subject='AWS Training and Certification sent you a new badge',
                body=multi('alternative', part(txt), part(html(h, 'Credly'), 'html')))


def credly_mail(n, slug, label, *, provider, to, d, frm, subject, body, a=None, fromdom='credly.com', mail_from_dom='em1871.credly.com'):
    ip = '149.72.%d.%d' % (random.randint(100, 250), random.randint(2, 250))
    host = 'o%d.ptr%d.credly.com' % (random.randint(1, 9), random.randint(1000, 9999))
    to_email = to.split('<')[-1].rstrip('>')
    mf = 'bounces+%s-%s-%s=%s@%s' % (rdig(7), rhex(4), to_email.split('@')[0], to_email.split('@')[1], mail_from_dom)
    msgid = '<%s@geopod-ismtpd-%d>' % (ralnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), random.randint(1, 40))
    e = env(host, ip, mf, msgid)
    a = a or auth('pass', [('pass', 'credly.com'), ('pass', 'sendgrid.net')], ('pass', 'none', 'credly.com'), ('pass', '100'))
    head = trace(provider, to_email, d + sec(2), e, a)
    if provider in ('o365', 'outlook'):
        head += ms_tail(d)
    head += sigs(d, *[x[1] for x in a['dkim']]) if a['dkim'] else []
    head += msg_headers(d, frm, to, subject, msgid, extra=[
        'X-SG-EID: %s' % ralnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
        'X-Entity-ID: %s' % ralnum(22),
        'List-Unsubscribe: <https://www.credly.com/earner/settings/notifications>'])
    emit(n, slug, label, head=head, body=body)


# ================================================================ T2: Priya Raman (outlook.com, en, form case)
def t2():
    d = T2 + sec(57)
    body = fill("""Hello,

This is to let you know your message reached AWS Training and Certification
and has been given the reference <<c>>.

Someone from our team will reply to this address, normally within 24 hours.
To add details, just reply to this email. Please don't submit the form again
for the same request - a second submission goes to the back of the queue.

AWS Training and Certification Customer Support
""", c=C2)
    aws_mail(7, 'ack-terse', L('case_created', C2, [], True, 'en'),
             provider='outlook', to=B_TO, d=d, frm=FORM_FROM,
             subject='[CASE %s] %s' % (C2, FORM_SUBJ), body=part(body))

    d = T(2025, 8, 12, 16, 20, 8)
    body = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I located two certification profiles that belong to you:

  AWS 01938472 - sign-in priya.raman@outlook.com - AWS Certified Solutions Architect - Associate (2025)
  aws-05520918 - sign-in p.raman@stellarcode.io - AWS Certified Developer - Associate (2022)

As you asked, AWS 01938472 would stay as your primary profile. Everything held
under aws-05520918 (certifications, exam history, benefits) would be combined
into it, and aws-05520918 would then be deactivated.

Please be aware that this is permanent: once done, we cannot split the profiles
apart again. Kindly reply to this email to let us know the above is accurate
and that you would like us to go ahead.

Best regards,
Tomás
Amazon Web Services
"""
    aws_mail(8, 'please-confirm-profiles', L('merge_confirmation_requested', C2, ['AWS01938472', 'AWS05520918'], True, 'en'),
             provider='outlook', to=B_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C2, FORM_SUBJ), body=part(body))

    d = T(2025, 8, 13, 9, 5, 31)
    body = fill("""Hello Priya,

Thank you for confirming. I have now passed your request to our certification
operations team, who will carry it out. You will hear from us again on this
case as soon as they are finished; there is nothing more you need to do in the
meantime.

Best regards,
Tomás
Amazon Web Services

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Tuesday, August 12, 2025 11:47 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE <<c>>] [AWS Training and Certification Form Submission] - account-assistance

Hi Tomás,

Yes, that's all correct - please go ahead and fold aws-05520918 into AWS 01938472.

Thanks!
Priya
""", c=C2)
    aws_mail(9, 'thanks-proceeding', L('support_reply', C2, [], True, 'en'),
             provider='outlook', to=B_TO, d=d, frm=FORM_FROM,
             subject='RE: [CASE %s] %s' % (C2, FORM_SUBJ), body=part(body, cte='base64'))

    d = T(2025, 8, 14, 20, 31, 12)
    txt = """Hello Priya,

Good news: your two certification profiles are now one. Everything that was on
aws-05520918 - your Developer - Associate certification, exam transcript and
benefits - now sits under AWS01938472, and the older profile has been closed.

As your request has been taken care of, I will resolve this case. If anything
looks off when you sign in, reply here within 14 days and the case reopens.

How did we do? Rate this correspondence:
https://support.aws.amazon.com/feedback?rating=5
https://support.aws.amazon.com/feedback?rating=1

Best regards,
Tomás
Amazon Web Services
"""
    h = """<p>Hello Priya,</p>
<p>Good news: your two certification profiles are now one. Everything that was on <b>aws-05520918</b> &ndash; your Developer &ndash; Associate certification, exam transcript and benefits &ndash; now sits under <b>AWS01938472</b>, and the older profile has been closed.</p>
<p>As your request has been taken care of, I will resolve this case. If anything looks off when you sign in, reply here within 14 days and the case reopens.</p>
<p>How did we do? Rate this correspondence:<br>
<a href="https://support.aws.amazon.com/feedback?rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp; <a href="https://support.aws.amazon.com/feedback?rating=1">&#9733;</a></p>
<p>Best regards,<br>Tom&aacute;s<br>Amazon Web Services</p>"""
    aws_mail(10, 'profiles-now-one-resolved', L('merge_completed', C2, ['AWS01938472', 'AWS05520918'], True, 'en'),
             provider='outlook', to=B_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C2, FORM_SUBJ),
             body=multi('alternative', part(txt), part(html(h), 'html')))

    d = T(2025, 8, 16, 11, 2, 5)
    badge = ruuid()
    txt = fill("""Congratulations, Priya!

You've earned a badge from AWS Training and Certification:

  AWS Certified Developer - Associate

Your badge is waiting for you. Accept it to add it to your Credly profile:
https://www.credly.com/badges/<<b>>/accept

Credly
""", b=badge)
    h = fill("""<div style="max-width:600px;margin:0 auto">
<p style="font-size:20px"><b>Congratulations, Priya!</b></p>
<p>You've earned a badge from AWS Training and Certification:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt=""><br>
<b>AWS Certified Developer &ndash; Associate</b></p>
<p>Your badge is waiting for you. Accept it to add it to your Credly profile.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/<<b>>/accept" style="background:#1a73e8;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Credly &middot; <a href="https://www.credly.com/earner/settings/notifications">Manage notifications</a></p></div>""", b=badge)
    credly_mail(11, 'credly-dva-earned', L('credly_badge_issued', None, [], True, 'en'),
                provider='outlook', to=B_TO, d=d,
                frm='AWS Training and Certification via Credly <admin@credly.com>',
                subject="Congratulations, you've earned a badge from AWS Training and Certification!",
                body=multi('alternative', part(txt), part(html(h, 'Credly'), 'html')))


# ================================================================ T3: Daniel Okafor (O365, en, console case)
def t3():
    d = T3 + sec(6)
    corr = """Hello, over the years I've ended up with three AWS Certification accounts:
AWS02286104 (current, daniel.okafor@northwind-analytics.com), AWS09913357
(previous employer address, no longer reachable) and aws 06645021 (personal
Gmail, I think). Could these be combined into AWS02286104? Thanks, Daniel"""
    txt = fill("""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case <<c>> to address your issue.

The details of your case are as follows:

Case ID: <<c>>
Subject: Merging my certification accounts
Severity: General guidance
Correspondence: <<corr>>

We will respond to your case as soon as we can.

To see all your cases, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en

Best regards,
Amazon Web Services

<<foot>>
""", c=C3, corr=corr, foot=FOOT_CONSOLE)
    h = fill("""<p>Dear Amazon Web Services Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <<c>> to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: <<c>><br>Subject: Merging my certification accounts<br>Severity: General guidance<br>Correspondence: <<corr>></p>
<p>We will respond to your case as soon as we can.</p>
<p>To see all your cases, visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&amp;language=en">Support Center</a>.</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078"><<foot>></p>""", c=C3, corr=corr.replace('\n', ' '), foot=FOOT_CONSOLE.replace('\n\n', '<br><br>'))
    aws_mail(12, 'console-case-opened', L('case_created', C3, ['AWS02286104', 'AWS09913357', 'AWS06645021'], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='Amazon Web Services: You have opened a new Support case: %s' % C3,
             body=multi('alternative', part(txt), part(html(h), 'html')))

    d = T(2025, 10, 3, 18, 20, 44)
    txt = fill("""Hello,

We've updated your support case <<c>>, "Merging my certification accounts".

To see the new correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

<<foot>>
""", c=C3, foot=FOOT_CONSOLE)
    aws_mail(13, 'new-correspondence-notice', L('support_reply', C3, [], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='[Case %s] New correspondence added' % C3, body=part(txt, cte='7bit', cs='us-ascii'))

    d = T(2025, 10, 3, 18, 21, 9)
    txt = fill("""Hello Daniel,

Thanks for your patience. Before I can raise this with the certification team
I need a few details, since one of the three IDs you listed isn't linked to an
e-mail address we can match:

- AWS06645021: which e-mail address did you use to sign in to it, and roughly
  when did you take an exam under it?
- AWS09913357 and AWS02286104: please confirm the notification address you
  want on the profile that remains.
- Which of the three should remain? You mentioned the newest, which I take to
  be AWS02286104 - correct me if not.

Please reply through the Support Center link below; this mailbox is not
monitored.

Best regards,
Anjali R.
Amazon Web Services

===================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.
===================================================

<<foot>>
""", c=C3, foot=FOOT_CONSOLE)
    aws_mail(14, 'need-login-emails', L('support_reply', C3, ['AWS02286104', 'AWS09913357', 'AWS06645021'], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='RE:[CASE %s] Merging my certification accounts' % C3, body=part(txt))

    d = T(2025, 10, 6, 14, 48, 2)
    h = fill("""<div>Hello Daniel,</div><div><br></div>
<div>Thank you for the details. Here is what the certification team has lined up:</div><div><br></div>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th></tr>
<tr><td>Primary &ndash; retained</td><td>AWS02286104</td><td>daniel.okafor@northwind-analytics.com</td></tr>
<tr><td>Folded in, then closed</td><td>AWS09913357</td><td>d.okafor@kestrel-data.com</td></tr>
<tr><td>Folded in, then closed</td><td>AWS06645021</td><td>dokafor.dev@gmail.com</td></tr>
</table><div><br></div>
<div>After this is carried out, the two secondary IDs will stop working for sign-in and exam scheduling, and <b>the change cannot be reversed</b>.</div><div><br></div>
<div>Could you reply through the Support Center to say you agree with the table above? We will only submit the request once we have your go-ahead.</div><div><br></div>
<div>Best regards,<br>Anjali R.<br>Amazon Web Services</div>
<div><br>===================================================<br>
To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&amp;language=en</a><br>
===================================================</div>
<div style="font-size:11px;color:#687078"><<foot>></div>""", c=C3, foot=FOOT_CONSOLE.replace('\n\n', '<br><br>'))
    aws_mail(15, 'html-only-please-agree', L('merge_confirmation_requested', C3, ['AWS02286104', 'AWS09913357', 'AWS06645021'], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='RE:[CASE %s] Merging my certification accounts' % C3, body=part(html(h), 'html'))

    d = T(2025, 10, 7, 10, 11, 40)
    txt = fill("""Hello Daniel,

Thanks - your approval is noted and the request is now with the certification
team. Once the merge is complete we will also ask Credly to move your badges to
the e-mail address on aws02286104, and you should then receive a message from
Credly asking you to accept them. I'll write again when the team has finished.

Best regards,
Anjali R.
Amazon Web Services

===================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en
===================================================

<<foot>>
""", c=C3, foot=FOOT_CONSOLE)
    aws_mail(16, 'once-complete-credly', L('support_reply', C3, ['AWS02286104'], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='RE:[CASE %s] Merging my certification accounts' % C3, body=part(txt))

    d = T(2025, 10, 9, 22, 37, 15)
    txt = fill("""Hi Daniel,

Update -

  AWS09913357  --> AWS02286104 ... DONE
  AWS 06645021 --> AWS02286104 ... DONE

Both old IDs retired. Transcript on AWS02286104 now lists all 4 certs.
Credly: transfer requested, expect their mail in 1-3 business days.

Anything else, reply via the console.
-- Anjali

===================================================
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en
===================================================
""", c=C3)
    aws_mail(17, 'terse-done', L('merge_completed', C3, ['AWS02286104', 'AWS09913357', 'AWS06645021'], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='RE:[CASE %s] Merging my certification accounts' % C3, body=part(txt, cs='us-ascii', cte='7bit'))

    d = T(2025, 10, 16, 9, 0, 3)
    txt = fill("""Hello,

Your AWS Support case <<c>>, "Merging my certification accounts", has been
resolved. If the issue you reported is not resolved, you can reopen the case
from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en

How did we do?
Tell us about your experience with this case in a short survey (about 2 minutes):
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq8aZxYw?caseId=<<c>>

Sincerely,
Amazon Web Services

<<foot>>
""", c=C3, foot=FOOT_CONSOLE)
    aws_mail(18, 'case-resolved-survey', L('survey', C3, [], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='Amazon Web Services Support: Case %s has been resolved' % C3, body=part(txt))


# ================================================================ T4: Fujii (corporate gateway, ja, form case)
def t4():
    d = T4 + sec(33)
    body = fill("""藤井 智子 様

AWS トレーニングと認定 カスタマーサービスです。
お問い合わせいただいた内容を受け付け、新しいケースを作成しました。

　ケース番号：<<c>>
　件名　　　：認定アカウントの統合について

担当者が内容を確認し、ご連絡いたします。通常は 1 営業日以内にご返信しております。
追加の情報がある場合は、件名を変更せずに本メールへご返信ください。

本メールにお心当たりがない場合は、お手数ですが破棄してください。

AWS トレーニングと認定 カスタマーサービス
""", c=C4)
    aws_mail(19, 'sjis-new-case', L('case_created', C4, [], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=ad('AWS トレーニングと認定', FORM, 'Shift_JIS'),
             subject='[CASE %s] ' % C4 + ew('新しいケースを作成しました：認定アカウントの統合について', 'Shift_JIS'),
             body=part(body, cs='Shift_JIS', cte='base64'), tz=UTC)

    d = T(2025, 12, 9, 12, 10, 48, JST)
    body = """藤井様

お問い合わせいただきありがとうございます。担当の山口と申します。

ご依頼いただいた AWS03359810 と AWS08802467 の件につきまして、現在、
認定チームにてご登録情報の照合を進めております。照合が終わり次第、
作業内容をご案内いたしますので、今しばらくお待ちください。

なお、同じ内容で別のお問い合わせを作成されますと、対応が重複し
かえってお時間をいただく場合がございます。恐れ入りますが、
本ケースにてお待ちいただけますと幸いです。

山口
Amazon Web Services
"""
    aws_mail(20, 'shougou-chu', L('support_reply', C4, ['AWS03359810', 'AWS08802467'], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C4, FORM_SUBJ), body=part(body, cte='8bit'))

    d = T(2025, 12, 10, 15, 55, 20, JST)
    conf = """藤井様

お待たせいたしました。照合の結果、下記の内容で作業を実施できることを確認いたしました。

■ 今後もご利用いただくアカウント
　AWS 03359810（サインイン：t-fujii@kawasemi-soft.co.jp）

■ 上記へ統合し、閉鎖するアカウント
　AWS 08802467（サインイン：tomoko.fujii.0412@gmail.com）

実施後は、AWS 08802467 で取得された認定（AWS Certified SysOps Administrator
- Associate）と受験履歴が AWS 03359810 に表示されるようになります。

【ご注意】この作業は、実施後に取り消すことができません。
内容にお間違いがなければ、本メールへのご返信にて、実施してよいかを
お知らせください。

山口
Amazon Web Services
"""
    aws_mail(21, 'qp-jisshi-kakunin', L('merge_confirmation_requested', C4, ['AWS03359810', 'AWS08802467'], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C4, FORM_SUBJ), body=part(conf))

    d = T(2025, 12, 15, 13, 20, 2, JST)
    body = """藤井様

いつもお世話になっております。AWS トレーニングと認定の山口です。

12 月 10 日にお送りした作業内容のご確認について、その後いかがでしょうか。
まだご返信をいただいていないようでしたので、念のためご連絡いたしました。

引き続きサポートが必要な場合は、本メールにご返信ください。
7 日以内にご返信がない場合、本ケースはいったんクローズとさせていただきます。

山口
Amazon Web Services

-----Original Message-----
""" + ''.join('> ' + ln + '\n' if ln else '>\n' for ln in conf.rstrip('\n').split('\n'))
    aws_mail(22, 'mada-hitsuyou-desuka', L('support_reply', C4, [], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C4, FORM_SUBJ), body=part(body, cte='base64'))

    d = T(2025, 12, 17, 17, 2, 9, JST)
    txt = """藤井様

ご確認ありがとうございました。AWS 08802467 の認定情報を AWS03359810 へ統合いたしました。

山口
Amazon Web Services
"""
    h = """<div>藤井様</div><br>
<div>ご確認のご返信をいただき、ありがとうございました。</div><br>
<div>ご承認いただいたとおり、<b>AWS 08802467</b> に登録されていた認定資格および受験履歴を、<b>AWS03359810</b> へ統合いたしました。AWS 08802467 は閉鎖済みのため、今後のサインインや試験のご予約には AWS03359810 をご利用ください。</div><br>
<div>認定特典（次回受験 50% 割引など）も統合後のアカウントでご確認いただけます。Credly のバッジにつきましては、別途 Credly からのメールにてご案内が届きます。</div><br>
<div>ご不明な点がございましたら、本メールにご返信ください。</div><br>
<div>山口<br>Amazon Web Services</div>"""
    aws_mail(23, 'tougou-shimashita-alt', L('merge_completed', C4, ['AWS03359810', 'AWS08802467'], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C4, FORM_SUBJ),
             body=multi('alternative', part(txt), part(html(h), 'html', cte='base64')))

    d = T(2025, 12, 24, 9, 15, 0, JST)
    h = fill("""<table width="100%" style="max-width:640px"><tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" height="28" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<p>藤井 智子 様</p>
<p>お問い合わせいただいたケース（ケース番号：<<c>>）は、解決済みとしてクローズいたしました。</p>
<p>今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。回答は 3 問のみで、1 分ほどで完了します。</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq8aZxYw?caseId=<<c>>&amp;lang=ja" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#687078">ケースを再開する必要がある場合は、クローズから 14 日以内に本メールへご返信ください。</p>
</td></tr></table>""", c=C4)
    aws_mail(24, 'close-manzokudo', L('survey', C4, [], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=ad('AWS トレーニングと認定', FORM),
             subject=ew('【AWS トレーニングと認定】ケースのクローズとアンケートのお願い'),
             body=part(html(h), 'html'))

    d = T(2025, 12, 19, 11, 30, 55, JST)
    badge = ruuid()
    txt = fill("""藤井 智子 さん

AWS Training and Certification から、次のバッジが発行されました。

　AWS Certified SysOps Administrator - Associate

下のリンクからバッジを受け取ると、Credly のプロフィールに表示され、
LinkedIn などで共有できるようになります。

バッジを受け取る：
https://www.credly.com/badges/<<b>>/accept?locale=ja

Credly
""", b=badge)
    h = fill("""<div style="max-width:600px">
<p>藤井 智子 さん</p>
<p>AWS Training and Certification から、次のバッジが発行されました。</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="130" alt=""><br><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p>下のボタンからバッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/<<b>>/accept?locale=ja" style="background:#1a73e8;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly &middot; <a href="https://www.credly.com/earner/settings/notifications">通知設定</a></p></div>""", b=badge)
    credly_mail(25, 'credly-badge-ja', L('credly_badge_issued', None, [], True, 'ja'),
                provider='kawasemi', to=D_TO, d=d,
                frm='AWS Training and Certification via Credly <admin@credly.com>',
                subject=ew('AWS Training and Certification からバッジが発行されました'),
                body=multi('alternative', part(txt, cte='base64'), part(html(h, 'Credly'), 'html', cte='base64')))


# ================================================================ T5: Ishida (biglobe, ja, second form case)
def t5():
    d = T5 + sec(22)
    h = fill("""<p>石田 遥 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。<br>
下記のとおりお問い合わせを承りました。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td style="background:#f2f3f3">ケース ID</td><td><<c>></td></tr>
<tr><td style="background:#f2f3f3">種別</td><td>Certification / Account Merge</td></tr>
<tr><td style="background:#f2f3f3">AWS 受験者 ID</td><td>AWS06120394</td></tr>
<tr><td style="background:#f2f3f3">通知先メールアドレス</td><td>h-ishida@kfa.biglobe.ne.jp</td></tr>
</table>
<p>担当者より、原則 24 時間以内に上記の通知先メールアドレス宛てにご連絡いたします。<br>
本メールへご返信いただくと、同じケースに情報を追加できます。</p>
<p>AWS トレーニングと認定</p>""", c=C5)
    aws_mail(26, 'html-uketsuke', L('case_created', C5, ['AWS06120394'], True, 'ja'),
             provider='biglobe', to=E_TO, d=d, frm=FORM_FROM,
             subject=ew('[CASE %s] お問い合わせ受付のお知らせ' % C5),
             body=part(html(h), 'html', cte='base64'))

    d = T(2026, 1, 21, 8, 45, 37, JST)
    body = fill("""石田様

AWS トレーニングと認定 カスタマーサポートの中村です。
ご連絡が遅くなり、申し訳ございません。

1 月 12 日にお送りいただいたお問い合わせ（ケース <<old>>）は、通知先の
メールアドレスが未入力だったため、こちらからご返信できない状態でした。
大変失礼いたしました。以降は本ケース（<<c>>）にて対応いたします。

受験者 ID AWS06120394 と aws00875316 のお手続きにあたり、
以下の 2 点をご教示いただけますでしょうか。

(1) aws00875316 にサインインする際に使用していたメールアドレス
(2) 2 つのアカウントが作成された経緯（例：勤務先の変更など）

ご返信をお待ちしております。

中村
Amazon Web Services
""", c=C5, old=C5OLD)
    aws_mail(27, 'zenkai-ken-tsuika-jouhou', L('support_reply', C5, ['AWS06120394', 'AWS00875316'], True, 'ja'),
             provider='biglobe', to=E_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C5, FORM_SUBJ), body=part(body, cte='base64'))

    d = T(2026, 1, 23, 4, 5, 11, JST)
    body = """石田様

お待たせいたしました。

aws00875316 にあった認定資格 2 件と受験履歴は、AWS06120394 にまとめました。
旧 ID ではサインインできなくなっておりますので、今後は AWS06120394 を
お使いください。

以上、よろしくお願いいたします。

中村
Amazon Web Services
"""
    aws_mail(28, 'wrong-charset-matomemashita', L('merge_completed', C5, ['AWS06120394', 'AWS00875316'], True, 'ja'),
             provider='biglobe', to=E_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C5, FORM_SUBJ),
             body=part(body, cte='quoted-printable', label='iso-8859-1', codec='utf-8'))

    d = T(2026, 1, 23, 4, 6, 2, JST)
    txt = fill("""今回のサポートはいかがでしたか？

ケース <<c>> の対応について、5 段階で評価してください。

　とても満足　 https://support.aws.amazon.com/feedback?c=<<c>>&r=5
　満足　　　　 https://support.aws.amazon.com/feedback?c=<<c>>&r=4
　普通　　　　 https://support.aws.amazon.com/feedback?c=<<c>>&r=3
　不満　　　　 https://support.aws.amazon.com/feedback?c=<<c>>&r=2
　とても不満　 https://support.aws.amazon.com/feedback?c=<<c>>&r=1

AWS トレーニングと認定
""", c=C5)
    h = fill("""<p style="font-size:18px"><b>今回のサポートはいかがでしたか？</b></p>
<p>ケース <<c>> の対応について、5 段階で評価してください。</p>
<p><a href="https://support.aws.amazon.com/feedback?c=<<c>>&amp;r=5">★★★★★</a><br>
<a href="https://support.aws.amazon.com/feedback?c=<<c>>&amp;r=4">★★★★</a><br>
<a href="https://support.aws.amazon.com/feedback?c=<<c>>&amp;r=3">★★★</a><br>
<a href="https://support.aws.amazon.com/feedback?c=<<c>>&amp;r=2">★★</a><br>
<a href="https://support.aws.amazon.com/feedback?c=<<c>>&amp;r=1">★</a></p>
<p>AWS トレーニングと認定</p>""", c=C5)
    aws_mail(60, 'hyouka-onegai', L('survey', C5, [], True, 'ja'),
             provider='biglobe', to=E_TO, d=d, frm=ad('AWS トレーニングと認定', 'no-reply-aws-tc@amazon.com'),
             subject=ew('ご意見をお聞かせください - ケース %s' % C5, 'UTF-8', 'Q'),
             body=multi('alternative', part(txt), part(html(h), 'html')))


# ================================================================ T6: Lindqvist (Gmail, en)
def t6():
    d = T(2026, 2, 25, 10, 40, 6)
    body = fill("""Hi Marcus,

Thanks for the quick confirmation - I've handed it to the team that looks after
certification records. I'll update this case as soon as they've finished with
AWS05048823; no need to do anything else in the meantime.

Kind regards,
Hyun-woo
Amazon Web Services



Yes, that's all correct. Please proceed with the merge of aws-01177609 into
AWS05048823. I understand it can't be undone.

Marcus
""", )
    aws_mail(58, 'handed-to-team-noquote', L('support_reply', C6, ['AWS05048823'], True, 'en'),
             provider='gmail', to=F_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C6, FORM_SUBJ), body=part(body))

    d = T(2026, 2, 26, 21, 15, 49)
    body = """Hi Marcus,

All set. Your older profile has been retired, and its certifications and exam
history now appear on the profile you chose to keep. Your exam benefits came
across too. Give it an hour or so before checking the transcript, as the
portal caches for a while.

If anything's missing, just reply here.

Kind regards,
Hyun-woo
Amazon Web Services

On Wed, Feb 25, 2026 at 9:12 AM Marcus Lindqvist <marcus.lindqvist@gmail.com> wrote:
> Yes, that's all correct. Please proceed with the merge of aws-01177609 into
> AWS05048823. I understand it can't be undone.
>
> Marcus
>
> On Tue, Feb 24, 2026 at 11:58 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Marcus,
> >
> > Thanks for the details. To recap what we'll do:
> >
> >   Keep:        AWS05048823 (marcus.lindqvist@gmail.com)
> >   Merge in:    aws-01177609 (m.lindqvist@fjordline-consulting.se)
> >
> > Merging is permanent - the two profiles can't be separated again
> > afterwards. Please reply to confirm you'd like us to go ahead.
> >
> > Kind regards,
> > Hyun-woo
> > Amazon Web Services
"""
    aws_mail(59, 'all-set-nested-quote', L('merge_completed', C6, [], True, 'en'),
             provider='gmail', to=F_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] %s' % (C6, FORM_SUBJ), body=part(body, cte='base64'))


def gen_mail(n, slug, label, *, provider=None, e=None, a=None, head_trace=None, d, frm, to, subject, msgid, body,
             sigdoms=(), tz=UTC, cc=None, reply_to=None, irt=None, refs=None, extra=(), post=(), tail=None):
    if head_trace is None:
        to_email = to.split('<')[-1].rstrip('>').split(',')[0]
        head_trace = trace(provider, to_email, d + sec(2), e, a)
        if provider in ('o365', 'outlook'):
            head_trace += ms_tail(d, scl=tail or 1)
    head = list(head_trace) + sigs(d, *sigdoms) + list(post)
    head += msg_headers(d, frm, to, subject, msgid, tz=tz, cc=cc, reply_to=reply_to, irt=irt, refs=refs, extra=list(extra))
    emit(n, slug, label, head=head, body=body)


def fake_ses_msgid(d, dom='email.amazonses.com'):
    return '<0100%012x-%s-000000@%s>' % (int(d.timestamp() * 1000), ruuid(), dom)


# ================================================================ look-alikes and phishing
def phish():
    # 029: look-alike domain copying the desk's confirmation template (en)
    d = T(2026, 3, 2, 13, 20, 41)
    pc = cid(T(2026, 3, 1, 22, 4, 10))
    e = env('mail.amazon-certsupport.com', '185.244.29.117', 'bounce-tc@amazon-certsupport.com', fake_ses_msgid(d))
    a = auth('pass', [('pass', 'amazon-certsupport.com')], ('pass', 'none', 'amazon-certsupport.com'))
    txt = fill("""Hello Marcus,

Thank you for contacting AWS Training and Certification.

We have received a request to merge the following certification profiles:

  AWS05048823 - marcus.lindqvist@gmail.com
  AWS01177609 - m.lindqvist@fjordline-consulting.se

Please be aware that merging is permanent. To protect your account, we need you
to confirm this request by verifying your identity within 48 hours. If we do not
receive your confirmation, both profiles will be temporarily suspended and any
scheduled exams may be cancelled.

Confirm merge request:
https://amazon-certsupport.com/tc/verify?case=<<c>>&ref=AWS05048823

Kind regards,
AWS Training and Certification
Amazon Web Services
""", c=pc)
    h = p2h(txt).replace('https://amazon-certsupport.com/tc/verify?case=%s&amp;ref=AWS05048823' % pc,
                         '<a href="https://amazon-certsupport.com/tc/verify?case=%s&amp;ref=AWS05048823" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">Confirm merge request</a>' % pc)
    SEL['amazon-certsupport.com'] = 'mail'
    gen_mail(29, 'lookalike-confirm-merge', L('merge_confirmation_requested', pc, ['AWS05048823', 'AWS01177609'], False, 'en'),
             provider='gmail', e=e, a=a, d=d, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon-certsupport.com>',
             to=F_TO, subject='RE:[CASE %s] %s' % (pc, FORM_SUBJ), msgid=e['msgid'],
             body=multi('alternative', part(txt), part(html(h), 'html')), sigdoms=['amazon-certsupport.com'])

    # 030: spoofed amazon.com From, provider says dmarc=fail, forged "pass" header lower down (ja)
    d = T(2025, 7, 3, 2, 47, 5)
    pc = cid(T(2025, 7, 2, 9, 31, 44))
    e = env('vps-3321.kcs-hosting.net', '45.141.87.19', 'info@kcs-hosting.net', fake_ses_msgid(d))
    a = auth('pass', [], ('fail', 'quarantine', 'amazon.com'))
    forged = ['Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s header.b=%s;\n'
              '       spf=pass (google.com: domain of no-reply@amazonses.com designates 54.240.8.21 as permitted sender) smtp.mailfrom=no-reply@amazonses.com;\n'
              '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % (SEL['amazon.com'], ralnum(8))]
    txt = fill("""森山 健太 様

AWS トレーニングと認定 カスタマーサポートです。
お客様の認定アカウントについて、以下の統合申請を受け付けました。

　存続アカウント　：AWS04417263
　統合元アカウント：AWS09182736

統合は一度実施すると元に戻すことができません。ご本人による申請であることを
確認するため、24 時間以内に下記のリンクからサインインし、統合を承認してください。
期限内に承認が確認できない場合、セキュリティ保護のため、両アカウントの
認定資格が一時的に停止されます。

▼統合を承認する
http://aws-tc-verify.kcs-hosting.net/ja/confirm?case=<<c>>

ケース ID：<<c>>

AWS トレーニングと認定
Amazon Web Services
""", c=pc)
    h = p2h(txt)
    gen_mail(30, 'spoof-dmarc-fail-shounin', L('merge_confirmation_requested', pc, ['AWS04417263', 'AWS09182736'], False, 'ja'),
             provider='gmail-noarc', e=e, a=a, d=d, frm=FORM_FROM, to=A_TO,
             subject=ew('RE:[CASE %s] 【要対応】認定アカウント統合のご確認' % pc), msgid=e['msgid'],
             body=multi('alternative', part(txt, cte='base64'), part(html(h), 'html', cte='base64')),
             post=['Received: from localhost (localhost [127.0.0.1])\n\tby vps-3321.kcs-hosting.net (Postfix) with ESMTPA id 7C1E4A0F3B\n\tfor <%s>; %s' % (A_ADDR, rfc(d - sec(3), dt.timezone(dt.timedelta(hours=3))))] + forged,
             extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])

    # 031: billing phishing, not about the merge (ja)
    d = T(2026, 2, 10, 9, 12, 30, JST)
    e = env('smtp.aws-account-support.info', '103.151.124.66', 'noreply@aws-account-support.info',
            '<%s@aws-account-support.info>' % ralnum(24, '0123456789abcdef'))
    a = auth('pass', [], ('none', 'none', 'aws-account-support.info'))
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様の AWS アカウント（アカウント ID：4821-5530-9917）において、
直近のご請求に対するお支払いが確認できておりません。

48 時間以内にお支払い方法を更新いただけない場合、アカウントに関連付けられた
すべてのリソース（EC2、S3 など）が停止されます。

▼お支払い方法を更新する
https://aws-account-support.info/billing/update?lang=ja

※本メールは送信専用です。

Amazon Web Services, Inc.
"""
    gen_mail(31, 'phish-shiharai-teishi', L('unrelated', None, [], False, 'ja'),
             provider='biglobe', e=e, a=a, d=d, frm=ad('Amazon Web Services', 'noreply@aws-account-support.info'), to=E_TO,
             subject=ew('【重要】AWS アカウントのお支払い情報を確認してください'), msgid=e['msgid'],
             body=part(txt, cte='base64'), tz=JST)

    # 032: certification-expiry phishing, not about the merge (ja)
    d = T(2026, 1, 14, 10, 2, 48, JST)
    e = env('mta1.aws-training-jp.com', '194.87.218.40', 'bounce@aws-training-jp.com', '<%s.%s@aws-training-jp.com>' % (rdig(14), ralnum(10)))
    a = auth('pass', [('pass', 'aws-training-jp.com')], ('pass', 'none', 'aws-training-jp.com'))
    SEL['aws-training-jp.com'] = 'default'
    h = """<div style="max-width:600px;font-family:'Meiryo',sans-serif">
<div style="background:#232f3e;color:#fff;padding:12px"><b>AWS 認定</b></div>
<p>藤井 智子 様</p>
<p>受験者 ID：AWS03359810</p>
<p>お客様が保有されている <b>AWS Certified SysOps Administrator - Associate</b> の有効期限が近づいています。</p>
<p>再認定試験で利用できる 100% 割引クーポンを受け取るには、3 日以内に下記より認定アカウントへサインインしてください。期限を過ぎると、クーポンは発行されません。</p>
<p><a href="https://aws-training-jp.com/cert/signin?id=AWS03359810" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none">クーポンを受け取る</a></p>
<p style="font-size:11px;color:#888">&copy; 2026, Amazon Web Services, Inc. or its affiliates.</p></div>"""
    gen_mail(32, 'phish-yuukoukigen-coupon', L('unrelated', None, ['AWS03359810'], False, 'ja'),
             provider='kawasemi', e=e, a=a, d=d, frm=ad('AWS 認定', 'certification@aws-training-jp.com'), to=D_TO,
             subject=ew('AWS 認定資格の有効期限についてのお知らせ'), msgid=e['msgid'],
             body=part(html(h), 'html', cte='quoted-printable'), sigdoms=['aws-training-jp.com'], tz=JST)

    # 033: look-alike "merge completed" with a re-verify lure (en)
    d = T(2025, 10, 20, 14, 9, 12)
    pc = cid(T(2025, 10, 17, 3, 55, 0))
    e = env('out2.aws-certification-merge.com', '91.215.85.203', 'mailer@aws-certification-merge.com',
            '<%s@aws-certification-merge.com>' % ruuid())
    a = auth('pass', [('pass', 'aws-certification-merge.com')], ('pass', 'none', 'aws-certification-merge.com'), ('pass', '100'))
    SEL['aws-certification-merge.com'] = 'k1'
    txt = fill("""Hello Daniel,

We've completed the consolidation of your AWS Certification profiles.
AWS09913357 has been merged into AWS02286104 (Case ID <<c>>).

Because of a change in our digital badge provider, badges that are not
re-verified within 72 hours of a merge are permanently removed. Please
re-verify your profile now:

https://aws-certification-merge.com/reverify?id=AWS02286104

Thank you,
AWS Training & Certification
""", c=pc)
    gen_mail(33, 'lookalike-merged-reverify', L('merge_completed', pc, ['AWS02286104', 'AWS09913357'], False, 'en'),
             provider='o365', e=e, a=a, d=d, frm='"AWS Training & Certification" <no-reply@aws-certification-merge.com>',
             to=C_TO, subject='Your AWS Certification profiles have been merged - action required', msgid=e['msgid'],
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')), sigdoms=['aws-certification-merge.com'], tail=5)

    # 034: fake Credly badge mail (ja)
    d = T(2026, 1, 28, 19, 40, 3, JST)
    e = env('mail.credly-notify.net', '45.88.97.14', 'badges@credly-notify.net', '<%s@credly-notify.net>' % ralnum(26))
    a = auth('pass', [], ('none', 'none', 'credly-notify.net'))
    h = """<div style="max-width:560px;margin:auto">
<p><img src="https://credly-notify.net/img/logo.png" alt="Credly" width="90"></p>
<p>石田 遥 様</p>
<p>AWS Training and Certification から新しいバッジが発行されました。</p>
<p style="text-align:center"><b>AWS Certified Solutions Architect - Associate</b></p>
<p>バッジを受け取るには、72 時間以内に下のボタンから Credly アカウントにサインインしてください。期限を過ぎるとバッジは失効し、再発行には手数料がかかります。</p>
<p style="text-align:center"><a href="https://credly-notify.net/accept?token=8f2c1e" style="background:#1a73e8;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p></div>"""
    gen_mail(34, 'fake-credly-badge', L('credly_badge_issued', None, [], False, 'ja'),
             provider='biglobe', e=e, a=a, d=d, frm='Credly <badges@credly-notify.net>', to=E_TO,
             subject=ew('バッジが発行されました - 受け取りを完了してください'), msgid=e['msgid'],
             body=part(html(h), 'html', cte='base64'), tz=JST)


# ================================================================ other AWS cases and AWS mail
def other_aws():
    # 035: EC2 quota case opened (looks like case_created)
    tq = T(2025, 11, 4, 17, 22, 10)
    q = cid(tq)
    d = tq + sec(4)
    corr = """Service: EC2 Instances. Region: US East (N. Virginia). Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances. New value: 512 vCPUs. Use case: load testing ahead of a customer go-live on 20 November."""
    txt = fill("""Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case <<c>> to address your issue.

The details of your case are as follows:

Case ID: <<c>>
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: <<corr>>

We will respond to your case as soon as we can.

To see all your cases, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=en

Best regards,
Amazon Web Services

<<foot>>
""", c=q, corr=corr, foot=FOOT_CONSOLE)
    aws_mail(35, 'ec2-quota-case-opened', L('unrelated', q, [], True, 'en'),
             provider='o365', to=C_ADDR, d=d, frm=CONSOLE_FROM,
             subject='Amazon Web Services: You have opened a new Support case: %s' % q, body=part(txt))

    # 036: billing case reply (ja)
    tb = T(2025, 9, 9, 5, 12, 44)
    b = cid(tb)
    d = T(2025, 9, 10, 11, 30, 2, JST)
    txt = fill("""森山様

AWS 請求サポートの小野でございます。お問い合わせいただきありがとうございます。

8 月分のご請求額が前月より増えている件についてお調べしました。
アカウント 3149-2208-7765 の ap-northeast-1 リージョンで、NAT ゲートウェイの
データ処理料金（約 142 GB 分）が新たに発生しておりました。8 月 14 日以降に
作成された VPC 内のインスタンスからのインターネット向け通信が該当します。

詳細は請求コンソールの Cost Explorer で、サービス別・使用タイプ別にご確認
いただけます。

https://console.aws.amazon.com/cost-management/home#/cost-explorer

ご不明な点がございましたら、サポートセンターから本ケースにご返信ください。

小野
Amazon Web Services

====================================================
本ケースについてのお問い合わせは、以下の URL から AWS サポートセンターへ
お戻りください。
https://console.aws.amazon.com/support/home#/case/?displayId=<<c>>&language=ja
====================================================

本メールは送信専用のアドレスから送信されています。ご返信いただいても
お答えできませんのでご了承ください。
""", c=b)
    aws_mail(36, 'seikyu-case-reply', L('unrelated', b, [], True, 'ja'),
             provider='gmail', to=A_TO, d=d, frm=CONSOLE_FROM,
             subject='RE:[CASE %s] ' % b + ew('8月分の請求額について'), body=part(txt, cte='base64'))

    # 037: Skill Builder subscription case on the same T&C form desk (en, 11-digit case id)
    s37 = '12847730915'
    d = T(2025, 9, 18, 19, 44, 51)
    txt = """Hello Priya,

Thank you for contacting AWS Training and Certification.

I reviewed the two charges you mentioned. You have two AWS Builder IDs
(priya.raman@outlook.com and p.raman@stellarcode.io), and an Individual
subscription to AWS Skill Builder was started under each of them on
2 September.

I have cancelled the subscription on the p.raman@stellarcode.io Builder ID and
issued a refund of USD 29.00 to the original payment method; it should appear
within 5-7 business days. The subscription on priya.raman@outlook.com stays
active.

Please note that Skill Builder course progress cannot be moved from one
Builder ID to another.

Best regards,
Kofi
Amazon Web Services
"""
    aws_mail(37, 'skillbuilder-duplicate-refund', L('unrelated', s37, [], True, 'en'),
             provider='outlook', to=B_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - skill-builder-subscription' % s37,
             body=part(txt))

    # 038: AWS Builder ID verification code (ja)
    d = T(2026, 1, 5, 21, 3, 17, JST)
    code = '%03d %03d' % (random.randint(100, 999), random.randint(0, 999))
    h = """<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<div style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" height="28" alt="AWS"></div>
<h2>AWS Builder ID の E メールアドレスを確認してください</h2>
<p>AWS Builder ID のご登録ありがとうございます。本人確認のため、次の確認コードを入力してください。</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:3px">%s</p>
<p>このコードの有効期限は 30 分です。</p>
<p style="font-size:12px;color:#687078">このリクエストに心当たりがない場合は、このメールを無視してください。Amazon Web Services から、パスワードやクレジットカード番号をメールでお尋ねすることはありません。</p>
</div>""" % code
    aws_mail(38, 'builder-id-kakunin-code', L('unrelated', None, [], True, 'ja'),
             provider='biglobe', to=E_ADDR, d=d, frm='AWS <no-reply@signin.aws>',
             subject=ew('AWS Builder ID の E メールアドレスを確認してください'),
             body=part(html(h), 'html', cte='base64'),
             a=auth('pass', [('pass', 'signin.aws'), ('pass', 'amazonses.com')], ('pass', 'reject', 'signin.aws')),
             sigdoms=('signin.aws', 'amazonses.com'))

    # 039: Builder ID merge request on the T&C desk - declined (ja)
    tb = T(2025, 12, 22, 2, 10, 27)
    b = cid(tb)
    d = T(2025, 12, 23, 10, 48, 0, JST)
    txt = """藤井様

AWS トレーニングと認定 カスタマーサポートの岡田です。

AWS Builder ID 2 件（t-fujii@kawasemi-soft.co.jp／tomoko.fujii.0412@gmail.com）を
一つにまとめたいとのお問い合わせ、ありがとうございます。

大変恐縮ですが、AWS Builder ID 同士の統合、および AWS Skill Builder の学習履歴や
修了証を別の Builder ID へ移すことは、現在承っておりません。今後お使いになる
Builder ID を一つお選びいただき、そちらで学習を継続していただきますよう
お願いいたします。

なお、先日別のケースで対応させていただいた認定アカウントの件は、Builder ID とは
別の仕組みで管理されておりますので、今回のご案内による影響はございません。

岡田
Amazon Web Services
"""
    aws_mail(39, 'builder-id-tougou-fuka', L('unrelated', b, [], True, 'ja'),
             provider='kawasemi', to=D_TO, d=d, frm=FORM_FROM,
             subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - skill-builder' % b,
             body=part(txt))

    # 040: Seller Central case about merging seller accounts (10-digit id)
    sc = '7732019846'
    d = T(2025, 11, 20, 6, 15, 38)
    txt = fill("""Hello from Amazon Selling Partner Support,

Thank you for your patience while we reviewed your request to merge the seller
account registered to m.lindqvist@fjordline-consulting.se with your current
seller account.

Amazon does not merge seller accounts, and listings, feedback and sales history
cannot be transferred from one account to another. If you no longer need the
older account, you can request its closure from Settings > Account Info > Close
Account.

Was this email helpful?
Yes: https://sellercentral.amazon.se/cu/case-dashboard/feedback?caseID=<<c>>&helpful=yes
No:  https://sellercentral.amazon.se/cu/case-dashboard/feedback?caseID=<<c>>&helpful=no

Thank you for selling with Amazon,
Linnea K.
Amazon.se
https://sellercentral.amazon.se
""", c=sc)
    aws_mail(40, 'seller-central-merge-case', L('unrelated', sc, [], True, 'en'),
             provider='gmail', to=F_TO, d=d, frm='Amazon Selling Partner Support <seller-notification@amazon.com>',
             subject='RE:[CASE %s] Request to merge two seller accounts' % sc, body=part(txt), region='eu-west-1')

    # 047: AWS certification newsletter (ja)
    d = T(2026, 2, 18, 11, 0, 0, JST)
    txt = """AWS トレーニングと認定 ニュースレター 2026 年 2 月号

■ 新しい認定試験
AWS Certified Generative AI Developer - Professional の日本語版試験の提供を開始しました。

■ 受験特典のご案内
認定取得者の方は、次回の試験を 50% 割引で受験いただけます。特典は認定アカウントの
「特典」タブからご確認ください。

■ よくあるご質問
Q. 認定アカウントが 2 つあることに気づきました。どうすればよいですか？
A. トレーニングと認定のお問い合わせフォームからご連絡いただくと、アカウントの
   統合手続きをご案内します。統合は取り消しできないため、残すアカウントを
   あらかじめご確認ください。

配信停止：https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    h = p2h(txt)
    aws_mail(47, 'newsletter-ja', L('unrelated', None, [], True, 'ja'),
             provider='biglobe', to=E_ADDR, d=d, frm=ad('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'),
             subject=ew('【AWS 認定】新試験のご案内と受験特典について（2026 年 2 月号）'),
             body=multi('alternative', part(txt, cte='base64'), part(html(h), 'html', cte='base64')), tz=JST,
             extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>',
                    'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'])

    # 057: AWS T&C newsletter (en)
    d = T(2025, 11, 18, 16, 0, 4)
    txt = """Your November AWS Training and Certification update

NEW EXAMS
AWS Certified CloudOps Engineer - Associate (SOA-C03) is now available and
replaces the SysOps Administrator - Associate exam.

RE:INVENT
Take a certification exam on site in Las Vegas and get a free practice exam.

QUICK TIP
Ended up with more than one AWS Certification account? Contact us through the
Training and Certification form and we can combine them for you. Have your
candidate IDs ready.

Manage preferences: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
    aws_mail(57, 'newsletter-en', L('unrelated', None, [], True, 'en'),
             provider='o365', to=C_TO, d=d, frm='AWS Training and Certification <aws-marketing-email-replies@amazon.com>',
             subject='Your November AWS Training and Certification update',
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')),
             extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>',
                    'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'])


# ================================================================ third-party mail
def third_party():
    # 041: GitHub PR merged (en)
    d = T(2026, 3, 5, 15, 33, 21)
    ev = rdig(11)
    mid = '<lindqvist-labs/certtracker/pull/482/issue_event/%s@github.com>' % ev
    e = env('out-%d.smtp.github.com' % random.randint(20, 28), '192.30.252.%d' % random.randint(200, 215),
            'noreply@github.com', mid)
    a = auth('pass', [('pass', 'github.com')], ('pass', 'reject', 'github.com'))
    txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lindqvist-labs/certtracker/pull/482#event-%s
You are receiving this because you authored the thread.

Message ID: <lindqvist-labs/certtracker/pull/482/issue_event/%s@github.com>
""" % (ev, ev)
    h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lindqvist-labs/certtracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lindqvist-labs/certtracker/pull/482#event-%s">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""" % ev
    gen_mail(41, 'github-pr-merged', L('unrelated', None, [], False, 'en'),
             provider='gmail', e=e, a=a, d=d, frm='Sofia Ahmed <notifications@github.com>',
             to='lindqvist-labs/certtracker <certtracker@noreply.github.com>',
             cc='Marcus Lindqvist <%s>, Author <author@noreply.github.com>' % F_ADDR,
             subject='Re: [lindqvist-labs/certtracker] Detect AWS Certification account-merge mails (PR #482)',
             msgid=mid, irt='<lindqvist-labs/certtracker/pull/482@github.com>', refs='<lindqvist-labs/certtracker/pull/482@github.com>',
             reply_to='lindqvist-labs/certtracker <reply+%s@reply.github.com>' % ralnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
             body=multi('alternative', part(txt, cte='7bit', cs='UTF-8'), part(h, 'html', cte='7bit', cs='UTF-8')), sigdoms=['github.com'],
             extra=['X-GitHub-Sender: sofia-ahmed', 'X-GitHub-Recipient: mlindqvist', 'X-GitHub-Reason: author',
                    'List-ID: lindqvist-labs/certtracker <certtracker.lindqvist-labs.github.com>',
                    'List-Archive: https://github.com/lindqvist-labs/certtracker',
                    'List-Unsubscribe: <mailto:unsub+%s@reply.github.com>' % ralnum(30), 'X-Auto-Response-Suppress: All',
                    'Precedence: list', 'X-GitHub-Recipient-Address: %s' % F_ADDR])

    # 042: GitLab MR merged (en)
    d = T(2025, 9, 2, 12, 14, 5)
    mid = '<merge_request_%d@gitlab.com>' % random.randint(380000000, 399999999)
    e = env('m42-%d.mg.gitlab.com' % random.randint(100, 250), '69.72.42.%d' % random.randint(2, 250),
            'bounce+%s.%s-priya.raman=outlook.com@mg.gitlab.com' % (rhex(6), rhex(6)), '<%s@gitlab.com>' % ralnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    a = auth('pass', [('pass', 'mg.gitlab.com')], ('pass', 'none', 'mg.gitlab.com'), ('pass', '100'))
    txt = """Merge request !57 was merged
Merge request URL: https://gitlab.com/stellarcode/cert-sync/-/merge_requests/57
Project:Branches: stellarcode/cert-sync:feature/merge-duplicate-candidates to stellarcode/cert-sync:main
Author: Priya Raman

--
Reply to this email directly or view it on GitLab: https://gitlab.com/stellarcode/cert-sync/-/merge_requests/57
You're receiving this email because of your account on gitlab.com.
"""
    h = """<div><p>Merge request <a href="https://gitlab.com/stellarcode/cert-sync/-/merge_requests/57">!57</a> was merged</p>
<div>Project:Branches: stellarcode/cert-sync:feature/merge-duplicate-candidates to stellarcode/cert-sync:main</div>
<div>Author: Priya Raman</div></div>
<div style="color:#737278;font-size:12px;margin-top:16px">Reply to this email directly or <a href="https://gitlab.com/stellarcode/cert-sync/-/merge_requests/57">view it on GitLab</a>.<br>
You're receiving this email because of your account on gitlab.com. <a href="https://gitlab.com/-/sent_notifications/unsubscribe">Unsubscribe</a> from this thread &middot; <a href="https://gitlab.com/-/profile/notifications">Manage all notifications</a></div>"""
    gen_mail(42, 'gitlab-mr-merged', L('unrelated', None, [], False, 'en'),
             provider='outlook', e=e, a=a, d=d, frm='James Whitfield (@jwhitfield) <gitlab@mg.gitlab.com>',
             to=B_TO, subject='Re: cert-sync | Merge duplicate candidate records before sync (!57)', msgid=e['msgid'],
             irt=mid, refs=mid, reply_to='GitLab <incoming+stellarcode-cert-sync-%s@incoming.gitlab.com>' % rdig(8),
             body=multi('alternative', part(txt), part(html(h), 'html')), sigdoms=['mg.gitlab.com'],
             extra=['X-GitLab-Project: cert-sync', 'X-GitLab-Project-Id: 58231907', 'X-GitLab-Project-Path: stellarcode/cert-sync',
                    'X-GitLab-MergeRequest-ID: 312889410', 'X-GitLab-MergeRequest-IID: 57', 'X-GitLab-NotificationReason: author',
                    'List-Id: stellarcode/cert-sync <58231907.cert-sync.stellarcode.gitlab.com>', 'Auto-Submitted: auto-generated',
                    'X-Auto-Response-Suppress: All'])

    # 043: GitHub comment in Japanese on a notes repo PR (ja)
    d = T(2025, 6, 5, 4, 51, 9)
    ic = rdig(10)
    mid = '<kmoriyama/aws-cert-notes/pull/17/c%s@github.com>' % ic
    e = env('out-%d.smtp.github.com' % random.randint(20, 28), '192.30.252.%d' % random.randint(200, 215), 'noreply@github.com', mid)
    a = auth('pass', [('pass', 'github.com')], ('pass', 'reject', 'github.com'))
    txt = """aoi-hasegawa left a comment (kmoriyama/aws-cert-notes#17)

統合後に Credly のバッジが移ってくるまでの目安と、50%% 割引クーポンが
残っているかの確認方法も追記してもらえたので、このままマージします 🎉
レビュー対応ありがとうございました！

--
Reply to this email directly, view it on GitHub:
https://github.com/kmoriyama/aws-cert-notes/pull/17#issuecomment-%s
You are receiving this because you authored the thread.

Message ID: <kmoriyama/aws-cert-notes/pull/17/c%s@github.com>
""" % (ic, ic)
    h = """<p><b>aoi-hasegawa</b> left a comment <a href="https://github.com/kmoriyama/aws-cert-notes/pull/17#issuecomment-%s">(kmoriyama/aws-cert-notes#17)</a></p>
<p dir="auto">統合後に Credly のバッジが移ってくるまでの目安と、50%% 割引クーポンが残っているかの確認方法も追記してもらえたので、このままマージします 🎉<br>
レビュー対応ありがとうございました！</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kmoriyama/aws-cert-notes/pull/17#issuecomment-%s">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""" % (ic, ic)
    gen_mail(43, 'github-comment-ja', L('unrelated', None, [], False, 'ja'),
             provider='gmail', e=e, a=a, d=d, frm='Aoi Hasegawa <notifications@github.com>',
             to='kmoriyama/aws-cert-notes <aws-cert-notes@noreply.github.com>', cc='Kenta Moriyama <%s>, Author <author@noreply.github.com>' % A_ADDR,
             subject='Re: [kmoriyama/aws-cert-notes] ' + ew('認定アカウント統合後のチェック手順を追記 (PR #17)'),
             msgid=mid, irt='<kmoriyama/aws-cert-notes/pull/17@github.com>', refs='<kmoriyama/aws-cert-notes/pull/17@github.com>',
             body=multi('alternative', part(txt, cte='base64', cs='UTF-8'), part(h, 'html', cte='base64', cs='UTF-8')), sigdoms=['github.com'],
             extra=['X-GitHub-Sender: aoi-hasegawa', 'X-GitHub-Recipient: kmoriyama', 'X-GitHub-Reason: author',
                    'List-ID: kmoriyama/aws-cert-notes <aws-cert-notes.kmoriyama.github.com>', 'Precedence: list'])

    # 044: Credly badge from another issuer (HashiCorp)
    d = T(2025, 11, 12, 18, 3, 44)
    badge = ruuid()
    txt = fill("""Daniel,

HashiCorp has issued you a badge:

  HashiCorp Certified: Terraform Associate (003)

Accept your badge to display it on your Credly profile and share it with your network:
https://www.credly.com/badges/<<b>>/accept

Credly
""", b=badge)
    h = fill("""<div style="max-width:600px;margin:auto"><p>Daniel,</p><p>HashiCorp has issued you a badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/99289602-861e-4929-8277-773e63a2fa6f/image.png" width="130" alt=""><br><b>HashiCorp Certified: Terraform Associate (003)</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/<<b>>/accept" style="background:#1a73e8;color:#fff;padding:12px 30px;text-decoration:none">Accept your badge</a></p></div>""", b=badge)
    credly_mail(44, 'credly-hashicorp-badge', L('credly_badge_issued', None, [], True, 'en'),
                provider='o365', to=C_TO, d=d, frm='HashiCorp via Credly <admin@credly.com>',
                subject='HashiCorp sent you a badge', body=multi('alternative', part(txt), part(html(h), 'html')))

    # 045: Credly expiry reminder
    d = T(2025, 9, 15, 13, 0, 27)
    txt = """Hi Priya,

Your badge AWS Certified Developer - Associate, issued by AWS Training and
Certification, expires on October 28, 2025.

To keep your certification active, visit the issuer's recertification page:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/users/priya-raman.6f1c2a/badges

Credly
"""
    credly_mail(45, 'credly-expiry-reminder', L('unrelated', None, [], True, 'en'),
                provider='outlook', to=B_TO, d=d, frm='Credly <admin@credly.com>',
                subject='Your AWS Certified Developer - Associate badge expires soon',
                body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')))

    # 046: Credly's own account-merge code
    d = T(2026, 3, 4, 8, 27, 16)
    code = rdig(6)
    txt = """Hi Marcus,

We received a request to merge the Credly account registered to
m.lindqvist@fjordline-consulting.se into your account.

Your verification code is:

    %s

Enter this code on the Credly website and select Complete Account Merge.
The code expires in 15 minutes. If you did not make this request, you can
ignore this email.

Credly
""" % code
    credly_mail(46, 'credly-own-merge-code', L('unrelated', None, [], True, 'en'),
                provider='gmail', to=F_TO, d=d, frm='Credly <admin@credly.com>',
                subject='Your Credly account merge verification code',
                body=part(txt, cte='7bit', cs='us-ascii'))

    # 048: Pearson VUE booking (en)
    d = T(2026, 3, 10, 17, 44, 2)
    e = env('mail-out%d.pearsonvue.com' % random.randint(1, 4), '159.182.%d.%d' % (random.randint(1, 200), random.randint(2, 250)),
            'bounces@pearson.com', '<%s.JavaMail.%s@pvmail%d>' % (rdig(9), ralnum(6, 'abcdefghij'), random.randint(1, 9)))
    a = auth('pass', [('pass', 'pearson.com')], ('pass', 'reject', 'pearson.com'))
    txt = """Dear Marcus Lindqvist,

Thank you for scheduling your exam. Please keep this email for your records.

Candidate ID:         AWS05048823
Registration Number:  512873301
Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Language:             English
Date:                 Thursday, April 2, 2026
Time:                 10:00 AM Central European Summer Time
Location:             Online proctored (OnVUE)

Before exam day, run the system test from the same computer and network you will
use: https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your AWS Certification account at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
    gen_mail(48, 'pearson-vue-booking', L('unrelated', None, ['AWS05048823'], False, 'en'),
             provider='gmail', e=e, a=a, d=d, frm='Pearson VUE <pearsonvueconfirmation@pearson.com>', to=F_TO,
             subject='Pearson VUE Confirmation of Booking', msgid=e['msgid'],
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')), sigdoms=['pearson.com'])

    # 049: Pearson VUE booking (ja)
    d = T(2025, 7, 20, 22, 10, 31, JST)
    e = env('mail-out%d.pearsonvue.com' % random.randint(1, 4), '159.182.%d.%d' % (random.randint(1, 200), random.randint(2, 250)),
            'bounces@pearson.com', '<%s.JavaMail.%s@pvmail%d>' % (rdig(9), ralnum(6, 'abcdefghij'), random.randint(1, 9)))
    txt = """森山 健太 様

試験のご予約ありがとうございます。本メールは予約の控えとして保管してください。

受験者 ID　：aws04417263
登録番号　　：498102733
試験　　　　：SAA-C03: AWS Certified Solutions Architect - Associate（日本語）
日時　　　　：2025 年 8 月 9 日（土）13:30 日本標準時
会場　　　　：ピアソン VUE 公認テストセンター 東京 新宿

当日は、有効な身分証明書を 1 点ご持参のうえ、開始時刻の 30 分前までにお越しください。
予約の変更・キャンセルは、試験日の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
"""
    gen_mail(49, 'pearson-vue-yoyaku', L('unrelated', None, ['AWS04417263'], False, 'ja'),
             provider='gmail', e=e, a=a, d=d, frm=ad('ピアソン VUE', 'pearsonvueconfirmation@pearson.com'), to=A_TO,
             subject=ew('ピアソン VUE 試験予約の確認'), msgid=e['msgid'],
             body=part(txt, cs='iso-2022-jp', cte='7bit'), sigdoms=['pearson.com'], tz=JST)

    # 050: CertMetrics survey invitation (en)
    d = T(2025, 9, 1, 14, 30, 9)
    e = ses_env(d)
    e['mfdom'] = 'amazonses.com'
    a = auth('pass', [('pass', 'certmetrics.com'), ('pass', 'amazonses.com')], ('pass', 'none', 'certmetrics.com'))
    txt = """Hello Priya,

You recently earned AWS Certified Solutions Architect - Associate. AWS
Certification wants to hear from you!

Tell us about your exam and certification experience in a short survey
(about 5 minutes). Your feedback helps us improve the AWS Certification
program.

Take the survey: https://www.certmetrics.com/amazon/survey/?sid=8c1f33

Thank you,
AWS Certification

This is an automated message from do-not-reply@certmetrics.com. Please do not reply.
"""
    gen_mail(50, 'certmetrics-wants-to-hear', L('unrelated', None, [], False, 'en'),
             provider='outlook', e=e, a=a, d=d, frm='AWS Certification <do-not-reply@certmetrics.com>', to=B_TO,
             subject='AWS Certification wants to hear from you', msgid=e['msgid'],
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')), sigdoms=['certmetrics.com', 'amazonses.com'])

    # 051: CertMetrics recertification congratulations (ja)
    d = T(2026, 2, 20, 16, 12, 55, JST)
    e = ses_env(d)
    txt = """藤井 智子 様

AWS Certified CloudOps Engineer - Associate の再認定、おめでとうございます。

認定番号　：%s
検証番号　：7XK2P9QW3LMH1R5T
認定日　　：2026 年 2 月 19 日
有効期限　：2029 年 2 月 19 日

デジタルバッジは、まもなく Credly からのメールでお届けします。
認定証明書は AWS 認定アカウントの「認定」タブからダウンロードできます。

AWS 認定
本メールは送信専用アドレスから送信されています。
""" % rhex(32)
    gen_mail(51, 'certmetrics-saininteii', L('unrelated', None, [], False, 'ja'),
             provider='kawasemi', e=e, a=a, d=d, frm=ad('AWS 認定', 'do-not-reply@certmetrics.com'), to=D_TO,
             subject=ew('再認定おめでとうございます - AWS Certified CloudOps Engineer - Associate'), msgid=e['msgid'],
             body=part(txt, cte='quoted-printable'), sigdoms=['certmetrics.com', 'amazonses.com'], tz=JST)


# ================================================================ people: forwards, colleagues, auto-replies
def people():
    # 052: colleague forwards the completion mail (O365 internal)
    d = T(2025, 10, 10, 8, 14, 40)
    srv = 'BY5PR12MB%d.namprd12.prod.outlook.com' % random.randint(4000, 4999)
    mid = ms_msgid(srv)
    e = env(srv, '10.0.0.1', 'rachel.kim@northwind-analytics.com', mid)
    ht = tr_o365(C_ADDR, d + sec(1), e, auth('none', [], None), internal=True)
    ht = [x if not x.startswith('Authentication-Results') else
          'Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=northwind-analytics.com;' for x in ht]
    ht = [x for x in ht if not x.startswith('Received-SPF')]
    ht += ms_tail(d, scl=-1, internal=True)
    orig = fill("""Hi Daniel,

Update -

  AWS09913357  --> AWS02286104 ... DONE
  AWS 06645021 --> AWS02286104 ... DONE

Both old IDs retired. Transcript on AWS02286104 now lists all 4 certs.
Credly: transfer requested, expect their mail in 1-3 business days.

Anything else, reply via the console.
-- Anjali""")
    txt = fill("""Daniel - looks like AWS have finished combining your certification IDs (see
below; I was on the case as an additional contact). Could you check that your
SAP-C02 now shows under AWS02286104? I'd like to update the skills tracker
before the partner audit on Friday.

Thanks,
Rachel

Rachel Kim | L&D Programme Manager | Northwind Analytics

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, October 9, 2025 11:37 PM
To: Daniel Okafor <daniel.okafor@northwind-analytics.com>; Rachel Kim <rachel.kim@northwind-analytics.com>
Subject: RE:[CASE <<c>>] Merging my certification accounts

<<orig>>
""", c=C3, orig=orig)
    gen_mail(52, 'colleague-fw-done', L('unrelated', C3, ['AWS02286104'], False, 'en'),
             head_trace=ht, d=d, frm='Rachel Kim <rachel.kim@northwind-analytics.com>', to=C_TO,
             subject='FW: RE:[CASE %s] Merging my certification accounts' % C3, msgid=mid,
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')),
             extra=['Thread-Topic: RE:[CASE %s] Merging my certification accounts' % C3,
                    'Thread-Index: %s' % rb64(22), 'Accept-Language: en-US', 'Content-Language: en-US', 'X-MS-Has-Attach:',
                    'X-MS-TNEF-Correlator:'])

    # 053: user forwards the confirmation request to his work address (Google Workspace)
    d = T(2025, 5, 28, 8, 10, 33, JST)
    mid = gmail_msgid()
    e = env('mail-sor-f41.google.com', '209.85.220.41', A_ADDR, mid)
    a = auth('pass', [('pass', 'gmail.com')], ('pass', 'none', 'gmail.com'))
    conf = """森山 健太 様

ご返信いただきありがとうございます。
いただいた内容をもとに、以下のとおり作業を行う予定です。

　存続するアカウント：AWS04417263
　統合元のアカウント（作業後に無効となります）：AWS07731945

AWS07731945 に登録されている認定資格、受験履歴、および特典（次回受験時の
50% 割引など）は、すべて AWS04417263 に引き継がれます。

なお、この作業は一度実施すると元に戻すことができません。
上記の内容でよろしければ、本メールにそのままご返信いただき、
実施してよい旨をお知らせください。ご返信をいただくまで作業は保留いたします。

佐々木
Amazon Web Services
"""
    txt = fill("""会社のアドレスにも控えを転送しておきます。
AWS04417263 を残して AWS07731945 をまとめてもらう内容。さっき返信で OK した。

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年5月27日(火) 23:15
Subject: RE:[CASE <<c>>] [AWS Training and Certification Form Submission] - account-assistance
To: 森山健太 <k.moriyama.dev@gmail.com>


<<conf>>""", c=C1, conf=conf)
    h = '<div dir="ltr">' + p2h(txt.split('---------- Forwarded message ---------')[0]) + \
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;aws-cs-trainingcertification-form@amazon.com&gt;</span><br>Date: 2025年5月27日(火) 23:15<br>Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance<br>To: 森山健太 &lt;k.moriyama.dev@gmail.com&gt;<br></div><br><br>' % C1 + \
        p2h(conf) + '</div></div>'
    gen_mail(53, 'fwd-to-work-ja', L('unrelated', C1, ['AWS04417263', 'AWS07731945'], False, 'ja'),
             provider='gmail', e=e, a=a, d=d, frm=A_TO, to='kenta.moriyama@hoshizora-sys.co.jp',
             subject='Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1,
             msgid=mid, body=multi('alternative', part(txt, cte='base64'), part(h, 'html', cte='quoted-printable'),
                                   boundary='000000000000%s' % rhex(16)),
             sigdoms=['gmail.com'], tz=JST)

    # 054: colleague asks in-house (no Authentication-Results at all)
    d = T(2025, 12, 18, 14, 2, 37, JST)
    mid = '<%s@EXCH02.kawasemi-soft.co.jp>' % rhex(32)
    txt = """藤井さん

お疲れさまです。田中です。

先週話していた AWS 認定のアカウントをまとめる件、その後どうなりました？
パートナー申請用の資格一覧を更新したいので、最終的に使う受験者 ID
（AWS03359810 のほうでしたっけ？）を教えてもらえると助かります。

よろしくお願いします。

田中
"""
    h = '<div style="font-family:\'ＭＳ Ｐゴシック\'">' + p2h(txt) + '</div>'
    gen_mail(54, 'shanai-toiawase-noauth', L('unrelated', None, ['AWS03359810'], None, 'ja'),
             head_trace=tr_kawasemi_internal(d, 'PC-TANAKA-0218.kawasemi-soft.co.jp'), d=d,
             frm=ad('田中 俊介', 's-tanaka@kawasemi-soft.co.jp', 'ISO-2022-JP'), to=D_TO,
             subject=ew('認定アカウントの件', 'ISO-2022-JP'), msgid=mid,
             body=multi('alternative', part(txt, cs='iso-2022-jp', cte='7bit'), part(html(h), 'html', cs='iso-2022-jp', cte='7bit')),
             tz=JST, extra=['Thread-Topic: ' + ew('認定アカウントの件', 'ISO-2022-JP'), 'Thread-Index: %s' % rb64(22),
                            'Accept-Language: ja-JP, en-US', 'Content-Language: ja-JP', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
                            'X-Originating-IP: [10.20.5.118]'])

    # 055: out-of-office reply from the manager Priya copied (en)
    d = T(2025, 8, 12, 22, 48, 3)
    srv = 'AM9PR04MB%d.eurprd04.prod.outlook.com' % random.randint(7000, 8999)
    mid = ms_msgid(srv)
    e = env('EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.%d' % random.randint(40, 130),
            'j.whitfield@stellarcode.io', mid)
    a = auth('pass', [('pass', 'stellarcode.io')], ('pass', 'none', 'stellarcode.io'), ('pass', '100'))
    txt = """Hi,

Thanks for your message. I'm out of the office until Monday 18 August with
limited access to email. For anything urgent, please contact
engineering-ops@stellarcode.io.

Best,
James
"""
    gen_mail(55, 'ooo-auto-reply', L('unrelated', C2, [], False, 'en'),
             provider='outlook', e=e, a=a, d=d, frm='James Whitfield <j.whitfield@stellarcode.io>', to=B_TO,
             subject='Automatic reply: RE:[CASE %s] %s' % (C2, FORM_SUBJ), msgid=mid,
             irt='<DB9PR02MB%s@DB9PR02MB7123.eurprd02.prod.outlook.com>' % ralnum(20, '0123456789ABCDEF'),
             body=multi('alternative', part(txt), part(html(p2h(txt)), 'html')), sigdoms=['stellarcode.io'],
             extra=['Thread-Topic: RE:[CASE %s] %s' % (C2, FORM_SUBJ), 'Auto-Submitted: auto-replied',
                    'X-MS-Exchange-Inbox-Rules-Loop: j.whitfield@stellarcode.io', 'X-Auto-Response-Suppress: All',
                    'Content-Language: en-GB'])

    # 056: Japanese out-of-office (internal, no Authentication-Results)
    d = T(2025, 12, 16, 9, 31, 12, JST)
    mid = '<%s@EXCH02.kawasemi-soft.co.jp>' % rhex(32)
    txt = """お世話になっております。小林です。

誠に勝手ながら、12 月 16 日（火）から 12 月 19 日（金）まで出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合は情報システム部 代表
（is-desk@kawasemi-soft.co.jp）までご連絡ください。

小林 誠
株式会社かわせみソフト 情報システム部
"""
    gen_mail(56, 'fuzai-jidou-outou', L('unrelated', C4, [], None, 'ja'),
             head_trace=tr_kawasemi_internal(d, 'EXCH02.kawasemi-soft.co.jp'), d=d,
             frm=ad('小林 誠', 'm-kobayashi@kawasemi-soft.co.jp', 'ISO-2022-JP'), to=D_TO,
             subject=ew('自動応答:', 'ISO-2022-JP') + ' RE:[CASE %s] %s' % (C4, FORM_SUBJ), msgid=mid,
             body=part(txt, cs='iso-2022-jp', cte='7bit'), tz=JST,
             extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: ja-JP',
                    'X-MS-Exchange-Inbox-Rules-Loop: m-kobayashi@kawasemi-soft.co.jp'])


def main():
    t1(); t2(); t3(); t4(); t5(); t6()
    phish(); other_aws(); third_party(); people()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written to', OUT)


if __name__ == '__main__':
    main()
