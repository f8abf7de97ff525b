#!/usr/bin/env python3
"""Generator for blind set 189: Japanese-paraphrase mails around an AWS
Certification account merge.  Writes NNN-*.eml and labels.json next to itself.

Each mail is described by a call to mail(...).  The NEW part (what this mail
itself says) and the quoted history are kept apart so that account_ids can be
derived from the new text only.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import unicodedata
from email.message import Message
from email.generator import BytesGenerator
from email.policy import compat32
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

WD_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
          'Oct', 'Nov', 'Dec']
WD_JA = '月火水木金土日'
MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
              'August', 'September', 'October', 'November', 'December']
WD_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
           'Sunday']


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(opened, tail):
    """15-digit case id: unix time the case was opened + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), tail)


def rfc2822(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    tzname = ''
    if d.tzinfo is PDT:
        tzname = ' (PDT)'
    elif d.tzinfo is PST:
        tzname = ' (PST)'
    elif d.tzinfo is JST:
        tzname = ' (JST)'
    elif d.tzinfo is UTC:
        tzname = ' (UTC)'
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        WD_EN[d.weekday()], d.day, MON_EN[d.month - 1], d.year, d.hour,
        d.minute, d.second, sign, mins // 60, mins % 60), tzname


def datehdr(d):
    return rfc2822(d)[0]


def rcvdate(d):
    a, b = rfc2822(d)
    return a + b


class R:
    """Deterministic randomness per mail."""
    def __init__(self, seed):
        self.r = random.Random(seed)

    def hexs(self, n):
        return ''.join(self.r.choice('0123456789abcdef') for _ in range(n))

    def alnum(self, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
        return ''.join(self.r.choice(chars) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def ip(self, prefix):
        return prefix + '.' + str(self.r.randint(2, 250))

    def choice(self, x):
        return self.r.choice(x)

    def randint(self, a, b):
        return self.r.randint(a, b)


def fold_b64(s, first=0, width=70, indent='\t '):
    out, i = [], 0
    step = width - first
    out.append(s[:step])
    i = step
    while i < len(s):
        out.append(s[i:i + width])
        i += width
    return ('\n' + indent).join(out)


def ew(text, charset='utf-8', enc='B', chunk=None):
    """RFC 2047 encoded words, folded over lines (each chunk self-contained)."""
    codec = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932'}.get(charset.lower(), charset)
    if chunk is None:
        chunk = 12 if enc == 'B' else 18
    words = []
    for i in range(0, len(text), chunk):
        part = text[i:i + chunk].encode(codec)
        if enc.upper() == 'B':
            words.append('=?%s?B?%s?=' % (charset, base64.b64encode(part).decode()))
        else:
            q = ''
            for b in part:
                c = chr(b)
                if c == ' ':
                    q += '_'
                elif b < 128 and (c.isalnum() or c in '!*+-/'):
                    q += c
                else:
                    q += '=%02X' % b
            words.append('=?%s?Q?%s?=' % (charset, q))
    return '\n '.join(words)


def fold_text(name, value, width=76):
    """Fold a plain ascii header at spaces."""
    line = name + ': '
    out = []
    for w in value.split(' '):
        if len(line) + len(w) + 1 > width and line.strip() and not line.endswith(': '):
            out.append(line.rstrip())
            line = ' ' + w + ' '
        else:
            line += w + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


# ---------------------------------------------------------------- quoting
def q(text, prefix='> '):
    lines = []
    for ln in text.split('\n'):
        if ln.startswith('>'):
            lines.append('>' + ln if prefix.startswith('>') else prefix + ln)
        else:
            lines.append((prefix + ln).rstrip() if ln else prefix.rstrip())
    return '\n'.join(lines)


def gmail_attr_en(d, name, addr):
    h12 = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        WD_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year, h12, d.minute,
        ap, name, addr)


def gmail_attr_ja(d, name, addr):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (
        d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, addr)


def outlook_block_en(d, frm, to, subj):
    h12 = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    return ('________________________________\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\n'
            'To: %s\nSubject: %s\n') % (frm, WD_FULL[d.weekday()], MONTH_FULL[d.month - 1],
                                       d.day, d.year, h12, d.minute, ap, to, subj)


def outlook_block_ja(d, frm, to, subj):
    return ('差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n') % (
        frm, d.year, d.month, d.day, d.hour, d.minute, to, subj)


def original_block(d, frm, to, subj):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n') % (
        frm, datehdr(d), to, subj)


# ---------------------------------------------------------------- html
def text_to_html(text):
    """Plain text (with > quoting) to simple HTML with nested blockquotes."""
    out = []
    depth = 0
    for ln in text.split('\n'):
        m = re.match(r'^((?:> ?)+)', ln)
        d = m.group(1).count('>') if m else 0
        body = ln[len(m.group(1)):] if m else ln
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        out.append((html.escape(body) if body else '') + '<br>')
    while depth:
        out.append('</blockquote>')
        depth -= 1
    s = '\n'.join(out)
    s = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', s)
    return s


def html_wrap(inner, style='plain', lang='ja', title=''):
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><title>%s</title></head>\n'
                '<body style="margin:0;padding:0;background:#f2f3f3">\n'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">'
                '<tr><td align="center">\n<table width="640" cellpadding="0" cellspacing="0" '
                'style="background:#ffffff;font-family:Arial,\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;'
                'font-size:14px;color:#16191f">\n<tr><td style="background:#232f3e;padding:16px 24px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/'
                'PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" '
                'width="90"></td></tr>\n<tr><td style="padding:24px">\n%s\n</td></tr>\n'
                '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a '
                'registered trademark of Amazon.com, Inc.<br>Amazon Web Services, Inc., 410 Terry Ave. '
                'North, Seattle, WA 98109-5210</td></tr>\n</table></td></tr></table>\n</body></html>\n') % (
                    lang, html.escape(title), inner)
    if style == 'credly':
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" '
                'content="width=device-width"></head>\n<body style="background:#f5f5f5;margin:0">\n'
                '<center><table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;'
                'color:#333" cellpadding="0" cellspacing="0">\n<tr><td style="padding:20px 30px;'
                'border-bottom:3px solid #ff6b00"><img src="https://images.credly.com/assets/'
                'credly-logo.png" width="96" alt="Credly"></td></tr>\n<tr><td style="padding:30px">\n'
                '%s\n</td></tr>\n<tr><td style="padding:20px 30px;font-size:11px;color:#888;'
                'background:#fafafa">Credly, Inc. | 2 Park Avenue, Suite 1700 | New York, NY 10016'
                '</td></tr>\n</table></center>\n</body></html>\n') % inner
    if style == 'gmail':
        return '<div dir="ltr">%s</div>\n' % inner
    if style == 'outlook':
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n'
                '</div>\n</body>\n</html>\n') % inner
    return '<html><head><meta charset="utf-8"></head><body>\n%s\n</body></html>\n' % inner


# ---------------------------------------------------------------- MIME
CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'euc-jp': 'euc_jp',
          'windows-1252': 'cp1252'}


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable',
             label=None, codec=None):
    codec = codec or CODECS[charset.lower()]
    if charset.lower() == 'iso-2022-jp':
        text.encode('iso2022_jp')  # raise early on unsupported characters
    raw = text.encode(codec)
    p = Message()
    lab = label or charset
    if subtype == 'plain' and charset.lower() in ('utf-8', 'us-ascii') and cte != 'base64':
        p['Content-Type'] = 'text/plain; charset="%s"' % lab
    else:
        p['Content-Type'] = 'text/%s; charset=%s' % (subtype, lab)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == '7bit':
        p.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    return p


def multipart(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, boundary)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    # set_boundary rewrites the header; keep the quoted form
    return m


def attachment(data, ctype, filename):
    p = Message()
    p['Content-Type'] = '%s; name="%s"' % (ctype, filename)
    p['Content-Disposition'] = 'attachment; filename="%s"' % filename
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p


def inline_image(data, ctype, cid, filename):
    p = Message()
    p['Content-Type'] = '%s; name="%s"' % (ctype, filename)
    p['Content-ID'] = '<%s>' % cid
    p['Content-Disposition'] = 'inline; filename="%s"' % filename
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p


def mime_bytes(root):
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=compat32.clone(max_line_length=0)).flatten(root)
    return bio.getvalue()


# ---------------------------------------------------------------- transport headers
SES_IPS = ['54.240.8', '54.240.9', '54.240.11', '54.240.27', '54.240.48', '23.251.242', '69.169.224']
SES_HOSTS = {'54.240.8': 'a8-{n}.smtp-out.amazonses.com',
             '54.240.9': 'a9-{n}.smtp-out.amazonses.com',
             '54.240.11': 'a11-{n}.smtp-out.amazonses.com',
             '54.240.27': 'a27-{n}.smtp-out.us-west-2.amazonses.com',
             '54.240.48': 'a48-{n}.smtp-out.amazonses.com',
             '23.251.242': 'e242-{n}.smtp-out.us-west-2.amazonses.com',
             '69.169.224': 'e224-{n}.smtp-out.us-east-2.amazonses.com'}


def ses_msgid(r, d, region='email.amazonses.com'):
    ms = int(d.timestamp() * 1000) + r.randint(0, 900)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12), region)


def ses_return_path(r, d):
    ms = int(d.timestamp() * 1000) + r.randint(0, 900)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        ms, r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12))


def dkim_sig(r, d, domain, selector, h, c='relaxed/simple', extra=''):
    t = int(d.timestamp())
    b = fold_b64(r.b64(256), first=4, width=70)
    bh = r.b64(32)
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;%s\n'
            '\th=%s;\n\tbh=%s;\n\tb=%s') % (c, selector, domain, t, extra, h, bh, b)


def auth_results(provider, r, res):
    """Return the provider's Authentication-Results header text.
    res: dict with spf, spf_domain, ip, dkim list [(result, domain, selector)],
    dmarc, from_domain, policy."""
    ip = res['ip']
    mf = res['mailfrom']
    mfd = mf.split('@')[-1]
    dk = res.get('dkim', [])
    dm = res.get('dmarc', 'pass')
    fd = res['from_domain']
    pol = res.get('policy', 'QUARANTINE')
    if provider == 'gmail':
        parts = []
        hb = res.get('_hb') or [r.alnum(8) for _ in dk]
        for (rs, dom, sel), b in zip(dk, hb):
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (rs, dom, sel, b))
        if res['spf'] == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif res['spf'] == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: %s) smtp.mailfrom=%s' % (res['spf'], 'domain of %s does not designate permitted sender hosts' % mf, mf))
        if dm:
            sp = pol
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dm, pol, sp, 'NONE' if dm == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE'), fd))
        return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts)
    if provider == 'outlook':
        dks = dk[0] if dk else ('none', fd, '')
        dktxt = {'pass': 'dkim=pass (signature was verified)',
                 'fail': 'dkim=fail (body hash did not verify)',
                 'none': 'dkim=none (message not signed)'}[dks[0]]
        dkd = ' header.d=%s' % dks[1] if dks[0] != 'none' else ' header.d=none'
        spftxt = {'pass': 'spf=pass (sender IP is %s)' % ip,
                  'fail': 'spf=fail (sender IP is %s)' % ip,
                  'softfail': 'spf=softfail (sender IP is %s)' % ip,
                  'none': 'spf=none (sender IP is %s)' % ip}[res['spf']]
        dmtxt = {'pass': 'dmarc=pass action=none', 'fail': 'dmarc=fail action=quarantine',
                 'bestguesspass': 'dmarc=bestguesspass action=none',
                 'none': 'dmarc=none action=none'}[dm or 'none']
        comp = {'pass': 'compauth=pass reason=100', 'fail': 'compauth=fail reason=000',
                'bestguesspass': 'compauth=pass reason=109', 'none': 'compauth=softpass reason=201'}[dm or 'none']
        return ('Authentication-Results: %s\n smtp.mailfrom=%s;%s\n%s;%s\n header.from=%s;%s') % (
            spftxt, mfd, dktxt[0:0] + ' ' + dktxt, dkd, ' ' + dmtxt, fd, comp)
    # Japanese providers and others: generic RFC 8601 form
    names = {'nifty': 'nifty.com', 'docomo': 'mfsmax.docomo.ne.jp', 'ocn': 'ocn.ne.jp',
             'biglobe': 'mx.biglobe.ne.jp', 'yahoojp': 'yahoo.co.jp', 'sakura': 'www3312.sakura.ne.jp',
             'sonet': 'mx.so-net.ne.jp', 'corp': res.get('authserv', 'mx.example.co.jp'),
             'icloud': 'mx.icloud.com'}
    parts = ['spf=%s smtp.mailfrom=%s' % (res['spf'], mf)]
    for (rs, dom, sel) in dk:
        parts.append('dkim=%s header.d=%s header.s=%s' % (rs, dom, sel))
    if not dk:
        parts.append('dkim=none')
    if dm:
        parts.append('dmarc=%s header.from=%s' % (dm, fd))
    return 'Authentication-Results: %s;\n\t' % names[provider] + ';\n\t'.join(parts)


def transport(provider, r, d_sent, to_addr, res, sender_host=None, sender_ip=None):
    """Headers added by the receiving side, topmost first."""
    hs = []
    res.setdefault('authserv', 'mail.' + to_addr.split('@')[1])
    d1 = d_sent + dt.timedelta(seconds=r.randint(1, 4))
    d2 = d1 + dt.timedelta(seconds=r.randint(0, 2))
    ip = res['ip']
    host = sender_host or res.get('host', 'mail.example.net')
    if provider == 'gmail':
        loc = d2.astimezone(PDT if 3 <= d2.month <= 10 else PST)
        res['_hb'] = [r.alnum(8) for _ in res.get('dkim', [])]
        hs.append('Delivered-To: %s' % to_addr)
        hs.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), r.hexs(4), r.alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789'), rcvdate(loc)))
        hs.append('X-Google-Smtp-Source: %s' % r.alnum(60))
        hs.append('X-Received: by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            r.hexs(3), r.hexs(4), r.hexs(3), r.hexs(4), r.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            r.hexs(8), r.randint(10, 99), int(d2.timestamp() * 1000) + r.randint(0, 999), rcvdate(loc)))
        hs.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(d1.timestamp()), fold_b64(r.b64(130), width=68, indent='         ')))
        hs.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                  '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
                  '         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
                      r.b64(32), r.b64(32), fold_b64(r.b64(130), width=68, indent='         ')))
        arc = auth_results('gmail', r, res).replace('Authentication-Results: mx.google.com;',
                                                      'ARC-Authentication-Results: i=1; mx.google.com;')
        hs.append(arc)
        hs.append('Return-Path: <%s>' % res['mailfrom'])
        hs.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n'
                  '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                      host, host, ip, r.alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.hexs(8),
                      r.randint(100, 999), r.randint(1000000, 9999999), to_addr, rcvdate(d1.astimezone(loc.tzinfo))))
        spfw = {'pass': 'pass (google.com: domain of %s designates %s as permitted sender)' % (res['mailfrom'], ip),
                'softfail': 'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)' % (res['mailfrom'], ip),
                'none': 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s)' % (ip, res['mailfrom']),
                'fail': 'fail (google.com: domain of %s does not designate %s as permitted sender)' % (res['mailfrom'], ip)}[res['spf']]
        hs.append('Received-SPF: %s client-ip=%s;' % (spfw, ip))
        hs.append(auth_results('gmail', r, res))
        return hs
    if provider == 'outlook':
        loc = d2.astimezone(UTC)
        srv = lambda: 'TY%sPR01MB%d.jpnprd01.prod.outlook.com' % (r.choice(['C', 'W', 'A', 'S']), r.randint(1000, 9999))
        a, b, c = srv(), srv(), 'OS1PEPF%08d.jpnprd01.prod.outlook.com' % r.randint(1000, 99999)
        hs.append('Received: from %s (2603:1096:%s::%s) by\n %s with HTTPS; %s' % (
            b, r.hexs(3), r.hexs(2), a, datehdr(loc)))
        hs.append('Received: from %s (2603:1096:%s:%s::%s) by %s\n (2603:1096:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                      c, r.hexs(3), r.hexs(2), r.hexs(2), b, r.hexs(3), r.hexs(3), r.hexs(2),
                      r.randint(7000, 9300), r.randint(10, 40), datehdr(loc)))
        hs.append(auth_results('outlook', r, res))
        spfw = {'pass': 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender)' % (res['mailfrom'].split('@')[-1], ip),
                'softfail': 'SoftFail (protection.outlook.com: domain of transitioning\n %s discourages use of %s as permitted sender)' % (res['mailfrom'].split('@')[-1], ip),
                'fail': 'Fail (protection.outlook.com: domain of %s does not\n designate %s as permitted sender)' % (res['mailfrom'].split('@')[-1], ip),
                'none': 'None (protection.outlook.com: %s does not designate\n permitted sender hosts)' % res['mailfrom'].split('@')[-1]}[res['spf']]
        hs.append('Received-SPF: %s receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (spfw, ip, host))
        hs.append('Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n'
                  ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
                      host, ip, c, '10.167.%d.%d' % (r.randint(1, 250), r.randint(1, 250)),
                      r.randint(7000, 9300), r.randint(10, 40), datehdr(loc)))
        return hs
    # Japanese ISPs / corporate gateways: Return-Path + Received + AR
    loc = d2.astimezone(JST)
    mx = {'nifty': 'mta-ms%02d.nifty.com' % r.randint(1, 30),
          'docomo': 'mfsmax%02d.docomo.ne.jp' % r.randint(1, 20),
          'ocn': 'mx%02d.ocn.ne.jp' % r.randint(1, 20),
          'biglobe': 'mx-%s.mail.biglobe.ne.jp' % r.hexs(4),
          'yahoojp': 'mta%d.mail.kks.yahoo.co.jp' % r.randint(5000, 5999),
          'sakura': 'www3312.sakura.ne.jp',
          'sonet': 'mx%d.so-net.ne.jp' % r.randint(1, 9),
          'corp': res.get('authserv', 'mx.example.co.jp'),
          'icloud': 'mx%d.mail.icloud.com' % r.randint(1, 9)}[provider]
    hs.append('Return-Path: <%s>' % res['mailfrom'])
    if provider == 'corp':
        hs.append('Received: from %s (localhost [127.0.0.1])\n\tby mbox01.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            mx, to_addr.split('@')[1], r.alnum(11, '0123456789ABCDEF'), to_addr, rcvdate(loc)))
    hs.append('Delivered-To: %s' % to_addr)
    hs.append(auth_results(provider, r, res))
    hs.append('Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
        host, host, ip, mx, r.alnum(12, '0123456789abcdefghijklmnopqrstuvwxyz'), to_addr, rcvdate(loc)))
    return hs


def ses_res(r, from_domain='amazon.com', dmarc='pass', spf='pass', dk=None):
    ipp = r.choice(SES_IPS)
    n = r.randint(10, 120)
    ip = '%s.%d' % (ipp, n)
    host = SES_HOSTS[ipp].format(n=n)
    if dk is None:
        dk = [('pass', from_domain, 'szqgv33erturdv5cvz4vtlsvrnq7ecbp'),
              ('pass', 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')]
    return {'ip': ip, 'host': host, 'mailfrom': None, 'spf': spf, 'dkim': dk,
            'dmarc': dmarc, 'from_domain': from_domain}


# ---------------------------------------------------------------- registry
AWS_ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[\s\-_]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m.group(1) for m in AWS_ID_RE.finditer(t)})


def mail(fname, kind, lang, sv, case_id, headers_top, headers_own, root,
         new_text, account_ids=None, note=None):
    """headers_top: transport headers (topmost first); headers_own: sender headers."""
    ids = ids_in(new_text) if account_ids is None else account_ids
    MAILS.append(dict(fname=fname, kind=kind, lang=lang, sv=sv, case_id=case_id,
                      top=headers_top, own=headers_own, root=root, ids=ids, note=note,
                      new_text=new_text))


def build_alt(plain_text, html_text, r, charset='utf-8', cte='quoted-printable',
              hcharset=None, hcte=None, hlabel=None, plabel=None):
    bnd = '%s' % ('00000000000' + r.hexs(17))
    p1 = textpart(plain_text, 'plain', charset, cte, label=plabel)
    hc = hcharset or charset
    if hc.lower() != 'utf-8' and not hlabel:
        html_text = html_text.replace('<meta charset="utf-8">', '<meta charset="%s">' % hc).replace(
            'content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % hc)
    p2 = textpart(html_text, 'html', hc, hcte or cte, label=hlabel)
    return multipart('alternative', [p1, p2], bnd)


def own_headers(frm, to, subject, date, msgid, extra_before=(), extra_after=(), mime=True):
    hs = list(extra_before)
    hs += ['From: %s' % frm, 'To: %s' % to, 'Subject: %s' % subject,
           'Date: %s' % datehdr(date), 'Message-ID: %s' % msgid]
    hs += list(extra_after)
    return hs


def write_all():
    labels = {}
    for m in MAILS:
        body = mime_bytes(m['root'])
        head = '\n'.join(m['top'] + m['own']) + '\n'
        if not any(h.lower().startswith('mime-version') for h in m['own']):
            head += 'MIME-Version: 1.0\n'
        data = head.encode('utf-8') + body
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, m['fname']), 'wb') as f:
            f.write(data)
        labels[m['fname']] = {'kind': m['kind'], 'case_id': m['case_id'],
                              'account_ids': m['ids'], 'sender_verified': m['sv'],
                              'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(MAILS))


# ======================================================================
# common bits
USER1 = 'haruka.tsuchiya.dev@gmail.com'
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CONSOLE_ADDR = 'no-reply-aws@amazon.com'
SES_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'


def aws_mail(r, d, provider, to_addr, frm, subject_hdr, extra_own=(), res=None,
             feedback='1.us-east-1.Sjv7n0SUxrB5zy3Gm6aZH2CmMhvjbCLp3F6nMh2aeZY=:AmazonSES',
             from_domain='amazon.com', msgid=None, sign=True):
    """Transport + own headers for a genuine Amazon SES mail."""
    res = res or ses_res(r, from_domain)
    res['mailfrom'] = ses_return_path(r, d)
    top = transport(provider, r, d, to_addr, res)
    own = []
    if sign:
        own.append(dkim_sig(r, d, from_domain, 'szqgv33erturdv5cvz4vtlsvrnq7ecbp', SES_H))
        own.append(dkim_sig(r, d, 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', SES_H))
    own += ['Date: %s' % datehdr(d), 'From: %s' % frm, 'To: %s' % to_addr,
            'Message-ID: %s' % (msgid or ses_msgid(r, d)), 'Subject: %s' % subject_hdr]
    own += list(extra_own)
    own += ['MIME-Version: 1.0', 'Feedback-ID: %s' % feedback,
            'X-SES-Outgoing: %d.%02d.%02d-%s' % (d.year, d.month, d.day, res['ip'])]
    return top, own


# ======================================================================
# MAILS
# ---------------------------------------------------------------- thread A (ja, form desk, gmail)
A_OPEN = T(2025, 5, 27, 22, 55, 40)
A_CASE = cid15(A_OPEN, 512)
A_OLD, A_NEW = 'AWS04418273', 'AWS11920365'
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
A_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
A_FORM = """---- お問い合わせ内容 ----
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
氏名: 土屋 遥
AWS 認定受験者 ID: %s
ご連絡先メールアドレス: haruka.tsuchiya.dev@gmail.com
内容:
認定アカウントが2つあります。会社のメールで作ったもの（%s）と、個人のGmailで作ったもの（%s）です。1つにしたいです。""" % (A_OLD, A_OLD, A_NEW)


def credly_mail(r, d, provider, to_addr, frm, subject_hdr, dmarc='pass'):
    ip = '149.72.%d.%d' % (r.randint(1, 250), r.randint(1, 250))
    res = {'ip': ip, 'host': 'o%d.em.credly.com' % r.randint(1, 9),
           'mailfrom': 'bounces+2987431-%s-%s=%s@em.credly.com' % (r.hexs(4), to_addr.split('@')[0], to_addr.split('@')[1]),
           'spf': 'pass', 'dkim': [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
           'dmarc': dmarc, 'from_domain': 'credly.com', 'policy': 'REJECT'}
    top = transport(provider, r, d, to_addr, res)
    own = [dkim_sig(r, d, 'credly.com', 's1', 'from:mime-version:subject:to:cc:content-type:from:subject:to:cc', c='relaxed/relaxed'),
           dkim_sig(r, d, 'sendgrid.info', 'smtpapi', 'from:mime-version:subject:to:cc:content-type:from:subject:to:cc', c='relaxed/relaxed'),
           'Date: %s' % datehdr(d), 'From: %s' % frm, 'Mime-Version: 1.0',
           'Message-ID: <%s.%s@geopod-ismtpd-%d>' % (r.alnum(22), r.randint(0, 9), r.randint(1, 40)),
           'Subject: %s' % subject_hdr, 'To: %s' % to_addr,
           'X-SG-EID: %s' % fold_b64(r.b64(120), width=70, indent=' '),
           'X-Entity-ID: %s' % r.b64(18)]
    return top, own


# 001 case_created ja (form desk auto-ack, HTML only, base64)
r = R(1)
d = A_OPEN + dt.timedelta(seconds=41)
new = """土屋 遥 様

AWS トレーニングと認定へご連絡いただき、ありがとうございます。

お送りいただいたご依頼は、下記の受付番号にて登録されました。担当者が内容を拝見のうえ、原則として 24 時間以内に、このメールアドレス宛てにご返答を差し上げます。

受付番号: %s

同じご依頼についてフォームを重ねてお送りいただきますと、ご返答までにかえってお時間を頂戴する場合がございます。補足の情報がございましたら、新たにフォームを送信なさらず、このメールにそのままご返信ください。

%s

AWS トレーニングと認定 カスタマーサービス
Amazon Web Services""" % (A_CASE, A_FORM)
h = html_wrap(text_to_html(new), 'aws', 'ja', 'AWS トレーニングと認定')
root = textpart(h, 'html', 'utf-8', 'base64')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_SUBJ)
mail('001-ja-form-desk-receipt.eml', 'case_created', 'ja', True, A_CASE, top, own, root, new)

# 002 support_reply ja: which account to keep (ISO-2022-JP)
r = R(2)
d = T(2025, 5, 28, 9, 14, 22)
new = """土屋 遥 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの岡部でございます。

この度は、お手持ちの認定アカウントの件でご連絡をいただき、誠にありがとうございます。

頂戴した内容を拝見いたしました。お客様のお名前で、次の2件の受験者アカウントが登録されていることを当方でも把握しております。

・AWS04418273（ご登録メールアドレス: h.tsuchiya@kitamura-sys.co.jp）
・aws11920365（ご登録メールアドレス: haruka.tsuchiya.dev@gmail.com）

お手続きを進めるにあたり、恐れ入りますが、次の2点をお知らせいただけますでしょうか。

1. 今後もお使いになる（残す）アカウントはどちらでしょうか。
2. 残す方のアカウントで、今後サインインにお使いになるメールアドレス

上記を頂戴でき次第、改めてご案内を差し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

岡部
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""
full = new + '\n\n' + A_FORM
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='iso-2022-jp', cte='7bit', hcte='base64')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_RE)
mail('002-ja-agent-asks-which-account-to-keep.eml', 'support_reply', 'ja', True, A_CASE, top, own, root, new)

# 003 merge_confirmation_requested ja (Shift_JIS base64), quotes user's reply gmail-ja style
r = R(3)
d = T(2025, 5, 29, 1, 40, 5)
d_user = T(2025, 5, 28, 12, 31, tz=JST)
d_prev = T(2025, 5, 28, 18, 14, tz=JST)
new = """土屋 遥 様

ご返信いただき、ありがとうございます。岡部でございます。

お知らせいただいた内容をもとに、下記のとおりお手続きを行う予定でございます。

【今後ご利用いただくアカウント】
　AWS04418273
　サインイン用メールアドレス: haruka.tsuchiya.dev@gmail.com

【取り込み元となり、お手続き後はご利用いただけなくなるアカウント】
　AWS11920365

お手続き後は、AWS11920365 で取得された認定資格および受験履歴がすべて AWS04418273 へ移り、AWS11920365 は閉鎖されます。なお、一度実施いたしますと、元の状態へ戻すことはできかねますので、あらかじめご了承ください。

上記の内容に相違がなく、このまま進めてよろしければ、本メールへのご返信にてその旨お知らせいただけますでしょうか。ご返信を頂戴してから作業に着手いたします。

よろしくお願い申し上げます。

岡部
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""
user_reply = """岡部様

ご連絡ありがとうございます。

1. 残したいのは AWS04418273 の方です（資格が多いので）。
2. サインインは haruka.tsuchiya.dev@gmail.com にしたいです。会社のアドレスは来月で使えなくなります。

よろしくお願いいたします。
土屋

%s
%s""" % (gmail_attr_ja(d_prev, 'Amazon Web Services', FORM_ADDR),
         q("""土屋 遥 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの岡部でございます。
（中略）
・AWS04418273（ご登録メールアドレス: h.tsuchiya@kitamura-sys.co.jp）
・aws11920365（ご登録メールアドレス: haruka.tsuchiya.dev@gmail.com）
（中略）
1. 今後もお使いになる（残す）アカウントはどちらでしょうか。
2. 残す方のアカウントで、今後サインインにお使いになるメールアドレス"""))
quoted = '---------- 元のメッセージ ----------\n差出人: 土屋遥 <haruka.tsuchiya.dev@gmail.com>\n送信日時: %s\n\n' % datehdr(d_user) + user_reply
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='shift_jis', cte='base64')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_RE)
mail('003-ja-please-reply-if-no-discrepancy.eml', 'merge_confirmation_requested', 'ja', True, A_CASE, top, own, root, new)

# 004 support_reply ja: thanks for agreeing, work will start
r = R(4)
d = T(2025, 5, 29, 6, 2, 51)
d_user = T(2025, 5, 29, 13, 47, tz=JST)
new = """土屋 遥 様

ご了承のご連絡をいただき、誠にありがとうございます。

頂戴した内容にて、これより担当部署で作業を進めてまいります。通常、2〜3 営業日ほどお時間を頂戴しております。作業が済みましたら、改めてこちらからご連絡を差し上げます。

それまでの間、どちらのアカウントでも新たに試験のご予約をなさらないようお願いいたします。

引き続きよろしくお願い申し上げます。

岡部
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""
quoted = q("""岡部様

上記の内容で問題ありません。進めてください。
The details are correct. Please proceed with the merge.

土屋

%s
> 【今後ご利用いただくアカウント】
> 　AWS04418273
> 【取り込み元となり、お手続き後はご利用いただけなくなるアカウント】
> 　AWS11920365""" % gmail_attr_ja(T(2025, 5, 29, 10, 40, 5, JST), 'Amazon Web Services', FORM_ADDR))
full = new + '\n\n' + gmail_attr_ja(d_user, '土屋遥', USER1) + '\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_RE)
mail('004-ja-thanks-for-agreeing-work-starts.eml', 'support_reply', 'ja', True, A_CASE, top, own, root, new)

# 005 merge_completed ja, avoiding 完了/統合
r = R(5)
d = T(2025, 5, 30, 23, 18, 9)
new = """土屋 遥 様

大変お待たせいたしました。岡部でございます。

AWS11920365 に登録されていた認定資格および受験履歴を、AWS04418273 へすべて移し終えました。今後は haruka.tsuchiya.dev@gmail.com で AWS 認定アカウントにサインインいただけます。AWS11920365 は既に閉鎖されておりますので、ご利用になれません。

お手数ですが、サインイン後に次の点をご覧いただけますと幸いです。
・取得済みの認定資格がすべて一覧に表示されていること
・次回受験 50% 割引などの特典が引き継がれていること

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く見込みです。

その他ご不明な点がございましたら、このメールにご返信ください。

岡部
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_RE)
mail('005-ja-records-moved-to-surviving-id.eml', 'merge_completed', 'ja', True, A_CASE, top, own, root, new)

# 006 survey ja (closure + rating request, HTML only)
r = R(6)
d = T(2025, 5, 31, 0, 5, 44)
new = """土屋 遥 様

このたびは AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
受付番号 %s のお問い合わせにつきましては、これをもちまして対応を終えさせていただきます。

今後の品質向上のため、今回の対応についてお客様のご感想をお聞かせください（所要時間 1 分程度）。

お問い合わせの内容は解決しましたか？
　はい: https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq0wXzTcert?caseId=%s&resolved=yes&lang=ja
　いいえ: https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq0wXzTcert?caseId=%s&resolved=no&lang=ja

お問い合わせが解決していない場合は、このメールにご返信いただくことで、引き続きご相談いただけます。

AWS トレーニングと認定 カスタマーサービス""" % (A_CASE, A_CASE, A_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja', 'ご感想をお聞かせください')
root = textpart(h, 'html', 'utf-8', 'quoted-printable')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM,
                    ew('[CASE %s] ご意見をお聞かせください' % A_CASE, 'utf-8', 'B', chunk=14))
mail('006-ja-closing-and-asking-impressions.eml', 'survey', 'ja', True, A_CASE, top, own, root, new)

# 007 credly_badge_issued ja
r = R(7)
d = T(2025, 6, 1, 3, 12, 30)
new = """土屋 遥さん

Amazon Web Services Training and Certification から、あなたにデジタルバッジが贈られました。

AWS Certified Solutions Architect – Associate

下のボタンからバッジを受け取り、LinkedIn やメール署名などで公開できます。

バッジを受け取る: https://www.credly.com/earner/earned/badge/7c1f3a2e-58b4-4d0b-9e3a-2f61c0a8d4b7?locale=ja

このバッジは、AWS 認定アカウントの整理に伴い、お客様の Credly アカウントへ改めてお届けしたものです。

Credly チーム"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = credly_mail(r, d, 'gmail', USER1,
                       '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                       ew('土屋 遥さん、新しいバッジを受け取りましょう', 'utf-8', 'B', chunk=11))
mail('007-ja-credly-receive-your-badge.eml', 'credly_badge_issued', 'ja', True, None, top, own, root, new)

# ---------------------------------------------------------------- thread B (ja, console, outlook.jp)
USER2 = 'k-nishimura_1987@outlook.jp'
B_OPEN = T(2024, 11, 12, 3, 21, 7)
B_CASE = cid15(B_OPEN, 733)
B_TITLE = '認定アカウントが二つあるので一つにまとめたい'
B_LINK = 'https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=%s&language=ja' % B_CASE
CONSOLE_FOOT_JA = """このメールアドレスへのご返信は受け付けておりません。ケースへのご返信は AWS サポートセンターから行ってください。
%s

このやり取りを評価するには、以下のいずれかをクリックしてください:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""

# 008 case_created ja (console)
r = R(8)
d = B_OPEN + dt.timedelta(seconds=9)
new = """AWS サポートにお問い合わせいただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を登録いたしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: Training and Certification
カテゴリ: Account Merge

ケースの詳細の確認、または追加情報のご提供は、AWS サポートセンターから行ってください。
%s

このメールに直接ご返信いただいても、当窓口では受け取ることができません。

よろしくお願いいたします。
Amazon Web Services""" % (B_CASE, B_CASE, B_TITLE, B_LINK)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('Amazon Web Services: 新しいサポートケースを受け付けました: %s' % B_CASE, 'utf-8', 'B', chunk=16))
mail('008-ja-console-case-registered.eml', 'case_created', 'ja', True, B_CASE, top, own, root, new)

# 009 support_reply ja (console "new correspondence" notice)
r = R(9)
d = T(2024, 11, 13, 2, 10, 33)
new = """%s 様

ケース %s に、AWS サポートから新しいメッセージが届いています。

内容をご覧になるには、AWS マネジメントコンソールにサインインし、サポートセンターを開いてください。
%s

※このメッセージは送信専用のアドレスからお送りしています。

Amazon Web Services""" % ('西村 健太', B_CASE, B_LINK)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('[ケース %s] 新しいやり取りが追加されました' % B_CASE, 'utf-8', 'B', chunk=15))
mail('009-ja-console-new-message-notice.eml', 'support_reply', 'ja', True, B_CASE, top, own, root, new)

# 010 merge_confirmation_requested ja, machine-translated style (console)
r = R(10)
d = T(2024, 11, 14, 18, 44, 2)
new = """こんにちは 西村 健太、

AWS トレーニングと認定にお問い合わせいただきありがとうございます。

私はあなたの 2 つの認定アカウントを 1 つに結合するためのリクエストを受け取りました。私たちが続行する前に、以下の詳細が正しいことを検証してください:

プライマリアカウント (保持されます): AWS27750192
セカンダリアカウント (プライマリに結合され、その後無効化されます): AWS-30018846

このアクションは一度実行されると元に戻すことができないことに注意してください。セカンダリアカウントのすべての認定、試験履歴、および特典はプライマリアカウントに移動されます。

上記の詳細が正しい場合は、サポートセンターでこのケースに返信し、私たちが続行することを承認してください。あなたの返信を受け取るまで、私たちはいかなる変更も行いません。

敬具、

Daniel M.
アマゾン ウェブ サービス

""" + CONSOLE_FOOT_JA % (B_LINK, B_CASE, B_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('RE:[CASE %s] %s' % (B_CASE, B_TITLE), 'utf-8', 'B', chunk=14))
mail('010-ja-machine-translated-please-verify-details.eml', 'merge_confirmation_requested', 'ja', True, B_CASE, top, own, root, new)

# 011 merge_completed ja, machine-translated style (console)
r = R(11)
d = T(2024, 11, 16, 7, 3, 58)
new = """こんにちは 西村 健太、

お待ちいただきありがとうございます。

あなたのリクエストに従って、アカウント AWS30018846 のすべてのデータはアカウント AWS27750192 に正常に移動されました。今後は AWS27750192 とそれに関連付けられたメールアドレスを使用してサインインしてください。AWS30018846 はもうアクティブではありません。

あなたの Credly バッジは 24-48 時間以内に反映されるはずです。それらが表示されない場合は、このケースに返信してください。

他に何かお手伝いできることがあれば、私たちに知らせてください。

敬具、

Daniel M.
アマゾン ウェブ サービス

""" + CONSOLE_FOOT_JA % (B_LINK, B_CASE, B_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('RE:[CASE %s] %s' % (B_CASE, B_TITLE), 'utf-8', 'B', chunk=14))
mail('011-ja-machine-translated-data-moved.eml', 'merge_completed', 'ja', True, B_CASE, top, own, root, new)

# 012 survey ja (console resolved notice)
r = R(12)
d = T(2024, 11, 20, 7, 5, 11)
new = """AWS サポートをご利用いただき、ありがとうございます。

ケース %s（%s）は解決済みとなりました。引き続きご質問がある場合は、14 日以内であればサポートセンターからこのケースを再開していただけます。
%s

今回のサポートはいかがでしたか? 以下のリンクから、5 段階でご評価ください。お寄せいただいたご意見は、サービス改善のために活用させていただきます。
https://console.aws.amazon.com/support/feedback?displayId=%s&type=case

Amazon Web Services""" % (B_CASE, B_TITLE, B_LINK, B_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = textpart(h, 'html', 'utf-8', 'base64')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('Amazon Web Services: ケース %s は解決済みです' % B_CASE, 'utf-8', 'Q', chunk=14))
mail('012-ja-console-resolved-rate-us.eml', 'survey', 'ja', True, B_CASE, top, own, root, new)

# ---------------------------------------------------------------- thread C (mixed ja/en, corporate M365, 11-digit)
USER3 = 'takeshi.mori@hanamizuki-tech.co.jp'
C_CASE = '12876033941'
C_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE

# 013 case_created en (form auto-ack, English template)
r = R(13)
d = T(2023, 8, 21, 1, 12, 40)
new = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that your request has reached us and a member of our team will get back to you, usually within 24 hours.

Your reference number is %s. Please keep it for any future correspondence about this request.

To help us respond faster, please do not submit another form for the same issue. If you need to add information, simply reply to this email.

Sincerely,
AWS Training and Certification Customer Service""" % C_CASE
h = html_wrap(text_to_html(new), 'aws', 'en')
root = build_alt(new, h, r, charset='us-ascii', cte='7bit', hcharset='utf-8', hcte='quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER3, FORM_FROM,
                    '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE)
mail('013-en-form-auto-ack-reference-number.eml', 'case_created', 'en', True, C_CASE, top, own, root, new)

# 014 support_reply, Japanese first then English: asks sign-in addresses
r = R(14)
d = T(2023, 8, 22, 4, 30, 15)
new = """森 武 様

AWS トレーニングと認定 カスタマーサービスの Lin でございます。
お問い合わせの件、確かに承りました。

恐れ入りますが、お客様のお名前で登録されている受験者アカウントを特定するため、それぞれのアカウントへのサインインにお使いのメールアドレスをお知らせいただけますでしょうか。フォームにご記入いただいた ID（AWS61205587）以外に、もう一方の ID がお分かりでしたら、併せてお知らせください。

--- English follows ---

Dear Takeshi Mori,

Thank you for reaching out. To locate both of your candidate profiles, could you please share the e-mail address you use to sign in to each account? If you know the candidate ID of the other account (besides AWS61205587), please include it as well.

よろしくお願いいたします。
Best regards,

Lin
AWS Training and Certification Customer Service
Amazon Web Services"""
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'outlook', USER3, FORM_FROM, C_RE)
mail('014-ja-en-bilingual-asks-signin-addresses.eml', 'support_reply', 'ja', True, C_CASE, top, own, root, new)

# 015 merge_confirmation_requested en with Japanese note; quotes Outlook-ja reply with full-width ids
r = R(15)
d = T(2023, 8, 23, 2, 5, 47)
d_user = T(2023, 8, 22, 17, 48, tz=JST)
new = """Dear Takeshi Mori,

Thank you for the information. Before we go ahead, please review the following carefully.

- Candidate ID AWS09937140 (sign-in: t.mori.aws@gmail.com) will be folded into candidate ID AWS61205587 (sign-in: takeshi.mori@hanamizuki-tech.co.jp).
- AWS61205587 stays active. All certifications, exam history and benefits of AWS09937140 will be carried over to it, and AWS09937140 will be closed.
- This cannot be reversed afterwards.

If everything above is as you expect, please reply "I agree" to this email. We will not make any change until we receive your answer.

※上記の内容でよろしければ、このメールに「同意します」とご返信ください。ご返信をいただくまで、作業は行いません。

Best regards,

Lin
AWS Training and Certification Customer Service
Amazon Web Services"""
quoted = outlook_block_ja(d_user, '森 武 <%s>' % USER3, FORM_ADDR, C_RE) + """
Lin様

お世話になっております。森です。
もう一方のアカウントは個人のGmailで作成したもので、IDは ＡＷＳ０９９３７１４０ です。
サインイン用のメールアドレスは以下の通りです。

ＡＷＳ６１２０５５８７：takeshi.mori@hanamizuki-tech.co.jp
ＡＷＳ０９９３７１４０：t.mori.aws@gmail.com

会社のアドレスの方を残したいです。
よろしくお願いいたします。

――――――――――――――――
株式会社はなみずきテック
開発部　森 武
TEL: 03-5412-7781
――――――――――――――――"""
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'aws', 'en')
root = build_alt(full, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER3, FORM_FROM, C_RE)
mail('015-en-folded-into-reply-i-agree.eml', 'merge_confirmation_requested', 'en', True, C_CASE, top, own, root, new)

# 016 merge_completed + closure + survey in one mail (ja)
r = R(16)
d = T(2023, 8, 24, 9, 51, 3)
new = """森 武 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの Lin でございます。

大変お待たせいたしました。ご依頼いただいた 2 つのアカウントを 1 つにまとめる作業が終わり、現在は AWS61205587 のみをお使いいただける状態となっております。AWS09937140 に紐づいていた認定資格もすべてこちらでご確認いただけます。

なお、本件はこれにてクローズとさせていただきます。お手すきの際に、今回の対応について簡単なアンケートにご協力いただけますと幸いです。
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq0wXzTcert?caseId=%s&lang=ja

今後とも AWS 認定をよろしくお願いいたします。

Lin
AWS Training and Certification Customer Service
Amazon Web Services""" % C_CASE
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='base64')
top, own = aws_mail(r, d, 'outlook', USER3, FORM_FROM, C_RE)
mail('016-ja-combined-and-case-closed-with-survey.eml', 'merge_completed', 'ja', True, C_CASE, top, own, root, new,
     note='closure + survey + merge done in one mail: labelled merge_completed')

# 017 survey en (HTML only)
r = R(17)
d = T(2023, 8, 24, 10, 2, 19)
new = """How did we do?

Hello Takeshi,

Your recent request to AWS Training and Certification (reference %s) has been closed. We would love to hear about your experience.

Was your issue resolved?
YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_9Zx2ResolvedTC?cid=%s&r=1
NO: https://amazonwebservices.qualtrics.com/jfe/form/SV_9Zx2ResolvedTC?cid=%s&r=0

It only takes a minute, and your feedback helps us improve.

Thank you,
AWS Training and Certification""" % (C_CASE, C_CASE, C_CASE)
h = html_wrap(text_to_html(new), 'aws', 'en', 'How did we do?')
root = textpart(h, 'html', 'utf-8', 'quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER3, '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
                    'How did we do? [CASE %s]' % C_CASE)
mail('017-en-how-did-we-do.eml', 'survey', 'en', True, C_CASE, top, own, root, new)

# ---------------------------------------------------------------- thread D (en, non-native agent, 10-digit, 2020)
USER4 = 'yuki.aoyama.0815@gmail.com'
D_CASE = '7203394581'
D_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE

# 018 merge_confirmation_requested en, non-native
r = R(18)
d = T(2020, 9, 8, 11, 26, 37)
new = """Dear Yuki Aoyama,

Greetings from AWS Training and Certification!

As per your request, we are going to combine your both candidate profiles. Kindly find the details below:

Primary profile (to be retained): AWS 00873321 - yuki.aoyama.0815@gmail.com
Secondary profile (will be deactivated post process): AWS 01562904 - y-aoyama@nagisa-denki.jp

Please note that once the process is done, it can not be reverted back. All the exam history and certifications will be moved to primary profile.

Request you to kindly revert on this email with your consent so that we can take it further.

Thanks & Regards,
Sandeep K
AWS Training and Certification Customer Service"""
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='us-ascii', cte='7bit')
top, own = aws_mail(r, d, 'gmail', USER4, FORM_FROM, D_RE)
mail('018-en-nonnative-revert-with-consent.eml', 'merge_confirmation_requested', 'en', True, D_CASE, top, own, root, new)

# 019 support_reply en chaser; ids only in quoted part
r = R(19)
d = T(2020, 9, 11, 10, 2, 6)
new = """Dear Yuki Aoyama,

This is a gentle reminder regarding your request. We have not yet received your consent on the below email.

Please revert at the earliest so that we can proceed further. If we do not hear from you within 3 business days, we will consider the request as no longer required.

Thanks & Regards,
Sandeep K
AWS Training and Certification Customer Service"""
quoted = original_block(T(2020, 9, 8, 11, 26, 37), 'Amazon Web Services <%s>' % FORM_ADDR, USER4, D_RE) + """
Dear Yuki Aoyama,

Greetings from AWS Training and Certification!

As per your request, we are going to combine your both candidate profiles. Kindly find the details below:

Primary profile (to be retained): AWS 00873321 - yuki.aoyama.0815@gmail.com
Secondary profile (will be deactivated post process): AWS 01562904 - y-aoyama@nagisa-denki.jp

Please note that once the process is done, it can not be reverted back."""
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='us-ascii', cte='7bit')
top, own = aws_mail(r, d, 'gmail', USER4, FORM_FROM, D_RE)
mail('019-en-gentle-reminder-no-consent-yet.eml', 'support_reply', 'en', True, D_CASE, top, own, root, new)

# 020 merge_completed en, non-native; quotes user consent (gmail en)
r = R(20)
d = T(2020, 9, 14, 6, 40, 55)
new = """Dear Yuki Aoyama,

Thank you for your patience.

We are pleased to inform that both the profiles are now consolidated under AWS00873321. You may login with yuki.aoyama.0815@gmail.com going forward. Your certification "AWS Certified Cloud Practitioner" is reflecting in the primary profile now.

Kindly check from your end and let us know if anything is missing.

Thanks & Regards,
Sandeep K
AWS Training and Certification Customer Service"""
quoted = gmail_attr_en(T(2020, 9, 12, 22, 15, tz=JST), 'Yuki Aoyama', USER4) + '\n' + q(
    """Hello Sandeep,

Sorry for late reply. I was on vacation.
Yes, the details are correct. Please proceed.

Yuki Aoyama""")
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'gmail', USER4, FORM_FROM, D_RE)
mail('020-en-profiles-consolidated.eml', 'merge_completed', 'en', True, D_CASE, top, own, root, new)

# ---------------------------------------------------------------- thread E (ja, form desk, nifty)
USER5 = 'shun.fujimaki@nifty.com'
E_OPEN = T(2025, 9, 16, 5, 48, 12)
E_CASE = cid15(E_OPEN, 1)
E_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE
E_SIG = """
――――――――――――――――――――
AWS トレーニングと認定 カスタマーサービス
担当：三宅
Amazon Web Services
――――――――――――――――――――"""

# 021 case_created ja, Shift_JIS label with CP932-only characters
r = R(21)
d = E_OPEN + dt.timedelta(seconds=35)
new = """※本メールはシステムより自動でお送りしております。

藤巻 駿 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
下記のとおりお問い合わせを承りました。担当者より順次ご連絡いたしますので、今しばらくお待ちくださいませ。

　お問い合わせ番号：%s
　お問い合わせ種別：Certification ／ Account Merge
　受験者 ID：AWS73310458

ご留意事項
① 同じ内容のお問い合わせを重ねてお送りいただきますと、かえってご返答が遅れる場合がございます。
② 追加でお伝えいただきたい事項は、本メールへのご返信にてお寄せください。
③ 混雑状況により、ご返答までに 1～2 営業日ほどお時間をいただく場合がございます。

AWS トレーニングと認定 カスタマーサービス""" % E_CASE
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='shift_jis', cte='base64')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM,
                    ew('【自動送信】お問い合わせを承りました [CASE %s]' % E_CASE, 'shift_jis', 'B', chunk=12))
mail('021-ja-auto-reply-sjis-cp932-chars.eml', 'case_created', 'ja', True, E_CASE, top, own, root, new,
     note='Shift_JIS label but CP932-only characters (circled digits, wave dash)')

# 022 support_reply ja: status update, still investigating
r = R(22)
d = T(2025, 9, 18, 8, 15, 40)
new = """藤巻 駿 様

いつも AWS 認定をご利用いただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサービスの三宅でございます。

お問い合わせいただいた件につきまして、現在、担当部署にて記録の照合を進めております。ご返答までにお時間を頂戴しており、誠に申し訳ございません。

進展がございましたら、こちらから改めてご連絡を差し上げます。恐れ入りますが、今しばらくお待ちいただけますと幸いです。
""" + E_SIG
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='iso-2022-jp', cte='base64')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM, E_RE)
mail('022-ja-still-checking-records.eml', 'support_reply', 'ja', True, E_CASE, top, own, root, new)

# 023 support_reply ja: question about name spelling (identity), not the merge approval
r = R(23)
d = T(2025, 9, 19, 2, 33, 9)
new = """藤巻 駿 様

お世話になっております。三宅でございます。

照合を進めましたところ、お客様がお持ちの 2 つの受験者アカウントで、ご登録のお名前の表記が異なっておりました。

　AWS73310458：FUJIMAKI SHUN
　AWS52846019：Fujimaki Syun

ご本人様であることを確かめるため、お手数ですが、試験当日にご提示になる身分証明書に記載されているローマ字表記をお知らせいただけますでしょうか。いただいた表記に合わせて、お名前を揃えさせていただきます。

なお、この段階ではまだアカウントへの変更は一切行っておりません。
""" + E_SIG
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM, E_RE)
mail('023-ja-asks-romaji-name-on-id-document.eml', 'support_reply', 'ja', True, E_CASE, top, own, root, new)

# 024 merge_confirmation_requested ja (名寄せ, no 統合)
r = R(24)
d = T(2025, 9, 22, 4, 2, 27)
new = """藤巻 駿 様

お世話になっております。三宅でございます。
ローマ字表記のご連絡をいただき、ありがとうございました。

お客様の受験者アカウントの名寄せにつきまして、以下の内容で作業を行う予定でございます。

　■ 今後お使いいただくアカウント
　　AWS73310458（お名前の表記：FUJIMAKI SHUN）
　■ 名寄せ後に閉鎖となるアカウント
　　AWS52846019

閉鎖となるアカウントの認定資格・受験履歴・特典は、すべて AWS73310458 に引き継がれます。作業後に元へ戻すことはできかねますので、ご了承ください。

上記の内容で相違ございませんでしょうか。差し支えなければ、本メールへのご返信にてご承諾の旨をお知らせください。ご返信をいただくまで、作業は保留とさせていただきます。
""" + E_SIG
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='iso-2022-jp', cte='7bit', hcharset='iso-2022-jp', hcte='quoted-printable')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM, E_RE)
mail('024-ja-nayose-awaiting-your-consent.eml', 'merge_confirmation_requested', 'ja', True, E_CASE, top, own, root, new)

# 025 support_reply ja: consent received, handed over (quotes Thunderbird-ja style)
r = R(25)
d = T(2025, 9, 22, 9, 41, 0)
new = """藤巻 駿 様

お世話になっております。三宅でございます。

ご承諾のご連絡、確かに拝受いたしました。作業担当へ引き継ぎましたので、名寄せが済み次第、改めてご案内申し上げます。

今しばらくお待ちくださいますよう、お願い申し上げます。
""" + E_SIG
quoted = '2025/09/22 15:10 に Amazon Web Services さんは書きました:\n' + q("""藤巻 駿 様
（略）
　■ 今後お使いいただくアカウント
　　AWS73310458（お名前の表記：FUJIMAKI SHUN）
　■ 名寄せ後に閉鎖となるアカウント
　　AWS52846019
（略）""")
user = """三宅様

お世話になります。藤巻です。
内容に相違ありません。どうぞよろしくお願いいたします。

""" + quoted
full = new + '\n\n-----Original Message-----\nFrom: 藤巻 駿 <%s>\nSent: Mon, 22 Sep 2025 15:38:12 +0900\nTo: %s\nSubject: %s\n\n' % (USER5, FORM_ADDR, E_RE) + user
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM, E_RE)
mail('025-ja-consent-received-handed-over.eml', 'support_reply', 'ja', True, E_CASE, top, own, root, new)

# 026 merge_completed ja
r = R(26)
d = T(2025, 9, 25, 1, 7, 36)
new = """藤巻 駿 様

お世話になっております。三宅でございます。

お待たせいたしました。名寄せの作業が終わりましたので、ご報告いたします。

今後は AWS73310458 にサインインいただくと、これまでの認定資格および受験履歴をまとめてご覧いただけます。AWS52846019 はすでに閉鎖されております。

なお、旧アカウントでご予約中の試験はございませんでしたので、お客様側での追加のお手続きは不要です。Credly のバッジは、数日のうちに登録メールアドレス宛てにご案内が届く予定です。
""" + E_SIG
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'nifty', USER5, FORM_FROM, E_RE)
mail('026-ja-nayose-work-finished.eml', 'merge_completed', 'ja', True, E_CASE, top, own, root, new)

# 027 credly_badge_issued en: badges reissued after the AWS account change
r = R(27)
d = T(2025, 9, 26, 14, 20, 11)
new = """Hi Shun,

Good news! Following an update to your AWS Certification account, Amazon Web Services Training and Certification has reissued the following badges to this email address:

- AWS Certified Developer – Associate
- AWS Certified Cloud Practitioner

Accept your badges to add them to your Credly profile and share them with your network.

Accept badges: https://www.credly.com/earner/earned/share/9b2f0c1e-4a7d-4c55-8e06-3d1bb2a6f4e0

Questions? Visit https://support.credly.com

The Credly Team"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = credly_mail(r, d, 'nifty', USER5,
                       '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                       'Your AWS badges have been reissued - accept them now')
mail('027-en-credly-badges-reissued.eml', 'credly_badge_issued', 'en', True, None, top, own, root, new)

# ---------------------------------------------------------------- thread F (ja, yahoo.co.jp, three accounts, 2026)
USER6 = 'mizuho_kanda@yahoo.co.jp'
F_OPEN = T(2026, 1, 19, 0, 33, 20)
F_CASE = cid15(F_OPEN, 20945)
F_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE

# 028 merge_confirmation_requested ja, three accounts (集約)
r = R(28)
d = T(2026, 1, 20, 6, 12, 55)
new = """神田 瑞穂 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の井上と申します。

お客様のお名前で 3 件の受験者アカウントが見つかりました。お申し出に基づき、以下のとおり 1 件に集約する方向で準備を進めております。

　残るアカウント　：AWS55556021（mizuho_kanda@yahoo.co.jp）
　集約されるアカウント：AWS11140872（m.kanda@seiran-univ.ac.jp）
　　　　　　　　　　　　AWS33304719（kanda.mizuho.work@gmail.com）

集約されるアカウントでお持ちの認定資格・受験履歴はすべて AWS55556021 に移り、移行元の 2 件は以後ご利用いただけなくなります。また、この作業は後から取り消すことができません。

お手数ではございますが、上記にご異存がないか今一度お目通しのうえ、問題なければその旨を本メールにご返信ください。

何卒よろしくお願い申し上げます。

井上
AWS トレーニングと認定 カスタマーサービス"""
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='base64')
top, own = aws_mail(r, d, 'yahoojp', USER6, FORM_FROM, F_RE)
mail('028-ja-three-accounts-into-one-any-objection.eml', 'merge_confirmation_requested', 'ja', True, F_CASE, top, own, root, new)

# 029 merge_completed ja, three accounts
r = R(29)
d = T(2026, 1, 22, 3, 58, 14)
new = """神田 瑞穂 様

お世話になっております。井上でございます。

先日ご了承いただいた件、作業を終えましたのでご報告いたします。3 件の受験者アカウントは AWS55556021 の 1 件に集約され、AWS11140872 と AWS33304719 は閉鎖いたしました。

今後は mizuho_kanda@yahoo.co.jp でサインインしていただければ、すべての認定資格をご確認いただけます。万一、表示されていない資格などがございましたら、このメールにご返信ください。

井上
AWS トレーニングと認定 カスタマーサービス"""
quoted = gmail_attr_ja(T(2026, 1, 20, 21, 4, tz=JST), '神田瑞穂', USER6) + '\n' + q("""井上様

ご連絡ありがとうございます。
内容に異存ありません。よろしくお願いします。

神田""")
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'yahoojp', USER6, FORM_FROM, F_RE)
mail('029-ja-three-accounts-now-one.eml', 'merge_completed', 'ja', True, F_CASE, top, own, root, new)

# 030 survey ja (HTML only, 5-point rating)
r = R(30)
d = T(2026, 1, 22, 4, 30, 2)
new = """神田 瑞穂 様

AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
お問い合わせ番号 %s につきましては、対応を終了いたしました。

■ アンケートへのご協力のお願い
担当者の対応はいかがでしたか。下記より 5 段階でご評価ください。
https://amazonwebservices.qualtrics.com/jfe/form/SV_eL7cJaTcSat?case=%s&lang=ja

ご回答は任意です。いただいたご意見は、今後のサービス向上に役立ててまいります。

AWS トレーニングと認定""" % (F_CASE, F_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja', 'アンケートへのご協力のお願い')
root = textpart(h, 'html', 'utf-8', 'base64')
top, own = aws_mail(r, d, 'yahoojp', USER6, FORM_FROM,
                    ew('[CASE %s] アンケートへのご協力のお願い' % F_CASE, 'iso-2022-jp', 'B', chunk=12))
mail('030-ja-questionnaire-request.eml', 'survey', 'ja', True, F_CASE, top, own, root, new)

def other_mail(r, d, provider, to_addr, frm, subject_hdr, res, dkim=None, msgid=None,
               extra=(), order='dfstm'):
    """Transport + own headers for a non-SES sender.  dkim: (domain, selector) or None."""
    top = transport(provider, r, d, to_addr, res)
    own = []
    if dkim:
        own.append(dkim_sig(r, d, dkim[0], dkim[1], 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed'))
    own += list(extra)
    own += ['Date: %s' % datehdr(d), 'From: %s' % frm, 'To: %s' % to_addr,
            'Subject: %s' % subject_hdr, 'Message-ID: %s' % (msgid or '<%s@%s>' % (r.hexs(24), frm.split('@')[-1].rstrip('>'))),
            'MIME-Version: 1.0']
    return top, own


# ---------------------------------------------------------------- thread G (en console, icloud)
USER7 = 'rin@hosokawa-home.net'
G_OPEN = T(2024, 4, 3, 2, 15, 44)
G_CASE = cid15(G_OPEN, 91)
G_TITLE = 'Merge two certification accounts'
G_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en' % G_CASE
EN_FOOT = """Please do not reply to this email. This address cannot accept replies. To respond, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

To rate this correspondence, please click one of the links below:
https://console.aws.amazon.com/support/rating?displayId=%s&rating=excellent
https://console.aws.amazon.com/support/rating?displayId=%s&rating=poor

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

# 031 case_created en (console) - no Authentication-Results at all
r = R(31)
d = G_OPEN + dt.timedelta(seconds=6)
new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I passed my exams with two different AWS Certification accounts by mistake (AWS40719934 and aws 40722018). I would like to keep only AWS40719934 and move everything there. Thank you, Rin Hosokawa

You can view the details of your case, or reply to it, in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

Please do not reply to this email. This address cannot accept replies.

Amazon Web Services""" % (G_CASE, G_CASE, G_TITLE, G_CASE)
h = html_wrap(text_to_html(new), 'aws', 'en')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = ses_res(r)
res['mailfrom'] = ses_return_path(r, d)
top = ['Return-Path: <%s>' % res['mailfrom'],
       'Delivered-To: %s' % USER7,
       'Received: from mail.hosokawa-home.net\n\tby mail.hosokawa-home.net with LMTP\n\tid 8Kx3JcG6DGb1LwAAx0Zbkg\n\t(envelope-from <%s>)\n\tfor <%s>; %s' % (
           res['mailfrom'], USER7, rcvdate((d + dt.timedelta(seconds=4)).astimezone(JST))),
       'Received: from %s (%s [%s])\n\tby mail.hosokawa-home.net (Postfix) with ESMTPS id 4VB7sX2Lqtz3wYp\n\tfor <%s>; %s' % (
           res['host'], res['host'], res['ip'], USER7, rcvdate((d + dt.timedelta(seconds=3)).astimezone(JST)))]
_, own = aws_mail(r, d, 'gmail', USER7, CONSOLE_FROM,
                  'Amazon Web Services: You have opened a new Support case: %s' % G_CASE)
mail('031-en-console-new-case-no-auth-results.eml', 'case_created', 'en', None, G_CASE, top, own, root, new)

# 032 support_reply en (console): thank you for confirming, we will proceed
r = R(32)
d = T(2024, 4, 5, 1, 2, 18)
new = """Hello Rin,

Thank you for your confirmation.

I have now passed your request to our internal team so that the history of AWS40722018 is moved under AWS40719934. This normally takes 3 to 5 business days. I will update this case as soon as I hear back from them, so there is no need to open a new case in the meantime.

Best regards,
Kaori S.
Amazon Web Services

""" + EN_FOOT % (G_CASE, G_CASE, G_CASE)
h = html_wrap(text_to_html(new), 'aws', 'en')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'corp', USER7, CONSOLE_FROM, 'RE:[CASE %s] %s' % (G_CASE, G_TITLE))
mail('032-en-console-confirmation-received-passed-on.eml', 'support_reply', 'en', True, G_CASE, top, own, root, new)

# 033 merge_completed en (console), avoids "merge"
r = R(33)
d = T(2024, 4, 9, 23, 48, 40)
new = """Hello Rin,

Good news: the work on your accounts is finished. Your certification history from AWS40722018 now lives under AWS40719934, and AWS40722018 has been retired. Please sign in with the e-mail address registered on AWS40719934 from now on.

If a certification or an exam voucher is not showing up as expected, just reply to this case through the Support Center and I will look into it.

Best regards,
Kaori S.
Amazon Web Services

""" + EN_FOOT % (G_CASE, G_CASE, G_CASE)
h = html_wrap(text_to_html(new), 'aws', 'en')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'corp', USER7, CONSOLE_FROM, 'RE:[CASE %s] %s' % (G_CASE, G_TITLE))
mail('033-en-console-history-now-lives-under.eml', 'merge_completed', 'en', True, G_CASE, top, own, root, new)

# 034 survey en (console resolved, YES/NO)
r = R(34)
d = T(2024, 4, 17, 0, 5, 1)
new = """Hello,

We haven't heard back from you, so case %s (%s) has been resolved.

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you still need help, you can reopen the case from the Support Center within 14 days.

Thank you for using AWS Support.
Amazon Web Services""" % (G_CASE, G_TITLE, G_CASE, G_CASE)
h = html_wrap(text_to_html(new), 'aws', 'en')
root = build_alt(new, h, r, charset='us-ascii', cte='7bit')
top, own = aws_mail(r, d, 'corp', USER7, CONSOLE_FROM,
                    'Amazon Web Services: Case %s has been resolved' % G_CASE)
mail('034-en-console-resolved-yes-no.eml', 'survey', 'en', True, G_CASE, top, own, root, new)

# 035 credly_badge_issued en (old Acclaim sender, 2020)
r = R(35)
d = T(2020, 9, 15, 17, 3, 42)
new = """Yuki, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge to claim it, then share it on LinkedIn, Twitter or in your email signature so others can verify your achievement.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/5d1e8a3c-0f9b-47e2-a1c6-92b4f07de318

Need help? Visit https://support.youracclaim.com

Acclaim | Credly"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = {'ip': '167.89.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'o3.email.youracclaim.com',
       'mailfrom': 'bounces+1870633-%s-yuki.aoyama.0815=gmail.com@email.youracclaim.com' % r.hexs(4),
       'spf': 'pass', 'dkim': [('pass', 'youracclaim.com', 's1')], 'dmarc': 'pass',
       'from_domain': 'youracclaim.com', 'policy': 'NONE'}
top, own = other_mail(r, d, 'gmail', USER4,
                      '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                      "Yuki, you've earned a badge from Amazon Web Services Training and Certification", res,
                      dkim=('youracclaim.com', 's1'), msgid='<%s.%d@ismtpd0031p1iad2.sendgrid.net>' % (r.alnum(22), r.randint(1, 9)))
mail('035-en-acclaim-you-earned-a-badge.eml', 'credly_badge_issued', 'en', True, None, top, own, root, new)

# 036 credly_badge_issued ja (thread B user, after the merge)
r = R(36)
d = T(2024, 11, 17, 9, 30, 27)
new = """西村 健太さん

Amazon Web Services Training and Certification からバッジが届いています。

・AWS Certified SysOps Administrator – Associate
・AWS Certified Developer – Associate

AWS 認定アカウントの変更に伴い、上記のバッジがこのメールアドレス宛てに改めて送られました。以前のメールアドレスで受け取ったバッジをお持ちの場合も、こちらから受け取り直してください。

バッジを受け取る: https://www.credly.com/earner/earned/share/e3a90b77-1c4f-4d8a-b2a0-6f5de7c2a911?locale=ja

ご不明な点は https://support.credly.com をご覧ください。

Credly"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = credly_mail(r, d, 'outlook', USER2,
                       'Amazon Web Services Training and Certification\n ' + ew('(Credly 経由)', 'utf-8', 'B', chunk=40) + ' <admin@credly.com>',
                       ew('西村 健太さん、Amazon Web Services Training and Certification からバッジが届いています', 'utf-8', 'B', chunk=13))
mail('036-ja-credly-badges-arrived-after-account-change.eml', 'credly_badge_issued', 'ja', True, None, top, own, root, new)

# 037 PHISH merge_confirmation_requested ja, look-alike domain (own DMARC passes)
r = R(37)
d = T(2025, 6, 11, 4, 16, 9)
PH_CASE = '174961500200377'
new = """お客様各位

いつも AWS 認定をご利用いただき誠にありがとうございます。

お客様の認定アカウントが複数存在することが確認されました。重複アカウントを一つにまとめる手続きを実施するため、ケース番号 %s にてお手続きを準備しております。

下記のリンクより AWS アカウントにログインし、まとめる内容に同意してください。24 時間以内にご同意いただけない場合、すべての認定資格が一時的に無効となります。

▼ 同意手続きはこちら
https://aws-certification-jp.com/account/consolidate/verify?case=%s

※本メールは送信専用です。
AWS トレーニングと認定 サポートセンター""" % (PH_CASE, PH_CASE)
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
res = {'ip': '45.142.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'mail.aws-certification-jp.com',
       'mailfrom': 'bounce@aws-certification-jp.com', 'spf': 'pass',
       'dkim': [('pass', 'aws-certification-jp.com', 'default')], 'dmarc': 'pass',
       'from_domain': 'aws-certification-jp.com', 'policy': 'NONE'}
top, own = other_mail(r, d, 'gmail', 'ryo.takagi.0321@gmail.com',
                      'AWS ' + ew('トレーニングと認定', 'utf-8', 'B') + ' <support@aws-certification-jp.com>',
                      ew('【重要】認定アカウント重複に関するご同意のお願い（24時間以内）', 'utf-8', 'B', chunk=12), res,
                      dkim=('aws-certification-jp.com', 'default'),
                      extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])
mail('037-ja-phish-lookalike-consent-within-24h.eml', 'merge_confirmation_requested', 'ja', False, PH_CASE, top, own, root, new,
     note='phishing about the merge with a made-up case number; case_id labelled as written')

# 038 PHISH merge_completed ja, spoofed amazon.com: topmost AR dmarc=fail, forged pass lower down
r = R(38)
d = T(2025, 7, 2, 11, 40, 33)
new = """お客様

AWS 認定アカウントの一本化が済みましたのでお知らせいたします。

一本化に伴い、お客様の認定特典（次回試験 50% 割引バウチャー）を再発行いたしました。特典を受け取るには、48 時間以内に下記ページでご本人確認とお支払い情報の再登録を行ってください。

https://aws-amazon-training.support-jp.xyz/benefit/claim

期限を過ぎますと特典は失効いたします。

Amazon Web Services"""
h = html_wrap(text_to_html(new), 'plain')
root = textpart(h, 'html', 'utf-8', 'base64')
res = {'ip': '103.75.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'vps-7731.hostingjp.xyz',
       'mailfrom': 'info@hostingjp.xyz', 'spf': 'pass', 'dkim': [], 'dmarc': 'fail',
       'from_domain': 'amazon.com', 'policy': 'QUARANTINE'}
top = transport('sonet', r, d, 'aya-ishikawa@a09.so-net.ne.jp', res)
own = ['Authentication-Results: mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com',
       'Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-7731.hostingjp.xyz (Postfix) with ESMTPA id 4bX9Qk1z2Rz8\n\tfor <aya-ishikawa@a09.so-net.ne.jp>; %s' % rcvdate(d.astimezone(JST)),
       'Date: %s' % datehdr(d.astimezone(JST)), 'From: "Amazon Web Services" <no-reply-aws@amazon.com>',
       'To: aya-ishikawa@a09.so-net.ne.jp',
       'Subject: %s' % ew('AWS 認定アカウント一本化のお知らせ／特典の再発行', 'utf-8', 'B', chunk=12),
       'Message-ID: <%s@vps-7731.hostingjp.xyz>' % r.hexs(20), 'MIME-Version: 1.0']
mail('038-ja-phish-spoofed-unified-claim-benefit.eml', 'merge_completed', 'ja', False, None, top, own, root, new,
     note='topmost AR dmarc=fail; a forged pass AR sits lower down')

# 039 PHISH credly_badge_issued ja, look-alike Credly domain
r = R(39)
d = T(2025, 8, 19, 2, 55, 12)
new = """高木 涼さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Professional

バッジを受け取るには、Credly アカウントにログインしてください。7 日以内に受け取られない場合、バッジは取り消されます。

▶ バッジを受け取る
https://credly-badge-notice.net/login?next=accept&uid=8841207

Credly"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = {'ip': '185.225.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'smtp.credly-badge-notice.net',
       'mailfrom': 'noreply@credly-badge-notice.net', 'spf': 'pass', 'dkim': [], 'dmarc': 'none',
       'from_domain': 'credly-badge-notice.net'}
top, own = other_mail(r, d, 'outlook', 'ryo.takagi@outlook.com',
                      'Credly <noreply@credly-badge-notice.net>',
                      ew('新しいバッジが発行されました - 受け取りをお願いします', 'utf-8', 'B', chunk=12), res)
mail('039-ja-phish-credly-lookalike-badge.eml', 'credly_badge_issued', 'ja', False, None, top, own, root, new)

# 040 PHISH case_created ja, look-alike domain, Outlook dmarc=none
r = R(40)
d = T(2025, 10, 6, 23, 8, 51)
PH2_CASE = '175979192900514'
new = """AWS 認定をご利用のお客様

アカウント結合に関するお問い合わせを受け付けました。

受付番号：%s
受付内容：認定アカウントの結合

担当者が確認を行うため、下記の専用ページでお客様の AWS 認定アカウント（メールアドレスとパスワード）をご入力ください。ご入力が確認でき次第、順次対応いたします。

https://aws-training-support.jp-login.info/case/%s

AWS トレーニングと認定 受付センター""" % (PH2_CASE, PH2_CASE)
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='shift_jis', cte='base64')
res = {'ip': '91.92.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'mx1.jp-login.info',
       'mailfrom': 'case@jp-login.info', 'spf': 'pass', 'dkim': [], 'dmarc': 'none',
       'from_domain': 'aws-training-support.jp-login.info'}
top, own = other_mail(r, d, 'outlook', 'ryo.takagi@outlook.com',
                      'AWS ' + ew('トレーニングと認定', 'shift_jis', 'B') + ' <case@aws-training-support.jp-login.info>',
                      ew('お問い合わせを受け付けました（受付番号：%s）' % PH2_CASE, 'shift_jis', 'B', chunk=14), res)
mail('040-ja-phish-receipt-enter-password.eml', 'case_created', 'ja', False, PH2_CASE, top, own, root, new,
     note='phishing receipt about the merge; case number labelled as written')

# ---------------------------------------------------------------- unrelated mail in the same mailboxes
# 041 PHISH unrelated ja: billing look-alike, not about the merge
r = R(41)
d = T(2025, 6, 3, 22, 14, 7)
new = """AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法の有効期限が切れているため、今月分のご請求を処理できませんでした。

サービスの停止を避けるため、72 時間以内に以下のリンクからお支払い情報を更新してください。

お支払い情報を更新する
https://aws-amazon-billing.jp-secure.net/billing/update?id=8f20c1

ご不明な点がございましたら、AWS 請求センターまでお問い合わせください。

Amazon Web Services 請求チーム"""
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = textpart(h, 'html', 'utf-8', 'base64')
res = {'ip': '194.87.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'mail.jp-secure.net',
       'mailfrom': 'billing@jp-secure.net', 'spf': 'softfail', 'dkim': [], 'dmarc': 'fail',
       'from_domain': 'aws-amazon.co', 'policy': 'REJECT'}
top, own = other_mail(r, d, 'gmail', USER1, '"Amazon Web Services" <billing@aws-amazon.co>',
                      ew('【AWS】お支払い方法の更新が必要です', 'utf-8', 'B', chunk=12), res)
mail('041-ja-phish-billing-update-payment.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# 042 unrelated ja: genuine AWS billing support case about consolidated billing (organisations)
r = R(42)
BILL_OPEN = T(2025, 7, 14, 5, 2, 33)
BILL_CASE = cid15(BILL_OPEN, 6602)
d = T(2025, 7, 15, 1, 47, 20)
new = """西村 様

AWS サポートの松井でございます。お問い合わせいただきありがとうございます。

複数の AWS アカウントのご請求を一つにまとめたいとのご要望につきましては、AWS Organizations の一括請求（コンソリデーテッドビリング）機能をご利用いただくことで実現可能です。

手順の概要:
1. 管理アカウント（例: 1234-5678-9012）で AWS Organizations の組織を作成します。
2. 他のアカウント（例: 2109-8765-4321）を組織に招待します。
3. 招待されたアカウントで招待を承諾すると、翌月分からご請求がまとめて管理アカウントに届きます。

なお、各アカウントのリソースやデータが一つのアカウントに移るわけではございませんので、ご注意ください。

詳しくは以下のドキュメントをご覧ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

よろしくお願いいたします。

松井
Amazon Web Services

""" + CONSOLE_FOOT_JA % ('https://console.aws.amazon.com/support/home#/case/?displayId=%s' % BILL_CASE, BILL_CASE, BILL_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'outlook', USER2, CONSOLE_FROM,
                    ew('RE:[CASE %s] 複数アカウントの請求をまとめたい' % BILL_CASE, 'utf-8', 'B', chunk=14))
mail('042-ja-billing-case-consolidated-billing.eml', 'unrelated', 'ja', True, BILL_CASE, top, own, root, new)

# 043 unrelated ja: quota increase case opened (console notice for another case)
r = R(43)
Q_OPEN = T(2025, 6, 2, 6, 31, 50)
Q_CASE = cid15(Q_OPEN, 41)
d = Q_OPEN + dt.timedelta(seconds=7)
new = """AWS サポートにお問い合わせいただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を登録いたしました。

ケース ID: %s
件名: 上限緩和: EC2 Instances / 東京リージョン
重要度: 一般的なガイダンス
サービス: サービスクォータ
カテゴリ: Amazon Elastic Compute Cloud (EC2)

リクエスト内容:
リージョン: アジアパシフィック (東京)
クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しい上限値: 256

ケースの詳細の確認、または追加情報のご提供は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールに直接ご返信いただいても、当窓口では受け取ることができません。

Amazon Web Services""" % (Q_CASE, Q_CASE, Q_CASE)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'gmail', USER1, CONSOLE_FROM,
                    ew('Amazon Web Services: 新しいサポートケースを受け付けました: %s' % Q_CASE, 'utf-8', 'B', chunk=16))
mail('043-ja-quota-increase-case-registered.eml', 'unrelated', 'ja', True, Q_CASE, top, own, root, new)

# 044 unrelated ja: Amazon Seller Central Japan case about merging duplicate seller accounts
r = R(44)
d = T(2025, 3, 10, 7, 22, 41)
SC_CASE = '6120458873'
new = """出品者様

Amazon.co.jp テクニカルサポートにお問い合わせいただき、ありがとうございます。

重複している出品用アカウントの一本化につきまして、ご依頼内容を拝見いたしました。
恐れ入りますが、Amazon の規約上、2 つの出品用アカウントを 1 つに併合することはできかねます。不要となったアカウントにつきましては、セラーセントラルの「設定」＞「出品用アカウント情報」＞「アカウントの閉鎖」から閉鎖のお手続きをお願いいたします。

今回の対応についてご意見をお聞かせください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s

Amazon.co.jp セラーサポート
Yuki""" % SC_CASE
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='quoted-printable')
res = ses_res(r, 'amazon.co.jp', dk=[('pass', 'amazon.co.jp', 'rte02'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
res['mailfrom'] = '2025031007224154d3a1c8e3b44b1f9e8d41a2ac46p0fe-C2RSA4QQ4GTZ4M@bounces.amazon.co.jp'
top = transport('gmail', r, d, 'kenta.nishimura.shop@gmail.com', res)
own = [dkim_sig(r, d, 'amazon.co.jp', 'rte02', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type'),
       'Date: %s' % datehdr(d), 'From: "Amazon.co.jp" <seller-notification@amazon.co.jp>',
       'To: kenta.nishimura.shop@gmail.com', 'Message-ID: %s' % ses_msgid(r, d),
       'Subject: RE:[CASE %s] %s' % (SC_CASE, ew('出品用アカウントの統合について', 'iso-2022-jp', 'B')),
       'MIME-Version: 1.0', 'Bounces-to: %s' % res['mailfrom'],
       'X-AMAZON-MAIL-RELAY-TYPE: notification', 'X-AMAZON-RTE-VERSION: 2.0']
mail('044-ja-seller-central-duplicate-seller-accounts.eml', 'unrelated', 'ja', True, SC_CASE, top, own, root, new,
     note='Seller Central (amazon.co.jp, DMARC pass): sender_verified true as an amazon family sender; case id labelled')

# 045 unrelated ja: CertMetrics feedback request (looks like a survey)
r = R(45)
d = T(2025, 6, 20, 15, 0, 4)
new = """土屋 遥 様

AWS 認定を取得いただき、誠にありがとうございます。

AWS 認定プログラムの改善のため、認定試験の受験体験に関する簡単なアンケートにご協力ください（所要時間は約 5 分です）。

アンケートに回答する
https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=PX8821&lang=ja-JP

ご協力のほど、よろしくお願いいたします。

AWS 認定チーム

本メールは送信専用アドレスから送られています。配信停止をご希望の場合は、AWS 認定アカウントのメール設定を変更してください。"""
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = {'ip': '198.21.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'o2.ptr9412.certmetrics.com',
       'mailfrom': 'bounces+3312-ab12-haruka.tsuchiya.dev=gmail.com@em.certmetrics.com', 'spf': 'pass',
       'dkim': [('pass', 'certmetrics.com', 's1')], 'dmarc': 'pass', 'from_domain': 'certmetrics.com', 'policy': 'NONE'}
top, own = other_mail(r, d, 'gmail', USER1, '"AWS Certification" <do-not-reply@certmetrics.com>',
                      ew('AWS 認定はあなたのご意見をお待ちしています', 'utf-8', 'B', chunk=12), res,
                      dkim=('certmetrics.com', 's1'))
mail('045-ja-certmetrics-wants-to-hear-from-you.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# 046 unrelated ja: Pearson VUE appointment confirmation (mentions a candidate id)
r = R(46)
d = T(2025, 4, 8, 3, 12, 59)
new = """土屋 遥 様

ピアソン VUE をご利用いただきありがとうございます。以下の試験のご予約を承りました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2025年4月26日(土) 10:00 (日本標準時)
会場: オンライン監視試験 (OnVUE)
受験者 ID: AWS11920365
登録 ID: 482917736

試験開始の 30 分前からチェックインが可能です。ご本人確認書類をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに https://home.pearsonvue.com/aws から行ってください。

ピアソン VUE"""
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
res = {'ip': '192.28.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'mta-192-28-150-12.pearson.com',
       'mailfrom': 'pearsonvueconfirmation@pearson.com', 'spf': 'pass',
       'dkim': [('pass', 'pearson.com', 'm1')], 'dmarc': 'pass', 'from_domain': 'pearson.com', 'policy': 'REJECT'}
top, own = other_mail(r, d, 'gmail', USER1, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>',
                      ew('ピアソン VUE 試験予約の確認 - AWS Certification', 'utf-8', 'Q', chunk=14), res,
                      dkim=('pearson.com', 'm1'))
mail('046-ja-pearson-vue-booking-confirmed.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# 047 unrelated ja: AWS Builder ID verification code (no Authentication-Results)
r = R(47)
d = T(2025, 5, 27, 22, 49, 3)
new = """AWS Builder ID の確認

AWS Builder ID へのサインインを続行するには、次の確認コードを入力してください。

確認コード: 482913

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。第三者がお客様のメールアドレスを誤って入力した可能性があります。

Amazon Web Services"""
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top = ['Received: from e242-8.smtp-out.us-west-2.amazonses.com (e242-8.smtp-out.us-west-2.amazonses.com [23.251.242.8])\n\tby mail.kitamura-sys.co.jp (Postfix) with ESMTPS id 4Y2mQd0rQvz1x\n\tfor <h.tsuchiya@kitamura-sys.co.jp>; %s' % rcvdate((d + dt.timedelta(seconds=2)).astimezone(JST))]
own = ['Date: %s' % datehdr(d), 'From: "AWS" <no-reply@signin.aws>', 'To: h.tsuchiya@kitamura-sys.co.jp',
       'Message-ID: %s' % ses_msgid(r, d, 'us-west-2.amazonses.com'),
       'Subject: %s' % ew('AWS Builder ID の確認コード', 'utf-8', 'B'), 'MIME-Version: 1.0']
mail('047-ja-builder-id-verification-code.eml', 'unrelated', 'ja', None, None, top, own, root, new)

# 048 unrelated ja: GitHub pull request merged notification
r = R(48)
d = T(2025, 6, 4, 8, 3, 27)
new = """Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/seiran-lab/cert-tracker/pull/42#event-17735518820
You are receiving this because you authored the thread.

PR の概要:
受験者アカウントの統合に対応。同一人物のレコードを 1 件にまとめるスクリプトを追加しました。"""
h = ('<p>Merged <a class="issue-link" href="https://github.com/seiran-lab/cert-tracker/pull/42">#42</a> into main.</p>\n'
     '<p>PR の概要:<br>受験者アカウントの統合に対応。同一人物のレコードを 1 件にまとめるスクリプトを追加しました。</p>\n'
     '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/seiran-lab/cert-tracker/pull/42#event-17735518820">view it on GitHub</a>.<br>'
     'You are receiving this because you authored the thread.</p>\n')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = {'ip': '192.30.252.%d' % r.randint(190, 210), 'host': 'out-21.smtp.github.com',
       'mailfrom': 'noreply@github.com', 'spf': 'pass', 'dkim': [('pass', 'github.com', 'pf2023')],
       'dmarc': 'pass', 'from_domain': 'github.com', 'policy': 'REJECT'}
top, own = other_mail(r, d, 'gmail', USER6.replace('yahoo.co.jp', 'gmail.com'),
                      '"Mizuho Kanda" <notifications@github.com>',
                      ew('Re: [seiran-lab/cert-tracker] 受験者アカウント統合スクリプト (PR #42)', 'utf-8', 'Q', chunk=20), res,
                      dkim=('github.com', 'pf2023'), msgid='<seiran-lab/cert-tracker/pull/42/issue_event/17735518820@github.com>',
                      extra=['Reply-To: seiran-lab/cert-tracker <reply+AAQX3K7Q@reply.github.com>',
                             'List-ID: seiran-lab/cert-tracker <cert-tracker.seiran-lab.github.com>',
                             'X-GitHub-Reason: author'])
mail('048-ja-github-pr-merged.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# 049 unrelated ja: Credly's own self-service account merge code
r = R(49)
d = T(2025, 6, 2, 12, 40, 8)
new = """土屋 遥さん

Credly アカウントの統合がリクエストされました。

統合を続けるには、次の確認コードを入力するか、下のボタンをクリックしてください。

確認コード: 739204

アカウント統合を完了する: https://www.credly.com/users/merge/confirm?token=c8f1e02b9a7d4e55

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。

Credly"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
top, own = credly_mail(r, d, 'gmail', USER1, 'Credly <admin@credly.com>',
                       ew('Credly アカウント統合の確認コード', 'utf-8', 'B'))
mail('049-ja-credly-self-service-merge-code.eml', 'unrelated', 'ja', True, None, top, own, root, new)

# 050 unrelated ja: Credly badge expiry reminder
r = R(50)
d = T(2026, 2, 3, 14, 5, 50)
new = """神田 瑞穂さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 2026年3月4日 に迫っています。

有効期限を過ぎると、このバッジはプロフィール上で「期限切れ」と表示されます。資格を更新する方法については、発行元である Amazon Web Services Training and Certification の案内をご確認ください。

バッジを表示: https://www.credly.com/badges/0b7e21f4-6c3d-4a1e-9d8b-55a2e7f0c3d1

Credly"""
h = html_wrap(text_to_html(new), 'credly')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = credly_mail(r, d, 'yahoojp', USER6,
                       '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                       ew('バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', 'utf-8', 'B', chunk=14))
mail('050-ja-credly-badge-expiring.eml', 'unrelated', 'ja', True, None, top, own, root, new)

# 051 unrelated ja: AWS marketing newsletter (genuine amazon.com)
r = R(51)
d = T(2025, 5, 20, 1, 0, 12)
new = """AWS Summit Japan 2025 のご案内

AWS 認定者の皆様へ

今年も AWS Summit Japan を幕張メッセにて開催します。AWS 認定者ラウンジでは、認定者限定のノベルティをご用意しております。会場では、各認定の最新情報や、資格取得に役立つセッションもご覧いただけます。

事前登録はこちら: https://aws.amazon.com/jp/summits/japan/?trk=cert-newsletter

開催日: 2025年6月25日(水)・26日(木)

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
h = html_wrap(text_to_html(new), 'aws', 'ja', 'AWS Summit Japan 2025')
root = textpart(h, 'html', 'utf-8', 'quoted-printable')
top, own = aws_mail(r, d, 'gmail', USER1, '"Amazon Web Services" <aws-marketing-email-replies@amazon.com>',
                    ew('【AWS 認定者の皆様へ】AWS Summit Japan 2025 認定者ラウンジのご案内', 'utf-8', 'B', chunk=14),
                    extra_own=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>',
                               'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])
mail('051-ja-aws-summit-newsletter.eml', 'unrelated', 'ja', True, None, top, own, root, new)

# 052 unrelated ja: company IT helpdesk "account integration finished" (look-alike of merge_completed)
r = R(52)
d = T(2023, 8, 25, 0, 30, 0, JST)
new = """開発部 各位

情報システム部です。

8/24(木) 夜間に実施した社内ポータルと勤怠システムのアカウント統合作業が終了しました。
本日より、社内ポータルの ID・パスワードで勤怠システムにもログインできます。

旧勤怠システムの ID は 8/31 をもって無効となります。
ログインできない場合は内線 2201 までご連絡ください。

――――――――――――――――
株式会社はなみずきテック
情報システム部 ヘルプデスク
――――――――――――――――"""
root = textpart(new, 'plain', 'iso-2022-jp', '7bit')
res = {'ip': '10.20.1.15', 'host': 'exch01.hanamizuki-tech.co.jp', 'mailfrom': 'it-helpdesk@hanamizuki-tech.co.jp',
       'spf': 'pass', 'dkim': [('pass', 'hanamizuki-tech.co.jp', 'selector1')], 'dmarc': 'pass',
       'from_domain': 'hanamizuki-tech.co.jp'}
top, own = other_mail(r, d, 'outlook', USER3,
                      ew('情報システム部', 'iso-2022-jp', 'B') + ' <it-helpdesk@hanamizuki-tech.co.jp>',
                      ew('【完了】社内アカウント統合作業終了のお知らせ', 'iso-2022-jp', 'B', chunk=11), res,
                      dkim=('hanamizuki-tech.co.jp', 'selector1'), extra=['X-Mailer: Microsoft Outlook 16.0'])
mail('052-ja-company-it-account-integration-done.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# 053 unrelated: the user's own sent reply (Sent folder copy, no Authentication-Results)
r = R(53)
d = T(2025, 9, 22, 15, 38, 12, JST)
new = """三宅様

お世話になります。藤巻です。
内容に相違ありません。どうぞよろしくお願いいたします。
The details are correct. Please proceed with the merge.

藤巻 駿"""
quoted = '2025/09/22 13:02 に Amazon Web Services さんは書きました:\n' + q("""藤巻 駿 様

お客様の受験者アカウントの名寄せにつきまして、以下の内容で作業を行う予定でございます。

　■ 今後お使いいただくアカウント
　　AWS73310458（お名前の表記：FUJIMAKI SHUN）
　■ 名寄せ後に閉鎖となるアカウント
　　AWS52846019

上記の内容で相違ございませんでしょうか。""")
full = new + '\n\n' + quoted
root = textpart(full, 'plain', 'iso-2022-jp', '7bit')
root.set_param('format', 'flowed')
top = []
own = ['Date: %s' % datehdr(d), 'From: %s <%s>' % (ew('藤巻 駿', 'iso-2022-jp', 'B'), USER5),
       'To: %s' % FORM_ADDR, 'Subject: Re: %s' % E_RE,
       'Message-ID: <%s@nifty.com>' % r.hexs(16), 'User-Agent: Mozilla Thunderbird',
       'Content-Language: ja', 'MIME-Version: 1.0',
       'In-Reply-To: %s' % ses_msgid(r, T(2025, 9, 22, 4, 2, 27))]
mail('053-ja-users-own-sent-consent.eml', 'unrelated', 'ja', None, E_CASE, top, own, root, new,
     note="user's own reply (Sent copy): not from support -> unrelated; case id from subject")

# 054 unrelated ja: CertMetrics recertification congratulations, with validation number and hex id
r = R(54)
d = T(2024, 12, 2, 18, 22, 40)
new = """西村 健太 様

AWS Certified Developer – Associate の再認定、誠におめでとうございます。

認定の有効期限: 2027年12月2日
認定検証番号: Q8R2ZKX1LBE41S3V
検証 URL: https://aws.amazon.com/verification

デジタルバッジは Credly からメールでお届けします。
認定者特典は、AWS 認定アカウントの「特典」タブからご利用いただけます。

参照 ID: 7f3c9a12e4b86d0f5a21c7e9b03d4f68

AWS 認定チーム"""
h = html_wrap(text_to_html(new), 'plain')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable')
res = {'ip': '198.21.%d.%d' % (r.randint(1, 250), r.randint(1, 250)), 'host': 'o2.ptr9412.certmetrics.com',
       'mailfrom': 'bounces+3312-7c1d-k-nishimura_1987=outlook.jp@em.certmetrics.com', 'spf': 'pass',
       'dkim': [('pass', 'certmetrics.com', 's1')], 'dmarc': 'pass', 'from_domain': 'certmetrics.com'}
top, own = other_mail(r, d, 'outlook', USER2, '"AWS Certification" <do-not-reply@certmetrics.com>',
                      ew('再認定おめでとうございます - AWS Certified Developer – Associate', 'utf-8', 'B', chunk=14), res,
                      dkim=('certmetrics.com', 's1'))
mail('054-ja-certmetrics-recertification-congrats.eml', 'unrelated', 'ja', False, None, top, own, root, new)

# ---------------------------------------------------------------- thread H (docomo, bilingual), plus follow-ups
USER8 = 'sakura.ohno-77@docomo.ne.jp'
H_OPEN = T(2025, 12, 1, 23, 40, 5)
H_CASE = cid15(H_OPEN, 30518)
H_RE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE
H_SIG = """
AWS トレーニングと認定 カスタマーサービス
担当: 小池 / Koike
Amazon Web Services"""

# 055 case_created, bilingual auto-ack; HTML part labelled iso-2022-jp but really UTF-8
r = R(55)
d = H_OPEN + dt.timedelta(seconds=28)
new = """大野 さくら 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。お送りいただいた内容は担当窓口に届いております。
担当者が内容を拝見し、通常 24 時間以内にご返答いたします。補足がある場合は、このメールにご返信ください。

受付番号 / Reference: %s

Dear Sakura Ohno,

Thank you for contacting AWS Training and Certification. Your message has reached our team, and an agent will respond, usually within 24 hours. If you have anything to add, please reply to this email.

AWS トレーニングと認定 / AWS Training and Certification""" % H_CASE
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='quoted-printable', hcharset='utf-8', hcte='base64',
                 hlabel='iso-2022-jp')
top, own = aws_mail(r, d, 'docomo', USER8, FORM_FROM,
                    '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE)
mail('055-ja-en-bilingual-receipt-wrong-html-charset.eml', 'case_created', 'ja', True, H_CASE, top, own, root, new,
     note='HTML part labelled iso-2022-jp but encoded in UTF-8; plain part correct')

# 056 support_reply ja: chaser, will close if no reply (ids only in quoted part)
r = R(56)
d = T(2025, 12, 5, 2, 20, 44)
new = """大野 さくら 様

お世話になっております。小池でございます。

12月2日にお送りしたご質問（今後お使いになるアカウントはどちらか）について、まだご返信を頂戴できていないようでしたので、念のため再度ご連絡いたしました。

お手数ですが、下記のメールをご覧のうえ、ご返信いただけますと幸いです。本メールの送信から 5 営業日以内にご返信がない場合は、誠に勝手ながら本件はいったん終了とさせていただきます。その場合でも、このメールにご返信いただければ再開いたします。
""" + H_SIG
quoted = original_block(T(2025, 12, 2, 5, 3, 10), 'Amazon Web Services <%s>' % FORM_ADDR, USER8, H_RE) + """
大野 さくら 様

お問い合わせいただきありがとうございます。小池でございます。

お客様のお名前で、次の 2 件の受験者アカウントを確認いたしました。

　AWS90215536（sakura.ohno-77@docomo.ne.jp）
　AWS90377102（s.ohno@kohaku-design.jp）

どちらのアカウントを今後お使いになるか、お知らせいただけますでしょうか。"""
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='quoted-printable')
top, own = aws_mail(r, d, 'docomo', USER8, FORM_FROM, H_RE)
mail('056-ja-chaser-will-pause-if-no-reply.eml', 'support_reply', 'ja', True, H_CASE, top, own, root, new)

# 057 merge_confirmation_requested, Japanese with English alongside
r = R(57)
d = T(2025, 12, 8, 1, 15, 30)
new = """大野 さくら 様
(English follows)

ご返信いただきありがとうございます。小池でございます。
以下の内容でお手続きを承ります。

[残すアカウント / Surviving account]
AWS90377102 (s.ohno@kohaku-design.jp)

[閉じるアカウント / Account to be retired]
AWS 90215536 (sakura.ohno-77@docomo.ne.jp)

閉じるアカウントの認定資格・受験履歴はすべて残すアカウントに移ります。この手続きは後から取り消すことができません。お間違いがなければ、このメールに「承認します」とご返信ください。

Thank you for your reply. We will carry out the request as shown above once you reply to this email with your approval. Please note that this cannot be undone.
""" + H_SIG
quoted = gmail_attr_ja(T(2025, 12, 6, 22, 11, tz=JST), '大野さくら', USER8) + '\n' + q("""小池様

ご連絡が遅くなり申し訳ありません。
会社のアドレス（s.ohno@kohaku-design.jp）の方を残したいです。
よろしくお願いいたします。""")
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='utf-8', cte='quoted-printable')
top, own = aws_mail(r, d, 'docomo', USER8, FORM_FROM, H_RE)
mail('057-ja-en-please-reply-approve.eml', 'merge_confirmation_requested', 'ja', True, H_CASE, top, own, root, new)

# 058 survey ja: duplicate case closed (points to the case that stays open), with rating link
r = R(58)
A_DUP = cid15(T(2025, 5, 28, 13, 5, 10), 2271)
d = T(2025, 5, 29, 3, 12, 2)
new = """土屋 遥 様

AWS トレーニングと認定 カスタマーサービスでございます。

同じ内容のご依頼を、受付番号 %s にて既に承っております。ご対応はそちらで継続いたしますため、本受付番号 %s でのお問い合わせはこれにて終了とさせていただきます。

今回の窓口の対応はいかがでしたでしょうか。よろしければ、以下より評価をお寄せください。
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq0wXzTcert?caseId=%s&lang=ja

AWS トレーニングと認定 カスタマーサービス""" % (A_CASE, A_DUP, A_DUP)
h = html_wrap(text_to_html(new), 'aws', 'ja')
root = build_alt(new, h, r, charset='utf-8', cte='base64')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM,
                    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_DUP)
mail('058-ja-duplicate-request-closed-rate-us.eml', 'survey', 'ja', True, A_DUP, top, own, root, new,
     note='closure of a duplicate case; both ids in text, labelled with the closed (subject) case id')

# 059 support_reply ja: after completion, asks for Credly addresses (a new request, not an approval)
r = R(59)
d = T(2025, 6, 3, 4, 44, 19)
new = """土屋 遥 様

お世話になっております。岡部でございます。

Credly のバッジが、以前お使いだったメールアドレスの Credly アカウントに残ったままになっているとのこと、承知いたしました。Credly 側のアカウントについても、当方から Credly へ手配を依頼することが可能です。

お手数ですが、次の 2 点をお知らせいただけますでしょうか。
・バッジが残っている Credly アカウントのメールアドレス
・今後お使いになる Credly アカウントのメールアドレス

なお、AWS 認定アカウント（AWS04418273）側には、すべての認定資格が正しく反映されていることを改めて確認しております。

岡部
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""
quoted = gmail_attr_ja(T(2025, 6, 2, 21, 30, tz=JST), '土屋遥', USER1) + '\n' + q("""岡部様

ありがとうございました。認定アカウントの方は問題なく表示されています。
ただ、Credly のバッジが古い会社アドレスの方に残ったままで、メールも届いていません。
どうすればよいでしょうか。

土屋""")
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='shift_jis', cte='quoted-printable')
top, own = aws_mail(r, d, 'gmail', USER1, FORM_FROM, A_RE)
mail('059-ja-asks-credly-addresses-after-work.eml', 'support_reply', 'ja', True, A_CASE, top, own, root, new)

# 060 merge_completed ja (thread H)
r = R(60)
d = T(2025, 12, 10, 6, 5, 58)
new = """大野 さくら 様

お世話になっております。小池でございます。

ご承認いただいた件、本日付で反映いたしました。AWS90215536 でお持ちだった認定資格と受験履歴は、今後 AWS90377102（s.ohno@kohaku-design.jp）でご覧いただけます。AWS90215536 へはサインインできなくなっておりますので、ご注意ください。

Credly のバッジは、数日以内に s.ohno@kohaku-design.jp 宛てにご案内が届く予定です。一週間ほど経っても届かない場合は、このメールにご返信ください。
""" + H_SIG
quoted = gmail_attr_ja(T(2025, 12, 8, 19, 2, tz=JST), '大野さくら', USER8) + '\n' + q("""承認します。
よろしくお願いいたします。

大野

""" + gmail_attr_ja(T(2025, 12, 8, 10, 15, tz=JST), 'Amazon Web Services', FORM_ADDR) + '\n' + q("""[残すアカウント / Surviving account]
AWS90377102 (s.ohno@kohaku-design.jp)
[閉じるアカウント / Account to be retired]
AWS 90215536 (sakura.ohno-77@docomo.ne.jp)"""))
full = new + '\n\n' + quoted
h = html_wrap(text_to_html(full), 'plain')
root = build_alt(full, h, r, charset='iso-2022-jp', cte='7bit', hcharset='iso-2022-jp', hcte='base64')
top, own = aws_mail(r, d, 'docomo', USER8, FORM_FROM, H_RE)
mail('060-ja-reflected-as-of-today.eml', 'merge_completed', 'ja', True, H_CASE, top, own, root, new)

# === END OF MAILS ===

if __name__ == '__main__':
    write_all()
