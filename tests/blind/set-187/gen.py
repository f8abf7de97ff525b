#!/usr/bin/env python3
"""Generator for blind set 187: non-native / machine-translated English (plus
some Japanese) mails around an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as _dt
import html as _html
import json
import os
import quopri
import random
import re
import textwrap
from zoneinfo import ZoneInfo

import email
import email.policy
from email import utils
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(187187)
UTC = _dt.timezone.utc
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
CET = ZoneInfo('Europe/Warsaw')
POL = email.policy.compat32.clone(max_line_length=0)

MAILS = []      # list of (filename, message, label)

# ----------------------------------------------------------------- basics

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'iso-8859-1': 'latin-1', 'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def U(ts):
    return _dt.datetime.fromtimestamp(ts, UTC)


def rdate(dt, tz=UTC):
    """RFC 5322 date in the given zone."""
    return utils.format_datetime(dt.astimezone(tz))


def gdate(dt):
    d = dt.astimezone(PT)
    return utils.format_datetime(d) + ' (%s)' % d.tzname()


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(al) for _ in range(n))


def ralnum(n, al='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(al) for _ in range(n))


def ruuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_msgid(dt, dom='email.amazonses.com'):
    ms = int(dt.timestamp() * 1000)
    return '<0100%012x-%s-000000@%s>' % (ms, ruuid(), dom)


def fold_b64(s, first=60, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


def dkim_sig(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
             c='relaxed/simple', i=None):
    parts = 'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;%s\n\th=%s;\n\tbh=%s=;\n\tb=%s' % (
        c, s, d, int(dt.timestamp()), (' i=%s;' % i) if i else '', h, rb64(43),
        fold_b64(rb64(342) + '==', 66, 70, '\t '))
    return parts


def ew(s, charset='utf-8', enc='B', chunk=None, sep='\n '):
    """Encoded words (RFC 2047), split into several words folded over lines."""
    codec = CODECS.get(charset.lower(), charset)
    chunk = chunk or (12 if codec != 'utf-8' else 14)
    if codec == 'utf-8' and all(ord(c) < 0x300 for c in s):
        chunk = 40
    words = []
    for k in range(0, len(s), chunk):
        piece = s[k:k + chunk].encode(codec)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (charset.upper() if charset != 'utf-8' else 'UTF-8',
                                         base64.b64encode(piece).decode()))
        else:
            q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else '=%02X' % b)
                        for b in piece)
            words.append('=?%s?Q?%s?=' % (charset if charset != 'utf-8' else 'UTF-8', q))
    return sep.join(words)


def addr(name, a, charset=None):
    if charset:
        return '%s <%s>' % (ew(name, charset, chunk=40), a)
    if re.search(r'[^A-Za-z0-9 ]', name):
        return '"%s" <%s>' % (name, a)
    return '%s <%s>' % (name, a)


# ----------------------------------------------------------------- MIME parts

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, fmt=None):
    """A single text part; encodes body by hand so charset/CTE are exactly as asked.
    label: charset written in the header if different from the real encoding."""
    codec = CODECS.get(charset.lower(), charset)
    raw = text.replace('\r\n', '\n').encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if fmt:
        p.set_param('format', fmt)
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
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def boundary(style='java'):
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10000000, 999999999),
                                        rng.randint(1600000000000, 1760000000000))
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'outlook':
        return '_000_%s%sprodoutlookcom_' % (ralnum(20), ralnum(12))
    if style == 'ruby':
        return '--==_mimepart_%s_%d' % (rhex(13), rng.randint(1000, 99999))
    if style == 'jp':
        return '=_NextPart_%s_%s' % (ralnum(8, '0123456789ABCDEF'), ralnum(8, '0123456789ABCDEF'))
    return '==_%s' % rhex(24)


def _multi(sub, parts, b):
    m = MIMEMultipart(sub, boundary=boundary(b))
    for p in parts:
        if isinstance(p, MIMENonMultipart) or p.is_multipart():
            del p['MIME-Version']
        m.attach(p)
    return m


def alt(*parts, b='java'):
    return _multi('alternative', parts, b)


def mixed(*parts, b='java'):
    return _multi('mixed', parts, b)


def related(*parts, b='java'):
    return _multi('related', parts, b)


def image_part(cid, name):
    p = MIMENonMultipart('image', 'png')
    p.set_param('name', name)
    p['Content-Transfer-Encoding'] = 'base64'
    p['Content-ID'] = '<%s>' % cid
    p['Content-Disposition'] = 'inline; filename="%s"' % name
    png = bytes.fromhex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489'
                        '0000000d4944415478da63f8cfc0f01f0005000201a2b1d1d80000000049454e44ae426082')
    p.set_payload(base64.encodebytes(png).decode())
    return p


def esc(s):
    return _html.escape(s, quote=False)


def text2html(text, quoted=None, font='Arial, Helvetica, sans-serif', sig=None):
    """Plain text -> simple HTML body (paragraphs, <br>), optional quoted block."""
    def paras(t):
        out = []
        for block in t.strip('\n').split('\n\n'):
            out.append('<p>' + '<br>\n'.join(esc(x) for x in block.split('\n')) + '</p>')
        return '\n'.join(out)
    body = '<div style="font-family:%s;font-size:14px">\n%s\n</div>' % (font, paras(text))
    if quoted:
        body += ('\n<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">\n%s\n</blockquote></div>' % paras(quoted))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % body)


# ----------------------------------------------------------------- quoting styles

def qlines(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def q_gmail(dt, who, text, tz=UTC):
    d = dt.astimezone(tz)
    h = d.strftime('%I').lstrip('0')
    head = 'On %s, %s %d, %d at %s:%s %s %s wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, h, d.strftime('%M'), d.strftime('%p'), who)
    return head + '\n\n' + qlines(text)


JA_WD = '月火水木金土日'


def q_ja(dt, who, text, tz=JST):
    d = dt.astimezone(tz)
    head = '%d年%d月%d日(%s) %d:%02d %s:' % (d.year, d.month, d.day, JA_WD[d.weekday()], d.hour, d.minute, who)
    return head + '\n\n' + qlines(text)


def q_outlook(frm, dt, to, subject, text, tz=UTC, cc=None):
    d = dt.astimezone(tz)
    sent = '%s, %s %d, %d %d:%s %s' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year,
                                       int(d.strftime('%I')), d.strftime('%M'), d.strftime('%p'))
    lines = ['________________________________', 'From: ' + frm, 'Sent: ' + sent, 'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + subject)
    return '\n'.join(lines) + '\n\n' + text.strip('\n')


def q_original(frm, dt, to, subject, text, tz=UTC):
    d = dt.astimezone(tz)
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, d.strftime('%A, %B %d, %Y %I:%M %p'), to, subject, text.strip('\n')))


def q_sf(frm, dt, to, subject, text, tz=UTC):
    """Salesforce-like '--------------- Original Message ---------------' block."""
    d = dt.astimezone(tz)
    return ('--------------- Original Message ---------------\nFrom: %s\nSent: %d/%d/%d %d:%s %s\n'
            'To: %s\nSubject: %s\n\n%s' % (frm, d.month, d.day, d.year, int(d.strftime('%I')),
                                           d.strftime('%M'), d.strftime('%p'), to, subject, text.strip('\n')))


# ----------------------------------------------------------------- senders / hosts

SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
             ('a48-108.smtp-out.amazonses.com', '54.240.48.108'),
             ('a8-58.smtp-out.amazonses.com', '54.240.8.58'),
             ('a11-76.smtp-out.amazonses.com', '54.240.11.76'),
             ('a27-19.smtp-out.us-west-2.amazonses.com', '54.240.27.19')]
AMZ_SEL = 'rjjs2ngq2vxwgh4jaifx3n6xvhhs3xah'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return '0100%012x-%s-000000@email.amazonses.com' % (ms, ruuid())


class Sender:
    """Everything the sending side contributes: envelope, host, DKIM, auth facts."""

    def __init__(self, frm, mailfrom, host, ip, dkim=(), from_dom=None, extra=()):
        self.frm, self.mailfrom, self.host, self.ip = frm, mailfrom, host, ip
        self.dkim = list(dkim)            # [(domain, selector)]
        self.from_dom = from_dom or frm.rsplit('@', 1)[1].rstrip('>')
        self.extra = list(extra)


def aws_sender(dt, frm_addr=FORM, name='Amazon Web Services'):
    host, ip = rng.choice(SES_HOSTS[:5])
    return Sender(addr(name, frm_addr), ses_mailfrom(dt), host, ip,
                  dkim=[('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)],
                  extra=[('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(43)),
                         ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))])


# auth verdicts: dict(dkim=[(result, domain)], spf=result, dmarc=result or None, policy)
def good_auth(s, policy='QUARANTINE'):
    return dict(dkim=[('pass', d) for d, _ in s.dkim], spf='pass', dmarc='pass', policy=policy)


def fmt_ar_gmail(s, a):
    items = []
    for res, d in a['dkim']:
        sel = dict(s.dkim).get(d, 's1')
        if res == 'none':
            continue
        items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(8)))
    mf = s.mailfrom
    if a['spf'] == 'pass':
        items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mf, s.ip, mf))
    elif a['spf'] == 'softfail':
        items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as '
                     'permitted sender) smtp.mailfrom=%s' % (mf, s.ip, mf))
    else:
        items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s' % (a['spf'], mf, s.ip, mf))
    if a.get('dmarc'):
        pol = a.get('policy', 'QUARANTINE')
        dis = 'NONE' if a['dmarc'] == 'pass' else pol
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], pol, pol, dis, s.from_dom))
    return 'mx.google.com;\n       ' + ';\n       '.join(items)


def fmt_ar_outlook(s, a):
    mfdom = s.mailfrom.rsplit('@', 1)[1]
    out = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (a['spf'], s.ip, mfdom)]
    dk = [x for x in a['dkim'] if x[0] != 'none']
    if dk:
        for res, d in dk:
            out.append('dkim=%s (signature was verified)\n header.d=%s' % (res, d) if res == 'pass'
                       else 'dkim=%s (body hash did not verify)\n header.d=%s' % (res, d))
    else:
        out.append('dkim=none (message not signed)\n header.d=none')
    if a['dmarc'] == 'pass':
        out.append('dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % s.from_dom)
    else:
        out.append('dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % s.from_dom)
    return ';'.join(out)


def fmt_ar_plain(authserv, s, a, sep=';\n\t'):
    items = ['spf=%s smtp.mailfrom=%s' % (a['spf'], s.mailfrom)]
    for res, d in a['dkim']:
        if res != 'none':
            items.append('dkim=%s header.d=%s header.s=%s' % (res, d, dict(s.dkim).get(d, 's1')))
    if a.get('dmarc'):
        items.append('dmarc=%s header.from=%s' % (a['dmarc'], s.from_dom))
    return authserv + sep + sep.join(items)


def fmt_ar_yahoo(s, a):
    items = []
    for res, d in a['dkim']:
        if res != 'none':
            items.append('dkim=%s header.i=@%s header.s=%s' % (res, d, dict(s.dkim).get(d, 's1')))
    items.append('spf=%s smtp.mailfrom=%s' % (a['spf'], s.mailfrom.rsplit('@', 1)[1]))
    if a.get('dmarc'):
        items.append('dmarc=%s(p=%s) header.from=%s' % (a['dmarc'], a.get('policy', 'QUARANTINE'), s.from_dom))
    return 'atlas-production.v2.mail-mta-1c-ab%s.ec2.yahoo.net;\n ' % rhex(3) + ';\n '.join(items) + ';'


# ----------------------------------------------------------------- receiving routes

def route_gmail(to, s, a, dt):
    t0 = dt + _dt.timedelta(seconds=rng.randint(1, 4))
    ar = fmt_ar_gmail(s, a) if a else None
    gid = rb64(6).lower()
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
          % (rhex(4), rhex(3), rhex(4), rhex(4), ralnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789'),
             gdate(t0 + _dt.timedelta(seconds=1)))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(74)),
         ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%sv%d.%d.%s;\n        %s'
          % (rhex(4), rhex(3), rhex(4), rhex(4), rhex(12), rhex(8), rng.randint(1, 9),
             int(t0.timestamp()), rhex(4), gdate(t0)))]
    if ar:
        h += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
               % (int(t0.timestamp()), fold_b64(rb64(340) + '==', 60, 70, '        '))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
               '        h=feedback-id:date:message-id:mime-version:subject:to:from\n        :dkim-signature:dkim-signature;\n'
               '        bh=%s=;\n        fh=%s=;\n        b=%s' % (rb64(43), rb64(43), fold_b64(rb64(340) + '==', 60, 70, '        '))),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', '<%s>' % s.mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.%s\n'
           '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
           % (s.host, s.host, s.ip, rhex(13), rhex(10), rng.randint(100000000, 999999999), rng.randint(1, 999),
              t0.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S'), to, gdate(t0))),
          ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
           % (a['spf'] if a else 'pass', s.mailfrom,
              'designates' if (not a or a['spf'] == 'pass') else 'does not designate', s.ip, s.ip))]
    if ar:
        h.append(('Authentication-Results', ar))
    return h


def route_outlook(to, s, a, dt, tenant='namprd19'):
    t0 = dt + _dt.timedelta(seconds=rng.randint(1, 5))
    d = rdate(t0, UTC).replace('-0000', '+0000')
    n1 = 'SA1PR19MB%d.%s.prod.outlook.com' % (rng.randint(1000, 9999), tenant)
    n2 = 'BN9PR03CA0%d.namprd03.prod.outlook.com' % rng.randint(100, 999)
    n3 = 'BN8NAM11FT0%d.eop-nam11.prod.protection.outlook.com' % rng.randint(10, 99)
    h = [('Received', 'from %s (2603:10b6:806:%s::9) by\n CH3PR19MB%d.%s.prod.outlook.com with HTTPS; %s'
          % (n1, rhex(3), rng.randint(1000, 9999), tenant, d)),
         ('Received', 'from %s (2603:10b6:408:131::7) by\n %s (2603:10b6:806:%s::9) with\n Microsoft SMTP Server '
          '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s'
          % (n2, n1, rhex(3), rng.randint(5000, 8999), rng.randint(10, 40), d)),
         ('Received', 'from %s\n (2603:10b6:408:131:cafe::d3) by %s\n (2603:10b6:408:131::7) with Microsoft SMTP Server '
          '(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
          % (n3, n2.replace('.namprd03.prod.outlook.com', '.outlook.office365.com'), rng.randint(5000, 8999),
             rng.randint(10, 40), d))]
    if a:
        h.append(('Authentication-Results', fmt_ar_outlook(s, a)))
    mfdom = s.mailfrom.rsplit('@', 1)[1]
    spfres = (a['spf'] if a else 'pass').capitalize()
    h += [('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n'
           ' client-ip=%s; helo=%s; pr=C' % (spfres, mfdom, 'designates' if spfres == 'Pass' else 'does not designate',
                                             s.ip, s.ip, s.host)),
          ('Received', 'from %s (%s) by\n %s (10.13.177.%d) with Microsoft SMTP Server\n (version=TLS1_2, '
           'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s'
           % (s.host, s.ip, n3.replace('eop-nam11.prod.protection', 'mail.protection'), rng.randint(2, 250),
              rng.randint(5000, 8999), rng.randint(10, 40), d)),
          ('X-IncomingTopHeaderMarker', 'OriginalChecksum:%s;UpperCasedChecksum:%s;SizeAsReceived:%d;Count:%d'
           % (ralnum(64, '0123456789ABCDEF'), ralnum(64, '0123456789ABCDEF'), rng.randint(4000, 9000), rng.randint(12, 18)))]
    return h


def outlook_tail(dt):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', rdate(dt, UTC).replace('-0000', '+0000')),
            ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
            ('X-MS-Exchange-Organization-AuthSource', 'BN8NAM11FT0%d.eop-nam11.prod.protection.outlook.com' % rng.randint(10, 99)),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-Microsoft-Antispam', 'BCL:0;ARA:%d|%d|%d;' % (rng.randint(10000, 99999), rng.randint(1000000, 9999999), rng.randint(100, 999))),
            ('X-MS-Exchange-Transport-EndToEndLatency', '00:00:0%d.%07d' % (rng.randint(1, 9), rng.randint(0, 9999999)))]


JP_PROV = {
    'nifty': ('mx.nifty.com', 'mtain-%s.nifty.com'),
    'biglobe': ('mta-snd-e%02d.mail.biglobe.ne.jp', 'mtain%d.mail.biglobe.ne.jp'),
    'ocn': ('mfilter-rev-%02d.ocn.ad.jp', 'mf-smf-ucb%03d.ocn.ad.jp'),
    'sonet': ('so-net.ne.jp', 'mx%d.so-net.ne.jp'),
    'sakura': ('www%d.sakura.ne.jp', 'www%d.sakura.ne.jp'),
}


def route_jp(prov, to, s, a, dt, dmarc=True):
    t0 = dt + _dt.timedelta(seconds=rng.randint(1, 6))
    authserv, mx = JP_PROV[prov]
    if '%s' in mx:
        mx = mx % rhex(3)
    elif '%' in mx:
        mx = mx % rng.randint(1, 30 if 'sakura' not in mx else 4000)
    if '%' in authserv:
        authserv = authserv % (rng.randint(1, 30) if 'sakura' not in authserv else int(re.sub(r'\D', '', mx) or 3021))
    h = [('Return-Path', '<%s>' % s.mailfrom),
         ('Delivered-To', to),
         ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s'
          % (s.host, s.host, s.ip, mx, ralnum(14), to, rdate(t0, JST)))]
    if a:
        aa = dict(a)
        if not dmarc:
            aa['dmarc'] = None
        h.append(('Authentication-Results', fmt_ar_plain(authserv, s, aa)))
    return h


def route_yahoo(to, s, a, dt):
    t0 = dt + _dt.timedelta(seconds=rng.randint(1, 4))
    h = [('Return-Path', '<%s>' % s.mailfrom),
         ('Received', 'from 10.197.%d.%d\n by atlas%d.free.mail.bf1.yahoo.com with HTTP; %s'
          % (rng.randint(1, 254), rng.randint(1, 254), rng.randint(100, 300), rdate(t0, UTC).replace('-0000', '+0000'))),
         ('Received', 'from %s (EHLO %s) (%s)\n by 10.197.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s'
          % (s.ip, s.host, s.ip, rng.randint(1, 254), rng.randint(1, 254), rdate(t0, UTC).replace('-0000', '+0000')))]
    if a:
        h.append(('Authentication-Results', fmt_ar_yahoo(s, a)))
    h.append(('X-Apparently-To', '%s; %s' % (to, rdate(t0, UTC).replace('-0000', '+0000'))))
    return h


def route_corp(to, s, dt, org='contoso-logistics.pl', tz=CET):
    """On-premises Exchange behind a Postfix gateway: no Authentication-Results at all."""
    t0 = dt + _dt.timedelta(seconds=rng.randint(2, 9))
    return [('Received', 'from EXCH02.corp.%s (10.20.1.12) by EXCH01.corp.%s (10.20.1.11)\n with Microsoft SMTP Server '
             '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384)\n id 15.1.2375.%d; %s'
             % (org, org, rng.randint(10, 40), rdate(t0, tz))),
            ('Received', 'from mailgw.%s (192.0.2.25) by EXCH02.corp.%s (10.20.1.12)\n with Microsoft SMTP Server id 15.1.2375.%d'
             ' via Frontend Transport; %s' % (org, org, rng.randint(10, 40), rdate(t0, tz))),
            ('Received', 'from %s (%s [%s])\n\tby mailgw.%s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
             % (s.host, s.host, s.ip, org, ralnum(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), to, rdate(t0, tz))),
            ('X-MS-Exchange-Organization-AuthSource', 'EXCH02.corp.%s' % org),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]


# ----------------------------------------------------------------- assembling

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def add(fn, body, *, kind, case_id, accts, verified, lang, route_hdrs, sender, to, subject, date,
        msgid=None, new_text='', extra=(), dkim_h=None, cc=None, reply_to=None, x_mailer=None,
        dkim_sign=True, in_reply_to=None):
    """Assemble one mail. `new_text` is the new (non-quoted) text; the account ids found
    in it must equal `accts` (checked)."""
    found = ids_in(new_text)
    assert found == sorted(accts), (fn, found, accts)
    hdrs = list(route_hdrs)
    if dkim_sign:
        for d, sel in sender.dkim:
            hh = dkim_h or ('From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
                            if d == 'amazon.com' else
                            'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
            hdrs.append(('DKIM-Signature', dkim_sig(d, sel, date, hh)))
    hdrs.append(('From', sender.frm))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', subject))
    hdrs.append(('Date', rdate(date) if isinstance(date, _dt.datetime) else date))
    hdrs.append(('Message-ID', msgid or ses_msgid(date)))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', in_reply_to))
    if x_mailer:
        hdrs.append(('X-Mailer', x_mailer))
    hdrs += list(sender.extra) + list(extra)
    saved = list(body.items())
    for k in set(k for k, _ in saved):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in saved:
        if k.lower() != 'mime-version':
            body[k] = v
    label = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(accts),
             'sender_verified': verified, 'language': lang}
    MAILS.append((fn, body, label))


def write_all():
    names = set()
    labels = {}
    for fn, msg, label in MAILS:
        assert fn not in names, fn
        names.add(fn)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=POL))
        labels[fn] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(MAILS), 'mails')


# ================================================================= MAILS
# (filled in below, part by part)

AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark\n'
            'of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,\n'
            '410 Terry Ave. North, Seattle, WA 98109-5210.')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
TC_SIG = 'AWS Training and Certification Customer Support\nAmazon Web Services'


def credly_sender(dt, to, name='Amazon Web Services Training and Certification via Credly', a='admin@credly.com'):
    local = to.replace('@', '=')
    return Sender(addr(name, a), 'bounces+2811563-%s-%s@em.credly.com' % (rhex(4), local),
                  'o%d.ptr%d.em.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999)),
                  '149.72.%d.%d' % (rng.randint(1, 254), rng.randint(1, 254)),
                  dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], from_dom='credly.com',
                  extra=[('X-SG-EID', rb64(120)), ('X-Entity-ID', rb64(22) + '==')])


def sg_msgid(dom='geopod-ismtpd-%d' % 7):
    return '<%s.%d@%s>' % (rb64(22).replace('+', 'A').replace('/', 'B'), rng.randint(1, 99), dom)


# ---------------------------------------------------------------- case A
# form case, Gmail user, Filipino / Indian English agents.
A_ID = '174839172000517'          # 1748391720 = 2025-05-28 00:22:00 UTC
A_T = U(1748391720)
A_TO = 'rahul.mehta.cloud@gmail.com'
A_USER = 'Rahul Mehta <rahul.mehta.cloud@gmail.com>'

# 001 automatic acknowledgement
d = A_T + _dt.timedelta(seconds=7)
s = aws_sender(d)
t = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to acknowledge that we have received your request and a support
case was created with the details below:

Case ID: {A_ID}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418275

A member of our team will review your request and respond, usually within 24 hours. To add
information to this case, simply reply to this email and keep the case number in the subject
line. Please do not submit a new form for the same request, as this can delay our response.

Best regards,
{TC_SIG}

{AWS_FOOT}
"""
add('001-form-ack-rahul.eml', alt(part(t), part(text2html(t), 'html')),
    kind='case_created', case_id=A_ID, accts=['AWS04418275'], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'[CASE {A_ID}] We received your request - AWS Training and Certification', date=d, new_text=t)

# 002 Filipino-English agent asks for login e-mails / which account to keep
d = T(2025, 5, 29, 2, 47, 31)
s = aws_sender(d)
form_text = """First Name: Rahul
Last Name: Mehta
Email: rahul.mehta.cloud@gmail.com
Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS04418275
Description: Hi team, I have 2 certification accounts. Old one is AWS-09930162 created with my
previous company mail, new one is AWS04418275. Please merge both and keep the new one. Thanks"""
new = """Hi Rahul,

Good day!

Thank you for reaching out to AWS Training and Certification Customer Support and I apologize for
the late response as we are experiencing high volume of concerns as of the moment.

I understand that you would like to have your two (2) certification accounts to be combined into
one. Rest assured that I will do my very best to assist you on this matter.

Upon checking, I was able to locate the account AWS04418275 under the email address
rahul.mehta.cloud@gmail.com. However, I was not able to pull up the other account using the
information that was provided on the form.

In line with this, may I request for the following details so we can move forward:

1. The email address you are using in logging in on each account
2. The notification email address registered on each account (if different with the login email)
3. Kindly let us know which of the account you would like to be retained.

Once we received the above information, we will be able to proceed accordingly.

Should you have other questions, please feel free to reply on this email.

Have a great day ahead!

Best regards,
Maricel D.
""" + TC_SIG
quoted = q_sf('Rahul Mehta [rahul.mehta.cloud@gmail.com]', A_T, FORM, FORM_SUBJ, form_text)
full = new + '\n\n' + quoted + '\n'
add('002-agent-asks-login-emails.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='support_reply', case_id=A_ID, accts=['AWS04418275'], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'RE:[CASE {A_ID}] {FORM_SUBJ}', date=d, new_text=new)
A2_new, A2_d = new, d

# 003 Indian-English agent lays out the merge and asks to confirm
d = T(2025, 5, 30, 11, 8, 12)
s = aws_sender(d)
rahul1 = """Hi Maricel,

Please find the details:
1. Old account - login r.mehta@zentrix-soft.in , candidate id AWS09930162 (I think I typed it wrong in the form, sorry)
2. New account - login rahul.mehta.cloud@gmail.com , AWS04418275
3. Notification email is same as login for both
4. Please keep AWS04418275

Regards,
Rahul

""" + q_gmail(A2_d, 'Amazon Web Services <%s>' % FORM, A2_new.split('In line with this')[0] + '[...]', ZoneInfo('Asia/Kolkata'))
new = """Dear Rahul,

Greetings from AWS Training and Certification!

Thank you for sharing the requested details. As per our verification, please find below the
details of the accounts to be merged:

Account to be merged (will be deactivated):
Candidate ID : AWS 09930162
Login email  : r.mehta@zentrix-soft.in

Account to be retained (primary):
Candidate ID : AWS 04418275
Login email  : rahul.mehta.cloud@gmail.com

Post merge, all the certifications, exam history and benefits of AWS 09930162 will be moved to
AWS 04418275 and you will be able to login with rahul.mehta.cloud@gmail.com only.

Kindly note that merge is a one time activity and once done, the same cannot be reverted back.

Request you to kindly go through the above details and revert back on this email with your
confirmation, so that we can do the needful at the earliest.

Thanks & Regards,
Sandeep K.
""" + TC_SIG
quoted = q_sf('Rahul Mehta [rahul.mehta.cloud@gmail.com]', T(2025, 5, 29, 20, 11), FORM,
              f'Re: RE:[CASE {A_ID}] {FORM_SUBJ}', rahul1)
full = new + '\n\n' + quoted + '\n'
add('003-agent-lists-accounts-please-revert.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_confirmation_requested', case_id=A_ID, accts=['AWS04418275', 'AWS09930162'], verified=True,
    lang='en', route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'RE:[CASE {A_ID}] {FORM_SUBJ}', date=d, new_text=new)
A3_new, A3_d = new, d

# 004 "thank you for the confirmation, forwarded to concerned team" (not yet done)
d = T(2025, 5, 31, 4, 55, 40)
s = aws_sender(d)
rahul2 = """Hi Sandeep,

The details are correct. Please proceed with the merge.

Thanks,
Rahul

""" + q_gmail(A3_d, 'Amazon Web Services <%s>' % FORM, A3_new, ZoneInfo('Asia/Kolkata'))
new = """Dear Rahul,

Thank you for the confirmation.

We have forwarded your merge request to our concerned team for further processing. Usually it
takes 2-3 business days for the merge to get completed. Once the merge will be done from our end,
you will be receiving a confirmation email on this same case.

Till then we request you to not login in the old account or schedule any exam on it.

Your patience is highly appreciated.

Thanks & Regards,
Sandeep K.
""" + TC_SIG
quoted = q_sf('Rahul Mehta [rahul.mehta.cloud@gmail.com]', T(2025, 5, 30, 16, 2), FORM,
              f'Re: RE:[CASE {A_ID}] {FORM_SUBJ}', rahul2)
full = new + '\n\n' + quoted + '\n'
add('004-forwarded-to-concerned-team.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='support_reply', case_id=A_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'RE:[CASE {A_ID}] {FORM_SUBJ}', date=d, new_text=new)

# 005 completion, text only, base64
d = T(2025, 6, 2, 7, 14, 3)
s = aws_sender(d)
new = """Dear Rahul,

Hope you are doing well.

This is to inform you that your request for merging the certification accounts has been
successfully completed. All your certifications and exam history from the account AWS09930162 are
now reflecting under the candidate ID AWS04418275.

Please logout and login again at https://www.aws.training/Certification using
rahul.mehta.cloud@gmail.com to see the changes. The old account will no more be accessible.

Note: Your Credly badges may take 24-48 hours to get reflected on the primary account.

If you have any further query, feel free to revert on this email and we will be glad to assist.

Thanks & Regards,
Priya S.
""" + TC_SIG + '\n'
add('005-merge-successfully-completed.eml', part(new, cte='base64'),
    kind='merge_completed', case_id=A_ID, accts=['AWS04418275', 'AWS09930162'], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'RE:[CASE {A_ID}] {FORM_SUBJ}', date=d, new_text=new)

# 006 closure + rating, HTML only
d = T(2025, 6, 2, 7, 16, 49)
s = aws_sender(d, NOREPLY)
h = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">
<p>Hello Rahul,</p>
<p>We are reaching out to let you know that your case <b>{A_ID}</b> has been marked as resolved.
We hope we were able to help you with your request.</p>
<p>Your feedback help us to improve the experience of every customer. It take less than one minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://aws.amazon.com/survey/support?caseId={A_ID}&amp;answer=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://aws.amazon.com/survey/support?caseId={A_ID}&amp;answer=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">NO</a></p>
<p>If your issue is not resolved, you can reopen the case by replying to this email within 14 days.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">{esc(AWS_FOOT)}</td></tr>
</table></td></tr></table></body></html>
"""
add('006-case-resolved-yes-no.eml', part(h, 'html'),
    kind='survey', case_id=A_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'[CASE {A_ID}] Your case has been resolved - tell us how we did', date=d, new_text=h)

# 007 Credly badge after merge
d = T(2025, 6, 3, 15, 20, 11)
s = credly_sender(d, A_TO)
t = """Congratulations, Rahul!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on social networks, add it to your email signature and let
employers verify your achievement.

Accept your badge:
https://www.credly.com/earner/earned/badge/8c1f3a52-97d4-4b0e-a6c1-2f5d0e9b7a44

Why Credly? Credly helps you get recognized for your skills and translate them into
opportunities.

Credly, Inc. | 1 Penn Plaza, Suite 2310 | New York, NY 10119
Unsubscribe: https://www.credly.com/notification_settings
"""
h = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="560" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td><h2 style="color:#1b1b1b">Congratulations, Rahul!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt=""><br>
<b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/8c1f3a52-97d4-4b0e-a6c1-2f5d0e9b7a44" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Penn Plaza, Suite 2310 | New York, NY 10119<br>
<a href="https://www.credly.com/notification_settings">Unsubscribe</a></p></td></tr></table></body></html>
"""
add('007-credly-badge-issued-rahul.eml', alt(part(t), part(h, 'html'), b='ruby'),
    kind='credly_badge_issued', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s, 'NONE'), d), sender=s, to=A_TO,
    subject='Rahul, you have been issued a new badge from Amazon Web Services Training and Certification',
    date=d, new_text=t, msgid=sg_msgid(), dkim_h='from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')

CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence. Each correspondence can also be rated by
selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and affiliates

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

==================================================="""


def console_html(text, cid):
    body = text2html(text)
    return body


# ---------------------------------------------------------------- case B
# console case (11 digits, 2022), Outlook.com user, Spanish-speaking agent.
B_ID = '10417722931'
B_TO = 'maria.gonzalez.ti@outlook.com'

# 008 console "You have opened a new Support case"
d = T(2022, 6, 14, 15, 32, 8)
s = aws_sender(d, NOREPLY)
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {B_ID} to address your issue.

The details of your case are as follows:

Case ID: {B_ID}
Subject: Unify two certification accounts
Severity: General guidance
Correspondence: Hello, I have two accounts of certification with different emails (one is from
my old work) and I want to have only one. Can you please help me to unify them? Thank you.

To view and respond to this case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_ID}&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109.
(c) 2022, Amazon Web Services, Inc. or its affiliates. All rights reserved.
"""
add('008-console-new-case-maria.eml', alt(part(t), part(text2html(t), 'html')),
    kind='case_created', case_id=B_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(B_TO, s, good_auth(s), d), sender=s, to=B_TO,
    subject=f'Amazon Web Services: You have opened a new Support case: {B_ID}', date=d, new_text=t,
    extra=outlook_tail(d))

# 009 Spanish-English agent asks to confirm; UTF-8 body wrongly labelled ISO-8859-1
d = T(2022, 6, 15, 13, 5, 44)
s = aws_sender(d, NOREPLY)
new = """Hello María,

Cordial greetings, I hope you are finding very well.

My name is Andrés and I will be accompanying you in this case. I understand that you wish to
unify your two certification accounts in only one, with pleasure I help you with this.

I made the review in our system and I found the next accounts associated to your name:

- AWS01188420, registered with the mail maria.gonzalez@transportes-andinos.com.co
- AWS01200977, registered with the mail maria.gonzalez.ti@outlook.com

Before to proceed, I need please that you confirm me the following: the account AWS01188420 will
be merged inside the account AWS01200977, being this last one the account that will remain active,
and all the certifications and history of exams will pass to it.

Is important to have present that this process is irreversible, once realized it is not possible
to separate the accounts again.

If you are agree, please respond to this case from the Support Center with the words "I confirm".
I remain attentive to your answer.

Best regards,

Andrés M.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=B_ID) + '\n'
add('009-agent-cordial-greetings-confirm.eml', part(new, label='iso-8859-1'),
    kind='merge_confirmation_requested', case_id=B_ID, accts=['AWS01188420', 'AWS01200977'], verified=True,
    lang='en', route_hdrs=route_outlook(B_TO, s, good_auth(s), d), sender=s, to=B_TO,
    subject=f'RE:[CASE {B_ID}] Unify two certification accounts', date=d, new_text=new, extra=outlook_tail(d))

# 010 "New correspondence added" notice (no content of its own)
d = T(2022, 6, 17, 9, 40, 2)
s = aws_sender(d, NOREPLY)
t = f"""Hello,

A new correspondence has been added to your case {B_ID}.

Subject: Unify two certification accounts

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_ID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
add('010-new-correspondence-notice.eml', alt(part(t, cte='7bit', charset='us-ascii'), part(text2html(t), 'html')),
    kind='support_reply', case_id=B_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(B_TO, s, good_auth(s), d), sender=s, to=B_TO,
    subject=f'[Case {B_ID}] New correspondence added', date=d, new_text=t, extra=outlook_tail(d))

# 011 completion by the same agent
d = T(2022, 6, 17, 9, 41, 37)
s = aws_sender(d, NOREPLY)
new = """Hello María,

Thank you for your patience and for confirm the information.

I confirm you that the unification of your accounts was realized with success. From now, when you
enter to aws.training with the mail maria.gonzalez.ti@outlook.com you will see all your
certifications and the history of exams in the account AWS01200977. The account AWS01188420 was
deactivated and it is not possible to enter anymore with it.

Regarding the badges of Credly, these will arrive to your mail in the next days, if not, please
let us know.

It was a pleasure to attend you. If you have any other doubt, with pleasure we help you.

Best regards,

Andrés M.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=B_ID) + '\n'
add('011-unification-realized-with-success.eml', alt(part(new, cte='base64'), part(text2html(new), 'html', cte='base64')),
    kind='merge_completed', case_id=B_ID, accts=['AWS01188420', 'AWS01200977'], verified=True, lang='en',
    route_hdrs=route_outlook(B_TO, s, good_auth(s), d), sender=s, to=B_TO,
    subject=f'RE:[CASE {B_ID}] Unify two certification accounts', date=d, new_text=new, extra=outlook_tail(d))

# 012 Credly badge, HTML only, Q-encoded folded subject
d = T(2022, 6, 20, 18, 2, 55)
s = credly_sender(d, B_TO)
h = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<p><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></p>
<h1 style="font-size:22px">María, your badge is waiting for you</h1>
<p>Amazon Web Services Training and Certification has issued you a badge for
<b>AWS Certified Cloud Practitioner</b>.</p>
<p>Claim it now so you can share it with your network and show employers what you can do.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/3e9d2c71-0b5a-4f8e-9d27-61c4a8f0b19e/accept"
 style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:12px;color:#888">You are receiving this email because Amazon Web Services Training and Certification
issued you a badge through Credly. Credly, Inc. &middot; 1 Penn Plaza, Suite 2310 &middot; New York, NY 10119</p>
</div></body></html>
"""
add('012-credly-badge-waiting-maria.eml', part(h, 'html', cte='quoted-printable'),
    kind='credly_badge_issued', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(B_TO, s, good_auth(s, 'NONE'), d), sender=s, to=B_TO,
    subject=ew('María, your badge from Amazon Web Services Training and Certification is waiting', 'utf-8', 'Q', chunk=30),
    date=d, new_text=h, msgid=sg_msgid(), extra=outlook_tail(d),
    dkim_h='from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')

# ---------------------------------------------------------------- case C
# 10-digit case (2020), company Exchange with no Authentication-Results, Ukrainian-English agent.
C_ID = '7124583096'
C_TO = 'p.nowak@contoso-logistics.pl'
C_SUBJ = f'RE: [CASE {C_ID}] AWS Certification - Account merge'

# 013 confirmation request, plain us-ascii 7bit, -----Original Message----- quote
d = T(2020, 3, 10, 8, 51, 20)
s = aws_sender(d)
piotr0 = """Good morning,

I have two AWS Certification accounts. First was created in 2017 with my private email
piotr.nowak1987@gmail.com (candidate AWS00731844), second one was created by my employer with
company email (AWS00912530). I would like to have all certificates in company account.

Best regards
Piotr Nowak
Cloud Engineer, Contoso Logistics Sp. z o.o."""
new = """Hello Piotr,

Thank you for contact with AWS Training and Certification.

I have checked our system and I see that you have two accounts:
AWS00731844 - piotr.nowak1987@gmail.com
AWS00912530 - p.nowak@contoso-logistics.pl

I can merge this accounts to one. As you wrote, you want to keep account with your company email.
So please confirm me that account AWS00731844 will be merged into account AWS00912530, and
AWS00912530 will stay as main account.

Please to be aware, after merge is done it is not possible to return it back and account
AWS00731844 will not be available for login anymore.

Waiting for your reply.

Kind regards,
Oksana
AWS Training and Certification"""
quoted = q_original('Piotr Nowak <p.nowak@contoso-logistics.pl>', T(2020, 3, 9, 7, 12, tz=CET), FORM,
                    'AWS Certification - Account merge', piotr0, CET)
full = new + '\n\n' + quoted + '\n'
add('013-agent-please-confirm-me.eml', part(full, charset='us-ascii', cte='7bit'),
    kind='merge_confirmation_requested', case_id=C_ID, accts=['AWS00731844', 'AWS00912530'], verified=None,
    lang='en', route_hdrs=route_corp(C_TO, s, d), sender=s, to=C_TO, subject=C_SUBJ, date=d, new_text=new)
C1_new, C1_d = new, d

# 014 completion, Outlook-style quote with nested original
d = T(2020, 3, 12, 14, 3, 9)
s = aws_sender(d)
piotr1 = """Hello Oksana,

Yes, I confirm. Please merge AWS00731844 into AWS00912530.

BR
Piotr

""" + q_original('Amazon Web Services <%s>' % FORM, C1_d, C_TO, C_SUBJ, C1_new, CET)
new = """Hello Piotr,

Thank you for confirmation.

Merge is finished. All your certification history is now in account AWS00912530. Old account is
not anymore possible to use for login, please use only your company email from now.

Please check and let me know if something is not as expected.

Kind regards,
Oksana
AWS Training and Certification"""
quoted = q_outlook('Piotr Nowak <p.nowak@contoso-logistics.pl>', T(2020, 3, 10, 10, 2, tz=CET),
                   'Amazon Web Services <%s>' % FORM, C_SUBJ, piotr1, CET)
full = new + '\n\n' + quoted + '\n'
add('014-merge-is-finished-oksana.eml', alt(part(full, charset='us-ascii', cte='7bit'), part(text2html(new, quoted), 'html')),
    kind='merge_completed', case_id=C_ID, accts=['AWS00912530'], verified=None, lang='en',
    route_hdrs=route_corp(C_TO, s, d), sender=s, to=C_TO, subject=C_SUBJ, date=d, new_text=new)

# 015 old Acclaim (youracclaim.com) badge mail, no Authentication-Results
d = T(2020, 3, 13, 16, 45, 31)
s = Sender(addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
           'bounces+1794512-77ab-p.nowak=contoso-logistics.pl@em.youracclaim.com', 'o3.em.youracclaim.com',
           '167.89.%d.%d' % (rng.randint(1, 254), rng.randint(1, 254)), dkim=[('youracclaim.com', 's1')])
t = """Piotr, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge and share your achievement with your professional network.

Accept badge: https://www.youracclaim.com/earner/earned/badge/5d7b1e0c-2a6f-4c59-bd84-0e3f9a17c2d8

Acclaim is a product of Credly. 13 East 37th St, 8th Floor, New York, NY 10016
"""
h = text2html(t, font='Helvetica, Arial, sans-serif').replace(
    'Accept badge: https://www.youracclaim.com/earner/earned/badge/5d7b1e0c-2a6f-4c59-bd84-0e3f9a17c2d8',
    '<a href="https://www.youracclaim.com/earner/earned/badge/5d7b1e0c-2a6f-4c59-bd84-0e3f9a17c2d8">Accept badge</a>')
add('015-acclaim-badge-piotr.eml', alt(part(t), part(h, 'html'), b='ruby'),
    kind='credly_badge_issued', case_id=None, accts=[], verified=None, lang='en',
    route_hdrs=route_corp(C_TO, s, d), sender=s, to=C_TO,
    subject='Amazon Web Services Training and Certification has issued you a badge', date=d, new_text=t,
    msgid=sg_msgid('ismtpd0004p1iad1.sendgrid.net'), dkim_h='from:subject:mime-version:to:content-type')

# ---------------------------------------------------------------- case D
# Japanese console case, @nifty user, Japanese agent (keigo).
D_ID = '173873526500291'        # 1738735265 = 2025-02-05 06:01:05 UTC
D_T = U(1738735265)
D_TO = 'misaki-tanaka@nifty.com'
JA_FOOT = f"""このケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={D_ID}&language=ja

※このメールは送信専用アドレスから送信されています。本メールにご返信いただいてもお答えできません。

Amazon Web Services, Inc. およびその関連会社"""
D_SUBJ_JA = '認定アカウントの統合について'

# 016 Japanese console acknowledgement, ISO-2022-JP
d = D_T + _dt.timedelta(seconds=4)
s = aws_sender(d, NOREPLY)
t = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {D_ID} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {D_ID}
件名: {D_SUBJ_JA}
重要度: 一般的な質問
内容: 旧姓で作成した認定アカウントと現在のアカウントがあり、1 つにまとめたいです。

このケースを表示して返信するには、AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={D_ID}&language=ja

Amazon Web Services をご利用いただき、ありがとうございます。

Amazon Web Services

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
add('016-console-case-opened-ja.eml', part(t, charset='iso-2022-jp', cte='7bit'),
    kind='case_created', case_id=D_ID, accts=[], verified=True, lang='ja',
    route_hdrs=route_jp('nifty', D_TO, s, good_auth(s), d), sender=s, to=D_TO,
    subject='Amazon Web Services: ' + ew('サポートケースがオープンされました', 'iso-2022-jp') + '\n : ' + D_ID,
    date=d, new_text=t)

# 017 agent asks which account to keep + login e-mails (ISO-2022-JP)
d = T(2025, 2, 6, 1, 20, 12)
s = aws_sender(d, NOREPLY)
t = f"""田中 美咲 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定サポートの山本でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お客様のお名前で、以下の 2 つの認定アカウントを確認いたしました。

・AWS07712094
・AWS08830415

統合の手続きを進めるにあたり、恐れ入りますが、以下の点についてご回答いただけますでしょうか。

1. 統合後に残すアカウントはどちらをご希望でしょうか。
2. それぞれのアカウントにご登録のログイン用メールアドレス
3. 旧姓でご登録のアカウントについては、旧姓（ローマ字表記）

ご回答は、下記 URL よりサポートセンターのケースにてご返信くださいますようお願い申し上げます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services

{JA_FOOT}
"""
add('017-ja-agent-asks-which-to-keep.eml', part(t, charset='iso-2022-jp', cte='7bit'),
    kind='support_reply', case_id=D_ID, accts=['AWS07712094', 'AWS08830415'], verified=True, lang='ja',
    route_hdrs=route_jp('nifty', D_TO, s, good_auth(s), d), sender=s, to=D_TO,
    subject=f'RE:[CASE {D_ID}] ' + ew(D_SUBJ_JA, 'iso-2022-jp'), date=d, new_text=t)

# 018 Japanese confirmation request (UTF-8, QP, text + html)
d = T(2025, 2, 7, 2, 5, 40)
s = aws_sender(d, NOREPLY)
t = f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

ご回答いただき、ありがとうございました。いただいた情報をもとに確認いたしました結果、
以下の内容にてアカウントの統合を実施させていただく予定です。

■ 統合元（統合後に無効となるアカウント）
　受験者 ID: AWS07712094
　ログイン: misaki.sato.0612@gmail.com（旧姓：Sato）

■ 統合先（統合後も引き続きご利用いただくアカウント）
　受験者 ID: AWS08830415
　ログイン: misaki-tanaka@nifty.com

統合後は、統合元アカウントの認定資格、受験履歴、および特典（次回受験の 50% 割引バウチャー等）が
統合先アカウントに移行されます。
なお、一度統合を実施いたしますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、サポートセンターより「上記内容で問題ありません」と
ご返信いただけますでしょうか。ご確認をいただき次第、統合作業を開始いたします。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services

{JA_FOOT}
"""
add('018-ja-please-confirm-integration.eml', alt(part(t), part(text2html(t, font="'Meiryo', sans-serif"), 'html')),
    kind='merge_confirmation_requested', case_id=D_ID, accts=['AWS07712094', 'AWS08830415'], verified=True,
    lang='ja', route_hdrs=route_jp('nifty', D_TO, s, good_auth(s), d), sender=s, to=D_TO,
    subject=f'RE:[CASE {D_ID}] ' + ew(D_SUBJ_JA, 'utf-8'), date=d, new_text=t)

# 019 Japanese completion, Shift_JIS base64; provider records DKIM only (no DMARC field)
d = T(2025, 2, 10, 4, 30, 5)
s = aws_sender(d, NOREPLY)
t = f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が
完了いたしましたので、ご報告いたします。

今後は受験者 ID AWS08830415（ログイン: misaki-tanaka@nifty.com）にて、
すべての認定資格および受験履歴をご確認いただけます。

Credly のバッジにつきましては、反映までに数日かかる場合がございます。
1 週間を過ぎても反映されない場合は、本ケースにてお知らせください。

このたびはお時間をいただき、誠にありがとうございました。
今後とも AWS をよろしくお願い申し上げます。

山本
Amazon Web Services

{JA_FOOT}
"""
add('019-ja-integration-work-done.eml', part(t, charset='shift_jis', cte='base64', label='Shift_JIS'),
    kind='merge_completed', case_id=D_ID, accts=['AWS08830415'], verified=True, lang='ja',
    route_hdrs=route_jp('nifty', D_TO, s, dict(dkim=[('pass', 'amazon.com')], spf='pass', dmarc=None), d,
                        dmarc=False),
    sender=s, to=D_TO, subject=f'RE:[CASE {D_ID}] ' + ew(D_SUBJ_JA, 'shift_jis'), date=d, new_text=t)

# 020 Japanese closure + survey, HTML only, UTF-8 base64
d = T(2025, 2, 10, 4, 31, 20)
s = aws_sender(d, NOREPLY)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:14px;color:#fff;font-weight:bold">Amazon Web Services</td></tr>
<tr><td style="padding:20px">
<p>田中 美咲 様</p>
<p>お客様のケース <b>{D_ID}</b>（{D_SUBJ_JA}）は解決済みとしてクローズされました。</p>
<p>サービス品質向上のため、今回のサポートについてご意見をお聞かせください。アンケートは 1 分程度で完了します。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://aws.amazon.com/jp/survey/support?displayId={D_ID}&amp;r=1">はい</a> &nbsp;|&nbsp;
<a href="https://aws.amazon.com/jp/survey/support?displayId={D_ID}&amp;r=0">いいえ</a></p>
<p>問題が解決していない場合は、14 日以内であればサポートセンターからケースを再度オープンできます。</p>
<p>Amazon Web Services</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:12px 20px">※このメールは送信専用アドレスから送信されています。<br>
Amazon Web Services, Inc. およびその関連会社</td></tr></table></body></html>
"""
add('020-ja-case-closed-questionnaire.eml', part(h, 'html', cte='base64'),
    kind='survey', case_id=D_ID, accts=[], verified=True, lang='ja',
    route_hdrs=route_jp('nifty', D_TO, s, good_auth(s), d), sender=s, to=D_TO,
    subject=ew(f'ケース {D_ID} は解決済みになりました', 'utf-8', chunk=12), date=d, new_text=h)

# ---------------------------------------------------------------- case E
# form case answered by a Japanese agent writing English through a translation tool; OCN mailbox.
E_ID = '174184533000128'        # 1741845330 = 2025-03-13 05:55:30 UTC
E_T = U(1741845330)
E_TO = 'wei.chen@crest.ocn.ne.jp'
MT_NOTE = """* This mail is translated by machine translation. We apologize if there is the unnatural expression.
* このメールは機械翻訳により英語に翻訳されています。"""

# 021 MT-English confirmation request
d = T(2025, 3, 14, 2, 10, 33)
s = aws_sender(d)
form_text = """First Name: Wei
Last Name: Chen
Email: wei.chen@crest.ocn.ne.jp
Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS06640913
Description: I have second account AWS05518207 with my old yahoo mail. Please merge to AWS06640913."""
new = f"""Dear Wei Chen

Thank you for your inquiry always.
I am Suzuki of AWS Training and Certification support who is in charge.

About the matter of the account integration which you requested, we confirmed the following two
accounts.

・Integration origin (it will be deleted after the integration)
  Candidate ID: AWS05518207
  E-mail address: chen.wei.1990@yahoo.co.jp

・Integration destination (it will be left)
  Candidate ID: AWS06640913
  E-mail address: wei.chen@crest.ocn.ne.jp

Please be careful that after the integration is carried out, it cannot be returned to the origin.

If there is no problem in the above content, we would be grateful if you could give a reply to
this mail saying that there is no problem. After we can confirm your reply, we will start the work.

Thank you for your consideration in advance.

-----
Suzuki
AWS Training and Certification Support
Amazon Web Services

{MT_NOTE}"""
quoted = q_original('Wei Chen <wei.chen@crest.ocn.ne.jp>', E_T, FORM, FORM_SUBJ, form_text, JST)
full = new + '\n\n' + quoted + '\n'
add('021-mt-integration-origin-destination.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_confirmation_requested', case_id=E_ID, accts=['AWS05518207', 'AWS06640913'], verified=True,
    lang='en', route_hdrs=route_jp('ocn', E_TO, s, good_auth(s), d), sender=s, to=E_TO,
    subject=f'RE:[CASE {E_ID}] {FORM_SUBJ}', date=d, new_text=new)
E1_new, E1_d = new, d

# 022 MT-English chaser (quotes the confirmation request below)
d = T(2025, 3, 19, 1, 0, 7)
s = aws_sender(d)
new = f"""Dear Wei Chen

Thank you for your inquiry always. I am Suzuki of AWS Training and Certification support.

We sent the mail on March 14 about the confirmation of the content, but we have not been able to
receive the reply from you yet.

Because it may be that our mail was sorted into the junk mail folder, we are sending this mail
again for the reminder.

Please confirm the contents of the previous mail and give the reply to us. In the case that there
is no reply within 7 days from today, please note that this case will be closed automatically.

We are sorry to trouble you, thank you for your cooperation.

Suzuki
AWS Training and Certification Support

{MT_NOTE}"""
quoted = q_sf('Amazon Web Services [%s]' % FORM, E1_d, E_TO, f'RE:[CASE {E_ID}] {FORM_SUBJ}', E1_new, JST)
full = new + '\n\n' + quoted + '\n'
add('022-mt-reminder-no-reply-yet.eml', alt(part(full, cte='base64'), part(text2html(new, quoted), 'html', cte='base64')),
    kind='support_reply', case_id=E_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_jp('ocn', E_TO, s, dict(dkim=[('pass', 'amazon.com')], spf='pass', dmarc=None), d,
                        dmarc=False),
    sender=s, to=E_TO, subject=f'RE:[CASE {E_ID}] {FORM_SUBJ}', date=d, new_text=new)

# 023 MT-English completion with Thunderbird-style quote of the user's reply
d = T(2025, 3, 21, 7, 45, 18)
s = aws_sender(d)
wei = """Dear Suzuki-san,

Sorry for late reply, I was on business trip. There is no problem.
Please integrate AWS05518207 into AWS06640913.

Best regards,
Wei Chen"""
new = f"""Dear Wei Chen

Thank you for your inquiry always. I am Suzuki of AWS Training and Certification support.

Thank you very much for replying to us in your busy time.

We would like to inform you that the integration work of your accounts was completed today.

From now on, please log in with the account AWS06640913 (wei.chen@crest.ocn.ne.jp). The
certifications and the examination history which were possessed in the former account are also
displayed in this account.

It is possible that it takes a few days until the badge of Credly is reflected. We appreciate your
understanding.

If there is anything else which is unclear, please do not hesitate to contact us.

Suzuki
AWS Training and Certification Support

{MT_NOTE}"""
quoted = q_ja(T(2025, 3, 20, 23, 12, tz=JST), 'Wei Chen <%s>' % E_TO, wei)  # Japanese-locale Gmail
full = new + '\n\n' + quoted + '\n'
add('023-mt-integration-work-completed.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_completed', case_id=E_ID, accts=['AWS06640913'], verified=True, lang='en',
    route_hdrs=route_jp('ocn', E_TO, s, good_auth(s), d), sender=s, to=E_TO,
    subject=f'RE:[CASE {E_ID}] {FORM_SUBJ}', date=d, new_text=new)

# 024 MT-English closure + questionnaire
d = T(2025, 3, 28, 0, 0, 41)
s = aws_sender(d)
new = f"""Dear Wei Chen

Thank you for your inquiry always. I am Suzuki of AWS Training and Certification support.

Since the fixed period passed after our last answer, this case was made to be closed.

In order to improve the quality of our support, we would be happy if you cooperate with the
questionnaire about this correspondence. It takes about 1 minute.

Was the problem resolved?
  Yes: https://aws.amazon.com/survey/support?caseId={E_ID}&answer=yes
  No : https://aws.amazon.com/survey/support?caseId={E_ID}&answer=no

If the problem occurs again, it is possible to re-open this case by replying to this mail within
14 days.

Suzuki
AWS Training and Certification Support

{MT_NOTE}
"""
add('024-mt-case-made-to-be-closed.eml', part(new),
    kind='survey', case_id=E_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_jp('ocn', E_TO, s, good_auth(s), d), sender=s, to=E_TO,
    subject=f'RE:[CASE {E_ID}] {FORM_SUBJ}', date=d, new_text=new)

# ---------------------------------------------------------------- case F
# form case, Outlook.fr user, French-speaking agent.
F_ID = '173149021100744'        # 1731490211 = 2024-11-13 09:30:11 UTC
F_T = U(1731490211)
F_TO = 'sophie.laurent@outlook.fr'
F_SIG = 'Mathieu\nAWS Training and Certification Customer Support\nAmazon Web Services'
PARIS = ZoneInfo('Europe/Paris')

# 025 acknowledgement, clumsy regional template, id written lower-case
d = F_T + _dt.timedelta(seconds=9)
s = aws_sender(d)
t = f"""Hello,

We have well received your request and a case has been opened with the number {F_ID}.

Our team will come back to you as soon as possible, in principle within 24 hours (working days).
You don't need to send us your request again: if you want to add informations, please answer to
this e-mail without changing the subject.

Summary of your request
- Category: Certification
- Sub-category: Account Merge
- Candidate ID: aws02301558

Best regards,
AWS Training and Certification
"""
add('025-we-have-well-received-your-request.eml', alt(part(t), part(text2html(t), 'html')),
    kind='case_created', case_id=F_ID, accts=['AWS02301558'], verified=True, lang='en',
    route_hdrs=route_outlook(F_TO, s, good_auth(s), d, 'eurprd07'), sender=s, to=F_TO,
    subject=f'[CASE {F_ID}] AWS Training and Certification - Your request has been received', date=d,
    new_text=t, extra=outlook_tail(d))

# 026 agent asks for the reason and the notification e-mails (plus a remark on the voucher)
d = T(2024, 11, 14, 10, 12, 55)
s = aws_sender(d)
new = f"""Hello Sophie,

Thank you to have contacted the AWS Training and Certification support.

I have well taken note of your demand of fusion of the accounts AWS02290417 and AWS02301558. In
order to can treat your demand, we need that you precise us the following informations:

- the reason for which you wish to fusion the two accounts;
- the e-mail of notification of each account (it is not forcibly the same than the login e-mail);
- the account that you wish to conserve at the end.

Without these informations, we are not able to go further in the treatment of your file.

Also, I take the opportunity to precise you that the exam voucher of 50% that you have on the
account AWS02290417 will be transferred on the account conserved.

Do not hesitate to come back to me for any question.

Cordially,

{F_SIG}"""
add('026-agent-needs-precisions.eml', alt(part(new + '\n'), part(text2html(new), 'html')),
    kind='support_reply', case_id=F_ID, accts=['AWS02290417', 'AWS02301558'], verified=True, lang='en',
    route_hdrs=route_outlook(F_TO, s, good_auth(s), d, 'eurprd07'), sender=s, to=F_TO,
    subject=f'RE:[CASE {F_ID}] {FORM_SUBJ}', date=d, new_text=new, extra=outlook_tail(d))
F2_new, F2_d = new, d

# 027 confirmation request, Outlook "From:/Sent:" quotes nested twice
d = T(2024, 11, 15, 8, 47, 2)
s = aws_sender(d)
sophie1 = """Hello Mathieu,

The reason: I changed my employer and I can't access the old mailbox anymore.
Notification e-mail of AWS02290417 is sophie.laurent@ancien-employeur.fr, for AWS02301558 it's
sophie.laurent@outlook.fr. I want to keep AWS02301558.

Thanks,
Sophie

""" + q_outlook('Amazon Web Services <%s>' % FORM, F2_d, 'sophie.laurent@outlook.fr',
                f'RE:[CASE {F_ID}] {FORM_SUBJ}', F2_new, PARIS)
new = f"""Hello Sophie,

Thank you for your return and for the precisions.

Here is the resume of the operation that we will realise on your accounts:

  Account source (will be closed)    : AWS-02290417 (sophie.laurent@ancien-employeur.fr)
  Account destination (will be kept) : AWS-02301558 (sophie.laurent@outlook.fr)

All the certifications, the history of exams and the voucher will be fusioned in the account
AWS-02301558. Attention: this operation is definitive, we will not be able to make it backward.

Can you confirm us by return of mail that you are agree with the above, so we can launch the
fusion?

In the waiting of your return, I remain at your disposal.

Cordially,

{F_SIG}"""
quoted = q_outlook('Sophie Laurent <sophie.laurent@outlook.fr>', T(2024, 11, 14, 19, 3), FORM,
                   f'RE: RE:[CASE {F_ID}] {FORM_SUBJ}', sophie1, PARIS)
full = new + '\n\n' + quoted + '\n'
add('027-resume-of-the-operation-confirm.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_confirmation_requested', case_id=F_ID, accts=['AWS02290417', 'AWS02301558'], verified=True,
    lang='en', route_hdrs=route_outlook(F_TO, s, good_auth(s), d, 'eurprd07'), sender=s, to=F_TO,
    subject=f'RE:[CASE {F_ID}] {FORM_SUBJ}', date=d, new_text=new, extra=outlook_tail(d))
F3_new, F3_d = new, d

# 028 "thanks you for your confirmation, we go now proceed" -- not done yet
d = T(2024, 11, 16, 9, 2, 26)
s = aws_sender(d)
sophie2 = """Bonjour Mathieu,

Yes I confirm, you can proceed.

Sophie

""" + q_outlook('Amazon Web Services <%s>' % FORM, F3_d, 'sophie.laurent@outlook.fr',
                f'RE:[CASE {F_ID}] {FORM_SUBJ}', F3_new, PARIS)
new = f"""Hello Sophie,

Thanks you for your confirmation, well received.

We go now proceed to the fusion of your accounts. The operation takes generally between 24 and 48
hours. You will receive a mail from our part when it will be terminated, it is not necessary to
open a new case in the meantime.

Cordially,

{F_SIG}"""
quoted = q_outlook('Sophie Laurent <sophie.laurent@outlook.fr>', T(2024, 11, 15, 21, 40), FORM,
                   f'RE: RE:[CASE {F_ID}] {FORM_SUBJ}', sophie2, PARIS)
full = new + '\n\n' + quoted + '\n'
add('028-we-go-now-proceed.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='support_reply', case_id=F_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(F_TO, s, good_auth(s), d, 'eurprd07'), sender=s, to=F_TO,
    subject=f'RE:[CASE {F_ID}] {FORM_SUBJ}', date=d, new_text=new, extra=outlook_tail(d))

# 029 completion that also announces the closure (labelled merge_completed)
d = T(2024, 11, 18, 13, 26, 48)
s = aws_sender(d)
new = f"""Hello Sophie,

I come back to you concerning your case {F_ID}.

I have the pleasure to inform you that the fusion of your accounts is now terminated. You can
from now connect to the account AWS02301558 with sophie.laurent@outlook.fr, where you will find
all your certifications and your voucher of 50%.

As your demand is now treated, we are going to close this case. You will receive maybe a small
survey about your satisfaction, your opinion is precious for us.

Wishing you a good continuation,

Cordially,

{F_SIG}"""
add('029-fusion-terminated-case-closing.eml', alt(part(new + '\n', cte='base64'), part(text2html(new), 'html', cte='base64')),
    kind='merge_completed', case_id=F_ID, accts=['AWS02301558'], verified=True, lang='en',
    route_hdrs=route_outlook(F_TO, s, good_auth(s), d, 'eurprd07'), sender=s, to=F_TO,
    subject=f'RE:[CASE {F_ID}] {FORM_SUBJ}', date=d, new_text=new, extra=outlook_tail(d))

# ---------------------------------------------------------------- case G
# console case (11 digits, 2023), Gmail user, Chinese-English agent.
G_ID = '12873340519'
G_TO = 'minjun.park.dev@gmail.com'
G_SUBJ = 'Merge 2 certification account'

# 030 status update that restates the accounts but asks nothing ("once the merge is complete")
d = T(2023, 9, 19, 3, 20, 9)
s = aws_sender(d, NOREPLY)
new = f"""Hello Min-jun,

Thanks for your patient waiting.

I have checked your request again and I can see you already confirmed to merge AWS03345501 to
AWS03361782 in last correspondence. Currently the merge request have been submitted to our backend
team and they are processing it now.

Once the merge is complete, we will notify you by this case immediately. Normally it need 2-3
business days, please kindly wait. During this time, please don't register any new exam with the
account AWS03345501.

If you have any other question, please feel free to let me know.

Best regards,
Lei W.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=G_ID)
add('030-backend-team-processing.eml', alt(part(new + '\n'), part(text2html(new), 'html'), b='java'),
    kind='support_reply', case_id=G_ID, accts=['AWS03345501', 'AWS03361782'], verified=True, lang='en',
    route_hdrs=route_gmail(G_TO, s, good_auth(s), d), sender=s, to=G_TO,
    subject=f'RE:[CASE {G_ID}] {G_SUBJ}', date=d, new_text=new)

# 031 completion + answer to a side question about a pending exam result
d = T(2023, 9, 21, 6, 5, 51)
s = aws_sender(d, NOREPLY)
new = f"""Hello Min-jun,

Good news to you! Your two certification accounts have been consolidate successfully.

Now the account AWS03361782 contain all of your certification record and exam history, and the
account AWS03345501 has been inactivated. You can login aws.training with minjun.park.dev@gmail.com
to check it.

By the way, you asked if your AWS Certified Developer - Associate exam result which is still
pending will also move. Yes, after the result come out it will show in the remained account
automatically, no need to do anything.

Thanks for your understanding and cooperation!

Best regards,
Lei W.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=G_ID)
add('031-accounts-have-been-consolidate.eml', alt(part(new + '\n'), part(text2html(new), 'html')),
    kind='merge_completed', case_id=G_ID, accts=['AWS03345501', 'AWS03361782'], verified=True, lang='en',
    route_hdrs=route_gmail(G_TO, s, good_auth(s), d), sender=s, to=G_TO,
    subject=f'RE:[CASE {G_ID}] {G_SUBJ}', date=d, new_text=new)

# 032 rating request, HTML + text
d = T(2023, 9, 28, 6, 10, 3)
s = aws_sender(d, NOREPLY)
t = f"""Hello,

Your support case {G_ID} "{G_SUBJ}" has been resolved. We would like to hear about your
experience with AWS Support.

How satisfied are you with the support you received?
Rate from 1 (very dissatisfied) to 5 (very satisfied):
https://aws.amazon.com/support/survey?displayId={G_ID}&rating=

The survey takes about 2 minutes. Your answers help us improve.

Thank you,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry
Ave. North, Seattle, WA 98109. (c) 2023, Amazon Web Services, Inc. or its affiliates.
"""
stars = ''.join('<a href="https://aws.amazon.com/support/survey?displayId=%s&amp;rating=%d" '
                'style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' % (G_ID, k) for k in range(1, 6))
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your support case <b>{G_ID}</b> &quot;{G_SUBJ}&quot; has been resolved. We would like to hear about your experience with AWS Support.</p>
<p><b>How satisfied are you with the support you received?</b></p>
<p>{stars}</p>
<p>The survey takes about 2 minutes. Your answers help us improve.</p>
<p>Thank you,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#888">This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109.</p>
</body></html>
"""
add('032-how-satisfied-rate-1-to-5.eml', alt(part(t), part(h, 'html')),
    kind='survey', case_id=G_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(G_TO, s, good_auth(s), d), sender=s, to=G_TO,
    subject=f'How did we do? Share your feedback on case {G_ID}', date=d, new_text=t)

# ---------------------------------------------------------------- case H
# first form case never answered; user opened a second case a week later. Yahoo mailbox, Egyptian agent.
H_OLD = '174429014000362'       # 1744290140 = 2025-04-10 13:02:20 UTC
H_ID = '174487660200915'        # 1744876602 = 2025-04-17 07:56:42 UTC
H_T = U(1744876602)
H_TO = 'seun.adeyemi@yahoo.com'
LAGOS = ZoneInfo('Africa/Lagos')

# 033 acknowledgement of the second case, HTML only, casual template
d = H_T + _dt.timedelta(seconds=5)
s = aws_sender(d)
h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#fafafa">
<div style="max-width:600px;margin:0 auto;font-family:'Amazon Ember',Arial,sans-serif;font-size:15px;color:#232f3e">
<div style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px">AWS Training and Certification</div>
<div style="background:#fff;padding:24px">
<p>Hi there,</p>
<p>Thanks for reaching out! We got your message and opened case <strong>{H_ID}</strong> for you.</p>
<p><strong>What happens next</strong><br>
One of our support specialists will get back to you by email, in principle within 24 hours.
You can add details at any time by replying to this email.</p>
<p>Please don&#39;t open a new case for the same question &ndash; it can slow things down.</p>
<p>Cheers,<br>The AWS Training and Certification team</p>
</div>
<div style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
<a href="https://aws.amazon.com/privacy/">Privacy</a></div>
</div></body></html>
"""
add('033-thanks-for-reaching-out-second-case.eml', part(h, 'html', cte='quoted-printable'),
    kind='case_created', case_id=H_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_yahoo(H_TO, s, good_auth(s), d), sender=s, to=H_TO,
    subject=f'Thank you for contacting AWS Training and Certification [CASE {H_ID}]', date=d, new_text=h)

# 034 agent points out the duplicate case and continues on this one
d = T(2025, 4, 18, 9, 30, 14)
s = aws_sender(d)
new = f"""Dear Oluwaseun,

Greetings from AWS Training and Certification Support and hope this email finds you well.

Kindly be informed that we noticed you has opened before another case {H_OLD} for the same
request of merging your certification accounts. We are very sorry that you did not received any
reply on it, it seems that the notification e-mail was missing in the form submission.

To avoid the duplication and confusion, we have closed the old case {H_OLD} and we will continue
handling your request here on this case {H_ID} only. Kindly don't open new case for the same
request, as this will delay the process.

I am currently checking the accounts you mentioned and will get back to you soonest.

Thanks for your understanding.

Best Regards,
Ahmed H.
AWS Training and Certification"""
add('034-duplicate-case-we-continue-here.eml', alt(part(new + '\n'), part(text2html(new), 'html')),
    kind='support_reply', case_id=H_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_yahoo(H_TO, s, good_auth(s), d), sender=s, to=H_TO,
    subject=f'RE:[CASE {H_ID}] {FORM_SUBJ}', date=d, new_text=new)
H2_new, H2_d = new, d

# 035 three accounts into one, ids written in mixed case; Yahoo-style quote inside Salesforce block
d = T(2025, 4, 19, 11, 15, 2)
s = aws_sender(d)
seun = """Hello Ahmed,

Thank you for the reply. My accounts are AWS06120034 (yahoo) and the one from my office
AWS06255410. Please keep the office one because I use it for my employer's partner portal.
I think there is maybe also one from university but I don't remember the ID.

Regards,
Oluwaseun

On Friday, April 18, 2025 at 10:30:14 AM GMT+1, Amazon Web Services <%s> wrote:

%s""" % (FORM, H2_new)
new = f"""Dear Oluwaseun,

Thanks for your patience.

After checking, I found that you have three (3) certification accounts and not two as mentioned in
your request:

1) AWS06120034 - seun.adeyemi@yahoo.com
2) aws06120998 - o.adeyemi@live.unilag.edu.ng
3) AWS06255410 - oluwaseun.adeyemi@kobopay.ng

As per your request the account AWS06255410 will be the primary account which will remain, and the
other two accounts (AWS06120034 & aws06120998) will be merged into it and deactivated.

Kindly be noted that once merged it can't be undone, and you will be able to sign in with
oluwaseun.adeyemi@kobopay.ng only.

Please confirm us that the above is correct by replying to this email, so we can proceed with the
merge process.

Best Regards,
Ahmed H.
AWS Training and Certification"""
quoted = q_sf('Oluwaseun Adeyemi [seun.adeyemi@yahoo.com]', T(2025, 4, 18, 14, 2), FORM,
              f'Re: RE:[CASE {H_ID}] {FORM_SUBJ}', seun, LAGOS)
full = new + '\n\n' + quoted + '\n'
add('035-three-accounts-into-one-confirm.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_confirmation_requested', case_id=H_ID, accts=['AWS06120034', 'AWS06120998', 'AWS06255410'],
    verified=True, lang='en', route_hdrs=route_yahoo(H_TO, s, good_auth(s), d), sender=s, to=H_TO,
    subject=f'RE:[CASE {H_ID}] {FORM_SUBJ}', date=d, new_text=new)

# ---------------------------------------------------------------- case I
# after the merge the Credly badges stayed behind; Brazilian agent; Gmail.
I_ID = '172251364000056'        # 1722513640 = 2024-08-01 12:00:40 UTC
I_TO = 'lucas.ferreira.cloud@gmail.com'
SAO = ZoneInfo('America/Sao_Paulo')

# 036 agent: opened internal ticket to Credly, answers voucher question
d = T(2024, 8, 9, 14, 20, 37)
s = aws_sender(d)
lucas = """Hi,

The merge is ok, thank you, but my badges on Credly are still in the old email and nothing arrived
in the new one. Also, do I still have the 50% voucher after the merge?

Thanks
Lucas"""
new = """Hi Lucas, good afternoon!

I hope you are well.

Regarding your doubt about the badges on Credly, I verified here and in fact the badges of your old
account AWS08812077 were not transferred together with the merge, because the Credly is a separate
platform.

I already opened an internal ticket to the Credly team for to transfer your badges to the e-mail of
the account that remained. This can delay until 5 working days. I ask you please to wait, when the
badges are transferred you will receive an e-mail of Credly to accept them.

Also, answering your other question: the discount voucher of 50% continues valid in your account,
you can see it in the section "Benefits".

Any doubt, I am at disposal.

Att.,
Camila R.
AWS Training and Certification"""
quoted = ('Em qui., 8 de ago. de 2024 às 19:41, Lucas Ferreira <%s> escreveu:\n\n' % I_TO) + qlines(lucas)
full = new + '\n\n' + quoted + '\n'
add('036-internal-ticket-to-credly-team.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='support_reply', case_id=I_ID, accts=['AWS08812077'], verified=True, lang='en',
    route_hdrs=route_gmail(I_TO, s, good_auth(s), d), sender=s, to=I_TO,
    subject=f'RE:[CASE {I_ID}] {FORM_SUBJ}', date=d, new_text=new)

# 037 Credly: badges moved to the surviving e-mail
d = T(2024, 8, 14, 17, 3, 29)
s = credly_sender(d, I_TO)
t = """Hi Lucas,

Amazon Web Services Training and Certification has issued you 3 badges. These badges were moved to
this email address at the request of the issuer.

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Accept your badges to start sharing them:
https://www.credly.com/earner/earned?utm_campaign=badges_moved

Need help? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, Suite 2310 | New York, NY 10119
"""
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="560" style="background:#fff;padding:24px"><tr><td>
<p><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></p>
<p>Hi Lucas,</p>
<p>Amazon Web Services Training and Certification has issued you <b>3 badges</b>. These badges were moved to this email address at the request of the issuer.</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?utm_campaign=badges_moved" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p style="font-size:12px;color:#777">Need help? <a href="https://support.credly.com">support.credly.com</a><br>Credly, Inc. | 1 Penn Plaza, Suite 2310 | New York, NY 10119</p>
</td></tr></table></body></html>
"""
add('037-credly-3-badges-moved.eml', alt(part(t), part(h, 'html'), b='ruby'),
    kind='credly_badge_issued', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(I_TO, s, good_auth(s, 'NONE'), d), sender=s, to=I_TO,
    subject='You have 3 new badges from Amazon Web Services Training and Certification', date=d, new_text=t,
    msgid=sg_msgid(), dkim_h='from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')

# 038 agent closes the case and asks for the rating
d = T(2024, 8, 20, 13, 2, 5)
s = aws_sender(d)
new = f"""Hi Lucas, good morning!

As I didn't receive more contact from you since the badges were transferred, I am closing this case
{I_ID} now. I hope everything is correct with your account and your badges.

If you can, please answer the small satisfaction survey below, it is very important for me and for
our team:

Was your issue resolved?
YES -> https://aws.amazon.com/survey/support?caseId={I_ID}&answer=yes
NO  -> https://aws.amazon.com/survey/support?caseId={I_ID}&answer=no

Thank you for the trust and a big hug!

Att.,
Camila R.
AWS Training and Certification
"""
add('038-closing-case-satisfaction-survey.eml', part(new, cte='quoted-printable'),
    kind='survey', case_id=I_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(I_TO, s, good_auth(s), d), sender=s, to=I_TO,
    subject=f'RE:[CASE {I_ID}] {FORM_SUBJ}', date=d, new_text=new)

# ---------------------------------------------------------------- case J
# form case (11 digits, 2021), Gmail user in Germany, Russian-English then German-English agent.
J_ID = '93744102851'
J_TO = 'thomas.becker.it@gmail.com'
BERLIN = ZoneInfo('Europe/Berlin')
J_SUBJ = f'RE:[CASE {J_ID}] {FORM_SUBJ}'

# 039 Russian-English confirmation request; quote nests "> >"
d = T(2021, 11, 9, 10, 22, 47)
s = aws_sender(d)
ask = """Hello Thomas,

Thank you for contact AWS Training and Certification. For to find your second account, please
send me e-mail addresses which you used for login in both accounts, and which account you want to
keep.

Best regards,
Dmitry"""
form_text = """Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS01460021
Description: I have two candidate accounts, please merge them."""
ask_full = ask + '\n\n' + q_gmail(T(2021, 11, 5, 16, 40), 'Thomas Becker <%s>' % J_TO, form_text, BERLIN)
thomas = """Hello Dmitry,

here are the details you asked for:
Old account: AWS 01457733, login thomas.becker@old-firma.de
New account: AWS 01460021, login thomas.becker.it@gmail.com
Please keep the new one.

Mit freundlichen Grüßen / Best regards
Thomas Becker

""" + q_gmail(T(2021, 11, 8, 9, 5, 10), 'Amazon Web Services <%s>' % FORM, ask_full, BERLIN)
new = """Hello Thomas,

Thank you for contact us.

I have found both accounts in our system. Please, confirm merge of account AWS01457733
(thomas.becker@old-firma.de) into account AWS01460021 (thomas.becker.it@gmail.com). Account
AWS01457733 will be deactivated after this and all certifications will be moved to AWS01460021.

Merge is not reversible operation, so please check carefully.

Waiting your confirmation.

Best regards,
Dmitry
AWS Training and Certification"""
quoted = q_gmail(T(2021, 11, 8, 21, 14), 'Thomas Becker <%s>' % J_TO, thomas, BERLIN)
full = new + '\n\n' + quoted + '\n'
add('039-please-confirm-merge-of-account.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='merge_confirmation_requested', case_id=J_ID, accts=['AWS01457733', 'AWS01460021'], verified=True,
    lang='en', route_hdrs=route_gmail(J_TO, s, good_auth(s), d), sender=s, to=J_TO,
    subject=J_SUBJ, date=d, new_text=new)
J1_new, J1_d = new, d

# 040 German-English completion, ISO-8859-1 quoted-printable
d = T(2021, 11, 11, 15, 48, 30)
s = aws_sender(d)
thomas2 = """Yes, I confirm. Please do it.

Thomas

""" + q_gmail(J1_d, 'Amazon Web Services <%s>' % FORM, J1_new, BERLIN)
new = """Dear Mr. Becker,

hereby we inform you that the merge of your accounts has been executed now. The account
AWS01460021 is from now on your leading account, all certifications of the former account are
transferred to it.

Please note that the login with the old e-mail address is not possible anymore since today.

For questions we stand at your disposal any time.

With kind regards

Jürgen S.
AWS Training and Certification"""
quoted = q_gmail(T(2021, 11, 9, 12, 1), 'Thomas Becker <%s>' % J_TO, thomas2, BERLIN)
full = new + '\n\n' + quoted + '\n'
add('040-merge-has-been-executed-now.eml', part(full, charset='iso-8859-1'),
    kind='merge_completed', case_id=J_ID, accts=['AWS01460021'], verified=True, lang='en',
    route_hdrs=route_gmail(J_TO, s, good_auth(s), d), sender=s, to=J_TO,
    subject=J_SUBJ, date=d, new_text=new)

# ---------------------------------------------------------------- case K
# form case, Gmail user in Vietnam, Vietnamese-English agent; user never answered -> closure.
K_ID = '175201984500473'        # 1752019845 = 2025-07-09 00:10:45 UTC
K_T = U(1752019845)
K_TO = 'lan.nguyen.aws@gmail.com'
HCM = ZoneInfo('Asia/Ho_Chi_Minh')

# 041 acknowledgement, text only, 7bit
d = K_T + _dt.timedelta(seconds=3)
s = aws_sender(d)
t = f"""Dear Customer,

Your case {K_ID} is created.

We received your submission to AWS Training and Certification and our Customer Support team will
review it shortly. You can expect a first answer by email within 24 hours.

Replying to this message adds information to your case. There is no need to submit the form again.

AWS Training and Certification Customer Support

{AWS_FOOT}
"""
add('041-your-case-is-created.eml', part(t, charset='us-ascii', cte='7bit'),
    kind='case_created', case_id=K_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(K_TO, s, good_auth(s), d), sender=s, to=K_TO,
    subject=f'Your case {K_ID} is created - AWS Training and Certification', date=d, new_text=t)

# 042 Vietnamese-English confirmation request
d = T(2025, 7, 10, 4, 0, 19)
s = aws_sender(d)
new = """Hi Lan,

Thank you for contacting AWS Training and Certification Customer Support.

Regarding to your request about merging certification accounts, please kindly help us to confirm
below information is correct:

- Account will be kept: AWS09012254 (lan.nguyen.aws@gmail.com)
- Account will be merged and deactivated: AWS08977310 (nguyenthilan@fpt-edu.vn)

After merging, all the certifications and exam history of account AWS08977310 will be moved to
account AWS09012254. Please note that the action can not be rollback after it done.

If all information is correct, please reply "Confirm" to this email so we can proceed for you. If
any information is not correct, please let us know.

Best regards,
Thanh P.
AWS Training and Certification Customer Support"""
add('042-kindly-help-us-confirm-below.eml', alt(part(new + '\n', cte='base64'), part(text2html(new), 'html', cte='base64')),
    kind='merge_confirmation_requested', case_id=K_ID, accts=['AWS08977310', 'AWS09012254'], verified=True,
    lang='en', route_hdrs=route_gmail(K_TO, s, good_auth(s), d), sender=s, to=K_TO,
    subject=f'RE:[CASE {K_ID}] {FORM_SUBJ}', date=d, new_text=new)
K1_new, K1_d = new, d

# 043 closure because no answer (the merge was never done) + rating link; quotes the request
d = T(2025, 7, 17, 4, 5, 50)
s = aws_sender(d)
new = f"""Hi Lan,

We have not received your response for the confirmation since 7 days, so we will close this case
for now.

If you still want to merge your accounts, you can reply to this email within 14 days to reopen the
case, no need to create a new case.

We would be appreciate if you can take a minute to rate our support:
https://aws.amazon.com/survey/support?caseId={K_ID}

Best regards,
Thanh P.
AWS Training and Certification Customer Support"""
quoted = q_sf('Amazon Web Services [%s]' % FORM, K1_d, K_TO, f'RE:[CASE {K_ID}] {FORM_SUBJ}', K1_new, HCM)
full = new + '\n\n' + quoted + '\n'
add('043-no-response-closing-rate-us.eml', alt(part(full), part(text2html(new, quoted), 'html')),
    kind='survey', case_id=K_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(K_TO, s, good_auth(s), d), sender=s, to=K_TO,
    subject=f'RE:[CASE {K_ID}] {FORM_SUBJ}', date=d, new_text=new)

# ---------------------------------------------------------------- case L (Turkish user, console, Hotmail)
L_ID = '176000347000862'        # 1760003470 = 2025-10-09 09:51:10 UTC
L_T = U(1760003470)
L_TO = 'emre.yilmaz88@hotmail.com'

# 044 console acknowledgement, HTML table template + text
d = L_T + _dt.timedelta(seconds=6)
s = aws_sender(d, NOREPLY)
corr = 'Hello, I have 2 certification account with different mails and i want merge them in one. Thanks.'
t = f"""Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case {L_ID} to address your issue.

Case ID:      {L_ID}
Subject:      Merging my certification accounts
Severity:     General guidance
Correspondence: {corr}

View case details in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={L_ID}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td colspan="2" style="background:#232f3e;color:#fff;font-size:18px">Amazon Web Services</td></tr>
<tr><td colspan="2">Thank you for contacting Amazon Web Services. We have opened case {L_ID} to address your issue.</td></tr>
<tr><td style="width:140px;color:#545b64">Case ID</td><td>{L_ID}</td></tr>
<tr><td style="color:#545b64">Subject</td><td>Merging my certification accounts</td></tr>
<tr><td style="color:#545b64">Severity</td><td>General guidance</td></tr>
<tr><td style="color:#545b64">Correspondence</td><td>{esc(corr)}</td></tr>
<tr><td colspan="2"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={L_ID}&amp;language=en">View case details in the AWS Support Center</a></td></tr>
<tr><td colspan="2" style="font-size:11px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</td></tr>
</table></body></html>
"""
add('044-console-case-opened-emre.eml', alt(part(t), part(h, 'html')),
    kind='case_created', case_id=L_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(L_TO, s, good_auth(s), d, 'eurprd02'), sender=s, to=L_TO,
    subject=f'Amazon Web Services: You have opened a new Support case: {L_ID}', date=d, new_text=t,
    extra=outlook_tail(d))

# 045 Turkish-English agent: case resolved, please evaluate (merge itself reported earlier)
d = T(2025, 10, 14, 8, 12, 33)
s = aws_sender(d, NOREPLY)
new = f"""Dear Emre,

As your accounts merging was realized last week and we did not get any new question from you, your
case {L_ID} is now resolved and closed from our side.

We are happy if we could be helpful for you. If you have few minutes, please evaluate our
correspondence with the stars in the AWS Support Center, your evaluation is very valuable for us
to improve ourselves.

Was your issue resolved? Please choose YES or NO in the Support Center.

Have a nice day,
Elif K.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=L_ID)
add('045-resolved-please-evaluate-stars.eml', alt(part(new + '\n'), part(text2html(new), 'html'), b='java'),
    kind='survey', case_id=L_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(L_TO, s, good_auth(s), d, 'eurprd02'), sender=s, to=L_TO,
    subject=f'RE:[CASE {L_ID}] Merging my certification accounts', date=d, new_text=new, extra=outlook_tail(d))

# ---------------------------------------------------------------- look-alikes / phishing

# 046 look-alike domain asks to "confirm the merge" (passes for its own domain -> not verified)
d = T(2025, 6, 1, 3, 44, 12)
s = Sender(addr('AWS Certification Support', 'support@aws-certification-center.com'),
           'bounce-7731@aws-certification-center.com', 'mail.aws-certification-center.com', '185.244.25.71',
           dkim=[('aws-certification-center.com', 'default')])
t = """Dear Candidate,

We have receive a request for merge your AWS Certification accounts:

  - AWS04418275
  - AWS09930162

For complete the merge, it is require that you confirm the account ownership by login with your
AWS credentials in the secure link below within 24 hours. If the confirmation is not receive, both
accounts will be suspend and your certifications revoked.

CONFIRM MERGE NOW:
http://aws-certification-center.com/merge/confirm?ref=AX7Q2M

Regards,
AWS Certification Support Team
"""
h = text2html(t).replace('http://aws-certification-center.com/merge/confirm?ref=AX7Q2M',
                         '<a href="http://aws-certification-center.com/merge/confirm?ref=AX7Q2M">https://www.aws.training/Certification/Merge</a>')
add('046-lookalike-confirm-merge-24h.eml', alt(part(t), part(h, 'html'), b='other'),
    kind='merge_confirmation_requested', case_id=None, accts=['AWS04418275', 'AWS09930162'], verified=False,
    lang='en', route_hdrs=route_gmail(A_TO, s, dict(dkim=[('pass', 'aws-certification-center.com')], spf='pass',
                                                     dmarc='pass', policy='NONE'), d),
    sender=s, to=A_TO, subject='Action required: Confirm your AWS Certification accounts merge',
    date=d, new_text=t, msgid='<%s@aws-certification-center.com>' % ruuid(), dkim_h='from:to:subject:date:message-id',
    x_mailer='PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')

# 047 spoofed amazon.com "merge completed, re-validate": dmarc=fail at the top, forged pass lower down
d = T(2023, 9, 25, 11, 7, 40)
s = Sender(addr('Amazon Web Services', NOREPLY), 'info@mx-relay-portal.top', 'vps-3312.mx-relay-portal.top',
           '45.153.160.18', dkim=[('amazon.com', AMZ_SEL)], from_dom='amazon.com')
fake_case = '11823904417'
t = f"""Hello,

Your certification accounts merge have been completed successfully (Case {fake_case}).

Due to our new security policy, you must re-validate your certification profile within 48 hours,
otherwise the merged certifications will be removed from your account permanently.

Re-validate now: https://aws-certmerge-validate.com/login?case={fake_case}

Thank you,
Amazon Web Services
"""
forged = [('Authentication-Results', 'amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n'
           '\tdmarc=pass header.from=amazon.com'),
          ('Received', 'from smtp-out.amazon.com (smtp-out.amazon.com [52.94.124.0])\n\tby relay.amazon.com; %s' % rdate(d))]
add('047-spoofed-merge-completed-revalidate.eml', alt(part(t), part(text2html(t), 'html')),
    kind='merge_completed', case_id=fake_case, accts=[], verified=False, lang='en',
    route_hdrs=route_gmail(G_TO, s, dict(dkim=[('fail', 'amazon.com')], spf='pass', dmarc='fail'), d) + forged,
    sender=s, to=G_TO, subject=f'RE:[CASE {fake_case}] Your certification accounts merge is completed',
    date=d, new_text=t, msgid='<%s@vps-3312.mx-relay-portal.top>' % rhex(24))

# 048 unrelated phishing (billing / suspension), look-alike domain, Japanese provider mailbox
d = T(2025, 3, 3, 22, 15, 9)
s = Sender(addr('AWS Billing', 'billing@aws-amazon-verify.com'), 'noreply@aws-amazon-verify.com',
           'mta2.aws-amazon-verify.com', '193.233.48.105', dkim=[])
t = """Dear AWS Customer,

We was unable to process the payment for your AWS account for the billing period of February 2025.
Your account and all running services will be suspended in 24 hours unless you update the payment
method.

Outstanding amount: USD 0.01 (verification charge)

Update payment method: http://aws-amazon-verify.com/billing/update

Thank you for using Amazon Web Services.
AWS Billing Department
"""
add('048-phish-payment-failed-suspend.eml', part(t, cte='7bit', charset='us-ascii'),
    kind='unrelated', case_id=None, accts=[], verified=False, lang='en',
    route_hdrs=route_jp('nifty', D_TO, s, dict(dkim=[], spf='pass', dmarc='none'), d),
    sender=s, to=D_TO, subject='[Action Required] Your AWS account will be suspended', date=d, new_text=t,
    msgid='<%s@aws-amazon-verify.com>' % rhex(20), dkim_sign=False)

# 049 fake Credly "badges ready after the merge" (look-alike domain, passes for itself)
d = T(2025, 3, 24, 10, 2, 44)
s = Sender(addr('Credly', 'admin@credly-badges.net'), 'bounce@credly-badges.net', 'smtp.credly-badges.net',
           '91.215.85.40', dkim=[('credly-badges.net', 'mail')])
h = """<html><body style="font-family:Arial,sans-serif">
<p><img src="http://credly-badges.net/logo.png" alt="Credly" width="90"></p>
<p>Hello,</p>
<p>Following the merge of your AWS Certification accounts, your <b>2 badges</b> are ready to claim on your new profile.</p>
<p>Claim them within 72 hours, after that the badges will be expired and can not be recovered.
To claim, sign in with your AWS Certification account.</p>
<p><a href="http://credly-badges.net/claim?u=wchen" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#999">Credly Inc.</p>
</body></html>
"""
add('049-fake-credly-badges-after-merge.eml', part(h, 'html', cte='base64'),
    kind='credly_badge_issued', case_id=None, accts=[], verified=False, lang='en',
    route_hdrs=route_jp('ocn', E_TO, s, dict(dkim=[('pass', 'credly-badges.net')], spf='pass', dmarc='pass'), d),
    sender=s, to=E_TO, subject='Your AWS badges are ready to accept', date=d, new_text=h,
    msgid='<%s@credly-badges.net>' % rhex(16))

# 050 spoofed "You have opened a new Support case" about a merge, Outlook verdict fail
fake_case2 = '173220877100318'   # 1732208771 = 2024-11-21 17:06:11 UTC
d = U(1732208771 + 40)
s = Sender(addr('Amazon Web Services', NOREPLY), NOREPLY, 'srv1.case-notify-aws.help',
           '194.87.31.226', dkim=[], from_dom='amazon.com')
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake_case2} to address your issue.

Case ID: {fake_case2}
Subject: Certification account merge request
Severity: Urgent business impact

If you did not request this merge of your certification accounts, cancel it immediately by verify
your identity here: http://aws-support-case.help/cancel?case={fake_case2}

Sincerely,
Amazon Web Services
"""
add('050-spoofed-new-case-merge-request.eml', alt(part(t), part(text2html(t), 'html')),
    kind='case_created', case_id=fake_case2, accts=[], verified=False, lang='en',
    route_hdrs=route_outlook(F_TO, s, dict(dkim=[], spf='fail', dmarc='fail'), d, 'eurprd07'),
    sender=s, to=F_TO, subject=f'Amazon Web Services: You have opened a new Support case: {fake_case2}',
    date=d, new_text=t, msgid='<%s@srv1.case-notify-aws.help>' % rhex(18), extra=outlook_tail(d), dkim_sign=False)

# ---------------------------------------------------------------- unrelated mail in the same mailboxes

# 051 service-quota case answered by a Korean-English agent (same Gmail user as case G)
Q_ID = '13011877204'
d = T(2023, 10, 4, 2, 33, 18)
s = aws_sender(d, NOREPLY)
new = f"""Hello,

Thank you for waiting.

I am happy to inform that your request for increase the vCPU limit of "Running On-Demand Standard
(A, C, D, H, I, M, R, T, Z) instances" to 64 in Asia Pacific (Seoul) region has been approved and
applied to the account 4821-0937-5516.

It can take up to 30 minutes for the new limit is reflected in the Service Quotas console. If you
need more capacity later, please open a new request via Service Quotas console with your use case.

Thank you for use AWS and have a nice day!

Best regards,
Ji-hoon K.
Amazon Web Services

""" + CONSOLE_FOOT.format(cid=Q_ID)
add('051-quota-increase-approved-seoul.eml', alt(part(new + '\n'), part(text2html(new), 'html')),
    kind='unrelated', case_id=Q_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(G_TO, s, good_auth(s), d), sender=s, to=G_TO,
    subject=f'RE:[CASE {Q_ID}] Limit Increase: EC2 Instances', date=d, new_text=new)

# 052 Japanese billing case (refund), other user at BIGLOBE
BILL_ID = '174650231900027'     # 1746502319 = 2025-05-06 03:31:59 UTC
BILL_TO = 'ken-ito@mbe.biglobe.ne.jp'
d = T(2025, 5, 7, 5, 48, 2)
s = aws_sender(d, NOREPLY)
t = f"""伊藤 健 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS 請求サポートの中村でございます。

お問い合わせいただきました 2025 年 4 月分のご請求（アカウント ID: 4410-2287-6093）について、
誤って起動されたまま停止されていなかった NAT ゲートウェイの料金を確認いたしました。

今回は特別に、該当料金 USD 38.52 の返金手続きを行いました。返金はご登録のクレジットカードへ
5〜10 営業日ほどで反映される見込みです。

今後、同様の料金の発生を防ぐため、AWS Budgets によるアラートの設定をおすすめいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

中村
Amazon Web Services

このケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={BILL_ID}&language=ja
"""
add('052-ja-billing-refund-nat-gateway.eml', alt(part(t, cte='base64'), part(text2html(t, font='Meiryo, sans-serif'), 'html', cte='base64')),
    kind='unrelated', case_id=BILL_ID, accts=[], verified=True, lang='ja',
    route_hdrs=route_jp('biglobe', BILL_TO, s, good_auth(s), d), sender=s, to=BILL_TO,
    subject=f'RE:[CASE {BILL_ID}] ' + ew('請求に関するお問い合わせ', 'iso-2022-jp'), date=d, new_text=t)

# 053 Amazon Seller Central case about merging two product detail pages (look-alike "merge completed")
SC_ID = '5884881212'
d = T(2024, 2, 12, 18, 20, 51)
s = Sender(addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'),
           '202402121820518c7f1a90e7c74b5ab2a6f8d3a7e3d0c9-0@bounces.amazon.com',
           'a19-2.smtp-out.amazonses.com', '54.240.19.2', dkim=[('amazon.com', 'taugfwmfzhxuzspbmbfvtp3f7wrxv7ka'),
                                                                ('amazonses.com', SES_SEL)])
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your case regarding the duplicate detail pages. I am glad to inform you that the
request to merge the ASIN B0C7K2L9QX into the ASIN B0C7K3M1RT has been completed by the catalog
team. The offers from the duplicate page now appear under B0C7K3M1RT. Please allow up to 24 hours
for the changes to reflect on the website.

Kindly note that the sales rank and reviews can take more time to consolidate.

We hope this helps. Please let us know if we have resolved your issue by clicking Yes or No below.

Thank you for selling on Amazon,
Sandhya P.
Amazon.com
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC_ID}
"""
add('053-seller-central-asin-merge-done.eml', alt(part(new), part(text2html(new), 'html')),
    kind='unrelated', case_id=SC_ID, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(A_TO, s, good_auth(s), d), sender=s, to=A_TO,
    subject=f'RE:[CASE {SC_ID}] Duplicate detail pages - request to merge ASIN', date=d, new_text=new)

# 054 CertMetrics "AWS Certification wants to hear from you" (candidate id in the text)
d = T(2025, 6, 9, 14, 0, 2)
s = Sender(addr('AWS Certification', 'do-not-reply@certmetrics.com'),
           'bounces+6631205-9f2c-rahul.mehta.cloud=gmail.com@sg.certmetrics.com', 'o2.sg.certmetrics.com',
           '168.245.%d.%d' % (rng.randint(1, 254), rng.randint(1, 254)), dkim=[('certmetrics.com', 's1')])
t = """Dear Rahul Mehta,

AWS Certification wants to hear from you!

You recently completed an AWS Certification exam. Please take 5 minutes to tell us about your
experience with the exam registration, the testing and the results process.

Candidate ID: AWS04418275

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=7Q2K9M

Thank you,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
"""
add('054-certmetrics-wants-to-hear-from-you.eml', alt(part(t), part(text2html(t), 'html')),
    kind='unrelated', case_id=None, accts=['AWS04418275'], verified=False, lang='en',
    route_hdrs=route_gmail(A_TO, s, dict(dkim=[('pass', 'certmetrics.com')], spf='pass', dmarc='pass', policy='NONE'), d),
    sender=s, to=A_TO, subject='AWS Certification wants to hear from you', date=d, new_text=t,
    msgid=sg_msgid('geopod-ismtpd-12'))

# 055 Pearson VUE appointment in Japanese, labelled Shift_JIS but using CP932-only characters
d = T(2025, 2, 20, 9, 12, 40)
s = Sender(addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), 'bounce-jp-3521@mail.pearsonvue.com',
           'mta-jp2.mail.pearsonvue.com', '136.147.%d.%d' % (rng.randint(1, 254), rng.randint(1, 254)),
           dkim=[('pearson.com', 's2048')])
t = """田中 美咲 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

① 試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
② 日時: 2025年3月15日(土) 10:00～
③ 会場: ㈱テストセンター 新宿会場（東京都新宿区）
④ 受験者 ID: AWS08830415
⑤ 登録番号: 482739165

当日は有効な身分証明書を 2 点お持ちのうえ、開始時刻の 30 分前までにお越しください。

予約の変更・キャンセルは、試験日の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE カスタマーサービス
"""
add('055-ja-pearson-vue-appointment.eml', part(t, charset='shift_jis', cte='base64', label='Shift_JIS'),
    kind='unrelated', case_id=None, accts=['AWS08830415'], verified=False, lang='ja',
    route_hdrs=route_jp('nifty', D_TO, s, dict(dkim=[('pass', 'pearson.com')], spf='pass', dmarc='pass'), d),
    sender=s, to=D_TO, subject=ew('試験予約の確認 - ピアソン VUE', 'shift_jis'), date=d, new_text=t,
    msgid='<%s.JavaMail.vue@mta-jp2.mail.pearsonvue.com>' % rhex(20))

# 056 AWS Builder ID verification code, company mailbox without Authentication-Results
d = T(2024, 5, 6, 7, 31, 4)
s = Sender(addr('AWS', 'no-reply@signin.aws'), ses_mailfrom(d).replace('email.amazonses.com', 'signin.aws'),
           'a8-45.smtp-out.amazonses.com', '54.240.8.45', dkim=[('signin.aws', 'q3c7cvckyvbsqhhn7ubqd5ubvejdtnm4'),
                                                              ('amazonses.com', SES_SEL)])
t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you.
Please enter the following verification code when prompted.

Verification code
638204

(This code is valid for 30 minutes.)

If you don't want to create an AWS Builder ID, you can ignore this message.

Amazon Web Services will never email you and ask you to disclose or verify your password,
credit card, or banking account number.
"""
add('056-builder-id-verification-code.eml', alt(part(t), part(text2html(t), 'html')),
    kind='unrelated', case_id=None, accts=[], verified=None, lang='en',
    route_hdrs=route_corp(C_TO, s, d), sender=s, to=C_TO,
    subject='Verify your AWS Builder ID email address', date=d, new_text=t)

# 057 GitHub "merged" notification
d = T(2025, 6, 4, 12, 9, 33)
s = Sender(addr('Rahul Mehta', 'notifications@github.com'), 'noreply@github.com', 'out-21.smtp.github.com',
           '192.30.252.204', dkim=[('github.com', 'pf2023')])
t = """Merged #42 into main.

Add script to merge AWS certification exports (CSV) into one report

--
Reply to this email directly, view it on GitHub:
https://github.com/zentrix-soft/cert-tools/pull/42#event-13377120456
You are receiving this because you authored the thread.
"""
add('057-github-pr-merged.eml', alt(part(t, charset='UTF-8'), part(text2html(t), 'html'), b='other'),
    kind='unrelated', case_id=None, accts=[], verified=False, lang='en',
    route_hdrs=route_gmail(A_TO, s, dict(dkim=[('pass', 'github.com')], spf='pass', dmarc='pass', policy='REJECT'), d),
    sender=s, to=A_TO, subject='Re: [zentrix-soft/cert-tools] Add script to merge AWS certification exports (PR #42)',
    date=d, new_text=t, msgid='<zentrix-soft/cert-tools/pull/42/issue_event/13377120456@github.com>',
    in_reply_to='<zentrix-soft/cert-tools/pull/42@github.com>',
    extra=[('List-ID', 'zentrix-soft/cert-tools <cert-tools.zentrix-soft.github.com>'),
           ('X-GitHub-Reason', 'author')])

# 058 Credly's own self-service account merge code
d = T(2024, 8, 12, 19, 44, 8)
s = credly_sender(d, I_TO, name='Credly')
t = """Hi Lucas,

We received a request to merge the Credly account lucas.ferreira@antigaempresa.com.br into your
account.

Your verification code is: 719204

Or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c81f0e9a

If you did not request this, you can ignore this email. The code expires in 24 hours.

The Credly Team
"""
add('058-credly-account-merge-code.eml', alt(part(t), part(text2html(t), 'html'), b='ruby'),
    kind='unrelated', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(I_TO, s, good_auth(s, 'NONE'), d), sender=s, to=I_TO,
    subject='Complete your Credly account merge', date=d, new_text=t, msgid=sg_msgid(),
    dkim_h='from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')

# 059 Credly badge-expiry reminder
d = T(2025, 3, 2, 16, 30, 0)
s = credly_sender(d, B_TO)
t = """María, your badge expires soon

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and
Certification will expire on June 1, 2025.

To keep your badge active, complete the recertification requirements before it expires.

Learn how to recertify: https://aws.amazon.com/certification/recertification/
View badge: https://www.credly.com/badges/3e9d2c71-0b5a-4f8e-9d27-61c4a8f0b19e

Credly, Inc. | 1 Penn Plaza, Suite 2310 | New York, NY 10119
"""
add('059-credly-badge-expires-soon.eml', alt(part(t), part(text2html(t), 'html'), b='ruby'),
    kind='unrelated', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_outlook(B_TO, s, good_auth(s, 'NONE'), d), sender=s, to=B_TO,
    subject=ew('María, your badge expires in 90 days', 'utf-8', 'B', chunk=40), date=d, new_text=t,
    msgid=sg_msgid(), extra=outlook_tail(d),
    dkim_h='from:subject:mime-version:to:content-type:cc:content-type:from:subject:to')

# 060 AWS Training and Certification newsletter (mentions "merged" catalogues)
d = T(2025, 7, 22, 16, 0, 5)
s = aws_sender(d, 'aws-marketing-email-replies@amazon.com', 'AWS Training and Certification')
t = """AWS Training and Certification | July 2025

What's new this month

- We have merged the AWS Skill Builder and AWS Educate course catalogs: one place for 600+ free
  digital courses.
- New exam prep plans for AWS Certified Machine Learning Engineer - Associate.
- Free webinar: "Get certified in 30 days" on August 6.

Explore courses: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109.
"""
add('060-tc-newsletter-july.eml', alt(part(t), part(text2html(t), 'html')),
    kind='unrelated', case_id=None, accts=[], verified=True, lang='en',
    route_hdrs=route_gmail(K_TO, s, good_auth(s), d), sender=s, to=K_TO,
    subject='New this month: one catalog, 600+ free courses and exam prep plans', date=d, new_text=t,
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

# === END MAILS ===

if __name__ == '__main__':
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    write_all()
