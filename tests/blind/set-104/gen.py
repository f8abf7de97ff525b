#!/usr/bin/env python3
"""Generator for blind set 104: AWS Certification account-merge mail (paraphrase round 4)."""
import base64
import json
import os
import quopri
import random
import string
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(104104)
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
LON = ZoneInfo('Europe/London')
ROM = ZoneInfo('Europe/Rome')
BER = ZoneInfo('Europe/Berlin')
NY = ZoneInfo('America/New_York')

LABELS = {}
GEN = policy.compat32.clone(max_line_length=None)

AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')


# ---------------------------------------------------------------- helpers
def rs(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(random.choice(alphabet) for _ in range(n))


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return rs(n, string.ascii_letters + string.digits + '+/')


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit display id: unix seconds of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), random.randint(0, 99999))


def fmt(d, tz=None, label=False):
    if tz is not None:
        d = d.astimezone(tz)
    s = format_datetime(d)
    if label:
        s += ' (%s)' % d.tzname()
    return s


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, ruuid())


def gmail_id():
    return '<CA%s%s@mail.gmail.com>' % (rs(14, string.ascii_letters + string.digits + '+_-'),
                                        rs(30, string.ascii_letters + string.digits + '+_-='))


def outlook_id(regn='namprd12', host=None):
    h = host or ('%s%02dMB%d' % (random.choice(['BY5PR', 'SA1PR', 'DM6PR', 'PH0PR']), random.randint(10, 19),
                                 random.randint(1000, 9999)))
    return '<%s%s@%s.%s.prod.outlook.com>' % (h, rs(14, string.ascii_uppercase + string.digits), h, regn)


def subj(s, charset='utf-8'):
    """Return a subject; non-ASCII ones become (possibly several) encoded-words."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, mail, charset='utf-8'):
    if name is None:
        return mail
    return formataddr((name, mail), charset=charset)


def ses_ip():
    return random.choice(['54.240.8.%d', '54.240.9.%d', '54.240.10.%d', '54.240.11.%d',
                          '54.240.48.%d', '23.251.234.%d']) % random.randint(2, 250)


def ses_host(ip):
    a, b, c, d = ip.split('.')
    if a == '54':
        return 'a%s-%s.smtp-out.amazonses.com' % (c, d)
    return 'e%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_sig(domain, d, selector=None, heads='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    sel = selector or rs(32, string.ascii_lowercase + string.digits)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' %
            (sel, domain, int(d.timestamp()), heads, rb64(42), rb64(68), rb64(100)))


# ---------------------------------------------------------------- transport
def ar_value(style, v):
    """v: dict(spf, mailfrom, ip, dkim=[(res, domain)], dmarc, hfrom, p)"""
    spf, mf, ip = v['spf'], v['mailfrom'], v['ip']
    mfdom = mf.split('@')[-1]
    dk = v.get('dkim', [])
    dmarc, hfrom, p = v['dmarc'], v['hfrom'], v.get('p', 'QUARANTINE')
    if style == 'gmail':
        parts = []
        for res, dom in dk:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, rs(12, string.ascii_lowercase + string.digits), rs(8)))
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mf, ip, mf))
        if dmarc == 'none':
            pass
        else:
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, p, p, 'NONE' if dmarc == 'pass' else p, hfrom))
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        d = dk[0] if dk else ('none', 'none')
        dkt = {'pass': 'pass (signature was verified)', 'fail': 'fail (body hash did not verify)',
               'none': 'none (message not signed)'}[d[0]]
        comp = {'pass': 'pass reason=100', 'fail': 'fail reason=000', 'none': 'softpass reason=201'}.get(dmarc, 'none reason=405')
        act = 'action=none' if dmarc in ('pass', 'none') else 'action=quarantine'
        return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s %s\n header.from=%s;compauth=%s' %
                (spf, ip, mfdom, dkt, d[1], dmarc, act, hfrom, comp))
    if style == 'fastmail':
        parts = ['%s;' % v.get('host', 'mx4.messagingengine.com')]
        for res, dom in dk:
            parts.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;'
                         % (res, dom, dom, rs(8), rs(10, string.ascii_lowercase)))
        parts.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;'
                     % (dmarc, p.lower(), p.lower(), hfrom))
        parts.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (spf, mf, v.get('helo', ses_host(ip))))
        return '\n    '.join(parts)
    if style.startswith('jp:'):
        host = style[3:]
        parts = ['%s;' % host, 'spf=%s smtp.mailfrom=%s;' % (spf, mf)]
        for res, dom in dk:
            parts.append('dkim=%s header.d=%s header.s=%s;' % (res, dom, rs(10, string.ascii_lowercase + string.digits)))
        if not dk:
            parts.append('dkim=none;')
        parts.append('dmarc=%s header.from=%s' % (dmarc, hfrom))
        return ' '.join(parts[:2]) + '\n\t' + '\n\t'.join(parts[2:])
    raise ValueError(style)


def transport(style, d, rcpt, v, from_host=None):
    """Headers a receiving provider prepends (top first)."""
    ip = v['ip']
    fh = from_host or ses_host(ip)
    t1 = d + timedelta(seconds=random.randint(1, 3))
    t2 = t1 + timedelta(seconds=random.randint(0, 2))
    h = []
    if style == 'gmail':
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rs(12, string.ascii_lowercase + string.digits), fmt(t2, PT, True))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)))
        h.append(('X-Received', 'by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
                  % (rhex(4), rhex(3), rhex(4), rs(13, string.ascii_lowercase + string.digits), random.randint(100, 999), int(t2.timestamp()) % 10000000000, fmt(t2, PT))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (int(t1.timestamp()), rb64(70), rb64(60))))
        arv = ar_value('gmail', v)
        h.append(('ARC-Authentication-Results', 'i=1; ' + arv))
        h.append(('Return-Path', '<%s>' % v['mailfrom']))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (fh, fh, ip, rs(22, string.ascii_lowercase + string.digits), random.randint(1, 999), random.randint(100, 999), rcpt, fmt(t1, PT, True))))
        spfw = 'pass' if v['spf'] == 'pass' else v['spf']
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (spfw, v['mailfrom'], 'designates' if spfw == 'pass' else 'does not designate', ip, ip)))
        h.append(('Authentication-Results', arv))
    elif style == 'outlook':
        reg = v.get('region', 'namprd')
        regn = '%s%02d' % (reg, random.randint(1, 20))
        mb = '%s%02dMB%d' % (random.choice(['SA1PR', 'DM6PR', 'PH7PR', 'BY5PR']) if reg == 'namprd' else random.choice(['TYCPR', 'OS3PR', 'TYWPR']), random.randint(10, 19), random.randint(1000, 9999))
        mb2 = mb[:-4] + str(random.randint(1000, 9999))
        fe = '%s%s%s.%s.PROD.OUTLOOK.COM' % (random.choice(['BN9P', 'CH2P', 'SJ0P']) if reg == 'namprd' else random.choice(['OS0P', 'TYAP', 'TY2P']),
                                             random.randint(220, 299), 'CA%04d' % random.randint(1, 9999), ('NAMP' if reg == 'namprd' else 'JPNP') + str(random.randint(220, 299)))
        ep = '%s%s.mail.protection.outlook.com' % ('SN1PEPF' if reg == 'namprd' else 'OS1PEPF', '0000%04X' % random.randint(0x1000, 0xFFFF))
        ver = '15.20.%d.%d' % (random.randint(8100, 8900), random.randint(10, 40))
        a6 = '2603:10b6:%s:%s::%d' % (rhex(3), rhex(3), random.randint(5, 30))
        h.append(('Received', 'from %s.%s.prod.outlook.com (%s)\n by %s.%s.prod.outlook.com with HTTPS; %s'
                  % (mb, regn, a6, mb2, regn, fmt(t2))))
        h.append(('Received', 'from %s (2603:10b6:%s:%s::%d) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
                  % (fe, rhex(3), rhex(2), random.randint(5, 40), mb, regn, a6, ver, fmt(t2))))
        h.append(('Authentication-Results', ar_value('outlook', v)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % (v['spf'].capitalize(), v['mailfrom'].split('@')[-1], 'designates' if v['spf'] == 'pass' else 'does not designate', ip, ip, fh)))
        h.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s'
                  % (fh, ip, ep, random.randint(0, 255), random.randint(0, 255), ver, fmt(t1))))
        h.append(('X-MS-Exchange-Organization-ExpirationStartTime', t1.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'))
        h.append(('X-MS-Exchange-Organization-AuthSource', ep))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        h.append(('X-MS-Exchange-Organization-SCL', '1'))
    elif style == 'fastmail':
        host = 'mx%d.messagingengine.com' % random.randint(1, 8)
        v = dict(v, host=host)
        h.append(('Return-Path', '<%s>' % v['mailfrom']))
        h.append(('Received', 'from compute%d.internal (compute%d.internal [10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s'
                  % (random.randint(1, 9), random.randint(1, 9), random.randint(2, 250), random.randint(10, 60), rhex(7), fmt(t2, ROM))))
        h.append(('X-Cyrus-Session-Id', 'sloti%d-%s' % (random.randint(10, 60), rs(12))))
        h.append(('Received', 'from %s ([%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (fh, ip, host, rs(11, string.ascii_uppercase + string.digits), rcpt, fmt(t1, ROM))))
        h.append(('Authentication-Results', ar_value('fastmail', v)))
    elif style.startswith('jp:'):
        host = style[3:]
        h.append(('Return-Path', '<%s>' % v['mailfrom']))
        h.append(('Received', 'from %s ([%s])\n\tby mta-rcv%02d.%s with ESMTP\n\tid <%s.%s.mta-rcv%02d@%s>\n\tfor <%s>; %s'
                  % (fh, ip, random.randint(1, 20), host, t1.astimezone(UTC).strftime('%Y%m%d%H%M%S'), rs(8, string.ascii_uppercase + string.digits), random.randint(1, 20), host, rcpt, fmt(t1, JST))))
        h.append(('Authentication-Results', ar_value(style, v)))
        h.append(('X-Received-From', ip))
    return h


def ses_v(d, hfrom='amazon.com', region='us-east-1', mid=None, **kw):
    ip = ses_ip()
    mid = mid or ses_id(d)
    v = dict(mid=mid, spf='pass', mailfrom='%s@%s' % (mid[1:].split('@')[0], 'email.amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'),
             ip=ip, dkim=[('pass', hfrom), ('pass', 'amazonses.com')], dmarc='pass', hfrom=hfrom)
    v.update(kw)
    return v


def credly_v(**kw):
    ip = '149.72.%d.%d' % (random.randint(100, 250), random.randint(2, 250))
    v = dict(spf='pass', mailfrom='bounces+%d-%s-%s=%s@em.credly.com' % (random.randint(1000000, 9999999), rhex(4), 'user', 'x'),
             ip=ip, dkim=[('pass', 'credly.com'), ('pass', 'sendgrid.info')], dmarc='pass', hfrom='credly.com', p='REJECT')
    v.update(kw)
    return v


# ---------------------------------------------------------------- bodies
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, encoding=None):
    raw = text.encode(encoding or charset)
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts_, sub='alternative'):
    m = MIMEMultipart(sub)
    for p in parts_:
        del p['MIME-Version']
        m.attach(p)
    return m


def build(fname, body, headers, label):
    """headers: list of (name, value) in final order (transport first)."""
    existing = list(body.items())
    for k in {k for k, _ in existing}:
        del body[k]
    for k, v in headers:
        if v is not None:
            body[k] = v
    if not any(k == 'MIME-Version' for k, _ in existing):
        body['MIME-Version'] = '1.0'
    for k, v in existing:
        body[k] = v
    data = body.as_bytes(policy=GEN)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    assert fname not in LABELS, fname
    LABELS[fname] = label


def L(kind, case_id, ids, verified, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
            'sender_verified': verified, 'language': lang}


def aws_mail(fname, d, frm, to, subject, body, label, style, rcpt=None, v=None, extra=(), sender_hdrs=None, cs='utf-8'):
    """A mail sent through SES by AWS (genuine unless v says otherwise)."""
    v = v or ses_v(d)
    hs = transport(style, d, rcpt or to[1], v) if style else []
    hs += [('DKIM-Signature', dkim_sig(v['hfrom'], d)),
           ('DKIM-Signature', dkim_sig('amazonses.com', d, selector='224i4yxa5dv7c2xz3womw6peuasteono'))]
    if sender_hdrs:
        hs += sender_hdrs
    mid = v.get('mid') or ses_id(d)
    hs += [('From', addr(*frm, charset=cs)), ('To', addr(*to, charset=cs) if isinstance(to, tuple) else to),
           ('Subject', subject), ('Date', fmt(d, UTC)), ('Message-ID', mid)]
    hs += list(extra)
    hs += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
           ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), v['ip']))]
    build(fname, body, hs, label)
    return mid


def credly_mail(fname, d, frm_name, to, subject, body, label, style, v=None, frm_addr='admin@credly.com', cs='utf-8'):
    v = v or credly_v()
    hs = transport(style, d, to[1], v, from_host='o%d.ptr%d.credly.com' % (random.randint(1, 9), random.randint(1000, 9999)))
    hs += [('DKIM-Signature', dkim_sig('credly.com', d, selector='s1', heads='from:reply-to:subject:mime-version:to:content-type:cc:content-type:from:subject:to')),
           ('From', addr(frm_name, frm_addr, charset=cs)), ('Reply-To', 'support@credly.com'), ('To', addr(*to, charset=cs)),
           ('Subject', subject), ('Date', fmt(d, UTC)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rs(22, string.ascii_letters + string.digits + '_-'), random.randint(1, 40))),
           ('X-SG-EID', rb64(60)), ('X-Entity-ID', 'u001.' + rs(22))]
    build(fname, body, hs, label)


# ---------------------------------------------------------------- people
DAN = ('Daniel Okafor', 'dan.okafor.cloud@gmail.com')
PRIYA = ('Priya Raman', 'priya.raman@contoso-analytics.com')
KENTA = ('佐藤 健太', 'kenta.sato.0214@gmail.com')
AYA = ('山本 彩', 'aya.yamamoto@nifty.com')
MARCO = ('Marco Bellini', 'marco.bellini@fastmail.com')
SHO = ('中村 翔', 'sho.nakamura@tks-systems.co.jp')
MISAKI = ('小林 美咲', 'misaki-k@biglobe.ne.jp')
HANNAH = ('Hannah Schulz', 'hannah.schulz.it@gmail.com')
OLIVIA = ('Olivia Chen', 'olivia.chen88@outlook.com')
DAISUKE = ('伊藤 大輔', 'd-ito@kf7.so-net.ne.jp')


PARTS = []


def register(fn):
    PARTS.append(fn)
    return fn


# ---------------------------------------------------------------- thread A: Daniel, form desk, terse agent
A_OPEN = dt(2025, 2, 11, 14, 3, 27)
A_CASE = '173928260700417'
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
AWS_FOOT_EN = ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark\n'
               'of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,\n'
               '410 Terry Ave. North, Seattle, WA 98109-5210\n')


@register
def thread_a():
    d = A_OPEN + timedelta(seconds=41)
    t = ('Hello Daniel,\n\n'
         'Thanks for writing to AWS Training and Certification about your certification account.\n\n'
         'Your form came through and is now in the queue of our certification team under\n'
         'reference %s. One of us will read it and answer at this address, usually within\n'
         'one business day.\n\n'
         'While you wait:\n'
         ' - Please do not send the form a second time. A duplicate only moves you further back in line.\n'
         ' - If you think of something to add, simply answer this message and keep the reference\n'
         '   in the subject line so it lands with the same person.\n\n'
         'Kind regards,\n'
         'AWS Training and Certification' % A_CASE) + AWS_FOOT_EN
    aws_mail('001-aws-tc-form-okafor.eml', d, AWS_FORM, DAN,
             'Thanks for writing to AWS Training and Certification [Ref %s]' % A_CASE,
             part(t), L('case_created', A_CASE, [], True, 'en'), 'gmail')

    d = dt(2025, 2, 12, 10, 17, 5)
    t = ('Hi Daniel,\n\n'
         'Two profiles on our side:\n\n'
         '  AWS40718263  - dan.okafor.cloud@gmail.com      - stays\n'
         '  aws 93051724 - d.okafor@hallbergsystems.com    - goes into the one above, then gets shut down\n\n'
         'Everything on the second one (exam history, SAA-C03, the 50% voucher) moves to the first.\n'
         'There is no way back once it runs.\n\n'
         'If that is what you want, answer "yes" on this thread. If not, tell me what to change.\n\n'
         'Tomasz\n'
         'AWS Training & Certification Support\n\n'
         '-----Original Message-----\n'
         'Inquiry type: Certification\n'
         'Detail: Account Merge\n'
         'AWS candidate ID: AWS40718263\n'
         'Description: I ended up with two certification logins, one from my previous job. Please put\n'
         'everything on the gmail one. The old candidate id is AWS93051724.\n')
    aws_mail('002-re-case-okafor-profiles.eml', d, AWS_FORM, DAN, A_SUBJ,
             part(t, cte='base64'),
             L('merge_confirmation_requested', A_CASE, ['AWS40718263', 'AWS93051724'], True, 'en'), 'gmail')

    d = dt(2025, 2, 12, 19, 40, 51)
    t = ('Thanks. Passed to the records team.\n\n'
         'I will write again once it has gone through; usually 1-3 working days. Nothing needed from\n'
         'you meanwhile.\n\n'
         'Tomasz\n'
         'AWS Training & Certification Support\n\n'
         'On Wed, Feb 12, 2025 at 7:02\u202fPM Daniel Okafor <dan.okafor.cloud@gmail.com> wrote:\n'
         '> Yes, go ahead. The gmail one should stay.\n'
         '>\n'
         '> On Wed, Feb 12, 2025 at 11:17\u202fAM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
         '> > Hi Daniel,\n'
         '> >\n'
         '> > Two profiles on our side:\n'
         '> >\n'
         '> >   AWS40718263  - dan.okafor.cloud@gmail.com      - stays\n'
         '> >   aws 93051724 - d.okafor@hallbergsystems.com    - goes into the one above, then gets shut down\n'
         '> >\n'
         '> > Everything on the second one (exam history, SAA-C03, the 50% voucher) moves to the first.\n'
         '> > There is no way back once it runs.\n'
         '> >\n'
         '> > If that is what you want, answer "yes" on this thread. If not, tell me what to change.\n'
         '> >\n'
         '> > Tomasz\n')
    aws_mail('003-re-case-okafor-thanks.eml', d, AWS_FORM, DAN, A_SUBJ,
             part(t), L('support_reply', A_CASE, [], True, 'en'), 'gmail')

    d = dt(2025, 2, 14, 8, 55, 12)
    t = ('Daniel,\n\n'
         'AWS40718263 now holds everything: three certifications, full exam history and the 50% voucher.\n'
         'The old profile (AWS93051724) is gone, so signing in with d.okafor@hallbergsystems.com will not\n'
         'work any more.\n\n'
         'Credly: the badges from the old profile will turn up at your gmail address within a couple of\n'
         'days. Accept them there.\n\n'
         'Tomasz\n'
         'AWS Training & Certification Support\n')
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<p>Daniel,</p>'
         '<p><b>AWS40718263</b> now holds everything: three certifications, full exam history and the 50% voucher. '
         'The old profile (AWS93051724) is gone, so signing in with d.okafor@hallbergsystems.com will not work any more.</p>'
         '<p>Credly: the badges from the old profile will turn up at your gmail address within a couple of days. Accept them there.</p>'
         '<p>Your benefits page: <a href="https://www.aws.training/Certification">aws.training/Certification</a></p>'
         '<p>Tomasz<br>AWS Training &amp; Certification Support</p></body></html>')
    aws_mail('004-re-case-okafor-feb14.eml', d, AWS_FORM, DAN, A_SUBJ,
             alt(part(t), part(h, 'html')),
             L('merge_completed', A_CASE, ['AWS40718263', 'AWS93051724'], True, 'en'), 'gmail')

    d = dt(2025, 2, 14, 9, 2, 40)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">'
         '<table width="600" align="center" style="background:#fff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">'
         '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>'
         '<tr><td style="padding:24px">'
         '<p>Hello Daniel,</p>'
         '<p>We have set your request <b>%s</b> aside as finished on our side.</p>'
         '<p>Did we sort out what you came to us for?</p>'
         '<p><a href="https://pulse.aws/s/%s?ans=yes&amp;cid=%s" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">Yes</a>&nbsp;&nbsp;'
         '<a href="https://pulse.aws/s/%s?ans=no&amp;cid=%s" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">No</a></p>'
         '<p>One more click tells us how Tomasz handled it; it takes under a minute and goes straight to the people who train our team.</p>'
         '<p>If something is still open, answer this message within 14 days and the same agent will pick it up again.</p>'
         '<p>AWS Training and Certification</p></td></tr>'
         '<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>'
         '</table></body></html>') % (A_CASE, rs(10), A_CASE, rs(10), A_CASE)
    aws_mail('005-aws-tc-two-questions.eml', d, AWS_FORM, DAN,
             'Two questions about your recent contact with AWS Training and Certification [CASE %s]' % A_CASE,
             part(h, 'html', cte='base64'), L('survey', A_CASE, [], True, 'en'), 'gmail')

    d = dt(2025, 2, 14, 16, 31, 9)
    t = ('Daniel, Amazon Web Services Training and Certification has recognized you with\n'
         'AWS Certified Solutions Architect - Associate.\n\n'
         'Add it to your profile: https://www.credly.com/earner/earned/badge/%s\n\n'
         'Credly, Inc. | 100 Park Ave, Suite 1600, New York, NY 10017\n' % ruuid())
    bid = ruuid()
    h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">'
         '<table width="560" align="center" style="background:#fff;padding:30px">'
         '<tr><td><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="110" alt=""></td></tr>'
         '<tr><td><h2 style="font-weight:400">Daniel, your hard work paid off.</h2>'
         '<p>Amazon Web Services Training and Certification has recognized you with '
         '<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>'
         '<p>Put it where people can see it: your Credly profile, LinkedIn, an email signature. '
         'Each one links back to a verified record of what you did to earn it.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0f6a8b;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept</a></p>'
         '<p style="font-size:12px;color:#777">Not sure why you got this? It was sent to dan.okafor.cloud@gmail.com because '
         'an organization you work with uses Credly.</p></td></tr></table></body></html>') % (ruuid(), bid)
    credly_mail('006-credly-okafor-saa.eml', d,
                'Amazon Web Services Training and Certification via Credly', DAN,
                subj('Daniel, AWS Certified Solutions Architect \u2013 Associate is yours to claim'),
                alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html')),
                L('credly_badge_issued', None, [], True, 'en'), 'gmail')


# ---------------------------------------------------------------- thread B: Priya, console case, chatty agent
B_OPEN = dt(2025, 6, 17, 8, 41, 10)
B_CASE = '175014967042816'
B_TOPIC = 'Combine two AWS Certification profiles'
CONSOLE_FOOT_EN = ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the '
                   'AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the '
                   'correspondence.\n\n'
                   'Best regards,\nAmazon Web Services\n\n'
                   '======================================================\n\n'
                   'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                   '(If you are connecting by federation, log in before following the link.)\n\n'
                   '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                   'Please use the link above if you need to contact us again about this same issue.\n\n'
                   '====================================================================\n'
                   'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
                   'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., '
                   '410 Terry Ave. North, Seattle, WA 98109-5210\n')
B_MAIL5 = ('Hi Priya,\n\n'
           'Happy Monday! I just heard back from the team, and I\'m delighted to pass this on: everything that\n'
           'used to live on AWS61829047 (your Cloud Practitioner, the Solutions Architect Associate and all of the\n'
           'exam history) now sits under AWS27560394. The older profile has been switched off for good, so from\n'
           'now on you only ever need to sign in with priya.raman@contoso-analytics.com.\n\n'
           'Your Credly badges will follow over the next day or two. Credly will write to you at the same address\n'
           'and you just need to accept them.\n\n'
           'Since that covers everything you asked for, I\'ll close this one on my side. You might get a short note\n'
           'asking how I did. I\'d really appreciate it if you could spare it a minute!\n\n'
           'Take care,\n'
           'Alex M.\n')


def console_reply_en(case, body):
    return body + CONSOLE_FOOT_EN % case


@register
def thread_b():
    rc = PRIYA[1]
    d = B_OPEN + timedelta(seconds=6)
    t = ('Hello,\n\n'
         'Thank you for reaching out to Amazon Web Services. Your question is now with our Support team and\n'
         'has been given the reference below.\n\n'
         'Reference: %s\n'
         'Subject: %s\n'
         'Severity: General guidance\n\n'
         'To read or add to it at any time, sign in to the Support Center:\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         'An engineer will write back there, and we will send a notice to this address when they do.\n'
         'Replies to this email address are not monitored.\n\n'
         'Sincerely,\nAmazon Web Services\n') % (B_CASE, B_TOPIC, B_CASE)
    aws_mail('007-aws-support-request-open.eml', d, AWS_NOREPLY, PRIYA,
             'Amazon Web Services: support request %s is now open' % B_CASE,
             part(t + AWS_FOOT_EN), L('case_created', B_CASE, [], True, 'en'), 'outlook', v=ses_v(d))

    d = dt(2025, 6, 19, 13, 22, 48)
    h = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">'
         '<p>Hello,</p>'
         '<p>There is a fresh reply from an AWS Support engineer on request <b>%s</b> (%s).</p>'
         '<p>Sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a> '
         'to read it and to answer. Messages sent to this address are not read by anyone.</p>'
         '<p>Sincerely,<br>Amazon Web Services</p>'
         '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
         '410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>') % (B_CASE, B_TOPIC, B_CASE)
    aws_mail('008-aws-support-fresh-reply.eml', d, AWS_NOREPLY, PRIYA,
             '[Case %s] A reply is waiting for you in the Support Center' % B_CASE,
             part(h, 'html'), L('support_reply', B_CASE, [], True, 'en'), 'outlook')

    d = dt(2025, 6, 19, 13, 22, 51)
    t = ('Hi Priya,\n\n'
         'Thanks so much for bearing with me while I dug into this, and sorry it took a couple of days. It has\n'
         'been a busy week over here!\n\n'
         'Good news: I found both of your certification profiles. Here is what I would like to set up, so\n'
         'please have a careful read:\n\n'
         '  \u2022 The one we keep: AWS27560394 (priya.raman@contoso-analytics.com)\n'
         '  \u2022 The one that gets folded in and then switched off: aws61829047 (priya.r.2016@yahoo.com)\n\n'
         'Everything on the second one (your Cloud Practitioner, the Solutions Architect Associate, your exam\n'
         'history) would end up under the first.\n\n'
         'One important thing: once I kick this off I can\'t reverse it, so I want to be 100% sure we have it\n'
         'the right way round. Could you pop back into the case and tell me that\'s the setup you want (or\n'
         'which way round it should be)? As soon as I hear from you I\'ll get it moving.\n\n'
         'Have a lovely rest of your week!\n\n'
         'Alex M.\n')
    aws_mail('009-re-case-priya-two-profiles.eml', d, AWS_NOREPLY, PRIYA,
             'RE:[CASE %s] %s' % (B_CASE, B_TOPIC),
             part(console_reply_en(B_CASE, t)),
             L('merge_confirmation_requested', B_CASE, ['AWS27560394', 'AWS61829047'], True, 'en'), 'outlook')

    d = dt(2025, 6, 20, 7, 5, 33)
    t = ('Hi Priya,\n\n'
         'Perfect, thank you! That\'s all I needed.\n\n'
         'I\'ve handed everything over to our certification operations folks. It normally takes them one to\n'
         'three business days. When they\'re finished I\'ll drop you a note right here, and from then on\n'
         'AWS27560394 will be the only login you need. Your badges should then start heading over to Credly\n'
         'under your work address too, so keep an eye out for an email from them after my note.\n\n'
         'Talk soon,\n'
         'Alex M.\n')
    aws_mail('010-re-case-priya-handed-over.eml', d, AWS_NOREPLY, PRIYA,
             'RE:[CASE %s] %s' % (B_CASE, B_TOPIC),
             part(console_reply_en(B_CASE, t), cte='base64'),
             L('support_reply', B_CASE, ['AWS27560394'], True, 'en'), 'outlook')

    d = dt(2025, 6, 23, 15, 48, 2)
    t = console_reply_en(B_CASE, B_MAIL5)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">' +
         ''.join('<p>%s</p>' % x.replace('\n', ' ') for x in B_MAIL5.strip().split('\n\n')) +
         '<hr><p style="font-size:12px">How did Alex do? Select the stars in the top right corner of the correspondence in the '
         '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>'
         '</body></html>') % B_CASE
    aws_mail('011-re-case-priya-jun23.eml', d, AWS_NOREPLY, PRIYA,
             'RE:[CASE %s] %s' % (B_CASE, B_TOPIC),
             alt(part(t), part(h, 'html')),
             L('merge_completed', B_CASE, ['AWS27560394', 'AWS61829047'], True, 'en'), 'outlook')

    d = dt(2025, 6, 23, 15, 49, 40)
    t = ('Priya,\n\nYour AWS Support request %s (%s) was closed on June 23, 2025.\n\n'
         'Did Alex answer your question? Yes: https://pulse.aws/s/%s?r=1&case=%s  No: https://pulse.aws/s/%s?r=0&case=%s\n'
         % (B_CASE, B_TOPIC, rs(10), B_CASE, rs(10), B_CASE))
    h = ('<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">'
         '<h3 style="font-weight:400">Priya, do you have a minute for us?</h3>'
         '<p>Your AWS Support request <b>%s</b> (%s) was closed on June 23, 2025.</p>'
         '<p><b>Did Alex answer your question?</b></p>'
         '<p><a href="https://pulse.aws/s/x?r=1&amp;case=%s">Yes</a> &nbsp;|&nbsp; <a href="https://pulse.aws/s/x?r=0&amp;case=%s">No</a></p>'
         '<p>On a scale from 1 to 5, how easy was it to get help?</p>'
         '<p><a href="https://pulse.aws/s/x?e=1">1</a> <a href="https://pulse.aws/s/x?e=2">2</a> <a href="https://pulse.aws/s/x?e=3">3</a> '
         '<a href="https://pulse.aws/s/x?e=4">4</a> <a href="https://pulse.aws/s/x?e=5">5</a></p>'
         '<p>Anything we should do differently next time? There is a free-text box on the next page.</p>'
         '<p style="font-size:11px;color:#687078">You are receiving this because you contacted AWS Support. '
         'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>') % (B_CASE, B_TOPIC, B_CASE, B_CASE)
    aws_mail('012-aws-support-a-minute.eml', d, AWS_NOREPLY, PRIYA,
             'Priya, a minute for AWS Support? (%s)' % B_CASE,
             alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html', cte='base64')),
             L('survey', B_CASE, [], True, 'en'), 'outlook')

    # forward by the user to a colleague (internal Exchange, no DKIM)
    d = dt(2025, 6, 24, 9, 12, 7, LON)
    fwd_hdr = ('________________________________\n'
               'From: Amazon Web Services <no-reply-aws@amazon.com>\n'
               'Sent: Monday, June 23, 2025 4:48 PM\n'
               'To: Priya Raman <priya.raman@contoso-analytics.com>\n'
               'Subject: RE:[CASE %s] %s\n\n' % (B_CASE, B_TOPIC))
    t = ('Hi Maya,\n\n'
         'For the certification tracker: my AWS profile is now just AWS27560394. The old number\n'
         '(AWS61829047) can come off the sheet, see below from AWS.\n\n'
         'Thanks!\nPriya\n\n' + fwd_hdr + B_MAIL5)
    mb = 'DM6PR14MB%d' % random.randint(1000, 9999)
    hs = [('Received', 'from %s.namprd14.prod.outlook.com (2603:10b6:5:%s::%d) by\n %s.namprd14.prod.outlook.com with HTTPS; %s'
           % (mb, rhex(3), random.randint(5, 30), mb, fmt(d + timedelta(seconds=1), UTC))),
          ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=contoso-analytics.com;'),
          ('From', addr(*PRIYA)), ('To', addr('Maya Lindqvist', 'maya.lindqvist@contoso-analytics.com')),
          ('Subject', 'FW: RE:[CASE %s] %s' % (B_CASE, B_TOPIC)),
          ('Thread-Topic', 'RE:[CASE %s] %s' % (B_CASE, B_TOPIC)),
          ('Thread-Index', 'AQHb' + rb64(28)), ('Date', fmt(d)),
          ('Message-ID', outlook_id('namprd14', mb)), ('Accept-Language', 'en-GB, en-US'),
          ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
          ('X-MS-Exchange-Organization-SCL', '-1')]
    build('013-fw-priya-tracker.eml', part(t), hs,
          L('unrelated', B_CASE, ['AWS27560394', 'AWS61829047'], False, 'en'))

    d = dt(2025, 6, 25, 11, 3, 55)
    h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">'
         '<table width="560" align="center" cellpadding="24"><tr><td>'
         '<h2 style="font-weight:400">Hi Priya,</h2>'
         '<p>After a change to your AWS Certification profile, two credentials from '
         '<b>Amazon Web Services Training and Certification</b> are now connected to priya.raman@contoso-analytics.com:</p>'
         '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>'
         '<p>They will appear on your public profile as soon as you accept them.</p>'
         '<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Accept credentials</a></p>'
         '<p style="font-size:12px;color:#888">Questions? Visit support.credly.com. Credly, Inc., 100 Park Ave, New York, NY 10017</p>'
         '</td></tr></table></body></html>') % rs(16)
    credly_mail('014-credly-new-home.eml', d, 'Amazon Web Services Training and Certification via Credly', PRIYA,
                'Your AWS credentials have a new home on Credly', part(h, 'html'),
                L('credly_badge_issued', None, [], True, 'en'), 'outlook')


# ---------------------------------------------------------------- thread C: Kenta, form desk (ja), formal agent
C_OPEN = dt(2025, 5, 27, 23, 2, 0, JST)
C_CASE = '174835452001937'
C_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE
C_REQ = ('佐藤 健太 様\n\n'
         'お世話になっております。AWS トレーニングと認定 サポートの鈴木でございます。\n\n'
         'お客様のご登録状況を拝見いたしましたところ、認定アカウントが 2 つ存在しておりました。\n'
         'ご依頼の趣旨に沿い、以下のとおり一本化する準備を整えております。\n\n'
         '　残すアカウント　　　　：AWS50392716（kenta.sato.0214@gmail.com）\n'
         '　取り込まれるアカウント：AWS 18264039（k.sato@minato-denki.co.jp）\n\n'
         '取り込まれる側に記録されている認定資格、受験履歴、特典（次回受験 50% 割引など）は、\n'
         'すべて AWS50392716 に移り、AWS 18264039 はその後ご利用いただけなくなります。\n'
         'なお、本手続きは実施後に元の状態へ戻すことができません。\n\n'
         '上記の内容で差し支えないかどうか、本メールへのご返信にてお知らせいただけますでしょうか。\n'
         'ご返信をいただき次第、手続きに着手いたします。\n\n'
         '何卒よろしくお願い申し上げます。\n\n'
         '鈴木\n'
         'AWS トレーニングと認定 サポート\n')


def quote(text, mark='> '):
    return ''.join((mark + l).rstrip() + '\n' for l in text.rstrip('\n').split('\n'))


@register
def thread_c():
    d = C_OPEN + timedelta(seconds=38)
    t = ('佐藤 健太 様\n\n'
         'AWS トレーニングと認定にご連絡いただき、ありがとうございます。\n\n'
         'お送りいただいたフォームの内容は、認定サポートチームの担当者の手元に届いております。\n'
         '担当者が内容を拝見のうえ、通常 1 営業日以内に、このメールアドレス宛てにご返答いたします。\n\n'
         '　お問い合わせ番号: %s\n\n'
         '追加でお伝えになりたいことがございましたら、件名の番号を残したまま本メールにご返信ください。\n'
         '同じ内容で改めてフォームを送信されますと、ご返答までにかえってお時間をいただく場合がございます。\n\n'
         'AWS トレーニングと認定\n\n'
         'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n'
         '410 Terry Ave. North, Seattle, WA 98109-5210\n') % C_CASE
    aws_mail('015-aws-tc-renraku-sato.eml', d, AWS_FORM, KENTA,
             subj('AWS トレーニングと認定へのご連絡ありがとうございます [番号 %s]' % C_CASE, 'iso-2022-jp'),
             part(t, charset='iso-2022-jp', cte='7bit'), L('case_created', C_CASE, [], True, 'ja'), 'gmail',
             cs='iso-2022-jp')

    d = dt(2025, 5, 28, 8, 2, 14, JST)
    t = (C_REQ + '\n-----Original Message-----\n'
         '問い合わせの種類: Certification\n'
         '詳細: Account Merge\n'
         'AWS candidate ID: AWS50392716\n'
         '内容: 前職の会社のメールアドレスで作成した認定アカウント (AWS18264039) があり、個人のアカウントに\n'
         'まとめたいと考えております。どうぞよろしくお願いいたします。\n')
    c2 = aws_mail('016-re-case-sato-futatsu.eml', d, AWS_FORM, KENTA, C_SUBJ,
                  part(t, cte='base64'),
                  L('merge_confirmation_requested', C_CASE, ['AWS18264039', 'AWS50392716'], True, 'ja'), 'gmail')

    # user forwards it to his manager from Gmail: a sent item, no provider headers
    d = dt(2025, 5, 28, 9, 15, 42, JST)
    t = ('高橋課長\n\n'
         'お疲れさまです。佐藤です。\n'
         '前職で取得した AWS 認定の記録を、個人で持っている認定アカウントにまとめる手続きを進めています。\n'
         '資格手当の申請で登録している番号は AWS50392716 のままで変わりませんが、\n'
         '旧番号の aws18264039 は今後使えなくなるそうです。念のため共有いたします。\n\n'
         '佐藤\n\n'
         '---------- Forwarded message ---------\n'
         'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
         'Date: 2025年5月28日(水) 8:02\n'
         'Subject: %s\n'
         'To: 佐藤 健太 <kenta.sato.0214@gmail.com>\n\n\n' % C_SUBJ) + C_REQ
    body = alt(part(t, cte='base64'),
               part('<div dir="ltr">' + t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>',
                    'html', cte='base64'))
    hs = [('From', addr(*KENTA)), ('To', addr('高橋 誠', 'm.takahashi@tsubame-soft.co.jp')),
          ('Subject', subj('Fwd: ' + C_SUBJ)), ('Date', fmt(d)), ('Message-ID', gmail_id()),
          ('In-Reply-To', c2), ('References', c2)]
    build('017-fwd-sato-kachou.eml', body, hs, L('unrelated', C_CASE, ['AWS18264039', 'AWS50392716'], None, 'ja'))

    d = dt(2025, 5, 29, 10, 14, 3, JST)
    t = ('佐藤 健太 様\n\n'
         'ご返信いただき、ありがとうございます。\n\n'
         'お知らせいただいた内容のとおり、担当部署へ手続きを依頼いたしました。\n'
         '作業が終わりましたら、あらためて本メールにてお知らせいたします。\n'
         '通常 2〜3 営業日ほどを要しますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n'
         '鈴木\n'
         'AWS トレーニングと認定 サポート\n\n'
         '2025年5月28日(水) 12:31 佐藤 健太 <kenta.sato.0214@gmail.com>:\n'
         '> 鈴木様\n'
         '>\n'
         '> ご連絡ありがとうございます。その内容で問題ございません。\n'
         '> よろしくお願いいたします。\n'
         '>\n'
         '> 佐藤\n'
         '>\n'
         '> 2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
         + quote(C_REQ, '> > '))
    aws_mail('018-re-case-sato-irai.eml', d, AWS_FORM, KENTA, C_SUBJ,
             part(t), L('support_reply', C_CASE, [], True, 'ja'), 'gmail')

    d = dt(2025, 5, 30, 16, 40, 27, JST)
    t = ('佐藤 健太 様\n\n'
         '大変お待たせいたしました。AWS トレーニングと認定 サポートの鈴木でございます。\n\n'
         'AWS 18264039 に記録されておりました認定資格、受験履歴および特典は、本日より\n'
         'AWS50392716 にてご覧いただけるようになりました。AWS 18264039 でのサインインは、\n'
         '今後はできなくなっております。\n\n'
         'Credly のデジタルバッジにつきましては、数日のうちに Credly から\n'
         'kenta.sato.0214@gmail.com 宛てにご案内が届く見込みです。\n\n'
         'ほかにお困りのことがございましたら、本メールにご返信ください。\n\n'
         '鈴木\n'
         'AWS トレーニングと認定 サポート\n\n'
         '-----Original Message-----\n') + C_REQ.replace('（', '(').replace('）', ')')
    aws_mail('019-re-case-sato-may30.eml', d, AWS_FORM, KENTA, C_SUBJ,
             part(t, charset='iso-2022-jp', cte='7bit'),
             L('merge_completed', C_CASE, ['AWS18264039', 'AWS50392716'], True, 'ja'), 'gmail')

    d = dt(2025, 5, 30, 16, 45, 1, JST)
    t = ('佐藤 健太 様\n\n'
         '先日は AWS トレーニングと認定にご連絡いただき、ありがとうございました。\n'
         'お問い合わせ番号 %s への対応は、これをもって終了とさせていただきます。\n\n'
         '今回のやり取りで、お困りごとは解消されましたか。\n'
         '  はい: https://pulse.aws/s/%s?a=1&c=%s\n'
         '  いいえ: https://pulse.aws/s/%s?a=0&c=%s\n\n'
         'AWS トレーニングと認定\n') % (C_CASE, rs(10), C_CASE, rs(10), C_CASE)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px">'
         '<p>佐藤 健太 様</p>'
         '<p>先日は AWS トレーニングと認定にご連絡いただき、ありがとうございました。<br>'
         'お問い合わせ番号 <b>%s</b> への対応は、これをもって終了とさせていただきます。</p>'
         '<p><b>今回のやり取りで、お困りごとは解消されましたか。</b></p>'
         '<p><a href="https://pulse.aws/s/x?a=1&amp;c=%s">はい</a>　<a href="https://pulse.aws/s/x?a=0&amp;c=%s">いいえ</a></p>'
         '<p>担当者の対応について、お感じになったことを 1 分ほどでお聞かせいただけますと幸いです。'
         'いただいた声は、担当者の育成に役立てております。</p>'
         '<p>AWS トレーニングと認定</p></body></html>') % (C_CASE, C_CASE, C_CASE)
    aws_mail('020-aws-tc-onegai-sato.eml', d, AWS_FORM, KENTA,
             subj('AWS トレーニングと認定からのお願い [番号 %s]' % C_CASE),
             alt(part(t, charset='shift_jis', label='Shift_JIS', cte='base64'), part(h, 'html', cte='quoted-printable')),
             L('survey', C_CASE, [], True, 'ja'), 'gmail')

    d = dt(2025, 5, 31, 10, 20, 12, JST)
    url = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
    t = ('佐藤 健太 さん\n\n'
         'Amazon Web Services Training and Certification が、あなたの実績を認めました。\n\n'
         '  AWS Certified Solutions Architect - Associate\n\n'
         'プロフィールに追加する: %s\n\n'
         'Credly, Inc. | 100 Park Ave, Suite 1600, New York, NY 10017\n') % url
    h = ('<html><body style="font-family:sans-serif;background:#f7f7f7"><table width="560" align="center" style="background:#fff;padding:28px">'
         '<tr><td><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="110" alt=""></td></tr>'
         '<tr><td><h2 style="font-weight:400">佐藤 健太 さん、努力が実を結びました</h2>'
         '<p>Amazon Web Services Training and Certification が、あなたの実績を認めました。</p>'
         '<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
         '<p>受け取ると、Credly のプロフィールや LinkedIn に表示して、取得した資格を第三者が検証できる形で共有できます。</p>'
         '<p><a href="%s" style="background:#0f6a8b;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">受け入れる</a></p>'
         '</td></tr></table></body></html>') % (ruuid(), url)
    credly_mail('021-credly-sato-saa.eml', d, 'Amazon Web Services Training and Certification via Credly', KENTA,
                subj('佐藤 健太 さん、AWS Certified Solutions Architect - Associate をプロフィールに追加しましょう'),
                alt(part(t, cte='base64'), part(h, 'html', cte='base64')),
                L('credly_badge_issued', None, [], True, 'ja'), 'gmail')


# ---------------------------------------------------------------- thread D: Aya, console case (ja), bureaucratic agent
D_OPEN = dt(2025, 9, 8, 11, 15, 22, JST)
D_CASE = '175729772260354'
D_TOPIC = '認定アカウントを一つにしたい'
CONSOLE_FOOT_JA = ('\n\nお客様のご意見をお聞かせください。AWS サポートセンターで、このご連絡の右上に表示される星を選択して評価をお寄せいただけます。\n\n'
                   '今後とも Amazon Web Services をよろしくお願いいたします。\n\n'
                   '======================================================\n\n'
                   '本件について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください:\n\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                   '（フェデレーションを使用して接続している場合は、リンクを開く前にログインしてください。）\n\n'
                   '*このメールは受信できないアドレスから送信されています。同じ件で再度ご連絡いただく場合は、上記のリンクをご利用ください。\n\n'
                   '====================================================================\n'
                   'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n')


def console_reply_ja(case, body):
    return body + CONSOLE_FOOT_JA % case


@register
def thread_d():
    st = 'jp:nifty.com'
    d = D_OPEN + timedelta(seconds=5)
    t = ('AWS サポートをご利用いただき、ありがとうございます。\n\n'
         'ご依頼の内容は、下記の番号で管理させていただきます。担当エンジニアが内容を拝見し、\n'
         'AWS サポートセンター上でご返答いたします。\n\n'
         '番号: %s\n'
         '件名: %s\n'
         '重要度: 一般的なガイダンス\n\n'
         '内容の参照や追記は、次の URL から行えます:\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
         'このメールアドレスは送信専用のため、ご返信いただいても担当者には届きません。\n\n'
         'Amazon Web Services\n') % (D_CASE, D_TOPIC, D_CASE)
    aws_mail('022-aws-support-bangou-yamamoto.eml', d, AWS_NOREPLY, AYA,
             subj('Amazon Web Services: お問い合わせ番号 %s のご案内' % D_CASE),
             part(t, charset='shift_jis', label='Shift_JIS', cte='base64'),
             L('case_created', D_CASE, [], True, 'ja'), st)

    d = dt(2025, 9, 9, 14, 3, 51, JST)
    t = ('山本 彩 様\n\n'
         'AWS サポートの岡田でございます。\n'
         'お問い合わせの件につきまして、手続きを進めるにあたり、下記事項をご教示いただきたく存じます。\n\n'
         '　１．各認定アカウントにご登録のメールアドレス\n'
         '　２．今後ご利用を継続されるアカウントの番号\n'
         '　３．（差し支えなければ）アカウントが複数となった経緯\n\n'
         'なお、ご記載いただいた aws-04471926 につきましては、当方の記録上、お名前のローマ字表記が\n'
         '異なって登録されております。ご本人様のアカウントであることを確かめるため、当該アカウントで\n'
         '受験された試験名と受験年月もあわせてお知らせください。\n\n'
         'ご回答をいただくまで、本件は保留とさせていただきます。\n\n'
         '岡田\n'
         'Amazon Web Services')
    aws_mail('023-re-case-yamamoto-kyouji.eml', d, AWS_NOREPLY, AYA,
             subj('RE:[CASE %s] %s' % (D_CASE, D_TOPIC)),
             part(console_reply_ja(D_CASE, t)),
             L('support_reply', D_CASE, ['AWS04471926'], True, 'ja'), st)

    d = dt(2025, 9, 10, 17, 26, 9, JST)
    t = ('山本 彩 様\n\n'
         'AWS サポートの岡田でございます。ご回答いただき、ありがとうございます。\n'
         'ご提示いただいた情報をもとに、以下のとおり手続きを行う予定でございます。\n'
         '実施前に、内容に相違がないかお目通しくださいますようお願いいたします。\n\n'
         '　１．存続するアカウント：AWS73920581（aya.yamamoto@nifty.com）\n'
         '　２．統合されるアカウント：AWS04471926（a.yamamoto@keiyo-gakuen.ac.jp）\n'
         '　３．２．に登録された認定資格・受験履歴は１．へ引き継がれ、２．は閉鎖されます。\n'
         '　４．本手続きは、実施後に取り消すことができません。\n\n'
         '上記にて差し支えない場合は、サポートセンターより「上記のとおり進めてよい」旨をご返信ください。\n'
         'ご返信を受領するまで、手続きは行いません。\n\n'
         '岡田\n'
         'Amazon Web Services')
    aws_mail('024-re-case-yamamoto-yotei.eml', d, AWS_NOREPLY, AYA,
             subj('RE:[CASE %s] %s' % (D_CASE, D_TOPIC), 'iso-2022-jp'),
             part(console_reply_ja(D_CASE, t).replace('（フェデレーション', '(フェデレーション').replace('ください。）', 'ください。)'),
                  charset='iso-2022-jp', cte='7bit'),
             L('merge_confirmation_requested', D_CASE, ['AWS04471926', 'AWS73920581'], True, 'ja'), st, cs='iso-2022-jp')

    d = dt(2025, 9, 17, 9, 30, 0, JST)
    t = ('山本 彩 様\n\n'
         'AWS サポートの岡田でございます。\n\n'
         '9 月 10 日にお送りしたご連絡につきまして、その後いかがでしょうか。\n'
         '引き続きお手続きをご希望の場合は、サポートセンターよりご返信ください。\n\n'
         '本日より 7 日以内にご返信が確認できない場合、本件は終了とさせていただきます。\n'
         '終了後に改めてご希望される場合は、新たにお問い合わせいただく必要がございます。\n\n'
         '岡田\n'
         'Amazon Web Services')
    aws_mail('025-re-case-yamamoto-sonogo.eml', d, AWS_NOREPLY, AYA,
             subj('RE:[CASE %s] %s' % (D_CASE, D_TOPIC)),
             part(console_reply_ja(D_CASE, t), cte='base64'),
             L('support_reply', D_CASE, [], True, 'ja'), st)

    d = dt(2025, 9, 19, 15, 2, 44, JST)
    t = ('山本 彩 様\n\n'
         'AWS サポートの岡田でございます。ご返信いただき、ありがとうございました。\n\n'
         'ご指示に基づき手続きを行い、旧アカウント AWS04471926 に登録されていた認定資格および\n'
         '受験履歴は、AWS73920581 へ引き継がれております。今後は AWS73920581（aya.yamamoto@nifty.com）\n'
         'にてサインインくださいますようお願いいたします。\n\n'
         'Credly のデジタルバッジにつきましては、後日 Credly から届くメールの案内に沿って\n'
         '受け取りのお手続きをお願いいたします。\n\n'
         '岡田\n'
         'Amazon Web Services')
    aws_mail('026-re-case-yamamoto-hikitsugi.eml', d, AWS_NOREPLY, AYA,
             subj('RE:[CASE %s] %s' % (D_CASE, D_TOPIC)),
             part(console_reply_ja(D_CASE, t)),
             L('merge_completed', D_CASE, ['AWS04471926', 'AWS73920581'], True, 'ja'), st)

    d = dt(2025, 9, 19, 15, 3, 30, JST)
    t = ('山本 彩 様\n\n'
         'このたびは AWS サポートをご利用いただき、ありがとうございました。\n'
         'お問い合わせ %s（%s）は、9 月 19 日にクローズされました。\n\n'
         '今回のサポートに、どの程度ご満足いただけましたか。\n'
         '下記のリンクから、5 段階でお選びください（所要時間は 1 分程度です）。\n\n'
         '  https://pulse.aws/s/%s?case=%s&lang=ja\n\n'
         'Amazon Web Services\n') % (D_CASE, D_TOPIC, rs(10), D_CASE)
    aws_mail('027-aws-support-goriyou.eml', d, AWS_NOREPLY, AYA,
             subj('AWS サポートのご利用について（お問い合わせ %s）' % D_CASE, 'iso-2022-jp'),
             part(t, charset='iso-2022-jp', cte='7bit'),
             L('survey', D_CASE, [], True, 'ja'), st, cs='iso-2022-jp')

    d = dt(2025, 9, 20, 8, 12, 37, JST)
    h = ('<html><body style="font-family:sans-serif;color:#333"><table width="560" align="center" cellpadding="24"><tr><td>'
         '<h2 style="font-weight:400">山本 彩 さん</h2>'
         '<p>AWS Certification のアカウント変更に伴い、<b>Amazon Web Services Training and Certification</b> からの認定 3 件が、'
         'aya.yamamoto@nifty.com の Credly アカウントに移されました。</p>'
         '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li>'
         '<li>AWS Certified SysOps Administrator &ndash; Associate</li></ul>'
         '<p>プロフィールに表示するには、受け入れの操作を行ってください。</p>'
         '<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none">内容を見て受け入れる</a></p>'
         '<p style="font-size:12px;color:#888">Credly, Inc., 100 Park Ave, New York, NY 10017</p>'
         '</td></tr></table></body></html>') % rs(16)
    credly_mail('028-credly-yamamoto-3ken.eml', d, 'Amazon Web Services Training and Certification via Credly', AYA,
                subj('山本 彩 さん、3 件の認定があなたのアカウントに移されました'),
                part(h, 'html', cte='base64'),
                L('credly_badge_issued', None, [], True, 'ja'), st)


# ---------------------------------------------------------------- thread E: Marco, form desk, 11-digit case, formal agent
E_CASE = '12630958417'
E_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE
E_REQ = ('Dear Mr. Bellini,\n\n'
         'Thank you for your patience. Following a review of our records, we have identified three certification\n'
         'profiles associated with you. We propose the following arrangement:\n\n'
         'Profile to be retained: AWS86014372 (marco.bellini@fastmail.com)\n'
         'Profiles to be absorbed into it: AWS35207819 (m.bellini@consulenze-rb.it) and\n'
         'AWS-35207820 (marco.bellini@alumni.unipd.it)\n\n'
         'Once carried out, all certifications, exam history and benefits held on the latter two profiles will be\n'
         'attributed to AWS86014372, and the latter two profiles will be permanently deactivated. Please be advised\n'
         'that this action is irreversible.\n\n'
         'We would be grateful if you could reply to this message indicating whether the above arrangement reflects\n'
         'your wishes. No action will be taken until we hear from you.\n\n'
         'Yours sincerely,\n'
         'Eleanor Whitfield\n'
         'AWS Training and Certification Support\n')


def html_paras(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return ''.join('<p>%s</p>' % x.replace('\n', '<br>\n') for x in esc.strip().split('\n\n'))


@register
def thread_e():
    st = 'fastmail'
    d = dt(2025, 11, 3, 21, 47, 15, ROM)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#16191f">'
         '<p>Dear Marco Bellini,</p>'
         '<p>This notice relates to the form you submitted to AWS Training and Certification.</p>'
         '<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">'
         '<tr><td>Submission reference</td><td><b>%s</b></td></tr>'
         '<tr><td>Category</td><td>Certification / Account Merge</td></tr>'
         '<tr><td>Status</td><td>Awaiting review</td></tr>'
         '<tr><td>Expected response time</td><td>Within 24 hours (business days)</td></tr></table>'
         '<p>Please refrain from submitting further forms regarding the same matter, as duplicate submissions are '
         'handled in order of arrival and may delay our response. Additional details may be provided by replying to '
         'this message without altering the subject line.</p>'
         '<p>AWS Training and Certification Support</p>'
         '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
         '410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>') % E_CASE
    aws_mail('029-aws-tc-submission-ref.eml', d, AWS_FORM, MARCO,
             'AWS Training and Certification - submission reference %s' % E_CASE,
             part(h, 'html', cte='base64'), L('case_created', E_CASE, [], True, 'en'), st)

    d = dt(2025, 11, 5, 11, 2, 33, ROM)
    h = ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">' + html_paras(E_REQ) + '</body></html>')
    aws_mail('030-re-case-bellini-arrangement.eml', d, AWS_FORM, MARCO, E_SUBJ,
             part(h, 'html'),
             L('merge_confirmation_requested', E_CASE, ['AWS35207819', 'AWS35207820', 'AWS86014372'], True, 'en'), st)

    d = dt(2025, 11, 7, 9, 41, 5, ROM)
    t = ('Dear Mr. Bellini,\n\n'
         'We are writing to inform you that the certification records formerly held under AWS35207819 and\n'
         'AWS35207820 now reside under AWS86014372. The two former profiles have been deactivated and can no\n'
         'longer be used to sign in.\n\n'
         'Please allow up to 72 hours for your Credly badges to be reassigned. Should any certification fail to\n'
         'appear under AWS86014372 after that period, kindly reply to this message quoting the reference \u201c%s\u201d.\n\n'
         'Yours sincerely,\n'
         'Eleanor Whitfield\n'
         'AWS Training and Certification Support\n\n'
         'On Wed, 5 Nov 2025, at 18:20, Marco Bellini wrote:\n'
         '> That\u2019s correct \u2013 please go ahead with the arrangement as described.\n'
         '>\n'
         '> Marco\n'
         '>\n'
         '> On Wed, 5 Nov 2025, at 11:02, Amazon Web Services wrote:\n' % E_CASE) + quote(E_REQ, '>> ')
    aws_mail('031-re-case-bellini-records.eml', d, AWS_FORM, MARCO, E_SUBJ,
             part(t, label='windows-1252'),
             L('merge_completed', E_CASE, ['AWS35207819', 'AWS35207820', 'AWS86014372'], True, 'en'), st)

    d = dt(2025, 11, 7, 9, 55, 0, ROM)
    t = ('Dear Marco Bellini,\n\n'
         'Your enquiry %s with AWS Training and Certification has been closed.\n\n'
         'We should be grateful if you would let us know whether the matter was resolved to your satisfaction:\n'
         'https://pulse.aws/s/%s?ref=%s\n\n'
         'AWS Training and Certification Support\n') % (E_CASE, rs(10), E_CASE)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
         '<p>Dear Marco Bellini,</p><p>Your enquiry <b>%s</b> with AWS Training and Certification has been closed.</p>'
         '<p>We should be grateful if you would let us know whether the matter was resolved to your satisfaction.</p>'
         '<table><tr><td><a href="https://pulse.aws/s/x?ref=%s&amp;v=1">Resolved</a></td><td>&nbsp;</td>'
         '<td><a href="https://pulse.aws/s/x?ref=%s&amp;v=0">Not resolved</a></td></tr></table>'
         '<p>Should you have further questions on a different topic, please submit a new form at '
         '<a href="https://aws.amazon.com/contact-us/aws-training/">aws.amazon.com/contact-us/aws-training</a>.</p>'
         '<p>AWS Training and Certification Support</p></body></html>') % (E_CASE, E_CASE, E_CASE)
    aws_mail('032-aws-tc-enquiry-bellini.eml', d, AWS_FORM, MARCO,
             'Your enquiry %s with AWS Training and Certification' % E_CASE,
             alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html')),
             L('survey', E_CASE, [], True, 'en'), st)

    d = dt(2025, 11, 8, 14, 20, 44, ROM)
    t = ('Marco, 3 credentials from Amazon Web Services Training and Certification are now connected to\n'
         'marco.bellini@fastmail.com. Review and accept: https://www.credly.com/earner/earned?ref=%s\n' % rs(16))
    h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333"><table width="560" align="center" cellpadding="24"><tr><td>'
         '<h2 style="font-weight:400">Marco, you have new credentials to look at</h2>'
         '<p>These were previously linked to other email addresses and now belong to the Credly account for '
         'marco.bellini@fastmail.com:</p>'
         '<ul><li>AWS Certified Solutions Architect &ndash; Professional</li>'
         '<li>AWS Certified DevOps Engineer &ndash; Professional</li>'
         '<li>AWS Certified Security &ndash; Specialty</li></ul>'
         '<p>Accept them to show them on your profile and share them.</p>'
         '<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none">Review and accept</a></p>'
         '</td></tr></table></body></html>') % rs(16)
    credly_mail('033-credly-bellini-three.eml', d, 'Amazon Web Services Training and Certification via Credly', MARCO,
                'Marco, you have new credentials from Amazon Web Services Training and Certification',
                alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html', cte='base64')),
                L('credly_badge_issued', None, [], True, 'en'), st)


# ---------------------------------------------------------------- thread F: Sho, form desk, 10-digit case, warm agent (ja)
F_CASE = '5219847736'
F_SUBJ0 = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE
F_SUBJ = 'RE:' + F_SUBJ0
F_USER0 = ('AWS トレーニングと認定 ご担当者様\n\n'
           'お世話になっております。中村と申します。\n'
           '認定アカウントが AWS62159083（会社のメールアドレス）と AWS29730465（個人のメールアドレス）の\n'
           '2 つに分かれてしまっているため、会社のほうに一つにまとめていただけないでしょうか。\n'
           'よろしくお願いいたします。\n\n'
           '中村 翔\n')


def outlook_ja_block(frm, sent, to, subject):
    return ('________________________________\n'
            '差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n' % (frm, sent, to, subject))


@register
def thread_f():
    v = lambda d: ses_v(d, region='us-east-1') | {'region': 'jpnprd'}
    d = dt(2026, 1, 13, 10, 2, 47, JST)
    t = ('中村 翔 様\n\n'
         'AWS トレーニングと認定へのお問い合わせ、ありがとうございます。\n'
         'お問い合わせ番号: %s\n\n'
         '担当者より改めてご連絡いたします。\n\n'
         'AWS トレーニングと認定\n') % F_CASE
    h = ('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">'
         '<p>中村 翔 様</p>'
         '<p>AWS トレーニングと認定へのお問い合わせ、ありがとうございます。<br>'
         'これから担当者が内容を拝読し、1 営業日を目安にご連絡差し上げます。</p>'
         '<p>お問い合わせ番号: <b>%s</b></p>'
         '<p>お待ちいただく間に、次の点をご確認いただくと、その後のやり取りがスムーズになります。</p>'
         '<ul><li>お持ちの認定アカウントそれぞれのサインイン用メールアドレス</li>'
         '<li>今後お使いになりたいアカウント</li></ul>'
         '<p>補足がある場合は、件名を変えずにこのメールへご返信ください。</p>'
         '<p>AWS トレーニングと認定</p></body></html>') % F_CASE
    vv = v(d)
    aws_mail('034-case-nakamura-form.eml', d, AWS_FORM, SHO, F_SUBJ0,
             alt(part(t, cte='base64'), part(h, 'html', cte='base64')),
             L('case_created', F_CASE, [], True, 'ja'), 'outlook', v=vv)

    d = dt(2026, 1, 14, 13, 37, 2, JST)
    t = ('中村 翔 様\n\n'
         'はじめまして、AWS トレーニングと認定 サポートの松井と申します。\n'
         'ご連絡いただきありがとうございます。年明けのお忙しい時期に、お手数をおかけしております。\n\n'
         'お調べしたところ、中村様の認定アカウントは次の 2 つでした。\n\n'
         '・これからもお使いいただくアカウント：AWS62159083（sho.nakamura@tks-systems.co.jp）\n'
         '・こちらに寄せて、役目を終えるアカウント：aws29730465（sho.n.1990@yahoo.co.jp）\n\n'
         '寄せる側に残っている認定や受験の記録は、すべてお使いいただくアカウントのほうへお引っ越しします。\n'
         'ただ、一度お引っ越しをすると元には戻せないため、この組み合わせで進めてよいかどうか、\n'
         'お返事をいただけますでしょうか。「逆にしてほしい」などのご希望があれば、それもお気軽にどうぞ。\n\n'
         'お返事をお待ちしております。\n\n'
         '松井\n'
         'AWS トレーニングと認定 サポート\n\n' +
         outlook_ja_block('中村 翔 <sho.nakamura@tks-systems.co.jp>', '2026年1月13日 10:02',
                          'aws-cs-trainingcertification-form@amazon.com', '認定アカウントの件') + F_USER0)
    aws_mail('035-re-case-nakamura-hikkoshi.eml', d, AWS_FORM, SHO, F_SUBJ,
             part(t), L('merge_confirmation_requested', F_CASE, ['AWS29730465', 'AWS62159083'], True, 'ja'),
             'outlook', v=v(d))

    d = dt(2026, 1, 15, 9, 48, 30, JST)
    t = ('中村 翔 様\n\n'
         'お返事ありがとうございます！承知いたしました。\n\n'
         'さっそく担当チームに作業をお願いしました。終わり次第、こちらからお知らせしますね。\n'
         'AWS62159083 にまとまったあと、Credly のバッジも数日かけてそちらのアカウントへ届く予定です。\n'
         'それまでは、これまでどおりお過ごしいただいて大丈夫です。\n\n'
         '松井\n'
         'AWS トレーニングと認定 サポート\n\n' +
         outlook_ja_block('中村 翔 <sho.nakamura@tks-systems.co.jp>', '2026年1月14日 18:05',
                          'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', F_SUBJ) +
         '松井様\n\nご丁寧にありがとうございます。ご提示の組み合わせで問題ありません。\nよろしくお願いいたします。\n\n中村\n')
    aws_mail('036-re-case-nakamura-sassoku.eml', d, AWS_FORM, SHO, F_SUBJ,
             part(t, cte='base64'), L('support_reply', F_CASE, ['AWS62159083'], True, 'ja'), 'outlook', v=v(d))

    d = dt(2026, 1, 16, 16, 20, 11, JST)
    t = ('中村 翔 様\n\n'
         'お待たせしました！松井です。\n\n'
         'aws29730465 にあった認定と受験の記録は、いまはすべて AWS62159083 のほうでご覧いただけます。\n'
         '個人のメールアドレス（sho.n.1990@yahoo.co.jp）でのサインインは、もうできなくなっていますので、\n'
         '今後は会社のメールアドレスでサインインしてくださいね。\n\n'
         'ほかにご不明な点がなければ、本件はこれでクローズとさせていただきます。\n'
         'このあと、今回の対応についてのアンケートが届きますので、お時間があればご協力いただけると嬉しいです。\n\n'
         '松井\n'
         'AWS トレーニングと認定 サポート\n')
    h = '<html><body style="font-family:Meiryo,sans-serif;font-size:14px">' + html_paras(t) + '</body></html>'
    aws_mail('037-re-case-nakamura-omatase.eml', d, AWS_FORM, SHO, F_SUBJ,
             alt(part(t), part(h, 'html')),
             L('merge_completed', F_CASE, ['AWS29730465', 'AWS62159083'], True, 'ja'), 'outlook', v=v(d))

    d = dt(2026, 1, 17, 11, 5, 38, JST)
    t = ('中村 翔 さん\n\n'
         'Amazon Web Services Training and Certification の認定 2 件が、\n'
         'sho.nakamura@tks-systems.co.jp でご覧いただけるようになりました。\n\n'
         '- AWS Certified Cloud Practitioner\n- AWS Certified Data Engineer - Associate\n\n'
         '受け入れてプロフィールに表示する: https://www.credly.com/earner/earned?ref=%s\n') % rs(16)
    h = ('<html><body style="font-family:sans-serif;color:#333"><table width="560" align="center" cellpadding="24"><tr><td>'
         '<h2 style="font-weight:400">中村 翔 さん、認定の表示先が変わりました</h2>'
         '<p>Amazon Web Services Training and Certification の認定 2 件が、sho.nakamura@tks-systems.co.jp でご覧いただけるようになりました。</p>'
         '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Data Engineer &ndash; Associate</li></ul>'
         '<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none">受け入れる</a></p>'
         '</td></tr></table></body></html>') % rs(16)
    credly_mail('038-credly-nakamura-hyouji.eml', d, 'Amazon Web Services Training and Certification via Credly', SHO,
                subj('中村 翔 さん、認定の表示先が変わりました'), alt(part(t), part(h, 'html')),
                L('credly_badge_issued', None, [], True, 'ja'), 'outlook', v=credly_v(region='jpnprd'))

    # colleague (internal Exchange)
    d = dt(2026, 1, 19, 10, 41, 56, JST)
    t = ('中村さん\n\n'
         'お疲れさまです。総務の井上です。\n\n'
         'AWS の認定アカウントを一つにまとめる手続きが終わったと伺いました。\n'
         '社内の資格管理表では、まだ旧番号の AWS29730465 で登録されています。\n'
         'お手数ですが、今後お使いになる番号（AWS62159083 で合っていますか？）と、\n'
         '認定の有効期限がわかる画面のスクリーンショットを今週中に送っていただけますか。\n'
         '資格手当の更新処理に使います。\n\n'
         'よろしくお願いします。\n\n'
         '井上 由美\n'
         '株式会社TKSシステムズ 総務部\n')
    mb = 'TYCPR01MB%d' % random.randint(1000, 9999)
    hs = [('Received', 'from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s'
           % (mb, rhex(3), random.randint(5, 30), mb, fmt(d + timedelta(seconds=1), UTC))),
          ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=tks-systems.co.jp;'),
          ('From', addr('井上 由美', 'y.inoue@tks-systems.co.jp')), ('To', addr(*SHO)),
          ('Subject', subj('資格手当　認定番号の変更について')),
          ('Thread-Topic', subj('資格手当　認定番号の変更について')),
          ('Thread-Index', 'AdtqA' + rb64(24)), ('Date', fmt(d)),
          ('Message-ID', outlook_id('jpnprd01', mb)), ('Accept-Language', 'ja-JP, en-US'),
          ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
          ('X-MS-Exchange-Organization-SCL', '-1')]
    build('039-soumu-nintei-bangou.eml', part(t, charset='iso-2022-jp', cte='7bit'), hs,
          L('unrelated', None, ['AWS29730465', 'AWS62159083'], False, 'ja'))


# ---------------------------------------------------------------- thread G: Misaki, console case (ja), terse agent
G_OPEN = dt(2026, 2, 2, 21, 48, 3, JST)
G_CASE = '177003648300972'
G_TOPIC = '認定アカウントが2つあります'


@register
def thread_g():
    st = 'jp:biglobe.ne.jp'
    d = G_OPEN + timedelta(seconds=7)
    h = ('<html><body style="font-family:\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px;color:#16191f">'
         '<p>AWS サポートへご連絡いただき、ありがとうございます。</p>'
         '<p>ご依頼は担当チームに引き渡されました。エンジニアからの回答は AWS サポートセンターに掲載され、'
         '掲載された時点でこのアドレスにお知らせが届きます。</p>'
         '<table cellpadding="4" style="font-size:14px"><tr><td>番号</td><td><b>%s</b></td></tr>'
         '<tr><td>件名</td><td>%s</td></tr><tr><td>重要度</td><td>一般的なガイダンス</td></tr></table>'
         '<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターで開く</a></p>'
         '<p style="font-size:12px;color:#687078">このメールアドレスは送信専用です。Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>'
         '</body></html>') % (G_CASE, G_TOPIC, G_CASE)
    aws_mail('040-aws-support-hikitsugi-kobayashi.eml', d, AWS_NOREPLY, MISAKI,
             subj('Amazon Web Services: サポート窓口におつなぎしました (%s)' % G_CASE),
             part(h, 'html'), L('case_created', G_CASE, [], True, 'ja'), st)

    d = dt(2026, 2, 3, 15, 11, 40, JST)
    t = ('小林様\n\n'
         'AWS サポートの林です。以下の形で実施します。問題なければ返信をお願いします。\n\n'
         '  残す  : AWS14086352\n'
         '  吸収  : AWS-97513208（吸収後は閉鎖）\n\n'
         '※実施後は戻せません。\n\n'
         '林\n'
         'Amazon Web Services')
    aws_mail('041-re-case-kobayashi-jisshi.eml', d, AWS_NOREPLY, MISAKI,
             subj('RE:[CASE %s] %s' % (G_CASE, G_TOPIC)),
             part(console_reply_ja(G_CASE, t), cte='base64'),
             L('merge_confirmation_requested', G_CASE, ['AWS14086352', 'AWS97513208'], True, 'ja'), st)

    d = dt(2026, 2, 4, 18, 2, 19, JST)
    t = ('小林様\n\n'
         '返信ありがとうございます。現在、担当部署で作業中です。\n'
         '終わったら連絡します。2〜3 営業日ほど見てください。\n\n'
         '林\n'
         'Amazon Web Services')
    aws_mail('042-re-case-kobayashi-sagyouchuu.eml', d, AWS_NOREPLY, MISAKI,
             subj('RE:[CASE %s] %s' % (G_CASE, G_TOPIC), 'iso-2022-jp'),
             part(console_reply_ja(G_CASE, t).replace('（フェデレーション', '(フェデレーション').replace('ください。）', 'ください。)'),
                  charset='iso-2022-jp', cte='7bit'),
             L('support_reply', G_CASE, [], True, 'ja'), st, cs='iso-2022-jp')

    d = dt(2026, 2, 6, 11, 26, 58, JST)
    t = ('小林様\n\n'
         '林です。AWS97513208 の記録は AWS14086352 に移し終えました。旧アカウントは閉じています。\n'
         '今後は AWS14086352 をお使いください。\n\n'
         '林\n'
         'Amazon Web Services')
    h = ('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">' + html_paras(console_reply_ja(G_CASE, t))
         + '</body></html>')
    aws_mail('043-re-case-kobayashi-feb06.eml', d, AWS_NOREPLY, MISAKI,
             subj('RE:[CASE %s] %s' % (G_CASE, G_TOPIC)),
             part(h, 'html', cte='base64'),
             L('merge_completed', G_CASE, ['AWS14086352', 'AWS97513208'], True, 'ja'), st)

    d = dt(2026, 2, 6, 11, 28, 4, JST)
    t = ('小林 美咲 様\n\n'
         'お問い合わせ %s は、解決済みとしてクローズいたしました。\n\n'
         '問題は解決しましたか？\n'
         'https://pulse.aws/s/%s?case=%s\n\n'
         'Amazon Web Services\n') % (G_CASE, rs(10), G_CASE)
    h = ('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">'
         '<p>小林 美咲 様</p><p>お問い合わせ <b>%s</b>（%s）は、解決済みとしてクローズいたしました。</p>'
         '<p><b>問題は解決しましたか？</b></p>'
         '<p><a href="https://pulse.aws/s/x?c=%s&amp;r=1">はい</a>　|　<a href="https://pulse.aws/s/x?c=%s&amp;r=0">いいえ</a></p>'
         '<p>担当エンジニアの説明はわかりやすかったでしょうか。次の画面で、ひとことお書き添えいただけます。</p>'
         '<p style="font-size:12px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>'
         ) % (G_CASE, G_TOPIC, G_CASE, G_CASE)
    aws_mail('044-aws-support-kaiketsu-kobayashi.eml', d, AWS_NOREPLY, MISAKI,
             subj('AWS サポート: お問い合わせ %s について' % G_CASE),
             alt(part(t, cte='base64'), part(h, 'html')),
             L('survey', G_CASE, [], True, 'ja'), st)


# ---------------------------------------------------------------- thread H: Hannah, second form case, warm agent
H_CASE = '176094520418825'
H_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE
H_REQ = ('Hi Hannah,\n\n'
         'Thank you, that\'s everything I needed!\n\n'
         'So, just so we\'re on the same page before I touch anything:\n\n'
         ' - AWS55820147 (hannah.schulz.it@gmail.com) is the one that carries on.\n'
         ' - AWS08391564 (h.schulz@stud.tu-darmstadt.de) gets folded into it and closed afterwards.\n\n'
         'Your Developer Associate and the exam history from your student days would then all live under\n'
         'AWS55820147. As this can\'t be undone afterwards, I\'d love a quick "yes, go ahead" from you (or a\n'
         'correction if I\'ve got it backwards) before I send it off to the team.\n\n'
         'Warmly,\n'
         'Rosa\n'
         'AWS Training and Certification\n')


@register
def thread_h():
    d = dt(2025, 10, 20, 7, 27, 20)
    h = ('<!DOCTYPE html><html><body style="margin:0;background:#f2f3f3"><table width="600" align="center" '
         'style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#16191f" cellpadding="24"><tr><td>'
         '<p>Hi Hannah,</p>'
         '<p>Thanks for getting in touch with AWS Training and Certification.</p>'
         '<p>A real person on our certification team will look into your message and get back to you at this address, '
         'usually by the end of the next business day. Your reference is <b>%s</b>.</p>'
         '<p><b>Already wrote to us about this before?</b> Please keep the conversation in one thread by replying to '
         'our earlier email rather than starting fresh. It helps us get you an answer sooner.</p>'
         '<p>Talk soon,<br>AWS Training and Certification</p>'
         '</td></tr><tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
         '410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table></body></html>') % H_CASE
    aws_mail('045-aws-tc-hannah-thanks.eml', d, AWS_FORM, HANNAH,
             'Hannah, thanks for getting in touch (ref. %s)' % H_CASE,
             part(h, 'html', cte='base64'), L('case_created', H_CASE, [], True, 'en'), 'gmail')

    d = dt(2025, 10, 21, 9, 15, 2)
    t = ('Hi Hannah,\n\n'
         'Thanks so much for reaching out, and I\'m sorry to hear your earlier message went unanswered.\n'
         'That really shouldn\'t happen, and I\'ll make sure this one doesn\'t slip.\n\n'
         'To get your two accounts lined up, I just need two small things from you:\n\n'
         '  1. The email address you sign in with on each one. You mentioned AWS55820147; the other,\n'
         '     aws 08391564, seems to be tied to a university address. Is that still one you can reach?\n'
         '  2. Which of the two you would like to keep using from now on.\n\n'
         'Just reply here whenever it suits you.\n\n'
         'Warmly,\n'
         'Rosa\n'
         'AWS Training and Certification\n')
    aws_mail('046-re-case-hannah-two-things.eml', d, AWS_FORM, HANNAH, H_SUBJ,
             part(t), L('support_reply', H_CASE, ['AWS08391564', 'AWS55820147'], True, 'en'), 'gmail')

    d = dt(2025, 10, 22, 8, 15, 44)
    t = (H_REQ + '\n'
         'On Tue, 21 Oct 2025 at 19:04, Hannah Schulz <hannah.schulz.it@gmail.com> wrote:\n'
         '> Hi Rosa,\n'
         '>\n'
         '> thanks a lot! The gmail one (AWS55820147) is what I use now, the other one was\n'
         '> h.schulz@stud.tu-darmstadt.de from my student days. I still have access to that mailbox.\n'
         '> Please keep the gmail one.\n'
         '>\n'
         '> Best,\n'
         '> Hannah\n')
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<p>Hi Hannah,</p><p>Thank you, that\'s everything I needed!</p>'
         '<p>So, just so we\'re on the same page before I touch anything:</p>'
         '<table border="1" cellpadding="6" style="border-collapse:collapse">'
         '<tr><th>Account</th><th>Sign-in email</th><th>What happens</th></tr>'
         '<tr><td>AWS55820147</td><td>hannah.schulz.it@gmail.com</td><td>carries on</td></tr>'
         '<tr><td>AWS08391564</td><td>h.schulz@stud.tu-darmstadt.de</td><td>folded into the one above, then closed</td></tr></table>'
         '<p>As this can\'t be undone afterwards, I\'d love a quick &ldquo;yes, go ahead&rdquo; from you '
         '(or a correction if I\'ve got it backwards) before I send it off to the team.</p>'
         '<p>Warmly,<br>Rosa<br>AWS Training and Certification</p>'
         '<blockquote style="border-left:1px solid #ccc;padding-left:8px;color:#555">Hi Rosa,<br>thanks a lot! The gmail one '
         '(AWS55820147) is what I use now ... Please keep the gmail one.<br>Best,<br>Hannah</blockquote></body></html>')
    aws_mail('047-re-case-hannah-same-page.eml', d, AWS_FORM, HANNAH, H_SUBJ,
             alt(part(t), part(h, 'html')),
             L('merge_confirmation_requested', H_CASE, ['AWS08391564', 'AWS55820147'], True, 'en'), 'gmail')

    d = dt(2025, 10, 23, 8, 3, 12)
    t = ('Hi Hannah,\n\n'
         'Lovely news to start your Thursday: your student-days account has now been folded into AWS55820147.\n'
         'Your Developer Associate, the exam history and the 50% discount voucher you earned are all sitting\n'
         'under AWS55820147 now, and the old login with your university address won\'t work any more.\n\n'
         'Credly should send your badge over to the gmail address within a few days. If it hasn\'t shown up by\n'
         'the middle of next week, just reply here and I\'ll chase it for you.\n\n'
         'It was a pleasure helping you!\n'
         'Rosa\n'
         'AWS Training and Certification\n\n'
         '________________________________\n'
         'From: Hannah Schulz <hannah.schulz.it@gmail.com>\n'
         'Sent: Wednesday, October 22, 2025 12:40 PM\n'
         'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
         'Subject: Re: ' + H_SUBJ + '\n\n'
         'Yes, go ahead! Thank you so much.\nHannah\n\n'
         '________________________________\n'
         'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
         'Sent: Wednesday, October 22, 2025 10:15 AM\n'
         'To: Hannah Schulz <hannah.schulz.it@gmail.com>\n'
         'Subject: ' + H_SUBJ + '\n\n' + H_REQ)
    aws_mail('048-re-case-hannah-thursday.eml', d, AWS_FORM, HANNAH, H_SUBJ,
             part(t, cte='base64'),
             L('merge_completed', H_CASE, ['AWS55820147'], True, 'en'), 'gmail')

    d = dt(2025, 10, 24, 13, 50, 27)
    h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333"><table width="560" align="center" cellpadding="24"><tr><td>'
         '<img src="https://images.credly.com/size/220x220/images/%s/image.png" width="110" alt="">'
         '<h2 style="font-weight:400">Hannah, one more step</h2>'
         '<p><b>AWS Certified Developer &ndash; Associate</b> from Amazon Web Services Training and Certification '
         'now belongs to hannah.schulz.it@gmail.com. Accept it to show it on your profile, add it to LinkedIn '
         'and let employers verify it in one click.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none">Accept</a></p>'
         '<p style="font-size:12px;color:#888">Credly, Inc., 100 Park Ave, Suite 1600, New York, NY 10017</p>'
         '</td></tr></table></body></html>') % (ruuid(), ruuid())
    credly_mail('049-credly-hannah-one-more-step.eml', d, 'Amazon Web Services Training and Certification via Credly', HANNAH,
                subj('Hannah, one more step for AWS Certified Developer \u2013 Associate'), part(h, 'html'),
                L('credly_badge_issued', None, [], True, 'en'), 'gmail')


# ---------------------------------------------------------------- I: Olivia, long nested thread, casual agent
I_CASE = '175449633107746'
I_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % I_CASE
J_CASE = '176485426003586'
J_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J_CASE


def sonet_headers(d, v):
    """so-net style delivery without any Authentication-Results."""
    t1 = d + timedelta(seconds=2)
    return [('Return-Path', '<%s>' % v['mailfrom']),
            ('Received', 'from mfilter-%02d.so-net.ne.jp (mfilter-%02d [10.4.%d.%d])\n\tby mbox-%02d.so-net.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
             % (random.randint(1, 20), random.randint(1, 20), random.randint(1, 200), random.randint(1, 200), random.randint(1, 20),
                rs(10, string.ascii_uppercase + string.digits), DAISUKE[1], fmt(t1, JST))),
            ('Received', 'from %s (%s [%s])\n\tby mx-%02d.so-net.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (ses_host(v['ip']), ses_host(v['ip']), v['ip'], random.randint(1, 9), rs(10, string.ascii_uppercase + string.digits),
                DAISUKE[1], fmt(t1, JST))),
            ('X-Virus-Scanned', 'by so-net.ne.jp')]


@register
def thread_ij():
    d = dt(2025, 8, 12, 17, 44, 9)
    t = ('Olivia, it\'s sorted!\n\n'
         'From today your old login is retired and every cert you had on it shows up under aws20468137,\n'
         'along with the practice exam history. Sign in with olivia.chen88@outlook.com from now on.\n\n'
         'Badges on Credly might lag a day or two behind, that\'s normal. Shout if they don\'t appear.\n\n'
         'Cheers,\n'
         'Sam\n'
         'AWS T&C Support\n\n'
         'On Mon, Aug 11, 2025 at 9:58 PM Olivia Chen <olivia.chen88@outlook.com> wrote:\n'
         '> Yep, do it! The outlook.com one stays.\n'
         '>\n'
         '> Olivia\n'
         '>\n'
         '> On Mon, Aug 11, 2025 at 4:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
         '> > Hey Olivia,\n'
         '> >\n'
         '> > Found both of them. Here\'s the plan:\n'
         '> >   keep      -> AWS20468137 (olivia.chen88@outlook.com)\n'
         '> >   fold in   -> AWS77135290 (ochen@brightpath-learning.org), which then gets closed\n'
         '> >\n'
         '> > Heads-up: there\'s no undo on this one. Give me a thumbs-up by reply and I\'ll set it off.\n'
         '> >\n'
         '> > Sam\n'
         '> >\n'
         '> > On Thu, Aug 7, 2025 at 10:02 AM Olivia Chen <olivia.chen88@outlook.com> wrote:\n'
         '> > > Hi, I still have no answer to my form from yesterday. I have two certification profiles\n'
         '> > > (AWS20468137 and AWS 77135290) and want only the first one. Could someone look at it?\n'
         '> > > Thanks, Olivia\n')
    aws_mail('050-re-case-olivia-sorted.eml', d, AWS_FORM, OLIVIA, I_SUBJ,
             part(t), L('merge_completed', I_CASE, ['AWS20468137'], True, 'en'), 'outlook')

    # J: so-net, no Authentication-Results at all; history pasted without quote markers
    d = dt(2025, 12, 8, 14, 6, 31, JST)
    v = ses_v(d)
    t = ('伊藤 大輔 様\n\n'
         '大変お待たせしました。AWS トレーニングと認定 サポートの高木です。\n\n'
         '旧アカウントにあった認定 2 件と受験履歴が、AWS31570824 に加わりました。\n'
         '旧アカウントのほうはもう使われなくなり、サインインもできません。\n'
         '次回受験の 50% 割引も AWS31570824 のほうでお使いいただけますので、ぜひ活用してくださいね。\n\n'
         'ご不明な点があれば、このメールにそのままご返信ください。\n\n'
         '高木\n'
         'AWS トレーニングと認定 サポート\n\n'
         '2025年12月6日(土) 9:12 伊藤 大輔 <d-ito@kf7.so-net.ne.jp>:\n'
         'お世話になっております。問題ありませんので、進めてください。\n'
         '伊藤\n\n'
         '2025年12月5日(金) 17:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
         '伊藤 大輔 様\n\n'
         'AWS トレーニングと認定 サポートの高木です。お調べしたところ、次の 2 つが見つかりました。\n'
         '　残すアカウント：AWS31570824（d-ito@kf7.so-net.ne.jp）\n'
         '　まとめるアカウント：AWS64029518（daisuke.ito@hokuto-kikai.co.jp）\n'
         '一度行うと元に戻せませんので、この内容で進めてよいかご返信をお願いします。\n\n'
         '高木\n')
    hs = sonet_headers(d, v)
    hs += [('DKIM-Signature', dkim_sig('amazon.com', d)),
           ('DKIM-Signature', dkim_sig('amazonses.com', d, selector='224i4yxa5dv7c2xz3womw6peuasteono')),
           ('From', addr(*AWS_FORM)), ('To', addr(*DAISUKE)), ('Subject', J_SUBJ), ('Date', fmt(d, UTC)),
           ('Message-ID', v['mid']), ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
           ('X-SES-Outgoing', '%s-%s' % (d.astimezone(UTC).strftime('%Y.%m.%d'), v['ip']))]
    build('051-re-case-ito-dec08.eml', part(t, cte='base64'), hs,
          L('merge_completed', J_CASE, ['AWS31570824'], None, 'ja'))

    d = dt(2025, 12, 8, 14, 12, 5, JST)
    v = ses_v(d)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
         '<body style="font-family:\'MS PGothic\',sans-serif;font-size:14px">'
         '<p>伊藤 大輔 様</p>'
         '<p>AWS トレーニングと認定をご利用いただき、ありがとうございました。<br>'
         'お問い合わせ番号 %s につきましては、対応を終了いたしました。</p>'
         '<p>今回の担当者の説明は、わかりやすかったでしょうか。</p>'
         '<p><a href="https://pulse.aws/s/x?c=%s&amp;q=1&amp;a=5">とてもわかりやすかった</a><br>'
         '<a href="https://pulse.aws/s/x?c=%s&amp;q=1&amp;a=3">ふつう</a><br>'
         '<a href="https://pulse.aws/s/x?c=%s&amp;q=1&amp;a=1">わかりにくかった</a></p>'
         '<p>ご回答は任意です。今後のサービス向上のために活用させていただきます。</p>'
         '<p>AWS トレーニングと認定</p></body></html>') % (J_CASE, J_CASE, J_CASE, J_CASE)
    hs = sonet_headers(d, v)
    hs += [('DKIM-Signature', dkim_sig('amazon.com', d)),
           ('From', addr(*AWS_FORM)), ('To', addr(*DAISUKE)),
           ('Subject', subj('AWS トレーニングと認定: お問い合わせ %s について' % J_CASE)), ('Date', fmt(d, UTC)),
           ('Message-ID', v['mid']), ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43))]
    build('052-aws-tc-ito-wakariyasusa.eml', part(h, 'html', charset='shift_jis', label='UTF-8', cte='quoted-printable'), hs,
          L('survey', J_CASE, [], None, 'ja'))


# ---------------------------------------------------------------- phishing (content kind kept, sender not verified)
@register
def phishing():
    d = dt(2025, 3, 2, 2, 14, 30)
    ip = '185.213.%d.%d' % (random.randint(1, 250), random.randint(1, 250))
    v = dict(spf='pass', mailfrom='bounce-%s@mail.aws-certification-desk.com' % rhex(10), ip=ip,
             dkim=[('pass', 'aws-certification-desk.com')], dmarc='pass', hfrom='aws-certification-desk.com', p='NONE')
    fake = '174088115300233'
    t = ('Dear Daniel Okafor,\n\n'
         'Reference: %s\n\n'
         'Our records show a pending profile consolidation for the following AWS Certification accounts:\n\n'
         '    Primary:   AWS40718263\n'
         '    Secondary: AWS93051724\n\n'
         'Before our team can carry out this change, the account holder must sign in and approve the\n'
         'arrangement. Requests that are not approved within 48 hours are cancelled and both profiles are\n'
         'placed on hold, which may affect active certifications and exam vouchers.\n\n'
         'Review and approve: https://aws-certification-desk.com/portal/approve?ref=%s\n\n'
         'AWS Training & Certification Team\n') % (fake, fake)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<img src="https://aws-certification-desk.com/static/aws-logo.png" height="30" alt="aws">'
         '<p>Dear Daniel Okafor,</p><p>Reference: %s</p>'
         '<p>Our records show a pending profile consolidation for the following AWS Certification accounts:</p>'
         '<p>Primary: <b>AWS40718263</b><br>Secondary: <b>AWS93051724</b></p>'
         '<p>Before our team can carry out this change, the account holder must sign in and approve the arrangement. '
         'Requests that are not approved within <b>48 hours</b> are cancelled and both profiles are placed on hold, '
         'which may affect active certifications and exam vouchers.</p>'
         '<p><a href="https://aws-certification-desk.com/portal/approve?ref=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Review and approve</a></p>'
         '<p>AWS Training &amp; Certification Team</p></body></html>') % (fake, fake)
    hs = transport('gmail', d, DAN[1], v, from_host='mail.aws-certification-desk.com')
    hs += [('DKIM-Signature', dkim_sig('aws-certification-desk.com', d, selector='default')),
           ('From', addr('AWS Training & Certification', 'support@aws-certification-desk.com')), ('To', DAN[1]),
           ('Subject', 'Action needed: pending profile consolidation [Ref %s]' % fake),
           ('Date', fmt(d)), ('Message-ID', '<%s@aws-certification-desk.com>' % rhex(24)),
           ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    build('053-pending-profile-consolidation.eml', alt(part(t), part(h, 'html')), hs,
          L('merge_confirmation_requested', fake, ['AWS40718263', 'AWS93051724'], False, 'en'))

    # spoofed amazon.com From; topmost provider header fails, a forged one below says pass
    d = dt(2025, 9, 15, 20, 3, 11, JST)
    ip = '45.134.%d.%d' % (random.randint(1, 250), random.randint(1, 250))
    v = dict(spf='fail', mailfrom='info@mail-aws-jp.top', ip=ip, dkim=[], dmarc='fail', hfrom='amazon.com')
    fake = '175793300417724'
    t = ('山本 彩 様\n\n'
         'いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n'
         'お申し出いただいたアカウントの一本化について、最終のお手続きが残っております。\n\n'
         '　存続アカウント：AWS73920581\n'
         '　統合対象アカウント：AWS04471926\n\n'
         '下記のページにサインインのうえ、上記の内容に同意される場合は「同意する」を押してください。\n'
         '24 時間以内にお手続きがない場合、安全のため両方のアカウントの利用を一時停止いたします。\n\n'
         '　https://aws-training-jp.mail-aws-jp.top/merge/agree?case=%s\n\n'
         'お問い合わせ番号: %s\n'
         'AWS トレーニングと認定 サポート\n') % (fake, fake)
    hs = transport('jp:nifty.com', d, AYA[1], v, from_host='vps-%d.mail-aws-jp.top' % random.randint(100, 999))
    hs += [('Received', 'from localhost (localhost [127.0.0.1]) by amazon.com (Postfix) with ESMTP id 4F2A1C0; %s' % fmt(d - timedelta(seconds=40), JST)),
           ('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
           ('From', addr(*AWS_FORM)), ('Reply-To', 'support-desk@mail-aws-jp.top'), ('To', addr(*AYA, charset='iso-2022-jp')),
           ('Subject', subj('【重要】アカウント一本化の最終手続きのお願い [CASE %s]' % fake, 'iso-2022-jp')),
           ('Date', fmt(d)), ('Message-ID', '<%s.%s@amazon.com>' % (d.strftime('%Y%m%d%H%M%S'), rhex(12))),
           ('X-Mailer', 'Microsoft Outlook 16.0')]
    build('054-juuyou-saishuu-tetsuzuki.eml', part(t, charset='iso-2022-jp', cte='7bit'), hs,
          L('merge_confirmation_requested', fake, ['AWS04471926', 'AWS73920581'], False, 'ja'))


# ---------------------------------------------------------------- look-alikes and other mail
def generic_v(mailfrom, dom, ip, p='NONE', **kw):
    v = dict(spf='pass', mailfrom=mailfrom, ip=ip, dkim=[('pass', dom)], dmarc='pass', hfrom=dom, p=p)
    v.update(kw)
    return v


@register
def unrelated():
    # CertMetrics exam-experience questionnaire
    d = dt(2025, 11, 12, 16, 30, 2)
    ip = '167.89.%d.%d' % (random.randint(1, 250), random.randint(1, 250))
    v = generic_v('bounces+%d@em.certmetrics.com' % random.randint(100000, 999999), 'certmetrics.com', ip)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<p>Hello Hannah Schulz,</p>'
         '<p>AWS Certification wants to hear from you. You recently sat an AWS Certification exam, and we would like to know '
         'how the registration, scheduling and test-day experience went for you.</p>'
         '<p>Candidate ID: AWS55820147</p>'
         '<p><a href="https://aws.certmetrics.com/amazon/candidate/survey.aspx?t=%s">Start the questionnaire</a> (about 5 minutes)</p>'
         '<p>Thank you,<br>AWS Certification</p>'
         '<p style="font-size:11px;color:#777">This email was sent by CertMetrics on behalf of AWS Certification. '
         'Please do not reply to this message.</p></body></html>') % rs(24)
    hs = transport('gmail', d, HANNAH[1], v, from_host='o%d.em.certmetrics.com' % random.randint(1, 20))
    hs += [('DKIM-Signature', dkim_sig('certmetrics.com', d, selector='s1')),
           ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', HANNAH[1]),
           ('Subject', 'AWS Certification wants to hear from you'), ('Date', fmt(d)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rs(22), random.randint(1, 40)))]
    build('055-certmetrics-hear-from-you.eml', part(h, 'html'), hs,
          L('unrelated', None, ['AWS55820147'], False, 'en'))

    # Credly expiry reminder (genuine Credly, but not an award)
    d = dt(2026, 2, 10, 15, 0, 21)
    t = ('Hi Marco,\n\n'
         'Your AWS Certified Security - Specialty credential from Amazon Web Services Training and\n'
         'Certification expires on May 11, 2026.\n\n'
         'To keep it active on your profile, follow the recertification steps from the issuer:\n'
         'https://aws.amazon.com/certification/recertification/\n\n'
         'View your credential: https://www.credly.com/badges/%s\n\n'
         'The Credly Team\n') % ruuid()
    credly_mail('056-credly-expires-may.eml', d, 'Credly', MARCO,
                'Marco, your AWS Certified Security - Specialty expires in 90 days',
                part(t, cte='7bit', charset='us-ascii'), L('unrelated', None, [], True, 'en'), 'fastmail')

    # GitHub merged notification
    d = dt(2025, 4, 9, 12, 41, 18)
    ip = '192.30.252.%d' % random.randint(190, 210)
    v = generic_v('noreply@github.com', 'github.com', ip, p='REJECT')
    t = ('Merged #482 into main.\n\n'
         '-- \n'
         'Reply to this email directly, view it on GitHub:\n'
         'https://github.com/acme-platform/identity-service/pull/482#event-%d\n'
         'You are receiving this because you were mentioned.\n\nMessage ID: <acme-platform/identity-service/pull/482/issue_event/%d@github.com>\n'
         % (random.randint(10 ** 10, 10 ** 11), random.randint(10 ** 10, 10 ** 11)))
    h = ('<p>Merged <a href="https://github.com/acme-platform/identity-service/pull/482">#482</a> into main.</p>'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
         '<a href="https://github.com/acme-platform/identity-service/pull/482#event-1">view it on GitHub</a>.<br>'
         'You are receiving this because you were mentioned.</p>')
    hs = transport('gmail', d, DAN[1], v, from_host='out-%d.smtp.github.com' % random.randint(20, 30))
    prm = '<acme-platform/identity-service/pull/482@github.com>'
    hs += [('DKIM-Signature', dkim_sig('github.com', d, selector='pf2023')),
           ('From', addr('Lena Fischer', 'notifications@github.com')), ('Reply-To', 'acme-platform/identity-service <reply+%s@reply.github.com>' % rs(40, string.ascii_uppercase + string.digits)),
           ('To', 'acme-platform/identity-service <identity-service@noreply.github.com>'),
           ('Cc', 'Daniel Okafor <dan.okafor.cloud@gmail.com>, Mention <mention@noreply.github.com>'),
           ('Subject', 'Re: [acme-platform/identity-service] Merge duplicate learner accounts by candidate email (PR #482)'),
           ('Date', fmt(d)), ('Message-ID', '<acme-platform/identity-service/pull/482/issue_event/%d@github.com>' % random.randint(10 ** 10, 10 ** 11)),
           ('In-Reply-To', prm), ('References', prm),
           ('List-ID', 'acme-platform/identity-service <identity-service.acme-platform.github.com>'),
           ('X-GitHub-Reason', 'mention')]
    build('057-github-pr-482.eml', alt(part(t, cte='7bit', charset='us-ascii'), part(h, 'html', cte='7bit', charset='us-ascii')), hs,
          L('unrelated', None, [], False, 'en'))

    # Seller Central case, same subject style, "merge" topic, genuine amazon.com
    d = dt(2025, 7, 28, 19, 12, 40)
    t = ('Hello,\n\n'
         'Thank you for contacting Amazon Seller Support.\n\n'
         'We have reviewed your request to bring your two seller accounts (Olivia Chen Studio and OC Prints) '
         'under one Unified Account. Both storefronts can now be managed from a single login; your listings, '
         'payouts and performance history remain attached to each storefront.\n\n'
         'If you need anything else, please reply from Seller Central so we can keep all details in one place.\n\n'
         'Thank you for selling with Amazon.\n\n'
         'Mirela D.\nAmazon.com Seller Support\n\n'
         'Was this email helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6013370482\n')
    v = ses_v(d)
    aws_mail('058-re-case-seller-unified.eml', d, ('Amazon Seller Support', 'seller-notification@amazon.com'), OLIVIA,
             'RE:[CASE 6013370482] Request to merge two seller accounts',
             part(t), L('unrelated', '6013370482', [], True, 'en'), 'outlook', v=v)

    # Credly's own account-merge verification code (ja)
    d = dt(2025, 6, 3, 20, 44, 5, JST)
    code = '%06d' % random.randint(100000, 999999)
    h = ('<html><body style="font-family:sans-serif;color:#333"><table width="560" align="center" cellpadding="24"><tr><td>'
         '<h2 style="font-weight:400">Credly アカウントの統合</h2>'
         '<p>佐藤 健太 さん</p>'
         '<p>kenta.sato.0214@gmail.com と k.sato@minato-denki.co.jp の Credly アカウントをまとめるリクエストを受け付けました。'
         '手続きを続けるには、次の確認コードを入力してください。</p>'
         '<p style="font-size:28px;letter-spacing:6px"><b>%s</b></p>'
         '<p>コードの有効期限は 30 分です。</p>'
         '<p><a href="https://www.credly.com/users/account_merge/complete?token=%s" style="background:#0f6a8b;color:#fff;padding:12px 26px;text-decoration:none">Complete Account Merge</a></p>'
         '<p style="font-size:12px;color:#888">このリクエストに心当たりがない場合は、このメールを無視してください。</p>'
         '</td></tr></table></body></html>') % (code, rs(32))
    credly_mail('059-credly-tougou-code.eml', d, 'Credly', KENTA,
                subj('Credly: アカウント統合の確認コード %s' % code), part(h, 'html', cte='base64'),
                L('unrelated', None, [], True, 'ja'), 'gmail')

    # another AWS console case of the same user: billing (ja)
    d = dt(2026, 1, 22, 11, 30, 55, JST)
    case = '176895732905521'
    t = ('中村 翔 様\n\n'
         'AWS 請求サポートの森田でございます。\n\n'
         'ご依頼いただいた請求書の宛名の変更につきまして、Billing and Cost Management コンソールの\n'
         '「お支払い設定」から、請求先住所の会社名を「株式会社TKSシステムズ」に変更いたしました。\n'
         '2026 年 1 月分以降の請求書に反映されます。過去の請求書の再発行をご希望の場合は、対象の月をお知らせください。\n\n'
         '森田\n'
         'Amazon Web Services')
    aws_mail('060-re-case-seikyuusho-atena.eml', d, AWS_NOREPLY, SHO,
             subj('RE:[CASE %s] 請求書の宛名変更について' % case),
             part(console_reply_ja(case, t)), L('unrelated', case, [], True, 'ja'), 'outlook',
             v=ses_v(d) | {'region': 'jpnprd'})


# ==== PARTS ABOVE ====
if __name__ == '__main__':
    for fn in PARTS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')
