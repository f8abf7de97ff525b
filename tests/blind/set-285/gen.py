#!/usr/bin/env python3
"""Generator for blind set 285: Japanese-emphasis AWS Certification account-merge mailbox.

Each mail is built with the `email` package (MIME bodies, encoded-word headers);
the trace/authentication header block is written as folded raw text in front of
the generated MIME headers so its exact shape (Gmail, Outlook, Yahoo! JAPAN,
nifty, biglobe, corporate gateways) is kept.
"""
import base64, hashlib, json, os, quopri, random, re, sys, uuid
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.generator import BytesGenerator
from email import policy as _policy
import email.utils
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(285)
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc

MAILS = []   # (filename, bytes, label)

# ---------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    """'2025-05-27 23:01:48' in tz -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def case15(opened, suffix):
    return '%d%s' % (int(opened.timestamp()), suffix)

def rfc(d, tz=None, paren=None):
    d = d.astimezone(tz) if tz else d
    s = d.strftime('%a, %d %b %Y %H:%M:%S ') + d.strftime('%z')
    if paren:
        s += ' (%s)' % paren
    return s

def rfc_gmail(d):
    # Gmail received lines: PDT/PST
    z = PDT if 3 <= d.month <= 10 else PST
    return rfc(d, z, 'PDT' if z is PDT else 'PST')

def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def b64r(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(al) for _ in range(n))

def ses_id(d):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128)))
    return '0100%012x-%s-000000' % (ms, u)

def fold_b(b, indent='\t', width=70):
    out = []
    while b:
        out.append(b[:width]); b = b[width:]
    return ('\n' + indent).join(out)

def ew(text, charset='UTF-8', enc='B', codec=None, maxlen=72):
    """encoded-words, folded; each word self-contained (iso-2022-jp safe)"""
    codec = codec or charset.lower()
    words, cur = [], ''
    def enc_word(t):
        raw = t.encode(codec)
        if enc == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode())
        q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else ('_' if c == 32 else '=%02X' % c) for c in raw)
        return '=?%s?Q?%s?=' % (charset, q)
    for ch in text:
        if cur and len(enc_word(cur + ch)) > maxlen:
            words.append(enc_word(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur))
    return '\n '.join(words)

def addr(name, a, charset=None, codec=None, enc='B'):
    if name is None:
        return a
    if charset:
        return '%s <%s>' % (ew(name, charset, enc, codec), a)
    if re.search(r'[^A-Za-z0-9 .\-]', name):
        return '"%s" <%s>' % (name, a)
    return '%s <%s>' % (name, a)

def leaf(text, subtype='plain', charset='utf-8', cte='base64', label=None, codec=None,
         quoted_label=True, fmt=None):
    codec = codec or charset
    data = text.encode(codec)
    m = Message()
    lab = label or charset
    ct = 'text/%s; charset=%s' % (subtype, ('"%s"' % lab) if quoted_label else lab)
    if fmt:
        ct += '; format=%s' % fmt
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        p = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        p = data.decode('ascii')
    else:  # 8bit
        p = data.decode('ascii', 'surrogateescape')
    m.set_payload(p)
    return m

def multipart(sub, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    m.set_boundary(b)
    return m

def attachment(name, data, ctype='application/pdf'):
    m = Message()
    m['Content-Type'] = '%s; name="%s"' % (ctype, name)
    m['Content-Disposition'] = 'attachment; filename="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m

def html_wrap(inner, lang='ja', title=''):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title>%s</title>\n</head>\n<body style="font-family:Arial,\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px;color:#16191f;">\n%s\n</body>\n</html>\n') % (lang, title, inner)

def p2html(text):
    """plain text -> simple html paragraphs (keeps > quotes as blockquote)"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % '<br>\n'.join(l.lstrip('> ').replace('&', '&amp;').replace('<', '&lt;') for l in lines))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for l in lines))
    return '\n'.join(out)

# ---------------------------------------------------------------- ids in text
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[ \-_]?(\d{8})(?!\d)')
def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

# ---------------------------------------------------------------- senders
SES_IPS = ['54.240.8.%d' % i for i in (25, 32, 41, 57, 88, 91)] + ['54.240.9.%d' % i for i in (12, 34, 101)] + ['23.251.234.%d' % i for i in (7, 13, 28)]

def aws_sender(d):
    ip = R.choice(SES_IPS)
    host = ('a8-%s' % ip.split('.')[-1]) if ip.startswith('54.240.8') else ('a9-%s' % ip.split('.')[-1]) if ip.startswith('54.240.9') else ('e234-%s' % ip.split('.')[-1])
    sid = ses_id(d)
    return dict(brand=True, from_dom='amazon.com', mailfrom='%s@email.amazonses.com' % sid, mf_dom='email.amazonses.com',
                ip=ip, helo='%s.smtp-out.amazonses.com' % host, msgid='<%s@email.amazonses.com>' % sid,
                dkim=[('amazon.com', 'pass', 'rjs6ycxvosqy3hzfhbfdr5zxcihvrb6a'), ('amazonses.com', 'pass', '224i4yxa5dv7c2xz3womw6peuasteono')],
                spf='pass', dmarc='pass', p='QUARANTINE', ses=True, sid=sid)

def credly_sender(d, dom='credly.com'):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
    mid = '<%s@%s>' % (hx(24), 'credly.com' if dom == 'credly.com' else dom)
    return dict(brand=True, from_dom=dom, mailfrom='bounces+%d-%s=%s@em%d.%s' % (R.randint(1000000, 9999999), hx(4), 'x', R.randint(100, 9999), dom),
                mf_dom='em.%s' % dom, ip=ip, helo='o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), 'sendgrid.net'), msgid=mid,
                dkim=[(dom, 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')], spf='pass', dmarc='pass', p='NONE', ses=False)

def other_sender(from_dom, mf_dom, ip, helo, dkim_d=None, selector='s1', dmarc='pass', spf='pass', brand=False, p='NONE', dkim_res='pass', msgid=None):
    dk = [] if dkim_d is None else [(dkim_d, dkim_res, selector)]
    return dict(brand=brand, from_dom=from_dom, mailfrom='bounce-%s@%s' % (hx(10), mf_dom), mf_dom=mf_dom, ip=ip, helo=helo,
                msgid=msgid or '<%s.%s@%s>' % (hx(16), hx(8), helo.split('.', 1)[-1] if '.' in helo else helo),
                dkim=dk, spf=spf, dmarc=dmarc, p=p, ses=False)

def verified(sender, provider):
    if provider == 'none':
        return None
    if not sender['brand']:
        return False
    if sender['dmarc'] == 'pass':
        return True
    return any(d == sender['from_dom'] and r == 'pass' for d, r, _ in sender['dkim'])

def dkim_sig_lines(s, d, hfields='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    out = []
    for dom, res, sel in s['dkim']:
        if dom == 'sendgrid.info':
            hf = 'from:subject:mime-version:to:content-type:x-feedback-id'
        else:
            hf = hfields
        out.append('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s' % (
            sel, dom, int(d.timestamp()), hf, b64r(43), fold_b(b64r(342) + '=', '\t', 72)))
    return out

# ---------------------------------------------------------------- provider trace blocks (top-down)
def ar_gmail(s, rcpt_d):
    parts = []
    for dom, res, sel in s['dkim']:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64r(8)))
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        s['spf'], s['mailfrom'], 'designates' if s['spf'] == 'pass' else 'does not designate', s['ip'], s['mailfrom']))
    if s['dmarc']:
        dis = 'NONE' if s['dmarc'] == 'pass' else ('QUARANTINE' if s['p'] == 'QUARANTINE' else 'NONE')
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (s['dmarc'], s['p'], s['p'], dis, s['from_dom']))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)

def trace_gmail(s, rcpt, d, extra_ar_below=None):
    rd = d + timedelta(seconds=R.randint(1, 4))
    ar = ar_gmail(s, rd)
    h = ['Delivered-To: %s' % rcpt,
         'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hx(4), hx(3), hx(3), hx(4), hx(4), 'y%dcsp%d%s' % (R.randint(1, 99), R.randint(100000, 9999999), R.choice(['pxf', 'lqb', 'vqo'])), rfc_gmail(rd)),
         'X-Google-Smtp-Source: AGHT+I%s' % b64r(70),
         'X-Received: by 2002:a05:620a:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (hx(4), hx(3), hx(5), hx(14), R.randint(1000, 9999), int(rd.timestamp()) % 100000, rfc_gmail(rd)),
         'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(rd.timestamp()), fold_b(b64r(340) + '==', '        ', 70)),
         'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=date:message-id:mime-version:subject:to:from:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s' % (b64r(43), b64r(43), fold_b(b64r(340) + '==', '        ', 70)),
         'ARC-Authentication-Results: i=1; ' + ar,
         'Return-Path: <%s>' % s['mailfrom'],
         'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             s['helo'], s['helo'], s['ip'], 'af79cd13be357-' + hx(11) + 'si' + str(R.randint(10**8, 10**9)), R.randint(1, 999), rd.strftime('%Y.%m.%d.%H.%M.%S'), rcpt, rfc_gmail(rd)),
         'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
             s['spf'], s['mailfrom'], 'designates' if s['spf'] == 'pass' else 'does not designate', s['ip'], s['ip']),
         'Authentication-Results: ' + ar]
    if extra_ar_below:
        h.append(extra_ar_below)
    return h

def ar_outlook(s):
    dk = ';'.join('dkim=%s (%s) header.d=%s' % (r, 'signature was verified' if r == 'pass' else 'body hash did not verify' if r == 'fail' else 'no signature', dom) for dom, r, _ in s['dkim']) or 'dkim=none (message not signed) header.d=none'
    dm = 'dmarc=%s action=%s header.from=%s' % (s['dmarc'] or 'none', 'none' if s['dmarc'] in ('pass', None, 'none') else 'quarantine', s['from_dom'])
    comp = {'pass': 'compauth=pass reason=100', 'fail': 'compauth=fail reason=000'}.get(s['dmarc'], 'compauth=none reason=405' if not s['brand'] and s['ip'].startswith('10.') else 'compauth=softpass reason=201')
    return 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;%s;%s' % (s['spf'], s['ip'], s['mf_dom'], dk, dm, comp)

def trace_outlook(s, rcpt, d, region='JPNP286', consumer=True, extra_ar_below=None):
    rd = d + timedelta(seconds=R.randint(1, 5))
    box = 'TY%dP286MB%04d.%s.PROD.OUTLOOK.COM' % (R.randint(1, 9), R.randint(1000, 9999), region)
    fe = 'OS%dPEPF%08X.jpnp286.prod.outlook.com' % (R.randint(1, 9), R.randint(0, 2**32 - 1))
    ed = 'TYWPR01CA%04d.jpnprd01.prod.outlook.com' % R.randint(1, 9999)
    h = ['Received: from %s (::1) by\n %s with HTTPS; %s' % (box, box.replace('MB', 'MB0', 1) if False else 'OS%dP286MB%04d.%s.PROD.OUTLOOK.COM' % (R.randint(1, 9), R.randint(1000, 9999), region), rfc(rd + timedelta(seconds=1), UTC)),
         'Received: from %s (2603:1096:400:%x::%x) by\n %s (2603:1096:400:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.25; %s' % (
             ed, R.randint(16, 4095), R.randint(1, 255), box, R.randint(16, 4095), R.randint(1, 255), rfc(rd, UTC)),
         'Received: from %s\n (2603:1096:400:%x:cafe::%x) by %s\n (2603:1096:400:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.25 via Frontend Transport; %s' % (
             fe, R.randint(16, 4095), R.randint(1, 255), ed, R.randint(16, 4095), R.randint(1, 255), rfc(rd, UTC)),
         'Authentication-Results: ' + ar_outlook(s)]
    if extra_ar_below:
        h.append(extra_ar_below)
    h += ['Received-SPF: %s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
              s['spf'].capitalize(), s['mf_dom'], 'designates' if s['spf'] == 'pass' else 'does not designate', s['ip'], s['ip'], s['helo']),
          'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.25 via Frontend Transport; %s' % (
              s['helo'], s['ip'], fe.replace('.jpnp286.prod.outlook.com', '.mail.protection.outlook.com'), R.randint(1, 254), R.randint(1, 254), rfc(rd - timedelta(seconds=1), UTC)),
          'X-MS-Exchange-Organization-ExpirationStartTime: %s' % rd.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)',
          'X-MS-Exchange-Organization-Network-Message-Id: %s' % uuid.UUID(int=R.getrandbits(128)),
          'X-MS-Exchange-Organization-AuthSource: %s' % fe,
          'X-MS-Exchange-Organization-AuthAs: Anonymous',
          'X-MS-Exchange-Organization-SCL: 1',
          'Return-Path: %s' % s['mailfrom']]
    return h

def trace_yahoo(s, rcpt, d, style=1):
    rd = (d + timedelta(seconds=R.randint(1, 6))).astimezone(JST)
    mta = 'mta%d.mail.kks.yahoo.co.jp' % R.randint(1000, 1099)
    dk = [x for x in s['dkim'] if x[0] == s['from_dom']] or s['dkim'][:1]
    if style == 1:
        ar = '%s  from=%s; domainkeys=neutral (no sig) header.from=%s; ' % (mta, s['from_dom'], s['from_addr']) 
        ar += 'dkim=%s (%s) header.i=@%s; ' % (dk[0][1], 'ok' if dk[0][1] == 'pass' else 'NG', dk[0][0]) if dk else 'dkim=none (no sig); '
        ar += 'spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s' % (s['spf'], s['mf_dom'], s['dmarc'] or 'none', s['from_dom'])
    else:
        ar = 'yahoo.co.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (
            s['spf'], s['mf_dom'], dk[0][1] if dk else 'none', dk[0][0] if dk else 'none', s['dmarc'] or 'none', s['from_dom'])
    return ['Return-Path: <%s>' % s['mailfrom'],
            'X-Apparently-To: %s; %s' % (rcpt, rfc(rd, JST)),
            'X-YMailISG: %s' % fold_b(b64r(180).replace('+', '.').replace('/', '_'), ' ', 76),
            'X-Originating-IP: [%s]' % s['ip'],
            'Authentication-Results: ' + ar,
            'Received: from %s (EHLO %s) (%s)\n  by %s with SMTPS; %s' % (s['ip'], s['helo'], s['ip'], mta, rfc(rd, JST)),
            'X-YMail-JAS: %s' % b64r(60).replace('+', '.').replace('/', '_'),
            'X-Spam-Filter-Result: %s' % ('ham' if s['dmarc'] == 'pass' else 'neutral')]

def trace_nifty(s, rcpt, d):
    rd = (d + timedelta(seconds=R.randint(1, 6))).astimezone(JST)
    dk = '; '.join('dkim=%s header.d=%s header.s=%s' % (r, dom, sel) for dom, r, sel in s['dkim'])
    ar = 'nifty.com;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s' % (s['spf'], s['mailfrom'], dk or 'dkim=none', s['dmarc'] or 'none', s['from_dom'])
    return ['Return-Path: <%s>' % s['mailfrom'],
            'Received: from mta-sp-mc%02d.nifty.com by mbox-sp-ms%02d.nifty.com\n          with ESMTP\n          id <%s.%s@mbox-sp-ms%02d.nifty.com>\n          for <%s>; %s' % (
                R.randint(1, 20), R.randint(1, 20), rd.strftime('%Y%m%d%H%M%S'), hx(8).upper(), R.randint(1, 20), rcpt, rfc(rd, JST)),
            'Authentication-Results: ' + ar,
            'Received: from %s ([%s])\n          by mta-sp-fw%02d.nifty.com with ESMTPS\n          id <%s.%s@mta-sp-fw%02d.nifty.com>\n          for <%s>; %s' % (
                s['helo'], s['ip'], R.randint(1, 9), rd.strftime('%Y%m%d%H%M%S'), hx(8).upper(), R.randint(1, 9), rcpt, rfc(rd - timedelta(seconds=1), JST)),
            'X-Nifty-SrcIP: [%s]' % s['ip']]

def trace_biglobe(s, rcpt, d):
    rd = (d + timedelta(seconds=R.randint(1, 6))).astimezone(JST)
    mx = 'mx-bgl-q%02d.biglobe.ne.jp' % R.randint(1, 12)
    dk = ';\n\t'.join('dkim=%s header.d=%s header.s=%s header.b=%s' % (r, dom, sel, b64r(8)) for dom, r, sel in s['dkim'])
    ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s' % (mx, s['spf'], s['mf_dom'], dk or 'dkim=none')
    if s['dmarc']:
        ar += ';\n\tdmarc=%s (p=%s) header.from=%s' % (s['dmarc'], s['p'].lower(), s['from_dom'])
    return ['Return-Path: <%s>' % s['mailfrom'],
            'Received: from %s (%s [10.125.%d.%d]) by mbox-bgl%02d.biglobe.ne.jp\n\t(Postfix) with ESMTP id 4%s for <%s>; %s' % (
                mx, mx, R.randint(1, 254), R.randint(1, 254), R.randint(1, 30), hx(10).upper(), rcpt, rfc(rd, JST)),
            'Authentication-Results: ' + ar,
            'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
                s['helo'], s['helo'], s['ip'], mx, hx(10).upper(), rcpt, rfc(rd - timedelta(seconds=1), JST)),
            'X-Biglobe-Sender: <%s>' % s['mailfrom']]

def trace_corpgw(s, rcpt, d, gw='mx01.hokuto-sys.co.jp', mbox='mbox02.hokuto-sys.co.jp', order=('dkim', 'dmarc', 'spf'), forged_below=None):
    rd = (d + timedelta(seconds=R.randint(1, 6))).astimezone(JST)
    ars = {}
    dkp = [x for x in s['dkim'] if x[1] != 'none']
    ars['dkim'] = '%s;\n\t%s' % (gw, ';\n\t'.join('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (r, dom, dom, b64r(8)) for dom, r, _ in dkp) if dkp else 'dkim=none')
    ars['dmarc'] = '%s; dmarc=%s (p=%s dis=%s) header.from=%s' % (gw, s['dmarc'] or 'none', s['p'].lower(), 'none' if s['dmarc'] == 'pass' else s['p'].lower(), s['from_dom'])
    ars['spf'] = '%s; spf=%s smtp.mailfrom=%s' % (gw, s['spf'], s['mf_dom'])
    h = ['Return-Path: <%s>' % s['mailfrom'],
         'Received: from %s (%s [203.0.113.25])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (gw, gw, mbox, b64r(10).replace('+', 'x').replace('/', 'y'), rcpt, rfc(rd + timedelta(seconds=1), JST, 'JST'))]
    for k in order:
        h.append('Authentication-Results: ' + ars[k])
    h.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
        s['helo'], s['helo'], s['ip'], gw, b64r(10).replace('+', 'x').replace('/', 'y'), rcpt, rfc(rd, JST, 'JST')))
    if forged_below:
        h.append(forged_below)
    return h

def trace_none(s, rcpt, d, host='exch01.sakura-kogyo.local'):
    rd = (d + timedelta(seconds=R.randint(1, 9))).astimezone(JST)
    return ['Received: from edge01.sakura-kogyo.co.jp (192.168.10.21) by %s\n (192.168.10.31) with Microsoft SMTP Server (TLS) id 15.1.2507.39; %s' % (host, rfc(rd, JST)),
            'Received: from %s (%s [%s])\n\tby edge01.sakura-kogyo.co.jp with ESMTPS id %s\n\tfor <%s>; %s' % (s['helo'], s['helo'], s['ip'], hx(12).upper(), rcpt, rfc(rd - timedelta(seconds=2), JST))]

TRACES = dict(gmail=trace_gmail, outlook=trace_outlook, yahoo=trace_yahoo, nifty=trace_nifty,
              biglobe=trace_biglobe, corpgw=trace_corpgw, none=trace_none)

# ---------------------------------------------------------------- assemble
def add(fn, kind, *, provider, sender, frm, to, subject, date, body, case_id=None, new_text=None,
        language='ja', ids=None, cc=None, extra=None, trace_kw=None, linesep='\n', reply_to=None,
        in_reply_to=None, msgid=None, sign=True, xmailer=None, pre_headers=None):
    """body: a Message (leaf or multipart). new_text: the NEW (non-quoted) text used for ids."""
    sender['from_addr'] = re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm
    h = list(pre_headers or [])
    h += TRACES[provider](sender, re.search(r'[\w.+\-]+@[\w.\-]+', to).group(0), date, **(trace_kw or {}))
    if sign:
        h += dkim_sig_lines(sender, date)
    h.append('From: %s' % frm)
    if reply_to:
        h.append('Reply-To: %s' % reply_to)
    h.append('To: %s' % to)
    if cc:
        h.append('Cc: %s' % cc)
    h.append('Subject: %s' % subject)
    h.append('Date: %s' % rfc(date, date.tzinfo if date.tzinfo else UTC))
    h.append('Message-ID: %s' % (msgid or sender['msgid']))
    if in_reply_to:
        h.append('In-Reply-To: %s' % in_reply_to)
        h.append('References: %s' % in_reply_to)
    if xmailer:
        h.append('X-Mailer: %s' % xmailer)
    if sender.get('ses'):
        h.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64r(43).replace('/', 'x'))
        h.append('X-SES-Outgoing: %s-%s' % (date.astimezone(UTC).strftime('%Y.%m.%d'), sender['ip']))
    for e in (extra or []):
        h.append(e)
    body['MIME-Version'] = '1.0'
    # move MIME-Version first among body headers
    mv = body['MIME-Version']; del body['MIME-Version']
    items = body._headers[:]
    body._headers = [('MIME-Version', mv)] + items
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=_policy.compat32.clone(linesep='\n', max_line_length=0)).flatten(body)
    raw = ('\n'.join(h) + '\n').encode('ascii') + bio.getvalue()
    if linesep != '\n':
        raw = raw.replace(b'\n', linesep.encode())
    if ids is None:
        ids = ids_in(new_text or '')
    label = dict(kind=kind, case_id=case_id, account_ids=sorted(set(ids)),
                 sender_verified=verified(sender, provider), language=language)
    MAILS.append((fn, raw, label, new_text))

# ---------------------------------------------------------------- quoting helpers
def q(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre + l).rstrip() if l else pre.rstrip() for l in text.strip('\n').split('\n'))

# ---------------------------------------------------------------- common AWS texts
def aws_from_form():
    return '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
def aws_from_console():
    return '"Amazon Web Services" <no-reply-aws@amazon.com>'

# ================================================================= MAILS
# ---------------------------------------------------------------- thread A: Gmail, form case, keigo
A_OPEN = dt('2025-05-27 23:01:48')
A = case15(A_OPEN, '00791')
A_USER = addr('佐藤 健一', 'k.sato1987@gmail.com', 'UTF-8')
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

FORM_FOOTER_JA = ('本メッセージに関するご意見・ご感想をお聞かせください。下記リンクより本対応の評価をお願いいたします。\n'
                  'https://support.aws.amazon.com/#/contacts/one-support?displayId=%s&language=ja\n\n'
                  'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n'
                  'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')

# 001 ack
d = A_OPEN + timedelta(seconds=4)
s = aws_sender(d)
new = '''佐藤 健一 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。本メールはシステムより自動的に送信されております。

  ケース ID      : %s
  お問い合わせ種別 : 認定 (Certification)
  詳細           : アカウントの統合 (Account Merge)
  AWS 認定候補者 ID : AWS01938475
  受付日時       : 2025年5月28日 08:01 (日本時間)

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じご依頼について新しいケースを作成されますと、お手続きが遅れる場合がございます。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
''' % A
html = html_wrap('<div style="max-width:640px">' + p2html(new) + '<hr><p style="font-size:11px;color:#687078">' + p2html(FORM_FOOTER_JA % A) + '</p></div>')
body = multipart('alternative', [leaf(new + '\n--\n' + FORM_FOOTER_JA % A, 'plain', 'UTF-8', 'base64'), leaf(html, 'html', 'UTF-8', 'base64')])
add('001-ja-form-ack-gmail.eml', 'case_created', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject='[CASE %s] %s' % (A, A_SUBJ), date=d, body=body, case_id=A, new_text=new, language='ja')

# 002 confirmation request, keigo
d = dt('2025-05-28 09:12:33')
s = aws_sender(d)
new = '''佐藤 健一 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの松本でございます。

このたびは認定アカウントの統合についてご連絡いただき、ありがとうございます。
お客様のご登録情報を確認いたしましたところ、下記 2 件のアカウントを確認いたしました。

  ■ 統合元（統合後に閉鎖されるアカウント）
     AWS 認定候補者 ID : AWS01938475
     登録メールアドレス : k.sato@****-tech.co.jp

  ■ 統合先（統合後も引き続きご利用いただくアカウント）
     AWS 認定候補者 ID : AWS03857261
     登録メールアドレス : k.sato1987@gmail.com

統合元アカウントで取得された認定資格、受験履歴および特典（再受験割引バウチャー等）は、
すべて統合先アカウントへ引き継がれます。
なお、本手続きは一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、お手数ではございますが、本メールへのご返信にて
統合をご承諾いただける旨をお知らせいただけますでしょうか。
ご返信を確認でき次第、お手続きを開始させていただきます。

何卒よろしくお願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
'''
hist = '''
-------- お問い合わせ内容 (2025/05/28 08:01 JST) --------
氏名: 佐藤 健一
メールアドレス: k.sato1987@gmail.com
AWS 認定候補者 ID: AWS01938475
お問い合わせ内容:
転職に伴い、以前の会社のメールアドレスで作成した認定アカウント(AWS01938475)と、
個人のアカウント(AWS03857261)が二重になっています。個人の方にまとめていただけますか。
'''
text = new + '\n' + FORM_FOOTER_JA % A + '\n' + hist
html = html_wrap(p2html(new) + '<p style="color:#687078;font-size:12px">' + p2html(FORM_FOOTER_JA % A) + '</p><div style="border-top:1px solid #ccc">' + p2html(hist) + '</div>')
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html, 'html', 'UTF-8', 'quoted-printable')])
add('002-ja-keigo-merge-confirm-request.eml', 'merge_confirmation_requested', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject='RE:[CASE %s] %s' % (A, A_SUBJ), date=d, body=body, case_id=A, new_text=new, language='ja')

# 003 thanks for confirming, will proceed (support_reply)
d = dt('2025-05-29 00:40:09')
s = aws_sender(d)
new = '''佐藤 健一 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。
ご返信いただき、誠にありがとうございます。

統合についてご承諾いただいたことを確認いたしました。
これより担当部署にてお手続きを進めてまいります。処理には通常 1〜3 営業日ほど頂戴しております。
作業が終わりましたら、改めて本ケースにてご連絡を差し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサポート
'''
hist = '''
-------- 佐藤 健一 様からのメッセージ (2025/05/28 21:14 JST) --------
松本様

ご連絡ありがとうございます。
記載いただいた内容で間違いありません。統合を進めてください。
よろしくお願いいたします。

佐藤

2025年5月28日(水) 18:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 佐藤 健一 様
>
> いつも AWS 認定をご利用いただき、誠にありがとうございます。
>
>   ■ 統合元（統合後に閉鎖されるアカウント）
>      AWS 認定候補者 ID : AWS01938475
>   ■ 統合先（統合後も引き続きご利用いただくアカウント）
>      AWS 認定候補者 ID : AWS03857261
>
> 上記の内容にお間違いがなければ、お手数ではございますが、本メールへのご返信にて
> 統合をご承諾いただける旨をお知らせいただけますでしょうか。
'''
text = new + '\n' + FORM_FOOTER_JA % A + '\n' + hist
html = html_wrap(p2html(new) + '<p style="color:#687078;font-size:12px">' + p2html(FORM_FOOTER_JA % A) + '</p>' + p2html(hist))
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'base64'), leaf(html, 'html', 'UTF-8', 'base64')])
add('003-ja-thanks-will-proceed.eml', 'support_reply', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject='RE:[CASE %s] %s' % (A, A_SUBJ), date=d, body=body, case_id=A, new_text=new, language='ja')

# 004 completion, keigo, unusual wording (一本化/反映)
d = dt('2025-05-30 03:05:51')
s = aws_sender(d)
new = '''佐藤 健一 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。
大変お待たせいたしました。

ご依頼いただいておりました認定アカウントの一本化につきまして、本日お手続きがすべて済みましたので、ご報告申し上げます。
これまで AWS01938475 に紐づいていた認定資格および受験履歴は、現在 AWS03857261 にてご確認いただけます。
旧アカウント（AWS01938475）へはサインインできなくなっておりますので、今後は AWS03857261 をご利用くださいませ。

お手数ですが、AWS Certification アカウントにサインインのうえ、以下の点をご確認いただけますと幸いです。
  ・認定資格の一覧に、統合元で取得された資格が表示されていること
  ・50% 割引バウチャー等の特典が表示されていること
Credly のデジタルバッジにつきましては、反映まで最大 48 時間ほどかかる場合がございます。

その他ご不明な点がございましたら、本メールにご返信ください。
今後とも AWS 認定をよろしくお願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサポート
'''
text = new + '\n' + FORM_FOOTER_JA % A
html = html_wrap(p2html(new) + '<p style="color:#687078;font-size:12px">' + p2html(FORM_FOOTER_JA % A) + '</p>')
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html, 'html', 'UTF-8', 'quoted-printable')])
add('004-ja-keigo-merge-done-ippon-ka.eml', 'merge_completed', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject='RE:[CASE %s] %s' % (A, A_SUBJ), date=d, body=body, case_id=A, new_text=new, language='ja')

# 005 closure + rating (HTML only)
d = dt('2025-05-30 03:07:02')
s = aws_sender(d)
new = '''佐藤 健一 様

お問い合わせいただいたケース %s は解決済みとしてクローズされました。

このたびのサポートはいかがでしたか？
お客様の問題は解決しましたか？

  [ はい ]   [ いいえ ]

担当者の対応について、1 (不満) から 5 (満足) の 5 段階でご評価ください。
いただいたご意見は、今後のサービス向上のために活用させていただきます。

※ ケースを再度開く必要がある場合は、クローズから 14 日以内に本メールへご返信ください。

AWS トレーニングと認定
''' % A
inner = '''<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:auto">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="24"></td></tr>
<tr><td style="padding:24px">
<p>佐藤 健一 様</p>
<p>お問い合わせいただいたケース <b>%s</b> は解決済みとしてクローズされました。</p>
<p>このたびのサポートはいかがでしたか？<br>お客様の問題は解決しましたか？</p>
<p><a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=no" style="background:#eaeded;color:#000;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応について、1 (不満) から 5 (満足) の 5 段階でご評価ください。<br>
<a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=1">1</a> | <a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=2">2</a> | <a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=3">3</a> | <a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=4">4</a> | <a href="https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&amp;r=5">5</a></p>
<p>いただいたご意見は、今後のサービス向上のために活用させていただきます。</p>
<p style="font-size:12px;color:#687078">※ ケースを再度開く必要がある場合は、クローズから 14 日以内に本メールへご返信ください。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table>''' % ((A,) * 8)
body = leaf(html_wrap(inner), 'html', 'UTF-8', 'base64')
add('005-ja-closed-survey-html-only.eml', 'survey', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject=ew('ケース %s はクローズされました - ご意見をお聞かせください' % A, 'UTF-8', 'B'), date=d, body=body, case_id=A, new_text=new, language='ja')

# 006 Credly badge after merge (English, genuine)
d = dt('2025-05-30 07:48:19')
s = credly_sender(d)
new = '''Amazon Web Services Training and Certification has issued you a badge

Hi Kenichi,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your professional network and let employers know what you can do.

Accept your badge: https://www.credly.com/badges/3f1c9a7e-52d4-4b8e-9f3a-0c7de1a2b6f4?source=email-accept

Once you accept, you can share your badge on LinkedIn, X and Facebook, add it to your email signature, or embed it on your personal website.

Questions? Visit our support center: https://support.credly.com

Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017
You are receiving this email because Amazon Web Services Training and Certification issued a badge to k.sato1987@gmail.com.
Unsubscribe from badge notifications: https://www.credly.com/notification_preferences
'''
inner = '''<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 0;text-align:center"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Amazon Web Services Training and Certification has issued you a badge</h1>
<p>Hi Kenichi,</p><p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt=""><br><b>AWS Certified Solutions Architect - Associate</b></p>
<p>Accept your badge to share it with your professional network and let employers know what you can do.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/3f1c9a7e-52d4-4b8e-9f3a-0c7de1a2b6f4?source=email-accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017<br>You are receiving this email because Amazon Web Services Training and Certification issued a badge to k.sato1987@gmail.com.
<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></p></td></tr></table>'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(inner, 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('006-en-credly-badge-issued-after-merge.eml', 'credly_badge_issued', provider='gmail', sender=s,
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to='k.sato1987@gmail.com',
    subject='Amazon Web Services Training and Certification has issued you a badge', date=d, body=body, case_id=None, new_text=new, language='en',
    extra=['X-Feedback-ID: credly:badge_issued:%d' % R.randint(10**6, 10**7)])

# ---------------------------------------------------------------- thread B: Yahoo! JAPAN, console case, machine-translated Japanese
B_OPEN = dt('2025-03-10 05:14:33')
B = case15(B_OPEN, '01342')
B_USER = addr('田中 美穂', 'miho_tanaka@yahoo.co.jp', 'ISO-2022-JP', 'iso2022_jp')
B_CSUBJ = '認定アカウントの統合のお願い'
CONSOLE_FOOT_JA = ('ケースの詳細を確認したり、返信したりするには、AWS サポートセンターにアクセスしてください:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                   '*このメールアドレスは返信を受け付けることができません。返信するには、上記のリンクからサポートセンターをご利用ください。*\n\n'
                   'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。')

# 007 console ack, machine-translated
d = B_OPEN + timedelta(seconds=6)
s = aws_sender(d)
new = '''Amazon Web Services へのお問い合わせいただきありがとうございます。私たちはあなたの問題に対処するためにケース %s を開きました。

あなたのケースの詳細は以下の通りです：

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
通信: 資格のアカウントが2つあります。ひとつにしたいです。

私たちは、あなたのケースについてできるだけ早く返答します。
''' % (B, B, B_CSUBJ)
text = new + '\n' + CONSOLE_FOOT_JA % B
html = html_wrap(p2html(text))
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html, 'html', 'UTF-8', 'quoted-printable')])
add('007-ja-console-case-opened-yahoo-mt.eml', 'case_created', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject='Amazon Web Services: ' + ew('新しいサポートケースを開きました: %s' % B, 'UTF-8', 'Q'), date=d, body=body, case_id=B, new_text=new, language='ja')

# 008 which account to keep? (support_reply, machine-translated)
d = dt('2025-03-11 02:37:10')
s = aws_sender(d)
new = '''こんにちは、美穂さん、

AWS トレーニングと認定に連絡していただきありがとうございます。私の名前はアルジュンで、今日あなたを助けます。

私はあなたのメールアドレスに関連する2つの認定アカウントを見つけました：
- AWS02264719（miho_tanaka@yahoo.co.jp）
- AWS04471183（m.tanaka@hinode-net.co.jp）

先に進む前に、以下の情報を提供してください：
1. どちらのアカウントを保持したいですか？（残りのアカウントは無効になります）
2. それぞれのアカウントにサインインするために使用するメールアドレス
3. 統合の理由（例：退職、メールアドレスの変更など）

あなたの返信を受け取った後、私たちは次のステップを進めます。

よろしくお願いします、
Arjun K.
Amazon Web Services
'''
text = new + '\n' + '私たちはあなたのフィードバックを大切にしています。このやり取りを評価するには、以下のリンクをクリックしてください。\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n' % B + CONSOLE_FOOT_JA % B
body = leaf(text, 'plain', 'UTF-8', 'base64')
add('008-ja-mt-which-account-to-keep.eml', 'support_reply', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject='RE:[CASE %s] ' % B + ew(B_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=B, new_text=new, language='ja', trace_kw=dict(style=2))

# 009 confirmation request, machine-translated, "マージ"
d = dt('2025-03-12 06:02:44')
s = aws_sender(d)
new = '''こんにちは、美穂さん、

情報を提供していただきありがとうございます。

あなたの要求に基づいて、次のマージを行う準備ができています：

  ソースアカウント（マージされる、その後閉鎖）: AWS-04471183
  ターゲットアカウント（保持される）: AWS-02264719

マージの後、すべての認定、試験の歴史と利点はターゲットアカウントに移動されます。
このアクションは元に戻すことはできませんのでご注意ください。

上記の詳細が正しいことを確認するために、このケースに返信してください。あなたの確認なしで、私たちはマージを進めることはできません。

よろしくお願いします、
Arjun K.
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_JA % B
html = html_wrap('<div>' + p2html(new) + '</div><hr><div style="font-size:11px;color:#666">' + p2html(CONSOLE_FOOT_JA % B) + '</div>')
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'base64'), leaf(html, 'html', 'UTF-8', 'base64')])
add('009-ja-mt-please-confirm-merge.eml', 'merge_confirmation_requested', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject='RE:[CASE %s] ' % B + ew(B_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=B, new_text=new, language='ja')

# 010 completion, machine-translated
d = dt('2025-03-13 23:51:06')
s = aws_sender(d)
new = '''こんにちは、美穂さん、

ご確認いただきありがとうございました。

マージは正常に成功しました。あなたのアカウントは今結合されています。これからは AWS02264719 だけを使ってサインインしてください。AWS04471183 はもう使用できません。

あなたの Credly バッジは数日以内に新しいアカウントに表示されるはずです。もしそれらが表示されない場合は、このケースに返信してお知らせください。

他に何か私が助けることができることがあれば、お気軽にお問い合わせください。

よろしくお願いします、
Arjun K.
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_JA % B
body = leaf(text, 'plain', 'UTF-8', 'quoted-printable')
add('010-ja-mt-merge-succeeded.eml', 'merge_completed', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject='RE:[CASE %s] ' % B + ew(B_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=B, new_text=new, language='ja')

# 011 rating request (survey), HTML + plain
d = dt('2025-03-14 00:05:29')
s = aws_sender(d)
new = '''お客様のケース %s は解決済みとなりました。

AWS サポートをご利用いただきありがとうございます。
今回のサポート体験について、簡単なアンケートにご協力ください（所要時間：約 1 分）。

問題は解決しましたか？ はい / いいえ
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

ケースが解決していない場合は、サポートセンターからケースを再オープンできます。
''' % (B, B)
inner = '<table style="max-width:600px"><tr><td>' + p2html(new) + '<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=yes">はい</a> ｜ <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=no">いいえ</a></p></td></tr></table>' % (B, B)
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(inner), 'html', 'UTF-8', 'base64')])
add('011-ja-console-resolved-questionnaire.eml', 'survey', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject=ew('[Case %s] ケースが解決されました - アンケートのお願い' % B, 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body, case_id=B, new_text=new, language='ja')

# 012 Credly, Japanese-localised badge mail
d = dt('2025-03-15 10:20:41')
s = credly_sender(d)
new = '''Amazon Web Services Training and Certification からバッジが発行されました

田中 美穂 さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Cloud Practitioner
  AWS Certified AI Practitioner

バッジを受け取って、あなたのスキルをネットワークで共有しましょう。

バッジを受け取る: https://www.credly.com/earner/earned/badge/9b2e4c71-0a3f-4d55-8e6b-71f2c0d9a833?locale=ja

ご不明な点は Credly サポートセンターをご覧ください: https://support.credly.com
Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017
'''
inner = '<div style="max-width:600px;margin:auto;font-family:sans-serif"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">' + p2html(new).replace('バッジを受け取る: ', '<a style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none" href="https://www.credly.com/earner/earned/badge/9b2e4c71-0a3f-4d55-8e6b-71f2c0d9a833?locale=ja">バッジを受け取る</a> ') + '</div>'
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(inner), 'html', 'UTF-8', 'base64')])
add('012-ja-credly-badges-issued-localised.eml', 'credly_badge_issued', provider='yahoo', sender=s,
    frm=ew('Amazon Web Services Training and Certification (Credly経由)', 'UTF-8', 'B') + ' <admin@credly.com>', to='miho_tanaka@yahoo.co.jp',
    subject=ew('Amazon Web Services Training and Certification からバッジが発行されました', 'UTF-8', 'B'), date=d, body=body, case_id=None, new_text=new, language='ja')

# ---------------------------------------------------------------- thread C: Microsoft 365 corporate, 11-digit console case, non-native English agent
C = '12903846571'
C_USER = 'Takuya Watanabe <takuya.watanabe@kaiho-soft.co.jp>'
C_CSUBJ = 'Merge two AWS Certification accounts'
CONSOLE_FOOT_EN = ('To see the details of this case or to respond, please visit the AWS Support Center:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                   '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above.*\n\n'
                   'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.')
C_TRACE = dict(region='JPNP286', consumer=False)

# 013 console ack (en)
d = dt('2023-08-21 02:10:17')
s = aws_sender(d)
new = '''Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts. AWS01476630 was made with my private e-mail in 2019 and AWS00582913 was made by my company for the SAA exam. Please merge them into one, the company one should remain.

We will respond to your case as soon as possible.
''' % (C, C, C_CSUBJ)
text = new + '\n' + CONSOLE_FOOT_EN % C
html = html_wrap('<table width="600"><tr><td>' + p2html(text) + '</td></tr></table>', 'en')
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', '7bit'), leaf(html, 'html', 'UTF-8', 'quoted-printable')])
add('013-en-console-case-opened-m365.eml', 'case_created', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='Amazon Web Services: You have opened a new Support case: %s' % C, date=d, body=body, case_id=C, new_text=new, language='en', trace_kw=C_TRACE, linesep='\r\n')

# 014 asks for login e-mails (support_reply), non-native English
d = dt('2023-08-22 09:44:52')
s = aws_sender(d)
new = '''Hello Takuya,

Greetings from AWS Training and Certification!

This is Kavya and I will be assisting you on this case.

I understood that you would like to combine your two certification profiles. In order to proceed further, kindly help us with the below information so that we can able to validate the ownership of both the accounts:

1. The email address which you are using to login to each of the account.
2. Your full name as it is appearing on the account profile.
3. If any exam is scheduled currently in any of the account, please let us know the date.

Once we receive the requested details, we will be happy to assist you further.

Have a great day ahead!

Best regards,
Kavya R.
Amazon Web Services
'''
text = new + '\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n' + CONSOLE_FOOT_EN % C
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('014-en-nonnative-asks-login-emails.eml', 'support_reply', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='RE:[CASE %s] %s' % (C, C_CSUBJ), date=d, body=body, case_id=C, new_text=new, language='en', trace_kw=C_TRACE)

# 015 confirmation request (en, "consolidate")
d = dt('2023-08-24 05:19:30')
s = aws_sender(d)
new = '''Hello Takuya,

Thank you for sharing the requested details.

As per the information provided, please find below the accounts which will be consolidated:

Account to be retained : AWS00582913 (takuya.watanabe@kaiho-soft.co.jp)
Account to be closed    : AWS01476630 (takuya.w.0719@gmail.com)

Post consolidation, all the certifications, exam history and benefits of AWS01476630 will be moved to AWS00582913 and the account AWS01476630 will be deactivated. Please be informed that once the accounts are consolidated, it cannot be reverted back.

Kindly revert back to this case confirming the above details are correct, so that we can go ahead and raise the request to our internal team.

Best regards,
Kavya R.
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_EN % C
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('015-en-nonnative-confirm-consolidation.eml', 'merge_confirmation_requested', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='RE:[CASE %s] %s' % (C, C_CSUBJ), date=d, body=body, case_id=C, new_text=new, language='en', trace_kw=C_TRACE)

# 016 completion (en, non-native, "consolidated successfully")
d = dt('2023-08-28 11:02:13')
s = aws_sender(d)
new = '''Hello Takuya,

Hope you are doing well.

I am glad to inform you that our internal team has consolidated both of your accounts successfully. Now all your certifications are reflecting under the account AWS00582913 and you can login with takuya.watanabe@kaiho-soft.co.jp.

Your Credly badges will also get transferred within 24-48 hours. If you do not see them after that, please reply to this case.

Best regards,
Kavya R.
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_EN % C
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('016-en-nonnative-consolidated-successfully.eml', 'merge_completed', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='RE:[CASE %s] %s' % (C, C_CSUBJ), date=d, body=body, case_id=C, new_text=new, language='en', trace_kw=C_TRACE)

# 017 closure/survey (en)
d = dt('2023-09-04 11:15:40')
s = aws_sender(d)
new = '''Hello,

We haven't heard back from you regarding case %s, so we have marked it as resolved. If you still need help, you can reopen the case from the AWS Support Center within 14 days.

How did we do? Please take a moment to tell us about your support experience.

Was your issue resolved?
  YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Thank you for using Amazon Web Services.
''' % (C, C, C)
text = new + '\n' + CONSOLE_FOOT_EN % C
body = multipart('alternative', [leaf(text, 'plain', 'us-ascii', '7bit'), leaf(html_wrap(p2html(text), 'en'), 'html', 'us-ascii', '7bit')])
add('017-en-case-resolved-rate-us.eml', 'survey', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='Amazon Web Services Support: Case %s has been resolved' % C, date=d, body=body, case_id=C, new_text=new, language='en', trace_kw=C_TRACE)

# 018 Credly: badges moved after the merge (en)
d = dt('2023-08-29 16:31:08')
s = credly_sender(d)
new = '''You have new badges waiting for you

Hi Takuya,

Amazon Web Services Training and Certification has added 2 badges to your Credly account following an update to your AWS Certification profile:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

These badges were previously held under a different email address. Accept them now to keep showcasing your verified skills.

View and accept your badges: https://www.credly.com/users/takuya-watanabe.4c1e2a/badges?source=email-pending

Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('018-en-credly-badges-moved-after-merge.eml', 'credly_badge_issued', provider='outlook', sender=s,
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to='takuya.watanabe@kaiho-soft.co.jp',
    subject='You have 2 new badges from Amazon Web Services Training and Certification', date=d, body=body, case_id=None, new_text=new, language='en', trace_kw=C_TRACE)

# ---------------------------------------------------------------- thread I: nifty, 11-digit form case (2022), "名寄せ"
I = '11480273916'
I_USER = addr('鈴木 大輔', 'd-suzuki@nifty.com', 'ISO-2022-JP', 'iso2022_jp')
I_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# 019 form ack in English for a Japanese user
d = dt('2022-10-03 13:26:02')
s = aws_sender(d)
new = '''Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that we have received your request and created case %s. A member of our team will review your inquiry and respond within 24 hours (1 business day).

Please do not submit a new case for the same request, as this may delay our response. If you need to add information, simply reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
''' % I
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', '7bit'), leaf(html_wrap(p2html(new), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('019-en-form-ack-nifty.eml', 'case_created', provider='nifty', sender=s, frm=aws_from_form(), to='d-suzuki@nifty.com',
    subject='[CASE %s] %s' % (I, I_SUBJ), date=d, body=body, case_id=I, new_text=new, language='en')

# 020 confirmation request, plain Japanese, "名寄せ"
d = dt('2022-10-04 07:58:30')
s = aws_sender(d)
new = '''鈴木 大輔 様

AWS トレーニングと認定 サポート担当の小川です。
お問い合わせありがとうございます。

ご依頼の認定アカウントの名寄せについて、作業前に以下の内容をご確認ください。

  残すアカウント : AWS02750018（d-suzuki@nifty.com）
  まとめるアカウント : AWS00295581（daisuke.suzuki@old-mail.example.jp）

AWS00295581 の認定・試験履歴は AWS02750018 に移り、AWS00295581 は使えなくなります。
一度名寄せすると取り消しはできません。

問題なければ、このメールに「上記で進めてください」とご返信ください。
内容が違う場合は、正しいアカウントをお知らせください。

小川
AWS トレーニングと認定
'''
hist = '''
-----Original Message-----
From: d-suzuki@nifty.com
Sent: 2022/10/03 22:25 JST
Subject: account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS02750018
Description: 昔のアカウント(AWS00295581)とアカウントが2つあるので、1つにしてください。
'''
text = new + hist
body = multipart('alternative', [leaf(text, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp'), leaf(html_wrap(p2html(new) + '<hr>' + p2html(hist)), 'html', 'UTF-8', 'quoted-printable')])
add('020-ja-plain-nayose-confirm-request.eml', 'merge_confirmation_requested', provider='nifty', sender=s, frm=aws_from_form(), to=I_USER,
    subject='RE:[CASE %s] %s' % (I, I_SUBJ), date=d, body=body, case_id=I, new_text=new, language='ja')

# 021 status update: in progress, "once done we will contact you" (support_reply)
d = dt('2022-10-06 02:12:55')
s = aws_sender(d)
new = '''鈴木 大輔 様

小川です。ご返信ありがとうございます。

現在、担当チームにて名寄せの作業中です。
混み合っているため、もうしばらくお時間をいただいております。
作業が終わり次第、このケースで改めてお知らせしますので、お待ちください。

なお、作業中は AWS02750018 にて新しい試験の予約をされないようお願いします。

小川
AWS トレーニングと認定
'''
hist = '''
-----Original Message-----
From: 鈴木 大輔 <d-suzuki@nifty.com>
Sent: Tuesday, October 4, 2022 9:31 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] %s

小川様

お世話になっております。鈴木です。
上記で進めてください。よろしくお願いします。

> 残すアカウント : AWS02750018（d-suzuki@nifty.com）
> まとめるアカウント : AWS00295581（daisuke.suzuki@old-mail.example.jp）
''' % (I, I_SUBJ)
text = new + hist
body = leaf(text, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('021-ja-plain-in-progress-status.eml', 'support_reply', provider='nifty', sender=s, frm=aws_from_form(), to=I_USER,
    subject='RE:[CASE %s] %s' % (I, I_SUBJ), date=d, body=body, case_id=I, new_text=new, language='ja')

# 022 completion, "名寄せ処理が終わりました"
d = dt('2022-10-07 08:40:18')
s = aws_sender(d)
new = '''鈴木 大輔 様

小川です。お待たせしました。

名寄せの処理が終わりました。
今後は AWS02750018 でサインインしてください。これまでの認定と試験履歴はすべてこちらで見られます。

認定の有効期限やバウチャーに変更はありません。
ほかに気になる点があれば、このメールに返信してください。

小川
AWS トレーニングと認定
'''
body = multipart('alternative', [leaf(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp'), leaf(html_wrap(p2html(new)), 'html', 'ISO-2022-JP', '7bit', codec='iso2022_jp')])
add('022-ja-plain-nayose-finished.eml', 'merge_completed', provider='nifty', sender=s, frm=aws_from_form(), to=I_USER,
    subject='RE:[CASE %s] %s' % (I, I_SUBJ), date=d, body=body, case_id=I, new_text=new, language='ja')

# 023 closure notice with survey (ja)
d = dt('2022-10-14 08:41:00')
s = aws_sender(d)
new = '''鈴木 大輔 様

ケース %s について、最後のご連絡から 7 日間ご返信がなかったため、本ケースをクローズいたしました。
引き続きサポートが必要な場合は、このメールにご返信いただければケースが再開されます。

よろしければ、今回の対応についてのアンケートにご協力ください。
  問題は解決しましたか？  はい: https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&r=yes
                          いいえ: https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&r=no

AWS トレーニングと認定
''' % (I, I, I)
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('023-ja-auto-close-no-reply-survey.eml', 'survey', provider='nifty', sender=s, frm=aws_from_form(), to=I_USER,
    subject=ew('[CASE %s] ケースクローズのお知らせ' % I, 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body, case_id=I, new_text=new, language='ja')

# ---------------------------------------------------------------- thread D: corporate on-prem Exchange (no Authentication-Results), 10-digit case 2020
D = '7102938475'
D_USER = addr('中村 陽介', 'y-nakamura@sakura-kogyo.co.jp', 'ISO-2022-JP', 'iso2022_jp')

# 024 ack 2020, ISO-2022-JP
d = dt('2020-06-15 04:02:19')
s = aws_sender(d)
new = '''中村 陽介 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせを受け付けました（ケース番号: %s）。

内容を確認のうえ、担当者より 1 営業日以内にご連絡いたします。
このメールに返信いただくと、同じケースに追記されます。

ご入力いただいた内容:
  お問い合わせの種類: 認定アカウント
  AWS 認定 ID: AWS00877102
  メールアドレス: y-nakamura@sakura-kogyo.co.jp

AWS トレーニングと認定 カスタマーサポート
''' % D
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('024-ja-2020-form-ack-iso2022jp-noauth.eml', 'case_created', provider='none', sender=s, frm=aws_from_form(), to=D_USER,
    subject='[CASE %s] ' % D + ew('AWS Training and Certification お問い合わせ受付のお知らせ', 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body,
    case_id=D, new_text=new, language='ja')

# 025 completion 2020, "結合", quoted Outlook-JP history
d = dt('2020-06-18 06:30:44')
s = aws_sender(d)
new = '''中村 陽介 様

AWS トレーニングと認定の西田でございます。
ご回答いただき、ありがとうございました。

ご指示のとおり、AWS00120346 を AWS00877102 へ結合いたしました。
結合後の認定情報は、AWS00877102 のアカウントにてご確認いただけます。
旧アカウントの認定番号も、引き続き同じ番号で検証が可能です。

ご不明な点がございましたら、お気軽にお問い合わせください。

西田
AWS トレーニングと認定 カスタマーサポート
'''
hist = '''
差出人: 中村 陽介 <y-nakamura@sakura-kogyo.co.jp>
送信日時: 2020年6月17日 10:05
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: [CASE %s] アカウント結合のご確認

西田様

お世話になっております。さくら工業の中村です。
ご確認ありがとうございます。記載の内容で相違ございません。
AWS00120346 を AWS00877102 に結合してください。

宜しくお願い致します。
''' % D
body = leaf(new + hist, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('025-ja-2020-accounts-joined-noauth.eml', 'merge_completed', provider='none', sender=s, frm=aws_from_form(), to=D_USER,
    subject='RE:[CASE %s] ' % D + ew('アカウント結合のご確認', 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body,
    case_id=D, new_text=new, language='ja')

# 026 Acclaim (Credly) 2020 badge mail, no Authentication-Results
d = dt('2020-06-19 15:12:09')
s = credly_sender(d, 'youracclaim.com')
new = '''Congratulations, Yosuke!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified SysOps Administrator - Associate

Accept your badge and share your achievement with your network.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/6d0b2f8e-7c19-4a3e-b5d1-2e9c80f4a715

Acclaim is a product of Credly, Inc.
Credly, Inc. | 250 Park Ave South, 5th Floor | New York, NY 10003
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('026-en-acclaim-badge-2020-noauth.eml', 'credly_badge_issued', provider='none', sender=s,
    frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to='y-nakamura@sakura-kogyo.co.jp',
    subject='Yosuke, you have earned a badge from Amazon Web Services Training and Certification', date=d, body=body, case_id=None, new_text=new, language='en')

# ---------------------------------------------------------------- thread E: biglobe, 15-digit form case, three accounts
E_OPEN = dt('2025-01-20 01:33:05')
E = case15(E_OPEN, '00218')
E_USER = addr('高橋 亮', 'r-takahashi@kym.biglobe.ne.jp', 'UTF-8')
E_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# 027 HTML-only ack with echoed form content
d = E_OPEN + timedelta(seconds=3)
s = aws_sender(d)
new = '''高橋 亮 様
AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号：%s
送信内容
お問い合わせの種類：Certification
詳細：Account Merge
AWS candidate ID：AWS04019976
説明：認定アカウントが3つあります（aws03100478、aws03322915、aws04019976）。最新のものに統合してください。
担当者より原則 24 時間以内にご連絡いたします。同じ内容で別のケースを作成しないようお願いいたします。
''' % E
inner = '''<table width="100%%" style="max-width:620px;margin:auto;border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:20px">
<p>高橋 亮 様</p>
<p>AWS トレーニングと認定へのお問い合わせを受け付けました。</p>
<p style="font-size:16px"><b>ケース番号：%s</b></p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="6">
<tr><th colspan="2" style="text-align:left;background:#f2f3f3">送信内容</th></tr>
<tr><td>お問い合わせの種類</td><td>Certification</td></tr>
<tr><td>詳細</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS04019976</td></tr>
<tr><td>説明</td><td>認定アカウントが3つあります（aws03100478、aws03322915、aws04019976）。最新のものに統合してください。</td></tr>
</table>
<p>担当者より原則 24 時間以内にご連絡いたします。同じ内容で別のケースを作成しないようお願いいたします。</p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されていません。追加情報はこのメールへの返信でお送りください。<br>
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>''' % E
body = leaf(html_wrap(inner), 'html', 'UTF-8', 'base64')
add('027-ja-form-ack-html-only-biglobe.eml', 'case_created', provider='biglobe', sender=s, frm=aws_from_form(), to=E_USER,
    subject=ew('[CASE %s] お問い合わせを受け付けました' % E, 'UTF-8', 'B'), date=d, body=body, case_id=E, new_text=new, language='ja')

# 028 confirmation request, three into one ("集約")
d = dt('2025-01-21 05:47:21')
s = aws_sender(d)
new = '''高橋 亮 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの三浦と申します。

ご依頼の件につきまして、以下のとおり 3 件のアカウントを 1 件に集約する形でお手続きを承ります。

  存続するアカウント : AWS04019976
  集約されるアカウント : AWS03100478 / AWS03322915

集約されるアカウントに記録されている認定資格、試験結果、特典はすべて存続するアカウントへ移行され、
移行後、集約されるアカウント 2 件はご利用いただけなくなります。
本手続きは実施後に取り消すことができません。

つきましては、上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてご了承の旨をお聞かせください。
なお、いずれかのアカウントで試験のご予約がある場合は、あわせてお知らせくださいますようお願いいたします。

三浦
AWS トレーニングと認定 カスタマーサポート
'''
body = multipart('alternative', [leaf(new + '\n' + FORM_FOOTER_JA % E, 'plain', 'UTF-8', 'base64'),
                                 leaf(html_wrap(p2html(new) + '<p style="font-size:11px;color:#687078">' + p2html(FORM_FOOTER_JA % E) + '</p>'), 'html', 'UTF-8', 'base64')])
add('028-ja-keigo-three-accounts-shuyaku-confirm.eml', 'merge_confirmation_requested', provider='biglobe', sender=s, frm=aws_from_form(), to=E_USER,
    subject='RE:[CASE %s] %s' % (E, E_SUBJ), date=d, body=body, case_id=E, new_text=new, language='ja')

# 029 chaser (support_reply)
d = dt('2025-01-24 06:03:10')
s = aws_sender(d)
new = '''高橋 亮 様

AWS トレーニングと認定 カスタマーサポートの三浦でございます。

1 月 21 日にお送りいたしましたご確認のメールにつきまして、その後いかがでしょうか。
お手続きを進めるにあたり、お客様からのご了承のご連絡が必要となっております。

お忙しいところ恐縮ではございますが、内容をご確認のうえ、本メールにご返信くださいますようお願い申し上げます。
なお、5 営業日以内にご返信をいただけない場合、本ケースは一旦クローズさせていただきますので、あらかじめご了承ください。

三浦
AWS トレーニングと認定 カスタマーサポート
'''
hist = '''
---------- 2025/01/21 14:47 (JST) AWS トレーニングと認定 からのメッセージ ----------
> 高橋 亮 様
>
> ご依頼の件につきまして、以下のとおり 3 件のアカウントを 1 件に集約する形でお手続きを承ります。
>
>   存続するアカウント : AWS04019976
>   集約されるアカウント : AWS03100478 / AWS03322915
>
> > 認定アカウントが3つあります（aws03100478、aws03322915、aws04019976）。
'''
body = multipart('alternative', [leaf(new + '\n' + FORM_FOOTER_JA % E + '\n' + hist, 'plain', 'UTF-8', 'quoted-printable'),
                                 leaf(html_wrap(p2html(new) + p2html(hist)), 'html', 'UTF-8', 'quoted-printable')])
add('029-ja-keigo-reminder-awaiting-reply.eml', 'support_reply', provider='biglobe', sender=s, frm=aws_from_form(), to=E_USER,
    subject='RE:[CASE %s] %s' % (E, E_SUBJ), date=d, body=body, case_id=E, new_text=new, language='ja')

# 030 completion + closure in one mail -> merge_completed
d = dt('2025-01-28 02:19:57')
s = aws_sender(d)
new = '''高橋 亮 様

AWS トレーニングと認定 カスタマーサポートの三浦でございます。
ご了承のご連絡をいただき、ありがとうございました。

AWS03100478 および AWS03322915 の AWS04019976 への集約作業を実施し、すべて反映されたことを確認いたしました。
お手数ですが、AWS04019976 にサインインのうえ、認定資格が 3 件とも表示されていることをご確認ください。

本件はこれにて対応完了とさせていただき、ケースをクローズいたします。
よろしければ、下記リンクより今回の対応についてご評価をお寄せください。
https://support.aws.amazon.com/#/contacts/one-support?displayId=%s&language=ja

三浦
AWS トレーニングと認定 カスタマーサポート
''' % E
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new)), 'html', 'UTF-8', 'quoted-printable')])
add('030-ja-keigo-done-and-closing.eml', 'merge_completed', provider='biglobe', sender=s, frm=aws_from_form(), to=E_USER,
    subject='RE:[CASE %s] %s' % (E, E_SUBJ), date=d, body=body, case_id=E, new_text=new, language='ja')

# 031 separate rating request (survey), base64
d = dt('2025-01-28 02:25:31')
s = aws_sender(d)
new = '''高橋 亮 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース番号 %s の担当者の対応について、5 段階でご評価をお願いいたします。
  ★★★★★ とても満足
  ★★★★☆ 満足
  ★★★☆☆ ふつう
  ★★☆☆☆ 不満
  ★☆☆☆☆ とても不満

評価する: https://aws-tc.survey.amazon.dev/s/agent-rating?case=%s&lang=ja

アンケートへのご回答は任意です。ご協力をお願いいたします。
''' % (E, E)
body = leaf(new, 'plain', 'UTF-8', 'base64')
add('031-ja-rate-the-agent-stars.eml', 'survey', provider='biglobe', sender=s, frm=aws_from_form(), to=E_USER,
    subject=ew('担当者の対応はいかがでしたか？ [CASE %s]' % E, 'UTF-8', 'B'), date=d, body=body, case_id=E, new_text=new, language='ja')

# ---------------------------------------------------------------- thread F: outlook.jp consumer mailbox, 15-digit form case, "移行"
F_OPEN = dt('2024-11-05 10:48:20')
F = case15(F_OPEN, '00063')
F_USER = addr('伊藤 さくら', 'sakura_ito_0412@outlook.jp', 'UTF-8')
F_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# 032 confirmation request, keigo, "移行" wording
d = dt('2024-11-06 04:15:09')
s = aws_sender(d)
new = '''伊藤 さくら 様

AWS トレーニングと認定 カスタマーサポートの石井でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お申し出の件、旧アカウントに記録されている認定資格を、新しいアカウントへ移行（アカウントの統合）する形で対応させていただきます。
作業に先立ち、対象となるアカウントを下記のとおりご案内いたします。

  移行元 : AWS02987731（旧姓でご登録のアカウント）
  移行先 : AWS03918804（現在ご利用中のアカウント）

移行が完了いたしますと、移行元のアカウントは削除され、元の状態に戻すことはできかねます。
また、移行元に残っている未使用の試験予約は移行の対象外となります。

お手数をおかけいたしますが、上記のとおり進めてよろしいか、ご確認のうえご返信を賜りますようお願い申し上げます。

石井
AWS トレーニングと認定 カスタマーサポート
'''
body = multipart('alternative', [leaf(new + '\n' + FORM_FOOTER_JA % F, 'plain', 'UTF-8', 'base64'),
                                 leaf(html_wrap(p2html(new) + '<p style="font-size:11px;color:#687078">' + p2html(FORM_FOOTER_JA % F) + '</p>'), 'html', 'UTF-8', 'base64')])
add('032-ja-keigo-iko-confirm-outlookjp.eml', 'merge_confirmation_requested', provider='outlook', sender=s, frm=aws_from_form(), to=F_USER,
    subject='RE: [CASE %s] %s' % (F, F_SUBJ), date=d, body=body, case_id=F, new_text=new, language='ja')

# 033 question about something other than the merge (exam booking) -> support_reply
d = dt('2024-11-07 01:02:47')
s = aws_sender(d)
new = '''伊藤 さくら 様

石井でございます。ご返信ありがとうございます。

お手続きに入る前に、一点だけ確認させていただけますでしょうか。
現在、移行先のアカウントにて 12 月 3 日（火）の AWS Certified Developer - Associate 試験をご予約いただいているようでございます。
こちらのご予約はそのまま維持されるご希望でしょうか、それとも日程の変更をご希望でしょうか。

ご予約の状況によっては作業日程を調整させていただく場合がございますので、お手数ですがお知らせいただけますと幸いです。

石井
AWS トレーニングと認定 カスタマーサポート
'''
hist = '''
差出人: 伊藤 さくら <sakura_ito_0412@outlook.jp>
送信日時: 2024年11月6日 19:40
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: [CASE %s] %s

石井様

ご連絡ありがとうございます。内容に間違いはありません。
移行をお願いいたします。

伊藤
''' % (F, F_SUBJ)
body = multipart('alternative', [leaf(new + hist, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new) + '<hr>' + p2html(hist)), 'html', 'UTF-8', 'quoted-printable')])
add('033-ja-keigo-asks-about-exam-booking.eml', 'support_reply', provider='outlook', sender=s, frm=aws_from_form(), to=F_USER,
    subject='RE: [CASE %s] %s' % (F, F_SUBJ), date=d, body=body, case_id=F, new_text=new, language='ja', linesep='\r\n')

# 034 completion: 移行作業が完了
d = dt('2024-11-08 07:33:12')
s = aws_sender(d)
new = '''伊藤 さくら 様

石井でございます。
ご予約はそのまま維持されるとのこと、承知いたしました。

AWS02987731 から AWS03918804 への移行作業が本日完了いたしましたことをご報告申し上げます。
12 月 3 日の試験のご予約にも影響はございません。

旧アカウントで取得された AWS Certified Cloud Practitioner の認定は、移行先アカウントの「認定資格」ページに表示されております。
万が一表示に不備がございましたら、お手数ですが本メールにてご連絡くださいませ。

石井
AWS トレーニングと認定 カスタマーサポート
'''
hist = '''
差出人: 伊藤 さくら <sakura_ito_0412@outlook.jp>
送信日時: 2024年11月7日 22:18
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: [CASE %s] %s

石井様

予約はそのままでお願いします。

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2024年11月7日 10:02
件名: RE: [CASE %s] %s

現在、移行先のアカウントにて 12 月 3 日（火）の試験をご予約いただいているようでございます。
''' % (F, F_SUBJ, F, F_SUBJ)
body = multipart('alternative', [leaf(new + hist, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(p2html(new) + '<hr>' + p2html(hist)), 'html', 'UTF-8', 'base64')])
add('034-ja-keigo-iko-completed.eml', 'merge_completed', provider='outlook', sender=s, frm=aws_from_form(), to=F_USER,
    subject='RE: [CASE %s] %s' % (F, F_SUBJ), date=d, body=body, case_id=F, new_text=new, language='ja')

# 035 Credly, HTML-only, "claim"
d = dt('2024-11-09 03:11:58')
s = credly_sender(d)
new = '''Claim your badge
Hi Sakura, Amazon Web Services Training and Certification sent you a badge. AWS Certified Cloud Practitioner. Claim your badge and share it with your network. Claim badge. This badge was issued to sakura_ito_0412@outlook.jp.'''
inner = '''<div style="background:#f5f5f5;padding:30px 0"><table align="center" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:28px;text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 28px"><h2 style="margin:0 0 12px">Claim your badge</h2>
<p>Hi Sakura,</p><p>Amazon Web Services Training and Certification sent you a badge.</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="150" alt="AWS Certified Cloud Practitioner"><br><strong>AWS Certified Cloud Practitioner</strong></p>
<p>Claim your badge and share it with your network.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/a17e5d40-93c6-4f0e-8d2a-6b1f3c7e9d25/accept?source=email" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Claim badge</a></p>
<p style="font-size:12px;color:#888">This badge was issued to sakura_ito_0412@outlook.jp.<br>Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017</p></td></tr></table></div>'''
body = leaf(html_wrap(inner, 'en'), 'html', 'UTF-8', 'quoted-printable')
add('035-en-credly-claim-badge-html-only.eml', 'credly_badge_issued', provider='outlook', sender=s,
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to='sakura_ito_0412@outlook.jp',
    subject='Sakura, claim your AWS Certified Cloud Practitioner badge', date=d, body=body, case_id=None, new_text=new, language='en')

# ---------------------------------------------------------------- thread G: corporate Postfix gateway, 15-digit console case, "併合"
G_OPEN = dt('2025-07-14 00:26:50')
G = case15(G_OPEN, '01127')
G_RCPT = 'yamamoto.sho@hokuto-sys.co.jp'
G_USER = addr('山本 翔', G_RCPT, 'ISO-2022-JP', 'iso2022_jp')
G_CSUBJ = 'AWS認定アカウントの併合について'

# 036 console ack, proper Japanese
d = G_OPEN + timedelta(seconds=5)
s = aws_sender(d)
new = '''Amazon Web Services をご利用いただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的な質問
内容: 社用アドレス(AWS01200456)と個人アドレス(AWS03611928)で認定アカウントが分かれてしまっています。個人側に寄せたいです。

できる限り早く回答いたします。
''' % (G, G, G_CSUBJ)
text = new + '\n' + CONSOLE_FOOT_JA % G
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(p2html(text)), 'html', 'UTF-8', 'base64')])
add('036-ja-console-case-created-corp-gateway.eml', 'case_created', provider='corpgw', sender=s, frm=aws_from_console(), to=G_RCPT,
    subject='Amazon Web Services: ' + ew('新しいサポートケースが作成されました: %s' % G, 'UTF-8', 'B'), date=d, body=body, case_id=G, new_text=new, language='ja')

# 037 "new correspondence added" notice (support_reply)
d = dt('2025-07-15 03:08:14')
s = aws_sender(d)
new = '''ケース %s に新しい返信が追加されました。

件名: %s

返信の内容を確認するには、AWS サポートセンターにサインインしてください。
''' % (G, G_CSUBJ)
text = new + '\n' + CONSOLE_FOOT_JA % G
body = leaf(text, 'plain', 'UTF-8', '8bit')
add('037-ja-console-new-correspondence-notice.eml', 'support_reply', provider='corpgw', sender=s, frm=aws_from_console(), to=G_RCPT,
    subject='[Case %s] ' % G + ew('新しい返信が追加されました', 'UTF-8', 'Q'), date=d, body=body, case_id=G, new_text=new, language='ja',
    trace_kw=dict(order=('dmarc', 'dkim', 'spf')))

# 038 confirmation request, HTML-only, "併合"
d = dt('2025-07-15 03:08:09')
s = aws_sender(d)
new = '''山本 翔 様
AWS サポートの吉川でございます。お問い合わせいただきありがとうございます。
ご依頼内容を確認いたしました。以下のとおりアカウントを併合させていただく予定でございます。
併合元（併合後に使用不可となります）：AWS 01200456 ／ 登録メールアドレス：yamamoto.sho@hokuto-sys.co.jp
併合先（今後ご利用いただくアカウント）：AWS 03611928 ／ 登録メールアドレス：sho.yamamoto.0825@gmail.com
併合後は、併合元でお持ちの認定資格はすべて併合先に表示されます。併合の取り消しはいたしかねますので、ご留意ください。
つきましては、上記内容でご承認いただけるかどうか、サポートセンターより本ケースへご返信をお願いいたします。
吉川
Amazon Web Services
'''
inner = '''<div style="font-size:14px;line-height:1.7">
<p>山本 翔 様</p>
<p>AWS サポートの吉川でございます。お問い合わせいただきありがとうございます。</p>
<p>ご依頼内容を確認いたしました。以下のとおりアカウントを併合させていただく予定でございます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><td style="background:#f2f3f3">併合元（併合後に使用不可となります）</td><td>AWS 01200456</td><td>yamamoto.sho@hokuto-sys.co.jp</td></tr>
<tr><td style="background:#f2f3f3">併合先（今後ご利用いただくアカウント）</td><td>AWS 03611928</td><td>sho.yamamoto.0825@gmail.com</td></tr>
</table>
<p>併合後は、併合元でお持ちの認定資格はすべて併合先に表示されます。<b>併合の取り消しはいたしかねます</b>ので、ご留意ください。</p>
<p>つきましては、上記内容でご承認いただけるかどうか、サポートセンターより本ケースへご返信をお願いいたします。</p>
<p>吉川<br>Amazon Web Services</p>
</div>
<hr><div style="font-size:11px;color:#687078">%s</div>''' % p2html(CONSOLE_FOOT_JA % G)
body = leaf(html_wrap(inner), 'html', 'UTF-8', 'quoted-printable')
add('038-ja-keigo-heigou-confirm-html-only.eml', 'merge_confirmation_requested', provider='corpgw', sender=s, frm=aws_from_console(), to=G_RCPT,
    subject='RE:[CASE %s] ' % G + ew(G_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=G, new_text=new, language='ja')

# 039 "thanks for approving, starting now" relayed through an internal mailing list: DKIM broken -> not verified
d = dt('2025-07-16 01:55:37')
s = aws_sender(d)
s.update(dkim=[('amazon.com', 'fail', 'rjs6ycxvosqy3hzfhbfdr5zxcihvrb6a'), ('amazonses.com', 'fail', '224i4yxa5dv7c2xz3womw6peuasteono')],
         dmarc='fail', spf='pass', mf_dom='ml.hokuto-sys.jp', mailfrom='aws-admin-bounces@ml.hokuto-sys.jp', ip='198.51.100.44', helo='ml01.hokuto-sys.jp')
new = '''山本 翔 様

AWS サポートの吉川でございます。
ご承認のご連絡をいただき、ありがとうございます。

これより併合の作業に着手いたします。作業完了までに 2〜3 営業日ほどお時間を頂戴する見込みでございます。
完了いたしましたら、本ケースにて改めてご案内申し上げます。

吉川
Amazon Web Services
'''
mlfoot = '''
--
このメールは aws-admin メーリングリスト (情報システム部 クラウド管理) 宛てに配信されています。
配信停止・設定変更: https://ml.hokuto-sys.jp/mailman/listinfo/aws-admin
'''
text = new + '\n' + CONSOLE_FOOT_JA % G + '\n' + mlfoot
body = leaf(text, 'plain', 'UTF-8', 'base64')
ml_recv = 'Received: from a8-57.smtp-out.amazonses.com (a8-57.smtp-out.amazonses.com [54.240.8.57])\n\tby ml01.hokuto-sys.jp (Postfix) with ESMTPS id 4bS2kq1Yx9z7t\n\tfor <aws-admin@ml.hokuto-sys.jp>; %s' % rfc(d + timedelta(seconds=2), JST, 'JST')
add('039-ja-will-start-now-via-ml-dkim-broken.eml', 'support_reply', provider='corpgw', sender=s, frm=aws_from_console(), to='aws-admin@ml.hokuto-sys.jp',
    subject='[aws-admin:00412] RE:[CASE %s] ' % G + ew(G_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=G, new_text=new, language='ja',
    trace_kw=dict(forged_below=ml_recv),
    extra=['Sender: aws-admin-bounces@ml.hokuto-sys.jp', 'List-Id: <aws-admin.ml.hokuto-sys.jp>', 'X-ML-Name: aws-admin', 'X-Mail-Count: 00412',
           'Precedence: bulk', 'List-Unsubscribe: <https://ml.hokuto-sys.jp/mailman/options/aws-admin>'])

# 040 completion, "併合が完了"
d = dt('2025-07-17 08:21:40')
s = aws_sender(d)
new = '''山本 翔 様

AWS サポートの吉川でございます。
お待たせいたしました。アカウントの併合が完了いたしました。

今後は AWS03611928（sho.yamamoto.0825@gmail.com）にてサインインしていただけますと、これまでの認定資格をすべてご確認いただけます。
なお、AWS01200456 は無効となっております。

Credly のバッジが併合先のメールアドレスに届かない場合は、本ケースにてお知らせください。

吉川
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_JA % G
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text)), 'html', 'UTF-8', 'quoted-printable')])
add('040-ja-keigo-heigou-kanryou.eml', 'merge_completed', provider='corpgw', sender=s, frm=aws_from_console(), to=G_RCPT,
    subject='RE:[CASE %s] ' % G + ew(G_CSUBJ, 'UTF-8', 'B'), date=d, body=body, case_id=G, new_text=new, language='ja')

# ---------------------------------------------------------------- thread H: Gmail (English UI), form case, English-native agent, second case after an unanswered one
H_FIRST = case15(dt('2025-09-02 12:10:05'), '00904')
H_OPEN = dt('2025-09-09 13:45:52')
H = case15(H_OPEN, '00517')
H_USER = 'Kenji Kobayashi <kenji.kobayashi.dev@gmail.com>'
H_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
FORM_FOOTER_EN = ('We value your feedback. Please share your experience by rating this correspondence:\n'
                  'https://support.aws.amazon.com/#/contacts/one-support?displayId=%s&language=en\n\n'
                  'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.')

# 041 form ack for the second case, echoing the submission
d = H_OPEN + timedelta(seconds=3)
s = aws_sender(d)
new = '''Hello,

Thank you for contacting AWS Training and Certification. We have received your request and created case %s.

Summary of your submission:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS02095563
  Description: I submitted a merge request a week ago (case %s) but never received any reply. I have two certification accounts, aws04120887 and aws02095563, and want to keep the second one.

A member of our team will respond within 24 hours. Please do not open another case for the same request; reply to this email if you need to add information.

AWS Training and Certification Customer Support
''' % (H, H_FIRST)
text = new + '\n' + FORM_FOOTER_EN % H
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('041-en-second-case-opened-after-no-reply.eml', 'case_created', provider='gmail', sender=s, frm=aws_from_form(), to=H_USER,
    subject='[CASE %s] %s' % (H, H_SUBJ), date=d, body=body, case_id=H, new_text=new, language='en')

# 042 native-English agent: duplicate closed, asks sign-in emails (support_reply)
d = dt('2025-09-10 17:20:03')
s = aws_sender(d)
new = '''Hi Kenji,

Thanks for reaching out again, and I'm sorry your first request fell through the cracks. I've closed case %s as a duplicate so that everything is handled here in one place.

To get started, could you let me know the e-mail address you use to sign in to each of the two accounts? Once I have those, I'll verify ownership and come back to you with the next steps.

Best regards,
Megan
AWS Training and Certification
''' % H_FIRST
text = new + '\n' + FORM_FOOTER_EN % H
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('042-en-native-duplicate-closed-asks-emails.eml', 'support_reply', provider='gmail', sender=s, frm=aws_from_form(), to=H_USER,
    subject='RE:[CASE %s] %s' % (H, H_SUBJ), date=d, body=body, case_id=H, new_text=new, language='en')

# 043 native-English confirmation request, "fold into", spaced ids, Gmail-style quote of the user's answer
d = dt('2025-09-11 16:02:51')
s = aws_sender(d)
new = '''Hi Kenji,

Thanks, that's everything I needed. Here's what I'm planning to do, so please check it carefully:

  * AWS 04120887 (kenji.kobayashi@tsubame-lab.co.jp) will be folded into
  * AWS 02095563 (kenji.kobayashi.dev@gmail.com), which is the account you'll keep.

Your certifications and exam history will all end up on AWS 02095563, and AWS 04120887 will be shut down afterwards. This can't be undone, so I want to be sure before I submit it.

If that all looks right, just reply to this email with a quick "confirmed" and I'll take it from there.

Best regards,
Megan
AWS Training and Certification
'''
hist = '''
On Wed, Sep 10, 2025 at 9:55 PM Kenji Kobayashi <kenji.kobayashi.dev@gmail.com> wrote:
> Hi Megan,
>
> Old one: kenji.kobayashi@tsubame-lab.co.jp
> New one (keep): kenji.kobayashi.dev@gmail.com
>
> Thanks!
> Kenji
>
> On Wed, Sep 10, 2025 at 7:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Kenji,
> >
> > To get started, could you let me know the e-mail address you use to sign in
> > to each of the two accounts?
'''
text = new + '\n' + FORM_FOOTER_EN % H + '\n' + hist
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new) + p2html(hist), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('043-en-native-fold-into-confirm.eml', 'merge_confirmation_requested', provider='gmail', sender=s, frm=aws_from_form(), to=H_USER,
    subject='RE:[CASE %s] %s' % (H, H_SUBJ), date=d, body=body, case_id=H, new_text=new, language='en')

# 044 native-English completion, with the user's Gmail reply quoted below
d = dt('2025-09-13 00:44:19')
s = aws_sender(d)
new = '''Hi Kenji,

Good news - you're all set. Everything from your old profile now lives under AWS02095563, and you can keep signing in with kenji.kobayashi.dev@gmail.com.

It's worth logging in once to make sure your certifications and your 50% discount voucher show up as expected. Credly badges can take a day or two to follow.

Best regards,
Megan
AWS Training and Certification
'''
hist = '''
On Fri, Sep 12, 2025 at 8:11 AM Kenji Kobayashi <kenji.kobayashi.dev@gmail.com> wrote:
> Confirmed - please go ahead.
>
> On Thu, Sep 11, 2025 at 6:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> >   * AWS 04120887 (kenji.kobayashi@tsubame-lab.co.jp) will be folded into
> >   * AWS 02095563 (kenji.kobayashi.dev@gmail.com), which is the account you'll keep.
> >
> > If that all looks right, just reply to this email with a quick "confirmed"
> > and I'll take it from there.
'''
text = new + '\n' + FORM_FOOTER_EN % H + '\n' + hist
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new) + p2html(hist), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('044-en-native-youre-all-set.eml', 'merge_completed', provider='gmail', sender=s, frm=aws_from_form(), to=H_USER,
    subject='RE:[CASE %s] %s' % (H, H_SUBJ), date=d, body=body, case_id=H, new_text=new, language='en')

# 045 closure + survey (en)
d = dt('2025-09-20 00:45:02')
s = aws_sender(d)
new = '''Hello,

Your AWS Training and Certification case %s has been closed.

We'd love to hear how we did. Was your issue resolved?

  Yes - https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&r=yes
  No  - https://aws-tc.survey.amazon.dev/s/CSAT?case=%s&r=no

If you need further help with this issue, reply to this email within 14 days and the case will be reopened.

Amazon Web Services
''' % (H, H, H)
text = new + '\n' + FORM_FOOTER_EN % H
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('045-en-case-closed-was-it-resolved.eml', 'survey', provider='gmail', sender=s, frm=aws_from_form(), to=H_USER,
    subject='[CASE %s] Your case has been closed - tell us how we did' % H, date=d, body=body, case_id=H, new_text=new, language='en')

# ---------------------------------------------------------------- Japanese look-alikes / phishing
# 046 look-alike domain asks to approve a merge (Shift_JIS label, CP932 content) -> kind kept, not verified
d = dt('2025-06-03 22:14:07')
s = other_sender('aws-certification-jp.com', 'aws-certification-jp.com', '45.133.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                 'mail.aws-certification-jp.com', dkim_d='aws-certification-jp.com', selector='default', dmarc='pass')
new = '''【AWS認定】アカウント統合のご確認（要対応）

AWS 認定をご利用のお客様

いつもAWS認定をご利用いただきありがとうございます。
お客様名義の認定アカウントが重複して登録されていることが確認されました。
システム移行に伴い、重複アカウントは当方にて1つに統合させていただきます。

以下の手順で統合内容をご確認のうえ、24時間以内に承認してください。
　①下記リンクからAWS認定アカウントにサインイン
　②統合元・統合先のアカウントを確認し「統合を承認する」をクリック

　▼統合内容の確認・承認はこちら
　https://aws-certification-jp.com/certmetrics/merge/approve?id=8f3a21c0e

※期限内にご承認いただけない場合、両方のアカウントの認定資格が失効となります。
※本メールは送信専用です。

Amazon Web Services Training and Certification
Copyright (C) Amazon Web Services Japan
'''
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>' + p2html(new).replace('https://aws-certification-jp.com/certmetrics/merge/approve?id=8f3a21c0e', '<a href="https://aws-certification-jp.com/certmetrics/merge/approve?id=8f3a21c0e">https://www.aws.training/Certification/Merge</a>') + '</body></html>'
body = multipart('alternative', [leaf(new, 'plain', 'Shift_JIS', 'base64', codec='cp932', quoted_label=False),
                                 leaf(html, 'html', 'Shift_JIS', 'base64', codec='cp932', quoted_label=False)])
add('046-ja-lookalike-domain-approve-merge-sjis.eml', 'merge_confirmation_requested', provider='yahoo', sender=s,
    frm=ew('AWS認定サポート', 'Shift_JIS', 'B', 'cp932') + ' <support@aws-certification-jp.com>', to='miho_tanaka@yahoo.co.jp',
    subject=ew('【AWS認定】アカウント統合のご確認（要対応）', 'Shift_JIS', 'B', 'cp932'), date=d, body=body, case_id=None, new_text=new, language='ja',
    xmailer='Microsoft Outlook Express 6.00.2900.5512', msgid='<20250604071407.3F2A1C%s@aws-certification-jp.com>' % hx(4).upper())

# 047 forged amazon.com "merge completed, verify identity" -> dmarc=fail at the top, forged pass lower down
d = dt('2025-06-05 09:31:44')
s = other_sender('amazon.com', 'sv-mailer.net', '185.220.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'vps-2214.sv-mailer.net',
                 dkim_d='sv-mailer.net', selector='default', dmarc='fail', spf='softfail', brand=True, p='QUARANTINE')
PH = case15(dt('2025-06-04 01:12:40'), '00412')
new = '''佐藤 健一 様

AWS トレーニングと認定です。
ケース %s にてご依頼いただきました認定アカウントの統合手続きが完了しました。

統合後のアカウントを引き続きご利用いただくため、72時間以内に本人確認を完了してください。
本人確認が完了しない場合、統合後のアカウントは一時的にロックされます。

本人確認はこちら: https://aws-training-verify.com/jp/identity?case=%s

AWS トレーニングと認定 カスタマーサポート
''' % (PH, PH)
forged = 'Authentication-Results: amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com'
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(p2html(new).replace('https://aws-training-verify.com/jp/identity?case=%s' % PH, '<a href="https://aws-training-verify.com/jp/identity?case=%s">https://aws.amazon.com/jp/training/</a>' % PH)), 'html', 'UTF-8', 'base64')])
add('047-ja-forged-amazon-merge-done-dmarc-fail.eml', 'merge_completed', provider='gmail', sender=s, frm=aws_from_form(), to=A_USER,
    subject='RE:[CASE %s] ' % PH + ew('アカウント統合完了のお知らせ', 'UTF-8', 'B'), date=d, body=body, case_id=PH, new_text=new, language='ja',
    trace_kw=dict(extra_ar_below=forged), msgid='<%s@vps-2214.sv-mailer.net>' % hx(20))

# 048 Credly look-alike: "badges moved after merge" -> credly_badge_issued, not verified
d = dt('2025-06-08 11:05:33')
s = other_sender('credly-badge.jp', 'credly-badge.jp', '103.41.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'smtp.credly-badge.jp', dmarc=None, spf='pass')
new = '''鈴木 大輔 様

AWS 認定アカウントの統合に伴い、お客様のデジタルバッジを新しいアカウントへ移行しました。
以下のバッジが発行され、受け取り可能な状態になっています。

  ・AWS Certified Solutions Architect - Professional
  ・AWS Certified Security - Specialty

バッジを受け取るには、Credly アカウントにログインしてください（受け取り期限: 48時間）。
  https://credly-badge.jp/login?next=/badges/accept

Credly サポートチーム
'''
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('048-ja-credly-lookalike-badges-moved.eml', 'credly_badge_issued', provider='nifty', sender=s,
    frm='"Credly" <noreply@credly-badge.jp>', to=I_USER,
    subject=ew('【Credly】統合に伴うバッジ移行のお知らせ', 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body, case_id=None, new_text=new, language='ja')

# 049 billing phishing, not about the merge -> unrelated
d = dt('2025-02-17 23:48:10')
s = other_sender('aws-amazon-jp.net', 'aws-amazon-jp.net', '91.92.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mx.aws-amazon-jp.net', dmarc=None, spf='softfail')
new = '''Amazon Web Services をご利用のお客様

お支払いに使用されているクレジットカードの有効期限が切れているため、今月分のご請求を処理できませんでした。
サービスの停止を避けるため、2月20日までに以下のページからお支払い情報を更新してください。

お支払い情報を更新する:
http://aws-amazon-jp.net/billing/update

期限までに更新されない場合、お客様の AWS アカウントは停止されます。

Amazon Web Services Japan 合同会社
'''
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit', codec='iso2022_jp')
add('049-ja-billing-phish-not-merge.eml', 'unrelated', provider='biglobe', sender=s,
    frm=ew('アマゾン ウェブ サービス', 'ISO-2022-JP', 'B', 'iso2022_jp') + ' <billing@aws-amazon-jp.net>', to=E_USER,
    subject=ew('【重要】AWS アカウントのお支払い情報を更新してください', 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body, case_id=None, new_text=new, language='ja')

# ---------------------------------------------------------------- unrelated but close
# 050 genuine AWS billing case (Japanese keigo)
BILL = case15(dt('2025-04-02 06:20:31'), '00655')
d = dt('2025-04-03 01:14:26')
s = aws_sender(d)
new = '''田中 美穂 様

Amazon Web Services 請求サポートの木村でございます。
お問い合わせいただき、誠にありがとうございます。

アカウント 4821-0937-5516 の 2025 年 3 月分のご請求について確認いたしましたところ、
東京リージョンで起動されたままになっている NAT ゲートウェイの利用料金が計上されておりました。
不要なリソースを削除いただいたうえで、再度ご請求額をご確認くださいますようお願い申し上げます。

今回に限り、該当期間の料金について一部をクレジットとして返金させていただく手配を進めております。
反映まで 3〜5 営業日ほどお待ちくださいませ。

木村
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_JA % BILL
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(p2html(text)), 'html', 'UTF-8', 'base64')])
add('050-ja-other-aws-case-billing.eml', 'unrelated', provider='yahoo', sender=s, frm=aws_from_console(), to='miho_tanaka@yahoo.co.jp',
    subject='RE:[CASE %s] ' % BILL + ew('3月分の請求額について', 'UTF-8', 'B'), date=d, body=body, case_id=BILL, new_text=new, language='ja')

# 051 genuine AWS service-quota case (English)
Q = '12955310482'
d = dt('2023-09-12 04:51:33')
s = aws_sender(d)
new = '''Hello,

Thank you for your patience.

I'm happy to inform you that your request for a limit increase has been approved and the new limit has been applied in the Asia Pacific (Tokyo) region:

  Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  New limit value: 256 vCPUs

It can take up to 30 minutes for the new limit to appear in the Service Quotas console.

Best regards,
Hiroshi T.
Amazon Web Services
'''
text = new + '\n' + CONSOLE_FOOT_EN % Q
body = multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(text), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('051-en-other-aws-case-quota-increase.eml', 'unrelated', provider='outlook', sender=s, frm=aws_from_console(), to='takuya.watanabe@kaiho-soft.co.jp',
    subject='RE:[CASE %s] Limit Increase: EC2 Instances' % Q, date=d, body=body, case_id=Q, new_text=new, language='en', trace_kw=C_TRACE)

# 052 Amazon Seller Central case about merging seller accounts (no Authentication-Results)
SC = '5884881212'
d = dt('2024-02-22 08:12:55', JST)
s = other_sender('amazon.co.jp', 'amazon.co.jp', '52.95.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'smtp-out-jp.amazon.co.jp', dkim_d='amazon.co.jp', selector='jp1', brand=False)
new = '''こんにちは

Amazon 出品サービスをご利用いただきありがとうございます。

お問い合わせいただいた、2 つの出品者アカウントの統合についてご案内いたします。
大変恐れ入りますが、出品者アカウント同士を 1 つに統合することはできません。
不要となったアカウントについては、出品者アカウントの閉鎖をリクエストしてください。

セラーセントラル > 設定 > 出品用アカウント情報 > 出品者アカウントの閉鎖

今回のお問い合わせについてご評価ください:
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s

よろしくお願いいたします。
Amazon.co.jp
''' % SC
body = leaf(new, 'plain', 'UTF-8', 'quoted-printable')
add('052-ja-seller-central-case-merge-lookalike.eml', 'unrelated', provider='none', sender=s,
    frm='"Amazon Seller Central" <seller-notification@amazon.co.jp>', to='y-nakamura@sakura-kogyo.co.jp',
    subject='RE:[CASE %s] ' % SC + ew('出品者アカウントの統合について', 'UTF-8', 'B'), date=d, body=body, case_id=SC, new_text=new, language='ja')

# 053 CertMetrics survey invitation (authentic, not AWS) with candidate id
d = dt('2023-09-18 14:02:11')
s = other_sender('certmetrics.com', 'certmetrics.com', '198.2.%d.%d' % (R.randint(128, 191), R.randint(1, 250)), 'mail%d.certmetrics.com' % R.randint(1, 9),
                 dkim_d='certmetrics.com', selector='k1', dmarc='pass')
new = '''AWS Certification wants to hear from you

Hello Takuya Watanabe,

Candidate ID: AWS00582913

You recently earned an AWS Certification. Please take 5 minutes to tell us about your experience preparing for and taking the exam. Your feedback helps us improve AWS Certification for everyone.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=7H2K9QX

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.
'''
body = multipart('alternative', [leaf(new, 'plain', 'us-ascii', '7bit'), leaf(html_wrap(p2html(new), 'en'), 'html', 'us-ascii', '7bit')])
add('053-en-certmetrics-wants-to-hear.eml', 'unrelated', provider='outlook', sender=s, frm='"AWS Certification" <do-not-reply@certmetrics.com>',
    to='takuya.watanabe@kaiho-soft.co.jp', subject='AWS Certification wants to hear from you', date=d, body=body, case_id=None, new_text=new, language='en', trace_kw=C_TRACE)

# 054 Pearson VUE appointment confirmation, Japanese, "Shift_JIS" label with CP932-only characters
d = dt('2024-11-11 02:40:19')
s = other_sender('pearson.com', 'pearson.com', '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mx-out%d.pearson.com' % R.randint(1, 9),
                 dkim_d='pearson.com', selector='selector2', dmarc='pass')
new = '''伊藤 さくら 様

ピアソンVUEをご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名　　：AWS Certified Developer - Associate (DVA-C02) 日本語版
受験者ID　：AWS03918804
登録番号　：471-933-205
試験日時　：2024年12月3日(火) 13:30
試験会場　：オンライン監督付き試験（OnVUE）

受験当日のご注意
　①試験開始30分前からチェックインが可能です
　②有効な身分証明書（顔写真付き）をご用意ください
　③試験環境の確認のため、システムテストを事前に実施してください

予約の変更・キャンセルは、試験開始の24時間前までに行ってください。

ピアソンVUE カスタマーサービス
'''
body = leaf(new, 'plain', 'Shift_JIS', 'base64', codec='cp932', quoted_label=False)
add('054-ja-pearson-vue-booking-sjis.eml', 'unrelated', provider='outlook', sender=s, frm='"Pearson VUE" <PearsonVUEConfirmation@pearson.com>',
    to='sakura_ito_0412@outlook.jp', subject=ew('ピアソンVUE 試験予約確認 - AWS Certified Developer - Associate', 'ISO-2022-JP', 'B', 'iso2022_jp'),
    date=d, body=body, case_id=None, new_text=new, language='ja')

# 055 AWS Builder ID verification code (no Authentication-Results)
d = dt('2025-08-01 03:03:47')
s = other_sender('signin.aws', 'amazonses.com', '54.240.8.%d' % R.randint(1, 99), 'a8-61.smtp-out.amazonses.com', dkim_d='signin.aws', selector='ses1')
new = '''AWS Builder ID の確認

AWS Builder ID を使用してサインインしようとしています。確認コードを入力して続行してください。

確認コード: 803511

このコードは 10 分後に失効します。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new)), 'html', 'UTF-8', 'quoted-printable')])
add('055-ja-builder-id-verification-code-noauth.eml', 'unrelated', provider='none', sender=s, frm='"AWS" <no-reply@signin.aws>',
    to='y-nakamura@sakura-kogyo.co.jp', subject=ew('AWS Builder ID の確認コード', 'UTF-8', 'B'), date=d, body=body, case_id=None, new_text=new, language='ja')

# 056 Credly's own self-service account merge (code) -> unrelated, genuine Credly
d = dt('2025-06-01 02:18:40')
s = credly_sender(d)
new = '''Complete your account merge

Hi Kenichi,

We received a request to merge the Credly account k.sato@shirakawa-tech.co.jp into your account k.sato1987@gmail.com.

Your verification code is: 582 113

Enter this code on the merge page or click the button below to finish merging. Badges from the secondary account will be moved to this account.

Complete Account Merge: https://www.credly.com/account_merges/confirm?token=c7f09a1e55d24b8e

If you did not request this, you can ignore this email. The code expires in 30 minutes.

Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('056-en-credly-self-service-account-merge-code.eml', 'unrelated', provider='gmail', sender=s, frm='"Credly" <admin@credly.com>', to='k.sato1987@gmail.com',
    subject='Your Credly account merge verification code', date=d, body=body, case_id=None, new_text=new, language='en')

# 057 Credly badge expiry reminder -> unrelated
d = dt('2025-10-02 15:00:12')
s = credly_sender(d)
new = '''Your badge is expiring soon

Hi Miho,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on January 3, 2026.

To keep your badge active, complete the recertification requirements before the expiration date.

View badge: https://www.credly.com/badges/9b2e4c71-0a3f-4d55-8e6b-71f2c0d9a833
Learn about recertification: https://aws.amazon.com/certification/recertification/

Credly, Inc. | 100 Park Ave, Suite 1600 | New York, NY 10017
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_wrap(p2html(new), 'en'), 'html', 'UTF-8', 'quoted-printable')])
add('057-en-credly-badge-expiry-reminder.eml', 'unrelated', provider='yahoo', sender=s,
    frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to='miho_tanaka@yahoo.co.jp',
    subject='Reminder: your AWS Certified Cloud Practitioner badge expires in 90 days', date=d, body=body, case_id=None, new_text=new, language='en',
    trace_kw=dict(style=2))

# 058 GitHub PR merged with a Japanese title about account consolidation -> unrelated
d = dt('2025-07-18 05:42:09')
s = other_sender('github.com', 'github.com', '192.30.252.%d' % R.randint(190, 210), 'out-%d.smtp.github.com' % R.randint(20, 29), dkim_d='github.com', selector='pf2023', dmarc='pass')
new = '''Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hokuto-sys/infra-terraform/pull/214#event-18827310544
You are receiving this because you authored the thread.
'''
html = '<p></p><p>Merged <a class="issue-link" href="https://github.com/hokuto-sys/infra-terraform/pull/214">#214</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/hokuto-sys/infra-terraform/pull/214#event-18827310544">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>'
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', '7bit'), leaf(html, 'html', 'UTF-8', '7bit')])
add('058-en-github-pr-merged-ja-title.eml', 'unrelated', provider='corpgw', sender=s, frm='"Tomoko Arai" <notifications@github.com>', to=G_RCPT,
    subject='Re: [hokuto-sys/infra-terraform] ' + ew('AWSアカウント統合用のIAMロールを追加', 'UTF-8', 'B') + ' (PR #214)', date=d, body=body, case_id=None, new_text=new, language='en',
    msgid='<hokuto-sys/infra-terraform/pull/214/issue_event/18827310544@github.com>', in_reply_to='<hokuto-sys/infra-terraform/pull/214@github.com>',
    extra=['List-ID: hokuto-sys/infra-terraform <infra-terraform.hokuto-sys.github.com>', 'X-GitHub-Reason: author', 'X-GitHub-Sender: tarai-hokuto'])

# 059 AWS Japan newsletter (genuine amazon.com) -> unrelated
d = dt('2025-05-20 01:00:00')
s = aws_sender(d)
new = '''AWS 週刊ニュースレター 2025年5月第3週

■ 今週のトピック
・AWS Summit Japan 2025 の登録受付を開始しました（6月25日・26日 幕張メッセ）
・AWS 認定: 新しい試験ガイドが公開されました
・AWS Skill Builder に日本語の新コースが追加されました

■ イベント情報
・初心者向けハンズオン「はじめての Amazon S3」 オンライン開催

配信停止はこちら: https://pages.awscloud.com/communication-preferences.html?lang=ja
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
'''
body = multipart('alternative', [leaf(new, 'plain', 'UTF-8', 'base64'), leaf(html_wrap(p2html(new)), 'html', 'UTF-8', 'base64')])
add('059-ja-aws-weekly-newsletter.eml', 'unrelated', provider='biglobe', sender=s,
    frm=ew('アマゾン ウェブ サービス', 'UTF-8', 'B') + ' <aws-marketing-email-replies@amazon.com>', to=E_USER,
    subject=ew('【AWS】週刊ニュースレター：AWS Summit Japan 2025 登録受付開始', 'UTF-8', 'B'), date=d, body=body, case_id=None, new_text=new, language='ja',
    extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html?lang=ja>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])

# 060 internal IT helpdesk notice about the company's merge procedure (M365 internal) -> unrelated
d = dt('2023-08-18 09:30:00', JST)
s = other_sender('kaiho-soft.co.jp', 'kaiho-soft.co.jp', '10.20.30.41', 'TYAPR01MB5123.jpnprd01.prod.outlook.com', dmarc='none', spf='none', brand=False,
                 msgid='<TYAPR01MB5123%s@TYAPR01MB5123.jpnprd01.prod.outlook.com>' % hx(10).upper())
s['mailfrom'] = 'it-helpdesk@kaiho-soft.co.jp'
new = '''各位

情報システム部 ヘルプデスクです。

会社負担で AWS 認定を受験された方のうち、個人でも認定アカウントをお持ちの方から、
アカウントの統合についての問い合わせが増えています。
統合は AWS トレーニングと認定のお問い合わせフォームから各自で申請してください（会社では代行できません）。

・申請時は会社のメールアドレスで登録したアカウントを残すことを推奨します
・AWS 側での処理が済んだら、受験費用精算のため認定番号をヘルプデスクまでお知らせください

以上、よろしくお願いいたします。

情報システム部 ヘルプデスク（内線 2210）
'''
body = multipart('alternative', [leaf(new, 'plain', 'iso-2022-jp', '7bit', codec='iso2022_jp'), leaf(html_wrap(p2html(new)), 'html', 'iso-2022-jp', 'quoted-printable', codec='iso2022_jp')])
add('060-ja-internal-it-notice-about-merge.eml', 'unrelated', provider='outlook', sender=s,
    frm=ew('情報システム部 ヘルプデスク', 'ISO-2022-JP', 'B', 'iso2022_jp') + ' <it-helpdesk@kaiho-soft.co.jp>', to='all-engineers@kaiho-soft.co.jp',
    subject=ew('【情報システム部】AWS認定アカウントの統合について（周知）', 'ISO-2022-JP', 'B', 'iso2022_jp'), date=d, body=body, case_id=None, new_text=new,
    language='ja', trace_kw=C_TRACE, sign=False, xmailer=None, linesep='\r\n')

# === END MAILS ===


def decoded_text(raw):
    import email
    from email.header import decode_header, make_header
    m = email.message_from_bytes(raw)
    out = []
    for k in ('Subject', 'From', 'To'):
        v = m.get(k)
        if v:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception as e:
                out.append(v)
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            pl = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'us-ascii'
            if cs.lower() in ('shift_jis', 'x-sjis', 'sjis'):
                cs = 'cp932'
            try:
                out.append(pl.decode(cs, 'replace'))
            except LookupError:
                out.append(pl.decode('utf-8', 'replace'))
    return m, '\n'.join(out)

def check():
    bad = 0
    for fn, raw, label, new in MAILS:
        m, txt = decoded_text(raw)
        norm = ID_RE.sub(lambda x: 'AWS' + x.group(1), txt)
        for a in label['account_ids']:
            if a not in norm:
                print('MISSING id', fn, a); bad += 1
        if label['case_id'] and label['case_id'] not in txt:
            print('MISSING case', fn, label['case_id']); bad += 1
        if new is not None:
            for a in ids_in(new):
                if a not in label['account_ids']:
                    print('UNLABELLED new id', fn, a); bad += 1
        if 'Authentication-Results' not in m and label['sender_verified'] is not None:
            print('verified without AR', fn); bad += 1
    print('check: %d problems' % bad)

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fn, raw, label, _ in MAILS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(raw)
        labels[fn] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(MAILS))
    check()

if __name__ == '__main__':
    main()
