#!/usr/bin/env python3
"""Generator for blind set 136: seven users' AWS Certification account-merge cases,
from acknowledgement to Credly, with detours. Writes NNN-slug.eml + labels.json."""
import base64, quopri, json, os, re, random, hashlib, datetime as dt
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(136)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
LA = ZoneInfo('America/Los_Angeles')
NY = ZoneInfo('America/New_York')
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def T(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(t, tail):
    return str(int(t.timestamp())) + tail


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n, up=False):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if up else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def rfc(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    return format_datetime(t)


def rfc_la(t):
    l = t.astimezone(LA)
    return format_datetime(l) + ' (%s)' % l.tzname()


def ses_msgid(t, region=None):
    ms = int(t.timestamp() * 1000)
    core = '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    dom = 'email.amazonses.com' if region is None else region + '.amazonses.com'
    return '<%s@%s>' % (core, dom)


def ses_envelope(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


# ---------------------------------------------------------------- MIME parts
def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', actual=None):
    enc = actual or cs
    if enc.lower() == 'iso-2022-jp':
        raw = b'\n'.join(l.encode('iso-2022-jp') for l in text.split('\n'))
    else:
        raw = text.encode(enc)
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(plain, html, **kw):
    m = MIMEMultipart('alternative', boundary=kw.pop('boundary', None))
    for p in (plain, html):
        del p['MIME-Version']
    m.attach(plain)
    m.attach(html)
    return m


def bnd(prefix='----=_Part_'):
    return prefix + '%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def subj(s, cs='utf-8', q=False, maxlen=76):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        c = Charset(cs)
        if q:
            c.header_encoding = QP
        return Header(s, c, header_name='Subject', maxlinelen=maxlen).encode()


def fold(name, v, lim=78):
    out = []
    for i, line in enumerate(v.split('\n')):
        first = (i == 0)
        cur = line
        budget = lim - (len(name) + 2 if first else 0)
        while len(cur) > budget:
            cut = cur.rfind(' ', 1, budget)
            if cut <= len(cur) - len(cur.lstrip()):
                break
            out.append(cur[:cut])
            cur = ' ' + cur[cut + 1:]
            budget = lim
        out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- senders
def dkim_sig(d, s, t, h, extra=''):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;%s\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (s, d, int(t.timestamp()), extra, h, rb64(43), '\n\t'.join(rb64(68) for _ in range(5)) + rb64(4)))


def aws_sender_headers(t, frm, to, subject, msgid=None, region='us-east-1', extra=()):
    """Headers written by SES for amazon.com mail (top-down)."""
    h = [
        ('DKIM-Signature', dkim_sig('amazon.com', 'rte02' if R.random() < .5 else 'eaxkvsyelrnxjh4cicqyjjmtjpetuwjx', t,
                                    'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')),
        ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
                                    'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID')),
        ('Date', rfc(t)),
        ('From', frm),
        ('To', to),
        ('Message-ID', msgid or ses_msgid(t)),
        ('Subject', subject),
    ]
    h += list(extra)
    h += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43))),
          ('X-SES-Outgoing', '%s-54.240.8.%d' % (t.strftime('%Y.%m.%d'), R.randint(10, 99)))]
    return h


AWS_FORM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = addr('Amazon Web Services', 'no-reply-aws@amazon.com')

# ---------------------------------------------------------------- auth specs
def A_aws():
    return dict(spf='pass', mailfrom='amazonses.com', dkim=[('pass', 'amazon.com'), ('pass', 'amazonses.com')],
                dmarc='pass', hfrom='amazon.com', p='QUARANTINE', ip='54.240.8.%d' % R.randint(10, 99),
                host=None)


def A_credly():
    return dict(spf='pass', mailfrom='em4862.credly.com', dkim=[('pass', 'credly.com'), ('pass', 'sendgrid.info')],
                dmarc='pass', hfrom='credly.com', p='REJECT', ip='149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250)),
                host='wrqvbkdm.outbound-mail.sendgrid.net')


def A_other(dom, mailfrom, ip, host, dmarc='pass', p='NONE', dkim=None, spf='pass'):
    return dict(spf=spf, mailfrom=mailfrom, dkim=dkim if dkim is not None else [('pass', dom)], dmarc=dmarc, hfrom=dom,
                p=p, ip=ip, host=host)


def _host_for(a):
    if a.get('host'):
        return a['host']
    ip = a['ip']
    return 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])


def ar_gmail(a):
    parts = []
    for res, d in a['dkim']:
        if res == 'pass':
            parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (d, ralnum(8), rb64(8)))
        else:
            parts.append('dkim=%s header.i=@%s' % (res, d))
    if not a['dkim']:
        pass
    sp = a['spf']
    if sp == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (a.get('env', a['mailfrom']), a['ip'], a.get('env', a['mailfrom'])))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (sp, a.get('env', a['mailfrom']), a['ip'], a.get('env', a['mailfrom'])))
    dis = 'NONE' if a['dmarc'] == 'pass' else a['p']
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], a['p'], a['p'], dis, a['hfrom']))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_o365(a):
    d = a['dkim'][0] if a['dkim'] else None
    dk = ('dkim=pass (signature was verified) header.d=%s' % d[1]) if d and d[0] == 'pass' else \
        ('dkim=none (message not signed) header.d=none' if not d else 'dkim=fail (body hash did not verify) header.d=%s' % d[1])
    if a['dmarc'] == 'pass':
        dm = 'dmarc=pass action=none header.from=%s;compauth=pass reason=100' % a['hfrom']
    elif a['dmarc'] == 'none':
        dm = 'dmarc=none action=none header.from=%s;compauth=pass reason=%s' % (a['hfrom'], a.get('reason', '109'))
    else:
        dm = 'dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000' % a['hfrom']
    spf = 'spf=%s (sender IP is %s) smtp.mailfrom=%s' % (a['spf'], a['ip'], a['mailfrom'])
    return '%s; %s;%s' % (spf, dk, dm)


def ar_nifty(a):
    parts = ['spf=%s smtp.mailfrom=%s' % (a['spf'], a.get('env', a['mailfrom']))]
    for res, d in a['dkim']:
        parts.append('dkim=%s header.i=@%s' % (res, d))
    if not a['dkim']:
        parts.append('dkim=none')
    parts.append('dmarc=%s header.from=%s' % (a['dmarc'], a['hfrom']))
    return 'mx.nifty.com;\n\t' + ';\n\t'.join(parts)


def ar_fastmail(a):
    parts = []
    for res, d in a['dkim']:
        if res == 'pass':
            parts.append('dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048'
                         % (d, d, rb64(8), ralnum(10)))
        else:
            parts.append('dkim=%s header.d=%s' % (res, d))
    p = a['p'].lower()
    parts.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s'
                 % (a['dmarc'], p, p, a['hfrom']))
    parts.append('iprev=pass smtp.remote-ip=%s (%s)' % (a['ip'], _host_for(a)))
    parts.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (a['spf'], a.get('env', a['mailfrom']), _host_for(a)))
    return 'mx3.messagingengine.com;\n    ' + ';\n    '.join(parts)


def trace(prov, rcpt, t, a, envelope, forged=()):
    """Provider-added headers (top-down) for delivery at about time t.
    a: auth spec dict or None (no Authentication-Results).  forged: headers added
    by the sender that sit below the provider's own (untrusted)."""
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    ip = a['ip'] if a else '54.240.8.%d' % R.randint(10, 99)
    host = _host_for(a) if a else 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1]
    h = []
    if prov == 'gmail':
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(3), R.randint(100000, 9999999), ralnum(3), rfc_la(t1 + dt.timedelta(seconds=1)))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)))
        h.append(('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s with SMTP id af79cd13be357-%s.%d.%d;\n        %s'
                  % (rhex(4), rhex(3), rhex(4), rhex(11), R.randint(10, 99), R.randint(10000000000, 99999999999), rfc_la(t1))))
        if a:
            h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(t1.timestamp()), rb64(68))))
            a = dict(a, env=envelope)
            arg = ar_gmail(a)
            h.append(('ARC-Authentication-Results', 'i=1; ' + arg))
        h.append(('Return-Path', '<%s>' % envelope))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id af79cd13be357-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (host, host, ip, rhex(11), R.randint(10, 99), R.randint(10**10, 10**11 - 1), rcpt, rfc_la(t1))))
        if a:
            h.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                      % (a['spf'], envelope, ip, ip)))
            h.append(('Authentication-Results', arg))
    elif prov in ('o365', 'outlook'):
        if prov == 'o365':
            srv = ['TYCPR01MB%04d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999),
                   'OS3PR01MB%04d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999),
                   'TY2PEPF0000%04X.apcprd01.prod.exchangelabs.com' % R.randint(0, 65535)]
            if rcpt.endswith('northwind-analytics.com'):
                srv = ['SA1PR12MB%04d.namprd12.prod.outlook.com' % R.randint(1000, 9999),
                       'BN9PR03CA%04d.namprd03.prod.outlook.com' % R.randint(1000, 9999),
                       'BN2PEPF0000%04X.namprd04.prod.outlook.com' % R.randint(0, 65535)]
        else:
            srv = ['DS7PR19MB%04d.namprd19.prod.outlook.com' % R.randint(1000, 9999),
                   'CH0PR04CA%04d.namprd04.prod.outlook.com' % R.randint(1000, 9999),
                   'CH1PEPF0000%04X.namprd04.prod.outlook.com' % R.randint(0, 65535)]
        v6 = lambda: '2603:10b6:%x:%x::%x' % (R.randint(256, 4095), R.randint(1, 999), R.randint(1, 30))
        d = rfc(t1, UTC)
        h.append(('Received', 'from %s (%s) by\n %s with HTTPS; %s' % (srv[0], v6(), srv[0].replace(srv[0][:4], 'MN2P', 1), d)))
        h.append(('Received', 'from %s (%s)\n by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (srv[1], v6(), srv[0], v6(), R.randint(8000, 9400), R.randint(10, 40), d)))
        h.append(('Received', 'from %s\n (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                  % (srv[2], v6(), srv[1], v6(),
                     R.randint(8000, 9400), R.randint(10, 40), d)))
        if a:
            h.append(('Authentication-Results', ar_o365(a)))
            h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                      % (a['spf'].capitalize(), a['mailfrom'], ip, ip, host)))
        h.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s'
                  % (host, ip, srv[2].replace('.prod.outlook.com', '.mail.protection.outlook.com').replace('.prod.exchangelabs.com', '.mail.protection.outlook.com'),
                     R.randint(200, 250), R.randint(2, 250), R.randint(8000, 9400), R.randint(10, 40), rfc(t, UTC))))
        h = [(k, v.replace('\n ', ' ')) if k in ('Received', 'Authentication-Results', 'Received-SPF') else (k, v) for k, v in h]
    elif prov == 'nifty':
        h.append(('Return-Path', '<%s>' % envelope))
        h.append(('Delivered-To', rcpt))
        sp_, rc_ = R.randint(1, 9), R.randint(1, 9)
        h.append(('Received', 'from mta-snd%02d.mail.nifty.com by mta-spool%02d.mail.nifty.com with ESMTP\n          id <%s.%s@mta-spool%02d.mail.nifty.com>\n          for <%s>; %s'
                  % (R.randint(1, 9), sp_, t1.astimezone(JST).strftime('%Y%m%d%H%M%S'), ralnum(12), sp_, rcpt, rfc(t1, JST))))
        if a:
            h.append(('Authentication-Results', ar_nifty(dict(a, env=envelope))))
        h.append(('Received', 'from %s ([%s])\n          by mta-rcv%02d.mail.nifty.com with ESMTP\n          id <%s.%s@mta-rcv%02d.mail.nifty.com>\n          for <%s>; %s'
                  % (host, ip, rc_, t.astimezone(JST).strftime('%Y%m%d%H%M%S'), ralnum(10), rc_, rcpt, rfc(t, JST))))
    elif prov == 'fastmail':
        ny = lambda x: rfc(x, NY)
        h.append(('Return-Path', '<%s>' % envelope))
        h.append(('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%dn%d (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s'
                  % (4, 4, 44, R.randint(10, 60), R.randint(1, 20), rhex(12), ny(t1))))
        h.append(('X-Resolved-to', rcpt))
        h.append(('X-Delivered-to', rcpt))
        h.append(('X-Mail-from', envelope))
        h.append(('Received', 'from mx3 ([10.202.2.202])\n  by compute4.internal (LMTPProxy); %s' % ny(t1)))
        if a:
            a = dict(a, env=envelope)
            arf = ar_fastmail(a)
            h.append(('ARC-Authentication-Results', 'i=1; ' + arf))
            h.append(('Authentication-Results', arf))
        h.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx3.messagingengine.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (host, host, ip, rhex(10).upper(), rcpt, ny(t))))
    elif prov == 'corp-ja':
        # on-premises relay of a small Japanese company, no Authentication-Results
        h.append(('Return-Path', '<%s>' % envelope))
        h.append(('Received', 'from mail.example-relay.jp (localhost [127.0.0.1])\n\tby mail.example-relay.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                  % (rhex(10).upper(), rcpt, rfc(t1, JST))))
    else:
        raise ValueError(prov)
    h.extend(forged)
    return h


def o365_tail(t, internal=False):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', format_datetime(t.astimezone(UTC)).replace(' +0000', '') and t.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)),
            ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
            ('X-MS-Exchange-Organization-AuthSource', 'TY2PEPF0000%04X.apcprd01.prod.exchangelabs.com' % R.randint(0, 65535)),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal' if internal else 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '-1' if internal else '1'),
            ('X-MS-PublicTrafficType', 'Email')]


# ---------------------------------------------------------------- emit
def emit(num, slug, kind, lang, case_id, sv, body, hdrs, new, ids=None, tail=()):
    mime_h = list(body._headers)
    body._headers = []
    names = {k.lower() for k, v in list(hdrs) + list(tail)}
    for k, v in list(hdrs) + list(tail):
        if isinstance(v, str):
            v = fold(k, v)
        body[k] = v
    for k, v in mime_h:
        if k.lower() in names:
            continue
        body._headers.append((k, v))
    if ids is None:
        ids = set()
        for txt in new:
            ids.update('AWS' + m for m in ID_RE.findall(txt))
    ids = sorted(set(ids))
    fn = '%03d-%s.eml' % (num, slug)
    assert fn not in LABELS, fn
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(body.as_bytes(policy=compat32.clone(max_line_length=None)))
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}


def html_wrap(inner, title='Amazon Web Services'):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>\n'
            '<tr><td style="padding:24px;line-height:1.5;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., '
            '410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n') % (title, inner)


def p2h(text):
    """plain paragraphs -> simple html paragraphs"""
    import html as _h
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + _h.escape(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l.strip() else mark.rstrip() for l in text.split('\n'))


# ================================================================= MAILS
MAILS = []


def mail(f):
    MAILS.append(f)
    return f

# ---------------------------------------------------------------- U1 Emily Carter (form desk, Gmail, en)
U1 = 'emily.carter.dev@gmail.com'
U1_T0 = T('2025-03-11 14:22:07')
U1_CASE = case15(U1_T0, '00431')
U1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % U1_CASE
U1_AG = '''Hello Emily,

Thank you for contacting AWS Training and Certification. My name is Daniel and I'll be looking after your request.

I understand you'd like your certification history brought together under a single profile. Before anything can be changed I need to locate both records on our side, so could you please reply with the following:

1. The e-mail address you use to sign in to each of your certification accounts
2. The candidate ID of the second account, if you have it (it begins with "AWS" followed by 8 digits)
3. Which of the two profiles you would like to keep using from now on

Using the details on your form I was able to find AWS38104726, but I could not find a second profile registered to emily.carter.dev@gmail.com.

Best regards,
Daniel R.
AWS Training and Certification'''


@mail
def m001():
    t = U1_T0 + dt.timedelta(seconds=4)
    new = '''Hello,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know your submission reached us and has been given the reference number %s. One of our team members will look at it and get back to you, normally within one business day.

If you need to add anything, simply reply to this message and keep the reference in the subject line so it stays attached to the same request. Please don't send the form again for the same issue, as duplicate submissions can slow things down.

Summary of what you sent us:
  Inquiry type: AWS Training and Certification
  Category: Certification
  Detail: Account Merge
  AWS candidate ID: AWS38104726
  Description: Hi, I ended up with two certification profiles. AWS38104726 was created with my previous employer's e-mail and the newer one is under my personal Gmail. Could they be combined? Thank you.

Regards,
AWS Training and Certification Support
''' % U1_CASE
    body = tpart(new, cte='quoted-printable')
    env = ses_envelope(t)
    a = A_aws()
    hdr = trace('gmail', U1, t, a, env) + aws_sender_headers(
        t, AWS_FORM, U1, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % U1_CASE,
        extra=[('MIME-Version', '1.0')])
    emit(1, 'form-request-logged', 'case_created', 'en', U1_CASE, True, body, hdr, [new])


@mail
def m002():
    t = T('2025-03-12 09:48:30')
    new = U1_AG + '\n'
    body = tpart(new, cte='quoted-printable')
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U1, U1_SUBJ)
    emit(2, 'agent-needs-login-emails', 'support_reply', 'en', U1_CASE, True, body, hdr, [new])


U1_R1 = '''Hi Daniel,

Thanks for the quick reply. The other profile should be under ecarter@lumenfield.io, that was my work address. I'd like to keep the one on my Gmail.

Thanks,
Emily'''


@mail
def m003():
    t = T('2025-03-13 10:05:52')
    new = '''Hello Emily,

Thank you for getting back to me so quickly.

I've now found your second profile, AWS52917364, which is registered to emily.carter.dev@gmail.com, and I've noted that this is the one you want to keep.

However, I'm afraid I still can't verify the older profile. The address you gave (ecarter@lumenfield.io) isn't linked to AWS38104726 in our records. Could you check whether you may have used a different address at the time, for example an older company domain or an alias? If you still have access to any e-mail from us or from Pearson VUE about that exam, the address it was sent to would help as well.

As soon as I have the sign-in address for that profile I can move on to the next step.

Best regards,
Daniel R.
AWS Training and Certification
'''
    hist = '''
-----Original Message-----
From: emily.carter.dev@gmail.com
Sent: 2025-03-12 16:14:31 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

%s

On Wed, Mar 12, 2025 at 2:48 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
''' % (U1_SUBJ, U1_R1, quote(U1_AG))
    body = tpart(new + hist, cte='quoted-printable')
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U1, U1_SUBJ)
    emit(3, 'agent-asks-again-old-login', 'support_reply', 'en', U1_CASE, True, body, hdr, [new])


U1_CONF = '''Hello Emily,

Thanks for digging out the right address, that did the trick. I've been able to verify both profiles, and this is what I've got lined up:

  Profile that stays:         AWS52917364  (emily.carter.dev@gmail.com)
  Profile folded into it:     AWS38104726  (e.carter@brightlane-consulting.com)

Everything currently recorded under AWS38104726 (exam history, active certifications and any benefits) would be moved across to AWS52917364, and AWS38104726 would then be shut down. Please be aware that this can't be reversed afterwards.

If that all looks right, just reply to this e-mail to say so and I'll get it started. If anything should be different, please tell me before I go ahead.

Best regards,
Daniel R.
AWS Training and Certification'''


@mail
def m004():
    t = T('2025-03-14 08:12:40')
    plain = U1_CONF + '\n'
    html = html_wrap('''<p>Hello Emily,</p>
<p>Thanks for digging out the right address, that did the trick. I've been able to verify both profiles, and this is what I've got lined up:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;">
<tr><th align="left">Profile that stays</th><td>AWS52917364</td><td>emily.carter.dev@gmail.com</td></tr>
<tr><th align="left">Profile folded into it</th><td>AWS38104726</td><td>e.carter@brightlane-consulting.com</td></tr>
</table>
<p>Everything currently recorded under AWS38104726 (exam history, active certifications and any benefits) would be moved across to AWS52917364, and AWS38104726 would then be shut down. <b>Please be aware that this can't be reversed afterwards.</b></p>
<p>If that all looks right, just reply to this e-mail to say so and I'll get it started. If anything should be different, please tell me before I go ahead.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification</p>''')
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U1, U1_SUBJ)
    emit(4, 'agent-lays-out-merge-plan', 'merge_confirmation_requested', 'en', U1_CASE, True, body, hdr, [plain, html])


@mail
def m005():
    t = T('2025-03-14 19:02:15')
    new = '''Hi Emily,

Thank you for confirming.

I've handed the request over to our records team and they will carry it out from here. This usually takes between one and three business days. I'll write to you again as soon as they let me know it's finished, and there is nothing else you need to do in the meantime.

Kind regards,
Daniel R.
AWS Training and Certification
'''
    hist = '''
-----Original Message-----
From: emily.carter.dev@gmail.com
Sent: 2025-03-14 13:40:02 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

Hi Daniel,

Yes, the details are correct. Please proceed.

Emily

On Fri, Mar 14, 2025 at 1:12 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
''' % (U1_SUBJ, quote(U1_CONF))
    body = tpart(new + hist, cte='quoted-printable')
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U1, U1_SUBJ)
    emit(5, 'agent-handing-to-records-team', 'support_reply', 'en', U1_CASE, True, body, hdr, [new])


@mail
def m006():
    t = T('2025-03-17 11:26:04')
    new = '''Hello Emily,

I have some good news: our records team has finished their work on your profiles.

Your exam history and certifications are now all held under AWS52917364, and the older profile AWS38104726 has been retired. From now on you'll only need your Gmail address to sign in.

A couple of things worth checking over the next few days:
- Sign in at https://www.aws.training/certification and confirm all of your certifications are listed.
- Any exam benefits, such as the 50% discount voucher, should now show on the same profile.
- Your Credly badges are re-issued to the surviving profile's address. This can take up to 72 hours.

If anything looks wrong, just reply to this message and I'll take another look.

Best regards,
Daniel R.
AWS Training and Certification
'''
    body = tpart(new, cte='base64')
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U1, U1_SUBJ)
    emit(6, 'records-team-finished', 'merge_completed', 'en', U1_CASE, True, body, hdr, [new])


@mail
def m007():
    t = T('2025-03-17 11:31:47')
    plain = '''Hello,

Your AWS Training and Certification case %s has been marked as resolved.

How did we do? We'd really appreciate two minutes of your time to tell us about your experience.

Was your issue resolved?
  Yes: https://survey.aws-tc.amazon.com/r/%s?q1=yes
  No:  https://survey.aws-tc.amazon.com/r/%s?q1=no

If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification
''' % (U1_CASE, rhex(24), rhex(24))
    html = html_wrap(p2h(plain).replace('https://', '<a href="https://').replace('?q1=yes', '?q1=yes">Yes</a>').replace('?q1=no', '?q1=no">No</a>'))
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    hdr = trace('gmail', U1, t, A_aws(), ses_envelope(t)) + aws_sender_headers(
        t, AWS_FORM, U1, 'How did we do? [CASE %s]' % U1_CASE)
    emit(7, 'how-did-we-do', 'survey', 'en', U1_CASE, True, body, hdr, [plain])


def credly_headers(t, to, subject, name='Amazon Web Services Training and Certification via Credly'):
    return [
        ('DKIM-Signature', dkim_sig('credly.com', 's1', t, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')),
        ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', t, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')),
        ('Date', rfc(t)),
        ('From', addr(name, 'admin@credly.com')),
        ('Reply-To', 'support@credly.com'),
        ('To', to),
        ('Message-ID', '<%s_%s@credly-mailer-%s.mail>' % (rhex(13), rhex(14), ralnum(5))),
        ('Subject', subject),
        ('Mime-Version', '1.0'),
        ('X-SG-EID', rb64(60)),
        ('X-Entity-ID', rb64(22)),
    ]


def credly_env(t):
    return 'bounces+%d-%s-%s@em4862.credly.com' % (R.randint(1000000, 9999999), rhex(4), 'x')


def credly_badge(first, badge, uuid, extra_plain='', extra_html=''):
    plain = '''Congratulations, %s!

Amazon Web Services Training and Certification has issued you a badge:

%s

%sAccept your badge to share it on LinkedIn, add it to your e-mail signature and show verified proof of your achievement.

Accept your badge: https://www.credly.com/badges/%s/accept

You received this e-mail because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, Inc. | 13 Elm Street, Suite 300, Manchester, MA 01944
Unsubscribe: https://www.credly.com/notifications/unsubscribe
''' % (first, badge, extra_plain, uuid)
    html = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f4f4f4;margin:0;font-family:Helvetica,Arial,sans-serif;">
<table align="center" width="600" style="background:#ffffff;" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px;text-align:center;">
<h1 style="font-size:24px;">Congratulations, %s!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge.</p>
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s">
<h2 style="font-size:18px;">%s</h2>
%s
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block;">Accept your badge</a></p>
<p style="font-size:13px;color:#555;">Share it on LinkedIn, add it to your e-mail signature and show verified proof of your achievement.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888;text-align:center;">You received this e-mail because Amazon Web Services Training and Certification uses Credly to issue digital credentials.<br>
Credly, Inc. | 13 Elm Street, Suite 300, Manchester, MA 01944 | <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
''' % (first, '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)), badge, badge, extra_html, uuid)
    return plain, html


def uuid4():
    return '%s-%s-4%s-%s%s-%s' % (rhex(8), rhex(4), rhex(3), R.choice('89ab'), rhex(3), rhex(12))


@mail
def m008():
    t = T('2025-03-18 02:14:09')
    plain, html = credly_badge('Emily', 'AWS Certified Developer - Associate', uuid4())
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    a = A_credly()
    env = credly_env(t)
    hdr = trace('gmail', U1, t, a, env) + credly_headers(t, U1, 'Emily, you earned a badge from Amazon Web Services Training and Certification')
    emit(8, 'credly-developer-associate', 'credly_badge_issued', 'en', None, True, body, hdr, [plain])


@mail
def m009():
    t = T('2025-03-20 17:55:31')
    html = '''<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;padding:10px"><img src="https://aws-accounts-verify.com/img/aws.png" alt="aws" width="70"></div>
<p>Dear Customer,</p>
<p>We were unable to process the payment for your Amazon Web Services account for the current billing period. As a result, some services on your account have been <b>temporarily suspended</b> (Case 5830912746).</p>
<p>To avoid permanent termination of your resources and loss of data, please update your payment information within 24 hours:</p>
<p><a href="https://aws-accounts-verify.com/billing/update?ref=5830912746" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Update payment method</a></p>
<p>Thank you for using Amazon Web Services.<br>AWS Billing Team</p>
<p style="font-size:10px;color:#777">Amazon Web Services, Inc. 410 Terry Ave North, Seattle WA</p>
</body></html>
'''
    body = tpart(html, 'html', cte='base64')
    a = A_other('aws-accounts-verify.com', 'aws-accounts-verify.com', '185.212.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                'mail.aws-accounts-verify.com')
    env = 'bounce@aws-accounts-verify.com'
    hdr = trace('gmail', U1, t, a, env) + [
        ('DKIM-Signature', dkim_sig('aws-accounts-verify.com', 'default', t, 'From:To:Subject:Date:Message-ID')),
        ('Date', rfc(t)),
        ('From', addr('AWS Billing', 'billing@aws-accounts-verify.com')),
        ('To', U1),
        ('Message-ID', '<%s@aws-accounts-verify.com>' % rhex(20)),
        ('Subject', 'Action required: services on your AWS account are suspended'),
        ('MIME-Version', '1.0'),
    ]
    emit(9, 'billing-suspended-lookalike', 'unrelated', 'en', '5830912746', False, body, hdr, [html])


# ---------------------------------------------------------------- U2 Tanaka Kenta (console, Gmail, ja)
U2 = 'k.tanaka.cloud@gmail.com'
U2_TO = addr('田中 健太', U2)
U2_T0 = T('2025-05-26 23:41:15')
U2_CASE = case15(U2_T0, '00219')
U2_RE = 'RE:[CASE %s] AWS認定アカウントの統合について' % U2_CASE


def ja_console_footer(cid):
    return '''
このケースへの返信や追加情報のご提供は、以下のリンクからサポートセンターにアクセスして行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお受けできませんので、上記リンクをご利用ください。

今回の対応についてのご評価をお待ちしております。サポートセンターの各対応の右上にある星を選択して評価いただけます。
''' % cid


def en_console_footer(cid):
    return '''
To see all the details of your case or to reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
''' % cid


@mail
def m010():
    t = U2_T0 + dt.timedelta(seconds=5)
    new = '''お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のご質問に対応するため、ケース %s を開きました。

ケース ID: %s
件名: AWS認定アカウントの統合について
重要度: 一般的なガイダンス
サービス: トレーニングと認定

担当者より、通常のサポート対応時間内にご連絡いたします。ケースの詳細の確認や追加情報の送信は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。

よろしくお願いいたします。
アマゾン ウェブ サービス
''' % (U2_CASE, U2_CASE, U2_CASE)
    body = tpart(new, cte='base64')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(
        t, AWS_NOREPLY, U2, subj('Amazon Web Services: 新しいサポートケースを開きました: %s' % U2_CASE))
    emit(10, 'console-case-opened-ja', 'case_created', 'ja', U2_CASE, True, body, hdr, [new])


@mail
def m011():
    t = T('2025-05-27 05:12:48')
    new = '''お客様

サポートケース %s「AWS認定アカウントの統合について」に、AWS サポートから新しい返信が追加されました。

返信の内容を確認し、必要に応じて回答するには、サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールには返信できません。

アマゾン ウェブ サービス
''' % (U2_CASE, U2_CASE)
    body = tpart(new, cte='quoted-printable')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(
        t, AWS_NOREPLY, U2, subj('[Case %s] 新しい対応が追加されました' % U2_CASE))
    emit(11, 'new-correspondence-notice-ja', 'support_reply', 'ja', U2_CASE, True, body, hdr, [new])


@mail
def m012():
    t = T('2025-05-28 02:30:11')
    new = '''田中 健太 様

AWS トレーニングと認定サポートの小林でございます。
ご回答いただきありがとうございます。お知らせいただいた情報をもとに、以下 2 つの認定アカウントを確認いたしました。

　・AWS20581937（k.tanaka.cloud@gmail.com）
　・AWS71406258（kenta.tanaka@hoshimi-tech.co.jp）

つきましては、下記の内容で統合を実施したいと考えております。

　統合後も使用するアカウント：AWS71406258
　統合により閉鎖されるアカウント：AWS20581937

AWS20581937 に記録されている受験履歴・認定資格・特典は、すべて AWS71406258 に引き継がれます。
なお、統合処理は一度実行すると取り消すことができません。

上記の内容でよろしければ、サポートセンターから本ケースに「この内容で進めてください」とご返信いただけますでしょうか。ご確認いただけ次第、手続きを進めます。

よろしくお願いいたします。

小林
Amazon Web Services
'''
    plain = new + ja_console_footer(U2_CASE)
    html = html_wrap(p2h(plain), 'アマゾン ウェブ サービス')
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='base64'), boundary=bnd())
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, U2, subj(U2_RE))
    emit(12, 'kakunin-irai-direction-reversed', 'merge_confirmation_requested', 'ja', U2_CASE, True, body, hdr, [plain])


U2_FIX = '''田中 様

ご連絡ありがとうございます。小林です。
ご指摘のとおり、前回のご案内では、残すアカウントと統合元のアカウントを取り違えて記載しておりました。大変失礼いたしました。

改めまして、正しい内容は以下のとおりです。

　残すアカウント（統合先）：AWS20581937（k.tanaka.cloud@gmail.com）
　統合元（統合後に閉鎖）：AWS71406258（kenta.tanaka@hoshimi-tech.co.jp）

AWS71406258 の受験履歴および認定資格は、AWS20581937 へ移されます。統合は実行後に元へ戻すことができませんので、内容に相違がないか、今一度ご確認ください。

問題がなければ、その旨をサポートセンターから本ケースにご返信ください。

よろしくお願いいたします。
小林
Amazon Web Services'''


@mail
def m013():
    t = T('2025-05-28 06:45:37')
    new = U2_FIX + '\n' + ja_console_footer(U2_CASE)
    body = tpart(new, cte='8bit')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, U2, subj(U2_RE))
    emit(13, 'corrected-direction-kakunin', 'merge_confirmation_requested', 'ja', U2_CASE, True, body, hdr, [new])


@mail
def m014():
    t = T('2025-05-29 01:20:02')
    new = '''田中 様

ご確認いただきありがとうございます。
いただいた内容のとおり、担当部署へ統合作業を依頼いたしました。作業の完了までには、通常 2〜3 営業日ほどお時間をいただいております。
完了いたしましたら、本ケースにて改めてご連絡いたします。

それまでの間、新しい試験の予約はお控えいただけますと幸いです。

よろしくお願いいたします。
小林
Amazon Web Services
'''
    hist = '''
---- 2025/05/28 06:45 (UTC) AWS サポートからの対応 ----
%s
''' % quote(U2_FIX)
    body = tpart(new + hist + ja_console_footer(U2_CASE), cte='quoted-printable')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, U2, subj(U2_RE))
    emit(14, 'tanto-busho-ni-irai', 'support_reply', 'ja', U2_CASE, True, body, hdr, [new])


@mail
def m015():
    t = T('2025-05-30 08:05:26')
    new = '''田中 様

お待たせいたしました。小林です。
担当部署より作業終了の報告がございましたので、お知らせいたします。

AWS71406258 に登録されていた受験履歴および認定資格は、すべて AWS20581937 へ移行いたしました。今後は k.tanaka.cloud@gmail.com でサインインのうえ、AWS20581937 をご利用ください。なお、AWS71406258 ではサインインできなくなっております。

Credly のデジタルバッジは、数日以内に AWS20581937 に登録のメールアドレス宛てに改めて発行されます。

ほかにご不明な点がなければ、本ケースはこのままクローズとさせていただきます。

よろしくお願いいたします。
小林
Amazon Web Services
'''
    plain = new + ja_console_footer(U2_CASE)
    html = html_wrap(p2h(new) + '''
<hr>
<p>今回の対応はいかがでしたか？ 星を選んで評価してください。</p>
<p style="font-size:22px;"><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&rating=2">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&rating=4">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5">&#9733;</a></p>
''' % ((U2_CASE,) * 5), 'アマゾン ウェブ サービス')
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='base64'), boundary=bnd())
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, U2, subj(U2_RE))
    emit(15, 'ikou-itashimashita', 'merge_completed', 'ja', U2_CASE, True, body, hdr, [plain])


@mail
def m016():
    t = T('2025-06-02 00:14:55')
    html = html_wrap('''<h2 style="font-size:18px;">ケース %s はクローズされました</h2>
<p>田中 健太 様</p>
<p>AWS サポートをご利用いただき、ありがとうございます。サービス向上のため、簡単なアンケートにご協力ください（所要時間は約 2 分です）。</p>
<p><b>お問い合わせの内容は解決しましたか？</b></p>
<p><a href="https://survey.support.aws.amazon.com/s/%s?lang=ja&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none;">はい</a>
&nbsp; <a href="https://survey.support.aws.amazon.com/s/%s?lang=ja&amp;resolved=no" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none;">いいえ</a></p>
<p>引き続きサポートが必要な場合は、サポートセンターからケースを再開できます。</p>
<p>アマゾン ウェブ サービス</p>''' % (U2_CASE, rhex(20), rhex(20)), 'アンケート')
    body = tpart(html, 'html', cte='quoted-printable')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(
        t, AWS_NOREPLY, U2_TO, subj('AWS サポートに関するアンケートのお願い（ケース ID: %s）' % U2_CASE, q=True))
    emit(16, 'anketo-onegai', 'survey', 'ja', U2_CASE, True, body, hdr, [html])


@mail
def m017():
    t0 = T('2025-06-09 04:12:33')
    cid = case15(t0, '00874')
    t = T('2025-06-10 02:40:19')
    new = '''田中 様

AWS 請求サポートの中村です。お問い合わせいただいた 5 月分のご請求について確認いたしました。

前月と比べて請求額が増加した主な要因は、アジアパシフィック（東京）リージョンで稼働していた NAT ゲートウェイ 2 台のデータ処理料金です。5 月 14 日以降、これらの NAT ゲートウェイを経由するトラフィックが大きく増えております。

詳細な内訳は、請求とコスト管理コンソールの Cost Explorer で「サービス：EC2-その他」「使用タイプ：NatGateway-Bytes」に絞り込むとご確認いただけます。

今後の費用を抑える方法として、S3 や DynamoDB へのアクセスにゲートウェイ型 VPC エンドポイントをご利用いただくことをご検討ください。

ほかにご不明な点がございましたら、お気軽にお知らせください。

よろしくお願いいたします。
中村
Amazon Web Services
''' + ja_console_footer(cid)
    body = tpart(new, cte='base64')
    hdr = trace('gmail', U2, t, A_aws(), ses_envelope(t)) + aws_sender_headers(
        t, AWS_NOREPLY, U2, subj('RE:[CASE %s] 5月分の請求額について' % cid))
    emit(17, 'seikyu-case-betsuken', 'unrelated', 'ja', cid, True, body, hdr, [new])


@mail
def m018():
    t = T('2025-06-05 15:03:40')
    plain = '''田中 健太 様

AWS 認定プログラムにご参加いただき、ありがとうございます。

より良い認定体験をご提供するため、皆様のご意見をお聞かせください。アンケートは 5 分程度で完了します。

アンケートに回答する:
https://www.certmetrics.com/amazon/public/survey.aspx?t=%s

候補者 ID: AWS20581937

※このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。

AWS Training and Certification
''' % rhex(32)
    html = '''<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,Arial,sans-serif;font-size:14px;">
<p>田中 健太 様</p>
<p>AWS 認定プログラムにご参加いただき、ありがとうございます。</p>
<p>より良い認定体験をご提供するため、皆様のご意見をお聞かせください。アンケートは 5 分程度で完了します。</p>
<p><a href="https://www.certmetrics.com/amazon/public/survey.aspx">アンケートに回答する</a></p>
<p style="color:#666;">候補者 ID: AWS20581937</p>
<p style="font-size:11px;color:#999;">※このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。</p>
</body></html>
'''
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd('_=_swift_'))
    a = A_other('certmetrics.com', 'bounce.certmetrics.com', '13.111.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                'mta%d.certmetrics.com' % R.randint(1, 9), p='NONE')
    hdr = trace('gmail', U2, t, a, 'bounce-%s@bounce.certmetrics.com' % rhex(10)) + [
        ('DKIM-Signature', dkim_sig('certmetrics.com', 'cm1', t, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')),
        ('Date', rfc(t)),
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', U2),
        ('Message-ID', '<%s.%s@certmetrics.com>' % (rhex(16), t.strftime('%Y%m%d%H%M%S'))),
        ('Subject', subj('AWS 認定: ご意見をお聞かせください')),
        ('MIME-Version', '1.0'),
    ]
    emit(18, 'certmetrics-anketo', 'unrelated', 'ja', None, False, body, hdr, [plain, html])


@mail
def m019():
    t = T('2025-05-31 19:22:03')
    plain, html = credly_badge('Kenta', 'AWS Certified Solutions Architect - Professional', uuid4())
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    hdr = trace('gmail', U2, t, A_credly(), credly_env(t)) + credly_headers(
        t, U2, 'Kenta, your AWS Certified Solutions Architect - Professional badge is ready')
    emit(19, 'credly-sap-badge', 'credly_badge_issued', 'en', None, True, body, hdr, [plain])


# ---------------------------------------------------------------- U3 Raj Patel (console, Office 365, en, 11-digit case)
U3 = 'raj.patel@northwind-analytics.com'
U3_TO = addr('Raj Patel', U3)
U3_CASE = '11831740562'
U3_RE = 'RE:[CASE %s] Merge duplicate AWS Certification accounts' % U3_CASE


def u3_hdr(t, subject, frm=AWS_NOREPLY):
    return trace('o365', U3, t, dict(A_aws(), mailfrom='amazonses.com'), ses_envelope(t)) + aws_sender_headers(t, frm, U3, subject)


@mail
def m020():
    t = T('2025-07-07 15:20:40')
    new = '''Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge duplicate AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: AWS64019283 (my current one, work e-mail) and aws-19374605 (created in 2019 with a personal Yahoo address). I'd like everything consolidated under AWS64019283. Thanks, Raj

We will respond to your case as soon as possible.
''' % (U3_CASE, U3_CASE) + en_console_footer(U3_CASE)
    body = tpart(new, cte='quoted-printable')
    emit(20, 'support-case-opened', 'case_created', 'en', U3_CASE, True, body,
         u3_hdr(t, 'Amazon Web Services: You have opened a new Support case: %s' % U3_CASE), [new], tail=o365_tail(t))


U3_CONF2 = '''Hello Raj,

Thanks for sending those details over; they match what we hold for AWS88021547.

Here is what I'm proposing:

  Retained:            AWS64019283 (raj.patel@northwind-analytics.com)
  Merged and closed:   AWS88021547 (rpatel@students.hartwell.ac.uk)

AWS64019283 already contains the history we moved over from AWS19374605 earlier this month, and that won't be affected.

As before, this step is permanent and can't be undone afterwards. If you're happy for us to go ahead, please reply to this case in the Support Center to approve it.

Best regards,
Priya S.
Amazon Web Services'''


@mail
def m021():
    t = T('2025-07-08 13:05:12')
    new = '''Hello Raj,

Thank you for your patience. My name is Priya and I'm with the AWS Training and Certification team.

I've located both of the accounts you mentioned. Before our back-office team changes anything, I need you to review and approve the following:

Primary account (will be kept): AWS64019283 - raj.patel@northwind-analytics.com
Secondary account (combined into the primary, then closed): AWS19374605 - rajpatel88@yahoo.com

Please keep in mind that once two accounts have been combined, we are not able to split them apart again.

If this is correct, please reply to this case in the Support Center with your approval. If you'd rather keep a different account as the primary, just let me know.

Best regards,
Priya S.
Amazon Web Services
'''
    plain = new + en_console_footer(U3_CASE)
    html = html_wrap(p2h(new).replace('Primary account (will be kept):', '<b>Primary account (will be kept):</b>')
                     .replace('Secondary account (combined into the primary, then closed):', '<b>Secondary account (combined into the primary, then closed):</b>')
                     + '<hr>' + p2h(en_console_footer(U3_CASE)))
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    emit(21, 'approve-primary-secondary', 'merge_confirmation_requested', 'en', U3_CASE, True, body,
         u3_hdr(t, U3_RE), [plain, html], tail=o365_tail(t))


@mail
def m022():
    t = T('2025-07-10 09:40:55')
    new = '''Hello Raj,

Following up on your request: the consolidation has now been carried out. AWS19374605 has been folded into AWS64019283, so your full exam history, your Solutions Architect - Associate and Data Engineer - Associate certifications, and your remaining exam benefit now all sit on AWS64019283. The Yahoo login will no longer work.

As this covers everything you asked for, I'm going to mark this case as resolved. If something doesn't look right, you can reopen it from the Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services
''' + en_console_footer(U3_CASE)
    body = tpart(new, cte='base64')
    emit(22, 'folded-in-and-resolved', 'merge_completed', 'en', U3_CASE, True, body, u3_hdr(t, U3_RE), [new], tail=o365_tail(t))


@mail
def m023():
    t = T('2025-07-22 14:10:31')
    new = '''Hello Raj,

Thank you for reopening the case. I understand you've come across a third certification profile, AWS88021547, which was set up when you sat an exam at your university's test centre back in 2017.

I'm happy to look into bringing this one into AWS64019283 as well. To confirm it belongs to you, could you please send me:
- the e-mail address that was registered on AWS88021547 (even if you no longer have access to it)
- your name exactly as it appeared on the ID you used for that exam
- the approximate date and the name of the exam

Once I have these I'll come back to you with the details for your approval.

Best regards,
Priya S.
Amazon Web Services
''' + en_console_footer(U3_CASE)
    body = tpart(new, cte='quoted-printable')
    emit(23, 'third-profile-need-details', 'support_reply', 'en', U3_CASE, True, body, u3_hdr(t, U3_RE), [new], tail=o365_tail(t))


@mail
def m024():
    t = T('2025-07-24 10:02:08')
    plain = U3_CONF2 + '\n' + en_console_footer(U3_CASE)
    html = html_wrap('''<p>Hello Raj,</p>
<p>Thanks for sending those details over; they match what we hold for AWS88021547.</p>
<p>Here is what I'm proposing:</p>
<ul><li><b>Retained:</b> AWS64019283 (raj.patel@northwind-analytics.com)</li>
<li><b>Merged and closed:</b> AWS88021547 (rpatel@students.hartwell.ac.uk)</li></ul>
<p>AWS64019283 already contains the history we moved over from AWS19374605 earlier this month, and that won't be affected.</p>
<p>As before, this step is permanent and can't be undone afterwards. If you're happy for us to go ahead, please reply to this case in the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a> to approve it.</p>
<p>Best regards,<br>Priya S.<br>Amazon Web Services</p>''' % U3_CASE)
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    emit(24, 'second-merge-approval', 'merge_confirmation_requested', 'en', U3_CASE, True, body, u3_hdr(t, U3_RE), [plain, html],
         tail=o365_tail(t))


@mail
def m025():
    t = T('2025-07-25 17:45:19')
    new = '''Hello Raj,

That's done. The third profile has now been combined with your primary account and its old login has been switched off. Your transcript should list the 2017 Cloud Practitioner exam alongside everything else within the next few hours.

I'll set this case back to resolved. Thanks for bearing with us through both rounds!

Best regards,
Priya S.
Amazon Web Services
'''
    hist = '''
-------- Previous correspondence --------
On 2025-07-24 10:02 UTC, Amazon Web Services wrote:
%s
''' % quote(U3_CONF2)
    body = tpart(new + hist + en_console_footer(U3_CASE), cte='quoted-printable')
    emit(25, 'third-profile-combined', 'merge_completed', 'en', U3_CASE, True, body, u3_hdr(t, U3_RE), [new], tail=o365_tail(t))


@mail
def m026():
    t = T('2025-08-04 12:30:44')
    new = '''Hello Raj,

Thank you for letting us know that your Solutions Architect - Associate and Data Engineer - Associate badges are still sitting on your old Credly account (rajpatel88@yahoo.com) instead of the one tied to AWS64019283.

Credly badges are kept separately from the certification record itself, so I've asked our Credly team to transfer them. Once that has been done, Credly will e-mail you at raj.patel@northwind-analytics.com so you can accept them. This usually takes 3 to 5 business days; if you haven't heard anything by 12 August, please reply here and I'll chase it up.

Best regards,
Priya S.
Amazon Web Services
''' + en_console_footer(U3_CASE)
    body = tpart(new, cte='7bit')
    emit(26, 'badges-still-on-old-credly', 'support_reply', 'en', U3_CASE, True, body, u3_hdr(t, U3_RE), [new], tail=o365_tail(t))


@mail
def m027():
    t = T('2025-08-08 06:11:37')
    uu = [uuid4(), uuid4()]
    plain = '''Hi Raj,

Good news! The following badges issued by Amazon Web Services Training and Certification have been transferred to your Credly account (raj.patel@northwind-analytics.com):

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Data Engineer - Associate

Accept them to display them on your profile and share them with your network:
https://www.credly.com/badges/%s/accept
https://www.credly.com/badges/%s/accept

The Credly Team
Credly, Inc. | 13 Elm Street, Suite 300, Manchester, MA 01944
''' % tuple(uu)
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;">
<table align="center" width="600" style="background:#fff;"><tr><td style="padding:24px;">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<p>Hi Raj,</p>
<p>Good news! The following badges issued by <b>Amazon Web Services Training and Certification</b> have been transferred to your Credly account (raj.patel@northwind-analytics.com):</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="80"></td><td>AWS Certified Solutions Architect - Associate</td>
<td><a href="https://www.credly.com/badges/%s/accept">Accept</a></td></tr>
<tr><td><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="80"></td><td>AWS Certified Data Engineer - Associate</td>
<td><a href="https://www.credly.com/badges/%s/accept">Accept</a></td></tr></table>
<p>The Credly Team</p>
<p style="font-size:11px;color:#888;">Credly, Inc. | 13 Elm Street, Suite 300, Manchester, MA 01944</p>
</td></tr></table></body></html>
''' % (rhex(12), uu[0], rhex(12), uu[1])
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    a = A_credly()
    hdr = trace('o365', U3, t, dict(a, mailfrom='em4862.credly.com'), credly_env(t)) + credly_headers(
        t, U3, 'Your badges have been transferred to your Credly account', name='Credly')
    emit(27, 'credly-badges-transferred', 'credly_badge_issued', 'en', None, True, body, hdr, [plain], tail=o365_tail(t))


# ---------------------------------------------------------------- U4 Sato Misaki (form desk, nifty, ja)
U4 = 'misaki.sato@nifty.com'
U4_T0 = T('2025-05-27 23:02:14')
U4_CASE = case15(U4_T0, '00608')
U4_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % U4_CASE

U4_ASK = '''佐藤 様

AWS トレーニングと認定サポートの山口と申します。
このたびはお問い合わせいただき、ありがとうございます。

アカウントの統合について承りました。対象のアカウントを特定するため、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントの候補者 ID（「AWS」から始まる番号）、またはサインインに使用しているメールアドレス
2. それぞれのアカウントに登録されている通知先メールアドレス
3. 今後もご利用になるアカウントはどちらか

フォームに記載いただいた AWS45170392 については、こちらで確認が取れております。

ご回答は本メールへの返信でお送りください。

よろしくお願いいたします。
山口
AWS トレーニングと認定'''

U4_CLOSE = '''佐藤 様

先日よりご案内しておりましたアカウントの件につきまして、期限までにご返信を確認できなかったため、本ケース（%s）はクローズさせていただきました。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただければ、ケースが再開されます。

今回の対応について、よろしければ以下のアンケートにご協力ください。
問題は解決しましたか？
　はい：https://survey.aws-tc.amazon.com/r/%s?lang=ja&q1=yes
　いいえ：https://survey.aws-tc.amazon.com/r/%s?lang=ja&q1=no

AWS トレーニングと認定''' % (U4_CASE, 'c81f0a9e27d44b5a913e6f02', 'c81f0a9e27d44b5a913e6f02')

U4_CONF_TXT = '''佐藤 様

お待たせいたしました。山口です。
両方のアカウントについて確認が取れましたので、以下の内容で統合させていただきたく存じます。

今後ご利用いただくアカウント：AWS45170392（misaki.sato@nifty.com）
統合元のアカウント（統合後は無効）：AWS90736218（misaki.s@arakawa-denki.co.jp）

統合元アカウントの受験履歴、認定資格、特典はすべて統合先に移されます。統合の実行後に取り消すことはできませんので、ご注意ください。

内容に問題がなければ、本メールへのご返信にてお知らせください。ご返信を確認してから作業を開始いたします。

よろしくお願いいたします。
山口
AWS トレーニングと認定'''


def u4_hdr(t, subject, a='aws'):
    au = A_aws() if a == 'aws' else a
    return trace('nifty', U4, t, au, ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U4, subject)


@mail
def m028():
    t = U4_T0 + dt.timedelta(seconds=4)
    new = '''佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールはシステムより自動でお送りしています。

お送りいただいた内容は、受付番号 %s として登録されました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

追加でお伝えいただきたい情報がある場合は、件名を変更せずに本メールへご返信ください。同じ内容で再度フォームを送信されますと、対応が遅れる場合がございます。

■お問い合わせ内容
お問い合わせの種類：AWS トレーニングと認定
カテゴリー：認定
詳細：アカウントの統合
AWS 候補者 ID：AWS45170392
内容：以前の勤務先で作成した認定アカウントと、現在のアカウントが別々になっています。ひとつにまとめていただくことは可能でしょうか。

AWS トレーニングと認定 サポート
''' % U4_CASE
    body = tpart(new, cs='iso-2022-jp', cte='7bit')
    emit(28, 'uketsuke-jido-henshin', 'case_created', 'ja', U4_CASE, True, body,
         u4_hdr(t, subj('【受付番号 %s】AWS トレーニングと認定へのお問い合わせを承りました' % U4_CASE, cs='iso-2022-jp')), [new])


@mail
def m029():
    t = T('2025-05-29 01:15:09')
    new = U4_ASK + '\n'
    body = tpart(new, cte='base64')
    emit(29, 'joho-teikyo-no-onegai', 'support_reply', 'ja', U4_CASE, True, body, u4_hdr(t, U4_SUBJ), [new])


@mail
def m030():
    t = T('2025-06-03 02:20:47')
    new = '''佐藤 様

山口です。5 月 29 日にお送りしたご案内について、その後いかがでしょうか。
現時点でご返信を確認できておりませんので、改めてご連絡いたしました。

お手数ですが、下記のご案内をご確認のうえ、必要な情報をお知らせください。
なお、本日より 3 営業日以内にご返信を確認できない場合は、本件をいったんクローズさせていただきます。クローズ後も、本メールにご返信いただければ対応を再開いたします。

よろしくお願いいたします。
山口
'''
    hist = '''
--- 2025/05/29 にお送りしたメッセージ ---

%s
''' % U4_ASK
    body = tpart(new + hist, cte='quoted-printable')
    hdr = trace('nifty', U4, t, None, ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U4, U4_SUBJ)
    emit(30, 'sonogo-ikaga-desuka', 'support_reply', 'ja', U4_CASE, None, body, hdr, [new])


@mail
def m031():
    t = T('2025-06-06 03:00:22')
    new = U4_CLOSE + '\n'
    body = tpart(new, cte='base64')
    emit(31, 'henshin-nashi-close', 'survey', 'ja', U4_CASE, True, body, u4_hdr(t, U4_SUBJ), [new])


@mail
def m032():
    t = T('2025-06-10 01:30:51')
    new = '''佐藤 様

ご連絡いただきありがとうございます。山口です。
ケースを再開いたしました。

ご提供いただいた情報（統合元のアカウント AWS 90736218、通知先 misaki.s@arakawa-denki.co.jp）をもとに、現在アカウントの照合を進めております。
確認が取れ次第、統合の内容をご案内いたしますので、今しばらくお待ちください。

よろしくお願いいたします。
山口
AWS トレーニングと認定
'''
    user = '''山口様

ご連絡が遅くなり申し訳ありません。出張中でメールを確認できておりませんでした。
もう一方のアカウントは AWS90736218 で、登録しているメールアドレスは
前職の misaki.s@arakawa-denki.co.jp です。
今後は AWS45170392 のほうを使いたいと考えています。

よろしくお願いいたします。
佐藤'''
    hist = '''
2025年6月9日(月) 21:47 佐藤美咲 <misaki.sato@nifty.com>:
%s
>
%s
''' % (quote(user), quote(quote(U4_CLOSE)))
    body = tpart(new + hist, cte='base64')
    emit(32, 'case-saikai', 'support_reply', 'ja', U4_CASE, True, body, u4_hdr(t, U4_SUBJ), [new])


@mail
def m033():
    t = T('2025-06-11 05:40:33')
    html = html_wrap('''<p>佐藤 様</p>
<p>お待たせいたしました。山口です。<br>
両方のアカウントについて確認が取れましたので、以下の内容で統合させていただきたく存じます。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;">
<tr><th align="left">今後ご利用いただくアカウント</th><td>AWS45170392</td><td>misaki.sato@nifty.com</td></tr>
<tr><th align="left">統合元のアカウント（統合後は無効）</th><td>AWS90736218</td><td>misaki.s@arakawa-denki.co.jp</td></tr>
</table>
<p>統合元アカウントの受験履歴、認定資格、特典はすべて統合先に移されます。<span style="color:#d13212;">統合の実行後に取り消すことはできません</span>ので、ご注意ください。</p>
<p>内容に問題がなければ、本メールへのご返信にてお知らせください。ご返信を確認してから作業を開始いたします。</p>
<p>よろしくお願いいたします。<br>山口<br>AWS トレーニングと認定</p>''', 'AWS トレーニングと認定')
    body = tpart(html, 'html', cte='quoted-printable')
    emit(33, 'togo-naiyo-go-kakunin', 'merge_confirmation_requested', 'ja', U4_CASE, True, body, u4_hdr(t, U4_SUBJ), [html])


@mail
def m034():
    t = T('2025-06-13 02:10:05')
    new = '''佐藤 様

山口です。ご返信いただきありがとうございました。
本日、作業が終わりましたのでご報告いたします。

AWS90736218 の認定履歴はすべて AWS45170392 に移行いたしました。今後は AWS45170392（misaki.sato@nifty.com）でサインインしてください。AWS90736218 はご利用いただけなくなっております。

Credly のバッジについては、数日以内に misaki.sato@nifty.com 宛てに届く予定です。

ご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定
'''
    user = '''山口様

内容に相違ありません。統合を進めてください。
よろしくお願いいたします。

佐藤'''
    hist = '''
2025年6月12日(木) 8:02 佐藤美咲 <misaki.sato@nifty.com>:
%s
>
%s
''' % (quote(user), quote(quote(U4_CONF_TXT)))
    body = tpart(new + hist, cte='quoted-printable')
    emit(34, 'ikou-kanryo-hokoku', 'merge_completed', 'ja', U4_CASE, True, body, u4_hdr(t, U4_SUBJ), [new])


@mail
def m035():
    t = T('2025-06-20 09:31:12')
    new = '''佐藤 美咲 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約が完了しました。

試験名：SAA-C03: AWS Certified Solutions Architect - Associate（日本語）
日時：2025年7月5日(土) 13:30 (JST)
受験方法：オンライン監視試験（OnVUE）
登録番号：478120936
候補者 ID：AWS45170392

試験開始時刻の 30 分前からチェックインが可能です。事前にシステムテストを実施し、受験環境をご確認ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソンVUE
https://home.pearsonvue.com/aws
'''
    body = tpart(new, cs='shift_jis', cte='base64')
    env = 'bounce-%s@pearson.com' % rhex(8)
    hdr = trace('nifty', U4, t, None, env) + [
        ('Date', rfc(t, UTC).replace('+0000', '-0000') if False else rfc(t)),
        ('From', addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com', cs='shift_jis')),
        ('To', U4),
        ('Message-ID', '<%s.JavaMail.vue@vuemail%02d.pearsonvue.com>' % (R.randint(10**8, 10**9), R.randint(1, 20))),
        ('Subject', subj('ピアソンVUE 試験予約確認', cs='shift_jis')),
        ('MIME-Version', '1.0'),
    ]
    emit(35, 'pearson-vue-yoyaku', 'unrelated', 'ja', None, None, body, hdr, [new])


@mail
def m036():
    t = T('2025-06-12 10:14:40')
    fake = case15(T('2025-06-11 22:05:31'), '00113')
    ip = '45.148.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    host = 'vps-%s.hostingcloud-jp.net' % ralnum(6)
    a = dict(spf='softfail', mailfrom=host, dkim=[], dmarc='fail', hfrom='amazon.com', p='QUARANTINE', ip=ip, host=host)
    env = 'info@%s' % host
    forged = [('Authentication-Results', 'mx.amazon-mail.jp;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.i=@amazon.com;\n\tdmarc=pass header.from=amazon.com'),
              ('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s' % (host, rhex(10).upper(), rfc(t - dt.timedelta(seconds=3), JST)))]
    new = '''佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

お客様からご依頼いただいた認定アカウントの統合につきまして、最終確認が完了していません。
以下のリンクから AWS アカウントにサインインし、統合内容の承認手続きを行ってください。

▼ 統合内容を確認する
https://aws-certification-merge.jp-verify.net/confirm?case=%s

ケース番号：%s
有効期限：本メール受信後 24 時間

期限内に承認が確認できない場合、統合申請は取り消され、保有されている認定資格が一時的に無効となる可能性があります。

※本メールは送信専用です。

AWS トレーニングと認定 サポートチーム
''' % (fake, fake)
    body = tpart(new, cte='base64')
    hdr = trace('nifty', U4, t, a, env, forged=forged) + [
        ('Date', rfc(t, JST)),
        ('From', addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')),
        ('Reply-To', 'support-desk@jp-verify.net'),
        ('To', U4),
        ('Message-ID', '<%s@%s>' % (rhex(24), host)),
        ('Subject', subj('【要対応】アカウント統合の最終確認のお願い', q=True)),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
    ]
    emit(36, 'saishu-kakunin-spoofed', 'merge_confirmation_requested', 'ja', fake, False, body, hdr, [new])


@mail
def m037():
    t = T('2025-06-15 21:48:26')
    plain, html = credly_badge('Misaki', 'AWS Certified Cloud Practitioner', uuid4())
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    hdr = trace('nifty', U4, t, A_credly(), credly_env(t)) + credly_headers(
        t, U4, 'Misaki, you earned a badge from Amazon Web Services Training and Certification')
    emit(37, 'credly-cloud-practitioner', 'credly_badge_issued', 'en', None, True, body, hdr, [plain])


# ---------------------------------------------------------------- U5 Lukas Becker (form desk, outlook.com, en; duplicate case)
U5 = 'lukas.becker@outlook.com'
U5_TO = addr('Lukas Becker', U5)
U5_TA = T('2025-08-04 09:15:33')
U5_A = case15(U5_TA, '00562')
U5_TB = T('2025-08-12 18:40:09')
U5_B = case15(U5_TB, '00917')


def u5_subj(c, re_=True):
    return ('RE:[CASE %s] ' if re_ else '[CASE %s] ') % c + '[AWS Training and Certification Form Submission] - account-assistance'


def u5_hdr(t, subject):
    return trace('outlook', U5, t, dict(A_aws(), mailfrom='amazonses.com'), ses_envelope(t)) + aws_sender_headers(t, AWS_FORM, U5_TO, subject)


def u5_ack(cid, descr):
    return '''Hello,

Your request has been logged with AWS Training and Certification under case %s.

A specialist will review the details you provided and reach out within 24 hours. You don't need to do anything else right now.

Have something to add? Reply to this message and keep the case number in the subject line. Opening another request about the same issue may delay our response.

What you told us:
  Inquiry type: AWS Training and Certification
  Category: Certification
  Detail: Account Merge
  AWS candidate ID: AWS60392815
  Description: %s

Thank you,
AWS Training and Certification
''' % (cid, descr)


@mail
def m038():
    t = U5_TA + dt.timedelta(seconds=4)
    new = u5_ack(U5_A, 'I have a second certification account from my university days, please merge it into this one.')
    body = tpart(new, cte='quoted-printable')
    emit(38, 'request-logged-first-case', 'case_created', 'en', U5_A, True, body, u5_hdr(t, u5_subj(U5_A, False)), [new],
         tail=o365_tail(t))


@mail
def m039():
    t = U5_TB + dt.timedelta(seconds=3)
    plain = u5_ack(U5_B, 'Second attempt - I never heard back about my earlier request. I have two certification accounts, AWS60392815 and one from university (old e-mail lbecker@mail.fh-nordstadt.de). Please merge them.')
    html = html_wrap(p2h(plain))
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    emit(39, 'request-logged-second-case', 'case_created', 'en', U5_B, True, body, u5_hdr(t, u5_subj(U5_B, False)), [plain],
         tail=o365_tail(t))


@mail
def m040():
    t = T('2025-08-13 10:22:48')
    new = '''Hello Lukas,

Thank you for your message, and I'm sorry for the wait.

I can see you also contacted us on 4 August under case %s about the same thing. Our reply to that request couldn't be delivered because the form didn't include an address we could notify, which is why you didn't hear back. I'll take care of everything here on case %s and close the earlier one, so you may receive a closure notice for it.

To avoid delays in future, please reply to this e-mail rather than opening a new case for the same request.

I've found the two certification accounts below. Could you tell me which one you'd like to keep?
  - AWS27750418 (lbecker@mail.fh-nordstadt.de)
  - AWS60392815 (lukas.becker@outlook.com)

Kind regards,
Marta K.
AWS Training and Certification
''' % (U5_A, U5_B)
    body = tpart(new, cte='quoted-printable')
    emit(40, 'earlier-case-linked-which-to-keep', 'support_reply', 'en', U5_B, True, body, u5_hdr(t, u5_subj(U5_B)), [new],
         tail=o365_tail(t))


@mail
def m041():
    t = T('2025-08-13 10:25:02')
    plain = '''Hello,

Case %s has been closed. It duplicates case %s, where we are continuing to work on your request.

Was your issue resolved?
YES: https://survey.aws-tc.amazon.com/r/%s?q1=yes
NO: https://survey.aws-tc.amazon.com/r/%s?q1=no

Tell us how we did - it takes less than a minute.

AWS Training and Certification
''' % (U5_A, U5_B, rhex(24), rhex(24))
    html = html_wrap('''<p>Hello,</p>
<p>Case %s has been closed. It duplicates case %s, where we are continuing to work on your request.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc.amazon.com/r/%s?q1=yes" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none;">YES</a>&nbsp;
<a href="https://survey.aws-tc.amazon.com/r/%s?q1=no" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none;">NO</a></p>
<p>Tell us how we did &ndash; it takes less than a minute.</p>
<p>AWS Training and Certification</p>''' % (U5_A, U5_B, rhex(24), rhex(24)))
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    emit(41, 'duplicate-case-closed-survey', 'survey', 'en', U5_A, True, body,
         u5_hdr(t, 'Your case %s has been closed - was your issue resolved?' % U5_A), [plain], tail=o365_tail(t))


@mail
def m042():
    t = T('2025-08-13 16:05:27')
    new = '''Hello Lukas,

Thanks for letting me know. Here is what will happen, so please check it carefully:

  * AWS60392815 (lukas.becker@outlook.com) stays as your account.
  * AWS27750418 (lbecker@mail.fh-nordstadt.de) is merged into it and then deactivated. Its exam history and your Cloud Practitioner certification move over to AWS60392815.

This can't be reversed once it has been processed. Please reply to confirm that this is what you want, and I'll pass it on to the team.

Kind regards,
Marta K.
AWS Training and Certification
'''
    hist = '''
________________________________
From: Lukas Becker <lukas.becker@outlook.com>
Sent: Wednesday, August 13, 2025 12:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

Hi Marta,

please keep the one on my Outlook address (aws-60392815). The other one was created with my old university address, I can't log in there anymore.

Regards
Lukas
''' % u5_subj(U5_B)
    body = tpart(new + hist, cte='quoted-printable')
    emit(42, 'please-check-carefully', 'merge_confirmation_requested', 'en', U5_B, True, body, u5_hdr(t, u5_subj(U5_B)), [new],
         tail=o365_tail(t))


@mail
def m043():
    t = T('2025-08-15 08:30:14')
    html = html_wrap('''<p>Hello Lukas,</p>
<p>Your two certification profiles are now one. Everything that was under <b>AWS27750418</b> now appears in <b>AWS60392815</b>, and you won't be able to sign in with the former any more.</p>
<p>Please allow 24&ndash;48 hours for Credly to reissue your badge to lukas.becker@outlook.com. If your certifications or your exam discount don't show up correctly after that, just reply to this e-mail.</p>
<p>Kind regards,<br>Marta K.<br>AWS Training and Certification</p>''')
    body = tpart(html, 'html', cte='quoted-printable')
    emit(43, 'profiles-are-now-one', 'merge_completed', 'en', U5_B, True, body, u5_hdr(t, u5_subj(U5_B)), [html], tail=o365_tail(t))


@mail
def m044():
    t = T('2025-08-15 08:36:40')
    plain = '''This message contains a short survey about case %s. Please view it in an HTML-capable e-mail client.

AWS Training and Certification
''' % U5_B
    html = html_wrap('''<p>Hello Lukas,</p>
<p>Thanks for contacting AWS Training and Certification about case %s. How would you rate the support you received?</p>
<p style="font-size:20px;">
<a href="https://survey.aws-tc.amazon.com/r/%s?csat=1">&#128542;</a>
<a href="https://survey.aws-tc.amazon.com/r/%s?csat=2">&#128533;</a>
<a href="https://survey.aws-tc.amazon.com/r/%s?csat=3">&#128528;</a>
<a href="https://survey.aws-tc.amazon.com/r/%s?csat=4">&#128578;</a>
<a href="https://survey.aws-tc.amazon.com/r/%s?csat=5">&#128512;</a></p>
<p>Your feedback helps us improve.</p>''' % ((U5_B,) + tuple(rhex(24) for _ in range(5))))
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='base64'), boundary=bnd())
    emit(44, 'rate-the-support', 'survey', 'en', U5_B, True, body, u5_hdr(t, 'How would you rate your support experience? [CASE %s]' % U5_B),
         [plain, html], tail=o365_tail(t))


@mail
def m045():
    t = T('2025-08-16 11:02:51')
    plain, html = credly_badge('Lukas', 'AWS Certified Cloud Practitioner', uuid4())
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    hdr = trace('outlook', U5, t, dict(A_credly(), mailfrom='em4862.credly.com'), credly_env(t)) + credly_headers(
        t, U5, 'Lukas, claim your AWS Certified Cloud Practitioner badge')
    emit(45, 'credly-claim-ccp', 'credly_badge_issued', 'en', None, True, body, hdr, [plain], tail=o365_tail(t))


# ---------------------------------------------------------------- U6 Suzuki Daisuke (console, Office 365 corp, ja)
U6 = 'd.suzuki@kaiyo-sys.co.jp'
U6_ROOT = 'aws-admin@kaiyo-sys.co.jp'
U6_T0 = T('2025-10-20 01:30:44')
U6_CASE = case15(U6_T0, '00356')
U6_RE = 'RE:[CASE %s] 認定アカウント（個人）の統合依頼' % U6_CASE

U6_CONF = '''鈴木 様

AWS トレーニングと認定サポートの森でございます。
お問い合わせの件、対象となる 2 つのアカウントを確認いたしました。

　AWS 33068125（daisuke.suzuki@kaiyo-sys.co.jp）
　AWS-57291840（daisuke.suzuki.aws@gmail.com）

ご希望に沿って、AWS-57291840 を存続させ、AWS 33068125 の受験履歴・認定を同アカウントへまとめる形で手続きを行う予定です。

一度まとめたアカウントを再び分けることはできかねますので、上記でお間違いないか、サポートセンターより本ケースへご返信いただけますでしょうか。ご返信を確認後、手続きに入ります。

森
Amazon Web Services'''

U6_DONE = '''鈴木 様

森でございます。
ご依頼いただいた件は手続きがすべて終わっておりますので、本ケースはこれにてクローズさせていただきます。
旧アカウント（AWS33068125）はすでにご利用いただけなくなっており、受験履歴と認定はすべて AWS57291840 でご確認いただけます。

またのご利用をお待ちしております。

森
Amazon Web Services'''


def u6_hdr(t, subject):
    to = '%s, %s' % (U6_ROOT, addr('鈴木 大輔', U6))
    return trace('o365', U6, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, to, subject)


@mail
def m046():
    t = U6_T0 + dt.timedelta(seconds=5)
    plain = '''お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。ケース %s をオープンしました。

ケース ID：%s
件名：認定アカウント（個人）の統合依頼
重要度：一般的なガイダンス
内容：会社用と個人用で AWS 認定のアカウントが 2 つあります。AWS-57291840 に一本化したいです。

サポート担当者からの回答は、サポートセンターでご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお受けできません。

アマゾン ウェブ サービス
''' % (U6_CASE, U6_CASE, U6_CASE)
    html = html_wrap(p2h(plain), 'アマゾン ウェブ サービス')
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='base64'), boundary=bnd())
    emit(46, 'case-open-shimashita', 'case_created', 'ja', U6_CASE, True, body,
         u6_hdr(t, subj('Amazon Web Services: 新しいサポートケースを開きました: %s' % U6_CASE)), [plain], tail=o365_tail(t))


@mail
def m047():
    t = T('2025-10-21 03:12:26')
    new = U6_CONF + '\n' + ja_console_footer(U6_CASE)
    body = tpart(new, cte='quoted-printable')
    emit(47, 'matomeru-mae-no-kakunin', 'merge_confirmation_requested', 'ja', U6_CASE, True, body, u6_hdr(t, subj(U6_RE)), [new],
         tail=o365_tail(t))


@mail
def m048():
    t = T('2025-10-21 09:40:03')
    new = '''鈴木 様

ご確認いただき、ありがとうございました。
これより手続きに入ります。完了しましたら、本ケースにてお知らせいたします。通常、数営業日ほどお時間をいただいております。

森
Amazon Web Services
'''
    hist = '''
2025/10/21 3:12 (UTC) Amazon Web Services:
%s
''' % quote(U6_CONF)
    body = tpart(new + hist + ja_console_footer(U6_CASE), cte='base64')
    emit(48, 'tetsuzuki-ni-hairimasu', 'support_reply', 'ja', U6_CASE, True, body, u6_hdr(t, subj(U6_RE)), [new], tail=o365_tail(t))


@mail
def m049():
    t = T('2025-10-24 06:05:50')
    new = U6_DONE + '\n' + ja_console_footer(U6_CASE)
    body = tpart(new, cte='quoted-printable')
    emit(49, 'close-tetsuzuki-sumi', 'merge_completed', 'ja', U6_CASE, True, body, u6_hdr(t, subj(U6_RE)), [new], tail=o365_tail(t))


@mail
def m050():
    t = T('2025-10-24 09:15:37', JST)
    new = '''鈴木さん

お疲れさまです。山本です。
共有の aws-admin 宛てに AWS サポートから下記のメールが届いていました。
鈴木さんの旧アカウント（AWS33068125）の件だと思いますので、念のため転送します。
会社の AWS アカウントで開いたケースなので、こちらでもクローズを確認しました。

山本
'''
    fwd = '''
________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年10月24日 15:05
宛先: aws-admin@kaiyo-sys.co.jp; 鈴木 大輔 <d.suzuki@kaiyo-sys.co.jp>
件名: %s

鈴木 様

森でございます。
ご依頼いただいた件は手続きがすべて終わっておりますので、本ケースはこれにてクローズさせていただきます。

またのご利用をお待ちしております。

森
Amazon Web Services
''' % U6_RE
    body = tpart(new + fwd, cs='iso-2022-jp', cte='7bit')
    a = dict(spf='none', mailfrom='kaiyo-sys.co.jp', dkim=[], dmarc='none', hfrom='kaiyo-sys.co.jp', p='NONE',
             ip='10.%d.%d.%d' % (R.randint(0, 250), R.randint(0, 250), R.randint(1, 250)), host='TYCPR01MB8842.jpnprd01.prod.outlook.com',
             reason='701')
    hdr = [
        ('Received', 'from TYCPR01MB8842.jpnprd01.prod.outlook.com (2603:1096:400:1c6::12) by TYCPR01MB6110.jpnprd01.prod.outlook.com with HTTPS; %s' % rfc(t, UTC)),
        ('Authentication-Results', 'dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=kaiyo-sys.co.jp;'),
        ('Received', 'from TYCPR01MB8842.jpnprd01.prod.outlook.com ([fe80::3c1a:7b2e:91d0:4f55]) by TYCPR01MB8842.jpnprd01.prod.outlook.com ([fe80::3c1a:7b2e:91d0:4f55%%4]) with mapi id 15.20.9253.011; %s' % rfc(t, UTC)),
        ('From', addr('山本 拓也', 't.yamamoto@kaiyo-sys.co.jp', cs='iso-2022-jp')),
        ('To', addr('鈴木 大輔', U6, cs='iso-2022-jp')),
        ('Subject', subj('FW: ' + U6_RE, cs='iso-2022-jp')),
        ('Thread-Topic', subj(U6_RE, cs='iso-2022-jp')),
        ('Thread-Index', 'AQHb' + rb64(30)),
        ('Date', rfc(t, UTC).replace('+0000', '+0000')),
        ('Message-ID', '<TYCPR01MB8842%s@TYCPR01MB8842.jpnprd01.prod.outlook.com>' % rhex(14).upper()),
        ('Accept-Language', 'ja-JP, en-US'),
        ('Content-Language', 'ja-JP'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('MIME-Version', '1.0'),
    ]
    emit(50, 'douryo-kara-tensou', 'unrelated', 'ja', U6_CASE, False, body, hdr, [new], tail=o365_tail(t, internal=True))


@mail
def m051():
    t = T('2025-10-27 00:45:12')
    plain = '''鈴木 大輔 様

先日クローズされたサポートケース %s について、ご意見をお聞かせください。
以下のリンクから 1 分ほどで回答いただけます。

https://survey.support.aws.amazon.com/s/%s?lang=ja

今後のサービス改善のために活用させていただきます。

アマゾン ウェブ サービス
''' % (U6_CASE, rhex(20))
    html = html_wrap('''<p>鈴木 大輔 様</p>
<p>先日クローズされたサポートケース <b>%s</b> について、ご意見をお聞かせください。</p>
<p>AWS サポートの対応に、どの程度満足されましたか？</p>
<table><tr>%s</tr><tr><td style="font-size:11px;">不満</td><td></td><td></td><td></td><td style="font-size:11px;">満足</td></tr></table>
<p>今後のサービス改善のために活用させていただきます。</p>
<p>アマゾン ウェブ サービス</p>''' % (U6_CASE, ''.join(
        '<td><a href="https://survey.support.aws.amazon.com/s/%s?lang=ja&amp;score=%d" style="display:inline-block;width:36px;text-align:center;border:1px solid #aab7b8;padding:6px;">%d</a></td>' % (rhex(20), i, i)
        for i in range(1, 6))), 'アンケート')
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=bnd())
    emit(51, 'goiken-okikase-kudasai', 'survey', 'ja', U6_CASE, True, body,
         u6_hdr(t, subj('AWS サポートへのご意見をお聞かせください（ケース %s）' % U6_CASE)), [plain], tail=o365_tail(t))


@mail
def m052():
    t = T('2025-10-25 13:27:09')
    note_p = 'This badge was previously held on another account of yours and has been reissued to this address.\n\n'
    note_h = '<p style="font-size:13px;color:#555;">This badge was previously held on another account of yours and has been reissued to this address.</p>'
    plain, html = credly_badge('Daisuke', 'AWS Certified SysOps Administrator - Associate', uuid4(), note_p, note_h)
    body = alt(tpart(plain, cte='base64'), tpart(html, 'html', cte='base64'), boundary=rhex(28))
    hdr = trace('gmail', 'daisuke.suzuki.aws@gmail.com', t, A_credly(), credly_env(t)) + credly_headers(
        t, 'daisuke.suzuki.aws@gmail.com', 'Daisuke, Amazon Web Services Training and Certification has reissued your badge')
    emit(52, 'credly-badge-reissued', 'credly_badge_issued', 'en', None, True, body, hdr, [plain])


@mail
def m053():
    t = T('2025-10-26 02:58:44')
    plain = '''Hi Daisuke,

We received a request to merge the Credly account registered to d.suzuki@kaiyo-sys.co.jp into your account.

Your verification code is: 482913

Enter this code on the merge screen, or click the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

If you didn't request this, you can ignore this e-mail and no changes will be made.

The Credly Team
''' % rb64(40).replace('+', '-').replace('/', '_')
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;">
<table align="center" width="560" style="background:#fff;"><tr><td style="padding:24px;">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<p>Hi Daisuke,</p>
<p>We received a request to merge the Credly account registered to <b>d.suzuki@kaiyo-sys.co.jp</b> into your account.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold;">482913</p>
<p><a href="https://www.credly.com/users/account_merge/confirm" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">Complete Account Merge</a></p>
<p style="font-size:12px;color:#777;">The code expires in 30 minutes. If you didn't request this, you can ignore this e-mail and no changes will be made.</p>
</td></tr></table></body></html>
'''
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    hdr = trace('gmail', 'daisuke.suzuki.aws@gmail.com', t, A_credly(), credly_env(t)) + credly_headers(
        t, 'daisuke.suzuki.aws@gmail.com', 'Your Credly account merge verification code', name='Credly')
    emit(53, 'credly-own-merge-code', 'unrelated', 'en', None, True, body, hdr, [plain])


# ---------------------------------------------------------------- U7 Ana Souza (console, Fastmail, en)
U7 = 'ana.souza@fastmail.com'
U7_T0 = T('2026-01-13 16:05:27')
U7_CASE = case15(U7_T0, '00740')
U7_RE = 'RE:[CASE %s] Two certification accounts - need them merged' % U7_CASE


def u7_hdr(t, subject):
    return trace('fastmail', U7, t, A_aws(), ses_envelope(t)) + aws_sender_headers(t, AWS_NOREPLY, U7, subject)


@mail
def m054():
    t = U7_T0 + dt.timedelta(seconds=4)
    html = html_wrap('''<p>Dear Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>
<table cellpadding="4" cellspacing="0" border="0">
<tr><td style="color:#687078;">Case ID</td><td>%s</td></tr>
<tr><td style="color:#687078;">Subject</td><td>Two certification accounts - need them merged</td></tr>
<tr><td style="color:#687078;">Severity</td><td>General guidance</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en" style="background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none;border-radius:2px;">View case in Support Center</a></p>
<p style="font-size:12px;color:#687078;">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>''' % (U7_CASE, U7_CASE, U7_CASE))
    body = tpart(html, 'html', cte='quoted-printable')
    emit(54, 'new-support-case-html', 'case_created', 'en', U7_CASE, True, body,
         u7_hdr(t, 'Amazon Web Services: You have opened a new Support case: %s' % U7_CASE), [html])


@mail
def m055():
    t = T('2026-01-14 18:20:13')
    new = '''Hello Ana,

Thanks for reaching out. I'm Tom from AWS Support.

I've reviewed your case and passed it over to our Training and Certification specialists, who handle anything involving certification records. They're looking into your two profiles now, and you can expect an update on this case within two business days. There's nothing further you need to do at this point.

Best regards,
Tom B.
Amazon Web Services
''' + en_console_footer(U7_CASE)
    body = tpart(new, cte='quoted-printable')
    emit(55, 'passed-to-tc-specialists', 'support_reply', 'en', U7_CASE, True, body, u7_hdr(t, U7_RE), [new])


@mail
def m056():
    t = T('2026-01-16 14:02:55')
    new = '''Hello Ana,

I'm Jess from the Training and Certification team, and I've picked up your case.

I've confirmed that both profiles belong to you. Here's the change I'd make:

Keep:             AWS41862097 – ana.souza@fastmail.com
Merge & retire:   aws09158263 – ana.souza@vireo-labs.com

Once it's done, it's permanent – we can’t separate the records again afterwards. Could you reply on the case with “Confirmed” if that’s right? If you’d rather keep the other profile, just say so.

Thanks,
Jess M.
Amazon Web Services
''' + en_console_footer(U7_CASE)
    body = tpart(new, cs='windows-1252', cte='quoted-printable', actual='utf-8')
    emit(56, 'keep-and-retire-please-confirm', 'merge_confirmation_requested', 'en', U7_CASE, True, body, u7_hdr(t, U7_RE), [new])


@mail
def m057():
    t = T('2026-01-21 15:00:38')
    new = '''Hello Ana,

I'm just checking in on this case. We still need your go-ahead on the change described in my last message before we can move forward.

Do you still need help with this? If we don't hear from you within 5 days, the case will be resolved automatically. You can always reopen it from the Support Center if you need us again.

Thanks,
Jess M.
Amazon Web Services
''' + en_console_footer(U7_CASE)
    body = tpart(new, cte='7bit')
    emit(57, 'checking-in-still-need-help', 'support_reply', 'en', U7_CASE, True, body, u7_hdr(t, U7_RE), [new])


@mail
def m058():
    t = T('2026-01-23 19:44:21')
    new = '''Hello Ana,

Thanks for confirming. The work is now complete: your transcript, along with the Solutions Architect - Professional and Security - Specialty certifications, now lives under AWS41862097. The profile aws09158263 has been retired and can no longer be used to sign in.

Your Credly badges will follow to ana.souza@fastmail.com over the next day or two.

Thanks,
Jess M.
Amazon Web Services
'''
    plain = new + en_console_footer(U7_CASE)
    html = html_wrap(p2h(new) + '''
<hr>
<p>How would you rate this response?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">Excellent</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">OK</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">Poor</a></p>''' % ((U7_CASE,) * 3))
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='base64'), boundary=bnd())
    emit(58, 'transcript-now-under-one-profile', 'merge_completed', 'en', U7_CASE, True, body, u7_hdr(t, U7_RE), [plain, html])


@mail
def m059():
    t = T('2026-01-25 03:37:18')
    plain, html = credly_badge('Ana', 'AWS Certified Security - Specialty', uuid4())
    body = alt(tpart(plain, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable'), boundary=rhex(28))
    hdr = trace('fastmail', U7, t, A_credly(), credly_env(t)) + credly_headers(
        t, U7, 'Ana, you earned a badge from Amazon Web Services Training and Certification')
    emit(59, 'credly-security-specialty', 'credly_badge_issued', 'en', None, True, body, hdr, [plain])


@mail
def m060():
    t = T('2026-01-22 11:18:05')
    plain = '''Merged #142 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ana-souza/tf-aws-accounts/pull/142#event-%d
You are receiving this because you authored the thread.

Message ID: <ana-souza/tf-aws-accounts/pull/142/issue_event/%d@github.com>
''' % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
    html = '''<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/ana-souza/tf-aws-accounts/pull/142">#142</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/ana-souza/tf-aws-accounts/pull/142#event-1">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
'''
    body = alt(tpart(plain, cte='7bit'), tpart(html, 'html', cte='7bit'), boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(100, 999)))
    a = A_other('github.com', 'github.com', '192.30.252.%d' % R.randint(190, 210), 'out-%d.smtp.github.com' % R.randint(20, 30), p='REJECT')
    env = 'noreply@github.com'
    hdr = trace('fastmail', U7, t, a, env) + [
        ('DKIM-Signature', dkim_sig('github.com', 'pf2023', t, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')),
        ('Date', rfc(t, ZoneInfo('America/New_York')).replace('-0500', '-0800') if False else rfc(t.astimezone(LA))),
        ('From', addr('Jonas Weber', 'notifications@github.com')),
        ('Reply-To', 'ana-souza/tf-aws-accounts <reply+%s@reply.github.com>' % ralnum(60, up=True)),
        ('To', 'ana-souza/tf-aws-accounts <tf-aws-accounts@noreply.github.com>'),
        ('Cc', 'Ana Souza <ana.souza@fastmail.com>, Author <author@noreply.github.com>'),
        ('Message-ID', '<ana-souza/tf-aws-accounts/pull/142/issue_event/%d@github.com>' % R.randint(10**10, 10**11)),
        ('In-Reply-To', '<ana-souza/tf-aws-accounts/pull/142@github.com>'),
        ('References', '<ana-souza/tf-aws-accounts/pull/142@github.com>'),
        ('Subject', 'Re: [ana-souza/tf-aws-accounts] Merge duplicate account modules into a single org module (PR #142)'),
        ('MIME-Version', '1.0'),
        ('List-ID', 'ana-souza/tf-aws-accounts <tf-aws-accounts.ana-souza.github.com>'),
        ('List-Unsubscribe', '<mailto:unsub+%s@reply.github.com>' % ralnum(40, up=True)),
        ('X-GitHub-Sender', 'jweber-dev'),
        ('X-GitHub-Recipient', 'ana-souza'),
        ('X-GitHub-Reason', 'author'),
        ('Precedence', 'list'),
    ]
    emit(60, 'github-pr-merged', 'unrelated', 'en', None, False, body, hdr, [plain])


# === END MAILS ===


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for f in MAILS:
        f()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')
