#!/usr/bin/env python3
"""Generator for blind set 295: end-of-case mail of an AWS Certification
account merge (completions, closures, surveys, Credly and look-alikes).
Run: python3 make_set.py  -> writes NNN-*.eml and labels.json next to it."""
import os, json, base64, quopri, random, html, datetime as DT
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email import policy, utils
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(295)
LABELS = {}
UTC = DT.timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
CET = ZoneInfo('Europe/Berlin')
WD_JA = '月火水木金土日'

# ------------------------------------------------------------------ basics
def T(s, tz=UTC):
    return DT.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def plus(t, **kw):
    return t + DT.timedelta(**kw)

def case15(t):
    return '%d%05d' % (int(t.timestamp()), R.randrange(1000, 99999))

def rdate(t, tz=UTC, paren=False):
    s = utils.format_datetime(t.astimezone(tz))
    if paren:
        s += ' (%s)' % t.astimezone(tz).tzname()
    return s

def rb64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()

def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def fold_b(s, first=52, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(out)

def ses_id(t, region='0100'):
    ms = int(t.timestamp() * 1000) + R.randrange(1, 900)
    return '%s%012x-%s-%s-%s-%s-%s-000000' % (region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def dkim_sig(d, sel, t, h):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (sel, d, int(t.timestamp()), h, rb64(32), fold_b(rb64(192))))

AMZ_SEL = 'rjvz4cw7x3f2pdhjrdzs7g4bonb6tooe'
SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
AMZ_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
SES_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'

# ------------------------------------------------------------------ parts
def tp(body, sub='plain', cs='utf-8', cte='quoted-printable', label=None, codec=None, extra=''):
    """One text part, encoded by hand so any charset/label combination works."""
    m = Message()
    codec = codec or cs
    raw = body.encode(codec)
    m['Content-Type'] = 'text/%s; charset=%s%s' % (sub, label or cs, extra)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode('ascii')
    else:
        pl = raw.decode('ascii', 'surrogateescape')
    m.set_payload(pl)
    return m

def alt(plain, htmlp, boundary):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(plain)
    m.attach(htmlp)
    return m

def b_java():
    return '----=_Part_%d_%d.%d' % (R.randrange(10**6, 10**7), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))

def b_gmail():
    return '000000000000' + rhex(16)

def b_outlook():
    return '_000_%s%sPROD_' % (ralnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), ralnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))

def b_rails():
    return '--==_mimepart_%s_%s' % (rhex(13), rhex(6))

def esc(s):
    return html.escape(s, quote=False)

def text2html(text, font='Arial,Helvetica,sans-serif'):
    """Render plain text (with '> ' quotes) as simple client HTML."""
    out, depth = [], 0
    for line in text.split('\n'):
        d = 0
        while line.startswith('>'):
            line = line[1:].lstrip(' ') if line[1:2] in (' ', '>', '') else line[1:]
            d += 1
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        out.append((esc(line) or '&nbsp;') + '<br>')
    out.extend('</blockquote>' for _ in range(depth))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n' % (font, '\n'.join(out)))

def aws_html(text, title='Amazon Web Services'):
    paras = ''.join('<p style="margin:0 0 12px 0">%s</p>\n' % esc(p).replace('\n', '<br>')
                    for p in text.strip().split('\n\n'))
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr>\n'
            '<tr><td style="padding:24px">\n%s</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % (esc(title), paras))

# ------------------------------------------------------------------ quoting
def q(text, n=1, tight=False):
    pre = ('>' * n + ' ') if tight else '> ' * n
    return '\n'.join((pre + l) if l else pre.rstrip() for l in text.rstrip('\n').split('\n'))

def gmail_on(t, name, addr, tz=PT):
    lt = t.astimezone(tz)
    return 'On %s, %s at %s %s <%s> wrote:' % (lt.strftime('%a'), lt.strftime('%b %-d, %Y'),
                                              lt.strftime('%-I:%M %p'), name, addr)

def ja_on(t, name, addr):
    lt = t.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (lt.year, lt.month, lt.day, WD_JA[lt.weekday()],
                                              lt.hour, lt.minute, name, addr)

def outlook_hdr(t, frm, to, subj, tz=CET, line=True):
    lt = t.astimezone(tz)
    s = ('________________________________\n' if line else '')
    s += 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (frm, lt.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subj)
    return s

def orig_msg(t, frm, to, subj, tz=UTC):
    lt = t.astimezone(tz)
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n'
            % (frm, lt.strftime('%a, %d %b %Y %H:%M:%S %z'), to, subj))

# ------------------------------------------------------------------ trace headers
def ar_gmail(dkims, spf, mailfrom, ip, dmarc, fromdom, pol='QUARANTINE'):
    parts = ['mx.google.com;']
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, sel, rb64(6)[:8]))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        dis = 'NONE' if dmarc == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE')
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, dis, fromdom))
    else:
        parts[-1] = parts[-1].rstrip(';')
    return '\n       '.join(parts)

def gmail_trace(to, t, mailfrom, ip, host, ar):
    """Headers Gmail prepends; t is the arrival time."""
    t1 = plus(t, seconds=1)
    gid = '2002:a05:%s:%s:b0:%s:%s:%s' % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4))
    return [
        ('Delivered-To', to),
        ('Received', 'by %s with SMTP id %scsp%d%s;\n        %s' % (gid, ralnum(3), R.randrange(10**6, 10**7), ralnum(3), rdate(t1, PT, True))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:70]),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (rhex(4), rhex(3), rhex(4), ralnum(5), rhex(8), R.randrange(10, 99), R.randrange(10**12, 10**13), rdate(t1, PT, True))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(t.timestamp()), fold_b(rb64(180), 60, 70, '         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), fold_b(rb64(180), 60, 70, '         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, ralnum(10, '0123456789abcdef'), rhex(8), R.randrange(10, 99), R.randrange(1000, 9999), R.randrange(10**6, 10**7), to, rdate(t, PT, True))),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % ('pass' if 'spf=pass' in ar else ('softfail' if 'softfail' in ar else 'fail'), mailfrom,
            'designates' if 'spf=pass' in ar else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]

def ar_outlook(spf, ip, mfdom, dkim, dkimdom, dmarc, fromdom, compauth='pass reason=100'):
    action = 'none' if dmarc in ('pass', 'none', 'bestguesspass') else 'oreject'
    dk = 'dkim=%s (signature was verified)\n header.d=%s;' % (dkim, dkimdom) if dkim == 'pass' else 'dkim=%s (no signature);' % dkim
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spf, ip, mfdom, dk, dmarc, action, fromdom, compauth))

def outlook_trace(to, t, ip, host, ar, mfdom, hosted=False):
    pod = R.choice(['SN7PR', 'PH0PR', 'DM6PR', 'BY5PR', 'CH3PR', 'AM9PR', 'DB9PR'])
    a = '%s%02dMB%d.namprd%02d.prod.outlook.com' % (pod, R.randrange(10, 20), R.randrange(1000, 9999), R.randrange(10, 21))
    b = 'CO1PEPF%08d.namprd%02d.prod.outlook.com' % (R.randrange(10**7), R.randrange(10, 21))
    c = '%s.mail.protection.outlook.com' % ('CO1PEPF%08d' % R.randrange(10**7))
    hs = [
        ('Received', 'from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (b, rhex(3), rhex(2), a, rdate(plus(t, seconds=2)))),
        ('Received', 'from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (b, rhex(3), rhex(2), rhex(2), a, rhex(3), rhex(2), R.randrange(7000, 9000), R.randrange(10, 40), rdate(plus(t, seconds=1)))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
         % ('Pass' if 'spf=pass' in ar else 'Fail', mfdom, 'designates' if 'spf=pass' in ar else 'does not designate', ip, ip, host)),
        ('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (host, ip, c, R.randrange(256), R.randrange(256), R.randrange(7000, 9000), R.randrange(10, 40), rdate(t))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', '%s' % t.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + '0 (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ('X-MS-Exchange-Organization-AuthSource', c),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
    ]
    return hs

def jp_trace(to, t, ip, host, authserv, ar_body, mx):
    hs = [
        ('Return-Path', None),  # filled by caller
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
         % (host, host, ip, mx, ralnum(9, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789'), to, rdate(t, JST))),
    ]
    if authserv:
        hs.append(('Authentication-Results', '%s;\n\t%s' % (authserv, ar_body)))
    return hs

def yahoo_trace(to, t, ip, host, ar, mfdom='amazonses.com'):
    return [
        ('Received', 'from %d.%d.%d.%d by atlas%d.free.mail.bf1.yahoo.com with HTTP; %s' % (10, R.randrange(200, 255), R.randrange(256), R.randrange(256), R.randrange(100, 330), rdate(plus(t, seconds=1)))),
        ('X-Originating-Ip', '[%s]' % ip),
        ('Received-SPF', 'pass (domain of %s designates %s as permitted sender)' % (mfdom, ip)),
        ('Authentication-Results', ar),
        ('X-Apparently-To', '%s; %s' % (to, rdate(t))),
        ('Received', 'from %s (EHLO %s) (%s)\n  by 10.197.%d.%d with SMTPs; %s' % (host, host, ip, R.randrange(256), R.randrange(256), rdate(t))),
    ]

# ------------------------------------------------------------------ senders
SES_IPS = ['54.240.8.35', '54.240.8.92', '54.240.9.41', '54.240.11.170', '54.240.27.18', '54.240.48.101', '54.240.13.62']

def ses_host(ip):
    p = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (p[2], p[3])

def aws_headers(to, t, frm, subj, recv='gmail', auth='pass', region='0100', reply_to=None,
                to_hdr=None, dkim=True, extra=None, fwd_to=None):
    """Complete header list for a mail sent by AWS through SES.
    recv: gmail|outlook|nifty|docomo|biglobe|ocn|none ; auth: pass|nodmarc"""
    sid = ses_id(t, region)
    mailfrom = '%s@amazonses.com' % sid
    ip = R.choice(SES_IPS)
    host = ses_host(ip)
    arrive = plus(t, seconds=R.randrange(1, 4))
    fromdom = 'amazon.com'
    if recv == 'gmail':
        ar = ar_gmail([('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], 'pass', mailfrom, ip, 'pass', fromdom)
        hs = gmail_trace(to, arrive, mailfrom, ip, host, ar)
    elif recv == 'outlook':
        hs = outlook_trace(to, arrive, ip, host, ar_outlook('pass', ip, 'amazonses.com', 'pass', 'amazon.com', 'pass', fromdom), 'amazonses.com')
        hs.insert(0, ('Return-Path', mailfrom))
    elif recv in ('nifty', 'docomo', 'biglobe', 'ocn', 'plala', 'none'):
        mx = {'nifty': 'mta-snd-in-e02.mail.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'biglobe': 'mx-in.mail.biglobe.ne.jp',
              'ocn': 'mgw-in-01.ocn.ad.jp', 'plala': 'msd-mx01.plala.or.jp', 'none': 'mx01.mail.so-net.ne.jp'}[recv]
        authserv = {'nifty': 'mx.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'biglobe': 'mx-in.mail.biglobe.ne.jp',
                    'ocn': 'ocn.ad.jp', 'plala': 'plala.or.jp', 'none': None}[recv]
        if auth == 'nodmarc':
            body = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tdkim=pass header.i=@amazonses.com header.s=%s' % (mailfrom, AMZ_SEL, SES_SEL)
        else:
            body = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass header.from=amazon.com' % (mailfrom, AMZ_SEL, SES_SEL)
        hs = jp_trace(to, arrive, ip, host, authserv, body, mx)
        hs[0] = ('Return-Path', '<%s>' % mailfrom)
    elif recv == 'gmail_fwd':
        # delivered first to a university server, then forwarded (no SRS) to Gmail
        fwd_ip, fwd_host = '193.93.216.21', 'mx1.lnu.edu.ua'
        ar = ar_gmail([('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], 'softfail', mailfrom, fwd_ip, 'pass', fromdom)
        hs = gmail_trace(to, plus(arrive, seconds=2), mailfrom, fwd_ip, fwd_host, ar)
        hs += [('X-Forwarded-To', to), ('X-Forwarded-For', '%s %s' % (fwd_to, to)),
               ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s'
                % (host, host, ip, fwd_host, ralnum(8, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789'), fwd_to, rdate(arrive, CET))),
               ('Authentication-Results', '%s; dkim=pass (2048-bit key; unprotected)\n\theader.d=amazon.com header.i=@amazon.com header.b="%s";\n\tdkim-atps=neutral' % (fwd_host, rb64(6)[:8]))]
    elif recv == 'yahoo':
        ar = ('atlas%d.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n'
              ' spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (R.randrange(100, 330), AMZ_SEL, SES_SEL))
        hs = yahoo_trace(to, arrive, ip, host, ar)
        hs.insert(0, ('Return-Path', '<%s>' % mailfrom))
    else:
        raise ValueError(recv)
    if dkim:
        hs.append(('DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, t, AMZ_H)))
        hs.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, t, SES_H)))
    hs += [('Date', rdate(t)), ('From', frm)]
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs += [('To', to_hdr or to), ('Message-ID', '<%s@email.amazonses.com>' % sid), ('Subject', subj)]
    hs += extra or []
    hs += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43]),
           ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))]
    return hs

CREDLY_IPS = ['149.72.123.24', '149.72.154.87', '167.89.101.12', '168.245.44.9']

def credly_headers(to, t, frm, subj, recv='gmail', dom='credly.com', auth='pass', extra=None, msgid=None):
    ip = R.choice(CREDLY_IPS)
    host = 'o%d.ptr%d.%s' % (R.randrange(1, 20), R.randrange(1000, 9999), 'em.' + dom)
    mailfrom = 'bounces+%d-%s-%s@em.%s' % (R.randrange(10**6, 10**7), rhex(4), to.replace('@', '='), dom)
    fromdom = frm.split('@')[-1].rstrip('>')
    arrive = plus(t, seconds=R.randrange(1, 6))
    if recv == 'gmail':
        if auth == 'pass':
            ar = ar_gmail([('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', mailfrom, ip, 'pass', fromdom, 'NONE')
        hs = gmail_trace(to, arrive, mailfrom, ip, host, ar)
    elif recv == 'outlook':
        hs = outlook_trace(to, arrive, ip, host, ar_outlook('pass', ip, 'em.' + dom, 'pass', dom, 'pass', fromdom), 'em.' + dom)
        hs.insert(0, ('Return-Path', mailfrom))
    elif recv in ('nifty', 'docomo', 'biglobe'):
        authserv = {'nifty': 'mx.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'biglobe': 'mx-in.mail.biglobe.ne.jp'}[recv]
        body = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=s1;\n\tdmarc=pass header.from=%s' % (mailfrom, dom, fromdom)
        hs = jp_trace(to, arrive, ip, host, authserv, body, {'nifty': 'mta-snd-in-e02.mail.nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'biglobe': 'mx-in.mail.biglobe.ne.jp'}[recv])
        hs[0] = ('Return-Path', '<%s>' % mailfrom)
    elif recv == 'yahoo':
        ar = ('atlas%d.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@%s header.s=s1;\n spf=pass smtp.mailfrom=em.%s;\n dmarc=pass(p=NONE) header.from=%s;' % (R.randrange(100, 330), dom, dom, fromdom))
        hs = yahoo_trace(to, arrive, ip, host, ar, 'em.' + dom)
        hs.insert(0, ('Return-Path', '<%s>' % mailfrom))
    hs.append(('DKIM-Signature', dkim_sig(dom, 's1', t, 'from:mime-version:subject:to:cc:content-type:from:subject:to')))
    hs.append(('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', t, 'from:mime-version:subject:to:cc:content-type:from:subject:to')))
    hs += [('Date', rdate(t)), ('From', frm), ('To', to), ('Subject', subj),
           ('Message-ID', msgid or '<%s@%s.mail>' % (rhex(24), dom)), ('X-SG-EID', rb64(90)),
           ('X-Entity-ID', rb64(16))]
    hs += extra or []
    return hs

# ------------------------------------------------------------------ output
def save(fn, hdrs, body, kind, case_id, accts, verified, lang):
    assert fn not in LABELS, fn
    msg = body
    content = list(msg._headers)
    msg._headers = []
    for k, v in hdrs:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() != 'mime-version':
            msg[k] = v
    path = os.path.join(OUT, fn)
    with open(path, 'wb') as f:
        BytesGenerator(f, mangle_from_=False, policy=policy.compat32.clone(linesep='\n', max_line_length=0)).flatten(msg)
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
                  'sender_verified': verified, 'language': lang}

def H(s, cs='utf-8'):
    return Header(s, cs, maxlinelen=76, header_name='Subject').encode()

def addr(name, a, cs='utf-8'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',."()'):
            name = '"%s"' % name
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)

AWS_FORM = 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ==================================================================== MAILS
# ---------------- Case A: Priya Raman, form case, Gmail, 2025-05 ----------------
A_T0 = T('2025-05-26 13:42:07')
A_CASE = case15(A_T0)
A_USER = 'priya.r.raman88@gmail.com'
A_NAME = 'Priya Raman'
A_KEEP, A_OLD = 'AWS04417823', 'AWS10592266'
A_SUBJ = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)
A_FORMTXT = ('Inquiry type: AWS Training and Certification\nDetail: Account Merge\nAWS candidate ID: %s\n'
             'Description: I have two certification accounts. The old one (aws10592266) was created with my '
             'previous employer e-mail priya.raman@oldcorp-analytics.com and has my Cloud Practitioner. '
             'Please merge it into my current account.' % A_KEEP)

# 001 acknowledgement
t = plus(A_T0, seconds=19)
body = ('Hello,\n\nThank you for contacting AWS Training and Certification.\n\n'
        'This is an automated message to let you know that we have received your request and created case %s. '
        'A member of our team will review your inquiry and respond within 24 hours.\n\n'
        'To add more information, simply reply to this e-mail and keep the case number in the subject line. '
        'Please do not submit a new form for the same request, as this may delay our response.\n\n'
        'Summary of your submission\n--------------------------\n%s\nAdditional candidate ID: aws10592266\n\n'
        'Sincerely,\nAWS Training and Certification\n' % (A_CASE, A_FORMTXT))
save('001-form-ack-case-received.eml',
     aws_headers(A_USER, t, AWS_FORM, '[CASE %s] %s' % (A_CASE, FORM_SUBJ)),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'case_created', A_CASE, [A_KEEP, A_OLD], True, 'en')

# 002 confirmation request
t2 = T('2025-05-27 09:03:51')
body = ('Hello Priya,\n\nThank you for contacting AWS Training and Certification.\n\n'
        'I have located both certification accounts you mentioned. Please review the details below:\n\n'
        'Account to be retained (primary): %s - %s\n'
        'Account to be merged and deactivated: %s - priya.raman@oldcorp-analytics.com\n\n'
        'After the merge, all certifications, exam history and benefits from %s will be moved to %s. '
        'Please note that this action is permanent and cannot be reversed.\n\n'
        'Kindly reply to this e-mail confirming that the above details are correct and that you would like us to proceed.\n\n'
        'Best regards,\nRavi K.\nAWS Training and Certification\n\n'
        '---- Original message ----\n%s\n' % (A_KEEP, A_USER, A_OLD, A_OLD, A_KEEP, A_FORMTXT))
save('002-form-agent-asks-confirm-merge.eml',
     aws_headers(A_USER, t2, AWS_FORM, A_SUBJ),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en')
A_CONFIRM_Q = body

# 003 thanks for confirming, we will proceed
t_user = T('2025-05-27 15:20:12')
t3 = T('2025-05-28 07:48:30')
user_txt = 'Hi Ravi,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nPriya'
body = ('Hello Priya,\n\nThank you for confirming the details.\n\n'
        'I have now submitted your request to our certification operations team. Once the merge is complete, '
        'you will receive a separate e-mail from us. Please allow up to 3 business days; badges on Credly can take a little longer to show.\n\n'
        'There is no further action needed from your side for now, and there is no need to open a new case.\n\n'
        'Best regards,\nRavi K.\nAWS Training and Certification\n\n'
        + gmail_on(t_user, A_NAME, A_USER) + '\n' + q(user_txt) + '\n>\n' + q(A_CONFIRM_Q.split('---- Original')[0]) + '\n')
save('003-thanks-for-confirming-will-proceed.eml',
     aws_headers(A_USER, t3, AWS_FORM, A_SUBJ),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'support_reply', A_CASE, [], True, 'en')

# 004 merge completed, non-native wording, told as state
t4 = T('2025-05-29 11:26:04')
body = ('Hello Priya,\n\nGreetings from AWS Training and Certification!\n\n'
        'This is to inform that the merging of your both account have been done successfully from our end. '
        'Now your account AWS 04417823 is having all your certifications and exam history, and the old account '
        'AWS-10592266 is not active anymore, so please do not use it for login.\n\n'
        'Kindly login with ' + A_USER + ' in the AWS Certification account and check the same. '
        'If any further concern, please feel free to reach us by replying this email.\n\n'
        'Regards,\nRavi K.\nAWS Training and Certification\n\n'
        + gmail_on(t_user, A_NAME, A_USER) + '\n' + q(user_txt) + '\n')
save('004-merge-done-nonnative-state.eml',
     aws_headers(A_USER, t4, AWS_FORM, A_SUBJ),
     alt(tp(body, cte='base64'), tp(text2html(body), 'html', cte='base64'), b_java()),
     'merge_completed', A_CASE, [A_KEEP, A_OLD], True, 'en')

# 005 automatic closure + survey, HTML only
t5 = plus(t4, minutes=4, seconds=12)
htm = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">\n'
       '<p>Hello,</p>\n<p>Your case <b>%s</b> &ndash; %s &ndash; has been marked as resolved.</p>\n'
       '<p>Was your issue resolved?</p>\n'
       '<table role="presentation"><tr><td style="background:#ff9900;padding:8px 22px"><a href="https://survey.aws-tc.amazon.com/r/?case=%s&amp;a=yes&amp;t=%s" style="color:#fff;text-decoration:none">YES</a></td>'
       '<td width="12"></td><td style="background:#545b64;padding:8px 22px"><a href="https://survey.aws-tc.amazon.com/r/?case=%s&amp;a=no&amp;t=%s" style="color:#fff;text-decoration:none">NO</a></td></tr></table>\n'
       '<p>Your answer takes one click and helps us improve. If you still need help, reply to this e-mail within 14 days and your case will be reopened automatically.</p>\n'
       '<p>Thank you,<br>AWS Training and Certification</p>\n'
       '<p style="font-size:11px;color:#687078">This survey link is unique to your case. Please do not forward this e-mail.</p>\n'
       '</body></html>\n' % (A_CASE, esc(FORM_SUBJ), A_CASE, rhex(32), A_CASE, rhex(32)))
save('005-auto-resolved-was-issue-resolved.eml',
     aws_headers(A_USER, t5, AWS_FORM, 'Your case %s has been resolved - tell us how we did' % A_CASE),
     tp(htm, 'html', cs='UTF-8'),
     'survey', A_CASE, [], True, 'en')

# 006 Credly badge issued after merge
t6 = T('2025-05-30 02:14:45')
badge_id = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
body = ('Hi Priya,\n\nAmazon Web Services Training and Certification has issued you a badge:\n\n'
        'AWS Certified Cloud Practitioner\n\n'
        'Accept your badge to add it to your Credly profile and share it with your network:\n'
        'https://www.credly.com/badges/%s/accept\n\n'
        'Why accept? Accepted badges can be shared on LinkedIn, added to your e-mail signature and verified by employers.\n\n'
        'Questions about this badge? Contact the issuer: https://www.credly.com/org/amazon-web-services\n\n'
        'Credly, Inc. | 1 Pace Plaza, New York, NY 10038\nUnsubscribe from badge notification e-mails: https://www.credly.com/notification_settings\n' % badge_id)
htm = ('<html><body style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">\n<table width="600" align="center" style="background:#fff;padding:30px">\n'
       '<tr><td><img src="https://images.credly.com/images/%s/image.png" width="120" alt="AWS Certified Cloud Practitioner"></td></tr>\n'
       '<tr><td><h2 style="color:#1e1e1e">Hi Priya,</h2><p>Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Cloud Practitioner</strong></p>\n'
       '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>\n'
       '<p style="font-size:12px;color:#777">Credly, Inc. | 1 Pace Plaza, New York, NY 10038 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></p></td></tr></table></body></html>\n'
       % (badge_id.replace('-', '')[:8] + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12), badge_id))
save('006-credly-badge-issued-cloud-practitioner.eml',
     credly_headers(A_USER, t6, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'Amazon Web Services Training and Certification has issued you a badge'),
     alt(tp(body, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'credly_badge_issued', None, [], True, 'en')

# ---------------- Case B: 田中 翔太, form case in Japanese, nifty, 2025-03 ----------------
B_T0 = T('2025-03-10 01:05:44')
B_CASE = case15(B_T0)
B_USER = 'shota.tanaka@nifty.com'
B_NAME = '田中 翔太'
B_TO = addr(B_NAME, B_USER, 'iso-2022-jp')
B_KEEP, B_OLD = 'AWS00938251', 'AWS07711340'
B_SUBJ = 'RE:[CASE %s] %s' % (B_CASE, FORM_SUBJ)
B_SIG = ('山口 真由美\nAWS トレーニングと認定 カスタマーサポート\n'
         'アマゾン ウェブ サービス ジャパン合同会社\n')

# 037 acknowledgement (ja)
t = plus(B_T0, seconds=23)
body = ('田中 翔太 様\n\n'
        'AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n'
        '本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n'
        '　ケース ID　　　　: %s\n'
        '　お問い合わせの種類: 認定 (Certification)\n'
        '　詳細　　　　　　: アカウントの統合 (Account Merge)\n'
        '　AWS 受験者 ID　　: %s\n\n'
        '担当者より、原則として 24 時間以内にご連絡いたします。\n'
        '追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n'
        '同じ内容で新たにお問い合わせをいただきますと、回答が遅れる場合がございますので、ご了承ください。\n\n'
        'AWS トレーニングと認定\n' % (B_CASE, B_KEEP))
save('037-ja-form-ack-uketsuke.eml',
     aws_headers(B_USER, t, AWS_FORM, '[CASE %s] %s' % (B_CASE, FORM_SUBJ), recv='nifty', to_hdr=B_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'case_created', B_CASE, [B_KEEP], True, 'ja')

# 024 confirmation request (ja, ISO-2022-JP)
t24 = T('2025-03-11 02:31:09')
B_Q24 = ('田中 翔太 様\n\n'
        'AWS トレーニングと認定 カスタマーサポートの山口でございます。\n'
        'この度はお問い合わせいただき、誠にありがとうございます。\n\n'
        'ご依頼内容を確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。\n\n'
        '・統合元（統合後に無効となるアカウント）: %s（登録メールアドレス: s.tanaka@kitasora-sys.co.jp）\n'
        '・統合先（引き続きご利用いただくアカウント）: %s（登録メールアドレス: %s）\n\n'
        '統合を実施しますと、%s に登録されている認定資格、受験履歴および特典は、すべて %s へ移行されます。\n'
        'なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。\n\n'
        '上記の内容でお間違いがなければ、本メールへのご返信にて、統合の実施をご承認いただけますでしょうか。\n\n'
        '何卒よろしくお願い申し上げます。\n\n' % (B_OLD, B_KEEP, B_USER, B_OLD, B_KEEP)) + B_SIG
save('024-ja-confirm-merge-request-iso2022jp.eml',
     aws_headers(B_USER, t24, AWS_FORM, B_SUBJ, recv='nifty', to_hdr=B_TO),
     tp(B_Q24, cs='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'),
     'merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'ja')

# 023 thanks for confirming, we will proceed (ja)
t_u = T('2025-03-11 23:02:40')
t23 = T('2025-03-12 01:47:15')
user_txt = ('山口様\n\nご連絡ありがとうございます。\n記載の内容に相違ありません。統合をお願いいたします。\n\n田中')
body = ('田中 翔太 様\n\n'
        'AWS トレーニングと認定 カスタマーサポートの山口でございます。\n\n'
        'ご確認いただき、誠にありがとうございます。承知いたしました。\n'
        'これより担当部署にて統合作業を進めてまいります。作業が完了しましたら、改めて本ケースにてご連絡いたします。\n'
        '通常、完了まで 2～3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n'
        'よろしくお願いいたします。\n\n' + B_SIG + '\n'
        + ja_on(t_u, B_NAME, B_USER) + '\n' + q(user_txt) + '\n>\n'
        + q(ja_on(t24, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')) + '\n' + q(B_Q24, 2) + '\n')
save('023-ja-thanks-confirm-proceeding.eml',
     aws_headers(B_USER, t23, AWS_FORM, B_SUBJ, recv='nifty', to_hdr=B_TO),
     alt(tp(body, cte='base64'), tp(text2html(body), 'html', cte='base64'), b_java()),
     'support_reply', B_CASE, [], True, 'ja')

# 007 merge completed (ja, ISO-2022-JP) with benefit
t7 = T('2025-03-13 06:12:58')
body = ('田中 翔太 様\n\n'
        'いつもお世話になっております。\nAWS トレーニングと認定 カスタマーサポートの山口でございます。\n\n'
        '大変お待たせいたしました。\n'
        'ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n'
        '現在、お客様の認定資格および受験履歴は、すべて AWS00938251 にて管理されております。\n'
        '旧アカウント（AWS07711340）は今後ご利用いただけませんので、%s にてサインインくださいますようお願いいたします。\n\n'
        'また、旧アカウントに付与されておりました次回受験 50%% 割引特典につきましても、統合後のアカウントの'
        '「特典 (Benefits)」ページにてご確認いただけます。\n\n'
        'ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。\n'
        '今後とも AWS トレーニングと認定をよろしくお願い申し上げます。\n\n' % B_USER) + B_SIG
save('007-ja-merge-completed-benefit-iso2022jp.eml',
     aws_headers(B_USER, t7, AWS_FORM, B_SUBJ, recv='nifty', to_hdr=B_TO),
     tp(body, cs='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'),
     'merge_completed', B_CASE, [B_KEEP, B_OLD], True, 'ja')

# 008 automatic closure + survey (ja, Shift_JIS 8bit)
t8 = plus(t7, minutes=2, seconds=40)
tok = rhex(24)
body = ('田中 翔太 様\n\n'
        'お問い合わせいただいたケース（ケース ID: %s）は、解決済みとしてクローズされました。\n\n'
        '今回のサポートについて、ご意見をお聞かせください。回答は 1 分ほどで完了します。\n\n'
        '■ 問題は解決しましたか？\n'
        '　はい　　: https://survey.aws-tc.amazon.com/ja/r?c=%s&v=1&k=%s\n'
        '　いいえ　: https://survey.aws-tc.amazon.com/ja/r?c=%s&v=0&k=%s\n\n'
        '■ 担当者の対応を評価する（5 段階）\n'
        '　https://survey.aws-tc.amazon.com/ja/rate?c=%s&k=%s\n\n'
        'クローズ後 14 日以内であれば、本メールにご返信いただくことでケースを再開できます。\n\n'
        '――――――――――――――――――――\n'
        'AWS トレーニングと認定\n'
        '※本アンケートのリンクはお客様専用です。転送はご遠慮ください。\n' % (B_CASE, B_CASE, tok, B_CASE, tok, B_CASE, tok))
save('008-ja-auto-closed-survey-sjis.eml',
     aws_headers(B_USER, t8, AWS_FORM, H('ケース %s はクローズされました（アンケートのお願い）' % B_CASE, 'iso-2022-jp'),
                 recv='nifty', to_hdr=B_TO),
     tp(body, cs='Shift_JIS', codec='cp932', cte='8bit'),
     'survey', B_CASE, [], True, 'ja')

def console_footer(case, lang='en'):
    return ('\n===============================================\n\n'
            'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n'
            '(If you are connecting by federation, log in before following the link.)\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above if you need to contact us again about this same issue.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n'
            % (case, lang))

RATE = ('We value your feedback. Please share your experience by rating this and other correspondences in the '
        'AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n')

# ---------------- Case C: Marco Bianchi, console case, outlook.com, 2024-11 ----------------
C_T0 = T('2024-11-18 16:20:31')
C_CASE = case15(C_T0)
C_USER = 'marco.bianchi.dev@outlook.com'
C_TO = 'Marco Bianchi <%s>' % C_USER
C_KEEP, C_OLD = 'AWS21873409', 'AWS19044562'
C_SUBJ = 'RE:[CASE %s] Please merge my two AWS Certification accounts' % C_CASE

# 033 status update: in progress, once complete we will update
t33 = T('2024-11-20 10:05:12')
body = ('Hello Marco,\n\nThank you for your patience while we work on this.\n\n'
        'I wanted to give you a quick status update: your request to combine %s and %s has been handed over to our '
        'Certification operations team and is currently in progress. This kind of request usually takes 3 to 5 business days.\n\n'
        'Once the merge is complete, I will update this case and you will receive a notification. In the meantime, '
        'please avoid scheduling a new exam on either account, as this can delay the process.\n\n'
        % (C_KEEP, C_OLD) + RATE + 'Best regards,\n\nLukas B.\nAmazon Web Services\n' + console_footer(C_CASE))
save('033-console-status-update-in-progress.eml',
     aws_headers(C_USER, t33, AWS_NOREPLY, C_SUBJ, recv='outlook', to_hdr=C_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'support_reply', C_CASE, [C_KEEP, C_OLD], True, 'en')

# 009 completion told as a state, avoiding the word merge
t9 = T('2024-11-22 14:38:47')
body = ('Hello Marco,\n\nGood news: AWS21873409 now holds your complete certification history, including the '
        'AWS Certified Developer - Associate and AWS Certified SysOps Administrator - Associate certifications that were '
        'previously listed under aws19044562. That second candidate ID has been retired and can no longer be used to sign in.\n\n'
        'Your transcript, exam history and any unused benefits are all in one place now. Your digital badges will follow '
        'on Credly over the next few days; you will get an e-mail from Credly for each one.\n\n'
        + RATE + 'Best regards,\n\nLukas B.\nAmazon Web Services\n' + console_footer(C_CASE))
save('009-console-one-account-holds-history.eml',
     aws_headers(C_USER, t9, AWS_NOREPLY, C_SUBJ, recv='outlook', to_hdr=C_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'merge_completed', C_CASE, [C_KEEP, C_OLD], True, 'en')

# 020 console resolved notice + survey
t20 = T('2024-11-25 15:00:09')
body = ('Hello,\n\nWe\'re writing to let you know that your AWS Support case has been resolved.\n\n'
        'Case ID: %s\nSubject: Please merge my two AWS Certification accounts\nStatus: Resolved\n\n'
        'If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days.\n\n'
        'How did we do?\nPlease take a minute to tell us about your support experience:\n'
        'https://console.aws.amazon.com/support/feedback?displayId=%s&channel=email&rating=\n\n'
        'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n'
        % (C_CASE, C_CASE) + console_footer(C_CASE))
save('020-console-case-resolved-rate-us.eml',
     aws_headers(C_USER, t20, AWS_NOREPLY, 'Amazon Web Services: Your Support case %s has been resolved' % C_CASE,
                 recv='outlook', to_hdr=C_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'survey', C_CASE, [], True, 'en')

# 030 Credly: older style "you've earned a badge", via Outlook
t30 = T('2024-11-26 08:51:30')
bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
body = ('Congratulations, Marco!\n\nYou\'ve earned a badge from Amazon Web Services Training and Certification:\n'
        'AWS Certified SysOps Administrator - Associate\n\n'
        'Claim it now to show off your achievement and let employers verify your skills:\n'
        'https://www.credly.com/earner/earned/badge/%s\n\n'
        'This badge was issued to %s. If you already have a Credly account under another e-mail address, '
        'you can add this address to it in your account settings.\n\n'
        '--\nCredly | Acclaim\nhttps://www.credly.com/privacy | https://www.credly.com/notification_settings\n' % (bid, C_USER))
htm = ('<html><body style="margin:0;background:#eef0f2"><center><table width="580" style="background:#fff;font-family:Arial,sans-serif;padding:32px">'
       '<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt=""></td></tr>'
       '<tr><td><h1 style="font-size:22px">Congratulations, Marco!</h1><p>You\'ve earned a badge from Amazon Web Services Training and Certification:</p>'
       '<p style="font-size:18px;font-weight:bold">AWS Certified SysOps Administrator &ndash; Associate</p>'
       '<p><a href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;background:#00818a;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Claim your badge</a></p>'
       '<p style="font-size:11px;color:#888">This badge was issued to %s.</p></td></tr></table></center></body></html>\n'
       % (rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12), bid, C_USER))
save('030-credly-earned-badge-sysops-outlook.eml',
     credly_headers(C_USER, t30, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'Congratulations, you\'ve earned a badge from Amazon Web Services Training and Certification', recv='outlook'),
     alt(tp(body, cs='us-ascii', cte='7bit'), tp(htm, 'html', cte='quoted-printable'), b_rails()),
     'credly_badge_issued', None, [], True, 'en')

# ---------------- Case D: Li Wei, form case, Gmail, 2025-08 ----------------
D_T0 = T('2025-08-04 02:11:50')
D_CASE = case15(D_T0)
D_USER = 'liwei.cloudops@gmail.com'
D_NAME = 'Li Wei'
D_KEEP, D_OLD = 'AWS33019876', 'AWS30120045'
D_SUBJ = 'RE: [CASE %s] %s' % (D_CASE, FORM_SUBJ)

# 010 completion with a question about Credly
t10 = T('2025-08-06 18:22:03')
t_u = T('2025-08-05 13:40:55')
prev = ('Hello,\n\nYes, please merge %s into %s. Both accounts are mine; the second one was created by my company\'s '
        'training portal with li.wei@finbridge-tech.com.\n\nThank you,\nLi Wei' % (D_OLD, D_KEEP))
body = ('Hi Li Wei,\n\nThanks again for your patience. Your two certification profiles are now consolidated: '
        'everything that was on %s has been moved to %s, which is your only active candidate account from now on.\n\n'
        'One question before I close this case: would you also like the badges on your second Credly account '
        '(li.wei@finbridge-tech.com) to be moved to your main Credly profile? If so, simply reply with the e-mail address '
        'of the Credly account you want to keep. If I don\'t hear back in 5 days, I\'ll assume no further action is needed.\n\n'
        'Kind regards,\nHana\nAWS Training and Certification Customer Support\n\n' % (D_OLD, D_KEEP)
        + gmail_on(t_u, D_NAME, D_USER, DT.timezone(DT.timedelta(hours=8))) + '\n' + q(prev) + '\n')
save('010-consolidated-with-credly-question.eml',
     aws_headers(D_USER, t10, AWS_FORM, D_SUBJ),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'merge_completed', D_CASE, [D_KEEP, D_OLD], True, 'en')

# 038 new console case opened (about Credly, after the merge)
D2_T0 = T('2025-08-12 03:17:26')
D2_CASE = case15(D2_T0)
t38 = plus(D2_T0, seconds=31)
body = ('Dear AWS customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
        'The details of your case are as follows:\n\nCase ID: %s\nSubject: Credly badges not moved after certification account merge\n'
        'Severity: General guidance\nCorrespondence: Hello, my accounts were merged last week under case %s. '
        'My certifications now show on %s but the Credly badges are still on the Credly profile of my old e-mail. Please help.\n\n'
        'We will respond to your case as soon as possible. You can view and update your case in the AWS Support Center:\n\n'
        'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
        'Please do not reply to this e-mail; replies to this address are not monitored.\n\n'
        'Sincerely,\nAmazon Web Services\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n'
        % (D2_CASE, D2_CASE, D_CASE, D_KEEP, D2_CASE))
save('038-console-new-case-opened-credly.eml',
     aws_headers(D_USER, t38, AWS_NOREPLY, 'Amazon Web Services: You have opened a new Support case: %s' % D2_CASE),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'case_created', D2_CASE, [D_KEEP], True, 'en')

# 039 support reply on the Credly question (not the merge itself)
t39 = T('2025-08-13 09:44:17')
body = ('Hello Li Wei,\n\nThank you for reaching out about your digital badges.\n\n'
        'I checked your certification account AWS33019876 and all four certifications are listed correctly there. '
        'The badges are still linked to the Credly profile registered with li.wei@finbridge-tech.com, so I have asked the '
        'Credly team to re-issue them to %s.\n\n'
        'Could you please confirm that you can sign in to Credly with %s? If you have never created a Credly account with '
        'this address, please create one first, otherwise the badges cannot be delivered.\n\n'
        % (D_USER, D_USER) + RATE + 'Best regards,\n\nTomasz W.\nAmazon Web Services\n' + console_footer(D2_CASE))
save('039-console-credly-reissue-question.eml',
     aws_headers(D_USER, t39, AWS_NOREPLY, 'RE:[CASE %s] Credly badges not moved after certification account merge' % D2_CASE),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'support_reply', D2_CASE, [D_KEEP], True, 'en')

# 040 Credly: several badges issued at once, HTML only, base64
t40 = T('2025-08-15 21:05:52')
rows = ''
for b in ['AWS Certified Solutions Architect &ndash; Associate', 'AWS Certified Developer &ndash; Associate',
          'AWS Certified Data Engineer &ndash; Associate', 'AWS Certified Cloud Practitioner']:
    u = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    rows += ('<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>%s</b><br>'
             '<a href="https://www.credly.com/badges/%s/accept" style="color:#ff6b00">Accept badge</a></td></tr>\n' % (b, u))
htm = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n'
       '<body style="margin:0;background:#f6f6f6"><table role="presentation" width="100%%"><tr><td align="center">\n'
       '<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#222;padding:28px">\n'
       '<tr><td><img src="https://www.credly.com/assets/credly_logo-7d9a6b6e.png" width="90" alt="Credly"></td></tr>\n'
       '<tr><td><h2>Hi Li Wei, you have 4 new badges</h2>\n<p>Amazon Web Services Training and Certification has issued the following badges to %s. '
       'They are waiting for you to accept them.</p></td></tr>\n%s'
       '<tr><td style="padding-top:18px"><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept all badges</a></td></tr>\n'
       '<tr><td style="font-size:11px;color:#999;padding-top:24px">You are receiving this e-mail because a badge was issued to you on Credly. '
       '<a href="https://www.credly.com/notification_settings">Manage e-mail preferences</a><br>Credly, Inc., 1 Pace Plaza, New York, NY 10038</td></tr>\n'
       '</table></td></tr></table></body></html>\n' % (D_USER, rows))
save('040-credly-four-badges-html-only.eml',
     credly_headers(D_USER, t40, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'You have 4 new badges from Amazon Web Services Training and Certification'),
     tp(htm, 'html', cs='UTF-8', cte='base64'),
     'credly_badge_issued', None, [], True, 'en')

# ---------------- Case E: Sofia Hernández, console case (11 digits), Office 365, 2022 ----------------
E_CASE = '10873362915'
E_USER = 'sofia.hernandez@fabrikam-data.com'
E_TO = addr('Sofia Hernández', E_USER)
E_KEEP, E_OLD = 'AWS05567120', 'AWS08812934'
E_SUBJ = 'RE:[CASE %s] Two certification accounts - need to combine' % E_CASE

# 045 confirmation request, non-native
t45 = T('2022-09-14 06:52:19')
body = ('Hello Sofia,\n\nGreetings of the day!\n\n'
        'As per our verification, we found below two accounts registered on your name:\n\n'
        '1) aws05567120 - sofia.hernandez@fabrikam-data.com (created 2019)\n'
        '2) AWS 08812934 - sofiah.personal@hotmail.com (created 2021)\n\n'
        'As per your request we will merge the account 2 into account 1, after that only AWS05567120 will be exist and '
        'all exams and certificates of account 2 will be visible there. Please be informed that once merged it can not be revert back.\n\n'
        'Request you to kindly confirm the above by replying on this case through the Support Center, so we can initiate the merge.\n\n'
        + RATE + 'Best regards,\n\nAnkit R.\nAmazon Web Services\n' + console_footer(E_CASE))
save('045-console-nonnative-confirm-which-into-which.eml',
     aws_headers(E_USER, t45, AWS_NOREPLY, E_SUBJ, recv='outlook', to_hdr=E_TO),
     alt(tp(body, cs='UTF-8'), tp(aws_html(body), 'html', cs='UTF-8'), b_java()),
     'merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'en')

# 012 agent closure that also says the merge is done
t12 = T('2022-09-16 11:09:40')
body = ('Hello Sofia,\n\nThank you for confirming on the case.\n\n'
        'I am happy to inform you that the merge has been completed. Your certifications and exam history from AWS08812934 '
        'are now showing under AWS05567120, and you can sign in with sofia.hernandez@fabrikam-data.com.\n\n'
        'As your request is fulfilled, I will now go ahead and mark this case as resolved. If anything looks wrong, '
        'you can reopen the case from the Support Center within 14 days.\n\n'
        'Have a nice day ahead!\n\n'
        + RATE + 'Best regards,\n\nAnkit R.\nAmazon Web Services\n' + console_footer(E_CASE))
save('012-console-closure-with-merge-done.eml',
     aws_headers(E_USER, t12, AWS_NOREPLY, E_SUBJ, recv='outlook', to_hdr=E_TO),
     alt(tp(body, cs='UTF-8'), tp(aws_html(body), 'html', cs='UTF-8'), b_java()),
     'merge_completed', E_CASE, [E_KEEP, E_OLD], True, 'en')

# 054 survey: star rating request, older template
t54 = T('2022-09-17 11:10:02')
stars = ''.join('<a href="https://aws.amazon.com/support/feedback/?caseId=%s&amp;score=%d&amp;src=email" '
                'style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' % (E_CASE, i) for i in range(1, 6))
plain = ('Hello,\n\nYour support case %s was recently resolved. How would you rate the support you received?\n\n'
         '1 (Poor) https://aws.amazon.com/support/feedback/?caseId=%s&score=1&src=email\n'
         '2 https://aws.amazon.com/support/feedback/?caseId=%s&score=2&src=email\n'
         '3 https://aws.amazon.com/support/feedback/?caseId=%s&score=3&src=email\n'
         '4 https://aws.amazon.com/support/feedback/?caseId=%s&score=4&src=email\n'
         '5 (Excellent) https://aws.amazon.com/support/feedback/?caseId=%s&score=5&src=email\n\n'
         'Your feedback is anonymous to the engineer and helps us improve AWS Support.\n\nThank you,\nAWS Support\n'
         % ((E_CASE,) * 6))
htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hello,</p>'
       '<p>Your support case <b>%s</b> was recently resolved. How would you rate the support you received?</p>'
       '<p>%s</p><p style="color:#687078">Your feedback is anonymous to the engineer and helps us improve AWS Support.</p>'
       '<p>Thank you,<br>AWS Support</p></body></html>\n' % (E_CASE, stars))
save('054-console-rate-support-stars.eml',
     aws_headers(E_USER, t54, 'AWS Support <no-reply-aws@amazon.com>', 'How did we do? Rate your AWS Support experience (Case %s)' % E_CASE,
                 recv='outlook', to_hdr=E_TO),
     alt(tp(plain, cs='us-ascii', cte='7bit'), tp(htm, 'html', cte='quoted-printable'), b_java()),
     'survey', E_CASE, [], True, 'en')

# ---------------- Case F: Daniel Okafor, 2020, 10-digit case, Yahoo ----------------
F_CASE = '7412638095'
F_USER = 'dan.okafor@yahoo.com'
F_TO = 'Daniel Okafor <%s>' % F_USER
F_KEEP, F_OLD = 'AWS01844213', 'AWS02290731'

# 051 older completion template, non-native
t51 = T('2020-10-07 12:31:55')
t_u = T('2020-10-06 19:12:03')
body = ('Dear Valued Candidate,\n\nGreetings from Amazon Web Services!\n\n'
        'We would like to inform you that your duplicate certification account has been consolidated successfully. '
        'Your exam records from AWS02290731 are now available in your primary account AWS01844213 and the duplicate account '
        'was deactivated.\n\n'
        'Request you to kindly use only your primary account going forward. The certificate PDF can be downloaded again from the '
        '"Earned Certifications" section.\n\n'
        'Thank you for your patience and understanding.\n\nBest regards,\n\nNeha S.\nAmazon Web Services\n\n'
        + orig_msg(t_u, 'Daniel Okafor', 'Amazon Web Services', 'Re: [CASE %s] Duplicate certification account' % F_CASE, DT.timezone(DT.timedelta(hours=1)))
        + '\nYes I confirm. AWS02290731 can be closed, keep AWS01844213.\n\nDaniel\n'
        + console_footer(F_CASE))
save('051-2020-duplicate-account-consolidated.eml',
     aws_headers(F_USER, t51, AWS_NOREPLY, 'RE:[CASE %s] Duplicate certification account' % F_CASE, recv='yahoo', to_hdr=F_TO),
     alt(tp(body, cs='UTF-8', cte='quoted-printable'), tp(aws_html(body), 'html', cs='UTF-8', cte='quoted-printable'), b_java()),
     'merge_completed', F_CASE, [F_KEEP, F_OLD], True, 'en')

# 050 Credly (Acclaim era) badge after the consolidation
t50 = T('2020-10-09 16:47:20')
bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
body = ('Daniel,\n\nAmazon Web Services Training and Certification has issued you a new badge: '
        'AWS Certified Solutions Architect - Associate.\n\n'
        'Accept your badge here: https://www.youracclaim.com/badges/%s/accept\n\n'
        'Once accepted, you can share it on LinkedIn, Twitter and Facebook, or embed it in your e-mail signature.\n\n'
        'Acclaim is powered by Credly.\nhttps://www.youracclaim.com/users/notification_settings\n' % bid)
htm = ('<html><body><table width="560" style="font-family:Arial,sans-serif"><tr><td><p>Daniel,</p>'
       '<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect - Associate</b>.</p>'
       '<p><a href="https://www.youracclaim.com/badges/%s/accept" style="background:#0071ba;color:#fff;padding:10px 20px;text-decoration:none">Accept Badge</a></p>'
       '<p style="font-size:11px;color:#888">Acclaim is powered by Credly.</p></td></tr></table></body></html>\n' % bid)
save('050-acclaim-2020-new-badge.eml',
     credly_headers(F_USER, t50, 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>',
                    'Amazon Web Services Training and Certification has issued you a new badge', recv='yahoo', dom='youracclaim.com'),
     alt(tp(body, cs='us-ascii', cte='7bit'), tp(htm, 'html', cs='us-ascii', cte='7bit'), b_rails()),
     'credly_badge_issued', None, [], True, 'en')

def console_footer_ja(case):
    return ('\n===============================================\n\n'
            '本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '（フェデレーションで接続している場合は、リンクにアクセスする前にログインしてください。）\n\n'
            '※このメールは送信専用のアドレスから送信されています。同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n' % case)

RATE_JA = ('お客様からのフィードバックは、サービス向上のために大変重要です。AWS サポートセンターにて、本回答を含む各回答を'
           '評価していただけますと幸いです。回答の右上にある星を選択して評価できます。\n\n')

# ---------------- Case G: 佐藤 美咲, console case in Japanese, docomo, 2025-01 ----------------
G_T0 = T('2025-01-20 04:48:13')
G_CASE = case15(G_T0)
G_USER = 'misaki.sato-0417@docomo.ne.jp'
G_TO = addr('佐藤 美咲', G_USER, 'iso-2022-jp')
G_KEEP, G_OLD = 'AWS12093377', 'AWS15530218'
G_SUBJ = H('RE:[CASE %s] 認定アカウントの統合について' % G_CASE)

# 022 completion told as a state, with a question (ja, UTF-8 base64)
t22 = T('2025-01-23 08:03:27')
body = ('佐藤 美咲 様\n\nお世話になっております。\nAmazon Web Services の小林でございます。\n\n'
        '先日ご承認いただいた件につきまして、お客様の認定資格および受験履歴は、すべて AWS12093377 に集約された状態となっております。\n'
        'AWS-15530218 はすでに無効化されておりますので、今後は AWS12093377 のみをご利用ください。\n\n'
        '恐れ入りますが、認定アカウントにサインインのうえ、認定資格の一覧に過不足がないかご確認いただけますでしょうか。\n'
        'また、Credly のデジタルバッジは反映までに数日かかる場合がございます。1 週間経過しても表示されない場合は、本ケースにてお知らせください。\n\n'
        + RATE_JA + 'よろしくお願いいたします。\n\n小林\nAmazon Web Services\n' + console_footer_ja(G_CASE))
save('022-ja-console-shuuyaku-state-question.eml',
     aws_headers(G_USER, t22, AWS_NOREPLY, G_SUBJ, recv='docomo', to_hdr=G_TO),
     alt(tp(body, cs='UTF-8', cte='base64'), tp(aws_html(body), 'html', cs='UTF-8', cte='base64'), b_java()),
     'merge_completed', G_CASE, [G_KEEP, G_OLD], True, 'ja')

# 049 support reply: Credly status after the merge (ja), docomo without dmarc result
t49 = T('2025-01-31 02:26:44')
body = ('佐藤 美咲 様\n\nお世話になっております。\nAmazon Web Services の小林でございます。\n\n'
        'Credly のデジタルバッジが表示されない件につきまして、ご連絡いただきありがとうございます。\n'
        'AWS12093377 の認定資格に対応するバッジの再発行を、現在 Credly 社へ依頼しております。\n'
        '先方からの回答に 3～5 営業日ほどかかる見込みでございますので、恐れ入りますが今しばらくお待ちいただけますでしょうか。\n\n'
        'なお、Credly にご登録のメールアドレスが %s と異なる場合は、お手数ですが本ケースにてお知らせください。\n\n'
        % G_USER + RATE_JA + 'よろしくお願いいたします。\n\n小林\nAmazon Web Services\n' + console_footer_ja(G_CASE))
save('049-ja-console-credly-reissue-pending.eml',
     aws_headers(G_USER, t49, AWS_NOREPLY, G_SUBJ, recv='docomo', auth='nodmarc', to_hdr=G_TO),
     alt(tp(body, cs='UTF-8'), tp(aws_html(body), 'html', cs='UTF-8'), b_java()),
     'support_reply', G_CASE, [G_KEEP], True, 'ja')

# 047 rating request (ja)
t47 = T('2025-02-07 03:00:05')
body = ('佐藤 美咲 様\n\nAmazon Web Services サポートをご利用いただき、ありがとうございます。\n\n'
        'ケース %s は解決済みとなりました。今回の対応はいかがでしたか。\n'
        '以下のリンクから、5 段階で評価をお願いいたします（所要時間 1 分程度）。\n\n'
        'https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja\n\n'
        'いただいたご意見は、今後のサポート品質の向上に役立てさせていただきます。\n\n'
        'Amazon Web Services\n' % (G_CASE, G_CASE))
save('047-ja-rating-request-5dankai.eml',
     aws_headers(G_USER, t47, AWS_NOREPLY, H('Amazon Web Services サポートの評価のお願い（ケース %s）' % G_CASE),
                 recv='docomo', to_hdr=G_TO),
     alt(tp(body, cs='UTF-8', cte='base64'), tp(aws_html(body, 'Amazon Web Services サポート'), 'html', cs='UTF-8', cte='base64'), b_java()),
     'survey', G_CASE, [], True, 'ja')

# ---------------- Case H: 鈴木 健, form case, biglobe, 2024-06 (Shift_JIS label, cp932 content) ----------------
H_T0 = T('2024-06-03 00:12:50')
H_CASE = case15(H_T0)
H_USER = 'ken-suzuki@kfa.biglobe.ne.jp'
H_KEEP, H_OLD = 'AWS09927415', 'AWS11376650'
t_u = T('2024-06-04 00:15:31')
t48 = T('2024-06-05 07:41:09')
body = ('鈴木 健 様\n\nいつもお世話になっております。\nAWS トレーニングと認定 カスタマーサポートの髙橋でございます。\n\n'
        'ご依頼いただいておりました認定アカウントの統合処理が完了いたしましたので、ご報告いたします。\n\n'
        '　① 統合後のアカウント　: AWS09927415\n'
        '　② 無効化されたアカウント: AWS11376650\n\n'
        '②に登録されていた認定資格（AWS Certified Solutions Architect － Professional）および受験履歴は、①にて参照いただけます。\n'
        'サインインの際は、①にご登録のメールアドレスをご利用ください。\n\n'
        '今後とも何卒よろしくお願い申し上げます。\n\n'
        '髙橋 悠斗\nAWS トレーニングと認定 カスタマーサポート\n\n'
        '-----Original Message-----\n差出人: 鈴木 健 <%s>\n送信日時: 2024年6月4日 9:15\n'
        '宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n件名: RE:[CASE %s] %s\n\n'
        '髙橋様\n\nお世話になっております。鈴木です。\nご提示いただいた内容で問題ございません。統合を進めてください。\n\n'
        'よろしくお願いいたします。\n' % (H_USER, H_CASE, FORM_SUBJ))
save('048-ja-merge-done-sjis-label-cp932.eml',
     aws_headers(H_USER, t48, AWS_FORM, 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ), recv='biglobe', to_hdr=addr('鈴木 健', H_USER, 'iso-2022-jp')),
     tp(body, cs='Shift_JIS', codec='cp932', cte='base64'),
     'merge_completed', H_CASE, [H_KEEP, H_OLD], True, 'ja')

# ---------------- Case I: 山本 陽子, form case, Gmail, 2025-05 (closure with merge, ja) ----------------
I_T0 = T('2025-05-26 23:55:02')
I_CASE = case15(I_T0)
I_USER = 'yoko.yamamoto.0612@gmail.com'
I_KEEP, I_OLD = 'AWS20417788', 'AWS26600194'
t_a = T('2025-05-27 08:40:11')
t_u = T('2025-05-27 23:02:37')
t60 = T('2025-05-29 05:18:44')
agent_prev = ('山本 陽子 様\n\nAWS トレーニングと認定 カスタマーサポートの森でございます。\n'
              '以下のとおり統合を実施いたします。\n　統合先: %s\n　統合元: %s\n'
              '統合後は元に戻せませんので、よろしければ本メールにご返信のうえご承認ください。\n\n森' % (I_KEEP, I_OLD))
user_prev = '森様\n\nご連絡ありがとうございます。\n内容に問題ありませんので、統合をお願いいたします。\n\n山本'
body = ('山本 陽子 様\n\nAWS トレーニングと認定 カスタマーサポートの森でございます。\n'
        'ご返信いただき、誠にありがとうございました。\n\n'
        'ご承認いただきました受験者 ID の統合処理につきまして、本日完了いたしましたのでご報告いたします。\n'
        'aws26600194 の認定資格・受験履歴は AWS20417788 へ移行済みで、今後は AWS20417788 のみが有効となります。\n\n'
        '本件はこれをもちましてクローズとさせていただきます。後日、本ケースに関するアンケートをお送りする場合がございますので、'
        'ご協力いただけますと幸いです。\n\n'
        '森 彩花\nAWS トレーニングと認定 カスタマーサポート\n\n'
        + ja_on(t_u, '山本 陽子', I_USER) + '\n' + q(user_prev) + '\n>\n'
        + q(ja_on(t_a, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')) + '\n' + q(agent_prev, 2) + '\n')
save('060-ja-closure-with-merge-done-gmail-quote.eml',
     aws_headers(I_USER, t60, AWS_FORM, 'RE:[CASE %s] %s' % (I_CASE, FORM_SUBJ), to_hdr=addr('山本 陽子', I_USER)),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'merge_completed', I_CASE, [I_KEEP, I_OLD], True, 'ja')

# ---------------- Case J: Ahmed Khan, form case, three accounts, Gmail, 2025-09 ----------------
J_T0 = T('2025-09-08 17:26:40')
J_CASE = case15(J_T0)
J_USER = 'ahmed.khan.cloud@gmail.com'
J_TO = 'Ahmed Khan <%s>' % J_USER
J_KEEP, J_O1, J_O2 = 'AWS27764510', 'AWS23310987', 'AWS29905412'
J_SUBJ = 'RE:[CASE %s] %s' % (J_CASE, FORM_SUBJ)
t_req = T('2025-09-10 08:15:02')
J_REQ = ('Hello Ahmed,\n\nThank you for contacting AWS Training and Certification.\n\n'
         'We found three certification accounts under your name:\n'
         '- %s (ahmed.khan.cloud@gmail.com) - will be kept\n- %s (a.khan@northwind-logistics.ae) - will be merged\n'
         '- %s (ahmedk.2017@hotmail.com) - will be merged\n\n'
         'Please note that a merge is permanent. Kindly reply to confirm that we may proceed.\n\n'
         'Best regards,\nMiguel\nAWS Training and Certification' % (J_KEEP, J_O1, J_O2))

# 034 chaser, no ids in new text
t34 = T('2025-09-15 08:20:45')
body = ('Hello Ahmed,\n\nI am following up on my e-mail of 10 September about your request.\n\n'
        'We have not received your reply yet. Could you please respond to my previous message so that we can continue '
        'working on your case? If we do not hear from you within 7 days, this case will be closed automatically, '
        'but you can always reopen it by replying.\n\n'
        'Best regards,\nMiguel\nAWS Training and Certification\n\n'
        + orig_msg(t_req, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', J_TO, J_SUBJ)
        + '\n' + J_REQ + '\n')
save('034-form-chaser-no-reply-yet.eml',
     aws_headers(J_USER, t34, AWS_FORM, J_SUBJ, to_hdr=J_TO),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'support_reply', J_CASE, [], True, 'en')

# 055 completion of three accounts, state + "anything else?"
t_u = T('2025-09-15 19:02:11')
t55 = T('2025-09-17 10:47:30')
user_txt = 'Hi Miguel,\n\nSorry for the late reply, I was travelling. Yes, all correct, please go ahead.\n\nRegards,\nAhmed'
body = ('Hi Ahmed,\n\nNo worries at all, thank you for getting back to us.\n\n'
        'All three of your candidate IDs are now consolidated under AWS27764510. AWS23310987 and AWS 29905412 have been closed, '
        'and their exam history and certifications appear in your primary profile. Your recertification dates have not changed.\n\n'
        'Is there anything else I can help you with today?\n\n'
        'Best regards,\nMiguel\nAWS Training and Certification\n\n'
        + gmail_on(t_u, 'Ahmed Khan', J_USER, DT.timezone(DT.timedelta(hours=4))) + '\n' + q(user_txt) + '\n>\n'
        + q(orig_msg(t_req, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', J_TO, J_SUBJ) + '\n' + J_REQ) + '\n')
save('055-three-ids-consolidated-anything-else.eml',
     aws_headers(J_USER, t55, AWS_FORM, J_SUBJ, to_hdr=J_TO),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'merge_completed', J_CASE, [J_KEEP, J_O1, J_O2], True, 'en')

# 021 separate rating request
t21 = T('2025-09-19 10:50:00')
body = ('Hi Ahmed,\n\nRecently you contacted AWS Training and Certification about case %s.\n\n'
        'Would you take 30 seconds to tell us how we did? Please rate your experience with our agent on a scale from 1 to 5:\n\n'
        'https://pages.awscloud.com/tc-support-csat.html?case=%s&lang=en\n\n'
        'We read every response. Thank you for helping us improve.\n\nAWS Training and Certification Customer Support\n'
        '\nYou are receiving this one-time message because you contacted AWS Training and Certification support.\n' % (J_CASE, J_CASE))
save('021-form-rate-agent-30-seconds.eml',
     aws_headers(J_USER, t21, 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>',
                 'How did we do? Case %s' % J_CASE, to_hdr=J_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'survey', J_CASE, [], True, 'en')

# ---------------- Case K: Olena Kovalenko, form case, university mail forwarded to Gmail ----------------
K_T0 = T('2025-02-24 12:03:18')
K_CASE = case15(K_T0)
K_UNI = 'olena.kovalenko@lnu.edu.ua'
K_USER = 'olena.kovalenko.ua@gmail.com'
K_A, K_B = 'AWS31102284', 'AWS34455017'

# 011 agent closes the case without a merge (no answer), still naming the ids
t11 = T('2025-03-10 09:30:12')
body = ('Dear Olena,\n\nWe wrote to you on 25 February asking which of your two certification accounts, %s or %s, '
        'you would like to keep.\n\n'
        'As we have not received a response, we are closing this case for now and no changes have been made to your accounts. '
        'If you still wish to combine them, simply reply to this e-mail within 14 days and your case will be reopened, '
        'or submit a new request through the contact form after that.\n\n'
        'Kind regards,\nAleksander\nAWS Training and Certification\n' % (K_A, K_B))
save('011-agent-closes-no-answer-not-merged.eml',
     aws_headers(K_USER, t11, AWS_FORM, 'RE:[CASE %s] %s' % (K_CASE, FORM_SUBJ), recv='gmail_fwd', fwd_to=K_UNI,
                 to_hdr='Olena Kovalenko <%s>' % K_UNI),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'survey', K_CASE, [K_A, K_B], True, 'en')

# 036 automatic survey after the closure, HTML only, emoji scale
t36 = plus(t11, minutes=1, seconds=5)
faces = ''.join('<td align="center" style="padding:0 6px"><a href="https://survey.aws-tc.amazon.com/csat?c=%s&amp;s=%d" '
                'style="font-size:30px;text-decoration:none">%s</a><br><span style="font-size:11px;color:#687078">%s</span></td>'
                % (K_CASE, i, f, l) for i, (f, l) in enumerate([('&#128545;', 'Very poor'), ('&#128543;', 'Poor'), ('&#128528;', 'OK'),
                                                                ('&#128578;', 'Good'), ('&#128512;', 'Excellent')], 1))
htm = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;background:#fafafa">'
       '<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>'
       '<p style="font-size:16px">Your case %s is now closed.</p>'
       '<p>How satisfied were you with the help you received?</p><table><tr>%s</tr></table>'
       '<p style="font-size:12px;color:#687078">AWS Training and Certification &middot; This is an automated message; replies to it reopen the case.</p>'
       '</td></tr></table></body></html>\n' % (K_CASE, faces))
save('036-auto-closed-emoji-satisfaction-html.eml',
     aws_headers(K_USER, t36, AWS_FORM, 'Case %s closed - how satisfied were you?' % K_CASE, recv='gmail_fwd', fwd_to=K_UNI,
                 to_hdr=K_UNI),
     tp(htm, 'html', cs='UTF-8', cte='quoted-printable'),
     'survey', K_CASE, [], True, 'en')

# ---------------- Case L: Rahul Verma, console case (11 digits), outlook.com, 2023 ----------------
L_CASE = '12904417358'
L_USER = 'rahul.verma.aws@outlook.com'
L_TO = 'Rahul Verma <%s>' % L_USER
L_KEEP, L_OLD = 'AWS40012786', 'AWS41193520'
L_SUBJ = 'RE:[CASE %s] Merge duplicate AWS certification account' % L_CASE

# 031 completion, Indian-English, wrong charset label (utf-8 bytes labelled iso-8859-1)
t31 = T('2023-08-21 05:36:19')
body = ('Dear Rahul,\n\nGreetings from AWS Training & Certification!!\n\n'
        'Kindly note that your request for merging of accounts is completed from our end. Both the Candidate ID\u2019s '
        'AWS40012786 and AWS41193520 are now merged into single account i.e. AWS40012786 \u2013 you may please login '
        'with rahul.verma.aws@outlook.com and verify the certifications.\n\n'
        'Also please note, your Credly badges will be transferred within 3\u20135 business days.\n\n'
        'Please revert back through the Support Center in case of any further query.\n\n'
        + RATE + 'Thanks & Regards,\n\nPooja M.\nAmazon Web Services\n' + console_footer(L_CASE))
save('031-kindly-note-merged-wrong-charset.eml',
     aws_headers(L_USER, t31, AWS_NOREPLY, L_SUBJ, recv='outlook', to_hdr=L_TO),
     alt(tp(body, cs='utf-8', label='"iso-8859-1"'), tp(aws_html(body), 'html', cs='utf-8', label='"iso-8859-1"'), b_java()),
     'merge_completed', L_CASE, [L_KEEP, L_OLD], True, 'en')

# 053 support reply: a question about the voucher, not about the merge
t53 = T('2023-08-23 11:02:51')
body = ('Dear Rahul,\n\nThank you for your reply.\n\n'
        'Regarding your question about the 50%% exam discount: the voucher you earned by passing the Solutions Architect - '
        'Associate exam is linked to AWS40012786 and is valid until 14 March 2024. You can find the code under Benefits in '
        'your certification account and apply it while scheduling your next exam with Pearson VUE.\n\n'
        'Please note that benefit vouchers are personal and cannot be transferred to a colleague.\n\n'
        % () + RATE + 'Thanks & Regards,\n\nPooja M.\nAmazon Web Services\n' + console_footer(L_CASE))
save('053-console-voucher-question-answer.eml',
     aws_headers(L_USER, t53, AWS_NOREPLY, L_SUBJ, recv='outlook', to_hdr=L_TO),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'support_reply', L_CASE, [L_KEEP], True, 'en')

def generic_headers(frm, to, subj, t, msgid, top, dkims=(), extra=(), date_tz=UTC):
    """top: trace headers (Return-Path, Received, Authentication-Results...) in final order."""
    hs = list(top)
    for d, sel in dkims:
        hs.append(('DKIM-Signature', dkim_sig(d, sel, t, 'from:to:subject:date:message-id:mime-version:content-type')))
    hs += [('From', frm), ('To', to), ('Subject', subj), ('Date', rdate(t, date_tz)), ('Message-ID', msgid)]
    hs += list(extra)
    return hs

def icloud_top(to, t, ip, host, mailfrom, dom, fromdom):
    return [
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s [%s])\n\tby p%02d-mx%d.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (host, host, ip, R.randrange(1, 60), R.randrange(1, 9), rhex(10).upper(), to, rdate(t))),
        ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=%s' % fromdom),
        ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s'
         % (dom, dom, rb64(6)[:8], rb64(6)[:8])),
        ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
         % (mailfrom, ip, mailfrom)),
        ('Received-SPF', 'pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s'
         % (mailfrom, ip, ip, host, mailfrom)),
    ]

# ---------------- Case M: Emma Schulz, completion with benefit, Gmail ----------------
M_T0 = T('2025-04-14 07:58:31')
M_CASE = case15(M_T0)
M_USER = 'emma.schulz.it@gmail.com'
M_KEEP, M_OLD = 'AWS35560872', 'AWS32218409'
t35 = T('2025-04-16 13:14:26')
t_u = T('2025-04-15 18:30:02')
body = ('Hello Emma,\n\nthank you for your confirmation.\n\n'
        'Your certification accounts are merged now, so you will find all of your certifications under AWS35560872. '
        'Good to know: the 50% discount voucher and the free Practice Exam benefit that were on your old account '
        'AWS32218409 are also available in AWS35560872 under "Benefits". The voucher keeps its original expiry date, 30 June 2025.\n\n'
        'Please sign in only with emma.schulz.it@gmail.com from now on; the old login is not working anymore.\n\n'
        'With kind regards\nJonas\nAWS Training and Certification\n\n'
        + gmail_on(t_u, 'Emma Schulz', M_USER, CET) + '\n'
        + q('Hi Jonas,\n\nyes this is correct, please merge AWS32218409 into AWS35560872.\n\nThanks a lot\nEmma') + '\n')
save('035-merged-now-voucher-carried-over.eml',
     aws_headers(M_USER, t35, AWS_FORM, 'RE:[CASE %s] %s' % (M_CASE, FORM_SUBJ), to_hdr='Emma Schulz <%s>' % M_USER),
     alt(tp(body), tp(text2html(body), 'html'), b_java()),
     'merge_completed', M_CASE, [M_KEEP, M_OLD], True, 'en')

# ---------------- Case P: Kevin O'Brien, form case, iCloud ----------------
P_T0 = T('2025-06-30 21:40:09')
P_CASE = case15(P_T0)
P_USER = 'kobrien.dev@icloud.com'
P_KEEP, P_OLD = 'AWS44108326', 'AWS47720915'
t41 = T('2025-07-03 16:05:37')
P41 = ('Hi Kevin,\n\nI\'m pleased to let you know that your accounts have been successfully merged. AWS44108326 is now your '
       'single AWS Certification account and holds the history of AWS47720915 as well.\n\n'
       'Since everything is done on our side, I\'ll go ahead and resolve this case. You may receive a short survey about '
       'your experience - we would really appreciate your feedback.\n\n'
       'All the best,\nDeepa\nAWS Training and Certification\n')
for fn, t, txt, kind, accts in [('041-closure-says-merged-and-survey-coming.eml', t41, P41, 'merge_completed', [P_KEEP, P_OLD])]:
    sid = ses_id(t)
    ip = R.choice(SES_IPS)
    save(fn, generic_headers(AWS_FORM, P_USER, 'RE:[CASE %s] %s' % (P_CASE, FORM_SUBJ), t, '<%s@email.amazonses.com>' % sid,
                             icloud_top(P_USER, plus(t, seconds=2), ip, ses_host(ip), sid + '@amazonses.com', 'amazon.com', 'amazon.com'),
                             [('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)],
                             [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43]), ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))]),
         alt(tp(txt), tp(aws_html(txt), 'html'), b_java()), kind, P_CASE, accts, True, 'en')

# 042 automatic survey quoting the last correspondence (ids only in the quote)
t42 = plus(t41, minutes=3)
body = ('Hello,\n\nYour case %s has been resolved.\n\n'
        'Was your issue resolved?\n  Yes: https://survey.aws-tc.amazon.com/r/?case=%s&a=1\n  No:  https://survey.aws-tc.amazon.com/r/?case=%s&a=0\n\n'
        'If you need more help with this issue, reply to this e-mail within 14 days.\n\n'
        'AWS Training and Certification\n\n'
        '----- Last correspondence on your case -----\n%s' % (P_CASE, P_CASE, P_CASE, q(P41)))
sid = ses_id(t42)
ip = R.choice(SES_IPS)
save('042-auto-resolved-quotes-last-correspondence.eml',
     generic_headers(AWS_FORM, P_USER, 'Case %s resolved: was your issue resolved?' % P_CASE, t42, '<%s@email.amazonses.com>' % sid,
                     icloud_top(P_USER, plus(t42, seconds=1), ip, ses_host(ip), sid + '@amazonses.com', 'amazon.com', 'amazon.com'),
                     [('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)],
                     [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43])]),
     tp(body, cs='UTF-8', cte='7bit'),
     'survey', P_CASE, [], True, 'en')

# ---------------- Case N: Tomás Ruiz, console case, Proton, decides not to merge ----------------
N_T0 = T('2025-10-02 10:11:47')
N_CASE = case15(N_T0)
N_USER = 'tomas.ruiz@proton.me'
t32 = T('2025-10-06 14:27:05')
body = ('Hello Tomás,\n\nThank you for letting us know that you prefer to keep both certification accounts separate for now, '
        'because AWS50981273 is tied to your employer\'s voucher program.\n\n'
        'As requested, no changes were made to AWS50981273 or AWS52007416, and I am closing this case. If you change your mind '
        'later, you are welcome to open a new case and reference this one.\n\n'
        + RATE + 'Best regards,\n\nSebastián G.\nAmazon Web Services\n' + console_footer(N_CASE))
sid = ses_id(t32)
ip = R.choice(SES_IPS)
top = [('Return-Path', '<%s@amazonses.com>' % sid),
       ('X-Original-To', N_USER), ('Delivered-To', N_USER),
       ('Authentication-Results', 'mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from=amazon.com'),
       ('Authentication-Results', 'mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com'),
       ('Authentication-Results', 'mail.protonmail.ch; dkim=pass (2048-bit key)\n header.d=amazon.com header.i=@amazon.com header.b="%s";\n dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com\n header.b="%s"' % (rb64(6)[:8], rb64(6)[:8])),
       ('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n (No client certificate requested)\n by mailin048.protonmail.ch (Postfix) with ESMTPS id 4c%s\n for <%s>; %s'
        % (ses_host(ip), ses_host(ip), ip, ralnum(8, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789'), N_USER, rdate(plus(t32, seconds=2))))]
save('032-agent-closes-user-keeps-accounts-separate.eml',
     generic_headers(AWS_NOREPLY, 'Tomás Ruiz <%s>' % N_USER if False else addr('Tomás Ruiz', N_USER), 'RE:[CASE %s] Merge certification accounts?' % N_CASE, t32,
                     '<%s@email.amazonses.com>' % sid, top, [('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)],
                     [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43])]),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'survey', N_CASE, ['AWS50981273', 'AWS52007416'], True, 'en')

# ---------------- Case Q: Ngozi Adeyemi, duplicate case closed ----------------
Q_T0 = T('2025-07-21 06:33:52')
Q_CASE = case15(Q_T0)
Q_T1 = T('2025-07-22 19:05:14')
Q_CASE2 = case15(Q_T1)
t59 = T('2025-07-23 08:12:40')
body = ('Hello Ngozi,\n\nThank you for contacting AWS Training and Certification.\n\n'
        'I can see that your request to combine AWS61029934 and AWS60447781 is already being handled by my colleague under case %s. '
        'To avoid duplicate work and conflicting answers, I am closing this case (%s) now.\n\n'
        'Please continue the conversation in the e-mail thread of case %s; there is no need to send the details again.\n\n'
        'Best regards,\nFatima\nAWS Training and Certification\n' % (Q_CASE, Q_CASE2, Q_CASE))
save('059-duplicate-case-closed-see-other-case.eml',
     aws_headers('ngozi.adeyemi@outlook.com', t59, AWS_FORM, 'RE:[CASE %s] %s' % (Q_CASE2, FORM_SUBJ), recv='outlook',
                 to_hdr='Ngozi Adeyemi <ngozi.adeyemi@outlook.com>'),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'survey', Q_CASE2, ['AWS60447781', 'AWS61029934'], True, 'en')

def uuid4s():
    return '%s-%s-4%s-%s%s-%s' % (rhex(8), rhex(4), rhex(3), R.choice('89ab'), rhex(3), rhex(12))

def credly_html(title, paras, button=None, footer='Credly, Inc. | 1 Pace Plaza, New York, NY 10038'):
    ps = ''.join('<p style="margin:0 0 14px">%s</p>' % p for p in paras)
    btn = ('<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;'
           'text-decoration:none;font-weight:bold">%s</a></p>' % button if button else '')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%%"><tr><td align="center"><table role="presentation" width="600" '
            'style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1f1f1f;padding:32px">'
            '<tr><td><img src="https://www.credly.com/assets/credly_logo-7d9a6b6e.png" width="90" alt="Credly"></td></tr>'
            '<tr><td><h2 style="font-size:20px">%s</h2>%s%s</td></tr>'
            '<tr><td style="font-size:11px;color:#8a8a8a;padding-top:24px">%s<br>'
            '<a href="https://www.credly.com/notification_settings" style="color:#8a8a8a">Manage notifications</a> &middot; '
            '<a href="https://www.credly.com/privacy" style="color:#8a8a8a">Privacy</a></td></tr>'
            '</table></td></tr></table></body></html>\n' % (title, ps, btn, footer))

# 016 Credly reminder: badge still waiting to be accepted (counts as "ready to accept")
t16 = T('2025-06-06 02:15:10')
bid = uuid4s()
plain = ('Hi Priya,\n\nJust a reminder: your AWS Certified Solutions Architect - Associate badge from Amazon Web Services '
         'Training and Certification is still waiting for you.\n\nAccept it now: https://www.credly.com/badges/%s/accept\n\n'
         'Once accepted, you can share your badge and let anyone verify it in one click.\n\n'
         'Credly, Inc. | 1 Pace Plaza, New York, NY 10038\nhttps://www.credly.com/notification_settings\n' % bid)
htm = credly_html('Your badge is waiting for you, Priya',
                  ['Just a reminder: your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge from Amazon Web Services Training and Certification is still waiting for you.',
                   'Once accepted, you can share your badge and let anyone verify it in one click.'],
                  ('https://www.credly.com/badges/%s/accept' % bid, 'Accept your badge'))
save('016-credly-reminder-badge-waiting-accept.eml',
     credly_headers(A_USER, t16, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'Reminder: Accept your AWS Certified Solutions Architect - Associate badge'),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'credly_badge_issued', None, [], True, 'en')

# 013 Credly Pro upsell (Credly marketing, genuine)
t13 = T('2025-06-11 15:00:00')
plain = ('Stand out with Credly Pro\n\nHi Priya,\n\nYou have 2 verified badges on Credly. With Credly Pro you can:\n'
         '- appear at the top of recruiter searches for your skills\n- see who viewed your badges, and from which companies\n'
         '- get a personalised skills report every month\n\nTry Credly Pro free for 30 days: https://info.credly.com/pro?utm_source=email&utm_campaign=pro_trial_jun25\n\n'
         'Cancel anytime. Your badges stay free forever.\n\n'
         'You are receiving this e-mail because you have a Credly account. Unsubscribe: https://info.credly.com/unsubscribe?e=%s\n'
         'Credly, a Pearson company | 1 Pace Plaza, New York, NY 10038\n' % rhex(32))
htm = credly_html('Stand out with Credly Pro',
                  ['Hi Priya,', 'You have <b>2 verified badges</b> on Credly. With Credly Pro you can appear at the top of recruiter searches, '
                   'see who viewed your badges, and get a personalised skills report every month.', 'Cancel anytime. Your badges stay free forever.'],
                  ('https://info.credly.com/pro?utm_source=email&amp;utm_campaign=pro_trial_jun25', 'Start my free trial'),
                  'Credly, a Pearson company | 1 Pace Plaza, New York, NY 10038 &middot; <a href="https://info.credly.com/unsubscribe">Unsubscribe</a>')
save('013-credly-pro-upsell-marketing.eml',
     credly_headers(A_USER, t13, 'Credly <hello@info.credly.com>', 'Priya, your badges deserve more visibility - try Credly Pro free',
                    dom='info.credly.com', extra=[('List-Unsubscribe', '<https://info.credly.com/unsubscribe?e=%s>, <mailto:unsubscribe@info.credly.com>' % rhex(16)),
                                                   ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'unrelated', None, [], True, 'en')

# 014 Credly weekly digest (to a Japanese user at nifty)
t14 = T('2025-03-24 13:02:44')
plain = ('Your week on Credly\n\nHi Shota,\n\nYour badges were viewed 12 times this week.\n\n'
         'AWS Certified Solutions Architect - Associate: 9 views\nAWS Certified Cloud Practitioner: 3 views\n\n'
         'Top viewer locations: Tokyo, Osaka, Singapore\n\nSee your full activity: https://www.credly.com/earner/insights\n\n'
         'Credly, Inc. | 1 Pace Plaza, New York, NY 10038\nManage notifications: https://www.credly.com/notification_settings\n')
htm = credly_html('Your week on Credly', ['Hi Shota,', 'Your badges were viewed <b>12 times</b> this week.',
                                           'AWS Certified Solutions Architect &ndash; Associate: 9 views<br>AWS Certified Cloud Practitioner: 3 views',
                                           'Top viewer locations: Tokyo, Osaka, Singapore'],
                  ('https://www.credly.com/earner/insights', 'See your activity'))
save('014-credly-weekly-digest-views.eml',
     credly_headers(B_USER, t14, 'Credly <no-reply@credly.com>', 'Your badges were viewed 12 times this week', recv='nifty'),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'unrelated', None, [], True, 'en')

# 015 Credly expiry reminder
t15 = T('2025-01-10 09:12:31')
plain = ('Hi Marco,\n\nYour AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and Certification, '
         'expires on March 11, 2025.\n\nTo keep it active, recertify before it expires. Learn about recertification:\n'
         'https://aws.amazon.com/certification/recertification/\n\nView your badge: https://www.credly.com/badges/%s\n\n'
         'Credly, Inc. | 1 Pace Plaza, New York, NY 10038\n' % uuid4s())
htm = credly_html('Your badge expires in 60 days', ['Hi Marco,', 'Your <b>AWS Certified Developer &ndash; Associate</b> badge, issued by Amazon Web Services Training and Certification, expires on <b>March 11, 2025</b>.',
                                                    'To keep it active, recertify before it expires.'],
                  ('https://aws.amazon.com/certification/recertification/', 'Learn about recertification'))
save('015-credly-badge-expires-60-days.eml',
     credly_headers(C_USER, t15, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'Your AWS Certified Developer - Associate badge expires in 60 days', recv='outlook'),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'unrelated', None, [], True, 'en')

# 017 Credly's own self-service account merge code
t17 = T('2025-08-14 04:20:09')
code = '%06d' % R.randrange(10**6)
plain = ('Hi Li Wei,\n\nWe received a request to merge the Credly account li.wei@finbridge-tech.com into your account %s.\n\n'
         'Your verification code is: %s\n\nOr click the link below to complete the merge:\n'
         'Complete Account Merge: https://www.credly.com/users/account_merges/%s/confirm\n\n'
         'This code expires in 30 minutes. After the merge, all badges from li.wei@finbridge-tech.com will appear in your account.\n'
         'If you did not request this, you can ignore this e-mail.\n\nCredly Support\n' % (D_USER, code, uuid4s()))
htm = credly_html('Confirm your account merge', ['Hi Li Wei,', 'We received a request to merge the Credly account <b>li.wei@finbridge-tech.com</b> into your account %s.' % D_USER,
                                                  'Your verification code is: <b style="font-size:22px;letter-spacing:3px">%s</b>' % code,
                                                  'This code expires in 30 minutes. If you did not request this, you can ignore this e-mail.'],
                  ('https://www.credly.com/users/account_merges/confirm', 'Complete Account Merge'))
save('017-credly-self-service-merge-code.eml',
     credly_headers(D_USER, t17, 'Credly <no-reply@credly.com>', 'Your Credly account merge verification code'),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8'), b_rails()),
     'unrelated', None, [], True, 'en')

# 052 Credly career insights to a docomo user
t52 = T('2025-02-19 22:30:00')
plain = ('Hi Misaki,\n\n18 new jobs in Tokyo match the skills on your AWS Certified Solutions Architect - Associate badge.\n\n'
         '- Cloud Engineer, Rakuten-style e-commerce company (Tokyo)\n- Solutions Architect, SaaS start-up (Remote)\n- Infrastructure Engineer, bank (Tokyo)\n\n'
         'Explore jobs: https://www.credly.com/earner/jobs\n\nCredly, Inc. | 1 Pace Plaza, New York, NY 10038\n')
htm = credly_html('18 new jobs match your skills', ['Hi Misaki,', '18 new jobs in Tokyo match the skills on your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.'],
                  ('https://www.credly.com/earner/jobs', 'Explore jobs'))
save('052-credly-jobs-matching-skills.eml',
     credly_headers(G_USER, t52, 'Credly <no-reply@credly.com>', 'Misaki, 18 new jobs match your verified skills', recv='docomo'),
     alt(tp(plain, cs='UTF-8'), tp(htm, 'html', cs='UTF-8', cte='base64'), b_rails()),
     'unrelated', None, [], True, 'en')

# 058 Credly badge issued (2022), UTF-8 bytes labelled windows-1252
t58 = T('2022-09-19 17:42:13')
bid = uuid4s()
plain = ('Hi Sofia,\n\nAmazon Web Services Training and Certification has issued you a badge: '
         'AWS Certified Solutions Architect \u2013 Professional.\n\n'
         'Accept your badge: https://www.credly.com/badges/%s/accept\n\n'
         '\u201cAccepting\u201d your badge lets you share it on LinkedIn and in your e\u2011mail signature.\n\n'
         'Credly, Inc. | 1 Pace Plaza, New York, NY 10038\n' % bid)
htm = credly_html('Hi Sofia, you have a new badge', ['Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect \u2013 Professional</b>.'],
                  ('https://www.credly.com/badges/%s/accept' % bid, 'Accept your badge'))
save('058-credly-issued-wrong-charset-label.eml',
     credly_headers(E_USER, t58, 'Amazon Web Services Training and Certification via Credly <admin@credly.com>',
                    'Amazon Web Services Training and Certification has issued you a badge', recv='outlook'),
     alt(tp(plain, cs='utf-8', label='"windows-1252"'), tp(htm, 'html', cs='utf-8', label='"windows-1252"'), b_rails()),
     'credly_badge_issued', None, [], True, 'en')

# 018 spoofed Credly mail about merged badges: dmarc=fail on top, forged pass lower down
t18 = T('2025-09-20 06:41:27')
ip = '45.134.%d.%d' % (R.randrange(256), R.randrange(256))
mf = 'info@mail-relay-%02d.top' % R.randrange(100)
ar = ar_gmail([], 'pass', mf, ip, 'fail', 'credly.com', 'QUARANTINE')
top = gmail_trace(J_USER, t18, mf, ip, 'vps-%d.hostkey-cloud.net' % R.randrange(1000, 9999), ar)
top.append(('Authentication-Results', 'credly.com; dkim=pass header.d=credly.com; spf=pass; dmarc=pass header.from=credly.com'))
plain = ('Hello Ahmed,\n\nFollowing the merge of your AWS Certification accounts, your badges have been transferred to your primary Credly profile.\n\n'
         'To keep them visible you must accept the transferred badges within 48 hours:\n'
         'http://credly-badge-transfer.com/accept?u=ahmed.khan.cloud%%40gmail.com&t=%s\n\n'
         'Badges that are not accepted will be permanently removed.\n\nCredly Team\n' % rhex(20))
save('018-spoofed-credly-merged-badges-dmarc-fail.eml',
     generic_headers('Amazon Web Services Training and Certification via Credly <admin@credly.com>', J_USER,
                     'Action required: accept badges transferred after your account merge', t18,
                     '<%s@mail-relay.top>' % rhex(20), top, extra=[('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')]),
     tp(plain, cs='utf-8', cte='8bit'),
     'credly_badge_issued', None, [], False, 'en')

# 019 Credly look-alike phishing, not about the merge
t19 = T('2025-07-02 11:15:48')
ip = '103.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(256))
mf = 'security@credly-support.co'
ar = ar_gmail([('pass', 'credly-support.co', 'default')], 'pass', mf, ip, 'pass', 'credly-support.co', 'NONE')
top = gmail_trace(P_USER.replace('icloud.com', 'gmail.com') if False else 'kevin.obrien.mail@gmail.com', t19, mf, ip, 'mail.credly-support.co', ar)
htm = ('<html><body style="font-family:Arial"><p>Dear Credly user,</p><p>We detected an unusual sign-in to your Credly account from '
       '<b>Lagos, Nigeria</b>. If this was not you, your badges may be removed.</p>'
       '<p><a href="http://credly-support.co/verify-account?id=%s">Verify my account</a></p><p>Credly Security Team</p></body></html>\n' % rhex(16))
save('019-credly-lookalike-unusual-signin.eml',
     generic_headers('Credly Security <security@credly-support.co>', 'kevin.obrien.mail@gmail.com',
                     'Unusual sign-in attempt on your Credly account', t19, '<%s@credly-support.co>' % rhex(16), top,
                     [('credly-support.co', 'default')]),
     tp(htm, 'html', cs='utf-8'),
     'unrelated', None, [], False, 'en')

# 046 look-alike domain: fake merge completion with a login link
t46 = T('2025-10-14 03:08:55')
ip = '194.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(256))
mf = 'noreply@aws-certification-merge.com'
ar = ar_gmail([('pass', 'aws-certification-merge.com', 'mail')], 'pass', mf, ip, 'pass', 'aws-certification-merge.com', 'NONE')
top = gmail_trace(M_USER, t46, mf, ip, 'mx.aws-certification-merge.com', ar)
plain = ('Dear Candidate,\n\nYour AWS Certification account merge is complete. Your primary candidate ID is AWS35560872.\n\n'
         'To finalise the transfer of your certifications and keep your 50% exam voucher, you must sign in within 48 hours:\n'
         'https://aws-certification-merge.com/signin?candidate=AWS35560872\n\n'
         'If you do not sign in, the merged certifications will be suspended.\n\nAWS Training and Certification\n')
save('046-lookalike-domain-merge-complete-signin.eml',
     generic_headers('AWS Training and Certification <noreply@aws-certification-merge.com>', M_USER,
                     'Your AWS Certification account merge is complete', t46, '<%s@aws-certification-merge.com>' % rhex(18), top,
                     [('aws-certification-merge.com', 'mail')]),
     alt(tp(plain, cs='utf-8'), tp(text2html(plain), 'html', cs='utf-8'), b_gmail()),
     'merge_completed', None, ['AWS35560872'], False, 'en')

# ---------------- unrelated look-alikes ----------------
# 025 other AWS support case (billing), agent resolves it
BILL_T0 = T('2025-06-02 18:44:20')
BILL_CASE = case15(BILL_T0)
t25 = T('2025-06-04 09:31:02')
body = ('Hello Priya,\n\nThank you for your patience.\n\n'
        'I have reviewed the charges for Amazon OpenSearch Service in May. The domain "test-logs" in us-east-1 kept running after '
        'your free tier ended, which caused the unexpected charge of USD 61.37. As a one-time courtesy, I have applied a credit '
        'for this amount; it will show on your June bill.\n\n'
        'Since your question has been answered, I will resolve this case. If you need anything else, you can reopen it within 14 days.\n\n'
        + RATE + 'Best regards,\n\nKarthik S.\nAmazon Web Services\n' + console_footer(BILL_CASE))
save('025-other-case-billing-credit-resolved.eml',
     aws_headers(A_USER, t25, AWS_NOREPLY, 'RE:[CASE %s] Unexpected OpenSearch charges in May' % BILL_CASE),
     alt(tp(body), tp(aws_html(body), 'html'), b_java()),
     'unrelated', BILL_CASE, [], True, 'en')

# 026 Seller Central case about a listing (variation) merge
t26 = T('2025-04-22 20:16:37')
SC_CASE = '6021937485'
body = ('Hello,\n\nThank you for contacting Amazon Seller Support.\n\n'
        'Your request to merge the ASINs B0CX4K2M7Q and B0CX4L9T1R into one variation family has been completed. '
        'It may take up to 24 hours for the change to be visible on the detail page.\n\n'
        'Was this response helpful? Please click the link below to rate it:\n'
        'https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=%s&rate=1\n\n'
        'We hope this helps.\n\nThank you for selling on Amazon,\nRiya S.\nAmazon.de Seller Support\n' % SC_CASE)
save('026-seller-central-asin-merge-completed.eml',
     aws_headers(M_USER, t26, 'Amazon Services <seller-notification@amazon.com>', 'RE:[CASE %s] Variation merge request' % SC_CASE),
     alt(tp(body), tp(aws_html(body, 'Amazon Seller Central'), 'html'), b_java()),
     'unrelated', SC_CASE, [], True, 'en')

# 027 CertMetrics survey look-alike (genuine, but not AWS/Credly)
t27 = T('2025-06-10 16:00:11')
ip = '167.89.%d.%d' % (R.randrange(256), R.randrange(256))
mf = 'bounces+%d@em.certmetrics.com' % R.randrange(10**6, 10**7)
ar = ar_gmail([('pass', 'certmetrics.com', 's1')], 'pass', mf, ip, 'pass', 'certmetrics.com', 'NONE')
body = ('Dear Priya Raman,\n\nAWS Certification wants to hear from you!\n\n'
        'You recently used your AWS Certification Account (Candidate ID: AWS04417823). Please take our 5-minute survey about '
        'your certification experience:\nhttps://www.certmetrics.com/amazon/survey/%s\n\n'
        'Thank you,\nAWS Certification\n\nThis is an automated message from CertMetrics. Please do not reply.\n' % rhex(32))
save('027-certmetrics-wants-to-hear-from-you.eml',
     generic_headers('AWS Certification <do-not-reply@certmetrics.com>', A_USER, 'AWS Certification wants to hear from you', t27,
                     '<%s@certmetrics.com>' % rhex(20), gmail_trace(A_USER, plus(t27, seconds=3), mf, ip, 'o%d.em.certmetrics.com' % R.randrange(10), ar),
                     [('certmetrics.com', 's1')]),
     alt(tp(body), tp(text2html(body), 'html'), b_gmail()),
     'unrelated', None, ['AWS04417823'], False, 'en')

# 028 Pearson VUE appointment confirmation
t28 = T('2025-08-20 07:55:03')
ip = '159.182.%d.%d' % (R.randrange(256), R.randrange(256))
mf = 'pearsonvueconfirmation@pearson.com'
ar = ar_gmail([('pass', 'pearson.com', 'selector1')], 'pass', mf, ip, 'pass', 'pearson.com', 'REJECT')
body = ('Dear Li Wei,\n\nThank you for scheduling your exam with Pearson VUE.\n\n'
        'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\nAppointment: Tuesday, September 9, 2025 at 10:00 AM (GMT+08:00)\n'
        'Delivery: OnVUE online proctored\nRegistration ID: 510%d\nAWS Candidate ID: AWS33019876\n\n'
        'Please check in 30 minutes before your appointment and run the system test beforehand.\n\n'
        'Pearson VUE\n' % R.randrange(10**5, 10**6))
save('028-pearson-vue-appointment-confirmation.eml',
     generic_headers('Pearson VUE <pearsonvueconfirmation@pearson.com>', D_USER, 'Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional', t28,
                     '<%s.JavaMail.vue@pvue-prd-mail02>' % rhex(16), gmail_trace(D_USER, plus(t28, seconds=2), mf, ip, 'mail-relay.pearson.com', ar),
                     [('pearson.com', 'selector1')]),
     alt(tp(body, cs='ISO-8859-1', codec='latin-1'), tp(text2html(body), 'html', cs='ISO-8859-1', codec='latin-1'), b_java()),
     'unrelated', None, ['AWS33019876'], False, 'en')

# 029 GitHub "merged" notification
t29 = T('2024-11-21 09:03:44')
ip = '192.30.252.%d' % R.randrange(200, 220)
body = ('Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/northwind-labs/infra-accounts/pull/412#event-%d\n'
        'You are receiving this because you authored the thread.\n\nMessage ID: <northwind-labs/infra-accounts/pull/412/issue_event/%d@github.com>\n'
        % (R.randrange(10**10, 10**11), R.randrange(10**10, 10**11)))
save('029-github-pr-merged-accounts-branch.eml',
     generic_headers('Elena Petrova <notifications@github.com>', 'northwind-labs/infra-accounts <infra-accounts@noreply.github.com>',
                     'Re: [northwind-labs/infra-accounts] Merge account-consolidation branch into main (PR #412)', t29,
                     '<northwind-labs/infra-accounts/pull/412/issue_event/%d@github.com>' % R.randrange(10**10, 10**11),
                     outlook_trace(C_USER, plus(t29, seconds=2), ip, 'out-%d.smtp.github.com' % R.randrange(10, 30),
                                   ar_outlook('pass', ip, 'github.com', 'pass', 'github.com', 'pass', 'github.com'), 'github.com'),
                     [('github.com', 'pf2023')],
                     [('Reply-To', 'northwind-labs/infra-accounts <reply+%s@reply.github.com>' % rhex(40).upper()),
                      ('Cc', 'Marco Bianchi <%s>, Author <author@noreply.github.com>' % C_USER),
                      ('In-Reply-To', '<northwind-labs/infra-accounts/pull/412@github.com>'),
                      ('List-ID', 'northwind-labs/infra-accounts <infra-accounts.northwind-labs.github.com>'),
                      ('X-GitHub-Reason', 'author')]),
     alt(tp(body, cs='UTF-8', cte='7bit'), tp(text2html(body), 'html', cs='UTF-8', cte='7bit'), b_gmail()),
     'unrelated', None, [], False, 'en')

# 043 AWS Builder ID verification code, no Authentication-Results at all
t43 = T('2025-03-09 23:58:10')
sid = ses_id(t43)
top = [('Return-Path', '<%s@amazonses.com>' % sid),
       ('Received', 'from a8-35.smtp-out.amazonses.com (a8-35.smtp-out.amazonses.com [54.240.8.35])\n\tby mx01.mail.so-net.ne.jp (Postfix) with ESMTPS id 4Z1%s\n\tfor <taro.ishikawa@m07.so-net.ne.jp>; %s'
        % (ralnum(7, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789'), rdate(plus(t43, seconds=2), JST)))]
body = ('Verify your AWS Builder ID email address\n\nThank you for creating an AWS Builder ID. Your verification code is:\n\n'
        '%06d\n\nThis code expires in 30 minutes. If you did not request this code, you can ignore this e-mail.\n\n'
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n' % R.randrange(10**6))
save('043-builder-id-verification-code-no-auth.eml',
     generic_headers('AWS <no-reply@signin.aws>', 'taro.ishikawa@m07.so-net.ne.jp', 'Verify your AWS Builder ID email address', t43,
                     '<%s@email.amazonses.com>' % sid, top, [('signin.aws', 'ytfz3dcrwdbfhaj7dfqwyqqhl3fmcpd2'), ('amazonses.com', SES_SEL)]),
     alt(tp(body, cs='UTF-8'), tp(aws_html(body, 'AWS Builder ID'), 'html', cs='UTF-8'), b_java()),
     'unrelated', None, [], None, 'en')

# 044 AWS Training and Certification newsletter mentioning merges in a tip
t44 = T('2025-05-13 16:05:00')
htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>'
       '<body style="margin:0;background:#f2f3f3"><table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">'
       '<tr><td style="background:#232f3e;color:#fff;padding:18px 24px;font-size:18px">This month in AWS Training and Certification</td></tr>'
       '<tr><td style="padding:20px 24px"><h3>New: AWS Certified Machine Learning Engineer &ndash; Associate</h3>'
       '<p>Validate your skills building and operating ML workloads. Beta pricing ends soon.</p>'
       '<h3>Tip of the month</h3><p>Have more than one certification account? Combining them keeps all your credentials and benefits '
       'in one place. Find out how in our <a href="https://aws.amazon.com/certification/faqs/?trk=em_tc_may25">Certification FAQs</a>.</p>'
       '<h3>Free on AWS Skill Builder</h3><p>Over 600 free digital courses, including exam prep for every certification.</p></td></tr>'
       '<tr><td style="padding:16px 24px;font-size:11px;color:#687078">You received this e-mail because you subscribed to AWS Training and Certification updates. '
       '<a href="https://pages.awscloud.com/communication-preferences?trk=em_tc_may25">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</td></tr>'
       '</table></body></html>\n')
save('044-aws-tc-newsletter-tip-combine-accounts.eml',
     aws_headers(M_USER, t44, 'AWS Training and Certification <aws-marketing-email-replies@amazon.com>',
                 'New ML Engineer certification, free exam prep, and more', to_hdr=M_USER,
                 extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?trk=em_tc_may25>'), ('Precedence', 'bulk')]),
     tp(htm, 'html', cs='utf-8'),
     'unrelated', None, [], True, 'en')

# 056 spoofed amazon.com billing phish (not about the merge), Outlook dmarc=fail
t56 = T('2025-10-20 02:14:33')
ip = '91.92.%d.%d' % (R.randrange(256), R.randrange(256))
top = outlook_trace(L_USER, t56, ip, 'srv%d.cheap-vps.site' % R.randrange(100, 999),
                    ar_outlook('fail', ip, 'cheap-vps.site', 'none', '', 'fail', 'amazon.com', 'fail reason=000'), 'cheap-vps.site')
top.insert(0, ('Return-Path', 'admin@cheap-vps.site'))
body = ('Dear AWS Customer,\n\nWe were unable to process the payment for your AWS account. Your services will be suspended within 24 hours.\n\n'
        'Update your payment method now: http://aws-billing-update.info/console/billing?ref=%s\n\n'
        'Amazon Web Services Billing\n' % rhex(12))
save('056-spoofed-aws-billing-suspension-dmarc-fail.eml',
     generic_headers('Amazon Web Services <billing@amazon.com>', L_USER, 'Action needed: AWS account suspension notice', t56,
                     '<%s@cheap-vps.site>' % rhex(16), top),
     alt(tp(body, cs='utf-8'), tp(text2html(body), 'html', cs='utf-8'), b_gmail()),
     'unrelated', None, [], False, 'en')

# 057 another AWS support case in Japanese (quota increase) resolved
Q_T0 = T('2024-07-08 05:20:41')
QUOTA_CASE = case15(Q_T0)
t57 = T('2024-07-09 01:48:19')
body = ('鈴木 健 様\n\nAmazon Web Services の石井でございます。\n\n'
        'ご依頼いただきました東京リージョン (ap-northeast-1) における Running On-Demand Standard インスタンスの vCPU 上限の'
        '引き上げ（64 → 256）が承認され、反映が完了いたしました。\n\n'
        'ご依頼の内容は以上で完了となりますので、本ケースは解決済みとさせていただきます。\n\n'
        + RATE_JA + 'よろしくお願いいたします。\n\n石井\nAmazon Web Services\n' + console_footer_ja(QUOTA_CASE))
save('057-ja-other-case-quota-increase-done.eml',
     aws_headers(H_USER, t57, AWS_NOREPLY, H('RE:[CASE %s] サービスクォータの引き上げ (EC2 vCPU)' % QUOTA_CASE, 'iso-2022-jp'),
                 recv='biglobe', to_hdr=addr('鈴木 健', H_USER, 'iso-2022-jp')),
     tp(body, cs='ISO-2022-JP', codec='iso-2022-jp', cte='7bit'),
     'unrelated', QUOTA_CASE, [], True, 'ja')

# ---- END ----

if __name__ == '__main__':
    for f in os.listdir(OUT):
        pass
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS), 'mails')
