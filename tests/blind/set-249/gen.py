#!/usr/bin/env python3
"""Generator for blind set 249: mailbox of someone merging AWS Certification accounts.

Emphasis: acknowledgements, status updates and the middle of the case
(first replies asking for information, escalations, chasers, reopen and
new-correspondence notices), English and Japanese, plus look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
from email import generator, utils
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PDT = dt.timezone(dt.timedelta(hours=-7), 'PDT')
PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

RNG = random.Random(249)

MAILS = []   # (desc, Message, label, newtext)


# ---------------------------------------------------------------- small utils
def hexs(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(RNG.choice(chars) for _ in range(n))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, suffix=None):
    """15-digit display id: 10-digit unix time of opening + 5 digits."""
    if suffix is None:
        suffix = RNG.randint(100, 99999)
    return '%d%05d' % (int(opened.timestamp()), suffix)


def rfc_date(d):
    return utils.format_datetime(d)


def ses_id(d, region_domain='email.amazonses.com'):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region_domain)


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return utils.formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset, maxlinelen=76).encode(linesep='\n'), email)


def subj(text, charset='utf-8'):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name='Subject', maxlinelen=76).encode(linesep='\n')


# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         label=None, encode_as=None, extra_ct=''):
    """A leaf text part.  `charset` is the real encoding unless `encode_as`
    is given; `label` is what the Content-Type header claims."""
    raw = text.encode(encode_as or charset)
    if subtype == 'plain' or subtype == 'html':
        raw = raw.replace(b'\r\n', b'\n')
    m = Message()
    lab = label or charset
    m['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, lab, extra_ct)
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
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart('alternative', boundary=None)
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed')
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart('related')
    for p in parts:
        m.attach(p)
    return m


def image_part(cid, name='logo.png'):
    # a tiny 1x1 png
    png = base64.b64decode(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')
    m = Message()
    m['Content-Type'] = 'image/png; name="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-ID'] = '<%s>' % cid
    m['Content-Disposition'] = 'inline; filename="%s"' % name
    m.set_payload(base64.encodebytes(png).decode())
    return m


def text2html(text, font='Arial,Helvetica,sans-serif'):
    """Plain text -> simple HTML the way mail clients render a reply.
    Lines starting with '>' become blockquotes."""
    out = []
    quote_depth = 0
    for line in text.split('\n'):
        depth = 0
        s = line
        while s.startswith('>'):
            depth += 1
            s = s[1:].lstrip(' ') if s[1:2] in (' ', '>', '') else s[1:]
        while quote_depth < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            out.append('</blockquote>')
            quote_depth -= 1
        out.append((html.escape(s) if s.strip() else '') + '<br>')
    out.extend('</blockquote>' for _ in range(quote_depth))
    body = '\n'.join(out)
    body = re.sub(r'(https?://[^\s<&]+)', r'<a href="\1">\1</a>', body)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n' % (font, body))


# ---------------------------------------------------------------- quoting
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
JA_DAYS = '月火水木金土日'


def q(text, prefix='> ', tight=False):
    """Quote a block.  Nested quotes become '> >' (Gmail/Apple style) or
    '>>' with tight=True (Thunderbird/Outlook plain-text style)."""
    res = []
    for line in text.split('\n'):
        if line.startswith('>'):
            res.append(('>' if tight else '> ') + line)
        elif line.strip() == '':
            res.append('>')
        else:
            res.append(prefix + line)
    return '\n'.join(res)


def gmail_hdr(d, name, email):
    h = d.strftime('%I:%M %p').lstrip('0')
    return 'On %s, %s %d, %d at %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, h, name, email)


def ja_hdr(d, name, email):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (
        d.year, d.month, d.day, JA_DAYS[d.weekday()], d.hour, d.minute, name, email)


def outlook_block(frm, d, to, subject, text, sep='________________________________'):
    h = d.strftime('%I:%M %p').lstrip('0')
    return '%s\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s' % (
        sep, frm, EN_DAYS[d.weekday()], d.strftime('%B'), d.day, d.year, h, to, subject, text)


def orig_msg(frm, d, to, subject, text):
    return outlook_block(frm, d, to, subject, text, sep='-----Original Message-----')


# ---------------------------------------------------------------- transport
SES_IPS = ['54.240.8.33', '54.240.8.87', '54.240.48.94', '54.240.48.113', '54.240.9.45',
           '54.240.8.21', '54.240.48.71']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_sig(d, domain, selector, headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', algo='rsa-sha256'):
    t = int(d.timestamp())
    return ('v=1; a=%s; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s'
            % (algo, selector, domain, t, headers, b64s(32), b64s(48), b64s(80)))


AMZ_SEL = 'rjwhwhzrlitujwotcfcpu2mfthn7zpfs'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_dkim(d, from_domain='amazon.com'):
    return [('DKIM-Signature', dkim_sig(d, from_domain, AMZ_SEL)),
            ('DKIM-Signature', dkim_sig(d, 'amazonses.com', SES_SEL,
                                        headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'))]


def ar_value(provider, dkim, spf, dmarc, extra=''):
    """dkim: list of (result, domain, selector); spf: (result, mailfrom, ip);
    dmarc: (result, policy, from_domain) or None"""
    if provider == 'gmail':
        items = []
        for r, dom, sel in dkim:
            items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, dom, sel, alnum(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')))
        r, mf, ip = spf
        dom = mf.split('@')[-1]
        if r == 'pass':
            items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif r == 'softfail':
            items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (r, mf, ip, mf))
        if dmarc:
            dr, pol, fd = dmarc
            items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dr, pol, pol, 'NONE' if dr == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), fd))
        return 'mx.google.com;\n       ' + ';\n       '.join(items) + extra
    if provider == 'outlook':
        r, mf, ip = spf
        s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (r, ip, mf.split('@')[-1])
        for r2, dom, sel in dkim[:1]:
            s += ' dkim=%s (signature was verified)\n header.d=%s;' % (r2, dom) if r2 == 'pass' else \
                ' dkim=%s (body hash did not verify)\n header.d=%s;' % (r2, dom)
        if not dkim:
            s += ' dkim=none (message not signed)\n header.d=none;'
        if dmarc:
            dr, pol, fd = dmarc
            if dr == 'pass':
                s += 'dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % fd
            else:
                s += 'dmarc=fail action=%s\n header.from=%s;compauth=fail reason=000' % (
                    'quarantine' if pol.lower() == 'quarantine' else 'none', fd)
        return s + extra
    # Japanese providers and others: "authserv-id; method=result ..."
    items = []
    r, mf, ip = spf
    items.append('spf=%s smtp.mailfrom=%s' % (r, mf))
    for r2, dom, sel in dkim:
        items.append('dkim=%s header.d=%s header.s=%s' % (r2, dom, sel) if provider in ('yahoojp',)
                     else 'dkim=%s header.i=@%s' % (r2, dom))
    if dmarc:
        dr, pol, fd = dmarc
        items.append('dmarc=%s header.from=%s' % (dr, fd))
    sep = ' ;\n\t' if provider == 'yahoojp' else ';\n\t'
    return provider_authserv(provider) + sep + sep.join(items) + extra


def provider_authserv(p):
    return {
        'nifty': 'nifty.com',
        'docomo': 'mfsmax.docomo.ne.jp',
        'biglobe': 'biglobe.ne.jp',
        'sonet': 'so-net.ne.jp',
        'ocn': 'ocn.ne.jp',
        'yahoojp': 'mta%d.mail.kks.yahoo.co.jp' % RNG.randint(100, 999),
        'sakura': 'www%d.sakura.ne.jp' % RNG.randint(1000, 9999),
        'fastmail': 'mx4.messagingengine.com',
        'icloud': 'mr85p00im-ztdg06021201.me.com',
    }[p]


def received_chain(provider, rcpt, d, ip, helo, tz_local=None):
    """Received lines (top-down) for the receiving side, times slightly after d."""
    t1 = d + dt.timedelta(seconds=RNG.randint(1, 3))
    t2 = t1 + dt.timedelta(seconds=RNG.randint(0, 2))
    if provider == 'gmail':
        lt = t2.astimezone(tz_local or PDT)
        tzname = lt.tzname()
        ts = lt.strftime('%a, %d %b %Y %H:%M:%S %z') + ' (%s)' % tzname
        lines = [
            ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789'), ts)),
            ('X-Google-Smtp-Source', 'AGHT+I' + b64s(48).replace('=', '')[:60]),
            ('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
                hexs(4), hexs(3), hexs(3), alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                RNG.randint(1, 999), int(d.timestamp()), ts)),
            ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(d.timestamp()), b64s(60))),
            ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64s(32), b64s(32), b64s(60))),
        ]
        lines.append(('__ARC_AR__', None))  # placeholder for ARC-Authentication-Results
        lines.append(('Return-Path', None))
        lines.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, hexs(10), alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            RNG.randint(10, 999), lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, rcpt, ts)))
        lines.append(('Received-SPF', None))
        lines.append(('__AR__', None))
        return lines
    if provider == 'outlook':
        ut = t2.astimezone(UTC)
        ts = ut.strftime('%a, %d %b %Y %H:%M:%S +0000')
        a = 'SA%dPR%02dMB%04d' % (RNG.randint(1, 3), RNG.randint(10, 19), RNG.randint(1000, 9999))
        b = 'BN%dPR%02dCA%04d' % (RNG.randint(1, 9), RNG.randint(10, 19), RNG.randint(1, 999))
        c = 'BN%dPEPF0000%04X' % (RNG.randint(1, 3), RNG.randint(0, 65535))
        return [
            ('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:806:%x::%x) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s' % (
                a, RNG.randint(2, 19), RNG.randint(16, 999), RNG.randint(1, 20), 'DM6PR%02dMB%04d' % (RNG.randint(10, 19), RNG.randint(1000, 9999)), RNG.randint(2, 19), ts)),
            ('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:408:%x::%x)\n by %s.namprd%02d.prod.outlook.com (2603:10b6:806:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.25; %s' % (
                b, RNG.randint(2, 19), RNG.randint(16, 999), RNG.randint(1, 20), a, RNG.randint(2, 19), RNG.randint(16, 999), RNG.randint(1, 20), ts)),
            ('Received', 'from %s.namprd%02d.prod.outlook.com\n (2603:10b6:408:%x:cafe::%x) by %s.outlook.office365.com\n (2603:10b6:408:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.25 via Frontend Transport; %s' % (
                c, RNG.randint(2, 19), RNG.randint(16, 999), RNG.randint(1, 200), b, RNG.randint(16, 999), RNG.randint(1, 20), ts)),
            ('__AR__', None),
            ('Received-SPF', None),
            ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via\n Frontend Transport; %s' % (
                helo, ip, c, RNG.randint(2, 250), ts)),
        ]
    # Japanese / other providers: single relay + local delivery
    lt = t2.astimezone(JST if provider in ('nifty', 'docomo', 'biglobe', 'sonet', 'ocn', 'yahoojp', 'sakura') else (tz_local or UTC))
    ts = lt.strftime('%a, %d %b %Y %H:%M:%S %z')
    host = {
        'nifty': 'mta-snd-e0%d.mail.nifty.com' % RNG.randint(1, 9),
        'docomo': 'mfsmax.docomo.ne.jp',
        'biglobe': 'mail-in%d.biglobe.ne.jp' % RNG.randint(10, 60),
        'sonet': 'mx-%02d.so-net.ne.jp' % RNG.randint(1, 20),
        'ocn': 'mfgw%d.ocn.ad.jp' % RNG.randint(10, 99),
        'yahoojp': 'mta%d.mail.kks.yahoo.co.jp' % RNG.randint(100, 999),
        'sakura': 'www%d.sakura.ne.jp' % RNG.randint(1000, 9999),
        'fastmail': 'mx4.messagingengine.com',
        'icloud': 'mr85p00im-ztdg06021201.me.com',
    }[provider]
    local = {
        'nifty': 'mta-rcv-w0%d.mail.nifty.com' % RNG.randint(1, 9),
        'docomo': 'md-%02d.docomo.ne.jp' % RNG.randint(1, 40),
        'biglobe': 'mbox%d.biglobe.ne.jp' % RNG.randint(1, 90),
        'sonet': 'pop-%02d.so-net.ne.jp' % RNG.randint(1, 20),
        'ocn': 'mbox%d.ocn.ne.jp' % RNG.randint(1, 90),
        'yahoojp': 'mbox%d.mail.kks.yahoo.co.jp' % RNG.randint(1, 90),
        'sakura': 'localhost',
        'fastmail': 'mailstore.internal',
        'icloud': 'p%d-mailgateway.icloud.com' % RNG.randint(10, 99),
    }[provider]
    return [
        ('Return-Path', None),
        ('Received', 'from %s (%s [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            host, host, local, alnum(10, '0123456789ABCDEF'), rcpt, ts)),
        ('__AR__', None),
        ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, host, alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rcpt, ts)),
    ]


def transport(provider, rcpt, d, mailfrom, ip, helo, dkim, spf_result, dmarc,
              sender_headers=(), ar_extra='', tz_local=None, ar_override=None):
    """Build (name, value) header list for the receiving path + sender-side headers.
    provider=None -> no Authentication-Results at all (e.g. corporate archive)."""
    hdrs = []
    if provider is None:
        hdrs.append(('Received', 'from %s (%s [%s])\n\tby mail.internal with ESMTP id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, alnum(10, '0123456789ABCDEF'), rcpt, rfc_date(d + dt.timedelta(seconds=2)))))
        hdrs.extend(sender_headers)
        return hdrs
    spf = (spf_result, mailfrom, ip)
    arv = ar_override or ar_value(provider, dkim, spf, dmarc, ar_extra)
    for name, val in received_chain(provider, rcpt, d, ip, helo, tz_local):
        if name == '__AR__':
            hdrs.append(('Authentication-Results', arv))
        elif name == '__ARC_AR__':
            hdrs.append(('ARC-Authentication-Results', 'i=1; ' + arv))
        elif name == 'Return-Path':
            hdrs.append(('Return-Path', '<%s>' % mailfrom))
        elif name == 'Received-SPF':
            if provider == 'gmail':
                hdrs.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                    spf_result, mailfrom, 'designates' if spf_result == 'pass' else 'does not designate', ip, ip)))
            else:
                hdrs.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                    spf_result.capitalize(), mailfrom.split('@')[-1], ip, ip, helo)))
        else:
            hdrs.append((name, val))
    hdrs.extend(sender_headers)
    if provider == 'outlook':
        hdrs.append(('X-MS-Exchange-Organization-AuthSource', 'BN2PEPF000044A9.namprd04.prod.outlook.com'))
        hdrs.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    return hdrs


def aws_transport(provider, rcpt, d, from_domain='amazon.com', dkim_ok=True, dmarc_result='pass',
                  tz_local=None, no_dmarc=False, extra_sender=()):
    """Genuine mail from amazon.com via SES."""
    ip = RNG.choice(SES_IPS)
    helo = ses_host(ip)
    mf = ses_mailfrom(d)
    dk = [('pass' if dkim_ok else 'fail', from_domain, AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)]
    dm = None if no_dmarc else (dmarc_result, 'QUARANTINE', from_domain)
    sh = ses_dkim(d, from_domain) + list(extra_sender)
    return transport(provider, rcpt, d, mf, ip, helo, dk, 'pass', dm, sender_headers=sh, tz_local=tz_local)


def ses_tail(d):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64s(33)[:44]),
            ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), RNG.choice(SES_IPS)))]


# ---------------------------------------------------------------- assembly
def build(body, headers, tail=()):
    """headers: ordered (name, value) list placed before MIME headers."""
    ctype = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    for k, v in ctype:
        if k.lower() == 'mime-version':
            continue
        body[k] = v
    for k, v in tail:
        body[k] = v
    return body


def add(desc, msg, kind, case_id, accounts, verified, lang, new_text):
    MAILS.append((desc, msg, {
        'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accounts)),
        'sender_verified': verified, 'language': lang}, new_text))


def std_headers(d, frm, to, subject, msgid, extra=()):
    if 'amazon' in frm.split('<')[-1] or 'amazonses' in msgid:
        d = d.astimezone(UTC)
    h = [('Date', rfc_date(d)), ('From', frm), ('To', to), ('Message-ID', msgid), ('Subject', subject)]
    h.extend(extra)
    return h


AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'
FORM_TAG = '[AWS Training and Certification Form Submission] - account-assistance'

# ====================================================================== MAILS
# (appended below in parts)
# ---------------------------------------------------------------- threads
# T1 Priya Raman (Gmail), form case, EN
P_NAME, P_MAIL = 'Priya Raman', 'priya.raman87@gmail.com'
T1_OPEN = T(2025, 5, 27, 22, 14, 5)
C1 = case15(T1_OPEN, 562)
# T2 佐藤 健太 (nifty), form case, JA
S_NAME, S_MAIL = '佐藤 健太', 'kenta.sato@nifty.com'
T2_OPEN = T(2025, 6, 10, 14, 3, 41, JST)
C2 = case15(T2_OPEN, 1187)
# T3 Marco Bianchi (outlook.com), console case 2023, 11 digits
M_NAME, M_MAIL = 'Marco Bianchi', 'marco.bianchi@outlook.com'
T3_OPEN = T(2023, 3, 14, 9, 12, 50)
C3 = '12403318851'
# T4 Daniel Okafor, corporate mailbox without Authentication-Results, 2019, 10 digits
D_NAME, D_MAIL = 'Daniel Okafor', 'daniel.okafor@northwind-eng.com'
C4 = '6512083347'
# T5 田中 美咲 (docomo), console case, JA
TM_NAME, TM_MAIL = '田中 美咲', 'misaki.tanaka.0312@docomo.ne.jp'
T5_OPEN = T(2025, 6, 3, 10, 41, 27, JST)
C5 = case15(T5_OPEN, 7421)
# T6 Lukas Hoffmann (Fastmail), first form case never answered, second case
L_NAME, L_MAIL = 'Lukas Hoffmann', 'lukas.hoffmann@fastmail.com'
T6A_OPEN = T(2025, 4, 2, 8, 30, 12)
C6A = case15(T6A_OPEN, 318)
T6B_OPEN = T(2025, 4, 9, 17, 2, 55)
C6B = case15(T6B_OPEN, 40915)
# T7 Ananya Iyer (Microsoft 365 tenant), three accounts
A_NAME, A_MAIL = 'Ananya Iyer', 'ananya.iyer@contoso-analytics.com'
T7_OPEN = T(2025, 8, 18, 6, 20, 33)
C7 = case15(T7_OPEN, 2264)
# T8 山本 大輔 (biglobe)
Y_NAME, Y_MAIL = '山本 大輔', 'd.yamamoto@biglobe.ne.jp'
T8_OPEN = T(2025, 7, 22, 23, 48, 10, JST)
C8 = case15(T8_OPEN, 503)
# T9 林 翔太 (gmail) console, EN console language
H_NAME, H_MAIL = 'Shota Hayashi', 'shota.hayashi.dev@gmail.com'
T9_OPEN = T(2025, 9, 1, 3, 5, 19)
C9 = case15(T9_OPEN, 88012)
# T10 Tomasz Wisniewski (gmail) console EN
W_NAME, W_MAIL = 'Tomasz Wisniewski', 'tomasz.wisniewski.pl@gmail.com'
T10_OPEN = T(2025, 2, 11, 13, 47, 2)
C10 = case15(T10_OPEN, 615)
# T11 中村 あゆみ (ocn) console JA
N_NAME, N_MAIL = '中村 あゆみ', 'ayumi-nakamura@ocn.ne.jp'
T11_OPEN = T(2025, 10, 6, 9, 15, 44, JST)
C11 = case15(T11_OPEN, 2930)
# T12 Carlos Mendoza (gmail), 11-digit form case 2022
CM_NAME, CM_MAIL = 'Carlos Mendoza', 'carlos.mendoza.cloud@gmail.com'
C12 = '10318870472'

CONSOLE_FOOTER_EN = (
    'To see all of your cases, please visit the Support Center:\n'
    'https://console.aws.amazon.com/support/home#/\n\n'
    'Thank you for using Amazon Web Services.\n\n'
    'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
    'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')


# ---------------------------------------------------------------- 001 T1 form ack (case_created)
d = T1_OPEN + dt.timedelta(seconds=48)
txt = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message
confirms that your request has reached us and case {C1} has been created for it.

A member of our customer support team will review the details and get back to
you, in most cases within 24 hours. If you have anything to add, simply reply
to this e-mail and keep the case number in the subject line so that your
message is attached to the same case. Please do not submit the form again for
the same request; duplicate cases can slow down our response.

Summary of your submission
--------------------------
Name: Priya Raman
Email: {P_MAIL}
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS11902356
Description: Hi, I found out I have two certification accounts. The old one was
created with my university address and has my Cloud Practitioner (candidate id
aws04417823). The newer one (AWS11902356) has my SAA. I would like everything
under one account please.

Kind regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
"""
h = f"""<html><body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td>
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. This message confirms that your request has reached us and case <b>{C1}</b> has been created for it.</p>
<p>A member of our customer support team will review the details and get back to you, in most cases within 24 hours. If you have anything to add, simply reply to this e-mail and keep the case number in the subject line so that your message is attached to the same case. Please do not submit the form again for the same request; duplicate cases can slow down our response.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td colspan="2"><b>Summary of your submission</b></td></tr>
<tr><td>Name</td><td>Priya Raman</td></tr>
<tr><td>Email</td><td>{P_MAIL}</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS11902356</td></tr>
<tr><td>Description</td><td>Hi, I found out I have two certification accounts. The old one was created with my university address and has my Cloud Practitioner (candidate id aws04417823). The newer one (AWS11902356) has my SAA. I would like everything under one account please.</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification Customer Support<br><a href="https://aws.amazon.com/training/">https://aws.amazon.com/training/</a></p>
</td></tr></table></td></tr></table></body></html>
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + aws_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), P_MAIL,
    f'We have received your request [CASE {C1}] - account-assistance', ses_id(d))
add('training-form-received', build(body, hdr, ses_tail(d)), 'case_created', C1,
    ['AWS04417823', 'AWS11902356'], True, 'en', txt)


# ---------------------------------------------------------------- 002 T5 console ack JA (case_created)
d = T5_OPEN + dt.timedelta(seconds=31)
txt = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせに対応するため、ケース {C5} をオープンしました。

ケース ID: {C5}
件名: 認定アカウントの統合（受験者ID AWS38815207 と AWS40062219）
重大度: 一般的なガイダンス
ケースの説明:
転職前の会社のメールアドレスで作成した認定アカウントと、個人のアカウントが
二つあります。一つにまとめていただくことは可能でしょうか。

ケースの詳細の確認、返信の追加は AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C5}&language=ja

※このメールアドレスは送信専用のため、このメールに返信いただいても回答できません。

今後ともよろしくお願いいたします。

Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""
body = part(txt, 'plain', 'iso-2022-jp', '7bit')
hdr = aws_transport('docomo', TM_MAIL, d, no_dmarc=True) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), TM_MAIL,
    subj(f'Amazon Web Services: 新しいサポートケースがオープンされました: {C5}', 'iso-2022-jp'), ses_id(d))
add('console-case-ja-docomo', build(body, hdr, ses_tail(d)), 'case_created', C5,
    ['AWS38815207', 'AWS40062219'], True, 'ja', txt)


# ---------------------------------------------------------------- 003 T3 console ack, 2023, HTML only, base64 (case_created)
d = T3_OPEN + dt.timedelta(seconds=22)
h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<title>Amazon Web Services Support</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
<table width="640" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="Amazon Web Services" width="120"/></td></tr>
<tr><td style="padding-top:16px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C3} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: {C3}<br/>
Subject: Merge two AWS Certification accounts (same person, different emails)<br/>
Severity: General guidance<br/>
Correspondence: I have two accounts on the AWS Certification site because my employer registered me with my work email. Could you combine them? Both are under the name Marco Bianchi.</p>
<p>You will be notified when we add correspondence to your case. You can view or update your case at any time in the Support Center:
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en</a></p>
<p>Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above.</p>
<p>Best regards,<br/>Amazon Web Services</p>
<hr/>
<p style="font-size:11px;color:#777777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
body = part(h, 'html', 'UTF-8', 'base64')
hdr = aws_transport('outlook', M_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), M_MAIL,
    f'Amazon Web Services: You have opened a new Support case: {C3}', ses_id(d))
add('support-case-opened-html', build(body, hdr, ses_tail(d)), 'case_created', C3, [], True, 'en', h)


# ---------------------------------------------------------------- 004 T2 form ack JA, Shift_JIS base64 (case_created)
d = T2_OPEN + dt.timedelta(minutes=1, seconds=4)
txt = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました（ケース番号：{C2}）。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
お問い合わせが集中している場合は、ご回答までにお時間をいただくことがございます。

なお、同一のご依頼について新たにフォームを送信されますと、別のケースとして
登録され、かえってご案内が遅れる場合がございます。追加の情報がございましたら、
件名のケース番号を変更せずに本メールへご返信ください。

■ お問い合わせ内容
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS20571134
お問い合わせ内容：
以前、会社の研修で受験した際のアカウントと、現在使っているアカウントが
別々になっているようです。統合をお願いできますでしょうか。
古い方のIDは手元に控えがなく分かりません。

――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
本メールは送信専用アドレスではありません。返信はこのままお送りいただけます。
"""
body = part(txt, 'plain', 'shift_jis', 'base64')
hdr = aws_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), S_MAIL,
    subj(f'[CASE {C2}] お問い合わせを受け付けました - AWS トレーニングと認定', 'iso-2022-jp'), ses_id(d))
add('form-uketsuke-sjis', build(body, hdr, ses_tail(d)), 'case_created', C2, ['AWS20571134'], True, 'ja', txt)


# ---------------------------------------------------------------- 005 T6 second case ack (case_created)
d = T6B_OPEN + dt.timedelta(seconds=57)
txt = f"""Hello Lukas,

We've got your message. Your reference number is {C6B}.

What happens next: one of our Training and Certification support specialists
will look into your request and write back to this address, usually within one
business day. You can reply to this e-mail at any time to add more information.

Your message:
"Second attempt - I opened case {C6A} a week ago and never heard anything back.
Please merge my two certification accounts: AWS-55120934 (old, created in 2021
with my student mail) and AWS-09871245 (current one). Both are mine. Thanks."

Regards,
The AWS Training and Certification team

This is an automated confirmation. Please keep the reference number in the
subject line if you reply.
"""
body = alt(part(txt, 'plain', 'us-ascii', '7bit'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL,
    f'[CASE {C6B}] [AWS Training and Certification Form Submission] - account-assistance', ses_id(d))
add('second-request-reference', build(body, hdr, ses_tail(d)), 'case_created', C6B,
    ['AWS09871245', 'AWS55120934'], True, 'en', txt)


# ---------------------------------------------------------------- 006 T4 2019 ack, no Authentication-Results (case_created)
d = T(2019, 11, 5, 16, 40, 2, PST)
txt = f"""Dear Candidate,

This is to let you know that your inquiry was received by AWS Certification
Support on 11/05/2019 and logged under case number {C4}.

Inquiry: Duplicate candidate accounts - please merge
AWS Certification Account ID given: AWS00731846

Our team normally responds within 1-2 business days. Replying to this
message will update your case.

Thank you,
AWS Certification Support
"""
body = part(txt, 'plain', 'us-ascii', '7bit')
mid = '<%s-%s@%s>' % (alnum(16, '0123456789abcdef'), alnum(8, '0123456789'), 'email.amazonses.com')
hdr = transport(None, D_MAIL, d.astimezone(UTC), 'bounce@amazonses.com', '54.240.11.17',
                'a11-17.smtp-out.amazonses.com', [], 'pass', None) + [
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
] + std_headers(d, addr('AWS Certification', 'aws-certification@amazon.com'), D_MAIL,
                f'Case {C4}: We have received your inquiry', mid)
add('2019-inquiry-logged', build(body, hdr), 'case_created', C4, ['AWS00731846'], None, 'en', txt)


# ---------------------------------------------------------------- 007 T8 unusual HTML-only JA ack (case_created)
d = T8_OPEN + dt.timedelta(seconds=40)
h = f"""<html><head><meta charset="utf-8"><title>お問い合わせ受付のお知らせ</title></head>
<body style="margin:0;background:#ffffff;font-family:'Hiragino Kaku Gothic ProN','メイリオ',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:620px;margin:0 auto;border-top:4px solid #ff9900">
<p style="font-size:18px;font-weight:bold;padding:16px 0 0 0">お問い合わせ受付のお知らせ</p>
<p>{Y_NAME} 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートへご連絡いただき、ありがとうございます。<br>
お客様からのご依頼を下記のとおり承りました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
<tr><th align="left" style="background:#f2f3f3">受付番号</th><td>{C8}</td></tr>
<tr><th align="left" style="background:#f2f3f3">受付日時</th><td>2025/07/22 23:48 (JST)</td></tr>
<tr><th align="left" style="background:#f2f3f3">カテゴリ</th><td>認定 &gt; アカウントの統合</td></tr>
<tr><th align="left" style="background:#f2f3f3">受験者 ID</th><td>AWS61700423<br>AWS 61708498</td></tr>
<tr><th align="left" style="background:#f2f3f3">ご依頼内容</th><td>ピアソンVUEで受験した際に新しいアカウントが作られてしまいました。二つのアカウントを一つにまとめたいです。</td></tr>
</table>
<p>担当者からのご連絡まで、今しばらくお待ちください。通常は翌営業日までにご返信しております。<br>
週末・祝日を挟む場合は、ご返信が遅れることがございます。あらかじめご了承ください。</p>
<p>ご不明な点がございましたら、本メールにそのままご返信ください（件名の受付番号は変更しないでください）。</p>
<p style="margin-top:24px">AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#687078;border-top:1px solid #eaeded;padding-top:8px">
本メールは Amazon Web Services, Inc. より送信されています。410 Terry Ave. North, Seattle, WA 98109-5210<br>
&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
"""
body = part(h, 'html', 'utf-8', 'quoted-printable')
hdr = aws_transport('biglobe', Y_MAIL, d) + std_headers(
    d, addr('AWS トレーニングと認定', AWS_FORM, 'iso-2022-jp'), addr(Y_NAME, Y_MAIL, 'iso-2022-jp'),
    subj(f'【AWS トレーニングと認定】お問い合わせ受付のお知らせ（受付番号 {C8}）', 'utf-8'), ses_id(d))
add('uketsuke-oshirase-html', build(body, hdr, ses_tail(d)), 'case_created', C8,
    ['AWS61700423', 'AWS61708498'], True, 'ja', h)


# ---------------------------------------------------------------- 008 T9 console ack EN with Japanese case subject (case_created)
d = T9_OPEN + dt.timedelta(seconds=19)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C9} to address your issue.

The details of your case are as follows:

Case ID: {C9}
Subject: 認定アカウント統合のお願い / please merge certification accounts
Severity: Low
Correspondence: Hello, I passed DVA-C02 last week but the score report went to a new
certification account (AWS71234588). My older account is AWS71234560 with SAA-C03.
I want to keep the older one. Thank you.

You will be notified when we add correspondence to your case. You can view or update your case at any time by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C9}&language=en

This e-mail address cannot accept replies.

Best regards,
Amazon Web Services

{CONSOLE_FOOTER_EN}
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = [('Delivered-To', H_MAIL)] + aws_transport('gmail', H_MAIL, d, tz_local=JST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), H_MAIL,
    f'Amazon Web Services: You have opened a new Support case: {C9}', ses_id(d))
add('console-opened-mixed-subject', build(body, hdr, ses_tail(d)), 'case_created', C9,
    ['AWS71234560', 'AWS71234588'], True, 'en', txt)


# ---------------------------------------------------------------- 009 T7 form ack that mentions later confirmation (case_created)
d = T7_OPEN + dt.timedelta(seconds=36)
txt = f"""Dear Ananya Iyer,

Thanks for getting in touch with AWS Training and Certification - we have logged
your request as case {C7}.

Here is what to expect for an account merge request:
  1. A support specialist will verify the details you provided. If something is
     missing (for example the e-mail address used on each certification account),
     they will ask you for it.
  2. Before anything is changed, the specialist will send you the list of accounts
     and ask you to confirm which account should be kept. Merges cannot be reversed.
  3. After the merge your certifications, exam history and benefits will appear
     under the retained account. Digital badges may take a few more days.

You don't need to do anything right now. Our first reply normally arrives within
24 hours.

Candidate ID on the form: AWS30377612

Sincerely,
AWS Training and Certification Support
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt, 'Segoe UI,Arial,sans-serif'), 'html', 'utf-8', 'base64'))
hdr = aws_transport('outlook', A_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), A_MAIL,
    f'[CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance', ses_id(d))
add('what-to-expect-logged', build(body, hdr, ses_tail(d)), 'case_created', C7, ['AWS30377612'], True, 'en', txt)


# ---------------------------------------------------------------- 010 T11 console ack JA, ISO-2022-JP, OCN (case_created)
d = T11_OPEN + dt.timedelta(seconds=26)
txt = f"""こんにちは。

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせについて、ケース {C11} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID：{C11}
件名：AWS認定アカウントの重複について
重大度：一般的な質問
内容：AWS認定のアカウントが2つあるようです（aws93007751 / aws93012286）。
どちらか一方にまとめることはできますか。

サポートケースにやり取りが追加されると、メールでお知らせします。ケースの表示や
更新は、サポートセンターからいつでも行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=ja

このメールアドレスは送信専用です。ご返信いただいてもお答えできませんので、
ご了承ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
body = part(txt, 'plain', 'iso-2022-jp', '7bit')
hdr = aws_transport('ocn', N_MAIL, d) + std_headers(
    d, addr('アマゾン ウェブ サービス', AWS_NOREPLY, 'iso-2022-jp'), N_MAIL,
    subj(f'アマゾン ウェブ サービス: 新しいサポートケースを作成しました: {C11}', 'iso-2022-jp'), ses_id(d))
add('console-sakusei-ocn', build(body, hdr, ses_tail(d)), 'case_created', C11,
    ['AWS93007751', 'AWS93012286'], True, 'ja', txt)


# ---------------------------------------------------------------- 011 phishing ack about the merge (case_created, false)
d = T(2025, 6, 12, 2, 33, 9)
fake_case = '174969437211604'
txt = f"""AWS Training & Certification

Your account consolidation request has been received

Case number: {fake_case}
Status: Pending identity verification

Dear Candidate,

We received a request to merge the certification profiles linked to your e-mail
address. Your case has been opened and placed in the verification queue.

To avoid delays, you must verify the identity of the account holder within 48 hours.
Unverified requests are cancelled automatically and the certifications on the
secondary profile may be lost.

Verify now: https://aws-certification-support.help/verify?case={fake_case}

AWS Training & Certification Support Team
(c) 2025 Amazon Web Services
"""
h = f"""<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;color:#fff;padding:12px;font-size:18px">AWS Training &amp; Certification</div>
<h3>Your account consolidation request has been received</h3>
<p><b>Case number:</b> {fake_case}<br><b>Status:</b> <span style="color:#d13212">Pending identity verification</span></p>
<p>Dear Candidate,</p>
<p>We received a request to merge the certification profiles linked to your e-mail address. Your case has been opened and placed in the verification queue.</p>
<p>To avoid delays, you must verify the identity of the account holder within <b>48 hours</b>. Unverified requests are cancelled automatically and the certifications on the secondary profile may be lost.</p>
<p><a href="https://aws-certification-support.help/verify?case={fake_case}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify now</a></p>
<p>AWS Training &amp; Certification Support Team<br>&copy; 2025 Amazon Web Services</p></body></html>
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'quoted-printable'))
ip = '185.222.57.140'
hdr = [('Delivered-To', 'kenta.sato.jp@gmail.com')] + transport(
    'gmail', 'kenta.sato.jp@gmail.com', d, 'bounce@aws-certification-support.help', ip, 'mail.aws-certification-support.help',
    [('pass', 'aws-certification-support.help', 'default')], 'pass', ('pass', 'NONE', 'aws-certification-support.help'),
    sender_headers=[('DKIM-Signature', dkim_sig(d, 'aws-certification-support.help', 'default'))]) + std_headers(
    d, addr('AWS Training & Certification', 'case-notification@aws-certification-support.help'), 'kenta.sato.jp@gmail.com',
    f'Case {fake_case}: your account merge request was received', '<%s@aws-certification-support.help>' % hexs(24))
add('merge-request-received-verify', build(body, hdr), 'case_created', fake_case, [], False, 'en', txt)


# ---------------------------------------------------------------- 012 T10 console ack, plain text only, minimal (case_created)
d = T10_OPEN + dt.timedelta(seconds=15)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C10} to address your issue.

The details of your case are as follows:

Case ID: {C10}
Subject: Two certification accounts - combine into one (keep AWS 05532907)
Severity: General guidance
Correspondence: Hi, when I booked my exam in Pearson VUE I used a different email and
a second AWS Certification account got created (AWS 05599110). The certification from
last week is on the new one. I'd like to keep AWS 05532907 since all my older certs
are there. Regards, Tomasz

You will be notified when we add correspondence to your case. You can view or update
your case at any time by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

Best regards,
Amazon Web Services

{CONSOLE_FOOTER_EN}
"""
body = part(txt, 'plain', 'UTF-8', 'quoted-printable')
hdr = [('Delivered-To', W_MAIL)] + aws_transport('gmail', W_MAIL, d, tz_local=PST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), W_MAIL,
    f'Amazon Web Services: You have opened a new Support case: {C10}', ses_id(d))
add('support-case-opened-plain', build(body, hdr, ses_tail(d)), 'case_created', C10,
    ['AWS05532907', 'AWS05599110'], True, 'en', txt)


# ---------------------------------------------------------------- 013 T1 confirmation request (merge_confirmation_requested)
d = T(2025, 5, 28, 16, 40, 12)
new = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

I was able to locate both of your certification accounts:

Account 1: AWS04417823 - pr***@ed.ac.uk - AWS Certified Cloud Practitioner
Account 2: AWS11902356 - priya.raman87@gmail.com - AWS Certified Solutions Architect - Associate

As per your request, AWS04417823 will be merged into AWS11902356. AWS11902356 will
remain as your active account and will hold all of your certifications, exam
history and benefits. AWS04417823 will be deactivated and you will no longer be
able to sign in with it.

Please be aware that an account merge is permanent and cannot be undone.

If the above is correct, please reply to this e-mail confirming that you would
like us to proceed with the merge.

Best regards,

Hannah M.
AWS Training and Certification Customer Support
"""
hist = f"""-------- Original message --------
From: {P_NAME} <{P_MAIL}>
Date: 05/27/2025 22:14 (GMT+00:00)
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS11902356
Description: Hi, I found out I have two certification accounts. The old one was
created with my university address and has my Cloud Practitioner (candidate id
aws04417823). The newer one (AWS11902356) has my SAA. I would like everything
under one account please.
"""
txt = new + '\n\n' + hist
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + aws_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), P_MAIL, f'RE:[CASE {C1}] {FORM_TAG}', ses_id(d))
add('located-both-accounts', build(body, hdr, ses_tail(d)), 'merge_confirmation_requested', C1,
    ['AWS04417823', 'AWS11902356'], True, 'en', new)


# ---------------------------------------------------------------- 014 T2 JA confirmation request (merge_confirmation_requested)
d = T(2025, 6, 13, 1, 52, 40)
new = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

古いアカウントのメールアドレスをお知らせいただき、ありがとうございました。
お客様の認定アカウントを確認いたしましたところ、以下の 2 件が見つかりました。

　統合元（削除されるアカウント）：AWS03368890（k.sato@***-corp.co.jp）
　　保有認定：AWS Certified Cloud Practitioner
　統合先（残るアカウント）　　　：AWS20571134（kenta.sato@nifty.com）
　　保有認定：AWS Certified Developer - Associate

統合後は AWS20571134 のアカウントに、すべての認定資格、受験履歴および特典が
引き継がれます。なお、統合を実施した後に元へ戻すことはできませんので、
あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信のうえ、統合の実施について
ご承諾いただけますでしょうか。ご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
hist = ja_hdr(T(2025, 6, 12, 21, 15, 0, JST), S_NAME, S_MAIL) + '\n' + q(
    """ご連絡ありがとうございます。
古いアカウントは前職の k.sato@***-corp.co.jp で登録していたと思います。
残すのは今使っている方（AWS20571134）でお願いします。

佐藤""")
txt = new + '\n' + hist + '\n'
body = part(txt, 'plain', 'iso-2022-jp', '7bit')
hdr = aws_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), S_MAIL,
    subj(f'RE:[CASE {C2}] [AWS Training and Certification Form Submission] - アカウント統合のご確認', 'iso-2022-jp'), ses_id(d))
add('togo-naiyou-gokakunin', build(body, hdr, ses_tail(d)), 'merge_confirmation_requested', C2,
    ['AWS03368890', 'AWS20571134'], True, 'ja', new)


# ---------------------------------------------------------------- 015 T3 non-native EN confirmation, console 2023 (merge_confirmation_requested)
d = T(2023, 3, 15, 11, 26, 5)
new = f"""Hello,

You have received a reply to your support case {C3}. Please find the correspondence below.

Dear Marco,

Greetings from AWS Training and Certification!

As per our verification we have found below 2 accounts registered under your name:

1) AWS-02267715 - marco.bianchi@outlook.com - no certification, 1 exam registration cancelled
2) aws02281943 - marco.bianchi@fincore-solutions.it - AWS Certified SysOps Administrator - Associate

Kindly confirm by replying to this case in Support Center that you want to merge the account
AWS-02267715 into AWS02281943, the later one will be your primary account going forward and
you will login with marco.bianchi@fincore-solutions.it. Request you to please note this
process is irreversible, once it is done it can not be revert back.

Awaiting for your confirmation.

Best regards,
Sreeja K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

"""
txt = new + CONSOLE_FOOTER_EN + '\n'
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = aws_transport('outlook', M_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), M_MAIL,
    f'RE:[CASE {C3}] Merge two AWS Certification accounts (same person, different emails)', ses_id(d))
add('kindly-confirm-primary', build(body, hdr, ses_tail(d)), 'merge_confirmation_requested', C3,
    ['AWS02267715', 'AWS02281943'], True, 'en', new)


# ---------------------------------------------------------------- 016 T6 confirmation on second case (merge_confirmation_requested)
d = T(2025, 4, 11, 9, 18, 44)
new = f"""Hi Lukas,

Thanks for sending over the login e-mails, that helped a lot.

Here is what we are going to do - please check it carefully:

    Account to be retired:  AWS55120934   (l.hoffmann@stud.tu-example.de)
    Account to be kept:     AWS09871245   ({L_MAIL})

Everything on AWS55120934 (your Cloud Practitioner from 2021 and the exam
history) will move to AWS09871245. Once we start, this can't be reversed, so
I'd rather hear a clear "yes" from you first.

Just hit reply and let me know that this is OK.

Cheers,
Jonas
AWS Training and Certification
"""
hist = gmail_hdr(T(2025, 4, 10, 21, 3, 0, CEST), L_NAME, L_MAIL) + '\n' + q(
    f"""Hello,

the old one was registered with l.hoffmann@stud.tu-example.de, the current one
with {L_MAIL}. I want to keep the current one.

Lukas

""" + gmail_hdr(T(2025, 4, 10, 14, 47, 0, CEST), 'Amazon Web Services', AWS_FORM) + '\n' + q(
        """Hello Lukas,

could you please let us know the e-mail address you use to sign in to each of
the two certification accounts (AWS-55120934 and AWS-09871245)?

Thank you,
Jonas"""), tight=True)
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'RE:[CASE {C6B}] {FORM_TAG}', ses_id(d))
add('please-check-carefully', build(body, hdr, ses_tail(d)), 'merge_confirmation_requested', C6B,
    ['AWS09871245', 'AWS55120934'], True, 'en', new)


# ---------------------------------------------------------------- 017 T7 three accounts confirmation (merge_confirmation_requested)
d = T(2025, 8, 20, 10, 4, 51)
new = f"""Dear Ananya,

Thank you for the prompt response and for sharing the required details.

Based on the information provided, please find below the summary of the merge request:

Primary (surviving) account : AWS30377612 - {A_MAIL}
Secondary account 1         : AWS28440915 - ananya.iyer.94@yahoo.co.in
Secondary account 2         : AWS31098264 - ananya.i@oldcompany-tech.com

After the merge, all certifications, exam history and the associated benefits from both
secondary accounts will be consolidated under AWS30377612, and the secondary accounts will be
closed. Kindly note that once the merge is processed the same cannot be reverted.

Request you to go through the above carefully and reply back with your confirmation so that we
can go ahead with the merge.

Thanks & Regards,
Mohammed Irfan
AWS Training & Certification Customer Support
"""
hist = orig_msg(f'{A_NAME} <{A_MAIL}>', T(2025, 8, 19, 18, 31, 0, IST), 'Amazon Web Services <%s>' % AWS_FORM,
                f'RE: [CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance',
                """Hi,

Please find the details:
1. AWS30377612 - ananya.iyer@contoso-analytics.com (current, keep this one)
2. AWS28440915 - ananya.iyer.94@yahoo.co.in
3. AWS31098264 - ananya.i@oldcompany-tech.com (no longer have access to this mailbox)

Reason: I created new accounts each time I changed employer without realising.

Regards,
Ananya""")
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt, 'Calibri,Arial,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('outlook', A_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), A_MAIL, f'RE:[CASE {C7}] {FORM_TAG}', ses_id(d))
add('summary-three-accounts', build(body, hdr, ses_tail(d)), 'merge_confirmation_requested', C7,
    ['AWS28440915', 'AWS30377612', 'AWS31098264'], True, 'en', new)


# ---------------------------------------------------------------- 018 spoofed confirmation, dmarc=fail (merge_confirmation_requested, false)
d = T(2025, 9, 3, 4, 51, 30)
fake = '175686551902214'
new = f"""Hello,

Your request to merge AWS Certification accounts AWS44120987 and AWS44120311 is ready to be processed.

To confirm the merge and keep AWS44120311 as your primary account, please sign in and approve the
request within 24 hours:

https://aws-certmetrics-merge.com/confirm?displayId={fake}

If we do not receive your confirmation the request will be closed and your certifications on the
secondary account may become unavailable.

Best regards,
Amazon Web Services
"""
body = alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(text2html(new), 'html', 'utf-8', 'quoted-printable'))
ip = '45.146.164.23'
forged = ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com')
hdr = [('Delivered-To', H_MAIL)] + transport(
    'gmail', H_MAIL, d, 'support@mx-relay-4471.ru', ip, 'mx-relay-4471.ru',
    [], 'softfail', ('fail', 'QUARANTINE', 'amazon.com'),
    sender_headers=[forged, ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
    tz_local=JST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), H_MAIL, f'RE:[CASE {fake}] Action required: confirm your account merge',
    '<%s@mx-relay-4471.ru>' % hexs(20))
add('action-required-approve', build(body, hdr), 'merge_confirmation_requested', fake,
    ['AWS44120311', 'AWS44120987'], False, 'en', new)


# ---------------------------------------------------------------- 019 T1 completion (merge_completed)
d = T(2025, 5, 30, 3, 10, 27)
new = f"""Hello Priya,

Good news - the two certification profiles have now been combined. Your Cloud
Practitioner certification and its exam history are showing under AWS11902356,
together with your Solutions Architect - Associate. The old profile has been
closed, so from now on please sign in only with {P_MAIL}.

A couple of things worth checking over the next few days:
- your certifications and benefits (e.g. the 50% exam voucher) in the
  Certification account;
- your Credly badges. Badges are re-issued by Credly separately and can take up
  to 3 business days to show up.

If anything looks off, just reply here.

Best regards,

Hannah M.
AWS Training and Certification Customer Support
"""
hist = gmail_hdr(T(2025, 5, 29, 7, 55, 0, UTC), P_NAME, P_MAIL) + '\n' + q(
    "The details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n\n" +
    gmail_hdr(T(2025, 5, 28, 16, 40, 0, UTC), 'Amazon Web Services', AWS_FORM) + '\n' + q(
        "Hello Priya,\n\nAs per your request, AWS04417823 will be merged into AWS11902356. AWS11902356 will\n"
        "remain as your active account.\n[...]\nIf the above is correct, please reply to this e-mail confirming that you would\n"
        "like us to proceed with the merge."))
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + aws_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), P_MAIL, f'RE:[CASE {C1}] {FORM_TAG}', ses_id(d))
add('profiles-combined', build(body, hdr, ses_tail(d)), 'merge_completed', C1, ['AWS11902356'], True, 'en', new)


# ---------------------------------------------------------------- 020 T2 JA completion, cp932 labelled Shift_JIS, 8bit (merge_completed)
d = T(2025, 6, 19, 6, 2, 18)
new = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が
完了いたしましたので、ご報告申し上げます。

統合後のアカウント：AWS20571134

お手数ですが、以下の点をご確認いただけますと幸いです。
　① kenta.sato@nifty.com で認定アカウントにサインインできること
　② 取得済みの認定（Cloud Practitioner / Developer - Associate）が表示されていること
　③ Credly のデジタルバッジ（反映まで数日かかる場合がございます）

ご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート
"""
hist = ja_hdr(T(2025, 6, 16, 8, 40, 0, JST), S_NAME, S_MAIL) + '\n' + q(
    "小林様\n\nご確認ありがとうございます。記載の内容で問題ありません。\n統合をお願いいたします。\n\n佐藤")
txt = new + '\n' + hist + '\n'
body = part(txt, 'plain', 'cp932', '8bit', label='Shift_JIS')
hdr = aws_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), S_MAIL,
    subj(f'RE:[CASE {C2}] [AWS Training and Certification Form Submission] - アカウント統合のご確認', 'iso-2022-jp'), ses_id(d))
add('togo-kanryo-hokoku', build(body, hdr, ses_tail(d)), 'merge_completed', C2, ['AWS20571134'], True, 'ja', new)


# ---------------------------------------------------------------- 021 T7 completion + closure in one (merge_completed)
d = T(2025, 8, 21, 12, 47, 3)
new = f"""Dear Ananya,

Greetings of the day!

I am happy to inform you that your request has been actioned successfully. The accounts
AWS28440915 and AWS31098264 have been merged into your primary account AWS30377612, and you
should now be able to see all your certifications under a single profile when you sign in with
{A_MAIL}.

Since your request has been fulfilled, I will be marking this case as resolved. In case you
need any further assistance, simply reply to this e-mail within 14 days and the case will be
reopened automatically.

At the end of this case you will receive a short survey. Your feedback is highly appreciated.

Thanks & Regards,
Mohammed Irfan
AWS Training & Certification Customer Support
"""
hist = outlook_block(f'{A_NAME} <{A_MAIL}>', T(2025, 8, 20, 19, 2, 0, IST), 'Amazon Web Services <%s>' % AWS_FORM,
                     f'RE: [CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance',
                     "Confirmed. Please go ahead with the merge into AWS30377612.\n\nThanks,\nAnanya")
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(text2html(txt, 'Calibri,Arial,sans-serif'), 'html', 'utf-8', 'base64'))
hdr = aws_transport('outlook', A_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), A_MAIL, f'RE:[CASE {C7}] {FORM_TAG}', ses_id(d))
add('actioned-and-resolving', build(body, hdr, ses_tail(d)), 'merge_completed', C7,
    ['AWS28440915', 'AWS30377612', 'AWS31098264'], True, 'en', new)


# ---------------------------------------------------------------- 022 T3 console completion 2023 (merge_completed)
d = T(2023, 3, 17, 8, 3, 40)
new = f"""Hello,

You have received a reply to your support case {C3}. Please find the correspondence below.

Dear Marco,

Thank you for your confirmation.

This is to inform you that your accounts have been merged successfully. Going forward kindly
login to the AWS Certification account with marco.bianchi@fincore-solutions.it (AWS02281943).
The other account is deactivated now.

Please note that it may take 24-48 hours for the changes to reflect in Credly.

Best regards,
Sreeja K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en
"""
txt = new + '\n' + CONSOLE_FOOTER_EN + '\n'
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = aws_transport('outlook', M_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), M_MAIL,
    f'RE:[CASE {C3}] Merge two AWS Certification accounts (same person, different emails)', ses_id(d))
add('merged-successfully-console', build(body, hdr, ses_tail(d)), 'merge_completed', C3, ['AWS02281943'], True, 'en', new)


# ---------------------------------------------------------------- 023 T1 closure + survey (survey)
d = T(2025, 5, 30, 3, 12, 55)
txt = f"""Hello,

We have resolved your case {C1} - "[AWS Training and Certification Form Submission] - account-assistance".

Was your issue resolved?
YES: https://aws-tc-support.survey.amazon.com/s/{hexs(10)}?caseId={C1}&answer=yes
NO:  https://aws-tc-support.survey.amazon.com/s/{hexs(10)}?caseId={C1}&answer=no

Your feedback helps us improve. It takes less than a minute.

If you need further help with this request, reply to this e-mail within 14 days
to reopen the case.

Thank you,
AWS Training and Certification
"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>We have resolved your case <b>{C1}</b> - "[AWS Training and Certification Form Submission] - account-assistance".</p>
<table cellpadding="10"><tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td style="background:#1d8102"><a style="color:#fff;text-decoration:none" href="https://aws-tc-support.survey.amazon.com/s/a?caseId={C1}&amp;answer=yes">YES</a></td>
<td style="background:#d13212"><a style="color:#fff;text-decoration:none" href="https://aws-tc-support.survey.amazon.com/s/a?caseId={C1}&amp;answer=no">NO</a></td></tr></table>
<p>Your feedback helps us improve. It takes less than a minute.</p>
<p>If you need further help with this request, reply to this e-mail within 14 days to reopen the case.</p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>
"""
body = alt(part(txt, 'plain', 'utf-8', '7bit'), part(h, 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + aws_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), P_MAIL, f'[CASE {C1}] Was your issue resolved?', ses_id(d))
add('was-issue-resolved', build(body, hdr, ses_tail(d)), 'survey', C1, [], True, 'en', txt)


# ---------------------------------------------------------------- 024 T2 JA survey (survey)
d = T(2025, 6, 19, 6, 5, 2)
txt = f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース番号：{C2}）の対応を完了とさせていただきました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間 約1分）。

■ 今回のお問い合わせは解決しましたか？
　はい　→ https://aws-tc-support.survey.amazon.com/s/jp?caseId={C2}&a=1
　いいえ → https://aws-tc-support.survey.amazon.com/s/jp?caseId={C2}&a=0

■ 担当者の対応を 5 段階で評価してください
　https://aws-tc-support.survey.amazon.com/s/jp/rate?caseId={C2}

本ケースに関して引き続きサポートが必要な場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定
"""
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'base64'))
hdr = aws_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), S_MAIL,
    subj(f'[CASE {C2}] アンケートご協力のお願い', 'utf-8'), ses_id(d))
add('anketo-onegai', build(body, hdr, ses_tail(d)), 'survey', C2, [], True, 'ja', txt)


# ---------------------------------------------------------------- 025 T6 closed for inactivity (survey)
d = T(2025, 4, 18, 9, 30, 1)
txt = f"""Hello Lukas,

We haven't heard back from you since our message on April 11, so we've gone ahead and
resolved case {C6B} for now.

No problem if you were busy - if you still want to go ahead, reply to this e-mail within
the next 14 days and the case will be reopened with everything we already have on file.
There is no need to start a new request.

Did we answer your question?
  Yes - https://aws-tc-support.survey.amazon.com/r/{hexs(8)}?c={C6B}&v=1
  No  - https://aws-tc-support.survey.amazon.com/r/{hexs(8)}?c={C6B}&v=0

Best regards,
AWS Training and Certification
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'[CASE {C6B}] Your case has been resolved', ses_id(d))
add('resolved-no-reply', build(body, hdr, ses_tail(d)), 'survey', C6B, [], True, 'en', txt)


# ---------------------------------------------------------------- 026 T10 console rating request, HTML only (survey)
d = T(2025, 2, 14, 18, 22, 40)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your support case <b>{C10}</b> "Two certification accounts - combine into one (keep AWS 05532907)" has been closed.</p>
<p>How satisfied were you with the support you received?</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C10}&amp;rating=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C10}&amp;rating=2">&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C10}&amp;rating=3">&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C10}&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C10}&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</p>
<p>If your issue isn't resolved you can reopen the case from the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C10}&amp;language=en">Support Center</a>.</p>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
body = part(h, 'html', 'utf-8', 'quoted-printable')
hdr = [('Delivered-To', W_MAIL)] + aws_transport('gmail', W_MAIL, d, tz_local=PST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), W_MAIL,
    f'[Case {C10}] How did we do?', ses_id(d))
add('how-did-we-do-stars', build(body, hdr, ses_tail(d)), 'survey', C10, ['AWS05532907'], True, 'en', h)


# ---------------------------------------------------------------- Credly helpers
def credly_transport(provider, rcpt, d, domain='credly.com', tz_local=None):
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    mf = 'bounces+%d-%s-%s=%s@em.%s' % (RNG.randint(1000000, 9999999), hexs(4), rcpt.split('@')[0], rcpt.split('@')[1], domain)
    helo = 'o%d.ptr%d.%s' % (RNG.randint(1, 20), RNG.randint(1000, 9999), 'em.' + domain)
    dk = [('pass', domain, 's1'), ('pass', 'sendgrid.info', 'smtpapi')]
    sh = [('DKIM-Signature', dkim_sig(d, domain, 's1', headers='from:mime-version:subject:to:content-type:cc:content-type:from:subject:to')),
          ('DKIM-Signature', dkim_sig(d, 'sendgrid.info', 'smtpapi', headers='from:mime-version:subject:to:content-type:cc:content-type:from:subject:to'))]
    return transport(provider, rcpt, d, mf, ip, helo, dk, 'pass', ('pass', 'REJECT', domain),
                     sender_headers=sh, tz_local=tz_local)


def credly_msgid(domain='credly.com'):
    return '<%s_%s@%s.mail>' % (hexs(24), hexs(8), domain)


# ---------------------------------------------------------------- 027 T1 Credly badge after merge (credly_badge_issued)
d = T(2025, 5, 31, 14, 2, 9)
txt = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

This badge was re-issued to your Credly account following an update to your AWS Certification profile.

Accept your badge: https://www.credly.com/badges/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}/accept

Once accepted, you can share it on LinkedIn, add it to your e-mail signature and let employers verify it.

The Credly Team
Credly, a Pearson company - 13 E 37th St, New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
h = text2html(txt).replace('Accept your badge:', '<b>Accept your badge</b>:')
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(h, 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + credly_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), P_MAIL,
    'Priya, Amazon Web Services Training and Certification has issued you a badge', credly_msgid())
add('credly-reissued-ccp', build(body, hdr), 'credly_badge_issued', None, [], True, 'en', txt)


# ---------------------------------------------------------------- 028 T4 Acclaim badge 2019 (credly_badge_issued)
d = T(2019, 11, 12, 21, 40, 55)
h = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><img src="https://images.youracclaim.com/images/acclaim-logo.png" alt="Acclaim" width="110"></td></tr>
<tr><td><h2 style="font-weight:normal">Daniel, you've earned a badge from Amazon Web Services Training and Certification</h2>
<p><img src="https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate"></p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p>Your badge is waiting for you. Accept it to start sharing your achievement.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}" style="background:#00a3c4;color:#fff;padding:12px 24px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Acclaim is a service of Credly, Inc. 1 Liberty Plaza, New York, NY 10006. You are receiving this e-mail because a badge was issued to {D_MAIL}.</p>
</td></tr></table></body></html>
"""
body = part(h, 'html', 'utf-8', 'quoted-printable')
hdr = credly_transport('outlook', D_MAIL, d, domain='youracclaim.com') + std_headers(
    d, addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'), D_MAIL,
    'Daniel, you\'ve earned a badge from Amazon Web Services Training and Certification', credly_msgid('youracclaim.com'))
add('acclaim-earned-2019', build(body, hdr), 'credly_badge_issued', None, [], True, 'en', h)


# ---------------------------------------------------------------- 029 T2 Credly JA (credly_badge_issued)
d = T(2025, 6, 21, 0, 14, 30)
txt = f"""佐藤 健太さん

Amazon Web Services Training and Certification からデジタルバッジ「AWS Certified Cloud Practitioner」が発行されました。

バッジを受け取る: https://www.credly.com/badges/{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}/accept

バッジを受け取ると、LinkedIn などで共有したり、メールの署名に追加したりできます。

Credly チーム
このメールは kenta.sato@nifty.com 宛にお送りしています。通知設定: https://www.credly.com/notifications
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = credly_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), S_MAIL,
    subj('佐藤 健太さん、Amazon Web Services Training and Certification からバッジが発行されました', 'utf-8'), credly_msgid())
add('credly-badge-ja', build(body, hdr), 'credly_badge_issued', None, [], True, 'ja', txt)


# ---------------------------------------------------------------- 030 T6 first reply: asks for login e-mails, duplicate case note (support_reply)
d = T(2025, 4, 10, 12, 47, 9)
new = f"""Hello Lukas,

Thank you for contacting AWS Training and Certification, and I'm sorry that your first
request ({C6A}) went unanswered - it looks like the form was submitted without a
notification address, so our reply could not be delivered. I have closed that one so
that we can handle everything here in case {C6B}.

To locate the right profiles, could you please let us know the e-mail address you use to
sign in to each of the two certification accounts (AWS-55120934 and AWS-09871245)?
Please also tell us which of the two you would like to keep.

Thank you,
Jonas
AWS Training and Certification
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'RE:[CASE {C6B}] {FORM_TAG}', ses_id(d))
add('which-email-each-account', build(body, hdr, ses_tail(d)), 'support_reply', C6B,
    ['AWS09871245', 'AWS55120934'], True, 'en', new)


# ---------------------------------------------------------------- 031 T2 JA first reply asking for old-account details (support_reply)
d = T(2025, 6, 11, 3, 28, 55)
new = f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして承知いたしました。
お知らせいただいた AWS20571134 以外のアカウントをお調べするため、恐れ入りますが
以下の情報をご返信いただけますでしょうか。

　・以前のアカウントの登録に使用されたメールアドレス（お分かりになる範囲で）
　・登録時の氏名（ローマ字表記）
　・以前のアカウントで受験された試験名と、おおよその受験時期
　・統合後に残したいアカウント

いただいた情報をもとに確認し、統合の内容を改めてご案内いたします。
ご不便をおかけいたしますが、どうぞよろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
hist = """---- 元のメッセージ ----
差出人: 佐藤 健太 <kenta.sato@nifty.com>
件名: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：AWS20571134
お問い合わせ内容：
以前、会社の研修で受験した際のアカウントと、現在使っているアカウントが
別々になっているようです。統合をお願いできますでしょうか。
"""
txt = new + '\n' + hist
body = alt(part(txt, 'plain', 'iso-2022-jp', '7bit'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('nifty', S_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), S_MAIL,
    subj(f'RE:[CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance', 'iso-2022-jp'), ses_id(d))
add('kakunin-no-tame-joho', build(body, hdr, ses_tail(d)), 'support_reply', C2, ['AWS20571134'], True, 'ja', new)


# ---------------------------------------------------------------- 032 T10 status update console (support_reply)
d = T(2025, 2, 12, 20, 5, 33)
new = f"""Hello,

You have received a reply to your support case {C10}. Please find the correspondence below.

Hi Tomasz,

Thanks for your patience - just a quick update from my side.

I've reviewed both profiles and the information matches, so your request to combine
AWS05599110 into AWS05532907 has been handed over to our Certification Operations team,
who carry out the actual change. They normally need 2-3 business days. There's nothing
you need to do in the meantime; I'll write to you again as soon as I hear back.

Best regards,
Ewa
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
txt = new + f"""
To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

{CONSOLE_FOOTER_EN}
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = [('Delivered-To', W_MAIL)] + aws_transport('gmail', W_MAIL, d, tz_local=PST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), W_MAIL,
    f'RE:[CASE {C10}] Two certification accounts - combine into one (keep AWS 05532907)', ses_id(d))
add('handed-to-operations', build(body, hdr, ses_tail(d)), 'support_reply', C10,
    ['AWS05532907', 'AWS05599110'], True, 'en', new)


# ---------------------------------------------------------------- 033 T10 escalation (support_reply)
d = T(2025, 2, 13, 22, 41, 0)
new = f"""Hello,

You have received a reply to your support case {C10}. Please find the correspondence below.

Hi Tomasz,

I wanted to let you know that our operations team could not complete the change on the first
attempt: the newer profile still has an open exam appointment attached to it (the retake voucher
from Pearson VUE), which blocks the process.

I have escalated the case to a senior specialist who can release the appointment record manually.
This usually adds one or two business days. Please don't book or cancel any exams on either profile
until we get back to you, as that would reset the process.

Apologies for the delay, and thank you for bearing with us.

Best regards,
Ewa
Amazon Web Services
"""
txt = new + f"""
To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

{CONSOLE_FOOTER_EN}
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = [('Delivered-To', W_MAIL)] + aws_transport('gmail', W_MAIL, d, tz_local=PST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), W_MAIL,
    f'RE:[CASE {C10}] Two certification accounts - combine into one (keep AWS 05532907)', ses_id(d))
add('escalated-senior-specialist', build(body, hdr, ses_tail(d)), 'support_reply', C10, ['AWS05532907'], True, 'en', new)


# ---------------------------------------------------------------- 034 T6 chaser (support_reply)
d = T(2025, 4, 15, 9, 2, 47)
new = f"""Hi Lukas,

Just following up on my e-mail from April 11. We still need your go-ahead before we can
make any changes to your certification accounts.

If we don't hear from you by April 18, this case will be resolved automatically. You can
still reply afterwards and we'll pick it up again.

Cheers,
Jonas
AWS Training and Certification
"""
hist = '> ' + f"""Hi Lukas,
>
> Thanks for sending over the login e-mails, that helped a lot.
>
> Here is what we are going to do - please check it carefully:
>
>     Account to be retired:  AWS55120934   (l.hoffmann@stud.tu-example.de)
>     Account to be kept:     AWS09871245   ({L_MAIL})
>
> [...]
> Just hit reply and let me know that this is OK."""
txt = new + '\n' + hist + '\n'
body = part(txt, 'plain', 'utf-8', 'quoted-printable')
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'RE:[CASE {C6B}] {FORM_TAG}', ses_id(d))
add('following-up-go-ahead', build(body, hdr, ses_tail(d)), 'support_reply', C6B, [], True, 'en', new)


# ---------------------------------------------------------------- 035 T8 JA chaser (support_reply)
d = T(2025, 7, 29, 0, 31, 12)
new = f"""山本 大輔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

7月24日にお送りしたメールにつきまして、その後いかがでしょうか。
ご本人確認のため、お手数ですが前回ご案内した情報をご返信いただけますと幸いです。
情報を確認でき次第、手続きを進めてまいります。

なお、8月5日までにご返信をいただけない場合、本ケースはいったんクローズとさせて
いただきます。クローズ後も本メールへご返信いただければ、再度対応いたします。

何卒よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'base64'))
hdr = aws_transport('biglobe', Y_MAIL, d) + std_headers(
    d, addr('AWS トレーニングと認定', AWS_FORM, 'iso-2022-jp'), addr(Y_NAME, Y_MAIL, 'iso-2022-jp'),
    subj(f'RE:[CASE {C8}] 【AWS トレーニングと認定】ご返信のお願い', 'utf-8'), ses_id(d))
add('gohenshin-onegai', build(body, hdr, ses_tail(d)), 'support_reply', C8, [], True, 'ja', new)


# ---------------------------------------------------------------- 036 T9 new correspondence notice EN (support_reply)
d = T(2025, 9, 2, 1, 14, 8)
txt = f"""Hello,

A new correspondence has been added to your support case {C9}.

Case ID: {C9}
Subject: 認定アカウント統合のお願い / please merge certification accounts

To view the correspondence and reply to it, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C9}&language=en

Please do not reply to this e-mail. Replies to this address are not monitored.

Best regards,
Amazon Web Services
"""
body = part(txt, 'plain', 'UTF-8', 'base64')
hdr = [('Delivered-To', H_MAIL)] + aws_transport('gmail', H_MAIL, d, tz_local=JST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), H_MAIL, f'[Case {C9}] New correspondence added', ses_id(d))
add('new-correspondence-notice', build(body, hdr, ses_tail(d)), 'support_reply', C9, [], True, 'en', txt)


# ---------------------------------------------------------------- 037 T5 JA new correspondence notice (support_reply)
d = T(2025, 6, 4, 2, 20, 51)
txt = f"""こんにちは。

サポートケース {C5} に新しい対応が追加されました。

ケース ID: {C5}
件名: 認定アカウントの統合（受験者ID AWS38815207 と AWS40062219）

対応内容の確認とご返信は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C5}&language=ja

このメールには返信できません。

Amazon Web Services
"""
body = part(txt, 'plain', 'iso-2022-jp', '7bit')
hdr = aws_transport('docomo', TM_MAIL, d, no_dmarc=True) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), TM_MAIL,
    subj(f'[Case {C5}] 新しい対応が追加されました', 'iso-2022-jp'), ses_id(d))
add('atarashii-taiou-tsuchi', build(body, hdr, ses_tail(d)), 'support_reply', C5,
    ['AWS38815207', 'AWS40062219'], True, 'ja', txt)


# ---------------------------------------------------------------- 038 T6 reopen notice with quoted confirmation (support_reply)
d = T(2025, 4, 22, 7, 11, 39)
new = f"""Hello,

We received your reply, and case {C6B} has been reopened. It is back in our queue and a
Training and Certification specialist will continue working on it shortly - there's no need
to send your message again or to open a new case.

Regards,
AWS Training and Certification

"""
hist = gmail_hdr(T(2025, 4, 22, 9, 10, 0, CEST), L_NAME, L_MAIL) + '\n' + q(
    "Sorry, I was travelling. Yes, please go ahead and merge AWS55120934 into AWS09871245.\n\nLukas")
txt = new + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'[CASE {C6B}] Your case has been reopened', ses_id(d))
add('case-back-in-queue', build(body, hdr, ses_tail(d)), 'support_reply', C6B, [], True, 'en', new)


# ---------------------------------------------------------------- 039 T1 thanks for confirming, will proceed (support_reply)
d = T(2025, 5, 29, 9, 31, 2)
new = f"""Hello Priya,

Thank you for confirming. I have now passed your request on to the team that performs
account merges. You don't need to do anything else for the moment - I will write to you
again as soon as the work has been completed, which is usually within 1-2 business days.

Best regards,

Hannah M.
AWS Training and Certification Customer Support
"""
hist = gmail_hdr(T(2025, 5, 29, 7, 55, 0, UTC), P_NAME, P_MAIL) + '\n' + q(
    "The details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n\n" +
    gmail_hdr(T(2025, 5, 28, 16, 40, 0, UTC), 'Amazon Web Services', AWS_FORM) + '\n' + q(
        "Hello Priya,\n\nI was able to locate both of your certification accounts:\n\n"
        "Account 1: AWS04417823 - pr***@ed.ac.uk - AWS Certified Cloud Practitioner\n"
        "Account 2: AWS11902356 - priya.raman87@gmail.com - AWS Certified Solutions Architect - Associate\n\n"
        "As per your request, AWS04417823 will be merged into AWS11902356.\n[...]"))
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', P_MAIL)] + aws_transport('gmail', P_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), P_MAIL, f'RE:[CASE {C1}] {FORM_TAG}', ses_id(d))
add('passed-to-merge-team', build(body, hdr, ses_tail(d)), 'support_reply', C1, [], True, 'en', new)


# ---------------------------------------------------------------- 040 T6 after reopen: one more question, "once the merge is complete" (support_reply)
d = T(2025, 4, 23, 8, 45, 16)
new = f"""Hi Lukas,

Welcome back, and thanks for the go-ahead.

One small thing before I submit the request: the name on AWS55120934 is spelled
"Lukas Hofmann" (one f), while your current profile says "Lukas Hoffmann". Can you
confirm that the old spelling was simply a typo? The name on the retained profile is the
one that will appear on your certificates, so I want to be sure it's right.

Once the merge is complete you'll get a separate e-mail from us, and Credly will re-issue
your badges to the address on the kept profile.

Cheers,
Jonas
AWS Training and Certification
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), L_MAIL, f'RE:[CASE {C6B}] {FORM_TAG}', ses_id(d))
add('name-spelling-question', build(body, hdr, ses_tail(d)), 'support_reply', C6B, ['AWS55120934'], True, 'en', new)


# ---------------------------------------------------------------- 041 T12 2022 form case, question about something else (support_reply)
d = T(2022, 8, 10, 15, 20, 44)
new = f"""Hi Carlos,

Thanks for the additional information. Your merge request is with the relevant team and I will
update you on it separately.

About your second question (the exam you rescheduled for August 24): to check whether the new
appointment is attached to AWS 08813342 or to the other profile, could you please send us the
Pearson VUE registration/confirmation number shown in your appointment e-mail? Please don’t
cancel the appointment in the meantime.

Kind regards,
Marisol
AWS Training and Certification Customer Support
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'), part(text2html(txt), 'html', 'windows-1252', 'quoted-printable'))
hdr = [('Delivered-To', CM_MAIL)] + aws_transport('gmail', CM_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), CM_MAIL, f'RE:[CASE {C12}] {FORM_TAG}', ses_id(d))
add('reschedule-confirmation-number', build(body, hdr, ses_tail(d)), 'support_reply', C12, ['AWS08813342'], True, 'en', new)


# ---------------------------------------------------------------- 042 T7 first reply: asks reason and e-mails (support_reply)
d = T(2025, 8, 19, 5, 10, 22)
new = f"""Dear Ananya,

Thank you for contacting AWS Training & Certification. My name is Mohammed and I will be assisting
you with this case.

I understand you would like to merge your certification accounts. I will be glad to help you with
the same. In order to proceed further, kindly provide the below details:

1. The AWS candidate ID of each account you would like to merge (we have AWS30377612 from the form)
2. The e-mail address registered on each of the accounts
3. Which account you would like to retain as the primary account
4. The reason for the merge request

Please note: kindly do not raise a new case for the same request, it may delay the resolution.

Thanks & Regards,
Mohammed Irfan
AWS Training & Certification Customer Support
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt, 'Calibri,Arial,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('outlook', A_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), A_MAIL, f'RE:[CASE {C7}] {FORM_TAG}', ses_id(d))
add('kindly-provide-details', build(body, hdr, ses_tail(d)), 'support_reply', C7, ['AWS30377612'], True, 'en', new)


# ---------------------------------------------------------------- 043 T11 JA: second case noticed, continue here + asks (support_reply)
C11B = case15(T(2025, 10, 7, 21, 2, 9, JST), 11)
d = T(2025, 10, 8, 1, 40, 5)
new = f"""こんにちは。

サポートケース {C11} に返信がありました。内容は以下のとおりです。

中村 様

アマゾン ウェブ サービスの高橋でございます。お問い合わせいただきありがとうございます。

同じご依頼で新しいケース（{C11B}）も作成いただいておりますが、ご案内を一本化する
ため、今後は本ケース（{C11}）にてご対応させていただきます。もう一方のケースは当方で
クローズいたしますので、お客様側での操作は不要です。

AWS93007751 と AWS93012286 のアカウントについて確認を進めるにあたり、それぞれの
アカウントにサインインする際のメールアドレスをお知らせいただけますでしょうか。

お手数をおかけいたしますが、よろしくお願いいたします。

高橋
Amazon Web Services

ご意見をお聞かせください。このやり取りの評価は、サポートセンターの各対応の右上にある星を選択して行えます。
"""
txt = new + f"""
すべてのケースを表示するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=ja
"""
body = alt(part(txt, 'plain', 'iso-2022-jp', '7bit'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('ocn', N_MAIL, d) + std_headers(
    d, addr('アマゾン ウェブ サービス', AWS_NOREPLY, 'iso-2022-jp'), N_MAIL,
    subj(f'RE:[CASE {C11}] AWS認定アカウントの重複について', 'iso-2022-jp'), ses_id(d))
add('ippon-ka-mail-address', build(body, hdr, ses_tail(d)), 'support_reply', C11,
    ['AWS93007751', 'AWS93012286'], True, 'ja', new)


# ---------------------------------------------------------------- 044 T12 automatic receipt of a reply (support_reply)
d = T(2022, 8, 10, 19, 2, 31)
txt = f"""This is an automated message.

We have received your reply to case {C12}. It has been added to the case history and the
specialist working on your request has been notified.

There is no need to contact us again or to create a new case; you will hear from us at this
address.

AWS Training and Certification Customer Support
"""
body = part(txt, 'plain', 'us-ascii', '7bit')
hdr = [('Delivered-To', CM_MAIL)] + aws_transport('gmail', CM_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), CM_MAIL, f'[CASE {C12}] We received your reply', ses_id(d))
add('reply-received-auto', build(body, hdr, ses_tail(d)), 'support_reply', C12, [], True, 'en', txt)


# ---------------------------------------------------------------- 045 T5 JA status update, 8bit UTF-8 (support_reply)
d = T(2025, 6, 5, 6, 55, 48)
new = f"""こんにちは。

サポートケース {C5} に返信がありました。内容は以下のとおりです。

田中 様

Amazon Web Services の森でございます。
いつも AWS をご利用いただき、ありがとうございます。

先日ご確認いただいたアカウント統合のご依頼について、経過をご報告いたします。
現在、担当部署にて手続きを進めております。完了までに 3〜5 営業日ほどお時間を
いただく見込みです。

進捗がございましたら、改めて本ケースにてご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

森
Amazon Web Services
"""
txt = new + f"""
すべてのケースを表示するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={C5}&language=ja
"""
body = part(txt, 'plain', 'utf-8', '8bit')
hdr = aws_transport('docomo', TM_MAIL, d, no_dmarc=True) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), TM_MAIL,
    subj(f'RE:[CASE {C5}] 認定アカウントの統合（受験者ID AWS38815207 と AWS40062219）', 'utf-8'), ses_id(d))
add('keika-houkoku', build(body, hdr, ses_tail(d)), 'support_reply', C5, ['AWS38815207', 'AWS40062219'], True, 'ja', new)


# ---------------------------------------------------------------- 046 T8 JA: names differ, identity check (support_reply)
d = T(2025, 7, 24, 2, 12, 37)
new = f"""山本 大輔 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
お問い合わせいただき、誠にありがとうございます。

ご依頼の 2 つのアカウント（AWS61700423、AWS61708498）を確認いたしましたところ、
登録されているお名前の表記が異なっておりました（「Daisuke Yamamoto」と「Daisuke Yamamot」）。
同一のお客様であることを確認させていただくため、お手数ですが以下をご返信ください。

　1. 各アカウントに登録されているメールアドレス
　2. 各アカウントで最後に受験された試験名と受験日
　3. 正しいお名前のローマ字表記（身分証明書と同じもの）

確認が取れましたら、統合の内容をあらためてご案内いたします。

鈴木
AWS トレーニングと認定 カスタマーサポート
"""
txt = new
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'base64'))
hdr = aws_transport('biglobe', Y_MAIL, d) + std_headers(
    d, addr('AWS トレーニングと認定', AWS_FORM, 'iso-2022-jp'), addr(Y_NAME, Y_MAIL, 'iso-2022-jp'),
    subj(f'RE:[CASE {C8}] 【AWS トレーニングと認定】ご本人確認のお願い', 'utf-8'), ses_id(d))
add('gohonnin-kakunin', build(body, hdr, ses_tail(d)), 'support_reply', C8,
    ['AWS61700423', 'AWS61708498'], True, 'ja', new)


# ---------------------------------------------------------------- 047 T9 status: submitted to back-end, don't open new case (support_reply)
d = T(2025, 9, 3, 2, 0, 15)
new = f"""Hello,

You have received a reply to your support case {C9}. Please find the correspondence below.

Hello Shota,

Thank you for confirming the details yesterday.

I've submitted the request to our back-end team. Requests of this kind take up to 5 business
days; I'll keep the case open and let you know when I have news. Please don't open another case
for the same request, as that would only put it back at the start of the queue.

If you have an exam booked in the meantime, you can still sit it with your current login.

Best regards,
Rafael
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
txt = new + f"""
To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C9}&language=en

{CONSOLE_FOOTER_EN}
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = [('Delivered-To', H_MAIL)] + aws_transport('gmail', H_MAIL, d, tz_local=JST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), H_MAIL,
    f'RE:[CASE {C9}] 認定アカウント統合のお願い / please merge certification accounts', ses_id(d))
add('submitted-back-end', build(body, hdr, ses_tail(d)), 'support_reply', C9, [], True, 'en', new)


# ---------------------------------------------------------------- 048 T12 still working, Outlook block quoting ids (support_reply)
d = T(2022, 8, 12, 17, 48, 2)
new = f"""Hi Carlos,

I just wanted to let you know that we haven't forgotten about you. The team is still working on
your request and I expect to have an update for you early next week.

Thank you for your patience.

Kind regards,
Marisol
AWS Training and Certification Customer Support
"""
hist = outlook_block('Amazon Web Services <%s>' % AWS_FORM, T(2022, 8, 9, 16, 2, 0, UTC), f'{CM_NAME} <{CM_MAIL}>',
                     f'RE:[CASE {C12}] {FORM_TAG}',
                     """Hi Carlos,

We have located both of your profiles, AWS08790015 and AWS 08813342. As requested,
AWS08790015 will be merged into AWS 08813342, which will remain your active account.
Please note that this cannot be reversed. Reply to this e-mail to confirm.

Kind regards,
Marisol""")
txt = new + '\n' + hist + '\n'
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', CM_MAIL)] + aws_transport('gmail', CM_MAIL, d) + std_headers(
    d, addr('Amazon Web Services', AWS_FORM), CM_MAIL, f'RE:[CASE {C12}] {FORM_TAG}', ses_id(d))
add('havent-forgotten', build(body, hdr, ses_tail(d)), 'support_reply', C12, [], True, 'en', new)


# ---------------------------------------------------------------- 049 quota-increase case opened (unrelated)
QC = case15(T(2025, 9, 4, 6, 30, 41), 8312)
d = T(2025, 9, 4, 6, 31, 3)
txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {QC} to address your issue.

The details of your case are as follows:

Case ID: {QC}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All G and VT Spot Instance Requests
Limit name: Instance Limit
New limit value: 16
------------
Use case description: Fine-tuning experiments for our internal search model. Current vCPU quota is 0.

You will be notified when we add correspondence to your case. You can view or update your case at any time by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={QC}&language=en

Best regards,
Amazon Web Services

{CONSOLE_FOOTER_EN}
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
hdr = [('Delivered-To', H_MAIL)] + aws_transport('gmail', H_MAIL, d, tz_local=JST) + std_headers(
    d, addr('Amazon Web Services', AWS_NOREPLY), H_MAIL,
    f'Amazon Web Services: You have opened a new Support case: {QC}', ses_id(d))
add('limit-increase-opened', build(body, hdr, ses_tail(d)), 'unrelated', QC, [], True, 'en', txt)


# ---------------------------------------------------------------- 050 JA billing case reply (unrelated)
BC = case15(T(2025, 10, 14, 10, 2, 7, JST), 4420)
d = T(2025, 10, 15, 3, 44, 19)
new = f"""こんにちは。

サポートケース {BC} に返信がありました。内容は以下のとおりです。

中村 様

AWS 請求・アカウントサポートの渡辺でございます。
お問い合わせいただき、ありがとうございます。

請求書の宛名（会社名）の変更につきましては、お客様ご自身で Billing and Cost Management
コンソールの「お支払い設定」から変更いただけます。変更内容は次回以降に発行される請求書に
反映されます。なお、発行済みの請求書を再発行することはできませんので、ご了承ください。

その他ご不明な点がございましたら、本ケースにてお知らせください。

渡辺
Amazon Web Services
"""
txt = new + f"""
すべてのケースを表示するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={BC}&language=ja
"""
body = alt(part(txt, 'plain', 'iso-2022-jp', '7bit'), part(text2html(txt, 'Meiryo,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = aws_transport('ocn', N_MAIL, d) + std_headers(
    d, addr('アマゾン ウェブ サービス', AWS_NOREPLY, 'iso-2022-jp'), N_MAIL,
    subj(f'RE:[CASE {BC}] 請求書の宛名変更について', 'iso-2022-jp'), ses_id(d))
add('seikyusho-atena', build(body, hdr, ses_tail(d)), 'unrelated', BC, [], True, 'ja', new)


# ---------------------------------------------------------------- 051 Seller Central case: duplicate ASIN merge (unrelated)
d = T(2025, 7, 9, 16, 12, 55)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed the duplicate detail pages you reported. ASIN B0CX4T7LQ2 has been merged into
ASIN B0CX4T2MZ9, and your offer now appears on the surviving detail page. Please allow up to 24
hours for the change to be reflected on the website.

Was this e-mail helpful? Rate this response in Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Thank you for selling with Amazon,
Ramesh K.
Amazon.com
https://sellercentral.amazon.com

Please do not reply to this e-mail. To respond, use the case log in Seller Central.
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = [('Delivered-To', 'carlos@mendoza-home-goods.com')] + aws_transport('gmail', 'carlos@mendoza-home-goods.com', d) + std_headers(
    d, addr('Amazon Seller Support', 'seller-notification@amazon.com'), 'carlos@mendoza-home-goods.com',
    'RE:[CASE 5884881212] Duplicate listings - please merge ASINs', ses_id(d))
add('duplicate-asin-listings', build(body, hdr, ses_tail(d)), 'unrelated', '5884881212', [], True, 'en', txt)


# ---------------------------------------------------------------- 052 CertMetrics survey-ish (unrelated)
d = T(2025, 6, 2, 14, 5, 0)
txt = """AWS Certification wants to hear from you

Hello Priya,

You recently earned AWS Certified Solutions Architect - Associate. We'd like to know how your
certification journey went - what helped you prepare, and what we could do better.

The survey takes about 5 minutes: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=SAA-C03

Candidate ID: AWS11902356

Thank you,
AWS Certification

This e-mail was sent from an unmonitored mailbox. Please do not reply.
"""
body = alt(part(txt, 'plain', 'us-ascii', '7bit'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
ip = '52.101.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
hdr = [('Delivered-To', P_MAIL)] + transport(
    'gmail', P_MAIL, d, 'bounce-%s@mail.certmetrics.com' % hexs(8), ip, 'mail.certmetrics.com',
    [('pass', 'certmetrics.com', 'selector1')], 'pass', ('pass', 'NONE', 'certmetrics.com'),
    sender_headers=[('DKIM-Signature', dkim_sig(d, 'certmetrics.com', 'selector1'))]) + std_headers(
    d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), P_MAIL,
    'AWS Certification wants to hear from you', '<%s@certmetrics.com>' % hexs(32))
add('certmetrics-hear-from-you', build(body, hdr), 'unrelated', None, ['AWS11902356'], False, 'en', txt)


# ---------------------------------------------------------------- 053 Pearson VUE appointment (unrelated)
d = T(2025, 8, 27, 11, 40, 21)
txt = f"""Dear Shota Hayashi,

Thank you for scheduling with Pearson VUE! This message confirms the details of your upcoming
appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Thursday, September 11, 2025
Time: 10:00 JST
Location: OnVUE online proctored
Registration ID: 487{RNG.randint(100000, 999999)}
Candidate ID: AWS71234588

Please check in up to 30 minutes before your appointment time. Make sure you have run the
system test on the computer you will use.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your
appointment.

Sincerely,
Pearson VUE
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
ip = '159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
hdr = [('Delivered-To', H_MAIL)] + transport(
    'gmail', H_MAIL, d, 'pearsonvueconfirmation@pearson.com', ip, 'mx1.pearson.com',
    [('pass', 'pearson.com', 'pvue1')], 'pass', ('pass', 'REJECT', 'pearson.com'),
    sender_headers=[('DKIM-Signature', dkim_sig(d, 'pearson.com', 'pvue1'))], tz_local=JST) + std_headers(
    d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), H_MAIL,
    'Pearson VUE Confirmation of Booking', '<%s.JavaMail.pvue@pearson.com>' % RNG.randint(10**9, 10**10))
add('pearson-booking', build(body, hdr), 'unrelated', None, ['AWS71234588'], False, 'en', txt)


# ---------------------------------------------------------------- 054 AWS Builder ID code (unrelated)
d = T(2025, 5, 27, 21, 58, 12)
txt = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to confirm your
email address:

Verification code: 482913

This code expires in 10 minutes. If you didn't request this code, you can safely ignore this email.

Thanks,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
body = alt(part(txt, 'plain', 'UTF-8', 'quoted-printable'), part(text2html(txt), 'html', 'UTF-8', 'quoted-printable'))
ip = RNG.choice(SES_IPS)
mf = ses_mailfrom(d).replace('@amazonses.com', '@us-east-1.amazonses.com')
hdr = [('Delivered-To', P_MAIL)] + transport(
    'gmail', P_MAIL, d, mf, ip, ses_host(ip),
    [('pass', 'signin.aws', 'k3h5kbr7ej3pklbgfyeinpq7wnyeq3r6'), ('pass', 'amazonses.com', SES_SEL)], 'pass',
    ('pass', 'REJECT', 'signin.aws'),
    sender_headers=[('DKIM-Signature', dkim_sig(d, 'signin.aws', 'k3h5kbr7ej3pklbgfyeinpq7wnyeq3r6')),
                    ('DKIM-Signature', dkim_sig(d, 'amazonses.com', SES_SEL))]) + std_headers(
    d, addr('AWS', 'no-reply@signin.aws'), P_MAIL, 'Verify your AWS Builder ID email address', ses_id(d))
add('builder-id-code', build(body, hdr, ses_tail(d)), 'unrelated', None, [], True, 'en', txt)


# ---------------------------------------------------------------- 055 GitHub PR merged (unrelated)
d = T(2025, 8, 20, 9, 3, 30)
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/contoso-analytics/infra-terraform/pull/482#event-19284736251
You are receiving this because you authored the thread.

Message ID: <contoso-analytics/infra-terraform/pull/482/issue_event/19284736251@github.com>
"""
h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/contoso-analytics/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/contoso-analytics/infra-terraform/pull/482#event-19284736251">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
body = alt(part(txt, 'plain', 'UTF-8', '7bit'), part(h, 'html', 'UTF-8', '7bit'))
ip = '192.30.252.%d' % RNG.randint(190, 210)
hdr = transport('outlook', A_MAIL, d, 'noreply@github.com', ip, 'out-21.smtp.github.com',
                [('pass', 'github.com', 'pf2023')], 'pass', ('pass', 'REJECT', 'github.com'),
                sender_headers=[('DKIM-Signature', dkim_sig(d, 'github.com', 'pf2023'))]) + std_headers(
    d, addr('Vikram Rao', 'notifications@github.com'), 'contoso-analytics/infra-terraform <infra-terraform@noreply.github.com>',
    'Re: [contoso-analytics/infra-terraform] Merge AWS accounts module into shared-services (PR #482)',
    '<contoso-analytics/infra-terraform/pull/482/issue_event/19284736251@github.com>',
    extra=[('In-Reply-To', '<contoso-analytics/infra-terraform/pull/482@github.com>'),
           ('References', '<contoso-analytics/infra-terraform/pull/482@github.com>'),
           ('Cc', f'{A_NAME} <{A_MAIL}>, Author <author@noreply.github.com>'),
           ('List-ID', 'contoso-analytics/infra-terraform <infra-terraform.contoso-analytics.github.com>'),
           ('X-GitHub-Reason', 'author')])
add('github-pr-merged', build(body, hdr), 'unrelated', None, [], False, 'en', txt)


# ---------------------------------------------------------------- 056 Credly self-service merge code (unrelated)
d = T(2025, 6, 20, 8, 31, 7)
txt = """Hi Lukas,

We received a request to merge another Credly account into your account.

Your verification code is: 739204

Enter this code on the account merge page, then select "Complete Account Merge". The code is valid
for 30 minutes. Badges from the other account will be moved to this one once the merge is complete.

If you didn't request this, you can ignore this email - nothing will change.

The Credly Team
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = credly_transport('fastmail', L_MAIL, d, tz_local=CEST) + std_headers(
    d, addr('Credly', 'admin@credly.com'), L_MAIL, 'Your Credly account merge verification code', credly_msgid())
add('credly-merge-code', build(body, hdr), 'unrelated', None, [], True, 'en', txt)


# ---------------------------------------------------------------- 057 Credly badge expiry reminder (unrelated)
d = T(2025, 10, 1, 13, 0, 4)
txt = """Hi Marco,

Your badge AWS Certified SysOps Administrator - Associate, issued by Amazon Web Services Training and
Certification, will expire on October 31, 2025.

To keep your credential current, check the recertification options offered by the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned/badge/7d1c2a4e-0b7e-4c55-9f1d-3c2f8a6b9e10

The Credly Team
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt), 'html', 'utf-8', 'quoted-printable'))
hdr = credly_transport('outlook', M_MAIL, d) + std_headers(
    d, addr('Credly', 'admin@credly.com'), M_MAIL, 'Your badge is expiring soon', credly_msgid())
add('credly-expiring-soon', build(body, hdr), 'unrelated', None, [], True, 'en', txt)


# ---------------------------------------------------------------- 058 AWS T&C newsletter JA (unrelated)
d = T(2025, 7, 15, 1, 0, 0)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS トレーニングと認定 ニュースレター 2025年7月号</td></tr>
<tr><td style="padding:16px">
<h3>新しい認定試験「AWS Certified AI Practitioner」日本語版の提供開始</h3>
<p>AI と機械学習の基礎を証明する新しい認定の日本語版試験が受験可能になりました。</p>
<h3>AWS Skill Builder で無料の試験対策を</h3>
<p>公式練習問題集や試験準備コースを AWS Skill Builder で無料でご利用いただけます。</p>
<h3>認定アカウントの管理</h3>
<p>認定の特典や受験履歴は AWS Certification アカウントからいつでも確認できます。ログインにお困りの場合は、サポートページをご覧ください。</p>
<p><a href="https://aws.amazon.com/jp/training/">詳しくはこちら</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">このメールは AWS からのマーケティングメールです。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr></table></body></html>
"""
body = part(h, 'html', 'utf-8', 'base64')
hdr = aws_transport('sonet', 'ken.ito@so-net.ne.jp', d) + std_headers(
    d, addr('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com', 'utf-8'), 'ken.ito@so-net.ne.jp',
    subj('AWS トレーニングと認定 ニュースレター 2025年7月号', 'utf-8'), ses_id(d),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')])
add('newsletter-2025-07', build(body, hdr, ses_tail(d)), 'unrelated', None, [], True, 'ja', h)


# ---------------------------------------------------------------- 059 phishing not about the merge (unrelated)
d = T(2025, 9, 22, 3, 17, 44)
txt = """Amazon Web Services

Your account has been suspended

We were unable to validate the payment information associated with your AWS account. As a result,
your services have been temporarily suspended and resources may be terminated within 72 hours.

To restore access, update your billing details here:
https://console-aws-billing-verify.com/billing/update

AWS Billing Team
"""
body = alt(part(txt, 'plain', 'utf-8', 'base64'), part(text2html(txt), 'html', 'utf-8', 'base64'))
ip = '91.215.85.%d' % RNG.randint(2, 250)
hdr = [('Delivered-To', W_MAIL)] + transport(
    'gmail', W_MAIL, d, 'billing@console-aws-billing-verify.com', ip, 'vps-51882.console-aws-billing-verify.com',
    [('pass', 'console-aws-billing-verify.com', 'mail')], 'pass', ('pass', 'NONE', 'console-aws-billing-verify.com'),
    sender_headers=[('DKIM-Signature', dkim_sig(d, 'console-aws-billing-verify.com', 'mail'))], tz_local=PDT) + std_headers(
    d, addr('AWS Billing', 'billing@console-aws-billing-verify.com'), W_MAIL,
    'Action required: Your AWS account has been suspended', '<%s@console-aws-billing-verify.com>' % hexs(20))
add('account-suspended-billing', build(body, hdr), 'unrelated', None, [], False, 'en', txt)


# ---------------------------------------------------------------- 060 Microsoft credentials profile merge ack (unrelated)
MSC = '2508190040012377'
d = T(2025, 8, 19, 7, 2, 44)
txt = f"""Hello Ananya,

Thank you for contacting Microsoft Learn Credentials Support. We have received your request and
created case {MSC}.

Request: Merge my two certification profiles (MCID 991234567 and MCID 998765432)

A support engineer will review your request and contact you within 2 business days. Please keep
the case number for your reference and do not submit a new request for the same issue.

Sincerely,
Microsoft Learn Credentials Support
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
body = alt(part(txt, 'plain', 'utf-8', 'quoted-printable'), part(text2html(txt, 'Segoe UI,sans-serif'), 'html', 'utf-8', 'quoted-printable'))
hdr = transport('outlook', A_MAIL, d, 'support@microsoft.com', '40.107.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
                'NAM11-DM6-obe.outbound.protection.outlook.com',
                [('pass', 'microsoft.com', 'selector2')], 'pass', ('pass', 'REJECT', 'microsoft.com'),
                sender_headers=[('DKIM-Signature', dkim_sig(d, 'microsoft.com', 'selector2'))]) + std_headers(
    d, addr('Microsoft Learn Credentials Support', 'support@microsoft.com'), A_MAIL,
    f'Case {MSC}: We received your request', '<%s@microsoft.com>' % hexs(24))
add('credentials-profile-request', build(body, hdr), 'unrelated', MSC, [], False, 'en', txt)


# ---- END OF MAILS ----


# ====================================================================== output + checks
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[\s\-_]?(\d{8})(?!\d)')


def ids_in(text):
    return sorted(set('AWS' + m for m in ID_RE.findall(text)))


def decode_part(p):
    raw = p.get_payload(decode=True) or b''
    cs = p.get_content_charset() or 'us-ascii'
    for c in (cs, 'cp932' if cs.lower() in ('shift_jis', 'shift-jis', 'sjis') else None, 'utf-8', 'iso-2022-jp', 'cp932', 'latin-1'):
        if not c:
            continue
        try:
            return raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode('latin-1')


def full_text(msg):
    from email.header import decode_header, make_header
    chunks = []
    for h in ('Subject', 'From'):
        v = msg.get(h)
        if v:
            try:
                chunks.append(str(make_header(decode_header(v))))
            except Exception:
                chunks.append(str(v))
    for p in msg.walk():
        if p.get_content_maintype() == 'text':
            t = decode_part(p)
            if p.get_content_subtype() == 'html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            chunks.append(t)
    return '\n'.join(chunks)


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    # file order = order of arrival in the mailbox
    ordered = sorted(MAILS, key=lambda m: utils.parsedate_to_datetime(m[1]['Date']))
    for i, (desc, msg, label, new_text) in enumerate(ordered, 1):
        name = '%03d-%s.eml' % (i, desc)
        buf = io.BytesIO()
        generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(msg)
        data = buf.getvalue().replace(b'\r\n', b'\n')
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = label
        # ---- checks
        import email
        m2 = email.message_from_bytes(data)
        text = full_text(m2)
        norm = ids_in(text)
        for a in label['account_ids']:
            if a not in norm:
                problems.append('%s: account %s not in decoded text' % (name, a))
        if label['case_id'] and label['case_id'] not in text:
            problems.append('%s: case id %s not in decoded text' % (name, label['case_id']))
        from email.header import decode_header, make_header
        subj_text = str(make_header(decode_header(m2['Subject'])))
        if ids_in(subj_text + '\n' + new_text) != label['account_ids']:
            problems.append('%s: new-text ids %s != label %s' % (name, ids_in(subj_text + '\n' + new_text), label['account_ids']))
        if label['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                                 'credly_badge_issued', 'support_reply', 'unrelated'):
            problems.append('%s: bad kind' % name)
        has_ar = m2.get('Authentication-Results') is not None
        if (label['sender_verified'] is None) == has_ar:
            problems.append('%s: sender_verified %s vs A-R present %s' % (name, label['sender_verified'], has_ar))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(Counter(l['kind'] for l in labels.values()))
    print(len(labels), 'mails')
    for p in problems:
        print('PROBLEM', p)


if __name__ == '__main__':
    main()
